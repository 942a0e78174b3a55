// [SECTION] index
//  - Text helpers: characters, words, what a refused word means
//  - Parser: rules, day selectors, week-of-month brackets, time spans, modifiers, comments
//  - Evaluation: which rules name a day, and the hours they leave it
//  - Seoul time, StatusAt, WeekFrom
//  - DescribeHours: the usual week, then week-of-month and holiday exceptions
//
// The parser is a hand-written scanner over bytes that stops at the first problem and says where
// it is. Nothing here throws: the page is built without exception support.

#include "core/domain/opening_hours.h"

#include <algorithm>
#include <cstdio>
#include <initializer_list>

#include "core/text/utf8.h"

namespace golmok {
namespace {

constexpr int kMinutesPerDay = 1440;
constexpr int kLatestEnd = 2 * kMinutesPerDay;  // 48:00, the latest end OSM allows

// [SECTION] Text helpers

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

const char* const kWeekdayCodes[7] = {"Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"};

// The weekday written exactly as OSM writes it, or -1.
int WeekdayIndex(std::string_view word) {
    for (int i = 0; i < 7; ++i) {
        if (word == kWeekdayCodes[i]) return i;
    }
    return -1;
}

char Lower(char c) { return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c; }

bool EqualsIgnoringCase(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (Lower(a[i]) != Lower(b[i])) return false;
    }
    return true;
}

bool IsOneOf(std::string_view word, std::initializer_list<const char*> options) {
    for (const char* o : options) {
        if (EqualsIgnoringCase(word, o)) return true;
    }
    return false;
}

// The message for a word that is not part of what we understand. Words of the OSM syntax that
// we do not support get their own sentence, so a district editor knows it is not a typo.
std::string RefusalFor(std::string_view word) {
    const std::string quoted = "'" + std::string(word) + "'";
    if (IsOneOf(word, {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
                       "Dec"})) {
        return "months and dates (" + quoted + ") are not supported";
    }
    if (IsOneOf(word, {"week"})) return "week numbers are not supported";
    if (IsOneOf(word, {"SH"})) return "school holidays (SH) are not supported";
    if (IsOneOf(word, {"easter"})) return "easter is not supported";
    if (IsOneOf(word, {"sunrise", "sunset", "dawn", "dusk"})) {
        return "times of sunrise, sunset, dawn and dusk are not supported";
    }
    if (IsOneOf(word, {"day", "days"})) return "day offsets ('PH +1 day') are not supported";
    if (word == "unknown") return "'unknown' is not supported; leave the hours out instead";
    if (IsOneOf(word, {"off", "closed", "open"})) {
        std::string lower(word);
        for (char& c : lower) c = Lower(c);
        return "write " + quoted + " in lower case, as '" + lower + "'";
    }
    if (IsOneOf(word, {"PH"})) return "write public holidays as 'PH'";
    for (int i = 0; i < 7; ++i) {
        if (word.size() >= 2 && Lower(word[0]) == Lower(kWeekdayCodes[i][0]) &&
            Lower(word[1]) == Lower(kWeekdayCodes[i][1])) {
            return quoted + " is not a weekday; write weekdays as Mo Tu We Th Fr Sa Su";
        }
    }
    return "unexpected " + quoted;
}

// [SECTION] Parser

class Parser {
public:
    explicit Parser(std::string_view text) : m_text(text) {}

    bool Parse(std::vector<HoursRule>* rules);
    const HoursError& Error() const { return m_error; }

private:
    bool Fail(std::size_t offset, std::string message) {
        m_error = {offset, std::move(message)};
        return false;
    }

    bool AtEnd() const { return m_pos >= m_text.size(); }
    char Peek(std::size_t at) const { return at < m_text.size() ? m_text[at] : '\0'; }
    char Peek() const { return Peek(m_pos); }
    bool StartsWith(std::string_view s) const { return m_text.substr(m_pos, s.size()) == s; }
    std::size_t SpacesEnd(std::size_t at) const {
        while (at < m_text.size() && IsSpace(m_text[at])) ++at;
        return at;
    }
    void SkipSpaces() { m_pos = SpacesEnd(m_pos); }
    std::string_view WordAt(std::size_t at) const {
        std::size_t end = at;
        while (end < m_text.size() && IsLetter(m_text[end])) ++end;
        return m_text.substr(at, end - at);
    }
    bool IsDayWordAt(std::size_t at) const {
        const std::string_view w = WordAt(at);
        return WeekdayIndex(w) >= 0 || w == "PH";
    }
    // A dash other than '-' (en dash, em dash, '~'), as Korean signs write ranges; its length.
    std::size_t OtherDashAt(std::size_t at) const {
        if (Peek(at) == '~') return 1;
        const std::string_view rest = m_text.substr(std::min(at, m_text.size()));
        if (rest.substr(0, 3) == "\xE2\x80\x93" || rest.substr(0, 3) == "\xE2\x80\x94") return 3;
        return 0;
    }
    std::string Unexpected(std::size_t at) const;

