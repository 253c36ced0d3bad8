//! `lapor.Report`, `lapor.AgencyDirectory`, `lapor.Case`, `lapor.EventLog` and the analytics.

use std::sync::Arc;

use lapor_core::analytics::{evaluate_sla, summarize, GroupBy};
use lapor_core::{
    read_event_log, synthetic, validate_report, Actor, AgencyDirectory, Case, Command, Event,
    LogErrors, Redactor, Report, ReportForm, SlaPolicy, TrackingId, Viewer, WorkingCalendar, World,
};
use pyo3::prelude::*;
use pyo3::types::PyList;

use crate::convert::{columns, from_json, instant, json_text, py_instant};
use crate::error::PyLaporError;

/// The core's [`World`] (directory, Indonesia's calendar, SLA policy and the local calendars
/// built from them), shared by the cases of a log.
fn new_world(directory: AgencyDirectory, policy: Option<SlaPolicy>) -> PyResult<Arc<World>> {
    let w = World::new(
        directory,
        WorkingCalendar::indonesia(),
        policy.unwrap_or_default(),
    )
    .map_err(PyLaporError)?;
    Ok(Arc::new(w))
}

fn world(
    directory: Option<&Bound<'_, PyAgencyDirectory>>,
    policy: Option<&Bound<'_, PyAny>>,
    default: Option<&Arc<World>>,
) -> PyResult<Arc<World>> {
    let policy = match policy {
        Some(p) => Some(SlaPolicy::from_json(&json_text(p)?).map_err(PyLaporError)?),
        None => None,
    };
    Ok(match (directory, default) {
        // A new directory keeps the log's policy unless one is given too.
        (Some(d), _) => new_world(
            d.get().0.clone(),
            policy.or_else(|| default.map(|w| w.policy().clone())),
        )?,
        (None, Some(w)) if policy.is_none() => Arc::clone(w),
        (None, Some(w)) => new_world(w.directory().clone(), policy)?,
        (None, None) => new_world(
            AgencyDirectory::new(Vec::new()).map_err(PyLaporError)?,
            policy,
        )?,
    })
}

/// A citizen's report (*laporan*), read from a dict or JSON text.
#[pyclass(name = "Report", module = "lapor", frozen)]
pub(crate) struct PyReport(pub Report);

#[pymethods]
impl PyReport {
    /// Reads a report from a dict or JSON text; raises :class:`lapor.ParseError`.
    #[new]
    fn new(data: &Bound<'_, PyAny>) -> PyResult<Self> {
        Ok(PyReport(
            Report::from_json(&json_text(data)?).map_err(PyLaporError)?,
        ))
    }
    /// ``"complaint"``, ``"aspiration"``, ``"information_request"`` or ``"whistleblowing"``.
    #[getter]
    fn kind(&self) -> &'static str {
        self.0.kind.as_str()
    }
    /// The title.
    #[getter]
    fn title(&self) -> &str {
        &self.0.title
    }
    /// The body text.
    #[getter]
    fn body(&self) -> &str {
        &self.0.body
    }
    /// The channel's tag (``"web"``, ``"sms1708"``…).
    #[getter]
    fn channel(&self) -> &'static str {
        self.0.channel.as_str()
    }
    /// The region code of the location, if given.
    #[getter]
    fn region(&self) -> Option<crate::region::PyRegionCode> {
        self.0.location.region.map(crate::region::PyRegionCode)
    }
    /// Whether the reporter's identity is hidden from the agency.
    #[getter]
    fn is_anonymous(&self) -> bool {
        self.0.is_anonymous()
    }
    /// Whether the report is hidden from the public.
    #[getter]
    fn is_confidential(&self) -> bool {
        self.0.is_confidential()
    }
    /// The report as a dict.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        from_json(py, &self.0.to_json())
    }
    /// The report as JSON text.
    fn to_json(&self) -> String {
        self.0.to_json()
    }
}

