// JSON output with a fixed layout: pretty (two-space indent, one member or element per line) or
// compact (no white space at all), UTF-8 written as is (only quotes, backslashes and control
// characters escaped), numbers in their shortest round-trip form. Equal values always give equal
// bytes, so files written with it diff cleanly. Standard library only; no file access.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace golmok {

class JsonWriter {
public:
    enum class Layout { kPretty, kCompact };
    explicit JsonWriter(Layout layout = Layout::kPretty) : m_compact(layout == Layout::kCompact) {}

    // Containers. Inside an object, name the member with Key() first.
    void BeginObject();
    void EndObject();
    void BeginArray();
    void EndArray();
    void Key(std::string_view key);

    void String(std::string_view s);
    void Integer(std::int64_t v);
    void Number(double v);  // finite values only; the shortest text that reads back the same
    void Bool(bool v);
    void Null();

    // The text so far; in the pretty layout, ending with a newline once the outermost value is
    // closed.
    const std::string& Text() const { return m_out; }
    // Takes the text so far; writing may go on after it (the rest of a document sent in parts).
    std::string TakeText() {
        std::string text = std::move(m_out);
        m_out.clear();
        return text;
    }
    // Room for `bytes` of text, when the caller knows about how long it will be: a text grown by
    // doubling can hold twice what it needs at the moment it is done.
    void Reserve(std::size_t bytes) { m_out.reserve(bytes); }
    // What a reader of the text will hold (see JsonSize in json_text.h): the values written, and
    // the bytes of their strings and member names as they read back.
    std::size_t ValueCount() const { return m_values; }
    std::size_t StringBytes() const { return m_stringBytes; }

private:
    void BeforeValue();
    void Close(char bracket);

    std::string m_out;
    bool m_compact = false;
    int m_depth = 0;
    bool m_first = true;      // no member or element yet in the current container
    bool m_afterKey = false;  // a key was written; its value follows on the same line
    std::size_t m_values = 0;
    std::size_t m_stringBytes = 0;
};

// `s` as a JSON string literal, quotes included. Invalid UTF-8 bytes become U+FFFD, so the
// result is always valid JSON.
void AppendJsonString(std::string* out, std::string_view s);

// The shortest decimal text that reads back as exactly `v` ("37.469115", "126.9", "5"); finite
// values only.
std::string FormatJsonNumber(double v);

}  // namespace golmok