    bool ParseRule(HoursRule* rule);
    bool ParseDays(DaySelector* days, bool* present);
    bool ParseWeekOfMonth(int weekday, DaySelector* days);
    bool RefuseDayOffset();
    bool ParseSpans(std::vector<Span>* spans);
    bool ParseClock(int* minutes, const char* context);
    bool ParseComment(std::string* comment);

    std::string_view m_text;
    std::size_t m_pos = 0;
    HoursError m_error;
};

std::string Parser::Unexpected(std::size_t at) const {
    const char c = Peek(at);
    if (c == '|') return "fallback rules ('||') are not supported";
    if (OtherDashAt(at)) return "write ranges with '-', like Mo-Fr 09:00-18:00";
    if (IsLetter(c)) return RefusalFor(WordAt(at));
    if (static_cast<unsigned char>(c) >= 0x80) {
        std::size_t end = at;
        NextCodepoint(m_text, &end);
        return "unexpected '" + std::string(m_text.substr(at, end - at)) + "'";
    }
    return "unexpected '" + std::string(1, c) + "'";
}

bool Parser::Parse(std::vector<HoursRule>* rules) {
    SkipSpaces();
    if (AtEnd()) return Fail(0, "the opening hours are empty");
    bool additional = false;
    for (;;) {
        HoursRule rule;
        rule.additional = additional;
        rule.offset = m_pos;
        if (!ParseRule(&rule)) return false;
        rules->push_back(std::move(rule));
        SkipSpaces();
        if (AtEnd()) return true;
        if (Peek() == ';') {
            ++m_pos;
            SkipSpaces();
            if (AtEnd()) return true;  // a trailing ';' says nothing more
            if (Peek() == ';') return Fail(m_pos, "expected a rule between two ';'");
            additional = false;
        } else if (Peek() == ',') {
            ++m_pos;
            SkipSpaces();
            if (AtEnd()) return Fail(m_pos, "expected a rule after ','");
            additional = true;
        } else if (IsDayWordAt(m_pos)) {
            return Fail(m_pos, "separate rules with ';', as in Mo-Fr 09:00-18:00; Sa 10:00-14:00");
        } else {
            return Fail(m_pos, Unexpected(m_pos));
        }
    }
}

bool Parser::ParseRule(HoursRule* rule) {
    const std::size_t start = m_pos;
    bool hasDays = false;
    bool hasSpans = false;
    const bool always = StartsWith("24/7");
    if (always) {
        m_pos += 4;
        hasDays = hasSpans = true;
        rule->spans = {{0, kMinutesPerDay}};
    } else {
        if (!ParseDays(&rule->days, &hasDays)) return false;
        SkipSpaces();
        if (StartsWith("24/7")) {
            return Fail(m_pos, "'24/7' stands alone as a rule; for whole days write 00:00-24:00");
        }
        if (!hasDays && IsDigit(Peek()) && IsDigit(Peek(m_pos + 1)) && IsDigit(Peek(m_pos + 2))) {
            return Fail(m_pos, "years and dates are not supported");  // "2026 Dec 25"
        }
        if (IsDigit(Peek())) {
            if (!ParseSpans(&rule->spans)) return false;
            hasSpans = true;
        }
    }
    SkipSpaces();

    bool hasModifier = false;
    const std::size_t modifierAt = m_pos;
    const std::string_view word = WordAt(m_pos);
    if (word == "open") {
        hasModifier = true;
    } else if (word == "off" || word == "closed") {
        if (hasSpans && !always) {
            return Fail(modifierAt, "'" + std::string(word) +
                                        "' with times is not supported; write the hours the "
                                        "shop is open instead");
        }
        hasModifier = true;
        rule->closed = true;
        rule->spans.clear();
    } else if (!word.empty()) {
        if (WeekdayIndex(word) >= 0 || word == "PH") {
            return Fail(m_pos,
                        "separate rules with ';', as in Mo-Fr 09:00-18:00; Sa 10:00-14:00");
        }
        return Fail(m_pos, RefusalFor(word));
    }
    m_pos += word.size();
    SkipSpaces();

    const std::size_t commentAt = m_pos;
    const bool hasComment = Peek() == '"';
    if (hasComment && !ParseComment(&rule->comment)) return false;

    if (!hasDays && !hasSpans && !hasModifier) {
        if (hasComment) {
            return Fail(start, "a comment alone does not say when the shop is open; put hours, "
                               "'open' or 'off' before it");
        }
        return Fail(m_pos, AtEnd() ? "expected a rule" : Unexpected(m_pos));
    }
    if (!hasSpans && !hasModifier && hasComment) {
        return Fail(commentAt, "a comment after days alone does not say whether the shop is "
                               "open; put hours, 'open' or 'off' before it");
    }
    if (!hasSpans && !rule->closed) rule->spans = {{0, kMinutesPerDay}};  // open all day
    NormalizeSpans(&rule->spans);
    return true;
}

// Weekdays, ranges of them, Tu[2,4] and PH, separated by ','. A ',' not followed by a weekday
// or PH is left for the caller: it separates rules.
bool Parser::ParseDays(DaySelector* days, bool* present) {
    *present = false;
    for (;;) {
        const std::string_view word = WordAt(m_pos);
        const int weekday = WeekdayIndex(word);
        if (word == "PH") {
            m_pos += 2;
            days->publicHolidays = true;
            if (!RefuseDayOffset()) return false;
        } else if (weekday >= 0) {
            m_pos += 2;
            const std::size_t afterWord = m_pos;
            SkipSpaces();
            if (OtherDashAt(m_pos)) return Fail(m_pos, Unexpected(m_pos));
            if (Peek() == '-') {
                const std::size_t lastAt = SpacesEnd(m_pos + 1);
                const int last = WeekdayIndex(WordAt(lastAt));
                if (last < 0) return Fail(lastAt, "expected a weekday like Fr after '-'");
                m_pos = lastAt + 2;
                for (int d = weekday;; d = (d + 1) % 7) {  // Sa-Mo wraps over Sunday
                    days->weekdays |= 1u << d;
                    if (d == last) break;
                }
                if (Peek(SpacesEnd(m_pos)) == '[') {
                    return Fail(SpacesEnd(m_pos), "a week of the month follows a single weekday "
                                                  "only, as in Tu[2,4]");
                }
            } else if (Peek() == '[') {
                if (!ParseWeekOfMonth(weekday, days)) return false;
                if (!RefuseDayOffset()) return false;
            } else {
                m_pos = afterWord;
                days->weekdays |= 1u << weekday;
            }
        } else {
            return true;  // no day selector: the rule names every day
        }
        *present = true;
        days->everyDay = false;

        const std::size_t next = SpacesEnd(m_pos);
        if (Peek(next) == ',' && IsDayWordAt(SpacesEnd(next + 1))) {
            m_pos = SpacesEnd(next + 1);
            continue;
        }
        if (next > m_pos && IsDayWordAt(next)) {
            return Fail(next, word == "PH" ? "PH followed by weekdays (holidays on those weekdays "
                                             "only) is not supported"
                                           : "separate weekdays with ',', as in Mo,We,Fr");
        }
        return true;
    }
}

// "[2,4]", "[-1]", "[1-3]" after a weekday.
bool Parser::ParseWeekOfMonth(int weekday, DaySelector* days) {
    ++m_pos;  // '['
    const char* const kExpected =
        "expected a week of the month from 1 to 5, or from -1 to -5 counting from the end";
    for (;;) {
        SkipSpaces();
        const std::size_t entryAt = m_pos;
        const bool fromEnd = Peek() == '-';
        if (fromEnd) ++m_pos;
        if (!IsDigit(Peek()) || IsDigit(Peek(m_pos + 1))) return Fail(entryAt, kExpected);
        const int first = Peek() - '0';
        if (first < 1 || first > 5) return Fail(entryAt, kExpected);
        ++m_pos;
        int last = first;
        const std::size_t dashAt = SpacesEnd(m_pos);
        if (!fromEnd && Peek(dashAt) == '-') {
            const std::size_t lastAt = SpacesEnd(dashAt + 1);
            if (!IsDigit(Peek(lastAt)) || IsDigit(Peek(lastAt + 1))) return Fail(lastAt, kExpected);
            last = Peek(lastAt) - '0';
            if (last < first || last > 5) {
                return Fail(lastAt, "a range of weeks of the month runs upwards, as in [1-3]");
            }
            m_pos = lastAt + 1;
        }
        for (int n = first; n <= last; ++n) {
            (fromEnd ? days->nthFromEnd : days->nthFromStart)[weekday] |= 1u << (n - 1);
        }
        SkipSpaces();
        if (Peek() == ',') {
            ++m_pos;
            continue;
        }
        if (Peek() == ']') {
            ++m_pos;
            return true;
        }
        return Fail(m_pos, "expected ',' or ']' in the week of the month");
    }
}

// "PH +1 day", "Su[-1] -2 days": OSM's day offsets, which we do not support.
bool Parser::RefuseDayOffset() {
    const std::size_t at = SpacesEnd(m_pos);
    if ((Peek(at) == '+' || Peek(at) == '-') && IsDigit(Peek(SpacesEnd(at + 1)))) {
        return Fail(at, "day offsets ('PH +1 day') are not supported");
    }
    return true;
}

// "09:00-18:00", several separated by ','. A ',' not followed by a time is left for the caller.
bool Parser::ParseSpans(std::vector<Span>* spans) {
    for (;;) {
        const std::size_t spanAt = m_pos;
        int start = 0;
        if (!ParseClock(&start, "")) return false;
        if (start >= kMinutesPerDay) {
            return Fail(spanAt, "a time span cannot start at 24:00 or later");
        }
        SkipSpaces();
        if (Peek() == '+') {
            return Fail(m_pos, "open ends ('18:00+') are not supported; write when the shop "
                               "closes");
        }
        if (OtherDashAt(m_pos)) return Fail(m_pos, Unexpected(m_pos));
        if (Peek() != '-') {
            return Fail(m_pos, "a single time is not supported; write a span like 09:00-18:00");
        }
        ++m_pos;
        SkipSpaces();
        const std::size_t endAt = m_pos;
        if (IsLetter(Peek()) || Peek() == '(') {
            return Fail(endAt, "times of sunrise, sunset, dawn and dusk are not supported");
        }
        int end = 0;
        if (!ParseClock(&end, " after '-'")) return false;
        if (end > kLatestEnd) return Fail(endAt, "a time span cannot end after 48:00");
        if (end == start) {
            return Fail(spanAt, "a time span must end after it starts; for a whole day write "
                                "00:00-24:00");
        }
        if (end < start) end += kMinutesPerDay;  // 18:00-02:00 runs past midnight
        SkipSpaces();
        if (Peek() == '+') {
            return Fail(m_pos, "open ends ('18:00+') are not supported; write when the shop "
                               "closes");
        }
        if (Peek() == '/') return Fail(m_pos, "repeating times ('/') are not supported");
        spans->push_back({start, end});

        if (Peek() == ',' && IsDigit(Peek(SpacesEnd(m_pos + 1)))) {
            m_pos = SpacesEnd(m_pos + 1);
            continue;
        }
        return true;
    }
}

// "HH:MM" with two digits each, hours 00..48.
bool Parser::ParseClock(int* minutes, const char* context) {
    const std::size_t at = m_pos;
    std::size_t digits = 0;
    while (IsDigit(Peek(at + digits))) ++digits;
    const std::string expected = std::string("expected a time like 09:00") + context;
    if (digits == 1 && Peek(at + 1) == ':') {
        return Fail(at, "write hours with two digits, like 09:00");
    }
    if (digits != 2 || Peek(at + 2) != ':' || !IsDigit(Peek(at + 3)) || !IsDigit(Peek(at + 4)) ||
        IsDigit(Peek(at + 5))) {
        return Fail(at, expected);
    }
    const int hour = (Peek(at) - '0') * 10 + (Peek(at + 1) - '0');
    const int minute = (Peek(at + 3) - '0') * 10 + (Peek(at + 4) - '0');
    if (minute > 59) return Fail(at + 3, "minutes run from 00 to 59");
    if (hour > 48) return Fail(at, "hours run from 00 to 48");
    *minutes = hour * 60 + minute;
    m_pos = at + 5;
    return true;
}

bool Parser::ParseComment(std::string* comment) {
    const std::size_t open = m_pos;
    const std::size_t close = m_text.find('"', open + 1);
    if (close == std::string_view::npos) return Fail(open, "this comment has no closing '\"'");
    *comment = ToValidUtf8(m_text.substr(open + 1, close - open - 1));
    m_pos = close + 1;
    const std::size_t after = SpacesEnd(m_pos);
    if (Peek(after) == ':') {
        return Fail(after, "a comment used as a selector (\"…\": ) is not supported");
    }
    return true;
}

// [SECTION] Evaluation

int DaysInMonth(int year, int month) {
    const Date first{year, month, 1};
    const Date next = month == 12 ? Date{year + 1, 1, 1} : Date{year, month + 1, 1};
    return int(next.DaysSinceEpoch() - first.DaysSinceEpoch());
}

// What a rule's selector can see of a day. The week-of-month fields are -1 when no bracket
// should match (DescribeHours asks about "a usual Tuesday" that way).
struct DayKey {
    int weekday = 0;
    bool holiday = false;
    int weekFromStart = -1;  // 0 for the first such weekday of the month
    int weekFromEnd = -1;    // 0 for the last
};

DayKey KeyFor(const Date& date, bool holiday) {
    DayKey key;
    key.weekday = date.Weekday();
    key.holiday = holiday;
    key.weekFromStart = (date.day - 1) / 7;
    key.weekFromEnd = (DaysInMonth(date.year, date.month) - date.day) / 7;
    return key;
}

bool Names(const DaySelector& s, const DayKey& key) {
    if (s.everyDay) return true;
    if (key.holiday && s.publicHolidays) return true;
    const int w = key.weekday;
    if (s.weekdays & (1u << w)) return true;
    if (key.weekFromStart >= 0 && (s.nthFromStart[w] & (1u << key.weekFromStart))) return true;
    if (key.weekFromEnd >= 0 && (s.nthFromEnd[w] & (1u << key.weekFromEnd))) return true;
    return false;
}

struct DayPlan {
    std::vector<Span> spans;
    std::string comment;
    friend bool operator==(const DayPlan& a, const DayPlan& b) {
        return a.spans == b.spans && a.comment == b.comment;
    }
    friend bool operator!=(const DayPlan& a, const DayPlan& b) { return !(a == b); }
};

// Rules in order: one after ';' replaces the day's hours, one after ',' adds to them, and a
// closed rule of either kind closes the day.
DayPlan Evaluate(const OpeningHours& hours, const DayKey& key) {
    DayPlan plan;
    for (const HoursRule& rule : hours.Rules()) {
        if (!Names(rule.days, key)) continue;
        if (!rule.additional || rule.closed) {
            plan.spans = rule.spans;
            plan.comment = rule.comment;
            continue;
        }
        plan.spans.insert(plan.spans.end(), rule.spans.begin(), rule.spans.end());
        NormalizeSpans(&plan.spans);
        if (!rule.comment.empty() && plan.comment.find(rule.comment) == std::string::npos) {
            plan.comment += (plan.comment.empty() ? "" : "; ") + rule.comment;
        }
    }
    return plan;
}

// The holidays of the year last asked about, so that a run of days builds each year's list once.
class HolidayCalendar {
public:
    bool IsHoliday(const Date& date) {
        if (!KoreanHolidaysKnown(date.year)) return IsKoreanPublicHoliday(date);
        if (date.year != m_year) {
            m_year = date.year;
            m_days = KoreanPublicHolidays(date.year);
        }
        return std::binary_search(m_days.begin(), m_days.end(), date);
    }

private:
    int m_year = 0;
    std::vector<Date> m_days;
};

DayHours ComputeDay(const OpeningHours& hours, const Date& date, HolidayCalendar* holidays) {
    DayHours day;
    day.date = date;
    day.holiday = holidays->IsHoliday(date);
    DayPlan plan = Evaluate(hours, KeyFor(date, day.holiday));
    if (!day.holiday && !KoreanHolidaysKnown(date.year) && hours.UsesPublicHolidays() &&
        Evaluate(hours, KeyFor(date, true)) != plan) {
        day.known = false;  // it matters whether this day is a holiday, and we cannot tell
        return day;
    }
    day.spans = std::move(plan.spans);
    day.comment = std::move(plan.comment);
    return day;
}

std::int64_t FloorDiv(std::int64_t a, std::int64_t b) {
    const std::int64_t q = a / b;
    return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q;
}

}  // namespace

