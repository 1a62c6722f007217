//! The exported maker of coach links, for the coach's page (www/coach.html).

use wasm_bindgen::prelude::*;

use crate::core::arrival;
use crate::core::share::{self, CoachInvite, COACH_KEY};

/// The link to `page` (the hosted assessment) carrying a coach's invite in its fragment. The text
/// is cleaned as the widget will show it (hidden and reordering characters removed, names cut at
/// 60 characters, the message at 280). `reply_to` is the coach's e-mail address, or blank. Fails
/// when no coach name is left, or the address is not one.
#[wasm_bindgen(js_name = coachLink)]
pub fn coach_link(page: &str, coach: &str, message: &str, team: &str, reply_to: &str) -> Result<String, JsError> {
    let given = |text: &str| (!text.trim().is_empty()).then(|| text.to_owned());
    let invite = CoachInvite {
        coach: coach.to_owned(),
        message: message.to_owned(),
        team: given(team),
        reply_to: given(reply_to),
    };
    let code = share::encode_coach(&invite).map_err(|e| JsError::new(&e.to_string()))?;
    Ok(arrival::link_to(page, COACH_KEY, &code))
}
