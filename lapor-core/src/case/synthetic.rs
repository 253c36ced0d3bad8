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
        id: AgencyId::new(id),
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
    let mut v = national_and_ministries();
    for (code, name, regencies) in PROVINCES {
        push_province(&mut v, code, name, &regencies);
    }
    // The ids are unique and every parent precedes its children: this cannot fail.
    AgencyDirectory::new(v).unwrap_or_default()
}

/// KemenPANRB and the K/L and state companies below it.
fn national_and_ministries() -> Vec<Agency> {
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
    v
}

/// A province's government, and per kabupaten/kota its government, two OPD and a unit each.
fn push_province(v: &mut Vec<Agency>, code: &str, name: &str, regencies: &[Regency]) {
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
    log_of(cases(ctx, seed, n))
}

/// The events of generated cases, sorted by instant.
fn log_of(cases: Cases<'_>) -> Result<Vec<Event>> {
    // Reserve for at most a million cases up front: a huge `n` from a binding must not abort
    // on one giant allocation (it grows as it goes instead).
    let mut all = Vec::with_capacity(cases.n.min(1 << 20).saturating_mul(8));
    for case in cases {
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
        top: Top {
            ids: top,
            cumulative: None,
        },
        base,
        window: 280 * 24 * 60,
        extras: Extras::default(),
        next: 0,
        n,
    }
}

/// What [`generate`] makes: how many cases, submitted when, and how many of them are rated or
/// handed over to another instance. Cases go to agencies in proportion to the population of
/// their province (and 15 % to ministries and state companies) when the directory is
/// [`national_directory`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Spec {
    /// The seed: the same spec gives the same log.
    pub seed: u64,
    /// The number of cases.
    pub cases: usize,
    /// Submissions from this instant…
    pub from: DateTime<Utc>,
    /// …to this one (exclusive).
    pub until: DateTime<Utc>,
    /// Of the resolved cases, the percentage the reporter rates (30).
    pub rated_percent: u64,
    /// Of the disposed cases, the percentage handed over to a regional instance (3).
    pub handed_over_percent: u64,
    /// Of the verified cases, the percentage sent to two agencies at once (5).
    pub multi_agency_percent: u64,
}

impl Spec {
    /// `cases` cases submitted between `from` and `until`, 30 % of the resolved rated, 3 % of
    /// the disposed handed over.
    pub fn new(seed: u64, cases: usize, from: DateTime<Utc>, until: DateTime<Utc>) -> Spec {
        Spec {
            seed,
            cases,
            from,
            until,
            rated_percent: 30,
            handed_over_percent: 3,
            multi_agency_percent: 5,
        }
    }
}

/// The directory of [`national_directory`]-like data: KemenPANRB, the K/L and state companies of
/// [`directory`], and for each of the 38 provinces its government and `regencies` (1 to 3)
/// kabupaten/kota with two OPD and a unit each, with the real region codes (the first of each
/// province in the Kemendagri list).
///
/// Errors: [`Error::UnknownName`](crate::Error::UnknownName) (`what` `"regencies_per_province"`)
/// for 0 or more than 3.
pub fn national_directory(regencies: usize) -> Result<AgencyDirectory> {
    if !(1..=3).contains(&regencies) {
        return Err(crate::Error::UnknownName {
            what: "regencies_per_province",
            value: regencies.to_string(),
        });
    }
    let mut v = national_and_ministries();
    for (code, _, list) in super::synthetic_national::NATIONAL {
        let name = RegionCode::parse(code)
            .map(|c| c.province().name.to_string())
            .unwrap_or_else(|_| code.to_string());
        push_province(&mut v, code, &name, &list[..regencies]);
    }
    AgencyDirectory::new(v)
}

/// The top agencies of `directory` (kabupaten/kota, provinces, K/L, state companies) weighted by
/// the population of their province: 15 % of the weight to the K/L and state companies.
fn weighted_top(directory: &AgencyDirectory) -> Top {
    let weight = |code: &str| {
        super::synthetic_national::NATIONAL
            .iter()
            .find(|(p, _, _)| *p == code)
            .map_or(10, |(_, w, _)| u64::from(*w))
    };
    let province_of = |a: &Agency| {
        a.regions
            .first()
            .map(|r| format!("{:02}", r.province_number()))
    };
    let top: Vec<&Agency> = directory
        .iter()
        .filter(|a| {
            matches!(
                a.level,
                AgencyLevel::Regency
                    | AgencyLevel::Province
                    | AgencyLevel::Ministry
                    | AgencyLevel::Bumn
            )
        })
        .collect();
    // Per province: its weight shared by its agencies (a province government as one regency).
    let mut per_province: std::collections::BTreeMap<String, u64> = Default::default();
    for a in &top {
        if let Some(p) = province_of(a) {
            *per_province.entry(p).or_default() += 1;
        }
    }
    let regional: u64 = per_province.keys().map(|p| weight(p) * 100).sum();
    let national = top.iter().filter(|a| province_of(a).is_none()).count() as u64;
    let mut total = 0;
    let mut cumulative = Vec::with_capacity(top.len());
    for a in &top {
        let w = match province_of(a) {
            Some(p) => weight(&p) * 100 / per_province[&p].max(1),
            // 15 % of the whole for the K/L and state companies together.
            None => regional * 15 / 85 / national.max(1),
        };
        total += w.max(1);
        cumulative.push(total);
    }
    Top {
        ids: top.iter().map(|a| a.id.clone()).collect(),
        cumulative: Some(cumulative),
    }
}

