#include "changeid.h"

#include <QSet>
#include <QTest>

using namespace stockroom::domain;

/** Change ids are UUIDs of version 7: time first, so that they sort in the order they are made. */
class TestChangeId : public QObject
{
    Q_OBJECT

private slots:
    void carriesVersionVariantAndTime_data()
    {
        QTest::addColumn<qint64>("ms");
        QTest::newRow("epoch") << qint64(0);
        QTest::newRow("2026-12-04") << qint64(1796342400000);
        QTest::newRow("largest 48-bit") << qint64(0xFFFF'FFFF'FFFF);
    }
    void carriesVersionVariantAndTime()
    {
        QFETCH(qint64, ms);
        const QUuid id = newChangeId(ms);
        // Qt 6.4's QUuid::version() knows versions 1 to 5 only.
        QCOMPARE(id.data3 >> 12, 7);
        QCOMPARE(id.variant(), QUuid::DCE);
        QCOMPARE(changeIdTime(id), std::optional<qint64>(ms));
    }

    void otherVersionsCarryNoTime()
    {
        QCOMPARE(changeIdTime(QUuid::createUuid()), std::nullopt);
        QCOMPARE(changeIdTime(QUuid()), std::nullopt);
        QCOMPARE(changeIdTime(QUuid::createUuidV5(QUuid(), QStringLiteral("x"))), std::nullopt);
    }

    // The text form (what central's and the replica's indexes hold) sorts by time.
    void textSortsByTime()
    {
        const qint64 base = 1796342400000;
        QString previous;
        for (qint64 step = 0; step < 300; ++step) {
            const QString text = newChangeId(base + step * 997).toString(QUuid::WithoutBraces);
            QVERIFY2(previous < text, qPrintable(previous + QStringLiteral(" >= ") + text));
            previous = text;
        }
    }

    void idsOfOneMillisecondDiffer()
    {
        QSet<QUuid> ids;
        for (int i = 0; i < 10000; ++i)
            ids.insert(newChangeId(1796342400000));
        QCOMPARE(ids.size(), 10000);
    }
};

QTEST_APPLESS_MAIN(TestChangeId)
#include "tst_changeid.moc"
