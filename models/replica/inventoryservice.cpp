#include "inventoryservice.h"

#include "changeid.h"
#include "ledgerfold.h"
#include "ledgerwriter.h"
#include "levelrepository.h"
#include "locationrepository.h"
#include "movementrepository.h"
#include "outboxrepository.h"
#include "productrepository.h"
#include "replicadatabase.h"
#include "settingsrepository.h"
#include "sqlhelpers.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>

namespace stockroom::replica {

namespace {

const auto homeLocationKey = QStringLiteral("home_location");
const auto movementChangeKind = QStringLiteral("movement");

QString tr(const char *text)
{
    return QCoreApplication::translate("stockroom::replica::InventoryService", text);
}

} // namespace

class InventoryService::Private
{
public:
    Private(ReplicaDatabase &db, Identity identity, Clock clock)
        : replica(db)
        , connection(db.connection())
        , identity(std::move(identity))
        , clock(clock ? std::move(clock) : [] { return QDateTime::currentMSecsSinceEpoch(); })
        , locations(connection)
        , products(connection)
        , movements(connection)
        , levels(connection)
        , outbox(connection)
        , settings(connection)
        , ledger(connection)
        // BEGIN IMMEDIATE for the reason beginWriteTransaction() gives.
        , begin(prepared(connection, QStringLiteral("BEGIN IMMEDIATE")))
        , commit(prepared(connection, QStringLiteral("COMMIT")))
    {}

    // Runs work inside one transaction; rolls back and keeps its message on failure. BEGIN and
    // COMMIT are prepared once: parsing them anew was a visible part of a single record.
    bool inTransaction(const std::function<bool(QString *)> &work, QString *error)
    {
        if (!begin.exec()) {
            *error = tr("Cannot start a transaction: %1").arg(begin.lastError().text());
            return false;
        }
        if (!work(error)) {
            connection.rollback();
            return false;
        }
        if (!commit.exec()) {
            *error = tr("Cannot commit: %1").arg(commit.lastError().text());
            connection.rollback();
            return false;
        }
        return true;
    }

    // Checks a local movement against the replica; empty when it may be recorded. skuKnown:
    // the caller has just read the SKU from the catalogue in this transaction.
    QString check(const domain::Movement &m, bool skuKnown = false) const
    {
        if (const QString invalid = domain::validateMovement(m); !invalid.isEmpty())
            return invalid;
        switch (locations.ownership(m.location)) {
        case LocationRepository::Ownership::Unknown:
            return tr("Unknown location \"%1\".").arg(m.location);
        case LocationRepository::Ownership::Elsewhere:
            return tr("Location %1 is not kept on this desktop; record its movements there.")
                .arg(m.location);
        case LocationRepository::Ownership::Own:
            break;
        }
        if (!skuKnown && !products.exists(m.sku))
            return tr("Unknown SKU \"%1\".").arg(m.sku);
        return {};
    }

    bool appendLocal(const domain::Movement &m, QString *error,
                     domain::StockLevel *levelAfter = nullptr)
    {
        const auto outcome = ledger.append(m, clock(), error, levelAfter);
        if (!outcome)
            return false;
        if (*outcome == LedgerWriter::Outcome::Duplicate)
            return true;
        return outbox.enqueue(movementChangeKind, m.id.toString(QUuid::WithoutBraces), {}, clock(),
                              error);
    }

