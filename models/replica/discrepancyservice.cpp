#include "discrepancyservice.h"

#include "changeid.h"
#include "discrepancylog.h"
#include "replicadatabase.h"
#include "sqlhelpers.h"
#include "transfercheck.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>

#include <algorithm>

namespace stockroom::replica {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("stockroom::replica::DiscrepancyService", text);
}

QString idText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

const QStringList &issueCategories()
{
    static const QStringList categories{QStringLiteral("damaged"), QStringLiteral("missing"),
                                        QStringLiteral("mislabelled"), QStringLiteral("other")};
    return categories;
}

/** The line a count-variance discrepancy was raised for: what was counted, and when. */
struct CountedLine
{
    qint64 counted = 0;
    qint64 countedAtMs = 0;
};

std::optional<CountedLine> countedLine(const QSqlDatabase &db, const QUuid &discrepancy)
{
    QSqlQuery query = prepared(db, QStringLiteral("SELECT counted, counted_at FROM count_lines"
                                                  " WHERE discrepancy_id = ?"));
    query.addBindValue(idText(discrepancy));
    if (!query.exec() || !query.next())
        return std::nullopt;
    return CountedLine{query.value(0).toLongLong(), query.value(1).toLongLong()};
}

} // namespace

DiscrepancyService::DiscrepancyService(InventoryService &inventory, Clock clock)
    : m_inventory(inventory)
    , m_clock(std::move(clock))
{}

qint64 DiscrepancyService::now() const
{
    return m_clock ? m_clock() : m_inventory.now();
}

std::optional<QUuid> DiscrepancyService::report(const IssueReport &report, QString *error)
{
    const QString location
        = report.location.isEmpty() ? m_inventory.homeLocation() : report.location;
    if (!m_inventory.ownLocations().contains(location)) {
        *error = tr("Location \"%1\" is not kept on this desktop; report the issue there.")
                     .arg(location);
        return std::nullopt;
    }
    const auto product = m_inventory.findProduct(report.sku.trimmed());
    if (!product) {
        *error = tr("No product has the SKU or barcode \"%1\".").arg(report.sku);
        return std::nullopt;
    }
    if (!issueCategories().contains(report.category)) {
        *error = tr("\"%1\" is not a kind of issue; use one of: %2.")
                     .arg(report.category, issueCategories().join(QStringLiteral(", ")));
        return std::nullopt;
    }
    if (report.quantity < 0) {
        *error = tr("The quantity affected cannot be negative (%1).").arg(report.quantity);
        return std::nullopt;
    }
    const QString note = report.note.trimmed();
    domain::DiscrepancyEvent created;
    created.id = domain::newChangeId();
    created.discrepancy = created.id;
    created.kind = domain::DiscrepancyEventKind::Created;
    created.type = domain::DiscrepancyType::StaffReport;
    created.location = location;
    created.sku = product->sku;
    created.actual = report.quantity;
    created.valueCents = -report.quantity * product->unitCostCents;
    created.reference = report.category;
    created.text
        = note.isEmpty() ? report.category : QStringLiteral("%1: %2").arg(report.category, note);
    if (!append(created.id, created, {}, error))
        return std::nullopt;
    return created.id;
}

bool DiscrepancyService::acknowledge(const QUuid &id, QString *error)
{
    domain::DiscrepancyEvent e;
    e.kind = domain::DiscrepancyEventKind::Acknowledged;
    return append(id, e, {}, error);
}

bool DiscrepancyService::assign(const QUuid &id, const QString &assignee, QString *error)
{
    domain::DiscrepancyEvent e;
    e.kind = domain::DiscrepancyEventKind::Assigned;
    e.assignee = assignee.trimmed();
    return append(id, e, {}, error);
}

bool DiscrepancyService::comment(const QUuid &id, const QString &text, QString *error)
{
    domain::DiscrepancyEvent e;
    e.kind = domain::DiscrepancyEventKind::Commented;
    e.text = text.trimmed();
    return append(id, e, {}, error);
}

bool DiscrepancyService::requestRecount(const QUuid &id, QString *error)
{
    domain::DiscrepancyEvent e;
    e.kind = domain::DiscrepancyEventKind::RecountRequested;
    return append(id, e, {}, error);
}

bool DiscrepancyService::dismiss(const QUuid &id, const QString &reason, QString *error)
{
    domain::DiscrepancyEvent e;
    e.kind = domain::DiscrepancyEventKind::Dismissed;
    e.text = reason.trimmed();
    return append(id, e, {}, error);
}

