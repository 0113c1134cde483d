#include "discrepanciespage.h"

#include "discrepancydetailpanel.h"
#include "discrepancyfilterbar.h"
#include "discrepancyfilterproxymodel.h"
#include "discrepancyservice.h"
#include "discrepancytablemodel.h"
#include "discrepancytimelinemodel.h"
#include "inventoryservice.h"
#include "rolepolicy.h"
#include "sopservice.h"
#include "statusmessagelabel.h"

#include <QAction>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSet>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace stockroom::ui {

namespace {

using domain::DiscrepancyEventKind;
using item::DiscrepancyTableModel;

// How often the SLA timers move on by themselves.
constexpr int clockIntervalMs = 30'000;

} // namespace

DiscrepanciesPage::DiscrepanciesPage(replica::InventoryService &inventory,
                                     replica::DiscrepancyService &discrepancies, QWidget *parent)
    : QWidget(parent)
    , m_inventory(inventory)
    , m_service(discrepancies)
    , m_model(new DiscrepancyTableModel(this))
    , m_filter(new item::DiscrepancyFilterProxyModel(this))
    , m_clock(new QTimer(this))
    , m_filterBar(new DiscrepancyFilterBar(this))
    , m_statusLabel(new StatusMessageLabel(this))
    , m_countLabel(new QLabel(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_table(new QTableView(this))
    , m_details(new DiscrepancyDetailPanel(this))
{
    setObjectName(QStringLiteral("discrepanciesPage"));

    m_statusLabel->setObjectName(QStringLiteral("actionStatusLabel"));
    m_countLabel->setObjectName(QStringLiteral("discrepancyCountLabel"));
    m_countLabel->setEnabled(false);

    m_filter->setSourceModel(m_model);
    m_table->setObjectName(QStringLiteral("discrepancyTableView"));
    m_table->setModel(m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(DiscrepancyTableModel::PriorityColumn, Qt::DescendingOrder);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setStretchLastSection(true);

    m_splitter->setObjectName(QStringLiteral("discrepanciesSplitter"));
    m_splitter->setChildrenCollapsible(false);
    auto *tableSide = new QWidget(this);
    auto *tableLayout = new QVBoxLayout(tableSide);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(m_table, 1);
    tableLayout->addWidget(m_countLabel);
    m_splitter->addWidget(tableSide);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({340, 300});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_statusLabel);
    layout->addWidget(m_splitter, 1);

    // One key each, active anywhere on the page except while typing into a text field.
    m_acknowledgeAction = makeAction("acknowledgeAction", QKeySequence(Qt::Key_A));
    m_assignAction = makeAction("assignAction", QKeySequence(Qt::Key_S));
    m_commentAction = makeAction("commentAction", QKeySequence(Qt::Key_C));
    m_recountAction = makeAction("recountAction", QKeySequence(Qt::Key_K));
    m_resolveAction = makeAction("resolveAction", QKeySequence(Qt::Key_R));
    m_dismissAction = makeAction("dismissAction", QKeySequence(Qt::Key_D));
    m_reopenAction = makeAction("reopenAction", QKeySequence(Qt::Key_O));
    m_priorityAction = makeAction("priorityAction", QKeySequence(Qt::Key_P));
    m_findAction = makeAction("findAction", QKeySequence::Find);
    m_reloadAction = makeAction("reloadAction", QKeySequence::Refresh);
    m_details->setActions({m_acknowledgeAction, m_assignAction, m_commentAction, m_recountAction,
                           m_resolveAction, m_dismissAction, m_reopenAction, m_priorityAction});
    connect(m_details, &DiscrepancyDetailPanel::procedureRequested, this,
            &DiscrepanciesPage::procedureRequested);

    using Kind = DiscrepancyActionDialog::Kind;
    connect(m_acknowledgeAction, &QAction::triggered, this,
            [this] { runDirect(DiscrepancyEventKind::Acknowledged); });
    connect(m_recountAction, &QAction::triggered, this,
            [this] { runDirect(DiscrepancyEventKind::RecountRequested); });
    connect(m_reopenAction, &QAction::triggered, this,
            [this] { runDirect(DiscrepancyEventKind::Reopened); });
    connect(m_assignAction, &QAction::triggered, this, [this] { openDialog(Kind::Assign); });
    connect(m_commentAction, &QAction::triggered, this, [this] { openDialog(Kind::Comment); });
    connect(m_resolveAction, &QAction::triggered, this, [this] { openDialog(Kind::Resolve); });
    connect(m_dismissAction, &QAction::triggered, this, [this] { openDialog(Kind::Dismiss); });
    connect(m_priorityAction, &QAction::triggered, this, [this] { openDialog(Kind::Priority); });
    connect(m_findAction, &QAction::triggered, m_filterBar, &DiscrepancyFilterBar::focusSearch);
    connect(m_reloadAction, &QAction::triggered, this, &DiscrepanciesPage::reload);

    connect(m_filterBar, &DiscrepancyFilterBar::filtersChanged, this,
            &DiscrepanciesPage::applyFilters);
    connect(m_filterBar, &DiscrepancyFilterBar::ecommerceFirstToggled, m_filter,
            &item::DiscrepancyFilterProxyModel::setEcommerceFirst);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DiscrepanciesPage::onCurrentRowChanged);
    // Enter (and a double click) on a row takes the keyboard into its details.
    connect(m_table, &QTableView::activated, this, &DiscrepanciesPage::openDetail);
    connect(m_clock, &QTimer::timeout, this, &DiscrepanciesPage::tick);
    m_clock->start(clockIntervalMs);

    retranslate();
    reload();
}

DiscrepanciesPage::~DiscrepanciesPage() = default;

QAction *DiscrepanciesPage::makeAction(const char *objectName, const QKeySequence &shortcut)
{
    auto *action = new QAction(this);
    action->setObjectName(QLatin1StringView(objectName));
    action->setShortcut(shortcut);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(action);
    return action;
}

void DiscrepanciesPage::reload()
{
    const QUuid keep = currentId();
    const QList<domain::Location> locations = m_inventory.locations();
    QSet<QString> online;
    for (const domain::Location &location : locations) {
        if (location.kind == domain::Location::Kind::Online)
            online.insert(location.code);
    }
    m_filterBar->setLocations(locations);
    m_filter->setOnlineLocations(online);
    m_model->setData(m_service.list(), m_service.now());
    QStringList assignees;
    for (const domain::DiscrepancyState &d : m_model->discrepancies())
        assignees.append(d.assignee);
    m_filterBar->setAssignees(assignees);
    applyFilters();
    if (!m_columnsSized && m_model->rowCount() > 0) {
        // Sized once to what the first rows need; afterwards the user's widths are kept.
        m_table->resizeColumnsToContents();
        m_columnsSized = true;
    }
    updateCount();
    if (keep.isNull()) {
        m_details->clear();
    } else {
        showDetails(keep); // first, so that the row change below does not fetch it again
        const QModelIndex index = viewIndexOf(keep);
        if (index.isValid()) {
            m_table->setCurrentIndex(index);
            m_table->scrollTo(index);
        }
    }
    updateActions();
}

void DiscrepanciesPage::applyFilters()
{
    m_filterBar->applyTo(m_filter);
    updateCount();
}

QUuid DiscrepanciesPage::currentId() const
{
    return m_details->discrepancyId();
}

QModelIndex DiscrepanciesPage::viewIndexOf(const QUuid &id) const
{
    const int row = m_model->rowOfId(id);
    return row < 0 ? QModelIndex() : m_filter->mapFromSource(m_model->index(row, 0));
}

bool DiscrepanciesPage::showDiscrepancy(const QUuid &id)
{
    if (m_model->rowOfId(id) < 0)
        reload();
    if (m_model->rowOfId(id) < 0)
        return false;
    QModelIndex index = viewIndexOf(id);
    if (!index.isValid()) {
        // Whatever hides it goes: the user asked for this one.
        m_filterBar->showEverything();
        index = viewIndexOf(id);
    }
    showDetails(id);
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index, QAbstractItemView::PositionAtCenter);
    return true;
}

