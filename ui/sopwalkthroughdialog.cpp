#include "sopwalkthroughdialog.h"

#include "statusmessagelabel.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QCompleter>
#include <QDateTime>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace stockroom::ui {

namespace {

/**
 * Completes the name after the last comma of a comma-separated list, keeping the names before
 * it: "maria, jo" offers "jonas" and becomes "maria, jonas".
 */
class NameListCompleter : public QCompleter
{
public:
    NameListCompleter(const QStringList &names, QLineEdit *edit)
        : QCompleter(names, edit)
        , m_edit(edit)
    {
        setCaseSensitivity(Qt::CaseInsensitive);
        setFilterMode(Qt::MatchStartsWith);
    }

    QStringList splitPath(const QString &path) const override
    {
        return {path.section(QLatin1Char(','), -1).trimmed()};
    }

    QString pathFromIndex(const QModelIndex &index) const override
    {
        const QString name = QCompleter::pathFromIndex(index);
        const QString text = m_edit->text();
        const qsizetype comma = text.lastIndexOf(QLatin1Char(','));
        return comma < 0 ? name : text.left(comma + 1) + QLatin1Char(' ') + name;
    }

private:
    QLineEdit *m_edit;
};

QFont scaled(QFont font, double factor, bool bold)
{
    font.setPointSizeF(font.pointSizeF() * factor);
    font.setBold(bold);
    return font;
}

} // namespace

SopWalkthroughDialog::SopWalkthroughDialog(replica::SopService &sops, const replica::StoredSop &sop,
                                           const QStringList &people, QWidget *parent)
    : QDialog(parent)
    , m_sops(sops)
    , m_sop(sop)
    , m_progressLabel(new QLabel(this))
    , m_pages(new QStackedWidget(this))
    , m_backButton(new QPushButton(tr("< &Back"), this))
    , m_nextButton(new QPushButton(tr("&Next >"), this))
    , m_recordButton(new QPushButton(tr("&Record Training Session"), this))
    , m_cancelButton(new QPushButton(tr("Cancel"), this))
{
    setObjectName(QStringLiteral("sopWalkthroughDialog"));
    setWindowTitle(
        tr("Walkthrough: %1 (version %2)").arg(sop.document.title).arg(sop.document.version));
    m_progressLabel->setObjectName(QStringLiteral("stepProgressLabel"));
    m_pages->setObjectName(QStringLiteral("walkthroughStackedWidget"));
    m_backButton->setObjectName(QStringLiteral("backButton"));
    m_nextButton->setObjectName(QStringLiteral("nextButton"));
    m_recordButton->setObjectName(QStringLiteral("recordButton"));
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));

    for (const domain::SopStep &step : sop.document.steps)
        m_pages->addWidget(makeStepPage(step));
    m_pages->addWidget(makeFormPage());
    if (m_attendeesEdit && !people.isEmpty())
        m_attendeesEdit->setCompleter(new NameListCompleter(people, m_attendeesEdit));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_cancelButton);
    buttons->addStretch(1);
    buttons->addWidget(m_backButton);
    buttons->addWidget(m_nextButton);
    buttons->addWidget(m_recordButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_progressLabel);
    layout->addWidget(m_pages, 1);
    layout->addLayout(buttons);

    connect(m_backButton, &QPushButton::clicked, this, [this] { goTo(currentPage() - 1); });
    connect(m_nextButton, &QPushButton::clicked, this, [this] { goTo(currentPage() + 1); });
    connect(m_recordButton, &QPushButton::clicked, this, &SopWalkthroughDialog::record);
    connect(m_cancelButton, &QPushButton::clicked, this, &QDialog::reject);
    resize(900, 680);
    goTo(0);
}

int SopWalkthroughDialog::currentPage() const
{
    return m_pages->currentIndex();
}

QStringList SopWalkthroughDialog::parseAttendees(const QString &text)
{
    QStringList names;
    for (const QString &part : text.split(QLatin1Char(','))) {
        const QString name = part.simplified();
        if (!name.isEmpty())
            names.append(name);
    }
    return names;
}

