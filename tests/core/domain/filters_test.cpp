#include "core/domain/filters.h"

#include <gtest/gtest.h>

namespace golmok {
namespace {

// Four shops: a 분식집 taking cards, a 카페 taking 제로페이 with an English menu, a 분식집
// taking 온누리상품권 with a promotion, and a 한식집 taking cash.
Bundle FourShops() {
    Bundle b;
    for (const char* id : {"bunsik", "cafe", "korean"}) {
        Category c;
        c.id = id;
        b.categories.push_back(c);
    }
    auto add = [&](const char* id, const char* category, std::vector<Payment> pay) {
        Shop s;
        s.id = id;
        s.category = category;
        s.payment = std::move(pay);
        b.shops.push_back(s);
    };
    add("a", "bunsik", {Payment::kCard});
    add("b", "cafe", {Payment::kZeropay});
    add("c", "bunsik", {Payment::kOnnuri, Payment::kCash});
    add("d", "korean", {Payment::kCash});
    b.shops[1].menuLanguages = {Lang::kEn};
    b.shops[3].languages = {Lang::kKo, Lang::kJa};
    Promotion p;
    p.id = "p";
    p.shop = "c";
    p.start = Date{2026, 11, 1};
    p.end = Date{2026, 12, 31};
    b.promotions.push_back(p);
    return b;
}

const std::vector<std::size_t> kAll = {0, 1, 2, 3};

TEST(Filters, NothingChosenKeepsEveryShopInOrder) {
    Bundle b = FourShops();
    ShopFacts facts = ComputeShopFacts(b, Date{2026, 11, 29}, {});
    EXPECT_EQ(ApplyFilters(b, {3, 1, 0}, Filters{}, facts), (std::vector<std::size_t>{3, 1, 0}));
}

TEST(Filters, AnyChosenCategoryWill) {
    Bundle b = FourShops();
    ShopFacts facts = ComputeShopFacts(b, Date{2026, 11, 29}, {});
    Filters f;
    f.categories = {"bunsik", "korean"};
    EXPECT_EQ(ApplyFilters(b, kAll, f, facts), (std::vector<std::size_t>{0, 2, 3}));
}

TEST(Filters, GroupsCombineWithAnd) {
    Bundle b = FourShops();
    ShopFacts facts = ComputeShopFacts(b, Date{2026, 11, 29}, {});
    Filters f;
    f.categories = {"bunsik"};
    f.payments = {Payment::kCash};
    EXPECT_EQ(ApplyFilters(b, kAll, f, facts), (std::vector<std::size_t>{2}));
}

TEST(Filters, OpenNowUsesTheGivenFacts) {
    Bundle b = FourShops();
    ShopFacts facts = ComputeShopFacts(b, Date{2026, 11, 29}, {1, 0, 0, 1});
    Filters f;
    f.openNow = true;
    EXPECT_EQ(ApplyFilters(b, kAll, f, facts), (std::vector<std::size_t>{0, 3}));
}

TEST(Filters, HasPromotionCountsOnlyCurrentOnes) {
    Bundle b = FourShops();
    Filters f;
    f.hasPromotion = true;
    EXPECT_EQ(ApplyFilters(b, kAll, f, ComputeShopFacts(b, Date{2026, 11, 29}, {})),
              (std::vector<std::size_t>{2}));
    EXPECT_TRUE(ApplyFilters(b, kAll, f, ComputeShopFacts(b, Date{2027, 1, 1}, {})).empty());
}

TEST(Filters, LanguageMatchesSpokenOrMenu) {
    Bundle b = FourShops();
    ShopFacts facts = ComputeShopFacts(b, Date{2026, 11, 29}, {});
    Filters f;
    f.languages = {Lang::kEn, Lang::kJa};
    EXPECT_EQ(ApplyFilters(b, kAll, f, facts), (std::vector<std::size_t>{1, 3}));
}

TEST(CategoryCounts, CountWhatEachCategoryWouldShowUnderTheOtherFilters) {
    Bundle b = FourShops();
    ShopFacts facts = ComputeShopFacts(b, Date{2026, 11, 29}, {});
    Filters f;
    f.categories = {"cafe"};  // ignored for the counts
    f.payments = {Payment::kCash, Payment::kCard};
    EXPECT_EQ(CategoryCounts(b, kAll, f, facts), (std::vector<int>{2, 0, 1}));
}

TEST(Filters, ActiveCountAndClear) {
    Filters f;
    EXPECT_FALSE(f.Active());
    f.openNow = true;
    f.payments = {Payment::kCard, Payment::kCash};
    EXPECT_EQ(f.ActiveCount(), 3);
    f.Clear();
    EXPECT_FALSE(f.Active());
}

}  // namespace
}  // namespace golmok
