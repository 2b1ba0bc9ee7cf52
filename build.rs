//! Compiles `seeds/*.toml` into typed Rust statics (`$OUT_DIR/data.rs`), or fails the build listing
//! every problem with its file, line, record, field and value. The compiler lives in `src/seedc/`.

#[path = "src/seedc/mod.rs"]
#[allow(dead_code)]
mod seedc;

use std::path::PathBuf;

fn main() {
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let seeds = root.join("seeds");
    println!("cargo::rerun-if-changed=seeds");
    println!("cargo::rerun-if-changed=src/seedc");
    match seedc::load(&seeds) {
        Ok(data) => {
            let out = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("data.rs");
            std::fs::write(&out, seedc::generate(&data)).expect("write generated data");
        }
        Err(problems) => {
            eprintln!("error: {} problem(s) in seeds/:", problems.len());
            for p in &problems {
                eprintln!("  {p}");
            }
            std::process::exit(1);
        }
    }
}
