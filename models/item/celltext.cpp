#include "celltext.h"

#include <QLocale>

namespace stockroom::item::celltext {

QString money(qint64 cents)
{
    const QLocale locale;
    const qint64 whole = cents / 100;
    const qint64 fraction = qAbs(cents % 100);
    // -0.50 has no negative whole part to carry the sign.
    const QString sign = cents < 0 && whole == 0 ? locale.negativeSign() : QString();
    return sign + locale.toString(whole) + locale.decimalPoint()
           + QStringLiteral("%1").arg(fraction, 2, 10, QLatin1Char('0'));
}

QString signedMoney(qint64 cents)
{
    return cents > 0 ? QLocale().positiveSign() + money(cents) : money(cents);
}

QString signedNumber(qint64 value)
{
    const QLocale locale;
    return value > 0 ? locale.positiveSign() + locale.toString(value) : locale.toString(value);
}

QVariant rightAligned()
{
    return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
}

} // namespace stockroom::item::celltext
