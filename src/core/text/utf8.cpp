#include "core/text/utf8.h"


namespace golmok {

std::uint32_t NextCodepoint(std::string_view s, std::size_t* pos) {
    const unsigned char c = static_cast<unsigned char>(s[*pos]);
    int extra = 0;
    std::uint32_t cp = 0;
    if (c < 0x80) {
        ++*pos;
        return c;
    } else if ((c & 0xE0) == 0xC0) {
        extra = 1;
        cp = c & 0x1F;
    } else if ((c & 0xF0) == 0xE0) {
        extra = 2;
        cp = c & 0x0F;
    } else if ((c & 0xF8) == 0xF0) {
        extra = 3;
        cp = c & 0x07;
    } else {
        ++*pos;
        return 0xFFFD;
    }
    if (*pos + extra >= s.size()) {  // truncated sequence
        ++*pos;
        return 0xFFFD;
    }
    for (int i = 1; i <= extra; ++i) {
        const unsigned char cc = static_cast<unsigned char>(s[*pos + i]);
        if ((cc & 0xC0) != 0x80) {
            ++*pos;
            return 0xFFFD;
        }
        cp = (cp << 6) | (cc & 0x3F);
    }
    static const std::uint32_t kMinForLength[4] = {0, 0x80, 0x800, 0x10000};
    if (cp < kMinForLength[extra] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
        ++*pos;  // overlong form, surrogate or beyond Unicode
        return 0xFFFD;
    }
    *pos += extra + 1;
    return cp;
}

void AppendUtf8(std::string* out, std::uint32_t cp) {
    if (cp < 0x80) {
        out->push_back(char(cp));
    } else if (cp < 0x800) {
        out->push_back(char(0xC0 | (cp >> 6)));
        out->push_back(char(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out->push_back(char(0xE0 | (cp >> 12)));
        out->push_back(char(0x80 | ((cp >> 6) & 0x3F)));
        out->push_back(char(0x80 | (cp & 0x3F)));
    } else {
        out->push_back(char(0xF0 | (cp >> 18)));
        out->push_back(char(0x80 | ((cp >> 12) & 0x3F)));
        out->push_back(char(0x80 | ((cp >> 6) & 0x3F)));
        out->push_back(char(0x80 | (cp & 0x3F)));
    }
}

std::string ToValidUtf8(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t pos = 0; pos < s.size();) AppendUtf8(&out, NextCodepoint(s, &pos));
    return out;
}

void AddCodepoints(std::string_view s, std::set<std::uint32_t>* out) {
    for (std::size_t pos = 0; pos < s.size();) out->insert(NextCodepoint(s, &pos));
}

bool IsCjkCodepoint(std::uint32_t cp) {
    struct Range {
        std::uint32_t first, last;
    };
    static const Range kRanges[] = {
        {0x2E80, 0x2FDF},    // CJK radicals, Kangxi radicals
        {0x3000, 0x303F},    // CJK symbols and punctuation
        {0x3040, 0x30FF},    // hiragana, katakana
        {0x3100, 0x312F},    // bopomofo
        {0x31C0, 0x31FF},    // CJK strokes, katakana phonetic extensions
        {0x3400, 0x4DBF},    // CJK unified ideographs extension A
        {0x4E00, 0x9FFF},    // CJK unified ideographs
        {0xF900, 0xFAFF},    // CJK compatibility ideographs
        {0xFF01, 0xFF9F},    // full-width ASCII, half-width CJK punctuation and katakana
        {0x20000, 0x3134F},  // ideographs beyond the BMP
    };
    for (const Range& r : kRanges) {
        if (cp >= r.first && cp <= r.last) return true;
    }
    return false;
}

}  // namespace golmok
