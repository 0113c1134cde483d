#include "commands.h"
#include "csvvalues.h"
#include "syncengine.h"
#include "syncstore.h"
#include "tokenstore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

#include <atomic>
#include <csignal>

using namespace stockroom;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("stockroom-cli", text);
}

std::atomic<bool> stopRequested = false;

void requestStop(int)
{
    stopRequested = true;
}

// Runs the event loop until the engine finished one sync round; true when it succeeded.
bool waitForRound(sync::SyncEngine &engine, QString *error)
{
    QEventLoop loop;
    bool ok = false;
    bool finished = false;
    const auto connection = QObject::connect(&engine, &sync::SyncEngine::syncFinished, &loop,
                                             [&](bool success, const QString &message) {
                                                 ok = success;
                                                 *error = message;
                                                 finished = true;
                                                 loop.quit();
                                             });
    engine.syncOnce();
    if (!finished)
        loop.exec();
    QObject::disconnect(connection);
    return ok;
}

} // namespace

int runConnect(CliContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption server(QStringLiteral("server"),
                                    tr("The central IMS, e.g. https://ims.example.com:8443."),
                                    QStringLiteral("url"));
    const QCommandLineOption user(QStringLiteral("user"), tr("Your user name."),
                                  QStringLiteral("name"));
    const QCommandLineOption passwordFile(QStringLiteral("password-file"),
                                          tr("A file whose first line is your password."),
                                          QStringLiteral("file"));
    parser.addOptions({server, user, passwordFile});
    int exitCode = ExitOk;
    if (!parseCommandLine(context, parser,
                          tr("stockroom-cli connect --server URL --user U --password-file F"),
                          &exitCode))
        return exitCode;
    if (!parser.isSet(server) || !parser.isSet(user) || !parser.isSet(passwordFile))
        return context.fail(tr("--server, --user and --password-file are required"), ExitUsage);
    QFile file(parser.value(passwordFile));
    if (!file.open(QIODevice::ReadOnly))
        return context.fail(tr("cannot read %1: %2").arg(file.fileName(), file.errorString()),
                            ExitUsage);
    const QString password
        = QString::fromUtf8(file.readLine()).remove(QLatin1Char('\n')).remove(QLatin1Char('\r'));
    if (!context.service())
        return ExitFailed;

    replica::SyncStore store(*context.replica());
    QNetworkAccessManager network;
    sync::SyncEngine engine(store, &network);
    QEventLoop loop;
    QString token;
    QString error;
    QObject::connect(&engine, &sync::SyncEngine::loggedIn, &loop, [&](const QString &t) {
        token = t;
        loop.quit();
    });
    QObject::connect(&engine, &sync::SyncEngine::loginFailed, &loop, [&](const QString &message) {
        error = message;
        loop.quit();
    });
    engine.login(QUrl(parser.value(server)), parser.value(user), password);
    loop.exec();
    if (token.isEmpty())
        return context.fail(error);
    QString warning;
    sync::TokenStore tokens(context.databasePath());
    if (!tokens.save(token, &warning, &error))
        return context.fail(error);
    if (!warning.isEmpty())
        context.err() << QStringLiteral("stockroom-cli: connect: %1").arg(warning) << Qt::endl;
    if (!waitForRound(engine, &error))
        return context.fail(tr("connected, but the first sync failed: %1").arg(error));
    const replica::SyncState state = store.state();
    context.out() << tr("connected to %1 as %2 (%3); replica at seq %4")
                         .arg(state.serverUrl, state.user, state.role)
                         .arg(state.cursor)
                  << Qt::endl;
    return ExitOk;
}

