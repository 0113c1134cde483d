// stockroom-cli discrepancies …: the discrepancy queue (issue 6) through DiscrepancyService, the
// same service the desktop's Discrepancies page uses.

#include "commands.h"
#include "discrepancyservice.h"
#include "transfercheck.h"

#include <QCoreApplication>
#include <QDateTime>
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

QString idText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

QString timeText(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

/** The queue on the context's replica, or null after printing why. */
std::unique_ptr<replica::DiscrepancyService> openQueue(CliContext &context)
{
    auto *service = context.service();
    if (!service)
        return nullptr;
    return std::make_unique<replica::DiscrepancyService>(*service);
}

/**
 * Parses "ID [ARG]": the discrepancy named by its id or a unique prefix of it, and the one more
 * argument when the action takes one (joined when given as several words).
 */
bool parseTarget(CliContext &context, QCommandLineParser &parser, const QString &synopsis,
                 const QString &argument, replica::DiscrepancyService &queue, QUuid *id,
                 QString *value, int *exitCode)
{
    parser.addPositionalArgument(QStringLiteral("ID"),
                                 tr("The discrepancy's id, or its first characters."));
    if (!argument.isEmpty())
        parser.addPositionalArgument(argument, argument);
    if (!parseCommandLine(context, parser, synopsis, exitCode))
        return false;
    QStringList args = parser.positionalArguments();
    if (args.isEmpty()) {
        *exitCode
            = context.fail(tr("give the discrepancy's id; usage: %1").arg(synopsis), ExitUsage);
        return false;
    }
    if (argument.isEmpty() && args.size() > 1) {
        *exitCode = context.fail(
            tr("unexpected argument \"%1\"; usage: %2").arg(args.at(1), synopsis), ExitUsage);
        return false;
    }
    if (!argument.isEmpty() && args.size() < 2) {
        *exitCode = context.fail(tr("give the %1; usage: %2").arg(argument, synopsis), ExitUsage);
        return false;
    }
    QString error;
    const auto found = queue.resolveId(args.takeFirst(), &error);
    if (!found) {
        *exitCode = context.fail(error);
        return false;
    }
    *id = *found;
    if (value)
        *value = args.join(QLatin1Char(' '));
    return true;
}

QJsonObject stateJson(const domain::DiscrepancyState &s, qint64 nowMs)
{
    QJsonObject json{
        {QStringLiteral("id"), idText(s.id)},
        {QStringLiteral("type"), domain::discrepancyTypeName(s.type)},
        {QStringLiteral("location"), s.location},
        {QStringLiteral("sku"), s.sku},
        {QStringLiteral("expected"), s.expected},
        {QStringLiteral("actual"), s.actual},
        {QStringLiteral("variance"), s.varianceUnits()},
        {QStringLiteral("value_cents"), s.valueCents},
        {QStringLiteral("status"), domain::discrepancyStatusName(s.status)},
        {QStringLiteral("priority"), domain::discrepancyPriorityName(s.priority)},
        {QStringLiteral("assignee"), s.assignee},
        {QStringLiteral("created_at"), s.createdAtMs},
        {QStringLiteral("sla_remaining_ms"), domain::slaRemainingMs(s, nowMs)},
        {QStringLiteral("overdue"), domain::isOverdue(s, nowMs)},
    };
    if (!s.reference.isEmpty())
        json.insert(QStringLiteral("reference"), s.reference);
    if (s.firstResponseAtMs)
        json.insert(QStringLiteral("first_response_at"), *s.firstResponseAtMs);
    if (s.closedAtMs)
        json.insert(QStringLiteral("closed_at"), *s.closedAtMs);
    if (!s.timeline.isEmpty()) {
        QJsonArray timeline;
        for (const domain::DiscrepancyEvent &e : s.timeline) {
            QJsonObject event{{QStringLiteral("id"), idText(e.id)},
                              {QStringLiteral("kind"), domain::discrepancyEventKindName(e.kind)},
                              {QStringLiteral("at"), e.atMs},
                              {QStringLiteral("user"), e.user},
                              {QStringLiteral("ignored"), s.ignored.contains(e.id)}};
            if (!e.text.isEmpty())
                event.insert(QStringLiteral("text"), e.text);
            if (!e.assignee.isEmpty())
                event.insert(QStringLiteral("assignee"), e.assignee);
            if (e.action)
                event.insert(QStringLiteral("action"), domain::resolutionActionName(*e.action));
            if (e.priority)
                event.insert(QStringLiteral("priority"),
                             domain::discrepancyPriorityName(*e.priority));
            timeline.append(event);
        }
        json.insert(QStringLiteral("timeline"), timeline);
    }
    return json;
}

int runList(CliContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    const QCommandLineOption all(QStringLiteral("all"), tr("Closed ones too."));
    const QCommandLineOption status(QStringLiteral("status"),
                                    tr("Only this status (repeatable): open, acknowledged, "
                                       "recount_requested, resolved, dismissed."),
                                    QStringLiteral("status"));
    const QCommandLineOption type(QStringLiteral("type"), tr("Only this type."),
                                  QStringLiteral("type"));
    const QCommandLineOption location(QStringLiteral("location"), tr("Only this location."),
                                      QStringLiteral("code"));
    const QCommandLineOption overdue(QStringLiteral("overdue"),
                                     tr("Only those past the one-hour first response."));
    parser.addOptions({json, all, status, type, location, overdue});
    int exitCode = ExitOk;
    if (!parseCommandLine(context, parser,
                          tr("stockroom-cli discrepancies list [--json] [--all] [--status S]… "
                             "[--type T] [--location L] [--overdue]"),
                          &exitCode))
        return exitCode;
    if (!parser.positionalArguments().isEmpty())
        return context.fail(
            tr("unexpected argument \"%1\"").arg(parser.positionalArguments().constFirst()),
            ExitUsage);
    replica::DiscrepancyFilter filter;
    filter.statuses = parser.values(status);
    for (const QString &s : std::as_const(filter.statuses)) {
        if (!domain::discrepancyStatusFromName(s))
            return context.fail(tr("--status \"%1\" is not a status").arg(s), ExitUsage);
    }
    if (filter.statuses.isEmpty() && !parser.isSet(all))
        filter.statuses = {QStringLiteral("open"), QStringLiteral("acknowledged"),
                           QStringLiteral("recount_requested")};
    filter.type = parser.value(type);
    if (!filter.type.isEmpty() && !domain::discrepancyTypeFromName(filter.type))
        return context.fail(tr("--type \"%1\" is not a discrepancy type").arg(filter.type),
                            ExitUsage);
    filter.location = parser.value(location);
    auto queue = openQueue(context);
    if (!queue)
        return ExitFailed;
    filter.overdueOnly = parser.isSet(overdue);
    filter.nowMs = queue->now();
    const QList<domain::DiscrepancyState> rows = queue->list(filter);
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const domain::DiscrepancyState &s : rows)
            array.append(stateJson(s, filter.nowMs));
        context.out() << QString::fromUtf8(
            QJsonDocument(QJsonObject{{QStringLiteral("discrepancies"), array}})
                .toJson(QJsonDocument::Compact))
                      << Qt::endl;
        return ExitOk;
    }
    for (const domain::DiscrepancyState &s : rows) {
        context.out() << QStringLiteral("%1  %2  %3  %4  %5  %6 → %7  %8  %9")
                             .arg(idText(s.id).left(8), domain::discrepancyPriorityName(s.priority),
                                  domain::discrepancyStatusName(s.status),
                                  domain::discrepancyTypeName(s.type), s.location,
                                  QString::number(s.expected), QString::number(s.actual),
                                  s.sku.isEmpty() ? QStringLiteral("-") : s.sku,
                                  domain::isOverdue(s, filter.nowMs) ? tr("OVERDUE") : QString())
                      << Qt::endl;
    }
    context.out() << QCoreApplication::translate("stockroom-cli", "%n discrepancy(s)", nullptr,
                                                 int(rows.size()))
                  << Qt::endl;
    return ExitOk;
}

