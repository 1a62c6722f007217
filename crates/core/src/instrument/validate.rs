//! Checks that an instrument is complete and consistent, naming the field at fault.

use std::collections::BTreeSet;

use super::{Choice, Instrument, Target};

/// Why an instrument could not be used.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum InstrumentError {
    /// The file is not JSON of the expected shape.
    #[error("instrument file: {0}")]
    Syntax(String),
    /// A field holds a value the instrument can't work with.
    #[error("instrument field `{field}`: {problem}")]
    Invalid { field: String, problem: String },
    /// A translation overlay doesn't match the original, or leaves text untranslated.
    #[error("instrument translation: {0}")]
    Translation(String),
    /// A translation fetched beside the bundle hasn't arrived yet.
    #[error("the instrument in `{0}` has not been loaded")]
    NotLoaded(String),
}

/// The questionnaire must stay short: this many questions at least and at most.
pub const QUESTIONS: std::ops::RangeInclusive<usize> = 12..=20;
/// Options a single question may offer.
pub const OPTIONS: std::ops::RangeInclusive<usize> = 2..=8;
/// Reading links a result shows, and so the least the list must hold.
pub const READING_SHOWN: std::ops::RangeInclusive<usize> = 3..=6;

/// Query parameters that mark a tracking or redirect link.
const TRACKING_PARAMS: &[&str] = &["utm_", "j=", "source=", "ust=", "usg=", "rcm=", "fbclid", "gclid", "mc_", "ref="];

fn invalid(field: impl Into<String>, problem: impl Into<String>) -> InstrumentError {
    InstrumentError::Invalid { field: field.into(), problem: problem.into() }
}

fn require_text(field: impl Into<String>, value: &str) -> Result<(), InstrumentError> {
    if value.trim().is_empty() {
        return Err(invalid(field, "must not be empty"));
    }
    Ok(())
}

fn require_id(field: impl Into<String>, value: &str) -> Result<(), InstrumentError> {
    let ok = !value.is_empty()
        && value.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_' || b == b'-');
    if !ok {
        return Err(invalid(field, format!("`{value}` must be lower-case letters, digits, `_` or `-`")));
    }
    Ok(())
}

fn require_unique<'a>(field: &str, ids: impl IntoIterator<Item = &'a str>) -> Result<(), InstrumentError> {
    let mut seen = BTreeSet::new();
    for (i, id) in ids.into_iter().enumerate() {
        require_id(format!("{field}[{i}].id"), id)?;
        if !seen.insert(id) {
            return Err(invalid(format!("{field}[{i}].id"), format!("`{id}` is used twice")));
        }
    }
    Ok(())
}

/// Checks the whole instrument.
pub fn validate(instrument: &Instrument) -> Result<(), InstrumentError> {
    require_id("id", &instrument.id)?;
    if instrument.version == 0 {
        return Err(invalid("version", "must be 1 or more"));
    }
    for (field, text) in [("title", &instrument.title), ("tagline", &instrument.tagline), ("intro", &instrument.intro)]
    {
        require_text(field, text)?;
    }
    if !(1..=5).contains(&instrument.minutes) {
        return Err(invalid("minutes", "a respondent must finish in 1 to 5 minutes"));
    }
    if !(1..=100).contains(&instrument.trap_active_from) {
        return Err(invalid("trap_active_from", "must be between 1 and 100"));
    }
    if !(1..=instrument.trap_active_from).contains(&instrument.trap_watch_from) {
        return Err(invalid("trap_watch_from", "must be between 1 and `trap_active_from`"));
    }
    validate_lenses(instrument)?;
    validate_dimensions(instrument)?;
    validate_traps(instrument)?;
    validate_sections(instrument)?;
    validate_mismatches(instrument)?;
    validate_direct_levels(instrument)?;
    validate_reading(instrument)
}

fn validate_mismatches(instrument: &Instrument) -> Result<(), InstrumentError> {
    for (i, m) in instrument.mismatches.iter().enumerate() {
        let field = format!("mismatches[{i}]");
        let (Some(lens), Some(against)) = (instrument.lens(&m.lens), instrument.lens(&m.against)) else {
            return Err(invalid(field, "`lens` and `against` must name lenses"));
        };
        if !lens.signal {
            return Err(invalid(format!("{field}.lens"), "must be a signal lens"));
        }
        require_text(format!("{field}.lens: the lens's verb"), &lens.verb)?;
        for (j, neutral) in m.neutral.iter().enumerate() {
            if lens.category(neutral).is_none() && against.category(neutral).is_none() {
                return Err(invalid(
                    format!("{field}.neutral[{j}]"),
                    format!("`{neutral}` is a category of neither lens"),
                ));
            }
        }
        for (key, weight) in &m.effects {
            if let Some(Target::Category { .. }) = Target::parse(key) {
                return Err(invalid(format!("{field}.effects.{key}"), "a mismatch can't give lens points"));
            }
            validate_effect(instrument, &format!("{field}.effects.{key}"), key, *weight)?;
        }
    }
    Ok(())
}

