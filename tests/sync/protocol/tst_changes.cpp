#include "changes.h"
#include "changes_p.h"
#include "messages.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

using namespace stockroom;
using namespace stockroom::protocol;

Q_DECLARE_METATYPE(stockroom::domain::DiscrepancyEvent)
Q_DECLARE_METATYPE(stockroom::domain::Movement)

namespace {

domain::Movement sampleMovement()
{
    domain::Movement m;
    m.id = QUuid(QStringLiteral("{6f1c1c5e-8a7b-4c1e-9e55-2b7a3d0a9c11}"));
    m.location = QStringLiteral("S01");
    m.sku = QStringLiteral("RUN-0001-42");
    m.kind = domain::MovementKind::Adjustment;
    m.quantity = -2;
    m.occurredAtMs = 1796047500123LL;
    m.user = QStringLiteral("maria");
    m.device = QStringLiteral("till-1");
    m.reasonCode = QStringLiteral("damaged");
    m.reference = QStringLiteral("CNT-7");
    m.note = QStringLiteral("box crushed — «fragile»");
    return m;
}

domain::DiscrepancyEvent sampleEvent(domain::DiscrepancyEventKind kind)
{
    domain::DiscrepancyEvent e;
    e.id = QUuid(QStringLiteral("{7a2c1c5e-8a7b-4c1e-9e55-2b7a3d0a9c12}"));
    e.discrepancy = QUuid(QStringLiteral("{8b3d1c5e-8a7b-4c1e-9e55-2b7a3d0a9c13}"));
    e.kind = kind;
    e.atMs = 1796047500999LL;
    e.user = QStringLiteral("ana");
    e.device = QStringLiteral("pc-7");
    e.location = QStringLiteral("WEB");
    return e;
}

QString units(std::initializer_list<char16_t> codeUnits)
{
    QString text;
    for (const char16_t u : codeUnits)
        text += QChar(u);
    return text;
}

QByteArray compact(const QJsonValue &value)
{
    return value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                           : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
}

QString describe(const std::optional<domain::Movement> &m)
{
    return m ? QString::fromUtf8(compact(encodeMovement(*m))) : QStringLiteral("-");
}

// Everything a decoded push request holds, as text a failed QCOMPARE prints.
QString describe(const std::optional<PushRequest> &request, const DecodeError &error)
{
    if (!request)
        return QStringLiteral("refused: ") + error.toString();
    QStringList lines{QStringLiteral("device ") + request->device};
    for (const ChangeEnvelope &c : request->changes)
        lines.append(QStringLiteral("%1|%2|%3|%4|%5%6%7")
                         .arg(c.kind, c.id.toString(), c.problem, describe(c.movement))
                         .arg(bool(c.discrepancyEvent))
                         .arg(bool(c.sopAck))
                         .arg(bool(c.training)));
    return lines.join(QLatin1Char('\n'));
}

QString describe(const std::optional<FeedPage> &page, const DecodeError &error)
{
    if (!page)
        return QStringLiteral("refused: ") + error.toString();
    QStringList lines{QStringLiteral("next %1 latest %2").arg(page->next).arg(page->latestSeq)};
    for (const FeedChange &c : page->changes)
        lines.append(QStringLiteral("%1|%2|%3|%4|%5|%6|%7%8%9%10%11")
                         .arg(c.seq)
                         .arg(c.kind, c.id.toString(), c.location)
                         .arg(c.receivedAtMs)
                         .arg(describe(c.movement))
                         .arg(bool(c.discrepancy))
                         .arg(bool(c.discrepancyEvent))
                         .arg(bool(c.sopVersion))
                         .arg(bool(c.sopAck))
                         .arg(bool(c.training)));
    return lines.join(QLatin1Char('\n'));
}

// The fast decoders (JsonScanner) against the QJsonDocument ones: the same outcome, or the same
// refusal with the same message.
void compareDecoders(const QByteArray &json)
{
    DecodeError fastError;
    DecodeError documentError;
    const auto fastPush = decodePushRequest(json, &fastError);
    const auto documentPush = decodePushRequestFromDocument(json, &documentError);
    QCOMPARE(describe(fastPush, fastError), describe(documentPush, documentError));
    fastError = {};
    documentError = {};
    const auto fastFeed = decodeFeedPage(json, &fastError);
    const auto documentFeed = decodeFeedPageFromDocument(json, &documentError);
    QCOMPARE(describe(fastFeed, fastError), describe(documentFeed, documentError));
    // A stored body: what is read from it, as the server read it before (an empty object for
    // anything that is no JSON object).
    fastError = {};
    documentError = {};
    const auto fastMovement = decodeMovementJson(json, &fastError);
    const auto documentMovement
        = decodeMovement(QJsonDocument::fromJson(json).object(), {}, &documentError);
    QCOMPARE(describe(fastMovement) + fastError.toString(),
             describe(documentMovement) + documentError.toString());
}

domain::Movement asciiMovement(int i)
{
    domain::Movement m;
    m.id = QUuid(QStringLiteral("{0190f3a2-7b1c-7d2e-8f3a-%1}").arg(i, 12, 10, QLatin1Char('0')));
    m.location = QStringLiteral("S0%1").arg(i % 3);
    m.sku = QStringLiteral("RUN-%1 \"x\" \\ /\t").arg(i);
    m.kind = domain::allMovementKinds().at(i % domain::allMovementKinds().size());
    m.quantity = i % 2 ? -i : 999999999999999LL;
    m.occurredAtMs = 1796047500123LL + i;
    m.user = QStringLiteral("maria");
    if (i % 2)
        m.device = QStringLiteral("till-1");
    if (i % 3 == 0)
        m.note = QStringLiteral("note\r\n\b\f");
    if (i % 4 == 0)
        m.serverSeq = i;
    return m;
}

} // namespace

