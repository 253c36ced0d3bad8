//! The sections of the demo, each printing one part of the summary.

use std::collections::BTreeMap;
use std::io::{self, Write};

use lapor_core::{AttachmentRules, Lang, RegionLevel, ReportKind};

use crate::Sample;

/// Prints every section.
pub fn run(s: &Sample, out: &mut dyn Write) -> io::Result<()> {
    data_set(s, out)?;
    by_kind(s, out)?;
    by_channel(s, out)?;
    privacy(s, out)?;
    by_regency(s, out)?;
    routing(s, out)?;
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
