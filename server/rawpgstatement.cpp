#include "rawpgstatement.h"

#include "sqlstatement.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QSqlDriver>
#include <QUuid>
#include <QVariant>
#include <QtEndian>

#include <libpq-fe.h>

#include <cstdlib>

namespace stockroom::server {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("stockroom::server::RawPgStatement", text);
}

// The OIDs of the element types (fixed in PostgreSQL's catalogue, pg_type.dat).
constexpr quint32 int8Oid = 20;
constexpr quint32 textOid = 25;
constexpr quint32 uuidOid = 2950;

PGconn *pgHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    // QPSQL declares the metatype of PGconn's struct (pg_conn*).
    if (!handle.isValid()
        || (qstrcmp(handle.typeName(), "pg_conn*") != 0
            && qstrcmp(handle.typeName(), "PGconn*") != 0))
        return nullptr;
    return *static_cast<PGconn *const *>(handle.constData());
}

// QtSql's placeholders as libpq's: ? becomes $1, $2 ... outside quoted literals and names.
QByteArray numberedPlaceholders(const QString &sql)
{
    QByteArray out;
    out.reserve(sql.size() + 16);
    const QByteArray utf8 = sql.toUtf8();
    char quote = 0;
    int next = 1;
    for (const char c : utf8) {
        if (quote) {
            quote = c == quote ? 0 : quote;
        } else if (c == '\'' || c == '"') {
            quote = c;
        } else if (c == '?') {
            out += '$' + QByteArray::number(next++);
            continue;
        }
        out += c;
    }
    return out;
}

bool isNilUuid(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    return trimmed == u"00000000-0000-0000-0000-000000000000"
           || trimmed == u"{00000000-0000-0000-0000-000000000000}";
}

void appendBigEndian(QByteArray *data, quint32 value)
{
    char bytes[4];
    qToBigEndian(value, bytes);
    data->append(bytes, 4);
}

void appendBigEndian(QByteArray *data, quint64 value)
{
    char bytes[8];
    qToBigEndian(value, bytes);
    data->append(bytes, 8);
}

} // namespace

RawPgStatement::RawPgStatement(const QSqlDatabase &db, QString sql)
    : m_db(db)
    , m_sql(std::move(sql))
{
    // Unique in the process, so in every session: each statement is prepared under its own name
    // (and QPSQL's own are called qpsqlpstmt_n).
    static QAtomicInteger<quint64> counter;
    m_name = "stockroom_" + QByteArray::number(counter.fetchAndAddRelaxed(1));
}

// The prepared statement is not deallocated: it ends with its session, and the store's
// statements live as long as their connection.
RawPgStatement::~RawPgStatement()
{
    PQclear(m_result);
}

bool RawPgStatement::failed(const QString &message, QString *error)
{
    return reportFailure(m_sql, message, error);
}

bool RawPgStatement::prepare(QString *error)
{
    PGconn *connection = pgHandle(m_db);
    if (!connection)
        return failed(tr("The connection is not an open PostgreSQL database."), error);
    if (connection == m_connection)
        return true;
    PGresult *result = PQprepare(connection, m_name.constData(),
                                 numberedPlaceholders(m_sql).constData(), 0, nullptr);
    const bool ok = result && PQresultStatus(result) == PGRES_COMMAND_OK;
    QString message;
    if (!ok)
        message
            = QString::fromUtf8(result ? PQresultErrorMessage(result) : PQerrorMessage(connection))
                  .trimmed();
    PQclear(result);
    if (!ok)
        return failed(message, error);
    m_connection = connection;
    return true;
}

void RawPgStatement::bindNull()
{
    m_parameters.append({{}, true, false});
}

void RawPgStatement::bindInt(qint64 value)
{
    m_parameters.append({QByteArray::number(value), false, false});
}

void RawPgStatement::bindText(QStringView text)
{
    m_parameters.append({text.toUtf8(), false, false});
}

void RawPgStatement::bindUtf8(QByteArrayView utf8)
{
    m_parameters.append({utf8.toByteArray(), false, false});
}

void RawPgStatement::beginArray(Type type, qsizetype count)
{
    // PostgreSQL's binary array: dimensions, a has-nulls flag, the element type, each
    // dimension's size and lower bound, then each element as its length (-1: NULL) and bytes.
    Parameter parameter{{}, false, true};
    QByteArray &data = parameter.value;
    data.reserve(20 + count * (type == Type::Bigint ? 12 : type == Type::Uuid ? 20 : 40));
    appendBigEndian(&data, quint32(count > 0 ? 1 : 0));
    appendBigEndian(&data, quint32(0));
    appendBigEndian(&data, type == Type::Bigint ? int8Oid : type == Type::Uuid ? uuidOid : textOid);
    if (count > 0) {
        appendBigEndian(&data, quint32(count));
        appendBigEndian(&data, quint32(1));
    }
    m_parameters.append(parameter);
    m_arrayType = type;
}

