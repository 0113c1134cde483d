#include "discrepancyfold.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>

using namespace stockroom::domain;

namespace {

using K = DiscrepancyEventKind;
using Events = QList<DiscrepancyEvent>;

const QUuid discrepancyId(QStringLiteral("{d15c0000-0000-0000-0000-000000000001}"));
constexpr qint64 t0 = 1700000000000; // when the discrepancy is created
constexpr qint64 minute = 60000;

QUuid uuid(int n)
{
    return QUuid(QStringLiteral("{00000000-0000-0000-0000-%1}").arg(n, 12, 10, QLatin1Char('0')));
}

/** The n of an id made by uuid(n), so failures print short ids. */
int shortId(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces).right(12).toInt();
}

DiscrepancyEvent make(int id, K kind, qint64 at, const QString &user = QStringLiteral("anna"))
{
    DiscrepancyEvent e;
    e.id = uuid(id);
    e.discrepancy = discrepancyId;
    e.kind = kind;
    e.atMs = at;
    e.user = user;
    e.device = user + QStringLiteral("-pc");
    return e;
}

DiscrepancyEvent created(int id = 1, qint64 at = t0,
                         DiscrepancyType type = DiscrepancyType::CountVariance,
                         qint64 valueCents = -1250)
{
    DiscrepancyEvent e = make(id, K::Created, at, QStringLiteral("system"));
    e.type = type;
    e.location = QStringLiteral("S01");
    e.sku = QStringLiteral("SKU-1");
    e.expected = 10;
    e.actual = 5;
    e.valueCents = valueCents;
    e.reference = QStringLiteral("count-1");
    return e;
}

DiscrepancyEvent comment(int id, qint64 at, const QString &text = QStringLiteral("Looking."))
{
    DiscrepancyEvent e = make(id, K::Commented, at);
    e.text = text;
    return e;
}

DiscrepancyEvent assign(int id, qint64 at, const QString &who)
{
    DiscrepancyEvent e = make(id, K::Assigned, at);
    e.assignee = who;
    return e;
}

DiscrepancyEvent resolve(int id, qint64 at,
                         ResolutionAction action = ResolutionAction::AdjustToCounted,
                         const QString &text = QString())
{
    DiscrepancyEvent e = make(id, K::Resolved, at);
    e.action = action;
    e.text = text;
    return e;
}

DiscrepancyEvent dismiss(int id, qint64 at, const QString &reason = QStringLiteral("Duplicate."))
{
    DiscrepancyEvent e = make(id, K::Dismissed, at);
    e.text = reason;
    return e;
}

DiscrepancyEvent setPriority(int id, qint64 at, DiscrepancyPriority priority)
{
    DiscrepancyEvent e = make(id, K::PrioritySet, at);
    e.priority = priority;
    return e;
}

/** The user-facing fields of a state on one line, so a failing row prints both sides. */
QString summary(const DiscrepancyState &s)
{
    QStringList ignored;
    for (const QUuid &id : s.ignored)
        ignored.append(QString::number(shortId(id)));
    const auto at = [](const std::optional<qint64> &ms) {
        return ms ? QString::number((*ms - t0) / 1000) : QStringLiteral("-");
    };
    return QStringLiteral("%1 %2 assignee=%3 resolution=%4 text=%5 response=%6 closed=%7 "
                          "ignored=[%8]")
        .arg(s.created ? discrepancyStatusName(s.status) : QStringLiteral("not-created"),
             discrepancyPriorityName(s.priority), s.assignee,
             s.resolution ? resolutionActionName(*s.resolution) : QStringLiteral("-"),
             s.resolutionText, at(s.firstResponseAtMs), at(s.closedAtMs),
             ignored.join(QLatin1Char(',')));
}

QList<int> timelineIds(const DiscrepancyState &s)
{
    QList<int> ids;
    for (const DiscrepancyEvent &e : s.timeline)
        ids.append(shortId(e.id));
    return ids;
}

} // namespace

