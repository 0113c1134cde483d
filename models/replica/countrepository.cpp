#include "countrepository.h"

#include "jsonlist.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace stockroom::replica {

namespace {

QString idText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

const auto sessionColumns = QStringLiteral(
    "id, location, scope_kind, scope_value, scope_skus, mode, state, assignees, tolerance_units,"
    " tolerance_value_cents, uncounted, created_at, created_by, submitted_at, reviewed_at,"
    " posted_at");

CountSessionInfo sessionFromRow(const QSqlQuery &q)
{
    CountSessionInfo s;
    s.id = QUuid::fromString(q.value(0).toString());
    s.location = q.value(1).toString();
    s.scope.kind = domain::countScopeKindFromName(q.value(2).toString())
                       .value_or(domain::CountScopeKind::SkuList);
    s.scope.value = q.value(3).toString();
    s.scope.skus = jsonListFromText(q.value(4).toString());
    s.mode = domain::countModeFromName(q.value(5).toString()).value_or(domain::CountMode::Blind);
    s.state = domain::countStateFromName(q.value(6).toString()).value_or(domain::CountState::Open);
    s.assignees = jsonListFromText(q.value(7).toString());
    s.tolerance = {q.value(8).toLongLong(), q.value(9).toLongLong()};
    s.uncounted
        = uncountedPolicyFromName(q.value(10).toString()).value_or(UncountedPolicy::Unchanged);
    s.createdAtMs = q.value(11).toLongLong();
    s.createdBy = q.value(12).toString();
    s.submittedAtMs = optionalInt(q.value(13));
    s.reviewedAtMs = optionalInt(q.value(14));
    s.postedAtMs = optionalInt(q.value(15));
    return s;
}

// The columns lineFromRow() reads, each with prefix ("l.") when given.
QString lineColumns(const QString &prefix = {})
{
    static const QStringList columns{QStringLiteral("sku"),
                                     QStringLiteral("counted"),
                                     QStringLiteral("counted_at"),
                                     QStringLiteral("expected"),
                                     QStringLiteral("variance_units"),
                                     QStringLiteral("variance_value_cents"),
                                     QStringLiteral("within_tolerance"),
                                     QStringLiteral("decision"),
                                     QStringLiteral("discrepancy_id"),
                                     QStringLiteral("round"),
                                     QStringLiteral("assumed")};
    QStringList prefixed;
    for (const QString &column : columns)
        prefixed.append(prefix + column);
    return prefixed.join(QStringLiteral(", "));
}

StoredLine lineFromRow(const QSqlQuery &q, int first = 0)
{
    StoredLine l;
    l.sku = q.value(first).toString();
    l.counted = q.value(first + 1).toLongLong();
    l.countedAtMs = q.value(first + 2).toLongLong();
    l.expected = q.value(first + 3).toLongLong();
    l.varianceUnits = q.value(first + 4).toLongLong();
    l.varianceValueCents = q.value(first + 5).toLongLong();
    l.withinTolerance = q.value(first + 6).toInt() != 0;
    l.decision = q.value(first + 7).toString();
    l.discrepancy = QUuid::fromString(q.value(first + 8).toString());
    l.round = q.value(first + 9).toInt();
    l.assumed = q.value(first + 10).toInt() != 0;
    return l;
}

QVariant nullableId(const QUuid &id)
{
    return id.isNull() ? QVariant(QMetaType::fromType<QString>()) : QVariant(idText(id));
}

} // namespace

CountRepository::CountRepository(const QSqlDatabase &db)
    : m_db(db)
    , m_statements(db)
{}

