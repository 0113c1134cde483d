#pragma once

#include <QString>

#include <optional>

namespace stockroom::server {

/**
 * Writes the parameter that jsonRows() reads: a JSON array of flat objects. Written straight
 * into one string, as QJsonObject and QJsonDocument cost more than the insert itself on the
 * push path.
 */
class JsonRowWriter
{
public:
    JsonRowWriter();

    JsonRowWriter &row();
    JsonRowWriter &add(const char *key, const QString &value);
    JsonRowWriter &add(const char *key, qint64 value);
    JsonRowWriter &add(const char *key, const std::optional<qint64> &value);
    JsonRowWriter &addNull(const char *key);
    /** A value that is JSON already (an encoded object), written as is. */
    JsonRowWriter &addJson(const char *key, const QByteArray &json);

    bool isEmpty() const { return m_rows == 0; }
    /** The array so far. */
    QString text() const;

private:
    void key(const char *key);

    QString m_text;
    qsizetype m_rows = 0;
    bool m_rowEmpty = true;
};

} // namespace stockroom::server