namespace QTest {
template<>
char *toString(const DiscrepancyEvent &event)
{
    return qstrdup((discrepancyEventKindName(event.kind)
                    + QStringLiteral(" id=%1 at=%2 by=%3")
                          .arg(shortId(event.id))
                          .arg(event.atMs - t0)
                          .arg(event.user))
                       .toUtf8());
}

template<>
char *toString(const DiscrepancyState &state)
{
    QStringList ids;
    for (int id : timelineIds(state))
        ids.append(QString::number(id));
    return qstrdup((summary(state) + QStringLiteral(" timeline=[") + ids.join(QLatin1Char(','))
                    + QLatin1Char(']'))
                       .toUtf8());
}
} // namespace QTest

/** The discrepancy event fold: transitions, order independence, merge, SLA. */
class TestDiscrepancyFold : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void statusNames();
    void fold_data();
    void fold();
    void createdCopiesItsFields();
    void everyOrderGivesTheSameState();
    void duplicatesAreDropped();
    void corruptCopiesUnderOneIdStillAgree();
    void twoOfflineReplicasMerge_data();
    void twoOfflineReplicasMerge();
    void sla_data();
    void sla();
    void whyNotAllowed_data();
    void whyNotAllowed();
    void whyNotAllowedAgreesWithTheFold_data();
    void whyNotAllowedAgreesWithTheFold();
};

void TestDiscrepancyFold::statusNames()
{
    QStringList names;
    for (DiscrepancyStatus status : allDiscrepancyStatuses()) {
        QCOMPARE(discrepancyStatusFromName(discrepancyStatusName(status)).value(), status);
        names.append(discrepancyStatusName(status));
    }
    QCOMPARE(names, (QStringList{QStringLiteral("open"), QStringLiteral("acknowledged"),
                                 QStringLiteral("recount_requested"), QStringLiteral("resolved"),
                                 QStringLiteral("dismissed")}));
    QVERIFY(!discrepancyStatusFromName(u"closed").has_value());
}

