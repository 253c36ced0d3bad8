//! Random command sequences and JSON lines through the case state machine: nothing panics,
//! every accepted command keeps the events in time order, and a case always equals the replay
//! of its log (also after a JSON Lines round trip).
#![no_main]

use chrono::{DateTime, Duration, TimeZone as _, Utc};
use std::collections::BTreeMap;

use lapor_core::{
    cases_from_events, read_event_log, synthetic, write_event_log, Actor, Case, CategoryTree,
    Command, Context, LogErrors, Privacy, Report, ReportKind, SlaPolicy, Tier, TrackingId,
    WorkingCalendar,
};
use libfuzzer_sys::fuzz_target;

const REPORT: &str = r#"{"kind": "complaint", "title": "Jalan rusak", "body": "Berlubang.",
    "incident_date": "2025-03-01", "channel": "web", "location": {"region": "64.74.01"}}"#;

fn command(op: u8, a: &str, b: &str, text: &str) -> Command {
    match op % 27 {
        0 => Command::Dispose {
            agency: a.into(),
            privacy: Some(Privacy {
                anonymous: op & 16 != 0,
                confidential: op & 32 != 0,
            }),
            title: None,
            category: None,
            tier: Some(if op & 64 != 0 { Tier::FieldCheck } else { Tier::Light }),
        },
        1 => Command::Postpone { reason: text.into() },
        2 => Command::Resume,
        3 => Command::Archive { reason: text.into() },
        4 => Command::Delete { reason: text.into() },
        5 => Command::Reroute { agency: a.into() },
        6 => Command::SubDispose { unit: a.into() },
        7 => Command::DeclineAuthority { reason: text.into() },
        8 => Command::FollowUp { text: text.into() },
        9 => Command::Reply { text: text.into() },
        10 => Command::Close,
        11 => Command::Reopen,
        12 => Command::Withdraw,
        13 => Command::AutoClose,
        14 => Command::ExtendInformationRequest { notice: text.into() },
        15 => Command::Complete { details: text.into() },
        16 => Command::AutoArchive,
        17 => Command::Reclassify {
            kind: ReportKind::ALL[usize::from(op >> 5) % ReportKind::ALL.len()],
        },
        18 => Command::Tag {
            tags: if op & 32 != 0 { vec![text.into()] } else { vec![] },
        },
        19 => Command::SetCategory {
            category: if op & 32 != 0 { "kesehatan" } else { "nowhere" }.into(),
        },
        // 0 is known and earlier, 1 is this case, 2 is known and later, 3 is unknown.
        20 => Command::ArchiveAsDuplicate {
            of: TrackingId(u64::from(op >> 5) % 4),
        },
        21 => Command::Rate {
            score: op >> 5,
            comment: Some(text.into()),
        },
        22 => Command::HandOver {
            instance: a.into(),
            reference: text.into(),
        },
        23 => Command::ReceiveHandover {
            instance: a.into(),
            reference: text.into(),
        },
        24 | 25 => Command::DisposeMany {
            agencies: vec![a.into(), b.into()],
            tier: None,
        },
        _ => Command::Submit {
            report: Box::new(Report::from_json(REPORT).unwrap()),
        },
    }
}

fuzz_target!(|data: &[u8]| {
    let dir = synthetic::directory();
    let (cal, policy) = (WorkingCalendar::indonesia(), SlaPolicy::permenpanrb_62_2018());
    let categories = CategoryTree::from_json(r#"[{"id": "kesehatan", "name": "Kesehatan"}]"#).unwrap();
    let start: DateTime<Utc> = Utc.with_ymd_and_hms(2025, 1, 6, 2, 0, 0).unwrap();
    let known: BTreeMap<TrackingId, DateTime<Utc>> = [
        (TrackingId(0), start - Duration::days(1)),
        (TrackingId(2), start + Duration::days(1)),
    ]
    .into();
    let ctx = Context::new(&dir, &cal, &policy)
        .with_categories(&categories)
        .with_cases(&known);
    let ids: Vec<String> = dir.iter().map(|a| a.id.to_string()).chain(["nowhere".to_string()]).collect();

    // Bytes as JSON lines: reading never panics, and what is read replays or errors cleanly.
    if let Ok(text) = std::str::from_utf8(data) {
        if let Ok(log) = read_event_log(text, LogErrors::Collect) {
            if let Ok(cases) = cases_from_events(&ctx, &log.events) {
                for c in &cases {
                    let _ = c.sla(&ctx, c.last_event_at());
                    let _ = c.due_events(&ctx, c.last_event_at() + Duration::days(90));
                    let _ = c.to_open311(&ctx, c.last_event_at(), &lapor_core::Redactor::default());
                }
            }
        }
        let _ = Command::from_json(text);
    }

    // Bytes as commands: 4 bytes a step (command, actor, agency, hours).
    let Ok(mut case) = Case::submit(&ctx, &Actor::reporter(), TrackingId(1), Report::from_json(REPORT).unwrap(), start) else {
        return;
    };
    let mut at = start;
    for chunk in data.chunks_exact(4) {
        let (op, who, ag, hours) = (chunk[0], chunk[1], chunk[2], chunk[3]);
        // Mostly forward, sometimes backwards in time.
        at += Duration::hours(i64::from(hours) - 8);
        let a = &ids[usize::from(ag) % ids.len()];
        let b = &ids[(usize::from(ag) + usize::from(hours)) % ids.len()];
        let holder = case.holder().agency().map(|h| h.to_string()).unwrap_or_else(|| a.clone());
        let actor = match who % 7 {
            0 => Actor::reporter(),
            1 => Actor::national_admin(),
            2 => Actor::system(),
            3 => Actor::agency_admin(holder.as_str()),
            4 => Actor::liaison(holder.as_str()),
            5 => Actor::agency_admin(a.as_str()),
            _ => Actor::liaison(a.as_str()),
        };
        if op == 255 {
            if let Ok(events) = case.due_events(&ctx, at) {
                for e in &events {
                    case.apply(e);
                }
            }
            continue;
        }
        let before = case.clone();
        match case.handle(&ctx, &actor, &command(op, a, b, "teks"), at) {
            Ok(event) => assert!(event.at >= before.last_event_at()),
            Err(_) => assert_eq!(case, before),
        }
        let _ = case.sla(&ctx, at.max(case.last_event_at()));
    }
    assert_eq!(Case::replay(&ctx, case.events()).unwrap(), case);
    let log = read_event_log(&write_event_log(case.events()), LogErrors::Stop).unwrap();
    assert_eq!(cases_from_events(&ctx, &log.events).unwrap(), vec![case]);
});
