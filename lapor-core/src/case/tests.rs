//! Every command and every error kind, through the public API.

use crate::AgencyId;
use crate::World;
use chrono::{DateTime, TimeZone as _, Utc};
use proptest::prelude::*;

use crate::{
    cases_from_events, cases_from_owned_events, read_event_log, synthetic, write_event_log, Actor,
    AgencyDirectory, Budget, Case, Command, Context, Escalation, Event, EventKind, Holder,
    HoldingEnd, LogErrors, Metric, MetricState, Privacy, Report, SlaPolicy, Status, Tier,
    TrackingId, WorkingCalendar,
};

const DIR: &str = r#"[
  {"id": "kemenpanrb", "name": "KemenPANRB", "level": "national"},
  {"id": "pemkot", "name": "Pemerintah Kota Bontang", "level": "regency", "parent": "kemenpanrb", "regions": ["64.74"]},
  {"id": "dinkes", "name": "Dinas Kesehatan Kota Bontang", "level": "opd", "parent": "pemkot"},
  {"id": "puskesmas", "name": "Puskesmas Bontang Utara", "level": "unit", "parent": "dinkes"},
  {"id": "dpupr", "name": "Dinas PUPR Kota Bontang", "level": "opd", "parent": "pemkot"},
  {"id": "kemenkes", "name": "Kementerian Kesehatan", "level": "ministry", "parent": "kemenpanrb"}
]"#;

/// The test directory, Indonesia's calendar and `policy`, as the core's one bundle.
fn world_with(policy: SlaPolicy) -> World {
    World::new(
        AgencyDirectory::from_json(DIR).unwrap(),
        WorkingCalendar::indonesia(),
        policy,
    )
    .unwrap()
}

/// The test world with the default policy.
fn world() -> World {
    world_with(SlaPolicy::permenpanrb_62_2018())
}

/// An instant in UTC, March–April 2026.
fn t(month: u32, day: u32, hour: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, month, day, hour, 0, 0).unwrap()
}

fn report() -> Report {
    Report::from_json(
        r#"{"kind": "complaint", "title": "Obat kosong di puskesmas",
            "body": "Sudah dua minggu obat hipertensi kosong. Saya Budi, 0812-1111-2222.",
            "incident_date": "2026-03-10", "channel": "android",
            "location": {"text": "Jl. Ahmad Yani", "region": "64.74.01",
                         "coordinates": {"lat": 0.13, "lon": 117.49}},
            "category": "kesehatan"}"#,
    )
    .unwrap()
}

fn dispose(agency: &str) -> Command {
    Command::Dispose {
        agency: agency.into(),
        privacy: None,
        title: None,
        category: None,
        tier: None,
    }
}

fn follow_up() -> Command {
    Command::FollowUp {
        text: "Obat sudah dipesan.".into(),
    }
}

/// Submitted Mon 16 Mar 2026 02:00 UTC (09:00 WIB), disposed to dinkes Tue 17 Mar 02:00 UTC.
fn disposed(w: &World) -> Case {
    let ctx = w.context();
    let mut c = Case::submit(
        &ctx,
        &Actor::reporter(),
        TrackingId(7),
        report(),
        t(3, 16, 2),
    )
    .unwrap();
    c.handle(
        &ctx,
        &Actor::national_admin(),
        &dispose("dinkes"),
        t(3, 17, 2),
    )
    .unwrap();
    c
}

/// The code of the error a rejected event's command would have got, and the event's line.
fn reason(e: crate::Error) -> (&'static str, usize) {
    match e {
        crate::Error::EventRejected { reason, line, .. } => (reason.code(), line),
        other => panic!("not a rejected event: {other:?}"),
    }
}

fn code(r: crate::Result<Event>) -> &'static str {
    r.map(|_| ()).unwrap_err().code()
}

/// A case held by an agency that the evaluating context's directory lacks: an error, never a
/// deadline counted in a guessed zone (it used to be WIB).
#[test]
fn an_agency_missing_from_the_directory_is_an_error_not_wib() {
    let w = world();
    let c = disposed(&w);
    let empty = AgencyDirectory::from_json("[]").unwrap();
    let ctx = Context::new(&empty, w.calendar(), w.policy());
    assert_eq!(
        c.sla(&ctx, t(3, 18, 0)).unwrap_err().code(),
        "unknown_agency"
    );
    assert_eq!(
        c.zone(&ctx, t(3, 18, 0)).unwrap_err().code(),
        "unknown_agency"
    );
    assert_eq!(
        c.due_events(&ctx, t(4, 30, 0)).unwrap_err().code(),
        "unknown_agency"
    );
    assert!(c.sla(&w.context(), t(3, 18, 0)).is_ok());
}

#[test]
fn public_labels_and_open311() {
    use crate::Lang;
    let labels: Vec<_> = Status::ALL
        .iter()
        .map(|s| s.public_label(Lang::Id))
        .collect();
    assert_eq!(
        labels,
        [
            "Belum Terverifikasi",
            "Ditunda",
            "Belum Ditindaklanjuti",
            "Proses",
            "Selesai",
            "Diarsipkan",
            "Dihapus"
        ]
    );
    assert_eq!(Status::Archived.public_label(Lang::En), "Archived");
    let closed: Vec<_> = Status::ALL.iter().map(|s| s.open311()).collect();
    assert_eq!(
        closed,
        ["open", "open", "open", "open", "closed", "closed", "closed"]
    );
}

#[test]
fn submit_and_its_errors() {
    let w = world();
    let ctx = w.context();
    let c = Case::submit(
        &ctx,
        &Actor::reporter(),
        TrackingId(7),
        report(),
        t(3, 16, 2),
    )
    .unwrap();
    assert_eq!(c.status(), Status::Submitted);
    assert_eq!(c.holder(), &Holder::NationalAdmin);
    assert_eq!(c.report().tracking_id, Some(TrackingId(7)));
    assert_eq!(c.report().submitted_at, Some(t(3, 16, 2)));
    let e = Case::submit(
        &ctx,
        &Actor::agency_admin("dinkes"),
        TrackingId(7),
        report(),
        t(3, 16, 2),
    )
    .unwrap_err();
    assert_eq!(e.code(), "permission_denied");
    assert_eq!(e.category(), "permission");
    let mut r = report();
    r.target_agency = Some("nowhere".into());
    let e = Case::submit(&ctx, &Actor::reporter(), TrackingId(7), r, t(3, 16, 2)).unwrap_err();
    assert_eq!(e.code(), "unknown_agency");
    // Submit on an existing case.
    let cmd = Command::Submit {
        report: Box::new(report()),
    };
    assert_eq!(
        code(c.decide(&ctx, &Actor::reporter(), &cmd, t(3, 16, 3))),
        "illegal_transition"
    );
}

#[test]
fn dispose_edits_privacy_title_tier() {
    let w = world();
    let ctx = w.context();
    let mut c = Case::submit(
        &ctx,
        &Actor::reporter(),
        TrackingId(7),
        report(),
        t(3, 16, 2),
    )
    .unwrap();
    let cmd = Command::Dispose {
        agency: "dinkes".into(),
        privacy: Some(Privacy {
            anonymous: true,
            confidential: false,
        }),
        title: Some("Stok obat kosong".into()),
        category: Some("kesehatan.obat".into()),
        tier: Some(Tier::NoFieldCheck),
    };
    assert_eq!(
        code(c.decide(&ctx, &Actor::reporter(), &cmd, t(3, 17, 2))),
        "permission_denied"
    );
    assert_eq!(
        code(c.decide(
            &ctx,
            &Actor::national_admin(),
            &dispose("nowhere"),
            t(3, 17, 2)
        )),
        "unknown_agency"
    );
    c.handle(&ctx, &Actor::national_admin(), &cmd, t(3, 17, 2))
        .unwrap();
    assert_eq!(c.status(), Status::Disposed);
    assert!(c.report().is_anonymous());
    assert_eq!(c.report().title, "Stok obat kosong");
    assert_eq!(c.tier(), Tier::NoFieldCheck);
    assert_eq!(c.holder(), &Holder::Agency("dinkes".into()));
    assert_eq!(c.chain()[0].end, Some(HoldingEnd::Disposed));
    assert_eq!(Case::replay(&ctx, c.events()).unwrap(), c);
}

#[test]
fn postpone_pauses_verification() {
    let w = world();
    let ctx = w.context();
    let mut c = Case::submit(
        &ctx,
        &Actor::reporter(),
        TrackingId(7),
        report(),
        t(3, 16, 2),
    )
    .unwrap();
    // Without a pause: 3 working days after Mon 16 Mar (WIB): Tue 17, then 18–24 are holidays
    // and cuti bersama, Wed 25, Thu 26 → due Fri 27 00:00 WIB = Thu 26 17:00 UTC.
    let v = &c.sla(&ctx, t(3, 16, 3)).unwrap()[0];
    assert_eq!(
        (v.metric, v.due, v.state),
        (Metric::Verification, t(3, 26, 17), MetricState::Running)
    );
    let pp = Command::Postpone {
        reason: "lokasi?".into(),
    };
    c.handle(&ctx, &Actor::national_admin(), &pp, t(3, 16, 3))
        .unwrap();
    assert_eq!(c.status(), Status::Postponed);
    assert_eq!(
        c.sla(&ctx, t(3, 17, 3)).unwrap()[0].state,
        MetricState::Paused
    );
    // Paused from Mon 16 10:00 WIB to Wed 25 10:00 WIB: Tue 17 (the only working day wholly
    // inside) does not count. Counting restarts: Wed 25 (partial, counts), Thu 26, Fri 27.
    c.handle(
        &ctx,
        &Actor::national_admin(),
        &Command::Resume,
        t(3, 25, 3),
    )
    .unwrap();
    assert_eq!(c.status(), Status::Submitted);
    let v = &c.sla(&ctx, t(3, 25, 4)).unwrap()[0];
    assert_eq!(v.due, t(3, 27, 17));
    assert_eq!(v.state, MetricState::Running);
    assert_eq!(
        code(c.decide(
            &ctx,
            &Actor::national_admin(),
            &Command::Resume,
            t(3, 25, 5)
        )),
        "illegal_transition"
    );
}

#[test]
fn archive_delete_withdraw() {
    let w = world();
    let ctx = w.context();
    let fresh = || {
        Case::submit(
            &ctx,
            &Actor::reporter(),
            TrackingId(7),
            report(),
            t(3, 16, 2),
        )
        .unwrap()
    };
    let mut c = fresh();
    c.handle(
        &ctx,
        &Actor::national_admin(),
        &Command::Archive {
            reason: "duplikat".into(),
        },
        t(3, 16, 5),
    )
    .unwrap();
    assert_eq!(
        (c.status(), c.closed_reason()),
        (Status::Archived, Some("duplikat"))
    );
    c.handle(
        &ctx,
        &Actor::national_admin(),
        &Command::Delete {
            reason: "spam".into(),
        },
        t(3, 16, 6),
    )
    .unwrap();
    assert_eq!(c.status(), Status::Deleted);
    assert_eq!(c.holder_at(t(3, 16, 7)), None);
    let mut c = fresh();
    assert_eq!(
        code(c.decide(
            &ctx,
            &Actor::national_admin(),
            &Command::Withdraw,
            t(3, 16, 3)
        )),
        "permission_denied"
    );
    c.handle(&ctx, &Actor::reporter(), &Command::Withdraw, t(3, 16, 3))
        .unwrap();
    assert_eq!(
        (c.status(), c.closed_reason()),
        (Status::Archived, Some("withdrawn"))
    );
    // Withdraw after a disposition (declined back to the admin) is refused.
    let mut c = disposed(&w);
    c.handle(
        &ctx,
        &Actor::agency_admin("dinkes"),
        &Command::DeclineAuthority { reason: "x".into() },
        t(3, 17, 3),
    )
    .unwrap();
    assert_eq!(c.status(), Status::Submitted);
    assert_eq!(
        code(c.decide(&ctx, &Actor::reporter(), &Command::Withdraw, t(3, 17, 4))),
        "illegal_transition"
    );
}