bool DiscrepancyService::reopen(const QUuid &id, QString *error)
{
    domain::DiscrepancyEvent e;
    e.kind = domain::DiscrepancyEventKind::Reopened;
    return append(id, e, {}, error);
}

bool DiscrepancyService::setPriority(const QUuid &id, domain::DiscrepancyPriority priority,
                                     QString *error)
{
    domain::DiscrepancyEvent e;
    e.kind = domain::DiscrepancyEventKind::PrioritySet;
    e.priority = priority;
    return append(id, e, {}, error);
}

bool DiscrepancyService::resolve(const QUuid &id, domain::ResolutionAction action,
                                 const QString &reasonCode, QString *error)
{
    const auto state = get(id);
    if (!state) {
        *error = tr("There is no discrepancy %1.").arg(idText(id));
        return false;
    }
    if (const QString why = domain::whyNotAllowed(*state, domain::DiscrepancyEventKind::Resolved);
        !why.isEmpty()) {
        *error = why;
        return false;
    }
    const auto movements = resolutionMovements(*state, action, reasonCode.trimmed(), error);
    if (!movements)
        return false;
    domain::DiscrepancyEvent e;
    e.kind = domain::DiscrepancyEventKind::Resolved;
    e.action = action;
    e.text = reasonCode.trimmed();
    return append(id, e, *movements, error);
}

std::optional<QList<domain::Movement>>
DiscrepancyService::resolutionMovements(const domain::DiscrepancyState &s,
                                        domain::ResolutionAction action, const QString &reasonCode,
                                        QString *error) const
{
    using domain::DiscrepancyType;
    using domain::MovementKind;
    const bool counted = s.type == DiscrepancyType::CountVariance;
    const bool reported = s.type == DiscrepancyType::StaffReport;
    // What the stock should move by: a count's variance, or the units a report says are gone.
    const qint64 delta = reported ? -s.actual : s.actual - s.expected;
    const auto movement = [&](MovementKind kind, qint64 quantity, qint64 atMs) {
        domain::Movement m;
        m.id = domain::newChangeId();
        m.location = s.location;
        m.sku = s.sku;
        m.kind = kind;
        m.quantity = quantity;
        m.occurredAtMs = atMs;
        m.user = m_inventory.identity().user;
        m.device = m_inventory.identity().device;
        m.reference = idText(s.id);
        if (kind == MovementKind::Adjustment)
            m.reasonCode = reasonCode;
        return m;
    };
    switch (action) {
    case domain::ResolutionAction::AcceptSystem:
        return QList<domain::Movement>{};
    case domain::ResolutionAction::AdjustToCounted: {
        if (!counted) {
            *error = tr("Only a count variance can be adjusted to the counted quantity; request "
                        "a recount or resolve it another way.");
            return std::nullopt;
        }
        // Counted at counted_at: sales since then stay on top of the count.
        const auto line = countedLine(m_inventory.database().connection(), s.id);
        const qint64 at = line ? line->countedAtMs : now();
        domain::Movement count = movement(MovementKind::Count, line ? line->counted : s.actual, at);
        // The count's own movement, as if posted with it: its variance stays measurable.
        if (!s.reference.isEmpty())
            count.reference = s.reference;
        return QList<domain::Movement>{count};
    }
    case domain::ResolutionAction::WriteOff:
        if (!counted && !reported) {
            *error = tr("Only a count variance or a reported issue can be written off.");
            return std::nullopt;
        }
        if (delta == 0) {
            *error = tr("There is nothing to write off: the variance is 0.");
            return std::nullopt;
        }
        return QList<domain::Movement>{movement(MovementKind::Adjustment, delta, now())};
    case domain::ResolutionAction::TransferCorrection:
        if (!counted) {
            *error = tr("Only a count variance can be corrected by a transfer.");
            return std::nullopt;
        }
        if (delta == 0) {
            *error = tr("There is nothing to correct: the variance is 0.");
            return std::nullopt;
        }
        return QList<domain::Movement>{movement(
            delta > 0 ? MovementKind::TransferIn : MovementKind::TransferOut, qAbs(delta), now())};
    }
    *error = tr("Unknown resolution.");
    return std::nullopt;
}

