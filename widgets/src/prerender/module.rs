//! The module viewer, pre-rendered: the parts `module_viewer/viewer.rs` shows, in its order
//! and with its classes, with what only the running widget can show (the learner's
//! progress, answer boxes, ticks, the pager) left out or waiting.
//!
//! Every section is shown, not only the first: without scripts, and in print, the page is
//! the whole module, and its table of contents links to each section. When the widget takes
//! over it shows the section the learner is at; what is above the first section (where a
//! learner starts reading) keeps its place.

use ler_content::model::{Module, Section, SectionKind};

use super::PREFIX;
use super::text::{self, Ctx};
use crate::heading::HeadingLevel;
use crate::html::Html;
use crate::i18n::{Lang, Msg};

/// Which sections a pre-rendered module shows.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Shown {
    /// Every one: a page of its own, read without scripts and printed whole.
    All,
    /// The first, the others `hidden` as the widget renders them: the text the loader shows
    /// in a widget's shadow root until the widget takes over (scripts run there, so the
    /// widget will be what is printed), laid out no larger than the widget will be.
    First,
}

/// The module's readable page: one element, `div.ler-prerendered`, meant as the child of
/// the `<ler-module-viewer>` that takes it over. `level` is the level of its top heading.
pub(crate) fn module_viewer(
    course_title: &str,
    module: &Module,
    level: HeadingLevel,
    shown: Shown,
) -> String {
    let lang = Lang::En;
    let reference_ids: Vec<String> = module.references.iter().map(|r| r.id.clone()).collect();
    let ctx = Ctx {
        reference_ids: &reference_ids,
        prefix: PREFIX,
        level,
        lang,
    };
    let title_id = format!("{PREFIX}title");
    let mut h = Html::default();
    h.el("div", &[("class", Some("ler-prerendered ler-root"))], |h| {
        h.el(
            "article",
            &[
                ("class", Some("ler-viewer")),
                ("aria-labelledby", Some(&title_id)),
            ],
            |h| {
                header(&ctx, h, course_title, module, &title_id);
                objectives(&ctx, h, module);
                progress(h, lang);
                h.el("div", &[("class", Some("ler-layout"))], |h| {
                    contents(h, module, lang);
                    h.el("div", &[("class", Some("ler-main"))], |h| {
                        for (index, section) in module.sections.iter().enumerate() {
                            let hidden = shown == Shown::First && index > 0;
                            self::section(&ctx, h, section, hidden);
                        }
                    });
                });
                references(&ctx, h, module);
            },
        );
    });
    h.finish()
}

fn header(ctx: &Ctx<'_>, h: &mut Html, course_title: &str, module: &Module, title_id: &str) {
    let meta = ctx.lang.count(
        Msg::ModuleMeta,
        &[
            ("n", usize::try_from(module.order).unwrap_or_default()),
            (
                "minutes",
                usize::try_from(module.minutes).unwrap_or_default(),
            ),
        ],
    );
    h.el("header", &[("class", Some("ler-header"))], |h| {
        h.el("p", &[("class", Some("ler-eyebrow"))], |h| {
            h.el("span", &[], |h| h.text(course_title));
            h.text(&format!(" · {meta}"));
        });
        ctx.heading(h, 0, Some(title_id), None, |h| h.text(&module.title));
        h.el("p", &[("class", Some("ler-summary"))], |h| {
            h.text(&module.summary)
        });
    });
}

fn objectives(ctx: &Ctx<'_>, h: &mut Html, module: &Module) {
    if module.objectives.is_empty() {
        return;
    }
    let id = format!("{PREFIX}objectives");
    h.el(
        "div",
        &[
            ("class", Some("ler-objectives")),
            ("role", Some("group")),
            ("aria-labelledby", Some(&id)),
        ],
        |h| {
            ctx.heading(h, 1, Some(&id), None, |h| {
                h.text(ctx.lang.t(Msg::LearningObjectives))
            });
            h.el("p", &[], |h| h.text(ctx.lang.t(Msg::ObjectivesIntro)));
            h.el("ul", &[], |h| {
                for o in &module.objectives {
                    h.el("li", &[], |h| text::inlines(ctx, h, &o.text));
                }
            });
        },
    );
}

/// Where the widget shows the learner's progress: the same box, saying it is on its way,
/// with a bar that shows no value yet, so nothing below moves when the widget fills it in.
fn progress(h: &mut Html, lang: Lang) {
    let id = format!("{PREFIX}progress");
    h.el("div", &[("class", Some("ler-progress"))], |h| {
        h.el(
            "p",
            &[("id", Some(&id)), ("class", Some("ler-progress-summary"))],
            |h| h.text(lang.t(Msg::ProgressOnItsWay)),
        );
        h.el(
            "progress",
            &[
                ("class", Some("ler-progress-bar")),
                ("aria-labelledby", Some(&id)),
            ],
            |_| {},
        );
        h.el(
            "button",
            &[
                ("type", Some("button")),
                ("class", Some("ler-secondary ler-export-notes")),
                ("disabled", Some("")),
            ],
            |h| h.text(lang.t(Msg::ExportMyNotes)),
        );
        // The widget's (empty) status line, which takes a row of the box too.
        h.el("p", &[("class", Some("ler-progress-message"))], |_| {});
    });
}

