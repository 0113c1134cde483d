#pragma once

#include "decodeerror.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>
#include <QUuid>

#include <optional>

namespace stockroom::protocol {

/**
 * Reads typed fields of a JSON object and remembers the first problem with its field path,
 * so decoders read straight through and check ok() once at the end.
 */
class JsonReader
{
public:
    JsonReader(const QJsonObject &object, QString path, DecodeError *error);

    QString string(const char *key, bool required = true);
    qint64 integer(const char *key, std::optional<qint64> defaultValue = std::nullopt);
    bool boolean(const char *key, std::optional<bool> defaultValue = std::nullopt);
    QUuid uuid(const char *key);
    QStringList stringList(const char *key, bool required = true);
    QJsonArray array(const char *key, bool required = true);
    QJsonObject object(const char *key, bool required = true);
    bool has(const char *key) const { return m_object.contains(QLatin1StringView(key)); }

    /** Records a problem found by the caller (first one wins). */
    void fail(const char *key, const QString &message);
    bool ok() const { return !m_failed; }
    QString fieldPath(const char *key) const;

private:
    QJsonValue value(const char *key, bool required);

    const QJsonObject m_object;
    const QString m_path;
    DecodeError *m_error;
    bool m_failed = false;
};

/** Parses a JSON document that must be an object; nullopt with an error otherwise. */
std::optional<QJsonObject> parseObject(const QByteArray &json, DecodeError *error);

} // namespace stockroom::protocol
