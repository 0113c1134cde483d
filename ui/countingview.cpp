#include "countingview.h"

#include "celltext.h"
#include "countcorrectionbar.h"
#include "countlinehighlightproxymodel.h"
#include "countlinemodel.h"
#include "countsessiontablemodel.h"
#include "countworkflowbar.h"
#include "discrepancytablemodel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QSet>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace stockroom::ui {

namespace {

using domain::CountState;
using item::CountLineModel;
using item::CountLineRow;

// Lines are re-read from the replica (counted at, expected) this long after the last scan; the
// scan itself updates its row at once.
constexpr int refreshDelayMs = 400;

bool isReviewed(const std::optional<replica::CountSessionInfo> &session)
{
    return session
           && (session->state == CountState::Reviewed || session->state == CountState::Posted);
}

CountLineRow rowOf(const replica::CountLine &line)
{
    CountLineRow row;
    row.sku = line.sku;
    row.productName = line.productName;
    row.counted = line.counted;
    row.countedAtMs = line.countedAtMs;
    row.expected = line.expected;
    row.round = line.round;
    return row;
}

CountLineRow rowOf(const replica::ReviewedLine &line)
{
    CountLineRow row;
    row.sku = line.variance.sku;
    row.productName = line.productName;
    row.counted = line.variance.counted;
    row.countedAtMs = line.countedAtMs;
    row.expected = line.variance.expected;
    row.round = line.round;
    row.variance = line.variance;
    row.decision = replica::countDecisionName(line.decision);
    row.assumed = line.assumed;
    row.discrepancy = line.discrepancy;
    return row;
}

} // namespace

