//! Background work that a window waits for without blocking: a closure on a thread of its own,
//! how far it has got (steps done of a total, a short phase), a cancel flag it checks, and its
//! result handed over once. Opening a folder or project, exporting and building the search index
//! all run as a [`Job`].
//!
//! The work decides where it can stop: it reads [`Progress::is_cancelled`] (or hands
//! [`Progress::cancel_flag`] to code that checks an `AtomicBool`) between steps. Dropping a
//! running job cancels it and returns at once; the thread is not joined, it ends at its next check
//! and its result is thrown away. So a window that closes or opens something else never waits
//! for work nobody wants any more.

use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, PoisonError, mpsc};
use std::time::Instant;

/// Progress changes closer together than this wake the window once: a load counting thousands
/// of files would otherwise ask for thousands of frames.
const NOTIFY_EVERY_MS: u64 = 30;

/// Never notified yet: the first change is shown at once.
const NEVER: u64 = u64::MAX;

type Notify = Box<dyn Fn() + Send + Sync>;

/// How far a piece of work has got and whether it should stop, shared by the thread doing the
/// work and the window showing it. `Default` gives one that tells nobody about changes (for work
/// run on the calling thread).
pub struct Progress {
    done: AtomicUsize,
    total: AtomicUsize,
    phase: Mutex<String>,
    cancelled: AtomicBool,
    notify: Option<Notify>,
    born: Instant,
    /// Milliseconds after `born` of the last notification, or `NEVER`.
    notified: AtomicU64,
}

impl Default for Progress {
    fn default() -> Self {
        Self::with_notify(None)
    }
}

impl std::fmt::Debug for Progress {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Progress")
            .field("counts", &self.counts())
            .field("phase", &self.phase())
            .field("cancelled", &self.is_cancelled())
            .finish_non_exhaustive()
    }
}

impl Progress {
    fn with_notify(notify: Option<Notify>) -> Self {
        Self {
            done: AtomicUsize::new(0),
            total: AtomicUsize::new(0),
            phase: Mutex::new(String::new()),
            cancelled: AtomicBool::new(false),
            notify,
            born: Instant::now(),
            notified: AtomicU64::new(NEVER),
        }
    }

    /// A new stage of `total` steps, none done yet.
    pub fn start(&self, total: usize) {
        self.done.store(0, Ordering::Relaxed);
        self.total.store(total, Ordering::Relaxed);
        self.changed(true);
    }

    /// One more step done.
    pub fn step(&self) {
        self.done.fetch_add(1, Ordering::Relaxed);
        self.changed(false);
    }

    /// `done` of `total` steps, for work that counts for itself.
    pub fn set(&self, done: usize, total: usize) {
        self.done.store(done, Ordering::Relaxed);
        self.total.store(total, Ordering::Relaxed);
        self.changed(false);
    }

    /// What the work is doing now, in a few words ("Checking the export").
    pub fn set_phase(&self, phase: &str) {
        phase.clone_into(&mut self.phase.lock().unwrap_or_else(PoisonError::into_inner));
        self.changed(true);
    }

    pub fn phase(&self) -> String {
        self.phase
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }

    /// `(done, total)`; total is 0 until the work knows how much there is.
    pub fn counts(&self) -> (usize, usize) {
        (
            self.done.load(Ordering::Relaxed),
            self.total.load(Ordering::Relaxed),
        )
    }

    /// The share done, 0 while the total is unknown.
    #[expect(
        clippy::cast_precision_loss,
        reason = "a progress bar needs no more than f32's 24 bits"
    )]
    pub fn fraction(&self) -> f32 {
        let (done, total) = self.counts();
        if total == 0 {
            0.0
        } else {
            (done as f32 / total as f32).min(1.0)
        }
    }

    /// Asks the work to stop at its next check.
    pub fn cancel(&self) {
        self.cancelled.store(true, Ordering::Relaxed);
        self.changed(true);
    }

    pub fn is_cancelled(&self) -> bool {
        self.cancelled.load(Ordering::Relaxed)
    }

    /// The flag behind [`Progress::cancel`], for code that takes an `AtomicBool`.
    pub fn cancel_flag(&self) -> &AtomicBool {
        &self.cancelled
    }

    /// Tells the window, at most every `NOTIFY_EVERY_MS` unless the change must show at once.
    fn changed(&self, always: bool) {
        let Some(notify) = &self.notify else { return };
        let now = u64::try_from(self.born.elapsed().as_millis()).unwrap_or(NEVER - 1);
        let last = self.notified.load(Ordering::Relaxed);
        let due = always || last == NEVER || now.saturating_sub(last) >= NOTIFY_EVERY_MS;
        // Of several threads stepping at once, one notifies.
        if due
            && self
                .notified
                .compare_exchange(last, now, Ordering::Relaxed, Ordering::Relaxed)
                .is_ok()
        {
            notify();
        }
    }

    fn finished(&self) {
        if let Some(notify) = &self.notify {
            notify();
        }
    }
}

