// [SECTION] index
//  - Columns of the golmok layout
//  - Cell readers (numbers, lists, menu, flags), each reporting with row and column
//  - Export
//  - Column mapping files
//  - 상가(상권)정보: layout and business types → categories
//  - Import: header → cells per row → merge → check

#include "tools/shop_csv.h"

#include <array>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <unordered_map>

#include "core/bundle/bundle_loader.h"
#include "core/bundle/bundle_writer.h"
#include "core/domain/korean_hours.h"
#include "core/json/json_text.h"
#include "core/json/json_writer.h"

namespace golmok {
namespace {

// [SECTION] Columns of the golmok layout

enum Col {
    kId,
    kName,  // kName + Lang: name_ko, name_en, name_ja, name_zh
    kCategory = kName + kLangCount,
    kLat,
    kLon,
    kAddress,  // address_ko …
    kDescription = kAddress + kLangCount,
    kPhone = kDescription + kLangCount,
    kHours,
    kMenu,
    kPayment,
    kLanguages,
    kMenuLanguages,
    kTags,
    kConfirmed,
    kSample,
    kColCount
};

std::vector<std::string> MakeColumns() {
    std::vector<std::string> c(kColCount);
    c[kId] = "id";
    for (int l = 0; l < kLangCount; ++l) {
        const std::string code = LangCode(Lang(l));
        c[kName + l] = "name_" + code;
        c[kAddress + l] = "address_" + code;
        c[kDescription + l] = "description_" + code;
    }
    c[kCategory] = "category";
    c[kLat] = "lat";
    c[kLon] = "lon";
    c[kPhone] = "phone";
    c[kHours] = "hours";
    c[kMenu] = "menu";
    c[kPayment] = "payment";
    c[kLanguages] = "languages";
    c[kMenuLanguages] = "menu_languages";
    c[kTags] = "tags";
    c[kConfirmed] = "confirmed";
    c[kSample] = "sample";
    return c;
}

int FindColumn(std::string_view name) {
    const std::vector<std::string>& columns = ShopCsvColumns();
    for (int i = 0; i < kColCount; ++i) {
        if (columns[i] == name) return i;
    }
    return -1;
}

std::string ColumnList() {
    std::string list;
    for (const std::string& c : ShopCsvColumns()) list += (list.empty() ? "" : ", ") + c;
    return list;
}

// [SECTION] Cell readers

std::string_view Trim(std::string_view s) {
    const std::size_t first = s.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos) return {};
    return s.substr(first, s.find_last_not_of(" \t\r\n") - first + 1);
}

// A cell's text on one line, for a message: each line break written as "\n".
std::string OneLine(std::string_view s) {
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '\r' && i + 1 < s.size() && s[i + 1] == '\n') continue;
        out += (s[i] == '\n' || s[i] == '\r') ? std::string("\\n") : std::string(1, s[i]);
    }
    return out;
}

std::string Lower(std::string_view s) {
    std::string out(s);
    for (char& c : out) {
        if (c >= 'A' && c <= 'Z') c = char(c - 'A' + 'a');
    }
    return out;
}

// Items separated by any of `separators`, trimmed, empty ones dropped.
std::vector<std::string> SplitList(std::string_view s, std::string_view separators) {
    std::vector<std::string> items;
    std::size_t start = 0;
    while (start <= s.size()) {
        std::size_t end = s.find_first_of(separators, start);
        if (end == std::string_view::npos) end = s.size();
        const std::string_view item = Trim(s.substr(start, end - start));
        if (!item.empty()) items.emplace_back(item);
        start = end + 1;
    }
    return items;
}

// A decimal number, nothing else: no hex, no "inf", no trailing text.
bool ParseDecimal(std::string_view s, double* out) {
    s = Trim(s);
    if (s.empty() || s.size() > 40) return false;
    for (char c : s) {
        const bool ok = (c >= '0' && c <= '9') || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E';
        if (!ok) return false;
    }
    const std::string text(s);
    char* end = nullptr;
    const double v = std::strtod(text.c_str(), &end);
    if (end != text.c_str() + text.size() || !std::isfinite(v)) return false;
    *out = v;
    return true;
}

// Won as people write them: "4500", "4,500", "4,500원".
bool ParseWon(std::string_view s, std::int64_t* out) {
    s = Trim(s);
    const std::string_view kWon = "원";
    if (s.size() >= kWon.size() && s.substr(s.size() - kWon.size()) == kWon) {
        s = Trim(s.substr(0, s.size() - kWon.size()));
    }
    std::int64_t v = 0;
    int digits = 0;
    for (char c : s) {
        if (c == ',') continue;
        if (c < '0' || c > '9') return false;
        v = v * 10 + (c - '0');
        if (++digits > 10) return false;
    }
    if (digits == 0) return false;
    *out = v;
    return true;
}

