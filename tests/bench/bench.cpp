// golmok's native benchmarks (Google Benchmark). Run with scripts/bench.sh, which builds an
// optimised tree first. Each benchmark prints its figure; budgets are in ../shared PRODUCT.md
// terms and in the README: the numbers are read, never asserted.

#include <benchmark/benchmark.h>

#include <string>

#include "core/bundle/bundle_loader.h"
#include "core/bundle/bundle_writer.h"
#include "core/domain/geo.h"
#include "core/domain/search.h"
#include "core/json/json_text.h"
#include "tools/csv.h"
#include "tools/shop_csv.h"
#include "tools/synthetic.h"

namespace {

const std::string& SyntheticText(int shops) {
    static std::string texts[2];
    std::string& t = texts[shops >= 10000 ? 1 : 0];
    if (t.empty()) t = golmok::GenerateSyntheticBundle(shops, 1);
    return t;
}

// Budget: load + validate a 10,000-shop bundle natively in ≤ 100 ms.
void BM_LoadAndValidateBundle(benchmark::State& state) {
    const std::string& text = SyntheticText(static_cast<int>(state.range(0)));
    for (auto _ : state) {
        golmok::BundleLoadResult r = golmok::LoadBundle(text);
        if (!r.ok()) state.SkipWithError("the synthetic bundle did not load");
        benchmark::DoNotOptimize(r);
    }
    state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(text.size()));
    state.counters["shops"] = static_cast<double>(state.range(0));
}
BENCHMARK(BM_LoadAndValidateBundle)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);

// Budget: one keystroke of search at 10,000 shops in ≤ 1 ms. Each iteration answers the
// successive prefixes a person types, composing syllables included ("ㄸ", "떠", "떡", "떡ㅂ", …),
// and a romanized and an initial-consonant query; the time shown is per keystroke.
void BM_SearchKeystroke(benchmark::State& state) {
    static const char* const kKeystrokes[] = {"ㄸ", "떠", "떡", "떡ㅂ", "떡보", "떡볶", "떡볶이",
                                              "ㅅ", "순", "순대", "순댓", "ㄱㅂ", "t", "tt",
                                              "tteok", "chi", "chicken", "카", "카페", "아메리카노"};
    golmok::BundleLoadResult r = golmok::LoadBundle(SyntheticText(static_cast<int>(state.range(0))));
    golmok::SearchIndex index;
    index.Build(*r.bundle);
    std::size_t found = 0;
    for (auto _ : state) {
        for (const char* q : kKeystrokes) found += index.Search(q).size();
    }
    benchmark::DoNotOptimize(found);
    state.SetItemsProcessed(static_cast<int64_t>(state.iterations()) * 20);
    state.counters["per_keystroke_us"] = benchmark::Counter(
        static_cast<double>(state.iterations()) * 20, benchmark::Counter::kIsRate | benchmark::Counter::kInvert,
        benchmark::Counter::kIs1000);
}
BENCHMARK(BM_SearchKeystroke)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);

// The map's per-frame questions at 1,000 and 10,000 shops: which pin is under a finger
// (hit testing), and which pins are on screen, grouped into clusters.
struct MapFixture {
    std::vector<golmok::WorldPoint> points;
    golmok::PointIndex index;
    golmok::MapView view;
    explicit MapFixture(int shops) {
        golmok::BundleLoadResult r = golmok::LoadBundle(SyntheticText(shops));
        for (const golmok::Shop& s : r.bundle->shops) points.push_back(golmok::Project(s.position));
        index.Build(points, 0.0005);
        view.center = golmok::Project(r.bundle->district.center);
        view.zoom = 17;
        view.width = 1170;  // 390 × 844 CSS px at devicePixelRatio 3
        view.height = 2532;
    }
};

void BM_MapHitTest(benchmark::State& state) {
    MapFixture map(static_cast<int>(state.range(0)));
    std::size_t i = 0, found = 0;
    const double radius = 22 * 3 / map.view.Scale();  // half a 44 px target, in world units
    for (auto _ : state) {
        const golmok::WorldPoint at = map.view.ToWorld(double(i * 37 % 1170), double(i * 91 % 2532));
        found += map.index.Nearest(at, radius) >= 0;
        ++i;
    }
    benchmark::DoNotOptimize(found);
}
BENCHMARK(BM_MapHitTest)->Arg(1000)->Arg(10000)->Unit(benchmark::kMicrosecond);

void BM_MapClusterFrame(benchmark::State& state) {
    MapFixture map(static_cast<int>(state.range(0)));
    std::size_t pins = 0;
    for (auto _ : state) pins += golmok::ClusterPoints(map.index, map.points, map.view, 44 * 3).size();
    benchmark::DoNotOptimize(pins);
}
BENCHMARK(BM_MapClusterFrame)->Arg(1000)->Arg(10000)->Unit(benchmark::kMicrosecond);

// The JSON parse alone (into the flat document), to see what the checks themselves cost.
void BM_ParseJsonOnly(benchmark::State& state) {
    const std::string& text = SyntheticText(static_cast<int>(state.range(0)));
    for (auto _ : state) {
        golmok::ParsedJson p = golmok::ParseJson(text);
        benchmark::DoNotOptimize(p);
    }
}
BENCHMARK(BM_ParseJsonOnly)->Arg(10000)->Unit(benchmark::kMillisecond);

// The editor's export and every CLI conversion write the whole bundle: no budget of its own, but
// it should stay well below loading (measured beside it).
void BM_WriteBundle(benchmark::State& state) {
    const golmok::BundleLoadResult r = golmok::LoadBundle(SyntheticText(static_cast<int>(state.range(0))));
    if (!r.ok()) {
        state.SkipWithError("the synthetic bundle did not load");
        return;
    }
    for (auto _ : state) {
        std::string text = golmok::WriteBundle(*r.bundle);
        benchmark::DoNotOptimize(text);
    }
}
BENCHMARK(BM_WriteBundle)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);

// golmok import csv of every shop back into its bundle: parse, merge, write and check again.
void BM_ImportShopsCsv(benchmark::State& state) {
    const golmok::BundleLoadResult r = golmok::LoadBundle(SyntheticText(static_cast<int>(state.range(0))));
    if (!r.ok()) {
        state.SkipWithError("the synthetic bundle did not load");
        return;
    }
    const std::string csv = golmok::ExportShopsCsv(*r.bundle);
    for (auto _ : state) {
        golmok::ShopCsvImportResult result = golmok::ImportShopsCsv(golmok::ParseCsv(csv), *r.bundle, {});
        if (!result.ok()) state.SkipWithError("the import failed");
        benchmark::DoNotOptimize(result);
    }
}
BENCHMARK(BM_ImportShopsCsv)->Arg(10000)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
