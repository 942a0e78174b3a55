// A check for fuzz targets: an invariant that fails stops the run with its message, so libFuzzer
// saves the input as a crash. Used only by tests/fuzz.
#pragma once

#include <cstdio>
#include <cstdlib>

#define GOLMOK_FUZZ_CHECK(cond, what)                                             \
    do {                                                                          \
        if (!(cond)) {                                                            \
            std::fprintf(stderr, "invariant broken: %s (%s)\n", what, #cond);    \
            std::abort();                                                         \
        }                                                                         \
    } while (0)
