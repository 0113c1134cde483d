#include "mainwindow.h"

#include "emptystatepage.h"
#include "navigationpane.h"
#include "stockroomversion.h"
#include "syncpanel.h"
#include "syncstatuslabel.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolButton>

#include <algorithm>
#include <cstdlib>

namespace stockroom::ui {

namespace {

const auto geometryKey = QStringLiteral("mainWindow/geometry");
const auto windowStateKey = QStringLiteral("mainWindow/state");
const auto lastPageKey = QStringLiteral("mainWindow/lastPage");

QString emptyStateText(PageId page)
{
    switch (page) {
    case PageId::Inventory:
        return MainWindow::tr("Products with on-hand, committed and available stock for the "
                              "current location, their movements and availability at nearby "
                              "stores. Open or create a replica to see its inventory here.");
    case PageId::Counts:
        return MainWindow::tr("Count sessions: scan what is on the shelves, review the variance "
                              "against the system and post the result.");
    case PageId::Discrepancies:
        return MainWindow::tr("One queue for every mismatch — count variances, negative stock, "
                              "oversells, rejected changes — with response targets.");
    case PageId::Sops:
        return MainWindow::tr("Standard operating procedures: read, acknowledge and train.");
    case PageId::Kpis:
        return MainWindow::tr("Inventory accuracy, discrepancy response time, stockouts, cart "
                              "abandonment, checkout completion and NPS against their targets.");
    case PageId::Audits:
        return MainWindow::tr("The monthly inventory audit: sample, blind count, findings and "
                              "sign-off.");
    }
    Q_UNREACHABLE();
}

} // namespace

MainWindow::MainWindow(QSettings *settings, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_navigation(new NavigationPane(this))
    , m_pages(new QStackedWidget(this))
    , m_syncStatus(new SyncStatusLabel(this))
    , m_syncPanel(new SyncPanel(this))
    , m_syncDock(new QDockWidget(tr("Sync"), this))
    , m_accountLabel(new QLabel(this))
    , m_clockWarningLabel(new QLabel(this))
    , m_progressLabel(new QLabel(this))
    , m_progressBar(new QProgressBar(this))
    , m_cancelSyncButton(new QToolButton(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Stockroom"));
    m_pages->setObjectName(QStringLiteral("pagesStackedWidget"));

    for (PageId page : allPages()) {
        auto *widget = new EmptyStatePage(NavigationPane::pageTitle(page), emptyStateText(page));
        widget->setObjectName(pageKey(page) + QStringLiteral("Page"));
        m_pageWidgets.insert(page, widget);
        m_pages->addWidget(widget);
    }

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    m_syncDock->setObjectName(QStringLiteral("syncDockWidget"));
    m_syncDock->setWidget(m_syncPanel);
    addDockWidget(Qt::RightDockWidgetArea, m_syncDock);
    m_syncDock->hide();

    m_accountLabel->setObjectName(QStringLiteral("signedInLabel"));
    m_clockWarningLabel->setObjectName(QStringLiteral("clockWarningLabel"));
    m_clockWarningLabel->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_progressLabel->setObjectName(QStringLiteral("syncProgressLabel"));
    m_progressBar->setObjectName(QStringLiteral("syncProgressBar"));
    m_progressBar->setRange(0, 0); // busy: the number of snapshot pages is not known ahead
    m_progressBar->setMaximumWidth(120);
    m_progressBar->setTextVisible(false);
    m_cancelSyncButton->setObjectName(QStringLiteral("cancelSyncButton"));
    m_cancelSyncButton->setText(tr("Cancel"));
    m_cancelSyncButton->setToolTip(
        tr("Stop the download. Nothing recorded here is lost; the next sync starts it again."));
    connect(m_cancelSyncButton, &QToolButton::clicked, this, &MainWindow::cancelSyncRequested);
    for (QWidget *widget :
         {static_cast<QWidget *>(m_progressLabel), static_cast<QWidget *>(m_progressBar),
          static_cast<QWidget *>(m_cancelSyncButton),
          static_cast<QWidget *>(m_clockWarningLabel), static_cast<QWidget *>(m_accountLabel)}) {
        statusBar()->addPermanentWidget(widget);
        widget->hide();
    }
    statusBar()->addPermanentWidget(m_syncStatus);
    m_syncStatus->setCursor(Qt::PointingHandCursor);
    m_syncStatus->installEventFilter(this);
    createMenus();

    connect(m_navigation, &NavigationPane::pageRequested, this, &MainWindow::showPage);
    connect(m_syncPanel, &SyncPanel::connectRequested, this, &MainWindow::connectRequested);
    resize(1100, 700);
}

MainWindow::~MainWindow() = default;

void MainWindow::setPage(PageId page, QWidget *widget)
{
    QWidget *old = m_pageWidgets.value(page);
    const int index = m_pages->indexOf(old);
    const bool wasCurrent = m_pages->currentWidget() == old;
    if (widget->objectName().isEmpty())
        widget->setObjectName(pageKey(page) + QStringLiteral("Page"));
    m_pages->insertWidget(index, widget);
    m_pages->removeWidget(old);
    old->deleteLater();
    m_pageWidgets.insert(page, widget);
    if (wasCurrent)
        m_pages->setCurrentWidget(widget);
}

QWidget *MainWindow::page(PageId page) const
{
    return m_pageWidgets.value(page);
}

PageId MainWindow::currentPage() const
{
    return m_navigation->currentPage();
}

void MainWindow::showPage(PageId page)
{
    if (m_navigation->currentPage() != page)
        m_navigation->setCurrentPage(page); // comes back here through pageRequested
    if (m_pages->currentWidget() == m_pageWidgets.value(page))
        return;
    m_pages->setCurrentWidget(m_pageWidgets.value(page));
    Q_EMIT currentPageChanged(page);
}

void MainWindow::setSyncStatus(const domain::SyncStatus &status)
{
    m_syncStatus->setStatus(status);
    m_syncPanel->setStatus(status);
}

void MainWindow::setSignedIn(const QString &server, const QString &user, const QString &role,
                             const QStringList &locations)
{
    m_syncPanel->setAccount(server, user, role, locations);
    m_accountLabel->setVisible(!user.isEmpty());
    m_accountLabel->setText(
        tr("%1 · %2 · %3")
            .arg(user, SyncPanel::roleTitle(role), SyncPanel::locationsText(locations)));
    m_accountLabel->setToolTip(tr("Signed in to %1").arg(server));
    Q_EMIT roleChanged(user.isEmpty() ? QString() : role);
}

void MainWindow::setClockOffset(qint64 offsetMs)
{
    m_syncPanel->setClockOffset(offsetMs);
    const QString warning = SyncPanel::clockWarning(offsetMs);
    m_clockWarningLabel->setVisible(!warning.isEmpty());
    const int minutes = int(std::min<qint64>(std::abs(offsetMs) / 60000, 1'000'000));
    m_clockWarningLabel->setText(tr("Clock off by %n minute(s)", nullptr, minutes));
    m_clockWarningLabel->setToolTip(warning);
}

void MainWindow::setSyncProgress(const QString &text)
{
    m_progressLabel->setText(text);
    m_progressLabel->setVisible(!text.isEmpty());
    m_progressBar->setVisible(!text.isEmpty());
    m_cancelSyncButton->setVisible(!text.isEmpty());
}

void MainWindow::showSyncView()
{
    m_syncDock->show();
    m_syncDock->raise();
}

void MainWindow::setSopsToRead(int count)
{
    m_navigation->setBadge(PageId::Sops, count,
                           tr("%n SOP(s) to read and acknowledge", nullptr, count));
}

void MainWindow::addFileActions(const QList<QAction *> &actions)
{
    auto *fileMenu = findChild<QMenu *>(QStringLiteral("fileMenu"));
    for (QAction *action : actions) {
        if (action)
            fileMenu->insertAction(m_quitAction, action);
        else
            fileMenu->insertSeparator(m_quitAction);
    }
    fileMenu->insertSeparator(m_quitAction);
}

void MainWindow::restoreState()
{
    const QByteArray geometry = m_settings->value(geometryKey).toByteArray();
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
    const QByteArray state = m_settings->value(windowStateKey).toByteArray();
    if (!state.isEmpty())
        QMainWindow::restoreState(state);
    showPage(pageFromKey(m_settings->value(lastPageKey).toString(), PageId::Inventory));
}

void MainWindow::saveState()
{
    m_settings->setValue(geometryKey, saveGeometry());
    m_settings->setValue(windowStateKey, QMainWindow::saveState());
    m_settings->setValue(lastPageKey, pageKey(currentPage()));
    m_settings->sync();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveState();
    event->accept();
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_syncStatus && event->type() == QEvent::MouseButtonRelease)
        showSyncView();
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::createMenus()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->setObjectName(QStringLiteral("fileMenu"));
    QAction *connectAction
        = fileMenu->addAction(tr("&Connect to Central IMS…"), this, &MainWindow::connectRequested);
    connectAction->setObjectName(QStringLiteral("connectAction"));
    fileMenu->addSeparator();
    m_quitAction = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setObjectName(QStringLiteral("quitAction"));

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    viewMenu->setObjectName(QStringLiteral("viewMenu"));
    QAction *syncViewAction = m_syncDock->toggleViewAction();
    syncViewAction->setObjectName(QStringLiteral("syncViewAction"));
    syncViewAction->setText(tr("&Sync"));
    syncViewAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Y));
    viewMenu->addAction(syncViewAction);

    QMenu *goMenu = menuBar()->addMenu(tr("&Go"));
    goMenu->setObjectName(QStringLiteral("goMenu"));
    int number = 1;
    for (PageId page : allPages()) {
        QAction *action = goMenu->addAction(NavigationPane::pageTitle(page), this,
                                            [this, page] { showPage(page); });
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + number++)));
        action->setObjectName(pageKey(page) + QStringLiteral("Action"));
    }

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->setObjectName(QStringLiteral("helpMenu"));
    QAction *aboutAction
        = helpMenu->addAction(tr("&About Stockroom"), this, &MainWindow::showAbout);
    aboutAction->setObjectName(QStringLiteral("aboutAction"));
    aboutAction->setMenuRole(QAction::AboutRole);
    helpMenu->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)
        ->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Stockroom"),
                       tr("<h3>Stockroom %1</h3>"
                          "<p>The back-office for retail chains that sell in stores and online: "
                          "inventory, counts, discrepancies, SOPs, KPIs and audits, working "
                          "offline and reconciling with the central IMS.</p>"
                          "<p>Built with Qt %2.</p>")
                           .arg(QLatin1StringView(versionString), QLatin1StringView(qVersion())));
}

} // namespace stockroom::ui
