//! The sections of the demo, each printing one part of the summary.

use std::collections::BTreeMap;
use std::io::{self, Write};

use lapor_core::deadline::local_date;
use lapor_core::{AttachmentRules, Budget, Lang, RegionLevel, ReportKind, WorkingCalendar};

use crate::Sample;

/// Prints every section.
pub fn run(s: &Sample, out: &mut dyn Write) -> io::Result<()> {
    data_set(s, out)?;
    by_kind(s, out)?;
    by_channel(s, out)?;
    privacy(s, out)?;
    by_regency(s, out)?;
    routing(s, out)?;
    verification_deadlines(s, out)?;
    attachments(s, out)?;
    case_dashboard(s, out)?;
    anonymity(s, out)?;
    Ok(())
}

fn heading(out: &mut dyn Write, title: &str) -> io::Result<()> {
    writeln!(out, "\n== {title} ==")
}

fn bar(n: usize, total: usize) -> String {
    "#".repeat((n * 40).div_ceil(total.max(1)))
}

fn data_set(s: &Sample, out: &mut dyn Write) -> io::Result<()> {
    heading(out, "Data set")?;
    let [p, r, d, _] = s.regions.count_by_level();
    writeln!(
        out,
        "{} reports, {} agencies, {} categories; region names for {p} provinces, {r} regencies, {d} districts",
        s.reports.len(),
        s.agencies.len(),
        s.categories.len()
    )?;
    let first = s.reports.iter().filter_map(|r| r.submitted_at).min();
    let last = s.reports.iter().filter_map(|r| r.submitted_at).max();
    if let (Some(first), Some(last)) = (first, last) {
        writeln!(
            out,
            "submitted between {} and {} (UTC)",
            first.date_naive(),
            last.date_naive()
        )?;
    }
    Ok(())
}

fn by_kind(s: &Sample, out: &mut dyn Write) -> io::Result<()> {
    heading(out, "Reports by kind")?;
    for kind in ReportKind::ALL {
        let n = s.reports.iter().filter(|r| r.kind == kind).count();
        writeln!(
            out,
            "{:<22} {:<22} {n:>4} {}",
            kind.label(Lang::Id),
            kind.label(Lang::En),
            bar(n, s.reports.len())
        )?;
    }
    Ok(())
}

fn by_channel(s: &Sample, out: &mut dyn Write) -> io::Result<()> {
    heading(out, "Reports by channel")?;
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for r in &s.reports {
        *counts.entry(r.channel.as_str()).or_default() += 1;
    }
    let mut rows: Vec<_> = counts.into_iter().collect();
    rows.sort_by_key(|&(tag, n)| (std::cmp::Reverse(n), tag));
    for (tag, n) in rows {
        writeln!(out, "{tag:<16} {n:>4} {}", bar(n, s.reports.len()))?;
    }
    Ok(())
}

fn privacy(s: &Sample, out: &mut dyn Write) -> io::Result<()> {
    heading(out, "Privacy")?;
    let count = |f: &dyn Fn(&lapor_core::Report) -> bool| s.reports.iter().filter(|r| f(r)).count();
    writeln!(
        out,
        "anonim (identity hidden from public and agency): {:>4}",
        count(&|r| r.is_anonymous())
    )?;
    writeln!(
        out,
        "rahasia (content not public):                    {:>4}",
        count(&|r| r.is_confidential())
    )?;
    writeln!(
        out,
        "  of which whistle-blowing (always rahasia):     {:>4}",
        count(&|r| r.kind == ReportKind::Whistleblowing)
    )?;
    writeln!(
        out,
        "anonim and rahasia:                              {:>4}",
        count(&|r| r.is_anonymous() && r.is_confidential())
    )?;
    writeln!(
        out,
        "reporter wrote an NIK into the text:             {:>4}  (the redactor will hide these)",
        count(&|r| r
            .reporter
            .as_ref()
            .and_then(|p| p.nik.as_ref())
            .is_some_and(|nik| r.body.contains(nik.as_str())))
    )?;
    Ok(())
}