void NormalizeSpans(std::vector<Span>* spans) {
    std::sort(spans->begin(), spans->end(),
              [](const Span& a, const Span& b) { return a.start < b.start; });
    std::vector<Span> merged;
    for (const Span& s : *spans) {
        if (!merged.empty() && s.start <= merged.back().end) {
            merged.back().end = std::max(merged.back().end, s.end);
        } else {
            merged.push_back(s);
        }
    }
    *spans = std::move(merged);
}

std::vector<std::string> OpeningHours::Comments() const {
    std::vector<std::string> out;
    for (const HoursRule& r : m_rules) {
        if (!r.comment.empty() && std::find(out.begin(), out.end(), r.comment) == out.end()) {
            out.push_back(r.comment);
        }
    }
    return out;
}

bool OpeningHours::UsesPublicHolidays() const {
    for (const HoursRule& r : m_rules) {
        if (r.days.publicHolidays) return true;
    }
    return false;
}

std::optional<OpeningHours> ParseOpeningHours(std::string_view text, HoursError* error) {
    Parser parser(text);
    OpeningHours hours;
    if (!parser.Parse(&hours.m_rules)) {
        if (error) *error = parser.Error();
        return std::nullopt;
    }
    return hours;
}

std::vector<Span> SpansOn(const OpeningHours& hours, int weekday, bool holiday, int weekFromStart,
                          int weekFromEnd) {
    return Evaluate(hours, DayKey{weekday, holiday, weekFromStart, weekFromEnd}).spans;
}

