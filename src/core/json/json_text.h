// JSON text → a compact read-only document, with errors as Diagnostics: syntax errors with line
// and column (worded as nlohmann/json words them), duplicate keys and excessive nesting (which
// nlohmann accepts silently) reported, nothing thrown. A reader of its own, with no library
// behind it; the document is one flat array of nodes and one string arena (no allocation per
// value), so a 10,000-shop bundle loads in a few tens of milliseconds. Also maps JSON pointers
// back to line:column. No ImGui, no emscripten, no nlohmann.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/model/diagnostic.h"

namespace golmok {

// Nesting deeper than this is refused: no real bundle comes close, and the limit keeps hostile
// input from exhausting the stack of anything that walks the tree recursively.
constexpr int kMaxJsonDepth = 64;

// Limits that keep a hostile or mistaken file from taking all of a phone's memory or time; each is
// reported with where it was exceeded. A 10,000-shop bundle is about 7.5 MB and 340,000 values.
constexpr std::size_t kMaxJsonBytes = 16u << 20;         // the whole text: 16 MiB
constexpr std::size_t kMaxJsonValues = 1000000;          // values of every kind, containers too
constexpr std::size_t kMaxJsonStringBytes = 64u << 10;   // one string or member name: 64 KiB
// Problems found while reading the text itself (duplicate keys, long strings) listed at most.
constexpr std::size_t kMaxJsonErrors = 100;

enum class JsonType : std::uint8_t { kNull, kBool, kInteger, kUnsigned, kFloat, kString, kArray, kObject };

class JsonDocument;

// A value inside a JsonDocument: a cheap handle (copy it freely) valid while the document lives.
// A default-constructed handle names no value; every accessor then answers as for null.
class JsonValue {
public:
    JsonValue() = default;
    explicit operator bool() const { return m_doc != nullptr; }

    JsonType Type() const;
    bool IsNull() const { return Type() == JsonType::kNull; }
    bool IsBool() const { return m_doc && Type() == JsonType::kBool; }
    bool IsString() const { return m_doc && Type() == JsonType::kString; }
    bool IsArray() const { return m_doc && Type() == JsonType::kArray; }
    bool IsObject() const { return m_doc && Type() == JsonType::kObject; }
    bool IsInteger() const {
        return m_doc && (Type() == JsonType::kInteger || Type() == JsonType::kUnsigned);
    }
    bool IsNumber() const { return IsInteger() || (m_doc && Type() == JsonType::kFloat); }
    // "a string", "an object", … for messages.
    const char* Describe() const;

    bool Bool() const;
    double Number() const;                  // any number, as a double
    std::int64_t Integer() const;           // integers; unsigned ones beyond int64 saturate
    std::string_view String() const;        // strings only; "" otherwise

    std::size_t Size() const;               // members of an object, elements of an array
    JsonValue Find(std::string_view key) const;  // an object's member, or no value
    JsonValue At(std::size_t index) const;       // an array's element (linear), or no value
    JsonValue FirstChild() const;           // first member or element
    JsonValue NextSibling() const;          // the next member or element of the same parent
    std::string_view Key() const;           // the member's key when the parent is an object

    // RFC 6901 pointer of this value ("" for the root), built only when asked for.
    std::string Pointer() const;

private:
    friend class JsonDocument;
    JsonValue(const JsonDocument* doc, std::uint32_t index, std::uint32_t parent)
        : m_doc(doc), m_index(index), m_parent(parent) {}
    const JsonDocument* m_doc = nullptr;
    std::uint32_t m_index = 0;
    std::uint32_t m_parent = 0;  // the container's node (the root is its own parent)
};

class JsonDocument {
public:
    JsonValue Root() const { return m_nodes.empty() ? JsonValue() : JsonValue(this, 0, 0); }

private:
    friend class JsonValue;
    friend class JsonTapeBuilder;
    // 16 bytes a value: a 10,000-shop bundle has about 340,000 of them. The parent of a value is
    // not stored; handles carry it, and a pointer is found by walking down from the root.
    struct Node {
        std::uint32_t end = 0;   // index just past this value's subtree
        std::uint32_t key : 28;  // in m_keys, when the parent is an object
        std::uint32_t type : 4;  // a JsonType
        struct StringRef {
            std::uint32_t offset, length;  // in m_strings
        };
        union {
            bool b;
            std::int64_t i;
            std::uint64_t u;
            double f;
            StringRef s;
            std::uint32_t size;  // members or elements of a container
        };
        Node() : key(0), type(0), i(0) {}
        JsonType Type() const { return static_cast<JsonType>(type); }
    };
    std::string_view KeyText(std::uint32_t key) const {
        return std::string_view(m_strings).substr(m_keys[key].offset, m_keys[key].length);
    }
    static constexpr std::uint32_t kNoKey = 0xFFFFFFFFu;
    // The number of a member name in m_keys, or kNoKey when no member has it.
    std::uint32_t KeyNumber(std::string_view key) const;
    std::vector<Node> m_nodes;
    // Member names, each distinct one stored once (a bundle repeats a few dozen names
    // hundreds of thousands of times).
    std::vector<Node::StringRef> m_keys;
    // m_keys by name: an open addressing table of key numbers plus one (zero: an empty slot), at
    // most half full, so that finding a member compares numbers rather than names.
    std::vector<std::uint32_t> m_keySlots;
    std::string m_strings;
};

struct ParsedJson {
    std::unique_ptr<JsonDocument> document;  // null when the text could not be parsed
    std::vector<Diagnostic> errors;          // with line and column where known
    bool ok() const { return errors.empty(); }
    JsonValue Root() const { return document ? document->Root() : JsonValue(); }
};

// How much a text will take once read, when its writer knows (JsonWriter counts it): the document
// is then given exactly that room. Without it, the room is guessed from the text's length, which
// fits indented files; a compact text holds more values per byte, and its arrays would grow by
// doubling, holding the old and the new copy at once.
struct JsonSize {
    std::size_t values = 0;
    std::size_t stringBytes = 0;
};

ParsedJson ParseJson(std::string_view text, const JsonSize& size = {});

// "/shops/3/name" from tokens; escapes '~' and '/' as RFC 6901 asks.
std::string JsonPointerToken(std::string_view key);

// Fills line and column of each diagnostic whose pointer names a value in `text` (the value's
// first character); a pointer that names no value is left without a position.
void AttachPositions(std::string_view text, std::vector<Diagnostic>* diagnostics);

// Line and column (1-based, columns in characters) of a byte offset.
void LineColumnAt(std::string_view text, std::size_t offset, int* line, int* column);

}  // namespace golmok
