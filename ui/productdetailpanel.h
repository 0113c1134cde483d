#pragma once

#include "location.h"
#include "movement.h"
#include "product.h"
#include "stockposition.h"

#include <QWidget>

class QLabel;
class QTableView;

namespace stockroom::item {
class AvailabilityModel;
class MovementHistoryModel;
} // namespace stockroom::item

namespace stockroom::ui {

/**
 * The Inventory page's lower half: the selected product (name, SKU, barcodes, price), its
 * stock here, its movement history here and what the other locations have. It only shows what
 * it is given; the page fetches it.
 */
class ProductDetailPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ProductDetailPanel(QWidget *parent = nullptr);

    /** Shows a product at the current location; availability excludes currentLocation. */
    void showProduct(const domain::Product &product, const domain::StockLevel &level,
                     QList<domain::Movement> history,
                     const QList<domain::StockPosition> &availability,
                     const QList<domain::Location> &locations, const QString &currentLocation);
    /** Back to the "select a product" state. */
    void clear();
    /** The SKU shown, or "" when none is. */
    QString sku() const { return m_sku; }

    item::MovementHistoryModel *historyModel() const { return m_history; }
    item::AvailabilityModel *availabilityModel() const { return m_availability; }

    /** Money in integer cents as the locale writes it, without a currency ("1,234.50"). */
    static QString formatCents(qint64 cents);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QString m_sku;
    QWidget *m_content;
    QLabel *m_placeholderLabel;
    QLabel *m_nameLabel;
    QLabel *m_skuLabel;
    QLabel *m_barcodesLabel;
    QLabel *m_priceLabel;
    QLabel *m_levelLabel;
    QLabel *m_historyTitleLabel;
    QLabel *m_availabilityTitleLabel;
    QTableView *m_historyView;
    QTableView *m_availabilityView;
    item::MovementHistoryModel *m_history;
    item::AvailabilityModel *m_availability;
    domain::Product m_product;
    domain::StockLevel m_level;
    QString m_location;
};

} // namespace stockroom::ui
