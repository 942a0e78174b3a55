#include "core/domain/korean_holidays.h"

#include <algorithm>

#include "core/model/order.h"

namespace golmok {
namespace {

// Sources, read in November 2026:
//  - Which days are holidays, and when a substitute holiday (대체공휴일) is given: 관공서의
//    공휴일에 관한 규정 (Presidential Decree) articles 2 and 3, and 공휴일에 관한 법률. Constitution
//    Day (제헌절, 17 July) became a holiday again by the amendment the National Assembly passed on
//    2026-01-29 (promulgated in February 2026), first observed on 2026-07-17.
//  - Lunar dates: the Korea Astronomy and Space Science Institute's (한국천문연구원) yearly
//    calendar data (월력요항, astro.kasi.re.kr), which follows Korean time: Seollal 2028 is 27
//    January, a day after the Chinese New Year. Cross-checked against press summaries of the
//    2025, 2026 and 2028 holidays and against the new moons computed for each year.
//  - Election days: 공직선거법 article 34 (a Wednesday set by the end of the term in office, moved
//    a week when it touches another holiday). The 2030 dates follow that rule; re-check them
//    once the National Election Commission announces them.
//  - Days designated by the government (임시공휴일): 2025-01-27 and 2025-06-03 (the presidential
//    election that year was an early one, so the day was designated).
// Not included: Labour Day (노동절, 1 May) is a day off for most employees but not a public
// holiday for government offices; a bill to make it one was still pending. Add it here if that
// changes, and add a row to kYears for every new year (keep kLastHolidayYear in step).

struct YearRow {
    int year;
    Date seollal;  // lunar 1/1; the day before and after are holidays too
    Date buddha;   // lunar 4/8, 부처님오신날
    Date chuseok;  // lunar 8/15; the day before and after are holidays too
    Date other[3];  // elections and designated days; year 0 marks an unused slot
};

constexpr Date kNoDate{0, 1, 1};

const YearRow kYears[] = {
    {2025, {2025, 1, 29}, {2025, 5, 5}, {2025, 10, 6}, {{2025, 1, 27}, {2025, 6, 3}, kNoDate}},
    {2026, {2026, 2, 17}, {2026, 5, 24}, {2026, 9, 25}, {{2026, 6, 3}, kNoDate, kNoDate}},
    {2027, {2027, 2, 7}, {2027, 5, 13}, {2027, 9, 15}, {}},
    {2028, {2028, 1, 27}, {2028, 5, 2}, {2028, 10, 3}, {{2028, 4, 12}, kNoDate, kNoDate}},
    {2029, {2029, 2, 13}, {2029, 5, 20}, {2029, 9, 22}, {}},
    {2030, {2030, 2, 3}, {2030, 5, 9}, {2030, 9, 12}, {{2030, 3, 27}, {2030, 6, 12}, kNoDate}},
};

static_assert(sizeof(kYears) / sizeof(kYears[0]) == kLastHolidayYear - kFirstHolidayYear + 1,
              "kYears needs one row for every year from kFirstHolidayYear to kLastHolidayYear");

// How a holiday that falls on a day off is made up for.
enum class Makeup {
    kNone,             // New Year's Day, Memorial Day, election and designated days
    kWeekendOrShared,  // on a Saturday, a Sunday or another holiday: national days, Children's
                       // Day, Buddha's Birthday, Christmas
    kSundayOrShared,   // on a Sunday or another holiday (not a Saturday): Seollal and Chuseok
};

struct Instance {
    Date date;
    Makeup makeup;
};

bool IsFixedSolarHoliday(const Date& d) {
    switch (d.month) {
        case 1: return d.day == 1;
        case 3: return d.day == 1;
        case 5: return d.day == 5;
        case 6: return d.day == 6;
        case 7: return d.day == 17 && d.year >= 2026;
        case 8: return d.day == 15;
        case 10: return d.day == 3 || d.day == 9;
        case 12: return d.day == 25;
        default: return false;
    }
}

void AddBlock(std::vector<Instance>* out, const Date& middle) {
    for (int offset = -1; offset <= 1; ++offset) {
        out->push_back({middle.AddDays(offset), Makeup::kSundayOrShared});
    }
}

std::vector<Instance> Instances(const YearRow& row) {
    const int y = row.year;
    std::vector<Instance> out;
    auto add = [&](const Date& d, Makeup m) { out.push_back({d, m}); };
    add({y, 1, 1}, Makeup::kNone);
    add({y, 3, 1}, Makeup::kWeekendOrShared);
    add({y, 5, 5}, Makeup::kWeekendOrShared);
    add({y, 6, 6}, Makeup::kNone);
    if (y >= 2026) add({y, 7, 17}, Makeup::kWeekendOrShared);
    add({y, 8, 15}, Makeup::kWeekendOrShared);
    add({y, 10, 3}, Makeup::kWeekendOrShared);
    add({y, 10, 9}, Makeup::kWeekendOrShared);
    add({y, 12, 25}, Makeup::kWeekendOrShared);
    add(row.buddha, Makeup::kWeekendOrShared);
    AddBlock(&out, row.seollal);
    AddBlock(&out, row.chuseok);
    for (const Date& d : row.other) {
        if (d.year != 0) add(d, Makeup::kNone);
    }
    StableSortByKey(&out, [](const Instance& i) { return i.date.DaysSinceEpoch(); });
    return out;
}

const YearRow* FindYear(int year) {
    if (!KoreanHolidaysKnown(year)) return nullptr;
    return &kYears[year - kFirstHolidayYear];
}

bool Contains(const std::vector<Date>& sorted, const Date& d) {
    return std::binary_search(sorted.begin(), sorted.end(), d);
}

}  // namespace

bool KoreanHolidaysKnown(int year) {
    return year >= kFirstHolidayYear && year <= kLastHolidayYear;
}

// Each holiday lost to a day off (or to another holiday on the same day) gives one substitute:
// the first weekday after it that is not already a holiday, which for Seollal and Chuseok is
// after their three days.
std::vector<Date> KoreanPublicHolidays(int year) {
    const YearRow* row = FindYear(year);
    if (!row) return {};
    const std::vector<Instance> instances = Instances(*row);

    std::vector<Date> days;
    for (const Instance& i : instances) days.push_back(i.date);
    days.erase(std::unique(days.begin(), days.end()), days.end());

    std::vector<Date> makeupAfter;  // one entry per lost holiday: the day its substitute follows
    for (std::size_t first = 0; first < instances.size();) {
        std::size_t last = first;
        while (last < instances.size() && instances[last].date == instances[first].date) ++last;
        const int weekday = instances[first].date.Weekday();
        const int count = int(last - first);
        int weekendOrShared = 0;
        int sundayOrShared = 0;
        for (std::size_t i = first; i < last; ++i) {
            if (instances[i].makeup == Makeup::kWeekendOrShared) ++weekendOrShared;
            if (instances[i].makeup == Makeup::kSundayOrShared) ++sundayOrShared;
        }
        int lost = 0;
        if (weekday == 6) {
            lost = weekendOrShared + sundayOrShared;  // a Sunday takes them all
        } else if (weekday == 5) {
            lost = weekendOrShared + (count > 1 ? sundayOrShared : 0);
        } else {
            lost = std::min(count - 1, weekendOrShared + sundayOrShared);  // one is enjoyed
        }
        for (int i = 0; i < lost; ++i) makeupAfter.push_back(instances[first].date);
        first = last;
    }

    std::sort(makeupAfter.begin(), makeupAfter.end());
    std::vector<Date> substitutes;
    for (const Date& after : makeupAfter) {
        Date d = after.AddDays(1);
        while (d.Weekday() >= 5 || Contains(days, d) ||
               std::find(substitutes.begin(), substitutes.end(), d) != substitutes.end()) {
            d = d.AddDays(1);
        }
        substitutes.push_back(d);
    }
    days.insert(days.end(), substitutes.begin(), substitutes.end());
    std::sort(days.begin(), days.end());
    days.erase(std::unique(days.begin(), days.end()), days.end());
    return days;
}

bool IsKoreanPublicHoliday(const Date& date) {
    if (!KoreanHolidaysKnown(date.year)) return IsFixedSolarHoliday(date);
    return Contains(KoreanPublicHolidays(date.year), date);
}

}  // namespace golmok
