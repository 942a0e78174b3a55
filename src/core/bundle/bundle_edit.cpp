// Editing a bundle field by field (see bundle_edit.h).
//
// [SECTION] index
//  - Text helpers: trimming, splitting, prices in won
//  - Values of each field type: menus, links, tags, codes, positions as text and back
//  - The entities' fields: one accessor walk that reads or writes any field
//  - Entities and fields: the public table, GetField, SetField, pointers
//  - The session: edits, typing merged into one step, add, remove, undo, redo
//  - Drafts: the session as JSON for the browser's storage, and its replay

#include "core/bundle/bundle_edit.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "core/json/json_text.h"
#include "core/json/json_writer.h"

namespace golmok {

namespace {

// [SECTION] Text helpers

std::string_view Trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
    return s;
}

std::vector<std::string_view> Split(std::string_view s, char separator) {
    std::vector<std::string_view> parts;
    std::size_t start = 0;
    while (true) {
        const std::size_t at = s.find(separator, start);
        parts.push_back(s.substr(start, at == std::string_view::npos ? std::string_view::npos : at - start));
        if (at == std::string_view::npos) return parts;
        start = at + 1;
    }
}

// "name.ko" → ("name", Lang::kKo); false when the field does not end in a language.
bool SplitLang(std::string_view field, std::string_view* base, Lang* lang) {
    const std::size_t dot = field.rfind('.');
    if (dot == std::string_view::npos) return false;
    *base = field.substr(0, dot);
    return ParseLangCode(std::string(field.substr(dot + 1)), lang);
}

// A line of "a | b | c": each part trimmed; trailing empty parts are dropped when written.
std::string JoinParts(std::vector<std::string> parts) {
    while (parts.size() > 1 && parts.back().empty()) parts.pop_back();
    std::string out;
    for (std::size_t i = 0; i < parts.size(); ++i) out += (i ? " | " : "") + parts[i];
    return out;
}

bool ParseDouble(std::string_view text, double* out) {
    const std::string s(Trim(text));
    if (s.empty()) return false;
    char* end = nullptr;
    *out = std::strtod(s.c_str(), &end);
    return end == s.c_str() + s.size() && std::isfinite(*out);
}

// A price in won: digits, with thousands commas and a trailing "원" allowed ("6,000원").
bool ParsePrice(std::string_view text, std::int64_t* out) {
    std::string_view s = Trim(text);
    constexpr std::string_view kWon = "원";
    if (s.size() >= kWon.size() && s.substr(s.size() - kWon.size()) == kWon)
        s = Trim(s.substr(0, s.size() - kWon.size()));
    if (s.empty()) return false;
    std::int64_t value = 0;
    for (char c : s) {
        if (c == ',') continue;
        if (c < '0' || c > '9' || value > 100000000000LL) return false;
        value = value * 10 + (c - '0');
    }
    *out = value;
    return true;
}

// [SECTION] Values of each field type

std::string FormatTexts(const std::string& first, const std::string& second, const Text& text) {
    return JoinParts({first, second, text.Get(Lang::kEn), text.Get(Lang::kJa), text.Get(Lang::kZh)});
}

std::string FormatMenu(const std::vector<MenuItem>& menu) {
    std::string out;
    for (const MenuItem& item : menu) {
        if (!out.empty()) out += '\n';
        out += FormatTexts(item.name.Ko(), std::to_string(item.price), item.name);
    }
    return out;
}

std::string FormatLinks(const std::vector<Link>& links) {
    std::string out;
    for (const Link& link : links) {
        if (!out.empty()) out += '\n';
        out += FormatTexts(link.url, link.label.Ko(), link.label);
    }
    return out;
}

// Lines of "first | second | en | ja | zh"; blank lines are skipped. `read` takes the trimmed
// parts and returns false when the line cannot be used, which is reported as `error`.
template <typename F>
FieldResult ReadLines(const std::string& value, FieldError error, F read) {
    int line = 0;
    for (std::string_view text : Split(value, '\n')) {
        ++line;
        if (Trim(text).empty()) continue;
        std::vector<std::string> parts;
        for (std::string_view part : Split(text, '|')) parts.emplace_back(Trim(part));
        parts.resize(std::max<std::size_t>(parts.size(), 5));
        if (parts.size() > 5) return {FieldError::kBadValue, line};
        if (!read(parts)) return {error, line};
    }
    return {};
}

Text TextFromParts(const std::string& ko, const std::vector<std::string>& parts) {
    Text t;
    t.Get(Lang::kKo) = ko;
    t.Get(Lang::kEn) = parts[2];
    t.Get(Lang::kJa) = parts[3];
    t.Get(Lang::kZh) = parts[4];
    return t;
}

FieldResult ParseMenu(const std::string& value, std::vector<MenuItem>* out) {
    std::vector<MenuItem> menu;
    FieldResult r = ReadLines(value, FieldError::kBadPrice, [&](const std::vector<std::string>& parts) {
        MenuItem item;
        item.name = TextFromParts(parts[0], parts);
        if (!ParsePrice(parts[1], &item.price)) return false;
        menu.push_back(std::move(item));
        return true;
    });
    if (r.ok()) *out = std::move(menu);
    return r;
}

FieldResult ParseLinks(const std::string& value, std::vector<Link>* out) {
    std::vector<Link> links;
    FieldResult r = ReadLines(value, FieldError::kBadValue, [&](const std::vector<std::string>& parts) {
        links.push_back(Link{TextFromParts(parts[1], parts), parts[0]});
        return true;
    });
    if (r.ok()) *out = std::move(links);
    return r;
}

std::string FormatTags(const std::vector<std::string>& tags) {
    std::string out;
    for (const std::string& tag : tags) out += (out.empty() ? "" : ", ") + tag;
    return out;
}

std::vector<std::string> ParseTags(const std::string& value) {
    std::vector<std::string> tags;
    for (std::string_view part : Split(value, ',')) {
        if (!Trim(part).empty()) tags.emplace_back(Trim(part));
    }
    return tags;
}

template <typename T, typename Code>
std::string FormatCodes(const std::vector<T>& items, Code code) {
    std::string out;
    for (const T& item : items) out += (out.empty() ? "" : ",") + std::string(code(item));
    return out;
}

bool ParsePayments(const std::string& value, std::vector<Payment>* out) {
    std::vector<Payment> payments;
    for (const std::string& code : ParseTags(value)) {
        bool known = false;
        for (int i = 0; i < kPaymentCount; ++i) {
            if (code == PaymentCode(static_cast<Payment>(i))) {
                known = true;
                if (std::find(payments.begin(), payments.end(), static_cast<Payment>(i)) == payments.end()) {
                    payments.push_back(static_cast<Payment>(i));
                }
            }
        }
        if (!known) return false;
    }
    *out = std::move(payments);
    return true;
}

bool ParseLangs(const std::string& value, std::vector<Lang>* out) {
    std::vector<Lang> langs;
    for (const std::string& code : ParseTags(value)) {
        Lang lang;
        if (!ParseLangCode(code, &lang)) return false;
        if (std::find(langs.begin(), langs.end(), lang) == langs.end()) langs.push_back(lang);
    }
    *out = std::move(langs);
    return true;
}

std::string FormatPosition(const LatLon& p) {
    return FormatJsonNumber(p.lat) + "," + FormatJsonNumber(p.lon);
}

bool ParsePosition(const std::string& value, LatLon* out) {
    const std::vector<std::string_view> parts = Split(value, ',');
    LatLon p;
    if (parts.size() != 2 || !ParseDouble(parts[0], &p.lat) || !ParseDouble(parts[1], &p.lon)) return false;
    if (std::fabs(p.lat) > 90 || std::fabs(p.lon) > 180) return false;
    *out = p;
    return true;
}

// [SECTION] The entities' fields

// One accessor per field, given the entity: reads into *out when `in` is null, else writes `in`.
// Writing checks the value first and leaves the entity as it was when it cannot be read.
struct Access {
    const Bundle* bundle;
    const std::string* in;  // null: read
    std::string* out;
    FieldResult result;

