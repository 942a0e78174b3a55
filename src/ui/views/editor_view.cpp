// The editor: a list of what can be changed (the district, every shop, deal and event), and one
// form for each. Text is typed into real inputs the page lays over the boxes drawn here (see
// FormField); choices are chips; a shop's position is set by tapping the map. Every change goes
// through the edit session, so the page behind shows it at once and the draft keeps it.
//
// [SECTION] index
//  - Labels and values
//  - Pieces: the toolbar, a field box, chips of codes
//  - Forms: district, shop, promotion, event
//  - The screen: Editor

#include <algorithm>
#include <cstdio>
#include <utility>
#include <vector>

#include "core/domain/korean_hours.h"
#include "core/domain/opening_hours.h"
#include "core/domain/week_hours.h"
#include "core/i18n/ui_text.h"
#include "ui/kit/theme.h"
#include "ui/kit/widgets.h"
#include "ui/views/views.h"

namespace golmok::views {
namespace {

using widgets::Px;

// [SECTION] Labels and values

// The label of a field, by its name without the language ("name" of "name.en").
Msg LabelOf(const std::string& base) {
    static const struct {
        const char* field;
        Msg msg;
    } kLabels[] = {
        {"name", Msg::kFieldName},
        {"category", Msg::kFieldCategory},
        {"hours", Msg::kHours},
        {"phone", Msg::kPhone},
        {"position", Msg::kFieldPosition},
        {"address", Msg::kAddress},
        {"description", Msg::kFieldDescription},
        {"menu", Msg::kMenu},
        {"payment", Msg::kPayment},
        {"languages", Msg::kLanguagesSpoken},
        {"menuLanguages", Msg::kMenuLanguages},
        {"links", Msg::kLinks},
        {"tags", Msg::kFieldTags},
        {"confirmed", Msg::kLastConfirmed},
        {"sample", Msg::kSample},
        {"shop", Msg::kShops},
        {"title", Msg::kFieldTitle},
        {"terms", Msg::kFieldTerms},
        {"start", Msg::kFieldStart},
        {"end", Msg::kFieldEnd},
        {"coupon", Msg::kCoupon},
        {"place", Msg::kFieldPlace},
        {"association.name", Msg::kFieldAssociationName},
        {"association.phone", Msg::kPhone},
        {"association.links", Msg::kLinks},
    };
    for (const auto& l : kLabels) {
        if (base == l.field) return l.msg;
    }
    return Msg::kFieldName;
}

std::string Get(const EditSession& session, const EntityRef& ref, const std::string& field) {
    std::string value;
    GetField(session.Data(), ref, field, &value);
    return value;
}

// What a field's error says, in the visitor's language.
std::string ErrorText(const FieldResult& r, Lang lang) {
    char text[256];
    switch (r.error) {
        case FieldError::kBadDate:
            return Tr(Msg::kBadDate, lang);
        case FieldError::kBadPosition:
            return Tr(Msg::kBadPosition, lang);
        case FieldError::kBadPrice:
            std::snprintf(text, sizeof text, Tr(Msg::kBadPriceLine, lang), r.line);
            return text;
        default:
            std::snprintf(text, sizeof text, Tr(Msg::kBadLine, lang), std::max(1, r.line));
            return text;
    }
}

// The name a list row shows for an entity ("(새 항목)" while it has none).
std::string NameOr(const Text& text, Lang lang) {
    return text.Has(Lang::kKo) ? text.In(lang) : std::string(Tr(Msg::kNewItem, lang));
}

// [SECTION] Pieces

// Undo, redo, export and publish, then how many changes are kept and how publishing went.
void Toolbar(UiState& s) {
    const EditorState& e = s.editor;
    widgets::ChipFlow flow;
    if (widgets::Chip(s, flow, "undo", Tr(Msg::kUndo, s.lang), false, e.canUndo)) {
        s.frame.intents.push_back(intent::Undo{});
    }
    if (widgets::Chip(s, flow, "redo", Tr(Msg::kRedo, s.lang), false, e.canRedo)) {
        s.frame.intents.push_back(intent::Redo{});
    }
    if (widgets::Chip(s, flow, "export", Tr(Msg::kExport, s.lang), true)) {
        s.frame.intents.push_back(intent::Export{});
    }
    const PublishState& p = e.publish;
    if (widgets::Chip(s, flow, "publish", Tr(Msg::kPublish, s.lang), true,
                      e.problems.empty() && p.step != PublishStep::kWorking)) {
        s.frame.intents.push_back(intent::Publish{});
    }
    char line[160];
    if (e.editCount > 0) {
        std::snprintf(line, sizeof line, Tr(Msg::kEditCount, s.lang), static_cast<int>(e.editCount));
    } else {
        std::snprintf(line, sizeof line, "%s", Tr(Msg::kNoEdits, s.lang));
    }
    widgets::Paragraph(line, theme::Colors().muted);
    // The browser would not keep the draft: export is then the only way to keep the changes.
    if (e.unsaved) widgets::Paragraph(Tr(Msg::kDraftNotSaved, s.lang), theme::Colors().error);
    switch (p.step) {
        case PublishStep::kIdle:
            if (!e.problems.empty())
                widgets::Paragraph(Tr(Msg::kPublishFixFirst, s.lang), theme::Colors().muted);
            break;
        case PublishStep::kWorking:
            widgets::Paragraph(Tr(Msg::kPublishing, s.lang), theme::Colors().muted);
            break;
        case PublishStep::kReady: {
            char ready[320];
            std::snprintf(ready, sizeof ready, Tr(Msg::kPublishReady, s.lang), p.zipName.c_str(), p.files);
            widgets::Paragraph(ready, theme::Colors().accent);
            widgets::Paragraph(Tr(Msg::kPublishHow, s.lang), theme::Colors().text);
            break;
        }
        case PublishStep::kProblems:
        case PublishStep::kFailed:
            widgets::Paragraph(
                Tr(p.step == PublishStep::kProblems ? Msg::kPublishProblems : Msg::kPublishFailed, s.lang),
                theme::Colors().error);
            widgets::Paragraph(p.detail, theme::Colors().muted);
            break;
    }
}

// The label, then a box the page covers with a real input of `kind`, then `note` (a hint, what
// the value means, or why it was not taken).
void FieldBox(UiState& s, const std::string& id, const char* kind, const std::string& label, Lang typed,
              const std::string& value, const std::string& note, ImU32 noteColor,
              std::vector<std::pair<std::string, std::string>> options = {}) {
    EditorState& e = s.editor;
    ImGui::Dummy(ImVec2(0, Px(s, 6)));
    widgets::Paragraph(label, theme::Colors().muted);
    const auto pending = e.pending.find(id);
    const bool multiline = std::string(kind) == "multiline";
    FormField f;
    f.id = id;
    f.kind = kind;
    f.value = pending != e.pending.end() ? pending->second.text : value;
    f.label = label;
    f.lang = LangCode(typed);
    f.options = std::move(options);
    f.note = pending != e.pending.end()
                 ? ErrorText(pending->second.result, s.lang) + " · " + Tr(Msg::kNotSaved, s.lang)
                 : note;
    const std::string shownNote = f.note;
    InputBox(s, std::move(f), ImGui::GetContentRegionAvail().x,
             Px(s, multiline ? 120.0f : theme::kButtonHeight), pending != e.pending.end());
    if (!shownNote.empty())
        widgets::Paragraph(shownNote, pending != e.pending.end() ? theme::Colors().error : noteColor);
}

// "shop/x|name.ko" → the field's box, labelled with the language when it is not Korean.
void TextField(UiState& s, const EditSession& session, const EntityRef& ref, const FieldInfo& f,
               const std::string& note = std::string(), ImU32 noteColor = 0) {
    const std::string name = f.name;
    const std::size_t dot = name.rfind('.');
    Lang typed = Lang::kKo;
    std::string base = name;
    if (dot != std::string::npos && ParseLangCode(name.substr(dot + 1), &typed)) base = name.substr(0, dot);
    std::string label = Tr(LabelOf(base), s.lang);
    if (typed != Lang::kKo) label += std::string(" · ") + Tr(Msg::kLangName, typed);
    const char* kind =
        f.type == FieldType::kMultiline || f.type == FieldType::kMenu || f.type == FieldType::kLinks
            ? "multiline"
        : f.type == FieldType::kPhone ? "tel"
        : f.type == FieldType::kDate  ? "date"
                                      : "text";
    FieldBox(s, FormatEntity(ref) + "|" + name, kind, label, typed, Get(session, ref, name), note,
             noteColor ? noteColor : theme::Colors().muted);
}

void SetIntent(UiState& s, const EntityRef& ref, const std::string& field, const std::string& value) {
    s.frame.intents.push_back(intent::EditSet{ref, field, value});
}

// Chips for a list of codes ("card,zeropay"): each toggles its code.
void CodeChips(UiState& s, const EditSession& session, const EntityRef& ref, const std::string& field,
               const std::vector<std::pair<std::string, std::string>>& codes) {
    ImGui::Dummy(ImVec2(0, Px(s, 6)));
    widgets::Paragraph(Tr(LabelOf(field), s.lang), theme::Colors().muted);
    const std::string value = Get(session, ref, field);
    std::vector<std::string> on;
    std::size_t start = 0;
    while (start < value.size()) {
        std::size_t comma = value.find(',', start);
        if (comma == std::string::npos) comma = value.size();
        on.push_back(value.substr(start, comma - start));
        start = comma + 1;
    }
    widgets::ChipFlow flow;
    for (const auto& [code, label] : codes) {
        const bool active = std::find(on.begin(), on.end(), code) != on.end();
        if (widgets::Chip(s, flow, field + ":" + code, label, active)) {
            std::string next;
            for (const auto& [other, unused] : codes) {
                const bool keep =
                    other == code ? !active : std::find(on.begin(), on.end(), other) != on.end();
                if (keep) next += (next.empty() ? "" : ",") + other;
            }
            SetIntent(s, ref, field, next);
        }
    }
}

void SampleChip(UiState& s, const EditSession& session, const EntityRef& ref) {
    ImGui::Dummy(ImVec2(0, Px(s, 6)));
    const bool sample = Get(session, ref, "sample") == "true";
    widgets::ChipFlow flow;
    if (widgets::Chip(s, flow, "sample", Tr(Msg::kSample, s.lang), sample)) {
        SetIntent(s, ref, "sample", sample ? "false" : "true");
    }
}

// The problems the check found in this entity (or, for the list, everywhere).
void EntityProblems(UiState& s, const EditSession& session, const EntityRef& ref) {
    const std::string pointer = EntityPointer(session.Data(), ref);
    std::vector<Diagnostic> mine;
    for (const Diagnostic& d : s.editor.problems) {
        if (d.pointer == pointer || d.pointer.rfind(pointer + "/", 0) == 0) mine.push_back(d);
    }
    if (mine.empty()) return;
    const widgets::Card card = widgets::BeginCard(s);
    char line[128];
    std::snprintf(line, sizeof line, Tr(Msg::kEditProblems, s.lang), static_cast<int>(mine.size()));
    widgets::Paragraph(line, theme::Colors().error);
    Problems(s, mine, &session.Data());
    widgets::EndCard(s, card, theme::Colors().card, theme::Colors().error);
}

bool IsOtherLanguage(const FieldInfo& f) {
    const std::string name = f.name;
    const std::size_t dot = name.rfind('.');
    Lang lang;
    return dot != std::string::npos && ParseLangCode(name.substr(dot + 1), &lang) && lang != Lang::kKo;
}

// [SECTION] Forms

void FormHeader(UiState& s, const std::string& title) {
    if (s.layout.titleFont) ImGui::PushFont(s.layout.titleFont);
    widgets::Paragraph(title, theme::Colors().text);
    if (s.layout.titleFont) ImGui::PopFont();
}

void OtherLanguagesChip(UiState& s) {
    widgets::ChipFlow flow;
    if (widgets::Chip(s, flow, "other-languages", Tr(Msg::kOtherLanguages, s.lang),
                      s.editor.otherLanguages)) {
        s.frame.intents.push_back(intent::ToggleOtherLanguages{});
    }
}

// The week picker when it can show the hours exactly, else (or when asked) their text; either way
// a line under it says what they mean.
void HoursField(UiState& s, const EditSession& session, const EntityRef& ref, const FieldInfo& f) {
    const std::string hours = Get(session, ref, "hours");
    const std::optional<WeekHours> week =
        hours.empty() ? std::optional<WeekHours>(WeekHours{}) : FromOpeningHours(hours);
    // The text stays while it is typed in, even once it reads as a week.
    const bool asText = !week || s.editor.hoursAsText || s.editor.focused == FormatEntity(ref) + "|hours";
    std::string note = Tr(Msg::kHoursHint, s.lang);
    ImU32 color = theme::Colors().muted;
    // Hours written as owners write them ("월~금 9시~18시, 일 휴무"): what they were read as, in
    // words and in opening_hours, for the owner to confirm.
    std::string reading;
    bool understood = false;  // opening_hours as it stands
    if (!hours.empty()) {
        const HoursInput input = ReadHoursInput(hours);
        const std::optional<OpeningHours> parsed =
            input.ok() ? ParseOpeningHours(input.hours, nullptr) : std::nullopt;
        if (parsed && !input.converted) {
            understood = true;
            note = DescribeHours(*parsed, s.lang);
            color = theme::Colors().open;
        } else if (parsed) {
            reading = input.hours;
            note = std::string(Tr(Msg::kHoursReadAs, s.lang)) + ": " + DescribeHours(*parsed, s.lang) +
                   " · " + reading;
            color = theme::Colors().accent;
        } else {
            // Where reading stopped, counted in characters as the owner sees them.
            const std::size_t stop = input.error ? std::min(input.error->offset, hours.size()) : 0;
            int character = 1;
            for (std::size_t i = 0; i < stop; ++i) {
                character += (static_cast<unsigned char>(hours[i]) & 0xC0) != 0x80;
            }
            char text[160];
            std::snprintf(text, sizeof text, Tr(Msg::kHoursNotRead, s.lang), character);
            note = std::string(text) + " · " + Tr(Msg::kHoursHint, s.lang);
            color = theme::Colors().error;
        }
    }
    if (!asText) {
        ImGui::Dummy(ImVec2(0, Px(s, 6)));
        widgets::Paragraph(Tr(Msg::kHours, s.lang), theme::Colors().muted);
        HoursPicker(s, ref, *week);  // its first chip turns to the text
        widgets::Paragraph(hours.empty() ? Tr(Msg::kHoursUnknown, s.lang) : note, color);
        return;
    }
    TextField(s, session, ref, f, note, color);
    if (!reading.empty()) {
        if (widgets::Button(s, "hours-reading", FormatEntity(ref), Tr(Msg::kHoursUseReading, s.lang))) {
            SetIntent(s, ref, "hours", reading);
        }
    } else if (understood && !week) {
        widgets::Paragraph(Tr(Msg::kHoursTextOnly, s.lang), theme::Colors().muted);
    }
    widgets::ChipFlow flow;
    if (widgets::Chip(s, flow, "hours-text", Tr(Msg::kHoursTyped, s.lang), true, week.has_value())) {
        s.frame.intents.push_back(intent::ShowHoursAsText{false});
    }
}

void PositionField(UiState& s, const EditSession& session, const EntityRef& ref, const FieldInfo& f) {
    TextField(s, session, ref, f);
    ImGui::Dummy(ImVec2(0, Px(s, 4)));
    if (widgets::Button(s, "place", ref.id, Tr(Msg::kPlaceOnMap, s.lang))) {
        s.frame.intents.push_back(intent::PlaceOnMap{ref.id});
    }
}

void ShopForm(UiState& s, const Bundle& shown, const EditSession& session, const EntityRef& ref) {
    const Shop* shop = session.Data().FindShop(ref.id);
    if (!shop) return;
    FormHeader(s, NameOr(shop->name, s.lang));
    widgets::ChipFlow actions;
    if (widgets::Chip(s, actions, "see-shop", Tr(Msg::kSeeAsVisitor, s.lang), false)) {
        s.frame.intents.push_back(intent::OpenShop{ref.id});
    }
    if (widgets::Chip(s, actions, "delete", Tr(Msg::kDelete, s.lang), false)) {
        s.frame.intents.push_back(intent::EditRemove{ref});
    }
    OtherLanguagesChip(s);
    EntityProblems(s, session, ref);
    for (const FieldInfo& f : FieldsOf(EntityKind::kShop)) {
        if (IsOtherLanguage(f) && !s.editor.otherLanguages) continue;
        const std::string name = f.name;
        if (name == "category") {
            ImGui::Dummy(ImVec2(0, Px(s, 6)));
            widgets::Paragraph(Tr(Msg::kFieldCategory, s.lang), theme::Colors().muted);
            widgets::ChipFlow flow;
            for (const Category& c : shown.categories) {
                if (widgets::Chip(s, flow, "cat:" + c.id, c.name.In(s.lang), shop->category == c.id)) {
                    SetIntent(s, ref, "category", c.id);
                }
            }
        } else if (name == "hours") {
            HoursField(s, session, ref, f);
        } else if (name == "position") {
            PositionField(s, session, ref, f);
        } else if (name == "payment") {
            std::vector<std::pair<std::string, std::string>> codes;
            for (int i = 0; i < kPaymentCount; ++i) {
                const Payment p = static_cast<Payment>(i);
                codes.emplace_back(PaymentCode(p), PaymentName(p, s.lang));
            }
            CodeChips(s, session, ref, name, codes);
        } else if (f.type == FieldType::kFlags) {
            std::vector<std::pair<std::string, std::string>> codes;
            for (int i = 0; i < kLangCount; ++i)
                codes.emplace_back(LangCode(Lang(i)), Tr(Msg::kLangName, Lang(i)));
            CodeChips(s, session, ref, name, codes);
        } else if (name == "sample") {
            SampleChip(s, session, ref);
        } else if (name == "menu") {
            TextField(s, session, ref, f, Tr(Msg::kMenuHint, s.lang));
        } else if (name == "links") {
            TextField(s, session, ref, f, Tr(Msg::kLinksHint, s.lang));
        } else {
            TextField(s, session, ref, f);
        }
    }
    ImGui::Dummy(ImVec2(0, Px(s, 12)));
    if (widgets::Button(s, "add-promotion", ref.id, Tr(Msg::kAddPromotion, s.lang))) {
        s.frame.intents.push_back(intent::EditAdd{EntityKind::kPromotion});
    }
}

// The form of the district, a promotion or an event: text and dates, a shop to choose for a deal.
void PlainForm(UiState& s, const EditSession& session, const EntityRef& ref) {
    const Bundle& data = session.Data();
    if (ref.kind == EntityKind::kDistrict) {
        FormHeader(s, Tr(Msg::kDistrictInfo, s.lang));
    } else {
        std::string title;
        for (const Promotion& p : data.promotions) {
            if (ref.kind == EntityKind::kPromotion && p.id == ref.id) title = NameOr(p.title, s.lang);
        }
        for (const Event& e : data.events) {
            if (ref.kind == EntityKind::kEvent && e.id == ref.id) title = NameOr(e.title, s.lang);
        }
        FormHeader(s, title);
        widgets::ChipFlow actions;
        if (widgets::Chip(s, actions, "delete", Tr(Msg::kDelete, s.lang), false)) {
            s.frame.intents.push_back(intent::EditRemove{ref});
        }
    }
    OtherLanguagesChip(s);
    EntityProblems(s, session, ref);
    for (const FieldInfo& f : FieldsOf(ref.kind)) {
        if (IsOtherLanguage(f) && !s.editor.otherLanguages) continue;
        const std::string name = f.name;
        if (name == "sample") {
            SampleChip(s, session, ref);
        } else if (f.type == FieldType::kShopRef) {
            std::vector<std::pair<std::string, std::string>> options{{"", Tr(Msg::kDistrictWide, s.lang)}};
            for (const Shop& shop : data.shops) options.emplace_back(shop.id, NameOr(shop.name, s.lang));
            FieldBox(s, FormatEntity(ref) + "|shop", "select", Tr(Msg::kShops, s.lang), s.lang,
                     Get(session, ref, "shop"), "", 0, std::move(options));
        } else if (name == "association.links") {
            TextField(s, session, ref, f, Tr(Msg::kLinksHint, s.lang));
        } else {
            TextField(s, session, ref, f);
        }
    }
}

// [SECTION] The list

void Row(UiState& s, const EntityRef& ref, const std::string& name, const std::string& second, ImU32 mark) {
    ImVec2 p;
    float w = 0;
    bool pressed = false;
    const std::string id = FormatEntity(ref);
    if (widgets::BeginRow(s, "edit", id, name, theme::kRowHeight, &p, &w, &pressed)) {
        s.frame.intents.push_back(intent::OpenEditor{ref});
    }
    const float h = Px(s, theme::kRowHeight), r = Px(s, theme::kRadius);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(p, ImVec2(p.x + w, p.y + h),
                      pressed ? theme::Colors().cardPressed : theme::Colors().card, r);
    dl->AddRectFilled(p, ImVec2(p.x + Px(s, 6), p.y + h), mark, r, ImDrawFlags_RoundCornersLeft);
    dl->PushClipRect(p, ImVec2(p.x + w - Px(s, 8), p.y + h), true);
    const float x = p.x + Px(s, 18);
    dl->AddText(ImVec2(x, p.y + Px(s, 10)), theme::Colors().text, name.c_str());
    dl->AddText(ImVec2(x, p.y + Px(s, 14) + ImGui::GetTextLineHeight()), theme::Colors().muted,
                second.c_str());
    dl->PopClipRect();
    ImGui::Dummy(ImVec2(0, Px(s, 2)));
}

// Rows of a long list, drawn only where they are on screen: a district of 10,000 shops would
// otherwise put every row's rectangles and text into the draw list each frame, tens of MB of
// vertices that the page's memory keeps as its high-water mark. The clipper measures the first
// row and stands in for the others with their space; rows not drawn stay listed as targets, off
// screen, where drawing them would have put them. `row(i)` draws row i; `target(i)` gives its
// entity and name.
template <typename DrawRow, typename RowTarget>
void ClippedRows(UiState& s, std::size_t count, DrawRow row, RowTarget target) {
    const float left = ImGui::GetCursorScreenPos().x;
    const float width = ImGui::GetContentRegionAvail().x;
    std::vector<char> drawn(count, 0);
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(count));
    while (clipper.Step()) {
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
            row(static_cast<std::size_t>(i));
            drawn[static_cast<std::size_t>(i)] = 1;
        }
    }
    const float top = clipper.StartPosY;
    const float rowH = clipper.ItemsHeight;
    clipper.End();
    for (std::size_t i = 0; i < count; ++i) {
        if (drawn[i]) continue;
        const std::pair<EntityRef, std::string> t = target(i);
        widgets::AddTarget(s, "edit", FormatEntity(t.first), t.second, left, top + rowH * static_cast<float>(i),
                           width, Px(s, theme::kRowHeight), false);
    }
}

