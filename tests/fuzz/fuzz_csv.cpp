// Fuzzes the spreadsheet import: CSV bytes → records → shops merged into the Doksan sample
// bundle. Every problem must name a row that exists, and a merge that succeeds must give a
// bundle that writes and loads again, as `golmok import csv` promises.

#include <cstddef>
#include <cstdint>
#include <fstream>
#include <iterator>
#include <optional>
#include <string>

#include "core/bundle/bundle_loader.h"
#include "fuzz_check.h"
#include "tools/csv.h"
#include "tools/shop_csv.h"

using namespace golmok;

namespace {

const Bundle& Doksan() {
    static const std::optional<Bundle> bundle = [] {
        std::ifstream in(GOLMOK_SOURCE_DIR "/data/doksan.json", std::ios::binary);
        const std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
        return LoadBundle(text).bundle;
    }();
    if (!bundle) __builtin_trap();  // the sample bundle must load
    return *bundle;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const CsvParseResult csv = ParseCsv(reinterpret_cast<const char*>(data), size);
    int lastRow = 0;
    for (const CsvRecord& r : csv.records) lastRow = r.row;
    for (const CsvProblem& p : csv.errors) {
        GOLMOK_FUZZ_CHECK(p.row >= 0 && p.column >= 0, "a problem's place is never negative");
        GOLMOK_FUZZ_CHECK(!p.message.empty(), "a problem says what is wrong");
    }
    GOLMOK_FUZZ_CHECK(csv.errors.size() <= kMaxCsvProblems, "problems are capped");
    if (!csv.ok() || csv.records.empty()) return 0;
    const ShopCsvImportResult merged = ImportShopsCsv(csv, Doksan(), ShopCsvImportOptions{});
    for (const CsvProblem& p : merged.problems) {
        GOLMOK_FUZZ_CHECK(p.row <= lastRow, "a problem names a row of the sheet");
    }
    if (merged.ok()) {
        GOLMOK_FUZZ_CHECK(merged.bundle.has_value(), "a merge without errors gives a bundle");
        GOLMOK_FUZZ_CHECK(LoadBundle(merged.json).bundle.has_value(), "the merged bundle loads again");
    }
    return 0;
}