/// The work ended without a result: it panicked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("{}", crate::i18n::tr_plain("job-panicked", &[]))]
pub struct Panicked;

/// Work running on a thread of its own; see the module documentation.
#[derive(Debug)]
pub struct Job<T> {
    progress: Arc<Progress>,
    /// `None` once the result was handed over.
    result: Option<mpsc::Receiver<T>>,
}

impl<T: Send + 'static> Job<T> {
    /// Runs `work` on a new thread. `notify` is called when the progress changes (a few times a
    /// second at most) and when the work ends; a window passes its repaint request.
    pub fn start(
        notify: impl Fn() + Send + Sync + 'static,
        work: impl FnOnce(&Progress) -> T + Send + 'static,
    ) -> Self {
        let progress = Arc::new(Progress::with_notify(Some(Box::new(notify))));
        let (send, result) = mpsc::channel();
        let ending = Ending {
            send: Some(send),
            progress: progress.clone(),
        };
        std::thread::spawn(move || {
            let value = work(&ending.progress);
            ending.deliver(value);
        });
        Self {
            progress,
            result: Some(result),
        }
    }
}

impl<T> Job<T> {
    /// The result, once, when the work has ended; `None` while it runs and after it was handed
    /// over.
    pub fn poll(&mut self) -> Option<Result<T, Panicked>> {
        let outcome = match self.result.as_ref()?.try_recv() {
            Ok(value) => Ok(value),
            Err(mpsc::TryRecvError::Empty) => return None,
            Err(mpsc::TryRecvError::Disconnected) => Err(Panicked),
        };
        self.result = None;
        Some(outcome)
    }

    /// Whether the result is still to come.
    pub fn is_running(&self) -> bool {
        self.result.is_some()
    }

    pub fn progress(&self) -> &Progress {
        &self.progress
    }

    /// Asks the work to stop at its next check; its result (often an error saying so) still
    /// arrives through [`Job::poll`].
    pub fn cancel(&self) {
        self.progress.cancel();
    }

    pub fn is_cancelled(&self) -> bool {
        self.progress.is_cancelled()
    }
}

impl<T> Drop for Job<T> {
    /// Cancels without joining: the window never waits for work it no longer wants.
    fn drop(&mut self) {
        if self.result.is_some() {
            self.progress.cancel();
        }
    }
}

/// Sends the result, then wakes the window; on a panic, dropping it closes the channel first,
/// so the window that wakes up finds the job ended either way.
struct Ending<T> {
    send: Option<mpsc::Sender<T>>,
    progress: Arc<Progress>,
}

impl<T> Ending<T> {
    fn deliver(mut self, value: T) {
        if let Some(send) = self.send.take() {
            // Nobody receives when the job was dropped; the result is then not wanted.
            let _ = send.send(value);
        }
    }
}

