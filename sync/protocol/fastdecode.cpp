#include "fastdecode_p.h"

#include <QHash>

#include <cstring>

namespace stockroom::protocol::fast {

namespace {

// Integers above 2^53 cannot travel through a JSON double exactly; JsonReader refuses them.
constexpr qint64 largestExactInteger = 9007199254740992;

/** A forward reader over JSON text; every method returns false where the plain form ends. */
class Scanner
{
public:
    explicit Scanner(const QByteArray &json)
        : m_p(json.constData())
        , m_end(json.constData() + json.size())
    {}

    bool atEnd()
    {
        skipSpace();
        return m_p == m_end;
    }

    bool take(char c)
    {
        skipSpace();
        if (m_p == m_end || *m_p != c)
            return false;
        ++m_p;
        return true;
    }

    /** A string of printable ASCII without escapes; its bytes stay in the JSON text. */
    bool string(QByteArrayView *text)
    {
        if (!take('"'))
            return false;
        const char *begin = m_p;
        while (m_p != m_end) {
            const auto c = uchar(*m_p);
            if (c == '"') {
                *text = QByteArrayView(begin, m_p - begin);
                ++m_p;
                return true;
            }
            if (c == '\\' || c < 0x20 || c >= 0x80)
                return false;
            ++m_p;
        }
        return false;
    }

    bool integer(qint64 *value)
    {
        skipSpace();
        const bool negative = m_p != m_end && *m_p == '-';
        if (negative)
            ++m_p;
        const char *digits = m_p;
        qint64 v = 0;
        while (m_p != m_end && *m_p >= '0' && *m_p <= '9') {
            v = v * 10 + (*m_p - '0');
            if (v > largestExactInteger)
                return false;
            ++m_p;
        }
        const qsizetype count = m_p - digits;
        if (count == 0 || (count > 1 && *digits == '0'))
            return false;
        if (m_p != m_end && (*m_p == '.' || *m_p == 'e' || *m_p == 'E'))
            return false;
        *value = negative ? -v : v;
        return true;
    }

    /** Reads `"key":`; false at the object's end or anywhere else. */
    bool key(QByteArrayView *name) { return string(name) && take(':'); }

    /** After a member: a comma (more follow, true) or the closing brace (*more = false). */
    bool endOfMember(char close, bool *more)
    {
        if (take(','))
            return *more = true;
        *more = false;
        return take(close);
    }

