#include "benchreplica.h"

#include "benchtools.h"

#include <QEventLoop>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTimer>
#include <QUrl>

namespace stockroom::bench {

BenchReplica::BenchReplica(const QString &path, const QString &user, const QString &device)
    : m_path(path)
    , m_user(user)
    , m_device(device)
{
    replica::OpenError error;
    m_db = replica::ReplicaDatabase::open(path, &error);
    if (!m_db)
        fail(error.message);
    m_service = std::make_unique<replica::InventoryService>(*m_db, replica::Identity{user, device});
    m_store = std::make_unique<replica::SyncStore>(*m_db);
    m_network = std::make_unique<QNetworkAccessManager>();
    m_engine = std::make_unique<sync::SyncEngine>(*m_store, m_network.get());
}

BenchReplica::~BenchReplica() = default;

void BenchReplica::login(const QString &serverUrl, const QString &password)
{
    QEventLoop loop;
    QString token;
    QString error = QStringLiteral("no answer within 60 s");
    QObject::connect(m_engine.get(), &sync::SyncEngine::loggedIn, &loop, [&](const QString &t) {
        token = t;
        loop.quit();
    });
    QObject::connect(m_engine.get(), &sync::SyncEngine::loginFailed, &loop,
                     [&](const QString &message) {
                         error = message;
                         loop.quit();
                     });
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    m_engine->login(QUrl(serverUrl), m_user, password);
    if (token.isEmpty())
        loop.exec();
    if (token.isEmpty())
        fail(QStringLiteral("%1: login as %2 failed: %3").arg(m_device, m_user, error));
}

void BenchReplica::syncOnce(int timeoutMs)
{
    QEventLoop loop;
    bool finished = false;
    bool ok = false;
    QString error;
    const auto connection = QObject::connect(m_engine.get(), &sync::SyncEngine::syncFinished, &loop,
                                             [&](bool success, const QString &message) {
                                                 finished = true;
                                                 ok = success;
                                                 error = message;
                                                 loop.quit();
                                             });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    m_engine->syncOnce();
    if (!finished)
        loop.exec();
    QObject::disconnect(connection);
    if (!finished)
        fail(QStringLiteral("%1: sync did not finish within %2 s")
                 .arg(m_device)
                 .arg(timeoutMs / 1000));
    if (!ok)
        fail(QStringLiteral("%1: sync failed: %2").arg(m_device, error));
}

qint64 BenchReplica::rowCount(const QString &table)
{
    QSqlQuery query(m_db->connection());
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)) || !query.next())
        fail(QStringLiteral("%1: cannot count %2").arg(m_device, table));
    return query.value(0).toLongLong();
}

double BenchReplica::fileMb() const
{
    return double(QFileInfo(m_path).size()) / 1048576.0;
}

double BenchReplica::walMb() const
{
    return double(QFileInfo(m_path + QStringLiteral("-wal")).size()) / 1048576.0;
}

} // namespace stockroom::bench
