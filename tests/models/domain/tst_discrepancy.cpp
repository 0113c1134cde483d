#include "discrepancy.h"

#include <QTest>

using namespace stockroom::domain;

/** Discrepancy type, event, action and priority names, the priority rule, event shapes. */
class TestDiscrepancy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void namesRoundTrip();
    void wireNamesMatchTheProtocol();
    void unknownNames();
    void priorityFromValue_data();
    void priorityFromValue();
    void validate_data();
    void validate();
};

namespace {

template<typename Enum>
QStringList namesOf(const QList<Enum> &values, QString (*name)(Enum))
{
    QStringList names;
    for (Enum value : values)
        names.append(name(value));
    return names;
}

} // namespace

void TestDiscrepancy::namesRoundTrip()
{
    for (DiscrepancyType type : allDiscrepancyTypes())
        QCOMPARE(discrepancyTypeFromName(discrepancyTypeName(type)).value(), type);
    for (DiscrepancyEventKind kind : allDiscrepancyEventKinds())
        QCOMPARE(discrepancyEventKindFromName(discrepancyEventKindName(kind)).value(), kind);
    for (ResolutionAction action : allResolutionActions())
        QCOMPARE(resolutionActionFromName(resolutionActionName(action)).value(), action);
    for (DiscrepancyPriority priority : allDiscrepancyPriorities())
        QCOMPARE(discrepancyPriorityFromName(discrepancyPriorityName(priority)).value(), priority);

    QCOMPARE(namesOf(allDiscrepancyEventKinds(), &discrepancyEventKindName),
             (QStringList{QStringLiteral("created"), QStringLiteral("acknowledged"),
                          QStringLiteral("assigned"), QStringLiteral("commented"),
                          QStringLiteral("recount_requested"), QStringLiteral("resolved"),
                          QStringLiteral("reopened"), QStringLiteral("dismissed"),
                          QStringLiteral("priority_set")}));
    QCOMPARE(namesOf(allResolutionActions(), &resolutionActionName),
             (QStringList{QStringLiteral("adjust_to_counted"), QStringLiteral("accept_system"),
                          QStringLiteral("write_off"), QStringLiteral("transfer_correction")}));
    QCOMPARE(namesOf(allDiscrepancyPriorities(), &discrepancyPriorityName),
             (QStringList{QStringLiteral("low"), QStringLiteral("medium"), QStringLiteral("high"),
                          QStringLiteral("critical")}));
}

void TestDiscrepancy::wireNamesMatchTheProtocol()
{
    // "negative_stock", "oversell" and "rejected_change" come from the central IMS
    // (server/centralledger.cpp), "digest_mismatch" from sync/client/syncengine.cpp.
    QCOMPARE(
        namesOf(allDiscrepancyTypes(), &discrepancyTypeName),
        (QStringList{QStringLiteral("count_variance"), QStringLiteral("negative_stock"),
                     QStringLiteral("oversell"), QStringLiteral("rejected_change"),
                     QStringLiteral("digest_mismatch"), QStringLiteral("transfer_not_received"),
                     QStringLiteral("staff_report")}));
}

void TestDiscrepancy::unknownNames()
{
    QVERIFY(!discrepancyTypeFromName(u"Oversell").has_value());
    QVERIFY(!discrepancyTypeFromName(u"").has_value());
    QVERIFY(!discrepancyEventKindFromName(u"resolve").has_value());
    QVERIFY(!resolutionActionFromName(u"adjust").has_value());
    QVERIFY(!discrepancyPriorityFromName(u"urgent").has_value());
}

void TestDiscrepancy::priorityFromValue_data()
{
    QTest::addColumn<qint64>("valueCents");
    QTest::addColumn<bool>("negativeOrOversell");
    QTest::addColumn<DiscrepancyPriority>("expected");

    using P = DiscrepancyPriority;
    QTest::newRow("nothing") << 0LL << false << P::Low;
    QTest::newRow("49.99") << 4999LL << false << P::Low;
    QTest::newRow("50.00") << 5000LL << false << P::Medium;
    QTest::newRow("499.99") << 49999LL << false << P::Medium;
    QTest::newRow("500.00") << 50000LL << false << P::High;
    QTest::newRow("4999.99") << 499999LL << false << P::High;
    QTest::newRow("5000.00") << 500000LL << false << P::Critical;
    QTest::newRow("a negative value counts by its size") << -50000LL << false << P::High;
    QTest::newRow("oversell of nothing is high") << 0LL << true << P::High;
    QTest::newRow("oversell of 60.00 is high") << 6000LL << true << P::High;
    QTest::newRow("oversell of 5000.00 is critical") << 500000LL << true << P::Critical;
}

void TestDiscrepancy::priorityFromValue()
{
    QFETCH(qint64, valueCents);
    QFETCH(bool, negativeOrOversell);
    QFETCH(DiscrepancyPriority, expected);
    QCOMPARE(stockroom::domain::priorityFromValue(valueCents, negativeOrOversell), expected);
}

