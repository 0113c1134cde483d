#include "bulkloader.h"
#include "commands.h"
#include "csvexporter.h"
#include "csvimporter.h"
#include "demochain.h"
#include "kpicsvimporter.h"
#include "sopservice.h"

#include <QCoreApplication>
#include <QElapsedTimer>

using namespace stockroom;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("stockroom-cli", text);
}

} // namespace

int runDemo(CliContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption scale(QStringLiteral("scale"),
                                   tr("small (a few stores, for trying the app) or M (chain-M: 50 "
                                      "locations, 20,000 SKUs, 2,000,000 movements)."),
                                   QStringLiteral("scale"), QStringLiteral("small"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  tr("Seed of the generator; the same seed gives the same chain."),
                                  QStringLiteral("n"), QStringLiteral("1"));
    parser.addOptions({scale, seed});
    int exitCode = ExitOk;
    if (!parseCommandLine(context, parser, tr("stockroom-cli demo --scale small|M [--seed N]"),
                          &exitCode))
        return exitCode;
    const auto demoScale = domain::demoScaleFromName(parser.value(scale));
    if (!demoScale) {
        return context.fail(tr("--scale \"%1\" is not one of small, M").arg(parser.value(scale)),
                            ExitUsage);
    }
    bool seedOk = false;
    const quint64 seedValue = parser.value(seed).toULongLong(&seedOk);
    if (!seedOk) {
        return context.fail(tr("--seed \"%1\" is not a whole number ≥ 0").arg(parser.value(seed)),
                            ExitUsage);
    }
    auto *service = context.service();
    if (!service)
        return ExitFailed;

    QElapsedTimer timer;
    timer.start();
    int lastShown = -1;
    QString error;
    const bool ok = replica::seedDemoChain(
        service->database(), *demoScale, seedValue, &error, [&](int percent) {
            if (percent / 10 != lastShown / 10) {
                context.err() << tr("stockroom-cli: demo: %1 %").arg(percent) << Qt::endl;
                lastShown = percent;
            }
            return true;
        });
    if (!ok)
        return context.fail(error);
    if (!seedStarterSops(service->database(), service->identity(), &error))
        return context.fail(tr("the demo chain is loaded, but its SOPs are not: %1").arg(error));
    const domain::DemoChainSize size = domain::demoChainSize(*demoScale);
    context.out()
        << tr("demo chain (%1, seed %2) loaded in %3 s: %4 locations, %5 products, %6 "
              "movements, %7 SOPs; home location %8")
               .arg(domain::demoScaleName(*demoScale))
               .arg(seedValue)
               .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
               .arg(size.locations())
               .arg(size.products)
               .arg(size.movements)
               .arg(replica::SopService(service->database(), service->identity()).list().size())
               .arg(service->homeLocation())
        << Qt::endl;
    return ExitOk;
}

int runImport(CliContext &context)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("kind"),
                                 tr("products, levels, movements, funnel or surveys"));
    parser.addPositionalArgument(QStringLiteral("file"), tr("The CSV file (see docs/csv.md)."));
    int exitCode = ExitOk;
    if (!parseCommandLine(context, parser,
                          tr("stockroom-cli import products|levels|movements|funnel|surveys FILE"),
                          &exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return context.fail(tr("give what to import and the file, e.g. import products p.csv"),
                            ExitUsage);
    if (replica::kpiCsvKindFromName(positional.at(0)))
        return runKpiImport(context, positional.at(0), positional.at(1));
    const auto kind = replica::csvKindFromName(positional.at(0));
    if (!kind) {
        return context.fail(tr("\"%1\" is not one of products, levels, movements, funnel, surveys")
                                .arg(positional.at(0)),
                            ExitUsage);
    }
    auto *service = context.service();
    if (!service)
        return ExitFailed;
    replica::CsvImporter importer(*service);
    const replica::ImportReport report = importer.importFile(*kind, positional.at(1));
    if (!report.ok()) {
        for (const QString &error : report.errors)
            context.fail(QStringLiteral("%1: %2").arg(positional.at(1), error));
        return ExitFailed;
    }
    context.out()
        << tr("imported %1 %2 from %3").arg(report.applied).arg(positional.at(0), positional.at(1))
        << Qt::endl;
    return ExitOk;
}

int runExport(CliContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption location(QStringLiteral("location"),
                                      tr("Only this location (default: all)."),
                                      QStringLiteral("code"));
    parser.addOption(location);
    parser.addPositionalArgument(QStringLiteral("kind"), tr("levels or movements"));
    parser.addPositionalArgument(QStringLiteral("file"), tr("The CSV file to write."));
    int exitCode = ExitOk;
    if (!parseCommandLine(context, parser,
                          tr("stockroom-cli export levels|movements FILE [--location L]"),
                          &exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return context.fail(tr("give what to export and the file, e.g. export levels l.csv"),
                            ExitUsage);
    const auto kind = replica::csvKindFromName(positional.at(0));
    if (!kind || *kind == replica::CsvKind::Products)
        return context.fail(tr("\"%1\" is not one of levels, movements").arg(positional.at(0)),
                            ExitUsage);
    auto *service = context.service();
    if (!service)
        return ExitFailed;
    replica::CsvExporter exporter(*service);
    QString error;
    const bool ok
        = *kind == replica::CsvKind::Levels
              ? exporter.exportLevels(positional.at(1), parser.value(location), &error)
              : exporter.exportMovements(positional.at(1), parser.value(location), &error);
    if (!ok)
        return context.fail(error);
    context.out() << tr("exported %1 to %2").arg(positional.at(0), positional.at(1)) << Qt::endl;
    return ExitOk;
}
