// stockroom-cli sop … and training record (issue 7): the SOP library through SopService, the same
// service the desktop's SOPs page uses.

#include "bundledsops.h"
#include "commands.h"
#include "sopservice.h"
#include "syncstore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <memory>

using namespace stockroom;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("stockroom-cli", text);
}

QString timeText(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

/** The library on the context's replica, as the CLI's user on this device; null after failing. */
std::unique_ptr<replica::SopService> openLibrary(CliContext &context)
{
    auto *service = context.service();
    if (!service)
        return nullptr;
    return std::make_unique<replica::SopService>(*context.replica(), service->identity());
}

QStringList governsNames(const domain::SopDocument &d)
{
    QStringList names;
    for (const domain::DiscrepancyType type : d.governs)
        names.append(domain::discrepancyTypeName(type));
    return names;
}

QJsonObject sopJson(const replica::StoredSop &s, bool withBody)
{
    const domain::SopDocument &d = s.document;
    QJsonObject json{
        {QStringLiteral("id"), d.id},
        {QStringLiteral("version"), d.version},
        {QStringLiteral("title"), d.title},
        {QStringLiteral("roles"), QJsonArray::fromStringList(d.roles)},
        {QStringLiteral("tags"), QJsonArray::fromStringList(d.tags)},
        {QStringLiteral("governs"), QJsonArray::fromStringList(governsNames(d))},
        {QStringLiteral("published_at"), timeText(s.publishedAtMs)},
        {QStringLiteral("source"), s.source},
    };
    if (withBody) {
        json.insert(QStringLiteral("body"), d.body);
        QJsonArray steps;
        for (const domain::SopStep &step : d.steps) {
            steps.append(QJsonObject{
                {QStringLiteral("number"), step.number},
                {QStringLiteral("title"), step.title},
                {QStringLiteral("checklist"), QJsonArray::fromStringList(step.checklist)}});
        }
        json.insert(QStringLiteral("steps"), steps);
    }
    return json;
}

void printJson(CliContext &context, const QJsonObject &object)
{
    context.out() << QJsonDocument(object).toJson(QJsonDocument::Compact) << Qt::endl;
}

void printSopLines(CliContext &context, const QList<replica::StoredSop> &sops)
{
    for (const replica::StoredSop &s : sops) {
        const domain::SopDocument &d = s.document;
        context.out() << QStringLiteral("%1  v%2  %3  [%4]")
                             .arg(d.id, -26)
                             .arg(d.version)
                             .arg(d.title, d.roles.isEmpty() ? tr("every role")
                                                             : d.roles.join(QStringLiteral(", ")))
                      << Qt::endl;
    }
}

/** --version N: a whole number ≥ 1, or 0 when not given; false after printing a usage error. */
bool parseVersion(CliContext &context, const QCommandLineParser &parser,
                  const QCommandLineOption &option, int *version, int *exitCode)
{
    *version = 0;
    if (!parser.isSet(option))
        return true;
    bool ok = false;
    *version = parser.value(option).toInt(&ok);
    if (!ok || *version < 1) {
        *exitCode = context.fail(
            tr("--version \"%1\" is not a whole number ≥ 1").arg(parser.value(option)), ExitUsage);
        return false;
    }
    return true;
}

/** --role R, checked against the role table; false after printing a usage error. */
bool checkRole(CliContext &context, const QString &role, int *exitCode)
{
    if (role.isEmpty() || domain::sopRoleNames().contains(role))
        return true;
    *exitCode = context.fail(tr("--role \"%1\" is not one of %2")
                                 .arg(role, domain::sopRoleNames().join(QStringLiteral(", "))),
                             ExitUsage);
    return false;
}

int runList(CliContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption role(QStringLiteral("role"), tr("Only the SOPs for this role."),
                                  QStringLiteral("role"));
    const QCommandLineOption tag(QStringLiteral("tag"), tr("Only the SOPs with this tag."),
                                 QStringLiteral("tag"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    parser.addOptions({role, tag, json});
    int exitCode = ExitOk;
    if (!parseCommandLine(context, parser,
                          tr("stockroom-cli sop list [--role R] [--tag T] [--json]"), &exitCode)
        || !checkRole(context, parser.value(role), &exitCode))
        return exitCode;
    if (!parser.positionalArguments().isEmpty())
        return context.fail(
            tr("unexpected argument \"%1\"").arg(parser.positionalArguments().constFirst()),
            ExitUsage);
    auto library = openLibrary(context);
    if (!library)
        return ExitFailed;
    const QList<replica::StoredSop> sops = library->list(parser.value(role), parser.value(tag));
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const replica::StoredSop &s : sops)
            array.append(sopJson(s, false));
        printJson(context, {{QStringLiteral("sops"), array}});
    } else {
        printSopLines(context, sops);
    }
    return ExitOk;
}

int runShow(CliContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption version(
        QStringLiteral("version"), tr("This version (default: the latest)."), QStringLiteral("n"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    parser.addOptions({version, json});
    parser.addPositionalArgument(QStringLiteral("ID"), tr("The SOP's id."));
    int exitCode = ExitOk;
    int wanted = 0;
    if (!parseCommandLine(context, parser, tr("stockroom-cli sop show ID [--version N] [--json]"),
                          &exitCode)
        || !parseVersion(context, parser, version, &wanted, &exitCode))
        return exitCode;
    if (parser.positionalArguments().size() != 1)
        return context.fail(tr("give exactly one SOP id, e.g. sop show cycle-count"), ExitUsage);
    const QString id = parser.positionalArguments().constFirst();
    auto library = openLibrary(context);
    if (!library)
        return ExitFailed;
    const auto sop = library->get(id, wanted);
    if (!sop) {
        return context.fail(wanted > 0 && library->latestVersion(id) > 0
                                ? tr("SOP \"%1\" has no version %2").arg(id).arg(wanted)
                                : tr("no SOP has the id \"%1\"").arg(id));
    }
    if (parser.isSet(json)) {
        printJson(context, sopJson(*sop, true));
        return ExitOk;
    }
    const domain::SopDocument &d = sop->document;
    context.out() << tr("%1 — version %2 (%3)").arg(d.title).arg(d.version).arg(d.id) << Qt::endl
                  << tr("roles: %1")
                         .arg(d.roles.isEmpty() ? tr("every role")
                                                : d.roles.join(QStringLiteral(", ")))
                  << Qt::endl
                  << tr("tags: %1").arg(d.tags.join(QStringLiteral(", "))) << Qt::endl;
    if (!d.governs.isEmpty())
        context.out() << tr("governs: %1").arg(governsNames(d).join(QStringLiteral(", ")))
                      << Qt::endl;
    context.out() << Qt::endl << d.body;
    if (!d.body.endsWith(QLatin1Char('\n')))
        context.out() << Qt::endl;
    context.out().flush();
    return ExitOk;
}

int runSearch(CliContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    const QCommandLineOption limit(QStringLiteral("limit"), tr("At most this many (default 10)."),
                                   QStringLiteral("n"), QStringLiteral("10"));
    parser.addOptions({json, limit});
    parser.addPositionalArgument(QStringLiteral("TEXT"), tr("Words to look for."));
    int exitCode = ExitOk;
    if (!parseCommandLine(context, parser, tr("stockroom-cli sop search TEXT [--json]"), &exitCode))
        return exitCode;
    const QString text = parser.positionalArguments().join(QLatin1Char(' ')).trimmed();
    if (text.isEmpty())
        return context.fail(tr("give the words to look for, e.g. sop search damaged"), ExitUsage);
    bool numeric = false;
    const int most = parser.value(limit).toInt(&numeric);
    if (!numeric || most < 1 || most > 100)
        return context.fail(
            tr("--limit \"%1\" must be a whole number from 1 to 100").arg(parser.value(limit)),
            ExitUsage);
    auto library = openLibrary(context);
    if (!library)
        return ExitFailed;
    const QList<replica::SopSearchHit> hits = library->search(text, most);
    const auto snippetText = [](const replica::SopSearchHit &hit) {
        return replica::SopService::highlighted(hit.snippet, QStringLiteral("**"),
                                                QStringLiteral("**"))
            .simplified();
    };
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const replica::SopSearchHit &hit : hits) {
            array.append(QJsonObject{{QStringLiteral("id"), hit.id},
                                     {QStringLiteral("version"), hit.version},
                                     {QStringLiteral("title"), hit.title},
                                     {QStringLiteral("snippet"), snippetText(hit)},
                                     {QStringLiteral("rank"), hit.rank}});
        }
        printJson(context, {{QStringLiteral("results"), array}});
        return ExitOk;
    }
    if (hits.isEmpty())
        context.out() << tr("no SOP matches \"%1\"").arg(text) << Qt::endl;
    for (qsizetype i = 0; i < hits.size(); ++i) {
        const replica::SopSearchHit &hit = hits.at(i);
        context.out() << QStringLiteral("%1. %2 (v%3) %4")
                             .arg(i + 1)
                             .arg(hit.id)
                             .arg(hit.version)
                             .arg(hit.title)
                      << Qt::endl
                      << QStringLiteral("   %1").arg(snippetText(hit)) << Qt::endl;
    }
    return ExitOk;
}

int runAck(CliContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption version(QStringLiteral("version"),
                                     tr("The version read (default: the latest)."),
                                     QStringLiteral("n"));
    parser.addOption(version);
    parser.addPositionalArgument(QStringLiteral("ID"), tr("The SOP's id."));
    int exitCode = ExitOk;
    int wanted = 0;
    if (!parseCommandLine(context, parser, tr("stockroom-cli sop ack ID [--version N]"), &exitCode)
        || !parseVersion(context, parser, version, &wanted, &exitCode))
        return exitCode;
    if (parser.positionalArguments().size() != 1)
        return context.fail(tr("give exactly one SOP id, e.g. sop ack cycle-count"), ExitUsage);
    const QString id = parser.positionalArguments().constFirst();
    auto library = openLibrary(context);
    if (!library)
        return ExitFailed;
    const int latest = library->latestVersion(id);
    const QString user = library->identity().user;
    const auto before = library->whoAcknowledged(id, latest);
    const bool already
        = std::any_of(before.cbegin(), before.cend(),
                      [&](const replica::SopAcknowledgement &a) { return a.user == user; });
    QString error;
    if (!library->acknowledge(id, wanted, &error))
        return context.fail(error);
    context.out() << (already ? tr("%1 had already acknowledged %2 version %3")
                              : tr("%1 acknowledged %2 version %3"))
                         .arg(user, id)
                         .arg(latest)
                  << Qt::endl;
    return ExitOk;
}

int runSopImport(CliContext &context)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("SOP files (see docs/sops.md)."),
                                 QStringLiteral("FILE.md…"));
    int exitCode = ExitOk;
    if (!parseCommandLine(context, parser, tr("stockroom-cli sop import FILE.md…"), &exitCode))
        return exitCode;
    const QStringList names = parser.positionalArguments();
    if (names.isEmpty())
        return context.fail(tr("give the SOP files to import, e.g. sop import cycle-count.md"),
                            ExitUsage);
    QList<replica::SopFile> files;
    for (const QString &name : names) {
        QFile file(name);
        if (!file.open(QIODevice::ReadOnly))
            return context.fail(tr("%1: cannot read: %2").arg(name, file.errorString()));
        files.append({name, file.readAll()});
    }
    auto library = openLibrary(context);
    if (!library)
        return ExitFailed;
    QString error;
    const auto added = library->importDocuments(files, &error);
    if (!added)
        return context.fail(error);
    context.out()
        << tr("imported %1 new SOP version(s) from %2 file(s)").arg(*added).arg(files.size())
        << Qt::endl;
    return ExitOk;
}