int runSync(CliContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption once(QStringLiteral("once"), tr("Push and pull once, then exit."));
    const QCommandLineOption watch(QStringLiteral("watch"),
                                   tr("Stay running: long-poll the feed and push changes until "
                                      "stopped (Ctrl+C)."));
    parser.addOptions({once, watch});
    int exitCode = ExitOk;
    if (!parseCommandLine(context, parser, tr("stockroom-cli sync --once|--watch"), &exitCode))
        return exitCode;
    if (parser.isSet(once) == parser.isSet(watch))
        return context.fail(tr("give either --once or --watch"), ExitUsage);
    if (!context.service())
        return ExitFailed;
    replica::SyncStore store(*context.replica());
    QString problem;
    const QString token = sync::TokenStore(context.databasePath()).load(&problem);
    if (token.isEmpty() || store.state().serverUrl.isEmpty()) {
        return context.fail(problem.isEmpty()
                                ? tr("not connected; run connect --server URL --user U "
                                     "--password-file F first")
                                : problem);
    }
    QNetworkAccessManager network;
    sync::SyncEngine engine(store, &network);
    engine.setToken(token);
    QString error;
    if (parser.isSet(once)) {
        if (!waitForRound(engine, &error))
            return context.fail(error);
        const replica::SyncState state = store.state();
        context.out() << tr("synced with %1: at seq %2, %3 change(s) pending")
                             .arg(state.serverUrl)
                             .arg(state.cursor)
                             .arg(store.pendingCount())
                      << Qt::endl;
        return ExitOk;
    }

    std::signal(SIGINT, requestStop);
    std::signal(SIGTERM, requestStop);
    QEventLoop loop;
    QTimer stopPoll;
    QObject::connect(&stopPoll, &QTimer::timeout, &loop, [&] {
        if (stopRequested)
            loop.quit();
    });
    stopPoll.start(100);
    QObject::connect(&engine, &sync::SyncEngine::statusChanged, &loop,
                     [&](const domain::SyncStatus &status) {
                         context.err() << QStringLiteral("stockroom-cli: sync: %1, %2 pending%3")
                                              .arg(domain::syncStateName(status.state))
                                              .arg(status.pendingChanges)
                                              .arg(status.lastError.isEmpty()
                                                       ? QString()
                                                       : QStringLiteral(" (") + status.lastError
                                                             + QLatin1Char(')'))
                                       << Qt::endl;
                     });
    engine.startWatching();
    loop.exec();
    engine.stopWatching();
    context.out() << tr("stopped; at seq %1, %2 change(s) pending")
                         .arg(store.state().cursor)
                         .arg(store.pendingCount())
                  << Qt::endl;
    return ExitOk;
}

int runStatus(CliContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    parser.addOption(json);
    int exitCode = ExitOk;
    if (!parseCommandLine(context, parser, tr("stockroom-cli status [--json]"), &exitCode))
        return exitCode;
    if (!context.service())
        return ExitFailed;
    replica::SyncStore store(*context.replica());
    const replica::SyncState state = store.state();

    // Online: does the server answer its health check right now (within 3 seconds)?
    bool online = false;
    if (!state.serverUrl.isEmpty()) {
        QNetworkAccessManager network;
        QNetworkRequest request(QUrl(state.serverUrl + QStringLiteral("/api/v1/health")));
        request.setTransferTimeout(3000);
        QNetworkReply *reply = network.get(request);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        online = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200;
        reply->deleteLater();
    }
    const qint64 pending = store.pendingCount();
    if (parser.isSet(json)) {
        const QJsonObject object{
            {QStringLiteral("server"),
             state.serverUrl.isEmpty() ? QJsonValue() : QJsonValue(state.serverUrl)},
            {QStringLiteral("user"), state.user.isEmpty() ? QJsonValue() : QJsonValue(state.user)},
            {QStringLiteral("online"), online},
            {QStringLiteral("pending"), pending},
            {QStringLiteral("cursor"), state.cursor},
            {QStringLiteral("bootstrapped"), state.bootstrapped},
            {QStringLiteral("last_sync"),
             state.lastSyncMs > 0 ? QJsonValue(replica::formatTimestamp(state.lastSyncMs))
                                  : QJsonValue()},
            {QStringLiteral("clock_offset_ms"), state.clockOffsetMs},
            {QStringLiteral("last_error"),
             state.lastError.isEmpty() ? QJsonValue() : QJsonValue(state.lastError)},
        };
        context.out() << QJsonDocument(object).toJson(QJsonDocument::Compact) << Qt::endl;
        return ExitOk;
    }
    if (state.serverUrl.isEmpty()) {
        context.out()
            << tr("not connected to a central IMS; %1 change(s) recorded locally").arg(pending)
            << Qt::endl;
        return ExitOk;
    }
    context.out() << tr("%1 as %2: %3; %4 change(s) pending; at seq %5; last sync %6")
                         .arg(state.serverUrl, state.user, online ? tr("online") : tr("offline"))
                         .arg(pending)
                         .arg(state.cursor)
                         .arg(state.lastSyncMs > 0 ? replica::formatTimestamp(state.lastSyncMs)
                                                   : tr("never"))
                  << Qt::endl;
    return ExitOk;
}
