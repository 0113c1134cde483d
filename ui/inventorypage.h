#pragma once

#include "location.h"
#include "movement.h"
#include "product.h"

#include <QUuid>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QModelIndex;
class QPushButton;
class QSplitter;
class QTableView;

namespace stockroom::replica {
class DiscrepancyService;
class InventoryService;
} // namespace stockroom::replica

namespace stockroom::item {
class InventoryFilterProxyModel;
class InventoryTableModel;
class LocationListModel;
} // namespace stockroom::item

namespace stockroom::ui {

class StatusMessageLabel;

class BarcodeScanDetector;
class ProductDetailPanel;
class StockHighlightProxyModel;

/**
 * The screen store managers live in: every product's stock at one location, searched as they
 * type or found with a barcode scanner, with the selected product's movements, its stock at
 * the other locations and a way to record a movement.
 */
class InventoryPage : public QWidget
{
    Q_OBJECT

public:
    /** The service is borrowed and must outlive the page. */
    explicit InventoryPage(replica::InventoryService &service, QWidget *parent = nullptr);
    ~InventoryPage() override;

    /** Re-reads locations, the catalogue and the levels (after a sync or an import). */
    void reload();

    QString currentLocation() const { return m_location; }
    /** Shows another location's stock; false when there is no such location. */
    bool setCurrentLocation(const QString &code);

    /**
     * The signed-in role (empty: not signed in): recording is offered only when the role may
     * record movements (domain::roleCan), so nobody is shown a button that will be refused.
     */
    void setRole(const QString &role);

    /**
     * Offers "Report an issue" (damaged, missing, mislabelled …) for the selected product,
     * through this service (borrowed; null hides the button again).
     */
    void setDiscrepancyService(replica::DiscrepancyService *service);

    /** The SKU of the product in the detail panel, or "". */
    QString currentSku() const;
    /**
     * Selects the product's row (clearing the search if it hides the row), scrolls to it and
     * shows its details; false when no row has that SKU.
     */
    bool showProduct(const QString &sku);
    /** Looks a scanned or typed SKU or barcode up and shows the product, or says it is unknown. */
    bool findCode(const QString &code);

Q_SIGNALS:
    void movementRecorded(const stockroom::domain::Movement &movement);
    /** A staff report was stored: the discrepancy queue has a new entry. */
    void issueReported(const QUuid &discrepancy);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void loadLevels();
    void showDetails(const QString &sku);
    void refreshPosition(const QString &sku);
    void updateRecordButton();
    void updateReportButton();
    void onCurrentRowChanged(const QModelIndex &current);
    void onLocationChanged(int row);
    void onReturnPressed();
    void onScanned(const QString &code);
    void openRecordDialog();
    void openReportDialog();
    void setStatus(const QString &message, bool problem);
    void updateCount();
    int sourceRowOf(const QModelIndex &viewIndex) const;
    QModelIndex viewIndexOfSourceRow(int sourceRow) const;

    replica::InventoryService &m_service;
    replica::DiscrepancyService *m_discrepancies = nullptr;
    QList<domain::Product> m_products;
    QList<domain::Location> m_locations;
    QStringList m_ownLocations;
    QString m_location;
    QString m_role;

    item::LocationListModel *m_locationModel;
    item::InventoryTableModel *m_model;
    item::InventoryFilterProxyModel *m_filter;
    StockHighlightProxyModel *m_highlight;
    BarcodeScanDetector *m_scanDetector;

    QLabel *m_locationLabel;
    QComboBox *m_locationCombo;
    QLineEdit *m_searchEdit;
    QPushButton *m_recordButton;
    QPushButton *m_reportButton;
    StatusMessageLabel *m_statusLabel;
    QLabel *m_countLabel;
    bool m_columnsSized = false;
    QSplitter *m_splitter;
    QTableView *m_table;
    ProductDetailPanel *m_details;
};

} // namespace stockroom::ui
