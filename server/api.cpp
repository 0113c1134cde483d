#include "api.h"

#include "apierror.h"
#include "changes.h"
#include "feedhub.h"
#include "health.h"
#include "levelsdigest.h"
#include "messages.h"
#include "rolepolicy.h"
#include "kpifigures.h"
#include "kpis.h"
#include "sops.h"
#include "stockroomversion.h"
#include "storecontext.h"
#include "workerpool.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace stockroom::server {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("stockroom::server::Api", text);
}

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

HttpResponse jsonResponse(int status, const QByteArray &body)
{
    HttpResponse response;
    response.status = status;
    response.body = body.toStdString();
    return response;
}

const char *errorCode(int status)
{
    switch (status) {
    case 400:
        return "bad_request";
    case 401:
        return "unauthorized";
    case 403:
        return "forbidden";
    case 404:
        return "not_found";
    case 405:
        return "method_not_allowed";
    case 409:
        return "conflict";
    case 413:
        return "too_large";
    case 422:
        return "unprocessable";
    case 429:
        return "too_many_requests";
    case 503:
        return "unavailable";
    default:
        return "internal_error";
    }
}

HttpResponse errorResponse(int status, const QString &message, int retryAfter = 0)
{
    HttpResponse response = jsonResponse(
        status, protocol::encodeApiError(
                    {status, QLatin1StringView(errorCode(status)), message, retryAfter}));
    if (retryAfter > 0)
        response.headers.emplace_back("Retry-After", std::to_string(retryAfter));
    return response;
}

// A query parameter as a whole number within [min, max]; the default when absent.
bool queryNumber(const HttpRequest &request, const char *key, qint64 defaultValue, qint64 min,
                 qint64 max, qint64 *value, QString *problem)
{
    const auto it = request.query.find(key);
    if (it == request.query.end()) {
        *value = defaultValue;
        return true;
    }
    bool ok = false;
    *value = QString::fromStdString(it->second).toLongLong(&ok);
    if (!ok || *value < min || *value > max) {
        *problem = tr("the query parameter %1 must be a whole number from %2 to %3")
                       .arg(QLatin1StringView(key))
                       .arg(min)
                       .arg(max);
        return false;
    }
    return true;
}

QString queryText(const HttpRequest &request, const char *key)
{
    const auto it = request.query.find(key);
    return it == request.query.end() ? QString() : QString::fromStdString(it->second);
}

// The desktop offers exactly what these allow (domain::roleCan).
// A push carries movements, discrepancy events, SOP acknowledgements and training sessions;
// every role acknowledges the SOPs it reads, so every role may push, and each item is checked
// for its own role.
const QStringList &pushRoles = domain::allRoles();
const QStringList publishRoles = domain::rolesWith(domain::Capability::PublishSops);
const QStringList reviewRoles = domain::rolesWith(domain::Capability::ReviewTraining);
const QStringList funnelRoles = domain::rolesWith(domain::Capability::PushShopData);
const QStringList kpiRoles = domain::rolesWith(domain::Capability::ViewCentralKpis);

bool isSopChange(const protocol::ChangeEnvelope &change)
{
    return change.sopAck.has_value() || change.training.has_value();
}
const QStringList adminRoles = domain::rolesWith(domain::Capability::ManageCatalogue);

} // namespace

/** One request in flight: what was asked, how to answer, and who asked. */
struct Api::Call
{
    HttpRequest request;
    Responder respond;
    QString user;

    void answer(HttpResponse response)
    {
        response.logUser = user.toStdString();
        respond(std::move(response));
    }
};

/** The per-worker context: one CentralStore (one QtSql connection) per pool thread. */
Api::Api(WorkerPool &pool, FeedHub &hub, ApiConfig config)
    : m_pool(pool)
    , m_hub(hub)
    , m_config(config)
{}

void Api::handle(HttpRequest request, Responder respond)
{
    auto call = std::make_shared<Call>(Call{std::move(request), std::move(respond), {}});
    dispatch(call);
}

