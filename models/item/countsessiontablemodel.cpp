#include "countsessiontablemodel.h"

#include <QDateTime>
#include <QLocale>

namespace stockroom::item {

namespace {

using domain::CountMode;
using domain::CountScopeKind;
using domain::CountState;

QString dateTimeText(qint64 ms, QLocale::FormatType format)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), format);
}

} // namespace

CountSessionTableModel::CountSessionTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void CountSessionTableModel::setSessions(QList<CountSessionRow> sessions)
{
    beginResetModel();
    m_rows = std::move(sessions);
    m_rowOfId.clear();
    m_rowOfId.reserve(m_rows.size());
    for (int row = 0; row < int(m_rows.size()); ++row)
        m_rowOfId.insert(m_rows.at(row).id, row);
    endResetModel();
}

bool CountSessionTableModel::updateSession(const CountSessionRow &session)
{
    const int row = rowOfId(session.id);
    if (row < 0)
        return false;
    if (!(m_rows.at(row) == session)) {
        m_rows[row] = session;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
    return true;
}

bool CountSessionTableModel::setLineCount(const QUuid &id, int lines)
{
    const int row = rowOfId(id);
    if (row < 0)
        return false;
    if (m_rows.at(row).lines != lines) {
        m_rows[row].lines = lines;
        Q_EMIT dataChanged(index(row, LinesColumn), index(row, LinesColumn));
    }
    return true;
}

int CountSessionTableModel::rowOfId(const QUuid &id) const
{
    return m_rowOfId.value(id, -1);
}

const CountSessionRow &CountSessionTableModel::session(int row) const
{
    return m_rows.at(row);
}

QString CountSessionTableModel::scopeKindLabel(domain::CountScopeKind kind)
{
    switch (kind) {
    case CountScopeKind::WholeStore:
        return tr("Whole store");
    case CountScopeKind::Category:
        return tr("Category");
    case CountScopeKind::Bin:
        return tr("Bin");
    case CountScopeKind::CycleList:
        return tr("Cycle count");
    case CountScopeKind::SkuList:
        return tr("List of SKUs");
    case CountScopeKind::AuditSample:
        return tr("Audit sample");
    }
    return domain::countScopeKindName(kind);
}

QString CountSessionTableModel::scopeText(const domain::CountScope &scope)
{
    switch (scope.kind) {
    case CountScopeKind::WholeStore:
        return scopeKindLabel(scope.kind);
    case CountScopeKind::Category:
        return tr("Category %1").arg(scope.value);
    case CountScopeKind::Bin:
        return tr("Bin %1").arg(scope.value);
    case CountScopeKind::CycleList:
        return tr("Cycle count, %n SKU(s)", nullptr, int(scope.skus.size()));
    case CountScopeKind::SkuList:
        return tr("%n SKU(s)", nullptr, int(scope.skus.size()));
    case CountScopeKind::AuditSample:
        return tr("Audit sample, %n SKU(s)", nullptr, int(scope.skus.size()));
    }
    return domain::countScopeKindName(scope.kind);
}

QString CountSessionTableModel::modeLabel(domain::CountMode mode)
{
    switch (mode) {
    case CountMode::Blind:
        return tr("Blind");
    case CountMode::Expected:
        return tr("Expected shown");
    }
    return domain::countModeName(mode);
}

QString CountSessionTableModel::stateLabel(domain::CountState state)
{
    switch (state) {
    case CountState::Open:
        return tr("Open");
    case CountState::Submitted:
        return tr("Submitted");
    case CountState::Reviewed:
        return tr("Reviewed");
    case CountState::Posted:
        return tr("Posted");
    }
    return domain::countStateName(state);
}

QString CountSessionTableModel::stateText(const CountSessionRow &session)
{
    if (session.state == CountState::Open && session.recounting > 0)
        return tr("Recount of %n line(s)", nullptr, session.recounting);
    return stateLabel(session.state);
}

int CountSessionTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CountSessionTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CountSessionTableModel::displayData(const CountSessionRow &s, int column) const
{
    switch (column) {
    case LocationColumn:
        return s.location;
    case ScopeColumn:
        return scopeText(s.scope);
    case ModeColumn:
        return modeLabel(s.mode);
    case StateColumn:
        return stateText(s);
    case CreatedColumn:
        return dateTimeText(s.createdAtMs, QLocale::ShortFormat);
    case LinesColumn:
        return QLocale().toString(s.lines);
    }
    return {};
}

QVariant CountSessionTableModel::toolTip(const CountSessionRow &s, int column) const
{
    switch (column) {
    case LocationColumn:
        return s.locationName.isEmpty() ? QVariant() : QVariant(s.locationName);
    case ScopeColumn:
        return s.scope.skus.isEmpty() ? QVariant()
                                      : QVariant(s.scope.skus.join(QStringLiteral(", ")));
    case CreatedColumn: {
        const QString when = dateTimeText(s.createdAtMs, QLocale::LongFormat);
        QString text = s.createdBy.isEmpty() ? when : tr("%1 by %2").arg(when, s.createdBy);
        if (!s.assignees.isEmpty())
            text += QLatin1Char('\n')
                    + tr("Counters: %1").arg(s.assignees.join(QStringLiteral(", ")));
        return text;
    }
    default:
        return {};
    }
}

QVariant CountSessionTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CountSessionRow &s = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(s, index.column());
    case Qt::EditRole:
        switch (index.column()) {
        case StateColumn:
            return int(s.state);
        case CreatedColumn:
            return s.createdAtMs;
        case LinesColumn:
            return s.lines;
        default:
            return displayData(s, index.column());
        }
    case Qt::ToolTipRole:
        return toolTip(s, index.column());
    case Qt::TextAlignmentRole:
        return index.column() == LinesColumn
                   ? QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter))
                   : QVariant();
    case IdRole:
        return s.id.toString(QUuid::WithoutBraces);
    case StateRole:
        return domain::countStateName(s.state);
    case ModeRole:
        return domain::countModeName(s.mode);
    default:
        return {};
    }
}

QVariant CountSessionTableModel::headerData(int section, Qt::Orientation orientation,
                                            int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole) {
        return section == LinesColumn
                   ? QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter))
                   : QVariant();
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case LocationColumn:
        return tr("Location");
    case ScopeColumn:
        return tr("Scope");
    case ModeColumn:
        return tr("Mode");
    case StateColumn:
        return tr("State");
    case CreatedColumn:
        return tr("Created");
    case LinesColumn:
        return tr("Lines");
    case ColumnCount:
        break;
    }
    return {};
}

QHash<int, QByteArray> CountSessionTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, QByteArrayLiteral("countId"));
    names.insert(StateRole, QByteArrayLiteral("state"));
    names.insert(ModeRole, QByteArrayLiteral("mode"));
    return names;
}

} // namespace stockroom::item
