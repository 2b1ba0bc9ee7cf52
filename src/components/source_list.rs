//! The documents the record is built from.

use leptos::prelude::*;

use crate::data::{SOURCES, SourceId};
use crate::format;
use crate::i18n::Ui;
use crate::state::use_app_state;

/// Lists every source with its publisher, date and what it is.
#[component]
pub fn SourceList() -> impl IntoView {
    let lang = use_app_state().lang.get_untracked();
    view! {
        <section class="sources" aria-labelledby="sources-heading">
            <h2 id="sources-heading">{Ui::Sources.get(lang)}</h2>
            <ol>
                {SOURCES
                    .iter()
                    .map(|s| {
                        view! {
                            <li id=format!("source-{}", s.id)>
                                <cite lang=title_lang(s)>{s.title}</cite>
                                " — "
                                <span lang="en">{s.publisher}</span>
                                {crate::i18n::list_sep(lang)}
                                {format::when(&s.date, None, lang)}
                                {s.machine_translated.then(|| crate::i18n::paren(Ui::MachineTranslated.get(lang), lang))}
                                <br/>
                                <span class="sources-about">{s.about.get(lang)}</span>
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
        </section>
    }
}

/// A source cited from a record: its publisher (as printed, in English) and date, linked to the full
/// entry in the list of sources (which opens the sources view, if it is not the one open).
pub fn source_ref(id: SourceId, lang: crate::lang::Lang) -> impl IntoView {
    let s = id.get();
    let state = use_app_state();
    let target = format!("source-{}", s.id);
    let open = move |e: leptos::ev::MouseEvent| {
        if state.page.get_untracked() == crate::url::Page::Sources {
            return;
        }
        e.prevent_default();
        state.page.set(crate::url::Page::Sources);
        let target = target.clone();
        request_animation_frame(move || {
            let _ = gloo_utils::window().location().set_hash(&target);
        });
    };
    view! {
        <a class="source-ref" href=format!("#source-{}", s.id) on:click=open>
            <span lang="en">{s.publisher}</span>
            {format!("{}{}", crate::i18n::list_sep(lang), format::when(&s.date, None, lang))}
        </a>
    }
}

/// Several sources cited together, separated by semicolons.
pub fn source_refs(ids: &[SourceId], lang: crate::lang::Lang) -> impl IntoView {
    ids.iter().enumerate().map(|(i, &s)| view! { {(i > 0).then_some("; ")} {source_ref(s, lang)} }).collect_view()
}

/// The language of a source's title: a document's own; a reference list's title is our English.
pub fn title_lang(s: &crate::data::Source) -> &'static str {
    match s.kind {
        crate::data::SourceKind::Reference => "en",
        _ => s.language,
    }
}
