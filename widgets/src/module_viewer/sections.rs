//! What each kind of section shows below its heading.

use crate::text_map::{TextMap, TextSet};
use std::sync::Arc;

use leptos::prelude::*;
use ler_content::model::{CaseExample, Module, ReflectionQuestion, Section, SectionKind};

use crate::checklist::ChecklistPanel;
use crate::heading::Heading;
use crate::i18n::{Lang, Msg};
use crate::rich_text::{self, TextCtx};
use crate::store::debounce::SAVE_DELAY;
use crate::store::text_entries::MAX_TEXT_CHARS;
use crate::store::{CourseId, Debouncer, Slot, Store, TextEntries};

/// The body of the open section, by kind.
#[component]
#[allow(
    unreachable_pub,
    reason = "#[component] makes the props struct `pub` whatever the function is"
)]
pub(crate) fn SectionBody(
    /// Rich-text context of the module.
    ctx: TextCtx,
    /// The section.
    section: Section,
    /// Id prefix of this widget instance.
    id_prefix: String,
    /// The module: its course id names where answers and ticks are stored, its section
    /// titles fill "Explained in". Without it, the course id comes from a [`CourseId`]
    /// context; with neither, progress stays on the page and the learner is told.
    #[prop(optional)]
    module: Option<Arc<Module>>,
    /// Opens a section of this module by id (checklist items' "Explained in" links).
    #[prop(optional)]
    on_open_section: Option<Callback<String>>,
) -> impl IntoView {
    let lang = Lang::current();
    // The section's own text is course content: a wrapper says its language when the
    // interface speaks another (margins collapse through it, so the layout is the same).
    let intro = rich_text::blocks(&ctx, &section.body);
    let intro =
        view! { <div class="ler-section-text" lang=lang.content()>{intro}</div> }.into_any();
    let course_id = module
        .as_ref()
        .map(|m| m.course.clone())
        .or_else(|| use_context::<CourseId>().map(|c| c.0));
    match section.kind {
        SectionKind::Text => intro,
        SectionKind::Case(case) => {
            view! { <CasePanel ctx case intro id=format!("{id_prefix}case-{}", section.id)/> }
                .into_any()
        }
        SectionKind::Reflection(questions) => {
            let answers = reflection_slot(course_id.as_deref(), &section.id);
            view! { {intro} <Reflections ctx questions id_prefix answers/> }.into_any()
        }
        SectionKind::Checklist(list) => {
            let sections: TextMap<String> = module
                .iter()
                .flat_map(|m| m.sections.iter())
                .map(|s| (s.id.clone(), s.title.clone()))
                .collect();
            let export_context = module
                .as_ref()
                .map(|m| lang.module_title(m.order, &m.title));
            let panel = view! {
                <ChecklistPanel
                    list=Arc::new(list)
                    ctx
                    course_id
                    sections=Arc::new(sections)
                    export_context
                    on_open_section
                />
            };
            view! { {intro} {panel} }.into_any()
        }
    }
}

/// A case example as a WAI-ARIA disclosure: the button shows and hides the story.
#[component]
fn CasePanel(ctx: TextCtx, case: CaseExample, intro: AnyView, id: String) -> impl IntoView {
    let lang = Lang::current();
    let expanded = RwSignal::new(false);
    let prompts = case
        .prompts
        .iter()
        .map(|p| view! { <li>{rich_text::inlines(&ctx, &p.text)}</li> })
        .collect::<Vec<_>>();
    view! {
        <div class="ler-case">
            <p class="ler-case-label">{lang.t(Msg::CaseLabel)}</p>
            <button
                type="button"
                class="ler-disclosure"
                aria-expanded=move || expanded.get().to_string()
                aria-controls=id.clone()
                on:click=move |_| expanded.update(|e| *e = !*e)
            >
                {move || lang.t(if expanded.get() { Msg::HideCase } else { Msg::ReadCase })}
            </button>
            <div id=id class="ler-case-body" hidden=move || !expanded.get()>
                {intro}
                <Heading depth=2>{lang.t(Msg::Discussion)}</Heading>
                <ol lang=lang.content()>{prompts}</ol>
            </div>
        </div>
    }
}

/// Where the answers of a reflection section are kept: one key per section.
fn reflection_slot(course_id: Option<&str>, section_id: &str) -> Slot<TextEntries> {
    match course_id {
        Some(course) => Store::current().reflections(course, section_id),
        None => Store::memory().reflections("", section_id),
    }
}

/// Reflection questions, each with an answer box. Answers are saved as the learner types
/// (after a pause of [`SAVE_DELAY`]), restored when the module is opened again, and can be
/// erased (and brought back until the learner types again).
#[component]
fn Reflections(
    ctx: TextCtx,
    questions: Vec<ReflectionQuestion>,
    id_prefix: String,
    answers: Slot<TextEntries>,
) -> impl IntoView {
    let lang = Lang::current();
    let slot = answers;
    let known: Arc<TextSet> = Arc::new(questions.iter().map(|q| q.id.clone()).collect());
    let debouncers: Arc<Vec<Debouncer>> =
        Arc::new(questions.iter().map(|_| Debouncer::new()).collect());
    on_cleanup({
        let debouncers = debouncers.clone();
        move || debouncers.iter().for_each(Debouncer::flush)
    });
    let notices = {
        let slot = slot.clone();
        let known = known.clone();
        move || {
            let mut notices = slot.status().notices(lang);
            let stale = slot.with(|t| t.stale(|id| known.contains(id)));
            if !stale.is_empty() {
                let listed = stale
                    .iter()
                    .map(|(id, text)| format!("{id}: “{text}”"))
                    .collect::<Vec<_>>()
                    .join("; ");
                notices.push(lang.fill(Msg::StaleAnswers, &[("answers", &listed)]));
            }
            notices
                .into_iter()
                .map(|n| view! { <p class="ler-notice">{n}</p> })
                .collect::<Vec<_>>()
        }
    };
    let answers = questions
        .iter()
        .zip(debouncers.iter())
        .map(|(q, debouncer)| {
            answer_box(AnswerEnv {
                ctx: ctx.clone(),
                question: q.clone(),
                field_id: format!("{id_prefix}answer-{}", q.id),
                slot: slot.clone(),
                known: known.clone(),
                debouncer: debouncer.clone(),
                lang,
            })
        })
        .collect::<Vec<_>>();
    view! {
        <div class="ler-notices" role="status">{notices}</div>
        {answers}
    }
}