/** Wire codecs of changes, push batches, the feed and the other messages: round trips and refusals.
 */
class TestChanges : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void movementRoundTrip();
    void movementJson_data();
    void movementJson();
    void splicedSeqIsTheSeqsEncoding_data();
    void splicedSeqIsTheSeqsEncoding();
    void splicedSeqRefusesOtherForms_data();
    void splicedSeqRefusesOtherForms();
    void pushRequestRoundTrip();
    void pushRequestItemProblems();
    void pushRequestRefused_data();
    void pushRequestRefused();
    void pushResponseRoundTrip();
    void feedPageRoundTrip();
    void feedPageRefused_data();
    void feedPageRefused();
    void fastDecodersAgree_data();
    void fastDecodersAgree();
    void fastDecodersAgreeOnDamagedMessages();
    void messagesRoundTrip();
    void discrepancyEventRoundTrip_data();
    void discrepancyEventRoundTrip();
    void discrepancyEventRefused_data();
    void discrepancyEventRefused();
    void sopChangesRoundTrip();
    void sopChangesRefused_data();
    void sopChangesRefused();
};

void TestChanges::movementRoundTrip()
{
    domain::Movement m = sampleMovement();
    DecodeError error;
    auto decoded = decodeMovement(encodeMovement(m), {}, &error);
    QVERIFY2(decoded, qPrintable(error.toString()));
    QCOMPARE(*decoded, m);
    m.serverSeq = 9007199254740991LL;
    decoded = decodeMovement(encodeMovement(m), {}, &error);
    QVERIFY2(decoded, qPrintable(error.toString()));
    QCOMPARE(decoded->serverSeq, m.serverSeq);
}

void TestChanges::movementJson_data()
{
    QTest::addColumn<domain::Movement>("movement");
    const domain::Movement sample = sampleMovement();
    QTest::newRow("sample") << sample;
    domain::Movement withSeq = sample;
    withSeq.serverSeq = 9007199254740991LL;
    QTest::newRow("server_seq") << withSeq;
    domain::Movement seqZero = sample;
    seqZero.serverSeq = 0;
    QTest::newRow("server_seq 0") << seqZero;
    domain::Movement bare;
    bare.id = QUuid::createUuid();
    bare.location = QStringLiteral("S01");
    bare.sku = QStringLiteral("A");
    bare.kind = domain::MovementKind::Count;
    QTest::newRow("empty optional fields") << bare;
    domain::Movement tricky = sample;
    tricky.location = QStringLiteral("S\"01\"");
    tricky.sku = QStringLiteral("C:\\sku\\\"x\\u0041");
    QString controls;
    for (char16_t u = 0; u < 0x20; ++u)
        controls += QChar(u);
    tricky.user = QStringLiteral("Zoë 日本 😀") + units({0x7f, 0x2028});
    tricky.device = controls;
    tricky.reasonCode = QStringLiteral("\t\n");
    tricky.reference = QStringLiteral("👍🏽📦") + units({0xd83d});
    tricky.note = QStringLiteral("line 1\r\nline \"2\"\\") + units({0xdc00, u'x', 0xd800});
    tricky.quantity = -9007199254740992LL;
    tricky.occurredAtMs = 0;
    tricky.serverSeq = 1;
    QTest::newRow("tricky strings") << tricky;
    domain::Movement nullStrings;
    nullStrings.id = sample.id;
    nullStrings.location = QString();
    nullStrings.sku = QString();
    QTest::newRow("null strings") << nullStrings; // written as "", as QJsonObject does
}

void TestChanges::movementJson()
{
    // The text encodeMovementJson writes is JSON with the content of encodeMovement's object,
    // and decodes to the movement.
    QFETCH(domain::Movement, movement);
    const QByteArray json = encodeMovementJson(movement);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    QCOMPARE(parseError.errorString(), QJsonParseError().errorString());
    QVERIFY2(document.isObject(), json.constData());
    QCOMPARE(document.object(), encodeMovement(movement));
    QCOMPARE(document.toJson(QJsonDocument::Compact), compact(encodeMovement(movement)));
    DecodeError error;
    const auto decoded = decodeMovement(document.object(), {}, &error);
    QVERIFY2(decoded, qPrintable(error.toString()));
    QCOMPARE(*decoded, movement);
    const auto fromText = decodeMovementJson(json, &error);
    QVERIFY2(fromText, qPrintable(error.toString()));
    QCOMPARE(*fromText, movement);

    // In a push request, a feed page and a snapshot page, next to another movement.
    const domain::Movement other = sampleMovement();
    PushRequest request{QStringLiteral("till \"1\""), {}};
    request.changes.append({QStringLiteral("movement"), movement.id, movement, {}, {}, {}, {}});
    request.changes.append({QStringLiteral("movement"), other.id, other, {}, {}, {}, {}});
    const QByteArray pushJson = encodePushRequest(request);
    const auto push = decodePushRequest(pushJson, &error);
    QVERIFY2(push, qPrintable(error.toString()));
    QCOMPARE(push->device, request.device);
    QCOMPARE(push->changes.size(), 2);
    QCOMPARE(push->changes.at(0).problem, QString());
    QCOMPARE(push->changes.at(0).movement, std::optional(movement));
    QCOMPARE(push->changes.at(1).movement, std::optional(other));
    const QJsonArray pushed
        = QJsonDocument::fromJson(pushJson).object().value(QStringLiteral("changes")).toArray();
    QCOMPARE(pushed.at(0).toObject().value(QStringLiteral("movement")).toObject(),
             encodeMovement(movement));

    FeedPage page{
        {{7,
          QStringLiteral("movement"),
          movement.id,
          movement.location,
          99,
          movement,
          {},
          {},
          {},
          {},
          {}},
         {8, QStringLiteral("movement"), other.id, other.location, 100, other, {}, {}, {}, {}, {}}},
        8,
        9};
    const auto feed = decodeFeedPage(encodeFeedPage(page), &error);
    QVERIFY2(feed, qPrintable(error.toString()));
    QCOMPARE(feed->next, 8);
    QCOMPARE(feed->latestSeq, 9);
    QCOMPARE(feed->changes.size(), 2);
    QCOMPARE(feed->changes.at(0).movement, std::optional(movement));
    QCOMPARE(feed->changes.at(0).location, movement.location);
    QCOMPARE(feed->changes.at(0).receivedAtMs, 99);
    QCOMPARE(feed->changes.at(1).seq, 8);
    QCOMPARE(feed->changes.at(1).movement, std::optional(other));

    const SnapshotPage snapshot{
        9,
        {{movement.location, movement.sku, {4, 1}, 77}, {other.location, other.sku, {0, 0}, {}}},
        {movement, other},
        {},
        movement.location,
        {}};
    const auto snapshotDecoded = decodeSnapshotPage(encodeSnapshotPage(snapshot), &error);
    QVERIFY2(snapshotDecoded, qPrintable(error.toString()));
    QCOMPARE(snapshotDecoded->asOfSeq, 9);
    QCOMPARE(snapshotDecoded->levels, snapshot.levels);
    QCOMPARE(snapshotDecoded->movements, snapshot.movements);
    QCOMPARE(snapshotDecoded->nextAfter, snapshot.nextAfter);
}

