#include "cataloguestore.h"

#include "jsonrowwriter.h"

#include <QCoreApplication>
#include <QHash>

namespace stockroom::server {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("stockroom::server::CatalogueStore", text);
}

} // namespace

CatalogueStore::CatalogueStore(const SqlConnection &connection)
    : m_connection(connection)
    , m_locations(connection.db,
                  QStringLiteral("SELECT code, name, kind FROM locations ORDER BY code"))
    , m_catalogueVersion(connection.db, QStringLiteral("SELECT value FROM counters"
                                                       " WHERE name = 'catalogue_version'"))
    , m_productPage(connection.db,
                    QStringLiteral("SELECT sku, name, category, unit_cost_cents, price_cents, bin,"
                                   " low_stock_threshold, active FROM products WHERE sku > ?"
                                   " ORDER BY sku LIMIT ?"))
    , m_barcodePage(connection.db,
                    QStringLiteral("SELECT sku, barcode FROM barcodes WHERE sku > ? AND sku <= ?"
                                   " ORDER BY sku, position"))
{}

bool CatalogueStore::upsertLocations(const QList<domain::Location> &locations, QString *error)
{
    for (const domain::Location &location : locations) {
        if (location.code.trimmed().isEmpty() || location.code != location.code.trimmed()
            || location.code.contains(QLatin1Char(' '))) {
            *error = tr("The location code \"%1\" is empty or contains spaces.").arg(location.code);
            return false;
        }
        if (location.name.trimmed().isEmpty()) {
            *error = tr("Location %1 has no name.").arg(location.code);
            return false;
        }
    }
    SqlTransaction transaction(m_connection);
    if (!transaction.begin(SqlTransaction::Mode::Write, error))
        return false;
    SqlStatement upsert(m_connection.db,
                        QStringLiteral("INSERT INTO locations (code, name, kind) VALUES (?, ?, ?)"
                                       " ON CONFLICT (code) DO UPDATE SET name = excluded.name,"
                                       " kind = excluded.kind"));
    for (const domain::Location &location : locations) {
        if (!upsert.exec({location.code, location.name, domain::locationKindName(location.kind)},
                         error))
            return false;
    }
    return transaction.commit(error);
}

QList<domain::Location> CatalogueStore::locations()
{
    QList<domain::Location> list;
    if (!m_locations.exec({}, nullptr))
        return list;
    QSqlQuery &q = m_locations.query();
    while (q.next()) {
        domain::Location location;
        location.code = q.value(0).toString();
        location.name = q.value(1).toString();
        location.kind = domain::locationKindFromName(q.value(2).toString())
                            .value_or(domain::Location::Kind::Store);
        list.append(location);
    }
    m_locations.finish();
    return list;
}

