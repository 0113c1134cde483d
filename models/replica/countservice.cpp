// CountService, counting: sessions, scans and corrections, each scan in its own durable
// transaction. Review, recount, posting and re-evaluation are in countreview.cpp.

#include "countservice_p.h"

#include "replicadatabase.h"

#include <QCoreApplication>
#include <QDateTime>

namespace stockroom::replica {

using domain::CountScopeKind;
using domain::CountState;

namespace countdetail {

QString tr(const char *text)
{
    return QCoreApplication::translate("stockroom::replica::CountService", text);
}

QString idText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

CountDecision decide(bool withinTolerance, int round)
{
    if (withinTolerance)
        return CountDecision::Accept;
    return round >= 2 ? CountDecision::Discrepancy : CountDecision::Recount;
}

} // namespace countdetail

using countdetail::Folded;
using countdetail::idText;
using countdetail::tr;

namespace {

QString refusedScan(CountState state)
{
    switch (state) {
    case CountState::Open:
        break;
    case CountState::Submitted:
        return tr("This count is submitted and takes no more scans.");
    case CountState::Reviewed:
        return tr("This count is reviewed and takes no more scans; request a recount to count "
                  "lines again.");
    case CountState::Posted:
        return tr("This count is posted and takes no more scans.");
    }
    return {};
}

QString describeScope(const domain::CountScope &scope)
{
    switch (scope.kind) {
    case CountScopeKind::WholeStore:
        return tr("the whole store");
    case CountScopeKind::Category:
        return tr("category %1").arg(scope.value);
    case CountScopeKind::Bin:
        return tr("bin %1").arg(scope.value);
    case CountScopeKind::CycleList:
    case CountScopeKind::SkuList:
    case CountScopeKind::AuditSample:
        break;
    }
    return tr("its list of SKUs");
}

bool inScope(const domain::CountScope &scope, const domain::Product &product)
{
    switch (scope.kind) {
    case CountScopeKind::WholeStore:
        return true;
    case CountScopeKind::Category:
        return product.category == scope.value;
    case CountScopeKind::Bin:
        return product.bin == scope.value;
    case CountScopeKind::CycleList:
    case CountScopeKind::SkuList:
    case CountScopeKind::AuditSample:
        break;
    }
    return scope.skus.contains(product.sku);
}

void foldScan(Folded &line, const StoredScan &scan)
{
    line.counted = scan.set ? scan.quantity : line.counted + scan.quantity;
    line.countedAtMs = scan.scannedAtMs;
}

} // namespace

QString uncountedPolicyName(UncountedPolicy policy)
{
    return policy == UncountedPolicy::Zero ? QStringLiteral("zero") : QStringLiteral("unchanged");
}

std::optional<UncountedPolicy> uncountedPolicyFromName(QStringView name)
{
    if (name == QLatin1StringView("zero"))
        return UncountedPolicy::Zero;
    if (name == QLatin1StringView("unchanged"))
        return UncountedPolicy::Unchanged;
    return std::nullopt;
}

QString countDecisionName(CountDecision decision)
{
    switch (decision) {
    case CountDecision::None:
        break;
    case CountDecision::Accept:
        return QStringLiteral("accept");
    case CountDecision::Recount:
        return QStringLiteral("recount");
    case CountDecision::Discrepancy:
        return QStringLiteral("discrepancy");
    }
    return QStringLiteral("");
}

CountService::Private::Private(ReplicaDatabase &db, Identity identity, Clock clock)
    : connection(db.connection())
    , identity(std::move(identity))
    , clock(clock ? std::move(clock) : [] { return QDateTime::currentMSecsSinceEpoch(); })
    , inventory(db, this->identity, this->clock)
    , locations(connection)
    , products(connection)
    , movements(connection)
    , outbox(connection)
    , ledger(connection)
    , counts(connection)
{}

bool CountService::Private::inTransaction(const std::function<bool(QString *)> &work,
                                          QString *error)
{
    return inWriteTransaction(connection, work, error);
}

std::optional<CountSessionInfo> CountService::Private::sessionOrFail(const QUuid &countId,
                                                                     QString *error) const
{
    auto session = counts.session(countId);
    if (!session)
        *error = tr("No count has the id %1.").arg(idText(countId));
    return session;
}

std::optional<domain::Product> CountService::Private::product(const QString &skuOrBarcode) const
{
    return inventory.findProduct(skuOrBarcode);
}

// The round a product's scans go to now, or an error when the count takes none of it.
std::optional<int> CountService::Private::roundFor(const CountSessionInfo &session,
                                                   const domain::Product &product,
                                                   QString *error) const
{
    if (!inScope(session.scope, product)) {
        *error = tr("%1 (%2) is not part of this count of %3.")
                     .arg(product.sku, product.name, describeScope(session.scope));
        return std::nullopt;
    }
    if (session.recounting.isEmpty())
        return 1;
    if (session.recounting.contains(product.sku))
        return 2;
    *error = tr("%1 is not being recounted; this count takes scans only for %2.")
                 .arg(product.sku, session.recounting.join(QStringLiteral(", ")));
    return std::nullopt;
}

// Each line's round: 2 once a recount of it was requested.
QHash<QString, int> CountService::Private::lineRounds(const QUuid &countId) const
{
    QHash<QString, int> rounds;
    for (const StoredLine &line : counts.lines(countId))
        rounds.insert(line.sku, line.round);
    return rounds;
}

// The fold of every known product's scans of its current round.
QMap<QString, Folded> CountService::Private::foldLines(const QUuid &countId) const
{
    const QHash<QString, int> rounds = lineRounds(countId);
    QMap<QString, Folded> folded;
    for (const StoredScan &scan : counts.scans(countId)) {
        if (scan.sku.isEmpty() || scan.round != rounds.value(scan.sku, 1))
            continue;
        foldScan(folded[scan.sku], scan);
    }
    return folded;
}

qint64 CountService::Private::expectedAt(const QString &location, const QString &sku, qint64 atMs,
                                         const QUuid &countId) const
{
    return domain::onHandAt(movements.forPosition(location, sku), atMs, idText(countId));
}

qint64 CountService::Private::unitCost(const QString &sku) const
{
    const auto found = products.find(sku);
    return found ? found->unitCostCents : 0;
}

// Stores one scan or correction of an open count in its own durable transaction.
ScanResult CountService::Private::addScan(const QUuid &countId, const QString &code,
                                          qint64 quantity, bool set)
{
    ScanResult result;
    result.code = code.trimmed();
    result.added = quantity;
    inTransaction(
        [&](QString *err) {
            const auto session = sessionOrFail(countId, err);
            if (!session)
                return false;
            if (const QString refused = refusedScan(session->state); !refused.isEmpty()) {
                *err = refused;
                return false;
            }
            StoredScan scan{
                counts.nextSeq(countId), 1, QString(), result.code, set, quantity, clock()};
            if (const auto found = product(result.code)) {
                const auto round = roundFor(*session, *found, err);
                if (!round)
                    return false;
                scan.round = *round;
                scan.sku = found->sku;
                result.known = true;
                result.sku = found->sku;
                result.productName = found->name;
            } else if (set) {
                *err = tr("No product has the SKU or barcode \"%1\".").arg(result.code);
                return false;
            } else {
                scan.round = session->recounting.isEmpty() ? 1 : 2;
            }
            result.seq = scan.seq;
            if (!counts.insertScan(countId, scan, identity, err))
                return false;
            if (result.known)
                result.lineQuantity = counts.lineQuantity(countId, result.sku, scan.round);
            return true;
        },
        &result.error);
    return result;
}

const Identity &CountService::identity() const
{
    return d->identity;
}

void CountService::setUser(const QString &user)
{
    d->identity.user = user;
    d->inventory.setUser(user);
}

CountService::CountService(ReplicaDatabase &db, Identity identity, Clock clock)
    : d(std::make_unique<Private>(db, std::move(identity), std::move(clock)))
{}

CountService::~CountService() = default;

QUuid CountService::start(const CountStartRequest &request, QString *error)
{
    CountSessionInfo session;
    session.id = QUuid::createUuid();
    session.location = request.location.trimmed().isEmpty() ? d->inventory.homeLocation()
                                                            : request.location.trimmed();
    session.scope = request.scope;
    session.scope.value = session.scope.value.trimmed();
    session.mode = request.mode;
    session.tolerance = request.tolerance;
    session.uncounted = request.uncounted;
    session.createdAtMs = d->clock();
    session.createdBy = d->identity.user;
    for (const QString &assignee : request.assignees) {
        if (assignee.trimmed().isEmpty()) {
            *error = tr("An assignee cannot be empty.");
            return {};
        }
        session.assignees.append(assignee.trimmed());
    }

    if (session.location.isEmpty()) {
        *error = tr("This replica has no home location yet: connect it to the central IMS "
                    "(File → Connect to Central IMS…) or give it one with "
                    "stockroom-cli init --location CODE.");
        return {};
    }
    switch (d->locations.ownership(session.location)) {
    case LocationRepository::Ownership::Unknown:
        *error = tr("Unknown location \"%1\".").arg(session.location);
        return {};
    case LocationRepository::Ownership::Elsewhere:
        *error
            = tr("Location %1 is not kept on this desktop; count it there.").arg(session.location);
        return {};
    case LocationRepository::Ownership::Own:
        break;
    }
    if (session.tolerance.units < 0 || session.tolerance.valueCents < 0) {
        *error = tr("A tolerance cannot be negative.");
        return {};
    }
    // Barcodes name their product's SKU in a list; the list is validated once they are SKUs.
    for (QString &sku : session.scope.skus) {
        const auto product = d->product(sku);
        if (!product && !sku.trimmed().isEmpty()) {
            *error = tr("Unknown SKU \"%1\".").arg(sku.trimmed());
            return {};
        }
        if (product)
            sku = product->sku;
    }
    if (const QString invalid = domain::validateCountScope(session.scope); !invalid.isEmpty()) {
        *error = invalid;
        return {};
    }
    if (session.scope.kind == CountScopeKind::Category
        && !d->counts.categoryExists(session.scope.value)) {
        *error = tr("No product is in category \"%1\".").arg(session.scope.value);
        return {};
    }
    if (session.scope.kind == CountScopeKind::Bin && !d->counts.binExists(session.scope.value)) {
        *error = tr("No product is in bin \"%1\".").arg(session.scope.value);
        return {};
    }
    const bool stored = d->inTransaction(
        [&](QString *err) { return d->counts.insertSession(session, d->identity.device, err); },
        error);
    return stored ? session.id : QUuid();
}

std::optional<CountSessionInfo> CountService::session(const QUuid &countId) const
{
    return d->counts.session(countId);
}

QList<CountSessionInfo> CountService::sessions(const QString &location) const
{
    return d->counts.sessions(location);
}

QStringList CountService::cycleCountDue(const QString &location, int dayIndex,
                                        const CycleFrequency &frequency) const
{
    return domain::cycleCountDue(domain::classifyAbc(d->counts.stockValues(location)), dayIndex,
                                 frequency.everyDaysA, frequency.everyDaysB, frequency.everyDaysC);
}

ScanResult CountService::scan(const QUuid &countId, const QString &code, qint64 multiplier)
{
    ScanResult refused;
    refused.code = code.trimmed();
    if (refused.code.isEmpty()) {
        refused.error = tr("Scan or type a code.");
        return refused;
    }
    if (multiplier < 1 || multiplier > domain::maxScanMultiplier) {
        refused.error = tr("A scan counts from 1 to %1 units.").arg(domain::maxScanMultiplier);
        return refused;
    }
    return d->addScan(countId, code, multiplier, false);
}

bool CountService::setLine(const QUuid &countId, const QString &skuOrBarcode, qint64 quantity,
                           QString *error)
{
    if (quantity < 0) {
        *error = tr("A counted quantity cannot be negative.");
        return false;
    }
    if (skuOrBarcode.trimmed().isEmpty()) {
        *error = tr("Name the product to correct.");
        return false;
    }
    const ScanResult result = d->addScan(countId, skuOrBarcode, quantity, true);
    *error = result.error;
    return result.ok();
}

QList<CountLine> CountService::lines(const QUuid &countId) const
{
    const auto session = d->counts.session(countId);
    if (!session)
        return {};
    const QHash<QString, int> rounds = d->lineRounds(countId);
    const QMap<QString, Folded> folded = d->foldLines(countId);
    QList<CountLine> lines;
    for (auto it = folded.cbegin(); it != folded.cend(); ++it) {
        CountLine line;
        line.sku = it.key();
        line.productName = d->products.find(line.sku).value_or(domain::Product{}).name;
        line.counted = it->counted;
        line.countedAtMs = it->countedAtMs;
        line.round = rounds.value(line.sku, 1);
        if (session->mode == domain::CountMode::Expected && line.round == 1)
            line.expected = d->expectedAt(session->location, line.sku, line.countedAtMs, countId);
        lines.append(line);
    }
    return lines;
}

QList<UnknownCode> CountService::unknownCodes(const QUuid &countId) const
{
    QMap<QString, UnknownCode> codes;
    for (const StoredScan &scan : d->counts.scans(countId)) {
        if (!scan.sku.isEmpty())
            continue;
        UnknownCode &code = codes[scan.code];
        if (code.scans == 0) {
            code.code = scan.code;
            code.firstScannedAtMs = scan.scannedAtMs;
        }
        code.quantity += scan.quantity;
        ++code.scans;
        code.lastScannedAtMs = scan.scannedAtMs;
    }
    return codes.values();
}

bool CountService::submit(const QUuid &countId, QString *error)
{
    return d->inTransaction(
        [&](QString *err) {
            const auto session = d->sessionOrFail(countId, err);
            if (!session)
                return false;
            if (const QString why = domain::whyCannotAdvance(session->state, CountState::Submitted);
                !why.isEmpty()) {
                *err = why;
                return false;
            }
            const QMap<QString, Folded> folded = d->foldLines(countId);
            for (const QString &sku : session->recounting) {
                if (!folded.contains(sku)) {
                    *err = tr("%1 is waiting for its recount: scan it, or set it to 0 if none is "
                              "there.")
                               .arg(sku);
                    return false;
                }
            }
            return d->counts.setState(countId, CountState::Submitted, d->clock(), err);
        },
        error);
}

} // namespace stockroom::replica
