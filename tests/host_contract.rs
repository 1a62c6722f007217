#![cfg(not(target_arch = "wasm32"))]
//! One source for the host contract and the theme colours. The options a page can pass
//! (`OPTIONS` in crates/core/src/options.rs) and the default colours (`LIGHT_THEME` and `DARK_THEME` in
//! crates/core/src/colour.rs) are written from Rust into the files that need them:
//!
//! - www/host-contract.js, the options and colours for www/frame.js and www/builder.js, and the
//!   first question with its options for the builder's email answer block;
//! - the block of attribute names in www/embed.js (a single file, so a host page makes one
//!   request for the loader);
//! - the `--_*` defaults in styles/context-check.css, the `--theme-*` properties in www/page.css
//!   (the hosted pages and the builder), and www/icon.svg.
//!
//! Generated blocks sit between `BEGIN …` and `END …` marker comments. The tests fail when a file
//! differs from what the sources give; run `UPDATE_CONTRACT=1 cargo test --test host_contract`
//! to write them again. tests/e2e/contract.test.mjs checks that the scripts and the builder's
//! form use no option the contract lacks, and offer every one it has.

use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

use context_check::core::colour::{Theme, DARK_TEXT, DARK_THEME, LIGHT_TEXT, LIGHT_THEME};
use context_check::core::instrument::Instrument;
use context_check::core::options::{Locale, FALLBACK_LINK, OPTIONS, RELAY_PARAMETER};
use context_check::core::share::START_KEY;
use context_check::shipped::Shipped;

const REGENERATE: &str = "UPDATE_CONTRACT=1 cargo test --test host_contract";

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn json(value: &str) -> String {
    serde_json::to_string(value).expect("a string is JSON")
}

fn updating() -> bool {
    std::env::var_os("UPDATE_CONTRACT").is_some()
}

fn read(path: &str) -> String {
    fs::read_to_string(root().join(path)).unwrap_or_default()
}

/// Checks (or, updating, writes) a whole generated file.
fn check_or_write_file(path: &str, expected: &str) {
    if updating() {
        fs::write(root().join(path), expected).expect("write the generated file");
        return;
    }
    assert!(read(path) == expected, "{path} is out of date with crates/core: run `{REGENERATE}`");
}

/// Marker comments around a generated block, in a file's comment syntax.
struct Markers {
    begin: String,
    end: String,
}

fn markers(block: &str, source: &str, css: bool) -> Markers {
    let note = format!("written from {source} by tests/host_contract.rs; do not edit ({REGENERATE}).");
    if css {
        Markers { begin: format!("/* BEGIN {block}: {note} */"), end: format!("/* END {block} */") }
    } else {
        Markers { begin: format!("// BEGIN {block}: {note}"), end: format!("// END {block}") }
    }
}

/// `text` with the lines between the block's markers (the marker lines included) replaced by
/// the markers around `body`, or `None` when the markers are missing.
fn with_block(text: &str, block: &str, markers: &Markers, body: &str) -> Option<String> {
    let begin = format!("BEGIN {block}:");
    let end = format!("END {block}");
    let lines: Vec<&str> = text.split_inclusive('\n').collect();
    let first = lines.iter().position(|l| l.contains(&begin))?;
    let last = first + 1 + lines[first + 1..].iter().position(|l| l.contains(&end))?;
    let indent: String = lines[first].chars().take_while(|c| c.is_whitespace()).collect();
    let mut out: String = lines[..first].concat();
    let _ = writeln!(out, "{indent}{}", markers.begin);
    out.push_str(body);
    let _ = writeln!(out, "{indent}{}", markers.end);
    out.push_str(&lines[last + 1..].concat());
    Some(out)
}

/// Checks (or, updating, writes) the generated block `block` of the file at `path`.
fn check_or_write_block(path: &str, block: &str, markers: &Markers, body: &str) {
    let found = read(path);
    let expected = with_block(&found, block, markers, body)
        .unwrap_or_else(|| panic!("{path} has no `BEGIN {block}` … `END {block}` marker comments"));
    if updating() {
        fs::write(root().join(path), &expected).expect("write the generated block");
        return;
    }
    assert!(found == expected, "{path}'s `{block}` block is out of date with crates/core: run `{REGENERATE}`");
}