#[test]
fn chain_sub_dispose_decline_reroute() {
    let w = world();
    let ctx = w.context();
    let mut c = disposed(&w);
    let admin = Actor::agency_admin("dinkes");
    // Outside the subtree, and not even below: both outside_subtree.
    let e = c
        .decide(
            &ctx,
            &admin,
            &Command::SubDispose {
                unit: "dpupr".into(),
            },
            t(3, 17, 3),
        )
        .unwrap_err();
    assert_eq!((e.code(), e.category()), ("outside_subtree", "permission"));
    assert_eq!(
        code(c.decide(
            &ctx,
            &admin,
            &Command::SubDispose {
                unit: "dinkes".into()
            },
            t(3, 17, 3)
        )),
        "outside_subtree"
    );
    assert_eq!(
        code(c.decide(
            &ctx,
            &admin,
            &Command::SubDispose {
                unit: "nowhere".into()
            },
            t(3, 17, 3)
        )),
        "unknown_agency"
    );
    // Only agency admins sub-dispose.
    assert_eq!(
        code(c.decide(
            &ctx,
            &Actor::liaison("dinkes"),
            &Command::SubDispose {
                unit: "puskesmas".into()
            },
            t(3, 17, 3)
        )),
        "permission_denied"
    );
    c.handle(
        &ctx,
        &admin,
        &Command::SubDispose {
            unit: "puskesmas".into(),
        },
        t(3, 17, 3),
    )
    .unwrap();
    assert_eq!(c.holder(), &Holder::Agency("puskesmas".into()));
    assert_eq!(c.path().len(), 3);
    // The dinkes admin may not decline for the unit that holds it.
    let decline = Command::DeclineAuthority {
        reason: "bukan wewenang".into(),
    };
    assert_eq!(
        code(c.decide(&ctx, &admin, &decline, t(3, 17, 4))),
        "permission_denied"
    );
    // The unit declines: back to dinkes, status unchanged.
    c.handle(&ctx, &Actor::liaison("puskesmas"), &decline, t(3, 17, 4))
        .unwrap();
    assert_eq!(c.holder(), &Holder::Agency("dinkes".into()));
    assert_eq!(c.status(), Status::Disposed);
    assert_eq!(c.declined(), &["puskesmas".into()]);
    assert_eq!(
        code(c.decide(
            &ctx,
            &admin,
            &Command::SubDispose {
                unit: "puskesmas".into()
            },
            t(3, 17, 5)
        )),
        "already_declined"
    );
    // Reroute to the ministry; a reroute to a declined agency is refused.
    let e = c
        .decide(
            &ctx,
            &Actor::national_admin(),
            &Command::Reroute {
                agency: "puskesmas".into(),
            },
            t(3, 17, 5),
        )
        .unwrap_err();
    assert_eq!(e.code(), "already_declined");
    assert_eq!(
        code(c.decide(
            &ctx,
            &Actor::national_admin(),
            &Command::Reroute {
                agency: "nowhere".into()
            },
            t(3, 17, 5)
        )),
        "unknown_agency"
    );
    c.handle(
        &ctx,
        &Actor::national_admin(),
        &Command::Reroute {
            agency: "kemenkes".into(),
        },
        t(3, 17, 5),
    )
    .unwrap();
    assert_eq!(c.holder(), &Holder::Agency("kemenkes".into()));
    // The old holder is now outside the chain.
    let e = c
        .decide(&ctx, &admin, &follow_up(), t(3, 17, 6))
        .unwrap_err();
    assert_eq!(
        e.to_json(),
        r#"{"code":"permission_denied","role":"agency_admin","command":"follow_up","agency":"dinkes","reason":"outside_chain"}"#
    );
    // The ministry declines: back to the national admin, who disposes again.
    c.handle(
        &ctx,
        &Actor::agency_admin("kemenkes"),
        &decline,
        t(3, 17, 6),
    )
    .unwrap();
    assert_eq!(
        (c.status(), c.holder()),
        (Status::Submitted, &Holder::NationalAdmin)
    );
    assert_eq!(
        code(c.decide(
            &ctx,
            &Actor::national_admin(),
            &dispose("kemenkes"),
            t(3, 17, 7)
        )),
        "already_declined"
    );
    c.handle(
        &ctx,
        &Actor::national_admin(),
        &dispose("dpupr"),
        t(3, 17, 7),
    )
    .unwrap();
    // Every moment is attributed to its holder.
    assert_eq!(c.holder_at(t(3, 16, 2)), Some(&Holder::NationalAdmin));
    assert_eq!(
        c.holder_at(t(3, 17, 2)),
        Some(&Holder::Agency("dinkes".into()))
    );
    assert_eq!(
        c.holder_at(t(3, 17, 3)),
        Some(&Holder::Agency("puskesmas".into()))
    );
    assert_eq!(
        c.holder_at(t(3, 17, 4)),
        Some(&Holder::Agency("dinkes".into()))
    );
    assert_eq!(c.holder_at(t(3, 17, 6)), Some(&Holder::NationalAdmin));
    assert_eq!(
        c.holder_at(t(3, 18, 0)),
        Some(&Holder::Agency("dpupr".into()))
    );
    assert_eq!(c.holder_at(t(3, 16, 1)), None);
    let ends: Vec<_> = c.chain().iter().map(|h| h.end).collect();
    assert_eq!(
        ends,
        [
            Some(HoldingEnd::Disposed),
            Some(HoldingEnd::SubDisposed),
            Some(HoldingEnd::Declined),
            Some(HoldingEnd::Rerouted),
            Some(HoldingEnd::Declined),
            Some(HoldingEnd::Disposed),
            None
        ]
    );
    assert_eq!(Case::replay(&ctx, c.events()).unwrap(), c);
}

#[test]
fn follow_up_reply_close_reopen() {
    let w = world();
    let ctx = w.context();
    let mut c = disposed(&w);
    let reply = Command::Reply {
        text: "Belum".into(),
    };
    assert_eq!(
        code(c.decide(&ctx, &Actor::reporter(), &reply, t(3, 17, 3))),
        "illegal_transition"
    );
    assert_eq!(
        code(c.decide(&ctx, &Actor::reporter(), &follow_up(), t(3, 17, 3))),
        "permission_denied"
    );
    let no_agency = Actor {
        role: crate::Role::AgencyAdmin,
        agency: None,
    };
    let e = c
        .decide(&ctx, &no_agency, &follow_up(), t(3, 17, 3))
        .unwrap_err();
    assert!(e.to_json().contains("no_agency"), "{e}");
    c.handle(
        &ctx,
        &Actor::agency_admin("dinkes"),
        &follow_up(),
        t(3, 25, 3),
    )
    .unwrap();
    assert_eq!(c.status(), Status::InProgress);
    c.handle(&ctx, &Actor::reporter(), &reply, t(3, 25, 4))
        .unwrap();
    assert_eq!(c.replies().len(), 1);
    assert_eq!(
        code(c.decide(
            &ctx,
            &Actor::liaison("puskesmas"),
            &Command::Close,
            t(3, 25, 5)
        )),
        "permission_denied"
    );
    c.handle(
        &ctx,
        &Actor::agency_admin("pemkot"),
        &Command::Close,
        t(3, 26, 5),
    )
    .unwrap_err();
    c.handle(
        &ctx,
        &Actor::agency_admin("dinkes"),
        &Command::Close,
        t(3, 26, 5),
    )
    .unwrap();
    assert_eq!(
        (c.status(), c.resolved_at()),
        (Status::Resolved, Some(t(3, 26, 5)))
    );
    // Reopen window: 10 working days after Thu 26 Mar (WITA): 27, 30, 31, 1, 2, 6, 7, 8, 9, 10
    // April (3 and 5 April are holidays) → closes Sat 11 Apr 00:00 WITA = Fri 10 Apr 16:00 UTC.
    let e = c
        .decide(&ctx, &Actor::reporter(), &Command::Reopen, t(4, 10, 16))
        .unwrap_err();
    assert_eq!(
        e,
        crate::Error::WindowClosed {
            closed_at: t(4, 10, 16)
        }
    );
    c.decide(&ctx, &Actor::reporter(), &Command::Reopen, t(4, 10, 15))
        .unwrap();
    // The national admin may reopen later.
    c.handle(
        &ctx,
        &Actor::national_admin(),
        &Command::Reopen,
        t(4, 20, 1),
    )
    .unwrap();
    assert_eq!((c.status(), c.resolved_at()), (Status::InProgress, None));
    assert_eq!(Case::replay(&ctx, c.events()).unwrap(), c);
}

