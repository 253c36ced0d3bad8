//! Event logs as JSON Lines: one [`Event`] per line, RFC 3339 instants.

use std::collections::HashMap;
use std::hash::{BuildHasher, Hasher};

use chrono::{DateTime, Utc};

use super::{rejected, rejected_at, Case, Context, Event};
use crate::error::{Error, Result};
use crate::report::TrackingId;

/// What [`read_event_log`] does with a line it cannot read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum LogErrors {
    /// Stop at the first bad line and return its error.
    #[default]
    Stop,
    /// Keep the good lines and collect the bad ones.
    Collect,
}

/// The events read from a log, and (with [`LogErrors::Collect`]) the lines that failed.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct EventLog {
    /// The events, in file order.
    pub events: Vec<Event>,
    /// The 1-based line of each event in the text (blank and bad lines make it differ from the
    /// event's position).
    pub lines: Vec<usize>,
    /// One [`Error::LogLine`] per bad line.
    pub errors: Vec<Error>,
}

/// Reads a JSON Lines event log. Blank lines are skipped.
///
/// Errors (with [`LogErrors::Stop`]): [`Error::LogLine`] naming the 1-based line number.
///
/// ```
/// use lapor_core::{read_event_log, LogErrors};
/// let text = "{\"case\":1,\"at\":\"2025-03-03T02:00:00Z\",\"actor\":{\"role\":\"national_admin\"},\"event\":\"resumed\"}\nnot json\n";
/// assert_eq!(read_event_log(text, LogErrors::Stop).unwrap_err().code(), "log_line");
/// let log = read_event_log(text, LogErrors::Collect)?;
/// assert_eq!((log.events.len(), log.errors.len()), (1, 1));
/// # Ok::<(), lapor_core::Error>(())
/// ```
pub fn read_event_log(text: &str, on_error: LogErrors) -> Result<EventLog> {
    EventLog::from_lines(text.lines().map(Some), on_error)
}

impl EventLog {
    /// [`read_event_log`] over lines given one at a time, as a binding streaming a file hands
    /// them over (so the whole text is never held): `None` stands for a line that is not valid
    /// UTF-8, a `log_line` error like any unreadable line.
    ///
    /// ```
    /// use lapor_core::{EventLog, LogErrors};
    /// let lines = [Some(r#"{"case":1,"at":"2025-03-03T02:00:00Z","actor":{"role":"national_admin"},"event":"resumed"}"#), None];
    /// let log = EventLog::from_lines(lines, LogErrors::Collect)?;
    /// assert_eq!((log.events.len(), log.errors.len()), (1, 1));
    /// assert_eq!(log.errors[0].to_string(), "event log line 2: the line is not valid UTF-8");
    /// # Ok::<(), lapor_core::Error>(())
    /// ```
    pub fn from_lines<S: AsRef<str>>(
        lines: impl IntoIterator<Item = Option<S>>,
        on_error: LogErrors,
    ) -> Result<EventLog> {
        let mut log = EventLog::default();
        for (i, line) in lines.into_iter().enumerate() {
            if let Some(event) = line_event(line.as_ref().map(AsRef::as_ref)) {
                log.push(i + 1, event, on_error)?;
            }
        }
        Ok(log)
    }

    /// The event read from line (or row) `line`, or the [`Error::LogLine`] of its `message`,
    /// stopped at or collected.
    fn push(
        &mut self,
        line: usize,
        event: std::result::Result<Event, String>,
        on_error: LogErrors,
    ) -> Result<()> {
        match event {
            Ok(e) => {
                self.events.push(e);
                self.lines.push(line);
                Ok(())
            }
            Err(message) => on_error.handle(Error::LogLine { line, message }, &mut self.errors),
        }
    }
}

/// The event on a line of JSON Lines (`None`: the line is not valid UTF-8), or why it is none;
/// nothing for a blank line.
fn line_event(text: Option<&str>) -> Option<std::result::Result<Event, String>> {
    match text {
        Some(t) if t.trim().is_empty() => None,
        Some(t) => Some(Event::from_json(t).map_err(|e| e.to_string())),
        None => Some(Err("the line is not valid UTF-8".to_string())),
    }
}

impl LogErrors {
    /// `err` returned ([`Stop`](LogErrors::Stop)) or set aside in `errors`
    /// ([`Collect`](LogErrors::Collect)).
    fn handle(self, err: Error, errors: &mut Vec<Error>) -> Result<()> {
        match self {
            LogErrors::Stop => Err(err),
            LogErrors::Collect => {
                errors.push(err);
                Ok(())
            }
        }
    }
}

