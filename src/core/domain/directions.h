// Links out of the page to the phone's own apps: walking directions handed to the map apps people
// in Korea use, and a shop's number to the dialler. Google gives no walking directions in Korea,
// so a card offers Naver Map and Kakao Map too; each link opens the app where it is installed and
// the web map otherwise. Standard library and the model only.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/model/bundle.h"

namespace golmok {

enum class MapProvider { kNaver, kKakao, kGoogle };

struct DirectionsLink {
    MapProvider provider;
    // The app's own URL scheme (nmap:, kakaomap:), tried first on a phone; empty where the web
    // link itself hands over to the app (Google's universal link).
    std::string appUrl;
    // An https: link that works in any browser.
    std::string webUrl;
};

// Links for walking to `to`, a place called `name` (shown by the app as the destination).
// `appName` identifies the page to Naver's URL scheme (its origin, e.g. "https://example.org").
std::vector<DirectionsLink> WalkingDirections(const LatLon& to, const std::string& name,
                                              const std::string& appName);

const char* ProviderName(MapProvider provider);  // "Naver Map", "Kakao Map", "Google Maps"
const char* ProviderCode(MapProvider provider);  // "naver", "kakao", "google"

// "tel:02-803-1234" for a phone number as written in a bundle (digits, hyphens, a leading +);
// empty when it holds anything else.
std::string TelHref(std::string_view phone);

}  // namespace golmok
