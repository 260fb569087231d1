//! The checklist, pre-rendered: what `checklist/widget.rs` and `checklist/view.rs` show of
//! a standalone checklist, in their order and with their classes: the line naming the
//! course and the module, the title, the box where the count will stand, and the items in
//! their groups. The boxes to tick, the notes and the buttons come with the
//! widget, which keeps what the learner does with them; an item's text is readable (and
//! printable) before it arrives.

use ler_content::model::{Checklist, Module};

use super::PREFIX;
use super::text::{self, Ctx};
use crate::heading::HeadingLevel;
use crate::html::Html;
use crate::i18n::{Lang, Msg};

/// The readable page of `list`, one of `module`'s checklists in the course titled
/// `course_title`: one element, `div.ler-prerendered`, meant as the child of the
/// `<ler-checklist>` that takes it over.
pub(crate) fn checklist(
    course_title: &str,
    module: &Module,
    list: &Checklist,
    level: HeadingLevel,
) -> String {
    let lang = Lang::En;
    let ctx = Ctx {
        // As the widget: no reference list is shown beside a lone checklist, so its
        // citations are not numbered.
        reference_ids: &[],
        prefix: PREFIX,
        level,
        lang,
    };
    let count_id = format!("{PREFIX}count");
    let mut h = Html::default();
    let context = format!(
        "{course_title} · {}",
        lang.module_title(module.order, &module.title)
    );
    h.el("div", &[("class", Some("ler-prerendered ler-root"))], |h| {
        h.el(
            "article",
            &[
                ("class", Some("ler-checklist-widget")),
                ("aria-label", Some(&list.title)),
            ],
            |h| {
                h.el("p", &[("class", Some("ler-eyebrow"))], |h| h.text(&context));
                h.el("div", &[("class", Some("ler-checklist"))], |h| {
                    ctx.heading(h, 0, None, Some("ler-checklist-title"), |h| {
                        h.text(&list.title)
                    });
                    // The widget's bar and count: a bar without a value yet, and a line saying
                    // the count is on its way, so the items below do not move when it comes.
                    h.el("div", &[("class", Some("ler-checklist-progress"))], |h| {
                        h.el("progress", &[("aria-labelledby", Some(&count_id))], |_| {});
                        h.el(
                            "p",
                            &[
                                ("id", Some(&count_id)),
                                ("class", Some("ler-checklist-count")),
                            ],
                            |h| h.text(lang.t(Msg::TicksOnTheirWay)),
                        );
                    });
                    groups(&ctx, h, list, 1);
                });
            },
        );
    });
    h.finish()
}

/// The items of `list` in their groups, each group under a heading `depth` below the
/// page's top one when it has a title; an item is its text (no box yet).
pub(super) fn groups(ctx: &Ctx<'_>, h: &mut Html, list: &Checklist, depth: u8) {
    for group in &list.groups {
        if let Some(title) = &group.title {
            ctx.heading(h, depth, None, Some("ler-checklist-group"), |h| {
                h.text(title)
            });
        }
        h.el("ul", &[("class", Some("ler-checklist-items"))], |h| {
            for item in &group.items {
                h.el("li", &[("class", Some("ler-checklist-item"))], |h| {
                    h.el("div", &[("class", Some("ler-item-main"))], |h| {
                        text::inlines(ctx, h, &item.text)
                    })
                });
            }
        });
    }
}
