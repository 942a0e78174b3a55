#include "tools/synthetic.h"

#include <gtest/gtest.h>

#include <set>

#include "core/bundle/bundle_loader.h"

namespace golmok {
namespace {

TEST(SyntheticBundle, LoadsWithoutErrors) {
    BundleLoadResult r = LoadBundle(GenerateSyntheticBundle(500, 7));
    for (const Diagnostic& d : r.errors) ADD_FAILURE() << FormatDiagnostic("synthetic", d);
    ASSERT_TRUE(r.bundle);
    EXPECT_EQ(r.bundle->shops.size(), 500u);
    EXPECT_FALSE(r.bundle->promotions.empty());
}

TEST(SyntheticBundle, TheSameSeedGivesTheSameBytes) {
    EXPECT_EQ(GenerateSyntheticBundle(50, 3), GenerateSyntheticBundle(50, 3));
    EXPECT_NE(GenerateSyntheticBundle(50, 3), GenerateSyntheticBundle(50, 4));
}

TEST(SyntheticBundle, NamesAreVariedKoreanWords) {
    BundleLoadResult r = LoadBundle(GenerateSyntheticBundle(1000, 1));
    ASSERT_TRUE(r.bundle);
    std::set<std::string> names;
    for (const Shop& s : r.bundle->shops) names.insert(s.name.Ko());
    EXPECT_GT(names.size(), 500u);
}

}  // namespace
}  // namespace golmok
