#![cfg(not(target_arch = "wasm32"))]
//! `docs/model.md` and its web copy `www/model.html` ("How this is scored", linked from the
//! result card) are written from the instrument, so they can't drift from what is scored. Run
//! with `UPDATE_MODEL_DOC=1` to write them again after changing the instrument.

mod common;

use std::fmt::Write as _;

use common::instrument;
use context_check::core::instrument::{Choice, Instrument, Lens};
use context_check::core::scoring::question_range;

/// The sentence of the essay (TBM 455, in `shared/seed/`) each finding comes from. The copy is
/// partly scrambled, so these are its fragments as they stand.
fn essay(id: &str) -> &'static str {
    match id {
        "kind" => "“Example Team-Context Model — New Offerings: high-risk product validation funded like a startup … Operational Optimizer: fine-tuning internal systems … an Internal Product/Platform … a more traditional “project factory” model … large, high-dependency projects, independent work, and “missions” that get broken down into goals.”",
        "change" => "“Rate of Change: Slow/Stable, Rapid Growth, Slow/Moderate Growth, De-scaling/Adjusting, Revolutionary change.”",
        "mix" => "“… the “mix” changing over …”: a team or an organisation runs several kinds of investment at once, and the mix changes over time.",
        "judged" => "“Some teams avoid ROI, allocation, or value creation.” How a kind of work is judged differs: a startup-like offering by what it learns, an operational optimizer by its operational metrics.",
        "funded" => "“New Offerings: … funded like a startup — milestone-based and iterative. Operational Optimizer: … funded by operational metrics.”",
        "awareness" => "“Awareness: Unintelligible, Implicit, Explicit” … “legible enough to understand it … and not so legible that you force a monoprocess”.",
        "effectiveness" => "“Effectiveness: Needs radical change, Getting Worse, Working for Now, Getting Better.”",
        "focus" => "“Is the team focused, or are they scattered? … each engineer was working on their own project, making building momentum impossible.”",
        "value" => "“Some teams avoid ROI, allocation, or value creation.”",
        "funding_fit" => "“High-risk product validation funded like a startup — milestone-based and iterative … funded by operational metrics.”",
        "collaboration" => "“… levels of conversation/interactions and what they enable or suppress, matters.”",
        "guidance" => "“… you can consider how to be opinionated, and when to let customers “model anything.””",
        "loop_back" => "“If engineers interact directly with the product manager and moving on. And then forget to loop back.”",
        "false_independence" => "“… assuming that teams are “independent” (even when they aren't) …”",
        "premature_convergence" => "“Prematurely converge on scope, way before people have had a chance to breath.”",
        "loudest_needs" => "“Some people (and their needs) take precedence: what a senior product marketing leader cares about often outweighs …”",
        "scattered_focus" => "“… each engineer was working on their own project, making building momentum impossible.”",
        "value_avoidance" => "“Some teams avoid ROI, allocation, or value creation.”",
        "funding_mismatch" => "“New Offerings: … funded like a startup — milestone-based and iterative.” Funding that doesn't follow the kind of work.",
        "monoprocess" => "“… not so legible that you force a monoprocess on investment …”",
        "model_anything" => "“… and when to let customers “model anything.””",
        "implicit_scaling" => "“Building something new … context is implicitly shared — through conversations, direct collaboration …” and what breaks in a “rapid-growth tech company”.",
        "implicit_platform" => "“… investments in other teams can contribute to independently but still require gentle steering to ensure alignment over time.”",
        _ => "",
    }
}

fn label(instrument: &Instrument, question: &str, option: &str) -> String {
    let placed = instrument.question_by_id(question).expect("a question of the instrument");
    let choice = placed.question.choice(option).expect("an option of the question");
    format!("{} → “{}”", placed.question.short, choice.label)
}

fn category_name(instrument: &Instrument, condition: &str) -> String {
    let (lens, category) = condition.split_once('.').unwrap_or((condition, ""));
    let found = instrument.lens(lens).and_then(|l| l.category(category));
    format!(
        "{}: {}",
        instrument.lens(lens).map_or(lens, |l| l.label.as_str()),
        found.map_or(category, |c| c.name.as_str())
    )
}

