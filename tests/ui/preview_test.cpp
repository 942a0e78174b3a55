// Preview mode: a file opened by a shop owner or an association is shown as visitors will see
// it; a file with errors lists them and leaves the last usable data on screen.

#include <gtest/gtest.h>

#include "headless_app.h"
#include "test_util.h"

namespace golmok {
namespace {

class Preview : public HeadlessApp {
protected:
    void SetUp() override {
        HeadlessApp::SetUp();
        app.SetPreview(true);
        app.OnBundleText("data/doksan.json", test::ReadSourceFile("data/doksan.json"));
        Frame();
    }
};

TEST_F(Preview, TheHomeScreenOffersToOpenAFile) {
    EXPECT_TRUE(Target("chip", "open-file"));
    EXPECT_FALSE(Target("preview"));  // the footer link is for visitors not yet previewing
}

TEST_F(Preview, AnEditedFileIsShownAsVisitorsWillSeeIt) {
    std::string text = test::ReadSourceFile("data/doksan.json");
    const std::string from = "\"맛나분식\"";
    ASSERT_NE(text.find(from), std::string::npos);
    text.replace(text.find(from), from.size(), "\"맛나분식 본점\"");
    app.Apply(intent::OpenShop{app.GetBundle()->shops[0].id});
    app.OnPreviewText("doksan-edited.json", text);
    Frame();
    EXPECT_TRUE(app.State().preview.usable);
    EXPECT_EQ(app.State().preview.source, "doksan-edited.json");
    EXPECT_EQ(app.GetBundle()->shops[0].name.Ko(), "맛나분식 본점");
    // The owner stays on the card they were looking at, now with the new data.
    EXPECT_EQ(app.State().screen, Screen::kShop);
    EXPECT_EQ(app.State().shopId, app.GetBundle()->shops[0].id);
    // The published file arriving later does not take the preview's place.
    app.OnBundleText("data/doksan.json", test::ReadSourceFile("data/doksan.json"));
    EXPECT_EQ(app.GetBundle()->shops[0].name.Ko(), "맛나분식 본점");
}

TEST_F(Preview, ABrokenFileListsItsProblemsBesideTheLastGoodData) {
    const std::size_t shops = app.GetBundle()->shops.size();
    app.OnPreviewText("broken.json", test::ReadSourceFile("tests/data/invalid/unknown_references.json"));
    Frame();
    EXPECT_FALSE(app.State().preview.usable);
    EXPECT_EQ(app.State().screen, Screen::kHome);  // not the error screen
    EXPECT_EQ(app.GetBundle()->shops.size(), shops);
    ASSERT_EQ(app.State().preview.problems.size(), 2u);
    EXPECT_EQ(app.State().preview.problems[1].pointer, "/promotions/0/shop");
    EXPECT_TRUE(app.State().preview.problemsOpen);
    EXPECT_TRUE(Target("chip", "problems"));
    Tap(*Target("chip", "problems"));
    EXPECT_FALSE(app.State().preview.problemsOpen);

    app.OnPreviewText("not-json.json", "{ \"district\": ");
    EXPECT_FALSE(app.State().preview.problems.empty());
    EXPECT_GT(app.State().preview.problems[0].line, 0);
    app.OnPreviewFailure("https://elsewhere.example/x.json", "only files from this site can be previewed");
    EXPECT_EQ(app.State().preview.problems[0].message, "only files from this site can be previewed");
    EXPECT_EQ(app.GetBundle()->shops.size(), shops);
}

TEST_F(Preview, HoursItCannotReadAreListedAsWarningsAndTheFileIsStillShown) {
    std::string text = test::ReadSourceFile("data/doksan.json");
    const std::string from = "\"Mo-Sa 10:30-21:00; Su off\"";
    ASSERT_NE(text.find(from), std::string::npos);
    text.replace(text.find(from), from.size(), "\"9시~6시\"");
    app.OnPreviewText("hours.json", text);
    EXPECT_TRUE(app.State().preview.usable);
    ASSERT_EQ(app.State().preview.problems.size(), 1u);
    EXPECT_TRUE(app.State().preview.problems[0].warning);
    EXPECT_NE(app.State().preview.problems[0].pointer.find("/hours"), std::string::npos);
}

TEST(PreviewEntry, TheFooterLinkTurnsPreviewOn) {
    ImGui::CreateContext();
    int entered = 0;
    App::Host host;
    host.page.enterPreview = [&] { ++entered; };
    App app(host);
    app.Apply(intent::EnterPreview{});
    EXPECT_TRUE(app.State().preview.on);
    EXPECT_EQ(entered, 1);
    ImGui::DestroyContext();
}

}  // namespace
}  // namespace golmok
