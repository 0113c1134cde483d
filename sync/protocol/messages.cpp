#include "messages.h"

#include "changes.h"
#include "changes_p.h"
#include "jsonfields.h"
#include "jsonwriter.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace stockroom::protocol {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("stockroom::protocol", text);
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QString indexed(const char *key, qsizetype index)
{
    return QStringLiteral("%1[%2]").arg(QLatin1StringView(key)).arg(index);
}

QJsonObject encodeLocation(const domain::Location &l)
{
    return {{QStringLiteral("code"), l.code},
            {QStringLiteral("name"), l.name},
            {QStringLiteral("kind"), domain::locationKindName(l.kind)}};
}

QJsonObject encodeProduct(const domain::Product &p)
{
    return {{QStringLiteral("sku"), p.sku},
            {QStringLiteral("name"), p.name},
            {QStringLiteral("category"), p.category},
            {QStringLiteral("barcodes"), QJsonArray::fromStringList(p.barcodes)},
            {QStringLiteral("unit_cost_cents"), p.unitCostCents},
            {QStringLiteral("price_cents"), p.priceCents},
            {QStringLiteral("bin"), p.bin},
            {QStringLiteral("low_stock_threshold"), p.lowStockThreshold},
            {QStringLiteral("active"), p.active}};
}

std::optional<domain::Product> decodeProduct(const QJsonObject &json, const QString &path,
                                             DecodeError *error)
{
    JsonReader r(json, path, error);
    domain::Product p;
    p.sku = r.string("sku");
    p.name = r.string("name");
    p.category = r.string("category", false);
    p.barcodes = r.stringList("barcodes", false);
    p.unitCostCents = r.integer("unit_cost_cents", 0);
    p.priceCents = r.integer("price_cents", 0);
    p.bin = r.string("bin", false);
    p.lowStockThreshold = r.integer("low_stock_threshold", 0);
    p.active = r.boolean("active", true);
    return r.ok() ? std::optional(p) : std::nullopt;
}

QJsonArray encodeProductArray(const QList<domain::Product> &products)
{
    QJsonArray array;
    for (const domain::Product &p : products)
        array.append(encodeProduct(p));
    return array;
}

bool decodeProductArray(const QJsonArray &array, QList<domain::Product> *products,
                        DecodeError *error)
{
    for (qsizetype i = 0; i < array.size(); ++i) {
        const auto product = decodeProduct(array.at(i).toObject(), indexed("products", i), error);
        if (!product)
            return false;
        products->append(*product);
    }
    return true;
}

} // namespace

QByteArray encodeLoginRequest(const LoginRequest &request)
{
    return compact(
        {{QStringLiteral("user"), request.user}, {QStringLiteral("password"), request.password}});
}

std::optional<LoginRequest> decodeLoginRequest(const QByteArray &json, DecodeError *error)
{
    const auto object = parseObject(json, error);
    if (!object)
        return std::nullopt;
    JsonReader r(*object, {}, error);
    LoginRequest request{r.string("user"), r.string("password")};
    return r.ok() ? std::optional(request) : std::nullopt;
}

QByteArray encodeLoginResponse(const LoginResponse &response)
{
    return compact({{QStringLiteral("token"), response.token},
                    {QStringLiteral("expires_at"), response.expiresAtMs},
                    {QStringLiteral("user"), response.user},
                    {QStringLiteral("role"), response.role},
                    {QStringLiteral("locations"), QJsonArray::fromStringList(response.locations)},
                    {QStringLiteral("server_time"), response.serverTimeMs}});
}

std::optional<LoginResponse> decodeLoginResponse(const QByteArray &json, DecodeError *error)
{
    const auto object = parseObject(json, error);
    if (!object)
        return std::nullopt;
    JsonReader r(*object, {}, error);
    LoginResponse response;
    response.token = r.string("token");
    response.expiresAtMs = r.integer("expires_at");
    response.user = r.string("user");
    response.role = r.string("role");
    response.locations = r.stringList("locations");
    response.serverTimeMs = r.integer("server_time");
    return r.ok() ? std::optional(response) : std::nullopt;
}

QByteArray encodeLocations(const QList<domain::Location> &locations)
{
    QJsonArray array;
    for (const domain::Location &l : locations)
        array.append(encodeLocation(l));
    return compact({{QStringLiteral("locations"), array}});
}

std::optional<QList<domain::Location>> decodeLocations(const QByteArray &json, DecodeError *error)
{
    const auto object = parseObject(json, error);
    if (!object)
        return std::nullopt;
    JsonReader r(*object, {}, error);
    const QJsonArray array = r.array("locations");
    if (!r.ok())
        return std::nullopt;
    QList<domain::Location> locations;
    for (qsizetype i = 0; i < array.size(); ++i) {
        JsonReader item(array.at(i).toObject(), indexed("locations", i), error);
        domain::Location l;
        l.code = item.string("code");
        l.name = item.string("name");
        const QString kind = item.string("kind");
        if (!item.ok())
            return std::nullopt;
        const auto locationKind = domain::locationKindFromName(kind);
        if (!locationKind) {
            item.fail("kind", tr("must be store, warehouse or online"));
            return std::nullopt;
        }
        l.kind = *locationKind;
        locations.append(l);
    }
    return locations;
}

