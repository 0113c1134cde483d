#include "tst_centralstore.h"

#include "centralstoretestdata.h"
#include "rawsqlconnection.h"

#include <QTest>

using namespace stockroom;
using namespace centraltest;
using protocol::PushStatus;
using server::CentralStore;

void TestCentralStore::usersAndPasswords()
{
    QString error;
    QVERIFY2(seed(*m_store, &error), qPrintable(error));
    const QString pw = QStringLiteral("pw-anna");
    QVERIFY(!m_store->addUser(QStringLiteral("x"), QStringLiteral("wizard"), {}, pw, &error));
    QVERIFY2(error.contains(QStringLiteral("is not a role")), qPrintable(error));
    QVERIFY(
        !m_store->addUser(QStringLiteral("anna"), QStringLiteral("store_manager"), {}, pw, &error));
    QVERIFY2(error.contains(QStringLiteral("at least one location")), qPrintable(error));
    QVERIFY(!m_store->addUser(QStringLiteral("sam"), QStringLiteral("staff"), {}, pw, &error));
    QVERIFY(!m_store->addUser(QStringLiteral("anna"), QStringLiteral("store_manager"),
                              {QStringLiteral("NOPE")}, pw, &error));
    QVERIFY2(error.contains(QStringLiteral("NOPE does not exist")), qPrintable(error));
    QVERIFY(!m_store->addUser(QStringLiteral("anna"), QStringLiteral("store_manager"),
                              {QStringLiteral("S1")}, QString(), &error));
    QVERIFY2(m_store->addUser(QStringLiteral("anna"), QStringLiteral("store_manager"),
                              {QStringLiteral("S1"), QStringLiteral("S2")}, pw, &error),
             qPrintable(error));
    QVERIFY(!m_store->addUser(QStringLiteral("anna"), QStringLiteral("admin"), {}, pw, &error));
    QVERIFY2(error.contains(QStringLiteral("already exists")), qPrintable(error));
    QVERIFY2(m_store->addUser(QStringLiteral("eve"), QStringLiteral("ecommerce"), {},
                              QStringLiteral("pw-eve"), &error),
             qPrintable(error));
    QCOMPARE(server::knownRoles().size(), 6);

    server::Principal principal;
    QVERIFY(!m_store->login(QStringLiteral("anna"), QStringLiteral("wrong"), 60000, &principal,
                            &error));
    QVERIFY2(error.contains(QStringLiteral("Wrong user name or password")), qPrintable(error));
    QString unknownError;
    QVERIFY(!m_store->login(QStringLiteral("nobody"), pw, 60000, &principal, &unknownError));
    QCOMPARE(unknownError, error); // nothing tells which user names exist

    const auto token = m_store->login(QStringLiteral("anna"), pw, 60000, &principal, &error);
    QVERIFY2(token, qPrintable(error));
    QCOMPARE(token->size(), 43); // 32 bytes, base64url without padding
    QCOMPARE(principal.user, QStringLiteral("anna"));
    QCOMPARE(principal.role, QStringLiteral("store_manager"));
    QCOMPARE(principal.locations, QStringList({QStringLiteral("S1"), QStringLiteral("S2")}));
    QVERIFY(principal.tokenExpiresAtMs > QDateTime::currentMSecsSinceEpoch());
    const auto resolved = m_store->principalForToken(*token);
    QVERIFY(resolved);
    QCOMPARE(resolved->user, principal.user);
    QCOMPARE(resolved->locations, principal.locations);
    QCOMPARE(resolved->tokenExpiresAtMs, principal.tokenExpiresAtMs);
    QVERIFY(!m_store->principalForToken(*token + QLatin1Char('x')));
    QVERIFY(!m_store->principalForToken(QString()));
    {
        RawSqlConnection raw(m_database->url());
        QVERIFY(raw.scalar(QStringLiteral("SELECT password_hash FROM users WHERE name = 'anna'"))
                    .toString()
                    .startsWith(QStringLiteral("pbkdf2-sha256$")));
        QCOMPARE(
            raw.scalar(QStringLiteral("SELECT COUNT(*) FROM tokens WHERE token_hash = ?"), {*token})
                .toInt(),
            0); // only its hash is stored
        QCOMPARE(raw.scalar(QStringLiteral("SELECT COUNT(*) FROM tokens")).toInt(), 1);
    }

    // A new password ends the sessions of the old one.
    QVERIFY2(m_store->setPassword(QStringLiteral("anna"), QStringLiteral("new-pw"), &error),
             qPrintable(error));
    QVERIFY(!m_store->principalForToken(*token));
    QVERIFY(!m_store->login(QStringLiteral("anna"), pw, 60000, nullptr, &error));
    QVERIFY(
        m_store->login(QStringLiteral("anna"), QStringLiteral("new-pw"), 60000, nullptr, &error));
    QVERIFY(!m_store->setPassword(QStringLiteral("nobody"), QStringLiteral("x"), &error));

    // Disabling revokes every token and refuses logins.
    const auto eveToken = m_store->login(QStringLiteral("eve"), QStringLiteral("pw-eve"), 60000,
                                         &principal, &error);
    QVERIFY2(eveToken, qPrintable(error));
    QVERIFY(principal.locations.isEmpty());
    QVERIFY(principal.mayAccess(QStringLiteral("WH")));
    QVERIFY(m_store->principalForToken(*eveToken));
    QVERIFY2(m_store->disableUser(QStringLiteral("eve"), &error), qPrintable(error));
    QVERIFY(!m_store->principalForToken(*eveToken));
    QVERIFY(
        !m_store->login(QStringLiteral("eve"), QStringLiteral("pw-eve"), 60000, nullptr, &error));
    QVERIFY2(error.contains(QStringLiteral("disabled")), qPrintable(error));
    QVERIFY(!m_store->disableUser(QStringLiteral("nobody"), &error));
}

