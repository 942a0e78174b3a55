#include "core/domain/route.h"

#include <gtest/gtest.h>

#include "core/text/utf8.h"

namespace golmok {
namespace {

TEST(Route, HomeIsHashSlash) {
    EXPECT_EQ(FormatRoute(Route{}), "#/");
    EXPECT_EQ(ParseRoute("#/").screen, Route::Screen::kHome);
    EXPECT_EQ(ParseRoute("").screen, Route::Screen::kHome);
}

TEST(Route, ShopPromoAndMapRoundTrip) {
    Route shop;
    shop.screen = Route::Screen::kShop;
    shop.id = "shop-017";
    EXPECT_EQ(FormatRoute(shop), "#/shop/shop-017");
    EXPECT_EQ(ParseRoute("#/shop/shop-017"), shop);

    Route promo;
    promo.screen = Route::Screen::kPromo;
    promo.id = "winter-sale";
    EXPECT_EQ(ParseRoute(FormatRoute(promo)), promo);

    EXPECT_EQ(ParseRoute("#/map").screen, Route::Screen::kMap);
    EXPECT_EQ(ParseRoute("#/map").id, "");

    Route around;  // the map around one shop, with the search that led there
    around.screen = Route::Screen::kMap;
    around.id = "shop-017";
    around.query = "떡볶이";
    EXPECT_EQ(FormatRoute(around), "#/map/shop-017?q=%EB%96%A1%EB%B3%B6%EC%9D%B4");
    EXPECT_EQ(ParseRoute(FormatRoute(around)), around);
    EXPECT_EQ(ParseRoute("#/map/..%2F").screen, Route::Screen::kHome);  // not an id
}

TEST(Route, EditorListAndFormsRoundTrip) {
    EXPECT_EQ(ParseRoute("#/edit").screen, Route::Screen::kEdit);
    EXPECT_EQ(ParseRoute("#/edit").id, "");
    for (const char* hash : {"#/edit", "#/edit/district", "#/edit/shop/manna-bunsik", "#/edit/promotion/p-1",
                             "#/edit/event/new-event-2"}) {
        const Route r = ParseRoute(hash);
        EXPECT_EQ(r.screen, Route::Screen::kEdit) << hash;
        EXPECT_EQ(FormatRoute(r), hash);
    }
    EXPECT_EQ(ParseRoute("#/edit/shop/manna-bunsik").id, "shop/manna-bunsik");
    for (const char* bad : {"#/edit/shop", "#/edit/street/s-1", "#/edit/shop/Bad_Id", "#/edit/district/x"}) {
        EXPECT_EQ(ParseRoute(bad).screen, Route::Screen::kHome) << bad;
    }
}

TEST(Route, KoreanSearchTextSurvivesTheUrl) {
    Route r;
    r.query = "떡볶이 맛집&1+1";
    const std::string hash = FormatRoute(r);
    EXPECT_EQ(hash.find(' '), std::string::npos);
    EXPECT_EQ(hash.find('&'), std::string::npos);  // the text's own '&' is encoded
    EXPECT_EQ(ParseRoute(hash).query, "떡볶이 맛집&1+1");
    EXPECT_EQ(ParseRoute("#/?q=%EB%96%A1%EB%B3%B6%EC%9D%B4").query, "떡볶이");
    EXPECT_EQ(ParseRoute("#/?q=tteok+bokki").query, "tteok bokki");
}

TEST(Route, FiltersAreWrittenInAFixedOrder) {
    Route r;
    r.filters.openNow = true;
    r.filters.payments = {Payment::kCash, Payment::kCard};
    r.filters.categories = {"cafe", "bunsik"};
    r.filters.languages = {Lang::kJa, Lang::kEn};
    r.filters.hasPromotion = true;
    EXPECT_EQ(FormatRoute(r), "#/?cat=bunsik,cafe&open=1&deal=1&pay=card,cash&lang=en,ja");
    EXPECT_EQ(ParseRoute(FormatRoute(r)), r);
}

TEST(Route, ShopWithFiltersKeepsBoth) {
    Route r = ParseRoute("#/shop/abc?q=x&open=1");
    EXPECT_EQ(r.screen, Route::Screen::kShop);
    EXPECT_EQ(r.id, "abc");
    EXPECT_EQ(r.query, "x");
    EXPECT_TRUE(r.filters.openNow);
}

TEST(Route, MalformedRoutesLandHome) {
    for (const char* bad : {"#/shop/", "#/shop/Bad_Id", "#/shop/a/b", "#/nowhere", "#/promo/-x",
                            "#/?q=%E", "#/?q=%ZZ", "#//", "#/shop/<script>", "javascript:alert(1)"}) {
        const Route r = ParseRoute(bad);
        EXPECT_EQ(r.screen, Route::Screen::kHome) << bad;
        EXPECT_TRUE(r.id.empty()) << bad;
    }
}

TEST(Route, UnknownParametersAndValuesAreIgnored) {
    Route r = ParseRoute("#/?utm_source=qr&pay=bitcoin,card&lang=fr,en&cat=Bad,cafe&open=yes");
    EXPECT_EQ(r.filters.payments, (std::vector<Payment>{Payment::kCard}));
    EXPECT_EQ(r.filters.languages, (std::vector<Lang>{Lang::kEn}));
    EXPECT_EQ(r.filters.categories, (std::vector<std::string>{"cafe"}));
    EXPECT_FALSE(r.filters.openNow);
}

TEST(Route, VeryLongSearchTextIsCutAtACharacterBoundary) {
    EXPECT_EQ(ParseRoute("#/?q=" + std::string(5000, 'a')).query.size(), 200u);
    std::string korean;
    for (int i = 0; i < 100; ++i) korean += "%EB%96%A1";  // 떡, three bytes each
    const std::string q = ParseRoute("#/?q=" + korean).query;
    EXPECT_EQ(q.size(), 198u);
    EXPECT_EQ(ToValidUtf8(q), q);
}

TEST(Route, InvalidUtf8InTheSearchTextIsReplaced) {
    const std::string q = ParseRoute("#/?q=a%FFb").query;
    EXPECT_EQ(q, "a\xEF\xBF\xBD" "b");
}

TEST(Route, RepeatedCategoriesCountOnce) {
    EXPECT_EQ(ParseRoute("#/?cat=cafe,cafe,bunsik").filters.categories,
              (std::vector<std::string>{"cafe", "bunsik"}));
}

}  // namespace
}  // namespace golmok
