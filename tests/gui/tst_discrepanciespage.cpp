#include "discrepanciespage.h"
#include "discrepancyactiondialog.h"
#include "discrepancylog.h"
#include "discrepancyservice.h"
#include "discrepancytablemodel.h"
#include "discrepancytimelinemodel.h"
#include "inventorypage.h"
#include "mainwindow.h"
#include "replicafixture.h"
#include "reportissuedialog.h"
#include "sopservice.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QToolButton>

using namespace stockroom;
using domain::DiscrepancyStatus;
using item::DiscrepancyTableModel;
using item::DiscrepancyTimelineModel;
using ui::DiscrepanciesPage;
using ui::DiscrepancyActionDialog;

namespace {

const QString s01 = QStringLiteral("S01");
const QString runner = QStringLiteral("RUN-001");
const QString ball = QStringLiteral("FTB-010");
const QString bottle = QStringLiteral("OUT-100");

/** The page's actions: the button's name, the one-key shortcut, the domain event. */
struct ActionKey
{
    const char *button;
    Qt::Key key;
};

ActionKey actionKey(const QString &name)
{
    static const QHash<QString, ActionKey> keys{
        {QStringLiteral("acknowledge"), {"acknowledgeButton", Qt::Key_A}},
        {QStringLiteral("assign"), {"assignButton", Qt::Key_S}},
        {QStringLiteral("comment"), {"commentButton", Qt::Key_C}},
        {QStringLiteral("recount"), {"recountButton", Qt::Key_K}},
        {QStringLiteral("resolve"), {"resolveButton", Qt::Key_R}},
        {QStringLiteral("dismiss"), {"dismissButton", Qt::Key_D}},
        {QStringLiteral("reopen"), {"reopenButton", Qt::Key_O}},
        {QStringLiteral("priority"), {"priorityButton", Qt::Key_P}},
    };
    return keys.value(name);
}

const QStringList &actionNames()
{
    static const QStringList names{QStringLiteral("acknowledge"), QStringLiteral("assign"),
                                   QStringLiteral("comment"),     QStringLiteral("recount"),
                                   QStringLiteral("resolve"),     QStringLiteral("dismiss"),
                                   QStringLiteral("reopen"),      QStringLiteral("priority")};
    return names;
}

} // namespace

/** The Discrepancies page and "Report an issue" on a real replica, driven through widgets. */
class TestDiscrepanciesPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void layoutHasItsWidgets();
    void tableShowsTheQueueMostSevereFirst();
    void filters();
    void ctrlFReachesTheFilterBar();
    void buttonsFollowTheState_data();
    void buttonsFollowTheState();
    void directActions_data();
    void directActions();
    void dialogActions_data();
    void dialogActions();
    void dialogsShowTheRefusal_data();
    void dialogsShowTheRefusal();
    void resolveWriteOffPostsTheAdjustment();
    void timelineMarksEventsThatDidNotCount();
    void reloadKeepsTheSelection();
    void enterOpensTheDetail();
    void rolesDecideWhatIsOfferedAndFirst();
    void reportFromInventoryPageAppearsInTheQueue();
    void reportRefusalIsShownInTheDialog();
    void mainWindowHostsThePage();
    void governingSopsAreOneClickAway();

private:
    QUuid report(const QString &location, const QString &sku, const QString &category,
                 qint64 quantity);
    bool select(const QUuid &id);
    bool focusTable();
    void trigger(const QString &action, bool byShortcut);
    DiscrepancyActionDialog *waitForDialog();
    QStringList skusShown() const;
    QStringList timelineKinds() const;
    template<typename T>
    T *child(const QString &name) const
    {
        return m_page->findChild<T *>(name);
    }

    std::unique_ptr<ReplicaFixture> m_f;
    std::unique_ptr<replica::DiscrepancyService> m_queue;
    std::unique_ptr<DiscrepanciesPage> m_page;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
    QTableView *m_table = nullptr;
    QUuid m_damaged; // RUN-001 at S01, 2 units, medium
    QUuid m_missing; // FTB-010 at S02, 1 unit, low
    QUuid m_online;  // OUT-100 at WEB, 1 unit, low
};

void TestDiscrepanciesPage::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestDiscrepanciesPage::init()
{
    m_f = std::make_unique<ReplicaFixture>();
    QVERIFY(m_f->open());
    QVERIFY(m_f->seed());
    QString error;
    QVERIFY2(m_f->service->addLocation({QStringLiteral("WEB"), QStringLiteral("Web shop"),
                                        domain::Location::Kind::Online},
                                       true, &error),
             qPrintable(error));
    QVERIFY2(m_f->service->setHomeLocation(s01, &error), qPrintable(error));
    replica::RecordRequest receipt;
    receipt.kind = domain::MovementKind::Receipt;
    receipt.product = runner;
    receipt.quantity = 10;
    receipt.location = s01;
    QVERIFY(m_f->service->record(receipt).ok());
    m_queue = std::make_unique<replica::DiscrepancyService>(*m_f->service);

    m_damaged = report(s01, runner, QStringLiteral("damaged"), 2);
    m_f->clockMs += 60'000;
    m_missing = report(QStringLiteral("S02"), ball, QStringLiteral("missing"), 1);
    m_f->clockMs += 60'000;
    m_online = report(QStringLiteral("WEB"), bottle, QStringLiteral("other"), 1);
    QVERIFY(!m_damaged.isNull() && !m_missing.isNull() && !m_online.isNull());
    m_f->clockMs += 60'000;

    m_page = std::make_unique<DiscrepanciesPage>(*m_f->service, *m_queue);
    m_page->resize(1300, 760);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    m_table = child<QTableView>(QStringLiteral("discrepancyTableView"));
    QVERIFY(m_table);
    const auto mode = QAbstractItemModelTester::FailureReportingMode::QtTest;
    m_testers.push_back(std::make_unique<QAbstractItemModelTester>(m_table->model(), mode));
    auto *timeline = child<QTableView>(QStringLiteral("timelineTableView"));
    QVERIFY(timeline);
    m_testers.push_back(std::make_unique<QAbstractItemModelTester>(timeline->model(), mode));
}

