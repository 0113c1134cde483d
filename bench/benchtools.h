#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <functional>

namespace stockroom::bench {

/** Why a benchmark run stopped; thrown so that the fixtures' destructors clean up. */
struct Failure
{
    QString message;
};

[[noreturn]] void fail(const QString &message);

// Runs the event loop until done() holds (true) or the time is up (false). The check runs every
// millisecond; the figures never depend on it, because every arrival is timed in its own slot.
bool spinUntil(const std::function<bool()> &done, int timeoutMs);

// Runs a helper program to its end; its output is the failure message when it does not exit 0.
QByteArray runTool(const QString &what, const QString &program, const QStringList &arguments,
                   int timeoutMs);

} // namespace stockroom::bench
