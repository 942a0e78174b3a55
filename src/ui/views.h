// The screens. Each draws into the full-screen window App opens, reads the bundle and UiState,
// and pushes intents; none changes state directly.
#pragma once

#include "core/bundle.h"
#include "ui/ui_state.h"

namespace golmok::views {

void Home(UiState& s, const Bundle& bundle);
void ShopCard(UiState& s, const Bundle& bundle, const Shop& shop);
void Error(UiState& s);
void Loading(UiState& s);

}  // namespace golmok::views
