#include "rolepolicy.h"

#include <QTest>

using namespace stockroom::domain;

Q_DECLARE_METATYPE(stockroom::domain::Capability)

/** The role table the central IMS enforces and the desktop mirrors. */
class TestRolePolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roleCan_data();
    void roleCan();
    void rolesWithListsExactlyTheRolesThatCan();
};

void TestRolePolicy::roleCan_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<Capability>("capability");
    QTest::addColumn<bool>("allowed");
    const Capability record = Capability::RecordMovements;
    const Capability import = Capability::ImportMovements;
    const Capability catalogue = Capability::ManageCatalogue;
    QTest::newRow("stand-alone records") << QString() << record << true;
    QTest::newRow("stand-alone manages the catalogue") << QString() << catalogue << true;
    QTest::newRow("store manager records") << QStringLiteral("store_manager") << record << true;
    QTest::newRow("store manager imports") << QStringLiteral("store_manager") << import << true;
    QTest::newRow("store manager: no catalogue")
        << QStringLiteral("store_manager") << catalogue << false;
    QTest::newRow("staff records") << QStringLiteral("staff") << record << true;
    QTest::newRow("staff: no import") << QStringLiteral("staff") << import << false;
    QTest::newRow("ecommerce records") << QStringLiteral("ecommerce") << record << true;
    QTest::newRow("auditor: no record") << QStringLiteral("auditor") << record << false;
    QTest::newRow("auditor: no import") << QStringLiteral("auditor") << import << false;
    QTest::newRow("trainer: no record") << QStringLiteral("trainer") << record << false;
    QTest::newRow("admin: catalogue") << QStringLiteral("admin") << catalogue << true;
    QTest::newRow("auditor works discrepancies")
        << QStringLiteral("auditor") << Capability::WorkDiscrepancies << true;
    QTest::newRow("trainer: no discrepancy work")
        << QStringLiteral("trainer") << Capability::WorkDiscrepancies << false;
    QTest::newRow("unknown role: nothing") << QStringLiteral("intern") << record << false;
}

void TestRolePolicy::roleCan()
{
    QFETCH(QString, role);
    QFETCH(Capability, capability);
    QFETCH(bool, allowed);
    QCOMPARE(stockroom::domain::roleCan(role, capability), allowed);
    const QString refusal = capabilityRefusal(role, capability);
    QCOMPARE(refusal.isEmpty(), allowed);
}

void TestRolePolicy::rolesWithListsExactlyTheRolesThatCan()
{
    const QStringList &roles = allRoles();
    QCOMPARE(roles.size(), 6);
    for (Capability capability : {Capability::RecordMovements, Capability::ImportMovements,
                                  Capability::ManageCatalogue, Capability::WorkDiscrepancies}) {
        QStringList expected;
        for (const QString &role : roles) {
            if (stockroom::domain::roleCan(role, capability))
                expected.append(role);
        }
        QStringList actual = rolesWith(capability);
        actual.sort();
        expected.sort();
        QCOMPARE(actual, expected);
    }
}

QTEST_GUILESS_MAIN(TestRolePolicy)
#include "tst_rolepolicy.moc"
