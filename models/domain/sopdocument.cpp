#include "sopdocument.h"

#include "rolepolicy.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QStringDecoder>

#include <algorithm>

namespace stockroom::domain {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("stockroom::domain::SopDocument", text);
}

const QStringList &headerKeys()
{
    static const QStringList keys{QStringLiteral("id"),      QStringLiteral("title"),
                                  QStringLiteral("version"), QStringLiteral("roles"),
                                  QStringLiteral("tags"),    QStringLiteral("governs")};
    return keys;
}

bool isSlug(const QString &text)
{
    static const QRegularExpression slug(QStringLiteral("^[a-z0-9-]+$"));
    return slug.match(text).hasMatch();
}

QString discrepancyTypeNames()
{
    QStringList names;
    for (DiscrepancyType type : allDiscrepancyTypes())
        names.append(discrepancyTypeName(type));
    return names.join(QStringLiteral(", "));
}

// The file's lines, decoded one by one so that invalid UTF-8 can be blamed on its line. A
// final line end leaves an empty last line, which is what lets the body come back unchanged.
bool decodeLines(const QByteArray &utf8, QStringList *lines, int *badLine)
{
    const QByteArrayView bytes(utf8);
    qsizetype start = 0;
    for (int number = 1;; ++number) {
        const qsizetype end = bytes.indexOf('\n', start);
        const QByteArrayView line
            = end < 0 ? bytes.sliced(start) : bytes.sliced(start, end - start);
        // Stateless: a sequence cut off at the line's end is an error, not carried over.
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless
                                                         | QStringDecoder::Flag::ConvertInitialBom);
        QString text = decoder.decode(line);
        if (decoder.hasError()) {
            *badLine = number;
            return false;
        }
        if (number == 1 && text.startsWith(QChar(0xfeff)))
            text.remove(0, 1);
        if (text.endsWith(u'\r'))
            text.chop(1);
        lines->append(text);
        if (end < 0)
            return true;
        start = end + 1;
    }
}

bool isDelimiter(const QString &line)
{
    return line.trimmed() == QLatin1StringView("---");
}

// The level of an ATX heading at the start of the line (1–6), or 0; text gets what follows.
int headingLevel(const QString &line, QString *text)
{
    int level = 0;
    while (level < line.size() && level < 7 && line.at(level) == u'#')
        ++level;
    if (level == 0 || level > 6)
        return 0;
    if (level < line.size() && line.at(level) != u' ' && line.at(level) != u'\t')
        return 0;
    *text = line.mid(level).trimmed();
    return level;
}

/** Reads one file; every check reports the first problem through fail(). */
class SopParser
{
public:
    SopParser(const QString &fileName, SopParseError *error)
        : m_fileName(fileName)
        , m_error(error)
    {}

    std::optional<SopDocument> parse(const QByteArray &utf8)
    {
        int badLine = 0;
        if (!decodeLines(utf8, &m_lines, &badLine))
            return fail(badLine, tr("this line is not valid UTF-8"));
        if (!isDelimiter(m_lines.constFirst()))
            return fail(1, tr("the file must begin with a \"---\" line that opens the header"));
        qsizetype close = 1;
        while (close < m_lines.size() && !isDelimiter(m_lines.at(close)))
            ++close;
        if (close == m_lines.size())
            return fail(1, tr("the header opened here is never closed by a \"---\" line"));

        SopDocument document;
        if (!readHeader(close, &document))
            return std::nullopt;
        document.body = m_lines.mid(close + 1).join(u'\n');
        if (!readSteps(close + 1, &document.steps))
            return std::nullopt;
        return document;
    }

private:
    std::nullopt_t fail(int line, const QString &message)
    {
        if (m_error)
            *m_error = SopParseError{m_fileName, line, message};
        return std::nullopt;
    }

