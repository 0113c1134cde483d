#include "discrepanciespage.h"
#include "discrepancyservice.h"
#include "mainwindow.h"
#include "navigationpane.h"
#include "replicafixture.h"
#include "sopackpanel.h"
#include "sopdiffview.h"
#include "soplistmodel.h"
#include "sopreaderview.h"
#include "sopservice.h"
#include "sopspage.h"
#include "sopstatisticsview.h"
#include "sopwalkthroughdialog.h"
#include "startup.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextTable>
#include <QTimer>
#include <QTreeWidget>

using namespace stockroom;
using item::SopListModel;
using ui::SopsPage;
using ui::SopWalkthroughDialog;

namespace {

const QString damaged = QStringLiteral("report-damaged-goods");
const QString oldLine = QStringLiteral(
    "Put the damaged item in the store's damaged-goods box in the back room, with a note of");
const QString newLine = QStringLiteral(
    "Put the damaged item in the locked damaged-goods cage in the back room, with a note of");

QList<replica::SopFile> starterSops()
{
    QList<replica::SopFile> files;
    const QDir dir(QStringLiteral(STOCKROOM_SOURCE_DIR "/resources/sops"));
    for (const QString &name : dir.entryList({QStringLiteral("*.md")}, QDir::Files)) {
        QFile file(dir.filePath(name));
        if (file.open(QIODevice::ReadOnly))
            files.append({name, file.readAll()});
    }
    return files;
}

/** Clicks a check box or radio button on its indicator (its centre may be past the text). */
void clickIndicator(QWidget *button)
{
    QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(6, button->height() / 2));
}

} // namespace

/** The SOPs page on a real replica seeded with the starter SOPs, driven through its widgets. */
class TestSopsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void listFollowsRoleAndTag_data();
    void listFollowsRoleAndTag();
    void roleSetsTheDefaultFilter();
    void searchRanksDamagedGoodsFirstAndHighlights();
    void tableOfContentsScrollsToTheHeading();
    void historyShowsTheChangedLine();
    void acknowledgeRecordsAndShrinksToRead();
    void bannerOpensTheSopToRead();
    void walkthroughRecordsOneTrainingSession();
    void walkthroughRefusesAnEmptyAttendeeList();
    void walkthroughCompletesKnownNames();
    void walkthroughOnlyForRolesThatTrain();
    void ackPanelOfflineShowsWhatTheReplicaKnows();
    void ackPanelShowsCentralAnswer();
    void exportsPdf();
    void statisticsRankSopsByLinkedDiscrepancies();
    void mainWindowBadgeAndDiscrepancyLinks();

private:
    QStringList idsShown() const;
    SopWalkthroughDialog *openWalkthrough();
    void walkToForm(SopWalkthroughDialog *dialog);
    template<typename T>
    T *child(const QString &name) const
    {
        return m_page->findChild<T *>(name);
    }

    std::unique_ptr<ReplicaFixture> m_f;
    std::unique_ptr<replica::SopService> m_sops;
    std::unique_ptr<SopsPage> m_page;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QTableView *m_table = nullptr;
};

