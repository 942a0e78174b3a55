// [SECTION] index
//  - Reader: typed access to JSON values that records a Diagnostic instead of throwing
//  - Readers of the bundle's parts (district, categories, streets, landmarks, shops, …)
//  - Cross-checks (ids, references, bounds, date order)
//  - LoadBundle, LoadDistrictIndex, PickDistrict
//
// Values are read from a JsonDocument (json_text.h), whose accessors never throw; each check
// records a Diagnostic and reading goes on, so that every problem of a file is reported. Pointers
// are built only for problems, never on the way through a valid file.

#include "core/bundle/bundle_loader.h"

#include <cmath>
#include <cstdio>
#include <initializer_list>
#include <unordered_map>

#include "core/domain/opening_hours.h"
#include "core/json/json_text.h"
#include "core/model/diagnostic_text.h"

namespace golmok {
namespace {

// [SECTION] Reader

template <typename T>
struct EnumName {
    const char* name;
    T value;
};

// After this many problems the rest of a file is not reported: the first ones are what to fix.
constexpr std::size_t kMaxReported = 500;

// The word (diagnostic_text.cpp) for the kind of value found where another was expected.
const char* TypeWord(JsonValue v) {
    switch (v.Type()) {
        case JsonType::kNull: return "null";
        case JsonType::kBool: return "boolean";
        case JsonType::kInteger:
        case JsonType::kUnsigned: return "integer";
        case JsonType::kFloat: return "float";
        case JsonType::kString: return "string";
        case JsonType::kArray: return "array";
        case JsonType::kObject: return "object";
    }
    return "null";
}

class Reader {
public:
    std::vector<Diagnostic> errors;
    bool truncated = false;

    void ErrorAtPointer(std::string pointer, DiagCode code, std::vector<std::string> args,
                        bool warning = false) {
        if (errors.size() >= kMaxReported) {
            truncated = true;
            return;
        }
        errors.push_back(MakeDiagnostic(std::move(pointer), code, std::move(args), warning));
    }

    void Error(JsonValue at, DiagCode code, std::vector<std::string> args = {}) {
        if (errors.size() >= kMaxReported) {
            truncated = true;
            return;
        }
        ErrorAtPointer(at.Pointer(), code, std::move(args));
    }

    // `what` is a word of diagnostic_text.cpp ("string", "date", …).
    void Expected(JsonValue found, const char* what) {
        Error(found, DiagCode::kExpected, {what, TypeWord(found)});
    }

    // An object whose members are among `allowed`; reports each unknown member.
    bool Object(JsonValue v, std::initializer_list<const char*> allowed, const char* what = "object") {
        if (!v.IsObject()) {
            Expected(v, what);
            return false;
        }
        // Names are unique within an object: when each member is one of the allowed ones
        // (found by number, not by comparing names), none is unknown.
        std::size_t allowedFound = 0;
        for (const char* a : allowed) allowedFound += v.Find(a) ? 1 : 0;
        if (allowedFound == v.Size()) return true;
        for (JsonValue m = v.FirstChild(); m; m = m.NextSibling()) {
            bool known = false;
            for (const char* a : allowed) known = known || m.Key() == a;
            if (!known) {
                std::string list;
                for (const char* a : allowed) {
                    if (a[0] == '$') continue;
                    list += list.empty() ? "" : ", ";
                    list += a;
                }
                Error(m, DiagCode::kUnknownMember, {std::string(m.Key()), list});
            }
        }
        return true;
    }

    // The member `key` of an object already checked with Object(); reports it when required.
    JsonValue Member(JsonValue obj, const char* key, bool required) {
        JsonValue m = obj.Find(key);
        if (!m && required) Error(obj, DiagCode::kMissingMember, {key});
        return m;
    }

    bool String(JsonValue v, std::string* out, bool nonEmpty = true) {
        if (!v.IsString()) {
            Expected(v, "string");
            return false;
        }
        const std::string_view s = v.String();
        if (nonEmpty && s.find_first_not_of(" \t\r\n") == std::string_view::npos) {
            Error(v, DiagCode::kEmptyString);
            return false;
        }
        out->assign(s.data(), s.size());
        return true;
    }

    bool Bool(JsonValue v, bool* out) {
        if (!v.IsBool()) {
            Expected(v, "bool");
            return false;
        }
        *out = v.Bool();
        return true;
    }

