#include "core/utf8.h"

#include "core/bundle.h"
#include "core/text.h"
#include "core/ui_text.h"

namespace golmok {

std::uint32_t NextCodepoint(std::string_view s, std::size_t* pos) {
    const unsigned char c = static_cast<unsigned char>(s[*pos]);
    int extra = 0;
    std::uint32_t cp = 0;
    if (c < 0x80) {
        ++*pos;
        return c;
    } else if ((c & 0xE0) == 0xC0) {
        extra = 1;
        cp = c & 0x1F;
    } else if ((c & 0xF0) == 0xE0) {
        extra = 2;
        cp = c & 0x0F;
    } else if ((c & 0xF8) == 0xF0) {
        extra = 3;
        cp = c & 0x07;
    } else {
        ++*pos;
        return 0xFFFD;
    }
    if (*pos + extra >= s.size()) {  // truncated sequence
        ++*pos;
        return 0xFFFD;
    }
    for (int i = 1; i <= extra; ++i) {
        const unsigned char cc = static_cast<unsigned char>(s[*pos + i]);
        if ((cc & 0xC0) != 0x80) {
            ++*pos;
            return 0xFFFD;
        }
        cp = (cp << 6) | (cc & 0x3F);
    }
    static const std::uint32_t kMinForLength[4] = {0, 0x80, 0x800, 0x10000};
    if (cp < kMinForLength[extra] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
        ++*pos;  // overlong form, surrogate or beyond Unicode
        return 0xFFFD;
    }
    *pos += extra + 1;
    return cp;
}

void AppendUtf8(std::string* out, std::uint32_t cp) {
    if (cp < 0x80) {
        out->push_back(char(cp));
    } else if (cp < 0x800) {
        out->push_back(char(0xC0 | (cp >> 6)));
        out->push_back(char(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out->push_back(char(0xE0 | (cp >> 12)));
        out->push_back(char(0x80 | ((cp >> 6) & 0x3F)));
        out->push_back(char(0x80 | (cp & 0x3F)));
    } else {
        out->push_back(char(0xF0 | (cp >> 18)));
        out->push_back(char(0x80 | ((cp >> 12) & 0x3F)));
        out->push_back(char(0x80 | ((cp >> 6) & 0x3F)));
        out->push_back(char(0x80 | (cp & 0x3F)));
    }
}

std::string ToValidUtf8(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t pos = 0; pos < s.size();) AppendUtf8(&out, NextCodepoint(s, &pos));
    return out;
}

void AddCodepoints(std::string_view s, std::set<std::uint32_t>* out) {
    for (std::size_t pos = 0; pos < s.size();) out->insert(NextCodepoint(s, &pos));
}

bool IsCjkCodepoint(std::uint32_t cp) {
    struct Range {
        std::uint32_t first, last;
    };
    static const Range kRanges[] = {
        {0x2E80, 0x2FDF},    // CJK radicals, Kangxi radicals
        {0x3000, 0x303F},    // CJK symbols and punctuation
        {0x3040, 0x30FF},    // hiragana, katakana
        {0x3100, 0x312F},    // bopomofo
        {0x31C0, 0x31FF},    // CJK strokes, katakana phonetic extensions
        {0x3400, 0x4DBF},    // CJK unified ideographs extension A
        {0x4E00, 0x9FFF},    // CJK unified ideographs
        {0xF900, 0xFAFF},    // CJK compatibility ideographs
        {0xFF01, 0xFF9F},    // full-width ASCII, half-width CJK punctuation and katakana
        {0x20000, 0x3134F},  // ideographs beyond the BMP
    };
    for (const Range& r : kRanges) {
        if (cp >= r.first && cp <= r.last) return true;
    }
    return false;
}

namespace {

// Calls addText for every Text of the bundle and adds every plain string's characters.
template <typename AddTextFn>
void VisitBundleTexts(const Bundle& b, std::set<std::uint32_t>* out, AddTextFn AddText) {
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

void AddBundleCodepoints(const Bundle& b, std::set<std::uint32_t>* out, LangMask langs) {
    langs |= 1u << static_cast<int>(Lang::kKo);
    VisitBundleTexts(b, out, [langs](const Text& t, std::set<std::uint32_t>* set) {
        for (int i = 0; i < kLangCount; ++i) {
            if (langs & (1u << i)) AddCodepoints(t.values[i], set);
        }
    });
}

namespace {

// The title face draws: the district's name, shop names (card titles), promotion titles and
// coupons, and these headings of the page's own.
const Msg kTitleMessages[] = {Msg::kTodaysPromotions, Msg::kEvents,       Msg::kShops,
                              Msg::kShopCount,        Msg::kShopPromotions, Msg::kGeometryNote,
                              Msg::kLoadFailed,       Msg::kNotTranslated};

template <typename AddTextFn, typename AddMsgFn>
void VisitTitleTexts(const Bundle* b, std::set<std::uint32_t>* out, AddTextFn addText, AddMsgFn addMsg) {
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

void AddTitleCodepoints(const Bundle* b, LangMask langs, std::set<std::uint32_t>* out) {
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

void AddShownTitleCodepoints(const Bundle* b, Lang lang, std::set<std::uint32_t>* out) {
    VisitTitleTexts(
        b, out, [&](const Text& t) { AddCodepoints(t.In(lang), out); },
        [&](Msg m) { AddCodepoints(Tr(m, lang), out); });
}

void AddShownCodepoints(const Bundle& b, Lang lang, std::set<std::uint32_t>* out) {
    VisitBundleTexts(b, out, [lang](const Text& t, std::set<std::uint32_t>* set) {
        AddCodepoints(t.In(lang), set);
    });
}

}  // namespace golmok