void TestDiscrepancyFold::fold_data()
{
    QTest::addColumn<Events>("events");
    QTest::addColumn<QString>("expected");

    const qint64 m = minute;
    using A = ResolutionAction;
    using P = DiscrepancyPriority;

    QTest::newRow("created only") << Events{created()}
                                  << QStringLiteral("open low assignee= resolution=- text= "
                                                    "response=- closed=- ignored=[]");
    QTest::newRow("acknowledge") << Events{created(), make(2, K::Acknowledged, t0 + 5 * m)}
                                 << QStringLiteral("acknowledged low assignee= resolution=- "
                                                   "text= response=300 closed=- ignored=[]");
    QTest::newRow("acknowledge twice: the second is ignored")
        << Events{created(), make(2, K::Acknowledged, t0 + m), make(3, K::Acknowledged, t0 + 2 * m)}
        << QStringLiteral("acknowledged low assignee= resolution=- text= response=60 closed=- "
                          "ignored=[3]");
    QTest::newRow("assign keeps it open")
        << Events{created(), assign(2, t0 + m, QStringLiteral("ecommerce"))}
        << QStringLiteral("open low assignee=ecommerce resolution=- text= response=60 closed=- "
                          "ignored=[]");
    QTest::newRow("assign after acknowledge keeps acknowledged")
        << Events{created(), make(2, K::Acknowledged, t0 + m),
                  assign(3, t0 + 2 * m, QStringLiteral("bob")),
                  assign(4, t0 + 3 * m, QStringLiteral("carla"))}
        << QStringLiteral("acknowledged low assignee=carla resolution=- text= response=60 "
                          "closed=- ignored=[]");
    QTest::newRow("comment is a first response")
        << Events{created(), comment(2, t0 + 90 * 1000)}
        << QStringLiteral("open low assignee= resolution=- text= response=90 closed=- "
                          "ignored=[]");
    QTest::newRow("recount from open") << Events{created(), make(2, K::RecountRequested, t0 + m)}
                                       << QStringLiteral("recount_requested low assignee= "
                                                         "resolution=- text= response=60 "
                                                         "closed=- ignored=[]");
    QTest::newRow("recount from acknowledged, then resolve")
        << Events{created(), make(2, K::Acknowledged, t0 + m),
                  make(3, K::RecountRequested, t0 + 2 * m), resolve(4, t0 + 30 * m)}
        << QStringLiteral("resolved low assignee= resolution=adjust_to_counted text= "
                          "response=60 closed=1800 ignored=[]");
    QTest::newRow("recount twice, acknowledge after recount: ignored")
        << Events{created(), make(2, K::RecountRequested, t0 + m),
                  make(3, K::RecountRequested, t0 + 2 * m), make(4, K::Acknowledged, t0 + 3 * m)}
        << QStringLiteral("recount_requested low assignee= resolution=- text= response=60 "
                          "closed=- ignored=[3,4]");
    QTest::newRow("resolve straight from open with a write-off")
        << Events{created(), resolve(2, t0 + 10 * m, A::WriteOff, QStringLiteral("damaged"))}
        << QStringLiteral("resolved low assignee= resolution=write_off text=damaged "
                          "response=600 closed=600 ignored=[]");
    QTest::newRow("concurrent resolve then dismiss: the earlier resolve wins")
        << Events{created(), resolve(2, t0 + 10 * m), dismiss(3, t0 + 11 * m)}
        << QStringLiteral("resolved low assignee= resolution=adjust_to_counted text= "
                          "response=600 closed=600 ignored=[3]");
    QTest::newRow("concurrent dismiss then resolve: the earlier dismiss wins")
        << Events{created(), resolve(2, t0 + 11 * m), dismiss(3, t0 + 10 * m)}
        << QStringLiteral("dismissed low assignee= resolution=- text=Duplicate. response=600 "
                          "closed=600 ignored=[2]");
    QTest::newRow("resolve and dismiss at the same instant: the lower id wins")
        << Events{created(), dismiss(7, t0 + 10 * m), resolve(6, t0 + 10 * m)}
        << QStringLiteral("resolved low assignee= resolution=adjust_to_counted text= "
                          "response=600 closed=600 ignored=[7]");
    QTest::newRow("resolve twice: the later is ignored")
        << Events{created(), resolve(2, t0 + 10 * m, A::AcceptSystem),
                  resolve(3, t0 + 12 * m, A::AdjustToCounted)}
        << QStringLiteral("resolved low assignee= resolution=accept_system text= response=600 "
                          "closed=600 ignored=[3]");
    QTest::newRow("reopen after resolve clears the resolution")
        << Events{created(), resolve(2, t0 + 10 * m, A::WriteOff, QStringLiteral("theft")),
                  make(3, K::Reopened, t0 + 20 * m)}
        << QStringLiteral("open low assignee= resolution=- text= response=600 closed=- "
                          "ignored=[]");
    QTest::newRow("reopen after dismiss, then resolve again")
        << Events{created(), dismiss(2, t0 + 10 * m), make(3, K::Reopened, t0 + 20 * m),
                  make(4, K::Acknowledged, t0 + 21 * m),
                  resolve(5, t0 + 40 * m, A::TransferCorrection)}
        << QStringLiteral("resolved low assignee= resolution=transfer_correction text= "
                          "response=600 closed=2400 ignored=[]");
    QTest::newRow("reopen while open is ignored and is no response")
        << Events{created(), make(2, K::Reopened, t0 + m), comment(3, t0 + 2 * m)}
        << QStringLiteral("open low assignee= resolution=- text= response=120 closed=- "
                          "ignored=[2]");
    QTest::newRow("on a closed discrepancy: comment and priority apply, assign does not")
        << Events{created(), resolve(2, t0 + m), comment(3, t0 + 2 * m),
                  assign(4, t0 + 3 * m, QStringLiteral("bob")), setPriority(5, t0 + 4 * m, P::High)}
        << QStringLiteral("resolved high assignee= resolution=adjust_to_counted text= "
                          "response=60 closed=60 ignored=[4]");
    QTest::newRow("priority set overrides the value")
        << Events{created(1, t0, DiscrepancyType::CountVariance, -900000),
                  setPriority(2, t0 + m, P::Low)}
        << QStringLiteral("open low assignee= resolution=- text= response=60 closed=- "
                          "ignored=[]");
    QTest::newRow("priority from value")
        << Events{created(1, t0, DiscrepancyType::CountVariance, -60000)}
        << QStringLiteral("open high assignee= resolution=- "
                          "text= response=- closed=- "
                          "ignored=[]");
    QTest::newRow("oversell is at least high")
        << Events{created(1, t0, DiscrepancyType::Oversell, 0)}
        << QStringLiteral("open high assignee= resolution=- text= response=- closed=- "
                          "ignored=[]");
    QTest::newRow("a malformed event is ignored and is no response")
        << Events{created(), make(2, K::Resolved, t0 + m), comment(3, t0 + 2 * m, QString()),
                  make(4, K::Acknowledged, t0 + 3 * m)}
        << QStringLiteral("acknowledged low assignee= resolution=- text= response=180 closed=- "
                          "ignored=[2,3]");
    QTest::newRow("an event from a slow clock still follows created")
        << Events{make(2, K::Acknowledged, t0 - 2 * m), created()}
        << QStringLiteral("acknowledged low assignee= resolution=- text= response=0 closed=- "
                          "ignored=[]");
    QTest::newRow("a second created event is ignored")
        << Events{created(1, t0), created(2, t0 + m, DiscrepancyType::Oversell, 0)}
        << QStringLiteral("open low assignee= resolution=- text= response=- closed=- "
                          "ignored=[2]");
    QTest::newRow("without created everything waits")
        << Events{make(2, K::Acknowledged, t0 + m), comment(3, t0 + 2 * m)}
        << QStringLiteral("not-created low assignee= resolution=- text= response=- closed=- "
                          "ignored=[2,3]");
    QTest::newRow("no events") << Events{}
                               << QStringLiteral("not-created low assignee= resolution=- text= "
                                                 "response=- closed=- ignored=[]");
}