void Api::dispatch(const std::shared_ptr<Call> &call)
{
    struct Route
    {
        const char *path;
        const char *methods;
        void (Api::*handler)(const std::shared_ptr<Call> &);
    };
    static const Route routes[] = {
        {"/api/v1/health", "GET", &Api::health},
        {"/api/v1/login", "POST", &Api::login},
        {"/api/v1/locations", "GET PUT", &Api::locations},
        {"/api/v1/catalogue", "GET PUT", &Api::catalogue},
        {"/api/v1/snapshot", "GET", &Api::snapshot},
        {"/api/v1/push", "POST", &Api::push},
        {"/api/v1/feed", "GET", &Api::feed},
        {"/api/v1/digest", "GET", &Api::digest},
        {"/api/v1/sops", "GET POST", &Api::sops},
        {"/api/v1/sops/acknowledgements", "GET", &Api::sopAcknowledgements},
        {"/api/v1/funnel", "POST", &Api::funnel},
        {"/api/v1/surveys", "POST", &Api::surveys},
        {"/api/v1/kpis", "GET", &Api::kpis},
    };
    const std::string &path = call->request.path;
    for (const Route &route : routes) {
        if (path != route.path)
            continue;
        const QStringList allowed = QString::fromLatin1(route.methods).split(QLatin1Char(' '));
        if (!allowed.contains(QString::fromStdString(call->request.method))) {
            HttpResponse response = errorResponse(
                405, tr("%1 does not accept this method; use %2")
                         .arg(QLatin1StringView(route.path), allowed.join(QStringLiteral(", "))));
            response.headers.emplace_back("Allow",
                                          allowed.join(QStringLiteral(", ")).toStdString());
            call->answer(std::move(response));
            return;
        }
        (this->*route.handler)(call);
        return;
    }
    call->answer(errorResponse(404, tr("there is no endpoint at this path; see docs/protocol.md")));
}

void Api::onWorker(const std::shared_ptr<Call> &call, std::function<void(CentralStore &)> work)
{
    const bool queued
        = m_pool.tryPost([call, work = std::move(work), this](WorkerContext &context) {
              auto &storeContext = static_cast<StoreContext &>(context);
              if (!storeContext.store) {
                  call->answer(errorResponse(503, tr("the database is not available"),
                                             m_config.retryAfterSeconds));
                  return;
              }
              work(*storeContext.store);
          });
    if (!queued) {
        call->answer(errorResponse(503, tr("the server is busy; try again shortly"),
                                   m_config.retryAfterSeconds));
    }
}

