// Opening hours in words for the page: the status line of a list row or a card ("영업 중 ·
// 21:00에 마감") and the names of weekdays. Core only: opening_hours and the UI string table.
#pragma once

#include <string>

#include "core/domain/opening_hours.h"
#include "core/text/text.h"

namespace golmok {

// "월" / "Mon" / "月" / "周一" for 0 = Monday … 6 = Sunday.
const char* WeekdayShort(int weekday, Lang lang);

// The one line a visitor reads: open and until when, on a break until when, opening later today,
// or closed today and when it opens next; "24시간 영업" when it never closes. Unknown states
// (a public holiday the table does not cover) read as "hours not known": never a guess.
// `hours` tells a day off ("오늘 휴무 · 내일 11:00에 열어요") from hours already over.
std::string FormatHoursStatus(const OpeningHours& hours, const HoursStatus& status, const LocalTime& now,
                              Lang lang);

// "11:00–15:00, 17:00–22:00" for one day's spans, or the language's word for closed.
std::string FormatDaySpans(const DayHours& day, Lang lang);

}  // namespace golmok
