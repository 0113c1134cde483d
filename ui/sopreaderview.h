#pragma once

#include "sopservice.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPagedPaintDevice;
class QPushButton;
class QTextBrowser;
class QTextDocument;
class QTreeWidget;
class QTreeWidgetItem;

namespace stockroom::ui {

/**
 * Shows one SOP version as the SOPs page's reader: its Markdown rendered (headings, lists,
 * checklists, tables, images from :/sops), a table of contents of its headings and steps that
 * scrolls the text to one, "I have read this version", print and export to PDF.
 */
class SopReaderView : public QWidget
{
    Q_OBJECT

public:
    explicit SopReaderView(QWidget *parent = nullptr);

    void setSop(const replica::StoredSop &sop);
    void clear();
    const std::optional<replica::StoredSop> &sop() const { return m_sop; }

    /**
     * The "I have read this version" button: offered when enabled, otherwise disabled with a
     * text that says why (already read, an older version).
     */
    void setAcknowledgeState(bool enabled, const QString &buttonText, const QString &explanation);
    /** Whether the walkthrough is offered (roles that train). */
    void setWalkthroughVisible(bool visible);

    /** Scrolls the text so that the heading of this table-of-contents entry is at the top. */
    void showHeading(int tocIndex);
    /** The headings' text, in document order, as the table of contents lists them. */
    QStringList headings() const;

    /** Writes the rendered SOP as a PDF file (A4); false with *error on failure. */
    bool writePdf(const QString &fileName, QString *error) const;

    QTextBrowser *browser() const { return m_browser; }
    QTreeWidget *tableOfContents() const { return m_toc; }

public Q_SLOTS:
    /** Asks for a printer (the system's print dialog) and prints the SOP. */
    void print();
    /** Asks for a file name and writes the PDF. */
    void exportPdf();

Q_SIGNALS:
    void acknowledgeRequested();
    void walkthroughRequested();
    /** Print or PDF export finished: a sentence for the page's status line. */
    void outputFinished(const QString &message, bool problem);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void buildTableOfContents();
    void printTo(QPagedPaintDevice *device) const;
    QString metaText() const;

    std::optional<replica::StoredSop> m_sop;
    QLabel *m_metaLabel;
    QTreeWidget *m_toc;
    QTextBrowser *m_browser;
    QPushButton *m_acknowledgeButton;
    QLabel *m_acknowledgeLabel;
    QPushButton *m_walkthroughButton;
    QPushButton *m_printButton;
    QPushButton *m_pdfButton;
    /** Block number of each table-of-contents entry, in its order. */
    QList<int> m_headingBlocks;
};

} // namespace stockroom::ui