// [SECTION] Seoul time, StatusAt, WeekFrom

LocalTime SeoulLocalTimeAt(std::int64_t unixSeconds) {
    const std::int64_t local = unixSeconds + kSeoulUtcOffsetSeconds;
    const std::int64_t day = FloorDiv(local, 86400);
    LocalTime t;
    t.date = Date::FromDaysSinceEpoch(day);
    t.minute = int((local - day * 86400) / 60);
    return t;
}

std::vector<DayHours> WeekFrom(const OpeningHours& hours, const Date& firstDay) {
    HolidayCalendar holidays;
    std::vector<DayHours> week;
    for (int i = 0; i < 7; ++i) week.push_back(ComputeDay(hours, firstDay.AddDays(i), &holidays));
    return week;
}

// The days around `now` are laid on one line of minutes from now's midnight: a span of the day
// before, ending at 26:00, covers 00:00-02:00 of today. Two days back are enough because no span
// ends after 48:00; nine ahead cover the 8-day horizon of the next change.
HoursStatus StatusAt(const OpeningHours& hours, const LocalTime& now) {
    constexpr int kDaysBack = 2;
    constexpr int kDaysAhead = 9;
    constexpr int kHorizon = 8 * kMinutesPerDay;
    const int nowMinute = std::clamp(now.minute, 0, kMinutesPerDay - 1);

    struct Interval {
        int start;
        int end;
        int day;  // index into days
    };
    HolidayCalendar holidays;
    std::vector<DayHours> days;
    std::vector<Interval> intervals;
    for (int i = -kDaysBack; i <= kDaysAhead; ++i) {
        days.push_back(ComputeDay(hours, now.date.AddDays(i), &holidays));
        for (const Span& s : days.back().spans) {
            intervals.push_back({i * kMinutesPerDay + s.start, i * kMinutesPerDay + s.end,
                                 int(days.size()) - 1});
        }
    }
    auto dayAt = [&](int offset) -> const DayHours& { return days[offset + kDaysBack]; };
    // True when a day whose hours we cannot know lies between `from` and `to` days from today.
    auto unknownBetween = [&](int from, int to) {
        for (int i = std::max(from, -kDaysBack); i <= std::min(to, kDaysAhead); ++i) {
            if (!dayAt(i).known) return true;
        }
        return false;
    };
    auto toLocal = [&](int minute) {
        const int dayOffset = int(FloorDiv(minute, kMinutesPerDay));
        return LocalTime{now.date.AddDays(dayOffset), minute - dayOffset * kMinutesPerDay};
    };

    HoursStatus status;
    const Interval* current = nullptr;
    for (const Interval& iv : intervals) {
        if (iv.start <= nowMinute && nowMinute < iv.end && (!current || iv.day > current->day)) {
            current = &iv;
        }
    }

    if (current) {
        status.state = OpenState::kOpen;
        status.comment = days[current->day].comment;
        int closes = current->end;
        for (bool grew = true; grew;) {  // follow spans that overlap or touch, across midnight
            grew = false;
            for (const Interval& iv : intervals) {
                if (iv.start <= closes && iv.end > closes) {
                    closes = iv.end;
                    grew = true;
                }
            }
        }
        const bool certain = !unknownBetween(-kDaysBack, closes / kMinutesPerDay);
        if (closes - nowMinute <= kHorizon && certain) status.nextChange = toLocal(closes);
        return status;
    }

    if (unknownBetween(-kDaysBack, 0)) {
        status.state = OpenState::kUnknown;
        return status;
    }
    status.state = OpenState::kClosed;
    std::optional<int> opens;
    for (const Interval& iv : intervals) {
        if (iv.start > nowMinute && (!opens || iv.start < *opens)) opens = iv.start;
    }
    if (opens && *opens - nowMinute <= kHorizon && !unknownBetween(1, *opens / kMinutesPerDay)) {
        status.nextChange = toLocal(*opens);
    }

    const DayHours& today = dayAt(0);
    bool laterToday = false;
    bool earlierToday = false;
    for (const Span& s : today.spans) {
        if (s.start > nowMinute) laterToday = true;
        if (s.end <= nowMinute) earlierToday = true;
    }
    status.onBreak = laterToday && earlierToday;
    status.closedToday = !laterToday;
    if (today.spans.empty()) status.comment = today.comment;
    return status;
}

