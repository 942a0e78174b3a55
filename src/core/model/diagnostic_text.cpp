// [SECTION] index
//  - Words: the kinds of value and item a sentence names, in each language
//  - Sentences: one row per DiagCode
//  - Writing a sentence: values, English plurals, Korean particles
//  - DiagnosticText, MakeDiagnostic, AddDiagnosticCodepoints
// (Where a problem is, in words, is told by i18n/diagnostic_place.cpp: it borrows the page's
// headings, which live a layer above this one.)
//
// A sentence is a pattern with three kinds of mark:
//   {0} {1} …  the value of that number, or its word in this language when the row says so;
//   {0s}       "s" unless value 0 is "1" (English plurals);
//   {을/를}     the Korean particle that fits what was just written (see Particle below).
// Values are quoted with ASCII quotes in every language, so that no language needs extra marks
// in its font. The words for the reader are kept plain: a shop owner edits this file, not a
// programmer.

#include "core/model/diagnostic_text.h"

#include <cstring>

#include "core/text/hangul.h"
#include "core/text/utf8.h"

namespace golmok {
namespace {

// [SECTION] Words

struct Word {
    const char* key;
    const char* text[kLangCount];  // ko, en, ja, zh
};

const Word kWords[] = {
    // What a value should be, and what it was found to be.
    {"object", {"{ … } 형태의 값", "an object", "{ … }のデータ", "{ … }格式的数据"}},
    {"bundle", {"{ … } 형태의 값", "a bundle object", "{ … }のデータ", "{ … }格式的数据"}},
    {"index", {"{ … } 형태의 값", "an index object", "{ … }のデータ", "{ … }格式的数据"}},
    {"position",
     {"{\"lat\": …, \"lon\": …} 위치", "a position {\"lat\": …, \"lon\": …}",
      "{\"lat\": …, \"lon\": …}の位置", "{\"lat\": …, \"lon\": …}格式的位置"}},
    {"bounds",
     {"{\"south\", \"west\", \"north\", \"east\"} 경계", "bounds {\"south\", \"west\", \"north\", \"east\"}",
      "{\"south\", \"west\", \"north\", \"east\"}のデータ", "{\"south\", \"west\", \"north\", \"east\"}格式的数据"}},
    {"string", {"따옴표 안의 글", "a string", "\"…\"のテキスト", "\"…\"里的文字"}},
    {"bool", {"true 또는 false 값", "true or false", "true/false", "true/false"}},
    {"number", {"숫자", "a number", "数字", "数字"}},
    {"text",
     {"{\"ko\": \"…\", \"en\": \"…\"} 형태의 글", "a text object such as {\"ko\": \"…\", \"en\": \"…\"}",
      "{\"ko\": \"…\", \"en\": \"…\"}のテキスト", "{\"ko\": \"…\", \"en\": \"…\"}格式的文字"}},
    {"date",
     {"\"YYYY-MM-DD\" 형태의 날짜", "a date \"YYYY-MM-DD\"", "\"YYYY-MM-DD\"の日にち",
      "\"YYYY-MM-DD\"格式的日期"}},
    {"array", {"[ … ] 형태의 값", "an array", "[ … ]のリスト", "[ … ]格式的数据"}},
    {"format", {"숫자 1", "the integer 1", "数字の1", "数字1"}},
    {"won", {"소수점 없는 원 단위 숫자", "a whole number of won", "小数のない数字", "没有小数点的数字"}},
    {"null", {"null 값", "null", "null", "null"}},
    {"boolean", {"true/false 값", "a boolean", "true/false", "true/false"}},
    {"integer", {"숫자", "an integer", "数字", "整数"}},
    {"float", {"소수점이 있는 숫자", "a number", "小数", "小数"}},
    // Kinds of item, in "duplicate … id".
    {"category", {"업종", "category", "業種", "分类"}},
    {"street", {"거리", "street", "通り", "街道"}},
    {"landmark", {"장소", "landmark", "場所", "地点"}},
    {"shop", {"가게", "shop", "お店", "店铺"}},
    {"promotion", {"혜택", "promotion", "お得情報", "优惠"}},
    {"event", {"행사", "event", "イベント", "活动"}},
};

const Word* FindWord(const std::string& key) {
    for (const Word& w : kWords) {
        if (key == w.key) return &w;
    }
    return nullptr;
}

// [SECTION] Sentences

struct Sentence {
    DiagCode code;
    int args;
    unsigned words;  // bit i: value i is a key of kWords
    const char* text[kLangCount];  // ko, en, ja, zh
};

// Order follows enum DiagCode.
const Sentence kSentences[] = {
    {DiagCode::kOther, 0, 0, {"", "", "", ""}},
    {DiagCode::kJsonSyntax, 1, 0,
     {"JSON 형식이 맞지 않아 읽을 수 없습니다. 이 위치 앞뒤에 쉼표(,)나 따옴표, 괄호가 없거나 더 "
      "있는지 확인하세요.",
      "invalid JSON: {0}",
      "JSONとして読めません。この位置の前後の , \" { } [ ] を確認してください。",
      "JSON格式有问题。请查看此位置前后的 , \" { } [ ]。"}},
    {DiagCode::kJsonEncoding, 1, 0,
     {"파일이 UTF-8이 아닙니다. 편집기에서 UTF-8로 다시 저장하세요.", "invalid JSON: {0}",
      "ファイルがUTF-8ではありません。UTF-8のファイルにしてください。",
      "文件不是UTF-8，请改为UTF-8。"}},
    {DiagCode::kFileTooLarge, 2, 0,
     {"파일이 너무 커서({0}바이트) 읽을 수 없습니다. {1}바이트(16 MiB)까지만 읽을 수 있습니다.",
      "the file is {0} bytes; golmok reads files of at most {1} bytes (16 MiB)",
      "ファイルが{0}バイトあります。読めるのは{1}バイト（16 MiB）までです。",
      "文件有{0}字节，请在{1}字节（16 MiB）以内。"}},
    {DiagCode::kTooManyValues, 1, 0,
     {"값이 {0}개보다 많습니다. 파일이 맞는지 확인하세요.",
      "more than {0} values in one file; a bundle never needs that many",
      "データは{0}個までにしてください。ファイルを確認してください。",
      "数据请在{0}个以内，请查看文件。"}},
    {DiagCode::kTooDeep, 1, 0,
     {"괄호 안에 괄호가 {0}단계보다 많이 들어 있습니다. 닫는 괄호가 모두 있는지 확인하세요.",
      "nesting is deeper than {0} levels; a bundle never needs that",
      "カッコの中のカッコは{0}個までです。閉じカッコを確認してください。",
      "{ } [ ] 里的 { } [ ] 请在{0}个以内，请查看有没有关闭。"}},
    {DiagCode::kStringTooLong, 2, 0,
     {"글이 너무 길어서({0}바이트) 읽을 수 없습니다. 글 하나는 {1}바이트까지 쓸 수 있습니다.",
      "a string of {0} bytes; a bundle's texts may be at most {1} bytes",
      "テキストが{0}バイトあります。{1}バイトまでにしてください。",
      "文字有{0}字节，请在{1}字节以内。"}},
    {DiagCode::kKeyTooLong, 2, 0,
     {"항목 이름이 너무 길어서({0}바이트) 읽을 수 없습니다. {1}바이트까지 쓸 수 있습니다.",
      "a member name of {0} bytes; a bundle's texts may be at most {1} bytes",
      "キーが{0}バイトあります。{1}バイトまでにしてください。",
      "这一项有{0}字节，请在{1}字节以内。"}},
    {DiagCode::kDuplicateKey, 1, 0,
     {"\"{0}\"{이/가} 두 번 있습니다. 하나만 남기세요.",
      "the key \"{0}\" appears twice in this object; keep only one",
      "\"{0}\"が2つあります。1つだけにしてください。",
      "有2个\"{0}\"，请去除1个。"}},
    {DiagCode::kMoreOfThisKind, 1, 0,
     {"이 밖에도 문제가 더 있습니다. 처음 {0}건만 보여 드립니다.",
      "more problems of this kind follow; only the first {0} are listed",
      "問題はまだあります。はじめの{0}件だけ表示しています。",
      "这里显示前{0}个问题，后面的没有显示。"}},
    {DiagCode::kMoreProblems, 1, 0,
     {"문제가 더 있습니다. 처음 {0}건만 보여 드리니, 이것부터 고친 뒤 다시 확인하세요.",
      "more problems follow; only the first {0} are listed: fix these and check again",
      "問題はまだあります。はじめの{0}件だけ表示しています。これを変えてから、もう一度確認してください。",
      "这里显示前{0}个问题，后面的没有显示。请修改后再查看。"}},
    {DiagCode::kExpected, 2, 0x3,
     {"여기에는 {0}{이/가} 와야 하는데 {1}{이/가} 있습니다.", "expected {0}, found {1}",
      "ここは{0}にしてください（今は{1}です）。", "这里请用{0}，现在是{1}。"}},
    {DiagCode::kExpectedOneOf, 2, 0x2,
     {"여기에는 {0} 중 하나가 와야 하는데 {1}{이/가} 있습니다.", "expected one of: {0}, found {1}",
      "ここは{0}のどれかにしてください（今は{1}です）。", "这里请用{0}中的一个，现在是{1}。"}},
    {DiagCode::kUnknownMember, 2, 0,
     {"\"{0}\"{은/는} 쓸 수 없는 항목 이름입니다. 다음 중 하나로 고치세요: {1}",
      "unknown member \"{0}\"; expected one of: {1}",
      "\"{0}\"は使えないキーです。使えるキー: {1}",
      "不可用\"{0}\"，可以用：{1}"}},
    {DiagCode::kMissingMember, 1, 0,
     {"필요한 항목 \"{0}\"{이/가} 없습니다. 추가하세요.", "missing required member \"{0}\"",
      "\"{0}\"がありません。入れてください。", "没有\"{0}\"，请加上。"}},
    {DiagCode::kEmptyString, 0, 0,
     {"비어 있습니다. 내용을 적으세요.", "expected a non-empty string", "空です。テキストを入れてください。",
      "这里没有文字，请加上文字。"}},
    {DiagCode::kNotFinite, 0, 0,
     {"숫자로 읽을 수 없습니다.", "expected a finite number", "数字として読めません。", "不是正确的数字。"}},
    {DiagCode::kBadId, 1, 0,
     {"\"{0}\"{은/는} ID로 쓸 수 없습니다. ID에는 영어 소문자, 숫자, -만 64자까지 쓰고, -로 시작하지 "
      "마세요. 예: manna-bunsik",
      "expected an id of lower-case letters, digits and hyphens (at most 64, not starting with a "
      "hyphen), found \"{0}\"",
      "\"{0}\"はIDに使えません。IDはa-z、0-9、-で64文字までにし、-で始めないでください。例: manna-bunsik",
      "\"{0}\"不可用作ID。ID请用a-z、0-9和-，64个字以内，不可以-开头。如：manna-bunsik"}},
    {DiagCode::kUnknownLanguage, 1, 0,
     {"\"{0}\"{은/는} 쓸 수 없는 언어입니다. ko, en, ja, zh 중 하나로 고치세요.",
      "unknown language \"{0}\"; expected ko, en, ja or zh",
      "\"{0}\"は使えない言語です。ko、en、ja、zhのどれかにしてください。",
      "不可用语言\"{0}\"，请用ko、en、ja、zh中的一个。"}},
    {DiagCode::kMissingKorean, 0, 0,
     {"한국어(\"ko\")가 없습니다. 모든 글에 한국어를 적어 주세요.",
      "missing Korean text: \"ko\" is required in every text",
      "韓国語(\"ko\")がありません。どのテキストにも韓国語を入れてください。",
      "没有韩语(\"ko\")，请加上韩语。"}},
    {DiagCode::kEmptyKorean, 0, 0,
     {"한국어(\"ko\")가 비어 있습니다. 모든 글에 한국어를 적어 주세요.",
      "Korean text is empty; \"ko\" is required in every text",
      "韓国語(\"ko\")が空です。どのテキストにも韓国語を入れてください。",
      "韩语(\"ko\")里没有文字，请加上韩语。"}},
    {DiagCode::kBadDate, 1, 0,
     {"날짜 \"{0}\"{을/를} 읽을 수 없습니다. 실제 있는 날짜를 YYYY-MM-DD 형태로 쓰세요. 예: 2026-12-31",
      "expected a date \"YYYY-MM-DD\" that exists, found \"{0}\"",
      "日にち\"{0}\"が読めません。実際にある日にちをYYYY-MM-DDで入れてください。例: 2026-12-31",
      "日期\"{0}\"有问题，请用YYYY-MM-DD格式的真实日期，如：2026-12-31"}},
    {DiagCode::kLatitudeRange, 0, 0,
     {"위도(lat)는 -90에서 90 사이의 값만 쓸 수 있습니다.", "latitude must be between -90 and 90",
      "latは-90から90の間にしてください。", "lat请在-90到90之间。"}},
    {DiagCode::kLongitudeRange, 0, 0,
     {"경도(lon)는 -180에서 180 사이의 값만 쓸 수 있습니다.", "longitude must be between -180 and 180",
      "lonは-180から180の間にしてください。", "lon请在-180到180之间。"}},
    {DiagCode::kBadPhone, 1, 0,
     {"전화번호 \"{0}\"{을/를} 읽을 수 없습니다. 숫자와 -만 쓰세요. 예: 02-803-1234",
      "expected a phone number of digits and hyphens such as \"02-803-1234\", found \"{0}\"",
      "電話番号\"{0}\"が読めません。数字と-で入れてください。例: 02-803-1234",
      "电话号码\"{0}\"有问题，请用数字和-，如：02-803-1234"}},
    {DiagCode::kBadLinkScheme, 1, 0,
     {"링크 \"{0}\"{은/는} 쓸 수 없습니다. https:, http:, tel:, mailto: 로 시작하는 주소만 됩니다.",
      "links may only use https:, http:, tel: or mailto:, found \"{0}\"",
      "リンク\"{0}\"は使えません。https:、http:、tel:、mailto:で始まるアドレスにしてください。",
      "不可用链接\"{0}\"，请用https:、http:、tel:、mailto:开头的地址。"}},
    {DiagCode::kUnknownValue, 2, 0,
     {"\"{0}\"{은/는} 쓸 수 없는 값입니다. 다음 중 하나로 고치세요: {1}",
      "unknown value \"{0}\"; expected one of: {1}",
      "\"{0}\"は使えません。使えるのは: {1}",
      "不可用\"{0}\"，可以用：{1}"}},
    {DiagCode::kTooFewItems, 1, 0,
     {"항목을 {0}개 이상 적어 주세요.", "expected at least {0} item{0s}", "{0}個は入れてください。",
      "请加上{0}个以上。"}},
    {DiagCode::kFormatVersion, 1, 0,
     {"format 1 파일만 읽을 수 있습니다(지금은 {0}). \"format\": 1로 고치세요.",
      "this version of golmok reads format 1, found format {0}",
      "読めるのはformat 1だけです（今は{0}）。\"format\": 1にしてください。",
      "这里请用format 1（现在是{0}），请改为\"format\": 1。"}},
    {DiagCode::kTooManyShops, 2, 0,
     {"가게가 {0}곳입니다. 한 파일에는 {1}곳까지만 쓸 수 있습니다.",
      "this bundle lists {0} shops; a bundle may hold at most {1}",
      "お店が{0}店あります。1つのファイルに入れられるのは{1}店までです。",
      "有{0}家店铺，一个文件请在{1}家以内。"}},
    {DiagCode::kBadColor, 1, 0,
     {"색 \"{0}\"{을/를} 읽을 수 없습니다. #rrggbb 형태로 쓰세요. 예: #e4572e",
      "expected a colour \"#rrggbb\", found \"{0}\"",
      "カラー\"{0}\"が読めません。#rrggbbで入れてください。例: #e4572e",
      "色彩\"{0}\"有问题，请用#rrggbb，如：#e4572e"}},
    {DiagCode::kListedTwice, 0, 0,
     {"두 번 있습니다. 하나를 지우세요.", "listed twice", "2つあります。1つ消してください。",
      "有2个一样的，请去除1个。"}},
    {DiagCode::kBadHours, 3, 0,
     {"영업시간 \"{0}\"{을/를} 읽을 수 없습니다({1}번째 글자). 페이지에는 '영업시간 정보 없음'으로 "
      "표시됩니다. 요일은 Mo Tu We Th Fr Sa Su, 시간은 09:00-18:00 형태로 쓰세요. 예: Mo-Fr 09:00-18:00; Su off",
      "opening hours \"{0}\" not understood at character {1}: {2}; the page shows \"hours not "
      "known\" (write e.g. \"Mo-Fr 09:00-18:00\")",
      "営業時間\"{0}\"が読めません（{1}文字目）。ページには\"営業時間不明\"と表示されます。"
      "曜日はMo Tu We Th Fr Sa Su、時間は09:00-18:00のように入れてください。"
      "例: Mo-Fr 09:00-18:00; Su off",
      "营业时间\"{0}\"有问题（第{1}个字），页面上会显示\"营业时间不详\"。"
      "周一至周日请用Mo Tu We Th Fr Sa Su，时间如09:00-18:00。例如：Mo-Fr 09:00-18:00; Su off"}},
    {DiagCode::kPriceRange, 0, 0,
     {"가격은 0원에서 100,000,000원 사이로 쓰세요.", "a price must be between 0 and 100,000,000 won",
      "価格は0〜100,000,000ウォンにしてください。", "价格请在0到100,000,000韩元之间。"}},
    {DiagCode::kEndBeforeStart, 2, 0,
     {"끝나는 날({0})이 시작하는 날({1})보다 앞입니다. 날짜를 확인하세요.",
      "ends on {0}, before it starts on {1}",
      "終了日（{0}）が開始日（{1}）より前です。日にちを確認してください。",
      "最后一天（{0}）在第一天（{1}）之前，请查看日期。"}},
    {DiagCode::kDuplicateId, 3, 0x1,
     {"ID \"{1}\"{은/는} 이미 다른 {0}의 ID입니다({2}). 다른 ID로 고치세요.",
      "duplicate {0} id \"{1}\" (first used at {2})",
      "ID\"{1}\"は別の{0}でもう使われています（{2}）。別のIDにしてください。",
      "ID\"{1}\"已被别的{0}用了（{2}），请换一个ID。"}},
    {DiagCode::kOutsideBounds, 6, 0,
     {"위치 ({0}, {1}){이/가} 상권 경계(남 {2}, 서 {3}, 북 {4}, 동 {5}) 밖에 있습니다. 위도와 경도를 "
      "확인하세요.",
      "position ({0}, {1}) is outside the district's bounds (south {2}, west {3}, north {4}, east {5})",
      "位置（{0}, {1}）が商店街の外です（south {2}、west {3}、north {4}、east {5}）。latとlonを確認してください。",
      "位置（{0}, {1}）不在商圈内（south {2}，west {3}，north {4}，east {5}），请查看lat和lon。"}},
    {DiagCode::kUnknownCategory, 1, 0,
     {"업종 \"{0}\"{이/가} 없습니다. /categories에 있는 ID 중 하나로 고치세요.",
      "unknown category \"{0}\"; it must be one of the ids in /categories",
      "業種\"{0}\"がありません。/categoriesにあるIDのどれかにしてください。",
      "没有分类\"{0}\"，请改为/categories中的一个ID。"}},
    {DiagCode::kUnknownShop, 1, 0,
     {"가게 \"{0}\"{이/가} 없습니다. /shops에 있는 ID 중 하나로 고치세요.",
      "unknown shop \"{0}\"; it must be one of the ids in /shops",
      "お店\"{0}\"がありません。/shopsにあるIDのどれかにしてください。",
      "没有店铺\"{0}\"，请改为/shops中的一个ID。"}},
    {DiagCode::kBoundOutOfRange, 2, 0,
     {"{0} 값은 -{1}에서 {1} 사이로 쓰세요.", "{0} is out of range (±{1} degrees)",
      "{0}は-{1}から{1}の間にしてください。", "{0}请在-{1}到{1}之间。"}},
    {DiagCode::kNorthNotAboveSouth, 0, 0,
     {"north 값을 south보다 크게 쓰세요.", "north must be greater than south",
      "northはsouthより大きくしてください。", "north请大于south。"}},
    {DiagCode::kEastNotAboveWest, 0, 0,
     {"east 값을 west보다 크게 쓰세요.", "east must be greater than west", "eastはwestより大きくしてください。",
      "east请大于west。"}},
    {DiagCode::kBadBundleFileName, 1, 0,
     {"\"{0}\"{은/는} 쓸 수 없는 파일 이름입니다. index.json이 있는 곳의 파일 이름만 쓰세요. "
      "예: doksan.json",
      "expected a file name beside index.json such as \"doksan.json\", found \"{0}\"",
      "\"{0}\"は使えません。index.jsonのとなりのファイルを入れてください。例: doksan.json",
      "不可用\"{0}\"，请用和index.json在同一处的文件，如：doksan.json"}},
    {DiagCode::kDuplicateDistrict, 1, 0,
     {"상권 ID \"{0}\"{이/가} 두 번 있습니다.", "duplicate district id \"{0}\"",
      "商店街のID\"{0}\"が2つあります。", "商圈ID\"{0}\"有2个。"}},
    {DiagCode::kDefaultNotListed, 1, 0,
     {"기본 상권 \"{0}\"{이/가} districts에 없습니다.",
      "the default \"{0}\" is not one of the listed districts",
      "defaultの\"{0}\"がdistrictsにありません。", "default的商圈\"{0}\"不在districts中。"}},
    {DiagCode::kBundleFileMissing, 1, 0,
     {"파일 {0}{이/가} 없습니다. 파일 이름을 확인하세요.", "the bundle file {0} does not exist",
      "ファイル{0}がありません。ファイルの名前を確認してください。", "没有文件{0}，请查看文件名字。"}},
    {DiagCode::kIdNotFileName, 2, 0,
     {"상권 ID \"{0}\"{이/가} 파일 이름 \"{1}.json\"과 맞지 않습니다. ID를 파일 이름에 맞추세요.",
      "the district id \"{0}\" must match the file name \"{1}.json\"",
      "商店街のID\"{0}\"を、ファイルの名前\"{1}.json\"と合わせてください。",
      "商圈ID\"{0}\"请和文件名字\"{1}.json\"一样。"}},
};

static_assert(sizeof(kSentences) / sizeof(kSentences[0]) == static_cast<std::size_t>(DiagCode::kCount),
              "every DiagCode needs a row in kSentences");

const Sentence& SentenceOf(DiagCode code) {
    const std::size_t i = static_cast<std::size_t>(code);
    return kSentences[i < static_cast<std::size_t>(DiagCode::kCount) ? i : 0];
}

// [SECTION] Writing a sentence

// Whether the last sound of `text` is a final consonant: 1 yes, 0 no, -1 not known. Closing
// quotes and brackets are looked past ("맛나분식" ends in 식); digits are read as Korean numbers
// (1 일, 2 이, …) as a reader says them.
int EndsInConsonant(const std::string& text) {
    std::size_t end = text.size();
    while (end > 0) {
        // Back to the first byte of the last character.
        std::size_t start = end - 1;
        while (start > 0 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) --start;
        std::size_t pos = start;
        const std::uint32_t cp = NextCodepoint(text, &pos);
        if (cp == '"' || cp == '\'' || cp == ')' || cp == ']' || cp == '}' || cp == ' ' ||
            cp == 0x201D || cp == 0x2019) {
            end = start;
            continue;
        }
        if (IsSyllable(cp)) return DecomposeSyllable(cp).final != 0 ? 1 : 0;
        if (cp >= '0' && cp <= '9') return std::strchr("013678", static_cast<char>(cp)) ? 1 : 0;
        return -1;
    }
    return -1;
}

// "{을/를}" after `written`: 을 after a final consonant, 를 after a vowel, 을(를) when unknown.
std::string Particle(const std::string& written, const std::string& afterConsonant,
                     const std::string& afterVowel) {
    switch (EndsInConsonant(written)) {
        case 1: return afterConsonant;
        case 0: return afterVowel;
        default: return afterConsonant + "(" + afterVowel + ")";
    }
}

std::string Write(const Sentence& s, const std::vector<std::string>& args, Lang lang) {
    const std::string pattern = s.text[static_cast<int>(lang)];
    std::string out;
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        const char c = pattern[i];
        const std::size_t close = c == '{' ? pattern.find('}', i) : std::string::npos;
        if (close == std::string::npos) {
            out += c;
            continue;
        }
        const std::string mark = pattern.substr(i + 1, close - i - 1);
        const std::size_t slash = mark.find('/');
        if (!mark.empty() && mark[0] >= '0' && mark[0] <= '9') {
            const std::size_t n = static_cast<std::size_t>(mark[0] - '0');
            const std::string& value = n < args.size() ? args[n] : std::string();
            if (mark.size() == 2 && mark[1] == 's') {
                if (value != "1") out += 's';
            } else if (s.words & (1u << n)) {
                const Word* w = FindWord(value);
                out += w ? w->text[static_cast<int>(lang)] : value;
            } else {
                out += value;
            }
        } else if (slash != std::string::npos && mark.size() < 16) {
            out += Particle(out, mark.substr(0, slash), mark.substr(slash + 1));
        } else {
            out += c;
            continue;
        }
        i = close;
    }
    return out;
}

}  // namespace

