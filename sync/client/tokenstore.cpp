#include "tokenstore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTimer>

#include <qt6keychain/keychain.h>

namespace stockroom::sync {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("stockroom::sync::TokenStore", text);
}

constexpr QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
const QString keychainService = QStringLiteral("Stockroom");
constexpr int keychainTimeoutMs = 5000;

bool keychainWanted()
{
    return qEnvironmentVariable("STOCKROOM_TOKEN_STORE") != QLatin1String("file");
}

/** Runs a keychain job to its end (or the timeout); false and *error when it failed. */
bool runJob(QKeychain::Job &job, QString *error)
{
    QEventLoop loop;
    bool finished = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(keychainTimeoutMs, &loop, &QEventLoop::quit);
    job.setAutoDelete(false);
    job.start();
    if (!finished)
        loop.exec();
    if (!finished) {
        *error = tr("the system keychain did not answer within %1 s").arg(keychainTimeoutMs / 1000);
        return false;
    }
    if (job.error() != QKeychain::NoError) {
        *error = job.errorString().isEmpty() ? tr("the system keychain refused the request")
                                             : job.errorString();
        return false;
    }
    return true;
}

bool removeFromKeychain(const QString &key)
{
    QKeychain::DeletePasswordJob job(keychainService);
    job.setKey(key);
    QString ignored;
    return runJob(job, &ignored) || job.error() == QKeychain::EntryNotFound;
}

} // namespace

TokenStore::TokenStore(const QString &replicaPath)
    : m_path(replicaPath + QStringLiteral(".token"))
    , m_key(QStringLiteral("token:") + QFileInfo(replicaPath).absoluteFilePath())
{}

bool TokenStore::save(const QString &token, QString *warning, QString *error)
{
    QString keychainProblem = tr("the system keychain is turned off (STOCKROOM_TOKEN_STORE=file)");
    if (keychainWanted()) {
        QKeychain::WritePasswordJob job(keychainService);
        job.setKey(m_key);
        job.setTextData(token);
        if (runJob(job, &keychainProblem)) {
            // An older copy in a file would outlive the keychain entry: remove it.
            QFile::remove(m_path);
            m_lastLocation = QStringLiteral("keychain");
            warning->clear();
            return true;
        }
    }

    QSaveFile file(m_path);
    // Permissions are set before any byte of the secret is written.
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(ownerOnly)) {
        *error = tr("cannot write %1: %2").arg(m_path, file.errorString());
        return false;
    }
    file.write(token.toUtf8());
    if (!file.commit()) {
        *error = tr("cannot write %1: %2").arg(m_path, file.errorString());
        return false;
    }
    QFile::setPermissions(m_path, ownerOnly);
    m_lastLocation = QStringLiteral("file");
    *warning = tr("no system keychain could keep the sign-in token (%1); it is kept in %2, "
                  "readable only by you")
                   .arg(keychainProblem, m_path);
    return true;
}

QString TokenStore::load(QString *problem) const
{
    QFile file(m_path);
    if (file.exists()) {
        // A file is only there when the keychain was not available at the last sign-in.
        if ((file.permissions() & ~(ownerOnly | QFileDevice::ReadUser | QFileDevice::WriteUser))
            != 0) {
            if (problem)
                *problem
                    = tr("%1 is readable by other users; connect again to replace it").arg(m_path);
            return {};
        }
        if (!file.open(QIODevice::ReadOnly)) {
            if (problem)
                *problem = tr("cannot read %1: %2").arg(m_path, file.errorString());
            return {};
        }
        return QString::fromUtf8(file.readAll()).trimmed();
    }
    if (!keychainWanted())
        return {};
    QKeychain::ReadPasswordJob job(keychainService);
    job.setKey(m_key);
    QString keychainProblem;
    if (runJob(job, &keychainProblem))
        return job.textData().trimmed();
    if (problem && job.error() != QKeychain::EntryNotFound
        && job.error() != QKeychain::NoBackendAvailable) {
        *problem
            = tr("cannot read the sign-in token from the system keychain: %1").arg(keychainProblem);
    }
    return {};
}

bool TokenStore::clear() const
{
    const bool fileGone = !QFile::exists(m_path) || QFile::remove(m_path);
    if (keychainWanted())
        removeFromKeychain(m_key);
    return fileGone;
}

} // namespace stockroom::sync
