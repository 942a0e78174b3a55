// [SECTION] index
//  - Reader: typed access to JSON values that records a Diagnostic instead of throwing
//  - Readers of the bundle's parts (district, categories, streets, landmarks, shops, …)
//  - Cross-checks (ids, references, bounds, date order)
//  - LoadBundle, LoadDistrictIndex
//
// nlohmann/json is used only through non-throwing calls (type checks, find, get on a checked
// type): the page is built without exception support, where a throw would abort.

#include "core/bundle_loader.h"

#include <cmath>
#include <initializer_list>
#include <map>

#include "core/json_text.h"

namespace golmok {
namespace {

using nlohmann::json;

// [SECTION] Reader

const char* Describe(const json& v) {
    switch (v.type()) {
        case json::value_t::null: return "null";
        case json::value_t::boolean: return "a boolean";
        case json::value_t::number_integer:
        case json::value_t::number_unsigned: return "an integer";
        case json::value_t::number_float: return "a number";
        case json::value_t::string: return "a string";
        case json::value_t::array: return "an array";
        case json::value_t::object: return "an object";
        default: return "something else";
    }
}

std::string Child(const std::string& pointer, std::string_view key) {
    return pointer + '/' + JsonPointerToken(key);
}

std::string Child(const std::string& pointer, std::size_t index) {
    return pointer + '/' + std::to_string(index);
}

template <typename T>
struct EnumName {
    const char* name;
    T value;
};

class Reader {
public:
    std::vector<Diagnostic> errors;

    void Error(const std::string& pointer, std::string message) {
        errors.push_back({pointer, 0, 0, std::move(message)});
    }

    void Expected(const std::string& pointer, const std::string& what, const json& found) {
        Error(pointer, "expected " + what + ", found " + Describe(found));
    }

    // An object whose members are among `allowed`; reports each unknown member.
    bool Object(const json& v, const std::string& pointer, std::initializer_list<const char*> allowed,
                const char* what = "an object") {
        if (!v.is_object()) {
            Expected(pointer, what, v);
            return false;
        }
        for (auto it = v.begin(); it != v.end(); ++it) {
            bool known = false;
            for (const char* a : allowed) known = known || it.key() == a;
            if (!known) {
                std::string list;
                for (const char* a : allowed) {
                    if (a[0] == '$') continue;
                    list += list.empty() ? "" : ", ";
                    list += a;
                }
                Error(Child(pointer, it.key()),
                      "unknown member \"" + it.key() + "\"; expected one of: " + list);
            }
        }
        return true;
    }

    // The member `key` of an object already checked with Object(); reports it when required.
    const json* Member(const json& obj, const std::string& pointer, const char* key, bool required) {
        auto it = obj.find(key);
        if (it == obj.end()) {
            if (required) Error(pointer, std::string("missing required member \"") + key + "\"");
            return nullptr;
        }
        return &*it;
    }

    bool String(const json& v, const std::string& pointer, std::string* out, bool nonEmpty = true) {
        if (!v.is_string()) {
            Expected(pointer, "a string", v);
            return false;
        }
        const std::string& s = v.get_ref<const std::string&>();
        if (nonEmpty && s.find_first_not_of(" \t\r\n") == std::string::npos) {
            Error(pointer, "expected a non-empty string");
            return false;
        }
        *out = s;
        return true;
    }

    bool Bool(const json& v, const std::string& pointer, bool* out) {
        if (!v.is_boolean()) {
            Expected(pointer, "true or false", v);
            return false;
        }
        *out = v.get<bool>();
        return true;
    }

    bool Number(const json& v, const std::string& pointer, double* out) {
        if (!v.is_number()) {
            Expected(pointer, "a number", v);
            return false;
        }
        const double d = v.get<double>();
        if (!std::isfinite(d)) {
            Error(pointer, "expected a finite number");
            return false;
        }
        *out = d;
        return true;
    }

