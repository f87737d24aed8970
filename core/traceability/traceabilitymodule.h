#pragma once
// Traceability & recall: the genealogy and recall projections, the recall commands and the
// reads the desktop, CLI and reports use.
#include "pipeline/module.h"
#include "traceability/genealogy.h"
#include "traceability/recall.h"

#include <QSqlDatabase>
#include <optional>

namespace tracelot {
class EventStore;
}

namespace tracelot::traceability {

void install(Registrar& registrar);

struct RecallRow {
    QString recallId;
    QString number;
    QString status;
    QString recallClass;
    bool drill = false;
    QString reason;
    qint64 initiatedAtMs = 0;
    qint64 lots = 0;
    qint64 customers = 0;
    qint64 onHold = 0;
    qint64 unreconciled = 0;
    qint64 reportPrintedAtMs = 0;
    qint64 closedAtMs = 0;
};

class RecallQueries {
public:
    explicit RecallQueries(QSqlDatabase db) : db_(std::move(db)) {}
    QList<RecallRow> recalls() const;  // newest first
    // "R-3" or a recall id → the recall id; empty when unknown.
    QString idOf(const QString& numberOrId) const;
    QString nextNumber() const;
    // The full state, folded from the recall's stream.
    static RecallState load(EventStore& store, const QString& recallId);
    // Open recall holds of the recall now (status from the quality projection).
    struct HoldStatus {
        QString holdId, number, lotId, status;
    };
    QList<HoldStatus> holdStatus(const QString& recallId) const;

private:
    QSqlDatabase db_;
};

}  // namespace tracelot::traceability
