#include "sopdiffview.h"

#include <QComboBox>
#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace stockroom::ui {

namespace {

using domain::SopDiffKind;
using domain::SopDiffLine;

/** Unchanged lines kept around a change; longer unchanged stretches are folded. */
constexpr int contextLines = 2;

QString lineNumber(int number)
{
    return number > 0 ? QString::number(number) : QString();
}

QString row(const SopDiffLine &line)
{
    QString sign;
    QString background;
    QString colour;
    switch (line.kind) {
    case SopDiffKind::Same:
        sign = QStringLiteral("&nbsp;");
        colour = QStringLiteral("#555555");
        break;
    case SopDiffKind::Added:
        sign = QStringLiteral("+");
        background = SopDiffView::addedBackground;
        colour = QStringLiteral("#0b5d1e");
        break;
    case SopDiffKind::Removed:
        sign = QStringLiteral("&minus;");
        background = SopDiffView::removedBackground;
        colour = QStringLiteral("#8a1111");
        break;
    }
    // Qt's rich text colours table cells by their bgcolor attribute, not by a row's style.
    const QString cell = background.isEmpty()
                             ? QStringLiteral("<td")
                             : QStringLiteral("<td bgcolor=\"%1\"").arg(background);
    const QString text = line.text.isEmpty() ? QStringLiteral("&nbsp;") : line.text.toHtmlEscaped();
    return QStringLiteral("<tr>%1 align=\"right\"><span style=\"color:#888888;\">%2</span></td>"
                          "%1 align=\"right\"><span style=\"color:#888888;\">%3</span></td>"
                          "%1><span style=\"color:%4;\">%5</span></td>"
                          "%1><span style=\"color:%4;white-space:pre-wrap;\">%6</span></td></tr>")
        .arg(cell, lineNumber(line.oldLine), lineNumber(line.newLine), colour, sign, text);
}

} // namespace

SopDiffView::SopDiffView(QWidget *parent)
    : QWidget(parent)
    , m_fromLabel(new QLabel(this))
    , m_fromCombo(new QComboBox(this))
    , m_toLabel(new QLabel(this))
    , m_toCombo(new QComboBox(this))
    , m_readButton(new QPushButton(this))
    , m_summaryLabel(new QLabel(this))
    , m_browser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("sopDiffView"));
    m_fromCombo->setObjectName(QStringLiteral("fromVersionComboBox"));
    m_toCombo->setObjectName(QStringLiteral("toVersionComboBox"));
    m_readButton->setObjectName(QStringLiteral("readVersionButton"));
    m_summaryLabel->setObjectName(QStringLiteral("diffSummaryLabel"));
    m_summaryLabel->setWordWrap(true);
    m_browser->setObjectName(QStringLiteral("diffTextBrowser"));
    m_fromLabel->setBuddy(m_fromCombo);
    m_toLabel->setBuddy(m_toCombo);

    auto *choose = new QHBoxLayout;
    choose->addWidget(m_fromLabel);
    choose->addWidget(m_fromCombo, 1);
    choose->addWidget(m_toLabel);
    choose->addWidget(m_toCombo, 1);
    choose->addWidget(m_readButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(choose);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(m_browser, 1);

    connect(m_fromCombo, &QComboBox::currentIndexChanged, this, &SopDiffView::showDiff);
    connect(m_toCombo, &QComboBox::currentIndexChanged, this, &SopDiffView::showDiff);
    connect(m_readButton, &QPushButton::clicked, this, [this] {
        if (!m_history.isEmpty() && m_toCombo->currentIndex() >= 0)
            Q_EMIT versionRequested(m_history.constFirst().document.id,
                                    m_toCombo->currentData().toInt());
    });
    retranslate();
    clear();
}

void SopDiffView::setHistory(const QList<replica::StoredSop> &history)
{
    m_history = history;
    fillCombo(m_fromCombo);
    fillCombo(m_toCombo);
    const bool several = history.size() > 1;
    m_fromCombo->setEnabled(several);
    m_toCombo->setEnabled(several);
    m_readButton->setEnabled(!history.isEmpty());
    {
        const QSignalBlocker fromBlocker(m_fromCombo);
        const QSignalBlocker toBlocker(m_toCombo);
        m_toCombo->setCurrentIndex(history.isEmpty() ? -1 : 0);
        m_fromCombo->setCurrentIndex(several ? 1 : (history.isEmpty() ? -1 : 0));
    }
    showDiff();
}

void SopDiffView::clear()
{
    setHistory({});
}

