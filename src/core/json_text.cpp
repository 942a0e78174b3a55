#include "core/json_text.h"

#include <algorithm>
#include <unordered_map>

#include "core/utf8.h"

namespace golmok {
namespace {

using nlohmann::json;

// Builds the document from nlohmann's SAX events. Unlike nlohmann's own DOM parser it notices a
// key given twice in one object and limits nesting; and it never throws.
class DomBuilder : public nlohmann::json_sax<json> {
public:
    explicit DomBuilder(std::vector<Diagnostic>* errors) : m_errors(errors) {}

    json& Root() { return m_root; }
    bool Failed() const { return m_failed; }

    bool null() override { return Put(json(nullptr)); }
    bool boolean(bool v) override { return Put(json(v)); }
    bool number_integer(number_integer_t v) override { return Put(json(v)); }
    bool number_unsigned(number_unsigned_t v) override { return Put(json(v)); }
    bool number_float(number_float_t v, const string_t&) override { return Put(json(v)); }
    bool string(string_t& v) override { return Put(json(std::move(v))); }
    bool binary(binary_t&) override { return Put(json(nullptr)); }  // not produced by JSON text

    bool start_object(std::size_t) override { return Open(json::object()); }
    bool start_array(std::size_t) override { return Open(json::array()); }
    bool end_object() override { return Close(); }
    bool end_array() override { return Close(); }

    bool key(string_t& k) override {
        m_levels.back().key = std::move(k);
        return true;
    }

    bool parse_error(std::size_t position, const std::string&,
                     const nlohmann::detail::exception& ex) override {
        m_failed = true;
        m_errorPosition = position;
        m_errorMessage = ex.what();
        return false;
    }

    std::size_t ErrorPosition() const { return m_errorPosition; }
    const std::string& ErrorMessage() const { return m_errorMessage; }

private:
    struct Level {
        json* container;
        std::string key;  // the pending key when the container is an object
    };

    // Pointer of the value about to be placed: inner levels name the child being filled, the
    // innermost names the next array slot or the pending key.
    std::string PointerOfNext() const {
        std::string p;
        for (std::size_t i = 0; i < m_levels.size(); ++i) {
            const json& c = *m_levels[i].container;
            const bool innermost = i + 1 == m_levels.size();
            p += '/';
            p += c.is_array() ? std::to_string(innermost ? c.size() : c.size() - 1)
                              : JsonPointerToken(m_levels[i].key);
        }
        return p;
    }

    // Places a value in the current container and returns where it landed (null when dropped).
    json* Place(json&& v) {
        if (m_levels.empty()) {
            m_root = std::move(v);
            return &m_root;
        }
        Level& top = m_levels.back();
        if (top.container->is_array()) {
            top.container->push_back(std::move(v));
            return &top.container->back();
        }
        auto inserted = top.container->emplace(top.key, std::move(v));
        if (!inserted.second) {
            // The first value is kept; the file is invalid either way.
            const std::string pointer = PointerOfNext();
            m_errors->push_back({pointer, 0, 0,
                                 "the key \"" + top.key +
                                     "\" appears twice in this object; keep only one"});
            return nullptr;
        }
        return &*inserted.first;
    }

    bool Put(json&& v) {
        Place(std::move(v));
        return true;
    }

    bool Open(json&& container) {
        if (static_cast<int>(m_levels.size()) >= kMaxJsonDepth) {
            m_errors->push_back({PointerOfNext(), 0, 0,
                                 "nesting is deeper than " + std::to_string(kMaxJsonDepth) +
                                     " levels; a bundle never needs that"});
            m_failed = true;
            return false;
        }
        json* placed = Place(std::move(container));
        if (!placed) {
            // A duplicate key's container: collect it into a scratch value and drop it.
            m_scratch.push_back(json());
            placed = &m_scratch.back();
            *placed = json::array();
        }
        m_levels.push_back({placed, {}});
        return true;
    }

    bool Close() {
        m_levels.pop_back();
        return true;
    }