    bool Number(JsonValue v, double* out) {
        if (!v.IsNumber()) {
            Expected(v, "number");
            return false;
        }
        const double d = v.Number();
        if (!std::isfinite(d)) {
            Error(v, DiagCode::kNotFinite);
            return false;
        }
        *out = d;
        return true;
    }

    bool Id(JsonValue v, std::string* out) {
        if (!String(v, out)) return false;
        if (!IsValidId(*out)) {
            Error(v, DiagCode::kBadId, {*out});
            return false;
        }
        return true;
    }

    bool Text(JsonValue v, golmok::Text* out) {
        if (!v.IsObject()) {
            Expected(v, "text");
            return false;
        }
        bool ok = true;
        for (JsonValue m = v.FirstChild(); m; m = m.NextSibling()) {
            Lang lang;
            if (!ParseLangCode(std::string(m.Key()), &lang)) {
                Error(m, DiagCode::kUnknownLanguage, {std::string(m.Key())});
                ok = false;
                continue;
            }
            if (!m.IsString()) {
                Expected(m, "string");
                ok = false;
                continue;
            }
            const std::string_view s = m.String();
            out->Get(lang).assign(s.data(), s.size());
        }
        JsonValue ko = v.Find("ko");
        if (!ko) {
            Error(v, DiagCode::kMissingKorean);
            return false;
        }
        if (ko.IsString() && out->Ko().find_first_not_of(" \t\r\n") == std::string::npos) {
            Error(ko, DiagCode::kEmptyKorean);
            return false;
        }
        return ok;
    }

    bool Date(JsonValue v, golmok::Date* out) {
        if (!v.IsString()) {
            Expected(v, "date");
            return false;
        }
        const std::string s(v.String());
        auto d = ParseDate(s);
        if (!d) {
            Error(v, DiagCode::kBadDate, {s});
            return false;
        }
        *out = *d;
        return true;
    }

    bool Position(JsonValue v, LatLon* out) {
        if (!Object(v, {"lat", "lon"}, "position")) return false;
        bool ok = true;
        if (JsonValue lat = Member(v, "lat", true)) {
            ok = Number(lat, &out->lat) && ok;
            if (ok && (out->lat < -90 || out->lat > 90)) {
                Error(lat, DiagCode::kLatitudeRange);
                ok = false;
            }
        } else {
            ok = false;
        }
        if (JsonValue lon = Member(v, "lon", true)) {
            const bool read = Number(lon, &out->lon);
            if (read && (out->lon < -180 || out->lon > 180)) {
                Error(lon, DiagCode::kLongitudeRange);
                ok = false;
            }
            ok = read && ok;
        } else {
            ok = false;
        }
        return ok;
    }

    bool Phone(JsonValue v, std::string* out) {
        if (!String(v, out)) return false;
        if (!IsValidPhone(*out)) {
            Error(v, DiagCode::kBadPhone, {*out});
            return false;
        }
        return true;
    }

    bool Link(JsonValue v, golmok::Link* out) {
        if (!Object(v, {"label", "url"})) return false;
        bool ok = true;
        if (JsonValue label = Member(v, "label", true)) {
            ok = Text(label, &out->label) && ok;
        } else {
            ok = false;
        }
        if (JsonValue url = Member(v, "url", true)) {
            if (String(url, &out->url)) {
                if (!IsAllowedLinkScheme(out->url)) {
                    Error(url, DiagCode::kBadLinkScheme, {out->url});
                    ok = false;
                }
            } else {
                ok = false;
            }
        } else {
            ok = false;
        }
        return ok;
    }

    template <typename T, std::size_t N>
    bool Enum(JsonValue v, const EnumName<T> (&names)[N], T* out) {
        if (v.IsString()) {
            const std::string_view s = v.String();
            for (const auto& n : names) {
                if (s == n.name) {
                    *out = n.value;
                    return true;
                }
            }
        }
        std::string list;
        for (const auto& n : names) {
            list += list.empty() ? "" : ", ";
            list += n.name;
        }
        if (v.IsString()) {
            Error(v, DiagCode::kUnknownValue, {std::string(v.String()), list});
        } else {
            Error(v, DiagCode::kExpectedOneOf, {list, TypeWord(v)});
        }
        return false;
    }

    // Calls read(element) for each element of an array member.
    template <typename F>
    void Array(JsonValue obj, const char* key, bool required, std::size_t minItems, F read) {
        JsonValue arr = Member(obj, key, required);
        if (!arr) return;
        if (!arr.IsArray()) {
            Expected(arr, "array");
            return;
        }
        if (arr.Size() < minItems) {
            Error(arr, DiagCode::kTooFewItems, {std::to_string(minItems)});
        }
        for (JsonValue e = arr.FirstChild(); e; e = e.NextSibling()) read(e);
    }

