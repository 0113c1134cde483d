#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <array>
#include <cstddef>
#include <optional>

namespace stockroom::domain::detail {

/** One row of a table that gives an enum value its stable wire and storage name. */
template<typename Enum>
struct EnumName
{
    Enum value;
    QLatin1StringView name;
};

template<typename Enum, std::size_t N>
QString enumName(const std::array<EnumName<Enum>, N> &table, Enum value)
{
    for (const EnumName<Enum> &entry : table) {
        if (entry.value == value)
            return entry.name;
    }
    Q_UNREACHABLE();
}

template<typename Enum, std::size_t N>
std::optional<Enum> enumFromName(const std::array<EnumName<Enum>, N> &table, QStringView name)
{
    for (const EnumName<Enum> &entry : table) {
        if (name == entry.name)
            return entry.value;
    }
    return std::nullopt;
}

template<typename Enum, std::size_t N>
QList<Enum> enumValues(const std::array<EnumName<Enum>, N> &table)
{
    QList<Enum> values;
    values.reserve(qsizetype(N));
    for (const EnumName<Enum> &entry : table)
        values.append(entry.value);
    return values;
}

} // namespace stockroom::domain::detail
