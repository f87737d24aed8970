#pragma once
// The cold-chain page: for one monitored location (a cold room, freezer … with an allowed
// temperature range), its readings over a window of days as a chart line with the allowed
// band and the excursions shaded; the excursions and monitoring gaps of the window with
// the holds they raised and their corrective actions; recording a corrective action,
// importing a data-logger file, and the HACCP temperature record (print / PDF).
#include "shell/commandviewmodel.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QPointF>
#include <QTimeZone>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace tracelot::ui {

class Session;

// The excursions (and monitoring gaps) of the window, newest first.
class ExcursionListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ANONYMOUS
    Q_PROPERTY(int count READ count NOTIFY countChanged)
public:
    enum Role { ExcursionIdRole = Qt::UserRole + 1, KindRole, KindTextRole, StartRole, EndRole, MinutesRole, PeakRole, OngoingRole,
                RestoredRole, CorrectiveActionRole, HoldsRole, NeedsActionRole };
    struct Row {
        QString excursionId, kind, peak, correctiveAction, holds;
        qint64 startMs = 0, endMs = 0, restoredMs = 0;
        bool ongoing = false;
        int openHolds = 0;
    };
    using QAbstractListModel::QAbstractListModel;
    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    int count() const { return static_cast<int>(rows_.size()); }
    void reset(QList<Row> rows);
    const QList<Row>& rows() const { return rows_; }
signals:
    void countChanged();

private:
    QList<Row> rows_;
};

// session comes from CommandViewModel; `message` is its error or else its notice.
class ColdChainViewModel : public CommandViewModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QVariantList locations READ locations NOTIFY locationsChanged)
    Q_PROPERTY(QString locationId READ locationId WRITE setLocationId NOTIFY viewChanged)
    Q_PROPERTY(int days READ days WRITE setDays NOTIFY viewChanged)
    Q_PROPERTY(double minC READ minC NOTIFY viewChanged)
    Q_PROPERTY(double maxC READ maxC NOTIFY viewChanged)
    Q_PROPERTY(double axisLow READ axisLow NOTIFY viewChanged)
    Q_PROPERTY(double axisHigh READ axisHigh NOTIFY viewChanged)
    Q_PROPERTY(QDateTime from READ from NOTIFY viewChanged)
    Q_PROPERTY(QDateTime to READ to NOTIFY viewChanged)
    Q_PROPERTY(int readingCount READ readingCount NOTIFY viewChanged)
    Q_PROPERTY(QString summary READ summary NOTIFY viewChanged)
    Q_PROPERTY(tracelot::ui::ExcursionListModel* excursions READ excursions CONSTANT)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(bool messageIsProblem READ messageIsProblem NOTIFY messageChanged)
    Q_PROPERTY(bool canRecord READ canRecord NOTIFY permissionsChanged)
    Q_PROPERTY(QString permissionNote READ permissionNote NOTIFY permissionsChanged)

public:
    explicit ColdChainViewModel(QObject* parent = nullptr);
    explicit ColdChainViewModel(Session* session, QObject* parent = nullptr);

    QVariantList locations() const { return locations_; }
    QString locationId() const { return locationId_; }
    void setLocationId(const QString& id);
    int days() const { return days_; }
    void setDays(int days);
    double minC() const { return minC_; }
    double maxC() const { return maxC_; }
    double axisLow() const { return axisLow_; }
    double axisHigh() const { return axisHigh_; }
    QDateTime from() const { return QDateTime::fromMSecsSinceEpoch(fromMs_, Qt::UTC); }
    QDateTime to() const { return QDateTime::fromMSecsSinceEpoch(toMs_, Qt::UTC); }
    int readingCount() const { return readingCount_; }
    QString summary() const { return summary_; }
    ExcursionListModel* excursions() { return &excursions_; }
    QString message() const { return error().isEmpty() ? notice() : error(); }
    bool messageIsProblem() const { return !error().isEmpty(); }
    bool canRecord() const;
    QString permissionNote() const;

    // The chart: the readings of the window (at most ~2,000 points: min and max of each
    // time bucket, so a short peak is never smoothed away); the excursions as a step line
    // (high during an excursion, low elsewhere) that an AreaSeries shades.
    Q_INVOKABLE void fillReadings(QObject* series) const;  // a QXYSeries (LineSeries)
    Q_INVOKABLE void fillExcursionShade(QObject* series) const;
    // The points behind fillReadings (x = ms since epoch, y = °C), for tests and the chart.
    QList<QPointF> readingPoints() const;

    Q_INVOKABLE void reload();
    Q_INVOKABLE bool recordCorrectiveAction(const QString& excursionId, const QString& action);
    // Imports a data-logger CSV for the selected location (RecordTemperatures): all or nothing.
    Q_INVOKABLE bool importFile(const QUrl& file, const QString& unit);
    Q_INVOKABLE bool importCsv(const QString& csv, const QString& fileName, const QString& unit);
    Q_INVOKABLE QString haccpHtml() const;
    Q_INVOKABLE bool printHaccp();
    Q_INVOKABLE bool saveHaccpPdf(const QString& path);
    Q_INVOKABLE bool saveHaccpPdfAs();
    Q_INVOKABLE void clearMessage() { clearMessages(); }

signals:
    void locationsChanged();
    void viewChanged();

protected:
    void workspaceAttached() override;
    void committed(const tracelot::Outcome& outcome) override;

private:
    void loadLocations();
    void loadView();

    QVariantList locations_;
    QString locationId_;
    int days_ = 7;
    double minC_ = 0, maxC_ = 0, axisLow_ = 0, axisHigh_ = 10;
    qint64 fromMs_ = 0, toMs_ = 0;
    int readingCount_ = 0;
    QString summary_;
    ExcursionListModel excursions_;
};

}  // namespace tracelot::ui
