#include "core/json/json_text.h"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

#include <nlohmann/json.hpp>

#include "core/model/diagnostic_text.h"
#include "core/text/utf8.h"

namespace golmok {
namespace {

// Builds a JsonDocument from nlohmann's SAX events. Unlike nlohmann's own DOM parser it notices
// a key given twice in one object and limits nesting; and it never throws.
}  // namespace

class JsonTapeBuilder : public nlohmann::json_sax<nlohmann::json> {
public:
    JsonTapeBuilder(JsonDocument* doc, std::vector<Diagnostic>* errors, std::size_t textSize, const JsonSize& size)
        : m_doc(doc), m_errors(errors) {
        // A generous guess at the node count avoids regrowing the node array: growing doubles it
        // and holds both copies at once, which in the page's memory costs more than a guess too
        // large. Indented bundles take about 22 bytes of text per value (a 10,000-shop one: 7.5 MB,
        // 337,000 values); compact ones fewer, and those may still grow.
        static_assert(sizeof(Node) == 16, "a node per value: keep it small");
        Nodes().reserve((size.values ? size.values : textSize / 16) + 16);
        // Member names are stored once each, so a writer's count of string bytes is an upper bound.
        Strings().reserve((size.values ? size.stringBytes : textSize / 2) + 16);
    }

    bool Failed() const { return m_failed; }
    std::size_t ErrorPosition() const { return m_errorPosition; }
    const std::string& ErrorMessage() const { return m_errorMessage; }

    bool null() override { return Scalar(JsonType::kNull).ok; }
    bool boolean(bool v) override {
        Placed p = Scalar(JsonType::kBool);
        if (p.node) p.node->b = v;
        return p.ok;
    }
    bool number_integer(number_integer_t v) override {
        Placed p = Scalar(JsonType::kInteger);
        if (p.node) p.node->i = v;
        return p.ok;
    }
    bool number_unsigned(number_unsigned_t v) override {
        Placed p = Scalar(JsonType::kUnsigned);
        if (p.node) p.node->u = v;
        return p.ok;
    }
    bool number_float(number_float_t v, const string_t&) override {
        Placed p = Scalar(JsonType::kFloat);
        if (p.node) p.node->f = v;
        return p.ok;
    }
    bool string(string_t& v) override {
        if (v.size() > kMaxJsonStringBytes) {
            return TooLong(DiagCode::kStringTooLong, v.size(), PointerOfNext());
        }
        Placed p = Scalar(JsonType::kString);
        if (p.node) {
            p.node->s.offset = static_cast<std::uint32_t>(Strings().size());
            p.node->s.length = static_cast<std::uint32_t>(v.size());
            Strings() += v;
        }
        return p.ok;
    }
    bool binary(binary_t&) override { return Scalar(JsonType::kNull).ok; }  // never in JSON text

    bool start_object(std::size_t) override { return Open(JsonType::kObject); }
    bool start_array(std::size_t) override { return Open(JsonType::kArray); }
    bool end_object() override { return Close(); }
    bool end_array() override { return Close(); }

    bool key(string_t& k) override {
        if (k.size() > kMaxJsonStringBytes) {
            // The key itself is too long to print: name the object it is in.
            std::string object = PointerOfNext();
            object.resize(object.rfind('/') == std::string::npos ? 0 : object.rfind('/'));
            return TooLong(DiagCode::kKeyTooLong, k.size(), object);
        }
        m_key = std::move(k);
        return true;
    }

    bool parse_error(std::size_t position, const std::string&,
                     const nlohmann::detail::exception& ex) override {
        m_failed = true;
        m_errorPosition = position;
        m_errorMessage = ex.what();
        return false;
    }

private:
    using Node = JsonDocument::Node;
    struct Placed {
        Node* node;  // null when the value is dropped (a duplicate key's)
        bool ok;
    };
    struct Level {
        std::uint32_t index;  // the container's node, or kDropped
        // An object's keys, kept only once it has many members: small objects (nearly all) are
        // checked for duplicates by scanning their members, which allocates nothing.
        std::unordered_set<std::uint32_t> keys;
        std::string key;  // for a dropped container: the key it was given under
    };
    static constexpr std::uint32_t kScanLimit = 16;