QByteArray encodeCataloguePage(const CataloguePage &page)
{
    QJsonObject json{{QStringLiteral("version"), page.version},
                     {QStringLiteral("products"), encodeProductArray(page.products)}};
    if (!page.nextAfter.isEmpty())
        json.insert(QStringLiteral("next_after"), page.nextAfter);
    return compact(json);
}

std::optional<CataloguePage> decodeCataloguePage(const QByteArray &json, DecodeError *error)
{
    const auto object = parseObject(json, error);
    if (!object)
        return std::nullopt;
    JsonReader r(*object, {}, error);
    CataloguePage page;
    page.version = r.integer("version");
    page.nextAfter = r.string("next_after", false);
    const QJsonArray products = r.array("products");
    if (!r.ok() || !decodeProductArray(products, &page.products, error))
        return std::nullopt;
    return page;
}

QByteArray encodeProducts(const QList<domain::Product> &products)
{
    return compact({{QStringLiteral("products"), encodeProductArray(products)}});
}

std::optional<QList<domain::Product>> decodeProducts(const QByteArray &json, DecodeError *error)
{
    const auto object = parseObject(json, error);
    if (!object)
        return std::nullopt;
    JsonReader r(*object, {}, error);
    const QJsonArray array = r.array("products");
    QList<domain::Product> products;
    if (!r.ok() || !decodeProductArray(array, &products, error))
        return std::nullopt;
    return products;
}

QByteArray encodeLevelsDigest(const LevelsDigest &digest)
{
    return compact({{QStringLiteral("location"), digest.location},
                    {QStringLiteral("as_of"), digest.asOfSeq},
                    {QStringLiteral("positions"), digest.positions},
                    {QStringLiteral("digest"), digest.digest}});
}

std::optional<LevelsDigest> decodeLevelsDigest(const QByteArray &json, DecodeError *error)
{
    const auto object = parseObject(json, error);
    if (!object)
        return std::nullopt;
    JsonReader r(*object, {}, error);
    LevelsDigest digest{r.string("location"), r.integer("as_of"), r.integer("positions"),
                        r.string("digest")};
    return r.ok() ? std::optional(digest) : std::nullopt;
}

QByteArray encodeSnapshotPage(const SnapshotPage &page)
{
    JsonWriter out(256 + 96 * page.levels.size()
                   + 320 * (page.movements.size() + page.encodedMovements.size()));
    out.beginObject().field("as_of", page.asOfSeq).key("levels").beginArray();
    for (const domain::StockPosition &p : page.levels) {
        out.beginObject()
            .field("location", p.location)
            .field("sku", p.sku)
            .field("on_hand", p.level.onHand)
            .field("committed", p.level.committed);
        if (p.lastCountedAtMs)
            out.field("last_counted_at", *p.lastCountedAtMs);
        out.endObject();
    }
    out.endArray().key("movements").beginArray();
    for (const domain::Movement &m : page.movements)
        writeMovement(out, m);
    for (const QByteArray &m : page.encodedMovements)
        out.json(m);
    out.endArray();
    if (!page.discrepancies.isEmpty()) {
        // The same items as the feed's, without the cursor fields the snapshot has no use for.
        out.key("discrepancies");
        writeFeedChanges(out, page.discrepancies);
    }
    if (!page.nextAfter.isEmpty())
        out.field("next_after", page.nextAfter);
    out.endObject();
    return out.take();
}

std::optional<SnapshotPage> decodeSnapshotPage(const QByteArray &json, DecodeError *error)
{
    if (auto page = scanSnapshotPage(json))
        return page;
    return decodeSnapshotPageFromDocument(json, error);
}

std::optional<SnapshotPage> decodeSnapshotPageFromDocument(const QByteArray &json,
                                                           DecodeError *error)
{
    const auto object = parseObject(json, error);
    if (!object)
        return std::nullopt;
    JsonReader r(*object, {}, error);
    SnapshotPage page;
    page.asOfSeq = r.integer("as_of");
    page.nextAfter = r.string("next_after", false);
    const QJsonArray levels = r.array("levels");
    const QJsonArray movements = r.array("movements");
    if (!r.ok())
        return std::nullopt;
    for (qsizetype i = 0; i < levels.size(); ++i) {
        JsonReader item(levels.at(i).toObject(), indexed("levels", i), error);
        domain::StockPosition p;
        p.location = item.string("location");
        p.sku = item.string("sku");
        p.level.onHand = item.integer("on_hand");
        p.level.committed = item.integer("committed");
        if (item.has("last_counted_at"))
            p.lastCountedAtMs = item.integer("last_counted_at");
        if (!item.ok())
            return std::nullopt;
        page.levels.append(p);
    }
    for (qsizetype i = 0; i < movements.size(); ++i) {
        const auto m = decodeMovement(movements.at(i).toObject(), indexed("movements", i), error);
        if (!m)
            return std::nullopt;
        page.movements.append(*m);
    }
    if (r.has("discrepancies")) {
        const QJsonArray discrepancies = r.array("discrepancies");
        const QJsonObject feed{{QStringLiteral("changes"), discrepancies},
                               {QStringLiteral("next"), 0},
                               {QStringLiteral("latest_seq"), 0}};
        DecodeError feedError;
        const auto decoded = decodeFeedPage(compact(feed), &feedError);
        if (!decoded) {
            *error = {QStringLiteral("discrepancies.") + feedError.field, feedError.message};
            return std::nullopt;
        }
        page.discrepancies = decoded->changes;
    }
    return page;
}

} // namespace stockroom::protocol
