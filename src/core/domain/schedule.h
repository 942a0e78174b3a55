// When promotions and events run, seen from a Seoul calendar day; and how sample dates are kept
// alive. No ImGui, no emscripten.
#pragma once

#include <optional>
#include <vector>

#include "core/model/bundle.h"

namespace golmok {

enum class RunState { kUpcoming, kCurrent, kExpired };

// Start and end days are inclusive, in Asia/Seoul.
RunState StateOn(const Date& start, const Date& end, const Date& today);

// The promotions running on `today`, district-wide first, then by end date (soonest ending
// first), then in bundle order. With `shopId` set, only that shop's.
std::vector<const Promotion*> CurrentPromotions(const Bundle& bundle, const Date& today,
                                                const std::string* shopId = nullptr);

// Promotions not yet started, soonest first.
std::vector<const Promotion*> UpcomingPromotions(const Bundle& bundle, const Date& today);

// Events running or yet to come, soonest first.
std::vector<const Event*> CurrentAndUpcomingEvents(const Bundle& bundle, const Date& today);

// Sample promotions and events are written as if today were bundle.samples->datesAnchor; this
// moves each by (today − anchor) days so that they stay current, upcoming or expired exactly as
// written. Real items (sample false) and bundles without an anchor are left alone.
void MoveSampleDates(Bundle* bundle, const Date& today);
// The other way: sample dates back where the file wrote them, `originalAnchor` being the file's
// samples.datesAnchor (what export writes).
void RestoreSampleDates(Bundle* bundle, const std::optional<Date>& originalAnchor);

}  // namespace golmok
