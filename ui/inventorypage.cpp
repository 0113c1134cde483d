#include "inventorypage.h"

#include "barcodescandetector.h"
#include "inventoryfilterproxymodel.h"
#include "inventoryservice.h"
#include "inventorytablemodel.h"
#include "locationlistmodel.h"
#include "movementhistorymodel.h"
#include "productdetailpanel.h"
#include "recordmovementdialog.h"
#include "reportissuedialog.h"
#include "rolepolicy.h"
#include "statusmessagelabel.h"
#include "stockhighlightproxymodel.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace stockroom::ui {

using item::InventoryTableModel;

InventoryPage::InventoryPage(replica::InventoryService &service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_locationModel(new item::LocationListModel(this))
    , m_model(new InventoryTableModel(this))
    , m_filter(new item::InventoryFilterProxyModel(this))
    , m_highlight(new StockHighlightProxyModel(this))
    , m_scanDetector(new BarcodeScanDetector(this))
    , m_locationLabel(new QLabel(this))
    , m_locationCombo(new QComboBox(this))
    , m_searchEdit(new QLineEdit(this))
    , m_recordButton(new QPushButton(this))
    , m_reportButton(new QPushButton(this))
    , m_statusLabel(new StatusMessageLabel(this))
    , m_countLabel(new QLabel(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_table(new QTableView(this))
    , m_details(new ProductDetailPanel(this))
{
    setObjectName(QStringLiteral("inventoryPage"));

    m_locationLabel->setObjectName(QStringLiteral("locationLabel"));
    m_locationLabel->setBuddy(m_locationCombo);
    m_locationCombo->setObjectName(QStringLiteral("locationComboBox"));
    m_locationCombo->setModel(m_locationModel);
    m_locationCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    m_searchEdit->setObjectName(QStringLiteral("searchLineEdit"));
    m_searchEdit->setClearButtonEnabled(true);
    m_searchEdit->installEventFilter(m_scanDetector);

    m_recordButton->setObjectName(QStringLiteral("recordMovementButton"));
    m_reportButton->setObjectName(QStringLiteral("reportIssueButton"));
    m_reportButton->hide(); // until there is a discrepancy queue to report to

    m_statusLabel->setObjectName(QStringLiteral("scanStatusLabel"));
    m_countLabel->setObjectName(QStringLiteral("productCountLabel"));
    m_countLabel->setEnabled(false);

    m_filter->setSourceModel(m_model);
    m_highlight->setSourceModel(m_filter);
    m_table->setObjectName(QStringLiteral("inventoryTableView"));
    m_table->setModel(m_highlight);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(InventoryTableModel::SkuColumn, Qt::AscendingOrder);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setHighlightSections(false);
    // The name takes what the numbers leave: Available must be visible without scrolling.
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(InventoryTableModel::NameColumn,
                                                      QHeaderView::Stretch);

    m_splitter->setObjectName(QStringLiteral("inventorySplitter"));
    m_splitter->setChildrenCollapsible(false);
    auto *tableSide = new QWidget(this);
    auto *tableLayout = new QVBoxLayout(tableSide);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(m_table, 1);
    tableLayout->addWidget(m_countLabel);
    m_splitter->addWidget(tableSide);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({360, 280});

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_locationLabel);
    bar->addWidget(m_locationCombo);
    bar->addSpacing(12);
    bar->addWidget(m_searchEdit, 1);
    bar->addSpacing(12);
    bar->addWidget(m_recordButton);
    bar->addWidget(m_reportButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addLayout(bar);
    layout->addWidget(m_statusLabel);
    layout->addWidget(m_splitter, 1);

    connect(m_locationCombo, &QComboBox::currentIndexChanged, this,
            &InventoryPage::onLocationChanged);
    connect(m_searchEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setFilterText(text);
        updateCount();
    });
    connect(m_searchEdit, &QLineEdit::textEdited, this, [this] { setStatus({}, false); });
    connect(m_searchEdit, &QLineEdit::returnPressed, this, &InventoryPage::onReturnPressed);
    connect(m_scanDetector, &BarcodeScanDetector::scanned, this, &InventoryPage::onScanned);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &InventoryPage::onCurrentRowChanged);
    connect(m_recordButton, &QPushButton::clicked, this, &InventoryPage::openRecordDialog);
    connect(m_reportButton, &QPushButton::clicked, this, &InventoryPage::openReportDialog);

    retranslate();
    reload();
}

InventoryPage::~InventoryPage() = default;

void InventoryPage::reload()
{
    m_locations = m_service.locations();
    m_ownLocations = m_service.ownLocations();
    m_products = m_service.products();
    m_locationModel->setLocations(m_locations);

    if (m_locationModel->rowOfCode(m_location) < 0)
        m_location = m_service.homeLocation();
    if (m_locationModel->rowOfCode(m_location) < 0)
        m_location = m_locations.isEmpty() ? QString() : m_locations.constFirst().code;
    {
        const QSignalBlocker blocker(m_locationCombo);
        m_locationCombo->setCurrentIndex(m_locationModel->rowOfCode(m_location));
    }
    loadLevels();
    if (m_locations.isEmpty())
        setStatus(tr("This replica has no locations yet. Set it up with stockroom-cli, or "
                     "connect it to the central IMS."),
                  true);
}

bool InventoryPage::setCurrentLocation(const QString &code)
{
    const int row = m_locationModel->rowOfCode(code);
    if (row < 0)
        return false;
    m_locationCombo->setCurrentIndex(row); // loads through onLocationChanged
    return true;
}

void InventoryPage::onLocationChanged(int row)
{
    const QString code
        = m_locationModel->index(row, 0).data(item::LocationListModel::CodeRole).toString();
    if (code.isEmpty() || code == m_location)
        return;
    m_location = code;
    loadLevels();
}

void InventoryPage::loadLevels()
{
    const QString keep = currentSku();
    QHeaderView *header = m_table->horizontalHeader();
    QList<int> widths;
    for (int column = 0; column < header->count(); ++column)
        widths.append(header->sectionSize(column));

    m_model->setData(m_products, m_location.isEmpty() ? QList<domain::StockPosition>()
                                                      : m_service.levelsAt(m_location));

    if (!m_columnsSized && m_model->rowCount() > 0) {
        // Sized once to what the first rows need (Qt samples a bounded number of rows, so this
        // stays cheap at 20,000); afterwards the user's widths are kept.
        m_table->resizeColumnsToContents();
        m_columnsSized = true;
    } else {
        for (int column = 0; column < widths.size(); ++column)
            header->resizeSection(column, widths.at(column));
    }

    updateCount();
    if (!keep.isEmpty()) {
        const QModelIndex index = viewIndexOfSourceRow(m_model->rowOfSku(keep));
        if (index.isValid()) {
            m_table->setCurrentIndex(index);
            m_table->scrollTo(index);
        }
        showDetails(keep);
    } else {
        m_details->clear();
    }
    updateRecordButton();
}

QString InventoryPage::currentSku() const
{
    return m_details->sku();
}

int InventoryPage::sourceRowOf(const QModelIndex &viewIndex) const
{
    return m_filter->mapToSource(m_highlight->mapToSource(viewIndex)).row();
}

QModelIndex InventoryPage::viewIndexOfSourceRow(int sourceRow) const
{
    if (sourceRow < 0)
        return {};
    return m_highlight->mapFromSource(m_filter->mapFromSource(m_model->index(sourceRow, 0)));
}

bool InventoryPage::showProduct(const QString &sku)
{
    const int sourceRow = m_model->rowOfSku(sku);
    if (sourceRow < 0)
        return false;
    QModelIndex index = viewIndexOfSourceRow(sourceRow);
    if (!index.isValid()) {
        m_searchEdit->clear();
        index = viewIndexOfSourceRow(sourceRow);
    }
    showDetails(sku); // first, so that the row change below does not fetch it again
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index, QAbstractItemView::PositionAtCenter);
    return true;
}

