#include "core/json/json_text.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <unordered_map>
#include <unordered_set>

#include "core/model/diagnostic_text.h"
#include "core/text/utf8.h"

namespace golmok {
namespace {

// A member name's hash for JsonDocument::m_keySlots. Every byte counts (words read may overlap):
// hostile names must not all fall in one slot.
std::uint32_t HashKey(std::string_view k) {
    const char* p = k.data();
    const std::size_t n = k.size();
    auto load32 = [](const char* at) {
        std::uint32_t w;
        std::memcpy(&w, at, 4);
        return std::uint64_t{w};
    };
    auto mix = [](std::uint64_t h, std::uint64_t w) {
        h = (h ^ w) * 0x9E3779B97F4A7C15u;
        return h ^ (h >> 29);
    };
    std::uint64_t h = n;
    if (n >= 8) {
        for (std::size_t i = 0; i + 8 < n; i += 8) {
            std::uint64_t w;
            std::memcpy(&w, p + i, 8);
            h = mix(h, w);
        }
        std::uint64_t last;
        std::memcpy(&last, p + n - 8, 8);
        h = mix(h, last);
    } else if (n >= 4) {
        h = mix(h, load32(p) | load32(p + n - 4) << 32);
    } else if (n > 0) {
        const auto byte = [&](std::size_t i) { return std::uint64_t{static_cast<unsigned char>(p[i])}; };
        h = mix(h, byte(0) | byte(n / 2) << 8 | byte(n - 1) << 16);
    }
    return static_cast<std::uint32_t>(h ^ (h >> 32));
}

}  // namespace

// Builds a JsonDocument from the events of the TextReader below. Unlike nlohmann's DOM parser it
// notices a key given twice in one object and limits nesting; and it never throws. Each event
// answers false to stop reading.
class JsonTapeBuilder {
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
    std::string& Strings() { return m_doc->m_strings; }

    bool Null() { return Scalar(JsonType::kNull).ok; }
    bool Bool(bool v) {
        Placed p = Scalar(JsonType::kBool);
        if (p.node) p.node->b = v;
        return p.ok;
    }
    bool Integer(std::int64_t v) {
        Placed p = Scalar(JsonType::kInteger);
        if (p.node) p.node->i = v;
        return p.ok;
    }
    bool Unsigned(std::uint64_t v) {
        Placed p = Scalar(JsonType::kUnsigned);
        if (p.node) p.node->u = v;
        return p.ok;
    }
    bool Float(double v) {
        Placed p = Scalar(JsonType::kFloat);
        if (p.node) p.node->f = v;
        return p.ok;
    }
    // A string whose text the reader already put at the end of Strings(), from `offset` on. It
    // is taken back off when the value is refused or dropped.
    bool StringFrom(std::size_t offset) {
        const std::size_t length = Strings().size() - offset;
        if (length > kMaxJsonStringBytes) {
            Strings().resize(offset);
            return TooLong(DiagCode::kStringTooLong, length, PointerOfNext(m_key));
        }
        Placed p = Scalar(JsonType::kString);
        if (p.node) {
            p.node->s.offset = static_cast<std::uint32_t>(offset);
            p.node->s.length = static_cast<std::uint32_t>(length);
        } else {
            Strings().resize(offset);
        }
        return p.ok;
    }

    bool StartObject() { return Open(JsonType::kObject); }
    bool StartArray() { return Open(JsonType::kArray); }
    bool End() {
        const std::uint32_t index = m_levels.back().index;
        if (index != kDropped) Nodes()[index].end = static_cast<std::uint32_t>(Nodes().size());
        m_levels.pop_back();
        return true;
    }

    // The name of the member whose value comes next. `k` must stay readable until the next
    // call: messages about the value quote it.
    bool Key(std::string_view k) {
        if (k.size() > kMaxJsonStringBytes) {
            // The key itself is too long to print: name the object it is in.
            std::string object = PointerOfNext({});
            object.resize(object.rfind('/') == std::string::npos ? 0 : object.rfind('/'));
            return TooLong(DiagCode::kKeyTooLong, k.size(), object);
        }
        m_key = k;
        if (m_levels.back().index != kDropped) m_keyId = InternKey(k);
        return true;
    }

private:
    using Node = JsonDocument::Node;
    struct Placed {
        Node* node;  // null when the value is dropped (a duplicate key's)
        bool ok;
    };
    struct Level {
        std::uint32_t index;  // the container's node, or kDropped
        bool object;
        bool keySet;  // m_keySets[depth] holds the object's keys
        // The object's members whose key numbers are below 64, one bit each: enough for every
        // name of a bundle, checked for duplicates without looking at the members.
        std::uint64_t lowKeys;
    };
    static constexpr std::uint32_t kScanLimit = 16;
    static constexpr std::uint32_t kDropped = 0xFFFFFFFFu;

