#include "ean13.h"
#include "inventorypage.h"
#include "inventoryservice.h"
#include "inventorytablemodel.h"
#include "mainwindow.h"
#include "movementhistorymodel.h"
#include "recordmovementdialog.h"
#include "replicadatabase.h"
#include "stockhighlightproxymodel.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace stockroom;
using domain::MovementKind;
using item::InventoryTableModel;
using ui::InventoryPage;
using ui::RecordMovementDialog;

namespace {

QString ean(const QString &firstTwelve)
{
    return firstTwelve + QString::number(domain::ean13CheckDigit(firstTwelve));
}

const QString runnerBarcode = ean(QStringLiteral("400638133393"));
const QString bagBarcode = ean(QStringLiteral("501234567890"));
const QString unknownBarcode = ean(QStringLiteral("200000000001"));

domain::Product makeProduct(const QString &sku, const QString &name, const QString &category,
                            QStringList barcodes, qint64 threshold)
{
    domain::Product p;
    p.sku = sku;
    p.name = name;
    p.category = category;
    p.barcodes = std::move(barcodes);
    p.lowStockThreshold = threshold;
    p.priceCents = 8999;
    p.unitCostCents = 4120;
    return p;
}

// Sends one key press and release with the given event timestamp, as a keyboard or a
// keyboard-wedge scanner would.
void pressKey(QWidget *widget, int key, const QString &text, qint64 atMs)
{
    QKeyEvent press(QEvent::KeyPress, key, Qt::NoModifier, text);
    press.setTimestamp(quint64(atMs));
    QApplication::sendEvent(widget, &press);
    QKeyEvent release(QEvent::KeyRelease, key, Qt::NoModifier, text);
    release.setTimestamp(quint64(atMs));
    QApplication::sendEvent(widget, &release);
}

// Types text one key every intervalMs from *clockMs on; advances the clock.
void typeText(QWidget *widget, const QString &text, qint64 *clockMs, qint64 intervalMs)
{
    for (QChar c : text) {
        *clockMs += intervalMs;
        pressKey(widget, c.toUpper().unicode(), QString(c), *clockMs);
    }
}

void pressEnter(QWidget *widget, qint64 *clockMs, qint64 afterMs)
{
    *clockMs += afterMs;
    pressKey(widget, Qt::Key_Return, QStringLiteral("\r"), *clockMs);
}

} // namespace

/** The Inventory page on a real SQLite replica, driven through its widgets. */
class TestInventoryPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void layoutHasItsWidgets();
    void tableShowsTheLevels();
    void typingFiltersAsYouType();
    void scanSelectsTheProductAndShowsItsHistory();
    void scanWithKeyClicksAfterTypedText();
    void unknownBarcodeSaysSo();
    void enterOnTextThatMatchesNothingSaysSo();
    void switchingLocationChangesTheNumbers();
    void lowStockRowsAreHighlighted();
    void recordDialogRefusesAdjustmentWithoutReason();
    void recordDialogRecordsASale();
    void recordDialogShowsTheServiceRefusal();
    void recordingIsOnlyOfferedForOwnLocations();
    void recordingFollowsTheSignedInRole_data();
    void recordingFollowsTheSignedInRole();
    void mainWindowHostsThePage();

private:
    bool record(MovementKind kind, const QString &location, const QString &sku, qint64 quantity);
    int viewRowOf(const QString &sku) const;
    QVariant cell(const QString &sku, int column, int role = Qt::EditRole) const;
    template<typename T>
    T *child(const QString &name) const
    {
        return m_page->findChild<T *>(name);
    }
    RecordMovementDialog *openDialogFor(const QString &sku);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<replica::ReplicaDatabase> m_db;
    std::unique_ptr<replica::InventoryService> m_service;
    std::unique_ptr<InventoryPage> m_page;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
    QTableView *m_table = nullptr;
    QLineEdit *m_search = nullptr;
    qint64 m_nowMs = 1'760'000'000'000;
    qint64 m_keyClockMs = 0;
};