int runToRead(CliContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption role(QStringLiteral("role"),
                                  tr("The reader's role (default: the role this replica is "
                                     "connected as; none: every SOP)."),
                                  QStringLiteral("role"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    parser.addOptions({role, json});
    int exitCode = ExitOk;
    if (!parseCommandLine(context, parser, tr("stockroom-cli sop to-read [--role R] [--json]"),
                          &exitCode)
        || !checkRole(context, parser.value(role), &exitCode))
        return exitCode;
    auto library = openLibrary(context);
    if (!library)
        return ExitFailed;
    const QString readerRole = parser.isSet(role)
                                   ? parser.value(role)
                                   : replica::SyncStore(*context.replica()).state().role;
    const QList<replica::StoredSop> sops = library->toRead(library->identity().user, readerRole);
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const replica::StoredSop &s : sops)
            array.append(sopJson(s, false));
        printJson(context, {{QStringLiteral("user"), library->identity().user},
                            {QStringLiteral("role"), readerRole},
                            {QStringLiteral("to_read"), array}});
        return ExitOk;
    }
    if (sops.isEmpty())
        context.out() << tr("%1 has read every current SOP").arg(library->identity().user)
                      << Qt::endl;
    printSopLines(context, sops);
    return ExitOk;
}

int runTrainingRecord(CliContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption sop(QStringLiteral("sop"), tr("The SOP taught."),
                                 QStringLiteral("id"));
    const QCommandLineOption version(QStringLiteral("version"),
                                     tr("The version taught (default: the latest)."),
                                     QStringLiteral("n"));
    const QCommandLineOption attendee(QStringLiteral("attendee"),
                                      tr("A user who took part (repeat for each)."),
                                      QStringLiteral("user"));
    const QCommandLineOption outcome(QStringLiteral("outcome"),
                                     tr("passed or needs_practice (default: passed)."),
                                     QStringLiteral("outcome"), QStringLiteral("passed"));
    const QCommandLineOption notes(QStringLiteral("notes"), tr("Notes."), QStringLiteral("text"));
    const QCommandLineOption trainer(QStringLiteral("trainer"), tr("Who trained (default: you)."),
                                     QStringLiteral("user"));
    parser.addOptions({sop, version, attendee, outcome, notes, trainer});
    int exitCode = ExitOk;
    int wanted = 0;
    if (!parseCommandLine(context, parser,
                          tr("stockroom-cli training record --sop ID [--version N] --attendee "
                             "U… [--outcome passed|needs_practice] [--notes TEXT]"),
                          &exitCode)
        || !parseVersion(context, parser, version, &wanted, &exitCode))
        return exitCode;
    if (!parser.positionalArguments().isEmpty())
        return context.fail(
            tr("unexpected argument \"%1\"").arg(parser.positionalArguments().constFirst()),
            ExitUsage);
    if (!parser.isSet(sop))
        return context.fail(tr("--sop ID is required"), ExitUsage);
    if (!parser.isSet(attendee))
        return context.fail(tr("--attendee USER is required (once for each attendee)"), ExitUsage);
    const auto result = replica::trainingOutcomeFromName(parser.value(outcome));
    if (!result)
        return context.fail(
            tr("--outcome \"%1\" is not one of passed, needs_practice").arg(parser.value(outcome)),
            ExitUsage);
    auto library = openLibrary(context);
    if (!library)
        return ExitFailed;
    const QString trainerName
        = parser.isSet(trainer) ? parser.value(trainer) : library->identity().user;
    QString error;
    const QString id = parser.value(sop);
    const auto session = library->recordTraining(id, wanted, trainerName, parser.values(attendee),
                                                 *result, parser.value(notes), &error);
    if (!session)
        return context.fail(error);
    const auto stored = library->trainingSession(*session);
    context.out() << tr("recorded training %1 on %2 version %3 by %4: %5 (%6)")
                         .arg(session->toString(QUuid::WithoutBraces), id)
                         .arg(stored ? stored->version : wanted)
                         .arg(trainerName,
                              stored ? stored->attendees.join(QStringLiteral(", ")) : QString(),
                              replica::trainingOutcomeName(*result))
                  << Qt::endl;
    return ExitOk;
}

