#pragma once

#include "countservice.h"
#include "sqlhelpers.h"

#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <QUuid>

#include <optional>

namespace stockroom::replica {

/** One row of count_scans: an accepted scan ('add') or a manual correction ('set'). */
struct StoredScan
{
    qint64 seq = 0;
    int round = 1;
    QString sku; ///< empty for a code nobody knows
    QString code;
    bool set = false;
    qint64 quantity = 0;
    qint64 scannedAtMs = 0;
};

/** One row of count_lines: a reviewed line. */
struct StoredLine
{
    QString sku;
    qint64 counted = 0;
    qint64 countedAtMs = 0;
    qint64 expected = 0;
    qint64 varianceUnits = 0;
    qint64 varianceValueCents = 0;
    bool withinTolerance = true;
    QString decision;
    QUuid discrepancy;
    int round = 1;
    bool assumed = false;
};

/** A reviewed or posted line of one position, with what re-evaluating it needs. */
struct PositionLine
{
    QUuid countId;
    domain::CountState state = domain::CountState::Reviewed;
    domain::Tolerance tolerance;
    StoredLine line;
};

/** The count sessions, their scans and their reviewed lines in the replica. */
class CountRepository
{
public:
    explicit CountRepository(const QSqlDatabase &db);

    bool insertSession(const CountSessionInfo &session, const QString &device, QString *error);
    std::optional<CountSessionInfo> session(const QUuid &countId) const;
    QList<CountSessionInfo> sessions(const QString &location) const;
    /** Moves a session to state and stamps that state's time (open clears the others). */
    bool setState(const QUuid &countId, domain::CountState state, qint64 atMs, QString *error);

    /** The seq the next scan of the count gets. */
    qint64 nextSeq(const QUuid &countId) const;
    bool insertScan(const QUuid &countId, const StoredScan &scan, const Identity &identity,
                    QString *error);
    /** A product's counted quantity in one round: its last correction plus the scans after. */
    qint64 lineQuantity(const QUuid &countId, const QString &sku, int round) const;
    /** Every scan of the count, in seq order. */
    QList<StoredScan> scans(const QUuid &countId) const;

    QList<StoredLine> lines(const QUuid &countId) const;
    bool replaceLines(const QUuid &countId, const QList<StoredLine> &lines, QString *error);
    bool updateLine(const QUuid &countId, const StoredLine &line, QString *error);
    /** The lines of reviewed and posted counts of one position. */
    QList<PositionLine> linesOfPosition(const QString &location, const QString &sku) const;

    /** The SKUs with a level at the location that a category or bin scope covers. */
    QStringList skusWithLevel(const QString &location, const domain::CountScope &scope) const;
    /** (SKU, on hand × unit cost) of every level at the location, for ABC classes. */
    QList<QPair<QString, qint64>> stockValues(const QString &location) const;
    bool categoryExists(const QString &category) const;
    bool binExists(const QString &bin) const;

private:
    QSqlDatabase m_db;
    mutable StatementCache m_statements;
};

} // namespace stockroom::replica
