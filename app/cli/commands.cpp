#include "commands.h"

#include "csvvalues.h"
#include "ledgerfold.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

using namespace stockroom;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("stockroom-cli", text);
}

bool parseQuantity(const QString &text, qint64 *value)
{
    bool ok = false;
    *value = text.toLongLong(&ok);
    return ok;
}

QString describe(const domain::StockLevel &level)
{
    return tr("on hand %1, committed %2, available %3")
        .arg(level.onHand)
        .arg(level.committed)
        .arg(level.available());
}

} // namespace

const QList<CliCommand> &cliCommands()
{
    static const QList<CliCommand> commands{
        {"init",
         QT_TRANSLATE_NOOP("stockroom-cli", "Create the replica for this desktop's location"),
         runInit},
        {"demo", QT_TRANSLATE_NOOP("stockroom-cli", "Fill an empty replica with the demo chain"),
         runDemo},
        {"import",
         QT_TRANSLATE_NOOP("stockroom-cli",
                           "Import products, levels, movements, funnel days or surveys from CSV"),
         runImport},
        {"export", QT_TRANSLATE_NOOP("stockroom-cli", "Export levels or movements as CSV"),
         runExport},
        {"record", QT_TRANSLATE_NOOP("stockroom-cli", "Record a movement (sale, receipt, count …)"),
         runRecord},
        {"level", QT_TRANSLATE_NOOP("stockroom-cli", "Show a product's stock level"), runLevel},
        {"connect",
         QT_TRANSLATE_NOOP("stockroom-cli",
                           "Sign in to the central IMS and sync for the first time"),
         runConnect},
        {"sync", QT_TRANSLATE_NOOP("stockroom-cli", "Push and pull changes (--once or --watch)"),
         runSync},
        {"status",
         QT_TRANSLATE_NOOP("stockroom-cli", "Show the sync state (pending, cursor, last sync)"),
         runStatus},
        {"verify",
         QT_TRANSLATE_NOOP("stockroom-cli", "Refold the ledger and compare it with the levels"),
         runVerify},
        {"count",
         QT_TRANSLATE_NOOP("stockroom-cli",
                           "Count stock: start, scan, submit, review, recount, post"),
         runCount},
        {"discrepancies",
         QT_TRANSLATE_NOOP("stockroom-cli",
                           "The discrepancy queue: list, show, report, ack, assign, comment, "
                           "recount, resolve, dismiss, reopen"),
         runDiscrepancies},
        {"sop",
         QT_TRANSLATE_NOOP("stockroom-cli",
                           "Standard operating procedures: list, show, search, ack, import, "
                           "to-read"),
         runSop},
        {"training", QT_TRANSLATE_NOOP("stockroom-cli", "Record a training session on an SOP"),
         runTraining},
        {"kpi",
         QT_TRANSLATE_NOOP("stockroom-cli",
                           "Key figures of a period: accuracy, response, stockouts, funnel, NPS"),
         runKpi},
    };
    return commands;
}

bool parseCommandLine(CliContext &context, QCommandLineParser &parser, const QString &synopsis,
                      int *exitCode)
{
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Show this command's help."));
    parser.addOption(help);
    parser.setApplicationDescription(synopsis);
    if (!parser.parse(QStringList{QStringLiteral("stockroom-cli ") + context.command()}
                      + context.arguments())) {
        *exitCode = context.fail(parser.errorText(), ExitUsage);
        return false;
    }
    if (parser.isSet(help)) {
        context.out() << parser.helpText();
        context.out().flush();
        *exitCode = ExitOk;
        return false;
    }
    return true;
}

