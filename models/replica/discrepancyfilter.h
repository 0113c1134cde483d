#pragma once

#include <QString>
#include <QStringList>
#include <QtGlobal>

namespace stockroom::replica {

/**
 * Which discrepancies DiscrepancyService::list() and DiscrepancyLog::list() return; an empty
 * field does not filter. In a header of its own so that the UI can name it without QtSql.
 */
struct DiscrepancyFilter
{
    QStringList statuses; ///< domain status names; empty: every status
    QString type;
    QString location;
    QString assignee;
    bool overdueOnly = false;
    qint64 nowMs = 0; ///< for overdueOnly
    int limit = 100000;
};

} // namespace stockroom::replica