    bool Reading() const { return in == nullptr; }

    void Str(std::string& field) {
        if (Reading()) {
            *out = field;
        } else {
            field = *in;
        }
    }
    void Txt(Text& text, Lang lang) { Str(text.Get(lang)); }
    void Day(Date& date) {
        if (Reading()) {
            *out = date.ToString();
        } else if (std::optional<Date> d = ParseDate(std::string(Trim(*in)))) {
            date = *d;
        } else {
            result.error = FieldError::kBadDate;
        }
    }
    void OptionalDay(std::optional<Date>& date) {
        if (Reading()) {
            *out = date ? date->ToString() : "";
        } else if (Trim(*in).empty()) {
            date.reset();
        } else if (std::optional<Date> d = ParseDate(std::string(Trim(*in)))) {
            date = *d;
        } else {
            result.error = FieldError::kBadDate;
        }
    }
    void Flag(bool& flag) {
        if (Reading()) {
            *out = flag ? "true" : "false";
        } else if (*in == "true" || *in == "false") {
            flag = *in == "true";
        } else {
            result.error = FieldError::kBadValue;
        }
    }
    void Position(LatLon& p) {
        if (Reading()) {
            *out = FormatPosition(p);
        } else if (!ParsePosition(*in, &p)) {
            result.error = FieldError::kBadPosition;
        }
    }
    void Menu(std::vector<MenuItem>& menu) {
        if (Reading()) {
            *out = FormatMenu(menu);
        } else {
            result = ParseMenu(*in, &menu);
        }
    }
    void Links(std::vector<Link>& links) {
        if (Reading()) {
            *out = FormatLinks(links);
        } else {
            result = ParseLinks(*in, &links);
        }
    }
    void Tags(std::vector<std::string>& tags) {
        if (Reading()) {
            *out = FormatTags(tags);
        } else {
            tags = ParseTags(*in);
        }
    }
    void Payments(std::vector<Payment>& payments) {
        if (Reading()) {
            *out = FormatCodes(payments, PaymentCode);
        } else if (!ParsePayments(*in, &payments)) {
            result.error = FieldError::kBadCode;
        }
    }
    void Langs(std::vector<Lang>& langs) {
        if (Reading()) {
            *out = FormatCodes(langs, LangCode);
        } else if (!ParseLangs(*in, &langs)) {
            result.error = FieldError::kBadCode;
        }
    }
    void CategoryId(std::string& id) {
        if (Reading() || bundle->FindCategory(*in)) {
            Str(id);
        } else {
            result.error = FieldError::kBadValue;
        }
    }
    void ShopId(std::string& id) {
        if (Reading() || in->empty() || bundle->FindShop(*in)) {
            Str(id);
        } else {
            result.error = FieldError::kBadValue;
        }
    }
};

void AddTextFields(std::vector<FieldInfo>* fields, const char* const (&names)[kLangCount], FieldType type) {
    for (int i = 0; i < kLangCount; ++i) fields->push_back({names[i], type});
}

#define GOLMOK_TEXT_FIELDS(base) \
    { base ".ko", base ".en", base ".ja", base ".zh" }

std::vector<FieldInfo> MakeFields(EntityKind kind) {
    std::vector<FieldInfo> f;
    switch (kind) {
        case EntityKind::kDistrict:
            AddTextFields(&f, GOLMOK_TEXT_FIELDS("name"), FieldType::kText);
            AddTextFields(&f, GOLMOK_TEXT_FIELDS("description"), FieldType::kMultiline);
            AddTextFields(&f, GOLMOK_TEXT_FIELDS("address"), FieldType::kText);
            AddTextFields(&f, GOLMOK_TEXT_FIELDS("association.name"), FieldType::kText);
            f.push_back({"association.phone", FieldType::kPhone});
            f.push_back({"association.links", FieldType::kLinks});
            break;
        case EntityKind::kShop:
            AddTextFields(&f, GOLMOK_TEXT_FIELDS("name"), FieldType::kText);
            f.push_back({"category", FieldType::kCategory});
            f.push_back({"hours", FieldType::kHours});
            f.push_back({"phone", FieldType::kPhone});
            f.push_back({"position", FieldType::kPosition});
            AddTextFields(&f, GOLMOK_TEXT_FIELDS("address"), FieldType::kText);
            AddTextFields(&f, GOLMOK_TEXT_FIELDS("description"), FieldType::kMultiline);
            f.push_back({"menu", FieldType::kMenu});
            f.push_back({"payment", FieldType::kFlags});
            f.push_back({"languages", FieldType::kFlags});
            f.push_back({"menuLanguages", FieldType::kFlags});
            f.push_back({"links", FieldType::kLinks});
            f.push_back({"tags", FieldType::kTags});
            f.push_back({"confirmed", FieldType::kDate});
            f.push_back({"sample", FieldType::kBool});
            break;
        case EntityKind::kPromotion:
            f.push_back({"shop", FieldType::kShopRef});
            AddTextFields(&f, GOLMOK_TEXT_FIELDS("title"), FieldType::kText);
            AddTextFields(&f, GOLMOK_TEXT_FIELDS("terms"), FieldType::kMultiline);
            f.push_back({"start", FieldType::kDate});
            f.push_back({"end", FieldType::kDate});
            f.push_back({"coupon", FieldType::kText});
            f.push_back({"sample", FieldType::kBool});
            break;
        case EntityKind::kEvent:
            AddTextFields(&f, GOLMOK_TEXT_FIELDS("title"), FieldType::kText);
            AddTextFields(&f, GOLMOK_TEXT_FIELDS("description"), FieldType::kMultiline);
            AddTextFields(&f, GOLMOK_TEXT_FIELDS("place"), FieldType::kText);
            f.push_back({"start", FieldType::kDate});
            f.push_back({"end", FieldType::kDate});
            f.push_back({"sample", FieldType::kBool});
            break;
    }
    return f;
}

#undef GOLMOK_TEXT_FIELDS

// Visits one field of the district; false when there is no such field.
bool VisitDistrict(District& d, std::string_view field, Access& a) {
    std::string_view base;
    Lang lang;
    if (SplitLang(field, &base, &lang)) {
        if (base == "name") return a.Txt(d.name, lang), true;
        if (base == "description") return a.Txt(d.description, lang), true;
        if (base == "address") return a.Txt(d.address, lang), true;
        if (base != "association.name") return false;
    } else if (field != "association.phone" && field != "association.links") {
        return false;
    }
    Association none;
    Association& association = d.association ? *d.association : none;
    if (base == "association.name") a.Txt(association.name, lang);
    if (field == "association.phone") a.Str(association.phone);
    if (field == "association.links") a.Links(association.links);
    if (!a.Reading() && a.result.ok()) {
        // An association with nothing left in it is no association.
        const bool empty = association.phone.empty() && association.links.empty() &&
                           std::all_of(association.name.values.begin(), association.name.values.end(),
                                       [](const std::string& s) { return s.empty(); });
        if (empty) {
            d.association.reset();
        } else if (!d.association) {
            d.association = association;
        }
    }
    return true;
}

bool VisitShop(Shop& s, std::string_view field, Access& a) {
    std::string_view base;
    Lang lang;
    if (SplitLang(field, &base, &lang)) {
        if (base == "name") return a.Txt(s.name, lang), true;
        if (base == "address") return a.Txt(s.address, lang), true;
        if (base == "description") return a.Txt(s.description, lang), true;
        return false;
    }
    if (field == "category") return a.CategoryId(s.category), true;
    if (field == "hours") return a.Str(s.hours), true;
    if (field == "phone") return a.Str(s.phone), true;
    if (field == "position") return a.Position(s.position), true;
    if (field == "menu") return a.Menu(s.menu), true;
    if (field == "payment") return a.Payments(s.payment), true;
    if (field == "languages") return a.Langs(s.languages), true;
    if (field == "menuLanguages") return a.Langs(s.menuLanguages), true;
    if (field == "links") return a.Links(s.links), true;
    if (field == "tags") return a.Tags(s.tags), true;
    if (field == "confirmed") return a.OptionalDay(s.confirmed), true;
    if (field == "sample") return a.Flag(s.sample), true;
    return false;
}

bool VisitPromotion(Promotion& p, std::string_view field, Access& a) {
    std::string_view base;
    Lang lang;
    if (SplitLang(field, &base, &lang)) {
        if (base == "title") return a.Txt(p.title, lang), true;
        if (base == "terms") return a.Txt(p.terms, lang), true;
        return false;
    }
    if (field == "shop") return a.ShopId(p.shop), true;
    if (field == "start") return a.Day(p.start), true;
    if (field == "end") return a.Day(p.end), true;
    if (field == "coupon") return a.Str(p.coupon), true;
    if (field == "sample") return a.Flag(p.sample), true;
    return false;
}

bool VisitEvent(Event& e, std::string_view field, Access& a) {
    std::string_view base;
    Lang lang;
    if (SplitLang(field, &base, &lang)) {
        if (base == "title") return a.Txt(e.title, lang), true;
        if (base == "description") return a.Txt(e.description, lang), true;
        if (base == "place") return a.Txt(e.place, lang), true;
        return false;
    }
    if (field == "start") return a.Day(e.start), true;
    if (field == "end") return a.Day(e.end), true;
    if (field == "sample") return a.Flag(e.sample), true;
    return false;
}

template <typename T>
T* FindById(std::vector<T>& items, const std::string& id) {
    for (T& item : items) {
        if (item.id == id) return &item;
    }
    return nullptr;
}

// Visits one field of `item` with `visit`. A write goes to a copy first, so a value that cannot be
// read changes nothing.
template <typename T, typename V>
bool VisitItem(T& item, std::string_view field, Access& a, V visit) {
    if (a.Reading()) return visit(item, field, a);
    T copy = item;
    const bool found = visit(copy, field, a);
    if (found && a.result.ok()) item = std::move(copy);
    return found;
}

// Visits a field of any entity; the result says why nothing was visited.
FieldResult Visit(Bundle& bundle, const EntityRef& ref, std::string_view field, Access& a) {
    bool found = false;
    switch (ref.kind) {
        case EntityKind::kDistrict:
            found = VisitItem(bundle.district, field, a, VisitDistrict);
            break;
        case EntityKind::kShop: {
            Shop* s = FindById(bundle.shops, ref.id);
            if (!s) return {FieldError::kNoSuchEntity};
            found = VisitItem(*s, field, a, VisitShop);
            break;
        }
        case EntityKind::kPromotion: {
            Promotion* p = FindById(bundle.promotions, ref.id);
            if (!p) return {FieldError::kNoSuchEntity};
            found = VisitItem(*p, field, a, VisitPromotion);
            break;
        }
        case EntityKind::kEvent: {
            Event* e = FindById(bundle.events, ref.id);
            if (!e) return {FieldError::kNoSuchEntity};
            found = VisitItem(*e, field, a, VisitEvent);
            break;
        }
    }
    if (!found) return {FieldError::kNoSuchField};
    return a.result;
}

}  // namespace

