//! Two or three credential types side by side, in a real table.

use leptos::prelude::*;
use ler_content::model::CredentialType;

use super::explorer::Env;
use super::tree::COMPARE_LIMIT;
use crate::heading::Heading;

/// A row of the comparison: its header and how to read the cell from a type.
struct Row {
    header: &'static str,
    value: fn(&CredentialType) -> Option<String>,
    code: bool,
}

const ROWS: [Row; 7] = [
    Row {
        header: "Definition",
        value: |t| Some(t.definition.clone()),
        code: false,
    },
    Row {
        header: "Typical size",
        value: |t| t.typical_size.clone(),
        code: false,
    },
    Row {
        header: "How it is assessed",
        value: |t| t.assessment.clone(),
        code: false,
    },
    Row {
        header: "Who typically issues it",
        value: |t| Some(t.issuer.clone()),
        code: false,
    },
    Row {
        header: "Open Badges 3.0 achievementType",
        value: |t| t.ob_achievement_type.clone(),
        code: true,
    },
    Row {
        header: "CTDL class",
        value: |t| t.ctdl_class.clone(),
        code: true,
    },
    Row {
        header: "How it stacks",
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
                    <span class="ler-compare-name">{label.clone()}</span>
                    <button
                        type="button"
                        class="ler-secondary ler-small"
                        aria-label=format!("Remove {label} from the comparison")
                        on:click=remove
                    >
                        "Remove"
                    </button>
                </th>
            }
        })
        .collect::<Vec<_>>();
    let types: Vec<Option<CredentialType>> = items.iter().map(|&i| env.ty(i).cloned()).collect();
    let rows = ROWS
        .iter()
        .map(|row| {
            let cells = types
                .iter()
                .map(|ty| {
                    let value = ty.as_ref().and_then(row.value);
                    let cell = match value {
                        Some(v) if row.code => view! { <code>{v}</code> }.into_any(),
                        Some(v) => v.into_any(),
                        None => view! { <span class="ler-muted">"Not given"</span> }.into_any(),
                    };
                    view! { <td>{cell}</td> }
                })
                .collect::<Vec<_>>();
            view! {
                <tr>
                    <th scope="row">{row.header}</th>
                    {cells}
                </tr>
            }
        })
        .collect::<Vec<_>>();
    let hint = (items.len() < 2).then(|| {
        view! {
            <p class="ler-compare-hint">
                {format!(
                    "Tick Compare on one or two more types (up to {COMPARE_LIMIT}) to see them \
                     side by side."
                )}
            </p>
        }
    });
    let caption = format!("Side by side: {}", join_names(&labels));
    let env = env.clone();
    view! {
        <div class="ler-compare" role="group" aria-labelledby=labelledby>
            <Heading depth=1 id=heading_id tabindex="-1">
                "Compare credential types"
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
                    <tbody>{rows}</tbody>
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
                "Clear the comparison"
            </button>
        </div>
    }
}

/// "A", "A and B", "A, B and C".
fn join_names(names: &[String]) -> String {
    match names {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::join_names;

    #[test]
    fn joins_names_in_prose() {
        let n = |v: &[&str]| v.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>();
        assert_eq!(join_names(&n(&["A"])), "A");
        assert_eq!(join_names(&n(&["A", "B"])), "A and B");
        assert_eq!(join_names(&n(&["A", "B", "C"])), "A, B and C");
    }
}
