#include "countingview.h"
#include "countlinehighlightproxymodel.h"
#include "countlinemodel.h"
#include "countservice.h"
#include "countsessiondialog.h"
#include "countsessiontablemodel.h"
#include "countspage.h"
#include "countworkflowbar.h"
#include "mainwindow.h"
#include "replicafixture.h"
#include "rolepolicy.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>

#include <map>

using namespace stockroom;
using domain::CountMode;
using domain::CountScopeKind;
using domain::CountState;
using item::CountLineModel;
using ui::CountingView;
using ui::CountSessionDialog;
using ui::CountsPage;

namespace {

const QString s01 = QStringLiteral("S01");
const QString runner = QStringLiteral("RUN-001"); // 10 at S01, barcode runnerBarcode
const QString ball = QStringLiteral("FTB-010");   // 5 at S01, two barcodes
const QString bottle = QStringLiteral("OUT-100"); // 3 at S01, no barcode
const QString runnerBarcode = ReplicaFixture::ean(QStringLiteral("400000000001"));
const QString ballBarcode = ReplicaFixture::ean(QStringLiteral("400000000002"));
const QString ballBarcode2 = ReplicaFixture::ean(QStringLiteral("400000000003"));
const QString unknownBarcode = ReplicaFixture::ean(QStringLiteral("200000000009"));

/** Every row a count may touch: equal digests, nothing changed. */
QByteArray countDigest(ReplicaFixture &f)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(f.contentDigest());
    for (const char *table :
         {"count_sessions", "count_scans", "count_lines", "discrepancies", "discrepancy_events"}) {
        QSqlQuery query(
            QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2").arg(QLatin1StringView(table)),
            f.db->connection());
        while (query.next()) {
            for (int i = 0; i < query.record().count(); ++i)
                hash.addData(query.value(i).toString().toUtf8() + '\x1f');
            hash.addData("\n");
        }
    }
    return hash.result().toHex();
}

// One key press and release with the given timestamp, as a keyboard-wedge scanner sends it.
void pressKey(QWidget *widget, int key, const QString &text, qint64 atMs)
{
    QKeyEvent press(QEvent::KeyPress, key, Qt::NoModifier, text);
    press.setTimestamp(quint64(atMs));
    QApplication::sendEvent(widget, &press);
    QKeyEvent release(QEvent::KeyRelease, key, Qt::NoModifier, text);
    release.setTimestamp(quint64(atMs));
    QApplication::sendEvent(widget, &release);
}

int keyOf(QChar c)
{
    return c.isLetter() ? c.toUpper().unicode() : c.unicode();
}

// Types text one key every intervalMs from *clockMs on (a person: 150 ms, a scanner: 2 ms).
void typeText(QWidget *widget, const QString &text, qint64 *clockMs, qint64 intervalMs)
{
    for (QChar c : text) {
        *clockMs += intervalMs;
        pressKey(widget, keyOf(c), QString(c), *clockMs);
    }
}

void pressEnter(QWidget *widget, qint64 *clockMs, qint64 afterMs)
{
    *clockMs += afterMs;
    pressKey(widget, Qt::Key_Return, QStringLiteral("\r"), *clockMs);
}

} // namespace

/** The Counts page on a real replica: a new count, scanner input, review, recount and post. */
class TestCountsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void layoutHasItsWidgets();
    void newCountThroughTheDialog();
    void newCountDialogShowsTheRefusal_data();
    void newCountDialogShowsTheRefusal();
    void scannerBurstLosesAndDoublesNothing();
    void scansQueuedFasterThanTheyAreStoredAllCount();
    void sameProductNeverGetsTwoRows();
    void multiplierIsShownWhilePending();
    void unknownCodeIsKeptAndListed();
    void textTypedBeforeAScanIsNotPartOfTheCode();
    void badInputChangesNothing_data();
    void badInputChangesNothing();
    void scanAfterSubmitIsRefused();
    void manualCorrection();
    void scanIntoTheCorrectionBoxIsAScan();
    void blindModeShowsNoExpectedQuantities();
    void submitReviewRecountPostThroughTheButtons();
    void postingLinesBeyondToleranceRaisesDiscrepancies();
    void postIsOfferedOnlyToRolesThatRecord();
    void mainWindowHostsThePageAtItsDefaultSize();

private:
    QUuid startThroughDialog(CountScopeKind kind = CountScopeKind::WholeStore,
                             const QString &value = {}, bool blind = false, int toleranceUnits = 0,
                             const QString &toleranceValue = QStringLiteral("0.00"));
    CountSessionDialog *openDialog();
    void scan(const QString &text);
    void click(const char *button);
    QPushButton *button(const char *name) const;
    std::map<QString, qint64> countedBySku(const QUuid &id) const;
    qint64 storedScans(const QUuid &id) const;
    int rowOf(const QString &sku) const;
    QString cell(const QString &sku, int column) const;
    template<typename T>
    T *child(const QString &name) const
    {
        return m_page->findChild<T *>(name);
    }

    std::unique_ptr<ReplicaFixture> m_f;
    std::unique_ptr<replica::CountService> m_counts;
    std::unique_ptr<CountsPage> m_page;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
    CountingView *m_view = nullptr;
    QLineEdit *m_scan = nullptr;
    QTableView *m_lines = nullptr;
    qint64 m_keyClockMs = 0;
};

