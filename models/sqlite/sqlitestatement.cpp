#include "sqlitestatement.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QSet>
#include <QSqlDriver>
#include <QStringEncoder>
#include <QVariant>

#include <sqlite3.h>

namespace stockroom::sqlite {

namespace {

// SQLite's memory statistics take a process-wide mutex around every allocation it makes; the
// replica's hot statements allocate for each value they store, and nothing here reads those
// statistics. Set before main(), so before QtSql's driver initialises SQLite.
const bool memoryStatisticsOff = [] {
    return sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0) == SQLITE_OK;
}();

} // namespace

// The statements prepared on each connection, so that finalizeAll() finds them.
struct Registry
{
    static Registry &instance()
    {
        static Registry registry;
        return registry;
    }

    void add(sqlite3 *db, Statement *statement)
    {
        const QMutexLocker locker(&mutex);
        statements[db].insert(statement);
    }
    void remove(sqlite3 *db, Statement *statement)
    {
        const QMutexLocker locker(&mutex);
        const auto it = statements.find(db);
        if (it == statements.end())
            return;
        it->remove(statement);
        if (it->isEmpty())
            statements.erase(it);
    }
    void finalizeAll(sqlite3 *db)
    {
        const QMutexLocker locker(&mutex);
        for (Statement *statement : statements.take(db)) {
            sqlite3_finalize(statement->m_stmt);
            statement->m_stmt = nullptr;
            statement->m_handle = nullptr;
        }
    }

    QMutex mutex;
    QHash<sqlite3 *, QSet<Statement *>> statements;
};