    // The number of m_key among the document's distinct member names, adding it when new.
    std::uint32_t InternKey() {
        const auto found = m_keyIndex.find(m_key);
        if (found != m_keyIndex.end()) return found->second;
        const auto index = static_cast<std::uint32_t>(m_doc->m_keys.size());
        m_doc->m_keys.push_back({static_cast<std::uint32_t>(Strings().size()), static_cast<std::uint32_t>(m_key.size())});
        Strings() += m_key;
        m_keyIndex.emplace(m_key, index);
        return index;
    }

    bool IsNewKey(Level& level, std::uint32_t key) {
        const std::vector<Node>& nodes = m_doc->m_nodes;
        if (nodes[level.index].size < kScanLimit) {
            for (std::uint32_t c = level.index + 1; c < nodes.size(); c = nodes[c].end) {
                if (nodes[c].key == key) return false;
            }
            return true;
        }
        if (level.keys.empty()) {
            for (std::uint32_t c = level.index + 1; c < nodes.size(); c = nodes[c].end) {
                level.keys.insert(nodes[c].key);
            }
        }
        return level.keys.insert(key).second;
    }
    static constexpr std::uint32_t kDropped = 0xFFFFFFFFu;

    std::vector<Node>& Nodes() { return m_doc->m_nodes; }
    std::string& Strings() { return m_doc->m_strings; }

    // Adds a node for the next value, or returns null when it must be dropped: a duplicate
    // key's value, or anything inside a dropped container.
    Node* Add(JsonType type) {
        std::uint32_t key = 0;
        if (!m_levels.empty()) {
            Level& top = m_levels.back();
            if (top.index == kDropped) return nullptr;
            if (Nodes()[top.index].Type() == JsonType::kObject) key = InternKey();
            if (Nodes()[top.index].Type() == JsonType::kObject && !IsNewKey(top, key)) {
                Report(PointerOfNext(), DiagCode::kDuplicateKey, {m_key});
                return nullptr;
            }
        }
        if (Nodes().size() >= kMaxJsonValues) {
            // Also keeps every index well inside the node array's 32-bit offsets.
            m_errors->push_back(
                MakeDiagnostic(PointerOfNext(), DiagCode::kTooManyValues, {std::to_string(kMaxJsonValues)}));
            m_failed = true;
            return nullptr;
        }
        Node node;
        node.type = static_cast<std::uint32_t>(type);
        node.key = key;
        if (!m_levels.empty()) ++Nodes()[m_levels.back().index].size;
        node.end = static_cast<std::uint32_t>(Nodes().size() + 1);
        Nodes().push_back(node);
        return &Nodes().back();
    }

    Placed Scalar(JsonType type) {
        Node* node = Add(type);
        return {node, !m_failed};
    }

    // Reports a problem found while reading; after kMaxJsonErrors only a closing note.
    void Report(std::string pointer, DiagCode code, std::vector<std::string> args) {
        if (m_reported == kMaxJsonErrors) {
            m_errors->push_back(
                MakeDiagnostic("", DiagCode::kMoreOfThisKind, {std::to_string(kMaxJsonErrors)}));
        }
        if (m_reported++ >= kMaxJsonErrors) return;
        m_errors->push_back(MakeDiagnostic(std::move(pointer), code, std::move(args)));
    }

    // Stops reading at a string or name beyond kMaxJsonStringBytes.
    bool TooLong(DiagCode code, std::size_t bytes, std::string pointer) {
        m_errors->push_back(MakeDiagnostic(std::move(pointer), code,
                                           {std::to_string(bytes), std::to_string(kMaxJsonStringBytes)}));
        m_failed = true;
        return false;
    }

    bool Open(JsonType type) {
        if (static_cast<int>(m_levels.size()) >= kMaxJsonDepth) {
            m_errors->push_back(
                MakeDiagnostic(PointerOfNext(), DiagCode::kTooDeep, {std::to_string(kMaxJsonDepth)}));
            m_failed = true;
            return false;
        }
        const bool droppedParent = !m_levels.empty() && m_levels.back().index == kDropped;
        Node* node = droppedParent ? nullptr : Add(type);
        if (m_failed) return false;
        m_levels.push_back({node ? static_cast<std::uint32_t>(Nodes().size() - 1) : kDropped, {}, node ? std::string() : m_key});
        return true;
    }

