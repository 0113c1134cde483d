#pragma once

#include <QUuid>
#include <QWidget>

class QAction;
class QLabel;
class QModelIndex;
class QPushButton;
class QSplitter;
class QTableView;

namespace stockroom::replica {
class CountService;
class InventoryService;
struct CountSessionInfo;
} // namespace stockroom::replica

namespace stockroom::item {
class CountSessionTableModel;
struct CountSessionRow;
} // namespace stockroom::item

namespace stockroom::ui {

class CountingView;

/**
 * Count sessions (DESIGN.md §3, issue 6): the list of counts with their scope, mode and state,
 * "New Count" to start one, and the counting screen of the chosen count, from its first scan
 * to its posting.
 */
class CountsPage : public QWidget
{
    Q_OBJECT

public:
    /** Both services are borrowed and must outlive the page. */
    CountsPage(replica::InventoryService &inventory, replica::CountService &counts,
               QWidget *parent = nullptr);
    ~CountsPage() override;

    /** Re-reads the sessions and the chosen count (after a sync or an import). */
    void reload();
    /** The signed-in role: posting is offered only when it may record movements. */
    void setRole(const QString &role);

    /** The count on the counting screen, or a null id. */
    QUuid currentCountId() const;
    /** Chooses this count in the list and shows it; false when there is no such count. */
    bool showCount(const QUuid &countId);
    /** Opens "New Count"; the started count is shown, ready for its first scan. */
    void newCount();

    CountingView *countingView() const { return m_view; }

Q_SIGNALS:
    /**
     * Posting wrote count movements and raised discrepancies: stock and the discrepancy queue
     * shown elsewhere are out of date, and the outbox has changes to push.
     */
    void countPosted(const QUuid &countId);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void onCurrentRowChanged(const QModelIndex &current);
    void onSessionChanged(const QUuid &countId);
    item::CountSessionRow rowOf(const replica::CountSessionInfo &session) const;
    void updateCount();

    replica::InventoryService &m_inventory;
    replica::CountService &m_counts;

    item::CountSessionTableModel *m_model;
    QPushButton *m_newButton;
    QLabel *m_countLabel;
    QSplitter *m_splitter;
    QTableView *m_table;
    CountingView *m_view;
    QAction *m_newAction;
    QAction *m_reloadAction;
};

} // namespace stockroom::ui
