#include "core/bundle/bundle_loader.h"

#include <gtest/gtest.h>

#include <set>

#include "test_util.h"

namespace golmok {
namespace {

using test::ReadSourceFile;

// The minimal valid bundle, with one substitution applied: tests below break one thing each.
std::string Minimal(const std::string& from = "", const std::string& to = "") {
    std::string text = ReadSourceFile("tests/data/valid/minimal.json");
    if (!from.empty()) {
        const std::size_t at = text.find(from);
        EXPECT_NE(at, std::string::npos) << from;
        if (at != std::string::npos) text.replace(at, from.size(), to);
    }
    return text;
}

const Diagnostic* FindError(const BundleLoadResult& r, const std::string& pointer) {
    for (const Diagnostic& d : r.errors) {
        if (d.pointer == pointer) return &d;
    }
    return nullptr;
}

TEST(LoadBundle, MinimalBundleLoads) {
    BundleLoadResult r = LoadBundle(Minimal());
    ASSERT_TRUE(r.ok()) << FormatDiagnostic("minimal.json", r.errors[0]);
    EXPECT_EQ(r.bundle->district.id, "minimal");
    EXPECT_EQ(r.bundle->district.name.Get(Lang::kEn), "Test Alley");
    ASSERT_EQ(r.bundle->shops.size(), 1u);
    EXPECT_EQ(r.bundle->shops[0].name.Ko(), "맛나분식");
    EXPECT_EQ(r.bundle->categories[0].color, 0xe4572eu);
}

class SampleBundle : public ::testing::TestWithParam<const char*> {};

TEST_P(SampleBundle, LoadsWithoutErrorsAndHasWhatTheHomePageShows) {
    BundleLoadResult r = LoadBundle(ReadSourceFile(std::string("data/") + GetParam()));
    for (const Diagnostic& d : r.errors) ADD_FAILURE() << FormatDiagnostic(GetParam(), d);
    ASSERT_TRUE(r.bundle);
    const Bundle& b = *r.bundle;
    EXPECT_GE(b.shops.size(), 30u);
    std::set<std::string> usedCategories;
    for (const Shop& s : b.shops) {
        usedCategories.insert(s.category);
        EXPECT_TRUE(s.sample) << s.id << " is invented and must be marked as a sample";
    }
    EXPECT_GE(usedCategories.size(), 8u);
    EXPECT_FALSE(b.streets.empty());
    EXPECT_FALSE(b.landmarks.empty());
    EXPECT_FALSE(b.promotions.empty());
    ASSERT_TRUE(b.samples);
    EXPECT_TRUE(b.samples->datesAnchor);
    EXPECT_TRUE(b.district.name.Has(Lang::kEn));
    EXPECT_TRUE(b.district.geometryNote.Has(Lang::kKo));
}

INSTANTIATE_TEST_SUITE_P(Data, SampleBundle, ::testing::Values("doksan.json", "samseon.json"));

TEST(LoadBundle, ReportsEveryErrorNotOnlyTheFirst) {
    BundleLoadResult r = LoadBundle(ReadSourceFile("tests/data/invalid/wrong_types.json"));
    EXPECT_FALSE(r.bundle);
    EXPECT_GE(r.errors.size(), 10u);
}

TEST(LoadBundle, EveryErrorHasAPosition) {
    BundleLoadResult r = LoadBundle(ReadSourceFile("tests/data/invalid/wrong_types.json"));
    for (const Diagnostic& d : r.errors) {
        EXPECT_GT(d.line, 0) << d.pointer;
        EXPECT_GT(d.column, 0) << d.pointer;
    }
}

TEST(LoadBundle, MissingKoreanIsAnError) {
    BundleLoadResult r = LoadBundle(Minimal(R"("ko": "맛나분식")", R"("en": "Matna")"));
    const Diagnostic* d = FindError(r, "/shops/0/name");
    ASSERT_TRUE(d);
    EXPECT_NE(d->message.find("Korean"), std::string::npos);
}

TEST(LoadBundle, UnknownCategoryNamesTheShopsCategory) {
    BundleLoadResult r = LoadBundle(Minimal(R"("category": "bunsik")", R"("category": "cafe")"));
    const Diagnostic* d = FindError(r, "/shops/0/category");
    ASSERT_TRUE(d);
    EXPECT_NE(d->message.find("unknown category \"cafe\""), std::string::npos);
    EXPECT_EQ(d->line, 17);
}

TEST(LoadBundle, PositionOutsideBoundsIsAnError) {
    BundleLoadResult r = LoadBundle(
        Minimal(R"("lat": 37.465, "lon": 126.895 },
      "address")",
                R"("lat": 37.465, "lon": 127.0 },
      "address")"));
    const Diagnostic* d = FindError(r, "/shops/0/position");
    ASSERT_TRUE(d);
    EXPECT_NE(d->message.find("outside the district's bounds"), std::string::npos);
}

TEST(LoadBundle, NonFiniteAndHugeCoordinatesAreRefused) {
    EXPECT_FALSE(LoadBundle(Minimal("\"lat\": 37.465, \"lon\": 126.895 },\n      \"address\"",
                                    "\"lat\": 1e999, \"lon\": 126.895 },\n      \"address\""))
                     .ok());
    BundleLoadResult r = LoadBundle(Minimal("\"lat\": 37.465, \"lon\": 126.895 },\n      \"address\"",
                                            "\"lat\": 3746.5, \"lon\": 126.895 },\n      \"address\""));
    ASSERT_TRUE(FindError(r, "/shops/0/position/lat"));
}

TEST(LoadBundle, LinksAllowOnlyWebPhoneAndMail) {
    EXPECT_TRUE(IsAllowedLinkScheme("https://example.org/"));
    EXPECT_TRUE(IsAllowedLinkScheme("HTTP://example.org/"));
    EXPECT_TRUE(IsAllowedLinkScheme("tel:02-0123-4567"));
    EXPECT_TRUE(IsAllowedLinkScheme("mailto:info@example.org"));
    EXPECT_FALSE(IsAllowedLinkScheme("javascript:alert(1)"));
    EXPECT_FALSE(IsAllowedLinkScheme(" javascript:alert(1)"));
    EXPECT_FALSE(IsAllowedLinkScheme("data:text/html,x"));
    EXPECT_FALSE(IsAllowedLinkScheme("//example.org"));
    EXPECT_FALSE(IsAllowedLinkScheme("https:"));
    EXPECT_FALSE(IsAllowedLinkScheme("example.org"));
}

TEST(LoadBundle, RefusesATopLevelThatIsNotAnObject) {
    BundleLoadResult r = LoadBundle("[]");
    ASSERT_EQ(r.errors.size(), 1u);
    EXPECT_EQ(r.errors[0].pointer, "");
    EXPECT_EQ(r.errors[0].message, "expected a bundle object, found an array");
}

TEST(LoadBundle, EmptyTextIsASyntaxError) {
    BundleLoadResult r = LoadBundle("");
    ASSERT_EQ(r.errors.size(), 1u);
    EXPECT_NE(r.errors[0].message.find("invalid JSON"), std::string::npos);
}

TEST(LoadDistrictIndex, ReadsTheShippedIndex) {
    IndexLoadResult r = LoadDistrictIndex(ReadSourceFile("data/index.json"));
    for (const Diagnostic& d : r.errors) ADD_FAILURE() << FormatDiagnostic("index.json", d);
    ASSERT_TRUE(r.index);
    EXPECT_EQ(r.index->defaultId, "doksan");
    ASSERT_EQ(r.index->districts.size(), 2u);
    EXPECT_EQ(r.index->districts[1].bundle, "samseon.json");
}

TEST(LoadDistrictIndex, RefusesPathsAndUnknownDefaults) {
    IndexLoadResult r = LoadDistrictIndex(R"({"format": 1, "default": "x", "districts": [
        {"id": "a", "bundle": "../secret.json", "name": {"ko": "가"}},
        {"id": "b", "bundle": "https://evil.example/b.json", "name": {"ko": "나"}}]})");
    ASSERT_EQ(r.errors.size(), 3u);
    EXPECT_EQ(r.errors[0].pointer, "/districts/0/bundle");
    EXPECT_EQ(r.errors[1].pointer, "/districts/1/bundle");
    EXPECT_EQ(r.errors[2].pointer, "/default");
}

