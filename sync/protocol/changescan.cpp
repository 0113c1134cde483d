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

/** An object whose members member(key) reads, one call per key; an empty object is fine. */
template<typename Member>
bool scanObject(JsonScanner &in, const Member &member)
{
    if (!in.beginObject())
        return false;
    QByteArrayView key;
    JsonScanner::Next step;
    while ((step = in.member(&key)) == JsonScanner::Next::Item) {
        if (!member(key))
            return false;
    }
    return step == JsonScanner::Next::End;
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
        User = 64,
        Device = 128,
        ReasonCode = 256,
        Reference = 512,
        Note = 1024,
        ServerSeq = 2048
    };
    Keys keys;
    const bool read = scanObject(in, [&](QByteArrayView key) {
        if (key == "id")
            return keys.first(Id) && scanUuid(in, &m->id);
        if (key == "location")
            return keys.first(Location) && in.string(&m->location);
        if (key == "sku")
            return keys.first(Sku) && in.string(&m->sku);
        if (key == "kind") {
            QByteArrayView name;
            if (!keys.first(Kind) || !in.latin1(&name))
                return false;
            const auto kind = domain::movementKindFromName(QString::fromLatin1(name));
            if (kind)
                m->kind = *kind;
            return kind.has_value();
        }
        if (key == "quantity")
            return keys.first(Quantity) && in.integer(&m->quantity);
        if (key == "occurred_at")
            return keys.first(OccurredAt) && in.integer(&m->occurredAtMs);
        if (key == "user")
            return keys.first(User) && in.string(&m->user);
        if (key == "device")
            return keys.first(Device) && in.string(&m->device);
        if (key == "reason_code")
            return keys.first(ReasonCode) && in.string(&m->reasonCode);
        if (key == "reference")
            return keys.first(Reference) && in.string(&m->reference);
        if (key == "note")
            return keys.first(Note) && in.string(&m->note);
        if (key == "server_seq") {
            qint64 seq = 0;
            if (!keys.first(ServerSeq) || !in.integer(&seq))
                return false;
            m->serverSeq = seq;
            return true;
        }
        return false;
    });
    return read && keys.have(Required);
}

// {"kind":"movement","id":…,"movement":{…}}, the movement's id the change's.
bool scanChangeEnvelope(JsonScanner &in, ChangeEnvelope *change)
{
    enum : unsigned { Kind = 1, Id = 2, Movement = 4, Required = 7 };
    Keys keys;
    domain::Movement movement;
    const bool read = scanObject(in, [&](QByteArrayView key) {
        if (key == "kind")
            return keys.first(Kind) && in.string(&change->kind)
                   && change->kind == QLatin1String("movement");
        if (key == "id")
            return keys.first(Id) && scanUuid(in, &change->id);
        if (key == "movement")
            return keys.first(Movement) && scanMovement(in, &movement);
        return false;
    });
    if (!read || !keys.have(Required) || movement.id != change->id)
        return false;
    change->movement = std::move(movement);
    return true;
}

// {"seq":…,"kind":…,"id":…,"received_at":…}, an optional "location" and "movement".
bool scanFeedChange(JsonScanner &in, FeedChange *change)
{
    enum : unsigned {
        Seq = 1,
        Kind = 2,
        Id = 4,
        ReceivedAt = 8,
        Required = 15,
        Location = 16,
        Movement = 32
    };
    Keys keys;
    const bool read = scanObject(in, [&](QByteArrayView key) {
        if (key == "seq")
            return keys.first(Seq) && in.integer(&change->seq);
        if (key == "kind")
            return keys.first(Kind) && in.string(&change->kind);
        if (key == "id")
            return keys.first(Id) && scanUuid(in, &change->id);
        if (key == "received_at")
            return keys.first(ReceivedAt) && in.integer(&change->receivedAtMs);
        if (key == "location")
            return keys.first(Location) && in.string(&change->location);
        if (key == "movement")
            return keys.first(Movement) && scanMovement(in, &change->movement.emplace());
        return false;
    });
    return read && keys.have(Required);
}

// {"location":…,"sku":…,"on_hand":…,"committed":…} and an optional "last_counted_at".
bool scanLevel(JsonScanner &in, domain::StockPosition *p)
{
    enum : unsigned {
        Location = 1,
        Sku = 2,
        OnHand = 4,
        Committed = 8,
        Required = 15,
        LastCountedAt = 16
    };
    Keys keys;
    const bool read = scanObject(in, [&](QByteArrayView key) {
        if (key == "location")
            return keys.first(Location) && in.string(&p->location);
        if (key == "sku")
            return keys.first(Sku) && in.string(&p->sku);
        if (key == "on_hand")
            return keys.first(OnHand) && in.integer(&p->level.onHand);
        if (key == "committed")
            return keys.first(Committed) && in.integer(&p->level.committed);
        if (key == "last_counted_at") {
            qint64 at = 0;
            if (!keys.first(LastCountedAt) || !in.integer(&at))
                return false;
            p->lastCountedAtMs = at;
            return true;
        }
        return false;
    });
    return read && keys.have(Required);
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
    enum : unsigned { Device = 1, Changes = 2 };
    JsonScanner in(json);
    PushRequest request;
    Keys keys;
    const bool read = scanObject(in, [&](QByteArrayView key) {
        if (key == "device")
            return keys.first(Device) && in.string(&request.device);
        if (key == "changes")
            return keys.first(Changes) && scanArray(in, [&] {
                       return scanChangeEnvelope(in, &request.changes.emplaceBack());
                   });
        return false;
    });
    if (!read || !keys.have(Changes) || !in.atEnd())
        return std::nullopt;
    return request;
}

std::optional<FeedPage> scanFeedPage(const QByteArray &json)
{
    enum : unsigned { Next = 1, LatestSeq = 2, Changes = 4, Required = 7 };
    JsonScanner in(json);
    FeedPage page;
    Keys keys;
    const bool read = scanObject(in, [&](QByteArrayView key) {
        if (key == "next")
            return keys.first(Next) && in.integer(&page.next);
        if (key == "latest_seq")
            return keys.first(LatestSeq) && in.integer(&page.latestSeq);
        if (key == "changes")
            return keys.first(Changes) && scanArray(in, [&] {
                       return scanFeedChange(in, &page.changes.emplaceBack());
                   });
        return false;
    });
    if (!read || !keys.have(Required) || !in.atEnd())
        return std::nullopt;
    return page;
}

std::optional<SnapshotPage> scanSnapshotPage(const QByteArray &json)
{
    enum : unsigned {
        AsOf = 1,
        Levels = 2,
        Movements = 4,
        Required = 7,
        NextAfter = 8,
        Discrepancies = 16
    };
    JsonScanner in(json);
    SnapshotPage page;
    Keys keys;
    const bool read = scanObject(in, [&](QByteArrayView key) {
        if (key == "as_of")
            return keys.first(AsOf) && in.integer(&page.asOfSeq);
        if (key == "next_after")
            return keys.first(NextAfter) && in.string(&page.nextAfter);
        if (key == "levels")
            return keys.first(Levels)
                   && scanArray(in, [&] { return scanLevel(in, &page.levels.emplaceBack()); });
        if (key == "movements")
            return keys.first(Movements) && scanArray(in, [&] {
                       return scanMovement(in, &page.movements.emplaceBack());
                   });
        // The first page's queue: only an empty one takes this path.
        if (key == "discrepancies")
            return keys.first(Discrepancies) && scanArray(in, [] { return false; });
        return false;
    });
    if (!read || !keys.have(Required) || !in.atEnd())
        return std::nullopt;
    return page;
}

} // namespace stockroom::protocol
