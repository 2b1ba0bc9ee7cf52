//! "Embed this view": a dialog with the `<iframe>` snippet for the current view (the address bar's
//! state plus `embed`) and the `embed.js` host script that sizes it, ready to copy into a ministry's page.

use leptos::html::Dialog;
use leptos::prelude::*;

use crate::i18n::Ui;
use crate::state::use_app_state;

/// The snippet for embedding the page at `href` (its query is the current view).
pub fn snippet(href: &str, title: &str) -> String {
    let (base, query) = match href.split_once('?') {
        Some((b, q)) => (b, q),
        None => (href, ""),
    };
    let base = base.split('#').next().unwrap_or(base);
    let query = query.split('#').next().unwrap_or("");
    let src = if query.is_empty() { format!("{base}?embed") } else { format!("{base}?{query}&embed") };
    let title = title.replace('&', "&amp;").replace('"', "&quot;").replace('<', "&lt;");
    // A URL in an attribute: `&` as an entity, `"` percent-encoded.
    let url_attr = |u: &str| u.replace('&', "&amp;").replace('"', "%22");
    let src = url_attr(&src);
    // The host script beside it (`public/embed.js`), from the app's folder: it sizes the frame.
    let folder = &base[..base.rfind('/').map_or(base.len(), |i| i + 1)];
    let script = url_attr(&format!("{folder}embed.js"));
    format!(
        "<iframe src=\"{src}\" title=\"{title}\" width=\"100%\" height=\"640\" sandbox=\"allow-scripts allow-popups allow-popups-to-escape-sandbox\" loading=\"lazy\"></iframe>\n<script src=\"{script}\" defer></script>"
    )
}

/// The button and its dialog.
#[component]
pub fn EmbedDialog() -> impl IntoView {
    let state = use_app_state();
    let lang = state.lang.get_untracked();
    let dialog = NodeRef::<Dialog>::new();
    let code = RwSignal::new(String::new());
    let open = move |_| {
        let href = gloo_utils::window().location().href().unwrap_or_default();
        code.set(snippet(&href, Ui::AppTitle.get(lang)));
        if let Some(d) = dialog.get_untracked() {
            let _ = d.show_modal();
        }
    };
    let close = move |_| {
        if let Some(d) = dialog.get_untracked() {
            d.close();
        }
    };
    view! {
        <button class="embed-open" aria-haspopup="dialog" on:click=open>
            {Ui::EmbedThisView.get(lang)}
        </button>
        <dialog class="embed-dialog" node_ref=dialog aria-labelledby="embed-title">
            <h2 id="embed-title">{Ui::EmbedThisView.get(lang)}</h2>
            <p>{Ui::EmbedHelp.get(lang)}</p>
            <label for="embed-code">{Ui::EmbedCode.get(lang)}</label>
            <textarea id="embed-code" readonly rows="5" prop:value=move || code.get()></textarea>
            <button class="embed-close" on:click=close>
                {Ui::Close.get(lang)}
            </button>
        </dialog>
    }
}

#[cfg(test)]
mod tests {
    use super::snippet;

    #[test]
    fn the_snippet_keeps_the_view_and_adds_embed() {
        let s = snippet("https://x.example/vn-jp/?s=forum-2025&lang=vi#top", "A \"title\" & more");
        assert!(s.starts_with("<iframe src=\"https://x.example/vn-jp/?s=forum-2025&amp;lang=vi&amp;embed\""), "{s}");
        assert!(s.contains("title=\"A &quot;title&quot; &amp; more\""));
        assert!(s.contains("sandbox=\"allow-scripts allow-popups allow-popups-to-escape-sandbox\""));
        assert_eq!(
            snippet("https://x.example/", "t"),
            "<iframe src=\"https://x.example/?embed\" title=\"t\" width=\"100%\" height=\"640\" sandbox=\"allow-scripts allow-popups allow-popups-to-escape-sandbox\" loading=\"lazy\"></iframe>\n<script src=\"https://x.example/embed.js\" defer></script>"
        );
        assert!(
            snippet("https://x.example/a/index.html?v=list", "t")
                .ends_with("<script src=\"https://x.example/a/embed.js\" defer></script>")
        );
    }
}
