//! One sort for the whole app. `slice::sort_by` is generic over the element and the comparator, so
//! every call site compiled its own copy of the standard library's sort into the wasm (72 copies,
//! 36 KB, measured from the name section for issue 8). Here every call sorts a list of positions
//! through one `dyn` comparator — one copy — and then moves the elements into that order. Stable.

use std::cmp::Ordering;

/// The positions `0..n` in the order `cmp` gives (stable).
fn positions(n: usize, cmp: &dyn Fn(usize, usize) -> Ordering) -> Vec<u32> {
    let mut order: Vec<u32> = (0..n as u32).collect();
    order.sort_by(|&a, &b| cmp(a as usize, b as usize));
    order
}

/// Sorts `v` by `cmp`, keeping equal elements in their order.
pub fn sort_by<T>(v: &mut Vec<T>, cmp: impl Fn(&T, &T) -> Ordering) {
    let order = positions(v.len(), &|a, b| cmp(&v[a], &v[b]));
    let mut slots: Vec<Option<T>> = v.drain(..).map(Some).collect();
    v.extend(order.into_iter().filter_map(|i| slots[i as usize].take()));
}

/// Sorts `v` by the key `key` gives each element (stable).
pub fn sort_by_key<T, K: Ord>(v: &mut Vec<T>, key: impl Fn(&T) -> K) {
    sort_by(v, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `v` and removes repeats.
pub fn sort_dedup<T: Ord>(v: &mut Vec<T>) {
    sort_by(v, T::cmp);
    v.dedup();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_stably_like_the_standard_library() {
        // Pairs sorted by their first half only: equal keys must keep their input order.
        let mut seed = 7u32;
        let mut v: Vec<(u8, u32)> = (0..500)
            .map(|i| {
                seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                ((seed >> 24) as u8 % 13, i)
            })
            .collect();
        let mut expected = v.clone();
        expected.sort_by_key(|x| x.0);
        sort_by_key(&mut v, |x| x.0);
        assert_eq!(v, expected);
        let mut w: Vec<String> = ["b", "a", "c", "a", "b"].map(String::from).to_vec();
        sort_dedup(&mut w);
        assert_eq!(w, ["a", "b", "c"]);
        let mut empty: Vec<u8> = Vec::new();
        sort_by(&mut empty, u8::cmp);
        assert!(empty.is_empty());
    }
}