RawPgStatement::Parameter &RawPgStatement::currentArray()
{
    Q_ASSERT(!m_parameters.isEmpty() && m_parameters.constLast().binary);
    return m_parameters.last();
}

void RawPgStatement::appendNull()
{
    QByteArray &data = currentArray().value;
    data[7] = 1; // the has-nulls flag
    appendBigEndian(&data, quint32(-1));
}

void RawPgStatement::appendInt(qint64 value)
{
    Q_ASSERT(m_arrayType == Type::Bigint);
    QByteArray &data = currentArray().value;
    appendBigEndian(&data, quint32(8));
    appendBigEndian(&data, quint64(value));
}

void RawPgStatement::appendText(QStringView text)
{
    if (m_arrayType != Type::Uuid)
        return appendUtf8(text.toUtf8());
    // QUuid reads the forms PostgreSQL's uuid_in reads most often (with and without braces);
    // anything else is refused rather than sent as the nil UUID. The message never holds the
    // value: it is logged.
    const QUuid uuid = QUuid::fromString(text);
    if (uuid.isNull() && !isNilUuid(text) && m_bindError.isEmpty())
        m_bindError = tr("A value of a UUID array parameter is not a UUID.");
    QByteArray &data = currentArray().value;
    appendBigEndian(&data, quint32(16));
    data += uuid.toRfc4122();
}

void RawPgStatement::appendUtf8(QByteArrayView utf8)
{
    Q_ASSERT(m_arrayType == Type::Text);
    QByteArray &data = currentArray().value;
    appendBigEndian(&data, quint32(utf8.size()));
    data.append(utf8.data(), utf8.size());
}

bool RawPgStatement::exec(QString *error)
{
    clearResult();
    const QList<Parameter> parameters = std::exchange(m_parameters, {});
    if (!m_bindError.isEmpty())
        return failed(std::exchange(m_bindError, {}), error);
    if (!prepare(error))
        return false;
    const int count = int(parameters.size());
    QList<const char *> values(count);
    QList<int> lengths(count);
    QList<int> formats(count);
    for (int i = 0; i < count; ++i) {
        const Parameter &parameter = parameters.at(i);
        // Never a null pointer for a value: libpq would send NULL for it.
        values[i] = parameter.null             ? nullptr
                    : parameter.value.isNull() ? ""
                                               : parameter.value.constData();
        lengths[i] = int(parameter.value.size());
        formats[i] = parameter.binary ? 1 : 0;
    }
    m_result = PQexecPrepared(m_connection, m_name.constData(), count, values.constData(),
                              lengths.constData(), formats.constData(), 0);
    const ExecStatusType status = m_result ? PQresultStatus(m_result) : PGRES_FATAL_ERROR;
    if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK)
        return true;
    QString message = QString::fromUtf8(m_result ? PQresultErrorMessage(m_result)
                                                 : PQerrorMessage(m_connection))
                          .trimmed();
    const char *state = m_result ? PQresultErrorField(m_result, PG_DIAG_SQLSTATE) : nullptr;
    if (state)
        message += QStringLiteral(" (%1)").arg(QLatin1StringView(state));
    if (message.isEmpty())
        message = tr("PostgreSQL gave no result.");
    clearResult();
    if (PQstatus(m_connection) != CONNECTION_OK)
        m_connection = nullptr; // prepared again on a connection that works
    return failed(message, error);
}

int RawPgStatement::rowCount() const
{
    return m_result ? PQntuples(m_result) : 0;
}

bool RawPgStatement::isNull(int row, int column) const
{
    return PQgetisnull(m_result, row, column) == 1;
}

qint64 RawPgStatement::integer(int row, int column) const
{
    return std::strtoll(PQgetvalue(m_result, row, column), nullptr, 10);
}

QString RawPgStatement::text(int row, int column) const
{
    if (isNull(row, column))
        return {};
    const int length = PQgetlength(m_result, row, column);
    return length == 0 ? QStringLiteral("")
                       : QString::fromUtf8(PQgetvalue(m_result, row, column), length);
}

QByteArray RawPgStatement::utf8(int row, int column) const
{
    if (isNull(row, column))
        return {};
    return QByteArray(PQgetvalue(m_result, row, column), PQgetlength(m_result, row, column));
}

void RawPgStatement::clear()
{
    clearResult();
    m_parameters.clear();
    m_bindError.clear();
}

void RawPgStatement::clearResult()
{
    PQclear(m_result);
    m_result = nullptr;
}

} // namespace stockroom::server