/// The options and theme colours for the scripts in www/.
fn host_contract_js() -> String {
    let mut js = String::from(
        "// Context Check's host contract: the options a page can pass to the widget, and the themes'\n\
         // default colours. Written from crates/core/src/options.rs and crates/core/src/colour.rs by\n",
    );
    let _ = writeln!(js, "// tests/host_contract.rs; do not edit. After changing those, run `{REGENERATE}`.");
    js.push_str(
        "\n/**\n * Every option, in the order snippets write them. `kind` is choice, language (a language tag\n \
         * whose language is one of `values`), colour (any CSS colour), name (1 to 40 letters, digits,\n \
         * `-` or `_`), url (https:) or text (1 to 60 characters, shown as text); `default` is null\n \
         * when the option is simply unset; `attribute` says whether a host sets it as an attribute of\n \
         * <context-check> and a query parameter of embed.html (embed.html sets `link` and `frame`\n \
         * itself).\n */\nexport const OPTIONS = Object.freeze([\n",
    );
    for spec in OPTIONS {
        let values: Vec<String> = spec.kind.values().iter().map(|v| json(v)).collect();
        let _ = writeln!(
            js,
            "  Object.freeze({{ name: {}, kind: {}, values: Object.freeze([{}]), default: {}, attribute: {}, help: {} }}),",
            json(spec.name),
            json(spec.kind.name()),
            values.join(", "),
            spec.default.map_or_else(|| "null".to_owned(), json),
            spec.attribute,
            json(spec.help),
        );
    }
    js.push_str("]);\n\n");
    js.push_str(
        "/** The names a host sets as attributes and query parameters, in the order snippets write them. */\n\
         export const ATTRIBUTES = Object.freeze(OPTIONS.filter((option) => option.attribute).map((option) => option.name));\n\n",
    );
    js.push_str("/** The themes' default colours, as #rrggbb, by the name of their `--cc-*` property. */\n");
    js.push_str("export const THEMES = Object.freeze({\n");
    for (name, theme) in [("light", &LIGHT_THEME), ("dark", &DARK_THEME)] {
        let colours: Vec<String> =
            theme.colours().iter().map(|(token, rgb)| format!("{}: {}", json(token), json(&rgb.hex()))).collect();
        let _ = writeln!(js, "  {name}: Object.freeze({{ {} }}),", colours.join(", "));
    }
    js.push_str("});\n\n");
    js.push_str("/** Text on an accent colour: whichever of the two contrasts more with it. */\n");
    let _ = writeln!(js, "export const TEXT_ON_ACCENT = Object.freeze([{}, {}]);", json(DARK_TEXT), json(LIGHT_TEXT));
    js.push_str(
        "\n/** The fragment key of an answer chosen in an email: `#<key>=<question id>:<option id>` opens the\n \
         * check with that option chosen, at the next question. */\n",
    );
    let _ = writeln!(js, "export const START_KEY = {};", json(START_KEY));
    js.push_str(
        "\n/** The first question of the shipped instrument in each language, for the email's answer block. */\n\
         export const FIRST_QUESTION = Object.freeze({\n",
    );
    for locale in Locale::ALL {
        let instrument: &Instrument = Instrument::shipped_in(locale).expect("every language is compiled in natively");
        let first = instrument.question(0).expect("an instrument has a first question").question;
        let options: Vec<String> = first
            .options
            .iter()
            .map(|o| format!("Object.freeze({{ id: {}, label: {} }})", json(&o.id), json(&o.label)))
            .collect();
        let _ = writeln!(
            js,
            "  {}: Object.freeze({{ id: {}, prompt: {}, options: Object.freeze([{}]) }}),",
            locale.tag(),
            json(&first.id),
            json(&first.prompt),
            options.join(", "),
        );
    }
    js.push_str("});\n\n");
    js.push_str("/** The link inside <context-check> until it upgrades (what readers see where the script is stripped), by language. */\n");
    let links: Vec<String> = FALLBACK_LINK.iter().map(|(l, text)| format!("{}: {}", l.tag(), json(text))).collect();
    let _ = writeln!(js, "export const FALLBACK_LINK = Object.freeze({{ {} }});", links.join(", "));
    js.push_str(
        "\n/** embed.html's own query parameter (not a widget option): with it, the frame tells its parent\n \
         * page each screen and the profile a reader gets, addressed to the parent's origin only. */\n",
    );
    let (name, value) = RELAY_PARAMETER;
    let _ = writeln!(js, "export const RELAY = Object.freeze({{ name: {}, value: {} }});", json(name), json(value));
    js.push_str("\n/** How many questions the check asks, in every language. */\n");
    let count = Instrument::shipped().expect("English is compiled in").question_count();
    let _ = writeln!(js, "export const QUESTION_COUNT = {count};");
    js
}

/// The attributes a template passes on to `<context-check>`.
fn attribute_names() -> impl Iterator<Item = &'static str> {
    OPTIONS.iter().filter(|s| s.attribute).map(|s| s.name)
}