    // The number of `k` among the document's distinct member names, adding it when new.
    std::uint32_t InternKey(std::string_view k) {
        std::vector<std::uint32_t>& slots = m_doc->m_keySlots;
        if (slots.empty()) slots.assign(64, 0);
        std::size_t mask = slots.size() - 1;
        std::size_t slot = HashKey(k) & mask;
        for (; slots[slot] != 0; slot = (slot + 1) & mask) {
            if (m_doc->KeyText(slots[slot] - 1) == k) return slots[slot] - 1;
        }
        const auto index = static_cast<std::uint32_t>(m_doc->m_keys.size());
        m_doc->m_keys.push_back({static_cast<std::uint32_t>(Strings().size()), static_cast<std::uint32_t>(k.size())});
        Strings().append(k.data(), k.size());
        slots[slot] = index + 1;
        if (2 * (index + 1) > slots.size()) {
            std::vector<std::uint32_t> grown(slots.size() * 2, 0);
            mask = grown.size() - 1;
            for (std::uint32_t entry : slots) {
                if (entry == 0) continue;
                std::size_t s = HashKey(m_doc->KeyText(entry - 1)) & mask;
                while (grown[s] != 0) s = (s + 1) & mask;
                grown[s] = entry;
            }
            slots.swap(grown);
        }
        return index;
    }

    // The other keys of an object, kept only once it has many members: small objects are
    // checked for duplicates by scanning their members, which allocates nothing.
    bool IsNewKey(Level& level, std::uint32_t key) {
        if (key < 64) return (level.lowKeys & (std::uint64_t{1} << key)) == 0;
        const std::vector<Node>& nodes = m_doc->m_nodes;
        if (nodes[level.index].size < kScanLimit) {
            for (std::uint32_t c = level.index + 1; c < nodes.size(); c = nodes[c].end) {
                if (nodes[c].key == key) return false;
            }
            return true;
        }
        const std::size_t depth = static_cast<std::size_t>(&level - m_levels.data());
        if (m_keySets.size() <= depth) m_keySets.resize(depth + 1);
        std::unordered_set<std::uint32_t>& keys = m_keySets[depth];
        if (!level.keySet) {
            level.keySet = true;
            keys.clear();
            for (std::uint32_t c = level.index + 1; c < nodes.size(); c = nodes[c].end) keys.insert(nodes[c].key);
        }
        return keys.insert(key).second;
    }

    std::vector<Node>& Nodes() { return m_doc->m_nodes; }

    // Adds a node for the next value, or returns null when it must be dropped: a duplicate
    // key's value, or anything inside a dropped container.
    Node* Add(JsonType type) {
        std::uint32_t key = 0;
        if (!m_levels.empty()) {
            Level& top = m_levels.back();
            if (top.index == kDropped) return nullptr;
            if (top.object) {
                key = m_keyId;
                if (!IsNewKey(top, key)) {
                    Report(PointerOfNext(m_key), DiagCode::kDuplicateKey, {std::string(m_key)});
                    return nullptr;
                }
            }
        }
        if (Nodes().size() >= kMaxJsonValues) {
            // Also keeps every index well inside the node array's 32-bit offsets.
            m_errors->push_back(
                MakeDiagnostic(PointerOfNext(m_key), DiagCode::kTooManyValues, {std::to_string(kMaxJsonValues)}));
            m_failed = true;
            return nullptr;
        }
        Node node;
        node.type = static_cast<std::uint32_t>(type);
        node.key = key;
        if (!m_levels.empty()) {
            Level& top = m_levels.back();
            ++Nodes()[top.index].size;
            if (top.object && key < 64) top.lowKeys |= std::uint64_t{1} << key;
        }
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
                MakeDiagnostic(PointerOfNext(m_key), DiagCode::kTooDeep, {std::to_string(kMaxJsonDepth)}));
            m_failed = true;
            return false;
        }
        const bool droppedParent = !m_levels.empty() && m_levels.back().index == kDropped;
        Node* node = droppedParent ? nullptr : Add(type);
        if (m_failed) return false;
        if (!node) {
            // Inside a duplicate key's value, messages name that key.
            if (m_droppedKeys.size() <= m_levels.size()) m_droppedKeys.resize(m_levels.size() + 1);
            m_droppedKeys[m_levels.size()].assign(m_key.data(), m_key.size());
        }
        m_levels.push_back({node ? static_cast<std::uint32_t>(Nodes().size() - 1) : kDropped,
                            type == JsonType::kObject, false, 0});
        return true;
    }

    // Pointer of the value about to be placed, under `key` when its container is an object.
    std::string PointerOfNext(std::string_view key) const {
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
                p += JsonPointerToken(key);
            } else if (m_levels[i + 1].index == kDropped) {
                // Inside a duplicate key's value, which has no node: name the key itself.
                p += JsonPointerToken(m_droppedKeys[i + 1]);
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
    std::vector<std::unordered_set<std::uint32_t>> m_keySets;  // by depth, for large objects
    std::vector<std::string> m_droppedKeys;  // by depth, for dropped containers
    std::string_view m_key;
    std::uint32_t m_keyId = 0;
    bool m_failed = false;
    std::size_t m_reported = 0;
};

