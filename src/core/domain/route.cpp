#include "core/domain/route.h"

#include <algorithm>
#include <vector>

#include "core/text/utf8.h"

namespace golmok {
namespace {

bool IsId(std::string_view s) {
    if (s.empty() || s.size() > 64 || s[0] == '-') return false;
    return std::all_of(s.begin(), s.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
    });
}

}  // namespace

std::string PercentEncode(std::string_view s) {
    static const char kHex[] = "0123456789ABCDEF";
    std::string out;
    for (unsigned char c : s) {
        const bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                           c == '-' || c == '_' || c == '.' || c == '~';
        if (plain) {
            out += static_cast<char>(c);
        } else {
            out += '%';
            out += kHex[c >> 4];
            out += kHex[c & 15];
        }
    }
    return out;
}

namespace {

int HexValue(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

// Decodes %XX and '+' (a space); false on a broken escape.
bool Decode(std::string_view s, std::string* out) {
    out->clear();
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '+') {
            *out += ' ';
        } else if (s[i] == '%') {
            if (i + 2 >= s.size()) return false;
            const int hi = HexValue(s[i + 1]), lo = HexValue(s[i + 2]);
            if (hi < 0 || lo < 0) return false;
            *out += static_cast<char>(hi * 16 + lo);
            i += 2;
        } else {
            *out += s[i];
        }
    }
    return true;
}

std::vector<std::string_view> Split(std::string_view s, char sep) {
    std::vector<std::string_view> parts;
    std::size_t start = 0;
    while (start <= s.size()) {
        const std::size_t end = s.find(sep, start);
        parts.push_back(s.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
        if (end == std::string_view::npos) break;
        start = end + 1;
    }
    return parts;
}

}  // namespace

bool operator==(const Route& a, const Route& b) { return FormatRoute(a) == FormatRoute(b); }

std::string FormatRoute(const Route& r) {
    std::string out = "#/";
    switch (r.screen) {
        case Route::Screen::kHome: break;
        case Route::Screen::kShop: out += "shop/" + r.id; break;
        case Route::Screen::kPromo: out += "promo/" + r.id; break;
        case Route::Screen::kMap: out += r.id.empty() ? "map" : "map/" + r.id; break;
        case Route::Screen::kEdit: out += r.id.empty() ? "edit" : "edit/" + r.id; break;
    }
    std::vector<std::string> params;
    if (!r.query.empty()) params.push_back("q=" + PercentEncode(r.query));
    const Filters& f = r.filters;
    if (!f.categories.empty()) {
        std::vector<std::string> ids = f.categories;
        std::sort(ids.begin(), ids.end());
        std::string v;
        for (const std::string& id : ids) v += (v.empty() ? "" : ",") + id;
        params.push_back("cat=" + v);
    }
    if (f.openNow) params.push_back("open=1");
    if (f.hasPromotion) params.push_back("deal=1");
    if (!f.payments.empty()) {
        std::string v;
        for (int i = 0; i < kPaymentCount; ++i) {
            const Payment p = static_cast<Payment>(i);
            if (std::find(f.payments.begin(), f.payments.end(), p) != f.payments.end()) {
                v += (v.empty() ? "" : ",") + std::string(PaymentCode(p));
            }
        }
        params.push_back("pay=" + v);
    }
    if (!f.languages.empty()) {
        std::string v;
        for (int i = 0; i < kLangCount; ++i) {
            const Lang l = static_cast<Lang>(i);
            if (std::find(f.languages.begin(), f.languages.end(), l) != f.languages.end()) {
                v += (v.empty() ? "" : ",") + std::string(LangCode(l));
            }
        }
        params.push_back("lang=" + v);
    }
    for (std::size_t i = 0; i < params.size(); ++i) out += (i == 0 ? "?" : "&") + params[i];
    return out;
}

Route ParseRoute(std::string_view hash) {
    Route route;
    if (!hash.empty() && hash[0] == '#') hash.remove_prefix(1);
    if (!hash.empty() && hash[0] == '/') hash.remove_prefix(1);
    const std::size_t question = hash.find('?');
    const std::string_view path = hash.substr(0, question);
    const std::string_view query = question == std::string_view::npos ? std::string_view() : hash.substr(question + 1);

    const std::vector<std::string_view> segments = Split(path, '/');
    if (segments.size() == 2 && (segments[0] == "shop" || segments[0] == "promo" || segments[0] == "map") &&
        IsId(segments[1])) {
        route.screen = segments[0] == "shop"    ? Route::Screen::kShop
                       : segments[0] == "promo" ? Route::Screen::kPromo
                                                : Route::Screen::kMap;
        route.id = std::string(segments[1]);
    } else if (segments.size() == 1 && (segments[0] == "map" || segments[0] == "edit")) {
        route.screen = segments[0] == "map" ? Route::Screen::kMap : Route::Screen::kEdit;
    } else if (segments.size() == 2 && segments[0] == "edit" && segments[1] == "district") {
        route.screen = Route::Screen::kEdit;
        route.id = "district";
    } else if (segments.size() == 3 && segments[0] == "edit" &&
               (segments[1] == "shop" || segments[1] == "promotion" || segments[1] == "event") && IsId(segments[2])) {
        route.screen = Route::Screen::kEdit;
        route.id = std::string(segments[1]) + "/" + std::string(segments[2]);
    } else if (!(segments.size() == 1 && segments[0].empty())) {
        return Route{};  // an unknown screen: home, and none of its parameters
    }

    for (std::string_view param : Split(query, '&')) {
        const std::size_t eq = param.find('=');
        if (eq == std::string_view::npos) continue;
        const std::string_view key = param.substr(0, eq);
        std::string value;
        if (!Decode(param.substr(eq + 1), &value)) return Route{};
        if (key == "q") {
            // Any bytes may arrive in a URL: keep valid UTF-8 only, cut at a character boundary.
            std::string text = ToValidUtf8(value);
            if (text.size() > 200) {
                std::size_t cut = 200;
                while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
                text.resize(cut);
            }
            route.query = std::move(text);
        } else if (key == "open") {
            route.filters.openNow = value == "1";
        } else if (key == "deal") {
            route.filters.hasPromotion = value == "1";
        } else if (key == "cat") {
            for (std::string_view id : Split(value, ',')) {
                const auto& seen = route.filters.categories;
                if (IsId(id) && std::find(seen.begin(), seen.end(), id) == seen.end()) {
                    route.filters.categories.emplace_back(id);
                }
            }
        } else if (key == "pay") {
            for (std::string_view code : Split(value, ',')) {
                for (int i = 0; i < kPaymentCount; ++i) {
                    const Payment p = static_cast<Payment>(i);
                    if (code == PaymentCode(p) &&
                        std::find(route.filters.payments.begin(), route.filters.payments.end(), p) ==
                            route.filters.payments.end()) {
                        route.filters.payments.push_back(p);
                    }
                }
            }
        } else if (key == "lang") {
            for (std::string_view code : Split(value, ',')) {
                Lang l;
                if (ParseLangCode(std::string(code), &l) &&
                    std::find(route.filters.languages.begin(), route.filters.languages.end(), l) ==
                        route.filters.languages.end()) {
                    route.filters.languages.push_back(l);
                }
            }
        }
    }
    return route;
}

}  // namespace golmok
