#include "core/i18n/hours_text.h"

#include <cstdio>

#include "core/i18n/ui_text.h"

namespace golmok {

const char* WeekdayShort(int weekday, Lang lang) {
    static const char* const kNames[kLangCount][7] = {
        {"월", "화", "수", "목", "금", "토", "일"},
        {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"},
        {"月", "火", "水", "木", "金", "土", "日"},
        {"周一", "周二", "周三", "周四", "周五", "周六", "周日"},
    };
    return kNames[static_cast<int>(lang)][((weekday % 7) + 7) % 7];
}

namespace {
std::string Format1(Msg msg, Lang lang, const std::string& a) {
    char buf[160];
    std::snprintf(buf, sizeof buf, Tr(msg, lang), a.c_str());
    return buf;
}
}  // namespace

std::string FormatHoursStatus(const OpeningHours& hours, const HoursStatus& status, const LocalTime& now,
                              Lang lang) {
    if (status.state == OpenState::kUnknown) return Tr(Msg::kHoursUnknown, lang);
    if (status.state == OpenState::kOpen) {
        if (!status.nextChange) return Tr(Msg::kOpenAllDay, lang);
        return Format1(Msg::kOpenClosesAt, lang, FormatClock(status.nextChange->minute));
    }
    if (!status.nextChange) return Tr(Msg::kClosedToday, lang);
    const std::string at = FormatClock(status.nextChange->minute);
    if (status.onBreak) return Format1(Msg::kBreakUntil, lang, at);
    if (status.nextChange->date == now.date) return Format1(Msg::kOpensAt, lang, at);
    // Closed for the rest of today: say whether it is a day off, and name the day it opens.
    const std::string day = status.nextChange->date == now.date.AddDays(1)
                                ? std::string(Tr(Msg::kTomorrow, lang))
                                : std::string(WeekdayShort(status.nextChange->date.Weekday(), lang));
    const std::vector<DayHours> today = WeekFrom(hours, now.date);
    const bool dayOff = !today.empty() && today[0].known && today[0].spans.empty();
    char buf[200];
    std::snprintf(buf, sizeof buf, Tr(dayOff ? Msg::kDayOffOpensOn : Msg::kClosedOpensOn, lang), day.c_str(),
                  at.c_str());
    return buf;
}

std::string FormatDaySpans(const DayHours& day, Lang lang) {
    if (!day.known) return Tr(Msg::kHoursUnknown, lang);
    if (day.spans.empty()) return Tr(Msg::kDayClosed, lang);
    std::string out;
    for (const Span& s : day.spans) {
        if (!out.empty()) out += ", ";
        out += FormatClock(s.start) + "–" + FormatSpanEnd(s.end);
    }
    return out;
}

}  // namespace golmok
