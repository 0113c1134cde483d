#include "movementrepository.h"

#include "sqlhelpers.h"

namespace stockroom::replica {

namespace {

const QByteArray
    insertSql("INSERT INTO movements (id, location, sku, kind, quantity, occurred_at, user_name,"
              " device, reason_code, reference, note, server_seq, recorded_at)"
              " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");

void bindMovement(sqlite::Statement &statement, const domain::Movement &m, qint64 recordedAtMs)
{
    statement.bind(0, m.id)
        .bind(1, m.location)
        .bind(2, m.sku)
        .bind(3, domain::movementKindName(m.kind))
        .bind(4, m.quantity)
        .bind(5, m.occurredAtMs)
        .bind(6, m.user)
        .bind(7, m.device)
        .bind(8, m.reasonCode)
        .bind(9, m.reference)
        .bind(10, m.note)
        .bind(11, m.serverSeq)
        .bind(12, recordedAtMs);
}

} // namespace

MovementRepository::MovementRepository(const QSqlDatabase &db)
    : m_db(db)
    , m_statements(db)
    , m_insert(db, insertSql)
    , m_insertNew(db, insertSql + " ON CONFLICT DO NOTHING")
    , m_find(db,
             QStringLiteral("SELECT %1 FROM movements WHERE id = ?").arg(selectColumns()).toUtf8())
    , m_forPosition(db, QStringLiteral("SELECT %1 FROM movements WHERE location = ? AND sku = ?")
                            .arg(selectColumns())
                            .toUtf8())
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

domain::Movement MovementRepository::fromRow(const sqlite::Statement &row, int c)
{
    domain::Movement m;
    m.id = row.uuid(c + 0);
    m.location = row.text(c + 1);
    m.sku = row.text(c + 2);
    m.kind
        = domain::movementKindFromName(row.text(c + 3)).value_or(domain::MovementKind::Adjustment);
    m.quantity = row.integer(c + 4);
    m.occurredAtMs = row.integer(c + 5);
    m.user = row.text(c + 6);
    m.device = row.text(c + 7);
    m.reasonCode = row.text(c + 8);
    m.reference = row.text(c + 9);
    m.note = row.text(c + 10);
    m.serverSeq = row.optionalInteger(c + 11);
    return m;
}

bool MovementRepository::insert(const domain::Movement &m, qint64 recordedAtMs, QString *error)
{
    bindMovement(m_insert, m, recordedAtMs);
    return m_insert.exec(error);
}

bool MovementRepository::insertNew(const domain::Movement &m, qint64 recordedAtMs, bool *inserted,
                                   QString *error)
{
    bindMovement(m_insertNew, m, recordedAtMs);
    if (!m_insertNew.exec(error))
        return false;
    *inserted = m_insertNew.changes() == 1;
    return true;
}

std::optional<domain::Movement> MovementRepository::find(const QUuid &id) const
{
    std::optional<domain::Movement> found;
    if (m_find.bind(0, id).next()) {
        found = fromRow(m_find);
        m_find.reset();
    }
    return found;
}

QList<domain::Movement> MovementRepository::forPosition(const QString &location,
                                                        const QString &sku) const
{
    QList<domain::Movement> movements;
    m_forPosition.bind(0, location).bind(1, sku);
    while (m_forPosition.next())
        movements.append(fromRow(m_forPosition));
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
