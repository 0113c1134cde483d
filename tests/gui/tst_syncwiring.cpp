#include "connectdialog.h"
#include "countservice.h"
#include "inventorypage.h"
#include "inventoryservice.h"
#include "kpiservice.h"
#include "kpispage.h"
#include "mainwindow.h"
#include "replicadatabase.h"
#include "sopservice.h"
#include "sopspage.h"
#include "syncpanel.h"
#include "syncstatuslabel.h"
#include "syncwiring.h"

#include <QAction>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace stockroom;

namespace {

constexpr int networkTimeoutMs = 30000;

bool anyLineContains(const QStringList &lines, const QString &text)
{
    return std::any_of(lines.cbegin(), lines.cend(),
                       [&text](const QString &line) { return line.contains(text); });
}

/** The desktop's objects as main() assembles them, on one replica file. */
struct Desktop
{
    std::unique_ptr<replica::ReplicaDatabase> db;
    std::unique_ptr<replica::InventoryService> service;
    std::unique_ptr<QSettings> settings;
    std::unique_ptr<ui::MainWindow> window;
    ui::InventoryPage *page = nullptr;
    std::unique_ptr<SyncWiring> sync;
};

} // namespace

/**
 * The desktop's sync wiring against a real stockroomd on 127.0.0.1: sign-in through the Connect
 * dialog, bootstrap into an empty replica, a recorded movement pushed at once, the sign-in
 * resumed at the next start, offline shown when the server stops and recovered when it is back.
 */
class TestSyncWiring : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void connectThroughDialogBootstrapsAndPushes();
    void resumesAtStartAndSurvivesServerRestart();
    void publishedSopAsksForAcknowledgementThatReachesCentral();
    void kpisPageShowsChainFiguresFromCentral();
    void recordsAsTheSignedInUser();

private:
    /** Runs stockroomd with arguments on the test's central database; its stdout. */
    QString stockroomd(const QStringList &arguments);
    bool startServer();
    std::unique_ptr<Desktop> desktop();
    QStringList activity(Desktop &desktop) const;

    QTemporaryDir m_dir;
    QString m_database;
    QProcess m_server;
    QString m_url;
    quint16 m_port = 0;
};

bool TestSyncWiring::startServer()
{
    m_server.setProcessChannelMode(QProcess::SeparateChannels);
    m_server.start(QStringLiteral(STOCKROOMD_PATH),
                   {QStringLiteral("serve"), QStringLiteral("--listen"),
                    QStringLiteral("127.0.0.1:%1").arg(m_port), QStringLiteral("--database"),
                    m_database});
    if (!m_server.waitForStarted())
        return false;
    const QRegularExpression listening(
        QStringLiteral("listening on (http://127\\.0\\.0\\.1:(\\d+))"));
    QString banner;
    QElapsedTimer timer;
    timer.start();
    while (!listening.match(banner).hasMatch() && timer.elapsed() < 20000) {
        m_server.waitForReadyRead(200);
        banner += QString::fromUtf8(m_server.readAllStandardOutput());
    }
    const auto match = listening.match(banner);
    if (!match.hasMatch())
        return false;
    m_url = match.captured(1);
    m_port = quint16(match.captured(2).toUInt()); // the same port again after a restart
    return true;
}

void TestSyncWiring::initTestCase()
{
    m_database = QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("central.db"));
    QFile password(m_dir.filePath(QStringLiteral("pw")));
    QVERIFY(password.open(QIODevice::WriteOnly));
    password.write("wiring-test-pw\n");
    password.close();
    const auto run = [this](const QStringList &arguments) {
        QProcess process;
        process.start(QStringLiteral(STOCKROOMD_PATH),
                      arguments + QStringList{QStringLiteral("--database"), m_database});
        return process.waitForFinished(60000) && process.exitCode() == 0;
    };
    QVERIFY(run({QStringLiteral("demo"), QStringLiteral("--scale"), QStringLiteral("small")}));
    QVERIFY(run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("hq"),
                 QStringLiteral("--role"), QStringLiteral("admin"),
                 QStringLiteral("--password-file"), password.fileName()}));
    QVERIFY(startServer());
}

