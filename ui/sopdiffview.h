#pragma once

#include "sopservice.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTextBrowser;

namespace stockroom::ui {

/**
 * The version history of one SOP and what changed between two chosen versions: added lines
 * green with "+", removed lines red with "−", long unchanged stretches folded around the
 * changes (domain::diffSop).
 */
class SopDiffView : public QWidget
{
    Q_OBJECT

public:
    explicit SopDiffView(QWidget *parent = nullptr);

    /** Every stored version of one SOP, newest first; compares the latest with the one before. */
    void setHistory(const QList<replica::StoredSop> &history);
    void clear();
    /** Compares two stored versions (either order); false when one is not in the history. */
    bool compare(int fromVersion, int toVersion);

    /** The background colours of added and removed lines. */
    static constexpr QLatin1StringView addedBackground{"#d7f5dd"};
    static constexpr QLatin1StringView removedBackground{"#fbdcdc"};

    /** The diff as HTML, one table row per line, for the browser. */
    static QString diffHtml(const QList<domain::SopDiffLine> &lines);

    QTextBrowser *browser() const { return m_browser; }

Q_SIGNALS:
    /** "Read This Version": show that version in the reader. */
    void versionRequested(const QString &sopId, int version);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillCombo(QComboBox *combo);
    void showDiff();
    const replica::StoredSop *stored(int version) const;

    QList<replica::StoredSop> m_history;
    QLabel *m_fromLabel;
    QComboBox *m_fromCombo;
    QLabel *m_toLabel;
    QComboBox *m_toCombo;
    QPushButton *m_readButton;
    QLabel *m_summaryLabel;
    QTextBrowser *m_browser;
};

} // namespace stockroom::ui
