#include "tools/geojson.h"

#include <gtest/gtest.h>

#include "core/bundle/bundle_loader.h"
#include "core/bundle/bundle_writer.h"
#include "test_util.h"

namespace golmok {
namespace {

using test::ReadSourceFile;

Bundle Minimal() {
    BundleLoadResult r = LoadBundle(ReadSourceFile("tests/data/valid/minimal.json"));
    EXPECT_TRUE(r.ok());
    return r.bundle ? *r.bundle : Bundle();
}

std::string Collection(const std::string& features) {
    return "{\"type\": \"FeatureCollection\", \"features\": [" + features + "]}";
}

TEST(GeoJson, ExportPutsLongitudeFirst) {
    const std::string text = ExportGeoJson(Minimal());
    EXPECT_NE(text.find("\"coordinates\": [\n          126.895,\n          37.465\n        ]"),
              std::string::npos)
        << text;
}

TEST(GeoJson, ExportThenImportGivesTheSameBundle) {
    for (const char* file : {"data/doksan.json", "data/samseon.json"}) {
        BundleLoadResult loaded = LoadBundle(ReadSourceFile(file));
        ASSERT_TRUE(loaded.ok());
        const GeoJsonImportResult r = ImportGeoJson(ExportGeoJson(*loaded.bundle), *loaded.bundle, false);
        ASSERT_TRUE(r.ok()) << (r.errors.empty() ? "" : FormatDiagnostic("geojson", r.errors[0]));
        EXPECT_EQ(r.json, WriteBundle(*loaded.bundle)) << file;
    }
}

TEST(GeoJson, AddsAShopAndAStreet) {
    const GeoJsonImportResult r = ImportGeoJson(Collection(R"({"type": "Feature", "id": "new-1",
                       "geometry": {"type": "Point", "coordinates": [126.896, 37.466]},
                       "properties": {"name_ko": "새 가게", "category": "bunsik", "address_ko": "독산동",
                                      "payment": ["card", "cash"], "fid": 7}},
                      {"type": "Feature",
                       "geometry": {"type": "LineString", "coordinates": [[126.891, 37.461], [126.899, 37.469]]},
                       "properties": {"id": "main", "name_ko": "큰길", "class": "road"}})"),
                                                Minimal(), false);
    ASSERT_TRUE(r.ok()) << (r.errors.empty() ? "" : FormatDiagnostic("geojson", r.errors[0]));
    const Shop* shop = r.bundle->FindShop("new-1");
    ASSERT_NE(shop, nullptr);
    EXPECT_EQ(shop->payment, (std::vector<Payment>{Payment::kCard, Payment::kCash}));
    EXPECT_DOUBLE_EQ(shop->position.lat, 37.466);
    ASSERT_EQ(r.bundle->streets.size(), 1u);
    EXPECT_EQ(r.bundle->streets[0].streetClass, StreetClass::kRoad);
    EXPECT_EQ(r.bundle->streets[0].path.size(), 2u);
    EXPECT_EQ(r.shopsAdded, 1);
    EXPECT_EQ(r.streetsAdded, 1);
}

TEST(GeoJson, NotAFeatureCollection) {
    const GeoJsonImportResult r = ImportGeoJson(R"({"type": "Feature"})", Minimal(), false);
    ASSERT_EQ(r.errors.size(), 1u);
    EXPECT_EQ(
        FormatDiagnostic("f.geojson", r.errors[0]),
        "f.geojson:1:10: /type: expected a GeoJSON FeatureCollection: {\"type\": \"FeatureCollection\", "
        "\"features\": […]}");
}

TEST(GeoJson, ShopProblemsPointAtTheProperty) {
    const GeoJsonImportResult r = ImportGeoJson(
        Collection(R"({"type": "Feature", "geometry": {"type": "Point", "coordinates": [126.895, 37.465]},
                       "properties": {"id": "shop-1", "category": "pizza"}})"),
        Minimal(), false);
    ASSERT_EQ(r.errors.size(), 1u);
    EXPECT_EQ(r.errors[0].pointer, "/features/0/properties/category");
    EXPECT_EQ(r.errors[0].message, "unknown category \"pizza\"; expected one of: bunsik");
}

TEST(GeoJson, StreetOutsideTheBounds) {
    const GeoJsonImportResult r = ImportGeoJson(Collection(R"({"type": "Feature",
                       "geometry": {"type": "LineString", "coordinates": [[126.891, 37.461], [127.5, 37.469]]},
                       "properties": {"id": "far"}})"),
                                                Minimal(), false);
    ASSERT_EQ(r.errors.size(), 1u);
    EXPECT_EQ(r.errors[0].pointer, "/features/0/geometry/coordinates/1");
}

}  // namespace
}  // namespace golmok
