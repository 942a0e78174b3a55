// The text view as the app builds it: what the page's HTML directory says, made from the data the
// app shows. The page puts it in place of the directory when that data is not the data the HTML
// was written from (a data file replaced after the pages, a page kept from an older release, a
// preview, the editor's changes), so that the text view and screen readers never read stale
// shops. Takes values, returns JSON for the page's script (shell/screen.js draws it as HTML).
#pragma once

#include <cstddef>
#include <functional>
#include <string>

#include "core/model/bundle.h"
#include "core/model/date.h"
#include "core/text/text.h"

namespace golmok {

// {"lang":"en","title":T,"intro":[T…],"sections":[{"id":"shops","title":"Shops",
//   "groups":[{"title":T,"items":[{"id":"shop-x","name":T,"notes":[T…],
//   "facts":[["Hours",T],["Phone",T,"tel:+82…"],…]}]}]}]}
// where each T is a string, or {"text":…,"lang":"ko"} when the text has no version in `lang` and
// the Korean one stands in. Today's promotions, current and coming events, then every shop by
// category, as the HTML directory orders them.
std::string TextViewJson(const Bundle& shown, Lang lang, const Date& today);

// The same text in parts, given to `part` in order, each about `partBytes` long (one item may
// make a longer one): a district of 10,000 shops never needs its whole view in memory at once.
void WriteTextView(const Bundle& shown, Lang lang, const Date& today, std::size_t partBytes,
                   const std::function<void(std::string part)>& part);

}  // namespace golmok