bool DiscrepancyService::append(const QUuid &id, domain::DiscrepancyEvent event,
                                const QList<domain::Movement> &movements, QString *error)
{
    const bool creating = event.kind == domain::DiscrepancyEventKind::Created;
    event.atMs = now();
    if (!creating) {
        const auto state = DiscrepancyLog(m_inventory.database().connection()).state(id);
        if (!state || !state->created) {
            *error = tr("There is no discrepancy %1.").arg(idText(id));
            return false;
        }
        if (const QString why = domain::whyNotAllowed(*state, event.kind); !why.isEmpty()) {
            *error = why;
            return false;
        }
        event.id = domain::newChangeId();
        event.discrepancy = id;
        event.location = state->location;
        // Whoever acts has seen the log so far: the event goes after all of it, even within
        // one millisecond or on a clock that lags, so the fold applies it in the order it was
        // made.
        for (const domain::DiscrepancyEvent &e : state->timeline)
            event.atMs = std::max(event.atMs, e.atMs + 1);
    }
    event.user = m_inventory.identity().user;
    event.device = m_inventory.identity().device;
    if (const QString problem = domain::validateDiscrepancyEvent(event); !problem.isEmpty()) {
        *error = problem;
        return false;
    }
    return m_inventory.recordMovements(
        movements,
        [&](QString *err) {
            return DiscrepancyLog(m_inventory.database().connection()).append(event, true, err);
        },
        error);
}

std::optional<int> DiscrepancyService::raiseMissingTransfers(qint64 maxTransitMs, QString *error)
{
    const QList<domain::Location> locations = m_inventory.locations();
    const QStringList own = m_inventory.ownLocations();
    for (const domain::Location &location : locations) {
        if (!own.contains(location.code)) {
            *error = tr("Checking transfers needs every location's ledger, and %1 is not kept "
                        "here; run it on a head-office replica.")
                         .arg(location.code);
            return std::nullopt;
        }
    }
    QList<domain::Movement> legs;
    m_inventory.forEachMovement({}, [&legs](const domain::Movement &m) {
        if (m.kind == domain::MovementKind::TransferOut
            || m.kind == domain::MovementKind::TransferIn)
            legs.append(m);
    });
    int raised = 0;
    for (const domain::MissingTransfer &missing :
         domain::transfersNotReceived(legs, now(), maxTransitMs)) {
        const domain::Movement &sent = missing.sent;
        const QUuid id = QUuid::createUuidV5(sent.id, QStringLiteral("transfer_not_received"));
        if (get(id))
            continue;
        const auto product = m_inventory.findProduct(sent.sku);
        domain::DiscrepancyEvent created;
        created.id = id;
        created.discrepancy = id;
        created.kind = domain::DiscrepancyEventKind::Created;
        created.type = domain::DiscrepancyType::TransferNotReceived;
        created.location = sent.location;
        created.sku = sent.sku;
        created.expected = sent.quantity;
        created.actual = missing.received;
        created.valueCents = -missing.missing() * (product ? product->unitCostCents : 0);
        created.reference = sent.reference;
        created.text = tr("Transfer %1: %2 of %3 received since %4.")
                           .arg(sent.reference)
                           .arg(missing.received)
                           .arg(sent.quantity)
                           .arg(QDateTime::fromMSecsSinceEpoch(sent.occurredAtMs, Qt::UTC)
                                    .toString(Qt::ISODate));
        if (!append(id, created, {}, error))
            return std::nullopt;
        ++raised;
    }
    return raised;
}

QList<domain::DiscrepancyState> DiscrepancyService::list(const DiscrepancyFilter &filter) const
{
    return DiscrepancyLog(m_inventory.database().connection()).list(filter);
}

std::optional<domain::DiscrepancyState> DiscrepancyService::get(const QUuid &id) const
{
    return DiscrepancyLog(m_inventory.database().connection()).state(id);
}

std::optional<QUuid> DiscrepancyService::resolveId(const QString &text, QString *error) const
{
    const QString wanted = text.trimmed().toLower();
    if (const QUuid full = QUuid::fromString(wanted); !full.isNull()) {
        if (get(full))
            return full;
        *error = tr("There is no discrepancy %1.").arg(wanted);
        return std::nullopt;
    }
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f-]{4,36}$"));
    if (!hex.match(wanted).hasMatch()) {
        *error = tr("\"%1\" is not a discrepancy id (give at least its first 4 characters).")
                     .arg(text);
        return std::nullopt;
    }
    QSqlQuery query = prepared(m_inventory.database().connection(),
                               QStringLiteral("SELECT id FROM discrepancies WHERE id LIKE ?"
                                              " LIMIT 2"));
    query.addBindValue(wanted + QLatin1Char('%'));
    QList<QUuid> found;
    if (query.exec()) {
        while (query.next())
            found.append(QUuid::fromString(query.value(0).toString()));
    }
    if (found.size() == 1)
        return found.constFirst();
    *error = found.isEmpty()
                 ? tr("There is no discrepancy %1.").arg(text)
                 : tr("\"%1\" names more than one discrepancy; give more of its id.").arg(text);
    return std::nullopt;
}

} // namespace stockroom::replica