fn by_regency(s: &Sample, out: &mut dyn Write) -> io::Result<()> {
    heading(out, "Reports by regency")?;
    let mut counts: BTreeMap<_, usize> = BTreeMap::new();
    for region in s.reports.iter().filter_map(|r| r.location.region) {
        if let Some(regency) = region.truncate(RegionLevel::Regency) {
            *counts.entry(regency).or_default() += 1;
        }
    }
    for (regency, n) in counts {
        let label = format!(
            "{} ({})",
            s.regions.full_name(&regency),
            regency.time_zone()
        );
        writeln!(
            out,
            "{regency}  {label:<56} {n:>4} {}",
            bar(n, s.reports.len())
        )?;
    }
    Ok(())
}

fn routing(s: &Sample, out: &mut dyn Write) -> io::Result<()> {
    heading(
        out,
        "Routing suggestions (deepest agency that serves the region and handles the category)",
    )?;
    let mut counts: BTreeMap<String, usize> = BTreeMap::new();
    let mut unrouted = 0;
    for r in &s.reports {
        let Some(region) = r.location.region else {
            unrouted += 1;
            continue;
        };
        match s
            .agencies
            .route(&region, r.category.as_ref(), &s.categories)
            .first()
        {
            Some(agency) => *counts.entry(agency.name.clone()).or_default() += 1,
            None => unrouted += 1,
        }
    }
    let mut rows: Vec<_> = counts.into_iter().collect();
    rows.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    for (name, n) in rows.iter().take(12) {
        writeln!(out, "{n:>4}  {name}")?;
    }
    if rows.len() > 12 {
        let rest: usize = rows[12..].iter().map(|(_, n)| n).sum();
        writeln!(out, "{rest:>4}  … {} more agencies", rows.len() - 12)?;
    }
    writeln!(out, "{unrouted:>4}  without a suggestion")?;
    Ok(())
}

/// The agency that handles a report: the one the reporter chose, else the routing suggestion.
fn handling_agency<'a>(s: &'a Sample, r: &lapor_core::Report) -> Option<&'a lapor_core::Agency> {
    match &r.target_agency {
        Some(id) => s.agencies.get(id).ok(),
        None => {
            let region = r.location.region?;
            s.agencies
                .route(&region, r.category.as_ref(), &s.categories)
                .first()
                .copied()
        }
    }
}