struct Alias {
    const char* word;
    int value;
};

// A list cell of known codes (or their Korean words), separated by ';' or ','.
template <typename T, std::size_t N>
bool ParseCodes(std::string_view cell, const Alias (&names)[N], std::vector<T>* out, std::string* bad) {
    out->clear();
    for (const std::string& item : SplitList(cell, ";,")) {
        const std::string key = Lower(item);
        int value = -1;
        for (const Alias& a : names) {
            if (key == a.word) value = a.value;
        }
        if (value < 0) {
            *bad = item;
            return false;
        }
        bool seen = false;
        for (T t : *out) seen = seen || t == T(value);
        if (!seen) out->push_back(T(value));
    }
    return true;
}

const Alias kPaymentWords[] = {{"card", int(Payment::kCard)},
                               {"카드", int(Payment::kCard)},
                               {"zeropay", int(Payment::kZeropay)},
                               {"제로페이", int(Payment::kZeropay)},
                               {"onnuri", int(Payment::kOnnuri)},
                               {"온누리", int(Payment::kOnnuri)},
                               {"온누리상품권", int(Payment::kOnnuri)},
                               {"cash", int(Payment::kCash)},
                               {"현금", int(Payment::kCash)}};

const Alias kLangWords[] = {{"ko", int(Lang::kKo)},   {"한국어", int(Lang::kKo)}, {"en", int(Lang::kEn)},
                            {"영어", int(Lang::kEn)}, {"ja", int(Lang::kJa)},     {"일본어", int(Lang::kJa)},
                            {"zh", int(Lang::kZh)},   {"중국어", int(Lang::kZh)}};

bool ParseFlag(std::string_view s, bool* out) {
    const std::string v = Lower(Trim(s));
    if (v.empty() || v == "false" || v == "0" || v == "no" || v == "n" || v == "아니오") {
        *out = false;
    } else if (v == "true" || v == "1" || v == "yes" || v == "y" || v == "예") {
        *out = true;
    } else {
        return false;
    }
    return true;
}

std::string JoinList(const std::vector<std::string>& items) {
    std::string out;
    for (const std::string& item : items) out += (out.empty() ? "" : "; ") + item;
    return out;
}

// [SECTION] Export

std::vector<std::string> RowOf(const Shop& s) {
    std::vector<std::string> row(kColCount);
    row[kId] = s.id;
    for (int l = 0; l < kLangCount; ++l) {
        row[kName + l] = s.name.values[l];
        row[kAddress + l] = s.address.values[l];
        row[kDescription + l] = s.description.values[l];
    }
    row[kCategory] = s.category;
    row[kLat] = FormatJsonNumber(s.position.lat);
    row[kLon] = FormatJsonNumber(s.position.lon);
    row[kPhone] = s.phone;
    row[kHours] = s.hours;
    std::vector<std::string> items;
    for (const MenuItem& m : s.menu) items.push_back(m.name.Ko() + "=" + std::to_string(m.price));
    row[kMenu] = JoinList(items);
    items.clear();
    for (Payment p : s.payment) items.push_back(PaymentCode(p));
    row[kPayment] = JoinList(items);
    items.clear();
    for (Lang l : s.languages) items.push_back(LangCode(l));
    row[kLanguages] = JoinList(items);
    items.clear();
    for (Lang l : s.menuLanguages) items.push_back(LangCode(l));
    row[kMenuLanguages] = JoinList(items);
    row[kTags] = JoinList(s.tags);
    if (s.confirmed) row[kConfirmed] = s.confirmed->ToString();
    row[kSample] = s.sample ? "true" : "";
    return row;
}

// [SECTION] 상가(상권)정보

// The columns of the 소상공인시장진흥공단 상가(상권)정보 file that the import reads.
struct SemasColumns {
    int number = -1, name = -1, branch = -1, major = -1, middle = -1, minor = -1;
    int roadAddress = -1, lotAddress = -1, floor = -1, lon = -1, lat = -1;
};

struct SemasRule {
    const char* category;
    int level;  // 0 대분류, 1 중분류, 2 소분류
    const char* words[6];
};