    bool readHeader(qsizetype close, SopDocument *document)
    {
        QHash<QString, int> seen;
        for (qsizetype i = 1; i < close; ++i) {
            const int line = int(i) + 1;
            const QString text = m_lines.at(i).trimmed();
            if (text.isEmpty() || text.startsWith(u'#'))
                continue;
            const qsizetype colon = text.indexOf(u':');
            const QString key = colon < 0 ? QString() : text.left(colon).trimmed();
            if (key.isEmpty()) {
                fail(line, tr("expected \"key: value\" in the header, found \"%1\"").arg(text));
                return false;
            }
            if (!headerKeys().contains(key)) {
                fail(line, tr("unknown key \"%1\"; the keys are %2")
                               .arg(key, headerKeys().join(QStringLiteral(", "))));
                return false;
            }
            if (const auto first = seen.constFind(key); first != seen.cend()) {
                fail(line,
                     tr("duplicate key \"%1\" (first given on line %2)").arg(key).arg(*first));
                return false;
            }
            seen.insert(key, line);
            if (!readValue(line, key, text.mid(colon + 1).trimmed(), document))
                return false;
        }
        for (const QString &required :
             {QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("version")}) {
            if (!seen.contains(required)) {
                fail(int(close) + 1, tr("the header has no \"%1\"; id, title and version are "
                                        "required")
                                         .arg(required));
                return false;
            }
        }
        return true;
    }

    bool readValue(int line, const QString &key, const QString &value, SopDocument *document)
    {
        if (key == QLatin1StringView("id")) {
            if (!isSlug(value)) {
                fail(line, tr("id \"%1\" is not a slug: use only a-z, 0-9 and \"-\"").arg(value));
                return false;
            }
            document->id = value;
        } else if (key == QLatin1StringView("title")) {
            if (value.isEmpty()) {
                fail(line, tr("the title must not be empty"));
                return false;
            }
            document->title = value;
        } else if (key == QLatin1StringView("version")) {
            static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
            bool ok = false;
            const int version = value.toInt(&ok);
            if (!digits.match(value).hasMatch() || !ok || version < 1) {
                fail(line, tr("version \"%1\" is not a whole number of 1 or more").arg(value));
                return false;
            }
            document->version = version;
        } else {
            return readList(line, key, value, document);
        }
        return true;
    }

    bool readList(int line, const QString &key, QString value, SopDocument *document)
    {
        if (value.startsWith(u'[')) {
            if (!value.endsWith(u']')) {
                fail(line,
                     tr("the list of %1 opens with \"[\" but does not end with \"]\"").arg(key));
                return false;
            }
            value = value.mid(1, value.size() - 2).trimmed();
        }
        QStringList items;
        if (!value.isEmpty()) {
            for (const QString &part : value.split(u',')) {
                const QString item = part.trimmed();
                if (item.isEmpty()) {
                    fail(line, tr("the list of %1 has an empty item").arg(key));
                    return false;
                }
                if (items.contains(item)) {
                    fail(line, tr("\"%1\" is listed twice in %2").arg(item, key));
                    return false;
                }
                items.append(item);
            }
        }
        for (const QString &item : std::as_const(items)) {
            if (key == QLatin1StringView("roles")) {
                if (!sopRoleNames().contains(item)) {
                    fail(line, tr("unknown role \"%1\"; the roles are %2")
                                   .arg(item, sopRoleNames().join(QStringLiteral(", "))));
                    return false;
                }
            } else if (key == QLatin1StringView("tags")) {
                if (!isSlug(item)) {
                    fail(line,
                         tr("tag \"%1\" is not a slug: use only a-z, 0-9 and \"-\"").arg(item));
                    return false;
                }
            } else {
                const auto type = discrepancyTypeFromName(item);
                if (!type) {
                    fail(line, tr("unknown discrepancy type \"%1\"; the types are %2")
                                   .arg(item, discrepancyTypeNames()));
                    return false;
                }
                document->governs.append(*type);
            }
        }
        if (key == QLatin1StringView("roles"))
            document->roles = items;
        else if (key == QLatin1StringView("tags"))
            document->tags = items;
        return true;
    }

