#include "ledgerwriter.h"

#include "ledgerfold.h"

#include <QCoreApplication>

namespace stockroom::replica {

LedgerWriter::LedgerWriter(const QSqlDatabase &db)
    : m_movements(db)
    , m_levels(db)
{}

bool LedgerWriter::sameChange(const domain::Movement &a, const domain::Movement &b)
{
    domain::Movement left = a;
    domain::Movement right = b;
    left.serverSeq.reset();
    right.serverSeq.reset();
    return left == right;
}

std::optional<LedgerWriter::Outcome> LedgerWriter::append(const domain::Movement &m,
                                                          qint64 recordedAtMs, QString *error,
                                                          domain::StockLevel *levelAfter)
{
    bool inserted = false;
    if (!m_movements.insertNew(m, recordedAtMs, &inserted, error))
        return std::nullopt;
    if (!inserted) {
        const auto existing = m_movements.find(m.id);
        if (existing && sameChange(*existing, m))
            return Outcome::Duplicate;
        *error = QCoreApplication::translate("stockroom::replica::LedgerWriter",
                                             "Movement %1 already exists with different content.")
                     .arg(m.id.toString(QUuid::WithoutBraces));
        return std::nullopt;
    }

    // A delta dated at or after the position's newest movement is applied in place.
    if (m.kind != domain::MovementKind::Count) {
        const auto applied = m_levels.applyInOrder(m.location, m.sku, m.occurredAtMs,
                                                   domain::onHandDelta(m),
                                                   domain::committedDelta(m), error);
        if (!applied)
            return std::nullopt;
        if (*applied) {
            if (levelAfter)
                *levelAfter = **applied;
            return Outcome::Applied;
        }
    }

    LevelRow row = m_levels.find(m.location, m.sku)
                       .value_or(LevelRow{{m.location, m.sku, {}, std::nullopt}, {}, std::nullopt});
    const bool outOfOrder = row.lastMovementAtMs && m.occurredAtMs < *row.lastMovementAtMs;
    if (m.kind == domain::MovementKind::Count || outOfOrder)
        return refold(m.location, m.sku, error, levelAfter) ? std::optional(Outcome::Applied)
                                                            : std::nullopt;

    row.position.level.committed += domain::committedDelta(m);
    if (!row.position.lastCountedAtMs || m.occurredAtMs > *row.position.lastCountedAtMs)
        row.position.level.onHand += domain::onHandDelta(m);
    row.lastMovementAtMs = std::max(row.lastMovementAtMs.value_or(m.occurredAtMs), m.occurredAtMs);
    if (!m_levels.save(row, error))
        return std::nullopt;
    if (levelAfter)
        *levelAfter = row.position.level;
    return Outcome::Applied;
}

bool LedgerWriter::refold(const QString &location, const QString &sku, QString *error,
                          domain::StockLevel *levelAfter)
{
    const QList<domain::Movement> ledger = m_movements.forPosition(location, sku);
    LevelRow row{{location, sku, domain::foldLedger(ledger), std::nullopt}, {}, std::nullopt};
    const domain::Movement *latestCount = nullptr;
    for (const domain::Movement &m : ledger) {
        if (m.kind == domain::MovementKind::Count
            && (!latestCount || domain::isLaterInLedger(m, *latestCount)))
            latestCount = &m;
        row.lastMovementAtMs
            = std::max(row.lastMovementAtMs.value_or(m.occurredAtMs), m.occurredAtMs);
    }
    if (latestCount) {
        row.position.lastCountedAtMs = latestCount->occurredAtMs;
        row.lastCountId = latestCount->id;
    }
    if (levelAfter)
        *levelAfter = row.position.level;
    return m_levels.save(row, error);
}

} // namespace stockroom::replica
