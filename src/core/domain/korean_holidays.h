// South Korea's public holidays (관공서의 공휴일), which `PH` names in opening hours: fixed solar
// days, lunar ones from a table, substitute holidays by rule, election and designated days.
// Standard library only; no ImGui, no emscripten.
#pragma once

#include <vector>

#include "core/model/date.h"

namespace golmok {

// The years whose lunar holidays, elections and designated days are in the table. Outside them
// only the fixed solar holidays are known: the table must be extended every year or two.
constexpr int kFirstHolidayYear = 2025;
constexpr int kLastHolidayYear = 2030;

// True when every public holiday of `year` is known (see kFirstHolidayYear, kLastHolidayYear).
bool KoreanHolidaysKnown(int year);

// True on a public holiday, substitute holidays included; ordinary Sundays are not holidays here
// (OpenStreetMap's PH means holidays, not weekends). For a year outside the table only the fixed
// solar holidays answer true, so a false there means "not a fixed holiday", not "a working day".
bool IsKoreanPublicHoliday(const Date& date);

// Every public holiday of `year` in date order (empty when !KoreanHolidaysKnown(year)).
std::vector<Date> KoreanPublicHolidays(int year);

}  // namespace golmok
