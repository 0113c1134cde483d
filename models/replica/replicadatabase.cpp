#include "replicadatabase.h"

#include "sqlitestatement.h"

#include "bootstrapindexes.h"
#include "migrator.h"
#include "schema.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

namespace stockroom::replica {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("stockroom::replica::ReplicaDatabase", text);
}

QString newConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("stockroom-replica-%1").arg(counter.fetchAndAddRelaxed(1));
}

bool exec(QSqlDatabase &db, const QString &sql, QString *errorText)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    *errorText = query.lastError().text();
    return false;
}

void fail(OpenError *error, OpenError::Kind kind, const QString &message)
{
    if (error)
        *error = {kind, message};
}

// Reads without writing: a file that is not a SQLite database, or whose header or schema
// is damaged, fails here before WAL or a migration could touch it.
bool isReadableReplica(QSqlDatabase &db, QString *errorText)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema")) || !query.next()) {
        *errorText = query.lastError().text();
        return false;
    }
    return true;
}

} // namespace

ReplicaDatabase::ReplicaDatabase(QSqlDatabase db, QString path)
    : m_db(std::move(db))
    , m_path(std::move(path))
{}

ReplicaDatabase::~ReplicaDatabase()
{
    const QString name = m_db.connectionName();
    // Statements the repositories ran on the sqlite3 handle would keep it from closing.
    sqlite::Statement::finalizeAll(m_db);
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
}

std::unique_ptr<ReplicaDatabase> ReplicaDatabase::open(const QString &path, OpenError *error)
{
    const QFileInfo info(path);
    if (info.exists() && !info.isFile()) {
        fail(error, OpenError::Kind::CannotOpen, tr("%1 is not a file.").arg(path));
        return nullptr;
    }
    if (!info.exists() && !info.absoluteDir().exists()) {
        fail(error, OpenError::Kind::CannotOpen,
             tr("Cannot create %1: the folder %2 does not exist.")
                 .arg(path, info.absoluteDir().path()));
        return nullptr;
    }

    std::unique_ptr<ReplicaDatabase> replica(new ReplicaDatabase(
        QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), newConnectionName()), path));
    replica->m_db.setDatabaseName(path);
    if (!replica->m_db.open()) {
        fail(error, OpenError::Kind::CannotOpen,
             tr("Cannot open %1: %2").arg(path, replica->m_db.lastError().text()));
        return nullptr;
    }

    QString errorText;
    if (!isReadableReplica(replica->m_db, &errorText)) {
        fail(error, OpenError::Kind::NotAReplica,
             tr("%1 is not a readable Stockroom replica (%2). It may be damaged; the file was "
                "not changed. Open another file or rebuild the replica from the central IMS.")
                 .arg(path, errorText));
        return nullptr;
    }

    const Migrator migrator(replicaMigrations());
    const int version = Migrator::currentVersion(replica->m_db, &errorText);
    if (version > migrator.latestVersion()) {
        fail(error, OpenError::Kind::NewerSchema,
             tr("%1 has schema version %2, but this Stockroom reads versions up to %3. It was "
                "written by a newer Stockroom; the file was not changed.")
                 .arg(path)
                 .arg(version)
                 .arg(migrator.latestVersion()));
        return nullptr;
    }

    if (!exec(replica->m_db, QStringLiteral("PRAGMA journal_mode = WAL"), &errorText)
        || !exec(replica->m_db, QStringLiteral("PRAGMA synchronous = FULL"), &errorText)
        || !exec(replica->m_db, QStringLiteral("PRAGMA foreign_keys = ON"), &errorText)
        || !exec(replica->m_db, QStringLiteral("PRAGMA busy_timeout = 5000"), &errorText)) {
        fail(error, OpenError::Kind::CannotOpen,
             tr("Cannot configure %1: %2").arg(path, errorText));
        return nullptr;
    }

    if (!migrator.migrate(replica->m_db, &errorText)) {
        fail(error, OpenError::Kind::MigrationFailed,
             tr("Cannot upgrade %1: %2").arg(path, errorText));
        return nullptr;
    }
    // A bootstrap that ended with the program left its indexes set aside; should they not
    // build, they stay aside until the next bootstrap (see BootstrapIndexes::recover).
    BootstrapIndexes indexes(replica->m_db);
    if (indexes.isSuspended() && !indexes.recover(&errorText))
        qWarning("%s: the indexes of movement ids and levels stay set aside until the next "
                 "download from the central IMS: %s",
                 qPrintable(path), qPrintable(errorText));
    if (error)
        *error = {};
    return replica;
}

QString ReplicaDatabase::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
                        + QStringLiteral("/stockroom");
    QDir().mkpath(dir);
    return dir + QStringLiteral("/replica.sqlite");
}

int ReplicaDatabase::schemaVersion()
{
    QString ignored;
    return Migrator::currentVersion(m_db, &ignored);
}

} // namespace stockroom::replica
