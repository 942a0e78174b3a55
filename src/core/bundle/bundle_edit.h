// Editing a bundle in the page, field by field. Every value a form can change is named by an
// entity ("district", "shop/<id>", "promotion/<id>", "event/<id>") and a field ("name.ko",
// "hours", "menu", …) and is read and written as text, so the forms, undo and redo, the draft
// kept in the browser and its replay after a reload all go through one table. An EditSession
// holds the bundle as its file has it (sample dates not moved) and the list of edits; writing it
// with WriteBundle gives a file that differs from the original only where it was edited.
// Standard library and the model only.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/model/bundle.h"

namespace golmok {

enum class EntityKind { kDistrict, kShop, kPromotion, kEvent };

struct EntityRef {
    EntityKind kind = EntityKind::kDistrict;
    std::string id;  // empty for the district

    friend bool operator==(const EntityRef& a, const EntityRef& b) {
        return a.kind == b.kind && a.id == b.id;
    }
    friend bool operator!=(const EntityRef& a, const EntityRef& b) { return !(a == b); }
};

// "district", "shop/<id>", "promotion/<id>", "event/<id>" and back.
std::string FormatEntity(const EntityRef& ref);
std::optional<EntityRef> ParseEntity(std::string_view text);

// How a field is shown and read. Text fields of several languages are one field per language
// ("name.ko", "name.en", …).
enum class FieldType {
    kText,       // one line
    kMultiline,  // several lines
    kPhone,
    kDate,      // "YYYY-MM-DD"; "" clears an optional date
    kHours,     // OpenStreetMap opening_hours
    kCategory,  // a category id
    kShopRef,   // a shop id, "" for the whole district
    kFlags,     // comma-separated codes: payment ("card,zeropay") or languages ("en,ja")
    kPosition,  // "lat,lon"
    kMenu,      // one item a line: "이름 | 가격 | English | 日本語 | 中文"
    kLinks,     // one link a line: "https://… | 라벨 | English | 日本語 | 中文"
    kTags,      // comma-separated words
    kBool,      // "true" or "false"
};

struct FieldInfo {
    const char* name;
    FieldType type;
};

// The fields of an entity kind, in the order a form shows them. Together they hold every value
// of a shop, promotion or event, so an entity read field by field can be made again exactly.
const std::vector<FieldInfo>& FieldsOf(EntityKind kind);
const FieldInfo* FindField(EntityKind kind, std::string_view field);

// Why a value was not taken.
enum class FieldError {
    kNone,
    kNoSuchEntity,
    kNoSuchField,
    kBadDate,      // not a YYYY-MM-DD day that exists
    kBadPosition,  // not "lat,lon" with lat in ±90 and lon in ±180
    kBadPrice,     // a menu line whose price is not a whole number of won
    kBadCode,      // a payment or language code golmok does not know
    kBadValue,     // a category or shop that does not exist, a bool that is not true/false
};

struct FieldResult {
    FieldError error = FieldError::kNone;
    int line = 0;  // for kMenu and kLinks: the 1-based line at fault
    bool ok() const { return error == FieldError::kNone; }
};

// Reads one field as text; false when the entity or the field does not exist.
bool GetField(const Bundle& bundle, const EntityRef& ref, std::string_view field, std::string* out);
// Writes one field from text. Nothing changes when the value cannot be read.
FieldResult SetField(Bundle* bundle, const EntityRef& ref, std::string_view field, const std::string& value);

// The JSON pointer of an entity inside the bundle ("/shops/3"), "" when it does not exist.
std::string EntityPointer(const Bundle& bundle, const EntityRef& ref);

// One change, as the draft keeps it.
struct Edit {
    enum class Op { kSet, kAdd, kRemove };
    Op op = Op::kSet;
    EntityRef entity;
    std::string field;                                        // kSet
    std::string before, after;                                // kSet
    std::size_t index = 0;                                    // kAdd, kRemove: the entity's place in its list
    std::vector<std::pair<std::string, std::string>> fields;  // kAdd, kRemove: every field
};

// What a draft brought back.
struct DraftReplay {
    bool ok = false;           // the draft could be read
    std::string problem;       // why not, when it could not
    int applied = 0;           // edits applied
    int skipped = 0;           // edits whose entity or field no longer exists
    bool baseChanged = false;  // the draft was made on other data than the session started from
};

class EditSession {
public:
    // `source`: the bundle as its file has it. `baseHash` names that file's text (see HashText),
    // so a draft made on other data is noticed when it comes back.
    EditSession(Bundle source, std::string baseHash);

    const Bundle& Data() const { return m_data; }
    const std::string& BaseHash() const { return m_baseHash; }

    // Changes one field. Further changes to the same field merge into this edit (one undo step
    // per field visit) until EndTyping; setting a field to the value it has changes nothing.
    FieldResult Set(const EntityRef& ref, std::string_view field, const std::string& value);
    void EndTyping() { m_typing = false; }

    // A new shop (in `category`, at `at`), promotion (of `shop`, from `today` for a week) or
    // event: its ref. New ids are "new-shop-1", "new-promotion-1", … not used before.
    EntityRef AddShop(const std::string& category, const LatLon& at);
    EntityRef AddPromotion(const std::string& shop, const Date& today);
    EntityRef AddEvent(const Date& today);
    bool Remove(const EntityRef& ref);

    bool CanUndo() const { return m_cursor > 0; }
    bool CanRedo() const { return m_cursor < m_edits.size(); }
    // The entity the undone or redone edit changed (for the form to show), or nullopt.
    std::optional<EntityRef> Undo();
    std::optional<EntityRef> Redo();
    // Edits in effect (undone ones not counted).
    std::size_t EditCount() const { return m_cursor; }
    const std::vector<Edit>& Edits() const { return m_edits; }

    // The draft as JSON text (edits, the undo position, the base's hash), and back: replaying it
    // onto this session's data. Replay onto other data applies what still fits by id.
    std::string SaveDraft(const std::string& district) const;
    DraftReplay LoadDraft(std::string_view text);

private:
    void Push(Edit edit);
    bool ApplyEdit(const Edit& edit, bool forward);
    std::string NewId(EntityKind kind) const;
    EntityRef AddEntity(EntityKind kind, std::vector<std::pair<std::string, std::string>> fields);

    Bundle m_data;
    std::string m_baseHash;
    std::vector<Edit> m_edits;
    std::size_t m_cursor = 0;
    bool m_typing = false;
};

// Every field of an entity, read as text (in FieldsOf order).
std::vector<std::pair<std::string, std::string>> ReadEntity(const Bundle& bundle, const EntityRef& ref);

// A short stable name for a text (64-bit FNV-1a, 16 hex digits).
std::string HashText(std::string_view text);

}  // namespace golmok