    bool Id(const json& v, const std::string& pointer, std::string* out) {
        if (!String(v, pointer, out)) return false;
        bool ok = !out->empty() && out->size() <= 64;
        for (std::size_t i = 0; ok && i < out->size(); ++i) {
            const char c = (*out)[i];
            const bool alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
            ok = alnum || (c == '-' && i > 0);
        }
        if (!ok) {
            Error(pointer, "expected an id of lower-case letters, digits and hyphens (at most 64, "
                           "not starting with a hyphen), found \"" + *out + "\"");
            return false;
        }
        return true;
    }

    bool Text(const json& v, const std::string& pointer, golmok::Text* out) {
        if (!v.is_object()) {
            Expected(pointer, "a text object such as {\"ko\": \"…\", \"en\": \"…\"}", v);
            return false;
        }
        bool ok = true;
        for (auto it = v.begin(); it != v.end(); ++it) {
            Lang lang;
            const std::string p = Child(pointer, it.key());
            if (!ParseLangCode(it.key(), &lang)) {
                Error(p, "unknown language \"" + it.key() + "\"; expected ko, en, ja or zh");
                ok = false;
                continue;
            }
            if (!it->is_string()) {
                Expected(p, "a string", *it);
                ok = false;
                continue;
            }
            out->Get(lang) = it->get_ref<const std::string&>();
        }
        auto ko = v.find("ko");
        if (ko == v.end()) {
            Error(pointer, "missing Korean text: \"ko\" is required in every text");
            return false;
        }
        if (ko->is_string() && out->Ko().find_first_not_of(" \t\r\n") == std::string::npos) {
            Error(Child(pointer, "ko"), "Korean text is empty; \"ko\" is required in every text");
            return false;
        }
        return ok;
    }

    bool Date(const json& v, const std::string& pointer, golmok::Date* out) {
        if (!v.is_string()) {
            Expected(pointer, "a date \"YYYY-MM-DD\"", v);
            return false;
        }
        const std::string& s = v.get_ref<const std::string&>();
        auto d = ParseDate(s);
        if (!d) {
            Error(pointer, "expected a date \"YYYY-MM-DD\" that exists, found \"" + s + "\"");
            return false;
        }
        *out = *d;
        return true;
    }

    bool Position(const json& v, const std::string& pointer, LatLon* out) {
        if (!Object(v, pointer, {"lat", "lon"}, "a position {\"lat\": …, \"lon\": …}")) return false;
        bool ok = true;
        if (const json* lat = Member(v, pointer, "lat", true)) {
            ok = Number(*lat, Child(pointer, "lat"), &out->lat) && ok;
            if (ok && (out->lat < -90 || out->lat > 90)) {
                Error(Child(pointer, "lat"), "latitude must be between -90 and 90");
                ok = false;
            }
        } else {
            ok = false;
        }
        if (const json* lon = Member(v, pointer, "lon", true)) {
            const bool read = Number(*lon, Child(pointer, "lon"), &out->lon);
            if (read && (out->lon < -180 || out->lon > 180)) {
                Error(Child(pointer, "lon"), "longitude must be between -180 and 180");
                ok = false;
            }
            ok = read && ok;
        } else {
            ok = false;
        }
        return ok;
    }

    bool Phone(const json& v, const std::string& pointer, std::string* out) {
        if (!String(v, pointer, out)) return false;
        int digits = 0;
        bool ok = true;
        for (std::size_t i = 0; i < out->size(); ++i) {
            const char c = (*out)[i];
            if (c >= '0' && c <= '9') ++digits;
            else if (!(c == '-' || (c == '+' && i == 0))) ok = false;
        }
        if (!ok || digits < 6 || digits > 15) {
            Error(pointer, "expected a phone number of digits and hyphens such as \"02-803-1234\", "
                           "found \"" + *out + "\"");
            return false;
        }
        return true;
    }