bool SopDiffView::compare(int fromVersion, int toVersion)
{
    const int from = m_fromCombo->findData(fromVersion);
    const int to = m_toCombo->findData(toVersion);
    if (from < 0 || to < 0)
        return false;
    {
        const QSignalBlocker fromBlocker(m_fromCombo);
        const QSignalBlocker toBlocker(m_toCombo);
        m_fromCombo->setCurrentIndex(from);
        m_toCombo->setCurrentIndex(to);
    }
    showDiff();
    return true;
}

void SopDiffView::fillCombo(QComboBox *combo)
{
    const QSignalBlocker blocker(combo);
    combo->clear();
    for (const replica::StoredSop &sop : std::as_const(m_history)) {
        QString text = tr("Version %1").arg(sop.document.version);
        if (sop.publishedAtMs > 0) {
            text = tr("Version %1 (%2)")
                       .arg(sop.document.version)
                       .arg(QLocale().toString(
                           QDateTime::fromMSecsSinceEpoch(sop.publishedAtMs).date(),
                           QLocale::ShortFormat));
        }
        combo->addItem(text, sop.document.version);
    }
}

const replica::StoredSop *SopDiffView::stored(int version) const
{
    for (const replica::StoredSop &sop : m_history) {
        if (sop.document.version == version)
            return &sop;
    }
    return nullptr;
}

QString SopDiffView::diffHtml(const QList<domain::SopDiffLine> &lines)
{
    // Which lines to show: every change and contextLines unchanged lines either side of it.
    QList<bool> shown(lines.size(), false);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines.at(i).kind == SopDiffKind::Same)
            continue;
        for (qsizetype j = std::max<qsizetype>(0, i - contextLines);
             j <= std::min<qsizetype>(lines.size() - 1, i + contextLines); ++j)
            shown[j] = true;
    }
    QString html = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\" "
                                  "style=\"font-family:monospace;\">");
    qsizetype folded = 0;
    const auto flushFolded = [&] {
        if (folded == 0)
            return;
        html += QStringLiteral("<tr><td></td><td></td><td></td><td style=\"color:#888888;\">"
                               "<i>%1</i></td></tr>")
                    .arg(tr("… %n unchanged line(s) …", nullptr, int(folded)).toHtmlEscaped());
        folded = 0;
    };
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (!shown.at(i)) {
            ++folded;
            continue;
        }
        flushFolded();
        html += row(lines.at(i));
    }
    flushFolded();
    html += QStringLiteral("</table>");
    return html;
}

void SopDiffView::showDiff()
{
    const replica::StoredSop *from = stored(m_fromCombo->currentData().toInt());
    const replica::StoredSop *to = stored(m_toCombo->currentData().toInt());
    if (m_history.isEmpty() || !from || !to) {
        m_summaryLabel->setText(tr("Choose an SOP in the list to see its versions."));
        m_browser->clear();
        return;
    }
    if (m_history.size() == 1) {
        m_summaryLabel->setText(tr("There is only version %1 of this SOP; nothing to compare yet.")
                                    .arg(to->document.version));
        m_browser->clear();
        return;
    }
    if (from == to) {
        m_summaryLabel->setText(tr("Choose two different versions to see what changed."));
        m_browser->clear();
        return;
    }
    const QList<domain::SopDiffLine> lines
        = domain::diffSop(from->document.body, to->document.body);
    int added = 0;
    int removed = 0;
    for (const domain::SopDiffLine &line : lines) {
        added += line.kind == SopDiffKind::Added ? 1 : 0;
        removed += line.kind == SopDiffKind::Removed ? 1 : 0;
    }
    QString summary = tr("From version %1 to version %2: %3 added, %4 removed.")
                          .arg(from->document.version)
                          .arg(to->document.version)
                          .arg(tr("%n line(s)", nullptr, added))
                          .arg(tr("%n line(s)", nullptr, removed));
    if (from->document.title != to->document.title) {
        summary += QLatin1Char(' ')
                   + tr("The title changed from \"%1\" to \"%2\".")
                         .arg(from->document.title, to->document.title);
    }
    if (added == 0 && removed == 0)
        summary = tr("Versions %1 and %2 have the same text.")
                      .arg(from->document.version)
                      .arg(to->document.version);
    m_summaryLabel->setText(summary);
    m_browser->setHtml(diffHtml(lines));
}

void SopDiffView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SopDiffView::retranslate()
{
    m_fromLabel->setText(tr("&From:"));
    m_toLabel->setText(tr("&To:"));
    m_readButton->setText(tr("Read This Version"));
    const int from = m_fromCombo->currentData().toInt();
    const int to = m_toCombo->currentData().toInt();
    fillCombo(m_fromCombo);
    fillCombo(m_toCombo);
    if (!compare(from, to))
        showDiff();
}

} // namespace stockroom::ui
