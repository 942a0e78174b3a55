// [SECTION] index
//  - The page's own words: AddUiCodepoints, AddPageWordCodepoints
//  - A bundle's texts: AddBundleCodepoints, AddShownCodepoints, AddIndexCodepoints
//  - The title face: AddTitleCodepoints, AddShownTitleCodepoints
//  - What one visitor's page draws: AddPageCodepoints

#include "core/i18n/glyphs.h"

#include "core/domain/opening_hours.h"
#include "core/i18n/diagnostic_place.h"
#include "core/i18n/hours_text.h"
#include "core/i18n/ui_text.h"
#include "core/model/bundle.h"
#include "core/model/diagnostic_text.h"
#include "core/text/utf8.h"

namespace golmok {

// [SECTION] The page's own words

void AddUiCodepoints(CodepointSet* out, LangMask langs, bool editor) {
    for (int m = 0; m < static_cast<int>(Msg::kCount); ++m) {
        if (!editor && m >= static_cast<int>(Msg::kEdit)) break;
        for (int i = 0; i < kLangCount; ++i) {
            const Lang lang = static_cast<Lang>(i);
            if ((langs & LangBit(lang)) && HasTranslation(static_cast<Msg>(m), lang)) {
                AddCodepoints(Tr(static_cast<Msg>(m), lang), out);
            }
        }
    }
    for (int i = 0; i < kLangCount; ++i) {  // the status line and the week name weekdays
        if (!(langs & (1u << i))) continue;
        for (int d = 0; d < 7; ++d) AddCodepoints(WeekdayShort(d, static_cast<Lang>(i)), out);
    }
    // Every language's own name appears in the language switch.
    for (int i = 0; i < kLangCount; ++i) AddCodepoints(Tr(Msg::kLangName, static_cast<Lang>(i)), out);
    // Problems in a previewed or broken file, told in the visitor's language, and where they are.
    AddDiagnosticCodepoints(out, langs);
    AddPlaceCodepoints(out, langs);
    for (std::uint32_t c = 0x20; c < 0x7F; ++c) out->insert(c);  // digits, Latin, punctuation
    AddCodepoints("₩…–·•‹›×©“”월일화수목금토", out);  // prices, dates, weekdays, marks the views add
    if (langs & (LangBit(Lang::kJa) | LangBit(Lang::kZh))) AddCodepoints("月日", out);
}

void AddPageWordCodepoints(CodepointSet* out, LangMask langs, bool editor) {
    AddUiCodepoints(out, langs, editor);
    AddHoursCodepoints(out, langs);
}

// [SECTION] A bundle's texts

namespace {

// Calls addText for every Text of the bundle and adds every plain string's characters.
template <typename AddTextFn>
void VisitBundleTexts(const Bundle& b, CodepointSet* out, AddTextFn AddText) {
    AddText(b.district.name, out);
    AddText(b.district.description, out);
    AddText(b.district.address, out);
    AddText(b.district.geometryNote, out);
    AddCodepoints(b.district.attribution, out);
    if (b.district.association) {
        AddText(b.district.association->name, out);
        AddCodepoints(b.district.association->phone, out);
        for (const Link& l : b.district.association->links) AddText(l.label, out);
    }
    if (b.samples) AddText(b.samples->note, out);
    for (const Category& c : b.categories) AddText(c.name, out);
    for (const Street& s : b.streets) AddText(s.name, out);
    for (const Landmark& l : b.landmarks) {
        AddText(l.name, out);
        AddText(l.note, out);
    }
    for (const Shop& s : b.shops) {
        AddText(s.name, out);
        AddText(s.address, out);
        AddText(s.description, out);
        AddCodepoints(s.phone, out);
        AddCodepoints(s.hours, out);
        for (const MenuItem& m : s.menu) AddText(m.name, out);
        for (const Link& l : s.links) AddText(l.label, out);
        for (const std::string& t : s.tags) AddCodepoints(t, out);
    }
    for (const Promotion& p : b.promotions) {
        AddText(p.title, out);
        AddText(p.terms, out);
        AddCodepoints(p.coupon, out);
    }
    for (const Event& e : b.events) {
        AddText(e.title, out);
        AddText(e.description, out);
        AddText(e.place, out);
    }
}

}  // namespace

void AddBundleCodepoints(const Bundle& b, CodepointSet* out, LangMask langs) {
    langs |= 1u << static_cast<int>(Lang::kKo);
    VisitBundleTexts(b, out, [langs](const Text& t, CodepointSet* set) {
        for (int i = 0; i < kLangCount; ++i) {
            if (langs & (1u << i)) AddCodepoints(t.values[i], set);
        }
    });
}

// [SECTION] The title face

namespace {

// The title face draws: the district's name, shop names (card titles), promotion titles and
// coupons, and these headings of the page's own.
const Msg kTitleMessages[] = {Msg::kTodaysPromotions, Msg::kEvents,       Msg::kShops,
                              Msg::kShopCount,        Msg::kShopPromotions, Msg::kGeometryNote,
                              Msg::kLoadFailed,       Msg::kNotTranslated};

template <typename AddTextFn, typename AddMsgFn>
void VisitTitleTexts(const Bundle* b, CodepointSet* out, AddTextFn addText, AddMsgFn addMsg) {
    for (std::uint32_t c = 0x20; c < 0x7F; ++c) out->insert(c);
    AddCodepoints("·()", out);
    for (Msg m : kTitleMessages) addMsg(m);
    if (!b) return;
    addText(b->district.name);
    for (const Shop& shop : b->shops) addText(shop.name);
    for (const Promotion& p : b->promotions) {
        addText(p.title);
        AddCodepoints(p.coupon, out);
    }
}

}  // namespace

void AddTitleCodepoints(const Bundle* b, LangMask langs, CodepointSet* out) {
    langs |= 1u << static_cast<int>(Lang::kKo);
    VisitTitleTexts(
        b, out,
        [&](const Text& t) {
            for (int i = 0; i < kLangCount; ++i) {
                if (langs & (1u << i)) AddCodepoints(t.values[i], out);
            }
        },
        [&](Msg m) {
            for (int i = 0; i < kLangCount; ++i) {
                if (langs & (1u << i)) AddCodepoints(Tr(m, static_cast<Lang>(i)), out);
            }
        });
}

void AddShownTitleCodepoints(const Bundle* b, Lang lang, CodepointSet* out, bool editor) {
    VisitTitleTexts(
        b, out, [&](const Text& t) { AddCodepoints(t.In(lang), out); },
        [&](Msg m) { AddCodepoints(Tr(m, lang), out); });
    if (editor) {  // the editor's headings
        for (Msg m : {Msg::kEditTitle, Msg::kDistrictInfo, Msg::kNewItem}) AddCodepoints(Tr(m, lang), out);
    }
}

void AddShownCodepoints(const Bundle& b, Lang lang, CodepointSet* out) {
    VisitBundleTexts(b, out, [lang](const Text& t, CodepointSet* set) {
        AddCodepoints(t.In(lang), set);
    });
}

// [SECTION] What one visitor's page draws

void AddIndexCodepoints(const DistrictIndex& index, LangMask langs, CodepointSet* out) {
    langs |= LangBit(Lang::kKo);
    for (const auto& d : index.districts) {
        for (int l = 0; l < kLangCount; ++l) {
            if (langs & (1u << l)) AddCodepoints(d.name.values[l], out);
        }
    }
}

void AddPageCodepoints(const Bundle* bundle, Lang lang, bool editor, CodepointSet* out) {
    AddPageWordCodepoints(out, LangBit(lang), editor);
    if (bundle) AddShownCodepoints(*bundle, lang, out);
}

}  // namespace golmok
