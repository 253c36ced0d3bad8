//! The analytics behind `lapor.evaluate_sla`, `lapor.summarize` and `lapor.event_table`.

use std::sync::Arc;

use lapor_core::analytics::{
    evaluate_period, evaluate_sla, summarize, GroupBy, Period, RankingPolicy,
};
use lapor_core::synthetic;
use pyo3::prelude::*;
use pyo3::types::PyList;

use crate::agency::{new_world, world, PyAgencyDirectory};
use crate::convert::{columns, instant, json_text};
use crate::error::PyLaporError;
use crate::log::PyEventLog;

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
/// On `threads` threads (`None`: one per core), consecutive slices of the cases are evaluated
/// at once and their tables appended in order (`SlaTable::append`): the same rows as one thread.
#[pyfunction(name = "_evaluate_sla")]
#[pyo3(signature = (log, as_of, directory = None, policy = None, threads = None))]
pub(crate) fn py_evaluate_sla<'py>(
    py: Python<'py>,
    log: &Bound<'py, PyEventLog>,
    as_of: &Bound<'py, PyAny>,
    directory: Option<&Bound<'py, PyAgencyDirectory>>,
    policy: Option<&Bound<'py, PyAny>>,
    threads: Option<usize>,
) -> PyResult<Bound<'py, PyList>> {
    let as_of = instant(as_of, "as_of")?;
    let threads = crate::parallel::threads(threads)?;
    let log = log.get();
    let w = world(directory, policy, Some(&log.world))?;
    let cases = Arc::clone(&log.cases);
    let table = py
        .detach(move || -> lapor_core::Result<_> {
            // Below a few hundred cases a thread costs more than it saves.
            let parts = crate::parallel::slices(&cases, threads, 256, |part| {
                evaluate_sla(part, &w.context(), as_of)
            });
            let mut table = lapor_core::analytics::SlaTable::default();
            for part in parts {
                table.append(part?);
            }
            Ok(table)
        })
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

/// The evaluation of ``period`` (``"2026-S1"``, ``"2026-03"``, ``"2026"``) per agency, as raw
/// columns for ``lapor._columns`` (see ``lapor_core::analytics::evaluate_period``).
#[pyfunction(name = "_evaluate_period")]
#[pyo3(signature = (log, period, ranking = None, directory = None, policy = None))]
pub(crate) fn py_evaluate_period<'py>(
    py: Python<'py>,
    log: &Bound<'py, PyEventLog>,
    period: &str,
    ranking: Option<&Bound<'py, PyAny>>,
    directory: Option<&Bound<'py, PyAgencyDirectory>>,
    policy: Option<&Bound<'py, PyAny>>,
) -> PyResult<Bound<'py, PyList>> {
    let period = Period::parse(period).map_err(PyLaporError)?;
    let ranking = match ranking {
        Some(r) => RankingPolicy::from_json(&json_text(r)?).map_err(PyLaporError)?,
        None => RankingPolicy::default(),
    };
    let log = log.get();
    let w = world(directory, policy, Some(&log.world))?;
    let cases = Arc::clone(&log.cases);
    let e = py
        .detach(move || evaluate_period(&cases, &w.context(), &period, &ranking))
        .map_err(PyLaporError)?;
    columns(py, &e.columns())
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