/// The keys of an event's JSON that the flat columnar form keeps in columns of their own.
const COLUMN_KEYS: [&str; 4] = ["case", "at", "actor", "event"];

impl Event {
    /// The event's own fields as a JSON object: its JSON without `case`, `at`, `actor` and
    /// `event`, which the flat columnar form of a log keeps in columns of their own
    /// (`docs/data-formats.md`, "Events as columns"). The `at` column holds microseconds; an
    /// instant finer than that is kept here too (as `at`), so nothing is lost.
    ///
    /// ```
    /// use lapor_core::case::Event;
    /// let e = Event::from_json(r#"{"case":7,"at":"2025-03-04T02:00:00Z","actor":{"role":"national_admin"},"event":"disposed","agency":"dinkes"}"#)?;
    /// assert_eq!(e.payload(), r#"{"agency":"dinkes"}"#);
    /// let back = Event::from_columns(7, e.at.timestamp_micros(), "disposed", "national_admin", None, &e.payload())?;
    /// assert_eq!(back, e);
    /// # Ok::<(), lapor_core::Error>(())
    /// ```
    pub fn payload(&self) -> String {
        let mut map = match serde_json::to_value(self) {
            Ok(serde_json::Value::Object(map)) => map,
            _ => serde_json::Map::new(),
        };
        for key in COLUMN_KEYS {
            map.remove(key);
        }
        if self.at.timestamp_subsec_nanos() % 1_000 != 0 {
            map.insert(
                "at".into(),
                self.at
                    .to_rfc3339_opts(chrono::SecondsFormat::Nanos, true)
                    .into(),
            );
        }
        serde_json::Value::Object(map).to_string()
    }

    /// The analysis columns of the event's flat form (the ones [`Event::from_columns`] does
    /// not need): what `lapor_core::analytics::event_columns` and a database's event table
    /// write beside the payload.
    ///
    /// ```
    /// use lapor_core::case::Event;
    /// let e = Event::from_json(r#"{"case":7,"at":"2025-03-04T02:00:00Z","actor":{"role":"national_admin"},"event":"disposed","agency":"dinkes","tier":"field_check"}"#)?;
    /// let f = e.facets();
    /// assert_eq!((f.agency, f.tier, f.metric, f.kind), ("dinkes", "field_check", "", ""));
    /// # Ok::<(), lapor_core::Error>(())
    /// ```
    pub fn facets(&self) -> EventFacets<'_> {
        use super::{EventKind, Holder, Tier};
        let mut f = EventFacets::default();
        match &self.kind {
            EventKind::Submitted { report } => {
                f.kind = report.kind.as_str();
                f.region = report
                    .location
                    .region
                    .map(|r| r.to_string())
                    .unwrap_or_default();
                f.channel = report.channel.as_str();
            }
            EventKind::Disposed { agency, tier, .. } => {
                f.agency = agency.as_str();
                f.tier = tier.map_or("", Tier::as_str);
            }
            EventKind::Rerouted { agency } => f.agency = agency.as_str(),
            EventKind::SubDisposed { unit } => f.agency = unit.as_str(),
            EventKind::Breached { metric, .. } => f.metric = metric.as_str(),
            EventKind::Escalated { metric, to, .. } => {
                f.metric = metric.as_str();
                f.agency = match to {
                    Holder::NationalAdmin => "national_admin",
                    Holder::Agency(a) => a.as_str(),
                };
            }
            EventKind::Reclassified { kind } => f.kind = kind.as_str(),
            _ => {}
        }
        f
    }

    /// An event from the columns of the flat form: the case, the instant in microseconds since
    /// the Unix epoch (UTC), the event's name, the actor's role and agency, and the
    /// [`payload`](Event::payload) (an empty text stands for `{}`). The event is checked as
    /// [`Event::from_json`] checks it.
    ///
    /// Errors: [`Error::Json`] naming the field (an unknown event or role, a payload that is not
    /// a JSON object, a field the event does not have), [`Error::InstantOutOfRange`].
    pub fn from_columns(
        case: u64,
        at_micros: i64,
        event: &str,
        actor_role: &str,
        actor_agency: Option<&str>,
        payload: &str,
    ) -> Result<Event> {
        // The payload's keys are checked, then the columns are written around its text and the
        // whole is read once as a JSON Lines event (no tree of values built and written back).
        let payload = payload.trim();
        let keys: std::collections::BTreeMap<String, serde::de::IgnoredAny> = if payload.is_empty()
        {
            std::collections::BTreeMap::new()
        } else {
            match serde_json::from_str(payload) {
                Ok(keys) => keys,
                Err(_) if !payload.starts_with('{') => {
                    return Err(crate::error::shape_error(
                        "event",
                        "payload",
                        "the payload must be a JSON object",
                    ))
                }
                Err(e) => return Err(Error::json("event", "payload".into(), &e)),
            }
        };
        if let Some(key) = COLUMN_KEYS
            .iter()
            .find(|&&k| k != "at" && keys.contains_key(k))
        {
            return Err(crate::error::shape_error(
                "event",
                &format!("payload.{key}"),
                "the payload repeats a column",
            ));
        }
        let quoted = |s: &str| serde_json::to_string(s).unwrap_or_default();
        let mut text = String::with_capacity(payload.len() + 160);
        text.push_str("{\"case\":");
        text.push_str(&case.to_string());
        if !keys.contains_key("at") {
            let at = DateTime::<Utc>::from_timestamp_micros(at_micros)
                .ok_or(Error::InstantOutOfRange)?;
            text.push_str(",\"at\":");
            text.push_str(&quoted(
                &at.to_rfc3339_opts(chrono::SecondsFormat::AutoSi, true),
            ));
        }
        text.push_str(",\"actor\":{\"role\":");
        text.push_str(&quoted(actor_role));
        if let Some(agency) = actor_agency.filter(|a| !a.is_empty()) {
            text.push_str(",\"agency\":");
            text.push_str(&quoted(agency));
        }
        text.push_str("},\"event\":");
        text.push_str(&quoted(event));
        // A JSON object's text, trimmed, is `{` … `}`.
        let inner = payload
            .get(1..payload.len().saturating_sub(1))
            .unwrap_or("")
            .trim();
        if !inner.is_empty() {
            text.push(',');
            text.push_str(inner);
        }
        text.push('}');
        Event::from_json(&text)
    }
}