// First match wins, so specific words come before general ones ("떡볶이" before "떡").
const SemasRule kSemasRules[] = {
    {"bunsik", 2, {"김밥", "분식", "떡볶이", "만두", "라면"}},
    {"chicken", 2, {"치킨", "호프", "맥주"}},
    {"bbq", 2, {"구이", "곱창", "막창", "고기", "갈비", "삼겹"}},
    {"cafe", 2, {"카페", "커피", "디저트", "아이스크림", "빙수", "찻집"}},
    {"bakery", 2, {"빵", "제과", "도넛", "떡", "한과"}},
    {"butcher", 2, {"정육", "반찬", "축산"}},
    {"produce", 2, {"과일", "채소", "청과", "농산"}},
    {"pharmacy", 2, {"약국"}},
    {"pub", 2, {"주점", "소주", "포장마차", "와인"}},
    {"chinese", 1, {"중식"}},
    {"chinese", 2, {"중국", "짜장", "짬뽕", "마라"}},
    {"korean", 1, {"한식"}},
    {"korean", 2, {"백반", "한정식", "국밥", "냉면", "국수", "찌개"}},
    {"pub", 1, {"주점"}},
    {"cafe", 1, {"비알코올"}},
    {"goods", 0, {"소매"}},
};

bool Contains(std::string_view text, const char* word) {
    return !text.empty() && text.find(word) != std::string_view::npos;
}

// [SECTION] Import

struct Cell {
    bool present = false;
    std::string value;
    int column = 0;  // 1-based column in the CSV
};

using Cells = std::array<Cell, kColCount>;

class Importer {
public:
    Importer(const CsvParseResult& csv, const Bundle& into, const ShopCsvImportOptions& options)
        : m_csv(csv), m_options(options) {
        m_result.bundle = into;
    }

    ShopCsvImportResult Run() {
        if (!m_csv.ok()) {
            m_result.problems = m_csv.errors;
            return Finish();
        }
        if (m_csv.records.empty()) {
            Error(0, 0, "the file has no rows; expected a header row first");
            return Finish();
        }
        if (!ReadHeader(m_csv.records[0])) return Finish();
        Start();
        for (std::size_t r = 1; r < m_csv.records.size(); ++r) Row(m_csv.records[r]);
        return End();
    }

    ShopCsvImportResult RunRecords(const std::vector<ShopRecord>& records) {
        Start();
        for (const ShopRecord& rec : records) {
            Cells cells;
            bool known = true;
            for (const auto& [name, value] : rec.cells) {
                const int col = FindColumn(name);
                if (col < 0) {
                    Error(rec.row, 0, "unknown field \"" + name + "\"; expected one of: " + ColumnList());
                    known = false;
                    continue;
                }
                cells[col] = {true, value, col + 1};
            }
            if (known) Apply(rec.row, cells);
        }
        return End();
    }

private:
    void Start() {
        const Bundle& b = *m_result.bundle;
        for (std::size_t i = 0; i < b.shops.size(); ++i) m_shopIndex.emplace(b.shops[i].id, i);
        m_shopRow.assign(b.shops.size(), 0);
    }

    ShopCsvImportResult End() {
        if (!HasErrors() && m_options.dropMissing) DropMissing();
        m_result.kept = 0;
        for (int row : m_shopRow) m_result.kept += row == 0;
        if (!HasErrors()) Check();
        return Finish();
    }

    void Error(int row, int column, std::string message) {
        if (std::size_t(m_errorCount) >= kMaxCsvProblems) return;
        ++m_errorCount;
        m_result.problems.push_back({row, column, std::move(message)});
    }
    void Warn(int row, int column, std::string message) {
        m_result.problems.push_back({row, column, std::move(message), /*warning=*/true});
    }
    bool HasErrors() const { return m_errorCount > 0; }

    ShopCsvImportResult Finish() {
        if (HasErrors() || !m_csv.ok()) m_result.bundle.reset();
        if (!m_result.bundle) m_result.json.clear();
        return std::move(m_result);
    }

    // [SECTION] Import: the header row