void List(UiState& s, const EditSession& session) {
    const Bundle& data = session.Data();
    EditorState& e = s.editor;
    FormHeader(s, Tr(Msg::kEditTitle, s.lang));
    widgets::Paragraph(data.district.name.In(s.lang), theme::Colors().muted);
    widgets::Paragraph(Tr(Msg::kEditIntro, s.lang), theme::Colors().text);
    if (!e.notice.empty()) widgets::Paragraph(e.notice, theme::Colors().accent);
    if (!e.problems.empty()) {
        const widgets::Card card = widgets::BeginCard(s);
        char line[128];
        std::snprintf(line, sizeof line, Tr(Msg::kPreviewProblems, s.lang),
                      static_cast<int>(e.problems.size()));
        widgets::Paragraph(line, theme::Colors().error);
        Problems(s, e.problems, &data);
        widgets::EndCard(s, card, theme::Colors().card, theme::Colors().error);
    }

    widgets::SectionTitle(s, Tr(Msg::kDistrictInfo, s.lang));
    Row(s, EntityRef{}, data.district.name.In(s.lang), data.district.address.In(s.lang),
        theme::Colors().accent);

    widgets::SectionTitle(s, Tr(Msg::kShops, s.lang));
    ClippedRows(
        s, data.shops.size(),
        [&](std::size_t i) {
            const Shop& shop = data.shops[i];
            const Category* c = data.FindCategory(shop.category);
            Row(s, {EntityKind::kShop, shop.id}, NameOr(shop.name, s.lang), c ? c->name.In(s.lang) : std::string(),
                c ? theme::FromRgb(c->color) : theme::Colors().divider);
        },
        [&](std::size_t i) {
            const Shop& shop = data.shops[i];
            return std::make_pair(EntityRef{EntityKind::kShop, shop.id}, NameOr(shop.name, s.lang));
        });
    if (widgets::Button(s, "add", "shop", Tr(Msg::kAddShop, s.lang)))
        s.frame.intents.push_back(intent::EditAdd{EntityKind::kShop});

    widgets::SectionTitle(s, Tr(Msg::kDeals, s.lang));
    ClippedRows(
        s, data.promotions.size(),
        [&](std::size_t i) {
            const Promotion& p = data.promotions[i];
            const Shop* shop = p.shop.empty() ? nullptr : data.FindShop(p.shop);
            const std::string who = shop ? NameOr(shop->name, s.lang) : std::string(Tr(Msg::kDistrictWide, s.lang));
            Row(s, {EntityKind::kPromotion, p.id}, NameOr(p.title, s.lang),
                p.start.ToString() + " – " + p.end.ToString() + " · " + who, theme::Colors().accent);
        },
        [&](std::size_t i) {
            const Promotion& p = data.promotions[i];
            return std::make_pair(EntityRef{EntityKind::kPromotion, p.id}, NameOr(p.title, s.lang));
        });
    if (widgets::Button(s, "add", "promotion", Tr(Msg::kAddPromotion, s.lang))) {
        s.frame.intents.push_back(intent::EditAdd{EntityKind::kPromotion});
    }

    widgets::SectionTitle(s, Tr(Msg::kEvents, s.lang));
    ClippedRows(
        s, data.events.size(),
        [&](std::size_t i) {
            const Event& ev = data.events[i];
            Row(s, {EntityKind::kEvent, ev.id}, NameOr(ev.title, s.lang), ev.start.ToString() + " – " + ev.end.ToString(),
                theme::Colors().open);
        },
        [&](std::size_t i) {
            const Event& ev = data.events[i];
            return std::make_pair(EntityRef{EntityKind::kEvent, ev.id}, NameOr(ev.title, s.lang));
        });
    if (widgets::Button(s, "add", "event", Tr(Msg::kAddEvent, s.lang)))
        s.frame.intents.push_back(intent::EditAdd{EntityKind::kEvent});

    // Starting over: asked twice, since nothing brings the changes back.
    ImGui::Dummy(ImVec2(0, Px(s, 24)));
    if (!e.confirmDiscard) {
        if (e.editCount > 0 && widgets::Button(s, "discard", "ask", Tr(Msg::kDiscardEdits, s.lang))) {
            s.frame.intents.push_back(intent::DiscardEdits{intent::DiscardEdits::Step::kAsk});
        }
    } else {
        char line[256];
        std::snprintf(line, sizeof line, Tr(Msg::kDiscardConfirm, s.lang), static_cast<int>(e.editCount));
        widgets::Paragraph(line, theme::Colors().error);
        widgets::ChipFlow flow;
        if (widgets::Chip(s, flow, "discard:yes", Tr(Msg::kDiscardEdits, s.lang), true)) {
            s.frame.intents.push_back(intent::DiscardEdits{intent::DiscardEdits::Step::kConfirm});
        }
        if (widgets::Chip(s, flow, "discard:no", Tr(Msg::kCancel, s.lang), false)) {
            s.frame.intents.push_back(intent::DiscardEdits{intent::DiscardEdits::Step::kCancel});
        }
    }
}

}  // namespace

