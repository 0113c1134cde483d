#pragma once

#include "countvariance.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QUuid>

#include <optional>

namespace stockroom::item {

/** One product's line of a count as the counting screen shows it. */
struct CountLineRow
{
    QString sku;
    QString productName;
    qint64 counted = 0;
    /** When its last scan was made; 0 while not known. */
    qint64 countedAtMs = 0;
    /** The ledger position at countedAtMs; none in a blind count (and on a blind recount). */
    std::optional<qint64> expected;
    /** 2 while the line is being recounted. */
    int round = 1;
    /** Its recount was requested and nothing of it is counted yet. */
    bool awaitingRecount = false;
    /** What review measured; none before the count is reviewed. */
    std::optional<domain::LineVariance> variance;
    /** What review decided: "", "accept", "recount" or "discrepancy" (the storage names). */
    QString decision;
    /** Nobody counted it; the "assume zero" policy made it a line counted 0. */
    bool assumed = false;
    /** The discrepancy posting raised for it, if any. */
    QUuid discrepancy;

    friend bool operator==(const CountLineRow &, const CountLineRow &) = default;
};

/**
 * The lines of one count: one row per product (never two), kept in SKU order, updated in place
 * by each scan and merged with what the replica holds, so that a selection survives both.
 */
class CountLineModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        SkuColumn,
        NameColumn,
        CountedColumn,
        CountedAtColumn,
        ExpectedColumn,
        VarianceUnitsColumn,
        VarianceValueColumn,
        DecisionColumn,
        ColumnCount
    };

    enum Role {
        /** QString: the row's SKU, whatever the column. */
        SkuRole = Qt::UserRole + 1,
        /** QString: the decision's storage name ("" before review). */
        DecisionRole,
        /** bool: reviewed and beyond tolerance. */
        BeyondToleranceRole,
        /** bool: its recount was requested and nothing of it is counted yet. */
        AwaitingRecountRole,
        /** int: 1, or 2 while (or after) it is recounted. */
        RoundRole,
    };

    explicit CountLineModel(QObject *parent = nullptr);

    /**
     * Shows these lines. Rows whose SKU stays are updated in place, others are inserted or
     * removed, so views keep their selection; the rows end up in SKU order.
     */
    void setLines(QList<CountLineRow> lines);
    /**
     * A scan's outcome: the product's row gets the new counted quantity (and counted at), or is
     * inserted at its place in SKU order. Returns the row.
     */
    int applyScan(const QString &sku, const QString &productName, qint64 counted,
                  qint64 countedAtMs);
    void clear();

    /** The row of this SKU, or -1. */
    int rowOfSku(const QString &sku) const;
    const CountLineRow &line(int row) const;
    const QList<CountLineRow> &lines() const { return m_rows; }
    /** Rows reviewed with this decision ("accept", "recount", "discrepancy"). */
    int countDecision(const QString &decision) const;

    /** "Accept", "Recount", "Discrepancy" for a decision's storage name; "" for none. */
    static QString decisionLabel(const QString &decision);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QVariant displayData(const CountLineRow &line, int column) const;
    QVariant sortData(const CountLineRow &line, int column) const;
    QVariant toolTip(const CountLineRow &line, int column) const;
    void reindex();

    QList<CountLineRow> m_rows;
    QHash<QString, int> m_rowOfSku;
};

} // namespace stockroom::item
