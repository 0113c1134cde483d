#include "discrepancydetailpanel.h"

#include "celltext.h"
#include "discrepancytablemodel.h"
#include "discrepancytimelinemodel.h"
#include "reasoncode.h"

#include <QAction>
#include <QDateTime>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace stockroom::ui {

namespace {

using item::DiscrepancyTableModel;

QLabel *makeValueLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    label->setMinimumWidth(1); // a long comment must not widen the window
    return label;
}

QString dateTimeText(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat);
}

} // namespace

DiscrepancyDetailPanel::DiscrepancyDetailPanel(QWidget *parent)
    : QWidget(parent)
    , m_content(new QWidget(this))
    , m_placeholderLabel(new QLabel(this))
    , m_titleLabel(makeValueLabel(QStringLiteral("discrepancyTitleLabel"), m_content))
    , m_form(new QFormLayout)
    , m_statusLabel(makeValueLabel(QStringLiteral("statusValueLabel"), m_content))
    , m_priorityLabel(makeValueLabel(QStringLiteral("priorityValueLabel"), m_content))
    , m_assigneeLabel(makeValueLabel(QStringLiteral("assigneeValueLabel"), m_content))
    , m_figuresLabel(makeValueLabel(QStringLiteral("figuresValueLabel"), m_content))
    , m_slaLabel(makeValueLabel(QStringLiteral("slaValueLabel"), m_content))
    , m_createdLabel(makeValueLabel(QStringLiteral("createdValueLabel"), m_content))
    , m_referenceLabel(makeValueLabel(QStringLiteral("referenceValueLabel"), m_content))
    , m_resolutionLabel(makeValueLabel(QStringLiteral("resolutionValueLabel"), m_content))
    , m_proceduresLabel(makeValueLabel(QStringLiteral("proceduresValueLabel"), m_content))
    , m_buttonRow(new QHBoxLayout)
    , m_timelineTitleLabel(new QLabel(m_content))
    , m_timelineView(new QTableView(m_content))
    , m_timeline(new item::DiscrepancyTimelineModel(this))
{
    setObjectName(QStringLiteral("discrepancyDetailPanel"));
    m_content->setObjectName(QStringLiteral("discrepancyDetailWidget"));
    m_placeholderLabel->setObjectName(QStringLiteral("detailPlaceholderLabel"));
    m_placeholderLabel->setAlignment(Qt::AlignCenter);
    m_placeholderLabel->setWordWrap(true);
    m_placeholderLabel->setEnabled(false);

    QFont titleFont = m_titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    titleFont.setBold(true);
    m_titleLabel->setFont(titleFont);
    QFont bold = m_statusLabel->font();
    bold.setBold(true);
    m_statusLabel->setFont(bold);
    m_slaLabel->setFont(bold);

    m_timelineTitleLabel->setObjectName(QStringLiteral("timelineTitleLabel"));
    m_timelineTitleLabel->setFont(bold);
    m_timelineView->setObjectName(QStringLiteral("timelineTableView"));
    m_timelineView->setModel(m_timeline);
    m_timelineView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_timelineView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_timelineView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_timelineView->setAlternatingRowColors(true);
    m_timelineView->setWordWrap(false);
    m_timelineView->verticalHeader()->hide();
    m_timelineView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_timelineView->verticalHeader()->setDefaultSectionSize(m_timelineView->fontMetrics().height()
                                                            + 8);
    m_timelineView->horizontalHeader()->setHighlightSections(false);
    // A few dozen events at most: sizing to contents is cheap and always right.
    m_timelineView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_timelineView->horizontalHeader()->setStretchLastSection(true);

    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // Short values stay on one line; only the outcome (a dismissal reason) may run long.
    for (QLabel *value :
         {m_statusLabel, m_priorityLabel, m_assigneeLabel, m_figuresLabel, m_slaLabel,
          m_createdLabel, m_referenceLabel, m_resolutionLabel, m_proceduresLabel}) {
        value->setWordWrap(value == m_resolutionLabel || value == m_proceduresLabel);
        m_form->addRow(new QLabel(m_content), value);
    }
    m_proceduresLabel->setTextFormat(Qt::RichText);
    m_proceduresLabel->setTextInteractionFlags(Qt::LinksAccessibleByMouse
                                               | Qt::LinksAccessibleByKeyboard);
    connect(m_proceduresLabel, &QLabel::linkActivated, this, [this](const QString &link) {
        Q_EMIT procedureRequested(link.mid(int(qstrlen("sop:"))));
    });
    m_form->setRowVisible(m_proceduresLabel, false);

    m_buttonRow->setContentsMargins(0, 0, 0, 0);
    m_buttonRow->setSpacing(4);
    m_buttonRow->addStretch(1);

    // The facts and the buttons on the left; what happened, with its comments, on the right.
    auto *facts = new QVBoxLayout;
    facts->setContentsMargins(0, 0, 0, 0);
    facts->addLayout(m_form);
    facts->addStretch(1);
    auto *timeline = new QVBoxLayout;
    timeline->setContentsMargins(0, 0, 0, 0);
    timeline->setSpacing(4);
    timeline->addWidget(m_timelineTitleLabel);
    timeline->addWidget(m_timelineView, 1);
    auto *columns = new QHBoxLayout;
    columns->setContentsMargins(0, 0, 0, 0);
    columns->setSpacing(16);
    columns->addLayout(facts, 2);
    columns->addLayout(timeline, 3);

    auto *contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(m_titleLabel);
    contentLayout->addLayout(m_buttonRow);
    contentLayout->addSpacing(4);
    contentLayout->addLayout(columns, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addWidget(m_placeholderLabel);
    layout->addWidget(m_content);

    retranslate();
    clear();
}

void DiscrepancyDetailPanel::setActions(const QList<QAction *> &actions)
{
    qDeleteAll(m_buttons);
    m_buttons.clear();
    int position = 0;
    for (QAction *action : actions) {
        auto *button = new QToolButton(m_content);
        QString name = action->objectName();
        if (name.endsWith(QLatin1String("Action")))
            name.chop(6);
        button->setObjectName(name + QStringLiteral("Button"));
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setDefaultAction(action);
        // A button keeps the focus chain; the page's shortcuts do the keyboard work.
        button->setFocusPolicy(Qt::TabFocus);
        m_buttonRow->insertWidget(position++, button);
        m_buttons.append(button);
    }
}

QToolButton *DiscrepancyDetailPanel::buttonFor(const QAction *action) const
{
    for (QToolButton *button : m_buttons) {
        if (button->defaultAction() == action)
            return button;
    }
    return nullptr;
}

void DiscrepancyDetailPanel::showDiscrepancy(const domain::DiscrepancyState &state,
                                             const QString &productName,
                                             const QString &locationName, qint64 nowMs)
{
    m_state = state;
    m_productName = productName;
    m_locationName = locationName;
    m_nowMs = nowMs;
    m_timeline->setState(state);
    m_placeholderLabel->hide();
    m_content->show();
    updateTexts();
}

void DiscrepancyDetailPanel::setNowMs(qint64 nowMs)
{
    m_nowMs = nowMs;
    if (m_state)
        updateTexts();
}

void DiscrepancyDetailPanel::clear()
{
    m_state.reset();
    m_productName.clear();
    m_locationName.clear();
    m_timeline->clear();
    m_content->hide();
    m_placeholderLabel->show();
}

QUuid DiscrepancyDetailPanel::discrepancyId() const
{
    return m_state ? m_state->id : QUuid();
}

void DiscrepancyDetailPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (m_state)
            updateTexts();
    }
    QWidget::changeEvent(event);
}

