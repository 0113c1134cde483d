#include "userdirectory.h"

#include "accesstoken.h"
#include "passwordhasher.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSet>

#include <limits>

namespace stockroom::server {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("stockroom::server::UserDirectory", text);
}

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

// Roles that work in given stores and must be scoped to at least one location.
bool isStoreScoped(const QString &role)
{
    return role == QLatin1String("store_manager") || role == QLatin1String("staff");
}

// Expired tokens are kept this long (for "your session expired" rather than "unknown token"),
// then deleted at a later login.
constexpr qint64 expiredTokenRetentionMs = 30LL * 24 * 3600 * 1000;

QString loginFailed()
{
    return tr("Wrong user name or password.");
}

} // namespace

UserDirectory::UserDirectory(const SqlConnection &connection)
    : m_connection(connection)
    , m_findUser(connection.db, QStringLiteral("SELECT role, password_hash, disabled FROM users"
                                               " WHERE name = ?"))
    , m_userLocations(connection.db, QStringLiteral("SELECT location FROM user_locations"
                                                    " WHERE user_name = ? ORDER BY location"))
    , m_tokenPrincipal(connection.db,
                       QStringLiteral("SELECT u.name, u.role, t.expires_at FROM tokens t"
                                      " JOIN users u ON u.name = t.user_name"
                                      " WHERE t.token_hash = ? AND t.revoked_at IS NULL"
                                      " AND t.expires_at > ? AND u.disabled = 0"))
{}

bool UserDirectory::addUser(const QString &name, const QString &role, const QStringList &locations,
                            const QString &password, QString *error)
{
    if (name.trimmed().isEmpty() || name != name.trimmed()) {
        *error = tr("A user name must not be empty or start or end with spaces.");
        return false;
    }
    if (!knownRoles().contains(role)) {
        *error = tr("\"%1\" is not a role; use one of %2.")
                     .arg(role, knownRoles().join(QStringLiteral(", ")));
        return false;
    }
    if (isStoreScoped(role) && locations.isEmpty()) {
        *error = tr("A user with the role %1 needs at least one location.").arg(role);
        return false;
    }
    if (password.isEmpty()) {
        *error = tr("The password is empty.");
        return false;
    }
    const QString hash = PasswordHasher::hash(password);
    if (hash.isEmpty()) {
        *error = tr("Cannot hash the password: the system has no random numbers.");
        return false;
    }

    SqlTransaction transaction(m_connection);
    if (!transaction.begin(SqlTransaction::Mode::Write, error))
        return false;
    bool exists = false;
    if (!userExists(name, error, &exists))
        return false;
    if (exists) {
        *error = tr("User %1 already exists.").arg(name);
        return false;
    }
    SqlStatement findLocation(m_connection.db,
                              QStringLiteral("SELECT 1 FROM locations WHERE code = ?"));
    for (const QString &location : locations) {
        if (!findLocation.exec({location}, error))
            return false;
        const bool found = findLocation.query().next();
        findLocation.finish();
        if (!found) {
            *error = tr("Location %1 does not exist.").arg(location);
            return false;
        }
    }
    SqlStatement insertUser(m_connection.db,
                            QStringLiteral("INSERT INTO users (name, role, password_hash,"
                                           " disabled, created_at) VALUES (?, ?, ?, 0, ?)"));
    if (!insertUser.exec({name, role, hash, nowMs()}, error))
        return false;
    SqlStatement insertLocation(m_connection.db,
                                QStringLiteral("INSERT INTO user_locations (user_name, location)"
                                               " VALUES (?, ?)"));
    for (const QString &location : QSet<QString>(locations.begin(), locations.end())) {
        if (!insertLocation.exec({name, location}, error))
            return false;
    }
    return transaction.commit(error);
}

bool UserDirectory::setPassword(const QString &name, const QString &password, QString *error)
{
    if (password.isEmpty()) {
        *error = tr("The password is empty.");
        return false;
    }
    const QString hash = PasswordHasher::hash(password);
    if (hash.isEmpty()) {
        *error = tr("Cannot hash the password: the system has no random numbers.");
        return false;
    }
    SqlTransaction transaction(m_connection);
    if (!transaction.begin(SqlTransaction::Mode::Write, error))
        return false;
    SqlStatement update(m_connection.db,
                        QStringLiteral("UPDATE users SET password_hash = ? WHERE name = ?"));
    if (!update.exec({hash, name}, error))
        return false;
    if (update.query().numRowsAffected() < 1) {
        *error = tr("There is no user %1.").arg(name);
        return false;
    }
    // Whoever knew the old password may hold a token: a new password ends every session.
    if (revokeAllOf(name, nowMs(), error) < 0)
        return false;
    return transaction.commit(error);
}

bool UserDirectory::disableUser(const QString &name, QString *error)
{
    SqlTransaction transaction(m_connection);
    if (!transaction.begin(SqlTransaction::Mode::Write, error))
        return false;
    SqlStatement update(m_connection.db,
                        QStringLiteral("UPDATE users SET disabled = 1 WHERE name = ?"));
    if (!update.exec({name}, error))
        return false;
    if (update.query().numRowsAffected() < 1) {
        *error = tr("There is no user %1.").arg(name);
        return false;
    }
    if (revokeAllOf(name, nowMs(), error) < 0)
        return false;
    return transaction.commit(error);
}

