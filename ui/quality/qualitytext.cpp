// Translated words of the quality context (see qualitytext.h).
#include "quality/qualitytext.h"

#include "quality/quality.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QVariantMap>

namespace tracelot::ui::text {
namespace {

struct Entry {
    const char* key;
    const char* text;
};

QString tr(const char* s) { return QCoreApplication::translate("QualityText", s); }

template <size_t N>
QString in(const Entry (&table)[N], const QString& key)
{
    for (const Entry& e : table)
        if (key == QString::fromUtf8(e.key)) return tr(e.text);
    return key;
}

constexpr Entry kCauses[] = {
    {"manual", QT_TRANSLATE_NOOP("QualityText", "Placed by hand")},
    {"qc_required", QT_TRANSLATE_NOOP("QualityText", "QC required on receipt")},
    {"check_failed", QT_TRANSLATE_NOOP("QualityText", "Failed quality check")},
    {"temperature", QT_TRANSLATE_NOOP("QualityText", "Temperature excursion")},
    {"recall", QT_TRANSLATE_NOOP("QualityText", "Recall")},
    {"return", QT_TRANSLATE_NOOP("QualityText", "Returned goods")},
};
constexpr Entry kStatuses[] = {
    {"open", QT_TRANSLATE_NOOP("QualityText", "Open")},
    {"released", QT_TRANSLATE_NOOP("QualityText", "Released")},
    {"disposed", QT_TRANSLATE_NOOP("QualityText", "Disposed")},
};
constexpr Entry kDispositions[] = {
    {"release", QT_TRANSLATE_NOOP("QualityText", "Release")},
    {"destroy", QT_TRANSLATE_NOOP("QualityText", "Destroy (write off as waste)")},
    {"return_to_supplier", QT_TRANSLATE_NOOP("QualityText", "Return to supplier")},
    {"rework", QT_TRANSLATE_NOOP("QualityText", "Rework")},
};
// The core's meanings, word for word (quality.cpp releaseMeanings()).
constexpr Entry kMeanings[] = {
    {"released — meets specification", QT_TRANSLATE_NOOP("QualityText", "Released — meets specification")},
    {"released — deviation accepted after assessment", QT_TRANSLATE_NOOP("QualityText", "Released — deviation accepted after assessment")},
    {"released — hold placed in error", QT_TRANSLATE_NOOP("QualityText", "Released — hold placed in error")},
};

}  // namespace

QString holdCause(const QString& cause) { return in(kCauses, cause); }
QString holdStatus(const QString& status) { return in(kStatuses, status); }
QString disposition(const QString& d) { return in(kDispositions, d); }
QString releaseMeaning(const QString& meaning) { return in(kMeanings, meaning); }

QString signatureMeaning(const QString& meaning)
{
    const QString disposed = QStringLiteral("disposed — ");
    if (meaning.startsWith(disposed))
        return QCoreApplication::translate("QualityText", "Disposed — %1").arg(disposition(meaning.mid(disposed.size())));
    return releaseMeaning(meaning);
}

QVariantList releaseMeaningOptions()
{
    QVariantList out;
    for (const QString& m : quality::releaseMeanings()) out << QVariantMap{{QStringLiteral("value"), m}, {QStringLiteral("label"), releaseMeaning(m)}};
    return out;
}

QVariantList dispositionOptions()
{
    QVariantList out;
    for (const QString& d : quality::dispositions()) out << QVariantMap{{QStringLiteral("value"), d}, {QStringLiteral("label"), disposition(d)}};
    return out;
}

QString utcTime(const QString& isoUtc)
{
    const QDateTime t = QDateTime::fromString(isoUtc, Qt::ISODateWithMs);
    if (!t.isValid()) return isoUtc;
    return QCoreApplication::translate("QualityText", "%1 UTC").arg(t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
}

QVariantMap signature(const QJsonObject& s)
{
    const QString name = s.value(QLatin1String("printed_name")).toString();
    const QString when = utcTime(s.value(QLatin1String("signed_at")).toString());
    const QString meaning = signatureMeaning(s.value(QLatin1String("meaning")).toString());
    return {{QStringLiteral("printedName"), name},
            {QStringLiteral("signedAt"), when},
            {QStringLiteral("meaning"), meaning},
            {QStringLiteral("recordSha256"), s.value(QLatin1String("record_sha256")).toString()},
            {QStringLiteral("line"), QCoreApplication::translate("QualityText", "Signed by %1 on %2: %3").arg(name, when, meaning)}};
}

QString age(qint64 sinceMs, qint64 nowMs)
{
    const qint64 minutes = std::max<qint64>(0, (nowMs - sinceMs) / 60000);
    if (minutes < 60) return QCoreApplication::translate("QualityText", "%1 min").arg(minutes);
    const qint64 hours = minutes / 60;
    if (hours < 24) return QCoreApplication::translate("QualityText", "%1 h").arg(hours);
    const qint64 days = hours / 24;
    if (hours % 24 == 0 || days >= 7) return QCoreApplication::translate("QualityText", "%1 d").arg(days);
    return QCoreApplication::translate("QualityText", "%1 d %2 h").arg(days).arg(hours % 24);
}

}  // namespace tracelot::ui::text
