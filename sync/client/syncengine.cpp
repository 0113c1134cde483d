#include "syncengine.h"

#include "apiclient.h"
#include "changes.h"
#include "kpifigures.h"
#include "messages.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

#include <utility>

namespace stockroom::sync {

namespace {

constexpr int feedPage = 1000;
constexpr int snapshotPage = 2000;
constexpr int cataloguePage = 2000;
constexpr int longPollSeconds = 25;
constexpr int digestEveryCycles = 20;
constexpr qint64 lastSyncSaveIntervalMs = 5000;

// The chain-wide changes of a feed page or a snapshot (everything but movements), as the store
// takes them.
replica::ChainChanges chainChanges(const QList<protocol::FeedChange> &changes)
{
    replica::ChainChanges chain;
    for (const protocol::FeedChange &change : changes) {
        if (change.discrepancy) {
            const protocol::DiscrepancyNotice &n = *change.discrepancy;
            chain.discrepancies.append({n.id, n.type, n.location, n.sku, n.expected, n.actual,
                                        n.reason, n.sourceChange, n.createdAtMs});
        } else if (change.discrepancyEvent) {
            chain.events.append(*change.discrepancyEvent);
        } else if (change.sopVersion) {
            chain.sops.append({change.sopVersion->fileName, change.sopVersion->text.toUtf8(),
                               change.sopVersion->publishedAtMs});
        } else if (change.sopAck) {
            domain::SopAcknowledgement ack = *change.sopAck;
            ack.serverSeq = change.seq;
            chain.acks.append(ack);
        } else if (change.training) {
            domain::TrainingSession session = *change.training;
            session.serverSeq = change.seq;
            chain.trainings.append(session);
        }
    }
    return chain;
}

} // namespace

SyncEngine::SyncEngine(replica::SyncStore &store, QNetworkAccessManager *network, Clock clock,
                       QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_api(new ApiClient(network, this))
    , m_clock(clock ? std::move(clock) : [] { return QDateTime::currentMSecsSinceEpoch(); })
    , m_random(QRandomGenerator::securelySeeded())
    , m_backoff(std::chrono::milliseconds(500), std::chrono::seconds(30), &m_random)
{
    const replica::SyncState state = m_store.state();
    m_api->setServer(QUrl(state.serverUrl));
    m_status.pendingChanges = m_store.pendingCount();
    if (state.lastSyncMs > 0)
        m_status.lastSuccessfulSync = QDateTime::fromMSecsSinceEpoch(state.lastSyncMs, Qt::UTC);
    m_status.lastError = state.lastError;
    m_status.state = state.serverUrl.isEmpty() ? domain::SyncStatus::State::NotConnected
                                               : domain::SyncStatus::State::Offline;
    // Replicas that watch one feed advance their cycles in step: from a random phase they do not
    // all check their digests in the same cycle, parking their long-polls late all at once.
    m_cycles = int(m_random.bounded(digestEveryCycles));
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, [this] {
        if (m_watching)
            syncOnce();
    });
}

SyncEngine::~SyncEngine() = default;

void SyncEngine::setState(domain::SyncStatus::State state, const QString &error)
{
    m_status.state = state;
    m_status.pendingChanges = m_store.pendingCount();
    if (!error.isEmpty())
        m_status.lastError = error;
    Q_EMIT statusChanged(m_status);
}

bool SyncEngine::fail(const ApiReply &reply, const Done &done)
{
    if (m_cancelled) {
        done(false, tr("cancelled"));
        return true;
    }
    if (reply.ok())
        return false;
    done(false, reply.describe());
    return true;
}

void SyncEngine::login(const QUrl &server, const QString &user, const QString &password)
{
    if (!server.isValid()
        || (server.scheme() != QLatin1String("http")
            && server.scheme() != QLatin1String("https"))) {
        Q_EMIT loginFailed(
            tr("\"%1\" is not an http:// or https:// address").arg(server.toString()));
        return;
    }
    m_api->setServer(server);
    m_api->setToken({});
    setState(domain::SyncStatus::State::Connecting);
    m_api->send(
        "POST", QStringLiteral("/api/v1/login"), protocol::encodeLoginRequest({user, password}),
        [this, server](const ApiReply &reply) {
            if (!reply.ok()) {
                setState(domain::SyncStatus::State::Offline, reply.describe());
                Q_EMIT loginFailed(reply.describe());
                return;
            }
            protocol::DecodeError decodeError;
            const auto login = protocol::decodeLoginResponse(reply.body, &decodeError);
            if (!login) {
                Q_EMIT loginFailed(tr("unexpected login answer: %1").arg(decodeError.toString()));
                return;
            }
            replica::SyncState state = m_store.state();
            if (state.serverUrl != server.toString() || state.user != login->user)
                state.bootstrapped = false; // another server or user: start afresh
            state.serverUrl = server.toString();
            state.user = login->user;
            state.role = login->role;
            state.scope = login->locations;
            state.clockOffsetMs = login->serverTimeMs - m_clock();
            QString error;
            if (!m_store.saveState(state, &error)) {
                Q_EMIT loginFailed(error);
                return;
            }
            m_api->setToken(login->token);
            setState(domain::SyncStatus::State::Online);
            Q_EMIT loggedIn(login->token);
        });
}

void SyncEngine::setToken(const QString &token)
{
    m_api->setToken(token);
}

void SyncEngine::syncOnce()
{
    if (m_running)
        return;
    if (!m_api->hasToken() || m_api->server().isEmpty()) {
        Q_EMIT syncFinished(false, tr("not connected to a central IMS; connect first"));
        return;
    }
    m_running = true;
    if (m_status.state != domain::SyncStatus::State::Online)
        setState(domain::SyncStatus::State::Connecting);
    refreshReferenceData([this](bool ok, const QString &error) {
        if (!ok)
            return finishRound(false, error);
        bootstrapIfNeeded([this](bool ok, const QString &error) {
            if (!ok)
                return finishRound(false, error);
            pushAll([this](bool ok, const QString &error) {
                if (!ok)
                    return finishRound(false, error);
                pullAll(0, [this](bool ok, const QString &error) {
                    if (!ok)
                        return finishRound(false, error);
                    verifyDigests(
                        m_store.ownLocations(), false,
                        [this](bool ok, const QString &error) { finishRound(ok, error); });
                });
            });
        });
    });
}

void SyncEngine::finishRound(bool ok, const QString &roundError)
{
    m_running = false;
    const QString error = m_cancelled ? tr("cancelled") : roundError;
    if (m_cancelled)
        ok = false;
    m_cancelled = false;
    replica::SyncState state = m_store.state();
    if (ok) {
        state.lastSyncMs = m_clock();
        state.lastError.clear();
        m_status.lastSuccessfulSync = QDateTime::fromMSecsSinceEpoch(state.lastSyncMs, Qt::UTC);
        m_status.lastError.clear();
        m_backoff.reset();
    } else {
        state.lastError = error;
    }
    QString saveError;
    m_store.saveState(state, &saveError);
    setState(ok ? domain::SyncStatus::State::Online : domain::SyncStatus::State::Offline, error);
    Q_EMIT syncFinished(ok, error);
    if (!m_watching)
        return;
    if (ok)
        watchCycle();
    else
        m_retryTimer.start(int(m_backoff.nextDelay().count()));
}

void SyncEngine::startWatching()
{
    m_watching = true;
    syncOnce();
}

void SyncEngine::stopWatching()
{
    m_watching = false;
    m_retryTimer.stop();
    m_api->abortAll();
}

void SyncEngine::cancel()
{
    const bool wasRunning = m_running;
    m_watching = false;
    m_retryTimer.stop();
    if (!wasRunning) {
        m_api->abortAll(); // a parked long-poll of a watch cycle
        return;
    }
    m_cancelled = true;
    // The aborted request's callback ends the round (finishRound) with the cancellation.
    m_api->abortAll();
}

void SyncEngine::wakeUp()
{
    m_pushRequested = true;
    m_status.pendingChanges = m_store.pendingCount();
    Q_EMIT statusChanged(m_status);
    if (m_watching && !m_running)
        m_api->abortAll(); // ends the parked long-poll; the cycle pushes and polls again
}

void SyncEngine::watchCycle()
{
    if (!m_watching)
        return;
    m_running = true;
    m_pushRequested = false;
    pushAll([this](bool ok, const QString &error) {
        if (!ok)
            return finishRound(false, error);
        m_running = false;
        pullAll(longPollSeconds, [this](bool ok, const QString &error) {
            if (!m_watching)
                return;
            if (!ok && m_pushRequested)
                return watchCycle(); // the long-poll was cut short for a local change
            if (!ok) {
                m_running = true;
                return finishRound(false, error);
            }
            // Every cycle is a successful sync, shown at once; the replica keeps it for the
            // next start at most every few seconds, not with one more fsync per change.
            const qint64 now = m_clock();
            if (now - m_lastSyncSavedMs >= lastSyncSaveIntervalMs || now < m_lastSyncSavedMs) {
                replica::SyncState state = m_store.state();
                state.lastSyncMs = now;
                QString saveError;
                if (m_store.saveState(state, &saveError))
                    m_lastSyncSavedMs = now;
            }
            m_status.lastSuccessfulSync = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC);
            setState(domain::SyncStatus::State::Online);
            if (++m_cycles % digestEveryCycles == 0) {
                m_running = true;
                return verifyDigests(
                    m_store.ownLocations(), false,
                    [this](bool ok, const QString &error) { finishRound(ok, error); });
            }
            watchCycle();
        });
    });
}

