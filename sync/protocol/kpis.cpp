#include "kpis.h"

#include "jsonfields.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace stockroom::protocol {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("stockroom::protocol", text);
}

QString dayText(QDate date)
{
    return date.toString(Qt::ISODate);
}

/** A required "date" as YYYY-MM-DD. */
QDate readDate(JsonReader &r)
{
    const QString text = r.string("date");
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (r.ok() && (!date.isValid() || text.size() != 10))
        r.fail("date", tr("\"%1\" is not a date (YYYY-MM-DD)").arg(text));
    return date;
}

QByteArray compact(const QJsonObject &json)
{
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

} // namespace

QByteArray encodeFunnelDays(const QList<domain::FunnelDay> &days)
{
    QJsonArray array;
    for (const domain::FunnelDay &d : days) {
        array.append(QJsonObject{{QStringLiteral("date"), dayText(d.date)},
                                 {QStringLiteral("channel"), d.channel},
                                 {QStringLiteral("carts_created"), d.cartsCreated},
                                 {QStringLiteral("carts_abandoned"), d.cartsAbandoned},
                                 {QStringLiteral("carts_abandoned_unavailable"),
                                  d.cartsAbandonedUnavailable},
                                 {QStringLiteral("checkouts_started"), d.checkoutsStarted},
                                 {QStringLiteral("checkouts_completed"), d.checkoutsCompleted}});
    }
    return compact({{QStringLiteral("days"), array}});
}

std::optional<QList<domain::FunnelDay>> decodeFunnelDays(const QByteArray &json,
                                                         DecodeError *error)
{
    const auto object = parseObject(json, error);
    if (!object)
        return std::nullopt;
    JsonReader top(*object, {}, error);
    const QJsonArray array = top.array("days");
    if (!top.ok())
        return std::nullopt;
    QList<domain::FunnelDay> days;
    QSet<std::pair<QDate, QString>> seen;
    for (qsizetype i = 0; i < array.size(); ++i) {
        JsonReader r(array.at(i).toObject(), QStringLiteral("days[%1]").arg(i), error);
        domain::FunnelDay d;
        d.date = readDate(r);
        d.channel = r.string("channel");
        d.cartsCreated = r.integer("carts_created");
        d.cartsAbandoned = r.integer("carts_abandoned");
        d.cartsAbandonedUnavailable = r.integer("carts_abandoned_unavailable");
        d.checkoutsStarted = r.integer("checkouts_started");
        d.checkoutsCompleted = r.integer("checkouts_completed");
        if (!r.ok())
            return std::nullopt;
        QString problem = domain::validateFunnelDay(d);
        if (problem.isEmpty() && seen.contains({d.date, d.channel}))
            problem = tr("%1 of channel %2 is given twice.").arg(dayText(d.date), d.channel);
        if (!problem.isEmpty()) {
            *error = {QStringLiteral("days[%1]").arg(i), problem};
            return std::nullopt;
        }
        seen.insert({d.date, d.channel});
        days.append(d);
    }
    return days;
}

QByteArray encodeSurveyResponses(const QList<domain::SurveyResponse> &responses)
{
    QJsonArray array;
    for (const domain::SurveyResponse &s : responses) {
        QJsonObject item{{QStringLiteral("id"), s.id},
                         {QStringLiteral("date"), dayText(s.date)},
                         {QStringLiteral("score"), s.score}};
        if (!s.reason.isEmpty())
            item.insert(QStringLiteral("reason"), s.reason);
        if (!s.comment.isEmpty())
            item.insert(QStringLiteral("comment"), s.comment);
        if (!s.location.isEmpty())
            item.insert(QStringLiteral("location"), s.location);
        array.append(item);
    }
    return compact({{QStringLiteral("responses"), array}});
}

std::optional<QList<domain::SurveyResponse>> decodeSurveyResponses(const QByteArray &json,
                                                                  DecodeError *error)
{
    const auto object = parseObject(json, error);
    if (!object)
        return std::nullopt;
    JsonReader top(*object, {}, error);
    const QJsonArray array = top.array("responses");
    if (!top.ok())
        return std::nullopt;
    QList<domain::SurveyResponse> responses;
    QSet<QString> seen;
    for (qsizetype i = 0; i < array.size(); ++i) {
        JsonReader r(array.at(i).toObject(), QStringLiteral("responses[%1]").arg(i), error);
        domain::SurveyResponse s;
        s.id = r.string("id");
        s.date = readDate(r);
        const qint64 score = r.integer("score");
        s.score = score < 0 || score > 10 ? -1 : int(score); // -1: refused below, not wrapped
        s.reason = r.string("reason", false);
        s.comment = r.string("comment", false);
        s.location = r.string("location", false);
        if (!r.ok())
            return std::nullopt;
        QString problem = s.score < 0 ? tr("The score is not between 0 and 10.")
                                      : domain::validateSurveyResponse(s);
        if (problem.isEmpty() && seen.contains(s.id))
            problem = tr("Response %1 is given twice.").arg(s.id);
        if (!problem.isEmpty()) {
            *error = {QStringLiteral("responses[%1]").arg(i), problem};
            return std::nullopt;
        }
        seen.insert(s.id);
        responses.append(s);
    }
    return responses;
}

} // namespace stockroom::protocol
