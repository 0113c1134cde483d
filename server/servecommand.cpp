#include "api.h"
#include "centralstore.h"
#include "feedhub.h"
#include "httpserver.h"
#include "servercommands.h"
#include "storecontext.h"
#include "workerpool.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QTextStream>

#include <atomic>
#include <condition_variable>
#include <cstdio>
#include <mutex>
#include <thread>

using namespace stockroom;
using namespace stockroom::server;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("stockroomd", text);
}

int fail(const QString &message, int code = 1)
{
    QTextStream(stderr) << QStringLiteral("stockroomd: serve: %1").arg(message) << Qt::endl;
    return code;
}

bool parseHostPort(const QString &text, std::string *host, quint16 *port)
{
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0)
        return false;
    bool ok = false;
    const uint value = text.mid(colon + 1).toUInt(&ok);
    if (!ok || value > 65535)
        return false;
    QString hostText = text.left(colon);
    if (hostText.startsWith(QLatin1Char('[')) && hostText.endsWith(QLatin1Char(']')))
        hostText = hostText.mid(1, hostText.size() - 2);
    *host = hostText.toStdString();
    *port = quint16(value);
    return true;
}

bool positiveNumber(const QCommandLineParser &parser, const QCommandLineOption &option,
                    qint64 *value)
{
    bool ok = false;
    *value = parser.value(option).toLongLong(&ok);
    if (ok && *value > 0)
        return true;
    fail(tr("--%1 \"%2\" must be a whole number above 0")
             .arg(option.names().constFirst(), parser.value(option)),
         2);
    return false;
}

// One line per request on stderr: time, method, path, status, milliseconds, user, address.
void logRequest(const RequestLogEntry &entry)
{
    static std::mutex mutex;
    const QString line
        = QStringLiteral("%1 %2 %3 %4 %5ms user=%6 from=%7 in=%8 out=%9\n")
              .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs),
                   QString::fromStdString(entry.method), QString::fromStdString(entry.path))
              .arg(entry.status)
              .arg(entry.milliseconds, 0, 'f', 1)
              .arg(entry.user.empty() ? QStringLiteral("-") : QString::fromStdString(entry.user),
                   QString::fromStdString(entry.remoteAddress))
              .arg(entry.bytesIn)
              .arg(entry.bytesOut);
    const std::lock_guard lock(mutex);
    std::fputs(line.toUtf8().constData(), stderr);
}

/**
 * Watches the database for commits made by other stockroomd processes sharing it, so their
 * changes wake this process's long-polling readers too (within the poll interval).
 */
class CommitPoller
{
public:
    CommitPoller(const DatabaseUrl &url, FeedHub &hub, std::chrono::milliseconds interval)
        : m_thread([this, url, &hub, interval] {
            QString error;
            auto store = CentralStore::open(url, QStringLiteral("stockroomd-poller"), &error);
            std::unique_lock lock(m_mutex);
            while (!m_stop) {
                if (store) {
                    lock.unlock();
                    hub.publish(store->latestSeq());
                    lock.lock();
                }
                m_wake.wait_for(lock, interval, [this] { return m_stop; });
            }
        })
    {}

