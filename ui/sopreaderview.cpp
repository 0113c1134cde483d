#include "sopreaderview.h"

#include "syncpanel.h"

#include <QAbstractTextDocumentLayout>
#include <QDateTime>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPdfWriter>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QStandardPaths>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <memory>

namespace stockroom::ui {

namespace {

/** The body as the reader renders it: with the title as its first heading. */
QString readerMarkdown(const domain::SopDocument &sop)
{
    if (sop.body.startsWith(QLatin1String("# ")))
        return sop.body;
    return QStringLiteral("# %1\n\n").arg(sop.title) + sop.body;
}

} // namespace

SopReaderView::SopReaderView(QWidget *parent)
    : QWidget(parent)
    , m_metaLabel(new QLabel(this))
    , m_toc(new QTreeWidget(this))
    , m_browser(new QTextBrowser(this))
    , m_acknowledgeButton(new QPushButton(this))
    , m_acknowledgeLabel(new QLabel(this))
    , m_walkthroughButton(new QPushButton(this))
    , m_printButton(new QPushButton(this))
    , m_pdfButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("sopReaderView"));
    m_metaLabel->setObjectName(QStringLiteral("sopMetaLabel"));
    m_metaLabel->setWordWrap(true);
    m_metaLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_toc->setObjectName(QStringLiteral("tocTreeWidget"));
    m_toc->setHeaderHidden(true);
    m_toc->setColumnCount(1);
    m_toc->setRootIsDecorated(true);
    m_toc->setMinimumWidth(160);
    m_browser->setObjectName(QStringLiteral("sopTextBrowser"));
    m_browser->setOpenExternalLinks(true);
    // Images in an SOP name files next to the bundled SOPs, e.g. ![shelf](images/shelf.png).
    m_browser->setSearchPaths({QStringLiteral(":/sops")});
    m_acknowledgeButton->setObjectName(QStringLiteral("acknowledgeButton"));
    m_acknowledgeLabel->setObjectName(QStringLiteral("acknowledgeStateLabel"));
    m_acknowledgeLabel->setWordWrap(true);
    m_walkthroughButton->setObjectName(QStringLiteral("walkthroughButton"));
    m_walkthroughButton->hide();
    m_printButton->setObjectName(QStringLiteral("printButton"));
    m_pdfButton->setObjectName(QStringLiteral("exportPdfButton"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_acknowledgeButton);
    buttons->addStretch(1);
    buttons->addWidget(m_walkthroughButton);
    buttons->addWidget(m_printButton);
    buttons->addWidget(m_pdfButton);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("readerSplitter"));
    splitter->addWidget(m_toc);
    splitter->addWidget(m_browser);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({170, 630});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_metaLabel);
    layout->addLayout(buttons);
    layout->addWidget(m_acknowledgeLabel);
    layout->addWidget(splitter, 1);

    connect(m_acknowledgeButton, &QPushButton::clicked, this, &SopReaderView::acknowledgeRequested);
    connect(m_walkthroughButton, &QPushButton::clicked, this, &SopReaderView::walkthroughRequested);
    connect(m_printButton, &QPushButton::clicked, this, &SopReaderView::print);
    connect(m_pdfButton, &QPushButton::clicked, this, &SopReaderView::exportPdf);
    connect(m_toc, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item)
            showHeading(item->data(0, Qt::UserRole).toInt());
    });
    connect(m_toc, &QTreeWidget::itemClicked, this,
            [this](QTreeWidgetItem *item) { showHeading(item->data(0, Qt::UserRole).toInt()); });
    retranslate();
    clear();
}

void SopReaderView::setSop(const replica::StoredSop &sop)
{
    m_sop = sop;
    m_browser->setMarkdown(readerMarkdown(sop.document));
    m_browser->document()->setMetaInformation(QTextDocument::DocumentTitle, sop.document.title);
    m_metaLabel->setText(metaText());
    buildTableOfContents();
    m_printButton->setEnabled(true);
    m_pdfButton->setEnabled(true);
}

void SopReaderView::clear()
{
    m_sop.reset();
    m_browser->clear();
    m_toc->clear();
    m_headingBlocks.clear();
    m_metaLabel->setText(tr("Choose an SOP in the list to read it."));
    setAcknowledgeState(false, tr("I Have Read This Version"), QString());
    m_printButton->setEnabled(false);
    m_pdfButton->setEnabled(false);
}

void SopReaderView::setAcknowledgeState(bool enabled, const QString &buttonText,
                                        const QString &explanation)
{
    m_acknowledgeButton->setEnabled(enabled);
    m_acknowledgeButton->setText(buttonText);
    m_acknowledgeLabel->setText(explanation);
    m_acknowledgeLabel->setVisible(!explanation.isEmpty());
}

void SopReaderView::setWalkthroughVisible(bool visible)
{
    m_walkthroughButton->setVisible(visible);
}

