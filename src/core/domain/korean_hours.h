// Opening hours as shop owners write them in Korean (door signs, map listings), read into the
// OpenStreetMap `opening_hours` form that opening_hours.h parses. Exact or refused: text with any
// part it cannot read gives no hours. Standard library only; no ImGui, no emscripten.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/domain/opening_hours.h"

namespace golmok {

// Reads Korean hours text into an `opening_hours` value that ParseOpeningHours accepts, written
// compactly ("Mo-Fr 09:00-18:00; Sa 10:00-15:00; Su off; Tu[2,4] off; PH off").
//
// Understood, in any order, as statements separated by newlines, ',', '/', '|' or nothing:
//  - days: 월 … 일, 월요일 … 일요일, ranges (월~금, 월-금, 월–금, 월요일부터 금요일까지), lists
//    (월,수,금  월·수·금  토일), 매일, 평일, 주중, 주말, 공휴일, with 매주 before them;
//  - times: 9시, 9시반, 9시 30분, 09:00, 9:00, 오전/오후/AM/PM (오후 3시 is 15:00), 새벽, 아침,
//    낮, 저녁, 밤, 정오, 자정; a range "A~B", "A-B", "A–B" or "A부터 B까지"; several ranges;
//    24시간 (around the clock);
//  - days off: "일 휴무", "매주 일요일 휴무", "정기휴무 매주 월요일", "휴무: 일", "공휴일 휴무",
//    "둘째·넷째 화요일 휴무" (a week of the month, also 2·4째 주); 연중무휴 with hours;
//  - a break inside the hours: "브레이크타임 15:00~17:00" or "15:00 - 17:00 브레이크타임";
//  - a last order time, kept as a comment on the rules whose hours contain it:
//    "라스트오더 20:30" gives `"last order 20:30"` (it is not the closing time);
//  - labels that add nothing: 영업시간, 운영시간, and a ':' after a label.
// Hours without days are every day's. A plain hour is read on the 24-hour clock (9시~18시); an end
// earlier than the start runs past midnight only when that is certain (18:00~02:00, 22시~새벽
// 2시), and a plain hour from 1 to 5 with no 오전/오후 is refused, as is any other guess: an
// unknown word (가끔, 명절), a bare number (930), an impossible time (25시), a weekday given
// hours twice, a break outside the hours, days off or 연중무휴 with no hours at all, 연중무휴
// with days off, and empty text. The error's offset is a byte offset into `text`.
std::optional<std::string> ReadKoreanHours(std::string_view text, HoursError* error);

// What an editor field or a spreadsheet cell holds, read as hours.
struct HoursInput {
    std::string hours;                // the opening_hours value; empty when the text was not understood
    bool converted = false;           // true when `hours` was read from Korean and differs from the text
    std::optional<HoursError> error;  // why the text was not understood
    bool ok() const { return !error.has_value(); }
};

// Text that already parses as opening_hours is kept as it is (not converted); other text goes
// through ReadKoreanHours. On failure the error is the one of the reader that got further into
// the text (the opening_hours parser's for "Mo-Fr 09:00-18:00; Sa 10~", the Korean reader's
// for "월~금 9시~"); when both stop at the same place, the opening_hours parser's for text with
// Latin letters and no Hangul ("mo-fr 09:00-18:00"), else the Korean reader's ("930").
HoursInput ReadHoursInput(std::string_view text);

}  // namespace golmok
