#pragma once
// GS1 check digits (GTIN-8/12/13/14, GLN, SSCC): mod-10 with weights 3,1 from the right.
#include <QString>

namespace tracelot::gs1 {

// The check digit for digits that do not yet include it; -1 if not all digits.
int checkDigit(QStringView digitsWithoutCheck);
// True when the last digit is the right check digit for the others.
bool checkDigitValid(QStringView digits);

}  // namespace tracelot::gs1
