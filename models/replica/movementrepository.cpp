#include "movementrepository.h"

#include "sqlhelpers.h"

namespace stockroom::replica {

MovementRepository::MovementRepository(const QSqlDatabase &db)
    : m_db(db)
    , m_statements(db)
    , m_insert(prepared(
          db,
          QStringLiteral(
              "INSERT INTO movements (id, location, sku, kind, quantity, occurred_at, user_name,"
              " device, reason_code, reference, note, server_seq, recorded_at)"
              " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")))
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
    m_insert.bindValue(0, m.id.toString(QUuid::WithoutBraces));
    m_insert.bindValue(1, m.location);
    m_insert.bindValue(2, m.sku);
    m_insert.bindValue(3, domain::movementKindName(m.kind));
    m_insert.bindValue(4, m.quantity);
    m_insert.bindValue(5, m.occurredAtMs);
    m_insert.bindValue(6, notNull(m.user));
    m_insert.bindValue(7, notNull(m.device));
    m_insert.bindValue(8, notNull(m.reasonCode));
    m_insert.bindValue(9, notNull(m.reference));
    m_insert.bindValue(10, notNull(m.note));
    m_insert.bindValue(11, nullableInt(m.serverSeq));
    m_insert.bindValue(12, recordedAtMs);
    return execOrFail(m_insert, error);
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
