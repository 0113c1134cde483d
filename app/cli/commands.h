#pragma once

#include "clicontext.h"

#include <QCommandLineParser>

/** One stockroom-cli subcommand: its name, a one-line summary and its implementation. */
struct CliCommand
{
    const char *name;
    const char *summary;
    int (*run)(CliContext &context);
};

/** Every subcommand, in the order `stockroom-cli --help` lists them. */
const QList<CliCommand> &cliCommands();

/**
 * Parses a subcommand's own arguments. Returns false when the command should stop: after
 * --help (exit code 0) or on a usage error (message printed, exit code 2).
 */
bool parseCommandLine(CliContext &context, QCommandLineParser &parser, const QString &synopsis,
                      int *exitCode);

int runInit(CliContext &context);
int runRecord(CliContext &context);
int runLevel(CliContext &context);
int runVerify(CliContext &context);
int runDemo(CliContext &context);
int runImport(CliContext &context);
int runExport(CliContext &context);
int runConnect(CliContext &context);
int runSync(CliContext &context);
int runStatus(CliContext &context);
/** count start|scan|set|lines|submit|review|recount|post (countcommands.cpp). */
int runCount(CliContext &context);
/** discrepancies list|show|report|ack|assign|comment|recount|resolve|dismiss|reopen. */
int runDiscrepancies(CliContext &context);
/** sop list|show|search|ack|import|to-read (sopcommands.cpp). */
int runSop(CliContext &context);
/** training record (sopcommands.cpp). */
int runTraining(CliContext &context);
/** kpi --from --to [--location] [--json] (kpicommands.cpp). */
int runKpi(CliContext &context);
/** import funnel|surveys FILE (kpicommands.cpp; runImport hands these kinds over). */
int runKpiImport(CliContext &context, const QString &kindName, const QString &path);

/** Imports the starter SOPs bundled under :/sops into db (the demo chain gets them). */
bool seedStarterSops(stockroom::replica::ReplicaDatabase &db,
                     const stockroom::replica::Identity &identity, QString *error);
