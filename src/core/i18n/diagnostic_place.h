// Where a problem is, in words a shop owner can follow, in the reader's language. i18n layer: it
// borrows the page's headings (ui_text.h) for the members it names.
#pragma once

#include <cstdint>
#include <set>
#include <string>

#include "core/text/text.h"

namespace golmok {

struct Bundle;

// Where a problem is, in words a shop owner can follow: "/shops/3/hours" is "4번째 가게 · 영업시간"
// ("shop 4 · Hours"). Given the bundle the problem was found in (one that loaded, with warnings
// only; items of a broken file may not line up with the bundle's), items are named as well:
// "4번째 가게(맛나분식) · 영업시간", in `lang` or in Korean where the name is not translated.
// Members it has no word for are kept as written; "" for the whole file.
std::string DiagnosticPlace(const std::string& pointer, Lang lang, const Bundle* bundle = nullptr);

// Every character the words of places can write in the languages of `langs` (a LangMask).
void AddPlaceCodepoints(std::set<std::uint32_t>* out, unsigned langs = 0xF);

}  // namespace golmok
