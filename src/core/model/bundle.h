// The district bundle: the model every view, the CLI and the site generator read. Plain structs
// filled by bundle_loader; no parsing, no ImGui, no emscripten here.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/model/date.h"
#include "core/text/text.h"

namespace golmok {

struct LatLon {
    double lat = 0;
    double lon = 0;
};

struct Bounds {
    double south = 0, west = 0, north = 0, east = 0;
    bool Contains(const LatLon& p) const {
        return p.lat >= south && p.lat <= north && p.lon >= west && p.lon <= east;
    }
};

struct Link {
    Text label;
    std::string url;  // scheme is one of https, http, tel, mailto (checked by the loader)
};

struct Association {
    Text name;
    std::string phone;
    std::vector<Link> links;
};

struct District {
    std::string id;
    Text name;
    Text description;
    Text address;
    std::optional<Association> association;
    Bounds bounds;
    LatLon center;
    Text geometryNote;
    std::string attribution;
};

struct SampleInfo {
    Text note;
    std::optional<Date> datesAnchor;
};

struct Category {
    std::string id;
    Text name;
    std::uint32_t color = 0x808080;  // 0xRRGGBB
};

enum class StreetClass { kRoad, kStreet, kAlley };

struct Street {
    std::string id;
    Text name;
    StreetClass streetClass = StreetClass::kStreet;
    std::vector<LatLon> path;
    bool approximate = false;
};

enum class LandmarkKind { kSubwayStation, kSubwayExit, kBusStop, kToilet, kParking, kLandmark };

struct Landmark {
    std::string id;
    LandmarkKind kind = LandmarkKind::kLandmark;
    Text name;
    LatLon position;
    bool approximate = false;
    Text note;
};

enum class Payment { kCard, kZeropay, kOnnuri, kCash };
constexpr int kPaymentCount = 4;
const char* PaymentCode(Payment p);  // "card", "zeropay", "onnuri", "cash"

struct MenuItem {
    Text name;
    std::int64_t price = 0;  // won
};

struct Shop {
    std::string id;
    Text name;
    std::string category;  // a Category::id
    LatLon position;
    Text address;
    bool sample = false;
    Text description;
    std::string phone;
    std::string hours;  // OpenStreetMap opening_hours, as written
    std::vector<MenuItem> menu;
    std::vector<Payment> payment;
    std::vector<Lang> languages;
    std::vector<Lang> menuLanguages;
    std::vector<Link> links;
    std::vector<std::string> tags;
    std::optional<Date> confirmed;
};

struct Promotion {
    std::string id;
    std::string shop;  // empty: district-wide
    Text title;
    Text terms;
    Date start;
    Date end;  // inclusive
    std::string coupon;
    bool sample = false;
};

struct Event {
    std::string id;
    Text title;
    Text description;
    Text place;
    Date start;
    Date end;  // inclusive
    bool sample = false;
};

struct Bundle {
    std::string schema;  // the "$schema" member as written (an editor hint), or empty
    District district;
    std::optional<SampleInfo> samples;
    std::vector<Category> categories;
    std::vector<Street> streets;
    std::vector<Landmark> landmarks;
    std::vector<Shop> shops;
    std::vector<Promotion> promotions;
    std::vector<Event> events;

    const Category* FindCategory(const std::string& id) const;
    const Shop* FindShop(const std::string& id) const;
};

// One entry of data/index.json.
struct DistrictEntry {
    std::string id;
    std::string bundle;  // file name relative to index.json
    Text name;
};

struct DistrictIndex {
    std::string defaultId;
    std::vector<DistrictEntry> districts;
};

}  // namespace golmok
