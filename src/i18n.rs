//! Every piece of UI text in English, Vietnamese and Japanese. The `ui!` table takes exactly three
//! strings per key, so a missing translation does not compile; counts go through [`count`].

use crate::data::{Country, PartnershipKind, Role, Status, Text};
use crate::lang::Lang;

macro_rules! ui {
    ($($(#[$m:meta])* $key:ident => $en:literal, $vi:literal, $ja:literal;)+) => {
        /// A UI string.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Ui { $($(#[$m])* $key),+ }
        impl Ui {
            /// Every UI string.
            pub const ALL: &'static [Ui] = &[$(Ui::$key),+];
            /// The string in all three languages.
            pub const fn text(self) -> Text {
                match self { $(Ui::$key => Text { en: $en, vi: $vi, ja: $ja }),+ }
            }
            /// The string in `lang`.
            pub const fn get(self, lang: Lang) -> &'static str {
                self.text().get(lang)
            }
        }
    };
}

ui! {
    AppTitle => "Vietnam–Japan 2025: the cooperation year", "Việt Nam – Nhật Bản 2025: năm của hợp tác", "日越 2025：協力の一年";
    AppLede => "Prime Minister Ishiba's official visit to Vietnam, the 4th Training in Japan for National Leaders, and the first Vietnam–Japan Local Cooperation Forum in Quảng Ninh, with everything around them.",
        "Chuyến thăm chính thức Việt Nam của Thủ tướng Nhật Bản Ishiba Shigeru, Khóa bồi dưỡng cán bộ lãnh đạo, quản lý tại Nhật Bản lần thứ 4 và Diễn đàn Hợp tác địa phương Việt Nam – Nhật Bản lần thứ nhất tại Quảng Ninh, cùng các sự kiện liên quan.",
        "石破首相のベトナム公式訪問、第4回副大臣級・同候補者級幹部（National Leaders）対象訪日研修、クアンニン省で開かれた第1回日越地方協力フォーラムと、それらに関連する出来事。";
    RecordHolds => "What the record holds", "Nội dung dữ liệu", "収録内容";
    Timeline => "Timeline", "Dòng thời gian", "タイムライン";
    TimelineControls => "Timeline controls", "Điều khiển dòng thời gian", "タイムラインの操作";
    ZoomIn => "Zoom in", "Phóng to", "拡大";
    ZoomOut => "Zoom out", "Thu nhỏ", "縮小";
    WholePeriod => "Whole period", "Toàn bộ giai đoạn", "全期間";
    JumpTo => "Jump to:", "Đi đến:", "移動：";
    EventsInTimeOrder => "Events in time order", "Sự kiện theo thứ tự thời gian", "出来事（時系列順）";
    ShowAll => "Show all", "Hiện tất cả", "すべて表示";
    ShowFewer => "Show fewer", "Thu gọn", "折りたたむ";
    Planned => "planned", "dự kiến", "予定";
    /// After the date of an event with no dated edition (`Status::Undated`): the date is the report's.
    Undated => "not dated: shown at the date of the report that names it",
        "không nêu thời gian: hiển thị theo ngày của bài viết đề cập",
        "時期の記載なし（言及した報道の日付で表示）";
    Details => "Details", "Chi tiết", "詳細";
    SelectPrompt => "Select an event on the timeline or a place on the map to see everything connected to it.",
        "Chọn một sự kiện trên dòng thời gian hoặc một địa điểm trên bản đồ để xem mọi thông tin liên quan.",
        "タイムラインの出来事や地図上の場所を選ぶと、関連するすべての情報が表示されます。";
    PartOf => "Part of", "Thuộc sự kiện", "上位の出来事";
    Includes => "Includes", "Bao gồm", "含まれる出来事";
    Places => "Places", "Địa điểm", "場所";
    People => "People", "Nhân vật", "人物";
    Sources => "Sources", "Nguồn", "出典";
    Partnerships => "Partnerships", "Quan hệ đối tác", "パートナーシップ";
    ClearSelection => "Clear selection", "Bỏ chọn", "選択を解除";
    AllEventsByStrand => "All events by strand", "Tất cả sự kiện theo nhóm", "分類別のすべての出来事";
    MachineTranslated => "machine-translated", "dịch máy", "機械翻訳";
    Map => "Map", "Bản đồ", "地図";
    MapControls => "Map controls", "Điều khiển bản đồ", "地図の操作";
    ResetMap => "Reset map", "Đặt lại bản đồ", "地図をリセット";
    PlayYear => "Play 2025 month by month", "Phát năm 2025 theo từng tháng", "2025年を月ごとに再生";
    Stop => "Stop", "Dừng", "停止";
    Vietnam => "Vietnam", "Việt Nam", "ベトナム";
    Japan => "Japan", "Nhật Bản", "日本";
    PaneKeys => "use arrow keys to pan, + and − to zoom, 0 to reset",
        "dùng phím mũi tên để di chuyển, + và − để phóng to, thu nhỏ, 0 để đặt lại",
        "矢印キーで移動、＋と−で拡大・縮小、0でリセット";
    TrainingRoute => "Training route: Tokyo → Toyama → Kanazawa", "Lộ trình khóa bồi dưỡng: Tokyo → Toyama → Kanazawa", "研修ルート：東京 → 富山 → 金沢";
    PartnershipLinks => "Partnerships between localities", "Quan hệ đối tác giữa các địa phương", "地方間のパートナーシップ";
    MapLegend => "Map legend", "Chú giải bản đồ", "凡例";
    LegendPlace => "a place, with its number of events", "một địa điểm, kèm số sự kiện", "場所（数字は出来事の数）";
    LegendRoute => "training route", "lộ trình khóa bồi dưỡng", "研修ルート";
    LegendLink => "partnership between localities", "quan hệ đối tác giữa các địa phương", "地方間のパートナーシップ";
    LegendShading => "shading and border weight", "màu nền và độ đậm đường viền", "塗りと境界線の太さ";
    LegendOrMore => "or more", "trở lên", "以上";
    Language => "Language", "Ngôn ngữ", "言語";
    EventsInWindow => "in the timeline's window", "trong khung thời gian đang xem", "（タイムラインの表示期間内）";
    Search => "Search", "Tìm kiếm", "検索";
    SearchHint => "Events, places, people, organisations, themes — in any of the three languages, with or without diacritics",
        "Sự kiện, địa điểm, nhân vật, tổ chức, chủ đề — bằng một trong ba ngôn ngữ, có hoặc không dấu",
        "出来事・場所・人物・組織・テーマを3言語のいずれでも検索できます（ベトナム語の声調記号などは省略可）";
    NoResults => "No results", "Không có kết quả", "該当なし";
    KindEvents => "Events", "Sự kiện", "出来事";
    KindPlaces => "Places", "Địa điểm", "場所";
    KindUnits => "Provinces and prefectures", "Tỉnh, thành phố (Việt Nam) và đô, đạo, phủ, tỉnh (Nhật Bản)", "省・都道府県";
    KindPeople => "People", "Nhân vật", "人物";
    KindOrganisations => "Organisations", "Tổ chức", "組織";
    KindThemes => "Themes", "Chủ đề", "テーマ";
    Results => "results", "kết quả", "件";
    Filters => "Filters", "Bộ lọc", "絞り込み";
    ChosenFilters => "Chosen filters", "Bộ lọc đã chọn", "選択中の条件";
    Remove => "Remove", "Bỏ", "解除";
    ClearAll => "Clear all", "Bỏ tất cả", "すべて解除";
    FacetStrand => "Strands", "Nhóm sự kiện", "分類";
    FacetCountry => "Countries", "Quốc gia", "国";
    Figures => "Figures", "Số liệu", "数値";
    FiguresAbout => "Every number the sources give: what it measures, as of when, who said it, and where it is from.",
        "Mọi con số có trong các nguồn: nội dung, thời điểm, người nêu và xuất xứ.",
        "出典資料が示すすべての数値：何を示すか、いつの時点か、誰の発言か、どの出典によるか。";
    FigureValue => "Figure", "Số liệu", "数値";
    FigureMeasure => "What it measures", "Nội dung", "内容";
    FigureAsOf => "As of", "Thời điểm", "時点";
    FigureSaidBy => "Said by", "Người nêu", "発言者";
    Event => "Event", "Sự kiện", "出来事";
    Organisations => "Organisations", "Tổ chức", "組織";
    Themes => "Themes", "Chủ đề", "テーマ";
    Quotations => "Quotations", "Trích dẫn", "引用";
    OpenData => "Open data", "Dữ liệu mở", "オープンデータ";
    DownloadJson => "Download the whole dataset (JSON, with sources)", "Tải toàn bộ dữ liệu (JSON, kèm nguồn)", "全データをダウンロード（JSON・出典付き）";
    DownloadIcs => "Download the events as a calendar (.ics)", "Tải các sự kiện dưới dạng lịch (.ics)", "出来事をカレンダー形式でダウンロード（.ics）";
    DownloadEventsCsv => "Download the events shown (CSV)", "Tải CSV các sự kiện đang hiển thị", "表示中の出来事をダウンロード（CSV）";
    DownloadFiguresCsv => "Download the figures shown (CSV)", "Tải CSV các số liệu đang hiển thị", "表示中の数値をダウンロード（CSV）";
    DownloadPictureSvg => "Download a picture of this view (SVG)", "Tải ảnh của khung nhìn này (SVG)", "この表示の画像をダウンロード（SVG）";
    DownloadPicturePng => "Download a picture of this view (PNG)", "Tải ảnh của khung nhìn này (PNG)", "この表示の画像をダウンロード（PNG）";
    /// Under a picture of the view: the map geometry's source and licence (seeds/map/README.md).
    PictureMapCredit => "Map: Natural Earth, Admin 1 – States, Provinces, 1:10m (public domain; made with Natural Earth)",
        "Bản đồ: Natural Earth, Admin 1 – States, Provinces, tỷ lệ 1:10m (phạm vi công cộng; made with Natural Earth)",
        "地図：Natural Earth「Admin 1 – States, Provinces」1:10m（パブリックドメイン、Made with Natural Earth）";
    /// The link-preview image's description (`og:image:alt`).
    PreviewAlt => "Maps of Vietnam and Japan, the provinces and prefectures shaded by how many of 2025's events took place there",
        "Bản đồ Việt Nam và Nhật Bản, các tỉnh được tô màu theo số sự kiện năm 2025 diễn ra tại đó",
        "ベトナムと日本の地図。2025年の出来事の数に応じて省・県を色分け";
    /// Under a picture of the view, after the map's credit.
    PictureMade => "Data: compiled by this explorer from the documents named above",
        "Dữ liệu: do trang này tổng hợp từ các tài liệu nêu trên",
        "データ：上記の資料をもとに本サイトが編集";
    /// The embed's cooperative-gesture hint (`components::gesture_hint`).
    HintCtrlWheel => "Use Ctrl + scroll to zoom", "Dùng Ctrl + cuộn chuột để phóng to, thu nhỏ", "拡大・縮小するには Ctrl キーを押しながらスクロール";
    HintCmdWheel => "Use ⌘ + scroll to zoom", "Dùng ⌘ + cuộn chuột để phóng to, thu nhỏ", "拡大・縮小するには ⌘ キーを押しながらスクロール";
    /// The CSV files' column names (`export::csv`).
    CsvTitle => "Title", "Tiêu đề", "名称";
    CsvDate => "Date", "Thời gian", "日付";
    CsvStart => "First day", "Ngày bắt đầu", "開始日";
    CsvEnd => "Last day", "Ngày kết thúc", "終了日";
    CsvStatus => "Status", "Trạng thái", "状況";
    CsvHeld => "held", "đã diễn ra", "実施済み";
    CsvStrand => "Strand", "Nhóm sự kiện", "分類";
    CsvSummary => "Summary", "Tóm tắt", "概要";
    CsvNumber => "Number", "Giá trị", "値";
    CsvUpTo => "Up to", "Đến", "上限";
    EmbedThisView => "Embed this view", "Nhúng chế độ xem này", "この表示を埋め込む";
    EmbedHelp => "Paste this into your page. The explorer opens on this view, in this language; the script beside it sizes the frame, and the explorer reports its selection to your page (see the README for the messages).",
        "Dán đoạn mã này vào trang của bạn. Trình khám phá sẽ mở đúng chế độ xem và ngôn ngữ này; tệp script đi kèm tự điều chỉnh chiều cao của khung, và trình khám phá gửi cho trang của bạn mục đang được chọn (xem README về các thông điệp).",
        "このコードをご自身のページに貼り付けてください。この表示・この言語で開きます。併せて読み込むスクリプトが枠の高さを調整し、選択中の項目は埋め込み先のページに通知されます（通知の仕様はREADMEを参照）。";
    EmbedCode => "Code to paste", "Mã để dán", "貼り付けるコード";
    Close => "Close", "Đóng", "閉じる";
    SkipLinks => "Skip links", "Liên kết chuyển nhanh", "スキップリンク";
    SkipTimeline => "Skip to the timeline", "Đến dòng thời gian", "タイムラインへ移動";
    SkipMap => "Skip to the map", "Đến bản đồ", "地図へ移動";
    SkipDetails => "Skip to the details", "Đến phần chi tiết", "詳細へ移動";
    OurTranslation => "our translation", "bản dịch của chúng tôi", "当サイトによる翻訳";
    /// Beside a quotation shown in the words its author used (not our translation).
    OwnWords => "in the original wording", "nguyên văn", "本人の原文";
    Print => "Print a report", "In báo cáo", "レポートを印刷";
    NoneMatch => "No event matches these filters.", "Không có sự kiện nào phù hợp với bộ lọc.", "条件に合う出来事はありません。";
    Selected => "Selected", "Đã chọn", "選択中";
    ShowOnMap => "Show on the map", "Xem trên bản đồ", "地図で見る";
    CopyLink => "Copy link", "Sao chép liên kết", "リンクをコピー";
    LinkCopied => "Link to this view copied.", "Đã sao chép liên kết đến chế độ xem này.", "この表示へのリンクをコピーしました。";
    LinkToCopy => "Link to this view (copy it):", "Liên kết đến chế độ xem này (hãy sao chép):", "この表示へのリンク（コピーしてください）：";
    AppShortTitle => "Vietnam–Japan 2025", "Việt Nam – Nhật Bản 2025", "日越 2025";
    Views => "Views", "Chế độ xem", "表示";
    PageExplore => "Explore", "Khám phá", "地図と年表";
    PageList => "List", "Danh sách", "一覧";
    PageSources => "Sources", "Nguồn", "出典";
    Share => "Share", "Chia sẻ", "共有";
    Menu => "Menu", "Trình đơn", "メニュー";
    OpenFull => "Open the full explorer", "Mở trang đầy đủ", "全体版を開く";
    AboutRecord => "About this record", "Về bộ dữ liệu này", "この記録について";
    RaiseDetails => "Show more of the details", "Mở rộng phần chi tiết", "詳細を広げる";
    LowerDetails => "Show less of the details", "Thu hẹp phần chi tiết", "詳細を狭める";
    NowShowing => "Now showing", "Đang giới thiệu", "ご紹介中";
    /// The kiosk's warning before it goes back to the start view.
    StillThere => "Still there?", "Bạn vẫn đang xem chứ?", "ご覧になっていますか？";
    Stay => "Stay", "Tiếp tục xem", "閲覧を続ける";
    StrandJump => "Show this strand", "Xem nhóm sự kiện này", "この系統を表示";
}

/// The kiosk's countdown: "Going back to the start in 8…".
pub fn back_to_start_in(n: u32, lang: Lang) -> String {
    match lang {
        Lang::En => format!("Going back to the start in {n}…"),
        Lang::Vi => format!("Sẽ quay về màn hình ban đầu sau {n} giây…"),
        Lang::Ja => format!("{n}秒後に最初の画面に戻ります…"),
    }
}

/// "12 events match", for the filters' live count.
pub fn matching(n: usize, lang: Lang) -> String {
    match lang {
        Lang::En => format!("{} {}", count(n, Noun::Event, lang), if n == 1 { "matches" } else { "match" }),
        Lang::Vi => format!("{} phù hợp", count(n, Noun::Event, lang)),
        Lang::Ja => format!("{}が該当", count(n, Noun::Event, lang)),
    }
}

/// A person's role in an event.
pub fn role(r: Role, lang: Lang) -> &'static str {
    let t = match r {
        Role::Host => ("host", "chủ nhà", "ホスト"),
        Role::Guest => ("guest", "khách", "ゲスト"),
        Role::Speaker => ("speaker", "phát biểu", "登壇者"),
        Role::Lecturer => ("lecturer", "giảng viên", "講師"),
        Role::Participant => ("participant", "người tham dự", "参加者"),
        Role::Organiser => ("organiser", "đơn vị tổ chức", "主催者"),
        Role::Sender => ("sender", "người gửi", "発信者"),
        Role::Counterpart => ("counterpart", "người đồng cấp", "会談相手"),
        Role::Delegate => ("delegate", "đại biểu", "代表"),
        Role::Announcer => ("announced it", "người công bố", "発表者"),
    };
    Text { en: t.0, vi: t.1, ja: t.2 }.get(lang)
}

