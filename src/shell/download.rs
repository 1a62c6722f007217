//! Files the reader downloads, made in the browser: an SVG as it is, or drawn onto a canvas and
//! saved as PNG. No fonts or images are fetched: the SVG carries everything it shows.

use wasm_bindgen::{closure::Closure, JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

fn svg_blob(svg: &str) -> Option<web_sys::Blob> {
    let parts = js_sys::Array::of1(&JsValue::from_str(svg));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("image/svg+xml;charset=utf-8");
    web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()
}

/// Saves `blob` as a file named `filename` through a temporary link.
fn save_blob(blob: &web_sys::Blob, filename: &str) -> bool {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return false };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(blob) else { return false };
    let saved = document
        .create_element("a")
        .ok()
        .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok())
        .map(|link| {
            link.set_href(&url);
            link.set_download(filename);
            link.click();
        })
        .is_some();
    let _ = web_sys::Url::revoke_object_url(&url);
    saved
}

/// Saves an SVG document as `filename`.
pub fn save_svg(svg: &str, filename: &str) -> bool {
    svg_blob(svg).is_some_and(|blob| save_blob(&blob, filename))
}

/// Draws an SVG document at `width`×`height` pixels and returns it as a PNG blob.
pub async fn render_png(svg: &str, width: u32, height: u32) -> Option<web_sys::Blob> {
    let document = web_sys::window()?.document()?;
    let url = web_sys::Url::create_object_url_with_blob(&svg_blob(svg)?).ok()?;
    let image = web_sys::HtmlImageElement::new_with_width_and_height(width, height).ok()?;
    image.set_src(&url);
    let decoded = JsFuture::from(image.decode()).await;
    let _ = web_sys::Url::revoke_object_url(&url);
    decoded.ok()?;
    let canvas: web_sys::HtmlCanvasElement = document.create_element("canvas").ok()?.dyn_into().ok()?;
    canvas.set_width(width);
    canvas.set_height(height);
    let context: web_sys::CanvasRenderingContext2d = canvas.get_context("2d").ok()??.dyn_into().ok()?;
    context
        .draw_image_with_html_image_element_and_dw_and_dh(&image, 0.0, 0.0, f64::from(width), f64::from(height))
        .ok()?;
    let promise = js_sys::Promise::new(&mut |resolve, _reject| {
        let done = resolve.clone();
        let callback = Closure::once_into_js(move |blob: JsValue| {
            let _ = done.call1(&JsValue::NULL, &blob);
        });
        if canvas.to_blob_with_type(callback.unchecked_ref(), "image/png").is_err() {
            let _ = resolve.call1(&JsValue::NULL, &JsValue::NULL);
        }
    });
    JsFuture::from(promise).await.ok()?.dyn_into::<web_sys::Blob>().ok()
}

/// Saves an SVG document drawn at `width`×`height` as a PNG named `filename`.
pub async fn save_png(svg: &str, width: u32, height: u32, filename: &str) -> bool {
    match render_png(svg, width, height).await {
        Some(blob) => save_blob(&blob, filename),
        None => false,
    }
}