void SopReaderView::buildTableOfContents()
{
    m_toc->clear();
    m_headingBlocks.clear();
    QTreeWidgetItem *parents[7] = {};
    for (QTextBlock block = m_browser->document()->begin(); block.isValid(); block = block.next()) {
        const int level = block.blockFormat().headingLevel();
        if (level <= 0)
            continue;
        const int index = int(m_headingBlocks.size());
        m_headingBlocks.append(block.blockNumber());
        QTreeWidgetItem *parent = nullptr;
        for (int up = std::min(level, 7) - 1; up > 0 && !parent; --up)
            parent = parents[up];
        auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_toc);
        item->setText(0, block.text().trimmed());
        item->setToolTip(0, block.text().trimmed());
        item->setData(0, Qt::UserRole, index);
        parents[std::min(level, 6)] = item;
        for (int below = std::min(level, 6) + 1; below < 7; ++below)
            parents[below] = nullptr;
    }
    m_toc->expandAll();
}

QStringList SopReaderView::headings() const
{
    QStringList texts;
    for (int number : m_headingBlocks)
        texts.append(m_browser->document()->findBlockByNumber(number).text().trimmed());
    return texts;
}

void SopReaderView::showHeading(int tocIndex)
{
    if (tocIndex < 0 || tocIndex >= m_headingBlocks.size())
        return;
    const QTextBlock block = m_browser->document()->findBlockByNumber(m_headingBlocks.at(tocIndex));
    QTextCursor cursor(block);
    m_browser->setTextCursor(cursor);
    const QRectF rect = m_browser->document()->documentLayout()->blockBoundingRect(block);
    m_browser->verticalScrollBar()->setValue(
        int(rect.top() - m_browser->document()->documentMargin()));
}

QString SopReaderView::metaText() const
{
    if (!m_sop)
        return {};
    const domain::SopDocument &d = m_sop->document;
    QStringList parts{tr("Version %1").arg(d.version)};
    if (m_sop->publishedAtMs > 0) {
        parts.append(
            tr("published %1")
                .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(m_sop->publishedAtMs).date(),
                                        QLocale::ShortFormat)));
    }
    QStringList roles;
    for (const QString &role : d.roles)
        roles.append(SyncPanel::roleTitle(role));
    parts.append(roles.isEmpty() ? tr("for everyone")
                                 : tr("for %1").arg(QLocale().createSeparatedList(roles)));
    if (!d.tags.isEmpty())
        parts.append(tr("tags: %1").arg(d.tags.join(QStringLiteral(", "))));
    return parts.join(QStringLiteral(" · "));
}

void SopReaderView::printTo(QPagedPaintDevice *device) const
{
    std::unique_ptr<QTextDocument> document(m_browser->document()->clone());
    // The version and audience under the title, so that a printed copy says which one it is.
    QTextCursor cursor(document->firstBlock());
    cursor.movePosition(QTextCursor::EndOfBlock);
    cursor.insertBlock(QTextBlockFormat(), QTextCharFormat());
    cursor.insertText(metaText());
    document->print(device);
}

void SopReaderView::print()
{
    if (!m_sop)
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(m_sop->document.title);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print %1").arg(m_sop->document.title));
    if (dialog.exec() != QDialog::Accepted)
        return;
    printTo(&printer);
    Q_EMIT outputFinished(tr("Sent \"%1\" (version %2) to the printer.")
                              .arg(m_sop->document.title)
                              .arg(m_sop->document.version),
                          false);
}

bool SopReaderView::writePdf(const QString &fileName, QString *error) const
{
    if (!m_sop) {
        *error = tr("There is no SOP to export.");
        return false;
    }
    {
        QPdfWriter writer(fileName);
        writer.setTitle(m_sop->document.title);
        writer.setCreator(tr("Stockroom"));
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setResolution(300);
        printTo(&writer);
    }
    if (QFileInfo(fileName).size() <= 0) {
        *error = tr("Cannot write %1.").arg(QDir::toNativeSeparators(fileName));
        return false;
    }
    return true;
}

void SopReaderView::exportPdf()
{
    if (!m_sop)
        return;
    const QString suggested
        = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
              .filePath(QStringLiteral("%1-v%2.pdf")
                            .arg(m_sop->document.id)
                            .arg(m_sop->document.version));
    const QString fileName = QFileDialog::getSaveFileName(
        this, tr("Export %1 as PDF").arg(m_sop->document.title), suggested, tr("PDF (*.pdf)"));
    if (fileName.isEmpty())
        return;
    QString error;
    if (writePdf(fileName, &error))
        Q_EMIT outputFinished(tr("Saved %1.").arg(QDir::toNativeSeparators(fileName)), false);
    else
        Q_EMIT outputFinished(error, true);
}

void SopReaderView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SopReaderView::retranslate()
{
    m_walkthroughButton->setText(tr("Walk Through…"));
    m_walkthroughButton->setToolTip(
        tr("Teach this SOP one step at a time and record the training session."));
    m_printButton->setText(tr("Print…"));
    m_pdfButton->setText(tr("Export PDF…"));
    m_toc->setAccessibleName(tr("Contents"));
    if (m_sop)
        m_metaLabel->setText(metaText());
}

} // namespace stockroom::ui