void TestDiscrepanciesPage::cleanup()
{
    m_testers.clear();
    m_page.reset();
    m_queue.reset();
    m_f.reset();
}

QUuid TestDiscrepanciesPage::report(const QString &location, const QString &sku,
                                    const QString &category, qint64 quantity)
{
    QString error;
    const auto id = m_queue->report({location, sku, category, quantity, {}}, &error);
    if (!id)
        qWarning("report: %s", qPrintable(error));
    return id.value_or(QUuid());
}

bool TestDiscrepanciesPage::select(const QUuid &id)
{
    const QAbstractItemModel *model = m_table->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (index.data(DiscrepancyTableModel::IdRole).toString()
            == id.toString(QUuid::WithoutBraces)) {
            m_table->setCurrentIndex(index);
            return m_page->currentId() == id;
        }
    }
    return false;
}

bool TestDiscrepanciesPage::focusTable()
{
    m_page->activateWindow();
    if (!QTest::qWaitForWindowActive(m_page.get()))
        return false;
    m_table->setFocus();
    return m_table->hasFocus();
}

void TestDiscrepanciesPage::trigger(const QString &action, bool byShortcut)
{
    const ActionKey key = actionKey(action);
    if (byShortcut) {
        QVERIFY(focusTable());
        QTest::keyClick(m_table, key.key);
    } else {
        auto *button = child<QToolButton>(QLatin1StringView(key.button));
        QVERIFY(button);
        QVERIFY2(button->isEnabled(), qPrintable(button->toolTip()));
        QTest::mouseClick(button, Qt::LeftButton);
    }
}

DiscrepancyActionDialog *TestDiscrepanciesPage::waitForDialog()
{
    DiscrepancyActionDialog *dialog = nullptr;
    const bool shown = QTest::qWaitFor(
        [&] {
            for (auto *candidate : m_page->findChildren<DiscrepancyActionDialog *>()) {
                if (candidate->isVisible())
                    dialog = candidate;
            }
            return dialog != nullptr;
        },
        500);
    if (!shown || !QTest::qWaitForWindowExposed(dialog))
        return nullptr;
    return dialog;
}

QStringList TestDiscrepanciesPage::skusShown() const
{
    QStringList skus;
    const QAbstractItemModel *model = m_table->model();
    for (int row = 0; row < model->rowCount(); ++row)
        skus.append(model->index(row, DiscrepancyTableModel::SkuColumn).data().toString());
    return skus;
}

QStringList TestDiscrepanciesPage::timelineKinds() const
{
    QStringList kinds;
    const QAbstractItemModel *model
        = child<QTableView>(QStringLiteral("timelineTableView"))->model();
    for (int row = 0; row < model->rowCount(); ++row)
        kinds.append(model->index(row, 0).data(DiscrepancyTimelineModel::KindRole).toString());
    return kinds;
}

void TestDiscrepanciesPage::layoutHasItsWidgets()
{
    for (const char *name : {"statusFilterComboBox", "typeFilterComboBox", "locationFilterComboBox",
                             "assigneeFilterComboBox"})
        QVERIFY2(child<QComboBox>(QLatin1StringView(name)), name);
    QVERIFY(child<QCheckBox>(QStringLiteral("overdueCheckBox")));
    QVERIFY(child<QCheckBox>(QStringLiteral("ecommerceFirstCheckBox")));
    QVERIFY(child<QLineEdit>(QStringLiteral("discrepancySearchLineEdit")));
    QVERIFY(child<QLabel>(QStringLiteral("detailPlaceholderLabel"))->isVisible());
    QVERIFY(m_table->isSortingEnabled());
    // Beside the navigation in the main window's default 1100 pixels.
    QVERIFY2(m_page->minimumSizeHint().width() <= 900,
             qPrintable(QString::number(m_page->minimumSizeHint().width())));
    QCOMPARE(m_page->currentId(), QUuid());
    for (const QString &action : actionNames()) {
        auto *button = child<QToolButton>(QLatin1StringView(actionKey(action).button));
        QVERIFY2(button, qPrintable(action));
        QVERIFY(!button->isEnabled());
        QCOMPARE(button->toolTip(), QStringLiteral("Select a discrepancy first."));
        QVERIFY(!button->text().isEmpty());
    }
}