void TestCountsPage::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestCountsPage::init()
{
    m_f = std::make_unique<ReplicaFixture>();
    QVERIFY(m_f->open());
    QVERIFY(m_f->seed());
    QString error;
    QVERIFY2(m_f->service->setHomeLocation(s01, &error), qPrintable(error));
    for (const auto &[sku, quantity] : {std::pair{runner, qint64(10)}, std::pair{ball, qint64(5)},
                                        std::pair{bottle, qint64(3)}}) {
        replica::RecordRequest receipt;
        receipt.kind = domain::MovementKind::Receipt;
        receipt.product = sku;
        receipt.quantity = quantity;
        receipt.location = s01;
        const auto recorded = m_f->service->record(receipt);
        QVERIFY2(recorded.ok(), qPrintable(recorded.error));
    }
    m_f->clockMs += 60'000;
    m_counts = std::make_unique<replica::CountService>(*m_f->db, m_f->service->identity(),
                                                       [this] { return m_f->clockMs; });

    m_page = std::make_unique<CountsPage>(*m_f->service, *m_counts);
    m_page->resize(1000, 640);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    m_view = m_page->countingView();
    m_scan = child<QLineEdit>(QStringLiteral("scanLineEdit"));
    m_lines = child<QTableView>(QStringLiteral("countLinesTableView"));
    QVERIFY(m_view && m_scan && m_lines);
    const auto mode = QAbstractItemModelTester::FailureReportingMode::QtTest;
    m_testers.push_back(std::make_unique<QAbstractItemModelTester>(m_lines->model(), mode));
    auto *sessions = child<QTableView>(QStringLiteral("countSessionsTableView"));
    QVERIFY(sessions);
    m_testers.push_back(std::make_unique<QAbstractItemModelTester>(sessions->model(), mode));
}

void TestCountsPage::cleanup()
{
    m_testers.clear();
    m_page.reset();
    m_counts.reset();
    m_f.reset();
}

CountSessionDialog *TestCountsPage::openDialog()
{
    // The last dialog deletes itself once the event loop runs.
    if (!QTest::qWaitFor([this] { return !m_page->findChild<CountSessionDialog *>(); }))
        return nullptr;
    QTest::mouseClick(button("newCountButton"), Qt::LeftButton);
    auto *dialog = m_page->findChild<CountSessionDialog *>();
    if (dialog && !QTest::qWaitForWindowExposed(dialog))
        return nullptr;
    return dialog;
}

QUuid TestCountsPage::startThroughDialog(CountScopeKind kind, const QString &value, bool blind,
                                         int toleranceUnits, const QString &toleranceValue)
{
    CountSessionDialog *dialog = openDialog();
    if (!dialog)
        return {};
    auto *scope = dialog->findChild<QComboBox *>(QStringLiteral("scopeComboBox"));
    scope->setCurrentIndex(scope->findData(int(kind)));
    if (!value.isEmpty())
        dialog->findChild<QComboBox *>(QStringLiteral("scopeValueComboBox"))->setEditText(value);
    dialog->findChild<QCheckBox *>(QStringLiteral("blindCheckBox"))->setChecked(blind);
    dialog->findChild<QSpinBox *>(QStringLiteral("toleranceUnitsSpinBox"))
        ->setValue(toleranceUnits);
    dialog->findChild<QLineEdit *>(QStringLiteral("toleranceValueLineEdit"))
        ->setText(toleranceValue);
    QSignalSpy started(dialog, &CountSessionDialog::started);
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    if (started.count() != 1) {
        qWarning("the dialog did not start the count: %s", qPrintable(dialog->errorText()));
        return {};
    }
    // The offscreen platform does not hand activation back to the page by itself.
    m_page->activateWindow();
    if (!QTest::qWaitForWindowActive(m_page.get()))
        return {};
    return started.at(0).at(0).toUuid();
}

void TestCountsPage::scan(const QString &text)
{
    // QTest sends its key events with one timestamp: as fast as a scanner.
    QTest::keyClicks(m_scan, text);
    QTest::keyClick(m_scan, Qt::Key_Return);
}

QPushButton *TestCountsPage::button(const char *name) const
{
    return child<QPushButton>(QLatin1StringView(name));
}

void TestCountsPage::click(const char *name)
{
    QPushButton *b = button(name);
    QVERIFY2(b, name);
    QVERIFY2(b->isEnabled(),
             qPrintable(QStringLiteral("%1: %2").arg(QLatin1StringView(name), b->toolTip())));
    QTest::mouseClick(b, Qt::LeftButton);
}

std::map<QString, qint64> TestCountsPage::countedBySku(const QUuid &id) const
{
    std::map<QString, qint64> counted;
    for (const replica::CountLine &line : m_counts->lines(id))
        counted[line.sku] = line.counted;
    return counted;
}

qint64 TestCountsPage::storedScans(const QUuid &id) const
{
    QSqlQuery query(m_f->db->connection());
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM count_scans WHERE count_id = ?"));
    query.addBindValue(id.toString(QUuid::WithoutBraces));
    if (!query.exec() || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

int TestCountsPage::rowOf(const QString &sku) const
{
    const QAbstractItemModel *model = m_lines->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(CountLineModel::SkuRole).toString() == sku)
            return row;
    }
    return -1;
}

QString TestCountsPage::cell(const QString &sku, int column) const
{
    return m_lines->model()->index(rowOf(sku), column).data().toString();
}

void TestCountsPage::layoutHasItsWidgets()
{
    for (const char *name : {"newCountButton", "submitButton", "reviewButton", "recountButton",
                             "postButton", "setLineButton"})
        QVERIFY2(button(name), name);
    for (const char *name : {"scanResultLabel", "multiplierLabel", "countTitleLabel",
                             "unknownCodesLabel", "lineCountLabel", "correctionLabel"})
        QVERIFY2(child<QLabel>(QLatin1StringView(name)), name);
    QVERIFY(child<QListWidget>(QStringLiteral("unknownCodesListWidget")));
    QVERIFY(child<QSpinBox>(QStringLiteral("correctionSpinBox")));
    // No count yet: nothing to scan into, no step to take.
    QVERIFY(!m_scan->isEnabled());
    QVERIFY(!button("submitButton")->isEnabled());
    QCOMPARE(m_page->currentCountId(), QUuid());
}