/// A dimension with a direct question takes its level from it: every option names a level,
/// nothing else gives it points, and nudges name real answers, a real level and one step.
fn validate_direct_levels(instrument: &Instrument) -> Result<(), InstrumentError> {
    for (i, dim) in instrument.dimensions.iter().enumerate() {
        let field = format!("dimensions[{i}]");
        let Some(direct) = &dim.direct else {
            if !dim.nudges.is_empty() {
                return Err(invalid(
                    format!("{field}.nudges"),
                    "only a dimension with a `direct` question can be nudged",
                ));
            }
            continue;
        };
        let Some(placed) = instrument.question_by_id(&direct.question) else {
            return Err(invalid(format!("{field}.direct.question"), format!("`{}` is no question", direct.question)));
        };
        for option in &placed.question.options {
            match direct.levels.get(&option.id) {
                Some(&level) if level < dim.levels.len() => {}
                Some(_) => return Err(invalid(format!("{field}.direct.levels.{}", option.id), "names no level")),
                None => {
                    return Err(invalid(
                        format!("{field}.direct.levels"),
                        format!("option `{}` names no level", option.id),
                    ))
                }
            }
        }
        if let Some(extra) = direct.levels.keys().find(|id| placed.question.choice(id).is_none()) {
            return Err(invalid(format!("{field}.direct.levels.{extra}"), "is no option of the direct question"));
        }
        let key = format!("dim.{}", dim.id);
        for placed in instrument.questions() {
            for option in &placed.question.options {
                let conditional = option.when.values().any(|effects| effects.contains_key(&key));
                if option.effects.contains_key(&key) || conditional {
                    return Err(invalid(
                        format!("{}.{}", placed.question.id, option.id),
                        format!("gives points to `{key}`, whose level comes from `{}`; use a nudge", direct.question),
                    ));
                }
            }
        }
        for (j, nudge) in dim.nudges.iter().enumerate() {
            let field = format!("{field}.nudges[{j}]");
            let known = nudge.question_and_option().and_then(|(q, o)| {
                instrument.question_by_id(q).filter(|p| p.question.id != direct.question)?.question.choice(o)
            });
            if known.is_none() {
                return Err(invalid(
                    format!("{field}.answer"),
                    format!("`{}` is no answer to another question", nudge.answer),
                ));
            }
            if nudge.step != 1 && nudge.step != -1 {
                return Err(invalid(format!("{field}.step"), "a nudge moves a level by one step, 1 or -1"));
            }
            if nudge.at.is_empty() || nudge.at.iter().any(|&l| l >= dim.levels.len()) {
                return Err(invalid(format!("{field}.at"), "must name levels of this dimension"));
            }
            for (k, condition) in nudge.unless.iter().enumerate() {
                if !matches!(Target::parse(condition), Some(t @ Target::Category { .. }) if t.exists_in(instrument)) {
                    return Err(invalid(
                        format!("{field}.unless[{k}]"),
                        "must name a lens category, like `kind.platform`",
                    ));
                }
            }
            require_text(format!("{field}.because"), &nudge.because)?;
        }
    }
    Ok(())
}

fn validate_lenses(instrument: &Instrument) -> Result<(), InstrumentError> {
    if instrument.lenses.is_empty() {
        return Err(invalid("lenses", "needs at least one lens; the first is the profile"));
    }
    require_unique("lenses", instrument.lenses.iter().map(|l| l.id.as_str()))?;
    for (i, lens) in instrument.lenses.iter().enumerate() {
        let field = format!("lenses[{i}]");
        if lens.id == "dim" || lens.id == "trap" {
            return Err(invalid(format!("{field}.id"), "`dim` and `trap` are reserved"));
        }
        require_text(format!("{field}.label"), &lens.label)?;
        if lens.categories.len() < 2 {
            return Err(invalid(format!("{field}.categories"), "needs at least two categories"));
        }
        require_unique(&format!("{field}.categories"), lens.categories.iter().map(|c| c.id.as_str()))?;
        for (j, c) in lens.categories.iter().enumerate() {
            let field = format!("{field}.categories[{j}]");
            for (name, text) in [("name", &c.name), ("phrase", &c.phrase), ("summary", &c.summary)] {
                require_text(format!("{field}.{name}"), text)?;
            }
            if !lens.signal {
                for (name, text) in
                    [("description", &c.description), ("try_next", &c.try_next), ("works_when", &c.works_when)]
                {
                    require_text(format!("{field}.{name}"), text)?;
                }
            }
        }
    }
    Ok(())
}