impl<T> Drop for Ending<T> {
    fn drop(&mut self) {
        drop(self.send.take());
        self.progress.finished();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    fn wait<T>(job: &mut Job<T>) -> Result<T, Panicked> {
        let started = Instant::now();
        loop {
            if let Some(outcome) = job.poll() {
                return outcome;
            }
            assert!(started.elapsed() < Duration::from_secs(20), "the job ends");
            std::thread::sleep(Duration::from_millis(1));
        }
    }

    fn until(what: &str, mut done: impl FnMut() -> bool) {
        let started = Instant::now();
        while !done() {
            assert!(started.elapsed() < Duration::from_secs(20), "{what}");
            std::thread::sleep(Duration::from_millis(1));
        }
    }

    #[test]
    fn the_result_is_handed_over_once() {
        let mut job = Job::start(|| {}, |_| "تم".to_owned());
        assert_eq!(wait(&mut job), Ok("تم".to_owned()));
        assert!(!job.is_running());
        assert_eq!(job.poll(), None, "a second poll has nothing");
    }

    #[test]
    fn progress_and_phase_show_while_the_work_runs() {
        let (go, gate) = mpsc::channel::<()>();
        let mut job = Job::start(
            || {},
            move |progress| {
                progress.set_phase("Reading");
                progress.start(10);
                for _ in 0..3 {
                    progress.step();
                }
                gate.recv().is_ok()
            },
        );
        until("three steps show", || job.progress().counts() == (3, 10));
        assert_eq!(job.progress().phase(), "Reading");
        assert!((job.progress().fraction() - 0.3).abs() < 1e-6);
        assert!(job.is_running());
        assert_eq!(job.poll(), None, "no result while the work waits");
        go.send(()).expect("the job waits");
        assert_eq!(wait(&mut job), Ok(true));
    }

    #[test]
    fn the_work_sees_cancel_and_its_result_still_arrives() {
        let mut job = Job::start(
            || {},
            |progress| {
                let mut rounds = 0_u64;
                while !progress.is_cancelled() {
                    rounds += 1;
                    std::thread::sleep(Duration::from_millis(1));
                }
                rounds
            },
        );
        assert!(!job.is_cancelled());
        job.cancel();
        assert!(job.is_cancelled());
        assert!(
            wait(&mut job).is_ok(),
            "a cancelled job still ends with its result"
        );
    }

    #[test]
    fn dropping_a_running_job_cancels_it_without_waiting() {
        let (told, saw_cancel) = mpsc::channel();
        let job = Job::start(
            || {},
            move |progress| {
                while !progress.cancel_flag().load(Ordering::Relaxed) {
                    std::thread::sleep(Duration::from_millis(1));
                }
                // Sits on after the cancel: dropping must not wait for this.
                std::thread::sleep(Duration::from_millis(300));
                let _ = told.send(());
            },
        );
        let dropped = Instant::now();
        drop(job);
        assert!(
            dropped.elapsed() < Duration::from_millis(200),
            "dropping returns before the work ends"
        );
        saw_cancel
            .recv_timeout(Duration::from_secs(20))
            .expect("the work saw the cancel");
    }

    #[test]
    fn a_panic_in_the_work_ends_the_job_with_an_error() {
        let mut job: Job<()> = Job::start(|| {}, |_| panic!("deliberate"));
        assert_eq!(wait(&mut job), Err(Panicked));
    }

    #[test]
    fn changes_wake_the_window_but_not_once_per_step() {
        let wakes = Arc::new(AtomicUsize::new(0));
        let counter = wakes.clone();
        let steps = 20_000;
        let mut job = Job::start(
            move || {
                counter.fetch_add(1, Ordering::Relaxed);
            },
            move |progress| {
                progress.start(steps);
                for _ in 0..steps {
                    progress.step();
                }
            },
        );
        assert_eq!(wait(&mut job), Ok(()));
        let woken = wakes.load(Ordering::Relaxed);
        assert!(woken >= 2, "the start and the end wake the window: {woken}");
        assert!(woken < 200, "steps are throttled: {woken} wakes");
    }

    #[test]
    fn a_progress_without_a_window_counts_stages() {
        let progress = Progress::default();
        assert!(progress.fraction().abs() < f32::EPSILON, "unknown total");
        progress.start(4);
        progress.step();
        progress.set(3, 4);
        assert_eq!(progress.counts(), (3, 4));
        progress.start(2);
        assert_eq!(progress.counts(), (0, 2), "a new stage starts from none");
    }

    #[test]
    fn a_panic_is_said_in_the_interface_language() {
        use crate::i18n::{Language, in_language};
        let english = in_language(Language::English, || Panicked.to_string());
        assert_eq!(english, "the work stopped unexpectedly");
        let arabic = in_language(Language::Arabic, || Panicked.to_string());
        crate::i18n::assert_arabic(&[arabic], &[english], &["work", "stopped"]);
    }
}
