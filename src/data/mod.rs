//! The dataset, compiled from `seeds/` by `build.rs` into typed `&'static` tables, and queries over it.

mod model;
pub mod query;

pub use model::*;

include!(concat!(env!("OUT_DIR"), "/data.rs"));
