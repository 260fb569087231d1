//! The module's reference list, the target of its numbered citations.

use leptos::prelude::*;
use ler_content::model::Module;

use crate::heading::Heading;
use crate::i18n::{Lang, Msg};
use crate::rich_text::TextCtx;
use crate::urls;

/// The numbered references (anchors `ctx.reference_anchor(1…)`); nothing when there are
/// none. A reference's address is a link only when it is a safe one.
pub(super) fn references(module: &Module, ctx: &TextCtx) -> Option<impl IntoView + use<>> {
    (!module.references.is_empty()).then(|| {
        let lang = Lang::current();
        let heading_id = format!("{}references", ctx.reference_anchor(0));
        let labelledby = heading_id.clone();
        let items = module
            .references
            .iter()
            .enumerate()
            .map(|(i, r)| {
                let anchor = ctx.reference_anchor(i + 1);
                view! {
                    <li id=anchor tabindex="-1">
                        <span class="ler-ref-author">{r.author.clone()}</span>
                        " (" {r.year.clone()} "). "
                        <cite>{r.title.clone()}</cite>
                        ". "
                        {urls::is_safe_href(&r.url).then(|| view! {
                            <a href=r.url.clone() rel="noopener noreferrer" target="_blank">
                                {r.url.clone()}
                            </a>
                        })}
                    </li>
                }
            })
            .collect::<Vec<_>>();
        view! {
            <div class="ler-references" role="group" aria-labelledby=labelledby>
                <Heading depth=1 id=heading_id>{lang.t(Msg::References)}</Heading>
                <ol lang=lang.content()>{items}</ol>
            </div>
        }
    })
}
