// The cold-chain page (see coldchainviewmodel.h).
#include "quality/coldchainviewmodel.h"

#include "catalog/catalogmodule.h"
#include "common/clock.h"
#include "eventstore/database.h"
#include "inventory/printsupport.h"
#include "pipeline/commandbus.h"
#include "reports/haccp.h"
#include "shell/session.h"
#include "workspace/workspace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QLocale>
#include <QPageLayout>
#include <QPrinter>
#include <QSqlQuery>
#include <QUrl>
#include <QXYSeries>

#include <algorithm>
#include <cmath>

namespace tracelot::ui {

namespace {
constexpr qint64 kDayMs = 24LL * 60 * 60 * 1000;
constexpr int kMaxPoints = 2000;

reports::HaccpOptions haccpOptions(Workspace& ws, const QString& locationId, const QDate& from, const QDate& to)
{
    reports::HaccpOptions o;
    o.locationId = locationId;
    o.from = from;
    o.to = to;
    o.siteDescription = catalog::CatalogQueries(ws.database().sql()).siteDescription();
    return o;
}

QString when(qint64 ms) { return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")); }
}  // namespace

// --- excursions -------------------------------------------------------------------------

int ExcursionListModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : count(); }

QVariant ExcursionListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const Row& r = rows_.at(index.row());
    switch (role) {
    case ExcursionIdRole: return r.excursionId;
    case KindRole: return r.kind;
    case KindTextRole:
        return r.kind == QLatin1String("out_of_range") ? ColdChainViewModel::tr("Out of range") : ColdChainViewModel::tr("Monitoring gap");
    case StartRole: return when(r.startMs);
    case EndRole: return r.ongoing ? ColdChainViewModel::tr("ongoing") : when(r.endMs);
    case MinutesRole: return static_cast<int>((r.endMs - r.startMs) / 60000);
    case PeakRole: return r.peak.isEmpty() ? QString() : r.peak + QStringLiteral(" °C");
    case OngoingRole: return r.ongoing;
    case RestoredRole: return r.restoredMs > 0 ? when(r.restoredMs) : QString();
    case CorrectiveActionRole: return r.correctiveAction;
    case HoldsRole: return r.holds;
    case NeedsActionRole: return r.correctiveAction.isEmpty();
    default: return {};
    }
}

QHash<int, QByteArray> ExcursionListModel::roleNames() const
{
    return {{ExcursionIdRole, "excursionId"}, {KindRole, "kind"},         {KindTextRole, "kindText"},
            {StartRole, "start"},             {EndRole, "end"},           {MinutesRole, "minutes"},
            {PeakRole, "peak"},               {OngoingRole, "ongoing"},   {RestoredRole, "restored"},
            {CorrectiveActionRole, "correctiveAction"}, {HoldsRole, "holds"}, {NeedsActionRole, "needsAction"}};
}

void ExcursionListModel::reset(QList<Row> rows)
{
    beginResetModel();
    rows_ = std::move(rows);
    endResetModel();
    emit countChanged();
}

// --- the page ---------------------------------------------------------------------------

ColdChainViewModel::ColdChainViewModel(QObject* parent) : CommandViewModel(parent) { }
ColdChainViewModel::ColdChainViewModel(Session* session, QObject* parent) : CommandViewModel(parent)
{
    setSession(session);
}

bool ColdChainViewModel::canRecord() const
{
    return mayRun(QStringLiteral("RecordCorrectiveAction"));
}
QString ColdChainViewModel::permissionNote() const
{
    return needs(tr("Recording corrective actions and importing data-logger files"), QStringLiteral("RecordTemperatures"));
}

void ColdChainViewModel::workspaceAttached()
{
    reload();
}

void ColdChainViewModel::committed(const tracelot::Outcome& outcome)
{
    // Refresh after any commit that touched temperatures or holds.
    for (const Event& e : outcome.events)
        if (e.type.startsWith(QLatin1String("temperature.")) || e.type.startsWith(QLatin1String("hold."))
            || e.type == QLatin1String("corrective_action.recorded") || e.type.startsWith(QLatin1String("location."))) {
            loadLocations();
            loadView();
            return;
        }
}

void ColdChainViewModel::reload()
{
    loadLocations();
    loadView();
}

