#include "syncwiring.h"

#include "connectdialog.h"
#include "countservice.h"
#include "inventorypage.h"
#include "inventoryservice.h"
#include "mainwindow.h"
#include "replicadatabase.h"
#include "rolepolicy.h"
#include "sopservice.h"
#include "syncpanel.h"
#include "tokenstore.h"

#include <QDateTime>
#include <QLocale>
#include <QStatusBar>

#include <algorithm>
#include <climits>

using namespace stockroom;

namespace {

constexpr int messageTimeoutMs = 20000;
constexpr int reloadDelayMs = 250;

} // namespace

SyncWiring::SyncWiring(replica::ReplicaDatabase &db, ui::MainWindow &window,
                       ui::InventoryPage *inventoryPage, QObject *parent)
    : QObject(parent)
    , m_replicaPath(db.path())
    , m_store(db)
    , m_engine(m_store, &m_network)
    , m_window(window)
    , m_inventoryPage(inventoryPage)
    , m_lastStatus(m_engine.status())
    , m_lastCursor(m_store.state().cursor)
{
    // Pages arrive in quick succession; the page reloads once they stop.
    m_reloadTimer.setSingleShot(true);
    m_reloadTimer.setInterval(reloadDelayMs);
    connect(&m_reloadTimer, &QTimer::timeout, this, [this] {
        if (m_inventoryPage)
            m_inventoryPage->reload();
        if (m_discrepanciesPage)
            m_discrepanciesPage->reload();
        if (m_countsPage)
            m_countsPage->reload();
        if (m_sopsPage)
            m_sopsPage->reload();
        if (m_kpisPage && m_kpisPage->isVisible() && !m_kpisPage->showsCentral())
            m_kpisPage->reload();
    });

    connect(&m_engine, &sync::SyncEngine::loggedIn, this, &SyncWiring::onLoggedIn);
    connect(&m_engine, &sync::SyncEngine::loginFailed, this, &SyncWiring::onLoginFailed);
    connect(&m_engine, &sync::SyncEngine::statusChanged, this, &SyncWiring::onStatusChanged);
    connect(&m_engine, &sync::SyncEngine::syncFinished, this, &SyncWiring::onSyncFinished);
    connect(&m_engine, &sync::SyncEngine::progress, this, &SyncWiring::onProgress);
    connect(&m_engine, &sync::SyncEngine::replicaChanged, this, &SyncWiring::onReplicaChanged);

    connect(&m_window, &ui::MainWindow::connectRequested, this, &SyncWiring::openConnectDialog);
    connect(m_window.syncPanel(), &ui::SyncPanel::syncNowRequested, this, &SyncWiring::syncNow);
    connect(&m_window, &ui::MainWindow::cancelSyncRequested, this, &SyncWiring::cancelSync);
    if (m_inventoryPage) {
        // Pushed at once instead of at the end of the current long-poll.
        connect(m_inventoryPage, &ui::InventoryPage::movementRecorded, &m_engine,
                &sync::SyncEngine::wakeUp);
    }

    m_window.setSyncStatus(m_engine.status());
    m_window.setClockOffset(m_store.state().clockOffsetMs);
    showAccount();
}

SyncWiring::~SyncWiring()
{
    m_engine.stopWatching();
}

void SyncWiring::setDiscrepanciesPage(ui::DiscrepanciesPage *page)
{
    m_discrepanciesPage = page;
    if (page)
        connect(page, &ui::DiscrepanciesPage::discrepancyChanged, &m_engine,
                &sync::SyncEngine::wakeUp);
    if (m_inventoryPage)
        connect(m_inventoryPage, &ui::InventoryPage::issueReported, &m_engine,
                &sync::SyncEngine::wakeUp);
}

void SyncWiring::setCountsPage(ui::CountsPage *page)
{
    m_countsPage = page;
    if (page)
        connect(page, &ui::CountsPage::countPosted, &m_engine, &sync::SyncEngine::wakeUp);
}

void SyncWiring::setRecordingServices(replica::InventoryService *inventory,
                                      replica::CountService *counts)
{
    m_inventory = inventory;
    m_counts = counts;
    showAccount();
}