void TestCountsPage::newCountThroughTheDialog()
{
    CountSessionDialog *dialog = openDialog();
    QVERIFY(dialog);
    auto *location = dialog->findChild<QComboBox *>(QStringLiteral("locationComboBox"));
    QCOMPARE(location->currentData().toString(), s01);
    QCOMPARE(location->count(), 2); // S01 and S02 are kept here, S09 is not
    auto *scope = dialog->findChild<QComboBox *>(QStringLiteral("scopeComboBox"));
    scope->setCurrentIndex(scope->findData(int(CountScopeKind::Category)));
    auto *value = dialog->findChild<QComboBox *>(QStringLiteral("scopeValueComboBox"));
    QVERIFY(value->isVisibleTo(dialog));
    QVERIFY(!dialog->findChild<QPlainTextEdit *>(QStringLiteral("skuListTextEdit"))
                 ->isVisibleTo(dialog));
    // The categories of the catalogue are offered.
    QVERIFY(value->findText(QStringLiteral("Football")) >= 0);
    value->setEditText(QStringLiteral("Football"));
    dialog->findChild<QCheckBox *>(QStringLiteral("blindCheckBox"))->setChecked(true);
    dialog->findChild<QSpinBox *>(QStringLiteral("toleranceUnitsSpinBox"))->setValue(2);
    dialog->findChild<QLineEdit *>(QStringLiteral("toleranceValueLineEdit"))
        ->setText(QStringLiteral("12.5"));
    auto *uncounted = dialog->findChild<QComboBox *>(QStringLiteral("uncountedComboBox"));
    uncounted->setCurrentIndex(uncounted->findData(int(replica::UncountedPolicy::Zero)));
    dialog->findChild<QLineEdit *>(QStringLiteral("assigneesLineEdit"))
        ->setText(QStringLiteral("maria, li"));
    QSignalSpy started(dialog, &CountSessionDialog::started);
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QCOMPARE(started.count(), 1);
    const QUuid id = started.at(0).at(0).toUuid();

    const auto session = m_counts->session(id);
    QVERIFY(session);
    QCOMPARE(session->location, s01);
    QCOMPARE(session->scope.kind, CountScopeKind::Category);
    QCOMPARE(session->scope.value, QStringLiteral("Football"));
    QCOMPARE(session->mode, CountMode::Blind);
    QCOMPARE(session->tolerance, (domain::Tolerance{2, 1250}));
    QCOMPARE(session->uncounted, replica::UncountedPolicy::Zero);
    QCOMPARE(session->assignees, (QStringList{QStringLiteral("maria"), QStringLiteral("li")}));

    // The new count is chosen, listed and ready for its first scan.
    QTRY_VERIFY(!m_page->findChild<CountSessionDialog *>());
    m_page->activateWindow(); // the offscreen platform does not do it by itself
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    QCOMPARE(m_page->currentCountId(), id);
    auto *sessions = child<QTableView>(QStringLiteral("countSessionsTableView"));
    QCOMPARE(sessions->model()->rowCount(), 1);
    QCOMPARE(sessions->currentIndex().data(item::CountSessionTableModel::IdRole).toString(),
             id.toString(QUuid::WithoutBraces));
    QCOMPARE(
        sessions->model()->index(0, item::CountSessionTableModel::ScopeColumn).data().toString(),
        QStringLiteral("Category Football"));
    QVERIFY(m_scan->isEnabled());
    QTRY_VERIFY2(
        m_scan->hasFocus(),
        qPrintable(QStringLiteral("focus: %1, active: %2")
                       .arg(QApplication::focusWidget() ? QApplication::focusWidget()->objectName()
                                                        : QStringLiteral("none"),
                            QApplication::activeWindow()
                                ? QApplication::activeWindow()->objectName()
                                : QStringLiteral("none"))));
}

void TestCountsPage::newCountDialogShowsTheRefusal_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("skus");
    QTest::addColumn<QString>("toleranceValue");
    QTest::addColumn<QString>("message");

    const int category = int(CountScopeKind::Category);
    const int list = int(CountScopeKind::SkuList);
    QTest::newRow("no category") << category << QString() << QString() << QStringLiteral("0")
                                 << QStringLiteral("Choose the category to count.");
    QTest::newRow("unknown category")
        << category << QStringLiteral("Shoes") << QString() << QStringLiteral("0")
        << QStringLiteral("No product is in category \"Shoes\".");
    QTest::newRow("empty list") << list << QString() << QStringLiteral(" \n ")
                                << QStringLiteral("0")
                                << QStringLiteral("Add at least one SKU to count.");
    QTest::newRow("unknown sku") << list << QString() << QStringLiteral("RUN-001\nNOPE")
                                 << QStringLiteral("0") << QStringLiteral("Unknown SKU \"NOPE\".");
    QTest::newRow("listed twice, once by barcode")
        << list << QString() << QStringLiteral("RUN-001, %1").arg(runnerBarcode)
        << QStringLiteral("0") << QStringLiteral("SKU \"RUN-001\" is listed twice.");
    QTest::newRow("value not an amount")
        << int(CountScopeKind::WholeStore) << QString() << QString() << QStringLiteral("ten")
        << QStringLiteral("Type the value tolerance as an amount such as 5.00.");
}

void TestCountsPage::newCountDialogShowsTheRefusal()
{
    QFETCH(int, kind);
    QFETCH(QString, value);
    QFETCH(QString, skus);
    QFETCH(QString, toleranceValue);
    QFETCH(QString, message);
    const QByteArray before = countDigest(*m_f);

    CountSessionDialog *dialog = openDialog();
    QVERIFY(dialog);
    auto *scope = dialog->findChild<QComboBox *>(QStringLiteral("scopeComboBox"));
    scope->setCurrentIndex(scope->findData(kind));
    dialog->findChild<QComboBox *>(QStringLiteral("scopeValueComboBox"))->setEditText(value);
    dialog->findChild<QPlainTextEdit *>(QStringLiteral("skuListTextEdit"))->setPlainText(skus);
    dialog->findChild<QLineEdit *>(QStringLiteral("toleranceValueLineEdit"))
        ->setText(toleranceValue);
    QSignalSpy started(dialog, &CountSessionDialog::started);
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();

    QCOMPARE(started.count(), 0);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->errorText(), message);
    QCOMPARE(countDigest(*m_f), before);
    QVERIFY(m_counts->sessions().isEmpty());
    dialog->reject();
}

