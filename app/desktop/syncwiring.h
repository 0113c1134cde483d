#pragma once

#include "connectdialog.h"
#include "countspage.h"
#include "discrepanciespage.h"
#include "inventorypage.h"
#include "kpispage.h"
#include "sopspage.h"
#include "syncengine.h"
#include "syncstatus.h"
#include "syncstore.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace stockroom::replica {
class CountService;
class InventoryService;
class ReplicaDatabase;
} // namespace stockroom::replica

namespace stockroom::ui {
class MainWindow;
}

/**
 * Connects the desktop's window to the sync engine (DESIGN.md §2: `ui` never sees the network,
 * the engine never sees a widget): sign-in through the Connect dialog with the token kept in a
 * TokenStore, the engine's status, progress and activity into the status bar and the Sync
 * view, pulled changes into the pages, and recorded movements pushed at once.
 */
class SyncWiring : public QObject
{
    Q_OBJECT

public:
    /** Everything is borrowed and must outlive this object; the inventory page may be null. */
    SyncWiring(stockroom::replica::ReplicaDatabase &db, stockroom::ui::MainWindow &window,
               stockroom::ui::InventoryPage *inventoryPage, QObject *parent = nullptr);
    ~SyncWiring() override;

    /** Resumes syncing when this replica was connected before and its token is still here. */
    void start();
    /**
     * The Discrepancies page (borrowed, may be null): reloaded with pulled changes like the
     * Inventory page, and its actions pushed at once.
     */
    void setDiscrepanciesPage(stockroom::ui::DiscrepanciesPage *page);
    /** The Counts page (borrowed, may be null): reloaded with pulled changes, posts pushed. */
    void setCountsPage(stockroom::ui::CountsPage *page);
    /**
     * The SOPs page (borrowed, may be null): reloaded with pulled changes, a new version asks
     * for acknowledgement at once (SOPs to read), acknowledgements and training sessions are
     * pushed at once, and while connected the page asks central who has not read a version yet.
     * The SOP library (borrowed, may be null) acknowledges as the user signed in to central,
     * who alone may push those acknowledgements.
     */
    void setSopsPage(stockroom::ui::SopsPage *page, stockroom::replica::SopService *sops = nullptr);
    /**
     * The services that record movements, discrepancy work and counts (borrowed, may be null):
     * once signed in they record as the user signed in to central, whoever started the app.
     */
    void setRecordingServices(stockroom::replica::InventoryService *inventory,
                              stockroom::replica::CountService *counts);
    /**
     * The KPIs page (borrowed, may be null): reloaded with pulled changes; while this desktop is
     * connected it may show chain-wide figures from central.
     */
    void setKpisPage(stockroom::ui::KpisPage *page);
    /** File → Connect to Central IMS; the dialog stays open until the sign-in succeeded. */
    void openConnectDialog();
    void syncNow();
    /** The status bar's Cancel: stops the round (a long bootstrap) and watching. */
    void cancelSync();

    stockroom::sync::SyncEngine &engine() { return m_engine; }
    stockroom::ui::ConnectDialog *connectDialog() const { return m_dialog; }

private:
    bool resume();
    void onConnectRequested(const QUrl &server, const QString &user, const QString &password);
    void onLoggedIn(const QString &token);
    void onLoginFailed(const QString &message);
    void onStatusChanged(const stockroom::domain::SyncStatus &status);
    void onSyncFinished(bool ok, const QString &error);
    void onProgress(const QString &stage, qint64 done, qint64 total);
    void onReplicaChanged();
    void showAccount();
    void addActivity(const QString &text);
    void showMessage(const QString &text);

    QString m_replicaPath;
    QNetworkAccessManager m_network;
    stockroom::replica::SyncStore m_store;
    stockroom::sync::SyncEngine m_engine;
    stockroom::ui::MainWindow &m_window;
    QPointer<stockroom::ui::InventoryPage> m_inventoryPage;
    QPointer<stockroom::ui::DiscrepanciesPage> m_discrepanciesPage;
    QPointer<stockroom::ui::CountsPage> m_countsPage;
    QPointer<stockroom::ui::SopsPage> m_sopsPage;
    QPointer<stockroom::ui::KpisPage> m_kpisPage;
    stockroom::replica::SopService *m_sops = nullptr;
    stockroom::replica::InventoryService *m_inventory = nullptr;
    stockroom::replica::CountService *m_counts = nullptr;
    QPointer<stockroom::ui::ConnectDialog> m_dialog;
    QTimer m_reloadTimer;
    QUrl m_attemptedServer;
    stockroom::domain::SyncStatus m_lastStatus;
    qint64 m_lastCursor = 0;
    qint64 m_bootstrapPages = 0;
    bool m_tokenWarningShown = false;
};