QWidget *SopWalkthroughDialog::makeStepPage(const domain::SopStep &step)
{
    auto *page = new QWidget(m_pages);
    page->setObjectName(QStringLiteral("stepPage%1").arg(step.number));
    auto *title = new QLabel(tr("%1. %2").arg(step.number).arg(step.title), page);
    title->setObjectName(QStringLiteral("stepTitleLabel"));
    title->setWordWrap(true);
    title->setFont(scaled(title->font(), 2.0, true));
    auto *text = new QTextBrowser(page);
    text->setObjectName(QStringLiteral("stepTextBrowser"));
    text->setFont(scaled(text->font(), 1.5, false));
    text->setMarkdown(step.text);
    text->setFrameShape(QFrame::NoFrame);

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(title);
    layout->addWidget(text, 1);
    QList<QCheckBox *> boxes;
    const QStringList items = step.checklist.isEmpty() ? QStringList{tr("Done")} : step.checklist;
    for (const QString &item : items) {
        auto *box = new QCheckBox(item, page);
        box->setObjectName(QStringLiteral("checklistCheckBox"));
        box->setFont(scaled(box->font(), 1.4, false));
        layout->addWidget(box);
        boxes.append(box);
        connect(box, &QCheckBox::toggled, this, &SopWalkthroughDialog::updateButtons);
    }
    m_checklists.append(boxes);
    auto *notesLabel = new QLabel(tr("Notes on this step:"), page);
    auto *notes = new QPlainTextEdit(page);
    notes->setObjectName(QStringLiteral("stepNotesEdit"));
    notes->setTabChangesFocus(true);
    notes->setMaximumHeight(90);
    notesLabel->setBuddy(notes);
    layout->addWidget(notesLabel);
    layout->addWidget(notes);
    m_stepNotes.append(notes);
    return page;
}

QWidget *SopWalkthroughDialog::makeFormPage()
{
    auto *page = new QWidget(m_pages);
    page->setObjectName(QStringLiteral("recordPage"));
    auto *heading = new QLabel(tr("Record the training session"), page);
    heading->setFont(scaled(heading->font(), 1.6, true));
    m_checklistSummaryLabel = new QLabel(page);
    m_checklistSummaryLabel->setObjectName(QStringLiteral("checklistSummaryLabel"));
    m_checklistSummaryLabel->setWordWrap(true);

    auto *sopLabel = new QLabel(
        tr("%1, version %2").arg(m_sop.document.title).arg(m_sop.document.version), page);
    sopLabel->setObjectName(QStringLiteral("sessionSopLabel"));
    auto *trainerLabel = new QLabel(m_sops.identity().user, page);
    trainerLabel->setObjectName(QStringLiteral("trainerLabel"));
    m_attendeesEdit = new QLineEdit(page);
    m_attendeesEdit->setObjectName(QStringLiteral("attendeesLineEdit"));
    m_attendeesEdit->setPlaceholderText(tr("Names, separated by commas"));
    auto *dateLabel = new QLabel(
        tr("%1 (recorded when you click Record)")
            .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(m_sops.now()).date(),
                                    QLocale::LongFormat)),
        page);
    dateLabel->setObjectName(QStringLiteral("sessionDateLabel"));
    m_passedRadio = new QRadioButton(tr("&Passed"), page);
    m_passedRadio->setObjectName(QStringLiteral("passedRadioButton"));
    m_practiceRadio = new QRadioButton(tr("Needs pr&actice"), page);
    m_practiceRadio->setObjectName(QStringLiteral("needsPracticeRadioButton"));
    m_outcomeGroup = new QButtonGroup(page);
    m_outcomeGroup->addButton(m_passedRadio);
    m_outcomeGroup->addButton(m_practiceRadio);
    auto *outcome = new QHBoxLayout;
    outcome->addWidget(m_passedRadio);
    outcome->addWidget(m_practiceRadio);
    outcome->addStretch(1);
    m_notesEdit = new QPlainTextEdit(page);
    m_notesEdit->setObjectName(QStringLiteral("sessionNotesEdit"));
    m_notesEdit->setTabChangesFocus(true);
    m_validationLabel = new StatusMessageLabel(page);
    m_validationLabel->setObjectName(QStringLiteral("validationLabel"));

    auto *form = new QFormLayout;
    form->addRow(tr("SOP:"), sopLabel);
    form->addRow(tr("Trainer:"), trainerLabel);
    form->addRow(tr("&Attendees:"), m_attendeesEdit);
    form->addRow(tr("Date:"), dateLabel);
    form->addRow(tr("Outcome:"), outcome);
    form->addRow(tr("N&otes:"), m_notesEdit);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(heading);
    layout->addWidget(m_checklistSummaryLabel);
    layout->addLayout(form, 1);
    layout->addWidget(m_validationLabel);
    return page;
}

