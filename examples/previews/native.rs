//! Link previews for the hosted pages, written into dist/ by `make dist`:
//! `cargo run --example previews -- <dist> [<site url>]`.
//!
//! - `www/preview.png`: the 1200×630 card that link previews show (Substack's, Ghost's, Slack's,
//!   social posts'), drawn from `markup::preview_image`, the result card's renderer.
//! - In each hosted page, Open Graph and Twitter card tags before `</head>`: its title and
//!   description, and the card. With the site's address (where dist/ is served, such as
//!   `https://check.example.com`), the tags carry absolute addresses and a canonical URL, as the
//!   crawlers require; without it, addresses relative to the page, which most crawlers resolve
//!   and some ignore.
//! - With the site's address only (an oEmbed needs absolute addresses): `oembed.json`, a `rich`
//!   oEmbed whose HTML is the iframe of embed.html, and a discovery link to it in the pages an
//!   author pastes (the standalone page and embed.html). A static host ignores the query string,
//!   so the one file answers every oEmbed request. WordPress and Ghost turn a pasted address into
//!   that iframe through it.

use std::fs;
use std::path::{Path, PathBuf};

use context_check::core::instrument::Instrument;
use context_check::markup::{preview_image::preview_image, to_markup_string};
use context_check::shipped::Shipped;
use resvg::{tiny_skia, usvg};

/// The hosted pages, as paths inside dist/.
const PAGES: [&str; 6] =
    ["index.html", "www/embed.html", "www/team.html", "www/coach.html", "www/builder.html", "www/model.html"];
const IMAGE: &str = "www/preview.png";
const OEMBED: &str = "oembed.json";
/// The pages whose address an author pastes into a platform that reads oEmbed.
const PASTED: [&str; 2] = ["index.html", "www/embed.html"];
/// The embed's size as an oEmbed gives it: the frame resizes itself where the host lets it.
const FRAME: (u32, u32) = (640, 720);
/// Where the tags go: written once, replaced on a second run.
const BEGIN: &str = "<!-- BEGIN link preview: written by examples/previews/native.rs -->";
const END: &str = "<!-- END link preview -->";
/// The fonts the card may be drawn in, the first one installed is taken; the card's own stack
/// (system-ui, Segoe UI, Roboto, Helvetica, Arial) is seldom on a build machine.
const FONTS: [&str; 4] = ["Liberation Sans", "Arial", "DejaVu Sans", "Noto Sans"];

