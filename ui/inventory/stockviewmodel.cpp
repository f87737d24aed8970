// The stock page (see stockviewmodel.h).
#include "inventory/stockviewmodel.h"

#include "catalog/catalogmodule.h"
#include "common/clock.h"
#include "eventstore/database.h"
#include "inventory/commandaccess.h"
#include "inventory/inventorymodule.h"
#include "inventory/inventorytext.h"
#include "inventory/lotactions.h"
#include "inventory/lotdetail.h"
#include "inventory/lotlistmodel.h"
#include "pipeline/commandbus.h"
#include "shell/session.h"
#include "shell/uitext.h"
#include "workspace/workspace.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QVariantMap>

Q_LOGGING_CATEGORY(lcStock, "tracelot.ui.inventory.stock")

namespace tracelot::ui {
namespace {

QString str(const QJsonObject& p, const char* key) { return p.value(QLatin1String(key)).toString(); }

QVariantMap option(const QString& value, const QString& label) { return {{QStringLiteral("value"), value}, {QStringLiteral("label"), label}}; }

}  // namespace

StockViewModel::StockViewModel(QObject* parent)
    : QObject(parent), lots_(std::make_unique<LotListModel>()), detail_(std::make_unique<LotDetail>()), actions_(std::make_unique<LotActions>(nullptr))
{
    connect(lots_.get(), &LotListModel::stockChanged, this, &StockViewModel::reloadBoard);
}

StockViewModel::StockViewModel(Session* session, QObject* parent) : StockViewModel(parent) { setSession(session); }

StockViewModel::~StockViewModel() = default;

void StockViewModel::setSession(Session* session)
{
    if (session_ == session) return;
    if (session_) disconnect(session_, nullptr, this, nullptr);
    session_ = session;
    actions_->setSession(session);
    if (session_) {
        connect(session_, &Session::workspaceChanged, this, &StockViewModel::attach);
        connect(session_, &Session::userChanged, this, &StockViewModel::permissionsChanged);
    }
    attach();
    emit sessionChanged();
    emit permissionsChanged();
}

void StockViewModel::attach()
{
    disconnect(busConnection_);
    Workspace* ws = session_ ? session_->workspace() : nullptr;
    if (ws)
        busConnection_ = connect(&ws->bus(), &CommandBus::committed, this, [this](const tracelot::Outcome& outcome) {
            for (const Event& e : outcome.events)
                if (e.type.startsWith(QLatin1String("product.")) || e.type.startsWith(QLatin1String("location."))) {
                    reloadOptions();
                    return;
                }
        });
    product_.clear();
    location_.clear();
    lots_->setWorkspace(ws);
    detail_->setWorkspace(ws);
    reloadOptions();
    reloadBoard();
    applyFilter();
}

QVariantList StockViewModel::columns() const
{
    QVariantList out;
    for (const LotListModel::Column& c : lots_->columns())
        out << QVariantMap{{QStringLiteral("title"), c.title}, {QStringLiteral("minWidth"), c.minWidth}, {QStringLiteral("weight"), c.weight},
                           {QStringLiteral("numeric"), c.numeric}};
    return out;
}

void StockViewModel::setProductFilter(const QString& id)
{
    if (product_ == id) return;
    product_ = id;
    applyFilter();
}

void StockViewModel::setLocationFilter(const QString& id)
{
    if (location_ == id) return;
    location_ = id;
    applyFilter();
}

void StockViewModel::setStatusFilter(const QString& status)
{
    if (status_ == status && bucket_.isEmpty()) return;
    status_ = status;
    bucket_.clear();
    applyFilter();
}

void StockViewModel::setWindowFilter(const QString& window)
{
    if (window_ == window && bucket_.isEmpty()) return;
    window_ = window;
    bucket_.clear();
    applyFilter();
}

void StockViewModel::setSearchText(const QString& text)
{
    if (search_ == text) return;
    search_ = text;
    applyFilter();
}

bool StockViewModel::filtered() const
{
    return !product_.isEmpty() || !location_.isEmpty() || !status_.isEmpty() || !window_.isEmpty() || !search_.trimmed().isEmpty() || !bucket_.isEmpty();
}

void StockViewModel::showBucket(const QString& key)
{
    bucket_ = bucket_ == key ? QString() : key;
    if (!bucket_.isEmpty()) {
        status_.clear();
        window_.clear();
    }
    applyFilter();
}

void StockViewModel::clearFilters()
{
    product_.clear();
    location_.clear();
    status_.clear();
    window_.clear();
    search_.clear();
    bucket_.clear();
    applyFilter();
}

void StockViewModel::applyFilter()
{
    LotListModel::Filter f;
    f.lots.productId = product_;
    f.lots.locationId = location_;
    f.lots.search = search_.trimmed();
    f.lots.status = status_;
    f.lots.expiresWithinDays = window_.isEmpty() ? -1 : window_.toInt() - 1;
    // The buckets of the board: the same boundaries as InventoryQueries::expiryBoard().
    if (bucket_ == QLatin1String("expired")) {
        f.lots.status = QStringLiteral("expired");
        f.lots.expiresWithinDays = -1;
    } else if (bucket_ == QLatin1String("within7")) {
        f.lots.status = QStringLiteral("available");
        f.lots.expiresWithinDays = 6;
    } else if (bucket_ == QLatin1String("within30")) {
        f.lots.status = QStringLiteral("available");
        f.lots.expiresWithinDays = 29;
        f.expiresFromDays = 7;
    } else if (bucket_ == QLatin1String("later")) {
        f.lots.status = QStringLiteral("available");
        f.lots.expiresWithinDays = -1;
        f.expiresFromDays = 30;
    }
    lots_->setFilter(f);
    emit filterChanged();
}

void StockViewModel::reloadOptions()
{
    productOptions_ = {option({}, tr("All products"))};
    locationOptions_ = {option({}, tr("All locations"))};
    Workspace* ws = session_ ? session_->workspace() : nullptr;
    if (ws) {
        const catalog::CatalogQueries q(ws->database().sql());
        for (const QJsonObject& row : q.list(catalog::Kind::Product, false))
            productOptions_ << option(str(row, "id"), QStringLiteral("%1 — %2").arg(str(row, "code"), str(row, "name")));
        for (const QJsonObject& row : q.list(catalog::Kind::Location, false))
            locationOptions_ << option(str(row, "id"), QStringLiteral("%1 — %2").arg(str(row, "code"), str(row, "name")));
    }
    emit optionsChanged();
}

QVariantList StockViewModel::statusOptions() const
{
    return {option({}, tr("Any status")), option(QStringLiteral("available"), tr("Not expired")), option(QStringLiteral("quarantine"), tr("In quarantine")),
            option(QStringLiteral("expired"), tr("Expired")), option(QStringLiteral("empty"), tr("Used up (no stock)"))};
}

QVariantList StockViewModel::windowOptions() const
{
    return {option({}, tr("Any use-by date")), option(QStringLiteral("7"), tr("Use by in < 7 days")), option(QStringLiteral("30"), tr("Use by in < 30 days")),
            option(QStringLiteral("90"), tr("Use by in < 90 days"))};
}

void StockViewModel::reloadBoard()
{
    Workspace* ws = session_ ? session_->workspace() : nullptr;
    inventory::ExpiryBoard b;
    if (ws) b = inventory::InventoryQueries(ws->database().sql()).expiryBoard(QDateTime::fromMSecsSinceEpoch(ws->clock().nowMs()).date());
    const auto bucket = [](const char* key, const QString& title, const QString& hint, qint64 count, const char* tone) {
        return QVariantMap{{QStringLiteral("key"), QLatin1String(key)}, {QStringLiteral("title"), title}, {QStringLiteral("hint"), hint},
                           {QStringLiteral("count"), count},           {QStringLiteral("tone"), QLatin1String(tone)}};
    };
    board_ = {bucket("expired", tr("Expired"), tr("write off or move to quarantine"), b.expired, "error"),
              bucket("within7", tr("< 7 days"), tr("ship first"), b.within7, "warning"),
              bucket("within30", tr("< 30 days"), tr("watch"), b.within30, "info"),
              bucket("later", tr("Later"), tr("30 days or more, or no date"), b.later, "success")};
    emit boardChanged();
}

void StockViewModel::openRow(int row) { openLot(lots_->lotId(row)); }

void StockViewModel::openLot(const QString& lotId)
{
    actions_->clearError();
    actions_->clearDone();
    detail_->show(lotId);
}

bool StockViewModel::canWarn() const { return access::mayRun(session_, QStringLiteral("RecordExpiryWarnings")); }

bool StockViewModel::raiseExpiryWarnings()
{
    Workspace* ws = session_ ? session_->workspace() : nullptr;
    if (!ws) return false;
    Result<Outcome> r = ws->execute(session_->actor(), QStringLiteral("RecordExpiryWarnings"), {});
    if (!r) {
        const bool nothing = r.refusal().code == QLatin1String("inventory.no_warning");
        setNotice(nothing ? tr("No lot has entered its expiry warning window since the last warnings.") : text::refusal(r.refusal()),
                  nothing ? QStringLiteral("info") : QStringLiteral("error"));
        return false;
    }
    int warned = 0;
    for (const Event& e : r->events)
        if (e.type == QLatin1String("lot.expiry_warning")) ++warned;
    setNotice(tr("Expiry warnings raised for %1 lot(s); each lot's history shows its warning.").arg(warned), QStringLiteral("success"));
    qCInfo(lcStock) << "expiry warnings:" << warned;
    return true;
}

void StockViewModel::setNotice(const QString& text, const QString& tone)
{
    notice_ = text;
    noticeTone_ = tone;
    emit noticeChanged();
}

void StockViewModel::dismissNotice() { setNotice({}, {}); }

}  // namespace tracelot::ui
