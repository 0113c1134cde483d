#pragma once

#include "discrepancyfold.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QStringList>
#include <QUuid>

namespace stockroom::item {

/**
 * The Discrepancies page's queue: one row per discrepancy with what it is about, how far off
 * it is, who has it and how its first-response target stands at an injected "now".
 */
class DiscrepancyTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        PriorityColumn,
        TypeColumn,
        LocationColumn,
        SkuColumn,
        ExpectedColumn,
        ActualColumn,
        VarianceUnitsColumn,
        VarianceValueColumn,
        StatusColumn,
        AssigneeColumn,
        SlaColumn,
        CreatedColumn,
        ColumnCount
    };

    enum Role {
        /** QString: the discrepancy's UUID without braces, whatever the column. */
        IdRole = Qt::UserRole + 1,
        /** QString: the status's stable name ("open", "resolved" ...). */
        StatusRole,
        /** QString: the type's stable name ("count_variance", "oversell" ...). */
        TypeRole,
        /** bool: nobody has responded and the first-response hour is past. */
        OverdueRole,
        /** bool: resolved or dismissed. */
        ClosedRole,
    };

    explicit DiscrepancyTableModel(QObject *parent = nullptr);

    using QAbstractTableModel::setData;
    /** Shows these discrepancies, with SLA timers as of nowMs (UTC ms). */
    void setData(QList<domain::DiscrepancyState> discrepancies, qint64 nowMs);
    /** Moves "now" on: the SLA column and the overdue state change, nothing else does. */
    void setNowMs(qint64 nowMs);
    qint64 nowMs() const { return m_nowMs; }

    /** The row of the discrepancy with this id, or -1. */
    int rowOfId(const QUuid &id) const;
    const domain::DiscrepancyState &discrepancy(int row) const;
    const QList<domain::DiscrepancyState> &discrepancies() const { return m_rows; }
    bool isOverdue(int row) const;
    /**
     * The Variance cell: actual − expected, or for a staff report the units it says are
     * affected, as a loss (what its write-off posts).
     */
    static qint64 varianceUnits(const domain::DiscrepancyState &state);
    /** What is left of the first-response target at now (negative: overdue or late). */
    qint64 slaRemainingMs(int row) const;

    /** Translated labels for the domain's names ("Count variance", "Recount requested" ...). */
    static QString typeLabel(domain::DiscrepancyType type);
    static QString statusLabel(domain::DiscrepancyStatus status);
    static QString priorityLabel(domain::DiscrepancyPriority priority);
    static QString actionLabel(domain::ResolutionAction action);
    static QString eventKindLabel(domain::DiscrepancyEventKind kind);
    /** What "Report an issue" offers, in display order: damaged, missing, mislabelled, other. */
    static const QStringList &issueCategories();
    /** "Damaged goods", "Missing item" ...; the category itself when unknown. */
    static QString issueCategoryLabel(const QString &category);
    /** The Type cell: the type's label, with the category of a staff report. */
    static QString typeText(const domain::DiscrepancyState &state);
    /** A duration for people: "45 min", "2 h 05 min", "3 d 4 h"; under a minute "< 1 min". */
    static QString durationText(qint64 ms);
    /** The SLA cell: "35 min left", "overdue by 1 h 10 min", "responded in 12 min" ... */
    static QString slaText(const domain::DiscrepancyState &state, qint64 nowMs);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QVariant displayData(const domain::DiscrepancyState &d, int column) const;
    QVariant sortData(const domain::DiscrepancyState &d, int column) const;

    QList<domain::DiscrepancyState> m_rows;
    QHash<QUuid, int> m_rowOfId;
    qint64 m_nowMs = 0;
};

} // namespace stockroom::item
