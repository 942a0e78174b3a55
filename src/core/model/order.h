// Stable sorting by a number: the callers turn what they sort by into a 64-bit key and share
// one sort, instead of one std::stable_sort per comparator (each a separate copy in the page's
// wasm). Standard library only.
#pragma once

#include <cstdint>
#include <cstring>
#include <utility>
#include <vector>

namespace golmok {

// The positions of `keys` in ascending order of key; equal keys keep their order.
std::vector<std::uint32_t> StableOrder(const std::vector<std::int64_t>& keys);

// A key that orders doubles as `<` does (NaN aside; -0 comes just before +0).
inline std::int64_t DoubleKey(double v) {
    std::int64_t bits;
    std::memcpy(&bits, &v, sizeof bits);
    return bits < 0 ? bits ^ INT64_MAX : bits;
}

// Rearranges `items` by keyOf(item), ascending; items with equal keys keep their order.
template <typename T, typename KeyOf>
void StableSortByKey(std::vector<T>* items, KeyOf keyOf) {
    std::vector<std::int64_t> keys;
    keys.reserve(items->size());
    for (const T& item : *items) keys.push_back(keyOf(item));
    std::vector<T> sorted;
    sorted.reserve(items->size());
    for (std::uint32_t i : StableOrder(keys)) sorted.push_back(std::move((*items)[i]));
    items->swap(sorted);
}

}  // namespace golmok
