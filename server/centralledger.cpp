#include "centralledger.h"

#include "changes.h"
#include "rolepolicy.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace stockroom::server {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("stockroom::server::CentralLedger", text);
}

const QLatin1StringView text("text");
const QLatin1StringView bigint("bigint");
const QLatin1StringView uuid("uuid");
const QString movementKind = QStringLiteral("movement");
const QString discrepancyKind = QStringLiteral("discrepancy");
const QString discrepancyEventKind = QStringLiteral("discrepancy_event");

QString idText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

QByteArray bodyJson(const QJsonObject &body)
{
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

// A discrepancy raised by a movement has an id derived from the movement's, so pushing a rejected
// movement again does not raise the same discrepancy twice.
QUuid discrepancyId(const QUuid &movement, const QString &type)
{
    return QUuid::createUuidV5(movement, type);
}

bool sameMovement(const QString &storedBody, const domain::Movement &movement)
{
    protocol::DecodeError ignored;
    auto stored = protocol::decodeMovementJson(storedBody.toUtf8(), &ignored);
    if (!stored)
        return false;
    stored->serverSeq.reset();
    return *stored == movement;
}

} // namespace

// The stored changes of a list of ids (idsParameter): on PostgreSQL a text array, compared as
// the uuid array it is cast to (no JSON to parse under the lock).
static QString storedByIdsSql(SqlDialect dialect)
{
    if (dialect == SqlDialect::Sqlite)
        return CentralLedger::storedChangesSql(dialect);
    return QStringLiteral("SELECT c.id, c.seq, c.kind, c.body FROM changes c"
                          " WHERE c.id = ANY(CAST(CAST(? AS text[]) AS uuid[]))");
}

QString CentralLedger::storedChangesSql(SqlDialect dialect)
{
    return QStringLiteral("SELECT c.id, c.seq, c.kind, c.body FROM changes c"
                          " JOIN %1 r ON c.id = r.id")
        .arg(jsonRows(dialect, {{QLatin1StringView("id"), uuid}}));
}

// The body is the change's wire JSON, stored as text.
ChangeInsert::ChangeInsert(const SqlConnection &connection)
    : BatchWrite(connection, QLatin1StringView("changes"),
                 {{QLatin1StringView("seq"), bigint},
                  {QLatin1StringView("kind"), text},
                  {QLatin1StringView("id"), uuid},
                  {QLatin1StringView("location"), text},
                  {QLatin1StringView("sku"), text},
                  {QLatin1StringView("movement_kind"), text},
                  {QLatin1StringView("quantity"), bigint},
                  {QLatin1StringView("occurred_at"), bigint},
                  {QLatin1StringView("body"), QLatin1StringView("json")},
                  {QLatin1StringView("received_at"), bigint}})
{}

