#include "csvtransfer.h"
#include "inventoryservice.h"
#include "mainwindow.h"
#include "replicadatabase.h"

#include <QAction>
#include <QFile>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace stockroom;

/** File → Import/Export in the desktop: menu wiring and imports through the progress dialog. */
class TestCsvTransfer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void fileMenuOffersImportAndExport();
    void importsFollowTheSignedInRole_data();
    void importsFollowTheSignedInRole();
    void goodFileIsImportedAndAnnounced();
    void badFileIsRefusedAndChangesNothing();

private:
    QString writeFile(const QString &name, const QByteArray &content);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<replica::ReplicaDatabase> m_db;
    std::unique_ptr<replica::InventoryService> m_service;
    std::unique_ptr<QWidget> m_parent;
};

void TestCsvTransfer::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    replica::OpenError error;
    m_db = replica::ReplicaDatabase::open(m_dir->filePath(QStringLiteral("r.sqlite")), &error);
    QVERIFY2(m_db, qPrintable(error.message));
    m_service = std::make_unique<replica::InventoryService>(
        *m_db, replica::Identity{QStringLiteral("tester"), QStringLiteral("pc")});
    QString message;
    QVERIFY(m_service->addLocation(
        {QStringLiteral("S01"), QStringLiteral("Main Street"), domain::Location::Kind::Store}, true,
        &message));
    m_parent = std::make_unique<QWidget>();
}

void TestCsvTransfer::cleanup()
{
    m_parent.reset();
    m_service.reset();
    m_db.reset();
}

QString TestCsvTransfer::writeFile(const QString &name, const QByteArray &content)
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(content);
    return path;
}

void TestCsvTransfer::fileMenuOffersImportAndExport()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    ui::MainWindow window(&settings);
    ui::CsvTransfer transfer(*m_service, &window);
    window.addFileActions(transfer.actions());
    auto *fileMenu = window.findChild<QMenu *>(QStringLiteral("fileMenu"));
    QVERIFY(fileMenu);
    QStringList names;
    for (QAction *action : fileMenu->actions()) {
        if (!action->isSeparator())
            names.append(action->objectName());
    }
    QCOMPARE(
        names,
        (QStringList{QStringLiteral("connectAction"), QStringLiteral("importProductsAction"),
                     QStringLiteral("importLevelsAction"), QStringLiteral("importMovementsAction"),
                     QStringLiteral("exportLevelsAction"), QStringLiteral("exportMovementsAction"),
                     QStringLiteral("quitAction")}));
}

void TestCsvTransfer::importsFollowTheSignedInRole_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<bool>("products");
    QTest::addColumn<bool>("stock"); // opening levels and movements
    QTest::newRow("stand-alone") << QString() << true << true;
    QTest::newRow("admin") << QStringLiteral("admin") << true << true;
    QTest::newRow("store manager") << QStringLiteral("store_manager") << false << true;
    QTest::newRow("staff") << QStringLiteral("staff") << false << false;
    QTest::newRow("auditor") << QStringLiteral("auditor") << false << false;
}

void TestCsvTransfer::importsFollowTheSignedInRole()
{
    QFETCH(QString, role);
    QFETCH(bool, products);
    QFETCH(bool, stock);
    ui::CsvTransfer transfer(*m_service, m_parent.get());
    transfer.setRole(role);
    const auto action = [&transfer](const QString &name) {
        for (QAction *a : transfer.actions()) {
            if (a && a->objectName() == name)
                return a;
        }
        return static_cast<QAction *>(nullptr);
    };
    QCOMPARE(action(QStringLiteral("importProductsAction"))->isEnabled(), products);
    QCOMPARE(action(QStringLiteral("importLevelsAction"))->isEnabled(), stock);
    QCOMPARE(action(QStringLiteral("importMovementsAction"))->isEnabled(), stock);
    // Exports only read: every role may take its numbers away.
    QVERIFY(action(QStringLiteral("exportLevelsAction"))->isEnabled());
    QVERIFY(action(QStringLiteral("exportMovementsAction"))->isEnabled());
    if (!stock)
        QVERIFY(!action(QStringLiteral("importLevelsAction"))->toolTip().isEmpty());
}

void TestCsvTransfer::goodFileIsImportedAndAnnounced()
{
    ui::CsvTransfer transfer(*m_service, m_parent.get());
    QSignalSpy changed(&transfer, &ui::CsvTransfer::replicaChanged);
    const QString path = writeFile(QStringLiteral("p.csv"),
                                   "sku,name,price\nBALL-5,Match ball,29.99\nNET-1,Goal net,99\n");
    const replica::ImportReport report = transfer.importFile(replica::CsvKind::Products, path);
    QVERIFY2(report.ok(), qPrintable(report.errors.join(u'\n')));
    QCOMPARE(report.applied, 2);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_service->findProduct(QStringLiteral("NET-1"))->priceCents, 9900);
}

void TestCsvTransfer::badFileIsRefusedAndChangesNothing()
{
    ui::CsvTransfer transfer(*m_service, m_parent.get());
    QSignalSpy changed(&transfer, &ui::CsvTransfer::replicaChanged);
    const QString path
        = writeFile(QStringLiteral("bad.csv"),
                    "sku,name,price\nBALL-5,Match ball,29.99\nNET-1,Goal net,cheap\n");
    const replica::ImportReport report = transfer.importFile(replica::CsvKind::Products, path);
    QVERIFY(!report.ok());
    QCOMPARE(report.errors.constFirst(),
             QStringLiteral("line 3: price \"cheap\" is not an amount like 12.34"));
    QCOMPARE(changed.count(), 0);
    QVERIFY(m_service->products().isEmpty());
}

QTEST_MAIN(TestCsvTransfer)
#include "tst_csvtransfer.moc"
