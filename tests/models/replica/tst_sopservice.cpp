#include "outboxrepository.h"
#include "replicafixture.h"
#include "sopservice.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <algorithm>

using namespace stockroom::replica;

namespace {

QList<SopFile> starterSops()
{
    const QDir dir(QStringLiteral(STOCKROOM_SOURCE_DIR "/resources/sops"));
    QList<SopFile> files;
    for (const QString &name : dir.entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        if (file.open(QIODevice::ReadOnly))
            files.append({name, file.readAll()});
    }
    return files;
}

QByteArray sopFile(const QString &id, int version, const QString &body,
                   const QString &roles = QStringLiteral("[staff]"))
{
    return QStringLiteral("---\nid: %1\ntitle: Title of %1\nversion: %2\nroles: %3\n"
                          "tags: [test]\n---\n%4\n## Steps\n\n### 1. Do it\n\nCarefully.\n")
        .arg(id)
        .arg(version)
        .arg(roles, body)
        .toUtf8();
}

QStringList ids(const QList<StoredSop> &sops)
{
    QStringList list;
    for (const StoredSop &s : sops)
        list.append(QStringLiteral("%1@%2").arg(s.document.id).arg(s.document.version));
    return list;
}

QStringList hitIds(const QList<SopSearchHit> &hits)
{
    QStringList list;
    for (const SopSearchHit &hit : hits)
        list.append(hit.id);
    return list;
}

} // namespace

/** The SOP library on a real replica file: import, versions, search, acknowledgements, training. */
class TestSopService : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void importsTheStarterSopsOnce();
    void listsByRoleAndTag();
    void malformedFileImportsNothing_data();
    void malformedFileImportsNothing();
    void versionRules();
    void searchRanksTheNamedProcedureFirst_data();
    void searchRanksTheNamedProcedureFirst();
    void searchHighlightsMatches();
    void searchSurvivesAnyInput_data();
    void searchSurvivesAnyInput();
    void searchSeesOnlyTheLatestVersion();
    void acknowledgementRules();
    void acknowledgementIsQueuedForSync();
    void trainingValidation_data();
    void trainingValidation();
    void trainingIsQueuedForSync();

private:
    QByteArray sopDigest();
    int outboxCount(const QString &kind);

    std::unique_ptr<ReplicaFixture> m_fx;
    std::unique_ptr<SopService> m_sops;
};

void TestSopService::init()
{
    m_fx = std::make_unique<ReplicaFixture>();
    QVERIFY(m_fx->open());
    m_sops = std::make_unique<SopService>(
        *m_fx->db, Identity{QStringLiteral("maria"), QStringLiteral("till-1")},
        [this] { return m_fx->clockMs; });
    QString error;
    QVERIFY2(m_sops->importDocuments(starterSops(), &error), qPrintable(error));
}

void TestSopService::cleanup()
{
    m_sops.reset();
    m_fx.reset();
}

QByteArray TestSopService::sopDigest()
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const char *table :
         {"sop_versions", "sop_search", "sop_acknowledgements", "training_sessions", "outbox"}) {
        QSqlQuery query(
            QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2").arg(QLatin1StringView(table)),
            m_fx->db->connection());
        while (query.next()) {
            for (int i = 0; i < query.record().count(); ++i)
                hash.addData(query.value(i).toString().toUtf8() + '\x1f');
            hash.addData("\n");
        }
    }
    return hash.result().toHex() + m_fx->contentDigest();
}

int TestSopService::outboxCount(const QString &kind)
{
    QSqlQuery query(m_fx->db->connection());
    query.prepare(QStringLiteral("SELECT count(*) FROM outbox WHERE change_kind = ?"));
    query.addBindValue(kind);
    if (!query.exec() || !query.next())
        return -1;
    return query.value(0).toInt();
}