// [SECTION] DescribeHours

namespace {

// The words of one language. English reads in its own order ("closed 2nd Tue", "closed on
// public holidays"); Korean, Japanese and Chinese put the days first and the hours after them.
struct Words {
    const char* weekdays[7];
    const char* weekdaysLong[7];  // as used after a week of the month: "둘째 화요일", "2nd Tue"
    const char* nth[5];
    const char* nthFromEnd[5];
    const char* closed;
    const char* allDay;
    const char* everyDay;
    const char* always;
    const char* closedEveryDay;
    const char* listSeparator;  // "월·수·금"; nullptr: English "Mon, Wed & Fri"
    const char* dayRange;       // between the ends of a run of weekdays: "월–금", "周一至周五"
    const char* beforeWeekday;  // between the weeks of the month and the weekday: "둘째 화요일"
    const char* holidays;       // public holidays, before their hours; unused in English
};

const Words kKorean = {
    {"월", "화", "수", "목", "금", "토", "일"},
    {"월요일", "화요일", "수요일", "목요일", "금요일", "토요일", "일요일"},
    {"첫째", "둘째", "셋째", "넷째", "다섯째"},
    {"마지막", "끝에서 둘째", "끝에서 셋째", "끝에서 넷째", "끝에서 다섯째"},
    "휴무",
    "24시간",
    "매일",
    "24시간 영업",
    "매일 휴무",
    "·",
    "–",
    " ",
    "공휴일",
};

const Words kEnglish = {
    {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"},
    {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"},
    {"1st", "2nd", "3rd", "4th", "5th"},
    {"last", "2nd-to-last", "3rd-to-last", "4th-to-last", "5th-to-last"},
    "closed",
    "24 hours",
    "Daily",
    "Open 24/7",
    "Closed every day",
    nullptr,
    "–",
    " ",
    nullptr,
};

// Japanese as shop listings write it: "月–金 09:00–18:00, 日 定休日, 第2・第4火曜日 定休日".
const Words kJapanese = {
    {"月", "火", "水", "木", "金", "土", "日"},
    {"月曜日", "火曜日", "水曜日", "木曜日", "金曜日", "土曜日", "日曜日"},
    {"第1", "第2", "第3", "第4", "第5"},
    {"最終", "最後から2番目の", "最後から3番目の", "最後から4番目の", "最後から5番目の"},
    "定休日",
    "24時間",
    "毎日",
    "24時間営業",
    "休業中",
    "・",
    "–",
    "",
    "祝日",
};

// Simplified Chinese: "周一至周五 09:00–18:00, 周日 休息, 第2、第4个周二 休息".
const Words kChinese = {
    {"周一", "周二", "周三", "周四", "周五", "周六", "周日"},
    {"个周一", "个周二", "个周三", "个周四", "个周五", "个周六", "个周日"},
    {"第1", "第2", "第3", "第4", "第5"},
    {"最后一", "倒数第2", "倒数第3", "倒数第4", "倒数第5"},
    "休息",
    "24小时",
    "每天",
    "24小时营业",
    "暂停营业",
    "、",
    "至",
    "",
    "节假日",
};

const Words& WordsFor(Lang lang) {
    switch (lang) {
        case Lang::kKo:
            return kKorean;
        case Lang::kEn:
            return kEnglish;
        case Lang::kJa:
            return kJapanese;
        case Lang::kZh:
            return kChinese;
    }
    return kEnglish;
}

// Items joined the way each language lists them: "월·수·금", "Mon, Wed & Fri".
std::string JoinList(const std::vector<std::string>& items, const Words& w) {
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0) {
            out += w.listSeparator ? w.listSeparator : (i + 1 == items.size() ? " & " : ", ");
        }
        out += items[i];
    }
    return out;
}

// A set of weekdays (bit 0 = Monday): runs of three or more become "Mon–Fri".
std::string FormatWeekdays(unsigned set, const Words& w) {
    std::vector<std::string> items;
    for (int d = 0; d < 7;) {
        if (!(set & (1u << d))) {
            ++d;
            continue;
        }
        int last = d;
        while (last + 1 < 7 && (set & (1u << (last + 1)))) ++last;
        if (last - d >= 2) {
            items.push_back(std::string(w.weekdays[d]) + w.dayRange + w.weekdays[last]);
        } else {
            for (int i = d; i <= last; ++i) items.push_back(w.weekdays[i]);
        }
        d = last + 1;
    }
    return JoinList(items, w);
}

std::string FormatPlan(const DayPlan& plan, const Words& w) {
    std::string out;
    if (plan.spans.empty()) {
        out = w.closed;
    } else if (plan.spans.size() == 1 && plan.spans[0] == Span{0, kMinutesPerDay}) {
        out = w.allDay;
    } else {
        for (std::size_t i = 0; i < plan.spans.size(); ++i) {
            if (i > 0) out += ", ";
            out += FormatClock(plan.spans[i].start) + "–" + FormatSpanEnd(plan.spans[i].end);
        }
    }
    if (!plan.comment.empty()) out += " (" + plan.comment + ")";
    return out;
}

// Weekdays grouped by identical hours, in the order of each group's first weekday.
struct Group {
    unsigned weekdays = 0;
    DayPlan plan;
};

std::vector<Group> GroupByPlan(const DayPlan (&plans)[7], unsigned consider) {
    std::vector<Group> groups;
    for (int d = 0; d < 7; ++d) {
        if (!(consider & (1u << d))) continue;
        auto it = std::find_if(groups.begin(), groups.end(),
                               [&](const Group& g) { return g.plan == plans[d]; });
        if (it == groups.end()) {
            groups.push_back({1u << d, plans[d]});
        } else {
            it->weekdays |= 1u << d;
        }
    }
    return groups;
}

}  // namespace