fn verification_deadlines(s: &Sample, out: &mut dyn Write) -> io::Result<()> {
    heading(
        out,
        "Verification deadlines (3 working days, in the handling agency's local time)",
    )?;
    let cal = WorkingCalendar::indonesia();
    let budget = Budget::WorkingDays(3);
    let mut rows = Vec::new();
    let mut problems = Vec::new();
    for r in &s.reports {
        let id = r.tracking_id.map(|t| t.to_string()).unwrap_or_default();
        let (Some(at), Some(agency)) = (r.submitted_at, handling_agency(s, r)) else {
            problems.push(format!("{id}: no submission time or no handling agency"));
            continue;
        };
        match s
            .agencies
            .time_zone(&agency.id)
            .and_then(|zone| Ok((zone, cal.deadline(at, budget, zone)?)))
        {
            Ok((zone, due)) => rows.push((id, at, agency, zone, due)),
            Err(e) => problems.push(format!("{id}: {e}")),
        }
    }
    let local = |t: chrono::DateTime<chrono::Utc>, zone: lapor_core::TimeZone| {
        t.with_timezone(&zone.offset())
            .format("%a %d %b %Y %H:%M")
            .to_string()
    };
    // A deadline at local midnight is shown as 24:00 of the day before (the end of that day).
    let end_of_day = |t: chrono::DateTime<chrono::Utc>, zone: lapor_core::TimeZone| {
        let l = t.with_timezone(&zone.offset()) - chrono::Duration::seconds(1);
        format!("{} 24:00", l.format("%a %d %b %Y"))
    };
    writeln!(
        out,
        "{:>9}  {:<22} {:<22} {:<5} agency",
        "report", "submitted (local)", "due by (local)", "zone"
    )?;
    for (id, at, agency, zone, due) in rows.iter().take(10) {
        writeln!(
            out,
            "{id:>9}  {:<22} {:<22} {:<5} {}",
            local(*at, *zone),
            end_of_day(*due, *zone),
            zone.abbreviation(),
            agency.name
        )?;
    }
    // Where holidays or cuti bersama pushed the deadline past the weekend-only count.
    let weekends_only = WorkingCalendar::new("weekends only", cal.years(), Vec::new())
        .map_err(|e| io::Error::other(e.to_string()))?;
    let mut stretched = 0;
    let mut latest: Option<(usize, &str)> = None;
    let mut by_zone: BTreeMap<&str, usize> = BTreeMap::new();
    for (id, at, _, zone, due) in &rows {
        *by_zone.entry(zone.abbreviation()).or_default() += 1;
        if weekends_only.deadline(*at, budget, *zone).ok() != Some(*due) {
            stretched += 1;
        }
        let days = (local_date(*due, *zone) - local_date(*at, *zone)).num_days() as usize;
        if latest.is_none_or(|(d, _)| days > d) {
            latest = Some((days, id.as_str()));
        }
    }
    writeln!(
        out,
        "{} deadlines computed ({}); {stretched} pushed later by holidays or cuti bersama",
        rows.len(),
        by_zone
            .iter()
            .map(|(z, n)| format!("{n} {z}"))
            .collect::<Vec<_>>()
            .join(", ")
    )?;
    if let Some((days, id)) = latest {
        writeln!(
            out,
            "longest: report {id}, due {days} calendar days after filing"
        )?;
    }
    for p in &problems {
        writeln!(out, "not computed: {p}")?;
    }
    Ok(())
}

fn attachments(s: &Sample, out: &mut dyn Write) -> io::Result<()> {
    let rules = AttachmentRules::default();
    heading(out, "Attachments")?;
    let with = s
        .reports
        .iter()
        .filter(|r| !r.attachments.is_empty())
        .count();
    let total: u64 = s.reports.iter().map(|r| r.attachments_total_bytes()).sum();
    writeln!(
        out,
        "{with} reports carry attachments, {:.1} MB in all",
        total as f64 / 1e6
    )?;
    let over: Vec<_> = s
        .reports
        .iter()
        .filter_map(|r| rules.check(&r.attachments).err().map(|e| (r, e)))
        .collect();
    writeln!(
        out,
        "{} reports are over the limit of {} bytes in total; the first three:",
        over.len(),
        rules.max_total_bytes
    )?;
    for (r, e) in over.iter().take(3) {
        let id = r.tracking_id.map(|t| t.to_string()).unwrap_or_default();
        writeln!(out, "{id:>9}  {}", e.message(Lang::Id))?;
        writeln!(out, "{:>9}  {e}", "")?;
    }
    Ok(())
}

