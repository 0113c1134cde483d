#pragma once

#include "centralreader.h"
#include "replicareader.h"

#include <QString>
#include <QStringList>

namespace stockroom::chaos {

/** One `stockroom-cli record` the test ran; its note is unique and names seed, client, op. */
struct RecordedOp
{
    int client = 0;
    QString note;
    QString what;           ///< "sale 2 × SKU at S01", for messages
    bool succeeded = false; ///< the command exited 0: the movement must exist everywhere
    QString outcome;        ///< how the command ended, when it failed
};

/** A replica after the run, with the name and scope the messages use. */
struct NamedReplica
{
    QString name;      ///< "c2 (maria, S01)"
    int client = -1;   ///< index into the clients; -1 for a replica made only to compare
    bool allLocations; ///< head office: compare every location, not only its own
    ReplicaContents contents;
};

/**
 * The assertions of the chaos test once everything is quiet. Each appends readable failures
 * (which replica, location and SKU; expected and actual) to *failures.
 */
namespace checks {

/** Central's levels equal the fold of central's ledger; the feed and the snapshot hold the
 * same movements, each once. */
void serverIsConsistent(const CentralState &central, QStringList *failures);

/** The replica is quiet (nothing pending, no rejected change, no digest mismatch), its levels
 * equal central's and its ledger of each own location holds exactly central's movements. */
void replicaEqualsServer(const NamedReplica &replica, const CentralState &central,
                         QStringList *failures);

/** Every record command succeeded (recording is local: no fault may stop it); every movement
 * the clients recorded is at central exactly once, with the same id and body as in the replica
 * that recorded it; central holds nothing else but the demo seed data (seqs up to demoSeq) and
 * raised no rejected_change. */
void movementsExactlyOnce(const QList<RecordedOp> &ops, const QList<NamedReplica> &replicas,
                          const CentralState &central, qint64 demoSeq, QStringList *failures);

} // namespace checks

} // namespace stockroom::chaos
