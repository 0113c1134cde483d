#pragma once

#include "decodeerror.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace stockroom::protocol {

/** GET /api/v1/health: whether the server and its database answer, and its version. */
struct Health
{
    bool databaseOk = false;
    QString version;
    qint64 serverTimeMs = 0; ///< lets a client measure its clock offset
    qint64 latestSeq = 0;

    friend bool operator==(const Health &, const Health &) = default;
};

QByteArray encodeHealth(const Health &health);
std::optional<Health> decodeHealth(const QByteArray &json, DecodeError *error);

} // namespace stockroom::protocol