void DiscrepanciesPage::onCurrentRowChanged(const QModelIndex &current)
{
    // A row filtered away leaves no current row; the panel keeps its discrepancy.
    if (!current.isValid())
        return;
    const int sourceRow = m_filter->mapToSource(current).row();
    if (sourceRow < 0)
        return;
    const QUuid id = m_model->discrepancy(sourceRow).id;
    if (id != currentId())
        showDetails(id);
}

void DiscrepanciesPage::openDetail()
{
    if (!currentId().isNull())
        m_details->timelineView()->setFocus(Qt::OtherFocusReason);
}

void DiscrepanciesPage::showDetails(const QUuid &id)
{
    const auto state = m_service.get(id);
    if (!state) {
        m_details->clear();
        updateActions();
        return;
    }
    QString productName;
    if (!state->sku.isEmpty()) {
        if (const auto product = m_inventory.findProduct(state->sku))
            productName = product->name;
    }
    m_details->showDiscrepancy(*state, productName, m_filterBar->locationName(state->location),
                               m_service.now());
    QList<std::pair<QString, QString>> procedures;
    if (m_sops) {
        for (const replica::StoredSop &sop : m_sops->list()) {
            if (sop.document.governs.contains(state->type))
                procedures.append({sop.document.id, sop.document.title});
        }
    }
    m_details->setProcedures(procedures);
    updateActions();
}