void TestSopsPage::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestSopsPage::init()
{
    m_f = std::make_unique<ReplicaFixture>();
    QVERIFY(m_f->open());
    QVERIFY(m_f->seed());
    m_sops = std::make_unique<replica::SopService>(*m_f->db, m_f->service->identity(),
                                                   [this] { return m_f->clockMs; });
    QString error;
    const auto imported = m_sops->importDocuments(starterSops(), &error);
    QVERIFY2(imported, qPrintable(error));
    QCOMPARE(*imported, 8);
    m_page = std::make_unique<SopsPage>(*m_sops);
    m_page->resize(1300, 760);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    m_table = child<QTableView>(QStringLiteral("sopTableView"));
    QVERIFY(m_table);
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_table->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestSopsPage::cleanup()
{
    m_tester.reset();
    m_page.reset();
    m_sops.reset();
    m_f.reset();
}

QStringList TestSopsPage::idsShown() const
{
    QStringList ids;
    for (int row = 0; row < m_table->model()->rowCount(); ++row)
        ids.append(m_table->model()->index(row, 0).data(SopListModel::IdRole).toString());
    return ids;
}

void TestSopsPage::listFollowsRoleAndTag_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("tag");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("staff") << QStringLiteral("staff") << QString()
                           << QStringList{QStringLiteral("cycle-count"),
                                          QStringLiteral("receive-delivery"),
                                          QStringLiteral("record-sale-or-return"),
                                          QStringLiteral("report-damaged-goods"),
                                          QStringLiteral("resolve-discrepancy"),
                                          QStringLiteral("store-to-store-transfer")};
    QTest::newRow("ecommerce") << QStringLiteral("ecommerce") << QString()
                               << QStringList{QStringLiteral("online-order-unavailable"),
                                              QStringLiteral("resolve-discrepancy")};
    QTest::newRow("all roles, transfers") << QString() << QStringLiteral("transfers")
                                          << QStringList{QStringLiteral("receive-delivery"),
                                                         QStringLiteral("store-to-store-transfer")};
    QTest::newRow("auditor, counting") << QStringLiteral("auditor") << QStringLiteral("counting")
                                       << QStringList{QStringLiteral("monthly-audit")};
    QTest::newRow("trainer: nothing meant for it alone")
        << QStringLiteral("trainer") << QString() << QStringList{};
}

void TestSopsPage::listFollowsRoleAndTag()
{
    QFETCH(QString, role);
    QFETCH(QString, tag);
    QFETCH(QStringList, expected);
    auto *roles = child<QComboBox>(QStringLiteral("roleComboBox"));
    auto *tags = child<QComboBox>(QStringLiteral("tagComboBox"));
    QVERIFY(roles && tags);
    const int roleIndex = roles->findData(role);
    const int tagIndex = tags->findData(tag);
    QVERIFY2(roleIndex >= 0 && tagIndex >= 0, qPrintable(role + QLatin1Char('/') + tag));
    roles->setCurrentIndex(roleIndex);
    tags->setCurrentIndex(tagIndex);
    QStringList shown = idsShown();
    shown.sort();
    QCOMPARE(shown, expected);
}

void TestSopsPage::roleSetsTheDefaultFilter()
{
    auto *roles = child<QComboBox>(QStringLiteral("roleComboBox"));
    m_page->setRole(QStringLiteral("ecommerce"));
    QCOMPARE(roles->currentData().toString(), QStringLiteral("ecommerce"));
    QCOMPARE(idsShown().size(), 2);
    // Trainers teach every procedure: they start from all of them.
    m_page->setRole(QStringLiteral("trainer"));
    QCOMPARE(roles->currentData().toString(), QString());
    QCOMPARE(idsShown().size(), 8);
}

void TestSopsPage::searchRanksDamagedGoodsFirstAndHighlights()
{
    auto *search = child<QLineEdit>(QStringLiteral("searchLineEdit"));
    QVERIFY(search);
    QVERIFY(m_table->isColumnHidden(SopListModel::MatchColumn));
    QTest::keyClicks(search, QStringLiteral("damaged"));
    const QStringList ids = idsShown();
    QVERIFY2(!ids.isEmpty(), "no search result");
    QCOMPARE(ids.constFirst(), damaged);
    QVERIFY(!m_table->isColumnHidden(SopListModel::MatchColumn));
    const QModelIndex match = m_table->model()->index(0, SopListModel::MatchColumn);
    const QString html = match.data(SopListModel::SnippetHtmlRole).toString();
    QVERIFY2(html.contains(QStringLiteral("\">damaged</b>"), Qt::CaseInsensitive),
             qPrintable(html));
    const QString text = match.data().toString();
    QVERIFY2(text.contains(QStringLiteral("damaged"), Qt::CaseInsensitive), qPrintable(text));
    QVERIFY2(!text.contains(replica::SopService::highlightStart), qPrintable(text));

    QTest::keyClicks(search, QStringLiteral(" zebra"));
    QCOMPARE(idsShown(), QStringList());
    auto *status = child<QLabel>(QStringLiteral("sopStatusLabel"));
    QVERIFY2(status->text().contains(QStringLiteral("No SOP matches")), qPrintable(status->text()));
}

