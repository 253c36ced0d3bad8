//! Arbitrary event logs through replay: nothing panics, and every log that replay accepts could
//! have been produced by commands: driving a fresh case with the command behind each accepted
//! event (through `Case::handle`, the command path) succeeds and gives the same event and the
//! same case. Breach and escalation events, which no command gives, are applied as they are.
//! Replaying while reading (`Replay`, also case by case when the log's cases are grouped) gives
//! what reading the whole log first gives: the same cases and errors, stopping or collecting.
#![no_main]

use lapor_core::{
    read_event_log, synthetic, Case, Command, Context, EventKind, LogErrors, Replay, SlaPolicy,
    WorkingCalendar,
};
use libfuzzer_sys::fuzz_target;

/// The command that produces an event of this kind, if one does.
fn command_of(kind: &EventKind) -> Option<Command> {
    Some(match kind.clone() {
        EventKind::Submitted { report } => Command::Submit { report: Box::new((*report).clone()) },
        EventKind::Disposed { agency, privacy, title, category, tier } => {
            Command::Dispose { agency, privacy, title, category, tier }
        }
        EventKind::Postponed { reason } => Command::Postpone { reason },
        EventKind::Resumed => Command::Resume,
        EventKind::Archived { reason } => Command::Archive { reason },
        EventKind::Deleted { reason } => Command::Delete { reason },
        EventKind::Rerouted { agency } => Command::Reroute { agency },
        EventKind::SubDisposed { unit } => Command::SubDispose { unit },
        EventKind::Declined { reason } => Command::DeclineAuthority { reason },
        EventKind::FollowedUp { text } => Command::FollowUp { text },
        EventKind::Replied { text } => Command::Reply { text },
        EventKind::Closed => Command::Close,
        EventKind::Reopened => Command::Reopen,
        EventKind::Withdrawn => Command::Withdraw,
        EventKind::AutoClosed => Command::AutoClose,
        EventKind::DisposedMany { agencies, tier } => Command::DisposeMany { agencies, tier },
        EventKind::InformationRequestExtended { notice } => {
            Command::ExtendInformationRequest { notice }
        }
        EventKind::Completed { details } => Command::Complete { details },
        EventKind::AutoArchived => Command::AutoArchive,
        EventKind::Reclassified { kind } => Command::Reclassify { kind },
        EventKind::Tagged { tags } => Command::Tag { tags },
        EventKind::CategorySet { category } => Command::SetCategory { category },
        EventKind::ArchivedAsDuplicate { of } => Command::ArchiveAsDuplicate { of },
        EventKind::Rated { score, comment } => Command::Rate { score, comment },
        EventKind::HandedOver { instance, reference } => Command::HandOver { instance, reference },
        EventKind::HandoverReceived { instance, reference } => {
            Command::ReceiveHandover { instance, reference }
        }
        EventKind::Breached { .. } | EventKind::Escalated { .. } => return None,
    })
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let dir = synthetic::directory();
    let (cal, policy) = (WorkingCalendar::indonesia(), SlaPolicy::permenpanrb_62_2018());
    let ctx = Context::new(&dir, &cal, &policy);
    for mode in [LogErrors::Stop, LogErrors::Collect] {
        let whole = read_event_log(text, mode).and_then(|log| match mode {
            LogErrors::Stop => log.into_cases(&ctx).map(|cases| (cases, Vec::new())),
            LogErrors::Collect => Ok(log.into_cases_collecting(&ctx)),
        });
        let stream = |mut replay: Replay<'_>| {
            for (i, line) in text.lines().enumerate() {
                replay.push_line(i + 1, Some(line))?;
            }
            replay.finish()
        };
        assert_eq!(stream(Replay::new(&ctx, mode)), whole);
        match stream(Replay::grouped(&ctx, mode)) {
            Err(e) if e.to_string().contains("shows up again") => {}
            grouped => assert_eq!(grouped, whole),
        }
    }
    let Ok(log) = read_event_log(text, LogErrors::Collect) else {
        return;
    };
    let Ok(cases) = log.into_cases(&ctx) else {
        return;
    };
    // A duplicate's original is one of the log's cases.
    let with_cases = ctx.with_cases(&cases);
    let ctx = &with_cases;
    for replayed in &cases {
        let events = replayed.events();
        let EventKind::Submitted { report } = &events[0].kind else {
            panic!("a replayed case starts with submitted");
        };
        let mut case = Case::submit(
            ctx,
            &events[0].actor,
            events[0].case,
            (**report).clone(),
            events[0].at,
        )
        .expect("an accepted submission is one the command accepts");
        assert_eq!(case.events()[0], events[0]);
        for e in &events[1..] {
            match command_of(&e.kind) {
                Some(command) => {
                    let made = case
                        .handle(ctx, &e.actor, &command, e.at)
                        .expect("an accepted event is one its command accepts");
                    assert_eq!(&made, e);
                }
                None => case.apply(e),
            }
        }
        assert_eq!(&case, replayed);
    }
});