int runShow(CliContext &context)
{
    auto queue = openQueue(context);
    if (!queue)
        return ExitFailed;
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    parser.addOption(json);
    QUuid id;
    int exitCode = ExitOk;
    if (!parseTarget(context, parser, tr("stockroom-cli discrepancies show ID [--json]"), {},
                     *queue, &id, nullptr, &exitCode))
        return exitCode;
    const auto state = queue->get(id);
    if (!state)
        return context.fail(tr("there is no discrepancy %1").arg(idText(id)));
    const qint64 now = queue->now();
    if (parser.isSet(json)) {
        context.out() << QString::fromUtf8(
            QJsonDocument(stateJson(*state, now)).toJson(QJsonDocument::Compact))
                      << Qt::endl;
        return ExitOk;
    }
    context.out() << tr("%1 %2 at %3, SKU %4: expected %5, actual %6 (variance %7)")
                         .arg(domain::discrepancyTypeName(state->type), idText(id), state->location,
                              state->sku.isEmpty() ? QStringLiteral("-") : state->sku)
                         .arg(state->expected)
                         .arg(state->actual)
                         .arg(state->varianceUnits())
                  << Qt::endl
                  << tr("status %1, priority %2, assignee %3")
                         .arg(domain::discrepancyStatusName(state->status),
                              domain::discrepancyPriorityName(state->priority),
                              state->assignee.isEmpty() ? QStringLiteral("-") : state->assignee)
                  << Qt::endl;
    for (const domain::DiscrepancyEvent &e : state->timeline) {
        QString detail = e.text;
        if (e.action)
            detail = domain::resolutionActionName(*e.action)
                     + (e.text.isEmpty() ? QString() : QStringLiteral(" ") + e.text);
        if (!e.assignee.isEmpty() && e.kind == domain::DiscrepancyEventKind::Assigned)
            detail = e.assignee;
        if (e.priority && e.kind == domain::DiscrepancyEventKind::PrioritySet)
            detail = domain::discrepancyPriorityName(*e.priority);
        context.out() << QStringLiteral("  %1  %2  %3%4%5")
                             .arg(timeText(e.atMs), e.user.isEmpty() ? QStringLiteral("-") : e.user,
                                  domain::discrepancyEventKindName(e.kind),
                                  detail.isEmpty() ? QString() : QStringLiteral(": ") + detail,
                                  state->ignored.contains(e.id) ? tr(" (did not take effect)")
                                                                : QString())
                      << Qt::endl;
    }
    return ExitOk;
}