    bool ReadHeader(const CsvRecord& header) {
        m_width = header.fields.size();
        std::vector<std::string> names;
        for (const std::string& f : header.fields) names.emplace_back(Trim(f));
        m_columnOf.fill(-1);
        if (m_options.mapping) {
            m_result.layout = ShopCsvLayout::kMapped;
            for (const auto& [field, title] : *m_options.mapping) {
                const int col = FindColumn(field);
                int at = -1;
                for (std::size_t i = 0; i < names.size() && at < 0; ++i) {
                    if (names[i] == title) at = int(i);
                }
                if (at < 0) {
                    Error(header.row, 0,
                          "the column \"" + title + "\" that the mapping names for " + field +
                              " is not in the header row");
                } else if (col >= 0) {
                    m_columnOf[col] = at;
                }
            }
            return !HasErrors();
        }
        if (IsSemasHeader(names)) {
            m_result.layout = ShopCsvLayout::kSemas;
            return ReadSemasHeader(header.row, names);
        }
        m_result.layout = ShopCsvLayout::kGolmok;
        for (std::size_t i = 0; i < names.size(); ++i) {
            if (names[i].empty()) continue;  // spreadsheets often save a trailing empty column
            const int col = FindColumn(names[i]);
            if (col < 0) {
                Error(header.row, int(i) + 1,
                      "unknown column \"" + names[i] + "\"; the golmok layout has: " + ColumnList() +
                          " (give a mapping file with --map for other spreadsheets)");
            } else if (m_columnOf[col] >= 0) {
                Error(
                    header.row, int(i) + 1,
                    "the column \"" + names[i] + "\" is also column " + std::to_string(m_columnOf[col] + 1));
            } else {
                m_columnOf[col] = int(i);
            }
        }
        if (!HasErrors() && m_columnOf[kId] < 0) {
            Error(header.row, 0, "no \"id\" column: the golmok layout names each shop by its id");
        }
        return !HasErrors();
    }

    static bool IsSemasHeader(const std::vector<std::string>& names) {
        int found = 0;
        for (const std::string& n : names) {
            found += n == "상가업소번호" || n == "상호명" || n == "경도" || n == "위도";
        }
        return found == 4;
    }

    bool ReadSemasHeader(int row, const std::vector<std::string>& names) {
        const struct {
            const char* title;
            int* column;
        } wanted[] = {{"상가업소번호", &m_semas.number},
                      {"상호명", &m_semas.name},
                      {"지점명", &m_semas.branch},
                      {"상권업종대분류명", &m_semas.major},
                      {"상권업종중분류명", &m_semas.middle},
                      {"상권업종소분류명", &m_semas.minor},
                      {"도로명주소", &m_semas.roadAddress},
                      {"지번주소", &m_semas.lotAddress},
                      {"층정보", &m_semas.floor},
                      {"경도", &m_semas.lon},
                      {"위도", &m_semas.lat}};
        for (const auto& w : wanted) {
            for (std::size_t i = 0; i < names.size() && *w.column < 0; ++i) {
                if (names[i] == w.title) *w.column = int(i);
            }
        }
        if (m_semas.roadAddress < 0 && m_semas.lotAddress < 0) {
            Error(row, 0, "a 상가(상권)정보 file needs a 도로명주소 or 지번주소 column");
        }
        const Bundle& b = *m_result.bundle;
        m_fallback = m_options.fallbackCategory.empty() ? "other" : m_options.fallbackCategory;
        if (!b.FindCategory(m_fallback) && !m_options.fallbackCategory.empty()) {
            Error(0, 0, "the fallback category \"" + m_fallback + "\" is not one of the bundle's categories");
        }
        return !HasErrors();
    }

    // [SECTION] Import: rows

    const std::string& Field(const CsvRecord& rec, int index) const {
        static const std::string kEmpty;
        return index >= 0 && std::size_t(index) < rec.fields.size() ? rec.fields[index] : kEmpty;
    }

    void Row(const CsvRecord& rec) {
        if (rec.fields.size() != m_width) {
            Error(rec.row, 0,
                  "this row has " + std::to_string(rec.fields.size()) + " columns, the header " +
                      std::to_string(m_width) + "; a separator or quote is probably missing");
            return;
        }
        Cells cells;
        for (int c = 0; c < kColCount; ++c) {
            if (m_columnOf[c] < 0) continue;
            cells[c].present = true;
            cells[c].value = rec.fields[m_columnOf[c]];
            cells[c].column = m_columnOf[c] + 1;
        }
        if (m_result.layout == ShopCsvLayout::kSemas && !SemasCells(rec, &cells)) return;
        Apply(rec.row, cells);
    }

    void SetCell(Cells* cells, int col, std::string value, int csvColumn) {
        (*cells)[col] = {true, std::move(value), csvColumn + 1};
    }

