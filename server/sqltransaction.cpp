#include "sqltransaction.h"

#include "sqlstatement.h"

namespace stockroom::server {

SqlTransaction::SqlTransaction(const SqlConnection &connection)
    : m_db(connection.db)
    , m_dialect(connection.dialect)
    , m_gate(connection.sqliteWriteGate)
{}

SqlTransaction::~SqlTransaction()
{
    rollback();
}

bool SqlTransaction::begin(Mode mode, QString *error)
{
    Q_ASSERT(!m_active);
    QString sql;
    if (m_dialect == SqlDialect::Sqlite) {
        if (mode != Mode::Read && m_gate)
            m_gateLock = std::unique_lock<QMutex>(*m_gate);
        sql = mode == Mode::Read ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE");
    } else {
        sql = mode == Mode::Read
                  ? QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY")
                  : QStringLiteral("BEGIN");
    }
    if (!SqlStatement::execText(m_db, sql, error)) {
        if (m_gateLock.owns_lock())
            m_gateLock.unlock();
        return false;
    }
    m_active = true;
    if (m_dialect == SqlDialect::Postgresql && mode == Mode::Sequenced
        && !SqlStatement::execText(
            m_db, QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(feedLockKey), error)) {
        rollback();
        return false;
    }
    return true;
}

bool SqlTransaction::commit(QString *error)
{
    Q_ASSERT(m_active);
    const bool ok = SqlStatement::execText(m_db, QStringLiteral("COMMIT"), error);
    if (!ok) {
        rollback();
        return false;
    }
    m_active = false;
    if (m_gateLock.owns_lock())
        m_gateLock.unlock();
    return true;
}

void SqlTransaction::rollback()
{
    if (m_active) {
        SqlStatement::execText(m_db, QStringLiteral("ROLLBACK"), nullptr);
        m_active = false;
    }
    if (m_gateLock.owns_lock())
        m_gateLock.unlock();
}

} // namespace stockroom::server
