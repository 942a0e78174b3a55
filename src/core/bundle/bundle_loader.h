// Reads a district bundle (and data/index.json) from JSON text into the model, checking it the
// way the schema does and then across references. Every problem becomes a Diagnostic; all of a
// file's problems are reported, not only the first. No ImGui, no emscripten, no file access.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/json/json_text.h"
#include "core/model/bundle.h"
#include "core/model/diagnostic.h"

namespace golmok {

// The most shops a bundle may list. Twice the 10,000 the page's budgets are measured at: a real
// alley district has tens to hundreds, and a bundle beyond this is refused, not slowly drawn.
constexpr std::size_t kMaxShops = 20000;

struct BundleLoadResult {
    std::optional<Bundle> bundle;          // set only when there are no errors
    std::vector<Diagnostic> errors;        // in document order as found, with line:column
    std::vector<Diagnostic> warnings;      // problems that leave the bundle usable
    bool ok() const { return errors.empty(); }
};

BundleLoadResult LoadBundle(std::string_view jsonText);

// The same check of text the caller hands over and needs no longer (the editor checking its data,
// written just for that): the text is freed as soon as it is parsed, before a bundle is read from
// it, so the two are never in memory together, and the bundle read is not kept (`bundle` stays
// empty). Problems carry no line and column; AttachPositions gives them from a text if wanted.
// `size`: what the text takes once read, when its writer knows (WriteBundleCompact).
BundleLoadResult CheckBundleText(std::string jsonText, const JsonSize& size = {});

struct IndexLoadResult {
    std::optional<DistrictIndex> index;
    std::vector<Diagnostic> errors;
    bool ok() const { return errors.empty(); }
};

IndexLoadResult LoadDistrictIndex(std::string_view jsonText);

// The district a page opens: the one asked for (its id; "" for none), else the index's default.
// Null only when neither is listed, which LoadDistrictIndex never lets through. The page (C++)
// and `golmok site` (which tells shell.js the bundle to fetch early) both pick by this rule.
const DistrictEntry* PickDistrict(const DistrictIndex& index, std::string_view requestedId);

// True for the link schemes a bundle may use: https, http, tel, mailto (any letter case).
bool IsAllowedLinkScheme(std::string_view url);

// An id: 1 to 64 lower-case ASCII letters, digits and hyphens, not starting with a hyphen.
bool IsValidId(std::string_view id);

// A phone number as dialled: 6 to 15 digits with hyphens, optionally a leading '+'.
bool IsValidPhone(std::string_view phone);

}  // namespace golmok
