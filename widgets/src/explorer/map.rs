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

use super::explorer::{Env, clicked_node};
use super::map_layout::{self, Column, ColumnKind, MapBox, MapLayout};
use crate::heading::Heading;
use crate::html::Html;
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
            {picture(env, &map)}
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

/// The picture: the SVG as text (it never changes), in the scroll box. Choosing a box is one
/// listener on the scroll box, not one per box, and the selected type's box is marked by an
/// effect that follows the tree's selection.
fn picture(env: &Env, map: &MapLayout) -> impl IntoView + use<> {
    let scroll = NodeRef::<leptos::html::Div>::new();
    let state = env.state;
    Effect::new(move |_| {
        let selected = state.with(|s| s.selected()).map(|n| n.to_string());
        if let Some(scroll) = scroll.get() {
            mark_selected(&scroll, selected.as_deref());
        }
    });
    let on_click = {
        let env = env.clone();
        move |ev: leptos::ev::MouseEvent| {
            if let Some(n) = clicked_node(&ev, ".ler-map-node") {
                env.show(n);
            }
        }
    };
    view! {
        // Focusable so that keyboard users can scroll it where it is wider than the
        // screen; its content is hidden from assistive technology (see the module docs).
        <div
            class="ler-map-scroll"
            tabindex="0"
            role="group"
            aria-label=env.lang.t(Msg::MapScrollBox)
            node_ref=scroll
            inner_html=picture_svg(env, map)
            on:click=on_click
        ></div>
    }
}

/// Marks the box of node `selected` (its index as written in `data-node`), and only it.
fn mark_selected(scroll: &web_sys::HtmlDivElement, selected: Option<&str>) {
    use wasm_bindgen::JsCast as _;
    let Ok(boxes) = scroll.query_selector_all(".ler-map-node") else {
        return;
    };
    for i in 0..boxes.length() {
        if let Some(node) = boxes
            .item(i)
            .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
        {
            let on = selected.is_some() && node.get_attribute("data-node").as_deref() == selected;
            let _ = node.class_list().toggle_with_force("ler-map-selected", on);
        }
    }
}

/// The SVG of the map, every value escaped by the writer (labels and ids are course data).
fn picture_svg(env: &Env, map: &MapLayout) -> String {
    let marker = |k: usize| format!("{}map-arrow-{k}", env.prefix);
    let mut h = Html::default();
    let view_box = format!("0 0 {} {}", map.width, map.height);
    let svg = [
        ("class", Some("ler-map-svg")),
        ("viewBox", Some(view_box.as_str())),
        ("width", Some(&num(map.width))),
        ("height", Some(&num(map.height))),
        ("aria-hidden", Some("true")),
        ("focusable", Some("false")),
    ];
    h.el("svg", &svg, |h| {
        h.el("defs", &[], |h| {
            for k in 0..PATH_STYLES {
                let (id, class) = (marker(k), format!("ler-map-arrow ler-map-path-{k}"));
                let attrs = [
                    ("id", Some(id.as_str())),
                    ("class", Some(class.as_str())),
                    ("viewBox", Some("0 0 10 10")),
                    ("refX", Some("9")),
                    ("refY", Some("5")),
                    ("markerWidth", Some("7")),
                    ("markerHeight", Some("7")),
                    ("orient", Some("auto")),
                ];
                h.el("marker", &attrs, |h| {
                    h.el("path", &[("d", Some("M0 0L10 5L0 10z"))], |_| {});
                });
            }
        });
        for &(y, height) in &map.lanes {
            let attrs = [
                ("class", Some("ler-map-lane")),
                ("x", Some("0")),
                ("y", Some(&num(y))),
                ("width", Some(&num(map.width))),
                ("height", Some(&num(height))),
                ("rx", Some("4")),
            ];
            h.el("rect", &attrs, |_| {});
        }
        for c in &map.columns {
            let cx = num(c.x + c.width / 2);
            let class = if c.kind == ColumnKind::Unsized || c.kind == ColumnKind::NoNationalSize {
                "ler-map-heading ler-map-heading-unsized"
            } else {
                "ler-map-heading"
            };
            let attrs = [
                ("class", Some(class)),
                ("x", Some(cx.as_str())),
                ("y", Some("22")),
                ("text-anchor", Some("middle")),
            ];
            h.el("text", &attrs, |h| {
                for (i, line) in column_heading(c, env.lang).iter().enumerate() {
                    let dy = if i == 0 { "0" } else { "1.2em" };
                    h.el("tspan", &[("x", Some(&cx)), ("dy", Some(dy))], |h| {
                        h.text(line)
                    });
                }
            });
        }
        for d in &map.links {
            h.el(
                "path",
                &[("class", Some("ler-map-link")), ("d", Some(d))],
                |_| {},
            );
        }
        for d in &map.same_type {
            h.el(
                "path",
                &[("class", Some("ler-map-same")), ("d", Some(d))],
                |_| {},
            );
        }
        for p in &map.pathways {
            let style = p.pathway % PATH_STYLES;
            let alt = if p.pathway >= PATH_STYLES {
                " ler-map-path-alt"
            } else {
                ""
            };
            let class = format!("ler-map-pathway ler-map-path-{style}{alt}");
            let end = format!("url(#{})", marker(style));
            for d in &p.segments {
                let attrs = [
                    ("class", Some(class.as_str())),
                    ("d", Some(d.as_str())),
                    ("marker-end", Some(end.as_str())),
                ];
                h.el("path", &attrs, |_| {});
            }
        }
        for b in &map.boxes {
            map_box(env, map, h, b);
        }
    });
    h.finish()
}

