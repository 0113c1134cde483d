#pragma once

#include "ean13.h"
#include "inventoryservice.h"
#include "replicadatabase.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

/** A real replica file in a temporary folder with a tiny chain: two stores, three products. */
struct ReplicaFixture
{
    QTemporaryDir dir;
    std::unique_ptr<stockroom::replica::ReplicaDatabase> db;
    std::unique_ptr<stockroom::replica::InventoryService> service;
    qint64 clockMs = 1764500000000LL; // 2025-11-30, advanced by tests as they like

    static QString ean(const QString &twelve)
    {
        return twelve + QString::number(stockroom::domain::ean13CheckDigit(twelve));
    }

    bool open(const QString &name = QStringLiteral("replica.sqlite"))
    {
        stockroom::replica::OpenError error;
        db = stockroom::replica::ReplicaDatabase::open(dir.filePath(name), &error);
        if (!db) {
            qWarning() << error.message;
            return false;
        }
        service = std::make_unique<stockroom::replica::InventoryService>(
            *db, stockroom::replica::Identity{QStringLiteral("maria"), QStringLiteral("till-1")},
            [this] { return clockMs; });
        return true;
    }

    bool seed()
    {
        using stockroom::domain::Location;
        using stockroom::domain::Product;
        QString error;
        bool ok = service->addLocation(
                      {QStringLiteral("S01"), QStringLiteral("Main Street"), Location::Kind::Store},
                      true, &error)
                  && service->addLocation({QStringLiteral("S02"), QStringLiteral("Harbour Mall"),
                                           Location::Kind::Store},
                                          true, &error)
                  && service->addLocation(
                      {QStringLiteral("S09"), QStringLiteral("Elsewhere"), Location::Kind::Store},
                      false, &error);
        Product shoe{QStringLiteral("RUN-001"),
                     QStringLiteral("Trail runner 42"),
                     QStringLiteral("Running shoes"),
                     {ean(QStringLiteral("400000000001"))},
                     4500,
                     8999,
                     QStringLiteral("A-01-1"),
                     3,
                     true};
        Product ball{QStringLiteral("FTB-010"),
                     QStringLiteral("Match ball size 5"),
                     QStringLiteral("Football"),
                     {ean(QStringLiteral("400000000002")), ean(QStringLiteral("400000000003"))},
                     1200,
                     2999,
                     QString(),
                     5,
                     true};
        Product bottle{QStringLiteral("OUT-100"),
                       QStringLiteral("Steel bottle 0.75 l"),
                       QStringLiteral("Outdoor"),
                       {},
                       600,
                       1499,
                       QString(),
                       0,
                       true};
        ok = ok && service->upsertProducts({shoe, ball, bottle}, &error);
        if (!ok)
            qWarning() << error;
        return ok;
    }

    /** A digest of every row of every table: equal digests, equal content. */
    QByteArray contentDigest()
    {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        for (const char *table :
             {"locations", "products", "barcodes", "movements", "levels", "outbox", "settings"}) {
            QSqlQuery query(
                QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2").arg(QLatin1StringView(table)),
                db->connection());
            while (query.next()) {
                for (int i = 0; i < query.record().count(); ++i)
                    hash.addData(query.value(i).toString().toUtf8() + '\x1f');
                hash.addData("\n");
            }
        }
        return hash.result().toHex();
    }
};