void DiscrepancyDetailPanel::setProcedures(const QList<std::pair<QString, QString>> &procedures)
{
    QStringList links;
    for (const auto &[id, title] : procedures)
        links.append(QStringLiteral("<a href=\"sop:%1\">%2</a>")
                         .arg(id.toHtmlEscaped(), title.toHtmlEscaped()));
    m_proceduresLabel->setText(links.join(QStringLiteral(" · ")));
    m_form->setRowVisible(m_proceduresLabel, !links.isEmpty());
}

void DiscrepancyDetailPanel::retranslate()
{
    m_placeholderLabel->setText(tr("Select a discrepancy to see its details and timeline, and "
                                   "to work on it."));
    m_timelineTitleLabel->setText(tr("Timeline"));
    const QList<std::pair<QLabel *, QString>> rows{
        {m_statusLabel, tr("Status:")},         {m_priorityLabel, tr("Priority:")},
        {m_assigneeLabel, tr("Assignee:")},     {m_figuresLabel, tr("Figures:")},
        {m_slaLabel, tr("First response:")},    {m_createdLabel, tr("Created:")},
        {m_referenceLabel, tr("Reference:")},   {m_resolutionLabel, tr("Outcome:")},
        {m_proceduresLabel, tr("Procedures:")},
    };
    for (const auto &[field, text] : rows) {
        if (auto *label = qobject_cast<QLabel *>(m_form->labelForField(field)))
            label->setText(text);
    }
}

