// The editor in the page: forms change what visitors see at once, every change is kept in the
// browser's storage and comes back after a reload, and export writes the file as it was but for
// the changes.

#include <gtest/gtest.h>

#include <sstream>

#include "core/bundle/bundle_loader.h"
#include "core/bundle/bundle_writer.h"
#include "headless_app.h"
#include "test_util.h"

namespace golmok {
namespace {

const char* const kShop = "manna-bunsik";

class Editor : public HeadlessApp {
protected:
    void SetUp() override {
        HeadlessApp::SetUp();
        original = test::ReadSourceFile("data/doksan.json");
        app.OnBundleText("data/doksan.json", original);
        Frame();
    }

    const FormField* Field(const std::string& id) {
        for (const FormField& f : app.State().editor.fields) {
            if (f.id == id) return &f;
        }
        return nullptr;
    }

    // Scrolls the form until the target is on screen.
    const HitTarget* Reveal(const std::string& kind, const std::string& id) {
        for (int i = 0; i < 10; ++i) {
            for (const HitTarget& t : app.State().frame.targets) {
                if (t.kind != kind || t.id != id) continue;
                if (t.visible && t.y > 0 && t.y + t.h < ImGui::GetIO().DisplaySize.y) return &t;
                app.ScrollBy(-(t.y - ImGui::GetIO().DisplaySize.y / 2));
                break;
            }
            Frame();
            Frame();
        }
        return nullptr;
    }

    void OpenForm(const std::string& entity) {
        app.Apply(intent::OpenEditor{ParseEntity(entity)});
        Frame();
        Frame();
    }


