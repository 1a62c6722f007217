//! The first paint of the pages that readers are sent to (the standalone page) or that platforms
//! frame (embed.html): the intro, rendered natively by the widget's own components
//! (`context_check::prerender`), written where each page's marker comment is. Readers see the
//! intro at once, and the widget replaces it without a shift.

use std::fs;
use std::path::{Path, PathBuf};

use context_check::core::instrument::Instrument;
use context_check::prerender::{intro_html, PRERENDERED};

/// The pages, as paths inside dist/.
const PAGES: [&str; 2] = ["index.html", "www/embed.html"];
/// Where the intro goes in each.
const MARKER: &str = "<!-- the intro, painted here by make dist (examples/previews/first_paint.rs) -->";

#[derive(Debug, thiserror::Error)]
pub enum FirstPaintError {
    #[error("{0}: {1}")]
    File(PathBuf, std::io::Error),
    #[error("{0} has no `{MARKER}`")]
    NoMarker(PathBuf),
}

/// Writes the intro into each page, in the default theme (auto: the reader's system).
pub fn write(dist: &Path, instrument: &'static Instrument) -> Result<(), FirstPaintError> {
    let intro = intro_html(instrument, "auto");
    for page in PAGES {
        let path = dist.join(page);
        let html = fs::read_to_string(&path).map_err(|e| FirstPaintError::File(path.clone(), e))?;
        // Painted by an earlier run over the same dist/ (the link previews may be written again).
        if html.contains(PRERENDERED) && !html.contains(MARKER) {
            continue;
        }
        if !html.contains(MARKER) {
            return Err(FirstPaintError::NoMarker(path));
        }
        fs::write(&path, html.replacen(MARKER, &intro, 1)).map_err(|e| FirstPaintError::File(path, e))?;
    }
    Ok(())
}
