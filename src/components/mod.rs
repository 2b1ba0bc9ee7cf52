//! View components. Each file holds one component, named for it.

pub mod app;
pub mod copy_link;
pub mod detail_card;
pub mod embed_bridge;
pub mod embed_dialog;
pub mod event_item;
pub mod figures_view;
pub mod filter_panel;
pub mod kiosk_mode;
pub mod map;
pub mod open_data;
pub mod record_counts;
pub mod search_box;
pub mod source_list;
pub mod strand_section;
pub mod timeline;
pub mod url_sync;

/// Runs `f` in the frame after the next one: what prompted it (a selection's details and
/// highlights) paints first, and moving the timeline and the map comes a frame later, so neither
/// frame carries both (issue 8's select → painted budget).
pub fn after_next_paint(f: impl FnOnce() + 'static) {
    leptos::prelude::request_animation_frame(move || leptos::prelude::request_animation_frame(f));
}