bool TestInventoryPage::record(MovementKind kind, const QString &location, const QString &sku,
                               qint64 quantity)
{
    replica::RecordRequest request;
    request.kind = kind;
    request.location = location;
    request.product = sku;
    request.quantity = quantity;
    const replica::RecordResult result = m_service->record(request);
    if (!result.ok())
        qWarning("record %s: %s", qPrintable(sku), qPrintable(result.error));
    return result.ok();
}

void TestInventoryPage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    replica::OpenError error;
    m_db
        = replica::ReplicaDatabase::open(m_dir->filePath(QStringLiteral("replica.sqlite")), &error);
    QVERIFY2(m_db, qPrintable(error.message));
    m_service = std::make_unique<replica::InventoryService>(
        *m_db, replica::Identity{QStringLiteral("maria"), QStringLiteral("desk-1")},
        [this] { return m_nowMs += 60'000; });

    QString message;
    using Kind = domain::Location::Kind;
    QVERIFY2(
        m_service->addLocation({QStringLiteral("S01"), QStringLiteral("Main Street"), Kind::Store},
                               true, &message),
        qPrintable(message));
    QVERIFY2(m_service->addLocation({QStringLiteral("S02"), QStringLiteral("Harbour"), Kind::Store},
                                    true, &message),
             qPrintable(message));
    QVERIFY2(m_service->addLocation(
                 {QStringLiteral("S03"), QStringLiteral("Old Town"), Kind::Store}, false, &message),
             qPrintable(message));
    QVERIFY2(m_service->setHomeLocation(QStringLiteral("S01"), &message), qPrintable(message));

    QList<domain::Product> products{
        makeProduct(QStringLiteral("RUN-42"), QStringLiteral("Trail Runner"),
                    QStringLiteral("Shoes"), {runnerBarcode}, 5),
        makeProduct(QStringLiteral("BAG-7"), QStringLiteral("Duffel Bag"), QStringLiteral("Bags"),
                    {bagBarcode}, 2),
        makeProduct(QStringLiteral("SOCK-1"), QStringLiteral("Running Sock"),
                    QStringLiteral("Socks"), {}, 0),
        makeProduct(QStringLiteral("NEG-1"), QStringLiteral("Display Shoe"),
                    QStringLiteral("Shoes"), {}, 0),
    };
    for (int i = 1; i <= 20; ++i) {
        products.append(makeProduct(QStringLiteral("FILL-%1").arg(i, 2, 10, QLatin1Char('0')),
                                    QStringLiteral("Filler item %1").arg(i), QStringLiteral("Misc"),
                                    {}, 0));
    }
    QVERIFY2(m_service->upsertProducts(products, &message), qPrintable(message));

    const QString s01 = QStringLiteral("S01");
    const QString s02 = QStringLiteral("S02");
    QVERIFY(record(MovementKind::Receipt, s01, QStringLiteral("RUN-42"), 20));
    QVERIFY(record(MovementKind::Sale, s01, runnerBarcode, 3));
    QVERIFY(record(MovementKind::Receipt, s01, QStringLiteral("BAG-7"), 2));
    QVERIFY(record(MovementKind::Sale, s01, QStringLiteral("NEG-1"), 1));
    QVERIFY(record(MovementKind::Receipt, s02, QStringLiteral("RUN-42"), 4));
    QVERIFY(record(MovementKind::Receipt, s02, QStringLiteral("BAG-7"), 10));

    m_page = std::make_unique<InventoryPage>(*m_service);
    m_page->resize(1200, 700);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    m_table = child<QTableView>(QStringLiteral("inventoryTableView"));
    m_search = child<QLineEdit>(QStringLiteral("searchLineEdit"));
    QVERIFY(m_table);
    QVERIFY(m_search);

    const auto mode = QAbstractItemModelTester::FailureReportingMode::QtTest;
    m_testers.push_back(std::make_unique<QAbstractItemModelTester>(m_table->model(), mode));
    for (const char *name : {"historyTableView", "availabilityTableView"}) {
        auto *view = child<QTableView>(QLatin1StringView(name));
        QVERIFY(view);
        m_testers.push_back(std::make_unique<QAbstractItemModelTester>(view->model(), mode));
    }
    m_keyClockMs = 100'000;
}

void TestInventoryPage::cleanup()
{
    m_testers.clear();
    m_page.reset();
    m_service.reset();
    m_db.reset();
    m_dir.reset();
}

int TestInventoryPage::viewRowOf(const QString &sku) const
{
    const QAbstractItemModel *model = m_table->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(InventoryTableModel::SkuRole).toString() == sku)
            return row;
    }
    return -1;
}

