// [SECTION] index
//  - Words: the vocabulary, matched longest first inside runs of Hangul with or without spaces
//  - Lexer: numbers, punctuation and words with their byte offsets
//  - Reader: statements (days, times, days off, breaks, last order, 연중무휴)
//  - Week: the statements put together, checked for contradictions, written as opening_hours
//  - ReadHoursInput
//
// Like opening_hours.cpp, a hand-written scanner that stops at the first problem and says where
// it is; nothing here throws. Every statement must be read whole: a word the reader does not know
// refuses the text rather than being skipped.

#include "core/domain/korean_hours.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <vector>

#include "core/text/utf8.h"

namespace golmok {
namespace {

constexpr int kMinutesPerDay = 1440;

// [SECTION] Words

enum class Word {
    kWeekday,     // value: 0 = 월 … 6 = 일
    kEveryDay,    // 매일
    kWeekdays,    // 평일, 주중
    kWeekend,     // 주말
    kHoliday,     // 공휴일
    kEveryWeek,   // 매주
    kEveryMonth,  // 매월, 매달
    kOrdinal,     // value: 1 … 5, or -1 for 마지막
    kNth,         // 째, 번째
    kWeek,        // 주, 주차 (after a week of the month)
    kOff,         // 휴무, 정기휴무, 쉼 …
    kBreak,       // 브레이크타임, 휴게시간 …
    kLastOrder,   // 라스트오더, L.O …
    kAllYear,     // 연중무휴
    kLabel,       // 영업시간, 운영시간: says nothing by itself
    kHour,        // 시
    kHalf,        // 반
    kMinute,      // 분
    kHours,       // 시간 (24시간)
    kPeriod,      // value: a Period
    kNoon,        // 정오
    kMidnight,    // 자정
    kFrom,        // 부터
    kUntil,       // 까지
    kAnd,         // 및, 와, 과
};

// The part of the day a time is said in; each reads the hour differently.
enum Period { kAm, kPm, kDawn, kMorning, kDaytime, kEvening, kNight };

struct Vocable {
    const char* text;  // a space means: any number of spaces, or none
    Word word;
    int value;
};

// One line per kind of word: clang-format would put each word on its own line.
// clang-format off
const Vocable kVocabulary[] = {
    {"월요일", Word::kWeekday, 0}, {"화요일", Word::kWeekday, 1}, {"수요일", Word::kWeekday, 2},
    {"목요일", Word::kWeekday, 3}, {"금요일", Word::kWeekday, 4}, {"토요일", Word::kWeekday, 5},
    {"일요일", Word::kWeekday, 6}, {"월", Word::kWeekday, 0}, {"화", Word::kWeekday, 1},
    {"수", Word::kWeekday, 2}, {"목", Word::kWeekday, 3}, {"금", Word::kWeekday, 4},
    {"토", Word::kWeekday, 5}, {"일", Word::kWeekday, 6},
    {"매일", Word::kEveryDay, 0}, {"평일", Word::kWeekdays, 0}, {"주중", Word::kWeekdays, 0},
    {"주말", Word::kWeekend, 0}, {"공휴일", Word::kHoliday, 0}, {"법정 공휴일", Word::kHoliday, 0},
    {"매주", Word::kEveryWeek, 0},
    {"매월", Word::kEveryMonth, 0}, {"매달", Word::kEveryMonth, 0},
    {"첫째", Word::kOrdinal, 1}, {"둘째", Word::kOrdinal, 2}, {"셋째", Word::kOrdinal, 3},
    {"넷째", Word::kOrdinal, 4}, {"다섯째", Word::kOrdinal, 5}, {"마지막", Word::kOrdinal, -1},
    {"번째", Word::kNth, 0}, {"째", Word::kNth, 0}, {"주차", Word::kWeek, 0}, {"주", Word::kWeek, 0},
    {"정기 휴무일", Word::kOff, 0}, {"정기 휴무", Word::kOff, 0}, {"정기 휴일", Word::kOff, 0},
    {"휴무일", Word::kOff, 0}, {"휴무", Word::kOff, 0}, {"휴일", Word::kOff, 0}, {"휴점", Word::kOff, 0},
    {"쉽니다", Word::kOff, 0}, {"쉼", Word::kOff, 0},
    {"브레이크 타임", Word::kBreak, 0}, {"휴게 시간", Word::kBreak, 0}, {"쉬는 시간", Word::kBreak, 0},
    {"라스트 오더", Word::kLastOrder, 0}, {"주문 마감", Word::kLastOrder, 0},
    {"연중 무휴", Word::kAllYear, 0},
    {"영업 시간", Word::kLabel, 0}, {"운영 시간", Word::kLabel, 0}, {"영업", Word::kLabel, 0},
    {"운영", Word::kLabel, 0},
    {"시간", Word::kHours, 0},
    {"시", Word::kHour, 0},
    {"반", Word::kHalf, 0},
    {"분", Word::kMinute, 0},
    {"오전", Word::kPeriod, kAm}, {"오후", Word::kPeriod, kPm}, {"새벽", Word::kPeriod, kDawn},
    {"아침", Word::kPeriod, kMorning}, {"낮", Word::kPeriod, kDaytime}, {"저녁", Word::kPeriod, kEvening},
    {"밤", Word::kPeriod, kNight},
    {"정오", Word::kNoon, 0}, {"자정", Word::kMidnight, 0}, {"부터", Word::kFrom, 0}, {"까지", Word::kUntil, 0},
    {"및", Word::kAnd, 0}, {"와", Word::kAnd, 0}, {"과", Word::kAnd, 0},
    // Latin words, matched ignoring case.
    {"am", Word::kPeriod, kAm}, {"a.m.", Word::kPeriod, kAm}, {"pm", Word::kPeriod, kPm},
    {"p.m.", Word::kPeriod, kPm}, {"break time", Word::kBreak, 0}, {"last order", Word::kLastOrder, 0},
    {"l.o.", Word::kLastOrder, 0}, {"l.o", Word::kLastOrder, 0}, {"lo", Word::kLastOrder, 0},
};
// clang-format on

// Words we know but cannot turn into opening_hours exactly, and why.
struct Refused {
    const char* text;
    const char* message;
};

const Refused kRefusedWords[] = {
    {"명절",
     "holidays such as 명절 (설날, 추석) cannot be written exactly; write 공휴일 for every "
     "public holiday, or leave them out"},
    {"설날",
     "holidays such as 설날 and 추석 cannot be written exactly; write 공휴일 for every "
     "public holiday, or leave them out"},
    {"추석",
     "holidays such as 설날 and 추석 cannot be written exactly; write 공휴일 for every "
     "public holiday, or leave them out"},
    {"연휴",
     "holiday periods cannot be written exactly; write 공휴일 for every public holiday, or "
     "leave them out"},
    {"격주",
     "every other week cannot be written as opening hours; name the weeks of the month, "
     "as in 둘째·넷째 화요일 휴무"},
};

bool IsSpace(char c) {
    return c == ' ' || c == '\t';
}
bool IsDigit(char c) {
    return c >= '0' && c <= '9';
}
char Lower(char c) {
    return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c;
}
bool IsHangul(std::uint32_t cp) {
    return cp >= 0xAC00 && cp <= 0xD7A3;
}
bool IsLatin(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// How many bytes of `text` from `at` spell `pattern`: a space in the pattern takes any number of
// spaces (or none), Latin letters match ignoring case. 0 when it does not match. A Latin word
// must not run on into another letter ("amber" is not "am").
std::size_t MatchAt(std::string_view text, std::size_t at, std::string_view pattern) {
    std::size_t pos = at;
    for (char p : pattern) {
        if (p == ' ') {
            while (pos < text.size() && IsSpace(text[pos])) ++pos;
            continue;
        }
        if (pos >= text.size() || Lower(text[pos]) != p) return 0;
        ++pos;
    }
    if (IsLatin(pattern.back()) && pos < text.size() && IsLatin(text[pos])) return 0;
    return pos - at;
}

// [SECTION] Lexer

enum class Tok {
    kNumber,  // value, digits (how many were written)
    kColon,
    kDash,       // ~ - – — 〜 ～
    kComma,      // , ， /  (a list inside a statement, or between statements)
    kDot,        // · ㆍ ・ ‧  (a list)
    kBreakLine,  // a new line, '|' or ';': always between statements
    kParen,      // ( ): between statements
    kWord,
    kEnd,
};

struct Token {
    Tok kind = Tok::kEnd;
    std::size_t offset = 0;
    std::size_t length = 0;
    Word word = Word::kLabel;
    int value = 0;
    int digits = 0;
};

bool Fail(HoursError* error, std::size_t offset, std::string message) {
    *error = {offset, std::move(message)};
    return false;
}

// The characters at `at` up to the next space, punctuation or digit, for a message.
std::string_view RunAt(std::string_view text, std::size_t at) {
    std::size_t end = at;
    while (end < text.size()) {
        std::size_t next = end;
        const std::uint32_t cp = NextCodepoint(text, &next);
        if (!IsHangul(cp) && !(cp < 0x80 && IsLatin(char(cp)))) break;
        end = next;
    }
    if (end == at) NextCodepoint(text, &end);
    return text.substr(at, end - at);
}

bool Lex(std::string_view text, std::vector<Token>* tokens, HoursError* error) {
    static const char* const kDashes[] = {"\xE2\x80\x93", "\xE2\x80\x94", "\xE3\x80\x9C",
                                          "\xEF\xBD\x9E"};  // – — 〜 ～
    static const char* const kDots[] = {"\xC2\xB7", "\xE3\x86\x8D", "\xE3\x83\xBB",
                                        "\xE2\x80\xA7"};  // · ㆍ ・ ‧
    std::size_t pos = 0;
    while (pos < text.size()) {
        const char c = text[pos];
        Token t;
        t.offset = pos;
        if (IsSpace(c)) {
            ++pos;
            continue;
        }
        if (IsDigit(c)) {
            std::size_t end = pos;
            long value = 0;
            while (end < text.size() && IsDigit(text[end])) {
                value = std::min(value * 10 + (text[end] - '0'), 100000L);
                ++end;
            }
            t.kind = Tok::kNumber;
            t.value = int(value);
            t.digits = int(end - pos);
            t.length = end - pos;
        } else if (c == ':') {
            t.kind = Tok::kColon;
            t.length = 1;
        } else if (c == '~' || c == '-') {
            t.kind = Tok::kDash;
            t.length = 1;
        } else if (c == ',' || c == '/') {
            t.kind = Tok::kComma;
            t.length = 1;
        } else if (c == '\n' || c == '\r' || c == '|' || c == ';') {
            t.kind = Tok::kBreakLine;
            t.length = 1;
        } else if (c == '(' || c == ')') {
            t.kind = Tok::kParen;
            t.length = 1;
        } else {
            for (const char* d : kDashes) {
                if (text.substr(pos, 3) == d) t = {Tok::kDash, pos, 3};
            }
            for (const char* d : kDots) {
                const std::string_view dot(d);
                if (text.substr(pos, dot.size()) == dot) t = {Tok::kDot, pos, dot.size()};
            }
            if (text.substr(pos, 3) == "\xEF\xBC\x8C") t = {Tok::kComma, pos, 3};  // ，
            if (t.kind == Tok::kEnd) {
                // The longest word of the vocabulary that starts here.
                for (const Vocable& v : kVocabulary) {
                    const std::size_t n = MatchAt(text, pos, v.text);
                    if (n > t.length) {
                        t.kind = Tok::kWord;
                        t.length = n;
                        t.word = v.word;
                        t.value = v.value;
                    }
                }
            }
            if (t.kind == Tok::kEnd) {
                for (const Refused& r : kRefusedWords) {
                    if (MatchAt(text, pos, r.text)) return Fail(error, pos, r.message);
                }
                return Fail(error, pos, "unexpected '" + std::string(RunAt(text, pos)) + "'");
            }
        }
        pos += t.length;
        tokens->push_back(t);
    }
    Token end;
    end.offset = text.size();
    tokens->push_back(end);
    return true;
}

// [SECTION] Reader

// Which days a statement names.
struct Days {
    unsigned weekdays = 0;              // bit 0 = Monday … 6 = Sunday
    std::array<unsigned, 7> nth{};      // bit n-1: the n-th such weekday of the month
    std::array<unsigned, 7> nthLast{};  // bit 0: the last such weekday of the month
    bool holidays = false;
    bool HasWeekOfMonth() const {
        for (int d = 0; d < 7; ++d) {
            if (nth[d] || nthLast[d]) return true;
        }
        return false;
    }
};

enum class Kind { kHours, kOff, kBreak, kLastOrder, kAllYear };

struct Statement {
    Kind kind = Kind::kHours;
    bool hasDays = false;
    Days days;
    std::vector<Span> spans;  // kHours and kBreak
    int time = 0;             // kLastOrder
    std::size_t offset = 0;
};

// A time of day as written, and how sure its part of the day is: "오후 3시", "새벽 2시", "02:00"
// and "18시" say it; "6시" could be morning or evening.
struct Clock {
    int minute = 0;
    bool certain = false;  // a part of the day was said (오전, 새벽, AM …), or a 24-hour form
    bool night = false;    // an hour after midnight said plainly (새벽 2시, 밤 1시, 02:00, 0시)
    int plainHour = 0;     // otherwise the hour as written, 1..12, which could also be 12 later
    std::size_t offset = 0;
};

class Reader {
public:
    Reader(std::string_view text, std::vector<Token> tokens) : m_text(text), m_tokens(std::move(tokens)) {}

    bool Read(std::vector<Statement>* out);
    const HoursError& Error() const { return m_error; }

private:
    const Token& Peek(std::size_t ahead = 0) const {
        return m_tokens[std::min(m_pos + ahead, m_tokens.size() - 1)];
    }
    bool IsWord(Word w, std::size_t ahead = 0) const {
        return Peek(ahead).kind == Tok::kWord && Peek(ahead).word == w;
    }
    bool Fail(std::size_t offset, std::string message) {
        m_error = {offset, std::move(message)};
        return false;
    }
    bool Unexpected(const Token& t);
    bool StartsDays() const;
    bool StartsWeeksOfMonth() const;
    bool StartsTime() const;

    bool ReadStatement(Statement* s);
    bool ReadDays(Days* days);
    bool ReadDayItem(Days* days);
    bool ReadWeeksOfMonth(Days* days);
    bool ReadSpans(std::vector<Span>* spans);
    bool ReadSpan(Span* span);
    bool ReadClock(Clock* clock);

    std::string_view m_text;
    std::vector<Token> m_tokens;
    std::size_t m_pos = 0;
    HoursError m_error;
    // The last ',' inside a list of days and the days before it: "휴무: 월, 화~일 11:00~21:00"
    // reads back to it when hours follow a day off.
    std::size_t m_lastDayComma = 0;
    Days m_daysBeforeComma;
};

bool Reader::Unexpected(const Token& t) {
    switch (t.kind) {
        case Tok::kEnd:
            return Fail(t.offset, "the text ends too early");
        case Tok::kNumber:
            return Fail(t.offset, "a bare number is not a time; write 9시 30분 or 09:30");
        default:
            return Fail(t.offset, "unexpected '" + std::string(m_text.substr(t.offset, t.length)) + "'");
    }
}

bool Reader::StartsDays() const {
    if (StartsWeeksOfMonth()) return true;
    if (Peek().kind != Tok::kWord) return false;
    switch (Peek().word) {
        case Word::kWeekday:
        case Word::kEveryDay:
        case Word::kWeekdays:
        case Word::kWeekend:
        case Word::kHoliday:
        case Word::kEveryWeek:
        case Word::kEveryMonth:
        case Word::kOrdinal:
            return true;
        default:
            return false;
    }
}

// "2·4째 주": numbers joined by '·' or ',' and then 째 or 번째.
bool Reader::StartsWeeksOfMonth() const {
    for (std::size_t ahead = 0;; ahead += 2) {
        if (Peek(ahead).kind != Tok::kNumber) return false;
        if (IsWord(Word::kNth, ahead + 1)) return true;
        if (Peek(ahead + 1).kind != Tok::kDot && Peek(ahead + 1).kind != Tok::kComma) return false;
    }
}

bool Reader::StartsTime() const {
    const Token& t = Peek();
    return t.kind == Tok::kNumber ||
           (t.kind == Tok::kWord &&
            (t.word == Word::kPeriod || t.word == Word::kNoon || t.word == Word::kMidnight));
}

bool Reader::Read(std::vector<Statement>* out) {
    for (;;) {
        while (Peek().kind == Tok::kBreakLine || Peek().kind == Tok::kParen || Peek().kind == Tok::kComma) {
            ++m_pos;
        }
        if (Peek().kind == Tok::kEnd) return true;
        Statement s;
        s.offset = Peek().offset;
        if (!ReadStatement(&s)) return false;
        out->push_back(std::move(s));
    }
}

// One statement: a leading keyword, days, times, a trailing keyword, as far as they go together.
bool Reader::ReadStatement(Statement* s) {
    // A keyword first: "정기휴무 매주 월요일", "브레이크타임 15:00~17:00", "라스트오더 20:30".
    bool leadingOff = false, leadingBreak = false, leadingLastOrder = false;
    if (IsWord(Word::kAllYear)) {
        ++m_pos;
        s->kind = Kind::kAllYear;
        return true;
    }
    if (IsWord(Word::kLabel)) {
        ++m_pos;
        if (Peek().kind == Tok::kColon) ++m_pos;
        if (Peek().kind == Tok::kEnd || Peek().kind == Tok::kBreakLine) {
            return Fail(Peek().offset, "expected the hours after the label");
        }
    }
    if (IsWord(Word::kOff)) leadingOff = true;
    if (IsWord(Word::kBreak)) leadingBreak = true;
    if (IsWord(Word::kLastOrder)) leadingLastOrder = true;
    const std::size_t keywordAt = Peek().offset;
    if (leadingOff || leadingBreak || leadingLastOrder) {
        ++m_pos;
        if (Peek().kind == Tok::kColon) ++m_pos;
    }

    if (StartsDays()) {
        m_lastDayComma = 0;
        if (!ReadDays(&s->days)) return false;
        s->hasDays = true;
        if (leadingOff && m_lastDayComma > 0 && StartsTime()) {
            m_pos = m_lastDayComma;
            s->days = m_daysBeforeComma;
        }
        // A listing may put the day on a line of its own: "월\n11:00 - 21:00".
        if (Peek().kind == Tok::kBreakLine && !leadingOff) {
            std::size_t next = m_pos;
            while (m_tokens[next].kind == Tok::kBreakLine) ++next;
            if (m_tokens[next].kind == Tok::kNumber) m_pos = next;
        }
    }

    // Days, then the keyword: "평일 브레이크타임 15:00~17:00", "토 라스트오더 14:30".
    if (s->hasDays && !leadingOff && !leadingBreak && !leadingLastOrder &&
        (IsWord(Word::kBreak) || IsWord(Word::kLastOrder))) {
        leadingBreak = IsWord(Word::kBreak);
        leadingLastOrder = !leadingBreak;
        ++m_pos;
        if (Peek().kind == Tok::kColon) ++m_pos;
    }
    if (leadingLastOrder) {
        Clock clock;
        if (!ReadClock(&clock)) return false;
        s->kind = Kind::kLastOrder;
        s->time = clock.minute;
        return true;
    }
    bool hasTimes = false;
    if (Peek().kind == Tok::kNumber && Peek().value == 24 && IsWord(Word::kHours, 1)) {
        m_pos += 2;  // 24시간
        s->spans = {{0, kMinutesPerDay}};
        hasTimes = true;
        if (IsWord(Word::kLabel)) ++m_pos;  // 24시간 영업
    } else if (StartsTime()) {
        // "20:30 라스트오더", as map listings write it.
        const std::size_t timeAt = m_pos;
        Clock clock;
        if (!leadingOff && !leadingBreak && ReadClock(&clock) && IsWord(Word::kLastOrder)) {
            ++m_pos;
            s->kind = Kind::kLastOrder;
            s->time = clock.minute;
            return true;
        }
        m_pos = timeAt;
        // "15:00 - 17:00 브레이크타임" on a line without days: the break is named after it.
        if (!ReadSpans(&s->spans)) return false;
        hasTimes = true;
    }
    // A keyword after the days or times; one followed by a time starts the next statement
    // ("매일 10:00~22:00 브레이크타임 15:00~17:00").
    const bool nextIsTime =
        Peek(1).kind == Tok::kNumber || (Peek(1).kind == Tok::kColon && Peek(2).kind == Tok::kNumber);
    bool trailingOff = false, trailingBreak = false;
    if (!leadingOff && !leadingBreak && IsWord(Word::kOff) && !hasTimes) {
        trailingOff = true;
        ++m_pos;
    } else if (!leadingOff && !leadingBreak && IsWord(Word::kBreak) && hasTimes && !s->hasDays &&
               !nextIsTime) {
        trailingBreak = true;
        ++m_pos;
    }

    if (leadingOff || trailingOff) {
        if (hasTimes) {
            return Fail(keywordAt, "a day off has no hours; write the hours the shop is open instead");
        }
        if (!s->hasDays) {
            return Fail(Peek().offset, "expected the days the shop is closed, as in 휴무: 일요일");
        }
        s->kind = Kind::kOff;
        return true;
    }
    if (s->days.HasWeekOfMonth()) {
        return Fail(s->offset,
                    "a week of the month is understood for days off only, as in "
                    "둘째·넷째 화요일 휴무");
    }
    if (leadingBreak || trailingBreak) {
        if (!hasTimes || s->spans.empty() || s->spans[0] == Span{0, kMinutesPerDay}) {
            return Fail(Peek().offset, "expected the time of the break, as in 브레이크타임 15:00~17:00");
        }
        s->kind = Kind::kBreak;
        return true;
    }
    if (!hasTimes) {
        if (s->hasDays) {
            return Fail(Peek().offset, Peek().kind == Tok::kEnd || Peek().kind == Tok::kBreakLine
                                           ? "expected hours or 휴무 after the days"
                                           : "expected hours or 휴무 after the days, found '" +
                                                 std::string(m_text.substr(Peek().offset, Peek().length)) +
                                                 "'");
        }
        return Unexpected(Peek());
    }
    s->kind = Kind::kHours;
    return true;
}

// Days in a list: "월~금", "월,수,금", "월·수·금", "토일", "평일", "주말 및 공휴일", "둘째·넷째 화요일".
bool Reader::ReadDays(Days* days) {
    if (IsWord(Word::kEveryWeek) || IsWord(Word::kEveryMonth)) {
        const bool month = IsWord(Word::kEveryMonth);
        ++m_pos;
        if (month && !IsWord(Word::kOrdinal) && Peek().kind != Tok::kNumber) {
            return Fail(Peek().offset, "expected a week of the month after 매월, as in 매월 둘째 화요일");
        }
    }
    for (;;) {
        if (!ReadDayItem(days)) return false;
        // A list goes on after ',', '·', 및, or directly with the next weekday ("토일").
        const Token& t = Peek();
        const bool joiner =
            t.kind == Tok::kComma || t.kind == Tok::kDot || (t.kind == Tok::kWord && t.word == Word::kAnd);
        if (joiner) {
            if (t.kind == Tok::kComma) {
                m_lastDayComma = m_pos;
                m_daysBeforeComma = *days;
            }
            ++m_pos;
            if (!StartsDays() || IsWord(Word::kEveryWeek) || IsWord(Word::kEveryMonth)) {
                if (t.kind == Tok::kComma) {  // a ',' between statements: "월~금 9시~18시, 토 …"
                    --m_pos;
                    return true;
                }
                return Fail(Peek().offset,
                            "expected a day after '" + std::string(m_text.substr(t.offset, t.length)) + "'");
            }
            continue;
        }
        if (IsWord(Word::kWeekday) || IsWord(Word::kHoliday) || IsWord(Word::kOrdinal)) continue;
        return true;
    }
}

bool Reader::ReadDayItem(Days* days) {
    const Token& t = Peek();
    if (StartsWeeksOfMonth()) return ReadWeeksOfMonth(days);
    if (t.kind != Tok::kWord) return Unexpected(t);
    switch (t.word) {
        case Word::kEveryDay:
            days->weekdays |= 0x7F;
            ++m_pos;
            return true;
        case Word::kWeekdays:
            days->weekdays |= 0x1F;
            ++m_pos;
            return true;
        case Word::kWeekend:
            days->weekdays |= 0x60;
            ++m_pos;
            return true;
        case Word::kHoliday:
            days->holidays = true;
            ++m_pos;
            return true;
        case Word::kOrdinal:
            return ReadWeeksOfMonth(days);
        case Word::kWeekday: {
            const int first = t.value;
            ++m_pos;
            const bool from = IsWord(Word::kFrom);
            if (Peek().kind == Tok::kDash || from) {
                ++m_pos;
                if (!IsWord(Word::kWeekday)) {
                    return Fail(Peek().offset, "expected the last day of the range, as in 월~금");
                }
                const int last = Peek().value;
                ++m_pos;
                if (from) {
                    if (!IsWord(Word::kUntil)) return Fail(Peek().offset, "expected 까지 after the last day");
                    ++m_pos;
                }
                if (last == first) return Fail(t.offset, "a range of days needs two different days");
                for (int d = first;; d = (d + 1) % 7) {  // 토~월 wraps over Sunday
                    days->weekdays |= 1u << d;
                    if (d == last) break;
                }
                return true;
            }
            days->weekdays |= 1u << first;
            return true;
        }
        default:
            return Unexpected(t);
    }
}

// "둘째·넷째 화요일", "둘째, 넷째 주 화요일", "2·4째 주 화요일", "마지막 주 일요일".
bool Reader::ReadWeeksOfMonth(Days* days) {
    std::vector<int> weeks;
    bool bareNumber = false;
    for (;;) {
        const Token& t = Peek();
        if (t.kind == Tok::kWord && t.word == Word::kOrdinal) {
            weeks.push_back(t.value);
        } else if (t.kind == Tok::kNumber && t.value >= 1 && t.value <= 5 && t.digits == 1) {
            weeks.push_back(t.value);
            bareNumber = true;
        } else {
            return Fail(t.offset, "expected a week of the month: 첫째, 둘째, 셋째, 넷째, 다섯째 or 마지막");
        }
        ++m_pos;
        const Token& next = Peek();
        const bool joiner = next.kind == Tok::kComma || next.kind == Tok::kDot ||
                            (next.kind == Tok::kWord && next.word == Word::kAnd);
        if (joiner && (IsWord(Word::kOrdinal, 1) || Peek(1).kind == Tok::kNumber)) {
            ++m_pos;
            continue;
        }
        if (IsWord(Word::kOrdinal)) continue;  // "둘째 넷째 화요일"
        break;
    }
    if (IsWord(Word::kNth)) {
        ++m_pos;
    } else if (bareNumber) {
        return Fail(Peek().offset, "expected 째 or 번째 after the week of the month, as in 2·4째 주");
    }
    if (IsWord(Word::kWeek)) ++m_pos;
    if (!IsWord(Word::kWeekday)) {
        return Fail(Peek().offset, "expected a weekday after the week of the month, as in 둘째 화요일");
    }
    const int weekday = Peek().value;
    ++m_pos;
    if (Peek().kind == Tok::kDash) {
        return Fail(Peek().offset, "a week of the month goes with one weekday, as in 둘째 화요일");
    }
    for (int w : weeks) {
        if (w == -1) {
            days->nthLast[weekday] |= 1u;
        } else {
            days->nth[weekday] |= 1u << (w - 1);
        }
    }
    return true;
}

// Spans separated by ',' or '/': "11:00~15:00, 17:00~22:00". A last span followed by a break
// keyword is left for the break ("매일 11:00~21:00, 15:00~17:00 브레이크타임").
bool Reader::ReadSpans(std::vector<Span>* spans) {
    for (;;) {
        Span span;
        if (!ReadSpan(&span)) return false;
        spans->push_back(span);
        if (Peek().kind == Tok::kComma) {
            const std::size_t saved = m_pos;
            ++m_pos;
            if (StartsTime() && !StartsWeeksOfMonth()) {
                // Read the next span to see whether a break keyword follows it.
                const std::size_t spanStart = m_pos;
                Span next;
                if (!ReadSpan(&next)) return false;
                if (IsWord(Word::kBreak)) {
                    m_pos = saved;
                    return true;
                }
                m_pos = spanStart;
                continue;
            }
            m_pos = saved;
        }
        return true;
    }
}

// "9시~18시", "오전 9시부터 오후 6시까지", "18:00-02:00", "22시~새벽 2시".
bool Reader::ReadSpan(Span* span) {
    const std::size_t spanAt = Peek().offset;
    Clock start, end;
    if (!ReadClock(&start)) return false;
    bool from = false;
    if (IsWord(Word::kFrom)) {
        from = true;
        ++m_pos;
    } else if (Peek().kind == Tok::kDash) {
        ++m_pos;
    } else {
        return Fail(Peek().offset, "expected '~' and the closing time, as in 9시~18시");
    }
    if (!ReadClock(&end)) return false;
    if (from) {
        if (!IsWord(Word::kUntil)) return Fail(Peek().offset, "expected 까지 after the closing time");
        ++m_pos;
    }
    if (start.minute >= kMinutesPerDay) {
        return Fail(start.offset, "the hours cannot start at 24시 or later");
    }
    if (!start.certain && start.plainHour >= 1 && start.plainHour <= 5) {
        return Fail(start.offset, "say whether this is night or afternoon, as in 새벽 3시 or 오후 3시");
    }
    int endMinute = end.minute == 0 ? kMinutesPerDay : end.minute;  // 0시, 00:00, 자정
    // A plain end hour could also be 12 hours later: "9시~6시" may mean 18:00 or 06:00.
    const int later = end.plainHour > 0 ? end.minute + 12 * 60 : -1;
    const bool ambiguous = !end.certain && later > start.minute && later <= kMinutesPerDay;
    if (endMinute <= start.minute) {
        if (ambiguous) {
            return Fail(end.offset, "the closing time is before the opening time; write 오후 " +
                                        std::to_string(end.plainHour) + "시 or " +
                                        std::to_string(later / 60) + "시, or 새벽 " +
                                        std::to_string(end.plainHour) + "시 for past midnight");
        }
        endMinute += kMinutesPerDay;  // 18:00~02:00 runs past midnight
    } else if (ambiguous && end.plainHour <= 5 && !start.night) {
        return Fail(end.offset, "say whether this is night or afternoon, as in 새벽 3시 or 오후 3시");
    }
    if (endMinute == start.minute + kMinutesPerDay && start.minute != 0) {
        return Fail(spanAt, "the hours end when they start; for a whole day write 24시간");
    }
    *span = {start.minute, endMinute};
    return true;
}

// "9시", "9시반", "9시 30분", "09:00", "오후 3시", "3PM", "정오", "자정".
bool Reader::ReadClock(Clock* clock) {
    clock->offset = Peek().offset;
    int period = -1;
    if (IsWord(Word::kPeriod)) {
        period = Peek().value;
        ++m_pos;
    }
    if (IsWord(Word::kNoon) || IsWord(Word::kMidnight)) {
        if (period >= 0) return Fail(Peek().offset, "정오 and 자정 need no 오전 or 오후");
        clock->minute = IsWord(Word::kNoon) ? 12 * 60 : 0;
        clock->certain = true;
        clock->night = IsWord(Word::kMidnight);
        ++m_pos;
        return true;
    }
    const Token& hourToken = Peek();
    if (hourToken.kind != Tok::kNumber) {
        return Fail(hourToken.offset, "expected a time like 9시 or 09:00");
    }
    ++m_pos;
    const std::size_t hourAt = hourToken.offset;
    const std::string written(m_text.substr(hourAt, hourToken.length));
    if (hourToken.digits > 2) {
        return Fail(hourAt, "a bare number is not a time; write 9시 30분 or 09:30");
    }
    int hour = hourToken.value;
    int minute = 0;
    if (Peek().kind == Tok::kColon) {
        ++m_pos;
        const Token& m = Peek();
        if (m.kind != Tok::kNumber || m.digits != 2) {
            return Fail(m.offset, "expected two digits of minutes, as in 09:30");
        }
        if (m.value > 59) return Fail(m.offset, "minutes run from 00 to 59");
        minute = m.value;
        ++m_pos;
    } else if (IsWord(Word::kHour)) {
        ++m_pos;
        if (IsWord(Word::kHalf)) {
            minute = 30;
            ++m_pos;
        } else if (Peek().kind == Tok::kNumber && IsWord(Word::kMinute, 1)) {
            if (Peek().value > 59) return Fail(Peek().offset, "minutes run from 0 to 59");
            minute = Peek().value;
            m_pos += 2;
        }
    } else if (!(IsWord(Word::kPeriod) && (Peek().value == kAm || Peek().value == kPm))) {
        return Fail(hourAt, "a bare number is not a time; write " + written + "시 or " + written + ":00");
    }
    if (IsWord(Word::kPeriod) && (Peek().value == kAm || Peek().value == kPm) && period < 0) {
        period = Peek().value;  // 3PM, 9:30 am
        ++m_pos;
    }
    if (hour > 24 || (hour == 24 && minute > 0)) {
        return Fail(hourAt, written + "시 is not a time of day; hours run from 0 to 24");
    }
    // How each part of the day reads its hours, said on the 12-hour clock.
    auto outside = [&](int lo, int hi) { return hour < lo || hour > hi; };
    const std::string mismatch = "the hour " + written + " does not go with the part of the day";
    switch (period) {
        case kAm:
            if (outside(1, 12)) return Fail(hourAt, mismatch);
            if (hour == 12) hour = 0;
            break;
        case kMorning:
            if (outside(5, 11)) return Fail(hourAt, mismatch);
            break;
        case kPm:
            if (outside(1, 12)) return Fail(hourAt, mismatch);
            if (hour != 12) hour += 12;
            break;
        case kDawn:
            if (outside(1, 6)) return Fail(hourAt, mismatch);
            break;
        case kDaytime:
            if (outside(1, 12) || (hour >= 6 && hour < 11)) return Fail(hourAt, mismatch);
            if (hour < 6) hour += 12;
            break;
        case kEvening:
            if (outside(5, 11)) return Fail(hourAt, mismatch);
            hour += 12;
            break;
        case kNight:
            if (outside(1, 12)) return Fail(hourAt, mismatch);
            if (hour >= 6) hour += 12;  // 밤 10시 is 22:00, 밤 12시 midnight, 밤 2시 02:00
            break;
        default: {
            // The 24-hour clock: "18시", "02:00" and "0시" are certain; "6시" or "6:00" is not.
            const bool leadingZero = hourToken.digits == 2 && written[0] == '0';
            clock->certain = hour == 0 || hour >= 13 || leadingZero;
            if (!clock->certain) clock->plainHour = hour;
            break;
        }
    }
    if (period >= 0) clock->certain = true;
    clock->night = clock->certain && (hour < 6 || hour == 24);
    clock->minute = (hour % 24) * 60 + minute + (hour == 24 ? kMinutesPerDay : 0);
    return true;
}

// [SECTION] Week

const char* const kWeekdayKorean[7] = {"월", "화", "수", "목", "금", "토", "일"};

// One weekday's hours as the statements leave them.
struct DayPlan {
    bool set = false;  // some statement gave hours
    bool off = false;  // a statement said it is a day off
    std::vector<Span> spans;
    std::string comment;
};

// Splits `spans` around a break; false when the break does not lie inside one of them
// (touching or crossing an edge counts as not inside). `partial` tells a break that crosses an
// edge from one that misses the hours.
bool ApplyBreak(std::vector<Span>* spans, Span brk, bool* partial) {
    *partial = false;
    for (int shift : {0, kMinutesPerDay}) {
        const Span b{brk.start + shift, brk.end + shift};
        for (std::size_t i = 0; i < spans->size(); ++i) {
            const Span s = (*spans)[i];
            if (s.start < b.start && b.end < s.end) {
                (*spans)[i] = {s.start, b.start};
                spans->insert(spans->begin() + i + 1, Span{b.end, s.end});
                return true;
            }
            if (b.start < s.end && s.start < b.end) *partial = true;
        }
    }
    return false;
}

// True when some span is open just before `minute` (the same day's or after midnight).
bool Holds(const std::vector<Span>& spans, int minute) {
    for (const Span& span : spans) {
        for (int shift : {0, kMinutesPerDay}) {
            if (span.start < minute + shift && minute + shift <= span.end) return true;
        }
    }
    return false;
}

// What the statements say, put together.
struct Week {
    DayPlan days[7];
    DayPlan holiday;
    Days off;  // every day off named, merged
    bool anyOff = false;
    std::size_t offAt = 0;  // the first day-off statement
    bool allYear = false;
    std::size_t allYearAt = 0;
};

// Hours, days off and 연중무휴 from the statements; each weekday gets hours once.
bool CollectHours(std::string_view text, const std::vector<Statement>& statements, Week* week,
                  HoursError* error) {
    for (const Statement& s : statements) {
        if (s.kind == Kind::kAllYear) {
            week->allYear = true;
            week->allYearAt = s.offset;
        }
        if (s.kind == Kind::kOff) {
            week->off.weekdays |= s.days.weekdays;
            week->off.holidays |= s.days.holidays;
            for (int d = 0; d < 7; ++d) {
                week->off.nth[d] |= s.days.nth[d];
                week->off.nthLast[d] |= s.days.nthLast[d];
            }
            if (!week->anyOff) week->offAt = s.offset;
            week->anyOff = true;
        }
        if (s.kind != Kind::kHours) continue;
        const unsigned weekdays = s.hasDays ? s.days.weekdays : 0x7F;
        for (int d = 0; d < 7; ++d) {
            if (!(weekdays & (1u << d))) continue;
            if (week->days[d].set) {
                return Fail(error, s.offset,
                            std::string("the hours of ") + kWeekdayKorean[d] +
                                " are given twice; name each day once");
            }
            week->days[d].set = true;
            week->days[d].spans = s.spans;
        }
        if (s.days.holidays) {
            if (week->holiday.set) return Fail(error, s.offset, "the hours of 공휴일 are given twice");
            week->holiday.set = true;
            week->holiday.spans = s.spans;
        }
    }
    bool anyHours = week->holiday.set;
    for (DayPlan& p : week->days) {
        anyHours = anyHours || p.set;
        NormalizeSpans(&p.spans);
    }
    NormalizeSpans(&week->holiday.spans);
    if (!anyHours) {
        return Fail(error, text.size(),
                    week->allYear ? "연중무휴 says the shop opens every day, but not its hours; add "
                                    "them, as in 매일 10:00~22:00"
                                  : "the text says which days are off, but not the hours; add them, "
                                    "as in 매일 10:00~22:00");
    }
    return true;
}

// Breaks: inside the hours of the days named, or of every day whose hours hold them (a day that
// closes before the break keeps its hours; one whose hours it crosses is a contradiction).
bool ApplyBreaks(const std::vector<Statement>& statements, Week* week, HoursError* error) {
    for (const Statement& s : statements) {
        if (s.kind != Kind::kBreak) continue;
        for (const Span& brk : s.spans) {
            bool used = false;
            for (int d = 0; d < 7; ++d) {
                DayPlan& day = week->days[d];
                if (s.hasDays && !(s.days.weekdays & (1u << d))) continue;
                if (!day.set) {
                    if (!s.hasDays) continue;
                    return Fail(error, s.offset,
                                std::string("a break on ") + kWeekdayKorean[d] + ", which has no hours");
                }
                bool partial = false;
                if (ApplyBreak(&day.spans, brk, &partial)) {
                    used = true;
                } else if (partial || s.hasDays) {
                    return Fail(error, s.offset,
                                std::string("the break is not inside the hours of ") + kWeekdayKorean[d]);
                }
            }
            if (!used) return Fail(error, s.offset, "the break is not inside the hours");
        }
    }
    return true;
}

// Days off replace hours ("매일 10:00~22:00, 일요일 휴무"); 연중무휴 allows none and needs
// hours on every weekday.
bool ApplyDaysOff(Week* week, HoursError* error) {
    if (week->allYear && week->anyOff) {
        return Fail(error, std::max(week->allYearAt, week->offAt),
                    "연중무휴 (open every day) and a day off contradict each other");
    }
    for (int d = 0; d < 7; ++d) {
        DayPlan& day = week->days[d];
        if (week->off.weekdays & (1u << d)) {
            day.off = true;
            day.spans.clear();
        }
        if (week->allYear && !day.set) {
            return Fail(error, week->allYearAt,
                        std::string("연중무휴 says the shop opens every day, but no hours are given "
                                    "for ") +
                            kWeekdayKorean[d]);
        }
        if ((week->off.nth[d] || week->off.nthLast[d]) && (day.off || !day.set)) {
            return Fail(error, week->offAt,
                        std::string("a week of the month off, but ") + kWeekdayKorean[d] +
                            " has no hours in any week");
        }
    }
    if (week->off.holidays && week->holiday.set) {
        return Fail(error, week->offAt, "공휴일 has hours and is a day off");
    }
    return true;
}

// The last order, a comment on each day whose hours hold it.
bool AttachLastOrders(const std::vector<Statement>& statements, Week* week, HoursError* error) {
    for (const Statement& s : statements) {
        if (s.kind != Kind::kLastOrder) continue;
        bool used = false;
        for (int d = 0; d < 7; ++d) {
            DayPlan& day = week->days[d];
            if ((s.hasDays && !(s.days.weekdays & (1u << d))) || !Holds(day.spans, s.time)) continue;
            if (!day.comment.empty()) {
                return Fail(error, s.offset, std::string("two last orders on ") + kWeekdayKorean[d]);
            }
            day.comment = "last order " + FormatClock(s.time);
            used = true;
        }
        if (!used) return Fail(error, s.offset, "the last order is not inside the hours");
    }
    return true;
}

// Open days grouped by identical hours, then days off, weeks of the month off, and 공휴일.
std::string WriteWeek(const Week& week) {
    bool always = !week.anyOff && !week.holiday.set;
    for (const DayPlan& p : week.days) {
        always = always && p.set && p.comment.empty() && p.spans.size() == 1 &&
                 p.spans[0] == Span{0, kMinutesPerDay};
    }
    if (always) return "24/7";
    std::vector<std::string> rules;
    unsigned done = 0;
    for (int d = 0; d < 7; ++d) {
        const DayPlan& day = week.days[d];
        if (done & (1u << d) || !day.set || day.off) continue;
        unsigned group = 0;
        for (int e = d; e < 7; ++e) {
            const DayPlan& other = week.days[e];
            if (other.set && !other.off && other.spans == day.spans && other.comment == day.comment) {
                group |= 1u << e;
            }
        }
        done |= group;
        std::string rule = WriteWeekdays(group) + " " + WriteSpans(day.spans);
        if (!day.comment.empty()) rule += " \"" + day.comment + "\"";
        rules.push_back(rule);
    }
    const Days& off = week.off;
    if (off.weekdays) rules.push_back(WriteWeekdays(off.weekdays) + " off");
    std::string nth;
    for (int d = 0; d < 7; ++d) {
        if (!off.nth[d] && !off.nthLast[d]) continue;
        std::string weeks;
        for (int n = 0; n < 5; ++n) {
            if (off.nth[d] & (1u << n)) weeks += (weeks.empty() ? "" : ",") + std::to_string(n + 1);
        }
        if (off.nthLast[d]) weeks += (weeks.empty() ? "" : ",") + std::string("-1");
        nth += (nth.empty() ? "" : ",") + WriteWeekdays(1u << d) + "[" + weeks + "]";
    }
    if (!nth.empty()) rules.push_back(nth + " off");
    if (week.holiday.set) rules.push_back("PH " + WriteSpans(week.holiday.spans));
    if (off.holidays) rules.push_back("PH off");

    std::string out;
    for (const std::string& r : rules) out += (out.empty() ? "" : "; ") + r;
    return out;
}

bool Assemble(std::string_view text, const std::vector<Statement>& statements, std::string* out,
              HoursError* error) {
    Week week;
    if (!CollectHours(text, statements, &week, error) || !ApplyBreaks(statements, &week, error) ||
        !ApplyDaysOff(&week, error) || !AttachLastOrders(statements, &week, error)) {
        return false;
    }
    *out = WriteWeek(week);
    return true;
}

// Whether the text reads like opening_hours more than like Korean: Latin letters and no Hangul.
bool LooksLikeOpeningHours(std::string_view text) {
    bool latin = false;
    for (std::size_t pos = 0; pos < text.size();) {
        const std::uint32_t cp = NextCodepoint(text, &pos);
        if (IsHangul(cp)) return false;
        latin = latin || (cp < 0x80 && IsLatin(char(cp)));
    }
    return latin;
}

}  // namespace

std::optional<std::string> ReadKoreanHours(std::string_view text, HoursError* error) {
    HoursError local;
    HoursError* err = error ? error : &local;
    std::vector<Token> tokens;
    if (!Lex(text, &tokens, err)) return std::nullopt;
    if (tokens.size() == 1) {
        *err = {0, "the opening hours are empty"};
        return std::nullopt;
    }
    Reader reader(text, std::move(tokens));
    std::vector<Statement> statements;
    if (!reader.Read(&statements)) {
        *err = reader.Error();
        return std::nullopt;
    }
    std::string out;
    if (!Assemble(text, statements, &out, err)) return std::nullopt;
    // What we write must read back; a failure here is a bug of this file, not of the text.
    HoursError check;
    if (!ParseOpeningHours(out, &check)) {
        *err = {0, "internal error: \"" + out + "\" is not valid opening_hours: " + check.message};
        return std::nullopt;
    }
    return out;
}

HoursInput ReadHoursInput(std::string_view text) {
    HoursInput result;
    HoursError osm;
    if (ParseOpeningHours(text, &osm)) {
        result.hours = std::string(text);
        return result;
    }
    HoursError korean;
    if (std::optional<std::string> read = ReadKoreanHours(text, &korean)) {
        result.converted = *read != text;
        result.hours = std::move(*read);
        return result;
    }
    const bool preferOsm =
        osm.offset > korean.offset || (osm.offset == korean.offset && LooksLikeOpeningHours(text));
    result.error = preferOsm ? osm : korean;
    return result;
}

}  // namespace golmok