namespace {

// Reads JSON text into a JsonTapeBuilder: the same events, in the same order, as nlohmann's SAX
// parser gives for every text that parser accepts (tests/core/json checks it), without a token
// buffer (strings copied once, plain numbers converted without strtod). It refuses every text
// nlohmann refuses, but says nothing about why: the SyntaxExplainer below reads the text again
// to say it.
class TextReader {
public:
    enum class Outcome { kRead, kStopped, kRefused };

    TextReader(std::string_view text, JsonTapeBuilder* builder)
        : m_p(reinterpret_cast<const unsigned char*>(text.data())), m_end(m_p + text.size()), m_builder(builder) {}

    Outcome Run() {
        if (m_end - m_p >= 3 && m_p[0] == 0xEF && m_p[1] == 0xBB && m_p[2] == 0xBF) m_p += 3;
        // Whether each open container is an object; the builder stops reading at kMaxJsonDepth.
        bool object[kMaxJsonDepth + 1];
        int depth = 0;
        bool member = false;  // a member's key comes next
        for (;;) {
            SkipSpace();
            if (member) {
                if (m_p == m_end || *m_p != '"') return Outcome::kRefused;
                ++m_p;
                std::string_view key;
                if (!ReadKey(&key)) return Outcome::kRefused;
                if (!m_builder->Key(key)) return Outcome::kStopped;
                SkipSpace();
                if (m_p == m_end || *m_p != ':') return Outcome::kRefused;
                ++m_p;
                SkipSpace();
            }
            if (m_p == m_end) return Outcome::kRefused;
            const unsigned char c = *m_p;
            if (c == '{' || c == '[') {
                ++m_p;
                if (!(c == '{' ? m_builder->StartObject() : m_builder->StartArray())) return Outcome::kStopped;
                if (depth > kMaxJsonDepth) return Outcome::kRefused;  // the builder stops before
                object[depth++] = c == '{';
                SkipSpace();
                if (m_p != m_end && *m_p == (c == '{' ? '}' : ']')) {
                    ++m_p;
                    m_builder->End();
                    --depth;
                } else {
                    member = c == '{';
                    continue;
                }
            } else {
                const Outcome scalar = Scalar(c);
                if (scalar != Outcome::kRead) return scalar;
            }
            // After a value: a comma and the next one, or the end of containers.
            for (;;) {
                SkipSpace();
                // A NUL byte ends the text, as it does for nlohmann (and for C strings).
                if (depth == 0) return m_p == m_end || *m_p == 0 ? Outcome::kRead : Outcome::kRefused;
                if (m_p == m_end) return Outcome::kRefused;
                if (*m_p == ',') {
                    ++m_p;
                    member = object[depth - 1];
                    break;
                }
                if (*m_p != (object[depth - 1] ? '}' : ']')) return Outcome::kRefused;
                ++m_p;
                m_builder->End();
                --depth;
            }
        }
    }

private:
    // Indentation is skipped eight spaces at a time (both targets are little-endian: the
    // first byte is the word's lowest).
    void SkipSpace() {
        constexpr std::uint64_t kSpaces = 0x2020202020202020u;
        while (m_p != m_end) {
            const unsigned char c = *m_p;
            if (c == ' ' && m_end - m_p >= 8) {
                std::uint64_t w;
                std::memcpy(&w, m_p, 8);
                w ^= kSpaces;
                m_p += w == 0 ? 8 : __builtin_ctzll(w) / 8;
            } else if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
                ++m_p;
            } else {
                return;
            }
        }
    }

    Outcome Scalar(unsigned char c) {
        bool ok = false;
        switch (c) {
            case '"': {
                ++m_p;
                const std::size_t offset = m_builder->Strings().size();
                if (!ReadString(&m_builder->Strings())) return Outcome::kRefused;
                return m_builder->StringFrom(offset) ? Outcome::kRead : Outcome::kStopped;
            }
            case 't':
                if (!Literal("true")) return Outcome::kRefused;
                ok = m_builder->Bool(true);
                break;
            case 'f':
                if (!Literal("false")) return Outcome::kRefused;
                ok = m_builder->Bool(false);
                break;
            case 'n':
                if (!Literal("null")) return Outcome::kRefused;
                ok = m_builder->Null();
                break;
            default:
                if (c != '-' && (c < '0' || c > '9')) return Outcome::kRefused;
                return Number();
        }
        return ok ? Outcome::kRead : Outcome::kStopped;
    }

