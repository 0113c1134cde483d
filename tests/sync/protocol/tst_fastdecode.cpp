#include "changes.h"
#include "changes_p.h"
#include "messages.h"

#include <QRandomGenerator>
#include <QTest>

using namespace stockroom;
using namespace stockroom::protocol;

namespace {

domain::Movement movement(int i, const QString &note = {})
{
    domain::Movement m;
    m.id = QUuid::fromString(
        QStringLiteral("0190a3b4-c5d6-7e8f-9a0b-%1").arg(i, 12, 10, QLatin1Char('0')));
    m.location = i % 2 ? QStringLiteral("S01") : QStringLiteral("W01");
    m.sku = QStringLiteral("SKU-%1").arg(i % 7);
    m.kind = i % 3 ? domain::MovementKind::Sale : domain::MovementKind::Receipt;
    m.quantity = i % 3 ? 1 + i % 4 : 12;
    m.occurredAtMs = 1767225600000 + i * 1000;
    m.user = QStringLiteral("maria");
    m.device = QStringLiteral("till-%1").arg(i % 2);
    if (i % 5 == 0)
        m.reasonCode = QStringLiteral("damaged");
    if (i % 4 == 0)
        m.reference = QStringLiteral("PO-%1").arg(i);
    m.note = note;
    if (i % 2 == 0)
        m.serverSeq = 1000 + i;
    return m;
}

FeedPage feedPage(int changes, const QString &note = {})
{
    FeedPage page;
    for (int i = 0; i < changes; ++i) {
        FeedChange change;
        change.seq = 100 + i;
        change.kind = QStringLiteral("movement");
        change.movement = movement(i, note);
        change.id = change.movement->id;
        change.location = change.movement->location;
        change.receivedAtMs = 1767225600500 + i;
        page.changes.append(change);
    }
    page.next = 100 + changes;
    page.latestSeq = 200;
    return page;
}

SnapshotPage snapshotPage(int positions)
{
    SnapshotPage page;
    page.asOfSeq = 4242;
    for (int i = 0; i < positions; ++i) {
        domain::StockPosition p{i % 2 ? QStringLiteral("S01") : QStringLiteral("W01"),
                                QStringLiteral("SKU-%1").arg(i),
                                {10 - i, i % 3},
                                std::nullopt};
        if (i % 3 == 0)
            p.lastCountedAtMs = 1767225600000 + i;
        page.levels.append(p);
        page.movements.append(movement(i));
    }
    // The server's cursors are base64url.
    page.nextAfter = positions ? QStringLiteral("UzAxCVNLVS0%1").arg(positions - 1) : QString();
    return page;
}

QString describe(const domain::Movement &m)
{
    return QStringLiteral("%1 %2/%3 %4x%5 at %6 by %7@%8 [%9|%10|%11] seq %12")
        .arg(m.id.toString(), m.location, m.sku, domain::movementKindName(m.kind))
        .arg(m.quantity)
        .arg(m.occurredAtMs)
        .arg(m.user, m.device, m.reasonCode, m.reference, m.note)
        .arg(m.serverSeq ? QString::number(*m.serverSeq) : QStringLiteral("-"));
}

QString describe(const FeedPage &page)
{
    QStringList lines{QStringLiteral("next %1 latest %2").arg(page.next).arg(page.latestSeq)};
    for (const FeedChange &c : page.changes) {
        lines.append(QStringLiteral("%1 %2 %3 %4 %5 %6 other:%7")
                         .arg(c.seq)
                         .arg(c.kind, c.id.toString(), c.location)
                         .arg(c.receivedAtMs)
                         .arg(c.movement ? describe(*c.movement) : QStringLiteral("no movement"))
                         .arg(c.discrepancy || c.discrepancyEvent || c.sopVersion || c.sopAck
                              || c.training));
    }
    return lines.join(u'\n');
}

QString describe(const SnapshotPage &page)
{
    QStringList lines{QStringLiteral("as of %1 next after %2 discrepancies %3")
                          .arg(page.asOfSeq)
                          .arg(page.nextAfter)
                          .arg(page.discrepancies.size())};
    for (const domain::StockPosition &p : page.levels)
        lines.append(QStringLiteral("%1/%2 %3 %4 %5")
                         .arg(p.location, p.sku)
                         .arg(p.level.onHand)
                         .arg(p.level.committed)
                         .arg(p.lastCountedAtMs ? QString::number(*p.lastCountedAtMs)
                                                : QStringLiteral("-")));
    for (const domain::Movement &m : page.movements)
        lines.append(describe(m));
    return lines.join(u'\n');
}

// Variants of a plain message, valid and not: the fast decoder may take each or leave it to
// QJsonDocument, but what it takes must decode the same through QJsonDocument.
QList<QByteArray> variants(const QByteArray &plain)
{
    QList<QByteArray> list{plain};
    for (qsizetype cut = 0; cut < plain.size(); ++cut)
        list.append(plain.left(cut));
    const QList<std::pair<QByteArray, QByteArray>> edits{
        {"\"quantity\":", "\"quantity\":1.0,\"x\":"},
        {"\"quantity\":12", "\"quantity\":12.0"},
        {"\"quantity\":12", "\"quantity\":1.2e1"},
        {"\"quantity\":12", "\"quantity\":9007199254740993"},
        {"\"quantity\":12", "\"quantity\":9007199254740992"},
        {"\"quantity\":12", "\"quantity\":-0"},
        {"\"quantity\":12", "\"quantity\":012"},
        {"\"quantity\":12", "\"quantity\":null"},
        {"\"quantity\":12", "\"quantity\":\"12\""},
        {"\"quantity\":12", "\"quantity\":12,\"quantity\":13"},
        {"\"user\":\"maria\"", "\"user\":\"ma\\u0072ia\""},
        {"\"user\":\"maria\"", "\"user\":\"m\xc3\xa1ria\""},
        {"\"user\":\"maria\"", "\"user\":\"m\xc3ria\""},
        {"\"user\":\"maria\"", "\"user\":null"},
        {"\"user\":\"maria\"", "\"user\":\"\""},
        {"\"user\":\"maria\"", "\"user\" : \"maria\" "},
        {"\"user\":\"maria\"", "\"user\":\"maria\",\"extra\":[1,{\"a\":2}]"},
        {"\"kind\":\"sale\"", "\"kind\":\"theft\""},
        {"\"kind\":\"sale\"", "\"kind\":\"Sale\""},
        {"\"id\":\"0190a3b4", "\"id\":\"{0190a3b4"},
        {"\"id\":\"0190a3b4", "\"id\":\"zz90a3b4"},
        {"\"sku\":", "\"Sku\":"},
        {"\"seq\":", "\"seq\":1,\"seq\":"},
        {"\"next\":", "\"next\": "},
        {"\"latest_seq\"", "\"latest\""},
        {"\"movement\":{", "\"movement\":{},\"m\":{"},
        {"\"as_of\":", "\"as_of\":1.5,\"y\":"},
        {"\"on_hand\":", "\"on_hand\":null,\"z\":"},
        {"\"last_counted_at\":", "\"last_counted_at\":null,\"w\":"},
        {"\"discrepancies\":[]", "\"discrepancies\":[{}]"},
        {"\"next_after\":", "\"next_after\":null,\"v\":"},
        {"{", "\xef\xbb\xbf{"},
        {"{", " \n\t{"},
        {"}", "} x"},
        {"[", "[ "},
        {"]", ",]"},
    };
    for (const auto &[from, to] : edits) {
        if (plain.contains(from)) {
            QByteArray edited = plain;
            list.append(edited.replace(edited.indexOf(from), from.size(), to));
        }
    }
    return list;
}

} // namespace

