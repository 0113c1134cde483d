#include "startup.h"

#include "bulkloader.h"
#include "bundledsops.h"
#include "demochain.h"
#include "discrepanciespage.h"
#include "mainwindow.h"
#include "sopservice.h"
#include "sopspage.h"

#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSysInfo>

#include <cstdio>

using namespace stockroom;

namespace {

// The starter SOPs bundled under :/sops, for the demo chain (issue 7).
bool seedStarterSops(replica::ReplicaDatabase &db, QString *error)
{
    QList<replica::SopFile> files;
    for (const resources::BundledFile &file : resources::bundledSops())
        files.append({file.path, file.bytes});
    const replica::Identity identity{qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME")),
                                     QSysInfo::machineHostName()};
    return replica::SopService(db, identity).importDocuments(files, error).has_value();
}

// Fills a new embedded default replica with the small demo chain.
void seedDemo(replica::ReplicaDatabase &db, bool interactive)
{
    std::unique_ptr<QProgressDialog> progress;
    if (interactive) {
        progress = std::make_unique<QProgressDialog>(
            QApplication::translate("main", "Setting up the demo chain…"),
            QApplication::translate("main", "Skip"), 0, 100);
        progress->setWindowTitle(QApplication::translate("main", "Stockroom"));
        progress->setMinimumDuration(200);
        progress->setWindowModality(Qt::ApplicationModal);
    }
    QString error;
    const bool seeded
        = replica::seedDemoChain(db, domain::DemoScale::Small, 1, &error, [&progress](int percent) {
              if (!progress)
                  return true;
              progress->setValue(percent);
              QApplication::processEvents();
              return !progress->wasCanceled();
          });
    if (progress)
        progress->reset();
    if (!seeded && !(progress && progress->wasCanceled())) {
        std::fprintf(
            stderr, "stockroom: %s\n",
            qPrintable(QApplication::translate("main", "the demo chain could not be set up: %1")
                           .arg(error)));
    }
    if (seeded && !seedStarterSops(db, &error)) {
        std::fprintf(
            stderr, "stockroom: %s\n",
            qPrintable(QApplication::translate("main", "the starter SOPs could not be set up: %1")
                           .arg(error)));
    }
}

} // namespace

std::unique_ptr<replica::ReplicaDatabase>
openDesktopReplica(const QString &initialPath, bool isEmbeddedDefault, bool interactive)
{
    QString path = initialPath;
    for (;;) {
        const bool isNew = !QFileInfo::exists(path);
        replica::OpenError error;
        auto db = replica::ReplicaDatabase::open(path, &error);
        if (db) {
            if (isNew && isEmbeddedDefault && path == initialPath)
                seedDemo(*db, interactive);
            return db;
        }
        if (!interactive) {
            std::fprintf(stderr, "stockroom: %s\n", qPrintable(error.message));
            return nullptr;
        }
        QMessageBox box(QMessageBox::Critical, QApplication::translate("main", "Stockroom"),
                        QApplication::translate("main", "The local replica cannot be opened."));
        box.setInformativeText(error.message);
        QPushButton *openOther = box.addButton(
            QApplication::translate("main", "Open Another File…"), QMessageBox::AcceptRole);
        box.addButton(QMessageBox::Close);
        box.exec();
        if (box.clickedButton() != openOther)
            return nullptr;
        path = QFileDialog::getSaveFileName(
            nullptr, QApplication::translate("main", "Open or Create Replica"),
            QFileInfo(path).absolutePath(),
            QApplication::translate("main", "Stockroom replica (*.sqlite)"), nullptr,
            QFileDialog::DontConfirmOverwrite);
        if (path.isEmpty())
            return nullptr;
    }
}

ui::SopsPage *installSopsPage(ui::MainWindow &window, replica::SopService &sops,
                              replica::DiscrepancyService &discrepancies,
                              ui::DiscrepanciesPage *discrepanciesPage)
{
    auto *page = new ui::SopsPage(sops);
    page->setDiscrepancyService(&discrepancies);
    window.setPage(ui::PageId::Sops, page);
    QObject::connect(page, &ui::SopsPage::toReadChanged, &window, &ui::MainWindow::setSopsToRead);
    QObject::connect(&window, &ui::MainWindow::roleChanged, page, &ui::SopsPage::setRole);
    if (discrepanciesPage) {
        QObject::connect(discrepanciesPage, &ui::DiscrepanciesPage::procedureRequested, page,
                         [&window, page](const QString &id) {
                             window.showPage(ui::PageId::Sops);
                             page->showSop(id);
                         });
    }
    page->refreshToRead(); // the badge on start: the SOPs this user still has to read
    return page;
}
