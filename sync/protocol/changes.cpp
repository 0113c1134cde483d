#include "changes.h"

#include "changes_p.h"
#include "jsonfields.h"
#include "jsonwriter.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <limits>

namespace stockroom::protocol {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("stockroom::protocol", text);
}

QString uuidText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

QString indexed(const QString &path, const char *key, qsizetype index)
{
    return QStringLiteral("%1%2[%3]")
        .arg(path.isEmpty() ? QString() : path + QLatin1Char('.'), QLatin1StringView(key))
        .arg(index);
}

// A version number as an int: one beyond int's range is 0, which every check refuses, instead
// of wrapping round to a small valid number.
int boundedVersion(qint64 version)
{
    return version < 1 || version > std::numeric_limits<int>::max() ? 0 : int(version);
}

// The change kinds that are neither frequent nor large are still built as QJsonObject, and
// spliced in as compact text.
void writeObject(JsonWriter &out, const char *key, const QJsonObject &object)
{
    out.key(key).json(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

QJsonObject encodeMovement(const domain::Movement &m)
{
    QJsonObject json{
        {QStringLiteral("id"), uuidText(m.id)},
        {QStringLiteral("location"), m.location},
        {QStringLiteral("sku"), m.sku},
        {QStringLiteral("kind"), domain::movementKindName(m.kind)},
        {QStringLiteral("quantity"), m.quantity},
        {QStringLiteral("occurred_at"), m.occurredAtMs},
        {QStringLiteral("user"), m.user},
        {QStringLiteral("device"), m.device},
    };
    if (!m.reasonCode.isEmpty())
        json.insert(QStringLiteral("reason_code"), m.reasonCode);
    if (!m.reference.isEmpty())
        json.insert(QStringLiteral("reference"), m.reference);
    if (!m.note.isEmpty())
        json.insert(QStringLiteral("note"), m.note);
    if (m.serverSeq)
        json.insert(QStringLiteral("server_seq"), *m.serverSeq);
    return json;
}

void writeMovement(JsonWriter &out, const domain::Movement &m)
{
    out.beginObject()
        .field("id", m.id)
        .field("location", m.location)
        .field("sku", m.sku)
        .field("kind", domain::movementKindName(m.kind))
        .field("quantity", m.quantity)
        .field("occurred_at", m.occurredAtMs)
        .field("user", m.user)
        .field("device", m.device);
    if (!m.reasonCode.isEmpty())
        out.field("reason_code", m.reasonCode);
    if (!m.reference.isEmpty())
        out.field("reference", m.reference);
    if (!m.note.isEmpty())
        out.field("note", m.note);
    if (m.serverSeq)
        out.field("server_seq", *m.serverSeq);
    out.endObject();
}

QByteArray encodeMovementJson(const domain::Movement &movement)
{
    JsonWriter out;
    writeMovement(out, movement);
    return out.take();
}

QByteArray movementJsonWithSeq(QByteArrayView stored, qint64 seq)
{
    // writeMovement puts server_seq last: the stored text up to its closing brace, then the seq.
    if (stored.size() < 3 || stored.front() != '{' || stored.back() != '}'
        || stored.contains(QByteArrayView("\"server_seq\"")))
        return {};
    QByteArray json;
    json.reserve(stored.size() + 32);
    json.append(stored.chopped(1)).append(",\"server_seq\":").append(QByteArray::number(seq));
    json.append('}');
    return json;
}

std::optional<domain::Movement> decodeMovementJson(const QByteArray &json, DecodeError *error)
{
    if (auto movement = scanMovementJson(json))
        return movement;
    return decodeMovement(QJsonDocument::fromJson(json).object(), {}, error);
}

std::optional<domain::Movement> decodeMovement(const QJsonObject &json, const QString &path,
                                               DecodeError *error)
{
    JsonReader r(json, path, error);
    domain::Movement m;
    m.id = r.uuid("id");
    m.location = r.string("location");
    m.sku = r.string("sku");
    const QString kind = r.string("kind");
    m.quantity = r.integer("quantity");
    m.occurredAtMs = r.integer("occurred_at");
    m.user = r.string("user", false);
    m.device = r.string("device", false);
    m.reasonCode = r.string("reason_code", false);
    m.reference = r.string("reference", false);
    m.note = r.string("note", false);
    if (r.has("server_seq"))
        m.serverSeq = r.integer("server_seq");
    if (!r.ok())
        return std::nullopt;
    const auto movementKind = domain::movementKindFromName(kind);
    if (!movementKind) {
        r.fail("kind", tr("\"%1\" is not a movement kind").arg(kind));
        return std::nullopt;
    }
    m.kind = *movementKind;
    return m;
}

QJsonObject encodeDiscrepancy(const DiscrepancyNotice &d)
{
    return {
        {QStringLiteral("id"), uuidText(d.id)},
        {QStringLiteral("type"), d.type},
        {QStringLiteral("location"), d.location},
        {QStringLiteral("sku"), d.sku},
        {QStringLiteral("expected"), d.expected},
        {QStringLiteral("actual"), d.actual},
        {QStringLiteral("reason"), d.reason},
        {QStringLiteral("source_change"), uuidText(d.sourceChange)},
        {QStringLiteral("created_at"), d.createdAtMs},
    };
}

std::optional<DiscrepancyNotice> decodeDiscrepancy(const QJsonObject &json, const QString &path,
                                                   DecodeError *error)
{
    JsonReader r(json, path, error);
    DiscrepancyNotice d;
    d.id = r.uuid("id");
    d.type = r.string("type");
    d.location = r.string("location");
    d.sku = r.string("sku");
    d.expected = r.integer("expected");
    d.actual = r.integer("actual");
    d.reason = r.string("reason", false);
    d.sourceChange = r.uuid("source_change");
    d.createdAtMs = r.integer("created_at");
    return r.ok() ? std::optional(d) : std::nullopt;
}

QJsonObject encodeDiscrepancyEvent(const domain::DiscrepancyEvent &e)
{
    QJsonObject json{
        {QStringLiteral("id"), uuidText(e.id)},
        {QStringLiteral("discrepancy"), uuidText(e.discrepancy)},
        {QStringLiteral("kind"), domain::discrepancyEventKindName(e.kind)},
        {QStringLiteral("at"), e.atMs},
        {QStringLiteral("user"), e.user},
        {QStringLiteral("device"), e.device},
        {QStringLiteral("location"), e.location},
    };
    const auto optional = [&json](const char *key, const QString &value) {
        if (!value.isEmpty())
            json.insert(QLatin1StringView(key), value);
    };
    optional("text", e.text);
    optional("assignee", e.assignee);
    optional("sku", e.sku);
    if (e.action)
        json.insert(QStringLiteral("action"), domain::resolutionActionName(*e.action));
    if (e.priority)
        json.insert(QStringLiteral("priority"), domain::discrepancyPriorityName(*e.priority));
    if (e.kind == domain::DiscrepancyEventKind::Created) {
        json.insert(QStringLiteral("type"), domain::discrepancyTypeName(e.type));
        json.insert(QStringLiteral("expected"), e.expected);
        json.insert(QStringLiteral("actual"), e.actual);
        json.insert(QStringLiteral("value_cents"), e.valueCents);
        optional("reference", e.reference);
    }
    return json;
}

std::optional<domain::DiscrepancyEvent>
decodeDiscrepancyEvent(const QJsonObject &json, const QString &path, DecodeError *error)
{
    JsonReader r(json, path, error);
    domain::DiscrepancyEvent e;
    e.id = r.uuid("id");
    e.discrepancy = r.uuid("discrepancy");
    const QString kind = r.string("kind");
    e.atMs = r.integer("at");
    e.user = r.string("user", false);
    e.device = r.string("device", false);
    e.location = r.string("location");
    e.text = r.string("text", false);
    e.assignee = r.string("assignee", false);
    e.sku = r.string("sku", false);
    const QString action = r.string("action", false);
    const QString priority = r.string("priority", false);
    if (!r.ok())
        return std::nullopt;
    const auto eventKind = domain::discrepancyEventKindFromName(kind);
    if (!eventKind) {
        r.fail("kind", tr("\"%1\" is not a discrepancy event kind").arg(kind));
        return std::nullopt;
    }
    e.kind = *eventKind;
    if (!action.isEmpty()) {
        e.action = domain::resolutionActionFromName(action);
        if (!e.action) {
            r.fail("action", tr("\"%1\" is not a resolution").arg(action));
            return std::nullopt;
        }
    }
    if (!priority.isEmpty()) {
        e.priority = domain::discrepancyPriorityFromName(priority);
        if (!e.priority) {
            r.fail("priority", tr("\"%1\" is not a priority").arg(priority));
            return std::nullopt;
        }
    }
    if (e.kind == domain::DiscrepancyEventKind::Created) {
        const QString type = r.string("type");
        e.expected = r.integer("expected");
        e.actual = r.integer("actual");
        e.valueCents = r.integer("value_cents");
        e.reference = r.string("reference", false);
        if (!r.ok())
            return std::nullopt;
        const auto discrepancyType = domain::discrepancyTypeFromName(type);
        if (!discrepancyType) {
            r.fail("type", tr("\"%1\" is not a discrepancy type").arg(type));
            return std::nullopt;
        }
        e.type = *discrepancyType;
    }
    return e;
}

QJsonObject encodeSopAcknowledgement(const domain::SopAcknowledgement &ack)
{
    return {{QStringLiteral("id"), uuidText(ack.id)}, {QStringLiteral("sop"), ack.sopId},
            {QStringLiteral("version"), ack.version}, {QStringLiteral("user"), ack.user},
            {QStringLiteral("device"), ack.device},   {QStringLiteral("at"), ack.atMs}};
}

std::optional<domain::SopAcknowledgement>
decodeSopAcknowledgement(const QJsonObject &json, const QString &path, DecodeError *error)
{
    JsonReader r(json, path, error);
    domain::SopAcknowledgement ack;
    ack.id = r.uuid("id");
    ack.sopId = r.string("sop");
    ack.version = boundedVersion(r.integer("version"));
    ack.user = r.string("user");
    ack.device = r.string("device", false);
    ack.atMs = r.integer("at");
    if (!r.ok())
        return std::nullopt;
    if (const QString problem = domain::validateSopAcknowledgement(ack); !problem.isEmpty()) {
        r.fail("sop", problem);
        return std::nullopt;
    }
    return ack;
}

QJsonObject encodeTrainingSession(const domain::TrainingSession &session)
{
    QJsonObject json{{QStringLiteral("id"), uuidText(session.id)},
                     {QStringLiteral("sop"), session.sopId},
                     {QStringLiteral("version"), session.version},
                     {QStringLiteral("trainer"), session.trainer},
                     {QStringLiteral("attendees"), QJsonArray::fromStringList(session.attendees)},
                     {QStringLiteral("at"), session.atMs},
                     {QStringLiteral("outcome"), domain::trainingOutcomeName(session.outcome)}};
    if (!session.notes.isEmpty())
        json.insert(QStringLiteral("notes"), session.notes);
    return json;
}

std::optional<domain::TrainingSession>
decodeTrainingSession(const QJsonObject &json, const QString &path, DecodeError *error)
{
    JsonReader r(json, path, error);
    domain::TrainingSession session;
    session.id = r.uuid("id");
    session.sopId = r.string("sop");
    session.version = boundedVersion(r.integer("version"));
    session.trainer = r.string("trainer");
    session.attendees = r.stringList("attendees");
    session.atMs = r.integer("at");
    const QString outcome = r.string("outcome");
    session.notes = r.string("notes", false);
    if (!r.ok())
        return std::nullopt;
    const auto parsedOutcome = domain::trainingOutcomeFromName(outcome);
    if (!parsedOutcome) {
        r.fail("outcome", tr("\"%1\" is not a training outcome").arg(outcome));
        return std::nullopt;
    }
    session.outcome = *parsedOutcome;
    if (const QString problem = domain::validateTrainingSession(session); !problem.isEmpty()) {
        r.fail("attendees", problem);
        return std::nullopt;
    }
    return session;
}

QJsonObject encodeSopVersion(const SopVersion &sop)
{
    return {{QStringLiteral("id"), sop.id},
            {QStringLiteral("version"), sop.version},
            {QStringLiteral("file_name"), sop.fileName},
            {QStringLiteral("text"), sop.text},
            {QStringLiteral("published_at"), sop.publishedAtMs},
            {QStringLiteral("published_by"), sop.publishedBy}};
}

std::optional<SopVersion> decodeSopVersion(const QJsonObject &json, const QString &path,
                                           DecodeError *error)
{
    JsonReader r(json, path, error);
    SopVersion sop;
    sop.id = r.string("id");
    sop.version = boundedVersion(r.integer("version"));
    sop.fileName = r.string("file_name", false);
    sop.text = r.string("text");
    sop.publishedAtMs = r.integer("published_at");
    sop.publishedBy = r.string("published_by", false);
    if (!r.ok())
        return std::nullopt;
    if (sop.version < 1) {
        r.fail("version", tr("must be 1 or more"));
        return std::nullopt;
    }
    return sop;
}

QByteArray encodePushRequest(const PushRequest &request)
{
    JsonWriter out(512 + 320 * request.changes.size());
    out.beginObject().field("device", request.device).key("changes").beginArray();
    for (const ChangeEnvelope &change : request.changes) {
        out.beginObject().field("kind", change.kind).field("id", change.id);
        if (change.movement) {
            out.key("movement");
            writeMovement(out, *change.movement);
        }
        if (change.discrepancyEvent)
            writeObject(out, "event", encodeDiscrepancyEvent(*change.discrepancyEvent));
        if (change.sopAck)
            writeObject(out, "ack", encodeSopAcknowledgement(*change.sopAck));
        if (change.training)
            writeObject(out, "training", encodeTrainingSession(*change.training));
        out.endObject();
    }
    out.endArray().endObject();
    return out.take();
}

namespace {

// The path of a field below path; none below none (the first, quiet decoding of an item).
QString subPath(const QString &path, const char *field)
{
    return path.isEmpty() ? QString() : path + QLatin1StringView(field);
}

// One item of a push batch at path; false when it cannot be answered on its own (no id), else
// its problem, if any, in *itemError.
bool decodeChange(const QJsonObject &json, const QString &path, ChangeEnvelope *change,
                  DecodeError *itemError)
{
    JsonReader item(json, path, itemError);
    change->id = item.uuid("id");
    if (!item.ok())
        return false; // without an id the item cannot be answered on its own
    change->kind = item.string("kind");
    if (item.ok() && change->kind == QLatin1String("movement")) {
        const QJsonObject body = item.object("movement");
        if (item.ok()) {
            change->movement = decodeMovement(body, subPath(path, ".movement"), itemError);
            if (change->movement && change->movement->id != change->id) {
                *itemError = {subPath(path, ".movement.id"), tr("differs from the change's id")};
                change->movement.reset();
            }
        }
    } else if (item.ok() && change->kind == QLatin1String("discrepancy_event")) {
        const QJsonObject body = item.object("event");
        if (item.ok()) {
            change->discrepancyEvent
                = decodeDiscrepancyEvent(body, subPath(path, ".event"), itemError);
            if (change->discrepancyEvent && change->discrepancyEvent->id != change->id) {
                *itemError = {subPath(path, ".event.id"), tr("differs from the change's id")};
                change->discrepancyEvent.reset();
            }
        }
    } else if (item.ok() && change->kind == QLatin1String("sop_ack")) {
        const QJsonObject body = item.object("ack");
        if (item.ok()) {
            change->sopAck = decodeSopAcknowledgement(body, subPath(path, ".ack"), itemError);
            if (change->sopAck && change->sopAck->id != change->id) {
                *itemError = {subPath(path, ".ack.id"), tr("differs from the change's id")};
                change->sopAck.reset();
            }
        }
    } else if (item.ok() && change->kind == QLatin1String("training_session")) {
        const QJsonObject body = item.object("training");
        if (item.ok()) {
            change->training = decodeTrainingSession(body, subPath(path, ".training"), itemError);
            if (change->training && change->training->id != change->id) {
                *itemError = {subPath(path, ".training.id"), tr("differs from the change's id")};
                change->training.reset();
            }
        }
    } else if (item.ok()) {
        *itemError = {subPath(path, ".kind"),
                      tr("\"%1\" is not a change kind this server accepts").arg(change->kind)};
    }
    return true;
}

} // namespace

std::optional<PushRequest> decodePushRequest(const QByteArray &json, DecodeError *error)
{
    if (auto request = scanPushRequest(json))
        return request;
    return decodePushRequestFromDocument(json, error);
}

std::optional<PushRequest> decodePushRequestFromDocument(const QByteArray &json, DecodeError *error)
{
    const auto object = parseObject(json, error);
    if (!object)
        return std::nullopt;
    JsonReader r(*object, {}, error);
    PushRequest request;
    request.device = r.string("device", false);
    const QJsonArray changes = r.array("changes");
    if (!r.ok())
        return std::nullopt;
    request.changes.reserve(changes.size());
    for (qsizetype i = 0; i < changes.size(); ++i) {
        const QJsonValue value = changes.at(i);
        if (!value.isObject()) {
            *error = {indexed({}, "changes", i), tr("must be an object")};
            return std::nullopt;
        }
        const QJsonObject item = value.toObject();
        ChangeEnvelope change;
        DecodeError itemError;
        bool answerable = decodeChange(item, {}, &change, &itemError);
        if (!answerable || !itemError.message.isEmpty()) {
            // Decoded again with its path for the message: building every item's path costs
            // more than decoding the few refused items twice.
            change = {};
            itemError = {};
            answerable = decodeChange(item, indexed({}, "changes", i), &change, &itemError);
        }
        if (!answerable) {
            *error = itemError;
            return std::nullopt;
        }
        if (!itemError.message.isEmpty())
            change.problem = itemError.toString();
        request.changes.append(std::move(change));
    }
    return request;
}

QString pushStatusName(PushStatus status)
{
    switch (status) {
    case PushStatus::Accepted:
        return QStringLiteral("accepted");
    case PushStatus::Duplicate:
        return QStringLiteral("duplicate");
    case PushStatus::Rejected:
        return QStringLiteral("rejected");
    }
    Q_UNREACHABLE();
}

QByteArray encodePushResponse(const PushResponse &response)
{
    JsonWriter out(256 + 96 * response.results.size());
    out.beginObject().key("results").beginArray();
    for (const PushItemResult &result : response.results) {
        out.beginObject().field("id", result.id).field("status", pushStatusName(result.status));
        if (result.status != PushStatus::Rejected)
            out.field("seq", result.seq);
        else
            out.field("reason", result.reason);
        out.endObject();
    }
    out.endArray().field("server_time", response.serverTimeMs);
    if (response.error) {
        out.key("error")
            .beginObject()
            .field("status", qint64(response.error->status))
            .field("code", response.error->code)
            .field("message", response.error->message)
            .endObject();
    }
    out.endObject();
    return out.take();
}

std::optional<PushResponse> decodePushResponse(const QByteArray &json, DecodeError *error)
{
    const auto object = parseObject(json, error);
    if (!object)
        return std::nullopt;
    JsonReader r(*object, {}, error);
    PushResponse response;
    if (r.has("error")) {
        DecodeError ignored;
        response.error = decodeApiError(json, &ignored);
    }
    response.serverTimeMs = r.integer("server_time");
    const QJsonArray results = r.array("results");
    if (!r.ok())
        return std::nullopt;
    for (qsizetype i = 0; i < results.size(); ++i) {
        JsonReader item(results.at(i).toObject(), indexed({}, "results", i), error);
        PushItemResult result;
        result.id = item.uuid("id");
        const QString status = item.string("status");
        if (status == QLatin1String("accepted") || status == QLatin1String("duplicate")) {
            result.status = status == QLatin1String("accepted") ? PushStatus::Accepted
                                                                : PushStatus::Duplicate;
            result.seq = item.integer("seq");
        } else if (status == QLatin1String("rejected")) {
            result.reason = item.string("reason");
        } else if (item.ok()) {
            item.fail("status", tr("must be accepted, duplicate or rejected"));
        }
        if (!item.ok())
            return std::nullopt;
        response.results.append(result);
    }
    return response;
}

void writeFeedChanges(JsonWriter &out, const QList<FeedChange> &changes)
{
    out.beginArray();
    for (const FeedChange &change : changes) {
        out.beginObject()
            .field("seq", change.seq)
            .field("kind", change.kind)
            .field("id", change.id)
            .field("location", change.location)
            .field("received_at", change.receivedAtMs);
        if (change.movement) {
            out.key("movement");
            writeMovement(out, *change.movement);
        }
        if (change.discrepancy)
            writeObject(out, "discrepancy", encodeDiscrepancy(*change.discrepancy));
        if (change.discrepancyEvent)
            writeObject(out, "event", encodeDiscrepancyEvent(*change.discrepancyEvent));
        if (change.sopVersion)
            writeObject(out, "sop", encodeSopVersion(*change.sopVersion));
        if (change.sopAck)
            writeObject(out, "ack", encodeSopAcknowledgement(*change.sopAck));
        if (change.training)
            writeObject(out, "training", encodeTrainingSession(*change.training));
        out.endObject();
    }
    out.endArray();
}

QByteArray encodeFeedPage(const FeedPage &page)
{
    JsonWriter out(256 + 384 * page.changes.size());
    out.beginObject().key("changes");
    writeFeedChanges(out, page.changes);
    out.field("next", page.next).field("latest_seq", page.latestSeq).endObject();
    return out.take();
}

namespace {

// One item of a feed page at path; false (with *error) when the page cannot be read past it.
// An SOP item this build cannot read is left without its body, with the problem in *sopError.
bool decodeFeedChange(const QJsonObject &json, const QString &path, FeedChange *change,
                      DecodeError *error, DecodeError *sopError)
{
    JsonReader item(json, path, error);
    change->seq = item.integer("seq");
    change->kind = item.string("kind");
    change->id = item.uuid("id");
    change->location = item.string("location", false);
    change->receivedAtMs = item.integer("received_at");
    if (!item.ok())
        return false;
    if (item.has("movement")) {
        change->movement
            = decodeMovement(item.object("movement"), subPath(path, ".movement"), error);
        if (!change->movement)
            return false;
    }
    if (item.has("discrepancy")) {
        change->discrepancy
            = decodeDiscrepancy(item.object("discrepancy"), subPath(path, ".discrepancy"), error);
        if (!change->discrepancy)
            return false;
    }
    if (item.has("event")) {
        change->discrepancyEvent
            = decodeDiscrepancyEvent(item.object("event"), subPath(path, ".event"), error);
        if (!change->discrepancyEvent)
            return false;
    }
    // The chain-wide SOP items are read leniently: one this build cannot read (a newer
    // server's outcome, say) is left out with a warning, so it cannot stop the feed for
    // the movements behind it; its seq is still passed.
    if (item.has("sop"))
        change->sopVersion = decodeSopVersion(item.object("sop"), subPath(path, ".sop"), sopError);
    if (item.has("ack"))
        change->sopAck
            = decodeSopAcknowledgement(item.object("ack"), subPath(path, ".ack"), sopError);
    if (item.has("training"))
        change->training
            = decodeTrainingSession(item.object("training"), subPath(path, ".training"), sopError);
    return true;
}

} // namespace

std::optional<FeedPage> decodeFeedPage(const QByteArray &json, DecodeError *error)
{
    if (auto page = scanFeedPage(json))
        return page;
    return decodeFeedPageFromDocument(json, error);
}

std::optional<FeedPage> decodeFeedPageFromDocument(const QByteArray &json, DecodeError *error)
{
    const auto object = parseObject(json, error);
    if (!object)
        return std::nullopt;
    JsonReader r(*object, {}, error);
    FeedPage page;
    page.next = r.integer("next");
    page.latestSeq = r.integer("latest_seq");
    const QJsonArray changes = r.array("changes");
    if (!r.ok())
        return std::nullopt;
    page.changes.reserve(changes.size());
    for (qsizetype i = 0; i < changes.size(); ++i) {
        const QJsonObject item = changes.at(i).toObject();
        FeedChange change;
        DecodeError quiet;
        DecodeError sopError;
        if (!decodeFeedChange(item, {}, &change, &quiet, &sopError)
            || !sopError.message.isEmpty()) {
            // Decoded again with its path for the message, as in decodePushRequest.
            change = {};
            sopError = {};
            if (!decodeFeedChange(item, indexed({}, "changes", i), &change, error, &sopError))
                return std::nullopt;
        }
        if (!sopError.message.isEmpty())
            qWarning("Skipping a feed item this build cannot read: %s",
                     qPrintable(sopError.toString()));
        page.changes.append(std::move(change));
    }
    return page;
}

} // namespace stockroom::protocol