    std::string original;
};

TEST_F(Editor, TheShopCardOpensItsForm) {
    app.Apply(intent::OpenShop{kShop});
    Frame();
    const HitTarget* edit = Target("edit", std::string("shop/") + kShop);
    ASSERT_TRUE(edit);
    Tap(*edit);
    EXPECT_EQ(app.State().screen, Screen::kEditor);
    EXPECT_EQ(app.State().editor.entity, std::string("shop/") + kShop);
    EXPECT_EQ(FormatRoute(app.CurrentRoute()), std::string("#/edit/shop/") + kShop);
    const FormField* name = Field(std::string("shop/") + kShop + "|name.ko");
    ASSERT_TRUE(name);
    EXPECT_EQ(name->value, app.GetBundle()->FindShop(kShop)->name.Ko());
    EXPECT_EQ(name->kind, "text");
    EXPECT_EQ(name->lang, "ko");
    EXPECT_GT(name->h, 0);
    // Other languages wait behind a chip; the hours are a week to pick from.
    EXPECT_FALSE(Field(std::string("shop/") + kShop + "|name.en"));
    const FormField* opens = Field(std::string("shop/") + kShop + "|hours@Mo.0.start");
    ASSERT_TRUE(opens);
    EXPECT_EQ(opens->kind, "time");
    Tap(*Target("chip", "other-languages"));
    EXPECT_TRUE(Field(std::string("shop/") + kShop + "|name.en"));
}

TEST_F(Editor, TypingChangesWhatVisitorsSeeAndIsKept) {
    OpenForm(std::string("shop/") + kShop);
    const std::string id = std::string("shop/") + kShop + "|name.ko";
    app.OnFieldFocus(id, true);
    for (const char* typed : {"맛나분식 ", "맛나분식 보", "맛나분식 본", "맛나분식 본점"})
        app.OnFieldInput(id, typed);
    app.OnFieldFocus(id, false);
    Frame();
    EXPECT_EQ(app.GetBundle()->FindShop(kShop)->name.Ko(), "맛나분식 본점");
    EXPECT_EQ(app.State().editor.editCount, 1u);  // one field visit, one step
    EXPECT_EQ(storage.count("golmok.draft.doksan"), 1u);

    // A reload: a new page on the same browser storage shows the change again.
    App reloaded(BrowserHost());
    reloaded.SetNow((Date{2026, 11, 29}).DaysSinceEpoch() * 86400 + 3 * 3600);
    reloaded.OnBundleText("data/doksan.json", original);
    ASSERT_TRUE(reloaded.State().editor.active);
    EXPECT_EQ(reloaded.GetBundle()->FindShop(kShop)->name.Ko(), "맛나분식 본점");
    EXPECT_EQ(reloaded.State().editor.editCount, 1u);
    EXPECT_FALSE(reloaded.State().editor.notice.empty());
}

TEST_F(Editor, ADraftThatCannotBeReadLeavesThePublishedDataAndSaysSo) {
    storage["golmok.draft.doksan"] = "{\"golmokDraft\": 1, \"edits\": [";
    App reloaded(BrowserHost());
    reloaded.OnBundleText("data/doksan.json", original);
    EXPECT_FALSE(reloaded.State().editor.active);
    EXPECT_EQ(reloaded.State().screen, Screen::kHome);
    EXPECT_EQ(reloaded.GetBundle()->shops.size(), app.GetBundle()->shops.size());
    EXPECT_FALSE(reloaded.State().editor.notice.empty());
    EXPECT_EQ(storage.size(), 1u);  // left as it was until the next change
}

TEST_F(Editor, HoursSayWhatTheyMeanAsTheyAreTyped) {
    app.SetLanguage(Lang::kKo);
    OpenForm(std::string("shop/") + kShop);
    const std::string id = std::string("shop/") + kShop + "|hours";
    app.OnFieldFocus(id, true);  // typed into: the text stays, whatever it reads as
    app.OnFieldInput(id, "Mo-Fr 09:00-18:00; Su off");
    Frame();
    EXPECT_NE(Field(id)->note.find("월–금 09:00–18:00"), std::string::npos) << Field(id)->note;
    // "6시" could be morning or evening: reading stops there, counted in characters, not bytes.
    app.OnFieldInput(id, "9시~6시");
    Frame();
    EXPECT_NE(Field(id)->note.find("4번째 글자부터 읽을 수 없습니다"), std::string::npos) << Field(id)->note;
    EXPECT_FALSE(Target("hours-reading", std::string("shop/") + kShop));
    // Hours that cannot be read are still kept as written (the page says "hours not known").
    EXPECT_EQ(app.GetBundle()->FindShop(kShop)->hours, "9시~6시");
}

TEST_F(Editor, HoursWrittenInKoreanAreReadBackAndKeptOnlyOnceConfirmed) {
    app.SetLanguage(Lang::kKo);
    const std::string shop = std::string("shop/") + kShop;
    OpenForm(shop);
    Frame();
    Tap(*Reveal("chip", "hours-text"));
    const std::string id = shop + "|hours";
    app.OnFieldFocus(id, true);
    app.OnFieldInput(id, "월~금 9시~18시, 매주 일요일 휴무, 둘째·넷째 화요일 휴무");
    Frame();
    // Both forms under the field: the meaning in words and the opening_hours it becomes.
    const std::string note = Field(id)->note;
    EXPECT_NE(note.find("이렇게 읽었습니다"), std::string::npos) << note;
    EXPECT_NE(note.find("월–금 09:00–18:00"), std::string::npos) << note;
    EXPECT_NE(note.find("Mo-Fr 09:00-18:00; Su off; Tu[2,4] off"), std::string::npos) << note;
    // Until the owner confirms, the text is kept as typed.
    EXPECT_EQ(app.Session()->Data().FindShop(kShop)->hours,
              "월~금 9시~18시, 매주 일요일 휴무, 둘째·넷째 화요일 휴무");
    app.OnFieldFocus(id, false);
    Frame();
    Tap(*Reveal("hours-reading", shop));
    EXPECT_EQ(app.Session()->Data().FindShop(kShop)->hours, "Mo-Fr 09:00-18:00; Su off; Tu[2,4] off");
    Frame();
    // Saturday was not named: closed, as the line said before the owner confirmed.
    EXPECT_EQ(Field(id)->note, "월–금 09:00–18:00, 토·일 휴무, 둘째·넷째 화요일 휴무");
    EXPECT_FALSE(Target("hours-reading", shop));
}

// [The week picker of the hours field]

TEST_F(Editor, HoursShowAsAWeekAndLookingAtThemChangesNothing) {
    const std::string shop = std::string("shop/") + kShop;
    const std::string hours = app.GetBundle()->FindShop(kShop)->hours;  // "Mo-Sa 10:30-21:00; Su off"
    OpenForm(shop);
    Frame();
    EXPECT_FALSE(Field(shop + "|hours"));  // no syntax to type
    const FormField* opens = Field(shop + "|hours@Mo.0.start");
    ASSERT_TRUE(opens);
    EXPECT_EQ(opens->kind, "time");
    EXPECT_EQ(opens->value, "10:30");
    EXPECT_EQ(Field(shop + "|hours@Sa.0.end")->value, "21:00");
    EXPECT_FALSE(Field(shop + "|hours@Su.0.start"));  // closed on Sundays
    ASSERT_TRUE(Target("chip", "hours-day:6"));
    EXPECT_EQ(Target("chip", "hours-day:6")->label, "휴무");
    EXPECT_EQ(app.State().editor.editCount, 0u);
    EXPECT_EQ(app.Session()->Data().FindShop(kShop)->hours, hours);
    // The text is one tap away, and back.
    Tap(*Reveal("chip", "hours-text"));
    EXPECT_TRUE(Field(shop + "|hours"));
    EXPECT_FALSE(Field(shop + "|hours@Mo.0.start"));
    Tap(*Reveal("chip", "hours-text"));
    EXPECT_FALSE(Field(shop + "|hours"));
    EXPECT_EQ(app.State().editor.editCount, 0u);
}

TEST_F(Editor, ThePickerSetsBreaksGroupsOfDaysAndWeeksOfTheMonth) {
    const std::string shop = std::string("shop/") + kShop;
    OpenForm(shop);
    const auto hours = [&] { return app.Session()->Data().FindShop(kShop)->hours; };
    // Monday gets a break, then its own times from the phone's time picker.
    Tap(*Reveal("chip", "hours-day:0"));
    EXPECT_EQ(hours(), "Mo 10:30-15:00,17:00-21:00; Tu-Sa 10:30-21:00; Su off");
    app.OnFieldFocus(shop + "|hours@Mo.0.start", true);
    app.OnFieldInput(shop + "|hours@Mo.0.start", "11:00");
    app.OnFieldFocus(shop + "|hours@Mo.0.start", false);
    EXPECT_EQ(hours(), "Mo 11:00-15:00,17:00-21:00; Tu-Sa 10:30-21:00; Su off");
    Frame();
    // The weekdays take Monday's hours; the weekend chip is on when Saturday and Sunday agree.
    Tap(*Reveal("chip", "hours-same:0"));
    EXPECT_EQ(hours(), "Mo-Fr 11:00-15:00,17:00-21:00; Sa 10:30-21:00; Su off");
    EXPECT_TRUE(Reveal("chip", "hours-same:0")->active);
    EXPECT_FALSE(Reveal("chip", "hours-same:1")->active);
    // Closed on the second Tuesday.
    Tap(*Reveal("chip", "hours-weekday:1"));
    Tap(*Reveal("chip", "hours-week:2"));
    EXPECT_EQ(hours(), "Mo-Fr 11:00-15:00,17:00-21:00; Sa 10:30-21:00; Su off; Tu[2] off");
    // Public holidays closed, then as usual again.
    Tap(*Reveal("chip", "hours-holidays:1"));
    EXPECT_EQ(hours(), "Mo-Fr 11:00-15:00,17:00-21:00; Sa 10:30-21:00; Su off; Tu[2] off; PH off");
    EXPECT_EQ(app.State().editor.editCount, 5u);
    Tap(*Reveal("chip", "undo"));
    EXPECT_EQ(hours(), "Mo-Fr 11:00-15:00,17:00-21:00; Sa 10:30-21:00; Su off; Tu[2] off");
    // What visitors see follows at once.
    EXPECT_EQ(app.GetBundle()->FindShop(kShop)->hours, hours());
}

TEST_F(Editor, TwentyFourHoursAndEveryDayTheSameShowAsSuch) {
    const std::string shop = std::string("shop/") + kShop;
    OpenForm(shop);
    const auto hours = [&] { return app.Session()->Data().FindShop(kShop)->hours; };
    Tap(*Reveal("chip", "hours-same:2"));
    EXPECT_EQ(hours(), "Mo-Su 10:30-21:00");
    EXPECT_TRUE(Reveal("chip", "hours-same:2")->active);
    Tap(*Reveal("chip", "hours-24"));
    EXPECT_EQ(hours(), "24/7");
    EXPECT_TRUE(Reveal("chip", "hours-24")->active);
    EXPECT_FALSE(Target("chip", "hours-day:0"));  // no day to set
    Tap(*Reveal("chip", "hours-24"));
    EXPECT_EQ(hours(), "Mo-Su 09:00-18:00");
}

TEST_F(Editor, HoursThePickerCannotShowStayTextAndAreNotRewritten) {
    const std::string shop = std::string("shop/") + kShop;
    const std::string id = shop + "|hours";
    const std::string written = "Mo-Sa 10:30-20:00 \"재료 소진 시 조기 마감\"; Su[-1] off";
    OpenForm(shop);
    app.OnFieldFocus(id, true);
    app.OnFieldInput(id, written);
    app.OnFieldFocus(id, false);
    const std::size_t edits = app.State().editor.editCount;
    for (int i = 0; i < 3; ++i) Frame();
    const FormField* text = Field(id);
    ASSERT_TRUE(text);
    EXPECT_EQ(text->value, written);
    EXPECT_FALSE(text->note.empty());  // what they mean, as typed
    EXPECT_FALSE(Field(shop + "|hours@Mo.0.start"));
    const HitTarget* typed = Reveal("chip", "hours-text");
    ASSERT_TRUE(typed);
    EXPECT_TRUE(typed->active);
    Tap(*typed);  // nothing to go back to
    EXPECT_TRUE(Field(id));
    EXPECT_EQ(app.Session()->Data().FindShop(kShop)->hours, written);
    EXPECT_EQ(app.State().editor.editCount, edits);
}

TEST_F(Editor, ADateThatDoesNotExistStaysInItsFieldWithTheReason) {
    const Promotion& promo = app.GetBundle()->promotions.front();
    const std::string entity = "promotion/" + promo.id;
    OpenForm(entity);
    const std::string id = entity + "|end";
    ASSERT_TRUE(Field(id));
    EXPECT_EQ(Field(id)->kind, "date");
    const std::string before = WriteBundle(app.Session()->Data());
    app.OnFieldInput(id, "2026-02-30");
    Frame();
    EXPECT_EQ(Field(id)->value, "2026-02-30");  // what was typed stays
    EXPECT_EQ(app.State().editor.pending.count(id), 1u);
    EXPECT_EQ(WriteBundle(app.Session()->Data()), before);
    app.OnFieldInput(id, "2026-12-31");
    Frame();
    EXPECT_EQ(app.State().editor.pending.count(id), 0u);
    EXPECT_EQ(Field(id)->value, "2026-12-31");
}

TEST_F(Editor, ExportDiffersFromTheFileOnlyWhereEdited) {
    OpenForm(std::string("shop/") + kShop);
    app.OnFieldInput(std::string("shop/") + kShop + "|phone", "02-851-0000");
    app.Apply(intent::Export{});
    ASSERT_EQ(downloads.size(), 1u);
    EXPECT_EQ(downloads[0].first, "doksan.json");
    // Sample deals are shown on dates moved to today; the file keeps its own dates.
    const std::vector<std::string> changed = test::ChangedLines(original, downloads[0].second);
    ASSERT_EQ(changed.size(), 1u);
    EXPECT_EQ(changed[0], "      \"phone\": \"02-851-0000\",");
    EXPECT_TRUE(LoadBundle(downloads[0].second).ok());
}

TEST_F(Editor, PublishAsksThePageForTheUpdateAndSaysHowItWent) {
    OpenForm(std::string("shop/") + kShop);
    app.OnFieldInput(std::string("shop/") + kShop + "|phone", "02-851-0000");
    app.Apply(intent::OpenEditor{});
    Frame();
    Frame();
    const HitTarget* chip = Reveal("chip", "publish");
    ASSERT_TRUE(chip);
    Tap(*chip);
    ASSERT_EQ(published.size(), 1u);
    EXPECT_EQ(published[0].bundleName, "doksan.json");
    EXPECT_EQ(published[0].zipName, "golmok-update-doksan-" + app.State().today.ToString() + ".zip");
    EXPECT_EQ(published[0].text, WriteBundle(app.Session()->Data()));
    EXPECT_EQ(app.State().editor.publish.step, PublishStep::kWorking);
    // A second press while the first is under way asks nothing more.
    app.Apply(intent::Publish{});
    EXPECT_EQ(published.size(), 1u);

    app.OnPublished(PublishStep::kReady, published[0].zipName, 9, "");
    Frame();
    EXPECT_EQ(app.State().editor.publish.files, 9);
    // The next change makes the update out of date: the note goes.
    app.OnFieldInput(std::string("shop/") + kShop + "|phone", "02-851-0001");
    app.OnFieldFocus(std::string("shop/") + kShop + "|phone", false);
    Frame();
    EXPECT_EQ(app.State().editor.publish.step, PublishStep::kIdle);

    app.Apply(intent::Publish{});
    app.OnPublished(PublishStep::kProblems, "", 0, "doksan.json:3:4: /shops/0: problem");
    Frame();
    EXPECT_EQ(app.State().editor.publish.step, PublishStep::kProblems);
    EXPECT_EQ(app.State().editor.publish.detail, "doksan.json:3:4: /shops/0: problem");
}

TEST_F(Editor, UndoAndRedoFromTheToolbar) {
    OpenForm(std::string("shop/") + kShop);
    const std::string before = app.GetBundle()->FindShop(kShop)->phone;
    app.OnFieldInput(std::string("shop/") + kShop + "|phone", "02-851-0000");
    Frame();
    const int generation = app.State().editor.generation;
    Tap(*Target("chip", "undo"));
    EXPECT_EQ(app.GetBundle()->FindShop(kShop)->phone, before);
    EXPECT_GT(app.State().editor.generation, generation);  // the page refills its inputs
    EXPECT_EQ(Field(std::string("shop/") + kShop + "|phone")->value, before);
    Tap(*Target("chip", "redo"));
    EXPECT_EQ(app.GetBundle()->FindShop(kShop)->phone, "02-851-0000");
}

TEST_F(Editor, ChipsSetCategoriesAndPayments) {
    OpenForm(std::string("shop/") + kShop);
    const Shop before = *app.GetBundle()->FindShop(kShop);
    const std::string other = app.GetBundle()->categories.back().id;
    ASSERT_NE(other, before.category);
    ASSERT_TRUE(Target("chip", "cat:" + other));
    Tap(*Target("chip", "cat:" + other));
    EXPECT_EQ(app.GetBundle()->FindShop(kShop)->category, other);
    const bool hadCash =
        std::find(before.payment.begin(), before.payment.end(), Payment::kCash) != before.payment.end();
    const HitTarget* cash = Reveal("chip", "payment:cash");
    ASSERT_TRUE(cash);
    Tap(*cash);
    const std::vector<Payment>& now = app.GetBundle()->FindShop(kShop)->payment;
    EXPECT_EQ(std::find(now.begin(), now.end(), Payment::kCash) != now.end(), !hadCash);
    EXPECT_EQ(app.State().editor.editCount, 2u);
}

TEST_F(Editor, TappingTheMapPlacesTheShop) {
    OpenForm(std::string("shop/") + kShop);
    const LatLon before = app.GetBundle()->FindShop(kShop)->position;
    Tap(*Reveal("place", kShop));
    EXPECT_EQ(app.State().screen, Screen::kMap);
    EXPECT_EQ(app.State().editor.placing, kShop);
    Frame();
    // A tap a little below and right of the map's centre.
    const MapState& map = app.State().map;
    HitTarget spot{
        "map", "", "",  map.x + float(map.view.width) / 2 + 60, map.y + float(map.view.height) / 2 + 90,
        2,     2,  true};
    Tap(spot);
    const LatLon after = app.GetBundle()->FindShop(kShop)->position;
    EXPECT_NE(after.lat, before.lat);
    EXPECT_NE(after.lon, before.lon);
    EXPECT_EQ(app.State().screen, Screen::kMap);  // still placing: another tap moves it again
    Tap(*Target("place-done", kShop));
    EXPECT_EQ(app.State().editor.placing, "");
    EXPECT_EQ(app.State().screen, Screen::kEditor);
}

TEST_F(Editor, ANewShopIsListedWithWhatItStillNeeds) {
    OpenForm("");
    const HitTarget* add = Reveal("add", "shop");
    ASSERT_TRUE(add);
    Tap(*add);
    EXPECT_EQ(app.State().editor.entity, "shop/new-shop-1");
    ASSERT_TRUE(app.GetBundle()->FindShop("new-shop-1"));
    // It has no name yet: the check says so, at its place in the file.
    bool nameMissing = false;
    for (const Diagnostic& d : app.State().editor.problems) {
        nameMissing = nameMissing ||
                      d.pointer.rfind("/shops/" + std::to_string(app.GetBundle()->shops.size() - 1), 0) == 0;
    }
    EXPECT_TRUE(nameMissing);
}

TEST_F(Editor, DiscardingAsksFirstThenForgetsEverything) {
    OpenForm(std::string("shop/") + kShop);
    app.OnFieldInput(std::string("shop/") + kShop + "|phone", "02-851-0000");
    OpenForm("");
    const HitTarget* ask = Reveal("discard", "ask");
    ASSERT_TRUE(ask);
    Tap(*ask);
    EXPECT_TRUE(app.State().editor.confirmDiscard);
    EXPECT_EQ(storage.size(), 1u);
    const HitTarget* yes = Reveal("chip", "discard:yes");
    ASSERT_TRUE(yes);
    Tap(*yes);
    EXPECT_TRUE(storage.empty());
    EXPECT_FALSE(app.State().editor.active);
    EXPECT_EQ(app.State().screen, Screen::kHome);
    EXPECT_EQ(app.GetBundle()->FindShop(kShop)->phone, LoadBundle(original).bundle->FindShop(kShop)->phone);
}

}  // namespace
}  // namespace golmok
