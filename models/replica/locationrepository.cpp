#include "locationrepository.h"

#include "sqlhelpers.h"

namespace stockroom::replica {

namespace {

domain::Location fromRow(const QSqlQuery &query)
{
    return {query.value(0).toString(), query.value(1).toString(),
            domain::locationKindFromName(query.value(2).toString())
                .value_or(domain::Location::Kind::Store)};
}

} // namespace

LocationRepository::LocationRepository(const QSqlDatabase &db)
    : m_db(db)
    , m_statements(db)
{}

bool LocationRepository::upsert(const domain::Location &location, bool own, QString *error)
{
    QSqlQuery query = prepared(
        m_db, QStringLiteral(
                  "INSERT INTO locations (code, name, kind, own) VALUES (?, ?, ?, ?)"
                  " ON CONFLICT (code) DO UPDATE SET name = excluded.name, kind = excluded.kind,"
                  " own = max(own, excluded.own)"));
    query.addBindValue(location.code);
    query.addBindValue(location.name);
    query.addBindValue(domain::locationKindName(location.kind));
    query.addBindValue(own ? 1 : 0);
    return execOrFail(query, error);
}

QList<domain::Location> LocationRepository::all() const
{
    QSqlQuery query = prepared(
        m_db, QStringLiteral("SELECT code, name, kind FROM locations ORDER BY own DESC, code"));
    QList<domain::Location> locations;
    if (query.exec()) {
        while (query.next())
            locations.append(fromRow(query));
    }
    return locations;
}

std::optional<domain::Location> LocationRepository::find(const QString &code) const
{
    QSqlQuery &query
        = m_statements.get(QStringLiteral("SELECT code, name, kind FROM locations WHERE code = ?"));
    query.addBindValue(code);
    std::optional<domain::Location> found;
    if (query.exec() && query.next())
        found = fromRow(query);
    query.finish();
    return found;
}

bool LocationRepository::isOwn(const QString &code) const
{
    QSqlQuery &query = m_statements.get(QStringLiteral("SELECT own FROM locations WHERE code = ?"));
    query.addBindValue(code);
    return firstValue(query, 0).toInt() == 1;
}

LocationRepository::Ownership LocationRepository::ownership(const QString &code) const
{
    QSqlQuery &query = m_statements.get(QStringLiteral("SELECT own FROM locations WHERE code = ?"));
    query.addBindValue(code);
    const QVariant own = firstValue(query);
    if (own.isNull() || !own.isValid())
        return Ownership::Unknown;
    return own.toInt() == 1 ? Ownership::Own : Ownership::Elsewhere;
}

QStringList LocationRepository::ownCodes() const
{
    QSqlQuery &query = m_statements.get(
        QStringLiteral("SELECT code FROM locations WHERE own = 1 ORDER BY code"));
    QStringList codes;
    if (query.exec()) {
        while (query.next())
            codes.append(query.value(0).toString());
    }
    return codes;
}

} // namespace stockroom::replica
