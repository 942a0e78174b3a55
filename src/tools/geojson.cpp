#include "tools/geojson.h"

#include <algorithm>

#include "core/bundle/bundle_loader.h"
#include "core/json/json_text.h"
#include "core/json/json_writer.h"
#include "tools/shop_csv.h"

namespace golmok {
namespace {

// Golmok CSV columns written as JSON arrays of strings rather than "a; b" text.
bool IsListColumn(const std::string& column) {
    return column == "payment" || column == "languages" || column == "menu_languages" || column == "tags";
}

std::vector<std::string> SplitSemicolons(const std::string& s) {
    std::vector<std::string> items;
    std::size_t start = 0;
    while (start < s.size()) {
        std::size_t end = s.find(';', start);
        if (end == std::string::npos) end = s.size();
        std::size_t a = start, b = end;
        while (a < b && s[a] == ' ') ++a;
        while (b > a && s[b - 1] == ' ') --b;
        if (b > a) items.push_back(s.substr(a, b - a));
        start = end + 1;
    }
    return items;
}

void Point(JsonWriter* w, const LatLon& p) {
    w->BeginArray();
    w->Number(p.lon);
    w->Number(p.lat);
    w->EndArray();
}

void ShopFeature(JsonWriter* w, const Shop& shop, const std::vector<std::string>& row) {
    const std::vector<std::string>& columns = ShopCsvColumns();
    w->BeginObject();
    w->Key("type");
    w->String("Feature");
    w->Key("id");
    w->String(shop.id);
    w->Key("geometry");
    w->BeginObject();
    w->Key("type");
    w->String("Point");
    w->Key("coordinates");
    Point(w, shop.position);
    w->EndObject();
    w->Key("properties");
    w->BeginObject();
    w->Key("layer");
    w->String("shops");
    for (std::size_t c = 0; c < columns.size(); ++c) {
        const std::string& name = columns[c];
        if (row[c].empty() || name == "lat" || name == "lon") continue;
        w->Key(name);
        if (name == "sample") {
            w->Bool(true);
        } else if (IsListColumn(name)) {
            w->BeginArray();
            for (const std::string& item : SplitSemicolons(row[c])) w->String(item);
            w->EndArray();
        } else {
            w->String(row[c]);
        }
    }
    w->EndObject();
    w->EndObject();
}

const char* const kStreetClassNames[] = {"road", "street", "alley"};

void StreetFeature(JsonWriter* w, const Street& street) {
    w->BeginObject();
    w->Key("type");
    w->String("Feature");
    w->Key("id");
    w->String(street.id);
    w->Key("geometry");
    w->BeginObject();
    w->Key("type");
    w->String("LineString");
    w->Key("coordinates");
    w->BeginArray();
    for (const LatLon& p : street.path) Point(w, p);
    w->EndArray();
    w->EndObject();
    w->Key("properties");
    w->BeginObject();
    w->Key("layer");
    w->String("streets");
    w->Key("id");
    w->String(street.id);
    for (int l = 0; l < kLangCount; ++l) {
        if (street.name.values[l].empty()) continue;
        w->Key(std::string("name_") + LangCode(Lang(l)));
        w->String(street.name.values[l]);
    }
    w->Key("class");
    w->String(kStreetClassNames[static_cast<int>(street.streetClass)]);
    if (street.approximate) {
        w->Key("approximate");
        w->Bool(true);
    }
    w->EndObject();
    w->EndObject();
}

class GeoJsonReader {
public:
    GeoJsonReader(const Bundle& into, bool dropMissing) : m_dropMissing(dropMissing) { m_bundle = into; }

    GeoJsonImportResult Read(std::string_view text) {
        ParsedJson parsed = ParseJson(text);
        m_result.errors = std::move(parsed.errors);
        if (parsed.document) Collection(parsed.Root());
        if (m_result.errors.empty()) Merge();
        AttachPositions(text, &m_result.errors);
        AttachPositions(text, &m_result.warnings);
        if (!m_result.errors.empty()) {
            m_result.bundle.reset();
            m_result.json.clear();
        }
        return std::move(m_result);
    }

private:
    void Error(JsonValue at, std::string message) {
        m_result.errors.push_back({at.Pointer(), 0, 0, std::move(message)});
    }

    void Collection(JsonValue root) {
        JsonValue type = root.Find("type");
        if (!root.IsObject() || !type.IsString() || type.String() != "FeatureCollection") {
            Error(type ? type : root,
                  "expected a GeoJSON FeatureCollection: {\"type\": \"FeatureCollection\", "
                  "\"features\": […]}");
            return;
        }
        JsonValue features = root.Find("features");
        if (!features.IsArray()) {
            Error(features ? features : root, "expected \"features\": an array of Feature objects");
            return;
        }
        int index = 0;
        for (JsonValue f = features.FirstChild(); f; f = f.NextSibling(), ++index) Feature(f, index);
    }