void TestCountsPage::scannerBurstLosesAndDoublesNothing()
{
    const QUuid id = startThroughDialog();
    QVERIFY(!id.isNull());
    QVERIFY(m_scan->hasFocus());

    // 200 scans of three products by barcode, second barcode and SKU, every seventh with a
    // multiplier typed before it, as fast as QTest can type.
    const QList<QPair<QString, QString>> codes{{runnerBarcode, runner},
                                               {ballBarcode, ball},
                                               {bottle, bottle},
                                               {ballBarcode2, ball},
                                               {runner, runner}};
    std::map<QString, qint64> sent;
    QSignalSpy changed(m_view, &CountingView::linesChanged);
    QElapsedTimer timer;
    timer.start();
    constexpr int scans = 200;
    for (int i = 0; i < scans; ++i) {
        const auto &[code, sku] = codes.at(i % codes.size());
        const int multiplier = i % 7 == 3 ? 2 + i % 11 : 1;
        scan(multiplier > 1 ? QStringLiteral("%1*%2").arg(multiplier).arg(code) : code);
        sent[sku] += multiplier;
    }
    const qint64 elapsedMs = timer.elapsed();
    qInfo("%d scans in %lld ms (%.0f scans/s)", scans, elapsedMs,
          elapsedMs > 0 ? scans * 1000.0 / double(elapsedMs) : 0.0);
    // Keys arrive with scanner timestamps (2 ms apart, far above 50 scans/s); how fast this
    // machine stores them is a benchmark's business (bench/countbench.cpp), not this test's.

    QCOMPARE(storedScans(id), qint64(scans));
    QCOMPARE(countedBySku(id), sent);
    QVERIFY(m_counts->unknownCodes(id).isEmpty());
    QCOMPARE(changed.count(), scans);
    // One row per product, showing what the replica holds.
    QCOMPARE(m_lines->model()->rowCount(), 3);
    for (const auto &[sku, quantity] : sent)
        QCOMPARE(cell(sku, CountLineModel::CountedColumn), QLocale().toString(quantity));
    QCOMPARE(m_scan->text(), QString());
    QVERIFY(m_scan->hasFocus());
    QCOMPARE(child<QLabel>(QStringLiteral("lineCountLabel"))->text(),
             QStringLiteral("3 product(s) counted"));
    auto *sessions = child<QTableView>(QStringLiteral("countSessionsTableView"));
    QCOMPARE(
        sessions->model()->index(0, item::CountSessionTableModel::LinesColumn).data().toString(),
        QStringLiteral("3"));
}

void TestCountsPage::scansQueuedFasterThanTheyAreStoredAllCount()
{
    const QUuid id = startThroughDialog();
    QVERIFY(!id.isNull());
    // A scanner does not wait for the screen: 100 scans, 2 ms a key, are all in the event
    // queue before the first one is stored.
    const QStringList codes{runnerBarcode, ballBarcode2, bottle};
    std::map<QString, qint64> sent;
    qint64 at = 1'000'000;
    const auto post = [this, &at](int key, const QString &text) {
        at += 2;
        for (QEvent::Type type : {QEvent::KeyPress, QEvent::KeyRelease}) {
            auto *event = new QKeyEvent(type, key, Qt::NoModifier, text);
            event->setTimestamp(quint64(at));
            QCoreApplication::postEvent(m_scan, event);
        }
    };
    for (int i = 0; i < 100; ++i) {
        const QString code = codes.at(i % codes.size());
        for (QChar c : code)
            post(keyOf(c), QString(c));
        post(Qt::Key_Return, QStringLiteral("\r"));
        sent[i % 3 == 0 ? runner : (i % 3 == 1 ? ball : bottle)] += 1;
    }
    QTRY_COMPARE(storedScans(id), qint64(100));
    QCOMPARE(countedBySku(id), sent);
    QCOMPARE(m_lines->model()->rowCount(), 3);
}

void TestCountsPage::sameProductNeverGetsTwoRows()
{
    const QUuid id = startThroughDialog();
    QVERIFY(!id.isNull());
    scan(bottle);
    scan(ballBarcode);
    scan(ball);
    scan(ballBarcode2);
    QCOMPARE(m_lines->model()->rowCount(), 2);
    QCOMPARE(cell(ball, CountLineModel::CountedColumn), QStringLiteral("3"));
    // The scanned product's row is the selected one, and the result says what it is now.
    QCOMPARE(m_view->currentSku(), ball);
    QCOMPARE(m_view->selectedSkus(), QStringList{ball});
    QCOMPARE(m_view->feedback(), CountingView::Feedback::Counted);
    auto *result = child<QLabel>(QStringLiteral("scanResultLabel"));
    QCOMPARE(result->property("feedback").toString(), QStringLiteral("counted"));
    QCOMPARE(result->text(), QStringLiteral("FTB-010 Match ball size 5: 3"));
    QVERIFY(result->styleSheet().contains(QStringLiteral("background-color")));
    // The flash fades; the message stays.
    QTRY_VERIFY(!result->styleSheet().contains(QStringLiteral("background-color")));
    QCOMPARE(result->text(), QStringLiteral("FTB-010 Match ball size 5: 3"));

    // Counted at and expected come from the replica once the scanning pauses.
    QTRY_COMPARE(cell(ball, CountLineModel::ExpectedColumn), QStringLiteral("5"));
    QCOMPARE(m_lines->model()
                 ->index(rowOf(ball), CountLineModel::CountedAtColumn)
                 .data(Qt::EditRole)
                 .toLongLong(),
             m_f->clockMs);
    QCOMPARE(m_view->currentSku(), ball);
}