void TestDiscrepancyFold::fold()
{
    QFETCH(Events, events);
    QFETCH(QString, expected);
    const DiscrepancyState state = foldDiscrepancy(events);
    QCOMPARE(summary(state), expected);
    QCOMPARE(state.timeline.size(), events.size());
}

void TestDiscrepancyFold::createdCopiesItsFields()
{
    DiscrepancyEvent first = created(1, t0, DiscrepancyType::StaffReport, -4200);
    first.assignee = QStringLiteral("store manager");
    first.priority = DiscrepancyPriority::Critical;
    const DiscrepancyState state = foldDiscrepancy(Events{first});
    QVERIFY(state.created);
    QCOMPARE(state.id, discrepancyId);
    QCOMPARE(state.type, DiscrepancyType::StaffReport);
    QCOMPARE(state.location, QStringLiteral("S01"));
    QCOMPARE(state.sku, QStringLiteral("SKU-1"));
    QCOMPARE(state.expected, 10);
    QCOMPARE(state.actual, 5);
    QCOMPARE(state.varianceUnits(), -5);
    QCOMPARE(state.valueCents, -4200);
    QCOMPARE(state.reference, QStringLiteral("count-1"));
    QCOMPARE(state.createdAtMs, t0);
    QCOMPARE(state.assignee, QStringLiteral("store manager"));
    QCOMPARE(state.priority, DiscrepancyPriority::Critical);
    QCOMPARE(state.timeline, Events{first});
    QVERIFY(!state.isClosed());
}

void TestDiscrepancyFold::everyOrderGivesTheSameState()
{
    // Equal timestamps on purpose: ties are broken by id, never by arrival.
    Events events{created(1), make(2, K::Acknowledged, t0 + minute), comment(3, t0 + minute),
                  resolve(4, t0 + 2 * minute), dismiss(5, t0 + 2 * minute)};
    const DiscrepancyState expected = foldDiscrepancy(events);
    QCOMPARE(expected.status, DiscrepancyStatus::Resolved);
    QCOMPARE(expected.ignored, QList<QUuid>{uuid(5)});
    QCOMPARE(timelineIds(expected), (QList<int>{1, 2, 3, 4, 5}));

    std::sort(events.begin(), events.end(),
              [](const DiscrepancyEvent &a, const DiscrepancyEvent &b) { return a.id < b.id; });
    int permutations = 0;
    do {
        QCOMPARE(foldDiscrepancy(events), expected);
        ++permutations;
    } while (std::next_permutation(
        events.begin(), events.end(),
        [](const DiscrepancyEvent &a, const DiscrepancyEvent &b) { return a.id < b.id; }));
    QCOMPARE(permutations, 120);
}

