#pragma once

#include "inventoryservice.h"
#include "replicadatabase.h"
#include "syncengine.h"
#include "syncstore.h"

#include <QNetworkAccessManager>
#include <QString>

#include <memory>

namespace stockroom::bench {

/**
 * One desktop of the sync benchmark: its own replica file, inventory service, sync store,
 * network access manager and sync engine, wired as stockroom-cli connect and sync wire them.
 * Everything lives in the thread that made it.
 */
class BenchReplica
{
public:
    /** Opens (creates) the replica at path; device names it in the movements it records. */
    BenchReplica(const QString &path, const QString &user, const QString &device);
    ~BenchReplica();
    BenchReplica(const BenchReplica &) = delete;
    BenchReplica &operator=(const BenchReplica &) = delete;

    /** Logs in, as stockroom-cli connect does; throws Failure when the server refuses. */
    void login(const QString &serverUrl, const QString &password);
    /** One SyncEngine::syncOnce round, run to its end; throws Failure when it fails. */
    void syncOnce(int timeoutMs);

    replica::ReplicaDatabase &database() { return *m_db; }
    replica::InventoryService &service() { return *m_service; }
    replica::SyncStore &store() { return *m_store; }
    sync::SyncEngine &engine() { return *m_engine; }
    const QString &user() const { return m_user; }
    const QString &device() const { return m_device; }
    /** Rows in one table of the replica (movements, levels, discrepancies ...). */
    qint64 rowCount(const QString &table);
    /** Sizes of the replica file and of its write-ahead log, in MiB. */
    double fileMb() const;
    double walMb() const;

private:
    QString m_path;
    QString m_user;
    QString m_device;
    std::unique_ptr<replica::ReplicaDatabase> m_db;
    std::unique_ptr<replica::InventoryService> m_service;
    std::unique_ptr<replica::SyncStore> m_store;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<sync::SyncEngine> m_engine;
};

} // namespace stockroom::bench