void ColdChainViewModel::loadLocations()
{
    locations_.clear();
    Workspace* ws = workspace();
    if (ws) {
        QHash<QString, int> readings;
        QSqlQuery q(ws->database().sql());
        if (q.exec(QStringLiteral("SELECT location_id, COUNT(*) FROM quality_temperatures GROUP BY location_id")))
            while (q.next()) readings.insert(q.value(0).toString(), q.value(1).toInt());
        for (const QJsonObject& l : catalog::CatalogQueries(ws->database().sql()).list(catalog::Kind::Location, false)) {
            const QString min = l.value(QLatin1String("temp_min_c")).toString();
            const QString max = l.value(QLatin1String("temp_max_c")).toString();
            if (min.isEmpty() || max.isEmpty()) continue;  // not monitored
            const QString id = l.value(QLatin1String("id")).toString();
            locations_.append(QVariantMap{{QStringLiteral("id"), id},
                                          {QStringLiteral("code"), l.value(QLatin1String("code")).toString()},
                                          {QStringLiteral("name"), l.value(QLatin1String("name")).toString()},
                                          {QStringLiteral("minC"), min.toDouble()},
                                          {QStringLiteral("maxC"), max.toDouble()},
                                          {QStringLiteral("tolerance"), l.value(QLatin1String("tolerance_minutes")).toInt()},
                                          {QStringLiteral("readings"), readings.value(id)},
                                          {QStringLiteral("label"), QStringLiteral("%1 — %2 (%3 … %4 °C)")
                                                                        .arg(l.value(QLatin1String("code")).toString(),
                                                                             l.value(QLatin1String("name")).toString(), min, max)}});
        }
    }
    const bool known = std::any_of(locations_.cbegin(), locations_.cend(),
                                   [this](const QVariant& v) { return v.toMap().value(QStringLiteral("id")).toString() == locationId_; });
    if (!known) {
        // The first location with readings, else the first one.
        locationId_.clear();
        for (const QVariant& v : std::as_const(locations_))
            if (v.toMap().value(QStringLiteral("readings")).toInt() > 0) {
                locationId_ = v.toMap().value(QStringLiteral("id")).toString();
                break;
            }
        if (locationId_.isEmpty() && !locations_.isEmpty()) locationId_ = locations_.first().toMap().value(QStringLiteral("id")).toString();
    }
    emit locationsChanged();
}

void ColdChainViewModel::setLocationId(const QString& id)
{
    if (id == locationId_) return;
    locationId_ = id;
    loadView();
}

void ColdChainViewModel::setDays(int days)
{
    days = std::clamp(days, 1, 366);
    if (days == days_) return;
    days_ = days;
    loadView();
}

void ColdChainViewModel::loadView()
{
    Workspace* ws = workspace();
    QVariantMap location;
    for (const QVariant& v : std::as_const(locations_))
        if (v.toMap().value(QStringLiteral("id")).toString() == locationId_) location = v.toMap();
    QList<ExcursionListModel::Row> rows;
    readingCount_ = 0;
    summary_.clear();
    if (!ws || location.isEmpty()) {
        fromMs_ = toMs_ = 0;
        excursions_.reset({});
        emit viewChanged();
        return;
    }
    minC_ = location.value(QStringLiteral("minC")).toDouble();
    maxC_ = location.value(QStringLiteral("maxC")).toDouble();
    QSqlDatabase db = ws->database().sql();

    // The window ends at the last reading (or now) and spans `days` days.
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT MAX(at_ms) FROM quality_temperatures WHERE location_id = ?"));
    q.addBindValue(locationId_);
    qint64 last = 0;
    if (q.exec() && q.next() && !q.value(0).isNull()) last = q.value(0).toLongLong();
    toMs_ = last > 0 ? last : ws->clock().nowMs();
    fromMs_ = toMs_ - days_ * kDayMs;

    q.prepare(QStringLiteral("SELECT COUNT(*), MIN(decicelsius), MAX(decicelsius), AVG(decicelsius) FROM quality_temperatures"
                             " WHERE location_id = ? AND at_ms BETWEEN ? AND ?"));
    q.addBindValue(locationId_);
    q.addBindValue(fromMs_);
    q.addBindValue(toMs_);
    double lowest = minC_, highest = maxC_;
    if (q.exec() && q.next()) {
        readingCount_ = q.value(0).toInt();
        if (readingCount_ > 0) {
            lowest = std::min(lowest, q.value(1).toDouble() / 10.0);
            highest = std::max(highest, q.value(2).toDouble() / 10.0);
            const QLocale locale;
            summary_ = tr("Readings from %1 to %2: %3 — lowest %4 °C, highest %5 °C, mean %6 °C.")
                           .arg(when(fromMs_), when(toMs_), locale.toString(readingCount_), locale.toString(q.value(1).toDouble() / 10.0, 'f', 1),
                                locale.toString(q.value(2).toDouble() / 10.0, 'f', 1), locale.toString(q.value(3).toDouble() / 10.0, 'f', 1));
        }
    }
    if (readingCount_ == 0) summary_ = tr("No readings in the days shown. Import the data-logger file of this location.");
    const double margin = std::max(1.0, (highest - lowest) * 0.1);
    axisLow_ = std::floor(lowest - margin);
    axisHigh_ = std::ceil(highest + margin);

    q.prepare(QStringLiteral("SELECT excursion_id, kind, start_ms, end_ms, peak_c, ongoing, COALESCE(restored_at, 0), COALESCE(corrective_action, '')"
                             " FROM quality_excursions WHERE location_id = ? AND start_ms <= ? AND end_ms >= ? ORDER BY start_ms DESC"));
    q.addBindValue(locationId_);
    q.addBindValue(toMs_);
    q.addBindValue(fromMs_);
    if (q.exec())
        while (q.next()) {
            ExcursionListModel::Row r;
            r.excursionId = q.value(0).toString();
            r.kind = q.value(1).toString();
            r.startMs = q.value(2).toLongLong();
            r.endMs = q.value(3).toLongLong();
            r.peak = q.value(4).toString();
            r.ongoing = q.value(5).toInt() != 0;
            r.restoredMs = q.value(6).toLongLong();
            r.correctiveAction = q.value(7).toString();
            rows.append(r);
        }
    for (ExcursionListModel::Row& r : rows) {
        QSqlQuery h(db);
        h.prepare(QStringLiteral("SELECT h.number, COALESCE(l.tlc, h.lot_id), h.status FROM quality_holds h LEFT JOIN inventory_lots l ON l.lot_id = h.lot_id"
                                 " WHERE json_extract(h.record, '$.cause_reference') = ? ORDER BY h.placed_at, h.number"));
        h.addBindValue(r.excursionId);
        QStringList holds;
        if (h.exec())
            while (h.next()) {
                const bool open = h.value(2).toString() == QLatin1String("open");
                if (open) ++r.openHolds;
                holds << (open ? tr("%1 on lot %2 (open)") : tr("%1 on lot %2 (closed)")).arg(h.value(0).toString(), h.value(1).toString());
            }
        r.holds = holds.isEmpty() ? tr("No stock was in the location; no hold.") : holds.join(QStringLiteral(", "));
    }
    excursions_.reset(std::move(rows));
    emit viewChanged();
}

