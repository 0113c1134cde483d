#include "centralserver.h"

#include "centraltestdatabase.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QThread>

namespace stockroom::chaos {

namespace {

constexpr int startTimeoutMs = 30000;
constexpr int stopTimeoutMs = 30000;

} // namespace

CentralServer::CentralServer(QString program, QString workDir)
    : m_program(std::move(program))
    , m_workDir(std::move(workDir))
{}

CentralServer::~CentralServer()
{
    QString ignored;
    if (isRunning())
        stop(true, &ignored);
}

QString CentralServer::logFile() const
{
    return QDir(m_workDir).filePath(QStringLiteral("stockroomd.log"));
}

bool CentralServer::createDatabase(const QString &driver, QString *error)
{
    if (driver == QLatin1String("sqlite")) {
        m_databaseUrl
            = QStringLiteral("sqlite:") + QDir(m_workDir).filePath(QStringLiteral("central.db"));
        return true;
    }
    m_postgres = std::make_unique<CentralTestDatabase>();
    if (!m_postgres->create(driver, error))
        return false;
    m_databaseUrl = m_postgres->urlText();
    return true;
}

bool CentralServer::admin(const QStringList &arguments, QString *error)
{
    QProcess process;
    process.setStandardOutputFile(logFile(), QIODevice::Append);
    process.setStandardErrorFile(logFile(), QIODevice::Append);
    process.start(m_program, arguments + QStringList{QStringLiteral("--database"), m_databaseUrl});
    if (!process.waitForFinished(180000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        *error = QStringLiteral("stockroomd %1 failed (exit %2); see %3")
                     .arg(arguments.join(QLatin1Char(' ')))
                     .arg(process.exitCode())
                     .arg(logFile());
        return false;
    }
    return true;
}

bool CentralServer::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

bool CentralServer::start(QString *error)
{
    const QString banner = QDir(m_workDir).filePath(QStringLiteral("stockroomd.out"));
    const QRegularExpression listening(
        QStringLiteral("listening on http://127\\.0\\.0\\.1:(\\d+)"));
    // A restart wants the same port; right after a SIGKILL it may take a moment to be free.
    for (int attempt = 0; attempt < 20; ++attempt) {
        QFile::remove(banner);
        m_process = std::make_unique<QProcess>();
        m_process->setStandardOutputFile(banner);
        m_process->setStandardErrorFile(logFile(), QIODevice::Append);
        m_process->start(m_program, {QStringLiteral("serve"), QStringLiteral("--listen"),
                                     QStringLiteral("127.0.0.1:%1").arg(m_port),
                                     QStringLiteral("--database"), m_databaseUrl});
        if (!m_process->waitForStarted(10000)) {
            *error = QStringLiteral("stockroomd did not start: %1").arg(m_process->errorString());
            return false;
        }
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < startTimeoutMs) {
            QFile file(banner);
            if (file.open(QIODevice::ReadOnly)) {
                const auto match = listening.match(QString::fromUtf8(file.readAll()));
                if (match.hasMatch()) {
                    m_port = quint16(match.captured(1).toUInt());
                    return true;
                }
            }
            if (m_process->waitForFinished(50))
                break;
        }
        if (m_process->state() != QProcess::NotRunning) {
            m_process->kill();
            m_process->waitForFinished(stopTimeoutMs);
            *error
                = QStringLiteral("stockroomd did not say where it listens; see %1").arg(logFile());
            return false;
        }
        if (m_port == 0)
            break;
        QThread::msleep(250);
    }
    *error = QStringLiteral("stockroomd exited at start (%1); see %2")
                 .arg(m_process->exitCode())
                 .arg(logFile());
    return false;
}

bool CentralServer::stop(bool kill, QString *error)
{
    if (!isRunning())
        return true;
    if (kill)
        m_process->kill();
    else
        m_process->terminate();
    if (!m_process->waitForFinished(stopTimeoutMs)) {
        m_process->kill();
        m_process->waitForFinished(stopTimeoutMs);
        *error = QStringLiteral("stockroomd did not stop within %1 s of SIGTERM")
                     .arg(stopTimeoutMs / 1000);
        return false;
    }
    if (!kill && (m_process->exitStatus() != QProcess::NormalExit || m_process->exitCode() != 0)) {
        *error = QStringLiteral("stockroomd did not exit cleanly after SIGTERM (exit %1); see %2")
                     .arg(m_process->exitCode())
                     .arg(logFile());
        return false;
    }
    return true;
}

} // namespace stockroom::chaos
