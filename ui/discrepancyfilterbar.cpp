#include "discrepancyfilterbar.h"

#include "discrepancyfilterproxymodel.h"
#include "discrepancytablemodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace stockroom::ui {

namespace {

using item::DiscrepancyTableModel;

// The status filter's entries besides the single statuses.
const auto notClosedKey = QStringLiteral("not_closed");
const auto everyStatusKey = QStringLiteral("all");
// The assignee filter's first two rows; the people and roles follow.
constexpr int anyoneRow = 0;
constexpr int unassignedRow = 1;

} // namespace

DiscrepancyFilterBar::DiscrepancyFilterBar(QWidget *parent)
    : QWidget(parent)
    , m_searchEdit(new QLineEdit(this))
    , m_statusLabel(new QLabel(this))
    , m_statusCombo(new QComboBox(this))
    , m_typeLabel(new QLabel(this))
    , m_typeCombo(new QComboBox(this))
    , m_locationLabel(new QLabel(this))
    , m_locationCombo(new QComboBox(this))
    , m_assigneeLabel(new QLabel(this))
    , m_assigneeCombo(new QComboBox(this))
    , m_overdueCheck(new QCheckBox(this))
    , m_ecommerceFirstCheck(new QCheckBox(this))
{
    setObjectName(QStringLiteral("discrepancyFilterBar"));
    m_searchEdit->setObjectName(QStringLiteral("discrepancySearchLineEdit"));
    m_searchEdit->setClearButtonEnabled(true);
    m_searchEdit->setMinimumWidth(m_searchEdit->fontMetrics().horizontalAdvance(QLatin1Char('x'))
                                  * 24);
    m_statusCombo->setObjectName(QStringLiteral("statusFilterComboBox"));
    m_typeCombo->setObjectName(QStringLiteral("typeFilterComboBox"));
    m_locationCombo->setObjectName(QStringLiteral("locationFilterComboBox"));
    m_assigneeCombo->setObjectName(QStringLiteral("assigneeFilterComboBox"));
    m_overdueCheck->setObjectName(QStringLiteral("overdueCheckBox"));
    m_ecommerceFirstCheck->setObjectName(QStringLiteral("ecommerceFirstCheckBox"));

    m_statusCombo->addItem(QString(), notClosedKey);
    m_statusCombo->addItem(QString(), everyStatusKey);
    for (domain::DiscrepancyStatus status : domain::allDiscrepancyStatuses())
        m_statusCombo->addItem(QString(), domain::discrepancyStatusName(status));
    m_typeCombo->addItem(QString(), QString());
    for (domain::DiscrepancyType type : domain::allDiscrepancyTypes())
        m_typeCombo->addItem(QString(), domain::discrepancyTypeName(type));
    m_locationCombo->addItem(QString(), QString());
    m_assigneeCombo->addItem(QString());
    m_assigneeCombo->addItem(QString());

    // Two rows, so that the page fits a laptop screen beside the navigation in any language.
    auto *first = new QHBoxLayout;
    auto *second = new QHBoxLayout;
    first->addWidget(m_searchEdit, 1);
    const auto addFilter = [this](QHBoxLayout *row, QLabel *label, QComboBox *combo) {
        label->setBuddy(combo);
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        row->addSpacing(8);
        row->addWidget(label);
        row->addWidget(combo);
        connect(combo, &QComboBox::currentIndexChanged, this,
                &DiscrepancyFilterBar::filtersChanged);
    };
    addFilter(first, m_statusLabel, m_statusCombo);
    addFilter(first, m_typeLabel, m_typeCombo);
    addFilter(second, m_locationLabel, m_locationCombo);
    addFilter(second, m_assigneeLabel, m_assigneeCombo);
    second->addSpacing(16);
    second->addWidget(m_overdueCheck);
    second->addSpacing(8);
    second->addWidget(m_ecommerceFirstCheck);
    second->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addLayout(first);
    layout->addLayout(second);

    connect(m_searchEdit, &QLineEdit::textChanged, this, &DiscrepancyFilterBar::filtersChanged);
    connect(m_overdueCheck, &QCheckBox::toggled, this, &DiscrepancyFilterBar::filtersChanged);
    connect(m_ecommerceFirstCheck, &QCheckBox::toggled, this,
            &DiscrepancyFilterBar::ecommerceFirstToggled);
    retranslate();
}

void DiscrepancyFilterBar::setLocations(const QList<domain::Location> &locations)
{
    m_locations = locations;
    const QString keep = m_locationCombo->currentData().toString();
    {
        const QSignalBlocker blocker(m_locationCombo);
        while (m_locationCombo->count() > 1)
            m_locationCombo->removeItem(1);
        for (const domain::Location &location : locations)
            m_locationCombo->addItem(tr("%1 — %2").arg(location.code, location.name),
                                     location.code);
        m_locationCombo->setCurrentIndex(std::max(0, m_locationCombo->findData(keep)));
    }
    if (m_locationCombo->currentData().toString() != keep)
        Q_EMIT filtersChanged();
}

