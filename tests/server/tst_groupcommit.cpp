#include "stockroomdchain.h"

#include "changes.h"
#include "ledgerfold.h"
#include "levelsdigest.h"
#include "messages.h"

#include <QHash>
#include <QSet>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace stockroom;

/**
 * Group commit of pushes (CommitGroup, CentralLedger::push) end to end, on both drivers: six
 * clients on connections of their own send overlapping pushes to one stockroomd at once, round
 * after round, so that workers store each other's pushes in shared transactions. Every push
 * must still get its own outcomes: each movement id accepted once and a duplicate with the same
 * seq everywhere else (within a round and when retried later), an id reused with another body
 * refused as a conflict (409) in whichever push is stored second, unknown SKUs and locations
 * rejected with one rejected_change discrepancy each; the feed gap-free; the stored levels the
 * fold of the stored ledger.
 */
class TestGroupCommit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();
    void overlappingConcurrentPushes_data();
    void overlappingConcurrentPushes();

private:
    /** What the test expects of one movement id. */
    enum class Expect { Stored, Conflicting, Refused };
    /** A movement as one client pushes it. */
    struct Planned
    {
        QString id;
        QJsonObject movement;
    };
    /** One push's answer for one movement id. */
    struct Outcome
    {
        int round = 0;
        int client = 0;
        int httpStatus = 0;
        protocol::PushStatus status = protocol::PushStatus::Rejected;
        qint64 seq = 0;
        QString reason;
        QJsonObject movement; ///< as this client pushed it
    };
    using Position = std::pair<QString, QString>; ///< location, SKU

    static constexpr int clients = 6;

    /** Sends the six overlapping pushes of one round at once and records their outcomes. */
    void pushRound(int round, QList<QList<Planned>> *previousUnique);
    /** Each id accepted once, a duplicate with its seq or a conflict elsewhere. */
    void checkOutcomes(qint64 start);
    /** The feed from 1 without gaps; after start, what the pushes were told and nothing else. */
    void checkFeed(qint64 start, QHash<Position, QList<domain::Movement>> *ledgers);
    /** Every stored level and each location's digest are the fold of the stored ledger. */
    void checkLevels(const QHash<Position, QList<domain::Movement>> &ledgers);

    QString newId(Expect expect);
    static QJsonObject movement(const QString &id, const QString &location, const QString &sku,
                                const QString &kind, qint64 quantity, qint64 occurredAtMs);
    static QByteArray pushBody(const QList<Planned> &changes);
    static QString describe(const QList<Outcome> &outcomes);
    static QByteArray compact(const QJsonObject &json);
    QList<protocol::FeedChange> readFeed(QString *error);
    QList<domain::StockPosition> readLevels(QString *error);

    const QStringList m_locations{QStringLiteral("S01"), QStringLiteral("S02"),
                                  QStringLiteral("S03"), QStringLiteral("W01")};
    std::unique_ptr<StockroomdChain> m_chain;
    QList<std::shared_ptr<QNetworkAccessManager>> m_networks; ///< one per client
    QHash<QString, Expect> m_expected;
    QHash<QString, QList<Outcome>> m_outcomes;
    QHash<QString, Outcome> m_accepted; ///< the one accepting outcome of each stored id
};

void TestGroupCommit::cleanup()
{
    m_chain.reset();
    m_networks.clear();
    m_expected.clear();
    m_outcomes.clear();
    m_accepted.clear();
}

QString TestGroupCommit::newId(Expect expect)
{
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_expected.insert(id, expect);
    return id;
}

QJsonObject TestGroupCommit::movement(const QString &id, const QString &location,
                                      const QString &sku, const QString &kind, qint64 quantity,
                                      qint64 occurredAtMs)
{
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("location"), location},
                       {QStringLiteral("sku"), sku},
                       {QStringLiteral("kind"), kind},
                       {QStringLiteral("quantity"), quantity},
                       {QStringLiteral("occurred_at"), occurredAtMs},
                       {QStringLiteral("user"), QStringLiteral("root")}};
}