    // Fills the cells of a 상가정보 row; false when the row is left out (outside the bounds).
    bool SemasCells(const CsvRecord& rec, Cells* cells) {
        const SemasColumns& s = m_semas;
        std::string number;
        for (char c : Lower(Trim(Field(rec, s.number)))) {
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) number += c;
        }
        if (number.empty()) {
            Error(rec.row, s.number + 1, "상가업소번호 is empty");
            return false;
        }
        SetCell(cells, kId, "semas-" + number.substr(0, 58), s.number);
        std::string name(Trim(Field(rec, s.name)));
        const std::string_view branch = Trim(Field(rec, s.branch));
        if (!branch.empty()) name += " " + std::string(branch);
        SetCell(cells, kName, name, s.name);
        SetCell(cells, kLat, Field(rec, s.lat), s.lat);
        SetCell(cells, kLon, Field(rec, s.lon), s.lon);
        double lat = 0, lon = 0;
        if (ParseDecimal(Field(rec, s.lat), &lat) && ParseDecimal(Field(rec, s.lon), &lon) &&
            !m_result.bundle->district.bounds.Contains({lat, lon})) {
            ++m_result.outside;
            return false;
        }
        const bool road = !Trim(Field(rec, s.roadAddress)).empty();
        std::string address(Trim(Field(rec, road ? s.roadAddress : s.lotAddress)));
        const std::string_view floor = Trim(Field(rec, s.floor));
        if (!address.empty() && !floor.empty()) address += " " + std::string(floor) + "층";
        SetCell(cells, kAddress, address, road ? s.roadAddress : s.lotAddress);
        const std::string category = MatchSemasCategory(m_result.bundle->categories, Field(rec, s.major),
                                                        Field(rec, s.middle), Field(rec, s.minor));
        const int typeColumn = s.minor >= 0 ? s.minor : s.middle >= 0 ? s.middle : s.major;
        if (category.empty()) {
            UseFallbackCategory();
            const std::string type(Trim(Field(rec, typeColumn)));
            Warn(rec.row, typeColumn + 1,
                 "the business type \"" + type +
                     "\" matches none of the bundle's categories; filed under \"" + m_fallback + "\"");
            SetCell(cells, kCategory, m_fallback, typeColumn);
        } else {
            SetCell(cells, kCategory, category, typeColumn);
        }
        return true;
    }

    // Adds the "other" category the first time a row needs it and the bundle has none.
    void UseFallbackCategory() {
        Bundle& b = *m_result.bundle;
        if (b.FindCategory(m_fallback)) return;
        Category other;
        other.id = m_fallback;
        other.name.Get(Lang::kKo) = "기타";
        other.name.Get(Lang::kEn) = "Other";
        other.color = 0x868e96;
        b.categories.push_back(std::move(other));
    }

    // The shop a row names: by id, else (no id column) by Korean name; -1 for a new shop.
    long FindShop(const Cells& cells, const std::string& id) const {
        const Bundle& b = *m_result.bundle;
        if (!id.empty()) {
            auto it = m_shopIndex.find(id);
            return it == m_shopIndex.end() ? -1 : long(it->second);
        }
        if (cells[kId].present || !cells[kName].present) return -1;
        const std::string_view name = Trim(cells[kName].value);
        for (std::size_t i = 0; i < b.shops.size(); ++i) {
            if (b.shops[i].name.Ko() == name) return long(i);
        }
        return -1;
    }

    // A fresh id for a shop whose row gives none: "shop-<n>", the first one not taken.
    std::string NewId() {
        for (;;) {
            const std::string id = "shop-" + std::to_string(++m_nextId);
            if (!m_shopIndex.count(id)) return id;
        }
    }

    void Apply(int row, const Cells& cells) {
        std::string id(Trim(cells[kId].value));
        if (cells[kId].present && !id.empty() && !IsValidId(id)) {
            Error(row, cells[kId].column,
                  "id: expected lower-case letters, digits and hyphens (at most 64, not starting with a "
                  "hyphen), found \"" +
                      id + "\"");
            return;
        }
        const long found = FindShop(cells, id);
        if (found >= 0 && m_shopRow[found] != 0) {
            Error(row, cells[kId].present ? cells[kId].column : cells[kName].column,
                  "this shop (\"" + m_result.bundle->shops[found].id + "\") is also on row " +
                      std::to_string(m_shopRow[found]));
            return;
        }
        Shop shop = found >= 0 ? m_result.bundle->shops[found] : Shop();
        const int errorsBefore = m_errorCount;
        if (found < 0) {
            RequireForNewShop(row, cells);
        } else {
            RequireNotEmptied(row, cells);
        }
        ReadCells(row, cells, &shop);
        if (m_errorCount != errorsBefore) return;
        if (found >= 0) {
            m_result.bundle->shops[found] = std::move(shop);
            m_shopRow[found] = row;
            ++m_result.updated;
            return;
        }
        shop.id = id.empty() ? NewId() : id;
        m_shopIndex.emplace(shop.id, m_result.bundle->shops.size());
        m_result.bundle->shops.push_back(std::move(shop));
        m_shopRow.push_back(row);
        ++m_result.added;
    }

    static constexpr int kRequired[] = {kName, kCategory, kLat, kLon, kAddress};

    // A shop already in the bundle keeps its required fields: an empty cell cannot clear them.
    void RequireNotEmptied(int row, const Cells& cells) {
        for (int col : kRequired) {
            if (cells[col].present && Trim(cells[col].value).empty()) {
                Error(row, cells[col].column, ShopCsvColumns()[col] + " is empty; every shop needs one");
            }
        }
    }

    void RequireForNewShop(int row, const Cells& cells) {
        std::string missing;
        for (int col : kRequired) {
            if (!cells[col].present || Trim(cells[col].value).empty()) {
                missing += (missing.empty() ? "" : ", ") + ShopCsvColumns()[col];
            }
        }
        if (!missing.empty()) {
            Error(row, 0, "a shop not yet in the bundle needs " + missing);
        }
    }

    // Empty cells clear translations; an empty Korean text of a required field is reported by
    // RequireNotEmptied or RequireForNewShop, and leaves the text as it was.
    void ReadText(const Cells& cells, int first, Text* text, bool koRequired) {
        for (int l = 0; l < kLangCount; ++l) {
            const Cell& c = cells[first + l];
            if (!c.present) continue;
            std::string value(Trim(c.value));
            if (l == 0 && koRequired && value.empty()) continue;
            text->values[l] = std::move(value);
        }
    }

    void ReadCells(int row, const Cells& cells, Shop* s) {
        ReadText(cells, kName, &s->name, true);
        ReadText(cells, kAddress, &s->address, true);
        ReadText(cells, kDescription, &s->description, false);
        auto cell = [&](int col) -> const Cell* { return cells[col].present ? &cells[col] : nullptr; };
        auto value = [&](int col) { return std::string(Trim(cells[col].value)); };
        const Bundle& b = *m_result.bundle;
        if (const Cell* c = cell(kCategory)) {
            const std::string v = value(kCategory);
            const Category* category = b.FindCategory(v);
            for (std::size_t i = 0; !category && !v.empty() && i < b.categories.size(); ++i) {
                if (b.categories[i].name.Ko() == v) category = &b.categories[i];
            }
            if (category) {
                s->category = category->id;
            } else if (!v.empty()) {
                std::string list;
                for (const Category& k : b.categories) list += (list.empty() ? "" : ", ") + k.id;
                Error(row, c->column, "unknown category \"" + v + "\"; expected one of: " + list);
            }
        }
        ReadPosition(row, cells, s);
        if (const Cell* c = cell(kPhone)) {
            const std::string v = value(kPhone);
            if (!v.empty() && !IsValidPhone(v)) {
                Error(row, c->column,
                      "phone: expected digits and hyphens such as \"02-803-1234\", found \"" + v + "\"");
            }
            s->phone = v;
        }
        if (const Cell* c = cell(kHours)) {
            // Hours written in Korean ("월~금 9시~18시") become opening_hours; both are shown.
            s->hours = value(kHours);
            const HoursInput input = s->hours.empty() ? HoursInput{} : ReadHoursInput(s->hours);
            if (!input.ok()) {
                Warn(row, c->column,
                     "opening hours \"" + OneLine(s->hours) + "\" not understood: " + input.error->message +
                         "; the page shows \"hours not known\"");
            } else if (input.converted) {
                const std::string who = s->name.Ko().empty() ? "" : s->name.Ko() + ": ";
                Warn(row, c->column,
                     who + "hours \"" + OneLine(s->hours) + "\" read as \"" + input.hours + "\"");
                s->hours = input.hours;
            }
        }
        if (const Cell* c = cell(kMenu)) ReadMenu(row, c->column, value(kMenu), &s->menu);
        std::string bad;
        if (const Cell* c = cell(kPayment)) {
            if (!ParseCodes(c->value, kPaymentWords, &s->payment, &bad)) {
                Error(row, c->column,
                      "payment: unknown \"" + bad + "\"; expected card, zeropay, onnuri or cash");
            }
        }
        const int langCols[] = {kLanguages, kMenuLanguages};
        std::vector<Lang>* langLists[] = {&s->languages, &s->menuLanguages};
        for (int i = 0; i < 2; ++i) {
            const Cell* c = cell(langCols[i]);
            if (c && !ParseCodes(c->value, kLangWords, langLists[i], &bad)) {
                Error(row, c->column,
                      ShopCsvColumns()[langCols[i]] + ": unknown language \"" + bad +
                          "\"; expected ko, en, ja or zh");
            }
        }
        if (cell(kTags)) s->tags = SplitList(cells[kTags].value, ";");
        if (const Cell* c = cell(kConfirmed)) {
            const std::string v = value(kConfirmed);
            s->confirmed.reset();
            if (!v.empty()) {
                s->confirmed = ParseDate(v);
                if (!s->confirmed)
                    Error(row, c->column, "confirmed: expected a date YYYY-MM-DD, found \"" + v + "\"");
            }
        }
        if (const Cell* c = cell(kSample)) {
            if (!ParseFlag(c->value, &s->sample)) {
                Error(row, c->column,
                      "sample: expected true or false (or empty), found \"" + value(kSample) + "\"");
            }
        }
    }

    void ReadPosition(int row, const Cells& cells, Shop* s) {
        bool ok = true;
        const struct {
            int col;
            double* out;
            double limit;
        } axes[] = {{kLat, &s->position.lat, 90}, {kLon, &s->position.lon, 180}};
        for (const auto& a : axes) {
            const Cell& c = cells[a.col];
            if (!c.present || (Trim(c.value).empty() && m_result.layout != ShopCsvLayout::kSemas)) {
                ok = ok && c.present;
                continue;  // a new shop without it is reported by RequireForNewShop
            }
            double v = 0;
            if (!ParseDecimal(c.value, &v) || std::fabs(v) > a.limit) {
                Error(row, c.column,
                      ShopCsvColumns()[a.col] + ": expected a number of degrees such as " +
                          (a.col == kLat ? "37.4661" : "126.8983") + ", found \"" +
                          std::string(Trim(c.value)) + "\"");
                ok = false;
                continue;
            }
            *a.out = v;
        }
        const Bounds& bounds = m_result.bundle->district.bounds;
        if (ok && cells[kLat].present && !bounds.Contains(s->position)) {
            char buf[200];
            std::snprintf(buf, sizeof buf,
                          "position (%.6f, %.6f) is outside the district's bounds (south %.6f, west %.6f, "
                          "north %.6f, east %.6f)",
                          s->position.lat, s->position.lon, bounds.south, bounds.west, bounds.north,
                          bounds.east);
            Error(row, cells[kLat].column, buf);
        }
    }

    // "떡볶이=4500; 순대=4,000원": items keep the translations of same-named items already there.
    void ReadMenu(int row, int column, const std::string& cell, std::vector<MenuItem>* menu) {
        std::vector<MenuItem> items;
        for (const std::string& item : SplitList(cell, ";")) {
            const std::size_t eq = item.rfind('=');
            MenuItem m;
            const std::string name(eq == std::string::npos ? std::string_view()
                                                           : Trim(std::string_view(item).substr(0, eq)));
            if (eq == std::string::npos || name.empty() ||
                !ParseWon(std::string_view(item).substr(eq + 1), &m.price) || m.price > 100000000) {
                Error(row, column,
                      "menu: expected items such as \"떡볶이=4500; 순대=4000\" (prices in won, at most "
                      "100,000,000), found \"" +
                          item + "\"");
                return;
            }
            m.name.Get(Lang::kKo) = name;
            for (const MenuItem& old : *menu) {
                if (old.name.Ko() == name) {
                    m.name = old.name;
                    break;
                }
            }
            items.push_back(std::move(m));
        }
        *menu = std::move(items);
    }

    // [SECTION] Import: merge and check

    void DropMissing() {
        Bundle& b = *m_result.bundle;
        std::vector<Shop> shops;
        std::vector<int> rows;
        for (std::size_t i = 0; i < b.shops.size(); ++i) {
            if (m_shopRow[i] != 0) {
                shops.push_back(std::move(b.shops[i]));
                rows.push_back(m_shopRow[i]);
                continue;
            }
            ++m_result.removed;
            for (const Promotion& p : b.promotions) {
                if (p.shop == b.shops[i].id) {
                    Error(0, 0,
                          "the promotion \"" + p.id + "\" names the shop \"" + p.shop +
                              "\", which no row lists; add the shop to the file or remove the promotion "
                              "first");
                }
            }
        }
        b.shops = std::move(shops);
        m_shopRow = std::move(rows);
    }

    // Writes the merged bundle and loads it back: what the import returns always loads, and any
    // rule not checked cell by cell above is still reported, at the row the shop came from.
    void Check() {
        m_result.json = WriteBundle(*m_result.bundle);
        const BundleLoadResult loaded = LoadBundle(m_result.json);
        for (const Diagnostic& d : loaded.errors) {
            int row = 0;
            const std::string prefix = "/shops/";
            if (d.pointer.compare(0, prefix.size(), prefix) == 0) {
                const std::size_t index = std::strtoul(d.pointer.c_str() + prefix.size(), nullptr, 10);
                if (index < m_shopRow.size()) row = m_shopRow[index];
            }
            Error(row, 0, (d.pointer.empty() ? "/" : d.pointer) + ": " + d.message);
        }
    }

    const CsvParseResult& m_csv;
    const ShopCsvImportOptions& m_options;
    ShopCsvImportResult m_result;
    int m_errorCount = 0;
    std::size_t m_width = 0;
    std::array<int, kColCount> m_columnOf{};
    SemasColumns m_semas;
    std::string m_fallback;
    std::unordered_map<std::string, std::size_t> m_shopIndex;
    std::vector<int> m_shopRow;  // per shop of the bundle: the row that named it, 0 for none
    int m_nextId = 0;
};

}  // namespace