// [SECTION] DiagnosticText, MakeDiagnostic, AddDiagnosticCodepoints

int DiagnosticArgCount(DiagCode code) { return SentenceOf(code).args; }

std::string DiagnosticSentence(DiagCode code, const std::vector<std::string>& args, Lang lang) {
    return Write(SentenceOf(code), args, lang);
}

std::string DiagnosticText(const Diagnostic& d, Lang lang) {
    const Sentence& s = SentenceOf(d.code);
    if (d.code == DiagCode::kOther || lang == Lang::kEn || static_cast<int>(d.args.size()) != s.args) {
        return d.message;
    }
    return Write(s, d.args, lang);
}

Diagnostic MakeDiagnostic(std::string pointer, DiagCode code, std::vector<std::string> args, bool warning) {
    Diagnostic d;
    d.pointer = std::move(pointer);
    d.message = Write(SentenceOf(code), args, Lang::kEn);
    d.warning = warning;
    d.code = code;
    d.args = std::move(args);
    return d;
}

void AddDiagnosticCodepoints(std::set<std::uint32_t>* out, unsigned langs) {
    for (int lang = 0; lang < kLangCount; ++lang) {
        if (!(langs & (1u << lang))) continue;
        for (const Sentence& s : kSentences) AddCodepoints(s.text[lang], out);
        for (const Word& w : kWords) AddCodepoints(w.text[lang], out);
        // The particles a sentence may pick, and 을(를) when it cannot.
        if (lang == static_cast<int>(Lang::kKo)) AddCodepoints("을를이가은는()", out);
    }
}

}  // namespace golmok
