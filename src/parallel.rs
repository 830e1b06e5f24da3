//! Running independent work on every core: [`map`] over a slice with scoped threads, results in
//! the slice's order. Used where a corpus is read, normalised, saved or loaded one document at a
//! time.

use std::num::NonZeroUsize;
use std::sync::atomic::{AtomicUsize, Ordering};

/// `f` applied to each of `items`, on up to as many threads as there are cores, each thread
/// taking the next item as it finishes one (documents vary in size). At least `min_per_thread`
/// items go to each thread, so a small slice is handled on the caller's thread alone. Results
/// come in the order of `items`. A panic in `f` is passed on to the caller.
pub fn map<T, R, F>(items: &[T], min_per_thread: usize, f: F) -> Vec<R>
where
    T: Sync,
    R: Send,
    F: Fn(&T) -> R + Sync,
{
    let cores = std::thread::available_parallelism().map_or(1, NonZeroUsize::get);
    map_on(cores, items, min_per_thread, f)
}

/// [`map`] on up to `threads` threads whatever the number of cores: for work that mostly waits
/// (flushing files to disk).
pub fn map_on<T, R, F>(threads: usize, items: &[T], min_per_thread: usize, f: F) -> Vec<R>
where
    T: Sync,
    R: Send,
    F: Fn(&T) -> R + Sync,
{
    let threads = threads.min(items.len().div_ceil(min_per_thread.max(1)));
    if threads <= 1 {
        return items.iter().map(f).collect();
    }
    let next = AtomicUsize::new(0);
    let mut done: Vec<(usize, R)> = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..threads)
            .map(|_| {
                scope.spawn(|| {
                    let mut done = Vec::new();
                    loop {
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        let Some(item) = items.get(i) else { break };
                        done.push((i, f(item)));
                    }
                    done
                })
            })
            .collect();
        workers
            .into_iter()
            .flat_map(|w| {
                w.join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
            })
            .collect()
    });
    done.sort_unstable_by_key(|(i, _)| *i);
    done.into_iter().map(|(_, r)| r).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn results_keep_the_order_of_the_items() {
        let items: Vec<usize> = (0..1_000).collect();
        assert_eq!(
            map(&items, 1, |i| i * 2),
            items.iter().map(|i| i * 2).collect::<Vec<_>>()
        );
        assert_eq!(map(&items[..3], 64, |i| i + 1), vec![1, 2, 3]);
        assert!(map(&[] as &[usize], 1, |i| *i).is_empty());
        assert_eq!(map_on(8, &items, 1, |i| i + 1)[999], 1_000);
    }
}
