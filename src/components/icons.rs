//! Inline SVG icons (no icon font, no request): stroked 24-unit paths in the current text colour,
//! hidden from assistive technology — every control that shows one has a name of its own.

use leptos::prelude::*;

/// The icons the interface uses.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Icon {
    Search,
    Filter,
    Map,
    List,
    Figures,
    Sources,
    Share,
    External,
    Close,
    Menu,
    Minus,
    Plus,
    Chevron,
    Play,
    Stop,
    Reset,
    Legend,
    Download,
    Print,
    /// The whole period: bars at both ends, arrows out to them.
    Fit,
}

impl Icon {
    /// Path data on a 24 × 24 grid.
    pub const fn d(self) -> &'static str {
        match self {
            Icon::Search => "M10.5 4a6.5 6.5 0 1 1 0 13 6.5 6.5 0 0 1 0-13zM15.5 15.5 20 20",
            Icon::Filter => "M4 5h16l-6 7.5V19l-4 1.5v-8z",
            Icon::Map => "M9 4 3 6.5v13.5l6-2.5 6 2.5 6-2.5V4l-6 2.5zM9 4v13.5M15 6.5V20",
            Icon::List => "M9 6h11M9 12h11M9 18h11M4.5 6h.01M4.5 12h.01M4.5 18h.01",
            Icon::Figures => "M4 20V10M10 20V4M16 20v-7M22 20H2",
            Icon::Sources => "M5 4h10l4 4v12H5zM14 4v5h5M8 13h8M8 17h6",
            Icon::Share => "M12 15V3M7.5 7.5 12 3l4.5 4.5M5 12v8h14v-8",
            Icon::External => "M14 4h6v6M20 4l-9 9M18 14v6H4V6h6",
            Icon::Close => "M6 6l12 12M18 6 6 18",
            Icon::Menu => "M4 7h16M4 12h16M4 17h16",
            Icon::Minus => "M5 12h14",
            Icon::Plus => "M12 5v14M5 12h14",
            Icon::Chevron => "M6 15l6-6 6 6",
            Icon::Play => "M7 5v14l12-7z",
            Icon::Stop => "M7 7h10v10H7z",
            Icon::Reset => "M4 12a8 8 0 1 0 2.4-5.7M4 4v4.5h4.5",
            Icon::Legend => "M12 3a9 9 0 1 1 0 18 9 9 0 0 1 0-18zM12 11v6M12 7.5h.01",
            Icon::Download => "M12 4v11M7.5 10.5 12 15l4.5-4.5M5 20h14",
            Icon::Print => "M7 9V4h10v5M7 17H4v-8h16v8h-3M7 14h10v6H7z",
            Icon::Fit => "M3 5v14M21 5v14M7 12h10M10 9l-3 3 3 3M14 9l3 3-3 3",
        }
    }
}

/// `icon` drawn at the surrounding text's size.
pub fn icon(icon: Icon) -> impl IntoView {
    view! {
        <svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <path d=icon.d()></path>
        </svg>
    }
}
