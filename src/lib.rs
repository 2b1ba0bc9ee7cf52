//! The Vietnam–Japan 2025 cooperation-year explorer: data compiled in at build time, rendered by Leptos.
//!
//! Pure modules (`data`, `format`, `lang`) hold every piece of logic and are tested natively;
//! `components` only wires them into the page.

pub mod components;
pub mod data;
pub mod embed;
pub mod export;
pub mod filter;
pub mod format;
pub mod i18n;
pub mod input;
pub mod kiosk;
pub mod lang;
pub mod layout;
pub mod map;
pub mod order;
pub mod picture;
/// Build-time only (the native `prerender` binary): never in the wasm.
#[cfg(not(target_arch = "wasm32"))]
pub mod prerender;
#[cfg(test)]
pub mod prop;
pub mod related;
pub mod search;
pub mod state;
pub mod timeline;
pub mod url;

pub use components::app::App;
