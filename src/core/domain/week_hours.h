// A shop's week the way an owner thinks of it (the editor's week picker): each weekday closed,
// open, or open with a break; weeks of the month a weekday closes; what public holidays do.
// Read from and written as OpenStreetMap opening_hours. Standard library only; no ImGui.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/domain/opening_hours.h"

namespace golmok {

// At most this many spans a day: one, or two around a break.
constexpr int kMaxDaySpans = 2;

struct WeekDay {
    std::vector<Span> spans;   // none: closed; one: open; two: open with a break
    unsigned closedWeeks = 0;  // bit n-1: closed on the n-th such weekday of the month (n = 1..5)
    friend bool operator==(const WeekDay& a, const WeekDay& b) {
        return a.spans == b.spans && a.closedWeeks == b.closedWeeks;
    }
};

enum class HolidayHours { kAsUsual, kClosed, kOwn };

struct WeekHours {
    std::array<WeekDay, 7> days;  // Monday first
    HolidayHours holidays = HolidayHours::kAsUsual;
    std::vector<Span> holidaySpans;  // kOwn: every public holiday has these hours, whatever the day
    friend bool operator==(const WeekHours& a, const WeekHours& b) {
        return a.days == b.days && a.holidays == b.holidays && a.holidaySpans == b.holidaySpans;
    }
};

// The week an opening_hours text means, when a WeekHours holds exactly that meaning; nullopt for
// text that does not parse, comments, three spans a day, weeks counted from the end (Su[-1]),
// holidays whose hours depend on the weekday, and anything else a WeekHours cannot say. Read by
// meaning, not by spelling: "Mo-Fr 11:00-15:00, Mo-Fr 17:00-21:00" is a week with breaks.
std::optional<WeekHours> FromOpeningHours(std::string_view text);

// The canonical text of a week: days with equal hours grouped, open days first, then the weeks
// of the month, then holidays ("Mo-Fr 11:00-15:00,17:00-21:00; Sa 11:00-21:00; Su off;
// Tu[2] off; PH off"). "24/7" when every day is open all day. Closed weeks of a closed day are
// left out.
std::string ToOpeningHours(const WeekHours& week);

// Every weekday open 00:00-24:00 (the picker's "24시간").
bool OpenAllDayEveryDay(const WeekHours& week);
// No day is ever closed: every weekday open, no closed weeks, holidays not closed ("연중무휴").
bool NeverClosed(const WeekHours& week);
// The weekdays of `days` (bit 0 = Monday) have the same spans.
bool SameSpans(const WeekHours& week, unsigned days);

// `spans` turned into `count` spans (0 closed, 1 open, 2 open with a break), keeping what it
// can: a break is cut into an open span (15:00-17:00 when the span holds it), a break taken out
// leaves one span from the first start to the last end; an opening day gets `opening`.
std::vector<Span> WithSpanCount(const std::vector<Span>& spans, int count, const std::vector<Span>& opening);

// `spans` with span `index`'s start (or end) set to `minute` of the day (0..1439). An end at or
// before its start runs into the next day: 18:00 to 02:00, 00:00 to 00:00 is the whole day.
std::vector<Span> WithTime(std::vector<Span> spans, int index, bool end, int minute);

}  // namespace golmok
