// The app driven headlessly: a real ImGui context with no renderer, fed the sample bundles and
// taps given the way the web platform gives them (position, press, release on separate frames).

#include "ui/app.h"

#include <gtest/gtest.h>

#include "headless_app.h"
#include "imgui.h"
#include "test_util.h"

namespace golmok {
namespace {

TEST_F(HeadlessApp, HomeListsEveryShopOfTheBundle) {
    app.OnBundleText("doksan.json", test::ReadSourceFile("data/doksan.json"));
    ASSERT_EQ(app.State().screen, Screen::kHome);
    Frame();
    int shops = 0;
    for (const HitTarget& t : app.State().frame.targets) shops += t.kind == "shop";
    EXPECT_EQ(shops, static_cast<int>(app.GetBundle()->shops.size()));
}

TEST_F(HeadlessApp, TappingAShopOpensItsCardAndBackReturns) {
    app.OnBundleText("doksan.json", test::ReadSourceFile("data/doksan.json"));
    Frame();
    // The list starts below the promotions: drag it up until a shop row is on screen.
    for (int i = 0; i < 20 && !Target("shop"); ++i) {
        app.ScrollBy(-600);
        Frame();
        Frame();
    }
    const HitTarget* first = Target("shop");
    ASSERT_TRUE(first);
    const std::string id = first->id;
    Tap(*first);
    ASSERT_EQ(app.State().screen, Screen::kShop);
    EXPECT_EQ(app.State().shopId, id);
    const HitTarget* back = Target("back");
    ASSERT_TRUE(back);
    Tap(*back);
    EXPECT_EQ(app.State().screen, Screen::kHome);
}

TEST_F(HeadlessApp, AnnouncesSearchResultsAndTheOpenedShop) {
    app.OnBundleText("doksan.json", test::ReadSourceFile("data/doksan.json"));
    Frame();
    EXPECT_EQ(app.Announcement(), "") << "nothing to say on the plain home screen";
    app.SetQuery("떡볶이");
    Frame();
    const std::size_t found = app.State().search.results.size();
    ASSERT_GT(found, 0u);
    EXPECT_EQ(app.Announcement(), "떡볶이 · " + std::to_string(found) + "곳");
    app.SetQuery("없는가게이름");
    Frame();
    EXPECT_EQ(app.Announcement(), "찾는 가게가 없습니다");
    app.SetQuery("");
    app.Apply(intent::OpenShop{"manna-bunsik"});
    Frame();
    EXPECT_EQ(app.Announcement().rfind("맛나분식", 0), 0u) << app.Announcement();
}

TEST_F(HeadlessApp, TheHomeScreenEndsWithTheTextViewButton) {
    bool shown = false;
    App::Host host;
    host.page.showTextView = [&] { shown = true; };
    App withHost(host);
    withHost.SetScale(3);
    withHost.OnBundleText("doksan.json", test::ReadSourceFile("data/doksan.json"));
    ImGui::NewFrame();
    withHost.Frame();
    ImGui::Render();
    bool drawn = false;
    for (const HitTarget& t : withHost.State().frame.targets) drawn = drawn || t.kind == "textview";
    EXPECT_TRUE(drawn);
    withHost.Apply(intent::ShowTextView{});
    EXPECT_TRUE(shown);
}

TEST_F(HeadlessApp, AnInvalidBundleShowsItsErrorsNotABlankScreen) {
    app.OnBundleText("broken.json",
                     test::ReadSourceFile("tests/data/invalid/unknown_references.json"));
    EXPECT_EQ(app.State().screen, Screen::kError);
    EXPECT_EQ(app.State().error.source, "broken.json");
    ASSERT_EQ(app.State().error.problems.size(), 2u);
    EXPECT_EQ(app.State().error.problems[1].pointer, "/promotions/0/shop");
    Frame();
    EXPECT_TRUE(Target("retry"));
}

TEST_F(HeadlessApp, SwitchingLanguageChangesTheLabels) {
    app.OnBundleText("samseon.json", test::ReadSourceFile("data/samseon.json"));
    Frame();
    const HitTarget* language = Target("language");
    ASSERT_TRUE(language);
    EXPECT_EQ(language->id, "ko");
    Tap(*language);
    const HitTarget* english = Target("chip", "uilang:en");
    ASSERT_TRUE(english);
    Tap(*english);
    EXPECT_EQ(app.State().lang, Lang::kEn);
    EXPECT_EQ(Target("language")->id, "en");
    EXPECT_EQ(Target("chip", "filters")->label, "Filters");
    EXPECT_FALSE(app.State().home.languagePickerOpen);
}

TEST_F(HeadlessApp, LinksOnlyOpenWithAllowedSchemes) {
    std::vector<std::string> opened;
    App::Host host;
    host.links.openUrl = [&](const std::string& url) { opened.push_back(url); };
    App withHost(host);
    withHost.Apply(intent::OpenUrl{"javascript:alert(1)"});
    withHost.Apply(intent::OpenUrl{"tel:02-0123-4567"});
    ASSERT_EQ(opened.size(), 1u);
    EXPECT_EQ(opened[0], "tel:02-0123-4567");
}

TEST_F(HeadlessApp, TypingNarrowsTheListAtOnceAndClearingRestoresIt) {
    app.OnBundleText("doksan.json", test::ReadSourceFile("data/doksan.json"));
    Frame();
    const std::size_t all = app.State().search.results.size();
    EXPECT_EQ(all, app.GetBundle()->shops.size());
    app.SetQuery("떡ㅂ");  // a syllable still being composed
    EXPECT_GT(app.State().search.results.size(), 0u);
    EXPECT_LT(app.State().search.results.size(), all);
    app.SetQuery("");
    EXPECT_EQ(app.State().search.results.size(), all);
}

TEST_F(HeadlessApp, AFilterChipNarrowsTheResultsAndClearAllRestoresThem) {
    app.OnBundleText("doksan.json", test::ReadSourceFile("data/doksan.json"));
    Frame();
    const std::size_t all = app.State().search.results.size();
    Tap(*Target("chip", "filters"));
    ASSERT_TRUE(app.State().search.filterPanelOpen);
    const HitTarget* zeropay = Target("chip", "pay:zeropay");
    ASSERT_TRUE(zeropay);
    Tap(*zeropay);
    EXPECT_EQ(app.State().search.filters.ActiveCount(), 1);
    EXPECT_LT(app.State().search.results.size(), all);
    Tap(*Target("chip", "clear"));
    EXPECT_FALSE(app.State().search.filters.Active());
    EXPECT_EQ(app.State().search.results.size(), all);
}

TEST_F(HeadlessApp, ListRowsSayWhetherAShopIsOpen) {
    app.OnBundleText("doksan.json", test::ReadSourceFile("data/doksan.json"));
    Frame();
    // Sunday noon in Seoul. 맛나분식 keeps "Mo-Sa 10:30-21:00; Su off".
    const Bundle& b = *app.GetBundle();
    std::size_t matna = b.shops.size();
    for (std::size_t i = 0; i < b.shops.size(); ++i) {
        if (b.shops[i].name.Ko() == "맛나분식") matna = i;
    }
    ASSERT_LT(matna, b.shops.size());
    ASSERT_EQ(b.shops[matna].hours, "Mo-Sa 10:30-21:00; Su off");
    EXPECT_EQ(app.StatusLines()[matna], "오늘 휴무 · 내일 10:30에 열어요");
    int open = 0;
    for (const std::string& line : app.StatusLines()) open += line.rfind("영업 중", 0) == 0;
    EXPECT_GT(open, 0) << "some sample shops are open on Sunday noon";
}

TEST_F(HeadlessApp, AFetchFailureIsShownWithItsSource) {
    app.OnLoadFailure("data/doksan.json", "HTTP 404 Not Found");
    EXPECT_EQ(app.State().screen, Screen::kError);
    EXPECT_EQ(app.State().error.problems[0].message, "HTTP 404 Not Found");
}

}  // namespace
}  // namespace golmok
