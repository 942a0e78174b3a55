#include "core/bundle/bundle_edit.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <sstream>

#include "core/bundle/bundle_loader.h"
#include "core/bundle/bundle_writer.h"
#include "core/domain/schedule.h"
#include "test_util.h"

namespace golmok {
namespace {

using test::ChangedLines;
using test::ReadSourceFile;

Bundle Load(const std::string& file) {
    BundleLoadResult r = LoadBundle(ReadSourceFile(file));
    EXPECT_TRUE(r.ok()) << file;
    return r.bundle ? *r.bundle : Bundle();
}

std::vector<EntityRef> EveryEntity(const Bundle& b) {
    std::vector<EntityRef> refs{EntityRef{}};
    for (const Shop& s : b.shops) refs.push_back({EntityKind::kShop, s.id});
    for (const Promotion& p : b.promotions) refs.push_back({EntityKind::kPromotion, p.id});
    for (const Event& e : b.events) refs.push_back({EntityKind::kEvent, e.id});
    return refs;
}

TEST(BundleEdit, EntitiesReadBackAsWritten) {
    for (const char* text : {"district", "shop/manna-bunsik", "promotion/p-1", "event/e-2"}) {
        const std::optional<EntityRef> ref = ParseEntity(text);
        ASSERT_TRUE(ref) << text;
        EXPECT_EQ(FormatEntity(*ref), text);
    }
    EXPECT_FALSE(ParseEntity("shop/"));
    EXPECT_FALSE(ParseEntity("street/x"));
    EXPECT_FALSE(ParseEntity(""));
}

// Writing every field back as it reads changes not one byte of the shipped bundles: the text
// forms lose nothing (menus with translations, links, dates, positions, flags).
TEST(BundleEdit, EveryFieldWritesBackWhatItReads) {
    for (const char* file : {"data/doksan.json", "data/samseon.json"}) {
        Bundle b = Load(file);
        const std::string original = WriteBundle(b);
        for (const EntityRef& ref : EveryEntity(b)) {
            for (const FieldInfo& f : FieldsOf(ref.kind)) {
                std::string value;
                ASSERT_TRUE(GetField(b, ref, f.name, &value)) << FormatEntity(ref) << " " << f.name;
                ASSERT_TRUE(SetField(&b, ref, f.name, value).ok())
                    << FormatEntity(ref) << " " << f.name << ": " << value;
            }
        }
        EXPECT_EQ(WriteBundle(b), original) << file;
    }
}

TEST(BundleEdit, AnEditChangesOnlyItsLineOfTheExport) {
    const Bundle b = Load("data/doksan.json");
    const std::string original = ReadSourceFile("data/doksan.json");
    EditSession session(b, HashText(original));
    const EntityRef shop{EntityKind::kShop, "manna-bunsik"};
    ASSERT_TRUE(session.Set(shop, "name.ko", "맛나분식 본점").ok());
    ASSERT_TRUE(session.Set(shop, "hours", "Mo-Sa 10:00-21:00; Su off").ok());
    const std::vector<std::string> changed = ChangedLines(original, WriteBundle(session.Data()));
    ASSERT_EQ(changed.size(), 2u);
    EXPECT_NE(changed[0].find("\"ko\": \"맛나분식 본점\""), std::string::npos) << changed[0];
    EXPECT_NE(changed[1].find("\"hours\": \"Mo-Sa 10:00-21:00; Su off\""), std::string::npos) << changed[1];
}

TEST(BundleEdit, TypingIntoOneFieldIsOneUndoStep) {
    EditSession session(Load("data/doksan.json"), "base");
    const EntityRef shop{EntityKind::kShop, "manna-bunsik"};
    std::string before;
    ASSERT_TRUE(GetField(session.Data(), shop, "name.en", &before));
    for (const char* typed : {"M", "Ma", "Man", "Manna"})
        ASSERT_TRUE(session.Set(shop, "name.en", typed).ok());
    EXPECT_EQ(session.EditCount(), 1u);
    session.EndTyping();
    ASSERT_TRUE(session.Set(shop, "name.en", "Manna Bunsik").ok());
    EXPECT_EQ(session.EditCount(), 2u);

    ASSERT_TRUE(session.Undo());
    std::string now;
    GetField(session.Data(), shop, "name.en", &now);
    EXPECT_EQ(now, "Manna");
    ASSERT_TRUE(session.Undo());
    GetField(session.Data(), shop, "name.en", &now);
    EXPECT_EQ(now, before);
    EXPECT_FALSE(session.CanUndo());
    ASSERT_TRUE(session.Redo());
    ASSERT_TRUE(session.Redo());
    GetField(session.Data(), shop, "name.en", &now);
    EXPECT_EQ(now, "Manna Bunsik");
    EXPECT_FALSE(session.CanRedo());
}

TEST(BundleEdit, TypingBackToTheStartLeavesNoEdit) {
    EditSession session(Load("data/doksan.json"), "base");
    const EntityRef shop{EntityKind::kShop, "manna-bunsik"};
    std::string phone;
    GetField(session.Data(), shop, "phone", &phone);
    ASSERT_TRUE(session.Set(shop, "phone", phone + "9").ok());
    ASSERT_TRUE(session.Set(shop, "phone", phone).ok());
    EXPECT_EQ(session.EditCount(), 0u);
    EXPECT_FALSE(session.CanUndo());
}

TEST(BundleEdit, ValuesThatCannotBeReadChangeNothing) {
    EditSession session(Load("data/doksan.json"), "base");
    const std::string before = WriteBundle(session.Data());
    const EntityRef shop{EntityKind::kShop, "manna-bunsik"};
    const EntityRef promo{EntityKind::kPromotion, session.Data().promotions.front().id};
    EXPECT_EQ(session.Set(promo, "end", "2026-02-30").error, FieldError::kBadDate);
    EXPECT_EQ(session.Set(promo, "start", "").error, FieldError::kBadDate);
    EXPECT_EQ(session.Set(promo, "shop", "no-such-shop").error, FieldError::kBadValue);
    EXPECT_EQ(session.Set(shop, "position", "37.5").error, FieldError::kBadPosition);
    EXPECT_EQ(session.Set(shop, "position", "137.5,126.9").error, FieldError::kBadPosition);
    EXPECT_EQ(session.Set(shop, "payment", "card,bitcoin").error, FieldError::kBadCode);
    EXPECT_EQ(session.Set(shop, "category", "spaceship").error, FieldError::kBadValue);
    const FieldResult menu = session.Set(shop, "menu", "떡볶이 | 4000\n순대 | 사천원");
    EXPECT_EQ(menu.error, FieldError::kBadPrice);
    EXPECT_EQ(menu.line, 2);
    EXPECT_EQ(session.Set(shop, "wifi", "yes").error, FieldError::kNoSuchField);
    EXPECT_EQ(session.Set({EntityKind::kShop, "gone"}, "phone", "02-000-0000").error,
              FieldError::kNoSuchEntity);
    EXPECT_EQ(WriteBundle(session.Data()), before);
    EXPECT_EQ(session.EditCount(), 0u);
}

TEST(BundleEdit, MenuLinesReadPricesAsKoreansWriteThem) {
    EditSession session(Load("data/doksan.json"), "base");
    const EntityRef shop{EntityKind::kShop, "manna-bunsik"};
    ASSERT_TRUE(session.Set(shop, "menu", " 떡볶이 | 4,000원 | Tteokbokki \n\n순대|3500").ok());
    const Shop* s = session.Data().FindShop("manna-bunsik");
    ASSERT_EQ(s->menu.size(), 2u);
    EXPECT_EQ(s->menu[0].name.Ko(), "떡볶이");
    EXPECT_EQ(s->menu[0].name.Get(Lang::kEn), "Tteokbokki");
    EXPECT_EQ(s->menu[0].price, 4000);
    EXPECT_EQ(s->menu[1].price, 3500);
    std::string menu;
    GetField(session.Data(), shop, "menu", &menu);
    EXPECT_EQ(menu, "떡볶이 | 4000 | Tteokbokki\n순대 | 3500");
}

TEST(BundleEdit, AddingAndRemovingUndoExactly) {
    const Bundle b = Load("data/doksan.json");
    const std::string original = WriteBundle(b);
    EditSession session(b, "base");
    const EntityRef shop = session.AddShop(b.categories.front().id, b.district.center);
    EXPECT_EQ(shop.id, "new-shop-1");
    EXPECT_EQ(session.Data().shops.back().id, "new-shop-1");
    EXPECT_EQ(session.Data().shops.back().category, b.categories.front().id);
    const EntityRef promo = session.AddPromotion(shop.id, Date{2026, 11, 29});
    EXPECT_EQ(session.Data().promotions.back().end, (Date{2026, 12, 5}));
    EXPECT_EQ(session.Data().promotions.back().shop, shop.id);
    EXPECT_EQ(promo.id, "new-promotion-1");
    ASSERT_TRUE(session.Remove({EntityKind::kShop, "manna-bunsik"}));
    EXPECT_EQ(session.Data().FindShop("manna-bunsik"), nullptr);
    while (session.CanUndo()) session.Undo();
    EXPECT_EQ(WriteBundle(session.Data()), original);
    while (session.CanRedo()) session.Redo();
    EXPECT_EQ(session.Data().FindShop("manna-bunsik"), nullptr);
    EXPECT_NE(session.Data().FindShop("new-shop-1"), nullptr);
}

// Removing each entity and undoing puts it back where it was, every value intact.
TEST(BundleEdit, EveryEntityComesBackAfterRemoveAndUndo) {
    const Bundle b = Load("data/samseon.json");
    const std::string original = WriteBundle(b);
    EditSession session(b, "base");
    for (const EntityRef& ref : EveryEntity(b)) {
        if (ref.kind == EntityKind::kDistrict) {
            EXPECT_FALSE(session.Remove(ref));
            continue;
        }
        ASSERT_TRUE(session.Remove(ref)) << FormatEntity(ref);
        session.Undo();
        ASSERT_EQ(WriteBundle(session.Data()), original) << FormatEntity(ref);
    }
}

TEST(BundleEdit, ADraftBringsBackEditsAndWhatCanBeRedone) {
    const Bundle b = Load("data/doksan.json");
    EditSession a(b, "base-1");
    const EntityRef shop{EntityKind::kShop, "manna-bunsik"};
    a.Set(shop, "name.ko", "맛나분식 2호점");
    a.EndTyping();
    a.AddEvent(Date{2026, 12, 24});
    a.Remove({EntityKind::kShop, "doksan-galbi"});
    a.Set({}, "association.phone", "02-111-2222");
    a.Undo();  // the phone edit: kept for redo
    const std::string draft = a.SaveDraft("doksan");

    EditSession b2(b, "base-1");
    const DraftReplay replay = b2.LoadDraft(draft);
    ASSERT_TRUE(replay.ok) << replay.problem;
    EXPECT_EQ(replay.applied, 3);
    EXPECT_EQ(replay.skipped, 0);
    EXPECT_FALSE(replay.baseChanged);
    EXPECT_EQ(WriteBundle(b2.Data()), WriteBundle(a.Data()));
    EXPECT_EQ(b2.EditCount(), 3u);
    ASSERT_TRUE(b2.CanRedo());
    b2.Redo();
    a.Redo();
    EXPECT_EQ(WriteBundle(b2.Data()), WriteBundle(a.Data()));
    while (b2.CanUndo()) b2.Undo();
    EXPECT_EQ(WriteBundle(b2.Data()), WriteBundle(b));
}

TEST(BundleEdit, ADraftOnChangedDataAppliesWhatStillFits) {
    Bundle b = Load("data/doksan.json");
    EditSession a(b, "base-1");
    a.Set({EntityKind::kShop, "manna-bunsik"}, "phone", "02-333-4444");
    a.EndTyping();
    a.Set({EntityKind::kShop, "doksan-galbi"}, "phone", "02-555-6666");
    const std::string draft = a.SaveDraft("doksan");

    // The published file changed since: one shop is gone, another's phone is different.
    b.shops.erase(
        std::remove_if(b.shops.begin(), b.shops.end(), [](const Shop& s) { return s.id == "doksan-galbi"; }),
        b.shops.end());
    for (Shop& s : b.shops) {
        if (s.id == "manna-bunsik") s.phone = "02-999-9999";
    }
    EditSession b2(b, "base-2");
    const DraftReplay replay = b2.LoadDraft(draft);
    ASSERT_TRUE(replay.ok);
    EXPECT_TRUE(replay.baseChanged);
    EXPECT_EQ(replay.applied, 1);
    EXPECT_EQ(replay.skipped, 1);
    EXPECT_EQ(b2.Data().FindShop("manna-bunsik")->phone, "02-333-4444");
    b2.Undo();  // back to what the new data had, not to what the draft once saw
    EXPECT_EQ(b2.Data().FindShop("manna-bunsik")->phone, "02-999-9999");
}

TEST(BundleEdit, ABrokenDraftChangesNothing) {
    const Bundle b = Load("data/doksan.json");
    for (const char* text : {"", "{", "[]", "{\"golmokDraft\": 2, \"edits\": []}", "{\"edits\": 5}"}) {
        EditSession session(b, "base");
        const DraftReplay replay = session.LoadDraft(text);
        EXPECT_FALSE(replay.ok) << text;
        EXPECT_FALSE(replay.problem.empty()) << text;
        EXPECT_EQ(WriteBundle(session.Data()), WriteBundle(b)) << text;
    }
    EditSession session(b, "base");
    const DraftReplay replay = session.LoadDraft(
        R"({"golmokDraft": 1, "cursor": 2, "edits": [{"op": "explode", "entity": "shop/manna-bunsik"},
           {"op": "set", "entity": "shop/manna-bunsik", "field": "position", "after": "far away"}]})");
    EXPECT_TRUE(replay.ok);
    EXPECT_EQ(replay.applied, 0);
    EXPECT_EQ(replay.skipped, 2);
    EXPECT_EQ(WriteBundle(session.Data()), WriteBundle(b));
}

TEST(BundleEdit, SampleDatesGoBackToTheFilesDates) {
    const Bundle original = Load("data/doksan.json");
    ASSERT_TRUE(original.samples && original.samples->datesAnchor);
    Bundle shown = original;
    MoveSampleDates(&shown, Date{2027, 3, 15});
    EXPECT_NE(WriteBundle(shown), WriteBundle(original));
    RestoreSampleDates(&shown, original.samples->datesAnchor);
    EXPECT_EQ(WriteBundle(shown), WriteBundle(original));
}

TEST(BundleEdit, PointersNameTheEntitysPlace) {
    const Bundle b = Load("data/doksan.json");
    EXPECT_EQ(EntityPointer(b, {}), "/district");
    EXPECT_EQ(EntityPointer(b, {EntityKind::kShop, b.shops[2].id}), "/shops/2");
    EXPECT_EQ(EntityPointer(b, {EntityKind::kShop, "gone"}), "");
    EXPECT_EQ(HashText("abc"), HashText("abc"));
    EXPECT_NE(HashText("abc"), HashText("abd"));
    EXPECT_EQ(HashText("").size(), 16u);
}

}  // namespace
}  // namespace golmok
