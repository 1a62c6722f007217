//! A markup tree as text, for files the reader downloads (the result card and the team view as
//! SVG). Every text and attribute value is escaped, so nothing in it can become markup.

use crate::markup::{Element, Node};

const SVG_NS: &str = "http://www.w3.org/2000/svg";

/// Escapes text for XML content and double-quoted attribute values.
fn escape(value: &str, out: &mut String) {
    for c in value.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
}

fn write(node: &Node, root: bool, out: &mut String) {
    match node {
        Node::Text(value) => escape(value, out),
        Node::Element(Element { tag, svg, attrs, children }) => {
            out.push('<');
            out.push_str(tag);
            if root && *svg && !attrs.iter().any(|(name, _)| *name == "xmlns") {
                out.push_str(" xmlns=\"");
                out.push_str(SVG_NS);
                out.push('"');
            }
            for (name, value) in attrs {
                out.push(' ');
                out.push_str(name);
                out.push_str("=\"");
                escape(value, out);
                out.push('"');
            }
            if children.is_empty() {
                out.push_str("/>");
                return;
            }
            out.push('>');
            for child in children {
                write(child, false, out);
            }
            out.push_str("</");
            out.push_str(tag);
            out.push('>');
        }
    }
}

/// The tree as XML text; an SVG root gets its namespace, so the text is a standalone SVG file.
pub fn to_markup_string(node: &Node) -> String {
    let mut out = String::new();
    write(node, true, &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::markup::{el, svg};

    #[test]
    fn an_svg_root_gets_its_namespace_and_text_and_attributes_are_escaped() {
        let tree: Node = svg("svg")
            .attr("viewBox", "0 0 10 10")
            .child(svg("text").attr("data-x", "a\"b<c").text("<img src=x onerror=alert(1)> & 'so'"))
            .child(svg("rect"))
            .into();
        assert_eq!(
            to_markup_string(&tree),
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><text data-x=\"a&quot;b&lt;c\">\
             &lt;img src=x onerror=alert(1)&gt; &amp; &#39;so&#39;</text><rect/></svg>"
        );
    }

    #[test]
    fn html_elements_get_no_namespace() {
        let tree: Node = el("p").text("hi").into();
        assert_eq!(to_markup_string(&tree), "<p>hi</p>");
    }
}
