#include "processrunner.h"

#include <QEventLoop>
#include <QFile>
#include <QProcessEnvironment>
#include <QTimer>
#include <QVariant>

#include <algorithm>

namespace stockroom::chaos {

namespace {

constexpr int tickMs = 10;

} // namespace

ProcessRunner::ProcessRunner()
{
    m_clock.start();
}

ProcessRunner::~ProcessRunner()
{
    killAll();
}

QProcess *ProcessRunner::start(const QString &program, const QStringList &arguments,
                               const Options &options)
{
    auto process = std::make_unique<QProcess>();
    if (!options.logFile.isEmpty()) {
        QFile log(options.logFile);
        if (log.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text))
            log.write(QStringLiteral("== %1\n").arg(arguments.join(QLatin1Char(' '))).toUtf8());
        if (!options.captureOutput)
            process->setStandardOutputFile(options.logFile, QIODevice::Append);
        process->setStandardErrorFile(options.logFile, QIODevice::Append);
    } else {
        if (!options.captureOutput)
            process->setStandardOutputFile(QProcess::nullDevice());
        process->setStandardErrorFile(QProcess::nullDevice());
    }
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &entry : options.environment) {
        const qsizetype equals = entry.indexOf(QLatin1Char('='));
        environment.insert(entry.left(equals), entry.mid(equals + 1));
    }
    process->setProcessEnvironment(environment);
    process->start(program, arguments);
    QProcess *raw = process.get();
    m_children.push_back({std::move(process),
                          options.killAfterMs < 0 ? -1 : m_clock.elapsed() + options.killAfterMs,
                          options.terminate});
    return raw;
}

void ProcessRunner::after(int delayMs, std::function<void()> action)
{
    m_actions.push_back({m_clock.elapsed() + delayMs, std::move(action)});
}

void ProcessRunner::fireDue()
{
    const qint64 now = m_clock.elapsed();
    for (Child &child : m_children) {
        if (child.killAtMs < 0 || child.killAtMs > now)
            continue;
        child.killAtMs = -1;
        if (child.process->state() == QProcess::NotRunning)
            continue;
        child.process->setProperty("chaosKilled", true);
        if (child.terminate)
            child.process->terminate();
        else
            child.process->kill();
    }
    // An action may add actions: take the due ones out first.
    std::vector<Action> due;
    for (auto it = m_actions.begin(); it != m_actions.end();) {
        if (it->atMs <= now) {
            due.push_back(std::move(*it));
            it = m_actions.erase(it);
        } else {
            ++it;
        }
    }
    for (Action &action : due)
        action.run();
}

bool ProcessRunner::wait(const QList<QProcess *> &processes, int timeoutMs)
{
    const qint64 deadline = m_clock.elapsed() + timeoutMs;
    QEventLoop loop;
    QTimer tick;
    const auto done = [&processes] {
        return std::all_of(processes.cbegin(), processes.cend(),
                           [](const QProcess *p) { return p->state() == QProcess::NotRunning; });
    };
    QObject::connect(&tick, &QTimer::timeout, &loop, [&] {
        fireDue();
        if (done() || m_clock.elapsed() >= deadline)
            loop.quit();
    });
    fireDue();
    if (done())
        return true;
    tick.start(tickMs);
    loop.exec();
    return done();
}

void ProcessRunner::pause(int ms)
{
    wait({}, 0); // fire what is due already
    const qint64 until = m_clock.elapsed() + ms;
    QEventLoop loop;
    QTimer tick;
    QObject::connect(&tick, &QTimer::timeout, &loop, [&] {
        fireDue();
        if (m_clock.elapsed() >= until)
            loop.quit();
    });
    tick.start(tickMs);
    loop.exec();
}

void ProcessRunner::killAll()
{
    for (Child &child : m_children) {
        if (child.process->state() != QProcess::NotRunning) {
            child.process->setProperty("chaosKilled", true);
            child.process->kill();
        }
    }
    for (Child &child : m_children) {
        if (child.process->state() != QProcess::NotRunning)
            child.process->waitForFinished(10000);
    }
}

bool ProcessRunner::succeeded(const QProcess *process)
{
    return process->state() == QProcess::NotRunning && process->error() != QProcess::FailedToStart
           && process->exitStatus() == QProcess::NormalExit && process->exitCode() == 0;
}

QString ProcessRunner::outcome(const QProcess *process)
{
    if (process->state() != QProcess::NotRunning)
        return QStringLiteral("still running");
    if (process->error() == QProcess::FailedToStart)
        return QStringLiteral("failed to start: %1").arg(process->errorString());
    if (process->property("chaosKilled").toBool())
        return QStringLiteral("killed by the test");
    if (process->exitStatus() == QProcess::CrashExit)
        return QStringLiteral("crashed");
    return QStringLiteral("exit %1").arg(process->exitCode());
}

} // namespace stockroom::chaos
