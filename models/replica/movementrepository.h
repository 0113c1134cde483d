#pragma once

#include "sqlhelpers.h"

#include "movement.h"
#include "sqlitestatement.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <optional>

namespace stockroom::replica {

/** The movement ledger in the replica: append-only, keyed by the movement's UUID. */
class MovementRepository
{
public:
    explicit MovementRepository(const QSqlDatabase &db);

    bool insert(const domain::Movement &movement, qint64 recordedAtMs, QString *error);
    /**
     * Inserts the movement unless its id is already in the ledger; *inserted says which. One
     * statement instead of a look-up and an insert on the recording path.
     */
    bool insertNew(const domain::Movement &movement, qint64 recordedAtMs, bool *inserted,
                   QString *error);
    std::optional<domain::Movement> find(const QUuid &id) const;
    /** Every movement of one location and SKU (the input of the fold). */
    QList<domain::Movement> forPosition(const QString &location, const QString &sku) const;
    /** The newest movements of one position first, at most limit of them. */
    QList<domain::Movement> history(const QString &location, const QString &sku, int limit) const;
    qint64 count() const;

    /** Reads the columns selected by selectColumns() into a movement. */
    static domain::Movement fromRow(const QSqlQuery &query, int firstColumn = 0);
    static domain::Movement fromRow(const sqlite::Statement &statement, int firstColumn = 0);
    static QString selectColumns(const QString &tablePrefix = {});

private:
    QSqlDatabase m_db;
    mutable StatementCache m_statements;
    // The ledger's hot statements, on the sqlite3 handle (QSqlQuery's binding costs more than
    // the insert).
    sqlite::Statement m_insert;
    sqlite::Statement m_insertNew;
    mutable sqlite::Statement m_find;
    mutable sqlite::Statement m_forPosition;
};

} // namespace stockroom::replica