void TestDiscrepanciesPage::tableShowsTheQueueMostSevereFirst()
{
    // Priorities from value: RUN-001 2 × 45.00 medium; the others low, newest first.
    QCOMPARE(skusShown(), (QStringList{runner, bottle, ball}));
    const QAbstractItemModel *model = m_table->model();
    QCOMPARE(model->index(0, DiscrepancyTableModel::PriorityColumn).data().toString(),
             QStringLiteral("Medium"));
    QCOMPARE(model->index(0, DiscrepancyTableModel::TypeColumn).data().toString(),
             QStringLiteral("Staff report: Damaged goods"));
    QCOMPARE(model->index(0, DiscrepancyTableModel::VarianceUnitsColumn).data().toString(),
             QStringLiteral("-2"));
    QCOMPARE(model->index(0, DiscrepancyTableModel::VarianceValueColumn).data().toString(),
             QStringLiteral("-90.00"));
    QCOMPARE(model->index(0, DiscrepancyTableModel::SlaColumn).data().toString(),
             QStringLiteral("57 min left"));
    QCOMPARE(child<QLabel>(QStringLiteral("discrepancyCountLabel"))->text(),
             QStringLiteral("3 discrepancy(ies)"));
}

void TestDiscrepanciesPage::filters()
{
    auto *status = child<QComboBox>(QStringLiteral("statusFilterComboBox"));
    auto *location = child<QComboBox>(QStringLiteral("locationFilterComboBox"));
    auto *type = child<QComboBox>(QStringLiteral("typeFilterComboBox"));
    auto *assignee = child<QComboBox>(QStringLiteral("assigneeFilterComboBox"));
    auto *overdue = child<QCheckBox>(QStringLiteral("overdueCheckBox"));
    auto *search = child<QLineEdit>(QStringLiteral("discrepancySearchLineEdit"));
    QString error;
    QVERIFY(m_queue->dismiss(m_missing, QStringLiteral("found it"), &error));
    QVERIFY(m_queue->assign(m_damaged, QStringLiteral("luis"), &error));
    m_page->reload();
    QCOMPARE(status->currentText(), QStringLiteral("Not closed"));
    QCOMPARE(skusShown(), (QStringList{runner, bottle}));

    status->setCurrentIndex(status->findText(QStringLiteral("All statuses")));
    QCOMPARE(skusShown(), (QStringList{runner, bottle, ball}));
    status->setCurrentIndex(status->findText(QStringLiteral("Dismissed")));
    QCOMPARE(skusShown(), QStringList{ball});
    QCOMPARE(child<QLabel>(QStringLiteral("discrepancyCountLabel"))->text(),
             QStringLiteral("1 of 3 discrepancies"));
    status->setCurrentIndex(status->findText(QStringLiteral("All statuses")));

    location->setCurrentIndex(location->findData(QStringLiteral("WEB")));
    QCOMPARE(location->currentText(), QStringLiteral("WEB — Web shop"));
    QCOMPARE(skusShown(), QStringList{bottle});
    location->setCurrentIndex(0);

    type->setCurrentIndex(type->findText(QStringLiteral("Oversell")));
    QCOMPARE(skusShown(), QStringList());
    type->setCurrentIndex(type->findText(QStringLiteral("Staff report")));
    QCOMPARE(skusShown().size(), 3);
    type->setCurrentIndex(0);

    QCOMPARE(assignee->findText(QStringLiteral("luis")), 2);
    assignee->setCurrentIndex(assignee->findText(QStringLiteral("luis")));
    QCOMPARE(skusShown(), QStringList{runner});
    assignee->setCurrentIndex(assignee->findText(QStringLiteral("Unassigned")));
    QCOMPARE(skusShown(), (QStringList{bottle, ball}));
    assignee->setCurrentIndex(0);

    // Two hours on nobody has answered OUT-100; RUN-001 (assigned) and FTB-010 (dismissed) were.
    m_f->clockMs += 2 * 3600'000;
    m_page->reload();
    QTest::mouseClick(overdue, Qt::LeftButton);
    QVERIFY(overdue->isChecked());
    QCOMPARE(skusShown(), QStringList{bottle});
    QTest::mouseClick(overdue, Qt::LeftButton);

    QTest::keyClicks(search, QStringLiteral("ftb"));
    QCOMPARE(skusShown(), QStringList{ball});
    search->clear();
    QCOMPARE(skusShown().size(), 3);
}

void TestDiscrepanciesPage::ctrlFReachesTheFilterBar()
{
    QVERIFY(focusTable());
    QTest::keyClick(m_table, Qt::Key_F, Qt::ControlModifier);
    auto *search = child<QLineEdit>(QStringLiteral("discrepancySearchLineEdit"));
    QTRY_COMPARE(QApplication::focusWidget(), search);
    // Typing there is typing, not a shortcut: "a" does not acknowledge anything.
    QVERIFY(select(m_damaged));
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("ra"));
    QCOMPARE(search->text(), QStringLiteral("ra"));
    QCOMPARE(m_queue->get(m_damaged)->status, DiscrepancyStatus::Open);
    // Tab walks on to the status filter.
    QTest::keyClick(search, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), child<QComboBox>(QStringLiteral("statusFilterComboBox")));
}