QVariant TestInventoryPage::cell(const QString &sku, int column, int role) const
{
    const int row = viewRowOf(sku);
    return row < 0 ? QVariant() : m_table->model()->index(row, column).data(role);
}

RecordMovementDialog *TestInventoryPage::openDialogFor(const QString &sku)
{
    if (!m_page->showProduct(sku))
        return nullptr;
    auto *button = child<QPushButton>(QStringLiteral("recordMovementButton"));
    if (!button || !button->isEnabled())
        return nullptr;
    QTest::mouseClick(button, Qt::LeftButton);
    auto *dialog = m_page->findChild<RecordMovementDialog *>();
    if (dialog && !QTest::qWaitForWindowExposed(dialog))
        return nullptr;
    return dialog;
}

void TestInventoryPage::layoutHasItsWidgets()
{
    QVERIFY(child<QComboBox>(QStringLiteral("locationComboBox")));
    QVERIFY(!m_search->placeholderText().isEmpty());
    QVERIFY(child<QSplitter>(QStringLiteral("inventorySplitter")));
    QVERIFY(child<QTableView>(QStringLiteral("historyTableView")));
    QVERIFY(child<QTableView>(QStringLiteral("availabilityTableView")));
    QVERIFY(child<QPushButton>(QStringLiteral("recordMovementButton")));
    QVERIFY(child<QLabel>(QStringLiteral("scanStatusLabel")));
    QVERIFY(m_table->isSortingEnabled());
    QCOMPARE(m_page->currentSku(), QString());
    QVERIFY(!child<QPushButton>(QStringLiteral("recordMovementButton"))->isEnabled());
}

void TestInventoryPage::tableShowsTheLevels()
{
    QCOMPARE(m_page->currentLocation(), QStringLiteral("S01"));
    QCOMPARE(child<QComboBox>(QStringLiteral("locationComboBox"))->currentText(),
             QStringLiteral("S01 — Main Street"));
    QCOMPARE(m_table->model()->rowCount(), 24);
    QCOMPARE(cell(QStringLiteral("RUN-42"), InventoryTableModel::OnHandColumn),
             QVariant(qint64(17)));
    QCOMPARE(cell(QStringLiteral("RUN-42"), InventoryTableModel::AvailableColumn),
             QVariant(qint64(17)));
    QCOMPARE(cell(QStringLiteral("BAG-7"), InventoryTableModel::OnHandColumn), QVariant(qint64(2)));
    QCOMPARE(cell(QStringLiteral("NEG-1"), InventoryTableModel::OnHandColumn),
             QVariant(qint64(-1)));
    QCOMPARE(cell(QStringLiteral("SOCK-1"), InventoryTableModel::OnHandColumn),
             QVariant(qint64(0)));
    QCOMPARE(
        cell(QStringLiteral("RUN-42"), InventoryTableModel::NameColumn, Qt::DisplayRole).toString(),
        QStringLiteral("Trail Runner"));
    // Sorted by SKU, and numerically when the user sorts by a quantity.
    QCOMPARE(viewRowOf(QStringLiteral("BAG-7")), 0);
    m_table->sortByColumn(InventoryTableModel::OnHandColumn, Qt::DescendingOrder);
    QCOMPARE(viewRowOf(QStringLiteral("RUN-42")), 0);
    QCOMPARE(viewRowOf(QStringLiteral("NEG-1")), m_table->model()->rowCount() - 1);
}

