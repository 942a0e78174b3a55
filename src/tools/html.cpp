#include "tools/html.h"

#include <cctype>

#include "core/bundle/bundle_loader.h"
#include "core/text/utf8.h"

namespace golmok {

std::string EscapeHtml(std::string_view text) {
    const std::string valid = ToValidUtf8(text);
    std::string out;
    out.reserve(valid.size() + valid.size() / 8);
    for (char c : valid) {
        switch (c) {
            case '&':
                out += "&amp;";
                break;
            case '<':
                out += "&lt;";
                break;
            case '>':
                out += "&gt;";
                break;
            case '"':
                out += "&quot;";
                break;
            case '\'':
                out += "&#39;";
                break;
            default:
                out += c;
        }
    }
    return out;
}

std::string JsonForScriptElement(std::string_view json) {
    std::string out;
    out.reserve(json.size() + json.size() / 16);
    for (std::size_t i = 0; i < json.size(); ++i) {
        const char c = json[i];
        // These characters only occur inside JSON strings, where an escape means the same.
        if (c == '<') {
            out += "\\u003c";
        } else if (c == '>') {
            out += "\\u003e";
        } else if (c == '&') {
            out += "\\u0026";
        } else if (c == '\xE2' && i + 2 < json.size() && json[i + 1] == '\x80' &&
                   (json[i + 2] == '\xA8' || json[i + 2] == '\xA9')) {
            // U+2028 LINE SEPARATOR and U+2029 PARAGRAPH SEPARATOR: line ends to older JS parsers.
            out += json[i + 2] == '\xA8' ? "\\u2028" : "\\u2029";
            i += 2;
        } else {
            out += c;
        }
    }
    return out;
}

std::string SafeHref(std::string_view url) {
    // Control characters and spaces could hide a different scheme from the check ("java\tscript:").
    for (char c : url) {
        if (static_cast<unsigned char>(c) <= 0x20 || c == 0x7F) return "";
    }
    if (!IsAllowedLinkScheme(url)) return "";
    return EscapeHtml(url);
}

}  // namespace golmok