void TestDiscrepanciesPage::buttonsFollowTheState_data()
{
    QTest::addColumn<QString>("before"); // what is done to RUN-001's report first
    QTest::addColumn<QStringList>("enabled");
    QTest::addColumn<QString>("acknowledgeTip"); // a part of the acknowledge button's tooltip
    QTest::addColumn<QString>("reopenTip");
    const QStringList allButReopen{QStringLiteral("acknowledge"), QStringLiteral("assign"),
                                   QStringLiteral("comment"),     QStringLiteral("recount"),
                                   QStringLiteral("resolve"),     QStringLiteral("dismiss"),
                                   QStringLiteral("priority")};
    QTest::newRow("open") << QString() << allButReopen << QStringLiteral("(A)")
                          << QStringLiteral("Only a resolved or dismissed discrepancy can be "
                                            "reopened.");
    QTest::newRow("acknowledged") << QStringLiteral(
        "acknowledge") << QStringList{QStringLiteral("assign"),  QStringLiteral("comment"),
                                      QStringLiteral("recount"), QStringLiteral("resolve"),
                                      QStringLiteral("dismiss"), QStringLiteral("priority")}
                                  << QStringLiteral("This discrepancy is already acknowledged.")
                                  << QStringLiteral("Only a resolved");
    QTest::newRow("dismissed") << QStringLiteral("dismiss")
                               << QStringList{QStringLiteral("comment"), QStringLiteral("reopen"),
                                              QStringLiteral("priority")}
                               << QStringLiteral("This discrepancy is dismissed; reopen it first.")
                               << QStringLiteral("(O)");
}

void TestDiscrepanciesPage::buttonsFollowTheState()
{
    QFETCH(QString, before);
    QFETCH(QStringList, enabled);
    QFETCH(QString, acknowledgeTip);
    QFETCH(QString, reopenTip);
    QString error;
    if (before == QLatin1String("acknowledge"))
        QVERIFY(m_queue->acknowledge(m_damaged, &error));
    else if (before == QLatin1String("dismiss"))
        QVERIFY(m_queue->dismiss(m_damaged, QStringLiteral("display item"), &error));
    m_page->reload();
    if (!before.isEmpty() && before != QLatin1String("acknowledge"))
        child<QComboBox>(QStringLiteral("statusFilterComboBox"))->setCurrentIndex(1);
    QVERIFY(select(m_damaged));
    QStringList actual;
    for (const QString &action : actionNames()) {
        auto *button = child<QToolButton>(QLatin1StringView(actionKey(action).button));
        QVERIFY(!button->toolTip().isEmpty());
        if (button->isEnabled())
            actual.append(action);
    }
    QCOMPARE(actual, enabled);
    const QString ackTip = child<QToolButton>(QStringLiteral("acknowledgeButton"))->toolTip();
    const QString openTip = child<QToolButton>(QStringLiteral("reopenButton"))->toolTip();
    QVERIFY2(ackTip.contains(acknowledgeTip), qPrintable(ackTip));
    QVERIFY2(openTip.contains(reopenTip), qPrintable(openTip));

    // A disabled action's shortcut does nothing.
    const qsizetype events = m_queue->get(m_damaged)->timeline.size();
    if (!enabled.contains(QStringLiteral("acknowledge"))) {
        QVERIFY(focusTable());
        QTest::keyClick(m_table, Qt::Key_A);
        QCOMPARE(m_queue->get(m_damaged)->timeline.size(), events);
    }
}

void TestDiscrepanciesPage::directActions_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<bool>("byShortcut");
    QTest::addColumn<QString>("status");
    QTest::newRow("acknowledge by button")
        << QStringLiteral("acknowledge") << false << QStringLiteral("Acknowledged");
    QTest::newRow("acknowledge by A")
        << QStringLiteral("acknowledge") << true << QStringLiteral("Acknowledged");
    QTest::newRow("recount by button")
        << QStringLiteral("recount") << false << QStringLiteral("Recount requested");
    QTest::newRow("recount by K") << QStringLiteral("recount") << true
                                  << QStringLiteral("Recount requested");
    QTest::newRow("reopen by button")
        << QStringLiteral("reopen") << false << QStringLiteral("Open");
    QTest::newRow("reopen by O") << QStringLiteral("reopen") << true << QStringLiteral("Open");
}

void TestDiscrepanciesPage::directActions()
{
    QFETCH(QString, action);
    QFETCH(bool, byShortcut);
    QFETCH(QString, status);
    QSignalSpy changed(m_page.get(), &DiscrepanciesPage::discrepancyChanged);
    QStringList expectedKinds{QStringLiteral("created")};
    if (action == QLatin1String("reopen")) {
        QString error;
        QVERIFY(m_queue->dismiss(m_damaged, QStringLiteral("display item"), &error));
        m_page->reload();
        child<QComboBox>(QStringLiteral("statusFilterComboBox"))->setCurrentIndex(1);
        expectedKinds.append(QStringLiteral("dismissed"));
    }
    QVERIFY(select(m_damaged));
    m_f->clockMs += 5 * 60'000;
    trigger(action, byShortcut);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.constFirst().constFirst().toUuid(), m_damaged);
    QCOMPARE(m_page->currentId(), m_damaged);
    QCOMPARE(m_table->currentIndex().data(DiscrepancyTableModel::IdRole).toString(),
             m_damaged.toString(QUuid::WithoutBraces));
    QCOMPARE(m_table->model()
                 ->index(m_table->currentIndex().row(), DiscrepancyTableModel::StatusColumn)
                 .data()
                 .toString(),
             status);
    QCOMPARE(child<QLabel>(QStringLiteral("statusValueLabel"))->text(), status);
    expectedKinds.append(action == QLatin1String("acknowledge") ? QStringLiteral("acknowledged")
                         : action == QLatin1String("recount") ? QStringLiteral("recount_requested")
                                                              : QStringLiteral("reopened"));
    QCOMPARE(timelineKinds(), expectedKinds);
    auto *timeline = child<QTableView>(QStringLiteral("timelineTableView"))->model();
    const int last = timeline->rowCount() - 1;
    QCOMPARE(timeline->index(last, DiscrepancyTimelineModel::WhoColumn).data().toString(),
             QStringLiteral("maria"));
    QCOMPARE(timeline->index(last, DiscrepancyTimelineModel::WhenColumn).data(Qt::EditRole),
             QVariant(m_f->clockMs));
    // The same action is not offered twice in a row.
    QVERIFY(!child<QToolButton>(QLatin1StringView(actionKey(action).button))->isEnabled());
}

