#include "sopservice.h"

#include "changeid.h"
#include "outboxrepository.h"
#include "replicadatabase.h"
#include "sopsql_p.h"
#include "sqlhelpers.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QVariant>

#include <algorithm>

namespace stockroom::replica {

using namespace sopsql;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("stockroom::replica::SopService", text);
}

QString idText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

/** The latest version of every SOP, by title. */
QList<StoredSop> latestVersions(const QSqlDatabase &db)
{
    QSqlQuery query
        = prepared(db, QStringLiteral("SELECT %1 FROM sop_versions v WHERE version ="
                                      " (SELECT max(version) FROM sop_versions WHERE id = v.id)"
                                      " ORDER BY title COLLATE NOCASE, id")
                           .arg(versionColumns));
    return readVersions(query);
}

bool meantFor(const domain::SopDocument &d, const QString &role)
{
    return role.isEmpty() || d.roles.isEmpty() || d.roles.contains(role);
}

/**
 * User text as an FTS5 query: its words (what the unicode61 tokenizer would see), each quoted
 * as a string, all of them required. Operators, quotes and "*" in the text never reach FTS5's
 * syntax, so no input makes the query fail.
 */
QString ftsQuery(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}]+"));
    QStringList phrases;
    for (const QString &word : text.split(separators, Qt::SkipEmptyParts))
        phrases.append(QLatin1Char('"') + word + QLatin1Char('"'));
    return phrases.join(QLatin1Char(' '));
}

} // namespace

QString SopService::highlighted(const QString &snippet, const QString &open, const QString &close)
{
    QString text = snippet;
    text.replace(highlightStart, open);
    text.replace(highlightEnd, close);
    return text;
}

SopService::SopService(ReplicaDatabase &db, Identity identity, Clock clock)
    : m_db(db)
    , m_identity(std::move(identity))
    , m_clock(clock ? std::move(clock) : [] { return QDateTime::currentMSecsSinceEpoch(); })
{}

qint64 SopService::now() const
{
    return m_clock();
}

bool SopService::inTransaction(const std::function<bool(QString *)> &work, QString *error)
{
    return inWriteTransaction(m_db.connection(), work, error);
}

std::optional<int> SopService::importDocuments(const QList<SopFile> &files, QString *error)
{
    struct Parsed
    {
        QString fileName;
        domain::SopDocument document;
    };
    QList<Parsed> parsed;
    for (const SopFile &file : files) {
        domain::SopParseError parseError;
        auto document = domain::parseSop(file.bytes, file.fileName, &parseError);
        if (!document) {
            *error = parseError.toString();
            return std::nullopt;
        }
        parsed.append({file.fileName, *document});
    }
    // Older versions first, so that one import may bring a procedure's whole history.
    std::stable_sort(parsed.begin(), parsed.end(), [](const Parsed &a, const Parsed &b) {
        return a.document.version < b.document.version;
    });
    int added = 0;
    const qint64 at = now();
    const bool ok = inTransaction(
        [&](QString *err) {
            for (const Parsed &p : parsed) {
                const domain::SopDocument &d = p.document;
                if (const auto stored = get(d.id, d.version)) {
                    if (domain::serializeSop(stored->document) == domain::serializeSop(d))
                        continue; // already here: a bundled SOP seeded twice, a re-import
                    *err = tr("%1: version %2 of \"%3\" is already stored with different "
                              "content; give the changed procedure a higher version")
                               .arg(p.fileName)
                               .arg(d.version)
                               .arg(d.id);
                    return false;
                }
                if (const int latest = latestVersion(d.id); latest > d.version) {
                    *err = tr("%1: version %2 of \"%3\" is older than the stored version %4")
                               .arg(p.fileName)
                               .arg(d.version)
                               .arg(d.id)
                               .arg(latest);
                    return false;
                }
                if (!insertVersion(m_db.connection(), d, at, p.fileName, err)) {
                    *err = QStringLiteral("%1: %2").arg(p.fileName, *err);
                    return false;
                }
                ++added;
            }
            return true;
        },
        error);
    if (!ok)
        return std::nullopt;
    return added;
}

QList<StoredSop> SopService::list(const QString &role, const QString &tag) const
{
    QList<StoredSop> sops = latestVersions(m_db.connection());
    sops.removeIf([&](const StoredSop &s) {
        return (!role.isEmpty() && !meantFor(s.document, role))
               || (!tag.isEmpty() && !s.document.tags.contains(tag));
    });
    return sops;
}

