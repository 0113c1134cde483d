#pragma once

#include "syncstatus.h"

#include <QDateTime>
#include <QWidget>

class QFormLayout;
class QLabel;
class QListWidget;
class QPushButton;

namespace stockroom::ui {

/**
 * The Sync view: where this desktop stands with the central IMS (online or offline, who is
 * signed in, pending changes, last successful sync, last error, clock offset), what sync did
 * recently, and a "Sync now" button. It shows what it is given; the application feeds it.
 */
class SyncPanel : public QWidget
{
    Q_OBJECT

public:
    /** How many activity lines are kept; older ones scroll away. */
    static constexpr int maximumActivity = 100;

    explicit SyncPanel(QWidget *parent = nullptr);

    void setStatus(const domain::SyncStatus &status);
    const domain::SyncStatus &status() const { return m_status; }

    /** Who is signed in where; an empty user means nobody is. */
    void setAccount(const QString &server, const QString &user, const QString &role,
                    const QStringList &locations);
    /** Server time minus device time as last measured by sync. */
    void setClockOffset(qint64 offsetMs);

    /** Adds a line to the recent activity; a repeat of the newest line only updates it. */
    void addActivity(const QString &text, const QDateTime &when = QDateTime::currentDateTime());
    /** The activity lines as shown, newest first. */
    QStringList activity() const;

    /** The label of a server role name ("store_manager" → "Store manager"). */
    static QString roleTitle(const QString &role);
    /** "all locations" or the list of codes. */
    static QString locationsText(const QStringList &locations);
    /** A warning when the clock is off by more than DESIGN.md's two minutes, else "". */
    static QString clockWarning(qint64 offsetMs);

Q_SIGNALS:
    void syncNowRequested();
    void connectRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();

    domain::SyncStatus m_status;
    QString m_server;
    QString m_user;
    QString m_role;
    QStringList m_locations;
    qint64 m_clockOffsetMs = 0;
    QString m_lastActivity;
    int m_repeats = 0;

    QLabel *m_stateLabel;
    QLabel *m_accountLabel;
    QLabel *m_pendingLabel;
    QLabel *m_lastSyncLabel;
    QLabel *m_lastErrorLabel;
    QLabel *m_clockLabel;
    QFormLayout *m_form;
    QListWidget *m_activityList;
    QPushButton *m_syncNowButton;
    QPushButton *m_connectButton;
};

} // namespace stockroom::ui
