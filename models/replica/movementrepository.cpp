#include "movementrepository.h"

#include "sqlhelpers.h"

namespace stockroom::replica {

namespace {

const auto insertSql = QStringLiteral(
    "INSERT INTO movements (id, location, sku, kind, quantity, occurred_at, user_name,"
    " device, reason_code, reference, note, server_seq, recorded_at)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");

void bindMovement(QSqlQuery &query, const domain::Movement &m, qint64 recordedAtMs)
{
    query.bindValue(0, m.id.toString(QUuid::WithoutBraces));
    query.bindValue(1, m.location);
    query.bindValue(2, m.sku);
    query.bindValue(3, domain::movementKindName(m.kind));
    query.bindValue(4, m.quantity);
    query.bindValue(5, m.occurredAtMs);
    query.bindValue(6, notNull(m.user));
    query.bindValue(7, notNull(m.device));
    query.bindValue(8, notNull(m.reasonCode));
    query.bindValue(9, notNull(m.reference));
    query.bindValue(10, notNull(m.note));
    query.bindValue(11, nullableInt(m.serverSeq));
    query.bindValue(12, recordedAtMs);
}

} // namespace

MovementRepository::MovementRepository(const QSqlDatabase &db)
    : m_db(db)
    , m_statements(db)
    , m_insert(prepared(db, insertSql))
    , m_insertNew(prepared(db, insertSql + QStringLiteral(" ON CONFLICT (id) DO NOTHING")))
{}

QString MovementRepository::selectColumns(const QString &tablePrefix)
{
    static const QStringList columns{
        QStringLiteral("id"),        QStringLiteral("location"), QStringLiteral("sku"),
        QStringLiteral("kind"),      QStringLiteral("quantity"), QStringLiteral("occurred_at"),
        QStringLiteral("user_name"), QStringLiteral("device"),   QStringLiteral("reason_code"),
        QStringLiteral("reference"), QStringLiteral("note"),     QStringLiteral("server_seq")};
    QStringList prefixed;
    for (const QString &column : columns)
        prefixed.append(tablePrefix + column);
    return prefixed.join(QStringLiteral(", "));
}

domain::Movement MovementRepository::fromRow(const QSqlQuery &query, int c)
{
    domain::Movement m;
    m.id = QUuid::fromString(query.value(c + 0).toString());
    m.location = query.value(c + 1).toString();
    m.sku = query.value(c + 2).toString();
    m.kind = domain::movementKindFromName(query.value(c + 3).toString())
                 .value_or(domain::MovementKind::Adjustment);
    m.quantity = query.value(c + 4).toLongLong();
    m.occurredAtMs = query.value(c + 5).toLongLong();
    m.user = query.value(c + 6).toString();
    m.device = query.value(c + 7).toString();
    m.reasonCode = query.value(c + 8).toString();
    m.reference = query.value(c + 9).toString();
    m.note = query.value(c + 10).toString();
    m.serverSeq = optionalInt(query.value(c + 11));
    return m;
}

bool MovementRepository::insert(const domain::Movement &m, qint64 recordedAtMs, QString *error)
{
    bindMovement(m_insert, m, recordedAtMs);
    return execOrFail(m_insert, error);
}

bool MovementRepository::insertNew(const domain::Movement &m, qint64 recordedAtMs, bool *inserted,
                                   QString *error)
{
    bindMovement(m_insertNew, m, recordedAtMs);
    if (!execOrFail(m_insertNew, error))
        return false;
    *inserted = m_insertNew.numRowsAffected() == 1;
    return true;
}

std::optional<domain::Movement> MovementRepository::find(const QUuid &id) const
{
    static const QString sql
        = QStringLiteral("SELECT %1 FROM movements WHERE id = ?").arg(selectColumns());
    QSqlQuery &query = m_statements.get(sql);
    query.addBindValue(id.toString(QUuid::WithoutBraces));
    std::optional<domain::Movement> found;
    if (query.exec() && query.next())
        found = fromRow(query);
    query.finish();
    return found;
}

QList<domain::Movement> MovementRepository::forPosition(const QString &location,
                                                        const QString &sku) const
{
    QSqlQuery &query
        = m_statements.get(QStringLiteral("SELECT %1 FROM movements WHERE location = ? AND sku = ?")
                               .arg(selectColumns()));
    query.addBindValue(location);
    query.addBindValue(sku);
    QList<domain::Movement> movements;
    if (query.exec()) {
        while (query.next())
            movements.append(fromRow(query));
    }
    return movements;
}

QList<domain::Movement> MovementRepository::history(const QString &location, const QString &sku,
                                                    int limit) const
{
    QSqlQuery &query
        = m_statements.get(QStringLiteral("SELECT %1 FROM movements WHERE location = ? AND sku = ?"
                                          " ORDER BY occurred_at DESC, id DESC LIMIT ?")
                               .arg(selectColumns()));
    query.addBindValue(location);
    query.addBindValue(sku);
    query.addBindValue(limit);
    QList<domain::Movement> movements;
    if (query.exec()) {
        while (query.next())
            movements.append(fromRow(query));
    }
    return movements;
}

qint64 MovementRepository::count() const
{
    QSqlQuery &query = m_statements.get(QStringLiteral("SELECT count(*) FROM movements"));
    return firstValue(query, 0).toLongLong();
}

} // namespace stockroom::replica
