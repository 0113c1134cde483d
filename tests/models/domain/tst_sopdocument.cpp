#include "sopdocument.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QTest>

using namespace stockroom::domain;

namespace QTest {
template<>
char *toString(const SopDocument &document)
{
    QByteArray text = serializeSop(document);
    for (const SopStep &step : document.steps) {
        text += "\n[step " + QByteArray::number(step.number) + " " + step.title.toUtf8() + " | "
                + step.text.toUtf8() + " | " + step.checklist.join(u';').toUtf8() + "]";
    }
    return qstrdup(text.constData());
}

template<>
char *toString(const SopStep &step)
{
    return qstrdup(QByteArray(QByteArray::number(step.number) + " " + step.title.toUtf8() + " | "
                              + step.text.toUtf8() + " | " + step.checklist.join(u';').toUtf8())
                       .constData());
}

template<>
char *toString(const SopDiffLine &line)
{
    const char *kind = line.kind == SopDiffKind::Same    ? "="
                       : line.kind == SopDiffKind::Added ? "+"
                                                         : "-";
    return qstrdup(QByteArray(QByteArray(kind) + " " + QByteArray::number(line.oldLine) + "/"
                              + QByteArray::number(line.newLine) + " " + line.text.toUtf8())
                       .constData());
}
} // namespace QTest

namespace {

QString sopDirectory()
{
    return QStringLiteral(STOCKROOM_SOURCE_DIR "/resources/sops");
}

QStringList starterFiles()
{
    return QDir(sopDirectory()).entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name);
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

// A valid file whose lines are numbered: 1 "---", 2 id, 3 title, 4 version, 5 "---",
// 6 "## Steps", 7 blank, 8 "### 1. Do it", 9 text. Tests replace or insert lines.
QByteArray minimal(const QByteArray &header = {}, const QByteArray &body = {})
{
    return "---\nid: sample\ntitle: Sample\nversion: 1\n" + header + "---\n"
           + (body.isEmpty() ? QByteArray("## Steps\n\n### 1. Do it\nText.\n") : body);
}

QByteArray stepsBody(const QByteArray &steps)
{
    return "## Steps\n\n" + steps;
}

} // namespace

/** The SOP file format: front matter, steps, malformed files, the round trip and the diff. */
class TestSopDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void starterSops_data();
    void starterSops();
    void starterSopSet();
    void parseFields();
    void lineEndsAndByteOrderMark();
    void lists_data();
    void lists();
    void serializeCanonical();
    void roundTrip_data();
    void roundTrip();
    void malformed_data();
    void malformed();
    void errorPointerIsOptional();
    void diff_data();
    void diff();
    void diffLineNumbers();
    void diffOfLongBodies();
};

void TestSopDocument::starterSops_data()
{
    QTest::addColumn<QString>("fileName");
    for (const QString &name : starterFiles())
        QTest::newRow(qPrintable(name)) << name;
}

void TestSopDocument::starterSops()
{
    QFETCH(QString, fileName);
    const QByteArray bytes = readFile(sopDirectory() + u'/' + fileName);
    QVERIFY(!bytes.isEmpty());
    SopParseError error;
    const auto document = parseSop(bytes, fileName, &error);
    QVERIFY2(document, qPrintable(error.toString()));

    // The file is named after the id, so a missing or duplicated SOP is visible in the tree.
    QCOMPARE(document->id, QFileInfo(fileName).completeBaseName());
    QVERIFY(!document->title.isEmpty());
    QCOMPARE(document->version, 1);
    QVERIFY(!document->roles.isEmpty());
    QVERIFY(!document->tags.isEmpty());
    QVERIFY(!document->governs.isEmpty());
    QVERIFY2(document->steps.size() >= 5, qPrintable(QString::number(document->steps.size())));
    for (const SopStep &step : document->steps) {
        QVERIFY2(!step.text.isEmpty(), qPrintable(step.title));
        QVERIFY2(!step.checklist.isEmpty(), qPrintable(step.title));
    }
    const qsizetype lines = bytes.count('\n');
    QVERIFY2(lines >= 40 && lines <= 120, qPrintable(QString::number(lines)));
}