QString TestSyncWiring::stockroomd(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(STOCKROOMD_PATH),
                  arguments + QStringList{QStringLiteral("--database"), m_database});
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return QStringLiteral("failed: ") + QString::fromUtf8(process.readAllStandardError());
    return QString::fromUtf8(process.readAllStandardOutput());
}

void TestSyncWiring::cleanupTestCase()
{
    m_server.kill();
    m_server.waitForFinished();
}

std::unique_ptr<Desktop> TestSyncWiring::desktop()
{
    auto d = std::make_unique<Desktop>();
    replica::OpenError error;
    d->db = replica::ReplicaDatabase::open(m_dir.filePath(QStringLiteral("desk.sqlite")), &error);
    if (!d->db)
        return nullptr;
    d->service = std::make_unique<replica::InventoryService>(
        *d->db, replica::Identity{QStringLiteral("hq"), QStringLiteral("till-1")});
    d->settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("desk.ini")),
                                              QSettings::IniFormat);
    d->window = std::make_unique<ui::MainWindow>(d->settings.get());
    d->page = new ui::InventoryPage(*d->service);
    d->window->setPage(ui::PageId::Inventory, d->page);
    d->sync = std::make_unique<SyncWiring>(*d->db, *d->window, d->page);
    d->window->show();
    return d;
}

QStringList TestSyncWiring::activity(Desktop &desktop) const
{
    return desktop.window->syncPanel()->activity();
}

void TestSyncWiring::connectThroughDialogBootstrapsAndPushes()
{
    auto d = desktop();
    QVERIFY(d);
    QVERIFY(QTest::qWaitForWindowExposed(d->window.get()));
    d->sync->start(); // never connected: nothing to resume
    QCOMPARE(d->sync->engine().isWatching(), false);

    d->window->findChild<QAction *>(QStringLiteral("connectAction"))->trigger();
    ui::ConnectDialog *dialog = d->sync->connectDialog();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    auto *server = dialog->findChild<QLineEdit *>(QStringLiteral("serverLineEdit"));
    auto *user = dialog->findChild<QLineEdit *>(QStringLiteral("userLineEdit"));
    auto *password = dialog->findChild<QLineEdit *>(QStringLiteral("passwordLineEdit"));
    auto *connect = dialog->findChild<QPushButton *>(QStringLiteral("connectButton"));
    auto *error = dialog->findChild<QLabel *>(QStringLiteral("errorLabel"));
    QVERIFY(server && user && password && connect && error);

    // A wrong password: the server's refusal appears in the dialog, which stays open.
    QTest::keyClicks(server, m_url);
    QTest::keyClicks(user, QStringLiteral("hq"));
    QTest::keyClicks(password, QStringLiteral("wrong"));
    QTest::mouseClick(connect, Qt::LeftButton);
    QVERIFY(dialog->isBusy());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), networkTimeoutMs);
    QVERIFY2(error->text().startsWith(QStringLiteral("HTTP 401")), qPrintable(error->text()));
    QVERIFY(dialog->isVisible());
    QVERIFY(anyLineContains(activity(*d), QStringLiteral("sign-in failed: HTTP 401")));
    // Nothing was configured by the failed attempt.
    QCOMPARE(d->window->findChild<ui::SyncStatusLabel *>()->text(),
             QStringLiteral("Offline — not connected"));

    password->selectAll();
    QTest::keyClicks(password, QStringLiteral("wiring-test-pw"));
    QTest::mouseClick(connect, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!d->sync->connectDialog(), networkTimeoutMs);

    // Signed in: the role is shown, the token kept privately, the chain downloaded.
    auto *signedIn = d->window->findChild<QLabel *>(QStringLiteral("signedInLabel"));
    QVERIFY(signedIn);
    QCOMPARE(signedIn->text(), QStringLiteral("hq · Administrator · all locations"));
    const QString tokenFile = d->db->path() + QStringLiteral(".token");
    QVERIFY(QFile::exists(tokenFile));
    QCOMPARE(QFile::permissions(tokenFile) & (QFile::ReadGroup | QFile::ReadOther),
             QFile::Permissions());
    QTRY_VERIFY_WITH_TIMEOUT(
        anyLineContains(activity(*d), QStringLiteral("downloaded the inventory")),
        networkTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(d->sync->engine().status().isOnline(), networkTimeoutMs);
    QVERIFY(d->sync->engine().isWatching());
    QTRY_VERIFY(
        d->page->findChild<QTableView *>(QStringLiteral("inventoryTableView"))->model()->rowCount()
        > 0);
    QCOMPARE(d->window->syncPanel()->status(), d->sync->engine().status());
    QVERIFY(
        d->window->findChild<ui::SyncStatusLabel *>()->text().startsWith(QStringLiteral("Online")));

    // A movement recorded on the page is pushed at once, not after the long-poll.
    const QString sku = d->page->findChild<QTableView *>(QStringLiteral("inventoryTableView"))
                            ->model()
                            ->index(0, 0)
                            .data()
                            .toString();
    replica::RecordRequest request;
    request.kind = domain::MovementKind::Receipt;
    request.location = d->page->currentLocation();
    request.product = sku;
    request.quantity = 5;
    const replica::RecordResult recorded = d->service->record(request);
    QVERIFY2(recorded.ok(), qPrintable(recorded.error));
    QElapsedTimer pushTime;
    pushTime.start();
    Q_EMIT d->page->movementRecorded(recorded.movement);
    QTRY_VERIFY_WITH_TIMEOUT(anyLineContains(activity(*d), QStringLiteral("pushed 1 change(s)")),
                             networkTimeoutMs);
    QVERIFY2(pushTime.elapsed() < 20000, "pushed only after the long-poll ended");
    QTRY_COMPARE(d->sync->engine().status().pendingChanges, qint64(0));

    // Sync now while online: the watch goes on.
    QSignalSpy statuses(&d->sync->engine(), &sync::SyncEngine::statusChanged);
    d->window->showSyncView();
    QTest::mouseClick(
        d->window->syncPanel()->findChild<QPushButton *>(QStringLiteral("syncNowButton")),
        Qt::LeftButton);
    QVERIFY(statuses.wait(networkTimeoutMs));
    QVERIFY(d->sync->engine().isWatching());
}

