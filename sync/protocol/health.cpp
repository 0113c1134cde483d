#include "health.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace stockroom::protocol {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("stockroom::protocol", text);
}

bool isWholeNumber(const QJsonValue &value)
{
    return value.isDouble() && value.toDouble() == double(value.toInteger());
}

} // namespace

QByteArray encodeHealth(const Health &health)
{
    return QJsonDocument(
               QJsonObject{
                   {QStringLiteral("status"),
                    health.databaseOk ? QStringLiteral("ok") : QStringLiteral("degraded")},
                   {QStringLiteral("database"), health.databaseOk},
                   {QStringLiteral("version"), health.version},
                   {QStringLiteral("server_time"), health.serverTimeMs},
                   {QStringLiteral("latest_seq"), health.latestSeq},
               })
        .toJson(QJsonDocument::Compact);
}

std::optional<Health> decodeHealth(const QByteArray &json, DecodeError *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *error = {{}, tr("not a JSON object")};
        return std::nullopt;
    }
    const QJsonObject object = document.object();
    const QJsonValue database = object.value(QStringLiteral("database"));
    if (!database.isBool()) {
        *error = {QStringLiteral("database"), tr("missing or not a boolean")};
        return std::nullopt;
    }
    const QJsonValue version = object.value(QStringLiteral("version"));
    if (!version.isString()) {
        *error = {QStringLiteral("version"), tr("missing or not a string")};
        return std::nullopt;
    }
    const QJsonValue serverTime = object.value(QStringLiteral("server_time"));
    if (!isWholeNumber(serverTime)) {
        *error = {QStringLiteral("server_time"), tr("missing or not a whole number")};
        return std::nullopt;
    }
    const QJsonValue latestSeq = object.value(QStringLiteral("latest_seq"));
    if (!isWholeNumber(latestSeq) || latestSeq.toInteger() < 0) {
        *error = {QStringLiteral("latest_seq"), tr("missing or not a whole number >= 0")};
        return std::nullopt;
    }
    return Health{database.toBool(), version.toString(), serverTime.toInteger(),
                  latestSeq.toInteger()};
}

} // namespace stockroom::protocol