void DiscrepanciesPage::setSopService(replica::SopService *sops)
{
    m_sops = sops;
}

void DiscrepanciesPage::setRole(const QString &role)
{
    m_role = role;
    m_filterBar->setEcommerceFirst(role == QLatin1String("ecommerce"));
    updateActions();
}

void DiscrepanciesPage::updateActions()
{
    struct Entry
    {
        QAction *action;
        DiscrepancyEventKind kind;
        QString description;
    };
    const QList<Entry> entries{
        {m_acknowledgeAction, DiscrepancyEventKind::Acknowledged,
         tr("Say that you have seen it and are on it; this is the first response.")},
        {m_assignAction, DiscrepancyEventKind::Assigned, tr("Hand it to a person or a role.")},
        {m_commentAction, DiscrepancyEventKind::Commented, tr("Add a comment to the timeline.")},
        {m_recountAction, DiscrepancyEventKind::RecountRequested,
         tr("Ask for a second, blind count before deciding.")},
        {m_resolveAction, DiscrepancyEventKind::Resolved,
         tr("Close it with an action: adjust to the count, accept the system quantity, write "
            "off with a reason or correct a transfer.")},
        {m_dismissAction, DiscrepancyEventKind::Dismissed,
         tr("Close it without changing stock, saying why.")},
        {m_reopenAction, DiscrepancyEventKind::Reopened, tr("Open a closed discrepancy again.")},
        {m_priorityAction, DiscrepancyEventKind::PrioritySet, tr("Change how urgent it is.")},
    };
    const auto &state = m_details->state();
    const QString roleRefusal
        = domain::capabilityRefusal(m_role, domain::Capability::WorkDiscrepancies);
    for (const Entry &e : entries) {
        QString why;
        if (!state)
            why = tr("Select a discrepancy first.");
        else if (!roleRefusal.isEmpty())
            why = roleRefusal;
        else
            why = domain::whyNotAllowed(*state, e.kind);
        e.action->setEnabled(why.isEmpty());
        e.action->setToolTip(why.isEmpty()
                                 ? tr("%1 (%2)").arg(e.description, e.action->shortcut().toString(
                                                                        QKeySequence::NativeText))
                                 : why);
    }
}

