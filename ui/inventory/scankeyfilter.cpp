// Group separators from keyboard-wedge scanners (see scankeyfilter.h).
#include "inventory/scankeyfilter.h"

#include <QCoreApplication>
#include <QKeyEvent>

namespace tracelot::ui {

ScanKeyFilter::ScanKeyFilter(QObject* parent) : QObject(parent) {}

void ScanKeyFilter::setTarget(QQuickItem* target)
{
    if (target_ == target) return;
    if (target_) target_->removeEventFilter(this);
    target_ = target;
    altDigits_.clear();
    if (target_) target_->installEventFilter(this);
    emit targetChanged();
}

void ScanKeyFilter::type(const QString& text)
{
    // A plain key press with printable text: the field inserts it at the cursor (and
    // replaces a selection) like any typed character.
    QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, text);
    QCoreApplication::sendEvent(target_, &press);
}

namespace {

bool isGroupSeparator(const QKeyEvent* key) { return key->text() == QString(QChar(29)); }

bool isAltKeypadDigit(const QKeyEvent* key)
{
#ifdef Q_OS_WIN
    Q_UNUSED(key)
    return false;  // Windows composes Alt codes itself
#else
    return (key->modifiers() & Qt::AltModifier) && (key->modifiers() & Qt::KeypadModifier) && key->key() >= Qt::Key_0 && key->key() <= Qt::Key_9;
#endif
}

}  // namespace

bool ScanKeyFilter::eventFilter(QObject* watched, QEvent* event)
{
    const QEvent::Type t = event->type();
    if (watched != target_ || (t != QEvent::KeyPress && t != QEvent::KeyRelease && t != QEvent::ShortcutOverride))
        return QObject::eventFilter(watched, event);
    auto* key = static_cast<QKeyEvent*>(event);
    if (t == QEvent::ShortcutOverride) {
        // The field keeps these keys: Alt+2 on the keypad is part of an Alt code here, not
        // the "second tab" shortcut, and Ctrl+] is a scanner's separator.
        if (isGroupSeparator(key) || isAltKeypadDigit(key)) {
            event->accept();
            return true;
        }
        return false;
    }
    if (t == QEvent::KeyPress) {
        // ASCII 29 itself (a scanner's FNC1, Ctrl+], a composed Alt+0029).
        if (isGroupSeparator(key)) {
            type(standIn());
            return true;
        }
        // Alt + keypad digits: compose the code here.
        if (isAltKeypadDigit(key)) {
            altDigits_ += QChar(u'0' + (key->key() - Qt::Key_0));
            return true;
        }
        return false;
    }
    // Key release: Alt let go after keypad digits ends the code.
    if (key->key() == Qt::Key_Alt && !altDigits_.isEmpty()) {
        const int code = altDigits_.toInt();
        altDigits_.clear();
        if (code == 29) type(standIn());
        else if (code > 31 && code < 256 && code != 127) type(QString(QChar(code)));
        return true;
    }
    return false;
}

}  // namespace tracelot::ui