CountingView::CountingView(replica::InventoryService &inventory, replica::CountService &counts,
                           QWidget *parent)
    : QWidget(parent)
    , m_inventory(inventory)
    , m_counts(counts)
    , m_lines(new CountLineModel(this))
    , m_highlight(new CountLineHighlightProxyModel(this))
    , m_refreshTimer(new QTimer(this))
    , m_titleLabel(new QLabel(this))
    , m_infoLabel(new QLabel(this))
    , m_workflow(new CountWorkflowBar(counts, this))
    , m_scanInput(new CountScanInput(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_table(new QTableView(this))
    , m_unknownSide(new QWidget(this))
    , m_unknownLabel(new QLabel(this))
    , m_unknownList(new QListWidget(this))
    , m_correction(new CountCorrectionBar(this))
    , m_lineCountLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("countingView"));

    m_titleLabel->setObjectName(QStringLiteral("countTitleLabel"));
    m_titleLabel->setTextFormat(Qt::PlainText);
    QFont titleFont = m_titleLabel->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_titleLabel->setFont(titleFont);
    m_infoLabel->setObjectName(QStringLiteral("countInfoLabel"));
    m_infoLabel->setTextFormat(Qt::PlainText);
    m_infoLabel->setWordWrap(true);

    m_highlight->setSourceModel(m_lines);
    m_table->setObjectName(QStringLiteral("countLinesTableView"));
    m_table->setModel(m_highlight);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    // A click selects lines; the keyboard (and the scanner) stays in the scan field.
    m_table->setFocusPolicy(Qt::TabFocus);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    QHeaderView *columns = m_table->horizontalHeader();
    columns->setHighlightSections(false);
    columns->setStretchLastSection(false);
    columns->setSectionResizeMode(CountLineModel::NameColumn, QHeaderView::Stretch);
    // Sized so that a reviewed count's eight columns fit beside the unknown codes at 1100 px.
    const QFontMetrics metrics = m_table->fontMetrics();
    const auto widthOf = [&metrics](const QString &sample) {
        return metrics.horizontalAdvance(sample) + 16;
    };
    const QList<QPair<int, QString>> samples{
        {CountLineModel::SkuColumn, QStringLiteral("WWW-0000")},
        {CountLineModel::CountedColumn, QStringLiteral("00,000")},
        {CountLineModel::CountedAtColumn, QStringLiteral("00:00 AM")},
        {CountLineModel::ExpectedColumn, QStringLiteral("00,000")},
        {CountLineModel::VarianceUnitsColumn, QStringLiteral("-0,000")},
        {CountLineModel::VarianceValueColumn, QStringLiteral("-0,000.00")},
        {CountLineModel::DecisionColumn, QStringLiteral("Discrepancy")},
    };
    for (const auto &[column, sample] : samples) {
        const QString header = m_lines->headerData(column, Qt::Horizontal).toString();
        columns->resizeSection(column, qMax(widthOf(sample), widthOf(header)));
    }

    m_unknownSide->setObjectName(QStringLiteral("unknownCodesPanel"));
    m_unknownLabel->setObjectName(QStringLiteral("unknownCodesLabel"));
    m_unknownLabel->setWordWrap(true);
    m_unknownList->setObjectName(QStringLiteral("unknownCodesListWidget"));
    m_unknownList->setFocusPolicy(Qt::TabFocus);
    m_unknownList->setSelectionMode(QAbstractItemView::SingleSelection);
    m_unknownList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_unknownList->setTextElideMode(Qt::ElideMiddle);
    auto *unknownLayout = new QVBoxLayout(m_unknownSide);
    unknownLayout->setContentsMargins(0, 0, 0, 0);
    unknownLayout->addWidget(m_unknownLabel);
    unknownLayout->addWidget(m_unknownList, 1);
    m_splitter->setObjectName(QStringLiteral("countingSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_unknownSide);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({700, 190});
    m_unknownSide->hide(); // until a code nobody knows is scanned

    m_lineCountLabel->setObjectName(QStringLiteral("lineCountLabel"));
    m_lineCountLabel->setEnabled(false);
    for (QWidget *widget : {static_cast<QWidget *>(m_correction->spinBox()),
                            static_cast<QWidget *>(m_table), static_cast<QWidget *>(m_unknownList)})
        m_scanInput->watchForStrayScans(widget);

    auto *header = new QHBoxLayout;
    header->addWidget(m_titleLabel, 1);
    header->addWidget(m_workflow);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_correction);
    bottom->addStretch(1);
    bottom->addWidget(m_lineCountLabel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(m_infoLabel);
    layout->addWidget(m_scanInput);
    layout->addWidget(m_splitter, 1);
    layout->addLayout(bottom);
    setFocusProxy(m_scanInput);

    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(refreshDelayMs);

    connect(m_scanInput, &CountScanInput::lineEntered, this, &CountingView::count);
    connect(m_scanInput, &CountScanInput::strayScanned, this, &CountingView::updateCorrection);
    connect(m_scanInput, &CountScanInput::alerted, this, &CountingView::alerted);
    connect(m_correction, &CountCorrectionBar::correctionRequested, this, &CountingView::correct);
    connect(m_correction, &CountCorrectionBar::cancelled, this, &CountingView::focusScanField);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CountingView::updateCorrection);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CountingView::onSelectionChanged);
    // A double click on a line is the way to correct it.
    connect(m_table, &QTableView::doubleClicked, m_correction, &CountCorrectionBar::edit);
    connect(m_refreshTimer, &QTimer::timeout, this, &CountingView::refreshLines);
    connect(m_workflow, &CountWorkflowBar::advanced, this,
            [this](const QUuid &id, const QString &message) {
                reload();
                showFeedback(message, Feedback::Done);
                focusScanField();
                Q_EMIT sessionChanged(id);
            });
    connect(m_workflow, &CountWorkflowBar::failed, this, [this](const QString &message) {
        reload(); // someone else (another desktop process) may have moved it on
        showFeedback(message, Feedback::Problem);
        focusScanField();
    });
    connect(m_workflow, &CountWorkflowBar::posted, this, &CountingView::countPosted);

    reload();
}

CountingView::~CountingView() = default;

void CountingView::showCount(const QUuid &countId)
{
    if (countId != m_countId) {
        m_countId = countId;
        m_lines->clear();
        m_scanInput->clearInput();
        showFeedback({}, Feedback::None);
    }
    reload();
    focusScanField();
}

void CountingView::reload()
{
    m_session = m_countId.isNull() ? std::nullopt : m_counts.session(m_countId);
    if (!m_session)
        m_countId = QUuid();
    m_refreshTimer->stop();
    refreshLines();
    refreshUnknown();
    applyColumns();
    updateHeader();
    m_workflow->setSession(m_session);
    updateCorrection();
}

void CountingView::setRole(const QString &role)
{
    m_workflow->setRole(role);
}

void CountingView::focusScanField()
{
    m_scanInput->focusInput();
}

QStringList CountingView::selectedSkus() const
{
    QStringList skus;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        skus.append(index.data(CountLineModel::SkuRole).toString());
    std::sort(skus.begin(), skus.end());
    return skus;
}

QString CountingView::currentSku() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.data(CountLineModel::SkuRole).toString() : QString();
}

int CountingView::countedLines() const
{
    int counted = 0;
    for (const CountLineRow &line : m_lines->lines())
        counted += line.awaitingRecount ? 0 : 1;
    return counted;
}

void CountingView::showFeedback(const QString &text, Feedback kind)
{
    m_scanInput->showFeedback(text, kind);
}

