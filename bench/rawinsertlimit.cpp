#include "rawinsertlimit.h"

#include "bulkloader.h"
#include "demochain.h"
#include "ledgerfold.h"
#include "schema.h"

#include <QElapsedTimer>
#include <QList>

#include <sqlite3.h>

#include <algorithm>
#include <span>

namespace stockroom::bench {

namespace {

struct MovementRow
{
    QByteArray text[9]; // id, location, sku, kind, user, device, reason, reference, note
    qint64 quantity;
    qint64 at;
};

struct LevelRow
{
    QByteArray location, sku, countId;
    domain::StockLevel level;
    std::optional<qint64> countAt;
    qint64 lastAt;
};

/** The open file and its two statements, closed however the measurement ends. */
class RawDatabase
{
public:
    ~RawDatabase()
    {
        sqlite3_finalize(movement);
        sqlite3_finalize(level);
        sqlite3_close(db);
    }

    bool exec(const QByteArray &sql)
    {
        if (sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr) == SQLITE_OK)
            return true;
        noteError();
        return false;
    }

    bool step(sqlite3_stmt *statement)
    {
        const bool done = sqlite3_step(statement) == SQLITE_DONE;
        if (!done)
            noteError();
        sqlite3_reset(statement);
        return done;
    }

    void noteError()
    {
        if (error.isEmpty())
            error = QString::fromUtf8(sqlite3_errmsg(db));
    }

    sqlite3 *db = nullptr;
    sqlite3_stmt *movement = nullptr;
    sqlite3_stmt *level = nullptr;
    QString error;
};

void bindText(sqlite3_stmt *statement, int column, const QByteArray &value)
{
    sqlite3_bind_text(statement, column, value.constData(), int(value.size()), SQLITE_STATIC);
}

} // namespace

std::optional<RawInsert> measureRawInsert(const domain::DemoChain &chain, const QString &path,
                                          QString *error)
{
    RawDatabase raw;
    if (sqlite3_open_v2(path.toUtf8().constData(), &raw.db,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr)
        != SQLITE_OK) {
        *error = QStringLiteral("cannot create %1").arg(path);
        return std::nullopt;
    }
    bool ok
        = raw.exec("PRAGMA journal_mode = WAL") && raw.exec("PRAGMA synchronous = NORMAL")
          && raw.exec("PRAGMA cache_size = -" + QByteArray::number(replica::BulkLoader::cacheKiB));
    for (const replica::Migration &migration : replica::replicaMigrations()) {
        for (const QString &statement : migration.statements)
            ok = ok && raw.exec(statement.toUtf8());
    }
    sqlite3_prepare_v2(raw.db,
                       "INSERT INTO movements (id, location, sku, kind, quantity, occurred_at,"
                       " user_name, device, reason_code, reference, note, server_seq, recorded_at)"
                       " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, NULL, ?6)",
                       -1, &raw.movement, nullptr);
    sqlite3_prepare_v2(raw.db,
                       "INSERT INTO levels (location, sku, on_hand, committed, last_count_at,"
                       " last_count_id, last_movement_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                       -1, &raw.level, nullptr);
    if (!ok || !raw.movement || !raw.level) {
        raw.noteError();
        *error = raw.error;
        return std::nullopt;
    }

    QList<MovementRow> movementRows;
    QList<LevelRow> levelRows;
    RawInsert result;
    QElapsedTimer timer;
    // One product's rows are converted first, untimed, then bound and stepped, timed.
    const auto insertProduct = [&](const domain::Product &, const QList<domain::Movement> &ms) {
        movementRows.clear();
        levelRows.clear();
        qsizetype first = 0;
        for (qsizetype i = 0; i < ms.size(); ++i) {
            const domain::Movement &m = ms[i];
            movementRows.append(
                {{m.id.toByteArray(QUuid::WithoutBraces), m.location.toUtf8(), m.sku.toUtf8(),
                  domain::movementKindName(m.kind).toUtf8(), m.user.toUtf8(), m.device.toUtf8(),
                  m.reasonCode.toUtf8(), m.reference.toUtf8(), m.note.toUtf8()},
                 m.quantity,
                 m.occurredAtMs});
            if (i + 1 < ms.size() && ms[i + 1].location == m.location)
                continue;
            const std::span<const domain::Movement> ledger(ms.constData() + first,
                                                           size_t(i + 1 - first));
            first = i + 1;
            LevelRow row{m.location.toUtf8(),        m.sku.toUtf8(), {},
                         domain::foldLedger(ledger), std::nullopt,   m.occurredAtMs};
            const domain::Movement *latestCount = nullptr;
            for (const domain::Movement &each : ledger) {
                if (each.kind == domain::MovementKind::Count
                    && (!latestCount || domain::isLaterInLedger(each, *latestCount)))
                    latestCount = &each;
                row.lastAt = std::max(row.lastAt, each.occurredAtMs);
            }
            if (latestCount) {
                row.countAt = latestCount->occurredAtMs;
                row.countId = latestCount->id.toByteArray(QUuid::WithoutBraces);
            }
            levelRows.append(std::move(row));
        }

        timer.start();
        for (const MovementRow &row : std::as_const(movementRows)) {
            for (int c = 0; c < 4; ++c)
                bindText(raw.movement, c + 1, row.text[c]);
            sqlite3_bind_int64(raw.movement, 5, row.quantity);
            sqlite3_bind_int64(raw.movement, 6, row.at);
            for (int c = 4; c < 9; ++c)
                bindText(raw.movement, c + 3, row.text[c]);
            if (!raw.step(raw.movement))
                return false;
        }
        for (const LevelRow &row : std::as_const(levelRows)) {
            bindText(raw.level, 1, row.location);
            bindText(raw.level, 2, row.sku);
            sqlite3_bind_int64(raw.level, 3, row.level.onHand);
            sqlite3_bind_int64(raw.level, 4, row.level.committed);
            if (row.countAt) {
                sqlite3_bind_int64(raw.level, 5, *row.countAt);
                bindText(raw.level, 6, row.countId);
            } else {
                sqlite3_bind_null(raw.level, 5);
                sqlite3_bind_null(raw.level, 6);
            }
            sqlite3_bind_int64(raw.level, 7, row.lastAt);
            if (!raw.step(raw.level))
                return false;
        }
        result.ns += timer.nsecsElapsed();
        result.movements += movementRows.size();
        result.levels += levelRows.size();
        return true;
    };

    timer.start();
    ok = raw.exec("BEGIN");
    result.ns += timer.nsecsElapsed();
    ok = ok && chain.generateMovements(insertProduct);
    timer.start();
    ok = ok && raw.exec("COMMIT");
    result.ns += timer.nsecsElapsed();
    if (!ok) {
        *error = raw.error;
        return std::nullopt;
    }
    return result;
}

} // namespace stockroom::bench