void TestDiscrepanciesPage::dialogActions_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<bool>("byShortcut");
    for (const char *action : {"assign", "comment", "dismiss", "priority", "resolve"}) {
        const QString name = QLatin1StringView(action);
        QTest::addRow("%s by button", action) << name << false;
        QTest::addRow("%s by shortcut", action) << name << true;
    }
}

void TestDiscrepanciesPage::dialogActions()
{
    QFETCH(QString, action);
    QFETCH(bool, byShortcut);
    QVERIFY(select(m_damaged));
    trigger(action, byShortcut);
    if (QTest::currentTestFailed())
        return;
    QPointer<DiscrepancyActionDialog> dialog = waitForDialog();
    QVERIFY(dialog);
    auto *buttons = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
    QVERIFY(buttons);
    QString kind;
    QString details;
    QString field;
    QString value;
    if (action == QLatin1String("assign")) {
        auto *combo = dialog->findChild<QComboBox *>(QStringLiteral("assigneeComboBox"));
        QVERIFY(combo && combo->isEditable());
        QVERIFY(combo->findText(QStringLiteral("ecommerce")) >= 0);
        combo->lineEdit()->clear();
        QTest::keyClicks(combo->lineEdit(), QStringLiteral("luis"));
        kind = QStringLiteral("assigned");
        details = QStringLiteral("to luis");
        field = QStringLiteral("assigneeValueLabel");
        value = QStringLiteral("luis");
    } else if (action == QLatin1String("comment")) {
        auto *edit = dialog->findChild<QPlainTextEdit *>(QStringLiteral("commentTextEdit"));
        QVERIFY(edit);
        QTest::keyClicks(edit, QStringLiteral("box was wet"));
        kind = QStringLiteral("commented");
        details = QStringLiteral("box was wet");
        field = QStringLiteral("statusValueLabel");
        value = QStringLiteral("Open");
    } else if (action == QLatin1String("dismiss")) {
        auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("dismissReasonLineEdit"));
        QVERIFY(edit);
        QTest::keyClicks(edit, QStringLiteral("display item"));
        kind = QStringLiteral("dismissed");
        details = QStringLiteral("display item");
        field = QStringLiteral("statusValueLabel");
        value = QStringLiteral("Dismissed");
    } else if (action == QLatin1String("priority")) {
        auto *combo = dialog->findChild<QComboBox *>(QStringLiteral("priorityComboBox"));
        QVERIFY(combo);
        QCOMPARE(combo->currentText(), QStringLiteral("Medium"));
        combo->setCurrentIndex(combo->findText(QStringLiteral("Critical")));
        kind = QStringLiteral("priority_set");
        details = QStringLiteral("Critical");
        field = QStringLiteral("priorityValueLabel");
        value = QStringLiteral("Critical");
    } else {
        auto *combo = dialog->findChild<QComboBox *>(QStringLiteral("resolutionComboBox"));
        auto *reason = dialog->findChild<QComboBox *>(QStringLiteral("reasonComboBox"));
        QVERIFY(combo && reason);
        combo->setCurrentIndex(combo->findData(int(domain::ResolutionAction::AcceptSystem)));
        QVERIFY(!reason->isVisible());
        kind = QStringLiteral("resolved");
        details = QStringLiteral("Accept system quantity");
        field = QStringLiteral("statusValueLabel");
        value = QStringLiteral("Resolved");
    }
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QTRY_VERIFY(dialog.isNull());

    QCOMPARE(timelineKinds(), (QStringList{QStringLiteral("created"), kind}));
    auto *timeline = child<QTableView>(QStringLiteral("timelineTableView"))->model();
    QCOMPARE(timeline->index(1, DiscrepancyTimelineModel::DetailsColumn).data().toString(),
             details);
    QCOMPARE(timeline->index(1, DiscrepancyTimelineModel::WhoColumn).data().toString(),
             QStringLiteral("maria"));
    QCOMPARE(child<QLabel>(field)->text(), value);
    QCOMPARE(m_page->currentId(), m_damaged);
    auto *status = child<QLabel>(QStringLiteral("actionStatusLabel"));
    QVERIFY2(status->text().contains(details), qPrintable(status->text()));
    // Closing hides it from the default "not closed" queue; the panel keeps it, and says so.
    const bool closed = kind == QLatin1String("dismissed") || kind == QLatin1String("resolved");
    QCOMPARE(skusShown().contains(runner), !closed);
    QCOMPARE(status->text().contains(QStringLiteral("filters hide it")), closed);
    if (closed)
        QVERIFY(child<QToolButton>(QStringLiteral("reopenButton"))->isEnabled());
}

