#pragma once
// Keeps the GS1 group separator of a keyboard-wedge scanner in a QML text field.
//
// A scanner that emulates a keyboard "types" FNC1 as ASCII 29 (GS): a key event whose
// text is "\x1d" (what Ctrl+] also gives, and what Windows delivers for Alt+0029).
// QQuickTextInput drops control characters, so the separator would be lost and a lot
// code would run into the next field. This filter, installed on the field, turns such a
// key into the visible stand-in "<GS>" — the notation of the GS1 documents, readable in
// every font (U+241D "␝" is missing from most) — which gs1::normaliseKeyboardInput maps
// back to GS. Where the platform does not compose Alt+numpad codes itself (X11, Wayland),
// the filter composes them: Alt held, keypad digits 0 0 2 9, Alt released → "<GS>"; other
// codes give their Latin-1 character.
#include <QObject>
#include <QPointer>
#include <QQuickItem>
#include <QtQml/qqmlregistration.h>

namespace tracelot::ui {

class ScanKeyFilter : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QQuickItem* target READ target WRITE setTarget NOTIFY targetChanged)

public:
    // What the field shows for GS.
    static QString standIn() { return QStringLiteral("<GS>"); }

    explicit ScanKeyFilter(QObject* parent = nullptr);

    QQuickItem* target() const { return target_; }
    void setTarget(QQuickItem* target);

signals:
    void targetChanged();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void type(const QString& text);

    QPointer<QQuickItem> target_;
    QString altDigits_;  // keypad digits typed while Alt is held
};

}  // namespace tracelot::ui