void TestChanges::splicedSeqIsTheSeqsEncoding_data()
{
    movementJson_data();
}

void TestChanges::splicedSeqIsTheSeqsEncoding()
{
    // Central stores encodeMovementJson of a movement without its seq and splices the seq into
    // that text for snapshot pages: the same bytes as encoding the movement with its seq.
    QFETCH(domain::Movement, movement);
    movement.serverSeq.reset();
    const QByteArray stored = encodeMovementJson(movement);
    for (const qint64 seq : {qint64(0), qint64(42), qint64(9007199254740991LL)}) {
        domain::Movement withSeq = movement;
        withSeq.serverSeq = seq;
        QCOMPARE(movementJsonWithSeq(stored, seq), encodeMovementJson(withSeq));
    }
}

void TestChanges::splicedSeqRefusesOtherForms_data()
{
    QTest::addColumn<QByteArray>("stored");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("empty object") << QByteArray("{}");
    QTest::newRow("array") << QByteArray("[1,2]");
    QTest::newRow("cut short") << QByteArray("{\"id\":\"x\"");
    QTest::newRow("seq already") << encodeMovementJson([] {
        domain::Movement m = sampleMovement();
        m.serverSeq = 7;
        return m;
    }());
}

void TestChanges::splicedSeqRefusesOtherForms()
{
    // Anything else is decoded and written again by the caller.
    QFETCH(QByteArray, stored);
    QCOMPARE(movementJsonWithSeq(stored, 5), QByteArray());
}

void TestChanges::pushRequestRoundTrip()
{
    PushRequest request{QStringLiteral("till-1"), {}};
    const domain::Movement m = sampleMovement();
    request.changes.append({QStringLiteral("movement"), m.id, m, {}, {}, {}, {}});
    DecodeError error;
    const auto decoded = decodePushRequest(encodePushRequest(request), &error);
    QVERIFY2(decoded, qPrintable(error.toString()));
    QCOMPARE(decoded->device, QStringLiteral("till-1"));
    QCOMPARE(decoded->changes.size(), 1);
    QCOMPARE(decoded->changes.constFirst().movement, std::optional(m));
    QCOMPARE(decoded->changes.constFirst().problem, QString());
}

void TestChanges::pushRequestItemProblems()
{
    const QByteArray json = R"({"changes":[
        {"kind":"movement","id":"6f1c1c5e-8a7b-4c1e-9e55-2b7a3d0a9c11",
         "movement":{"id":"6f1c1c5e-8a7b-4c1e-9e55-2b7a3d0a9c11","location":"S01","sku":"A",
                     "kind":"sold","quantity":1,"occurred_at":5}},
        {"kind":"price_change","id":"7f1c1c5e-8a7b-4c1e-9e55-2b7a3d0a9c11"},
        {"kind":"movement","id":"8f1c1c5e-8a7b-4c1e-9e55-2b7a3d0a9c11",
         "movement":{"id":"9f1c1c5e-8a7b-4c1e-9e55-2b7a3d0a9c11","location":"S01","sku":"A",
                     "kind":"sale","quantity":1,"occurred_at":5}},
        {"kind":"movement","id":"af1c1c5e-8a7b-4c1e-9e55-2b7a3d0a9c11",
         "movement":{"id":"af1c1c5e-8a7b-4c1e-9e55-2b7a3d0a9c11","location":"S01","sku":"A",
                     "kind":"sale","quantity":1.5,"occurred_at":5}}]})";
    DecodeError error;
    const auto decoded = decodePushRequest(json, &error);
    QVERIFY2(decoded, qPrintable(error.toString()));
    QCOMPARE(decoded->changes.size(), 4);
    QCOMPARE(decoded->changes.at(0).problem,
             QStringLiteral("changes[0].movement.kind: \"sold\" is not a movement kind"));
    QCOMPARE(
        decoded->changes.at(1).problem,
        QStringLiteral(
            "changes[1].kind: \"price_change\" is not a change kind this server accepts"));
    QCOMPARE(decoded->changes.at(2).problem,
             QStringLiteral("changes[2].movement.id: differs from the change's id"));
    QCOMPARE(decoded->changes.at(3).problem,
             QStringLiteral("changes[3].movement.quantity: must be a whole number"));
}

