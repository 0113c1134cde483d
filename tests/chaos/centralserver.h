#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

#include <memory>

class CentralTestDatabase;

namespace stockroom::chaos {

/**
 * stockroomd for one chaos run: a fresh central database (a SQLite file in the run's folder, or
 * a new database on the PostgreSQL server of the ctest fixture), its admin commands (demo,
 * users), and the serve process, stopped with SIGTERM or SIGKILL and started again on the same
 * port and database.
 */
class CentralServer
{
public:
    CentralServer(QString program, QString workDir);
    ~CentralServer();
    CentralServer(const CentralServer &) = delete;
    CentralServer &operator=(const CentralServer &) = delete;

    /** driver: "sqlite" or "postgresql". */
    bool createDatabase(const QString &driver, QString *error);
    /** Runs `stockroomd ARGS --database URL` to its end. */
    bool admin(const QStringList &arguments, QString *error);

    bool start(QString *error);
    /** Stops the server: SIGTERM (it must exit cleanly) or SIGKILL. */
    bool stop(bool kill, QString *error);
    bool isRunning() const;
    quint16 port() const { return m_port; }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }
    QString logFile() const;

private:
    QString m_program;
    QString m_workDir;
    QString m_databaseUrl;
    std::unique_ptr<CentralTestDatabase> m_postgres;
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
};

} // namespace stockroom::chaos
