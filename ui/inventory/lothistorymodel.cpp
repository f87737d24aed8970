// A lot's history as readable lines (see lothistorymodel.h).
#include "inventory/lothistorymodel.h"

#include "catalog/catalogmodule.h"
#include "eventstore/database.h"
#include "eventstore/eventstore.h"
#include "identity/identitymodule.h"
#include "inventory/inventory.h"
#include "inventory/inventorymodule.h"
#include "inventory/inventorytext.h"
#include "quality/quality.h"
#include "quality/qualitymodule.h"
#include "quality/qualitytext.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QLocale>
#include <algorithm>

namespace tracelot::ui {
namespace {

QString historyText(const char* s) { return QCoreApplication::translate("LotHistory", s); }
QString str(const QJsonObject& p, const char* key) { return p.value(QLatin1String(key)).toString(); }
qint64 num(const QJsonObject& p, const char* key) { return p.value(QLatin1String(key)).toInteger(); }

// Location codes, lot codes and user names by id, looked up once per history.
QString locationCode(Workspace& ws, const QString& id, QHash<QString, QString>& names)
{
    const QString key = QStringLiteral("loc:") + id;
    if (const auto it = names.constFind(key); it != names.constEnd()) return it.value();
    const auto row = catalog::CatalogQueries(ws.database().sql()).byId(catalog::Kind::Location, id);
    const QString code = row ? row->value(QLatin1String("code")).toString() : id.left(8);
    names.insert(key, code);
    return code;
}

QString lotCode(Workspace& ws, const QString& id, QHash<QString, QString>& names)
{
    const QString key = QStringLiteral("lot:") + id;
    if (const auto it = names.constFind(key); it != names.constEnd()) return it.value();
    const auto row = inventory::InventoryQueries(ws.database().sql()).lot(id);
    const QString code = row ? row->tlc : id.left(8);
    names.insert(key, code);
    return code;
}

QString userName(Workspace& ws, const QString& id, QHash<QString, QString>& names)
{
    if (id.isEmpty()) return {};
    const QString key = QStringLiteral("user:") + id;
    if (const auto it = names.constFind(key); it != names.constEnd()) return it.value();
    const auto user = ws.directory().byId(id);
    const QString name = user ? user->displayName : id.left(8);
    names.insert(key, name);
    return name;
}

QString signatureLine(const QJsonObject& p)
{
    return text::signature(p.value(QLatin1String("signature")).toObject()).value(QStringLiteral("line")).toString();
}

}  // namespace

LotHistoryModel::LotHistoryModel(QObject* parent) : QAbstractListModel(parent) {}

LotHistoryModel::Entry LotHistoryModel::describe(const Event& e, Workspace& ws, const QString& unit, QHash<QString, QString>& names)
{
    const QJsonObject& p = e.payload;
    Entry out;
    out.seq = e.seq;
    out.type = e.type;
    out.who = userName(ws, e.recordedBy, names);
    out.when = QDateTime::fromMSecsSinceEpoch(e.occurredAt).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    const QString u = str(p, "unit").isEmpty() ? unit : str(p, "unit");
    const auto qty = [&](const char* key) { return text::quantity(num(p, key), u); };
    const auto at = [&](const char* key) { return locationCode(ws, str(p, key), names); };
    const QString& t = e.type;
    QStringList details;
    if (t == QLatin1String("lot.received")) {
        out.title = historyText(QT_TRANSLATE_NOOP("LotHistory", "Received"));
        details << QCoreApplication::translate("LotHistory", "%1 at %2").arg(qty("quantity"), at("location_id"));
        details << QStringLiteral("%1 %2").arg(text::referenceDocumentType(str(p, "reference_document_type")), str(p, "reference_document_number"));
        details << (p.value(QLatin1String("tlc_assigned")).toBool()
                        ? QCoreApplication::translate("LotHistory", "lot code %1 assigned by Tracelot").arg(str(p, "tlc"))
                        : QCoreApplication::translate("LotHistory", "supplier's lot code %1").arg(str(p, "tlc")));
        if (!str(p, "temperature_c").isEmpty()) details << QCoreApplication::translate("LotHistory", "%1 °C at receipt").arg(str(p, "temperature_c"));
    } else if (t == QLatin1String("lot.created")) {
        if (str(p, "origin") == QLatin1String("split")) {
            out.title = historyText(QT_TRANSLATE_NOOP("LotHistory", "Created by a split"));
            details << QCoreApplication::translate("LotHistory", "%1 at %2 from lot %3").arg(qty("quantity"), at("location_id"), lotCode(ws, str(p, "parent_lot_id"), names));
        } else {
            out.title = QCoreApplication::translate("LotHistory", "Created by %1").arg(text::transformKind(str(p, "kind")).toLower());
            QStringList inputs;
            for (const QJsonValue& v : p.value(QLatin1String("inputs")).toArray()) {
                const QJsonObject in = v.toObject();
                inputs << QStringLiteral("%1 × %2").arg(str(in, "tlc"), text::quantity(num(in, "quantity"), str(in, "unit")));
            }
            details << QCoreApplication::translate("LotHistory", "%1 at %2").arg(qty("quantity"), at("location_id"));
            details << QCoreApplication::translate("LotHistory", "from %1").arg(inputs.join(QStringLiteral(", ")));
        }
    } else if (t == QLatin1String("stock.moved")) {
        out.title = historyText(QT_TRANSLATE_NOOP("LotHistory", "Moved"));
        details << QCoreApplication::translate("LotHistory", "%1 from %2 to %3").arg(qty("quantity"), at("from_location_id"), at("to_location_id"));
    } else if (t == QLatin1String("stock.adjusted")) {
        out.title = historyText(QT_TRANSLATE_NOOP("LotHistory", "Counted"));
        const qint64 delta = num(p, "delta");
        details << QCoreApplication::translate("LotHistory", "%1 at %2 (was %3, %4)")
                       .arg(qty("counted"), at("location_id"), QLocale().toString(num(p, "previous")),
                            (delta > 0 ? QStringLiteral("+") : QString()) + QLocale().toString(delta));
        details << text::adjustReason(str(p, "reason"));
        out.tone = QStringLiteral("warning");
    } else if (t == QLatin1String("waste.recorded")) {
        out.title = historyText(QT_TRANSLATE_NOOP("LotHistory", "Written off as waste"));
        details << QCoreApplication::translate("LotHistory", "%1 at %2").arg(qty("quantity"), at("location_id")) << text::wasteReason(str(p, "reason"));
        out.tone = QStringLiteral("error");
    } else if (t == QLatin1String("lot.split")) {
        out.title = historyText(QT_TRANSLATE_NOOP("LotHistory", "Split"));
        details << QCoreApplication::translate("LotHistory", "%1 at %2 into a new lot").arg(qty("quantity"), at("location_id"));
    } else if (t == QLatin1String("lot.transformed")) {
        out.title = historyText(QT_TRANSLATE_NOOP("LotHistory", "Used in a transformation"));
        details << QCoreApplication::translate("LotHistory", "%1 at %2 into lot %3").arg(qty("quantity"), at("location_id"), lotCode(ws, str(p, "output_lot_id"), names));
    } else if (t == QLatin1String("lot.expiry_warning")) {
        out.title = historyText(QT_TRANSLATE_NOOP("LotHistory", "Expiry warning"));
        details << QCoreApplication::translate("LotHistory", "days left: %1").arg(num(p, "days_left"))
                << QCoreApplication::translate("LotHistory", "%1 on hand").arg(qty("on_hand"));
        out.tone = QStringLiteral("warning");
    } else if (t == QLatin1String("hold.placed")) {
        out.title = QCoreApplication::translate("LotHistory", "Hold %1 placed").arg(str(p, "number"));
        details << text::holdCause(str(p, "cause")) << str(p, "reason");
        out.tone = QStringLiteral("warning");
    } else if (t == QLatin1String("hold.released")) {
        out.title = historyText(QT_TRANSLATE_NOOP("LotHistory", "Hold released"));
        details << signatureLine(p);
        out.tone = QStringLiteral("success");
    } else if (t == QLatin1String("hold.disposed")) {
        out.title = QCoreApplication::translate("LotHistory", "Hold disposed: %1").arg(text::disposition(str(p, "disposition")));
        details << signatureLine(p);
        out.tone = QStringLiteral("success");
    } else if (t == QLatin1String("corrective_action.recorded")) {
        out.title = historyText(QT_TRANSLATE_NOOP("LotHistory", "Corrective action"));
        details << str(p, "action");
    } else if (t == QLatin1String("quality_check.passed") || t == QLatin1String("quality_check.failed")) {
        const bool passed = t == QLatin1String("quality_check.passed");
        out.title = passed ? historyText(QT_TRANSLATE_NOOP("LotHistory", "Quality check passed")) : historyText(QT_TRANSLATE_NOOP("LotHistory", "Quality check failed"));
        if (!str(p, "note").isEmpty()) details << str(p, "note");
        out.tone = passed ? QStringLiteral("success") : QStringLiteral("error");
    } else if (t == QLatin1String("certificate.issued")) {
        out.title = QCoreApplication::translate("LotHistory", "Certificate of release %1 issued").arg(str(p, "number"));
        details << signatureLine(p);
        out.tone = QStringLiteral("success");
    } else {
        out.title = t;
    }
    details.removeAll(QString());
    out.detail = details.join(QStringLiteral(" · "));
    return out;
}

void LotHistoryModel::load(Workspace* ws, const QString& lotId)
{
    beginResetModel();
    entries_.clear();
    if (ws && !lotId.isEmpty()) {
        EventStore& store = ws->store();
        Events events = store.readStream(inventory::lotStream(lotId));
        QSqlDatabase db = ws->database().sql();
        const quality::QualityQueries q(db);
        QStringList streams;
        for (const quality::HoldRow& h : q.holdsOfLot(lotId)) streams << quality::holdStream(h.holdId);
        for (const QJsonObject& c : q.checksOfLot(lotId)) streams << quality::checkStream(c.value(QLatin1String("check_id")).toString());
        for (const QJsonObject& c : q.certificatesOfLot(lotId)) streams << QStringLiteral("certificate-") + c.value(QLatin1String("certificate_id")).toString();
        for (const QString& s : streams) {
            Events more = store.readStream(s);
            events.insert(events.end(), std::make_move_iterator(more.begin()), std::make_move_iterator(more.end()));
        }
        std::sort(events.begin(), events.end(), [](const Event& a, const Event& b) { return a.seq > b.seq; });
        QString unit;
        for (const Event& e : events)
            if (unit.isEmpty() && !e.payload.value(QLatin1String("unit")).toString().isEmpty() && e.stream == inventory::lotStream(lotId))
                unit = e.payload.value(QLatin1String("unit")).toString();
        QHash<QString, QString> names;
        for (const Event& e : events) entries_ << describe(e, *ws, unit, names);
    }
    endResetModel();
    emit countChanged();
}

int LotHistoryModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : static_cast<int>(entries_.size()); }

QVariant LotHistoryModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const Entry& e = entries_.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole: return e.title;
    case DetailRole: return e.detail;
    case WhoRole: return e.who;
    case WhenRole: return e.when;
    case TypeRole: return e.type;
    case ToneRole: return e.tone;
    default: return {};
    }
}

QHash<int, QByteArray> LotHistoryModel::roleNames() const
{
    return {{TitleRole, "title"}, {DetailRole, "detail"}, {WhoRole, "who"}, {WhenRole, "when"}, {TypeRole, "eventType"}, {ToneRole, "tone"}};
}

}  // namespace tracelot::ui