CountingView::Feedback CountingView::feedback() const
{
    return m_scanInput->feedback();
}

QString CountingView::feedbackText() const
{
    return m_scanInput->feedbackText();
}

void CountingView::count(const QString &line, const QString &ignored)
{
    if (!m_session) {
        showFeedback(tr("Start a count or choose one before scanning."), Feedback::Problem);
        m_scanInput->alert();
        return;
    }
    QString error;
    const auto input = domain::parseScan(line, &error);
    if (!input) {
        showFeedback(error, Feedback::Problem);
        m_scanInput->alert();
        return;
    }
    const replica::ScanResult result = m_counts.scan(m_countId, input->code, input->multiplier);
    if (!result.ok()) {
        showFeedback(result.error, Feedback::Problem);
        m_scanInput->alert();
        return;
    }
    const QString note
        = ignored.isEmpty()
              ? QString()
              : QLatin1Char(' ') + tr("(\"%1\", typed before the scan, was ignored.)").arg(ignored);
    if (!result.known) {
        refreshUnknown();
        selectUnknown(result.code);
        showFeedback(tr("Unknown code %1: kept for follow-up. Put the item aside.").arg(result.code)
                         + note,
                     Feedback::Unknown);
        m_scanInput->alert();
        return;
    }
    const QLocale locale;
    const QString added
        = result.added == 1
              ? QString()
              : QStringLiteral(" (%1%2)").arg(locale.positiveSign(), locale.toString(result.added));
    afterLineChange(
        m_lines->applyScan(result.sku, result.productName, result.lineQuantity, m_inventory.now()));
    showFeedback(
        tr("%1 %2: %3").arg(result.sku, result.productName, locale.toString(result.lineQuantity))
            + added + note,
        Feedback::Counted);
}

void CountingView::correct(const QString &sku, qint64 quantity)
{
    QString error;
    if (!m_session || !m_counts.setLine(m_countId, sku, quantity, &error)) {
        showFeedback(m_session ? error : tr("Start a count or choose one before scanning."),
                     Feedback::Problem);
        m_scanInput->alert();
        focusScanField();
        return;
    }
    focusScanField();
    afterLineChange(m_lines->applyScan(sku, {}, quantity, m_inventory.now()));
    showFeedback(tr("%1 corrected to %2.").arg(sku, QLocale().toString(quantity)),
                 Feedback::Counted);
}

void CountingView::afterLineChange(int row)
{
    selectRow(row);
    updateCorrection();
    updateLineCount();
    m_refreshTimer->start();
    Q_EMIT linesChanged(m_countId, countedLines());
}