/// Writes events as JSON Lines (each line ends with `\n`).
pub fn write_event_log<'e>(events: impl IntoIterator<Item = &'e Event>) -> String {
    let mut out = String::new();
    for e in events {
        out.push_str(&e.to_json());
        out.push('\n');
    }
    out
}

/// The columns of an event's flat form that repeat parts of its payload for analysis
/// ([`Event::facets`]; `docs/data-formats.md`, "Events as columns"): `""` where one does not
/// apply.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct EventFacets<'a> {
    /// The agency of `disposed` / `rerouted`, the unit of `sub_disposed`, the holder an
    /// `escalated` names (`national_admin` or an agency id).
    pub agency: &'a str,
    /// The completion tier a `disposed` sets.
    pub tier: &'a str,
    /// The metric of `breached` and `escalated`.
    pub metric: &'a str,
    /// The report kind of `submitted`, the new kind of `reclassified`.
    pub kind: &'a str,
    /// The region code of a `submitted` report, dotted.
    pub region: String,
    /// The channel of a `submitted` report.
    pub channel: &'a str,
}

/// One row of the flat columnar form of a log (see [`Event::from_columns`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EventRow<'a> {
    /// The case's tracking id.
    pub case: u64,
    /// The instant, in microseconds since the Unix epoch (UTC).
    pub at_micros: i64,
    /// The event's name (`submitted`, `disposed`…).
    pub event: &'a str,
    /// The actor's role.
    pub actor_role: &'a str,
    /// The actor's agency, if any (`None` or `""` for none).
    pub actor_agency: Option<&'a str>,
    /// The event's own fields as a JSON object ([`Event::payload`]).
    pub payload: &'a str,
    /// The event's 0-based position in its case (the `seq` column), when the table has one:
    /// engines that shuffle rows (Spark, SQL without `ORDER BY`) restore the order with it, and
    /// [`EventLog::from_rows`] checks it so that a missing, repeated or misplaced row is an
    /// error, never a case replayed from the wrong events.
    pub seq: Option<u64>,
}