void TestDiscrepancy::validate_data()
{
    QTest::addColumn<DiscrepancyEvent>("event");
    QTest::addColumn<QString>("expectedError");

    DiscrepancyEvent base;
    base.id = QUuid::createUuid();
    base.discrepancy = QUuid::createUuid();
    base.atMs = 1000;
    base.user = QStringLiteral("anna");

    using K = DiscrepancyEventKind;
    const auto with = [&](K kind, auto &&change) {
        DiscrepancyEvent e = base;
        e.kind = kind;
        change(e);
        return e;
    };
    const auto nothing = [](DiscrepancyEvent &) {
    };

    QTest::newRow("created") << with(K::Created, [](DiscrepancyEvent &e) {
        e.location = QStringLiteral("S01");
        e.sku = QStringLiteral("SKU-1");
    }) << QString();
    QTest::newRow("no id") << with(K::Acknowledged, [](DiscrepancyEvent &e) { e.id = QUuid(); })
                           << QStringLiteral("The event has no id.");
    QTest::newRow("no discrepancy")
        << with(K::Acknowledged, [](DiscrepancyEvent &e) { e.discrepancy = QUuid(); })
        << QStringLiteral("The event does not name its discrepancy.");
    QTest::newRow("created without location")
        << with(K::Created, [](DiscrepancyEvent &e) { e.sku = QStringLiteral("SKU-1"); })
        << QStringLiteral("The discrepancy has no location.");
    QTest::newRow("created without SKU")
        << with(K::Created, [](DiscrepancyEvent &e) { e.location = QStringLiteral("S01"); })
        << QStringLiteral("The discrepancy has no SKU.");
    QTest::newRow("digest mismatch needs no SKU") << with(K::Created, [](DiscrepancyEvent &e) {
        e.type = DiscrepancyType::DigestMismatch;
        e.location = QStringLiteral("S01");
    }) << QString();
    QTest::newRow("rejected change needs no SKU") << with(K::Created, [](DiscrepancyEvent &e) {
        e.type = DiscrepancyType::RejectedChange;
        e.location = QStringLiteral("S01");
    }) << QString();
    QTest::newRow("acknowledged") << with(K::Acknowledged, nothing) << QString();
    QTest::newRow("assigned") << with(K::Assigned, [](DiscrepancyEvent &e) {
        e.assignee = QStringLiteral("ecommerce");
    }) << QString();
    QTest::newRow("assigned to nobody")
        << with(K::Assigned, [](DiscrepancyEvent &e) { e.assignee = QStringLiteral(" "); })
        << QStringLiteral("Choose a person or a role to assign it to.");
    QTest::newRow("comment") << with(K::Commented, [](DiscrepancyEvent &e) {
        e.text = QStringLiteral("Shelf checked.");
    }) << QString();
    QTest::newRow("empty comment")
        << with(K::Commented, nothing) << QStringLiteral("A comment cannot be empty.");
    QTest::newRow("recount requested") << with(K::RecountRequested, nothing) << QString();
    QTest::newRow("resolved") << with(K::Resolved, [](DiscrepancyEvent &e) {
        e.action = ResolutionAction::AdjustToCounted;
    }) << QString();
    QTest::newRow("resolved without action")
        << with(K::Resolved, nothing) << QStringLiteral("Choose how the discrepancy was resolved.");
    QTest::newRow("write-off with reason") << with(K::Resolved, [](DiscrepancyEvent &e) {
        e.action = ResolutionAction::WriteOff;
        e.text = QStringLiteral("damaged");
    }) << QString();
    QTest::newRow("write-off without reason")
        << with(K::Resolved, [](DiscrepancyEvent &e) { e.action = ResolutionAction::WriteOff; })
        << QStringLiteral("A write-off needs a reason code.");
    QTest::newRow("write-off with unknown reason") << with(K::Resolved, [](DiscrepancyEvent &e) {
        e.action = ResolutionAction::WriteOff;
        e.text = QStringLiteral("gone");
    }) << QStringLiteral("\"gone\" is not a known reason code.");
    QTest::newRow("dismissed") << with(K::Dismissed, [](DiscrepancyEvent &e) {
        e.text = QStringLiteral("Duplicate of another report.");
    }) << QString();
    QTest::newRow("dismissed without reason")
        << with(K::Dismissed, nothing) << QStringLiteral("Say why the discrepancy is dismissed.");
    QTest::newRow("reopened") << with(K::Reopened, nothing) << QString();
    QTest::newRow("priority set") << with(K::PrioritySet, [](DiscrepancyEvent &e) {
        e.priority = DiscrepancyPriority::Critical;
    }) << QString();
    QTest::newRow("priority set without priority")
        << with(K::PrioritySet, nothing) << QStringLiteral("Choose a priority.");
}

void TestDiscrepancy::validate()
{
    QFETCH(DiscrepancyEvent, event);
    QFETCH(QString, expectedError);
    QCOMPARE(validateDiscrepancyEvent(event), expectedError);
}

QTEST_GUILESS_MAIN(TestDiscrepancy)
#include "tst_discrepancy.moc"
