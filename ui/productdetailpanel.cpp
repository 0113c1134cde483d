#include "productdetailpanel.h"

#include "availabilitymodel.h"
#include "celltext.h"
#include "movementhistorymodel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

namespace stockroom::ui {

namespace {

QTableView *makeTable(const QString &objectName, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setHighlightSections(false);
    return view;
}

QLabel *makeSectionTitle(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    label->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    return label;
}

} // namespace

ProductDetailPanel::ProductDetailPanel(QWidget *parent)
    : QWidget(parent)
    , m_content(new QWidget(this))
    , m_placeholderLabel(new QLabel(this))
    , m_nameLabel(new QLabel(m_content))
    , m_skuLabel(new QLabel(m_content))
    , m_barcodesLabel(new QLabel(m_content))
    , m_priceLabel(new QLabel(m_content))
    , m_levelLabel(new QLabel(m_content))
    , m_historyTitleLabel(makeSectionTitle(QStringLiteral("historyTitleLabel"), m_content))
    , m_availabilityTitleLabel(
          makeSectionTitle(QStringLiteral("availabilityTitleLabel"), m_content))
    , m_historyView(makeTable(QStringLiteral("historyTableView"), m_content))
    , m_availabilityView(makeTable(QStringLiteral("availabilityTableView"), m_content))
    , m_history(new item::MovementHistoryModel(this))
    , m_availability(new item::AvailabilityModel(this))
{
    setObjectName(QStringLiteral("productDetailPanel"));
    m_content->setObjectName(QStringLiteral("productDetailWidget"));
    m_placeholderLabel->setObjectName(QStringLiteral("detailPlaceholderLabel"));
    m_placeholderLabel->setAlignment(Qt::AlignCenter);
    m_placeholderLabel->setWordWrap(true);
    m_placeholderLabel->setEnabled(false);

    m_nameLabel->setObjectName(QStringLiteral("productNameLabel"));
    QFont nameFont = m_nameLabel->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.3);
    nameFont.setBold(true);
    m_nameLabel->setFont(nameFont);
    for (QLabel *label : {m_nameLabel, m_skuLabel, m_barcodesLabel, m_priceLabel, m_levelLabel}) {
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->setMinimumWidth(1); // a long name or many barcodes must not widen the window
    }
    m_skuLabel->setObjectName(QStringLiteral("productSkuLabel"));
    m_barcodesLabel->setObjectName(QStringLiteral("productBarcodesLabel"));
    m_priceLabel->setObjectName(QStringLiteral("productPriceLabel"));
    m_levelLabel->setObjectName(QStringLiteral("productLevelLabel"));
    QFont levelFont = m_levelLabel->font();
    levelFont.setBold(true);
    m_levelLabel->setFont(levelFont);

    // A few hundred rows at most: sizing to contents is cheap and always right.
    m_historyView->setModel(m_history);
    m_historyView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_historyView->horizontalHeader()->setSectionResizeMode(item::MovementHistoryModel::NoteColumn,
                                                            QHeaderView::Stretch);
    m_availabilityView->setModel(m_availability);
    m_availabilityView->horizontalHeader()->setStretchLastSection(false);
    m_availabilityView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_availabilityView->horizontalHeader()->setSectionResizeMode(
        item::AvailabilityModel::NameColumn, QHeaderView::Stretch);

    // What the product is on top; below, what happened to it here beside where else it is.
    auto *facts = new QHBoxLayout;
    facts->setContentsMargins(0, 0, 0, 0);
    facts->setSpacing(16);
    facts->addWidget(m_skuLabel);
    facts->addWidget(m_barcodesLabel);
    facts->addWidget(m_priceLabel);
    facts->addStretch(1);
    auto *history = new QVBoxLayout;
    history->setContentsMargins(0, 0, 0, 0);
    history->setSpacing(4);
    history->addWidget(m_historyTitleLabel);
    history->addWidget(m_historyView, 1);
    auto *availability = new QVBoxLayout;
    availability->setContentsMargins(0, 0, 0, 0);
    availability->setSpacing(4);
    availability->addWidget(m_availabilityTitleLabel);
    availability->addWidget(m_availabilityView, 1);
    auto *tables = new QHBoxLayout;
    tables->setContentsMargins(0, 0, 0, 0);
    tables->setSpacing(16);
    tables->addLayout(history, 11);
    tables->addLayout(availability, 9);

    auto *contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(m_nameLabel);
    contentLayout->addLayout(facts);
    contentLayout->addWidget(m_levelLabel);
    contentLayout->addSpacing(4);
    contentLayout->addLayout(tables, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addWidget(m_placeholderLabel);
    layout->addWidget(m_content);

    retranslate();
    clear();
}

QString ProductDetailPanel::formatCents(qint64 cents)
{
    return item::celltext::money(cents);
}

void ProductDetailPanel::showProduct(const domain::Product &product,
                                     const domain::StockLevel &level,
                                     QList<domain::Movement> history,
                                     const QList<domain::StockPosition> &availability,
                                     const QList<domain::Location> &locations,
                                     const QString &currentLocation)
{
    m_sku = product.sku;
    m_product = product;
    m_level = level;
    m_location = currentLocation;
    m_history->setMovements(std::move(history));
    m_availability->setPositions(availability, locations, currentLocation);
    retranslate();
    m_placeholderLabel->hide();
    m_content->show();
}

void ProductDetailPanel::clear()
{
    m_sku.clear();
    m_product = {};
    m_level = {};
    m_history->setMovements({});
    m_availability->clear();
    m_content->hide();
    m_placeholderLabel->show();
}

void ProductDetailPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ProductDetailPanel::retranslate()
{
    m_placeholderLabel->setText(
        tr("Select a product, or scan its barcode, to see its movements and what the other "
           "locations have."));
    m_historyTitleLabel->setText(tr("Movements at %1").arg(m_location));
    m_availabilityTitleLabel->setText(tr("Nearby stores"));
    if (m_sku.isEmpty())
        return;
    const QLocale locale;
    m_nameLabel->setText(m_product.name);
    m_skuLabel->setText(
        m_product.bin.isEmpty()
            ? tr("SKU %1 · %2").arg(m_product.sku, m_product.category)
            : tr("SKU %1 · %2 · bin %3").arg(m_product.sku, m_product.category, m_product.bin));
    m_barcodesLabel->setText(
        m_product.barcodes.isEmpty()
            ? tr("No barcodes")
            : tr("Barcodes: %1").arg(m_product.barcodes.join(QStringLiteral(", "))));
    m_priceLabel->setText(
        tr("Price %1 · unit cost %2")
            .arg(formatCents(m_product.priceCents), formatCents(m_product.unitCostCents)));
    m_levelLabel->setText(tr("On hand %1 · committed %2 · available %3")
                              .arg(locale.toString(m_level.onHand),
                                   locale.toString(m_level.committed),
                                   locale.toString(m_level.available())));
    m_availabilityTitleLabel->setText(
        tr("Nearby stores: %1 available").arg(locale.toString(m_availability->totalAvailable())));
}

} // namespace stockroom::ui
