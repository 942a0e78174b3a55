// Each tests/data/invalid/NAME.json is loaded and its errors, then its warnings, printed as the
// CLI prints them, must equal NAME.expected line for line. GOLMOK_UPDATE_GOLDEN=1 rewrites the .expected files
// (review the diff before committing).

#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>

#include "core/bundle/bundle_loader.h"
#include "test_util.h"

namespace golmok {
namespace {

std::vector<std::string> InvalidCases() { return test::JsonFilesIn("tests/data/invalid"); }

class GoldenErrors : public ::testing::TestWithParam<std::string> {};

TEST_P(GoldenErrors, MatchesExpectedFile) {
    const std::string name = GetParam();
    BundleLoadResult r = LoadBundle(test::ReadSourceFile("tests/data/invalid/" + name + ".json"));
    EXPECT_FALSE(r.bundle) << name << " must not load";
    std::string actual;
    for (const Diagnostic& d : r.errors) actual += FormatDiagnostic(name + ".json", d) + "\n";
    for (const Diagnostic& d : r.warnings) actual += FormatDiagnostic(name + ".json", d) + "\n";

    const std::string expectedPath = "tests/data/invalid/" + name + ".expected";
    if (const char* update = std::getenv("GOLMOK_UPDATE_GOLDEN"); update && *update == '1') {
        std::ofstream(test::SourcePath(expectedPath), std::ios::binary) << actual;
    }
    EXPECT_EQ(actual, test::ReadSourceFile(expectedPath));
}

INSTANTIATE_TEST_SUITE_P(Invalid, GoldenErrors, ::testing::ValuesIn(InvalidCases()),
                         [](const ::testing::TestParamInfo<std::string>& info) { return info.param; });

TEST(GoldenErrors, ThereAreCasesToCheck) { EXPECT_GE(InvalidCases().size(), 10u); }

}  // namespace
}  // namespace golmok
