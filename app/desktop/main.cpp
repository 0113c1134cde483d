#include "countservice.h"
#include "countspage.h"
#include "csvtransfer.h"
#include "discrepanciespage.h"
#include "discrepancyservice.h"
#include "inventorypage.h"
#include "inventoryservice.h"
#include "kpiservice.h"
#include "kpispage.h"
#include "mainwindow.h"
#include "pageid.h"
#include "replicadatabase.h"
#include "sopservice.h"
#include "startup.h"
#include "stockroomversion.h"
#include "syncstore.h"
#include "syncwiring.h"
#include "translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QIcon>
#include <QSettings>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTimer>

#include <cstdio>

using namespace stockroom;

namespace {

// --help and --version print and exit; they must work on a machine without a display.
void useOffscreenForInformationalOptions(int argc, char *argv[])
{
    if (qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        return;
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView arg(argv[i]);
        if (arg == "--help" || arg == "-h" || arg == "--help-all" || arg == "--version"
            || arg == "-v") {
            qputenv("QT_QPA_PLATFORM", "offscreen");
            return;
        }
    }
}

} // namespace

int main(int argc, char *argv[])
{
    useOffscreenForInformationalOptions(argc, argv);
    QApplication app(argc, argv);
    app.setWindowIcon(QIcon(QStringLiteral(":/icons/stockroom.png")));
    QApplication::setApplicationName(QStringLiteral("Stockroom"));
    QApplication::setOrganizationName(QStringLiteral("Stockroom"));
    QApplication::setApplicationVersion(QLatin1StringView(versionString));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "Stockroom: the back-office for retail chains that sell in stores and online."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption langOption(
        QStringLiteral("lang"),
        QApplication::translate("main", "Interface language (%1); default: the system's.")
            .arg(QStringLiteral("en, ") + ui::availableLanguages().join(QStringLiteral(", "))),
        QApplication::translate("main", "code"));
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        QApplication::translate("main", "The local replica file (default: %1).")
            .arg(QDir::toNativeSeparators(replica::ReplicaDatabase::defaultPath())),
        QApplication::translate("main", "path"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QApplication::translate("main", "Write a PNG of the main window to this file and exit."),
        QApplication::translate("main", "file"));
    QStringList pageKeys;
    for (const ui::PageId page : ui::allPages())
        pageKeys.append(ui::pageKey(page));
    const QCommandLineOption pageOption(QStringLiteral("page"),
                                        QApplication::translate("main", "The page to open (%1).")
                                            .arg(pageKeys.join(QStringLiteral(", "))),
                                        QApplication::translate("main", "page"));
    parser.addOptions({langOption, dbOption, screenshotOption, pageOption});
    parser.process(app);
    if (parser.isSet(pageOption) && !pageKeys.contains(parser.value(pageOption))) {
        std::fprintf(
            stderr, "%s\n",
            qPrintable(QApplication::translate("main", "stockroom: --page %1: no such page; the "
                                                       "pages are %2")
                           .arg(parser.value(pageOption), pageKeys.join(QStringLiteral(", ")))));
        return 2;
    }

    if (parser.isSet(langOption)) {
        const QString lang = parser.value(langOption);
        if (!ui::installTranslations(&app, lang == QLatin1String("en") ? QLocale(QLocale::English)
                                                                       : QLocale(lang))) {
            std::fprintf(
                stderr, "%s\n",
                qPrintable(QApplication::translate("main",
                                                   "stockroom: --lang %1: no such translation; "
                                                   "available: en, %2")
                               .arg(lang, ui::availableLanguages().join(QStringLiteral(", ")))));
            return 2;
        }
    } else {
        ui::installTranslations(&app, QLocale::system());
    }

    const bool screenshot = parser.isSet(screenshotOption);
    auto replica = openDesktopReplica(
        parser.isSet(dbOption) ? parser.value(dbOption) : replica::ReplicaDatabase::defaultPath(),
        !parser.isSet(dbOption), !screenshot);
    if (!replica)
        return 1;

    // Declared before the window: its pages borrow the services. A replica connected to a
    // central IMS records as the user signed in there (central checks it, e.g. for SOP
    // acknowledgements); a stand-alone one as the operating system's user.
    QString user = replica::SyncStore(*replica).state().user;
    if (user.isEmpty())
        user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    replica::InventoryService service(*replica, {user, QSysInfo::machineHostName()});
    replica::DiscrepancyService discrepancies(service);
    replica::SopService sops(*replica, service.identity());
    replica::CountService counts(*replica, service.identity());

    QSettings settings;
    ui::MainWindow window(&settings);
    window.setWindowFilePath(replica->path());
    auto *inventoryPage = new ui::InventoryPage(service);
    window.setPage(ui::PageId::Inventory, inventoryPage);
    auto *countsPage = new ui::CountsPage(service, counts);
    window.setPage(ui::PageId::Counts, countsPage);
    replica::KpiService kpis(*replica);
    auto *kpisPage = new ui::KpisPage(kpis);
    window.setPage(ui::PageId::Kpis, kpisPage);
    auto *discrepanciesPage = new ui::DiscrepanciesPage(service, discrepancies);
    window.setPage(ui::PageId::Discrepancies, discrepanciesPage);
    discrepanciesPage->setSopService(&sops);
    auto *sopsPage = installSopsPage(window, sops, discrepancies, discrepanciesPage);
    inventoryPage->setDiscrepancyService(&discrepancies);
    QObject::connect(inventoryPage, &ui::InventoryPage::issueReported, discrepanciesPage,
                     &ui::DiscrepanciesPage::reload);
    QObject::connect(discrepanciesPage, &ui::DiscrepanciesPage::stockChanged, inventoryPage,
                     &ui::InventoryPage::reload);
    QObject::connect(countsPage, &ui::CountsPage::countPosted, inventoryPage,
                     &ui::InventoryPage::reload);
    QObject::connect(countsPage, &ui::CountsPage::countPosted, discrepanciesPage,
                     &ui::DiscrepanciesPage::reload);
    ui::CsvTransfer csvTransfer(service, &window);
    window.addFileActions(csvTransfer.actions());
    QObject::connect(&csvTransfer, &ui::CsvTransfer::replicaChanged, inventoryPage,
                     &ui::InventoryPage::reload);
    QObject::connect(&csvTransfer, &ui::CsvTransfer::replicaChanged, discrepanciesPage,
                     &ui::DiscrepanciesPage::reload);
    QObject::connect(&csvTransfer, &ui::CsvTransfer::replicaChanged, countsPage,
                     &ui::CountsPage::reload);
    QObject::connect(&window, &ui::MainWindow::roleChanged, inventoryPage,
                     &ui::InventoryPage::setRole);
    QObject::connect(&window, &ui::MainWindow::roleChanged, discrepanciesPage,
                     &ui::DiscrepanciesPage::setRole);
    QObject::connect(&window, &ui::MainWindow::roleChanged, countsPage, &ui::CountsPage::setRole);
    QObject::connect(&window, &ui::MainWindow::roleChanged, &csvTransfer,
                     &ui::CsvTransfer::setRole);
    SyncWiring sync(*replica, window, inventoryPage);
    sync.setDiscrepanciesPage(discrepanciesPage);
    sync.setCountsPage(countsPage);
    sync.setSopsPage(sopsPage, &sops);
    sync.setRecordingServices(&service, &counts);
    sync.setKpisPage(kpisPage);
    window.restoreState();
    if (parser.isSet(pageOption))
        window.showPage(ui::pageFromKey(parser.value(pageOption), ui::PageId::Inventory));
    window.show();
    if (!screenshot)
        sync.start();

    if (screenshot) {
        const QString file = parser.value(screenshotOption);
        QTimer::singleShot(0, &window, [&window, file] {
            const QPixmap pixmap = window.grab();
            if (!pixmap.save(file, "PNG")) {
                std::fprintf(stderr, "%s\n",
                             qPrintable(QApplication::translate(
                                            "main", "stockroom: cannot write the screenshot to %1")
                                            .arg(file)));
                QApplication::exit(1);
                return;
            }
            QApplication::exit(0);
        });
    }
    return app.exec();
}
