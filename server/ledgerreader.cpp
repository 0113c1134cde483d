#include "ledgerreader.h"

#include "changes.h"
#include "jsonrowwriter.h"
#include "ledgerfold.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace stockroom::server {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("stockroom::server::LedgerReader", text);
}

const QChar cursorSeparator(0x1f);

QString scopeRows(const QStringList &locations)
{
    JsonRowWriter rows;
    for (const QString &code : locations)
        rows.row().add("code", code);
    return rows.text();
}

QJsonObject parseBody(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object();
}

const QString positionRange = QStringLiteral("m.kind = 'movement' AND (m.location, m.sku) > (?, ?)"
                                             " AND (m.location, m.sku) <= (?, ?) AND m.seq <= ?");

} // namespace

LedgerReader::LedgerReader(const SqlConnection &connection)
    : m_connection(connection)
    , m_feed(connection, QStringLiteral("SELECT seq, kind, id, location, body, received_at"
                                        " FROM changes WHERE seq > ? ORDER BY seq LIMIT ?"))
    , m_scopedFeed(connection,
                   QStringLiteral("SELECT seq, kind, id, location, body, received_at FROM changes"
                                  " WHERE seq > ? AND (location IN (SELECT code FROM %1 r)"
                                  " OR location = '') ORDER BY seq LIMIT ?")
                       .arg(jsonRows(connection.dialect,
                                     {{QLatin1StringView("code"), QLatin1StringView("text")}})))
    , m_latestSeq(connection.db, QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM changes"))
    , m_level(connection.db, QStringLiteral("SELECT on_hand, committed, last_count_at FROM levels"
                                            " WHERE location = ? AND sku = ?"))
    , m_levelsAt(connection.db, QStringLiteral("SELECT sku, on_hand, committed, last_count_at"
                                               " FROM levels WHERE location = ? ORDER BY sku"))
    , m_snapshotLevels(connection.db,
                       QStringLiteral("SELECT location, sku, on_hand, committed, last_count_at,"
                                      " last_seq FROM levels WHERE first_seq <= ?"
                                      " AND (location, sku) > (?, ?) ORDER BY location, sku"
                                      " LIMIT ?"))
    , m_snapshotFold(connection.db,
                     QStringLiteral("SELECT m.location, m.sku, m.id, m.movement_kind, m.quantity,"
                                    " m.occurred_at FROM changes m WHERE %1"
                                    " ORDER BY m.location, m.sku")
                         .arg(positionRange))
    , m_snapshotLedger(connection, QStringLiteral("SELECT m.seq, m.body FROM changes m WHERE %1"
                                                  " ORDER BY m.location, m.sku, m.seq")
                                       .arg(positionRange))
    , m_scopedSnapshotLedger(
          connection, QStringLiteral("SELECT m.seq, m.body FROM changes m"
                                     " WHERE %1 AND m.location IN (SELECT code FROM %2 r)"
                                     " ORDER BY m.location, m.sku, m.seq")
                          .arg(positionRange,
                               jsonRows(connection.dialect,
                                        {{QLatin1StringView("code"), QLatin1StringView("text")}})))
{}

QList<protocol::FeedChange> LedgerReader::feed(qint64 after, int limit, const Principal &principal)
{
    QList<protocol::FeedChange> changes;
    if (limit <= 0)
        return changes;
    SqlRows &select = principal.locations.isEmpty() ? m_feed : m_scopedFeed;
    const bool ok = principal.locations.isEmpty()
                        ? select.exec({after, limit}, nullptr)
                        : select.exec({after, scopeRows(principal.locations), limit}, nullptr);
    if (!ok)
        return changes;
    readChanges(select, &changes);
    return changes;
}

void LedgerReader::readChanges(SqlRows &select, QList<protocol::FeedChange> *changes)
{
    // Columns: seq, kind, id, location, body, received_at. A row that cannot be read ends the
    // page there (the page is still a prefix of the feed).
    while (select.next()) {
        protocol::FeedChange change;
        change.seq = select.integer(0);
        change.kind = select.text(1);
        change.id = QUuid::fromString(select.text(2));
        change.location = select.text(3);
        change.receivedAtMs = select.integer(5);
        decodeBody(select.utf8(4), &change);
        changes->append(std::move(change));
    }
    select.finish(nullptr);
}

void LedgerReader::decodeBody(const QByteArray &text, protocol::FeedChange *change)
{
    protocol::DecodeError ignored;
    if (change->kind == QLatin1String("movement")) {
        change->movement = protocol::decodeMovementJson(text, &ignored);
        if (change->movement)
            change->movement->serverSeq = change->seq;
        return;
    }
    const QJsonObject body = parseBody(text);
    if (change->kind == QLatin1String("discrepancy_event")) {
        change->discrepancyEvent = protocol::decodeDiscrepancyEvent(body, {}, &ignored);
    } else if (change->kind == QLatin1String("sop_version")) {
        change->sopVersion = protocol::decodeSopVersion(body, {}, &ignored);
    } else if (change->kind == QLatin1String("sop_ack")) {
        change->sopAck = protocol::decodeSopAcknowledgement(body, {}, &ignored);
    } else if (change->kind == QLatin1String("training_session")) {
        change->training = protocol::decodeTrainingSession(body, {}, &ignored);
    } else {
        change->discrepancy = protocol::decodeDiscrepancy(body, {}, &ignored);
    }
}

QList<protocol::FeedChange> LedgerReader::discrepancyChanges(qint64 asOfSeq,
                                                             const Principal &principal)
{
    QList<protocol::FeedChange> changes;
    QString sql = QStringLiteral("SELECT seq, kind, id, location, body, received_at FROM changes"
                                 " WHERE kind <> 'movement' AND kind IN ('discrepancy',"
                                 " 'discrepancy_event', 'sop_version', 'sop_ack',"
                                 " 'training_session') AND seq <= ?");
    const bool scoped = !principal.locations.isEmpty();
    if (scoped) {
        sql += QStringLiteral(" AND (location IN (SELECT code FROM %1 r) OR location = '')")
                   .arg(jsonRows(m_connection.dialect,
                                 {{QLatin1StringView("code"), QLatin1StringView("text")}}));
    }
    sql += QStringLiteral(" ORDER BY seq");
    SqlRows select(m_connection, sql);
    const bool ok = scoped ? select.exec({asOfSeq, scopeRows(principal.locations)}, nullptr)
                           : select.exec({asOfSeq}, nullptr);
    if (!ok)
        return changes;
    readChanges(select, &changes);
    return changes;
}

std::optional<qint64> LedgerReader::latestSeq(QString *error)
{
    if (!m_latestSeq.exec({}, error) || !m_latestSeq.query().next())
        return std::nullopt;
    const qint64 seq = m_latestSeq.query().value(0).toLongLong();
    m_latestSeq.finish();
    return seq;
}

std::optional<domain::StockPosition> LedgerReader::level(const QString &location,
                                                         const QString &sku)
{
    if (!m_level.exec({location, sku}, nullptr) || !m_level.query().next()) {
        m_level.finish();
        return std::nullopt;
    }
    const QSqlQuery &q = m_level.query();
    domain::StockPosition position{
        location, sku, {q.value(0).toLongLong(), q.value(1).toLongLong()}, optionalInt(q.value(2))};
    m_level.finish();
    return position;
}

QList<domain::StockPosition> LedgerReader::levelsAt(const QString &location, qint64 *asOfSeq)
{
    QList<domain::StockPosition> positions;
    SqlTransaction transaction(m_connection);
    QString error;
    if (!transaction.begin(SqlTransaction::Mode::Read, &error)
        || !m_levelsAt.exec({location}, &error))
        return positions;
    QSqlQuery &q = m_levelsAt.query();
    while (q.next())
        positions.append({location,
                          q.value(0).toString(),
                          {q.value(1).toLongLong(), q.value(2).toLongLong()},
                          optionalInt(q.value(3))});
    m_levelsAt.finish();
    const auto seq = latestSeq(&error);
    if (!seq || !transaction.commit(&error))
        return {};
    if (asOfSeq)
        *asOfSeq = *seq;
    return positions;
}

bool LedgerReader::snapshot(qint64 asOfSeq, const QString &after, int limit,
                            const Principal &principal, QList<domain::StockPosition> *levels,
                            QList<QByteArray> *movements, QString *nextAfter, QString *error)
{
    movements->clear();
    levels->clear();
    nextAfter->clear();
    std::pair<QString, QString> from{QStringLiteral(""), QStringLiteral("")};
    if (!after.isEmpty()) {
        const auto position = positionOf(after);
        if (!position) {
            *error = tr("\"%1\" is not a snapshot cursor of this server.").arg(after);
            return false;
        }
        from = *position;
    }
    if (limit <= 0) {
        *error = tr("A snapshot page must hold at least one position.");
        return false;
    }
    SqlTransaction transaction(m_connection);
    if (!transaction.begin(SqlTransaction::Mode::Read, error))
        return false;
    const auto latest = latestSeq(error);
    if (!latest)
        return false;
    if (asOfSeq < 0 || asOfSeq > *latest) {
        *error = tr("There is no seq %1 yet; the newest is %2.").arg(asOfSeq).arg(*latest);
        return false;
    }

    if (!m_snapshotLevels.exec({asOfSeq, from.first, from.second, limit + 1}, error))
        return false;
    bool stale = false;
    QList<qint64> lastSeqs;
    QSqlQuery &q = m_snapshotLevels.query();
    while (q.next()) {
        levels->append({q.value(0).toString(),
                        q.value(1).toString(),
                        {q.value(2).toLongLong(), q.value(3).toLongLong()},
                        optionalInt(q.value(4))});
        lastSeqs.append(q.value(5).toLongLong());
    }
    m_snapshotLevels.finish();
    if (levels->size() > limit) {
        levels->removeLast();
        lastSeqs.removeLast();
        *nextAfter = cursorFor(levels->constLast().location, levels->constLast().sku);
    }
    if (levels->isEmpty())
        return transaction.commit(error);
    for (qint64 lastSeq : std::as_const(lastSeqs))
        stale = stale || lastSeq > asOfSeq;

    const std::pair<QString, QString> to{levels->constLast().location, levels->constLast().sku};
    if (stale) {
        // Positions changed after asOfSeq: their stored level is too new; fold the ledger.
        QHash<std::pair<QString, QString>, domain::StockPosition> folded;
        if (!foldStale(from, to, asOfSeq, &folded, error))
            return false;
        for (qsizetype i = 0; i < levels->size(); ++i) {
            if (lastSeqs.at(i) > asOfSeq)
                (*levels)[i] = folded.value({levels->at(i).location, levels->at(i).sku});
        }
    }
    return readLedger(from, to, asOfSeq, principal, movements, error) && transaction.commit(error);
}

bool LedgerReader::foldStale(const std::pair<QString, QString> &from,
                             const std::pair<QString, QString> &to, qint64 asOfSeq,
                             QHash<std::pair<QString, QString>, domain::StockPosition> *folded,
                             QString *error)
{
    if (!m_snapshotFold.exec({from.first, from.second, to.first, to.second, asOfSeq}, error))
        return false;
    QHash<std::pair<QString, QString>, QList<domain::Movement>> ledgers;
    QSqlQuery &q = m_snapshotFold.query();
    while (q.next()) {
        domain::Movement m;
        m.location = q.value(0).toString();
        m.sku = q.value(1).toString();
        m.id = QUuid::fromString(q.value(2).toString());
        m.kind = domain::movementKindFromName(q.value(3).toString())
                     .value_or(domain::MovementKind::Receipt);
        m.quantity = q.value(4).toLongLong();
        m.occurredAtMs = q.value(5).toLongLong();
        ledgers[{m.location, m.sku}].append(m);
    }
    m_snapshotFold.finish();
    for (auto it = ledgers.cbegin(); it != ledgers.cend(); ++it) {
        domain::StockPosition position{it.key().first, it.key().second,
                                       domain::foldLedger(it.value()), std::nullopt};
        const domain::Movement *latestCount = nullptr;
        for (const domain::Movement &m : it.value()) {
            if (m.kind == domain::MovementKind::Count
                && (!latestCount || domain::isLaterInLedger(m, *latestCount)))
                latestCount = &m;
        }
        if (latestCount)
            position.lastCountedAtMs = latestCount->occurredAtMs;
        folded->insert(it.key(), position);
    }
    return true;
}

bool LedgerReader::readLedger(const std::pair<QString, QString> &from,
                              const std::pair<QString, QString> &to, qint64 asOfSeq,
                              const Principal &principal, QList<QByteArray> *movements,
                              QString *error)
{
    const bool scoped = !principal.locations.isEmpty();
    SqlRows &select = scoped ? m_scopedSnapshotLedger : m_snapshotLedger;
    const bool ok
        = scoped ? select.exec({from.first, from.second, to.first, to.second, asOfSeq,
                                scopeRows(principal.locations)},
                               error)
                 : select.exec({from.first, from.second, to.first, to.second, asOfSeq}, error);
    if (!ok)
        return false;
    while (select.next()) {
        // The stored text with its seq, spliced: decoding and writing it again was most of a
        // page's work. A body in another form is read and written again.
        const qint64 seq = select.integer(0);
        const QByteArray body = select.utf8(1);
        QByteArray json = protocol::movementJsonWithSeq(body, seq);
        if (json.isEmpty()) {
            protocol::DecodeError decodeError;
            auto m = protocol::decodeMovementJson(body, &decodeError);
            if (!m) {
                *error = tr("The stored movement of seq %1 is unreadable: %2")
                             .arg(seq)
                             .arg(decodeError.toString());
                select.finish(nullptr);
                return false;
            }
            m->serverSeq = seq;
            json = protocol::encodeMovementJson(*m);
        }
        movements->append(std::move(json));
    }
    return select.finish(error);
}

QString LedgerReader::cursorFor(const QString &location, const QString &sku)
{
    return QString::fromLatin1(
        (location + cursorSeparator + sku)
            .toUtf8()
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<std::pair<QString, QString>> LedgerReader::positionOf(const QString &cursor)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        cursor.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    const QStringList parts = QString::fromUtf8(*decoded).split(cursorSeparator);
    if (parts.size() != 2 || parts.at(0).isEmpty() || parts.at(1).isEmpty())
        return std::nullopt;
    return std::pair{parts.at(0), parts.at(1)};
}

} // namespace stockroom::server