void TestInventoryPage::typingFiltersAsYouType()
{
    typeText(m_search, QStringLiteral("duf"), &m_keyClockMs, 160);
    QCOMPARE(m_search->text(), QStringLiteral("duf"));
    QCOMPARE(m_table->model()->rowCount(), 1);
    QCOMPARE(viewRowOf(QStringLiteral("BAG-7")), 0);

    typeText(m_search, QStringLiteral(" x"), &m_keyClockMs, 160);
    QCOMPARE(m_table->model()->rowCount(), 0);
    pressKey(m_search, Qt::Key_Backspace, {}, m_keyClockMs += 160);
    pressKey(m_search, Qt::Key_Backspace, {}, m_keyClockMs += 160);
    QCOMPARE(m_table->model()->rowCount(), 1);

    m_search->clear();
    typeText(m_search, QStringLiteral("shoes"), &m_keyClockMs, 150);
    QCOMPARE(m_table->model()->rowCount(), 2); // RUN-42 and NEG-1, by category

    // Enter on a partial text picks the first match; it is no scan, so nothing is cleared.
    pressEnter(m_search, &m_keyClockMs, 400);
    QCOMPARE(m_search->text(), QStringLiteral("shoes"));
    QCOMPARE(m_page->currentSku(), QStringLiteral("NEG-1"));
    QCOMPARE(child<QLabel>(QStringLiteral("scanStatusLabel"))->text(), QString());

    m_search->clear();
    QCOMPARE(m_table->model()->rowCount(), 24);
}

void TestInventoryPage::scanSelectsTheProductAndShowsItsHistory()
{
    auto *history = child<QTableView>(QStringLiteral("historyTableView"));
    auto *availability = child<QTableView>(QStringLiteral("availabilityTableView"));
    // RUN-42 sorts near the end, out of sight while the table shows its top.
    m_table->scrollToTop();
    const QModelIndex runner = m_table->model()->index(viewRowOf(QStringLiteral("RUN-42")), 0);
    QVERIFY(!m_table->viewport()->rect().intersects(m_table->visualRect(runner)));

    typeText(m_search, runnerBarcode, &m_keyClockMs, 6);
    pressEnter(m_search, &m_keyClockMs, 6);

    QCOMPARE(m_page->currentSku(), QStringLiteral("RUN-42"));
    QCOMPARE(m_search->text(), QString());
    QCOMPARE(m_table->model()->rowCount(), 24);
    const QModelIndex current = m_table->currentIndex();
    QVERIFY(current.isValid());
    QCOMPARE(current.data(InventoryTableModel::SkuRole).toString(), QStringLiteral("RUN-42"));
    QVERIFY(m_table->selectionModel()->isRowSelected(current.row(), {}));
    QVERIFY(m_table->viewport()->rect().intersects(m_table->visualRect(current)));

    QCOMPARE(history->model()->rowCount(), 2);
    QCOMPARE(history->model()
                 ->index(0, item::MovementHistoryModel::KindColumn)
                 .data(item::MovementHistoryModel::KindRole)
                 .toString(),
             QStringLiteral("sale"));
    QCOMPARE(
        history->model()->index(0, item::MovementHistoryModel::QuantityColumn).data().toString(),
        QStringLiteral("-3"));
    QCOMPARE(
        history->model()->index(1, item::MovementHistoryModel::QuantityColumn).data().toString(),
        QStringLiteral("+20"));
    QCOMPARE(availability->model()->rowCount(), 1);
    QCOMPARE(availability->model()->index(0, 0).data().toString(), QStringLiteral("S02"));
    QCOMPARE(availability->model()->index(0, 4).data().toLongLong(), qint64(4));

    QCOMPARE(child<QLabel>(QStringLiteral("productNameLabel"))->text(),
             QStringLiteral("Trail Runner"));
    QVERIFY(child<QLabel>(QStringLiteral("productBarcodesLabel"))->text().contains(runnerBarcode));
    QVERIFY(
        child<QLabel>(QStringLiteral("productLevelLabel"))->text().contains(QStringLiteral("17")));
    QVERIFY(
        child<QLabel>(QStringLiteral("productPriceLabel"))->text().contains(QStringLiteral("89")));
    const auto *status = child<QLabel>(QStringLiteral("scanStatusLabel"));
    QVERIFY2(status->text().contains(QStringLiteral("RUN-42")), qPrintable(status->text()));
    QCOMPARE(status->property("problem").toBool(), false);
}

