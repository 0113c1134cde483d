#include "connectdialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace stockroom::ui {

ConnectDialog::ConnectDialog(QWidget *parent)
    : QDialog(parent)
    , m_serverEdit(new QLineEdit(this))
    , m_userEdit(new QLineEdit(this))
    , m_passwordEdit(new QLineEdit(this))
    , m_errorLabel(new QLabel(this))
    , m_connectButton(new QPushButton(this))
    , m_cancelButton(new QPushButton(tr("Cancel"), this))
{
    setObjectName(QStringLiteral("connectDialog"));
    setWindowTitle(tr("Connect to Central IMS"));

    auto *intro = new QLabel(tr("Sign in to the central inventory system. Your changes are "
                                "kept on this computer and sent whenever the server can be "
                                "reached."),
                             this);
    intro->setObjectName(QStringLiteral("introLabel"));
    intro->setWordWrap(true);

    m_serverEdit->setObjectName(QStringLiteral("serverLineEdit"));
    m_serverEdit->setPlaceholderText(tr("https://ims.example.com:8443"));
    m_userEdit->setObjectName(QStringLiteral("userLineEdit"));
    m_passwordEdit->setObjectName(QStringLiteral("passwordLineEdit"));
    m_passwordEdit->setEchoMode(QLineEdit::Password);

    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setWordWrap(true);
    // A certificate problem is long and worth copying into a support request.
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errorLabel->setTextFormat(Qt::PlainText);
    m_errorLabel->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_errorLabel->hide();

    m_connectButton->setObjectName(QStringLiteral("connectButton"));
    m_connectButton->setDefault(true);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    // Return must never cancel, also not while Connect is disabled and Cancel has the focus.
    m_cancelButton->setAutoDefault(false);
    auto *buttons = new QDialogButtonBox(this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    buttons->addButton(m_connectButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_cancelButton, QDialogButtonBox::RejectRole);

    auto *form = new QFormLayout;
    form->addRow(tr("&Server:"), m_serverEdit);
    form->addRow(tr("&User:"), m_userEdit);
    form->addRow(tr("&Password:"), m_passwordEdit);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addSpacing(6);
    layout->addLayout(form);
    layout->addWidget(m_errorLabel);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(m_connectButton, &QPushButton::clicked, this, &ConnectDialog::requestConnect);
    connect(m_cancelButton, &QPushButton::clicked, this, &QDialog::reject);
    for (QLineEdit *edit : {m_serverEdit, m_userEdit, m_passwordEdit})
        connect(edit, &QLineEdit::textEdited, this, [this] { showError({}); });

    setBusy(false);
    resize(460, sizeHint().height());
}

void ConnectDialog::setServer(const QString &server)
{
    m_serverEdit->setText(server);
}

void ConnectDialog::setUser(const QString &user)
{
    m_userEdit->setText(user);
    if (!m_serverEdit->text().isEmpty() && !user.isEmpty())
        m_passwordEdit->setFocus();
}

QString ConnectDialog::serverText() const
{
    return m_serverEdit->text().trimmed();
}

QString ConnectDialog::user() const
{
    return m_userEdit->text().trimmed();
}

void ConnectDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_connectButton->setEnabled(!busy);
    m_connectButton->setText(busy ? tr("Signing in…") : tr("&Connect"));
    m_serverEdit->setReadOnly(busy);
    m_userEdit->setReadOnly(busy);
    m_passwordEdit->setReadOnly(busy);
    if (busy)
        setCursor(Qt::BusyCursor);
    else
        unsetCursor();
}

void ConnectDialog::showError(const QString &message)
{
    if (!message.isEmpty())
        setBusy(false);
    m_errorLabel->setText(message);
    m_errorLabel->setVisible(!message.isEmpty());
}

QString ConnectDialog::errorText() const
{
    return m_errorLabel->text();
}

QString ConnectDialog::checkServer(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return tr("Enter the address of the central IMS, for example "
                  "https://ims.example.com:8443.");
    const QUrl url(trimmed, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
        return tr("The server address must start with https:// or http://, for example "
                  "https://ims.example.com:8443.");
    if (url.host().isEmpty())
        return tr("The server address \"%1\" names no server after %2://.").arg(trimmed, scheme);
    if (!url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment())
        return tr("The server address must not contain a user name, \"?\" or \"#\": enter "
                  "the user and password below.");
    return {};
}

void ConnectDialog::requestConnect()
{
    if (m_busy)
        return;
    QString problem = checkServer(m_serverEdit->text());
    QLineEdit *culprit = m_serverEdit;
    if (problem.isEmpty() && user().isEmpty()) {
        problem = tr("Enter your user name.");
        culprit = m_userEdit;
    } else if (problem.isEmpty() && m_passwordEdit->text().isEmpty()) {
        problem = tr("Enter your password.");
        culprit = m_passwordEdit;
    }
    if (!problem.isEmpty()) {
        showError(problem);
        culprit->setFocus();
        return;
    }
    showError({});
    setBusy(true);
    Q_EMIT connectRequested(QUrl(serverText(), QUrl::StrictMode), user(), m_passwordEdit->text());
}

} // namespace stockroom::ui