/// "3; +1 when Rate of change: Rapid growth" for one option and key.
fn weights(instrument: &Instrument, choice: &Choice, key: &str) -> Option<String> {
    let base = choice.effects.get(key).copied();
    let conditional: Vec<String> = choice
        .when
        .iter()
        .filter_map(|(condition, effects)| {
            let w = effects.get(key)?;
            Some(format!("{w:+} when {}", category_name(instrument, condition)))
        })
        .collect();
    if base.unwrap_or(0) == 0 && conditional.is_empty() {
        return None;
    }
    let mut parts = Vec::new();
    parts.push(base.unwrap_or(0).to_string());
    parts.extend(conditional);
    Some(parts.join("; "))
}

fn table_of_weights(instrument: &Instrument, key: &str, out: &mut String) {
    let _ = writeln!(out, "| Answer | Points (in context) | This question's least … most |");
    let _ = writeln!(out, "|---|---|---|");
    for placed in instrument.questions() {
        let (low, high) = question_range(instrument, &placed, key);
        for choice in &placed.question.options {
            if let Some(w) = weights(instrument, choice, key) {
                let _ =
                    writeln!(out, "| {} | {w} | {low} … {high} |", label(instrument, &placed.question.id, &choice.id));
            }
        }
    }
    for m in &instrument.mismatches {
        if let Some(w) = m.effects.get(key) {
            let _ = writeln!(
                out,
                "| {} differs from {} | {w:+} | mismatch rule |",
                instrument.lens(&m.lens).map_or("", |l| l.label.as_str()),
                instrument.lens(&m.against).map_or("", |l| l.label.as_str())
            );
        }
    }
    out.push('\n');
}

fn lens_section(instrument: &Instrument, lens: &Lens, out: &mut String) {
    let _ = writeln!(out, "### {}\n", lens.label);
    let _ = writeln!(out, "From the essay: {}\n", essay(&lens.id));
    let _ = writeln!(out, "| Answer | Category | Points |\n|---|---|---|");
    for placed in instrument.questions() {
        for choice in &placed.question.options {
            for category in &lens.categories {
                if let Some(w) = choice.effects.get(&format!("{}.{}", lens.id, category.id)) {
                    let _ = writeln!(
                        out,
                        "| {} | {} | {w} |",
                        label(instrument, &placed.question.id, &choice.id),
                        category.name
                    );
                }
            }
        }
    }
    let tie = if lens.signal { "the kind the team described, then to " } else { "" };
    let _ = writeln!(out, "\nThe category with the most points wins; a tie goes to {tie}the strongest single answer, then to the order above.\n");
}

