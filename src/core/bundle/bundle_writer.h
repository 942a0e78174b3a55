// Bundle → JSON text in golmok's canonical layout, the one data/FORMAT.md documents: members in
// the order of its tables, two-space indent, UTF-8 unescaped, optional members left out when
// empty or false. Writing a loaded bundle and loading it again gives the same bundle, and equal
// bundles give equal bytes, so a diff of two saves shows only what changed. Core only (the CLI's
// converters and the page's editor export share it); no file access.
#pragma once

#include <string>

#include "core/model/bundle.h"

namespace golmok {

std::string WriteBundle(const Bundle& bundle);

// The JSON text of one shop, as it appears inside WriteBundle's "shops" array but starting at
// column 0 (for previews and tests).
std::string WriteShop(const Shop& shop);

}  // namespace golmok
