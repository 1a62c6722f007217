//! Time from the browser, and dates worded in the reader's locale.

use wasm_bindgen::JsValue;

/// Now, in ms since the Unix epoch.
pub fn now() -> u64 {
    let ms = js_sys::Date::now();
    if ms.is_finite() && ms > 0.0 {
        ms as u64
    } else {
        0
    }
}

/// A date such as "23 Nov 2026", in the reader's locale.
pub fn format_date(ms: u64) -> String {
    formatted(ms, false)
}

/// A whole day (its first ms, UTC, as links carry days) such as "23 Nov 2026": the same day
/// wherever the reader is.
#[cfg(feature = "team-page")]
pub fn format_day(ms: u64) -> String {
    formatted(ms, true)
}

fn formatted(ms: u64, utc: bool) -> String {
    let date = js_sys::Date::new(&JsValue::from_f64(ms as f64));
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"dateStyle".into(), &"medium".into());
    if utc {
        let _ = js_sys::Reflect::set(&options, &"timeZone".into(), &"UTC".into());
    }
    let format = js_sys::Intl::DateTimeFormat::new(&js_sys::Array::new(), &options);
    format
        .format()
        .call1(&format, &date)
        .ok()
        .and_then(|s| s.as_string())
        .unwrap_or_else(|| String::from(date.to_date_string()))
}

#[cfg(feature = "team-page")]
const MS_PER_DAY: f64 = 86_400_000.0;

/// A day (days since 1970-01-01) as a date field's value, `YYYY-MM-DD`.
#[cfg(feature = "team-page")]
pub fn iso_day(day: u32) -> String {
    let date = js_sys::Date::new(&JsValue::from_f64(f64::from(day) * MS_PER_DAY));
    String::from(date.to_iso_string()).get(..10).unwrap_or_default().to_owned()
}

/// The day a date field's value (`YYYY-MM-DD`, read as UTC, as browsers read a date alone)
/// names; `None` for an empty or unreadable one.
#[cfg(feature = "team-page")]
pub fn day_of_iso(value: &str) -> Option<u32> {
    let ms = js_sys::Date::parse(value.trim());
    (ms.is_finite() && ms >= 0.0).then(|| (ms / MS_PER_DAY).floor() as u32)
}