void TestChanges::pushRequestRefused_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    QTest::newRow("garbage") << QByteArray("\x01\x02garbage")
                             << QStringLiteral("not JSON at offset");
    QTest::newRow("array") << QByteArray("[]") << QStringLiteral("must be a JSON object");
    QTest::newRow("no changes") << QByteArray("{}") << QStringLiteral("changes: missing");
    QTest::newRow("item without id") << QByteArray(R"({"changes":[{"kind":"movement"}]})")
                                     << QStringLiteral("changes[0].id: missing");
    QTest::newRow("item not an object")
        << QByteArray(R"({"changes":[7]})") << QStringLiteral("changes[0]: must be an object");
}

void TestChanges::pushRequestRefused()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    DecodeError error;
    QVERIFY(!decodePushRequest(json, &error));
    QVERIFY2(error.toString().startsWith(expected), qPrintable(error.toString()));
}

void TestChanges::pushResponseRoundTrip()
{
    const PushResponse response{
        {{QUuid::createUuid(), PushStatus::Accepted, 41, {}},
         {QUuid::createUuid(), PushStatus::Duplicate, 7, {}},
         {QUuid::createUuid(), PushStatus::Rejected, 0, QStringLiteral("unknown SKU \"X\"")}},
        1796047500000LL,
        std::nullopt};
    DecodeError error;
    const auto decoded = decodePushResponse(encodePushResponse(response), &error);
    QVERIFY2(decoded, qPrintable(error.toString()));
    QCOMPARE(decoded->results, response.results);
    QCOMPARE(decoded->serverTimeMs, response.serverTimeMs);
    QVERIFY(!decoded->error);

    PushResponse conflict = response;
    conflict.error
        = ApiError{409, QStringLiteral("conflict"), QStringLiteral("movement X exists"), 0};
    const auto decodedConflict = decodePushResponse(encodePushResponse(conflict), &error);
    QVERIFY2(decodedConflict, qPrintable(error.toString()));
    QCOMPARE(decodedConflict->error, conflict.error);
    QCOMPARE(decodedConflict->results.size(), 3);
}

void TestChanges::feedPageRoundTrip()
{
    FeedPage page;
    domain::Movement m = sampleMovement();
    m.serverSeq = 12;
    page.changes.append(
        {12, QStringLiteral("movement"), m.id, m.location, 1796047500999LL, m, {}, {}, {}, {}, {}});
    const DiscrepancyNotice notice{QUuid::createUuid(),
                                   QStringLiteral("negative_stock"),
                                   QStringLiteral("S01"),
                                   m.sku,
                                   0,
                                   -2,
                                   QString(),
                                   m.id,
                                   1796047501000LL};
    page.changes.append({13,
                         QStringLiteral("discrepancy"),
                         notice.id,
                         notice.location,
                         1796047501000LL,
                         {},
                         notice,
                         {},
                         {},
                         {},
                         {}});
    page.next = 13;
    page.latestSeq = 20;
    DecodeError error;
    const auto decoded = decodeFeedPage(encodeFeedPage(page), &error);
    QVERIFY2(decoded, qPrintable(error.toString()));
    QCOMPARE(decoded->next, 13);
    QCOMPARE(decoded->latestSeq, 20);
    QCOMPARE(decoded->changes.size(), 2);
    QCOMPARE(decoded->changes.at(0).movement, std::optional(m));
    QCOMPARE(decoded->changes.at(1).discrepancy, std::optional(notice));
    QCOMPARE(decoded->changes.at(1).seq, 13);
}

void TestChanges::feedPageRefused_data()
{
    QTest::addColumn<QByteArray>("changes");
    QTest::addColumn<QString>("expected");
    const QByteArray good
        = R"({"seq":1,"kind":"movement","id":"6f1c1c5e-8a7b-4c1e-9e55-2b7a3d0a9c11","location":"S01",)"
          R"("received_at":5,"movement":{"id":"6f1c1c5e-8a7b-4c1e-9e55-2b7a3d0a9c11",)"
          R"("location":"S01","sku":"A","kind":"sale","quantity":1,"occurred_at":5}})";
    QTest::newRow("item without seq")
        << QByteArray(good
                      + R"(,{"kind":"movement","id":"6f1c1c5e-8a7b-4c1e-9e55-2b7a3d0a9c11",)"
                        R"("received_at":5})")
        << QStringLiteral("changes[1].seq: missing");
    QTest::newRow("item not an object")
        << QByteArray(good + ",7") << QStringLiteral("changes[1].seq: missing");
    QByteArray badKind = good;
    badKind.replace("\"sale\"", "\"sold\"");
    QTest::newRow("movement with a bad kind")
        << QByteArray(good + "," + badKind)
        << QStringLiteral("changes[1].movement.kind: \"sold\" is not a movement kind");
    QByteArray badQuantity = good;
    badQuantity.replace("\"quantity\":1", "\"quantity\":\"1\"");
    QTest::newRow("movement with a text quantity")
        << badQuantity << QStringLiteral("changes[0].movement.quantity: must be a whole number");
    QTest::newRow("discrepancy without type")
        << QByteArray(good
                      + R"(,{"seq":2,"kind":"discrepancy",)"
                        R"("id":"7f1c1c5e-8a7b-4c1e-9e55-2b7a3d0a9c11","received_at":5,)"
                        R"("discrepancy":{"id":"7f1c1c5e-8a7b-4c1e-9e55-2b7a3d0a9c11"}})")
        << QStringLiteral("changes[1].discrepancy.type: missing");
}