/// The cases of a [`Spec`], one at a time in tracking-id order, over the context's directory
/// (best [`national_directory`]); as [`cases`] otherwise.
pub fn generate_cases<'c>(ctx: &'c Context<'c>, spec: &Spec) -> Cases<'c> {
    let minutes = (spec.until - spec.from).num_minutes().max(1) as u64;
    Cases {
        ctx,
        rng: SplitMix64::new(spec.seed),
        top: weighted_top(ctx.directory),
        base: spec.from,
        window: minutes,
        extras: Extras {
            rated_percent: spec.rated_percent.min(100),
            handed_over_percent: spec.handed_over_percent.min(100),
            multi_agency_percent: spec.multi_agency_percent.min(100),
        },
        next: 0,
        n: spec.cases,
    }
}

/// The event log of a [`Spec`], sorted by instant (cases interleave).
///
/// ```
/// use chrono::{TimeZone as _, Utc};
/// use lapor_core::analytics::{evaluate_period, Period, RankingPolicy};
/// use lapor_core::{cases_from_owned_events, synthetic, Context, SlaPolicy, WorkingCalendar};
/// let dir = synthetic::national_directory(2)?;
/// let (cal, policy) = (WorkingCalendar::indonesia(), SlaPolicy::permenpanrb_62_2018());
/// let ctx = Context::new(&dir, &cal, &policy);
/// let (from, until) = (Utc.with_ymd_and_hms(2025, 1, 1, 0, 0, 0).unwrap(),
///                      Utc.with_ymd_and_hms(2026, 7, 1, 0, 0, 0).unwrap());
/// let events = synthetic::generate(&ctx, &synthetic::Spec::new(7, 300, from, until))?;
/// let cases = cases_from_owned_events(&ctx, events)?;
/// assert_eq!(cases.len(), 300);
/// let s2 = evaluate_period(&cases, &ctx, &Period::parse("2025-S2")?, &RankingPolicy::default())?;
/// assert!(s2.arrears_start.iter().sum::<u64>() > 0 && s2.rank.iter().any(|r| *r == Some(1)));
/// # Ok::<(), lapor_core::Error>(())
/// ```
///
/// Errors: only calendar errors, which the built-in calendar does not give for 2024–2040.
pub fn generate(ctx: &Context<'_>, spec: &Spec) -> Result<Vec<Event>> {
    log_of(generate_cases(ctx, spec))
}

/// The iterator of [`cases`]: yields `Result<Case>` (only calendar errors, which the built-in
/// calendar does not give for these dates).
#[derive(Debug)]
pub struct Cases<'c> {
    ctx: &'c Context<'c>,
    rng: SplitMix64,
    top: Top,
    base: DateTime<Utc>,
    /// Submissions fall in `base .. base + window` minutes.
    window: u64,
    extras: Extras,
    next: usize,
    n: usize,
}

/// The agencies cases are first disposed to, and (for [`Spec`]) their cumulative weights.
#[derive(Debug)]
struct Top {
    ids: Vec<AgencyId>,
    cumulative: Option<Vec<u64>>,
}

impl Top {
    fn pick(&self, rng: &mut SplitMix64) -> Option<&AgencyId> {
        match &self.cumulative {
            None => rng.pick(&self.ids),
            Some(c) => {
                let r = rng.below(c.last().copied().unwrap_or(0));
                self.ids.get(c.partition_point(|&w| w <= r))
            }
        }
    }
}

/// The second-wave behaviour of [`Spec`] (none for [`cases`], whose output stays as it was).
#[derive(Debug, Clone, Copy, Default)]
struct Extras {
    rated_percent: u64,
    handed_over_percent: u64,
    multi_agency_percent: u64,
}

