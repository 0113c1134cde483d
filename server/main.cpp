#include "servercommands.h"
#include "stockroomversion.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

#include <sqlite3.h>

using namespace stockroom;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("stockroomd", text);
}

QString usage()
{
    return tr(
        "Usage: stockroomd COMMAND [OPTIONS]\n"
        "Stockroom's central inventory management server.\n\n"
        "Commands:\n"
        "  serve [--listen HOST:PORT] [--database URL] [--tls-cert FILE --tls-key FILE]\n"
        "        [--workers N] [--queue N] [--max-parked N] [--max-body BYTES]\n"
        "      Serve the HTTP/JSON API (default 127.0.0.1:8080 on sqlite:stockroomd.db).\n"
        "  user add NAME --role ROLE [--location CODE]... --password-file FILE\n"
        "  user passwd NAME --password-file FILE\n"
        "  user disable NAME\n"
        "      Manage users. Roles: store_manager, ecommerce, trainer, auditor, admin, staff.\n"
        "  token revoke TOKEN|USER\n"
        "      Revoke one token, or every token of a user.\n"
        "  demo --scale small|M [--seed N]\n"
        "      Seed an empty central database with the demo chain.\n"
        "  sop publish FILE.md... [--by NAME]\n"
        "  sop list [ID]\n"
        "  sop acks ID [--version N]\n"
        "      Publish SOP versions to every desktop; list them; who has read one.\n\n"
        "Every command takes --database URL: sqlite:PATH (default sqlite:stockroomd.db) or\n"
        "postgresql://USER:PASSWORD@HOST:PORT/DATABASE.\n"
        "Options: -h, --help (this text); -v, --version.\n"
        "See `stockroomd COMMAND --help` for a command's options.\n");
}

} // namespace

int main(int argc, char *argv[])
{
    // SQLite's memory statistics take a process-wide mutex around every allocation it makes, for
    // each worker's statements alike; nothing reads them. Set before QtSql initialises SQLite.
    sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("stockroomd"));
    QCoreApplication::setOrganizationName(QStringLiteral("Stockroom"));
    QCoreApplication::setApplicationVersion(QLatin1StringView(versionString));

    QStringList arguments = QCoreApplication::arguments().mid(1);
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (arguments.isEmpty()) {
        err << tr("stockroomd: no command given; see stockroomd --help") << Qt::endl;
        return 2;
    }
    const QString command = arguments.takeFirst();
    if (command == QLatin1String("--help") || command == QLatin1String("-h")
        || command == QLatin1String("help")) {
        out << usage();
        return 0;
    }
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        out << QStringLiteral("stockroomd %1").arg(QLatin1StringView(versionString)) << Qt::endl;
        return 0;
    }
    if (command == QLatin1String("serve"))
        return runServe(arguments);
    if (command == QLatin1String("user"))
        return runUser(arguments);
    if (command == QLatin1String("token"))
        return runToken(arguments);
    if (command == QLatin1String("demo"))
        return runDemo(arguments);
    if (command == QLatin1String("sop"))
        return runSop(arguments);
    err << tr("stockroomd: unknown command \"%1\"; see stockroomd --help").arg(command) << Qt::endl;
    return 2;
}
