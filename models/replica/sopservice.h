#pragma once

#include "inventoryservice.h"
#include "sopactivity.h"
#include "sopdocument.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <functional>
#include <optional>

namespace stockroom::replica {

class ReplicaDatabase;

/** One SOP file to import: its name (for error messages and provenance) and its bytes. */
struct SopFile
{
    QString fileName;
    QByteArray bytes;
};

/** One stored version of an SOP: the document and where and when it came from. */
struct StoredSop
{
    domain::SopDocument document;
    qint64 publishedAtMs = 0;
    /** The file it was imported from, or "central" for a version the sync feed brought. */
    QString source;
};

/** One ranked full-text match. */
struct SopSearchHit
{
    QString id;
    int version = 0;
    QString title;
    /**
     * A short excerpt of the best-matching column; every matched term is wrapped between
     * SopService::highlightStart and SopService::highlightEnd.
     */
    QString snippet;
    /** FTS5's bm25 rank: lower is better. */
    double rank = 0;
};

using domain::SopAcknowledgement;
using domain::TrainingOutcome;
using domain::TrainingSession;
using domain::trainingOutcomeFromName;
using domain::trainingOutcomeName;

/**
 * The replica's SOP library (issue 7): stores versions (all or nothing per import), lists,
 * searches (FTS5, ranked) and reads them, and records acknowledgements and training sessions,
 * each with its outbox entry in one transaction so that they sync up. Its interface is free of
 * SQL so that the SOPs page and the CLI both use it.
 */
class SopService
{
public:
    using Clock = std::function<qint64()>;

    /** Around matched terms in SopSearchHit::snippet; neither appears in SOP text. */
    static constexpr QChar highlightStart = QChar(0x0002);
    static constexpr QChar highlightEnd = QChar(0x0003);
    /** The snippet with the markers replaced by open and close (e.g. "<b>" and "</b>"). */
    static QString highlighted(const QString &snippet, const QString &open, const QString &close);

    SopService(ReplicaDatabase &db, Identity identity, Clock clock = {});

    qint64 now() const;
    const Identity &identity() const { return m_identity; }
    /** Acknowledgements and trainings from now on are this user's (after a sign-in). */
    void setUser(const QString &user) { m_identity.user = user; }

    /**
     * Parses every file and stores the new versions in one transaction; on any error nothing is
     * stored and *error is one line naming the file ("FILE:LINE: message" for a malformed one).
     * A version already stored with the same content is skipped; the same version with other
     * content, or a version older than the latest stored one, is refused. Returns how many
     * versions were added.
     */
    std::optional<int> importDocuments(const QList<SopFile> &files, QString *error);

    /** The latest version of each SOP, by title; role and tag filter when not empty. */
    QList<StoredSop> list(const QString &role = {}, const QString &tag = {}) const;
    /** One version; the latest when version is 0. */
    std::optional<StoredSop> get(const QString &id, int version = 0) const;
    /** Every stored version of one SOP, newest first. */
    QList<StoredSop> history(const QString &id) const;
    /** The latest stored version number of id, 0 when there is none. */
    int latestVersion(const QString &id) const;

    /**
     * Ranked matches among the latest versions, best first: title weighs more than tags, tags
     * more than body. Any user text is safe (quotes, "*", "-", OR are searched as plain words);
     * text without a word finds nothing.
     */
    QList<SopSearchHit> search(const QString &text, int limit = 20) const;

    /**
     * This user's acknowledgement of a version (the latest when version is 0); only the latest
     * version can be acknowledged. Acknowledging again is a no-op that succeeds.
     */
    bool acknowledge(const QString &id, int version, QString *error);
    QList<SopAcknowledgement> whoAcknowledged(const QString &id, int version) const;
    /**
     * The latest versions meant for role (or for every role) that user has not acknowledged:
     * a new version asks again.
     */
    QList<StoredSop> toRead(const QString &user, const QString &role) const;

    /**
     * Records a training session on a stored version (the latest when version is 0): a trainer,
     * at least one attendee, each named once, notes of at most 4000 characters. Returns its id.
     */
    std::optional<QUuid> recordTraining(const QString &id, int version, const QString &trainer,
                                        const QStringList &attendees, TrainingOutcome outcome,
                                        const QString &notes, QString *error);
    QList<TrainingSession> trainingSessions(const QString &id) const;

    /** One stored acknowledgement or training session (for the push of an outbox entry). */
    std::optional<SopAcknowledgement> acknowledgement(const QUuid &ackId) const;
    std::optional<TrainingSession> trainingSession(const QUuid &sessionId) const;

private:
    bool inTransaction(const std::function<bool(QString *)> &work, QString *error);

    ReplicaDatabase &m_db;
    Identity m_identity;
    Clock m_clock;
};

} // namespace stockroom::replica