fn model_markdown(instrument: &Instrument) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "# How Context Check scores your answers\n");
    let _ = writeln!(
        out,
        "This page is written from the questionnaire itself (version {}), so it always says what the result card does. \
Everything is worked out in your browser from your answers alone.\n",
        instrument.version
    );
    let _ = writeln!(out, "## The steps\n");
    let _ = writeln!(out, "1. **Lenses.** Each lens lands on one category. The kind of work comes only from its own question: the profile is what you said your team is.");
    let _ = writeln!(out, "2. **Context.** The categories the lenses landed on are the context. An answer can weigh differently in different contexts (the “when” points below).");
    let _ = writeln!(out, "3. **Mismatch.** When the way the team is judged, or funded, doesn't fit the kind you described, the funding findings say so, and the verdict names it: “You describe a platform others build on, but your team is judged and funded like a project factory.”");
    let _ = writeln!(out, "4. **Levels.** A dimension with a question of its own takes its level from that answer. Another answer may move it by one step at most, and the result then names that answer and says why. Other dimensions are scaled between the least and most their answers could give in any context, so a context weight keeps its size.");
    let _ = writeln!(
        out,
        "5. **Traps.** A trap's strength is its points in your context over the points at which it is full. It “shows up strongly” from {} of 100; traps “worth watching” are shown to make up two only from {}.",
        instrument.trap_active_from, instrument.trap_watch_from
    );
    let _ = writeln!(out, "6. **Verdict.** The first sentence of the result: it fits (no trap shows up strongly, nothing worth watching, results hold); it mostly fits (one strong trap, or some worth watching, or results slipping); parts pull against the work (two strong traps, or results needing radical change, or results slipping while a trap shows up); it doesn't fit (three strong traps, or results needing radical change while a trap shows up).");
    let _ = writeln!(out, "7. **Why.** Every “Why …?” names only answers that moved that finding, most first.\n");
    let _ = writeln!(out, "No question offers its most favourable answer first (a test checks it). Scales run from the least to the most favourable: direction of travel (in the essay's own order of levels), work in parallel, talking about value, and process, from least to most prescribed. Practices follow the order things happen: work across teams, side decisions, settling scope. The others open with the answer most teams give.\n");

    let _ = writeln!(out, "## Lenses\n");
    for lens in &instrument.lenses {
        lens_section(instrument, lens, &mut out);
    }
    for m in &instrument.mismatches {
        let points = if m.effects.is_empty() {
            "no points of its own (the funding answers' own weights score the fit); it names the mismatch in the verdict when funding that doesn't fit shows up strongly".to_owned()
        } else {
            format!(
                "these points: {}",
                m.effects.iter().map(|(k, w)| format!("`{k}` {w:+}")).collect::<Vec<_>>().join(", ")
            )
        };
        let _ = writeln!(
            out,
            "**Mismatch rule.** When the answer behind “{}” gives the category of “{}” no points (an answer that fits several kinds counts for each, so a kind it fits is never a mismatch), and neither lands on {}: {points}.\n",
            instrument.lens(&m.lens).map_or("", |l| l.label.as_str()),
            instrument.lens(&m.against).map_or("", |l| l.label.as_str()),
            m.neutral.join(" or "),
        );
    }

    let _ = writeln!(out, "## Dimensions\n");
    for dim in &instrument.dimensions {
        let _ = writeln!(out, "### {}\n", dim.label);
        let _ = writeln!(out, "{}\n", dim.summary);
        let _ = writeln!(out, "From the essay: {}\n", essay(&dim.id));
        let levels: Vec<String> = dim.levels.iter().map(|l| format!("{} (from {})", l.name, l.from)).collect();
        let _ = writeln!(out, "Levels: {}.\n", levels.join(", "));
        match &dim.direct {
            Some(direct) => {
                let _ = writeln!(out, "The level is the one its own question names:\n\n| Answer | Level |\n|---|---|");
                if let Some(placed) = instrument.question_by_id(&direct.question) {
                    for option in &placed.question.options {
                        let level = direct
                            .levels
                            .get(&option.id)
                            .and_then(|&i| dim.levels.get(i))
                            .map_or("", |l| l.name.as_str());
                        let _ = writeln!(out, "| {} | {level} |", label(instrument, &direct.question, &option.id));
                    }
                }
                out.push('\n');
                if !dim.nudges.is_empty() {
                    let _ = writeln!(out, "Answers that move it by one step:\n\n| Answer | When the level is | Step | Except for | Why |\n|---|---|---|---|---|");
                    for nudge in &dim.nudges {
                        let (q, o) = nudge.question_and_option().unwrap_or_default();
                        let at: Vec<&str> =
                            nudge.at.iter().filter_map(|&i| dim.levels.get(i)).map(|l| l.name.as_str()).collect();
                        let unless: Vec<String> = nudge.unless.iter().map(|c| category_name(instrument, c)).collect();
                        let unless = if unless.is_empty() { "–".to_owned() } else { unless.join(", ") };
                        let _ = writeln!(
                            out,
                            "| {} | {} | {:+} | {unless} | {} |",
                            label(instrument, q, o),
                            at.join(" or "),
                            nudge.step,
                            nudge.because
                        );
                    }
                    out.push('\n');
                }
            }
            None => table_of_weights(instrument, &format!("dim.{}", dim.id), &mut out),
        }
    }

    let _ = writeln!(out, "## Traps\n");
    for trap in &instrument.traps {
        let _ = writeln!(out, "### {}\n", trap.name);
        let _ = writeln!(out, "{} Full at {} points.\n", trap.summary, trap.full_at);
        let _ = writeln!(out, "From the essay: {}\n", essay(&trap.id));
        table_of_weights(instrument, &format!("trap.{}", trap.id), &mut out);
    }
    out
}

