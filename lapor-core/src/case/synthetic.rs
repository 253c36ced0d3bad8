//! A deterministic synthetic data set: an agency directory and a valid event log, for
//! benchmarks, demos and the bindings' tests.
//!
//! The random numbers come from SplitMix64 (no dependency): the same seed gives the same log on
//! every platform. Every event of the log was produced by [`Case::handle`] or
//! [`Case::advance`], so the log replays without error.
//!
//! ```
//! use lapor_core::{cases_from_events, synthetic, Context, SlaPolicy, WorkingCalendar};
//! let dir = synthetic::directory();
//! let (cal, policy) = (WorkingCalendar::indonesia(), SlaPolicy::permenpanrb_62_2018());
//! let ctx = Context::new(&dir, &cal, &policy);
//! let events = synthetic::event_log(&ctx, 7, 50)?;
//! assert_eq!(cases_from_events(&ctx, &events)?.len(), 50);
//! assert_eq!(events, synthetic::event_log(&ctx, 7, 50)?);
//! # Ok::<(), lapor_core::Error>(())
//! ```

use chrono::{DateTime, Duration, NaiveDate, TimeZone as _, Utc};

use super::{Actor, Case, Command, Context, Event, Holder, Status, Tier};
use crate::agency::{Agency, AgencyDirectory, AgencyId, AgencyLevel};
use crate::error::Result;
use crate::region::RegionCode;
use crate::report::{Channel, Location, Privacy, Report, ReportKind, TrackingId};

/// SplitMix64: a tiny, fast, well-mixed deterministic generator.
#[derive(Debug, Clone)]
pub struct SplitMix64(u64);

impl SplitMix64 {
    /// A generator from a seed.
    pub fn new(seed: u64) -> Self {
        SplitMix64(seed)
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (0 when `n` is 0).
    pub fn below(&mut self, n: u64) -> u64 {
        if n == 0 {
            0
        } else {
            self.next_u64() % n
        }
    }

    /// True with probability `percent` / 100.
    pub fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }

    /// One element of a non-empty slice (`None` if empty).
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> Option<&'a T> {
        items.get(self.below(items.len() as u64) as usize)
    }
}

/// (code, name) of a kabupaten/kota.
type Regency = (&'static str, &'static str);

const PROVINCES: [(&str, &str, [Regency; 3]); 3] = [
    (
        "31",
        "DKI Jakarta",
        [
            ("31.71", "Kota Jakarta Selatan"),
            ("31.73", "Kota Jakarta Barat"),
            ("31.75", "Kota Jakarta Timur"),
        ],
    ),
    (
        "64",
        "Kalimantan Timur",
        [
            ("64.74", "Kota Bontang"),
            ("64.72", "Kota Samarinda"),
            ("64.08", "Kabupaten Kutai Timur"),
        ],
    ),
    (
        "91",
        "Papua",
        [
            ("91.71", "Kota Jayapura"),
            ("91.03", "Kabupaten Jayapura"),
            ("91.10", "Kabupaten Sarmi"),
        ],
    ),
];

const OPDS: [(&str, &str); 2] = [("dinkes", "Dinas Kesehatan"), ("dpupr", "Dinas PUPR")];
const UNITS: [(&str, &str); 2] = [("puskesmas", "Puskesmas"), ("upt-jalan", "UPT Jalan")];
const MINISTRIES: [(&str, &str); 4] = [
    ("kemenkes", "Kementerian Kesehatan"),
    (
        "kemendikdasmen",
        "Kementerian Pendidikan Dasar dan Menengah",
    ),
    ("bpjs-kesehatan", "BPJS Kesehatan"),
    ("pln", "PT PLN (Persero)"),
];

fn agency(
    id: String,
    name: String,
    level: AgencyLevel,
    parent: Option<&str>,
    region: Option<&str>,
) -> Agency {
    Agency {
        id: AgencyId(id),
        name,
        level,
        parent: parent.map(AgencyId::from),
        regions: region
            .and_then(|r| RegionCode::parse(r).ok())
            .into_iter()
            .collect(),
        categories: Vec::new(),
        days_off: Vec::new(),
    }
}