void TestDiscrepancyFold::duplicatesAreDropped()
{
    const Events events{created(), comment(2, t0 + minute), resolve(3, t0 + 2 * minute)};
    const DiscrepancyState once = foldDiscrepancy(events);
    const Events twice = events + events + Events{events.at(1)};
    const DiscrepancyState folded = foldDiscrepancy(twice);
    QCOMPARE(folded, once);
    QCOMPARE(timelineIds(folded), (QList<int>{1, 2, 3}));
    QVERIFY(folded.ignored.isEmpty());
}

void TestDiscrepancyFold::corruptCopiesUnderOneIdStillAgree()
{
    // Two different events under one id (a bug elsewhere): one is kept, the same everywhere.
    const DiscrepancyEvent a = comment(2, t0 + minute, QStringLiteral("first"));
    const DiscrepancyEvent b = comment(2, t0 + minute, QStringLiteral("second"));
    const DiscrepancyState ab = foldDiscrepancy(Events{created(), a, b});
    const DiscrepancyState ba = foldDiscrepancy(Events{b, created(), a});
    QCOMPARE(ab, ba);
    QCOMPARE(ab.timeline.size(), 2);
}

void TestDiscrepancyFold::twoOfflineReplicasMerge_data()
{
    QTest::addColumn<quint32>("seed");
    for (quint32 seed : {1u, 2u, 3u, 42u, 2024u})
        QTest::addRow("shuffle seed %u", seed) << seed;
}

void TestDiscrepancyFold::twoOfflineReplicasMerge()
{
    QFETCH(quint32, seed);
    const qint64 m = minute;
    // Both replicas saw the discrepancy created and acknowledged, then went offline.
    const Events shared{created(), make(2, K::Acknowledged, t0 + 5 * m, QStringLiteral("anna"))};
    // Store: a comment and a write-off at 12:00.
    DiscrepancyEvent storeComment = comment(10, t0 + 10 * m, QStringLiteral("Box was crushed."));
    storeComment.user = QStringLiteral("bruno");
    DiscrepancyEvent storeResolve
        = resolve(11, t0 + 12 * m, ResolutionAction::WriteOff, QStringLiteral("damaged"));
    storeResolve.user = QStringLiteral("bruno");
    const Events store = shared + Events{storeComment, storeResolve};
    // Ecommerce: assigned itself, commented, and dismissed a little later, at 15:00.
    DiscrepancyEvent webAssign = assign(20, t0 + 8 * m, QStringLiteral("ecommerce"));
    DiscrepancyEvent webComment = comment(21, t0 + 9 * m, QStringLiteral("Online order ok."));
    DiscrepancyEvent webDismiss = dismiss(22, t0 + 15 * m, QStringLiteral("No impact online."));
    const Events web = shared + Events{webAssign, webComment, webDismiss};

    // Each replica's view before sync.
    QCOMPARE(foldDiscrepancy(store).status, DiscrepancyStatus::Resolved);
    QCOMPARE(foldDiscrepancy(web).status, DiscrepancyStatus::Dismissed);

    // Sync delivers the other side's events, in any order, some of them twice.
    QRandomGenerator random(seed);
    Events atStore = store + web + Events{web.at(3), store.at(0)};
    Events atWeb = web + store + Events{store.at(3), webDismiss};
    std::shuffle(atStore.begin(), atStore.end(), random);
    std::shuffle(atWeb.begin(), atWeb.end(), random);

    const DiscrepancyState mergedAtStore = foldDiscrepancy(atStore);
    const DiscrepancyState mergedAtWeb = foldDiscrepancy(atWeb);
    QCOMPARE(mergedAtStore, mergedAtWeb);
    QCOMPARE(mergedAtStore.timeline, mergedAtWeb.timeline);
    QCOMPARE(timelineIds(mergedAtStore), (QList<int>{1, 2, 20, 21, 10, 11, 22}));
    QCOMPARE(summary(mergedAtStore),
             QStringLiteral("resolved low assignee=ecommerce resolution=write_off text=damaged "
                            "response=300 closed=720 ignored=[22]"));
}

