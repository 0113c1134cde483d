#pragma once

#include "changes.h"
#include "kpireport.h"
#include "databaseurl.h"
#include "location.h"
#include "movement.h"
#include "product.h"
#include "sops.h"
#include "stockposition.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace stockroom::server {

/** The roles of DESIGN.md §3 ("store_manager", "ecommerce", "trainer", "auditor", "admin",
 * "staff"). */
const QStringList &knownRoles();

/** Who a valid bearer token belongs to, and what it may see. */
struct Principal
{
    QString user;
    QString role;
    QStringList locations; ///< empty: every location (admin, auditor, ecommerce, trainer)
    qint64 tokenExpiresAtMs = 0;

    bool mayAccess(const QString &location) const
    {
        return locations.isEmpty() || locations.contains(location);
    }
};

/** The outcome of one pushed change. */
struct StoredChange
{
    QUuid id;
    protocol::PushStatus status = protocol::PushStatus::Rejected;
    qint64 seq = 0;
    QString reason;
    /** Rejected because a change with this id but another body is stored (HTTP 409). */
    bool conflict = false;
};

/**
 * The central database of stockroomd, behind one interface with two drivers (SQLite, the
 * embedded default, and PostgreSQL). One instance owns one QtSql connection and is used from
 * one thread only (a worker of the pool). Every accepted change gets a server_seq; seqs become
 * visible to readers strictly in order (DESIGN.md §5), also across several stockroomd processes
 * sharing one PostgreSQL database.
 */
class CentralStore
{
public:
    virtual ~CentralStore() = default;

    /** Opens (and migrates) the database; connectionName must be unique per thread. */
    static std::unique_ptr<CentralStore> open(const DatabaseUrl &url, const QString &connectionName,
                                              QString *error);

    // Users and tokens
    virtual bool addUser(const QString &name, const QString &role, const QStringList &locations,
                         const QString &password, QString *error)
        = 0;
    /** Sets a new password and revokes every token of the user (sessions of the old one). */
    virtual bool setPassword(const QString &name, const QString &password, QString *error) = 0;
    /** Disables the user and revokes every token of theirs. */
    virtual bool disableUser(const QString &name, QString *error) = 0;
    /** Checks the password (PBKDF2-HMAC-SHA256); a new random token, stored hashed. */
    virtual std::optional<QString> login(const QString &name, const QString &password, qint64 ttlMs,
                                         Principal *principal, QString *error)
        = 0;
    virtual std::optional<Principal> principalForToken(const QString &token) = 0;
    /** Revokes one token (given in full) or every token of a user (given by name). */
    virtual bool revokeTokens(const QString &tokenOrUser, int *revoked, QString *error) = 0;

    // Locations and catalogue
    virtual bool upsertLocations(const QList<domain::Location> &locations, QString *error) = 0;
    virtual QList<domain::Location> locations() = 0;
    /** Stores products and bumps the catalogue version; nothing on error. */
    virtual bool upsertProducts(const QList<domain::Product> &products, QString *error) = 0;
    virtual qint64 catalogueVersion() = 0;
    virtual QList<domain::Product> products(const QString &afterSku, int limit) = 0;

    // Changes
    /**
     * Stores a batch of movements, each with its outcome: accepted (new seq), duplicate (same
     * id and body: the original seq) or rejected (unknown location or SKU, invalid, outside
     * the principal's scope, same id with another body). An accepted movement that drives
     * on-hand below zero, or a reserve beyond available, also appends a discrepancy change;
     * a rejected one appends a "rejected_change" discrepancy. One transaction, seqs in order.
     */
    virtual QList<StoredChange> pushMovements(const QList<domain::Movement> &movements,
                                              const Principal &principal, qint64 receivedAtMs,
                                              QString *error)
        = 0;
    /**
     * Stores a batch of discrepancy events (DESIGN.md §3: each discrepancy is an append-only
     * log), each accepted, duplicate (same id and body) or rejected (invalid, outside the
     * principal's scope or role, same id with another body: a conflict). One transaction.
     */
    virtual QList<StoredChange> pushDiscrepancyEvents(
        const QList<domain::DiscrepancyEvent> &events, const Principal &principal,
        qint64 receivedAtMs, QString *error)
        = 0;
    /**
     * The discrepancy queue of the principal's locations as of asOfSeq: central's notices and
     * every discrepancy event, in seq order, and the chain-wide SOP changes (versions,
     * acknowledgements, training sessions): what a bootstrap's first page carries.
     */
    virtual QList<protocol::FeedChange> discrepancyChanges(qint64 asOfSeq,
                                                           const Principal &principal)
        = 0;
    // SOPs (issue 7)
    /** Publishes SOP files as new versions, all or nothing (SopLedger::publish). */
    virtual std::optional<QList<protocol::PublishSopResponse>>
    publishSops(const QList<protocol::PublishSopRequest> &requests, const Principal &principal,
                qint64 nowMs, bool *badInput, QString *error)
        = 0;
    /** Stores pushed SOP acknowledgements and training sessions, each with its outcome. */
    virtual QList<StoredChange> pushSopChanges(const QList<protocol::ChangeEnvelope> &changes,
                                               const Principal &principal, qint64 receivedAtMs,
                                               QString *error)
        = 0;
    /** Every published version of one SOP (of all when sopId is empty). */
    virtual QList<protocol::SopVersion> sopVersions(const QString &sopId, QString *error) = 0;
    /** Who has and has not acknowledged a version (the latest when version is 0). */
    virtual std::optional<protocol::SopAcknowledgementReport>
    sopAcknowledgements(const QString &sopId, int version, const Principal &principal,
                        QString *error)
        = 0;

    // KPIs (issue 8)
    /** Stores ecommerce funnel days (a day and channel again replaces it); all or nothing. */
    virtual bool saveFunnelDays(const QList<domain::FunnelDay> &days, QString *error) = 0;
    /** Stores survey responses (the same id again replaces it); all or nothing. */
    virtual bool saveSurveyResponses(const QList<domain::SurveyResponse> &responses,
                                     QString *error)
        = 0;
    /** The chain-wide (location empty) or one location's KPI report of a period. */
    virtual std::optional<domain::KpiReport>
    kpiReport(const domain::KpiPeriod &period, const QString &location, QString *error) = 0;

    /**
     * Changes with seq > after in seq order, at most limit, only of the given locations and
     * the chain-wide ones (location "").
     */
    virtual QList<protocol::FeedChange> feed(qint64 after, int limit, const Principal &principal)
        = 0;
    virtual qint64 latestSeq() = 0;

    // Levels
    virtual std::optional<domain::StockPosition> level(const QString &location, const QString &sku)
        = 0;
    /** The levels of a location as of now, and the seq they include. */
    virtual QList<domain::StockPosition> levelsAt(const QString &location, qint64 *asOfSeq) = 0;
    /**
     * Levels of every location and the principal's ledger as of asOfSeq, page by page: after is
     * empty or the opaque nextAfter of the previous page. Fails for a seq not reached yet. The
     * movements come as GET /api/v1/snapshot sends them: JSON objects with their server_seq,
     * spliced from the stored bodies rather than decoded and written again.
     */
    virtual bool snapshot(qint64 asOfSeq, const QString &after, int limit,
                          const Principal &principal, QList<domain::StockPosition> *levels,
                          QList<QByteArray> *movements, QString *nextAfter, QString *error)
        = 0;
};

} // namespace stockroom::server
