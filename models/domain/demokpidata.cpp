#include "demokpidata.h"

#include "kpireport.h"

#include <QRandomGenerator>

#include <array>

namespace stockroom::domain {

namespace {

constexpr qint64 minuteMs = 60 * 1000;
constexpr qint64 hourMs = 60 * minuteMs;
constexpr qint64 dayMs = 24 * hourMs;

// Streams 1–3 are the chain's own (demochain.cpp); these never overlap them.
enum Stream : quint32 { FunnelStream = 11, SurveyStream = 12, ReportStream = 13 };

QRandomGenerator seeded(quint64 seed, Stream stream)
{
    const std::array<quint32, 3> words{quint32(seed), quint32(seed >> 32), stream};
    return QRandomGenerator(words.data(), qsizetype(words.size()));
}

// Namespace of the demo's name-based UUIDs, so one seed always gives the same ids.
const QUuid demoNamespace(QStringLiteral("{5f0e2c1a-8b7d-4e52-9a61-3c4d2b1e0f77}"));

QUuid demoId(quint64 seed, const QString &name)
{
    return QUuid::createUuidV5(demoNamespace, QStringLiteral("%1/%2").arg(seed).arg(name));
}

int between(QRandomGenerator &rng, int low, int high)
{
    return low + int(rng.bounded(high - low + 1));
}

const QStringList &lowScoreReasons()
{
    static const QStringList reasons{QStringLiteral("out of stock"), QStringLiteral("long queue"),
                                     QStringLiteral("staff unavailable"), QStringLiteral("price")};
    return reasons;
}

} // namespace

DemoKpiData::DemoKpiData(const DemoChain &chain)
{
    const QDate first = utcDateOf(DemoChain::periodStartMs());
    const QDate last = utcDateOf(DemoChain::periodEndMs());

    QRandomGenerator funnelRng = seeded(chain.seed(), FunnelStream);
    for (QDate day = first; day <= last; day = day.addDays(1)) {
        for (const QString &channel : {QStringLiteral("app"), QStringLiteral("web")}) {
            FunnelDay d;
            d.date = day;
            d.channel = channel;
            const bool weekend = day.dayOfWeek() >= 6;
            const int base = channel == QLatin1String("web") ? 400 : 150;
            d.cartsCreated = base + between(funnelRng, 0, base / 2) + (weekend ? base / 3 : 0);
            d.checkoutsStarted = d.cartsCreated * between(funnelRng, 55, 65) / 100;
            d.checkoutsCompleted = d.checkoutsStarted * between(funnelRng, 66, 82) / 100;
            d.cartsAbandoned = d.cartsCreated - d.checkoutsCompleted;
            d.cartsAbandonedUnavailable = d.cartsCreated * between(funnelRng, 5, 35) / 1000;
            m_funnel.append(d);
        }
    }

    QRandomGenerator surveyRng = seeded(chain.seed(), SurveyStream);
    int serial = 0;
    for (const Location &location : chain.locations()) {
        if (location.kind == Location::Kind::Warehouse)
            continue;
        // Each store has its own mood, so the per-store figures differ.
        const int mood = between(surveyRng, 0, 3);
        for (QDate day = first; day <= last; day = day.addDays(1)) {
            const int responses = between(surveyRng, 1, 4);
            for (int i = 0; i < responses; ++i) {
                SurveyResponse r;
                r.id = QStringLiteral("DEMO-S-%1").arg(++serial, 5, 10, QLatin1Char('0'));
                r.date = day;
                r.location = location.code;
                const int roll = int(surveyRng.bounded(100));
                r.score = roll < 45 + 5 * mood   ? between(surveyRng, 9, 10)
                          : roll < 75 + 3 * mood ? between(surveyRng, 7, 8)
                                                 : between(surveyRng, 2, 6);
                if (r.score <= 6) {
                    r.reason = lowScoreReasons().at(
                        int(surveyRng.bounded(qsizetype(lowScoreReasons().size()))));
                }
                m_surveys.append(r);
            }
        }
    }

    QRandomGenerator reportRng = seeded(chain.seed(), ReportStream);
    const QList<Product> &products = chain.products();
    int report = 0;
    for (const Location &location : chain.locations()) {
        if (location.kind != Location::Kind::Store || products.isEmpty())
            continue;
        const QStringList staff{QStringLiteral("lea"), QStringLiteral("omar")};
        for (qint64 day = 0; day < 30; ++day) {
            if (reportRng.bounded(100) >= 60)
                continue;
            ++report;
            const Product &product
                = products.at(int(reportRng.bounded(qsizetype(products.size()))));
            const qint64 createdAt = DemoChain::periodStartMs() + day * dayMs + 9 * hourMs
                                     + qint64(reportRng.bounded(9 * 60)) * minuteMs;
            const QUuid id = demoId(chain.seed(), QStringLiteral("report-%1").arg(report));
            DiscrepancyEvent created;
            created.id = id;
            created.discrepancy = id;
            created.kind = DiscrepancyEventKind::Created;
            created.atMs = createdAt;
            created.user = staff.at(report % 2);
            created.device = QStringLiteral("%1-handheld").arg(location.code);
            created.text = QStringLiteral("damaged packaging");
            created.type = DiscrepancyType::StaffReport;
            created.location = location.code;
            created.sku = product.sku;
            created.actual = -1;
            created.valueCents = -product.unitCostCents;
            created.reference = QStringLiteral("DEMO-R-%1").arg(report);
            m_events.append(created);

            // Most reports are answered within the hour, some later, a few not yet.
            const int roll = int(reportRng.bounded(100));
            if (roll >= 95)
                continue;
            const qint64 delay = roll < 72   ? between(reportRng, 3, 55) * minuteMs
                                 : roll < 90 ? between(reportRng, 61, 180) * minuteMs
                                             : between(reportRng, 181, 600) * minuteMs;
            DiscrepancyEvent ack;
            ack.id = demoId(chain.seed(), QStringLiteral("report-%1-ack").arg(report));
            ack.discrepancy = id;
            ack.kind = DiscrepancyEventKind::Acknowledged;
            ack.atMs = createdAt + delay;
            ack.user = QStringLiteral("manager");
            ack.device = created.device;
            ack.location = location.code;
            m_events.append(ack);
            if (reportRng.bounded(100) >= 80)
                continue;
            DiscrepancyEvent closed = ack;
            closed.id = demoId(chain.seed(), QStringLiteral("report-%1-close").arg(report));
            closed.kind = DiscrepancyEventKind::Resolved;
            closed.action = ResolutionAction::AcceptSystem;
            closed.atMs = ack.atMs + between(reportRng, 10, 240) * minuteMs;
            m_events.append(closed);
        }
    }
}

} // namespace stockroom::domain