    // Room in `items` for the elements of an array member, so that reading them does not grow the
    // vector by doubling: at 10,000 shops the old and new copies of a doubled vector, and the
    // slack it keeps, are several MB of the page's memory.
    template <typename T>
    static void ReserveFor(JsonValue obj, const char* key, std::vector<T>* items) {
        if (JsonValue arr = obj.Find(key); arr && arr.IsArray()) items->reserve(items->size() + arr.Size());
    }

    // Reads a member with `read` when present; false when required and missing or unreadable.
    template <typename F>
    bool With(JsonValue obj, const char* key, bool required, F read) {
        JsonValue m = Member(obj, key, required);
        if (!m) return !required;
        return read(m);
    }
};

// [SECTION] Readers of the bundle's parts

const EnumName<StreetClass> kStreetClasses[] = {
    {"road", StreetClass::kRoad}, {"street", StreetClass::kStreet}, {"alley", StreetClass::kAlley}};

const EnumName<LandmarkKind> kLandmarkKinds[] = {
    {"subway_station", LandmarkKind::kSubwayStation}, {"subway_exit", LandmarkKind::kSubwayExit},
    {"bus_stop", LandmarkKind::kBusStop},             {"toilet", LandmarkKind::kToilet},
    {"parking", LandmarkKind::kParking},              {"landmark", LandmarkKind::kLandmark}};

const EnumName<Payment> kPayments[] = {{"card", Payment::kCard},
                                       {"zeropay", Payment::kZeropay},
                                       {"onnuri", Payment::kOnnuri},
                                       {"cash", Payment::kCash}};

const EnumName<Lang> kLangs[] = {
    {"ko", Lang::kKo}, {"en", Lang::kEn}, {"ja", Lang::kJa}, {"zh", Lang::kZh}};

class BundleReader {
public:
    Reader r;
    Bundle bundle;

    // Where each item sits in the file, for cross-check messages; a position is an empty
    // handle when it could not be read.
    std::vector<JsonValue> categoryValues, streetValues, landmarkValues, shopValues,
        promotionValues, eventValues;
    std::vector<JsonValue> landmarkPositions, shopPositions;
    std::vector<std::vector<JsonValue>> streetPoints;
    JsonValue center;
    bool boundsValid = false;
    // Opening hours already parsed, by their text (in the document, which outlives the reader).
    struct HoursCheck {
        bool ok = true;
        std::size_t character = 0;  // where the error is, in characters from 1
        std::string message;
    };
    std::unordered_map<std::string_view, HoursCheck> hoursChecked;

    void Read(JsonValue root) {
        if (!r.Object(root, {"$schema", "format", "district", "samples", "categories", "streets",
                             "landmarks", "shops", "promotions", "events"},
                      "bundle")) {
            return;
        }
        r.With(root, "$schema", false,
               [&](JsonValue m) { return r.String(m, &bundle.schema, /*nonEmpty=*/false); });
        if (JsonValue f = r.Member(root, "format", true)) {
            if (!f.IsInteger()) {
                r.Expected(f, "format");
            } else if (f.Integer() != 1) {
                r.Error(f, DiagCode::kFormatVersion, {std::to_string(f.Integer())});
            }
        }
        if (JsonValue d = r.Member(root, "district", true)) District(d);
        if (JsonValue s = r.Member(root, "samples", false)) Samples(s);
        r.Array(root, "categories", true, 1, [&](JsonValue v) { Category(v); });
        r.Array(root, "streets", false, 0, [&](JsonValue v) { Street(v); });
        r.Array(root, "landmarks", false, 0, [&](JsonValue v) { Landmark(v); });
        if (JsonValue shops = root.Find("shops"); shops.IsArray() && shops.Size() > kMaxShops) {
            r.Error(shops, DiagCode::kTooManyShops,
                    {std::to_string(shops.Size()), std::to_string(kMaxShops)});
        } else {
            if (shops.IsArray()) {
                bundle.shops.reserve(shops.Size());
                shopValues.reserve(shops.Size());
                shopPositions.reserve(shops.Size());
            }
            r.Array(root, "shops", true, 0, [&](JsonValue v) { Shop(v); });
        }
        Reader::ReserveFor(root, "promotions", &bundle.promotions);
        r.Array(root, "promotions", false, 0, [&](JsonValue v) { Promotion(v); });
        r.Array(root, "events", false, 0, [&](JsonValue v) { Event(v); });
    }

