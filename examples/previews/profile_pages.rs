//! The share pages, one per profile: `r/<profile>/index.html` and its `preview.png`. A reader who
//! chooses to show their profile in a shared link's preview shares a link to their profile's page
//! (`arrival::share_page`); a crawler, which never sees the fragment, then shows that profile's
//! card. The page is the standalone page (painted intro and all) with its addresses one folder
//! deeper and its own title, description and image; the widget there opens the shared result
//! from the fragment as on the standalone page.

use std::fs;
use std::path::Path;

use context_check::core::arrival::{is_profile_id, PROFILE_PAGES};
use context_check::core::instrument::{Category, Instrument};
use context_check::markup::preview_image::profile_preview_image;

use super::native::{between, draw, with_tags, PreviewError};

/// The standalone page, which each share page is made from (after its tags and first paint).
const STANDALONE: &str = "index.html";

pub fn write(dist: &Path, site: Option<&str>, instrument: &Instrument) -> Result<(), PreviewError> {
    let path = dist.join(STANDALONE);
    let standalone = fs::read_to_string(&path).map_err(|e| PreviewError::File(path.clone(), e))?;
    let profiles = instrument.lenses.first().map(|lens| lens.categories.as_slice()).unwrap_or_default();
    for profile in profiles {
        if !is_profile_id(&profile.id) {
            return Err(PreviewError::ProfileId(profile.id.clone()));
        }
        let folder = format!("{PROFILE_PAGES}{}/", profile.id);
        let dir = dist.join(&folder);
        fs::create_dir_all(&dir).map_err(|e| PreviewError::File(dir.clone(), e))?;
        let image = format!("{folder}preview.png");
        let png = draw(&profile_preview_image(instrument, profile))?;
        let png_path = dist.join(&image);
        fs::write(&png_path, png).map_err(|e| PreviewError::File(png_path.clone(), e))?;
        let page = format!("{folder}index.html");
        let html = share_page(&standalone, instrument, profile)
            .ok_or_else(|| PreviewError::Template(path.clone(), "<title>"))?;
        let alt = format!("{}: {}", profile.name, profile.summary);
        let html = with_tags(&html, &page, &image, site, &alt).ok_or_else(|| PreviewError::Page(path.clone()))?;
        let page_path = dist.join(&page);
        fs::write(&page_path, html).map_err(|e| PreviewError::File(page_path.clone(), e))?;
    }
    Ok(())
}

/// The standalone page as `profile`'s share page: two folders deeper, so its own addresses
/// (`./…`) go up to dist/, and with the profile's title and description.
fn share_page(standalone: &str, instrument: &Instrument, profile: &Category) -> Option<String> {
    let t = instrument.strings();
    let escape = |text: &str| text.replace('&', "&amp;").replace('"', "&quot;").replace('<', "&lt;");
    let title = escape(&format!("{}: {} · {}", profile.name, t.in_sentence(t.shared_eyebrow), instrument.title));
    let description = escape(&format!("{} {}: {}", profile.summary, t.take_it_yourself, instrument.tagline));
    let old_title = between(standalone, "<title>", "</title>")?;
    let old_description = between(standalone, "<meta name=\"description\" content=\"", "\"")?;
    Some(
        standalone
            .replacen(&format!("<title>{old_title}</title>"), &format!("<title>{title}</title>"), 1)
            .replacen(&format!("content=\"{old_description}\""), &format!("content=\"{description}\""), 1)
            .replace("=\"./", "=\"../../"),
    )
}
