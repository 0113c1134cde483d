#include "centralstore.h"
#include "bundledsops.h"
#include "demochain.h"
#include "demokpidata.h"
#include "sopdocument.h"
#include "servercommands.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>
#include <QTimeZone>

using namespace stockroom;
using namespace stockroom::server;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("stockroomd", text);
}

int fail(const QString &where, const QString &message, int code = 1)
{
    QTextStream(stderr) << QStringLiteral("stockroomd: %1: %2").arg(where, message) << Qt::endl;
    return code;
}

const QCommandLineOption
    databaseOption(QStringLiteral("database"),
                   QStringLiteral("sqlite:PATH or postgresql://USER:PASSWORD@HOST:PORT/DATABASE"),
                   QStringLiteral("url"));

// Parses a subcommand's options; false after --help or a usage error (exit code set).
bool parse(QCommandLineParser &parser, const QString &name, const QStringList &arguments,
           int *exitCode)
{
    parser.addOption(databaseOption);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Show this command's help."));
    parser.addOption(help);
    if (!parser.parse(QStringList{QStringLiteral("stockroomd ") + name} + arguments)) {
        *exitCode = fail(name, parser.errorText(), 2);
        return false;
    }
    if (parser.isSet(help)) {
        QTextStream(stdout) << parser.helpText();
        *exitCode = 0;
        return false;
    }
    return true;
}

std::unique_ptr<CentralStore> openStore(const QCommandLineParser &parser, const QString &where,
                                        int *exitCode)
{
    QString error;
    const auto url = parser.isSet(databaseOption)
                         ? DatabaseUrl::parse(parser.value(databaseOption), &error)
                         : std::optional(DatabaseUrl::defaultSqlite());
    if (!url) {
        *exitCode = fail(where, tr("--database: %1").arg(error), 2);
        return nullptr;
    }
    auto store = CentralStore::open(*url, QStringLiteral("stockroomd-admin"), &error);
    if (!store)
        *exitCode = fail(where, error);
    return store;
}

// The password is the file's first line: never a command-line argument, which other users
// of the machine could read in the process list.
bool readPasswordFile(const QString &path, QString *password, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read the password file %1: %2").arg(path, file.errorString());
        return false;
    }
    *password
        = QString::fromUtf8(file.readLine()).remove(QLatin1Char('\n')).remove(QLatin1Char('\r'));
    if (password->size() < 8) {
        *error = tr("the password in %1 is shorter than 8 characters").arg(path);
        return false;
    }
    return true;
}

} // namespace

QString databaseArgument(const QStringList &arguments)
{
    const qsizetype index = arguments.indexOf(QStringLiteral("--database"));
    return index >= 0 && index + 1 < arguments.size() ? arguments.at(index + 1) : QString();
}

