#include "location.h"

namespace stockroom::domain {

QString locationKindName(Location::Kind kind)
{
    switch (kind) {
    case Location::Kind::Store:
        return QStringLiteral("store");
    case Location::Kind::Warehouse:
        return QStringLiteral("warehouse");
    case Location::Kind::Online:
        return QStringLiteral("online");
    }
    Q_UNREACHABLE();
}

std::optional<Location::Kind> locationKindFromName(QStringView name)
{
    for (Location::Kind kind :
         {Location::Kind::Store, Location::Kind::Warehouse, Location::Kind::Online}) {
        if (name == locationKindName(kind))
            return kind;
    }
    return std::nullopt;
}

} // namespace stockroom::domain
