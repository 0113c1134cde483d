#include "countworkflowbar.h"

#include "rolepolicy.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

namespace stockroom::ui {

namespace {

using domain::CountState;

} // namespace

CountWorkflowBar::CountWorkflowBar(replica::CountService &counts, QWidget *parent)
    : QWidget(parent)
    , m_counts(counts)
{
    setObjectName(QStringLiteral("countWorkflowBar"));
    m_submitButton = makeButton("submitButton");
    m_reviewButton = makeButton("reviewButton");
    m_recountButton = makeButton("recountButton");
    m_postButton = makeButton("postButton");

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QPushButton *button : {m_submitButton, m_reviewButton, m_recountButton, m_postButton})
        layout->addWidget(button);

    connect(m_submitButton, &QPushButton::clicked, this, &CountWorkflowBar::submit);
    connect(m_reviewButton, &QPushButton::clicked, this, &CountWorkflowBar::review);
    connect(m_recountButton, &QPushButton::clicked, this, &CountWorkflowBar::requestRecount);
    connect(m_postButton, &QPushButton::clicked, this, &CountWorkflowBar::confirmPost);

    retranslate();
    updateButtons();
}

QPushButton *CountWorkflowBar::makeButton(const char *objectName)
{
    auto *button = new QPushButton(this);
    button->setObjectName(QLatin1StringView(objectName));
    // A click leaves the keyboard (and the scanner) in the scan field.
    button->setFocusPolicy(Qt::TabFocus);
    button->setAutoDefault(false);
    return button;
}

void CountWorkflowBar::setSession(const std::optional<replica::CountSessionInfo> &session)
{
    m_session = session;
    updateButtons();
}

QMessageBox *CountWorkflowBar::postConfirmation() const
{
    return m_confirmation;
}

void CountWorkflowBar::setSelectedSkus(const QStringList &skus)
{
    m_selectedSkus = skus;
    updateButtons();
}

void CountWorkflowBar::setRole(const QString &role)
{
    m_role = role;
    updateButtons();
}

void CountWorkflowBar::updateButtons()
{
    const auto reasonFor = [this](CountState to) -> QString {
        if (!m_session)
            return tr("Start a count or choose one first.");
        return domain::whyCannotAdvance(m_session->state, to);
    };
    struct Step
    {
        QPushButton *button;
        QString why;
        QString description;
    };
    QString recountWhy;
    if (!m_session)
        recountWhy = tr("Start a count or choose one first.");
    else if (m_session->state != CountState::Reviewed)
        recountWhy = tr("Only a reviewed count can send lines to a recount.");
    else if (m_selectedSkus.isEmpty())
        recountWhy = tr("Select the lines to recount (those marked Recount).");
    QString postWhy = reasonFor(CountState::Posted);
    if (postWhy.isEmpty())
        postWhy = domain::capabilityRefusal(m_role, domain::Capability::RecordMovements);

    const QList<Step> steps{
        {m_submitButton, reasonFor(CountState::Submitted),
         tr("Counting is done: hand the count in for review.")},
        {m_reviewButton, reasonFor(CountState::Reviewed),
         tr("Measure every line against the stock on hand when it was counted.")},
        {m_recountButton, recountWhy,
         tr("Send the selected lines to a second, blind count; their first count no longer "
            "counts.")},
        {m_postButton, postWhy,
         tr("Write the count movements; lines beyond tolerance become discrepancies.")},
    };
    for (const Step &step : steps) {
        step.button->setEnabled(step.why.isEmpty());
        step.button->setToolTip(step.why.isEmpty() ? step.description : step.why);
    }
}

void CountWorkflowBar::submit()
{
    if (!m_session)
        return;
    const QUuid id = m_session->id;
    QString error;
    if (!m_counts.submit(id, &error)) {
        Q_EMIT failed(error);
        return;
    }
    const auto lines = m_counts.lines(id);
    const auto unknown = m_counts.unknownCodes(id);
    QString message = tr("Submitted with %n line(s); review it next.", nullptr, int(lines.size()));
    if (!unknown.isEmpty()) {
        message += QLatin1Char(' ')
                   + tr("%n unknown code(s) are kept for follow-up.", nullptr, int(unknown.size()));
    }
    Q_EMIT advanced(id, message);
}

