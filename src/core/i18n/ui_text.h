// The user-interface strings in every language the page speaks, kept in core so that the font
// subset (built by the CLI) and the page (drawn by ImGui) read one table. No ImGui, no emscripten.
#pragma once

#include <cstdint>
#include <set>

#include <string>

#include "core/model/bundle.h"
#include "core/model/date.h"
#include "core/text/text.h"

namespace golmok {

enum class Msg {
    kLoading,
    kTodaysPromotions,
    kNoPromotionsToday,
    kUpcoming,
    kEvents,
    kShops,
    kShopCount,  // "%d"
    kSample,
    kSampleShopNote,
    kBack,
    kHours,
    kHoursAsWritten,
    kHoursUnknown,
    kPhone,
    kAddress,
    kMenu,
    kWon,  // "%s" formatted number
    kPayment,
    kPayCard,
    kPayZeropay,
    kPayOnnuri,
    kPayCash,
    kLanguagesSpoken,
    kMenuLanguages,
    kLastConfirmed,
    kShopPromotions,
    kCoupon,
    kUntil,      // "%s"
    kFromUntil,  // "%s" "%s"
    kNotTranslated,
    kLinks,
    kLoadFailed,
    kProblemsIn,  // "%s"
    kTryAgain,
    kAbout,
    kAssociation,
    kGeometryNote,
    kLangName,  // the language's own name
    kSearchPlaceholder,
    kClear,
    kFilters,
    kFiltersActive,  // "%d"
    kClearFilters,
    kOpenNow,
    kHasPromotion,
    kPaymentGroup,
    kLanguageGroup,
    kCategoryGroup,
    kResultCount,  // "%d"
    kNoResults,
    kOpenClosesAt,  // "%s"
    kBreakUntil,    // "%s"
    kOpensAt,       // "%s"
    kClosedToday,
    kClosedOpensOn,  // "%s" weekday, "%s" time
    kDayOffOpensOn,  // "%s" weekday, "%s" time
    kOpenAllDay,
    kWeekHours,
    kToday,
    kTomorrow,
    kDayClosed,
    kShare,
    kDeal,
    kShopOfDeal,
    kDistrictWide,
    kMap,
    kShowOnMap,
    kDirections,
    kNaverMap,
    kKakaoMap,
    kGoogleMap,
    kMyLocation,
    kLocating,
    kLocationDenied,
    kLocationUnavailable,
    kFarAway,  // "%s" distance
    kNearestFirst,
    kClose,
    kZoomIn,
    kZoomOut,
    kMapShopCount,  // "%d" shops on the map
    kPreview,
    kPreviewIntro,
    kOpenFile,
    kPreviewFile,      // "%s" file name
    kPreviewProblems,  // "%d"
    kPreviewNoProblems,
    kPreviewKeptLastGood,
    kOwnerPreview,
    kShowProblems,
    kHideProblems,
    kTextView,
    kEditOwnerEntry,  // on the visitors' screens: drawn with the body font
    // From here on, the editor's own words: the body font that every visitor downloads does not
    // carry them, and the font pieces holding them are fetched when the editor opens. Keep them
    // last.
    kEdit,
    kEditTitle,
    kEditIntro,
    kUndo,
    kRedo,
    kExport,
    kEditCount,  // "%d"
    kNoEdits,
    kDistrictInfo,
    kDeals,
    kAddShop,
    kAddPromotion,
    kAddEvent,
    kDelete,
    kDiscardEdits,
    kDiscardConfirm,  // "%d"
    kCancel,
    kOtherLanguages,
    kPlaceOnMap,
    kPlaceHint,
    kDone,
    kSeeAsVisitor,
    kDraftShown,      // "%d"
    kDraftOnNewData,  // "%d" "%d"
    kFieldName,
    kFieldCategory,
    kFieldPosition,
    kFieldDescription,
    kFieldTags,
    kFieldTitle,
    kFieldTerms,
    kFieldStart,
    kFieldEnd,
    kFieldPlace,
    kFieldAssociationName,
    kMenuHint,
    kLinksHint,
    kHoursHint,
    kHoursNotRead,  // "%d"
    kBadDate,
    kBadPosition,
    kBadLine,       // "%d"
    kBadPriceLine,  // "%d"
    kNotSaved,
    kEditProblems,  // "%d"
    kNewItem,
    kDraftNotSaved,
    kDraftUnreadable,
    kPublish,
    kPublishing,
    kPublishReady,  // "%s" (the zip's name) "%d" (files)
    kPublishHow,
    kPublishProblems,
    kPublishFailed,
    kPublishFixFirst,
    // Drawn by the browser in the text view, never by the app: no font carries it.
    kTextViewFromApp,
    kPeriod,
    // The week picker of the hours field.
    kHoursOpenDay,
    kHoursBreakDay,
    kHoursAllDay,
    kHoursNoDayOff,
    kHoursSameFor,
    kHoursWeekdays,
    kHoursWeekend,
    kHoursEveryDay,
    kHoursClosedWeeks,
    kHoursWeek1,  // … kHoursWeek5 in order: "첫째" … "다섯째"
    kHoursWeek2,
    kHoursWeek3,
    kHoursWeek4,
    kHoursWeek5,
    kHoursHolidays,
    kHoursAsUsual,
    kHoursOwn,
    kHoursOpens,
    kHoursCloses,
    kHoursTyped,
    kHoursTextOnly,
    // Hours typed in Korean, read into opening_hours and offered for confirmation.
    kHoursReadAs,
    kHoursUseReading,
    kCount
};

// The languages the page's switch offers, as a LangMask (see text.h). Korean and English are
// drawn with Nanum; kana and Chinese characters come from a Noto face loaded when a visitor
// picks 日本語 or 中文.
constexpr unsigned kOfferedLangs = 0xF;  // 한국어, English, 日本語, 中文

// The message in `lang`; English where a language has no entry yet.
const char* Tr(Msg msg, Lang lang);

// True when the table has the message in `lang` itself (Tr does not fall back to English).
bool HasTranslation(Msg msg, Lang lang);

// "카드", "제로페이", "온누리상품권", "현금" and their translations.
const char* PaymentName(Payment payment, Lang lang);

// "80 m", "350 m", "1.2 km", "16 km": a walking distance, rounded as a person would say it.
std::string FormatDistance(double metres);

// "12월 5일" / "Dec 5" / "12月5日": a day in the current year's short form.
std::string FormatShortDate(const Date& date, Lang lang);

// "4,500원" / "₩4,500": a price in won with thousands separators.
std::string FormatWon(std::int64_t won, Lang lang);

}  // namespace golmok