    bool Literal(std::string_view word) {
        if (static_cast<std::size_t>(m_end - m_p) < word.size() ||
            std::string_view(reinterpret_cast<const char*>(m_p), word.size()) != word) {
            return false;
        }
        m_p += word.size();
        return true;
    }

    static bool IsDigit(unsigned char c) { return c >= '0' && c <= '9'; }

    // -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)? as nlohmann converts it: an integer that
    // fits an int64 (negative) or a uint64 (otherwise) stays one; anything else is a double,
    // correctly rounded, and must be finite.
    Outcome Number() {
        const unsigned char* start = m_p;
        const bool negative = *m_p == '-';
        if (negative) ++m_p;
        if (m_p == m_end || !IsDigit(*m_p)) return Outcome::kRefused;
        std::uint64_t digits = 0;  // the significant digits, while fewer than 20
        int count = 0;             // how many digits were written, leading zeros aside
        int scale = 0;             // the power of ten the digits are multiplied by
        auto take = [&](unsigned char d) {
            if (count < 19) {
                digits = digits * 10 + (d - '0');
                if (digits != 0) ++count;
                return true;
            }
            ++count;
            return false;
        };
        if (*m_p == '0') {
            ++m_p;
        } else {
            while (m_p != m_end && IsDigit(*m_p)) take(*m_p++);
        }
        if (m_p == m_end || (*m_p != '.' && *m_p != 'e' && *m_p != 'E')) {
            if (!negative && count <= 19) return m_builder->Unsigned(digits) ? Outcome::kRead : Outcome::kStopped;
            if (negative && count <= 19 && digits <= (std::uint64_t{1} << 63)) {
                const std::int64_t v = digits == (std::uint64_t{1} << 63)
                                           ? INT64_MIN
                                           : -static_cast<std::int64_t>(digits);
                return m_builder->Integer(v) ? Outcome::kRead : Outcome::kStopped;
            }
            if (!negative && count == 20) {
                // Twenty digits may still fit a uint64.
                std::uint64_t v = 0;
                bool fits = true;
                for (const unsigned char* q = start; q != m_p && fits; ++q) {
                    const std::uint64_t d = *q - '0';
                    fits = v <= (UINT64_MAX - d) / 10;
                    v = v * 10 + d;
                }
                if (fits) return m_builder->Unsigned(v) ? Outcome::kRead : Outcome::kStopped;
            }
            // Too large for an integer: a double, as below.
        }
        if (m_p != m_end && *m_p == '.') {
            ++m_p;
            if (m_p == m_end || !IsDigit(*m_p)) return Outcome::kRefused;
            while (m_p != m_end && IsDigit(*m_p)) {
                if (take(*m_p++)) --scale;
            }
        }
        if (m_p != m_end && (*m_p == 'e' || *m_p == 'E')) {
            ++m_p;
            bool minus = false;
            if (m_p != m_end && (*m_p == '+' || *m_p == '-')) minus = *m_p++ == '-';
            if (m_p == m_end || !IsDigit(*m_p)) return Outcome::kRefused;
            int exponent = 0;
            while (m_p != m_end && IsDigit(*m_p)) {
                if (exponent < 100000) exponent = exponent * 10 + (*m_p - '0');
                ++m_p;
            }
            scale += minus ? -exponent : exponent;
        }
        // Exact when the digits and the power of ten are both exact doubles: one rounding.
        static const double kPowers[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                         1e8,  1e9,  1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
                                         1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
        double value;
        if (digits == 0) {
            value = 0;
        } else if (count <= 19 && digits <= (std::uint64_t{1} << 53) && scale >= -22 && scale <= 22) {
            value = static_cast<double>(digits);
            value = scale < 0 ? value / kPowers[-scale] : value * kPowers[scale];
        } else {
            // Long or large: the C library's correctly rounded conversion, as nlohmann uses.
            m_number.assign(reinterpret_cast<const char*>(start), static_cast<std::size_t>(m_p - start));
            value = std::strtod(m_number.c_str(), nullptr);
            if (!std::isfinite(value)) return Outcome::kRefused;
            return m_builder->Float(value) ? Outcome::kRead : Outcome::kStopped;
        }
        if (negative) value = -value;
        return m_builder->Float(value) ? Outcome::kRead : Outcome::kStopped;
    }

    // Eight bytes at once: the high bit of each byte that needs a closer look (a quote, a
    // backslash, a control character or a byte of a multi-byte character). A byte may be marked
    // wrongly only after one rightly marked, so the lowest mark (the first byte: both targets
    // are little-endian) is always right.
    static std::uint64_t NeedsLook(std::uint64_t w) {
        constexpr std::uint64_t kOnes = 0x0101010101010101u, kHigh = 0x8080808080808080u;
        const std::uint64_t quote = w ^ (kOnes * '"'), backslash = w ^ (kOnes * '\\');
        const std::uint64_t control = (w - kOnes * 0x20) & ~w;
        return (control | ((quote - kOnes) & ~quote) | ((backslash - kOnes) & ~backslash) | w) & kHigh;
    }

    // The length of the well-formed UTF-8 character at m_p (RFC 3629: no overlong forms, no
    // surrogates, nothing past U+10FFFF), or 0.
    std::size_t CharacterLength() const {
        const std::size_t left = static_cast<std::size_t>(m_end - m_p);
        const unsigned char c = m_p[0];
        auto in = [](unsigned char b, unsigned char lo, unsigned char hi) { return b >= lo && b <= hi; };
        if (c >= 0xC2 && c <= 0xDF) return left >= 2 && in(m_p[1], 0x80, 0xBF) ? 2 : 0;
        if (c >= 0xE0 && c <= 0xEF) {
            const unsigned char lo = c == 0xE0 ? 0xA0 : 0x80, hi = c == 0xED ? 0x9F : 0xBF;
            return left >= 3 && in(m_p[1], lo, hi) && in(m_p[2], 0x80, 0xBF) ? 3 : 0;
        }
        if (c >= 0xF0 && c <= 0xF4) {
            const unsigned char lo = c == 0xF0 ? 0x90 : 0x80, hi = c == 0xF4 ? 0x8F : 0xBF;
            return left >= 4 && in(m_p[1], lo, hi) && in(m_p[2], 0x80, 0xBF) && in(m_p[3], 0x80, 0xBF) ? 4 : 0;
        }
        return 0;
    }

    // Moves m_p over a string's plain characters to its closing quote or next backslash and
    // returns that character; 0 for text a JSON string may not hold (or its end).
    unsigned char SkipPlain() {
        for (;;) {
            while (m_end - m_p >= 8) {
                std::uint64_t w;
                std::memcpy(&w, m_p, 8);
                const std::uint64_t marks = NeedsLook(w);
                if (marks != 0) {
                    m_p += __builtin_ctzll(marks) / 8;
                    break;
                }
                m_p += 8;
            }
            if (m_p == m_end) return 0;
            const unsigned char c = *m_p;
            if (c == '"' || c == '\\') return c;
            if (c < 0x20) return 0;
            if (c < 0x80) {
                ++m_p;
                continue;
            }
            const std::size_t length = CharacterLength();
            if (length == 0) return 0;
            m_p += length;
        }
    }

    bool Hex4(std::uint32_t* out) {
        if (m_end - m_p < 4) return false;
        std::uint32_t v = 0;
        for (int i = 0; i < 4; ++i) {
            const unsigned char c = *m_p++;
            v <<= 4;
            if (c >= '0' && c <= '9') v |= c - '0';
            else if (c >= 'a' && c <= 'f') v |= c - 'a' + 10;
            else if (c >= 'A' && c <= 'F') v |= c - 'A' + 10;
            else return false;
        }
        *out = v;
        return true;
    }

    // The escape after a backslash, decoded onto `out`. A \u escape of a UTF-16 surrogate must be
    // the first of a pair.
    bool Escape(std::string* out) {
        if (m_p == m_end) return false;
        switch (*m_p++) {
            case '"': out->push_back('"'); return true;
            case '\\': out->push_back('\\'); return true;
            case '/': out->push_back('/'); return true;
            case 'b': out->push_back('\b'); return true;
            case 'f': out->push_back('\f'); return true;
            case 'n': out->push_back('\n'); return true;
            case 'r': out->push_back('\r'); return true;
            case 't': out->push_back('\t'); return true;
            case 'u': break;
            default: return false;
        }
        std::uint32_t cp = 0;
        if (!Hex4(&cp)) return false;
        if (cp >= 0xDC00 && cp <= 0xDFFF) return false;
        if (cp >= 0xD800 && cp <= 0xDBFF) {
            std::uint32_t low = 0;
            if (m_end - m_p < 2 || m_p[0] != '\\' || m_p[1] != 'u') return false;
            m_p += 2;
            if (!Hex4(&low) || low < 0xDC00 || low > 0xDFFF) return false;
            cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
        }
        AppendUtf8(out, cp);
        return true;
    }

    // The rest of a string after its opening quote, decoded onto `out`.
    bool ReadString(std::string* out) {
        for (;;) {
            const unsigned char* run = m_p;
            const unsigned char stop = SkipPlain();
            if (stop == 0) return false;
            out->append(reinterpret_cast<const char*>(run), static_cast<std::size_t>(m_p - run));
            ++m_p;
            if (stop == '"') return true;
            if (!Escape(out)) return false;
        }
    }

    // A member name after its opening quote: the text itself when it has no escapes.
    bool ReadKey(std::string_view* key) {
        const unsigned char* run = m_p;
        const unsigned char stop = SkipPlain();
        if (stop == 0) return false;
        if (stop == '"') {
            *key = std::string_view(reinterpret_cast<const char*>(run), static_cast<std::size_t>(m_p - run));
            ++m_p;
            return true;
        }
        m_keyText.assign(reinterpret_cast<const char*>(run), static_cast<std::size_t>(m_p - run));
        ++m_p;
        if (!Escape(&m_keyText) || !ReadString(&m_keyText)) return false;
        *key = m_keyText;
        return true;
    }

    const unsigned char* m_p;
    const unsigned char* m_end;
    JsonTapeBuilder* m_builder;
    std::string m_keyText;  // an escaped member name, decoded
    std::string m_number;   // a number for strtod, which needs it terminated
};

// Says why a text the TextReader refused is not JSON, in the words nlohmann/json 3.11.2 uses
// (the CLI, the page and the golden files have always printed those), and where: it reads the
// tokens again one byte at a time, counting bytes as that parser does, and stops at the first
// token that cannot be read or does not fit.
class SyntaxExplainer {
public:
    explicit SyntaxExplainer(std::string_view text) : m_text(text) {}