/// The fallback link's text in a language other than English, for a template's `lang` switch.
fn other_fallbacks() -> impl Iterator<Item = (&'static str, &'static str)> {
    FALLBACK_LINK.iter().filter(|(l, _)| *l != Locale::En).map(|(l, text)| (l.tag(), *text))
}

const ENGLISH_FALLBACK: &str = FALLBACK_LINK[0].1;

/// The Hugo shortcode: the script embed, with the post's attributes, escaped by Hugo's templates.
fn hugo_shortcode() -> String {
    let mut t = format!(
        "{{{{- /*\nContext Check for Hugo. Written from crates/core/src/options.rs by tests/host_contract.rs; do not edit\n\
         ({REGENERATE}).\n\n\
         Put this file in your site at layouts/shortcodes/context-check.html, and say where dist/ is served\n\
         in your site's configuration (hugo.toml):\n\n  [params]\n  contextCheckURL = \"https://HOST\"\n\n\
         Then write {{{{< context-check >}}}} on a line of its own in a post, with any of the widget's\n\
         attributes: {{{{< context-check theme=\"dark\" lang=\"de\" >}}}}. Hugo escapes every value.\n*/ -}}}}\n\
         {{{{- $base := strings.TrimSuffix \"/\" (site.Params.contextcheckurl | default \"\") -}}}}\n\
         {{{{- if not $base -}}}}\n\
         {{{{- errorf \"context-check shortcode: set params.contextCheckURL in your site's configuration to the address dist/ is served from\" -}}}}\n\
         {{{{- end -}}}}\n\
         <script type=\"module\" src=\"{{{{ $base }}}}/www/embed.js\"></script>\n<context-check"
    );
    for name in attribute_names() {
        let _ = write!(t, "{{{{ with .Get \"{name}\" }}}} {name}=\"{{{{ . }}}}\"{{{{ end }}}}");
    }
    t.push_str("><a href=\"{{ $base }}/\">");
    for (tag, text) in other_fallbacks() {
        let _ = write!(t, "{{{{ if eq (.Get \"lang\") \"{tag}\" }}}}{text}{{{{ else }}}}");
    }
    t.push_str(ENGLISH_FALLBACK);
    t.push_str(&"{{ end }}".repeat(other_fallbacks().count()));
    t.push_str("</a></context-check>\n");
    t
}

/// The Jekyll include: the script embed, with the page's attributes, escaped.
fn jekyll_include() -> String {
    let mut t = format!(
        "{{% comment %}}\nContext Check for Jekyll. Written from crates/core/src/options.rs by tests/host_contract.rs; do not edit\n\
         ({REGENERATE}).\n\n\
         Put this file in your site's _includes/ folder, and say where dist/ is served in _config.yml:\n\n\
         \x20 context_check_url: https://HOST\n\n\
         Then write, on a line of its own in a post or page: include context-check.html (between the\n\
         tag marks), with any of the widget's attributes after it, such as theme=\"dark\" lang=\"de\".\n\
         Every value is escaped.\n{{% endcomment %}}\n\
         {{%- assign cc_base = site.context_check_url | default: \"\" | strip -%}}\n\
         {{%- assign cc_last = cc_base | slice: -1 -%}}\n\
         {{%- if cc_last == \"/\" -%}}{{%- assign cc_size = cc_base | size | minus: 1 -%}}{{%- assign cc_base = cc_base | slice: 0, cc_size -%}}{{%- endif -%}}\n\
         {{%- if cc_base == \"\" -%}}\n\
         <!-- context-check: set context_check_url in _config.yml to the address dist/ is served from -->\n\
         {{%- else -%}}\n\
         <script type=\"module\" src=\"{{{{ cc_base }}}}/www/embed.js\"></script>\n<context-check"
    );
    for name in attribute_names() {
        let _ =
            write!(t, "{{% if include[\"{name}\"] %}} {name}=\"{{{{ include[\"{name}\"] | escape }}}}\"{{% endif %}}");
    }
    t.push_str("><a href=\"{{ cc_base }}/\">");
    for (tag, text) in other_fallbacks() {
        let _ = write!(t, "{{% if include.lang == \"{tag}\" %}}{text}{{% else %}}");
    }
    t.push_str(ENGLISH_FALLBACK);
    t.push_str(&"{% endif %}".repeat(other_fallbacks().count()));
    t.push_str("</a></context-check>\n{%- endif -%}\n");
    t
}

/// The attribute names, for www/embed.js.
fn embed_block() -> String {
    let names: Vec<String> = OPTIONS.iter().filter(|s| s.attribute).map(|s| json(s.name)).collect();
    format!("const OPTIONS = [{}];\n", names.join(", "))
}

