#pragma once
// View model of the returns page: the returns (status filter), the return opened in detail
// (lines with lot, quantity, hold and inspection decision), and the steps: request (lines
// from the lots actually delivered on the order, at most what is left to return), authorize
// or reject, receive into a quarantine location (held), inspect each line (restock, keep
// quarantined, destroy — QA signs with the password), record the refund. The core decides;
// refusals are shown where the step was taken.
#include "shell/commandviewmodel.h"

#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace tracelot::ui {

// session, error, errorField, notice, permissions and clearMessages() come from CommandViewModel.
class ReturnsViewModel : public CommandViewModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString statusFilter READ statusFilter WRITE setStatusFilter NOTIFY listChanged)
    Q_PROPERTY(QVariantList rows READ rows NOTIFY listChanged)
    Q_PROPERTY(QString returnId READ returnId NOTIFY detailChanged)
    Q_PROPERTY(QVariantMap detail READ detail NOTIFY detailChanged)
    Q_PROPERTY(QVariantList reasonOptions READ reasonOptions CONSTANT)
    Q_PROPERTY(QVariantList decisionOptions READ decisionOptions CONSTANT)
    Q_PROPERTY(QVariantList deliveredOrders READ deliveredOrders NOTIFY listChanged)
    Q_PROPERTY(QVariantList quarantineLocations READ quarantineLocations NOTIFY sessionChanged)
    Q_PROPERTY(QVariantList stockLocations READ stockLocations NOTIFY sessionChanged)

public:
    explicit ReturnsViewModel(QObject* parent = nullptr);
    explicit ReturnsViewModel(Session* session, QObject* parent = nullptr);

    QString statusFilter() const { return statusFilter_; }
    void setStatusFilter(const QString& status);
    QVariantList rows() const { return rows_; }
    QString returnId() const { return returnId_; }
    QVariantMap detail() const { return detail_; }
    QVariantList reasonOptions() const;
    QVariantList decisionOptions() const;
    QVariantList deliveredOrders() const;
    QVariantList quarantineLocations() const;
    QVariantList stockLocations() const;

    Q_INVOKABLE void refresh();
    Q_INVOKABLE void open(const QString& returnId);
    Q_INVOKABLE void openRow(int row);
    Q_INVOKABLE int rowOf(const QString& returnId) const;
    // The lots delivered on an order with what is left to return: [{lotId, tlc, product, unit, delivered, returnable}].
    Q_INVOKABLE QVariantList deliveredLots(const QString& orderId) const;

    // lines: [{lotId, quantity}] (quantity 0 lines are left out).
    Q_INVOKABLE bool request(const QString& orderId, const QString& reason, const QString& note, const QVariantList& lines);
    Q_INVOKABLE bool authorize();
    Q_INVOKABLE bool reject(const QString& reason);
    Q_INVOKABLE bool receive(const QString& locationCode);
    Q_INVOKABLE bool inspect(int lineNo, const QString& decision, const QString& toLocationCode, const QString& password, const QString& note);
    Q_INVOKABLE bool refund(const QString& amount, const QString& currency, const QString& reference);

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

    QString statusFilter_, returnId_;
    QVariantList rows_;
    QVariantMap detail_;
};

}  // namespace tracelot::ui