const std::vector<std::string>& ShopCsvColumns() {
    static const std::vector<std::string> kColumns = MakeColumns();
    return kColumns;
}

std::vector<std::string> ShopCsvRow(const Shop& shop) {
    return RowOf(shop);
}

std::string ExportShopsCsv(const Bundle& bundle) {
    std::string out;
    AppendCsvRecord(ShopCsvColumns(), &out);
    for (const Shop& s : bundle.shops) AppendCsvRecord(RowOf(s), &out);
    return out;
}

std::optional<ShopCsvMapping> ParseShopCsvMapping(std::string_view json, std::vector<Diagnostic>* errors) {
    ParsedJson parsed = ParseJson(json);
    std::vector<Diagnostic> found = std::move(parsed.errors);
    ShopCsvMapping mapping;
    const JsonValue root = parsed.Root();
    if (parsed.document && !root.IsObject()) {
        found.push_back({"", 0, 0,
                         "expected an object such as {\"name_ko\": \"상호\", \"lat\": \"위도\"}, found " +
                             std::string(root.Describe())});
    } else if (parsed.document) {
        for (JsonValue m = root.FirstChild(); m; m = m.NextSibling()) {
            const std::string key(m.Key());
            if (FindColumn(key) < 0) {
                found.push_back(
                    {m.Pointer(), 0, 0, "unknown field \"" + key + "\"; expected one of: " + ColumnList()});
            } else if (!m.IsString() || Trim(m.String()).empty()) {
                found.push_back(
                    {m.Pointer(), 0, 0, "expected the header of a column, as a non-empty string"});
            } else {
                mapping.emplace_back(key, std::string(Trim(m.String())));
            }
        }
        if (found.empty() && mapping.empty()) found.push_back({"", 0, 0, "the mapping names no column"});
    }
    AttachPositions(json, &found);
    errors->insert(errors->end(), found.begin(), found.end());
    if (!found.empty()) return std::nullopt;
    return mapping;
}

bool ShopCsvImportResult::ok() const {
    for (const CsvProblem& p : problems) {
        if (!p.warning) return false;
    }
    return bundle.has_value();
}

std::string MatchSemasCategory(const std::vector<Category>& categories, std::string_view major,
                               std::string_view middle, std::string_view minor) {
    const std::string_view levels[3] = {Trim(major), Trim(middle), Trim(minor)};
    for (const SemasRule& rule : kSemasRules) {
        bool exists = false;
        for (const Category& c : categories) exists = exists || c.id == rule.category;
        if (!exists) continue;
        for (const char* word : rule.words) {
            if (word && Contains(levels[rule.level], word)) return rule.category;
        }
    }
    return std::string();
}

ShopCsvImportResult ImportShopsCsv(const CsvParseResult& csv, const Bundle& into,
                                   const ShopCsvImportOptions& options) {
    return Importer(csv, into, options).Run();
}

ShopCsvImportResult ImportShopRecords(const std::vector<ShopRecord>& records, const Bundle& into,
                                      bool dropMissing) {
    const CsvParseResult none;
    ShopCsvImportOptions options;
    options.dropMissing = dropMissing;
    return Importer(none, into, options).RunRecords(records);
}

}  // namespace golmok