    void District(JsonValue v) {
        if (!r.Object(v, {"id", "name", "description", "address", "association", "bounds", "center",
                          "geometry_note", "attribution"})) {
            return;
        }
        golmok::District& d = bundle.district;
        r.With(v, "id", true, [&](JsonValue m) { return r.Id(m, &d.id); });
        r.With(v, "name", true, [&](JsonValue m) { return r.Text(m, &d.name); });
        r.With(v, "description", true, [&](JsonValue m) { return r.Text(m, &d.description); });
        r.With(v, "address", false, [&](JsonValue m) { return r.Text(m, &d.address); });
        r.With(v, "association", false, [&](JsonValue m) { return Association(m); });
        r.With(v, "bounds", true, [&](JsonValue m) { return Bounds(m); });
        r.With(v, "center", true, [&](JsonValue m) {
            if (!r.Position(m, &d.center)) return false;
            center = m;
            return true;
        });
        r.With(v, "geometry_note", false, [&](JsonValue m) { return r.Text(m, &d.geometryNote); });
        r.With(v, "attribution", false, [&](JsonValue m) { return r.String(m, &d.attribution); });
    }

    bool Association(JsonValue v) {
        if (!r.Object(v, {"name", "phone", "links"})) return false;
        golmok::Association a;
        r.With(v, "name", true, [&](JsonValue m) { return r.Text(m, &a.name); });
        r.With(v, "phone", false, [&](JsonValue m) { return r.Phone(m, &a.phone); });
        r.Array(v, "links", false, 0, [&](JsonValue m) {
            golmok::Link link;
            if (r.Link(m, &link)) a.links.push_back(std::move(link));
        });
        bundle.district.association = std::move(a);
        return true;
    }

    bool Bounds(JsonValue v) {
        if (!r.Object(v, {"south", "west", "north", "east"}, "bounds")) {
            return false;
        }
        golmok::Bounds& b = bundle.district.bounds;
        bool ok = true;
        const struct {
            const char* key;
            double* value;
            double limit;
        } sides[] = {{"south", &b.south, 90}, {"west", &b.west, 180}, {"north", &b.north, 90}, {"east", &b.east, 180}};
        for (const auto& side : sides) {
            JsonValue m = r.Member(v, side.key, true);
            if (!m || !r.Number(m, side.value)) {
                ok = false;
            } else if (std::fabs(*side.value) > side.limit) {
                r.Error(m, DiagCode::kBoundOutOfRange, {side.key, std::to_string(int(side.limit))});
                ok = false;
            }
        }
        if (ok && b.south >= b.north) {
            r.Error(v.Find("north"), DiagCode::kNorthNotAboveSouth);
            ok = false;
        }
        if (ok && b.west >= b.east) {
            r.Error(v.Find("east"), DiagCode::kEastNotAboveWest);
            ok = false;
        }
        boundsValid = ok;
        return ok;
    }

    void Samples(JsonValue v) {
        if (!r.Object(v, {"note", "dates_anchor"})) return;
        SampleInfo s;
        r.With(v, "note", true, [&](JsonValue m) { return r.Text(m, &s.note); });
        r.With(v, "dates_anchor", false, [&](JsonValue m) {
            golmok::Date d;
            if (!r.Date(m, &d)) return false;
            s.datesAnchor = d;
            return true;
        });
        bundle.samples = std::move(s);
    }

    void Category(JsonValue v) {
        if (!r.Object(v, {"id", "name", "color"})) return;
        golmok::Category c;
        r.With(v, "id", true, [&](JsonValue m) { return r.Id(m, &c.id); });
        r.With(v, "name", true, [&](JsonValue m) { return r.Text(m, &c.name); });
        r.With(v, "color", true, [&](JsonValue m) {
            std::string s;
            if (!r.String(m, &s)) return false;
            bool ok = s.size() == 7 && s[0] == '#';
            std::uint32_t rgb = 0;
            for (std::size_t i = 1; ok && i < 7; ++i) {
                const char ch = s[i];
                rgb <<= 4;
                if (ch >= '0' && ch <= '9') rgb |= std::uint32_t(ch - '0');
                else if (ch >= 'a' && ch <= 'f') rgb |= std::uint32_t(ch - 'a' + 10);
                else if (ch >= 'A' && ch <= 'F') rgb |= std::uint32_t(ch - 'A' + 10);
                else ok = false;
            }
            if (!ok) {
                r.Error(m, DiagCode::kBadColor, {s});
                return false;
            }
            c.color = rgb;
            return true;
        });
        bundle.categories.push_back(std::move(c));
        categoryValues.push_back(v);
    }