/// Validates a report form (a dict as the app sends it) at ``now`` (aware datetime; default:
/// 2025-01-01 would be wrong, so it is required): returns ``{"valid": bool, "issues": [...]}``
/// with each issue's ``field``, ``code``, ``severity``, ``message_id`` and ``message_en``.
#[pyfunction(name = "validate_report")]
pub(crate) fn py_validate_report<'py>(
    py: Python<'py>,
    form: &Bound<'py, PyAny>,
    now: &Bound<'py, PyAny>,
) -> PyResult<Bound<'py, PyAny>> {
    let now = instant(now, "now")?;
    let form = ReportForm::from_json(&json_text(form)?).map_err(PyLaporError)?;
    let v = validate_report(&form, now);
    let out = from_json(py, &serde_json::to_string(&v).unwrap_or_default())?;
    out.set_item("valid", v.is_valid())?;
    Ok(out)
}

/// The agencies that handle reports (a tree), from JSON (a list of agencies).
#[pyclass(name = "AgencyDirectory", module = "lapor", frozen)]
pub(crate) struct PyAgencyDirectory(pub AgencyDirectory);

#[pymethods]
impl PyAgencyDirectory {
    /// Reads a directory from a list of dicts or JSON text; raises
    /// :class:`lapor.DirectoryError` or :class:`lapor.ParseError`.
    #[new]
    fn new(data: &Bound<'_, PyAny>) -> PyResult<Self> {
        Ok(PyAgencyDirectory(
            AgencyDirectory::from_json(&json_text(data)?).map_err(PyLaporError)?,
        ))
    }
    /// The directory of :func:`lapor.synthetic_event_log` (53 agencies).
    #[staticmethod]
    fn synthetic() -> Self {
        PyAgencyDirectory(synthetic::directory())
    }
    fn __len__(&self) -> usize {
        self.0.len()
    }
    /// The time zone deadlines of ``agency`` are counted in (``"wib"``, ``"wita"``, ``"wit"``):
    /// that of the first region it or its nearest ancestor serves. Raises
    /// :class:`lapor.NotFoundError` for an unknown agency.
    fn time_zone(&self, agency: &str) -> PyResult<&'static str> {
        let id = lapor_core::AgencyId::new(agency);
        Ok(self.0.time_zone(&id).map_err(PyLaporError)?.as_str())
    }
    /// The directory as JSON.
    fn to_json(&self) -> String {
        self.0.to_json()
    }
}

/// A report being handled: the fold of its events (``docs/cases.md``).
#[pyclass(name = "Case", module = "lapor", frozen)]
pub(crate) struct PyCase {
    case: std::sync::Mutex<Case>,
    world: Arc<World>,
}

fn actor_of(obj: Option<&Bound<'_, PyAny>>, default: Actor) -> PyResult<Actor> {
    match obj {
        None => Ok(default),
        Some(a) => serde_json::from_str(&json_text(a)?)
            .map_err(|e| pyo3::exceptions::PyValueError::new_err(format!("actor: {e}"))),
    }
}

impl PyCase {
    fn lock(&self) -> std::sync::MutexGuard<'_, Case> {
        self.case.lock().unwrap_or_else(|e| e.into_inner())
    }
}

