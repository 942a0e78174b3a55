// The app's screens as URLs and back: "#/shop/<id>", "#/promo/<id>", "#/map" (or "#/map/<shop
// id>", the map around that shop), "#/edit" (the editor's list; "#/edit/district",
// "#/edit/shop/<id>", "#/edit/promotion/<id>" or "#/edit/event/<id>", a form), with the search
// text and filters as a query ("#/?q=떡볶이&open=1&pay=card,zeropay"). Parsing never fails: a
// malformed route lands on the home screen. Standard library and the model only.
#pragma once

#include <string>
#include <string_view>

#include "core/domain/filters.h"

namespace golmok {

struct Route {
    enum class Screen { kHome, kShop, kPromo, kMap, kEdit };
    Screen screen = Screen::kHome;
    // The shop's or promotion's id on kShop / kPromo; the shop in focus on kMap; on kEdit the
    // entity whose form is open ("shop/<id>", "district"), empty for the editor's list.
    std::string id;
    std::string query;  // search text
    Filters filters;

    friend bool operator==(const Route& a, const Route& b);
    friend bool operator!=(const Route& a, const Route& b) { return !(a == b); }
};

// "#/shop/shop-01?q=%EB%96%A1" — always starts with "#/". Parameters appear in a fixed order and
// only when set, so equal routes give equal strings.
std::string FormatRoute(const Route& route);

// Percent-encodes every byte but unreserved ASCII (RFC 3986), so any text survives in a URL.
std::string PercentEncode(std::string_view s);

// Reads a location hash (with or without the leading '#'). Unknown parameters are ignored;
// an id that is not a valid id, an unknown screen or broken percent-encoding gives home.
Route ParseRoute(std::string_view hash);

}  // namespace golmok
