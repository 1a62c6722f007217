//! What an option's points go to, parsed from keys such as `dim.awareness`.

use super::Instrument;

/// A scoring target named in the data file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Target<'a> {
    /// A category of a categorical lens: `kind.new_offerings`.
    Category { lens: &'a str, category: &'a str },
    /// A scored dimension: `dim.awareness`.
    Dimension(&'a str),
    /// A trap: `trap.loop_back`.
    Trap(&'a str),
}

impl<'a> Target<'a> {
    /// Splits a key into a target, without checking that it exists.
    pub fn parse(key: &'a str) -> Option<Self> {
        let (head, tail) = key.split_once('.')?;
        if tail.is_empty() || tail.contains('.') {
            return None;
        }
        Some(match head {
            "dim" => Target::Dimension(tail),
            "trap" => Target::Trap(tail),
            lens => Target::Category { lens, category: tail },
        })
    }

    /// Whether the instrument defines this target.
    pub fn exists_in(&self, instrument: &Instrument) -> bool {
        match *self {
            Target::Category { lens, category } => instrument.lens(lens).and_then(|l| l.category(category)).is_some(),
            Target::Dimension(id) => instrument.dimension(id).is_some(),
            Target::Trap(id) => instrument.trap(id).is_some(),
        }
    }
}