// [SECTION] Entities and fields

std::string FormatEntity(const EntityRef& ref) {
    switch (ref.kind) {
        case EntityKind::kDistrict:
            return "district";
        case EntityKind::kShop:
            return "shop/" + ref.id;
        case EntityKind::kPromotion:
            return "promotion/" + ref.id;
        case EntityKind::kEvent:
            return "event/" + ref.id;
    }
    return "";
}

std::optional<EntityRef> ParseEntity(std::string_view text) {
    if (text == "district") return EntityRef{};
    static const struct {
        std::string_view prefix;
        EntityKind kind;
    } kKinds[] = {
        {"shop/", EntityKind::kShop}, {"promotion/", EntityKind::kPromotion}, {"event/", EntityKind::kEvent}};
    for (const auto& k : kKinds) {
        if (text.substr(0, k.prefix.size()) == k.prefix && text.size() > k.prefix.size()) {
            return EntityRef{k.kind, std::string(text.substr(k.prefix.size()))};
        }
    }
    return std::nullopt;
}

const std::vector<FieldInfo>& FieldsOf(EntityKind kind) {
    static const std::vector<FieldInfo> kFields[] = {
        MakeFields(EntityKind::kDistrict), MakeFields(EntityKind::kShop), MakeFields(EntityKind::kPromotion),
        MakeFields(EntityKind::kEvent)};
    return kFields[static_cast<int>(kind)];
}

