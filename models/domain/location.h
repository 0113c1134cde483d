#pragma once

#include <QString>

#include <optional>

namespace stockroom::domain {

/** A place that holds stock: a store, the warehouse or the online channel. */
struct Location
{
    enum class Kind { Store, Warehouse, Online };

    QString code;
    QString name;
    Kind kind = Kind::Store;

    friend bool operator==(const Location &, const Location &) = default;
};

/** The stable storage name of a kind ("store", "warehouse", "online"). */
QString locationKindName(Location::Kind kind);
std::optional<Location::Kind> locationKindFromName(QStringView name);

} // namespace stockroom::domain