void TestInventoryPage::scanWithKeyClicksAfterTypedText()
{
    // Someone typed a search by hand, then scanned: the scan wins and the filter is cleared.
    typeText(m_search, QStringLiteral("sock"), &m_keyClockMs, 200);
    QCOMPARE(m_table->model()->rowCount(), 1);
    QSignalSpy returned(m_search, &QLineEdit::returnPressed);
    // QTest sends its key events with one timestamp: as fast as a scanner.
    QTest::keyClicks(m_search, bagBarcode);
    QTest::keyClick(m_search, Qt::Key_Return);
    QCOMPARE(returned.count(), 0);
    QCOMPARE(m_page->currentSku(), QStringLiteral("BAG-7"));
    QCOMPARE(m_search->text(), QString());
    QCOMPARE(m_table->model()->rowCount(), 24);
    QCOMPARE(m_table->currentIndex().data(InventoryTableModel::SkuRole).toString(),
             QStringLiteral("BAG-7"));
}

void TestInventoryPage::unknownBarcodeSaysSo()
{
    typeText(m_search, QStringLiteral("ru"), &m_keyClockMs, 250);
    m_keyClockMs += 1000;
    typeText(m_search, unknownBarcode, &m_keyClockMs, 5);
    pressEnter(m_search, &m_keyClockMs, 5);

    const auto *status = child<QLabel>(QStringLiteral("scanStatusLabel"));
    QVERIFY(status->isVisible());
    QVERIFY2(status->text().contains(unknownBarcode), qPrintable(status->text()));
    QVERIFY2(status->text().contains(QStringLiteral("no product")), qPrintable(status->text()));
    QCOMPARE(status->property("problem").toBool(), true);
    QCOMPARE(m_page->currentSku(), QString());
    // What was typed before the scan stays, without the unknown code.
    QCOMPARE(m_search->text(), QStringLiteral("ru"));

    // The next (known) scan replaces the message.
    typeText(m_search, bagBarcode, &m_keyClockMs, 5);
    pressEnter(m_search, &m_keyClockMs, 5);
    QCOMPARE(m_page->currentSku(), QStringLiteral("BAG-7"));
    QCOMPARE(status->property("problem").toBool(), false);
}

void TestInventoryPage::enterOnTextThatMatchesNothingSaysSo()
{
    typeText(m_search, QStringLiteral("kayak"), &m_keyClockMs, 170);
    QCOMPARE(m_table->model()->rowCount(), 0);
    pressEnter(m_search, &m_keyClockMs, 300);
    const auto *status = child<QLabel>(QStringLiteral("scanStatusLabel"));
    QVERIFY2(status->text().contains(QStringLiteral("kayak")), qPrintable(status->text()));
    QCOMPARE(status->property("problem").toBool(), true);
    QCOMPARE(m_page->currentSku(), QString());

    // Typing an exact SKU by hand and pressing Enter finds it like a scan.
    m_search->clear();
    typeText(m_search, QStringLiteral("sock-1"), &m_keyClockMs, 170);
    pressEnter(m_search, &m_keyClockMs, 300);
    QCOMPARE(m_page->currentSku(), QStringLiteral("SOCK-1"));
    QCOMPARE(m_search->text(), QString());
}