const FieldInfo* FindField(EntityKind kind, std::string_view field) {
    for (const FieldInfo& f : FieldsOf(kind)) {
        if (field == f.name) return &f;
    }
    return nullptr;
}

bool GetField(const Bundle& bundle, const EntityRef& ref, std::string_view field, std::string* out) {
    std::string value;
    Access a{&bundle, nullptr, &value, {}};
    // Reading never changes the bundle; Visit takes it mutable only to share one walk with writes.
    if (!Visit(const_cast<Bundle&>(bundle), ref, field, a).ok()) return false;
    *out = std::move(value);
    return true;
}

FieldResult SetField(Bundle* bundle, const EntityRef& ref, std::string_view field, const std::string& value) {
    Access a{bundle, &value, nullptr, {}};
    return Visit(*bundle, ref, field, a);
}

std::string EntityPointer(const Bundle& bundle, const EntityRef& ref) {
    auto pointer = [&](const auto& items, const char* list) -> std::string {
        for (std::size_t i = 0; i < items.size(); ++i) {
            if (items[i].id == ref.id) return std::string("/") + list + "/" + std::to_string(i);
        }
        return "";
    };
    switch (ref.kind) {
        case EntityKind::kDistrict:
            return "/district";
        case EntityKind::kShop:
            return pointer(bundle.shops, "shops");
        case EntityKind::kPromotion:
            return pointer(bundle.promotions, "promotions");
        case EntityKind::kEvent:
            return pointer(bundle.events, "events");
    }
    return "";
}

