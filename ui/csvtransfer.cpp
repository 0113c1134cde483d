#include "csvtransfer.h"

#include "csvexporter.h"
#include "inventoryservice.h"
#include "rolepolicy.h"

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QMessageBox>
#include <QProgressDialog>
#include <QStandardPaths>

namespace stockroom::ui {

namespace {

QString kindTitle(replica::CsvKind kind)
{
    switch (kind) {
    case replica::CsvKind::Products:
        return CsvTransfer::tr("products");
    case replica::CsvKind::Levels:
        return CsvTransfer::tr("opening levels");
    case replica::CsvKind::Movements:
        return CsvTransfer::tr("movements");
    }
    Q_UNREACHABLE();
}

domain::Capability importCapability(replica::CsvKind kind)
{
    return kind == replica::CsvKind::Products ? domain::Capability::ManageCatalogue
                                              : domain::Capability::ImportMovements;
}

QString csvFilter()
{
    return CsvTransfer::tr("CSV files (*.csv *.txt);;All files (*)");
}

} // namespace

CsvTransfer::CsvTransfer(replica::InventoryService &service, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_service(service)
    , m_parent(dialogParent)
{
    const auto add = [this](const QString &text, const QString &name, auto slot) {
        auto *action = new QAction(text, this);
        action->setObjectName(name);
        connect(action, &QAction::triggered, this, slot);
        m_actions.append(action);
    };
    using replica::CsvKind;
    add(tr("Import &Products…"), QStringLiteral("importProductsAction"),
        [this] { chooseAndImport(CsvKind::Products); });
    add(tr("Import Opening &Levels…"), QStringLiteral("importLevelsAction"),
        [this] { chooseAndImport(CsvKind::Levels); });
    add(tr("Import &Movements…"), QStringLiteral("importMovementsAction"),
        [this] { chooseAndImport(CsvKind::Movements); });
    m_actions.append(nullptr);
    add(tr("&Export Levels…"), QStringLiteral("exportLevelsAction"),
        [this] { chooseAndExport(CsvKind::Levels); });
    add(tr("Export M&ovements…"), QStringLiteral("exportMovementsAction"),
        [this] { chooseAndExport(CsvKind::Movements); });
    setRole({});
}

void CsvTransfer::setRole(const QString &role)
{
    using replica::CsvKind;
    const QList<QPair<int, CsvKind>> imports{
        {0, CsvKind::Products}, {1, CsvKind::Levels}, {2, CsvKind::Movements}};
    for (const auto &[index, kind] : imports) {
        QAction *action = m_actions.at(index);
        const QString refusal = domain::capabilityRefusal(role, importCapability(kind));
        action->setEnabled(refusal.isEmpty());
        action->setToolTip(refusal.isEmpty() ? tr("Import %1 from a CSV file").arg(kindTitle(kind))
                                             : refusal);
    }
}

replica::ImportReport CsvTransfer::importFile(replica::CsvKind kind, const QString &path)
{
    QProgressDialog progress(
        tr("Checking %1 in %2…").arg(kindTitle(kind), QFileInfo(path).fileName()), tr("Cancel"), 0,
        100, m_parent);
    progress.setObjectName(QStringLiteral("importProgressDialog"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    replica::CsvImporter importer(m_service);
    const replica::ImportReport report
        = importer.importFile(kind, path, [&progress](int done, int total) {
              progress.setMaximum(std::max(total, 1));
              progress.setValue(done);
              QApplication::processEvents();
              return !progress.wasCanceled();
          });
    progress.reset();
    if (report.applied > 0)
        Q_EMIT replicaChanged();
    return report;
}

void CsvTransfer::chooseAndImport(replica::CsvKind kind)
{
    const QString path = QFileDialog::getOpenFileName(
        m_parent, tr("Import %1").arg(kindTitle(kind)),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation), csvFilter());
    if (path.isEmpty())
        return;
    const replica::ImportReport report = importFile(kind, path);
    if (report.cancelled) {
        QMessageBox::information(m_parent, tr("Import cancelled"),
                                 tr("The import was cancelled; nothing was changed."));
    } else if (!report.ok()) {
        QMessageBox box(QMessageBox::Warning, tr("Import refused"),
                        tr("%1 was not imported: it has errors, and nothing was changed. Correct "
                           "the lines below and import the file again.")
                            .arg(QFileInfo(path).fileName()),
                        QMessageBox::Ok, m_parent);
        box.setDetailedText(report.errors.join(QLatin1Char('\n')));
        box.setInformativeText(report.errors.constFirst());
        box.exec();
    } else {
        QMessageBox::information(
            m_parent, tr("Import complete"),
            tr("Imported %n line(s) of %1.", nullptr, report.applied).arg(kindTitle(kind)));
    }
}

void CsvTransfer::chooseAndExport(replica::CsvKind kind)
{
    const QString suggested
        = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QLatin1Char('/')
          + (kind == replica::CsvKind::Levels ? QStringLiteral("levels.csv")
                                              : QStringLiteral("movements.csv"));
    const QString path = QFileDialog::getSaveFileName(
        m_parent, tr("Export %1").arg(kindTitle(kind)), suggested, csvFilter());
    if (path.isEmpty())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    replica::CsvExporter exporter(m_service);
    QString error;
    const bool ok = kind == replica::CsvKind::Levels ? exporter.exportLevels(path, {}, &error)
                                                     : exporter.exportMovements(path, {}, &error);
    QApplication::restoreOverrideCursor();
    if (!ok)
        QMessageBox::warning(m_parent, tr("Export failed"), error);
}

} // namespace stockroom::ui
