#include "apierror.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace stockroom::protocol {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("stockroom::protocol", text);
}

} // namespace

QByteArray encodeApiError(const ApiError &error)
{
    QJsonObject body{
        {QStringLiteral("status"), error.status},
        {QStringLiteral("code"), error.code},
        {QStringLiteral("message"), error.message},
    };
    if (error.retryAfterSeconds > 0)
        body.insert(QStringLiteral("retry_after"), error.retryAfterSeconds);
    return QJsonDocument(QJsonObject{{QStringLiteral("error"), body}})
        .toJson(QJsonDocument::Compact);
}

std::optional<ApiError> decodeApiError(const QByteArray &json, DecodeError *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = {
            {},
            tr("not JSON at offset %1: %2").arg(parseError.offset).arg(parseError.errorString())};
        return std::nullopt;
    }
    const QJsonValue body = document.object().value(QStringLiteral("error"));
    if (!body.isObject()) {
        *error = {QStringLiteral("error"), tr("missing or not an object")};
        return std::nullopt;
    }
    const QJsonObject object = body.toObject();
    const QJsonValue status = object.value(QStringLiteral("status"));
    if (!status.isDouble() || status.toInt() < 400 || status.toInt() > 599) {
        *error = {QStringLiteral("error.status"), tr("must be an HTTP error status (400-599)")};
        return std::nullopt;
    }
    const QJsonValue code = object.value(QStringLiteral("code"));
    if (!code.isString() || code.toString().isEmpty()) {
        *error = {QStringLiteral("error.code"), tr("missing or not a string")};
        return std::nullopt;
    }
    const QJsonValue message = object.value(QStringLiteral("message"));
    if (!message.isString()) {
        *error = {QStringLiteral("error.message"), tr("missing or not a string")};
        return std::nullopt;
    }
    const QJsonValue retryAfter = object.value(QStringLiteral("retry_after"));
    if (!retryAfter.isUndefined() && (!retryAfter.isDouble() || retryAfter.toInt() < 0)) {
        *error = {QStringLiteral("error.retry_after"), tr("must be a number of seconds")};
        return std::nullopt;
    }
    return ApiError{status.toInt(), code.toString(), message.toString(), retryAfter.toInt()};
}

} // namespace stockroom::protocol