    // [lon, lat] or [lon, lat, altitude]; false after reporting.
    bool Position(JsonValue v, LatLon* out) {
        if (!v.IsArray() || v.Size() < 2 || v.Size() > 3 || !v.At(0).IsNumber() || !v.At(1).IsNumber()) {
            Error(v, "expected a position [longitude, latitude] in degrees");
            return false;
        }
        out->lon = v.At(0).Number();
        out->lat = v.At(1).Number();
        if (out->lon < -180 || out->lon > 180) {
            Error(v.At(0), "longitude must be between -180 and 180 (GeoJSON puts longitude first)");
            return false;
        }
        if (out->lat < -90 || out->lat > 90) {
            Error(v.At(1), "latitude must be between -90 and 90 (GeoJSON puts longitude first)");
            return false;
        }
        return true;
    }

    void Feature(JsonValue f, int index) {
        if (!f.IsObject() || !f.Find("type").IsString() || f.Find("type").String() != "Feature") {
            Error(f, "expected a Feature object with \"type\": \"Feature\"");
            return;
        }
        JsonValue geometry = f.Find("geometry");
        JsonValue properties = f.Find("properties");
        if (properties && !properties.IsObject() && !properties.IsNull()) {
            Error(properties, "expected the feature's properties as an object");
            return;
        }
        JsonValue type = geometry.Find("type");
        if (!geometry.IsObject() || !type.IsString()) {
            Error(geometry ? geometry : f, "expected a geometry: a Point (shop) or a LineString (street)");
            return;
        }
        if (type.String() == "Point") {
            ShopFeature(f, geometry, properties, index);
        } else if (type.String() == "LineString") {
            StreetFeature(geometry, properties);
        } else {
            Error(type,
                  "expected a Point (shop) or a LineString (street), found " + std::string(type.String()));
        }
    }

    // A property's value as a cell: strings as they are, lists joined with "; ".
    bool Cell(JsonValue v, std::string* out) {
        switch (v.Type()) {
            case JsonType::kString:
                *out = std::string(v.String());
                return true;
            case JsonType::kNull:
                out->clear();
                return true;
            case JsonType::kBool:
                *out = v.Bool() ? "true" : "false";
                return true;
            case JsonType::kInteger:
            case JsonType::kUnsigned:
            case JsonType::kFloat:
                *out = FormatJsonNumber(v.Number());
                return true;
            case JsonType::kArray:
                out->clear();
                for (JsonValue e = v.FirstChild(); e; e = e.NextSibling()) {
                    if (!e.IsString()) {
                        Error(e, "expected a string");
                        return false;
                    }
                    *out += (out->empty() ? "" : "; ") + std::string(e.String());
                }
                return true;
            default:
                Error(v, "expected a string, a number, true or false, or a list of strings");
                return false;
        }
    }

    void ShopFeature(JsonValue f, JsonValue geometry, JsonValue properties, int index) {
        LatLon p;
        if (!Position(geometry.Find("coordinates"), &p)) return;
        ShopRecord rec;
        rec.row = int(m_shopFeatures.size()) + 1;
        rec.cells.emplace_back("lat", FormatJsonNumber(p.lat));
        rec.cells.emplace_back("lon", FormatJsonNumber(p.lon));
        bool hasId = false;
        for (JsonValue m = properties.FirstChild(); m; m = m.NextSibling()) {
            const std::string key(m.Key());
            if (key == "lat" || key == "lon" || !IsKnownColumn(key)) continue;
            std::string value;
            if (!Cell(m, &value)) continue;
            hasId = hasId || key == "id";
            rec.cells.emplace_back(key, std::move(value));
        }
        // The feature's own "id" member names the shop when its properties do not.
        if (!hasId && f.Find("id").IsString())
            rec.cells.emplace_back("id", std::string(f.Find("id").String()));
        m_shopFeatures.push_back({index, f, geometry, properties});
        m_records.push_back(std::move(rec));
    }

    static bool IsKnownColumn(const std::string& key) {
        for (const std::string& c : ShopCsvColumns()) {
            if (c == key) return true;
        }
        return false;
    }

