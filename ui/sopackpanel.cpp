#include "sopackpanel.h"

#include "syncpanel.h"

#include <QDateTime>
#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace stockroom::ui {

SopAckPanel::SopAckPanel(QWidget *parent)
    : QWidget(parent)
    , m_headingLabel(new QLabel(this))
    , m_sourceLabel(new QLabel(this))
    , m_acknowledgedLabel(new QLabel(this))
    , m_acknowledged(new QTreeWidget(this))
    , m_pendingLabel(new QLabel(this))
    , m_pending(new QTreeWidget(this))
    , m_pendingNoteLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("sopAckPanel"));
    m_headingLabel->setObjectName(QStringLiteral("ackHeadingLabel"));
    m_headingLabel->setWordWrap(true);
    QFont bold = m_headingLabel->font();
    bold.setBold(true);
    m_headingLabel->setFont(bold);
    m_sourceLabel->setObjectName(QStringLiteral("ackSourceLabel"));
    m_sourceLabel->setWordWrap(true);
    m_acknowledgedLabel->setObjectName(QStringLiteral("acknowledgedLabel"));
    m_acknowledged->setObjectName(QStringLiteral("acknowledgedTreeWidget"));
    m_acknowledged->setRootIsDecorated(false);
    m_acknowledged->setColumnCount(2);
    m_pendingLabel->setObjectName(QStringLiteral("pendingLabel"));
    m_pending->setObjectName(QStringLiteral("pendingTreeWidget"));
    m_pending->setRootIsDecorated(false);
    m_pending->setColumnCount(2);
    m_pendingNoteLabel->setObjectName(QStringLiteral("pendingNoteLabel"));
    m_pendingNoteLabel->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_headingLabel);
    layout->addWidget(m_sourceLabel);
    layout->addWidget(m_acknowledgedLabel);
    layout->addWidget(m_acknowledged, 1);
    layout->addWidget(m_pendingLabel);
    layout->addWidget(m_pending, 1);
    layout->addWidget(m_pendingNoteLabel);
    retranslate();
    clear();
}

void SopAckPanel::setLoading(const QString &title, int version)
{
    m_title = title;
    m_version = version;
    m_loading = true;
    showStatus();
}

void SopAckPanel::setStatus(const QString &title, int version, const domain::SopAckStatus &status)
{
    m_title = title;
    m_version = version;
    m_loading = false;
    m_status = status;
    showStatus();
}

void SopAckPanel::clear()
{
    m_title.clear();
    m_version = 0;
    m_loading = false;
    m_status = {};
    showStatus();
}

void SopAckPanel::showStatus()
{
    m_headingLabel->setText(m_title.isEmpty() ? tr("Choose an SOP to see who has read it.")
                                              : tr("%1, version %2").arg(m_title).arg(m_version));
    m_acknowledged->clear();
    for (const auto &ack : m_status.acknowledged) {
        auto *item = new QTreeWidgetItem(m_acknowledged);
        item->setText(0, ack.user);
        item->setText(
            1, QLocale().toString(QDateTime::fromMSecsSinceEpoch(ack.atMs), QLocale::ShortFormat));
    }
    m_pending->clear();
    for (const auto &pending : m_status.pending) {
        auto *item = new QTreeWidgetItem(m_pending);
        item->setText(0, pending.user);
        item->setText(1, SyncPanel::roleTitle(pending.role));
    }
    m_acknowledgedLabel->setText(
        tr("Have read it (%1):").arg(QLocale().toString(qsizetype(m_status.acknowledged.size()))));
    m_pendingLabel->setText(
        tr("Not yet (%1):").arg(QLocale().toString(qsizetype(m_status.pending.size()))));

    QString source;
    if (m_title.isEmpty())
        source.clear();
    else if (m_loading)
        source = tr("Asking the central IMS who has read it…");
    else if (m_status.fromCentral)
        source = m_status.asOf.isEmpty() ? tr("From the central IMS.")
                                         : tr("From the central IMS, as of %1.").arg(m_status.asOf);
    else if (!m_status.error.isEmpty())
        source = tr("The central IMS could not answer (%1); showing the acknowledgements this "
                    "desktop knows.")
                     .arg(m_status.error);
    else
        source = tr("Offline: showing the acknowledgements this desktop knows.");
    m_sourceLabel->setText(source);
    m_sourceLabel->setVisible(!source.isEmpty());

    const bool local = !m_title.isEmpty() && !m_loading && !m_status.fromCentral;
    m_pendingLabel->setVisible(!local);
    m_pending->setVisible(!local);
    m_pendingNoteLabel->setVisible(local);
}

void SopAckPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SopAckPanel::retranslate()
{
    m_acknowledged->setHeaderLabels({tr("User"), tr("Read on")});
    m_pending->setHeaderLabels({tr("User"), tr("Role")});
    m_pendingNoteLabel->setText(
        tr("Who has not read it yet is known only to the central IMS: connect to see that "
           "list. Acknowledgements made on other desktops appear here after a sync."));
    showStatus();
}

} // namespace stockroom::ui