void TestSopDocument::starterSopSet()
{
    const QStringList files = starterFiles();
    QVERIFY2(files.size() >= 8, qPrintable(files.join(u' ')));
    const QString qrc = QString::fromUtf8(
        readFile(QStringLiteral(STOCKROOM_SOURCE_DIR "/resources/stockroom.qrc")));
    QVERIFY(qrc.contains(QLatin1StringView("<qresource prefix=\"/sops\">")));

    QSet<QString> ids;
    QSet<DiscrepancyType> governed;
    for (const QString &name : files) {
        const auto document = parseSop(readFile(sopDirectory() + u'/' + name), name, nullptr);
        QVERIFY2(document, qPrintable(name));
        QVERIFY2(!ids.contains(document->id), qPrintable(document->id));
        ids.insert(document->id);
        for (DiscrepancyType type : document->governs)
            governed.insert(type);
        QVERIFY2(qrc.contains(QStringLiteral("<file alias=\"%1\">sops/%1</file>").arg(name)),
                 qPrintable(name));
    }
    // Every discrepancy can link to at least one procedure.
    for (DiscrepancyType type : allDiscrepancyTypes())
        QVERIFY2(governed.contains(type), qPrintable(discrepancyTypeName(type)));
    for (const char *id : {"record-sale-or-return", "receive-delivery", "report-damaged-goods",
                           "store-to-store-transfer", "cycle-count", "resolve-discrepancy",
                           "online-order-unavailable", "monthly-audit"})
        QVERIFY2(ids.contains(QString::fromLatin1(id)), id);
}

void TestSopDocument::parseFields()
{
    const QByteArray file = "---\n"
                            "# a comment, and a blank line, are allowed in the header\n"
                            "\n"
                            "id: sample-sop-2\n"
                            "title: Receiving: the short version\n"
                            "version: 12\n"
                            "roles: store_manager, staff\n"
                            "tags: [a, b-2]\n"
                            "governs: [oversell, staff_report]\n"
                            "---\n"
                            "# Sample\n"
                            "\n"
                            "## Before you start\n"
                            "\n"
                            "### Not a step: outside the Steps section\n"
                            "\n"
                            "## steps\n"
                            "\n"
                            "Text before the first step belongs to no step.\n"
                            "\n"
                            "### 1. First step\n"
                            "Line one.\n"
                            "\n"
                            "- [ ] Check one\n"
                            "  - [ ]   Check two  \n"
                            "- [x] done is text\n"
                            "#### Detail\n"
                            "```\n"
                            "### 9. inside a fence\n"
                            "- [ ] inside a fence\n"
                            "```\n"
                            "\n"
                            "###   2.   Second step  \n"
                            "- [ ] Only item\n"
                            "\n"
                            "## After\n"
                            "\n"
                            "### Not a step either\n";
    SopParseError error;
    const auto document = parseSop(file, QStringLiteral("sample.md"), &error);
    QVERIFY2(document, qPrintable(error.toString()));
    QCOMPARE(document->id, QStringLiteral("sample-sop-2"));
    QCOMPARE(document->title, QStringLiteral("Receiving: the short version"));
    QCOMPARE(document->version, 12);
    QCOMPARE(document->roles,
             (QStringList{QStringLiteral("store_manager"), QStringLiteral("staff")}));
    QCOMPARE(document->tags, (QStringList{QStringLiteral("a"), QStringLiteral("b-2")}));
    QCOMPARE(document->governs,
             (QList<DiscrepancyType>{DiscrepancyType::Oversell, DiscrepancyType::StaffReport}));
    QVERIFY(document->body.startsWith(QLatin1StringView("# Sample\n\n## Before you start\n")));
    QVERIFY(document->body.endsWith(QLatin1StringView("### Not a step either\n")));
    QCOMPARE(QByteArray(file).endsWith(document->body.toUtf8()), true);

    const QList<SopStep> expected{
        {1,
         QStringLiteral("First step"),
         QStringLiteral("Line one.\n\n- [x] done is text\n#### Detail\n```\n### 9. inside a "
                        "fence\n- [ ] inside a fence\n```"),
         {QStringLiteral("Check one"), QStringLiteral("Check two")}},
        {2, QStringLiteral("Second step"), QString(), {QStringLiteral("Only item")}},
    };
    QCOMPARE(document->steps, expected);
}

