#pragma once

#include "countsession.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QStringList>
#include <QUuid>

namespace stockroom::item {

/** One count session as the Counts page lists it. */
struct CountSessionRow
{
    QUuid id;
    QString location;
    QString locationName;
    domain::CountScope scope;
    domain::CountMode mode = domain::CountMode::Expected;
    domain::CountState state = domain::CountState::Open;
    qint64 createdAtMs = 0;
    QString createdBy;
    QStringList assignees;
    /** How many of its lines wait for (or are in) a recount. */
    int recounting = 0;
    /** Products counted so far (after review: lines reviewed). */
    int lines = 0;

    friend bool operator==(const CountSessionRow &, const CountSessionRow &) = default;
};

/** The Counts page's list of count sessions: where, what, how, how far and how many lines. */
class CountSessionTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        LocationColumn,
        ScopeColumn,
        ModeColumn,
        StateColumn,
        CreatedColumn,
        LinesColumn,
        ColumnCount
    };

    enum Role {
        /** QString: the session's UUID without braces, whatever the column. */
        IdRole = Qt::UserRole + 1,
        /** QString: the state's stable name ("open", "submitted" ...). */
        StateRole,
        /** QString: the mode's stable name ("blind" or "expected"). */
        ModeRole,
    };

    explicit CountSessionTableModel(QObject *parent = nullptr);

    /** Shows these sessions in the order given (the service lists the newest first). */
    void setSessions(QList<CountSessionRow> sessions);
    /** Replaces the row with the same id; false when there is none. */
    bool updateSession(const CountSessionRow &session);
    /** Sets one session's number of lines; false when there is no such session. */
    bool setLineCount(const QUuid &id, int lines);

    int rowOfId(const QUuid &id) const;
    const CountSessionRow &session(int row) const;
    const QList<CountSessionRow> &sessions() const { return m_rows; }

    /** "Whole store", "Category Running shoes", "3 SKUs" ... */
    static QString scopeText(const domain::CountScope &scope);
    static QString scopeKindLabel(domain::CountScopeKind kind);
    static QString modeLabel(domain::CountMode mode);
    static QString stateLabel(domain::CountState state);
    /** The state, with the recount of an open session that was reviewed before. */
    static QString stateText(const CountSessionRow &session);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QVariant displayData(const CountSessionRow &s, int column) const;
    QVariant toolTip(const CountSessionRow &s, int column) const;

    QList<CountSessionRow> m_rows;
    QHash<QUuid, int> m_rowOfId;
};

} // namespace stockroom::item
