#include "clicontext.h"

#include <QCoreApplication>
#include <QSysInfo>

#include <cstdio>

using namespace stockroom;

CliContext::CliContext(QString command, QStringList arguments, QString databasePath)
    : m_command(std::move(command))
    , m_arguments(std::move(arguments))
    , m_databasePath(std::move(databasePath))
    , m_out(stdout)
    , m_err(stderr)
{}

replica::InventoryService *CliContext::service()
{
    if (m_service)
        return m_service.get();
    replica::OpenError error;
    m_db = replica::ReplicaDatabase::open(m_databasePath, &error);
    if (!m_db) {
        fail(error.message);
        return nullptr;
    }
    QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    if (user.isEmpty())
        user = QStringLiteral("cli");
    m_service = std::make_unique<replica::InventoryService>(
        *m_db, replica::Identity{user, QSysInfo::machineHostName()});
    return m_service.get();
}

int CliContext::fail(const QString &message, int exitCode)
{
    m_err << QStringLiteral("stockroom-cli: %1: %2").arg(m_command, message) << Qt::endl;
    return exitCode;
}
