#include "centralstore.h"

#include "sqlcentralstore.h"

namespace stockroom::server {

const QStringList &knownRoles()
{
    static const QStringList roles{QStringLiteral("store_manager"), QStringLiteral("ecommerce"),
                                   QStringLiteral("trainer"),       QStringLiteral("auditor"),
                                   QStringLiteral("admin"),         QStringLiteral("staff")};
    return roles;
}

std::unique_ptr<CentralStore> CentralStore::open(const DatabaseUrl &url,
                                                 const QString &connectionName, QString *error)
{
    return SqlCentralStore::open(url, connectionName, error);
}

} // namespace stockroom::server
