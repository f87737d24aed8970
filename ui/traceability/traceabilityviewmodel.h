#pragma once
// View model of the traceability & recall page: search a lot, TLC or order and trace it
// forward (tree + flat customer list) or backward (tree + receipts); initiate a recall
// with its scope shown before confirming; the recall list and the recall opened in detail
// with its reconciliation (shipped = returned + destroyed + unrecoverable, stock on hold),
// customer notified, recovery, close with e-signature; the recall report (print / PDF);
// the FSMA 204 export. Every refusal comes from the core and is shown in place; what the
// signed-in role may not do is disabled, with the role it takes.
#include "shell/commandviewmodel.h"

#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace tracelot::ui {

// session, error, errorField, clearMessages() come from CommandViewModel; `message` is its notice.
class TraceabilityViewModel : public CommandViewModel {
    Q_OBJECT
    QML_ELEMENT
    // Trace: rows {depth, kind (lot, edge, shipment, return, receipt), text}; customers
    // {customer, product, shipped, returned, shipments, orders}.
    Q_PROPERTY(QVariantList traceRows READ traceRows NOTIFY traceChanged)
    Q_PROPERTY(QVariantList customers READ customers NOTIFY traceChanged)
    Q_PROPERTY(QString traceSummary READ traceSummary NOTIFY traceChanged)
    Q_PROPERTY(QString traceError READ traceError NOTIFY traceChanged)
    Q_PROPERTY(bool traceForward READ traceForward NOTIFY traceChanged)
    // Recalls: {recallId, number, status, statusText, recallClass, drill, reason, initiated, unreconciled, onHold}.
    Q_PROPERTY(QVariantList recalls READ recalls NOTIFY recallsChanged)
    Q_PROPERTY(QVariantMap recall READ recall NOTIFY recallChanged)
    // Scope preview before InitiateRecall: {lots, customers, shipped, onHand, lines: [...]}.
    Q_PROPERTY(QVariantMap scope READ scope NOTIFY scopeChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(bool canRecall READ canRecall NOTIFY permissionsChanged)
    Q_PROPERTY(bool canNotify READ canNotify NOTIFY permissionsChanged)
    Q_PROPERTY(QString recallNote READ recallNote NOTIFY permissionsChanged)
    Q_PROPERTY(QStringList recallClasses READ recallClasses CONSTANT)
    Q_PROPERTY(QVariantList notificationMethods READ notificationMethods CONSTANT)

public:
    explicit TraceabilityViewModel(QObject* parent = nullptr);
    explicit TraceabilityViewModel(Session* session, QObject* parent = nullptr);

    QVariantList traceRows() const { return traceRows_; }
    QVariantList customers() const { return customers_; }
    QString traceSummary() const { return traceSummary_; }
    QString traceError() const { return traceError_; }
    bool traceForward() const { return forward_; }
    QVariantList recalls() const { return recalls_; }
    QVariantMap recall() const { return recall_; }
    QVariantMap scope() const { return scope_; }
    QString message() const { return notice(); }
    bool canRecall() const;
    bool canNotify() const;
    QString recallNote() const;
    QStringList recallClasses() const;
    QVariantList notificationMethods() const;

    // A lot id, TLC (optionally with a product code) or order (backward).
    Q_INVOKABLE bool trace(const QString& key, bool forward, const QString& product = {});
    Q_INVOKABLE void reloadRecalls();
    Q_INVOKABLE void openRecall(const QString& recallId);
    Q_INVOKABLE void openRecallRow(int row);
    // The scope InitiateRecall would take for these lots / TLC (nothing written).
    Q_INVOKABLE bool previewScope(const QString& key, const QString& product = {});
    Q_INVOKABLE bool initiateRecall(const QString& key, const QString& product, const QString& reason, const QString& recallClass, bool drill);
    Q_INVOKABLE bool recordNotified(const QString& customerId, const QString& method, const QString& contact);
    Q_INVOKABLE bool recordRecovery(const QString& customerId, const QString& productId, int returned, int destroyed, int unrecoverable);
    Q_INVOKABLE bool closeRecall(const QString& password, const QString& writeOffReason);
    Q_INVOKABLE bool saveReportPdf(const QString& path);
    Q_INVOKABLE bool saveReportPdfAs();
    Q_INVOKABLE bool printReport();
    // FSMA 204 sortable spreadsheet: dates YYYY-MM-DD, products and TLCs comma separated;
    // format "csv" or "xlsx".
    Q_INVOKABLE bool exportFsma(const QString& from, const QString& to, const QString& products, const QString& tlcs, const QString& format, const QString& path);
    Q_INVOKABLE bool exportFsmaAs(const QString& from, const QString& to, const QString& products, const QString& tlcs, const QString& format);

signals:
    void traceChanged();
    void recallsChanged();
    void recallChanged();
    void scopeChanged();

protected:
    void workspaceAttached() override;

private:
    bool run(const QString& command, const QJsonObject& payload);
    bool reportPrinted();

    QVariantList traceRows_, customers_, recalls_;
    QString traceSummary_, traceError_;
    bool forward_ = true;
    QVariantMap recall_, scope_;
};

}  // namespace tracelot::ui
