#include "jsonscanner.h"

namespace stockroom::protocol {

namespace {

// The length of the well-formed UTF-8 sequence (RFC 3629: no overlong forms, no surrogates,
// nothing beyond U+10FFFF) of a non-ASCII character at data, or 0. QJsonDocument accepts exactly
// these, and QString::fromUtf8 reads them as it does.
qsizetype utf8Length(const uchar *data, qsizetype available)
{
    const auto continuation = [&](qsizetype i, uchar low = 0x80, uchar high = 0xbf) {
        return i < available && data[i] >= low && data[i] <= high;
    };
    const uchar lead = data[0];
    if (lead >= 0xc2 && lead <= 0xdf)
        return continuation(1) ? 2 : 0;
    if (lead >= 0xe0 && lead <= 0xef) {
        const uchar low = lead == 0xe0 ? 0xa0 : 0x80;
        const uchar high = lead == 0xed ? 0x9f : 0xbf;
        return continuation(1, low, high) && continuation(2) ? 3 : 0;
    }
    if (lead >= 0xf0 && lead <= 0xf4) {
        const uchar low = lead == 0xf0 ? 0x90 : 0x80;
        const uchar high = lead == 0xf4 ? 0x8f : 0xbf;
        return continuation(1, low, high) && continuation(2) && continuation(3) ? 4 : 0;
    }
    return 0;
}

} // namespace

JsonScanner::JsonScanner(QByteArrayView json)
    : m_json(json)
{}

void JsonScanner::skipSpace()
{
    while (m_pos < m_json.size()) {
        const char c = m_json[m_pos];
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
            return;
        ++m_pos;
    }
}

bool JsonScanner::take(char c)
{
    skipSpace();
    if (m_pos >= m_json.size() || m_json[m_pos] != c)
        return false;
    ++m_pos;
    return true;
}

bool JsonScanner::beginObject()
{
    if (!take('{'))
        return false;
    m_first.append(true);
    return true;
}

bool JsonScanner::beginArray()
{
    if (!take('['))
        return false;
    m_first.append(true);
    return true;
}

JsonScanner::Next JsonScanner::next(char close)
{
    if (m_first.isEmpty())
        return Next::Failed;
    if (take(close)) {
        m_first.removeLast();
        return Next::End;
    }
    if (m_first.last())
        m_first.last() = false;
    else if (!take(','))
        return Next::Failed;
    return Next::Item;
}

JsonScanner::Next JsonScanner::member(QByteArrayView *key)
{
    const Next step = next('}');
    if (step != Next::Item)
        return step;
    return latin1(key) && take(':') ? Next::Item : Next::Failed;
}

JsonScanner::Next JsonScanner::element()
{
    return next(']');
}

bool JsonScanner::latin1(QByteArrayView *text)
{
    if (!take('"'))
        return false;
    const qsizetype start = m_pos;
    while (m_pos < m_json.size()) {
        const auto c = uchar(m_json[m_pos]);
        if (c == '"') {
            *text = m_json.sliced(start, m_pos - start);
            ++m_pos;
            return true;
        }
        if (c < 0x20 || c >= 0x7f || c == '\\')
            return false;
        ++m_pos;
    }
    return false;
}

bool JsonScanner::string(QString *text)
{
    if (!take('"'))
        return false;
    // Plain text (the common case) is converted in one go; escapes are resolved as they come.
    const qsizetype start = m_pos;
    QByteArray unescaped;
    bool escaped = false;
    bool ascii = true;
    qsizetype run = start;
    const auto *data = reinterpret_cast<const uchar *>(m_json.data());
    while (m_pos < m_json.size()) {
        const uchar c = data[m_pos];
        if (c == '"') {
            QByteArrayView utf8 = m_json.sliced(start, m_pos - start);
            if (escaped) {
                unescaped += m_json.sliced(run, m_pos - run);
                utf8 = unescaped;
            }
            *text = ascii ? QString::fromLatin1(utf8) : QString::fromUtf8(utf8);
            ++m_pos;
            return true;
        }
        if (c >= 0x80) {
            const qsizetype length = utf8Length(data + m_pos, m_json.size() - m_pos);
            if (length == 0)
                return false;
            ascii = false;
            m_pos += length;
            continue;
        }
        if (c < 0x20 || c == 0x7f)
            return false;
        if (c == '\\') {
            if (m_pos + 1 >= m_json.size())
                return false;
            char resolved = 0;
            switch (m_json[m_pos + 1]) {
            case '"':
                resolved = '"';
                break;
            case '\\':
                resolved = '\\';
                break;
            case '/':
                resolved = '/';
                break;
            case 'b':
                resolved = '\b';
                break;
            case 'f':
                resolved = '\f';
                break;
            case 'n':
                resolved = '\n';
                break;
            case 'r':
                resolved = '\r';
                break;
            case 't':
                resolved = '\t';
                break;
            default:
                return false; // \u and anything unknown: left to QJsonDocument
            }
            unescaped += m_json.sliced(run, m_pos - run);
            unescaped += resolved;
            escaped = true;
            m_pos += 2;
            run = m_pos;
            continue;
        }
        ++m_pos;
    }
    return false;
}

bool JsonScanner::integer(qint64 *number)
{
    skipSpace();
    qsizetype pos = m_pos;
    const bool negative = pos < m_json.size() && m_json[pos] == '-';
    if (negative)
        ++pos;
    const qsizetype digitsStart = pos;
    qint64 value = 0;
    while (pos < m_json.size() && m_json[pos] >= '0' && m_json[pos] <= '9') {
        value = value * 10 + (m_json[pos] - '0');
        ++pos;
    }
    const qsizetype digits = pos - digitsStart;
    // At most 15 digits: well inside the 2^53 that a JSON number carries exactly.
    if (digits == 0 || digits > 15 || (digits > 1 && m_json[digitsStart] == '0'))
        return false;
    if (pos < m_json.size()) {
        const char c = m_json[pos];
        if (c == '.' || c == 'e' || c == 'E')
            return false;
    }
    m_pos = pos;
    *number = negative ? -value : value;
    return true;
}

bool JsonScanner::atEnd()
{
    skipSpace();
    return m_pos == m_json.size() && m_first.isEmpty();
}

} // namespace stockroom::protocol
