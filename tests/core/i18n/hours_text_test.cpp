#include "core/i18n/hours_text.h"

#include <gtest/gtest.h>

namespace golmok {
namespace {

// Monday 2026-11-30 at hh:mm in Seoul.
LocalTime MondayAt(int hour, int minute) { return LocalTime{Date{2026, 11, 30}, hour * 60 + minute}; }

std::string StatusLine(const char* hours, const LocalTime& now, Lang lang) {
    HoursError error;
    auto parsed = ParseOpeningHours(hours, &error);
    EXPECT_TRUE(parsed) << error.message;
    return parsed ? FormatHoursStatus(*parsed, StatusAt(*parsed, now), now, lang) : "";
}

TEST(FormatHoursStatus, OpenSaysWhenItCloses) {
    EXPECT_EQ(StatusLine("Mo-Sa 10:30-21:00", MondayAt(12, 0), Lang::kKo), "영업 중 · 21:00에 마감");
    EXPECT_EQ(StatusLine("Mo-Sa 10:30-21:00", MondayAt(12, 0), Lang::kEn), "Open · closes 21:00");
}

TEST(FormatHoursStatus, BreakSaysWhenItReopens) {
    EXPECT_EQ(StatusLine("Mo-Fr 11:00-15:00,17:00-22:00", MondayAt(15, 30), Lang::kKo),
              "쉬는 시간 · 17:00에 다시 열어요");
}

TEST(FormatHoursStatus, BeforeOpeningSaysWhenItOpensToday) {
    EXPECT_EQ(StatusLine("Mo-Fr 11:30-21:00", MondayAt(9, 0), Lang::kKo), "영업 전 · 11:30에 열어요");
}

TEST(FormatHoursStatus, AfterClosingNamesTheNextDay) {
    EXPECT_EQ(StatusLine("Mo-Fr 11:00-21:00", MondayAt(22, 0), Lang::kKo), "영업 종료 · 내일 11:00에 열어요");
    // Friday night: the next opening is on Monday.
    const LocalTime friday{Date{2026, 12, 4}, 22 * 60};
    EXPECT_EQ(StatusLine("Mo-Fr 11:00-21:00", friday, Lang::kEn), "Closed · opens Mon 11:00");
}

TEST(FormatHoursStatus, ADayOffSaysSo) {
    const LocalTime sunday{Date{2026, 11, 29}, 12 * 60};
    EXPECT_EQ(StatusLine("Mo-Sa 10:30-21:00; Su off", sunday, Lang::kKo), "오늘 휴무 · 내일 10:30에 열어요");
    // The 2nd Tuesday of December 2026 is the 8th.
    const LocalTime secondTuesday{Date{2026, 12, 8}, 9 * 60};
    EXPECT_EQ(StatusLine("Mo-Su 10:00-20:00; Tu[2,4] off", secondTuesday, Lang::kEn),
              "Closed today · opens tomorrow 10:00");
}

TEST(FormatHoursStatus, NeverClosingSaysSo) {
    EXPECT_EQ(StatusLine("24/7", MondayAt(3, 0), Lang::kKo), "24시간 영업");
}

TEST(FormatDaySpans, ListsSpansOrSaysClosed) {
    DayHours day;
    day.spans = {{660, 900}, {1020, 1560}};
    EXPECT_EQ(FormatDaySpans(day, Lang::kKo), "11:00–15:00, 17:00–02:00");
    day.spans = {{0, 1440}};
    EXPECT_EQ(FormatDaySpans(day, Lang::kKo), "00:00–24:00");
    day.spans = {{600, 1440}};
    EXPECT_EQ(FormatDaySpans(day, Lang::kEn), "10:00–24:00");
    day.spans.clear();
    EXPECT_EQ(FormatDaySpans(day, Lang::kKo), "휴무");
    EXPECT_EQ(FormatDaySpans(day, Lang::kEn), "Closed");
}

TEST(WeekdayShort, StartsOnMonday) {
    EXPECT_STREQ(WeekdayShort(0, Lang::kKo), "월");
    EXPECT_STREQ(WeekdayShort(6, Lang::kEn), "Sun");
    EXPECT_STREQ(WeekdayShort(1, Lang::kJa), "火");
    EXPECT_STREQ(WeekdayShort(6, Lang::kZh), "周日");
}

TEST(FormatHoursStatus, ReadsInJapaneseAndChinese) {
    EXPECT_EQ(StatusLine("Mo-Sa 10:30-21:00", MondayAt(12, 0), Lang::kJa), "営業中・21:00まで");
    EXPECT_EQ(StatusLine("Mo-Sa 10:30-21:00", MondayAt(12, 0), Lang::kZh), "营业中 · 21:00打烊");
    EXPECT_EQ(StatusLine("Mo-Fr 11:00-15:00,17:00-22:00", MondayAt(15, 30), Lang::kJa),
              "休憩中・17:00に再開");
    EXPECT_EQ(StatusLine("Mo-Fr 11:30-21:00", MondayAt(9, 0), Lang::kZh), "未营业 · 11:30开门");
    const LocalTime friday{Date{2026, 12, 4}, 22 * 60};
    EXPECT_EQ(StatusLine("Mo-Fr 11:00-21:00", friday, Lang::kJa), "営業終了・月 11:00開店");
    EXPECT_EQ(StatusLine("Mo-Fr 11:00-21:00", friday, Lang::kZh), "已打烊 · 周一 11:00开门");
    const LocalTime sunday{Date{2026, 11, 29}, 12 * 60};
    EXPECT_EQ(StatusLine("Mo-Sa 10:30-21:00; Su off", sunday, Lang::kJa), "本日休業・明日 10:30開店");
    EXPECT_EQ(StatusLine("Mo-Sa 10:30-21:00; Su off", sunday, Lang::kZh), "今日休息 · 明天 10:30开门");
    EXPECT_EQ(StatusLine("24/7", MondayAt(3, 0), Lang::kZh), "24小时营业");
}

}  // namespace
}  // namespace golmok
