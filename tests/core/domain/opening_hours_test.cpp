// [SECTION] index
//  - What is accepted; what is refused, and where
//  - StatusAt: around midnight, breaks, which rule applies, public holidays
//  - WeekFrom, SeoulLocalTimeAt, FormatClock
//  - DescribeHours

#include "core/domain/opening_hours.h"

#include <gtest/gtest.h>

#include "core/bundle/bundle_loader.h"
#include "core/text/utf8.h"
#include "test_util.h"

namespace golmok {
namespace {

// In December 2026 the 1st is a Tuesday: Tuesdays fall on the 1st, 8th, 15th, 22nd and 29th,
// Fridays on the 4th, 11th, 18th and 25th, Sundays on the 6th, 13th, 20th and 27th.

OpeningHours Parse(std::string_view text) {
    HoursError error;
    std::optional<OpeningHours> hours = ParseOpeningHours(text, &error);
    EXPECT_TRUE(hours) << text << " refused at " << error.offset << ": " << error.message;
    return hours ? *hours : OpeningHours{};
}

HoursError Refusal(std::string_view text) {
    HoursError error;
    EXPECT_FALSE(ParseOpeningHours(text, &error)) << text << " was accepted";
    return error;
}

LocalTime At(int year, int month, int day, int hour, int minute) {
    return {Date{year, month, day}, hour * 60 + minute};
}

HoursStatus StatusOf(std::string_view text, const LocalTime& now) {
    return StatusAt(Parse(text), now);
}

// [SECTION] What is accepted

TEST(ParseOpeningHours, AcceptsEveryHoursValueOfTheSampleDistricts) {
    for (const char* file : {"data/doksan.json", "data/samseon.json"}) {
        BundleLoadResult loaded = LoadBundle(test::ReadSourceFile(file));
        ASSERT_TRUE(loaded.ok()) << file;
        int withHours = 0;
        for (const Shop& shop : loaded.bundle->shops) {
            if (shop.hours.empty()) continue;
            ++withHours;
            HoursError error;
            EXPECT_TRUE(ParseOpeningHours(shop.hours, &error))
                << file << " " << shop.id << ": " << shop.hours << " refused at " << error.offset
                << ": " << error.message;
        }
        EXPECT_GT(withHours, 0) << file;
    }
}

TEST(ParseOpeningHours, ToleratesSpacesBetweenTokensAndATrailingSemicolon) {
    const OpeningHours tidy = Parse("Mo-Fr 09:00-18:00,19:00-21:00; Sa,Su 10:00-14:00");
    const OpeningHours loose =
        Parse("  Mo - Fr 09:00 - 18:00 , 19:00-21:00 ;Sa , Su  10:00-14:00 ; ");
    for (int i = 0; i < 3; ++i) {
        const Date monday = Date{2026, 11, 30}.AddDays(7 * i);
        const std::vector<DayHours> a = WeekFrom(tidy, monday);
        const std::vector<DayHours> b = WeekFrom(loose, monday);
        for (int d = 0; d < 7; ++d) EXPECT_EQ(a[d].spans, b[d].spans) << d;
    }
}

TEST(ParseOpeningHours, KeepsCommentsAndShowsThemWhileOpen) {
    const OpeningHours hours = Parse("Mo-Fr 09:00-18:00 \"last order 17:30\"; Sa off \"예약 문의\"");
    EXPECT_EQ(hours.Comments(), (std::vector<std::string>{"last order 17:30", "예약 문의"}));
    const HoursStatus open = StatusAt(hours, At(2026, 12, 4, 12, 0));
    EXPECT_EQ(open.state, OpenState::kOpen);
    EXPECT_EQ(open.comment, "last order 17:30");
    const HoursStatus saturday = StatusAt(hours, At(2026, 12, 5, 12, 0));
    EXPECT_EQ(saturday.state, OpenState::kClosed);
    EXPECT_EQ(saturday.comment, "예약 문의");
    EXPECT_EQ(WeekFrom(hours, {2026, 12, 4})[0].comment, "last order 17:30");
}

TEST(ParseOpeningHours, ReadsDaysWithoutTimesAsOpenAllDay) {
    const std::vector<DayHours> week = WeekFrom(Parse("Sa-Mo"), {2026, 12, 4});  // a Friday
    EXPECT_TRUE(week[0].spans.empty());
    EXPECT_EQ(week[1].spans, (std::vector<Span>{{0, 1440}}));  // Saturday
    EXPECT_EQ(week[2].spans, (std::vector<Span>{{0, 1440}}));  // Sunday
    EXPECT_EQ(week[3].spans, (std::vector<Span>{{0, 1440}}));  // Monday: Sa-Mo wraps
    EXPECT_TRUE(week[4].spans.empty());
}

// [SECTION] What is refused, and where

struct RefusalCase {
    const char* text;
    std::size_t offset;
    const char* says;
};

void ExpectRefusals(const std::vector<RefusalCase>& cases) {
    for (const RefusalCase& c : cases) {
        const HoursError error = Refusal(c.text);
        EXPECT_EQ(error.offset, c.offset) << c.text << ": " << error.message;
        EXPECT_NE(error.message.find(c.says), std::string::npos)
            << c.text << ": \"" << error.message << "\" does not say \"" << c.says << "\"";
    }
}

TEST(ParseOpeningHours, RefusesEmptyText) {
    ExpectRefusals({{"", 0, "empty"}, {"   ", 0, "empty"}});
}

TEST(ParseOpeningHours, RefusesGarbageAndSaysWhere) {
    ExpectRefusals({
        {"Mo-Fr 09:00-18:00; bananas", 19, "unexpected 'bananas'"},
        {"Mo-Fr 09:00-", 12, "expected a time like 09:00 after '-'"},
        {"월-금 09:00-18:00", 0, "unexpected '월'"},
        {"Mo-Fr 09:00-18:00 #", 18, "unexpected '#'"},
        {"Mo-Fr: 09:00-18:00", 5, "unexpected ':'"},
    });
}

TEST(ParseOpeningHours, RefusesEveryFeatureItDoesNotSupport) {
    ExpectRefusals({
        {"Jan-Mar Mo-Fr 09:00-18:00", 0, "months"},
        {"Mo-Fr 09:00-18:00; Dec 25 off", 19, "months"},
        {"2026 Mo-Fr 09:00-18:00", 0, "years"},
        {"week 01-10 Mo-Fr 09:00-18:00", 0, "week numbers"},
        {"easter off", 0, "easter"},
        {"SH off", 0, "school holidays"},
        {"Mo-Fr sunrise-sunset", 6, "sunrise"},
        {"Mo-Fr 09:00-sunset", 12, "sunrise"},
        {"Mo-Fr 09:00-(sunset-01:00)", 12, "sunrise"},
        {"Mo-Fr 18:00+", 11, "open ends"},
        {"Mo-Fr 09:00-18:00+", 17, "open ends"},
        {"Mo-Fr 10:00", 11, "single time"},
        {"Mo-Fr 10:00-16:00/90", 17, "repeating"},
        {"PH +1 day off", 3, "day offsets"},
        {"Su[-1] -1 day off", 7, "day offsets"},
        {"Mo-Fr 09:00-18:00 unknown", 18, "'unknown' is not supported"},
        {"Mo-Fr 09:00-18:00 || \"by appointment\"", 18, "fallback"},
        {"PH Mo 10:00-12:00", 3, "PH followed by weekdays"},
        {"Mo-Fr 09:00-18:00; We 12:00-13:00 off", 34, "with times"},
        {"\"call ahead\"", 0, "comment alone"},
        {"Su \"by appointment\"", 3, "comment after days alone"},
        {"\"on holidays\": 10:00-12:00", 13, "comment used as a selector"},
        {"Mo-Fr 24/7", 6, "24/7"},
        {"Mo-Fr[1] 09:00-18:00", 5, "single weekday"},
    });
}

TEST(ParseOpeningHours, RefusesMistakesWithAHint) {
    ExpectRefusals({
        {"mo-fr 09:00-18:00", 0, "Mo Tu We Th Fr Sa Su"},
        {"Mon-Fri 09:00-18:00", 0, "Mo Tu We Th Fr Sa Su"},
        {"Mo-Fr 9:00-18:00", 6, "two digits"},
        {"Mo-Fr 09:00~18:00", 11, "write ranges with '-'"},
        {"Mo\xE2\x80\x93" "Fr 09:00-18:00", 2, "write ranges with '-'"},
        {"Mo-Su 10:00-20:00; Su Off", 22, "lower case, as 'off'"},
        {"Mo-Fr 09:60-18:00", 9, "minutes"},
        {"Mo-Fr 10:00-10:00", 6, "must end after it starts"},
        {"Mo-Fr 18:00-49:00", 12, "hours run from 00 to 48"},
        {"Mo-Fr 18:00-48:30", 12, "cannot end after 48:00"},
        {"Mo-Fr 24:00-26:00", 6, "cannot start at 24:00"},
        {"Mo-Fr 09:00-18:00;; Sa off", 18, "between two ';'"},
        {"Mo-Fr 09:00-18:00,", 18, "after ','"},
        {"Mo-Fr 09:00-18:00 Sa 10:00-12:00", 18, "separate rules with ';'"},
        {"Mo-Fr 09:00-18:00 \"open till late", 18, "no closing"},
        {"Mo Tu 10:00-12:00", 3, "separate weekdays with ','"},
        {"Tu[6] off", 3, "week of the month"},
        {"Tu[3-1] off", 5, "runs upwards"},
        {"Mo-", 3, "expected a weekday"},
    });
}

// [SECTION] Around midnight

TEST(StatusAt, KeepsASpanPastMidnightOpenIntoTheNextMorning) {
    const OpeningHours hours = Parse("Fr 18:00-02:00");
    const HoursStatus friday = StatusAt(hours, At(2026, 12, 4, 23, 59));
    EXPECT_EQ(friday.state, OpenState::kOpen);
    EXPECT_EQ(friday.nextChange, At(2026, 12, 5, 2, 0));

    const HoursStatus midnight = StatusAt(hours, At(2026, 12, 5, 0, 0));
    EXPECT_EQ(midnight.state, OpenState::kOpen);
    EXPECT_EQ(midnight.nextChange, At(2026, 12, 5, 2, 0));

    EXPECT_EQ(StatusAt(hours, At(2026, 12, 5, 1, 30)).state, OpenState::kOpen);

    const HoursStatus closed = StatusAt(hours, At(2026, 12, 5, 2, 0));
    EXPECT_EQ(closed.state, OpenState::kClosed);
    EXPECT_TRUE(closed.closedToday);
    EXPECT_FALSE(closed.onBreak);
    EXPECT_EQ(closed.nextChange, At(2026, 12, 11, 18, 0));
}

TEST(StatusAt, DoesNotOpenThursdayNightForAFridayNightSpan) {
    const OpeningHours hours = Parse("Fr 18:00-02:00");
    EXPECT_EQ(StatusAt(hours, At(2026, 12, 3, 23, 59)).state, OpenState::kClosed);
    EXPECT_EQ(StatusAt(hours, At(2026, 12, 4, 0, 0)).state, OpenState::kClosed);
    EXPECT_EQ(StatusAt(hours, At(2026, 12, 4, 1, 0)).state, OpenState::kClosed);
}

TEST(StatusAt, ReadsEndsWrittenPast24AsTheNextMorning) {
    const OpeningHours hours = Parse("Fr 18:00-26:00");
    EXPECT_EQ(WeekFrom(hours, {2026, 12, 4})[0].spans, (std::vector<Span>{{1080, 1560}}));
    EXPECT_EQ(StatusAt(hours, At(2026, 12, 5, 1, 59)).state, OpenState::kOpen);
    EXPECT_EQ(StatusAt(hours, At(2026, 12, 5, 2, 0)).state, OpenState::kClosed);
}

TEST(StatusAt, ClosesAtMidnightWhenTheSpanEndsAt24) {
    const OpeningHours hours = Parse("Mo-Su 16:00-24:00");
    const HoursStatus late = StatusAt(hours, At(2026, 12, 4, 23, 59));
    EXPECT_EQ(late.state, OpenState::kOpen);
    EXPECT_EQ(late.nextChange, At(2026, 12, 5, 0, 0));
    const HoursStatus midnight = StatusAt(hours, At(2026, 12, 5, 0, 0));
    EXPECT_EQ(midnight.state, OpenState::kClosed);
    EXPECT_EQ(midnight.nextChange, At(2026, 12, 5, 16, 0));
    EXPECT_FALSE(midnight.closedToday);
}

TEST(StatusAt, RunsOnThroughMidnightWhenTheNextDayOpensAt00) {
    const HoursStatus s = StatusOf("Fr 18:00-24:00; Sa 00:00-03:00", At(2026, 12, 4, 22, 0));
    EXPECT_EQ(s.state, OpenState::kOpen);
    EXPECT_EQ(s.nextChange, At(2026, 12, 5, 3, 0));
}

TEST(StatusAt, LetsSaturdayNightRunIntoAClosedSunday) {
    const OpeningHours hours = Parse("Mo-Sa 18:00-02:00; Su off");
    EXPECT_EQ(StatusAt(hours, At(2026, 12, 6, 1, 0)).state, OpenState::kOpen);
    const HoursStatus sunday = StatusAt(hours, At(2026, 12, 6, 3, 0));
    EXPECT_EQ(sunday.state, OpenState::kClosed);
    EXPECT_TRUE(sunday.closedToday);
    EXPECT_EQ(sunday.nextChange, At(2026, 12, 7, 18, 0));
}

// [SECTION] Breaks and the rest of the day

TEST(StatusAt, CallsTheGapBetweenTwoSpansABreak) {
    const OpeningHours hours = Parse("Mo-Su 11:00-15:00,17:00-22:00");
    const HoursStatus lunch = StatusAt(hours, At(2026, 12, 4, 14, 59));
    EXPECT_EQ(lunch.state, OpenState::kOpen);
    EXPECT_EQ(lunch.nextChange, At(2026, 12, 4, 15, 0));

    const HoursStatus brk = StatusAt(hours, At(2026, 12, 4, 15, 30));
    EXPECT_EQ(brk.state, OpenState::kClosed);
    EXPECT_TRUE(brk.onBreak);
    EXPECT_FALSE(brk.closedToday);
    EXPECT_EQ(brk.nextChange, At(2026, 12, 4, 17, 0));

    EXPECT_TRUE(StatusAt(hours, At(2026, 12, 4, 15, 0)).onBreak);
    EXPECT_EQ(StatusAt(hours, At(2026, 12, 4, 17, 0)).state, OpenState::kOpen);
}

TEST(StatusAt, TellsAShopOpeningLaterTodayFromOneClosedForTheDay) {
    const OpeningHours hours = Parse("Mo-Su 11:00-22:00");
    const HoursStatus morning = StatusAt(hours, At(2026, 12, 4, 9, 0));
    EXPECT_EQ(morning.state, OpenState::kClosed);
    EXPECT_FALSE(morning.onBreak);
    EXPECT_FALSE(morning.closedToday);
    EXPECT_EQ(morning.nextChange, At(2026, 12, 4, 11, 0));

    const HoursStatus evening = StatusAt(hours, At(2026, 12, 4, 22, 30));
    EXPECT_EQ(evening.state, OpenState::kClosed);
    EXPECT_FALSE(evening.onBreak);
    EXPECT_TRUE(evening.closedToday);
    EXPECT_EQ(evening.nextChange, At(2026, 12, 5, 11, 0));
}

// [SECTION] Which rule applies

TEST(StatusAt, LetsALaterRuleReplaceEarlierHoursOnTheDaysItNames) {
    const OpeningHours hours = Parse("Mo-Su 10:00-20:00; Su off");
    const HoursStatus sunday = StatusAt(hours, At(2026, 12, 6, 12, 0));
    EXPECT_EQ(sunday.state, OpenState::kClosed);
    EXPECT_TRUE(sunday.closedToday);
    EXPECT_EQ(sunday.nextChange, At(2026, 12, 7, 10, 0));
    EXPECT_EQ(StatusAt(hours, At(2026, 12, 5, 12, 0)).state, OpenState::kOpen);

    // Replacing means replacing: Wednesday keeps only its own afternoon.
    const OpeningHours replaced = Parse("Mo-Fr 08:00-12:00; We 14:00-18:00");
    EXPECT_EQ(StatusAt(replaced, At(2026, 12, 2, 9, 0)).state, OpenState::kClosed);
    EXPECT_EQ(StatusAt(replaced, At(2026, 12, 2, 15, 0)).state, OpenState::kOpen);
}

TEST(StatusAt, LetsARuleAfterACommaAddHours) {
    const OpeningHours hours = Parse("Mo-Fr 08:00-12:00, We 14:00-18:00");
    EXPECT_EQ(StatusAt(hours, At(2026, 12, 2, 9, 0)).state, OpenState::kOpen);
    EXPECT_EQ(StatusAt(hours, At(2026, 12, 2, 15, 0)).state, OpenState::kOpen);
    EXPECT_EQ(StatusAt(hours, At(2026, 12, 1, 15, 0)).state, OpenState::kClosed);
    EXPECT_EQ(WeekFrom(hours, {2026, 12, 2})[0].spans,
              (std::vector<Span>{{480, 720}, {840, 1080}}));
}

TEST(StatusAt, LetsAClosedRuleAfterACommaCloseTheDay) {
    const OpeningHours hours = Parse("Mo-Fr 09:00-18:00, We off");
    EXPECT_EQ(StatusAt(hours, At(2026, 12, 2, 12, 0)).state, OpenState::kClosed);
    EXPECT_EQ(StatusAt(hours, At(2026, 12, 3, 12, 0)).state, OpenState::kOpen);
}

TEST(StatusAt, ClosesOnTheSecondAndFourthTuesday) {
    const OpeningHours hours = Parse("Mo-Su 11:00-22:00; Tu[2,4] off");
    for (int day : {8, 22}) {
        const HoursStatus s = StatusAt(hours, At(2026, 12, day, 12, 0));
        EXPECT_EQ(s.state, OpenState::kClosed) << day;
        EXPECT_TRUE(s.closedToday) << day;
        EXPECT_EQ(s.nextChange, At(2026, 12, day + 1, 11, 0)) << day;
    }
    for (int day : {1, 15, 29}) {
        EXPECT_EQ(StatusAt(hours, At(2026, 12, day, 12, 0)).state, OpenState::kOpen) << day;
    }
}

TEST(StatusAt, ClosesOnTheLastSundayOfTheMonth) {
    const OpeningHours hours = Parse("Mo-Su 10:00-20:00; Su[-1] off");
    EXPECT_EQ(StatusAt(hours, At(2026, 12, 27, 12, 0)).state, OpenState::kClosed);
    EXPECT_EQ(StatusAt(hours, At(2026, 12, 20, 12, 0)).state, OpenState::kOpen);
    // November 2026 has five Sundays: the 22nd is the fourth, the 29th the last.
    EXPECT_EQ(StatusAt(hours, At(2026, 11, 29, 12, 0)).state, OpenState::kClosed);
    EXPECT_EQ(StatusAt(hours, At(2026, 11, 22, 12, 0)).state, OpenState::kOpen);
}

TEST(StatusAt, ReadsARangeOfWeeksOfTheMonth) {
    const OpeningHours hours = Parse("Mo-Su 10:00-20:00; Fr[1-2] off");
    EXPECT_EQ(StatusAt(hours, At(2026, 12, 4, 12, 0)).state, OpenState::kClosed);
    EXPECT_EQ(StatusAt(hours, At(2026, 12, 11, 12, 0)).state, OpenState::kClosed);
    EXPECT_EQ(StatusAt(hours, At(2026, 12, 18, 12, 0)).state, OpenState::kOpen);
}

TEST(StatusAt, IsAlwaysOpenAt247WithNoNextChange) {
    const OpeningHours hours = Parse("24/7");
    for (const LocalTime& t : {At(2026, 12, 4, 0, 0), At(2026, 12, 4, 23, 59),
                               At(2027, 1, 1, 12, 0)}) {
        const HoursStatus s = StatusAt(hours, t);
        EXPECT_EQ(s.state, OpenState::kOpen);
        EXPECT_FALSE(s.nextChange);
    }
}

TEST(StatusAt, ClosesA247ShopOnHolidaysWhenToldTo) {
    const OpeningHours hours = Parse("24/7; PH off");
    EXPECT_EQ(StatusAt(hours, At(2027, 1, 1, 12, 0)).state, OpenState::kClosed);
    const HoursStatus eve = StatusAt(hours, At(2026, 12, 31, 12, 0));
    EXPECT_EQ(eve.state, OpenState::kOpen);
    EXPECT_EQ(eve.nextChange, At(2027, 1, 1, 0, 0));
}

TEST(StatusAt, SaysNoNextChangeWhenNeverOpenWithinEightDays) {
    const HoursStatus s = StatusOf("off", At(2026, 12, 4, 12, 0));
    EXPECT_EQ(s.state, OpenState::kClosed);
    EXPECT_TRUE(s.closedToday);
    EXPECT_FALSE(s.nextChange);
}

// [SECTION] Public holidays

TEST(StatusAt, ClosesOnPublicHolidaysWithPHOff) {
    const OpeningHours hours = Parse("Mo-Su 09:00-21:00; PH off");
    EXPECT_EQ(StatusAt(hours, At(2027, 1, 1, 12, 0)).state, OpenState::kClosed);
    // Chuseok 2026: the 24th to the 26th of September.
    EXPECT_EQ(StatusAt(hours, At(2026, 9, 23, 12, 0)).state, OpenState::kOpen);
    const HoursStatus chuseok = StatusAt(hours, At(2026, 9, 25, 12, 0));
    EXPECT_EQ(chuseok.state, OpenState::kClosed);
    EXPECT_TRUE(chuseok.closedToday);
    EXPECT_EQ(chuseok.nextChange, At(2026, 9, 27, 9, 0));
}

TEST(StatusAt, UsesHolidayHoursWithPHAndTimes) {
    const OpeningHours hours = Parse("Mo-Fr 09:00-18:00; PH 10:00-15:00");
    // 2026-10-05, a Monday, is the substitute holiday for National Foundation Day.
    const HoursStatus early = StatusAt(hours, At(2026, 10, 5, 9, 30));
    EXPECT_EQ(early.state, OpenState::kClosed);
    EXPECT_EQ(early.nextChange, At(2026, 10, 5, 10, 0));
    EXPECT_EQ(StatusAt(hours, At(2026, 10, 5, 14, 0)).state, OpenState::kOpen);
    EXPECT_EQ(StatusAt(hours, At(2026, 10, 5, 16, 0)).state, OpenState::kClosed);
    EXPECT_EQ(StatusAt(hours, At(2026, 10, 6, 16, 0)).state, OpenState::kOpen);
}

TEST(StatusAt, ReadsSundaysAndHolidaysInOneList) {
    const OpeningHours hours = Parse("Mo-Sa 09:00-19:00; Su,PH off");
    EXPECT_EQ(StatusAt(hours, At(2026, 12, 6, 12, 0)).state, OpenState::kClosed);
    EXPECT_EQ(StatusAt(hours, At(2026, 12, 25, 12, 0)).state, OpenState::kClosed);
    EXPECT_EQ(StatusAt(hours, At(2026, 12, 24, 12, 0)).state, OpenState::kOpen);
}

TEST(StatusAt, KeepsTheEveningBeforeAHolidayOpenPastMidnight) {
    const OpeningHours hours = Parse("Mo-Su 18:00-02:00; PH off");
    const HoursStatus eve = StatusAt(hours, At(2026, 12, 31, 23, 0));
    EXPECT_EQ(eve.state, OpenState::kOpen);
    EXPECT_EQ(eve.nextChange, At(2027, 1, 1, 2, 0));
    EXPECT_EQ(StatusAt(hours, At(2027, 1, 1, 1, 0)).state, OpenState::kOpen);
    const HoursStatus holiday = StatusAt(hours, At(2027, 1, 1, 19, 0));
    EXPECT_EQ(holiday.state, OpenState::kClosed);
    EXPECT_TRUE(holiday.closedToday);
    EXPECT_EQ(holiday.nextChange, At(2027, 1, 2, 18, 0));
}

TEST(StatusAt, SaysUnknownWhenAHolidayBeyondTheTableWouldDecide) {
    const OpeningHours hours = Parse("Mo-Su 09:00-18:00; PH off");
    const HoursStatus s = StatusAt(hours, At(2031, 3, 4, 12, 0));
    EXPECT_EQ(s.state, OpenState::kUnknown);
    EXPECT_FALSE(s.nextChange);
    EXPECT_FALSE(WeekFrom(hours, {2031, 3, 4})[0].known);
    // Fixed holidays are known in any year, and so are hours that never mention PH.
    EXPECT_EQ(StatusAt(hours, At(2031, 1, 1, 12, 0)).state, OpenState::kClosed);
    EXPECT_EQ(StatusOf("Mo-Su 09:00-18:00", At(2031, 3, 4, 12, 0)).state, OpenState::kOpen);
}

// [SECTION] WeekFrom, Seoul time, clock text

TEST(WeekFrom, GivesSevenDaysWithTheirHoursAndHolidays) {
    const std::vector<DayHours> week = WeekFrom(Parse("Mo-Sa 17:00-02:00; Su,PH off"),
                                                {2026, 9, 21});
    ASSERT_EQ(week.size(), 7u);
    EXPECT_EQ(week[0].date, (Date{2026, 9, 21}));
    EXPECT_EQ(week[6].date, (Date{2026, 9, 27}));
    EXPECT_EQ(week[0].spans, (std::vector<Span>{{1020, 1560}}));
    EXPECT_FALSE(week[2].holiday);
    for (int i = 3; i <= 5; ++i) {  // Chuseok, Thursday to Saturday
        EXPECT_TRUE(week[i].holiday) << i;
        EXPECT_TRUE(week[i].spans.empty()) << i;
    }
    EXPECT_TRUE(week[6].spans.empty());
    EXPECT_TRUE(week[0].known);
}

TEST(SeoulLocalTimeAt, TurnsTheDayAt1500Utc) {
    // 2026-11-29T15:00:00Z is midnight of the 30th in Seoul.
    const std::int64_t midnight = Date{2026, 11, 29}.DaysSinceEpoch() * 86400 + 15 * 3600;
    EXPECT_EQ(SeoulLocalTimeAt(midnight - 1), At(2026, 11, 29, 23, 59));
    EXPECT_EQ(SeoulLocalTimeAt(midnight), At(2026, 11, 30, 0, 0));
    EXPECT_EQ(SeoulLocalTimeAt(midnight + 59), At(2026, 11, 30, 0, 0));
    EXPECT_EQ(SeoulLocalTimeAt(midnight + 60), At(2026, 11, 30, 0, 1));
    // The UTC date changes at Seoul's 09:00.
    const std::int64_t utcMidnight = Date{2026, 11, 30}.DaysSinceEpoch() * 86400;
    EXPECT_EQ(SeoulLocalTimeAt(utcMidnight - 1), At(2026, 11, 30, 8, 59));
    EXPECT_EQ(SeoulLocalTimeAt(utcMidnight), At(2026, 11, 30, 9, 0));
    EXPECT_EQ(SeoulLocalTimeAt(-1), At(1970, 1, 1, 8, 59));
}

TEST(FormatClock, WrapsMinutesPastMidnight) {
    EXPECT_EQ(FormatClock(0), "00:00");
    EXPECT_EQ(FormatClock(9 * 60), "09:00");
    EXPECT_EQ(FormatClock(23 * 60 + 59), "23:59");
    EXPECT_EQ(FormatClock(1440), "00:00");
    EXPECT_EQ(FormatClock(26 * 60), "02:00");
}

// [SECTION] DescribeHours

std::string Describe(std::string_view text, Lang lang) {
    return DescribeHours(Parse(text), lang);
}

TEST(DescribeHours, SummarisesAWeekThenItsExceptions) {
    const char* hours = "Mo-Fr 09:00-18:00; Sa 10:00-15:00; Su off; Tu[2,4] off";
    EXPECT_EQ(Describe(hours, Lang::kKo),
              "월–금 09:00–18:00, 토 10:00–15:00, 일 휴무, 둘째·넷째 화요일 휴무");
    EXPECT_EQ(Describe(hours, Lang::kEn),
              "Mon–Fri 09:00–18:00, Sat 10:00–15:00, Sun closed, closed 2nd & 4th Tue");
    EXPECT_EQ(Describe(hours, Lang::kJa),
              "月–金 09:00–18:00, 土 10:00–15:00, 日 定休日, 第2・第4火曜日 定休日");
    EXPECT_EQ(Describe(hours, Lang::kZh),
              "周一至周五 09:00–18:00, 周六 10:00–15:00, 周日 休息, 第2、第4个周二 休息");
}

TEST(DescribeHours, ListsBreaksAndHolidays) {
    const char* hours = "Mo-Sa 11:00-15:00,17:00-22:00; Su,PH off";
    EXPECT_EQ(Describe(hours, Lang::kKo), "월–토 11:00–15:00, 17:00–22:00, 일 휴무, 공휴일 휴무");
    EXPECT_EQ(Describe(hours, Lang::kEn),
              "Mon–Sat 11:00–15:00, 17:00–22:00, Sun closed, closed on public holidays");
    EXPECT_EQ(Describe("Mo-Fr 09:00-18:00; PH 10:00-15:00", Lang::kKo),
              "월–금 09:00–18:00, 토·일 휴무, 공휴일 10:00–15:00");
    EXPECT_EQ(Describe("Mo-Fr 09:00-18:00; PH 10:00-15:00", Lang::kEn),
              "Mon–Fri 09:00–18:00, Sat & Sun closed, public holidays 10:00–15:00");
    // A later Sunday rule wins over PH on Sundays, so only other holidays are closed.
    const char* sundays = "Mo-Sa 09:00-18:00; PH off; Su 10:00-12:00";
    EXPECT_EQ(Describe(sundays, Lang::kKo), "월–토 09:00–18:00, 일 10:00–12:00, 공휴일(월–토) 휴무");
    EXPECT_EQ(Describe(sundays, Lang::kEn),
              "Mon–Sat 09:00–18:00, Sun 10:00–12:00, closed on public holidays falling on Mon–Sat");
}

TEST(DescribeHours, SaysDailyAndAroundTheClock) {
    EXPECT_EQ(Describe("24/7", Lang::kKo), "24시간 영업");
    EXPECT_EQ(Describe("24/7", Lang::kEn), "Open 24/7");
    EXPECT_EQ(Describe("Mo-Su 17:00-02:00", Lang::kKo), "매일 17:00–02:00");
    EXPECT_EQ(Describe("Mo-Su 16:00-24:00", Lang::kEn), "Daily 16:00–24:00");
    EXPECT_EQ(Describe("Mo-Su 10:00-20:00; Su[-1] off", Lang::kKo),
              "매일 10:00–20:00, 마지막 일요일 휴무");
    EXPECT_EQ(Describe("Mo-Su 10:00-20:00; Su[-1] off", Lang::kEn),
              "Daily 10:00–20:00, closed last Sun");
}

TEST(DescribeHours, GroupsWeekdaysThatAreNotNextToEachOther) {
    EXPECT_EQ(Describe("Mo,We,Fr 10:00-12:00", Lang::kKo), "월·수·금 10:00–12:00, 화·목·토·일 휴무");
    EXPECT_EQ(Describe("Mo,We,Fr 10:00-12:00", Lang::kEn),
              "Mon, Wed & Fri 10:00–12:00, Tue, Thu, Sat & Sun closed");
}

TEST(DescribeHours, PutsTheDaysOffAfterTheOpenDays) {
    EXPECT_EQ(Describe("Tu-Su 10:30-20:00; Mo off", Lang::kKo), "화–일 10:30–20:00, 월 휴무");
    EXPECT_EQ(Describe("Tu-Su 10:30-20:00; Mo off", Lang::kEn), "Tue–Sun 10:30–20:00, Mon closed");
}

TEST(DescribeHours, SpeaksJapaneseAndChinese) {
    const char* lunch = "Mo-Sa 11:00-15:00,17:00-22:00; Su,PH off";
    EXPECT_EQ(Describe(lunch, Lang::kJa), "月–土 11:00–15:00, 17:00–22:00, 日 定休日, 祝日 定休日");
    EXPECT_EQ(Describe(lunch, Lang::kZh), "周一至周六 11:00–15:00, 17:00–22:00, 周日 休息, 节假日 休息");
    const char* sundays = "Mo-Sa 09:00-18:00; PH off; Su 10:00-12:00";
    EXPECT_EQ(Describe(sundays, Lang::kJa), "月–土 09:00–18:00, 日 10:00–12:00, 祝日(月–土) 定休日");
    EXPECT_EQ(Describe(sundays, Lang::kZh),
              "周一至周六 09:00–18:00, 周日 10:00–12:00, 节假日(周一至周六) 休息");
    EXPECT_EQ(Describe("Mo,We,Fr 10:00-12:00", Lang::kJa), "月・水・金 10:00–12:00, 火・木・土・日 定休日");
    EXPECT_EQ(Describe("Mo,We,Fr 10:00-12:00", Lang::kZh),
              "周一、周三、周五 10:00–12:00, 周二、周四、周六、周日 休息");
    EXPECT_EQ(Describe("Mo-Su 10:00-20:00; Tu[2,-1] off", Lang::kJa),
              "毎日 10:00–20:00, 第2・最終火曜日 定休日");
    EXPECT_EQ(Describe("Mo-Su 10:00-20:00; Tu[2,-1] off", Lang::kZh),
              "每天 10:00–20:00, 第2、最后一个周二 休息");
    EXPECT_EQ(Describe("24/7", Lang::kJa), "24時間営業");
    EXPECT_EQ(Describe("24/7", Lang::kZh), "24小时营业");
}

TEST(DescribeHours, FontSubsetHasEveryWordOfEachLanguage) {
    const unsigned ja = 1u << int(Lang::kJa), zh = 1u << int(Lang::kZh);
    std::set<std::uint32_t> cps;
    AddHoursCodepoints(&cps, ja | zh);
    for (const char* hours : {"Mo-Su 10:00-20:00; Tu[2,-1] off; PH off", "Mo-Su off", "24/7"}) {
        for (Lang lang : {Lang::kJa, Lang::kZh}) {
            const std::string text = Describe(hours, lang);
            for (std::size_t pos = 0; pos < text.size();) {
                const std::uint32_t cp = NextCodepoint(text, &pos);
                EXPECT_TRUE(cp < 0x80 || cps.count(cp)) << text << ": U+" << std::hex << cp;
            }
        }
    }
    // The default stays Korean and English, as the page's own font subset expects.
    std::set<std::uint32_t> defaults;
    AddHoursCodepoints(&defaults);
    EXPECT_TRUE(defaults.count(0xC6D4));   // 월
    EXPECT_FALSE(defaults.count(0x5468));  // 周
}

TEST(DescribeHours, KeepsComments) {
    EXPECT_EQ(Describe("Mo-Sa 10:30-20:00 \"재료 소진 시 조기 마감\"; Su off", Lang::kKo),
              "월–토 10:30–20:00 (재료 소진 시 조기 마감), 일 휴무");
}

}  // namespace
}  // namespace golmok
