#pragma once

#include "location.h"
#include "movement.h"
#include "product.h"
#include "stockposition.h"

#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace stockroom::replica {

class ReplicaDatabase;

/** Who records: the signed-in user and this device. */
struct Identity
{
    QString user;
    QString device;
};

/** A movement as a user asks for it; the service fills in id, time, user and device. */
struct RecordRequest
{
    domain::MovementKind kind = domain::MovementKind::Sale;
    QString location; ///< empty: the home location
    QString product;  ///< SKU or barcode
    qint64 quantity = 0;
    QString reasonCode;
    QString reference;
    QString note;
    std::optional<qint64> occurredAtMs; ///< empty: now
};

struct RecordResult
{
    QString error; ///< empty on success
    domain::Movement movement;
    domain::StockLevel level; ///< the position's level after the movement

    bool ok() const { return error.isEmpty(); }
};

struct VerifyMismatch
{
    domain::StockPosition stored;
    domain::StockLevel folded;
};

/** The outcome of refolding the whole ledger against the stored levels. */
struct VerifyReport
{
    qint64 positionsChecked = 0;
    qint64 movementsFolded = 0;
    QList<VerifyMismatch> mismatches;
    QString error; ///< the check itself failed (I/O, corruption)

    bool ok() const { return error.isEmpty() && mismatches.isEmpty(); }
};

/**
 * The one place where the desktop and the CLI read and change the replica: look-ups, search,
 * recording movements (movement, level and outbox entry in one durable transaction), and
 * verification. Its interface is free of SQL so that the UI can use it.
 */
class InventoryService
{
public:
    using Clock = std::function<qint64()>;

    /** clock returns UTC milliseconds since the epoch; the default is the system clock. */
    InventoryService(ReplicaDatabase &db, Identity identity, Clock clock = {});
    ~InventoryService();
    InventoryService(const InventoryService &) = delete;
    InventoryService &operator=(const InventoryService &) = delete;

    const Identity &identity() const;
    /** Records from now on as this user (who signed in to central), on the same device. */
    void setUser(const QString &user);
    qint64 now() const;

    // Set-up
    QString homeLocation() const;
    bool setHomeLocation(const QString &code, QString *error);
    bool addLocation(const domain::Location &location, bool own, QString *error);
    /** Validates and stores products in one transaction; nothing is stored on error. */
    bool upsertProducts(const QList<domain::Product> &products, QString *error);

    // Queries
    QList<domain::Location> locations() const;
    QStringList ownLocations() const;
    std::optional<domain::Product> findProduct(const QString &skuOrBarcode) const;
    QList<domain::Product> products() const;
    /** Products whose SKU, barcode, name or category contains text (case-insensitive). */
    QList<domain::Product> search(const QString &text, int limit = 50) const;
    QList<domain::StockPosition> levelsAt(const QString &location) const;
    std::optional<domain::StockPosition> level(const QString &location, const QString &sku) const;
    /** The SKU's level at every location that has one. */
    QList<domain::StockPosition> availability(const QString &sku) const;
    /** The position's movements, newest first. */
    QList<domain::Movement> history(const QString &location, const QString &sku,
                                    int limit = 200) const;
    qint64 pendingChanges() const;
    /** Visits the ledger of one own location (every own one when empty) in SKU, time order. */
    void forEachMovement(const QString &location,
                         const std::function<void(const domain::Movement &)> &visit) const;

    // Changes
    RecordResult record(const RecordRequest &request);
    /**
     * Validates and records local movements in one transaction, each with an outbox entry;
     * on any error nothing is recorded and *error names the movement.
     */
    bool recordMovements(const QList<domain::Movement> &movements, QString *error);
    /**
     * The same, with more work of the caller's in the same transaction (a discrepancy's
     * resolution and the movements it posts): all of it is kept, or none.
     */
    bool recordMovements(const QList<domain::Movement> &movements,
                         const std::function<bool(QString *)> &alongside, QString *error);

    /** Refolds every ledger and compares it with the stored levels. */
    VerifyReport verify() const;

    ReplicaDatabase &database();

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace stockroom::replica