    std::vector<Diagnostic>* m_errors;
    json m_root;
    std::vector<Level> m_levels;
    std::vector<json> m_scratch;
    bool m_failed = false;
    std::size_t m_errorPosition = 0;
    std::string m_errorMessage;
};

// nlohmann's messages read "[json.exception.parse_error.101] parse error at line 1, column 9:
// syntax error while parsing value - invalid literal; last read: 'tru'". The position is given
// separately, so keep only what follows the position.
std::string PlainSyntaxMessage(const std::string& what) {
    std::string msg = what;
    const std::size_t col = msg.find("column ");
    if (col != std::string::npos) {
        const std::size_t colon = msg.find(": ", col);
        if (colon != std::string::npos) msg = msg.substr(colon + 2);
    } else if (msg.size() > 0 && msg[0] == '[') {
        const std::size_t close = msg.find("] ");
        if (close != std::string::npos) msg = msg.substr(close + 2);
    }
    // After a value, nlohmann expects ',' or the closing bracket but names only the bracket.
    if (msg.find("unexpected string literal; expected '}'") != std::string::npos ||
        msg.find("; expected ']'") != std::string::npos) {
        msg += " (is a comma missing before it?)";
    }
    // "last read" quotes the input, which may be invalid UTF-8; the message itself must not be.
    return "invalid JSON: " + ToValidUtf8(msg);
}

// nlohmann reports how many bytes it read, through the last character of the token that failed.
// Point at that token's first character instead: for a string, its opening quote.
std::size_t FailedTokenStart(std::string_view text, std::size_t bytesRead) {
    if (bytesRead == 0 || text.empty()) return 0;
    std::size_t at = std::min(bytesRead, text.size()) - 1;
    if (text[at] == '"' && at > 0) {
        std::size_t open = at;
        while (open > 0) {
            --open;
            std::size_t backslashes = 0;
            while (open >= backslashes + 1 && text[open - backslashes - 1] == '\\') ++backslashes;
            if (text[open] == '"' && backslashes % 2 == 0) return open;
            if (text[open] == '\n') break;  // strings never span lines
        }
    }
    return at;
}

// Walks text that nlohmann already parsed and records where each value starts, keyed by its
// pointer. Tolerant: on anything unexpected it stops and keeps what it found.
class PositionScanner {
public:
    PositionScanner(std::string_view text, const std::vector<std::string>& wanted)
        : m_text(text) {
        for (const std::string& w : wanted) m_found.emplace(w, std::string::npos);
    }

    void Run() {
        if (m_text.size() >= 3 && m_text.compare(0, 3, "\xEF\xBB\xBF") == 0) m_pos = 3;
        std::string pointer;
        Value(pointer, 0);
    }

    std::size_t OffsetOf(const std::string& pointer) const {
        auto it = m_found.find(pointer);
        return it == m_found.end() ? std::string::npos : it->second;
    }

private:
    void SkipSpace() {
        while (m_pos < m_text.size() &&
               (m_text[m_pos] == ' ' || m_text[m_pos] == '\t' || m_text[m_pos] == '\n' ||
                m_text[m_pos] == '\r')) {
            ++m_pos;
        }
    }

    bool Value(std::string& pointer, int depth) {
        SkipSpace();
        if (m_pos >= m_text.size() || depth > kMaxJsonDepth) return false;
        auto it = m_found.find(pointer);
        if (it != m_found.end()) it->second = m_pos;
        const char c = m_text[m_pos];
        if (c == '{') return Object(pointer, depth);
        if (c == '[') return Array(pointer, depth);
        if (c == '"') {
            std::string ignored;
            return String(&ignored);
        }
        // number, true, false, null
        while (m_pos < m_text.size() && std::string_view(",]} \t\r\n").find(m_text[m_pos]) ==
                                            std::string_view::npos) {
            ++m_pos;
        }
        return true;
    }

    bool Object(std::string& pointer, int depth) {
        ++m_pos;  // '{'
        SkipSpace();
        if (m_pos < m_text.size() && m_text[m_pos] == '}') {
            ++m_pos;
            return true;
        }
        while (m_pos < m_text.size()) {
            SkipSpace();
            std::string key;
            if (!String(&key)) return false;
            SkipSpace();
            if (m_pos >= m_text.size() || m_text[m_pos] != ':') return false;
            ++m_pos;
            const std::size_t len = pointer.size();
            pointer += '/';
            pointer += JsonPointerToken(key);
            const bool ok = Value(pointer, depth + 1);
            pointer.resize(len);
            if (!ok) return false;
            SkipSpace();
            if (m_pos >= m_text.size()) return false;
            if (m_text[m_pos] == '}') {
                ++m_pos;
                return true;
            }
            if (m_text[m_pos] != ',') return false;
            ++m_pos;
        }
        return false;
    }

