//! The timeline's pure core: time on the axis, the visible window and its scale, ticks, which events
//! show at a zoom level, and lane packing with clusters. No Leptos types; the component in
//! `components/timeline` only calls these.

pub mod layout;
pub mod nav;
pub mod scale;
pub mod scene;
pub mod ticks;
pub mod time;
pub mod visible;
