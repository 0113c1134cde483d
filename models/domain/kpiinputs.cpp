#include "kpiinputs.h"

#include "ledgerfold.h"

#include <QCoreApplication>

#include <algorithm>

namespace stockroom::domain {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("stockroom::domain::KpiInputs", text);
}

} // namespace

QString validateSurveyResponse(const SurveyResponse &response)
{
    if (response.id.isEmpty())
        return tr("The response id is empty.");
    if (!response.date.isValid())
        return tr("The date is missing or invalid.");
    if (!isValidNpsScore(response.score))
        return tr("The score %1 is not between 0 and 10.").arg(response.score);
    return {};
}

void addLedgerKpiInputs(const QList<Movement> &positionLedger, bool productActive,
                        qint64 unitCostCents, const QHash<QString, Tolerance> &toleranceByReference,
                        KpiInputs *inputs)
{
    QList<Movement> ledger = positionLedger;
    std::sort(ledger.begin(), ledger.end(),
              [](const Movement &a, const Movement &b) { return isLaterInLedger(b, a); });
    qint64 onHand = 0;
    qint64 committed = 0;
    for (qsizetype i = 0; i < ledger.size(); ++i) {
        const Movement &m = ledger.at(i);
        const qint64 availableBefore = onHand - committed;
        if (m.kind == MovementKind::Count) {
            if (i > 0) {
                const Tolerance tolerance = toleranceByReference.value(m.reference);
                inputs->lines.append(
                    {m.location, m.occurredAtMs,
                     evaluateLine(m.sku, m.quantity, onHand, unitCostCents, tolerance),
                     unitCostCents});
            }
            onHand = m.quantity;
        } else {
            onHand += onHandDelta(m);
        }
        committed += committedDelta(m);
        const qint64 availableAfter = onHand - committed;
        if (availableAfter != availableBefore) {
            inputs->availability.append(
                {m.occurredAtMs,
                 {m.location, m.sku, availableBefore, availableAfter, productActive}});
        }
    }
}

} // namespace stockroom::domain