#[test]
fn time_backwards_and_auto_close() {
    let w = world();
    let ctx = w.context();
    let mut c = disposed(&w);
    let e = c
        .decide(
            &ctx,
            &Actor::agency_admin("dinkes"),
            &follow_up(),
            t(3, 17, 1),
        )
        .unwrap_err();
    assert_eq!(
        e,
        crate::Error::TimeBackwards {
            last: t(3, 17, 2),
            at: t(3, 17, 1)
        }
    );
    assert_eq!(e.category(), "transition");
    assert_eq!(
        code(c.decide(&ctx, &Actor::system(), &Command::AutoClose, t(3, 20, 1))),
        "illegal_transition"
    );
    // Follow-up Wed 25 Mar 11:00 WITA; reply window: 26, 27, 30, 31 Mar, 1, 2, 6, 7, 8, 9 Apr
    // → due Fri 10 Apr 00:00 WITA = Thu 9 Apr 16:00 UTC.
    c.handle(&ctx, &Actor::liaison("dinkes"), &follow_up(), t(3, 25, 3))
        .unwrap();
    let e = c
        .decide(&ctx, &Actor::system(), &Command::AutoClose, t(4, 9, 15))
        .unwrap_err();
    assert_eq!(e, crate::Error::NotDue { due: t(4, 9, 16) });
    assert_eq!(
        code(c.decide(&ctx, &Actor::reporter(), &Command::AutoClose, t(4, 9, 16))),
        "permission_denied"
    );
    // Completion (normative, 5 working days after Tue 17 Mar WITA: 25, 26, 27, 30, 31) is due
    // Wed 1 Apr 00:00 WITA = Tue 31 Mar 16:00 UTC; first follow-up met.
    let sla = c.sla(&ctx, t(4, 1, 0)).unwrap();
    let by = |m| sla.iter().find(|s| s.metric == m).unwrap();
    assert_eq!(by(Metric::FirstFollowUp).state, MetricState::Met);
    assert_eq!(by(Metric::Completion).state, MetricState::Breached);
    assert_eq!(by(Metric::Completion).breached_at, Some(t(3, 31, 16)));
    assert_eq!(
        by(Metric::Completion).responsible,
        Holder::Agency("dinkes".into())
    );
    assert_eq!(by(Metric::Completion).target, Budget::WorkingDays(5));
    assert_eq!(by(Metric::Completion).used, 5);
    assert_eq!(by(Metric::Verification).state, MetricState::Met);
    assert_eq!(by(Metric::ReplyWindow).due, t(4, 9, 16));
    // due_events: the breach, its escalation to the parent, then the auto-close.
    assert!(c.due_events(&ctx, t(3, 31, 15)).unwrap().is_empty());
    let due = c.due_events(&ctx, t(4, 30, 0)).unwrap();
    let kinds: Vec<_> = due.iter().map(|e| (e.at, e.kind.clone())).collect();
    assert_eq!(
        kinds,
        [
            (
                t(3, 31, 16),
                EventKind::Breached {
                    metric: Metric::Completion,
                    round: 1,
                    branch: None,
                    due: t(3, 31, 16)
                }
            ),
            (
                t(3, 31, 16),
                EventKind::Escalated {
                    metric: Metric::Completion,
                    round: 1,
                    branch: None,
                    to: Holder::Agency("pemkot".into())
                }
            ),
            (t(4, 9, 16), EventKind::AutoClosed),
        ]
    );
    assert_eq!(
        code(c.decide(&ctx, &Actor::system(), &Command::AutoClose, t(3, 20, 1))),
        "time_backwards"
    );
    let mut d = c.clone();
    d.handle(&ctx, &Actor::system(), &Command::AutoClose, t(4, 9, 16))
        .unwrap();
    assert_eq!(d.status(), Status::Resolved);
    c.advance(&ctx, t(4, 30, 0)).unwrap();
    assert_eq!(c.status(), Status::Resolved);
    assert_eq!(c.breaches().len(), 1);
    assert!(c.due_events(&ctx, t(4, 30, 0)).unwrap().is_empty());
    assert_eq!(
        code(
            c.due_events(&ctx, t(3, 1, 0))
                .map(|_| c.events()[0].clone())
        ),
        "time_backwards"
    );
    // A reply after the follow-up stops the reply window: no auto-close.
    let mut d = disposed(&w);
    d.handle(&ctx, &Actor::liaison("dinkes"), &follow_up(), t(3, 25, 3))
        .unwrap();
    d.handle(
        &ctx,
        &Actor::national_admin(),
        &Command::Reply {
            text: "Mohon dipercepat".into(),
        },
        t(3, 25, 4),
    )
    .unwrap();
    assert_eq!(
        code(d.decide(&ctx, &Actor::system(), &Command::AutoClose, t(4, 20, 0))),
        "illegal_transition"
    );
    assert!(!d
        .due_events(&ctx, t(4, 20, 0))
        .unwrap()
        .iter()
        .any(|e| e.kind == EventKind::AutoClosed));
}

#[test]
fn escalation_rules() {
    let mut policy = SlaPolicy::permenpanrb_62_2018();
    policy.escalation = Escalation::None;
    let w = world_with(policy.clone());
    let mut c = disposed(&w);
    let events = c.advance(&w.context(), t(4, 30, 0)).unwrap();
    assert_eq!(events.len(), 2, "{events:?}"); // two breaches, no escalation
    policy.escalation = Escalation::Agency("kemenkes".into());
    let w = world_with(policy);
    let c = disposed(&w);
    let events = c.due_events(&w.context(), t(4, 30, 0)).unwrap();
    assert!(events.iter().any(|e| e.kind
        == EventKind::Escalated {
            metric: Metric::FirstFollowUp,
            round: 1,
            branch: None,
            to: Holder::Agency("kemenkes".into())
        }));
}

#[test]
fn policy_overrides_and_json() {
    let p = SlaPolicy::from_json(
        r#"{"name": "lokal",
            "kinds": {"complaint": {"completion_normative": {"working_days": 7}, "first_follow_up": {"working_days": 4}}},
            "agencies": {"pemkot": {"completion_normative": {"working_days": 8}},
                         "dinkes": {"first_follow_up": {"working_hours": 4}}},
            "escalation": {"agency": "kemenkes"}}"#,
    )
    .unwrap();
    assert_eq!(SlaPolicy::from_json(&p.to_json()).unwrap(), p);
    let dir = AgencyDirectory::from_json(DIR).unwrap();
    let kind = crate::ReportKind::Complaint;
    let t0 = p.targets_for(kind, None, &dir);
    assert_eq!(
        (t0.completion(Tier::Normative), t0.first_follow_up),
        (Budget::WorkingDays(7), Budget::WorkingDays(4))
    );
    let t1 = p.targets_for(kind, Some(&"puskesmas".into()), &dir);
    assert_eq!(t1.completion(Tier::Normative), Budget::WorkingDays(8));
    assert_eq!(t1.first_follow_up, Budget::WorkingHours(4));
    assert_eq!(t1.verification, Budget::WorkingDays(3));
    let t2 = p.targets_for(
        crate::ReportKind::Aspiration,
        Some(&"kemenkes".into()),
        &dir,
    );
    assert_eq!(t2, SlaPolicy::permenpanrb_62_2018().defaults);
    let e =
        SlaPolicy::from_json(r#"{"defaults": {"verifikasi": {"working_days": 1}}}"#).unwrap_err();
    assert_eq!(e.code(), "json");
    assert_eq!(
        SlaPolicy::from_json("{}").unwrap(),
        SlaPolicy::permenpanrb_62_2018()
    );
}

#[test]
fn information_request_metric() {
    let w = world();
    let ctx = w.context();
    let mut r = report();
    r.kind = crate::ReportKind::InformationRequest;
    let mut c = Case::submit(&ctx, &Actor::reporter(), TrackingId(9), r, t(3, 16, 2)).unwrap();
    c.handle(
        &ctx,
        &Actor::national_admin(),
        &dispose("dinkes"),
        t(3, 17, 2),
    )
    .unwrap();
    let sla = c.sla(&ctx, t(3, 17, 3)).unwrap();
    let metrics: Vec<_> = sla.iter().map(|m| m.metric).collect();
    assert_eq!(
        metrics,
        [
            Metric::Verification,
            Metric::FirstFollowUp,
            Metric::InformationRequest
        ]
    );
    // 10 working days after Mon 16 Mar, counted in the holder's zone (WITA): 17, 25, 26, 27, 30,
    // 31 Mar, 1, 2, 6, 7 Apr → due Wed 8 Apr 00:00 WITA = Tue 7 Apr 16:00 UTC.
    assert_eq!(sla[2].due, t(4, 7, 16));
}

