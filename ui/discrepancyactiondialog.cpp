#include "discrepancyactiondialog.h"

#include "discrepancyservice.h"
#include "discrepancytablemodel.h"
#include "reasoncode.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace stockroom::ui {

namespace {

using domain::ResolutionAction;
using item::DiscrepancyTableModel;

/** The roles a discrepancy can be handed to (the central IMS's role names). */
const QStringList &assignableRoles()
{
    static const QStringList roles{QStringLiteral("store_manager"), QStringLiteral("ecommerce"),
                                   QStringLiteral("staff"), QStringLiteral("auditor")};
    return roles;
}

// What a resolution will usually be: the counted figure for a count, a write-off for a report.
ResolutionAction suggestedResolution(const domain::DiscrepancyState &s)
{
    switch (s.type) {
    case domain::DiscrepancyType::CountVariance:
        return ResolutionAction::AdjustToCounted;
    case domain::DiscrepancyType::StaffReport:
        return ResolutionAction::WriteOff;
    default:
        return ResolutionAction::AcceptSystem;
    }
}

} // namespace

DiscrepancyActionDialog::DiscrepancyActionDialog(replica::DiscrepancyService &service,
                                                 const domain::DiscrepancyState &state, Kind kind,
                                                 const QStringList &suggestions, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_state(state)
    , m_kind(kind)
    , m_form(new QFormLayout)
    , m_subjectLabel(new QLabel(this))
    , m_errorLabel(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("discrepancyActionDialog"));
    m_subjectLabel->setObjectName(QStringLiteral("subjectLabel"));
    m_subjectLabel->setWordWrap(true);
    const QString subject
        = state.sku.isEmpty() ? tr("<b>%1</b> at %2")
                                    .arg(DiscrepancyTableModel::typeText(state).toHtmlEscaped(),
                                         state.location.toHtmlEscaped())
                              : tr("<b>%1</b> · %2 at %3")
                                    .arg(DiscrepancyTableModel::typeText(state).toHtmlEscaped(),
                                         state.sku.toHtmlEscaped(), state.location.toHtmlEscaped());
    m_subjectLabel->setText(subject);
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);

    switch (kind) {
    case Kind::Assign: {
        setWindowTitle(tr("Assign Discrepancy"));
        m_assigneeCombo = new QComboBox(this);
        m_assigneeCombo->setObjectName(QStringLiteral("assigneeComboBox"));
        m_assigneeCombo->setEditable(true);
        m_assigneeCombo->setInsertPolicy(QComboBox::NoInsert);
        QStringList offered = assignableRoles();
        for (const QString &name : suggestions) {
            if (!name.isEmpty() && !offered.contains(name))
                offered.append(name);
        }
        m_assigneeCombo->addItems(offered);
        m_assigneeCombo->setEditText(state.assignee);
        m_assigneeCombo->lineEdit()->setPlaceholderText(tr("A user name or a role"));
        m_form->addRow(tr("&Assign to:"), m_assigneeCombo);
        ok->setText(tr("&Assign"));
        break;
    }
    case Kind::Comment:
        setWindowTitle(tr("Comment on Discrepancy"));
        m_commentEdit = new QPlainTextEdit(this);
        m_commentEdit->setObjectName(QStringLiteral("commentTextEdit"));
        m_commentEdit->setTabChangesFocus(true);
        m_commentEdit->setPlaceholderText(tr("What you found, asked or did"));
        m_form->addRow(tr("&Comment:"), m_commentEdit);
        ok->setText(tr("Add &Comment"));
        break;
    case Kind::Resolve:
        setWindowTitle(tr("Resolve Discrepancy"));
        m_resolutionCombo = new QComboBox(this);
        m_resolutionCombo->setObjectName(QStringLiteral("resolutionComboBox"));
        for (ResolutionAction action : domain::allResolutionActions())
            m_resolutionCombo->addItem(DiscrepancyTableModel::actionLabel(action), int(action));
        m_effectLabel = new QLabel(this);
        m_effectLabel->setObjectName(QStringLiteral("effectLabel"));
        m_effectLabel->setWordWrap(true);
        m_reasonCombo = new QComboBox(this);
        m_reasonCombo->setObjectName(QStringLiteral("reasonComboBox"));
        m_reasonCombo->addItem(tr("Choose a reason…"), QString());
        for (const QString &code : domain::reasonCodes())
            m_reasonCombo->addItem(domain::reasonCodeLabel(code), code);
        // A damaged-goods report is written off as damaged unless someone says otherwise.
        if (const int row = m_reasonCombo->findData(state.reference); row > 0)
            m_reasonCombo->setCurrentIndex(row);
        m_form->addRow(tr("&Action:"), m_resolutionCombo);
        m_form->addRow(QString(), m_effectLabel);
        m_form->addRow(tr("&Reason:"), m_reasonCombo);
        m_resolutionCombo->setCurrentIndex(
            m_resolutionCombo->findData(int(suggestedResolution(state))));
        connect(m_resolutionCombo, &QComboBox::currentIndexChanged, this,
                &DiscrepancyActionDialog::updateForResolution);
        connect(m_resolutionCombo, &QComboBox::currentIndexChanged, this,
                [this] { showError({}); });
        connect(m_reasonCombo, &QComboBox::currentIndexChanged, this, [this] { showError({}); });
        ok->setText(tr("&Resolve"));
        updateForResolution();
        break;
    case Kind::Dismiss:
        setWindowTitle(tr("Dismiss Discrepancy"));
        m_dismissReasonEdit = new QLineEdit(this);
        m_dismissReasonEdit->setObjectName(QStringLiteral("dismissReasonLineEdit"));
        m_dismissReasonEdit->setMaxLength(500);
        m_dismissReasonEdit->setPlaceholderText(tr("Why this needs no action (required)"));
        connect(m_dismissReasonEdit, &QLineEdit::textEdited, this, [this] { showError({}); });
        m_form->addRow(tr("&Reason:"), m_dismissReasonEdit);
        ok->setText(tr("&Dismiss"));
        break;
    case Kind::Priority:
        setWindowTitle(tr("Set Priority"));
        m_priorityCombo = new QComboBox(this);
        m_priorityCombo->setObjectName(QStringLiteral("priorityComboBox"));
        for (domain::DiscrepancyPriority priority : domain::allDiscrepancyPriorities())
            m_priorityCombo->addItem(DiscrepancyTableModel::priorityLabel(priority), int(priority));
        m_priorityCombo->setCurrentIndex(m_priorityCombo->findData(int(state.priority)));
        m_form->addRow(tr("&Priority:"), m_priorityCombo);
        ok->setText(tr("&Set Priority"));
        break;
    }

    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_errorLabel->hide();
    m_buttons->setObjectName(QStringLiteral("buttonBox"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_subjectLabel);
    layout->addSpacing(6);
    layout->addLayout(m_form);
    layout->addWidget(m_errorLabel);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &DiscrepancyActionDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(440, sizeHint().height());
}