bool InventoryPage::findCode(const QString &code)
{
    const auto product = m_service.findProduct(code);
    if (!product) {
        setStatus(tr("Unknown code “%1”: no product has this SKU or barcode. Check the label, "
                     "or add the product to the catalogue.")
                      .arg(code),
                  true);
        return false;
    }
    if (m_model->rowOfSku(product->sku) < 0)
        reload(); // the catalogue changed since the page read it
    m_searchEdit->clear();
    if (!showProduct(product->sku)) {
        setStatus(tr("%1 is in the catalogue but could not be shown.").arg(product->sku), true);
        return false;
    }
    setStatus(tr("%1 · %2").arg(product->sku, product->name), false);
    return true;
}

void InventoryPage::onScanned(const QString &code)
{
    // The scanner typed the code into the search box; what was there before stays.
    QString before = m_searchEdit->text();
    if (before.endsWith(code))
        before.chop(code.size());
    if (!findCode(code))
        m_searchEdit->setText(before);
}

void InventoryPage::onReturnPressed()
{
    const QString text = m_searchEdit->text().trimmed();
    if (text.isEmpty())
        return;
    if (m_service.findProduct(text)) {
        findCode(text);
        return;
    }
    const int matches = m_highlight->rowCount();
    // A SKU typed in the wrong case is still that SKU.
    for (int row = 0; row < matches; ++row) {
        const QString sku
            = m_highlight->index(row, 0).data(InventoryTableModel::SkuRole).toString();
        if (sku.compare(text, Qt::CaseInsensitive) == 0) {
            findCode(sku);
            return;
        }
    }
    if (matches == 0) {
        setStatus(tr("No product matches “%1”.").arg(text), true);
        return;
    }
    const QModelIndex first = m_highlight->index(0, 0);
    m_table->setCurrentIndex(first);
    m_table->scrollTo(first);
    m_table->setFocus();
    setStatus({}, false);
}

