#include "common/gs1.h"

namespace tracelot::gs1 {

int checkDigit(QStringView d)
{
    int sum = 0;
    int weight = 3;
    for (qsizetype i = d.size() - 1; i >= 0; --i) {
        const QChar c = d.at(i);
        if (c < QLatin1Char('0') || c > QLatin1Char('9')) return -1;
        sum += (c.unicode() - '0') * weight;
        weight = weight == 3 ? 1 : 3;
    }
    return (10 - sum % 10) % 10;
}

bool checkDigitValid(QStringView digits)
{
    if (digits.size() < 2) return false;
    const QChar last = digits.back();
    if (last < QLatin1Char('0') || last > QLatin1Char('9')) return false;
    return checkDigit(digits.first(digits.size() - 1)) == last.unicode() - '0';
}

}  // namespace tracelot::gs1