bool CatalogueStore::upsertProducts(const QList<domain::Product> &products, QString *error)
{
    // Later entries for the same SKU win; one statement cannot touch a row twice.
    QHash<QString, qsizetype> lastIndex;
    for (qsizetype i = 0; i < products.size(); ++i) {
        const QString problem = domain::validateProduct(products.at(i));
        if (!problem.isEmpty()) {
            *error = problem;
            return false;
        }
        lastIndex.insert(products.at(i).sku, i);
    }
    QList<domain::Product> unique;
    for (qsizetype i = 0; i < products.size(); ++i) {
        if (lastIndex.value(products.at(i).sku) == i)
            unique.append(products.at(i));
    }
    if (!checkBarcodes(unique, error))
        return false;

    JsonRowWriter productRows;
    JsonRowWriter barcodeRows;
    JsonRowWriter skuRows;
    for (const domain::Product &p : unique) {
        productRows.row()
            .add("sku", p.sku)
            .add("name", p.name)
            .add("category", p.category)
            .add("unit_cost_cents", p.unitCostCents)
            .add("price_cents", p.priceCents)
            .add("bin", p.bin)
            .add("low_stock_threshold", p.lowStockThreshold)
            .add("active", qint64(p.active ? 1 : 0));
        for (qsizetype i = 0; i < p.barcodes.size(); ++i)
            barcodeRows.row()
                .add("barcode", p.barcodes.at(i))
                .add("sku", p.sku)
                .add("position", qint64(i));
        skuRows.row().add("sku", p.sku);
    }
    const SqlDialect dialect = m_connection.dialect;
    const QLatin1StringView text("text");
    const QLatin1StringView bigint("bigint");
    const QString productSource
        = jsonRows(dialect, {{QLatin1StringView("sku"), text},
                             {QLatin1StringView("name"), text},
                             {QLatin1StringView("category"), text},
                             {QLatin1StringView("unit_cost_cents"), bigint},
                             {QLatin1StringView("price_cents"), bigint},
                             {QLatin1StringView("bin"), text},
                             {QLatin1StringView("low_stock_threshold"), bigint},
                             {QLatin1StringView("active"), bigint}});
    const QString barcodeSource = jsonRows(dialect, {{QLatin1StringView("barcode"), text},
                                                     {QLatin1StringView("sku"), text},
                                                     {QLatin1StringView("position"), bigint}});
    const QString skuSource = jsonRows(dialect, {{QLatin1StringView("sku"), text}});

    SqlTransaction transaction(m_connection);
    if (!transaction.begin(SqlTransaction::Mode::Write, error))
        return false;
    SqlStatement upsert(m_connection.db,
                        QStringLiteral("INSERT INTO products (sku, name, category,"
                                       " unit_cost_cents, price_cents, bin, low_stock_threshold,"
                                       " active) SELECT sku, name, category, unit_cost_cents,"
                                       " price_cents, bin, low_stock_threshold, active FROM %1 r"
                                       " WHERE true ON CONFLICT (sku) DO UPDATE SET"
                                       " name = excluded.name, category = excluded.category,"
                                       " unit_cost_cents = excluded.unit_cost_cents,"
                                       " price_cents = excluded.price_cents, bin = excluded.bin,"
                                       " low_stock_threshold = excluded.low_stock_threshold,"
                                       " active = excluded.active")
                            .arg(productSource));
    SqlStatement dropBarcodes(
        m_connection.db,
        QStringLiteral("DELETE FROM barcodes WHERE sku IN (SELECT sku FROM %1 r)").arg(skuSource));
    SqlStatement insertBarcodes(m_connection.db,
                                QStringLiteral("INSERT INTO barcodes (barcode, sku, position)"
                                               " SELECT barcode, sku, position FROM %1 r")
                                    .arg(barcodeSource));
    SqlStatement taken(m_connection.db,
                       QStringLiteral("SELECT b.barcode, b.sku FROM barcodes b JOIN %1 r"
                                      " ON b.barcode = r.barcode")
                           .arg(barcodeSource));
    SqlStatement bump(m_connection.db, QStringLiteral("UPDATE counters SET value = value + 1"
                                                      " WHERE name = 'catalogue_version'"));
    if (!upsert.exec({productRows.text()}, error) || !dropBarcodes.exec({skuRows.text()}, error)
        || !taken.exec({barcodeRows.text()}, error))
        return false;
    if (taken.query().next()) {
        *error = tr("Barcode %1 already belongs to product %2.")
                     .arg(taken.query().value(0).toString(), taken.query().value(1).toString());
        return false;
    }
    taken.finish();
    if (!insertBarcodes.exec({barcodeRows.text()}, error) || !bump.exec({}, error))
        return false;
    return transaction.commit(error);
}

bool CatalogueStore::checkBarcodes(const QList<domain::Product> &products, QString *error)
{
    QHash<QString, QString> owner;
    for (const domain::Product &p : products) {
        for (const QString &barcode : p.barcodes) {
            const auto it = owner.constFind(barcode);
            if (it != owner.constEnd()) {
                *error = it.value() == p.sku
                             ? tr("Product %1 lists barcode %2 twice.").arg(p.sku, barcode)
                             : tr("Barcode %1 is given to both %2 and %3.")
                                   .arg(barcode, it.value(), p.sku);
                return false;
            }
            owner.insert(barcode, p.sku);
        }
    }
    return true;
}

qint64 CatalogueStore::catalogueVersion()
{
    qint64 version = 0;
    if (m_catalogueVersion.exec({}, nullptr) && m_catalogueVersion.query().next())
        version = m_catalogueVersion.query().value(0).toLongLong();
    m_catalogueVersion.finish();
    return version;
}

QList<domain::Product> CatalogueStore::products(const QString &afterSku, int limit)
{
    QList<domain::Product> page;
    if (limit <= 0 || !m_productPage.exec({notNull(afterSku), limit}, nullptr))
        return page;
    QHash<QString, qsizetype> index;
    while (m_productPage.query().next()) {
        const QSqlQuery &q = m_productPage.query();
        domain::Product p;
        p.sku = q.value(0).toString();
        p.name = q.value(1).toString();
        p.category = q.value(2).toString();
        p.unitCostCents = q.value(3).toLongLong();
        p.priceCents = q.value(4).toLongLong();
        p.bin = q.value(5).toString();
        p.lowStockThreshold = q.value(6).toLongLong();
        p.active = q.value(7).toInt() != 0;
        index.insert(p.sku, page.size());
        page.append(p);
    }
    m_productPage.finish();
    if (page.isEmpty() || !m_barcodePage.exec({notNull(afterSku), page.constLast().sku}, nullptr))
        return page;
    while (m_barcodePage.query().next()) {
        const qsizetype at = index.value(m_barcodePage.query().value(0).toString(), -1);
        if (at >= 0)
            page[at].barcodes.append(m_barcodePage.query().value(1).toString());
    }
    m_barcodePage.finish();
    return page;
}

} // namespace stockroom::server