    ~CommitPoller()
    {
        {
            const std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_wake.notify_all();
        m_thread.join();
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stop = false;
    std::thread m_thread;
};

} // namespace

int runServe(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Show this command's help."));
    const QCommandLineOption listen(QStringLiteral("listen"),
                                    tr("Address and port to listen on (default 127.0.0.1:8080; "
                                       "port 0 picks a free one)."),
                                    QStringLiteral("host:port"), QStringLiteral("127.0.0.1:8080"));
    const QCommandLineOption database(QStringLiteral("database"),
                                      tr("sqlite:PATH (default sqlite:stockroomd.db) or "
                                         "postgresql://USER:PASSWORD@HOST:PORT/DATABASE."),
                                      QStringLiteral("url"));
    const QCommandLineOption tlsCert(QStringLiteral("tls-cert"),
                                     tr("Serve HTTPS with this PEM certificate chain."),
                                     QStringLiteral("file"));
    const QCommandLineOption tlsKey(QStringLiteral("tls-key"),
                                    tr("The PEM private key for --tls-cert."),
                                    QStringLiteral("file"));
    const QCommandLineOption workers(QStringLiteral("workers"),
                                     tr("Database worker threads (default 4)."),
                                     QStringLiteral("n"), QStringLiteral("4"));
    const QCommandLineOption queue(
        QStringLiteral("queue"),
        tr("Requests that may wait for a worker before 503 (default 256)."), QStringLiteral("n"),
        QStringLiteral("256"));
    const QCommandLineOption maxParked(QStringLiteral("max-parked"),
                                       tr("Long-polling feed requests that may wait at once "
                                          "(default 4000)."),
                                       QStringLiteral("n"), QStringLiteral("4000"));
    const QCommandLineOption maxBody(QStringLiteral("max-body"),
                                     tr("Largest request body in bytes (default 8388608)."),
                                     QStringLiteral("bytes"), QStringLiteral("8388608"));
    parser.addOptions(
        {help, listen, database, tlsCert, tlsKey, workers, queue, maxParked, maxBody});
    if (!parser.parse(QStringList{QStringLiteral("stockroomd serve")} + arguments))
        return fail(parser.errorText(), 2);
    if (parser.isSet(help)) {
        QTextStream(stdout) << parser.helpText();
        return 0;
    }
    if (!parser.positionalArguments().isEmpty())
        return fail(tr("unexpected argument \"%1\"").arg(parser.positionalArguments().constFirst()),
                    2);

    std::string host;
    quint16 port = 0;
    if (!parseHostPort(parser.value(listen), &host, &port))
        return fail(tr("--listen \"%1\" is not HOST:PORT").arg(parser.value(listen)), 2);
    qint64 workerCount = 0, queueSize = 0, parkedLimit = 0, bodyLimit = 0;
    if (!positiveNumber(parser, workers, &workerCount) || !positiveNumber(parser, queue, &queueSize)
        || !positiveNumber(parser, maxParked, &parkedLimit)
        || !positiveNumber(parser, maxBody, &bodyLimit))
        return 2;
    if (parser.isSet(tlsCert) != parser.isSet(tlsKey))
        return fail(tr("--tls-cert and --tls-key go together"), 2);
    QString error;
    const auto url = parser.isSet(database) ? DatabaseUrl::parse(parser.value(database), &error)
                                            : std::optional(DatabaseUrl::defaultSqlite());
    if (!url)
        return fail(tr("--database: %1").arg(error), 2);

    // Open (and migrate) once up front, so that a wrong URL fails here, clearly.
    auto probe = CentralStore::open(*url, QStringLiteral("stockroomd-main"), &error);
    if (!probe)
        return fail(error);
    FeedHub hub{std::size_t(parkedLimit)};
    hub.publish(probe->latestSeq());
    probe.reset();

    WorkerPool pool(int(workerCount), std::size_t(queueSize), [&url](int index) {
        QString openError;
        auto store = CentralStore::open(*url, QStringLiteral("stockroomd-worker-%1").arg(index),
                                        &openError);
        if (!store)
            throw std::runtime_error(openError.toStdString());
        return std::make_unique<StoreContext>(std::move(store));
    });
    if (pool.failed())
        return fail(QString::fromStdString(pool.errorMessage()));

    Api api(pool, hub);
    HttpLimits limits;
    limits.maxBodyBytes = std::size_t(bodyLimit);
    HttpServer server(
        limits,
        [&api](HttpRequest request, Responder respond) {
            api.handle(std::move(request), std::move(respond));
        },
        &logRequest);
    std::string listenError;
    if (!server.listen(host, port, &listenError))
        return fail(QString::fromStdString(listenError));
    if (parser.isSet(tlsCert)
        && !server.enableTls(parser.value(tlsCert).toStdString(),
                             parser.value(tlsKey).toStdString(), &listenError))
        return fail(QString::fromStdString(listenError));
    server.onStopping([&hub] { hub.shutdown(); });
    server.stopOnSignals(std::chrono::seconds(10));
    CommitPoller poller(*url, hub, std::chrono::milliseconds(200));

    QTextStream out(stdout);
    out << tr("stockroomd listening on %1://%2:%3 (database %4)")
               .arg(server.tlsEnabled() ? QStringLiteral("https") : QStringLiteral("http"),
                    QString::fromStdString(host))
               .arg(server.port())
               .arg(url->toDisplayString())
        << Qt::endl;
    server.run(2);
    pool.shutdown();
    QTextStream(stderr) << tr("stockroomd: stopped") << Qt::endl;
    return 0;
}
