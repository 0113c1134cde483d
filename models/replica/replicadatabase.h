#pragma once

#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace stockroom::replica {

/** Why a replica file could not be opened; the file is left exactly as it was. */
struct OpenError
{
    enum class Kind {
        None,
        CannotOpen,  ///< missing folder, no permission, locked
        NotAReplica, ///< corrupt, or not a SQLite file at all
        NewerSchema, ///< written by a newer Stockroom
        MigrationFailed,
    };
    Kind kind = Kind::None;
    QString message;
};

/**
 * One desktop profile's local SQLite replica: opens (or creates) the file, refuses corrupt or
 * newer files without touching them, switches on WAL and foreign keys and migrates the schema.
 * Owns the connection; repositories borrow it.
 */
class ReplicaDatabase
{
public:
    ~ReplicaDatabase();
    ReplicaDatabase(const ReplicaDatabase &) = delete;
    ReplicaDatabase &operator=(const ReplicaDatabase &) = delete;

    static std::unique_ptr<ReplicaDatabase> open(const QString &path, OpenError *error);
    /** The embedded default replica of this user, shared by the desktop and the CLI. */
    static QString defaultPath();

    QSqlDatabase &connection() { return m_db; }
    const QString &path() const { return m_path; }
    int schemaVersion();

private:
    ReplicaDatabase(QSqlDatabase db, QString path);

    QSqlDatabase m_db;
    QString m_path;
};

} // namespace stockroom::replica
