#include "databaseurl.h"

#include <QCoreApplication>
#include <QUrl>

namespace stockroom::server {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("stockroom::server::DatabaseUrl", text);
}

// The text as typed, with any password replaced by ***: error messages end up in logs.
QString redacted(const QString &text)
{
    const qsizetype schemeEnd = text.indexOf(QStringLiteral("://"));
    const qsizetype at = text.lastIndexOf(QLatin1Char('@'));
    if (schemeEnd < 0 || at < schemeEnd)
        return text;
    const qsizetype colon = text.indexOf(QLatin1Char(':'), schemeEnd + 3);
    if (colon < 0 || colon > at)
        return text;
    return text.left(colon + 1) + QStringLiteral("***") + text.mid(at);
}

} // namespace

DatabaseUrl DatabaseUrl::defaultSqlite()
{
    DatabaseUrl url;
    url.path = QStringLiteral("stockroomd.db");
    return url;
}

std::optional<DatabaseUrl> DatabaseUrl::parse(const QString &text, QString *errorMessage)
{
    const QString sqlitePrefix = QStringLiteral("sqlite:");
    if (text.startsWith(sqlitePrefix)) {
        DatabaseUrl url;
        url.path = text.mid(sqlitePrefix.size());
        if (url.path.isEmpty()) {
            *errorMessage = tr("\"%1\": the SQLite database needs a file path, as in "
                               "sqlite:/var/lib/stockroom/stockroomd.db")
                                .arg(text);
            return std::nullopt;
        }
        return url;
    }
    if (text.startsWith(QStringLiteral("postgresql://"))
        || text.startsWith(QStringLiteral("postgres://"))) {
        const QUrl parsed(text, QUrl::StrictMode);
        if (!parsed.isValid()) {
            *errorMessage = tr("\"%1\" is not a valid URL").arg(redacted(text));
            return std::nullopt;
        }
        DatabaseUrl url;
        url.driver = Driver::Postgresql;
        url.host = parsed.host();
        url.port = parsed.port(5432);
        url.user = parsed.userName();
        url.password = parsed.password();
        url.database = parsed.path().mid(1);
        if (url.host.isEmpty()) {
            *errorMessage
                = tr("\"%1\": the PostgreSQL URL names no host").arg(url.toDisplayString());
            return std::nullopt;
        }
        if (url.database.isEmpty() || url.database.contains(QLatin1Char('/'))) {
            *errorMessage
                = tr("\"%1\": the PostgreSQL URL must end in /DATABASE").arg(url.toDisplayString());
            return std::nullopt;
        }
        if (url.port <= 0 || url.port > 65535) {
            *errorMessage
                = tr("\"%1\": the port must be between 1 and 65535").arg(url.toDisplayString());
            return std::nullopt;
        }
        return url;
    }
    *errorMessage = tr("\"%1\" is not a database this server knows; use sqlite:PATH or "
                       "postgresql://USER:PASSWORD@HOST:PORT/DATABASE")
                        .arg(redacted(text));
    return std::nullopt;
}

QString DatabaseUrl::toDisplayString() const
{
    if (driver == Driver::Sqlite)
        return QStringLiteral("sqlite:%1").arg(path);
    const QString credentials
        = user.isEmpty()
              ? QString()
              : (password.isEmpty() ? user : user + QStringLiteral(":***")) + QLatin1Char('@');
    return QStringLiteral("postgresql://%1%2:%3/%4").arg(credentials, host).arg(port).arg(database);
}

} // namespace stockroom::server
