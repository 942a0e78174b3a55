// C++ time per frame of the app's screens, drawn on a headless ImGui context the way the page
// draws them: NewFrame → App::Frame → Render at 390×844 CSS px and devicePixelRatio 3, with the
// page's own fonts and atlas. No GPU is involved; what is timed is the C++ side of a frame,
// which is what the budget counts. Every frame scrolls the list as a flick does, so rows come
// and go. Prints p50 and p95 per frame (ms) as counters; scripts/bench.sh puts them in its table.
//
// Each screen is one row of kScreens: a name, how to reach it, and what a finger does on it.

#include <benchmark/benchmark.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "core/i18n/font_pieces.h"
#include "imgui.h"
#include "tools/synthetic.h"
#include "ui/app.h"
#include "ui/kit/fonts.h"

namespace {

using golmok::App;

struct ScreenSetup {
    const char* name;
    void (*reach)(App& app);  // from the home screen with the bundle loaded
    // What a finger does before frame `i`: lists are flicked (40 CSS px a frame); the map is
    // panned in a circle while it zooms in and out, so pins cluster and split all the time.
    void (*move)(App& app, int i);
};

constexpr float kScale = 3;  // devicePixelRatio of the phones the page is tested at

void Flick(App& app, int) { app.DragBy(0, -40 * kScale); }

// A keystroke in the editor's form of the first shop: its name grows by a letter a frame.
void TypeName(App& app, int i) {
    const std::string field = "shop/" + app.GetBundle()->shops.front().id + "|name.ko";
    app.OnFieldInput(field, "가게 " + std::string(static_cast<std::size_t>(i % 40 + 1), 'a'));
}

void PanAndPinch(App& app, int i) {
    const float angle = static_cast<float>(i) / 12.0f;
    app.DragBy(30 * kScale * std::cos(angle), 30 * kScale * std::sin(angle));
    const golmok::MapState& map = app.State().map;
    app.ZoomMapAt(0.08 * std::sin(static_cast<double>(i) / 20.0), map.x + float(map.view.width / 2),
                  map.y + float(map.view.height / 2));
}

const ScreenSetup kScreens[] = {
    {"home_list", [](App&) {}, Flick},
    // A one-consonant query: most shops match, so the results list is as long as it gets.
    {"search_results", [](App& app) { app.SetQuery("ㄱ"); }, Flick},
    // Every shop on the map, from the whole district at first.
    {"map", [](App& app) { app.Apply(golmok::intent::OpenMap{}); }, PanAndPinch},
    // Typing in the editor: each keystroke changes the data every screen shows.
    {"editor_typing",
     [](App& app) {
         app.Apply(golmok::intent::OpenEditor{golmok::EntityRef{golmok::EntityKind::kShop, app.GetBundle()->shops.front().id}});
         app.OnFieldFocus("shop/" + app.GetBundle()->shops.front().id + "|name.ko", true);
     },
     TypeName},
};

constexpr int kWarmupFrames = 5;

std::vector<unsigned char> ReadFile(const char* path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

const std::string& Bundle(int shops) {
    static std::string texts[2];
    std::string& t = texts[shops >= 10000 ? 1 : 0];
    if (t.empty()) t = golmok::GenerateSyntheticBundle(shops, 1);
    return t;
}

double Percentile(std::vector<double> v, double p) {
    if (v.empty()) return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, static_cast<std::size_t>(p * static_cast<double>(v.size())))];
}

void BM_Frame(benchmark::State& state, const ScreenSetup* screen) {
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.DisplaySize = ImVec2(390 * kScale, 844 * kScale);
    io.DeltaTime = 1.0f / 60;
    App app;
    app.SetScale(kScale);
    app.SetNow((golmok::Date{2026, 11, 29}).DaysSinceEpoch() * 86400 + 3 * 3600);  // Sunday noon
    app.OnBundleText("synthetic.json", Bundle(static_cast<int>(state.range(0))));
    // The faces the page ships are subsets of these; the atlas holds what the bundle shows.
    static const std::vector<unsigned char> body =
        ReadFile("/usr/share/fonts/truetype/nanum/NanumBarunGothic.ttf");
    static const std::vector<unsigned char> title =
        ReadFile("/usr/share/fonts/truetype/nanum/NanumBarunGothicBold.ttf");
    static const std::vector<golmok::FontSource> sources = {
        {"body", &body, golmok::FontCodepoints(body.data(), body.size())},
        {"title", &title, golmok::FontCodepoints(title.data(), title.size())}};
    const golmok::FontSet fonts = golmok::BuildFontAtlas(
        sources, golmok::PlanFonts(sources, app.Codepoints(), app.TitleCodepoints(), golmok::Lang::kKo),
        kScale);
    if (!fonts.body) io.Fonts->AddFontDefault();
    unsigned char* pixels;
    int w, h;
    io.Fonts->GetTexDataAsAlpha8(&pixels, &w, &h);
    app.SetFonts(fonts.body, fonts.title);
    screen->reach(app);

    int frames = 0;
    auto frame = [&] {
        screen->move(app, frames++);
        ImGui::NewFrame();
        app.Frame();
        ImGui::Render();
    };
    for (int i = 0; i < kWarmupFrames; ++i) frame();
    std::vector<double> ms;
    for (auto _ : state) {
        const auto start = std::chrono::steady_clock::now();
        frame();
        const std::chrono::duration<double> took = std::chrono::steady_clock::now() - start;
        state.SetIterationTime(took.count());
        ms.push_back(took.count() * 1000);
    }
    state.counters["shops"] = static_cast<double>(state.range(0));
    state.counters["listed"] = static_cast<double>(app.State().search.results.size());
    state.counters["p50_ms"] = Percentile(ms, 0.50);
    state.counters["p95_ms"] = Percentile(ms, 0.95);
    ImGui::DestroyContext();
}

}  // namespace

int main(int argc, char** argv) {
    for (const ScreenSetup& screen : kScreens) {
        benchmark::RegisterBenchmark((std::string("BM_Frame/") + screen.name).c_str(), BM_Frame, &screen)
            ->Arg(1000)
            ->Arg(10000)
            ->Iterations(600)  // ten seconds of frames at 60 Hz
            ->UseManualTime()
            ->Unit(benchmark::kMillisecond);
    }
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
