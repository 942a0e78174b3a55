#include "tools/site.h"

// [SECTION] index
//  - Strings only the static pages use
//  - Small writers: text in a language, dates, JSON
//  - schema.org JSON-LD
//  - The district page: head, the app's elements, the directory
//  - The chooser, manifests, sitemap, robots.txt, service worker

#include <array>
#include <cstdio>
#include <optional>

#include "core/bundle/bundle_loader.h"
#include "core/domain/directions.h"
#include "core/domain/opening_hours.h"
#include "core/domain/schedule.h"
#include "core/i18n/hours_text.h"
#include "core/i18n/ui_text.h"
#include "core/json/json_writer.h"
#include "tools/html.h"

namespace golmok {

const char kContentSecurityPolicy[] =
    "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; "
    "img-src 'self'; font-src 'self'; connect-src 'self'; manifest-src 'self'; "
    "worker-src 'self'; base-uri 'none'; form-action 'none'";

namespace {

// [SECTION] Strings only the static pages use

enum class SiteMsg {
    kDeals,
    kChooseDistrict,
    kOtherDistricts,
    kLanguage,
    kTextView,
    kAppView,
    kFallbackNote,
    kLoading,
};

// ko, en, ja, zh; in SiteMsg order.
const char* const kSiteText[][kLangCount] = {
    {"혜택", "Deals", "お得情報", "优惠"},
    {"골목상권을 고르세요", "Choose a district", "商店街を選んでください", "请选择商圈"},
    {"다른 골목상권", "Other districts", "ほかの商店街", "其他商圈"},
    {"언어", "Language", "言語", "语言"},
    {"텍스트로 보기", "Text view", "テキストで表示", "文字版"},
    {"앱 화면으로 돌아가기", "Back to the app", "アプリ表示に戻る", "返回应用界面"},
    {"번역되지 않은 내용은 한국어로 표시합니다.", "Text the district has not translated is shown in Korean.",
     "翻訳されていない内容は韓国語で表示します。", "未翻译的内容以韩语显示。"},
    {"불러오는 중…", "Loading…", "読み込み中…", "正在加载…"},
};

const char* S(SiteMsg msg, Lang lang) {
    return kSiteText[static_cast<int>(msg)][static_cast<int>(lang)];
}

const char* const kSchemaDays[] = {"Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"};

// [SECTION] Small writers

// `text` in `lang`, escaped; text shown in Korean on a page in another language is marked so
// that screen readers pronounce it as Korean.
std::string InLang(const Text& text, Lang lang) {
    bool fellBack = false;
    const std::string& value = text.In(lang, &fellBack);
    if (fellBack && lang != Lang::kKo) return "<span lang=\"ko\">" + EscapeHtml(value) + "</span>";
    return EscapeHtml(value);
}

std::string Printf(const char* format, const std::string& a, const std::string& b = "") {
    char buffer[512];
    std::snprintf(buffer, sizeof buffer, format, a.c_str(), b.c_str());
    return buffer;
}

std::string TimeElement(const Date& date, Lang lang) {
    return "<time datetime=\"" + date.ToString() + "\">" + EscapeHtml(FormatShortDate(date, lang)) +
           "</time>";
}

std::string DateRange(const Date& start, const Date& end, Lang lang) {
    return Printf(Tr(Msg::kFromUntil, lang), TimeElement(start, lang), TimeElement(end, lang));
}

std::string PageUrl(const SiteInput& site, const std::string& rootPrefix, const std::string& path) {
    if (!site.baseUrl.empty()) return site.baseUrl + path;
    return rootPrefix + path;
}

std::string Asset(const SiteInput& site, const std::string& rootPrefix, const std::string& name) {
    const auto it = site.assets.find(name);
    return it == site.assets.end() ? std::string() : rootPrefix + it->second;
}

// A copy of the bundle as the page shows it on site.today: sample dates moved the same way.
Bundle AsOf(const Bundle& bundle, const Date& today) {
    Bundle copy = bundle;
    MoveSampleDates(&copy, today);
    return copy;
}

std::vector<const Promotion*> PromotionsNotOver(const Bundle& b, const Date& today) {
    std::vector<const Promotion*> out;
    for (const Promotion& p : b.promotions) {
        if (StateOn(p.start, p.end, today) != RunState::kExpired) out.push_back(&p);
    }
    return out;
}

// [SECTION] schema.org JSON-LD

// schema.org's openingHours ("Mo-Sa 11:00-15:00") for the usual week: rules for every week; the
// exceptions (the 2nd Tuesday, public holidays) have no place in that form and are left to the
// page's text.
std::vector<std::string> SchemaOpeningHours(const OpeningHours& hours) {
    std::array<std::vector<Span>, 7> week;
    for (const HoursRule& rule : hours.Rules()) {
        if (rule.days.publicHolidays && !rule.days.everyDay) continue;
        for (int w = 0; w < 7; ++w) {
            if (!rule.days.everyDay && !((rule.days.weekdays >> w) & 1u)) continue;
            if (!rule.additional) week[w].clear();
            if (!rule.closed) week[w].insert(week[w].end(), rule.spans.begin(), rule.spans.end());
        }
    }
    std::vector<std::string> out;
    for (int first = 0; first < 7;) {
        int last = first;
        while (last + 1 < 7 && week[last + 1] == week[first]) ++last;
        for (const Span& span : week[first]) {
            std::string days = kSchemaDays[first];
            if (last > first) days += std::string("-") + kSchemaDays[last];
            const std::string end = span.end > 1440 ? FormatClock(span.end) : FormatSpanEnd(span.end);
            out.push_back(days + " " + FormatClock(span.start) + "-" + end);
        }
        first = last + 1;
    }
    return out;
}

// Writing JSON-LD members: a key and its value.
void Member(JsonWriter& w, const char* key, const std::string& value) {
    w.Key(key);
    w.String(value);
}

void Reference(JsonWriter& w, const char* key, const std::string& id) {
    w.Key(key);
    w.BeginObject();
    Member(w, "@id", id);
    w.EndObject();
}

void Geo(JsonWriter& w, const LatLon& at) {
    w.Key("geo");
    w.BeginObject();
    Member(w, "@type", "GeoCoordinates");
    w.Key("latitude");
    w.Number(at.lat);
    w.Key("longitude");
    w.Number(at.lon);
    w.EndObject();
}

// An Offer; `areaServed` for the district's own deals.
void SchemaOffer(JsonWriter& w, const Promotion& p, Lang lang, const std::string* areaServed = nullptr) {
    w.BeginObject();
    Member(w, "@type", "Offer");
    Member(w, "name", p.title.In(lang));
    if (p.terms.Has(Lang::kKo)) Member(w, "description", p.terms.In(lang));
    Member(w, "validFrom", p.start.ToString());
    Member(w, "validThrough", p.end.ToString());
    if (areaServed) Reference(w, "areaServed", *areaServed);
    w.EndObject();
}

std::string JsonLd(const Bundle& b, const std::vector<const Promotion*>& promotions,
                   const std::string& pageUrl, Lang lang) {
    JsonWriter w(JsonWriter::Layout::kCompact);
    w.BeginObject();
    Member(w, "@context", "https://schema.org");
    w.Key("@graph");
    w.BeginArray();
    const std::string districtRef = pageUrl + "#district";
    w.BeginObject();
    Member(w, "@type", "Place");
    Member(w, "@id", districtRef);
    Member(w, "name", b.district.name.In(lang));
    Member(w, "description", b.district.description.In(lang));
    if (b.district.address.Has(Lang::kKo)) Member(w, "address", b.district.address.In(lang));
    Geo(w, b.district.center);
    w.EndObject();
    for (const Shop& shop : b.shops) {
        w.BeginObject();
        Member(w, "@type", "LocalBusiness");
        Member(w, "@id", pageUrl + "#shop-" + shop.id);
        Member(w, "name", shop.name.In(lang));
        // Invented shops say so to anyone reading the data, not only to people reading the page.
        std::string description = shop.sample ? Tr(Msg::kSampleShopNote, lang) : "";
        if (shop.description.Has(Lang::kKo)) {
            description += (description.empty() ? "" : " ") + shop.description.In(lang);
        }
        if (!description.empty()) Member(w, "description", description);
        w.Key("address");
        w.BeginObject();
        Member(w, "@type", "PostalAddress");
        Member(w, "streetAddress", shop.address.In(lang));
        Member(w, "addressCountry", "KR");
        w.EndObject();
        Geo(w, shop.position);
        if (!shop.phone.empty()) Member(w, "telephone", shop.phone);
        HoursError error;
        if (const auto hours = ParseOpeningHours(shop.hours, &error)) {
            const std::vector<std::string> spec = SchemaOpeningHours(*hours);
            if (!spec.empty()) {
                w.Key("openingHours");
                w.BeginArray();
                for (const std::string& s : spec) w.String(s);
                w.EndArray();
            }
        }
        Reference(w, "containedInPlace", districtRef);
        bool anyOffer = false;
        for (const Promotion* p : promotions) {
            if (p->shop != shop.id) continue;
            if (!anyOffer) {
                w.Key("makesOffer");
                w.BeginArray();
                anyOffer = true;
            }
            SchemaOffer(w, *p, lang);
        }
        if (anyOffer) w.EndArray();
        w.EndObject();
    }
    for (const Promotion* p : promotions) {
        if (p->shop.empty()) SchemaOffer(w, *p, lang, &districtRef);
    }
    w.EndArray();
    w.EndObject();
    return JsonForScriptElement(w.TakeText());
}

// [SECTION] The district page

struct PageContext {
    const SiteInput* site;
    const Bundle* bundle;  // as of site->today
    Lang lang;
    std::string rootPrefix;  // from this page to the site's root: "", "../" or "../../"
    std::string dataHash;    // HashText of the bundle's file, or empty
};

void Head(std::string& out, const PageContext& p, const std::vector<const Promotion*>& promotions) {
    const SiteInput& site = *p.site;
    const Bundle& b = *p.bundle;
    const std::string& id = b.district.id;
    const std::string canonicalPath = DistrictPagePath(id, p.lang);
    const std::string title = b.district.name.In(p.lang) + " · golmok";
    out += "<!doctype html>\n<html lang=\"" + std::string(LangCode(p.lang)) + "\">\n<head>\n";
    out += "<meta charset=\"utf-8\">\n";
    out += "<meta http-equiv=\"Content-Security-Policy\" content=\"" + EscapeHtml(kContentSecurityPolicy) +
           "\">\n";
    out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1, viewport-fit=cover\">\n";
    out += "<title>" + EscapeHtml(title) + "</title>\n";
    out += "<meta name=\"description\" content=\"" + EscapeHtml(b.district.description.In(p.lang)) + "\">\n";
    out +=
        "<link rel=\"canonical\" href=\"" + EscapeHtml(PageUrl(site, p.rootPrefix, canonicalPath)) + "\">\n";
    for (int l = 0; l < kLangCount; ++l) {
        const Lang alt = static_cast<Lang>(l);
        out += "<link rel=\"alternate\" hreflang=\"" + std::string(LangCode(alt)) + "\" href=\"" +
               EscapeHtml(PageUrl(site, p.rootPrefix, DistrictPagePath(id, alt))) + "\">\n";
    }
    out += "<link rel=\"alternate\" hreflang=\"x-default\" href=\"" +
           EscapeHtml(PageUrl(site, p.rootPrefix, DistrictPagePath(id, Lang::kKo))) + "\">\n";
    static const char* const kOgLocales[] = {"ko_KR", "en_US", "ja_JP", "zh_CN"};
    out += "<meta property=\"og:type\" content=\"website\">\n";
    out += "<meta property=\"og:site_name\" content=\"golmok\">\n";
    out += "<meta property=\"og:title\" content=\"" + EscapeHtml(b.district.name.In(p.lang)) + "\">\n";
    out += "<meta property=\"og:description\" content=\"" + EscapeHtml(b.district.description.In(p.lang)) +
           "\">\n";
    out += "<meta property=\"og:locale\" content=\"" + std::string(kOgLocales[static_cast<int>(p.lang)]) +
           "\">\n";
    if (!site.baseUrl.empty()) {  // Open Graph wants absolute URLs: without a base there are none
        out += "<meta property=\"og:url\" content=\"" + EscapeHtml(site.baseUrl + canonicalPath) + "\">\n";
        const auto png = site.assets.find("icon-512.png");
        if (png != site.assets.end()) {
            out +=
                "<meta property=\"og:image\" content=\"" + EscapeHtml(site.baseUrl + png->second) + "\">\n";
        }
    }
    out += "<meta name=\"theme-color\" content=\"#f6f4f0\" media=\"(prefers-color-scheme: light)\">\n";
    out += "<meta name=\"theme-color\" content=\"#141312\" media=\"(prefers-color-scheme: dark)\">\n";
    out += "<meta name=\"color-scheme\" content=\"light dark\">\n";
    const std::string manifest = Asset(site, p.rootPrefix, "manifest:" + id);
    if (!manifest.empty()) out += "<link rel=\"manifest\" href=\"" + EscapeHtml(manifest) + "\">\n";
    const std::string svg = Asset(site, p.rootPrefix, "icon.svg");
    if (!svg.empty()) out += "<link rel=\"icon\" href=\"" + EscapeHtml(svg) + "\" type=\"image/svg+xml\">\n";
    const std::string touchIcon = Asset(site, p.rootPrefix, "icon-192.png");
    if (!touchIcon.empty()) out += "<link rel=\"apple-touch-icon\" href=\"" + EscapeHtml(touchIcon) + "\">\n";
    out += "<link rel=\"stylesheet\" href=\"" + EscapeHtml(Asset(site, p.rootPrefix, "shell.css")) + "\">\n";
    // What the first screen waits for, asked for while this page is still being read rather than
    // once the deferred scripts run: the wasm, the faces of the first atlas and the bundle. Each
    // as the scripts will fetch it (fetch(), same-origin credentials), so that they get the
    // preloaded response. The index and the bundle as well: the scripts ask for them at once.
    std::vector<std::string> early;
    for (const char* name : {"golmok.wasm", "fonts/body.ttf", "fonts/title.ttf", "fonts/extra.otf"}) {
        if (std::string href = Asset(site, p.rootPrefix, name); !href.empty())
            early.push_back(std::move(href));
    }
    const DistrictEntry* entry = PickDistrict(*site.index, id);
    early.push_back(p.rootPrefix + "data/index.json");
    if (entry) early.push_back(p.rootPrefix + "data/" + entry->bundle);
    for (const std::string& href : early) {
        out += "<link rel=\"preload\" href=\"" + EscapeHtml(href) + "\" as=\"fetch\" crossorigin>\n";
    }
    out += "<script src=\"" + EscapeHtml(Asset(site, p.rootPrefix, "golmok.js")) + "\" defer></script>\n";
    out += "<script src=\"" + EscapeHtml(Asset(site, p.rootPrefix, "shell.js")) + "\" defer></script>\n";
    // What shell.js needs to know: where the site's root is, this page's district, its bundle
    // (fetched at once, as the page will pick it from the index) and language, and the hashed
    // names of the files it fetches by their plain names.
    JsonWriter config(JsonWriter::Layout::kCompact);
    config.BeginObject();
    Member(config, "root", p.rootPrefix);
    Member(config, "district", id);
    Member(config, "lang", p.lang == Lang::kKo ? "" : LangCode(p.lang));
    if (entry) Member(config, "bundle", "data/" + entry->bundle);
    // The data this page was written from: the app compares it with the data it shows, and puts
    // its own text view in place of this page's directory when they differ.
    if (!p.dataHash.empty()) Member(config, "data", p.dataHash);
    config.Key("files");
    config.BeginObject();
    for (const auto& [name, path] : site.assets) {
        if (name.rfind("manifest:", 0) != 0) Member(config, name.c_str(), path);
    }
    config.EndObject();
    config.EndObject();
    out += "<script type=\"application/json\" id=\"golmok-page\">" + JsonForScriptElement(config.TakeText()) +
           "</script>\n";
    out += "<script type=\"application/ld+json\">" +
           JsonLd(b, promotions, PageUrl(site, p.rootPrefix, canonicalPath), p.lang) + "</script>\n";
    out += "</head>\n";
}

// The elements the canvas app uses; hidden or empty until shell.js runs.
void AppElements(std::string& out, Lang lang) {
    out += "<a id=\"text-view\" class=\"skip\" href=\"#directory\">" +
           EscapeHtml(S(SiteMsg::kTextView, lang)) + "</a>\n";
    out += "<canvas id=\"canvas\" aria-hidden=\"true\"></canvas>\n";
    out +=
        "<div id=\"search-box\" hidden>\n"
        "  <input id=\"search\" type=\"search\" enterkeyhint=\"search\" autocomplete=\"off\" "
        "autocorrect=\"off\"\n"
        "         autocapitalize=\"off\" spellcheck=\"false\" lang=\"" +
        std::string(LangCode(lang)) + "\" aria-label=\"" + EscapeHtml(Tr(Msg::kSearchPlaceholder, lang)) +
        "\">\n"
        "  <button id=\"search-clear\" type=\"button\" aria-label=\"" +
        EscapeHtml(Tr(Msg::kClear, lang)) + "\" hidden>×</button>\n</div>\n";
    out += "<div id=\"toast\" role=\"status\" aria-live=\"polite\" hidden></div>\n";
    // What the app announces (results found, the shop opened): read out, never shown.
    out += "<div id=\"announce\" class=\"visually-hidden\" role=\"status\" aria-live=\"polite\"></div>\n";
    out +=
        "<div id=\"status\" role=\"status\" aria-live=\"polite\">\n"
        "  <div class=\"spinner\" aria-hidden=\"true\"></div>\n"
        "  <p id=\"status-text\">" +
        EscapeHtml(S(SiteMsg::kLoading, lang)) + "</p>\n</div>\n";
}

void LanguageNav(std::string& out, const PageContext& p) {
    out += "<nav class=\"langs\" aria-label=\"" + EscapeHtml(S(SiteMsg::kLanguage, p.lang)) + "\"><ul>";
    for (int l = 0; l < kLangCount; ++l) {
        const Lang alt = static_cast<Lang>(l);
        const std::string name = EscapeHtml(Tr(Msg::kLangName, alt));
        const std::string code = LangCode(alt);
        if (alt == p.lang) {
            out += "<li><span aria-current=\"page\" lang=\"" + code + "\">" + name + "</span></li>";
        } else {
            out += "<li><a href=\"" +
                   EscapeHtml(p.rootPrefix + DistrictPagePath(p.bundle->district.id, alt)) +
                   "\" hreflang=\"" + code + "\" lang=\"" + code + "\">" + name + "</a></li>";
        }
    }
    out += "</ul></nav>\n";
}

void Promotions(std::string& out, const PageContext& p, const std::vector<const Promotion*>& promotions) {
    if (promotions.empty()) return;
    const Lang lang = p.lang;
    out += "<section aria-labelledby=\"deals\"><h2 id=\"deals\">" + EscapeHtml(S(SiteMsg::kDeals, lang)) +
           "</h2>\n<ul>\n";
    for (const Promotion* promo : promotions) {
        out += "<li id=\"promo-" + EscapeHtml(promo->id) + "\"><h3>" + InLang(promo->title, lang);
        if (promo->sample)
            out += " <span class=\"sample\">(" + EscapeHtml(Tr(Msg::kSample, lang)) + ")</span>";
        out += "</h3>\n";
        if (const Shop* shop = promo->shop.empty() ? nullptr : p.bundle->FindShop(promo->shop)) {
            out += "<p><a href=\"#shop-" + EscapeHtml(shop->id) + "\">" + InLang(shop->name, lang) +
                   "</a></p>\n";
        } else {
            out += "<p>" + EscapeHtml(Tr(Msg::kDistrictWide, lang)) + "</p>\n";
        }
        if (promo->terms.Has(Lang::kKo)) out += "<p>" + InLang(promo->terms, lang) + "</p>\n";
        out += "<p>" + DateRange(promo->start, promo->end, lang);
        if (!promo->coupon.empty()) {
            out += " · " + EscapeHtml(Tr(Msg::kCoupon, lang)) + " <code>" + EscapeHtml(promo->coupon) +
                   "</code>";
        }
        out += "</p></li>\n";
    }
    out += "</ul></section>\n";
}

void Events(std::string& out, const PageContext& p) {
    const Lang lang = p.lang;
    std::vector<const Event*> events;
    for (const Event& e : p.bundle->events) {
        if (StateOn(e.start, e.end, p.site->today) != RunState::kExpired) events.push_back(&e);
    }
    if (events.empty()) return;
    out += "<section aria-labelledby=\"events\"><h2 id=\"events\">" + EscapeHtml(Tr(Msg::kEvents, lang)) +
           "</h2>\n<ul>\n";
    for (const Event* e : events) {
        out += "<li><h3>" + InLang(e->title, lang);
        if (e->sample) out += " <span class=\"sample\">(" + EscapeHtml(Tr(Msg::kSample, lang)) + ")</span>";
        out += "</h3>\n";
        if (e->description.Has(Lang::kKo)) out += "<p>" + InLang(e->description, lang) + "</p>\n";
        out += "<p>" + DateRange(e->start, e->end, lang);
        if (e->place.Has(Lang::kKo)) out += " · " + InLang(e->place, lang);
        out += "</p></li>\n";
    }
    out += "</ul></section>\n";
}

void ShopEntry(std::string& out, const Shop& shop, const std::vector<const Promotion*>& promotions,
               Lang lang) {
    out += "<li id=\"shop-" + EscapeHtml(shop.id) + "\"><h4>" + InLang(shop.name, lang);
    if (shop.sample) out += " <span class=\"sample\">(" + EscapeHtml(Tr(Msg::kSample, lang)) + ")</span>";
    out += "</h4>\n";
    if (shop.sample) out += "<p class=\"note\">" + EscapeHtml(Tr(Msg::kSampleShopNote, lang)) + "</p>\n";
    if (shop.description.Has(Lang::kKo)) out += "<p>" + InLang(shop.description, lang) + "</p>\n";
    out += "<dl>";
    out += "<dt>" + EscapeHtml(Tr(Msg::kHours, lang)) + "</dt><dd>";
    HoursError error;
    if (const auto hours = shop.hours.empty() ? std::nullopt : ParseOpeningHours(shop.hours, &error)) {
        out += EscapeHtml(DescribeHours(*hours, lang));
        for (const std::string& comment : hours->Comments()) out += " · " + EscapeHtml(comment);
    } else {
        out += EscapeHtml(Tr(Msg::kHoursUnknown, lang));
        if (!shop.hours.empty()) {
            out += " (<code>" + EscapeHtml(shop.hours) + "</code> " +
                   EscapeHtml(Tr(Msg::kHoursAsWritten, lang)) + ")";
        }
    }
    out += "</dd>";
    const std::string tel = TelHref(shop.phone);
    if (!tel.empty()) {
        out += "<dt>" + EscapeHtml(Tr(Msg::kPhone, lang)) + "</dt><dd><a href=\"" + EscapeHtml(tel) + "\">" +
               EscapeHtml(shop.phone) + "</a></dd>";
    }
    out += "<dt>" + EscapeHtml(Tr(Msg::kAddress, lang)) + "</dt><dd>" + InLang(shop.address, lang) + "</dd>";
    if (!shop.menu.empty()) {
        out += "<dt>" + EscapeHtml(Tr(Msg::kMenu, lang)) + "</dt><dd>";
        for (std::size_t i = 0; i < shop.menu.size(); ++i) {
            if (i > 0) out += ", ";
            out += InLang(shop.menu[i].name, lang) + " " + EscapeHtml(FormatWon(shop.menu[i].price, lang));
        }
        out += "</dd>";
    }
    if (!shop.payment.empty()) {
        out += "<dt>" + EscapeHtml(Tr(Msg::kPayment, lang)) + "</dt><dd>";
        for (std::size_t i = 0; i < shop.payment.size(); ++i) {
            out += (i > 0 ? ", " : "") + EscapeHtml(PaymentName(shop.payment[i], lang));
        }
        out += "</dd>";
    }
    std::string deals;
    for (const Promotion* promo : promotions) {
        if (promo->shop != shop.id) continue;
        deals += std::string(deals.empty() ? "" : ", ") + "<a href=\"#promo-" + EscapeHtml(promo->id) +
                 "\">" + InLang(promo->title, lang) + "</a>";
    }
    if (!deals.empty())
        out += "<dt>" + EscapeHtml(Tr(Msg::kShopPromotions, lang)) + "</dt><dd>" + deals + "</dd>";
    std::string links;
    for (const Link& link : shop.links) {
        const std::string href = SafeHref(link.url);
        if (href.empty()) continue;  // never a link of another scheme, whatever the bundle says
        links += std::string(links.empty() ? "" : ", ") + "<a href=\"" + href + "\" rel=\"noopener\">" +
                 InLang(link.label, lang) + "</a>";
    }
    if (!links.empty()) out += "<dt>" + EscapeHtml(Tr(Msg::kLinks, lang)) + "</dt><dd>" + links + "</dd>";
    if (shop.confirmed) {
        out += "<dt>" + EscapeHtml(Tr(Msg::kLastConfirmed, lang)) + "</dt><dd><time datetime=\"" +
               shop.confirmed->ToString() + "\">" + shop.confirmed->ToString() + "</time></dd>";
    }
    out += "</dl></li>\n";
}

void Shops(std::string& out, const PageContext& p, const std::vector<const Promotion*>& promotions) {
    const Lang lang = p.lang;
    char count[64];
    std::snprintf(count, sizeof count, Tr(Msg::kShopCount, lang), static_cast<int>(p.bundle->shops.size()));
    out += "<section aria-labelledby=\"shops\"><h2 id=\"shops\">" + EscapeHtml(Tr(Msg::kShops, lang)) +
           " <small>" + EscapeHtml(count) + "</small></h2>\n";
    for (const Category& category : p.bundle->categories) {
        bool any = false;
        for (const Shop& shop : p.bundle->shops) {
            if (shop.category != category.id) continue;
            if (!any) {
                out += "<h3 id=\"cat-" + EscapeHtml(category.id) + "\">" + InLang(category.name, lang) +
                       "</h3>\n<ul>\n";
                any = true;
            }
            ShopEntry(out, shop, promotions, lang);
        }
        if (any) out += "</ul>\n";
    }
    out += "</section>\n";
}

void About(std::string& out, const PageContext& p) {
    const District& d = p.bundle->district;
    const Lang lang = p.lang;
    out += "<section aria-labelledby=\"about\"><h2 id=\"about\">" + EscapeHtml(Tr(Msg::kAbout, lang)) +
           "</h2>\n";
    if (d.association) {
        out += "<h3>" + EscapeHtml(Tr(Msg::kAssociation, lang)) + "</h3>\n<p>" +
               InLang(d.association->name, lang);
        const std::string tel = TelHref(d.association->phone);
        if (!tel.empty())
            out += " · <a href=\"" + EscapeHtml(tel) + "\">" + EscapeHtml(d.association->phone) + "</a>";
        for (const Link& link : d.association->links) {
            const std::string href = SafeHref(link.url);
            if (!href.empty())
                out += " · <a href=\"" + href + "\" rel=\"noopener\">" + InLang(link.label, lang) + "</a>";
        }
        out += "</p>\n";
    }
    if (d.geometryNote.Has(Lang::kKo)) {
        out += "<h3>" + EscapeHtml(Tr(Msg::kGeometryNote, lang)) + "</h3>\n<p>" +
               InLang(d.geometryNote, lang) + "</p>\n";
    }
    out += "</section>\n";
}

void OtherDistricts(std::string& out, const PageContext& p) {
    const DistrictIndex& index = *p.site->index;
    if (index.districts.size() < 2) return;
    out += "<nav aria-labelledby=\"districts\"><h2 id=\"districts\">" +
           EscapeHtml(S(SiteMsg::kOtherDistricts, p.lang)) + "</h2><ul>";
    for (const DistrictEntry& e : index.districts) {
        if (e.id == p.bundle->district.id) continue;
        out += "<li><a href=\"" + EscapeHtml(p.rootPrefix + DistrictPagePath(e.id, p.lang)) + "\">" +
               InLang(e.name, p.lang) + "</a></li>";
    }
    out += "</ul></nav>\n";
}

std::string DistrictPage(const PageContext& p) {
    const Bundle& b = *p.bundle;
    const Lang lang = p.lang;
    const std::vector<const Promotion*> promotions = PromotionsNotOver(b, p.site->today);
    std::string out;
    out.reserve(64 * 1024);
    Head(out, p, promotions);
    out += "<body>\n";
    AppElements(out, lang);
    // The directory keeps its own language when the app switches the document's to the visitor's.
    out += "<div id=\"directory\" lang=\"" + std::string(LangCode(lang)) + "\">\n<header>\n";
    LanguageNav(out, p);
    out += "<button id=\"app-view\" type=\"button\" hidden>" + EscapeHtml(S(SiteMsg::kAppView, lang)) +
           "</button>\n";
    out += "</header>\n<main id=\"main\">\n<h1>" + InLang(b.district.name, lang) + "</h1>\n";
    if (b.district.address.Has(Lang::kKo)) out += "<p>" + InLang(b.district.address, lang) + "</p>\n";
    out += "<p>" + InLang(b.district.description, lang) + "</p>\n";
    if (b.samples && b.samples->note.Has(Lang::kKo)) {
        out += "<p class=\"note\">" + InLang(b.samples->note, lang) + "</p>\n";
    }
    if (lang != Lang::kKo)
        out += "<p class=\"note\">" + EscapeHtml(S(SiteMsg::kFallbackNote, lang)) + "</p>\n";
    Promotions(out, p, promotions);
    Events(out, p);
    Shops(out, p, promotions);
    About(out, p);
    out += "</main>\n<footer>\n";
    OtherDistricts(out, p);
    if (!b.district.attribution.empty())
        out += "<p><small>" + EscapeHtml(b.district.attribution) + "</small></p>\n";
    out += "</footer>\n</div>\n</body>\n</html>\n";
    return out;
}

}  // namespace

std::string DistrictPagePath(const std::string& districtId, Lang lang) {
    if (lang == Lang::kKo) return districtId + "/";
    return districtId + "/" + LangCode(lang) + "/";
}

std::string DistrictManifest(const SiteInput& site, std::size_t district) {
    const Bundle& b = *site.bundles.at(district);
    // The manifest lies at the site's root: its URLs are relative to it.
    JsonWriter w;
    w.BeginObject();
    Member(w, "id", DistrictPagePath(b.district.id, Lang::kKo));
    Member(w, "name", b.district.name.Ko());
    Member(w, "short_name", b.district.name.Ko());
    Member(w, "description", b.district.description.Ko());
    Member(w, "lang", "ko");
    Member(w, "start_url", DistrictPagePath(b.district.id, Lang::kKo));
    Member(w, "scope", "./");
    Member(w, "display", "standalone");
    Member(w, "background_color", "#f6f4f0");
    Member(w, "theme_color", "#f6f4f0");
    w.Key("icons");
    w.BeginArray();
    const auto add = [&](const char* name, const char* sizes, const char* type) {
        const auto it = site.assets.find(name);
        if (it == site.assets.end()) return;
        w.BeginObject();
        Member(w, "src", it->second);
        Member(w, "sizes", sizes);
        Member(w, "type", type);
        w.EndObject();
    };
    add("icon.svg", "any", "image/svg+xml");
    add("icon-192.png", "192x192", "image/png");
    add("icon-512.png", "512x512", "image/png");
    w.EndArray();
    w.EndObject();
    return w.TakeText();
}

std::vector<SiteFile> DistrictPages(const SiteInput& site, std::size_t district) {
    std::vector<SiteFile> files;
    const Bundle asOf = AsOf(*site.bundles[district], site.today);
    const std::string dataHash = district < site.dataHashes.size() ? site.dataHashes[district] : "";
    for (int l = 0; l < kLangCount; ++l) {
        const Lang lang = static_cast<Lang>(l);
        const std::string path = DistrictPagePath(asOf.district.id, lang);
        const PageContext p{&site, &asOf, lang, lang == Lang::kKo ? "../" : "../../", dataHash};
        files.push_back({path + "index.html", DistrictPage(p)});
    }
    if (site.index->districts.size() == 1) {
        // One district: the site's root is its page (canonical: the district's own path).
        const PageContext p{&site, &asOf, Lang::kKo, "", dataHash};
        files.push_back({"index.html", DistrictPage(p)});
    }
    return files;
}

std::string ChooserPage(const SiteInput& site) {
    const Lang lang = Lang::kKo;
    std::string out;
    out += "<!doctype html>\n<html lang=\"ko\">\n<head>\n<meta charset=\"utf-8\">\n";
    out += "<meta http-equiv=\"Content-Security-Policy\" content=\"" + EscapeHtml(kContentSecurityPolicy) +
           "\">\n";
    out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1, viewport-fit=cover\">\n";
    out += "<title>golmok · " + EscapeHtml(S(SiteMsg::kChooseDistrict, lang)) + "</title>\n";
    out += "<meta name=\"color-scheme\" content=\"light dark\">\n";
    if (!site.baseUrl.empty()) out += "<link rel=\"canonical\" href=\"" + EscapeHtml(site.baseUrl) + "\">\n";
    const std::string svg = Asset(site, "", "icon.svg");
    if (!svg.empty()) out += "<link rel=\"icon\" href=\"" + EscapeHtml(svg) + "\" type=\"image/svg+xml\">\n";
    out += "<link rel=\"stylesheet\" href=\"" + EscapeHtml(Asset(site, "", "shell.css")) + "\">\n";
    // shell.js sends the old links (?d=samseon) on to the district's page and installs the
    // service worker; the chooser itself needs no script.
    out += "<script src=\"" + EscapeHtml(Asset(site, "", "shell.js")) + "\" defer></script>\n";
    out += "<script type=\"application/json\" id=\"golmok-page\">" +
           JsonForScriptElement(R"({"root":"","district":"","lang":"","files":{}})") +
           "</script>\n</head>\n<body>\n<div id=\"directory\">\n<main id=\"main\" class=\"chooser\">\n";
    out += "<h1>" + EscapeHtml(S(SiteMsg::kChooseDistrict, lang)) + " <span lang=\"en\">· " +
           EscapeHtml(S(SiteMsg::kChooseDistrict, Lang::kEn)) + "</span></h1>\n<ul>\n";
    for (std::size_t i = 0; i < site.index->districts.size(); ++i) {
        const DistrictEntry& e = site.index->districts[i];
        out += "<li><h2><a href=\"" + EscapeHtml(DistrictPagePath(e.id, Lang::kKo)) + "\">" +
               InLang(e.name, lang) + "</a></h2>\n";
        if (i < site.bundles.size() && site.bundles[i]) {
            out += "<p>" + InLang(site.bundles[i]->district.description, lang) + "</p>\n";
        }
        out += "<p class=\"langs\">";
        for (int l = 1; l < kLangCount; ++l) {
            const Lang alt = static_cast<Lang>(l);
            if (!e.name.Has(alt)) continue;
            out += "<a href=\"" + EscapeHtml(DistrictPagePath(e.id, alt)) + "\" hreflang=\"" + LangCode(alt) +
                   "\" lang=\"" + LangCode(alt) + "\">" + EscapeHtml(e.name.Get(alt)) + "</a> ";
        }
        out += "</p></li>\n";
    }
    out += "</ul>\n</main>\n</div>\n</body>\n</html>\n";
    return out;
}

std::vector<SiteFile> SitePages(const SiteInput& site) {
    std::vector<SiteFile> files;
    for (std::size_t i = 0; i < site.bundles.size(); ++i) {
        for (SiteFile& f : DistrictPages(site, i)) files.push_back(std::move(f));
    }
    if (site.bundles.size() != 1) files.push_back({"index.html", ChooserPage(site)});
    return files;
}

std::string Sitemap(const SiteInput& site) {
    if (site.baseUrl.empty()) return "";
    std::string out =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" "
        "xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n";
    if (site.index->districts.size() > 1) out += "<url><loc>" + EscapeHtml(site.baseUrl) + "</loc></url>\n";
    for (const DistrictEntry& district : site.index->districts) {
        for (int l = 0; l < kLangCount; ++l) {
            out += "<url><loc>" +
                   EscapeHtml(site.baseUrl + DistrictPagePath(district.id, static_cast<Lang>(l))) + "</loc>";
            out += "<lastmod>" + site.today.ToString() + "</lastmod>";
            for (int a = 0; a < kLangCount; ++a) {
                const Lang alt = static_cast<Lang>(a);
                out += "<xhtml:link rel=\"alternate\" hreflang=\"" + std::string(LangCode(alt)) +
                       "\" href=\"" + EscapeHtml(site.baseUrl + DistrictPagePath(district.id, alt)) + "\"/>";
            }
            out += "</url>\n";
        }
    }
    out += "</urlset>\n";
    return out;
}

std::string RobotsTxt(const SiteInput& site) {
    std::string out = "User-agent: *\nDisallow:\n";
    // The Sitemap line needs an absolute URL; without a base URL there is no sitemap to name.
    if (!site.baseUrl.empty()) out += "\nSitemap: " + site.baseUrl + "sitemap.xml\n";
    return out;
}

std::string ServiceWorkerPrelude(const std::string& release, const std::vector<std::string>& precache) {
    return "// Written by golmok site: this release's name and the files every visit keeps offline.\n"
           "const GOLMOK_RELEASE = " +
           [&] {
               JsonWriter w(JsonWriter::Layout::kCompact);
               w.String(release);
               return w.TakeText();
           }() +
           ";\n"
           "const GOLMOK_PRECACHE = " +
           [&] {
               JsonWriter w(JsonWriter::Layout::kCompact);
               w.BeginArray();
               for (const std::string& path : precache) w.String(path);
               w.EndArray();
               return w.TakeText();
           }() +
           ";\n";
}

}  // namespace golmok
