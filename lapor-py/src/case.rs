//! `lapor.Case`: one case, its commands, replay, views and SLA.

use std::collections::BTreeMap;
use std::sync::Arc;

use chrono::{DateTime, Utc};
use lapor_core::{
    Actor, Case, CategoryTree, Command, Event, Redactor, Report, TrackingId, Viewer, World,
};
use pyo3::prelude::*;
use pyo3::types::PyList;

use crate::agency::{world, PyAgencyDirectory};
use crate::convert::{from_json, instant, json_text, py_instant};
use crate::error::PyLaporError;
use crate::report::PyReport;

/// A report being handled: the fold of its events (``docs/cases.md``).
#[pyclass(name = "Case", module = "lapor", frozen)]
pub(crate) struct PyCase {
    pub(crate) case: std::sync::Mutex<Case>,
    pub(crate) world: Arc<World>,
}

fn actor_of(obj: Option<&Bound<'_, PyAny>>, default: Actor) -> PyResult<Actor> {
    match obj {
        None => Ok(default),
        Some(a) => Ok(Actor::from_json(&json_text(a)?).map_err(PyLaporError)?),
    }
}

impl PyCase {
    fn lock(&self) -> std::sync::MutexGuard<'_, Case> {
        self.case.lock().unwrap_or_else(|e| e.into_inner())
    }
}

/// ``world`` with the category tree ``categories`` (list of dicts or JSON), if given.
fn with_categories(
    world: Arc<World>,
    categories: Option<&Bound<'_, PyAny>>,
) -> PyResult<Arc<World>> {
    let Some(c) = categories else {
        return Ok(world);
    };
    let tree = CategoryTree::from_json(&json_text(c)?).map_err(PyLaporError)?;
    Ok(Arc::new(Arc::unwrap_or_clone(world).with_categories(tree)))
}

/// The other cases ``archive_as_duplicate`` may link to: a dict of tracking id to the aware
/// datetime of submission.
pub(crate) fn known_cases(
    cases: Option<&Bound<'_, PyAny>>,
) -> PyResult<BTreeMap<TrackingId, DateTime<Utc>>> {
    let mut out = BTreeMap::new();
    let Some(cases) = cases else {
        return Ok(out);
    };
    let expected = "a dict of tracking id (int) to submission datetime";
    let dict = cases
        .cast::<pyo3::types::PyDict>()
        .map_err(|_| crate::error::invalid_argument("cases", expected))?;
    for (k, v) in dict.iter() {
        let id: u64 = k
            .extract()
            .map_err(|_| crate::error::invalid_argument("cases", expected))?;
        out.insert(TrackingId(id), instant(&v, "cases")?);
    }
    Ok(out)
}

#[pymethods]
impl PyCase {
    /// Files ``report`` (a :class:`Report` or dict) as case ``tracking_id`` at ``at`` (aware
    /// datetime). ``directory`` is the agency directory commands are checked against;
    /// ``policy`` an SLA policy as dict or JSON (default PermenPANRB 62/2018).
    #[staticmethod]
    #[pyo3(signature = (report, tracking_id, at, directory, policy = None, actor = None, categories = None))]
    fn submit(
        report: &Bound<'_, PyAny>,
        tracking_id: u64,
        at: &Bound<'_, PyAny>,
        directory: &Bound<'_, PyAgencyDirectory>,
        policy: Option<&Bound<'_, PyAny>>,
        actor: Option<&Bound<'_, PyAny>>,
        categories: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<Self> {
        let report = match report.cast::<PyReport>() {
            Ok(r) => r.get().0.clone(),
            Err(_) => Report::from_json(&json_text(report)?).map_err(PyLaporError)?,
        };
        let w = with_categories(world(Some(directory), policy, None)?, categories)?;
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
    /// :class:`lapor.NotFoundError`…). ``categories`` is the category tree ``set_category``
    /// checks against; ``cases`` the other cases (tracking id to submission datetime) an
    /// ``archive_as_duplicate`` may link to.
    #[staticmethod]
    #[pyo3(signature = (events, directory, policy = None, categories = None, cases = None))]
    fn replay(
        events: &Bound<'_, PyAny>,
        directory: &Bound<'_, PyAgencyDirectory>,
        policy: Option<&Bound<'_, PyAny>>,
        categories: Option<&Bound<'_, PyAny>>,
        cases: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<Self> {
        let mut parsed = Vec::new();
        for e in events.try_iter()? {
            parsed.push(Event::from_json(&json_text(&e?)?).map_err(PyLaporError)?);
        }
        let w = with_categories(world(Some(directory), policy, None)?, categories)?;
        let known = known_cases(cases)?;
        let case =
            Case::replay_owned(&w.context().with_cases(&known), parsed).map_err(PyLaporError)?;
        Ok(PyCase {
            case: std::sync::Mutex::new(case),
            world: w,
        })
    }

    /// Gives a command (dict such as ``{"command": "dispose", "agency": "dinkes"}``) from an
    /// actor (dict such as ``{"role": "national_admin"}``) at ``at``; returns the event (dict).
    /// ``cases`` (dict of tracking id to submission datetime) are the other cases an
    /// ``archive_as_duplicate`` may link to. Raises :class:`lapor.TransitionError`,
    /// :class:`lapor.PermissionDeniedError`, :class:`lapor.NotFoundError`.
    #[pyo3(signature = (actor, command, at, cases = None))]
    fn handle<'py>(
        &self,
        py: Python<'py>,
        actor: &Bound<'py, PyAny>,
        command: &Bound<'py, PyAny>,
        at: &Bound<'py, PyAny>,
        cases: Option<&Bound<'py, PyAny>>,
    ) -> PyResult<Bound<'py, PyAny>> {
        let actor = actor_of(Some(actor), Actor::reporter())?;
        let command = Command::from_json(&json_text(command)?).map_err(PyLaporError)?;
        let at = instant(at, "at")?;
        let known = known_cases(cases)?;
        let event = self
            .lock()
            .handle(
                &self.world.context().with_cases(&known),
                &actor,
                &command,
                at,
            )
            .map_err(PyLaporError)?;
        from_json(py, &event.to_json())
    }

    /// Applies the time-driven events due at ``now`` (breaches, escalations, auto-close, auto-archive);
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
    /// The branches of a case routed to several agencies (``dispose_many``): dicts with
    /// ``agency`` (where the branch was sent), ``holder`` (``{"agency": …}``, or
    /// ``"national_admin"`` after its agency declined) and ``status``.
    fn branches<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        let out = PyList::empty(py);
        for b in self.lock().branches() {
            let d = pyo3::types::PyDict::new(py);
            d.set_item("agency", b.branch_root().map(|a| a.to_string()))?;
            d.set_item(
                "holder",
                from_json(py, &serde_json::to_string(b.holder()).unwrap_or_default())?,
            )?;
            d.set_item("status", b.status().as_str())?;
            out.append(d)?;
        }
        Ok(out)
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
    /// The SLA metrics at ``now``: dicts with ``metric``, ``round`` (1, or 2, 3… for a later
    /// agency's clocks after a decline or reroute, a completion after a reopen), ``branch`` (the
    /// agency of the branch whose clock it is, after ``dispose_many``; else ``None``), ``state``
    /// (``running``, ``paused``, ``met``, ``breached``, ``superseded``), ``due`` (aware
    /// datetime), ``used``, ``stopped``, ``breached_at``, ``responsible``.
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
            d.set_item("round", m.round)?;
            d.set_item("branch", m.branch.as_ref().map(|b| b.to_string()))?;
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
