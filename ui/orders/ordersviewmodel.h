#pragma once
// View model of the orders page: the order book (status filter, search, age, shortfall and
// "needs re-allocation" visible), the order opened in detail (lines, the lots allocated and
// why FEFO chose them, what it passed over, the state history), the pick screen (the pick
// list in walking order; a scan confirms the pick line, a wrong lot is refused in place),
// and the actions: place, confirm, allocate, short pick, resolve the exception (manager),
// ship with the packing slip, deliver, cancel. The core decides; a refusal is shown where
// the action was taken. Lists are plain QVariantLists (a few hundred rows at most).
#include "shell/commandviewmodel.h"

#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace tracelot::ui {

// session, error, errorField, notice, permissions and clearMessages() come from CommandViewModel.
class OrdersViewModel : public CommandViewModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString statusFilter READ statusFilter WRITE setStatusFilter NOTIFY listChanged)
    Q_PROPERTY(QString search READ search WRITE setSearch NOTIFY listChanged)
    Q_PROPERTY(QVariantList rows READ rows NOTIFY listChanged)
    Q_PROPERTY(QVariantList statusOptions READ statusOptions NOTIFY listChanged)
    Q_PROPERTY(QString orderId READ orderId NOTIFY detailChanged)
    Q_PROPERTY(QVariantMap detail READ detail NOTIFY detailChanged)
    Q_PROPERTY(QVariantList pickRows READ pickRows NOTIFY detailChanged)
    Q_PROPERTY(QString scanError READ scanError NOTIFY messageChanged)
    Q_PROPERTY(QString scanNotice READ scanNotice NOTIFY messageChanged)
    Q_PROPERTY(QVariantList customerOptions READ customerOptions NOTIFY sessionChanged)
    Q_PROPERTY(QVariantList productOptions READ productOptions NOTIFY sessionChanged)
    Q_PROPERTY(QVariantList documentTypeOptions READ documentTypeOptions CONSTANT)

public:
    explicit OrdersViewModel(QObject* parent = nullptr);
    explicit OrdersViewModel(Session* session, QObject* parent = nullptr);

    QString statusFilter() const { return statusFilter_; }
    void setStatusFilter(const QString& status);
    QString search() const { return search_; }
    void setSearch(const QString& search);
    QVariantList rows() const { return rows_; }
    QVariantList statusOptions() const { return statusOptions_; }
    QString orderId() const { return orderId_; }
    QVariantMap detail() const { return detail_; }
    QVariantList pickRows() const { return pickRows_; }
    QString scanError() const { return scanError_; }
    QString scanNotice() const { return scanNotice_; }
    QVariantList customerOptions() const;
    QVariantList productOptions() const;
    QVariantList documentTypeOptions() const;

    Q_INVOKABLE void refresh();
    Q_INVOKABLE void open(const QString& orderId);
    Q_INVOKABLE void openRow(int row);
    Q_INVOKABLE int rowOf(const QString& orderId) const;

    // lines: [{ product: code, quantity }]; requestedShipDate "YYYY-MM-DD" or "" (today).
    Q_INVOKABLE bool place(const QString& customerCode, const QVariantList& lines, const QString& requestedShipDate, const QString& reference);
    Q_INVOKABLE bool confirm();
    Q_INVOKABLE bool allocate();
    // What the scanner read (GS1 case barcode or lot code): confirms the pick of that lot.
    Q_INVOKABLE bool scan(const QString& text);
    Q_INVOKABLE bool reportShort(int pickRow, int found);
    Q_INVOKABLE bool resolveException(int lineNo, const QString& resolution);
    Q_INVOKABLE bool ship(const QString& carrier, const QString& tracking, const QString& documentType, const QString& document);
    Q_INVOKABLE bool deliver();
    Q_INVOKABLE bool cancel(const QString& reason);

    Q_INVOKABLE bool printPickList();
    Q_INVOKABLE bool savePickListPdf(const QString& path);
    Q_INVOKABLE bool savePickListPdfAs();
    Q_INVOKABLE bool printPackingSlip();
    Q_INVOKABLE bool savePackingSlipPdf(const QString& path);
    Q_INVOKABLE bool savePackingSlipPdfAs();

signals:
    void listChanged();
    void detailChanged();

protected:
    QList<std::pair<QString, QString>> commandTable() const override;
    void workspaceAttached() override;
    void committed(const tracelot::Outcome& outcome) override;

private:
    void loadDetail();
    bool run(const QString& command, const QJsonObject& payload, const QString& success);

    QString statusFilter_, search_, orderId_;
    QVariantList rows_, statusOptions_, pickRows_;
    QVariantMap detail_;
    QString scanError_, scanNotice_;
};

}  // namespace tracelot::ui