void TestSopDocument::lineEndsAndByteOrderMark()
{
    const QByteArray file = "\xEF\xBB\xBF---\r\nid: crlf\r\ntitle: T\r\nversion: 1\r\n---\r\n"
                            "## Steps\r\n### 1. Only\r\nText\r\n";
    SopParseError error;
    const auto document = parseSop(file, QStringLiteral("crlf.md"), &error);
    QVERIFY2(document, qPrintable(error.toString()));
    QCOMPARE(document->id, QStringLiteral("crlf"));
    QCOMPARE(document->body, QStringLiteral("## Steps\n### 1. Only\nText\n"));
    QCOMPARE(document->steps,
             (QList<SopStep>{{1, QStringLiteral("Only"), QStringLiteral("Text"), {}}}));
    // A byte-order mark anywhere but at the start is text, and here it breaks the delimiter.
    QVERIFY(!parseSop("\n\xEF\xBB\xBF---\n", QStringLiteral("x.md"), nullptr));
}

void TestSopDocument::lists_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QStringList>("tags");

    QTest::newRow("comma separated")
        << QByteArray("a, b,c")
        << QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
    QTest::newRow("brackets") << QByteArray("[a, b]")
                              << QStringList{QStringLiteral("a"), QStringLiteral("b")};
    QTest::newRow("brackets with spaces")
        << QByteArray("[ a ,b ]") << QStringList{QStringLiteral("a"), QStringLiteral("b")};
    QTest::newRow("one item") << QByteArray("solo") << QStringList{QStringLiteral("solo")};
    QTest::newRow("empty brackets") << QByteArray("[]") << QStringList();
    QTest::newRow("empty value") << QByteArray("") << QStringList();
}

void TestSopDocument::lists()
{
    QFETCH(QByteArray, value);
    QFETCH(QStringList, tags);
    SopParseError error;
    const auto document
        = parseSop(minimal("tags: " + value + "\n"), QStringLiteral("l.md"), &error);
    QVERIFY2(document, qPrintable(error.toString()));
    QCOMPARE(document->tags, tags);
}

void TestSopDocument::serializeCanonical()
{
    SopDocument document;
    document.id = QStringLiteral("canon");
    document.title = QStringLiteral("Canonical: form");
    document.version = 3;
    document.roles = {QStringLiteral("trainer"), QStringLiteral("auditor")};
    document.governs = {DiscrepancyType::DigestMismatch};
    document.body = QStringLiteral("## Steps\n\n### 1. One\n- [ ] Tick\n");
    document.steps = {{1, QStringLiteral("One"), QString(), {QStringLiteral("Tick")}}};

    const QByteArray expected = "---\n"
                                "id: canon\n"
                                "title: Canonical: form\n"
                                "version: 3\n"
                                "roles: [trainer, auditor]\n"
                                "governs: [digest_mismatch]\n"
                                "---\n"
                                "## Steps\n\n### 1. One\n- [ ] Tick\n";
    QCOMPARE(serializeSop(document), expected);
    const auto back = parseSop(expected, QStringLiteral("canon.md"), nullptr);
    QVERIFY(back);
    QCOMPARE(*back, document);
}