sqlite3 *handle(const QSqlDatabase &db)
{
    const QSqlDriver *driver = db.driver();
    if (!driver || !db.isOpen())
        return nullptr;
    const QVariant value = driver->handle();
    if (!value.isValid() || qstrcmp(value.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(value.constData());
}

UuidText::UuidText(const QUuid &id)
{
    static constexpr char hex[] = "0123456789abcdef";
    const uchar bytes[16]
        = {uchar(id.data1 >> 24), uchar(id.data1 >> 16), uchar(id.data1 >> 8), uchar(id.data1),
           uchar(id.data2 >> 8),  uchar(id.data2),       uchar(id.data3 >> 8), uchar(id.data3),
           id.data4[0],           id.data4[1],           id.data4[2],          id.data4[3],
           id.data4[4],           id.data4[5],           id.data4[6],          id.data4[7]};
    int out = 0;
    for (int i = 0; i < 16; ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            text[out++] = '-';
        text[out++] = hex[bytes[i] >> 4];
        text[out++] = hex[bytes[i] & 0xf];
    }
}

Statement::Statement(const QSqlDatabase &db, QByteArray sql)
    : m_db(db)
    , m_sql(std::move(sql))
{}

Statement::~Statement()
{
    if (m_stmt) {
        Registry::instance().remove(m_handle, this);
        sqlite3_finalize(m_stmt);
    }
}

bool Statement::prepare(QString *error)
{
    // Prepared stays prepared: finalizeAll() before the connection closes clears m_stmt.
    if (m_stmt)
        return true;
    sqlite3 *db = handle(m_db);
    if (!db) {
        m_prepareError = QCoreApplication::translate("stockroom::sqlite::Statement",
                                                     "The database is not open.");
    } else if (sqlite3_prepare_v3(db, m_sql.constData(), int(m_sql.size()),
                                  SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr)
               != SQLITE_OK) {
        m_prepareError = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    } else {
        m_handle = db;
        Registry::instance().add(db, this);
        return true;
    }
    if (error)
        *error = m_prepareError;
    return false;
}

Statement &Statement::bind(int index, qint64 value)
{
    if (prepare(nullptr))
        sqlite3_bind_int64(m_stmt, index + 1, value);
    return *this;
}

Statement &Statement::bind(int index, const QString &text)
{
    // A null QString is empty text here, not NULL: bindNull() says NULL.
    if (prepare(nullptr))
        bindUtf8(index, text);
    return *this;
}

void Statement::bindUtf8(int index, QStringView text)
{
    // Converted here, into a buffer the statement keeps until this parameter is bound again:
    // bound as UTF-16, every value cost SQLite a copy and a conversion, each with an allocation.
    if (m_texts.size() <= size_t(index))
        m_texts.resize(size_t(index) + 1);
    QByteArray &utf8 = m_texts[size_t(index)];
    utf8.resize(text.size() * 3 + 1); // the most UTF-8 one UTF-16 unit takes; never null
    char *out = utf8.data();
    const char16_t *in = text.utf16();
    qsizetype i = 0;
    for (; i < text.size() && in[i] < 0x80; ++i)
        out[i] = char(in[i]);
    qsizetype size = i;
    if (i < text.size()) {
        QStringEncoder encoder(QStringEncoder::Utf8);
        size = encoder.appendToBuffer(out + i, text.sliced(i)) - out;
    }
    sqlite3_bind_text(m_stmt, index + 1, out, int(size), SQLITE_STATIC);
}

Statement &Statement::bind(int index, const std::optional<qint64> &value)
{
    return value ? bind(index, *value) : bindNull(index);
}

Statement &Statement::bind(int index, const QUuid &id)
{
    if (prepare(nullptr)) {
        if (m_texts.size() <= size_t(index))
            m_texts.resize(size_t(index) + 1);
        QByteArray &utf8 = m_texts[size_t(index)];
        const UuidText text(id);
        utf8.resize(sizeof text.text);
        memcpy(utf8.data(), text.text, sizeof text.text);
        sqlite3_bind_text(m_stmt, index + 1, utf8.constData(), int(utf8.size()), SQLITE_STATIC);
    }
    return *this;
}

Statement &Statement::bindNull(int index)
{
    if (prepare(nullptr))
        sqlite3_bind_null(m_stmt, index + 1);
    return *this;
}

QString Statement::failure() const
{
    return QString::fromUtf8(sqlite3_errmsg(m_handle));
}

bool Statement::exec(QString *error)
{
    if (!prepare(error))
        return false;
    int rc = sqlite3_step(m_stmt);
    while (rc == SQLITE_ROW)
        rc = sqlite3_step(m_stmt);
    // The message before reset: sqlite3_reset() may change it.
    const QString message = rc == SQLITE_DONE ? QString() : failure();
    sqlite3_reset(m_stmt);
    if (rc == SQLITE_DONE)
        return true;
    if (error)
        *error = message;
    return false;
}

bool Statement::next(QString *error)
{
    if (!prepare(error))
        return false;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE && error)
        *error = failure();
    sqlite3_reset(m_stmt);
    return false;
}

void Statement::reset()
{
    if (m_stmt)
        sqlite3_reset(m_stmt);
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

qint64 Statement::integer(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

std::optional<qint64> Statement::optionalInteger(int column) const
{
    return isNull(column) ? std::nullopt : std::optional(integer(column));
}

QString Statement::text(int column) const
{
    const auto *utf8 = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return utf8 ? QString::fromUtf8(utf8, sqlite3_column_bytes(m_stmt, column)) : QString();
}

QByteArrayView Statement::utf8(int column) const
{
    const auto *utf8 = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return utf8 ? QByteArrayView(utf8, sqlite3_column_bytes(m_stmt, column)) : QByteArrayView();
}

QUuid Statement::uuid(int column) const
{
    const auto *latin1 = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return latin1
               ? QUuid::fromString(QLatin1StringView(latin1, sqlite3_column_bytes(m_stmt, column)))
               : QUuid();
}

int Statement::changes() const
{
    return m_handle ? sqlite3_changes(m_handle) : 0;
}

void Statement::finalizeAll(const QSqlDatabase &db)
{
    if (sqlite3 *h = handle(db))
        Registry::instance().finalizeAll(h);
}

} // namespace stockroom::sqlite