    void Street(JsonValue v) {
        if (!r.Object(v, {"id", "name", "class", "path", "approximate"})) return;
        golmok::Street s;
        std::vector<JsonValue> points;
        r.With(v, "id", true, [&](JsonValue m) { return r.Id(m, &s.id); });
        // Many alleys have no name of their own.
        r.With(v, "name", false, [&](JsonValue m) { return r.Text(m, &s.name); });
        r.With(v, "class", true, [&](JsonValue m) { return r.Enum(m, kStreetClasses, &s.streetClass); });
        r.Array(v, "path", true, 2, [&](JsonValue m) {
            LatLon point;
            if (r.Position(m, &point)) {
                s.path.push_back(point);
                points.push_back(m);
            }
        });
        r.With(v, "approximate", false, [&](JsonValue m) { return r.Bool(m, &s.approximate); });
        bundle.streets.push_back(std::move(s));
        streetValues.push_back(v);
        streetPoints.push_back(std::move(points));
    }

    void Landmark(JsonValue v) {
        if (!r.Object(v, {"id", "kind", "name", "position", "approximate", "note"})) return;
        golmok::Landmark l;
        JsonValue position;
        r.With(v, "id", true, [&](JsonValue m) { return r.Id(m, &l.id); });
        r.With(v, "kind", true, [&](JsonValue m) { return r.Enum(m, kLandmarkKinds, &l.kind); });
        r.With(v, "name", true, [&](JsonValue m) { return r.Text(m, &l.name); });
        r.With(v, "position", true, [&](JsonValue m) {
            if (!r.Position(m, &l.position)) return false;
            position = m;
            return true;
        });
        r.With(v, "approximate", false, [&](JsonValue m) { return r.Bool(m, &l.approximate); });
        r.With(v, "note", false, [&](JsonValue m) { return r.Text(m, &l.note); });
        bundle.landmarks.push_back(std::move(l));
        landmarkValues.push_back(v);
        landmarkPositions.push_back(position);
    }

    template <typename T, std::size_t N>
    void EnumList(JsonValue v, const char* key, const EnumName<T> (&names)[N], std::vector<T>* out) {
        r.Array(v, key, false, 0, [&](JsonValue m) {
            T value;
            if (!r.Enum(m, names, &value)) return;
            for (const T& seen : *out) {
                if (seen == value) {
                    r.Error(m, DiagCode::kListedTwice);
                    return;
                }
            }
            out->push_back(value);
        });
    }

