#include "cli/encoding.h"

#include <iconv.h>

#include <cerrno>
#include <cstdio>

#include "core/text/utf8.h"
#include "tools/csv.h"

namespace golmok::cli {
namespace {

// Offset of the first byte that is not part of well-formed UTF-8, or npos.
std::size_t FirstInvalidUtf8(const std::string& s) {
    std::size_t pos = 0;
    while (pos < s.size()) {
        const std::size_t at = pos;
        if (NextCodepoint(s, &pos) == 0xFFFD && !(pos - at == 3 && s.compare(at, 3, "\xEF\xBF\xBD") == 0)) {
            return at;
        }
    }
    return std::string::npos;
}

std::string Where(const std::string& text, std::size_t offset) {
    int row = 0, column = 0;
    CsvPositionAt(text.data(), text.size(), offset, &row, &column);
    return "row " + std::to_string(row) + ", column " + std::to_string(column);
}

std::string Hex(const std::string& s, std::size_t offset, std::size_t count) {
    std::string out;
    for (std::size_t i = offset; i < s.size() && i < offset + count; ++i) {
        char b[8];
        std::snprintf(b, sizeof b, "%s0x%02x", out.empty() ? "" : " ",
                      unsigned(static_cast<unsigned char>(s[i])));
        out += b;
    }
    return out;
}

// Converts with iconv; on failure, *badOffset is where in `in` conversion stopped.
bool Convert(const char* from, const char* to, const std::string& in, std::string* out,
             std::size_t* badOffset) {
    iconv_t cd = ::iconv_open(to, from);
    if (cd == reinterpret_cast<iconv_t>(-1)) {
        *badOffset = 0;
        return false;
    }
    out->clear();
    char* src = const_cast<char*>(in.data());
    std::size_t srcLeft = in.size();
    char buf[4096];
    bool ok = true;
    while (srcLeft > 0) {
        char* dst = buf;
        std::size_t dstLeft = sizeof buf;
        const std::size_t r = ::iconv(cd, &src, &srcLeft, &dst, &dstLeft);
        out->append(buf, sizeof buf - dstLeft);
        if (r == std::size_t(-1) && errno != E2BIG) {
            ok = false;  // EILSEQ: not in the source encoding; EINVAL: cut off at the end
            break;
        }
    }
    if (ok) {
        char* dst = buf;
        std::size_t dstLeft = sizeof buf;
        ::iconv(cd, nullptr, nullptr, &dst, &dstLeft);
        out->append(buf, sizeof buf - dstLeft);
    }
    *badOffset = std::size_t(src - in.data());
    ::iconv_close(cd);
    return ok;
}

}  // namespace

bool ParseEncoding(const std::string& name, Encoding* out) {
    std::string n;
    for (char c : name) n += char(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    if (n == "utf-8" || n == "utf8") {
        *out = Encoding::kUtf8;
    } else if (n == "cp949" || n == "euc-kr" || n == "euckr" || n == "uhc") {
        *out = Encoding::kCp949;
    } else {
        return false;
    }
    return true;
}

bool DecodeCsvBytes(const std::string& bytes, Encoding encoding, std::string* utf8, std::string* why) {
    const bool bom = bytes.compare(0, 3, "\xEF\xBB\xBF") == 0;
    const std::size_t invalid = FirstInvalidUtf8(bytes);
    if (encoding == Encoding::kUtf8 || (encoding == Encoding::kAuto && invalid == std::string::npos)) {
        if (invalid != std::string::npos) {
            *why = Where(bytes, invalid) + ": not UTF-8 (bytes " + Hex(bytes, invalid, 2) +
                   "); the file may be CP949: try --encoding cp949";
            return false;
        }
        *utf8 = bom ? bytes.substr(3) : bytes;
        return true;
    }
    std::size_t bad = 0;
    if (Convert("CP949", "UTF-8", bytes, utf8, &bad)) return true;
    if (encoding == Encoding::kCp949) {
        *why = Where(bytes, bad) + ": not CP949 (bytes " + Hex(bytes, bad, 2) + ")";
    } else {
        // Name the byte where the likelier encoding (the one that read further) broke.
        const std::size_t at = bad > invalid ? bad : invalid;
        *why = Where(bytes, at) + ": the file is neither UTF-8 nor CP949 (bytes " + Hex(bytes, at, 2) +
               "); save it from the spreadsheet as \"CSV UTF-8\"";
    }
    return false;
}

bool EncodeCp949(const std::string& utf8, std::string* out, std::string* why) {
    std::size_t bad = 0;
    if (Convert("UTF-8", "CP949", utf8, out, &bad)) return true;
    std::size_t end = bad;
    const std::uint32_t cp = bad < utf8.size() ? NextCodepoint(utf8, &end) : 0;
    char code[16];
    std::snprintf(code, sizeof code, "U+%04X", unsigned(cp));
    *why = Where(utf8, bad) + ": \"" + utf8.substr(bad, end - bad) + "\" (" + code +
           ") cannot be written in CP949; export as UTF-8 (the default) instead";
    return false;
}

}  // namespace golmok::cli
