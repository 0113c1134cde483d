#pragma once

// The SQL of the replica's SOP tables, shared by SopService (the library) and SyncStore (what
// the sync feed brings and the outbox pushes). Internal to models/replica.

#include "jsonlist.h"
#include "sopservice.h"

#include <QSqlDatabase>
#include <QSqlQuery>

namespace stockroom::replica::sopsql {

QStringList governsNames(const QList<domain::DiscrepancyType> &types);

extern const QString versionColumns;
extern const QString ackColumns;
extern const QString sessionColumns;

/** A sop_versions row (versionColumns) back to its document. */
StoredSop readVersion(const QSqlQuery &q);
/** Runs the query and reads every row (versionColumns). */
QList<StoredSop> readVersions(QSqlQuery &query);
SopAcknowledgement readAck(const QSqlQuery &q);
TrainingSession readSession(const QSqlQuery &q);

std::optional<SopAcknowledgement> findAck(const QSqlDatabase &db, const QUuid &id);
std::optional<TrainingSession> findSession(const QSqlDatabase &db, const QUuid &id);

/** Inserts one version; the caller has checked that it is new. */
bool insertVersion(const QSqlDatabase &db, const domain::SopDocument &d, qint64 publishedAtMs,
                   const QString &source, QString *error);
/**
 * A version as central published it: inserted, or — where a bundled or imported copy of the
 * same version differs — replaced by central's, which is the source (DESIGN.md §3), keeping the
 * search index of the latest version right.
 */
bool storeCentralVersion(const QSqlDatabase &db, const domain::SopDocument &d,
                         qint64 publishedAtMs, QString *error);
/**
 * An acknowledgement or training session the feed brought (another device's, or the echo of
 * ours: then only its server_seq is set). One of a version this replica does not have is
 * skipped: it cannot be shown, and a later bootstrap brings both.
 */
bool storeAck(const QSqlDatabase &db, const SopAcknowledgement &ack, QString *error);
bool storeSession(const QSqlDatabase &db, const TrainingSession &session, QString *error);
/** Where a stored version came from ("central", or the file it was imported from); empty: none. */
QString versionSource(const QSqlDatabase &db, const QString &sopId, int version);
/** Sets the server_seq of an acknowledgement or training session with this id. */
bool setServerSeq(const QSqlDatabase &db, const QUuid &id, qint64 seq, QString *error);
/** Removes the acknowledgement or training session with this id (central refused it). */
bool remove(const QSqlDatabase &db, const QUuid &id, QString *error);

} // namespace stockroom::replica::sopsql
