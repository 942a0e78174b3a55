#include "tools/csv.h"

#include <gtest/gtest.h>

#include <random>

namespace golmok {
namespace {

std::vector<std::vector<std::string>> Fields(const CsvParseResult& r) {
    std::vector<std::vector<std::string>> out;
    for (const CsvRecord& rec : r.records) out.push_back(rec.fields);
    return out;
}

using Rows = std::vector<std::vector<std::string>>;

TEST(ParseCsv, ReadsPlainAndQuotedFieldsWithCrlf) {
    const CsvParseResult r = ParseCsv("id,name\r\na-1,\"떡볶이, 순대\"\r\na-2,\"say \"\"hi\"\"\"\r\n");
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(Fields(r), (Rows{{"id", "name"}, {"a-1", "떡볶이, 순대"}, {"a-2", "say \"hi\""}}));
}

TEST(ParseCsv, SkipsTheByteOrderMark) {
    const CsvParseResult r = ParseCsv("\xEF\xBB\xBFid\nx\n");
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(Fields(r), (Rows{{"id"}, {"x"}}));
}

TEST(ParseCsv, LineBreaksInsideQuotesKeepTheRecordsRow) {
    const CsvParseResult r = ParseCsv("a,b\n\"one\ntwo\",x\nlast,y");
    ASSERT_TRUE(r.ok());
    ASSERT_EQ(r.records.size(), 3u);
    EXPECT_EQ(r.records[1].fields[0], "one\ntwo");
    EXPECT_EQ(r.records[1].row, 2);
    // The spreadsheet shows the multi-line cell in one row: the next record is row 3.
    EXPECT_EQ(r.records[2].row, 3);
}

TEST(ParseCsv, BlankRowsAreSkippedButCounted) {
    const CsvParseResult r = ParseCsv("a\n\n,\nb\n");
    ASSERT_TRUE(r.ok());
    ASSERT_EQ(r.records.size(), 2u);
    EXPECT_EQ(r.records[1].row, 4);
}

TEST(ParseCsv, EmptyFieldsAtTheEnds) {
    const CsvParseResult r = ParseCsv(",x,\n");
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(Fields(r), (Rows{{"", "x", ""}}));
}

TEST(ParseCsv, TextAfterAClosingQuoteNamesRowAndColumn) {
    const CsvParseResult r = ParseCsv("a,b\nx,\"broken\"quote\n");
    ASSERT_EQ(r.errors.size(), 1u);
    EXPECT_EQ(FormatCsvProblem("f.csv", r.errors[0]),
              "f.csv: row 2, column 2: text after the closing quote of a quoted field; double each quote "
              "inside the field (\"\")");
}

TEST(ParseCsv, QuoteInsideAPlainField) {
    const CsvParseResult r = ParseCsv("a,b\nx,5\"inch\n");
    ASSERT_EQ(r.errors.size(), 1u);
    EXPECT_EQ(r.errors[0].row, 2);
    EXPECT_EQ(r.errors[0].column, 2);
}

TEST(ParseCsv, UnclosedQuoteNamesWhereItOpened) {
    const CsvParseResult r = ParseCsv("a,b\nx,y\nz,\"open\nmore\nlines\n");
    ASSERT_EQ(r.errors.size(), 1u);
    EXPECT_EQ(FormatCsvProblem("f.csv", r.errors[0]),
              "f.csv: row 3, column 2: the quote that opens this field is never closed");
}

TEST(ParseCsv, ReportsAreCapped) {
    std::string text;
    for (int i = 0; i < 1000; ++i) text += "a\"b\n";
    const CsvParseResult r = ParseCsv(text);
    EXPECT_EQ(r.errors.size(), kMaxCsvProblems);
    EXPECT_EQ(r.errors.back().row, 0);
}

TEST(ParseCsv, ArbitraryBytesNeverCrash) {
    std::mt19937 rng(7);
    const char alphabet[] = {',', '"', '\r', '\n', 'a', '\0', '\xEF', '\xBB', '\xBF', '\xFF'};
    for (int round = 0; round < 2000; ++round) {
        std::string text(rng() % 40, ' ');
        for (char& c : text) c = alphabet[rng() % sizeof alphabet];
        const CsvParseResult r = ParseCsv(text.data(), text.size());
        for (const CsvRecord& rec : r.records) EXPECT_GE(rec.row, 1);
    }
    EXPECT_TRUE(ParseCsv(nullptr, 0).records.empty());
}

TEST(AppendCsvRecord, QuotesOnlyWhenNeededAndReadsBack) {
    std::string out;
    AppendCsvRecord({"plain", "a,b", "say \"hi\"", "two\nlines", " padded", ""}, &out);
    EXPECT_EQ(out, "plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\" padded\",\r\n");
    const CsvParseResult r = ParseCsv(out);
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(Fields(r), (Rows{{"plain", "a,b", "say \"hi\"", "two\nlines", " padded", ""}}));
}

}  // namespace
}  // namespace golmok
