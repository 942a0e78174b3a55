// Synthetic district bundles for benchmarks and stress tests: any number of shops with
// realistically formed Korean names, menus, hours and promotions, reproducible from a seed on
// every platform. Standard library only.
#pragma once

#include <cstdint>
#include <string>

namespace golmok {

// The JSON text of a valid bundle (district id "synthetic") with `shops` sample shops. The same
// seed gives the same bytes everywhere.
std::string GenerateSyntheticBundle(int shops, std::uint32_t seed);

}  // namespace golmok
