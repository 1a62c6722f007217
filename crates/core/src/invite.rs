//! A coach's invite as the widget uses it: read from the page's fragment, and turned into a
//! "Send to <coach>" e-mail carrying the result link. The invite's text is plain text, already
//! sanitised by the codec; the markup sets it as text.

use percent_encoding::{utf8_percent_encode, NON_ALPHANUMERIC};

use crate::locale::{fill, Strings};
use crate::share::{self, CoachInvite, ShareError, COACH_KEY};

/// The invite under our key in the fragment (with or without `#`): none, or read, or refused.
pub fn from_fragment(fragment: &str) -> Option<Result<CoachInvite, ShareError>> {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    share::param(fragment, COACH_KEY).map(share::decode_coach)
}

/// "Send to Dana", for the button.
pub fn send_label(t: &Strings, invite: &CoachInvite) -> String {
    fill(t.send_to, &[("coach", &invite.coach)])
}

/// A `mailto:` link to the coach's reply address (none when the invite has no address), with a
/// subject and body that carry the result link. The address is one the codec checked (letters,
/// digits and `. _ + - @` only); the subject and body are percent-encoded.
pub fn mailto(t: &Strings, invite: &CoachInvite, profile: &str, link: &str) -> String {
    let subject = match &invite.team {
        Some(team) => fill(t.mail_subject_team, &[("team", team)]),
        None => t.mail_subject.to_owned(),
    };
    let body = fill(t.mail_body, &[("coach", &invite.coach), ("profile", profile), ("link", link)]);
    format!(
        "mailto:{}?subject={}&body={}",
        invite.reply_to.as_deref().unwrap_or_default(),
        utf8_percent_encode(&subject, NON_ALPHANUMERIC),
        utf8_percent_encode(&body, NON_ALPHANUMERIC)
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::locale::EN;
    use crate::share::encode_coach;

    fn invite() -> CoachInvite {
        CoachInvite {
            coach: "Dana & Co".into(),
            message: "Hi team".into(),
            team: Some("Platform".into()),
            reply_to: None,
        }
    }

    #[test]
    fn an_invite_is_read_from_its_own_key_and_others_are_left_alone() {
        let code = encode_coach(&invite()).expect("encodes");
        let fragment = format!("#intro&cc-coach={code}&x=1");
        assert_eq!(from_fragment(&fragment), Some(Ok(invite())));
        assert_eq!(from_fragment("#intro&x=1"), None);
        assert!(matches!(from_fragment("cc-coach=garbage"), Some(Err(_))));
    }

    #[test]
    fn the_mail_carries_the_link_and_every_character_is_encoded() {
        let link = "https://example.org/#cc-result=AbC-_9";
        let mail = mailto(&EN, &invite(), "New Offerings", link);
        assert!(mail
            .starts_with("mailto:?subject=My%20Context%20Check%20result%20%28Platform%29&body=Hi%20Dana%20%26%20Co"));
        assert!(mail.contains("https%3A%2F%2Fexample%2Eorg%2F%23cc%2Dresult%3DAbC%2D%5F9"));
        assert_eq!(mail.matches('&').count(), 1, "the only `&` separates subject and body");
        assert_eq!(mail.matches('?').count(), 1, "the only `?` starts the fields");
    }

    #[test]
    fn an_invite_with_a_reply_address_addresses_the_mail_to_it() {
        let invite = CoachInvite { reply_to: Some("dana@example.org".into()), ..invite() };
        let read = from_fragment(&format!("cc-coach={}", encode_coach(&invite).expect("encodes")));
        assert_eq!(read, Some(Ok(invite.clone())));
        let mail = mailto(&EN, &invite, "New Offerings", "https://example.org/#cc-result=x");
        assert!(mail.starts_with("mailto:dana@example.org?subject="), "{mail}");
    }
}
