#include "core/model/date.h"

#include <cstdio>

namespace golmok {
namespace {

bool IsLeap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int DaysInMonth(int y, int m) {
    static const int kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && IsLeap(y) ? 29 : kDays[m - 1];
}

std::int64_t FloorDiv(std::int64_t a, std::int64_t b) {
    std::int64_t q = a / b;
    return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q;
}

}  // namespace

// Counts days through 400-year cycles of the proleptic Gregorian calendar, with the year taken
// to start in March so that the leap day falls at the end of it.
std::int64_t Date::DaysSinceEpoch() const {
    const std::int64_t y = month <= 2 ? std::int64_t(year) - 1 : year;
    const std::int64_t era = FloorDiv(y, 400);
    const std::int64_t yearOfEra = y - era * 400;                            // 0..399
    const std::int64_t shiftedMonth = month > 2 ? month - 3 : month + 9;     // March = 0
    const std::int64_t dayOfYear = (153 * shiftedMonth + 2) / 5 + day - 1;  // 0..365
    const std::int64_t dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146097 + dayOfEra - 719468;  // 719468: days from 0000-03-01 to 1970-01-01
}

Date Date::FromDaysSinceEpoch(std::int64_t days) {
    const std::int64_t z = days + 719468;
    const std::int64_t era = FloorDiv(z, 146097);
    const std::int64_t dayOfEra = z - era * 146097;
    const std::int64_t yearOfEra =
        (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const std::int64_t dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const std::int64_t shiftedMonth = (5 * dayOfYear + 2) / 153;
    Date d;
    d.day = int(dayOfYear - (153 * shiftedMonth + 2) / 5 + 1);
    d.month = int(shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9);
    d.year = int(yearOfEra + era * 400 + (d.month <= 2 ? 1 : 0));
    return d;
}

int Date::Weekday() const {
    // 1970-01-01 was a Thursday (index 3 when Monday is 0).
    return int(((DaysSinceEpoch() % 7) + 7 + 3) % 7);
}

std::string Date::ToString() const {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
    return buf;
}

std::optional<Date> ParseDate(const std::string& text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
    int fields[3] = {0, 0, 0};
    const int starts[3] = {0, 5, 8};
    const int lengths[3] = {4, 2, 2};
    for (int f = 0; f < 3; ++f) {
        for (int i = 0; i < lengths[f]; ++i) {
            const char c = text[starts[f] + i];
            if (c < '0' || c > '9') return std::nullopt;
            fields[f] = fields[f] * 10 + (c - '0');
        }
    }
    Date d{fields[0], fields[1], fields[2]};
    if (d.month < 1 || d.month > 12 || d.day < 1 || d.day > DaysInMonth(d.year, d.month)) {
        return std::nullopt;
    }
    return d;
}

Date SeoulDateAt(std::int64_t unixSeconds) {
    return Date::FromDaysSinceEpoch(FloorDiv(unixSeconds + kSeoulUtcOffsetSeconds, 86400));
}

}  // namespace golmok
