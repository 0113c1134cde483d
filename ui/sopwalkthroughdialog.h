#pragma once

#include "sopservice.h"

#include <QDialog>
#include <QUuid>

class QButtonGroup;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QStackedWidget;

namespace stockroom::ui {

class StatusMessageLabel;

/**
 * A trainer's walkthrough of one SOP version: one step at a time in large type with its
 * checklist (or a "done" box) and notes, Back and Next; at the end a form that records the
 * training session (attendees, outcome, notes) through SopService::recordTraining.
 */
class SopWalkthroughDialog : public QDialog
{
    Q_OBJECT

public:
    /** The service is borrowed; people are the names the attendee field completes. */
    SopWalkthroughDialog(replica::SopService &sops, const replica::StoredSop &sop,
                         const QStringList &people, QWidget *parent = nullptr);

    /** 0-based page: the steps, then the form. */
    int currentPage() const;
    int stepCount() const { return int(m_sop.document.steps.size()); }
    bool onRecordForm() const { return currentPage() == stepCount(); }

    /** The attendee names typed so far, trimmed, empty ones left out. */
    static QStringList parseAttendees(const QString &text);

    QUuid recordedId() const { return m_recordedId; }

Q_SIGNALS:
    void trainingRecorded(const QUuid &sessionId);

private:
    QWidget *makeStepPage(const domain::SopStep &step);
    QWidget *makeFormPage();
    void goTo(int page);
    void updateButtons();
    void prepareForm();
    void record();

    replica::SopService &m_sops;
    replica::StoredSop m_sop;
    QUuid m_recordedId;

    QLabel *m_progressLabel;
    QStackedWidget *m_pages;
    QList<QList<QCheckBox *>> m_checklists;
    QList<QPlainTextEdit *> m_stepNotes;
    QLabel *m_checklistSummaryLabel = nullptr;
    QLineEdit *m_attendeesEdit = nullptr;
    QRadioButton *m_passedRadio = nullptr;
    QRadioButton *m_practiceRadio = nullptr;
    QButtonGroup *m_outcomeGroup = nullptr;
    QPlainTextEdit *m_notesEdit = nullptr;
    StatusMessageLabel *m_validationLabel = nullptr;
    QPushButton *m_backButton;
    QPushButton *m_nextButton;
    QPushButton *m_recordButton;
    QPushButton *m_cancelButton;
};

} // namespace stockroom::ui
