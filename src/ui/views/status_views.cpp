// The screens shown instead of the district: while files load, and when they fail.

#include "core/i18n/diagnostic_place.h"
#include "core/i18n/ui_text.h"
#include "core/model/diagnostic_text.h"
#include "ui/kit/theme.h"
#include "ui/views/views.h"
#include "ui/kit/widgets.h"

namespace golmok::views {

using widgets::Px;

void Problems(UiState& s, const std::vector<Diagnostic>& problems, const Bundle* names) {
    // Each problem: where it is in words ("4번째 가게 · 영업시간"), the JSON path and line:column
    // to find it in an editor, then what is wrong and how to fix it, in the visitor's language.
    for (const Diagnostic& d : problems) {
        const ImU32 color = d.warning ? theme::Colors().text : theme::Colors().error;
        const std::string place = DiagnosticPlace(d.pointer, s.lang, names);
        std::string where = d.pointer.empty() ? "/" : d.pointer;
        if (d.line > 0) where += "  (" + std::to_string(d.line) + ":" + std::to_string(d.column) + ")";
        if (!place.empty()) widgets::Paragraph(place, color);
        widgets::Paragraph(where, place.empty() ? color : theme::Colors().muted);
        widgets::Paragraph(DiagnosticText(d, s.lang), theme::Colors().muted);
        ImGui::Dummy(ImVec2(0, Px(s, 6)));
    }
}

void PreviewPanel(UiState& s, const Bundle* shown) {
    const widgets::Card card = widgets::BeginCard(s);
    widgets::Badge(s, Tr(Msg::kPreview, s.lang), theme::Colors().onAccent, theme::Colors().accent);
    if (s.preview.source.empty()) {
        widgets::Paragraph(Tr(Msg::kPreviewIntro, s.lang), theme::Colors().text);
    } else {
        char line[512];
        std::snprintf(line, sizeof line, Tr(Msg::kPreviewFile, s.lang), s.preview.source.c_str());
        widgets::Paragraph(line, theme::Colors().text);
        if (s.preview.problems.empty()) {
            widgets::Paragraph(Tr(Msg::kPreviewNoProblems, s.lang), theme::Colors().open);
        } else {
            std::snprintf(line, sizeof line, Tr(Msg::kPreviewProblems, s.lang),
                          static_cast<int>(s.preview.problems.size()));
            widgets::Paragraph(line, s.preview.usable ? theme::Colors().text : theme::Colors().error);
        }
        if (!s.preview.usable)
            widgets::Paragraph(Tr(Msg::kPreviewKeptLastGood, s.lang), theme::Colors().text);
    }
    widgets::ChipFlow flow;
    if (widgets::Chip(s, flow, "open-file", Tr(Msg::kOpenFile, s.lang), false)) {
        s.frame.intents.push_back(intent::OpenFile{});
    }
    if (!s.preview.problems.empty() &&
        widgets::Chip(s, flow, "problems",
                      Tr(s.preview.problemsOpen ? Msg::kHideProblems : Msg::kShowProblems, s.lang),
                      s.preview.problemsOpen)) {
        s.frame.intents.push_back(intent::TogglePreviewProblems{});
    }
    if (s.preview.problemsOpen) {
        ImGui::Dummy(ImVec2(0, Px(s, 6)));
        Problems(s, s.preview.problems, s.preview.usable ? shown : nullptr);
    }
    widgets::EndCard(s, card, theme::Colors().card, theme::Colors().accent);
}

void Error(UiState& s) {
    if (s.layout.titleFont) ImGui::PushFont(s.layout.titleFont);
    widgets::Paragraph(Tr(Msg::kLoadFailed, s.lang), theme::Colors().error);
    if (s.layout.titleFont) ImGui::PopFont();
    char heading[512];
    std::snprintf(heading, sizeof heading, Tr(Msg::kProblemsIn, s.lang), s.error.source.c_str());
    ImGui::Dummy(ImVec2(0, Px(s, 6)));
    widgets::Paragraph(heading, theme::Colors().muted);
    ImGui::Dummy(ImVec2(0, Px(s, 6)));
    Problems(s, s.error.problems);
    if (widgets::Button(s, "retry", "", Tr(Msg::kTryAgain, s.lang), 120)) {
        s.frame.intents.push_back(intent::Retry{});
    }
}

void Loading(UiState& s) {
    ImGui::Dummy(ImVec2(0, Px(s, 40)));
    widgets::Paragraph(Tr(Msg::kLoading, s.lang), theme::Colors().muted);
}

}  // namespace golmok::views
