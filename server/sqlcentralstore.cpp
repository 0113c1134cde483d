#include "sqlcentralstore.h"

#include "cataloguestore.h"
#include "centralledger.h"
#include "centralschema.h"
#include "kpistore.h"
#include "ledgerreader.h"
#include "processwide.h"
#include "sopledger.h"
#include "sqlstatement.h"
#include "userdirectory.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace stockroom::server {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("stockroom::server::SqlCentralStore", text);
}

void dropConnection(QSqlDatabase *db)
{
    const QString name = db->connectionName();
    db->close();
    *db = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
}

} // namespace

std::unique_ptr<SqlCentralStore>
SqlCentralStore::open(const DatabaseUrl &url, const QString &connectionName, QString *error)
{
    if (QSqlDatabase::contains(connectionName)) {
        *error = tr("The database connection name %1 is already in use.").arg(connectionName);
        return nullptr;
    }
    const bool sqlite = url.driver == DatabaseUrl::Driver::Sqlite;
    const QString driver = sqlite ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL");
    if (!QSqlDatabase::isDriverAvailable(driver)) {
        *error = tr("The Qt SQL driver %1 is not installed (Debian: %2).")
                     .arg(driver, sqlite ? QStringLiteral("libqt6sql6-sqlite")
                                         : QStringLiteral("libqt6sql6-psql"));
        return nullptr;
    }
    if (sqlite && !QFileInfo(url.path).absoluteDir().exists()) {
        *error = tr("Cannot open %1: the folder %2 does not exist.")
                     .arg(url.toDisplayString(), QFileInfo(url.path).absolutePath());
        return nullptr;
    }

    QSqlDatabase db = QSqlDatabase::addDatabase(driver, connectionName);
    if (sqlite) {
        db.setDatabaseName(url.path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    } else {
        db.setHostName(url.host);
        db.setPort(url.port);
        db.setUserName(url.user);
        db.setPassword(url.password);
        db.setDatabaseName(url.database);
        db.setConnectOptions(QStringLiteral("connect_timeout=10;application_name=stockroomd"));
    }
    // Only the display form, which hides the password, ever reaches a message.
    if (!db.open()) {
        *error = tr("Cannot open the database %1: %2")
                     .arg(url.toDisplayString(), db.lastError().text());
        dropConnection(&db);
        return nullptr;
    }
    std::shared_ptr<QMutex> gate;
    if (sqlite)
        // One gate per SQLite file for the whole process: this process's writers queue on it,
        // so only writers of other processes meet SQLite's busy handler (which polls and sleeps).
        gate = processWide<QMutex>(QFileInfo(url.path).canonicalFilePath());
    SqlConnection connection{db, sqlite ? SqlDialect::Sqlite : SqlDialect::Postgresql, gate.get()};
    QString problem;
    if (!configure(connection, &problem) || !CentralSchema::migrate(connection, &problem)) {
        *error = tr("Cannot use the database %1: %2").arg(url.toDisplayString(), problem);
        connection.db = QSqlDatabase();
        dropConnection(&db);
        return nullptr;
    }
    return std::unique_ptr<SqlCentralStore>(new SqlCentralStore(connection, std::move(gate)));
}

bool SqlCentralStore::configure(const SqlConnection &connection, QString *error)
{
    QStringList statements;
    if (connection.dialect == SqlDialect::Sqlite) {
        // The central database outgrows SQLite's default 2 MB page cache within days; a larger
        // cache and less frequent checkpoints keep ingest from rereading and rewriting pages.
        statements = {QStringLiteral("PRAGMA busy_timeout = 10000"),
                      QStringLiteral("PRAGMA foreign_keys = ON"),
                      QStringLiteral("PRAGMA synchronous = FULL"),
                      QStringLiteral("PRAGMA cache_size = -65536"),
                      QStringLiteral("PRAGMA wal_autocheckpoint = 4000")};
        QSqlQuery wal(connection.db);
        if (!wal.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !wal.next()
            || wal.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
            *error = tr("Cannot switch the database to WAL mode: %1").arg(wal.lastError().text());
            return false;
        }
    } else {
        // A writer waits for the feed's lock at most as long as SQLite's busy timeout, then
        // fails the request instead of holding a worker forever.
        statements = {QStringLiteral("SET client_min_messages TO warning"),
                      QStringLiteral("SET lock_timeout TO '10s'")};
    }
    for (const QString &statement : std::as_const(statements)) {
        if (!SqlStatement::execText(connection.db, statement, error))
            return false;
    }
    return true;
}

SqlCentralStore::SqlCentralStore(SqlConnection connection, std::shared_ptr<QMutex> sqliteWriteGate)
    : m_sqliteWriteGate(std::move(sqliteWriteGate))
    , m_connection(std::move(connection))
    , m_users(std::make_unique<UserDirectory>(m_connection))
    , m_catalogue(std::make_unique<CatalogueStore>(m_connection))
    , m_ledger(std::make_unique<CentralLedger>(m_connection))
    , m_reader(std::make_unique<LedgerReader>(m_connection))
    , m_sops(std::make_unique<SopLedger>(m_connection))
    , m_kpis(std::make_unique<KpiStore>(m_connection))
{}

SqlCentralStore::~SqlCentralStore()
{
    // Every statement goes before the connection it was prepared on.
    m_users.reset();
    m_catalogue.reset();
    m_ledger.reset();
    m_reader.reset();
    m_sops.reset();
    m_kpis.reset();
    dropConnection(&m_connection.db);
}

bool SqlCentralStore::addUser(const QString &name, const QString &role,
                              const QStringList &locations, const QString &password, QString *error)
{
    return m_users->addUser(name, role, locations, password, error);
}

bool SqlCentralStore::setPassword(const QString &name, const QString &password, QString *error)
{
    return m_users->setPassword(name, password, error);
}

bool SqlCentralStore::disableUser(const QString &name, QString *error)
{
    return m_users->disableUser(name, error);
}

std::optional<QString> SqlCentralStore::login(const QString &name, const QString &password,
                                              qint64 ttlMs, Principal *principal, QString *error)
{
    return m_users->login(name, password, ttlMs, principal, error);
}

std::optional<Principal> SqlCentralStore::principalForToken(const QString &token)
{
    return m_users->principalForToken(token);
}

bool SqlCentralStore::revokeTokens(const QString &tokenOrUser, int *revoked, QString *error)
{
    return m_users->revokeTokens(tokenOrUser, revoked, error);
}

bool SqlCentralStore::upsertLocations(const QList<domain::Location> &locations, QString *error)
{
    return m_catalogue->upsertLocations(locations, error);
}

QList<domain::Location> SqlCentralStore::locations()
{
    return m_catalogue->locations();
}

bool SqlCentralStore::upsertProducts(const QList<domain::Product> &products, QString *error)
{
    return m_catalogue->upsertProducts(products, error);
}

qint64 SqlCentralStore::catalogueVersion()
{
    return m_catalogue->catalogueVersion();
}

QList<domain::Product> SqlCentralStore::products(const QString &afterSku, int limit)
{
    return m_catalogue->products(afterSku, limit);
}

QList<StoredChange> SqlCentralStore::pushMovements(const QList<domain::Movement> &movements,
                                                   const Principal &principal, qint64 receivedAtMs,
                                                   QString *error)
{
    return m_ledger->push(movements, principal, receivedAtMs, error);
}

QList<StoredChange>
SqlCentralStore::pushDiscrepancyEvents(const QList<domain::DiscrepancyEvent> &events,
                                       const Principal &principal, qint64 receivedAtMs,
                                       QString *error)
{
    return m_ledger->pushEvents(events, principal, receivedAtMs, error);
}

QList<protocol::FeedChange> SqlCentralStore::discrepancyChanges(qint64 asOfSeq,
                                                                const Principal &principal)
{
    return m_reader->discrepancyChanges(asOfSeq, principal);
}

std::optional<QList<protocol::PublishSopResponse>>
SqlCentralStore::publishSops(const QList<protocol::PublishSopRequest> &requests,
                             const Principal &principal, qint64 nowMs, bool *badInput,
                             QString *error)
{
    return m_sops->publish(requests, principal, nowMs, badInput, error);
}

QList<StoredChange> SqlCentralStore::pushSopChanges(const QList<protocol::ChangeEnvelope> &changes,
                                                    const Principal &principal, qint64 receivedAtMs,
                                                    QString *error)
{
    return m_sops->push(changes, principal, receivedAtMs, error);
}

QList<protocol::SopVersion> SqlCentralStore::sopVersions(const QString &sopId, QString *error)
{
    return m_sops->versions(sopId, error);
}

std::optional<protocol::SopAcknowledgementReport>
SqlCentralStore::sopAcknowledgements(const QString &sopId, int version, const Principal &principal,
                                     QString *error)
{
    return m_sops->acknowledgements(sopId, version, principal, error);
}

bool SqlCentralStore::saveFunnelDays(const QList<domain::FunnelDay> &days, QString *error)
{
    return m_kpis->saveFunnelDays(days, error);
}

bool SqlCentralStore::saveSurveyResponses(const QList<domain::SurveyResponse> &responses,
                                          QString *error)
{
    return m_kpis->saveSurveyResponses(responses, error);
}

std::optional<domain::KpiReport> SqlCentralStore::kpiReport(const domain::KpiPeriod &period,
                                                            const QString &location, QString *error)
{
    return m_kpis->report(period, location, error);
}

QList<protocol::FeedChange> SqlCentralStore::feed(qint64 after, int limit,
                                                  const Principal &principal)
{
    return m_reader->feed(after, limit, principal);
}

qint64 SqlCentralStore::latestSeq()
{
    QString ignored;
    return m_reader->latestSeq(&ignored).value_or(0);
}

std::optional<domain::StockPosition> SqlCentralStore::level(const QString &location,
                                                            const QString &sku)
{
    return m_reader->level(location, sku);
}

QList<domain::StockPosition> SqlCentralStore::levelsAt(const QString &location, qint64 *asOfSeq)
{
    return m_reader->levelsAt(location, asOfSeq);
}

bool SqlCentralStore::snapshot(qint64 asOfSeq, const QString &after, int limit,
                               const Principal &principal, QList<domain::StockPosition> *levels,
                               QList<QByteArray> *movements, QString *nextAfter, QString *error)
{
    return m_reader->snapshot(asOfSeq, after, limit, principal, levels, movements, nextAfter,
                              error);
}

} // namespace stockroom::server