void TestDiscrepancyFold::sla_data()
{
    QTest::addColumn<Events>("events");
    QTest::addColumn<qint64>("now");
    QTest::addColumn<qint64>("remaining");
    QTest::addColumn<bool>("overdue");

    const qint64 s = 1000;
    const Events fresh{created()};
    QTest::newRow("just created") << fresh << t0 << 3600 * s << false;
    QTest::newRow("59:59 without response") << fresh << t0 + 3599 * s << 1 * s << false;
    QTest::newRow("60:00 without response") << fresh << t0 + 3600 * s << 0LL << false;
    QTest::newRow("60:01 without response") << fresh << t0 + 3601 * s << -1 * s << true;
    QTest::newRow("three hours without response")
        << fresh << t0 + 3 * 3600 * s << -2 * 3600 * s << true;
    const Events answered{created(), comment(2, t0 + 10 * minute)};
    QTest::newRow("answered after 10 minutes, asked at 59:59")
        << answered << t0 + 3599 * s << 50 * minute << false;
    QTest::newRow("answered after 10 minutes, asked hours later")
        << answered << t0 + 5 * 3600 * s << 50 * minute << false;
    const Events late{created(), make(2, K::Acknowledged, t0 + 70 * minute)};
    QTest::newRow("answered 10 minutes late") << late << t0 + 2 * 3600 * s << -10 * minute << false;
    const Events closed{created(), dismiss(2, t0 + 3599 * s)};
    QTest::newRow("dismissed at 59:59, asked at 60:01")
        << closed << t0 + 3601 * s << 1 * s << false;
    const Events ignoredOnly{created(), make(2, K::Reopened, t0 + minute)};
    QTest::newRow("an ignored event does not stop the clock")
        << ignoredOnly << t0 + 3601 * s << -1 * s << true;
}

void TestDiscrepancyFold::sla()
{
    QFETCH(Events, events);
    QFETCH(qint64, now);
    QFETCH(qint64, remaining);
    QFETCH(bool, overdue);
    const DiscrepancyState state = foldDiscrepancy(events);
    QCOMPARE(slaRemainingMs(state, now), remaining);
    QCOMPARE(isOverdue(state, now), overdue);
}

namespace {

/** States to start from, each as the events that lead there. */
void addStartingStates()
{
    QTest::addColumn<Events>("history");
    const qint64 m = minute;
    QTest::newRow("not created") << Events{};
    QTest::newRow("open") << Events{created()};
    QTest::newRow("acknowledged") << Events{created(), make(2, K::Acknowledged, t0 + m)};
    QTest::newRow("recount requested") << Events{created(), make(2, K::RecountRequested, t0 + m)};
    QTest::newRow("resolved") << Events{created(), resolve(2, t0 + m)};
    QTest::newRow("dismissed") << Events{created(), dismiss(2, t0 + m)};
    QTest::newRow("reopened") << Events{created(), resolve(2, t0 + m),
                                        make(3, K::Reopened, t0 + 2 * m)};
}

/** A well-formed event of any kind, so only the transition table can refuse it. */
DiscrepancyEvent wellFormed(int id, K kind, qint64 at)
{
    switch (kind) {
    case K::Created:
        return created(id, at);
    case K::Assigned:
        return assign(id, at, QStringLiteral("bob"));
    case K::Commented:
        return comment(id, at);
    case K::Resolved:
        return resolve(id, at);
    case K::Dismissed:
        return dismiss(id, at);
    case K::PrioritySet:
        return setPriority(id, at, DiscrepancyPriority::Medium);
    case K::Acknowledged:
    case K::RecountRequested:
    case K::Reopened:
        return make(id, kind, at);
    }
    Q_UNREACHABLE();
}

} // namespace