#[pymethods]
impl PyCase {
    /// Files ``report`` (a :class:`Report` or dict) as case ``tracking_id`` at ``at`` (aware
    /// datetime). ``directory`` is the agency directory commands are checked against;
    /// ``policy`` an SLA policy as dict or JSON (default PermenPANRB 62/2018).
    #[staticmethod]
    #[pyo3(signature = (report, tracking_id, at, directory, policy = None, actor = None))]
    fn submit(
        report: &Bound<'_, PyAny>,
        tracking_id: u64,
        at: &Bound<'_, PyAny>,
        directory: &Bound<'_, PyAgencyDirectory>,
        policy: Option<&Bound<'_, PyAny>>,
        actor: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<Self> {
        let report = match report.cast::<PyReport>() {
            Ok(r) => r.get().0.clone(),
            Err(_) => Report::from_json(&json_text(report)?).map_err(PyLaporError)?,
        };
        let w = world(Some(directory), policy, None)?;
        let actor = actor_of(actor, Actor::reporter())?;
        let case = Case::submit(
            &w.context(),
            &actor,
            TrackingId(tracking_id),
            report,
            instant(at, "at")?,
        )
        .map_err(PyLaporError)?;
        Ok(PyCase {
            case: std::sync::Mutex::new(case),
            world: w,
        })
    }

    /// Rebuilds a case from its events (dicts, as :meth:`events` returns them), checking each
    /// event exactly as :meth:`handle` checks the command that produces it, against
    /// ``directory`` and ``policy``. Raises an error with ``code`` ``event_rejected``, ``line``
    /// (1-based position of the event), ``case`` and ``reason`` (the error the command would
    /// have got, as a dict with its ``code``), of the class of that reason
    /// (:class:`lapor.TransitionError`, :class:`lapor.PermissionDeniedError`,
    /// :class:`lapor.NotFoundError`…).
    #[staticmethod]
    #[pyo3(signature = (events, directory, policy = None))]
    fn replay(
        events: &Bound<'_, PyAny>,
        directory: &Bound<'_, PyAgencyDirectory>,
        policy: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<Self> {
        let mut parsed = Vec::new();
        for e in events.try_iter()? {
            parsed.push(Event::from_json(&json_text(&e?)?).map_err(PyLaporError)?);
        }
        let w = world(Some(directory), policy, None)?;
        let case = Case::replay_owned(&w.context(), parsed).map_err(PyLaporError)?;
        Ok(PyCase {
            case: std::sync::Mutex::new(case),
            world: w,
        })
    }

    /// Gives a command (dict such as ``{"command": "dispose", "agency": "dinkes"}``) from an
    /// actor (dict such as ``{"role": "national_admin"}``) at ``at``; returns the event (dict).
    /// Raises :class:`lapor.TransitionError`, :class:`lapor.PermissionDeniedError`,
    /// :class:`lapor.NotFoundError`.
    fn handle<'py>(
        &self,
        py: Python<'py>,
        actor: &Bound<'py, PyAny>,
        command: &Bound<'py, PyAny>,
        at: &Bound<'py, PyAny>,
    ) -> PyResult<Bound<'py, PyAny>> {
        let actor = actor_of(Some(actor), Actor::reporter())?;
        let command = Command::from_json(&json_text(command)?).map_err(PyLaporError)?;
        let at = instant(at, "at")?;
        let event = self
            .lock()
            .handle(&self.world.context(), &actor, &command, at)
            .map_err(PyLaporError)?;
        from_json(py, &event.to_json())
    }

