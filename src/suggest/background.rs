//! Suggestions for a whole corpus on a thread of their own, the document shown first.
//!
//! On a corpus of thousands of articles the corpus pass takes minutes, while the analyst wants
//! the suggestions of the article in front of them now. So [`Background`] hands over each
//! document's suggestions as soon as they are made rather than all at the end, does the document
//! asked for first, and goes to another one the moment [`Background::prefer`] asks for it (the
//! analyst opened it); the rest of the corpus follows in project order, for "accept all of this
//! form in the corpus", on every core. Dropping it cancels the work between two documents.

use std::num::NonZeroUsize;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, PoisonError, mpsc};

use super::{SuggestOptions, Suggester, Suggestion};
use crate::job::{Job, Progress};
use crate::model::{DocId, Project};

/// No document asked for.
const NONE: usize = usize::MAX;

/// Which document to do next: the one asked for when it is not done yet, else the first not
/// done in project order.
#[derive(Debug, Clone)]
pub struct Order {
    done: Vec<bool>,
    /// Every document before it is done.
    cursor: usize,
}

impl Order {
    /// `len` documents, none done.
    pub fn new(len: usize) -> Self {
        Self {
            done: vec![false; len],
            cursor: 0,
        }
    }

    /// The next document, `preferred` if it is one not done yet; marked done. `None` when every
    /// document is.
    pub fn next(&mut self, preferred: Option<usize>) -> Option<usize> {
        let index = match preferred {
            Some(i) if self.done.get(i) == Some(&false) => i,
            _ => {
                while self.done.get(self.cursor) == Some(&true) {
                    self.cursor += 1;
                }
                (self.cursor < self.done.len()).then_some(self.cursor)?
            }
        };
        self.done[index] = true;
        Some(index)
    }
}

/// Suggestions of one document, as [`Background::take`] hands them over.
pub type Made = (DocId, Vec<Suggestion>);

/// Suggestions being made for a corpus; see the module docs.
#[derive(Debug)]
pub struct Background {
    job: Job<()>,
    made: mpsc::Receiver<Made>,
    /// The document to do next, or `NONE`.
    preferred: Arc<AtomicUsize>,
}

impl Background {
    /// Starts suggesting for every document of `project` (`texts` in project order, `None`
    /// where unreadable), document `first` first. `notify` is called as the work goes, at once
    /// when a document asked for is done, and when it ends; a window passes its repaint request.
    pub fn start(
        project: Project,
        texts: Arc<Vec<Option<String>>>,
        options: SuggestOptions,
        first: Option<usize>,
        notify: impl Fn() + Send + Sync + 'static,
    ) -> Self {
        let preferred = Arc::new(AtomicUsize::new(NONE));
        let (send, made) = mpsc::channel();
        let notify = Arc::new(notify);
        let wake = notify.clone();
        let asked = preferred.clone();
        let job = Job::start(
            move || notify(),
            move |progress: &Progress| {
                progress.set_phase("Preparing suggestions");
                let suggester = Suggester::new(&project, options);
                progress.set_phase("Suggesting");
                progress.start(texts.len());
                let mut order = Order::new(texts.len());
                let first = order.next(first);
                let order = Mutex::new(order);
                let next = || {
                    let wanted = Some(asked.swap(NONE, Ordering::Relaxed)).filter(|&i| i != NONE);
                    let i = order
                        .lock()
                        .unwrap_or_else(PoisonError::into_inner)
                        .next(wanted)?;
                    Some((i, wanted == Some(i)))
                };
                // Whether to go on.
                let one = |send: &mpsc::Sender<Made>, i: usize, asked_for: bool| {
                    if progress.is_cancelled() {
                        return false;
                    }
                    if let (Some(Some(text)), Some(doc)) = (texts.get(i), project.documents.get(i))
                    {
                        let suggestions = suggester.document(i, text);
                        if send.send((doc.id.clone(), suggestions)).is_err() {
                            return false;
                        }
                        if asked_for {
                            wake();
                        }
                    }
                    progress.step();
                    true
                };
                let work = |send: mpsc::Sender<Made>| {
                    while let Some((i, asked_for)) = next() {
                        if !one(&send, i, asked_for) {
                            break;
                        }
                    }
                };
                // The document asked for first on its own, so it is the first handed over.
                if let Some(i) = first
                    && !one(&send, i, true)
                {
                    return;
                }
                let cores = std::thread::available_parallelism().map_or(1, NonZeroUsize::get);
                std::thread::scope(|scope| {
                    for _ in 1..cores.min(texts.len()) {
                        let send = send.clone();
                        scope.spawn(|| work(send));
                    }
                    work(send);
                });
            },
        );
        Self {
            job,
            made,
            preferred,
        }
    }

    /// Makes document `index`'s suggestions next, unless they are made already.
    pub fn prefer(&self, index: usize) {
        self.preferred.store(index, Ordering::Relaxed);
    }

    /// The documents' suggestions made since the last call, in the order they were made.
    pub fn take(&mut self) -> Vec<Made> {
        self.made.try_iter().collect()
    }

    /// Whether the work has ended (every document done, cancelled, or failed). Once it has,
    /// [`Background::take`] hands over everything it made.
    pub fn has_ended(&mut self) -> bool {
        !self.job.is_running() || self.job.poll().is_some()
    }

    pub fn progress(&self) -> &Progress {
        self.job.progress()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_document_asked_for_comes_first_then_project_order() {
        let mut order = Order::new(4);
        assert_eq!(order.next(Some(2)), Some(2));
        assert_eq!(order.next(None), Some(0));
        // The analyst opens the last document meanwhile.
        assert_eq!(order.next(Some(3)), Some(3));
        // One done already is not done again.
        assert_eq!(order.next(Some(2)), Some(1));
        assert_eq!(order.next(Some(9)), None);
        assert_eq!(order.next(None), None);
    }

    #[test]
    fn every_document_is_done_once() {
        let mut order = Order::new(3);
        let mut seen = Vec::new();
        while let Some(i) = order.next(Some(1)) {
            seen.push(i);
        }
        assert_eq!(seen, [1, 0, 2]);
    }
}
