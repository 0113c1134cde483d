#include "commands.h"

#include "kpicsvimporter.h"
#include "kpifigures.h"
#include "kpiservice.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>

using namespace stockroom;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("stockroom-cli", text);
}

} // namespace

int runKpiImport(CliContext &context, const QString &kindName, const QString &path)
{
    const auto kind = replica::kpiCsvKindFromName(kindName);
    if (!kind)
        return context.fail(tr("\"%1\" is not one of funnel, surveys").arg(kindName), ExitUsage);
    auto *service = context.service();
    if (!service)
        return ExitFailed;
    replica::KpiService kpis(service->database());
    replica::KpiCsvImporter importer(kpis);
    const replica::ImportReport report = importer.importFile(*kind, path);
    if (!report.ok()) {
        for (const QString &error : report.errors)
            context.fail(QStringLiteral("%1: %2").arg(path, error));
        return ExitFailed;
    }
    context.out() << tr("imported %1 %2 from %3").arg(report.applied).arg(kindName, path)
                  << Qt::endl;
    return ExitOk;
}

int runKpi(CliContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption from(QStringLiteral("from"), tr("First day, YYYY-MM-DD (UTC)."),
                                  QStringLiteral("date"));
    const QCommandLineOption to(QStringLiteral("to"), tr("Last day, YYYY-MM-DD (UTC), included."),
                                QStringLiteral("date"));
    const QCommandLineOption location(QStringLiteral("location"),
                                      tr("Only this location (default: all)."),
                                      QStringLiteral("code"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print the exact figures as JSON."));
    parser.addOptions({from, to, location, json});
    int exitCode = ExitOk;
    if (!parseCommandLine(context, parser,
                          tr("stockroom-cli kpi --from DATE --to DATE [--location L] [--json]"),
                          &exitCode))
        return exitCode;
    if (!parser.positionalArguments().isEmpty()) {
        return context.fail(
            tr("unexpected argument \"%1\"").arg(parser.positionalArguments().constFirst()),
            ExitUsage);
    }
    domain::KpiPeriod period;
    for (const auto &[option, date] :
         {std::pair{&from, &period.from}, std::pair{&to, &period.to}}) {
        if (!parser.isSet(*option))
            return context.fail(tr("--%1 DATE is required").arg(option->names().constFirst()),
                                ExitUsage);
        const QString text = parser.value(*option);
        *date = QDate::fromString(text, Qt::ISODate);
        if (!date->isValid() || text.size() != 10) {
            return context.fail(tr("--%1 \"%2\" is not a date like 2026-11-30")
                                    .arg(option->names().constFirst(), text),
                                ExitUsage);
        }
    }
    if (period.from > period.to) {
        return context.fail(
            tr("--from %1 is after --to %2")
                .arg(period.from.toString(Qt::ISODate), period.to.toString(Qt::ISODate)),
            ExitUsage);
    }
    auto *service = context.service();
    if (!service)
        return ExitFailed;
    const replica::KpiService kpis(service->database());
    QString error;
    const auto report = kpis.report(period, parser.value(location), &error);
    if (!report)
        return context.fail(error);
    const qint64 asOf = kpis.now();
    if (parser.isSet(json)) {
        context.out() << QJsonDocument(
                             domain::kpiReportToJson(*report, QStringLiteral("replica"), asOf))
                             .toJson(QJsonDocument::Indented);
        context.out().flush();
        return ExitOk;
    }
    context.out() << tr("KPIs %1 – %2, %3: store figures from this replica, as of %4")
                         .arg(period.from.toString(Qt::ISODate), period.to.toString(Qt::ISODate),
                              report->location.isEmpty() ? tr("all locations") : report->location,
                              QDateTime::fromMSecsSinceEpoch(asOf, Qt::UTC).toString(Qt::ISODate))
                  << Qt::endl;
    for (const domain::KpiFigure &figure : domain::kpiFigures(*report)) {
        context.out() << tr("%1: %2 (%3; %4) — %5")
                             .arg(figure.title, figure.valueText, figure.targetText,
                                  figure.trendText, figure.detailText)
                      << Qt::endl;
    }
    return ExitOk;
}