std::string DescribeHours(const OpeningHours& hours, Lang lang) {
    const bool english = lang == Lang::kEn;
    const Words& w = WordsFor(lang);
    std::vector<std::string> parts;

    DayPlan usual[7];
    for (int d = 0; d < 7; ++d) usual[d] = Evaluate(hours, DayKey{d, false, -1, -1});
    const std::vector<Group> week = GroupByPlan(usual, 0x7F);
    if (week.size() == 1) {
        const DayPlan& plan = week[0].plan;
        if (plan.comment.empty() && plan.spans.size() == 1 &&
            plan.spans[0] == Span{0, kMinutesPerDay}) {
            parts.push_back(w.always);
        } else if (plan.spans.empty() && plan.comment.empty()) {
            parts.push_back(w.closedEveryDay);
        } else {
            parts.push_back(std::string(w.everyDay) + " " + FormatPlan(plan, w));
        }
    } else {
        // Open days first, then the days off: "화–일 10:30–20:00, 월 휴무".
        for (int closedPass = 0; closedPass < 2; ++closedPass) {
            for (const Group& g : week) {
                if (g.plan.spans.empty() != bool(closedPass)) continue;
                parts.push_back(FormatWeekdays(g.weekdays, w) + " " + FormatPlan(g.plan, w));
            }
        }
    }

    // Weeks of the month that differ from the usual weekday: "둘째·넷째 화요일 휴무".
    for (int d = 0; d < 7; ++d) {
        struct Exception {
            DayPlan plan;
            std::vector<std::string> weeks;
        };
        std::vector<Exception> exceptions;
        for (int fromEnd = 0; fromEnd < 2; ++fromEnd) {
            for (int n = 0; n < 5; ++n) {
                const DayKey key{d, false, fromEnd ? -1 : n, fromEnd ? n : -1};
                const DayPlan plan = Evaluate(hours, key);
                if (plan == usual[d]) continue;
                auto it = std::find_if(exceptions.begin(), exceptions.end(),
                                       [&](const Exception& e) { return e.plan == plan; });
                if (it == exceptions.end()) {
                    exceptions.push_back({plan, {}});
                    it = exceptions.end() - 1;
                }
                it->weeks.push_back(fromEnd ? w.nthFromEnd[n] : w.nth[n]);
            }
        }
        for (const Exception& e : exceptions) {
            const std::string which = JoinList(e.weeks, w) + w.beforeWeekday + w.weekdaysLong[d];
            if (english && e.plan.spans.empty()) {
                parts.push_back("closed " + which +
                                (e.plan.comment.empty() ? "" : " (" + e.plan.comment + ")"));
            } else {
                parts.push_back(which + " " + FormatPlan(e.plan, w));
            }
        }
    }

    // Public holidays, when they change anything.
    DayPlan holiday[7];
    unsigned differs = 0;
    for (int d = 0; d < 7; ++d) {
        holiday[d] = Evaluate(hours, DayKey{d, true, -1, -1});
        if (holiday[d] != usual[d]) differs |= 1u << d;
    }
    if (differs) {
        // One phrase when holidays are alike whatever the weekday; else one per weekday group.
        const bool all = GroupByPlan(holiday, 0x7F).size() == 1;
        for (const Group& g : GroupByPlan(holiday, all ? 0x7Fu : differs)) {
            const std::string on = all ? "" : FormatWeekdays(g.weekdays, w);
            if (!english) {
                parts.push_back(std::string(w.holidays) + (all ? "" : "(" + on + ")") + " " +
                                FormatPlan(g.plan, w));
            } else if (g.plan.spans.empty()) {
                parts.push_back("closed on public holidays" + (all ? "" : " falling on " + on) +
                                (g.plan.comment.empty() ? "" : " (" + g.plan.comment + ")"));
            } else {
                parts.push_back("public holidays" + (all ? "" : " on " + on) + " " +
                                FormatPlan(g.plan, w));
            }
        }
    }

    std::string out;
    for (std::size_t i = 0; i < parts.size(); ++i) out += (i > 0 ? ", " : "") + parts[i];
    return out;
}

