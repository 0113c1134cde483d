#include "jsonfields.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace stockroom::protocol {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("stockroom::protocol", text);
}

} // namespace

JsonReader::JsonReader(const QJsonObject &object, QString path, DecodeError *error)
    : m_object(object)
    , m_path(std::move(path))
    , m_error(error)
{}

QString JsonReader::fieldPath(const char *key) const
{
    return m_path.isEmpty() ? QLatin1StringView(key)
                            : m_path + QLatin1Char('.') + QLatin1StringView(key);
}

void JsonReader::fail(const char *key, const QString &message)
{
    if (m_failed)
        return;
    m_failed = true;
    if (m_error)
        *m_error = {fieldPath(key), message};
}

QJsonValue JsonReader::value(const char *key, bool required)
{
    const QJsonValue v = m_object.value(QLatin1StringView(key));
    if ((v.isUndefined() || v.isNull()) && required)
        fail(key, tr("missing"));
    return v;
}

QString JsonReader::string(const char *key, bool required)
{
    const QJsonValue v = value(key, required);
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isString()) {
        fail(key, tr("must be a string"));
        return {};
    }
    return v.toString();
}

qint64 JsonReader::integer(const char *key, std::optional<qint64> defaultValue)
{
    const QJsonValue v = value(key, !defaultValue.has_value());
    if (v.isUndefined() || v.isNull())
        return defaultValue.value_or(0);
    // Integers above 2^53 cannot travel through a JSON double exactly; refuse them.
    if (!v.isDouble() || v.toDouble() != double(v.toInteger())
        || std::abs(v.toDouble()) > 9007199254740992.0) {
        fail(key, tr("must be a whole number"));
        return 0;
    }
    return v.toInteger();
}

bool JsonReader::boolean(const char *key, std::optional<bool> defaultValue)
{
    const QJsonValue v = value(key, !defaultValue.has_value());
    if (v.isUndefined() || v.isNull())
        return defaultValue.value_or(false);
    if (!v.isBool()) {
        fail(key, tr("must be true or false"));
        return false;
    }
    return v.toBool();
}

QUuid JsonReader::uuid(const char *key)
{
    const QString text = string(key);
    if (!ok())
        return {};
    const QUuid id = QUuid::fromString(text);
    if (id.isNull())
        fail(key, tr("must be a UUID"));
    return id;
}

QStringList JsonReader::stringList(const char *key, bool required)
{
    const QJsonArray items = array(key, required);
    QStringList list;
    for (const QJsonValue &item : items) {
        if (!item.isString()) {
            fail(key, tr("must be a list of strings"));
            return {};
        }
        list.append(item.toString());
    }
    return list;
}

QJsonArray JsonReader::array(const char *key, bool required)
{
    const QJsonValue v = value(key, required);
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isArray()) {
        fail(key, tr("must be a list"));
        return {};
    }
    return v.toArray();
}

QJsonObject JsonReader::object(const char *key, bool required)
{
    const QJsonValue v = value(key, required);
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isObject()) {
        fail(key, tr("must be an object"));
        return {};
    }
    return v.toObject();
}

std::optional<QJsonObject> parseObject(const QByteArray &json, DecodeError *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = {
            {},
            tr("not JSON at offset %1: %2").arg(parseError.offset).arg(parseError.errorString())};
        return std::nullopt;
    }
    if (!document.isObject()) {
        *error = {{}, tr("must be a JSON object")};
        return std::nullopt;
    }
    return document.object();
}

} // namespace stockroom::protocol
