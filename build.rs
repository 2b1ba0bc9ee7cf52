//! Compiles `seeds/*.toml` into typed Rust statics (`$OUT_DIR/data.rs`), or fails the build listing
//! every problem with its file, line, record, field and value. The compiler lives in `src/seedc/`.

#[path = "src/seedc/mod.rs"]
#[allow(dead_code)]
mod seedc;

#[path = "src/mapc/mod.rs"]
#[allow(dead_code)]
mod mapc;

use std::path::PathBuf;

fn main() {
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let seeds = root.join("seeds");
    println!("cargo::rerun-if-changed=seeds");
    println!("cargo::rerun-if-changed=src/seedc");
    println!("cargo::rerun-if-changed=src/mapc");
    println!("cargo::rerun-if-changed=src/map/projection.rs");
    let out_dir = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    let geometry = std::fs::read_to_string(root.join("seeds/map/geometry.txt")).expect("seeds/map/geometry.txt");
    // The geometry ships once: the build writes it into index.html's start view (the native prerender
    // binary), and the wasm reads it from there (`map::take_paths`), so the wasm carries none.
    let wasm = std::env::var("CARGO_CFG_TARGET_ARCH").is_ok_and(|a| a == "wasm32");
    match mapc::parse(&geometry) {
        Ok(g) => std::fs::write(out_dir.join("map.rs"), mapc::emit(&g, !wasm)).expect("write generated map"),
        Err(e) => {
            eprintln!("error: {e}");
            std::process::exit(1);
        }
    }
    // The bench builds a separate copy of the app with this many synthetic events added.
    println!("cargo::rerun-if-env-changed=VNJP_SYNTHETIC_EVENTS");
    let synthetic = std::env::var("VNJP_SYNTHETIC_EVENTS").ok().and_then(|n| n.parse::<usize>().ok());
    match seedc::load(&seeds) {
        Ok(mut data) => {
            if let Some(n) = synthetic {
                println!("cargo::warning=adding {n} synthetic events for the bench (VNJP_SYNTHETIC_EVENTS)");
                seedc::synthetic::add(&mut data, n);
                if let Err(problems) = seedc::revalidate(&data) {
                    for p in problems.iter().take(20) {
                        eprintln!("  {p}");
                    }
                    std::process::exit(1);
                }
            }
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
