#pragma once

#include "discrepancyfold.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace stockroom::replica {
class DiscrepancyService;
}

namespace stockroom::ui {

/**
 * Asks for what one discrepancy action needs — an assignee, a comment, a resolution with its
 * reason code, a dismissal reason or a priority — and performs it through the service. The
 * service's refusal (the domain's validation or transition rule) is shown inside the dialog,
 * which closes only once the event is stored.
 */
class DiscrepancyActionDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Kind { Assign, Comment, Resolve, Dismiss, Priority };

    /** suggestions: assignees offered besides the roles (people seen in the queue). */
    DiscrepancyActionDialog(replica::DiscrepancyService &service,
                            const domain::DiscrepancyState &state, Kind kind,
                            const QStringList &suggestions = {}, QWidget *parent = nullptr);

    Kind kind() const { return m_kind; }
    /** The error shown, or "" (after a successful OK the dialog is closed). */
    QString errorText() const;
    /** Resolve only: the action chosen. */
    domain::ResolutionAction resolution() const;

    void accept() override;

Q_SIGNALS:
    /** The action was stored; for Resolve, any movements it implies were posted. */
    void applied(const QUuid &discrepancy);

private:
    void updateForResolution();
    void showError(const QString &message);
    bool perform(QString *error);

    replica::DiscrepancyService &m_service;
    domain::DiscrepancyState m_state;
    Kind m_kind;

    QFormLayout *m_form;
    QLabel *m_subjectLabel;
    QComboBox *m_assigneeCombo = nullptr;
    QPlainTextEdit *m_commentEdit = nullptr;
    QComboBox *m_resolutionCombo = nullptr;
    QLabel *m_effectLabel = nullptr;
    QComboBox *m_reasonCombo = nullptr;
    QLineEdit *m_dismissReasonEdit = nullptr;
    QComboBox *m_priorityCombo = nullptr;
    QLabel *m_errorLabel;
    QDialogButtonBox *m_buttons;
};

} // namespace stockroom::ui