void TestChanges::feedPageRefused()
{
    QFETCH(QByteArray, changes);
    QFETCH(QString, expected);
    DecodeError error;
    QVERIFY(!decodeFeedPage("{\"next\":1,\"latest_seq\":1,\"changes\":[" + changes + "]}", &error));
    QCOMPARE(error.toString(), expected);
}

void TestChanges::fastDecodersAgree_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("fast"); ///< whether the fast path reads it

    PushRequest push{QStringLiteral("till \"1\""), {}};
    FeedPage feed{{}, 9, 12};
    for (int i = 0; i < 6; ++i) {
        const domain::Movement m = asciiMovement(i);
        push.changes.append({QStringLiteral("movement"), m.id, m, {}, {}, {}, {}});
        feed.changes.append(
            {i + 1, QStringLiteral("movement"), m.id, m.location, 77 + i, m, {}, {}, {}, {}, {}});
    }
    const QByteArray pushJson = encodePushRequest(push);
    const QByteArray feedJson = encodeFeedPage(feed);
    QTest::newRow("push") << pushJson << true;
    QTest::newRow("feed") << feedJson << true;
    QTest::newRow("empty push") << encodePushRequest({}) << true;
    QTest::newRow("empty feed") << encodeFeedPage({}) << true;
    // As QJsonDocument writes them (keys in another order, as older desktops send them).
    QTest::newRow("push through QJsonDocument")
        << QJsonDocument::fromJson(pushJson).toJson(QJsonDocument::Compact) << true;
    QTest::newRow("feed indented") << QJsonDocument::fromJson(feedJson).toJson() << true;

    domain::Movement unicode = asciiMovement(1);
    unicode.note = QStringLiteral("«fragile» 📦");
    QTest::newRow("non-ASCII") << encodePushRequest(
        {{}, {{QStringLiteral("movement"), unicode.id, unicode, {}, {}, {}, {}}}})
                               << true;
    const auto replaced = [](QByteArray json, const char *from, const char *to) {
        return json.replace(from, to);
    };
    const QByteArray one = encodePushRequest({{}, {push.changes.at(1)}});
    QTest::newRow("\\u escape") << replaced(one, "maria", "m\\u0061ria") << false;
    QTest::newRow("\\/ escape") << replaced(one, "maria", "m\\/ria") << true;
    QTest::newRow("fraction") << replaced(one, "\"quantity\":-1", "\"quantity\":-1.0") << false;
    QTest::newRow("exponent") << replaced(one, "\"quantity\":-1", "\"quantity\":-1e0") << false;
    QTest::newRow("half") << replaced(one, "\"quantity\":-1", "\"quantity\":-1.5") << false;
    QTest::newRow("sixteen digits")
        << replaced(one, "\"quantity\":-1", "\"quantity\":1234567890123456") << false;
    QTest::newRow("beyond 2^53") << replaced(one, "\"quantity\":-1",
                                             "\"quantity\":9007199254740993")
                                 << false;
    QTest::newRow("leading zero") << replaced(one, "\"quantity\":-1", "\"quantity\":01") << false;
    QTest::newRow("quantity as text")
        << replaced(one, "\"quantity\":-1", "\"quantity\":\"1\"") << false;
    QTest::newRow("null note") << replaced(one, "\"user\":\"maria\"", "\"user\":null") << false;
    QTest::newRow("duplicate key")
        << replaced(one, "\"user\":\"maria\"", "\"user\":\"maria\",\"user\":\"ana\"") << false;
    QTest::newRow("duplicate required key")
        << replaced(one, "\"quantity\":-1", "\"quantity\":-1,\"quantity\":2") << false;
    QTest::newRow("unknown key") << replaced(one, "\"user\":\"maria\"",
                                             "\"user\":\"maria\",\"colour\":[1,{}]")
                                 << false;
    const QByteArray kind = "\"kind\":\""
                            + domain::movementKindName(push.changes.at(1).movement->kind).toLatin1()
                            + '"';
    QTest::newRow("unknown kind") << replaced(one, kind.constData(), "\"kind\":\"sold\"") << false;
    QTest::newRow("another change kind")
        << replaced(one, "\"kind\":\"movement\"", "\"kind\":\"price_change\"") << false;
    QTest::newRow("noncharacter") << replaced(one, "maria", "ma\xef\xbf\xberia") << true;
    QTest::newRow("four bytes") << replaced(one, "maria", "ma\xf4\x8f\xbf\xbfria") << true;
    QTest::newRow("overlong") << replaced(one, "maria", "ma\xc0\x80ria") << false;
    QTest::newRow("surrogate in UTF-8") << replaced(one, "maria", "ma\xed\xa0\x80ria") << false;
    QTest::newRow("beyond U+10FFFF") << replaced(one, "maria", "ma\xf4\x90\x80\x80ria") << false;
    QTest::newRow("cut sequence") << replaced(one, "maria\"", "mari\xc3\"") << false;
    QTest::newRow("continuation alone") << replaced(one, "maria", "ma\x80ria") << false;
    QTest::newRow("Latin-1 byte") << replaced(one, "maria", "ma\xe9ria") << false;
    QTest::newRow("non-ASCII key") << replaced(one, "\"user\"", "\"us\xc3\xa9r\"") << false;
    QTest::newRow("raw tab") << replaced(one, "maria", "ma\tria") << false;
    QTest::newRow("whitespace around") << QByteArray(" \r\n\t" + one + " \n") << true;
    QTest::newRow("garbage after") << QByteArray(one + "x") << false;
    QTest::newRow("two documents") << QByteArray(one + one) << false;
    QTest::newRow("truncated") << one.left(one.size() - 1) << false;
    const QByteArray body = encodeMovementJson(*push.changes.at(1).movement);
    QTest::newRow("stored body") << body << true;
    QTest::newRow("stored body through QJsonDocument")
        << QJsonDocument::fromJson(body).toJson(QJsonDocument::Compact) << true;
    QTest::newRow("stored body without id") << replaced(body, "\"id\"", "\"ID\"") << false;
    QTest::newRow("array") << QByteArray("[]") << false;
    QTest::newRow("nothing") << QByteArray() << false;
}