/// One theme's `--_*` defaults for styles/context-check.css, each behind its `--cc-*` property.
fn widget_declarations(theme: &Theme, ink: &str, indent: &str) -> String {
    let mut out = String::new();
    for (token, rgb) in theme.colours() {
        let _ = writeln!(out, "{indent}--_{token}: var(--cc-{token}, {});", rgb.hex());
        if token == "on-accent" {
            let _ = writeln!(
                out,
                "{indent}--_accent-soft: var(--cc-accent-soft, color-mix(in srgb, var(--_accent) {}%, var(--_bg)));",
                theme.soft_percent
            );
            let _ = writeln!(out, "{indent}--_ink: var(--cc-accent-ink, var({ink}));");
        }
    }
    let _ = writeln!(out, "{indent}--_shadow: var(--cc-shadow, {});", theme.shadow);
    out
}

fn widget_css_block() -> String {
    format!(
        ".cc-root {{\n{}}}\n\n.cc-root[data-theme=\"dark\"] {{\n  color-scheme: dark;\n{}}}\n\n\
         @media (prefers-color-scheme: dark) {{\n  .cc-root[data-theme=\"auto\"] {{\n    color-scheme: dark;\n{}  }}\n}}\n",
        widget_declarations(&LIGHT_THEME, "--_ink-on-light", "  "),
        widget_declarations(&DARK_THEME, "--_ink-on-dark", "  "),
        widget_declarations(&DARK_THEME, "--_ink-on-dark", "    "),
    )
}

/// One theme's `--theme-*` properties for www/page.css.
fn page_declarations(theme: &Theme, indent: &str) -> String {
    let mut out = String::new();
    for (token, rgb) in theme.colours() {
        let _ = writeln!(out, "{indent}--theme-{token}: {};", rgb.hex());
    }
    let _ = writeln!(out, "{indent}--theme-shadow: {};", theme.shadow);
    out
}

fn page_css_block() -> String {
    format!(
        ":root {{\n{}}}\n\n:root[data-theme=\"dark\"] {{\n{}}}\n\n\
         @media (prefers-color-scheme: dark) {{\n  :root:not([data-theme=\"light\"]) {{\n{}  }}\n}}\n",
        page_declarations(&LIGHT_THEME, "  "),
        page_declarations(&DARK_THEME, "  "),
        page_declarations(&DARK_THEME, "    "),
    )
}

/// The favicon: a tick on the light theme's accent.
fn icon_svg() -> String {
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 32 32\"><rect width=\"32\" height=\"32\" rx=\"8\" fill=\"{}\"/>\
         <path d=\"M9 17l5 5 9-12\" fill=\"none\" stroke=\"{}\" stroke-width=\"3.5\" stroke-linecap=\"round\" stroke-linejoin=\"round\"/></svg>\n",
        LIGHT_THEME.accent.hex(),
        LIGHT_THEME.on_accent.hex(),
    )
}

#[test]
fn www_host_contract_js_is_written_from_the_options_and_colours() {
    check_or_write_file("www/host-contract.js", &host_contract_js());
}

#[test]
fn the_hugo_shortcode_and_the_jekyll_include_pass_on_the_attributes_of_the_contract() {
    check_or_write_file("integrations/hugo/layouts/shortcodes/context-check.html", &hugo_shortcode());
    check_or_write_file("integrations/jekyll/_includes/context-check.html", &jekyll_include());
}

/// The screen names a `context-check:step` event carries, for www/embed.js's check of relayed events.
fn screens_block() -> String {
    use context_check::core::session::ScreenKey;
    let all = [ScreenKey::Intro, ScreenKey::Resume, ScreenKey::Question(0), ScreenKey::Review, ScreenKey::Result(0)];
    let names: Vec<String> = all.iter().map(|s| json(s.name())).collect();
    format!("const SCREENS = new Set([{}]);\n", names.join(", "))
}

#[test]
fn embed_js_checks_relayed_steps_against_the_cores_screen_names() {
    check_or_write_block(
        "www/embed.js",
        "screens",
        &markers("screens", "crates/core/src/session.rs", false),
        &screens_block(),
    );
}

#[test]
fn embed_js_observes_the_attributes_of_the_contract() {
    check_or_write_block(
        "www/embed.js",
        "host options",
        &markers("host options", "crates/core/src/options.rs", false),
        &embed_block(),
    );
}

#[test]
fn the_widget_stylesheet_defaults_are_the_theme_colours() {
    let m = markers("theme colours", "crates/core/src/colour.rs", true);
    check_or_write_block("styles/context-check.css", "theme colours", &m, &widget_css_block());
}

