#pragma once

#include "centralstore.h"
#include "centraltestdatabase.h"

#include <QObject>

#include <memory>

/** The central store on both drivers: schema, users, catalogue, push, feed, levels, snapshot. */
class TestCentralStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data();
    void init();
    void cleanup();

    void migratesFromEmpty();
    void migratesDataFromVersion1();
    void refusesNewerSchema();
    void usersAndPasswords();
    void tokensExpireAndAreRevoked();
    void catalogue();
    void pushAcceptsAndDeduplicates();
    void pushRejects_data();
    void pushRejects();
    void negativeStockAndOversell();
    void feedIsScopedToPrincipal();
    void snapshotIsStableAndComplete();
    void levelsEqualFoldOfLedger();
    void concurrentPushersAndReadersSeeEverySeqInOrder();
    void ingestRate();

private:
    std::unique_ptr<CentralTestDatabase> m_database;
    std::unique_ptr<stockroom::server::CentralStore> m_store;
};