void TestCountsPage::multiplierIsShownWhilePending()
{
    const QUuid id = startThroughDialog();
    QVERIFY(!id.isNull());
    auto *multiplier = child<QLabel>(QStringLiteral("multiplierLabel"));
    QVERIFY(!multiplier->isVisible());
    typeText(m_scan, QStringLiteral("12*"), &m_keyClockMs, 150);
    QVERIFY(multiplier->isVisible());
    QCOMPARE(multiplier->text(), QStringLiteral("× 12"));
    // Then the scanner.
    m_keyClockMs += 2000;
    typeText(m_scan, runnerBarcode, &m_keyClockMs, 2);
    pressEnter(m_scan, &m_keyClockMs, 2);
    QVERIFY(!multiplier->isVisible());
    QCOMPARE(countedBySku(id), (std::map<QString, qint64>{{runner, 12}}));
    QCOMPARE(child<QLabel>(QStringLiteral("scanResultLabel"))->text(),
             QStringLiteral("RUN-001 Trail runner 42: 12 (+12)"));

    // Esc drops a pending multiplier.
    typeText(m_scan, QStringLiteral("5*"), &m_keyClockMs, 150);
    QVERIFY(multiplier->isVisible());
    QTest::keyClick(m_scan, Qt::Key_Escape);
    QCOMPARE(m_scan->text(), QString());
    QVERIFY(!multiplier->isVisible());
    scan(runner);
    QCOMPARE(countedBySku(id), (std::map<QString, qint64>{{runner, 13}}));
}

void TestCountsPage::unknownCodeIsKeptAndListed()
{
    const QUuid id = startThroughDialog();
    QVERIFY(!id.isNull());
    scan(runner);
    auto *panel = child<QWidget>(QStringLiteral("unknownCodesPanel"));
    QVERIFY(!panel->isVisible()); // no room taken while every code is known
    QSignalSpy alerted(m_view, &CountingView::alerted);
    scan(unknownBarcode);
    QVERIFY(panel->isVisible());
    QCOMPARE(alerted.count(), 1);
    QCOMPARE(m_view->feedback(), CountingView::Feedback::Unknown);
    const QString text = m_view->feedbackText();
    QVERIFY2(text.contains(unknownBarcode) && text.contains(QStringLiteral("follow-up")),
             qPrintable(text));
    scan(QStringLiteral("3*") + unknownBarcode);
    QCOMPARE(alerted.count(), 2);

    const auto unknown = m_counts->unknownCodes(id);
    QCOMPARE(unknown.size(), 1);
    QCOMPARE(unknown.at(0).code, unknownBarcode);
    QCOMPARE(unknown.at(0).quantity, 4);
    QCOMPARE(unknown.at(0).scans, 2);
    auto *list = child<QListWidget>(QStringLiteral("unknownCodesListWidget"));
    QCOMPARE(list->count(), 1);
    QCOMPARE(list->item(0)->text(), QStringLiteral("%1 · 4 unit(s)").arg(unknownBarcode));
    QCOMPARE(list->currentRow(), 0);
    QCOMPARE(child<QLabel>(QStringLiteral("unknownCodesLabel"))->text(),
             QStringLiteral("Unknown codes (1) — follow up"));
    // It is no line and changes none.
    QCOMPARE(m_lines->model()->rowCount(), 1);
    QCOMPARE(countedBySku(id), (std::map<QString, qint64>{{runner, 1}}));
    QVERIFY(m_scan->hasFocus());

    // Still listed when the count is shown again (after a restart, say).
    m_page->reload();
    QCOMPARE(list->count(), 1);
    QCOMPARE(child<QLabel>(QStringLiteral("lineCountLabel"))->text(),
             QStringLiteral("1 product(s) counted · 1 unknown code(s)"));
}

void TestCountsPage::textTypedBeforeAScanIsNotPartOfTheCode()
{
    const QUuid id = startThroughDialog();
    QVERIFY(!id.isNull());
    typeText(m_scan, QStringLiteral("ab"), &m_keyClockMs, 200);
    m_keyClockMs += 1500;
    typeText(m_scan, runnerBarcode, &m_keyClockMs, 2);
    pressEnter(m_scan, &m_keyClockMs, 2);
    QCOMPARE(countedBySku(id), (std::map<QString, qint64>{{runner, 1}}));
    QVERIFY(m_counts->unknownCodes(id).isEmpty());
    QVERIFY2(m_view->feedbackText().contains(QStringLiteral("\"ab\"")),
             qPrintable(m_view->feedbackText()));
    QCOMPARE(m_scan->text(), QString());
}

void TestCountsPage::badInputChangesNothing_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("left"); // what stays in the scan field

    QTest::newRow("multiplier without a code")
        << QStringLiteral("12*") << QStringLiteral("Now scan or type the code to count 12 times.")
        << QStringLiteral("12*");
    QTest::newRow("zero times") << QStringLiteral("0*") + runnerBarcode
                                << QStringLiteral(
                                       "The quantity before the \"*\" must be at least 1.")
                                << QString();
    QTest::newRow("zero, no code")
        << QStringLiteral("0*")
        << QStringLiteral("The quantity before the \"*\" must be at least 1.") << QString();
    QTest::newRow("negative") << QStringLiteral("-3*") + runner
                              << QStringLiteral("The quantity before the \"*\" must be at least 1.")
                              << QString();
    QTest::newRow("no quantity") << QStringLiteral("*") + runner
                                 << QStringLiteral(
                                        "Type a quantity before the \"*\", as in 12*CODE.")
                                 << QString();
    QTest::newRow("two stars") << QStringLiteral("2*3*") + runner
                               << QStringLiteral("Use only one \"*\" in a scan, as in 12*CODE.")
                               << QString();
    QTest::newRow("too many") << QStringLiteral("100001*") + runner
                              << QStringLiteral(
                                     "The quantity before the \"*\" cannot be more than 100000.")
                              << QString();
    QTest::newRow("out of scope")
        << bottle
        << QStringLiteral("OUT-100 (Steel bottle 0.75 l) is not part of this count of "
                          "category Football.")
        << QString();
}