/// A country's name.
pub fn country(c: Country, lang: Lang) -> &'static str {
    match c {
        Country::Vn => Ui::Vietnam.get(lang),
        Country::Jp => Ui::Japan.get(lang),
    }
}

/// What is said beside an event's date for its status: "planned", or that no edition is dated;
/// nothing for an event that was held.
pub fn status(s: Status) -> Option<Ui> {
    match s {
        Status::Held => None,
        Status::Planned => Some(Ui::Planned),
        Status::Undated => Some(Ui::Undated),
    }
}

/// A parenthesis after a word: ` (x)` in English and Vietnamese, `（x）` in Japanese.
pub fn paren(x: &str, lang: Lang) -> String {
    match lang {
        Lang::Ja => format!("（{x}）"),
        _ => format!(" ({x})"),
    }
}

/// Between the items of a run-in list: `, ` (English, Vietnamese) or `、` (Japanese).
pub fn list_sep(lang: Lang) -> &'static str {
    if lang == Lang::Ja { "、" } else { ", " }
}

/// After a label: `: ` (English, Vietnamese) or `：` (Japanese).
pub fn colon(lang: Lang) -> &'static str {
    if lang == Lang::Ja { "：" } else { ": " }
}

/// Who a quotation is by: the speaker, or the speaker citing someone else's words.
pub fn quoted_by(speaker: &str, cites: Option<&str>, lang: Lang) -> String {
    match (cites, lang) {
        (None, _) => speaker.to_string(),
        (Some(c), Lang::En) => format!("{speaker}, citing {c}"),
        (Some(c), Lang::Vi) => format!("{speaker}, dẫn lời {c}"),
        (Some(c), Lang::Ja) => format!("{speaker}による{c}氏の言葉の引用"),
    }
}

