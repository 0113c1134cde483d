#pragma once

#include "centralledger.h"
#include "centralstore.h"
#include "sops.h"
#include "sqlstatement.h"
#include "sqltransaction.h"

namespace stockroom::server {

/**
 * Central's SOP library (issue 7): publishes versions, stores acknowledgements and training
 * sessions, and reports who has read a version. Each is a change of the feed (chain-wide,
 * location ""), appended in a Sequenced transaction like movements, so every desktop gets them
 * in seq order with the same guarantees: idempotent by id, a reused id with another body
 * refused as a conflict.
 */
class SopLedger
{
public:
    explicit SopLedger(const SqlConnection &connection);

    /** The change id of a published version: the same on every server. */
    static QUuid versionChangeId(const QString &sopId, int version);

    /**
     * Parses and stores SOP files as new versions, all in one transaction: refused as a whole
     * (with *badInput set and nothing stored) when a file is malformed ("FILE:LINE: …"), when
     * its version is older than the latest published one, or reuses a published version number
     * with other content; a file published before as it is comes back unchanged.
     */
    std::optional<QList<protocol::PublishSopResponse>>
    publish(const QList<protocol::PublishSopRequest> &requests, const Principal &principal,
            qint64 nowMs, bool *badInput, QString *error);

    /** Acknowledgements and training sessions of a push, each with its outcome, in order. */
    QList<StoredChange> push(const QList<protocol::ChangeEnvelope> &changes,
                             const Principal &principal, qint64 receivedAtMs, QString *error);

    /** Every published version of one SOP (all SOPs when sopId is empty), oldest first. */
    QList<protocol::SopVersion> versions(const QString &sopId, QString *error);

    /**
     * Who has and has not acknowledged a version (the latest when version is 0), among the
     * enabled users it is meant for and, for a principal bound to locations, at those
     * locations. Nothing with *error set when there is no such version.
     */
    std::optional<protocol::SopAcknowledgementReport>
    acknowledgements(const QString &sopId, int version, const Principal &principal,
                     QString *error);

private:
    struct Known
    {
        qint64 seq = 0;
        QString kind;
        QString body;
    };
    bool latestSeq(qint64 *seq, QString *error);
    bool findStored(const QList<QUuid> &ids, QHash<QUuid, Known> *stored, QString *error);
    /** The published version numbers of the SOPs the batch names. */
    bool publishedVersions(QSet<QString> *published, QString *error);

    SqlConnection m_connection;
    SqlStatement m_latestSeq;
    SqlStatement m_stored;
    ChangeInsert m_insertChanges;
    SqlStatement m_latestVersion;
    SqlStatement m_version;
    SqlStatement m_insertVersion;
    SqlStatement m_allVersions;
    SqlStatement m_insertAck;
};

} // namespace stockroom::server
