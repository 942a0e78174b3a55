// Calendar days in Asia/Seoul: parsing "YYYY-MM-DD", day arithmetic and "today". Standard library
// only; no time-zone database is needed because Seoul has kept UTC+9 without daylight saving
// since 1988.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace golmok {

// A civil date. Ordered and comparable; DaysSinceEpoch() gives the arithmetic.
struct Date {
    int year = 1970;
    int month = 1;  // 1..12
    int day = 1;    // 1..31

    std::int64_t DaysSinceEpoch() const;  // 1970-01-01 is day 0
    static Date FromDaysSinceEpoch(std::int64_t days);
    Date AddDays(std::int64_t days) const { return FromDaysSinceEpoch(DaysSinceEpoch() + days); }
    int Weekday() const;  // 0 = Monday … 6 = Sunday
    std::string ToString() const;  // "YYYY-MM-DD"

    friend bool operator==(const Date& a, const Date& b) {
        return a.year == b.year && a.month == b.month && a.day == b.day;
    }
    friend bool operator!=(const Date& a, const Date& b) { return !(a == b); }
    friend bool operator<(const Date& a, const Date& b) {
        return a.DaysSinceEpoch() < b.DaysSinceEpoch();
    }
    friend bool operator<=(const Date& a, const Date& b) { return !(b < a); }
    friend bool operator>(const Date& a, const Date& b) { return b < a; }
    friend bool operator>=(const Date& a, const Date& b) { return !(a < b); }
};

// Exactly "YYYY-MM-DD" naming a day that exists (2026-02-29 does not); nullopt otherwise.
std::optional<Date> ParseDate(const std::string& text);

// Seoul is UTC+9 all year (no daylight saving since 1988), so a fixed offset is exact.
constexpr std::int64_t kSeoulUtcOffsetSeconds = 9 * 3600;

// The Seoul calendar day at a Unix time (seconds since 1970-01-01T00:00Z).
Date SeoulDateAt(std::int64_t unixSeconds);

}  // namespace golmok
