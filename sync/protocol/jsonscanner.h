#pragma once

#include <QByteArrayView>
#include <QList>
#include <QString>

namespace stockroom::protocol {

/**
 * Reads the plainest form of JSON straight from its UTF-8 bytes, for the decoders of the large,
 * frequent messages (push batches, feed pages): objects, arrays, strings of well-formed UTF-8
 * with the short escapes, and integers of up to 15 digits. Anything else (a \u escape, a
 * fraction, null, malformed text) makes it fail, and the decoder then reads the message
 * again through QJsonDocument, which accepts all of JSON and gives the error messages; so this
 * only ever makes the common case cheaper. Internal to the codecs of sync/protocol.
 */
class JsonScanner
{
public:
    enum class Next { Item, End, Failed };

    explicit JsonScanner(QByteArrayView json);

    bool beginObject();
    /** The next member's key of the object begun last, or its end. */
    Next member(QByteArrayView *key);
    bool beginArray();
    /** Whether another element of the array begun last follows, or its end. */
    Next element();

    bool string(QString *text);
    /** The string, which must be ASCII, as a view of the input. */
    bool latin1(QByteArrayView *text);
    bool integer(qint64 *number);
    /** True when only whitespace is left. */
    bool atEnd();

private:
    void skipSpace();
    bool take(char c);
    Next next(char close);

    QByteArrayView m_json;
    qsizetype m_pos = 0;
    QList<bool> m_first; ///< per open object or array: nothing read from it yet
};

} // namespace stockroom::protocol
