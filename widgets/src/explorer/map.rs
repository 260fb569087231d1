//! The credential map: the hierarchy as a picture, each type placed by the size the course
//! states for it (geometry in `map_layout.rs`).
//!
//! Accessibility design: the picture is a second way in for pointer users, not a second
//! keyboard path. The SVG is `aria-hidden` and its boxes take no focus; choosing a box does
//! what choosing the tree item does (selects the type and moves focus to its details). The
//! tree stays the one keyboard and screen-reader control (WAI-ARIA APG tree view), and the
//! figure's caption, legend and "The map in words" say in text what the picture shows, so
//! nothing is only visual. Making 31 boxes focusable as well would add 31 tab stops that
//! repeat the tree, which the APG advises against.
//!
//! Every string a learner reads here is in [`text`], so the interface can be translated in
//! one place.

use leptos::prelude::*;

use super::explorer::Env;
use super::map_layout::{self, Column, ColumnKind, MapLayout};
use crate::heading::Heading;
use crate::i18n::{Lang, Msg};

/// Number of pathway colours in the stylesheet (`.ler-map-path-0` … `-3`); more pathways
/// reuse them with another dash pattern.
const PATH_STYLES: usize = 4;

/// The figure: picture, caption, legend and the same in words; `None` when the library
/// has no types.
pub(super) fn credential_map(env: &Env) -> Option<impl IntoView + use<>> {
    if env.tree.is_empty() {
        return None;
    }
    let map = map_layout::layout(&env.library, &env.tree);
    let heading_id = format!("{}map", env.prefix);
    let labelledby = heading_id.clone();
    let lang = env.lang;
    let legend = legend(env);
    let words = in_words(env, &map);
    Some(view! {
        <figure class="ler-map" aria-labelledby=labelledby>
            <Heading depth=1 id=heading_id>{lang.t(Msg::MapHeading)}</Heading>
            // Focusable so that keyboard users can scroll it where it is wider than the
            // screen; its content is hidden from assistive technology (see the module docs).
            <div class="ler-map-scroll" tabindex="0" role="group" aria-label=lang.t(Msg::MapScrollBox)>
                {picture(env, &map)}
            </div>
            <figcaption class="ler-map-caption">
                <p>
                    {lang.t(Msg::MapCaption)}
                    " "
                    <span class="ler-map-scroll-note">{lang.t(Msg::MapScrolls)}</span>
                </p>
                {legend}
                <details class="ler-map-words">
                    <summary>{lang.t(Msg::MapInWords)}</summary>
                    {words}
                </details>
            </figcaption>
        </figure>
    })
}

fn picture(env: &Env, map: &MapLayout) -> impl IntoView + use<> {
    let marker = |k: usize| format!("{}map-arrow-{k}", env.prefix);
    let markers = (0..PATH_STYLES)
        .map(|k| {
            view! {
                <marker
                    id=marker(k)
                    class=format!("ler-map-arrow ler-map-path-{k}")
                    viewBox="0 0 10 10"
                    refX="9"
                    refY="5"
                    markerWidth="7"
                    markerHeight="7"
                    orient="auto"
                >
                    <path d="M0 0L10 5L0 10z"></path>
                </marker>
            }
        })
        .collect::<Vec<_>>();
    let bands = map
        .lanes
        .iter()
        .map(|&(y, h)| {
            view! {
                <rect class="ler-map-lane" x="0" y=y width=map.width height=h rx="4"></rect>
            }
        })
        .collect::<Vec<_>>();
    let headings = map
        .columns
        .iter()
        .map(|c| {
            let cx = c.x + c.width / 2;
            let lines = column_heading(c, env.lang)
                .iter()
                .enumerate()
                .map(|(i, l)| {
                    let dy = if i == 0 { "0" } else { "1.2em" };
                    view! { <tspan x=cx dy=dy>{l.clone()}</tspan> }
                })
                .collect::<Vec<_>>();
            let class = if c.kind == ColumnKind::Unsized || c.kind == ColumnKind::NoNationalSize {
                "ler-map-heading ler-map-heading-unsized"
            } else {
                "ler-map-heading"
            };
            view! { <text class=class x=cx y="22" text-anchor="middle">{lines}</text> }
        })
        .collect::<Vec<_>>();
    let links = map
        .links
        .iter()
        .map(|d| view! { <path class="ler-map-link" d=d.clone()></path> })
        .collect::<Vec<_>>();
    let same = map
        .same_type
        .iter()
        .map(|d| view! { <path class="ler-map-same" d=d.clone()></path> })
        .collect::<Vec<_>>();
    let paths = map
        .pathways
        .iter()
        .flat_map(|p| {
            let style = p.pathway % PATH_STYLES;
            let class = format!(
                "ler-map-pathway ler-map-path-{style}{}",
                if p.pathway >= PATH_STYLES {
                    " ler-map-path-alt"
                } else {
                    ""
                }
            );
            let end = format!("url(#{})", marker(style));
            p.segments
                .iter()
                .map(|d| {
                    view! { <path class=class.clone() d=d.clone() marker-end=end.clone()></path> }
                })
                .collect::<Vec<_>>()
        })
        .collect::<Vec<_>>();
    let boxes = map
        .boxes
        .iter()
        .map(|b| {
            let (env, n) = (env.clone(), b.node);
            let state = env.state;
            let id = env.tree.node(n).map(|x| x.id.clone()).unwrap_or_default();
            // What the box stands for, for tests and for styling: the type and its column.
            let column = map.columns.get(b.column).map(|c| match &c.kind {
                ColumnKind::Unsized => "unsized".to_owned(),
                ColumnKind::NoNationalSize => "no-national-size".to_owned(),
                ColumnKind::Level(l) => env
                    .library
                    .award_levels
                    .get(*l)
                    .map(|a| a.id.clone())
                    .unwrap_or_default(),
            });
            let first_y = b.y + b.h / 2 - (b.lines.len() as i32 - 1) * 13 / 2 + 4;
            let cx = b.x + b.w / 2;
            let lines = b
                .lines
                .iter()
                .enumerate()
                .map(|(i, l)| {
                    let y = first_y + 13 * i as i32;
                    view! { <tspan x=cx y=y>{l.clone()}</tspan> }
                })
                .collect::<Vec<_>>();
            view! {
                <g
                    class="ler-map-node"
                    class:ler-map-selected=move || state.with(|s| s.selected()) == Some(n)
                    data-type=id
                    data-column=column
                    on:click=move |_| env.show(n)
                >
                    <rect x=b.x y=b.y width=b.w height=b.h rx="5"></rect>
                    <text text-anchor="middle">{lines}</text>
                </g>
            }
        })
        .collect::<Vec<_>>();
    view! {
        <svg
            class="ler-map-svg"
            viewBox=format!("0 0 {} {}", map.width, map.height)
            width=map.width
            height=map.height
            aria-hidden="true"
            focusable="false"
        >
            <defs>{markers}</defs>
            {bands}
            {headings}
            {links}
            {same}
            {paths}
            {boxes}
        </svg>
    }
}

