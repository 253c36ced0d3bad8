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
        *counts.entry(r.channel.tag()).or_default() += 1;
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
