#pragma once

#include "pageid.h"
#include "syncstatus.h"

#include <QHash>
#include <QMainWindow>

class QDockWidget;
class QLabel;
class QProgressBar;
class QToolButton;
class QSettings;
class QStackedWidget;

namespace stockroom::ui {

class NavigationPane;
class SyncPanel;
class SyncStatusLabel;

/**
 * The desktop's main window: assembles the pages behind a navigation pane, owns the menus and
 * the status bar, and routes actions. It holds no business logic.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    /** The settings object is borrowed: window geometry and the last page are kept there. */
    explicit MainWindow(QSettings *settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    /** Puts a page's widget in place of its empty state; the window takes ownership. */
    void setPage(PageId page, QWidget *widget);
    QWidget *page(PageId page) const;

    PageId currentPage() const;
    void showPage(PageId page);

    /** Shown in the status bar and the Sync view. */
    void setSyncStatus(const domain::SyncStatus &status);
    /** Who is signed in to which server, with the role and locations (empty: all). */
    void setSignedIn(const QString &server, const QString &user, const QString &role,
                     const QStringList &locations);
    /** Server time minus device time; more than two minutes either way is warned about. */
    void setClockOffset(qint64 offsetMs);
    /** A busy indicator with this text in the status bar (bootstrap); empty hides it. */
    void setSyncProgress(const QString &text);
    /** The Sync view, in a dock that View → Sync or a click on the sync status opens. */
    SyncPanel *syncPanel() const { return m_syncPanel; }
    void showSyncView();

    /** The SOPs the user still has to acknowledge: a badge on the SOPs page's entry. */
    void setSopsToRead(int count);

    /** Adds actions to the File menu above Quit; a null entry adds a separator. */
    void addFileActions(const QList<QAction *> &actions);

    /** Restores the geometry and last page from the settings, if any were saved. */
    void restoreState();
    void saveState();

Q_SIGNALS:
    void currentPageChanged(stockroom::ui::PageId page);
    /** File → Connect to Central IMS, or the Sync view's Connect button. */
    void connectRequested();
    /** The Cancel button beside the sync progress (a long download from the central IMS). */
    void cancelSyncRequested();
    /** Signed in (or out) with this role: pages offer what it may do (domain::roleCan). */
    void roleChanged(const QString &role);

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createMenus();
    void showAbout();

    QSettings *m_settings;
    NavigationPane *m_navigation;
    QStackedWidget *m_pages;
    SyncStatusLabel *m_syncStatus;
    SyncPanel *m_syncPanel;
    QDockWidget *m_syncDock;
    QLabel *m_accountLabel;
    QLabel *m_clockWarningLabel;
    QLabel *m_progressLabel;
    QProgressBar *m_progressBar;
    QToolButton *m_cancelSyncButton;
    QAction *m_quitAction = nullptr;
    QHash<PageId, QWidget *> m_pageWidgets;
};

} // namespace stockroom::ui
