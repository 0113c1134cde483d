#include "databaseurl.h"
#include "stockroomversion.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

using namespace stockroom;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("stockroomd"));
    QCoreApplication::setOrganizationName(QStringLiteral("Stockroom"));
    QCoreApplication::setApplicationVersion(QLatin1StringView(versionString));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "stockroomd", "Stockroom central inventory management server."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption databaseOption(
        QStringLiteral("database"),
        QCoreApplication::translate("stockroomd",
                                    "Central database: sqlite:PATH (default sqlite:stockroomd.db) "
                                    "or postgresql://USER:PASSWORD@HOST:PORT/DATABASE."),
        QStringLiteral("url"));
    parser.addOption(databaseOption);
    parser.addPositionalArgument(QStringLiteral("command"),
                                 QCoreApplication::translate("stockroomd", "What to do."));
    parser.process(app);

    QTextStream err(stderr);
    if (parser.isSet(databaseOption)) {
        QString message;
        if (!server::DatabaseUrl::parse(parser.value(databaseOption), &message)) {
            err << QCoreApplication::translate("stockroomd", "stockroomd: --database: %1")
                       .arg(message)
                << Qt::endl;
            return 2;
        }
    }
    const QStringList commands = parser.positionalArguments();
    if (commands.isEmpty()) {
        err << QCoreApplication::translate("stockroomd",
                                           "stockroomd: no command given; see stockroomd --help")
            << Qt::endl;
        return 2;
    }
    err << QCoreApplication::translate("stockroomd",
                                       "stockroomd: unknown command \"%1\"; see stockroomd --help")
               .arg(commands.constFirst())
        << Qt::endl;
    return 2;
}
