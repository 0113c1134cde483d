#include "centralstore.h"

#include "rolepolicy.h"
#include "sqlcentralstore.h"

namespace stockroom::server {

const QStringList &knownRoles()
{
    return domain::allRoles();
}

std::unique_ptr<CentralStore> CentralStore::open(const DatabaseUrl &url,
                                                 const QString &connectionName, QString *error)
{
    return SqlCentralStore::open(url, connectionName, error);
}

} // namespace stockroom::server
