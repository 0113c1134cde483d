#include "csvreader.h"

#include <QCoreApplication>

namespace stockroom::replica {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("stockroom::replica::CsvReader", text);
}

int lineOfOffset(const QByteArray &data, qsizetype offset)
{
    return int(QByteArrayView(data).first(offset).count('\n')) + 1;
}

// The delimiter used by the header line: whichever of ',' and ';' occurs more outside quotes.
QChar detectDelimiter(QStringView text)
{
    int commas = 0;
    int semicolons = 0;
    bool quoted = false;
    for (QChar c : text) {
        if (c == QLatin1Char('\n'))
            break;
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (!quoted && c == QLatin1Char(','))
            ++commas;
        else if (!quoted && c == QLatin1Char(';'))
            ++semicolons;
    }
    return semicolons > commas ? QLatin1Char(';') : QLatin1Char(',');
}

} // namespace

qsizetype CsvReader::firstInvalidUtf8(const QByteArray &data)
{
    const auto *bytes = reinterpret_cast<const unsigned char *>(data.constData());
    const qsizetype size = data.size();
    qsizetype i = 0;
    while (i < size) {
        const unsigned char c = bytes[i];
        int continuation = 0;
        unsigned int codePoint = 0;
        if (c < 0x80) {
            ++i;
            continue;
        } else if (c >= 0xC2 && c <= 0xDF) {
            continuation = 1;
            codePoint = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            continuation = 2;
            codePoint = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            continuation = 3;
            codePoint = c & 0x07;
        } else {
            return i;
        }
        for (int k = 1; k <= continuation; ++k) {
            if (i + k >= size || (bytes[i + k] & 0xC0) != 0x80)
                return i;
            codePoint = (codePoint << 6) | (bytes[i + k] & 0x3F);
        }
        const bool overlong = (continuation == 2 && codePoint < 0x800)
                              || (continuation == 3 && codePoint < 0x10000);
        const bool surrogate = codePoint >= 0xD800 && codePoint <= 0xDFFF;
        if (overlong || surrogate || codePoint > 0x10FFFF)
            return i;
        i += continuation + 1;
    }
    return -1;
}

bool CsvReader::parse(const QByteArray &data, QString *error)
{
    m_header.clear();
    m_records.clear();

    QByteArray bytes = data;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    if (const qsizetype bad = firstInvalidUtf8(bytes); bad >= 0) {
        *error = tr("line %1: the file is not valid UTF-8 (byte %2 of the file). Save it as "
                    "UTF-8 and import it again.")
                     .arg(lineOfOffset(bytes, bad))
                     .arg(bad + (bytes.size() == data.size() ? 1 : 4));
        return false;
    }
    const QString text = QString::fromUtf8(bytes);
    m_delimiter = detectDelimiter(text);

    QList<CsvRecord> all;
    CsvRecord current{1, {}};
    QString field;
    bool quoted = false;
    bool fieldWasQuoted = false;
    int line = 1;
    const auto endField = [&] {
        current.fields.append(field);
        field.clear();
        fieldWasQuoted = false;
    };
    const auto endRecord = [&] {
        endField();
        const bool blank = current.fields.size() == 1 && current.fields.constFirst().isEmpty();
        if (!blank)
            all.append(current);
        current = CsvRecord{line + 1, {}};
    };

    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field.append(c);
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field.append(c);
            }
            continue;
        }
        if (c == QLatin1Char('"')) {
            if (!field.isEmpty() || fieldWasQuoted) {
                *error = tr("line %1: a quote inside an unquoted field; enclose the field in "
                            "quotes and double the quote (\"\")")
                             .arg(line);
                return false;
            }
            quoted = true;
            fieldWasQuoted = true;
        } else if (c == m_delimiter) {
            endField();
        } else if (c == QLatin1Char('\r')) {
            if (i + 1 < text.size() && text.at(i + 1) != QLatin1Char('\n'))
                field.append(c);
        } else if (c == QLatin1Char('\n')) {
            endRecord();
            ++line;
        } else {
            if (fieldWasQuoted) {
                *error = tr("line %1: text after a closing quote").arg(line);
                return false;
            }
            field.append(c);
        }
    }
    if (quoted) {
        *error = tr("line %1: a quoted field is never closed").arg(current.line);
        return false;
    }
    if (!field.isEmpty() || !current.fields.isEmpty() || fieldWasQuoted)
        endRecord();

    if (all.isEmpty()) {
        *error = tr("line 1: the file is empty; it needs a header line");
        return false;
    }
    m_header = all.takeFirst().fields;
    for (QString &name : m_header)
        name = name.trimmed().toLower();
    m_records = std::move(all);
    return true;
}

QString csvField(const QString &value, QChar delimiter)
{
    if (!value.contains(delimiter) && !value.contains(QLatin1Char('"'))
        && !value.contains(QLatin1Char('\n')) && !value.contains(QLatin1Char('\r'))) {
        return value;
    }
    QString quoted = value;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace stockroom::replica