    bool readSteps(qsizetype first, QList<SopStep> *steps)
    {
        int stepsLine = 0;
        bool inSteps = false;
        QString fence;
        std::optional<SopStep> step;
        QStringList stepLines;
        const auto finishStep = [&] {
            if (!step)
                return;
            while (!stepLines.isEmpty() && stepLines.constFirst().trimmed().isEmpty())
                stepLines.removeFirst();
            while (!stepLines.isEmpty() && stepLines.constLast().trimmed().isEmpty())
                stepLines.removeLast();
            step->text = stepLines.join(u'\n');
            steps->append(*step);
            step.reset();
            stepLines.clear();
        };

        static const QRegularExpression stepHeading(QStringLiteral("^([0-9]+)\\.(.*)$"));
        for (qsizetype i = first; i < m_lines.size(); ++i) {
            const int line = int(i) + 1;
            const QString &text = m_lines.at(i);
            const QString trimmed = text.trimmed();
            if (fence.isEmpty()) {
                if (trimmed.startsWith(QLatin1StringView("```"))
                    || trimmed.startsWith(QLatin1StringView("~~~"))) {
                    fence = trimmed.left(3);
                } else {
                    QString heading;
                    const int level = headingLevel(text, &heading);
                    if (level == 1 || level == 2) {
                        finishStep();
                        inSteps = false;
                        if (level == 2 && heading.compare(u"steps", Qt::CaseInsensitive) == 0) {
                            if (stepsLine != 0) {
                                fail(line, tr("a second \"## Steps\" section (the first is on "
                                              "line %1)")
                                               .arg(stepsLine));
                                return false;
                            }
                            stepsLine = line;
                            inSteps = true;
                        }
                        continue;
                    }
                    if (inSteps && level == 3) {
                        const QRegularExpressionMatch match = stepHeading.match(heading);
                        if (!match.hasMatch()) {
                            fail(line, tr("a heading in the Steps section must read "
                                          "\"### N. Title\", found \"%1\"")
                                           .arg(text));
                            return false;
                        }
                        const int expected = int(steps->size()) + (step ? 2 : 1);
                        bool ok = false;
                        const int number = match.captured(1).toInt(&ok);
                        if (!ok || number != expected) {
                            fail(line, tr("expected step %1, found step %2")
                                           .arg(expected)
                                           .arg(match.captured(1)));
                            return false;
                        }
                        const QString title = match.captured(2).trimmed();
                        if (title.isEmpty()) {
                            fail(line, tr("step %1 has no title").arg(number));
                            return false;
                        }
                        finishStep();
                        step = SopStep{number, title, {}, {}};
                        continue;
                    }
                    if (step
                        && (trimmed == QLatin1StringView("- [ ]")
                            || trimmed.startsWith(QLatin1StringView("- [ ] ")))) {
                        const QString item = trimmed.mid(5).trimmed();
                        if (item.isEmpty()) {
                            fail(line, tr("a checklist item needs text after \"- [ ]\""));
                            return false;
                        }
                        step->checklist.append(item);
                        continue;
                    }
                }
            } else if (trimmed.startsWith(fence)) {
                fence.clear();
            }
            if (step)
                stepLines.append(text);
        }
        finishStep();
        if (stepsLine == 0) {
            fail(int(first) + 1, tr("the body has no \"## Steps\" section"));
            return false;
        }
        if (steps->isEmpty()) {
            fail(stepsLine, tr("the Steps section has no steps; number them \"### 1. Title\""));
            return false;
        }
        return true;
    }

    QString m_fileName;
    SopParseError *m_error;
    QStringList m_lines;
};

QStringList bodyLines(const QString &text)
{
    if (text.isEmpty())
        return {};
    QStringList lines = text.split(u'\n');
    if (text.endsWith(u'\n'))
        lines.removeLast();
    for (QString &line : lines) {
        if (line.endsWith(u'\r'))
            line.chop(1);
    }
    return lines;
}

