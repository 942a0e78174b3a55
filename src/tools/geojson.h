// Shops and streets ↔ GeoJSON (RFC 7946): a FeatureCollection of Points (shops) and LineStrings
// (streets), coordinates in [longitude, latitude] order, properties named like the golmok CSV
// columns, so that QGIS, uMap and OpenStreetMap tools can read and edit a district. Problems
// name the JSON pointer (with line and column). No file access.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/model/bundle.h"
#include "core/model/diagnostic.h"

namespace golmok {

// Every shop and street of `bundle`, in the canonical JSON layout (json_writer.h).
std::string ExportGeoJson(const Bundle& bundle);

struct GeoJsonImportResult {
    std::optional<Bundle> bundle;  // the merged bundle, set only when there are no errors
    std::string json;              // its canonical text
    std::vector<Diagnostic> errors, warnings;
    int shopsAdded = 0, shopsUpdated = 0, shopsRemoved = 0, streetsAdded = 0, streetsUpdated = 0;
    bool ok() const { return errors.empty() && bundle.has_value(); }
};

// Merges the features of `geojson` into `into`, by id, with the rules of ImportShopsCsv
// (shop_csv.h): a Point is a shop whose properties are golmok CSV columns (lists may be JSON
// arrays), a LineString a street with id, name_ko…name_zh, class and approximate. Properties
// golmok does not know (a GIS tool's own) are ignored. `dropMissing` removes the shops no
// feature names.
GeoJsonImportResult ImportGeoJson(std::string_view geojson, const Bundle& into, bool dropMissing);

}  // namespace golmok