void CountingView::selectRow(int row)
{
    const QModelIndex index = m_highlight->index(row, CountLineModel::SkuColumn);
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect
                                                          | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

void CountingView::onSelectionChanged()
{
    m_workflow->setSelectedSkus(selectedSkus());
}

void CountingView::refreshLines()
{
    if (!m_session) {
        m_lines->clear();
        updateLineCount();
        return;
    }
    QList<CountLineRow> rows;
    if (isReviewed(m_session)) {
        for (const replica::ReviewedLine &line : m_counts.reviewedLines(m_countId))
            rows.append(rowOf(line));
    } else {
        QSet<QString> counted;
        for (const replica::CountLine &line : m_counts.lines(m_countId)) {
            rows.append(rowOf(line));
            counted.insert(line.sku);
        }
        // A line sent to a recount has no line until its first new scan: show what to count.
        for (const QString &sku : m_session->recounting) {
            if (counted.contains(sku))
                continue;
            CountLineRow waiting;
            waiting.sku = sku;
            waiting.productName = m_inventory.findProduct(sku).value_or(domain::Product{}).name;
            waiting.round = 2;
            waiting.awaitingRecount = true;
            rows.append(waiting);
        }
    }
    m_lines->setLines(rows);
    updateLineCount();
}

void CountingView::refreshUnknown()
{
    const QString current = m_unknownList->currentItem()
                                ? m_unknownList->currentItem()->data(Qt::UserRole).toString()
                                : QString();
    m_unknownList->clear();
    const QList<replica::UnknownCode> codes
        = m_session ? m_counts.unknownCodes(m_countId) : QList<replica::UnknownCode>();
    const QLocale locale;
    for (const replica::UnknownCode &code : codes) {
        auto *item = new QListWidgetItem(
            tr("%1 · %2 unit(s)").arg(code.code, locale.toString(code.quantity)), m_unknownList);
        item->setData(Qt::UserRole, code.code);
        item->setToolTip(tr("%1: scanned %n time(s); nobody knows this code. Find the item "
                            "and add its barcode to the catalogue, or count it under its SKU.",
                            nullptr, int(code.scans))
                             .arg(code.code));
    }
    m_unknownCount = int(codes.size());
    m_unknownSide->setVisible(m_unknownCount > 0);
    m_unknownLabel->setText(tr("Unknown codes (%n) — follow up", nullptr, m_unknownCount));
    if (!current.isEmpty())
        selectUnknown(current);
    updateLineCount();
}

void CountingView::selectUnknown(const QString &code)
{
    for (int row = 0; row < m_unknownList->count(); ++row) {
        if (m_unknownList->item(row)->data(Qt::UserRole).toString() == code) {
            m_unknownList->setCurrentRow(row);
            m_unknownList->scrollToItem(m_unknownList->item(row));
            return;
        }
    }
}

void CountingView::applyColumns()
{
    const bool reviewed = isReviewed(m_session);
    // Blind means the counters never see what the ledger expects; review shows it.
    const bool expected = reviewed || (m_session && m_session->mode == domain::CountMode::Expected);
    m_table->setColumnHidden(CountLineModel::ExpectedColumn, !expected);
    for (int column : {CountLineModel::VarianceUnitsColumn, CountLineModel::VarianceValueColumn,
                       CountLineModel::DecisionColumn})
        m_table->setColumnHidden(column, !reviewed);
}

void CountingView::updateHeader()
{
    m_scanInput->setInputEnabled(m_session.has_value());
    if (!m_session) {
        m_titleLabel->setText(tr("No count chosen"));
        m_infoLabel->setText(tr("Start one with New Count, or choose one in the list above."));
        m_scanInput->setPlaceholderText(tr("Start or choose a count first"));
        return;
    }
    const replica::CountSessionInfo &s = *m_session;
    m_titleLabel->setText(tr("%1 at %2 · %3")
                              .arg(item::CountSessionTableModel::scopeText(s.scope), s.location,
                                   item::CountSessionTableModel::stateLabel(s.state)));
    QStringList info;
    info.append(s.mode == domain::CountMode::Blind ? tr("Blind count")
                                                   : tr("Expected quantities shown"));
    info.append(tr("tolerance %1 units and %2")
                    .arg(QLocale().toString(s.tolerance.units),
                         item::celltext::money(s.tolerance.valueCents)));
    info.append(s.uncounted == replica::UncountedPolicy::Zero
                    ? tr("items not counted: assumed zero")
                    : tr("items not counted: left unchanged"));
    if (!s.assignees.isEmpty())
        info.append(tr("counters: %1").arg(s.assignees.join(QStringLiteral(", "))));
    if (!s.recounting.isEmpty())
        info.append(tr("recount (blind): %1").arg(s.recounting.join(QStringLiteral(", "))));
    m_infoLabel->setText(info.join(QStringLiteral(" · ")));

    switch (s.state) {
    case CountState::Open:
        m_scanInput->setPlaceholderText(
            s.recounting.isEmpty()
                ? tr("Scan a barcode or type a SKU, then Enter; type 12* first to count twelve")
                : tr("Scan the lines being recounted: %1")
                      .arg(s.recounting.join(QStringLiteral(", "))));
        break;
    case CountState::Submitted:
        m_scanInput->setPlaceholderText(tr("Submitted: review it; it takes no more scans"));
        break;
    case CountState::Reviewed:
        m_scanInput->setPlaceholderText(
            tr("Reviewed: request a recount of lines to count them again"));
        break;
    case CountState::Posted:
        m_scanInput->setPlaceholderText(tr("Posted: this count is closed"));
        break;
    }
}

void CountingView::updateCorrection()
{
    const QString sku = currentSku();
    QString why;
    if (!m_session)
        why = tr("Start or choose a count first.");
    else if (m_session->state != CountState::Open)
        why = tr("Only an open count takes corrections.");
    else if (sku.isEmpty())
        why = tr("Select the line to correct.");
    const int row = m_lines->rowOfSku(sku);
    m_correction->setLine(sku, row >= 0 ? m_lines->line(row).counted : 0, why);
}

void CountingView::updateLineCount()
{
    QString text = tr("%n product(s) counted", nullptr, countedLines());
    if (m_unknownCount > 0)
        text = tr("%1 · %n unknown code(s)", nullptr, m_unknownCount).arg(text);
    m_lineCountLabel->setText(m_session ? text : QString());
}

void CountingView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        updateHeader();
        updateCorrection();
        refreshUnknown();
    }
    QWidget::changeEvent(event);
}

} // namespace stockroom::ui
