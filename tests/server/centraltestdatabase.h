#pragma once

#include "centralstore.h"
#include "databaseurl.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <memory>

/**
 * A fresh, empty central database for one test: a SQLite file in a temporary folder, or a new
 * database on the PostgreSQL server of the ctest fixture (tests/server/postgres-fixture.sh),
 * dropped again afterwards.
 */
class CentralTestDatabase
{
public:
    CentralTestDatabase() = default;
    CentralTestDatabase(const CentralTestDatabase &) = delete;
    CentralTestDatabase &operator=(const CentralTestDatabase &) = delete;
    ~CentralTestDatabase() { drop(); }

    /**
     * The URL of the fixture's PostgreSQL server: $STOCKROOM_TEST_POSTGRES_URL, or the file the
     * fixture wrote. Empty with a message when there is none.
     */
    static QString postgresServerUrl(QString *error)
    {
        const QString fromEnvironment = qEnvironmentVariable("STOCKROOM_TEST_POSTGRES_URL");
        if (!fromEnvironment.isEmpty())
            return fromEnvironment;
        QFile file(QStringLiteral(STOCKROOM_POSTGRES_URL_FILE));
        if (!file.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("no PostgreSQL for the tests: %1 is missing (run the test "
                                    "through ctest, whose fixture postgres.start writes it, or "
                                    "set STOCKROOM_TEST_POSTGRES_URL)")
                         .arg(file.fileName());
            return {};
        }
        return QString::fromUtf8(file.readAll()).trimmed();
    }

    /** Makes the database; driver is "sqlite" or "postgresql". */
    bool create(const QString &driver, QString *error)
    {
        if (driver == QLatin1String("sqlite")) {
            if (!m_dir.isValid()) {
                *error = m_dir.errorString();
                return false;
            }
            m_urlText = QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("central.db"));
            return parse(error);
        }
        const QString server = postgresServerUrl(error);
        if (server.isEmpty())
            return false;
        static QAtomicInteger<int> counter;
        m_postgresDatabase = QStringLiteral("stockroom_t%1_%2")
                                 .arg(QCoreApplication::applicationPid())
                                 .arg(counter.fetchAndAddRelaxed(1));
        m_serverUrlText = server;
        if (!adminExec(QStringLiteral("CREATE DATABASE %1").arg(m_postgresDatabase), error)) {
            m_postgresDatabase.clear();
            return false;
        }
        m_urlText = server.left(server.lastIndexOf(QLatin1Char('/')) + 1) + m_postgresDatabase;
        return parse(error);
    }

    /** The full URL, password included (for a child process). */
    QString urlText() const { return m_urlText; }
    const stockroom::server::DatabaseUrl &url() const { return m_url; }

    std::unique_ptr<stockroom::server::CentralStore> open(const QString &connectionName,
                                                          QString *error) const
    {
        return stockroom::server::CentralStore::open(m_url, connectionName, error);
    }

    /** Deletes the PostgreSQL database (every store on it must be closed). */
    void drop()
    {
        if (m_postgresDatabase.isEmpty())
            return;
        QString ignored;
        adminExec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_postgresDatabase),
                  &ignored);
        m_postgresDatabase.clear();
    }

private:
    bool parse(QString *error)
    {
        const auto url = stockroom::server::DatabaseUrl::parse(m_urlText, error);
        if (!url)
            return false;
        m_url = *url;
        return true;
    }

    // Runs one statement on the fixture's own database (CREATE DATABASE cannot run in the
    // database it creates).
    bool adminExec(const QString &sql, QString *error) const
    {
        const auto server = stockroom::server::DatabaseUrl::parse(m_serverUrlText, error);
        if (!server)
            return false;
        static QAtomicInteger<int> counter;
        const QString name
            = QStringLiteral("central-test-admin-%1").arg(counter.fetchAndAddRelaxed(1));
        bool ok = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            db.setHostName(server->host);
            db.setPort(server->port);
            db.setUserName(server->user);
            db.setPassword(server->password);
            db.setDatabaseName(server->database);
            if (!db.open()) {
                *error = QStringLiteral("cannot reach the test PostgreSQL %1: %2")
                             .arg(server->toDisplayString(), db.lastError().text());
            } else {
                QSqlQuery query(db);
                ok = query.exec(sql);
                if (!ok)
                    *error = query.lastError().text();
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return ok;
    }

    QTemporaryDir m_dir;
    QString m_serverUrlText;
    QString m_postgresDatabase;
    QString m_urlText;
    stockroom::server::DatabaseUrl m_url;
};
