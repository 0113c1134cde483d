#pragma once

#include "databaseurl.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

/** A raw QtSql connection to the test database, for looking behind the store's back. */
class RawSqlConnection
{
public:
    explicit RawSqlConnection(const stockroom::server::DatabaseUrl &url)
        : m_name(QStringLiteral("raw-%1").arg(quintptr(this)))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(
            url.driver == stockroom::server::DatabaseUrl::Driver::Sqlite ? QStringLiteral("QSQLITE")
                                                                         : QStringLiteral("QPSQL"),
            m_name);
        db.setDatabaseName(
            url.driver == stockroom::server::DatabaseUrl::Driver::Sqlite ? url.path : url.database);
        db.setHostName(url.host);
        db.setPort(url.port);
        db.setUserName(url.user);
        db.setPassword(url.password);
        db.open();
    }
    ~RawSqlConnection() { QSqlDatabase::removeDatabase(m_name); }

    QSqlDatabase db() const { return QSqlDatabase::database(m_name); }
    QVariant scalar(const QString &sql, const QVariantList &values = {}) const
    {
        QSqlQuery query(db());
        query.prepare(sql);
        for (int i = 0; i < values.size(); ++i)
            query.bindValue(i, values.at(i));
        if (!query.exec() || !query.next())
            return QStringLiteral("error: %1").arg(query.lastError().text());
        return query.value(0);
    }
    /** Runs one statement; the driver's message, or empty on success. */
    QString exec(const QString &sql, const QVariantList &values = {}) const
    {
        QSqlQuery query(db());
        query.prepare(sql);
        for (int i = 0; i < values.size(); ++i)
            query.bindValue(i, values.at(i));
        return query.exec() ? QString() : query.lastError().text() + QStringLiteral(" in ") + sql;
    }

private:
    QString m_name;
};