/// The pathways' colours, named.
fn legend(env: &Env) -> Option<impl IntoView + use<>> {
    if env.library.pathways.is_empty() {
        return None;
    }
    let items = env
        .library
        .pathways
        .iter()
        .enumerate()
        .map(|(k, p)| {
            let class = format!("ler-map-pathway ler-map-path-{}", k % PATH_STYLES);
            view! {
                <li>
                    <svg class="ler-map-swatch" viewBox="0 0 36 8" aria-hidden="true" focusable="false">
                        <path class=class d="M1 4H35"></path>
                    </svg>
                    {p.title.clone()}
                </li>
            }
        })
        .collect::<Vec<_>>();
    Some(view! {
        <p class="ler-map-legend-title">{env.lang.t(Msg::MapLegend)}</p>
        <ul class="ler-map-legend" lang=env.lang.content()>{items}</ul>
    })
}

/// What the picture shows, column by column.
fn in_words(env: &Env, map: &MapLayout) -> impl IntoView + use<> {
    let lang = env.lang;
    let content = lang.content();
    let items = map
        .columns
        .iter()
        .enumerate()
        .map(|(c, column)| {
            let mut names: Vec<String> = Vec::new();
            for b in map.boxes.iter().filter(|b| b.column == c) {
                let label = env.label(b.node);
                if !names.contains(&label) {
                    names.push(label);
                }
            }
            let names = if names.is_empty() {
                view! { <span>{lang.t(Msg::MapNone)}</span> }.into_any()
            } else {
                view! { <span lang=content>{names.join(", ")}</span> }.into_any()
            };
            let name = match &column.kind {
                ColumnKind::Level(l) => {
                    let level = env.library.award_levels.get(*l);
                    let text = level.map(|a| format!("{} ({})", a.label, a.size));
                    view! { <strong lang=content>{text.unwrap_or_default()}</strong> }.into_any()
                }
                ColumnKind::Unsized => {
                    view! { <strong>{lang.t(Msg::MapUnsized)}</strong> }.into_any()
                }
                ColumnKind::NoNationalSize => {
                    view! { <strong>{lang.t(Msg::MapNoNationalSize)}</strong> }.into_any()
                }
            };
            view! { <li>{name} ": " {names}</li> }
        })
        .collect::<Vec<_>>();
    view! {
        <ul>{items}</ul>
        <p>{lang.t(Msg::MapSameType)} " " {lang.t(Msg::MapLines)}</p>
    }
}

/// A column's heading lines: the award level's short name as the layout wrapped it (course
/// content), or the interface's words for the columns of types without a stated size,
/// wrapped the way the layout wraps.
fn column_heading(column: &Column, lang: Lang) -> Vec<String> {
    let own = match column.kind {
        ColumnKind::Unsized => Msg::MapUnsized,
        ColumnKind::NoNationalSize => Msg::MapNoNationalSize,
        ColumnKind::Level(_) => return column.heading.clone(),
    };
    map_layout::wrap(lang.t(own), map_layout::chars_for(column.width))
}
