#include "productrepository.h"

#include "sqlhelpers.h"

#include <QCoreApplication>
#include <QHash>

namespace stockroom::replica {

namespace {

const auto productColumns = QStringLiteral(
    "sku, name, category, unit_cost_cents, price_cents, bin, low_stock_threshold, active");

domain::Product fromRow(const QSqlQuery &query)
{
    domain::Product p;
    p.sku = query.value(0).toString();
    p.name = query.value(1).toString();
    p.category = query.value(2).toString();
    p.unitCostCents = query.value(3).toLongLong();
    p.priceCents = query.value(4).toLongLong();
    p.bin = query.value(5).toString();
    p.lowStockThreshold = query.value(6).toLongLong();
    p.active = query.value(7).toInt() != 0;
    return p;
}

} // namespace

ProductRepository::ProductRepository(const QSqlDatabase &db)
    : m_db(db)
    , m_statements(db)
{}

bool ProductRepository::upsert(const domain::Product &product, QString *error)
{
    // Prepared once: a catalogue download saves every product of the chain.
    static const QString sql
        = QStringLiteral(
              "INSERT INTO products (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
              " ON CONFLICT (sku) DO UPDATE SET name = excluded.name, category = excluded.category,"
              " unit_cost_cents = excluded.unit_cost_cents, price_cents = excluded.price_cents,"
              " bin = excluded.bin, low_stock_threshold = excluded.low_stock_threshold,"
              " active = excluded.active")
              .arg(productColumns);
    QSqlQuery &query = m_statements.get(sql);
    query.addBindValue(product.sku);
    query.addBindValue(notNull(product.name));
    query.addBindValue(notNull(product.category));
    query.addBindValue(product.unitCostCents);
    query.addBindValue(product.priceCents);
    query.addBindValue(notNull(product.bin));
    query.addBindValue(product.lowStockThreshold);
    query.addBindValue(product.active ? 1 : 0);
    if (!execOrFail(query, error))
        return false;

    QSqlQuery &clear = m_statements.get(QStringLiteral("DELETE FROM barcodes WHERE sku = ?"));
    clear.addBindValue(product.sku);
    if (!execOrFail(clear, error))
        return false;
    QSqlQuery &insert
        = m_statements.get(QStringLiteral("INSERT INTO barcodes (barcode, sku) VALUES (?, ?)"));
    for (const QString &barcode : product.barcodes) {
        const QString owner = skuOfBarcode(barcode);
        if (!owner.isEmpty()) {
            if (error) {
                *error = QCoreApplication::translate("stockroom::replica::ProductRepository",
                                                     "Barcode %1 already belongs to product %2.")
                             .arg(barcode, owner);
            }
            return false;
        }
        insert.bindValue(0, barcode);
        insert.bindValue(1, product.sku);
        if (!execOrFail(insert, error))
            return false;
    }
    return true;
}

std::optional<domain::Product> ProductRepository::find(const QString &sku) const
{
    static const QString sql
        = QStringLiteral("SELECT %1 FROM products WHERE sku = ?").arg(productColumns);
    QSqlQuery &query = m_statements.get(sql);
    query.addBindValue(sku);
    if (!query.exec() || !query.next()) {
        query.finish();
        return std::nullopt;
    }
    domain::Product product = fromRow(query);
    query.finish();
    QSqlQuery &barcodes = m_statements.get(
        QStringLiteral("SELECT barcode FROM barcodes WHERE sku = ? ORDER BY rowid"));
    barcodes.addBindValue(sku);
    if (barcodes.exec()) {
        while (barcodes.next())
            product.barcodes.append(barcodes.value(0).toString());
    }
    return product;
}

QString ProductRepository::resolveSku(const QString &skuOrBarcode) const
{
    QSqlQuery &query = m_statements.get(
        QStringLiteral("SELECT coalesce((SELECT sku FROM products WHERE sku = ?),"
                       " (SELECT sku FROM barcodes WHERE barcode = ?))"));
    query.addBindValue(skuOrBarcode);
    query.addBindValue(skuOrBarcode);
    return firstValue(query, QString()).toString();
}

bool ProductRepository::exists(const QString &sku) const
{
    QSqlQuery &query = m_statements.get(QStringLiteral("SELECT 1 FROM products WHERE sku = ?"));
    query.addBindValue(sku);
    return firstValue(query, 0).toInt() == 1;
}

std::optional<domain::Product> ProductRepository::findByBarcode(const QString &barcode) const
{
    const QString sku = skuOfBarcode(barcode);
    return sku.isEmpty() ? std::nullopt : find(sku);
}

QString ProductRepository::skuOfBarcode(const QString &barcode) const
{
    QSqlQuery &query
        = m_statements.get(QStringLiteral("SELECT sku FROM barcodes WHERE barcode = ?"));
    query.addBindValue(barcode);
    return firstValue(query, QString()).toString();
}

QList<domain::Product> ProductRepository::all() const
{
    QHash<QString, QStringList> barcodes;
    QSqlQuery &codes
        = m_statements.get(QStringLiteral("SELECT sku, barcode FROM barcodes ORDER BY rowid"));
    if (codes.exec()) {
        while (codes.next())
            barcodes[codes.value(0).toString()].append(codes.value(1).toString());
    }
    QList<domain::Product> products;
    QSqlQuery query = prepared(
        m_db, QStringLiteral("SELECT %1 FROM products ORDER BY sku").arg(productColumns));
    if (query.exec()) {
        while (query.next()) {
            products.append(fromRow(query));
            products.last().barcodes = barcodes.value(products.last().sku);
        }
    }
    return products;
}

qint64 ProductRepository::count() const
{
    QSqlQuery &query = m_statements.get(QStringLiteral("SELECT count(*) FROM products"));
    return firstValue(query, 0).toLongLong();
}

} // namespace stockroom::replica
