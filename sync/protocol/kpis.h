#pragma once

#include "decodeerror.h"
#include "kpiformulas.h"
#include "kpiinputs.h"

#include <QByteArray>
#include <QList>

#include <optional>

namespace stockroom::protocol {

/**
 * POST /api/v1/funnel: {"days":[{"date":"2026-11-02","channel":"web","carts_created":…,
 * "carts_abandoned":…,"carts_abandoned_unavailable":…,"checkouts_started":…,
 * "checkouts_completed":…}]}. Every day is checked (domain::validateFunnelDay); one bad day
 * refuses the whole request, naming it.
 */
QByteArray encodeFunnelDays(const QList<domain::FunnelDay> &days);
std::optional<QList<domain::FunnelDay>> decodeFunnelDays(const QByteArray &json,
                                                         DecodeError *error);

/**
 * POST /api/v1/surveys: {"responses":[{"id":"…","date":"2026-11-02","score":9,"reason":…,
 * "comment":…,"location":…}]} (reason, comment and location optional), checked like the days.
 */
QByteArray encodeSurveyResponses(const QList<domain::SurveyResponse> &responses);
std::optional<QList<domain::SurveyResponse>> decodeSurveyResponses(const QByteArray &json,
                                                                  DecodeError *error);

} // namespace stockroom::protocol
