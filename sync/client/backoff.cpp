#include "backoff.h"

#include <algorithm>

namespace stockroom::sync {

Backoff::Backoff(Duration initial, Duration maximum, QRandomGenerator *random)
    : m_initial(std::max(initial, Duration(1)))
    , m_maximum(std::max(maximum, m_initial))
    , m_ceiling(m_initial)
    , m_random(random)
{
    Q_ASSERT(random);
}

Backoff::Duration Backoff::nextDelay()
{
    const qint64 floor = m_initial.count() / 2;
    const qint64 delay = floor + qint64(m_random->bounded(quint64(m_ceiling.count() - floor + 1)));
    ++m_failures;
    m_ceiling = std::min(m_ceiling * 2, m_maximum);
    return Duration(delay);
}

void Backoff::reset()
{
    m_failures = 0;
    m_ceiling = m_initial;
}

} // namespace stockroom::sync