void TestCountsPage::badInputChangesNothing()
{
    QFETCH(QString, input);
    QFETCH(QString, message);
    QFETCH(QString, left);
    const QUuid id = startThroughDialog(CountScopeKind::Category, QStringLiteral("Football"));
    QVERIFY(!id.isNull());
    scan(ball);
    const QByteArray before = countDigest(*m_f);
    QSignalSpy alerted(m_view, &CountingView::alerted);
    QSignalSpy changed(m_view, &CountingView::linesChanged);

    scan(input);

    QCOMPARE(m_view->feedbackText(), message);
    QCOMPARE(m_view->feedback(), CountingView::Feedback::Problem);
    QCOMPARE(child<QLabel>(QStringLiteral("scanResultLabel"))->property("feedback").toString(),
             QStringLiteral("problem"));
    QCOMPARE(child<QLabel>(QStringLiteral("scanResultLabel"))->property("problem").toBool(), true);
    QCOMPARE(alerted.count(), 1);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(m_scan->text(), left);
    QCOMPARE(countDigest(*m_f), before);
    QCOMPARE(countedBySku(id), (std::map<QString, qint64>{{ball, 1}}));
    QCOMPARE(m_lines->model()->rowCount(), 1);
}

void TestCountsPage::scanAfterSubmitIsRefused()
{
    const QUuid id = startThroughDialog();
    QVERIFY(!id.isNull());
    scan(runner);
    click("submitButton");
    QCOMPARE(m_counts->session(id)->state, CountState::Submitted);
    QVERIFY(m_scan->hasFocus());
    const QByteArray before = countDigest(*m_f);
    QSignalSpy alerted(m_view, &CountingView::alerted);

    scan(runnerBarcode);

    QCOMPARE(m_view->feedbackText(),
             QStringLiteral("This count is submitted and takes no more scans."));
    QCOMPARE(m_view->feedback(), CountingView::Feedback::Problem);
    QCOMPARE(alerted.count(), 1);
    QCOMPARE(countDigest(*m_f), before);
    QCOMPARE(cell(runner, CountLineModel::CountedColumn), QStringLiteral("1"));
    // A correction is refused too: the box is not even offered.
    m_lines->selectRow(rowOf(runner));
    QVERIFY(!button("setLineButton")->isEnabled());
}

void TestCountsPage::manualCorrection()
{
    const QUuid id = startThroughDialog();
    QVERIFY(!id.isNull());
    scan(QStringLiteral("3*") + runner);
    scan(bottle);
    auto *spin = child<QSpinBox>(QStringLiteral("correctionSpinBox"));
    // The scanned line is the current one; the box offers its quantity.
    QCOMPARE(m_view->currentSku(), bottle);
    QCOMPARE(spin->value(), 1);
    m_lines->selectRow(rowOf(runner));
    QCOMPARE(spin->value(), 3);
    QCOMPARE(child<QLabel>(QStringLiteral("correctionLabel"))->text(),
             QStringLiteral("Co&rrect RUN-001 to:"));

    spin->setValue(7);
    click("setLineButton");
    QCOMPARE(countedBySku(id), (std::map<QString, qint64>{{runner, 7}, {bottle, 1}}));
    QCOMPARE(cell(runner, CountLineModel::CountedColumn), QStringLiteral("7"));
    QCOMPARE(m_view->feedbackText(), QStringLiteral("RUN-001 corrected to 7."));
    QVERIFY(m_scan->hasFocus());

    // By keyboard: the box, a typed quantity, Enter; then scans add to the corrected line.
    spin->setFocus();
    spin->selectAll();
    typeText(spin, QStringLiteral("0"), &m_keyClockMs, 150);
    pressEnter(spin, &m_keyClockMs, 150);
    QCOMPARE(countedBySku(id), (std::map<QString, qint64>{{runner, 0}, {bottle, 1}}));
    QVERIFY(m_scan->hasFocus());
    scan(runnerBarcode);
    QCOMPARE(countedBySku(id), (std::map<QString, qint64>{{runner, 1}, {bottle, 1}}));
}

void TestCountsPage::scanIntoTheCorrectionBoxIsAScan()
{
    const QUuid id = startThroughDialog();
    QVERIFY(!id.isNull());
    scan(QStringLiteral("4*") + runner);
    auto *spin = child<QSpinBox>(QStringLiteral("correctionSpinBox"));
    spin->setFocus();
    QVERIFY(spin->hasFocus());
    // A scanner burst while the correction box has the focus: a scan, not a correction.
    m_keyClockMs += 2000;
    typeText(spin, runnerBarcode, &m_keyClockMs, 2);
    pressEnter(spin, &m_keyClockMs, 2);
    QCOMPARE(countedBySku(id), (std::map<QString, qint64>{{runner, 5}}));
    QCOMPARE(spin->value(), 5);
    QVERIFY(m_scan->hasFocus());
}

void TestCountsPage::blindModeShowsNoExpectedQuantities()
{
    const QUuid blind = startThroughDialog(CountScopeKind::WholeStore, {}, true);
    QVERIFY(!blind.isNull());
    scan(runner);
    scan(ball);
    m_view->reload();
    QVERIFY(m_lines->isColumnHidden(CountLineModel::ExpectedColumn));
    for (int row = 0; row < m_lines->model()->rowCount(); ++row) {
        const QModelIndex expected = m_lines->model()->index(row, CountLineModel::ExpectedColumn);
        QCOMPARE(expected.data().toString(), QString());
        QVERIFY(!expected.data(Qt::EditRole).isValid());
    }
    for (const replica::CountLine &line : m_counts->lines(blind))
        QVERIFY(!line.expected);
    const QString info = child<QLabel>(QStringLiteral("countInfoLabel"))->text();
    QVERIFY2(info.startsWith(QStringLiteral("Blind count")), qPrintable(info));

    // With expected quantities, the column is there and says what the ledger holds.
    const QUuid shown = startThroughDialog();
    QVERIFY(!shown.isNull());
    QCOMPARE(m_page->currentCountId(), shown);
    scan(runner);
    m_view->reload();
    QVERIFY(!m_lines->isColumnHidden(CountLineModel::ExpectedColumn));
    QCOMPARE(cell(runner, CountLineModel::ExpectedColumn), QStringLiteral("10"));
    QVERIFY(m_lines->isColumnHidden(CountLineModel::DecisionColumn));
}