/// Routes every sample report, plays a few weeks of its life (deterministically, from its
/// tracking id) and prints the dashboard an admin would see.
fn case_dashboard(s: &Sample, out: &mut dyn Write) -> io::Result<()> {
    use chrono::Duration;
    use lapor_core::synthetic::SplitMix64;
    use lapor_core::{
        Actor, Case, Command, Context, Holder, MetricState, SlaPolicy, Status, Tier, TrackingId,
    };

    heading(out, "Case dashboard (SLA per PermenPANRB 62/2018)")?;
    let err = |e: lapor_core::Error| io::Error::other(e.to_string());
    let cal = WorkingCalendar::indonesia();
    let policy = SlaPolicy::permenpanrb_62_2018();
    let ctx = Context::new(&s.agencies, &cal, &policy);
    let Some(last) = s.reports.iter().filter_map(|r| r.submitted_at).max() else {
        return Ok(());
    };
    // "Now": two days after the latest submission (the oldest cases have lived for months).
    let now = last + Duration::days(2);
    let mut cases = Vec::new();
    for r in &s.reports {
        let (Some(at), Some(id)) = (r.submitted_at, r.tracking_id) else {
            continue;
        };
        let mut rng = SplitMix64::new(id.0);
        let fate = rng.below(100);
        let mut case =
            Case::submit(&ctx, &Actor::reporter(), TrackingId(id.0), r.clone(), at).map_err(err)?;
        let mut t = at;
        let mut step = |case: &mut Case, actor: Actor, cmd: Command, max_hours: u64| {
            t += Duration::hours(1 + rng.below(max_hours) as i64);
            if t > now {
                return false;
            }
            // Time-driven events first; a command the case no longer allows is skipped.
            let _ = case.advance(&ctx, t);
            case.handle(&ctx, &actor, &cmd, t).is_ok()
        };
        let Some(agency) = handling_agency(s, r).map(|a| a.id.clone()) else {
            step(
                &mut case,
                Actor::national_admin(),
                Command::Archive {
                    reason: "tidak ada instansi berwenang".into(),
                },
                72,
            );
            cases.push(case);
            continue;
        };
        let dispose = Command::Dispose {
            agency: agency.clone(),
            privacy: None,
            title: None,
            category: None,
            tier: Some(Tier::Normative),
        };
        // Deterministic fates: some agencies never follow up, some reporters keep replying,
        // others close or let the reply window run out (auto-close).
        if fate < 5 {
            let archive = Command::Archive {
                reason: "tidak memenuhi kriteria".into(),
            };
            step(&mut case, Actor::national_admin(), archive, 72);
        } else if step(&mut case, Actor::national_admin(), dispose, 120) && fate >= 25 {
            let admin = Actor::agency_admin(agency.clone());
            let follow_up = Command::FollowUp {
                text: "Laporan sedang kami tindak lanjuti.".into(),
            };
            if step(&mut case, admin.clone(), follow_up, 200) {
                if fate < 45 {
                    let reply = Command::Reply {
                        text: "Belum ada perubahan.".into(),
                    };
                    step(&mut case, Actor::reporter(), reply, 72);
                } else if fate < 80 {
                    step(&mut case, admin, Command::Close, 150);
                }
            }
        }
        let _ = case.advance(&ctx, now);
        cases.push(case);
    }
    writeln!(
        out,
        "{} cases routed and played until {} (UTC)",
        cases.len(),
        now.format("%d %b %Y %H:%M")
    )?;
    for status in Status::ALL {
        let n = cases.iter().filter(|c| c.status() == status).count();
        if n > 0 {
            writeln!(
                out,
                "  {:<22} {:<20} {n:>4} {}",
                status.public_label(Lang::Id),
                format!("({})", status.public_label(Lang::En)),
                bar(n, cases.len())
            )?;
        }
    }
    // Late: open cases with a breached metric, by the agency responsible at the breach.
    let mut late: BTreeMap<String, usize> = BTreeMap::new();
    let mut next = Vec::new();
    for c in cases.iter().filter(|c| !c.status().is_closed()) {
        let metrics = c.sla(&ctx, now).map_err(err)?;
        // The metric that is late now (breached and still running), else any breach.
        let late_now = metrics
            .iter()
            .find(|m| m.state == MetricState::Breached && m.stopped.is_none())
            .or_else(|| metrics.iter().find(|m| m.state == MetricState::Breached));
        if let Some(m) = late_now {
            let name = match &m.responsible {
                Holder::NationalAdmin => "Admin Nasional SP4N-LAPOR!".to_string(),
                Holder::Agency(a) => s.agencies.get(a).map_or(a.to_string(), |a| a.name.clone()),
            };
            *late.entry(name).or_default() += 1;
        }
        for m in metrics {
            if m.state == MetricState::Running {
                next.push((m.due, c.id(), m.metric));
            }
        }
    }
    writeln!(
        out,
        "cases late per agency (open, at least one deadline missed):"
    )?;
    let mut late: Vec<_> = late.into_iter().collect();
    late.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    for (name, n) in late.iter().take(8) {
        writeln!(out, "  {n:>4}  {name}")?;
    }
    next.sort();
    writeln!(out, "next deadlines:")?;
    for (due, id, metric) in next.iter().take(5) {
        writeln!(
            out,
            "  {} UTC  {id}  {}",
            due.format("%a %d %b %Y %H:%M"),
            metric.as_str()
        )?;
    }
    semester_evaluation(s, &ctx, &cases, out)?;
    let breaches: usize = cases.iter().map(|c| c.breaches().len()).sum();
    writeln!(
        out,
        "{breaches} breaches recorded, {} auto-closed",
        cases
            .iter()
            .filter(|c| c
                .events()
                .iter()
                .any(|e| e.kind == lapor_core::EventKind::AutoClosed))
            .count()
    )?;
    Ok(())
}