std::vector<std::pair<std::string, std::string>> ReadEntity(const Bundle& bundle, const EntityRef& ref) {
    std::vector<std::pair<std::string, std::string>> fields;
    for (const FieldInfo& f : FieldsOf(ref.kind)) {
        std::string value;
        if (GetField(bundle, ref, f.name, &value)) fields.emplace_back(f.name, std::move(value));
    }
    return fields;
}

std::string HashText(std::string_view text) {
    std::uint64_t h = 14695981039346656037ull;
    for (unsigned char c : text) {
        h ^= c;
        h *= 1099511628211ull;
    }
    char out[17];
    std::snprintf(out, sizeof out, "%016llx", static_cast<unsigned long long>(h));
    return out;
}

// [SECTION] The session

EditSession::EditSession(Bundle source, std::string baseHash)
    : m_data(std::move(source)), m_baseHash(std::move(baseHash)) {}

void EditSession::Push(Edit edit) {
    m_edits.resize(m_cursor);  // a new edit ends what could be redone
    m_edits.push_back(std::move(edit));
    m_cursor = m_edits.size();
}

FieldResult EditSession::Set(const EntityRef& ref, std::string_view field, const std::string& value) {
    std::string before;
    if (!GetField(m_data, ref, field, &before)) {
        return {EntityPointer(m_data, ref).empty() ? FieldError::kNoSuchEntity : FieldError::kNoSuchField};
    }
    if (before == value) return {};
    const FieldResult r = SetField(&m_data, ref, field, value);
    if (!r.ok()) return r;
    std::string after;
    GetField(m_data, ref, field, &after);  // as the model holds it ("6,000원" reads back "6000")
    Edit* last = m_cursor > 0 && m_cursor == m_edits.size() ? &m_edits.back() : nullptr;
    if (m_typing && last && last->op == Edit::Op::kSet && last->entity == ref && last->field == field) {
        last->after = after;
        if (last->after == last->before) {  // typed back to where it was: no edit at all
            m_edits.pop_back();
            m_cursor = m_edits.size();
        }
    } else {
        Edit edit;
        edit.entity = ref;
        edit.field = std::string(field);
        edit.before = std::move(before);
        edit.after = std::move(after);
        Push(std::move(edit));
    }
    m_typing = true;
    return r;
}

