#include "jsonrowwriter.h"

#include <algorithm>

namespace stockroom::server {

JsonRowWriter::JsonRowWriter()
    : m_text(QStringLiteral("["))
{
    m_text.reserve(4096);
}

QString JsonRowWriter::text() const
{
    return m_rows > 0 ? m_text + QLatin1StringView("}]") : QStringLiteral("[]");
}

JsonRowWriter &JsonRowWriter::row()
{
    if (m_rows > 0)
        m_text += QLatin1StringView("},{");
    else
        m_text += QLatin1Char('{');
    ++m_rows;
    m_rowEmpty = true;
    return *this;
}

void JsonRowWriter::key(const char *key)
{
    Q_ASSERT(m_rows > 0);
    if (!m_rowEmpty)
        m_text += QLatin1Char(',');
    m_rowEmpty = false;
    m_text += QLatin1Char('"');
    m_text += QLatin1StringView(key);
    m_text += QLatin1StringView("\":");
}

JsonRowWriter &JsonRowWriter::add(const char *name, const QString &value)
{
    key(name);
    m_text += QLatin1Char('"');
    const bool plain = std::all_of(value.cbegin(), value.cend(), [](QChar c) {
        return c.unicode() >= 0x20 && c.unicode() != u'"' && c.unicode() != u'\\';
    });
    if (plain) {
        m_text += value;
        m_text += QLatin1Char('"');
        return *this;
    }
    for (const QChar c : value) {
        const char16_t u = c.unicode();
        if (u == u'"' || u == u'\\') {
            m_text += QLatin1Char('\\');
            m_text += c;
        } else if (u < 0x20) {
            m_text += QStringLiteral("\\u%1").arg(int(u), 4, 16, QLatin1Char('0'));
        } else {
            m_text += c;
        }
    }
    m_text += QLatin1Char('"');
    return *this;
}

JsonRowWriter &JsonRowWriter::add(const char *name, qint64 value)
{
    key(name);
    m_text += QString::number(value);
    return *this;
}

JsonRowWriter &JsonRowWriter::add(const char *name, const std::optional<qint64> &value)
{
    return value ? add(name, *value) : addNull(name);
}

JsonRowWriter &JsonRowWriter::addJson(const char *name, const QByteArray &json)
{
    key(name);
    m_text += QString::fromUtf8(json);
    return *this;
}

JsonRowWriter &JsonRowWriter::addNull(const char *name)
{
    key(name);
    m_text += QLatin1StringView("null");
    return *this;
}

} // namespace stockroom::server
