#pragma once

#include "csvimporter.h"

#include <QObject>

class QAction;
class QWidget;

namespace stockroom::replica {
class InventoryService;
}

namespace stockroom::ui {

/**
 * File → Import and File → Export: asks for a file, runs the CSV import or export through the
 * replica's importer and exporter with a cancellable progress dialog, and reports the outcome
 * (every line error of a refused file) in a message box.
 */
class CsvTransfer : public QObject
{
    Q_OBJECT

public:
    CsvTransfer(replica::InventoryService &service, QWidget *dialogParent);

    /** The actions for the File menu, in menu order (a null entry stands for a separator). */
    QList<QAction *> actions() const { return m_actions; }

    /**
     * The signed-in role (empty: not signed in): imports it may not do are disabled, with the
     * reason as their tooltip (domain::roleCan).
     */
    void setRole(const QString &role);

    /** Imports a file without asking for it; returns the report (used by tests too). */
    replica::ImportReport importFile(replica::CsvKind kind, const QString &path);

Q_SIGNALS:
    /** The replica's content changed: pages showing it should reload. */
    void replicaChanged();

private:
    void chooseAndImport(replica::CsvKind kind);
    void chooseAndExport(replica::CsvKind kind);

    replica::InventoryService &m_service;
    QWidget *m_parent;
    QList<QAction *> m_actions;
};

} // namespace stockroom::ui
