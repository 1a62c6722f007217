//! Stable ordering of the short lists the core sorts (a few dozen items at most).
//!
//! The standard library's sort is compiled anew for every element type and comparison, about
//! 2 KB of wasm each; this insertion sort is a few hundred bytes and just as stable.

/// Sorts by `key`, largest first, keeping the original order among equals.
pub fn by_key_desc<T>(items: &mut [T], key: impl Fn(&T) -> i64) {
    for i in 1..items.len() {
        let mut j = i;
        while j > 0 && key(&items[j - 1]) < key(&items[j]) {
            items.swap(j - 1, j);
            j -= 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::by_key_desc;

    #[test]
    fn ranking_puts_the_largest_first_and_keeps_ties_in_order() {
        let mut items = vec![(1, 'a'), (3, 'b'), (2, 'c'), (3, 'd'), (1, 'e')];
        by_key_desc(&mut items, |(k, _)| *k);
        assert_eq!(items, vec![(3, 'b'), (3, 'd'), (2, 'c'), (1, 'a'), (1, 'e')]);
    }
}