bool CountRepository::insertSession(const CountSessionInfo &s, const QString &device,
                                    QString *error)
{
    QSqlQuery query = prepared(
        m_db, QStringLiteral("INSERT INTO count_sessions (id, location, scope_kind, scope_value,"
                             " scope_skus, mode, state, assignees, tolerance_units,"
                             " tolerance_value_cents, uncounted, created_at, created_by, device)"
                             " VALUES (?, ?, ?, ?, ?, ?, 'open', ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(idText(s.id));
    query.addBindValue(s.location);
    query.addBindValue(domain::countScopeKindName(s.scope.kind));
    query.addBindValue(notNull(s.scope.value));
    query.addBindValue(s.scope.skus.isEmpty() ? QStringLiteral("") : jsonListText(s.scope.skus));
    query.addBindValue(domain::countModeName(s.mode));
    query.addBindValue(s.assignees.isEmpty() ? QStringLiteral("") : jsonListText(s.assignees));
    query.addBindValue(s.tolerance.units);
    query.addBindValue(s.tolerance.valueCents);
    query.addBindValue(uncountedPolicyName(s.uncounted));
    query.addBindValue(s.createdAtMs);
    query.addBindValue(notNull(s.createdBy));
    query.addBindValue(notNull(device));
    return execOrFail(query, error);
}

std::optional<CountSessionInfo> CountRepository::session(const QUuid &countId) const
{
    QSqlQuery &query = m_statements.get(
        QStringLiteral("SELECT %1 FROM count_sessions WHERE id = ?").arg(sessionColumns));
    query.bindValue(0, idText(countId));
    if (!query.exec() || !query.next())
        return std::nullopt;
    CountSessionInfo s = sessionFromRow(query);
    query.finish();

    QSqlQuery &recount = m_statements.get(
        QStringLiteral("SELECT sku FROM count_lines WHERE count_id = ? AND round = 2"
                       " AND decision = 'recount' ORDER BY sku"));
    recount.bindValue(0, idText(countId));
    if (recount.exec()) {
        while (recount.next())
            s.recounting.append(recount.value(0).toString());
    }
    recount.finish();
    return s;
}

QList<CountSessionInfo> CountRepository::sessions(const QString &location) const
{
    QSqlQuery query = prepared(m_db, QStringLiteral("SELECT id FROM count_sessions"
                                                    " WHERE ? = '' OR location = ?"
                                                    " ORDER BY created_at DESC, id"));
    query.addBindValue(notNull(location));
    query.addBindValue(notNull(location));
    QList<QUuid> ids;
    if (query.exec()) {
        while (query.next())
            ids.append(QUuid::fromString(query.value(0).toString()));
    }
    QList<CountSessionInfo> found;
    for (const QUuid &id : std::as_const(ids)) {
        if (auto s = session(id))
            found.append(*s);
    }
    return found;
}

bool CountRepository::setState(const QUuid &countId, domain::CountState state, qint64 atMs,
                               QString *error)
{
    QString stamp;
    switch (state) {
    case domain::CountState::Open:
        stamp = QStringLiteral("submitted_at = NULL, reviewed_at = NULL");
        break;
    case domain::CountState::Submitted:
        stamp = QStringLiteral("submitted_at = :at");
        break;
    case domain::CountState::Reviewed:
        stamp = QStringLiteral("reviewed_at = :at");
        break;
    case domain::CountState::Posted:
        stamp = QStringLiteral("posted_at = :at");
        break;
    }
    QSqlQuery query = prepared(
        m_db,
        QStringLiteral("UPDATE count_sessions SET state = :state, %1 WHERE id = :id").arg(stamp));
    query.bindValue(QStringLiteral(":state"), domain::countStateName(state));
    if (state != domain::CountState::Open)
        query.bindValue(QStringLiteral(":at"), atMs);
    query.bindValue(QStringLiteral(":id"), idText(countId));
    return execOrFail(query, error);
}

qint64 CountRepository::nextSeq(const QUuid &countId) const
{
    QSqlQuery &query = m_statements.get(
        QStringLiteral("SELECT coalesce(max(seq), 0) + 1 FROM count_scans WHERE count_id = ?"));
    query.bindValue(0, idText(countId));
    const qint64 seq = query.exec() && query.next() ? query.value(0).toLongLong() : 1;
    query.finish();
    return seq;
}

bool CountRepository::insertScan(const QUuid &countId, const StoredScan &scan,
                                 const Identity &identity, QString *error)
{
    QSqlQuery &query = m_statements.get(QStringLiteral(
        "INSERT INTO count_scans (id, count_id, seq, round, sku, code, kind, quantity, scanned_at,"
        " user_name, device) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.bindValue(0, idText(QUuid::createUuid()));
    query.bindValue(1, idText(countId));
    query.bindValue(2, scan.seq);
    query.bindValue(3, scan.round);
    query.bindValue(4, scan.sku.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                          : QVariant(scan.sku));
    query.bindValue(5, notNull(scan.code));
    query.bindValue(6, scan.set ? QStringLiteral("set") : QStringLiteral("add"));
    query.bindValue(7, scan.quantity);
    query.bindValue(8, scan.scannedAtMs);
    query.bindValue(9, notNull(identity.user));
    query.bindValue(10, notNull(identity.device));
    return execOrFail(query, error);
}

qint64 CountRepository::lineQuantity(const QUuid &countId, const QString &sku, int round) const
{
    // The same fold as CountService's over the rows, in SQLite: one scan must stay cheap when
    // a product has been scanned a thousand times.
    QSqlQuery &query = m_statements.get(QStringLiteral(
        "SELECT coalesce(sum(quantity), 0) FROM count_scans"
        " WHERE count_id = :count AND sku = :sku AND round = :round"
        " AND seq >= coalesce((SELECT max(seq) FROM count_scans WHERE count_id = :count"
        " AND sku = :sku AND round = :round AND kind = 'set'), 0)"));
    query.bindValue(QStringLiteral(":count"), idText(countId));
    query.bindValue(QStringLiteral(":sku"), sku);
    query.bindValue(QStringLiteral(":round"), round);
    const qint64 quantity = query.exec() && query.next() ? query.value(0).toLongLong() : 0;
    query.finish();
    return quantity;
}

QList<StoredScan> CountRepository::scans(const QUuid &countId) const
{
    QSqlQuery &query = m_statements.get(
        QStringLiteral("SELECT seq, round, sku, code, kind, quantity, scanned_at FROM count_scans"
                       " WHERE count_id = ? ORDER BY seq"));
    query.bindValue(0, idText(countId));
    QList<StoredScan> found;
    if (query.exec()) {
        while (query.next()) {
            found.append({query.value(0).toLongLong(), query.value(1).toInt(),
                          query.value(2).toString(), query.value(3).toString(),
                          query.value(4).toString() == QLatin1StringView("set"),
                          query.value(5).toLongLong(), query.value(6).toLongLong()});
        }
    }
    query.finish();
    return found;
}

QList<StoredLine> CountRepository::lines(const QUuid &countId) const
{
    QSqlQuery query = prepared(
        m_db, QStringLiteral("SELECT %1 FROM count_lines WHERE count_id = ? ORDER BY sku")
                  .arg(lineColumns()));
    query.addBindValue(idText(countId));
    QList<StoredLine> found;
    if (query.exec()) {
        while (query.next())
            found.append(lineFromRow(query));
    }
    return found;
}

bool CountRepository::replaceLines(const QUuid &countId, const QList<StoredLine> &lines,
                                   QString *error)
{
    QSqlQuery clear = prepared(m_db, QStringLiteral("DELETE FROM count_lines WHERE count_id = ?"));
    clear.addBindValue(idText(countId));
    if (!execOrFail(clear, error))
        return false;
    QSqlQuery insert = prepared(m_db, QStringLiteral("INSERT INTO count_lines (count_id, %1)"
                                                     " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                                          .arg(lineColumns()));
    for (const StoredLine &l : lines) {
        insert.bindValue(0, idText(countId));
        insert.bindValue(1, l.sku);
        insert.bindValue(2, l.counted);
        insert.bindValue(3, l.countedAtMs);
        insert.bindValue(4, l.expected);
        insert.bindValue(5, l.varianceUnits);
        insert.bindValue(6, l.varianceValueCents);
        insert.bindValue(7, l.withinTolerance ? 1 : 0);
        insert.bindValue(8, notNull(l.decision));
        insert.bindValue(9, nullableId(l.discrepancy));
        insert.bindValue(10, l.round);
        insert.bindValue(11, l.assumed ? 1 : 0);
        if (!execOrFail(insert, error))
            return false;
    }
    return true;
}

bool CountRepository::updateLine(const QUuid &countId, const StoredLine &l, QString *error)
{
    QSqlQuery query = prepared(
        m_db, QStringLiteral("UPDATE count_lines SET counted = ?, counted_at = ?, expected = ?,"
                             " variance_units = ?, variance_value_cents = ?,"
                             " within_tolerance = ?, decision = ?, discrepancy_id = ?, round = ?,"
                             " assumed = ? WHERE count_id = ? AND sku = ?"));
    query.addBindValue(l.counted);
    query.addBindValue(l.countedAtMs);
    query.addBindValue(l.expected);
    query.addBindValue(l.varianceUnits);
    query.addBindValue(l.varianceValueCents);
    query.addBindValue(l.withinTolerance ? 1 : 0);
    query.addBindValue(notNull(l.decision));
    query.addBindValue(nullableId(l.discrepancy));
    query.addBindValue(l.round);
    query.addBindValue(l.assumed ? 1 : 0);
    query.addBindValue(idText(countId));
    query.addBindValue(l.sku);
    return execOrFail(query, error);
}

QList<PositionLine> CountRepository::linesOfPosition(const QString &location,
                                                     const QString &sku) const
{
    QSqlQuery &query = m_statements.get(
        QStringLiteral("SELECT s.id, s.state, s.tolerance_units, s.tolerance_value_cents, %1"
                       " FROM count_lines l JOIN count_sessions s ON s.id = l.count_id"
                       " WHERE l.sku = ? AND s.location = ? AND s.state IN ('reviewed', 'posted')"
                       " ORDER BY l.counted_at, s.id")
            .arg(lineColumns(QStringLiteral("l."))));
    query.bindValue(0, sku);
    query.bindValue(1, location);
    QList<PositionLine> found;
    if (query.exec()) {
        while (query.next()) {
            found.append({QUuid::fromString(query.value(0).toString()),
                          domain::countStateFromName(query.value(1).toString())
                              .value_or(domain::CountState::Reviewed),
                          {query.value(2).toLongLong(), query.value(3).toLongLong()},
                          lineFromRow(query, 4)});
        }
    }
    query.finish();
    return found;
}

QStringList CountRepository::skusWithLevel(const QString &location,
                                           const domain::CountScope &scope) const
{
    QString filter;
    switch (scope.kind) {
    case domain::CountScopeKind::WholeStore:
        break;
    case domain::CountScopeKind::Category:
        filter = QStringLiteral(" AND p.category = :value");
        break;
    case domain::CountScopeKind::Bin:
        filter = QStringLiteral(" AND p.bin = :value");
        break;
    case domain::CountScopeKind::CycleList:
    case domain::CountScopeKind::SkuList:
    case domain::CountScopeKind::AuditSample:
        return scope.skus;
    }
    QSqlQuery query = prepared(
        m_db, QStringLiteral("SELECT l.sku FROM levels l JOIN products p ON p.sku = l.sku"
                             " WHERE l.location = :location%1 ORDER BY l.sku")
                  .arg(filter));
    query.bindValue(QStringLiteral(":location"), location);
    if (!filter.isEmpty())
        query.bindValue(QStringLiteral(":value"), scope.value);
    QStringList skus;
    if (query.exec()) {
        while (query.next())
            skus.append(query.value(0).toString());
    }
    return skus;
}

QList<QPair<QString, qint64>> CountRepository::stockValues(const QString &location) const
{
    QSqlQuery query = prepared(
        m_db, QStringLiteral("SELECT l.sku, max(l.on_hand, 0) * p.unit_cost_cents FROM levels l"
                             " JOIN products p ON p.sku = l.sku WHERE l.location = ?"));
    query.addBindValue(location);
    QList<QPair<QString, qint64>> values;
    if (query.exec()) {
        while (query.next())
            values.append({query.value(0).toString(), query.value(1).toLongLong()});
    }
    return values;
}

bool CountRepository::categoryExists(const QString &category) const
{
    QSqlQuery query
        = prepared(m_db, QStringLiteral("SELECT 1 FROM products WHERE category = ? LIMIT 1"));
    query.addBindValue(category);
    return query.exec() && query.next();
}

bool CountRepository::binExists(const QString &bin) const
{
    QSqlQuery query
        = prepared(m_db, QStringLiteral("SELECT 1 FROM products WHERE bin = ? LIMIT 1"));
    query.addBindValue(bin);
    return query.exec() && query.next();
}

} // namespace stockroom::replica
