#include "core/i18n/ui_text.h"

#include <algorithm>
#include <cstdio>

#include "core/text/utf8.h"

namespace golmok {
namespace {

struct Entry {
    const char* text[kLangCount];  // ko, en, ja, zh; nullptr falls back to English
};

// Order follows enum Msg.
const Entry kTable[] = {
    {{"불러오는 중…", "Loading…", "読み込み中…", "正在加载…"}},
    {{"오늘의 혜택", "Today's deals", "本日のお得情報", "今日优惠"}},
    {{"오늘 진행 중인 혜택이 없습니다", "No deals running today", "本日のお得情報はありません",
      "今日暂无优惠"}},
    {{"곧 시작하는 혜택", "Starting soon", "まもなく開始", "即将开始"}},
    {{"행사", "Events", "イベント", "活动"}},
    {{"가게", "Shops", "お店", "店铺"}},
    {{"%d곳", "%d shops", "%d店", "%d家"}},
    {{"예시", "Sample", "サンプル", "示例"}},
    {{"예시로 만든 가게입니다. 실제 영업점이 아닙니다.", "This is a sample shop, not a real business.",
      "サンプルのお店です。実在の店舗ではありません。", "这是示例店铺，并非真实商家。"}},
    {{"뒤로", "Back", "戻る", "返回"}},
    {{"영업시간", "Hours", "営業時間", "营业时间"}},
    {{"(적힌 그대로)", "(as written)", "（原文のまま）", "（原文）"}},
    {{"영업시간 정보 없음", "Hours not known", "営業時間不明", "营业时间不详"}},
    {{"전화", "Phone", "電話", "电话"}},
    {{"주소", "Address", "住所", "地址"}},
    {{"메뉴", "Menu", "メニュー", "菜单"}},
    {{"%s원", "₩%s", "%sウォン", "%s韩元"}},
    {{"결제", "Payment", "支払い", "支付"}},
    {{"카드", "Card", "カード", "银行卡"}},
    {{"제로페이", "Zero Pay", "ゼロペイ", "Zero Pay"}},
    {{"온누리상품권", "Onnuri gift voucher", "オンヌリ商品券", "温努里商品券"}},
    {{"현금", "Cash", "現金", "现金"}},
    {{"가능한 언어", "Languages spoken", "対応言語", "服务语言"}},
    {{"메뉴판 언어", "Menu languages", "メニューの言語", "菜单语言"}},
    {{"최종 확인", "Last confirmed", "最終確認", "最后确认"}},
    {{"이 가게의 혜택", "Deals at this shop", "このお店のお得情報", "本店优惠"}},
    {{"쿠폰", "Coupon", "クーポン", "优惠券"}},
    {{"%s까지", "Until %s", "%sまで", "截至%s"}},
    {{"%s ~ %s", "%s – %s", "%s〜%s", "%s至%s"}},
    {{"번역 없음", "not translated", "翻訳なし", "暂无翻译"}},
    {{"링크", "Links", "リンク", "链接"}},
    {{"상권 정보를 불러오지 못했습니다", "The district data could not be loaded",
      "商店街の情報を読み込めませんでした", "无法加载商圈信息"}},
    {{"%s 파일의 문제", "Problems in %s", "%sの問題", "%s中的问题"}},
    {{"다시 시도", "Try again", "再試行", "重试"}},
    {{"소개", "About", "概要", "简介"}},
    {{"상인회", "Merchants' association", "商店会", "商户协会"}},
    {{"지도 정보", "About the map data", "地図データについて", "关于地图数据"}},
    {{"한국어", "English", "日本語", "中文"}},
    {{"가게, 메뉴, 초성 검색 (예: ㄸㅂㅇ)", "Search shops, menus (e.g. tteokbokki)",
      "お店・メニューを検索（例：トッポッキ）", "搜索店铺、菜单（如：炒年糕）"}},
    {{"지우기", "Clear", "消去", "清除"}},
    {{"필터", "Filters", "絞り込み", "筛选"}},
    {{"필터 %d개", "%d filters", "絞り込み %d件", "筛选 %d项"}},
    {{"모두 해제", "Clear all", "すべて解除", "全部清除"}},
    {{"영업 중", "Open now", "営業中", "营业中"}},
    {{"혜택 있음", "Has a deal", "お得情報あり", "有优惠"}},
    {{"결제 수단", "Payment", "支払い方法", "支付方式"}},
    {{"외국어", "Languages", "外国語", "外语"}},
    {{"업종", "Category", "業種", "分类"}},
    {{"%d곳", "%d shops", "%d店", "%d家"}},
    {{"찾는 가게가 없습니다", "No shops match", "該当するお店はありません", "未找到相关店铺"}},
    {{"영업 중 · %s에 마감", "Open · closes %s", "営業中・%sまで", "营业中 · %s打烊"}},
    {{"쉬는 시간 · %s에 다시 열어요", "Break · reopens %s", "休憩中・%sに再開", "休息中 · %s恢复营业"}},
    {{"영업 전 · %s에 열어요", "Closed · opens %s", "準備中・%s開店", "未营业 · %s开门"}},
    {{"오늘 휴무", "Closed today", "本日休業", "今日休息"}},
    {{"영업 종료 · %s %s에 열어요", "Closed · opens %s %s", "営業終了・%s %s開店", "已打烊 · %s %s开门"}},
    {{"오늘 휴무 · %s %s에 열어요", "Closed today · opens %s %s", "本日休業・%s %s開店",
      "今日休息 · %s %s开门"}},
    {{"24시간 영업", "Open 24 hours", "24時間営業", "24小时营业"}},
    {{"요일별 영업시간", "Hours this week", "今週の営業時間", "本周营业时间"}},
    {{"오늘", "Today", "今日", "今天"}},
    {{"내일", "tomorrow", "明日", "明天"}},
    {{"휴무", "Closed", "定休日", "休息"}},
    {{"공유", "Share", "共有", "分享"}},
    {{"혜택", "Deal", "お得情報", "优惠"}},
    {{"가게 보기", "See the shop", "お店を見る", "查看店铺"}},
    {{"거리 전체 혜택", "For the whole street", "商店街全体", "整条街"}},
    {{"지도", "Map", "地図", "地图"}},
    {{"지도에서 보기", "Show on map", "地図で見る", "在地图上查看"}},
    {{"걸어서 가는 길", "Walking directions", "徒歩ルート", "步行路线"}},
    {{"네이버 지도", "Naver Map", "NAVER地図", "Naver地图"}},
    {{"카카오맵", "Kakao Map", "カカオマップ", "Kakao地图"}},
    {{"구글 지도", "Google Maps", "Googleマップ", "谷歌地图"}},
    {{"내 위치", "Where am I", "現在地", "我的位置"}},
    {{"위치를 찾는 중…", "Finding you…", "現在地を取得中…", "正在定位…"}},
    {{"위치 권한이 거부되어 내 위치를 보여 드릴 수 없습니다. 브라우저 설정에서 허용할 수 있습니다.",
      "Location permission was refused, so your position cannot be shown. You can allow it in "
      "the browser's settings.",
      "位置情報の利用が許可されていないため、現在地を表示できません。ブラウザの設定で許可できます。",
      "位置权限被拒绝，无法显示您的位置。可在浏览器设置中允许。"}},
    {{"지금은 위치를 알 수 없습니다. 잠시 뒤 다시 시도해 주세요.",
      "Your position is not available right now. Please try again in a moment.",
      "現在地を取得できませんでした。しばらくしてからもう一度お試しください。",
      "暂时无法获取您的位置，请稍后再试。"}},
    {{"지금 계신 곳은 이 거리에서 %s 떨어져 있어 지도에 표시하지 않습니다.",
      "You are %s from this district, so your position is not shown on its map.",
      "現在地はこの商店街から%s離れているため、地図には表示しません。",
      "您距离这条街%s，因此不在地图上显示您的位置。"}},
    {{"가까운 순", "Nearest first", "近い順", "由近到远"}},
    {{"닫기", "Close", "閉じる", "关闭"}},
    {{"확대", "Zoom in", "拡大", "放大"}},
    {{"축소", "Zoom out", "縮小", "缩小"}},
    {{"지도에 가게 %d곳", "%d shops on the map", "地図上のお店 %d店", "地图上有%d家店铺"}},
    {{"미리보기", "Preview", "プレビュー", "预览"}},
    {{"고친 데이터 파일을 열면 관광객에게 보일 모습 그대로 보여 드립니다. 파일을 이 화면에 끌어다 놓아도 "
      "됩니다.",
      "Open an edited data file to see it exactly as visitors will. You can also drop the file on "
      "this page.",
      "編集したデータファイルを開くと、訪問者に見えるとおりに表示します。ファイルをこの画面にドロップしても開"
      "けます。",
      "打开修改后的数据文件，即可看到游客看到的样子。也可以把文件拖到此页面。"}},
    {{"파일 열기", "Open a file", "ファイルを開く", "打开文件"}},
    {{"파일: %s", "File: %s", "ファイル: %s", "文件：%s"}},
    {{"문제 %d건", "%d problems", "問題 %d件", "%d个问题"}},
    {{"문제가 없습니다", "No problems found", "問題はありません", "没有发现问题"}},
    {{"이 파일은 그대로 쓸 수 없어, 마지막으로 문제없던 데이터를 보여 드리고 있습니다.",
      "This file cannot be used as it is, so the last good data stays on screen.",
      "このファイルはそのままでは使えないため、最後に問題のなかったデータを表示しています。",
      "此文件无法直接使用，因此仍显示最后一份没有问题的数据。"}},
    {{"가게 주인이신가요? 고친 내용을 미리 보기", "Own a shop here? Preview your changes",
      "お店の方へ：変更をプレビュー", "店主？预览您的修改"}},
    {{"문제 보기", "Show problems", "問題を見る", "查看问题"}},
    {{"문제 숨기기", "Hide problems", "問題を隠す", "隐藏问题"}},
    {{"텍스트로 보기", "Text view", "テキストで表示", "文字版"}},
    {{"가게 정보 고치기", "Edit your listing", "お店の情報を編集", "编辑店铺信息"}},
    {{"편집", "Edit", "編集", "编辑"}},
    {{"자료 편집", "Edit the data", "データの編集", "编辑资料"}},
    {{"고친 내용은 이 기기에 바로 저장됩니다. 다 고치면 내보내기로 파일을 받아 상인회에 보내세요.",
      "Changes are saved on this device as you make them. When you are done, export the file and send it to "
      "the association.",
      "変更はこの端末にすぐ保存されます。終わったら書き出したファイルを商人会に送ってください。",
      "修改会立即保存在本设备上。完成后请导出文件并发送给商人会。"}},
    {{"되돌리기", "Undo", "元に戻す", "撤销"}},
    {{"다시 하기", "Redo", "やり直し", "重做"}},
    {{"내보내기", "Export", "書き出し", "导出"}},
    {{"편집 %d개 · 이 기기에 저장됨", "%d changes · saved on this device", "変更%d件・この端末に保存済み",
      "%d处修改 · 已保存在本设备"}},
    {{"아직 고친 것이 없습니다", "No changes yet", "まだ変更はありません", "尚无修改"}},
    {{"거리 정보", "District details", "通りの情報", "街区信息"}},
    {{"혜택", "Deals", "お得情報", "优惠"}},
    {{"+ 가게 추가", "+ Add a shop", "+ お店を追加", "+ 添加店铺"}},
    {{"+ 혜택 추가", "+ Add a deal", "+ お得情報を追加", "+ 添加优惠"}},
    {{"+ 행사 추가", "+ Add an event", "+ イベントを追加", "+ 添加活动"}},
    {{"삭제", "Delete", "削除", "删除"}},
    {{"모든 편집 지우기", "Discard all changes", "すべての変更を破棄", "放弃所有修改"}},
    {{"이 기기에 저장된 편집 %d개를 지웁니다. 되돌릴 수 없습니다.",
      "This deletes the %d changes saved on this device. It cannot be undone.",
      "この端末に保存された変更%d件を破棄します。元に戻せません。",
      "将删除本设备上保存的%d处修改，无法恢复。"}},
    {{"취소", "Cancel", "キャンセル", "取消"}},
    {{"다른 언어", "Other languages", "他の言語", "其他语言"}},
    {{"지도에서 위치 정하기", "Set the position on the map", "地図で位置を決める", "在地图上设定位置"}},
    {{"지도를 눌러 가게 위치를 정하세요", "Tap the map where the shop is",
      "お店の場所を地図でタップしてください", "在地图上点按店铺所在位置"}},
    {{"완료", "Done", "完了", "完成"}},
    {{"방문객 화면으로 보기", "See it as visitors do", "訪問者の画面で見る", "以访客视角查看"}},
    {{"이 기기에 저장된 편집 %d개를 반영해 보여 드립니다.", "Showing the %d changes saved on this device.",
      "この端末に保存された変更%d件を反映して表示しています。", "正在显示本设备上保存的%d处修改。"}},
    {{"그 사이 게시된 자료가 바뀌어, 편집 %d개를 새 자료에 다시 적용했습니다. %d개는 적용할 수 없었습니다.",
      "The published data changed in the meantime: %d changes were applied to it again, %d no longer fit.",
      "公開データがその間に変わったため、変更%d件を新しいデータに適用しました。%d件は適用できませんでした。",
      "发布的资料在此期间已更改：%d处修改已重新应用，%d处无法应用。"}},
    {{"이름", "Name", "名前", "名称"}},
    {{"분류", "Category", "分類", "类别"}},
    {{"위치", "Position", "位置", "位置"}},
    {{"소개", "Description", "紹介", "介绍"}},
    {{"검색어 (쉼표로 구분)", "Search words (comma-separated)", "検索語（カンマ区切り）",
      "搜索词（以逗号分隔）"}},
    {{"제목", "Title", "タイトル", "标题"}},
    {{"조건", "Terms", "条件", "条件"}},
    {{"시작일", "Starts", "開始日", "开始日期"}},
    {{"종료일", "Ends", "終了日", "结束日期"}},
    {{"장소", "Place", "場所", "地点"}},
    {{"상인회 이름", "Association name", "商人会の名前", "商人会名称"}},
    {{"한 줄에 하나씩: 이름 | 가격 | English | 日本語 | 中文",
      "One item a line: name | price | English | 日本語 | 中文",
      "1行に1品: 名前 | 価格 | English | 日本語 | 中文", "每行一项：名称 | 价格 | English | 日本語 | 中文"}},
    {{"한 줄에 하나씩: https://… | 이름", "One link a line: https://… | label", "1行に1件: https://… | 名前",
      "每行一个：https://… | 名称"}},
    {{"예: 월~금 9시~18시, 토 10시~15시, 일 휴무",
      "e.g. 월~금 9시~18시, 일 휴무 or Mo-Fr 09:00-18:00; Su off",
      "例: Mo-Fr 09:00-18:00; Su off（韓国語の書き方でも入力できます）",
      "例如：Mo-Fr 09:00-18:00; Su off（也可以按韩语写法输入）"}},
    {{"%d번째 글자부터 읽을 수 없습니다", "Cannot be read from character %d on", "%d文字目から読み取れません",
      "从第%d个字符起无法识别"}},
    {{"날짜를 읽을 수 없습니다 (예: 2026-12-24)", "Not a date (e.g. 2026-12-24)",
      "日付として読めません（例: 2026-12-24）", "不是有效日期（例如 2026-12-24）"}},
    {{"위치를 읽을 수 없습니다 (예: 37.4691,126.8970)", "Not a position (e.g. 37.4691,126.8970)",
      "位置として読めません（例: 37.4691,126.8970）", "不是有效位置（例如 37.4691,126.8970）"}},
    {{"%d번째 줄을 읽을 수 없습니다", "Line %d cannot be read", "%d行目が読めません", "第%d行无法识别"}},
    {{"%d번째 줄의 가격을 읽을 수 없습니다 (예: 떡볶이 | 4000)",
      "The price on line %d cannot be read (e.g. Tteokbokki | 4000)",
      "%d行目の価格が読めません（例: トッポッキ | 4000）", "第%d行的价格无法识别（例如 炒年糕 | 4000）"}},
    {{"아직 반영되지 않았습니다", "Not taken yet", "まだ反映されていません", "尚未采用"}},
    {{"이 항목의 문제 %d건", "%d problems here", "この項目の問題 %d件", "此项有%d个问题"}},
    {{"(새 항목)", "(new)", "（新規）", "（新项目）"}},
    {{"이 기기에 저장하지 못했습니다. 내보내기로 파일을 받아 두세요.",
      "Could not save on this device. Export the file to keep your changes.",
      "この端末に保存できませんでした。書き出してファイルを保存してください。",
      "无法保存在本设备上。请导出文件以保留修改。"}},
    {{"이 기기에 저장된 편집을 읽을 수 없어 게시된 자료를 보여 드립니다.",
      "The changes saved on this device could not be read; the published data is shown.",
      "この端末に保存された変更を読み取れないため、公開データを表示しています。",
      "无法读取本设备上保存的修改，正在显示已发布的资料。"}},
    {{"게시 파일 만들기", "Publish", "公開用ファイル", "生成发布文件"}},
    {{"게시 파일을 만드는 중…", "Making the update…", "更新ファイルを作成中…", "正在生成更新文件…"}},
    {{"%s 파일을 받았습니다 (사이트 파일 %d개).", "Downloaded %s (%d site files).",
      "%s をダウンロードしました（サイトのファイル %d 個）。", "已下载 %s（%d 个网站文件）。"}},
    {{"압축을 사이트 폴더에 그대로 풀거나, 호스팅 업체의 업로드 화면에 올리면 새 정보가 게시됩니다. 같은 "
      "이름의 파일은 덮어씁니다.",
      "Unpack it over the site folder, or upload it on your host's upload page, and the new data is live. "
      "Files with the same names are replaced.",
      "サイトのフォルダーにそのまま展開するか、ホスティングのアップロード画面に上げると新しい情報が公開されま"
      "す。同じ名前のファイルは上書きします。",
      "将其解压覆盖到网站文件夹，或在主机的上传页面上传，新信息即可发布。同名文件会被替换。"}},
    {{"이 자료에는 고칠 곳이 있어 게시 파일을 만들지 않았습니다:",
      "The data has problems, so no update was made:",
      "データに問題があるため、更新ファイルは作成していません:", "资料有问题，未生成更新文件："}},
    {{"게시 파일을 만들지 못했습니다:", "The update could not be made:",
      "更新ファイルを作成できませんでした:", "无法生成更新文件："}},
    {{"편집 목록에 적힌 문제를 고쳐야 게시할 수 있습니다.",
      "Fix the problems listed in the editor to publish.", "編集一覧に示された問題を直すと公開できます。",
      "修正编辑列表中列出的问题后即可发布。"}},
    {{"이 목록은 앱이 지금 보여 주는 자료로 만들었습니다.",
      "This list is made from the data the app shows now.",
      "この一覧は、アプリが今表示しているデータから作りました。", "此列表根据应用当前显示的资料生成。"}},
    {{"기간", "Dates", "期間", "日期"}},
    {{"영업", "Open", "営業", "营业"}},
    {{"브레이크", "With a break", "中休みあり", "有午休"}},
    {{"24시간", "24 hours", "24時間", "24小时"}},
    {{"연중무휴", "Open every day", "年中無休", "全年无休"}},
    {{"같은 시간으로", "Same hours for", "同じ時間に", "设为相同时间"}},
    {{"평일", "Weekdays", "平日", "工作日"}},
    {{"주말", "Weekend", "週末", "周末"}},
    {{"매일", "Every day", "毎日", "每天"}},
    {{"매월 쉬는 주", "Closed in these weeks of the month", "毎月の定休週", "每月休息的周"}},
    {{"첫째", "1st", "第1", "第1"}},
    {{"둘째", "2nd", "第2", "第2"}},
    {{"셋째", "3rd", "第3", "第3"}},
    {{"넷째", "4th", "第4", "第4"}},
    {{"다섯째", "5th", "第5", "第5"}},
    {{"공휴일", "Holidays", "祝日", "节假日"}},
    {{"평소대로", "As usual", "通常どおり", "照常"}},
    {{"따로", "Own hours", "別の時間", "另定时间"}},
    {{"여는 시각", "opens", "開店", "开门"}},
    {{"닫는 시각", "closes", "閉店", "关门"}},
    {{"직접 입력", "Type the hours", "直接入力", "直接输入"}},
    {{"요일별로 고를 수 없는 영업시간이라 글로 고칩니다", "These hours can only be changed as text",
      "曜日ごとに選べない営業時間のため、文字で編集します", "此营业时间无法按星期选择，请以文字修改"}},
    {{"이렇게 읽었습니다", "Read as", "次のように読み取りました", "识别为"}},
    {{"이대로 쓰기", "Use these hours", "この時間にする", "使用此营业时间"}},
};

static_assert(sizeof(kTable) / sizeof(kTable[0]) == static_cast<int>(Msg::kCount),
              "every Msg needs a row in kTable");

}  // namespace

const char* Tr(Msg msg, Lang lang) {
    const Entry& e = kTable[static_cast<int>(msg)];
    const char* t = e.text[static_cast<int>(lang)];
    return t ? t : e.text[static_cast<int>(Lang::kEn)];
}

bool HasTranslation(Msg msg, Lang lang) {
    return kTable[static_cast<int>(msg)].text[static_cast<int>(lang)] != nullptr;
}

const char* PaymentName(Payment payment, Lang lang) {
    switch (payment) {
        case Payment::kCard: return Tr(Msg::kPayCard, lang);
        case Payment::kZeropay: return Tr(Msg::kPayZeropay, lang);
        case Payment::kOnnuri: return Tr(Msg::kPayOnnuri, lang);
        case Payment::kCash: return Tr(Msg::kPayCash, lang);
    }
    return "";
}

std::string FormatDistance(double metres) {
    char buf[32];
    if (!(metres >= 0)) metres = 0;  // NaN too
    if (metres < 995) {
        // Ten-metre steps: a position from a phone is seldom better than that.
        std::snprintf(buf, sizeof buf, "%d m", std::max(10, static_cast<int>(metres / 10 + 0.5) * 10));
    } else if (metres < 10000) {
        std::snprintf(buf, sizeof buf, "%.1f km", metres / 1000);
    } else {
        std::snprintf(buf, sizeof buf, "%.0f km", std::min(metres, 1e8) / 1000);
    }
    return buf;
}

std::string FormatShortDate(const Date& date, Lang lang) {
    static const char* const kMonths[12] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                            "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const std::string m = std::to_string(date.month), d = std::to_string(date.day);
    switch (lang) {
        case Lang::kKo: return m + "월 " + d + "일";
        case Lang::kEn: return std::string(kMonths[date.month - 1]) + " " + d;
        case Lang::kJa:
        case Lang::kZh: return m + "月" + d + "日";
    }
    return date.ToString();
}

std::string FormatWon(std::int64_t won, Lang lang) {
    std::string digits = std::to_string(won < 0 ? -won : won);
    std::string grouped;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) grouped += ',';
        grouped += digits[i];
    }
    if (won < 0) grouped = "-" + grouped;
    const std::string pattern = Tr(Msg::kWon, lang);
    const std::size_t at = pattern.find("%s");
    return pattern.substr(0, at) + grouped + pattern.substr(at + 2);
}

}  // namespace golmok