void TestSopDocument::roundTrip_data()
{
    QTest::addColumn<QByteArray>("file");
    for (const QString &name : starterFiles())
        QTest::newRow(qPrintable(name)) << readFile(sopDirectory() + u'/' + name);
    QTest::newRow("minimal") << minimal();
    QTest::newRow("no final line end") << minimal({}, "## Steps\n### 1. A\nend");
    QTest::newRow("comments and comma lists")
        << minimal("# note\n\nroles: staff ,admin\ntags: x\ngoverns: count_variance\n");
    QTest::newRow("crlf and bom") << QByteArray(
        "\xEF\xBB\xBF---\r\nversion: 2\r\ntitle: Ünïcödé ✓\r\n"
        "id: u\r\n---\r\n\r\n## Steps\r\n### 1. Ä\r\n");
}

void TestSopDocument::roundTrip()
{
    QFETCH(QByteArray, file);
    SopParseError error;
    const auto document = parseSop(file, QStringLiteral("in.md"), &error);
    QVERIFY2(document, qPrintable(error.toString()));
    const QByteArray written = serializeSop(*document);
    const auto back = parseSop(written, QStringLiteral("out.md"), &error);
    QVERIFY2(back, qPrintable(error.toString()));
    QCOMPARE(*back, *document);
    QCOMPARE(serializeSop(*back), written);
}

