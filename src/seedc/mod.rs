//! The seed compiler: reads `seeds/*.toml`, validates every record, and emits typed Rust statics.
//!
//! Build-time only. `build.rs` and `tests/seeds.rs` include this module with `#[path]`; the app's
//! library never declares it, so no TOML parser ships in the wasm. Checks run in two passes, each
//! record on its own first, cross-references second, and every problem is collected before failing.

mod date;
mod emit;
mod lenient;
mod read;
mod records;
mod rows;
pub mod synthetic;
mod validate;

use std::fmt;
use std::path::Path;

pub use records::Dataset;

/// One thing wrong with the seeds, located precisely enough to fix without searching.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// Seed file name, relative to the seeds folder (`events.toml`).
    pub file: String,
    /// 1-based line of the offending value (or of the record, when a field is missing).
    pub line: usize,
    /// Id of the record, or `?` when the record has none.
    pub record: String,
    /// Field name, dotted for nested values (`title.ja`).
    pub field: String,
    /// The bad value as written, quoted in the message (empty when the value is missing).
    pub value: String,
    /// What is wrong.
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "seeds/{}:{}: record `{}`, field `{}`: {}",
            self.file, self.line, self.record, self.field, self.message
        )?;
        if !self.value.is_empty() {
            write!(f, " (value: {:?})", self.value)?;
        }
        Ok(())
    }
}

/// The seed files, in the order they are read. Each holds one kind of record.
pub const FILES: [&str; 11] = [
    "sources.toml",
    "strands.toml",
    "themes.toml",
    "units.toml",
    "places.toml",
    "organisations.toml",
    "people.toml",
    "events.toml",
    "partnerships.toml",
    "figures.toml",
    "quotes.toml",
];

/// Reads and validates every seed file in `dir`. Returns the dataset, or every problem found.
pub fn load(dir: &Path) -> Result<Dataset, Vec<Problem>> {
    let mut texts = Vec::new();
    let mut problems = Vec::new();
    for name in FILES {
        match std::fs::read_to_string(dir.join(name)) {
            Ok(text) => texts.push((name.to_string(), text)),
            Err(e) => problems.push(Problem {
                file: name.to_string(),
                line: 0,
                record: "?".into(),
                field: "?".into(),
                value: String::new(),
                message: format!("cannot read the file: {e}"),
            }),
        }
    }
    let data = read::read_all(&texts, &mut problems);
    validate::check(&data, &mut problems);
    if problems.is_empty() {
        Ok(data)
    } else {
        problems.sort_by(|a, b| (&a.file, a.line, &a.field).cmp(&(&b.file, b.line, &b.field)));
        problems.dedup();
        Err(problems)
    }
}

/// Checks a dataset again after it was changed in code (the bench's synthetic events).
pub fn revalidate(data: &Dataset) -> Result<(), Vec<Problem>> {
    let mut problems = Vec::new();
    validate::check(data, &mut problems);
    if problems.is_empty() { Ok(()) } else { Err(problems) }
}

/// Generates the Rust source of the typed statics for a validated dataset.
pub fn generate(data: &Dataset) -> String {
    emit::emit(data)
}
