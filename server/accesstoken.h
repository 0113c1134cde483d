#pragma once

#include <QString>

namespace stockroom::server {

/**
 * Bearer tokens: 32 random bytes (OpenSSL RAND_bytes) in base64url without padding. The store
 * keeps only a token's SHA-256, so a copy of the database does not let anyone in.
 */
class AccessToken
{
public:
    /** A new token; empty only when the system has no randomness. */
    static QString generate();
    /** What the store keeps of a token: its SHA-256 in hex. */
    static QString digest(const QString &token);
};

} // namespace stockroom::server
