#pragma once

#include <QString>

namespace stockroom::sync {

/**
 * Keeps the bearer token of a replica between runs. It goes into the system keychain
 * (qtkeychain: Secret Service / KWallet, macOS Keychain, Windows Credential Store) when one
 * answers; otherwise into a file next to the replica that only its owner can read (0600), and
 * save() returns a warning that says where the secret is and why no keychain was used.
 *
 * STOCKROOM_TOKEN_STORE=file skips the keychain (headless tills, tests); the keychain is also
 * skipped when it does not answer within a few seconds, so a missing service never hangs a run.
 */
class TokenStore
{
public:
    explicit TokenStore(const QString &replicaPath);

    /** The fallback file (replica path + ".token"). */
    QString path() const { return m_path; }
    /** Where save() put the token: "keychain" or "file"; empty before a save. */
    QString lastLocation() const { return m_lastLocation; }

    bool save(const QString &token, QString *warning, QString *error);
    /** The stored token, or empty when there is none (or the file is not private). */
    QString load(QString *problem = nullptr) const;
    /** Forgets the token in both places. */
    bool clear() const;

private:
    QString m_path;
    QString m_key;
    QString m_lastLocation;
};

} // namespace stockroom::sync