/** Runs ACTION of a command with sub-actions, or says which ones there are. */
int dispatch(CliContext &context, const QStringList &actions,
             int (*run)(CliContext &, const QString &))
{
    QStringList arguments = context.arguments();
    const QString action = arguments.isEmpty() ? QString() : arguments.takeFirst();
    if (action == QLatin1StringView("--help") || action == QLatin1StringView("-h")) {
        context.out() << tr("stockroom-cli %1 ACTION [ARGS…] (ACTION --help for each): %2")
                             .arg(context.command(), actions.join(QStringLiteral(", ")))
                      << Qt::endl;
        return ExitOk;
    }
    if (!actions.contains(action)) {
        return context.fail(
            action.isEmpty()
                ? tr("give an action: %1").arg(actions.join(QStringLiteral(", ")))
                : tr("\"%1\" is not one of %2").arg(action, actions.join(QStringLiteral(", "))),
            ExitUsage);
    }
    CliContext sub(context.command() + QLatin1Char(' ') + action, arguments,
                   context.databasePath());
    return run(sub, action);
}

int runSopAction(CliContext &context, const QString &action)
{
    if (action == QLatin1StringView("list"))
        return runList(context);
    if (action == QLatin1StringView("show"))
        return runShow(context);
    if (action == QLatin1StringView("search"))
        return runSearch(context);
    if (action == QLatin1StringView("ack"))
        return runAck(context);
    if (action == QLatin1StringView("import"))
        return runSopImport(context);
    return runToRead(context);
}

int runTrainingAction(CliContext &context, const QString &)
{
    return runTrainingRecord(context);
}

} // namespace

bool seedStarterSops(replica::ReplicaDatabase &db, const replica::Identity &identity,
                     QString *error)
{
    QList<replica::SopFile> files;
    for (const resources::BundledFile &file : resources::bundledSops())
        files.append({file.path, file.bytes});
    if (files.isEmpty()) {
        *error = tr("no SOPs are bundled under :/sops");
        return false;
    }
    return replica::SopService(db, identity).importDocuments(files, error).has_value();
}

int runSop(CliContext &context)
{
    static const QStringList actions{QStringLiteral("list"),   QStringLiteral("show"),
                                     QStringLiteral("search"), QStringLiteral("ack"),
                                     QStringLiteral("import"), QStringLiteral("to-read")};
    return dispatch(context, actions, runSopAction);
}

int runTraining(CliContext &context)
{
    static const QStringList actions{QStringLiteral("record")};
    return dispatch(context, actions, runTrainingAction);
}
