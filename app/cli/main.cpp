#include "replicadatabase.h"
#include "stockroomversion.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

using namespace stockroom;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("stockroom-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Stockroom"));
    QCoreApplication::setApplicationVersion(QLatin1StringView(versionString));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "stockroom-cli", "Stockroom without a window: the desktop's replica and sync engine."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"), QCoreApplication::translate("stockroom-cli", "The replica file."),
        QStringLiteral("path"));
    parser.addOption(dbOption);
    parser.addPositionalArgument(QStringLiteral("command"),
                                 QCoreApplication::translate("stockroom-cli", "What to do."));
    parser.process(app);

    QTextStream err(stderr);
    const QStringList commands = parser.positionalArguments();
    if (commands.isEmpty()) {
        err << QCoreApplication::translate(
            "stockroom-cli", "stockroom-cli: no command given; see stockroom-cli --help")
            << Qt::endl;
        return 2;
    }
    err << QCoreApplication::translate(
               "stockroom-cli", "stockroom-cli: unknown command \"%1\"; see stockroom-cli --help")
               .arg(commands.constFirst())
        << Qt::endl;
    return 2;
}
