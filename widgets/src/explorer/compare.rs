//! Two or three credential types side by side, in a real table.

use leptos::prelude::*;
use ler_content::model::CredentialType;

use super::explorer::Env;
use super::tree::COMPARE_LIMIT;
use crate::heading::Heading;
use crate::html::Html;
use crate::i18n::Msg;

/// A row of the comparison: its header and how to read the cell from a type.
struct Row {
    header: Msg,
    value: fn(&CredentialType) -> Option<String>,
    code: bool,
}

const ROWS: [Row; 7] = [
    Row {
        header: Msg::Definition,
        value: |t| Some(t.definition.clone()),
        code: false,
    },
    Row {
        header: Msg::TypicalSize,
        value: |t| t.typical_size.clone(),
        code: false,
    },
    Row {
        header: Msg::HowAssessed,
        value: |t| t.assessment.clone(),
        code: false,
    },
    Row {
        header: Msg::WhoIssues,
        value: |t| Some(t.issuer.clone()),
        code: false,
    },
    Row {
        header: Msg::ObAchievementType,
        value: |t| t.ob_achievement_type.clone(),
        code: true,
    },
    Row {
        header: Msg::CtdlClass,
        value: |t| t.ctdl_class.clone(),
        code: true,
    },
    Row {
        header: Msg::HowStacks,
        value: |t| t.stackability.clone(),
        code: false,
    },
];

/// The comparison, shown once a type is picked.
pub(super) fn compare_panel(env: &Env) -> impl IntoView + use<> {
    let env = env.clone();
    move || {
        let items = env.compare.with(|c| c.items().to_vec());
        (!items.is_empty()).then(|| comparison(&env, &items))
    }
}

fn comparison(env: &Env, items: &[usize]) -> impl IntoView + use<> {
    let compare = env.compare;
    let lang = env.lang;
    let content = lang.content();
    let heading_id = env.compare_heading_id();
    let labelledby = heading_id.clone();
    let labels: Vec<String> = items.iter().map(|&i| env.label(i)).collect();
    let heads = items
        .iter()
        .zip(&labels)
        .map(|(&i, label)| {
            let env = env.clone();
            let remove = move |_| {
                compare.update(|c| {
                    c.remove(i);
                });
                if compare.with_untracked(|c| c.is_empty()) {
                    env.focus_tree_later();
                } else {
                    env.focus_heading_later(env.compare_heading_id());
                }
            };
            view! {
                <th scope="col">
                    <span class="ler-compare-name" lang=content>{label.clone()}</span>
                    <button
                        type="button"
                        class="ler-secondary ler-small"
                        aria-label=lang.fill(Msg::RemoveFromComparison, &[("type", label)])
                        on:click=remove
                    >
                        {lang.t(Msg::Remove)}
                    </button>
                </th>
            }
        })
        .collect::<Vec<_>>();
    let types: Vec<Option<CredentialType>> = items.iter().map(|&i| env.ty(i).cloned()).collect();
    // The rows only change with the set compared, which draws this view again: written as
    // text by the escaping HTML writer.
    let mut rows = Html::default();
    for row in &ROWS {
        rows.el("tr", &[], |h| {
            h.el("th", &[("scope", Some("row"))], |h| {
                h.text(lang.t(row.header))
            });
            for ty in &types {
                h.el("td", &[], |h| match ty.as_ref().and_then(row.value) {
                    Some(v) if row.code => h.el("code", &[], |h| h.text(&v)),
                    Some(v) => h.el("span", &[("lang", content)], |h| h.text(&v)),
                    None => h.el("span", &[("class", Some("ler-muted"))], |h| {
                        h.text(lang.t(Msg::NotGiven));
                    }),
                });
            }
        });
    }
    let hint = (items.len() < 2).then(|| {
        view! {
            <p class="ler-compare-hint">
                {lang.count(Msg::CompareHint, &[("limit", COMPARE_LIMIT)])}
            </p>
        }
    });
    let caption = lang.fill(Msg::SideBySide, &[("names", &lang.list(&labels))]);
    let env = env.clone();
    view! {
        <div class="ler-compare" role="group" aria-labelledby=labelledby>
            <Heading depth=1 id=heading_id tabindex="-1">
                {lang.t(Msg::CompareTypes)}
            </Heading>
            {hint}
            <div class="ler-compare-wrap">
                <table class="ler-compare-table">
                    <caption>{caption}</caption>
                    <thead>
                        <tr>
                            <td class="ler-compare-corner"></td>
                            {heads}
                        </tr>
                    </thead>
                    <tbody inner_html=rows.finish()></tbody>
                </table>
            </div>
            <button
                type="button"
                class="ler-secondary ler-small"
                on:click=move |_| {
                    compare.update(|c| c.clear());
                    env.focus_tree_later();
                }
            >
                {lang.t(Msg::ClearComparison)}
            </button>
        </div>
    }
}