std::string EditSession::NewId(EntityKind kind) const {
    const char* prefix = kind == EntityKind::kShop        ? "new-shop-"
                         : kind == EntityKind::kPromotion ? "new-promotion-"
                                                          : "new-event-";
    for (int n = 1;; ++n) {
        const EntityRef ref{kind, prefix + std::to_string(n)};
        if (EntityPointer(m_data, ref).empty()) return ref.id;
    }
}

EntityRef EditSession::AddEntity(EntityKind kind, std::vector<std::pair<std::string, std::string>> fields) {
    Edit edit;
    edit.op = Edit::Op::kAdd;
    edit.entity = EntityRef{kind, NewId(kind)};
    edit.index = kind == EntityKind::kShop        ? m_data.shops.size()
                 : kind == EntityKind::kPromotion ? m_data.promotions.size()
                                                  : m_data.events.size();
    edit.fields = std::move(fields);
    ApplyEdit(edit, true);
    edit.fields = ReadEntity(m_data, edit.entity);  // every field, as made
    const EntityRef ref = edit.entity;
    m_typing = false;
    Push(std::move(edit));
    return ref;
}

EntityRef EditSession::AddShop(const std::string& category, const LatLon& at) {
    return AddEntity(EntityKind::kShop, {{"category", category}, {"position", FormatPosition(at)}});
}

