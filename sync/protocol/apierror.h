#pragma once

#include "decodeerror.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace stockroom::protocol {

/**
 * The error body every /api/v1 endpoint answers with on failure:
 * {"error": {"status": 409, "code": "conflict", "message": "..."}}.
 */
struct ApiError
{
    int status = 0;            ///< the HTTP status it travels with
    QString code;              ///< stable machine-readable code ("bad_request", "conflict" ...)
    QString message;           ///< human-readable explanation
    int retryAfterSeconds = 0; ///< for 429 and 503; 0 when not set

    friend bool operator==(const ApiError &, const ApiError &) = default;
};

QByteArray encodeApiError(const ApiError &error);
std::optional<ApiError> decodeApiError(const QByteArray &json, DecodeError *error);

} // namespace stockroom::protocol
