#include "syncstatuslabel.h"

#include <QEvent>
#include <QLocale>

namespace stockroom::ui {

SyncStatusLabel::SyncStatusLabel(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("syncStatusLabel"));
    setContentsMargins(8, 0, 8, 0);
    refresh();
}

void SyncStatusLabel::setStatus(const domain::SyncStatus &status)
{
    m_status = status;
    refresh();
}

QString SyncStatusLabel::describe(const domain::SyncStatus &status)
{
    using State = domain::SyncStatus::State;
    QString text;
    switch (status.state) {
    case State::NotConnected:
        return tr("Offline — not connected");
    case State::Offline:
        text = tr("Offline — retrying");
        break;
    case State::Connecting:
        text = tr("Connecting…");
        break;
    case State::Online:
        text = tr("Online");
        break;
    }
    if (status.pendingChanges > 0)
        text += QStringLiteral(" · ")
                + tr("%n change(s) pending", nullptr, int(status.pendingChanges));
    if (status.lastSuccessfulSync.isValid()) {
        text += QStringLiteral(" · ")
                + tr("last sync %1")
                      .arg(QLocale().toString(status.lastSuccessfulSync.toLocalTime(),
                                              QLocale::ShortFormat));
    }
    return text;
}

void SyncStatusLabel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QLabel::changeEvent(event);
}

void SyncStatusLabel::refresh()
{
    setText(describe(m_status));
    setToolTip(m_status.lastError.isEmpty() ? QString()
                                            : tr("Last error: %1").arg(m_status.lastError));
}

} // namespace stockroom::ui