// [SECTION] The screen

void InputBox(UiState& s, FormField f, float w, float h, bool error) {
    EditorState& e = s.editor;
    const ImVec2 p = ImGui::GetCursorScreenPos();
    ImGui::Dummy(ImVec2(w, h));
    // Drawn under the input, so that the box is there even in the frame before the input moves.
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const bool focused = e.focused == f.id;
    const ImU32 border = error     ? theme::Colors().error
                         : focused ? theme::Colors().accent
                                   : theme::Colors().divider;
    dl->AddRectFilled(p, ImVec2(p.x + w, p.y + h), theme::Colors().card, Px(s, 10));
    dl->AddRect(p, ImVec2(p.x + w, p.y + h), border, Px(s, 10), 0, Px(s, focused ? 2 : 1));
    if (focused && e.scrollToFocused) {
        // The keyboard is opening: the field goes to the upper part of the screen.
        ImGui::SetScrollHereY(0.2f);
        e.scrollToFocused = false;
    }
    f.x = p.x, f.y = p.y, f.w = w, f.h = h;
    s.frame.targets.push_back({"field", f.id, f.label, p.x, p.y, w, h, ImGui::IsItemVisible()});
    e.fields.push_back(std::move(f));
}

void EditorBanner(UiState& s) {
    const EditorState& e = s.editor;
    const widgets::Card card = widgets::BeginCard(s);
    widgets::Badge(s, Tr(Msg::kEdit, s.lang), theme::Colors().onAccent, theme::Colors().accent);
    if (!e.notice.empty()) widgets::Paragraph(e.notice, theme::Colors().text);
    char line[160];
    std::snprintf(line, sizeof line, Tr(Msg::kEditCount, s.lang), static_cast<int>(e.editCount));
    widgets::Paragraph(line, theme::Colors().muted);
    widgets::ChipFlow flow;
    if (widgets::Chip(s, flow, "editor", Tr(Msg::kEditTitle, s.lang), true)) {
        s.frame.intents.push_back(intent::OpenEditor{});
    }
    widgets::EndCard(s, card, theme::Colors().card, theme::Colors().accent);
}

void Editor(UiState& s, const Bundle& shown, const EditSession& session) {
    EditorState& e = s.editor;
    // A new form starts at its top.
    if (e.entity != e.drawnEntity) {
        ImGui::SetScrollY(0);
        e.drawnEntity = e.entity;
    }
    const ImVec2 winPos = ImGui::GetWindowPos(), winSize = ImGui::GetWindowSize();
    e.clipTop = winPos.y;
    e.clipBottom = winPos.y + winSize.y;
    if (widgets::Button(s, "back", "", (std::string("‹ ") + Tr(Msg::kBack, s.lang)).c_str(), 88)) {
        s.frame.intents.push_back(intent::Back{});
    }
    ImGui::Dummy(ImVec2(0, Px(s, 4)));
    Toolbar(s);
    const std::optional<EntityRef> ref = ParseEntity(e.entity);
    if (!ref) {
        List(s, session);
    } else if (ref->kind == EntityKind::kShop) {
        ShopForm(s, shown, session, *ref);
    } else {
        PlainForm(s, session, *ref);
    }
    // Room to scroll the last field above the keyboard.
    ImGui::Dummy(ImVec2(0, Px(s, ref ? 320 : 24) + Px(s, s.layout.safeBottom)));
}

}  // namespace golmok::views