void TestInventoryPage::switchingLocationChangesTheNumbers()
{
    QVERIFY(m_page->showProduct(QStringLiteral("RUN-42")));
    auto *combo = child<QComboBox>(QStringLiteral("locationComboBox"));
    auto *availability = child<QTableView>(QStringLiteral("availabilityTableView"));
    QCOMPARE(combo->count(), 3);

    combo->setCurrentIndex(combo->findText(QStringLiteral("S02 — Harbour")));
    QCOMPARE(m_page->currentLocation(), QStringLiteral("S02"));
    QCOMPARE(cell(QStringLiteral("RUN-42"), InventoryTableModel::OnHandColumn),
             QVariant(qint64(4)));
    QCOMPARE(cell(QStringLiteral("BAG-7"), InventoryTableModel::OnHandColumn),
             QVariant(qint64(10)));
    QCOMPARE(cell(QStringLiteral("NEG-1"), InventoryTableModel::OnHandColumn), QVariant(qint64(0)));
    // The product stays selected; its panel now shows S02 and counts S01 as nearby.
    QCOMPARE(m_page->currentSku(), QStringLiteral("RUN-42"));
    QCOMPARE(m_table->currentIndex().data(InventoryTableModel::SkuRole).toString(),
             QStringLiteral("RUN-42"));
    QCOMPARE(child<QTableView>(QStringLiteral("historyTableView"))->model()->rowCount(), 1);
    QCOMPARE(availability->model()->rowCount(), 1);
    QCOMPARE(availability->model()->index(0, 0).data().toString(), QStringLiteral("S01"));

    QVERIFY(m_page->setCurrentLocation(QStringLiteral("S01")));
    QCOMPARE(combo->currentText(), QStringLiteral("S01 — Main Street"));
    QCOMPARE(cell(QStringLiteral("RUN-42"), InventoryTableModel::OnHandColumn),
             QVariant(qint64(17)));
    QVERIFY(!m_page->setCurrentLocation(QStringLiteral("NOPE")));
}

void TestInventoryPage::lowStockRowsAreHighlighted()
{
    const auto background = [this](const QString &sku, int column) {
        return qvariant_cast<QBrush>(cell(sku, column, Qt::BackgroundRole)).color();
    };
    const QColor none = QBrush().color();
    const QColor low = ui::StockHighlightProxyModel::lowStockColor();
    const QColor out = ui::StockHighlightProxyModel::outOfStockColor();
    QVERIFY(low != out);
    for (int column : {int(InventoryTableModel::SkuColumn), int(InventoryTableModel::NameColumn),
                       int(InventoryTableModel::AvailableColumn)}) {
        QCOMPARE(background(QStringLiteral("BAG-7"), column), low);   // 2 left, threshold 2
        QCOMPARE(background(QStringLiteral("NEG-1"), column), out);   // -1
        QCOMPARE(background(QStringLiteral("RUN-42"), column), none); // 17, threshold 5
        QCOMPARE(background(QStringLiteral("SOCK-1"), column), none); // 0, no threshold
    }
    QVERIFY(cell(QStringLiteral("BAG-7"), 0, Qt::ForegroundRole).isValid());
    QVERIFY(!cell(QStringLiteral("RUN-42"), 0, Qt::ForegroundRole).isValid());

    QVERIFY(m_page->setCurrentLocation(QStringLiteral("S02")));
    QCOMPARE(background(QStringLiteral("RUN-42"), 0), low); // 4, threshold 5
    QCOMPARE(background(QStringLiteral("BAG-7"), 0), none); // 10
    QCOMPARE(background(QStringLiteral("NEG-1"), 0), none); // 0, no threshold
}

