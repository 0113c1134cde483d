#pragma once

#include <QString>

namespace stockroom::domain {

/** True when every character is an ASCII digit (and there is at least one). */
bool looksNumeric(QStringView text);
/** The check digit (0-9) for the first twelve digits of an EAN-13; -1 when not 12 digits. */
int ean13CheckDigit(QStringView firstTwelveDigits);
/** True for thirteen digits whose last is the right check digit. */
bool isValidEan13(QStringView code);

} // namespace stockroom::domain
