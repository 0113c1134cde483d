#pragma once

#include <QString>

namespace stockroom::server {

/**
 * Hashes and checks user passwords with PBKDF2-HMAC-SHA256 (OpenSSL), a 16-byte random salt
 * per password, stored as "pbkdf2-sha256$ITERATIONS$SALT_BASE64$HASH_BASE64".
 */
class PasswordHasher
{
public:
    static constexpr int defaultIterations = 120000;
    static constexpr int saltBytes = 16;
    static constexpr int hashBytes = 32;

    /** The stored form of a password; empty only when the system has no randomness. */
    static QString hash(const QString &password, int iterations = defaultIterations);
    /** True when password matches stored; false for a wrong password or a malformed string. */
    static bool verify(const QString &password, const QString &stored);
};

} // namespace stockroom::server
