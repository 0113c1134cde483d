#pragma once

#include "location.h"
#include "product.h"
#include "sqlstatement.h"
#include "sqltransaction.h"

#include <QList>

namespace stockroom::server {

/** The locations and the product catalogue of the central IMS, with the catalogue's version. */
class CatalogueStore
{
public:
    explicit CatalogueStore(const SqlConnection &connection);

    bool upsertLocations(const QList<domain::Location> &locations, QString *error);
    QList<domain::Location> locations();
    /** Validates every product first (domain::validateProduct): nothing is stored on error. */
    bool upsertProducts(const QList<domain::Product> &products, QString *error);
    qint64 catalogueVersion();
    QList<domain::Product> products(const QString &afterSku, int limit);

private:
    bool checkBarcodes(const QList<domain::Product> &products, QString *error);

    SqlConnection m_connection;
    SqlStatement m_locations;
    SqlStatement m_catalogueVersion;
    SqlStatement m_productPage;
    SqlStatement m_barcodePage;
};

} // namespace stockroom::server