fn contents(h: &mut Html, module: &Module, lang: Lang) {
    let label = lang.fill(Msg::SectionsOf, &[("module", &module.title)]);
    h.el(
        "nav",
        &[("class", Some("ler-toc")), ("aria-label", Some(&label))],
        |h| {
            h.el("ol", &[], |h| {
                for (index, s) in module.sections.iter().enumerate() {
                    let href = format!("#{}", section_heading_id(s));
                    h.el("li", &[("class", Some("ler-toc-entry"))], |h| {
                        h.el("span", &[("class", Some("ler-toc-number"))], |h| {
                            h.text(&format!("{}.", lang.number(index + 1)))
                        });
                        h.el("a", &[("href", Some(&href))], |h| h.text(&s.title));
                        // The line where the widget writes the learner's marks for the
                        // section, kept so the sections below do not move when it does.
                        h.el(
                            "span",
                            &[
                                ("class", Some("ler-toc-marks")),
                                ("aria-hidden", Some("true")),
                            ],
                            |h| h.text("\u{a0}"),
                        );
                    });
                }
            });
        },
    );
}

fn section_heading_id(section: &Section) -> String {
    format!("{PREFIX}section-{}", section.id)
}

fn section(ctx: &Ctx<'_>, h: &mut Html, section: &Section, hidden: bool) {
    let heading_id = section_heading_id(section);
    h.el(
        "div",
        &[
            ("class", Some("ler-section")),
            ("role", Some("group")),
            ("aria-labelledby", Some(&heading_id)),
            ("hidden", hidden.then_some("")),
        ],
        |h| {
            ctx.heading(h, 1, Some(&heading_id), None, |h| h.text(&section.title));
            let intro = |h: &mut Html| {
                h.el("div", &[("class", Some("ler-section-text"))], |h| {
                    text::blocks(ctx, h, &section.body)
                });
            };
            match &section.kind {
                SectionKind::Text => intro(h),
                // Open, as the print stylesheet shows it: there is no button to press yet.
                SectionKind::Case(case) => h.el("div", &[("class", Some("ler-case"))], |h| {
                    h.el("p", &[("class", Some("ler-case-label"))], |h| {
                        h.text(ctx.lang.t(Msg::CaseLabel))
                    });
                    h.el("div", &[("class", Some("ler-case-body"))], |h| {
                        intro(h);
                        ctx.heading(h, 2, None, None, |h| h.text(ctx.lang.t(Msg::Discussion)));
                        h.el("ol", &[], |h| {
                            for p in &case.prompts {
                                h.el("li", &[], |h| text::inlines(ctx, h, &p.text));
                            }
                        });
                    });
                }),
                // The questions; their answer boxes come with the widget, which keeps what
                // is typed in them.
                SectionKind::Reflection(questions) => {
                    intro(h);
                    for q in questions {
                        h.el("div", &[("class", Some("ler-reflection"))], |h| {
                            h.el("p", &[], |h| text::inlines(ctx, h, &q.prompt))
                        });
                    }
                }
                // The items; their boxes come with the widget, which keeps the ticks.
                SectionKind::Checklist(list) => {
                    intro(h);
                    h.el("div", &[("class", Some("ler-checklist"))], |h| {
                        ctx.heading(h, 2, None, Some("ler-checklist-title"), |h| {
                            h.text(&list.title)
                        });
                        super::checklist::groups(ctx, h, list, 3);
                    });
                }
            }
        },
    );
}

fn references(ctx: &Ctx<'_>, h: &mut Html, module: &Module) {
    if module.references.is_empty() {
        return;
    }
    let heading_id = format!("{}references", ctx.reference_anchor(0));
    h.el(
        "div",
        &[
            ("class", Some("ler-references")),
            ("role", Some("group")),
            ("aria-labelledby", Some(&heading_id)),
        ],
        |h| {
            ctx.heading(h, 1, Some(&heading_id), None, |h| {
                h.text(ctx.lang.t(Msg::References))
            });
            h.el("ol", &[], |h| {
                for (i, r) in module.references.iter().enumerate() {
                    let anchor = ctx.reference_anchor(i + 1);
                    h.el(
                        "li",
                        &[("id", Some(&anchor)), ("tabindex", Some("-1"))],
                        |h| {
                            h.el("span", &[("class", Some("ler-ref-author"))], |h| {
                                h.text(&r.author)
                            });
                            h.text(&format!(" ({}). ", r.year));
                            h.el("cite", &[], |h| h.text(&r.title));
                            h.text(". ");
                            if crate::urls::is_safe_href(&r.url) {
                                h.el(
                                    "a",
                                    &[
                                        ("href", Some(&r.url)),
                                        ("rel", Some("noopener noreferrer")),
                                        ("target", Some("_blank")),
                                    ],
                                    |h| h.text(&r.url),
                                );
                            }
                        },
                    );
                }
            });
        },
    );
}