void DiscrepanciesPage::tick()
{
    const qint64 now = m_service.now();
    m_model->setNowMs(now);
    m_details->setNowMs(now);
    updateCount();
}

void DiscrepanciesPage::runDirect(DiscrepancyEventKind kind)
{
    const QUuid id = currentId();
    if (id.isNull())
        return;
    QString error;
    bool ok = false;
    switch (kind) {
    case DiscrepancyEventKind::Acknowledged:
        ok = m_service.acknowledge(id, &error);
        break;
    case DiscrepancyEventKind::RecountRequested:
        ok = m_service.requestRecount(id, &error);
        break;
    case DiscrepancyEventKind::Reopened:
        ok = m_service.reopen(id, &error);
        break;
    default:
        return;
    }
    if (!ok) {
        setStatus(error, true);
        reload(); // someone else (a sync) may have moved it on
        return;
    }
    afterChange(id, false);
}

void DiscrepanciesPage::openDialog(DiscrepancyActionDialog::Kind kind)
{
    const auto &state = m_details->state();
    if (!state)
        return;
    QStringList people = m_filterBar->assignees();
    people.append(m_inventory.identity().user);
    auto *dialog = new DiscrepancyActionDialog(m_service, *state, kind, people, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DiscrepancyActionDialog::applied, this, [this, dialog, kind](const QUuid &id) {
        const bool stockMoved = kind == DiscrepancyActionDialog::Kind::Resolve
                                && dialog->resolution() != domain::ResolutionAction::AcceptSystem;
        afterChange(id, stockMoved);
    });
    dialog->open();
}

void DiscrepanciesPage::afterChange(const QUuid &id, bool stockMoved)
{
    reload();
    Q_EMIT discrepancyChanged(id);
    if (stockMoved)
        Q_EMIT stockChanged();
    const auto &state = m_details->state();
    if (!state || state->timeline.isEmpty()) {
        setStatus({}, false);
        return;
    }
    const domain::DiscrepancyEvent &last = state->timeline.constLast();
    const QString details = item::DiscrepancyTimelineModel::detailsText(last);
    QString message
        = details.isEmpty()
              ? tr("%1.").arg(DiscrepancyTableModel::eventKindLabel(last.kind))
              : tr("%1: %2.").arg(DiscrepancyTableModel::eventKindLabel(last.kind), details);
    if (!viewIndexOf(id).isValid())
        message += QLatin1Char(' ') + tr("The current filters hide it now.");
    setStatus(message, false);
}

void DiscrepanciesPage::setStatus(const QString &message, bool problem)
{
    m_statusLabel->showMessage(message, problem);
}

void DiscrepanciesPage::updateCount()
{
    const QLocale locale;
    const int shown = m_filter->rowCount();
    const int total = m_model->rowCount();
    int overdue = 0;
    for (int row = 0; row < total; ++row)
        overdue += m_model->isOverdue(row) ? 1 : 0;
    QString text
        = shown == total
              ? tr("%Ln discrepancy(ies)", nullptr, total)
              : tr("%1 of %2 discrepancies").arg(locale.toString(shown), locale.toString(total));
    if (overdue > 0)
        text = tr("%1 · %Ln overdue", nullptr, overdue).arg(text);
    m_countLabel->setText(text);
}

void DiscrepanciesPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        updateCount();
        updateActions();
    }
    QWidget::changeEvent(event);
}

void DiscrepanciesPage::retranslate()
{
    m_acknowledgeAction->setText(tr("Acknowledge"));
    m_assignAction->setText(tr("Assign…"));
    m_commentAction->setText(tr("Comment…"));
    m_recountAction->setText(tr("Request Recount"));
    m_resolveAction->setText(tr("Resolve…"));
    m_dismissAction->setText(tr("Dismiss…"));
    m_reopenAction->setText(tr("Reopen"));
    m_priorityAction->setText(tr("Priority…"));
    m_findAction->setText(tr("Find"));
    m_reloadAction->setText(tr("Reload"));
}

} // namespace stockroom::ui
