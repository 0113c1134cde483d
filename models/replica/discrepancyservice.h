#pragma once

#include "discrepancyfilter.h"
#include "discrepancyfold.h"
#include "inventoryservice.h"

#include <QString>
#include <QUuid>

#include <functional>
#include <optional>

namespace stockroom::replica {

/** What "Report an issue" records (damaged goods, a missing item, a mislabelled shelf …). */
struct IssueReport
{
    QString location;    ///< empty: the home location
    QString sku;         ///< a SKU or a barcode
    QString category;    ///< "damaged", "missing", "mislabelled", "other"
    qint64 quantity = 0; ///< units affected (0 when not about a quantity)
    QString note;
};

/**
 * The one place where the desktop and the CLI work the discrepancy queue (DESIGN.md §3): every
 * action appends an event to the discrepancy's log (and to the outbox, so it syncs), after the
 * same transition check the fold applies; resolving posts the movements its action implies in
 * the same transaction. Its interface is free of SQL.
 */
class DiscrepancyService
{
public:
    using Clock = std::function<qint64()>;

    /** The inventory service is borrowed: resolutions post movements through it. */
    explicit DiscrepancyService(InventoryService &inventory, Clock clock = {});

    qint64 now() const;

    /** A staff report; returns the new discrepancy's id. */
    std::optional<QUuid> report(const IssueReport &report, QString *error);

    bool acknowledge(const QUuid &id, QString *error);
    bool assign(const QUuid &id, const QString &assignee, QString *error);
    bool comment(const QUuid &id, const QString &text, QString *error);
    bool requestRecount(const QUuid &id, QString *error);
    /**
     * Resolves with an action and posts what it implies, all or nothing: adjust_to_counted a
     * count at the counted time (count variances only), write_off an adjustment by the
     * variance (or the reported quantity) with reasonCode, transfer_correction a transfer in or
     * out by the variance, accept_system nothing.
     */
    bool resolve(const QUuid &id, domain::ResolutionAction action, const QString &reasonCode,
                 QString *error);
    bool dismiss(const QUuid &id, const QString &reason, QString *error);
    bool reopen(const QUuid &id, QString *error);
    bool setPriority(const QUuid &id, domain::DiscrepancyPriority priority, QString *error);

    /**
     * Raises a transfer_not_received discrepancy for every transfer out sent more than
     * maxTransitMs ago whose receipts fall short (domain::transfersNotReceived), once: its id is
     * derived from the transfer's, so any replica that raises it raises the same one. Needs the
     * ledger of every location (a head-office replica); returns how many were raised.
     */
    std::optional<int> raiseMissingTransfers(qint64 maxTransitMs, QString *error);

    /** Folded rows for the queue (no timelines), newest first. */
    QList<domain::DiscrepancyState> list(const DiscrepancyFilter &filter = {}) const;
    /** One discrepancy with its timeline. */
    std::optional<domain::DiscrepancyState> get(const QUuid &id) const;
    /**
     * The id named by a full id or a unique prefix of one (the CLI prints 8 characters);
     * otherwise nothing, with *error saying why.
     */
    std::optional<QUuid> resolveId(const QString &text, QString *error) const;

private:
    bool append(const QUuid &id, domain::DiscrepancyEvent event,
                const QList<domain::Movement> &movements, QString *error);
    std::optional<QList<domain::Movement>> resolutionMovements(const domain::DiscrepancyState &s,
                                                               domain::ResolutionAction action,
                                                               const QString &reasonCode,
                                                               QString *error) const;

    InventoryService &m_inventory;
    Clock m_clock;
};

} // namespace stockroom::replica