/// Reads a log's flat columnar form row by row, in as many batches as the rows come in (Arrow
/// record batches, a database cursor), so that the table is never held whole: what
/// [`EventLog::from_rows`] does for rows given at once, with the same checks and row numbers.
///
/// ```
/// use lapor_core::{EventRow, LogErrors, RowReader};
/// let mut reader = RowReader::new(LogErrors::Collect);
/// for batch in [["{}", "not json"], ["{}", "{}"]] {
///     for payload in batch {
///         reader.push(EventRow {
///             case: 7, at_micros: 1_740_967_200_000_000, event: "resumed",
///             actor_role: "national_admin", actor_agency: None, payload, seq: None,
///         })?;
///     }
/// }
/// let log = reader.finish();
/// assert_eq!((log.events.len(), log.lines), (3, vec![1, 3, 4]));
/// # Ok::<(), lapor_core::Error>(())
/// ```
#[derive(Debug)]
pub struct RowReader {
    log: EventLog,
    on_error: LogErrors,
    rows: RowSeq,
}

/// The numbering of rows and the check of their `seq`, shared by [`RowReader`] and [`Replay`].
#[derive(Debug, Default)]
struct RowSeq {
    rows: usize,
    /// The rows seen so far of each case (the `seq` each next row must have).
    seen: HashMap<u64, u64, IdHash>,
}

impl RowSeq {
    /// The next row's number and its event (or why it is none).
    fn read(&mut self, r: EventRow<'_>) -> (usize, std::result::Result<Event, String>) {
        self.rows += 1;
        let position = self.seen.entry(r.case).or_insert(0);
        let expected = *position;
        *position += 1;
        let event = match r.seq {
            Some(seq) if seq != expected => Err(format!(
                "seq {seq} where this case's row {expected} was expected: sort the rows by \
                 tracking_id and seq, and check that none is missing or repeated"
            )),
            _ => Event::from_columns(
                r.case,
                r.at_micros,
                r.event,
                r.actor_role,
                r.actor_agency,
                r.payload,
            )
            .map_err(|e| e.to_string()),
        };
        (self.rows, event)
    }
}

impl RowReader {
    /// A reader that stops at the first bad row ([`LogErrors::Stop`]) or collects bad rows.
    pub fn new(on_error: LogErrors) -> RowReader {
        RowReader {
            log: EventLog::default(),
            on_error,
            rows: RowSeq::default(),
        }
    }

    /// Reads the next row (numbered 1, 2, … across every call). Errors (with
    /// [`LogErrors::Stop`]): [`Error::LogLine`] naming the row, for a row that is not an event
    /// or whose [`seq`](EventRow::seq) is not its place among its case's rows.
    pub fn push(&mut self, r: EventRow<'_>) -> Result<()> {
        let (row, event) = self.rows.read(r);
        self.log.push(row, event, self.on_error)
    }

    /// The events read, with the bad rows set aside when collecting.
    pub fn finish(self) -> EventLog {
        self.log
    }
}

impl EventLog {
    /// Reads the rows of a log's flat columnar form (a table exported from a database, Arrow or
    /// Parquet), as [`read_event_log`] reads JSON Lines: `lines` are 1-based row numbers, and a
    /// row that is not an event is a [`Error::LogLine`] naming its row, returned at once
    /// ([`LogErrors::Stop`]) or collected ([`LogErrors::Collect`]). A row whose
    /// [`seq`](EventRow::seq) is not its position among its case's rows is such an error too.
    ///
    /// ```
    /// use lapor_core::{EventLog, EventRow, LogErrors};
    /// let row = |seq| EventRow {
    ///     case: 7, at_micros: 1_740_967_200_000_000, event: "withdrawn", actor_role: "reporter",
    ///     actor_agency: None, payload: "{}", seq: Some(seq),
    /// };
    /// let err = EventLog::from_rows([row(0), row(2)], LogErrors::Stop).unwrap_err();
    /// assert_eq!(err.code(), "log_line");
    /// # Ok::<(), lapor_core::Error>(())
    /// ```
    pub fn from_rows<'a>(
        rows: impl IntoIterator<Item = EventRow<'a>>,
        on_error: LogErrors,
    ) -> Result<EventLog> {
        let mut reader = RowReader::new(on_error);
        for r in rows {
            reader.push(r)?;
        }
        Ok(reader.finish())
    }

    /// The log's cases ([`cases_from_owned_events`]), with a rejected event's error naming its
    /// line in the text.
    ///
    /// ```
    /// use lapor_core::{read_event_log, AgencyDirectory, Context, LogErrors, SlaPolicy, WorkingCalendar};
    /// let log = concat!(
    ///     r#"{"case":7,"at":"2025-03-03T02:00:00Z","actor":{"role":"reporter"},"event":"submitted","report":{"kind":"complaint","title":"Jalan rusak","body":"Berlubang.","incident_date":"2025-03-01","channel":"web"}}"#, "\n\n",
    ///     r#"{"case":7,"at":"2025-03-04T02:00:00Z","actor":{"role":"reporter"},"event":"closed"}"#, "\n",
    /// );
    /// let (dir, cal, policy) = (AgencyDirectory::from_json("[]")?, WorkingCalendar::indonesia(), SlaPolicy::default());
    /// let err = read_event_log(log, LogErrors::Stop)?.into_cases(&Context::new(&dir, &cal, &policy)).unwrap_err();
    /// assert_eq!(err.to_string(), "event log line 3 (case #7, event closed) rejected: \
    ///     command close is not allowed on a case with status submitted");
    /// # Ok::<(), lapor_core::Error>(())
    /// ```
    pub fn into_cases(self, ctx: &Context<'_>) -> Result<Vec<Case>> {
        let lines = self.lines;
        cases_from_owned_events(ctx, self.events).map_err(|e| on_line(e, &lines))
    }

    /// The log's cases with [`cases_from_owned_events_collecting`]: the cases that replay, and
    /// after this log's own unreadable lines ([`errors`](EventLog::errors)) the rejection of
    /// each case left out, naming its line in the text.
    pub fn into_cases_collecting(self, ctx: &Context<'_>) -> (Vec<Case>, Vec<Error>) {
        let lines = self.lines;
        let (cases, rejected) = cases_from_owned_events_collecting(ctx, self.events);
        let mut errors = self.errors;
        errors.extend(rejected.into_iter().map(|e| on_line(e, &lines)));
        (cases, errors)
    }

    /// The log as one case's history ([`Case::replay_steps`]), with a rejected event's error
    /// naming its line in the text.
    pub fn replay_steps(&self, ctx: &Context<'_>) -> Result<(Case, Vec<super::TimelineStep>)> {
        Case::replay_steps(ctx, &self.events).map_err(|e| on_line(e, &self.lines))
    }
}

