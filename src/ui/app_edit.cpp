// App's editing half: the edit session behind the editor's forms, the page showing its data as
// visitors will see it, the draft kept in the browser on every change, and export.
//
// [SECTION] index
//  - The session, the page following it, drafts
//  - The editor's intents
#include <algorithm>
#include <cstdio>

#include "core/bundle/bundle_loader.h"
#include "core/bundle/bundle_writer.h"
#include "core/domain/schedule.h"
#include "core/json/json_text.h"
#include "core/i18n/glyphs.h"
#include "core/i18n/ui_text.h"
#include "core/text/utf8.h"
#include "ui/app.h"
#include "ui/views/views.h"

namespace golmok {

namespace {

// "shop/manna-bunsik|name.ko" → the entity and the field.
bool SplitFieldId(const std::string& fieldId, EntityRef* ref, std::string* field) {
    const std::size_t bar = fieldId.find('|');
    if (bar == std::string::npos) return false;
    const std::optional<EntityRef> parsed = ParseEntity(std::string_view(fieldId).substr(0, bar));
    if (!parsed) return false;
    *ref = *parsed;
    *field = fieldId.substr(bar + 1);
    return true;
}

std::string DraftKey(const Bundle& bundle) {
    return "golmok.draft." + bundle.district.id;
}

}  // namespace

// [SECTION] The session, the page following it, drafts

void App::StartEditing() {
    if (m_session || !m_bundle) return;
    // The session holds the data as the file has it: sample dates back where the file put them.
    Bundle source = *m_bundle;
    RestoreSampleDates(&source, m_fileAnchor);
    m_session.emplace(std::move(source), m_baseHash);
    m_state.editor.active = true;
    ++m_contentGeneration;  // the editor's own words join the atlas
}

void App::RestoreDraft() {
    if (!m_host.files.loadDraft || !m_bundle) return;
    const std::string text = m_host.files.loadDraft(DraftKey(*m_bundle));
    if (text.empty()) return;
    StartEditing();
    const DraftReplay replay = m_session->LoadDraft(text);
    if (!replay.ok || (m_session->EditCount() == 0 && !m_session->CanRedo())) {
        // Nothing to bring back: the page stays as published. A draft that cannot be read is
        // said so when the editor opens; the next change replaces it.
        m_session.reset();
        m_state.editor = EditorState{};
        if (!replay.ok) m_state.editor.notice = Tr(Msg::kDraftUnreadable, m_state.lang);
        return;
    }
    char notice[512];
    if (replay.baseChanged) {
        std::snprintf(notice, sizeof notice, Tr(Msg::kDraftOnNewData, m_state.lang), replay.applied,
                      replay.skipped);
    } else {
        std::snprintf(notice, sizeof notice, Tr(Msg::kDraftShown, m_state.lang), replay.applied);
    }
    m_state.editor.notice = notice;
    EditChanged(true);
}

void App::EditChanged(bool valuesChangedElsewhere, const EntityRef* typed, const std::string& field) {
    EditorState& e = m_state.editor;
    if (valuesChangedElsewhere) {
        ++e.generation;  // the page puts the new values into its inputs
        e.pending.clear();
    }
    e.editCount = m_session->EditCount();
    if (e.publish.step != PublishStep::kWorking) e.publish = PublishState{};  // it no longer matches
    e.canUndo = m_session->CanUndo();
    e.canRedo = m_session->CanRedo();
    if (!typed || !ShowFieldEdit(*typed, field)) ShowEdited();
    // The whole file is checked when a field is left or changed at once (a chip, undo, the map);
    // while a field is typed in, the line under it answers for that field alone.
    if (valuesChangedElsewhere) Validate();
    SaveDraft();
}

void App::ShowEdited() {
    ++m_shownVersion;
    Bundle shown = m_session->Data();
    MoveSampleDates(&shown, m_state.today);
    m_bundle = std::move(shown);
    IndexBundle();
    // The screen stays, unless what it shows is gone.
    if (m_state.screen == Screen::kShop && !m_bundle->FindShop(m_state.shopId))
        m_state.screen = Screen::kHome;
    if (m_state.screen == Screen::kPromo &&
        std::none_of(m_bundle->promotions.begin(), m_bundle->promotions.end(),
                     [&](const Promotion& p) { return p.id == m_state.promoId; })) {
        m_state.screen = Screen::kHome;
    }
    if (!m_bundle->FindShop(m_state.map.focusShop)) m_state.map.focusShop.clear();
    if (!m_state.editor.entity.empty()) {
        const std::optional<EntityRef> ref = ParseEntity(m_state.editor.entity);
        if (!ref || EntityPointer(*m_bundle, *ref).empty()) m_state.editor.entity.clear();
    }
    // Characters the atlas does not hold yet (a name typed anew) need a new atlas.
    std::set<std::uint32_t> needed;
    AddShownCodepoints(*m_bundle, m_state.lang, &needed);
    if (!std::includes(m_atlasCodepoints.begin(), m_atlasCodepoints.end(), needed.begin(), needed.end())) {
        ++m_contentGeneration;
    }
}

bool App::ShowFieldEdit(const EntityRef& ref, const std::string& field) {
    // Dates and the sample flag: sample dates are shown moved, so those take the whole way.
    if (field == "start" || field == "end" || field == "sample" || !m_bundle) return false;
    std::string value;
    if (!GetField(m_session->Data(), ref, field, &value) || !SetField(&*m_bundle, ref, field, value).ok()) {
        return false;
    }
    if (ref.kind == EntityKind::kShop) {
        const std::string pointer = EntityPointer(*m_bundle, ref);
        const std::size_t i = static_cast<std::size_t>(std::stoul(pointer.substr(pointer.rfind('/') + 1)));
        const Shop& shop = m_bundle->shops[i];
        if (field == "hours") {
            m_hours[i] = ParseHours(shop.hours);
            m_factsMinute = -1;  // its status line
        } else if (field == "position") {
            m_state.map.shops[i] = Project(shop.position);
        } else if (field == "category") {
            GroupByCategory();
        }
    } else if (ref.kind == EntityKind::kPromotion) {
        m_factsMinute = -1;  // which shops have a deal today
    }
    m_searchStale = true;
    m_dirty = true;
    ++m_shownVersion;
    std::set<std::uint32_t> typed;
    AddCodepoints(value, &typed);
    if (!std::includes(m_atlasCodepoints.begin(), m_atlasCodepoints.end(), typed.begin(), typed.end())) {
        ++m_contentGeneration;
    }
    return true;
}

void App::Validate() {
    // The file as export would write it, read back as the loader reads any file: a check of
    // everything, not only of the fields the editor knows. Written compactly, in room sized from
    // the last check, and let go once parsed: at 10,000 shops the text, its document and a second
    // bundle would otherwise all be in the page's memory at once, which keeps their sum for good.
    JsonSize size;
    std::string text = WriteBundleCompact(m_session->Data(), m_checkedSize + m_checkedSize / 16, &size);
    m_checkedSize = text.size();
    BundleLoadResult r = CheckBundleText(std::move(text), size);
    std::vector<Diagnostic>& problems = m_state.editor.problems;
    problems = std::move(r.errors);
    for (Diagnostic& w : r.warnings) problems.push_back(std::move(w));
    // Positions in the file as export writes it, for an owner who opens that file elsewhere
    // (only when there is a problem to place).
    if (!problems.empty()) AttachPositions(WriteBundle(m_session->Data()), &problems);
}

void App::SaveDraft() {
    if (!m_host.files.saveDraft || !m_session) return;
    const bool empty = m_session->EditCount() == 0 && !m_session->CanRedo();
    m_state.editor.unsaved =
        !m_host.files.saveDraft(DraftKey(m_session->Data()),
                                empty ? std::string() : m_session->SaveDraft(m_session->Data().district.id));
}

void App::SetEditField(const EntityRef& ref, const std::string& field, const std::string& value, bool typing) {
    if (!m_session) return;
    const FieldResult r = m_session->Set(ref, field, value);
    if (!typing) m_session->EndTyping();
    const std::string fieldId = FormatEntity(ref) + "|" + field;
    if (!r.ok()) {
        m_state.editor.pending[fieldId] = PendingText{value, r};
        return;
    }
    m_state.editor.pending.erase(fieldId);
    EditChanged(!typing, typing ? &ref : nullptr, field);
}

void App::OnFieldInput(const std::string& fieldId, const std::string& value) {
    EntityRef ref;
    std::string field;
    if (!SplitFieldId(fieldId, &ref, &field)) return;
    if (field.rfind("hours@", 0) == 0) {
        // A time of the week picker: the shop's hours with it.
        std::string hours;
        if (!m_session || !GetField(m_session->Data(), ref, "hours", &hours)) return;
        const std::optional<std::string> next = views::HoursPickerTime(hours, field.substr(6), value);
        if (next) SetEditField(ref, "hours", *next, true);
        return;
    }
    SetEditField(ref, field, value, true);
}

void App::OnFieldFocus(const std::string& fieldId, bool focused) {
    EditorState& e = m_state.editor;
    if (focused) {
        e.focused = fieldId;
        e.scrollToFocused = true;
        return;
    }
    if (e.focused == fieldId) e.focused.clear();
    if (m_session) {
        m_session->EndTyping();
        Validate();
    }
}

// [SECTION] The editor's intents

void App::On(const intent::OpenEditor& i) {
    StartEditing();
    if (!m_session) return;
    EditorState& e = m_state.editor;
    m_state.screen = Screen::kEditor;
    const bool exists = i.entity && !EntityPointer(m_session->Data(), *i.entity).empty();
    const std::string entity = exists ? FormatEntity(*i.entity) : std::string();
    if (entity != e.entity) {
        e.hoursAsText = false;
        e.hoursWeekday = -1;
    }
    e.entity = entity;
    e.confirmDiscard = false;
    e.placing.clear();
}

void App::On(const intent::EditSet& i) {
    SetEditField(i.entity, i.field, i.value, false);
}

void App::On(const intent::Undo&) {
    if (m_session && m_session->Undo()) EditChanged(true);
}

void App::On(const intent::Redo&) {
    if (m_session && m_session->Redo()) EditChanged(true);
}

void App::On(const intent::Export&) {
    if (m_session && m_host.files.download) {
        m_host.files.download(m_session->Data().district.id + ".json", WriteBundle(m_session->Data()));
    }
}

void App::On(const intent::Publish&) {
    PublishState& p = m_state.editor.publish;
    if (!m_session || !m_host.files.publish || p.step == PublishStep::kWorking) return;
    const std::string id = m_session->Data().district.id;
    p = PublishState{};
    p.step = PublishStep::kWorking;
    m_host.files.publish(id + ".json", "golmok-update-" + id + "-" + m_state.today.ToString() + ".zip",
                         WriteBundle(m_session->Data()));
}

void App::OnPublished(PublishStep step, const std::string& zipName, int files, const std::string& detail) {
    PublishState& p = m_state.editor.publish;
    p.step = step;
    p.zipName = zipName;
    p.files = files;
    p.detail = detail;
}

void App::On(const intent::EditAdd& i) {
    if (!m_session) return;
    const Bundle& data = m_session->Data();
    EditorState& e = m_state.editor;
    EntityRef added;
    if (i.kind == EntityKind::kShop && !data.categories.empty()) {
        added = m_session->AddShop(data.categories.front().id, data.district.center);
    } else if (i.kind == EntityKind::kPromotion) {
        // From a shop's form, a deal of that shop; from the list, one for the whole district.
        const std::optional<EntityRef> from = ParseEntity(e.entity);
        added = m_session->AddPromotion(from && from->kind == EntityKind::kShop ? from->id : "", m_state.today);
    } else if (i.kind == EntityKind::kEvent) {
        added = m_session->AddEvent(m_state.today);
    } else {
        return;
    }
    EditChanged(true);
    e.entity = FormatEntity(added);
}

void App::On(const intent::EditRemove& i) {
    if (m_session && m_session->Remove(i.entity)) {
        EditChanged(true);
        m_state.editor.entity.clear();
    }
}

void App::On(const intent::PlaceOnMap& i) {
    if (!m_session) return;
    m_state.editor.placing = i.shop;
    OpenMap(i.shop);
}

void App::On(const intent::EndPlacing&) {
    if (!m_session) return;
    m_state.editor.placing.clear();
    if (m_host.links.back) {
        m_host.links.back();  // to the form the map was opened from
    } else {
        m_state.screen = Screen::kEditor;
    }
}

void App::On(const intent::ToggleOtherLanguages&) {
    if (m_session) m_state.editor.otherLanguages = !m_state.editor.otherLanguages;
}

void App::On(const intent::ShowHoursAsText& i) {
    m_state.editor.hoursAsText = i.on;
}

void App::On(const intent::PickHoursWeekday& i) {
    m_state.editor.hoursWeekday = i.day;
}

void App::On(const intent::DiscardEdits& i) {
    if (!m_session) return;
    EditorState& e = m_state.editor;
    e.confirmDiscard = i.step == intent::DiscardEdits::Step::kAsk;
    if (i.step != intent::DiscardEdits::Step::kConfirm) return;
    while (m_session->Undo()) {
    }
    ShowEdited();
    if (m_host.files.saveDraft) m_host.files.saveDraft(DraftKey(m_session->Data()), "");
    m_session.reset();
    const int generation = e.generation;
    e = EditorState{};
    e.generation = generation + 1;
    m_state.screen = Screen::kHome;
}

}  // namespace golmok
