//! Prints, for the post-build hook `.ci/prerender.mjs` to write into `dist/index.html`: with `head`,
//! the link-preview meta and the JSON-LD block (`VNJP_SITE_URL`, if set, is the deployment's base
//! URL); otherwise the start view's static HTML (`vnjp_explorer::prerender`).

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use vnjp_explorer::prerender;
    if std::env::args().nth(1).as_deref() == Some("head") {
        let site = std::env::var("VNJP_SITE_URL").ok().filter(|s| !s.is_empty());
        print!("{}", prerender::head(site.as_deref()));
    } else {
        print!("{}{}", prerender::start_view(), prerender::noscript());
    }
}

/// A build-time tool: nothing to do in the wasm (`cargo clippy --target wasm32 --bins` still builds it).
#[cfg(target_arch = "wasm32")]
fn main() {}
