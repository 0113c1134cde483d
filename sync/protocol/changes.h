#pragma once

#include "apierror.h"
#include "decodeerror.h"
#include "discrepancy.h"
#include "movement.h"
#include "sopactivity.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace stockroom::protocol {

/** A movement on the wire (times are UTC milliseconds since the epoch). */
QJsonObject encodeMovement(const domain::Movement &movement);
/**
 * The same movement as compact JSON text, written without a QJsonObject (for the hot paths:
 * the bodies central stores, push batches, feed and snapshot pages). Its keys may come in
 * another order than QJsonDocument writes them.
 */
QByteArray encodeMovementJson(const domain::Movement &movement);
/**
 * The feed's and the snapshot's form of a movement central stored as encodeMovementJson wrote it
 * (without a server seq): that text with `"server_seq":seq` added, without decoding it. Empty
 * when the text is not an object or holds a server seq already; decode it then.
 */
QByteArray movementJsonWithSeq(QByteArrayView stored, qint64 seq);
/**
 * A movement from its JSON text: decodeMovement of the text's object (an empty one when the
 * text is no JSON object), read straight from the bytes when it is plain.
 */
std::optional<domain::Movement> decodeMovementJson(const QByteArray &json, DecodeError *error);
std::optional<domain::Movement> decodeMovement(const QJsonObject &json, const QString &path,
                                               DecodeError *error);

/** A discrepancy raised at central (negative stock, oversell, rejected change). */
struct DiscrepancyNotice
{
    QUuid id;
    QString type; ///< "negative_stock", "oversell", "rejected_change"
    QString location;
    QString sku;
    qint64 expected = 0;
    qint64 actual = 0;
    QString reason;
    QUuid sourceChange; ///< the change that raised it
    qint64 createdAtMs = 0;

    friend bool operator==(const DiscrepancyNotice &, const DiscrepancyNotice &) = default;
};

QJsonObject encodeDiscrepancy(const DiscrepancyNotice &notice);
std::optional<DiscrepancyNotice> decodeDiscrepancy(const QJsonObject &json, const QString &path,
                                                   DecodeError *error);

/**
 * One entry of a discrepancy's log on the wire. Every event carries its discrepancy's location
 * (the scope the server checks); a created event also says what the discrepancy is about.
 */
QJsonObject encodeDiscrepancyEvent(const domain::DiscrepancyEvent &event);
std::optional<domain::DiscrepancyEvent>
decodeDiscrepancyEvent(const QJsonObject &json, const QString &path, DecodeError *error);

/** An SOP acknowledgement on the wire: {"sop", "version", "user", "device", "at"} and its id. */
QJsonObject encodeSopAcknowledgement(const domain::SopAcknowledgement &ack);
std::optional<domain::SopAcknowledgement>
decodeSopAcknowledgement(const QJsonObject &json, const QString &path, DecodeError *error);

/** A training session on the wire (attendees a list of names, outcome "passed"|"needs_practice").
 */
QJsonObject encodeTrainingSession(const domain::TrainingSession &session);
std::optional<domain::TrainingSession>
decodeTrainingSession(const QJsonObject &json, const QString &path, DecodeError *error);

/**
 * One published version of an SOP, as central keeps it: the Markdown file as it was published
 * (front matter included), so that every desktop parses and shows exactly the same document.
 */
struct SopVersion
{
    QString id;
    int version = 0;
    QString fileName; ///< the file it was published from, for error messages
    QString text;
    qint64 publishedAtMs = 0;
    QString publishedBy;

    friend bool operator==(const SopVersion &, const SopVersion &) = default;
};

QJsonObject encodeSopVersion(const SopVersion &sop);
std::optional<SopVersion> decodeSopVersion(const QJsonObject &json, const QString &path,
                                           DecodeError *error);

/**
 * One change in a push batch: {"kind": "movement", "id": UUID, "movement": {...}} or
 * {"kind": "discrepancy_event", "id": UUID, "event": {...}},
 * {"kind": "sop_ack", "id": UUID, "ack": {...}} or
 * {"kind": "training_session", "id": UUID, "training": {...}}. A kind the server does not know
 * is rejected item by item.
 */
struct ChangeEnvelope
{
    QString kind;
    QUuid id;
    std::optional<domain::Movement> movement;
    std::optional<domain::DiscrepancyEvent> discrepancyEvent;
    /** Set when this item could not be decoded: it is rejected with this reason. */
    QString problem;
    std::optional<domain::SopAcknowledgement> sopAck;
    std::optional<domain::TrainingSession> training;
};

struct PushRequest
{
    QString device;
    QList<ChangeEnvelope> changes;
};

QByteArray encodePushRequest(const PushRequest &request);
/** Fails only when the batch itself is unreadable; bad items come back with a problem. */
std::optional<PushRequest> decodePushRequest(const QByteArray &json, DecodeError *error);

enum class PushStatus { Accepted, Duplicate, Rejected };
QString pushStatusName(PushStatus status);

struct PushItemResult
{
    QUuid id;
    PushStatus status = PushStatus::Rejected;
    qint64 seq = 0; ///< the change's server_seq (accepted and duplicate)
    QString reason; ///< why it was rejected

    friend bool operator==(const PushItemResult &, const PushItemResult &) = default;
};

struct PushResponse
{
    QList<PushItemResult> results; ///< in the order of the request
    qint64 serverTimeMs = 0;
    /** Set with a 409: a change reused an id with another body; the others were stored. */
    std::optional<ApiError> error;
};

QByteArray encodePushResponse(const PushResponse &response);
std::optional<PushResponse> decodePushResponse(const QByteArray &json, DecodeError *error);

/** One entry of the change feed, in seq order. */
struct FeedChange
{
    qint64 seq = 0;
    /**
     * "movement", "discrepancy" (raised by central), "discrepancy_event", and the chain-wide
     * (location "") "sop_version", "sop_ack" and "training_session".
     */
    QString kind;
    QUuid id;
    QString location;
    qint64 receivedAtMs = 0;
    std::optional<domain::Movement> movement;
    std::optional<DiscrepancyNotice> discrepancy;
    std::optional<domain::DiscrepancyEvent> discrepancyEvent;
    std::optional<SopVersion> sopVersion;
    std::optional<domain::SopAcknowledgement> sopAck;
    std::optional<domain::TrainingSession> training;
};

struct FeedPage
{
    QList<FeedChange> changes;
    qint64 next = 0;      ///< the cursor to ask with next time (after=next)
    qint64 latestSeq = 0; ///< the newest seq at the server when answering
};

QByteArray encodeFeedPage(const FeedPage &page);
std::optional<FeedPage> decodeFeedPage(const QByteArray &json, DecodeError *error);

} // namespace stockroom::protocol
