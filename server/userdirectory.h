#pragma once

#include "centralstore.h"
#include "sqlstatement.h"
#include "sqltransaction.h"

namespace stockroom::server {

/**
 * The users of the central IMS and their bearer tokens: passwords hashed with PasswordHasher,
 * tokens stored as their SHA-256 only, expiring and revocable; a disabled user's tokens stop
 * working at once.
 */
class UserDirectory
{
public:
    explicit UserDirectory(const SqlConnection &connection);

    bool addUser(const QString &name, const QString &role, const QStringList &locations,
                 const QString &password, QString *error);
    bool setPassword(const QString &name, const QString &password, QString *error);
    bool disableUser(const QString &name, QString *error);
    std::optional<QString> login(const QString &name, const QString &password, qint64 ttlMs,
                                 Principal *principal, QString *error);
    std::optional<Principal> principalForToken(const QString &token);
    bool revokeTokens(const QString &tokenOrUser, int *revoked, QString *error);

private:
    std::optional<QStringList> locationsOf(const QString &user, QString *error);
    /** Revokes the user's live tokens; the number revoked, or -1. */
    int revokeAllOf(const QString &user, qint64 nowMs, QString *error);
    bool userExists(const QString &name, QString *error, bool *exists);

    SqlConnection m_connection;
    SqlStatement m_findUser;
    SqlStatement m_userLocations;
    SqlStatement m_tokenPrincipal;
};

} // namespace stockroom::server