    struct Account {
        std::string message;     // kJsonSyntax's value
        std::size_t offset = 0;  // the byte the error is shown at
        bool encoding = false;   // a byte that is not UTF-8
    };

    Account Explain() {
        std::vector<bool> arrays;  // each open container: an array (or an object)
        Token t = Next();
        for (;;) {
            // A value starts with `t`.
            if (t == kBeginObject || t == kBeginArray) {
                const bool array = t == kBeginArray;
                t = Next();
                if (t != (array ? kEndArray : kEndObject)) {
                    if (!array) {
                        if (t != kString) return Fail(t, kString, "object key");
                        if ((t = Next()) != kColon) return Fail(t, kColon, "object separator");
                        t = Next();
                    }
                    arrays.push_back(array);
                    continue;
                }
            } else if (t == kNumber) {
                const std::string number(TokenText());
                if (!std::isfinite(std::strtod(number.c_str(), nullptr))) {
                    return Done("number overflow parsing '" + number + "'", false);
                }
            } else if (t == kBad) {
                return Fail(t, kNothing, "value");
            } else if (t < kString) {
                return Fail(t, kValue, "value");
            }
            // After a value: a comma and the next one, or the end of containers.
            for (;;) {
                t = Next();
                if (arrays.empty()) return t == kEnd ? Account{} : Fail(t, kEnd, "value");
                const bool array = arrays.back();
                if (t == (array ? kEndArray : kEndObject)) {
                    arrays.pop_back();
                    continue;
                }
                if (t != kComma) return array ? Fail(t, kEndArray, "array") : Fail(t, kEndObject, "object");
                t = Next();
                if (!array) {
                    if (t != kString) return Fail(t, kString, "object key");
                    if ((t = Next()) != kColon) return Fail(t, kColon, "object separator");
                    t = Next();
                }
                break;
            }
        }
    }

private:
    // Values' tokens come last, from kString on.
    enum Token {
        kBeginArray,
        kEndArray,
        kBeginObject,
        kEndObject,
        kColon,
        kComma,
        kEnd,
        kBad,
        kValue,
        kNothing,  // only as what was expected
        kString,
        kNumber,
        kTrue,
        kFalse,
        kNull
    };