void Api::authorized(const std::shared_ptr<Call> &call, const QStringList &roles,
                     std::function<void(CentralStore &, const Principal &)> work)
{
    const QString header = QString::fromStdString(call->request.authorization);
    const QString prefix = QStringLiteral("Bearer ");
    if (!header.startsWith(prefix, Qt::CaseInsensitive) || header.size() <= prefix.size()) {
        HttpResponse response = errorResponse(
            401, tr("this endpoint needs \"Authorization: Bearer TOKEN\"; get a token from "
                    "POST /api/v1/login"));
        response.headers.emplace_back("WWW-Authenticate", "Bearer");
        call->answer(std::move(response));
        return;
    }
    const QString token = header.mid(prefix.size()).trimmed();
    onWorker(call, [call, token, roles, work = std::move(work)](CentralStore &store) {
        const auto principal = store.principalForToken(token);
        if (!principal) {
            HttpResponse response
                = errorResponse(401, tr("the token is unknown, expired or revoked; log in again"));
            response.headers.emplace_back("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            call->answer(std::move(response));
            return;
        }
        call->user = principal->user;
        if (!roles.isEmpty() && !roles.contains(principal->role)) {
            call->answer(
                errorResponse(403, tr("the role %1 may not do this").arg(principal->role)));
            return;
        }
        work(store, *principal);
    });
}

void Api::health(const std::shared_ptr<Call> &call)
{
    onWorker(call, [call](CentralStore &store) {
        const qint64 latest = store.latestSeq();
        call->answer(jsonResponse(
            200,
            protocol::encodeHealth({true, QLatin1StringView(versionString), nowMs(), latest})));
    });
}

void Api::login(const std::shared_ptr<Call> &call)
{
    protocol::DecodeError decodeError;
    const auto request
        = protocol::decodeLoginRequest(QByteArray::fromStdString(call->request.body), &decodeError);
    if (!request) {
        call->answer(errorResponse(400, tr("login body: %1").arg(decodeError.toString())));
        return;
    }
    onWorker(call, [call, request = *request, ttl = m_config.tokenTtlMs](CentralStore &store) {
        Principal principal;
        QString error;
        const auto token = store.login(request.user, request.password, ttl, &principal, &error);
        if (!token) {
            call->answer(
                errorResponse(401, tr("wrong user name or password, or the user is disabled")));
            return;
        }
        call->user = principal.user;
        call->answer(jsonResponse(
            200, protocol::encodeLoginResponse({*token, principal.tokenExpiresAtMs, principal.user,
                                                principal.role, principal.locations, nowMs()})));
    });
}

void Api::locations(const std::shared_ptr<Call> &call)
{
    if (call->request.method == "GET") {
        authorized(call, {}, [call](CentralStore &store, const Principal &) {
            call->answer(jsonResponse(200, protocol::encodeLocations(store.locations())));
        });
        return;
    }
    protocol::DecodeError decodeError;
    const auto locations
        = protocol::decodeLocations(QByteArray::fromStdString(call->request.body), &decodeError);
    if (!locations) {
        call->answer(errorResponse(400, tr("locations body: %1").arg(decodeError.toString())));
        return;
    }
    authorized(call, adminRoles,
               [call, locations = *locations](CentralStore &store, const Principal &) {
                   QString error;
                   if (!store.upsertLocations(locations, &error)) {
                       call->answer(errorResponse(422, error));
                       return;
                   }
                   call->answer(jsonResponse(200, protocol::encodeLocations(store.locations())));
               });
}

void Api::catalogue(const std::shared_ptr<Call> &call)
{
    if (call->request.method == "PUT") {
        protocol::DecodeError decodeError;
        const auto products
            = protocol::decodeProducts(QByteArray::fromStdString(call->request.body), &decodeError);
        if (!products) {
            call->answer(errorResponse(400, tr("catalogue body: %1").arg(decodeError.toString())));
            return;
        }
        if (products->size() > m_config.maxBatch) {
            call->answer(
                errorResponse(413, tr("at most %1 products per request").arg(m_config.maxBatch)));
            return;
        }
        authorized(call, adminRoles,
                   [call, products = *products](CentralStore &store, const Principal &) {
                       QString error;
                       if (!store.upsertProducts(products, &error)) {
                           call->answer(errorResponse(422, error));
                           return;
                       }
                       call->answer(jsonResponse(
                           200, protocol::encodeCataloguePage({store.catalogueVersion(), {}, {}})));
                   });
        return;
    }
    qint64 limit = 0;
    QString problem;
    if (!queryNumber(call->request, "limit", 1000, 1, m_config.maxPageLimit, &limit, &problem)) {
        call->answer(errorResponse(400, problem));
        return;
    }
    const QString after = queryText(call->request, "after");
    authorized(call, {}, [call, after, limit](CentralStore &store, const Principal &) {
        protocol::CataloguePage page;
        page.version = store.catalogueVersion();
        page.products = store.products(after, int(limit) + 1);
        if (page.products.size() > limit) {
            page.products.removeLast();
            page.nextAfter = page.products.constLast().sku;
        }
        call->answer(jsonResponse(200, protocol::encodeCataloguePage(page)));
    });
}

void Api::snapshot(const std::shared_ptr<Call> &call)
{
    qint64 asOf = 0;
    qint64 limit = 0;
    QString problem;
    if (!queryNumber(call->request, "as_of", -1, -1, std::numeric_limits<qint64>::max(), &asOf,
                     &problem)
        || !queryNumber(call->request, "limit", 2000, 1, m_config.maxPageLimit, &limit, &problem)) {
        call->answer(errorResponse(400, problem));
        return;
    }
    const QString after = queryText(call->request, "after");
    authorized(call, {},
               [call, asOf, limit, after](CentralStore &store, const Principal &principal) {
                   protocol::SnapshotPage page;
                   page.asOfSeq = asOf < 0 ? store.latestSeq() : asOf;
                   QString error;
                   if (!store.snapshot(page.asOfSeq, after, int(limit), principal, &page.levels,
                                       &page.encodedMovements, &page.nextAfter, &error)) {
                       call->answer(errorResponse(422, error));
                       return;
                   }
                   if (after.isEmpty())
                       page.discrepancies = store.discrepancyChanges(page.asOfSeq, principal);
                   call->answer(jsonResponse(200, protocol::encodeSnapshotPage(page)));
               });
}

void Api::push(const std::shared_ptr<Call> &call)
{
    protocol::DecodeError decodeError;
    const auto request
        = protocol::decodePushRequest(QByteArray::fromStdString(call->request.body), &decodeError);
    if (!request) {
        call->answer(errorResponse(400, tr("push body: %1").arg(decodeError.toString())));
        return;
    }
    if (request->changes.size() > m_config.maxBatch) {
        call->answer(errorResponse(413, tr("a push may carry at most %1 changes; this one has %2")
                                            .arg(m_config.maxBatch)
                                            .arg(request->changes.size())));
        return;
    }
    authorized(
        call, pushRoles,
        [this, call, request = *request](CentralStore &store, const Principal &principal) {
            QList<domain::Movement> movements;
            QList<domain::DiscrepancyEvent> events;
            QList<protocol::ChangeEnvelope> sopChanges;
            for (const protocol::ChangeEnvelope &change : request.changes) {
                if (change.problem.isEmpty() && change.movement)
                    movements.append(*change.movement);
                else if (change.problem.isEmpty() && change.discrepancyEvent)
                    events.append(*change.discrepancyEvent);
                else if (change.problem.isEmpty() && isSopChange(change))
                    sopChanges.append(change);
            }
            QString error;
            const qint64 receivedAt = nowMs();
            const QList<StoredChange> stored
                = store.pushMovements(movements, principal, receivedAt, &error);
            const QList<StoredChange> storedEvents
                = error.isEmpty()
                      ? store.pushDiscrepancyEvents(events, principal, receivedAt, &error)
                      : QList<StoredChange>{};
            const QList<StoredChange> storedSop
                = error.isEmpty() ? store.pushSopChanges(sopChanges, principal, receivedAt, &error)
                                  : QList<StoredChange>{};
            if (!error.isEmpty()) {
                call->answer(errorResponse(503,
                                           tr("the changes could not be stored: %1").arg(error),
                                           m_config.retryAfterSeconds));
                return;
            }
            protocol::PushResponse response;
            response.serverTimeMs = nowMs();
            qsizetype next = 0;
            qsizetype nextEvent = 0;
            qsizetype nextSop = 0;
            QString conflict;
            for (const protocol::ChangeEnvelope &change : request.changes) {
                if (!change.problem.isEmpty()
                    || (!change.movement && !change.discrepancyEvent && !isSopChange(change))) {
                    response.results.append(
                        {change.id, protocol::PushStatus::Rejected, 0, change.problem});
                    continue;
                }
                const QList<StoredChange> &outcomes = change.movement ? stored
                                                      : change.discrepancyEvent ? storedEvents
                                                                                : storedSop;
                qsizetype &index = change.movement ? next
                                   : change.discrepancyEvent ? nextEvent
                                                             : nextSop;
                if (index >= outcomes.size()) {
                    // A store that answered without an outcome per change: nothing is known.
                    call->answer(errorResponse(503, tr("the changes could not be stored"),
                                               m_config.retryAfterSeconds));
                    return;
                }
                const StoredChange &outcome = outcomes.at(index++);
                response.results.append({outcome.id, outcome.status, outcome.seq, outcome.reason});
                if (outcome.conflict && conflict.isEmpty())
                    conflict = outcome.reason;
            }
            m_hub.publish(store.latestSeq());
            if (conflict.isEmpty()) {
                call->answer(jsonResponse(200, protocol::encodePushResponse(response)));
                return;
            }
            // The conflicting change is refused with 409; the body still carries every item's
            // outcome, because the other changes of the batch were stored.
            response.error = protocol::ApiError{409, QStringLiteral("conflict"), conflict, 0};
            call->answer(jsonResponse(409, protocol::encodePushResponse(response)));
        });
}

void Api::feed(const std::shared_ptr<Call> &call)
{
    qint64 after = 0;
    qint64 limit = 0;
    qint64 wait = 0;
    QString problem;
    if (!queryNumber(call->request, "after", 0, 0, std::numeric_limits<qint64>::max(), &after,
                     &problem)
        || !queryNumber(call->request, "limit", m_config.defaultFeedLimit, 1, m_config.maxFeedLimit,
                        &limit, &problem)
        || !queryNumber(call->request, "wait", 0, 0, m_config.maxWaitSeconds, &wait, &problem)) {
        call->answer(errorResponse(400, problem));
        return;
    }
    authorized(call, {},
               [this, call, after, limit, wait](CentralStore &store, const Principal &principal) {
                   Q_UNUSED(store);
                   runFeedQuery(call, after, int(limit),
                                std::chrono::steady_clock::now() + std::chrono::seconds(wait),
                                principal);
               });
}

void Api::runFeedQuery(const std::shared_ptr<Call> &call, qint64 after, int limit,
                       std::chrono::steady_clock::time_point deadline, const Principal &principal)
{
    onWorker(call, [this, call, after, limit, deadline, principal](CentralStore &store) {
        // latest is read first: every seq up to it is committed (DESIGN.md §5), so once the
        // feed query found nothing more for this token, the cursor may move up to it.
        const qint64 latest = store.latestSeq();
        protocol::FeedPage page;
        page.changes = store.feed(after, limit, principal);
        page.latestSeq = latest;
        const bool complete = page.changes.size() < limit;
        page.next
            = std::max(after, page.changes.isEmpty() ? qint64(0) : page.changes.constLast().seq);
        if (complete)
            page.next = std::max(page.next, latest);

        const auto remaining = std::chrono::duration_cast<std::chrono::milliseconds>(
            deadline - std::chrono::steady_clock::now());
        if (!page.changes.isEmpty() || remaining.count() <= 0) {
            call->answer(jsonResponse(200, protocol::encodeFeedPage(page)));
            return;
        }
        // Nothing new for this token and it may wait: park until a newer seq commits. A wake
        // by another location's change queries again and parks for the rest of the wait.
        const qint64 seenUpTo = page.next;
        const bool parked
            = m_hub.park(seenUpTo, latest, remaining,
                         [this, call, seenUpTo, limit, deadline, principal](bool changed) {
                             if (changed) {
                                 runFeedQuery(call, seenUpTo, limit, deadline, principal);
                                 return;
                             }
                             protocol::FeedPage empty;
                             empty.next = seenUpTo;
                             empty.latestSeq = std::max(seenUpTo, m_hub.latest());
                             call->answer(jsonResponse(200, protocol::encodeFeedPage(empty)));
                         });
        if (!parked) {
            call->answer(errorResponse(503, tr("too many clients are waiting for changes"),
                                       m_config.retryAfterSeconds));
        }
    });
}

void Api::digest(const std::shared_ptr<Call> &call)
{
    const QString location = queryText(call->request, "location");
    if (location.isEmpty()) {
        call->answer(errorResponse(400, tr("give the location: /api/v1/digest?location=CODE")));
        return;
    }
    authorized(call, {}, [call, location](CentralStore &store, const Principal &principal) {
        if (!principal.mayAccess(location)) {
            call->answer(
                errorResponse(403, tr("this token may not see location %1").arg(location)));
            return;
        }
        protocol::LevelsDigest digest;
        digest.location = location;
        const QList<domain::StockPosition> levels = store.levelsAt(location, &digest.asOfSeq);
        digest.positions = levels.size();
        digest.digest = domain::levelsDigest(levels);
        call->answer(jsonResponse(200, protocol::encodeLevelsDigest(digest)));
    });
}

void Api::sops(const std::shared_ptr<Call> &call)
{
    if (call->request.method == "GET") {
        const QString sopId = queryText(call->request, "sop");
        authorized(call, {}, [call, sopId](CentralStore &store, const Principal &) {
            QString error;
            const QList<protocol::SopVersion> versions = store.sopVersions(sopId, &error);
            if (!error.isEmpty()) {
                call->answer(errorResponse(503, tr("the SOPs could not be read: %1").arg(error)));
                return;
            }
            QJsonArray list;
            for (const protocol::SopVersion &sop : versions)
                list.append(protocol::encodeSopVersion(sop));
            call->answer(jsonResponse(
                200, QJsonDocument(QJsonObject{{QStringLiteral("sops"), list}})
                         .toJson(QJsonDocument::Compact)));
        });
        return;
    }
    protocol::DecodeError decodeError;
    const auto request = protocol::decodePublishSopRequest(
        QByteArray::fromStdString(call->request.body), &decodeError);
    if (!request) {
        call->answer(errorResponse(400, tr("SOP body: %1").arg(decodeError.toString())));
        return;
    }
    authorized(call, publishRoles,
               [this, call, request = *request](CentralStore &store, const Principal &principal) {
                   bool badInput = false;
                   QString error;
                   const auto published
                       = store.publishSops({request}, principal, nowMs(), &badInput, &error);
                   if (!published || published->size() != 1) {
                       call->answer(badInput ? errorResponse(422, error)
                                             : errorResponse(503,
                                                             tr("the SOP could not be stored: %1")
                                                                 .arg(error),
                                                             m_config.retryAfterSeconds));
                       return;
                   }
                   m_hub.publish(store.latestSeq());
                   const protocol::PublishSopResponse &answer = published->constFirst();
                   call->answer(jsonResponse(answer.unchanged ? 200 : 201,
                                             protocol::encodePublishSopResponse(answer)));
               });
}

void Api::sopAcknowledgements(const std::shared_ptr<Call> &call)
{
    const QString sopId = queryText(call->request, "sop");
    const QString versionText = queryText(call->request, "version");
    bool versionOk = true;
    const int version = versionText.isEmpty() ? 0 : versionText.toInt(&versionOk);
    if (sopId.isEmpty() || !versionOk || version < 0) {
        call->answer(errorResponse(
            400, tr("give the SOP and optionally a version: "
                    "/api/v1/sops/acknowledgements?sop=ID&version=N")));
        return;
    }
    authorized(call, reviewRoles,
               [call, sopId, version](CentralStore &store, const Principal &principal) {
                   QString error;
                   auto report = store.sopAcknowledgements(sopId, version, principal, &error);
                   if (!report) {
                       call->answer(errorResponse(404, error));
                       return;
                   }
                   report->asOfMs = nowMs();
                   call->answer(
                       jsonResponse(200, protocol::encodeSopAcknowledgementReport(*report)));
               });
}

void Api::funnel(const std::shared_ptr<Call> &call)
{
    protocol::DecodeError decodeError;
    const auto days
        = protocol::decodeFunnelDays(QByteArray::fromStdString(call->request.body), &decodeError);
    if (!days) {
        call->answer(errorResponse(400, tr("funnel body: %1").arg(decodeError.toString())));
        return;
    }
    authorized(call, funnelRoles, [this, call, days = *days](CentralStore &store, const Principal &) {
        QString error;
        if (!store.saveFunnelDays(days, &error)) {
            call->answer(errorResponse(503, tr("the funnel days could not be stored: %1").arg(error),
                                       m_config.retryAfterSeconds));
            return;
        }
        call->answer(jsonResponse(
            200, QJsonDocument(QJsonObject{{QStringLiteral("stored"), days.size()}})
                     .toJson(QJsonDocument::Compact)));
    });
}

void Api::surveys(const std::shared_ptr<Call> &call)
{
    protocol::DecodeError decodeError;
    const auto responses = protocol::decodeSurveyResponses(
        QByteArray::fromStdString(call->request.body), &decodeError);
    if (!responses) {
        call->answer(errorResponse(400, tr("surveys body: %1").arg(decodeError.toString())));
        return;
    }
    authorized(call, funnelRoles,
               [this, call, responses = *responses](CentralStore &store, const Principal &) {
                   QSet<QString> known;
                   for (const domain::Location &l : store.locations())
                       known.insert(l.code);
                   for (qsizetype i = 0; i < responses.size(); ++i) {
                       const QString &location = responses.at(i).location;
                       if (!location.isEmpty() && !known.contains(location)) {
                           call->answer(errorResponse(
                               422, tr("responses[%1].location: location %2 does not exist")
                                        .arg(i)
                                        .arg(location)));
                           return;
                       }
                   }
                   QString error;
                   if (!store.saveSurveyResponses(responses, &error)) {
                       call->answer(errorResponse(
                           503, tr("the survey responses could not be stored: %1").arg(error),
                           m_config.retryAfterSeconds));
                       return;
                   }
                   call->answer(jsonResponse(
                       200, QJsonDocument(QJsonObject{{QStringLiteral("stored"), responses.size()}})
                                .toJson(QJsonDocument::Compact)));
               });
}

void Api::kpis(const std::shared_ptr<Call> &call)
{
    const QString fromText = queryText(call->request, "from");
    const QString toText = queryText(call->request, "to");
    const QString location = queryText(call->request, "location");
    const domain::KpiPeriod period{QDate::fromString(fromText, Qt::ISODate),
                                   QDate::fromString(toText, Qt::ISODate)};
    if (!period.isValid()) {
        call->answer(errorResponse(
            400, tr("give the period as dates, from before to: "
                    "/api/v1/kpis?from=YYYY-MM-DD&to=YYYY-MM-DD[&location=CODE]")));
        return;
    }
    if (period.days() > 366) {
        call->answer(errorResponse(400, tr("a KPI period is at most 366 days; this one has %1")
                                            .arg(period.days())));
        return;
    }
    authorized(call, kpiRoles,
               [call, period, location](CentralStore &store, const Principal &principal) {
                   if (location.isEmpty() ? !principal.locations.isEmpty()
                                          : !principal.mayAccess(location)) {
                       call->answer(errorResponse(
                           403, location.isEmpty()
                                    ? tr("chain-wide figures need a head-office sign-in; give "
                                         "one of your locations with location=CODE")
                                    : tr("this token may not see location %1").arg(location)));
                       return;
                   }
                   QString error;
                   const auto report = store.kpiReport(period, location, &error);
                   if (!report) {
                       call->answer(errorResponse(503, tr("the KPIs could not be computed: %1")
                                                           .arg(error)));
                       return;
                   }
                   call->answer(jsonResponse(
                       200, QJsonDocument(domain::kpiReportToJson(*report, QStringLiteral("central"),
                                                                  nowMs()))
                                .toJson(QJsonDocument::Compact)));
               });
}

} // namespace stockroom::server