/** ack, assign, comment, recount, resolve, dismiss, reopen: one event each. */
int runAction(CliContext &context, const QString &action)
{
    auto queue = openQueue(context);
    if (!queue)
        return ExitFailed;
    struct Shape
    {
        const char *name;
        const char *argument;
        const char *synopsis;
    };
    static const QList<Shape> shapes{
        {"ack", "", "stockroom-cli discrepancies ack ID"},
        {"assign", "WHO", "stockroom-cli discrepancies assign ID WHO (a user or a role)"},
        {"comment", "TEXT", "stockroom-cli discrepancies comment ID TEXT"},
        {"recount", "", "stockroom-cli discrepancies recount ID"},
        {"resolve", "ACTION",
         "stockroom-cli discrepancies resolve ID ACTION [--reason CODE] (ACTION: "
         "adjust_to_counted, accept_system, write_off, transfer_correction)"},
        {"dismiss", "REASON", "stockroom-cli discrepancies dismiss ID REASON"},
        {"reopen", "", "stockroom-cli discrepancies reopen ID"},
    };
    const Shape *shape = nullptr;
    for (const Shape &s : shapes) {
        if (action == QLatin1StringView(s.name))
            shape = &s;
    }
    QCommandLineParser parser;
    const QCommandLineOption reason(QStringLiteral("reason"),
                                    tr("The reason code of a write-off (damaged, theft …)."),
                                    QStringLiteral("code"));
    if (action == QLatin1StringView("resolve"))
        parser.addOption(reason);
    QUuid id;
    QString value;
    int exitCode = ExitOk;
    if (!parseTarget(context, parser, tr(shape->synopsis), QString::fromLatin1(shape->argument),
                     *queue, &id, &value, &exitCode))
        return exitCode;
    QString error;
    bool ok = false;
    if (action == QLatin1StringView("ack")) {
        ok = queue->acknowledge(id, &error);
    } else if (action == QLatin1StringView("assign")) {
        ok = queue->assign(id, value, &error);
    } else if (action == QLatin1StringView("comment")) {
        ok = queue->comment(id, value, &error);
    } else if (action == QLatin1StringView("recount")) {
        ok = queue->requestRecount(id, &error);
    } else if (action == QLatin1StringView("resolve")) {
        const auto resolution = domain::resolutionActionFromName(value.trimmed());
        if (!resolution)
            return context.fail(tr("\"%1\" is not a resolution; use adjust_to_counted, "
                                   "accept_system, write_off or transfer_correction")
                                    .arg(value),
                                ExitUsage);
        ok = queue->resolve(id, *resolution, parser.value(reason), &error);
    } else if (action == QLatin1StringView("dismiss")) {
        ok = queue->dismiss(id, value, &error);
    } else if (action == QLatin1StringView("reopen")) {
        ok = queue->reopen(id, &error);
    }
    if (!ok)
        return context.fail(tr("%1: %2").arg(idText(id).left(8), error));
    const auto state = queue->get(id);
    context.out()
        << tr("%1 is %2").arg(idText(id).left(8), domain::discrepancyStatusName(state->status))
        << Qt::endl;
    return ExitOk;
}

