#pragma once

#include "sqlhelpers.h"

#include "location.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace stockroom::replica {

/** The chain's locations in the replica, and which of them this desktop keeps a ledger for. */
class LocationRepository
{
public:
    explicit LocationRepository(const QSqlDatabase &db);

    bool upsert(const domain::Location &location, bool own, QString *error);
    QList<domain::Location> all() const;
    std::optional<domain::Location> find(const QString &code) const;
    bool isOwn(const QString &code) const;
    enum class Ownership { Unknown, Elsewhere, Own };
    /** Whether a location exists and whether this desktop keeps its ledger, in one look-up. */
    Ownership ownership(const QString &code) const;
    QStringList ownCodes() const;

private:
    QSqlDatabase m_db;
    mutable StatementCache m_statements;
};

} // namespace stockroom::replica
