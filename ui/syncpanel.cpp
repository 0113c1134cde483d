#include "syncpanel.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cstdlib>

namespace stockroom::ui {

namespace {

constexpr qint64 clockToleranceMs = 2 * 60 * 1000;

QLabel *valueLabel(const QString &name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

SyncPanel::SyncPanel(QWidget *parent)
    : QWidget(parent)
    , m_stateLabel(valueLabel(QStringLiteral("stateLabel"), this))
    , m_accountLabel(valueLabel(QStringLiteral("accountLabel"), this))
    , m_pendingLabel(valueLabel(QStringLiteral("pendingLabel"), this))
    , m_lastSyncLabel(valueLabel(QStringLiteral("lastSyncLabel"), this))
    , m_lastErrorLabel(valueLabel(QStringLiteral("lastErrorLabel"), this))
    , m_clockLabel(valueLabel(QStringLiteral("clockLabel"), this))
    , m_form(new QFormLayout)
    , m_activityList(new QListWidget(this))
    , m_syncNowButton(new QPushButton(tr("&Sync Now"), this))
    , m_connectButton(new QPushButton(tr("&Connect…"), this))
{
    setObjectName(QStringLiteral("syncPanel"));
    QFont bold = m_stateLabel->font();
    bold.setBold(true);
    m_stateLabel->setFont(bold);
    m_clockLabel->setStyleSheet(QStringLiteral("color: #b3261e;"));

    m_activityList->setObjectName(QStringLiteral("activityListWidget"));
    m_activityList->setSelectionMode(QAbstractItemView::NoSelection);
    m_activityList->setFocusPolicy(Qt::NoFocus);
    m_activityList->setWordWrap(true);
    m_syncNowButton->setObjectName(QStringLiteral("syncNowButton"));
    m_connectButton->setObjectName(QStringLiteral("signInButton"));

    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->addRow(tr("State:"), m_stateLabel);
    m_form->addRow(tr("Signed in:"), m_accountLabel);
    m_form->addRow(tr("Pending:"), m_pendingLabel);
    m_form->addRow(tr("Last sync:"), m_lastSyncLabel);
    m_form->addRow(tr("Last error:"), m_lastErrorLabel);
    m_form->addRow(tr("Clock:"), m_clockLabel);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_connectButton);
    buttons->addStretch(1);
    buttons->addWidget(m_syncNowButton);

    auto *activityTitle = new QLabel(tr("Recent activity"), this);
    activityTitle->setFont(bold);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addLayout(buttons);
    layout->addSpacing(6);
    layout->addWidget(activityTitle);
    layout->addWidget(m_activityList, 1);

    connect(m_syncNowButton, &QPushButton::clicked, this, &SyncPanel::syncNowRequested);
    connect(m_connectButton, &QPushButton::clicked, this, &SyncPanel::connectRequested);
    refresh();
}

void SyncPanel::setStatus(const domain::SyncStatus &status)
{
    m_status = status;
    refresh();
}

void SyncPanel::setAccount(const QString &server, const QString &user, const QString &role,
                           const QStringList &locations)
{
    m_server = server;
    m_user = user;
    m_role = role;
    m_locations = locations;
    refresh();
}

void SyncPanel::setClockOffset(qint64 offsetMs)
{
    m_clockOffsetMs = offsetMs;
    refresh();
}

void SyncPanel::addActivity(const QString &text, const QDateTime &when)
{
    if (text == m_lastActivity && m_activityList->count() > 0) {
        ++m_repeats;
        delete m_activityList->takeItem(0);
    } else {
        m_lastActivity = text;
        m_repeats = 1;
    }
    QString line
        = when.toLocalTime().toString(QStringLiteral("HH:mm:ss")) + QStringLiteral("  ") + text;
    if (m_repeats > 1)
        line += QStringLiteral(" ") + tr("(%n times)", nullptr, m_repeats);
    m_activityList->insertItem(0, line);
    while (m_activityList->count() > maximumActivity)
        delete m_activityList->takeItem(m_activityList->count() - 1);
}

QStringList SyncPanel::activity() const
{
    QStringList lines;
    for (int row = 0; row < m_activityList->count(); ++row)
        lines.append(m_activityList->item(row)->text());
    return lines;
}

QString SyncPanel::roleTitle(const QString &role)
{
    if (role == QLatin1String("store_manager"))
        return tr("Store manager");
    if (role == QLatin1String("ecommerce"))
        return tr("Ecommerce staff");
    if (role == QLatin1String("trainer"))
        return tr("Trainer");
    if (role == QLatin1String("auditor"))
        return tr("Auditor");
    if (role == QLatin1String("admin"))
        return tr("Administrator");
    if (role == QLatin1String("staff"))
        return tr("Staff");
    return role;
}

QString SyncPanel::locationsText(const QStringList &locations)
{
    return locations.isEmpty() ? tr("all locations") : QLocale().createSeparatedList(locations);
}

QString SyncPanel::clockWarning(qint64 offsetMs)
{
    if (std::abs(offsetMs) <= clockToleranceMs)
        return {};
    const int minutes = int(std::min<qint64>(std::abs(offsetMs) / 60000, 1'000'000));
    // The offset is server time minus device time: positive means this clock is behind.
    return offsetMs > 0
               ? tr("This computer's clock is %n minute(s) behind the server's; correct it, "
                    "or changes near a count will be flagged for review.",
                    nullptr, minutes)
               : tr("This computer's clock is %n minute(s) ahead of the server's; correct it, "
                    "or changes near a count will be flagged for review.",
                    nullptr, minutes);
}

void SyncPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}

void SyncPanel::refresh()
{
    using State = domain::SyncStatus::State;
    switch (m_status.state) {
    case State::NotConnected:
        m_stateLabel->setText(tr("Not connected: this replica works on its own"));
        break;
    case State::Offline:
        m_stateLabel->setText(tr("Offline: the server does not answer; retrying"));
        break;
    case State::Connecting:
        m_stateLabel->setText(tr("Connecting…"));
        break;
    case State::Online:
        m_stateLabel->setText(tr("Online"));
        break;
    }

    if (m_user.isEmpty()) {
        m_accountLabel->setText(tr("nobody"));
    } else {
        m_accountLabel->setText(
            tr("%1 (%2) at %3, %4")
                .arg(m_user, roleTitle(m_role), m_server, locationsText(m_locations)));
    }
    m_pendingLabel->setText(
        m_status.pendingChanges == 0
            ? tr("no changes waiting to be sent")
            : tr("%n change(s) waiting to be sent", nullptr,
                 int(std::min<qint64>(m_status.pendingChanges, 1'000'000'000))));
    m_lastSyncLabel->setText(m_status.lastSuccessfulSync.isValid() ? QLocale().toString(
                                 m_status.lastSuccessfulSync.toLocalTime(), QLocale::LongFormat)
                                                                   : tr("never"));
    m_lastErrorLabel->setText(m_status.lastError.isEmpty() ? tr("none") : m_status.lastError);
    const QString clock = clockWarning(m_clockOffsetMs);
    m_clockLabel->setText(clock);
    m_form->setRowVisible(m_clockLabel, !clock.isEmpty());

    const bool configured = m_status.state != State::NotConnected;
    m_syncNowButton->setEnabled(configured);
    m_syncNowButton->setToolTip(configured ? QString() : tr("Connect to the central IMS first."));
    m_connectButton->setText(configured ? tr("Sign In &Again…") : tr("&Connect…"));
}

} // namespace stockroom::ui
