// The app driven headlessly: a real ImGui context with no renderer, at a phone's size (390×844
// CSS px at devicePixelRatio 3), fed taps the way the web platform gives them (position, press,
// release on separate frames).
#pragma once

#include <gtest/gtest.h>

#include <cfloat>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "imgui.h"
#include "ui/app.h"

namespace golmok {

class HeadlessApp : public ::testing::Test {
protected:
    void SetUp() override {
        ImGui::CreateContext();
        ImGuiIO& io = ImGui::GetIO();
        io.IniFilename = nullptr;
        io.DisplaySize = ImVec2(390 * 3, 844 * 3);
        io.DeltaTime = 1.0f / 60;
        unsigned char* pixels;
        int w, h;
        io.Fonts->AddFontDefault();
        io.Fonts->GetTexDataAsAlpha8(&pixels, &w, &h);
        app.SetScale(3);
        // Sunday 2026-11-29, 12:00 in Seoul (03:00 UTC).
        app.SetNow((Date{2026, 11, 29}).DaysSinceEpoch() * 86400 + 3 * 3600);
    }
    void TearDown() override { ImGui::DestroyContext(); }

    void Frame() {
        ImGui::NewFrame();
        app.Frame();
        ImGui::Render();
    }

    const HitTarget* Target(const std::string& kind, const std::string& id = "") {
        for (const HitTarget& t : app.State().frame.targets) {
            if (t.kind == kind && (id.empty() || t.id == id) && t.visible) return &t;
        }
        return nullptr;
    }

    void Tap(const HitTarget& t) {
        ImGuiIO& io = ImGui::GetIO();
        io.MousePos = ImVec2(t.x + t.w / 2, t.y + t.h / 2);
        Frame();
        io.MouseDown[0] = true;
        Frame();
        io.MouseDown[0] = false;
        Frame();
        io.MousePos = ImVec2(-FLT_MAX, -FLT_MAX);
        Frame();
    }

    // The browser's storage and downloads, as the page gives them to the app.
    App::Host BrowserHost() {
        App::Host host;
        host.files.loadDraft = [this](const std::string& key) {
            return storage.count(key) ? storage[key] : std::string();
        };
        host.files.saveDraft = [this](const std::string& key, const std::string& text) {
            if (text.empty()) {
                storage.erase(key);
            } else {
                storage[key] = text;
            }
            return true;
        };
        host.files.download = [this](const std::string& name, const std::string& text) {
            downloads.emplace_back(name, text);
        };
        host.files.publish = [this](const std::string& bundleName, const std::string& zipName,
                                    const std::string& text) {
            published.push_back({bundleName, zipName, text});
        };
        return host;
    }

    std::map<std::string, std::string> storage;
    std::vector<std::pair<std::string, std::string>> downloads;
    struct Publish {
        std::string bundleName, zipName, text;
    };
    std::vector<Publish> published;
    App app{BrowserHost()};
};


}  // namespace golmok
