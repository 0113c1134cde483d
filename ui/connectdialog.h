#pragma once

#include <QDialog>
#include <QUrl>

class QLabel;
class QLineEdit;
class QPushButton;

namespace stockroom::ui {

/**
 * File → Connect to Central IMS: asks for the server address, user and password, checks the
 * address before anything is sent, and shows the answer of the sign-in (a refused password, an
 * untrusted TLS certificate, an unreachable server) inline, in the words it arrives in. The
 * dialog only asks; whoever handles connectRequested signs in and closes it on success.
 */
class ConnectDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectDialog(QWidget *parent = nullptr);

    void setServer(const QString &server);
    void setUser(const QString &user);
    QString serverText() const;
    QString user() const;

    /** While busy the input is locked and the button says "Signing in…". */
    void setBusy(bool busy);
    bool isBusy() const { return m_busy; }

    /** Shows why signing in failed and lets the user correct the input and try again. */
    void showError(const QString &message);
    QString errorText() const;

    /** What is wrong with a typed server address, or an empty string when it is usable. */
    static QString checkServer(const QString &text);

Q_SIGNALS:
    void connectRequested(const QUrl &server, const QString &user, const QString &password);

private:
    void requestConnect();

    QLineEdit *m_serverEdit;
    QLineEdit *m_userEdit;
    QLineEdit *m_passwordEdit;
    QLabel *m_errorLabel;
    QPushButton *m_connectButton;
    QPushButton *m_cancelButton;
    bool m_busy = false;
};

} // namespace stockroom::ui
