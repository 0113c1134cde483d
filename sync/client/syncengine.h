#pragma once

#include "backoff.h"
#include "kpireport.h"
#include "sops.h"
#include "syncstatus.h"
#include "syncstore.h"

#include <QObject>
#include <QTimer>
#include <QUrl>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace stockroom::protocol {
struct LevelsDigest;
}

namespace stockroom::sync {

class ApiClient;
struct ApiReply;

/**
 * Reconciles the local replica with the central IMS (DESIGN.md §4–6): bootstraps an empty
 * replica from a snapshot, pushes the outbox in order, pulls the feed (long-polling while
 * watching) applying each page with its cursor in one transaction, compares level digests and
 * rebuilds a replica that drifted, and backs off with jitter while the server is unreachable.
 * The network access manager and the clock are injected.
 */
class SyncEngine : public QObject
{
    Q_OBJECT

public:
    using Clock = std::function<qint64()>;

    SyncEngine(replica::SyncStore &store, QNetworkAccessManager *network, Clock clock = {},
               QObject *parent = nullptr);
    ~SyncEngine() override;

    /** Logs in; on success remembers server, user, role and scope, and emits loggedIn(token). */
    void login(const QUrl &server, const QString &user, const QString &password);
    /** The token from an earlier login (kept by the caller, e.g. in a TokenStore). */
    void setToken(const QString &token);

    /** One full round: reference data, bootstrap if needed, push, pull, digest check. */
    void syncOnce();
    /** Syncs, then keeps long-polling and pushing until stopWatching(); retries when offline. */
    void startWatching();
    void stopWatching();
    /**
     * Stops the current round and watching, at once. Nothing is lost: pending changes stay in
     * the outbox, and a bootstrap cut short leaves the replica marked not bootstrapped, so the
     * next sync downloads the snapshot again from the start. syncFinished(false, …) follows.
     */
    void cancel();
    /** A local change was recorded: push it now instead of at the next wake-up. */
    void wakeUp();

    /**
     * Asks central who has and has not acknowledged a version of an SOP (the latest when
     * version is 0); done gets the report, or nothing and a sentence saying why.
     */
    using AcknowledgementsDone = std::function<void(
        const std::optional<protocol::SopAcknowledgementReport> &report, const QString &error)>;
    void fetchSopAcknowledgements(const QString &sopId, int version,
                                  const AcknowledgementsDone &done);

    /**
     * Asks central for the KPI report of a period and location (empty: the chain); done gets
     * the report and when central computed it, or nothing and a sentence saying why.
     */
    using KpisDone = std::function<void(const std::optional<domain::KpiReport> &report,
                                        qint64 asOfMs, const QString &error)>;
    void fetchKpis(const domain::KpiPeriod &period, const QString &location, const KpisDone &done);

    const domain::SyncStatus &status() const { return m_status; }
    bool isWatching() const { return m_watching; }

Q_SIGNALS:
    void loggedIn(const QString &token);
    void loginFailed(const QString &message);
    void syncFinished(bool ok, const QString &error);
    void statusChanged(const stockroom::domain::SyncStatus &status);
    /** What the engine is doing, for progress display ("bootstrap", done, total). */
    void progress(const QString &stage, qint64 done, qint64 total);
    /** Bootstrap pages and pulled changes were applied: views should reload. */
    void replicaChanged();
    /** The feed brought new SOP versions: staff may have SOPs to (re-)acknowledge. */
    void sopsChanged();

private:
    using Done = std::function<void(bool ok, const QString &error)>;

    void refreshReferenceData(const Done &done);
    void fetchCatalogue(const QString &after, const Done &done);
    void bootstrapIfNeeded(const Done &done);
    /** The whole snapshot, page after page, into the replica. */
    void fetchSnapshot(const Done &done);
    void fetchSnapshot(qint64 asOf, const QString &after, qint64 pages,
                       const std::shared_ptr<bool> &ended, const Done &end);
    struct PushBatch;
    struct PushRound;
    void pushAll(const Done &done);
    PushBatch preparePush(qint64 afterOutboxSeq) const;
    void pushFrom(const std::shared_ptr<PushRound> &round);
    void sendPush(const std::shared_ptr<PushRound> &round, const PushBatch &batch);
    void applyPushAnswer(const std::shared_ptr<PushRound> &round, const ApiReply &reply, bool last);
    void pullAll(int waitSeconds, const Done &done);
    void pullPage(qint64 after, int waitSeconds, const std::shared_ptr<bool> &ended,
                  const Done &end);
    void verifyDigests(const QStringList &locations, bool repaired, const Done &done);
    /** This replica's levels digests of a verify round, in the order of its locations. */
    struct LocalDigests
    {
        qint64 cursor = 0; ///< the feed position they were computed at
        QStringList digests;
    };
    LocalDigests localDigests(const QStringList &locations) const;
    void compareDigests(const QStringList &locations, const QList<protocol::LevelsDigest> &digests,
                        const LocalDigests &local, bool repaired, const Done &done);
    void finishRound(bool ok, const QString &error);
    void watchCycle();
    void setState(domain::SyncStatus::State state, const QString &error = {});
    bool fail(const ApiReply &reply, const Done &done);

    replica::SyncStore &m_store;
    ApiClient *m_api;
    Clock m_clock;
    QRandomGenerator m_random;
    Backoff m_backoff;
    QTimer m_retryTimer;
    domain::SyncStatus m_status;
    bool m_running = false;
    bool m_watching = false;
    bool m_pushRequested = false;
    bool m_cancelled = false;
    int m_cycles = 0;
    qint64 m_lastSyncSavedMs = 0; ///< when a watching cycle last stored lastSyncMs
};

} // namespace stockroom::sync