QList<QPointF> ColdChainViewModel::readingPoints() const
{
    QList<QPointF> points;
    Workspace* ws = workspace();
    if (!ws || locationId_.isEmpty() || readingCount_ == 0) return points;
    QSqlQuery q(ws->database().sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT at_ms, decicelsius FROM quality_temperatures WHERE location_id = ? AND at_ms BETWEEN ? AND ? ORDER BY at_ms"));
    q.addBindValue(locationId_);
    q.addBindValue(fromMs_);
    q.addBindValue(toMs_);
    if (!q.exec()) return points;
    if (readingCount_ <= kMaxPoints) {
        points.reserve(readingCount_);
        while (q.next()) points.append(QPointF(static_cast<double>(q.value(0).toLongLong()), q.value(1).toDouble() / 10.0));
        return points;
    }
    // Min and max of each bucket, in time order: the line keeps every peak.
    const qint64 bucketMs = std::max<qint64>(1, (toMs_ - fromMs_) / (kMaxPoints / 2) + 1);
    points.reserve(kMaxPoints + 2);
    qint64 bucket = -1;
    QPointF lo, hi;
    auto flush = [&] {
        if (bucket < 0) return;
        if (lo.x() <= hi.x()) {
            points.append(lo);
            if (hi != lo) points.append(hi);
        } else {
            points.append(hi);
            points.append(lo);
        }
    };
    while (q.next()) {
        const qint64 at = q.value(0).toLongLong();
        const QPointF p(static_cast<double>(at), q.value(1).toDouble() / 10.0);
        const qint64 b = (at - fromMs_) / bucketMs;
        if (b != bucket) {
            flush();
            bucket = b;
            lo = hi = p;
            continue;
        }
        if (p.y() < lo.y()) lo = p;
        if (p.y() > hi.y()) hi = p;
    }
    flush();
    return points;
}

void ColdChainViewModel::fillReadings(QObject* series) const
{
    if (auto* xy = qobject_cast<QXYSeries*>(series)) xy->replace(readingPoints());
}

void ColdChainViewModel::fillExcursionShade(QObject* series) const
{
    auto* xy = qobject_cast<QXYSeries*>(series);
    if (!xy) return;
    QList<QPointF> points;
    const double low = axisLow_, high = axisHigh_;
    points.append(QPointF(static_cast<double>(fromMs_), low));
    QList<ExcursionListModel::Row> rows = excursions_.rows();
    std::sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) { return a.startMs < b.startMs; });
    for (const ExcursionListModel::Row& r : rows) {
        const double start = static_cast<double>(std::max(r.startMs, fromMs_));
        const double end = static_cast<double>(std::min(r.endMs, toMs_));
        points << QPointF(start, low) << QPointF(start, high) << QPointF(end, high) << QPointF(end, low);
    }
    points.append(QPointF(static_cast<double>(toMs_), low));
    xy->replace(points);
}

