// [SECTION] index
//  - Reading and writing mean the same as the text read, day by day over two years
//  - The text written: canonical and compact
//  - What the picker cannot show
//  - A round trip over many weeks
//  - Changing a day's spans and times

#include "core/domain/week_hours.h"

#include <gtest/gtest.h>

#include <cstdint>

#include "core/bundle/bundle_loader.h"
#include "test_util.h"

namespace golmok {
namespace {

constexpr int kDays = 2 * 365 + 7;  // 2026 and 2027, whose holidays the table knows

// Every day's spans from 2026-01-01 on, and whether it is a holiday.
std::vector<DayHours> Calendar(std::string_view text) {
    std::vector<DayHours> days;
    const std::optional<OpeningHours> hours = ParseOpeningHours(text, nullptr);
    EXPECT_TRUE(hours) << text;
    if (!hours) return days;
    for (int i = 0; i < kDays; i += 7) {
        for (DayHours& d : WeekFrom(*hours, Date{2026, 1, 1}.AddDays(i))) days.push_back(std::move(d));
    }
    return days;
}

// The first day on which two texts differ, or "" when they mean the same every day.
std::string FirstDifference(std::string_view a, std::string_view b) {
    const std::vector<DayHours> x = Calendar(a), y = Calendar(b);
    if (x.size() != y.size()) return "not comparable";
    for (std::size_t i = 0; i < x.size(); ++i) {
        if (x[i].spans != y[i].spans || x[i].known != y[i].known) return x[i].date.ToString();
    }
    return "";
}

// What a WeekHours says of one day, straight from its members.
std::vector<Span> Means(const WeekHours& week, const Date& date, bool holiday) {
    if (holiday && week.holidays == HolidayHours::kClosed) return {};
    if (holiday && week.holidays == HolidayHours::kOwn) return week.holidaySpans;
    const WeekDay& day = week.days[static_cast<std::size_t>(date.Weekday())];
    return (day.closedWeeks >> ((date.day - 1) / 7)) & 1u ? std::vector<Span>() : day.spans;
}

std::string Canonical(std::string_view text) {
    const std::optional<WeekHours> week = FromOpeningHours(text);
    EXPECT_TRUE(week) << text;
    return week ? ToOpeningHours(*week) : std::string();
}

// [SECTION] Reading and writing mean the same

TEST(WeekHours, WrittenTextMeansWhatWasReadEveryDayOfTwoYears) {
    for (const char* text : {
             "Mo-Fr 11:00-15:00,17:00-21:00; Sa 11:00-21:00; Su off; Tu[2] off; PH off",
             "Mo-Fr 11:00-15:00,17:00-21:00; Sa 11:00-15:00; Su,PH off",
             "24/7",
             "24/7; PH off",
             "24/7; We[1,3] off",
             "Mo-Su 11:00-22:00; Tu[2,4] off",
             "Mo-Su 09:00-21:00; PH off",
             "Mo-Sa 18:00-02:00",
             "Mo-Su 17:00-03:00",
             "Mo-Su 08:00-24:00",
             "Tu-Su 10:30-20:00; Mo off",
             "We-Su 12:00-21:00; Mo,Tu off",
             "Sa-Mo 10:00-20:00",
             "Mo,We,Fr 09:00-12:00",
             "Mo-Fr 09:00-18:00; PH 10:00-14:00",
             "PH 10:00-15:00",
             "Sa,PH 10:00-14:00",
             "Mo-Fr 11:00-15:00, Mo-Fr 17:00-21:00",
             "Mo-Fr 09:00-12:00,12:00-18:00",
             "Tu[2,4] off; Mo-Su 11:00-22:00",
             "Mo-Su 10:00-20:00; Su[1-5] off",
             "Mo-Su 10:00-20:00; Tu[5] off",
             "Mo-Su 09:00-18:00; PH off; Tu[2] off",
             "Mo-Su 09:00-18:00; Tu[2] off; PH 10:00-13:00",
             "Mo 00:00-24:00; Tu-Su off",
             "Mo-Fr 18:00-26:00",
             "Mo-Fr 09:00-18:00 open",
             "off",
             "Mo-Su off",
         }) {
        const std::string written = Canonical(text);
        EXPECT_EQ(FirstDifference(text, written), "") << text << " written as " << written;
    }
}

TEST(WeekHours, EveryShopOfTheSampleDistrictsReadsAndMeansTheSame) {
    int shown = 0;
    for (const char* file : {"data/doksan.json", "data/samseon.json"}) {
        const BundleLoadResult r = LoadBundle(test::ReadSourceFile(file));
        ASSERT_TRUE(r.bundle) << file;
        for (const Shop& shop : r.bundle->shops) {
            const std::optional<WeekHours> week = FromOpeningHours(shop.hours);
            if (!week) {
                // Only comments keep a shop's hours out of the picker.
                EXPECT_NE(shop.hours.find('"'), std::string::npos) << shop.id << ": " << shop.hours;
                continue;
            }
            ++shown;
            EXPECT_EQ(FirstDifference(shop.hours, ToOpeningHours(*week)), "")
                << shop.id << ": " << shop.hours;
        }
    }
    EXPECT_GT(shown, 50);
}

// [SECTION] The text written

TEST(WeekHours, WritesEqualDaysTogetherThenWeeksThenHolidays) {
    EXPECT_EQ(Canonical("Mo-Fr 11:00-15:00,17:00-21:00; Sa 11:00-21:00; Su,PH off; Tu[2] off"),
              "Mo-Fr 11:00-15:00,17:00-21:00; Sa 11:00-21:00; Su off; Tu[2] off; PH off");
    EXPECT_EQ(Canonical("Mo-Fr 11:00-15:00, Mo-Fr 17:00-21:00; Sa,Su off"),
              "Mo-Fr 11:00-15:00,17:00-21:00; Sa,Su off");
    EXPECT_EQ(Canonical("Mo off; Tu-Su 10:30-20:00"), "Tu-Su 10:30-20:00; Mo off");
    EXPECT_EQ(Canonical("Mo,We-Fr 09:00-18:00; Tu,Sa,Su off"), "Mo,We-Fr 09:00-18:00; Tu,Sa,Su off");
    EXPECT_EQ(Canonical("Mo-Su 11:00-22:00; Tu[4,2] off"), "Mo-Su 11:00-22:00; Tu[2,4] off");
    EXPECT_EQ(Canonical("Mo-Su 00:00-24:00"), "24/7");
    EXPECT_EQ(Canonical("24/7; PH off"), "24/7; PH off");
    EXPECT_EQ(Canonical("Mo-Sa 18:00-02:00"), "Mo-Sa 18:00-02:00; Su off");
    EXPECT_EQ(Canonical("Mo-Sa 18:00-26:00"), "Mo-Sa 18:00-02:00; Su off");
    EXPECT_EQ(Canonical("Sa,PH 10:00-14:00"), "Sa 10:00-14:00; Mo-Fr,Su off; PH 10:00-14:00");
    EXPECT_EQ(Canonical("off"), "Mo-Su off");
    // Closed weeks of a day that never opens say nothing.
    WeekHours week;
    week.days[1].closedWeeks = 2;
    week.days[0].spans = {{540, 1080}};
    EXPECT_EQ(ToOpeningHours(week), "Mo 09:00-18:00; Tu-Su off");
    // A span of a whole day and more from its start still reads as later than it starts.
    week.days[0].spans = {{540, 540 + 1440}};
    EXPECT_EQ(ToOpeningHours(week), "Mo 09:00-33:00; Tu-Su off");
    EXPECT_EQ(FirstDifference(ToOpeningHours(week), "Mo 09:00-33:00; Tu-Su off"), "");
}

TEST(WeekHours, ReadsTheDaysTheHolidaysAndTheWeeks) {
    const std::optional<WeekHours> week =
        FromOpeningHours("Mo-Fr 11:00-15:00,17:00-21:00; Sa 11:00-21:00; Su off; Tu[2] off; PH off");
    ASSERT_TRUE(week);
    EXPECT_EQ(week->days[0].spans, (std::vector<Span>{{660, 900}, {1020, 1260}}));
    EXPECT_EQ(week->days[1].closedWeeks, 2u);
    EXPECT_EQ(week->days[5].spans, (std::vector<Span>{{660, 1260}}));
    EXPECT_TRUE(week->days[6].spans.empty());
    EXPECT_EQ(week->holidays, HolidayHours::kClosed);
    EXPECT_FALSE(NeverClosed(*week));
    EXPECT_TRUE(SameSpans(*week, 0x1F));
    EXPECT_FALSE(SameSpans(*week, 0x60));

    const std::optional<WeekHours> always = FromOpeningHours("24/7");
    ASSERT_TRUE(always);
    EXPECT_TRUE(OpenAllDayEveryDay(*always));
    EXPECT_TRUE(NeverClosed(*always));
    EXPECT_EQ(always->holidays, HolidayHours::kAsUsual);

    const std::optional<WeekHours> own = FromOpeningHours("Mo-Su 09:00-21:00; PH 10:00-15:00");
    ASSERT_TRUE(own);
    EXPECT_EQ(own->holidays, HolidayHours::kOwn);
    EXPECT_EQ(own->holidaySpans, (std::vector<Span>{{600, 900}}));
    EXPECT_TRUE(NeverClosed(*own));
    EXPECT_TRUE(SameSpans(*own, 0x7F));
}

// [SECTION] What the picker cannot show

TEST(WeekHours, RefusesWhatItCannotShowExactly) {
    for (const char* text : {
             "",
             "9시~6시",
             "Mo-Sa 10:30-20:00 \"재료 소진 시 조기 마감\"; Su off",
             "Mo-Su 10:00-20:00; Su[-1] off",
             "Mo-Su 10:00-20:00; Su[-2] off",
             "Mo 08:00-10:00,12:00-14:00,16:00-18:00",
             "Mo-Fr 09:00-18:00, Tu 19:00-20:00, Tu 21:00-22:00",
             "Mo-Su 10:00-20:00; Tu[2] 12:00-20:00",
             "Mo-Fr 09:00-18:00; PH off; Sa,Su 10:00-14:00",
             "PH 10:00-12:00, Mo 14:00-16:00",
             "Mo-Su 10:00-20:00; PH 08:00-09:00,10:00-11:00,12:00-13:00",
             "Mo-Su 10:00-20:00; Tu[5] 10:00-12:00",
         }) {
        EXPECT_FALSE(FromOpeningHours(text)) << text;
    }
}

// [SECTION] A round trip over many weeks

TEST(WeekHours, ManyWeeksWrittenReadBackAndMeanWhatTheySay) {
    const std::vector<std::vector<Span>> kSpans = {
        {}, {{540, 1080}}, {{660, 900}, {1020, 1260}}, {{1080, 1560}}, {{0, 1440}}, {{630, 1290}},
    };
    const unsigned kWeeks[] = {0, 2, 10, 16, 1};
    std::uint32_t seed = 12345;
    const auto next = [&seed](std::uint32_t n) {
        seed = seed * 1103515245u + 12345u;
        return (seed >> 16) % n;
    };
    for (int round = 0; round < 400; ++round) {
        WeekHours week;
        // Now and then a week where most days are alike, as real shops have it.
        const std::size_t usual = next(static_cast<std::uint32_t>(kSpans.size()));
        for (WeekDay& day : week.days) {
            day.spans = kSpans[next(3) == 0 ? next(static_cast<std::uint32_t>(kSpans.size())) : usual];
            day.closedWeeks = next(4) == 0 ? kWeeks[next(5)] : 0;
        }
        week.holidays = static_cast<HolidayHours>(next(3));
        if (week.holidays == HolidayHours::kOwn) week.holidaySpans = kSpans[1 + next(5)];

        const std::string text = ToOpeningHours(week);
        const std::optional<OpeningHours> hours = ParseOpeningHours(text, nullptr);
        ASSERT_TRUE(hours) << text;
        for (int i = 0; i < kDays; i += 7) {
            for (const DayHours& d : WeekFrom(*hours, Date{2026, 1, 1}.AddDays(i))) {
                ASSERT_EQ(d.spans, Means(week, d.date, d.holiday)) << text << " on " << d.date.ToString();
            }
        }
        const std::optional<WeekHours> back = FromOpeningHours(text);
        ASSERT_TRUE(back) << text;
        if (back->holidays == week.holidays) {
            EXPECT_EQ(ToOpeningHours(*back), text);  // the written text is its own canonical form
        } else {
            // Holidays with the hours of every other day read back as "as usual".
            EXPECT_EQ(FirstDifference(ToOpeningHours(*back), text), "") << text;
        }
    }
}

// [SECTION] Changing a day

TEST(WeekHours, ADayChangesBetweenClosedOpenAndABreak) {
    const std::vector<Span> open{{660, 1260}};
    const std::vector<Span> split{{660, 900}, {1020, 1260}};
    EXPECT_EQ(WithSpanCount(open, 2, {}), split);
    EXPECT_EQ(WithSpanCount(split, 1, {}), open);
    EXPECT_TRUE(WithSpanCount(open, 0, {}).empty());
    // A day that opens takes the hours it is given, else 09:00-18:00.
    EXPECT_EQ(WithSpanCount({}, 1, open), open);
    EXPECT_EQ(WithSpanCount({}, 2, split), split);
    EXPECT_EQ(WithSpanCount({}, 1, {}), (std::vector<Span>{{540, 1080}}));
    // An evening shop's break is cut from the middle of its hours.
    EXPECT_EQ(WithSpanCount({{1080, 1560}}, 2, {}), (std::vector<Span>{{1080, 1240}, {1400, 1560}}));
}

TEST(WeekHours, TimesSetOneEndAndRunPastMidnightWhenEarlier) {
    const std::vector<Span> open{{660, 1260}};
    EXPECT_EQ(WithTime(open, 0, false, 600), (std::vector<Span>{{600, 1260}}));
    EXPECT_EQ(WithTime(open, 0, true, 120), (std::vector<Span>{{660, 1560}}));
    EXPECT_EQ(WithTime({{0, 1440}}, 0, false, 540), (std::vector<Span>{{540, 1440}}));
    EXPECT_EQ(WithTime({{540, 1080}}, 0, false, 0), (std::vector<Span>{{0, 1080}}));
    EXPECT_EQ(WithTime({{540, 1080}}, 0, true, 540), (std::vector<Span>{{540, 1980}}));
    EXPECT_EQ(WithTime({{1080, 1560}}, 0, false, 1200), (std::vector<Span>{{1200, 1560}}));
    EXPECT_EQ(WithTime({{0, 600}}, 0, true, 0), (std::vector<Span>{{0, 1440}}));
    // Out of range: unchanged.
    EXPECT_EQ(WithTime(open, 1, false, 600), open);
    EXPECT_EQ(WithTime(open, 0, false, 1440), open);
}

}  // namespace
}  // namespace golmok