    /// Applies the time-driven events due at ``now`` (breaches, escalations, auto-close);
    /// returns them.
    fn advance<'py>(
        &self,
        py: Python<'py>,
        now: &Bound<'py, PyAny>,
    ) -> PyResult<Bound<'py, PyList>> {
        let now = instant(now, "now")?;
        let events = self
            .lock()
            .advance(&self.world.context(), now)
            .map_err(PyLaporError)?;
        let out = PyList::empty(py);
        for e in events {
            out.append(from_json(py, &e.to_json())?)?;
        }
        Ok(out)
    }

    /// The tracking id.
    #[getter]
    fn tracking_id(&self) -> u64 {
        self.lock().id().0
    }
    /// The status: ``"submitted"``, ``"disposed"``, ``"in_progress"``, ``"resolved"``…
    #[getter]
    fn status(&self) -> &'static str {
        self.lock().status().as_str()
    }
    /// The agency holding the case (``None`` for the national admin).
    #[getter]
    fn holder(&self) -> Option<String> {
        self.lock().holder().agency().map(|a| a.to_string())
    }
    /// Who holds the case, as in JSON: ``"national_admin"`` or ``{"agency": "dinkes"}``.
    fn holding<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        from_json(
            py,
            &serde_json::to_string(self.lock().holder()).unwrap_or_default(),
        )
    }
    /// The report (with the admin's edits).
    #[getter]
    fn report(&self) -> PyReport {
        PyReport(self.lock().report().clone())
    }
    /// The events as dicts, in order.
    fn events<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        let out = PyList::empty(py);
        for e in self.lock().events() {
            out.append(from_json(py, &e.to_json())?)?;
        }
        Ok(out)
    }
    /// The SLA metrics at ``now``: dicts with ``metric``, ``state``, ``due`` (aware datetime),
    /// ``used``, ``stopped``, ``breached_at``, ``responsible``.
    fn sla<'py>(&self, py: Python<'py>, now: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyList>> {
        let now = instant(now, "now")?;
        let metrics = self
            .lock()
            .sla(&self.world.context(), now)
            .map_err(PyLaporError)?;
        let out = PyList::empty(py);
        for m in metrics {
            let d = pyo3::types::PyDict::new(py);
            d.set_item("metric", m.metric.as_str())?;
            d.set_item("state", m.state.as_str())?;
            d.set_item("started", py_instant(py, m.started)?)?;
            d.set_item("due", py_instant(py, m.due)?)?;
            d.set_item("used", m.used)?;
            d.set_item("stopped", m.stopped.map(|t| py_instant(py, t)).transpose()?)?;
            d.set_item(
                "breached_at",
                m.breached_at.map(|t| py_instant(py, t)).transpose()?,
            )?;
            d.set_item("responsible", m.responsible.agency().map(|a| a.to_string()))?;
            out.append(d)?;
        }
        Ok(out)
    }
    /// The case as ``viewer`` sees it (``"public"``, ``"agency"``, ``"national_admin"``,
    /// ``"reporter"``), as a dict: the visibility matrix of ``docs/privacy.md``.
    fn view<'py>(&self, py: Python<'py>, viewer: &str) -> PyResult<Bound<'py, PyAny>> {
        from_json(py, &self.view_json(viewer)?)
    }
    /// :meth:`view` as the core's compact JSON text (the same bytes in every binding).
    fn view_json(&self, viewer: &str) -> PyResult<String> {
        let v: Viewer = viewer.parse().map_err(PyLaporError)?;
        Ok(self.lock().view(v, &Redactor::default()).to_json())
    }
    fn __repr__(&self) -> String {
        let c = self.lock();
        format!("Case({}, status={:?})", c.id().0, c.status().as_str())
    }
}

/// Replayed cases of an event log, with the directory they are evaluated against.
#[pyclass(name = "EventLog", module = "lapor", frozen)]
pub(crate) struct PyEventLog {
    cases: Arc<Vec<Case>>,
    world: Arc<World>,
    events: usize,
}

