#include "connectdialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using stockroom::ui::ConnectDialog;

/** File → Connect to Central IMS: input checks, the request it sends, errors passed back. */
class TestConnectDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void passwordIsHidden();
    void refusesBadInput_data();
    void refusesBadInput();
    void emitsTheEnteredValues();
    void returnKeyConnects();
    void showsErrorPassedBackAndLeavesBusyState();
    void certificateProblemIsShownPlainly();
    void editingClearsTheError();

private:
    void fill(const QString &server, const QString &user, const QString &password);

    std::unique_ptr<ConnectDialog> m_dialog;
    QLineEdit *m_server = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QPushButton *m_connect = nullptr;
    QLabel *m_error = nullptr;
};

void TestConnectDialog::init()
{
    m_dialog = std::make_unique<ConnectDialog>();
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    m_server = m_dialog->findChild<QLineEdit *>(QStringLiteral("serverLineEdit"));
    m_user = m_dialog->findChild<QLineEdit *>(QStringLiteral("userLineEdit"));
    m_password = m_dialog->findChild<QLineEdit *>(QStringLiteral("passwordLineEdit"));
    m_connect = m_dialog->findChild<QPushButton *>(QStringLiteral("connectButton"));
    m_error = m_dialog->findChild<QLabel *>(QStringLiteral("errorLabel"));
    QVERIFY(m_server && m_user && m_password && m_connect && m_error);
}

void TestConnectDialog::cleanup()
{
    m_dialog.reset();
}

void TestConnectDialog::fill(const QString &server, const QString &user, const QString &password)
{
    for (QLineEdit *edit : {m_server, m_user, m_password})
        edit->clear();
    QTest::keyClicks(m_server, server);
    QTest::keyClicks(m_user, user);
    QTest::keyClicks(m_password, password);
}

void TestConnectDialog::passwordIsHidden()
{
    QCOMPARE(m_password->echoMode(), QLineEdit::Password);
    QVERIFY(m_error->isHidden());
    QCOMPARE(m_connect->text(), QStringLiteral("&Connect"));
    QVERIFY(m_connect->isEnabled());
}

void TestConnectDialog::refusesBadInput_data()
{
    QTest::addColumn<QString>("server");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("message");

    const QString example = QStringLiteral("for example https://ims.example.com:8443.");
    QTest::newRow("empty server") << QString() << "hq"
                                  << "pw"
                                  << QStringLiteral("Enter the address of the central IMS, ")
                                         + example;
    QTest::newRow("ftp scheme") << "ftp://ims.example.com"
                                << "hq"
                                << "pw"
                                << QStringLiteral(
                                       "The server address must start with https:// or http://, ")
                                       + example;
    QTest::newRow("no scheme") << "ims.example.com:8443"
                               << "hq"
                               << "pw"
                               << QStringLiteral(
                                      "The server address must start with https:// or http://, ")
                                      + example;
    QTest::newRow("empty host")
        << "https://"
        << "hq"
        << "pw"
        << QStringLiteral("The server address \"https://\" names no server after https://.");
    QTest::newRow("empty host with path")
        << "http:///api"
        << "hq"
        << "pw"
        << QStringLiteral("The server address \"http:///api\" names no server after http://.");
    QTest::newRow("credentials in url")
        << "https://hq:pw@ims.example.com"
        << "hq"
        << "pw"
        << QStringLiteral("The server address must not contain a user name, \"?\" or \"#\": "
                          "enter the user and password below.");
    QTest::newRow("empty user") << "https://ims.example.com" << QString() << "pw"
                                << QStringLiteral("Enter your user name.");
    QTest::newRow("blank user") << "https://ims.example.com"
                                << "   "
                                << "pw" << QStringLiteral("Enter your user name.");
    QTest::newRow("empty password") << "https://ims.example.com"
                                    << "hq" << QString() << QStringLiteral("Enter your password.");
}

void TestConnectDialog::refusesBadInput()
{
    QFETCH(QString, server);
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(QString, message);

    QSignalSpy requested(m_dialog.get(), &ConnectDialog::connectRequested);
    fill(server, user, password);
    QTest::mouseClick(m_connect, Qt::LeftButton);

    QCOMPARE(requested.count(), 0);
    QCOMPARE(m_error->text(), message);
    QVERIFY(m_error->isVisible());
    QVERIFY(!m_dialog->isBusy());
    QVERIFY(m_connect->isEnabled());
    QVERIFY(m_dialog->isVisible());
}