    /** An empty object or array at the cursor: its opening was taken, this takes the close. */
    bool emptyThen(char close)
    {
        skipSpace();
        if (m_p != m_end && *m_p == close) {
            ++m_p;
            return true;
        }
        return false;
    }

private:
    void skipSpace()
    {
        while (m_p != m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
            ++m_p;
    }

    const char *m_p;
    const char *m_end;
};

/** Marks the keys of one object read so far; a repeated key leaves the plain form. */
class Seen
{
public:
    bool first(int bit)
    {
        if (m_bits & (1u << bit))
            return false;
        m_bits |= 1u << bit;
        return true;
    }
    bool has(int bit) const { return m_bits & (1u << bit); }

private:
    quint32 m_bits = 0;
};

/**
 * A JSON object whose members member(name) reads, one call per key after its colon; an empty
 * object is fine.
 */
template<typename Member>
bool members(Scanner &in, const Member &member)
{
    if (!in.take('{'))
        return false;
    bool more = !in.emptyThen('}');
    while (more) {
        QByteArrayView name;
        if (!in.key(&name) || !member(name) || !in.endOfMember('}', &more))
            return false;
    }
    return true;
}

/** The codes, users and devices repeated on thousands of rows share one QString each. */
class Strings
{
public:
    QString operator()(QByteArrayView text)
    {
        auto it = m_strings.constFind(text);
        if (it == m_strings.cend())
            it = m_strings.insert(text, QString::fromLatin1(text));
        return *it;
    }

private:
    QHash<QByteArrayView, QString> m_strings;
};

bool uuid(QByteArrayView text, QUuid *id)
{
    *id = QUuid::fromString(QLatin1StringView(text));
    return !id->isNull();
}

// {"id":…,"location":…,"sku":…,"kind":…,"quantity":…,"occurred_at":…, optional "user",
// "device", "reason_code", "reference", "note" and "server_seq"} in any order.
bool movement(Scanner &in, Strings &strings, domain::Movement *m)
{
    enum Key { Id, Location, Sku, Kind, Quantity, OccurredAt, User, Device, ReasonCode, Reference,
               Note, ServerSeq };
    Seen seen;
    QByteArrayView text;
    const auto textField = [&](int bit, QString *field) {
        if (!seen.first(bit) || !in.string(&text))
            return false;
        *field = strings(text);
        return true;
    };
    const bool read = members(in, [&](QByteArrayView name) {
        if (name == "id")
            return seen.first(Id) && in.string(&text) && uuid(text, &m->id);
        if (name == "location")
            return textField(Location, &m->location);
        if (name == "sku")
            return textField(Sku, &m->sku);
        if (name == "kind") {
            std::optional<domain::MovementKind> kind;
            if (!seen.first(Kind) || !in.string(&text)
                || !(kind = domain::movementKindFromName(QString::fromLatin1(text))))
                return false;
            m->kind = *kind;
            return true;
        }
        if (name == "quantity")
            return seen.first(Quantity) && in.integer(&m->quantity);
        if (name == "occurred_at")
            return seen.first(OccurredAt) && in.integer(&m->occurredAtMs);
        if (name == "user")
            return textField(User, &m->user);
        if (name == "device")
            return textField(Device, &m->device);
        if (name == "reason_code")
            return textField(ReasonCode, &m->reasonCode);
        if (name == "reference")
            return textField(Reference, &m->reference);
        if (name == "note")
            return textField(Note, &m->note);
        if (name == "server_seq") {
            qint64 seq = 0;
            if (!seen.first(ServerSeq) || !in.integer(&seq))
                return false;
            m->serverSeq = seq;
            return true;
        }
        return false;
    });
    return read && seen.has(Id) && seen.has(Location) && seen.has(Sku) && seen.has(Kind)
           && seen.has(Quantity) && seen.has(OccurredAt);
}

// {"seq":…,"kind":…,"id":…,"location":…,"received_at":…,"movement":{…}}: location and the
// movement may be missing; a change of another kind leaves the plain form.
bool feedChange(Scanner &in, Strings &strings, FeedChange *change)
{
    enum Key { Seq, Kind, Id, Location, ReceivedAt, Movement };
    Seen seen;
    QByteArrayView text;
    const bool read = members(in, [&](QByteArrayView name) {
        if (name == "seq")
            return seen.first(Seq) && in.integer(&change->seq);
        if (name == "kind") {
            if (!seen.first(Kind) || !in.string(&text))
                return false;
            change->kind = strings(text);
            return true;
        }
        if (name == "id")
            return seen.first(Id) && in.string(&text) && uuid(text, &change->id);
        if (name == "location") {
            if (!seen.first(Location) || !in.string(&text))
                return false;
            change->location = strings(text);
            return true;
        }
        if (name == "received_at")
            return seen.first(ReceivedAt) && in.integer(&change->receivedAtMs);
        if (name == "movement")
            return seen.first(Movement) && movement(in, strings, &change->movement.emplace());
        return false;
    });
    return read && seen.has(Seq) && seen.has(Kind) && seen.has(Id) && seen.has(ReceivedAt);
}

// {"location":…,"sku":…,"on_hand":…,"committed":…, optional "last_counted_at"}
bool level(Scanner &in, Strings &strings, domain::StockPosition *p)
{
    enum Key { Location, Sku, OnHand, Committed, LastCountedAt };
    Seen seen;
    QByteArrayView text;
    const bool read = members(in, [&](QByteArrayView name) {
        if (name == "location" || name == "sku") {
            if (!seen.first(name == "sku" ? Sku : Location) || !in.string(&text))
                return false;
            (name == "sku" ? p->sku : p->location) = strings(text);
            return true;
        }
        if (name == "on_hand")
            return seen.first(OnHand) && in.integer(&p->level.onHand);
        if (name == "committed")
            return seen.first(Committed) && in.integer(&p->level.committed);
        if (name == "last_counted_at") {
            qint64 at = 0;
            if (!seen.first(LastCountedAt) || !in.integer(&at))
                return false;
            p->lastCountedAtMs = at;
            return true;
        }
        return false;
    });
    return read && seen.has(Location) && seen.has(Sku) && seen.has(OnHand) && seen.has(Committed);
}

/** A JSON array of items, each read by item(); an empty array is fine. */
template<typename Item>
bool array(Scanner &in, const Item &item)
{
    if (!in.take('['))
        return false;
    bool more = !in.emptyThen(']');
    while (more) {
        if (!item() || !in.endOfMember(']', &more))
            return false;
    }
    return true;
}

} // namespace

std::optional<FeedPage> decodeFeedPage(const QByteArray &json)
{
    enum Key { Changes, Next, LatestSeq };
    Scanner in(json);
    Strings strings;
    FeedPage page;
    Seen seen;
    const bool read = members(in, [&](QByteArrayView name) {
        if (name == "changes")
            return seen.first(Changes) && array(in, [&] {
                       return feedChange(in, strings, &page.changes.emplaceBack());
                   });
        if (name == "next")
            return seen.first(Next) && in.integer(&page.next);
        if (name == "latest_seq")
            return seen.first(LatestSeq) && in.integer(&page.latestSeq);
        return false;
    });
    if (!read || !in.atEnd() || !seen.has(Changes) || !seen.has(Next) || !seen.has(LatestSeq))
        return std::nullopt;
    return page;
}

std::optional<SnapshotPage> decodeSnapshotPage(const QByteArray &json)
{
    enum Key { AsOf, NextAfter, Levels, Movements, Discrepancies };
    Scanner in(json);
    Strings strings;
    SnapshotPage page;
    Seen seen;
    const bool read = members(in, [&](QByteArrayView name) {
        if (name == "as_of")
            return seen.first(AsOf) && in.integer(&page.asOfSeq);
        if (name == "next_after") {
            QByteArrayView text;
            if (!seen.first(NextAfter) || !in.string(&text))
                return false;
            page.nextAfter = QString::fromLatin1(text);
            return true;
        }
        if (name == "levels")
            return seen.first(Levels) && array(in, [&] {
                       return level(in, strings, &page.levels.emplaceBack());
                   });
        if (name == "movements")
            return seen.first(Movements) && array(in, [&] {
                       return movement(in, strings, &page.movements.emplaceBack());
                   });
        // The first page's queue: only an empty one is plain.
        if (name == "discrepancies")
            return seen.first(Discrepancies) && in.take('[') && in.emptyThen(']');
        return false;
    });
    if (!read || !in.atEnd() || !seen.has(AsOf) || !seen.has(Levels) || !seen.has(Movements))
        return std::nullopt;
    return page;
}

} // namespace stockroom::protocol::fast