#[derive(Debug, thiserror::Error)]
pub(super) enum PreviewError {
    #[error("the shipped instrument: {0}")]
    Instrument(#[from] context_check::core::instrument::InstrumentError),
    #[error("no font to draw the preview with: install fonts-liberation or fonts-dejavu-core")]
    NoFont,
    #[error("the preview's SVG: {0}")]
    Svg(#[from] usvg::Error),
    #[error("drawing the preview")]
    Draw,
    #[error("{0}: {1}")]
    File(PathBuf, std::io::Error),
    #[error("{0} has no `<title>` or no `</head>`")]
    Page(PathBuf),
    #[error("the site's address must start with https:// or http://, not `{0}`")]
    Site(String),
    #[error("{0}: no `{1}` to replace")]
    Template(PathBuf, &'static str),
    #[error("the profile id `{0}` can't be a share page's folder (arrival::is_profile_id)")]
    ProfileId(String),
    #[error("the first paint: {0}")]
    FirstPaint(#[from] super::first_paint::FirstPaintError),
}

pub fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (dist, site) = match args.as_slice() {
        [dist] => (dist, None),
        [dist, site] if site.is_empty() => (dist, None),
        [dist, site] => (dist, Some(site.trim_end_matches('/'))),
        _ => {
            eprintln!("usage: previews <dist> [<site url>]");
            std::process::exit(2);
        }
    };
    if let Err(error) = write_previews(Path::new(dist), site) {
        eprintln!("link previews: {error}");
        std::process::exit(1);
    }
}

fn write_previews(dist: &Path, site: Option<&str>) -> Result<(), PreviewError> {
    if let Some(site) = site.filter(|s| !s.starts_with("https://") && !s.starts_with("http://")) {
        return Err(PreviewError::Site(site.to_owned()));
    }
    let instrument = Instrument::shipped()?;
    let png = draw(&preview_image(instrument))?;
    let image = dist.join(IMAGE);
    fs::write(&image, png).map_err(|e| PreviewError::File(image.clone(), e))?;
    if let Some(site) = site {
        let path = dist.join(OEMBED);
        fs::write(&path, oembed(site, instrument)).map_err(|e| PreviewError::File(path.clone(), e))?;
    }
    for page in PAGES {
        let path = dist.join(page);
        let html = fs::read_to_string(&path).map_err(|e| PreviewError::File(path.clone(), e))?;
        let tagged =
            with_tags(&html, page, IMAGE, site, &instrument.tagline).ok_or_else(|| PreviewError::Page(path.clone()))?;
        fs::write(&path, tagged).map_err(|e| PreviewError::File(path.clone(), e))?;
    }
    super::first_paint::write(dist, instrument)?;
    super::profile_pages::write(dist, site, instrument)?;
    super::email_buttons::write(dist)?;
    Ok(())
}

/// The oEmbed: the iframe snippet of embed.html, and the card as its thumbnail. Hosts that run
/// the embed's scripts (Ghost) also get the resize helper; WordPress drops it, and resizes the
/// frame on embed.html's WordPress message instead.
fn oembed(site: &str, instrument: &Instrument) -> String {
    let (width, height) = FRAME;
    let html = format!(
        "<iframe src=\"{site}/www/embed.html\" title=\"Context Check: a team context assessment\" \
         allow=\"clipboard-write; web-share\" data-context-check loading=\"lazy\" width=\"{width}\" \
         height=\"{height}\" style=\"width:100%;border:0;height:{height}px\"></iframe>\
         <script type=\"module\" src=\"{site}/www/embed.js\"></script>"
    );
    let document = serde_json::json!({
        "version": "1.0",
        "type": "rich",
        "provider_name": "Context Check",
        "provider_url": format!("{site}/"),
        "title": instrument.tagline,
        "html": html,
        "width": width,
        "height": height,
        "thumbnail_url": format!("{site}/{IMAGE}"),
        "thumbnail_width": 1200,
        "thumbnail_height": 630,
    });
    format!("{document:#}\n")
}

/// A preview card as a PNG.
pub(super) fn draw(card: &context_check::markup::Node) -> Result<Vec<u8>, PreviewError> {
    let mut options = usvg::Options::default();
    let fonts = options.fontdb_mut();
    fonts.load_system_fonts();
    let family = FONTS
        .into_iter()
        .find(|name| fonts.faces().any(|face| face.families.iter().any(|(family, _)| family == name)))
        .ok_or(PreviewError::NoFont)?;
    fonts.set_sans_serif_family(family);
    let svg = to_markup_string(card).replace("font-family=\"", &format!("font-family=\"{family}, "));
    let tree = usvg::Tree::from_str(&svg, &options)?;
    let size = tree.size().to_int_size();
    let mut pixmap = tiny_skia::Pixmap::new(size.width(), size.height()).ok_or(PreviewError::Draw)?;
    resvg::render(&tree, tiny_skia::Transform::default(), &mut pixmap.as_mut());
    pixmap.encode_png().map_err(|_| PreviewError::Draw)
}

/// What an attribute or element of the page says, as written (already escaped for HTML).
pub(super) fn between<'a>(html: &'a str, start: &str, end: &str) -> Option<&'a str> {
    let from = html.find(start)? + start.len();
    Some(&html[from..from + html[from..].find(end)?])
}

/// The page (its path in dist/) with its link preview tags before `</head>` (in place of earlier
/// ones), showing `image` (a path in dist/).
pub(super) fn with_tags(html: &str, page: &str, image: &str, site: Option<&str>, alt: &str) -> Option<String> {
    let title = between(html, "<title>", "</title>")?.trim();
    let description = between(html, "<meta name=\"description\" content=\"", "\"").unwrap_or(title);
    let depth = page.matches('/').count();
    let image = match site {
        Some(site) => format!("{site}/{image}"),
        None => format!("{}{image}", "../".repeat(depth)),
    };
    let alt = alt.replace('&', "&amp;").replace('"', "&quot;").replace('<', "&lt;");
    let mut tags = vec![
        BEGIN.to_owned(),
        "<meta property=\"og:type\" content=\"website\">".to_owned(),
        "<meta property=\"og:site_name\" content=\"Context Check\">".to_owned(),
        format!("<meta property=\"og:title\" content=\"{title}\">"),
        format!("<meta property=\"og:description\" content=\"{description}\">"),
        format!("<meta property=\"og:image\" content=\"{image}\">"),
        "<meta property=\"og:image:type\" content=\"image/png\">".to_owned(),
        "<meta property=\"og:image:width\" content=\"1200\">".to_owned(),
        "<meta property=\"og:image:height\" content=\"630\">".to_owned(),
        format!("<meta property=\"og:image:alt\" content=\"{alt}\">"),
        "<meta name=\"twitter:card\" content=\"summary_large_image\">".to_owned(),
        format!("<meta name=\"twitter:title\" content=\"{title}\">"),
        format!("<meta name=\"twitter:description\" content=\"{description}\">"),
        format!("<meta name=\"twitter:image\" content=\"{image}\">"),
    ];
    if let Some(site) = site {
        let url = format!("{site}/{}", page.strip_suffix("index.html").unwrap_or(page));
        tags.push(format!("<meta property=\"og:url\" content=\"{url}\">"));
        tags.push(format!("<link rel=\"canonical\" href=\"{url}\">"));
        if PASTED.contains(&page) {
            tags.push(format!(
                "<link rel=\"alternate\" type=\"application/json+oembed\" href=\"{site}/{OEMBED}\" title=\"{title}\">"
            ));
        }
    }
    tags.push(END.to_owned());
    let html = match (html.find(BEGIN), html.find(END)) {
        (Some(begin), Some(end)) => {
            format!("{}{}", html[..begin].trim_end_matches(' '), html[end + END.len()..].trim_start())
        }
        _ => html.to_owned(),
    };
    let head = html.find("</head>")?;
    let block: String = tags.iter().map(|tag| format!("  {tag}\n")).collect();
    Some(format!("{}{block}{}", &html[..head], &html[head..]))
}
