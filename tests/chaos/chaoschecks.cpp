#include "chaoschecks.h"

#include "ledgerfold.h"

#include <QHash>
#include <QSet>

#include <map>
#include <set>

namespace stockroom::chaos::checks {

namespace {

constexpr int maxReported = 12;

using Position = std::pair<QString, QString>;
using Levels = std::map<Position, domain::StockLevel>;

QString idText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

QString levelText(const domain::StockLevel &level)
{
    return QStringLiteral("on hand %1, committed %2").arg(level.onHand).arg(level.committed);
}

QString movementText(const domain::Movement &m)
{
    return QStringLiteral("%1 %2 %3 × %4 at %5, %6")
        .arg(idText(m.id), domain::movementKindName(m.kind))
        .arg(m.quantity)
        .arg(m.sku, m.location)
        .arg(m.occurredAtMs);
}

// Collects failures of one kind, printing at most maxReported of them and a count of the rest.
class Reporter
{
public:
    Reporter(QStringList *failures, QString heading)
        : m_failures(failures)
        , m_heading(std::move(heading))
    {}
    ~Reporter()
    {
        if (m_count > maxReported)
            m_failures->append(
                QStringLiteral("%1: … %2 more").arg(m_heading).arg(m_count - maxReported));
    }
    void fail(const QString &message)
    {
        if (++m_count <= maxReported)
            m_failures->append(QStringLiteral("%1: %2").arg(m_heading, message));
    }

private:
    QStringList *m_failures;
    QString m_heading;
    int m_count = 0;
};

// Zero rows are left out, as levelsDigest does: "no row" and "a zero row" agree.
Levels levelMap(const QList<domain::StockPosition> &positions, const QStringList &locations)
{
    Levels levels;
    for (const domain::StockPosition &p : positions) {
        if ((locations.isEmpty() || locations.contains(p.location))
            && (p.level.onHand != 0 || p.level.committed != 0))
            levels[{p.location, p.sku}] = p.level;
    }
    return levels;
}

void compareLevels(const Levels &expected, const Levels &actual, const QString &expectedName,
                   const QString &actualName, Reporter *reporter)
{
    std::set<Position> keys;
    for (const auto &[key, level] : expected)
        keys.insert(key);
    for (const auto &[key, level] : actual)
        keys.insert(key);
    for (const Position &key : keys) {
        const auto e = expected.find(key);
        const auto a = actual.find(key);
        const domain::StockLevel want = e == expected.end() ? domain::StockLevel{} : e->second;
        const domain::StockLevel got = a == actual.end() ? domain::StockLevel{} : a->second;
        if (want.onHand != got.onHand || want.committed != got.committed)
            reporter->fail(QStringLiteral("%1/%2: %3 has %4, %5 has %6")
                               .arg(key.first, key.second, expectedName, levelText(want),
                                    actualName, levelText(got)));
    }
}

QList<domain::Movement> feedMovements(const CentralState &central)
{
    QList<domain::Movement> movements;
    for (const protocol::FeedChange &change : central.feed) {
        if (change.movement)
            movements.append(*change.movement);
    }
    return movements;
}

} // namespace

void serverIsConsistent(const CentralState &central, QStringList *failures)
{
    const QList<domain::Movement> ledger = feedMovements(central);
    {
        Reporter reporter(failures, QStringLiteral("central feed"));
        QHash<QUuid, int> seen;
        qint64 previous = 0;
        for (const protocol::FeedChange &change : central.feed) {
            if (change.seq <= previous)
                reporter.fail(QStringLiteral("seq %1 after seq %2").arg(change.seq).arg(previous));
            previous = change.seq;
            if (change.kind == QLatin1String("movement") && !change.movement)
                reporter.fail(
                    QStringLiteral("seq %1 is a movement without a body").arg(change.seq));
            if (++seen[change.id] == 2)
                reporter.fail(
                    QStringLiteral("change %1 appears more than once").arg(idText(change.id)));
        }
        if (previous > central.latestSeq)
            reporter.fail(QStringLiteral("seq %1 is beyond the latest seq %2")
                              .arg(previous)
                              .arg(central.latestSeq));
    }
    {
        Reporter reporter(failures, QStringLiteral("central feed vs snapshot ledger"));
        QHash<QUuid, domain::Movement> inSnapshot;
        for (const domain::Movement &m : central.snapshotLedger) {
            if (inSnapshot.contains(m.id))
                reporter.fail(QStringLiteral("the snapshot lists %1 twice").arg(idText(m.id)));
            inSnapshot.insert(m.id, m);
        }
        for (const domain::Movement &m : ledger) {
            const auto it = inSnapshot.constFind(m.id);
            if (it == inSnapshot.constEnd())
                reporter.fail(
                    QStringLiteral("%1 is in the feed, not in the snapshot").arg(movementText(m)));
            else if (*it != m)
                reporter.fail(QStringLiteral("feed has %1, snapshot %2")
                                  .arg(movementText(m), movementText(*it)));
            inSnapshot.remove(m.id);
        }
        for (const domain::Movement &m : std::as_const(inSnapshot))
            reporter.fail(
                QStringLiteral("%1 is in the snapshot, not in the feed").arg(movementText(m)));
    }
    {
        Reporter reporter(failures, QStringLiteral("central levels vs fold of central's ledger"));
        std::map<Position, QList<domain::Movement>> positions;
        for (const domain::Movement &m : ledger)
            positions[{m.location, m.sku}].append(m);
        Levels folded;
        for (const auto &[key, movements] : positions) {
            const domain::StockLevel level = domain::foldLedger(movements);
            if (level.onHand != 0 || level.committed != 0)
                folded[key] = level;
        }
        compareLevels(folded, levelMap(central.levels, {}), QStringLiteral("the fold"),
                      QStringLiteral("central's levels"), &reporter);
    }
}

void replicaEqualsServer(const NamedReplica &replica, const CentralState &central,
                         QStringList *failures)
{
    const ReplicaContents &r = replica.contents;
    Reporter reporter(failures, replica.name);
    if (r.pending != 0)
        reporter.fail(QStringLiteral("%1 change(s) still pending after quiescing").arg(r.pending));
    for (const QString &problem : r.problems)
        reporter.fail(QStringLiteral("open discrepancy %1").arg(problem));
    if (r.ownLocations.isEmpty())
        reporter.fail(QStringLiteral("has no own location"));

    const QStringList compared = replica.allLocations ? QStringList() : r.ownLocations;
    compareLevels(levelMap(central.levels, compared), levelMap(r.levels, compared),
                  QStringLiteral("central"), QStringLiteral("the replica"), &reporter);

    // Own locations keep their whole ledger: exactly central's movements there, same bodies.
    QHash<QUuid, domain::Movement> local;
    for (const domain::Movement &m : r.ledger) {
        if (!r.ownLocations.contains(m.location))
            reporter.fail(
                QStringLiteral("keeps %1 of a location it does not own").arg(movementText(m)));
        local.insert(m.id, m);
    }
    for (const domain::Movement &m : feedMovements(central)) {
        if (!r.ownLocations.contains(m.location))
            continue;
        const auto it = local.constFind(m.id);
        if (it == local.constEnd()) {
            reporter.fail(QStringLiteral("lacks central's %1").arg(movementText(m)));
            continue;
        }
        domain::Movement mine = *it;
        if (mine.serverSeq != m.serverSeq)
            reporter.fail(
                QStringLiteral("has %1 with server_seq %2, central %3")
                    .arg(idText(m.id))
                    .arg(mine.serverSeq ? QString::number(*mine.serverSeq) : QStringLiteral("none"))
                    .arg(m.serverSeq.value_or(-1)));
        mine.serverSeq = m.serverSeq;
        if (mine != m)
            reporter.fail(
                QStringLiteral("has %1, central %2").arg(movementText(mine), movementText(m)));
        local.remove(m.id);
    }
    for (const domain::Movement &m : std::as_const(local))
        reporter.fail(QStringLiteral("has %1, which central does not").arg(movementText(m)));
}

void movementsExactlyOnce(const QList<RecordedOp> &ops, const QList<NamedReplica> &replicas,
                          const CentralState &central, qint64 demoSeq, QStringList *failures)
{
    Reporter reporter(failures, QStringLiteral("exactly once"));
    QHash<QString, QList<domain::Movement>> centralByNote;
    QHash<QUuid, int> centralCount;
    for (const protocol::FeedChange &change : central.feed) {
        if (change.discrepancy && change.discrepancy->type == QLatin1String("rejected_change"))
            reporter.fail(QStringLiteral("central rejected %1 at %2: %3")
                              .arg(idText(change.discrepancy->sourceChange),
                                   change.discrepancy->location, change.discrepancy->reason));
        if (!change.movement)
            continue;
        ++centralCount[change.movement->id];
        if (change.seq > demoSeq)
            centralByNote[change.movement->note].append(*change.movement);
    }
    for (auto it = centralCount.cbegin(); it != centralCount.cend(); ++it) {
        if (it.value() > 1)
            reporter.fail(
                QStringLiteral("central holds %1 %2 times").arg(idText(it.key())).arg(it.value()));
    }

    QHash<int, QHash<QString, domain::Movement>> localByNote;
    for (const NamedReplica &replica : replicas) {
        if (replica.client < 0)
            continue;
        for (const domain::Movement &m : replica.contents.ledger) {
            if (!m.note.isEmpty())
                localByNote[replica.client].insert(m.note, m);
        }
    }

    QSet<QString> known;
    for (const RecordedOp &op : ops) {
        known.insert(op.note);
        const auto local = localByNote.value(op.client).constFind(op.note);
        const bool recordedLocally = local != localByNote.value(op.client).constEnd();
        const QList<domain::Movement> atCentral = centralByNote.value(op.note);
        const QString who = QStringLiteral("c%1's %2 (%3)").arg(op.client).arg(op.what, op.note);
        if (!op.succeeded)
            reporter.fail(
                QStringLiteral("%1: stockroom-cli record failed (%2)").arg(who, op.outcome));
        if (op.succeeded && !recordedLocally)
            reporter.fail(QStringLiteral("%1 was recorded (exit 0), but its replica lost it and "
                                         "central holds it %2 time(s)")
                              .arg(who)
                              .arg(atCentral.size()));
        const qsizetype expected = recordedLocally ? 1 : 0;
        if (atCentral.size() != expected) {
            reporter.fail(QStringLiteral("%1: central holds it %2 time(s), expected %3")
                              .arg(who)
                              .arg(atCentral.size())
                              .arg(expected));
            continue;
        }
        if (!recordedLocally)
            continue;
        domain::Movement mine = *local;
        mine.serverSeq = atCentral.constFirst().serverSeq;
        if (mine != atCentral.constFirst())
            reporter.fail(QStringLiteral("%1: the replica has %2, central %3")
                              .arg(who, movementText(mine), movementText(atCentral.constFirst())));
    }
    for (auto it = centralByNote.cbegin(); it != centralByNote.cend(); ++it) {
        if (!known.contains(it.key())) {
            for (const domain::Movement &m : it.value())
                reporter.fail(
                    QStringLiteral("central holds %1 (note \"%2\"), which nobody recorded")
                        .arg(movementText(m), m.note));
        }
    }
}

} // namespace stockroom::chaos::checks
