#pragma once

#include "changes.h"
#include "decodeerror.h"
#include "messages.h"

#include <QByteArray>

#include <optional>

namespace stockroom::protocol {

/**
 * Decoders for the two messages that carry a chain's ledger — feed pages and snapshot pages —
 * that read the JSON text straight into movements and levels, without a QJsonDocument between.
 * They take only the common, plain form: ASCII strings without escapes, whole numbers without a
 * fraction or exponent, no nulls, no unknown or repeated keys, and only movements (no other kind
 * of change, no discrepancies). Anything else, valid or not, gives nullopt, and the caller
 * decodes the message through QJsonDocument instead, which also explains what is wrong with it.
 * Whatever they accept, the QJsonDocument decoders accept with the same result.
 */
namespace fast {
std::optional<FeedPage> decodeFeedPage(const QByteArray &json);
std::optional<SnapshotPage> decodeSnapshotPage(const QByteArray &json);
} // namespace fast

/** The QJsonDocument decoders, every form and every error (decodeFeedPage() falls back to). */
std::optional<FeedPage> decodeFeedPageFromDocument(const QByteArray &json, DecodeError *error);
std::optional<SnapshotPage> decodeSnapshotPageFromDocument(const QByteArray &json,
                                                           DecodeError *error);

} // namespace stockroom::protocol