std::optional<QString> UserDirectory::login(const QString &name, const QString &password,
                                            qint64 ttlMs, Principal *principal, QString *error)
{
    if (ttlMs <= 0) {
        *error = tr("A token must live for a positive time.");
        return std::nullopt;
    }
    if (!m_findUser.exec({name}, error))
        return std::nullopt;
    const bool found = m_findUser.query().next();
    const QString role = found ? m_findUser.query().value(0).toString() : QString();
    const QString stored = found ? m_findUser.query().value(1).toString() : QString();
    const bool disabled = found && m_findUser.query().value(2).toInt() != 0;
    m_findUser.finish();
    if (!found) {
        // As slow as a real check, so timing does not tell which user names exist.
        static const QString dummy = PasswordHasher::hash(QStringLiteral("stockroom"));
        PasswordHasher::verify(password, dummy);
        *error = loginFailed();
        return std::nullopt;
    }
    if (!PasswordHasher::verify(password, stored)) {
        *error = loginFailed();
        return std::nullopt;
    }
    if (disabled) {
        *error = tr("User %1 is disabled; ask an administrator.").arg(name);
        return std::nullopt;
    }
    const auto locations = locationsOf(name, error);
    if (!locations)
        return std::nullopt;
    const QString token = AccessToken::generate();
    if (token.isEmpty()) {
        *error = tr("Cannot make a token: the system has no random numbers.");
        return std::nullopt;
    }
    const qint64 now = nowMs();
    const qint64 expiresAt = now > std::numeric_limits<qint64>::max() - ttlMs
                                 ? std::numeric_limits<qint64>::max()
                                 : now + ttlMs;
    SqlTransaction transaction(m_connection);
    if (!transaction.begin(SqlTransaction::Mode::Write, error))
        return std::nullopt;
    SqlStatement purge(m_connection.db, QStringLiteral("DELETE FROM tokens WHERE expires_at < ?"));
    SqlStatement insert(m_connection.db,
                        QStringLiteral("INSERT INTO tokens (token_hash, user_name, created_at,"
                                       " expires_at) VALUES (?, ?, ?, ?)"));
    if (!purge.exec({now - expiredTokenRetentionMs}, error)
        || !insert.exec({AccessToken::digest(token), name, now, expiresAt}, error)
        || !transaction.commit(error))
        return std::nullopt;
    if (principal)
        *principal = Principal{name, role, *locations, expiresAt};
    return token;
}

std::optional<Principal> UserDirectory::principalForToken(const QString &token)
{
    if (token.isEmpty())
        return std::nullopt;
    QString error;
    if (!m_tokenPrincipal.exec({AccessToken::digest(token), nowMs()}, &error)
        || !m_tokenPrincipal.query().next()) {
        m_tokenPrincipal.finish();
        return std::nullopt;
    }
    Principal principal;
    principal.user = m_tokenPrincipal.query().value(0).toString();
    principal.role = m_tokenPrincipal.query().value(1).toString();
    principal.tokenExpiresAtMs = m_tokenPrincipal.query().value(2).toLongLong();
    m_tokenPrincipal.finish();
    const auto locations = locationsOf(principal.user, &error);
    if (!locations)
        return std::nullopt;
    principal.locations = *locations;
    return principal;
}

bool UserDirectory::revokeTokens(const QString &tokenOrUser, int *revoked, QString *error)
{
    const qint64 now = nowMs();
    SqlTransaction transaction(m_connection);
    if (!transaction.begin(SqlTransaction::Mode::Write, error))
        return false;
    SqlStatement byToken(m_connection.db,
                         QStringLiteral("UPDATE tokens SET revoked_at = ? WHERE token_hash = ?"
                                        " AND revoked_at IS NULL AND expires_at > ?"));
    SqlStatement knownToken(m_connection.db,
                            QStringLiteral("SELECT 1 FROM tokens WHERE token_hash = ?"));
    const QString digest = AccessToken::digest(tokenOrUser);
    if (!byToken.exec({now, digest, now}, error) || !knownToken.exec({digest}, error))
        return false;
    int count = byToken.query().numRowsAffected();
    const bool isToken = knownToken.query().next();
    knownToken.finish();
    if (!isToken) {
        bool exists = false;
        if (!userExists(tokenOrUser, error, &exists))
            return false;
        if (!exists) {
            // Never echo the argument: it may be a token.
            *error = tr("There is no such user or token.");
            return false;
        }
        count = revokeAllOf(tokenOrUser, now, error);
        if (count < 0)
            return false;
    }
    if (!transaction.commit(error))
        return false;
    if (revoked)
        *revoked = count;
    return true;
}

std::optional<QStringList> UserDirectory::locationsOf(const QString &user, QString *error)
{
    if (!m_userLocations.exec({user}, error))
        return std::nullopt;
    QStringList locations;
    while (m_userLocations.query().next())
        locations.append(m_userLocations.query().value(0).toString());
    m_userLocations.finish();
    return locations;
}

int UserDirectory::revokeAllOf(const QString &user, qint64 nowMs, QString *error)
{
    SqlStatement revoke(m_connection.db,
                        QStringLiteral("UPDATE tokens SET revoked_at = ? WHERE user_name = ?"
                                       " AND revoked_at IS NULL AND expires_at > ?"));
    if (!revoke.exec({nowMs, user, nowMs}, error))
        return -1;
    return revoke.query().numRowsAffected();
}

bool UserDirectory::userExists(const QString &name, QString *error, bool *exists)
{
    if (!m_findUser.exec({name}, error))
        return false;
    *exists = m_findUser.query().next();
    m_findUser.finish();
    return true;
}

} // namespace stockroom::server