CentralLedger::CentralLedger(const SqlConnection &connection)
    : m_connection(connection)
    , m_latestSeq(connection.db, QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM changes"))
    , m_stored(connection, storedByIdsSql(connection.dialect))
    , m_locations(connection.db, QStringLiteral("SELECT code FROM locations"))
    , m_findSkus(connection.db,
                 QStringLiteral("SELECT p.sku FROM products p"
                                " JOIN %1 r ON p.sku = r.sku")
                     .arg(jsonRows(connection.dialect, {{QLatin1StringView("sku"), text}})))
    , m_insertChanges(connection)
    , m_levels(connection)
    , m_group(CommitGroup::of(connection.db))
{}

QList<StoredChange> CentralLedger::push(const QList<domain::Movement> &movements,
                                        const Principal &principal, qint64 receivedAtMs,
                                        QString *error)
{
    if (movements.isEmpty())
        return {};
    QList<Incoming> incoming;
    incoming.reserve(movements.size());
    QStringList ids;
    ids.reserve(movements.size());
    for (const domain::Movement &m : movements) {
        Incoming in{m, domain::validateMovement(m), {}};
        in.movement.serverSeq.reset();
        if (in.problem.isEmpty())
            in.problem
                = domain::capabilityRefusal(principal.role, domain::Capability::RecordMovements);
        if (in.problem.isEmpty() && !principal.mayAccess(m.location))
            in.problem
                = tr("User %1 may not record movements at %2.").arg(principal.user, m.location);
        if (in.problem.isEmpty())
            in.body = protocol::encodeMovementJson(in.movement);
        incoming.append(in);
        ids.append(idText(m.id));
    }

    Job job;
    job.incoming = std::move(incoming);
    job.ids = idsParameter(ids);
    job.receivedAtMs = receivedAtMs;
    m_group->run(&job, [this](const QList<CommitGroup::Job *> &jobs) { storeGroup(jobs); });
    if (job.failed && job.error.isEmpty())
        job.error = tr("the changes could not be stored");
    if (!job.error.isEmpty()) {
        *error = job.error;
        return {};
    }
    return job.results;
}

void CentralLedger::storeGroup(const QList<CommitGroup::Job *> &jobs)
{
    const auto fail = [this](const QList<CommitGroup::Job *> &failed, QString error) {
        if (error.isEmpty())
            error = tr("the changes could not be stored");
        for (CommitGroup::Job *job : failed) {
            static_cast<Job *>(job)->results.clear();
            static_cast<Job *>(job)->error = error;
        }
    };
    QString error;
    SqlTransaction transaction(m_connection);
    if (!transaction.begin(SqlTransaction::Mode::Sequenced, &error))
        return fail(jobs, error); // nothing to do with any one push: the group fails as one
    for (qsizetype i = 0; i < jobs.size(); ++i) {
        if (storeJob(static_cast<Job *>(jobs.at(i)), &error))
            continue;
        // This push failed on its own: it alone is refused, the others are stored without it.
        transaction.rollback();
        fail({jobs.at(i)}, error);
        QList<CommitGroup::Job *> others = jobs;
        others.remove(i);
        if (!others.isEmpty())
            storeGroup(others);
        return;
    }
    if (!transaction.commit(&error))
        fail(jobs, error);
}

bool CentralLedger::storeJob(Job *job, QString *error)
{
    QList<Incoming> &incoming = job->incoming;
    const qint64 receivedAtMs = job->receivedAtMs;
    Batch batch(m_insertChanges.rows());
    batch.receivedAtMs = receivedAtMs;
    QHash<QUuid, Stored> stored;
    qint64 latestSeq = 0;
    if (!readState(incoming, job->ids, &latestSeq, &stored, error))
        return false;
    batch.nextSeq = latestSeq + 1;

    // Rejections first: a retried rejected movement must find the discrepancy it raised before.
    QStringList notices;
    QSet<LevelBook::Position> positions;
    for (Incoming &in : incoming) {
        const domain::Movement &m = in.movement;
        if (stored.contains(m.id))
            continue;
        if (in.problem.isEmpty())
            in.problem = catalogueProblem(m);
        if (!in.problem.isEmpty())
            notices.append(idText(discrepancyId(m.id, QStringLiteral("rejected_change"))));
        else
            positions.insert({m.location, m.sku});
    }
    if ((!notices.isEmpty() && !readStored(idsParameter(notices), &stored, error))
        || !m_levels.load(positions, error))
        return false;

    QList<StoredChange> results;
    for (const Incoming &in : std::as_const(incoming)) {
        const domain::Movement &m = in.movement;
        StoredChange result{m.id, protocol::PushStatus::Rejected, 0, {}, false};
        const auto earlier = batch.accepted.constFind(m.id);
        const auto existing = stored.constFind(m.id);
        if (earlier != batch.accepted.constEnd() || existing != stored.constEnd()) {
            const bool same
                = earlier != batch.accepted.constEnd()
                      ? *earlier->second == m
                      : existing->kind == movementKind && sameMovement(existing->body, m);
            if (same) {
                result.status = protocol::PushStatus::Duplicate;
                result.seq = earlier != batch.accepted.constEnd() ? earlier->first : existing->seq;
            } else {
                result.conflict = true;
                result.reason = tr("movement %1 exists with different content").arg(idText(m.id));
            }
        } else if (!in.problem.isEmpty()) {
            result.reason = in.problem;
            const QUuid noticeId = m.id.isNull()
                                       ? QUuid::createUuid()
                                       : discrepancyId(m.id, QStringLiteral("rejected_change"));
            if (!stored.contains(noticeId) && !batch.raised.contains(noticeId))
                appendDiscrepancy(&batch, {noticeId, QStringLiteral("rejected_change"), m.location,
                                           m.sku, 0, 0, result.reason, m.id, receivedAtMs});
        } else {
            if (!accept(in, &batch, &result.seq, error))
                return false;
            result.status = protocol::PushStatus::Accepted;
        }
        results.append(result);
    }

    if ((!batch.changes.isEmpty() && !m_insertChanges.exec(batch.changes, error))
        || !m_levels.save(error))
        return false;
    job->results = std::move(results);
    return true;
}

bool CentralLedger::accept(const Incoming &in, Batch *batch, qint64 *seq, QString *error)
{
    const domain::Movement &m = in.movement;
    *seq = batch->nextSeq++;
    batch->accepted.insert(m.id, {*seq, &m});
    batch->changes.row()
        .add("seq", *seq)
        .add("kind", movementKind)
        .add("id", idText(m.id))
        .add("location", m.location)
        .add("sku", m.sku)
        .add("movement_kind", domain::movementKindName(m.kind))
        .add("quantity", m.quantity)
        .add("occurred_at", m.occurredAtMs)
        .addJson("body", in.body)
        .add("received_at", batch->receivedAtMs);

    domain::StockLevel before;
    domain::StockLevel after;
    if (!m_levels.apply(m, *seq, &before, &after, error))
        return false;
    if (after.onHand < 0 && after.onHand < before.onHand) {
        const QString type = QStringLiteral("negative_stock");
        appendDiscrepancy(batch,
                          {discrepancyId(m.id, type), type, m.location, m.sku, 0, after.onHand,
                           tr("On-hand of %1 at %2 is %3 after %4 %5.")
                               .arg(m.sku, m.location)
                               .arg(after.onHand)
                               .arg(domain::movementKindName(m.kind), idText(m.id)),
                           m.id, batch->receivedAtMs});
    }
    if (m.kind == domain::MovementKind::Reserve && after.available() < 0) {
        const QString type = QStringLiteral("oversell");
        appendDiscrepancy(batch,
                          {discrepancyId(m.id, type), type, m.location, m.sku, 0, after.available(),
                           tr("Reserving %1 of %2 at %3 leaves %4 available.")
                               .arg(m.quantity)
                               .arg(m.sku, m.location)
                               .arg(after.available()),
                           m.id, batch->receivedAtMs});
    }
    return true;
}

bool CentralLedger::readState(const QList<Incoming> &incoming, const QVariant &ids,
                              qint64 *latestSeq, QHash<QUuid, Stored> *stored, QString *error)
{
    // The seq is read once per batch, under the transaction's lock.
    if (!m_latestSeq.exec({}, error) || !m_latestSeq.query().next())
        return false;
    *latestSeq = m_latestSeq.query().value(0).toLongLong();
    m_latestSeq.finish();

    // Locations and products are never deleted: what was found once stays known, and only
    // codes and SKUs not seen before cost a query.
    JsonRowWriter newSkus;
    QSet<QString> asked;
    bool newLocation = false;
    for (const Incoming &in : incoming) {
        const domain::Movement &m = in.movement;
        newLocation = newLocation || !m_knownLocations.contains(m.location);
        if (!m_knownSkus.contains(m.sku) && !asked.contains(m.sku)) {
            asked.insert(m.sku);
            newSkus.row().add("sku", m.sku);
        }
    }
    if (!readStored(ids, stored, error))
        return false;
    if (newLocation) {
        if (!m_locations.exec({}, error))
            return false;
        while (m_locations.query().next())
            m_knownLocations.insert(m_locations.query().value(0).toString());
        m_locations.finish();
    }
    if (!newSkus.isEmpty()) {
        if (!m_findSkus.exec({newSkus.text()}, error))
            return false;
        while (m_findSkus.query().next())
            m_knownSkus.insert(m_findSkus.query().value(0).toString());
        m_findSkus.finish();
    }
    return true;
}

QVariant CentralLedger::idsParameter(const QStringList &ids) const
{
    if (m_connection.dialect == SqlDialect::Postgresql)
        return ids;
    JsonRowWriter rows;
    for (const QString &id : ids)
        rows.row().add("id", id);
    return rows.text();
}

bool CentralLedger::readStored(const QVariant &ids, QHash<QUuid, Stored> *stored, QString *error)
{
    if (!m_stored.exec({ids}, error))
        return false;
    while (m_stored.next()) {
        stored->insert(QUuid::fromString(m_stored.text(0)),
                       {m_stored.integer(1), m_stored.text(2), m_stored.text(3)});
    }
    return m_stored.finish(error);
}

QString CentralLedger::catalogueProblem(const domain::Movement &m) const
{
    if (!m_knownLocations.contains(m.location))
        return tr("Location %1 does not exist.").arg(m.location);
    if (!m_knownSkus.contains(m.sku))
        return tr("Product %1 is not in the catalogue.").arg(m.sku);
    return {};
}

QList<StoredChange> CentralLedger::pushEvents(const QList<domain::DiscrepancyEvent> &events,
                                              const Principal &principal, qint64 receivedAtMs,
                                              QString *error)
{
    if (events.isEmpty())
        return {};
    // Checked and encoded before the lock is taken.
    QList<QString> problems;
    QList<QJsonObject> bodies;
    QStringList ids;
    const QString refusal
        = domain::capabilityRefusal(principal.role, domain::Capability::WorkDiscrepancies);
    for (const domain::DiscrepancyEvent &e : events) {
        QString problem = domain::validateDiscrepancyEvent(e);
        if (problem.isEmpty() && e.location.isEmpty())
            problem = tr("A discrepancy event needs its discrepancy's location.");
        if (problem.isEmpty() && !refusal.isEmpty())
            problem = refusal;
        if (problem.isEmpty() && !principal.mayAccess(e.location))
            problem
                = tr("User %1 may not work discrepancies at %2.").arg(principal.user, e.location);
        problems.append(problem);
        bodies.append(protocol::encodeDiscrepancyEvent(e));
        ids.append(idText(e.id));
    }

    SqlTransaction transaction(m_connection);
    QHash<QUuid, Stored> stored;
    if (!transaction.begin(SqlTransaction::Mode::Sequenced, error) || !m_latestSeq.exec({}, error)
        || !m_latestSeq.query().next())
        return {};
    Batch batch(m_insertChanges.rows());
    batch.receivedAtMs = receivedAtMs;
    batch.nextSeq = m_latestSeq.query().value(0).toLongLong() + 1;
    m_latestSeq.finish();
    if (!readStored(idsParameter(ids), &stored, error))
        return {};
    bool needLocations = false;
    for (const domain::DiscrepancyEvent &e : events)
        needLocations = needLocations || !m_knownLocations.contains(e.location);
    if (needLocations) {
        if (!m_locations.exec({}, error))
            return {};
        while (m_locations.query().next())
            m_knownLocations.insert(m_locations.query().value(0).toString());
        m_locations.finish();
    }

    QList<StoredChange> results;
    QHash<QUuid, std::pair<qint64, QJsonObject>> accepted;
    for (qsizetype i = 0; i < events.size(); ++i) {
        const domain::DiscrepancyEvent &e = events.at(i);
        StoredChange result{e.id, protocol::PushStatus::Rejected, 0, problems.at(i), false};
        const auto earlier = accepted.constFind(e.id);
        const auto existing = stored.constFind(e.id);
        if (earlier != accepted.constEnd() || existing != stored.constEnd()) {
            const bool same = earlier != accepted.constEnd()
                                  ? earlier->second == bodies.at(i)
                                  : existing->kind == discrepancyEventKind
                                        && QJsonDocument::fromJson(existing->body.toUtf8()).object()
                                               == bodies.at(i);
            if (same) {
                result.status = protocol::PushStatus::Duplicate;
                result.seq = earlier != accepted.constEnd() ? earlier->first : existing->seq;
                result.reason.clear();
            } else {
                result.conflict = true;
                result.reason
                    = tr("discrepancy event %1 exists with different content").arg(idText(e.id));
            }
        } else if (result.reason.isEmpty() && !m_knownLocations.contains(e.location)) {
            result.reason = tr("Location %1 does not exist.").arg(e.location);
        } else if (result.reason.isEmpty()) {
            result.status = protocol::PushStatus::Accepted;
            result.seq = batch.nextSeq++;
            accepted.insert(e.id, {result.seq, bodies.at(i)});
            batch.changes.row()
                .add("seq", result.seq)
                .add("kind", discrepancyEventKind)
                .add("id", idText(e.id))
                .add("location", e.location)
                .add("sku", e.sku)
                .addJson("body", bodyJson(bodies.at(i)))
                .add("received_at", receivedAtMs);
        }
        results.append(result);
    }
    if ((!batch.changes.isEmpty() && !m_insertChanges.exec(batch.changes, error))
        || !transaction.commit(error))
        return {};
    return results;
}

void CentralLedger::appendDiscrepancy(Batch *batch, const protocol::DiscrepancyNotice &notice)
{
    batch->raised.insert(notice.id);
    batch->changes.row()
        .add("seq", batch->nextSeq++)
        .add("kind", discrepancyKind)
        .add("id", idText(notice.id))
        .add("location", notice.location)
        .add("sku", notice.sku)
        .addJson("body", bodyJson(protocol::encodeDiscrepancy(notice)))
        .add("received_at", batch->receivedAtMs);
}

} // namespace stockroom::server