/// The synthetic directory: KemenPANRB, four K/L and BUMN, three provinces in the three time
/// zones (DKI Jakarta WIB, Kalimantan Timur WITA, Papua WIT), three kabupaten/kota each, two OPD
/// per kabupaten/kota and one unit per OPD: 53 agencies.
pub fn directory() -> AgencyDirectory {
    let mut v = vec![agency(
        "kemenpanrb".into(),
        "Kementerian PANRB (Pengelola Nasional SP4N-LAPOR!)".into(),
        AgencyLevel::National,
        None,
        None,
    )];
    for (id, name) in MINISTRIES {
        let level = if id == "pln" {
            AgencyLevel::Bumn
        } else {
            AgencyLevel::Ministry
        };
        v.push(agency(
            id.into(),
            name.into(),
            level,
            Some("kemenpanrb"),
            None,
        ));
    }
    for (code, name, regencies) in PROVINCES {
        let prov = format!("pemprov-{code}");
        v.push(agency(
            prov.clone(),
            format!("Pemerintah Provinsi {name}"),
            AgencyLevel::Province,
            Some("kemenpanrb"),
            Some(code),
        ));
        for (rcode, rname) in regencies {
            let reg = format!("pem-{}", rcode.replace('.', ""));
            v.push(agency(
                reg.clone(),
                format!("Pemerintah {rname}"),
                AgencyLevel::Regency,
                Some(&prov),
                Some(rcode),
            ));
            for (k, (oid, oname)) in OPDS.iter().enumerate() {
                let opd = format!("{oid}-{}", rcode.replace('.', ""));
                v.push(agency(
                    opd.clone(),
                    format!("{oname} {rname}"),
                    AgencyLevel::Opd,
                    Some(&reg),
                    None,
                ));
                let (uid, uname) = UNITS[k];
                v.push(agency(
                    format!("{uid}-{}", rcode.replace('.', "")),
                    format!("{uname} {rname}"),
                    AgencyLevel::Unit,
                    Some(&opd),
                    None,
                ));
            }
        }
    }
    // The ids are unique and every parent precedes its children: this cannot fail.
    AgencyDirectory::new(v).unwrap_or_default()
}

const TITLES: [(&str, ReportKind); 6] = [
    ("Jalan berlubang di depan sekolah", ReportKind::Complaint),
    ("Antrean BPJS terlalu lama", ReportKind::Complaint),
    ("Lampu jalan padam", ReportKind::Complaint),
    ("Usulan penambahan guru", ReportKind::Aspiration),
    (
        "Permintaan data penerima bansos",
        ReportKind::InformationRequest,
    ),
    ("Pungutan liar di kantor kelurahan", ReportKind::Complaint),
];

/// A synthetic report (the tracking id is set by [`Case::submit`]).
fn report(rng: &mut SplitMix64, region: Option<RegionCode>, at: DateTime<Utc>) -> Report {
    let (title, kind) = TITLES[rng.below(TITLES.len() as u64) as usize];
    let incident = at.date_naive() - Duration::days(rng.below(30) as i64);
    Report {
        tracking_id: None,
        kind,
        title: title.into(),
        body: format!("{title}. Mohon segera ditindaklanjuti."),
        incident_date: incident,
        location: Location {
            text: None,
            region,
            coordinates: None,
        },
        category: None,
        tags: Vec::new(),
        target_agency: None,
        attachments: Vec::new(),
        channel: Channel::Web,
        privacy: Privacy {
            anonymous: rng.chance(15),
            confidential: rng.chance(5),
        },
        reporter: None,
        submitted_at: None,
    }
}

/// A valid event log of `n` cases (about 6–8 events each), sorted by instant (cases interleave),
/// with tracking ids `1_000_001..`. Cases start between January and October 2025 and cover
/// every command: dispositions (light to field-check tiers), sub-dispositions, declines and
/// re-dispositions, reroutes, postponements, follow-ups, replies, closes, auto-closes after the
/// reply window, reopenings, archives, deletions, withdrawals, and the SLA breaches and
/// escalations [`Case::advance`] produces along the way.
///
/// Errors: only calendar errors, which the built-in calendar does not give for these dates.
pub fn event_log(ctx: &Context<'_>, seed: u64, n: usize) -> Result<Vec<Event>> {
    // Reserve for at most a million cases up front: a huge `n` from a binding must not abort
    // on one giant allocation (it grows as it goes instead).
    let mut all = Vec::with_capacity(n.min(1 << 20).saturating_mul(8));
    for case in cases(ctx, seed, n) {
        all.extend(case?.events);
    }
    all.sort_by_key(|e| e.at);
    Ok(all)
}