std::optional<StoredSop> SopService::get(const QString &id, int version) const
{
    const int wanted = version > 0 ? version : latestVersion(id);
    QSqlQuery query
        = prepared(m_db.connection(),
                   QStringLiteral("SELECT %1 FROM sop_versions WHERE id = ? AND version = ?")
                       .arg(versionColumns));
    query.addBindValue(id);
    query.addBindValue(wanted);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return readVersion(query);
}

QList<StoredSop> SopService::history(const QString &id) const
{
    QSqlQuery query
        = prepared(m_db.connection(), QStringLiteral("SELECT %1 FROM sop_versions WHERE id = ?"
                                                     " ORDER BY version DESC")
                                          .arg(versionColumns));
    query.addBindValue(id);
    return readVersions(query);
}

int SopService::latestVersion(const QString &id) const
{
    QSqlQuery query = prepared(
        m_db.connection(), QStringLiteral("SELECT max(version) FROM sop_versions WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return 0;
    return query.value(0).toInt();
}

QList<SopSearchHit> SopService::search(const QString &text, int limit) const
{
    const QString match = ftsQuery(text);
    if (match.isEmpty() || limit <= 0)
        return {};
    // bm25 with the title weighted above the tags and the tags above the body; a procedure
    // whose title holds every word comes first: with eight or so documents, a word most of
    // them use gets almost no weight from bm25, and the title is what names the procedure.
    QSqlQuery query = prepared(
        m_db.connection(),
        QStringLiteral(
            "SELECT sop_search.sop_id, v.version, v.title,"
            " snippet(sop_search, -1, char(2), char(3), '…', 12),"
            " bm25(sop_search, 0.0, 10.0, 4.0, 1.0) AS score,"
            " sop_search.rowid IN (SELECT rowid FROM sop_search WHERE sop_search MATCH"
            "  '{title} : (' || ? || ')') AS in_title"
            " FROM sop_search JOIN sop_versions v ON v.id = sop_search.sop_id"
            "  AND v.version = (SELECT max(version) FROM sop_versions WHERE id = sop_search.sop_id)"
            " WHERE sop_search MATCH ?"
            " ORDER BY in_title DESC, score, v.title LIMIT ?"));
    query.addBindValue(match); // the title-only match
    query.addBindValue(match);
    query.addBindValue(limit);
    QList<SopSearchHit> hits;
    if (!query.exec()) {
        qWarning("SOP search failed: %s", qPrintable(query.lastError().text()));
        return hits;
    }
    while (query.next()) {
        hits.append({query.value(0).toString(), query.value(1).toInt(), query.value(2).toString(),
                     query.value(3).toString(), query.value(4).toDouble()});
    }
    return hits;
}

bool SopService::acknowledge(const QString &id, int version, QString *error)
{
    const int latest = latestVersion(id);
    if (latest == 0) {
        *error = tr("There is no SOP \"%1\".").arg(id);
        return false;
    }
    if (version > 0 && version != latest) {
        *error = version > latest
                     ? tr("SOP \"%1\" has no version %2; the current one is %3.")
                           .arg(id)
                           .arg(version)
                           .arg(latest)
                     : tr("Version %2 of SOP \"%1\" is not the current one; acknowledge version "
                          "%3.")
                           .arg(id)
                           .arg(version)
                           .arg(latest);
        return false;
    }
    if (m_identity.user.isEmpty()) {
        *error = tr("Nobody is signed in to acknowledge the SOP.");
        return false;
    }
    return inTransaction(
        [&](QString *err) {
            const QUuid ackId = domain::newChangeId();
            const qint64 at = now();
            QSqlQuery insert = prepared(
                m_db.connection(),
                QStringLiteral(
                    "INSERT OR IGNORE INTO sop_acknowledgements"
                    " (id, sop_id, version, user_name, device, at) VALUES (?, ?, ?, ?, ?, ?)"));
            for (const QVariant &value :
                 {QVariant(idText(ackId)), QVariant(id), QVariant(latest),
                  QVariant(m_identity.user), QVariant(notNull(m_identity.device)), QVariant(at)})
                insert.addBindValue(value);
            if (!execOrFail(insert, err))
                return false;
            if (insert.numRowsAffected() == 0)
                return true; // this user acknowledged this version before
            return OutboxRepository(m_db.connection())
                .enqueue(QStringLiteral("sop_ack"), idText(ackId), {}, at, err);
        },
        error);
}

QList<SopAcknowledgement> SopService::whoAcknowledged(const QString &id, int version) const
{
    QSqlQuery query
        = prepared(m_db.connection(), QStringLiteral("SELECT %1 FROM sop_acknowledgements"
                                                     " WHERE sop_id = ? AND version = ?"
                                                     " ORDER BY at, user_name")
                                          .arg(ackColumns));
    query.addBindValue(id);
    query.addBindValue(version > 0 ? version : latestVersion(id));
    QList<SopAcknowledgement> acks;
    if (query.exec()) {
        while (query.next())
            acks.append(readAck(query));
    }
    return acks;
}

QList<StoredSop> SopService::toRead(const QString &user, const QString &role) const
{
    QSqlQuery read = prepared(m_db.connection(),
                              QStringLiteral("SELECT sop_id, version FROM sop_acknowledgements"
                                             " WHERE user_name = ?"));
    read.addBindValue(user);
    QSet<QString> acknowledged;
    if (read.exec()) {
        while (read.next()) {
            acknowledged.insert(
                QStringLiteral("%1@%2").arg(read.value(0).toString()).arg(read.value(1).toInt()));
        }
    }
    QList<StoredSop> sops = latestVersions(m_db.connection());
    sops.removeIf([&](const StoredSop &s) {
        return !meantFor(s.document, role)
               || acknowledged.contains(
                   QStringLiteral("%1@%2").arg(s.document.id).arg(s.document.version));
    });
    return sops;
}

std::optional<QUuid> SopService::recordTraining(const QString &id, int version,
                                                const QString &trainer,
                                                const QStringList &attendees,
                                                TrainingOutcome outcome, const QString &notes,
                                                QString *error)
{
    const int wanted = version > 0 ? version : latestVersion(id);
    if (wanted == 0) {
        *error = tr("There is no SOP \"%1\".").arg(id);
        return std::nullopt;
    }
    if (!get(id, wanted)) {
        *error = tr("SOP \"%1\" has no version %2.").arg(id).arg(wanted);
        return std::nullopt;
    }
    TrainingSession session;
    session.sopId = id;
    session.version = wanted;
    session.trainer = trainer.trimmed();
    for (const QString &attendee : attendees)
        session.attendees.append(attendee.trimmed());
    session.outcome = outcome;
    session.notes = notes.trimmed();
    session.atMs = now();
    if (const QString problem = domain::validateTrainingSession(session); !problem.isEmpty()) {
        *error = problem;
        return std::nullopt;
    }
    const QString &trainerName = session.trainer;
    const QStringList &people = session.attendees;
    const QString &text = session.notes;
    const QUuid sessionId = domain::newChangeId();
    const bool ok = inTransaction(
        [&](QString *err) {
            const qint64 at = session.atMs;
            QSqlQuery insert = prepared(m_db.connection(),
                                        QStringLiteral("INSERT INTO training_sessions (id, sop_id,"
                                                       " version, trainer, attendees, at, outcome,"
                                                       " notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
            for (const QVariant &value :
                 {QVariant(idText(sessionId)), QVariant(id), QVariant(wanted),
                  QVariant(trainerName), QVariant(jsonListText(people)), QVariant(at),
                  QVariant(trainingOutcomeName(outcome)), QVariant(notNull(text))})
                insert.addBindValue(value);
            return execOrFail(insert, err)
                   && OutboxRepository(m_db.connection())
                          .enqueue(QStringLiteral("training_session"), idText(sessionId), {}, at,
                                   err);
        },
        error);
    if (!ok)
        return std::nullopt;
    return sessionId;
}

QList<TrainingSession> SopService::trainingSessions(const QString &id) const
{
    QSqlQuery query = prepared(m_db.connection(),
                               QStringLiteral("SELECT %1 FROM training_sessions WHERE sop_id = ?"
                                              " ORDER BY at DESC, id")
                                   .arg(sessionColumns));
    query.addBindValue(id);
    QList<TrainingSession> sessions;
    if (query.exec()) {
        while (query.next())
            sessions.append(readSession(query));
    }
    return sessions;
}

std::optional<SopAcknowledgement> SopService::acknowledgement(const QUuid &ackId) const
{
    return findAck(m_db.connection(), ackId);
}

std::optional<TrainingSession> SopService::trainingSession(const QUuid &sessionId) const
{
    return findSession(m_db.connection(), sessionId);
}

} // namespace stockroom::replica