void TestConnectDialog::emitsTheEnteredValues()
{
    QSignalSpy requested(m_dialog.get(), &ConnectDialog::connectRequested);
    fill(QStringLiteral("  https://ims.example.com:8443/  "), QStringLiteral("anna"),
         QStringLiteral("s3cret pass"));
    QTest::mouseClick(m_connect, Qt::LeftButton);

    QCOMPARE(requested.count(), 1);
    const QList<QVariant> arguments = requested.takeFirst();
    QCOMPARE(arguments.at(0).toUrl(), QUrl(QStringLiteral("https://ims.example.com:8443/")));
    QCOMPARE(arguments.at(1).toString(), QStringLiteral("anna"));
    QCOMPARE(arguments.at(2).toString(), QStringLiteral("s3cret pass"));

    // Busy until the application answers: no second request from a second click.
    QVERIFY(m_dialog->isBusy());
    QVERIFY(!m_connect->isEnabled());
    QCOMPARE(m_connect->text(), QStringLiteral("Signing in…"));
    QVERIFY(m_error->isHidden());
    QTest::mouseClick(m_connect, Qt::LeftButton);
    QTest::keyClick(m_password, Qt::Key_Return);
    QCOMPARE(requested.count(), 0);
    QVERIFY(m_dialog->isVisible());
}

void TestConnectDialog::returnKeyConnects()
{
    QSignalSpy requested(m_dialog.get(), &ConnectDialog::connectRequested);
    fill(QStringLiteral("http://127.0.0.1:18181"), QStringLiteral("hq"), QStringLiteral("pw"));
    QTest::keyClick(m_password, Qt::Key_Return);
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.constFirst().at(0).toUrl(), QUrl(QStringLiteral("http://127.0.0.1:18181")));
}

void TestConnectDialog::showsErrorPassedBackAndLeavesBusyState()
{
    QSignalSpy requested(m_dialog.get(), &ConnectDialog::connectRequested);
    fill(QStringLiteral("https://ims.example.com"), QStringLiteral("hq"), QStringLiteral("wrong"));
    QTest::mouseClick(m_connect, Qt::LeftButton);
    QCOMPARE(requested.count(), 1);
    QVERIFY(m_dialog->isBusy());

    const QString refused = QStringLiteral("HTTP 401: wrong user or password");
    m_dialog->showError(refused);
    QVERIFY(!m_dialog->isBusy());
    QVERIFY(m_connect->isEnabled());
    QCOMPARE(m_connect->text(), QStringLiteral("&Connect"));
    QCOMPARE(m_error->text(), refused);
    QVERIFY(m_error->isVisible());
    QVERIFY(m_dialog->isVisible());

    // The user corrects the password and tries again.
    m_password->selectAll();
    QTest::keyClicks(m_password, QStringLiteral("right"));
    QTest::mouseClick(m_connect, Qt::LeftButton);
    QCOMPARE(requested.count(), 2);
    QCOMPARE(requested.at(1).at(2).toString(), QStringLiteral("right"));
}

void TestConnectDialog::certificateProblemIsShownPlainly()
{
    fill(QStringLiteral("https://ims.example.com"), QStringLiteral("hq"), QStringLiteral("pw"));
    QTest::mouseClick(m_connect, Qt::LeftButton);
    const QString tls = QStringLiteral("the server's TLS certificate is not trusted: The "
                                       "certificate is self-signed, and untrusted <b>x</b>");
    m_dialog->showError(tls);
    QCOMPARE(m_error->text(), tls);
    QCOMPARE(m_error->textFormat(), Qt::PlainText);
    QVERIFY(m_error->isVisible());
}

void TestConnectDialog::editingClearsTheError()
{
    QTest::mouseClick(m_connect, Qt::LeftButton);
    QVERIFY(m_error->isVisible());
    QTest::keyClicks(m_server, QStringLiteral("h"));
    QVERIFY(m_error->isHidden());
}

QTEST_MAIN(TestConnectDialog)
#include "tst_connectdialog.moc"
