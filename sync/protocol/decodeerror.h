#pragma once

#include <QString>

namespace stockroom::protocol {

/** Why a wire message could not be decoded: which field, and what was wrong with it. */
struct DecodeError
{
    QString field;
    QString message;

    QString toString() const
    {
        return field.isEmpty() ? message : QStringLiteral("%1: %2").arg(field, message);
    }
};

} // namespace stockroom::protocol
