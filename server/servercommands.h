#pragma once

#include <QStringList>

/**
 * The subcommands of stockroomd: `serve`, `user add|passwd|disable`, `token revoke` and
 * `demo` and `sop publish|list|acks`. Each takes the arguments after its name and returns the process exit code
 * (0 done, 1 failed, 2 wrong usage); errors are one line on stderr saying what and where.
 */
int runServe(const QStringList &arguments);
int runUser(const QStringList &arguments);
int runToken(const QStringList &arguments);
int runDemo(const QStringList &arguments);
int runSop(const QStringList &arguments);

/** The common --database option's value, or the embedded default. */
QString databaseArgument(const QStringList &arguments);
