#pragma once

#include <QDate>
#include <QtGlobal>

// Integer calendar helpers for the demo generator: days since 1970-01-01 and seconds since the epoch (UTC). No time
// zone database is involved, so the output never depends on the machine's tzdata.
namespace ops::demo {

using Day = int;
using Ts = qint64;

constexpr Day daysFromCivil(int y, int m, int d)
{
    y -= m <= 2 ? 1 : 0;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const int yoe = y - era * 400;
    const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

struct Civil
{
    int y = 1970;
    int m = 1;
    int d = 1;
};

constexpr Civil civilFromDays(Day z)
{
    z += 719468;
    const int era = (z >= 0 ? z : z - 146096) / 146097;
    const int doe = z - era * 146097;
    const int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const int mp = (5 * doy + 2) / 153;
    const int d = doy - (153 * mp + 2) / 5 + 1;
    const int m = mp < 10 ? mp + 3 : mp - 9;
    return Civil{yoe + era * 400 + (m <= 2 ? 1 : 0), m, d};
}

// Month index: year * 12 + (month - 1).
constexpr int monthIndex(int y, int m)
{
    return y * 12 + (m - 1);
}
constexpr Day firstDayOfMonth(int mi)
{
    return daysFromCivil(mi / 12, mi % 12 + 1, 1);
}
constexpr int daysInMonth(int mi)
{
    return firstDayOfMonth(mi + 1) - firstDayOfMonth(mi);
}
constexpr int monthOfDay(Day day)
{
    const Civil c = civilFromDays(day);
    return monthIndex(c.y, c.m);
}
// 0 = Monday ... 6 = Sunday.
constexpr int weekday(Day day)
{
    return ((day % 7) + 7 + 3) % 7;
}

inline Day dayFromQDate(const QDate &d)
{
    return static_cast<Day>(d.toJulianDay() - 2440588);
}

// Quebec (Eastern) local wall time to UTC, with the North American DST rule in force since 2007: from 02:00 on the
// second Sunday of March to 02:00 on the first Sunday of November.
constexpr Ts localToUtc(Day day, int secondsOfDay)
{
    const Civil c = civilFromDays(day);
    const Day march1 = daysFromCivil(c.y, 3, 1);
    const Day dstStart = march1 + (6 - weekday(march1) + 7) % 7 + 7; // second Sunday
    const Day nov1 = daysFromCivil(c.y, 11, 1);
    const Day dstEnd = nov1 + (6 - weekday(nov1) + 7) % 7; // first Sunday
    const bool dst = (day > dstStart || (day == dstStart && secondsOfDay >= 2 * 3600))
        && (day < dstEnd || (day == dstEnd && secondsOfDay < 2 * 3600));
    return static_cast<Ts>(day) * 86400 + secondsOfDay + (dst ? 4 : 5) * 3600;
}

constexpr Day dayOfTs(Ts ts)
{
    return static_cast<Day>(ts >= 0 ? ts / 86400 : (ts - 86399) / 86400);
}

} // namespace ops::demo
