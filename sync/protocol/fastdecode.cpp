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
    if (!in.take('{'))
        return false;
    Seen seen;
    bool more = !in.emptyThen('}');
    while (more) {
        QByteArrayView name;
        QByteArrayView text;
        if (!in.key(&name))
            return false;
        const auto textField = [&](int bit, QString *field) {
            if (!seen.first(bit) || !in.string(&text))
                return false;
            *field = strings(text);
            return true;
        };
        bool ok = false;
        if (name == "id") {
            ok = seen.first(Id) && in.string(&text) && uuid(text, &m->id);
        } else if (name == "location") {
            ok = textField(Location, &m->location);
        } else if (name == "sku") {
            ok = textField(Sku, &m->sku);
        } else if (name == "kind") {
            std::optional<domain::MovementKind> kind;
            ok = seen.first(Kind) && in.string(&text)
                 && (kind = domain::movementKindFromName(QString::fromLatin1(text)));
            if (ok)
                m->kind = *kind;
        } else if (name == "quantity") {
            ok = seen.first(Quantity) && in.integer(&m->quantity);
        } else if (name == "occurred_at") {
            ok = seen.first(OccurredAt) && in.integer(&m->occurredAtMs);
        } else if (name == "user") {
            ok = textField(User, &m->user);
        } else if (name == "device") {
            ok = textField(Device, &m->device);
        } else if (name == "reason_code") {
            ok = textField(ReasonCode, &m->reasonCode);
        } else if (name == "reference") {
            ok = textField(Reference, &m->reference);
        } else if (name == "note") {
            ok = textField(Note, &m->note);
        } else if (name == "server_seq") {
            qint64 seq = 0;
            ok = seen.first(ServerSeq) && in.integer(&seq);
            m->serverSeq = seq;
        }
        if (!ok || !in.endOfMember('}', &more))
            return false;
    }
    return seen.has(Id) && seen.has(Location) && seen.has(Sku) && seen.has(Kind)
           && seen.has(Quantity) && seen.has(OccurredAt);
}

// {"seq":…,"kind":…,"id":…,"location":…,"received_at":…,"movement":{…}}: location and the
// movement may be missing; a change of another kind leaves the plain form.
bool feedChange(Scanner &in, Strings &strings, FeedChange *change)
{
    enum Key { Seq, Kind, Id, Location, ReceivedAt, Movement };
    if (!in.take('{'))
        return false;
    Seen seen;
    bool more = !in.emptyThen('}');
    while (more) {
        QByteArrayView name;
        QByteArrayView text;
        if (!in.key(&name))
            return false;
        bool ok = false;
        if (name == "seq") {
            ok = seen.first(Seq) && in.integer(&change->seq);
        } else if (name == "kind") {
            ok = seen.first(Kind) && in.string(&text);
            change->kind = strings(text);
        } else if (name == "id") {
            ok = seen.first(Id) && in.string(&text) && uuid(text, &change->id);
        } else if (name == "location") {
            ok = seen.first(Location) && in.string(&text);
            change->location = strings(text);
        } else if (name == "received_at") {
            ok = seen.first(ReceivedAt) && in.integer(&change->receivedAtMs);
        } else if (name == "movement") {
            change->movement.emplace();
            ok = seen.first(Movement) && movement(in, strings, &*change->movement);
        }
        if (!ok || !in.endOfMember('}', &more))
            return false;
    }
    return seen.has(Seq) && seen.has(Kind) && seen.has(Id) && seen.has(ReceivedAt);
}

// {"location":…,"sku":…,"on_hand":…,"committed":…, optional "last_counted_at"}
bool level(Scanner &in, Strings &strings, domain::StockPosition *p)
{
    enum Key { Location, Sku, OnHand, Committed, LastCountedAt };
    if (!in.take('{'))
        return false;
    Seen seen;
    bool more = !in.emptyThen('}');
    while (more) {
        QByteArrayView name;
        QByteArrayView text;
        if (!in.key(&name))
            return false;
        bool ok = false;
        if (name == "location") {
            ok = seen.first(Location) && in.string(&text);
            p->location = strings(text);
        } else if (name == "sku") {
            ok = seen.first(Sku) && in.string(&text);
            p->sku = strings(text);
        } else if (name == "on_hand") {
            ok = seen.first(OnHand) && in.integer(&p->level.onHand);
        } else if (name == "committed") {
            ok = seen.first(Committed) && in.integer(&p->level.committed);
        } else if (name == "last_counted_at") {
            qint64 at = 0;
            ok = seen.first(LastCountedAt) && in.integer(&at);
            p->lastCountedAtMs = at;
        }
        if (!ok || !in.endOfMember('}', &more))
            return false;
    }
    return seen.has(Location) && seen.has(Sku) && seen.has(OnHand) && seen.has(Committed);
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
    if (!in.take('{'))
        return std::nullopt;
    bool more = !in.emptyThen('}');
    while (more) {
        QByteArrayView name;
        if (!in.key(&name))
            return std::nullopt;
        bool ok = false;
        if (name == "changes") {
            ok = seen.first(Changes) && array(in, [&] {
                     page.changes.emplaceBack();
                     return feedChange(in, strings, &page.changes.last());
                 });
        } else if (name == "next") {
            ok = seen.first(Next) && in.integer(&page.next);
        } else if (name == "latest_seq") {
            ok = seen.first(LatestSeq) && in.integer(&page.latestSeq);
        }
        if (!ok || !in.endOfMember('}', &more))
            return std::nullopt;
    }
    if (!in.atEnd() || !seen.has(Changes) || !seen.has(Next) || !seen.has(LatestSeq))
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
    if (!in.take('{'))
        return std::nullopt;
    bool more = !in.emptyThen('}');
    while (more) {
        QByteArrayView name;
        if (!in.key(&name))
            return std::nullopt;
        bool ok = false;
        if (name == "as_of") {
            ok = seen.first(AsOf) && in.integer(&page.asOfSeq);
        } else if (name == "next_after") {
            QByteArrayView text;
            ok = seen.first(NextAfter) && in.string(&text);
            page.nextAfter = QString::fromLatin1(text);
        } else if (name == "levels") {
            ok = seen.first(Levels) && array(in, [&] {
                     page.levels.emplaceBack();
                     return level(in, strings, &page.levels.last());
                 });
        } else if (name == "movements") {
            ok = seen.first(Movements) && array(in, [&] {
                     page.movements.emplaceBack();
                     return movement(in, strings, &page.movements.last());
                 });
        } else if (name == "discrepancies") {
            // The first page's queue: only an empty one is plain.
            ok = seen.first(Discrepancies) && in.take('[') && in.emptyThen(']');
        }
        if (!ok || !in.endOfMember('}', &more))
            return std::nullopt;
    }
    if (!in.atEnd() || !seen.has(AsOf) || !seen.has(Levels) || !seen.has(Movements))
        return std::nullopt;
    return page;
}

} // namespace stockroom::protocol::fast