    bool Link(const json& v, const std::string& pointer, golmok::Link* out) {
        if (!Object(v, pointer, {"label", "url"})) return false;
        bool ok = true;
        if (const json* label = Member(v, pointer, "label", true)) {
            ok = Text(*label, Child(pointer, "label"), &out->label) && ok;
        } else {
            ok = false;
        }
        if (const json* url = Member(v, pointer, "url", true)) {
            const std::string p = Child(pointer, "url");
            if (String(*url, p, &out->url)) {
                if (!IsAllowedLinkScheme(out->url)) {
                    Error(p, "links may only use https:, http:, tel: or mailto:, found \"" +
                                 out->url + "\"");
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
    bool Enum(const json& v, const std::string& pointer, const EnumName<T> (&names)[N], T* out) {
        std::string list;
        for (const auto& n : names) {
            list += list.empty() ? "" : ", ";
            list += n.name;
        }
        if (v.is_string()) {
            const std::string& s = v.get_ref<const std::string&>();
            for (const auto& n : names) {
                if (s == n.name) {
                    *out = n.value;
                    return true;
                }
            }
            Error(pointer, "unknown value \"" + s + "\"; expected one of: " + list);
            return false;
        }
        Expected(pointer, "one of: " + list, v);
        return false;
    }

    // Calls read(element, pointer) for each element of an array member.
    template <typename F>
    void Array(const json& obj, const std::string& pointer, const char* key, bool required,
               std::size_t minItems, F read) {
        const json* arr = Member(obj, pointer, key, required);
        if (!arr) return;
        const std::string p = Child(pointer, key);
        if (!arr->is_array()) {
            Expected(p, "an array", *arr);
            return;
        }
        if (arr->size() < minItems) {
            Error(p, "expected at least " + std::to_string(minItems) +
                         (minItems == 1 ? " item" : " items"));
        }
        for (std::size_t i = 0; i < arr->size(); ++i) read((*arr)[i], Child(p, i));
    }

    // Optional-member helpers: read the member when present.
    template <typename F>
    bool With(const json& obj, const std::string& pointer, const char* key, bool required, F read) {
        const json* m = Member(obj, pointer, key, required);
        if (!m) return !required;
        return read(*m, Child(pointer, key));
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

    // Where each item sits in the file, for cross-check messages.
    std::vector<std::string> shopPointers, promotionPointers, eventPointers, landmarkPointers,
        categoryPointers, streetPointers;
    // Pointer of each shop's and landmark's position, empty when it could not be read.
    std::vector<std::string> shopPositionPointers, landmarkPositionPointers;
    std::vector<std::vector<std::string>> streetPointPointers;
    bool boundsValid = false;
    std::string centerPointer;

    void Read(const json& root) {
        if (!r.Object(root, "", {"$schema", "format", "district", "samples", "categories",
                                 "streets", "landmarks", "shops", "promotions", "events"},
                      "a bundle object")) {
            return;
        }
        if (const json* f = r.Member(root, "", "format", true)) {
            if (!f->is_number_integer() && !f->is_number_unsigned()) {
                r.Expected("/format", "the integer 1", *f);
            } else if (f->get<std::int64_t>() != 1) {
                r.Error("/format", "this version of golmok reads format 1, found format " +
                                       std::to_string(f->get<std::int64_t>()));
            }
        }
        if (const json* d = r.Member(root, "", "district", true)) District(*d, "/district");
        if (const json* s = r.Member(root, "", "samples", false)) Samples(*s, "/samples");
        r.Array(root, "", "categories", true, 1,
                [&](const json& v, const std::string& p) { Category(v, p); });
        r.Array(root, "", "streets", false, 0,
                [&](const json& v, const std::string& p) { Street(v, p); });
        r.Array(root, "", "landmarks", false, 0,
                [&](const json& v, const std::string& p) { Landmark(v, p); });
        r.Array(root, "", "shops", true, 0,
                [&](const json& v, const std::string& p) { Shop(v, p); });
        r.Array(root, "", "promotions", false, 0,
                [&](const json& v, const std::string& p) { Promotion(v, p); });
        r.Array(root, "", "events", false, 0,
                [&](const json& v, const std::string& p) { Event(v, p); });
    }

    void District(const json& v, const std::string& p) {
        if (!r.Object(v, p, {"id", "name", "description", "address", "association", "bounds",
                             "center", "geometry_note", "attribution"})) {
            return;
        }
        golmok::District& d = bundle.district;
        r.With(v, p, "id", true, [&](const json& m, const std::string& mp) { return r.Id(m, mp, &d.id); });
        r.With(v, p, "name", true, [&](const json& m, const std::string& mp) { return r.Text(m, mp, &d.name); });
        r.With(v, p, "description", true,
               [&](const json& m, const std::string& mp) { return r.Text(m, mp, &d.description); });
        r.With(v, p, "address", false,
               [&](const json& m, const std::string& mp) { return r.Text(m, mp, &d.address); });
        r.With(v, p, "association", false,
               [&](const json& m, const std::string& mp) { return Association(m, mp); });
        r.With(v, p, "bounds", true, [&](const json& m, const std::string& mp) { return Bounds(m, mp); });
        r.With(v, p, "center", true, [&](const json& m, const std::string& mp) {
            if (!r.Position(m, mp, &d.center)) return false;
            centerPointer = mp;
            return true;
        });
        r.With(v, p, "geometry_note", false,
               [&](const json& m, const std::string& mp) { return r.Text(m, mp, &d.geometryNote); });
        r.With(v, p, "attribution", false,
               [&](const json& m, const std::string& mp) { return r.String(m, mp, &d.attribution); });
    }

    bool Association(const json& v, const std::string& p) {
        if (!r.Object(v, p, {"name", "phone", "links"})) return false;
        golmok::Association a;
        r.With(v, p, "name", true, [&](const json& m, const std::string& mp) { return r.Text(m, mp, &a.name); });
        r.With(v, p, "phone", false,
               [&](const json& m, const std::string& mp) { return r.Phone(m, mp, &a.phone); });
        r.Array(v, p, "links", false, 0, [&](const json& m, const std::string& mp) {
            golmok::Link link;
            if (r.Link(m, mp, &link)) a.links.push_back(link);
        });
        bundle.district.association = std::move(a);
        return true;
    }

    bool Bounds(const json& v, const std::string& p) {
        if (!r.Object(v, p, {"south", "west", "north", "east"},
                      "bounds {\"south\", \"west\", \"north\", \"east\"}")) {
            return false;
        }
        golmok::Bounds& b = bundle.district.bounds;
        bool ok = true;
        const struct {
            const char* key;
            double* value;
            double limit;
        } sides[] = {{"south", &b.south, 90}, {"west", &b.west, 180}, {"north", &b.north, 90},
                     {"east", &b.east, 180}};
        for (const auto& s : sides) {
            const json* m = r.Member(v, p, s.key, true);
            if (!m || !r.Number(*m, Child(p, s.key), s.value)) {
                ok = false;
            } else if (std::fabs(*s.value) > s.limit) {
                r.Error(Child(p, s.key), std::string(s.key) + " is out of range (±" +
                                             std::to_string(int(s.limit)) + " degrees)");
                ok = false;
            }
        }
        if (ok && b.south >= b.north) {
            r.Error(Child(p, "north"), "north must be greater than south");
            ok = false;
        }
        if (ok && b.west >= b.east) {
            r.Error(Child(p, "east"), "east must be greater than west");
            ok = false;
        }
        boundsValid = ok;
        return ok;
    }

    void Samples(const json& v, const std::string& p) {
        if (!r.Object(v, p, {"note", "dates_anchor"})) return;
        SampleInfo s;
        r.With(v, p, "note", true, [&](const json& m, const std::string& mp) { return r.Text(m, mp, &s.note); });
        r.With(v, p, "dates_anchor", false, [&](const json& m, const std::string& mp) {
            golmok::Date d;
            if (!r.Date(m, mp, &d)) return false;
            s.datesAnchor = d;
            return true;
        });
        bundle.samples = std::move(s);
    }

    void Category(const json& v, const std::string& p) {
        if (!r.Object(v, p, {"id", "name", "color"})) return;
        golmok::Category c;
        r.With(v, p, "id", true, [&](const json& m, const std::string& mp) { return r.Id(m, mp, &c.id); });
        r.With(v, p, "name", true, [&](const json& m, const std::string& mp) { return r.Text(m, mp, &c.name); });
        r.With(v, p, "color", true, [&](const json& m, const std::string& mp) {
            std::string s;
            if (!r.String(m, mp, &s)) return false;
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
                r.Error(mp, "expected a colour \"#rrggbb\", found \"" + s + "\"");
                return false;
            }
            c.color = rgb;
            return true;
        });
        bundle.categories.push_back(std::move(c));
        categoryPointers.push_back(p);
    }

    void Street(const json& v, const std::string& p) {
        if (!r.Object(v, p, {"id", "name", "class", "path", "approximate"})) return;
        golmok::Street s;
        std::vector<std::string> pointPointers;
        r.With(v, p, "id", true, [&](const json& m, const std::string& mp) { return r.Id(m, mp, &s.id); });
        // Many alleys have no name of their own.
        r.With(v, p, "name", false, [&](const json& m, const std::string& mp) { return r.Text(m, mp, &s.name); });
        r.With(v, p, "class", true, [&](const json& m, const std::string& mp) {
            return r.Enum(m, mp, kStreetClasses, &s.streetClass);
        });
        r.Array(v, p, "path", true, 2, [&](const json& m, const std::string& mp) {
            LatLon point;
            if (r.Position(m, mp, &point)) {
                s.path.push_back(point);
                pointPointers.push_back(mp);
            }
        });
        r.With(v, p, "approximate", false,
               [&](const json& m, const std::string& mp) { return r.Bool(m, mp, &s.approximate); });
        bundle.streets.push_back(std::move(s));
        streetPointers.push_back(p);
        streetPointPointers.push_back(std::move(pointPointers));
    }

    void Landmark(const json& v, const std::string& p) {
        if (!r.Object(v, p, {"id", "kind", "name", "position", "approximate", "note"})) return;
        golmok::Landmark l;
        bool placed = false;
        r.With(v, p, "id", true, [&](const json& m, const std::string& mp) { return r.Id(m, mp, &l.id); });
        r.With(v, p, "kind", true,
               [&](const json& m, const std::string& mp) { return r.Enum(m, mp, kLandmarkKinds, &l.kind); });
        r.With(v, p, "name", true, [&](const json& m, const std::string& mp) { return r.Text(m, mp, &l.name); });
        r.With(v, p, "position", true, [&](const json& m, const std::string& mp) {
            return placed = r.Position(m, mp, &l.position);
        });
        r.With(v, p, "approximate", false,
               [&](const json& m, const std::string& mp) { return r.Bool(m, mp, &l.approximate); });
        r.With(v, p, "note", false, [&](const json& m, const std::string& mp) { return r.Text(m, mp, &l.note); });
        bundle.landmarks.push_back(std::move(l));
        landmarkPointers.push_back(p);
        landmarkPositionPointers.push_back(placed ? Child(p, "position") : std::string());
    }

    template <typename T, std::size_t N>
    void EnumList(const json& v, const std::string& p, const char* key, const EnumName<T> (&names)[N],
                  std::vector<T>* out) {
        r.Array(v, p, key, false, 0, [&](const json& m, const std::string& mp) {
            T value;
            if (!r.Enum(m, mp, names, &value)) return;
            for (const T& seen : *out) {
                if (seen == value) {
                    r.Error(mp, "listed twice");
                    return;
                }
            }
            out->push_back(value);
        });
    }

    void Shop(const json& v, const std::string& p) {
        if (!r.Object(v, p, {"id", "name", "category", "position", "address", "sample",
                             "description", "phone", "hours", "menu", "payment", "languages",
                             "menu_languages", "links", "tags", "confirmed"})) {
            return;
        }
        golmok::Shop s;
        bool placed = false;
        r.With(v, p, "id", true, [&](const json& m, const std::string& mp) { return r.Id(m, mp, &s.id); });
        r.With(v, p, "name", true, [&](const json& m, const std::string& mp) { return r.Text(m, mp, &s.name); });
        r.With(v, p, "category", true,
               [&](const json& m, const std::string& mp) { return r.Id(m, mp, &s.category); });
        r.With(v, p, "position", true, [&](const json& m, const std::string& mp) {
            return placed = r.Position(m, mp, &s.position);
        });
        r.With(v, p, "address", true,
               [&](const json& m, const std::string& mp) { return r.Text(m, mp, &s.address); });
        r.With(v, p, "sample", false, [&](const json& m, const std::string& mp) { return r.Bool(m, mp, &s.sample); });
        r.With(v, p, "description", false,
               [&](const json& m, const std::string& mp) { return r.Text(m, mp, &s.description); });
        r.With(v, p, "phone", false, [&](const json& m, const std::string& mp) { return r.Phone(m, mp, &s.phone); });
        r.With(v, p, "hours", false, [&](const json& m, const std::string& mp) { return r.String(m, mp, &s.hours); });
        r.Array(v, p, "menu", false, 0, [&](const json& m, const std::string& mp) {
            if (!r.Object(m, mp, {"name", "price"})) return;
            MenuItem item;
            const bool named = r.With(m, mp, "name", true, [&](const json& n, const std::string& np) {
                return r.Text(n, np, &item.name);
            });
            const bool priced = r.With(m, mp, "price", true, [&](const json& n, const std::string& np) {
                if (!n.is_number_integer() && !n.is_number_unsigned()) {
                    r.Expected(np, "a whole number of won", n);
                    return false;
                }
                item.price = n.get<std::int64_t>();
                if (item.price < 0 || item.price > 100000000) {
                    r.Error(np, "a price must be between 0 and 100,000,000 won");
                    return false;
                }
                return true;
            });
            if (named && priced) s.menu.push_back(std::move(item));
        });
        EnumList(v, p, "payment", kPayments, &s.payment);
        EnumList(v, p, "languages", kLangs, &s.languages);
        EnumList(v, p, "menu_languages", kLangs, &s.menuLanguages);
        r.Array(v, p, "links", false, 0, [&](const json& m, const std::string& mp) {
            golmok::Link link;
            if (r.Link(m, mp, &link)) s.links.push_back(std::move(link));
        });
        r.Array(v, p, "tags", false, 0, [&](const json& m, const std::string& mp) {
            std::string tag;
            if (r.String(m, mp, &tag)) s.tags.push_back(std::move(tag));
        });
        r.With(v, p, "confirmed", false, [&](const json& m, const std::string& mp) {
            golmok::Date d;
            if (!r.Date(m, mp, &d)) return false;
            s.confirmed = d;
            return true;
        });
        bundle.shops.push_back(std::move(s));
        shopPointers.push_back(p);
        shopPositionPointers.push_back(placed ? Child(p, "position") : std::string());
    }

    // Reads "start" and "end" and checks their order when both are readable.
    void DateRange(const json& v, const std::string& p, golmok::Date* start, golmok::Date* end) {
        const bool hasStart = r.With(v, p, "start", true,
                                     [&](const json& m, const std::string& mp) { return r.Date(m, mp, start); });
        const bool hasEnd = r.With(v, p, "end", true,
                                   [&](const json& m, const std::string& mp) { return r.Date(m, mp, end); });
        if (hasStart && hasEnd && *end < *start) {
            r.Error(Child(p, "end"), "ends on " + end->ToString() + ", before it starts on " +
                                         start->ToString());
        }
    }

    void Promotion(const json& v, const std::string& p) {
        if (!r.Object(v, p, {"id", "shop", "title", "terms", "start", "end", "coupon", "sample"})) return;
        golmok::Promotion pr;
        r.With(v, p, "id", true, [&](const json& m, const std::string& mp) { return r.Id(m, mp, &pr.id); });
        r.With(v, p, "shop", false, [&](const json& m, const std::string& mp) { return r.Id(m, mp, &pr.shop); });
        r.With(v, p, "title", true, [&](const json& m, const std::string& mp) { return r.Text(m, mp, &pr.title); });
        r.With(v, p, "terms", false, [&](const json& m, const std::string& mp) { return r.Text(m, mp, &pr.terms); });
        DateRange(v, p, &pr.start, &pr.end);
        r.With(v, p, "coupon", false,
               [&](const json& m, const std::string& mp) { return r.String(m, mp, &pr.coupon); });
        r.With(v, p, "sample", false, [&](const json& m, const std::string& mp) { return r.Bool(m, mp, &pr.sample); });
        bundle.promotions.push_back(std::move(pr));
        promotionPointers.push_back(p);
    }

    void Event(const json& v, const std::string& p) {
        if (!r.Object(v, p, {"id", "title", "description", "place", "start", "end", "sample"})) return;
        golmok::Event e;
        r.With(v, p, "id", true, [&](const json& m, const std::string& mp) { return r.Id(m, mp, &e.id); });
        r.With(v, p, "title", true, [&](const json& m, const std::string& mp) { return r.Text(m, mp, &e.title); });
        r.With(v, p, "description", false,
               [&](const json& m, const std::string& mp) { return r.Text(m, mp, &e.description); });
        r.With(v, p, "place", false, [&](const json& m, const std::string& mp) { return r.Text(m, mp, &e.place); });
        DateRange(v, p, &e.start, &e.end);
        r.With(v, p, "sample", false, [&](const json& m, const std::string& mp) { return r.Bool(m, mp, &e.sample); });
        bundle.events.push_back(std::move(e));
        eventPointers.push_back(p);
    }

    // [SECTION] Cross-checks

    template <typename T>
    void UniqueIds(const std::vector<T>& items, const std::vector<std::string>& pointers,
                   const char* what) {
        std::map<std::string, std::size_t> first;
        for (std::size_t i = 0; i < items.size(); ++i) {
            if (items[i].id.empty()) continue;
            auto inserted = first.emplace(items[i].id, i);
            if (!inserted.second) {
                r.Error(Child(pointers[i], "id"),
                        std::string("duplicate ") + what + " id \"" + items[i].id +
                            "\" (first used at " + pointers[inserted.first->second] + "/id)");
            }
        }
    }

    void InBounds(const LatLon& pos, const std::string& pointer) {
        if (!boundsValid || pointer.empty() || bundle.district.bounds.Contains(pos)) return;
        const golmok::Bounds& b = bundle.district.bounds;
        char buf[200];
        std::snprintf(buf, sizeof buf,
                      "position (%.6f, %.6f) is outside the district's bounds "
                      "(south %.6f, west %.6f, north %.6f, east %.6f)",
                      pos.lat, pos.lon, b.south, b.west, b.north, b.east);
        r.Error(pointer, buf);
    }

    void CrossCheck() {
        UniqueIds(bundle.categories, categoryPointers, "category");
        UniqueIds(bundle.streets, streetPointers, "street");
        UniqueIds(bundle.landmarks, landmarkPointers, "landmark");
        UniqueIds(bundle.shops, shopPointers, "shop");
        UniqueIds(bundle.promotions, promotionPointers, "promotion");
        UniqueIds(bundle.events, eventPointers, "event");

        if (!centerPointer.empty()) InBounds(bundle.district.center, centerPointer);
        for (std::size_t i = 0; i < bundle.streets.size(); ++i) {
            for (std::size_t k = 0; k < bundle.streets[i].path.size(); ++k) {
                InBounds(bundle.streets[i].path[k], streetPointPointers[i][k]);
            }
        }
        for (std::size_t i = 0; i < bundle.landmarks.size(); ++i) {
            InBounds(bundle.landmarks[i].position, landmarkPositionPointers[i]);
        }
        for (std::size_t i = 0; i < bundle.shops.size(); ++i) {
            const golmok::Shop& s = bundle.shops[i];
            if (!s.category.empty() && !bundle.FindCategory(s.category)) {
                r.Error(Child(shopPointers[i], "category"),
                        "unknown category \"" + s.category + "\"; it must be one of the ids in /categories");
            }
            InBounds(s.position, shopPositionPointers[i]);
        }
        for (std::size_t i = 0; i < bundle.promotions.size(); ++i) {
            const golmok::Promotion& pr = bundle.promotions[i];
            if (!pr.shop.empty() && !bundle.FindShop(pr.shop)) {
                r.Error(Child(promotionPointers[i], "shop"),
                        "unknown shop \"" + pr.shop + "\"; it must be one of the ids in /shops");
            }
        }
    }
};

}  // namespace

// [SECTION] LoadBundle, LoadDistrictIndex

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

BundleLoadResult LoadBundle(std::string_view jsonText) {
    BundleLoadResult result;
    ParsedJson parsed = ParseJson(jsonText);
    if (parsed.value.is_null() && !parsed.ok()) {
        result.errors = std::move(parsed.errors);
        return result;
    }
    BundleReader reader;
    reader.r.errors = std::move(parsed.errors);
    reader.Read(parsed.value);
    reader.CrossCheck();
    for (Diagnostic& d : reader.r.errors) {
        (d.warning ? result.warnings : result.errors).push_back(std::move(d));
    }
    AttachPositions(jsonText, &result.errors);
    AttachPositions(jsonText, &result.warnings);
    if (result.errors.empty()) result.bundle = std::move(reader.bundle);
    return result;
}

IndexLoadResult LoadDistrictIndex(std::string_view jsonText) {
    IndexLoadResult result;
    ParsedJson parsed = ParseJson(jsonText);
    if (parsed.value.is_null() && !parsed.ok()) {
        result.errors = std::move(parsed.errors);
        return result;
    }
    Reader r;
    r.errors = std::move(parsed.errors);
    DistrictIndex index;
    const json& root = parsed.value;
    if (r.Object(root, "", {"$schema", "format", "default", "districts"}, "an index object")) {
        if (const json* f = r.Member(root, "", "format", true)) {
            if (!f->is_number_integer() || f->get<std::int64_t>() != 1) r.Expected("/format", "the integer 1", *f);
        }
        r.Array(root, "", "districts", true, 1, [&](const json& v, const std::string& p) {
            if (!r.Object(v, p, {"id", "bundle", "name"})) return;
            DistrictEntry e;
            r.With(v, p, "id", true, [&](const json& m, const std::string& mp) { return r.Id(m, mp, &e.id); });
            r.With(v, p, "bundle", true, [&](const json& m, const std::string& mp) {
                if (!r.String(m, mp, &e.bundle)) return false;
                // A file beside index.json: no directories, no scheme, no parent references.
                // Letters, digits, '_', '.', '-' ending in ".json", not starting with '.' or '-'.
                bool plain = e.bundle.size() > 5 &&
                             e.bundle.compare(e.bundle.size() - 5, 5, ".json") == 0 &&
                             e.bundle[0] != '.' && e.bundle[0] != '-';
                for (char c : e.bundle) {
                    plain = plain && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                                      (c >= '0' && c <= '9') || c == '_' || c == '.' || c == '-');
                }
                if (!plain) {
                    r.Error(mp, "expected a file name beside index.json such as \"doksan.json\", found \"" +
                                    e.bundle + "\"");
                    return false;
                }
                return true;
            });
            r.With(v, p, "name", true, [&](const json& m, const std::string& mp) { return r.Text(m, mp, &e.name); });
            for (const DistrictEntry& seen : index.districts) {
                if (!e.id.empty() && seen.id == e.id) {
                    r.Error(Child(p, "id"), "duplicate district id \"" + e.id + "\"");
                }
            }
            index.districts.push_back(std::move(e));
        });
        r.With(root, "", "default", true, [&](const json& m, const std::string& mp) {
            if (!r.Id(m, mp, &index.defaultId)) return false;
            for (const DistrictEntry& e : index.districts) {
                if (e.id == index.defaultId) return true;
            }
            r.Error(mp, "the default \"" + index.defaultId + "\" is not one of the listed districts");
            return false;
        });
    }
    result.errors = std::move(r.errors);
    if (result.errors.empty()) {
        result.index = std::move(index);
    } else {
        AttachPositions(jsonText, &result.errors);
    }
    return result;
}

}  // namespace golmok
