// Which characters the page's fonts must hold: the one place that decides it, for the fonts cut
// at build time (golmok glyphs) and for the glyph atlas the page rasterises at run time. Each
// table keeps its own words (ui_text, hours, problem sentences, places); this file decides which
// of them, and which of a bundle's texts, a face needs. i18n layer: no ImGui, no emscripten.
#pragma once

#include <cstdint>
#include <set>

#include "core/text/text.h"

namespace golmok {

struct Bundle;
struct DistrictIndex;

using CodepointSet = std::set<std::uint32_t>;

// [SECTION] The page's own words

// Every character of every message and weekday name in the languages of `langs`, with printable
// ASCII, the characters of formatted dates and prices, and those of the sentences and places
// that tell a file's problems, which visitors see on the error screen and in preview. The
// editor's own messages (kEdit onwards) only when `editor` is set.
void AddUiCodepoints(CodepointSet* out, LangMask langs = kAllLangs, bool editor = false);

// The body face's own words: AddUiCodepoints and every word the hours lines can write.
void AddPageWordCodepoints(CodepointSet* out, LangMask langs, bool editor);

// [SECTION] A bundle's texts

// Every character a bundle's texts, names and values can put on screen in the given languages
// (Korean is always included: it is every text's fallback).
void AddBundleCodepoints(const Bundle& bundle, CodepointSet* out, LangMask langs = kAllLangs);

// Only what the page shows a visitor reading `lang`: each text in that language, or in Korean
// where it has no translation. Keeps the glyph atlas to one language's characters.
void AddShownCodepoints(const Bundle& bundle, Lang lang, CodepointSet* out);

// The district names of an index (the chooser page), in Korean and the languages of `langs`.
void AddIndexCodepoints(const DistrictIndex& index, LangMask langs, CodepointSet* out);

// [SECTION] The title face

// Characters drawn in the title face (names, headings, coupons): every language of `langs` (for
// the font subset at build time).
void AddTitleCodepoints(const Bundle* bundle, LangMask langs, CodepointSet* out);
// The same, as a visitor reading `lang` sees them (Korean where a name is not translated);
// `editor` adds the editor's headings.
void AddShownTitleCodepoints(const Bundle* bundle, Lang lang, CodepointSet* out, bool editor = false);

// [SECTION] What one visitor's page draws

// The body face for a visitor reading `lang`: the page's words in that language (every
// language's own name, for the switch), the bundle as shown to them, and the editor's words
// when it is open. Texts the page holds for the moment (problems, notices) are added by the app.
void AddPageCodepoints(const Bundle* bundle, Lang lang, bool editor, CodepointSet* out);

}  // namespace golmok
