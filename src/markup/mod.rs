//! The images: the result card, the team view and the hosted pages' link preview as SVG documents (downloaded as they are, or
//! drawn to a canvas for PNG), built as a small, pure tree of elements and serialised to text.
//! The pages themselves are Leptos components (`crate::ui`). Text is always escaped as text.

pub mod card_image;
pub mod email_button;
pub mod preview_image;
mod serialize;
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
}

impl From<Element> for Node {
    fn from(element: Element) -> Self {
        Node::Element(element)
    }
}