/// The evaluation per period of the played cases: arrears carried month to month, then the
/// semester per agency with its ranking (`analytics::evaluate_period`, default ranking policy).
fn semester_evaluation(
    s: &Sample,
    ctx: &lapor_core::Context<'_>,
    cases: &[lapor_core::Case],
    out: &mut dyn Write,
) -> io::Result<()> {
    use lapor_core::analytics::{evaluate_period, Period, RankingPolicy};
    let err = |e: lapor_core::Error| io::Error::other(e.to_string());
    let policy = RankingPolicy::default();
    writeln!(
        out,
        "arrears (tunggakan) carried month to month, all agencies:"
    )?;
    for month in 1..=6 {
        let p = Period::month(2025, month).map_err(err)?;
        let e = evaluate_period(cases, ctx, &p, &policy).map_err(err)?;
        let (start, end): (u64, u64) = (e.arrears_start.iter().sum(), e.arrears_end.iter().sum());
        let received: u64 = e.received.iter().sum();
        writeln!(
            out,
            "  {}  received {received:>3}  arrears at start {start:>3}  at end {end:>3}",
            p.label
        )?;
    }
    let p = Period::semester(2025, 1).map_err(err)?;
    let e = evaluate_period(cases, ctx, &p, &policy).map_err(err)?;
    writeln!(
        out,
        "semester {} per agency (no events after the last played instant; score: {}):",
        p.label, policy.name
    )?;
    let mut rows: Vec<usize> = (0..e.len()).filter(|&i| e.rank[i].is_some()).collect();
    rows.sort_by_key(|&i| (e.rank[i], e.key[i].clone()));
    writeln!(
        out,
        "  rank  score  routed  followed up  resolved  arrears start/end  agency"
    )?;
    let pct = |part: u64, whole: u64| {
        if whole == 0 {
            "  -".to_string()
        } else {
            format!("{:>3.0}%", part as f64 * 100.0 / whole as f64)
        }
    };
    for &i in rows.iter().take(8) {
        writeln!(
            out,
            "  {:>4}  {:>5.1}  {:>6}  {:>11}  {:>8}  {:>7}/{:<9}  {}",
            e.rank[i].unwrap_or(0),
            e.score[i].unwrap_or(0.0),
            e.routed[i],
            pct(e.followed_up[i], e.routed[i]),
            pct(e.resolved[i], e.routed[i]),
            e.arrears_start[i],
            e.arrears_end[i],
            s.agencies
                .get(&e.key[i].as_str().into())
                .map_or(e.key[i].clone(), |a| a.name.clone())
        )?;
    }
    if rows.len() > 8 {
        writeln!(out, "  … {} more agencies ranked", rows.len() - 8)?;
    }
    Ok(())
}