int runUser(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption role(QStringLiteral("role"), tr("The user's role."),
                                  QStringLiteral("role"));
    const QCommandLineOption location(QStringLiteral("location"),
                                      tr("A location the user works at (repeat for several)."),
                                      QStringLiteral("code"));
    const QCommandLineOption passwordFile(QStringLiteral("password-file"),
                                          tr("A file whose first line is the password."),
                                          QStringLiteral("file"));
    parser.addOptions({role, location, passwordFile});
    parser.addPositionalArgument(QStringLiteral("action"), tr("add, passwd or disable"));
    parser.addPositionalArgument(QStringLiteral("name"), tr("The user name."));
    int exitCode = 0;
    if (!parse(parser, QStringLiteral("user"), arguments, &exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return fail(QStringLiteral("user"),
                    tr("give an action and a user name, e.g. user add maria"), 2);
    const QString action = positional.at(0);
    const QString name = positional.at(1);
    const QString where = QStringLiteral("user %1").arg(action);
    QString error;
    QString password;
    if (action == QLatin1String("add") || action == QLatin1String("passwd")) {
        if (!parser.isSet(passwordFile))
            return fail(where, tr("--password-file FILE is required"), 2);
        if (!readPasswordFile(parser.value(passwordFile), &password, &error))
            return fail(where, error, 2);
    } else if (action != QLatin1String("disable")) {
        return fail(QStringLiteral("user"),
                    tr("\"%1\" is not one of add, passwd, disable").arg(action), 2);
    }
    if (action == QLatin1String("add") && !parser.isSet(role))
        return fail(
            where, tr("--role is required; one of %1").arg(knownRoles().join(QStringLiteral(", "))),
            2);

    auto store = openStore(parser, where, &exitCode);
    if (!store)
        return exitCode;
    bool ok = false;
    if (action == QLatin1String("add"))
        ok = store->addUser(name, parser.value(role), parser.values(location), password, &error);
    else if (action == QLatin1String("passwd"))
        ok = store->setPassword(name, password, &error);
    else
        ok = store->disableUser(name, &error);
    if (!ok)
        return fail(where, error);
    QTextStream(stdout) << tr("user %1: %2 done").arg(name, action) << Qt::endl;
    return 0;
}

int runToken(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("revoke"), tr("The action (revoke)."));
    parser.addPositionalArgument(QStringLiteral("token-or-user"),
                                 tr("A token, or a user name to revoke all of their tokens."));
    int exitCode = 0;
    if (!parse(parser, QStringLiteral("token"), arguments, &exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2 || positional.at(0) != QLatin1String("revoke"))
        return fail(QStringLiteral("token"), tr("use: token revoke TOKEN|USER"), 2);
    auto store = openStore(parser, QStringLiteral("token revoke"), &exitCode);
    if (!store)
        return exitCode;
    int revoked = 0;
    QString error;
    if (!store->revokeTokens(positional.at(1), &revoked, &error))
        return fail(QStringLiteral("token revoke"), error);
    QTextStream(stdout) << QCoreApplication::translate("stockroomd", "%n token(s) revoked", nullptr,
                                                       revoked)
                        << Qt::endl;
    return 0;
}

int runDemo(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption scale(QStringLiteral("scale"), tr("small or M."),
                                   QStringLiteral("scale"), QStringLiteral("small"));
    const QCommandLineOption seed(QStringLiteral("seed"), tr("The generator's seed."),
                                  QStringLiteral("n"), QStringLiteral("1"));
    parser.addOptions({scale, seed});
    int exitCode = 0;
    if (!parse(parser, QStringLiteral("demo"), arguments, &exitCode))
        return exitCode;
    const auto demoScale = domain::demoScaleFromName(parser.value(scale));
    if (!demoScale)
        return fail(QStringLiteral("demo"),
                    tr("--scale \"%1\" is not one of small, M").arg(parser.value(scale)), 2);
    bool seedOk = false;
    const quint64 seedValue = parser.value(seed).toULongLong(&seedOk);
    if (!seedOk)
        return fail(QStringLiteral("demo"),
                    tr("--seed \"%1\" is not a whole number").arg(parser.value(seed)), 2);
    auto store = openStore(parser, QStringLiteral("demo"), &exitCode);
    if (!store)
        return exitCode;
    if (store->latestSeq() > 0 || !store->products({}, 1).isEmpty())
        return fail(QStringLiteral("demo"),
                    tr("the central database is not empty; the demo chain goes into an empty one"));

    const domain::DemoChain chain(*demoScale, seedValue);
    QString error;
    if (!store->upsertLocations(chain.locations(), &error)
        || !store->upsertProducts(chain.products(), &error))
        return fail(QStringLiteral("demo"), error);
    const Principal system{QStringLiteral("demo"), QStringLiteral("admin"), {}, 0};
    QList<domain::Movement> batch;
    qint64 stored = 0;
    const auto flush = [&] {
        const QList<StoredChange> results
            = store->pushMovements(batch, system, QDateTime::currentMSecsSinceEpoch(), &error);
        if (!error.isEmpty())
            return false;
        for (const StoredChange &result : results) {
            if (result.status == protocol::PushStatus::Rejected) {
                error = result.reason;
                return false;
            }
        }
        stored += batch.size();
        batch.clear();
        return true;
    };
    const bool ok = chain.generateMovements([&](const domain::Product &,
                                                const QList<domain::Movement> &movements) {
        batch.append(movements);
        return batch.size() < 2000 || flush();
    }) && (batch.isEmpty() || flush());
    if (!ok)
        return fail(QStringLiteral("demo"), error);
    // The rest of the month for the KPIs: the web shop's funnel, survey responses, staff reports.
    const domain::DemoKpiData kpis(chain);
    if (!store->saveFunnelDays(kpis.funnelDays(), &error)
        || !store->saveSurveyResponses(kpis.surveyResponses(), &error))
        return fail(QStringLiteral("demo"), error);
    for (const StoredChange &result : store->pushDiscrepancyEvents(
             kpis.discrepancyEvents(), system, QDateTime::currentMSecsSinceEpoch(), &error)) {
        if (result.status == protocol::PushStatus::Rejected)
            return fail(QStringLiteral("demo"), result.reason);
    }
    if (!error.isEmpty())
        return fail(QStringLiteral("demo"), error);
    // The starter SOPs, published as the chain's procedures (issue 7 item 2).
    QList<protocol::PublishSopRequest> sops;
    for (const resources::BundledFile &file : resources::bundledSops())
        sops.append({QFileInfo(file.path).fileName(), QString::fromUtf8(file.bytes)});
    bool badSop = false;
    if (!store->publishSops(sops, system, QDateTime::currentMSecsSinceEpoch(), &badSop, &error))
        return fail(QStringLiteral("demo"), error);
    QTextStream(stdout) << tr("demo chain (%1, seed %2): %3 locations, %4 products, %5 movements")
                               .arg(domain::demoScaleName(*demoScale))
                               .arg(seedValue)
                               .arg(chain.locations().size())
                               .arg(chain.products().size())
                               .arg(stored)
                        << Qt::endl;
    return 0;
}

int runSop(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption version(QStringLiteral("version"),
                                     tr("The version to report on (default: the latest)."),
                                     QStringLiteral("n"));
    const QCommandLineOption by(QStringLiteral("by"),
                                tr("Who publishes, as recorded with the version."),
                                QStringLiteral("name"), QStringLiteral("stockroomd"));
    parser.addOptions({version, by});
    parser.addPositionalArgument(QStringLiteral("action"), tr("publish, list or acks"));
    parser.addPositionalArgument(QStringLiteral("args"),
                                 tr("publish: FILE.md…; list: [ID]; acks: ID"));
    int exitCode = 0;
    if (!parse(parser, QStringLiteral("sop"), arguments, &exitCode))
        return exitCode;
    QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return fail(QStringLiteral("sop"), tr("give an action: publish FILE.md…, list or acks ID"),
                    2);
    const QString action = positional.takeFirst();
    const QString where = QStringLiteral("sop %1").arg(action);
    QTextStream out(stdout);
    if (action == QLatin1String("publish")) {
        if (positional.isEmpty())
            return fail(where, tr("give at least one SOP file"), 2);
        // Every file is read and checked first, so a bad one publishes nothing.
        QList<protocol::PublishSopRequest> requests;
        for (const QString &path : std::as_const(positional)) {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                return fail(where, tr("cannot read %1: %2").arg(path, file.errorString()));
            const QByteArray bytes = file.readAll();
            domain::SopParseError parseError;
            if (!domain::parseSop(bytes, QFileInfo(path).fileName(), &parseError))
                return fail(where, parseError.toString());
            requests.append({QFileInfo(path).fileName(), QString::fromUtf8(bytes)});
        }
        auto store = openStore(parser, where, &exitCode);
        if (!store)
            return exitCode;
        const Principal publisher{parser.value(by), QStringLiteral("admin"), {}, 0};
        bool badInput = false;
        QString error;
        const auto published = store->publishSops(requests, publisher,
                                                  QDateTime::currentMSecsSinceEpoch(), &badInput,
                                                  &error);
        if (!published)
            return fail(where, error);
        for (const protocol::PublishSopResponse &answer : *published) {
            out << (answer.unchanged ? tr("%1 version %2: already published (seq %3)")
                                     : tr("%1 version %2: published (seq %3)"))
                       .arg(answer.sop.id)
                       .arg(answer.sop.version)
                       .arg(answer.seq)
                << Qt::endl;
        }
        return 0;
    }
    if (action == QLatin1String("list")) {
        if (positional.size() > 1)
            return fail(where, tr("give at most one SOP id"), 2);
        auto store = openStore(parser, where, &exitCode);
        if (!store)
            return exitCode;
        QString error;
        const QList<protocol::SopVersion> versions
            = store->sopVersions(positional.value(0), &error);
        if (!error.isEmpty())
            return fail(where, error);
        for (const protocol::SopVersion &sop : versions)
            out << QStringLiteral("%1\t%2\t%3\t%4\n")
                       .arg(sop.id)
                       .arg(sop.version)
                       .arg(QDateTime::fromMSecsSinceEpoch(sop.publishedAtMs, QTimeZone::utc())
                                .toString(Qt::ISODate),
                            sop.publishedBy);
        return 0;
    }
    if (action == QLatin1String("acks")) {
        if (positional.size() != 1)
            return fail(where, tr("give one SOP id"), 2);
        bool versionOk = true;
        const int wanted = parser.isSet(version) ? parser.value(version).toInt(&versionOk) : 0;
        if (!versionOk || wanted < 0)
            return fail(where, tr("--version \"%1\" is not a version number")
                                   .arg(parser.value(version)),
                        2);
        auto store = openStore(parser, where, &exitCode);
        if (!store)
            return exitCode;
        QString error;
        const Principal everyone{QStringLiteral("stockroomd"), QStringLiteral("admin"), {}, 0};
        const auto report = store->sopAcknowledgements(positional.at(0), wanted, everyone, &error);
        if (!report)
            return fail(where, error);
        out << tr("%1 version %2: %3 acknowledged, %4 not yet")
                   .arg(report->sopId)
                   .arg(report->version)
                   .arg(report->acknowledged.size())
                   .arg(report->pending.size())
            << Qt::endl;
        for (const auto &person : report->acknowledged)
            out << QStringLiteral("acknowledged\t%1\t%2\t%3\n")
                       .arg(person.user, person.role,
                            QDateTime::fromMSecsSinceEpoch(person.atMs, QTimeZone::utc())
                                .toString(Qt::ISODate));
        for (const auto &person : report->pending)
            out << QStringLiteral("pending\t%1\t%2\n").arg(person.user, person.role);
        return 0;
    }
    return fail(QStringLiteral("sop"),
                tr("\"%1\" is not one of publish, list, acks").arg(action), 2);
}