    static const char* Name(Token t) {
        static const char* const kNames[] = {"'['",
                                             "']'",
                                             "'{'",
                                             "'}'",
                                             "':'",
                                             "','",
                                             "end of input",
                                             "<parse error>",
                                             "'[', '{', or a literal",
                                             "",
                                             "string literal",
                                             "number literal",
                                             "true literal",
                                             "false literal",
                                             "null literal"};
        return kNames[t];
    }

    // The next byte, or -1 past the end. The count goes on past the end, as nlohmann's does.
    int Get() {
        const std::size_t at = m_read++;
        return at < m_text.size() ? static_cast<unsigned char>(m_text[at]) : -1;
    }

    static bool IsDigit(int c) { return c >= '0' && c <= '9'; }

    // What nlohmann quotes as "last read": everything from the start of the last string or
    // number to the last byte read.
    std::string_view TokenText() const {
        const std::size_t end = std::min(m_read, m_text.size());
        return m_text.substr(m_tokenFrom, end - m_tokenFrom);
    }

    Token Bad(const char* problem) {
        m_problem = problem;
        return kBad;
    }

    Token Next() {
        if (m_read == 0) {
            if (Get() != 0xEF) {
                m_read = 0;
            } else if (!(Get() == 0xBB && Get() == 0xBF)) {
                return Bad("invalid BOM; must be 0xEF 0xBB 0xBF if given");
            }
        }
        int c;
        do c = Get();
        while (c == ' ' || c == '\t' || c == '\n' || c == '\r');
        m_inString = false;
        switch (c) {
            case '[':
                return kBeginArray;
            case ']':
                return kEndArray;
            case '{':
                return kBeginObject;
            case '}':
                return kEndObject;
            case ':':
                return kColon;
            case ',':
                return kComma;
            case 't':
                return Literal("rue", kTrue);
            case 'f':
                return Literal("alse", kFalse);
            case 'n':
                return Literal("ull", kNull);
            case '"':
                return String();
            case 0:
            case -1:
                return kEnd;
            default:
                break;
        }
        if (c == '-' || IsDigit(c)) return Number(c);
        return Bad("invalid literal");
    }

