#pragma once

#include "centraltestdatabase.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <memory>

/**
 * Real stockroomd processes on 127.0.0.1 (free ports) sharing one fresh central database on
 * either driver, seeded with the small demo chain and an administrator root, and the HTTP
 * requests the end-to-end tests send them with root's token.
 */
class StockroomdChain
{
public:
    StockroomdChain() = default;
    StockroomdChain(const StockroomdChain &) = delete;
    StockroomdChain &operator=(const StockroomdChain &) = delete;
    ~StockroomdChain()
    {
        for (QProcess *server : std::as_const(m_servers)) {
            server->terminate();
            if (!server->waitForFinished(10000))
                server->kill();
            delete server;
        }
    }

    /**
     * Makes the database ("sqlite" or "postgresql"), seeds it, starts instances servers (with
     * serveArguments added to "serve"), logs root in and reads the first SKUs of the catalogue.
     */
    bool start(const QString &driver, int instances, const QStringList &serveArguments = {})
    {
        QString error;
        if (!m_database.create(driver, &error)) {
            qWarning().noquote() << error;
            return false;
        }
        QFile password(m_dir.filePath(QStringLiteral("password")));
        if (!password.open(QIODevice::WriteOnly))
            return false;
        password.write("ordering-test\n");
        password.close();
        if (stockroomd({QStringLiteral("demo"), QStringLiteral("--scale"), QStringLiteral("small")})
                != 0
            || stockroomd({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("root"),
                           QStringLiteral("--role"), QStringLiteral("admin"),
                           QStringLiteral("--password-file"), password.fileName()})
                   != 0)
            return false;

        const QRegularExpression listening(
            QStringLiteral("listening on (http://127\\.0\\.0\\.1:\\d+)"));
        for (int i = 0; i < instances; ++i) {
            auto *server = new QProcess;
            server->setProcessChannelMode(QProcess::SeparateChannels);
            server->start(QStringLiteral(STOCKROOMD_PATH),
                          QStringList{QStringLiteral("serve"), QStringLiteral("--listen"),
                                      QStringLiteral("127.0.0.1:0"), QStringLiteral("--database"),
                                      m_database.urlText()}
                              + serveArguments);
            m_servers.append(server);
            QString banner;
            QElapsedTimer timer;
            timer.start();
            while (!listening.match(banner).hasMatch() && timer.elapsed() < 20000) {
                server->waitForReadyRead(500);
                banner += QString::fromUtf8(server->readAllStandardOutput());
            }
            if (!listening.match(banner).hasMatch())
                return false;
            m_urls.append(listening.match(banner).captured(1));
        }

        const QJsonObject login = answer(post(0, QStringLiteral("/api/v1/login"),
                                              R"({"user":"root","password":"ordering-test"})"));
        m_token = login.value(QStringLiteral("token")).toString();
        const QJsonObject catalogue = answer(get(0, QStringLiteral("/api/v1/catalogue?limit=3")));
        for (const QJsonValue &product : catalogue.value(QStringLiteral("products")).toArray())
            m_skus.append(product.toObject().value(QStringLiteral("sku")).toString());
        return !m_token.isEmpty() && !m_skus.isEmpty() && !m_skus.contains(QString());
    }

    /** A POST with root's token (once logged in), through network if given. */
    QNetworkReply *post(int instance, const QString &path, const QByteArray &body,
                        QNetworkAccessManager *network = nullptr)
    {
        QNetworkRequest request(QUrl(m_urls.at(instance) + path));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        request.setTransferTimeout(60000);
        if (!m_token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
        return (network ? network : &m_network)->post(request, body);
    }

    QNetworkReply *get(int instance, const QString &path)
    {
        QNetworkRequest request(QUrl(m_urls.at(instance) + path));
        request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
        request.setTransferTimeout(60000);
        return m_network.get(request);
    }

    /** Waits for reply (at most a minute), deletes it and returns its JSON body. */
    static QJsonObject answer(QNetworkReply *reply, int *status = nullptr)
    {
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(60000);
        if (status)
            *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return body;
    }

    /** The first SKUs of the demo catalogue (at most three). */
    const QStringList &skus() const { return m_skus; }

private:
    int stockroomd(const QStringList &arguments)
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process.start(QStringLiteral(STOCKROOMD_PATH),
                      arguments + QStringList{QStringLiteral("--database"), m_database.urlText()});
        return process.waitForFinished(120000) ? process.exitCode() : -1;
    }

    CentralTestDatabase m_database;
    QTemporaryDir m_dir;
    QList<QProcess *> m_servers;
    QStringList m_urls;
    QNetworkAccessManager m_network;
    QString m_token;
    QStringList m_skus;
};
