#include "tokenstore.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

namespace stockroom::sync {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("stockroom::sync::TokenStore", text);
}

constexpr QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

} // namespace

TokenStore::TokenStore(const QString &replicaPath)
    : m_path(replicaPath + QStringLiteral(".token"))
{}

bool TokenStore::save(const QString &token, QString *warning, QString *error) const
{
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
    *warning = tr("the sign-in token is kept in %1, readable only by you (no system keychain is "
                  "used)")
                   .arg(m_path);
    return true;
}

QString TokenStore::load(QString *problem) const
{
    QFile file(m_path);
    if (!file.exists())
        return {};
    if ((file.permissions() & ~(ownerOnly | QFileDevice::ReadUser | QFileDevice::WriteUser)) != 0) {
        if (problem)
            *problem = tr("%1 is readable by other users; connect again to replace it").arg(m_path);
        return {};
    }
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).trimmed();
}

bool TokenStore::clear() const
{
    return !QFile::exists(m_path) || QFile::remove(m_path);
}

} // namespace stockroom::sync