    Token Literal(const char* rest, Token t) {
        for (; *rest; ++rest) {
            if (Get() != *rest) return Bad("invalid literal");
        }
        return t;
    }

    // -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?, ending before the first byte that does
    // not continue it.
    Token Number(int c) {
        m_tokenFrom = m_read - 1;
        if (c == '-' && !IsDigit(c = Get())) return Bad("invalid number; expected digit after '-'");
        if (c == '0') {
            c = Get();
        } else {
            while (IsDigit(c = Get())) continue;
        }
        if (c == '.') {
            if (!IsDigit(Get())) return Bad("invalid number; expected digit after '.'");
            while (IsDigit(c = Get())) continue;
        }
        if (c == 'e' || c == 'E') {
            c = Get();
            if (c == '+' || c == '-') {
                if (!IsDigit(Get())) return Bad("invalid number; expected digit after exponent sign");
            } else if (!IsDigit(c)) {
                return Bad("invalid number; expected '+', '-', or digit after exponent");
            }
            while (IsDigit(c = Get())) continue;
        }
        --m_read;  // the byte after the number is read again as the next token's
        return kNumber;
    }

    // Four hex digits, or -1 at the first byte that is not one.
    long Hex4() {
        long v = 0;
        for (int i = 0; i < 4; ++i) {
            const int c = Get();
            const int d = IsDigit(c)                               ? c - '0'
                          : (c | 0x20) >= 'a' && (c | 0x20) <= 'f' ? (c | 0x20) - 'a' + 10
                                                                   : -1;
            if (d < 0) return -1;
            v = v * 16 + d;
        }
        return v;
    }

    Token String() {
        m_tokenFrom = m_read - 1;
        m_inString = true;
        for (;;) {
            int c = Get();
            if (c == '"') return kString;
            if (c < 0) return Bad("invalid string: missing closing quote");
            if (c == '\\') {
                c = Get();
                if (c == 'u') {
                    const long high = Hex4();
                    if (high < 0) return Bad("invalid string: '\\u' must be followed by 4 hex digits");
                    if (high >= 0xDC00 && high <= 0xDFFF) {
                        return Bad("invalid string: surrogate U+DC00..U+DFFF must follow U+D800..U+DBFF");
                    }
                    if (high >= 0xD800 && high <= 0xDBFF) {
                        if (!(Get() == '\\' && Get() == 'u')) {
                            return Bad(
                                "invalid string: surrogate U+D800..U+DBFF must be followed by "
                                "U+DC00..U+DFFF");
                        }
                        const long low = Hex4();
                        if (low < 0) return Bad("invalid string: '\\u' must be followed by 4 hex digits");
                        if (low < 0xDC00 || low > 0xDFFF) {
                            return Bad(
                                "invalid string: surrogate U+D800..U+DBFF must be followed by "
                                "U+DC00..U+DFFF");
                        }
                    }
                } else if (c <= 0 || !std::strchr("\"\\/bfnrt", c)) {
                    return Bad("invalid string: forbidden character after backslash");
                }
            } else if (c < 0x20) {
                m_control = c;
                return Bad(nullptr);
            } else if (c >= 0x80) {
                // RFC 3629: the bytes that may follow each leading byte.
                int count = 0, low = 0x80, high = 0xBF;
                if (c >= 0xC2 && c <= 0xDF) {
                    count = 1;
                } else if (c >= 0xE0 && c <= 0xEF) {
                    count = 2;
                    if (c == 0xE0) low = 0xA0;
                    if (c == 0xED) high = 0x9F;
                } else if (c >= 0xF0 && c <= 0xF4) {
                    count = 3;
                    if (c == 0xF0) low = 0x90;
                    if (c == 0xF4) high = 0x8F;
                } else {
                    return Bad(kIllFormed);
                }
                for (; count > 0; --count, low = 0x80, high = 0xBF) {
                    c = Get();
                    if (c < low || c > high) return Bad(kIllFormed);
                }
            }
        }
    }

    // "U+000A" without the "U+", as nlohmann writes code points.
    static void AppendHex4(std::string* out, int v) {
        for (int shift = 12; shift >= 0; shift -= 4) out->push_back("0123456789ABCDEF"[(v >> shift) & 15]);
    }