    void Shop(JsonValue v) {
        if (!r.Object(v, {"id", "name", "category", "position", "address", "sample", "description", "phone",
                          "hours", "menu", "payment", "languages", "menu_languages", "links", "tags",
                          "confirmed"})) {
            return;
        }
        golmok::Shop s;
        JsonValue position;
        r.With(v, "id", true, [&](JsonValue m) { return r.Id(m, &s.id); });
        r.With(v, "name", true, [&](JsonValue m) { return r.Text(m, &s.name); });
        r.With(v, "category", true, [&](JsonValue m) { return r.Id(m, &s.category); });
        r.With(v, "position", true, [&](JsonValue m) {
            if (!r.Position(m, &s.position)) return false;
            position = m;
            return true;
        });
        r.With(v, "address", true, [&](JsonValue m) { return r.Text(m, &s.address); });
        r.With(v, "sample", false, [&](JsonValue m) { return r.Bool(m, &s.sample); });
        r.With(v, "description", false, [&](JsonValue m) { return r.Text(m, &s.description); });
        r.With(v, "phone", false, [&](JsonValue m) { return r.Phone(m, &s.phone); });
        r.With(v, "hours", false, [&](JsonValue m) {
            if (!r.String(m, &s.hours)) return false;
            // Many shops share their hours word for word: each text is parsed once.
            auto known = hoursChecked.find(m.String());
            if (known == hoursChecked.end()) {
                HoursCheck check;
                HoursError error;
                check.ok = ParseOpeningHours(s.hours, &error).has_value();
                if (!check.ok) {
                    check.character = 1;
                    for (std::size_t i = 0; i < error.offset && i < s.hours.size(); ++i) {
                        check.character += (static_cast<unsigned char>(s.hours[i]) & 0xC0) != 0x80;
                    }
                    check.message = std::move(error.message);
                }
                known = hoursChecked.emplace(m.String(), std::move(check)).first;
            }
            if (!known->second.ok) {
                // The bundle stays usable: the page says "hours not known" for this shop.
                r.ErrorAtPointer(m.Pointer(), DiagCode::kBadHours,
                                 {s.hours, std::to_string(known->second.character), known->second.message},
                                 /*warning=*/true);
            }
            return true;
        });
        Reader::ReserveFor(v, "menu", &s.menu);
        r.Array(v, "menu", false, 0, [&](JsonValue m) {
            if (!r.Object(m, {"name", "price"})) return;
            MenuItem item;
            const bool named = r.With(m, "name", true, [&](JsonValue n) { return r.Text(n, &item.name); });
            const bool priced = r.With(m, "price", true, [&](JsonValue n) {
                if (!n.IsInteger()) {
                    r.Expected(n, "won");
                    return false;
                }
                item.price = n.Integer();
                if (item.price < 0 || item.price > 100000000) {
                    r.Error(n, DiagCode::kPriceRange);
                    return false;
                }
                return true;
            });
            if (named && priced) s.menu.push_back(std::move(item));
        });
        EnumList(v, "payment", kPayments, &s.payment);
        EnumList(v, "languages", kLangs, &s.languages);
        EnumList(v, "menu_languages", kLangs, &s.menuLanguages);
        r.Array(v, "links", false, 0, [&](JsonValue m) {
            golmok::Link link;
            if (r.Link(m, &link)) s.links.push_back(std::move(link));
        });
        r.Array(v, "tags", false, 0, [&](JsonValue m) {
            std::string tag;
            if (r.String(m, &tag)) s.tags.push_back(std::move(tag));
        });
        r.With(v, "confirmed", false, [&](JsonValue m) {
            golmok::Date d;
            if (!r.Date(m, &d)) return false;
            s.confirmed = d;
            return true;
        });
        bundle.shops.push_back(std::move(s));
        shopValues.push_back(v);
        shopPositions.push_back(position);
    }

    // Reads "start" and "end" and checks their order when both are readable.
    void DateRange(JsonValue v, golmok::Date* start, golmok::Date* end) {
        const bool hasStart = r.With(v, "start", true, [&](JsonValue m) { return r.Date(m, start); });
        JsonValue endValue;
        const bool hasEnd = r.With(v, "end", true, [&](JsonValue m) {
            endValue = m;
            return r.Date(m, end);
        });
        if (hasStart && hasEnd && *end < *start) {
            r.Error(endValue, DiagCode::kEndBeforeStart, {end->ToString(), start->ToString()});
        }
    }

    void Promotion(JsonValue v) {
        if (!r.Object(v, {"id", "shop", "title", "terms", "start", "end", "coupon", "sample"})) return;
        golmok::Promotion pr;
        r.With(v, "id", true, [&](JsonValue m) { return r.Id(m, &pr.id); });
        r.With(v, "shop", false, [&](JsonValue m) { return r.Id(m, &pr.shop); });
        r.With(v, "title", true, [&](JsonValue m) { return r.Text(m, &pr.title); });
        r.With(v, "terms", false, [&](JsonValue m) { return r.Text(m, &pr.terms); });
        DateRange(v, &pr.start, &pr.end);
        r.With(v, "coupon", false, [&](JsonValue m) { return r.String(m, &pr.coupon); });
        r.With(v, "sample", false, [&](JsonValue m) { return r.Bool(m, &pr.sample); });
        bundle.promotions.push_back(std::move(pr));
        promotionValues.push_back(v);
    }

    void Event(JsonValue v) {
        if (!r.Object(v, {"id", "title", "description", "place", "start", "end", "sample"})) return;
        golmok::Event e;
        r.With(v, "id", true, [&](JsonValue m) { return r.Id(m, &e.id); });
        r.With(v, "title", true, [&](JsonValue m) { return r.Text(m, &e.title); });
        r.With(v, "description", false, [&](JsonValue m) { return r.Text(m, &e.description); });
        r.With(v, "place", false, [&](JsonValue m) { return r.Text(m, &e.place); });
        DateRange(v, &e.start, &e.end);
        r.With(v, "sample", false, [&](JsonValue m) { return r.Bool(m, &e.sample); });
        bundle.events.push_back(std::move(e));
        eventValues.push_back(v);
    }

    // [SECTION] Cross-checks

