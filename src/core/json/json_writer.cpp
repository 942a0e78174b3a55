#include "core/json/json_writer.h"

#include <cassert>
#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "core/text/utf8.h"

namespace golmok {

void AppendJsonString(std::string* out, std::string_view s) {
    static const char kHex[] = "0123456789abcdef";
    out->push_back('"');
    std::size_t i = 0;
    while (i < s.size()) {
        const unsigned char c = static_cast<unsigned char>(s[i]);
        if (c >= 0x80) {
            // Copy a well-formed sequence as is; a broken one becomes U+FFFD.
            const std::size_t start = i;
            const std::uint32_t cp = NextCodepoint(s, &i);
            if (cp == 0xFFFD && i == start + 1) {
                AppendUtf8(out, 0xFFFD);
            } else {
                out->append(s.data() + start, i - start);
            }
            continue;
        }
        ++i;
        switch (c) {
            case '"':
                out->append("\\\"");
                break;
            case '\\':
                out->append("\\\\");
                break;
            case '\n':
                out->append("\\n");
                break;
            case '\r':
                out->append("\\r");
                break;
            case '\t':
                out->append("\\t");
                break;
            case '\b':
                out->append("\\b");
                break;
            case '\f':
                out->append("\\f");
                break;
            default:
                if (c < 0x20 || c == 0x7F) {
                    out->append("\\u00");
                    out->push_back(kHex[c >> 4]);
                    out->push_back(kHex[c & 15]);
                } else {
                    out->push_back(char(c));
                }
        }
    }
    out->push_back('"');
}

std::string FormatJsonNumber(double v) {
    assert(std::isfinite(v) && "JSON has no text for NaN or infinity");
    if (v == 0) return "0";  // also -0, which JSON readers would keep as a float for no gain
    // %.15g is exact for every value written with 15 significant digits or fewer (the usual
    // coordinate or price) and drops trailing zeros; the rare rest needs 16 or 17 digits.
    char buf[40];
    for (int precision = 15; precision <= 17; ++precision) {
        std::snprintf(buf, sizeof buf, "%.*g", precision, v);
        if (std::strtod(buf, nullptr) == v) break;
    }
    return buf;
}

void JsonWriter::BeforeValue() {
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    ++m_values;  // an element, the root, or a member (counted at its key)
    if (m_depth > 0) {
        if (!m_first) m_out.push_back(',');
        if (m_compact) {
            m_first = false;
            return;
        }
        m_out.push_back('\n');
        m_out.append(std::size_t(m_depth) * 2, ' ');
    }
    m_first = false;
}

void JsonWriter::BeginObject() {
    BeforeValue();
    m_out.push_back('{');
    ++m_depth;
    m_first = true;
}

void JsonWriter::BeginArray() {
    BeforeValue();
    m_out.push_back('[');
    ++m_depth;
    m_first = true;
}

void JsonWriter::Close(char bracket) {
    assert(m_depth > 0 && !m_afterKey && "closing a container that is not open, or a key without value");
    --m_depth;
    if (!m_first && !m_compact) {
        m_out.push_back('\n');
        m_out.append(std::size_t(m_depth) * 2, ' ');
    }
    m_out.push_back(bracket);
    m_first = false;
    if (m_depth == 0 && !m_compact) m_out.push_back('\n');
}

void JsonWriter::EndObject() {
    Close('}');
}
void JsonWriter::EndArray() {
    Close(']');
}

void JsonWriter::Key(std::string_view key) {
    BeforeValue();
    m_stringBytes += key.size();
    AppendJsonString(&m_out, key);
    m_out.append(m_compact ? ":" : ": ");
    m_afterKey = true;
}

void JsonWriter::String(std::string_view s) {
    BeforeValue();
    m_stringBytes += s.size();
    AppendJsonString(&m_out, s);
}

void JsonWriter::Integer(std::int64_t v) {
    BeforeValue();
    m_out.append(std::to_string(v));
}

void JsonWriter::Number(double v) {
    BeforeValue();
    m_out.append(FormatJsonNumber(v));
}

void JsonWriter::Bool(bool v) {
    BeforeValue();
    m_out.append(v ? "true" : "false");
}

void JsonWriter::Null() {
    BeforeValue();
    m_out.append("null");
}

}  // namespace golmok
