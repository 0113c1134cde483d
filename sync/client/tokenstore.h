#pragma once

#include <QString>

namespace stockroom::sync {

/**
 * Keeps the bearer token of a replica between runs: in a file next to the replica, readable
 * by its owner only (0600). A system keychain (qtkeychain) is not used yet; saving says so in
 * its warning, so that the user knows where the secret is.
 */
class TokenStore
{
public:
    explicit TokenStore(const QString &replicaPath);

    QString path() const { return m_path; }
    bool save(const QString &token, QString *warning, QString *error) const;
    /** The stored token, or empty when there is none (or the file is not private). */
    QString load(QString *problem = nullptr) const;
    bool clear() const;

private:
    QString m_path;
};

} // namespace stockroom::sync
