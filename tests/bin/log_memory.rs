//! The heap an event log's events and its replayed cases hold, per case, counted by an
//! allocator that adds up what is live (not the resident memory, which adds the allocator's
//! own): `cargo run -q --release -p lapor-tests --bin log-memory [CASES]` on a synthetic log
//! (`synthetic::event_log`, seed 7, 100,000 cases by default).
// A global allocator is an `unsafe` trait; it only counts and hands every call to `System`.
#![allow(unsafe_code)]
use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicIsize, Ordering};
struct Count;
static LIVE: AtomicIsize = AtomicIsize::new(0);
unsafe impl GlobalAlloc for Count {
    unsafe fn alloc(&self, l: Layout) -> *mut u8 {
        LIVE.fetch_add(l.size() as isize, Ordering::Relaxed);
        unsafe { System.alloc(l) }
    }
    unsafe fn dealloc(&self, p: *mut u8, l: Layout) {
        LIVE.fetch_sub(l.size() as isize, Ordering::Relaxed);
        unsafe { System.dealloc(p, l) }
    }
    unsafe fn realloc(&self, p: *mut u8, l: Layout, n: usize) -> *mut u8 {
        LIVE.fetch_add(n as isize - l.size() as isize, Ordering::Relaxed);
        unsafe { System.realloc(p, l, n) }
    }
}
#[global_allocator]
static A: Count = Count;
fn main() {
    use lapor_core::*;
    let n: usize = std::env::args()
        .nth(1)
        .map_or(Ok(100_000), |a| a.parse())
        .expect("CASES: a number of cases");
    let (dir, cal, policy) = (
        synthetic::directory(),
        WorkingCalendar::indonesia(),
        SlaPolicy::default(),
    );
    let ctx = Context::new(&dir, &cal, &policy);
    let text = write_event_log(&synthetic::event_log(&ctx, 7, n).unwrap());
    let base = LIVE.load(Ordering::Relaxed);
    let log = read_event_log(&text, LogErrors::Stop).unwrap();
    let nev = log.events.len();
    let ev = LIVE.load(Ordering::Relaxed) - base;
    println!(
        "events: {nev} ({:.1}/case), Vec<Event>+lines {} B/case, {} B/event; size_of Event {}",
        nev as f64 / n as f64,
        ev / n as isize,
        ev / nev as isize,
        std::mem::size_of::<Event>()
    );
    let b2 = LIVE.load(Ordering::Relaxed);
    let mut replay = Replay::new(&ctx, LogErrors::Stop);
    for (i, l) in text.lines().enumerate() {
        replay.push_line(i + 1, Some(l)).unwrap();
    }
    let (cases, _) = replay.finish().unwrap();
    let live = LIVE.load(Ordering::Relaxed) - b2;
    println!(
        "cases: {} B/case; size_of Case {}, Report {}, Note {}",
        live / n as isize,
        std::mem::size_of::<Case>(),
        std::mem::size_of::<Report>(),
        std::mem::size_of::<Note>()
    );
    drop(log);
    drop(cases);
}
