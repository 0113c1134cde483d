#pragma once

#include <QHash>
#include <QMutex>
#include <QString>

#include <memory>

namespace stockroom::server {

/**
 * The one T of this process for key (a database, say), shared by everyone who asks while any
 * of them holds it; made on first use. The connections of all workers to one database share
 * their write gate and their commit group this way.
 */
template<class T>
std::shared_ptr<T> processWide(const QString &key)
{
    static QMutex registryMutex;
    static QHash<QString, std::weak_ptr<T>> registry;
    const QMutexLocker locker(&registryMutex);
    std::shared_ptr<T> shared = registry.value(key).lock();
    if (!shared) {
        shared = std::make_shared<T>();
        registry.insert(key, shared);
    }
    return shared;
}

} // namespace stockroom::server
