#include "mainwindow.h"
#include "navigationpane.h"
#include "syncstatuslabel.h"
#include "translations.h"

#include <QApplication>
#include <QListWidget>
#include <QMenuBar>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace stockroom::ui;

/** The translation pipeline: .ts files compiled, embedded, loaded and shown. */
class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shipsGermanAndFrench();
    void germanStringsAreShown();
    void unknownLanguageKeepsEnglish();

private:
    void removeTranslators();
};

void TestTranslations::removeTranslators()
{
    for (QTranslator *translator : qApp->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

void TestTranslations::shipsGermanAndFrench()
{
    const QStringList languages = availableLanguages();
    QVERIFY2(languages.contains(QStringLiteral("de")), qPrintable(languages.join(u',')));
    QVERIFY2(languages.contains(QStringLiteral("fr")), qPrintable(languages.join(u',')));
}

void TestTranslations::germanStringsAreShown()
{
    QVERIFY(installTranslations(qApp, QLocale(QLocale::German, QLocale::Germany)));
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    MainWindow window(&settings);
    window.show();

    auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigationListWidget"));
    QVERIFY(navigation);
    QCOMPARE(navigation->item(0)->text(), QStringLiteral("Bestand"));
    QCOMPARE(navigation->item(2)->text(), QStringLiteral("Abweichungen"));
    auto *status = window.findChild<SyncStatusLabel *>(QStringLiteral("syncStatusLabel"));
    QCOMPARE(status->text(), QStringLiteral("Offline — nicht verbunden"));
    QCOMPARE(window.menuBar()->actions().constLast()->text(), QStringLiteral("&Hilfe"));
    removeTranslators();
}

void TestTranslations::unknownLanguageKeepsEnglish()
{
    QVERIFY(!installTranslations(qApp, QLocale(QLocale::Japanese, QLocale::Japan)));
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    MainWindow window(&settings);
    auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigationListWidget"));
    QCOMPARE(navigation->item(0)->text(), QStringLiteral("Inventory"));
    removeTranslators();
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