    // The lexer's problem with an unreadable token, for the message.
    std::string Problem() const {
        if (m_problem) return m_problem;
        // "control character U+000A (LF) must be escaped to \u000A or \n"
        static const char kNames[] =
            "NUL SOH STX ETX EOT ENQ ACK BEL BS  HT  LF  VT  FF  CR  SO  SI  "
            "DLE DC1 DC2 DC3 DC4 NAK SYN ETB CAN EM  SUB ESC FS  GS  RS  US  ";
        std::string_view name(kNames + 4 * m_control, 3);
        name = name.substr(0, name.find(' '));
        std::string out = "invalid string: control character U+";
        AppendHex4(&out, m_control);
        out += " (";
        out += name;
        out += ") must be escaped to \\u";
        AppendHex4(&out, m_control);
        const char* shortForm = m_control ? std::strchr("\bb\tt\nn\ff\rr", m_control) : nullptr;
        if (shortForm) {
            out += " or \\";
            out += shortForm[1];
        }
        return out;
    }

    // "syntax error while parsing object - unexpected string literal; expected '}'"
    Account Fail(Token t, Token expected, const char* context) {
        std::string message = "syntax error while parsing ";
        message += context;
        message += " - ";
        if (t == kBad) {
            message += Problem();
            message += "; last read: '";
            for (char c : TokenText()) {
                if (static_cast<unsigned char>(c) < 0x20) {
                    message += "<U+";
                    AppendHex4(&message, c);
                    message += '>';
                } else {
                    message += c;
                }
            }
            message += '\'';
        } else {
            message += "unexpected ";
            message += Name(t);
        }
        if (expected != kNothing) {
            message += "; expected ";
            message += Name(expected);
        }
        // After a value nlohmann names only the closing bracket, though a comma would do too.
        if (expected == kEndArray || (expected == kEndObject && t == kString)) {
            message += " (is a comma missing before it?)";
        }
        return Done(std::move(message), t == kBad && m_problem == kIllFormed);
    }

    // The error is shown at the last byte read, or at the opening quote of a string that ends
    // there.
    Account Done(std::string message, bool encoding) {
        Account a;
        a.message = ToValidUtf8(message);  // "last read" may quote bytes that are not UTF-8
        a.encoding = encoding;
        a.offset = std::min(m_read, m_text.size());
        if (a.offset > 0) --a.offset;
        if (m_inString && a.offset < m_text.size() && m_text[a.offset] == '"') a.offset = m_tokenFrom;
        return a;
    }

    static constexpr const char* kIllFormed = "invalid string: ill-formed UTF-8 byte";

    std::string_view m_text;
    std::size_t m_read = 0;       // bytes read, one more once past the end
    std::size_t m_tokenFrom = 0;  // where the last string or number starts
    bool m_inString = false;      // the last token is a string, read or not
    const char* m_problem = "";   // why the last token could not be read; null: m_control
    int m_control = 0;            // a control character in a string
};

}  // namespace

namespace {

// Walks text that was already read and records where each value starts, keyed by its
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

    // Decodes a string so that keys match the pointers of the document's values.
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
    TextReader::Outcome outcome;
    {
        JsonTapeBuilder builder(document.get(), &result.errors, text.size(), size);
        outcome = TextReader(text, &builder).Run();
    }
    if (outcome == TextReader::Outcome::kRead) {
        result.document = std::move(document);
    } else if (outcome == TextReader::Outcome::kRefused) {
        // The problems found before the refusal (duplicate keys) stay, followed by the syntax error.
        SyntaxExplainer::Account why = SyntaxExplainer(text).Explain();
        if (why.message.empty()) why.message = "syntax error";  // (the two readers agree on every text)
        Diagnostic d = MakeDiagnostic("", why.encoding ? DiagCode::kJsonEncoding : DiagCode::kJsonSyntax,
                                      {std::move(why.message)});
        LineColumnAt(text, why.offset, &d.line, &d.column);
        result.errors.push_back(std::move(d));
    }
    // Stopped at a limit: the builder has said which.
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

std::uint32_t JsonDocument::KeyNumber(std::string_view key) const {
    if (m_keySlots.empty()) return kNoKey;
    const std::size_t mask = m_keySlots.size() - 1;
    for (std::size_t slot = HashKey(key) & mask; m_keySlots[slot] != 0; slot = (slot + 1) & mask) {
        if (KeyText(m_keySlots[slot] - 1) == key) return m_keySlots[slot] - 1;
    }
    return kNoKey;
}

JsonValue JsonValue::Find(std::string_view key) const {
    if (!IsObject()) return {};
    const std::uint32_t number = m_doc->KeyNumber(key);
    if (number == JsonDocument::kNoKey) return {};
    const std::vector<JsonDocument::Node>& nodes = m_doc->m_nodes;
    const std::uint32_t end = nodes[m_index].end;
    for (std::uint32_t c = m_index + 1; c < end; c = nodes[c].end) {
        if (nodes[c].key == number) return JsonValue(m_doc, c, m_index);
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
