// The screens shown instead of the district: while files load, and when they fail.

#include "core/ui_text.h"
#include "ui/theme.h"
#include "ui/views.h"
#include "ui/widgets.h"

namespace golmok::views {

using widgets::Px;

void Error(UiState& s) {
    if (s.titleFont) ImGui::PushFont(s.titleFont);
    widgets::Paragraph(Tr(Msg::kLoadFailed, s.lang), theme::Colors().error);
    if (s.titleFont) ImGui::PopFont();
    char heading[512];
    std::snprintf(heading, sizeof heading, Tr(Msg::kProblemsIn, s.lang), s.errorSource.c_str());
    ImGui::Dummy(ImVec2(0, Px(s, 6)));
    widgets::Paragraph(heading, theme::Colors().muted);
    ImGui::Dummy(ImVec2(0, Px(s, 6)));
    for (const Diagnostic& d : s.errors) {
        std::string where = d.pointer.empty() ? "/" : d.pointer;
        if (d.line > 0) where += "  (" + std::to_string(d.line) + ":" + std::to_string(d.column) + ")";
        widgets::Paragraph(where, theme::Colors().text);
        widgets::Paragraph(d.message, theme::Colors().muted);
        ImGui::Dummy(ImVec2(0, Px(s, 6)));
    }
    if (widgets::Button(s, "retry", "", Tr(Msg::kTryAgain, s.lang), 120)) {
        s.intents.push_back({Intent::Kind::kRetry, ""});
    }
}

void Loading(UiState& s) {
    ImGui::Dummy(ImVec2(0, Px(s, 40)));
    widgets::Paragraph(Tr(Msg::kLoading, s.lang), theme::Colors().muted);
}

}  // namespace golmok::views