EntityRef EditSession::AddPromotion(const std::string& shop, const Date& today) {
    return AddEntity(EntityKind::kPromotion,
                     {{"shop", shop}, {"start", today.ToString()}, {"end", today.AddDays(6).ToString()}});
}

EntityRef EditSession::AddEvent(const Date& today) {
    return AddEntity(EntityKind::kEvent, {{"start", today.ToString()}, {"end", today.ToString()}});
}

bool EditSession::Remove(const EntityRef& ref) {
    const std::string pointer = EntityPointer(m_data, ref);
    if (ref.kind == EntityKind::kDistrict || pointer.empty()) return false;
    Edit edit;
    edit.op = Edit::Op::kRemove;
    edit.entity = ref;
    edit.index = static_cast<std::size_t>(std::stoul(pointer.substr(pointer.rfind('/') + 1)));
    edit.fields = ReadEntity(m_data, ref);
    ApplyEdit(edit, true);
    m_typing = false;
    Push(std::move(edit));
    return true;
}

bool EditSession::ApplyEdit(const Edit& edit, bool forward) {
    if (edit.op == Edit::Op::kSet) {
        return SetField(&m_data, edit.entity, edit.field, forward ? edit.after : edit.before).ok();
    }
    const bool insert = (edit.op == Edit::Op::kAdd) == forward;
    auto change = [&](auto& items) {
        using Item = typename std::decay_t<decltype(items)>::value_type;
        auto it =
            std::find_if(items.begin(), items.end(), [&](const Item& i) { return i.id == edit.entity.id; });
        if (!insert) {
            if (it == items.end()) return false;
            items.erase(it);
            return true;
        }
        if (it != items.end()) return false;  // the id is taken
        Item item;
        item.id = edit.entity.id;
        items.insert(items.begin() + static_cast<std::ptrdiff_t>(std::min(edit.index, items.size())), item);
        for (const auto& [field, value] : edit.fields) SetField(&m_data, edit.entity, field, value);
        return true;
    };
    switch (edit.entity.kind) {
        case EntityKind::kShop:
            return change(m_data.shops);
        case EntityKind::kPromotion:
            return change(m_data.promotions);
        case EntityKind::kEvent:
            return change(m_data.events);
        case EntityKind::kDistrict:
            return false;
    }
    return false;
}

std::optional<EntityRef> EditSession::Undo() {
    m_typing = false;
    if (!CanUndo()) return std::nullopt;
    --m_cursor;
    ApplyEdit(m_edits[m_cursor], false);
    return m_edits[m_cursor].entity;
}

