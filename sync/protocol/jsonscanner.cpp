#include "jsonscanner.h"

namespace stockroom::protocol {

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
    QString unescaped;
    bool escaped = false;
    qsizetype run = start;
    while (m_pos < m_json.size()) {
        const auto c = uchar(m_json[m_pos]);
        if (c == '"') {
            if (!escaped) {
                *text = QString::fromLatin1(m_json.sliced(start, m_pos - start));
            } else {
                unescaped += QLatin1StringView(m_json.sliced(run, m_pos - run));
                *text = unescaped;
            }
            ++m_pos;
            return true;
        }
        if (c < 0x20 || c >= 0x7f)
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
            unescaped += QLatin1StringView(m_json.sliced(run, m_pos - run));
            unescaped += QLatin1Char(resolved);
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
