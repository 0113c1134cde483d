#include "syncstatus.h"

namespace stockroom::domain {

QString syncStateName(SyncStatus::State state)
{
    switch (state) {
    case SyncStatus::State::NotConnected:
        return QStringLiteral("not_connected");
    case SyncStatus::State::Offline:
        return QStringLiteral("offline");
    case SyncStatus::State::Connecting:
        return QStringLiteral("connecting");
    case SyncStatus::State::Online:
        return QStringLiteral("online");
    }
    Q_UNREACHABLE();
}

} // namespace stockroom::domain