std::optional<EntityRef> EditSession::Redo() {
    m_typing = false;
    if (!CanRedo()) return std::nullopt;
    ApplyEdit(m_edits[m_cursor], true);
    return m_edits[m_cursor++].entity;
}

// [SECTION] Drafts

namespace {

const char* OpName(Edit::Op op) {
    return op == Edit::Op::kSet ? "set" : op == Edit::Op::kAdd ? "add" : "remove";
}

}  // namespace

std::string EditSession::SaveDraft(const std::string& district) const {
    JsonWriter w;
    w.BeginObject();
    w.Key("golmokDraft");
    w.Integer(1);
    w.Key("district");
    w.String(district);
    w.Key("base");
    w.String(m_baseHash);
    w.Key("cursor");
    w.Integer(static_cast<std::int64_t>(m_cursor));
    w.Key("edits");
    w.BeginArray();
    for (const Edit& e : m_edits) {
        w.BeginObject();
        w.Key("op");
        w.String(OpName(e.op));
        w.Key("entity");
        w.String(FormatEntity(e.entity));
        if (e.op == Edit::Op::kSet) {
            w.Key("field");
            w.String(e.field);
            w.Key("before");
            w.String(e.before);
            w.Key("after");
            w.String(e.after);
        } else {
            w.Key("index");
            w.Integer(static_cast<std::int64_t>(e.index));
            w.Key("fields");
            w.BeginObject();
            for (const auto& [field, value] : e.fields) {
                w.Key(field);
                w.String(value);
            }
            w.EndObject();
        }
        w.EndObject();
    }
    w.EndArray();
    w.EndObject();
    return w.TakeText();
}

DraftReplay EditSession::LoadDraft(std::string_view text) {
    DraftReplay replay;
    const ParsedJson parsed = ParseJson(text);
    const JsonValue root = parsed.Root();
    if (!parsed.ok() || !root.IsObject() || root.Find("golmokDraft").Integer() != 1 ||
        !root.Find("edits").IsArray()) {
        replay.problem = parsed.ok() ? "not a golmok draft" : parsed.errors.front().message;
        return replay;
    }
    replay.ok = true;
    replay.baseChanged = root.Find("base").String() != m_baseHash;
    const std::int64_t cursor = root.Find("cursor").Integer();
    std::vector<Edit> edits;
    std::size_t applied = 0;
    std::int64_t position = 0;
    for (JsonValue v = root.Find("edits").FirstChild(); v; v = v.NextSibling(), ++position) {
        Edit e;
        const std::string_view op = v.Find("op").String();
        const std::optional<EntityRef> ref = ParseEntity(v.Find("entity").String());
        if (!ref || (op != "set" && op != "add" && op != "remove")) {
            ++replay.skipped;
            continue;
        }
        e.op = op == "set" ? Edit::Op::kSet : op == "add" ? Edit::Op::kAdd : Edit::Op::kRemove;
        e.entity = *ref;
        e.field = std::string(v.Find("field").String());
        e.before = std::string(v.Find("before").String());
        e.after = std::string(v.Find("after").String());
        e.index = static_cast<std::size_t>(std::max<std::int64_t>(0, v.Find("index").Integer()));
        for (JsonValue f = v.Find("fields").FirstChild(); f; f = f.NextSibling()) {
            e.fields.emplace_back(std::string(f.Key()), std::string(f.String()));
        }
        if (position >= cursor) {  // undone before the reload: kept for redo, not applied
            edits.push_back(std::move(e));
            continue;
        }
        // On changed data, undo goes back to what is there now, not to what the draft saw.
        if (e.op == Edit::Op::kSet) GetField(m_data, e.entity, e.field, &e.before);
        if (e.op == Edit::Op::kRemove) e.fields = ReadEntity(m_data, e.entity);
        if (!ApplyEdit(e, true)) {
            ++replay.skipped;
            continue;
        }
        ++replay.applied;
        edits.push_back(std::move(e));
        applied = edits.size();
    }
    m_edits = std::move(edits);
    m_cursor = applied;
    m_typing = false;
    return replay;
}

}  // namespace golmok