void TestChanges::fastDecodersAgree()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, fast);
    compareDecoders(json);
    if (QTest::currentTestFailed())
        return;
    // The messages this codec writes take the fast path (else it would quietly cost its speed).
    QCOMPARE(scanPushRequest(json).has_value() || scanFeedPage(json).has_value()
                 || scanMovementJson(json).has_value(),
             fast);
}

void TestChanges::fastDecodersAgreeOnDamagedMessages()
{
    // Every message one small edit away from a good push, feed page or stored body: a byte left
    // out, repeated, replaced or put in, with bytes that matter to JSON. Seeded, so it is the same
    // run every time.
    PushRequest push{QStringLiteral("till-1"), {}};
    FeedPage feed{{}, 3, 4};
    for (int i = 0; i < 2; ++i) {
        const domain::Movement m = asciiMovement(i);
        push.changes.append({QStringLiteral("movement"), m.id, m, {}, {}, {}, {}});
        feed.changes.append(
            {i + 1, QStringLiteral("movement"), m.id, m.location, 77, m, {}, {}, {}, {}, {}});
    }
    const QByteArray interesting
        = "{}[]\",:\\/ -+.0123456789eEuntrfal\t\n\x01\x7f\x80\xbf\xc3\xa9\xe2\xed\xf0\xf4\xff";
    QRandomGenerator random(4711);
    for (const QByteArray &good : {encodePushRequest(push), encodeFeedPage(feed),
                                   encodeMovementJson(*feed.changes.at(1).movement)}) {
        for (int round = 0; round < 3000; ++round) {
            QByteArray damaged = good;
            const qsizetype at = random.bounded(damaged.size());
            const char byte = interesting.at(random.bounded(interesting.size()));
            switch (random.bounded(4)) {
            case 0:
                damaged.remove(at, 1);
                break;
            case 1:
                damaged.insert(at, damaged.at(at));
                break;
            case 2:
                damaged[at] = byte;
                break;
            default:
                damaged.insert(at, byte);
                break;
            }
            compareDecoders(damaged);
            if (QTest::currentTestFailed()) {
                qWarning("damaged message: %s", damaged.constData());
                return;
            }
        }
    }
}

void TestChanges::messagesRoundTrip()
{
    DecodeError error;
    const LoginResponse login{QStringLiteral("tok"),   5,
                              QStringLiteral("maria"), QStringLiteral("store_manager"),
                              {QStringLiteral("S01")}, 6};
    const auto loginDecoded = decodeLoginResponse(encodeLoginResponse(login), &error);
    QVERIFY2(loginDecoded, qPrintable(error.toString()));
    QCOMPARE(loginDecoded->locations, login.locations);
    QCOMPARE(loginDecoded->role, login.role);

    QVERIFY(!decodeLoginRequest(R"({"user":"maria"})", &error));
    QCOMPARE(error.toString(), QStringLiteral("password: missing"));

    const QList<domain::Location> locations{
        {QStringLiteral("S01"), QStringLiteral("Main Street"), domain::Location::Kind::Store},
        {QStringLiteral("WEB"), QStringLiteral("Web shop"), domain::Location::Kind::Online}};
    QCOMPARE(
        decodeLocations(encodeLocations(locations), &error).value_or(QList<domain::Location>{}),
        locations);

    const domain::Product product{QStringLiteral("A-1"),
                                  QStringLiteral("Ball"),
                                  QStringLiteral("Football"),
                                  {QStringLiteral("4006381333931")},
                                  1250,
                                  2999,
                                  QStringLiteral("B-1"),
                                  3,
                                  true};
    const auto catalogue
        = decodeCataloguePage(encodeCataloguePage({4, {product}, QStringLiteral("A-1")}), &error);
    QVERIFY2(catalogue, qPrintable(error.toString()));
    QCOMPARE(catalogue->version, 4);
    QCOMPARE(catalogue->products, QList<domain::Product>{product});
    QCOMPARE(catalogue->nextAfter, QStringLiteral("A-1"));

    const SnapshotPage snapshot{
        9,
        {{QStringLiteral("S01"), QStringLiteral("A-1"), {4, 1}, 77},
         {QStringLiteral("S02"), QStringLiteral("A-1"), {0, 0}, std::nullopt}},
        {sampleMovement()},
        {},
        {},
        {}};
    const auto snapshotDecoded = decodeSnapshotPage(encodeSnapshotPage(snapshot), &error);
    QVERIFY2(snapshotDecoded, qPrintable(error.toString()));
    QCOMPARE(snapshotDecoded->levels, snapshot.levels);
    QCOMPARE(snapshotDecoded->movements, snapshot.movements);
    QVERIFY(snapshotDecoded->nextAfter.isEmpty());

    const LevelsDigest digest{QStringLiteral("S01"), 9, 2, QStringLiteral("ab12")};
    const auto digestDecoded = decodeLevelsDigest(encodeLevelsDigest(digest), &error);
    QVERIFY2(digestDecoded, qPrintable(error.toString()));
    QCOMPARE(digestDecoded->digest, digest.digest);
    QCOMPARE(digestDecoded->asOfSeq, 9);
}

