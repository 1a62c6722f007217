//! A small, pure tree of elements for the read-only screens (intro, review, result).
//!
//! Why not `view!` everywhere: every distinct `view!` shape is compiled into its own code, and the
//! result card alone cost 50 KB of wasm. Building these screens as data and rendering the data
//! with one function (`shell::dom::build`) keeps the bundle within its budget, and lets native
//! tests check what a screen says. Text is always set as text, never parsed as HTML.

pub mod card_image;
pub mod screens;
mod serialize;
pub mod team;
pub mod team_image;

pub use serialize::to_markup_string;

/// A node: an element or a run of text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Node {
    Element(Element),
    Text(String),
}

/// An element with static tag and attribute names, and text values.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Element {
    pub tag: &'static str,
    /// Created in the SVG namespace.
    pub svg: bool,
    pub attrs: Vec<(&'static str, String)>,
    pub children: Vec<Node>,
}

/// An HTML element.
pub fn el(tag: &'static str) -> Element {
    Element { tag, svg: false, attrs: Vec::new(), children: Vec::new() }
}

/// An SVG element.
pub fn svg(tag: &'static str) -> Element {
    Element { svg: true, ..el(tag) }
}

/// A text node.
pub fn text(value: impl Into<String>) -> Node {
    Node::Text(value.into())
}

impl Element {
    pub fn attr(mut self, name: &'static str, value: impl Into<String>) -> Self {
        self.attrs.push((name, value.into()));
        self
    }

    pub fn class(self, value: &'static str) -> Self {
        self.attr("class", value)
    }

    pub fn testid(self, value: impl Into<String>) -> Self {
        self.attr("data-testid", value)
    }

    /// A button that sends the named action (see `core::session::Event::from_action`).
    pub fn action(self, action: impl Into<String>) -> Self {
        self.attr("type", "button").attr("data-action", action)
    }

    /// The heading that takes focus when this screen appears.
    pub fn step_heading(self) -> Self {
        self.attr("tabindex", "-1").attr("data-step-heading", "")
    }

    /// A link that opens outside the widget, safely.
    pub fn external(self, href: &str) -> Self {
        self.attr("href", href).attr("target", "_blank").attr("rel", "noopener noreferrer")
    }

    pub fn text(mut self, value: impl Into<String>) -> Self {
        self.children.push(Node::Text(value.into()));
        self
    }

    pub fn child(mut self, child: impl Into<Node>) -> Self {
        self.children.push(child.into());
        self
    }

    pub fn children<N: Into<Node>>(mut self, children: impl IntoIterator<Item = N>) -> Self {
        self.children.extend(children.into_iter().map(Into::into));
        self
    }

    /// The value of an attribute.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.attrs.iter().find(|(n, _)| *n == name).map(|(_, v)| v.as_str())
    }
}

impl From<Element> for Node {
    fn from(element: Element) -> Self {
        Node::Element(element)
    }
}

impl Node {
    /// Every element in the tree, depth first.
    pub fn elements(&self) -> Vec<&Element> {
        let mut found = Vec::new();
        let mut stack = vec![self];
        while let Some(node) = stack.pop() {
            if let Node::Element(e) = node {
                found.push(e);
                stack.extend(e.children.iter().rev());
            }
        }
        found
    }
}