    bool Array(std::string& pointer, int depth) {
        ++m_pos;  // '['
        SkipSpace();
        if (m_pos < m_text.size() && m_text[m_pos] == ']') {
            ++m_pos;
            return true;
        }
        for (std::size_t index = 0; m_pos < m_text.size(); ++index) {
            const std::size_t len = pointer.size();
            pointer += '/';
            pointer += std::to_string(index);
            const bool ok = Value(pointer, depth + 1);
            pointer.resize(len);
            if (!ok) return false;
            SkipSpace();
            if (m_pos >= m_text.size()) return false;
            if (m_text[m_pos] == ']') {
                ++m_pos;
                return true;
            }
            if (m_text[m_pos] != ',') return false;
            ++m_pos;
        }
        return false;
    }

    bool Hex4(unsigned* out) {
        if (m_pos + 4 > m_text.size()) return false;
        unsigned v = 0;
        for (int i = 0; i < 4; ++i) {
            const char c = m_text[m_pos++];
            v <<= 4;
            if (c >= '0' && c <= '9') v |= unsigned(c - '0');
            else if (c >= 'a' && c <= 'f') v |= unsigned(c - 'a' + 10);
            else if (c >= 'A' && c <= 'F') v |= unsigned(c - 'A' + 10);
            else return false;
        }
        *out = v;
        return true;
    }

    // Decodes a string so that keys match the pointers nlohmann's values produce.
    bool String(std::string* out) {
        if (m_pos >= m_text.size() || m_text[m_pos] != '"') return false;
        ++m_pos;
        while (m_pos < m_text.size()) {
            const char c = m_text[m_pos++];
            if (c == '"') return true;
            if (c != '\\') {
                out->push_back(c);
                continue;
            }
            if (m_pos >= m_text.size()) return false;
            const char e = m_text[m_pos++];
            switch (e) {
                case 'n': out->push_back('\n'); break;
                case 't': out->push_back('\t'); break;
                case 'r': out->push_back('\r'); break;
                case 'b': out->push_back('\b'); break;
                case 'f': out->push_back('\f'); break;
                case 'u': {
                    unsigned cp = 0;
                    if (!Hex4(&cp)) return false;
                    if (cp >= 0xD800 && cp <= 0xDBFF && m_pos + 1 < m_text.size() &&
                        m_text[m_pos] == '\\' && m_text[m_pos + 1] == 'u') {
                        m_pos += 2;
                        unsigned low = 0;
                        if (!Hex4(&low)) return false;
                        cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                    }
                    AppendUtf8(out, cp);
                    break;
                }
                default: out->push_back(e); break;  // \" \\ \/
            }
        }
        return false;
    }

    std::string_view m_text;
    std::size_t m_pos = 0;
    std::unordered_map<std::string, std::size_t> m_found;
};

}  // namespace

std::string JsonPointerToken(std::string_view key) {
    std::string out;
    out.reserve(key.size());
    for (char c : key) {
        if (c == '~') out += "~0";
        else if (c == '/') out += "~1";
        else out += c;
    }
    return out;
}

void LineColumnAt(std::string_view text, std::size_t offset, int* line, int* column) {
    offset = std::min(offset, text.size());
    int l = 1;
    std::size_t lineStart = 0;
    for (std::size_t i = 0; i < offset; ++i) {
        if (text[i] == '\n') {
            ++l;
            lineStart = i + 1;
        }
    }
    int col = 1;
    for (std::size_t i = lineStart; i < offset; ++i) {
        if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++col;  // skip continuation bytes
    }
    *line = l;
    *column = col;
}

ParsedJson ParseJson(std::string_view text) {
    ParsedJson result;
    DomBuilder builder(&result.errors);
    json::sax_parse(text.begin(), text.end(), &builder);
    if (builder.Failed()) {
        if (!builder.ErrorMessage().empty()) {
            Diagnostic d;
            LineColumnAt(text, FailedTokenStart(text, builder.ErrorPosition()), &d.line, &d.column);
            d.message = PlainSyntaxMessage(builder.ErrorMessage());
            result.errors.push_back(d);
        }
        AttachPositions(text, &result.errors);
        result.value = nullptr;
        return result;
    }
    result.value = std::move(builder.Root());
    AttachPositions(text, &result.errors);
    return result;
}

void AttachPositions(std::string_view text, std::vector<Diagnostic>* diagnostics) {
    std::vector<std::string> wanted;
    for (const Diagnostic& d : *diagnostics) {
        if (d.line == 0) wanted.push_back(d.pointer);
    }
    if (wanted.empty()) return;
    PositionScanner scanner(text, wanted);
    scanner.Run();
    for (Diagnostic& d : *diagnostics) {
        if (d.line != 0) continue;
        const std::size_t offset = scanner.OffsetOf(d.pointer);
        if (offset != std::string::npos) LineColumnAt(text, offset, &d.line, &d.column);
    }
}

}  // namespace golmok
