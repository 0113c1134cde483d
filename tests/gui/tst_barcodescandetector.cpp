#include "barcodescandetector.h"

#include <QApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

using stockroom::ui::BarcodeScanDetector;

namespace {

/** One key: its text ("\n" for Enter) and when it was pressed. */
struct Key
{
    QString text;
    qint64 atMs;
};

QList<Key> keys(const QString &text, qint64 startMs, qint64 intervalMs)
{
    QList<Key> list;
    for (qsizetype i = 0; i < text.size(); ++i)
        list.append({text.mid(i, 1), startMs + i * intervalMs});
    return list;
}

void press(QWidget *widget, int key, const QString &text, qint64 atMs)
{
    QKeyEvent pressEvent(QEvent::KeyPress, key, Qt::NoModifier, text);
    pressEvent.setTimestamp(quint64(atMs));
    QApplication::sendEvent(widget, &pressEvent);
    QKeyEvent releaseEvent(QEvent::KeyRelease, key, Qt::NoModifier, text);
    releaseEvent.setTimestamp(quint64(atMs));
    QApplication::sendEvent(widget, &releaseEvent);
}

void type(QWidget *widget, const QString &text, qint64 startMs, qint64 intervalMs)
{
    for (const Key &key : keys(text, startMs, intervalMs))
        press(widget, key.text.at(0).toUpper().unicode(), key.text, key.atMs);
}

} // namespace

Q_DECLARE_METATYPE(QList<Key>)

/** The timing rule that tells a keyboard-wedge scanner from a person. */
class TestBarcodeScanDetector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rule_data();
    void rule();
    void enterForgetsTheBurst();
    void intervalAndLengthAreSettable();
    void scanEnterIsSwallowedInALineEdit();
    void typedEnterReachesTheLineEdit();
    void backspaceBreaksABurst();
};

void TestBarcodeScanDetector::rule_data()
{
    QTest::addColumn<QList<Key>>("typed");
    QTest::addColumn<qint64>("enterAtMs");
    QTest::addColumn<QString>("expected");

    QTest::newRow("scanner") << keys(QStringLiteral("4006381333931"), 1000, 8)
                             << qint64(1000 + 12 * 8 + 9) << QStringLiteral("4006381333931");
    QTest::newRow("all at the same instant")
        << keys(QStringLiteral("RUN-42"), 500, 0) << qint64(500) << QStringLiteral("RUN-42");
    QTest::newRow("at the limit") << keys(QStringLiteral("ABCD"), 0, 30) << qint64(120)
                                  << QStringLiteral("ABCD");
    QTest::newRow("person typing") << keys(QStringLiteral("4006381333931"), 1000, 140)
                                   << qint64(1000 + 12 * 140 + 200) << QString();
    QTest::newRow("just too slow")
        << keys(QStringLiteral("ABCD"), 0, 31) << qint64(93 + 10) << QString();
    QTest::newRow("too short") << keys(QStringLiteral("123"), 0, 5) << qint64(15) << QString();
    QTest::newRow("enter after a pause")
        << keys(QStringLiteral("4006381333931"), 0, 5) << qint64(60 + 200) << QString();
    QList<Key> typedThenScanned = keys(QStringLiteral("shoe "), 0, 150);
    typedThenScanned += keys(QStringLiteral("5012345678900"), 2000, 6);
    QTest::newRow("typed, then scanned")
        << typedThenScanned << qint64(2000 + 12 * 6 + 6) << QStringLiteral("5012345678900");
    QList<Key> clockBack = keys(QStringLiteral("ABCDEF"), 5000, 5);
    clockBack += keys(QStringLiteral("1234"), 100, 5);
    QTest::newRow("clock went backwards: starts over")
        << clockBack << qint64(100 + 3 * 5 + 5) << QStringLiteral("1234");
    QTest::newRow("nothing typed") << QList<Key>() << qint64(10) << QString();
}

void TestBarcodeScanDetector::rule()
{
    QFETCH(QList<Key>, typed);
    QFETCH(qint64, enterAtMs);
    QFETCH(QString, expected);
    BarcodeScanDetector detector;
    for (const Key &key : std::as_const(typed))
        detector.keyTyped(key.text, key.atMs);
    QCOMPARE(detector.enterPressed(enterAtMs), expected);
}

void TestBarcodeScanDetector::enterForgetsTheBurst()
{
    BarcodeScanDetector detector;
    for (const Key &key : keys(QStringLiteral("ABCDE"), 0, 5))
        detector.keyTyped(key.text, key.atMs);
    QCOMPARE(detector.enterPressed(25), QStringLiteral("ABCDE"));
    QCOMPARE(detector.enterPressed(26), QString());
}

void TestBarcodeScanDetector::intervalAndLengthAreSettable()
{
    BarcodeScanDetector detector;
    QCOMPARE(detector.maximumInterval(), qint64(30));
    QCOMPARE(detector.minimumLength(), 4);
    detector.setMaximumInterval(60);
    detector.setMinimumLength(2);
    for (const Key &key : keys(QStringLiteral("AB"), 0, 50))
        detector.keyTyped(key.text, key.atMs);
    QCOMPARE(detector.enterPressed(100), QStringLiteral("AB"));
}

void TestBarcodeScanDetector::scanEnterIsSwallowedInALineEdit()
{
    QLineEdit edit;
    BarcodeScanDetector detector;
    edit.installEventFilter(&detector);
    QSignalSpy scanned(&detector, &BarcodeScanDetector::scanned);
    QSignalSpy returned(&edit, &QLineEdit::returnPressed);

    type(&edit, QStringLiteral("4006381333931"), 1000, 4);
    press(&edit, Qt::Key_Return, QStringLiteral("\r"), 1000 + 13 * 4);
    QCOMPARE(edit.text(), QStringLiteral("4006381333931"));
    QCOMPARE(scanned.count(), 1);
    QCOMPARE(scanned.at(0).at(0).toString(), QStringLiteral("4006381333931"));
    QCOMPARE(returned.count(), 0);
}

void TestBarcodeScanDetector::typedEnterReachesTheLineEdit()
{
    QLineEdit edit;
    BarcodeScanDetector detector;
    edit.installEventFilter(&detector);
    QSignalSpy scanned(&detector, &BarcodeScanDetector::scanned);
    QSignalSpy returned(&edit, &QLineEdit::returnPressed);

    type(&edit, QStringLiteral("duffel"), 1000, 180);
    press(&edit, Qt::Key_Return, QStringLiteral("\r"), 1000 + 6 * 180 + 300);
    QCOMPARE(edit.text(), QStringLiteral("duffel"));
    QCOMPARE(scanned.count(), 0);
    QCOMPARE(returned.count(), 1);
}

void TestBarcodeScanDetector::backspaceBreaksABurst()
{
    QLineEdit edit;
    BarcodeScanDetector detector;
    edit.installEventFilter(&detector);
    QSignalSpy scanned(&detector, &BarcodeScanDetector::scanned);

    type(&edit, QStringLiteral("ABCDEF"), 0, 5);
    press(&edit, Qt::Key_Backspace, {}, 30);
    type(&edit, QStringLiteral("GH"), 35, 5);
    press(&edit, Qt::Key_Return, QStringLiteral("\r"), 45);
    QCOMPARE(edit.text(), QStringLiteral("ABCDEGH"));
    QCOMPARE(scanned.count(), 0); // "GH" alone is too short to be a scan
}

QTEST_MAIN(TestBarcodeScanDetector)
#include "tst_barcodescandetector.moc"