void SyncEngine::refreshReferenceData(const Done &done)
{
    m_api->send(
        "GET", QStringLiteral("/api/v1/locations"), {}, [this, done](const ApiReply &reply) {
            if (fail(reply, done))
                return;
            protocol::DecodeError decodeError;
            const auto locations = protocol::decodeLocations(reply.body, &decodeError);
            if (!locations)
                return done(false,
                            tr("unexpected locations answer: %1").arg(decodeError.toString()));
            QString error;
            if (!m_store.saveLocations(*locations, m_store.state().scope, &error))
                return done(false, error);
            fetchCatalogue({}, done);
        });
}

void SyncEngine::fetchCatalogue(const QString &after, const Done &done)
{
    m_api->send("GET",
                QStringLiteral("/api/v1/catalogue?limit=%1&after=%2")
                    .arg(cataloguePage)
                    .arg(percentEncoded(after)),
                {}, [this, done](const ApiReply &reply) {
                    if (fail(reply, done))
                        return;
                    protocol::DecodeError decodeError;
                    const auto page = protocol::decodeCataloguePage(reply.body, &decodeError);
                    if (!page)
                        return done(
                            false,
                            tr("unexpected catalogue answer: %1").arg(decodeError.toString()));
                    QString error;
                    if (!m_store.saveProducts(page->products, &error))
                        return done(false, error);
                    if (page->nextAfter.isEmpty())
                        return done(true, {});
                    fetchCatalogue(page->nextAfter, done);
                });
}