/// One anonymous report as the reporter, the agency and the public see it; then every anonymous
/// report of the sample checked: the agency's view never holds the reporter's name, NIK or phone.
fn anonymity(s: &Sample, out: &mut dyn Write) -> io::Result<()> {
    use lapor_core::{
        validate_report, Actor, AgencyView, Case, Command, Context, PublicContent, Redactor,
        ReportForm, SlaPolicy, TrackingId,
    };

    heading(out, "Anonymity: what the agency and the public see")?;
    let err = |e: lapor_core::Error| io::Error::other(e.to_string());
    let cal = WorkingCalendar::indonesia();
    let policy = SlaPolicy::permenpanrb_62_2018();
    let ctx = Context::new(&s.agencies, &cal, &policy);
    let redactor = Redactor::default();
    let route = |case: &mut Case, r: &lapor_core::Report| -> Result<(), lapor_core::Error> {
        if let (Some(agency), Some(at)) = (handling_agency(s, r), r.submitted_at) {
            let dispose = Command::Dispose {
                agency: agency.id.clone(),
                privacy: None,
                title: None,
                category: None,
                tier: None,
            };
            case.handle(
                &ctx,
                &Actor::national_admin(),
                &dispose,
                at + chrono::Duration::hours(3),
            )?;
        }
        Ok(())
    };
    let identity = |r: &lapor_core::Report| -> Vec<String> {
        r.reporter
            .iter()
            .flat_map(|p| [p.name.clone(), p.nik.clone(), p.phone.clone()])
            .flatten()
            .collect()
    };
    let mut checked = 0;
    let mut leaks = 0;
    let mut shown = false;
    for r in s.reports.iter().filter(|r| r.is_anonymous()) {
        let (Some(at), Some(id)) = (r.submitted_at, r.tracking_id) else {
            continue;
        };
        let mut case =
            Case::submit(&ctx, &Actor::reporter(), TrackingId(id.0), r.clone(), at).map_err(err)?;
        route(&mut case, r).map_err(err)?;
        let AgencyView::Anonymous(seen) = case.agency_view(&redactor) else {
            return Err(io::Error::other(
                "an anonymous case gave an identified agency view",
            ));
        };
        let agency_json = case.agency_view(&redactor).to_json();
        checked += 1;
        if identity(r).iter().any(|v| agency_json.contains(v.as_str())) {
            leaks += 1;
        }
        let writes_identity = identity(r).iter().any(|v| r.body.contains(v.as_str()));
        if shown || r.is_confidential() || !writes_identity {
            continue;
        }
        shown = true;
        writeln!(
            out,
            "report {id} (anonim), as filed and as the national admin sees it:"
        )?;
        writeln!(out, "  {}", r.body)?;
        let form = ReportForm {
            title: r.title.clone(),
            body: r.body.clone(),
            incident_date: Some(r.incident_date.to_string()),
            anonymous: true,
            reporter_name: r.reporter.as_ref().and_then(|p| p.name.clone()),
            reporter_nik: r.reporter.as_ref().and_then(|p| p.nik.clone()),
            reporter_phone: r.reporter.as_ref().and_then(|p| p.phone.clone()),
            reporter_email: r.reporter.as_ref().and_then(|p| p.email.clone()),
            ..ReportForm::default()
        };
        for w in validate_report(&form, at).warnings() {
            writeln!(out, "  form warning [{}]: {}", w.code, w.message(Lang::Id))?;
        }
        writeln!(out, "as the agency sees it (no reporter field at all):")?;
        writeln!(out, "  {}", seen.body)?;
        let public = case.public_view(&redactor);
        if let PublicContent::Anonymous(text) = &public.content {
            writeln!(out, "as the public sees it ({}):", public.status_label)?;
            writeln!(out, "  {}", text.body)?;
        }
    }
    writeln!(
        out,
        "{checked} anonymous cases checked: {leaks} agency views hold the reporter's name, NIK or phone"
    )?;
    Ok(())
}