void TestSopService::importsTheStarterSopsOnce()
{
    QCOMPARE(m_sops->list().size(), 8);
    const QByteArray before = sopDigest();
    QString error;
    // Seeding the bundled SOPs again (a second demo, a re-import) adds nothing.
    QCOMPARE(m_sops->importDocuments(starterSops(), &error), std::optional<int>(0));
    QCOMPARE(sopDigest(), before);

    const auto damaged = m_sops->get(QStringLiteral("report-damaged-goods"));
    QVERIFY(damaged);
    QCOMPARE(damaged->document.version, 1);
    QCOMPARE(damaged->document.title, QStringLiteral("Reporting damaged goods"));
    QCOMPARE(damaged->source, QStringLiteral("report-damaged-goods.md"));
    QCOMPARE(damaged->publishedAtMs, m_fx->clockMs);
    QVERIFY(!damaged->document.steps.isEmpty());
    QCOMPARE(damaged->document.steps.constFirst().number, 1);
    // What is read back is what the file said.
    QFile file(QStringLiteral(STOCKROOM_SOURCE_DIR "/resources/sops/report-damaged-goods.md"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(damaged->document,
             *stockroom::domain::parseSop(file.readAll(), file.fileName(), nullptr));
}

void TestSopService::listsByRoleAndTag()
{
    const QList<StoredSop> forEcommerce = m_sops->list(QStringLiteral("ecommerce"));
    QCOMPARE(ids(forEcommerce), (QStringList{QStringLiteral("online-order-unavailable@1"),
                                             QStringLiteral("resolve-discrepancy@1")}));
    QCOMPARE(ids(m_sops->list({}, QStringLiteral("transfers"))),
             (QStringList{QStringLiteral("receive-delivery@1"),
                          QStringLiteral("store-to-store-transfer@1")}));
    QCOMPARE(ids(m_sops->list(QStringLiteral("auditor"), QStringLiteral("audit"))),
             QStringList{QStringLiteral("monthly-audit@1")});
    QCOMPARE(m_sops->list(QStringLiteral("trainer")).size(), 0);
    QString error;
    // A procedure without roles is for everyone.
    QVERIFY2(m_sops->importDocuments(
                 {{QStringLiteral("open.md"), sopFile(QStringLiteral("open-door"), 1,
                                                      QStringLiteral("Anyone.\n"), QString())}},
                 &error),
             qPrintable(error));
    QCOMPARE(ids(m_sops->list(QStringLiteral("trainer"))),
             QStringList{QStringLiteral("open-door@1")});
}

void TestSopService::malformedFileImportsNothing_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no header") << QByteArray("# Just Markdown\n") << QStringLiteral("bad.md:1: ");
    QTest::newRow("bad version") << QByteArray("---\nid: x\ntitle: X\nversion: two\n---\nbody\n")
                                 << QStringLiteral("bad.md:4: ");
    QTest::newRow("unknown key") << QByteArray(
        "---\nid: x\ntitle: X\nversion: 1\ncolour: red\n---\nbody\n")
                                 << QStringLiteral("bad.md:5: ");
    QTest::newRow("step gap") << QByteArray(
        "---\nid: x\ntitle: X\nversion: 1\n---\n## Steps\n### 1. A\n### 3. C\n")
                              << QStringLiteral("bad.md:8: ");
}

void TestSopService::malformedFileImportsNothing()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    const QByteArray before = sopDigest();
    QString error;
    // A good file before the bad one is not stored either: all or nothing.
    const auto added
        = m_sops->importDocuments({{QStringLiteral("good.md"), sopFile(QStringLiteral("good-one"),
                                                                       1, QStringLiteral("Ok.\n"))},
                                   {QStringLiteral("bad.md"), bytes}},
                                  &error);
    QVERIFY(!added);
    QVERIFY2(error.startsWith(expected), qPrintable(error));
    QVERIFY(!error.contains(QLatin1Char('\n')));
    QCOMPARE(sopDigest(), before);
    QVERIFY(!m_sops->get(QStringLiteral("good-one")));
}

