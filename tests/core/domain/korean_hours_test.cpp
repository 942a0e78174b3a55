// [SECTION] index
//  - Read: days, times, days off, breaks, last order, 연중무휴 and 24시간, listings pasted whole
//  - Refused: unknown words, bare numbers, impossible or ambiguous times, contradictions
//  - ReadHoursInput: opening_hours kept, Korean converted, the error of the reader that got further

#include "core/domain/korean_hours.h"

#include <gtest/gtest.h>

namespace golmok {
namespace {

// In December 2026 the 1st is a Tuesday: Tuesdays fall on the 1st, 8th, 15th, 22nd and 29th;
// Monday the 7th starts a full week.
const Date kMonday{2026, 12, 7};

// The opening_hours text read from `korean`; fails the test when it is refused, or when what it
// gives does not parse.
std::string Read(std::string_view korean) {
    HoursError error;
    const std::optional<std::string> hours = ReadKoreanHours(korean, &error);
    EXPECT_TRUE(hours) << korean << " refused at " << error.offset << ": " << error.message;
    if (!hours) return "";
    HoursError parseError;
    EXPECT_TRUE(ParseOpeningHours(*hours, &parseError))
        << korean << " gave " << *hours << ", which does not parse: " << parseError.message;
    return *hours;
}

std::string Describe(std::string_view korean, Lang lang = Lang::kKo) {
    const std::optional<OpeningHours> hours = ParseOpeningHours(Read(korean), nullptr);
    return hours ? DescribeHours(*hours, lang) : "";
}

HoursError Refusal(std::string_view korean) {
    HoursError error;
    const std::optional<std::string> hours = ReadKoreanHours(korean, &error);
    EXPECT_FALSE(hours) << korean << " was read as " << *hours;
    EXPECT_LE(error.offset, korean.size());
    EXPECT_FALSE(error.message.empty());
    return error;
}

// Where `part` starts in `text`, to say where a refusal must point.
std::size_t At(std::string_view text, std::string_view part) {
    const std::size_t at = text.find(part);
    EXPECT_NE(at, std::string_view::npos) << part;
    return at;
}

// [SECTION] Read

TEST(ReadKoreanHours, ReadsWeekdayRangesWithHourWords) {
    EXPECT_EQ(Read("월~금 9시~18시"), "Mo-Fr 09:00-18:00");
    EXPECT_EQ(Describe("월~금 9시~18시", Lang::kEn), "Mon–Fri 09:00–18:00, Sat & Sun closed");
}

TEST(ReadKoreanHours, ReadsEveryDashKoreanSignsUse) {
    for (const char* text : {"월~금 9시~18시", "월-금 9시-18시", "월–금 9시–18시", "월～금 9시～18시",
                             "월요일부터 금요일까지 9시부터 18시까지", "월 ~ 금요일 09:00 - 18:00"}) {
        EXPECT_EQ(Read(text), "Mo-Fr 09:00-18:00") << text;
    }
}

TEST(ReadKoreanHours, ReadsHalfHoursAndMinutes) {
    EXPECT_EQ(Read("월~금 9시반~18시"), "Mo-Fr 09:30-18:00");
    EXPECT_EQ(Read("월~금 9시 30분~18시 10분"), "Mo-Fr 09:30-18:10");
    EXPECT_EQ(Read("월~금 9:30~18:00"), "Mo-Fr 09:30-18:00");
}

TEST(ReadKoreanHours, ReadsMorningAndAfternoon) {
    EXPECT_EQ(Read("매일 오전 9시~오후 3시"), "Mo-Su 09:00-15:00");
    EXPECT_EQ(Read("매일 오전 11시 30분~오후 9시"), "Mo-Su 11:30-21:00");
    EXPECT_EQ(Read("매일 오후 12시~오후 10시"), "Mo-Su 12:00-22:00");
    EXPECT_EQ(Read("평일 9AM-6PM, 주말 10am-3pm"), "Mo-Fr 09:00-18:00; Sa,Su 10:00-15:00");
    EXPECT_EQ(Read("매일 3:30 pm~9 PM"), "Mo-Su 15:30-21:00");
    EXPECT_EQ(Read("매일 정오~자정"), "Mo-Su 12:00-24:00");
}

TEST(ReadKoreanHours, ReadsEveryDayWeekdaysAndWeekends) {
    EXPECT_EQ(Read("매일 10:00~22:00"), "Mo-Su 10:00-22:00");
    EXPECT_EQ(Read("평일 10:00~19:00"), "Mo-Fr 10:00-19:00");
    EXPECT_EQ(Read("주말 11:00~17:00"), "Sa,Su 11:00-17:00");
    EXPECT_EQ(Read("평일 09:00~18:00 주말 10:00~15:00"), "Mo-Fr 09:00-18:00; Sa,Su 10:00-15:00");
}

TEST(ReadKoreanHours, HoursWithoutDaysAreEveryDays) {
    EXPECT_EQ(Read("10:00~22:00"), "Mo-Su 10:00-22:00");
    EXPECT_EQ(Read("영업시간: 10:00~22:00"), "Mo-Su 10:00-22:00");
}

TEST(ReadKoreanHours, ReadsListsOfDays) {
    for (const char* text :
         {"월,수,금 10:00~20:00", "월·수·금 10:00~20:00", "월ㆍ수ㆍ금 10:00~20:00", "월, 수, 금 10:00~20:00",
          "월수금 10:00~20:00", "월요일·수요일·금요일 10:00~20:00"}) {
        EXPECT_EQ(Read(text), "Mo,We,Fr 10:00-20:00") << text;
    }
    EXPECT_EQ(Read("토일 휴무, 평일 9시~18시"), "Mo-Fr 09:00-18:00; Sa,Su off");
}

TEST(ReadKoreanHours, ReadsSingleDays) {
    EXPECT_EQ(Read("토 10:00~15:00"), "Sa 10:00-15:00");
    EXPECT_EQ(Read("토요일 10:00~15:00"), "Sa 10:00-15:00");
}

TEST(ReadKoreanHours, ReadsHoursPastMidnight) {
    EXPECT_EQ(Read("화~일 18:00~02:00"), "Tu-Su 18:00-02:00");
    EXPECT_EQ(Read("화~일 오후 6시~새벽 2시"), "Tu-Su 18:00-02:00");
    EXPECT_EQ(Read("화~일 18시~2시"), "Tu-Su 18:00-02:00");  // 14시 would come before 18시
    EXPECT_EQ(Read("매일 밤 10시~새벽 4시"), "Mo-Su 22:00-04:00");
    EXPECT_EQ(Read("매일 17:00~24:00"), "Mo-Su 17:00-24:00");
    EXPECT_EQ(Read("매일 17:00~00:00"), "Mo-Su 17:00-24:00");
    // Friday's late hours are Saturday's early morning.
    const std::optional<OpeningHours> hours = ParseOpeningHours(Read("금 오후 6시~새벽 2시"), nullptr);
    ASSERT_TRUE(hours);
    const std::vector<DayHours> week = WeekFrom(*hours, kMonday);
    EXPECT_EQ(week[4].spans, (std::vector<Span>{{18 * 60, 26 * 60}}));
    EXPECT_TRUE(week[5].spans.empty());
}

TEST(ReadKoreanHours, SeparatesRulesByCommasNewlinesSlashesAndBars) {
    const char* const kWant = "Mo-Fr 09:00-18:00; Sa 10:00-15:00; Su off";
    for (const char* text :
         {"월~금 9시~18시, 토 10시~15시, 일 휴무", "월~금 9시~18시\n토 10시~15시\n일 휴무",
          "월~금 9시~18시 / 토 10시~15시 / 일 휴무", "월~금 9시~18시 | 토 10시~15시 | 일 휴무",
          "월~금 9시~18시\r\n토 10시~15시\r\n일 휴무", "월~금 9시~18시 토 10시~15시 일 휴무"}) {
        EXPECT_EQ(Read(text), kWant) << text;
    }
}

TEST(ReadKoreanHours, ReadsDaysOffInEveryOrder) {
    const char* const kWant = "Tu-Su 11:00-21:00; Mo off";
    for (const char* text : {"화~일 11:00~21:00, 매주 월요일 휴무", "화~일 11:00~21:00, 월요일 정기휴무",
                             "정기휴무 매주 월요일, 화~일 11:00~21:00", "화~일 11:00~21:00\n휴무: 월",
                             "화~일 11:00~21:00, 정기 휴무: 월요일", "화~일 11:00~21:00 월 휴무",
                             "화~일 11:00~21:00, 월요일 쉼"}) {
        EXPECT_EQ(Read(text), kWant) << text;
    }
}

TEST(ReadKoreanHours, DaysOffReplaceTheHoursOfEveryDay) {
    EXPECT_EQ(Read("매일 10:00~22:00, 매주 일요일 휴무"), "Mo-Sa 10:00-22:00; Su off");
    EXPECT_EQ(Read("매주 일요일 휴무\n매일 10:00~22:00"), "Mo-Sa 10:00-22:00; Su off");
    EXPECT_EQ(Describe("매일 10:00~22:00, 일요일 정기휴무"), "월–토 10:00–22:00, 일 휴무");
}

TEST(ReadKoreanHours, ReadsWeeksOfTheMonthOff) {
    const char* const kWant = "Mo-Su 10:00-21:00; Tu[2,4] off";
    for (const char* text :
         {"매일 10:00~21:00, 둘째·넷째 화요일 휴무", "매일 10:00~21:00, 둘째, 넷째 주 화요일 휴무",
          "매일 10:00~21:00, 매월 둘째 넷째 화요일 휴무", "매일 10:00~21:00, 2·4째 주 화요일 휴무",
          "매일 10:00~21:00, 2, 4번째 화요일 휴무", "매일 10:00~21:00, 둘째 및 넷째 화요일 휴무"}) {
        EXPECT_EQ(Read(text), kWant) << text;
    }
    EXPECT_EQ(Read("매일 10:00~21:00, 마지막 주 일요일 휴무"), "Mo-Su 10:00-21:00; Su[-1] off");
    // The 2nd and 4th Tuesdays of December 2026 are the 8th and the 22nd.
    const std::optional<OpeningHours> hours = ParseOpeningHours(kWant, nullptr);
    ASSERT_TRUE(hours);
    EXPECT_TRUE(WeekFrom(*hours, Date{2026, 12, 8})[0].spans.empty());
    EXPECT_FALSE(WeekFrom(*hours, Date{2026, 12, 15})[0].spans.empty());
    EXPECT_EQ(DescribeHours(*hours, Lang::kKo), "매일 10:00–21:00, 둘째·넷째 화요일 휴무");
}

TEST(ReadKoreanHours, WritesTheWholeWeekCompactly) {
    EXPECT_EQ(Read("월~금 09:00~18:00\n토 10:00~15:00\n일 휴무\n둘째·넷째 화요일 휴무"),
              "Mo-Fr 09:00-18:00; Sa 10:00-15:00; Su off; Tu[2,4] off");
    EXPECT_EQ(Describe("월~금 09:00~18:00\n토 10:00~15:00\n일 휴무\n둘째·넷째 화요일 휴무", Lang::kEn),
              "Mon–Fri 09:00–18:00, Sat 10:00–15:00, Sun closed, closed 2nd & 4th Tue");
}

TEST(ReadKoreanHours, ReadsPublicHolidays) {
    EXPECT_EQ(Read("매일 10:00~22:00, 공휴일 휴무"), "Mo-Su 10:00-22:00; PH off");
    EXPECT_EQ(Read("평일 09:00~18:00, 토·일·공휴일 휴무"), "Mo-Fr 09:00-18:00; Sa,Su off; PH off");
    EXPECT_EQ(Read("평일 09:00~18:00, 공휴일 10:00~15:00"), "Mo-Fr 09:00-18:00; PH 10:00-15:00");
    EXPECT_EQ(Describe("매일 10:00~22:00, 공휴일 휴무", Lang::kEn),
              "Daily 10:00–22:00, closed on public holidays");
}

TEST(ReadKoreanHours, SplitsTheDayAroundABreak) {
    const char* const kWant = "Mo-Su 11:00-15:00,17:00-21:00";
    for (const char* text :
         {"매일 11:00~21:00 브레이크타임 15:00~17:00", "매일 11:00~21:00, 브레이크 타임 15:00~17:00",
          "매일 11:00 - 21:00\n15:00 - 17:00 브레이크타임", "매일 11:00~21:00 (휴게시간 15:00~17:00)",
          "브레이크타임 15:00~17:00\n매일 11:00~21:00", "매일 11:00~21:00, 15:00~17:00 브레이크타임"}) {
        EXPECT_EQ(Read(text), kWant) << text;
    }
    const std::optional<OpeningHours> hours = ParseOpeningHours(kWant, nullptr);
    ASSERT_TRUE(hours);
    const HoursStatus status = StatusAt(*hours, {kMonday, 16 * 60});
    EXPECT_EQ(status.state, OpenState::kClosed);
    EXPECT_TRUE(status.onBreak);
}

TEST(ReadKoreanHours, ABreakWithoutDaysLeavesDaysThatCloseBeforeIt) {
    EXPECT_EQ(Read("평일 11:00~21:00, 토 10:00~15:00, 브레이크타임 15:00~17:00"),
              "Mo-Fr 11:00-15:00,17:00-21:00; Sa 10:00-15:00");
    EXPECT_EQ(Read("평일 11:00~21:00, 토 10:00~20:00, 평일 브레이크타임 15:00~17:00"),
              "Mo-Fr 11:00-15:00,17:00-21:00; Sa 10:00-20:00");
}

TEST(ReadKoreanHours, KeepsTheLastOrderAsAComment) {
    EXPECT_EQ(Read("매일 11:00~21:00, 라스트오더 20:30"), "Mo-Su 11:00-21:00 \"last order 20:30\"");
    EXPECT_EQ(Read("매일 11:00~21:00\n20:30 라스트오더"), "Mo-Su 11:00-21:00 \"last order 20:30\"");
    // Only on the days whose hours hold it; the closing time stays the closing time.
    EXPECT_EQ(Read("평일 11:00~21:00, 토 11:00~15:00, 라스트 오더 20:30"),
              "Mo-Fr 11:00-21:00 \"last order 20:30\"; Sa 11:00-15:00");
    const std::optional<OpeningHours> hours =
        ParseOpeningHours(Read("매일 11:00~21:00, 라스트오더 20:30"), nullptr);
    ASSERT_TRUE(hours);
    const HoursStatus status = StatusAt(*hours, {kMonday, 20 * 60 + 45});
    EXPECT_EQ(status.state, OpenState::kOpen);
    EXPECT_EQ(status.comment, "last order 20:30");
}

TEST(ReadKoreanHours, ReadsOpenAllYearWithHours) {
    EXPECT_EQ(Read("매일 10:00~22:00 연중무휴"), "Mo-Su 10:00-22:00");
    EXPECT_EQ(Read("연중무휴\n10:00~22:00"), "Mo-Su 10:00-22:00");
    EXPECT_EQ(Read("연중무휴 24시간"), "24/7");
}

TEST(ReadKoreanHours, ReadsAroundTheClock) {
    EXPECT_EQ(Read("24시간"), "24/7");
    EXPECT_EQ(Read("매일 24시간 영업"), "24/7");
    EXPECT_EQ(Read("월~토 24시간, 일 휴무"), "Mo-Sa 00:00-24:00; Su off");
    EXPECT_EQ(Describe("24시간", Lang::kEn), "Open 24/7");
}

TEST(ReadKoreanHours, ReadsAListingPastedOneLinePerDay) {
    EXPECT_EQ(Read("월 11:00 - 21:00\n화 11:00 - 21:00\n수 11:00 - 21:00\n목 11:00 - 21:00\n"
                   "금 11:00 - 21:00\n토 11:00 - 20:00\n일 정기휴무"),
              "Mo-Fr 11:00-21:00; Sa 11:00-20:00; Su off");
    // The day on a line of its own, then its hours, break and last order.
    EXPECT_EQ(Read("월\n11:00 - 21:00\n15:00 - 17:00 브레이크타임\n20:30 라스트오더"),
              "Mo 11:00-15:00,17:00-21:00 \"last order 20:30\"");
}

TEST(ReadKoreanHours, ReadsSeveralSpansADay) {
    EXPECT_EQ(Read("월~토 11:00~15:00, 17:00~22:00"), "Mo-Sa 11:00-15:00,17:00-22:00");
}

// [SECTION] Refused

TEST(ReadKoreanHours, RefusesWordsItDoesNotKnow) {
    EXPECT_EQ(Refusal("가끔 쉼").offset, 0u);
    EXPECT_EQ(Refusal("가끔 쉼").message, "unexpected '가끔'");
    const std::string leftover = "월~금 9시~18시 가끔";
    EXPECT_EQ(Refusal(leftover).offset, At(leftover, "가끔"));
    const std::string english = "Mon-Fri 9시~18시";
    EXPECT_EQ(Refusal(english).offset, 0u);
}

TEST(ReadKoreanHours, RefusesHolidaysItCannotWriteExactly) {
    const HoursError error = Refusal("매일 10:00~22:00, 명절 휴무");
    EXPECT_EQ(error.offset, At("매일 10:00~22:00, 명절 휴무", "명절"));
    EXPECT_NE(error.message.find("명절"), std::string::npos) << error.message;
    Refusal("매일 10:00~22:00, 설날 당일 휴무");
    Refusal("매일 10:00~22:00, 격주 월요일 휴무");
}

TEST(ReadKoreanHours, RefusesBareNumbers) {
    EXPECT_EQ(Refusal("930").message, "a bare number is not a time; write 9시 30분 or 09:30");
    EXPECT_EQ(Refusal("매일 9~18").offset, At("매일 9~18", "9"));
    Refusal("매일 9시~18시 30");
}

TEST(ReadKoreanHours, RefusesDaysWithoutHours) {
    const HoursError allYear = Refusal("연중무휴");
    EXPECT_EQ(allYear.offset, std::string("연중무휴").size());
    EXPECT_NE(allYear.message.find("not its hours"), std::string::npos) << allYear.message;
    Refusal("매주 일요일 휴무");
    Refusal("둘째·넷째 화요일 휴무");
    Refusal("월~금");
}

TEST(ReadKoreanHours, RefusesImpossibleTimes) {
    EXPECT_EQ(Refusal("매일 10시~25시").offset, At("매일 10시~25시", "25"));
    Refusal("25시");
    Refusal("매일 9:75~18:00");
    Refusal("매일 오후 15시~22시");
    Refusal("매일 24시~6시");
    Refusal("매일 9시~9시");
}

TEST(ReadKoreanHours, RefusesHoursThatCouldBeMorningOrAfternoon) {
    // 9시~6시 may mean until 18:00 or until 06:00; 1시~5시 may be at night or in the afternoon.
    EXPECT_EQ(Refusal("월~금 9시~6시").offset, At("월~금 9시~6시", "6시"));
    EXPECT_EQ(Refusal("매일 1시~5시").offset, At("매일 1시~5시", "1시"));
    Refusal("매일 12시~2시");
    Refusal("매일 11:00~2:00");
    EXPECT_EQ(Read("매일 11:00~02:00"), "Mo-Su 11:00-02:00");
}

TEST(ReadKoreanHours, RefusesContradictions) {
    const std::string twice = "매일 10:00~22:00\n토 10:00~15:00";
    EXPECT_EQ(Refusal(twice).offset, At(twice, "토"));
    Refusal("매일 10:00~22:00 연중무휴, 일 휴무");
    Refusal("월~금 10:00~22:00 연중무휴");                  // open every day, but no hours on the weekend
    Refusal("매일 10:00~22:00, 브레이크타임 21:00~23:00");  // a break across the closing time
    Refusal("매일 10:00~15:00, 브레이크타임 17:00~18:00");  // a break after closing
    Refusal("평일 10:00~22:00, 라스트오더 23:00");
    Refusal("화요일 휴무, 매일 10:00~22:00, 둘째 화요일 휴무");
    Refusal("공휴일 휴무, 공휴일 10:00~15:00");
    Refusal("월~금 9시~18시 휴무");
}

TEST(ReadKoreanHours, RefusesEmptyText) {
    EXPECT_EQ(Refusal("").message, "the opening hours are empty");
    Refusal("  \n ");
    Refusal(", /");
}

TEST(ReadKoreanHours, RefusesAWeekOfTheMonthWithHours) {
    Refusal("매일 10:00~22:00, 둘째 토요일 10:00~15:00");
}

// [SECTION] ReadHoursInput

TEST(ReadHoursInput, KeepsOpeningHoursAsTheyAre) {
    const HoursInput input = ReadHoursInput("Mo-Fr 09:00-18:00; Su off");
    EXPECT_TRUE(input.ok());
    EXPECT_FALSE(input.converted);
    EXPECT_EQ(input.hours, "Mo-Fr 09:00-18:00; Su off");
}

TEST(ReadHoursInput, ConvertsKorean) {
    const HoursInput input = ReadHoursInput("월~금 9시~18시, 일 휴무");
    EXPECT_TRUE(input.ok());
    EXPECT_TRUE(input.converted);
    EXPECT_EQ(input.hours, "Mo-Fr 09:00-18:00; Su off");
    // A range written with '~' is not opening_hours, but reads the same.
    EXPECT_EQ(ReadHoursInput("10:00~22:00").hours, "Mo-Su 10:00-22:00");
}

TEST(ReadHoursInput, ReportsTheErrorOfTheReaderThatGotFurther) {
    const std::string osm = "Mo-Fr 09:00-18:00; Sa 10:00-15:00 closed";
    const HoursInput a = ReadHoursInput(osm);
    ASSERT_FALSE(a.ok());
    EXPECT_EQ(a.error->offset, At(osm, "closed"));
    const std::string korean = "월~금 9시~18시, 가끔 쉼";
    const HoursInput b = ReadHoursInput(korean);
    ASSERT_FALSE(b.ok());
    EXPECT_EQ(b.error->offset, At(korean, "가끔"));
    EXPECT_EQ(b.error->message, "unexpected '가끔'");
    const HoursInput c = ReadHoursInput("mo-fr 09:00-18:00");  // opening_hours misspelled
    ASSERT_FALSE(c.ok());
    EXPECT_NE(c.error->message.find("weekday"), std::string::npos) << c.error->message;
    EXPECT_TRUE(c.hours.empty());
}

}  // namespace
}  // namespace golmok
