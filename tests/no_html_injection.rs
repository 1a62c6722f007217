#![cfg(not(target_arch = "wasm32"))]
//! No text reaches the page as HTML: the widget's Rust and the scripts in www/ never parse
//! markup from strings (innerHTML and its relatives). Text is always set as text.

use std::fs;
use std::path::{Path, PathBuf};

/// Ways to turn a string into DOM, in Rust (web-sys, Leptos) and in JavaScript.
const PARSERS: &[&str] = &[
    "inner_html",
    "outer_html",
    "insert_adjacent_html",
    "innerHTML",
    "outerHTML",
    "insertAdjacentHTML",
    "document.write",
    "createContextualFragment",
    "parseFromString",
    "srcdoc",
];

fn files(dir: &Path, extension: &str, found: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            files(&path, extension, found);
        } else if path.extension().is_some_and(|e| e == extension) {
            found.push(path);
        }
    }
}

/// Every line of `source` that uses one of the parsers, as "line: text".
fn uses(source: &str) -> Vec<String> {
    source
        .lines()
        .enumerate()
        .filter(|(_, line)| PARSERS.iter().any(|p| line.contains(p)))
        .map(|(n, line)| format!("{}: {}", n + 1, line.trim()))
        .collect()
}

#[test]
fn the_check_finds_a_parser_when_one_is_used() {
    assert_eq!(uses("let a = 1;\nel.set_inner_html(&name);\n"), vec!["2: el.set_inner_html(&name);"]);
    assert_eq!(uses("box.innerHTML = text;").len(), 1);
    assert!(uses("box.textContent = text;").is_empty());
}

#[test]
fn no_shipped_code_parses_a_string_as_html() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut sources = Vec::new();
    files(&root.join("src"), "rs", &mut sources);
    files(&root.join("crates"), "rs", &mut sources);
    files(&root.join("www"), "js", &mut sources);
    files(&root.join("demo"), "js", &mut sources);
    assert!(sources.len() > 20, "the scan sees the sources ({} files)", sources.len());
    let offences: Vec<String> = sources
        .iter()
        .flat_map(|path| {
            let text = fs::read_to_string(path).unwrap_or_default();
            let name = path.strip_prefix(root).unwrap_or(path).display().to_string();
            uses(&text).into_iter().map(move |line| format!("{name}:{line}"))
        })
        .collect();
    assert!(offences.is_empty(), "HTML parsed from strings:\n{}", offences.join("\n"));
}
