#include "sopledger.h"

#include "centralledger.h"
#include "jsonrowwriter.h"
#include "rolepolicy.h"
#include "sopdocument.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>

namespace stockroom::server {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("stockroom::server::SopLedger", text);
}

const QString sopVersionKind = QStringLiteral("sop_version");
const QString sopAckKind = QStringLiteral("sop_ack");
const QString trainingKind = QStringLiteral("training_session");
const QLatin1StringView uuidType("uuid");

QString idText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

QByteArray compact(const QJsonObject &json)
{
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

QString versionKey(const QString &sopId, int version)
{
    return QStringLiteral("%1@%2").arg(sopId).arg(version);
}

QStringList listFromText(const QString &text)
{
    QStringList list;
    for (const QJsonValue &value : QJsonDocument::fromJson(text.toUtf8()).array())
        list.append(value.toString());
    return list;
}

} // namespace

SopLedger::SopLedger(const SqlConnection &connection)
    : m_connection(connection)
    , m_latestSeq(connection.db, QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM changes"))
    , m_stored(connection.db, CentralLedger::storedChangesSql(connection.dialect))
    , m_insertChanges(connection)
    , m_latestVersion(connection.db, QStringLiteral("SELECT COALESCE(MAX(version), 0)"
                                                    " FROM sop_versions WHERE sop_id = ?"))
    , m_version(connection.db,
                QStringLiteral("SELECT file_name, text, published_at, published_by, seq, title,"
                               " roles FROM sop_versions WHERE sop_id = ? AND version = ?"))
    , m_insertVersion(connection.db,
                      QStringLiteral("INSERT INTO sop_versions (sop_id, version, title, roles,"
                                     " file_name, text, published_at, published_by, seq)"
                                     " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"))
    , m_allVersions(connection.db, QStringLiteral("SELECT sop_id, version FROM sop_versions"))
    , m_insertAck(connection.db,
                  QStringLiteral("INSERT INTO sop_acknowledgements (id, sop_id, version,"
                                 " user_name, at, seq) VALUES (?, ?, ?, ?, ?, ?)"))
{}

QUuid SopLedger::versionChangeId(const QString &sopId, int version)
{
    static const QUuid space = QUuid::fromString(u"6c1f3e0a-5b7d-4e55-9f3e-50f5b1a7d001");
    return QUuid::createUuidV5(space, QStringLiteral("sop_version:") + versionKey(sopId, version));
}

bool SopLedger::latestSeq(qint64 *seq, QString *error)
{
    if (!m_latestSeq.exec({}, error))
        return false;
    if (!m_latestSeq.query().next()) {
        *error = tr("cannot read the latest seq");
        return false;
    }
    *seq = m_latestSeq.query().value(0).toLongLong();
    m_latestSeq.finish();
    return true;
}

std::optional<QList<protocol::PublishSopResponse>>
SopLedger::publish(const QList<protocol::PublishSopRequest> &requests, const Principal &principal,
                   qint64 nowMs, bool *badInput, QString *error)
{
    *badInput = false;
    // Every file is parsed before the lock is taken; one bad file publishes nothing.
    QList<domain::SopDocument> documents;
    QStringList fileNames;
    for (const protocol::PublishSopRequest &request : requests) {
        const QString fileName
            = request.fileName.isEmpty() ? QStringLiteral("(published text)") : request.fileName;
        domain::SopParseError parseError;
        const auto document = domain::parseSop(request.text.toUtf8(), fileName, &parseError);
        if (!document) {
            *badInput = true;
            *error = parseError.toString();
            return std::nullopt;
        }
        documents.append(*document);
        fileNames.append(fileName);
    }

    SqlTransaction transaction(m_connection);
    qint64 seq = 0;
    if (!transaction.begin(SqlTransaction::Mode::Sequenced, error) || !latestSeq(&seq, error))
        return std::nullopt;
    QList<protocol::PublishSopResponse> responses;
    RowBatch rows = m_insertChanges.rows();
    for (qsizetype i = 0; i < requests.size(); ++i) {
        const domain::SopDocument &document = documents.at(i);
        const QString &fileName = fileNames.at(i);
        protocol::PublishSopResponse response;
        if (!m_version.exec({document.id, document.version}, error))
            return std::nullopt;
        if (m_version.query().next()) {
            const QSqlQuery &q = m_version.query();
            const auto stored = domain::parseSop(q.value(1).toString().toUtf8(), fileName, nullptr);
            response.sop = {document.id,           document.version,        q.value(0).toString(),
                            q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toString()};
            response.seq = q.value(4).toLongLong();
            m_version.finish();
            if (!stored || *stored != document) {
                *badInput = true;
                *error = tr("%1: version %2 of \"%3\" is already published with other content; "
                            "publish the changed procedure as a higher version")
                             .arg(fileName)
                             .arg(document.version)
                             .arg(document.id);
                return std::nullopt;
            }
            response.unchanged = true;
            responses.append(response);
            continue;
        }
        m_version.finish();
        if (!m_latestVersion.exec({document.id}, error))
            return std::nullopt;
        if (!m_latestVersion.query().next()) {
            *error = tr("cannot read the latest version of \"%1\"").arg(document.id);
            return std::nullopt;
        }
        const int latest = m_latestVersion.query().value(0).toInt();
        m_latestVersion.finish();
        if (latest > document.version) {
            *badInput = true;
            *error = tr("%1: \"%2\" is at version %3 already; version %4 cannot be published "
                        "after it")
                         .arg(fileName, document.id)
                         .arg(latest)
                         .arg(document.version);
            return std::nullopt;
        }
        response.sop = {document.id, document.version,  fileName,
                        requests.at(i).text, nowMs, principal.user};
        response.seq = ++seq;
        rows.row()
            .add("seq", response.seq)
            .add("kind", sopVersionKind)
            .add("id", idText(versionChangeId(document.id, document.version)))
            .add("location", QString())
            .addJson("body", compact(protocol::encodeSopVersion(response.sop)))
            .add("received_at", nowMs);
        const QString rolesText = QString::fromUtf8(
            QJsonDocument(QJsonArray::fromStringList(document.roles)).toJson(QJsonDocument::Compact));
        if (!m_insertVersion.exec({document.id, document.version, document.title, rolesText,
                                   fileName, requests.at(i).text, nowMs, notNull(principal.user),
                                   response.seq},
                                  error))
            return std::nullopt;
        responses.append(response);
    }
    if ((!rows.isEmpty() && !m_insertChanges.exec(rows, error))
        || !transaction.commit(error))
        return std::nullopt;
    return responses;
}

bool SopLedger::findStored(const QList<QUuid> &ids, QHash<QUuid, Known> *stored, QString *error)
{
    JsonRowWriter rows;
    for (const QUuid &id : ids)
        rows.row().add("id", idText(id));
    if (!m_stored.exec({rows.text()}, error))
        return false;
    while (m_stored.query().next()) {
        const QSqlQuery &q = m_stored.query();
        stored->insert(QUuid::fromString(q.value(0).toString()),
                       {q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString()});
    }
    m_stored.finish();
    return true;
}

bool SopLedger::publishedVersions(QSet<QString> *published, QString *error)
{
    if (!m_allVersions.exec({}, error))
        return false;
    while (m_allVersions.query().next())
        published->insert(versionKey(m_allVersions.query().value(0).toString(),
                                     m_allVersions.query().value(1).toInt()));
    m_allVersions.finish();
    return true;
}

QList<StoredChange> SopLedger::push(const QList<protocol::ChangeEnvelope> &changes,
                                    const Principal &principal, qint64 receivedAtMs,
                                    QString *error)
{
    if (changes.isEmpty())
        return {};
    // Checked and encoded before the lock is taken.
    struct Incoming
    {
        QUuid id;
        QString kind;
        QString sopId;
        int version = 0;
        QString problem;
        QJsonObject body;
    };
    QList<Incoming> incoming;
    QList<QUuid> ids;
    const QString trainRefusal
        = domain::capabilityRefusal(principal.role, domain::Capability::TrainStaff);
    for (const protocol::ChangeEnvelope &change : changes) {
        Incoming in{change.id, change.kind, {}, 0, {}, {}};
        if (change.sopAck) {
            const domain::SopAcknowledgement &ack = *change.sopAck;
            in.sopId = ack.sopId;
            in.version = ack.version;
            in.body = protocol::encodeSopAcknowledgement(ack);
            if (ack.user != principal.user)
                in.problem = tr("User %1 may not acknowledge an SOP for %2.")
                                 .arg(principal.user, ack.user);
        } else if (change.training) {
            const domain::TrainingSession &session = *change.training;
            in.sopId = session.sopId;
            in.version = session.version;
            in.body = protocol::encodeTrainingSession(session);
            if (!trainRefusal.isEmpty())
                in.problem = trainRefusal;
            else if (session.trainer != principal.user)
                in.problem = tr("User %1 may not record a training session held by %2.")
                                 .arg(principal.user, session.trainer);
        } else {
            in.problem = tr("not an SOP acknowledgement or training session");
        }
        ids.append(change.id);
        incoming.append(in);
    }

    SqlTransaction transaction(m_connection);
    qint64 seq = 0;
    QHash<QUuid, Known> stored;
    QSet<QString> published;
    if (!transaction.begin(SqlTransaction::Mode::Sequenced, error) || !latestSeq(&seq, error)
        || !findStored(ids, &stored, error) || !publishedVersions(&published, error))
        return {};
    RowBatch rows = m_insertChanges.rows();
    QHash<QUuid, std::pair<qint64, QJsonObject>> accepted;
    QList<StoredChange> results;
    for (const Incoming &in : std::as_const(incoming)) {
        StoredChange result{in.id, protocol::PushStatus::Rejected, 0, in.problem, false};
        const auto earlier = accepted.constFind(in.id);
        const auto existing = stored.constFind(in.id);
        if (earlier != accepted.constEnd() || existing != stored.constEnd()) {
            const bool same = earlier != accepted.constEnd()
                                  ? earlier->second == in.body
                                  : existing->kind == in.kind
                                        && QJsonDocument::fromJson(existing->body.toUtf8()).object()
                                               == in.body;
            if (same) {
                result = {in.id, protocol::PushStatus::Duplicate,
                          earlier != accepted.constEnd() ? earlier->first : existing->seq,
                          {}, false};
            } else {
                result.conflict = true;
                result.reason = tr("%1 %2 exists with different content").arg(in.kind, idText(in.id));
            }
        } else if (result.reason.isEmpty() && !published.contains(versionKey(in.sopId, in.version))) {
            result.reason = tr("SOP \"%1\" version %2 is not published at the central IMS.")
                                .arg(in.sopId)
                                .arg(in.version);
        } else if (result.reason.isEmpty()) {
            result.status = protocol::PushStatus::Accepted;
            result.seq = ++seq;
            accepted.insert(in.id, {result.seq, in.body});
            rows.row()
                .add("seq", result.seq)
                .add("kind", in.kind)
                .add("id", idText(in.id))
                .add("location", QString())
                .addJson("body", compact(in.body))
                .add("received_at", receivedAtMs);
            if (in.kind == sopAckKind
                && !m_insertAck.exec({idText(in.id), in.sopId, in.version,
                                      in.body.value(QStringLiteral("user")).toString(),
                                      in.body.value(QStringLiteral("at")).toInteger(), result.seq},
                                     error))
                return {};
        }
        results.append(result);
    }
    if ((!rows.isEmpty() && !m_insertChanges.exec(rows, error))
        || !transaction.commit(error))
        return {};
    return results;
}

QList<protocol::SopVersion> SopLedger::versions(const QString &sopId, QString *error)
{
    QString sql = QStringLiteral("SELECT sop_id, version, file_name, text, published_at,"
                                 " published_by FROM sop_versions");
    if (!sopId.isEmpty())
        sql += QStringLiteral(" WHERE sop_id = ?");
    sql += QStringLiteral(" ORDER BY sop_id, version");
    SqlStatement select(m_connection.db, sql);
    QList<protocol::SopVersion> list;
    const bool ok = sopId.isEmpty() ? select.exec({}, error) : select.exec({sopId}, error);
    if (!ok)
        return list;
    while (select.query().next()) {
        const QSqlQuery &q = select.query();
        list.append({q.value(0).toString(), q.value(1).toInt(), q.value(2).toString(),
                     q.value(3).toString(), q.value(4).toLongLong(), q.value(5).toString()});
    }
    select.finish();
    return list;
}

std::optional<protocol::SopAcknowledgementReport>
SopLedger::acknowledgements(const QString &sopId, int version, const Principal &principal,
                            QString *error)
{
    SqlTransaction transaction(m_connection);
    if (!transaction.begin(SqlTransaction::Mode::Read, error))
        return std::nullopt;
    int wanted = version;
    if (wanted <= 0) {
        if (!m_latestVersion.exec({sopId}, error))
            return std::nullopt;
        if (!m_latestVersion.query().next()) {
            *error = tr("cannot read the latest version of \"%1\"").arg(sopId);
            return std::nullopt;
        }
        wanted = m_latestVersion.query().value(0).toInt();
        m_latestVersion.finish();
    }
    if (!m_version.exec({sopId, wanted}, error))
        return std::nullopt;
    if (!m_version.query().next()) {
        m_version.finish();
        *error = version > 0 ? tr("SOP \"%1\" has no published version %2.").arg(sopId).arg(version)
                             : tr("There is no published SOP \"%1\".").arg(sopId);
        return std::nullopt;
    }
    protocol::SopAcknowledgementReport report;
    report.sopId = sopId;
    report.version = wanted;
    report.title = m_version.query().value(5).toString();
    const QStringList roles = listFromText(m_version.query().value(6).toString());
    m_version.finish();

    // Who works where: a principal bound to locations sees the people of those locations.
    QHash<QString, QStringList> locationsOf;
    SqlStatement userLocations(m_connection.db,
                               QStringLiteral("SELECT user_name, location FROM user_locations"));
    if (!userLocations.exec({}, error))
        return std::nullopt;
    while (userLocations.query().next())
        locationsOf[userLocations.query().value(0).toString()].append(
            userLocations.query().value(1).toString());
    userLocations.finish();
    const auto visible = [&](const QString &user) {
        if (principal.locations.isEmpty())
            return true;
        const QStringList theirs = locationsOf.value(user);
        return std::any_of(theirs.cbegin(), theirs.cend(),
                           [&](const QString &code) { return principal.mayAccess(code); });
    };

    QHash<QString, qint64> acknowledgedAt;
    SqlStatement acks(m_connection.db,
                      QStringLiteral("SELECT user_name, MIN(at) FROM sop_acknowledgements"
                                     " WHERE sop_id = ? AND version = ? GROUP BY user_name"));
    if (!acks.exec({sopId, wanted}, error))
        return std::nullopt;
    while (acks.query().next())
        acknowledgedAt.insert(acks.query().value(0).toString(), acks.query().value(1).toLongLong());
    acks.finish();

    SqlStatement users(m_connection.db, QStringLiteral("SELECT name, role, disabled FROM users"
                                                       " ORDER BY name"));
    if (!users.exec({}, error))
        return std::nullopt;
    QSet<QString> known;
    while (users.query().next()) {
        const QString name = users.query().value(0).toString();
        const QString role = users.query().value(1).toString();
        const bool disabled = users.query().value(2).toInt() != 0;
        known.insert(name);
        if (!visible(name))
            continue;
        if (const auto it = acknowledgedAt.constFind(name); it != acknowledgedAt.constEnd())
            report.acknowledged.append({name, role, *it});
        else if (!disabled && (roles.isEmpty() || roles.contains(role)))
            report.pending.append({name, role, 0});
    }
    users.finish();
    std::stable_sort(report.acknowledged.begin(), report.acknowledged.end(),
                     [](const auto &a, const auto &b) { return a.atMs < b.atMs; });
    return report;
}

} // namespace stockroom::server
