//! Prints the start view's static HTML (`vnjp_explorer::prerender`) for the post-build hook
//! `.ci/prerender.mjs` to write into `dist/index.html`.

fn main() {
    print!("{}{}", vnjp_explorer::prerender::start_view(), vnjp_explorer::prerender::noscript());
}
