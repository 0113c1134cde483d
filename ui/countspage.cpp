#include "countspage.h"

#include "countingview.h"
#include "countservice.h"
#include "countsessiondialog.h"
#include "countsessiontablemodel.h"
#include "inventoryservice.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace stockroom::ui {

namespace {

using domain::CountState;
using item::CountSessionRow;
using item::CountSessionTableModel;

} // namespace

CountsPage::CountsPage(replica::InventoryService &inventory, replica::CountService &counts,
                       QWidget *parent)
    : QWidget(parent)
    , m_inventory(inventory)
    , m_counts(counts)
    , m_model(new CountSessionTableModel(this))
    , m_newButton(new QPushButton(this))
    , m_countLabel(new QLabel(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_table(new QTableView(this))
    , m_view(new CountingView(inventory, counts, this))
{
    setObjectName(QStringLiteral("countsPage"));

    m_newButton->setObjectName(QStringLiteral("newCountButton"));
    m_newButton->setFocusPolicy(Qt::TabFocus);
    m_countLabel->setObjectName(QStringLiteral("sessionCountLabel"));
    m_countLabel->setEnabled(false);

    m_table->setObjectName(QStringLiteral("countSessionsTableView"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setFocusPolicy(Qt::TabFocus);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    // A handful of sessions: every column as wide as its longest text ("Recount of 2 lines").
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    m_splitter->setObjectName(QStringLiteral("countsSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_view);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({130, 500});

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_newButton);
    bar->addStretch(1);
    bar->addWidget(m_countLabel);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addLayout(bar);
    layout->addWidget(m_splitter, 1);

    m_newAction = new QAction(this);
    m_newAction->setObjectName(QStringLiteral("newCountAction"));
    m_newAction->setShortcut(QKeySequence::New);
    m_newAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_newAction);
    m_reloadAction = new QAction(this);
    m_reloadAction->setObjectName(QStringLiteral("reloadAction"));
    m_reloadAction->setShortcut(QKeySequence::Refresh);
    m_reloadAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_reloadAction);

    connect(m_newButton, &QPushButton::clicked, this, &CountsPage::newCount);
    connect(m_newAction, &QAction::triggered, this, &CountsPage::newCount);
    connect(m_reloadAction, &QAction::triggered, this, &CountsPage::reload);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CountsPage::onCurrentRowChanged);
    connect(m_view, &CountingView::linesChanged, m_model, &CountSessionTableModel::setLineCount);
    connect(m_view, &CountingView::sessionChanged, this, &CountsPage::onSessionChanged);
    connect(m_view, &CountingView::countPosted, this, &CountsPage::countPosted);

    retranslate();
    reload();
}

CountsPage::~CountsPage() = default;

CountSessionRow CountsPage::rowOf(const replica::CountSessionInfo &session) const
{
    CountSessionRow row;
    row.id = session.id;
    row.location = session.location;
    row.scope = session.scope;
    row.mode = session.mode;
    row.state = session.state;
    row.createdAtMs = session.createdAtMs;
    row.createdBy = session.createdBy;
    row.assignees = session.assignees;
    row.recounting = int(session.recounting.size());
    const bool reviewed
        = session.state == CountState::Reviewed || session.state == CountState::Posted;
    row.lines = int(reviewed ? m_counts.reviewedLines(session.id).size()
                             : m_counts.lines(session.id).size());
    return row;
}

void CountsPage::reload()
{
    const QUuid keep = currentCountId();
    QHash<QString, QString> names;
    for (const domain::Location &location : m_inventory.locations())
        names.insert(location.code, location.name);
    QList<CountSessionRow> rows;
    for (const replica::CountSessionInfo &session : m_counts.sessions()) {
        CountSessionRow row = rowOf(session);
        row.locationName = names.value(row.location);
        rows.append(row);
    }
    m_model->setSessions(rows);
    updateCount();
    // The count being worked on stays; otherwise the newest one is ready for scans.
    const int row = m_model->rowOfId(keep);
    if (row >= 0 || m_model->rowCount() > 0) {
        const QModelIndex index = m_model->index(row >= 0 ? row : 0, 0);
        m_table->setCurrentIndex(index);
        m_table->scrollTo(index);
    }
    const QModelIndex current = m_table->currentIndex();
    m_view->showCount(current.isValid() ? m_model->session(current.row()).id : QUuid());
}

void CountsPage::setRole(const QString &role)
{
    m_view->setRole(role);
}

QUuid CountsPage::currentCountId() const
{
    return m_view->countId();
}

bool CountsPage::showCount(const QUuid &countId)
{
    if (m_model->rowOfId(countId) < 0)
        reload();
    const int row = m_model->rowOfId(countId);
    if (row < 0)
        return false;
    const QModelIndex index = m_model->index(row, 0);
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
    m_view->showCount(countId);
    return true;
}

void CountsPage::newCount()
{
    auto *dialog = new CountSessionDialog(m_inventory, m_counts, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CountSessionDialog::started, this, [this](const QUuid &id) {
        showCount(id);
        m_view->showFeedback(tr("Count started: scan the first item."),
                             CountingView::Feedback::Done);
    });
    connect(dialog, &QDialog::finished, m_view, &CountingView::focusScanField);
    dialog->open();
}

void CountsPage::onCurrentRowChanged(const QModelIndex &current)
{
    if (!current.isValid())
        return;
    const QUuid id = m_model->session(current.row()).id;
    if (id != m_view->countId())
        m_view->showCount(id);
}

void CountsPage::onSessionChanged(const QUuid &countId)
{
    if (const auto session = m_counts.session(countId)) {
        CountSessionRow row = rowOf(*session);
        const int at = m_model->rowOfId(countId);
        if (at >= 0)
            row.locationName = m_model->session(at).locationName;
        m_model->updateSession(row);
    }
    updateCount();
}

void CountsPage::updateCount()
{
    int open = 0;
    for (const CountSessionRow &row : m_model->sessions())
        open += row.state == CountState::Posted ? 0 : 1;
    m_countLabel->setText(tr("%n count(s)", nullptr, m_model->rowCount())
                          + (open > 0 ? tr(" · %n not posted", nullptr, open) : QString()));
}

void CountsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_view->focusScanField();
}

void CountsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        updateCount();
    }
    QWidget::changeEvent(event);
}

void CountsPage::retranslate()
{
    m_newButton->setText(tr("&New Count…"));
    m_newButton->setToolTip(tr("Start a count of the store, a category, a bin or a list of "
                               "SKUs (%1)")
                                .arg(m_newAction->shortcut().toString(QKeySequence::NativeText)));
    m_newAction->setText(tr("New Count"));
    m_reloadAction->setText(tr("Reload"));
}

} // namespace stockroom::ui