impl Iterator for Cases<'_> {
    type Item = Result<Case>;

    fn next(&mut self) -> Option<Result<Case>> {
        while self.next < self.n {
            let i = self.next;
            self.next += 1;
            let start = self.base + Duration::minutes(self.rng.below(self.window) as i64);
            let id = TrackingId(1_000_001 + i as u64);
            match one_case(self.ctx, &mut self.rng, &self.top, self.extras, id, start) {
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
    top: &Top,
    extras: Extras,
    id: TrackingId,
    start: DateTime<Utc>,
) -> Result<Option<Case>> {
    let first = top
        .pick(rng)
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
    if extras.multi_agency_percent > 0 && rng.chance(extras.multi_agency_percent) {
        return several_agencies(ctx, rng, top, extras, case, t, first, tier).map(Some);
    }
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
        let other = top.pick(rng).cloned().unwrap_or_else(|| first.clone());
        step(ctx, &mut case, &mut t, rng, nat(), dispose(other), 24)?;
    } else if rng.chance(5) {
        let other = top.pick(rng).cloned().unwrap_or_else(|| first.clone());
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
    if extras.handed_over_percent > 0 && rng.chance(extras.handed_over_percent) {
        let instance = match region {
            Some(r) => format!("sp4n-{:02}", r.province_number()),
            None => "sp4n-kementerian".to_string(),
        };
        let reference = format!("{instance}/{}", id.0);
        let hand = Command::HandOver {
            instance: instance.clone(),
            reference: reference.clone(),
        };
        step(ctx, &mut case, &mut t, rng, nat(), hand, 24)?;
        if rng.chance(50) {
            let back = Command::ReceiveHandover {
                instance,
                reference,
            };
            step(ctx, &mut case, &mut t, rng, nat(), back, 96)?;
        }
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
    if extras.rated_percent > 0
        && case.status() == Status::Resolved
        && rng.chance(extras.rated_percent)
    {
        rate(ctx, &mut case, &mut t, rng)?;
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

/// A case sent to two agencies at once: each answers (or not), each closes its branch (or the
/// reply window runs out), and the reporter may rate it.
#[allow(clippy::too_many_arguments)]
fn several_agencies(
    ctx: &Context<'_>,
    rng: &mut SplitMix64,
    top: &Top,
    extras: Extras,
    mut case: Case,
    mut t: DateTime<Utc>,
    first: AgencyId,
    tier: Tier,
) -> Result<Case> {
    // Another agency, neither above nor below the first (a few draws; the directory has many).
    let apart = |b: &AgencyId| {
        !ctx.directory.is_within(b, &first).unwrap_or(true)
            && !ctx.directory.is_within(&first, b).unwrap_or(true)
    };
    let mut second = first.clone();
    for _ in 0..8 {
        if apart(&second) {
            break;
        }
        second = top.pick(rng).cloned().unwrap_or_else(|| first.clone());
    }
    let agencies = vec![first, second];
    let many = Command::DisposeMany {
        agencies: agencies.clone(),
        tier: Some(tier),
    };
    step(
        ctx,
        &mut case,
        &mut t,
        rng,
        Actor::national_admin(),
        many,
        60,
    )?;
    for a in agencies {
        let admin = Actor::agency_admin(a);
        if rng.chance(85) {
            let answer = Command::FollowUp {
                text: "Laporan sedang ditindaklanjuti bersama.".into(),
            };
            step(ctx, &mut case, &mut t, rng, admin.clone(), answer, 120)?;
            if rng.chance(60) {
                step(ctx, &mut case, &mut t, rng, admin, Command::Close, 96)?;
            }
        }
    }
    t += Duration::days(20);
    case.advance(ctx, t)?;
    if case.status() == Status::Resolved && rng.chance(extras.rated_percent) {
        rate(ctx, &mut case, &mut t, rng)?;
    }
    Ok(case)
}

/// The reporter rates the case: mostly satisfied, a long tail of unhappy reporters.
fn rate(
    ctx: &Context<'_>,
    case: &mut Case,
    t: &mut DateTime<Utc>,
    rng: &mut SplitMix64,
) -> Result<()> {
    let score = [1, 2, 3, 3, 4, 4, 4, 5, 5, 5][rng.below(10) as usize];
    let rate = Command::Rate {
        score,
        comment: None,
    };
    step(ctx, case, t, rng, Actor::reporter(), rate, 48)
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{SlaPolicy, WorkingCalendar};

    #[test]
    fn a_national_log_covers_the_provinces_and_the_second_wave_commands() {
        assert_eq!(national_directory(0).unwrap_err().code(), "unknown_name");
        let dir = national_directory(1).unwrap();
        let (cal, policy) = (
            WorkingCalendar::indonesia(),
            SlaPolicy::permenpanrb_62_2018(),
        );
        let ctx = Context::new(&dir, &cal, &policy);
        let from = Utc.with_ymd_and_hms(2025, 1, 1, 0, 0, 0).unwrap();
        let until = Utc.with_ymd_and_hms(2026, 7, 1, 0, 0, 0).unwrap();
        let spec = Spec::new(3, 2000, from, until);
        let events = generate(&ctx, &spec).unwrap();
        assert_eq!(events, generate(&ctx, &spec).unwrap());
        assert!(events.iter().all(|e| from <= e.at));
        let count = |name: &str| events.iter().filter(|e| e.kind.as_str() == name).count();
        for name in ["disposed_many", "handed_over", "handover_received", "rated"] {
            assert!(count(name) > 0, "{name}");
        }
        // Volumes follow population: Jawa Barat (32) receives more than Papua Selatan (93).
        let cases = crate::cases_from_owned_events(&ctx, events).unwrap();
        let in_province = |p: u8| {
            cases
                .iter()
                .filter(|c| c.report().location.region.map(|r| r.province_number()) == Some(p))
                .count()
        };
        assert!(
            in_province(32) > 10 * in_province(93).max(1),
            "{} {}",
            in_province(32),
            in_province(93)
        );
    }
}
