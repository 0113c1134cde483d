#pragma once

#include "syncstatus.h"

#include <QLabel>

namespace stockroom::ui {

/** The status bar's sync-state area: online or offline, pending changes, last sync, error. */
class SyncStatusLabel : public QLabel
{
    Q_OBJECT

public:
    explicit SyncStatusLabel(QWidget *parent = nullptr);

    void setStatus(const domain::SyncStatus &status);
    const domain::SyncStatus &status() const { return m_status; }

    /** The one-line text shown for a status. */
    static QString describe(const domain::SyncStatus &status);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();

    domain::SyncStatus m_status;
};

} // namespace stockroom::ui
