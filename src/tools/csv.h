// CSV text (RFC 4180) → rows of fields, with every problem named by its row and column as a
// spreadsheet shows them (1-based; row 1 is the header). Works on bytes: the caller converts the
// text to UTF-8 first. Never crashes or throws on any input (a fuzz target calls ParseCsv
// directly). Standard library only; no file access.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace golmok {

struct CsvProblem {
    int row = 0;     // 1-based record number, counting blank records; 0 when it is the whole file
    int column = 0;  // 1-based field number; 0 when it is the whole row
    std::string message;
    bool warning = false;
};

// "file: row 4, column 3: message" (the row and column left out when 0); a warning's message
// starts with "warning: ".
std::string FormatCsvProblem(const std::string& file, const CsvProblem& p);

struct CsvRecord {
    int row = 0;  // the spreadsheet row this record is shown on
    std::vector<std::string> fields;
};

struct CsvParseResult {
    // Records without blank ones (a record whose fields are all empty); the header first.
    std::vector<CsvRecord> records;
    std::vector<CsvProblem> errors;
    bool ok() const { return errors.empty(); }
};

// Reads CSV: fields separated by ',', records by CRLF, LF or CR; a field in double quotes may
// hold separators, line breaks and doubled quotes (""). A leading UTF-8 byte order mark is
// skipped. Refused, with row and column: text after a closing quote, a quote inside an unquoted
// field, a quote left open at the end. Reading goes on after a problem so that all are listed
// (at most kMaxCsvProblems).
CsvParseResult ParseCsv(const char* data, std::size_t size);
inline CsvParseResult ParseCsv(std::string_view text) {
    return ParseCsv(text.data(), text.size());
}

constexpr std::size_t kMaxCsvProblems = 200;

// The spreadsheet row and column (1-based) of the byte at `offset`, for problems found in the
// bytes before parsing (an encoding error). Follows quoting as ParseCsv does.
void CsvPositionAt(const char* data, std::size_t size, std::size_t offset, int* row, int* column);

// One record as CSV text ending in CRLF: fields quoted only when they hold a separator, a quote,
// a line break, or leading or trailing spaces (which spreadsheets would otherwise trim).
void AppendCsvRecord(const std::vector<std::string>& fields, std::string* out);

}  // namespace golmok
