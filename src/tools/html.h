// Writing bundle text into HTML and into JSON embedded in HTML, so that nothing a bundle says can
// become markup, script or a link of an unsafe scheme. Standard library only.
#pragma once

#include <string>
#include <string_view>

namespace golmok {

// Text for an HTML text node or a quoted attribute value: & < > " ' become character
// references, and bytes that are not valid UTF-8 become U+FFFD.
std::string EscapeHtml(std::string_view text);

// JSON text made safe inside a <script> element (application/ld+json, application/json): '<',
// '>' and '&' become \u003c, \u003e and \u0026, so "</script>" or "<!--" in a string cannot end
// or change the element; U+2028 and U+2029 become escapes too. The JSON value is unchanged.
std::string JsonForScriptElement(std::string_view json);

// The URL escaped for an href attribute when its scheme is one a bundle may link to (https,
// http, tel, mailto); otherwise empty, and the caller writes no link.
std::string SafeHref(std::string_view url);

}  // namespace golmok