/// The cases of [`event_log`]`(ctx, seed, n)`, one at a time in tracking-id order (the order
/// they are generated in), without ever holding the whole log: each case is equal to the one
/// [`cases_from_owned_events`](crate::cases_from_owned_events) replays from the log.
/// A stable sort by [`Case::submitted_at`] gives the log's order of first appearance.
///
/// ```
/// use lapor_core::{cases_from_owned_events, synthetic, Context, SlaPolicy, WorkingCalendar};
/// let dir = synthetic::directory();
/// let (cal, policy) = (WorkingCalendar::indonesia(), SlaPolicy::permenpanrb_62_2018());
/// let ctx = Context::new(&dir, &cal, &policy);
/// let mut streamed = synthetic::cases(&ctx, 7, 50).collect::<Result<Vec<_>, _>>()?;
/// streamed.sort_by_key(|c| c.submitted_at());
/// assert_eq!(streamed, cases_from_owned_events(&ctx, synthetic::event_log(&ctx, 7, 50)?)?);
/// # Ok::<(), lapor_core::Error>(())
/// ```
pub fn cases<'c>(ctx: &'c Context<'c>, seed: u64, n: usize) -> Cases<'c> {
    let top: Vec<AgencyId> = ctx
        .directory
        .iter()
        .filter(|a| {
            matches!(
                a.level,
                AgencyLevel::Regency | AgencyLevel::Ministry | AgencyLevel::Bumn
            )
        })
        .map(|a| a.id.clone())
        .collect();
    let base = Utc.from_utc_datetime(
        &NaiveDate::from_ymd_opt(2025, 1, 6)
            .unwrap_or_default()
            .and_hms_opt(1, 0, 0)
            .unwrap_or_default(),
    );
    Cases {
        ctx,
        rng: SplitMix64::new(seed),
        top,
        base,
        next: 0,
        n,
    }
}

/// The iterator of [`cases`]: yields `Result<Case>` (only calendar errors, which the built-in
/// calendar does not give for these dates).
#[derive(Debug)]
pub struct Cases<'c> {
    ctx: &'c Context<'c>,
    rng: SplitMix64,
    top: Vec<AgencyId>,
    base: DateTime<Utc>,
    next: usize,
    n: usize,
}

impl Iterator for Cases<'_> {
    type Item = Result<Case>;

    fn next(&mut self) -> Option<Result<Case>> {
        while self.next < self.n {
            let i = self.next;
            self.next += 1;
            let start = self.base + Duration::minutes(self.rng.below(280 * 24 * 60) as i64);
            let id = TrackingId(1_000_001 + i as u64);
            match one_case(self.ctx, &mut self.rng, &self.top, id, start) {
                Ok(Some(case)) => return Some(Ok(case)),
                Ok(None) => continue,
                Err(e) => {
                    self.next = self.n;
                    return Some(Err(e));
                }
            }
        }
        None
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (0, Some(self.n - self.next))
    }
}

