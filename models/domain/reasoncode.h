#pragma once

#include <QString>
#include <QStringList>

namespace stockroom::domain {

/** The reason codes an adjustment may carry ("damaged", "theft" ...), in display order. */
const QStringList &reasonCodes();
bool isKnownReasonCode(const QString &code);
/** A translated label for a reason code ("Damaged"); the code itself when unknown. */
QString reasonCodeLabel(const QString &code);

} // namespace stockroom::domain
