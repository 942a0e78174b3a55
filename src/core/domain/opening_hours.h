// OpenStreetMap `opening_hours` for Seoul shops: parsing the part of the syntax real shops use,
// and what it says at a Seoul local time (open now? until when? this week?). Anything else is
// refused with a positioned error, never guessed. Standard library only; no ImGui, no emscripten.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "core/domain/korean_holidays.h"
#include "core/model/date.h"
#include "core/text/text.h"

namespace golmok {

// Why a text was refused: the byte offset it points at and a plain-English message, e.g.
// "expected a time like 09:00 after '-'".
struct HoursError {
    std::size_t offset = 0;
    std::string message;
};

// A time span in minutes from its day's midnight. end > start always; an end past 1440 keeps the
// shop open into the next morning (18:00-02:00 is {1080, 1560}), and belongs to the day it starts.
struct Span {
    int start = 0;
    int end = 0;
    friend bool operator==(const Span& a, const Span& b) {
        return a.start == b.start && a.end == b.end;
    }
    friend bool operator!=(const Span& a, const Span& b) { return !(a == b); }
};

// Which days a rule names. With no weekday and no PH written, it names every day.
struct DaySelector {
    bool everyDay = true;
    // Bit w (0 = Monday … 6 = Sunday): that weekday in every week of the month.
    unsigned weekdays = 0;
    // For weekday w, bit n-1 of nthFromStart selects its n-th occurrence in the month (Tu[2]), bit
    // n-1 of nthFromEnd its n-th from the end (Su[-1] is the last Sunday).
    std::array<unsigned, 7> nthFromStart{};
    std::array<unsigned, 7> nthFromEnd{};
    bool publicHolidays = false;  // PH
};

// One rule of the text, in order. A rule joined by ',' (additional) adds its hours to what earlier
// rules gave the days it names; one joined by ';' (or the first) replaces them.
struct HoursRule {
    bool additional = false;
    DaySelector days;
    bool closed = false;      // off / closed: the named days have no hours
    std::vector<Span> spans;  // open hours when !closed, sorted and merged
    std::string comment;      // the text between double quotes, without them
    std::size_t offset = 0;   // where the rule starts in the text
};

// A parsed opening_hours value. Copyable; build it with ParseOpeningHours.
class OpeningHours {
public:
    const std::vector<HoursRule>& Rules() const { return m_rules; }
    // Every comment written, in order, each once.
    std::vector<std::string> Comments() const;
    // True when some rule names PH, so that answers depend on the holiday table.
    bool UsesPublicHolidays() const;

private:
    friend std::optional<OpeningHours> ParseOpeningHours(std::string_view text, HoursError* error);
    std::vector<HoursRule> m_rules;
};

// Sorts spans by their start and joins those that overlap or touch: how every rule keeps them.
void NormalizeSpans(std::vector<Span>* spans);

// Understood: rules separated by ';' (a later rule replaces earlier hours on the days it names)
// and by ',' (an additional rule); weekdays Mo Tu We Th Fr Sa Su in ranges (Sa-Mo wraps) and
// lists; Tu[2,4], Su[-1], Mo[1-3]; PH (South Korean public holidays); several spans a day; ends
// past midnight (18:00-02:00, 18:00-26:00, up to 48:00); off, closed, open; 24/7; comments in
// double quotes; spaces between tokens. A comment after the hours keeps the rule open (OSM
// itself would call such a rule "unknown").
// Refused with an error: empty text; months, dates, years, weeks, easter, SH (school holidays),
// sunrise/sunset/dawn/dusk, open ends ("18:00+"), single times, repeating times ("/"), day
// offsets ("PH +1 day"), "unknown", fallback rules ("||"), PH followed by weekdays, "off" with
// times, a comment standing alone as a rule, and anything misspelled.
std::optional<OpeningHours> ParseOpeningHours(std::string_view text, HoursError* error);

// A moment in Asia/Seoul: its calendar day and the minute of that day (0..1439).
struct LocalTime {
    Date date;
    int minute = 0;
    friend bool operator==(const LocalTime& a, const LocalTime& b) {
        return a.date == b.date && a.minute == b.minute;
    }
    friend bool operator!=(const LocalTime& a, const LocalTime& b) { return !(a == b); }
};

// Seoul local time at a Unix time; UTC+9 all year (no daylight saving since 1988).
LocalTime SeoulLocalTimeAt(std::int64_t unixSeconds);

// kUnknown only when the answer depends on a public holiday in a year the holiday table does not
// cover yet (see korean_holidays.h) and the hours name PH.
enum class OpenState { kOpen, kClosed, kUnknown };

struct HoursStatus {
    OpenState state = OpenState::kClosed;
    // Next change: when open, when it closes; when closed, when it next opens. nullopt when there
    // is none within 8 days (24/7, or closed for good), or when the state is unknown.
    std::optional<LocalTime> nextChange;
    bool onBreak = false;      // closed now, was open earlier today and opens again later today
    bool closedToday = false;  // closed now and no more opening today
    std::string comment;       // while open, the comment of the rule that opened it; while closed,
                               // the comment of a closed rule covering today
};

// "Today" for onBreak and closedToday is the calendar day of `now`: once yesterday's late hours
// have ended, the rest of the night belongs to today. A shop closed now that opens later today
// but has not opened yet today is neither on a break nor closed for the day.
HoursStatus StatusAt(const OpeningHours& hours, const LocalTime& now);

// The spans the rules give one kind of day rather than a date: a weekday (0 = Monday), whether
// it is a public holiday, and which such weekday of its month it is, counted from the start and
// from the end (0 = the first, the last; -1 matches no [n] bracket). Comments are left out.
std::vector<Span> SpansOn(const OpeningHours& hours, int weekday, bool holiday, int weekFromStart,
                          int weekFromEnd);

// One calendar day's hours: the spans that start on it (an end past 1440 runs into the next day).
struct DayHours {
    Date date;
    std::vector<Span> spans;  // empty: closed
    bool holiday = false;     // a South Korean public holiday
    std::string comment;
    bool known = true;  // false: depends on a holiday the table does not cover yet (spans empty)
};

// Seven consecutive days from firstDay.
std::vector<DayHours> WeekFrom(const OpeningHours& hours, const Date& firstDay);

// A compact summary of a usual week, then the exceptions: ko "월–금 09:00–18:00, 토 10:00–15:00,
// 일 휴무, 둘째·넷째 화요일 휴무"; en "Mon–Fri 09:00–18:00, Sat 10:00–15:00, Sun closed, closed
// 2nd & 4th Tue"; ja "月–金 09:00–18:00, 土 10:00–15:00, 日 定休日, 第2・第4火曜日 定休日";
// zh "周一至周五 09:00–18:00, 周六 10:00–15:00, 周日 休息, 第2、第4个周二 休息".
std::string DescribeHours(const OpeningHours& hours, Lang lang);

// Every character DescribeHours can write in the languages of `langs` (bit i is Lang(i); Korean
// and English unless told) besides the comments and ASCII, for the font subset.
void AddHoursCodepoints(std::set<std::uint32_t>* out,
                        unsigned langs = (1u << int(Lang::kKo)) | (1u << int(Lang::kEn)));

// "09:00"; minutes past midnight wrap: 1560 ("26:00") is "02:00", 1440 is "00:00".
std::string FormatClock(int minute);

// The end of a span: like FormatClock, but a span ending at midnight reads "24:00".
std::string FormatSpanEnd(int end);

// What the readers of hours write back as opening_hours text:
// weekdays (bit 0 = Monday) with runs of three or more as ranges: "Mo-Fr", "Sa,Su", "Mo,We-Su";
std::string WriteWeekdays(unsigned days);
// one day's spans, "11:00-15:00,17:00-21:00", or "off" for none; an end past midnight reads as
// the clock shows it ("18:00-02:00") when that is still later than the start, else in hours past
// midnight ("09:00-33:00").
std::string WriteSpans(const std::vector<Span>& spans);

}  // namespace golmok
