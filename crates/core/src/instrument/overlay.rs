//! Translations of the instrument as overlays: a JSON file with the original's shape that holds
//! only the ids (to match entries) and every text field, translated. Applying one checks that it
//! matches the original entry by entry and leaves no text untranslated, so a translation can't
//! drift from the questionnaire or fall behind it.

use serde_json::Value;

/// The fields that readers see.
pub const TEXT_KEYS: &[&str] = &[
    "title",
    "tagline",
    "intro",
    "label",
    "name",
    "summary",
    "description",
    "try_next",
    "next_move",
    "text",
    "prompt",
    "short",
    "discuss",
    "help",
    "blurb",
    "phrase",
    "works_when",
    "because",
    "verb",
];

/// Puts the overlay's texts into `base` (the original instrument's JSON), checking the shape.
/// Errors name the path, such as `sections[1].questions[0].prompt`.
pub fn apply(base: &mut Value, overlay: &Value) -> Result<(), String> {
    merge(base, overlay, "")?;
    let missing = untranslated(base, overlay, "");
    match missing.first() {
        Some(path) => Err(format!("`{path}` has no translation ({} texts in all)", missing.len())),
        None => Ok(()),
    }
}

fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_owned()
    } else {
        format!("{path}.{key}")
    }
}

fn merge(base: &mut Value, overlay: &Value, path: &str) -> Result<(), String> {
    match (base, overlay) {
        (Value::Object(base), Value::Object(overlay)) => {
            for (key, value) in overlay {
                let here = join(path, key);
                let original = base.get_mut(key).ok_or_else(|| format!("`{here}` is not in the original"))?;
                if key == "id" {
                    if original != value {
                        return Err(format!("`{here}` is {value}, the original has {original}"));
                    }
                } else if TEXT_KEYS.contains(&key.as_str()) && original.is_string() {
                    match value.as_str() {
                        Some(text) if !text.trim().is_empty() => *original = Value::String(text.to_owned()),
                        _ => return Err(format!("`{here}` must be a non-empty text")),
                    }
                } else if value.is_object() || value.is_array() {
                    merge(original, value, &here)?;
                } else {
                    return Err(format!("`{here}` is not a text field; leave it out of a translation"));
                }
            }
            Ok(())
        }
        (Value::Array(base), Value::Array(overlay)) => {
            if base.len() != overlay.len() {
                return Err(format!("`{path}` has {} entries, the original {}", overlay.len(), base.len()));
            }
            for (i, (b, o)) in base.iter_mut().zip(overlay).enumerate() {
                merge(b, o, &format!("{path}[{i}]"))?;
            }
            Ok(())
        }
        _ => Err(format!("`{path}` has another shape than the original")),
    }
}

/// Paths of text fields in `base` that the overlay leaves out.
fn untranslated(base: &Value, overlay: &Value, path: &str) -> Vec<String> {
    match base {
        Value::Object(fields) => fields
            .iter()
            .flat_map(|(key, value)| {
                let here = join(path, key);
                let over = overlay.get(key).unwrap_or(&Value::Null);
                if TEXT_KEYS.contains(&key.as_str()) && value.is_string() {
                    if over.is_string() {
                        Vec::new()
                    } else {
                        vec![here]
                    }
                } else {
                    untranslated(value, over, &here)
                }
            })
            .collect(),
        Value::Array(items) => items
            .iter()
            .enumerate()
            .flat_map(|(i, value)| untranslated(value, overlay.get(i).unwrap_or(&Value::Null), &format!("{path}[{i}]")))
            .collect(),
        _ => Vec::new(),
    }
}