// Two districts, the second the default; the page asks for one of them or for something else.
DistrictIndex TwoDistricts() {
    DistrictIndex index;
    index.defaultId = "samseon";
    index.districts = {{"doksan", "doksan.json", {}}, {"samseon", "samseon.json", {}}};
    return index;
}

TEST(PickDistrict, OpensTheDistrictAskedFor) {
    const DistrictIndex index = TwoDistricts();
    ASSERT_NE(PickDistrict(index, "doksan"), nullptr);
    EXPECT_EQ(PickDistrict(index, "doksan")->bundle, "doksan.json");
    EXPECT_EQ(PickDistrict(index, "samseon")->bundle, "samseon.json");
}

TEST(PickDistrict, OpensTheDefaultWhenNoneOrAnUnlistedOneIsAskedFor) {
    const DistrictIndex index = TwoDistricts();
    ASSERT_NE(PickDistrict(index, ""), nullptr);
    EXPECT_EQ(PickDistrict(index, "")->id, "samseon");
    ASSERT_NE(PickDistrict(index, "gone"), nullptr);
    EXPECT_EQ(PickDistrict(index, "gone")->id, "samseon");
}

TEST(PickDistrict, TheDistrictAskedForWinsOverAnEarlierDefault) {
    DistrictIndex index = TwoDistricts();
    index.defaultId = "doksan";
    EXPECT_EQ(PickDistrict(index, "samseon")->id, "samseon");
}

TEST(PickDistrict, NothingWhenNeitherIsListed) {
    DistrictIndex index = TwoDistricts();
    index.defaultId = "gone";
    EXPECT_EQ(PickDistrict(index, "elsewhere"), nullptr);
    EXPECT_EQ(PickDistrict(DistrictIndex{}, ""), nullptr);
}

}  // namespace
}  // namespace golmok