/// The same page as plain HTML for the hosted copy: headings, paragraphs, lists and tables.
fn model_html(markdown: &str) -> String {
    let escape = |s: &str| s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;");
    let inline = |s: &str| {
        let mut out = String::new();
        for (i, part) in escape(s).split("**").enumerate() {
            if i % 2 == 1 {
                let _ = write!(out, "<strong>{part}</strong>");
            } else {
                out.push_str(&part.replace('`', ""));
            }
        }
        out
    };
    let mut html = String::from(
        "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>How Context Check scores your answers</title>\n<meta name=\"description\" content=\"How Context Check turns your answers into a result: the kinds of work, the levels, the traps and the weights behind them.\">\n<link rel=\"stylesheet\" href=\"page.css\">\n</head>\n<body>\n<main class=\"page page--doc\">\n",
    );
    let mut in_table = false;
    let mut in_list = false;
    for line in markdown.lines() {
        let row = line.starts_with('|');
        if in_table && !row {
            html.push_str("</table>\n</div>\n");
            in_table = false;
        }
        let item =
            line.starts_with("1. ") || line.chars().next().is_some_and(|c| c.is_ascii_digit()) && line.contains(". **");
        if in_list && !item {
            html.push_str("</ol>\n");
            in_list = false;
        }
        if let Some(h) = line.strip_prefix("### ") {
            let _ = writeln!(html, "<h3>{}</h3>", inline(h));
        } else if let Some(h) = line.strip_prefix("## ") {
            let _ = writeln!(html, "<h2>{}</h2>", inline(h));
        } else if let Some(h) = line.strip_prefix("# ") {
            let _ = writeln!(html, "<h1>{}</h1>", inline(h));
        } else if row {
            if line.starts_with("|---") {
                continue;
            }
            let cells: Vec<&str> = line.trim_matches('|').split('|').map(str::trim).collect();
            if !in_table {
                html.push_str("<div class=\"table\">\n<table>\n");
                let _ = writeln!(
                    html,
                    "<tr>{}</tr>",
                    cells.iter().map(|c| format!("<th>{}</th>", inline(c))).collect::<String>()
                );
                in_table = true;
            } else {
                let _ = writeln!(
                    html,
                    "<tr>{}</tr>",
                    cells.iter().map(|c| format!("<td>{}</td>", inline(c))).collect::<String>()
                );
            }
        } else if item {
            if !in_list {
                html.push_str("<ol>\n");
                in_list = true;
            }
            let text = line.split_once(". ").map_or(line, |(_, t)| t);
            let _ = writeln!(html, "<li>{}</li>", inline(text));
        } else if !line.trim().is_empty() {
            let _ = writeln!(html, "<p>{}</p>", inline(line));
        }
    }
    if in_table {
        html.push_str("</table>\n</div>\n");
    }
    if in_list {
        html.push_str("</ol>\n");
    }
    html.push_str("</main>\n</body>\n</html>\n");
    html
}

fn check_or_write(path: &str, expected: &str) {
    let full = format!("{}/{path}", env!("CARGO_MANIFEST_DIR"));
    if std::env::var_os("UPDATE_MODEL_DOC").is_some() {
        std::fs::write(&full, expected).expect("write the model page");
        return;
    }
    let found = std::fs::read_to_string(&full).unwrap_or_default();
    assert!(
        found == expected,
        "{path} is out of date with the instrument: run `UPDATE_MODEL_DOC=1 cargo test --test model_doc`"
    );
}

#[test]
fn the_model_page_says_what_the_instrument_scores() {
    check_or_write("docs/model.md", &model_markdown(instrument()));
}

#[test]
fn the_hosted_model_page_is_the_same_text_as_html() {
    check_or_write("www/model.html", &model_html(&model_markdown(instrument())));
}

#[test]
fn every_finding_on_the_model_page_names_the_essay_sentence_it_comes_from() {
    let instrument = instrument();
    let ids = instrument
        .lenses
        .iter()
        .map(|l| l.id.as_str())
        .chain(instrument.dimensions.iter().map(|d| d.id.as_str()))
        .chain(instrument.traps.iter().map(|t| t.id.as_str()));
    for id in ids {
        assert!(!essay(id).is_empty(), "`{id}` has no sentence of the essay behind it");
    }
}

#[test]
fn every_weight_of_the_instrument_appears_on_the_model_page() {
    let instrument = instrument();
    let page = model_markdown(instrument);
    for placed in instrument.questions() {
        for choice in &placed.question.options {
            let touches = !choice.effects.is_empty() || !choice.when.is_empty();
            if touches && choice.effects.values().chain(choice.when.values().flat_map(|e| e.values())).any(|w| *w != 0)
            {
                assert!(
                    page.contains(&label(instrument, &placed.question.id, &choice.id)),
                    "{}.{}",
                    placed.question.id,
                    choice.id
                );
            }
        }
    }
}