void TestCountsPage::submitReviewRecountPostThroughTheButtons()
{
    const QUuid id = startThroughDialog();
    QVERIFY(!id.isNull());
    QSignalSpy posted(m_page.get(), &CountsPage::countPosted);
    scan(QStringLiteral("10*") + runnerBarcode); // expected 10
    scan(QStringLiteral("3*") + ball);           // expected 5: beyond a tolerance of 0
    for (int i = 0; i < 3; ++i)
        scan(bottle); // expected 3

    // Open: submit only; the others say why not.
    QVERIFY(button("submitButton")->isEnabled());
    QVERIFY(!button("reviewButton")->isEnabled());
    QCOMPARE(button("reviewButton")->toolTip(),
             domain::whyCannotAdvance(CountState::Open, CountState::Reviewed));
    QVERIFY(!button("postButton")->isEnabled());
    QCOMPARE(button("postButton")->toolTip(),
             domain::whyCannotAdvance(CountState::Open, CountState::Posted));
    QVERIFY(!button("recountButton")->isEnabled());

    click("submitButton");
    QCOMPARE(m_counts->session(id)->state, CountState::Submitted);
    QVERIFY(!button("submitButton")->isEnabled());
    QCOMPARE(button("submitButton")->toolTip(),
             domain::whyCannotAdvance(CountState::Submitted, CountState::Submitted));
    QVERIFY(m_scan->hasFocus());

    click("reviewButton");
    QCOMPARE(m_counts->session(id)->state, CountState::Reviewed);
    QCOMPARE(m_view->feedbackText(),
             QStringLiteral("Reviewed 3 line(s). 1 beyond tolerance: recount them, or post to "
                            "raise discrepancies."));
    QVERIFY(!m_lines->isColumnHidden(CountLineModel::DecisionColumn));
    QCOMPARE(cell(ball, CountLineModel::VarianceUnitsColumn), QStringLiteral("-2"));
    QCOMPARE(cell(ball, CountLineModel::VarianceValueColumn), QStringLiteral("-24.00"));
    QCOMPARE(cell(ball, CountLineModel::DecisionColumn), QStringLiteral("Recount"));
    QCOMPARE(cell(runner, CountLineModel::DecisionColumn), QStringLiteral("Accept"));
    // The line beyond tolerance stands out; the others do not.
    const QModelIndex ballIndex = m_lines->model()->index(rowOf(ball), 0);
    QCOMPARE(ballIndex.data(Qt::BackgroundRole).value<QBrush>().color(),
             ui::CountLineHighlightProxyModel::beyondToleranceColor());
    QVERIFY(!m_lines->model()->index(rowOf(runner), 0).data(Qt::BackgroundRole).isValid());

    // A recount of the selected line.
    m_lines->clearSelection();
    QVERIFY(!button("recountButton")->isEnabled());
    m_lines->selectRow(rowOf(ball));
    click("recountButton");
    auto session = m_counts->session(id);
    QCOMPARE(session->state, CountState::Open);
    QCOMPARE(session->recounting, QStringList{ball});
    // It waits, blind, for its new count; the review's figures are gone from the screen.
    QVERIFY(m_lines->isColumnHidden(CountLineModel::DecisionColumn));
    QCOMPARE(
        m_lines->model()->index(rowOf(ball), 0).data(CountLineModel::AwaitingRecountRole).toBool(),
        true);
    QCOMPARE(cell(ball, CountLineModel::ExpectedColumn), QString());
    // Submitting before the recount has a scan is refused, and says what to do.
    click("submitButton");
    QCOMPARE(m_view->feedbackText(),
             QStringLiteral("FTB-010 is waiting for its recount: scan it, or set it to 0 if none "
                            "is there."));
    QCOMPARE(m_counts->session(id)->state, CountState::Open);
    scan(QStringLiteral("5*") + ballBarcode2);
    QCOMPARE(cell(ball, CountLineModel::CountedColumn), QStringLiteral("5"));
    click("submitButton");
    click("reviewButton");
    QCOMPARE(cell(ball, CountLineModel::DecisionColumn), QStringLiteral("Accept"));

    // Post asks first, saying what it will do.
    click("postButton");
    auto *bar = m_view->workflowBar();
    QMessageBox *box = bar->postConfirmation();
    QVERIFY(box);
    QVERIFY(QTest::qWaitForWindowExposed(box));
    QVERIFY2(box->informativeText().startsWith(QStringLiteral("Posting writes 3 count "
                                                              "movement(s).")),
             qPrintable(box->informativeText()));
    QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("confirmPostButton")),
                      Qt::LeftButton);
    QCOMPARE(posted.count(), 1);
    QCOMPARE(posted.at(0).at(0).toUuid(), id);
    QCOMPARE(m_counts->session(id)->state, CountState::Posted);
    QCOMPARE(m_view->feedbackText(), QStringLiteral("Posted: 3 count movement(s)."));
    for (const char *name : {"submitButton", "reviewButton", "recountButton", "postButton"}) {
        QVERIFY2(!button(name)->isEnabled(), name);
        QVERIFY2(!button(name)->toolTip().isEmpty(), name);
    }
    QCOMPARE(m_f->service->level(s01, runner)->level.onHand, 10);
    QCOMPARE(m_f->service->level(s01, ball)->level.onHand, 5);
    QCOMPARE(m_f->service->level(s01, bottle)->level.onHand, 3);
    auto *sessions = child<QTableView>(QStringLiteral("countSessionsTableView"));
    QCOMPARE(
        sessions->model()->index(0, item::CountSessionTableModel::StateColumn).data().toString(),
        QStringLiteral("Posted"));
}