void DiscrepancyFilterBar::setAssignees(QStringList assignees)
{
    assignees.removeAll(QString());
    assignees.removeDuplicates();
    assignees.sort(Qt::CaseInsensitive);
    const int keepRow = m_assigneeCombo->currentIndex();
    const QString keep = m_assigneeCombo->currentText();
    // Still filtered on, though nobody has it any more: the choice stays until changed.
    if (keepRow > unassignedRow && !assignees.contains(keep))
        assignees.append(keep);
    const QSignalBlocker blocker(m_assigneeCombo);
    while (m_assigneeCombo->count() > unassignedRow + 1)
        m_assigneeCombo->removeItem(unassignedRow + 1);
    m_assigneeCombo->addItems(assignees);
    if (keepRow > unassignedRow)
        m_assigneeCombo->setCurrentIndex(m_assigneeCombo->findText(keep));
}

QStringList DiscrepancyFilterBar::assignees() const
{
    QStringList names;
    for (int row = unassignedRow + 1; row < m_assigneeCombo->count(); ++row)
        names.append(m_assigneeCombo->itemText(row));
    return names;
}

QString DiscrepancyFilterBar::locationName(const QString &code) const
{
    for (const domain::Location &location : m_locations) {
        if (location.code == code)
            return location.name;
    }
    return {};
}

void DiscrepancyFilterBar::applyTo(item::DiscrepancyFilterProxyModel *proxy) const
{
    const QString status = m_statusCombo->currentData().toString();
    if (status == notClosedKey)
        proxy->setStatuses(item::DiscrepancyFilterProxyModel::notClosedStatuses());
    else if (const auto one = domain::discrepancyStatusFromName(status))
        proxy->setStatuses({*one});
    else
        proxy->setStatuses({});
    proxy->setType(domain::discrepancyTypeFromName(m_typeCombo->currentData().toString()));
    proxy->setLocation(m_locationCombo->currentData().toString());
    const int assignee = m_assigneeCombo->currentIndex();
    if (assignee <= anyoneRow)
        proxy->setAssignee(std::nullopt);
    else if (assignee == unassignedRow)
        proxy->setAssignee(QString());
    else
        proxy->setAssignee(m_assigneeCombo->currentText());
    proxy->setOverdueOnly(m_overdueCheck->isChecked());
    proxy->setSearchText(m_searchEdit->text());
}

void DiscrepancyFilterBar::showEverything()
{
    {
        const QSignalBlocker blockers[]{
            QSignalBlocker(m_searchEdit),    QSignalBlocker(m_statusCombo),
            QSignalBlocker(m_typeCombo),     QSignalBlocker(m_locationCombo),
            QSignalBlocker(m_assigneeCombo), QSignalBlocker(m_overdueCheck)};
        m_searchEdit->clear();
        m_statusCombo->setCurrentIndex(m_statusCombo->findData(everyStatusKey));
        m_typeCombo->setCurrentIndex(0);
        m_locationCombo->setCurrentIndex(0);
        m_assigneeCombo->setCurrentIndex(anyoneRow);
        m_overdueCheck->setChecked(false);
    }
    Q_EMIT filtersChanged();
}

bool DiscrepancyFilterBar::ecommerceFirst() const
{
    return m_ecommerceFirstCheck->isChecked();
}

void DiscrepancyFilterBar::setEcommerceFirst(bool on)
{
    m_ecommerceFirstCheck->setChecked(on);
}

void DiscrepancyFilterBar::focusSearch()
{
    m_searchEdit->setFocus(Qt::ShortcutFocusReason);
    m_searchEdit->selectAll();
}

void DiscrepancyFilterBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void DiscrepancyFilterBar::retranslate()
{
    m_searchEdit->setPlaceholderText(tr("Search SKU (Ctrl+F)"));
    m_statusLabel->setText(tr("S&tatus:"));
    m_typeLabel->setText(tr("T&ype:"));
    m_locationLabel->setText(tr("&Location:"));
    m_assigneeLabel->setText(tr("Assi&gnee:"));
    m_overdueCheck->setText(tr("O&verdue only"));
    m_overdueCheck->setToolTip(
        tr("Only discrepancies nobody has responded to within %1.")
            .arg(DiscrepancyTableModel::durationText(domain::firstResponseTargetMs)));
    m_ecommerceFirstCheck->setText(tr("Online &first"));
    m_ecommerceFirstCheck->setToolTip(
        tr("Oversells and online-channel items at the top, whatever the sort."));

    m_statusCombo->setItemText(0, tr("Not closed"));
    m_statusCombo->setItemText(1, tr("All statuses"));
    for (int row = 2; row < m_statusCombo->count(); ++row) {
        if (const auto status
            = domain::discrepancyStatusFromName(m_statusCombo->itemData(row).toString()))
            m_statusCombo->setItemText(row, DiscrepancyTableModel::statusLabel(*status));
    }
    m_typeCombo->setItemText(0, tr("All types"));
    for (int row = 1; row < m_typeCombo->count(); ++row) {
        if (const auto type
            = domain::discrepancyTypeFromName(m_typeCombo->itemData(row).toString()))
            m_typeCombo->setItemText(row, DiscrepancyTableModel::typeLabel(*type));
    }
    m_locationCombo->setItemText(0, tr("All locations"));
    m_assigneeCombo->setItemText(anyoneRow, tr("Anyone"));
    m_assigneeCombo->setItemText(unassignedRow, tr("Unassigned"));
}

} // namespace stockroom::ui
