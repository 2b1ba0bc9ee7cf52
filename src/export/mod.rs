//! Open data, generated in the browser from the compiled tables: the whole dataset as JSON (with its
//! sources and what was derived), the events as an iCalendar file (RFC 5545), and what the filters
//! show as CSV. Pure: the component only offers the strings as downloads.

pub mod csv;
mod ics;
mod json;

pub use ics::ics;
pub use json::json;
