#include "tools/shop_csv.h"

#include <gtest/gtest.h>

#include "core/bundle/bundle_loader.h"
#include "core/bundle/bundle_writer.h"
#include "test_util.h"

namespace golmok {
namespace {

using test::ReadSourceFile;

Bundle LoadFile(const char* file) {
    BundleLoadResult r = LoadBundle(ReadSourceFile(file));
    EXPECT_TRUE(r.ok()) << file;
    return r.bundle ? *r.bundle : Bundle();
}

ShopCsvImportResult Import(const std::string& csv, const Bundle& into, ShopCsvImportOptions options = {}) {
    return ImportShopsCsv(ParseCsv(csv), into, options);
}

std::string Problems(const ShopCsvImportResult& r) {
    std::string out;
    for (const CsvProblem& p : r.problems) out += FormatCsvProblem("shops.csv", p) + "\n";
    return out;
}

const char kHeader[] = "id,name_ko,category,lat,lon,address_ko\n";

TEST(ShopCsv, ExportThenImportGivesTheSameBundle) {
    for (const char* file : {"data/doksan.json", "data/samseon.json"}) {
        const Bundle bundle = LoadFile(file);
        const ShopCsvImportResult r = Import(ExportShopsCsv(bundle), bundle);
        ASSERT_TRUE(r.ok()) << Problems(r);
        EXPECT_EQ(r.json, WriteBundle(bundle)) << file;
        EXPECT_EQ(r.updated, int(bundle.shops.size()));
        EXPECT_EQ(r.added, 0);
    }
}

TEST(ShopCsv, ExportWritesTheDocumentedHeaderAndLists) {
    const Bundle bundle = LoadFile("data/doksan.json");
    const std::string csv = ExportShopsCsv(bundle);
    EXPECT_EQ(
        csv.substr(0, csv.find('\r')),
        "id,name_ko,name_en,name_ja,name_zh,category,lat,lon,address_ko,address_en,address_ja,address_zh,"
        "description_ko,description_en,description_ja,description_zh,phone,hours,menu,payment,languages,"
        "menu_languages,tags,confirmed,sample");
    EXPECT_NE(csv.find("떡볶이=4500; "), std::string::npos);
}

TEST(ShopCsv, UpdatesNamedColumnsAndKeepsTheRest) {
    const Bundle bundle = LoadFile("data/doksan.json");
    const Shop& before = bundle.shops[0];
    const ShopCsvImportResult r =
        Import("id,phone,hours\n" + before.id + ",02-111-2222,Mo-Fr 09:00-18:00\n", bundle);
    ASSERT_TRUE(r.ok()) << Problems(r);
    const Shop& after = *r.bundle->FindShop(before.id);
    EXPECT_EQ(after.phone, "02-111-2222");
    EXPECT_EQ(after.hours, "Mo-Fr 09:00-18:00");
    EXPECT_EQ(WriteShop(after).find("menu") != std::string::npos, !before.menu.empty());
    EXPECT_EQ(after.name.Get(Lang::kJa), before.name.Get(Lang::kJa));
    EXPECT_EQ(r.updated, 1);
    EXPECT_EQ(r.kept, int(bundle.shops.size()) - 1);
}

TEST(ShopCsv, AddsNewShopsAfterTheOthers) {
    const Bundle bundle = LoadFile("tests/data/valid/minimal.json");
    const ShopCsvImportResult r =
        Import(std::string(kHeader) + "new-1,새 가게,bunsik,37.466,126.896,독산동 1\n", bundle);
    ASSERT_TRUE(r.ok()) << Problems(r);
    ASSERT_EQ(r.bundle->shops.size(), 2u);
    EXPECT_EQ(r.bundle->shops[1].id, "new-1");
    EXPECT_EQ(r.bundle->shops[1].name.Ko(), "새 가게");
    EXPECT_EQ(r.added, 1);
    EXPECT_TRUE(LoadBundle(r.json).ok());
}

TEST(ShopCsv, CategoryMayBeGivenByItsKoreanName) {
    const Bundle bundle = LoadFile("tests/data/valid/minimal.json");
    const ShopCsvImportResult r =
        Import(std::string(kHeader) + "new-1,가게,분식,37.466,126.896,주소\n", bundle);
    ASSERT_TRUE(r.ok()) << Problems(r);
    EXPECT_EQ(r.bundle->shops[1].category, "bunsik");
}

TEST(ShopCsv, UnknownColumnIsNamed) {
    const ShopCsvImportResult r = Import("id,name_ko,colour\n", LoadFile("tests/data/valid/minimal.json"));
    EXPECT_FALSE(r.ok());
    EXPECT_EQ(
        Problems(r),
        "shops.csv: row 1, column 3: unknown column \"colour\"; the golmok layout has: id, name_ko, "
        "name_en, name_ja, name_zh, category, lat, lon, address_ko, address_en, address_ja, address_zh, "
        "description_ko, description_en, description_ja, description_zh, phone, hours, menu, payment, "
        "languages, menu_languages, tags, confirmed, sample (give a mapping file with --map for other "
        "spreadsheets)\n");
}

TEST(ShopCsv, BadCellsNameRowAndColumn) {
    const ShopCsvImportResult r =
        Import(std::string("id,name_ko,category,lat,lon,address_ko,phone,menu\n") +
                   "a-1,가게,bunsik,37.46x,126.896,주소,02-12,떡볶이 4500\n" +
                   "Bad Id,가게,bunsik,37.466,126.896,주소,,\n" + "a-3,가게,pizza,37.466,127.5,주소,,\n",
               LoadFile("tests/data/valid/minimal.json"));
    EXPECT_FALSE(r.ok());
    EXPECT_FALSE(r.bundle);
    EXPECT_EQ(
        Problems(r),
        "shops.csv: row 2, column 4: lat: expected a number of degrees such as 37.4661, found \"37.46x\"\n"
        "shops.csv: row 2, column 7: phone: expected digits and hyphens such as \"02-803-1234\", found "
        "\"02-12\"\n"
        "shops.csv: row 2, column 8: menu: expected items such as \"떡볶이=4500; 순대=4000\" (prices in "
        "won, at most 100,000,000), found \"떡볶이 4500\"\n"
        "shops.csv: row 3, column 1: id: expected lower-case letters, digits and hyphens (at most 64, not "
        "starting with a hyphen), found \"Bad Id\"\n"
        "shops.csv: row 4, column 3: unknown category \"pizza\"; expected one of: bunsik\n"
        "shops.csv: row 4, column 4: position (37.466000, 127.500000) is outside the district's bounds "
        "(south 37.460000, west 126.890000, north 37.470000, east 126.900000)\n");
}

TEST(ShopCsv, NewShopWithoutRequiredFields) {
    const ShopCsvImportResult r =
        Import("id,name_ko\nnew-1,가게\n", LoadFile("tests/data/valid/minimal.json"));
    EXPECT_EQ(Problems(r),
              "shops.csv: row 2: a shop not yet in the bundle needs category, lat, lon, address_ko\n");
}

TEST(ShopCsv, RequiredFieldsCannotBeEmptied) {
    const ShopCsvImportResult r = Import("id,name_ko\nshop-1,\n", LoadFile("tests/data/valid/minimal.json"));
    EXPECT_EQ(Problems(r), "shops.csv: row 2, column 2: name_ko is empty; every shop needs one\n");
}

TEST(ShopCsv, RowWithTheWrongNumberOfColumns) {
    const ShopCsvImportResult r =
        Import("id,name_ko\nshop-1,a,b\n", LoadFile("tests/data/valid/minimal.json"));
    EXPECT_EQ(Problems(r),
              "shops.csv: row 2: this row has 3 columns, the header 2; a separator or quote is probably "
              "missing\n");
}

TEST(ShopCsv, AShopOnTwoRows) {
    const ShopCsvImportResult r = Import("id,phone\nshop-1,02-111-2222\nshop-1,02-111-3333\n",
                                         LoadFile("tests/data/valid/minimal.json"));
    EXPECT_EQ(Problems(r), "shops.csv: row 3, column 1: this shop (\"shop-1\") is also on row 2\n");
}

TEST(ShopCsv, HoursItCannotReadAreAWarning) {
    const ShopCsvImportResult r =
        Import("id,hours\nshop-1,월~금 9시\n", LoadFile("tests/data/valid/minimal.json"));
    EXPECT_TRUE(r.ok()) << Problems(r);
    ASSERT_EQ(r.problems.size(), 1u);
    EXPECT_TRUE(r.problems[0].warning);
    EXPECT_EQ(r.problems[0].column, 2);
}

TEST(ShopCsv, HoursInKoreanAreReadAndReportedWithBothTexts) {
    const ShopCsvImportResult r =
        Import("id,hours\nshop-1,\"월~금 9시~18시\n일 휴무\"\n", LoadFile("tests/data/valid/minimal.json"));
    ASSERT_TRUE(r.ok()) << Problems(r);
    EXPECT_EQ(r.bundle->FindShop("shop-1")->hours, "Mo-Fr 09:00-18:00; Su off");
    EXPECT_EQ(Problems(r),
              "shops.csv: row 2, column 2: warning: 맛나분식: hours \"월~금 9시~18시\\n일 "
              "휴무\" read as \"Mo-Fr 09:00-18:00; Su off\"\n");
}

TEST(ShopCsv, HoursAlreadyInOpeningHoursFormAreNotReported) {
    const ShopCsvImportResult r =
        Import("id,hours\nshop-1,Mo-Fr 09:00-18:00\n", LoadFile("tests/data/valid/minimal.json"));
    ASSERT_TRUE(r.ok()) << Problems(r);
    EXPECT_TRUE(r.problems.empty()) << Problems(r);
}

TEST(ShopCsv, MenuKeepsTranslationsOfItemsItRepeats) {
    const Bundle bundle = LoadFile("data/doksan.json");
    const Shop& shop = bundle.shops[0];
    ASSERT_GE(shop.menu.size(), 1u);
    const std::string first = shop.menu[0].name.Ko();
    const ShopCsvImportResult r =
        Import("id,menu\n" + shop.id + ",\"" + first + "=5,000원; 새 메뉴=7000\"\n", bundle);
    ASSERT_TRUE(r.ok()) << Problems(r);
    const Shop& after = *r.bundle->FindShop(shop.id);
    ASSERT_EQ(after.menu.size(), 2u);
    EXPECT_EQ(after.menu[0].price, 5000);
    EXPECT_EQ(after.menu[0].name.Get(Lang::kEn), shop.menu[0].name.Get(Lang::kEn));
    EXPECT_EQ(after.menu[1].name.Ko(), "새 메뉴");
}

TEST(ShopCsv, ListsAcceptCodesAndKoreanWords) {
    const ShopCsvImportResult r = Import(
        "id,payment,languages,tags,sample,confirmed\n"
        "shop-1,\"카드, zeropay; 현금\",ko;영어,매운맛; 포장,예,2026-11-01\n",
        LoadFile("tests/data/valid/minimal.json"));
    ASSERT_TRUE(r.ok()) << Problems(r);
    const Shop& s = r.bundle->shops[0];
    EXPECT_EQ(s.payment, (std::vector<Payment>{Payment::kCard, Payment::kZeropay, Payment::kCash}));
    EXPECT_EQ(s.languages, (std::vector<Lang>{Lang::kKo, Lang::kEn}));
    EXPECT_EQ(s.tags, (std::vector<std::string>{"매운맛", "포장"}));
    EXPECT_TRUE(s.sample);
    EXPECT_EQ(s.confirmed->ToString(), "2026-11-01");
}

TEST(ShopCsv, DropMissingRemovesUnlistedShopsButNotThoseWithPromotions) {
    const Bundle bundle = LoadFile("data/doksan.json");
    const Shop& kept = bundle.shops[0];
    ShopCsvImportOptions options;
    options.dropMissing = true;
    const ShopCsvImportResult r = Import("id\n" + kept.id + "\n", bundle, options);
    EXPECT_FALSE(r.ok());
    ASSERT_FALSE(r.problems.empty());
    EXPECT_NE(r.problems[0].message.find("names the shop"), std::string::npos) << Problems(r);

    Bundle noPromotions = bundle;
    noPromotions.promotions.clear();
    const ShopCsvImportResult ok = Import("id\n" + kept.id + "\n", noPromotions, options);
    ASSERT_TRUE(ok.ok()) << Problems(ok);
    EXPECT_EQ(ok.bundle->shops.size(), 1u);
    EXPECT_EQ(ok.removed, int(bundle.shops.size()) - 1);
}

TEST(ShopCsv, MappingReadsAnotherSpreadsheet) {
    std::vector<Diagnostic> errors;
    const auto mapping = ParseShopCsvMapping(
        R"({"name_ko": "가게 이름", "category": "업종", "lat": "위도", "lon": "경도", "address_ko": "주소"})",
        &errors);
    ASSERT_TRUE(mapping) << errors[0].message;
    ShopCsvImportOptions options;
    options.mapping = mapping;
    const Bundle bundle = LoadFile("tests/data/valid/minimal.json");
    const ShopCsvImportResult r = Import(
        "번호,가게 이름,업종,위도,경도,주소,비고\n"
        "1,맛나분식,분식,37.4655,126.8955,새 주소,무시\n"
        "2,새 가게,bunsik,37.466,126.896,독산동 2,\n",
        bundle, options);
    ASSERT_TRUE(r.ok()) << Problems(r);
    EXPECT_EQ(r.layout, ShopCsvLayout::kMapped);
    ASSERT_EQ(r.bundle->shops.size(), 2u);
    // Without an id column, a row names a shop by its Korean name.
    EXPECT_EQ(r.bundle->shops[0].address.Ko(), "새 주소");
    EXPECT_EQ(r.bundle->shops[1].id, "shop-2");
}

TEST(ShopCsv, MappingProblemsCarryPointers) {
    std::vector<Diagnostic> errors;
    EXPECT_FALSE(ParseShopCsvMapping("{\n  \"name_ko\": \"상호\",\n  \"colour\": \"색\"\n}", &errors));
    ASSERT_EQ(errors.size(), 1u);
    const std::string expected = "map.json:3:13: /colour: unknown field \"colour\"; expected one of: id, ";
    EXPECT_EQ(FormatDiagnostic("map.json", errors[0]).substr(0, expected.size()), expected);
}

TEST(ShopCsv, MappedColumnMissingFromTheHeader) {
    ShopCsvImportOptions options;
    options.mapping = ShopCsvMapping{{"name_ko", "상호"}};
    const ShopCsvImportResult r = Import("이름\n가게\n", LoadFile("tests/data/valid/minimal.json"), options);
    EXPECT_EQ(Problems(r),
              "shops.csv: row 1: the column \"상호\" that the mapping names for name_ko is not in the header "
              "row\n");
}

TEST(MatchSemasCategory, SpecificWordsWinOverGeneralOnes) {
    const Bundle b = LoadFile("data/doksan.json");
    EXPECT_EQ(MatchSemasCategory(b.categories, "음식", "기타 간이", "김밥/만두/분식"), "bunsik");
    EXPECT_EQ(MatchSemasCategory(b.categories, "음식", "한식", "돼지고기 구이/찜"), "bbq");
    EXPECT_EQ(MatchSemasCategory(b.categories, "음식", "한식", "백반/한정식"), "korean");
    EXPECT_EQ(MatchSemasCategory(b.categories, "음식", "중식", "중국집"), "chinese");
    EXPECT_EQ(MatchSemasCategory(b.categories, "음식", "비알코올", "카페"), "cafe");
    EXPECT_EQ(MatchSemasCategory(b.categories, "음식", "기타 간이", "치킨"), "chicken");
    EXPECT_EQ(MatchSemasCategory(b.categories, "소매", "음·식료품 소매", "정육점"), "butcher");
    EXPECT_EQ(MatchSemasCategory(b.categories, "소매", "의약·화장품 소매", "약국"), "pharmacy");
    EXPECT_EQ(MatchSemasCategory(b.categories, "소매", "섬유·의복·신발 소매", "신발 소매업"), "goods");
    EXPECT_EQ(MatchSemasCategory(b.categories, "수리·개인", "세탁", "세탁소"), "");
}

TEST(ShopCsv, SemasFileKeepsRowsInsideTheBounds) {
    const Bundle bundle = LoadFile("data/doksan.json");
    const ShopCsvImportResult r = Import(ReadSourceFile("tests/data/csv/semas_sample.csv"), bundle);
    ASSERT_TRUE(r.ok()) << Problems(r);
    EXPECT_EQ(r.layout, ShopCsvLayout::kSemas);
    EXPECT_EQ(r.outside, 2);
    EXPECT_EQ(r.added, 4);
    const Shop* shop = r.bundle->FindShop("semas-ma0000000000000000000001");
    ASSERT_NE(shop, nullptr);
    EXPECT_EQ(shop->name.Ko(), "예시분식 독산점");
    EXPECT_EQ(shop->category, "bunsik");
    EXPECT_EQ(shop->address.Ko(), "서울특별시 금천구 시흥대로 000 1층");
    // The laundry matches no category: it goes under "other", which the import adds.
    const Shop* laundry = r.bundle->FindShop("semas-ma0000000000000000000004");
    ASSERT_NE(laundry, nullptr);
    EXPECT_EQ(laundry->category, "other");
    ASSERT_NE(r.bundle->FindCategory("other"), nullptr);
    ASSERT_EQ(r.problems.size(), 1u);
    EXPECT_TRUE(r.problems[0].warning);
    EXPECT_EQ(FormatCsvProblem("s.csv", r.problems[0]),
              "s.csv: row 5, column 9: warning: the business type \"세탁소\" matches none of the bundle's "
              "categories; filed under \"other\"");
    EXPECT_TRUE(LoadBundle(r.json).ok());
}

}  // namespace
}  // namespace golmok