/**
 * The scanning decoders of feed and snapshot pages (changescan.cpp) read what the server
 * writes, and whatever they accept decodes the same through QJsonDocument; everything else is
 * left to QJsonDocument.
 */
class TestFastDecode : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void feedPagesTheServerWritesTakeTheFastPath();
    void snapshotPagesTheServerWritesTakeTheFastPath();
    void escapedAndNonAsciiTextDecodesTheSame();
    void feedVariantsDecodeAsQJsonDocumentDecodesThem();
    void snapshotVariantsDecodeAsQJsonDocumentDecodesThem();
    void otherKindsOfChangeAreLeftToQJsonDocument();
};

void TestFastDecode::feedPagesTheServerWritesTakeTheFastPath()
{
    for (const int size : {0, 1, 37}) {
        const FeedPage page = feedPage(size);
        const QByteArray json = encodeFeedPage(page);
        const auto fast = scanFeedPage(json);
        QVERIFY2(fast, json.left(300).constData());
        QCOMPARE(describe(*fast), describe(page));
        DecodeError error;
        const auto decoded = decodeFeedPage(json, &error);
        QVERIFY(decoded);
        QCOMPARE(describe(*decoded), describe(page));
    }
}

void TestFastDecode::snapshotPagesTheServerWritesTakeTheFastPath()
{
    for (const int size : {0, 1, 25}) {
        const SnapshotPage page = snapshotPage(size);
        const QByteArray json = encodeSnapshotPage(page);
        const auto fast = scanSnapshotPage(json);
        QVERIFY2(fast, json.left(300).constData());
        QCOMPARE(describe(*fast), describe(page));
    }
}