void InventoryPage::onCurrentRowChanged(const QModelIndex &current)
{
    // A row filtered away leaves no current row; the panel keeps its product.
    if (!current.isValid())
        return;
    const int sourceRow = sourceRowOf(current);
    if (sourceRow < 0 || m_model->product(sourceRow).sku == currentSku())
        return;
    showDetails(m_model->product(sourceRow).sku);
}

void InventoryPage::showDetails(const QString &sku)
{
    const int row = m_model->rowOfSku(sku);
    if (row < 0) {
        m_details->clear();
    } else {
        m_details->showProduct(m_model->product(row), m_model->level(row),
                               m_service.history(m_location, sku), m_service.availability(sku),
                               m_locations, m_location);
    }
    updateRecordButton();
}

void InventoryPage::refreshPosition(const QString &sku)
{
    m_model->updatePosition(
        m_service.level(m_location, sku).value_or(domain::StockPosition{m_location, sku, {}, {}}));
    showDetails(sku);
}

void InventoryPage::setRole(const QString &role)
{
    m_role = role;
    updateRecordButton();
}

void InventoryPage::setDiscrepancyService(replica::DiscrepancyService *service)
{
    m_discrepancies = service;
    m_reportButton->setVisible(service != nullptr);
    updateReportButton();
}

void InventoryPage::updateReportButton()
{
    const bool own = m_ownLocations.contains(m_location);
    const bool haveProduct = !currentSku().isEmpty();
    const QString refusal
        = domain::capabilityRefusal(m_role, domain::Capability::WorkDiscrepancies);
    m_reportButton->setEnabled(m_discrepancies && own && haveProduct && refusal.isEmpty());
    if (!refusal.isEmpty())
        m_reportButton->setToolTip(refusal);
    else if (!own && !m_location.isEmpty())
        m_reportButton->setToolTip(
            tr("%1 is not kept on this desktop; report its issues there.").arg(m_location));
    else if (!haveProduct)
        m_reportButton->setToolTip(tr("Select a product first."));
    else
        m_reportButton->setToolTip(tr("Report damaged goods, a missing item or a mislabelled "
                                      "product here; it goes to the discrepancy queue."));
}

void InventoryPage::openReportDialog()
{
    const int row = m_model->rowOfSku(currentSku());
    if (row < 0 || !m_discrepancies)
        return;
    auto *dialog = new ReportIssueDialog(*m_discrepancies, m_location, m_model->product(row), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString sku = m_model->product(row).sku;
    connect(dialog, &ReportIssueDialog::reported, this, [this, sku](const QUuid &id) {
        setStatus(tr("Issue reported for %1; it is in the Discrepancies queue.").arg(sku), false);
        Q_EMIT issueReported(id);
    });
    dialog->open();
}

void InventoryPage::updateRecordButton()
{
    updateReportButton();
    const bool own = m_ownLocations.contains(m_location);
    const bool haveProduct = !currentSku().isEmpty();
    const QString refusal = domain::capabilityRefusal(m_role, domain::Capability::RecordMovements);
    m_recordButton->setEnabled(own && haveProduct && refusal.isEmpty());
    if (!refusal.isEmpty())
        m_recordButton->setToolTip(refusal);
    else if (!own && !m_location.isEmpty())
        m_recordButton->setToolTip(
            tr("%1 is not kept on this desktop; its movements are recorded there.")
                .arg(m_location));
    else if (!haveProduct)
        m_recordButton->setToolTip(tr("Select a product first."));
    else
        m_recordButton->setToolTip(tr("Record a receipt, sale, count, adjustment or other "
                                      "movement of the selected product here."));
}

void InventoryPage::openRecordDialog()
{
    const int row = m_model->rowOfSku(currentSku());
    if (row < 0)
        return;
    auto *dialog = new RecordMovementDialog(m_service, m_location, m_model->product(row), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(
        dialog, &RecordMovementDialog::recorded, this, [this](const domain::Movement &movement) {
            refreshPosition(movement.sku);
            setStatus(tr("%1 %2 recorded for %3.")
                          .arg(item::MovementHistoryModel::kindLabel(movement.kind),
                               item::MovementHistoryModel::quantityText(movement), movement.sku),
                      false);
            Q_EMIT movementRecorded(movement);
        });
    dialog->open();
}

void InventoryPage::setStatus(const QString &message, bool problem)
{
    m_statusLabel->showMessage(message, problem);
}

void InventoryPage::updateCount()
{
    const QLocale locale;
    const int shown = m_filter->rowCount();
    const int total = m_model->rowCount();
    m_countLabel->setText(
        shown == total
            ? tr("%Ln product(s)", nullptr, total)
            : tr("%1 of %2 products").arg(locale.toString(shown), locale.toString(total)));
}

void InventoryPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        updateCount();
        updateRecordButton();
    }
    QWidget::changeEvent(event);
}

void InventoryPage::retranslate()
{
    m_locationLabel->setText(tr("&Location:"));
    m_searchEdit->setPlaceholderText(
        tr("Search SKU, barcode, name or category — or scan a barcode"));
    m_recordButton->setText(tr("&Record Movement…"));
    m_reportButton->setText(tr("Report an &Issue…"));
}

} // namespace stockroom::ui