    template <typename T>
    void UniqueIds(const std::vector<T>& items, const std::vector<JsonValue>& values, const char* what) {
        std::unordered_map<std::string_view, std::size_t> first;
        first.reserve(items.size());
        for (std::size_t i = 0; i < items.size(); ++i) {
            if (items[i].id.empty()) continue;
            auto inserted = first.emplace(items[i].id, i);
            if (!inserted.second) {
                r.Error(values[i].Find("id"), DiagCode::kDuplicateId,
                        {what, items[i].id, values[inserted.first->second].Pointer() + "/id"});
            }
        }
    }

    void InBounds(const LatLon& pos, JsonValue at) {
        if (!boundsValid || !at || bundle.district.bounds.Contains(pos)) return;
        const golmok::Bounds& b = bundle.district.bounds;
        std::vector<std::string> args;
        for (double x : {pos.lat, pos.lon, b.south, b.west, b.north, b.east}) {
            char buf[40];
            std::snprintf(buf, sizeof buf, "%.6f", x);
            args.push_back(buf);
        }
        r.Error(at, DiagCode::kOutsideBounds, std::move(args));
    }

    void CrossCheck() {
        UniqueIds(bundle.categories, categoryValues, "category");
        UniqueIds(bundle.streets, streetValues, "street");
        UniqueIds(bundle.landmarks, landmarkValues, "landmark");
        UniqueIds(bundle.shops, shopValues, "shop");
        UniqueIds(bundle.promotions, promotionValues, "promotion");
        UniqueIds(bundle.events, eventValues, "event");

        InBounds(bundle.district.center, center);
        for (std::size_t i = 0; i < bundle.streets.size(); ++i) {
            for (std::size_t k = 0; k < bundle.streets[i].path.size(); ++k) {
                InBounds(bundle.streets[i].path[k], streetPoints[i][k]);
            }
        }
        for (std::size_t i = 0; i < bundle.landmarks.size(); ++i) {
            InBounds(bundle.landmarks[i].position, landmarkPositions[i]);
        }
        std::unordered_map<std::string_view, std::size_t> categoryIds, shopIds;
        for (std::size_t i = 0; i < bundle.categories.size(); ++i) categoryIds.emplace(bundle.categories[i].id, i);
        for (std::size_t i = 0; i < bundle.shops.size(); ++i) shopIds.emplace(bundle.shops[i].id, i);
        for (std::size_t i = 0; i < bundle.shops.size(); ++i) {
            const golmok::Shop& s = bundle.shops[i];
            if (!s.category.empty() && !categoryIds.count(s.category)) {
                r.Error(shopValues[i].Find("category"), DiagCode::kUnknownCategory, {s.category});
            }
            InBounds(s.position, shopPositions[i]);
        }
        for (std::size_t i = 0; i < bundle.promotions.size(); ++i) {
            const golmok::Promotion& pr = bundle.promotions[i];
            if (!pr.shop.empty() && !shopIds.count(pr.shop)) {
                r.Error(promotionValues[i].Find("shop"), DiagCode::kUnknownShop, {pr.shop});
            }
        }
    }
};

}  // namespace

// [SECTION] LoadBundle, LoadDistrictIndex, PickDistrict

bool IsAllowedLinkScheme(std::string_view url) {
    const std::size_t colon = url.find(':');
    if (colon == std::string_view::npos) return false;
    std::string scheme;
    for (char c : url.substr(0, colon)) scheme += char(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    if (scheme == "tel" || scheme == "mailto") return url.size() > colon + 1;
    if (scheme == "https" || scheme == "http") {
        // Must name a host: "https://x…"
        return url.substr(colon + 1, 2) == "//" && url.size() > colon + 3;
    }
    return false;
}

bool IsValidId(std::string_view id) {
    bool ok = !id.empty() && id.size() <= 64;
    for (std::size_t i = 0; ok && i < id.size(); ++i) {
        const char c = id[i];
        const bool alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
        ok = alnum || (c == '-' && i > 0);
    }
    return ok;
}

bool IsValidPhone(std::string_view phone) {
    int digits = 0;
    for (std::size_t i = 0; i < phone.size(); ++i) {
        const char c = phone[i];
        if (c >= '0' && c <= '9') {
            ++digits;
        } else if (!(c == '-' || (c == '+' && i == 0))) {
            return false;
        }
    }
    return digits >= 6 && digits <= 15;
}

// Closes a report cut short by kMaxReported.
void NoteTruncation(const Reader& r, std::vector<Diagnostic>* errors) {
    if (r.truncated) {
        errors->push_back(MakeDiagnostic("", DiagCode::kMoreProblems, {std::to_string(kMaxReported)}));
    }
}

namespace {

// Reads a parsed bundle into `result`: its problems, and the bundle itself when it has no errors
// and `keep` is set. False when the text could not be parsed (its errors carry their positions).
bool ReadBundle(ParsedJson parsed, bool keep, BundleLoadResult* result) {
    if (!parsed.document) {
        result->errors = std::move(parsed.errors);
        return false;
    }
    BundleReader reader;
    reader.r.errors = std::move(parsed.errors);
    reader.Read(parsed.Root());
    reader.CrossCheck();
    NoteTruncation(reader.r, &reader.r.errors);
    for (Diagnostic& d : reader.r.errors) {
        (d.warning ? result->warnings : result->errors).push_back(std::move(d));
    }
    if (keep && result->errors.empty()) result->bundle = std::move(reader.bundle);
    return true;
}

}  // namespace

BundleLoadResult LoadBundle(std::string_view jsonText) {
    BundleLoadResult result;
    if (ReadBundle(ParseJson(jsonText), true, &result)) {
        AttachPositions(jsonText, &result.errors);
        AttachPositions(jsonText, &result.warnings);
    }
    return result;
}

BundleLoadResult CheckBundleText(std::string jsonText, const JsonSize& size) {
    ParsedJson parsed = ParseJson(jsonText, size);
    std::string().swap(jsonText);  // the document holds what it needs of the text
    BundleLoadResult result;
    ReadBundle(std::move(parsed), false, &result);
    return result;
}

IndexLoadResult LoadDistrictIndex(std::string_view jsonText) {
    IndexLoadResult result;
    ParsedJson parsed = ParseJson(jsonText);
    if (!parsed.document) {
        result.errors = std::move(parsed.errors);
        return result;
    }
    Reader r;
    r.errors = std::move(parsed.errors);
    DistrictIndex index;
    const JsonValue root = parsed.Root();
    if (r.Object(root, {"$schema", "format", "default", "districts"}, "index")) {
        if (JsonValue f = r.Member(root, "format", true)) {
            if (!f.IsInteger() || f.Integer() != 1) r.Expected(f, "format");
        }
        r.Array(root, "districts", true, 1, [&](JsonValue v) {
            if (!r.Object(v, {"id", "bundle", "name"})) return;
            DistrictEntry e;
            r.With(v, "id", true, [&](JsonValue m) { return r.Id(m, &e.id); });
            r.With(v, "bundle", true, [&](JsonValue m) {
                if (!r.String(m, &e.bundle)) return false;
                // Letters, digits, '_', '.', '-' ending in ".json", not starting with '.' or '-':
                // a file beside index.json, never a path or a URL.
                bool plain = e.bundle.size() > 5 && e.bundle.compare(e.bundle.size() - 5, 5, ".json") == 0 &&
                             e.bundle[0] != '.' && e.bundle[0] != '-';
                for (char c : e.bundle) {
                    plain = plain && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                                      (c >= '0' && c <= '9') || c == '_' || c == '.' || c == '-');
                }
                if (!plain) {
                    r.Error(m, DiagCode::kBadBundleFileName, {e.bundle});
                    return false;
                }
                return true;
            });
            r.With(v, "name", true, [&](JsonValue m) { return r.Text(m, &e.name); });
            for (const DistrictEntry& seen : index.districts) {
                if (!e.id.empty() && seen.id == e.id) {
                    r.Error(v.Find("id"), DiagCode::kDuplicateDistrict, {e.id});
                }
            }
            index.districts.push_back(std::move(e));
        });
        r.With(root, "default", true, [&](JsonValue m) {
            if (!r.Id(m, &index.defaultId)) return false;
            for (const DistrictEntry& e : index.districts) {
                if (e.id == index.defaultId) return true;
            }
            r.Error(m, DiagCode::kDefaultNotListed, {index.defaultId});
            return false;
        });
    }
    NoteTruncation(r, &r.errors);
    result.errors = std::move(r.errors);
    if (result.errors.empty()) {
        result.index = std::move(index);
    } else {
        AttachPositions(jsonText, &result.errors);
    }
    return result;
}

const DistrictEntry* PickDistrict(const DistrictIndex& index, std::string_view requestedId) {
    const DistrictEntry* fallback = nullptr;
    for (const DistrictEntry& e : index.districts) {
        if (!requestedId.empty() && e.id == requestedId) return &e;
        if (!fallback && e.id == index.defaultId) fallback = &e;
    }
    return fallback;
}

}  // namespace golmok
