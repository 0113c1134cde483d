#pragma once

#include "sopackstatus.h"

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace stockroom::ui {

/**
 * For managers and trainers: who has acknowledged the shown SOP version and who has not yet.
 * Only the central IMS knows everyone the version is meant for; offline the panel lists the
 * acknowledgements this desktop knows and says that the "not yet" list needs a connection.
 */
class SopAckPanel : public QWidget
{
    Q_OBJECT

public:
    explicit SopAckPanel(QWidget *parent = nullptr);

    /** Asking the central IMS about this SOP version; the lists stay until the answer. */
    void setLoading(const QString &title, int version);
    void setStatus(const QString &title, int version, const domain::SopAckStatus &status);
    void clear();

    const domain::SopAckStatus &status() const { return m_status; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showStatus();

    QString m_title;
    int m_version = 0;
    bool m_loading = false;
    domain::SopAckStatus m_status;
    QLabel *m_headingLabel;
    QLabel *m_sourceLabel;
    QLabel *m_acknowledgedLabel;
    QTreeWidget *m_acknowledged;
    QLabel *m_pendingLabel;
    QTreeWidget *m_pending;
    QLabel *m_pendingNoteLabel;
};

} // namespace stockroom::ui
