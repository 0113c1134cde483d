#include "mainwindow.h"
#include "syncpanel.h"
#include "syncstatuslabel.h"

#include <QAction>
#include <QDockWidget>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using stockroom::domain::SyncStatus;
using stockroom::ui::MainWindow;
using stockroom::ui::SyncPanel;

namespace {

QString labelText(const QWidget *parent, const char *name)
{
    const auto *label = parent->findChild<QLabel *>(QLatin1StringView(name));
    return label ? label->text() : QStringLiteral("<no %1>").arg(QLatin1StringView(name));
}

SyncStatus makeStatus(SyncStatus::State state, qint64 pending, const QString &error)
{
    SyncStatus status;
    status.state = state;
    status.pendingChanges = pending;
    status.lastError = error;
    return status;
}

} // namespace

/** The Sync view and its place in the window: status, activity, Sync now, sign-in, clock. */
class TestSyncPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void showsStatus_data();
    void showsStatus();
    void showsLastSuccessfulSync();
    void syncNowEmitsItsSignal();
    void syncNowIsOfferedOnlyWhenConfigured();
    void activityIsNewestFirstAndCollapsesRepeats();
    void activityIsBounded();
    void clockWarningBeyondTwoMinutes_data();
    void clockWarningBeyondTwoMinutes();
    void windowOpensSyncViewFromMenuAndStatusBar();
    void windowShowsSignedInUserClockAndProgress();
    void windowFileMenuOffersConnect();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
};

void TestSyncPanel::init()
{
    m_settings = std::make_unique<QSettings>(
        m_dir.filePath(QStringLiteral("%1.ini").arg(QTest::currentTestFunction())),
        QSettings::IniFormat);
}

void TestSyncPanel::showsStatus_data()
{
    QTest::addColumn<SyncStatus>("status");
    QTest::addColumn<QString>("state");
    QTest::addColumn<QString>("pending");
    QTest::addColumn<QString>("error");

    QTest::newRow("not connected") << makeStatus(SyncStatus::State::NotConnected, 0, {})
                                   << "Not connected: this replica works on its own"
                                   << "no changes waiting to be sent"
                                   << "none";
    QTest::newRow("offline with pending and error")
        << makeStatus(SyncStatus::State::Offline, 3, QStringLiteral("Connection refused"))
        << "Offline: the server does not answer; retrying"
        << "3 change(s) waiting to be sent"
        << "Connection refused";
    QTest::newRow("online, one pending") << makeStatus(SyncStatus::State::Online, 1, {}) << "Online"
                                         << "1 change(s) waiting to be sent"
                                         << "none";
    QTest::newRow("connecting") << makeStatus(SyncStatus::State::Connecting, 0, {}) << "Connecting…"
                                << "no changes waiting to be sent"
                                << "none";
    QTest::newRow("untrusted certificate")
        << makeStatus(SyncStatus::State::Offline, 0,
                      QStringLiteral("the server's TLS certificate is not trusted: The "
                                     "certificate is self-signed, and untrusted"))
        << "Offline: the server does not answer; retrying"
        << "no changes waiting to be sent"
        << "the server's TLS certificate is not trusted: The certificate is self-signed, and "
           "untrusted";
}

void TestSyncPanel::showsStatus()
{
    QFETCH(SyncStatus, status);
    QFETCH(QString, state);
    QFETCH(QString, pending);
    QFETCH(QString, error);

    SyncPanel panel;
    panel.show();
    panel.setStatus(status);
    QCOMPARE(panel.status(), status);
    QCOMPARE(labelText(&panel, "stateLabel"), state);
    QCOMPARE(labelText(&panel, "pendingLabel"), pending);
    QCOMPARE(labelText(&panel, "lastErrorLabel"), error);
    QCOMPARE(labelText(&panel, "lastSyncLabel"), QStringLiteral("never"));
    QCOMPARE(labelText(&panel, "accountLabel"), QStringLiteral("nobody"));
}

void TestSyncPanel::showsLastSuccessfulSync()
{
    SyncPanel panel;
    SyncStatus status = makeStatus(SyncStatus::State::Online, 0, {});
    status.lastSuccessfulSync = QDateTime(QDate(2024, 3, 5), QTime(14, 30), Qt::UTC);
    panel.setStatus(status);
    QCOMPARE(labelText(&panel, "lastSyncLabel"),
             QLocale().toString(status.lastSuccessfulSync.toLocalTime(), QLocale::LongFormat));
}

void TestSyncPanel::syncNowEmitsItsSignal()
{
    SyncPanel panel;
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.setStatus(makeStatus(SyncStatus::State::Offline, 2, QStringLiteral("timeout")));
    QSignalSpy requested(&panel, &SyncPanel::syncNowRequested);
    auto *button = panel.findChild<QPushButton *>(QStringLiteral("syncNowButton"));
    QVERIFY(button);
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(requested.count(), 1);
}