void TestInventoryPage::recordDialogRefusesAdjustmentWithoutReason()
{
    QPointer<RecordMovementDialog> dialog = openDialogFor(QStringLiteral("RUN-42"));
    QVERIFY(dialog);
    auto *kind = dialog->findChild<QComboBox *>(QStringLiteral("kindComboBox"));
    auto *quantity = dialog->findChild<QSpinBox *>(QStringLiteral("quantitySpinBox"));
    auto *reason = dialog->findChild<QComboBox *>(QStringLiteral("reasonComboBox"));
    auto *error = dialog->findChild<QLabel *>(QStringLiteral("errorLabel"));
    auto *buttons = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
    QVERIFY(kind && quantity && reason && error && buttons);
    QCOMPARE(kind->count(), domain::allMovementKinds().size());

    kind->setCurrentIndex(kind->findData(int(MovementKind::Sale)));
    QVERIFY(!reason->isVisible());
    QVERIFY(quantity->minimum() > 0);
    kind->setCurrentIndex(kind->findData(int(MovementKind::Adjustment)));
    QVERIFY(reason->isVisible());
    QVERIFY(reason->isEnabled());
    QVERIFY(quantity->minimum() < 0);
    quantity->setValue(-2);
    QVERIFY(!error->isVisible());

    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY(error->isVisible());
    domain::Movement withoutReason = dialog->movementFromInput();
    QCOMPARE(withoutReason.reasonCode, QString());
    QCOMPARE(error->text(), domain::validateMovement(withoutReason));
    QCOMPARE(error->text(), QStringLiteral("An adjustment needs a reason code."));
    QCOMPARE(m_service->history(QStringLiteral("S01"), QStringLiteral("RUN-42")).size(), 2);
    QCOMPARE(cell(QStringLiteral("RUN-42"), InventoryTableModel::OnHandColumn),
             QVariant(qint64(17)));

    // With a reason it goes through.
    reason->setCurrentIndex(reason->findData(QStringLiteral("damaged")));
    QVERIFY(!error->isVisible());
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QTRY_VERIFY(dialog.isNull());
    QCOMPARE(cell(QStringLiteral("RUN-42"), InventoryTableModel::OnHandColumn),
             QVariant(qint64(15)));
    const auto history = m_service->history(QStringLiteral("S01"), QStringLiteral("RUN-42"));
    QCOMPARE(history.size(), 3);
    QCOMPARE(history.constFirst().reasonCode, QStringLiteral("damaged"));
}

void TestInventoryPage::recordDialogRecordsASale()
{
    QSignalSpy recorded(m_page.get(), &InventoryPage::movementRecorded);
    QPointer<RecordMovementDialog> dialog = openDialogFor(QStringLiteral("RUN-42"));
    QVERIFY(dialog);
    auto *kind = dialog->findChild<QComboBox *>(QStringLiteral("kindComboBox"));
    auto *quantity = dialog->findChild<QSpinBox *>(QStringLiteral("quantitySpinBox"));
    auto *reference = dialog->findChild<QLineEdit *>(QStringLiteral("referenceLineEdit"));
    auto *buttons = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
    QVERIFY(kind && quantity && reference && buttons);

    kind->setCurrentIndex(kind->findData(int(MovementKind::Sale)));
    quantity->setValue(5);
    QTest::keyClicks(reference, QStringLiteral("POS-1001"));
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QTRY_VERIFY(dialog.isNull());

    QCOMPARE(recorded.count(), 1);
    QCOMPARE(m_service->level(QStringLiteral("S01"), QStringLiteral("RUN-42"))->level.onHand, 12);
    QCOMPARE(cell(QStringLiteral("RUN-42"), InventoryTableModel::OnHandColumn),
             QVariant(qint64(12)));
    auto *history = child<QTableView>(QStringLiteral("historyTableView"));
    QCOMPARE(history->model()->rowCount(), 3);
    QCOMPARE(
        history->model()->index(0, item::MovementHistoryModel::QuantityColumn).data().toString(),
        QStringLiteral("-5"));
    QCOMPARE(
        history->model()->index(0, item::MovementHistoryModel::ReferenceColumn).data().toString(),
        QStringLiteral("POS-1001"));
    QCOMPARE(history->model()->index(0, item::MovementHistoryModel::UserColumn).data().toString(),
             QStringLiteral("maria"));
    QVERIFY(
        child<QLabel>(QStringLiteral("productLevelLabel"))->text().contains(QStringLiteral("12")));
}

