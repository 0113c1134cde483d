#pragma once

#include "movement.h"
#include "stockposition.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace stockroom::chaos {

/** What one stockroom-cli replica holds after the run, read from its SQLite file. */
struct ReplicaContents
{
    QStringList ownLocations;
    QList<domain::StockPosition> levels; ///< every stored level row
    QList<domain::Movement> ledger;      ///< every movement kept locally
    qint64 pending = 0;                  ///< outbox entries
    QStringList problems; ///< open discrepancies sync raised: "type location sku: reason"
};

/**
 * Reads a replica file with plain SQL, independently of the replica library under test, once no
 * stockroom-cli process has it open any more.
 */
std::optional<ReplicaContents> readReplica(const QString &path, QString *error);

} // namespace stockroom::chaos