/// A kind of partnership between localities.
pub fn partnership_kind(k: PartnershipKind, lang: Lang) -> &'static str {
    let t = match k {
        PartnershipKind::Agreement => ("cooperation agreement", "thỏa thuận hợp tác", "協力協定"),
        PartnershipKind::Sister => ("sister relationship", "quan hệ kết nghĩa", "姉妹関係"),
        PartnershipKind::EconomicExchange => ("economic exchange", "giao lưu kinh tế", "経済交流"),
        PartnershipKind::JointProject => ("joint project", "dự án chung", "共同事業"),
        PartnershipKind::Festival => ("festival", "lễ hội", "フェスティバル"),
        PartnershipKind::Cooperation => ("cooperation", "hợp tác", "協力"),
    };
    Text { en: t.0, vi: t.1, ja: t.2 }.get(lang)
}

/// "3 more events in Training programme: show all", for a cluster badge.
pub fn more_events(n: usize, strand: &str, lang: Lang) -> String {
    match lang {
        Lang::En => format!("{n} more events in {strand}: show all"),
        Lang::Vi => format!("Thêm {n} sự kiện trong {strand}: hiện tất cả"),
        Lang::Ja => format!("{strand}：ほか{n}件の出来事（すべて表示）"),
    }
}

/// "Show all events in Training programme" / "Show fewer …", for a lane's toggle.
pub fn lane_toggle(expanded: bool, strand: &str, lang: Lang) -> String {
    match (lang, expanded) {
        (Lang::En, false) => format!("Show all events in {strand}"),
        (Lang::En, true) => format!("Show fewer events in {strand}"),
        (Lang::Vi, false) => format!("Hiện tất cả sự kiện trong {strand}"),
        (Lang::Vi, true) => format!("Thu gọn sự kiện trong {strand}"),
        (Lang::Ja, false) => format!("{strand}の出来事をすべて表示"),
        (Lang::Ja, true) => format!("{strand}の出来事を折りたたむ"),
    }
}

