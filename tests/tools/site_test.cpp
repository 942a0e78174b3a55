#include "tools/site.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <set>

#include <nlohmann/json.hpp>

#include "core/bundle/bundle_loader.h"
#include "test_util.h"

namespace golmok {
namespace {

// A district index and its bundles loaded from the source tree.
struct LoadedSite {
    DistrictIndex index;
    std::vector<Bundle> bundles;
    SiteInput input;
};

LoadedSite Load(const std::string& folder, const Date& today, const std::string& baseUrl = "") {
    LoadedSite site;
    IndexLoadResult index = LoadDistrictIndex(test::ReadSourceFile(folder + "/index.json"));
    EXPECT_TRUE(index.index);
    site.index = *index.index;
    for (const DistrictEntry& e : site.index.districts) {
        BundleLoadResult r = LoadBundle(test::ReadSourceFile(folder + "/" + e.bundle));
        EXPECT_TRUE(r.bundle) << e.bundle;
        site.bundles.push_back(*r.bundle);
    }
    site.input.index = &site.index;
    for (const Bundle& b : site.bundles) site.input.bundles.push_back(&b);
    site.input.assets = {{"golmok.js", "golmok.0123456789ab.js"},
                         {"golmok.wasm", "golmok.0123456789ab.wasm"},
                         {"shell.js", "shell.0123456789ab.js"},
                         {"shell.css", "shell.0123456789ab.css"},
                         {"fonts/body.ttf", "fonts/body.0123456789ab.ttf"},
                         {"icon-512.png", "icon-512.0123456789ab.png"}};
    site.input.baseUrl = baseUrl;
    site.input.today = today;
    return site;
}

const std::string* FindPage(const std::vector<SiteFile>& pages, const std::string& path) {
    for (const SiteFile& f : pages) {
        if (f.path == path) return &f.text;
    }
    return nullptr;
}

// Reads a generated page as a browser would and fails on anything that could run or load: every
// '<' must open a known element, no attribute may be an event handler, every link must be
// relative or of a bundle scheme, and every <script> must load a file of the site or hold JSON
// with no '<' in it. Returns the JSON held in the scripts of `type`.
std::vector<std::string> CheckMarkup(const std::string& html, const std::string& jsonType = "") {
    static const std::set<std::string> kTags = {
        "html",   "head", "meta", "title", "link", "script", "body",   "a",    "canvas", "div",     "input",
        "button", "p",    "nav",  "ul",    "li",   "span",   "header", "main", "footer", "section", "h1",
        "h2",     "h3",   "h4",   "code",  "time", "dl",     "dt",     "dd",   "small"};
    static const std::set<std::string> kAttributes = {
        "lang",       "charset",     "http-equiv",   "content",      "name",         "rel",
        "href",       "hreflang",    "type",         "src",          "defer",        "id",
        "class",      "aria-hidden", "aria-label",   "aria-live",    "aria-current", "aria-labelledby",
        "role",       "hidden",      "enterkeyhint", "autocomplete", "autocorrect",  "autocapitalize",
        "spellcheck", "datetime",    "media",        "property",     "as",           "crossorigin"};
    std::vector<std::string> json;
    std::size_t i = 0;
    while ((i = html.find('<', i)) != std::string::npos) {
        if (html.compare(i, 9, "<!doctype") == 0) {
            i = html.find('>', i);
            continue;
        }
        std::size_t j = i + 1;
        const bool closing = html[j] == '/';
        if (closing) ++j;
        std::string tag;
        while (j < html.size() && std::isalnum(static_cast<unsigned char>(html[j]))) tag += html[j++];
        EXPECT_TRUE(kTags.count(tag)) << "unexpected <" << tag << " at " << html.substr(i, 60);
        std::string type, src;
        while (j < html.size() && html[j] != '>') {
            if (html[j] == ' ' || html[j] == '\n') {
                ++j;
                continue;
            }
            std::string attribute;
            while (j < html.size() && (std::isalnum(static_cast<unsigned char>(html[j])) || html[j] == '-')) {
                attribute += html[j++];
            }
            if (attribute.empty()) {
                ADD_FAILURE() << "stray character in a tag at " << html.substr(i, 60);
                return json;
            }
            EXPECT_TRUE(kAttributes.count(attribute)) << "unexpected attribute " << attribute;
            std::string value;
            if (html[j] == '=') {
                EXPECT_EQ(html[j + 1], '"') << "unquoted value of " << attribute;
                const std::size_t end = html.find('"', j + 2);
                value = html.substr(j + 2, end - j - 2);
                j = end + 1;
            }
            EXPECT_EQ(value.find('<'), std::string::npos) << attribute << "=" << value;
            if (attribute == "href") {
                const std::size_t colon = value.find(':');
                const bool relative = colon == std::string::npos || value.find('/') < colon;
                const std::string scheme = relative ? "" : value.substr(0, colon);
                EXPECT_TRUE(relative || scheme == "https" || scheme == "http" || scheme == "tel" ||
                            scheme == "mailto")
                    << "href=" << value;
            }
            if (attribute == "type") type = value;
            if (attribute == "src") src = value;
        }
        if (tag == "script" && !closing) {
            const std::size_t end = html.find("</script>", j);
            const std::string content = html.substr(j + 1, end - j - 1);
            if (src.empty()) {
                EXPECT_TRUE(type == "application/json" || type == "application/ld+json")
                    << "inline script " << type;
                EXPECT_EQ(content.find('<'), std::string::npos) << content.substr(0, 80);
                if (type == jsonType) json.push_back(content);
            } else {
                EXPECT_TRUE(content.empty());
                EXPECT_EQ(src.find(':'), std::string::npos) << "script from elsewhere: " << src;
            }
            i = end + 1;
            continue;
        }
        i = j;
    }
    return json;
}

std::size_t Count(const std::string& text, const std::string& what) {
    std::size_t n = 0;
    for (std::size_t i = text.find(what); i != std::string::npos; i = text.find(what, i + 1)) ++n;
    return n;
}

TEST(SitePages, HostileBundleTextNeverBecomesMarkupOrScript) {
    LoadedSite site = Load("tests/data/hostile", Date{2026, 11, 29}, "https://example.org/site/");
    const std::vector<SiteFile> pages = SitePages(site.input);
    ASSERT_EQ(pages.size(), 5u);  // four languages and the root
    for (const SiteFile& page : pages) {
        SCOPED_TRACE(page.path);
        const std::vector<std::string> ld = CheckMarkup(page.text, "application/ld+json");
        ASSERT_EQ(ld.size(), 1u);
        // The JSON-LD says exactly what the bundle says, "</script>" included, once decoded.
        const nlohmann::json doc = nlohmann::json::parse(ld[0], nullptr, false);
        ASSERT_FALSE(doc.is_discarded());
        EXPECT_EQ(doc["@graph"][1]["name"].get<std::string>(),
                  page.path == "hostile/en/index.html" ? "\u2028</script>\u2029"
                                                       : "</script><script>alert('shop')</script>");
        EXPECT_EQ(page.text.find("javascript:alert('association')\">"), std::string::npos);
        // Text shows as text.
        EXPECT_NE(page.text.find("&lt;img src=x onerror=alert(&#39;shop-address&#39;)&gt;"),
                  std::string::npos);
        // A link whose URL holds markup keeps it inside its quoted, escaped value.
        EXPECT_NE(page.text.find("href=\"https://example.org/&quot;&gt;&lt;script&gt;"), std::string::npos);
    }
}

TEST(SitePages, EveryPageCarriesTheContentSecurityPolicy) {
    LoadedSite site = Load("data", Date{2026, 11, 29});
    for (const SiteFile& page : SitePages(site.input)) {
        SCOPED_TRACE(page.path);
        EXPECT_NE(page.text.find(
                      "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src &#39;none&#39;; "
                      "script-src &#39;self&#39; &#39;wasm-unsafe-eval&#39;;"),
                  std::string::npos);
        CheckMarkup(page.text);
    }
}

TEST(SitePages, OneDirectoryPagePerDistrictAndLanguageAndAChooser) {
    LoadedSite site = Load("data", Date{2026, 11, 29});
    const std::vector<SiteFile> pages = SitePages(site.input);
    for (const char* path : {"doksan/index.html", "doksan/en/index.html", "doksan/ja/index.html",
                             "doksan/zh/index.html", "samseon/index.html", "samseon/zh/index.html"}) {
        EXPECT_TRUE(FindPage(pages, path)) << path;
    }
    const std::string* chooser = FindPage(pages, "index.html");
    ASSERT_TRUE(chooser);
    EXPECT_NE(chooser->find("<a href=\"doksan/\">독산동 맛나는 거리</a>"), std::string::npos);
    EXPECT_NE(chooser->find("<a href=\"samseon/\">삼선동 삼선교로</a>"), std::string::npos);
    EXPECT_EQ(chooser->find("<canvas"), std::string::npos);
}

// shell.js starts the bundle's download with the index's, without reading the index first.
TEST(SitePages, ThePageConfigNamesTheBundleThePageWillOpen) {
    LoadedSite site = Load("data", Date{2026, 11, 29});
    const std::vector<SiteFile> pages = SitePages(site.input);
    const std::vector<std::string> configs =
        CheckMarkup(*FindPage(pages, "samseon/en/index.html"), "application/json");
    ASSERT_EQ(configs.size(), 1u);
    const nlohmann::json config = nlohmann::json::parse(configs[0]);
    EXPECT_EQ(config.at("district"), "samseon");
    EXPECT_EQ(config.at("bundle"), "data/samseon.json");
    EXPECT_EQ(config.at("root"), "../../");
}

TEST(SitePages, DirectoryHasHoursPhoneAddressAndSampleMarks) {
    LoadedSite site = Load("data", Date{2026, 11, 29});
    const std::vector<SiteFile> pages = SitePages(site.input);
    const std::string& ko = *FindPage(pages, "doksan/index.html");
    EXPECT_NE(ko.find("<li id=\"shop-manna-bunsik\"><h4>맛나분식 <span class=\"sample\">(예시)</span></h4>"),
              std::string::npos);
    EXPECT_NE(ko.find("<dd>월–토 10:30–21:00, 일 휴무</dd>"), std::string::npos);
    EXPECT_NE(ko.find("<a href=\"tel:02-0123-4501\">02-0123-4501</a>"), std::string::npos);
    EXPECT_NE(ko.find("<html lang=\"ko\">"), std::string::npos);
    const std::string& en = *FindPage(pages, "doksan/en/index.html");
    EXPECT_NE(en.find("<html lang=\"en\">"), std::string::npos);
    EXPECT_NE(en.find("<div id=\"directory\" lang=\"en\">"), std::string::npos);
    EXPECT_NE(en.find("Manna Bunsik <span class=\"sample\">(Sample)</span>"), std::string::npos);
    EXPECT_NE(en.find("<dd>Mon–Sat 10:30–21:00, Sun closed</dd>"), std::string::npos);
}

TEST(SitePages, UntranslatedTextIsMarkedKorean) {
    LoadedSite site = Load("tests/data/hostile", Date{2026, 11, 29});
    const std::vector<SiteFile> pages = SitePages(site.input);
    const std::string& ja = *FindPage(pages, "hostile/ja/index.html");
    EXPECT_NE(ja.find("<h1><span lang=\"ko\">&lt;/script&gt;"), std::string::npos);
}

TEST(SitePages, AlternatesForEveryLanguage) {
    LoadedSite site = Load("data", Date{2026, 11, 29}, "https://example.org/");
    const std::vector<SiteFile> pages = SitePages(site.input);
    const std::string& ja = *FindPage(pages, "doksan/ja/index.html");
    EXPECT_NE(ja.find("<link rel=\"canonical\" href=\"https://example.org/doksan/ja/\">"), std::string::npos);
    EXPECT_NE(ja.find("<link rel=\"alternate\" hreflang=\"ko\" href=\"https://example.org/doksan/\">"),
              std::string::npos);
    EXPECT_NE(ja.find("<link rel=\"alternate\" hreflang=\"x-default\" href=\"https://example.org/doksan/\">"),
              std::string::npos);
    EXPECT_NE(ja.find("<meta property=\"og:url\" content=\"https://example.org/doksan/ja/\">"),
              std::string::npos);
    EXPECT_NE(
        ja.find("<meta property=\"og:image\" content=\"https://example.org/icon-512.0123456789ab.png\">"),
        std::string::npos);
    EXPECT_EQ(Count(ja, "hreflang="), 5u + 3u);  // the head's alternates and the language links
}

TEST(SitePages, WithoutABaseUrlLinksAreRelativeAndNothingNeedsAnAbsoluteOne) {
    LoadedSite site = Load("data", Date{2026, 11, 29});
    const std::vector<SiteFile> pages = SitePages(site.input);
    const std::string& en = *FindPage(pages, "doksan/en/index.html");
    EXPECT_NE(en.find("<link rel=\"canonical\" href=\"../../doksan/en/\">"), std::string::npos);
    EXPECT_EQ(en.find("og:url"), std::string::npos);
    EXPECT_EQ(en.find("og:image"), std::string::npos);
    EXPECT_EQ(Sitemap(site.input), "");
    EXPECT_EQ(RobotsTxt(site.input), "User-agent: *\nDisallow:\n");
}

TEST(SitePages, SitemapAndRobotsWithABaseUrl) {
    LoadedSite site = Load("data", Date{2026, 11, 29}, "https://example.org/golmok/");
    const std::string sitemap = Sitemap(site.input);
    EXPECT_NE(sitemap.find("<loc>https://example.org/golmok/samseon/en/</loc>"), std::string::npos);
    EXPECT_EQ(Count(sitemap, "<url>"), 1u + 2u * 4u);
    EXPECT_NE(RobotsTxt(site.input).find("Sitemap: https://example.org/golmok/sitemap.xml"),
              std::string::npos);
}

TEST(SitePages, JsonLdDescribesShopsAndOffers) {
    LoadedSite site = Load("data", Date{2026, 11, 29});
    const std::vector<SiteFile> pages = SitePages(site.input);
    const std::string& ko = *FindPage(pages, "doksan/index.html");
    const nlohmann::json doc = nlohmann::json::parse(CheckMarkup(ko, "application/ld+json").at(0));
    int businesses = 0, offers = 0;
    for (const nlohmann::json& node : doc["@graph"]) {
        if (node["@type"] == "LocalBusiness") {
            ++businesses;
            if (node.contains("makesOffer")) offers += static_cast<int>(node["makesOffer"].size());
        }
        if (node["@type"] == "Offer") ++offers;
        if (node.value("@id", "") == "../doksan/#shop-manna-bunsik") {
            EXPECT_EQ(node["telephone"], "02-0123-4501");
            EXPECT_EQ(node["openingHours"], nlohmann::json::array({"Mo-Sa 10:30-21:00"}));
        }
    }
    EXPECT_EQ(businesses, static_cast<int>(site.bundles[0].shops.size()));
    EXPECT_GT(offers, 0);
}

TEST(SitePages, PromotionsOverByTheBuildDayAreLeftOut) {
    LoadedSite before = Load("tests/data/hostile", Date{2026, 11, 29});
    const std::vector<SiteFile> current = SitePages(before.input);
    EXPECT_NE(FindPage(current, "hostile/index.html")->find("id=\"promo-promo-1\""), std::string::npos);
    // A sample promotion moves with the day, as on the page; a real one would not.
    before.bundles[0].promotions[0].sample = false;
    before.input.today = Date{2026, 12, 21};
    const std::vector<SiteFile> later = SitePages(before.input);
    EXPECT_EQ(FindPage(later, "hostile/index.html")->find("id=\"promo-promo-1\""), std::string::npos);
}

TEST(SiteManifest, NamesTheDistrictAndItsIcons) {
    LoadedSite site = Load("data", Date{2026, 11, 29});
    const nlohmann::json manifest = nlohmann::json::parse(DistrictManifest(site.input, 1));
    EXPECT_EQ(manifest["name"], "삼선동 삼선교로");
    EXPECT_EQ(manifest["start_url"], "samseon/");
    EXPECT_EQ(manifest["icons"][0]["src"], "icon-512.0123456789ab.png");
}

TEST(ServiceWorkerPrelude, ListsTheFilesAsJavaScriptConstants) {
    const std::string prelude = ServiceWorkerPrelude("abc", {"golmok.1.js", "doksan/"});
    EXPECT_EQ(prelude.substr(prelude.find("const")),
              "const GOLMOK_RELEASE = \"abc\";\nconst GOLMOK_PRECACHE = [\"golmok.1.js\",\"doksan/\"];\n");
}

}  // namespace
}  // namespace golmok
