// The .gz and .br copies a host sends to browsers that ask for them, made the same way by golmok
// site, golmok publish and the update the editor publishes in the browser.
#pragma once

#include <string>

namespace golmok {

// Text and fonts (.html .js .css .json .wasm .svg .ttf .otf .xml .txt .webmanifest): worth a
// compressed copy.
bool Compressible(const std::string& path);

struct CompressedCopies {
    std::string gz;  // empty where no smaller copy was made
    std::string br;
};
// The copies of the file at `path` (from the site's root) holding `data`, each only where it
// comes out smaller. How hard each is squeezed depends on the file (see compress.cpp).
CompressedCopies Compress(const std::string& path, const std::string& data);

}  // namespace golmok