void SopWalkthroughDialog::goTo(int page)
{
    if (page < 0 || page > stepCount())
        return;
    if (page == stepCount())
        prepareForm();
    m_pages->setCurrentIndex(page);
    if (page < stepCount()) {
        m_progressLabel->setText(tr("Step %1 of %2").arg(page + 1).arg(stepCount()));
        if (!m_checklists.at(page).isEmpty())
            m_checklists.at(page).constFirst()->setFocus();
    } else {
        m_progressLabel->setText(tr("Training session"));
        m_attendeesEdit->setFocus();
    }
    updateButtons();
}

void SopWalkthroughDialog::updateButtons()
{
    const int page = currentPage();
    const bool onForm = page == stepCount();
    m_backButton->setEnabled(page > 0);
    m_nextButton->setVisible(!onForm);
    m_nextButton->setText(page + 1 == stepCount() ? tr("&Finish Steps >") : tr("&Next >"));
    m_recordButton->setVisible(onForm);
    m_nextButton->setDefault(!onForm);
    m_recordButton->setDefault(onForm);
}

void SopWalkthroughDialog::prepareForm()
{
    int ticked = 0;
    int total = 0;
    QStringList open;
    QStringList notes;
    for (int i = 0; i < stepCount(); ++i) {
        const domain::SopStep &step = m_sop.document.steps.at(i);
        for (QCheckBox *box : m_checklists.at(i)) {
            ++total;
            if (box->isChecked())
                ++ticked;
            else
                open.append(tr("%1. %2").arg(step.number).arg(box->text()));
        }
        const QString note = m_stepNotes.at(i)->toPlainText().trimmed();
        if (!note.isEmpty())
            notes.append(tr("Step %1 (%2): %3").arg(step.number).arg(step.title, note));
    }
    QString summary = tr("%1 of %2 checklist items ticked.").arg(ticked).arg(total);
    if (!open.isEmpty())
        summary += QLatin1Char(' ') + tr("Not ticked: %1.").arg(open.join(QStringLiteral("; ")));
    m_checklistSummaryLabel->setText(summary);
    // The step notes become the session's notes unless the trainer has written their own.
    if (m_notesEdit->toPlainText().trimmed().isEmpty() || !m_notesEdit->document()->isModified())
        m_notesEdit->setPlainText(notes.join(QLatin1Char('\n')));
    m_notesEdit->document()->setModified(false);
}

void SopWalkthroughDialog::record()
{
    const QStringList attendees = parseAttendees(m_attendeesEdit->text());
    if (attendees.isEmpty()) {
        m_validationLabel->showMessage(
            tr("Name at least one attendee (separate several names with commas)."), true);
        m_attendeesEdit->setFocus();
        return;
    }
    if (!m_outcomeGroup->checkedButton()) {
        m_validationLabel->showMessage(tr("Choose the outcome: passed or needs practice."), true);
        m_passedRadio->setFocus();
        return;
    }
    const replica::TrainingOutcome outcome = m_passedRadio->isChecked()
                                                 ? replica::TrainingOutcome::Passed
                                                 : replica::TrainingOutcome::NeedsPractice;
    QString error;
    const auto id
        = m_sops.recordTraining(m_sop.document.id, m_sop.document.version, m_sops.identity().user,
                                attendees, outcome, m_notesEdit->toPlainText().trimmed(), &error);
    if (!id) {
        m_validationLabel->showMessage(error, true);
        return;
    }
    m_recordedId = *id;
    Q_EMIT trainingRecorded(*id);
    accept();
}

} // namespace stockroom::ui