int runReport(CliContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption sku(QStringLiteral("sku"), tr("The product's SKU or barcode."),
                                 QStringLiteral("sku"));
    const QCommandLineOption kind(QStringLiteral("kind"),
                                  tr("damaged, missing, mislabelled or other."),
                                  QStringLiteral("kind"));
    const QCommandLineOption qty(QStringLiteral("qty"), tr("Units affected (default 0)."),
                                 QStringLiteral("n"), QStringLiteral("0"));
    const QCommandLineOption location(QStringLiteral("location"),
                                      tr("Location (default: the home location)."),
                                      QStringLiteral("code"));
    const QCommandLineOption note(QStringLiteral("note"), tr("What was seen."),
                                  QStringLiteral("text"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print the new id as JSON."));
    parser.addOptions({sku, kind, qty, location, note, json});
    int exitCode = ExitOk;
    if (!parseCommandLine(context, parser,
                          tr("stockroom-cli discrepancies report --sku S --kind K [--qty N] "
                             "[--location L] [--note TEXT] [--json]"),
                          &exitCode))
        return exitCode;
    if (!parser.isSet(sku) || !parser.isSet(kind))
        return context.fail(tr("--sku and --kind are required"), ExitUsage);
    bool numeric = false;
    const qint64 quantity = parser.value(qty).toLongLong(&numeric);
    if (!numeric)
        return context.fail(tr("--qty \"%1\" is not a whole number").arg(parser.value(qty)),
                            ExitUsage);
    auto queue = openQueue(context);
    if (!queue)
        return ExitFailed;
    QString error;
    const auto id = queue->report({parser.value(location), parser.value(sku), parser.value(kind),
                                   quantity, parser.value(note)},
                                  &error);
    if (!id)
        return context.fail(error);
    if (parser.isSet(json))
        context.out() << QStringLiteral("{\"id\":\"%1\"}").arg(idText(*id)) << Qt::endl;
    else
        context.out() << idText(*id) << Qt::endl;
    return ExitOk;
}

int runCheckTransfers(CliContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption hours(QStringLiteral("hours"),
                                   tr("How long goods may be on the road (default 48)."),
                                   QStringLiteral("n"), QStringLiteral("48"));
    parser.addOption(hours);
    int exitCode = ExitOk;
    if (!parseCommandLine(context, parser,
                          tr("stockroom-cli discrepancies check-transfers [--hours N]"), &exitCode))
        return exitCode;
    bool numeric = false;
    const qint64 limit = parser.value(hours).toLongLong(&numeric);
    if (!numeric || limit < 1 || limit > 24 * 365)
        return context.fail(tr("--hours \"%1\" must be a whole number of hours from 1 to 8760")
                                .arg(parser.value(hours)),
                            ExitUsage);
    auto queue = openQueue(context);
    if (!queue)
        return ExitFailed;
    QString error;
    const auto raised = queue->raiseMissingTransfers(limit * 3600 * 1000, &error);
    if (!raised)
        return context.fail(error);
    context.out() << QCoreApplication::translate(
        "stockroom-cli", "%n transfer(s) not received raised", nullptr, *raised)
                  << Qt::endl;
    return ExitOk;
}

} // namespace

int runDiscrepancies(CliContext &context)
{
    QStringList arguments = context.arguments();
    const QString action = arguments.isEmpty() ? QString() : arguments.takeFirst();
    static const QStringList actions{
        QStringLiteral("list"),    QStringLiteral("show"),           QStringLiteral("report"),
        QStringLiteral("ack"),     QStringLiteral("assign"),         QStringLiteral("comment"),
        QStringLiteral("recount"), QStringLiteral("resolve"),        QStringLiteral("dismiss"),
        QStringLiteral("reopen"),  QStringLiteral("check-transfers")};
    if (action == QLatin1StringView("--help") || action == QLatin1StringView("-h")) {
        context.out() << tr("stockroom-cli discrepancies ACTION [ARGS…] (ACTION --help for "
                            "each): %1")
                             .arg(actions.join(QStringLiteral(", ")))
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
    if (action == QLatin1StringView("list"))
        return runList(sub);
    if (action == QLatin1StringView("show"))
        return runShow(sub);
    if (action == QLatin1StringView("report"))
        return runReport(sub);
    if (action == QLatin1StringView("check-transfers"))
        return runCheckTransfers(sub);
    return runAction(sub, action);
}