#[test]
fn the_hosted_pages_and_the_builder_take_the_theme_colours_from_page_css() {
    let m = markers("theme colours", "crates/core/src/colour.rs", true);
    check_or_write_block("www/page.css", "theme colours", &m, &page_css_block());
}

#[test]
fn the_icon_is_the_accent() {
    check_or_write_file("www/icon.svg", &icon_svg());
}

#[test]
fn the_readme_documents_every_attribute() {
    let readme = read("README.md");
    for spec in OPTIONS.iter().filter(|s| s.attribute) {
        assert!(readme.contains(&format!("| `{}` |", spec.name)), "README.md's attribute table has no `{}`", spec.name);
    }
}

/// Every `#rgb` or `#rrggbb` in `text`, as lowercase `#rrggbb`.
fn hex_colours(text: &str) -> Vec<String> {
    let bytes = text.as_bytes();
    let mut found = Vec::new();
    for (i, _) in text.match_indices('#') {
        let digits = bytes[i + 1..].iter().take_while(|b| b.is_ascii_hexdigit()).count();
        let word_follows = bytes.get(i + 1 + digits).is_some_and(|b| b.is_ascii_alphanumeric() || *b == b'_');
        if word_follows {
            continue;
        }
        let hex = &text[i + 1..i + 1 + digits];
        match digits {
            6 => found.push(format!("#{}", hex.to_ascii_lowercase())),
            3 => found.push(format!("#{}", hex.chars().flat_map(|c| [c, c]).collect::<String>().to_ascii_lowercase())),
            _ => {}
        }
    }
    found
}

/// `text` without its generated blocks (from a `BEGIN` marker line to its `END` line).
fn outside_generated_blocks(text: &str) -> String {
    let mut out = String::new();
    let mut inside = false;
    for line in text.lines() {
        if line.contains("BEGIN ") && line.contains("tests/host_contract.rs") {
            inside = true;
        } else if inside && line.trim_start().starts_with(['/', '*']) && line.contains("END ") {
            inside = false;
        } else if !inside {
            out.push_str(line);
            out.push('\n');
        }
    }
    out
}

fn files(dir: &Path, found: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            files(&path, found);
        } else if path.extension().is_some_and(|e| ["rs", "css", "js", "mjs", "html", "svg"].iter().any(|x| e == *x)) {
            found.push(path);
        }
    }
}

#[test]
fn the_scanner_finds_colours_and_skips_ids_and_generated_blocks() {
    assert_eq!(hex_colours("a { color: #1B1F24; } #fff; #preview #add1 &#39; #[derive]"), ["#1b1f24", "#ffffff"]);
    let text = "a\n/* BEGIN theme colours: … tests/host_contract.rs … */\n#ffffff\n/* END theme colours */\nb\n";
    assert_eq!(outside_generated_blocks(text), "a\nb\n");
}

/// Outside crates/core/src/colour.rs and the generated blocks and files, no source names a theme colour:
/// the product and the demos take them from the generated properties, and the images from Rust.
#[test]
fn no_other_file_writes_a_theme_colour() {
    let mut theme_colours: Vec<String> =
        [&LIGHT_THEME, &DARK_THEME].iter().flat_map(|theme| theme.colours().map(|(_, rgb)| rgb.hex())).collect();
    theme_colours.sort_unstable();
    theme_colours.dedup();
    // Written whole from crates/core; the email snippet's colours are inline by necessity (email
    // clients drop stylesheets), and tests/e2e/builder.test.mjs holds it to the builder's output,
    // which reads www/host-contract.js.
    let exempt = ["crates/core/src/colour.rs", "www/host-contract.js", "www/icon.svg", "www/email-snippet.html"];
    let mut sources = Vec::new();
    for dir in ["crates", "src", "styles", "www", "demo"] {
        files(&root().join(dir), &mut sources);
    }
    sources.push(root().join("index.html"));
    assert!(sources.len() > 30, "the scan sees the sources ({} files)", sources.len());
    let mut offences = Vec::new();
    for path in sources {
        let relative = path.strip_prefix(root()).unwrap_or(&path).to_string_lossy().replace('\\', "/");
        if exempt.contains(&relative.as_str()) {
            continue;
        }
        let text = fs::read_to_string(&path).unwrap_or_default();
        for colour in hex_colours(&outside_generated_blocks(&text)) {
            if theme_colours.binary_search(&colour).is_ok() {
                offences.push(format!("{relative}: {colour}"));
            }
        }
    }
    assert!(
        offences.is_empty(),
        "theme colours written by hand (take them from crates/core/src/colour.rs): {offences:#?}"
    );
}