void TestSyncPanel::syncNowIsOfferedOnlyWhenConfigured()
{
    SyncPanel panel;
    panel.show();
    QSignalSpy syncRequested(&panel, &SyncPanel::syncNowRequested);
    QSignalSpy connectRequested(&panel, &SyncPanel::connectRequested);
    auto *syncButton = panel.findChild<QPushButton *>(QStringLiteral("syncNowButton"));
    auto *connectButton = panel.findChild<QPushButton *>(QStringLiteral("signInButton"));
    QVERIFY(syncButton && connectButton);

    QVERIFY(!syncButton->isEnabled());
    QTest::mouseClick(syncButton, Qt::LeftButton);
    QCOMPARE(syncRequested.count(), 0);
    QCOMPARE(connectButton->text(), QStringLiteral("&Connect…"));
    QTest::mouseClick(connectButton, Qt::LeftButton);
    QCOMPARE(connectRequested.count(), 1);

    panel.setStatus(makeStatus(SyncStatus::State::Online, 0, {}));
    QVERIFY(syncButton->isEnabled());
    QCOMPARE(connectButton->text(), QStringLiteral("Sign In &Again…"));
}

void TestSyncPanel::activityIsNewestFirstAndCollapsesRepeats()
{
    SyncPanel panel;
    const QDateTime t0(QDate(2024, 3, 5), QTime(9, 0, 0));
    panel.addActivity(QStringLiteral("pushed 3 change(s)"), t0);
    panel.addActivity(QStringLiteral("offline: Connection refused"), t0.addSecs(5));
    panel.addActivity(QStringLiteral("offline: Connection refused"), t0.addSecs(12));
    panel.addActivity(QStringLiteral("offline: Connection refused"), t0.addSecs(30));
    QCOMPARE(panel.activity(),
             (QStringList{QStringLiteral("09:00:30  offline: Connection refused (3 times)"),
                          QStringLiteral("09:00:00  pushed 3 change(s)")}));
    panel.addActivity(QStringLiteral("online"), t0.addSecs(31));
    panel.addActivity(QStringLiteral("pulled changes up to #12"), t0.addSecs(31));
    QCOMPARE(panel.activity(),
             (QStringList{QStringLiteral("09:00:31  pulled changes up to #12"),
                          QStringLiteral("09:00:31  online"),
                          QStringLiteral("09:00:30  offline: Connection refused (3 times)"),
                          QStringLiteral("09:00:00  pushed 3 change(s)")}));
    auto *list = panel.findChild<QListWidget *>(QStringLiteral("activityListWidget"));
    QVERIFY(list);
    QCOMPARE(list->count(), 4);
}

void TestSyncPanel::activityIsBounded()
{
    SyncPanel panel;
    const QDateTime t0(QDate(2024, 3, 5), QTime(9, 0, 0));
    for (int i = 0; i < SyncPanel::maximumActivity + 10; ++i)
        panel.addActivity(QStringLiteral("line %1").arg(i), t0);
    const QStringList lines = panel.activity();
    QCOMPARE(lines.size(), SyncPanel::maximumActivity);
    QCOMPARE(lines.constFirst(),
             QStringLiteral("09:00:00  line %1").arg(SyncPanel::maximumActivity + 9));
    QCOMPARE(lines.constLast(), QStringLiteral("09:00:00  line 10"));
}