bool ColdChainViewModel::recordCorrectiveAction(const QString& excursionId, const QString& action)
{
    if (!workspace()) return false;
    if (action.trimmed().isEmpty()) return fail(tr("Say what was done about the excursion."));
    Result<Outcome> r = execute(QStringLiteral("RecordCorrectiveAction"),
        QJsonObject { { QStringLiteral("excursion_id"), excursionId }, { QStringLiteral("action"), action.trimmed() } });
    if (!r) return fail(r.refusal().message);
    return succeed(tr("Corrective action recorded."));
}

bool ColdChainViewModel::importFile(const QUrl& file, const QString& unit)
{
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return fail(tr("The file %1 cannot be read: %2").arg(QDir::toNativeSeparators(path), f.errorString()));
    return importCsv(QString::fromUtf8(f.readAll()), QFileInfo(path).fileName(), unit);
}

bool ColdChainViewModel::importCsv(const QString& csv, const QString& fileName, const QString& unit)
{
    if (!workspace()) return false;
    if (locationId_.isEmpty()) return fail(tr("Choose the location the data logger was in."));
    QJsonObject p{{QStringLiteral("location_id"), locationId_}, {QStringLiteral("csv"), csv}};
    if (!fileName.isEmpty()) p.insert(QStringLiteral("file_name"), fileName);
    if (!unit.isEmpty()) p.insert(QStringLiteral("unit"), unit);
    Result<Outcome> r = execute(QStringLiteral("RecordTemperatures"), p);
    if (!r) return fail(r.refusal().message);
    int excursions = 0, holds = 0;
    for (const Event& e : r.value().events) {
        if (e.type == QLatin1String("temperature.excursion_detected")) ++excursions;
        if (e.type == QLatin1String("hold.placed")) ++holds;
    }
    loadLocations();
    loadView();
    return succeed(excursions == 0 ? tr("Readings imported; no excursion.")
                                   : tr("Readings imported. Excursions detected: %1; holds placed: %2.").arg(excursions).arg(holds));
}

QString ColdChainViewModel::haccpHtml() const
{
    Workspace* ws = workspace();
    if (!ws || locationId_.isEmpty()) return {};
    const reports::HaccpOptions o = haccpOptions(*ws, locationId_, from().date(), to().date());
    Result<QString> html = reports::haccpHtml(ws->database().sql(), o);
    return html ? html.value() : QString();
}

bool ColdChainViewModel::printHaccp()
{
    Workspace* ws = workspace();
    if (!ws || locationId_.isEmpty()) return fail(tr("Choose a monitored location first."));
    const reports::HaccpOptions o = haccpOptions(*ws, locationId_, from().date(), to().date());
    const Status s = print::withDialog(
        tr("Print the HACCP temperature record"), [](QPrinter& p) { p.setPageSize(QPageSize(QPageSize::A4)); },
        [&](QPrinter& p) { return reports::printHaccp(p, ws->database().sql(), o); });
    if (!s) return print::cancelled(s.refusal()) ? false : fail(s.refusal().message);
    return succeed(tr("HACCP temperature record sent to the printer."));
}

bool ColdChainViewModel::saveHaccpPdf(const QString& path)
{
    Workspace* ws = workspace();
    if (!ws || locationId_.isEmpty()) return fail(tr("Choose a monitored location first."));
    const reports::HaccpOptions o = haccpOptions(*ws, locationId_, from().date(), to().date());
    if (Status s = reports::writeHaccpPdf(path, ws->database().sql(), o); !s) return fail(s.refusal().message);
    return succeed(tr("HACCP temperature record saved to %1.").arg(QDir::toNativeSeparators(path)));
}

bool ColdChainViewModel::saveHaccpPdfAs()
{
    QString code;
    for (const QVariant& v : std::as_const(locations_))
        if (v.toMap().value(QStringLiteral("id")).toString() == locationId_) code = v.toMap().value(QStringLiteral("code")).toString();
    const QString path = print::askPdfPath(tr("Save the HACCP temperature record as PDF"),
                                           QStringLiteral("haccp-%1-%2.pdf").arg(code, to().date().toString(Qt::ISODate)));
    return !path.isEmpty() && saveHaccpPdf(path);
}

}  // namespace tracelot::ui
