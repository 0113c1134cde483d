#pragma once

#include "sqlhelpers.h"

#include "product.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace stockroom::replica {

/** The catalogue in the replica: products and their barcodes. */
class ProductRepository
{
public:
    explicit ProductRepository(const QSqlDatabase &db);

    /** Inserts or replaces a product and its barcodes (caller owns the transaction). */
    bool upsert(const domain::Product &product, QString *error);
    std::optional<domain::Product> find(const QString &sku) const;
    bool exists(const QString &sku) const;
    /** The SKU named by a SKU or, failing that, a barcode; empty when neither is known. */
    QString resolveSku(const QString &skuOrBarcode) const;
    std::optional<domain::Product> findByBarcode(const QString &barcode) const;
    /** Which product a barcode belongs to, if any. */
    QString skuOfBarcode(const QString &barcode) const;
    /** Every product, ordered by SKU, with its barcodes. */
    QList<domain::Product> all() const;
    qint64 count() const;

private:
    QSqlDatabase m_db;
    mutable StatementCache m_statements;
};

} // namespace stockroom::replica
