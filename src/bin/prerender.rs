//! Prints, for the post-build hook `.ci/prerender.mjs` to write into `dist/index.html`, one JSON object:
//! `head`, the link-preview meta and the JSON-LD block (`VNJP_SITE_URL`, if set, is the deployment's
//! base URL), and `body`, the start view's static HTML (`vnjp_explorer::prerender`). With
//! `--preview FILE`, it also writes the link-preview image there as PNG (`picture::preview`).

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use vnjp_explorer::prerender;
    let site = std::env::var("VNJP_SITE_URL").ok().filter(|s| !s.is_empty());
    let out = serde_json::json!({
        "head": prerender::head(site.as_deref()),
        "body": format!("{}{}", prerender::start_view(), prerender::noscript()),
    });
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match (a.as_str(), args.next()) {
            ("--preview", Some(file)) => {
                let png = prerender::preview_png().unwrap_or_else(|e| panic!("the preview image: {e}"));
                std::fs::write(&file, png).unwrap_or_else(|e| panic!("{file}: {e}"));
            }
            _ => panic!("usage: prerender [--preview FILE]"),
        }
    }
    print!("{out}");
}

/// A build-time tool: nothing to do in the wasm (`cargo clippy --target wasm32 --bins` still builds it).
#[cfg(target_arch = "wasm32")]
fn main() {}