fn validate_dimensions(instrument: &Instrument) -> Result<(), InstrumentError> {
    if instrument.dimensions.is_empty() {
        return Err(invalid("dimensions", "needs at least one dimension"));
    }
    require_unique("dimensions", instrument.dimensions.iter().map(|d| d.id.as_str()))?;
    for (i, dim) in instrument.dimensions.iter().enumerate() {
        let field = format!("dimensions[{i}]");
        require_text(format!("{field}.label"), &dim.label)?;
        require_text(format!("{field}.summary"), &dim.summary)?;
        if dim.levels.len() < 2 {
            return Err(invalid(format!("{field}.levels"), "needs at least two levels"));
        }
        for (j, level) in dim.levels.iter().enumerate() {
            let field = format!("{field}.levels[{j}]");
            require_text(format!("{field}.name"), &level.name)?;
            require_text(format!("{field}.text"), &level.text)?;
            let ok = match j {
                0 => level.from == 0,
                _ => level.from > dim.levels[j - 1].from && level.from <= 100,
            };
            if !ok {
                return Err(invalid(format!("{field}.from"), "levels must start at 0 and rise strictly, up to 100"));
            }
        }
    }
    Ok(())
}

fn validate_traps(instrument: &Instrument) -> Result<(), InstrumentError> {
    require_unique("traps", instrument.traps.iter().map(|t| t.id.as_str()))?;
    for (i, trap) in instrument.traps.iter().enumerate() {
        for (name, text) in [
            ("name", &trap.name),
            ("summary", &trap.summary),
            ("next_move", &trap.next_move),
            ("works_when", &trap.works_when),
        ] {
            require_text(format!("traps[{i}].{name}"), text)?;
        }
        if trap.full_at == 0 {
            return Err(invalid(format!("traps[{i}].full_at"), "must be 1 or more"));
        }
    }
    Ok(())
}

fn validate_sections(instrument: &Instrument) -> Result<(), InstrumentError> {
    if instrument.sections.is_empty() {
        return Err(invalid("sections", "needs at least one section"));
    }
    require_unique("sections", instrument.sections.iter().map(|s| s.id.as_str()))?;
    let count = instrument.question_count();
    if !QUESTIONS.contains(&count) {
        return Err(invalid(
            "sections",
            format!("holds {count} questions; keep between {} and {}", QUESTIONS.start(), QUESTIONS.end()),
        ));
    }
    let mut question_ids = BTreeSet::new();
    for (i, section) in instrument.sections.iter().enumerate() {
        let field = format!("sections[{i}]");
        require_text(format!("{field}.title"), &section.title)?;
        if section.questions.is_empty() {
            return Err(invalid(format!("{field}.questions"), "needs at least one question"));
        }
        for (j, q) in section.questions.iter().enumerate() {
            let field = format!("{field}.questions[{j}]");
            require_id(format!("{field}.id"), &q.id)?;
            if !question_ids.insert(q.id.as_str()) {
                return Err(invalid(format!("{field}.id"), format!("`{}` is used twice", q.id)));
            }
            require_text(format!("{field}.prompt"), &q.prompt)?;
            require_text(format!("{field}.short"), &q.short)?;
            require_text(format!("{field}.discuss"), &q.discuss)?;
            if let Some(help) = &q.help {
                require_text(format!("{field}.help"), help)?;
            }
            if !OPTIONS.contains(&q.options.len()) {
                return Err(invalid(
                    format!("{field}.options"),
                    format!("needs {} to {} options", OPTIONS.start(), OPTIONS.end()),
                ));
            }
            require_unique(&format!("{field}.options"), q.options.iter().map(|o| o.id.as_str()))?;
            for (k, choice) in q.options.iter().enumerate() {
                validate_choice(instrument, &format!("{field}.options[{k}]"), &q.id, choice)?;
            }
        }
    }
    Ok(())
}

/// Whether an option sets or nudges a dimension's level.
fn names_a_level(instrument: &Instrument, question: &str, option: &str) -> bool {
    let answer = format!("{question}.{option}");
    instrument.dimensions.iter().any(|d| {
        d.direct.as_ref().is_some_and(|direct| direct.question == question)
            || d.nudges.iter().any(|n| n.answer == answer)
    })
}

