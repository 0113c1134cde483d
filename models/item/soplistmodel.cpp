#include "soplistmodel.h"

#include "celltext.h"

#include <QLocale>

namespace stockroom::item {

SopListModel::SopListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void SopListModel::setEntries(const QList<SopListEntry> &entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

int SopListModel::rowOf(const QString &id) const
{
    for (qsizetype row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).id == id)
            return int(row);
    }
    return -1;
}

int SopListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int SopListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SopListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SopListEntry &entry = m_entries.at(index.row());
    switch (role) {
    case IdRole:
        return entry.id;
    case VersionRole:
        return entry.version;
    case ToReadRole:
        return entry.readState == SopListEntry::ReadState::ToRead;
    case SnippetHtmlRole:
        return index.column() == MatchColumn ? entry.snippetHtml : QString();
    case Qt::TextAlignmentRole:
        return index.column() == VersionColumn ? celltext::rightAligned() : QVariant();
    case Qt::ToolTipRole:
        if (index.column() == MatchColumn)
            return entry.snippetText;
        if (index.column() == TitleColumn && !entry.roles.isEmpty())
            return tr("For: %1").arg(entry.roles.join(QStringLiteral(", ")));
        return {};
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case TitleColumn:
            return entry.title;
        case VersionColumn:
            return QLocale().toString(entry.version);
        case TagsColumn:
            return entry.tags.join(QStringLiteral(", "));
        case StatusColumn:
            switch (entry.readState) {
            case SopListEntry::ReadState::ToRead:
                return tr("To read");
            case SopListEntry::ReadState::Read:
                return tr("Read");
            case SopListEntry::ReadState::NotApplicable:
                return QString();
            }
            return {};
        case MatchColumn:
            return entry.snippetText;
        case ColumnCount:
            return {};
        }
        return {};
    default:
        return {};
    }
}

QVariant SopListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case TitleColumn:
        return tr("Title");
    case VersionColumn:
        return tr("Version");
    case TagsColumn:
        return tr("Tags");
    case StatusColumn:
        return tr("Status");
    case MatchColumn:
        return tr("Match");
    case ColumnCount:
        break;
    }
    return {};
}

QHash<int, QByteArray> SopListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "sopId");
    names.insert(VersionRole, "version");
    names.insert(ToReadRole, "toRead");
    names.insert(SnippetHtmlRole, "snippetHtml");
    return names;
}

} // namespace stockroom::item