/// One type's box: `data-node` says which (for the click and the selection mark); what it
/// stands for, for tests and for styling: the type (`data-type`) and its column.
fn map_box(env: &Env, map: &MapLayout, h: &mut Html, b: &MapBox) {
    let id = env
        .tree
        .node(b.node)
        .map(|x| x.id.clone())
        .unwrap_or_default();
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
    let node = b.node.to_string();
    let attrs = [
        ("class", Some("ler-map-node")),
        ("data-node", Some(node.as_str())),
        ("data-type", Some(id.as_str())),
        ("data-column", column.as_deref()),
    ];
    h.el("g", &attrs, |h| {
        let (x, y, w, height) = (num(b.x), num(b.y), num(b.w), num(b.h));
        let rect = [
            ("x", Some(x.as_str())),
            ("y", Some(y.as_str())),
            ("width", Some(w.as_str())),
            ("height", Some(height.as_str())),
            ("rx", Some("5")),
        ];
        h.el("rect", &rect, |_| {});
        let first_y = b.y + b.h / 2 - (b.lines.len() as i32 - 1) * 13 / 2 + 4;
        let cx = num(b.x + b.w / 2);
        h.el("text", &[("text-anchor", Some("middle"))], |h| {
            for (i, line) in b.lines.iter().enumerate() {
                let y = num(first_y + 13 * i as i32);
                h.el("tspan", &[("x", Some(&cx)), ("y", Some(&y))], |h| {
                    h.text(line)
                });
            }
        });
    });
}

/// The pathways' colours, named (as text: it never changes).
fn legend(env: &Env) -> Option<impl IntoView + use<>> {
    if env.library.pathways.is_empty() {
        return None;
    }
    let mut h = Html::default();
    for (k, p) in env.library.pathways.iter().enumerate() {
        let class = format!("ler-map-pathway ler-map-path-{}", k % PATH_STYLES);
        h.el("li", &[], |h| {
            let swatch = [
                ("class", Some("ler-map-swatch")),
                ("viewBox", Some("0 0 36 8")),
                ("aria-hidden", Some("true")),
                ("focusable", Some("false")),
            ];
            h.el("svg", &swatch, |h| {
                h.el(
                    "path",
                    &[("class", Some(&class)), ("d", Some("M1 4H35"))],
                    |_| {},
                );
            });
            h.text(&p.title);
        });
    }
    Some(view! {
        <p class="ler-map-legend-title">{env.lang.t(Msg::MapLegend)}</p>
        <ul class="ler-map-legend" lang=env.lang.content() inner_html=h.finish()></ul>
    })
}

/// What the picture shows, column by column (as text: it never changes).
fn in_words(env: &Env, map: &MapLayout) -> impl IntoView + use<> {
    let lang = env.lang;
    let content = lang.content();
    let mut h = Html::default();
    for (c, column) in map.columns.iter().enumerate() {
        let mut names: Vec<String> = Vec::new();
        for b in map.boxes.iter().filter(|b| b.column == c) {
            let label = env.label(b.node);
            if !names.contains(&label) {
                names.push(label);
            }
        }
        h.el("li", &[], |h| {
            match &column.kind {
                ColumnKind::Level(l) => {
                    let level = env.library.award_levels.get(*l);
                    let text = level.map(|a| format!("{} ({})", a.label, a.size));
                    h.el("strong", &[("lang", content)], |h| {
                        h.text(&text.unwrap_or_default());
                    });
                }
                ColumnKind::Unsized => h.el("strong", &[], |h| h.text(lang.t(Msg::MapUnsized))),
                ColumnKind::NoNationalSize => {
                    h.el("strong", &[], |h| h.text(lang.t(Msg::MapNoNationalSize)));
                }
            }
            h.text(": ");
            if names.is_empty() {
                h.el("span", &[], |h| h.text(lang.t(Msg::MapNone)));
            } else {
                h.el("span", &[("lang", content)], |h| h.text(&names.join(", ")));
            }
        });
    }
    let lines = format!("{} {}", lang.t(Msg::MapSameType), lang.t(Msg::MapLines));
    view! {
        <ul inner_html=h.finish()></ul>
        <p>{lines}</p>
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

/// A coordinate as an attribute value.
fn num(v: i32) -> String {
    v.to_string()
}
