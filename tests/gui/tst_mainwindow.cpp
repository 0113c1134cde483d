#include "emptystatepage.h"
#include "mainwindow.h"
#include "navigationpane.h"
#include "syncstatuslabel.h"

#include <QLabel>
#include <QListWidget>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace stockroom::ui;

namespace {

// A grab is "not blank" when it has more than a handful of distinct colours.
int distinctColours(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 3) {
        for (int x = 0; x < image.width(); x += 3)
            colours.insert(image.pixel(x, y));
    }
    return int(colours.size());
}

} // namespace

/** The application shell offscreen: navigation, pages, status bar, remembered state. */
class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void everyPageReachableThroughNavigation();
    void keyboardShortcutsSwitchPages();
    void statusBarSaysNotConnected();
    void remembersGeometryAndLastPage();
    void setPageReplacesEmptyState();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
};

void TestMainWindow::init()
{
    m_settings = std::make_unique<QSettings>(
        m_dir.filePath(QStringLiteral("%1.ini").arg(QTest::currentTestFunction())),
        QSettings::IniFormat);
}

void TestMainWindow::everyPageReachableThroughNavigation()
{
    MainWindow window(m_settings.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigationListWidget"));
    auto *pages = window.findChild<QStackedWidget *>(QStringLiteral("pagesStackedWidget"));
    QVERIFY(navigation);
    QVERIFY(pages);
    QCOMPARE(navigation->count(), allPages().size());

    QSignalSpy changed(&window, &MainWindow::currentPageChanged);
    // Visit in reverse so that every click is a real change, Inventory included.
    QList<PageId> order = allPages();
    std::reverse(order.begin(), order.end());
    for (PageId page : order) {
        const int row = int(allPages().indexOf(page));
        QListWidgetItem *item = navigation->item(row);
        QCOMPARE(item->text(), NavigationPane::pageTitle(page));
        const QRect rect = navigation->visualItemRect(item);
        QTest::mouseClick(navigation->viewport(), Qt::LeftButton, {}, rect.center());

        QCOMPARE(window.currentPage(), page);
        QCOMPARE(pages->currentWidget(), window.page(page));
        QCOMPARE(pages->currentWidget()->objectName(), pageKey(page) + QStringLiteral("Page"));
        auto *empty = qobject_cast<EmptyStatePage *>(pages->currentWidget());
        QVERIFY(empty);
        QCOMPARE(empty->title(), NavigationPane::pageTitle(page));
        QVERIFY(empty->isVisible());

        const QImage grab = window.grab().toImage();
        QVERIFY(!grab.isNull());
        QVERIFY2(distinctColours(grab) > 8,
                 qPrintable(QStringLiteral("grab of %1 looks blank").arg(pageKey(page))));
    }
    QCOMPARE(changed.count(), order.size());
}

void TestMainWindow::keyboardShortcutsSwitchPages()
{
    MainWindow window(m_settings.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(window.currentPage(), PageId::Discrepancies);
    QTest::keyClick(&window, Qt::Key_5, Qt::ControlModifier);
    QCOMPARE(window.currentPage(), PageId::Kpis);
}

void TestMainWindow::statusBarSaysNotConnected()
{
    MainWindow window(m_settings.get());
    window.show();
    auto *label = window.findChild<SyncStatusLabel *>(QStringLiteral("syncStatusLabel"));
    QVERIFY(label);
    QVERIFY(label->isVisible());
    QCOMPARE(label->text(), QStringLiteral("Offline — not connected"));

    stockroom::domain::SyncStatus online;
    online.state = stockroom::domain::SyncStatus::State::Online;
    online.pendingChanges = 3;
    window.setSyncStatus(online);
    QCOMPARE(label->text(), QStringLiteral("Online · 3 change(s) pending"));
}

void TestMainWindow::remembersGeometryAndLastPage()
{
    QRect geometry;
    {
        MainWindow window(m_settings.get());
        window.restoreState();
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.setGeometry(40, 50, 900, 640);
        window.showPage(PageId::Sops);
        geometry = window.geometry();
        QVERIFY(window.close());
    }
    MainWindow restored(m_settings.get());
    restored.restoreState();
    restored.show();
    QVERIFY(QTest::qWaitForWindowExposed(&restored));
    QCOMPARE(restored.currentPage(), PageId::Sops);
    QCOMPARE(restored.size(), geometry.size());
}

void TestMainWindow::setPageReplacesEmptyState()
{
    MainWindow window(m_settings.get());
    window.show();
    auto *label = new QLabel(QStringLiteral("real inventory"));
    window.setPage(PageId::Inventory, label);
    QCOMPARE(window.page(PageId::Inventory), label);
    QCOMPARE(label->objectName(), QStringLiteral("inventoryPage"));
    QVERIFY(label->isVisible());
    window.showPage(PageId::Audits);
    QVERIFY(!label->isVisible());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