void TestSopDocument::malformed_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QString>("expected");

    const auto row = [](const char *name, const QByteArray &file, const char *message) {
        QTest::newRow(name) << file << QString::fromUtf8(message);
    };
    const QByteArray noHeader = "id: sample\n## Steps\n### 1. A\n";
    row("empty file", "",
        "bad.md:1: the file must begin with a \"---\" line that opens the header");
    row("missing header", noHeader,
        "bad.md:1: the file must begin with a \"---\" line that opens the header");
    row("header not on the first line", "\n" + minimal(),
        "bad.md:1: the file must begin with a \"---\" line that opens the header");
    row("unterminated header", "---\nid: sample\ntitle: Sample\nversion: 1\n## Steps\n",
        "bad.md:1: the header opened here is never closed by a \"---\" line");
    row("not key: value", minimal("owner anna\n"),
        "bad.md:5: expected \"key: value\" in the header, found \"owner anna\"");
    row("no key before the colon", minimal(": anna\n"),
        "bad.md:5: expected \"key: value\" in the header, found \": anna\"");
    row("unknown key", minimal("owner: anna\n"),
        "bad.md:5: unknown key \"owner\"; the keys are id, title, version, roles, tags, governs");
    row("keys are lowercase", minimal("Tags: a\n"),
        "bad.md:5: unknown key \"Tags\"; the keys are id, title, version, roles, tags, governs");
    row("duplicate key", minimal("title: Again\n"),
        "bad.md:5: duplicate key \"title\" (first given on line 3)");
    row("duplicate list key", minimal("tags: a\n\ntags: b\n"),
        "bad.md:7: duplicate key \"tags\" (first given on line 5)");
    row("missing id", "---\ntitle: T\nversion: 1\n---\n## Steps\n### 1. A\n",
        "bad.md:4: the header has no \"id\"; id, title and version are required");
    row("missing title", "---\nid: a\nversion: 1\n---\n## Steps\n### 1. A\n",
        "bad.md:4: the header has no \"title\"; id, title and version are required");
    row("missing version", "---\nid: a\ntitle: T\n---\n## Steps\n### 1. A\n",
        "bad.md:4: the header has no \"version\"; id, title and version are required");
    row("empty header", "---\n---\n## Steps\n### 1. A\n",
        "bad.md:2: the header has no \"id\"; id, title and version are required");
    row("id with capitals", "---\nid: Sample\n---\n",
        "bad.md:2: id \"Sample\" is not a slug: use only a-z, 0-9 and \"-\"");
    row("id with a space", "---\nid: my sop\n---\n",
        "bad.md:2: id \"my sop\" is not a slug: use only a-z, 0-9 and \"-\"");
    row("id with an underscore", "---\nid: my_sop\n---\n",
        "bad.md:2: id \"my_sop\" is not a slug: use only a-z, 0-9 and \"-\"");
    row("empty id", "---\nid:\n---\n",
        "bad.md:2: id \"\" is not a slug: use only a-z, 0-9 and \"-\"");
    row("empty title", "---\nid: a\ntitle:   \n---\n", "bad.md:3: the title must not be empty");
    row("version 0", "---\nid: a\ntitle: T\nversion: 0\n---\n",
        "bad.md:4: version \"0\" is not a whole number of 1 or more");
    row("version x", "---\nid: a\ntitle: T\nversion: x\n---\n",
        "bad.md:4: version \"x\" is not a whole number of 1 or more");
    row("version negative", "---\nid: a\ntitle: T\nversion: -1\n---\n",
        "bad.md:4: version \"-1\" is not a whole number of 1 or more");
    row("version with a sign", "---\nid: a\ntitle: T\nversion: +2\n---\n",
        "bad.md:4: version \"+2\" is not a whole number of 1 or more");
    row("version fraction", "---\nid: a\ntitle: T\nversion: 1.5\n---\n",
        "bad.md:4: version \"1.5\" is not a whole number of 1 or more");
    row("version too large", "---\nid: a\ntitle: T\nversion: 99999999999\n---\n",
        "bad.md:4: version \"99999999999\" is not a whole number of 1 or more");
    row("version empty", "---\nid: a\ntitle: T\nversion:\n---\n",
        "bad.md:4: version \"\" is not a whole number of 1 or more");
    row("unknown role", minimal("roles: [staff, manager]\n"),
        "bad.md:5: unknown role \"manager\"; the roles are store_manager, ecommerce, trainer, "
        "auditor, admin, staff");
    row("unknown discrepancy type", minimal("governs: oversell, damage\n"),
        "bad.md:5: unknown discrepancy type \"damage\"; the types are count_variance, "
        "negative_stock, oversell, rejected_change, digest_mismatch, transfer_not_received, "
        "staff_report");
    row("tag not a slug", minimal("tags: [online orders]\n"),
        "bad.md:5: tag \"online orders\" is not a slug: use only a-z, 0-9 and \"-\"");
    row("unclosed bracket", minimal("roles: [staff, admin\n"),
        "bad.md:5: the list of roles opens with \"[\" but does not end with \"]\"");
    row("empty list item", minimal("roles: staff,,admin\n"),
        "bad.md:5: the list of roles has an empty item");
    row("trailing comma", minimal("governs: [oversell,]\n"),
        "bad.md:5: the list of governs has an empty item");
    row("item listed twice", minimal("tags: a, b, a\n"), "bad.md:5: \"a\" is listed twice in tags");
    row("invalid UTF-8 in the header", "---\nid: a\ntitle: caf\xff\nversion: 1\n---\n",
        "bad.md:3: this line is not valid UTF-8");
    row("UTF-8 cut off at a line end", minimal({}, "## Steps\n### 1. A\ncaf\xc3\nmore\n"),
        "bad.md:8: this line is not valid UTF-8");
    row("overlong UTF-8", minimal({}, "## Steps\n### 1. A \xc0\xaf\n"),
        "bad.md:7: this line is not valid UTF-8");
    row("encoded surrogate", minimal({}, "\xed\xa0\x80\n"),
        "bad.md:6: this line is not valid UTF-8");
    row("invalid UTF-8 before a header problem", "---\nid: A\n\x80\n",
        "bad.md:3: this line is not valid UTF-8");
    row("no Steps section", minimal({}, "# Title\n\nJust text.\n"),
        "bad.md:6: the body has no \"## Steps\" section");
    row("Steps as a level-3 heading", minimal({}, "### Steps\n### 1. A\n"),
        "bad.md:6: the body has no \"## Steps\" section");
    row("empty Steps section", minimal({}, "## Steps\n\nSome text.\n\n## Notes\n### 1. A\n"),
        "bad.md:6: the Steps section has no steps; number them \"### 1. Title\"");
    row("second Steps section", minimal({}, "## Steps\n### 1. A\n\n## Steps\n### 1. B\n"),
        "bad.md:9: a second \"## Steps\" section (the first is on line 6)");
    row("step gap", minimal({}, stepsBody("### 1. A\n### 2. B\n### 4. D\n")),
        "bad.md:10: expected step 3, found step 4");
    row("first step not 1", minimal({}, stepsBody("### 2. B\n")),
        "bad.md:8: expected step 1, found step 2");
    row("step repeated", minimal({}, stepsBody("### 1. A\n\n### 1. A again\n")),
        "bad.md:10: expected step 2, found step 1");
    row("step number zero", minimal({}, stepsBody("### 0. Nothing\n")),
        "bad.md:8: expected step 1, found step 0");
    row("step without a title", minimal({}, stepsBody("### 1.   \n")),
        "bad.md:8: step 1 has no title");
    row("unnumbered step heading", minimal({}, stepsBody("### 1. A\n### Before you go\n")),
        "bad.md:9: a heading in the Steps section must read \"### N. Title\", found \"### "
        "Before you go\"");
    row("lettered step", minimal({}, stepsBody("### 1. A\n### 2a. B\n")),
        "bad.md:9: a heading in the Steps section must read \"### N. Title\", found \"### 2a. "
        "B\"");
    row("empty checklist item", minimal({}, stepsBody("### 1. A\n- [ ]\n")),
        "bad.md:9: a checklist item needs text after \"- [ ]\"");
}

