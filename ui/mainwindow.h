#pragma once

#include "pageid.h"
#include "syncstatus.h"

#include <QHash>
#include <QMainWindow>

class QSettings;
class QStackedWidget;

namespace stockroom::ui {

class NavigationPane;
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

    void setSyncStatus(const domain::SyncStatus &status);
    /** Adds actions to the File menu above Quit; a null entry adds a separator. */
    void addFileActions(const QList<QAction *> &actions);

    /** Restores the geometry and last page from the settings, if any were saved. */
    void restoreState();
    void saveState();

Q_SIGNALS:
    void currentPageChanged(stockroom::ui::PageId page);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void showAbout();

    QSettings *m_settings;
    NavigationPane *m_navigation;
    QStackedWidget *m_pages;
    SyncStatusLabel *m_syncStatus;
    QAction *m_quitAction = nullptr;
    QHash<PageId, QWidget *> m_pageWidgets;
};

} // namespace stockroom::ui