fn validate_choice(
    instrument: &Instrument,
    field: &str,
    question: &str,
    choice: &Choice,
) -> Result<(), InstrumentError> {
    require_text(format!("{field}.label"), &choice.label)?;
    if choice.effects.is_empty() && choice.when.is_empty() && !names_a_level(instrument, question, &choice.id) {
        return Err(invalid(format!("{field}.effects"), "an option must change something"));
    }
    for (key, weight) in &choice.effects {
        validate_effect(instrument, &format!("{field}.effects.{key}"), key, *weight)?;
    }
    for (condition, effects) in &choice.when {
        let field = format!("{field}.when.{condition}");
        match Target::parse(condition) {
            Some(t @ Target::Category { .. }) if t.exists_in(instrument) => {}
            _ => return Err(invalid(field, "a condition must name a lens category, like `kind.platform`")),
        }
        for (key, weight) in effects {
            let field = format!("{field}.{key}");
            if let Some(Target::Category { .. }) = Target::parse(key) {
                return Err(invalid(field, "lens points can't depend on another lens; use `effects`"));
            }
            validate_effect(instrument, &field, key, *weight)?;
        }
    }
    Ok(())
}

fn validate_effect(instrument: &Instrument, field: &str, key: &str, weight: i32) -> Result<(), InstrumentError> {
    match Target::parse(key) {
        Some(t) if t.exists_in(instrument) => {}
        _ => return Err(invalid(field, format!("`{key}` names no lens category, dimension or trap"))),
    }
    if !(-10..=10).contains(&weight) {
        return Err(invalid(field, "weights must be whole numbers from -10 to 10"));
    }
    Ok(())
}

fn validate_reading(instrument: &Instrument) -> Result<(), InstrumentError> {
    if instrument.reading.len() < *READING_SHOWN.start() {
        return Err(invalid("reading", format!("needs at least {} links", READING_SHOWN.start())));
    }
    require_unique("reading", instrument.reading.iter().map(|r| r.id.as_str()))?;
    for (i, item) in instrument.reading.iter().enumerate() {
        let field = format!("reading[{i}]");
        for (name, text) in [("title", &item.title), ("source", &item.source), ("blurb", &item.blurb)] {
            require_text(format!("{field}.{name}"), text)?;
        }
        if let Err(problem) = check_canonical_url(&item.url) {
            return Err(invalid(format!("{field}.url"), problem));
        }
        if item.tags.is_empty() {
            return Err(invalid(format!("{field}.tags"), "needs at least one tag"));
        }
        for (j, tag) in item.tags.iter().enumerate() {
            if !Target::parse(tag).is_some_and(|t| t.exists_in(instrument)) {
                return Err(invalid(format!("{field}.tags[{j}]"), format!("`{tag}` names nothing")));
            }
        }
    }
    Ok(())
}

/// A reading link must be a plain https address with no redirect or tracking parts.
fn check_canonical_url(url: &str) -> Result<(), String> {
    let rest = url.strip_prefix("https://").ok_or("must start with https://")?;
    if url.chars().any(|c| c.is_whitespace() || c.is_control() || c == '"' || c == '<' || c == '>') {
        return Err("must not contain spaces, quotes or angle brackets".into());
    }
    let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
    let host_ok = !host.is_empty()
        && host.contains('.')
        && host.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'.' || b == b'-');
    if !host_ok {
        return Err(format!("`{host}` is not a plain host name"));
    }
    if rest.contains("/redirect/") || host.ends_with("google.com") && rest.contains("url?") {
        return Err("is a redirect; use the canonical address".into());
    }
    if let Some((_, query)) = rest.split_once('?') {
        if let Some(param) = query.split('&').find(|p| TRACKING_PARAMS.iter().any(|t| p.starts_with(t))) {
            return Err(format!("carries the tracking parameter `{param}`"));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::check_canonical_url;

    #[test]
    fn a_plain_https_link_is_canonical() {
        assert_eq!(check_canonical_url("https://amplitude.com/north-star"), Ok(()));
    }

    #[test]
    fn newsletter_redirects_and_tracking_links_are_refused() {
        assert!(check_canonical_url("https://substack.com/redirect/abc?j=eyJ1").is_err());
        assert!(check_canonical_url("https://example.com/a?utm_source=x").is_err());
        assert!(check_canonical_url("http://example.com/a").is_err());
        for sneaky in [
            "javascript:alert(1)",
            " javascript:alert(1)",
            "JaVaScRiPt:alert(1)",
            "java\tscript:alert(1)",
            "data:text/html,<b>",
            "//evil.example/",
        ] {
            assert!(check_canonical_url(sneaky).is_err(), "{sneaky}");
        }
        assert!(check_canonical_url("https://exa mple.com/").is_err());
    }
}
