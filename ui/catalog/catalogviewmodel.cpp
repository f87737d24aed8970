// Catalog list page view model (see catalogviewmodel.h).
#include "catalog/catalogviewmodel.h"

#include "catalog/catalogeditor.h"
#include "catalog/catalogfiltermodel.h"
#include "catalog/cataloglabels.h"
#include "catalog/catalogtablemodel.h"
#include "shell/session.h"

#include <QLoggingCategory>
#include <QVariantMap>

Q_LOGGING_CATEGORY(lcCatalog, "tracelot.ui.catalog")

namespace tracelot::ui {

CatalogViewModel::CatalogViewModel(QObject* parent) : QObject(parent) {}

CatalogViewModel::CatalogViewModel(Session* session, const QString& kind, QObject* parent) : QObject(parent), session_(session), kindKey_(kind)
{
    if (session_) {
        connect(session_, &Session::workspaceChanged, this, &CatalogViewModel::rebuild);
        connect(session_, &Session::userChanged, this, &CatalogViewModel::permissionsChanged);
    }
    rebuild();
}

CatalogViewModel::~CatalogViewModel()
{
    // The proxy goes before the model it filters.
    proxy_.reset();
    table_.reset();
}

void CatalogViewModel::setSession(Session* session)
{
    if (session_ == session) return;
    if (session_) disconnect(session_, nullptr, this, nullptr);
    session_ = session;
    if (session_) {
        connect(session_, &Session::workspaceChanged, this, &CatalogViewModel::rebuild);
        connect(session_, &Session::userChanged, this, &CatalogViewModel::permissionsChanged);
    }
    rebuild();
    emit sessionChanged();
    emit permissionsChanged();
}

void CatalogViewModel::setKind(const QString& key)
{
    if (kindKey_ == key) return;
    kindKey_ = key;
    rebuild();
}

const catalog::KindSpec* CatalogViewModel::spec() const { return catalog::specByKey(kindKey_); }

void CatalogViewModel::rebuild()
{
    const catalog::KindSpec* k = spec();
    if (!k) {
        if (!kindKey_.isEmpty()) qCWarning(lcCatalog) << "no catalog kind called" << kindKey_;
        return;
    }
    if (!table_ || table_->kind() != k->kind) {
        proxy_.reset();
        table_ = std::make_unique<CatalogTableModel>(k->kind);
        proxy_ = std::make_unique<CatalogFilterModel>();
        proxy_->setSourceModel(table_.get());
        proxy_->sortBy(0);
        editor_ = std::make_unique<CatalogEditor>(k->kind, session_);
        for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
            connect(table_.get(), signal, this, &CatalogViewModel::totalsChanged);
        connect(table_.get(), &QAbstractItemModel::modelReset, this, &CatalogViewModel::totalsChanged);
        connect(table_.get(), &QAbstractItemModel::dataChanged, this, &CatalogViewModel::totalsChanged);
        emit kindChanged();
    }
    editor_->setSession(session_);
    table_->setWorkspace(session_ ? session_->workspace() : nullptr);
    emit totalsChanged();
}

QString CatalogViewModel::title() const { return spec() ? labels::plural(*spec()) : QString(); }

QString CatalogViewModel::singular() const { return spec() ? labels::singular(*spec()) : QString(); }

QString CatalogViewModel::newLabel() const { return spec() ? labels::newRecord(*spec()) : QString(); }

QVariantList CatalogViewModel::columns() const
{
    QVariantList out;
    if (!table_) return out;
    for (const CatalogTableModel::Column& c : table_->columns())
        out << QVariantMap{{QStringLiteral("title"), c.title},
                           {QStringLiteral("minWidth"), c.minWidth},
                           {QStringLiteral("weight"), c.weight},
                           {QStringLiteral("numeric"), c.numeric}};
    return out;
}

int CatalogViewModel::total() const { return table_ ? table_->rowCount() : 0; }

int CatalogViewModel::retired() const
{
    if (!table_) return 0;
    int n = 0;
    for (int r = 0; r < table_->rowCount(); ++r)
        if (!table_->data(table_->index(r, 0), CatalogTableModel::ActiveRole).toBool()) ++n;
    return n;
}

bool CatalogViewModel::canEdit() const { return session_ && session_->canEditCatalog(); }

}  // namespace tracelot::ui