void TestFastDecode::escapedAndNonAsciiTextDecodesTheSame()
{
    for (const QString &note : {QStringLiteral("a \"quoted\" note"), QStringLiteral("back\\slash"),
                                QStringLiteral("tab\there"), QStringLiteral("Ünïcode 🧦"),
                                QStringLiteral("bell\a")}) {
        const FeedPage page = feedPage(3, note);
        const QByteArray json = encodeFeedPage(page);
        if (const auto scanned = scanFeedPage(json))
            QCOMPARE(describe(*scanned), describe(page));
        DecodeError error;
        const auto decoded = decodeFeedPage(json, &error);
        QVERIFY2(decoded, qPrintable(error.toString()));
        QCOMPARE(describe(*decoded), describe(page));
    }
}

void TestFastDecode::feedVariantsDecodeAsQJsonDocumentDecodesThem()
{
    int taken = 0;
    const QList<QByteArray> all = variants(encodeFeedPage(feedPage(3)));
    for (const QByteArray &json : all) {
        const auto fast = scanFeedPage(json);
        if (!fast)
            continue;
        ++taken;
        DecodeError error;
        const auto document = decodeFeedPageFromDocument(json, &error);
        QVERIFY2(document,
                 qPrintable(QStringLiteral("fast took what QJsonDocument refuses (%1): %2")
                                .arg(error.toString(), QString::fromUtf8(json))));
        QCOMPARE(describe(*fast), describe(*document));
    }
    // The plain page and the harmless edits (whitespace, -0, 2^53, an empty user) at least.
    QVERIFY2(taken >= 5, qPrintable(QString::number(taken)));
}

void TestFastDecode::snapshotVariantsDecodeAsQJsonDocumentDecodesThem()
{
    int taken = 0;
    SnapshotPage page = snapshotPage(3);
    const QList<QByteArray> all = variants(encodeSnapshotPage(page));
    for (const QByteArray &json : all) {
        const auto fast = scanSnapshotPage(json);
        if (!fast)
            continue;
        ++taken;
        DecodeError error;
        const auto document = decodeSnapshotPageFromDocument(json, &error);
        QVERIFY2(document,
                 qPrintable(QStringLiteral("fast took what QJsonDocument refuses (%1): %2")
                                .arg(error.toString(), QString::fromUtf8(json))));
        QCOMPARE(describe(*fast), describe(*document));
    }
    QVERIFY2(taken >= 3, qPrintable(QString::number(taken)));
}

void TestFastDecode::otherKindsOfChangeAreLeftToQJsonDocument()
{
    FeedPage page = feedPage(2);
    FeedChange notice;
    notice.seq = 102;
    notice.kind = QStringLiteral("discrepancy");
    notice.id = QUuid::fromString(QStringLiteral("0190a3b4-c5d6-7e8f-9a0b-aaaaaaaaaaaa"));
    notice.location = QStringLiteral("S01");
    notice.receivedAtMs = 1767225600999;
    notice.discrepancy = DiscrepancyNotice{notice.id,
                                           QStringLiteral("oversell"),
                                           QStringLiteral("S01"),
                                           QStringLiteral("SKU-1"),
                                           0,
                                           -2,
                                           QStringLiteral("on hand below zero"),
                                           page.changes.constFirst().id,
                                           notice.receivedAtMs};
    page.changes.append(notice);
    const QByteArray json = encodeFeedPage(page);
    QVERIFY(!scanFeedPage(json));
    DecodeError error;
    const auto decoded = decodeFeedPage(json, &error);
    QVERIFY2(decoded, qPrintable(error.toString()));
    QCOMPARE(decoded->changes.size(), 3);
    QVERIFY(decoded->changes.at(2).discrepancy);
    QCOMPARE(decoded->changes.at(2).discrepancy->reason, QStringLiteral("on hand below zero"));
}

QTEST_GUILESS_MAIN(TestFastDecode)
#include "tst_fastdecode.moc"
