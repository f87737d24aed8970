#pragma once
// The "record quality check" form, generated from the product's check template: one row
// per criterion — pass/fail (unanswered until chosen) or a measured value with its unit
// and limits. Every criterion must be answered before the check is recorded (the core
// says so too); the check passes only if all pass (the core decides).
#include "quality/quality.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

Q_MOC_INCLUDE("shell/session.h")

namespace tracelot::ui {

class Session;

class CheckForm : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("A CheckForm belongs to a QualityViewModel")
    Q_PROPERTY(QString lotId READ lotId NOTIFY loaded)
    Q_PROPERTY(bool hasTemplate READ hasTemplate NOTIFY loaded)
    Q_PROPERTY(int count READ count NOTIFY loaded)
    Q_PROPERTY(int answered READ answered NOTIFY answersChanged)
    Q_PROPERTY(QString note READ note WRITE setNote NOTIFY answersChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorChanged)
    Q_PROPERTY(int errorRow READ errorRow NOTIFY errorChanged)
    Q_PROPERTY(QString resultMessage READ resultMessage NOTIFY resultChanged)
    Q_PROPERTY(bool resultPassed READ resultPassed NOTIFY resultChanged)

public:
    enum Role {
        KeyRole = Qt::UserRole + 1,
        LabelRole,
        KindRole,     // "pass_fail" or "measure"
        UnitRole,
        LimitsRole,   // "2.0 … 6.0 °C", "≤ 4.0 °C"
        AnswerRole,   // pass_fail: "", "pass", "fail"; measure: the value typed
        AnsweredRole,
        HasErrorRole
    };
    Q_ENUM(Role)

    explicit CheckForm(Session* session, QObject* parent = nullptr);
    void setSession(Session* session) { session_ = session; }

    // Loads the template of the lot's product; answers start empty.
    Q_INVOKABLE void start(const QString& lotId);
    Q_INVOKABLE void setAnswer(int row, const QString& answer);
    // Records the check (RecordQualityCheck); true when accepted.
    Q_INVOKABLE bool submit();

    QString lotId() const { return lotId_; }
    bool hasTemplate() const { return !criteria_.empty(); }
    int count() const { return rowCount(); }
    int answered() const;
    QString note() const { return note_; }
    void setNote(const QString& note);
    QString errorMessage() const { return errorMessage_; }
    int errorRow() const { return errorRow_; }
    QString resultMessage() const { return resultMessage_; }
    bool resultPassed() const { return resultPassed_; }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void loaded();
    void answersChanged();
    void errorChanged();
    void resultChanged();

private:
    bool fail(const QString& message, int row);

    QPointer<Session> session_;
    QString lotId_;
    std::vector<quality::Criterion> criteria_;
    QStringList answers_;
    QString note_;
    QString errorMessage_;
    int errorRow_ = -1;
    QString resultMessage_;
    bool resultPassed_ = false;
};

}  // namespace tracelot::ui