int runInit(CliContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption location(QStringLiteral("location"),
                                      tr("The code of this desktop's location (e.g. S01)."),
                                      QStringLiteral("code"));
    const QCommandLineOption name(QStringLiteral("name"), tr("Its name (default: the code)."),
                                  QStringLiteral("name"));
    const QCommandLineOption kind(QStringLiteral("kind"),
                                  tr("store, warehouse or online (default: store)."),
                                  QStringLiteral("kind"), QStringLiteral("store"));
    parser.addOptions({location, name, kind});
    int exitCode = ExitOk;
    if (!parseCommandLine(context, parser, tr("stockroom-cli init --location CODE [--name NAME]"),
                          &exitCode))
        return exitCode;
    if (!parser.isSet(location))
        return context.fail(tr("--location CODE is required"), ExitUsage);
    const auto locationKind = domain::locationKindFromName(parser.value(kind));
    if (!locationKind) {
        return context.fail(
            tr("--kind \"%1\" is not one of store, warehouse, online").arg(parser.value(kind)),
            ExitUsage);
    }
    const QString code = parser.value(location).trimmed();
    auto *service = context.service();
    if (!service)
        return ExitFailed;
    QString error;
    const domain::Location place{code, parser.isSet(name) ? parser.value(name) : code,
                                 *locationKind};
    if (!service->addLocation(place, true, &error) || !service->setHomeLocation(code, &error))
        return context.fail(error);
    context.out() << tr("%1: replica for location %2 ready").arg(context.databasePath(), code)
                  << Qt::endl;
    return ExitOk;
}

int runRecord(CliContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption sku(QStringLiteral("sku"), tr("The product's SKU or barcode."),
                                 QStringLiteral("sku"));
    const QCommandLineOption qty(
        QStringLiteral("qty"),
        tr("Units (signed for adjustments; the counted quantity for counts)."),
        QStringLiteral("n"));
    const QCommandLineOption reason(QStringLiteral("reason"),
                                    tr("Reason code (required for adjustments)."),
                                    QStringLiteral("code"));
    const QCommandLineOption location(QStringLiteral("location"),
                                      tr("Location (default: the home location)."),
                                      QStringLiteral("code"));
    const QCommandLineOption reference(QStringLiteral("reference"),
                                       tr("Order, transfer or count reference."),
                                       QStringLiteral("text"));
    const QCommandLineOption note(QStringLiteral("note"), tr("A note."), QStringLiteral("text"));
    const QCommandLineOption at(QStringLiteral("at"),
                                tr("When it happened, ISO 8601 (default: now)."),
                                QStringLiteral("time"));
    parser.addOptions({sku, qty, reason, location, reference, note, at});
    parser.addPositionalArgument(QStringLiteral("kind"),
                                 tr("count, receipt, return, transfer_in, sale, transfer_out, "
                                    "adjustment, reserve, release or fulfil"));
    int exitCode = ExitOk;
    if (!parseCommandLine(
            context, parser,
            tr("stockroom-cli record KIND --sku S --qty N [--reason R] [--location L]"), &exitCode))
        return exitCode;

    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return context.fail(tr("give exactly one movement kind, e.g. record sale"), ExitUsage);
    const auto kind = domain::movementKindFromName(positional.constFirst());
    if (!kind) {
        return context.fail(
            tr("\"%1\" is not a movement kind; use one of %2")
                .arg(positional.constFirst(),
                     QStringLiteral("count, receipt, return, transfer_in, sale, "
                                    "transfer_out, adjustment, reserve, release, fulfil")),
            ExitUsage);
    }
    if (!parser.isSet(sku))
        return context.fail(tr("--sku is required"), ExitUsage);
    replica::RecordRequest request;
    request.kind = *kind;
    request.product = parser.value(sku);
    if (!parser.isSet(qty) || !parseQuantity(parser.value(qty), &request.quantity)) {
        return context.fail(tr("--qty \"%1\" is not a whole number").arg(parser.value(qty)),
                            ExitUsage);
    }
    request.reasonCode = parser.value(reason);
    request.location = parser.value(location);
    request.reference = parser.value(reference);
    request.note = parser.value(note);
    if (parser.isSet(at)) {
        qint64 ms = 0;
        QString problem;
        if (!replica::parseTimestampField(parser.value(at), std::nullopt, &ms,
                                          QStringLiteral("--at"), &problem))
            return context.fail(problem, ExitUsage);
        request.occurredAtMs = ms;
    }
    auto *service = context.service();
    if (!service)
        return ExitFailed;
    const replica::RecordResult result = service->record(request);
    if (!result.ok())
        return context.fail(result.error);
    context.out() << tr("recorded %1 of %2 × %3 at %4: %5")
                         .arg(domain::movementKindName(result.movement.kind))
                         .arg(result.movement.quantity)
                         .arg(result.movement.sku, result.movement.location, describe(result.level))
                  << Qt::endl;
    return ExitOk;
}

