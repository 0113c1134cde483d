#pragma once

#include "discrepancyactiondialog.h"
#include "discrepancyfold.h"

#include <QUuid>
#include <QWidget>

class QAction;
class QLabel;
class QModelIndex;
class QSplitter;
class QTableView;
class QTimer;

namespace stockroom::replica {
class DiscrepancyService;
class InventoryService;
class SopService;
} // namespace stockroom::replica

namespace stockroom::item {
class DiscrepancyFilterProxyModel;
class DiscrepancyTableModel;
} // namespace stockroom::item

namespace stockroom::ui {

class StatusMessageLabel;

class DiscrepancyDetailPanel;
class DiscrepancyFilterBar;

/**
 * The one queue of every mismatch (DESIGN.md §3): filtered by status, type, location, assignee
 * and overdue, sorted by any column, with the selected discrepancy's fields and timeline and
 * the actions that work it — each offered only when the discrepancy's state allows it, each
 * with a one-key shortcut.
 */
class DiscrepanciesPage : public QWidget
{
    Q_OBJECT

public:
    /** Both services are borrowed and must outlive the page. */
    DiscrepanciesPage(replica::InventoryService &inventory,
                      replica::DiscrepancyService &discrepancies, QWidget *parent = nullptr);
    ~DiscrepanciesPage() override;

    /** Re-reads the queue (after a sync, a report or an import), keeping the selection. */
    void reload();

    /**
     * The signed-in role (empty: not signed in): actions are offered only when the role may
     * work discrepancies; ecommerce staff see oversells and online-channel items first.
     */
    void setRole(const QString &role);

    /**
     * The SOP library (borrowed, may be null): the detail panel links the SOPs that govern the
     * discrepancy's type, and a click on one emits procedureRequested.
     */
    void setSopService(replica::SopService *sops);

    /** The discrepancy in the detail panel, or a null id. */
    QUuid currentId() const;
    /** Selects its row (clearing filters that hide it) and shows its details. */
    bool showDiscrepancy(const QUuid &id);

    QAction *acknowledgeAction() const { return m_acknowledgeAction; }
    QAction *assignAction() const { return m_assignAction; }
    QAction *commentAction() const { return m_commentAction; }
    QAction *recountAction() const { return m_recountAction; }
    QAction *resolveAction() const { return m_resolveAction; }
    QAction *dismissAction() const { return m_dismissAction; }
    QAction *reopenAction() const { return m_reopenAction; }
    QAction *priorityAction() const { return m_priorityAction; }

Q_SIGNALS:
    /** An action stored an event (sync may push it). */
    void discrepancyChanged(const QUuid &id);
    /** A resolution posted movements: stock shown elsewhere is out of date. */
    void stockChanged();
    /** A linked SOP was clicked: show it. */
    void procedureRequested(const QString &sopId);

protected:
    void changeEvent(QEvent *event) override;

private:
    QAction *makeAction(const char *objectName, const QKeySequence &shortcut);
    void retranslate();
    void applyFilters();
    void onCurrentRowChanged(const QModelIndex &current);
    void openDetail();
    void showDetails(const QUuid &id);
    void updateActions();
    void tick();
    void runDirect(domain::DiscrepancyEventKind kind);
    void openDialog(DiscrepancyActionDialog::Kind kind);
    void afterChange(const QUuid &id, bool stockMoved);
    void setStatus(const QString &message, bool problem);
    void updateCount();
    QModelIndex viewIndexOf(const QUuid &id) const;

    replica::InventoryService &m_inventory;
    replica::DiscrepancyService &m_service;
    replica::SopService *m_sops = nullptr;
    QString m_role;
    bool m_columnsSized = false;

    item::DiscrepancyTableModel *m_model;
    item::DiscrepancyFilterProxyModel *m_filter;
    QTimer *m_clock;

    DiscrepancyFilterBar *m_filterBar;
    StatusMessageLabel *m_statusLabel;
    QLabel *m_countLabel;
    QSplitter *m_splitter;
    QTableView *m_table;
    DiscrepancyDetailPanel *m_details;

    QAction *m_findAction;
    QAction *m_reloadAction;
    QAction *m_acknowledgeAction;
    QAction *m_assignAction;
    QAction *m_commentAction;
    QAction *m_recountAction;
    QAction *m_resolveAction;
    QAction *m_dismissAction;
    QAction *m_reopenAction;
    QAction *m_priorityAction;
};

} // namespace stockroom::ui
