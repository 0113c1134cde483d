#pragma once

#include <QRandomGenerator>

#include <chrono>

namespace stockroom::sync {

/**
 * Retry delays while the central IMS is unreachable: exponential growth up to a cap, with
 * "full jitter" so that a chain's desktops do not all reconnect in the same instant.
 */
class Backoff
{
public:
    using Duration = std::chrono::milliseconds;

    /** The generator is borrowed; tests pass a seeded one. */
    Backoff(Duration initial, Duration maximum, QRandomGenerator *random);

    /** The delay before the next attempt, drawn from [initial / 2, ceiling]. */
    Duration nextDelay();
    /** The upper bound the next delay is drawn under. */
    Duration currentCeiling() const { return m_ceiling; }
    int failures() const { return m_failures; }
    /** After a success: start again from the initial delay. */
    void reset();

private:
    Duration m_initial;
    Duration m_maximum;
    Duration m_ceiling;
    int m_failures = 0;
    QRandomGenerator *m_random;
};

} // namespace stockroom::sync
