// The screens. Each draws into the full-screen window App opens, reads the bundle and UiState,
// and pushes intents; none changes state directly.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/bundle/bundle_edit.h"
#include "core/domain/opening_hours.h"
#include "core/domain/week_hours.h"
#include "core/model/bundle.h"
#include "ui/ui_state.h"

namespace golmok::views {

// `statuses[i]` is shop i's opening status line ("영업 중 · 21:00에 마감"), or empty.
void Home(UiState& s, const Bundle& bundle, const std::vector<std::string>& statuses);
void SearchBar(UiState& s);
void FilterPanel(UiState& s, const Bundle& bundle);
void Results(UiState& s, const Bundle& bundle, const std::vector<std::string>& statuses);
// `hours`: the shop's parsed opening hours, or null when missing or not understood.
void ShopCard(UiState& s, const Bundle& bundle, const Shop& shop, const OpeningHours* hours);
void PromoCard(UiState& s, const Bundle& bundle, const Promotion& promotion);
// The district map: streets, landmarks, the result pins (clustered), the visitor's position.
void Map(UiState& s, const Bundle& bundle);
// A message for the visitor with a close button (location refused, far away), when there is one.
void Notice(UiState& s);
// Back on the left, share on the right: the top of every detail screen.
void TopBar(UiState& s);
void Error(UiState& s);
// Problems found in a file, each with where it is and what is wrong. `names` is the bundle they were
// found in when it loaded (warnings only): each place then names its item ("맛나분식").
void Problems(UiState& s, const std::vector<Diagnostic>& problems, const Bundle* names = nullptr);
// Preview mode's panel: the file shown, its problems, and a button to open another.
// `shown` is the bundle on screen, which is the previewed file's when that one loaded.
void PreviewPanel(UiState& s, const Bundle* shown = nullptr);
void Loading(UiState& s);
// The editor: the list of what can be changed, or the form of s.editor.entity. `shown` is the
// session's data as visitors see it (sample dates moved to today).
void Editor(UiState& s, const Bundle& shown, const EditSession& session);
// On the visitors' screens while edited data is shown: how many changes, and the editor.
void EditorBanner(UiState& s);

// [SECTION] Pieces of the editor's forms

// A box at the cursor, w × h device px, that the page covers with a real input (see FormField);
// its border shows focus, or an error. Records the field and its HitTarget.
void InputBox(UiState& s, FormField field, float w, float h, bool error = false);
// The week picker of a shop's hours: a row per weekday, the weeks of the month, public
// holidays. Every change is an EditSet of the shop's "hours" with the week's canonical text.
void HoursPicker(UiState& s, const EntityRef& ref, const WeekHours& week);
// A time set in one of the picker's inputs: `part` names it ("Mo.0.start", "PH.1.end"), `value`
// is the input's "HH:MM". The hours with that time, or nullopt when nothing changes.
std::optional<std::string> HoursPickerTime(const std::string& hours, const std::string& part,
                                           const std::string& value);

}  // namespace golmok::views
