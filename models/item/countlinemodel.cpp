#include "countlinemodel.h"

#include "celltext.h"
#include "discrepancytablemodel.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>

namespace stockroom::item {

namespace {

bool isNumericColumn(int column)
{
    return column == CountLineModel::CountedColumn || column == CountLineModel::ExpectedColumn
           || column == CountLineModel::VarianceUnitsColumn
           || column == CountLineModel::VarianceValueColumn;
}

QString dateTimeText(qint64 ms, QLocale::FormatType format)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), format);
}

bool bySku(const CountLineRow &a, const CountLineRow &b)
{
    return a.sku < b.sku;
}

std::optional<qint64> expectedOf(const CountLineRow &line)
{
    if (line.variance)
        return line.variance->expected;
    return line.expected;
}

} // namespace

CountLineModel::CountLineModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void CountLineModel::setLines(QList<CountLineRow> lines)
{
    std::stable_sort(lines.begin(), lines.end(), bySku);
    // A SKU listed twice keeps its first row: one product, one row.
    lines.erase(
        std::unique(lines.begin(), lines.end(),
                    [](const CountLineRow &a, const CountLineRow &b) { return a.sku == b.sku; }),
        lines.end());

    // Both lists are in SKU order: walk them together, removing, updating and inserting.
    int row = 0;
    for (const CountLineRow &incoming : std::as_const(lines)) {
        int stale = row;
        while (stale < int(m_rows.size()) && m_rows.at(stale).sku < incoming.sku)
            ++stale;
        if (stale > row) {
            beginRemoveRows({}, row, stale - 1);
            m_rows.remove(row, stale - row);
            endRemoveRows();
        }
        if (row < int(m_rows.size()) && m_rows.at(row).sku == incoming.sku) {
            if (!(m_rows.at(row) == incoming)) {
                m_rows[row] = incoming;
                Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
            }
        } else {
            beginInsertRows({}, row, row);
            m_rows.insert(row, incoming);
            endInsertRows();
        }
        ++row;
    }
    if (row < int(m_rows.size())) {
        beginRemoveRows({}, row, int(m_rows.size()) - 1);
        m_rows.remove(row, m_rows.size() - row);
        endRemoveRows();
    }
    reindex();
}

int CountLineModel::applyScan(const QString &sku, const QString &productName, qint64 counted,
                              qint64 countedAtMs)
{
    const int existing = rowOfSku(sku);
    if (existing >= 0) {
        CountLineRow &line = m_rows[existing];
        line.counted = counted;
        line.countedAtMs = countedAtMs;
        line.awaitingRecount = false;
        if (!productName.isEmpty())
            line.productName = productName;
        Q_EMIT dataChanged(index(existing, 0), index(existing, ColumnCount - 1));
        return existing;
    }
    CountLineRow line;
    line.sku = sku;
    line.productName = productName;
    line.counted = counted;
    line.countedAtMs = countedAtMs;
    const auto at = std::lower_bound(m_rows.cbegin(), m_rows.cend(), line, bySku);
    const int row = int(at - m_rows.cbegin());
    beginInsertRows({}, row, row);
    m_rows.insert(row, line);
    endInsertRows();
    reindex();
    return row;
}

void CountLineModel::clear()
{
    if (m_rows.isEmpty())
        return;
    beginResetModel();
    m_rows.clear();
    m_rowOfSku.clear();
    endResetModel();
}

void CountLineModel::reindex()
{
    m_rowOfSku.clear();
    m_rowOfSku.reserve(m_rows.size());
    for (int row = 0; row < int(m_rows.size()); ++row)
        m_rowOfSku.insert(m_rows.at(row).sku, row);
}

int CountLineModel::rowOfSku(const QString &sku) const
{
    return m_rowOfSku.value(sku, -1);
}

const CountLineRow &CountLineModel::line(int row) const
{
    return m_rows.at(row);
}

int CountLineModel::countDecision(const QString &decision) const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [&](const CountLineRow &line) {
        return line.variance && line.decision == decision;
    }));
}

QString CountLineModel::decisionLabel(const QString &decision)
{
    if (decision == QLatin1String("accept"))
        return tr("Accept");
    if (decision == QLatin1String("recount"))
        return tr("Recount");
    if (decision == QLatin1String("discrepancy"))
        return tr("Discrepancy");
    return decision;
}

int CountLineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CountLineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CountLineModel::displayData(const CountLineRow &line, int column) const
{
    const QLocale locale;
    switch (column) {
    case SkuColumn:
        return line.sku;
    case NameColumn:
        return line.productName;
    case CountedColumn:
        return line.awaitingRecount ? tr("—") : locale.toString(line.counted);
    case CountedAtColumn:
        if (line.assumed)
            return tr("not counted");
        // The time is what tells a scan from a sale during the count; the date is in the
        // tooltip.
        return line.countedAtMs > 0 ? QLocale().toString(
                   QDateTime::fromMSecsSinceEpoch(line.countedAtMs).time(), QLocale::ShortFormat)
                                    : QString();
    case ExpectedColumn:
        if (const auto expected = expectedOf(line))
            return locale.toString(*expected);
        return {};
    case VarianceUnitsColumn:
        return line.variance ? celltext::signedNumber(line.variance->units) : QString();
    case VarianceValueColumn:
        if (!line.variance)
            return {};
        return celltext::signedMoney(line.variance->valueCents);
    case DecisionColumn:
        if (line.decision == QLatin1String("discrepancy") && !line.discrepancy.isNull())
            return tr("Discrepancy raised");
        return decisionLabel(line.decision);
    }
    return {};
}

QVariant CountLineModel::sortData(const CountLineRow &line, int column) const
{
    switch (column) {
    case CountedColumn:
        return line.counted;
    case CountedAtColumn:
        return line.countedAtMs;
    case ExpectedColumn:
        if (const auto expected = expectedOf(line))
            return *expected;
        return {};
    case VarianceUnitsColumn:
        return line.variance ? QVariant(line.variance->units) : QVariant();
    case VarianceValueColumn:
        return line.variance ? QVariant(line.variance->valueCents) : QVariant();
    default:
        return displayData(line, column);
    }
}

QVariant CountLineModel::toolTip(const CountLineRow &line, int column) const
{
    switch (column) {
    case CountedColumn:
        if (line.awaitingRecount)
            return tr("Waiting for its recount: scan it, or set it to 0 if none is there.");
        if (line.assumed)
            return tr("Nobody counted it; the count assumes zero.");
        if (line.round >= 2)
            return tr("Recounted (blind)");
        return {};
    case CountedAtColumn:
        return line.countedAtMs > 0 ? dateTimeText(line.countedAtMs, QLocale::LongFormat)
                                    : QVariant();
    case ExpectedColumn:
        return tr("Stock on hand by the ledger when the line was counted");
    case DecisionColumn:
        if (!line.variance)
            return {};
        return line.variance->withinTolerance ? tr("Within tolerance") : tr("Beyond tolerance");
    default:
        return {};
    }
}

QVariant CountLineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CountLineRow &line = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(line, index.column());
    case Qt::EditRole:
        return sortData(line, index.column());
    case Qt::ToolTipRole:
        return toolTip(line, index.column());
    case Qt::TextAlignmentRole:
        return isNumericColumn(index.column()) ? celltext::rightAligned() : QVariant();
    case SkuRole:
        return line.sku;
    case DecisionRole:
        return line.decision;
    case BeyondToleranceRole:
        return line.variance && !line.variance->withinTolerance;
    case AwaitingRecountRole:
        return line.awaitingRecount;
    case RoundRole:
        return line.round;
    default:
        return {};
    }
}

QVariant CountLineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole)
        return isNumericColumn(section) ? celltext::rightAligned() : QVariant();
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case SkuColumn:
        return tr("SKU");
    case NameColumn:
        return tr("Product");
    case CountedColumn:
        return tr("Counted");
    case CountedAtColumn:
        return tr("Counted at");
    case ExpectedColumn:
        return tr("Expected");
    case VarianceUnitsColumn:
        return tr("Variance");
    case VarianceValueColumn:
        return tr("Value");
    case DecisionColumn:
        return tr("Decision");
    case ColumnCount:
        break;
    }
    return {};
}

QHash<int, QByteArray> CountLineModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(SkuRole, QByteArrayLiteral("sku"));
    names.insert(DecisionRole, QByteArrayLiteral("decision"));
    names.insert(BeyondToleranceRole, QByteArrayLiteral("beyondTolerance"));
    names.insert(AwaitingRecountRole, QByteArrayLiteral("awaitingRecount"));
    names.insert(RoundRole, QByteArrayLiteral("round"));
    return names;
}

} // namespace stockroom::item
