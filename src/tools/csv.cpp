#include "tools/csv.h"

namespace golmok {

std::string FormatCsvProblem(const std::string& file, const CsvProblem& p) {
    std::string out = file + ": ";
    if (p.row > 0) {
        out += "row " + std::to_string(p.row);
        if (p.column > 0) out += ", column " + std::to_string(p.column);
        out += ": ";
    }
    if (p.warning) out += "warning: ";
    return out + p.message;
}

namespace {

class CsvParser {
public:
    CsvParser(const char* data, std::size_t size) : m_data(data), m_size(size) {}

    CsvParseResult Parse() {
        if (m_size >= 3 && m_data[0] == '\xEF' && m_data[1] == '\xBB' && m_data[2] == '\xBF') m_pos = 3;
        while (m_pos < m_size) ReadRecord();
        return std::move(m_result);
    }

private:
    void Problem(int column, std::string message) { ProblemAt(m_row, column, std::move(message)); }

    void ProblemAt(int row, int column, std::string message) {
        if (m_result.errors.size() >= kMaxCsvProblems) return;
        if (m_result.errors.size() + 1 == kMaxCsvProblems) {
            m_result.errors.push_back(
                {0, 0,
                 "more problems follow; only the first " + std::to_string(kMaxCsvProblems) + " are listed"});
            return;
        }
        m_result.errors.push_back({row, column, std::move(message)});
    }

    bool AtLineBreak() const { return m_pos < m_size && (m_data[m_pos] == '\n' || m_data[m_pos] == '\r'); }

    void SkipLineBreak() {
        if (m_data[m_pos] == '\r' && m_pos + 1 < m_size && m_data[m_pos + 1] == '\n') ++m_pos;
        ++m_pos;
    }

    // Reads one record, including its line break; called with m_pos < m_size.
    void ReadRecord() {
        ++m_row;
        CsvRecord record;
        record.row = m_row;
        bool blank = true;
        for (;;) {
            std::string field;
            const int column = int(record.fields.size()) + 1;
            if (m_pos < m_size && m_data[m_pos] == '"') {
                ReadQuoted(column, &field);
            } else {
                ReadPlain(column, &field);
            }
            blank = blank && field.empty();
            record.fields.push_back(std::move(field));
            if (m_pos < m_size && m_data[m_pos] == ',') {
                ++m_pos;
                continue;
            }
            if (AtLineBreak()) SkipLineBreak();
            break;
        }
        if (!blank) m_result.records.push_back(std::move(record));
    }

    void ReadPlain(int column, std::string* field) {
        const std::size_t start = m_pos;
        bool reported = false;
        while (m_pos < m_size && m_data[m_pos] != ',' && !AtLineBreak()) {
            if (m_data[m_pos] == '"' && !reported) {
                Problem(column,
                        "a quote inside a field that does not start with one; put the whole "
                        "field in quotes and double each quote inside (\"\")");
                reported = true;
            }
            ++m_pos;
        }
        field->assign(m_data + start, m_pos - start);
    }

    void ReadQuoted(int column, std::string* field) {
        // A line break inside quotes stays in the cell: a spreadsheet shows the record on one
        // row, so row numbers count records, not lines.
        ++m_pos;  // the opening quote
        for (;;) {
            if (m_pos >= m_size) {
                Problem(column, "the quote that opens this field is never closed");
                return;
            }
            const char c = m_data[m_pos];
            if (c == '"') {
                if (m_pos + 1 < m_size && m_data[m_pos + 1] == '"') {
                    field->push_back('"');
                    m_pos += 2;
                    continue;
                }
                ++m_pos;  // the closing quote
                break;
            }
            field->push_back(c);
            ++m_pos;
        }
        if (m_pos < m_size && m_data[m_pos] != ',' && !AtLineBreak()) {
            Problem(column,
                    "text after the closing quote of a quoted field; double each "
                    "quote inside the field (\"\")");
            std::string rest;
            ReadPlainQuiet(&rest);
            field->append(rest);
        }
    }

    // The rest of a broken field, without further reports.
    void ReadPlainQuiet(std::string* field) {
        const std::size_t start = m_pos;
        while (m_pos < m_size && m_data[m_pos] != ',' && !AtLineBreak()) ++m_pos;
        field->assign(m_data + start, m_pos - start);
    }

    const char* m_data;
    std::size_t m_size;
    std::size_t m_pos = 0;
    int m_row = 0;
    CsvParseResult m_result;
};

bool NeedsQuotes(const std::string& field) {
    if (field.empty()) return false;
    if (field.front() == ' ' || field.back() == ' ') return true;
    return field.find_first_of(",\"\r\n") != std::string::npos;
}

}  // namespace

CsvParseResult ParseCsv(const char* data, std::size_t size) {
    if (data == nullptr) size = 0;
    return CsvParser(data, size).Parse();
}

void CsvPositionAt(const char* data, std::size_t size, std::size_t offset, int* row, int* column) {
    *row = 1;
    *column = 1;
    bool quoted = false;
    std::size_t i = 0;
    if (size >= 3 && data[0] == '\xEF' && data[1] == '\xBB' && data[2] == '\xBF') i = 3;
    for (; i < offset && i < size; ++i) {
        const char c = data[i];
        if (c == '"') {
            quoted = !quoted;  // a doubled quote toggles twice
        } else if (!quoted && c == ',') {
            ++*column;
        } else if (!quoted && (c == '\n' || c == '\r')) {
            if (c == '\r' && i + 1 < size && data[i + 1] == '\n') ++i;
            ++*row;
            *column = 1;
        }
    }
}

void AppendCsvRecord(const std::vector<std::string>& fields, std::string* out) {
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (i > 0) out->push_back(',');
        const std::string& f = fields[i];
        if (!NeedsQuotes(f)) {
            out->append(f);
            continue;
        }
        out->push_back('"');
        for (char c : f) {
            if (c == '"') out->push_back('"');
            out->push_back(c);
        }
        out->push_back('"');
    }
    out->append("\r\n");
}

}  // namespace golmok
