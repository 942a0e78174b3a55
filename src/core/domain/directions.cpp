#include "core/domain/directions.h"

#include <cctype>
#include <cstdio>

#include "core/domain/route.h"

namespace golmok {
namespace {

// Seven decimals: about a centimetre, more than any shop position holds.
std::string Coord(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.7f", v);
    return buf;
}

// Kakao's link/to path separates name and coordinates with commas, so a comma in the name
// would shift the fields; it is dropped (the app shows the name only as a label).
std::string WithoutCommas(const std::string& s) {
    std::string out;
    for (char c : s) {
        if (c != ',') out += c;
    }
    return out;
}

}  // namespace

std::vector<DirectionsLink> WalkingDirections(const LatLon& to, const std::string& name,
                                              const std::string& appName) {
    const std::string lat = Coord(to.lat), lon = Coord(to.lon), label = PercentEncode(name);
    std::vector<DirectionsLink> links;
    links.push_back({MapProvider::kNaver,
                     "nmap://route/walk?dlat=" + lat + "&dlng=" + lon + "&dname=" + label +
                         "&appname=" + PercentEncode(appName),
                     "https://map.naver.com/p/directions/-/" + lon + "," + lat + "," +
                         PercentEncode(WithoutCommas(name)) + ",,/-/walk"});
    links.push_back({MapProvider::kKakao, "kakaomap://route?ep=" + lat + "," + lon + "&by=FOOT",
                     "https://map.kakao.com/link/to/" + PercentEncode(WithoutCommas(name)) + "," +
                         lat + "," + lon});
    links.push_back({MapProvider::kGoogle, "",
                     "https://www.google.com/maps/dir/?api=1&destination=" + lat + "%2C" + lon +
                         "&travelmode=walking"});
    return links;
}

const char* ProviderName(MapProvider provider) {
    switch (provider) {
        case MapProvider::kNaver: return "Naver Map";
        case MapProvider::kKakao: return "Kakao Map";
        case MapProvider::kGoogle: return "Google Maps";
    }
    return "";
}

const char* ProviderCode(MapProvider provider) {
    switch (provider) {
        case MapProvider::kNaver: return "naver";
        case MapProvider::kKakao: return "kakao";
        case MapProvider::kGoogle: return "google";
    }
    return "";
}

std::string TelHref(std::string_view phone) {
    if (phone.empty()) return "";
    std::string digits;
    for (std::size_t i = 0; i < phone.size(); ++i) {
        const char c = phone[i];
        if (std::isdigit(static_cast<unsigned char>(c)) || c == '-' || (c == '+' && i == 0)) {
            digits += c;
        } else {
            return "";
        }
    }
    return "tel:" + digits;
}

}  // namespace golmok