void TestDiscrepanciesPage::dialogsShowTheRefusal_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("error");
    QTest::newRow("empty comment")
        << QStringLiteral("comment") << QString() << QStringLiteral("A comment cannot be empty.");
    QTest::newRow("dismiss without reason") << QStringLiteral("dismiss") << QStringLiteral("  ")
                                            << QStringLiteral("Say why the discrepancy is "
                                                              "dismissed.");
    QTest::newRow("assign to nobody") << QStringLiteral("assign") << QString()
                                      << QStringLiteral("Choose a person or a role to assign "
                                                        "it to.");
    QTest::newRow("write-off without reason")
        << QStringLiteral("resolve") << QStringLiteral("write_off")
        << QStringLiteral("A write-off needs a reason "
                          "code.");
    QTest::newRow("adjust a report to a count")
        << QStringLiteral("resolve") << QStringLiteral("adjust_to_counted")
        << QStringLiteral("Only a count variance can be adjusted to the counted quantity");
}

void TestDiscrepanciesPage::dialogsShowTheRefusal()
{
    QFETCH(QString, action);
    QFETCH(QString, input);
    QFETCH(QString, error);
    const QByteArray before = m_f->contentDigest();
    QVERIFY(select(m_damaged));
    trigger(action, false);
    QPointer<DiscrepancyActionDialog> dialog = waitForDialog();
    QVERIFY(dialog);
    if (action == QLatin1String("comment")) {
        QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(), input);
    } else if (action == QLatin1String("dismiss")) {
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("dismissReasonLineEdit")),
                         input);
    } else if (action == QLatin1String("assign")) {
        dialog->findChild<QComboBox *>(QStringLiteral("assigneeComboBox"))->lineEdit()->clear();
    } else {
        auto *combo = dialog->findChild<QComboBox *>(QStringLiteral("resolutionComboBox"));
        combo->setCurrentIndex(combo->findData(int(*domain::resolutionActionFromName(input))));
        auto *reason = dialog->findChild<QComboBox *>(QStringLiteral("reasonComboBox"));
        QCOMPARE(reason->isVisible(), input == QLatin1String("write_off"));
        reason->setCurrentIndex(0); // "Choose a reason…"
    }
    auto *buttons = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    auto *label = dialog->findChild<QLabel *>(QStringLiteral("errorLabel"));
    QVERIFY(label->isVisible());
    QVERIFY2(label->text().startsWith(error), qPrintable(label->text()));
    QCOMPARE(dialog->errorText(), label->text());
    QCOMPARE(m_queue->get(m_damaged)->timeline.size(), 1);
    QCOMPARE(m_f->contentDigest(), before);
    dialog->reject();
    QTRY_VERIFY(dialog.isNull());
}

void TestDiscrepanciesPage::resolveWriteOffPostsTheAdjustment()
{
    QSignalSpy stock(m_page.get(), &DiscrepanciesPage::stockChanged);
    QCOMPARE(m_f->service->level(s01, runner)->level.onHand, 10);
    QVERIFY(select(m_damaged));
    trigger(QStringLiteral("resolve"), true);
    QPointer<DiscrepancyActionDialog> dialog = waitForDialog();
    QVERIFY(dialog);
    auto *combo = dialog->findChild<QComboBox *>(QStringLiteral("resolutionComboBox"));
    auto *reason = dialog->findChild<QComboBox *>(QStringLiteral("reasonComboBox"));
    // A damaged-goods report suggests a write-off for damage.
    QCOMPARE(combo->currentData().toInt(), int(domain::ResolutionAction::WriteOff));
    QVERIFY(reason->isVisible());
    QCOMPARE(reason->currentData().toString(), QStringLiteral("damaged"));
    QVERIFY2(dialog->findChild<QLabel *>(QStringLiteral("effectLabel"))
                 ->text()
                 .contains(QStringLiteral("-2")),
             "the dialog says what it will post");
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
    QTRY_VERIFY(dialog.isNull());

    QCOMPARE(m_f->service->level(s01, runner)->level.onHand, 8);
    const auto history = m_f->service->history(s01, runner);
    QCOMPARE(history.constFirst().kind, domain::MovementKind::Adjustment);
    QCOMPARE(history.constFirst().quantity, -2);
    QCOMPARE(history.constFirst().reasonCode, QStringLiteral("damaged"));
    QCOMPARE(stock.count(), 1);
    QCOMPARE(m_queue->get(m_damaged)->status, DiscrepancyStatus::Resolved);
    QCOMPARE(child<QLabel>(QStringLiteral("resolutionValueLabel"))
                 ->text()
                 .section(QStringLiteral(" ("), 0, 0),
             QStringLiteral("Write off · reason: Damaged"));
    QVERIFY(m_f->service->verify().ok());
}

