#include "serverprocess.h"

#include "benchtools.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>

#include <unistd.h>

namespace stockroom::bench {

ServerProcess::ServerProcess(const QString &databaseUrl, const QString &logPath)
    : m_logPath(logPath)
{
    // The request log (one line per request, with its milliseconds) goes to a file, so a busy
    // benchmark never stalls the server on a full pipe.
    m_process.setStandardErrorFile(logPath);
    m_process.start(QStringLiteral(STOCKROOMD_PATH),
                    {QStringLiteral("serve"), QStringLiteral("--listen"),
                     QStringLiteral("127.0.0.1:0"), QStringLiteral("--database"), databaseUrl});
    const QRegularExpression listening(
        QStringLiteral("listening on (http://127\\.0\\.0\\.1:(\\d+))"));
    QString banner;
    QElapsedTimer timer;
    timer.start();
    QRegularExpressionMatch match;
    while (!(match = listening.match(banner)).hasMatch() && timer.elapsed() < 30000
           && m_process.state() != QProcess::NotRunning) {
        m_process.waitForReadyRead(200);
        banner += QString::fromUtf8(m_process.readAllStandardOutput());
    }
    if (!match.hasMatch())
        fail(QStringLiteral("stockroomd serve did not start: %1 %2")
                 .arg(banner.trimmed(), logTail()));
    m_baseUrl = match.captured(1);
    m_port = match.captured(2).toUShort();
}

ServerProcess::~ServerProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

double ServerProcess::peakRssMb() const
{
    QFile status(QStringLiteral("/proc/%1/status").arg(m_process.processId()));
    if (!status.open(QIODevice::ReadOnly))
        fail(QStringLiteral("cannot read %1").arg(status.fileName()));
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').constFirst().toDouble() / 1024.0;
    }
    fail(QStringLiteral("no VmHWM in %1").arg(status.fileName()));
}

double ServerProcess::cpuMs() const
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(m_process.processId()));
    if (!stat.open(QIODevice::ReadOnly))
        fail(QStringLiteral("cannot read %1").arg(stat.fileName()));
    // The command name (field 2) may hold spaces; utime and stime are fields 14 and 15.
    const QByteArray line = stat.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        fail(QStringLiteral("unexpected %1").arg(stat.fileName()));
    const double ticks = fields.at(11).toDouble() + fields.at(12).toDouble();
    return ticks * 1000.0 / double(sysconf(_SC_CLK_TCK));
}

int ServerProcess::establishedConnections() const
{
    QFile tcp(QStringLiteral("/proc/net/tcp"));
    if (!tcp.open(QIODevice::ReadOnly))
        fail(QStringLiteral("cannot read /proc/net/tcp"));
    const QByteArray localPort
        = ':' + QByteArray::number(m_port, 16).toUpper().rightJustified(4, '0');
    int count = 0;
    for (const QByteArray &line : tcp.readAll().split('\n')) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() > 3 && fields.at(1).endsWith(localPort) && fields.at(3) == "01")
            ++count;
    }
    return count;
}

void ServerProcess::stop()
{
    m_process.terminate();
    if (!m_process.waitForFinished(20000))
        fail(QStringLiteral("stockroomd did not stop within 20 s of SIGTERM"));
    if (m_process.exitStatus() != QProcess::NormalExit || m_process.exitCode() != 0)
        fail(QStringLiteral("stockroomd exited with code %1 after SIGTERM %2")
                 .arg(m_process.exitCode())
                 .arg(logTail()));
}

QString ServerProcess::logTail() const
{
    QFile log(m_logPath);
    if (!log.open(QIODevice::ReadOnly))
        return {};
    const QByteArray all = log.readAll();
    return QStringLiteral("(log %1: …%2)")
        .arg(m_logPath, QString::fromUtf8(all.right(600).trimmed()));
}

LoggedRequests ServerProcess::loggedRequests(const QString &request, const QString &user) const
{
    // One line per request: "TIME METHOD PATH STATUS 12.3ms user=NAME ...".
    QFile log(m_logPath);
    if (!log.open(QIODevice::ReadOnly))
        fail(QStringLiteral("cannot read %1").arg(m_logPath));
    const QList<QByteArray> wanted = request.toUtf8().split(' ');
    const QByteArray byUser = "user=" + user.toUtf8();
    LoggedRequests result;
    while (!log.atEnd()) {
        const QList<QByteArray> fields = log.readLine().split(' ');
        if (fields.size() > 4 && wanted.size() == 2 && fields.at(1) == wanted.at(0)
            && fields.at(2) == wanted.at(1) && fields.at(4).endsWith("ms")
            && (user.isEmpty() || (fields.size() > 5 && fields.at(5) == byUser))) {
            ++result.count;
            result.ms += fields.at(4).chopped(2).toDouble();
        }
    }
    return result;
}

} // namespace stockroom::bench
