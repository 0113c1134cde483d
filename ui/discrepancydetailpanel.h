#pragma once

#include "discrepancyfold.h"

#include <QWidget>

#include <optional>

class QAction;
class QFormLayout;
class QHBoxLayout;
class QLabel;
class QTableView;
class QToolButton;

namespace stockroom::item {
class DiscrepancyTimelineModel;
}

namespace stockroom::ui {

/**
 * The Discrepancies page's lower half: the selected discrepancy's fields, the buttons of the
 * page's actions and its event timeline (who did what when, comments, events that did not
 * count). It only shows what it is given; the page fetches it and decides what is allowed.
 */
class DiscrepancyDetailPanel : public QWidget
{
    Q_OBJECT

public:
    explicit DiscrepancyDetailPanel(QWidget *parent = nullptr);

    /**
     * One button per action, in this order; each follows its action's text, enabled state and
     * tooltip. A button's objectName is the action's with "Action" replaced by "Button".
     */
    void setActions(const QList<QAction *> &actions);
    QToolButton *buttonFor(const QAction *action) const;

    /** Shows a discrepancy with its timeline; productName and locationName may be empty. */
    void showDiscrepancy(const domain::DiscrepancyState &state, const QString &productName,
                         const QString &locationName, qint64 nowMs);
    /**
     * The SOPs that govern the shown discrepancy's type (id, title), each a link; clicking one
     * emits procedureRequested. Empty hides the row.
     */
    void setProcedures(const QList<std::pair<QString, QString>> &procedures);
    /** Moves "now" on: the SLA line follows. */
    void setNowMs(qint64 nowMs);
    /** Back to the "select a discrepancy" state. */
    void clear();
    /** The id shown, or a null id. */
    QUuid discrepancyId() const;
    const std::optional<domain::DiscrepancyState> &state() const { return m_state; }

    item::DiscrepancyTimelineModel *timelineModel() const { return m_timeline; }
    QTableView *timelineView() const { return m_timelineView; }

Q_SIGNALS:
    /** A linked SOP was clicked. */
    void procedureRequested(const QString &sopId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateTexts();

    std::optional<domain::DiscrepancyState> m_state;
    QString m_productName;
    QString m_locationName;
    qint64 m_nowMs = 0;

    QWidget *m_content;
    QLabel *m_placeholderLabel;
    QLabel *m_titleLabel;
    QFormLayout *m_form;
    QLabel *m_statusLabel;
    QLabel *m_priorityLabel;
    QLabel *m_assigneeLabel;
    QLabel *m_figuresLabel;
    QLabel *m_slaLabel;
    QLabel *m_createdLabel;
    QLabel *m_referenceLabel;
    QLabel *m_resolutionLabel;
    QLabel *m_proceduresLabel;
    QHBoxLayout *m_buttonRow;
    QList<QToolButton *> m_buttons;
    QLabel *m_timelineTitleLabel;
    QTableView *m_timelineView;
    item::DiscrepancyTimelineModel *m_timeline;
};

} // namespace stockroom::ui