void TestDiscrepanciesPage::timelineMarksEventsThatDidNotCount()
{
    // Another desktop dismissed it offline just before we resolved it: the merge keeps both,
    // the earlier close counts.
    QString error;
    m_f->clockMs += 60'000;
    QVERIFY(m_queue->resolve(m_damaged, domain::ResolutionAction::AcceptSystem, {}, &error));
    domain::DiscrepancyEvent dismissed;
    dismissed.id = QUuid::createUuid();
    dismissed.discrepancy = m_damaged;
    dismissed.kind = domain::DiscrepancyEventKind::Dismissed;
    dismissed.atMs = m_f->clockMs - 1000;
    dismissed.user = QStringLiteral("luis");
    dismissed.device = QStringLiteral("pc-2");
    dismissed.location = s01;
    dismissed.text = QStringLiteral("display item");
    QVERIFY(m_f->db->connection().transaction());
    QVERIFY2(replica::DiscrepancyLog(m_f->db->connection()).append(dismissed, false, &error),
             qPrintable(error));
    QVERIFY(m_f->db->connection().commit());
    m_page->reload();
    QVERIFY(m_page->showDiscrepancy(m_damaged));
    QCOMPARE(timelineKinds(), (QStringList{QStringLiteral("created"), QStringLiteral("dismissed"),
                                           QStringLiteral("resolved")}));
    auto *timeline = child<QTableView>(QStringLiteral("timelineTableView"))->model();
    QCOMPARE(timeline->index(2, DiscrepancyTimelineModel::EventColumn).data().toString(),
             QStringLiteral("Resolved (not applied)"));
    QCOMPARE(timeline->index(2, 0).data(Qt::ToolTipRole).toString(),
             QStringLiteral("Not applied: This discrepancy is already dismissed."));
    QVERIFY(!timeline->index(1, 0).data(DiscrepancyTimelineModel::IgnoredRole).toBool());
    QCOMPARE(child<QLabel>(QStringLiteral("statusValueLabel"))->text(),
             QStringLiteral("Dismissed"));
    QCOMPARE(child<QLabel>(QStringLiteral("timelineTitleLabel"))->text(),
             QStringLiteral("Timeline (3 event(s), 1 not applied)"));
}

void TestDiscrepanciesPage::reloadKeepsTheSelection()
{
    QVERIFY(select(m_missing));
    const int rowBefore = m_table->currentIndex().row();
    // A sync (or a colleague's report) adds a more urgent one above it.
    const QUuid more = report(s01, runner, QStringLiteral("missing"), 200);
    QVERIFY(!more.isNull());
    m_page->reload();
    QCOMPARE(skusShown().size(), 4);
    QCOMPARE(m_table->model()->index(0, 0).data(DiscrepancyTableModel::IdRole).toString(),
             more.toString(QUuid::WithoutBraces));
    QCOMPARE(m_page->currentId(), m_missing);
    QCOMPARE(m_table->currentIndex().row(), rowBefore + 1);
    QCOMPARE(m_table->currentIndex().data(DiscrepancyTableModel::IdRole).toString(),
             m_missing.toString(QUuid::WithoutBraces));
    QVERIFY(m_table->selectionModel()->isRowSelected(m_table->currentIndex().row(), {}));
}

void TestDiscrepanciesPage::enterOpensTheDetail()
{
    QVERIFY(focusTable());
    QTest::keyClick(m_table, Qt::Key_Down);
    QVERIFY(!m_page->currentId().isNull());
    QVERIFY(child<QWidget>(QStringLiteral("discrepancyDetailWidget"))->isVisible());
    QTest::keyClick(m_table, Qt::Key_Return);
    QTRY_COMPARE(QApplication::focusWidget(),
                 static_cast<QWidget *>(child<QTableView>(QStringLiteral("timelineTableView"))));
    // The one-key actions work from the detail too.
    const QUuid id = m_page->currentId();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_A);
    QCOMPARE(m_queue->get(id)->status, DiscrepancyStatus::Acknowledged);
}

void TestDiscrepanciesPage::rolesDecideWhatIsOfferedAndFirst()
{
    auto *first = child<QCheckBox>(QStringLiteral("ecommerceFirstCheckBox"));
    QVERIFY(!first->isChecked());
    QCOMPARE(skusShown().constFirst(), runner);
    m_page->setRole(QStringLiteral("ecommerce"));
    QVERIFY(first->isChecked());
    QCOMPARE(skusShown(), (QStringList{bottle, runner, ball})); // the web shop's first
    QVERIFY(select(m_damaged));
    QVERIFY(child<QToolButton>(QStringLiteral("acknowledgeButton"))->isEnabled());

    m_page->setRole(QStringLiteral("trainer"));
    QVERIFY(!first->isChecked());
    QCOMPARE(skusShown().constFirst(), runner);
    for (const QString &action : actionNames()) {
        auto *button = child<QToolButton>(QLatin1StringView(actionKey(action).button));
        QVERIFY(!button->isEnabled());
        QVERIFY2(button->toolTip().contains(QStringLiteral("trainer")),
                 qPrintable(button->toolTip()));
    }
    m_page->setRole({});
    QVERIFY(child<QToolButton>(QStringLiteral("acknowledgeButton"))->isEnabled());
}