QString DiscrepancyActionDialog::errorText() const
{
    return m_errorLabel->isVisibleTo(this) ? m_errorLabel->text() : QString();
}

domain::ResolutionAction DiscrepancyActionDialog::resolution() const
{
    return m_resolutionCombo ? ResolutionAction(m_resolutionCombo->currentData().toInt())
                             : ResolutionAction::AcceptSystem;
}

void DiscrepancyActionDialog::updateForResolution()
{
    const QLocale locale;
    const qint64 units = DiscrepancyTableModel::varianceUnits(m_state);
    const QString signedUnits
        = units > 0 ? locale.positiveSign() + locale.toString(units) : locale.toString(units);
    QString effect;
    switch (resolution()) {
    case ResolutionAction::AdjustToCounted:
        effect = tr("Posts a count of %1 at the time it was counted; later sales stay on top.")
                     .arg(locale.toString(m_state.actual));
        break;
    case ResolutionAction::AcceptSystem:
        effect = tr("Keeps the system quantity; posts nothing.");
        break;
    case ResolutionAction::WriteOff:
        effect = tr("Posts an adjustment of %1 with the reason below.").arg(signedUnits);
        break;
    case ResolutionAction::TransferCorrection:
        effect = units > 0 ? tr("Posts a transfer in of %1.").arg(locale.toString(units))
                           : tr("Posts a transfer out of %1.").arg(locale.toString(-units));
        break;
    }
    m_effectLabel->setText(effect);
    const bool needsReason = resolution() == ResolutionAction::WriteOff;
    m_form->setRowVisible(m_reasonCombo, needsReason);
    m_reasonCombo->setEnabled(needsReason);
}

void DiscrepancyActionDialog::showError(const QString &message)
{
    m_errorLabel->setText(message);
    m_errorLabel->setVisible(!message.isEmpty());
}

bool DiscrepancyActionDialog::perform(QString *error)
{
    switch (m_kind) {
    case Kind::Assign:
        return m_service.assign(m_state.id, m_assigneeCombo->currentText(), error);
    case Kind::Comment:
        return m_service.comment(m_state.id, m_commentEdit->toPlainText(), error);
    case Kind::Resolve: {
        const ResolutionAction action = resolution();
        const QString reason = action == ResolutionAction::WriteOff
                                   ? m_reasonCombo->currentData().toString()
                                   : QString();
        return m_service.resolve(m_state.id, action, reason, error);
    }
    case Kind::Dismiss:
        return m_service.dismiss(m_state.id, m_dismissReasonEdit->text(), error);
    case Kind::Priority:
        return m_service.setPriority(
            m_state.id, domain::DiscrepancyPriority(m_priorityCombo->currentData().toInt()), error);
    }
    return false;
}

void DiscrepancyActionDialog::accept()
{
    QString error;
    if (!perform(&error)) {
        showError(error.isEmpty() ? tr("The action could not be stored.") : error);
        return;
    }
    showError({});
    Q_EMIT applied(m_state.id);
    QDialog::accept();
}

} // namespace stockroom::ui
