#include "core/domain/schedule.h"

#include <algorithm>

#include "core/model/order.h"

namespace golmok {

RunState StateOn(const Date& start, const Date& end, const Date& today) {
    if (today < start) return RunState::kUpcoming;
    if (end < today) return RunState::kExpired;
    return RunState::kCurrent;
}

std::vector<const Promotion*> CurrentPromotions(const Bundle& bundle, const Date& today,
                                                const std::string* shopId) {
    std::vector<const Promotion*> out;
    for (const Promotion& p : bundle.promotions) {
        if (shopId && p.shop != *shopId) continue;
        if (StateOn(p.start, p.end, today) == RunState::kCurrent) out.push_back(&p);
    }
    // The district's own first, then by the day they end.
    StableSortByKey(&out, [](const Promotion* p) {
        return (p->shop.empty() ? 0 : std::int64_t{1} << 40) + p->end.DaysSinceEpoch();
    });
    return out;
}

std::vector<const Promotion*> UpcomingPromotions(const Bundle& bundle, const Date& today) {
    std::vector<const Promotion*> out;
    for (const Promotion& p : bundle.promotions) {
        if (StateOn(p.start, p.end, today) == RunState::kUpcoming) out.push_back(&p);
    }
    StableSortByKey(&out, [](const Promotion* p) { return p->start.DaysSinceEpoch(); });
    return out;
}

std::vector<const Event*> CurrentAndUpcomingEvents(const Bundle& bundle, const Date& today) {
    std::vector<const Event*> out;
    for (const Event& e : bundle.events) {
        if (StateOn(e.start, e.end, today) != RunState::kExpired) out.push_back(&e);
    }
    StableSortByKey(&out, [](const Event* e) { return e->start.DaysSinceEpoch(); });
    return out;
}

namespace {

void ShiftSampleDates(Bundle* bundle, std::int64_t days) {
    for (Promotion& p : bundle->promotions) {
        if (!p.sample) continue;
        p.start = p.start.AddDays(days);
        p.end = p.end.AddDays(days);
    }
    for (Event& e : bundle->events) {
        if (!e.sample) continue;
        e.start = e.start.AddDays(days);
        e.end = e.end.AddDays(days);
    }
}

}  // namespace

void MoveSampleDates(Bundle* bundle, const Date& today) {
    if (!bundle->samples || !bundle->samples->datesAnchor) return;
    const std::int64_t shift = today.DaysSinceEpoch() - bundle->samples->datesAnchor->DaysSinceEpoch();
    if (shift == 0) return;
    ShiftSampleDates(bundle, shift);
    bundle->samples->datesAnchor = today;
}

void RestoreSampleDates(Bundle* bundle, const std::optional<Date>& originalAnchor) {
    if (!bundle->samples || !bundle->samples->datesAnchor || !originalAnchor) return;
    ShiftSampleDates(bundle, originalAnchor->DaysSinceEpoch() - bundle->samples->datesAnchor->DaysSinceEpoch());
    bundle->samples->datesAnchor = originalAnchor;
}

}  // namespace golmok
