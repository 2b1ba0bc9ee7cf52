//! Mounts the explorer. Everything else lives in the library.

fn main() {
    console_error_panic_hook::set_once();
    vnjp_explorer::components::app::take_geometry();
    leptos::mount::mount_to_body(vnjp_explorer::App);
    vnjp_explorer::components::app::test_fault();
}
