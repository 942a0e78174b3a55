// [SECTION] index
//  - Reading: the hours of every kind of day, and whether a WeekHours says the same
//  - Writing: groups of days, weeks of the month, holidays
//  - Changing a day: its number of spans, one of its times
//
// A text is read by what it means rather than how it is spelled: every place a weekday can take
// in a month (the n-th from the start and from the end, in months with four or five of it) is
// evaluated, on an ordinary day and on a public holiday, and a WeekHours is accepted only when it
// gives each of them the same hours.

#include "core/domain/week_hours.h"

#include <cstdio>
#include <utility>

namespace golmok {
namespace {

constexpr int kMinutesPerDay = 1440;

// The places a weekday can take in a month: {n-th from the start, n-th from the end}, 0-based.
struct Place {
    int fromStart;
    int fromEnd;
};
constexpr Place kPlaces[] = {{0, 3}, {1, 2}, {2, 1}, {3, 0}, {0, 4}, {1, 3}, {2, 2}, {3, 1}, {4, 0}};

// What a day of the week gives on its n-th occurrence (0-based) in a month.
std::vector<Span> SpansAt(const WeekDay& day, int fromStart) {
    return (day.closedWeeks >> fromStart) & 1u ? std::vector<Span>() : day.spans;
}

}  // namespace

// [SECTION] Reading

std::optional<WeekHours> FromOpeningHours(std::string_view text) {
    const std::optional<OpeningHours> hours = ParseOpeningHours(text, nullptr);
    if (!hours || !hours->Comments().empty()) return std::nullopt;
    WeekHours week;
    bool asUsual = true, closed = true, own = true;
    for (int d = 0; d < 7; ++d) {
        WeekDay& day = week.days[d];
        // The hours of the weeks it opens (all alike), and the weeks it does not.
        for (const Place& p : kPlaces) {
            std::vector<Span> spans = SpansOn(*hours, d, false, p.fromStart, p.fromEnd);
            if (spans.empty()) {
                day.closedWeeks |= 1u << p.fromStart;
            } else if (day.spans.empty()) {
                day.spans = std::move(spans);
            } else if (spans != day.spans) {
                return std::nullopt;
            }
        }
        if (day.spans.size() > std::size_t{kMaxDaySpans}) return std::nullopt;
        if (day.spans.empty()) day.closedWeeks = 0;
        // A week closed only when counted from one end (Su[-1]) is not the same week every month.
        for (const Place& p : kPlaces) {
            const std::vector<Span> expected = SpansAt(day, p.fromStart);
            if (SpansOn(*hours, d, false, p.fromStart, p.fromEnd) != expected) return std::nullopt;
            const std::vector<Span> holiday = SpansOn(*hours, d, true, p.fromStart, p.fromEnd);
            asUsual = asUsual && holiday == expected;
            closed = closed && holiday.empty();
            if (week.holidaySpans.empty()) week.holidaySpans = holiday;
            own = own && !holiday.empty() && holiday == week.holidaySpans;
        }
    }
    if (asUsual || closed) {
        week.holidays = asUsual ? HolidayHours::kAsUsual : HolidayHours::kClosed;
        week.holidaySpans.clear();
    } else if (!own || week.holidaySpans.size() > std::size_t{kMaxDaySpans}) {
        return std::nullopt;  // holidays whose hours depend on the weekday
    } else {
        week.holidays = HolidayHours::kOwn;
    }
    return week;
}

// [SECTION] Writing

std::string ToOpeningHours(const WeekHours& week) {
    std::string out;
    const auto next = [&out] {
        if (!out.empty()) out += "; ";
    };
    if (OpenAllDayEveryDay(week)) {
        out = "24/7";
    } else {
        // Open days first, each group of equal hours once, then the days off.
        unsigned done = 0;
        for (int closedPass = 0; closedPass < 2; ++closedPass) {
            for (int d = 0; d < 7; ++d) {
                const std::vector<Span>& spans = week.days[d].spans;
                if (((done >> d) & 1u) || spans.empty() != (closedPass == 1)) continue;
                unsigned group = 0;
                for (int o = d; o < 7; ++o) {
                    if (week.days[o].spans == spans) group |= 1u << o;
                }
                done |= group;
                next();
                out += WriteWeekdays(group);
                out += ' ';
                out += WriteSpans(spans);
            }
        }
    }
    for (int d = 0; d < 7; ++d) {
        const unsigned weeks = week.days[d].closedWeeks & 0x1Fu;
        if (week.days[d].spans.empty() || !weeks) continue;
        next();
        out += WriteWeekdays(1u << d);
        char sep = '[';
        for (int n = 0; n < 5; ++n) {
            if (!((weeks >> n) & 1u)) continue;
            out += sep;
            out += char('1' + n);
            sep = ',';
        }
        out += "] off";
    }
    if (week.holidays != HolidayHours::kAsUsual) {
        next();
        out += "PH ";
        out += WriteSpans(week.holidays == HolidayHours::kOwn ? week.holidaySpans : std::vector<Span>());
    }
    return out;
}

bool OpenAllDayEveryDay(const WeekHours& week) {
    for (const WeekDay& day : week.days) {
        if (day.spans.size() != 1 || day.spans[0] != Span{0, kMinutesPerDay}) return false;
    }
    return true;
}

bool NeverClosed(const WeekHours& week) {
    for (const WeekDay& day : week.days) {
        if (day.spans.empty() || day.closedWeeks) return false;
    }
    return week.holidays == HolidayHours::kAsUsual ||
           (week.holidays == HolidayHours::kOwn && !week.holidaySpans.empty());
}

bool SameSpans(const WeekHours& week, unsigned days) {
    const std::vector<Span>* first = nullptr;
    for (int d = 0; d < 7; ++d) {
        if (!((days >> d) & 1u)) continue;
        if (first && week.days[d].spans != *first) return false;
        first = &week.days[d].spans;
    }
    return true;
}

// [SECTION] Changing a day

std::vector<Span> WithSpanCount(const std::vector<Span>& spans, int count, const std::vector<Span>& opening) {
    if (count <= 0) return {};
    const std::vector<Span> base = !spans.empty()     ? spans
                                   : !opening.empty() ? opening
                                                      : std::vector<Span>{{9 * 60, 18 * 60}};
    if (static_cast<int>(base.size()) == count) return base;
    const Span whole{base.front().start, base.back().end};
    if (count == 1) return {whole};
    // A break: the afternoon one most shops keep when the day holds it, else the middle third.
    if (whole.start < 15 * 60 && whole.end > 17 * 60) return {{whole.start, 15 * 60}, {17 * 60, whole.end}};
    const int third = (whole.end - whole.start) / 3;
    if (third == 0) return {whole};
    return {{whole.start, whole.start + third}, {whole.end - third, whole.end}};
}

std::vector<Span> WithTime(std::vector<Span> spans, int index, bool end, int minute) {
    if (index < 0 || index >= static_cast<int>(spans.size()) || minute < 0 || minute >= kMinutesPerDay) {
        return spans;
    }
    Span& s = spans[static_cast<std::size_t>(index)];
    (end ? s.end : s.start) = minute;
    const int clock = s.end % kMinutesPerDay;
    s.end = clock + (clock <= s.start ? kMinutesPerDay : 0);
    return spans;
}

}  // namespace golmok