void DiscrepancyDetailPanel::updateTexts()
{
    const domain::DiscrepancyState &s = *m_state;
    const QLocale locale;
    const QString what = DiscrepancyTableModel::typeText(s);
    const QString where
        = m_locationName.isEmpty() ? s.location : tr("%1 (%2)").arg(s.location, m_locationName);
    if (s.sku.isEmpty())
        m_titleLabel->setText(tr("%1 at %2").arg(what, where));
    else if (m_productName.isEmpty())
        m_titleLabel->setText(tr("%1 · %2 at %3").arg(what, s.sku, where));
    else
        m_titleLabel->setText(tr("%1 · %2 %3 at %4").arg(what, s.sku, m_productName, where));

    m_statusLabel->setText(DiscrepancyTableModel::statusLabel(s.status));
    m_priorityLabel->setText(DiscrepancyTableModel::priorityLabel(s.priority));
    m_assigneeLabel->setText(s.assignee.isEmpty() ? tr("Unassigned") : s.assignee);

    const qint64 units = DiscrepancyTableModel::varianceUnits(s);
    const QString unitsText
        = units > 0 ? locale.positiveSign() + locale.toString(units) : locale.toString(units);
    if (s.type == domain::DiscrepancyType::StaffReport)
        m_figuresLabel->setText(tr("%n unit(s) affected · value %1", nullptr,
                                   int(qMin<qint64>(s.actual, 1'000'000'000)))
                                    .arg(item::celltext::money(s.valueCents)));
    else
        m_figuresLabel->setText(tr("Expected %1 · actual %2 · variance %3 · value %4")
                                    .arg(locale.toString(s.expected), locale.toString(s.actual),
                                         unitsText, item::celltext::money(s.valueCents)));

    const QString sla = DiscrepancyTableModel::slaText(s, m_nowMs);
    m_slaLabel->setText(sla.isEmpty() ? tr("—") : sla);
    const bool overdue = domain::isOverdue(s, m_nowMs);
    m_slaLabel->setStyleSheet(overdue ? QStringLiteral("color: #b3261e;") : QString());
    m_slaLabel->setProperty("overdue", overdue);

    QString creator;
    if (!s.timeline.isEmpty()
        && s.timeline.constFirst().kind == domain::DiscrepancyEventKind::Created)
        creator = s.timeline.constFirst().user;
    m_createdLabel->setText(creator.isEmpty()
                                ? dateTimeText(s.createdAtMs)
                                : tr("%1 by %2").arg(dateTimeText(s.createdAtMs), creator));
    m_referenceLabel->setText(s.reference.isEmpty() ? tr("—") : s.reference);
    m_form->setRowVisible(m_referenceLabel, s.type != domain::DiscrepancyType::StaffReport);

    QString outcome;
    if (s.status == domain::DiscrepancyStatus::Resolved) {
        const QString action
            = s.resolution ? DiscrepancyTableModel::actionLabel(*s.resolution) : QString();
        outcome
            = s.resolutionText.isEmpty()
                  ? action
                  : tr("%1 · reason: %2").arg(action, domain::reasonCodeLabel(s.resolutionText));
    } else if (s.status == domain::DiscrepancyStatus::Dismissed) {
        outcome = tr("Dismissed: %1").arg(s.resolutionText);
    }
    if (!outcome.isEmpty() && s.closedAtMs)
        outcome = tr("%1 (%2)").arg(outcome, dateTimeText(*s.closedAtMs));
    m_resolutionLabel->setText(outcome);
    m_form->setRowVisible(m_resolutionLabel, !outcome.isEmpty());

    m_timelineTitleLabel->setText(
        s.ignored.isEmpty()
            ? tr("Timeline (%n event(s))", nullptr, int(s.timeline.size()))
            : tr("Timeline (%n event(s), %1 not applied)", nullptr, int(s.timeline.size()))
                  .arg(s.ignored.size()));
}

} // namespace stockroom::ui
