#include "jsonwriter.h"

#include <charconv>

namespace stockroom::protocol {

namespace {

constexpr char hexDigits[] = "0123456789abcdef";

char *writeEscape(char *out, char16_t u)
{
    *out++ = '\\';
    *out++ = 'u';
    *out++ = hexDigits[(u >> 12) & 0xf];
    *out++ = hexDigits[(u >> 8) & 0xf];
    *out++ = hexDigits[(u >> 4) & 0xf];
    *out++ = hexDigits[u & 0xf];
    return out;
}

// The letter of a control character's two-character escape (\n ...), or 0.
char shortEscape(char16_t u)
{
    switch (u) {
    case u'\b':
        return 'b';
    case u'\f':
        return 'f';
    case u'\n':
        return 'n';
    case u'\r':
        return 'r';
    case u'\t':
        return 't';
    default:
        return 0;
    }
}

// The bytes of text between the quotes; out has room for six bytes per UTF-16 unit (\uXXXX),
// which bounds every other form (three bytes for a BMP character, four for a surrogate pair).
char *writeString(char *out, QStringView text)
{
    const char16_t *it = text.utf16();
    const char16_t *const end = it + text.size();
    while (it != end) {
        const char16_t u = *it++;
        if (u >= 0x20 && u < 0x80) {
            if (u == u'"' || u == u'\\')
                *out++ = '\\';
            *out++ = char(u);
        } else if (u < 0x20) {
            const char escape = shortEscape(u);
            if (escape) {
                *out++ = '\\';
                *out++ = escape;
            } else {
                out = writeEscape(out, u);
            }
        } else if (u < 0x800) {
            *out++ = char(0xc0 | (u >> 6));
            *out++ = char(0x80 | (u & 0x3f));
        } else if (QChar::isHighSurrogate(u) && it != end && QChar::isLowSurrogate(*it)) {
            const char32_t c = QChar::surrogateToUcs4(u, *it++);
            *out++ = char(0xf0 | (c >> 18));
            *out++ = char(0x80 | ((c >> 12) & 0x3f));
            *out++ = char(0x80 | ((c >> 6) & 0x3f));
            *out++ = char(0x80 | (c & 0x3f));
        } else if (QChar::isSurrogate(u)) {
            out = writeEscape(out, u); // alone, it has no UTF-8 form
        } else {
            *out++ = char(0xe0 | (u >> 12));
            *out++ = char(0x80 | ((u >> 6) & 0x3f));
            *out++ = char(0x80 | (u & 0x3f));
        }
    }
    return out;
}

} // namespace

JsonWriter::JsonWriter(qsizetype reserve)
{
    m_out.reserve(reserve);
}

void JsonWriter::separate()
{
    if (m_afterKey)
        m_afterKey = false;
    else if (m_needComma)
        m_out.append(',');
    m_needComma = true;
}

JsonWriter &JsonWriter::beginObject()
{
    separate();
    m_out.append('{');
    m_needComma = false;
    return *this;
}

JsonWriter &JsonWriter::endObject()
{
    m_out.append('}');
    m_needComma = true;
    return *this;
}

JsonWriter &JsonWriter::beginArray()
{
    separate();
    m_out.append('[');
    m_needComma = false;
    return *this;
}

JsonWriter &JsonWriter::endArray()
{
    m_out.append(']');
    m_needComma = true;
    return *this;
}

JsonWriter &JsonWriter::key(const char *name)
{
    separate();
    m_out.append('"');
    m_out.append(name);
    m_out.append("\":", 2);
    m_afterKey = true;
    return *this;
}

JsonWriter &JsonWriter::value(QStringView text)
{
    separate();
    const qsizetype start = m_out.size();
    m_out.resize(start + 6 * text.size() + 2);
    char *const begin = m_out.data();
    char *out = begin + start;
    *out++ = '"';
    out = writeString(out, text);
    *out++ = '"';
    m_out.resize(out - begin);
    return *this;
}

JsonWriter &JsonWriter::value(qint64 number)
{
    separate();
    char digits[24];
    const auto result = std::to_chars(digits, digits + sizeof digits, number);
    m_out.append(digits, result.ptr - digits);
    return *this;
}

JsonWriter &JsonWriter::boolean(bool flag)
{
    separate();
    if (flag)
        m_out.append("true", 4);
    else
        m_out.append("false", 5);
    return *this;
}

JsonWriter &JsonWriter::value(const QUuid &id)
{
    separate();
    const uchar bytes[16]
        = {uchar(id.data1 >> 24), uchar(id.data1 >> 16), uchar(id.data1 >> 8), uchar(id.data1),
           uchar(id.data2 >> 8),  uchar(id.data2),       uchar(id.data3 >> 8), uchar(id.data3),
           id.data4[0],           id.data4[1],           id.data4[2],          id.data4[3],
           id.data4[4],           id.data4[5],           id.data4[6],          id.data4[7]};
    char text[38];
    int out = 0;
    text[out++] = '"';
    for (int i = 0; i < 16; ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            text[out++] = '-';
        text[out++] = hexDigits[bytes[i] >> 4];
        text[out++] = hexDigits[bytes[i] & 0xf];
    }
    text[out++] = '"';
    m_out.append(text, out);
    return *this;
}

JsonWriter &JsonWriter::null()
{
    separate();
    m_out.append("null", 4);
    return *this;
}

JsonWriter &JsonWriter::json(QByteArrayView encoded)
{
    separate();
    m_out.append(encoded.data(), encoded.size());
    return *this;
}

} // namespace stockroom::protocol