struct AnswerEnv {
    ctx: TextCtx,
    question: ReflectionQuestion,
    field_id: String,
    slot: Slot<TextEntries>,
    known: Arc<TextSet>,
    debouncer: Debouncer,
    lang: Lang,
}

/// What the status line under an answer says.
#[derive(Debug, Clone, PartialEq, Eq)]
enum AnswerStatus {
    Quiet,
    Saved,
    NotKept,
    Erased(String),
}

fn answer_box(env: AnswerEnv) -> impl IntoView {
    let AnswerEnv {
        ctx,
        question,
        field_id,
        slot,
        known,
        debouncer,
        lang,
    } = env;
    let id = question.id.clone();
    let status = ArcRwSignal::new(AnswerStatus::Quiet);
    let pending = ArcRwSignal::new(false);
    let field = NodeRef::<leptos::html::Textarea>::new();
    let value = {
        let slot = slot.clone();
        let id = id.clone();
        Memo::new(move |_| slot.with(|t| t.get(&id).to_owned()))
    };
    // Saves `text` as the answer and says how that went. Arc-only, so a save flushed as
    // the module viewer moves on still lands.
    let save = {
        let slot = slot.clone();
        let (id, status, pending) = (id.clone(), status.clone(), pending.clone());
        move |text: String| {
            slot.update(|t| {
                t.retain(|q| known.contains(q));
                t.set(&id, &text);
            });
            pending.set(false);
            status.set(if slot.status_untracked().is_saving() {
                AnswerStatus::Saved
            } else {
                AnswerStatus::NotKept
            });
        }
    };
    let on_input = {
        let (debouncer, save, pending) = (debouncer.clone(), save.clone(), pending.clone());
        move |ev: leptos::ev::Event| {
            let text = event_target_value(&ev);
            pending.set(true);
            let save = save.clone();
            debouncer.schedule(SAVE_DELAY, move || save(text));
        }
    };
    let erase = {
        let (debouncer, status, pending) = (debouncer.clone(), status.clone(), pending.clone());
        let (slot, id) = (slot.clone(), id.clone());
        move |_| {
            debouncer.cancel();
            pending.set(false);
            let text = field
                .get_untracked()
                .map(|f| f.value())
                .unwrap_or_else(|| slot.with_untracked(|t| t.get(&id).to_owned()));
            slot.update(|t| {
                t.remove(&id);
            });
            if let Some(f) = field.get_untracked() {
                f.set_value("");
                let _ = f.focus();
            }
            status.set(if text.trim().is_empty() {
                AnswerStatus::Quiet
            } else {
                AnswerStatus::Erased(text)
            });
        }
    };
    let restore = {
        let (status, save) = (status.clone(), save.clone());
        move |_| {
            if let AnswerStatus::Erased(text) = status.get_untracked() {
                if let Some(f) = field.get_untracked() {
                    f.set_value(&text);
                    let _ = f.focus();
                }
                save(text);
            }
        }
    };
    let status_text = {
        let status = status.clone();
        move || match status.get() {
            AnswerStatus::Quiet => "",
            AnswerStatus::Saved => lang.t(Msg::AnswerSaved),
            AnswerStatus::NotKept => lang.t(Msg::AnswerNotKept),
            AnswerStatus::Erased(_) => lang.t(Msg::AnswerErased),
        }
    };
    let erased = {
        let status = status.clone();
        move || !matches!(status.get(), AnswerStatus::Erased(_))
    };
    let status_id = format!("{field_id}-status");
    let label_for = field_id.clone();
    view! {
        <div class="ler-reflection">
            <label for=label_for lang=lang.content()>
                {rich_text::inlines(&ctx, &question.prompt)}
            </label>
            <textarea
                id=field_id
                rows="4"
                maxlength=MAX_TEXT_CHARS.to_string()
                aria-describedby=status_id.clone()
                node_ref=field
                prop:value=move || value.get()
                on:input=on_input
                on:blur=move |_| debouncer.flush()
            ></textarea>
            <div class="ler-answer-bar">
                <p
                    id=status_id
                    class="ler-save-status"
                    class:ler-pending=move || pending.get()
                    aria-live="polite"
                >
                    {status_text}
                </p>
                <button type="button" class="ler-secondary ler-small ler-erase" on:click=erase>
                    {lang.t(Msg::EraseAnswer)}
                </button>
                <button
                    type="button"
                    class="ler-secondary ler-small ler-restore"
                    hidden=erased
                    on:click=restore
                >
                    {lang.t(Msg::BringBack)}
                </button>
            </div>
        </div>
    }
}