    void StreetFeature(JsonValue geometry, JsonValue properties) {
        JsonValue coordinates = geometry.Find("coordinates");
        if (!coordinates.IsArray() || coordinates.Size() < 2) {
            Error(coordinates ? coordinates : geometry, "expected a LineString of at least two positions");
            return;
        }
        JsonValue id = properties.Find("id");
        if (!id.IsString() || !IsValidId(id.String())) {
            Error(id           ? id
                  : properties ? properties
                               : geometry,
                  "a street needs an \"id\" property of lower-case letters, digits and hyphens");
            return;
        }
        Street street;
        const std::string idText(id.String());
        auto existing = std::find_if(m_bundle.streets.begin(), m_bundle.streets.end(),
                                     [&](const Street& s) { return s.id == idText; });
        if (existing != m_bundle.streets.end()) street = *existing;
        street.id = idText;
        street.path.clear();
        for (JsonValue c = coordinates.FirstChild(); c; c = c.NextSibling()) {
            LatLon p;
            if (!Position(c, &p)) return;
            if (!m_bundle.district.bounds.Contains(p)) {
                Error(c, "this point is outside the district's bounds");
                return;
            }
            street.path.push_back(p);
        }
        for (JsonValue m = properties.FirstChild(); m; m = m.NextSibling()) {
            const std::string key(m.Key());
            if (key.compare(0, 5, "name_") == 0) {
                Lang lang;
                if (!ParseLangCode(key.substr(5), &lang)) continue;
                if (!m.IsString() && !m.IsNull()) {
                    Error(m, "expected a string");
                    return;
                }
                street.name.Get(lang) = std::string(m.String());
            } else if (key == "class") {
                int found = -1;
                for (int c = 0; c < 3; ++c) {
                    if (m.IsString() && m.String() == kStreetClassNames[c]) found = c;
                }
                if (found < 0) {
                    Error(m, "expected one of: road, street, alley");
                    return;
                }
                street.streetClass = StreetClass(found);
            } else if (key == "approximate") {
                if (!m.IsBool()) {
                    Error(m, "expected true or false");
                    return;
                }
                street.approximate = m.Bool();
            }
        }
        bool named = false;
        for (const std::string& v : street.name.values) named = named || !v.empty();
        if (named && !street.name.Has(Lang::kKo)) {
            Error(properties, "a street's name needs its Korean text (name_ko) when it has others");
            return;
        }
        if (existing != m_bundle.streets.end()) {
            *existing = std::move(street);
            ++m_result.streetsUpdated;
        } else {
            m_bundle.streets.push_back(std::move(street));
            ++m_result.streetsAdded;
        }
    }

    // Pointer of the property (or coordinate) a shop problem's column names.
    std::string PointerFor(const CsvProblem& p) const {
        if (p.row < 1 || std::size_t(p.row) > m_shopFeatures.size()) return "";
        const ShopFeatureRef& ref = m_shopFeatures[p.row - 1];
        if (p.column < 1) return ref.feature.Pointer();
        const std::string& column = ShopCsvColumns()[p.column - 1];
        if (column == "lat") return ref.geometry.Find("coordinates").At(1).Pointer();
        if (column == "lon") return ref.geometry.Find("coordinates").At(0).Pointer();
        JsonValue property = ref.properties.Find(column);
        if (!property && column == "id") property = ref.feature.Find("id");
        return property ? property.Pointer() : ref.feature.Pointer() + "/properties";
    }

    void Merge() {
        ShopCsvImportResult r = ImportShopRecords(m_records, m_bundle, m_dropMissing);
        for (const CsvProblem& p : r.problems) {
            // Problems about a column name it in the message ("lat: expected …"); say which
            // column the others are about when the pointer alone does not.
            Diagnostic d{PointerFor(p), 0, 0, p.message};
            d.warning = p.warning;
            (p.warning ? m_result.warnings : m_result.errors).push_back(std::move(d));
        }
        m_result.shopsAdded = r.added;
        m_result.shopsUpdated = r.updated;
        m_result.shopsRemoved = r.removed;
        m_result.bundle = std::move(r.bundle);
        m_result.json = std::move(r.json);
    }

    struct ShopFeatureRef {
        int index;
        JsonValue feature, geometry, properties;
    };

    bool m_dropMissing;
    Bundle m_bundle;
    GeoJsonImportResult m_result;
    std::vector<ShopRecord> m_records;
    std::vector<ShopFeatureRef> m_shopFeatures;
};

}  // namespace

std::string ExportGeoJson(const Bundle& bundle) {
    JsonWriter w;
    w.BeginObject();
    w.Key("type");
    w.String("FeatureCollection");
    w.Key("features");
    w.BeginArray();
    // A shop's properties are the non-empty cells of its CSV row.
    for (const Shop& s : bundle.shops) ShopFeature(&w, s, ShopCsvRow(s));
    for (const Street& s : bundle.streets) StreetFeature(&w, s);
    w.EndArray();
    w.EndObject();
    return w.TakeText();
}

GeoJsonImportResult ImportGeoJson(std::string_view geojson, const Bundle& into, bool dropMissing) {
    return GeoJsonReader(into, dropMissing).Read(geojson);
}

}  // namespace golmok