void SyncWiring::setSopsPage(ui::SopsPage *page, replica::SopService *sops)
{
    m_sopsPage = page;
    m_sops = sops;
    showAccount();
    if (!page)
        return;
    connect(&m_engine, &sync::SyncEngine::sopsChanged, page, [this] {
        if (!m_sopsPage)
            return;
        m_sopsPage->reload();
        m_sopsPage->refreshToRead();
        addActivity(tr("new SOP versions arrived"));
    });
    connect(page, &ui::SopsPage::acknowledgementRecorded, &m_engine, &sync::SyncEngine::wakeUp);
    connect(page, &ui::SopsPage::trainingRecorded, &m_engine, &sync::SyncEngine::wakeUp);
    page->setAckStatusSource([this](const QString &sopId, int version,
                                    std::function<void(const domain::SopAckStatus &)> done) {
        if (m_store.state().serverUrl.isEmpty()) {
            done({}); // a stand-alone replica: its own acknowledgements
            return;
        }
        m_engine.fetchSopAcknowledgements(
            sopId, version,
            [done](const std::optional<protocol::SopAcknowledgementReport> &report,
                   const QString &error) {
                domain::SopAckStatus status;
                if (!report) {
                    status.error = error;
                    done(status);
                    return;
                }
                status.fromCentral = true;
                status.asOf = QLocale().toString(QDateTime::fromMSecsSinceEpoch(report->asOfMs),
                                                 QLocale::ShortFormat);
                for (const auto &person : report->acknowledged)
                    status.acknowledged.append({person.user, person.atMs});
                for (const auto &person : report->pending)
                    status.pending.append({person.user, person.role});
                done(status);
            });
    });
}

void SyncWiring::setKpisPage(ui::KpisPage *page)
{
    m_kpisPage = page;
    showAccount();
}

void SyncWiring::start()
{
    const replica::SyncState state = m_store.state();
    if (state.serverUrl.isEmpty())
        return;
    if (resume()) {
        addActivity(tr("resuming sync with %1 as %2").arg(state.serverUrl, state.user));
        return;
    }
    QString problem;
    sync::TokenStore(m_replicaPath).load(&problem);
    const QString message
        = problem.isEmpty()
              ? tr("Not signed in to %1: connect again to resume syncing (File → Connect to "
                   "Central IMS…).")
                    .arg(state.serverUrl)
              : problem;
    addActivity(message);
    showMessage(message);
}

bool SyncWiring::resume()
{
    const replica::SyncState state = m_store.state();
    if (state.serverUrl.isEmpty())
        return false;
    const QString token = sync::TokenStore(m_replicaPath).load();
    if (token.isEmpty())
        return false;
    m_engine.setToken(token);
    m_engine.startWatching();
    return true;
}