void TestSopsPage::tableOfContentsScrollsToTheHeading()
{
    QVERIFY(m_page->showSop(damaged));
    ui::SopReaderView *reader = m_page->reader();
    const QStringList headings = reader->headings();
    QVERIFY2(headings.contains(QStringLiteral("3. Report the issue")),
             qPrintable(headings.join(u'|')));
    QCOMPARE(headings.constFirst(), QStringLiteral("Reporting damaged goods"));

    QTreeWidget *toc = reader->tableOfContents();
    const auto found = toc->findItems(QStringLiteral("6. Store manager: write it off"),
                                      Qt::MatchExactly | Qt::MatchRecursive);
    QCOMPARE(found.size(), 1);
    QTextBrowser *browser = reader->browser();
    QCOMPARE(browser->verticalScrollBar()->value(), 0);
    toc->scrollToItem(found.constFirst());
    const QRect rect = toc->visualItemRect(found.constFirst());
    QTest::mouseClick(toc->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(browser->textCursor().block().text(),
             QStringLiteral("6. Store manager: write it off"));
    QVERIFY2(browser->verticalScrollBar()->value() > 0,
             qPrintable(QString::number(browser->verticalScrollBar()->value())));

    // Back to the top with the keyboard.
    toc->setFocus();
    QTest::keyClick(toc, Qt::Key_Home);
    QCOMPARE(browser->textCursor().block().text(), QStringLiteral("Reporting damaged goods"));
    QCOMPARE(browser->verticalScrollBar()->value(), 0);
}

void TestSopsPage::historyShowsTheChangedLine()
{
    QFile file(QStringLiteral(STOCKROOM_SOURCE_DIR "/resources/sops/report-damaged-goods.md"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QString text = QString::fromUtf8(file.readAll());
    QVERIFY(text.contains(oldLine));
    text.replace(QStringLiteral("version: 1"), QStringLiteral("version: 2"));
    text.replace(oldLine, newLine);
    m_f->clockMs += 86'400'000;
    QString error;
    QVERIFY2(m_sops->importDocuments({{QStringLiteral("v2.md"), text.toUtf8()}}, &error),
             qPrintable(error));
    m_page->reload();
    QVERIFY(m_page->showSop(damaged));
    QCOMPARE(m_page->currentVersion(), 2);

    ui::SopDiffView *diff = m_page->diffView();
    auto *from = diff->findChild<QComboBox *>(QStringLiteral("fromVersionComboBox"));
    auto *to = diff->findChild<QComboBox *>(QStringLiteral("toVersionComboBox"));
    QCOMPARE(from->currentData().toInt(), 1);
    QCOMPARE(to->currentData().toInt(), 2);
    auto *summary = diff->findChild<QLabel *>(QStringLiteral("diffSummaryLabel"));
    QVERIFY2(summary->text().contains(QStringLiteral("From version 1 to version 2")),
             qPrintable(summary->text()));

    QTextDocument *document = diff->browser()->document();
    const auto cellColour = [document](const QString &text) -> QString {
        const QTextCursor cursor = document->find(text);
        if (cursor.isNull() || !cursor.currentTable())
            return QStringLiteral("(not in a table cell)");
        const QBrush brush = cursor.currentTable()->cellAt(cursor).format().background();
        return brush.style() == Qt::NoBrush ? QStringLiteral("none") : brush.color().name();
    };
    QCOMPARE(cellColour(newLine), QString(ui::SopDiffView::addedBackground));
    QCOMPARE(cellColour(oldLine), QString(ui::SopDiffView::removedBackground));
    // Unchanged context stays uncoloured; the far end of the document is folded away.
    QCOMPARE(cellColour(QStringLiteral("the date and your name")), QStringLiteral("none"));
    QVERIFY(document->find(QStringLiteral("stockroom-cli discrepancies resolve")).isNull());
    QVERIFY2(document->toPlainText().contains(QStringLiteral("unchanged line")),
             qPrintable(document->toPlainText()));

    // An older version can be read but not acknowledged.
    diff->compare(2, 1);
    auto *readButton = diff->findChild<QPushButton *>(QStringLiteral("readVersionButton"));
    QTest::mouseClick(readButton, Qt::LeftButton);
    QCOMPARE(m_page->currentVersion(), 1);
    auto *ack = m_page->reader()->findChild<QPushButton *>(QStringLiteral("acknowledgeButton"));
    QVERIFY(!ack->isEnabled());
    auto *why = m_page->reader()->findChild<QLabel *>(QStringLiteral("acknowledgeStateLabel"));
    QVERIFY2(why->text().contains(QStringLiteral("only the latest version (2)")),
             qPrintable(why->text()));
}

void TestSopsPage::acknowledgeRecordsAndShrinksToRead()
{
    QSignalSpy toRead(m_page.get(), &SopsPage::toReadChanged);
    QSignalSpy recorded(m_page.get(), &SopsPage::acknowledgementRecorded);
    m_page->setRole(QStringLiteral("staff"));
    QCOMPARE(m_page->toReadCount(), 6);
    QVERIFY(!toRead.isEmpty());
    QCOMPARE(toRead.constLast().at(0).toInt(), 6);
    QVERIFY(child<QFrame>(QStringLiteral("toReadBannerFrame"))->isVisible());

    QVERIFY(m_page->showSop(damaged));
    auto *ack = m_page->reader()->findChild<QPushButton *>(QStringLiteral("acknowledgeButton"));
    QVERIFY(ack->isEnabled());
    const int row = m_table->model()
                        ->index(0, 0)
                        .model()
                        ->match(m_table->model()->index(0, 0), SopListModel::IdRole, damaged)
                        .constFirst()
                        .row();
    QCOMPARE(m_table->model()->index(row, SopListModel::StatusColumn).data().toString(),
             QStringLiteral("To read"));
    QTest::mouseClick(ack, Qt::LeftButton);

    const auto acks = m_sops->whoAcknowledged(damaged, 1);
    QCOMPARE(acks.size(), 1);
    QCOMPARE(acks.constFirst().user, QStringLiteral("maria"));
    QCOMPARE(recorded.size(), 1);
    QCOMPARE(m_page->toReadCount(), 5);
    QCOMPARE(toRead.constLast().at(0).toInt(), 5);
    QCOMPARE(m_sops->toRead(QStringLiteral("maria"), QStringLiteral("staff")).size(), 5);
    QVERIFY(!ack->isEnabled());
    QCOMPARE(ack->text(), QStringLiteral("Already Read"));
    auto *why = m_page->reader()->findChild<QLabel *>(QStringLiteral("acknowledgeStateLabel"));
    QVERIFY2(why->text().startsWith(QStringLiteral("You acknowledged version 1")),
             qPrintable(why->text()));
    QCOMPARE(m_table->model()->index(row, SopListModel::StatusColumn).data().toString(),
             QStringLiteral("Read"));
    auto *banner = child<QLabel>(QStringLiteral("toReadLabel"));
    QVERIFY2(!banner->text().contains(QStringLiteral("sop:report-damaged-goods")),
             qPrintable(banner->text()));
}

void TestSopsPage::bannerOpensTheSopToRead()
{
    m_page->setRole(QStringLiteral("ecommerce"));
    auto *banner = child<QLabel>(QStringLiteral("toReadLabel"));
    QVERIFY2(banner->text().contains(QStringLiteral("sop:online-order-unavailable")),
             qPrintable(banner->text()));
    Q_EMIT banner->linkActivated(QStringLiteral("sop:resolve-discrepancy"));
    QCOMPARE(m_page->currentId(), QStringLiteral("resolve-discrepancy"));
    auto *first = child<QPushButton>(QStringLiteral("readFirstButton"));
    QTest::mouseClick(first, Qt::LeftButton);
    const QString firstToRead = m_sops->toRead(QStringLiteral("maria"), QStringLiteral("ecommerce"))
                                    .constFirst()
                                    .document.id;
    QCOMPARE(m_page->currentId(), firstToRead);
    QCOMPARE(child<QTabWidget>(QStringLiteral("sopTabWidget"))->currentIndex(), 0);
}

SopWalkthroughDialog *TestSopsPage::openWalkthrough()
{
    m_page->setRole(QStringLiteral("trainer"));
    if (!m_page->showSop(damaged))
        return nullptr;
    auto *button = m_page->reader()->findChild<QPushButton *>(QStringLiteral("walkthroughButton"));
    if (!button || !button->isVisible())
        return nullptr;
    QTest::mouseClick(button, Qt::LeftButton);
    auto *dialog = m_page->findChild<SopWalkthroughDialog *>();
    return dialog && QTest::qWaitForWindowExposed(dialog) ? dialog : nullptr;
}

void TestSopsPage::walkToForm(SopWalkthroughDialog *dialog)
{
    auto *next = dialog->findChild<QPushButton *>(QStringLiteral("nextButton"));
    for (int step = 0; step < dialog->stepCount(); ++step) {
        QCOMPARE(dialog->currentPage(), step);
        QWidget *page = dialog->findChild<QWidget *>(QStringLiteral("stepPage%1").arg(step + 1));
        QVERIFY(page);
        const auto boxes = page->findChildren<QCheckBox *>(QStringLiteral("checklistCheckBox"));
        QVERIFY(!boxes.isEmpty());
        for (QCheckBox *box : boxes) {
            clickIndicator(box);
            QVERIFY2(box->isChecked(), qPrintable(box->text()));
        }
        if (step == 1) {
            auto *notes = page->findChild<QPlainTextEdit *>(QStringLiteral("stepNotesEdit"));
            QTest::keyClicks(notes, QStringLiteral("Scanned the wrong size first"));
        }
        QTest::mouseClick(next, Qt::LeftButton);
    }
    QVERIFY(dialog->onRecordForm());
}

void TestSopsPage::walkthroughRecordsOneTrainingSession()
{
    SopWalkthroughDialog *dialog = openWalkthrough();
    QVERIFY(dialog);
    QCOMPARE(dialog->stepCount(), 6);
    auto *title = dialog->findChild<QWidget *>(QStringLiteral("stepPage1"))
                      ->findChild<QLabel *>(QStringLiteral("stepTitleLabel"));
    QCOMPARE(title->text(), QStringLiteral("1. Take the item off the sales floor"));
    QVERIFY(title->font().pointSizeF() > dialog->font().pointSizeF() * 1.5);

    // Back returns to the previous step and keeps what was ticked.
    auto *next = dialog->findChild<QPushButton *>(QStringLiteral("nextButton"));
    auto *back = dialog->findChild<QPushButton *>(QStringLiteral("backButton"));
    QVERIFY(!back->isEnabled());
    QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(dialog->currentPage(), 1);
    QTest::mouseClick(back, Qt::LeftButton);
    QCOMPARE(dialog->currentPage(), 0);

    walkToForm(dialog);
    if (QTest::currentTestFailed())
        return;
    auto *summary = dialog->findChild<QLabel *>(QStringLiteral("checklistSummaryLabel"));
    QVERIFY2(summary->text().startsWith(QStringLiteral("11 of 11 checklist items ticked")),
             qPrintable(summary->text()));
    auto *notes = dialog->findChild<QPlainTextEdit *>(QStringLiteral("sessionNotesEdit"));
    QVERIFY2(notes->toPlainText().contains(QStringLiteral("Scanned the wrong size first")),
             qPrintable(notes->toPlainText()));
    auto *attendees = dialog->findChild<QLineEdit *>(QStringLiteral("attendeesLineEdit"));
    QTest::keyClicks(attendees, QStringLiteral("jonas,  lea ,"));
    if (attendees->completer())
        attendees->completer()->popup()->hide();
    clickIndicator(dialog->findChild<QRadioButton *>(QStringLiteral("needsPracticeRadioButton")));
    QSignalSpy recorded(dialog, &SopWalkthroughDialog::trainingRecorded);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("recordButton")),
                      Qt::LeftButton);
    QCOMPARE(recorded.size(), 1);

    const auto sessions = m_sops->trainingSessions(damaged);
    QCOMPARE(sessions.size(), 1);
    const auto &session = sessions.constFirst();
    QCOMPARE(session.attendees, (QStringList{QStringLiteral("jonas"), QStringLiteral("lea")}));
    QCOMPARE(session.outcome, replica::TrainingOutcome::NeedsPractice);
    QCOMPARE(session.trainer, QStringLiteral("maria"));
    QCOMPARE(session.version, 1);
    QVERIFY2(session.notes.contains(QStringLiteral("Scanned the wrong size first")),
             qPrintable(session.notes));
    QTRY_VERIFY(!m_page->findChild<SopWalkthroughDialog *>());
    auto *status = child<QLabel>(QStringLiteral("sopStatusLabel"));
    QVERIFY2(status->text().contains(QStringLiteral("recorded")), qPrintable(status->text()));
}

void TestSopsPage::walkthroughRefusesAnEmptyAttendeeList()
{
    SopWalkthroughDialog *dialog = openWalkthrough();
    QVERIFY(dialog);
    walkToForm(dialog);
    if (QTest::currentTestFailed())
        return;
    auto *record = dialog->findChild<QPushButton *>(QStringLiteral("recordButton"));
    auto *validation = dialog->findChild<QLabel *>(QStringLiteral("validationLabel"));
    auto *attendees = dialog->findChild<QLineEdit *>(QStringLiteral("attendeesLineEdit"));
    QTest::keyClicks(attendees, QStringLiteral(" , ,"));
    clickIndicator(dialog->findChild<QRadioButton *>(QStringLiteral("passedRadioButton")));
    QTest::mouseClick(record, Qt::LeftButton);
    QVERIFY(validation->isVisible());
    QVERIFY2(validation->text().contains(QStringLiteral("at least one attendee")),
             qPrintable(validation->text()));
    QVERIFY(dialog->isVisible());
    QCOMPARE(m_sops->trainingSessions(damaged).size(), 0);

    // Named twice: the service's rule, shown the same way.
    attendees->setText(QStringLiteral("lea, lea"));
    QTest::mouseClick(record, Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QVERIFY2(!validation->text().contains(QStringLiteral("at least one attendee"))
                 && !validation->text().isEmpty(),
             qPrintable(validation->text()));
    QCOMPARE(m_sops->trainingSessions(damaged).size(), 0);
}

void TestSopsPage::walkthroughCompletesKnownNames()
{
    QString error;
    QVERIFY2(m_sops->recordTraining(QStringLiteral("cycle-count"), 0, QStringLiteral("maria"),
                                    {QStringLiteral("priya")}, replica::TrainingOutcome::Passed, {},
                                    &error),
             qPrintable(error));
    SopWalkthroughDialog *dialog = openWalkthrough();
    QVERIFY(dialog);
    walkToForm(dialog);
    if (QTest::currentTestFailed())
        return;
    auto *attendees = dialog->findChild<QLineEdit *>(QStringLiteral("attendeesLineEdit"));
    QCompleter *completer = attendees->completer();
    QVERIFY(completer);
    QTest::keyClicks(attendees, QStringLiteral("jonas, pr"));
    QCOMPARE(completer->currentCompletion(), QStringLiteral("jonas, priya"));
    completer->popup()->hide();
}

void TestSopsPage::walkthroughOnlyForRolesThatTrain()
{
    QVERIFY(m_page->showSop(damaged));
    auto *button = m_page->reader()->findChild<QPushButton *>(QStringLiteral("walkthroughButton"));
    m_page->setRole(QStringLiteral("staff"));
    QVERIFY(!button->isVisible());
    m_page->setRole(QStringLiteral("store_manager"));
    QVERIFY(button->isVisible());
}

void TestSopsPage::ackPanelOfflineShowsWhatTheReplicaKnows()
{
    auto *tabs = child<QTabWidget>(QStringLiteral("sopTabWidget"));
    const int tab = tabs->indexOf(m_page->ackPanel());
    m_page->setRole(QStringLiteral("staff"));
    QVERIFY(!tabs->isTabVisible(tab));
    QString error;
    QVERIFY2(m_sops->acknowledge(damaged, 0, &error), qPrintable(error));
    m_page->setRole(QStringLiteral("store_manager"));
    QVERIFY(tabs->isTabVisible(tab));
    QVERIFY(m_page->showSop(damaged));
    tabs->setCurrentIndex(tab);
    auto *acknowledged
        = m_page->ackPanel()->findChild<QTreeWidget *>(QStringLiteral("acknowledgedTreeWidget"));
    QCOMPARE(acknowledged->topLevelItemCount(), 1);
    QCOMPARE(acknowledged->topLevelItem(0)->text(0), QStringLiteral("maria"));
    auto *note = m_page->ackPanel()->findChild<QLabel *>(QStringLiteral("pendingNoteLabel"));
    QVERIFY(note->isVisible());
    QVERIFY2(note->text().contains(QStringLiteral("connect")), qPrintable(note->text()));
    QVERIFY(!m_page->ackPanel()
                 ->findChild<QTreeWidget *>(QStringLiteral("pendingTreeWidget"))
                 ->isVisible());
}

void TestSopsPage::ackPanelShowsCentralAnswer()
{
    QStringList asked;
    m_page->setAckStatusSource([&asked](const QString &id, int version,
                                        std::function<void(const domain::SopAckStatus &)> done) {
        asked.append(QStringLiteral("%1@%2").arg(id).arg(version));
        domain::SopAckStatus status;
        status.fromCentral = true;
        status.asOf = QStringLiteral("10:42");
        status.acknowledged.append({QStringLiteral("jonas"), 1764500000000LL});
        status.pending.append({QStringLiteral("lea"), QStringLiteral("staff")});
        status.pending.append({QStringLiteral("tom"), QStringLiteral("store_manager")});
        QTimer::singleShot(0, [done, status] { done(status); });
    });
    m_page->setRole(QStringLiteral("trainer"));
    QVERIFY(m_page->showSop(damaged));
    auto *tabs = child<QTabWidget>(QStringLiteral("sopTabWidget"));
    // Not asked while the panel is behind the reader.
    QVERIFY2(asked.isEmpty(), qPrintable(asked.join(u',')));
    tabs->setCurrentWidget(m_page->ackPanel());
    QVERIFY2(asked.contains(damaged + QStringLiteral("@1")), qPrintable(asked.join(u',')));
    auto *pending
        = m_page->ackPanel()->findChild<QTreeWidget *>(QStringLiteral("pendingTreeWidget"));
    QTRY_COMPARE(pending->topLevelItemCount(), 2);
    QCOMPARE(pending->topLevelItem(0)->text(0), QStringLiteral("lea"));
    QCOMPARE(pending->topLevelItem(1)->text(1), QStringLiteral("Store manager"));
    QVERIFY(pending->isVisible());
    auto *source = m_page->ackPanel()->findChild<QLabel *>(QStringLiteral("ackSourceLabel"));
    QVERIFY2(source->text().contains(QStringLiteral("10:42")), qPrintable(source->text()));

    // A failed request falls back to the replica's acknowledgements and says why.
    m_page->setAckStatusSource(
        [](const QString &, int, std::function<void(const domain::SopAckStatus &)> done) {
            domain::SopAckStatus status;
            status.error = QStringLiteral("the server did not answer");
            done(status);
        });
    QVERIFY2(source->text().contains(QStringLiteral("the server did not answer")),
             qPrintable(source->text()));
    QVERIFY(!pending->isVisible());
}

void TestSopsPage::exportsPdf()
{
    QVERIFY(m_page->showSop(damaged));
    const QString path = m_f->dir.filePath(QStringLiteral("damaged.pdf"));
    QString error;
    QVERIFY2(m_page->reader()->writePdf(path, &error), qPrintable(error));
    QFile pdf(path);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QCOMPARE(pdf.read(5), QByteArray("%PDF-"));
    QVERIFY(pdf.size() > 1000);
}

void TestSopsPage::statisticsRankSopsByLinkedDiscrepancies()
{
    replica::DiscrepancyService queue(*m_f->service, [this] { return m_f->clockMs; });
    QString error;
    QVERIFY2(m_f->service->setHomeLocation(QStringLiteral("S01"), &error), qPrintable(error));
    QVERIFY2(
        queue.report(
            {QStringLiteral("S01"), QStringLiteral("RUN-001"), QStringLiteral("damaged"), 1, {}},
            &error),
        qPrintable(error));
    m_page->setDiscrepancyService(&queue);
    m_page->setRole(QStringLiteral("staff"));
    auto *tabs = child<QTabWidget>(QStringLiteral("sopTabWidget"));
    QVERIFY(!tabs->isTabVisible(tabs->indexOf(m_page->statisticsView())));
    m_page->setRole(QStringLiteral("trainer"));
    QVERIFY(tabs->isTabVisible(tabs->indexOf(m_page->statisticsView())));
    QTableWidget *table = m_page->statisticsView()->table();
    QCOMPARE(table->rowCount(), 2); // a staff report: damaged goods, and resolving discrepancies
    QCOMPARE(table->item(0, 0)->data(Qt::UserRole).toString(), damaged);
    QCOMPARE(table->item(0, 1)->text(), QStringLiteral("1"));
    m_page->setDiscrepancyService(nullptr);
}

void TestSopsPage::mainWindowBadgeAndDiscrepancyLinks()
{
    m_page.reset();
    m_tester.reset();
    QSettings settings(m_f->dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    replica::DiscrepancyService queue(*m_f->service, [this] { return m_f->clockMs; });
    ui::MainWindow window(&settings);
    auto *discrepancies = new ui::DiscrepanciesPage(*m_f->service, queue);
    window.setPage(ui::PageId::Discrepancies, discrepancies);
    SopsPage *page = installSopsPage(window, *m_sops, queue, discrepancies);
    QCOMPARE(window.page(ui::PageId::Sops), page);
    window.show();
    auto *navigation = window.findChild<ui::NavigationPane *>();
    QVERIFY(navigation);
    QCOMPARE(navigation->badge(ui::PageId::Sops), 8); // not signed in: every SOP
    QCOMPARE(navigation->item(int(ui::allPages().indexOf(ui::PageId::Sops)))->text(),
             QStringLiteral("SOPs (8)"));
    window.setSignedIn(QStringLiteral("https://central"), QStringLiteral("maria"),
                       QStringLiteral("ecommerce"), {});
    QCOMPARE(navigation->badge(ui::PageId::Sops), 2);

    Q_EMIT discrepancies->procedureRequested(damaged);
    QCOMPARE(window.currentPage(), ui::PageId::Sops);
    QCOMPARE(page->currentId(), damaged);

    QString error;
    QVERIFY2(m_sops->acknowledge(QStringLiteral("resolve-discrepancy"), 0, &error),
             qPrintable(error));
    page->refreshToRead(); // as the sync wiring does after a sync
    QCOMPARE(navigation->badge(ui::PageId::Sops), 1);
}

QTEST_MAIN(TestSopsPage)
#include "tst_sopspage.moc"