void TestCountsPage::postingLinesBeyondToleranceRaisesDiscrepancies()
{
    const QUuid id
        = startThroughDialog(CountScopeKind::WholeStore, {}, false, 1, QStringLiteral("100.00"));
    QVERIFY(!id.isNull());
    scan(QStringLiteral("9*") + runner); // 1 short: within a tolerance of 1 unit
    scan(ball);                          // 4 short: beyond
    click("submitButton");
    click("reviewButton");
    click("postButton");
    QMessageBox *box = m_view->workflowBar()->postConfirmation();
    QVERIFY(box);
    QVERIFY2(box->informativeText().contains(QStringLiteral("writes 1 count movement(s) and "
                                                            "raises 1 discrepancy(ies)")),
             qPrintable(box->informativeText()));
    // Cancel changes nothing.
    const QByteArray before = countDigest(*m_f);
    box->reject();
    QTRY_VERIFY(!m_view->workflowBar()->postConfirmation());
    QCOMPARE(countDigest(*m_f), before);

    click("postButton");
    box = m_view->workflowBar()->postConfirmation();
    QVERIFY(box);
    QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("confirmPostButton")),
                      Qt::LeftButton);
    QCOMPARE(m_view->feedbackText(),
             QStringLiteral("Posted: 1 count movement(s), 1 discrepancy(ies) raised."));
    QCOMPARE(cell(ball, CountLineModel::DecisionColumn), QStringLiteral("Discrepancy raised"));
    const auto lines = m_counts->reviewedLines(id);
    const auto ballLine = std::find_if(lines.cbegin(), lines.cend(),
                                       [](const auto &line) { return line.variance.sku == ball; });
    QVERIFY(ballLine != lines.cend());
    QCOMPARE(ballLine->discrepancy, QUuid::createUuidV5(id, ball));
}

void TestCountsPage::postIsOfferedOnlyToRolesThatRecord()
{
    const QUuid id = startThroughDialog();
    QVERIFY(!id.isNull());
    scan(runner);
    click("submitButton");
    click("reviewButton");
    QVERIFY(button("postButton")->isEnabled());
    m_page->setRole(QStringLiteral("trainer"));
    QVERIFY(!button("postButton")->isEnabled());
    QCOMPARE(
        button("postButton")->toolTip(),
        domain::capabilityRefusal(QStringLiteral("trainer"), domain::Capability::RecordMovements));
    m_page->setRole(QStringLiteral("store_manager"));
    QVERIFY(button("postButton")->isEnabled());
}

void TestCountsPage::mainWindowHostsThePageAtItsDefaultSize()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("window.ini")), QSettings::IniFormat);
    ui::MainWindow window(&settings);
    auto *page = new CountsPage(*m_f->service, *m_counts);
    window.setPage(ui::PageId::Counts, page);
    QCOMPARE(window.page(ui::PageId::Counts), page);
    window.showPage(ui::PageId::Counts);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.size(), QSize(1100, 700));

    // A count under way, reviewed, with an unknown code: the busiest the screen gets.
    QString error;
    replica::CountStartRequest request;
    request.location = s01;
    request.assignees = {QStringLiteral("maria")};
    const QUuid id = m_counts->start(request, &error);
    QVERIFY2(!id.isNull(), qPrintable(error));
    QVERIFY(page->showCount(id));
    auto *scanEdit = page->findChild<QLineEdit *>(QStringLiteral("scanLineEdit"));
    QTRY_VERIFY(scanEdit->hasFocus());
    for (const QString &code : {QStringLiteral("8*") + runnerBarcode, QStringLiteral("3*") + ball,
                                bottle, unknownBarcode, bottle}) {
        QTest::keyClicks(scanEdit, code);
        QTest::keyClick(scanEdit, Qt::Key_Return);
    }
    QTest::keyClicks(scanEdit, QStringLiteral("12*"));
    // The expected quantities arrive once the scanning pauses.
    auto *linesView = page->findChild<QTableView *>(QStringLiteral("countLinesTableView"));
    QTRY_VERIFY(
        !linesView->model()->index(0, CountLineModel::ExpectedColumn).data().toString().isEmpty());

    const QString shots = qEnvironmentVariable("STOCKROOM_SCREENSHOT_DIR");
    const auto grab = [&](const QString &name) {
        QCoreApplication::processEvents(); // the layout settles as it would between two scans
        const QImage image = window.grab().toImage();
        if (!shots.isEmpty())
            QVERIFY(image.save(QDir(shots).filePath(name), "PNG"));
        // Every part of the counting screen is inside the window and has room.
        for (const char *name :
             {"scanLineEdit", "scanResultLabel", "submitButton", "postButton", "setLineButton",
              "countLinesTableView", "unknownCodesListWidget", "countSessionsTableView"}) {
            auto *widget = page->findChild<QWidget *>(QLatin1StringView(name));
            QVERIFY2(widget && widget->isVisible(), name);
            const QRect rect(widget->mapTo(&window, QPoint(0, 0)), widget->size());
            QVERIFY2(QRect(QPoint(0, 0), window.size()).contains(rect), name);
            QVERIFY2(widget->width() >= widget->minimumSizeHint().width(), name);
        }
        auto *lines = page->findChild<QTableView *>(QStringLiteral("countLinesTableView"));
        QVERIFY(lines->height() >= 150);
        // Every shown column fits without scrolling, the product's name keeps some room.
        QVERIFY2(lines->horizontalHeader()->length() <= lines->viewport()->width(),
                 qPrintable(QStringLiteral("%1 > %2")
                                .arg(lines->horizontalHeader()->length())
                                .arg(lines->viewport()->width())));
        QVERIFY(lines->columnWidth(CountLineModel::NameColumn) >= 100);
        QVERIFY(scanEdit->width() >= 400);
    };
    grab(QStringLiteral("counting-open.png"));

    QTest::keyClick(scanEdit, Qt::Key_Escape);
    QString submitError;
    QVERIFY(m_counts->submit(id, &submitError));
    QVERIFY(m_counts->review(id).ok());
    page->reload();
    grab(QStringLiteral("counting-reviewed.png"));

    page->newCount();
    auto *dialog = page->findChild<CountSessionDialog *>();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    auto *scope = dialog->findChild<QComboBox *>(QStringLiteral("scopeComboBox"));
    scope->setCurrentIndex(scope->findData(int(CountScopeKind::CycleList)));
    QCoreApplication::processEvents();
    if (!shots.isEmpty())
        QVERIFY(dialog->grab().save(QDir(shots).filePath(QStringLiteral("new-count.png")), "PNG"));
    QVERIFY(dialog->findChild<QPlainTextEdit *>(QStringLiteral("skuListTextEdit"))->isVisible());
    dialog->reject();
}

QTEST_MAIN(TestCountsPage)
#include "tst_countspage.moc"
