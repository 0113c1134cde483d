#include "sopsql_p.h"

#include "jsonlist.h"
#include "sqlhelpers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QVariant>

namespace stockroom::replica::sopsql {

namespace {

QString idText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

bool run(const QSqlDatabase &db, const QString &sql, const QVariantList &values, QString *error)
{
    QSqlQuery query = prepared(db, sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    return execOrFail(query, error);
}

} // namespace

QStringList governsNames(const QList<domain::DiscrepancyType> &types)
{
    QStringList names;
    for (const domain::DiscrepancyType type : types)
        names.append(domain::discrepancyTypeName(type));
    return names;
}

const QString versionColumns
    = QStringLiteral("id, version, title, roles, tags, governs, body, published_at, source");

/** A stored row back to its document; the steps come from parsing its canonical file. */
StoredSop readVersion(const QSqlQuery &q)
{
    domain::SopDocument d;
    d.id = q.value(0).toString();
    d.version = q.value(1).toInt();
    d.title = q.value(2).toString();
    d.roles = jsonListFromText(q.value(3).toString());
    d.tags = jsonListFromText(q.value(4).toString());
    for (const QString &name : jsonListFromText(q.value(5).toString())) {
        // A type this build does not know (a newer central's) is left out, not fatal.
        if (const auto type = domain::discrepancyTypeFromName(name))
            d.governs.append(*type);
    }
    d.body = q.value(6).toString();
    if (const auto parsed = domain::parseSop(domain::serializeSop(d), d.id, nullptr))
        d.steps = parsed->steps;
    return {d, q.value(7).toLongLong(), q.value(8).toString()};
}

QList<StoredSop> readVersions(QSqlQuery &query)
{
    QList<StoredSop> sops;
    if (query.exec()) {
        while (query.next())
            sops.append(readVersion(query));
    }
    return sops;
}

SopAcknowledgement readAck(const QSqlQuery &q)
{
    return {QUuid::fromString(q.value(0).toString()),
            q.value(1).toString(),
            q.value(2).toInt(),
            q.value(3).toString(),
            q.value(4).toString(),
            q.value(5).toLongLong(),
            optionalInt(q.value(6))};
}

const QString ackColumns = QStringLiteral("id, sop_id, version, user_name, device, at, server_seq");

TrainingSession readSession(const QSqlQuery &q)
{
    TrainingSession s;
    s.id = QUuid::fromString(q.value(0).toString());
    s.sopId = q.value(1).toString();
    s.version = q.value(2).toInt();
    s.trainer = q.value(3).toString();
    s.attendees = jsonListFromText(q.value(4).toString());
    s.atMs = q.value(5).toLongLong();
    s.outcome = trainingOutcomeFromName(q.value(6).toString()).value_or(TrainingOutcome::Passed);
    s.notes = q.value(7).toString();
    s.serverSeq = optionalInt(q.value(8));
    return s;
}

const QString sessionColumns
    = QStringLiteral("id, sop_id, version, trainer, attendees, at, outcome, notes, server_seq");


std::optional<SopAcknowledgement> findAck(const QSqlDatabase &db, const QUuid &id)
{
    QSqlQuery query = prepared(
        db, QStringLiteral("SELECT %1 FROM sop_acknowledgements WHERE id = ?").arg(ackColumns));
    query.addBindValue(idText(id));
    if (!query.exec() || !query.next())
        return std::nullopt;
    return readAck(query);
}

std::optional<TrainingSession> findSession(const QSqlDatabase &db, const QUuid &id)
{
    QSqlQuery query = prepared(
        db, QStringLiteral("SELECT %1 FROM training_sessions WHERE id = ?").arg(sessionColumns));
    query.addBindValue(idText(id));
    if (!query.exec() || !query.next())
        return std::nullopt;
    return readSession(query);
}

bool insertVersion(const QSqlDatabase &db, const domain::SopDocument &d, qint64 publishedAtMs,
                   const QString &source, QString *error)
{
    return run(db,
               QStringLiteral("INSERT INTO sop_versions (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                   .arg(versionColumns),
               {d.id, d.version, d.title, jsonListText(d.roles), jsonListText(d.tags),
                jsonListText(governsNames(d.governs)), notNull(d.body), publishedAtMs,
                notNull(source)},
               error);
}

bool storeCentralVersion(const QSqlDatabase &db, const domain::SopDocument &d,
                         qint64 publishedAtMs, QString *error)
{
    const QString central = QStringLiteral("central");
    QSqlQuery existing = prepared(
        db, QStringLiteral("SELECT %1 FROM sop_versions WHERE id = ? AND version = ?")
                .arg(versionColumns));
    existing.addBindValue(d.id);
    existing.addBindValue(d.version);
    if (!execOrFail(existing, error))
        return false;
    if (!existing.next())
        return insertVersion(db, d, publishedAtMs, central, error);
    const StoredSop stored = readVersion(existing);
    existing.finish();
    if (stored.source == central && stored.document == d)
        return true; // the feed page applied again after a crash
    if (!run(db,
             QStringLiteral("UPDATE sop_versions SET title = ?, roles = ?, tags = ?, governs = ?,"
                            " body = ?, published_at = ?, source = ? WHERE id = ? AND version = ?"),
             {d.title, jsonListText(d.roles), jsonListText(d.tags), jsonListText(governsNames(d.governs)),
              notNull(d.body), publishedAtMs, central, d.id, d.version},
             error))
        return false;
    // The trigger keeps the index on insert only; an updated latest version is indexed here.
    return run(db,
               QStringLiteral("DELETE FROM sop_search WHERE sop_id = ? AND NOT EXISTS (SELECT 1"
                              " FROM sop_versions WHERE id = ? AND version > ?)"),
               {d.id, d.id, d.version}, error)
           && run(db,
                  QStringLiteral("INSERT INTO sop_search (sop_id, title, tags, body)"
                                 " SELECT id, title, tags, body FROM sop_versions v"
                                 " WHERE id = ? AND version = ? AND NOT EXISTS (SELECT 1"
                                 " FROM sop_versions WHERE id = ? AND version > ?)"),
                  {d.id, d.version, d.id, d.version}, error);
}

bool storeAck(const QSqlDatabase &db, const SopAcknowledgement &ack, QString *error)
{
    const QVariant seq = ack.serverSeq ? QVariant(*ack.serverSeq) : QVariant();
    // Ours coming back, or the same person's on another device: only the seq is news.
    return run(db,
               QStringLiteral("UPDATE sop_acknowledgements SET server_seq = ? WHERE id = ?"),
               {seq, idText(ack.id)}, error)
           && run(db,
                  QStringLiteral("INSERT OR IGNORE INTO sop_acknowledgements (%1)"
                                 " SELECT ?, ?, ?, ?, ?, ?, ? WHERE EXISTS (SELECT 1"
                                 " FROM sop_versions WHERE id = ? AND version = ?)")
                      .arg(ackColumns),
                  {idText(ack.id), ack.sopId, ack.version, ack.user, notNull(ack.device),
                   ack.atMs, seq, ack.sopId, ack.version},
                  error);
}

bool storeSession(const QSqlDatabase &db, const TrainingSession &s, QString *error)
{
    const QVariant seq = s.serverSeq ? QVariant(*s.serverSeq) : QVariant();
    return run(db, QStringLiteral("UPDATE training_sessions SET server_seq = ? WHERE id = ?"),
               {seq, idText(s.id)}, error)
           && run(db,
                  QStringLiteral("INSERT OR IGNORE INTO training_sessions (%1)"
                                 " SELECT ?, ?, ?, ?, ?, ?, ?, ?, ? WHERE EXISTS (SELECT 1"
                                 " FROM sop_versions WHERE id = ? AND version = ?)")
                      .arg(sessionColumns),
                  {idText(s.id), s.sopId, s.version, s.trainer, jsonListText(s.attendees), s.atMs,
                   domain::trainingOutcomeName(s.outcome), notNull(s.notes), seq, s.sopId,
                   s.version},
                  error);
}

QString versionSource(const QSqlDatabase &db, const QString &sopId, int version)
{
    QSqlQuery query
        = prepared(db, QStringLiteral("SELECT source FROM sop_versions WHERE id = ? AND version = ?"));
    query.addBindValue(sopId);
    query.addBindValue(version);
    if (!query.exec() || !query.next())
        return {};
    return query.value(0).toString();
}

bool setServerSeq(const QSqlDatabase &db, const QUuid &id, qint64 seq, QString *error)
{
    return run(db, QStringLiteral("UPDATE sop_acknowledgements SET server_seq = ? WHERE id = ?"),
               {seq, idText(id)}, error)
           && run(db, QStringLiteral("UPDATE training_sessions SET server_seq = ? WHERE id = ?"),
                  {seq, idText(id)}, error);
}

bool remove(const QSqlDatabase &db, const QUuid &id, QString *error)
{
    return run(db, QStringLiteral("DELETE FROM sop_acknowledgements WHERE id = ?"), {idText(id)},
               error)
           && run(db, QStringLiteral("DELETE FROM training_sessions WHERE id = ?"), {idText(id)},
                  error);
}

} // namespace stockroom::replica::sopsql