/// The name of a language in itself, for the switcher.
pub fn endonym(l: Lang) -> &'static str {
    match l {
        Lang::En => "English",
        Lang::Vi => "Tiếng Việt",
        Lang::Ja => "日本語",
    }
}

/// Things that are counted, with their English singular and plural.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Noun {
    Event,
    Place,
    Person,
    Organisation,
    Partnership,
    Figure,
    Quotation,
    Source,
}

/// `n` things in `lang`: "1 event", "3 events", "3 sự kiện", "3件の出来事".
pub fn count(n: usize, noun: Noun, lang: Lang) -> String {
    let (one, many, vi, ja) = match noun {
        Noun::Event => ("event", "events", "sự kiện", "件の出来事"),
        Noun::Place => ("place", "places", "địa điểm", "か所"),
        Noun::Person => ("person", "people", "nhân vật", "人"),
        Noun::Organisation => ("organisation", "organisations", "tổ chức", "組織"),
        Noun::Partnership => ("partnership", "partnerships", "quan hệ đối tác", "件のパートナーシップ"),
        Noun::Figure => ("figure", "figures", "số liệu", "件の数値"),
        Noun::Quotation => ("quotation", "quotations", "trích dẫn", "件の引用"),
        Noun::Source => ("source", "sources", "nguồn", "件の出典"),
    };
    match lang {
        Lang::En => format!("{n} {}", if n == 1 { one } else { many }),
        Lang::Vi => format!("{n} {vi}"),
        Lang::Ja => format!("{n}{ja}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn japanese(s: &str) -> bool {
        s.chars().any(|c| matches!(c as u32, 0x3040..=0x30FF | 0x4E00..=0x9FFF))
    }

    #[test]
    fn every_string_has_three_distinct_non_empty_languages() {
        for &k in Ui::ALL {
            let t = k.text();
            assert!(!t.en.is_empty() && !t.vi.is_empty() && !t.ja.is_empty(), "{k:?}");
            assert!(japanese(t.ja), "{k:?}: Japanese must be in Japanese script");
            assert_ne!(t.en, t.vi, "{k:?}: the Vietnamese is a copy of the English");
        }
    }

    #[test]
    fn a_citation_names_both_the_speaker_and_whose_words_they_are() {
        assert_eq!(quoted_by("A", None, Lang::En), "A");
        assert_eq!(
            quoted_by("Phạm Minh Chính", Some("Takaichi Sanae"), Lang::En),
            "Phạm Minh Chính, citing Takaichi Sanae"
        );
        assert_eq!(
            quoted_by("Phạm Minh Chính", Some("Takaichi Sanae"), Lang::Vi),
            "Phạm Minh Chính, dẫn lời Takaichi Sanae"
        );
        assert_eq!(
            quoted_by("ファム・ミン・チン", Some("高市早苗"), Lang::Ja),
            "ファム・ミン・チンによる高市早苗氏の言葉の引用"
        );
        assert_eq!(status(Status::Held), None);
        assert_eq!(status(Status::Undated), Some(Ui::Undated));
    }

    #[test]
    fn counts_follow_each_language() {
        assert_eq!(count(1, Noun::Event, Lang::En), "1 event");
        assert_eq!(count(3, Noun::Event, Lang::En), "3 events");
        assert_eq!(count(3, Noun::Person, Lang::En), "3 people");
        assert_eq!(count(3, Noun::Event, Lang::Vi), "3 sự kiện");
        assert_eq!(count(3, Noun::Event, Lang::Ja), "3件の出来事");
    }
}
