// The week picker of the editor's hours field: a shop's week in rows an owner reads at a glance
// ("월  영업  11:00 – 21:00"), changed with chips and the phone's own time picker. Each change
// is the week's canonical opening_hours text, set through the edit session like any field, so
// undo, the draft and export follow; a week only looked at is never written back.
//
// [SECTION] index
//  - Pieces: a label beside chips, a day's times
//  - The picker: all day, groups of days, a row per day, weeks of the month, holidays
//  - Times from the page's inputs

#include <algorithm>
#include <cstdio>
#include <utility>
#include <vector>

#include "core/domain/week_hours.h"
#include "core/i18n/hours_text.h"
#include "core/i18n/ui_text.h"
#include "ui/kit/theme.h"
#include "ui/kit/widgets.h"
#include "ui/views/views.h"

namespace golmok::views {
namespace {

using widgets::Px;

// Rows by their code in the inputs' ids: the weekdays, then public holidays.
const char* const kRowCodes[8] = {"Mo", "Tu", "We", "Th", "Fr", "Sa", "Su", "PH"};
constexpr int kHolidayRow = 7;
constexpr float kDayColumnCss = 30;  // the weekday names
constexpr float kStateCss = 92;      // a day's state chip, whatever state it says

// [SECTION] Pieces

// The week after a tap, as the shop's hours; nothing when it means what it meant.
void Write(UiState& s, const EntityRef& ref, const WeekHours& before, const WeekHours& after) {
    if (!(after == before)) s.frame.intents.push_back(intent::EditSet{ref, "hours", ToOpeningHours(after)});
}

// A word at the start of a line of chips, centred on their height; the line goes on after it.
void Label(UiState& s, const char* text, float minWidthCss, ImU32 color) {
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const float h = Px(s, theme::kButtonHeight);
    const float w = std::max(Px(s, minWidthCss), ImGui::CalcTextSize(text).x + Px(s, 10));
    ImGui::Dummy(ImVec2(w, h));
    ImGui::GetWindowDrawList()->AddText(ImVec2(p.x, p.y + (h - ImGui::GetTextLineHeight()) / 2), color, text);
    ImGui::SameLine(0, 0);
}

// The opening and closing time of each span, one span a line from the cursor's x: boxes the page
// covers with <input type="time">. `id` is the row's ("shop/x|hours@Mo"), `day` its name.
void Times(UiState& s, const std::string& id, const char* day, const std::vector<Span>& spans) {
    const float x = ImGui::GetCursorPosX();
    const float gap = Px(s, 6);
    for (std::size_t i = 0; i < spans.size(); ++i) {
        if (i > 0) ImGui::SetCursorPosX(x);
        const float w = std::min(Px(s, 120), (ImGui::GetContentRegionAvail().x - Px(s, 12) - 2 * gap) / 2);
        for (int end = 0; end < 2; ++end) {
            if (end) {
                ImGui::SameLine(0, gap);
                Label(s, "–", 12, theme::Colors().muted);
            }
            FormField f;
            f.id = id + "." + char('0' + i) + (end ? ".end" : ".start");
            f.kind = "time";
            f.value = FormatClock(end ? spans[i].end : spans[i].start);
            f.label = std::string(day) + " " + Tr(end ? Msg::kHoursCloses : Msg::kHoursOpens, s.lang) +
                      (i > 0 ? " 2" : "");
            f.lang = LangCode(s.lang);
            InputBox(s, std::move(f), w, Px(s, theme::kButtonHeight));
        }
    }
}

// Hours for a day that opens: those of the nearest open day before it, else after it.
std::vector<Span> NearestOpen(const WeekHours& week, int day) {
    for (int o = 1; o < 7; ++o) {
        const std::vector<Span>& spans = week.days[static_cast<std::size_t>((day + 7 - o) % 7)].spans;
        if (!spans.empty()) return spans;
    }
    return {};
}

std::string ChipId(const char* kind, int n) {
    return std::string(kind) + char('0' + n);
}

}  // namespace

// [SECTION] The picker

void HoursPicker(UiState& s, const EntityRef& ref, const WeekHours& week) {
    const Lang lang = s.lang;
    const ImU32 text = theme::Colors().text, muted = theme::Colors().muted;
    const std::string id = FormatEntity(ref) + "|hours@";

    // The text instead, for those who know its syntax; open round the clock, every day; and a
    // word when no day is ever closed.
    const bool allDay = OpenAllDayEveryDay(week);
    widgets::ChipFlow top;
    if (widgets::Chip(s, top, "hours-text", Tr(Msg::kHoursTyped, lang), false)) {
        s.frame.intents.push_back(intent::ShowHoursAsText{true});
    }
    if (widgets::Chip(s, top, "hours-24", Tr(Msg::kHoursAllDay, lang), allDay)) {
        WeekHours next = week;
        for (WeekDay& d : next.days) d.spans = {allDay ? Span{9 * 60, 18 * 60} : Span{0, 1440}};
        Write(s, ref, week, next);
    }
    if (NeverClosed(week)) {
        ImGui::SameLine(0, Px(s, 12));
        Label(s, Tr(Msg::kHoursNoDayOff, lang), 0, theme::Colors().open);
        ImGui::NewLine();
    }

    if (!allDay) {
        // Several days at once: the first day of the group gives its hours to the others.
        static const struct {
            Msg name;
            unsigned days;
        } kGroups[] = {{Msg::kHoursWeekdays, 0x1F}, {Msg::kHoursWeekend, 0x60}, {Msg::kHoursEveryDay, 0x7F}};
        Label(s, Tr(Msg::kHoursSameFor, lang), 0, muted);
        widgets::ChipFlow groups;
        for (int g = 0; g < 3; ++g) {
            const unsigned days = kGroups[g].days;
            const bool same = SameSpans(week, days);
            if (widgets::Chip(s, groups, ChipId("hours-same:", g), Tr(kGroups[g].name, lang), same)) {
                WeekHours next = week;
                const int first = g == 1 ? 5 : 0;
                for (int d = first; d < 7; ++d) {
                    if ((days >> d) & 1u) next.days[d].spans = week.days[first].spans;
                }
                Write(s, ref, week, next);
            }
        }

        // A row per weekday: its name, a chip that steps through open, with a break and closed,
        // and its times.
        static const Msg kStates[kMaxDaySpans + 1] = {Msg::kDayClosed, Msg::kHoursOpenDay,
                                                      Msg::kHoursBreakDay};
        for (int d = 0; d < 7; ++d) {
            const std::vector<Span>& spans = week.days[d].spans;
            const char* day = WeekdayShort(d, lang);
            Label(s, day, kDayColumnCss, spans.empty() ? muted : text);
            widgets::ChipFlow state;
            const int count = static_cast<int>(std::min<std::size_t>(spans.size(), kMaxDaySpans));
            if (widgets::Chip(s, state, ChipId("hours-day:", d), Tr(kStates[count], lang), count > 0, true,
                              kStateCss)) {
                WeekHours next = week;
                next.days[d].spans = WithSpanCount(spans, (count + 1) % 3, NearestOpen(week, d));
                Write(s, ref, week, next);
            }
            if (!spans.empty()) {
                ImGui::SameLine(0, Px(s, 8));
                Times(s, id + kRowCodes[d], day, spans);
            }
        }
    }

    // Weeks of the month a weekday closes ("둘째·넷째 화요일"): the weekday, then its weeks.
    // The weekday picked last, else the first open day with closed weeks, else the first open day.
    int shown = s.editor.hoursWeekday;
    if (shown < 0 || shown > 6 || week.days[shown].spans.empty()) {
        shown = -1;
        for (int d = 0; d < 7; ++d) {
            if (week.days[d].spans.empty()) continue;
            if (shown < 0 || (week.days[d].closedWeeks && !week.days[shown].closedWeeks)) shown = d;
        }
    }
    if (shown >= 0) {
        ImGui::Dummy(ImVec2(0, Px(s, 4)));
        widgets::Paragraph(Tr(Msg::kHoursClosedWeeks, lang), muted);
        widgets::ChipFlow days;
        for (int d = 0; d < 7; ++d) {
            if (widgets::Chip(s, days, ChipId("hours-weekday:", d), WeekdayShort(d, lang), d == shown,
                              !week.days[d].spans.empty())) {
                s.frame.intents.push_back(intent::PickHoursWeekday{d});
            }
        }
        widgets::ChipFlow weeks;
        for (int n = 0; n < 5; ++n) {
            const unsigned bit = 1u << n;
            if (widgets::Chip(s, weeks, ChipId("hours-week:", n + 1),
                              Tr(Msg(int(Msg::kHoursWeek1) + n), lang),
                              (week.days[shown].closedWeeks & bit) != 0)) {
                WeekHours next = week;
                next.days[shown].closedWeeks ^= bit;
                Write(s, ref, week, next);
            }
        }
    }

    // Public holidays: as on any other day, closed, or hours of their own.
    ImGui::Dummy(ImVec2(0, Px(s, 4)));
    const char* holidays = Tr(Msg::kHoursHolidays, lang);
    Label(s, holidays, 0, text);
    static const Msg kHolidayChoices[] = {Msg::kHoursAsUsual, Msg::kDayClosed, Msg::kHoursOwn};
    widgets::ChipFlow choices;
    for (int c = 0; c < 3; ++c) {
        const HolidayHours rule = static_cast<HolidayHours>(c);
        if (widgets::Chip(s, choices, ChipId("hours-holidays:", c), Tr(kHolidayChoices[c], lang),
                          week.holidays == rule)) {
            WeekHours next = week;
            next.holidays = rule;
            next.holidaySpans.clear();
            if (rule == HolidayHours::kOwn) next.holidaySpans = WithSpanCount({}, 1, NearestOpen(week, 0));
            Write(s, ref, week, next);
        }
    }
    if (week.holidays == HolidayHours::kOwn) {
        ImGui::SetCursorPosX(ImGui::GetCursorPosX() + Px(s, kDayColumnCss + kStateCss + 8));
        Times(s, id + kRowCodes[kHolidayRow], holidays, week.holidaySpans);
    }
}

// [SECTION] Times from the page's inputs

std::optional<std::string> HoursPickerTime(const std::string& hours, const std::string& part,
                                           const std::string& value) {
    // "Mo.0.start" and "14:30" (an input of type time may add seconds).
    const auto digit = [](char c) { return c >= '0' && c <= '9' ? c - '0' : -100; };
    if (part.size() < 6 || part[2] != '.' || part[4] != '.' || value.size() < 5 || value[2] != ':') {
        return std::nullopt;
    }
    const int minute = (digit(value[0]) * 10 + digit(value[1])) * 60 + digit(value[3]) * 10 + digit(value[4]);
    const int row = static_cast<int>(std::find(kRowCodes, kRowCodes + 8, part.substr(0, 2)) - kRowCodes);
    const std::optional<WeekHours> week =
        hours.empty() ? std::optional<WeekHours>(WeekHours{}) : FromOpeningHours(hours);
    if (!week || row == 8 || minute < 0) return std::nullopt;
    WeekHours next = *week;
    std::vector<Span>& spans = row == kHolidayRow ? next.holidaySpans : next.days[row].spans;
    spans = WithTime(spans, digit(part[3]), part.compare(5, std::string::npos, "end") == 0, minute);
    if (next == *week) return std::nullopt;
    return ToOpeningHours(next);
}

}  // namespace golmok::views
