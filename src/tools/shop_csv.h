// Shops ↔ spreadsheet rows: the golmok CSV layout (what `golmok export csv` writes), any other
// spreadsheet through a column mapping, and the public 소상공인시장진흥공단 상가(상권)정보 layout.
// Importing merges rows into an existing bundle; every problem names the CSV row and column.
// Works on UTF-8 text already split into records (csv.h); no file access, no encodings.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/model/bundle.h"
#include "core/model/diagnostic.h"
#include "tools/csv.h"

namespace golmok {

// The golmok layout's columns, in the order export writes them; also the field names a column
// mapping uses.
const std::vector<std::string>& ShopCsvColumns();

// Every shop of `bundle` as CSV text in the golmok layout (header first, CRLF line ends, UTF-8
// without byte order mark; the caller adds one or converts the encoding). Lists are written
// "a; b", a menu as "떡볶이=4500; 순대=4000" (Korean names).
std::string ExportShopsCsv(const Bundle& bundle);

// One shop's cells in the golmok layout, in ShopCsvColumns() order.
std::vector<std::string> ShopCsvRow(const Shop& shop);

// Which layout the header row was read as.
enum class ShopCsvLayout { kGolmok, kMapped, kSemas };

// A mapping from golmok column names (ShopCsvColumns) to the headers of another spreadsheet.
using ShopCsvMapping = std::vector<std::pair<std::string, std::string>>;

// Reads a mapping file: a JSON object such as {"name_ko": "상호", "lat": "위도"}. Problems carry
// JSON pointers (with line and column).
std::optional<ShopCsvMapping> ParseShopCsvMapping(std::string_view json, std::vector<Diagnostic>* errors);

struct ShopCsvImportOptions {
    std::optional<ShopCsvMapping> mapping;  // absent: golmok layout or 상가정보, told by the header
    bool dropMissing = false;               // remove the bundle's shops that no row names
    std::string fallbackCategory;  // 상가정보 rows whose business type has no match; "" = "other"
};

struct ShopCsvImportResult {
    ShopCsvLayout layout = ShopCsvLayout::kGolmok;
    std::optional<Bundle> bundle;      // the merged bundle, set only when there are no errors
    std::string json;                  // its canonical text (bundle_writer.h)
    std::vector<CsvProblem> problems;  // errors and warnings, in row order
    int added = 0, updated = 0, kept = 0, removed = 0;
    int outside = 0;  // 상가정보 rows left out because they lie outside the district's bounds
    bool ok() const;
};

// Merges the rows of `csv` (already parsed, header first) into `into`:
//  - a row names a shop by its id (or, when the sheet has no id column, by its Korean name);
//    a shop already in the bundle gets the row's columns and keeps every field that has no
//    column; a new shop is appended and must have a Korean name, category, lat, lon and Korean
//    address;
//  - an empty cell clears an optional field (a Korean name or address cannot be cleared);
//  - shops no row names stay as they are, unless options.dropMissing, which removes them (a
//    promotion naming a removed shop is then an error);
//  - a menu cell keeps the translations of the items whose Korean names it repeats.
// The result is checked like `golmok validate` does, so what it returns always loads.
ShopCsvImportResult ImportShopsCsv(const CsvParseResult& csv, const Bundle& into,
                                   const ShopCsvImportOptions& options);

// One shop as cells named by golmok column (ShopCsvColumns), for importers of other formats: a
// column absent from `cells` leaves that field as it is.
struct ShopRecord {
    int row = 0;  // reported back as CsvProblem::row
    std::vector<std::pair<std::string, std::string>> cells;
};

// ImportShopsCsv for records of another format. A problem's column is the golmok column's
// index in ShopCsvColumns() plus one (0 for the whole record).
ShopCsvImportResult ImportShopRecords(const std::vector<ShopRecord>& records, const Bundle& into,
                                      bool dropMissing);

// The bundle category a 상가정보 row's business type (대분류, 중분류, 소분류 names) files under
// among `categories`, or "" when nothing matches. The rules are listed in data/FORMAT.md.
std::string MatchSemasCategory(const std::vector<Category>& categories, std::string_view major,
                               std::string_view middle, std::string_view minor);

}  // namespace golmok