void TestDiscrepanciesPage::reportFromInventoryPageAppearsInTheQueue()
{
    ui::InventoryPage inventory(*m_f->service);
    auto *button = inventory.findChild<QPushButton *>(QStringLiteral("reportIssueButton"));
    QVERIFY(button);
    inventory.show();
    QVERIFY(QTest::qWaitForWindowExposed(&inventory));
    QVERIFY(!button->isVisible()); // no queue to report to yet
    inventory.setDiscrepancyService(m_queue.get());
    connect(&inventory, &ui::InventoryPage::issueReported, m_page.get(),
            &DiscrepanciesPage::reload);
    QSignalSpy reported(&inventory, &ui::InventoryPage::issueReported);
    QVERIFY(button->isVisible());
    QVERIFY(!button->isEnabled());
    QCOMPARE(button->toolTip(), QStringLiteral("Select a product first."));
    QVERIFY(inventory.showProduct(bottle));
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QPointer<ui::ReportIssueDialog> dialog = inventory.findChild<ui::ReportIssueDialog *>();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    auto *kind = dialog->findChild<QComboBox *>(QStringLiteral("issueKindComboBox"));
    auto *quantity = dialog->findChild<QSpinBox *>(QStringLiteral("quantitySpinBox"));
    auto *note = dialog->findChild<QPlainTextEdit *>(QStringLiteral("noteTextEdit"));
    QVERIFY(kind && quantity && note);
    QCOMPARE(kind->count(), 4);
    kind->setCurrentIndex(kind->findData(QStringLiteral("mislabelled")));
    QCOMPARE(dialog->category(), QStringLiteral("mislabelled"));
    quantity->setValue(0);
    QTest::keyClicks(note, QStringLiteral("shelf says 0.5 l"));
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
    QTRY_VERIFY(dialog.isNull());

    QCOMPARE(reported.count(), 1);
    const QUuid id = reported.constFirst().constFirst().toUuid();
    const auto state = m_queue->get(id);
    QVERIFY(state);
    QCOMPARE(state->location, s01);
    QCOMPARE(state->sku, bottle);
    QCOMPARE(state->reference, QStringLiteral("mislabelled"));
    QCOMPARE(skusShown().size(), 4); // the queue reloaded through the signal
    QVERIFY(m_page->showDiscrepancy(id));
    QCOMPARE(m_table->model()
                 ->index(m_table->currentIndex().row(), DiscrepancyTableModel::TypeColumn)
                 .data()
                 .toString(),
             QStringLiteral("Staff report: Mislabelled"));
    auto *timeline = child<QTableView>(QStringLiteral("timelineTableView"))->model();
    QCOMPARE(timeline->index(0, DiscrepancyTimelineModel::DetailsColumn).data().toString(),
             QStringLiteral("Mislabelled: shelf says 0.5 l"));
    QVERIFY(
        inventory.findChild<QLabel *>(QStringLiteral("scanStatusLabel"))->text().contains(bottle));

    // Not offered where this desktop does not keep the stock.
    QVERIFY(inventory.setCurrentLocation(QStringLiteral("S09")));
    QVERIFY(!button->isEnabled());
    QVERIFY(button->toolTip().contains(QStringLiteral("S09")));
}

void TestDiscrepanciesPage::reportRefusalIsShownInTheDialog()
{
    const auto product = m_f->service->findProduct(runner);
    QVERIFY(product);
    const QByteArray before = m_f->contentDigest();
    ui::ReportIssueDialog dialog(*m_queue, QStringLiteral("S09"), *product);
    QSignalSpy reported(&dialog, &ui::ReportIssueDialog::reported);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.accept();
    QVERIFY(dialog.isVisible());
    QCOMPARE(reported.count(), 0);
    auto *error = dialog.findChild<QLabel *>(QStringLiteral("errorLabel"));
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("S09")), qPrintable(error->text()));
    QCOMPARE(m_f->contentDigest(), before);
}

void TestDiscrepanciesPage::mainWindowHostsThePage()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    ui::MainWindow window(&settings);
    auto *page = new DiscrepanciesPage(*m_f->service, *m_queue);
    window.setPage(ui::PageId::Discrepancies, page);
    window.resize(1400, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showPage(ui::PageId::Discrepancies);
    QCOMPARE(window.page(ui::PageId::Discrepancies), page);
    QCOMPARE(page->objectName(), QStringLiteral("discrepanciesPage"));
    QVERIFY(page->isVisible());
    QVERIFY(page->showDiscrepancy(m_damaged));
    const QImage grab = window.grab().toImage();
    QVERIFY(!grab.isNull());
    if (const QString out = qEnvironmentVariable("STOCKROOM_SCREENSHOT_DIR"); !out.isEmpty())
        QVERIFY(grab.save(QDir(out).filePath(QStringLiteral("discrepancies.png"))));
}

void TestDiscrepanciesPage::governingSopsAreOneClickAway()
{
    // The starter SOPs, as the demo chain gets them.
    replica::SopService sops(*m_f->db, m_f->service->identity());
    QList<replica::SopFile> files;
    const QDir dir(QStringLiteral(STOCKROOM_SOURCE_DIR "/resources/sops"));
    for (const QString &name : dir.entryList({QStringLiteral("*.md")}, QDir::Files)) {
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        files.append({name, file.readAll()});
    }
    QString error;
    QVERIFY2(sops.importDocuments(files, &error), qPrintable(error));
    m_page->setSopService(&sops);

    QVERIFY(select(m_damaged)); // a staff report: damaged goods
    auto *procedures = child<QLabel>(QStringLiteral("proceduresValueLabel"));
    QVERIFY(procedures);
    QVERIFY(procedures->isVisibleTo(m_page.get()));
    QVERIFY2(procedures->text().contains(QStringLiteral("sop:report-damaged-goods")),
             qPrintable(procedures->text()));
    QVERIFY2(procedures->text().contains(QStringLiteral("sop:resolve-discrepancy")),
             qPrintable(procedures->text()));
    QVERIFY(!procedures->text().contains(QStringLiteral("sop:cycle-count")));

    QSignalSpy requested(m_page.get(), &DiscrepanciesPage::procedureRequested);
    Q_EMIT procedures->linkActivated(QStringLiteral("sop:report-damaged-goods"));
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.constFirst().at(0).toString(), QStringLiteral("report-damaged-goods"));
}

QTEST_MAIN(TestDiscrepanciesPage)
#include "tst_discrepanciespage.moc"
