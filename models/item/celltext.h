#pragma once

#include <QString>
#include <QVariant>

namespace stockroom::item {

/** How the item models show numbers and money in their cells (locale-aware, never double). */
namespace celltext {

/** Integer cents as locale money text: 1234 → "12.34", -50 → "-0.50". */
QString money(qint64 cents);
/** Money with an explicit "+" for gains, as variances are shown. */
QString signedMoney(qint64 cents);
/** A whole number with an explicit "+" when positive. */
QString signedNumber(qint64 value);
/** The Qt::TextAlignmentRole value of numeric columns. */
QVariant rightAligned();

} // namespace celltext

} // namespace stockroom::item