    bool Close() {
        const std::uint32_t index = m_levels.back().index;
        if (index != kDropped) Nodes()[index].end = static_cast<std::uint32_t>(Nodes().size());
        m_levels.pop_back();
        return true;
    }

    // Pointer of the value about to be placed.
    std::string PointerOfNext() const {
        std::string p;
        for (std::size_t i = 0; i < m_levels.size(); ++i) {
            const std::uint32_t index = m_levels[i].index;
            if (index == kDropped) break;
            const Node& c = m_doc->m_nodes[index];
            const bool innermost = i + 1 == m_levels.size();
            p += '/';
            if (c.Type() == JsonType::kArray) {
                p += std::to_string(innermost ? c.size : c.size - 1);
            } else if (innermost) {
                p += JsonPointerToken(m_key);
            } else if (m_levels[i + 1].index == kDropped) {
                // Inside a duplicate key's value, which has no node: name the key itself.
                p += JsonPointerToken(m_levels[i + 1].key);
                break;
            } else {
                // The member being filled is the object's last node added at this level.
                const Node& child = m_doc->m_nodes[m_levels[i + 1].index];
                p += JsonPointerToken(m_doc->KeyText(child.key));
            }
        }
        return p;
    }

    JsonDocument* m_doc;
    std::vector<Diagnostic>* m_errors;
    std::vector<Level> m_levels;
    std::string m_key;
    std::unordered_map<std::string, std::uint32_t> m_keyIndex;  // m_doc->m_keys by text
    bool m_failed = false;
    std::size_t m_reported = 0;
    std::size_t m_errorPosition = 0;
    std::string m_errorMessage;
};

namespace {

// nlohmann's messages read "[json.exception.parse_error.101] parse error at line 1, column 9:
// syntax error while parsing value - invalid literal; last read: 'tru'". The position is given
// separately, so keep only what follows the position: the value of kJsonSyntax.
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
    return ToValidUtf8(msg);
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

ParsedJson ParseJson(std::string_view text, const JsonSize& size) {
    ParsedJson result;
    if (text.size() > kMaxJsonBytes) {
        // Refused before reading, so that nothing grows with it.
        result.errors.push_back(MakeDiagnostic(
            "", DiagCode::kFileTooLarge, {std::to_string(text.size()), std::to_string(kMaxJsonBytes)}));
        return result;
    }
    auto document = std::make_unique<JsonDocument>();
    JsonTapeBuilder builder(document.get(), &result.errors, text.size(), size);
    nlohmann::json::sax_parse(text.begin(), text.end(), &builder);
    if (builder.Failed()) {
        if (!builder.ErrorMessage().empty()) {
            const std::string detail = PlainSyntaxMessage(builder.ErrorMessage());
            const bool encoding = detail.find("UTF-8") != std::string::npos;
            Diagnostic d =
                MakeDiagnostic("", encoding ? DiagCode::kJsonEncoding : DiagCode::kJsonSyntax, {detail});
            LineColumnAt(text, FailedTokenStart(text, builder.ErrorPosition()), &d.line, &d.column);
            result.errors.push_back(std::move(d));
        }
        AttachPositions(text, &result.errors);
        return result;
    }
    result.document = std::move(document);
    AttachPositions(text, &result.errors);
    return result;
}

// [SECTION] JsonValue

JsonType JsonValue::Type() const { return m_doc ? m_doc->m_nodes[m_index].Type() : JsonType::kNull; }

const char* JsonValue::Describe() const {
    switch (Type()) {
        case JsonType::kNull: return "null";
        case JsonType::kBool: return "a boolean";
        case JsonType::kInteger:
        case JsonType::kUnsigned: return "an integer";
        case JsonType::kFloat: return "a number";
        case JsonType::kString: return "a string";
        case JsonType::kArray: return "an array";
        case JsonType::kObject: return "an object";
    }
    return "something else";
}

bool JsonValue::Bool() const { return IsBool() && m_doc->m_nodes[m_index].b; }

double JsonValue::Number() const {
    if (!m_doc) return 0;
    const auto& n = m_doc->m_nodes[m_index];
    switch (n.Type()) {
        case JsonType::kInteger: return static_cast<double>(n.i);
        case JsonType::kUnsigned: return static_cast<double>(n.u);
        case JsonType::kFloat: return n.f;
        default: return 0;
    }
}

std::int64_t JsonValue::Integer() const {
    if (!m_doc) return 0;
    const auto& n = m_doc->m_nodes[m_index];
    if (n.Type() == JsonType::kInteger) return n.i;
    if (n.Type() == JsonType::kUnsigned) {
        return n.u > static_cast<std::uint64_t>(INT64_MAX) ? INT64_MAX : static_cast<std::int64_t>(n.u);
    }
    return 0;
}

std::string_view JsonValue::String() const {
    if (!IsString()) return {};
    const auto& n = m_doc->m_nodes[m_index];
    return std::string_view(m_doc->m_strings).substr(n.s.offset, n.s.length);
}

std::size_t JsonValue::Size() const {
    const JsonType t = Type();
    return t == JsonType::kArray || t == JsonType::kObject ? m_doc->m_nodes[m_index].size : 0;
}

JsonValue JsonValue::FirstChild() const {
    if (Size() == 0) return {};
    return JsonValue(m_doc, m_index + 1, m_index);
}

JsonValue JsonValue::NextSibling() const {
    if (!m_doc || m_index == 0) return {};
    const auto& n = m_doc->m_nodes[m_index];
    if (n.end >= m_doc->m_nodes[m_parent].end) return {};
    return JsonValue(m_doc, n.end, m_parent);
}

std::string_view JsonValue::Key() const {
    if (!m_doc || m_index == 0) return {};
    if (m_doc->m_nodes[m_parent].Type() != JsonType::kObject) return {};
    return m_doc->KeyText(m_doc->m_nodes[m_index].key);
}

JsonValue JsonValue::Find(std::string_view key) const {
    if (!IsObject()) return {};
    for (JsonValue c = FirstChild(); c; c = c.NextSibling()) {
        if (c.Key() == key) return c;
    }
    return {};
}

JsonValue JsonValue::At(std::size_t index) const {
    if (!IsArray()) return {};
    JsonValue c = FirstChild();
    for (std::size_t i = 0; c && i < index; ++i) c = c.NextSibling();
    return c;
}

std::string JsonValue::Pointer() const {
    if (!m_doc) return {};
    // Down from the root: at each level, the child whose subtree holds this value.
    const std::vector<JsonDocument::Node>& nodes = m_doc->m_nodes;
    std::string out;
    for (std::uint32_t at = 0; at != m_index;) {
        std::uint32_t child = at + 1;
        std::size_t position = 0;
        while (nodes[child].end <= m_index) {
            child = nodes[child].end;
            ++position;
        }
        out += '/';
        out += nodes[at].Type() == JsonType::kObject ? JsonPointerToken(m_doc->KeyText(nodes[child].key))
                                                      : std::to_string(position);
        at = child;
    }
    return out;
}

void AttachPositions(std::string_view text, std::vector<Diagnostic>* diagnostics) {
    std::vector<std::string> wanted;
    for (const Diagnostic& d : *diagnostics) {
        if (d.line == 0) wanted.push_back(d.pointer);
    }
    if (wanted.empty()) return;
    PositionScanner scanner(text, wanted);
    scanner.Run();
    // One walk through the text for all of them, in offset order: a long file with hundreds of
    // problems near its end must not be read once per problem.
    std::vector<std::pair<std::size_t, Diagnostic*>> todo;
    for (Diagnostic& d : *diagnostics) {
        if (d.line != 0) continue;
        const std::size_t offset = scanner.OffsetOf(d.pointer);
        if (offset != std::string::npos) todo.emplace_back(offset, &d);
    }
    std::sort(todo.begin(), todo.end(),
              [](const auto& a, const auto& b) { return a.first < b.first; });
    int line = 1, column = 1;
    std::size_t at = 0;
    for (auto& [offset, d] : todo) {
        for (; at < offset; ++at) {
            if (text[at] == '\n') {
                ++line;
                column = 1;
            } else if ((static_cast<unsigned char>(text[at]) & 0xC0) != 0x80) {
                ++column;  // continuation bytes belong to the character before them
            }
        }
        d->line = line;
        d->column = column;
    }
}

}  // namespace golmok