void TestCentralStore::tokensExpireAndAreRevoked()
{
    QString error;
    QVERIFY2(seed(*m_store, &error), qPrintable(error));
    QVERIFY2(m_store->addUser(QStringLiteral("tim"), QStringLiteral("trainer"), {},
                              QStringLiteral("pw"), &error),
             qPrintable(error));
    QVERIFY(!m_store->login(QStringLiteral("tim"), QStringLiteral("pw"), 0, nullptr, &error));

    const auto longLived
        = m_store->login(QStringLiteral("tim"), QStringLiteral("pw"), 3600000, nullptr, &error);
    QVERIFY2(longLived, qPrintable(error));
    server::Principal principal;
    const auto shortLived
        = m_store->login(QStringLiteral("tim"), QStringLiteral("pw"), 1500, &principal, &error);
    QVERIFY2(shortLived, qPrintable(error));
    // Valid until its expiry (checked against the time it reports, as a slow run may pass it).
    const auto early = m_store->principalForToken(*shortLived);
    QVERIFY(early || QDateTime::currentMSecsSinceEpoch() >= principal.tokenExpiresAtMs);
    QTRY_VERIFY_WITH_TIMEOUT(!m_store->principalForToken(*shortLived), 15000);
    QVERIFY(QDateTime::currentMSecsSinceEpoch() >= principal.tokenExpiresAtMs);
    QVERIFY(m_store->principalForToken(*longLived));

    const auto first
        = m_store->login(QStringLiteral("tim"), QStringLiteral("pw"), 3600000, nullptr, &error);
    QVERIFY(first);
    int revoked = -1;
    QVERIFY2(m_store->revokeTokens(*first, &revoked, &error), qPrintable(error));
    QCOMPARE(revoked, 1);
    QVERIFY(!m_store->principalForToken(*first));
    QVERIFY(m_store->principalForToken(*longLived));
    QVERIFY(m_store->revokeTokens(*first, &revoked, &error)); // already revoked: nothing to do
    QCOMPARE(revoked, 0);

    const auto second
        = m_store->login(QStringLiteral("tim"), QStringLiteral("pw"), 3600000, nullptr, &error);
    QVERIFY2(m_store->revokeTokens(QStringLiteral("tim"), &revoked, &error), qPrintable(error));
    QCOMPARE(revoked, 2); // longLived and second; the expired one is no longer live
    QVERIFY(!m_store->principalForToken(*longLived));
    QVERIFY(!m_store->principalForToken(*second));
    QVERIFY(m_store->login(QStringLiteral("tim"), QStringLiteral("pw"), 60000, nullptr, &error));

    QVERIFY(!m_store->revokeTokens(QStringLiteral("someone-else"), &revoked, &error));
    QVERIFY2(!error.contains(QStringLiteral("someone-else")), qPrintable(error));
}

void TestCentralStore::catalogue()
{
    QString error;
    QVERIFY2(seed(*m_store, &error, 0), qPrintable(error));
    QCOMPARE(m_store->locations().size(), 4);
    QCOMPARE(m_store->locations().constFirst().kind, domain::Location::Kind::Store);
    const qint64 before = m_store->catalogueVersion();
    const QList<domain::Product> all = products(20);
    QVERIFY2(m_store->upsertProducts(all, &error), qPrintable(error));
    QCOMPARE(m_store->catalogueVersion(), before + 1);

    QList<domain::Product> paged;
    QString after;
    for (;;) {
        const QList<domain::Product> page = m_store->products(after, 7);
        QVERIFY(page.size() <= 7);
        if (page.isEmpty())
            break;
        paged.append(page);
        after = page.constLast().sku;
    }
    QCOMPARE(paged, all);

    // One invalid product: nothing stored, the version stays.
    domain::Product fresh = products(21).constLast();
    domain::Product broken = all.at(3);
    broken.priceCents = -1;
    QVERIFY(!m_store->upsertProducts({fresh, broken}, &error));
    QVERIFY2(error.contains(QStringLiteral("negative price")), qPrintable(error));
    QCOMPARE(m_store->catalogueVersion(), before + 1);
    QCOMPARE(m_store->products(all.constLast().sku, 10).size(), 0);

    // A barcode names one product.
    domain::Product thief = fresh;
    thief.barcodes = {all.at(5).barcodes.constFirst()};
    QVERIFY(!m_store->upsertProducts({thief}, &error));
    QVERIFY2(error.contains(QStringLiteral("already belongs to product %1").arg(all.at(5).sku)),
             qPrintable(error));
    QCOMPARE(m_store->catalogueVersion(), before + 1);

    // Updates replace a product, barcodes included; a barcode may move between products.
    domain::Product renamed = all.at(5);
    renamed.name = QStringLiteral("Renamed");
    renamed.barcodes = {QStringLiteral("BC-NEW-1"), QStringLiteral("BC-NEW-2")};
    renamed.active = false;
    thief.barcodes = {all.at(5).barcodes.constFirst()};
    QVERIFY2(m_store->upsertProducts({renamed, thief}, &error), qPrintable(error));
    QCOMPARE(m_store->catalogueVersion(), before + 2);
    QCOMPARE(m_store->products(all.at(4).sku, 1).constFirst(), renamed);
    QCOMPARE(m_store->products(all.constLast().sku, 1).constFirst(), thief);
}