void TestSopDocument::malformed()
{
    QFETCH(QByteArray, file);
    QFETCH(QString, expected);
    SopParseError error;
    const auto document = parseSop(file, QStringLiteral("bad.md"), &error);
    QVERIFY(!document);
    QCOMPARE(error.toString(), expected);
    QCOMPARE(error.file, QStringLiteral("bad.md"));
    QVERIFY(error.line >= 1);
}

void TestSopDocument::errorPointerIsOptional()
{
    QVERIFY(!parseSop("nonsense", QStringLiteral("x.md"), nullptr));
    QVERIFY(parseSop(minimal(), QStringLiteral("x.md"), nullptr));
    const SopParseError error{QStringLiteral("dir/a.md"), 12, QStringLiteral("bad")};
    QCOMPARE(error.toString(), QStringLiteral("dir/a.md:12: bad"));
}

void TestSopDocument::diff_data()
{
    QTest::addColumn<QString>("oldBody");
    QTest::addColumn<QString>("newBody");
    QTest::addColumn<QString>("expected"); // one line per diff line: "=", "+" or "-", then text

    QTest::newRow("both empty") << QString() << QString() << QString();
    QTest::newRow("identical") << QStringLiteral("a\nb\n") << QStringLiteral("a\nb\n")
                               << QStringLiteral("=a\n=b");
    QTest::newRow("all added") << QString() << QStringLiteral("a\nb") << QStringLiteral("+a\n+b");
    QTest::newRow("all removed") << QStringLiteral("a\nb\n") << QString()
                                 << QStringLiteral("-a\n-b");
    QTest::newRow("final line end ignored")
        << QStringLiteral("a\nb") << QStringLiteral("a\nb\n") << QStringLiteral("=a\n=b");
    QTest::newRow("inserted in the middle")
        << QStringLiteral("a\nb\nc\n") << QStringLiteral("a\nb\nx\nc\n")
        << QStringLiteral("=a\n=b\n+x\n=c");
    QTest::newRow("removed in the middle")
        << QStringLiteral("a\nb\nc\nd\n") << QStringLiteral("a\nd\n")
        << QStringLiteral("=a\n-b\n-c\n=d");
    QTest::newRow("replaced: removed first")
        << QStringLiteral("a\nold 1\nold 2\nz\n") << QStringLiteral("a\nnew\nz\n")
        << QStringLiteral("=a\n-old 1\n-old 2\n+new\n=z");
    QTest::newRow("moved line") << QStringLiteral("a\nb\nc\n") << QStringLiteral("b\nc\na\n")
                                << QStringLiteral("-a\n=b\n=c\n+a");
    QTest::newRow("common lines out of order")
        << QStringLiteral("x\na\ny\nb\nz\n") << QStringLiteral("a\nq\nb\n")
        << QStringLiteral("-x\n=a\n-y\n+q\n=b\n-z");
    QTest::newRow("blank lines count")
        << QStringLiteral("a\n\nb\n") << QStringLiteral("a\nb\n") << QStringLiteral("=a\n-\n=b");
    QTest::newRow("carriage returns ignored")
        << QStringLiteral("a\r\nb\r\n") << QStringLiteral("a\nb\n") << QStringLiteral("=a\n=b");
}