void TestSyncPanel::clockWarningBeyondTwoMinutes_data()
{
    QTest::addColumn<qint64>("offsetMs");
    QTest::addColumn<QString>("warning");
    const QString tail = QStringLiteral(" the server's; correct it, or changes near a count will "
                                        "be flagged for review.");
    QTest::newRow("in step") << qint64(0) << QString();
    QTest::newRow("two minutes behind, tolerated") << qint64(120'000) << QString();
    QTest::newRow("two minutes ahead, tolerated") << qint64(-120'000) << QString();
    QTest::newRow("three minutes behind")
        << qint64(180'500) << QStringLiteral("This computer's clock is 3 minute(s) behind") + tail;
    QTest::newRow("an hour ahead")
        << qint64(-3'600'000)
        << QStringLiteral("This computer's clock is 60 minute(s) ahead of") + tail;
}

void TestSyncPanel::clockWarningBeyondTwoMinutes()
{
    QFETCH(qint64, offsetMs);
    QFETCH(QString, warning);
    QCOMPARE(SyncPanel::clockWarning(offsetMs), warning);

    SyncPanel panel;
    panel.show();
    panel.setClockOffset(offsetMs);
    auto *label = panel.findChild<QLabel *>(QStringLiteral("clockLabel"));
    QVERIFY(label);
    QCOMPARE(label->text(), warning);
    QCOMPARE(label->isVisible(), !warning.isEmpty());
}

void TestSyncPanel::windowOpensSyncViewFromMenuAndStatusBar()
{
    MainWindow window(m_settings.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *dock = window.findChild<QDockWidget *>(QStringLiteral("syncDockWidget"));
    QVERIFY(dock);
    QCOMPARE(dock->widget(), window.syncPanel());
    QVERIFY(!dock->isVisible());

    auto *action = window.findChild<QAction *>(QStringLiteral("syncViewAction"));
    QVERIFY(action);
    auto *viewMenu = window.findChild<QMenu *>(QStringLiteral("viewMenu"));
    QVERIFY(viewMenu);
    QVERIFY(viewMenu->actions().contains(action));
    action->trigger();
    QVERIFY(dock->isVisible());
    action->trigger();
    QVERIFY(!dock->isVisible());

    auto *status
        = window.findChild<stockroom::ui::SyncStatusLabel *>(QStringLiteral("syncStatusLabel"));
    QVERIFY(status);
    QTest::mouseClick(status, Qt::LeftButton);
    QVERIFY(dock->isVisible());

    SyncStatus offline = makeStatus(SyncStatus::State::Offline, 4, QStringLiteral("timed out"));
    window.setSyncStatus(offline);
    QCOMPARE(window.syncPanel()->status(), offline);
    QCOMPARE(status->toolTip(), QStringLiteral("Last error: timed out"));

    QSignalSpy syncRequested(window.syncPanel(), &SyncPanel::syncNowRequested);
    QTest::mouseClick(window.syncPanel()->findChild<QPushButton *>(QStringLiteral("syncNowButton")),
                      Qt::LeftButton);
    QCOMPARE(syncRequested.count(), 1);
}

void TestSyncPanel::windowShowsSignedInUserClockAndProgress()
{
    MainWindow window(m_settings.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *account = window.findChild<QLabel *>(QStringLiteral("signedInLabel"));
    auto *clock = window.findChild<QLabel *>(QStringLiteral("clockWarningLabel"));
    auto *progressLabel = window.findChild<QLabel *>(QStringLiteral("syncProgressLabel"));
    auto *progressBar = window.findChild<QProgressBar *>(QStringLiteral("syncProgressBar"));
    QVERIFY(account && clock && progressLabel && progressBar);
    QVERIFY(!account->isVisible());
    QVERIFY(!clock->isVisible());
    QVERIFY(!progressBar->isVisible());

    window.setSignedIn(QStringLiteral("http://127.0.0.1:18181"), QStringLiteral("anna"),
                       QStringLiteral("store_manager"),
                       {QStringLiteral("S01"), QStringLiteral("S02")});
    QVERIFY(account->isVisible());
    QCOMPARE(account->text(), QStringLiteral("anna · Store manager · S01, S02"));
    QCOMPARE(labelText(window.syncPanel(), "accountLabel"),
             QStringLiteral("anna (Store manager) at http://127.0.0.1:18181, S01, S02"));
    window.setSignedIn(QStringLiteral("http://ims"), QStringLiteral("hq"), QStringLiteral("admin"),
                       {});
    QCOMPARE(account->text(), QStringLiteral("hq · Administrator · all locations"));

    window.setClockOffset(-5 * 60'000);
    QVERIFY(clock->isVisible());
    QCOMPARE(clock->text(), QStringLiteral("Clock off by 5 minute(s)"));
    QCOMPARE(clock->toolTip(), SyncPanel::clockWarning(-5 * 60'000));
    window.setClockOffset(1000);
    QVERIFY(!clock->isVisible());

    window.setSyncProgress(QStringLiteral("Downloading the inventory: page 3"));
    QVERIFY(progressBar->isVisible());
    QCOMPARE(progressLabel->text(), QStringLiteral("Downloading the inventory: page 3"));
    QCOMPARE(progressBar->maximum(), 0);
    window.setSyncProgress({});
    QVERIFY(!progressBar->isVisible());
    QVERIFY(!progressLabel->isVisible());
}

void TestSyncPanel::windowFileMenuOffersConnect()
{
    MainWindow window(m_settings.get());
    window.show();
    window.showSyncView();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy requested(&window, &MainWindow::connectRequested);
    auto *action = window.findChild<QAction *>(QStringLiteral("connectAction"));
    QVERIFY(action);
    QCOMPARE(action->text(), QStringLiteral("&Connect to Central IMS…"));
    action->trigger();
    QCOMPARE(requested.count(), 1);
    QTest::mouseClick(window.syncPanel()->findChild<QPushButton *>(QStringLiteral("signInButton")),
                      Qt::LeftButton);
    QCOMPARE(requested.count(), 2);
}

QTEST_MAIN(TestSyncPanel)
#include "tst_syncpanel.moc"
