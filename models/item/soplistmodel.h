#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QString>
#include <QStringList>

namespace stockroom::item {

/** One row of the SOPs page's list: the latest version of an SOP, or a search hit. */
struct SopListEntry
{
    enum class ReadState {
        /** Not meant for the user's role, or no user: nothing to show. */
        NotApplicable,
        /** Meant for the user, who has not acknowledged this version. */
        ToRead,
        /** The user acknowledged this version. */
        Read,
    };

    QString id;
    QString title;
    int version = 0;
    QStringList tags;
    QStringList roles;
    qint64 publishedAtMs = 0;
    ReadState readState = ReadState::NotApplicable;
    /** The search snippet without markup (empty when the row is not a search hit). */
    QString snippetText;
    /** The same snippet as escaped HTML with the matched terms highlighted. */
    QString snippetHtml;

    friend bool operator==(const SopListEntry &, const SopListEntry &) = default;
};

/**
 * The SOPs of the library (or of a search, best match first) for the SOPs page: title,
 * version, tags, whether the user still has to read it, and the search match.
 */
class SopListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TitleColumn, VersionColumn, StatusColumn, TagsColumn, MatchColumn, ColumnCount };

    enum Role {
        /** QString: the SOP's id. */
        IdRole = Qt::UserRole + 1,
        /** int: the version shown. */
        VersionRole,
        /** bool: the user has to acknowledge this version. */
        ToReadRole,
        /** QString: the match column's HTML (highlighted terms); empty when not a search hit. */
        SnippetHtmlRole,
    };

    explicit SopListModel(QObject *parent = nullptr);

    void setEntries(const QList<SopListEntry> &entries);
    const QList<SopListEntry> &entries() const { return m_entries; }
    /** The row of the SOP with this id, or -1. */
    int rowOf(const QString &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QList<SopListEntry> m_entries;
};

} // namespace stockroom::item
