#pragma once

#include <QDateTime>
#include <QUuid>

#include <optional>

namespace stockroom::domain {

/**
 * A new id for a change recorded here (movement, discrepancy event, SOP acknowledgement,
 * training session): a UUID of version 7 (RFC 9562), the Unix time in milliseconds followed by
 * 74 random bits. Ids made in later milliseconds sort after earlier ones (within one millisecond
 * their order is random), so the indexes keyed by them (central's idempotency index, the
 * replica's movements) grow at their right edge instead of dirtying a random page per record.
 */
QUuid newChangeId(qint64 nowMs = QDateTime::currentMSecsSinceEpoch());

/** The Unix time in milliseconds a version 7 id carries; nullopt for another version. */
std::optional<qint64> changeIdTime(const QUuid &id);

} // namespace stockroom::domain
