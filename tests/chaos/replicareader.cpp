#include "replicareader.h"

#include <QAtomicInteger>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace stockroom::chaos {

namespace {

bool select(QSqlDatabase &db, const QString &sql, QSqlQuery *query, QString *error)
{
    *query = QSqlQuery(db);
    query->setForwardOnly(true);
    if (query->exec(sql))
        return true;
    *error = QStringLiteral("%1: %2").arg(sql, query->lastError().text());
    return false;
}

bool readInto(QSqlDatabase &db, ReplicaContents *contents, QString *error)
{
    QSqlQuery q;
    if (!select(db, QStringLiteral("SELECT code FROM locations WHERE own = 1 ORDER BY code"), &q,
                error))
        return false;
    while (q.next())
        contents->ownLocations.append(q.value(0).toString());

    if (!select(db,
                QStringLiteral("SELECT location, sku, on_hand, committed, last_count_at"
                               " FROM levels ORDER BY location, sku"),
                &q, error))
        return false;
    while (q.next()) {
        contents->levels.append(
            {q.value(0).toString(),
             q.value(1).toString(),
             {q.value(2).toLongLong(), q.value(3).toLongLong()},
             q.value(4).isNull() ? std::nullopt : std::optional(q.value(4).toLongLong())});
    }

    if (!select(db,
                QStringLiteral("SELECT id, location, sku, kind, quantity, occurred_at, user_name,"
                               " device, reason_code, reference, note, server_seq FROM movements"),
                &q, error))
        return false;
    while (q.next()) {
        domain::Movement m;
        m.id = QUuid::fromString(q.value(0).toString());
        m.location = q.value(1).toString();
        m.sku = q.value(2).toString();
        const auto kind = domain::movementKindFromName(q.value(3).toString());
        if (!kind) {
            *error = QStringLiteral("movement %1 has the unknown kind %2")
                         .arg(q.value(0).toString(), q.value(3).toString());
            return false;
        }
        m.kind = *kind;
        m.quantity = q.value(4).toLongLong();
        m.occurredAtMs = q.value(5).toLongLong();
        m.user = q.value(6).toString();
        m.device = q.value(7).toString();
        m.reasonCode = q.value(8).toString();
        m.reference = q.value(9).toString();
        m.note = q.value(10).toString();
        if (!q.value(11).isNull())
            m.serverSeq = q.value(11).toLongLong();
        contents->ledger.append(m);
    }

    if (!select(db, QStringLiteral("SELECT COUNT(*) FROM outbox"), &q, error) || !q.next())
        return false;
    contents->pending = q.value(0).toLongLong();

    if (!select(db,
                QStringLiteral("SELECT type, location, sku, reason FROM discrepancies"
                               " WHERE status = 'open' AND type IN ('rejected_change',"
                               " 'digest_mismatch') ORDER BY created_at"),
                &q, error))
        return false;
    while (q.next()) {
        contents->problems.append(QStringLiteral("%1 %2 %3: %4")
                                      .arg(q.value(0).toString(), q.value(1).toString(),
                                           q.value(2).toString(), q.value(3).toString()));
    }
    return true;
}

} // namespace

std::optional<ReplicaContents> readReplica(const QString &path, QString *error)
{
    static QAtomicInteger<int> counter;
    const QString name = QStringLiteral("chaos-replica-%1").arg(counter.fetchAndAddRelaxed(1));
    std::optional<ReplicaContents> contents;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            *error = QStringLiteral("cannot open %1: %2").arg(path, db.lastError().text());
        } else {
            ReplicaContents read;
            if (readInto(db, &read, error))
                contents = std::move(read);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return contents;
}

} // namespace stockroom::chaos