/// A rejected event's error, its position among the events turned into its line in the text.
fn on_line(e: Error, lines: &[usize]) -> Error {
    match e {
        Error::EventRejected {
            line,
            case,
            event,
            reason,
        } => Error::EventRejected {
            line: lines.get(line.wrapping_sub(1)).copied().unwrap_or(line),
            case,
            event,
            reason,
        },
        other => other,
    }
}

/// Groups events by tracking id (in order of first appearance) and replays each group into a
/// case, checking every event as [`Case::replay`] does. The events of one case must be in time
/// order; cases may interleave. An `archived_as_duplicate` event may link to a case on an
/// earlier line (or one the context's [`cases`](Context::cases) knows).
///
/// Errors: [`Error::EventRejected`] naming the event's 1-based position among `events`.
pub fn cases_from_events<'e>(
    ctx: &Context<'_>,
    events: impl IntoIterator<Item = &'e Event>,
) -> Result<Vec<Case>> {
    // Each case keeps its own copy of its events: the replay of owned events, on clones.
    cases_from_owned_events(ctx, events.into_iter().cloned())
}

/// [`cases_from_events`], taking ownership of the events (the fast path after
/// [`read_event_log`]: no event or text is cloned).
/// `cases_from_owned_events(ctx, events.clone()) == cases_from_events(ctx, &events)`.
pub fn cases_from_owned_events(
    ctx: &Context<'_>,
    events: impl IntoIterator<Item = Event>,
) -> Result<Vec<Case>> {
    replay_owned(ctx, events, LogErrors::Stop).map(|(cases, _)| cases)
}

/// [`cases_from_owned_events`] that keeps going: a case with a rejected event is left out
/// whole (its later events are not looked at), and the [`Error::EventRejected`] of its first
/// rejected event is collected. The other cases are the ones [`cases_from_owned_events`] gives.
///
/// ```
/// use lapor_core::{cases_from_owned_events_collecting, read_event_log, synthetic, Context, LogErrors, SlaPolicy, WorkingCalendar};
/// let (dir, cal, policy) = (synthetic::directory(), WorkingCalendar::indonesia(), SlaPolicy::default());
/// let ctx = Context::new(&dir, &cal, &policy);
/// let mut events = synthetic::event_log(&ctx, 7, 20)?;
/// // The log's last event moved to the front: its case does not start with a submission.
/// let last = events.pop().unwrap();
/// events.insert(0, last);
/// let (cases, errors) = cases_from_owned_events_collecting(&ctx, events);
/// assert_eq!((cases.len(), errors.len()), (19, 1));
/// assert_eq!(errors[0].code(), "event_rejected");
/// # Ok::<(), lapor_core::Error>(())
/// ```
pub fn cases_from_owned_events_collecting(
    ctx: &Context<'_>,
    events: impl IntoIterator<Item = Event>,
) -> (Vec<Case>, Vec<Error>) {
    // `Collect` never returns an error.
    replay_owned(ctx, events, LogErrors::Collect).unwrap_or_default()
}