#[test]
fn wrong_case_and_log_lines() {
    let w = world();
    let ctx = w.context();
    let a = disposed(&w);
    let mut b = Case::submit(
        &ctx,
        &Actor::reporter(),
        TrackingId(8),
        report(),
        t(3, 16, 2),
    )
    .unwrap();
    b.handle(
        &ctx,
        &Actor::national_admin(),
        &dispose("kemenkes"),
        t(3, 16, 5),
    )
    .unwrap();
    let e = a.check_event(&ctx, &b.events()[1]).unwrap_err();
    assert_eq!(
        e,
        crate::Error::WrongCase {
            expected: 7,
            found: 8
        }
    );
    let mixed = [a.events()[0].clone(), b.events()[1].clone()];
    assert_eq!(
        reason(Case::replay(&ctx, &mixed).unwrap_err()),
        ("wrong_case", 2)
    );
    let first_not_submit = [a.events()[1].clone()];
    assert_eq!(
        reason(Case::replay(&ctx, &first_not_submit).unwrap_err()),
        ("illegal_transition", 1)
    );
    // Interleaved log: round trip, grouping.
    let mut all: Vec<Event> = a.events().iter().chain(b.events()).cloned().collect();
    all.sort_by_key(|e| e.at);
    let text = write_event_log(&all);
    assert!(text.contains(r#""at":"2026-03-16T02:00:00Z""#), "{text}");
    let log = read_event_log(&text, LogErrors::Stop).unwrap();
    assert_eq!(log.events, all);
    let cases = cases_from_events(&ctx, &log.events).unwrap();
    assert_eq!(cases, [a.clone(), b.clone()]);
    // Bad lines.
    let bad = format!("{}\n\n{{\"case\": 7}}\nnot json\n", text.trim_end());
    let e = read_event_log(&bad, LogErrors::Stop).unwrap_err();
    assert_eq!(e.code(), "log_line");
    assert_eq!(e.category(), "parse");
    let crate::Error::LogLine { line, .. } = e else {
        panic!()
    };
    assert_eq!(line, 6);
    let log = read_event_log(&bad, LogErrors::Collect).unwrap();
    assert_eq!(log.events.len(), 4);
    let lines: Vec<_> = log
        .errors
        .iter()
        .map(|e| match e {
            crate::Error::LogLine { line, .. } => *line,
            _ => 0,
        })
        .collect();
    assert_eq!(lines, [6, 7]);
    // Events out of time order within a case.
    let backwards = [a.events()[1].clone(), a.events()[0].clone()];
    let mut c = Case::replay(&ctx, &a.events()[..1]).unwrap();
    assert!(c.check_event(&ctx, &backwards[0]).is_ok());
    c.apply(&backwards[0]);
    assert_eq!(
        c.check_event(&ctx, &backwards[1]).unwrap_err().code(),
        "time_backwards"
    );
}

#[test]
fn open311_export() {
    let w = world();
    let ctx = w.context();
    let c = disposed(&w);
    let redactor = crate::Redactor::default();
    let o = c.to_open311(&ctx, t(3, 18, 0), &redactor).unwrap();
    assert_eq!(o.service_request_id, "7");
    assert_eq!(
        (o.status, o.status_notes.as_str()),
        ("open", "Belum Ditindaklanjuti")
    );
    assert_eq!(o.agency_responsible, "Dinas Kesehatan Kota Bontang");
    assert_eq!(o.requested_datetime, "2026-03-16T02:00:00Z");
    assert_eq!(o.updated_datetime, "2026-03-17T02:00:00Z");
    assert_eq!(o.expected_datetime.as_deref(), Some("2026-03-31T16:00:00Z"));
    // Public: the body redacted (the reporter's name and phone are in it).
    let public_body = "Sudah dua minggu obat hipertensi kosong. Saya [PERSON], [PHONE].";
    assert_eq!(o.description.as_deref(), Some(public_body));
    // No coordinates: the public view has none (a reporter's position may be their home).
    assert_eq!((o.lat, o.long), (None, None));
    assert_eq!(o.address_id.as_deref(), Some("64.74.01"));
    let json: serde_json::Value = serde_json::from_str(&o.to_json()).unwrap();
    assert!(json.get("long").is_none() && json.get("lat").is_none());
    assert_eq!(json["service_name"], "complaint / kesehatan");
    // Anonymous: the redacted body. Confidential: no description, no place at all.
    for (privacy, want) in [
        (
            Privacy {
                anonymous: true,
                confidential: false,
            },
            Some(public_body.to_string()),
        ),
        (
            Privacy {
                anonymous: false,
                confidential: true,
            },
            None,
        ),
        (
            Privacy {
                anonymous: true,
                confidential: true,
            },
            None,
        ),
    ] {
        let mut r = report();
        r.privacy = privacy;
        let mut c = Case::submit(&ctx, &Actor::reporter(), TrackingId(8), r, t(3, 16, 2)).unwrap();
        // Before verification nothing but existence is public, whatever the flags.
        let o = c.to_open311(&ctx, t(3, 16, 3), &redactor).unwrap();
        assert_eq!(o.description, None);
        assert_eq!(o.agency_responsible, "SP4N-LAPOR! (Admin Nasional)");
        assert_eq!(o.expected_datetime.as_deref(), Some("2026-03-26T17:00:00Z"));
        c.handle(
            &ctx,
            &Actor::national_admin(),
            &dispose("dinkes"),
            t(3, 17, 2),
        )
        .unwrap();
        let o = c.to_open311(&ctx, t(3, 17, 3), &redactor).unwrap();
        assert_eq!(o.description, want);
        assert!(o.lat.is_none() && o.long.is_none());
        assert_eq!(o.address_id.is_some(), want.is_some());
        assert!(!o.to_json().contains("description") || want.is_some());
        assert!(!o.to_json().contains("Budi"));
    }
    let mut c = disposed(&w);
    c.handle(&ctx, &Actor::liaison("dinkes"), &follow_up(), t(3, 25, 3))
        .unwrap();
    c.handle(&ctx, &Actor::national_admin(), &Command::Close, t(3, 25, 4))
        .unwrap();
    let o = c.to_open311(&ctx, t(3, 26, 0), &redactor).unwrap();
    assert_eq!((o.status, o.expected_datetime), ("closed", None));
}

#[test]
fn commands_and_events_json() {
    // Unknown fields are errors, also in an event's flattened kind and in its actor: a
    // misspelled field never silently changes what a log says.
    for bad in [
        r#"{"command": "dispose", "agency": "pemkot", "agensi": "x"}"#,
        r#"{"command": "close", "reason": "x"}"#,
    ] {
        assert_eq!(Command::from_json(bad).unwrap_err().code(), "json", "{bad}");
    }
    for bad in [
        r#"{"case":1,"at":"2026-03-16T03:00:00Z","actor":{"role":"national_admin"},"event":"disposed","agency":"x","privasi":{}}"#,
        r#"{"case":1,"at":"2026-03-16T03:00:00Z","actor":{"role":"agency_admin","agencyy":"x"},"event":"closed"}"#,
        r#"{"case":1,"at":"2026-03-16T03:00:00Z","actor":{"role":"national_admin"},"event":"closed","by":"x"}"#,
    ] {
        assert_eq!(Event::from_json(bad).unwrap_err().code(), "json", "{bad}");
    }
    let good = r#"{"case":1,"at":"2026-03-16T03:00:00Z","actor":{"role":"national_admin"},"event":"disposed","agency":"x"}"#;
    assert!(Event::from_json(good).is_ok());
    let cmd = Command::from_json(r#"{"command": "sub_dispose", "unit": "puskesmas"}"#).unwrap();
    assert_eq!(
        cmd,
        Command::SubDispose {
            unit: "puskesmas".into()
        }
    );
    assert_eq!(Command::from_json(&cmd.to_json()).unwrap(), cmd);
    assert_eq!(
        Command::from_json(r#"{"command": "fly"}"#)
            .unwrap_err()
            .code(),
        "json"
    );
    let w = world();
    let c = disposed(&w);
    for e in c.events() {
        assert_eq!(&Event::from_json(&e.to_json()).unwrap(), e);
    }
    assert!(c.events()[1].to_json().contains(r#""event":"disposed""#));
}

/// Replaying while reading gives what reading the whole log and then replaying it gives: the
/// same cases, the same errors when collecting (unreadable lines, then rejections), and, when
/// stopping, the first error in line order.
#[test]
fn streamed_replay_matches_read_then_replay() {
    let dir = synthetic::directory();
    let (cal, policy) = (WorkingCalendar::indonesia(), SlaPolicy::default());
    let ctx = Context::new(&dir, &cal, &policy);
    let mut events = synthetic::event_log(&ctx, 9, 60).unwrap();
    // One case's last event moved to the front (it is rejected there: no submission yet).
    let last = events.pop().unwrap();
    events.insert(0, last);
    let mut lines: Vec<String> = events.iter().map(|e| e.to_json()).collect();
    lines.insert(5, "not json".to_string());
    lines.insert(9, String::new());
    let text = lines.join("\n");
    let whole = read_event_log(&text, LogErrors::Collect).unwrap();
    let (cases, errors) = whole.into_cases_collecting(&ctx);
    let mut replay = crate::Replay::new(&ctx, LogErrors::Collect);
    for (i, line) in text.lines().enumerate() {
        replay.push_line(i + 1, Some(line)).unwrap();
    }
    let (streamed, streamed_errors) = replay.finish().unwrap();
    assert_eq!(streamed, cases);
    assert_eq!(streamed_errors, errors);
    assert_eq!(
        errors.iter().map(crate::Error::code).collect::<Vec<_>>(),
        ["log_line", "event_rejected"]
    );
    // Stopping: the bad line 6 is the error, as reading the whole log first finds it before
    // replaying (the rejection on line 1 is kept until the end, and returned without it).
    let stop = |text: &str| {
        let mut replay = crate::Replay::new(&ctx, LogErrors::Stop);
        for (i, line) in text.lines().enumerate() {
            replay.push_line(i + 1, Some(line))?;
        }
        replay.finish()
    };
    let first = stop(&text).unwrap_err();
    let whole = read_event_log(&text, LogErrors::Stop).unwrap_err();
    assert_eq!(
        (first.code(), first.to_string()),
        (whole.code(), whole.to_string())
    );
    let no_bad_line = text.replace("not json", "");
    let first = stop(&no_bad_line).unwrap_err();
    let whole = read_event_log(&no_bad_line, LogErrors::Stop)
        .and_then(|log| log.into_cases(&ctx))
        .unwrap_err();
    assert_eq!(first.code(), "event_rejected");
    assert_eq!(first.to_string(), whole.to_string());
    assert!(
        first.to_string().starts_with("event log line 1 "),
        "{first}"
    );
    // Case by case: a log grouped by case gives the same cases and errors, handed over as
    // each case ends, with one case rejected (its last event first) and a bad line inside
    // another case's lines.
    let mut groups: Vec<Vec<String>> = cases
        .iter()
        .map(|c| c.events().iter().map(|e| e.to_json()).collect())
        .collect();
    groups[3].rotate_right(1);
    groups[5].insert(1, "not json".to_string());
    let grouped_text = groups.concat().join("\n");
    let whole = read_event_log(&grouped_text, LogErrors::Collect).unwrap();
    let (want, want_errors) = whole.into_cases_collecting(&ctx);
    assert_eq!(want.len(), cases.len() - 1);
    let mut replay = crate::Replay::grouped(&ctx, LogErrors::Collect);
    let mut got = Vec::new();
    for (i, line) in grouped_text.lines().enumerate() {
        replay.push_line(i + 1, Some(line)).unwrap();
        let done = replay.take_done();
        assert!(done.len() <= 1);
        got.extend(done);
    }
    let (rest, got_errors) = replay.finish().unwrap();
    got.extend(rest);
    assert_eq!((got, got_errors), (want, want_errors));
    // The time-ordered log interleaves cases: refused case by case, even when collecting.
    let mut replay = crate::Replay::grouped(&ctx, LogErrors::Collect);
    let err = text
        .lines()
        .enumerate()
        .find_map(|(i, line)| replay.push_line(i + 1, Some(line)).err())
        .unwrap();
    assert_eq!(err.code(), "log_line");
    assert!(err.to_string().contains("shows up again"), "{err}");
    // Rows: the same cases from the flat columnar form.
    let events: Vec<&Event> = cases.iter().flat_map(|c| c.events()).collect();
    let mut replay = crate::Replay::new(&ctx, LogErrors::Stop);
    for e in &events {
        replay
            .push_row(crate::EventRow {
                case: e.case.0,
                at_micros: e.at.timestamp_micros(),
                event: e.kind.as_str(),
                actor_role: e.actor.role.as_str(),
                actor_agency: e.actor.agency.as_ref().map(|a| a.as_str()),
                payload: &e.payload(),
                seq: None,
            })
            .unwrap();
    }
    assert_eq!(replay.finish().unwrap().0, cases);
}

#[test]
fn synthetic_log_replays() {
    let dir = synthetic::directory();
    assert!(dir.len() >= 50, "{}", dir.len());
    let (cal, policy) = (
        WorkingCalendar::indonesia(),
        SlaPolicy::permenpanrb_62_2018(),
    );
    let ctx = Context::new(&dir, &cal, &policy);
    let events = synthetic::event_log(&ctx, 42, 400).unwrap();
    let per_case = events.len() as f64 / 400.0;
    assert!((5.0..10.0).contains(&per_case), "{per_case}");
    let cases = cases_from_events(&ctx, &events).unwrap();
    assert_eq!(cases.len(), 400);
    assert_eq!(
        cases_from_owned_events(&ctx, events.clone()).unwrap(),
        cases
    );
    // The replayed events and cases share the directory's copy of each agency id.
    let shared = |id: &AgencyId| id.same_text(&dir.get(id).unwrap().id);
    let holders: Vec<&AgencyId> = cases.iter().filter_map(|c| c.holder().agency()).collect();
    assert!(holders.len() > 100 && holders.iter().all(|a| shared(a)));
    assert!(cases
        .iter()
        .flat_map(|c| c.events())
        .filter_map(|e| e.actor.agency.as_ref())
        .all(shared));
    // Collecting: nothing to collect gives the same cases; one case's event moved before its
    // submission leaves that case out (and only it), with one error naming its line.
    let (all, none) = crate::cases_from_owned_events_collecting(&ctx, events.clone());
    assert_eq!((all, none.len()), (cases.clone(), 0));
    let victim = events[1].case;
    let late = events.iter().rposition(|e| e.case == victim).unwrap();
    let mut broken = events.clone();
    let moved = broken.remove(late);
    broken.insert(0, moved);
    let (kept, errors) = crate::cases_from_owned_events_collecting(&ctx, broken.clone());
    let want: Vec<_> = cases.iter().filter(|c| c.id() != victim).cloned().collect();
    assert_eq!(kept, want);
    assert_eq!(errors.len(), 1);
    assert!(matches!(
        &errors[0],
        crate::Error::EventRejected { line: 1, case, .. } if *case == victim.0
    ));
    assert_eq!(
        cases_from_owned_events(&ctx, broken).unwrap_err(),
        errors[0]
    );
    let text = write_event_log(&events);
    assert_eq!(
        read_event_log(&text, LogErrors::Stop).unwrap().events,
        events
    );
    // The log covers every event kind.
    let mut names: Vec<_> = events.iter().map(|e| e.kind.as_str()).collect();
    names.sort_unstable();
    names.dedup();
    assert_eq!(names.len(), 17, "{names:?}");
    for c in &cases {
        c.sla(&ctx, t(12, 31, 0)).unwrap();
    }
}

/// Random command sequences: whatever is accepted, replaying the log gives the same case.
fn arb_step() -> impl Strategy<Value = (u8, u8, u8, u16)> {
    (0u8..27, 0u8..8, 0u8..6, 0u16..200)
}

/// The category tree and the other cases the random sequences may refer to.
fn categories() -> crate::CategoryTree {
    crate::CategoryTree::from_json(
        r#"[{"id": "kesehatan", "name": "Kesehatan"},
            {"id": "kesehatan.obat", "parent": "kesehatan", "name": "Obat"}]"#,
    )
    .unwrap()
}

fn known_cases() -> std::collections::BTreeMap<TrackingId, DateTime<Utc>> {
    [(TrackingId(5), t(3, 1, 0)), (TrackingId(6), t(3, 20, 0))].into()
}

fn build(steps: &[(u8, u8, u8, u16)], w: &World) -> Case {
    let known = known_cases();
    let ctx = w.context().with_cases(&known);
    let agencies = [
        "pemkot",
        "dinkes",
        "puskesmas",
        "dpupr",
        "kemenkes",
        "nowhere",
    ];
    let mut at = t(3, 2, 1);
    let mut c = Case::submit(&ctx, &Actor::reporter(), TrackingId(1), report(), at).unwrap();
    for &(cmd, actor, ag, hours) in steps {
        at += chrono::Duration::hours(i64::from(hours));
        let a = agencies[usize::from(ag)];
        let actor = match actor {
            0 => Actor::reporter(),
            1 | 2 => Actor::national_admin(),
            3 => Actor::system(),
            4 | 5 => Actor::agency_admin(c.holder().agency().cloned().unwrap_or_else(|| a.into())),
            6 => Actor::agency_admin(a),
            _ => Actor::liaison(a),
        };
        let command = match cmd {
            0 => dispose(a),
            1 => Command::Postpone { reason: "?".into() },
            2 => Command::Resume,
            3 => Command::Archive { reason: "a".into() },
            4 => Command::Delete { reason: "d".into() },
            5 => Command::Reroute { agency: a.into() },
            6 => Command::SubDispose { unit: a.into() },
            7 => Command::DeclineAuthority { reason: "x".into() },
            8 => follow_up(),
            9 => Command::Reply { text: "r".into() },
            10 => Command::Close,
            11 => Command::Reopen,
            12 => Command::Withdraw,
            13 => Command::AutoClose,
            14 => Command::ExtendInformationRequest { notice: "n".into() },
            15 => Command::Complete {
                details: "d".into(),
            },
            16 => Command::AutoArchive,
            17 => Command::Reclassify {
                kind: crate::ReportKind::ALL[usize::from(ag) % 4],
            },
            18 => Command::Tag {
                tags: vec![a.into()],
            },
            19 => Command::SetCategory {
                category: if ag % 2 == 0 {
                    "kesehatan"
                } else {
                    "kesehatan.obat"
                }
                .into(),
            },
            20 => Command::ArchiveAsDuplicate {
                of: TrackingId(u64::from(ag) + 4),
            },
            21 => Command::Rate {
                score: ag,
                comment: None,
            },
            22 => Command::HandOver {
                instance: a.into(),
                reference: "r".into(),
            },
            23 => Command::ReceiveHandover {
                instance: a.into(),
                reference: "r".into(),
            },
            24 | 25 => Command::DisposeMany {
                agencies: vec![
                    a.into(),
                    agencies[(usize::from(ag) + 1 + usize::from(cmd)) % 5].into(),
                ],
                tier: None,
            },
            _ => {
                let _ = c.advance(&ctx, at);
                continue;
            }
        };
        let _ = c.handle(&ctx, &actor, &command, at);
    }
    c
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]
    #[test]
    fn replay_gives_the_same_case(steps in proptest::collection::vec(arb_step(), 0..40)) {
        let w = world().with_categories(categories());
        let known = known_cases();
        let ctx = w.context().with_cases(&known);
        let c = build(&steps, &w);
        prop_assert_eq!(&Case::replay(&ctx, c.events()).unwrap(), &c);
        // Each timeline step is the state of the case replayed up to that event.
        let (replayed, steps) = Case::replay_steps(&ctx, c.events()).unwrap();
        prop_assert_eq!(&replayed, &c);
        prop_assert_eq!(steps.len(), c.events().len());
        for (i, step) in steps.iter().enumerate() {
            let prefix = Case::replay(&ctx, &c.events()[..=i]).unwrap();
            prop_assert_eq!(&c.rewound(i + 1), &prefix);
            prop_assert_eq!(&step.event, &c.events()[i]);
            prop_assert_eq!(step.status, prefix.status());
            prop_assert_eq!(&step.holder, prefix.holder());
        }
        let log = read_event_log(&write_event_log(c.events()), LogErrors::Stop).unwrap();
        prop_assert_eq!(&cases_from_events(&ctx, &log.events).unwrap()[0], &c);
        prop_assert_eq!(&Case::replay_owned(&ctx, c.events().to_vec()).unwrap(), &c);
        prop_assert_eq!(&cases_from_owned_events(&ctx, log.events).unwrap()[0], &c);
        // Events are in time order and SLA evaluation never fails inside the calendar.
        prop_assert!(c.events().windows(2).all(|p| p[0].at <= p[1].at));
        let _ = c.sla(&w.context(), c.last_event_at()).unwrap();
    }

    /// A verdict never changes later (`docs/sla.md`, "Who owns a clock"): a clock that stopped
    /// (met, breached or superseded) keeps its state, due instant and owner at every later
    /// instant, whatever happens next (reopen, decline, reroute, reclassification…).
    #[test]
    fn verdicts_never_change(steps in proptest::collection::vec(arb_step(), 0..40)) {
        let w = world().with_categories(categories());
        let ctx = w.context();
        let c = build(&steps, &w);
        let end = c.last_event_at() + chrono::Duration::days(120);
        let last = c.sla(&ctx, end).unwrap();
        for (i, e) in c.events().iter().enumerate() {
            // The case as it stood then, evaluated then.
            for m in c.rewound(i + 1).sla(&ctx, e.at).unwrap() {
                if m.stopped.is_none() || m.metric == Metric::ReplyWindow {
                    continue;
                }
                let later = last.iter().find(|l| {
                    l.metric == m.metric && l.round == m.round && l.branch == m.branch
                });
                prop_assert_eq!(later, Some(&m), "{:?} at {}", m.metric, e.at);
            }
        }
        // The rounds of a metric (within a branch) are numbered 1, 2, 3… in the order the
        // clocks started.
        let mut branches: Vec<Option<AgencyId>> = vec![None];
        branches.extend(c.branches().iter().map(|b| b.branch_root().cloned()));
        for (metric, branch) in [Metric::Verification, Metric::Rerouting, Metric::FirstFollowUp,
                       Metric::Completion, Metric::InformationRequest]
            .into_iter()
            .flat_map(|m| branches.iter().map(move |b| (m, b)))
        {
            let rows: Vec<_> = last
                .iter()
                .filter(|m| m.metric == metric && m.branch == *branch)
                .collect();
            for (i, r) in rows.iter().enumerate() {
                prop_assert_eq!(r.round as usize, i + 1);
                prop_assert!(i == 0 || rows[i - 1].started <= r.started);
                // Only the latest clock of a metric may still run.
                prop_assert!(i + 1 == rows.len() || r.stopped.is_some());
            }
        }
    }
}

#[test]
fn an_admin_can_set_privacy_flags_but_never_clear_them() {
    let w = world();
    let ctx = w.context();
    let mut r = report();
    r.privacy.anonymous = true;
    let mut c = Case::submit(&ctx, &Actor::reporter(), TrackingId(9), r, t(3, 16, 2)).unwrap();
    // The admin only meant to add rahasia.
    let dispose = Command::Dispose {
        agency: "dinkes".into(),
        privacy: Some(Privacy {
            anonymous: false,
            confidential: true,
        }),
        title: None,
        category: None,
        tier: None,
    };
    c.handle(&ctx, &Actor::national_admin(), &dispose, t(3, 17, 2))
        .unwrap();
    assert!(c.report().privacy.anonymous && c.report().privacy.confidential);
    assert_eq!(Case::replay(&ctx, c.events()).unwrap(), c);
}

#[test]
fn a_reopened_case_waits_for_a_new_follow_up_before_auto_closing() {
    let w = world();
    let ctx = w.context();
    let mut c = disposed(&w);
    c.handle(
        &ctx,
        &Actor::agency_admin("dinkes"),
        &follow_up(),
        t(3, 25, 3),
    )
    .unwrap();
    // Ten working days after Wed 25 Mar (WITA): auto-closed at the end of Thu 9 Apr.
    let closed = c.advance(&ctx, t(4, 30, 0)).unwrap();
    assert!(closed
        .iter()
        .any(|e| e.kind == EventKind::AutoClosed && e.at == t(4, 9, 16)));
    assert_eq!(c.status(), Status::Resolved);
    c.handle(&ctx, &Actor::reporter(), &Command::Reopen, t(4, 10, 1))
        .unwrap();
    assert_eq!(c.auto_close_due(&ctx).unwrap(), None);
    assert!(!c
        .due_events(&ctx, t(4, 10, 2))
        .unwrap()
        .iter()
        .any(|e| e.kind == EventKind::AutoClosed));
    // A new follow-up starts the window again: 10 working days after Mon 13 Apr.
    c.handle(
        &ctx,
        &Actor::agency_admin("dinkes"),
        &follow_up(),
        t(4, 13, 3),
    )
    .unwrap();
    assert_eq!(c.auto_close_due(&ctx).unwrap(), Some(t(4, 27, 16)));
    assert_eq!(Case::replay(&ctx, c.events()).unwrap(), c);
}

#[test]
fn a_rerouted_case_starts_afresh_at_the_new_agency() {
    let w = world();
    let ctx = w.context();
    let mut c = disposed(&w);
    c.handle(
        &ctx,
        &Actor::agency_admin("dinkes"),
        &follow_up(),
        t(3, 25, 3),
    )
    .unwrap();
    assert_eq!(c.status(), Status::InProgress);
    let reroute = Command::Reroute {
        agency: "kemenkes".into(),
    };
    c.handle(&ctx, &Actor::national_admin(), &reroute, t(4, 1, 2))
        .unwrap();
    assert_eq!(c.status(), Status::Disposed);
    // dinkes's follow-up no longer runs the reporter's reply window.
    assert_eq!(c.auto_close_due(&ctx).unwrap(), None);
    assert!(c
        .due_events(&ctx, t(4, 30, 0))
        .unwrap()
        .iter()
        .all(|e| e.kind != EventKind::AutoClosed));
    let sla = c.sla(&ctx, t(4, 2, 0)).unwrap();
    let window = sla
        .iter()
        .find(|m| m.metric == Metric::ReplyWindow)
        .unwrap();
    assert_eq!(window.state, MetricState::Met);
    assert_eq!(Case::replay(&ctx, c.events()).unwrap(), c);
}

#[test]
fn partial_policies_and_past_pauses() {
    let policy =
        SlaPolicy::from_json(r#"{"defaults": {"verification": {"working_days": 2}}}"#).unwrap();
    assert_eq!(policy.defaults.verification, Budget::WorkingDays(2));
    assert_eq!(
        policy.defaults.first_follow_up,
        SlaPolicy::permenpanrb_62_2018().defaults.first_follow_up
    );
    // Evaluated at an instant inside a pause that has since ended: paused.
    let w = world();
    let ctx = w.context();
    let mut c = Case::submit(
        &ctx,
        &Actor::reporter(),
        TrackingId(7),
        report(),
        t(3, 16, 2),
    )
    .unwrap();
    let postpone = Command::Postpone {
        reason: "lengkapi lokasi".into(),
    };
    c.handle(&ctx, &Actor::national_admin(), &postpone, t(3, 16, 3))
        .unwrap();
    c.handle(
        &ctx,
        &Actor::national_admin(),
        &Command::Resume,
        t(3, 17, 3),
    )
    .unwrap();
    let then = c.sla(&ctx, t(3, 16, 20)).unwrap();
    let verification = then
        .iter()
        .find(|m| m.metric == Metric::Verification)
        .unwrap();
    assert_eq!(verification.state, MetricState::Paused);
}

#[test]
fn extreme_instants_give_errors_not_panics() {
    let w = world();
    let ctx = w.context();
    for at in [DateTime::<Utc>::MIN_UTC, DateTime::<Utc>::MAX_UTC] {
        let c = Case::submit(&ctx, &Actor::reporter(), TrackingId(7), report(), at).unwrap();
        assert!(c.sla(&ctx, at).is_err());
        let _ = c.due_events(&ctx, at);
        let _ = c.to_open311(&ctx, at, &crate::Redactor::default());
    }
}

#[test]
fn replay_steps_errors_like_replay() {
    let w = world();
    let ctx = w.context();
    let none: [Event; 0] = [];
    assert_eq!(
        Case::replay_steps(&ctx, &none).unwrap_err().code(),
        "empty_log"
    );
    assert_eq!(
        Case::replay(&ctx, &none).unwrap_err(),
        crate::Error::EmptyLog
    );
    let c = build(&[], &w);
    let mut events = c.events().to_vec();
    if let Some(first) = events.first().cloned() {
        let mut other = first.clone();
        other.case = TrackingId(first.case.0 + 1);
        events.push(other);
        assert_eq!(
            reason(Case::replay_steps(&ctx, &events).unwrap_err()),
            ("wrong_case", events.len())
        );
    }
}

/// Local days off (issue: a Bali agency's closure moves only the deadlines of cases held by
/// Bali agencies), in one evaluation of three cases.
#[test]
fn local_days_off_move_only_their_agencies_deadlines() {
    let dir = AgencyDirectory::from_json(
        r#"[
      {"id": "kemenpanrb", "name": "KemenPANRB", "level": "national"},
      {"id": "pemkot", "name": "Pemkot Bontang", "level": "regency", "parent": "kemenpanrb", "regions": ["64.74"]},
      {"id": "pemprov-bali", "name": "Pemprov Bali", "level": "province", "parent": "kemenpanrb", "regions": ["51"],
       "days_off": [{"date": "2026-04-07", "name": "Hari Raya Galungan"}]},
      {"id": "dinkes-bali", "name": "Dinkes Bali", "level": "opd", "parent": "pemprov-bali"},
      {"id": "pemkot-denpasar", "name": "Pemkot Denpasar", "level": "regency", "parent": "pemprov-bali", "regions": ["51.71"]}
    ]"#,
    )
    .unwrap();
    let policy = SlaPolicy::from_json(
        r#"{"days_off": [{"scope": {"region": "51.71"}, "date": "2026-04-08", "name": "Cuti daerah Denpasar"}]}"#,
    )
    .unwrap();
    let world =
        crate::World::new(dir.clone(), WorkingCalendar::indonesia(), policy.clone()).unwrap();
    let cal = WorkingCalendar::indonesia();
    let slow = Context::new(&dir, &cal, &policy);
    let mut cases = Vec::new();
    for (i, agency) in ["pemkot", "dinkes-bali", "pemkot-denpasar"]
        .iter()
        .enumerate()
    {
        let ctx = world.context();
        let mut c = Case::submit(
            &ctx,
            &Actor::reporter(),
            TrackingId(100 + i as u64),
            report(),
            t(4, 1, 2),
        )
        .unwrap();
        c.handle(&ctx, &Actor::national_admin(), &dispose(agency), t(4, 6, 2))
            .unwrap();
        cases.push(c);
    }
    // Monday 6 April 2026 10:00 WITA + 5 working days; all three agencies are in WITA.
    let wita_midnight = |day| Utc.with_ymd_and_hms(2026, 4, day, 16, 0, 0).unwrap();
    let expected = [wita_midnight(13), wita_midnight(14), wita_midnight(15)];
    for ctx in [world.context(), slow] {
        let table = crate::analytics::evaluate_sla(&cases, &ctx, t(4, 20, 0)).unwrap();
        let due: Vec<_> = (0..table.len())
            .filter(|&r| table.metric[r] == Metric::FirstFollowUp)
            .map(|r| table.due[r])
            .collect();
        assert_eq!(due, expected);
        assert!(table.provisional.iter().all(|p| !p));
    }
    // The reply-window/auto-close path uses the holder's calendar too.
    let ctx = world.context();
    assert_eq!(
        ctx.calendar_for(Some(&"dinkes-bali".into()))
            .unwrap()
            .holidays_on(chrono::NaiveDate::from_ymd_opt(2026, 4, 7).unwrap())
            .len(),
        1
    );
    // A policy day off for an agency the directory lacks is an error.
    let bad = SlaPolicy::from_json(
        r#"{"days_off": [{"scope": {"agency": "nowhere"}, "date": "2026-04-08", "name": "x"}]}"#,
    )
    .unwrap();
    let e = crate::World::new(dir, WorkingCalendar::indonesia(), bad).unwrap_err();
    assert_eq!(e.code(), "unknown_agency");
    let e = SlaPolicy::from_json(
        r#"{"days_off": [{"scope": {"province": "51"}, "date": "2026-04-08", "name": "x"}]}"#,
    )
    .unwrap_err();
    assert_eq!(e.code(), "json");
}

/// A case disposed in the projected years has provisional SLA rows; in 2027, official ones.
#[test]
fn sla_rows_say_when_they_are_provisional() {
    let w = world();
    let at = |y, m, d| Utc.with_ymd_and_hms(y, m, d, 2, 0, 0).unwrap();
    for (year, provisional) in [(2027, false), (2029, true)] {
        let ctx = w.context();
        let mut c = Case::submit(
            &ctx,
            &Actor::reporter(),
            TrackingId(9),
            report(),
            at(year, 3, 1),
        )
        .unwrap();
        c.handle(
            &ctx,
            &Actor::national_admin(),
            &dispose("pemkot"),
            at(year, 3, 2),
        )
        .unwrap();
        let rows = c.sla(&ctx, at(year, 3, 3)).unwrap();
        assert!(rows.iter().all(|m| m.provisional == provisional), "{year}");
    }
    // Strict: the same 2029 case cannot be evaluated.
    let strict = WorkingCalendar::indonesia().without_projection();
    let ctx = Context::new(w.directory(), &strict, w.policy());
    let e = Case::submit(
        &ctx,
        &Actor::reporter(),
        TrackingId(9),
        report(),
        at(2029, 3, 1),
    )
    .and_then(|c| c.sla(&ctx, at(2029, 3, 3)).map(|_| c))
    .unwrap_err();
    assert_eq!(e.code(), "calendar_range");
}

#[test]
fn a_postponement_after_a_decline_does_not_move_the_declined_clocks() {
    let w = world();
    let ctx = w.context();
    let mut c = disposed(&w);
    c.handle(
        &ctx,
        &Actor::agency_admin("dinkes"),
        &Command::DeclineAuthority {
            reason: "Bukan wewenang".into(),
        },
        t(3, 25, 2),
    )
    .unwrap();
    let before = c.sla(&ctx, t(3, 25, 2)).unwrap();
    c.handle(
        &ctx,
        &Actor::national_admin(),
        &Command::Postpone {
            reason: "Lokasi?".into(),
        },
        t(3, 25, 3),
    )
    .unwrap();
    c.handle(
        &ctx,
        &Actor::reporter(),
        &Command::Complete {
            details: "Jl. Ahmad Yani".into(),
        },
        t(4, 8, 3),
    )
    .unwrap();
    let after = c.sla(&ctx, t(4, 8, 3)).unwrap();
    for m in before.iter().filter(|m| m.stopped.is_some()) {
        let later = after
            .iter()
            .find(|l| l.metric == m.metric && l.round == m.round);
        assert_eq!(later, Some(m), "{:?}", m.metric);
    }
    let superseded: Vec<_> = after
        .iter()
        .filter(|m| m.state == MetricState::Superseded)
        .map(|m| (m.metric, m.responsible.clone()))
        .collect();
    assert_eq!(
        superseded,
        [
            (Metric::FirstFollowUp, Holder::Agency("dinkes".into())),
            (Metric::Completion, Holder::Agency("dinkes".into()))
        ]
    );
    // The wait for re-routing is paused while the report is postponed.
    let rerouting = after
        .iter()
        .find(|m| m.metric == Metric::Rerouting)
        .unwrap();
    assert_eq!(
        (rerouting.state, rerouting.responsible.clone()),
        (MetricState::Running, Holder::NationalAdmin)
    );
    assert_eq!(c.details().len(), 1);
    assert_eq!(Case::replay(&ctx, c.events()).unwrap(), c);
}

#[test]
fn every_new_command_refuses_wrong_statuses_and_roles() {
    use crate::ReportKind;
    let w = world().with_categories(categories());
    let known = known_cases();
    let ctx = w.context().with_cases(&known);
    let commands = [
        Command::ExtendInformationRequest { notice: "n".into() },
        Command::Complete {
            details: "d".into(),
        },
        Command::AutoArchive,
        Command::Reclassify {
            kind: ReportKind::Aspiration,
        },
        Command::Tag {
            tags: vec!["t".into()],
        },
        Command::SetCategory {
            category: "kesehatan.obat".into(),
        },
        Command::ArchiveAsDuplicate { of: TrackingId(5) },
    ];
    let actors = [
        Actor::reporter(),
        Actor::national_admin(),
        Actor::system(),
        Actor::agency_admin("dinkes"),
        Actor::liaison("dinkes"),
    ];
    // One case in each reachable status.
    let submitted = Case::submit(
        &ctx,
        &Actor::reporter(),
        TrackingId(9),
        report(),
        t(3, 16, 2),
    )
    .unwrap();
    let mut postponed = submitted.clone();
    postponed
        .handle(
            &ctx,
            &Actor::national_admin(),
            &Command::Postpone { reason: "?".into() },
            t(3, 16, 3),
        )
        .unwrap();
    let mut disposed = submitted.clone();
    disposed
        .handle(
            &ctx,
            &Actor::national_admin(),
            &dispose("dinkes"),
            t(3, 17, 2),
        )
        .unwrap();
    let mut in_progress = disposed.clone();
    in_progress
        .handle(
            &ctx,
            &Actor::agency_admin("dinkes"),
            &follow_up(),
            t(3, 25, 2),
        )
        .unwrap();
    let mut resolved = in_progress.clone();
    resolved
        .handle(
            &ctx,
            &Actor::agency_admin("dinkes"),
            &Command::Close,
            t(3, 25, 3),
        )
        .unwrap();
    let mut archived = submitted.clone();
    archived
        .handle(
            &ctx,
            &Actor::national_admin(),
            &Command::Archive { reason: "a".into() },
            t(3, 16, 3),
        )
        .unwrap();
    let mut deleted = archived.clone();
    deleted
        .handle(
            &ctx,
            &Actor::national_admin(),
            &Command::Delete { reason: "d".into() },
            t(3, 16, 4),
        )
        .unwrap();
    let cases = [
        submitted,
        postponed,
        disposed,
        in_progress,
        resolved,
        archived,
        deleted,
    ];
    let at = t(3, 26, 0);
    let mut accepted = 0;
    for case in &cases {
        for command in &commands {
            for actor in &actors {
                let mut c = case.clone();
                match c.handle(&ctx, actor, command, at) {
                    Ok(_) => {
                        accepted += 1;
                        assert_eq!(Case::replay(&ctx, c.events()).unwrap(), c);
                    }
                    Err(e) => {
                        assert_eq!(&c, case, "a refused command changed the case");
                        // The table first, then the role, then the command's own rules.
                        let code = e.code();
                        assert!(
                            [
                                "illegal_transition",
                                "permission_denied",
                                "not_due",
                                "command_refused"
                            ]
                            .contains(&code),
                            "{} by {:?} on {:?}: {e}",
                            command.as_str(),
                            actor.role,
                            case.status()
                        );
                    }
                }
            }
        }
    }
    // By the national admin: reclassify, tag, set_category and archive_as_duplicate on the
    // submitted and postponed cases (and complete by the reporter on the postponed one);
    // reclassify, tag, set_category on the disposed and in-progress ones (the extension is
    // refused: a complaint); tag and set_category on the resolved and archived ones; nothing
    // on the deleted one. The auto-archive is not due yet.
    assert_eq!(accepted, 4 + 5 + 3 + 3 + 2 + 2, "{accepted}");
}

#[test]
fn a_duplicate_links_to_an_earlier_case_of_the_same_log() {
    let w = world();
    let ctx = w.context();
    let original = Case::submit(
        &ctx,
        &Actor::reporter(),
        TrackingId(5),
        report(),
        t(3, 2, 2),
    )
    .unwrap();
    let known: std::collections::BTreeMap<TrackingId, DateTime<Utc>> =
        [(TrackingId(5), t(3, 2, 2))].into();
    let mut dup = Case::submit(
        &ctx,
        &Actor::reporter(),
        TrackingId(9),
        report(),
        t(3, 3, 2),
    )
    .unwrap();
    dup.handle(
        &ctx.with_cases(&known),
        &Actor::national_admin(),
        &Command::ArchiveAsDuplicate { of: TrackingId(5) },
        t(3, 3, 3),
    )
    .unwrap();
    assert_eq!(dup.duplicate_of(), Some(TrackingId(5)));
    assert_eq!(dup.closed_reason(), Some("duplicate"));
    // Alone, the duplicate's log cannot be checked: the original is unknown.
    let err = Case::replay(&ctx, dup.events()).unwrap_err();
    assert_eq!(err.code(), "event_rejected");
    assert!(err.to_string().contains("unknown case #5"), "{err}");
    // With the original on an earlier line of the same log, it is.
    let mut events: Vec<Event> = original.events().to_vec();
    events.extend(dup.events().iter().cloned());
    let cases = cases_from_events(&ctx, &events).unwrap();
    assert_eq!(cases[1], dup);
    assert_eq!(
        cases_from_owned_events(&ctx, events.clone()).unwrap()[1],
        dup
    );
    // Replayed case by case, the original is done (and handed over) before the duplicate's
    // link is checked: it is still known.
    let mut replay = crate::Replay::grouped(&ctx, LogErrors::Stop);
    for (i, e) in events.iter().enumerate() {
        replay.push_event(i + 1, e.clone()).unwrap();
    }
    assert_eq!(replay.take_done(), std::slice::from_ref(&original));
    assert_eq!(replay.finish().unwrap().0, [dup.clone()]);
    // The original after the duplicate: unknown when the link is checked.
    events.rotate_left(1);
    let err = cases_from_events(&ctx, &events).unwrap_err();
    assert!(err.to_string().contains("unknown case #5"), "{err}");
    // The public view shows the link and nothing of the original.
    let public = dup.public_view(&crate::Redactor::default()).to_json();
    assert!(public.contains(r#""duplicate_of":5"#), "{public}");
}

#[test]
fn an_extension_event_on_a_complaint_is_rejected_on_replay() {
    let w = world();
    let ctx = w.context();
    let c = disposed(&w);
    let mut events = c.events().to_vec();
    events.push(Event {
        case: c.id(),
        at: t(3, 18, 0),
        actor: Actor::agency_admin("dinkes"),
        kind: EventKind::InformationRequestExtended { notice: "x".into() },
    });
    let err = Case::replay(&ctx, &events).unwrap_err();
    assert_eq!(err.code(), "event_rejected");
    assert!(
        err.to_string()
            .contains("not a running information request"),
        "{err}"
    );
}

#[test]
fn the_reporter_rates_a_resolved_case_once_within_the_window() {
    let w = world();
    let ctx = w.context();
    let mut c = disposed(&w);
    let rate = |score: u8| Command::Rate {
        score,
        comment: Some("Cepat, terima kasih.".into()),
    };
    // Not before resolution.
    let err = c.handle(&ctx, &Actor::reporter(), &rate(5), t(3, 24, 0));
    assert_eq!(err.unwrap_err().code(), "illegal_transition");
    c.handle(
        &ctx,
        &Actor::agency_admin("dinkes"),
        &follow_up(),
        t(3, 25, 3),
    )
    .unwrap();
    c.handle(
        &ctx,
        &Actor::agency_admin("dinkes"),
        &Command::Close,
        t(3, 26, 5),
    )
    .unwrap();
    for (actor, score, code) in [
        (Actor::national_admin(), 5, "permission_denied"),
        (Actor::agency_admin("dinkes"), 5, "permission_denied"),
        (Actor::reporter(), 0, "command_refused"),
        (Actor::reporter(), 6, "command_refused"),
    ] {
        let err = c
            .handle(&ctx, &actor, &rate(score), t(3, 27, 0))
            .unwrap_err();
        assert_eq!(err.code(), code, "{actor:?} {score}");
    }
    // The reopen window (10 wd after Thu 26 Mar, WITA) closes 10 Apr 16:00Z.
    let late = c.handle(&ctx, &Actor::reporter(), &rate(4), t(4, 10, 16));
    assert_eq!(late.unwrap_err().code(), "window_closed");
    c.handle(&ctx, &Actor::reporter(), &rate(4), t(4, 10, 15))
        .unwrap();
    assert_eq!(c.rating().map(|r| r.score), Some(4));
    let again = c.handle(&ctx, &Actor::reporter(), &rate(5), t(4, 10, 15));
    assert_eq!(again.unwrap_err().code(), "command_refused");
    assert_eq!(Case::replay(&ctx, c.events()).unwrap(), c);
}

#[test]
fn a_handover_keeps_the_tracking_id_and_the_clocks() {
    let w = world();
    let ctx = w.context();
    let mut c = disposed(&w);
    let before = c.sla(&ctx, t(3, 30, 0)).unwrap();
    let hand = |instance: &str| Command::HandOver {
        instance: instance.into(),
        reference: "BTG-2026-0042".into(),
    };
    let err = c.handle(
        &ctx,
        &Actor::agency_admin("dinkes"),
        &hand("sp4n-bontang"),
        t(3, 18, 0),
    );
    assert_eq!(err.unwrap_err().code(), "permission_denied");
    c.handle(
        &ctx,
        &Actor::national_admin(),
        &hand("sp4n-bontang"),
        t(3, 18, 0),
    )
    .unwrap();
    assert_eq!(c.instance(), Some("sp4n-bontang"));
    let same = c.handle(
        &ctx,
        &Actor::national_admin(),
        &hand("sp4n-bontang"),
        t(3, 18, 1),
    );
    assert_eq!(same.unwrap_err().code(), "command_refused");
    let blank = c.handle(&ctx, &Actor::national_admin(), &hand(" "), t(3, 18, 1));
    assert_eq!(blank.unwrap_err().code(), "command_refused");
    c.handle(
        &ctx,
        &Actor::national_admin(),
        &Command::ReceiveHandover {
            instance: "sp4n-bontang".into(),
            reference: "BTG-2026-0042".into(),
        },
        t(3, 25, 0),
    )
    .unwrap();
    assert_eq!(c.instance(), None);
    assert_eq!(c.handovers().len(), 2);
    assert_eq!(c.id(), TrackingId(7));
    // The clocks kept running across the handover: nothing moved.
    assert_eq!(c.sla(&ctx, t(3, 30, 0)).unwrap(), before);
    assert_eq!(Case::replay(&ctx, c.events()).unwrap(), c);
}

fn dispose_many(agencies: &[&str]) -> Command {
    Command::DisposeMany {
        agencies: agencies.iter().map(|&a| a.into()).collect(),
        tier: None,
    }
}

#[test]
fn several_agencies_each_have_a_branch_and_the_case_waits_for_all() {
    let w = world();
    let ctx = w.context();
    let nat = Actor::national_admin();
    let mut c = Case::submit(
        &ctx,
        &Actor::reporter(),
        TrackingId(9),
        report(),
        t(3, 16, 2),
    )
    .unwrap();
    for (cmd, code) in [
        (dispose_many(&["kemenkes"]), "command_refused"),
        (dispose_many(&["kemenkes", "kemenkes"]), "command_refused"),
        (dispose_many(&["kemenkes", "nowhere"]), "unknown_agency"),
        (dispose_many(&["pemkot", "dinkes"]), "command_refused"),
    ] {
        assert_eq!(
            c.handle(&ctx, &nat, &cmd, t(3, 17, 2)).unwrap_err().code(),
            code
        );
    }
    c.handle(
        &ctx,
        &nat,
        &dispose_many(&["kemenkes", "dpupr"]),
        t(3, 17, 2),
    )
    .unwrap();
    assert_eq!((c.status(), c.branches().len()), (Status::Disposed, 2));
    assert_eq!(c.holder(), &Holder::Agency("kemenkes".into()));
    assert_eq!(
        c.agencies(),
        [&AgencyId::from("kemenkes"), &AgencyId::from("dpupr")]
    );
    // An agency outside every branch may not act; a branch's agency acts on its own branch.
    let outsider = c.handle(
        &ctx,
        &Actor::agency_admin("dinkes"),
        &follow_up(),
        t(3, 25, 2),
    );
    assert_eq!(outsider.unwrap_err().code(), "permission_denied");
    c.handle(
        &ctx,
        &Actor::agency_admin("dpupr"),
        &follow_up(),
        t(3, 25, 2),
    )
    .unwrap();
    // The least advanced branch sets the status the public sees.
    assert_eq!(c.status(), Status::Disposed);
    let reply = Command::Reply {
        text: "Terima kasih".into(),
    };
    c.handle(&ctx, &Actor::reporter(), &reply, t(3, 25, 3))
        .unwrap();
    c.handle(
        &ctx,
        &Actor::agency_admin("dpupr"),
        &Command::Close,
        t(3, 25, 4),
    )
    .unwrap();
    assert_eq!(c.status(), Status::Disposed);
    // The national admin's close needs every branch followed up.
    let early = c.handle(&ctx, &nat, &Command::Close, t(3, 25, 5));
    assert_eq!(early.unwrap_err().code(), "illegal_transition");
    let decline = Command::DeclineAuthority {
        reason: "Bukan wewenang".into(),
    };
    c.handle(
        &ctx,
        &Actor::agency_admin("kemenkes"),
        &decline,
        t(3, 26, 2),
    )
    .unwrap();
    // The one branch left is resolved: so is the case.
    assert_eq!(c.status(), Status::Resolved);
    assert_eq!(c.declined(), [AgencyId::from("kemenkes")]);
    let rows = c.sla(&ctx, t(3, 27, 0)).unwrap();
    let row = |metric, branch: &str| {
        rows.iter()
            .find(|m| m.metric == metric && m.branch.as_ref().map(AgencyId::as_str) == Some(branch))
            .map(|m| (m.state, m.responsible.clone()))
            .unwrap()
    };
    let dpupr = Holder::Agency("dpupr".into());
    let kemenkes = Holder::Agency("kemenkes".into());
    assert_eq!(
        row(Metric::FirstFollowUp, "dpupr"),
        (MetricState::Met, dpupr.clone())
    );
    assert_eq!(row(Metric::Completion, "dpupr"), (MetricState::Met, dpupr));
    assert_eq!(
        row(Metric::FirstFollowUp, "kemenkes"),
        (MetricState::Superseded, kemenkes.clone())
    );
    assert_eq!(
        row(Metric::Completion, "kemenkes"),
        (MetricState::Superseded, kemenkes)
    );
    assert_eq!(Case::replay(&ctx, c.events()).unwrap(), c);
}

#[test]
fn when_every_branch_declines_the_case_goes_back_for_rerouting() {
    let w = world();
    let ctx = w.context();
    let nat = Actor::national_admin();
    let mut c = Case::submit(
        &ctx,
        &Actor::reporter(),
        TrackingId(9),
        report(),
        t(3, 16, 2),
    )
    .unwrap();
    c.handle(
        &ctx,
        &nat,
        &dispose_many(&["kemenkes", "dpupr"]),
        t(3, 17, 2),
    )
    .unwrap();
    let decline = Command::DeclineAuthority {
        reason: "Bukan wewenang".into(),
    };
    for (a, h) in [("kemenkes", 2), ("dpupr", 3)] {
        c.handle(&ctx, &Actor::agency_admin(a), &decline, t(3, 25, h))
            .unwrap();
    }
    assert_eq!(
        (c.status(), c.holder()),
        (Status::Submitted, &Holder::NationalAdmin)
    );
    let rerouting = c.sla(&ctx, t(3, 25, 4)).unwrap();
    assert!(rerouting
        .iter()
        .any(|m| m.metric == Metric::Rerouting && m.state == MetricState::Running));
    let again = c.handle(&ctx, &nat, &dispose_many(&["pemkot", "dpupr"]), t(3, 26, 2));
    assert_eq!(again.unwrap_err().code(), "already_declined");
    c.handle(&ctx, &nat, &dispose("pemkot"), t(3, 26, 2))
        .unwrap();
    assert_eq!(c.holder(), &Holder::Agency("pemkot".into()));
    assert_eq!(Case::replay(&ctx, c.events()).unwrap(), c);
}

#[test]
fn the_national_admin_closes_and_reopens_every_branch() {
    let w = world();
    let ctx = w.context();
    let nat = Actor::national_admin();
    let mut c = Case::submit(
        &ctx,
        &Actor::reporter(),
        TrackingId(9),
        report(),
        t(3, 16, 2),
    )
    .unwrap();
    c.handle(
        &ctx,
        &nat,
        &dispose_many(&["kemenkes", "pemkot"]),
        t(3, 17, 2),
    )
    .unwrap();
    // Kemenkes cannot reach into pemkot's branch: pemkot is not below it.
    let grab = Command::SubDispose {
        unit: "dinkes".into(),
    };
    let err = c.handle(&ctx, &Actor::agency_admin("kemenkes"), &grab, t(3, 17, 3));
    assert_eq!(err.unwrap_err().code(), "outside_subtree");
    // A unit below pemkot takes its branch over, then answers.
    let sub = Command::SubDispose {
        unit: "dinkes".into(),
    };
    c.handle(&ctx, &Actor::agency_admin("pemkot"), &sub, t(3, 17, 3))
        .unwrap();
    assert_eq!(c.branches()[1].holder(), &Holder::Agency("dinkes".into()));
    for a in [Actor::agency_admin("kemenkes"), Actor::liaison("dinkes")] {
        c.handle(&ctx, &a, &follow_up(), t(3, 25, 2)).unwrap();
    }
    assert_eq!(c.status(), Status::InProgress);
    c.handle(&ctx, &nat, &Command::Close, t(3, 25, 3)).unwrap();
    assert_eq!(c.status(), Status::Resolved);
    assert!(c.branches().iter().all(|b| b.status() == Status::Resolved));
    c.handle(&ctx, &Actor::reporter(), &Command::Reopen, t(3, 26, 2))
        .unwrap();
    assert_eq!(c.status(), Status::InProgress);
    // Each branch has a second completion clock from the reopen; the first ones stay met.
    let rows = c.sla(&ctx, t(3, 26, 3)).unwrap();
    let completions: Vec<_> = rows
        .iter()
        .filter(|m| m.metric == Metric::Completion)
        .map(|m| (m.branch.clone().unwrap().to_string(), m.round, m.state))
        .collect();
    assert_eq!(
        completions,
        [
            ("kemenkes".to_string(), 1, MetricState::Met),
            ("kemenkes".to_string(), 2, MetricState::Running),
            ("pemkot".to_string(), 1, MetricState::Met),
            ("pemkot".to_string(), 2, MetricState::Running),
        ]
    );
    // A reclassification would have to split each branch's clocks: refused.
    let reclassify = Command::Reclassify {
        kind: crate::ReportKind::Aspiration,
    };
    assert_eq!(
        c.handle(&ctx, &nat, &reclassify, t(3, 26, 4))
            .unwrap_err()
            .code(),
        "command_refused"
    );
    // Breaches of one branch are that branch's: advance far and look.
    c.advance(&ctx, t(4, 30, 0)).unwrap();
    assert!(c.breaches().iter().all(|b| b.branch.is_some()));
    assert_eq!(Case::replay(&ctx, c.events()).unwrap(), c);
    let log = read_event_log(&write_event_log(c.events()), LogErrors::Stop).unwrap();
    assert_eq!(cases_from_events(&ctx, &log.events).unwrap()[0], c);
}

#[test]
fn an_agency_has_one_branch_over_the_case_life() {
    let w = world();
    let ctx = w.context();
    let nat = Actor::national_admin();
    let mut c = Case::submit(
        &ctx,
        &Actor::reporter(),
        TrackingId(9),
        report(),
        t(3, 16, 2),
    )
    .unwrap();
    c.handle(
        &ctx,
        &nat,
        &dispose_many(&["kemenkes", "dpupr"]),
        t(3, 17, 2),
    )
    .unwrap();
    c.handle(
        &ctx,
        &nat,
        &Command::Reroute {
            agency: "pemkot".into(),
        },
        t(3, 17, 3),
    )
    .unwrap();
    assert_eq!(c.holder(), &Holder::Agency("pemkot".into()));
    let decline = Command::DeclineAuthority {
        reason: "Bukan wewenang".into(),
    };
    c.handle(&ctx, &Actor::agency_admin("pemkot"), &decline, t(3, 17, 4))
        .unwrap();
    c.handle(
        &ctx,
        &nat,
        &dispose_many(&["kemenkes", "dinkes"]),
        t(3, 17, 5),
    )
    .unwrap();
    assert_eq!(c.branches().len(), 3);
    let rows = c.sla(&ctx, t(3, 17, 6)).unwrap();
    let kemenkes: Vec<_> = rows
        .iter()
        .filter(|m| m.metric == Metric::FirstFollowUp && m.branch == Some("kemenkes".into()))
        .map(|m| (m.round, m.state))
        .collect();
    assert_eq!(
        kemenkes,
        [(1, MetricState::Superseded), (2, MetricState::Running)]
    );
    assert_eq!(Case::replay(&ctx, c.events()).unwrap(), c);
}

#[test]
fn every_event_round_trips_through_the_columns() {
    let dir = synthetic::national_directory(2).unwrap();
    let (cal, policy) = (
        WorkingCalendar::indonesia(),
        SlaPolicy::permenpanrb_62_2018(),
    );
    let ctx = Context::new(&dir, &cal, &policy);
    let t0 = Utc.with_ymd_and_hms(2025, 1, 1, 0, 0, 0).unwrap();
    let spec = synthetic::Spec {
        rated_percent: 50,
        handed_over_percent: 20,
        multi_agency_percent: 20,
        ..synthetic::Spec::new(5, 300, t0, t0 + chrono::Duration::days(300))
    };
    let mut kinds = std::collections::BTreeSet::new();
    for case in synthetic::generate_cases(&ctx, &spec) {
        for e in case.unwrap().events() {
            kinds.insert(e.kind.as_str());
            let back = Event::from_columns(
                e.case.0,
                e.at.timestamp_micros(),
                e.kind.as_str(),
                e.actor.role.as_str(),
                e.actor.agency.as_ref().map(|a| a.as_str()),
                &e.payload(),
            )
            .unwrap();
            assert_eq!(&back, e);
        }
    }
    assert!(kinds.len() >= 12, "{kinds:?}");
    // A finer instant than the column's microseconds travels in the payload.
    let mut e = synthetic::event_log(&ctx, 1, 1).unwrap().remove(0);
    e.at += chrono::Duration::nanoseconds(7);
    let back = Event::from_columns(
        e.case.0,
        e.at.timestamp_micros(),
        e.kind.as_str(),
        e.actor.role.as_str(),
        None,
        &e.payload(),
    )
    .unwrap();
    assert_eq!(back, e);
    // Errors name the field, never the value.
    let bad = |event: &str, role: &str, payload: &str| {
        Event::from_columns(1, 0, event, role, None, payload)
            .unwrap_err()
            .to_json()
    };
    assert!(bad("teleported", "reporter", "").contains("\"code\":\"json\""));
    assert!(bad("closed", "mayor", "").contains("actor.role"));
    assert!(bad("closed", "reporter", "[1]").contains("\"path\":\"payload\""));
    assert!(bad("closed", "reporter", "{\"case\": 9}").contains("payload.case"));
    assert!(bad("closed", "reporter", "{\"x\": 1}").contains("\"code\":\"json\""));
    assert!(bad("closed", "reporter", "{\"x\":").contains("\"path\":\"payload\""));
    // Texts in the columns are JSON-escaped, never spliced raw.
    assert!(bad("closed\",\"x\":\"1", "reporter", "").contains("\"code\":\"json\""));
    assert_eq!(
        Event::from_columns(1, i64::MAX, "closed", "reporter", None, "")
            .unwrap_err()
            .code(),
        "instant_out_of_range"
    );
}

#[test]
fn holder_before_is_the_holder_a_nanosecond_earlier() {
    let dir = synthetic::directory();
    let (cal, policy) = (WorkingCalendar::indonesia(), SlaPolicy::default());
    let ctx = Context::new(&dir, &cal, &policy);
    let ns = chrono::Duration::nanoseconds(1);
    for case in cases_from_events(&ctx, &synthetic::event_log(&ctx, 5, 300).unwrap()).unwrap() {
        let mut instants: Vec<DateTime<Utc>> = case
            .chain()
            .iter()
            .flat_map(|h| [Some(h.from), h.until])
            .flatten()
            .collect();
        instants.extend(case.events().iter().map(|e| e.at));
        for &t in &instants {
            for t in [t - ns, t, t + ns] {
                for &start in &instants {
                    let old = case.holder_at((t - ns).max(start));
                    assert_eq!(case.holder_before(t, start), old, "{t} {start}");
                }
            }
        }
    }
}