void SyncWiring::openConnectDialog()
{
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    const replica::SyncState state = m_store.state();
    m_dialog = new ui::ConnectDialog(&m_window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog->setServer(state.serverUrl);
    m_dialog->setUser(state.user);
    connect(m_dialog, &ui::ConnectDialog::connectRequested, this, &SyncWiring::onConnectRequested);
    connect(m_dialog, &QDialog::rejected, this, [this] {
        // Given up on another server or user: carry on with the sign-in we had, if any.
        const QUrl current(m_store.state().serverUrl);
        if (!m_engine.isWatching() && !current.isEmpty()
            && (m_attemptedServer.isEmpty() || m_attemptedServer == current)) {
            resume();
        }
    });
    m_dialog->open();
}

void SyncWiring::syncNow()
{
    using State = domain::SyncStatus::State;
    if (!m_engine.isWatching()) {
        if (!resume())
            openConnectDialog();
        return;
    }
    switch (m_engine.status().state) {
    case State::Online:
        m_engine.wakeUp();
        break;
    case State::Offline:
        // Waiting out the back-off: try now instead.
        m_engine.stopWatching();
        m_engine.startWatching();
        break;
    case State::Connecting:
    case State::NotConnected:
        break;
    }
}

void SyncWiring::cancelSync()
{
    m_engine.cancel();
    m_window.setSyncProgress({});
    const QString message = tr("Sync stopped. Nothing recorded here is lost; use Sync now to "
                               "carry on.");
    addActivity(message);
    showMessage(message);
}

void SyncWiring::onConnectRequested(const QUrl &server, const QString &user,
                                    const QString &password)
{
    m_attemptedServer = server;
    m_engine.stopWatching();
    m_engine.login(server, user, password);
}

void SyncWiring::onLoggedIn(const QString &token)
{
    const replica::SyncState state = m_store.state();
    QString warning;
    QString error;
    sync::TokenStore tokens(m_replicaPath);
    if (tokens.save(token, &warning, &error)) {
        if (!warning.isEmpty() && !m_tokenWarningShown) {
            showMessage(warning);
            m_tokenWarningShown = true;
        }
    } else {
        const QString message
            = tr("Signed in, but the sign-in could not be kept for the next start: %1").arg(error);
        addActivity(message);
        showMessage(message);
    }
    addActivity(tr("signed in to %1 as %2 (%3)")
                    .arg(state.serverUrl, state.user, ui::SyncPanel::roleTitle(state.role)));
    showAccount();
    if (m_dialog)
        m_dialog->accept();
    m_attemptedServer.clear();
    m_engine.startWatching();
}

void SyncWiring::onLoginFailed(const QString &message)
{
    addActivity(tr("sign-in failed: %1").arg(message));
    if (m_dialog)
        m_dialog->showError(message);
    else
        showMessage(tr("Sign-in failed: %1").arg(message));
}

void SyncWiring::onStatusChanged(const domain::SyncStatus &status)
{
    using State = domain::SyncStatus::State;
    if (status.pendingChanges < m_lastStatus.pendingChanges) {
        const qint64 pushed = m_lastStatus.pendingChanges - status.pendingChanges;
        addActivity(tr("pushed %n change(s)", nullptr, int(std::min<qint64>(pushed, INT_MAX))));
    }
    if (status.state == State::Online && m_lastStatus.state != State::Online)
        addActivity(tr("online"));
    m_lastStatus = status;
    const replica::SyncState state = m_store.state();
    domain::SyncStatus shown = status;
    // A first sign-in that failed configured nothing: nothing is retried either.
    if (status.state == State::Offline && state.serverUrl.isEmpty() && !m_engine.isWatching())
        shown.state = State::NotConnected;
    m_window.setSyncStatus(shown);
    m_window.setClockOffset(state.clockOffsetMs);
}

void SyncWiring::onSyncFinished(bool ok, const QString &error)
{
    if (m_bootstrapPages > 0) {
        m_window.setSyncProgress({});
        addActivity(ok ? tr("downloaded the inventory: %n page(s)", nullptr,
                            int(std::min<qint64>(m_bootstrapPages, INT_MAX)))
                       : tr("download interrupted; it starts again at the next sync"));
        m_bootstrapPages = 0;
        m_lastCursor = m_store.state().cursor;
        m_reloadTimer.start(0);
    }
    if (!ok)
        addActivity(tr("offline: %1").arg(error));
}

void SyncWiring::onProgress(const QString &stage, qint64 done, qint64 total)
{
    if (stage != QLatin1String("bootstrap"))
        return;
    if (m_bootstrapPages == 0)
        addActivity(tr("downloading the inventory from the central IMS…"));
    m_bootstrapPages = done;
    // The snapshot's size is not known ahead; total is 0 then.
    m_window.setSyncProgress(
        total > 0 ? tr("Downloading the inventory: page %1 of %2").arg(done).arg(total)
                  : tr("Downloading the inventory: page %1").arg(done));
}

void SyncWiring::onReplicaChanged()
{
    if (m_bootstrapPages > 0)
        return; // shown once the download is complete
    const qint64 cursor = m_store.state().cursor;
    if (cursor > m_lastCursor)
        addActivity(tr("pulled changes up to #%1").arg(cursor));
    m_lastCursor = cursor;
    m_reloadTimer.start();
}

void SyncWiring::showAccount()
{
    const replica::SyncState state = m_store.state();
    m_window.setSignedIn(state.serverUrl, state.user, state.role, state.scope);
    if (m_kpisPage) {
        // Offered only to a sign-in central gives them to (DESIGN.md §3: nothing is offered
        // that will be refused); a sign-in bound to one store asks for that store's.
        if (state.serverUrl.isEmpty()
            || !domain::roleCan(state.role, domain::Capability::ViewCentralKpis)) {
            m_kpisPage->setCentralSource({});
        } else {
            const QStringList scope = state.scope;
            m_kpisPage->setCentralSource([this, scope](const domain::KpiPeriod &period,
                                                       const QString &location,
                                                       ui::KpisPage::CentralDone done) {
                const QString asked
                    = location.isEmpty() && scope.size() == 1 ? scope.constFirst() : location;
                m_engine.fetchKpis(period, asked, std::move(done));
            });
        }
    }
    if (!state.user.isEmpty()) {
        if (m_inventory && m_inventory->identity().user != state.user)
            m_inventory->setUser(state.user);
        if (m_counts && m_counts->identity().user != state.user)
            m_counts->setUser(state.user);
    }
    if (m_sops && !state.user.isEmpty() && m_sops->identity().user != state.user) {
        m_sops->setUser(state.user);
        if (m_sopsPage)
            m_sopsPage->reload(); // the SOPs to read are the new user's
    }
}

void SyncWiring::addActivity(const QString &text)
{
    m_window.syncPanel()->addActivity(text);
}

void SyncWiring::showMessage(const QString &text)
{
    m_window.statusBar()->showMessage(text, messageTimeoutMs);
}