void SyncEngine::bootstrapIfNeeded(const Done &done)
{
    if (m_store.state().bootstrapped)
        return done(true, {});
    QString error;
    if (!m_store.beginBootstrap(&error))
        return done(false, error);
    fetchSnapshot(done);
}

void SyncEngine::fetchSnapshot(const Done &done)
{
    // Ends once: with the first failure, or after the last page.
    auto ended = std::make_shared<bool>(false);
    const Done end = [this, ended, done](bool ok, const QString &error) {
        if (*ended)
            return;
        *ended = true;
        if (!ok)
            m_store.abandonBootstrap();
        m_store.setBulkWrites(false);
        done(ok, error);
    };
    m_store.setBulkWrites(true);
    fetchSnapshot(-1, {}, 0, ended, end);
}

// As with the feed, the next page is asked for before this one is applied, so central's reading
// and the replica's writing overlap; pages apply in order, and one that arrives after the
// bootstrap ended (a failure, or cancelled) is dropped unread.
void SyncEngine::fetchSnapshot(qint64 asOf, const QString &after, qint64 pages,
                               const std::shared_ptr<bool> &ended, const Done &end)
{
    QString path = QStringLiteral("/api/v1/snapshot?limit=%1").arg(snapshotPage);
    if (asOf >= 0)
        path += QStringLiteral("&as_of=%1&after=%2").arg(asOf).arg(percentEncoded(after));
    m_api->send(
        "GET", path, {},
        [this, ended, end, pages](const ApiReply &reply) {
            if (*ended || fail(reply, end))
                return;
            protocol::DecodeError decodeError;
            const auto page = protocol::decodeSnapshotPage(reply.body, &decodeError);
            if (!page)
                return end(false, tr("unexpected snapshot answer: %1").arg(decodeError.toString()));
            const bool last = page->nextAfter.isEmpty();
            if (!last)
                fetchSnapshot(page->asOfSeq, page->nextAfter, pages + 1, ended, end);
            QString error;
            const replica::ChainChanges chain = chainChanges(page->discrepancies);
            if (!m_store.applySnapshot(page->levels, page->movements, chain, &error))
                return end(false, error);
            if (!chain.sops.isEmpty())
                Q_EMIT sopsChanged();
            Q_EMIT progress(QStringLiteral("bootstrap"), pages + 1, 0);
            Q_EMIT replicaChanged();
            if (m_cancelled) // by a slot of progress(): the next page is not applied
                return end(false, tr("cancelled"));
            if (!last)
                return;
            if (!m_store.finishBootstrap(page->asOfSeq, &error))
                return end(false, error);
            end(true, {});
        },
        120000);
}

