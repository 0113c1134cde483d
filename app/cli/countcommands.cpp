// stockroom-cli count …: count sessions (issue 6) on the replica through CountService, the same
// service the desktop's counting screen uses.

#include "commands.h"
#include "countservice.h"
#include "csvvalues.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <memory>

using namespace stockroom;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("stockroom-cli", text);
}

QString idText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

QString toJson(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

/** The count service on the context's replica, or null after printing why. */
std::unique_ptr<replica::CountService> openCounts(CliContext &context)
{
    auto *service = context.service();
    if (!service)
        return nullptr;
    return std::make_unique<replica::CountService>(*context.replica(), service->identity());
}

/**
 * Parses the command line with one count id as the first positional argument, then the given
 * ones (name, description); more positional arguments than that are a usage error.
 */
bool parseWithId(CliContext &context, QCommandLineParser &parser, const QString &synopsis,
                 const QList<QPair<QString, QString>> &more, QUuid *id, int *exitCode)
{
    parser.addPositionalArgument(QStringLiteral("ID"), tr("The count's id."));
    for (const auto &[name, description] : more)
        parser.addPositionalArgument(name, description);
    const qsizetype positionals = 1 + more.size();
    if (!parseCommandLine(context, parser, synopsis, exitCode))
        return false;
    const QStringList args = parser.positionalArguments();
    if (args.isEmpty()) {
        *exitCode = context.fail(tr("give the count's id; usage: %1").arg(synopsis), ExitUsage);
        return false;
    }
    if (args.size() > positionals) {
        *exitCode = context.fail(
            tr("unexpected argument \"%1\"; usage: %2").arg(args.at(positionals), synopsis),
            ExitUsage);
        return false;
    }
    *id = QUuid::fromString(args.constFirst());
    if (id->isNull()) {
        *exitCode = context.fail(tr("\"%1\" is not a count id").arg(args.constFirst()), ExitUsage);
        return false;
    }
    return true;
}

bool parseWholeNumber(CliContext &context, const QString &option, const QString &text,
                      qint64 *value, int *exitCode)
{
    bool ok = false;
    *value = text.toLongLong(&ok);
    if (!ok)
        *exitCode
            = context.fail(tr("%1 \"%2\" is not a whole number").arg(option, text), ExitUsage);
    return ok;
}

QString scopeText(const domain::CountScope &scope)
{
    QString text = domain::countScopeKindName(scope.kind);
    if (!scope.value.isEmpty())
        text += QLatin1Char(' ') + scope.value;
    if (!scope.skus.isEmpty())
        text += QLatin1Char(' ') + scope.skus.join(QLatin1Char(','));
    return text;
}

int runStart(CliContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption scope(QStringLiteral("scope"),
                                   tr("store, category, bin, skus or cycle (default: store, or "
                                      "skus when --sku is given)."),
                                   QStringLiteral("kind"));
    const QCommandLineOption value(QStringLiteral("value"), tr("The category or bin to count."),
                                   QStringLiteral("name"));
    const QCommandLineOption sku(QStringLiteral("sku"),
                                 tr("A SKU or barcode to count (repeat it for a list)."),
                                 QStringLiteral("sku"));
    const QCommandLineOption blind(QStringLiteral("blind"),
                                   tr("Counters do not see the expected quantities."));
    const QCommandLineOption location(QStringLiteral("location"),
                                      tr("Location (default: the home location)."),
                                      QStringLiteral("code"));
    const QCommandLineOption units(QStringLiteral("tolerance-units"),
                                   tr("Units a line may be off and still be accepted (default 0)."),
                                   QStringLiteral("n"), QStringLiteral("0"));
    const QCommandLineOption cents(QStringLiteral("tolerance-value"),
                                   tr("Value in cents a line may be off (default 0)."),
                                   QStringLiteral("cents"), QStringLiteral("0"));
    const QCommandLineOption uncounted(QStringLiteral("uncounted"),
                                       tr("Items nobody counted: zero or unchanged (default)."),
                                       QStringLiteral("policy"), QStringLiteral("unchanged"));
    const QCommandLineOption assignee(QStringLiteral("assignee"),
                                      tr("Who counts (repeat it for several)."),
                                      QStringLiteral("name"));
    const QCommandLineOption cycleDays(
        QStringLiteral("cycle-days"),
        tr("A cycle count without --sku: every how many days classes A, B and C are due "
           "(default 7,30,90)."),
        QStringLiteral("a,b,c"), QStringLiteral("7,30,90"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    parser.addOptions(
        {scope, value, sku, blind, location, units, cents, uncounted, assignee, cycleDays, json});
    const QString synopsis
        = tr("stockroom-cli count start [--scope store|category|bin|skus|cycle] [--value V] "
             "[--sku S]… [--blind] [--location L] [--tolerance-units N] [--tolerance-value CENTS] "
             "[--uncounted zero|unchanged] [--json]");
    int exitCode = ExitOk;
    if (!parseCommandLine(context, parser, synopsis, &exitCode))
        return exitCode;
    if (!parser.positionalArguments().isEmpty()) {
        return context.fail(tr("unexpected argument \"%1\"; usage: %2")
                                .arg(parser.positionalArguments().constFirst(), synopsis),
                            ExitUsage);
    }

    replica::CountStartRequest request;
    const QString scopeName = parser.isSet(scope) ? parser.value(scope)
                                                  : (parser.isSet(sku) ? QStringLiteral("skus")
                                                                       : QStringLiteral("store"));
    const auto kind = domain::countScopeKindFromName(scopeName);
    if (!kind) {
        return context.fail(
            tr("--scope \"%1\" is not one of store, category, bin, skus, cycle").arg(scopeName),
            ExitUsage);
    }
    request.scope = {*kind, parser.value(value), parser.values(sku)};
    request.mode = parser.isSet(blind) ? domain::CountMode::Blind : domain::CountMode::Expected;
    request.location = parser.value(location);
    request.assignees = parser.values(assignee);
    if (!parseWholeNumber(context, QStringLiteral("--tolerance-units"), parser.value(units),
                          &request.tolerance.units, &exitCode)
        || !parseWholeNumber(context, QStringLiteral("--tolerance-value"), parser.value(cents),
                             &request.tolerance.valueCents, &exitCode))
        return exitCode;
    const auto policy = replica::uncountedPolicyFromName(parser.value(uncounted));
    if (!policy) {
        return context.fail(
            tr("--uncounted \"%1\" is not one of zero, unchanged").arg(parser.value(uncounted)),
            ExitUsage);
    }
    request.uncounted = *policy;

    const auto counts = openCounts(context);
    if (!counts)
        return ExitFailed;
    if (*kind == domain::CountScopeKind::CycleList && request.scope.skus.isEmpty()) {
        const QStringList days = parser.value(cycleDays).split(QLatin1Char(','));
        replica::CycleFrequency frequency;
        bool ok = days.size() == 3;
        if (ok) {
            bool a = false, b = false, c = false;
            frequency = {days.at(0).toInt(&a), days.at(1).toInt(&b), days.at(2).toInt(&c)};
            ok = a && b && c;
        }
        if (!ok) {
            return context.fail(tr("--cycle-days \"%1\" is not three whole numbers like 7,30,90")
                                    .arg(parser.value(cycleDays)),
                                ExitUsage);
        }
        const QString code
            = request.location.isEmpty() ? context.service()->homeLocation() : request.location;
        const int today = int(QDateTime::currentMSecsSinceEpoch() / 86400000);
        request.scope.skus = counts->cycleCountDue(code, today, frequency);
    }
    QString error;
    const QUuid id = counts->start(request, &error);
    if (id.isNull())
        return context.fail(error);
    if (parser.isSet(json))
        context.out() << toJson({{QStringLiteral("id"), idText(id)}}) << Qt::endl;
    else
        context.out() << idText(id) << Qt::endl;
    return ExitOk;
}

QString describeScan(const replica::ScanResult &result)
{
    if (!result.known)
        return tr("unknown code \"%1\" ×%2 kept for follow-up").arg(result.code).arg(result.added);
    return tr("%1 (%2): %3 counted (+%4)")
        .arg(result.sku, result.productName)
        .arg(result.lineQuantity)
        .arg(result.added);
}

QJsonObject scanJson(const replica::ScanResult &result)
{
    QJsonObject object{{QStringLiteral("seq"), result.seq},
                       {QStringLiteral("code"), result.code},
                       {QStringLiteral("known"), result.known},
                       {QStringLiteral("added"), result.added}};
    if (result.known) {
        object.insert(QStringLiteral("sku"), result.sku);
        object.insert(QStringLiteral("line"), result.lineQuantity);
    }
    return object;
}

int runScan(CliContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption qty(QStringLiteral("qty"),
                                 tr("How many units this scan counts (default 1; or scan N*CODE)."),
                                 QStringLiteral("n"));
    const QCommandLineOption fromStdin(
        QStringLiteral("stdin"),
        tr("Read one scan per line (CODE or N*CODE) from standard input until it ends, as a "
           "scanner types them; each accepted scan is printed once it is stored."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    parser.addOptions({qty, fromStdin, json});
    const QString synopsis = tr("stockroom-cli count scan ID CODE [--qty N] [--json] | "
                                "count scan ID --stdin [--json]");
    int exitCode = ExitOk;
    QUuid id;
    if (!parseWithId(context, parser, synopsis,
                     {{QStringLiteral("CODE"), tr("A barcode or SKU, or N*CODE.")}}, &id,
                     &exitCode))
        return exitCode;
    const QStringList args = parser.positionalArguments();
    if (parser.isSet(fromStdin) == (args.size() == 2)) {
        return context.fail(tr("give either one CODE or --stdin; usage: %1").arg(synopsis),
                            ExitUsage);
    }
    const auto print = [&](const replica::ScanResult &result) {
        context.out() << (parser.isSet(json) ? toJson(scanJson(result)) : describeScan(result))
                      << Qt::endl;
    };

    if (!parser.isSet(fromStdin)) {
        QString problem;
        auto input = domain::parseScan(args.at(1), &problem);
        if (!input)
            return context.fail(tr("\"%1\": %2").arg(args.at(1), problem), ExitUsage);
        if (parser.isSet(qty)) {
            if (input->multiplier != 1 || args.at(1).contains(QLatin1Char('*'))) {
                return context.fail(tr("give the quantity once: --qty N or N*CODE, not both"),
                                    ExitUsage);
            }
            if (!parseWholeNumber(context, QStringLiteral("--qty"), parser.value(qty),
                                  &input->multiplier, &exitCode))
                return exitCode;
        }
        const auto counts = openCounts(context);
        if (!counts)
            return ExitFailed;
        const replica::ScanResult result = counts->scan(id, input->code, input->multiplier);
        if (!result.ok())
            return context.fail(tr("\"%1\": %2").arg(input->code, result.error));
        print(result);
        return ExitOk;
    }

    if (parser.isSet(qty))
        return context.fail(tr("--qty does not go with --stdin; type N*CODE instead"), ExitUsage);
    const auto counts = openCounts(context);
    if (!counts)
        return ExitFailed;
    QTextStream in(stdin);
    int lineNumber = 0;
    int refused = 0;
    QString line;
    while (in.readLineInto(&line)) {
        ++lineNumber;
        if (line.trimmed().isEmpty())
            continue;
        QString problem;
        const auto input = domain::parseScan(line, &problem);
        const replica::ScanResult result
            = input ? counts->scan(id, input->code, input->multiplier) : replica::ScanResult{};
        if (!input || !result.ok()) {
            ++refused;
            context.fail(tr("line %1 \"%2\": %3")
                             .arg(lineNumber)
                             .arg(line.trimmed(), input ? result.error : problem));
            continue;
        }
        print(result);
    }
    if (refused > 0) {
        return context.fail(
            QCoreApplication::translate("stockroom-cli", "%n scan(s) refused", nullptr, refused));
    }
    return ExitOk;
}

int runSet(CliContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption qty(QStringLiteral("qty"), tr("The line's counted quantity (≥ 0)."),
                                 QStringLiteral("n"));
    parser.addOption(qty);
    const QString synopsis = tr("stockroom-cli count set ID SKU --qty N");
    int exitCode = ExitOk;
    QUuid id;
    if (!parseWithId(context, parser, synopsis,
                     {{QStringLiteral("SKU"), tr("The product's SKU or barcode.")}}, &id,
                     &exitCode))
        return exitCode;
    if (parser.positionalArguments().size() != 2 || !parser.isSet(qty))
        return context.fail(tr("give the SKU and --qty N; usage: %1").arg(synopsis), ExitUsage);
    qint64 quantity = 0;
    if (!parseWholeNumber(context, QStringLiteral("--qty"), parser.value(qty), &quantity,
                          &exitCode))
        return exitCode;
    const auto counts = openCounts(context);
    if (!counts)
        return ExitFailed;
    const QString sku = parser.positionalArguments().at(1);
    QString error;
    if (!counts->setLine(id, sku, quantity, &error))
        return context.fail(tr("\"%1\": %2").arg(sku, error));
    context.out() << tr("%1 set to %2").arg(sku).arg(quantity) << Qt::endl;
    return ExitOk;
}

/** What "count ACTION ID [--json]" works on: the service, the count and the --json flag. */
struct CountTarget
{
    std::unique_ptr<replica::CountService> counts;
    QUuid id;
    replica::CountSessionInfo session;
    bool json = false;
};

/** Parses "ID [--json]", opens the count service and finds the count; nothing after saying why. */
std::optional<CountTarget> openTarget(CliContext &context, const QString &synopsis, int *exitCode)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    parser.addOption(json);
    CountTarget target;
    if (!parseWithId(context, parser, synopsis, {}, &target.id, exitCode))
        return std::nullopt;
    target.json = parser.isSet(json);
    target.counts = openCounts(context);
    if (!target.counts) {
        *exitCode = ExitFailed;
        return std::nullopt;
    }
    const auto session = target.counts->session(target.id);
    if (!session) {
        *exitCode = context.fail(tr("no count has the id %1").arg(idText(target.id)));
        return std::nullopt;
    }
    target.session = *session;
    return target;
}

int runLines(CliContext &context)
{
    int exitCode = ExitOk;
    const auto target = openTarget(context, tr("stockroom-cli count lines ID [--json]"), &exitCode);
    if (!target)
        return exitCode;
    const QUuid &id = target->id;
    const replica::CountSessionInfo *session = &target->session;
    const QList<replica::CountLine> lines = target->counts->lines(id);
    const QList<replica::UnknownCode> unknown = target->counts->unknownCodes(id);

    if (target->json) {
        QJsonArray lineArray;
        for (const replica::CountLine &line : lines) {
            QJsonObject object{
                {QStringLiteral("sku"), line.sku},
                {QStringLiteral("name"), line.productName},
                {QStringLiteral("counted"), line.counted},
                {QStringLiteral("counted_at"), replica::formatTimestamp(line.countedAtMs)},
                {QStringLiteral("round"), line.round}};
            if (line.expected)
                object.insert(QStringLiteral("expected"), *line.expected);
            lineArray.append(object);
        }
        QJsonArray unknownArray;
        for (const replica::UnknownCode &code : unknown) {
            unknownArray.append(QJsonObject{{QStringLiteral("code"), code.code},
                                            {QStringLiteral("quantity"), code.quantity},
                                            {QStringLiteral("scans"), code.scans}});
        }
        context.out() << toJson({{QStringLiteral("id"), idText(id)},
                                 {QStringLiteral("location"), session->location},
                                 {QStringLiteral("state"), domain::countStateName(session->state)},
                                 {QStringLiteral("mode"), domain::countModeName(session->mode)},
                                 {QStringLiteral("scope"), scopeText(session->scope)},
                                 {QStringLiteral("lines"), lineArray},
                                 {QStringLiteral("unknown"), unknownArray}})
                      << Qt::endl;
        return ExitOk;
    }
    context.out() << tr("count %1 at %2: %3, %4, %5")
                         .arg(idText(id), session->location, domain::countStateName(session->state),
                              scopeText(session->scope), domain::countModeName(session->mode))
                  << Qt::endl;
    for (const replica::CountLine &line : lines) {
        QString text = tr("%1  counted %2").arg(line.sku, -12).arg(line.counted);
        if (line.expected)
            text += tr("  expected %1").arg(*line.expected);
        if (line.round == 2)
            text += tr("  (recount)");
        context.out() << text << tr("  at %1").arg(replica::formatTimestamp(line.countedAtMs))
                      << Qt::endl;
    }
    for (const replica::UnknownCode &code : unknown) {
        context.out() << tr("unknown code \"%1\": %2 in %3 scan(s), to follow up")
                             .arg(code.code)
                             .arg(code.quantity)
                             .arg(code.scans)
                      << Qt::endl;
    }
    return ExitOk;
}

int runSubmit(CliContext &context)
{
    QCommandLineParser parser;
    int exitCode = ExitOk;
    QUuid id;
    if (!parseWithId(context, parser, tr("stockroom-cli count submit ID"), {}, &id, &exitCode))
        return exitCode;
    const auto counts = openCounts(context);
    if (!counts)
        return ExitFailed;
    QString error;
    if (!counts->submit(id, &error))
        return context.fail(error);
    context.out()
        << tr("count %1 submitted with %2 line(s)").arg(idText(id)).arg(counts->lines(id).size())
        << Qt::endl;
    return ExitOk;
}

int runReview(CliContext &context)
{
    int exitCode = ExitOk;
    const auto target
        = openTarget(context, tr("stockroom-cli count review ID [--json]"), &exitCode);
    if (!target)
        return exitCode;
    const QUuid &id = target->id;
    const replica::CountSessionInfo *session = &target->session;
    replica::CountService *counts = target->counts.get();
    // A count reviewed already shows what its review stored.
    QList<replica::ReviewedLine> lines;
    if (session->state == domain::CountState::Reviewed
        || session->state == domain::CountState::Posted) {
        lines = counts->reviewedLines(id);
    } else {
        const replica::ReviewResult review = counts->review(id);
        if (!review.ok())
            return context.fail(review.error);
        lines = review.lines;
    }

    if (target->json) {
        QJsonArray array;
        for (const replica::ReviewedLine &line : lines) {
            QJsonObject object{
                {QStringLiteral("sku"), line.variance.sku},
                {QStringLiteral("expected"), line.variance.expected},
                {QStringLiteral("counted"), line.variance.counted},
                {QStringLiteral("variance"), line.variance.units},
                {QStringLiteral("variance_value_cents"), line.variance.valueCents},
                {QStringLiteral("within_tolerance"), line.variance.withinTolerance},
                {QStringLiteral("decision"), replica::countDecisionName(line.decision)},
                {QStringLiteral("counted_at"), replica::formatTimestamp(line.countedAtMs)},
                {QStringLiteral("round"), line.round},
                {QStringLiteral("assumed"), line.assumed}};
            if (!line.discrepancy.isNull())
                object.insert(QStringLiteral("discrepancy"), idText(line.discrepancy));
            array.append(object);
        }
        context.out() << toJson(
            {{QStringLiteral("id"), idText(id)},
             {QStringLiteral("state"), domain::countStateName(counts->session(id)->state)},
             {QStringLiteral("lines"), array}})
                      << Qt::endl;
        return ExitOk;
    }
    context.out() << tr("%1 %2 %3 %4 %5  %6")
                         .arg(tr("SKU"), -12)
                         .arg(tr("expected"), 9)
                         .arg(tr("counted"), 9)
                         .arg(tr("variance"), 9)
                         .arg(tr("value"), 11)
                         .arg(tr("decision"))
                  << Qt::endl;
    for (const replica::ReviewedLine &line : lines) {
        QString decision = replica::countDecisionName(line.decision);
        if (line.assumed)
            decision += tr(" (not counted, assumed 0)");
        if (line.round == 2)
            decision += tr(" (after recount)");
        context.out() << tr("%1 %2 %3 %4 %5  %6")
                             .arg(line.variance.sku, -12)
                             .arg(line.variance.expected, 9)
                             .arg(line.variance.counted, 9)
                             .arg(line.variance.units, 9)
                             .arg(replica::formatMoney(line.variance.valueCents), 11)
                             .arg(decision)
                      << Qt::endl;
    }
    return ExitOk;
}

int runRecount(CliContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption sku(QStringLiteral("sku"),
                                 tr("A line to count again (repeat it for several)."),
                                 QStringLiteral("sku"));
    parser.addOption(sku);
    int exitCode = ExitOk;
    QUuid id;
    const QString synopsis = tr("stockroom-cli count recount ID --sku S…");
    if (!parseWithId(context, parser, synopsis, {}, &id, &exitCode))
        return exitCode;
    if (!parser.isSet(sku))
        return context.fail(tr("name the lines with --sku; usage: %1").arg(synopsis), ExitUsage);
    const auto counts = openCounts(context);
    if (!counts)
        return ExitFailed;
    QString error;
    if (!counts->requestRecount(id, parser.values(sku), &error))
        return context.fail(error);
    context.out() << tr("count %1 open again for a blind recount of %2")
                         .arg(idText(id),
                              counts->session(id)->recounting.join(QStringLiteral(", ")))
                  << Qt::endl;
    return ExitOk;
}

int runPost(CliContext &context)
{
    QCommandLineParser parser;
    int exitCode = ExitOk;
    QUuid id;
    if (!parseWithId(context, parser, tr("stockroom-cli count post ID"), {}, &id, &exitCode))
        return exitCode;
    const auto counts = openCounts(context);
    if (!counts)
        return ExitFailed;
    const replica::PostResult result = counts->post(id);
    if (!result.ok())
        return context.fail(result.error);
    context.out() << tr("count %1 posted: %2 count movement(s), %3 discrepancy(ies) raised")
                         .arg(idText(id))
                         .arg(result.movements)
                         .arg(result.discrepancies.size())
                  << Qt::endl;
    for (const QUuid &discrepancy : result.discrepancies)
        context.out() << tr("discrepancy %1").arg(idText(discrepancy)) << Qt::endl;
    return ExitOk;
}

struct CountAction
{
    const char *name;
    const char *summary;
    int (*run)(CliContext &context);
};

const QList<CountAction> &countActions()
{
    static const QList<CountAction> actions{
        {"start", QT_TRANSLATE_NOOP("stockroom-cli", "Start a count and print its id"), runStart},
        {"scan", QT_TRANSLATE_NOOP("stockroom-cli", "Count a scanned code (N*CODE counts N)"),
         runScan},
        {"set", QT_TRANSLATE_NOOP("stockroom-cli", "Correct a line by hand"), runSet},
        {"lines", QT_TRANSLATE_NOOP("stockroom-cli", "Show the lines and unknown codes"), runLines},
        {"submit", QT_TRANSLATE_NOOP("stockroom-cli", "Finish counting"), runSubmit},
        {"review", QT_TRANSLATE_NOOP("stockroom-cli", "Measure every line against the ledger"),
         runReview},
        {"recount", QT_TRANSLATE_NOOP("stockroom-cli", "Send lines to a blind recount"),
         runRecount},
        {"post", QT_TRANSLATE_NOOP("stockroom-cli", "Write the count movements"), runPost},
    };
    return actions;
}

} // namespace

int runCount(CliContext &context)
{
    QStringList arguments = context.arguments();
    const QString action = arguments.isEmpty() ? QString() : arguments.takeFirst();
    if (action == QLatin1StringView("--help") || action == QLatin1StringView("-h")) {
        context.out() << tr("stockroom-cli count ACTION [ARGS…] (count ACTION --help for each):")
                      << Qt::endl;
        for (const CountAction &each : countActions()) {
            context.out() << QStringLiteral("  %1  %2")
                                 .arg(QLatin1StringView(each.name), -8)
                                 .arg(QCoreApplication::translate("stockroom-cli", each.summary))
                          << Qt::endl;
        }
        return ExitOk;
    }
    for (const CountAction &each : countActions()) {
        if (action == QLatin1StringView(each.name)) {
            CliContext sub(context.command() + QLatin1Char(' ') + action, arguments,
                           context.databasePath());
            return each.run(sub);
        }
    }
    QStringList names;
    for (const CountAction &each : countActions())
        names.append(QLatin1StringView(each.name));
    if (action.isEmpty())
        return context.fail(tr("give an action: %1").arg(names.join(QStringLiteral(", "))),
                            ExitUsage);
    return context.fail(tr("\"%1\" is not one of %2").arg(action, names.join(QStringLiteral(", "))),
                        ExitUsage);
}
