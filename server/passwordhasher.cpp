#include "passwordhasher.h"

#include <QByteArray>
#include <QStringList>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

namespace stockroom::server {

namespace {

const QLatin1StringView scheme("pbkdf2-sha256");
// Stored strings outside these bounds are refused rather than run: a forged string must not
// make a login spin for minutes.
constexpr int minIterations = 1000;
constexpr int maxIterations = 10000000;

QByteArray derive(const QString &password, const QByteArray &salt, int iterations)
{
    const QByteArray secret = password.toUtf8();
    QByteArray out(PasswordHasher::hashBytes, Qt::Uninitialized);
    if (PKCS5_PBKDF2_HMAC(secret.constData(), int(secret.size()),
                          reinterpret_cast<const unsigned char *>(salt.constData()),
                          int(salt.size()), iterations, EVP_sha256(), int(out.size()),
                          reinterpret_cast<unsigned char *>(out.data()))
        != 1)
        return {};
    return out;
}

} // namespace

QString PasswordHasher::hash(const QString &password, int iterations)
{
    QByteArray salt(saltBytes, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(salt.data()), int(salt.size())) != 1)
        return {};
    const QByteArray derived = derive(password, salt, iterations);
    if (derived.isEmpty())
        return {};
    return QStringLiteral("%1$%2$%3$%4")
        .arg(scheme)
        .arg(iterations)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(derived.toBase64()));
}

bool PasswordHasher::verify(const QString &password, const QString &stored)
{
    const QStringList parts = stored.split(QLatin1Char('$'));
    if (parts.size() != 4 || parts.at(0) != scheme)
        return false;
    bool numeric = false;
    const int iterations = parts.at(1).toInt(&numeric);
    if (!numeric || iterations < minIterations || iterations > maxIterations)
        return false;
    const auto salt = QByteArray::fromBase64Encoding(parts.at(2).toLatin1(),
                                                     QByteArray::AbortOnBase64DecodingErrors);
    const auto expected = QByteArray::fromBase64Encoding(parts.at(3).toLatin1(),
                                                         QByteArray::AbortOnBase64DecodingErrors);
    if (!salt || !expected || salt.decoded.isEmpty() || expected.decoded.size() != hashBytes)
        return false;
    const QByteArray actual = derive(password, *salt, iterations);
    return actual.size() == expected.decoded.size()
           && CRYPTO_memcmp(actual.constData(), expected.decoded.constData(), size_t(actual.size()))
                  == 0;
}

} // namespace stockroom::server