void TestChanges::discrepancyEventRoundTrip_data()
{
    using Kind = domain::DiscrepancyEventKind;
    QTest::addColumn<domain::DiscrepancyEvent>("event");
    domain::DiscrepancyEvent created = sampleEvent(Kind::Created);
    created.id = created.discrepancy;
    created.type = domain::DiscrepancyType::Oversell;
    created.sku = QStringLiteral("RUN-0001-42");
    created.expected = 2;
    created.actual = -1;
    created.valueCents = -4500;
    created.reference = QStringLiteral("order 7781");
    created.text = QStringLiteral("reserve beyond available — «web»");
    QTest::newRow("created") << created;
    domain::DiscrepancyEvent resolved = sampleEvent(Kind::Resolved);
    resolved.action = domain::ResolutionAction::WriteOff;
    resolved.text = QStringLiteral("damaged");
    QTest::newRow("resolved") << resolved;
    domain::DiscrepancyEvent priority = sampleEvent(Kind::PrioritySet);
    priority.priority = domain::DiscrepancyPriority::Critical;
    QTest::newRow("priority") << priority;
    domain::DiscrepancyEvent assigned = sampleEvent(Kind::Assigned);
    assigned.assignee = QStringLiteral("ecommerce");
    QTest::newRow("assigned") << assigned;
}

void TestChanges::discrepancyEventRoundTrip()
{
    QFETCH(domain::DiscrepancyEvent, event);
    DecodeError error;
    const auto decoded = decodeDiscrepancyEvent(encodeDiscrepancyEvent(event), {}, &error);
    QVERIFY2(decoded, qPrintable(error.toString()));
    QCOMPARE(*decoded, event);

    // In a push, in the feed, and in a snapshot's first page.
    PushRequest request{QStringLiteral("pc-7"), {}};
    request.changes.append(
        {QStringLiteral("discrepancy_event"), event.id, {}, event, {}, {}, {}});
    const auto push = decodePushRequest(encodePushRequest(request), &error);
    QVERIFY2(push, qPrintable(error.toString()));
    QCOMPARE(push->changes.constFirst().problem, QString());
    QCOMPARE(push->changes.constFirst().discrepancyEvent, std::optional(event));

    FeedChange change{12, QStringLiteral("discrepancy_event"), event.id, event.location, 99, {},
                      {}, event, {}, {}, {}};
    const auto feed = decodeFeedPage(encodeFeedPage({{change}, 12, 12}), &error);
    QVERIFY2(feed, qPrintable(error.toString()));
    QCOMPARE(feed->changes.constFirst().discrepancyEvent, std::optional(event));

    SnapshotPage snapshot{12, {}, {}, {change}, {}, {}};
    const auto page = decodeSnapshotPage(encodeSnapshotPage(snapshot), &error);
    QVERIFY2(page, qPrintable(error.toString()));
    QCOMPARE(page->discrepancies.size(), 1);
    QCOMPARE(page->discrepancies.constFirst().seq, 12);
    QCOMPARE(page->discrepancies.constFirst().discrepancyEvent, std::optional(event));
}

void TestChanges::discrepancyEventRefused_data()
{
    QTest::addColumn<QByteArray>("event");
    QTest::addColumn<QString>("problem");
    const QByteArray ids = R"("id":"7a2c1c5e-8a7b-4c1e-9e55-2b7a3d0a9c12",)"
                           R"("discrepancy":"8b3d1c5e-8a7b-4c1e-9e55-2b7a3d0a9c13",)";
    QTest::newRow("unknown kind") << QByteArray("{" + ids + R"("kind":"liked","at":1,"location":"S01"})")
                                  << QStringLiteral("changes[0].event.kind: \"liked\" is not a discrepancy event kind");
    QTest::newRow("no location") << QByteArray("{" + ids + R"("kind":"acknowledged","at":1})")
                                 << QStringLiteral("changes[0].event.location: missing");
    QTest::newRow("unknown action")
        << QByteArray("{" + ids + R"("kind":"resolved","at":1,"location":"S01","action":"shrug"})")
        << QStringLiteral("changes[0].event.action: \"shrug\" is not a resolution");
    QTest::newRow("created without type")
        << QByteArray("{" + ids + R"("kind":"created","at":1,"location":"S01","expected":0,"actual":1,"value_cents":0})")
        << QStringLiteral("changes[0].event.type: missing");
}

void TestChanges::discrepancyEventRefused()
{
    QFETCH(QByteArray, event);
    QFETCH(QString, problem);
    const QByteArray json = R"({"changes":[{"kind":"discrepancy_event",)"
                            R"("id":"7a2c1c5e-8a7b-4c1e-9e55-2b7a3d0a9c12","event":)"
                            + event + "}]}";
    DecodeError error;
    const auto decoded = decodePushRequest(json, &error);
    QVERIFY2(decoded, qPrintable(error.toString()));
    QCOMPARE(decoded->changes.constFirst().problem, problem);
    QVERIFY(!decoded->changes.constFirst().discrepancyEvent);
}