    ReplicaDatabase &replica;
    QSqlDatabase connection;
    Identity identity;
    Clock clock;
    LocationRepository locations;
    ProductRepository products;
    MovementRepository movements;
    LevelRepository levels;
    OutboxRepository outbox;
    SettingsRepository settings;
    LedgerWriter ledger;
    QSqlQuery begin;
    QSqlQuery commit;
};

InventoryService::InventoryService(ReplicaDatabase &db, Identity identity, Clock clock)
    : d(std::make_unique<Private>(db, std::move(identity), std::move(clock)))
{}

InventoryService::~InventoryService() = default;

const Identity &InventoryService::identity() const
{
    return d->identity;
}

void InventoryService::setUser(const QString &user)
{
    d->identity.user = user;
}

qint64 InventoryService::now() const
{
    return d->clock();
}

QString InventoryService::homeLocation() const
{
    const QString stored = d->settings.value(homeLocationKey);
    if (!stored.isEmpty())
        return stored;
    const QStringList own = d->locations.ownCodes();
    return own.isEmpty() ? QString() : own.constFirst();
}

bool InventoryService::setHomeLocation(const QString &code, QString *error)
{
    if (!d->locations.isOwn(code)) {
        *error = tr("Location %1 is not one of this desktop's locations.").arg(code);
        return false;
    }
    return d->settings.setValue(homeLocationKey, code, error);
}

bool InventoryService::addLocation(const domain::Location &location, bool own, QString *error)
{
    if (location.code.trimmed().isEmpty() || location.code.contains(QLatin1Char(' '))) {
        *error = tr("A location code must be non-empty and without spaces.");
        return false;
    }
    return d->locations.upsert(location, own, error);
}

bool InventoryService::upsertProducts(const QList<domain::Product> &products, QString *error)
{
    return d->inTransaction(
        [&](QString *err) {
            for (const domain::Product &product : products) {
                if (const QString invalid = domain::validateProduct(product); !invalid.isEmpty()) {
                    *err = invalid;
                    return false;
                }
                if (!d->products.upsert(product, err))
                    return false;
            }
            return true;
        },
        error);
}

QList<domain::Location> InventoryService::locations() const
{
    return d->locations.all();
}

QStringList InventoryService::ownLocations() const
{
    return d->locations.ownCodes();
}

std::optional<domain::Product> InventoryService::findProduct(const QString &skuOrBarcode) const
{
    const QString key = skuOrBarcode.trimmed();
    if (auto product = d->products.find(key))
        return product;
    return d->products.findByBarcode(key);
}

QList<domain::Product> InventoryService::products() const
{
    return d->products.all();
}

QList<domain::Product> InventoryService::search(const QString &text, int limit) const
{
    QSqlQuery query = prepared(
        d->connection,
        QStringLiteral(
            "SELECT DISTINCT p.sku FROM products p LEFT JOIN barcodes b ON b.sku = p.sku"
            " WHERE p.sku LIKE :pattern OR p.name LIKE :pattern OR p.category LIKE :pattern"
            " OR b.barcode LIKE :pattern"
            " ORDER BY (p.sku = :exact OR b.barcode = :exact) DESC, p.sku LIMIT :limit"));
    QString pattern = text.trimmed();
    pattern.remove(QLatin1Char('%')).remove(QLatin1Char('_'));
    query.bindValue(QStringLiteral(":pattern"), QStringLiteral("%%1%").arg(pattern));
    query.bindValue(QStringLiteral(":exact"), text.trimmed());
    query.bindValue(QStringLiteral(":limit"), limit);
    QList<domain::Product> found;
    if (query.exec()) {
        while (query.next()) {
            if (auto product = d->products.find(query.value(0).toString()))
                found.append(*product);
        }
    }
    return found;
}

QList<domain::StockPosition> InventoryService::levelsAt(const QString &location) const
{
    return d->levels.atLocation(location);
}

std::optional<domain::StockPosition> InventoryService::level(const QString &location,
                                                             const QString &sku) const
{
    if (auto row = d->levels.find(location, sku))
        return row->position;
    return std::nullopt;
}

QList<domain::StockPosition> InventoryService::availability(const QString &sku) const
{
    return d->levels.ofSku(sku);
}

QList<domain::Movement> InventoryService::history(const QString &location, const QString &sku,
                                                  int limit) const
{
    return d->movements.history(location, sku, limit);
}

qint64 InventoryService::pendingChanges() const
{
    return d->outbox.count();
}

void InventoryService::forEachMovement(
    const QString &location, const std::function<void(const domain::Movement &)> &visit) const
{
    QSqlQuery query = prepared(
        d->connection,
        QStringLiteral(
            "SELECT %1 FROM movements m JOIN locations o ON o.code = m.location AND o.own = 1"
            " WHERE :location = '' OR m.location = :location"
            " ORDER BY m.location, m.sku, m.occurred_at, m.id")
            .arg(MovementRepository::selectColumns(QStringLiteral("m."))));
    query.bindValue(QStringLiteral(":location"), notNull(location));
    if (query.exec()) {
        while (query.next())
            visit(MovementRepository::fromRow(query));
    }
}

RecordResult InventoryService::record(const RecordRequest &request)
{
    RecordResult result;
    domain::Movement &m = result.movement;
    m.id = domain::newChangeId();
    m.kind = request.kind;
    m.quantity = request.quantity;
    m.occurredAtMs = request.occurredAtMs.value_or(d->clock());
    m.user = d->identity.user;
    m.device = d->identity.device;
    m.reasonCode = request.reasonCode.trimmed();
    m.reference = request.reference.trimmed();
    m.note = request.note.trimmed();
    d->inTransaction(
        [&](QString *err) {
            // Every look-up runs inside the write transaction: outside it, each statement would
            // open and close a read transaction of its own.
            m.location = request.location.isEmpty() ? homeLocation() : request.location;
            if (m.location.isEmpty()) {
                *err = tr("This replica has no location yet; run init --location CODE first.");
                return false;
            }
            // One look-up for the SKU or barcode, so the check below need not ask again.
            m.sku = d->products.resolveSku(request.product.trimmed());
            if (m.sku.isEmpty()) {
                *err = tr("No product has the SKU or barcode \"%1\".").arg(request.product);
                return false;
            }
            if (const QString problem = d->check(m, true); !problem.isEmpty()) {
                *err = problem;
                return false;
            }
            return d->appendLocal(m, err, &result.level);
        },
        &result.error);
    return result;
}

bool InventoryService::recordMovements(const QList<domain::Movement> &movements, QString *error)
{
    return recordMovements(movements, {}, error);
}

bool InventoryService::recordMovements(const QList<domain::Movement> &movements,
                                       const std::function<bool(QString *)> &alongside,
                                       QString *error)
{
    return d->inTransaction(
        [&](QString *err) {
            for (const domain::Movement &m : movements) {
                if (const QString problem = d->check(m); !problem.isEmpty()) {
                    *err = problem;
                    return false;
                }
                if (!d->appendLocal(m, err))
                    return false;
            }
            return !alongside || alongside(err);
        },
        error);
}

VerifyReport InventoryService::verify() const
{
    VerifyReport report;
    // Both scans run in (location, sku) order and are merged position by position.
    QSqlQuery ledger
        = prepared(d->connection, QStringLiteral("SELECT %1 FROM movements ORDER BY location, sku")
                                      .arg(MovementRepository::selectColumns()));
    QSqlQuery stored = prepared(
        d->connection,
        QStringLiteral("SELECT l.location, l.sku, l.on_hand, l.committed, l.last_count_at"
                       " FROM levels l JOIN locations o ON o.code = l.location AND o.own = 1"
                       " ORDER BY l.location, l.sku"));
    if (!ledger.exec() || !stored.exec()) {
        report.error
            = tr("Cannot read the ledger: %1")
                  .arg((ledger.lastError().isValid() ? ledger : stored).lastError().text());
        return report;
    }

    bool haveMovement = ledger.next();
    bool haveLevel = stored.next();
    QList<domain::Movement> position;
    while (haveMovement || haveLevel) {
        const auto key = [](const QSqlQuery &q, int location, int sku) {
            return std::pair(q.value(location).toString(), q.value(sku).toString());
        };
        const auto ledgerKey = haveMovement ? key(ledger, 1, 2) : std::pair<QString, QString>();
        const auto levelKey = haveLevel ? key(stored, 0, 1) : std::pair<QString, QString>();
        const bool takeLedger = haveMovement && (!haveLevel || ledgerKey <= levelKey);
        const bool takeLevel = haveLevel && (!haveMovement || levelKey <= ledgerKey);

        position.clear();
        if (takeLedger) {
            while (haveMovement && key(ledger, 1, 2) == ledgerKey) {
                position.append(MovementRepository::fromRow(ledger));
                haveMovement = ledger.next();
            }
        }
        const domain::StockLevel folded = domain::foldLedger(position);
        domain::StockPosition actual{takeLedger ? ledgerKey.first : levelKey.first,
                                     takeLedger ? ledgerKey.second : levelKey.second,
                                     {},
                                     std::nullopt};
        if (takeLevel) {
            actual.level = {stored.value(2).toLongLong(), stored.value(3).toLongLong()};
            actual.lastCountedAtMs = optionalInt(stored.value(4));
            haveLevel = stored.next();
        }
        ++report.positionsChecked;
        report.movementsFolded += position.size();
        if (!(actual.level == folded) || (takeLedger && !takeLevel))
            report.mismatches.append({actual, folded});
    }
    return report;
}

ReplicaDatabase &InventoryService::database()
{
    return d->replica;
}

} // namespace stockroom::replica
