//! View components. Each file holds one component, named for it.

pub mod app;
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