void TestSopDocument::diff()
{
    QFETCH(QString, oldBody);
    QFETCH(QString, newBody);
    QFETCH(QString, expected);
    QStringList actual;
    for (const SopDiffLine &line : diffSop(oldBody, newBody)) {
        const QChar mark = line.kind == SopDiffKind::Same    ? u'='
                           : line.kind == SopDiffKind::Added ? u'+'
                                                             : u'-';
        actual.append(mark + line.text);
    }
    QCOMPARE(actual.join(u'\n'), expected);
}

void TestSopDocument::diffLineNumbers()
{
    const QList<SopDiffLine> expected{
        {SopDiffKind::Same, QStringLiteral("# Title"), 1, 1},
        {SopDiffKind::Removed, QStringLiteral("Old step."), 2, 0},
        {SopDiffKind::Added, QStringLiteral("New step."), 0, 2},
        {SopDiffKind::Added, QStringLiteral("Extra."), 0, 3},
        {SopDiffKind::Same, QStringLiteral("End."), 3, 4},
    };
    QCOMPARE(diffSop(QStringLiteral("# Title\nOld step.\nEnd.\n"),
                     QStringLiteral("# Title\nNew step.\nExtra.\nEnd.\n")),
             expected);
}

void TestSopDocument::diffOfLongBodies()
{
    const auto body = [](const QString &first, int common, const QString &last) {
        QStringList lines{first};
        for (int i = 0; i < common; ++i)
            lines.append(QStringLiteral("line %1").arg(i));
        lines.append(last);
        return lines.join(u'\n');
    };
    const auto count = [](const QList<SopDiffLine> &diff, SopDiffKind kind) {
        return std::count_if(diff.cbegin(), diff.cend(),
                             [kind](const SopDiffLine &line) { return line.kind == kind; });
    };

    // Different first and last lines keep the common middle from being trimmed away, so the
    // LCS table has to find it: 1,001 × 1,001 cells.
    const QList<SopDiffLine> matched
        = diffSop(body(QStringLiteral("old first"), 999, QStringLiteral("old last")),
                  body(QStringLiteral("new first"), 999, QStringLiteral("new last")));
    QCOMPARE(count(matched, SopDiffKind::Same), 999);
    QCOMPARE(count(matched, SopDiffKind::Removed), 2);
    QCOMPARE(count(matched, SopDiffKind::Added), 2);

    // Past the table's limit the changed middle is shown as removed, then added.
    const QList<SopDiffLine> coarse
        = diffSop(body(QStringLiteral("old first"), 2000, QStringLiteral("old last")),
                  body(QStringLiteral("new first"), 2000, QStringLiteral("new last")));
    QCOMPARE(coarse.size(), 2 * 2002);
    QCOMPARE(count(coarse, SopDiffKind::Same), 0);
    QCOMPARE(coarse.at(2001).kind, SopDiffKind::Removed);
    QCOMPARE(coarse.at(2002).kind, SopDiffKind::Added);
    QCOMPARE(coarse.at(2002).text, QStringLiteral("new first"));

    // Common lines at both ends never enter the table, however long the bodies are.
    const QList<SopDiffLine> trimmed
        = diffSop(body(QStringLiteral("same"), 5000, QStringLiteral("old end")),
                  body(QStringLiteral("same"), 5000, QStringLiteral("new end")));
    QCOMPARE(trimmed.size(), 5003);
    QCOMPARE(count(trimmed, SopDiffKind::Same), 5001);
}

QTEST_GUILESS_MAIN(TestSopDocument)
#include "tst_sopdocument.moc"