QByteArray TestGroupCommit::pushBody(const QList<Planned> &changes)
{
    QJsonArray list;
    for (const Planned &change : changes)
        list.append(QJsonObject{{QStringLiteral("kind"), QStringLiteral("movement")},
                                {QStringLiteral("id"), change.id},
                                {QStringLiteral("movement"), change.movement}});
    return compact(QJsonObject{{QStringLiteral("device"), QStringLiteral("group-commit-test")},
                               {QStringLiteral("changes"), list}});
}

QByteArray TestGroupCommit::compact(const QJsonObject &json)
{
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

QString TestGroupCommit::describe(const QList<Outcome> &outcomes)
{
    QStringList lines;
    for (const Outcome &o : outcomes)
        lines.append(QStringLiteral("round %1 client %2 (HTTP %3): %4 seq %5 %6 %7")
                         .arg(o.round)
                         .arg(o.client)
                         .arg(o.httpStatus)
                         .arg(protocol::pushStatusName(o.status))
                         .arg(o.seq)
                         .arg(o.reason, QString::fromUtf8(compact(o.movement))));
    return lines.join(QStringLiteral("; "));
}

QList<protocol::FeedChange> TestGroupCommit::readFeed(QString *error)
{
    QList<protocol::FeedChange> changes;
    qint64 after = 0;
    for (;;) {
        int status = 0;
        const QJsonObject json = StockroomdChain::answer(
            m_chain->get(0, QStringLiteral("/api/v1/feed?after=%1&limit=5000").arg(after)),
            &status);
        protocol::DecodeError decodeError;
        const auto page = protocol::decodeFeedPage(compact(json), &decodeError);
        if (status != 200 || !page) {
            *error = QStringLiteral("feed after %1: HTTP %2 %3")
                         .arg(after)
                         .arg(status)
                         .arg(decodeError.toString());
            return {};
        }
        changes.append(page->changes);
        if (page->changes.isEmpty() || page->next >= page->latestSeq)
            return changes;
        after = page->next;
    }
}

QList<domain::StockPosition> TestGroupCommit::readLevels(QString *error)
{
    QList<domain::StockPosition> levels;
    QString after;
    for (;;) {
        int status = 0;
        const QJsonObject json = StockroomdChain::answer(
            m_chain->get(0, QStringLiteral("/api/v1/snapshot?limit=5000&after=%1").arg(after)),
            &status);
        protocol::DecodeError decodeError;
        const auto page = protocol::decodeSnapshotPage(compact(json), &decodeError);
        if (status != 200 || !page) {
            *error = QStringLiteral("snapshot after \"%1\": HTTP %2 %3")
                         .arg(after)
                         .arg(status)
                         .arg(decodeError.toString());
            return {};
        }
        levels.append(page->levels);
        if (page->nextAfter.isEmpty())
            return levels;
        after = page->nextAfter;
    }
}

void TestGroupCommit::overlappingConcurrentPushes_data()
{
    QTest::addColumn<QString>("driver");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    QTest::newRow("postgresql") << QStringLiteral("postgresql");
}

void TestGroupCommit::overlappingConcurrentPushes()
{
    QFETCH(QString, driver);
    m_chain = std::make_unique<StockroomdChain>();
    // More workers than clients, so that every push can be waiting for a group at once.
    QVERIFY(m_chain->start(driver, 1, {QStringLiteral("--workers"), QStringLiteral("8")}));
    const qint64 start = StockroomdChain::answer(m_chain->get(0, QStringLiteral("/api/v1/health")))
                             .value(QStringLiteral("latest_seq"))
                             .toInteger();
    QVERIFY(start > 0);
    for (int c = 0; c < clients; ++c)
        m_networks.append(std::make_shared<QNetworkAccessManager>());

    QList<QList<Planned>> previousUnique(clients);
    for (int round = 0; round < 4; ++round) {
        pushRound(round, &previousUnique);
        if (QTest::currentTestFailed())
            return;
    }
    checkOutcomes(start);
    if (QTest::currentTestFailed())
        return;
    QHash<Position, QList<domain::Movement>> ledgers;
    checkFeed(start, &ledgers);
    if (QTest::currentTestFailed())
        return;
    checkLevels(ledgers);
}

void TestGroupCommit::pushRound(int round, QList<QList<Planned>> *previousUnique)
{
    const QStringList &skus = m_chain->skus();
    const QStringList kinds{QStringLiteral("receipt"), QStringLiteral("sale"),
                            QStringLiteral("reserve"), QStringLiteral("receipt"),
                            QStringLiteral("release")};
    const qint64 base = 1796047500000LL + round * 1000;

    QList<QList<Planned>> unique(clients);
    for (int c = 0; c < clients; ++c) {
        for (int i = 0; i < 12; ++i) {
            const QString id = newId(Expect::Stored);
            // Dates scattered across the round, so that a count often arrives after movements
            // dated later than it and its level is refolded from the ledger.
            unique[c].append(
                {id, movement(id, m_locations.at((c + i) % m_locations.size()),
                              skus.at(i % skus.size()), kinds.at((c + i) % kinds.size()),
                              1 + (i + c) % 3, base + (i * 37 + c * 11) % 200)});
        }
        const QString count = newId(Expect::Stored);
        unique[c].append({count, movement(count, m_locations.at(c % m_locations.size()),
                                          skus.at(c % skus.size()), QStringLiteral("count"), 40 + c,
                                          base + 100 + c)});
    }
    // Ids pushed by two clients at once with the same body: one accepted, one duplicate.
    QList<QList<Planned>> shared(clients);
    for (int c = 0; c < clients; ++c) {
        for (int i = 0; i < 4; ++i) {
            const QString id = newId(Expect::Stored);
            shared[c].append({id, movement(id, m_locations.at(i % m_locations.size()),
                                           skus.at((c + i) % skus.size()),
                                           QStringLiteral("receipt"), 5, base + 150 + i)});
        }
    }
    // One id with two bodies: whichever push is stored second is refused with 409.
    const QString conflicting = newId(Expect::Conflicting);
    // Unknown SKU and location; the shared one is rejected twice but raises one discrepancy.
    const QString unknownSku = newId(Expect::Refused);
    const QString unknownLocation = newId(Expect::Refused);
    const QString unknownShared = newId(Expect::Refused);

    QList<QList<Planned>> requests(clients);
    for (int c = 0; c < clients; ++c) {
        QList<Planned> &request = requests[c];
        request.append(shared[(c + clients - 1) % clients]);
        request.append(unique[c]);
        // Retries of pushes that another client had stored the round before.
        request.append(previousUnique->at((c + 2) % clients).mid(c % 3, 2));
        request.append(shared[c]);
        if (c == 0 || c == 3)
            request.insert(
                request.size() / 2,
                {conflicting, movement(conflicting, QStringLiteral("S01"), skus.constFirst(),
                                       QStringLiteral("receipt"), c == 0 ? 2 : 3, base + 7)});
        if (c == 1)
            request.insert(3, {unknownSku, movement(unknownSku, QStringLiteral("S02"),
                                                    QStringLiteral("NO-SUCH-SKU"),
                                                    QStringLiteral("receipt"), 1, base)});
        if (c == 4)
            request.insert(5, {unknownLocation,
                               movement(unknownLocation, QStringLiteral("X99"), skus.constFirst(),
                                        QStringLiteral("receipt"), 1, base)});
        if (c == 2 || c == 5)
            request.insert(c, {unknownShared, movement(unknownShared, QStringLiteral("S03"),
                                                       QStringLiteral("NO-SUCH-SKU-EITHER"),
                                                       QStringLiteral("sale"), 1, base)});
    }
    *previousUnique = unique;

    // Every push is sent before any answer is awaited.
    QList<QNetworkReply *> replies;
    for (int c = 0; c < clients; ++c)
        replies.append(m_chain->post(0, QStringLiteral("/api/v1/push"), pushBody(requests.at(c)),
                                     m_networks.at(c).get()));
    QStringList conflictStatuses;
    for (int c = 0; c < clients; ++c) {
        int status = 0;
        const QJsonObject json = StockroomdChain::answer(replies.at(c), &status);
        protocol::DecodeError decodeError;
        const auto response = protocol::decodePushResponse(compact(json), &decodeError);
        QVERIFY2(response,
                 qPrintable(QStringLiteral("round %1 client %2: HTTP %3 %4 %5")
                                .arg(round)
                                .arg(c)
                                .arg(status)
                                .arg(decodeError.toString(), QString::fromUtf8(compact(json)))));
        if (c == 0 || c == 3)
            conflictStatuses.append(QString::number(status));
        else
            QCOMPARE(status, 200);
        QCOMPARE(response->results.size(), requests.at(c).size());
        for (qsizetype i = 0; i < response->results.size(); ++i) {
            const protocol::PushItemResult &result = response->results.at(i);
            const Planned &planned = requests.at(c).at(i);
            QCOMPARE(result.id.toString(QUuid::WithoutBraces), planned.id);
            m_outcomes[planned.id].append(
                {round, c, status, result.status, result.seq, result.reason, planned.movement});
        }
    }
    conflictStatuses.sort();
    QCOMPARE(conflictStatuses.join(u' '), QStringLiteral("200 409"));
}

void TestGroupCommit::checkOutcomes(qint64 start)
{
    for (auto it = m_expected.cbegin(); it != m_expected.cend(); ++it) {
        const QList<Outcome> &seen = m_outcomes.value(it.key());
        const QString context = it.key() + QStringLiteral(": ") + describe(seen);
        QVERIFY2(!seen.isEmpty(), qPrintable(context));
        QList<Outcome> winners;
        for (const Outcome &o : seen) {
            if (o.status == protocol::PushStatus::Accepted)
                winners.append(o);
        }
        if (it.value() == Expect::Refused) {
            for (const Outcome &o : seen) {
                QVERIFY2(o.status == protocol::PushStatus::Rejected && o.seq == 0
                             && !o.reason.isEmpty(),
                         qPrintable(context));
            }
            continue;
        }
        QVERIFY2(winners.size() == 1,
                 qPrintable(QStringLiteral("accepted %1 times, not once; ").arg(winners.size())
                            + context));
        const Outcome &winner = winners.constFirst();
        QVERIFY2(winner.seq > start, qPrintable(context));
        m_accepted.insert(it.key(), winner);
        for (const Outcome &o : seen) {
            if (o.status == protocol::PushStatus::Accepted)
                continue;
            if (it.value() == Expect::Conflicting) {
                QVERIFY2(o.status == protocol::PushStatus::Rejected && o.seq == 0
                             && o.httpStatus == 409 && o.reason.contains(it.key()),
                         qPrintable(context));
            } else {
                QVERIFY2(o.status == protocol::PushStatus::Duplicate && o.seq == winner.seq,
                         qPrintable(context));
            }
        }
    }
}

void TestGroupCommit::checkFeed(qint64 start, QHash<Position, QList<domain::Movement>> *ledgers)
{
    QString error;
    const QList<protocol::FeedChange> feed = readFeed(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!feed.isEmpty());
    for (qsizetype i = 0; i < feed.size(); ++i)
        QCOMPARE(feed.at(i).seq, qint64(i + 1));

    QSet<QString> stored;
    QHash<QString, int> rejectedChangeNotices;
    QSet<QUuid> changeIds;
    for (const protocol::FeedChange &change : feed) {
        const QString id = change.id.toString(QUuid::WithoutBraces);
        QVERIFY2(!changeIds.contains(change.id),
                 qPrintable(QStringLiteral("change %1 twice in the feed (again at seq %2)")
                                .arg(id)
                                .arg(change.seq)));
        changeIds.insert(change.id);
        if (change.movement)
            (*ledgers)[{change.movement->location, change.movement->sku}].append(*change.movement);
        if (change.seq <= start)
            continue;
        if (change.kind == QLatin1String("movement")) {
            QVERIFY(change.movement);
            QVERIFY2(m_accepted.contains(id),
                     qPrintable(QStringLiteral("seq %1 stores %2, which no push was told was "
                                               "accepted: %3")
                                    .arg(change.seq)
                                    .arg(id, describe(m_outcomes.value(id)))));
            QCOMPARE(change.seq, m_accepted.value(id).seq);
            domain::Movement fromFeed = *change.movement;
            fromFeed.serverSeq.reset();
            protocol::DecodeError decodeError;
            const auto pushed
                = protocol::decodeMovement(m_accepted.value(id).movement, {}, &decodeError);
            QVERIFY(pushed);
            QCOMPARE(compact(protocol::encodeMovement(fromFeed)),
                     compact(protocol::encodeMovement(*pushed)));
            stored.insert(id);
            continue;
        }
        QCOMPARE(change.kind, QStringLiteral("discrepancy"));
        QVERIFY(change.discrepancy);
        const QString source = change.discrepancy->sourceChange.toString(QUuid::WithoutBraces);
        QVERIFY2(m_expected.contains(source),
                 qPrintable(QStringLiteral("seq %1: a discrepancy of %2, which no push carried")
                                .arg(change.seq)
                                .arg(source)));
        if (change.discrepancy->type == QLatin1String("rejected_change")) {
            QVERIFY2(m_expected.value(source) == Expect::Refused,
                     qPrintable(QStringLiteral("seq %1: %2 was accepted, yet rejected_change: %3")
                                    .arg(change.seq)
                                    .arg(source, describe(m_outcomes.value(source)))));
            ++rejectedChangeNotices[source];
        }
    }
    QCOMPARE(stored.size(), m_accepted.size());
    for (auto it = m_expected.cbegin(); it != m_expected.cend(); ++it) {
        if (it.value() != Expect::Refused)
            continue;
        QVERIFY2(rejectedChangeNotices.value(it.key()) == 1,
                 qPrintable(QStringLiteral("%1 raised %2 rejected_change discrepancies, not one")
                                .arg(it.key())
                                .arg(rejectedChangeNotices.value(it.key()))));
    }
}

void TestGroupCommit::checkLevels(const QHash<Position, QList<domain::Movement>> &ledgers)
{
    QString error;
    const QList<domain::StockPosition> levels = readLevels(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QHash<Position, domain::StockLevel> server;
    QStringList mismatches;
    for (const domain::StockPosition &p : levels) {
        server.insert({p.location, p.sku}, p.level);
        if (!ledgers.contains({p.location, p.sku}) && p.level != domain::StockLevel{})
            mismatches.append(
                QStringLiteral("%1/%2: stored on hand %3 committed %4 without movements")
                    .arg(p.location, p.sku)
                    .arg(p.level.onHand)
                    .arg(p.level.committed));
    }
    QHash<QString, QList<domain::StockPosition>> folded;
    for (auto it = ledgers.cbegin(); it != ledgers.cend(); ++it) {
        const domain::StockLevel fold = domain::foldLedger(it.value());
        folded[it.key().first].append({it.key().first, it.key().second, fold, std::nullopt});
        const domain::StockLevel level = server.value(it.key());
        if (level != fold)
            mismatches.append(QStringLiteral("%1/%2: stored on hand %3 committed %4, fold of %5 "
                                             "movements on hand %6 committed %7")
                                  .arg(it.key().first, it.key().second)
                                  .arg(level.onHand)
                                  .arg(level.committed)
                                  .arg(it.value().size())
                                  .arg(fold.onHand)
                                  .arg(fold.committed));
    }
    QVERIFY2(mismatches.isEmpty(), qPrintable(mismatches.join(u'\n')));
    for (const QString &location : m_locations) {
        const QJsonObject digest = StockroomdChain::answer(
            m_chain->get(0, QStringLiteral("/api/v1/digest?location=%1").arg(location)));
        QCOMPARE(digest.value(QStringLiteral("digest")).toString(),
                 domain::levelsDigest(folded.value(location)));
    }
}

QTEST_GUILESS_MAIN(TestGroupCommit)
#include "tst_groupcommit.moc"
