#pragma once

// The writers of changes.cpp that the snapshot page (messages.cpp) shares, and the decoders
// without their fast path. Internal to sync/protocol.

#include "changes.h"
#include "jsonwriter.h"
#include "messages.h"

namespace stockroom::protocol {

/** Writes a movement as encodeMovement() encodes it (keys in another order). */
void writeMovement(JsonWriter &out, const domain::Movement &movement);
/** Writes the feed's "changes" array as encodeFeedPage() encodes it. */
void writeFeedChanges(JsonWriter &out, const QList<FeedChange> &changes);

/**
 * The fast paths of decodePushRequest and decodeFeedPage (JsonScanner): the messages as this
 * codec writes them, movements only; nullopt for anything else. And the decoders without them,
 * every message through QJsonDocument. The tests compare the two.
 */
std::optional<PushRequest> scanPushRequest(const QByteArray &json);
std::optional<domain::Movement> scanMovementJson(const QByteArray &json);
std::optional<FeedPage> scanFeedPage(const QByteArray &json);
std::optional<PushRequest> decodePushRequestFromDocument(const QByteArray &json,
                                                         DecodeError *error);
std::optional<FeedPage> decodeFeedPageFromDocument(const QByteArray &json, DecodeError *error);
/** The same for decodeSnapshotPage: levels and movements only, no discrepancies. */
std::optional<SnapshotPage> scanSnapshotPage(const QByteArray &json);
std::optional<SnapshotPage> decodeSnapshotPageFromDocument(const QByteArray &json,
                                                           DecodeError *error);

} // namespace stockroom::protocol
