//! The email answer block's image buttons, `www/email/<lang>/<option>.png`: one per option of the
//! first question, in each language, drawn from `markup::email_button`. The builder's block shows
//! them where the author asks for image buttons, with the option's words as alt text.

use std::fs;
use std::path::Path;

use context_check::core::instrument::Instrument;
use context_check::core::options::Locale;
use context_check::markup::email_button::email_button;
use context_check::shipped::Shipped;

use super::native::{draw, PreviewError};

/// Where the buttons go in dist/, one folder per language.
pub const FOLDER: &str = "www/email";

pub fn write(dist: &Path) -> Result<(), PreviewError> {
    for locale in Locale::ALL {
        let instrument: &Instrument = Instrument::shipped_in(locale)?;
        let dir = dist.join(FOLDER).join(locale.tag());
        fs::create_dir_all(&dir).map_err(|e| PreviewError::File(dir.clone(), e))?;
        let Some(first) = instrument.question(0) else { continue };
        for option in &first.question.options {
            let path = dir.join(format!("{}.png", option.id));
            fs::write(&path, draw(&email_button(&option.label))?).map_err(|e| PreviewError::File(path.clone(), e))?;
        }
    }
    Ok(())
}
