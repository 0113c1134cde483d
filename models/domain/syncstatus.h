#pragma once

#include <QDateTime>
#include <QString>

namespace stockroom::domain {

/** What the desktop knows about its link to the central IMS, for the status bar and CLI. */
struct SyncStatus
{
    enum class State {
        NotConnected, ///< no central IMS configured: the replica works on its own
        Offline,      ///< configured, but the server does not answer; retrying
        Connecting,
        Online,
    };

    State state = State::NotConnected;
    qint64 pendingChanges = 0;
    QDateTime lastSuccessfulSync;
    QString lastError;

    bool isOnline() const { return state == State::Online; }

    friend bool operator==(const SyncStatus &, const SyncStatus &) = default;
};

/** The stable machine name of a state ("not_connected", "online" ...), for JSON output. */
QString syncStateName(SyncStatus::State state);

} // namespace stockroom::domain
