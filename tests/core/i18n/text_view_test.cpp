#include "core/i18n/text_view.h"

#include <gtest/gtest.h>

#include <algorithm>

#include <nlohmann/json.hpp>

#include "core/bundle/bundle_loader.h"
#include "core/domain/schedule.h"
#include "core/i18n/ui_text.h"
#include "test_util.h"

namespace golmok {
namespace {

using Json = nlohmann::json;

const Date kToday{2026, 12, 5};

Bundle Doksan() {
    BundleLoadResult r = LoadBundle(test::ReadSourceFile("data/doksan.json"));
    EXPECT_TRUE(r.bundle);
    MoveSampleDates(&*r.bundle, kToday);  // as the app shows them
    return *r.bundle;
}

const Json& Section(const Json& view, const std::string& id) {
    for (const Json& s : view["sections"]) {
        if (s["id"] == id) return s;
    }
    ADD_FAILURE() << "no section " << id;
    static const Json none;
    return none;
}

TEST(TextView, ListsEveryShopByCategoryWithItsFacts) {
    const Bundle b = Doksan();
    const Json view = Json::parse(TextViewJson(b, Lang::kKo, kToday));
    EXPECT_EQ(view["lang"], "ko");
    EXPECT_EQ(view["title"], b.district.name.Ko());
    EXPECT_EQ(view["intro"].back(), Tr(Msg::kTextViewFromApp, Lang::kKo));
    const Json& shops = Section(view, "shops");
    std::size_t listed = 0;
    std::size_t group = 0;
    for (const Category& c : b.categories) {
        bool any = false;
        for (const Shop& s : b.shops) any = any || s.category == c.id;
        if (!any) continue;
        ASSERT_LT(group, shops["groups"].size());
        EXPECT_EQ(shops["groups"][group]["title"], c.name.Ko());
        listed += shops["groups"][group]["items"].size();
        ++group;
    }
    EXPECT_EQ(listed, b.shops.size());
    const Json& first = shops["groups"][0]["items"][0];
    EXPECT_EQ(first["id"], "shop-" + b.shops[0].id);
    EXPECT_EQ(first["name"], b.shops[0].name.Ko());
    EXPECT_EQ(first["facts"][0][0], Tr(Msg::kHours, Lang::kKo));
    bool phone = false;
    for (const Json& fact : first["facts"]) {
        if (fact[0] == Tr(Msg::kPhone, Lang::kKo)) {
            phone = true;
            EXPECT_EQ(fact[1], b.shops[0].phone);
            EXPECT_EQ(fact[2].get<std::string>().rfind("tel:", 0), 0u);
        }
    }
    EXPECT_TRUE(phone);
    // Sample shops say so.
    if (b.shops[0].sample) EXPECT_EQ(first["notes"][0], Tr(Msg::kSampleShopNote, Lang::kKo));
}

TEST(TextView, KoreanStandsInWhereATranslationIsMissingAndSaysSo) {
    Bundle b = Doksan();
    b.shops[0].name = Text();
    b.shops[0].name.Get(Lang::kKo) = "똠얌꿍 타이 햏반점";
    const Json view = Json::parse(TextViewJson(b, Lang::kEn, kToday));
    const Json& first = Section(view, "shops")["groups"][0]["items"][0];
    EXPECT_EQ(first["name"]["text"], "똠얌꿍 타이 햏반점");
    EXPECT_EQ(first["name"]["lang"], "ko");
    EXPECT_EQ(Section(view, "shops")["title"].get<std::string>().rfind("Shops", 0), 0u);
}

TEST(TextView, TodaysDealsOnlyAndEventsToCome) {
    const Bundle b = Doksan();
    const Json view = Json::parse(TextViewJson(b, Lang::kEn, kToday));
    const std::vector<const Promotion*> current = CurrentPromotions(b, kToday);
    if (current.empty()) {
        for (const Json& s : view["sections"]) EXPECT_NE(s["id"], "deals");
    } else {
        const Json& deals = Section(view, "deals")["groups"][0]["items"];
        ASSERT_EQ(deals.size(), current.size());
        EXPECT_EQ(deals[0]["id"], "promo-" + current[0]->id);
    }
    const std::vector<const Event*> events = CurrentAndUpcomingEvents(b, kToday);
    if (!events.empty()) EXPECT_EQ(Section(view, "events")["groups"][0]["items"].size(), events.size());
}

}  // namespace
}  // namespace golmok

namespace golmok {
namespace {

TEST(TextView, InPartsTheSameTextNeverWholeAtOnce) {
    const Bundle b = Doksan();
    const std::string whole = TextViewJson(b, Lang::kJa, kToday);
    std::string joined;
    std::size_t parts = 0, longest = 0;
    WriteTextView(b, Lang::kJa, kToday, 2048, [&](std::string part) {
        ++parts;
        longest = std::max(longest, part.size());
        joined += part;
    });
    EXPECT_EQ(joined, whole);
    EXPECT_GT(parts, 2u);
    EXPECT_LT(longest, 2048u + 4096u) << "one item past the mark at most";
}

}  // namespace
}  // namespace golmok
