#pragma once

// The writers of changes.cpp that the snapshot page (messages.cpp) shares. Internal to
// sync/protocol.

#include "changes.h"
#include "jsonwriter.h"

namespace stockroom::protocol {

/** Writes a movement as encodeMovement() encodes it (keys in another order). */
void writeMovement(JsonWriter &out, const domain::Movement &movement);
/** Writes the feed's "changes" array as encodeFeedPage() encodes it. */
void writeFeedChanges(JsonWriter &out, const QList<FeedChange> &changes);

} // namespace stockroom::protocol
