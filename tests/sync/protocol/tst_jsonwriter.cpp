#include "jsonwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <limits>

using namespace stockroom::protocol;

namespace {

QString units(std::initializer_list<char16_t> codeUnits)
{
    QString text;
    for (const char16_t u : codeUnits)
        text += QChar(u);
    return text;
}

QJsonDocument parsed(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("not JSON: %s in %s", qPrintable(error.errorString()), json.constData());
    return document;
}

} // namespace

/** The compact JSON writer of the codecs: valid JSON with the content QJsonDocument gives. */
class TestJsonWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void strings_data();
    void strings();
    void structure();
    void numbers_data();
    void numbers();
    void uuids();
};

void TestJsonWriter::strings_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QStringLiteral("");
    QTest::newRow("null") << QString();
    QTest::newRow("plain") << QStringLiteral("RUN-0001-42");
    QTest::newRow("quotes") << QStringLiteral("say \"hi\" \"\"");
    QTest::newRow("backslashes") << QStringLiteral("C:\\path\\\\ \\\" \\u0041 \\n");
    QTest::newRow("solidus") << QStringLiteral("a/b </script>");
    QString controls;
    for (char16_t u = 0; u < 0x20; ++u)
        controls += QChar(u);
    QTest::newRow("every control character") << controls;
    QTest::newRow("control characters between text")
        << QStringLiteral("line 1\nline 2\r\n\ttab\bback\fform") + QChar(0x1f) + QChar(0);
    QTest::newRow("delete") << units({u'a', 0x7f, u'b'});
    QTest::newRow("latin-1") << QStringLiteral("Müller, café, «fragile», ¿qué?");
    QTest::newRow("two and three bytes")
        << QStringLiteral("Ω ß € ✓ 日本語 ") + units({0x80, 0x7ff, 0x800, 0xfeff, 0xffff});
    QTest::newRow("line separators") << units({0x2028, u'x', 0x2029});
    QTest::newRow("emoji") << QStringLiteral("box 📦 crushed 😀👍🏽");
    QTest::newRow("surrogate pair at the end") << units({u'a', 0xd83d, 0xde00});
    QTest::newRow("lone high surrogate") << units({u'a', 0xd800, u'b'});
    QTest::newRow("lone high surrogate at the end") << units({u'a', 0xdbff});
    QTest::newRow("lone low surrogate") << units({0xdc00, u'b'});
    QTest::newRow("low before high") << units({0xdc00, 0xd800});
    QTest::newRow("two high surrogates then a low") << units({0xd800, 0xd83d, 0xde00});
}

void TestJsonWriter::strings()
{
    QFETCH(QString, text);
    JsonWriter out;
    out.beginObject().field("k", text).endObject();
    const QJsonDocument document = parsed(out.data());
    QVERIFY2(document.isObject(), out.data().constData());
    QCOMPARE(document.object().value(QStringLiteral("k")).toString(), text);
    // One key: the order of keys cannot differ, so QJsonDocument's own text must come out.
    QCOMPARE(
        out.data(),
        QJsonDocument(QJsonObject{{QStringLiteral("k"), text}}).toJson(QJsonDocument::Compact));

    JsonWriter array;
    array.beginArray().value(text).value(text).endArray();
    QCOMPARE(parsed(array.data()).array(), (QJsonArray{text, text}));
}

void TestJsonWriter::structure()
{
    JsonWriter out;
    out.beginObject()
        .key("empty_object")
        .beginObject()
        .endObject()
        .key("empty_array")
        .beginArray()
        .endArray()
        .key("list")
        .beginArray()
        .value(qint64(1))
        .beginObject()
        .field("a", QStringLiteral("x"))
        .key("b")
        .null()
        .endObject()
        .beginArray()
        .boolean(true)
        .boolean(false)
        .endArray()
        .null()
        .json(R"({"spliced":[1,"two"]})")
        .endArray()
        .key("nested")
        .beginObject()
        .key("deeper")
        .beginObject()
        .field("n", qint64(-7))
        .endObject()
        .endObject()
        .key("raw")
        .json("\"text\"")
        .field("last", QStringLiteral(""))
        .endObject();
    const QJsonDocument document = parsed(out.data());
    QVERIFY2(document.isObject(), out.data().constData());
    const QJsonObject expected{
        {QStringLiteral("empty_object"), QJsonObject()},
        {QStringLiteral("empty_array"), QJsonArray()},
        {QStringLiteral("list"), QJsonArray{1,
                                            QJsonObject{{QStringLiteral("a"), QStringLiteral("x")},
                                                        {QStringLiteral("b"), QJsonValue::Null}},
                                            QJsonArray{true, false}, QJsonValue::Null,
                                            QJsonObject{{QStringLiteral("spliced"),
                                                         QJsonArray{1, QStringLiteral("two")}}}}},
        {QStringLiteral("nested"),
         QJsonObject{{QStringLiteral("deeper"), QJsonObject{{QStringLiteral("n"), -7}}}}},
        {QStringLiteral("raw"), QStringLiteral("text")},
        {QStringLiteral("last"), QStringLiteral("")}};
    QCOMPARE(document.object(), expected);
    QCOMPARE(document.toJson(QJsonDocument::Compact),
             QJsonDocument(expected).toJson(QJsonDocument::Compact));

    JsonWriter top;
    top.beginArray().endArray();
    QCOMPARE(top.data(), QByteArray("[]"));
    QCOMPARE(top.take(), QByteArray("[]"));
}

void TestJsonWriter::numbers_data()
{
    QTest::addColumn<qint64>("number");
    QTest::newRow("zero") << qint64(0);
    QTest::newRow("one") << qint64(1);
    QTest::newRow("minus one") << qint64(-1);
    QTest::newRow("a time") << qint64(1796047500123LL);
    QTest::newRow("2^53") << qint64(9007199254740992LL);
    QTest::newRow("-2^53") << qint64(-9007199254740992LL);
    QTest::newRow("largest") << std::numeric_limits<qint64>::max();
    QTest::newRow("smallest") << std::numeric_limits<qint64>::min();
}

void TestJsonWriter::numbers()
{
    QFETCH(qint64, number);
    JsonWriter out;
    out.beginObject().field("n", number).endObject();
    QCOMPARE(out.data(), QByteArray("{\"n\":" + QByteArray::number(number) + '}'));
    QCOMPARE(
        out.data(),
        QJsonDocument(QJsonObject{{QStringLiteral("n"), number}}).toJson(QJsonDocument::Compact));
}

void TestJsonWriter::uuids()
{
    const QList<QUuid> ids{QUuid(), QUuid::createUuid(),
                           QUuid::createUuidV5(QUuid(), QStringLiteral("x")),
                           QUuid(QStringLiteral("{ffffffff-ffff-ffff-ffff-ffffffffffff}")),
                           QUuid(QStringLiteral("{0123abcd-4567-89ef-0a1b-2c3d4e5f6789}"))};
    for (const QUuid &id : ids) {
        JsonWriter out;
        out.beginArray().value(id).endArray();
        QCOMPARE(out.data(), "[\"" + id.toString(QUuid::WithoutBraces).toLatin1() + "\"]");
    }
}

QTEST_GUILESS_MAIN(TestJsonWriter)
#include "tst_jsonwriter.moc"
