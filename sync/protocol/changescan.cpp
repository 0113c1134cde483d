#include "changes_p.h"

#include "jsonscanner.h"

namespace stockroom::protocol {

namespace {

/** The keys of one object read so far, a bit each; a repeated key is left to QJsonDocument. */
class Keys
{
public:
    bool first(unsigned bit)
    {
        if (m_seen & bit)
            return false;
        m_seen |= bit;
        return true;
    }
    bool have(unsigned bits) const { return (m_seen & bits) == bits; }
    unsigned seen() const { return m_seen; }

private:
    unsigned m_seen = 0;
};

// The fast paths of decodePushRequest and decodeFeedPage: the messages as this codec writes them
// (movements only, no \u escapes), read by JsonScanner without building a QJsonDocument. They
// give up (false) on anything else, including everything the decoders would refuse, and the
// decoders then read the message through QJsonDocument as before; so they change no outcome.
bool scanUuid(JsonScanner &in, QUuid *id)
{
    QByteArrayView text;
    if (!in.latin1(&text))
        return false;
    *id = QUuid::fromString(QLatin1StringView(text));
    return !id->isNull();
}

bool scanMovement(JsonScanner &in, domain::Movement *m)
{
    enum : unsigned {
        Id = 1,
        Location = 2,
        Sku = 4,
        Kind = 8,
        Quantity = 16,
        OccurredAt = 32,
        Required = 63,
        Other = 64
    };
    if (!in.beginObject())
        return false;
    Keys required;
    Keys optional;
    const auto once = [&required](unsigned bit) { return required.first(bit); };
    const auto onceOptional = [&optional](unsigned bit) { return optional.first(bit); };
    QByteArrayView key;
    JsonScanner::Next step;
    while ((step = in.member(&key)) == JsonScanner::Next::Item) {
        bool ok = false;
        if (key == "id") {
            ok = once(Id) && scanUuid(in, &m->id);
        } else if (key == "location") {
            ok = once(Location) && in.string(&m->location);
        } else if (key == "sku") {
            ok = once(Sku) && in.string(&m->sku);
        } else if (key == "kind") {
            QByteArrayView name;
            ok = once(Kind) && in.latin1(&name);
            const auto kind
                = ok ? domain::movementKindFromName(QString::fromLatin1(name)) : std::nullopt;
            ok = ok && kind;
            if (ok)
                m->kind = *kind;
        } else if (key == "quantity") {
            ok = once(Quantity) && in.integer(&m->quantity);
        } else if (key == "occurred_at") {
            ok = once(OccurredAt) && in.integer(&m->occurredAtMs);
        } else if (key == "user") {
            ok = onceOptional(1) && in.string(&m->user);
        } else if (key == "device") {
            ok = onceOptional(2) && in.string(&m->device);
        } else if (key == "reason_code") {
            ok = onceOptional(4) && in.string(&m->reasonCode);
        } else if (key == "reference") {
            ok = onceOptional(8) && in.string(&m->reference);
        } else if (key == "note") {
            ok = onceOptional(16) && in.string(&m->note);
        } else if (key == "server_seq") {
            qint64 seq = 0;
            ok = onceOptional(32) && in.integer(&seq);
            m->serverSeq = seq;
        }
        if (!ok)
            return false;
    }
    return step == JsonScanner::Next::End && required.seen() == Required;
}

} // namespace

std::optional<domain::Movement> scanMovementJson(const QByteArray &json)
{
    JsonScanner in(json);
    domain::Movement movement;
    if (!scanMovement(in, &movement) || !in.atEnd())
        return std::nullopt;
    return movement;
}

std::optional<PushRequest> scanPushRequest(const QByteArray &json)
{
    JsonScanner in(json);
    PushRequest request;
    bool device = false;
    bool changes = false;
    if (!in.beginObject())
        return std::nullopt;
    QByteArrayView key;
    JsonScanner::Next step;
    while ((step = in.member(&key)) == JsonScanner::Next::Item) {
        if (key == "device" && !device) {
            device = true;
            if (!in.string(&request.device))
                return std::nullopt;
        } else if (key == "changes" && !changes) {
            changes = true;
            if (!in.beginArray())
                return std::nullopt;
            JsonScanner::Next itemStep;
            while ((itemStep = in.element()) == JsonScanner::Next::Item) {
                ChangeEnvelope change;
                domain::Movement movement;
                unsigned seen = 0;
                if (!in.beginObject())
                    return std::nullopt;
                JsonScanner::Next memberStep;
                while ((memberStep = in.member(&key)) == JsonScanner::Next::Item) {
                    bool ok = false;
                    if (key == "kind" && !(seen & 1)) {
                        seen |= 1;
                        ok = in.string(&change.kind) && change.kind == QLatin1String("movement");
                    } else if (key == "id" && !(seen & 2)) {
                        seen |= 2;
                        ok = scanUuid(in, &change.id);
                    } else if (key == "movement" && !(seen & 4)) {
                        seen |= 4;
                        ok = scanMovement(in, &movement);
                    }
                    if (!ok)
                        return std::nullopt;
                }
                if (memberStep != JsonScanner::Next::End || seen != 7 || movement.id != change.id)
                    return std::nullopt;
                change.movement = std::move(movement);
                request.changes.append(std::move(change));
            }
            if (itemStep != JsonScanner::Next::End)
                return std::nullopt;
        } else {
            return std::nullopt;
        }
    }
    if (step != JsonScanner::Next::End || !changes || !in.atEnd())
        return std::nullopt;
    return request;
}

std::optional<FeedPage> scanFeedPage(const QByteArray &json)
{
    JsonScanner in(json);
    FeedPage page;
    unsigned seen = 0;
    if (!in.beginObject())
        return std::nullopt;
    QByteArrayView key;
    JsonScanner::Next step;
    while ((step = in.member(&key)) == JsonScanner::Next::Item) {
        bool ok = false;
        if (key == "next" && !(seen & 1)) {
            seen |= 1;
            ok = in.integer(&page.next);
        } else if (key == "latest_seq" && !(seen & 2)) {
            seen |= 2;
            ok = in.integer(&page.latestSeq);
        } else if (key == "changes" && !(seen & 4) && in.beginArray()) {
            seen |= 4;
            JsonScanner::Next itemStep;
            while ((itemStep = in.element()) == JsonScanner::Next::Item) {
                FeedChange change;
                unsigned fields = 0;
                if (!in.beginObject())
                    return std::nullopt;
                JsonScanner::Next memberStep;
                while ((memberStep = in.member(&key)) == JsonScanner::Next::Item) {
                    bool fieldOk = false;
                    if (key == "seq" && !(fields & 1)) {
                        fields |= 1;
                        fieldOk = in.integer(&change.seq);
                    } else if (key == "kind" && !(fields & 2)) {
                        fields |= 2;
                        fieldOk = in.string(&change.kind);
                    } else if (key == "id" && !(fields & 4)) {
                        fields |= 4;
                        fieldOk = scanUuid(in, &change.id);
                    } else if (key == "received_at" && !(fields & 8)) {
                        fields |= 8;
                        fieldOk = in.integer(&change.receivedAtMs);
                    } else if (key == "location" && !(fields & 16)) {
                        fields |= 16;
                        fieldOk = in.string(&change.location);
                    } else if (key == "movement" && !(fields & 32)) {
                        fields |= 32;
                        domain::Movement movement;
                        fieldOk = scanMovement(in, &movement);
                        change.movement = std::move(movement);
                    }
                    if (!fieldOk)
                        return std::nullopt;
                }
                if (memberStep != JsonScanner::Next::End || (fields & 15) != 15)
                    return std::nullopt;
                page.changes.append(std::move(change));
            }
            ok = itemStep == JsonScanner::Next::End;
        }
        if (!ok)
            return std::nullopt;
    }
    if (step != JsonScanner::Next::End || seen != 7 || !in.atEnd())
        return std::nullopt;
    return page;
}

namespace {

// {"location":…,"sku":…,"on_hand":…,"committed":…} and an optional "last_counted_at".
bool scanLevel(JsonScanner &in, domain::StockPosition *p)
{
    enum : unsigned { Location = 1, Sku = 2, OnHand = 4, Committed = 8, Required = 15,
                      LastCountedAt = 16 };
    if (!in.beginObject())
        return false;
    Keys keys;
    const auto once = [&keys](unsigned bit) { return keys.first(bit); };
    QByteArrayView key;
    JsonScanner::Next step;
    while ((step = in.member(&key)) == JsonScanner::Next::Item) {
        bool ok = false;
        if (key == "location") {
            ok = once(Location) && in.string(&p->location);
        } else if (key == "sku") {
            ok = once(Sku) && in.string(&p->sku);
        } else if (key == "on_hand") {
            ok = once(OnHand) && in.integer(&p->level.onHand);
        } else if (key == "committed") {
            ok = once(Committed) && in.integer(&p->level.committed);
        } else if (key == "last_counted_at") {
            qint64 at = 0;
            ok = once(LastCountedAt) && in.integer(&at);
            p->lastCountedAtMs = at;
        }
        if (!ok)
            return false;
    }
    return step == JsonScanner::Next::End && keys.have(Required);
}

/** An array whose every element item() reads; an empty one is fine. */
template<typename Item>
bool scanArray(JsonScanner &in, const Item &item)
{
    if (!in.beginArray())
        return false;
    JsonScanner::Next step;
    while ((step = in.element()) == JsonScanner::Next::Item) {
        if (!item())
            return false;
    }
    return step == JsonScanner::Next::End;
}

} // namespace

std::optional<SnapshotPage> scanSnapshotPage(const QByteArray &json)
{
    enum : unsigned { AsOf = 1, Levels = 2, Movements = 4, Required = 7, NextAfter = 8,
                      Discrepancies = 16 };
    JsonScanner in(json);
    SnapshotPage page;
    Keys keys;
    const auto once = [&keys](unsigned bit) { return keys.first(bit); };
    if (!in.beginObject())
        return std::nullopt;
    QByteArrayView key;
    JsonScanner::Next step;
    while ((step = in.member(&key)) == JsonScanner::Next::Item) {
        bool ok = false;
        if (key == "as_of") {
            ok = once(AsOf) && in.integer(&page.asOfSeq);
        } else if (key == "next_after") {
            ok = once(NextAfter) && in.string(&page.nextAfter);
        } else if (key == "levels") {
            ok = once(Levels)
                 && scanArray(in, [&] { return scanLevel(in, &page.levels.emplaceBack()); });
        } else if (key == "movements") {
            ok = once(Movements) && scanArray(in, [&] {
                     return scanMovement(in, &page.movements.emplaceBack());
                 });
        } else if (key == "discrepancies") {
            // The first page's queue: only an empty one takes this path.
            ok = once(Discrepancies) && scanArray(in, [] { return false; });
        }
        if (!ok)
            return std::nullopt;
    }
    if (step != JsonScanner::Next::End || !keys.have(Required) || !in.atEnd())
        return std::nullopt;
    return page;
}

} // namespace stockroom::protocol