/// The replay of [`cases_from_owned_events`], stopping at or collecting the rejected events.
fn replay_owned(
    ctx: &Context<'_>,
    events: impl IntoIterator<Item = Event>,
    on_error: LogErrors,
) -> Result<(Vec<Case>, Vec<Error>)> {
    let mut replay = Replay::new(ctx, on_error);
    for (n, e) in events.into_iter().enumerate() {
        replay.push_event(n + 1, e)?;
        if replay.stopped.is_some() {
            break;
        }
    }
    replay.finish()
}

/// A log replayed while it is read: each event is checked and applied to its case as it
/// arrives (as [`cases_from_owned_events`] does), so a reader never holds the log's events
/// apart from the cases they build. Lines (or rows) are numbered by the caller, and every
/// error names its line: [`Error::LogLine`] for a line that is no event, [`Error::EventRejected`]
/// for an event no command could have produced there. The errors are the ones reading the
/// whole log and then replaying it gives: with [`LogErrors::Stop`], the first unreadable line
/// (returned as soon as it is read), else the first rejection (returned by
/// [`finish`](Replay::finish); after it no event is replayed, but the lines are still read);
/// with [`LogErrors::Collect`], unreadable lines are skipped, a case with a rejected event is
/// left out whole, and [`finish`](Replay::finish) gives the unreadable lines' errors, then the
/// rejections.
///
/// A log whose cases each sit on consecutive lines (a table sorted by tracking id and `seq`, or
/// JSON Lines written case by case) can be replayed [`grouped`](Replay::grouped): each case is
/// done when the next one starts, [`take_done`](Replay::take_done) hands it over (to evaluate
/// and drop), and only the case being read is held.
///
/// ```
/// use lapor_core::{synthetic, write_event_log, Context, LogErrors, Replay, SlaPolicy, WorkingCalendar};
/// let (dir, cal, policy) = (synthetic::directory(), WorkingCalendar::indonesia(), SlaPolicy::default());
/// let ctx = Context::new(&dir, &cal, &policy);
/// let text = write_event_log(&synthetic::event_log(&ctx, 7, 20)?);
/// let mut replay = Replay::new(&ctx, LogErrors::Collect);
/// for (i, line) in text.lines().chain(["not json"]).enumerate() {
///     replay.push_line(i + 1, Some(line))?;
/// }
/// let (cases, errors) = replay.finish()?;
/// assert_eq!((cases.len(), errors.len()), (20, 1));
/// assert_eq!(errors[0].code(), "log_line");
/// # Ok::<(), lapor_core::Error>(())
/// ```
#[derive(Debug)]
pub struct Replay<'c> {
    ctx: Context<'c>,
    on_error: LogErrors,
    index: IdMap,
    cases: Vec<Case>,
    refused: std::collections::HashSet<TrackingId, IdHash>,
    unreadable: Vec<Error>,
    rejected: Vec<Error>,
    /// The first rejection, when stopping at it.
    stopped: Option<Error>,
    rows: RowSeq,
    /// Case by case ([`Replay::grouped`]): the case being read, and every case before it (its
    /// submission instant, `None` when it was left out).
    grouped: bool,
    current: Option<TrackingId>,
    finished: HashMap<TrackingId, Option<DateTime<Utc>>, IdHash>,
    /// The cases done and not yet taken.
    done: Vec<Case>,
}