// Past this many cells of the LCS table (about 16 MB) the changed middle is shown as removed
// then added, rather than letting a pathological pair of bodies exhaust memory.
constexpr qsizetype maxDiffCells = 4000000;

} // namespace

QString SopParseError::toString() const
{
    return QStringLiteral("%1:%2: %3").arg(file).arg(line).arg(message);
}

const QStringList &sopRoleNames()
{
    return allRoles();
}

std::optional<SopDocument> parseSop(const QByteArray &utf8, const QString &fileName,
                                    SopParseError *error)
{
    return SopParser(fileName, error).parse(utf8);
}

QByteArray serializeSop(const SopDocument &document)
{
    QString header = QStringLiteral("---\nid: %1\ntitle: %2\nversion: %3\n")
                         .arg(document.id, document.title)
                         .arg(document.version);
    const auto list = [&header](const char *key, const QStringList &items) {
        if (!items.isEmpty()) {
            header += QLatin1StringView(key) + QStringLiteral(": [")
                      + items.join(QStringLiteral(", ")) + QStringLiteral("]\n");
        }
    };
    QStringList governs;
    for (DiscrepancyType type : document.governs)
        governs.append(discrepancyTypeName(type));
    list("roles", document.roles);
    list("tags", document.tags);
    list("governs", governs);
    return (header + QStringLiteral("---\n") + document.body).toUtf8();
}

QList<SopDiffLine> diffSop(const QString &oldBody, const QString &newBody)
{
    const QStringList a = bodyLines(oldBody);
    const QStringList b = bodyLines(newBody);
    qsizetype prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a.at(prefix) == b.at(prefix))
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix
           && a.at(a.size() - 1 - suffix) == b.at(b.size() - 1 - suffix))
        ++suffix;

    QList<SopDiffLine> diff;
    diff.reserve(a.size() + b.size() - prefix - suffix);
    const auto same = [&](qsizetype i, qsizetype j) {
        diff.append({SopDiffKind::Same, a.at(i), int(i) + 1, int(j) + 1});
    };
    const auto removed = [&](qsizetype i) {
        diff.append({SopDiffKind::Removed, a.at(i), int(i) + 1, 0});
    };
    const auto added = [&](qsizetype j) {
        diff.append({SopDiffKind::Added, b.at(j), 0, int(j) + 1});
    };
    for (qsizetype k = 0; k < prefix; ++k)
        same(k, k);

    // lcs[i * (m + 1) + j]: the longest common subsequence of the middles' tails from i and j.
    const qsizetype n = a.size() - prefix - suffix;
    const qsizetype m = b.size() - prefix - suffix;
    if (n > 0 && m > 0 && (n + 1) * (m + 1) <= maxDiffCells) {
        QList<int> lcs((n + 1) * (m + 1), 0);
        const auto at = [&](qsizetype i, qsizetype j) -> int & {
            return lcs[i * (m + 1) + j];
        };
        for (qsizetype i = n - 1; i >= 0; --i) {
            for (qsizetype j = m - 1; j >= 0; --j) {
                at(i, j) = a.at(prefix + i) == b.at(prefix + j)
                               ? at(i + 1, j + 1) + 1
                               : std::max(at(i + 1, j), at(i, j + 1));
            }
        }
        qsizetype i = 0;
        qsizetype j = 0;
        while (i < n && j < m) {
            if (a.at(prefix + i) == b.at(prefix + j)) {
                same(prefix + i++, prefix + j++);
            } else if (at(i + 1, j) >= at(i, j + 1)) {
                removed(prefix + i++);
            } else {
                added(prefix + j++);
            }
        }
        for (; i < n; ++i)
            removed(prefix + i);
        for (; j < m; ++j)
            added(prefix + j);
    } else {
        for (qsizetype i = 0; i < n; ++i)
            removed(prefix + i);
        for (qsizetype j = 0; j < m; ++j)
            added(prefix + j);
    }

    for (qsizetype k = suffix; k > 0; --k)
        same(a.size() - k, b.size() - k);
    return diff;
}

} // namespace stockroom::domain
