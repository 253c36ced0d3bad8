//! Bulk calls on several threads: consecutive slices of the input, each on a scoped thread,
//! the results kept in input order (so they equal one thread's). How work is split, not what
//! it computes: the rules stay in the core.

use pyo3::prelude::*;

/// The number of threads of a `threads=` argument: `None` is one per core, 0 is an error.
pub(crate) fn threads(n: Option<usize>) -> PyResult<usize> {
    match n {
        Some(0) => Err(crate::error::invalid_argument(
            "threads",
            "a number of threads of 1 or more (None: one per core)",
        )),
        Some(n) => Ok(n),
        None => Ok(std::thread::available_parallelism().map_or(1, |n| n.get())),
    }
}

/// `f` over consecutive slices of `items` (at most `threads` of them, none shorter than `min`
/// items, so that a small input stays on this thread), the results in order. A panic in `f`
/// is raised again here.
pub(crate) fn slices<T: Sync, R: Send>(
    items: &[T],
    threads: usize,
    min: usize,
    f: impl Fn(&[T]) -> R + Sync,
) -> Vec<R> {
    let slice = items.len().div_ceil(threads.max(1)).max(min.max(1));
    if slice >= items.len() {
        return vec![f(items)];
    }
    std::thread::scope(|s| {
        let f = &f;
        let handles: Vec<_> = items
            .chunks(slice)
            .map(|part| s.spawn(move || f(part)))
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().unwrap_or_else(|p| std::panic::resume_unwind(p)))
            .collect()
    })
}

/// `f` over every item, on the slices of [`slices`], the results in input order.
pub(crate) fn map<T: Sync, R: Send>(
    items: &[T],
    threads: usize,
    min: usize,
    f: impl Fn(&T) -> R + Sync,
) -> Vec<R> {
    slices(items, threads, min, |part| {
        part.iter().map(&f).collect::<Vec<_>>()
    })
    .into_iter()
    .flatten()
    .collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn slices_keep_the_order_and_respect_the_minimum() {
        let items: Vec<u32> = (0..1000).collect();
        for threads in [1, 2, 3, 8] {
            let parts = super::slices(&items, threads, 10, |p| p.to_vec());
            assert_eq!(parts.concat(), items);
            assert!(parts.len() <= threads);
        }
        assert_eq!(super::slices(&items, 8, 600, |p| p.len()), [600, 400]);
        assert_eq!(super::slices(&items[..5], 8, 10, |p| p.len()), [5]);
        assert_eq!(super::slices::<u32, usize>(&[], 4, 1, |p| p.len()), [0]);
        assert_eq!(
            super::map(&items, 3, 10, |i| i * 2),
            items.iter().map(|i| i * 2).collect::<Vec<_>>()
        );
    }
}