impl<'c> Replay<'c> {
    /// A replay against `ctx`, stopping at the first error or collecting them.
    pub fn new(ctx: &Context<'c>, on_error: LogErrors) -> Replay<'c> {
        Replay {
            ctx: *ctx,
            on_error,
            index: HashMap::with_hasher(IdHash),
            cases: Vec::new(),
            refused: std::collections::HashSet::with_hasher(IdHash),
            unreadable: Vec::new(),
            rejected: Vec::new(),
            stopped: None,
            rows: RowSeq::default(),
            grouped: false,
            current: None,
            finished: HashMap::with_hasher(IdHash),
            done: Vec::new(),
        }
    }

    /// A replay of a log whose cases each sit on consecutive lines, holding only the case being
    /// read: a case is done when the next one starts (see [`take_done`](Replay::take_done)). A
    /// case that shows up again after others is an [`Error::LogLine`] naming its line, returned
    /// even when collecting: its earlier part may already have been handed over.
    ///
    /// ```
    /// use lapor_core::{synthetic, write_event_log, Context, LogErrors, Replay, SlaPolicy, WorkingCalendar};
    /// let (dir, cal, policy) = (synthetic::directory(), WorkingCalendar::indonesia(), SlaPolicy::default());
    /// let ctx = Context::new(&dir, &cal, &policy);
    /// let cases = lapor_core::cases_from_owned_events(&ctx, synthetic::event_log(&ctx, 7, 20)?)?;
    /// // Case by case: each case's events on consecutive lines.
    /// let text = write_event_log(cases.iter().flat_map(|c| c.events()));
    /// let mut replay = Replay::grouped(&ctx, LogErrors::Stop);
    /// let mut seen = Vec::new();
    /// for (i, line) in text.lines().enumerate() {
    ///     replay.push_line(i + 1, Some(line))?;
    ///     seen.extend(replay.take_done()); // evaluate and drop here
    /// }
    /// seen.extend(replay.finish()?.0);
    /// assert_eq!(seen, cases);
    /// // The synthetic log in time order interleaves its cases: refused, even when collecting.
    /// let text = write_event_log(&synthetic::event_log(&ctx, 7, 20)?);
    /// let mut replay = Replay::grouped(&ctx, LogErrors::Collect);
    /// let err = text
    ///     .lines()
    ///     .enumerate()
    ///     .find_map(|(i, line)| replay.push_line(i + 1, Some(line)).err())
    ///     .unwrap();
    /// assert_eq!(err.code(), "log_line");
    /// # Ok::<(), lapor_core::Error>(())
    /// ```
    pub fn grouped(ctx: &Context<'c>, on_error: LogErrors) -> Replay<'c> {
        Replay {
            grouped: true,
            ..Replay::new(ctx, on_error)
        }
    }

    /// The cases done so far and not yet taken ([`grouped`](Replay::grouped): every case
    /// before the one being read, without those left out; otherwise none).
    pub fn take_done(&mut self) -> Vec<Case> {
        std::mem::take(&mut self.done)
    }

    /// Grouped: the case being read is done.
    fn close_current(&mut self) {
        let Some(id) = self.current.take() else {
            return;
        };
        self.index.clear();
        let case = self.cases.pop();
        if self.refused.remove(&id) {
            self.finished.insert(id, None);
        } else {
            self.finished
                .insert(id, case.as_ref().map(|c| c.submitted_at));
            self.done.extend(case);
        }
    }

    /// Reads line `line` of a JSON Lines log (`None`: the line is not valid UTF-8; a blank
    /// line is skipped) and replays its event.
    pub fn push_line(&mut self, line: usize, text: Option<&str>) -> Result<()> {
        match line_event(text) {
            Some(event) => self.read(line, event),
            None => Ok(()),
        }
    }

    /// Reads the next row of the flat columnar form (numbered 1, 2, … across every call, and
    /// checked as [`RowReader::push`] checks it) and replays its event.
    pub fn push_row(&mut self, r: EventRow<'_>) -> Result<()> {
        let (row, event) = self.rows.read(r);
        self.read(row, event)
    }

    /// The event read from line (or row) `line` replayed, or the [`Error::LogLine`] of its
    /// `message`, stopped at or collected.
    fn read(&mut self, line: usize, event: std::result::Result<Event, String>) -> Result<()> {
        match event {
            Ok(e) => self.push_event(line, e),
            Err(message) => self
                .on_error
                .handle(Error::LogLine { line, message }, &mut self.unreadable),
        }
    }

    /// Replays `e`, read from line (or row) `line`. A rejection is kept for
    /// [`finish`](Replay::finish). Errors: only when [`grouped`](Replay::grouped), an
    /// [`Error::LogLine`] for a case that shows up again after other cases.
    pub fn push_event(&mut self, line: usize, mut e: Event) -> Result<()> {
        if self.stopped.is_some() {
            return Ok(());
        }
        e.share_agency_ids(self.ctx.directory);
        if self.grouped && self.current != Some(e.case) {
            if self.finished.contains_key(&e.case) {
                return Err(Error::LogLine {
                    line,
                    message: format!(
                        "case #{} shows up again after other cases: a log read case by case \
                         needs each case's events on consecutive lines (sort by tracking_id and \
                         seq)",
                        e.case.0
                    ),
                });
            }
            self.close_current();
            self.current = Some(e.case);
        }
        if self.refused.contains(&e.case) {
            return Ok(());
        }
        let ctx = &self.ctx;
        let case_id = e.case;
        let result = match self.index.get(&e.case) {
            Some(&i) => {
                // On an earlier line: the case being read, or one done before it.
                let earlier = |id| {
                    self.index
                        .get(&id)
                        .map(|&j| self.cases[j].submitted_at)
                        .or_else(|| self.finished.get(&id).copied().flatten())
                };
                let original = Original::of(&e, earlier, ctx);
                let with = original.as_ref().map(|o| ctx.with_cases(o));
                let case = &mut self.cases[i];
                match case.check_event(with.as_ref().unwrap_or(ctx), &e) {
                    Err(r) => Err(rejected(line, &e, r)),
                    Ok(()) => {
                        case.apply_owned(e);
                        Ok(())
                    }
                }
            }
            None => {
                let (case, event) = (e.case, e.kind.as_str());
                Case::start_owned(ctx, e)
                    .map(|started| {
                        self.index.insert(case, self.cases.len());
                        self.cases.push(started);
                    })
                    .map_err(|r| rejected_at(line, case, event, r))
            }
        };
        if let Err(err) = result {
            match self.on_error {
                LogErrors::Stop => self.stopped = Some(err),
                LogErrors::Collect => {
                    self.rejected.push(err);
                    self.refused.insert(case_id);
                }
            }
        }
        Ok(())
    }

    /// The cases replayed (without those left out), and the errors collected: the unreadable
    /// lines', then the rejections, each in line order. Errors (with [`LogErrors::Stop`]): the
    /// first [`Error::EventRejected`].
    pub fn finish(mut self) -> Result<(Vec<Case>, Vec<Error>)> {
        if let Some(err) = self.stopped {
            return Err(err);
        }
        if self.grouped {
            self.close_current();
            self.cases = std::mem::take(&mut self.done);
        }
        if !self.refused.is_empty() {
            let refused = &self.refused;
            self.cases.retain(|c| !refused.contains(&c.id()));
        }
        if !self.grouped {
            self.cases.iter_mut().for_each(Case::shrink_to_fit);
        }
        let mut errors = self.unreadable;
        errors.append(&mut self.rejected);
        Ok((self.cases, errors))
    }
}

/// What an `archived_as_duplicate` event of a log may link to: the original among the cases
/// on the log's earlier lines, else the cases the caller's context knows.
#[derive(Debug)]
struct Original<'a> {
    found: Option<(TrackingId, DateTime<Utc>)>,
    outer: Option<&'a dyn super::CaseLookup>,
}

impl<'a> Original<'a> {
    /// The lookup for event `e`, if it links to an original; `earlier` gives the submission
    /// instant of a case on the log's earlier lines.
    fn of(
        e: &Event,
        earlier: impl Fn(TrackingId) -> Option<DateTime<Utc>>,
        ctx: &Context<'a>,
    ) -> Option<Original<'a>> {
        let super::EventKind::ArchivedAsDuplicate { of } = &e.kind else {
            return None;
        };
        Some(Original {
            found: earlier(*of).map(|at| (*of, at)),
            outer: ctx.cases,
        })
    }
}

impl super::CaseLookup for Original<'_> {
    fn submitted_at(&self, id: TrackingId) -> Option<DateTime<Utc>> {
        match self.found {
            Some((of, at)) if of == id => Some(at),
            _ => self.outer.and_then(|o| o.submitted_at(id)),
        }
    }
}

/// Tracking id to position: tracking ids are integers, so a multiplicative hash is enough (and
/// much cheaper than SipHash; the input is the caller's own log, not an attacker's keys).
type IdMap = HashMap<TrackingId, usize, IdHash>;

#[derive(Debug, Clone, Copy, Default)]
struct IdHash;

impl BuildHasher for IdHash {
    type Hasher = IdHasher;
    fn build_hasher(&self) -> IdHasher {
        IdHasher(0)
    }
}

struct IdHasher(u64);

impl Hasher for IdHasher {
    fn finish(&self) -> u64 {
        // Fibonacci hashing; hashbrown takes the top bits for the group and the low bits for
        // the bucket, so mix both.
        let h = self.0.wrapping_mul(0x9E37_79B9_7F4A_7C15);
        h ^ (h >> 32)
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(8) ^ u64::from(b)).wrapping_mul(0x100_0000_01B3);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = self.0.rotate_left(29) ^ n;
    }
}