#[pymethods]
impl PyEventLog {
    /// The number of events.
    #[getter]
    fn n_events(&self) -> usize {
        self.events
    }
    /// The number of cases.
    fn __len__(&self) -> usize {
        self.cases.len()
    }
    /// The tracking ids, in order of first appearance.
    fn tracking_ids(&self) -> Vec<u64> {
        self.cases.iter().map(|c| c.id().0).collect()
    }
    /// One case (a copy); raises ``KeyError`` for an unknown id.
    fn case(&self, tracking_id: u64) -> PyResult<PyCase> {
        let c = self
            .cases
            .iter()
            .find(|c| c.id().0 == tracking_id)
            .ok_or_else(|| pyo3::exceptions::PyKeyError::new_err(tracking_id))?;
        Ok(PyCase {
            case: std::sync::Mutex::new(c.clone()),
            world: Arc::clone(&self.world),
        })
    }
    /// The cases whose tracking id is in ``tracking_ids``, as a new log (same directory).
    fn select(&self, tracking_ids: Vec<u64>) -> PyEventLog {
        let keep: std::collections::HashSet<u64> = tracking_ids.into_iter().collect();
        let cases: Vec<Case> = self
            .cases
            .iter()
            .filter(|c| keep.contains(&c.id().0))
            .cloned()
            .collect();
        let events = cases.iter().map(|c| c.events().len()).sum();
        PyEventLog {
            cases: Arc::new(cases),
            world: Arc::clone(&self.world),
            events,
        }
    }
    /// The log as JSON Lines text.
    fn to_jsonl(&self) -> String {
        lapor_core::write_event_log(self.cases.iter().flat_map(|c| c.events()))
    }
    fn __repr__(&self) -> String {
        format!(
            "EventLog({} cases, {} events)",
            self.cases.len(),
            self.events
        )
    }
}

fn log_of(text: &str, world: Arc<World>, py: Python<'_>) -> PyResult<PyEventLog> {
    let text = text.to_string();
    let w = Arc::clone(&world);
    let (cases, events) = py
        .detach(move || -> lapor_core::Result<_> {
            let log = read_event_log(&text, LogErrors::Stop)?;
            let n = log.events.len();
            Ok((log.into_cases(&w.context())?, n))
        })
        .map_err(PyLaporError)?;
    Ok(PyEventLog {
        cases: Arc::new(cases),
        world,
        events,
    })
}

/// Reads a JSON Lines event log from ``path`` and replays it, checking every event exactly as
/// the command producing it is checked, against ``directory`` and ``policy`` (also used by
/// :func:`evaluate_sla` and :func:`summarize`). Raises :class:`lapor.ParseError` (``code``
/// ``log_line``, with ``.line``) for a bad line, and an ``event_rejected`` error (with
/// ``.line``, ``.case`` and ``.reason``, of the class of its reason) for an event no command
/// could have produced there: out of order, by the wrong role, to an agency the directory lacks.
#[pyfunction(name = "read_event_log")]
#[pyo3(signature = (path, directory, policy = None))]
pub(crate) fn py_read_event_log(
    py: Python<'_>,
    path: std::path::PathBuf,
    directory: &Bound<'_, PyAgencyDirectory>,
    policy: Option<&Bound<'_, PyAny>>,
) -> PyResult<PyEventLog> {
    let text = std::fs::read_to_string(&path)?;
    log_of(&text, world(Some(directory), policy, None)?, py)
}

/// Parses JSON Lines text as :func:`read_event_log` does.
#[pyfunction(name = "parse_event_log")]
#[pyo3(signature = (text, directory, policy = None))]
pub(crate) fn py_parse_event_log(
    py: Python<'_>,
    text: &str,
    directory: &Bound<'_, PyAgencyDirectory>,
    policy: Option<&Bound<'_, PyAny>>,
) -> PyResult<PyEventLog> {
    log_of(text, world(Some(directory), policy, None)?, py)
}

/// A seeded synthetic log of ``n_cases`` cases in 2025 over the synthetic directory (the core's
/// generator: every command, breach and escalation appears).
#[pyfunction(name = "synthetic_event_log")]
#[pyo3(signature = (n_cases, seed = 0))]
pub(crate) fn py_synthetic_event_log(
    py: Python<'_>,
    n_cases: usize,
    seed: u64,
) -> PyResult<PyEventLog> {
    let w = new_world(synthetic::directory(), None)?;
    let w2 = Arc::clone(&w);
    let (cases, events) = py
        .detach(move || -> lapor_core::Result<_> {
            // The core's generator yields replayed cases one by one: the log's events are never
            // held beside the cases. A stable sort by submission gives the log's order.
            let ctx = w2.context();
            let mut cases = synthetic::cases(&ctx, seed, n_cases).collect::<Result<Vec<_>, _>>()?;
            cases.sort_by_key(|c| c.submitted_at());
            let n = cases.iter().map(|c| c.events().len()).sum();
            Ok((cases, n))
        })
        .map_err(PyLaporError)?;
    Ok(PyEventLog {
        cases: Arc::new(cases),
        world: w,
        events,
    })
}