void TestInventoryPage::recordDialogShowsTheServiceRefusal()
{
    const auto product = m_service->findProduct(QStringLiteral("RUN-42"));
    QVERIFY(product);
    // S03 is only mirrored here: the service refuses, and says why, inside the dialog.
    RecordMovementDialog dialog(*m_service, QStringLiteral("S03"), *product);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy recorded(&dialog, &RecordMovementDialog::recorded);
    dialog.setKind(MovementKind::Receipt);
    dialog.accept();
    QVERIFY(dialog.isVisible());
    QCOMPARE(recorded.count(), 0);
    QVERIFY(!dialog.result().ok());
    auto *error = dialog.findChild<QLabel *>(QStringLiteral("errorLabel"));
    QVERIFY(error->isVisible());
    QCOMPARE(error->text(), dialog.result().error);
    QVERIFY2(error->text().contains(QStringLiteral("S03")), qPrintable(error->text()));
}

void TestInventoryPage::recordingIsOnlyOfferedForOwnLocations()
{
    auto *button = child<QPushButton>(QStringLiteral("recordMovementButton"));
    QVERIFY(m_page->showProduct(QStringLiteral("RUN-42")));
    QVERIFY(button->isEnabled());
    QVERIFY(m_page->setCurrentLocation(QStringLiteral("S03")));
    QCOMPARE(m_page->currentSku(), QStringLiteral("RUN-42"));
    QVERIFY(!button->isEnabled());
    QVERIFY(button->toolTip().contains(QStringLiteral("S03")));
}

void TestInventoryPage::recordingFollowsTheSignedInRole_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<bool>("offered");
    QTest::newRow("not signed in") << QString() << true;
    QTest::newRow("store manager") << QStringLiteral("store_manager") << true;
    QTest::newRow("staff") << QStringLiteral("staff") << true;
    QTest::newRow("ecommerce") << QStringLiteral("ecommerce") << true;
    QTest::newRow("admin") << QStringLiteral("admin") << true;
    QTest::newRow("auditor") << QStringLiteral("auditor") << false;
    QTest::newRow("trainer") << QStringLiteral("trainer") << false;
}

void TestInventoryPage::recordingFollowsTheSignedInRole()
{
    QFETCH(QString, role);
    QFETCH(bool, offered);
    auto *button = child<QPushButton>(QStringLiteral("recordMovementButton"));
    QVERIFY(m_page->showProduct(QStringLiteral("RUN-42")));

    // Through the window, as the desktop wires it: signing in announces the role.
    QSettings settings(m_dir->filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    ui::MainWindow window(&settings);
    connect(&window, &ui::MainWindow::roleChanged, m_page.get(), &InventoryPage::setRole);
    window.setSignedIn(QStringLiteral("http://127.0.0.1:1"),
                       role.isEmpty() ? QString() : QStringLiteral("ana"), role, {});
    QCOMPARE(button->isEnabled(), offered);
    if (!offered)
        QVERIFY2(button->toolTip().contains(role), qPrintable(button->toolTip()));

    window.setSignedIn({}, {}, {}, {}); // signed out: a stand-alone replica records locally
    QCOMPARE(button->isEnabled(), true);
}

void TestInventoryPage::mainWindowHostsThePage()
{
    QSettings settings(m_dir->filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    ui::MainWindow window(&settings);
    auto *page = new InventoryPage(*m_service);
    window.setPage(ui::PageId::Inventory, page);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.page(ui::PageId::Inventory), page);
    QCOMPARE(page->objectName(), QStringLiteral("inventoryPage"));
    QVERIFY(page->isVisible());
}

QTEST_MAIN(TestInventoryPage)
#include "tst_inventorypage.moc"