fn one_case(
    ctx: &Context<'_>,
    rng: &mut SplitMix64,
    top: &[AgencyId],
    id: TrackingId,
    start: DateTime<Utc>,
) -> Result<Option<Case>> {
    let first = rng
        .pick(top)
        .cloned()
        .unwrap_or_else(|| AgencyId::from("kemenpanrb"));
    let region = ctx
        .directory
        .regions(&first)
        .ok()
        .and_then(|r| r.first().copied());
    let mut t = start;
    let mut case = match Case::submit(ctx, &Actor::reporter(), id, report(rng, region, t), t) {
        Ok(c) => c,
        Err(_) => return Ok(None),
    };
    let nat = Actor::national_admin;
    let roll = rng.below(100);
    if roll < 4 {
        step(
            ctx,
            &mut case,
            &mut t,
            rng,
            nat(),
            Command::Archive {
                reason: "terlalu umum".into(),
            },
            48,
        )?;
        return Ok(Some(case));
    } else if roll < 6 {
        step(
            ctx,
            &mut case,
            &mut t,
            rng,
            nat(),
            Command::Delete {
                reason: "spam".into(),
            },
            48,
        )?;
        return Ok(Some(case));
    } else if roll < 8 {
        step(
            ctx,
            &mut case,
            &mut t,
            rng,
            Actor::reporter(),
            Command::Withdraw,
            48,
        )?;
        return Ok(Some(case));
    } else if roll < 18 {
        step(
            ctx,
            &mut case,
            &mut t,
            rng,
            nat(),
            Command::Postpone {
                reason: "lokasi kurang jelas".into(),
            },
            24,
        )?;
        step(ctx, &mut case, &mut t, rng, nat(), Command::Resume, 96)?;
    }
    let tier = match rng.below(10) {
        0 => Tier::Light,
        1..=6 => Tier::Normative,
        7 | 8 => Tier::NoFieldCheck,
        _ => Tier::FieldCheck,
    };
    let dispose = |agency: AgencyId| Command::Dispose {
        agency,
        privacy: None,
        title: None,
        category: None,
        tier: Some(tier),
    };
    step(
        ctx,
        &mut case,
        &mut t,
        rng,
        nat(),
        dispose(first.clone()),
        60,
    )?;
    if rng.chance(10) {
        step(
            ctx,
            &mut case,
            &mut t,
            rng,
            Actor::agency_admin(first.clone()),
            Command::DeclineAuthority {
                reason: "bukan wewenang".into(),
            },
            48,
        )?;
        let other = rng.pick(top).cloned().unwrap_or_else(|| first.clone());
        step(ctx, &mut case, &mut t, rng, nat(), dispose(other), 24)?;
    } else if rng.chance(5) {
        let other = rng.pick(top).cloned().unwrap_or_else(|| first.clone());
        step(
            ctx,
            &mut case,
            &mut t,
            rng,
            nat(),
            Command::Reroute { agency: other },
            24,
        )?;
    }
    let agency = case
        .holder()
        .agency()
        .cloned()
        .unwrap_or_else(|| first.clone());
    let mut actor = Actor::agency_admin(agency.clone());
    if rng.chance(50) {
        let below: Vec<AgencyId> = ctx
            .directory
            .descendants(&agency)
            .map(|d| d.into_iter().map(|a| a.id.clone()).collect())
            .unwrap_or_default();
        if let Some(unit) = rng.pick(&below).cloned() {
            step(
                ctx,
                &mut case,
                &mut t,
                rng,
                actor.clone(),
                Command::SubDispose { unit: unit.clone() },
                24,
            )?;
            if rng.chance(10) {
                step(
                    ctx,
                    &mut case,
                    &mut t,
                    rng,
                    Actor::liaison(unit),
                    Command::DeclineAuthority {
                        reason: "bukan tugas unit".into(),
                    },
                    24,
                )?;
            } else {
                actor = Actor::liaison(unit);
            }
        }
    }
    step(
        ctx,
        &mut case,
        &mut t,
        rng,
        actor.clone(),
        Command::FollowUp {
            text: "Laporan sedang ditindaklanjuti.".into(),
        },
        120,
    )?;
    if rng.chance(50) {
        step(
            ctx,
            &mut case,
            &mut t,
            rng,
            Actor::reporter(),
            Command::Reply {
                text: "Belum ada perbaikan.".into(),
            },
            72,
        )?;
        step(
            ctx,
            &mut case,
            &mut t,
            rng,
            actor.clone(),
            Command::FollowUp {
                text: "Perbaikan dijadwalkan.".into(),
            },
            96,
        )?;
    }
    if rng.chance(60) {
        let closer = match case.holder() {
            Holder::Agency(a)
                if ctx
                    .directory
                    .get(a)
                    .is_ok_and(|a| a.level != AgencyLevel::Unit) =>
            {
                Actor::agency_admin(a.clone())
            }
            _ => Actor::agency_admin(agency.clone()),
        };
        step(ctx, &mut case, &mut t, rng, closer, Command::Close, 96)?;
    } else {
        // Nobody answers: the reply window runs out and the system closes the case.
        t += Duration::days(20);
        case.advance(ctx, t)?;
    }
    if case.status() == Status::Resolved && rng.chance(5) {
        step(
            ctx,
            &mut case,
            &mut t,
            rng,
            Actor::reporter(),
            Command::Reopen,
            48,
        )?;
    }
    Ok(Some(case))
}

/// Advances the case to a later instant, then gives the command; a command the case no longer
/// allows (it was auto-closed meanwhile) is skipped.
fn step(
    ctx: &Context<'_>,
    case: &mut Case,
    t: &mut DateTime<Utc>,
    rng: &mut SplitMix64,
    actor: Actor,
    cmd: Command,
    hours: u64,
) -> Result<()> {
    *t += Duration::hours(1 + rng.below(hours.max(1)) as i64);
    case.advance(ctx, *t)?;
    let _ = case.handle(ctx, &actor, &cmd, *t);
    Ok(())
}
