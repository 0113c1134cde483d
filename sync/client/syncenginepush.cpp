// SyncEngine's push of the outbox (the rest of the engine is in syncengine.cpp).

#include "syncengine.h"

#include "apiclient.h"
#include "changes.h"

#include <QNetworkReply>

#include <cstdlib>
#include <utility>

namespace stockroom::sync {

namespace {

constexpr int pushBatch = 500;
constexpr qint64 clockOffsetResolutionMs = 1000;

replica::PushOutcome::Status outcomeStatus(protocol::PushStatus status)
{
    switch (status) {
    case protocol::PushStatus::Accepted:
        return replica::PushOutcome::Status::Accepted;
    case protocol::PushStatus::Duplicate:
        return replica::PushOutcome::Status::Duplicate;
    case protocol::PushStatus::Rejected:
        return replica::PushOutcome::Status::Rejected;
    }
    Q_UNREACHABLE();
}

} // namespace

// One push request, encoded from the outbox before it is sent.
struct SyncEngine::PushBatch
{
    QByteArray body;
    qint64 lastOutboxSeq = 0; ///< 0: the outbox had nothing after the batch before
};

// A push of the whole outbox: one request at a time, in outbox order. The next batch is read
// and encoded while central stores the one before, and it goes out before the replica stores
// the answers to that one, so the desktop's work and central's overlap.
//
// That work waits until the request's body is out: QNetworkReplyHttpImpl hands a body to its
// HTTP thread in 16 KiB pieces, each asked of and given by this thread through its event loop,
// so a body of 500 movements (about ten pieces) would otherwise reach central only after the
// work meant to overlap it.
struct SyncEngine::PushRound
{
    Done done;
    PushBatch next;
    bool ended = false;
    /// Run once the body in flight is out; given the round rather than holding it (no cycle).
    QList<std::function<void(const std::shared_ptr<PushRound> &)>> afterUpload;

    void end(bool ok, const QString &error)
    {
        if (std::exchange(ended, true))
            return;
        done(ok, error);
    }
    static void runAfterUpload(const std::shared_ptr<PushRound> &round)
    {
        for (const auto &work : std::exchange(round->afterUpload, {})) {
            if (!round->ended)
                work(round);
        }
    }
};

SyncEngine::PushBatch SyncEngine::preparePush(qint64 afterOutboxSeq) const
{
    const QList<replica::PendingChange> pending = m_store.pendingChanges(pushBatch, afterOutboxSeq);
    if (pending.isEmpty())
        return {};
    protocol::PushRequest request;
    for (const replica::PendingChange &change : pending)
        request.changes.append({change.kind,
                                change.id,
                                change.movement,
                                change.event,
                                {},
                                change.sopAck,
                                change.training});
    return {protocol::encodePushRequest(request), pending.constLast().outboxSeq};
}

void SyncEngine::pushAll(const Done &done)
{
    // Counted once per round, then lowered per batch: a count reads the whole outbox.
    m_status.pendingChanges = m_store.pendingCount();
    auto round = std::make_shared<PushRound>();
    round->done = done;
    pushFrom(round);
}

void SyncEngine::pushFrom(const std::shared_ptr<PushRound> &round)
{
    PushBatch first = preparePush(0);
    if (first.lastOutboxSeq == 0) {
        m_status.pendingChanges = m_store.pendingCount();
        Q_EMIT statusChanged(m_status);
        return round->end(true, {});
    }
    sendPush(round, first);
}

void SyncEngine::sendPush(const std::shared_ptr<PushRound> &round, const PushBatch &batch)
{
    QNetworkReply *reply = m_api->send(
        "POST", QStringLiteral("/api/v1/push"), batch.body, [this, round](const ApiReply &reply) {
            // Normally done already; a request that failed early may not have sent it all.
            PushRound::runAfterUpload(round);
            if (round->ended)
                return;
            // 409: one change reused an id; the answer still lists every outcome.
            if (reply.status != 409
                && fail(reply, [round](bool ok, const QString &error) { round->end(ok, error); }))
                return;
            // The next batch leaves before this answer is read: should the answer turn out
            // unreadable, the round ends, the next batch's answer is dropped, and its changes,
            // still in the outbox, are answered as duplicates next time.
            if (round->next.lastOutboxSeq == 0)
                return applyPushAnswer(round, reply, true);
            sendPush(round, std::exchange(round->next, {}));
            round->afterUpload.prepend([this, reply](const std::shared_ptr<PushRound> &r) {
                applyPushAnswer(r, reply, false);
            });
        });
    const qint64 lastOutboxSeq = batch.lastOutboxSeq;
    round->afterUpload.append([this, lastOutboxSeq](const std::shared_ptr<PushRound> &r) {
        r->next = preparePush(lastOutboxSeq);
    });
    connect(reply, &QNetworkReply::uploadProgress, this, [round](qint64 sent, qint64 total) {
        if (sent == total)
            PushRound::runAfterUpload(round);
    });
}

void SyncEngine::applyPushAnswer(const std::shared_ptr<PushRound> &round, const ApiReply &reply,
                                 bool last)
{
    protocol::DecodeError decodeError;
    const auto response = protocol::decodePushResponse(reply.body, &decodeError);
    if (!response)
        return round->end(false,
                          reply.status == 409
                              ? reply.describe()
                              : tr("unexpected push answer: %1").arg(decodeError.toString()));
    QList<replica::PushOutcome> outcomes;
    for (const protocol::PushItemResult &result : response->results)
        outcomes.append({result.id, outcomeStatus(result.status), result.seq, result.reason});
    QString error;
    if (!m_store.applyPushOutcomes(outcomes, &error))
        return round->end(false, error);
    // The clock offset is stored when it moved, not with every batch.
    replica::SyncState state = m_store.state();
    const qint64 offset = response->serverTimeMs - m_clock();
    if (std::abs(offset - state.clockOffsetMs) >= clockOffsetResolutionMs) {
        state.clockOffsetMs = offset;
        m_store.saveState(state, &error);
    }
    // Each outcome took its change out of the outbox.
    m_status.pendingChanges = std::max<qint64>(0, m_status.pendingChanges - outcomes.size());
    Q_EMIT statusChanged(m_status);
    // The outbox's head again: what was recorded while the round ran.
    if (last)
        pushFrom(round);
}

} // namespace stockroom::sync