/// Per-case SLA rows at ``as_of`` of the synthetic log ``synthetic_event_log(n_cases, seed)``,
/// evaluated while it is generated (the cases are never held: for national-scale volumes), as
/// raw columns for ``lapor._columns``. Rows come in tracking-id order.
#[pyfunction(name = "_evaluate_synthetic_sla")]
#[pyo3(signature = (n_cases, as_of, seed = 0))]
pub(crate) fn py_evaluate_synthetic_sla<'py>(
    py: Python<'py>,
    n_cases: usize,
    as_of: &Bound<'py, PyAny>,
    seed: u64,
) -> PyResult<Bound<'py, PyList>> {
    let as_of = instant(as_of, "as_of")?;
    let w = new_world(synthetic::directory(), None)?;
    let table = py
        .detach(move || {
            let ctx = w.context();
            lapor_core::analytics::evaluate_sla_iter(
                synthetic::cases(&ctx, seed, n_cases),
                &ctx,
                as_of,
            )
        })
        .map_err(PyLaporError)?;
    columns(py, &table.columns())
}

/// Per-case SLA rows at ``as_of`` (aware datetime), as raw columns for ``lapor._columns``.
#[pyfunction(name = "_evaluate_sla")]
#[pyo3(signature = (log, as_of, directory = None, policy = None))]
pub(crate) fn py_evaluate_sla<'py>(
    py: Python<'py>,
    log: &Bound<'py, PyEventLog>,
    as_of: &Bound<'py, PyAny>,
    directory: Option<&Bound<'py, PyAgencyDirectory>>,
    policy: Option<&Bound<'py, PyAny>>,
) -> PyResult<Bound<'py, PyList>> {
    let as_of = instant(as_of, "as_of")?;
    let log = log.get();
    let w = world(directory, policy, Some(&log.world))?;
    let cases = Arc::clone(&log.cases);
    let table = py
        .detach(move || evaluate_sla(&cases, &w.context(), as_of))
        .map_err(PyLaporError)?;
    columns(py, &table.columns())
}

/// Summary by ``by`` at ``as_of``, as raw columns for ``lapor._columns``.
#[pyfunction(name = "_summarize")]
#[pyo3(signature = (log, as_of, by = "agency", directory = None, policy = None))]
pub(crate) fn py_summarize<'py>(
    py: Python<'py>,
    log: &Bound<'py, PyEventLog>,
    as_of: &Bound<'py, PyAny>,
    by: &str,
    directory: Option<&Bound<'py, PyAgencyDirectory>>,
    policy: Option<&Bound<'py, PyAny>>,
) -> PyResult<Bound<'py, PyList>> {
    let as_of = instant(as_of, "as_of")?;
    let by = GroupBy::parse(by).map_err(PyLaporError)?;
    let log = log.get();
    let w = world(directory, policy, Some(&log.world))?;
    let cases = Arc::clone(&log.cases);
    let s = py
        .detach(move || summarize(&cases, &w.context(), as_of, by))
        .map_err(PyLaporError)?;
    columns(py, &s.columns())
}

/// The events of a log as raw columns for ``lapor._columns`` (see
/// ``lapor_core::analytics::event_columns``).
#[pyfunction(name = "_event_table")]
pub(crate) fn py_event_table<'py>(
    py: Python<'py>,
    log: &Bound<'py, PyEventLog>,
) -> PyResult<Bound<'py, PyList>> {
    let cases = Arc::clone(&log.get().cases);
    let cols = py.detach(move || lapor_core::analytics::event_columns(&cases));
    columns(py, &cols)
}
