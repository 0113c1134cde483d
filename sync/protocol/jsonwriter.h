#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QChar>
#include <QStringView>
#include <QUuid>

namespace stockroom::protocol {

/**
 * Writes compact JSON straight into a byte array, for the codecs whose messages are large and
 * frequent (push batches, feed and snapshot pages): building a QJsonObject per item and
 * serialising the document costs more than the rest of a push at central. Internal to the
 * codecs of sync/protocol; everything else goes through them.
 *
 * The caller writes a well-formed sequence (a key before each value in an object, matching
 * begin and end); keys are ASCII names that need no escaping. Strings are written as UTF-8 with
 * the escapes of RFC 8259; a lone UTF-16 surrogate is written as \uXXXX, as QJsonDocument does,
 * so that it reads back unchanged.
 */
class JsonWriter
{
public:
    explicit JsonWriter(qsizetype reserve = 256);

    JsonWriter &beginObject();
    JsonWriter &endObject();
    JsonWriter &beginArray();
    JsonWriter &endArray();
    JsonWriter &key(const char *name);

    JsonWriter &value(QStringView text);
    JsonWriter &value(qint64 number);
    JsonWriter &boolean(bool flag);
    /** The UUID as QUuid::toString(QUuid::WithoutBraces) writes it. */
    JsonWriter &value(const QUuid &id);
    JsonWriter &null();
    /** A value that is JSON already (an encoded object, say), written as it is. */
    JsonWriter &json(QByteArrayView encoded);

    /** Shorthands for a key and its value. */
    JsonWriter &field(const char *name, QStringView text) { return key(name).value(text); }
    JsonWriter &field(const char *name, const QString &text) { return key(name).value(text); }
    JsonWriter &field(const char *name, qint64 number) { return key(name).value(number); }
    JsonWriter &field(const char *name, const QUuid &id) { return key(name).value(id); }

    /** The text written so far. */
    const QByteArray &data() const { return m_out; }
    QByteArray take() { return std::move(m_out); }

private:
    void separate();

    QByteArray m_out;
    bool m_needComma = false;
    bool m_afterKey = false;
};

} // namespace stockroom::protocol
