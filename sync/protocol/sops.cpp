#include "sops.h"

#include "jsonfields.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace stockroom::protocol {

namespace {

QByteArray compact(const QJsonObject &json)
{
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

QJsonArray encodePeople(const QList<SopAcknowledgementReport::Person> &people, bool withTime)
{
    QJsonArray array;
    for (const SopAcknowledgementReport::Person &p : people) {
        QJsonObject item{{QStringLiteral("user"), p.user}, {QStringLiteral("role"), p.role}};
        if (withTime)
            item.insert(QStringLiteral("at"), p.atMs);
        array.append(item);
    }
    return array;
}

bool decodePeople(const QJsonArray &array, const QString &path, bool withTime,
                  QList<SopAcknowledgementReport::Person> *people, DecodeError *error)
{
    for (qsizetype i = 0; i < array.size(); ++i) {
        JsonReader r(array.at(i).toObject(), QStringLiteral("%1[%2]").arg(path).arg(i), error);
        SopAcknowledgementReport::Person person;
        person.user = r.string("user");
        person.role = r.string("role", false);
        if (withTime)
            person.atMs = r.integer("at");
        if (!r.ok())
            return false;
        people->append(person);
    }
    return true;
}

} // namespace

QByteArray encodePublishSopRequest(const PublishSopRequest &request)
{
    return compact({{QStringLiteral("file_name"), request.fileName},
                    {QStringLiteral("text"), request.text}});
}

std::optional<PublishSopRequest> decodePublishSopRequest(const QByteArray &json,
                                                         DecodeError *error)
{
    const auto object = parseObject(json, error);
    if (!object)
        return std::nullopt;
    JsonReader r(*object, {}, error);
    PublishSopRequest request;
    request.fileName = r.string("file_name", false);
    request.text = r.string("text");
    if (!r.ok())
        return std::nullopt;
    return request;
}

QByteArray encodePublishSopResponse(const PublishSopResponse &response)
{
    return compact({{QStringLiteral("sop"), encodeSopVersion(response.sop)},
                    {QStringLiteral("seq"), response.seq},
                    {QStringLiteral("unchanged"), response.unchanged}});
}

std::optional<PublishSopResponse> decodePublishSopResponse(const QByteArray &json,
                                                           DecodeError *error)
{
    const auto object = parseObject(json, error);
    if (!object)
        return std::nullopt;
    JsonReader r(*object, {}, error);
    PublishSopResponse response;
    const QJsonObject sop = r.object("sop");
    response.seq = r.integer("seq");
    response.unchanged = r.boolean("unchanged", false);
    if (!r.ok())
        return std::nullopt;
    const auto decoded = decodeSopVersion(sop, QStringLiteral("sop"), error);
    if (!decoded)
        return std::nullopt;
    response.sop = *decoded;
    return response;
}

QByteArray encodeSopAcknowledgementReport(const SopAcknowledgementReport &report)
{
    return compact({{QStringLiteral("sop"), report.sopId},
                    {QStringLiteral("version"), report.version},
                    {QStringLiteral("title"), report.title},
                    {QStringLiteral("acknowledged"), encodePeople(report.acknowledged, true)},
                    {QStringLiteral("pending"), encodePeople(report.pending, false)},
                    {QStringLiteral("as_of"), report.asOfMs}});
}

std::optional<SopAcknowledgementReport> decodeSopAcknowledgementReport(const QByteArray &json,
                                                                       DecodeError *error)
{
    const auto object = parseObject(json, error);
    if (!object)
        return std::nullopt;
    JsonReader r(*object, {}, error);
    SopAcknowledgementReport report;
    report.sopId = r.string("sop");
    report.version = int(r.integer("version"));
    report.title = r.string("title", false);
    const QJsonArray acknowledged = r.array("acknowledged");
    const QJsonArray pending = r.array("pending");
    report.asOfMs = r.integer("as_of");
    if (!r.ok()
        || !decodePeople(acknowledged, QStringLiteral("acknowledged"), true,
                         &report.acknowledged, error)
        || !decodePeople(pending, QStringLiteral("pending"), false, &report.pending, error))
        return std::nullopt;
    return report;
}

} // namespace stockroom::protocol