void TestSopService::versionRules()
{
    const QString id = QStringLiteral("till-float");
    QString error;
    QCOMPARE(m_sops->importDocuments(
                 {{QStringLiteral("v1.md"), sopFile(id, 1, QStringLiteral("One.\n"))}}, &error),
             std::optional<int>(1));
    QCOMPARE(m_sops->importDocuments(
                 {{QStringLiteral("v2.md"), sopFile(id, 2, QStringLiteral("Two.\n"))}}, &error),
             std::optional<int>(1));
    QCOMPARE(m_sops->latestVersion(id), 2);
    QVERIFY(m_sops->get(id)->document.body.startsWith(QStringLiteral("Two.\n")));
    QVERIFY(m_sops->get(id, 1)->document.body.startsWith(QStringLiteral("One.\n")));
    QCOMPARE(m_sops->get(id)->document.steps.size(), 1);
    QVERIFY(!m_sops->get(id, 3));
    QCOMPARE(ids(m_sops->history(id)),
             (QStringList{id + QStringLiteral("@2"), id + QStringLiteral("@1")}));
    QCOMPARE(ids(m_sops->list({}, QStringLiteral("test"))), QStringList{id + QStringLiteral("@2")});

    // The same version again with the same content: nothing to do.
    QCOMPARE(m_sops->importDocuments(
                 {{QStringLiteral("v1.md"), sopFile(id, 1, QStringLiteral("One.\n"))}}, &error),
             std::optional<int>(0));
    const QByteArray before = sopDigest();
    // The same version with other content, or an older one: refused, nothing stored.
    QVERIFY(!m_sops->importDocuments(
        {{QStringLiteral("v2b.md"), sopFile(id, 2, QStringLiteral("Changed.\n"))}}, &error));
    QVERIFY2(
        error.startsWith(QStringLiteral("v2b.md: version 2 of \"till-float\" is already stored")),
        qPrintable(error));
    QVERIFY(!m_sops->importDocuments(
        {{QStringLiteral("v1b.md"), sopFile(id, 1, QStringLiteral("Changed.\n"))}}, &error));
    QVERIFY2(error.contains(QStringLiteral("already stored")), qPrintable(error));
    QVERIFY(!m_sops->importDocuments(
        {{QStringLiteral("new.md"), sopFile(QStringLiteral("other"), 1, QStringLiteral("x\n"))},
         {QStringLiteral("old.md"),
          sopFile(QStringLiteral("cycle-count"), 1, QStringLiteral("x\n"))}},
        &error));
    QVERIFY2(error.startsWith(QStringLiteral("old.md: ")), qPrintable(error));
    QCOMPARE(sopDigest(), before);

    // One import may bring a whole history, in any order of files.
    QCOMPARE(
        m_sops->importDocuments(
            {{QStringLiteral("h3.md"), sopFile(QStringLiteral("hist"), 3, QStringLiteral("3\n"))},
             {QStringLiteral("h1.md"), sopFile(QStringLiteral("hist"), 1, QStringLiteral("1\n"))}},
            &error),
        std::optional<int>(2));
    QCOMPARE(m_sops->latestVersion(QStringLiteral("hist")), 3);
    // A gap below the latest cannot be filled later.
    QVERIFY(!m_sops->importDocuments(
        {{QStringLiteral("h2.md"), sopFile(QStringLiteral("hist"), 2, QStringLiteral("2\n"))}},
        &error));
    QVERIFY2(error.contains(QStringLiteral("older than the stored version 3")), qPrintable(error));
}

void TestSopService::searchRanksTheNamedProcedureFirst_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("first");
    QTest::newRow("damaged") << QStringLiteral("damaged") << QStringLiteral("report-damaged-goods");
    QTest::newRow("count") << QStringLiteral("count") << QStringLiteral("cycle-count");
    QTest::newRow("Damaged, capitalised")
        << QStringLiteral("Damaged") << QStringLiteral("report-damaged-goods");
    QTest::newRow("audit") << QStringLiteral("audit") << QStringLiteral("monthly-audit");
    QTest::newRow("stock discrepancy")
        << QStringLiteral("stock discrepancy") << QStringLiteral("resolve-discrepancy");
    QTest::newRow("online order") << QStringLiteral("online order")
                                  << QStringLiteral("online-order-unavailable");
}

