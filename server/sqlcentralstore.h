#pragma once

#include "centralstore.h"
#include "sqltransaction.h"

#include <memory>

namespace stockroom::server {

class CatalogueStore;
class CentralLedger;
class LedgerReader;
class SopLedger;
class KpiStore;
class UserDirectory;

/**
 * The CentralStore on QtSql, for both drivers: SQLite (QSQLITE; WAL, synchronous=FULL, foreign
 * keys, 10 s busy timeout) and PostgreSQL (QPSQL). The SQL is shared; where the dialects differ
 * (types, batch row sources, locking) SqlDialect decides. It owns one connection, so it lives
 * and is used in one thread.
 */
class SqlCentralStore final : public CentralStore
{
public:
    static std::unique_ptr<SqlCentralStore> open(const DatabaseUrl &url,
                                                 const QString &connectionName, QString *error);
    ~SqlCentralStore() override;

    bool addUser(const QString &name, const QString &role, const QStringList &locations,
                 const QString &password, QString *error) override;
    bool setPassword(const QString &name, const QString &password, QString *error) override;
    bool disableUser(const QString &name, QString *error) override;
    std::optional<QString> login(const QString &name, const QString &password, qint64 ttlMs,
                                 Principal *principal, QString *error) override;
    std::optional<Principal> principalForToken(const QString &token) override;
    bool revokeTokens(const QString &tokenOrUser, int *revoked, QString *error) override;

    bool upsertLocations(const QList<domain::Location> &locations, QString *error) override;
    QList<domain::Location> locations() override;
    bool upsertProducts(const QList<domain::Product> &products, QString *error) override;
    qint64 catalogueVersion() override;
    QList<domain::Product> products(const QString &afterSku, int limit) override;

    QList<StoredChange> pushMovements(const QList<domain::Movement> &movements,
                                      const Principal &principal, qint64 receivedAtMs,
                                      QString *error) override;
    QList<StoredChange> pushDiscrepancyEvents(const QList<domain::DiscrepancyEvent> &events,
                                              const Principal &principal, qint64 receivedAtMs,
                                              QString *error) override;
    QList<protocol::FeedChange> discrepancyChanges(qint64 asOfSeq,
                                                   const Principal &principal) override;
    std::optional<QList<protocol::PublishSopResponse>>
    publishSops(const QList<protocol::PublishSopRequest> &requests, const Principal &principal,
                qint64 nowMs, bool *badInput, QString *error) override;
    QList<StoredChange> pushSopChanges(const QList<protocol::ChangeEnvelope> &changes,
                                       const Principal &principal, qint64 receivedAtMs,
                                       QString *error) override;
    QList<protocol::SopVersion> sopVersions(const QString &sopId, QString *error) override;
    std::optional<protocol::SopAcknowledgementReport>
    sopAcknowledgements(const QString &sopId, int version, const Principal &principal,
                        QString *error) override;
    bool saveFunnelDays(const QList<domain::FunnelDay> &days, QString *error) override;
    bool saveSurveyResponses(const QList<domain::SurveyResponse> &responses,
                             QString *error) override;
    std::optional<domain::KpiReport> kpiReport(const domain::KpiPeriod &period,
                                               const QString &location, QString *error) override;
    QList<protocol::FeedChange> feed(qint64 after, int limit, const Principal &principal) override;
    qint64 latestSeq() override;

    std::optional<domain::StockPosition> level(const QString &location,
                                               const QString &sku) override;
    QList<domain::StockPosition> levelsAt(const QString &location, qint64 *asOfSeq) override;
    bool snapshot(qint64 asOfSeq, const QString &after, int limit, const Principal &principal,
                  QList<domain::StockPosition> *levels, QList<QByteArray> *movements,
                  QString *nextAfter, QString *error) override;

private:
    SqlCentralStore(SqlConnection connection, std::shared_ptr<QMutex> sqliteWriteGate);
    static bool configure(const SqlConnection &connection, QString *error);

    std::shared_ptr<QMutex> m_sqliteWriteGate;
    SqlConnection m_connection;
    std::unique_ptr<UserDirectory> m_users;
    std::unique_ptr<CatalogueStore> m_catalogue;
    std::unique_ptr<CentralLedger> m_ledger;
    std::unique_ptr<LedgerReader> m_reader;
    std::unique_ptr<SopLedger> m_sops;
    std::unique_ptr<KpiStore> m_kpis;
};

} // namespace stockroom::server
