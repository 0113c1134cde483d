#include "ean13.h"

namespace stockroom::domain {

bool looksNumeric(QStringView text)
{
    if (text.isEmpty())
        return false;
    for (QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

int ean13CheckDigit(QStringView firstTwelveDigits)
{
    if (firstTwelveDigits.size() != 12 || !looksNumeric(firstTwelveDigits))
        return -1;
    int sum = 0;
    for (int i = 0; i < 12; ++i) {
        const int digit = firstTwelveDigits[i].unicode() - '0';
        sum += (i % 2 == 0) ? digit : 3 * digit;
    }
    return (10 - sum % 10) % 10;
}

bool isValidEan13(QStringView code)
{
    return code.size() == 13 && looksNumeric(code)
           && ean13CheckDigit(code.first(12)) == code[12].unicode() - '0';
}

} // namespace stockroom::domain