void TestSopService::searchRanksTheNamedProcedureFirst()
{
    QFETCH(QString, query);
    QFETCH(QString, first);
    const QList<SopSearchHit> hits = m_sops->search(query, 10);
    QVERIFY(!hits.isEmpty());
    QCOMPARE(hits.constFirst().id, first);
    // Best first: ranks never get better down the list among equals in title matching.
    QCOMPARE(hitIds(hits).count(first), 1);
}

void TestSopService::searchHighlightsMatches()
{
    const QList<SopSearchHit> hits = m_sops->search(QStringLiteral("damaged"), 3);
    QVERIFY(!hits.isEmpty());
    const SopSearchHit &hit = hits.constFirst();
    QCOMPARE(hit.version, 1);
    QCOMPARE(hit.title, QStringLiteral("Reporting damaged goods"));
    QVERIFY2(hit.snippet.contains(SopService::highlightStart + QStringLiteral("damaged")
                                  + SopService::highlightEnd),
             qPrintable(hit.snippet));
    QVERIFY(SopService::highlighted(hit.snippet, QStringLiteral("<b>"), QStringLiteral("</b>"))
                .contains(QStringLiteral("<b>damaged</b>")));
    QCOMPARE(m_sops->search(QStringLiteral("damaged"), 2).size(), 2);
}

void TestSopService::searchSurvivesAnyInput_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("first"); // empty: nothing found; "?": any answer
    QTest::newRow("lone quote") << QStringLiteral("\"") << QString();
    QTest::newRow("open quote") << QStringLiteral("\"damaged")
                                << QStringLiteral("report-damaged-goods");
    QTest::newRow("asterisk") << QStringLiteral("*") << QString();
    QTest::newRow("trailing asterisk")
        << QStringLiteral("damaged*") << QStringLiteral("report-damaged-goods");
    QTest::newRow("minus") << QStringLiteral("-damaged") << QStringLiteral("report-damaged-goods");
    // Operators are words like any other ("or" is in most procedures).
    QTest::newRow("OR alone") << QStringLiteral("OR") << QStringLiteral("?");
    QTest::newRow("dangling OR") << QStringLiteral("damaged OR") << QStringLiteral("?");
    QTest::newRow("NOT AND NEAR") << QStringLiteral("NOT AND NEAR(") << QStringLiteral("?");
    QTest::newRow("column filter") << QStringLiteral("{body}: damaged") << QStringLiteral("?");
    QTest::newRow("caret and parens")
        << QStringLiteral("^(damaged") << QStringLiteral("report-damaged-goods");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("sql") << QStringLiteral("'); DROP TABLE sop_versions; --")
                         << QStringLiteral("?");
}

void TestSopService::searchSurvivesAnyInput()
{
    QFETCH(QString, query);
    QFETCH(QString, first);
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
    const QList<SopSearchHit> hits = m_sops->search(query, 10);
    if (first.isEmpty())
        QCOMPARE(hitIds(hits), QStringList());
    else if (first != QLatin1String("?"))
        QCOMPARE(hits.value(0).id, first);
    QCOMPARE(m_sops->list().size(), 8);
}

void TestSopService::searchSeesOnlyTheLatestVersion()
{
    QString error;
    QVERIFY(
        m_sops->importDocuments({{QStringLiteral("a1.md"), sopFile(QStringLiteral("blimp"), 1,
                                                                   QStringLiteral("zeppelin\n"))}},
                                &error));
    QCOMPARE(hitIds(m_sops->search(QStringLiteral("zeppelin"))),
             QStringList{QStringLiteral("blimp")});
    QVERIFY(
        m_sops->importDocuments({{QStringLiteral("a2.md"), sopFile(QStringLiteral("blimp"), 2,
                                                                   QStringLiteral("dirigible\n"))}},
                                &error));
    QCOMPARE(hitIds(m_sops->search(QStringLiteral("zeppelin"))), QStringList());
    const QList<SopSearchHit> hits = m_sops->search(QStringLiteral("dirigible"));
    QCOMPARE(hitIds(hits), QStringList{QStringLiteral("blimp")});
    QCOMPARE(hits.constFirst().version, 2);
}