void CountWorkflowBar::review()
{
    if (!m_session)
        return;
    const QUuid id = m_session->id;
    const replica::ReviewResult result = m_counts.review(id);
    if (!result.ok()) {
        Q_EMIT failed(result.error);
        return;
    }
    int beyond = 0;
    for (const replica::ReviewedLine &line : result.lines)
        beyond += line.variance.withinTolerance ? 0 : 1;
    const int lines = int(result.lines.size());
    QString message = tr("Reviewed %n line(s).", nullptr, lines);
    message += QLatin1Char(' ');
    message += beyond == 0
                   ? tr("All are within tolerance.")
                   : tr("%n beyond tolerance: recount them, or post to raise discrepancies.",
                        nullptr, beyond);
    Q_EMIT advanced(id, message);
}

void CountWorkflowBar::requestRecount()
{
    if (!m_session || m_selectedSkus.isEmpty())
        return;
    const QUuid id = m_session->id;
    const QStringList skus = m_selectedSkus;
    QString error;
    if (!m_counts.requestRecount(id, skus, &error)) {
        Q_EMIT failed(error);
        return;
    }
    Q_EMIT advanced(id, tr("Recount %1: count them again, blind; then submit.")
                            .arg(skus.join(QStringLiteral(", "))));
}

void CountWorkflowBar::confirmPost()
{
    if (!m_session || m_confirmation)
        return;
    int movements = 0;
    int discrepancies = 0;
    // What CountService::post does: an accepted line posts, any other raises a discrepancy.
    for (const replica::ReviewedLine &line : m_counts.reviewedLines(m_session->id)) {
        if (line.decision == replica::CountDecision::Accept)
            ++movements;
        else
            ++discrepancies;
    }
    const QString what
        = discrepancies == 0
              ? tr("Posting writes %n count movement(s).", nullptr, movements)
              : tr("Posting writes %1 and raises %2 for the lines beyond tolerance, whose stock "
                   "stays as it is until each is resolved.")
                    .arg(tr("%n count movement(s)", nullptr, movements),
                         tr("%n discrepancy(ies)", nullptr, discrepancies));
    auto *box = new QMessageBox(QMessageBox::Question, tr("Post Count"),
                                tr("Post this count at %1?").arg(m_session->location),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("postConfirmMessageBox"));
    box->setInformativeText(what + QLatin1Char(' ') + tr("This cannot be undone."));
    QPushButton *yes = box->addButton(tr("&Post"), QMessageBox::AcceptRole);
    yes->setObjectName(QStringLiteral("confirmPostButton"));
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(yes);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::accepted, this, &CountWorkflowBar::post);
    m_confirmation = box;
    box->open();
}

void CountWorkflowBar::post()
{
    if (!m_session)
        return;
    const QUuid id = m_session->id;
    const replica::PostResult result = m_counts.post(id);
    if (!result.ok()) {
        Q_EMIT failed(result.error);
        return;
    }
    QString message = tr("Posted: %n count movement(s)", nullptr, result.movements);
    if (!result.discrepancies.isEmpty()) {
        message = tr("%1, %2 raised")
                      .arg(message,
                           tr("%n discrepancy(ies)", nullptr, int(result.discrepancies.size())));
    }
    message += QLatin1Char('.');
    Q_EMIT advanced(id, message);
    Q_EMIT posted(id);
}

void CountWorkflowBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        updateButtons();
    }
    QWidget::changeEvent(event);
}

void CountWorkflowBar::retranslate()
{
    m_submitButton->setText(tr("S&ubmit"));
    m_reviewButton->setText(tr("Revie&w"));
    m_recountButton->setText(tr("Request Re&count"));
    m_postButton->setText(tr("&Post…"));
}

} // namespace stockroom::ui
