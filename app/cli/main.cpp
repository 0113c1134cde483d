#include "commands.h"
#include "replicadatabase.h"
#include "stockroomversion.h"

#include <QCommandLineParser>
#include <QCoreApplication>

using namespace stockroom;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("stockroom-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Stockroom"));
    QCoreApplication::setApplicationVersion(QLatin1StringView(versionString));

    QString description = QCoreApplication::translate(
        "stockroom-cli", "Stockroom without a window: the desktop's replica and sync engine.\n\n"
                         "Commands (stockroom-cli COMMAND --help for each):");
    for (const CliCommand &command : cliCommands()) {
        description += QStringLiteral("\n  %1  %2")
                           .arg(QLatin1StringView(command.name), -8)
                           .arg(QCoreApplication::translate("stockroom-cli", command.summary));
    }
    QCommandLineParser parser;
    parser.setApplicationDescription(description);
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        QCoreApplication::translate("stockroom-cli", "The replica file (default: %1).")
            .arg(replica::ReplicaDatabase::defaultPath()),
        QStringLiteral("path"));
    parser.addOption(dbOption);
    parser.addPositionalArgument(QStringLiteral("command"),
                                 QCoreApplication::translate("stockroom-cli", "What to do."),
                                 QStringLiteral("COMMAND [ARGS…]"));
    parser.process(app);

    QStringList arguments = parser.positionalArguments();
    const QString databasePath
        = parser.isSet(dbOption) ? parser.value(dbOption) : replica::ReplicaDatabase::defaultPath();
    if (arguments.isEmpty()) {
        CliContext context(QStringLiteral("usage"), {}, databasePath);
        return context.fail(QCoreApplication::translate(
                                "stockroom-cli", "no command given; see stockroom-cli --help"),
                            ExitUsage);
    }
    const QString name = arguments.takeFirst();
    CliContext context(name, arguments, databasePath);
    for (const CliCommand &command : cliCommands()) {
        if (name == QLatin1StringView(command.name))
            return command.run(context);
    }
    return context.fail(
        QCoreApplication::translate("stockroom-cli", "unknown command; see stockroom-cli --help"),
        ExitUsage);
}
