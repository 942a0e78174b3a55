// [SECTION] index
//  - Places: the words for lists and members of a bundle
//  - DiagnosticPlace, AddPlaceCodepoints

#include "core/i18n/diagnostic_place.h"

#include "core/i18n/ui_text.h"
#include "core/model/bundle.h"
#include "core/text/utf8.h"

namespace golmok {
namespace {

// [SECTION] Places

// The lists of items a bundle (or data/index.json) holds, named by the noun for one item.
struct ItemList {
    const char* key;
    const char* noun[kLangCount];
};

const ItemList kItemLists[] = {
    {"shops", {"가게", "shop", "お店", "店铺"}},
    {"promotions", {"혜택", "promotion", "お得情報", "优惠"}},
    {"events", {"행사", "event", "イベント", "活动"}},
    {"categories", {"업종", "category", "業種", "分类"}},
    {"streets", {"거리", "street", "通り", "街道"}},
    {"landmarks", {"장소", "landmark", "場所", "地点"}},
    {"districts", {"상권", "district", "商店街", "商圈"}},
};

// Members with a word of their own; most are the headings the page already shows for them.
struct Member {
    const char* key;
    Msg msg;                         // the page's heading, or kCount for `text`
    const char* text[kLangCount];    // when there is no heading to borrow
};

const Member kMembers[] = {
    {"district", Msg::kCount, {"상권 정보", "District", "商店街の情報", "商圈信息"}},
    {"name", Msg::kCount, {"이름", "Name", "名前", "名字"}},
    {"label", Msg::kCount, {"이름", "Name", "名前", "名字"}},
    {"title", Msg::kCount, {"제목", "Title", "タイトル", "标题"}},
    {"position", Msg::kCount, {"위치", "Position", "位置", "位置"}},
    {"price", Msg::kCount, {"가격", "Price", "価格", "价格"}},
    {"start", Msg::kCount, {"시작하는 날", "Start", "開始日", "开始日期"}},
    {"end", Msg::kCount, {"끝나는 날", "End", "終了日", "最后一天"}},
    {"place", Msg::kCount, {"장소", "Place", "場所", "地点"}},
    {"bounds", Msg::kCount, {"경계", "Bounds", "bounds", "bounds"}},
    {"shop", Msg::kCount, {"가게", "Shop", "お店", "店铺"}},
    {"color", Msg::kCount, {"색", "Color", "カラー", "色彩"}},
    {"sample", Msg::kSample, {}},
    {"hours", Msg::kHours, {}},
    {"phone", Msg::kPhone, {}},
    {"address", Msg::kAddress, {}},
    {"menu", Msg::kMenu, {}},
    {"payment", Msg::kPayment, {}},
    {"links", Msg::kLinks, {}},
    {"coupon", Msg::kCoupon, {}},
    {"languages", Msg::kLanguagesSpoken, {}},
    {"menu_languages", Msg::kMenuLanguages, {}},
    {"confirmed", Msg::kLastConfirmed, {}},
    {"category", Msg::kCategoryGroup, {}},
    {"description", Msg::kAbout, {}},
    {"association", Msg::kAssociation, {}},
};

// "4번째 가게", "shop 4", "4番目のお店", "第4个店铺"; without a noun "4번째", "no. 4", "4番目", "第4个".
std::string Ordinal(std::size_t number, const char* noun, Lang lang) {
    const std::string n = std::to_string(number);
    const std::string item = noun ? noun : "";
    switch (lang) {
        case Lang::kKo: return n + "번째" + (item.empty() ? "" : " " + item);
        case Lang::kEn: return item.empty() ? "no. " + n : item + " " + n;
        case Lang::kJa: return n + "番目" + (item.empty() ? "" : "の" + item);
        case Lang::kZh: return "第" + n + "个" + item;
    }
    return n;
}

// The name of item `index` of the list `key` in `bundle`, or "" when it has none.
std::string ItemName(const Bundle& bundle, const std::string& key, std::size_t index, Lang lang) {
    auto name = [&](const auto& items, auto field) -> std::string {
        return index < items.size() ? (items[index].*field).In(lang) : std::string();
    };
    if (key == "shops") return name(bundle.shops, &Shop::name);
    if (key == "promotions") return name(bundle.promotions, &Promotion::title);
    if (key == "events") return name(bundle.events, &Event::title);
    if (key == "categories") return name(bundle.categories, &Category::name);
    if (key == "streets") return name(bundle.streets, &Street::name);
    if (key == "landmarks") return name(bundle.landmarks, &Landmark::name);
    return "";
}

// RFC 6901 tokens of a pointer, unescaped.
std::vector<std::string> PointerTokens(const std::string& pointer) {
    std::vector<std::string> tokens;
    for (std::size_t at = 0; at < pointer.size() && pointer[at] == '/';) {
        std::size_t next = pointer.find('/', at + 1);
        if (next == std::string::npos) next = pointer.size();
        std::string token;
        for (std::size_t i = at + 1; i < next; ++i) {
            if (pointer[i] == '~' && i + 1 < next && (pointer[i + 1] == '0' || pointer[i + 1] == '1')) {
                token += pointer[++i] == '0' ? '~' : '/';
            } else {
                token += pointer[i];
            }
        }
        tokens.push_back(std::move(token));
        at = next;
    }
    return tokens;
}

bool IsIndex(const std::string& token, std::size_t* index) {
    if (token.empty() || token.size() > 9 || token.find_first_not_of("0123456789") != std::string::npos) {
        return false;
    }
    *index = static_cast<std::size_t>(std::stoul(token));
    return true;
}

}  // namespace

// [SECTION] DiagnosticPlace, AddPlaceCodepoints

std::string DiagnosticPlace(const std::string& pointer, Lang lang, const Bundle* bundle) {
    const int l = static_cast<int>(lang);
    const std::vector<std::string> tokens = PointerTokens(pointer);
    std::vector<std::string> parts;
    const ItemList* list = nullptr;  // when the previous token named a list of items
    for (std::size_t t = 0; t < tokens.size(); ++t) {
        const std::string& token = tokens[t];
        std::size_t index = 0;
        if (IsIndex(token, &index) && t > 0) {
            if (list) {
                std::string part = Ordinal(index + 1, list->noun[l], lang);
                const std::string name = bundle && t == 1 ? ItemName(*bundle, list->key, index, lang) : "";
                if (!name.empty()) {
                    const bool cjk = lang == Lang::kJa || lang == Lang::kZh;
                    part += cjk ? "（" + name + "）" : (lang == Lang::kEn ? " (" : "(") + name + ")";
                }
                parts.back() = part;
            } else {
                parts.back() += " " + Ordinal(index + 1, nullptr, lang);
            }
            list = nullptr;
            continue;
        }
        list = nullptr;
        for (const ItemList& items : kItemLists) {
            if (token == items.key) list = &items;
        }
        Lang named;
        std::string word = token;
        if (list) {
            word = list->noun[l];
        } else if (t > 0 && ParseLangCode(token, &named)) {
            word = Tr(Msg::kLangName, named);  // the language of a text: "English", "日本語"
        } else {
            for (const Member& m : kMembers) {
                if (token == m.key) word = m.msg == Msg::kCount ? m.text[l] : Tr(m.msg, lang);
            }
        }
        parts.push_back(word);
    }
    std::string out;
    for (const std::string& part : parts) out += (out.empty() ? "" : " · ") + part;
    return out;
}

void AddPlaceCodepoints(std::set<std::uint32_t>* out, unsigned langs) {
    for (int lang = 0; lang < kLangCount; ++lang) {
        if (!(langs & (1u << lang))) continue;
        for (const ItemList& items : kItemLists) AddCodepoints(items.noun[lang], out);
        for (const Member& m : kMembers) {
            if (m.msg == Msg::kCount) AddCodepoints(m.text[lang], out);
        }
        // The ordinals and what joins the parts of a place.
        AddCodepoints(Ordinal(1, "", static_cast<Lang>(lang)) + " · ", out);
        if (lang == static_cast<int>(Lang::kJa)) AddCodepoints("の（）", out);
        if (lang == static_cast<int>(Lang::kZh)) AddCodepoints("（）", out);
    }
}

}  // namespace golmok
