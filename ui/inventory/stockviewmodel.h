#pragma once
// View model of the stock page: the lazy lot list with its filters (product, location,
// status, expiry window, search by lot code or product), the expiry board (expired,
// < 7 days, < 30 days, later — a bucket filters the list), the lot opened in detail, the
// lot forms, and "raise expiry warnings".
#include <QObject>
#include <QPointer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>
#include <memory>

Q_MOC_INCLUDE("shell/session.h")
Q_MOC_INCLUDE("inventory/lotlistmodel.h")
Q_MOC_INCLUDE("inventory/lotdetail.h")
Q_MOC_INCLUDE("inventory/lotactions.h")

namespace tracelot::ui {

class LotActions;
class LotDetail;
class LotListModel;
class Session;

class StockViewModel : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(tracelot::ui::Session* session READ session WRITE setSession NOTIFY sessionChanged REQUIRED)
    Q_PROPERTY(tracelot::ui::LotListModel* lots READ lots CONSTANT)
    Q_PROPERTY(QVariantList columns READ columns CONSTANT)
    Q_PROPERTY(tracelot::ui::LotDetail* detail READ detail CONSTANT)
    Q_PROPERTY(tracelot::ui::LotActions* actions READ actions CONSTANT)
    // Filters ("" = any).
    Q_PROPERTY(QString productFilter READ productFilter WRITE setProductFilter NOTIFY filterChanged)
    Q_PROPERTY(QString locationFilter READ locationFilter WRITE setLocationFilter NOTIFY filterChanged)
    Q_PROPERTY(QString statusFilter READ statusFilter WRITE setStatusFilter NOTIFY filterChanged)
    Q_PROPERTY(QString windowFilter READ windowFilter WRITE setWindowFilter NOTIFY filterChanged)
    Q_PROPERTY(QString searchText READ searchText WRITE setSearchText NOTIFY filterChanged)
    Q_PROPERTY(QString bucket READ bucket NOTIFY filterChanged)
    Q_PROPERTY(bool filtered READ filtered NOTIFY filterChanged)
    Q_PROPERTY(QVariantList productOptions READ productOptions NOTIFY optionsChanged)
    Q_PROPERTY(QVariantList locationOptions READ locationOptions NOTIFY optionsChanged)
    Q_PROPERTY(QVariantList statusOptions READ statusOptions CONSTANT)
    Q_PROPERTY(QVariantList windowOptions READ windowOptions CONSTANT)
    // The expiry board: lots with stock per bucket.
    Q_PROPERTY(QVariantList board READ board NOTIFY boardChanged)
    Q_PROPERTY(QString notice READ notice NOTIFY noticeChanged)
    Q_PROPERTY(QString noticeTone READ noticeTone NOTIFY noticeChanged)
    Q_PROPERTY(bool canWarn READ canWarn NOTIFY permissionsChanged)

public:
    explicit StockViewModel(QObject* parent = nullptr);
    explicit StockViewModel(Session* session, QObject* parent = nullptr);
    ~StockViewModel() override;

    Session* session() const { return session_; }
    void setSession(Session* session);
    LotListModel* lots() const { return lots_.get(); }
    QVariantList columns() const;
    LotDetail* detail() const { return detail_.get(); }
    LotActions* actions() const { return actions_.get(); }

    QString productFilter() const { return product_; }
    void setProductFilter(const QString& id);
    QString locationFilter() const { return location_; }
    void setLocationFilter(const QString& id);
    QString statusFilter() const { return status_; }
    void setStatusFilter(const QString& status);
    QString windowFilter() const { return window_; }
    void setWindowFilter(const QString& window);
    QString searchText() const { return search_; }
    void setSearchText(const QString& text);
    QString bucket() const { return bucket_; }
    bool filtered() const;

    QVariantList productOptions() const { return productOptions_; }
    QVariantList locationOptions() const { return locationOptions_; }
    QVariantList statusOptions() const;
    QVariantList windowOptions() const;
    // [{ key, title, count, tone }] in the order expired, within7, within30, later.
    QVariantList board() const { return board_; }
    QString notice() const { return notice_; }
    QString noticeTone() const { return noticeTone_; }
    bool canWarn() const;

    // Shows only the lots of an expiry bucket ("expired", "within7", "within30", "later");
    // the same bucket again (or "") shows everything.
    Q_INVOKABLE void showBucket(const QString& key);
    Q_INVOKABLE void clearFilters();
    // Opens a lot in the detail (by row of the list).
    Q_INVOKABLE void openRow(int row);
    Q_INVOKABLE void openLot(const QString& lotId);
    // RecordExpiryWarnings as of today; the outcome shows as the notice.
    Q_INVOKABLE bool raiseExpiryWarnings();
    Q_INVOKABLE void dismissNotice();

signals:
    void sessionChanged();
    void filterChanged();
    void optionsChanged();
    void boardChanged();
    void noticeChanged();
    void permissionsChanged();

private:
    void attach();
    void applyFilter();
    void reloadOptions();
    void reloadBoard();
    void setNotice(const QString& text, const QString& tone);

    QPointer<Session> session_;
    QMetaObject::Connection busConnection_;
    std::unique_ptr<LotListModel> lots_;
    std::unique_ptr<LotDetail> detail_;
    std::unique_ptr<LotActions> actions_;
    QString product_, location_, status_, window_, search_, bucket_;
    QVariantList productOptions_, locationOptions_, board_;
    QString notice_, noticeTone_;
};

}  // namespace tracelot::ui
