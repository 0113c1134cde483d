#pragma once

#include "inventoryservice.h"
#include "replicadatabase.h"

#include <QStringList>
#include <QTextStream>

#include <memory>

/** What every stockroom-cli command gets: its arguments, the replica, and where to print. */
class CliContext
{
public:
    CliContext(QString command, QStringList arguments, QString databasePath);

    const QString &command() const { return m_command; }
    const QStringList &arguments() const { return m_arguments; }
    const QString &databasePath() const { return m_databasePath; }

    /** Opens the replica (creating it when missing); prints the error and returns null. */
    stockroom::replica::InventoryService *service();
    /** The open replica (after service() succeeded). */
    stockroom::replica::ReplicaDatabase *replica() { return m_db.get(); }

    /** "stockroom-cli: COMMAND: message" on stderr; returns exitCode. */
    int fail(const QString &message, int exitCode = 1);
    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

private:
    QString m_command;
    QStringList m_arguments;
    QString m_databasePath;
    std::unique_ptr<stockroom::replica::ReplicaDatabase> m_db;
    std::unique_ptr<stockroom::replica::InventoryService> m_service;
    QTextStream m_out;
    QTextStream m_err;
};

/** Exit codes: 0 done, 1 refused or failed, 2 wrong usage. */
enum CliExit { ExitOk = 0, ExitFailed = 1, ExitUsage = 2 };
