#include "sopstatistics.h"

#include <QTest>

using namespace stockroom;
using domain::DiscrepancyType;
using replica::SopDiscrepancyLink;

Q_DECLARE_METATYPE(QList<SopDiscrepancyLink>)

namespace {

constexpr qint64 day = 86'400'000;
constexpr qint64 start = 1764500000000LL;

domain::SopDocument sop(const QString &id, const QString &title, QList<DiscrepancyType> governs)
{
    domain::SopDocument d;
    d.id = id;
    d.title = title;
    d.version = 1;
    d.governs = std::move(governs);
    return d;
}

domain::DiscrepancyState discrepancy(DiscrepancyType type, qint64 createdAtMs)
{
    domain::DiscrepancyState s;
    s.id = QUuid::createUuid();
    s.created = true;
    s.type = type;
    s.createdAtMs = createdAtMs;
    return s;
}

QList<domain::SopDocument> library()
{
    return {
        sop(QStringLiteral("count"), QStringLiteral("Cycle count"),
            {DiscrepancyType::CountVariance}),
        sop(QStringLiteral("online"), QStringLiteral("Online order"), {DiscrepancyType::Oversell}),
        sop(QStringLiteral("resolve"), QStringLiteral("Resolve"),
            {DiscrepancyType::CountVariance, DiscrepancyType::Oversell,
             DiscrepancyType::StaffReport}),
        sop(QStringLiteral("audit"), QStringLiteral("Audit"), {DiscrepancyType::CountVariance}),
        sop(QStringLiteral("none"), QStringLiteral("Governs nothing"), {})};
}

} // namespace

/** Which SOPs governed the most discrepancies of a period, on hand-made data. */
class TestSopStatistics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ranking_data();
    void ranking();
};

void TestSopStatistics::ranking_data()
{
    QTest::addColumn<QList<domain::DiscrepancyState>>("queue");
    QTest::addColumn<qint64>("from");
    QTest::addColumn<qint64>("to");
    QTest::addColumn<QList<SopDiscrepancyLink>>("expected");

    QTest::newRow("empty queue") << QList<domain::DiscrepancyState>{} << start << start + day
                                 << QList<SopDiscrepancyLink>{};

    // 3 count variances, 1 oversell, 2 staff reports in the period; one of each type outside.
    const QList<domain::DiscrepancyState> queue{
        discrepancy(DiscrepancyType::CountVariance, start),
        discrepancy(DiscrepancyType::CountVariance, start + 1),
        discrepancy(DiscrepancyType::CountVariance, start + day - 1),
        discrepancy(DiscrepancyType::Oversell, start + 5),
        discrepancy(DiscrepancyType::StaffReport, start + 6),
        discrepancy(DiscrepancyType::StaffReport, start + 7),
        discrepancy(DiscrepancyType::CountVariance, start - 1),
        discrepancy(DiscrepancyType::Oversell, start + day),
        discrepancy(DiscrepancyType::NegativeStock, start + 8), // no SOP governs it here
    };
    using Pairs = QList<std::pair<DiscrepancyType, int>>;
    QTest::newRow("one day, ends exclusive")
        << queue << start << start + day
        << QList<SopDiscrepancyLink>{
               {QStringLiteral("resolve"), QStringLiteral("Resolve"), 1, 6,
                Pairs{{DiscrepancyType::CountVariance, 3},
                      {DiscrepancyType::StaffReport, 2},
                      {DiscrepancyType::Oversell, 1}}},
               // a tie: by title
               {QStringLiteral("audit"), QStringLiteral("Audit"), 1, 3,
                Pairs{{DiscrepancyType::CountVariance, 3}}},
               {QStringLiteral("count"), QStringLiteral("Cycle count"), 1, 3,
                Pairs{{DiscrepancyType::CountVariance, 3}}},
               {QStringLiteral("online"), QStringLiteral("Online order"), 1, 1,
                Pairs{{DiscrepancyType::Oversell, 1}}},
           };
    QTest::newRow("only the oversell after the day")
        << queue << start + day << start + 2 * day
        << QList<SopDiscrepancyLink>{
               {QStringLiteral("online"), QStringLiteral("Online order"), 1, 1,
                Pairs{{DiscrepancyType::Oversell, 1}}},
               {QStringLiteral("resolve"), QStringLiteral("Resolve"), 1, 1,
                Pairs{{DiscrepancyType::Oversell, 1}}},
           };

    domain::DiscrepancyState notCreated = discrepancy(DiscrepancyType::Oversell, start);
    notCreated.created = false; // only later events arrived: not counted until it is created
    QTest::newRow("not yet created") << QList<domain::DiscrepancyState>{notCreated} << start
                                     << start + day << QList<SopDiscrepancyLink>{};
}

void TestSopStatistics::ranking()
{
    QFETCH(QList<domain::DiscrepancyState>, queue);
    QFETCH(qint64, from);
    QFETCH(qint64, to);
    QFETCH(QList<SopDiscrepancyLink>, expected);
    const QList<SopDiscrepancyLink> actual
        = replica::rankSopsByDiscrepancies(library(), queue, from, to);
    const auto text = [](const QList<SopDiscrepancyLink> &links) {
        QStringList lines;
        for (const SopDiscrepancyLink &link : links) {
            QStringList types;
            for (const auto &[type, n] : link.byType)
                types.append(QStringLiteral("%1=%2").arg(domain::discrepancyTypeName(type)).arg(n));
            lines.append(QStringLiteral("%1:%2(%3)")
                             .arg(link.sopId)
                             .arg(link.discrepancies)
                             .arg(types.join(QLatin1Char(','))));
        }
        return lines.join(QLatin1Char(' '));
    };
    QCOMPARE(text(actual), text(expected));
    QVERIFY2(actual == expected, "equal as text above, but a field the text leaves out differs");
}

QTEST_GUILESS_MAIN(TestSopStatistics)
#include "tst_sopstatistics.moc"
