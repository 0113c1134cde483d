#include "benchtools.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QProcess>
#include <QTimer>

namespace stockroom::bench {

void fail(const QString &message)
{
    throw Failure{message};
}

bool spinUntil(const std::function<bool()> &done, int timeoutMs)
{
    if (done())
        return true;
    QEventLoop loop;
    QTimer poll;
    poll.setTimerType(Qt::PreciseTimer);
    const QDeadlineTimer deadline(timeoutMs);
    bool reached = false;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done()) {
            reached = true;
            loop.quit();
        } else if (deadline.hasExpired()) {
            loop.quit();
        }
    });
    poll.start(1);
    loop.exec();
    return reached;
}

QByteArray runTool(const QString &what, const QString &program, const QStringList &arguments,
                   int timeoutMs)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForStarted(10000))
        fail(QStringLiteral("%1: cannot start %2: %3").arg(what, program, process.errorString()));
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        fail(QStringLiteral("%1: no end after %2 s").arg(what).arg(timeoutMs / 1000));
    }
    const QByteArray output = process.readAll();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        fail(QStringLiteral("%1 failed (exit code %2): %3")
                 .arg(what)
                 .arg(process.exitCode())
                 .arg(QString::fromUtf8(output.trimmed())));
    return output;
}

} // namespace stockroom::bench