void TestSyncWiring::resumesAtStartAndSurvivesServerRestart()
{
    auto d = desktop(); // the replica and token of the previous test
    QVERIFY(d);
    d->sync->start();
    QVERIFY(d->sync->engine().isWatching());
    QVERIFY(anyLineContains(activity(*d), QStringLiteral("resuming sync with ") + m_url));
    QCOMPARE(d->window->findChild<QLabel *>(QStringLiteral("signedInLabel"))->text(),
             QStringLiteral("hq · Administrator · all locations"));
    QTRY_VERIFY_WITH_TIMEOUT(d->sync->engine().status().isOnline(), networkTimeoutMs);

    // The server goes away: offline within seconds, with the reason.
    m_server.kill();
    m_server.waitForFinished();
    QTRY_COMPARE_WITH_TIMEOUT(d->sync->engine().status().state, domain::SyncStatus::State::Offline,
                              networkTimeoutMs);
    QTRY_VERIFY(anyLineContains(activity(*d), QStringLiteral("offline: ")));
    QVERIFY(d->window->findChild<ui::SyncStatusLabel *>()->text().startsWith(
        QStringLiteral("Offline — retrying")));
    QVERIFY(!d->window->findChild<ui::SyncStatusLabel *>()->toolTip().isEmpty());

    // Work goes on offline and is kept.
    replica::RecordRequest request;
    request.kind = domain::MovementKind::Sale;
    request.location = d->page->currentLocation();
    request.product = d->page->findChild<QTableView *>(QStringLiteral("inventoryTableView"))
                          ->model()
                          ->index(0, 0)
                          .data()
                          .toString();
    request.quantity = 1;
    const replica::RecordResult recorded = d->service->record(request);
    QVERIFY2(recorded.ok(), qPrintable(recorded.error));
    Q_EMIT d->page->movementRecorded(recorded.movement);
    QTRY_COMPARE(d->window->syncPanel()->status().pendingChanges, qint64(1));

    // Back: the pending sale goes out without a click.
    QVERIFY(startServer());
    QTRY_VERIFY_WITH_TIMEOUT(d->sync->engine().status().isOnline(), 2 * networkTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(d->sync->engine().status().pendingChanges, qint64(0),
                              networkTimeoutMs);
    QVERIFY(anyLineContains(activity(*d), QStringLiteral("pushed 1 change(s)")));

    // Down and up again: "Sync now" tries at once instead of waiting out the back-off.
    m_server.kill();
    m_server.waitForFinished();
    QTRY_COMPARE_WITH_TIMEOUT(d->sync->engine().status().state, domain::SyncStatus::State::Offline,
                              networkTimeoutMs);
    QVERIFY(startServer());
    d->window->showSyncView();
    QTest::mouseClick(
        d->window->syncPanel()->findChild<QPushButton *>(QStringLiteral("syncNowButton")),
        Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(d->sync->engine().status().isOnline(), networkTimeoutMs);
    QVERIFY(d->sync->engine().isWatching());
}

void TestSyncWiring::publishedSopAsksForAcknowledgementThatReachesCentral()
{
    auto d = desktop(); // connected as hq (an administrator) by the first test
    QVERIFY(d);
    // Started as the operating system's user; signed in to central as hq, who alone may push
    // hq's acknowledgements.
    replica::SopService sops(*d->db, {QStringLiteral("os-user"), QStringLiteral("till-1")});
    auto *page = new ui::SopsPage(sops);
    d->window->setPage(ui::PageId::Sops, page);
    page->setRole(QStringLiteral("admin"));
    d->sync->setSopsPage(page, &sops);
    QCOMPARE(sops.identity().user, QStringLiteral("hq"));
    d->sync->start();
    QVERIFY(d->sync->engine().isWatching());
    QTRY_VERIFY_WITH_TIMEOUT(d->sync->engine().status().isOnline(), networkTimeoutMs);

    // Head office publishes while the desktop long-polls: it asks for acknowledgement by itself.
    // (stockroomd demo published the starter SOPs as version 1; this is a new version.)
    QFile starter(QStringLiteral(STOCKROOM_SOURCE_DIR "/resources/sops/resolve-discrepancy.md"));
    QVERIFY(starter.open(QIODevice::ReadOnly));
    QByteArray text = starter.readAll();
    QVERIFY(text.contains("\nversion: 1\n"));
    text.replace("\nversion: 1\n", "\nversion: 2\n");
    text.append("\nEscalate to the area manager when the hour has passed.\n");
    QFile file(m_dir.filePath(QStringLiteral("resolve-discrepancy-v2.md")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(text), qint64(text.size()));
    file.close();
    const QString published
        = stockroomd({QStringLiteral("sop"), QStringLiteral("publish"), file.fileName()});
    QVERIFY2(published.contains(QStringLiteral("resolve-discrepancy version 2: published")),
             qPrintable(published));
    const auto toRead = [&] {
        QStringList ids;
        for (const replica::StoredSop &sop : sops.toRead(QStringLiteral("hq"), QStringLiteral("admin")))
            ids.append(QStringLiteral("%1@%2").arg(sop.document.id).arg(sop.document.version));
        return ids;
    };
    QTRY_VERIFY2_WITH_TIMEOUT(toRead().contains(QStringLiteral("resolve-discrepancy@2")),
                              qPrintable(toRead().join(QLatin1Char(','))), networkTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(page->toReadCount(), int(toRead().size()), networkTimeoutMs);
    auto *banner = page->findChild<QLabel *>(QStringLiteral("toReadLabel"));
    QVERIFY(banner->isVisibleTo(page));
    QVERIFY2(banner->text().contains(sops.get(QStringLiteral("resolve-discrepancy"))
                                         ->document.title.toHtmlEscaped()),
             qPrintable(banner->text()));
    QVERIFY(anyLineContains(activity(*d), QStringLiteral("new SOP versions arrived")));

    // Read and acknowledged on the page; pushed at once; visible at central.
    d->window->showPage(ui::PageId::Sops);
    QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("readFirstButton")),
                      Qt::LeftButton);
    auto *acknowledge = page->findChild<QPushButton *>(QStringLiteral("acknowledgeButton"));
    QTRY_VERIFY(acknowledge->isEnabled());
    QTest::mouseClick(acknowledge, Qt::LeftButton);
    QVERIFY2(!toRead().contains(QStringLiteral("resolve-discrepancy@2")),
             qPrintable(toRead().join(QLatin1Char(','))));
    QCOMPARE(page->toReadCount(), int(toRead().size()));
    QTRY_VERIFY_WITH_TIMEOUT(
        stockroomd({QStringLiteral("sop"), QStringLiteral("acks"),
                    QStringLiteral("resolve-discrepancy")})
            .contains(QStringLiteral("acknowledged\thq\tadmin")),
        networkTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(d->sync->engine().status().pendingChanges, qint64(0),
                              networkTimeoutMs);
}

void TestSyncWiring::kpisPageShowsChainFiguresFromCentral()
{
    auto d = desktop(); // connected as hq (an administrator)
    QVERIFY(d);
    replica::KpiService kpis(*d->db);
    auto *page = new ui::KpisPage(kpis);
    d->window->setPage(ui::PageId::Kpis, page);
    auto *source = page->findChild<QComboBox *>(QStringLiteral("sourceComboBox"));
    QVERIFY(source);
    QVERIFY(!page->showsCentral());
    d->sync->setKpisPage(page);
    d->sync->start();
    QTRY_VERIFY_WITH_TIMEOUT(d->sync->engine().status().isOnline(), networkTimeoutMs);

    // The replica has the ledger but no web-shop funnel: that is pushed to central only.
    QVERIFY(page->report());
    QCOMPARE(page->report()->current.funnelDays, 0);
    auto *label = page->findChild<QLabel *>(QStringLiteral("sourceLabel"));
    QVERIFY2(label->text().contains(QStringLiteral("offline")), qPrintable(label->text()));

    page->setShowCentral(true);
    QVERIFY(page->showsCentral());
    QCOMPARE(source->currentIndex(), 1);
    QTRY_VERIFY2_WITH_TIMEOUT(label->text().contains(QStringLiteral("central IMS")),
                              qPrintable(label->text()), networkTimeoutMs);
    QVERIFY(page->report());
    QVERIFY2(page->report()->current.funnelDays > 0, "central's funnel days are in the figures");
    QCOMPARE(page->report()->period, page->period());

    // Back to this desktop's own figures.
    page->setShowCentral(false);
    QVERIFY2(label->text().contains(QStringLiteral("offline")), qPrintable(label->text()));
    QCOMPARE(page->report()->current.funnelDays, 0);
}

void TestSyncWiring::recordsAsTheSignedInUser()
{
    auto d = desktop(); // connected as hq (an administrator) by the first test
    QVERIFY(d);
    // Started as the operating system's user: once wired, movements, discrepancy work and counts
    // are recorded as hq, the user signed in to central, on the same device.
    replica::InventoryService inventory(*d->db,
                                        {QStringLiteral("os-user"), QStringLiteral("till-7")});
    replica::CountService counts(*d->db, inventory.identity());
    QCOMPARE(inventory.identity().user, QStringLiteral("os-user"));
    d->sync->setRecordingServices(&inventory, &counts);
    QCOMPARE(inventory.identity().user, QStringLiteral("hq"));
    QCOMPARE(inventory.identity().device, QStringLiteral("till-7"));
    QCOMPARE(counts.identity().user, QStringLiteral("hq"));

    auto *table = d->page->findChild<QTableView *>(QStringLiteral("inventoryTableView"));
    QTRY_VERIFY(table->model()->rowCount() > 0);
    replica::RecordRequest request;
    request.kind = domain::MovementKind::Receipt;
    request.location = d->page->currentLocation();
    request.product = table->model()->index(0, 0).data().toString();
    request.quantity = 2;
    const replica::RecordResult recorded = inventory.record(request);
    QVERIFY2(recorded.ok(), qPrintable(recorded.error));
    QCOMPARE(recorded.movement.user, QStringLiteral("hq"));
    QCOMPARE(recorded.movement.device, QStringLiteral("till-7"));
}

QTEST_MAIN(TestSyncWiring)
#include "tst_syncwiring.moc"
