#pragma once

#include <QElapsedTimer>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <vector>

namespace stockroom::chaos {

/**
 * The child processes of one chaos run: starts them with their output appended to a log file,
 * kills them at their deadline (SIGKILL, or SIGTERM for a polite stop), and waits for some of
 * them while the deadlines and timed actions of all the others keep firing. Everything happens
 * on the test's main thread.
 */
class ProcessRunner
{
public:
    struct Options
    {
        QString logFile;
        QStringList environment;    ///< extra "NAME=value" entries
        int killAfterMs = -1;       ///< -1: never
        bool terminate = false;     ///< at the deadline send SIGTERM instead of SIGKILL
        bool captureOutput = false; ///< keep stdout for readAllStandardOutput()
    };

    ProcessRunner();
    ~ProcessRunner();

    QProcess *start(const QString &program, const QStringList &arguments, const Options &options);
    /** Calls action once, delayMs from now, during a later wait() or pause(). */
    void after(int delayMs, std::function<void()> action);
    /** Waits until every listed process has finished; false after timeoutMs. */
    bool wait(const QList<QProcess *> &processes, int timeoutMs);
    /** Lets time pass for ms while deadlines and actions fire. */
    void pause(int ms);
    /** Kills every process still running and waits for them. */
    void killAll();

    /** True when the process ran to its end with exit code 0. */
    static bool succeeded(const QProcess *process);
    /** "exit 1", "killed by the test", "crashed" … */
    static QString outcome(const QProcess *process);

private:
    struct Child
    {
        std::unique_ptr<QProcess> process;
        qint64 killAtMs = -1;
        bool terminate = false;
    };
    struct Action
    {
        qint64 atMs;
        std::function<void()> run;
    };

    void fireDue();

    QElapsedTimer m_clock;
    std::vector<Child> m_children;
    std::vector<Action> m_actions;
};

} // namespace stockroom::chaos
