#include "centralledger.h"

#include "changes.h"

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
const QString movementKind = QStringLiteral("movement");
const QString discrepancyKind = QStringLiteral("discrepancy");

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
    const QJsonObject json = QJsonDocument::fromJson(storedBody.toUtf8()).object();
    protocol::DecodeError ignored;
    auto stored = protocol::decodeMovement(json, {}, &ignored);
    if (!stored)
        return false;
    stored->serverSeq.reset();
    return *stored == movement;
}

} // namespace

CentralLedger::CentralLedger(const SqlConnection &connection)
    : m_connection(connection)
    , m_latestSeq(connection.db, QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM changes"))
    , m_stored(connection.db, QStringLiteral("SELECT c.id, c.seq, c.kind, c.body FROM changes c"
                                             " JOIN %1 r ON c.id = r.id")
                                  .arg(jsonRows(connection.dialect,
                                                {{QLatin1StringView("id"), text}})))
    , m_locations(connection.db, QStringLiteral("SELECT code FROM locations"))
    , m_findSkus(connection.db, QStringLiteral("SELECT p.sku FROM products p"
                                                " JOIN %1 r ON p.sku = r.sku")
                                     .arg(jsonRows(connection.dialect,
                                                   {{QLatin1StringView("sku"), text}})))
    , m_insertChanges(connection.db,
                      // The body travels as a JSON object, not as a string holding one,
                      // so it is not escaped twice; stored as text.
                      QStringLiteral("INSERT INTO changes (seq, kind, id, location, body,"
                                     " received_at) SELECT seq, kind, id, location,"
                                     " CAST(body AS TEXT), received_at FROM %1 r")
                          .arg(jsonRows(connection.dialect,
                                        {{QLatin1StringView("seq"), bigint},
                                         {QLatin1StringView("kind"), text},
                                         {QLatin1StringView("id"), text},
                                         {QLatin1StringView("location"), text},
                                         {QLatin1StringView("body"), QLatin1StringView("json")},
                                         {QLatin1StringView("received_at"), bigint}})))
    , m_insertMovements(connection.db,
                        QStringLiteral("INSERT INTO movements (seq, id, location, sku, kind,"
                                       " quantity, occurred_at) SELECT seq, id, location, sku,"
                                       " kind, quantity, occurred_at FROM %1 r")
                            .arg(jsonRows(connection.dialect,
                                          {{QLatin1StringView("seq"), bigint},
                                           {QLatin1StringView("id"), text},
                                           {QLatin1StringView("location"), text},
                                           {QLatin1StringView("sku"), text},
                                           {QLatin1StringView("kind"), text},
                                           {QLatin1StringView("quantity"), bigint},
                                           {QLatin1StringView("occurred_at"), bigint}})))
    , m_levels(connection)
{}

QList<StoredChange> CentralLedger::push(const QList<domain::Movement> &movements,
                                        const Principal &principal, qint64 receivedAtMs,
                                        QString *error)
{
    QList<StoredChange> results;
    if (movements.isEmpty())
        return results;
    SqlTransaction transaction(m_connection);
    Batch batch;
    batch.receivedAtMs = receivedAtMs;
    QHash<QUuid, Stored> stored;
    qint64 latestSeq = 0;
    if (!transaction.begin(SqlTransaction::Mode::Sequenced, error)
        || !readState(movements, &latestSeq, &stored, error))
        return {};
    batch.nextSeq = latestSeq + 1;

    // Rejections first: a retried rejected movement must find the discrepancy it raised before.
    QStringList reasons;
    JsonRowWriter notices;
    QSet<LevelBook::Position> positions;
    for (const domain::Movement &m : movements) {
        reasons.append(stored.contains(m.id) ? QString() : rejection(m, principal));
        if (!reasons.constLast().isEmpty())
            notices.row().add("id", idText(discrepancyId(m.id, QStringLiteral("rejected_change"))));
        else
            positions.insert({m.location, m.sku});
    }
    if ((!notices.isEmpty() && !readStored(notices.text(), &stored, error))
        || !m_levels.load(positions, error))
        return {};

    QHash<QUuid, std::pair<qint64, domain::Movement>> accepted; // by this batch
    for (qsizetype i = 0; i < movements.size(); ++i) {
        domain::Movement m = movements.at(i);
        m.serverSeq.reset();
        StoredChange result{m.id, protocol::PushStatus::Rejected, 0, {}, false};
        const auto earlier = accepted.constFind(m.id);
        const auto existing = stored.constFind(m.id);
        if (earlier != accepted.constEnd() || existing != stored.constEnd()) {
            const bool same = earlier != accepted.constEnd()
                                  ? earlier->second == m
                                  : existing->kind == movementKind && sameMovement(existing->body, m);
            if (same) {
                result.status = protocol::PushStatus::Duplicate;
                result.seq = earlier != accepted.constEnd() ? earlier->first : existing->seq;
            } else {
                result.conflict = true;
                result.reason = tr("movement %1 exists with different content").arg(idText(m.id));
            }
            results.append(result);
            continue;
        }

        result.reason = reasons.at(i);
        if (!result.reason.isEmpty()) {
            const QUuid noticeId = m.id.isNull()
                                       ? QUuid::createUuid()
                                       : discrepancyId(m.id, QStringLiteral("rejected_change"));
            if (!stored.contains(noticeId) && !batch.raised.contains(noticeId))
                appendDiscrepancy(&batch, {noticeId, QStringLiteral("rejected_change"), m.location,
                                           m.sku, 0, 0, result.reason, m.id, receivedAtMs});
            results.append(result);
            continue;
        }

        const qint64 seq = batch.nextSeq++;
        appendMovement(&batch, m, seq);
        accepted.insert(m.id, {seq, m});
        domain::StockLevel before;
        domain::StockLevel after;
        if (!m_levels.apply(m, seq, &before, &after, error))
            return {};
        if (after.onHand < 0 && after.onHand < before.onHand) {
            const QString type = QStringLiteral("negative_stock");
            appendDiscrepancy(&batch, {discrepancyId(m.id, type), type, m.location, m.sku, 0,
                                       after.onHand,
                                       tr("On-hand of %1 at %2 is %3 after %4 %5.")
                                           .arg(m.sku, m.location)
                                           .arg(after.onHand)
                                           .arg(domain::movementKindName(m.kind), idText(m.id)),
                                       m.id, receivedAtMs});
        }
        if (m.kind == domain::MovementKind::Reserve && after.available() < 0) {
            const QString type = QStringLiteral("oversell");
            appendDiscrepancy(&batch, {discrepancyId(m.id, type), type, m.location, m.sku, 0,
                                       after.available(),
                                       tr("Reserving %1 of %2 at %3 leaves %4 available.")
                                           .arg(m.quantity)
                                           .arg(m.sku, m.location)
                                           .arg(after.available()),
                                       m.id, receivedAtMs});
        }
        result.status = protocol::PushStatus::Accepted;
        result.seq = seq;
        results.append(result);
    }

    if ((!batch.changes.isEmpty() && !m_insertChanges.exec({batch.changes.text()}, error))
        || (!batch.movements.isEmpty()
            && !m_insertMovements.exec({batch.movements.text()}, error))
        || !m_levels.save(error) || !transaction.commit(error))
        return {};
    return results;
}

bool CentralLedger::readState(const QList<domain::Movement> &movements, qint64 *latestSeq,
                              QHash<QUuid, Stored> *stored, QString *error)
{
    // The seq is read once per batch, under the transaction's lock.
    if (!m_latestSeq.exec({}, error) || !m_latestSeq.query().next())
        return false;
    *latestSeq = m_latestSeq.query().value(0).toLongLong();
    m_latestSeq.finish();

    // Locations and products are never deleted: what was found once stays known, and only
    // codes and SKUs not seen before cost a query.
    JsonRowWriter ids;
    JsonRowWriter newSkus;
    QSet<QString> asked;
    bool newLocation = false;
    for (const domain::Movement &m : movements) {
        ids.row().add("id", idText(m.id));
        newLocation = newLocation || !m_knownLocations.contains(m.location);
        if (!m_knownSkus.contains(m.sku) && !asked.contains(m.sku)) {
            asked.insert(m.sku);
            newSkus.row().add("sku", m.sku);
        }
    }
    if (!readStored(ids.text(), stored, error))
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

bool CentralLedger::readStored(const QString &ids, QHash<QUuid, Stored> *stored, QString *error)
{
    if (!m_stored.exec({ids}, error))
        return false;
    while (m_stored.query().next()) {
        const QSqlQuery &q = m_stored.query();
        stored->insert(QUuid::fromString(q.value(0).toString()),
                       {q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString()});
    }
    m_stored.finish();
    return true;
}

QString CentralLedger::rejection(const domain::Movement &m, const Principal &principal) const
{
    const QString invalid = domain::validateMovement(m);
    if (!invalid.isEmpty())
        return invalid;
    if (!principal.mayAccess(m.location))
        return tr("User %1 may not record movements at %2.").arg(principal.user, m.location);
    if (!m_knownLocations.contains(m.location))
        return tr("Location %1 does not exist.").arg(m.location);
    if (!m_knownSkus.contains(m.sku))
        return tr("Product %1 is not in the catalogue.").arg(m.sku);
    return {};
}

void CentralLedger::appendMovement(Batch *batch, const domain::Movement &m, qint64 seq)
{
    const QString id = idText(m.id);
    batch->changes.row()
        .add("seq", seq)
        .add("kind", movementKind)
        .add("id", id)
        .add("location", m.location)
        .addJson("body", bodyJson(protocol::encodeMovement(m)))
        .add("received_at", batch->receivedAtMs);
    batch->movements.row()
        .add("seq", seq)
        .add("id", id)
        .add("location", m.location)
        .add("sku", m.sku)
        .add("kind", domain::movementKindName(m.kind))
        .add("quantity", m.quantity)
        .add("occurred_at", m.occurredAtMs);
}

void CentralLedger::appendDiscrepancy(Batch *batch, const protocol::DiscrepancyNotice &notice)
{
    batch->raised.insert(notice.id);
    batch->changes.row()
        .add("seq", batch->nextSeq++)
        .add("kind", discrepancyKind)
        .add("id", idText(notice.id))
        .add("location", notice.location)
        .addJson("body", bodyJson(protocol::encodeDiscrepancy(notice)))
        .add("received_at", batch->receivedAtMs);
}

} // namespace stockroom::server
