#pragma once

#include "discrepancyfold.h"

#include <QUuid>

#include <optional>

/** Folded discrepancy rows as DiscrepancyService::list() returns them, for the item models. */
namespace discrepancysamples {

// 2025-11-30 12:00 UTC
constexpr qint64 baseMs = 1764504000000LL;
constexpr qint64 minuteMs = 60000;

inline stockroom::domain::DiscrepancyState
make(const QString &sku, stockroom::domain::DiscrepancyType type, const QString &location,
     qint64 expected, qint64 actual, qint64 valueCents,
     stockroom::domain::DiscrepancyStatus status = stockroom::domain::DiscrepancyStatus::Open,
     stockroom::domain::DiscrepancyPriority priority = stockroom::domain::DiscrepancyPriority::Low,
     const QString &assignee = {}, qint64 createdAtMs = baseMs,
     std::optional<qint64> firstResponseAtMs = std::nullopt)
{
    stockroom::domain::DiscrepancyState s;
    // A stable id per SKU, so that tests can name rows by their SKU.
    s.id = QUuid::createUuidV5(QUuid(), sku);
    s.created = true;
    s.type = type;
    s.location = location;
    s.sku = sku;
    s.expected = expected;
    s.actual = actual;
    s.valueCents = valueCents;
    s.status = status;
    s.priority = priority;
    s.assignee = assignee;
    s.createdAtMs = createdAtMs;
    s.firstResponseAtMs = firstResponseAtMs;
    if (s.isClosed()) {
        s.closedAtMs = createdAtMs + minuteMs;
        if (!s.firstResponseAtMs)
            s.firstResponseAtMs = s.closedAtMs;
    }
    return s;
}

} // namespace discrepancysamples