void TestDiscrepancyFold::whyNotAllowed_data()
{
    QTest::addColumn<Events>("history");
    QTest::addColumn<DiscrepancyEventKind>("kind");
    QTest::addColumn<QString>("expected");

    const qint64 m = minute;
    const Events open{created()};
    const Events acknowledged{created(), make(2, K::Acknowledged, t0 + m)};
    const Events recount{created(), make(2, K::RecountRequested, t0 + m)};
    const Events resolved{created(), resolve(2, t0 + m)};
    const Events dismissed{created(), dismiss(2, t0 + m)};

    QTest::newRow("create twice") << open << K::Created
                                  << QStringLiteral("This discrepancy already exists.");
    QTest::newRow("act before created") << Events{} << K::Commented
                                        << QStringLiteral("This discrepancy has not been "
                                                          "recorded yet.");
    QTest::newRow("create") << Events{} << K::Created << QString();
    QTest::newRow("acknowledge open") << open << K::Acknowledged << QString();
    QTest::newRow("acknowledge twice") << acknowledged << K::Acknowledged
                                       << QStringLiteral("This discrepancy is already "
                                                         "acknowledged.");
    QTest::newRow("acknowledge during recount")
        << recount << K::Acknowledged
        << QStringLiteral("A recount is already requested for this discrepancy.");
    QTest::newRow("recount twice")
        << recount << K::RecountRequested
        << QStringLiteral("A recount is already requested for this discrepancy.");
    QTest::newRow("recount when resolved")
        << resolved << K::RecountRequested
        << QStringLiteral("This discrepancy is resolved; reopen it first.");
    QTest::newRow("assign when dismissed")
        << dismissed << K::Assigned
        << QStringLiteral("This discrepancy is dismissed; reopen it first.");
    QTest::newRow("resolve twice")
        << resolved << K::Resolved << QStringLiteral("This discrepancy is already resolved.");
    QTest::newRow("dismiss when resolved")
        << resolved << K::Dismissed << QStringLiteral("This discrepancy is already resolved.");
    QTest::newRow("resolve when dismissed")
        << dismissed << K::Resolved << QStringLiteral("This discrepancy is already dismissed.");
    QTest::newRow("reopen open")
        << open << K::Reopened
        << QStringLiteral("Only a resolved or dismissed discrepancy can be reopened.");
    QTest::newRow("reopen resolved") << resolved << K::Reopened << QString();
    QTest::newRow("comment dismissed") << dismissed << K::Commented << QString();
    QTest::newRow("priority on resolved") << resolved << K::PrioritySet << QString();
}

void TestDiscrepancyFold::whyNotAllowed()
{
    QFETCH(Events, history);
    QFETCH(DiscrepancyEventKind, kind);
    QFETCH(QString, expected);
    QCOMPARE(stockroom::domain::whyNotAllowed(foldDiscrepancy(history), kind), expected);
}

void TestDiscrepancyFold::whyNotAllowedAgreesWithTheFold_data()
{
    addStartingStates();
}

void TestDiscrepancyFold::whyNotAllowedAgreesWithTheFold()
{
    QFETCH(Events, history);
    const DiscrepancyState before = foldDiscrepancy(history);
    for (DiscrepancyEventKind kind : allDiscrepancyEventKinds()) {
        const DiscrepancyEvent next = wellFormed(99, kind, t0 + 10 * minute);
        QCOMPARE(validateDiscrepancyEvent(next), QString());
        const DiscrepancyState after = foldDiscrepancy(history + Events{next});
        const bool refused = !stockroom::domain::whyNotAllowed(before, kind).isEmpty();
        QVERIFY2(after.ignored.contains(next.id) == refused,
                 qPrintable(discrepancyEventKindName(kind)));
        if (refused) {
            // An ignored event is shown but changes nothing else.
            DiscrepancyState expected = before;
            expected.timeline = after.timeline;
            expected.ignored.append(next.id);
            if (!before.created)
                expected.id = after.id;
            QCOMPARE(after, expected);
        }
    }
}

QTEST_GUILESS_MAIN(TestDiscrepancyFold)
#include "tst_discrepancyfold.moc"
