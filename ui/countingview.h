#pragma once

#include "countscaninput.h"
#include "countservice.h"

#include <QUuid>
#include <QWidget>

#include <optional>

class QLabel;
class QListWidget;
class QSplitter;
class QTableView;
class QTimer;

namespace stockroom::item {
class CountLineModel;
}

namespace stockroom::ui {

class CountCorrectionBar;
class CountLineHighlightProxyModel;
class CountWorkflowBar;

/**
 * The counting screen of one count session, made for keyboard-wedge barcode scanners: a scan
 * field that keeps the focus, where each scan (a barcode or SKU then Enter, "12*" before it to
 * count twelve) is stored at once and adds to its product's only row, which is selected and
 * scrolled to; a result label that flashes green for a counted scan and red, with a beep, for
 * an unknown code or a refusal; unknown codes kept in a list for follow-up; manual correction
 * of a line; and the steps from submit to post.
 */
class CountingView : public QWidget
{
    Q_OBJECT

public:
    using Feedback = CountScanInput::Feedback;

    /** Both services are borrowed and must outlive the view. */
    CountingView(replica::InventoryService &inventory, replica::CountService &counts,
                 QWidget *parent = nullptr);
    ~CountingView() override;

    /** Shows this count (a null id: none) with the focus in the scan field. */
    void showCount(const QUuid &countId);
    QUuid countId() const { return m_countId; }
    const std::optional<replica::CountSessionInfo> &session() const { return m_session; }
    /** Re-reads the session, its lines and its unknown codes (after a sync, say). */
    void reload();
    /** The signed-in role: posting is offered only when it may record movements. */
    void setRole(const QString &role);

    /** The SKUs of the selected lines. */
    QStringList selectedSkus() const;
    /** The SKU of the current line, or "". */
    QString currentSku() const;
    /** Products counted so far (lines waiting for their recount not included). */
    int countedLines() const;
    void focusScanField();

    void showFeedback(const QString &text, Feedback kind);
    Feedback feedback() const;
    QString feedbackText() const;
    CountWorkflowBar *workflowBar() const { return m_workflow; }

Q_SIGNALS:
    /** A scan or a correction was stored; lines is how many products the count has now. */
    void linesChanged(const QUuid &countId, int lines);
    /** The session moved to another state (submitted, reviewed, sent to a recount, posted). */
    void sessionChanged(const QUuid &countId);
    /** Posting wrote count movements (stock shown elsewhere is out of date). */
    void countPosted(const QUuid &countId);
    /** An unknown code or a refused scan was signalled with a beep. */
    void alerted();

protected:
    void changeEvent(QEvent *event) override;

private:
    void count(const QString &line, const QString &ignored);
    void correct(const QString &sku, qint64 quantity);
    void afterLineChange(int row);
    void onSelectionChanged();
    void refreshLines();
    void refreshUnknown();
    void selectUnknown(const QString &code);
    void applyColumns();
    void updateHeader();
    void updateCorrection();
    void updateLineCount();
    void selectRow(int row);

    replica::InventoryService &m_inventory;
    replica::CountService &m_counts;
    QUuid m_countId;
    std::optional<replica::CountSessionInfo> m_session;
    int m_unknownCount = 0;

    item::CountLineModel *m_lines;
    CountLineHighlightProxyModel *m_highlight;
    QTimer *m_refreshTimer;

    QLabel *m_titleLabel;
    QLabel *m_infoLabel;
    CountWorkflowBar *m_workflow;
    CountScanInput *m_scanInput;
    QSplitter *m_splitter;
    QTableView *m_table;
    QWidget *m_unknownSide;
    QLabel *m_unknownLabel;
    QListWidget *m_unknownList;
    CountCorrectionBar *m_correction;
    QLabel *m_lineCountLabel;
};

} // namespace stockroom::ui
