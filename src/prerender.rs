//! The widget's first screen as HTML, rendered natively from the same components the browser
//! mounts, for the hosted page to paint before the wasm arrives (`make dist` writes it into
//! index.html).

use leptos::prelude::*;

use crate::core::arrival::Arrival;
use crate::core::instrument::Instrument;
use crate::core::session::Session;
use crate::ui::app::App;
use crate::ui::context::{Ctx, PageFacts, ShareState};

/// The attribute that marks the painted copy, which the widget replaces when it mounts.
pub const PRERENDERED: &str = "data-prerendered";

/// The intro a first-time visitor sees, in `theme`, as the widget renders it, inside a plain
/// `<div data-prerendered>`. Leptos's empty placeholder comments are left out (nothing hydrates
/// this copy: the widget replaces it), and so are the test ids, which name the live widget's
/// controls only.
pub fn intro_html(instrument: &'static Instrument, theme: &'static str) -> String {
    let owner = Owner::new();
    owner.with(|| {
        provide_context(Ctx {
            instrument,
            session: RwSignal::new(Session::new()).read_only(),
            arrival: RwSignal::new(Arrival::Own).read_only(),
            share: RwSignal::new(ShareState::default()).read_only(),
            page: StoredValue::new(PageFacts {
                can_share: false,
                model_url: None,
                profile_pages: false,
                coach: None,
                sandboxed: false,
                next_step: None,
            }),
            send_to: Memo::new(|_| None),
            result_link: Callback::new(|()| None),
            date: |_| String::new(),
            dispatch: Callback::new(|_| {}),
            uid: 0,
        });
        let html = view! { <App root=NodeRef::new() theme=theme font="own"/> }.to_html();
        format!("<div {PRERENDERED}=\"\">{}</div>", without_test_ids(&html.replace("<!>", "")))
    })
}

/// `html` without its ` data-testid="…"` attributes.
fn without_test_ids(html: &str) -> String {
    const ATTRIBUTE: &str = " data-testid=\"";
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(at) = rest.find(ATTRIBUTE) {
        out.push_str(&rest[..at]);
        let value = &rest[at + ATTRIBUTE.len()..];
        rest = value.find('"').map_or("", |end| &value[end + 1..]);
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::shipped::Shipped;

    #[test]
    fn the_painted_intro_is_the_widgets_intro_without_test_ids_or_placeholders() {
        let instrument = Instrument::shipped().expect("English is compiled in");
        let html = intro_html(instrument, "auto");
        assert!(html.starts_with("<div data-prerendered=\"\"><div data-theme=\"auto\""), "{html}");
        assert!(html.contains(&format!(">{}</h2>", instrument.title)), "{html}");
        assert!(html.contains(instrument.strings().start), "the Start button");
        assert!(!html.contains("data-testid") && !html.contains("<!>"), "{html}");
    }

    #[test]
    fn test_ids_are_taken_out_whole() {
        assert_eq!(
            without_test_ids(r#"<p data-testid="a" class="x">t</p><b data-testid="">u</b>"#),
            r#"<p class="x">t</p><b>u</b>"#
        );
    }
}