void SyncEngine::fetchSopAcknowledgements(const QString &sopId, int version,
                                          const AcknowledgementsDone &done)
{
    QString path
        = QStringLiteral("/api/v1/sops/acknowledgements?sop=%1").arg(percentEncoded(sopId));
    if (version > 0)
        path += QStringLiteral("&version=%1").arg(version);
    m_api->send("GET", path, {}, [done](const ApiReply &reply) {
        if (!reply.ok())
            return done(std::nullopt, reply.describe());
        protocol::DecodeError decodeError;
        const auto report = protocol::decodeSopAcknowledgementReport(reply.body, &decodeError);
        if (!report)
            return done(std::nullopt,
                        tr("unexpected acknowledgements answer: %1").arg(decodeError.toString()));
        done(report, {});
    });
}

void SyncEngine::fetchKpis(const domain::KpiPeriod &period, const QString &location,
                           const KpisDone &done)
{
    QString path = QStringLiteral("/api/v1/kpis?from=%1&to=%2")
                       .arg(period.from.toString(Qt::ISODate), period.to.toString(Qt::ISODate));
    if (!location.isEmpty())
        path += QStringLiteral("&location=%1").arg(percentEncoded(location));
    m_api->send("GET", path, {}, [done](const ApiReply &reply) {
        if (!reply.ok())
            return done(std::nullopt, 0, reply.describe());
        const QJsonObject json = QJsonDocument::fromJson(reply.body).object();
        QString error;
        const auto report = domain::kpiReportFromJson(json, &error);
        if (!report)
            return done(std::nullopt, 0, tr("unexpected KPI answer: %1").arg(error));
        done(report, json.value(QStringLiteral("as_of")).toInteger(), {});
    });
}

void SyncEngine::pullAll(int waitSeconds, const Done &done)
{
    // Ends once: with the first failure, or when a page reaches the server's latest seq.
    auto ended = std::make_shared<bool>(false);
    const Done end = [ended, done](bool ok, const QString &error) {
        if (*ended)
            return;
        *ended = true;
        done(ok, error);
    };
    pullPage(m_store.state().cursor, waitSeconds, ended, end);
}

// While a page that is not the last is applied, the next is already asked for (after that page's
// cursor), so central's reading and this replica's writing overlap. Pages are still applied in
// seq order, each with its cursor in one transaction; a page that arrives after the pull ended
// (its predecessor failed) is dropped unread.
void SyncEngine::pullPage(qint64 after, int waitSeconds, const std::shared_ptr<bool> &ended,
                          const Done &end)
{
    m_api->send(
        "GET",
        QStringLiteral("/api/v1/feed?after=%1&limit=%2&wait=%3")
            .arg(after)
            .arg(feedPage)
            .arg(waitSeconds),
        {},
        [this, ended, end](const ApiReply &reply) {
            if (*ended || fail(reply, end))
                return;
            protocol::DecodeError decodeError;
            const auto page = protocol::decodeFeedPage(reply.body, &decodeError);
            if (!page)
                return end(false, tr("unexpected feed answer: %1").arg(decodeError.toString()));
            // More to read now (a full page, or one short of the latest seq central saw): ask
            // again at once; otherwise this pull is done (a long-poll after it answers as soon
            // as there is more). A full page may hold seqs committed after central read its
            // latest, so a full page always asks again.
            const bool more = page->changes.size() >= feedPage
                              || (!page->changes.isEmpty() && page->next < page->latestSeq);
            if (more)
                pullPage(page->next, 0, ended, end);
            QList<domain::Movement> movements;
            for (const protocol::FeedChange &change : page->changes) {
                if (change.movement) {
                    domain::Movement m = *change.movement;
                    m.serverSeq = change.seq;
                    movements.append(m);
                }
            }
            const replica::ChainChanges chain = chainChanges(page->changes);
            QString error;
            if (!m_store.applyFeed(movements, chain, page->next, &error))
                return end(false, error);
            if (!chain.sops.isEmpty())
                Q_EMIT sopsChanged();
            if (!page->changes.isEmpty())
                Q_EMIT replicaChanged();
            if (!more)
                end(true, {});
        },
        (waitSeconds + 15) * 1000);
}

} // namespace stockroom::sync