int runLevel(CliContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption sku(QStringLiteral("sku"), tr("The product's SKU or barcode."),
                                 QStringLiteral("sku"));
    const QCommandLineOption location(QStringLiteral("location"),
                                      tr("Location (default: the home location)."),
                                      QStringLiteral("code"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    parser.addOptions({sku, location, json});
    int exitCode = ExitOk;
    if (!parseCommandLine(context, parser,
                          tr("stockroom-cli level --sku S [--location L] [--json]"), &exitCode))
        return exitCode;
    if (!parser.isSet(sku))
        return context.fail(tr("--sku is required"), ExitUsage);
    auto *service = context.service();
    if (!service)
        return ExitFailed;
    const auto product = service->findProduct(parser.value(sku));
    if (!product)
        return context.fail(tr("no product has the SKU or barcode \"%1\"").arg(parser.value(sku)));
    const QString code = parser.isSet(location) ? parser.value(location) : service->homeLocation();
    if (code.isEmpty())
        return context.fail(tr("this replica has no home location; give --location"));
    const QList<domain::Location> locations = service->locations();
    const bool known = std::any_of(locations.cbegin(), locations.cend(),
                                   [&](const domain::Location &l) { return l.code == code; });
    if (!known)
        return context.fail(tr("unknown location \"%1\"").arg(code));

    const domain::StockPosition position
        = service->level(code, product->sku)
              .value_or(domain::StockPosition{code, product->sku, {}, {}});
    if (parser.isSet(json)) {
        const QJsonObject object{
            {QStringLiteral("location"), code},
            {QStringLiteral("sku"), product->sku},
            {QStringLiteral("on_hand"), position.level.onHand},
            {QStringLiteral("committed"), position.level.committed},
            {QStringLiteral("available"), position.level.available()},
            {QStringLiteral("last_counted_at"),
             position.lastCountedAtMs
                 ? QJsonValue(replica::formatTimestamp(*position.lastCountedAtMs))
                 : QJsonValue()},
        };
        context.out() << QJsonDocument(object).toJson(QJsonDocument::Compact) << Qt::endl;
    } else {
        context.out() << tr("%1 (%2) at %3: %4")
                             .arg(product->sku, product->name, code, describe(position.level))
                      << Qt::endl;
    }
    return ExitOk;
}

int runVerify(CliContext &context)
{
    QCommandLineParser parser;
    int exitCode = ExitOk;
    if (!parseCommandLine(context, parser, tr("stockroom-cli verify"), &exitCode))
        return exitCode;
    auto *service = context.service();
    if (!service)
        return ExitFailed;
    const replica::VerifyReport report = service->verify();
    if (!report.error.isEmpty())
        return context.fail(report.error);
    for (qsizetype i = 0; i < report.mismatches.size() && i < 20; ++i) {
        const replica::VerifyMismatch &m = report.mismatches.at(i);
        context.err() << tr("stockroom-cli: verify: %1 at %2: stored %3, ledger says %4")
                             .arg(m.stored.sku, m.stored.location, describe(m.stored.level),
                                  describe(m.folded))
                      << Qt::endl;
    }
    if (!report.mismatches.isEmpty()) {
        return context.fail(QCoreApplication::translate("stockroom-cli",
                                                        "%n position(s) disagree with the ledger",
                                                        nullptr, int(report.mismatches.size())));
    }
    context.out() << tr("verified %1 positions and %2 movements: levels match the ledger")
                         .arg(report.positionsChecked)
                         .arg(report.movementsFolded)
                  << Qt::endl;
    return ExitOk;
}