void TestChanges::sopChangesRoundTrip()
{
    const domain::SopAcknowledgement ack{QUuid::createUuid(), QStringLiteral("cycle-count"), 3,
                                         QStringLiteral("maria"), QStringLiteral("pc-7"),
                                         1796047500000LL, std::nullopt};
    const domain::TrainingSession session{QUuid::createUuid(),
                                          QStringLiteral("cycle-count"),
                                          3,
                                          QStringLiteral("tom"),
                                          {QStringLiteral("maria"), QStringLiteral("luis")},
                                          1796047600000LL,
                                          domain::TrainingOutcome::NeedsPractice,
                                          QStringLiteral("Scanner practice next week."),
                                          std::nullopt};
    const SopVersion sop{QStringLiteral("cycle-count"), 3, QStringLiteral("cycle-count.md"),
                         QStringLiteral("---\nid: cycle-count\n…"), 1796047400000LL,
                         QStringLiteral("tom")};

    PushRequest request{QStringLiteral("pc-7"), {}};
    request.changes.append({QStringLiteral("sop_ack"), ack.id, {}, {}, {}, ack, {}});
    request.changes.append(
        {QStringLiteral("training_session"), session.id, {}, {}, {}, {}, session});
    DecodeError error;
    const auto push = decodePushRequest(encodePushRequest(request), &error);
    QVERIFY2(push, qPrintable(error.toString()));
    QCOMPARE(push->changes.size(), 2);
    QCOMPARE(push->changes.at(0).problem, QString());
    QCOMPARE(push->changes.at(0).sopAck, std::optional(ack));
    QCOMPARE(push->changes.at(1).problem, QString());
    QCOMPARE(push->changes.at(1).training, std::optional(session));

    FeedPage page;
    page.changes.append({20, QStringLiteral("sop_version"), QUuid::createUuid(), QString(), 5, {},
                         {}, {}, sop, {}, {}});
    page.changes.append(
        {21, QStringLiteral("sop_ack"), ack.id, QString(), 6, {}, {}, {}, {}, ack, {}});
    page.changes.append({22, QStringLiteral("training_session"), session.id, QString(), 7, {},
                         {}, {}, {}, {}, session});
    const auto feed = decodeFeedPage(encodeFeedPage(page), &error);
    QVERIFY2(feed, qPrintable(error.toString()));
    QCOMPARE(feed->changes.size(), 3);
    QCOMPARE(feed->changes.at(0).sopVersion, std::optional(sop));
    QCOMPARE(feed->changes.at(1).sopAck, std::optional(ack));
    QCOMPARE(feed->changes.at(2).training, std::optional(session));

    // An SOP item this build cannot read is left out, not the page: the feed goes on.
    QByteArray unreadable = encodeFeedPage(page);
    unreadable.replace("\"needs_practice\"", "\"distinction\"");
    QTest::ignoreMessage(QtWarningMsg,
                         "Skipping a feed item this build cannot read: changes[2].training.outcome:"
                         " \"distinction\" is not a training outcome");
    const auto lenient = decodeFeedPage(unreadable, &error);
    QVERIFY2(lenient, qPrintable(error.toString()));
    QCOMPARE(lenient->changes.size(), 3);
    QCOMPARE(lenient->changes.at(2).seq, 22);
    QVERIFY(!lenient->changes.at(2).training);
    QCOMPARE(lenient->changes.at(1).sopAck, std::optional(ack));
}

void TestChanges::sopChangesRefused_data()
{
    QTest::addColumn<QByteArray>("item");
    QTest::addColumn<QString>("problem");
    const QByteArray id = "\"id\":\"7f1c1c5e-8a7b-4c1e-9e55-2b7a3d0a9c11\"";
    QTest::newRow("ack without body")
        << QByteArray("{\"kind\":\"sop_ack\"," + id + "}")
        << QStringLiteral("changes[0].ack: missing");
    QTest::newRow("ack without user")
        << QByteArray("{\"kind\":\"sop_ack\"," + id + ",\"ack\":{" + id
                      + ",\"sop\":\"a\",\"version\":1,\"at\":5}}")
        << QStringLiteral("changes[0].ack.user: missing");
    QTest::newRow("ack of version 0")
        << QByteArray("{\"kind\":\"sop_ack\"," + id + ",\"ack\":{" + id
                      + ",\"sop\":\"a\",\"version\":0,\"user\":\"u\",\"at\":5}}")
        << QStringLiteral(
               "changes[0].ack.sop: An acknowledgement needs the SOP and version it confirms.");
    QTest::newRow("ack of a version beyond int")
        << QByteArray("{\"kind\":\"sop_ack\"," + id + ",\"ack\":{" + id
                      + ",\"sop\":\"a\",\"version\":4294967297,\"user\":\"u\",\"at\":5}}")
        << QStringLiteral(
               "changes[0].ack.sop: An acknowledgement needs the SOP and version it confirms.");
    QTest::newRow("training without attendees")
        << QByteArray("{\"kind\":\"training_session\"," + id + ",\"training\":{" + id
                      + ",\"sop\":\"a\",\"version\":1,\"trainer\":\"t\",\"attendees\":[],"
                        "\"at\":5,\"outcome\":\"passed\"}}")
        << QStringLiteral("changes[0].training.attendees: A training session needs at least one "
                          "attendee.");
    QTest::newRow("training with a bad outcome")
        << QByteArray("{\"kind\":\"training_session\"," + id + ",\"training\":{" + id
                      + ",\"sop\":\"a\",\"version\":1,\"trainer\":\"t\",\"attendees\":[\"x\"],"
                        "\"at\":5,\"outcome\":\"great\"}}")
        << QStringLiteral(
               "changes[0].training.outcome: \"great\" is not a training outcome");
}

void TestChanges::sopChangesRefused()
{
    QFETCH(QByteArray, item);
    QFETCH(QString, problem);
    DecodeError error;
    const auto decoded = decodePushRequest("{\"changes\":[" + item + "]}", &error);
    QVERIFY2(decoded, qPrintable(error.toString()));
    QCOMPARE(decoded->changes.size(), 1);
    QCOMPARE(decoded->changes.constFirst().problem, problem);
    QVERIFY(!decoded->changes.constFirst().sopAck && !decoded->changes.constFirst().training);
}

QTEST_GUILESS_MAIN(TestChanges)
#include "tst_changes.moc"