void TestSopService::acknowledgementRules()
{
    const QString id = QStringLiteral("report-damaged-goods");
    const QString maria = QStringLiteral("maria");
    const QString staff = QStringLiteral("staff");
    QVERIFY(ids(m_sops->toRead(maria, staff)).contains(id + QStringLiteral("@1")));
    // The monthly audit and the online order are not for staff.
    QCOMPARE(m_sops->toRead(maria, staff).size(), 6);

    QString error;
    QVERIFY2(m_sops->acknowledge(id, 0, &error), qPrintable(error));
    QVERIFY(!ids(m_sops->toRead(maria, staff)).contains(id + QStringLiteral("@1")));
    QVERIFY(ids(m_sops->toRead(QStringLiteral("tom"), staff)).contains(id + QStringLiteral("@1")));
    // Twice is a no-op, not an error.
    QVERIFY2(m_sops->acknowledge(id, 1, &error), qPrintable(error));
    const QList<SopAcknowledgement> acks = m_sops->whoAcknowledged(id, 1);
    QCOMPARE(acks.size(), 1);
    QCOMPARE(acks.constFirst().user, maria);
    QCOMPARE(acks.constFirst().device, QStringLiteral("till-1"));
    QCOMPARE(acks.constFirst().atMs, m_fx->clockMs);
    QVERIFY(!acks.constFirst().serverSeq);

    // A new version asks again, and only the latest one can be acknowledged.
    QFile file(QStringLiteral(STOCKROOM_SOURCE_DIR "/resources/sops/report-damaged-goods.md"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    auto v2 = *stockroom::domain::parseSop(file.readAll(), file.fileName(), nullptr);
    v2.version = 2;
    v2.body += QStringLiteral("\nPhotograph the damage before you move it.\n");
    QVERIFY2(m_sops->importDocuments(
                 {{QStringLiteral("v2.md"), stockroom::domain::serializeSop(v2)}}, &error),
             qPrintable(error));
    QVERIFY(ids(m_sops->toRead(maria, staff)).contains(id + QStringLiteral("@2")));
    const QByteArray before = sopDigest();
    QVERIFY(!m_sops->acknowledge(id, 1, &error));
    QVERIFY2(error.contains(QStringLiteral("not the current one")), qPrintable(error));
    QVERIFY(!m_sops->acknowledge(id, 3, &error));
    QVERIFY2(error.contains(QStringLiteral("no version 3")), qPrintable(error));
    QVERIFY(!m_sops->acknowledge(QStringLiteral("no-such-sop"), 0, &error));
    QVERIFY2(error.contains(QStringLiteral("no-such-sop")), qPrintable(error));
    QCOMPARE(sopDigest(), before);
    QVERIFY2(m_sops->acknowledge(id, 2, &error), qPrintable(error));
    QVERIFY(!ids(m_sops->toRead(maria, staff)).contains(id + QStringLiteral("@2")));
    QCOMPARE(m_sops->whoAcknowledged(id, 2).size(), 1);
    QCOMPARE(m_sops->whoAcknowledged(id, 1).size(), 1);

    // Role filter: ecommerce staff are asked only for what is meant for them.
    QCOMPARE(ids(m_sops->toRead(maria, QStringLiteral("ecommerce"))),
             (QStringList{QStringLiteral("online-order-unavailable@1"),
                          QStringLiteral("resolve-discrepancy@1")}));
}

void TestSopService::acknowledgementIsQueuedForSync()
{
    QString error;
    QVERIFY(m_sops->acknowledge(QStringLiteral("cycle-count"), 0, &error));
    QVERIFY(m_sops->acknowledge(QStringLiteral("cycle-count"), 0, &error));
    QCOMPARE(outboxCount(QStringLiteral("sop_ack")), 1);
    const OutboxEntry entry = OutboxRepository(m_fx->db->connection()).pending(10).constLast();
    QCOMPARE(entry.changeKind, QStringLiteral("sop_ack"));
    const auto ack = m_sops->acknowledgement(QUuid::fromString(entry.changeId));
    QVERIFY(ack);
    QCOMPARE(ack->sopId, QStringLiteral("cycle-count"));
    QCOMPARE(ack->version, 1);
    QCOMPARE(entry.createdAtMs, ack->atMs);
}

void TestSopService::trainingValidation_data()
{
    QTest::addColumn<QString>("sop");
    QTest::addColumn<int>("version");
    QTest::addColumn<QString>("trainer");
    QTest::addColumn<QStringList>("attendees");
    QTest::addColumn<QString>("notes");
    QTest::addColumn<QString>("expected");
    const QString cc = QStringLiteral("cycle-count");
    const QString tom = QStringLiteral("tom");
    const QStringList ann{QStringLiteral("ann")};
    QTest::newRow("unknown SOP") << QStringLiteral("nope") << 0 << tom << ann << QString()
                                 << QStringLiteral("no SOP \"nope\"");
    QTest::newRow("unknown version")
        << cc << 4 << tom << ann << QString() << QStringLiteral("no version 4");
    QTest::newRow("no trainer") << cc << 0 << QStringLiteral("  ") << ann << QString()
                                << QStringLiteral("trainer");
    QTest::newRow("no attendees") << cc << 0 << tom << QStringList() << QString()
                                  << QStringLiteral("at least one attendee");
    QTest::newRow("blank attendee")
        << cc << 0 << tom << QStringList{QStringLiteral("ann"), QStringLiteral(" ")} << QString()
        << QStringLiteral("empty");
    QTest::newRow("attendee twice")
        << cc << 0 << tom << QStringList{QStringLiteral("ann"), QStringLiteral("ann ")} << QString()
        << QStringLiteral("named twice");
    QTest::newRow("trainer attends") << cc << 0 << tom << QStringList{tom} << QString()
                                     << QStringLiteral("cannot also be an attendee");
    QTest::newRow("notes too long") << cc << 0 << tom << ann << QString(4001, QLatin1Char('x'))
                                    << QStringLiteral("at most 4000");
}

void TestSopService::trainingValidation()
{
    QFETCH(QString, sop);
    QFETCH(int, version);
    QFETCH(QString, trainer);
    QFETCH(QStringList, attendees);
    QFETCH(QString, notes);
    QFETCH(QString, expected);
    const QByteArray before = sopDigest();
    QString error;
    QVERIFY(!m_sops->recordTraining(sop, version, trainer, attendees, TrainingOutcome::Passed,
                                    notes, &error));
    QVERIFY2(error.contains(expected), qPrintable(error));
    QCOMPARE(sopDigest(), before);
}

void TestSopService::trainingIsQueuedForSync()
{
    QString error;
    const auto id = m_sops->recordTraining(QStringLiteral("cycle-count"), 0, QStringLiteral("tom"),
                                           {QStringLiteral("ann"), QStringLiteral(" bob ")},
                                           TrainingOutcome::NeedsPractice,
                                           QStringLiteral("  Scanning too fast.  "), &error);
    QVERIFY2(id, qPrintable(error));
    const auto session = m_sops->trainingSession(*id);
    QVERIFY(session);
    QCOMPARE(session->sopId, QStringLiteral("cycle-count"));
    QCOMPARE(session->version, 1);
    QCOMPARE(session->trainer, QStringLiteral("tom"));
    QCOMPARE(session->attendees, (QStringList{QStringLiteral("ann"), QStringLiteral("bob")}));
    QCOMPARE(session->outcome, TrainingOutcome::NeedsPractice);
    QCOMPARE(session->notes, QStringLiteral("Scanning too fast."));
    QCOMPARE(session->atMs, m_fx->clockMs);
    QCOMPARE(m_sops->trainingSessions(QStringLiteral("cycle-count")).size(), 1);
    QCOMPARE(outboxCount(QStringLiteral("training_session")), 1);
    const OutboxEntry entry = OutboxRepository(m_fx->db->connection()).pending(10).constLast();
    QCOMPARE(entry.changeId, id->toString(QUuid::WithoutBraces));
    QCOMPARE(trainingOutcomeFromName(u"needs_practice"),
             std::optional(TrainingOutcome::NeedsPractice));
    QVERIFY(!trainingOutcomeFromName(u"great"));
}

QTEST_GUILESS_MAIN(TestSopService)
#include "tst_sopservice.moc"