void AddHoursCodepoints(std::set<std::uint32_t>* out, unsigned langs) {
    for (int i = 0; i < kLangCount; ++i) {
        if (!(langs & (1u << i))) continue;
        const Words& w = WordsFor(static_cast<Lang>(i));
        for (const char* s : w.weekdays) AddCodepoints(s, out);
        for (const char* s : w.weekdaysLong) AddCodepoints(s, out);
        for (const char* s : w.nth) AddCodepoints(s, out);
        for (const char* s : w.nthFromEnd) AddCodepoints(s, out);
        for (const char* s : {w.closed, w.allDay, w.everyDay, w.always, w.closedEveryDay, w.listSeparator,
                              w.dayRange, w.holidays}) {
            if (s) AddCodepoints(s, out);
        }
    }
    AddCodepoints("–·&()", out);
}

std::string FormatSpanEnd(int end) { return end == kMinutesPerDay ? "24:00" : FormatClock(end); }

std::string FormatClock(int minute) {
    const int m = ((minute % kMinutesPerDay) + kMinutesPerDay) % kMinutesPerDay;
    char buf[8];
    std::snprintf(buf, sizeof buf, "%02d:%02d", m / 60, m % 60);
    return buf;
}

std::string WriteWeekdays(unsigned days) {
    std::string out;
    for (int d = 0; d < 7; ++d) {
        if (!((days >> d) & 1u)) continue;
        int last = d;
        while (last < 6 && ((days >> (last + 1)) & 1u)) ++last;
        if (!out.empty()) out += ',';
        out += kWeekdayCodes[d];
        if (last - d >= 2) {
            out += '-';
            out += kWeekdayCodes[last];
            d = last;
        }
    }
    return out;
}

std::string WriteSpans(const std::vector<Span>& spans) {
    if (spans.empty()) return "off";
    std::string out;
    for (const Span& s : spans) {
        if (!out.empty()) out += ',';
        const bool clockReads = s.end > kMinutesPerDay && s.end - kMinutesPerDay < s.start;
        char buf[32];
        const int end = clockReads ? s.end - kMinutesPerDay : s.end;
        std::snprintf(buf, sizeof buf, "%02d:%02d-%02d:%02d", s.start / 60, s.start % 60, end / 60, end % 60);
        out += buf;
    }
    return out;
}

}  // namespace golmok
