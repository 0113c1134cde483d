// SyncEngine's comparison of the levels digests with central's, and the repair of a location that
// drifted (the rest of the engine is in syncengine.cpp).

#include "syncengine.h"

#include "apiclient.h"
#include "messages.h"

namespace stockroom::sync {

void SyncEngine::verifyDigests(const QStringList &locations, bool repaired, const Done &done)
{
    if (locations.isEmpty() || m_store.pendingCount() > 0)
        return done(true, {}); // pending changes make the local view differ on purpose
    // Every location's digest is asked for at once, so central computes them side by side
    // (one after another, fifty of them took a bootstrap of chain-M 1.4 s), and this replica
    // computes its own meanwhile; they are compared in order once all answers are in.
    struct Round
    {
        QList<protocol::LevelsDigest> digests;
        LocalDigests local;
        qsizetype missing = 0;
        bool ended = false;
    };
    auto round = std::make_shared<Round>();
    round->digests.resize(locations.size());
    round->missing = locations.size();
    const Done end = [round, done](bool ok, const QString &error) {
        if (round->ended)
            return;
        round->ended = true;
        done(ok, error);
    };
    for (qsizetype i = 0; i < locations.size(); ++i) {
        m_api->send(
            "GET",
            QStringLiteral("/api/v1/digest?location=%1").arg(percentEncoded(locations.at(i))), {},
            [this, round, i, locations, repaired, end](const ApiReply &reply) {
                if (round->ended || fail(reply, end))
                    return;
                protocol::DecodeError decodeError;
                const auto digest = protocol::decodeLevelsDigest(reply.body, &decodeError);
                if (!digest)
                    return end(false,
                               tr("unexpected digest answer: %1").arg(decodeError.toString()));
                round->digests[i] = *digest;
                if (--round->missing == 0)
                    compareDigests(locations, round->digests, round->local, repaired, end);
            });
    }
    // Answers come through the event loop, so after this; compareDigests checks all the same.
    round->local = localDigests(locations);
}

SyncEngine::LocalDigests SyncEngine::localDigests(const QStringList &locations) const
{
    LocalDigests local{m_store.state().cursor, {}};
    for (const QString &location : locations)
        local.digests.append(m_store.levelsDigest(location));
    return local;
}

void SyncEngine::compareDigests(const QStringList &locations,
                                const QList<protocol::LevelsDigest> &digests,
                                const LocalDigests &computed, bool repaired, const Done &done)
{
    if (m_store.pendingCount() > 0)
        return done(true, {}); // recorded while the digests were on their way
    const replica::SyncState state = m_store.state();
    const LocalDigests local
        = computed.digests.size() == locations.size() ? computed : localDigests(locations);
    for (qsizetype i = 0; i < locations.size(); ++i) {
        const QString &location = locations.at(i);
        const protocol::LevelsDigest &digest = digests.at(i);
        // Only comparable when both sides are at the same seq.
        if (digest.asOfSeq != state.cursor || digest.asOfSeq != local.cursor
            || digest.digest == local.digests.at(i))
            continue;
        const QStringList rest = locations.mid(i + 1);
        if (repaired) {
            // Rebuilt from central and still different: a person has to look.
            QString error;
            m_store.addDiscrepancy(
                {QUuid::createUuid(), QStringLiteral("digest_mismatch"), location, QString(), 0, 0,
                 tr("the levels still differ from central's after a rebuild"), QUuid(), m_clock()},
                &error);
            continue;
        }
        // Drifted: rebuild the replica from central's snapshot, then check again from here.
        QString error;
        if (!m_store.beginBootstrap(&error))
            return done(false, error);
        return fetchSnapshot([this, done, location, rest](bool ok, const QString &error) {
            if (!ok)
                return done(false, error);
            verifyDigests(QStringList{location} + rest, true, done);
        });
    }
    done(true, {});
}

} // namespace stockroom::sync
