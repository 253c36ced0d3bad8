//! The store: the append-only event log of every case, one row per event in the columnar event
//! schema of `docs/data-formats.md` (`tracking_id`, `at`, `event`, `agency`, `tier`, `metric`,
//! `kind`, `actor_role`, `actor_agency`, `region`, `channel`, `payload`, plus `seq`, the event's
//! 0-based position in its case), a projection per case (`cases`: version, status and the few
//! values the Open311 filters and the clock task look up), and the idempotency keys of
//! submissions.
//!
//! SQLite (bundled, WAL) or PostgreSQL, through sqlx's `Any` driver with one set of SQL
//! statements. Concurrency is optimistic: an append names the version it was decided on; the
//! primary key `(tracking_id, seq)` and the projection's `version` check make a second writer of
//! the same version fail with [`ApiError::VersionConflict`], whichever process it runs in.
//! Events are never updated or deleted (triggers refuse it).

use chrono::{DateTime, Utc};
use lapor_core::{Event, TrackingId};
use sqlx::any::{AnyConnectOptions, AnyPoolOptions, AnyRow};
use sqlx::{AnyPool, Row};
use std::str::FromStr;
use std::time::Duration;

use crate::error::ApiError;

/// Which database the store runs on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    /// SQLite (embedded, WAL).
    Sqlite,
    /// PostgreSQL.
    Postgres,
}

impl Backend {
    /// The statement that opens a write transaction: SQLite takes the write lock at once
    /// (`IMMEDIATE`), so a busy database fails at the start, never at the commit.
    fn begin(self) -> &'static str {
        match self {
            Backend::Sqlite => "BEGIN IMMEDIATE",
            Backend::Postgres => "BEGIN",
        }
    }
}

/// What the projection keeps of a case (rebuilt from its events at every append).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Projection {
    /// Number of events.
    pub version: i64,
    /// The status (snake_case).
    pub status: String,
    /// `open` or `closed`.
    pub open311_status: String,
    /// Whether the case is listed by Open311 (never a deleted case).
    pub listed: bool,
    /// Submission instant, µs since the epoch.
    pub requested_micros: i64,
    /// Latest event, µs since the epoch.
    pub updated_micros: i64,
    /// The Open311 `service_code`, only when the content is public.
    pub service_code: Option<String>,
    /// When the clock task should next look at the case (µs), if ever.
    pub next_due_micros: Option<i64>,
}

/// The outcome of a submission.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Submitted {
    /// A new case.
    Created(u64),
    /// The idempotency key was seen before with the same request: its case, and the secret
    /// encrypted under the key.
    Replayed {
        /// The case.
        tracking_id: u64,
        /// The stored, encrypted secret (hex).
        secret_enc: String,
    },
}

/// An idempotency key, hashed: `key_hash` is the lookup, `request_hash` the body's hash,
/// `secret_enc` the reporter's secret encrypted with a stream derived from the key.
#[derive(Debug, Clone)]
pub struct IdempotencyRecord {
    /// Hex SHA-256 of the key (domain-separated).
    pub key_hash: String,
    /// Hex SHA-256 of the request body.
    pub request_hash: String,
    /// Hex of the secret XOR the key stream.
    pub secret_enc: String,
}

/// Open311 list filters.
#[derive(Debug, Clone, Default)]
pub struct ListFilter {
    /// `open` or `closed`.
    pub status: Option<String>,
    /// Earliest submission (µs).
    pub start_micros: Option<i64>,
    /// Latest submission (µs).
    pub end_micros: Option<i64>,
    /// Service codes (any of).
    pub service_codes: Vec<String>,
    /// At most this many.
    pub limit: i64,
}

/// The event log and projections in a database.
#[derive(Debug)]
pub struct Store {
    pool: AnyPool,
    backend: Backend,
    /// SQLite allows one writer: the process's writes take turns here (instead of failing with
    /// `SQLITE_BUSY` when a deferred transaction upgrades).
    write_lock: tokio::sync::Mutex<()>,
}

/// A database error as the API's: a unique violation is the caller's conflict, anything else
/// (read-only database, connection lost, timeout) is `storage_unavailable`. Only the kind is
/// logged (database messages may quote values).
fn db_error(e: sqlx::Error) -> ApiError {
    match &e {
        sqlx::Error::Database(d) => {
            tracing::warn!(
                sqlstate = d.code().as_deref().unwrap_or(""),
                "database refused the statement"
            );
        }
        other => tracing::warn!(kind = error_kind(other), "database unavailable"),
    }
    ApiError::StorageUnavailable
}

fn error_kind(e: &sqlx::Error) -> &'static str {
    match e {
        sqlx::Error::PoolTimedOut => "pool_timed_out",
        sqlx::Error::PoolClosed => "pool_closed",
        sqlx::Error::Io(_) => "io",
        sqlx::Error::Tls(_) => "tls",
        sqlx::Error::Protocol(_) => "protocol",
        sqlx::Error::RowNotFound => "row_not_found",
        sqlx::Error::ColumnDecode { .. } | sqlx::Error::Decode(_) => "decode",
        sqlx::Error::Configuration(_) => "configuration",
        _ => "other",
    }
}

fn is_unique_violation(e: &sqlx::Error) -> bool {
    matches!(e, sqlx::Error::Database(d) if d.is_unique_violation())
}

const SQLITE_SCHEMA: &[&str] = &[
    "CREATE TABLE IF NOT EXISTS cases (
        tracking_id INTEGER PRIMARY KEY AUTOINCREMENT,
        version BIGINT NOT NULL,
        status TEXT NOT NULL,
        open311_status TEXT NOT NULL,
        listed BIGINT NOT NULL,
        requested_micros BIGINT NOT NULL,
        updated_micros BIGINT NOT NULL,
        service_code TEXT,
        next_due_micros BIGINT,
        secret_hash TEXT NOT NULL)",
    "CREATE TRIGGER IF NOT EXISTS events_no_update BEFORE UPDATE ON events
        BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END",
    "CREATE TRIGGER IF NOT EXISTS events_no_delete BEFORE DELETE ON events
        BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END",
];

const POSTGRES_SCHEMA: &[&str] = &[
    "CREATE TABLE IF NOT EXISTS cases (
        tracking_id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
        version BIGINT NOT NULL,
        status TEXT NOT NULL,
        open311_status TEXT NOT NULL,
        listed BIGINT NOT NULL,
        requested_micros BIGINT NOT NULL,
        updated_micros BIGINT NOT NULL,
        service_code TEXT,
        next_due_micros BIGINT,
        secret_hash TEXT NOT NULL)",
    "CREATE OR REPLACE FUNCTION lapor_append_only() RETURNS trigger LANGUAGE plpgsql AS
        $$ BEGIN RAISE EXCEPTION 'the event log is append-only'; END $$",
    "DO $$ BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_trigger WHERE tgname = 'events_append_only') THEN
            CREATE TRIGGER events_append_only BEFORE UPDATE OR DELETE ON events
                FOR EACH ROW EXECUTE FUNCTION lapor_append_only();
        END IF;
     END $$",
];

/// Tables both databases write the same way (created before the triggers).
const COMMON_SCHEMA: &[&str] = &[
    "CREATE TABLE IF NOT EXISTS events (
        tracking_id BIGINT NOT NULL,
        seq BIGINT NOT NULL,
        at_micros BIGINT NOT NULL,
        event TEXT NOT NULL,
        agency TEXT NOT NULL,
        tier TEXT NOT NULL,
        metric TEXT NOT NULL,
        kind TEXT NOT NULL,
        actor_role TEXT NOT NULL,
        actor_agency TEXT NOT NULL,
        region TEXT NOT NULL,
        channel TEXT NOT NULL,
        payload TEXT NOT NULL,
        PRIMARY KEY (tracking_id, seq))",
    "CREATE TABLE IF NOT EXISTS idempotency (
        key_hash TEXT PRIMARY KEY,
        request_hash TEXT NOT NULL,
        tracking_id BIGINT NOT NULL,
        secret_enc TEXT NOT NULL)",
    "CREATE INDEX IF NOT EXISTS cases_due ON cases (next_due_micros)",
    "CREATE INDEX IF NOT EXISTS cases_requested ON cases (requested_micros)",
];

/// The derived columns of an event (`agency`, `tier`, `metric`, `kind`, `region`, `channel`):
/// the core's [`Event::facets`], as `lapor_core::analytics::event_columns` writes them.
fn derived(e: &Event) -> [String; 6] {
    let f = e.facets();
    [
        f.agency.to_string(),
        f.tier.to_string(),
        f.metric.to_string(),
        f.kind.to_string(),
        f.region,
        f.channel.to_string(),
    ]
}

const INSERT_EVENT: &str = "INSERT INTO events (tracking_id, seq, at_micros, event, agency, tier,
    metric, kind, actor_role, actor_agency, region, channel, payload)
    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)";

fn i64_of(n: u64) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}

impl Store {
    /// Connects (creating a SQLite file if missing) and creates the tables.
    pub async fn connect(url: &str) -> Result<Store, sqlx::Error> {
        sqlx::any::install_default_drivers();
        let backend = if url.starts_with("postgres:") || url.starts_with("postgresql:") {
            Backend::Postgres
        } else {
            Backend::Sqlite
        };
        let url = if backend == Backend::Sqlite && !url.contains("mode=") {
            let sep = if url.contains('?') { '&' } else { '?' };
            format!("{url}{sep}mode=rwc")
        } else {
            url.to_string()
        };
        let options = AnyConnectOptions::from_str(&url)?;
        let pool = AnyPoolOptions::new()
            .max_connections(if backend == Backend::Sqlite { 8 } else { 16 })
            .acquire_timeout(Duration::from_secs(5))
            .after_connect(move |conn, _| {
                Box::pin(async move {
                    if backend == Backend::Sqlite {
                        // WAL: readers never wait for the writer; NORMAL keeps every committed
                        // transaction across a crash of the process (not of the machine).
                        for pragma in [
                            "PRAGMA busy_timeout = 5000",
                            "PRAGMA journal_mode = WAL",
                            "PRAGMA synchronous = NORMAL",
                        ] {
                            // A read-only database cannot switch its journal mode: it is read
                            // as it is.
                            let _ = sqlx::query(pragma).execute(&mut *conn).await;
                        }
                    }
                    Ok(())
                })
            })
            .connect_with(options)
            .await?;
        let store = Store {
            pool,
            backend,
            write_lock: tokio::sync::Mutex::new(()),
        };
        store.migrate().await?;
        Ok(store)
    }

    /// Which database this is.
    pub fn backend(&self) -> Backend {
        self.backend
    }

    async fn migrate(&self) -> Result<(), sqlx::Error> {
        let mut conn = self.pool.acquire().await?;
        let (first, last): (&[&str], &[&str]) = match self.backend {
            Backend::Sqlite => (&SQLITE_SCHEMA[..1], &SQLITE_SCHEMA[1..]),
            Backend::Postgres => (&POSTGRES_SCHEMA[..1], &POSTGRES_SCHEMA[1..]),
        };
        if self.backend == Backend::Postgres {
            // Several processes may start at once: one creates the tables at a time.
            sqlx::query("SELECT pg_advisory_lock(72791)")
                .execute(&mut *conn)
                .await?;
        }
        let result = async {
            for stmt in first.iter().chain(COMMON_SCHEMA).chain(last) {
                if let Err(e) = sqlx::query(stmt).execute(&mut *conn).await {
                    // A read-only SQLite database that already has its tables is usable for
                    // reads (the fault tests open one so).
                    if self.backend == Backend::Sqlite && self.tables_exist(&mut conn).await {
                        tracing::warn!("database is read-only: schema left as it is");
                        return Ok(());
                    }
                    return Err(e);
                }
            }
            Ok(())
        }
        .await;
        if self.backend == Backend::Postgres {
            sqlx::query("SELECT pg_advisory_unlock(72791)")
                .execute(&mut *conn)
                .await?;
        }
        result
    }

    async fn tables_exist(&self, conn: &mut sqlx::AnyConnection) -> bool {
        sqlx::query("SELECT count(*) AS n FROM events")
            .fetch_one(&mut *conn)
            .await
            .is_ok()
    }

    /// Whether the database answers.
    pub async fn ping(&self) -> bool {
        sqlx::query("SELECT 1").fetch_one(&self.pool).await.is_ok()
    }

    /// Closes the pool (at shutdown).
    pub async fn close(&self) {
        self.pool.close().await;
    }

    /// The events of a case, in order (`None`: no such case).
    pub async fn load(&self, id: u64) -> Result<Option<Vec<Event>>, ApiError> {
        let rows = sqlx::query(
            "SELECT seq, at_micros, event, actor_role, actor_agency, payload FROM events
             WHERE tracking_id = $1 ORDER BY seq",
        )
        .bind(i64_of(id))
        .fetch_all(&self.pool)
        .await
        .map_err(db_error)?;
        if rows.is_empty() {
            return Ok(None);
        }
        let mut events = Vec::with_capacity(rows.len());
        for (i, row) in rows.iter().enumerate() {
            let seq: i64 = row.try_get("seq").map_err(db_error)?;
            if seq != i as i64 {
                tracing::error!(case = id, "event log has a gap");
                return Err(ApiError::Internal);
            }
            events.push(event_of_row(id, row)?);
        }
        Ok(Some(events))
    }

    /// The events of several cases in one query (at most a few hundred ids), each case's in
    /// order; cases without events are left out.
    pub async fn load_many(
        &self,
        ids: &[u64],
    ) -> Result<std::collections::HashMap<u64, Vec<Event>>, ApiError> {
        let mut out: std::collections::HashMap<u64, Vec<Event>> = std::collections::HashMap::new();
        if ids.is_empty() {
            return Ok(out);
        }
        let marks: Vec<String> = (1..=ids.len()).map(|i| format!("${i}")).collect();
        let sql = format!(
            "SELECT tracking_id, seq, at_micros, event, actor_role, actor_agency, payload
             FROM events WHERE tracking_id IN ({}) ORDER BY tracking_id, seq",
            marks.join(", ")
        );
        let mut q = sqlx::query(&sql);
        for &id in ids {
            q = q.bind(i64_of(id));
        }
        let rows = q.fetch_all(&self.pool).await.map_err(db_error)?;
        for row in &rows {
            let id: i64 = row.try_get("tracking_id").map_err(db_error)?;
            let id = u64::try_from(id).map_err(|_| ApiError::Internal)?;
            let seq: i64 = row.try_get("seq").map_err(db_error)?;
            let events = out.entry(id).or_default();
            if seq != events.len() as i64 {
                tracing::error!(case = id, "event log has a gap");
                return Err(ApiError::Internal);
            }
            events.push(event_of_row(id, row)?);
        }
        Ok(out)
    }

    async fn lock(&self) -> Option<tokio::sync::MutexGuard<'_, ()>> {
        match self.backend {
            Backend::Sqlite => Some(self.write_lock.lock().await),
            Backend::Postgres => None,
        }
    }

    /// Looks up an idempotency key: `Some((request_hash, tracking_id, secret_enc))`.
    pub async fn idempotency(
        &self,
        key_hash: &str,
    ) -> Result<Option<(String, u64, String)>, ApiError> {
        let row = sqlx::query(
            "SELECT request_hash, tracking_id, secret_enc FROM idempotency WHERE key_hash = $1",
        )
        .bind(key_hash)
        .fetch_optional(&self.pool)
        .await
        .map_err(db_error)?;
        match row {
            None => Ok(None),
            Some(r) => {
                let id: i64 = r.try_get("tracking_id").map_err(db_error)?;
                Ok(Some((
                    r.try_get("request_hash").map_err(db_error)?,
                    u64::try_from(id).unwrap_or(0),
                    r.try_get("secret_enc").map_err(db_error)?,
                )))
            }
        }
    }

    /// Files a new case in one transaction: a tracking id from the database, the `submitted`
    /// event `decide` makes for it (with the case's projection), the secret's hash and the
    /// idempotency key. A key already stored with the same request gives back its case; with
    /// another request, [`ApiError::IdempotencyKeyReused`].
    pub async fn submit(
        &self,
        idem: Option<&IdempotencyRecord>,
        secret_hash: &str,
        decide: impl FnOnce(TrackingId) -> Result<(Event, Projection), ApiError>,
    ) -> Result<Submitted, ApiError> {
        if let Some(rec) = idem {
            if let Some(found) = self.replayed(rec).await? {
                return Ok(found);
            }
        }
        let guard = self.lock().await;
        let mut conn = self.pool.acquire().await.map_err(db_error)?;
        let result = submit_on(self.backend, &mut conn, idem, secret_hash, decide).await;
        release(conn, result.is_ok()).await;
        drop(guard);
        match result? {
            SubmitOutcome::Created(id) => Ok(Submitted::Created(id)),
            SubmitOutcome::KeyTaken(e) => {
                // The same key, sent at the same time, won in another transaction.
                if let Some(rec) = idem {
                    if let Some(found) = self.replayed(rec).await? {
                        return Ok(found);
                    }
                }
                Err(db_error(e))
            }
        }
    }

    async fn replayed(&self, rec: &IdempotencyRecord) -> Result<Option<Submitted>, ApiError> {
        match self.idempotency(&rec.key_hash).await? {
            Some((request_hash, tracking_id, secret_enc)) => {
                if request_hash != rec.request_hash {
                    return Err(ApiError::IdempotencyKeyReused);
                }
                Ok(Some(Submitted::Replayed {
                    tracking_id,
                    secret_enc,
                }))
            }
            None => Ok(None),
        }
    }

    /// Appends `events` to case `id`, which was at `version` (its number of events) when they
    /// were decided, with the projection after them, in one transaction. Another writer having
    /// appended first is [`ApiError::VersionConflict`] and nothing is written.
    pub async fn append(
        &self,
        id: u64,
        version: u64,
        events: &[Event],
        projection: &Projection,
    ) -> Result<(), ApiError> {
        let guard = self.lock().await;
        let mut conn = self.pool.acquire().await.map_err(db_error)?;
        let result = append_on(self.backend, &mut conn, id, version, events, projection).await;
        release(conn, result.is_ok()).await;
        drop(guard);
        if !result? {
            let actual = self.version(id).await?.unwrap_or(0);
            return Err(ApiError::VersionConflict {
                expected: version,
                actual,
            });
        }
        Ok(())
    }

    /// The case's version in the projection.
    pub async fn version(&self, id: u64) -> Result<Option<u64>, ApiError> {
        let row = sqlx::query("SELECT version FROM cases WHERE tracking_id = $1")
            .bind(i64_of(id))
            .fetch_optional(&self.pool)
            .await
            .map_err(db_error)?;
        match row {
            Some(r) => {
                let v: i64 = r.try_get("version").map_err(db_error)?;
                Ok(Some(u64::try_from(v).unwrap_or(0)))
            }
            None => Ok(None),
        }
    }

    /// The stored hash of the case's reporter secret.
    pub async fn secret_hash(&self, id: u64) -> Result<Option<String>, ApiError> {
        let row =
            sqlx::query("SELECT secret_hash FROM cases WHERE tracking_id = $1 AND version > 0")
                .bind(i64_of(id))
                .fetch_optional(&self.pool)
                .await
                .map_err(db_error)?;
        match row {
            Some(r) => Ok(Some(r.try_get("secret_hash").map_err(db_error)?)),
            None => Ok(None),
        }
    }

    /// The cases the Open311 list shows, newest first.
    pub async fn list(&self, f: &ListFilter) -> Result<Vec<u64>, ApiError> {
        let mut sql = String::from("SELECT tracking_id FROM cases WHERE listed = 1");
        let mut n = 0;
        let mut next = || {
            n += 1;
            format!("${n}")
        };
        if f.status.is_some() {
            sql.push_str(&format!(" AND open311_status = {}", next()));
        }
        if f.start_micros.is_some() {
            sql.push_str(&format!(" AND requested_micros >= {}", next()));
        }
        if f.end_micros.is_some() {
            sql.push_str(&format!(" AND requested_micros <= {}", next()));
        }
        if !f.service_codes.is_empty() {
            let marks: Vec<String> = f.service_codes.iter().map(|_| next()).collect();
            sql.push_str(&format!(" AND service_code IN ({})", marks.join(", ")));
        }
        sql.push_str(&format!(" ORDER BY tracking_id DESC LIMIT {}", next()));
        let mut q = sqlx::query(&sql);
        if let Some(s) = &f.status {
            q = q.bind(s.clone());
        }
        if let Some(t) = f.start_micros {
            q = q.bind(t);
        }
        if let Some(t) = f.end_micros {
            q = q.bind(t);
        }
        for c in &f.service_codes {
            q = q.bind(c.clone());
        }
        q = q.bind(f.limit);
        let rows = q.fetch_all(&self.pool).await.map_err(db_error)?;
        ids_of(&rows)
    }

    /// Cases whose next time-driven event is due by `now` (at most `limit`).
    pub async fn due(&self, now: DateTime<Utc>, limit: i64) -> Result<Vec<u64>, ApiError> {
        let rows = sqlx::query(
            "SELECT tracking_id FROM cases WHERE next_due_micros IS NOT NULL
             AND next_due_micros <= $1 ORDER BY next_due_micros LIMIT $2",
        )
        .bind(now.timestamp_micros())
        .bind(limit)
        .fetch_all(&self.pool)
        .await
        .map_err(db_error)?;
        ids_of(&rows)
    }

    /// Every case id with at least one event, in order.
    pub async fn all_ids(&self) -> Result<Vec<u64>, ApiError> {
        let rows =
            sqlx::query("SELECT tracking_id FROM cases WHERE version > 0 ORDER BY tracking_id")
                .fetch_all(&self.pool)
                .await
                .map_err(db_error)?;
        ids_of(&rows)
    }

    /// The stored projection of a case.
    pub async fn projection(&self, id: u64) -> Result<Option<Projection>, ApiError> {
        let row = sqlx::query(
            "SELECT version, status, open311_status, listed, requested_micros, updated_micros,
             service_code, next_due_micros FROM cases WHERE tracking_id = $1",
        )
        .bind(i64_of(id))
        .fetch_optional(&self.pool)
        .await
        .map_err(db_error)?;
        let Some(r) = row else { return Ok(None) };
        Ok(Some(Projection {
            version: r.try_get("version").map_err(db_error)?,
            status: r.try_get("status").map_err(db_error)?,
            open311_status: r.try_get("open311_status").map_err(db_error)?,
            listed: r.try_get::<i64, _>("listed").map_err(db_error)? == 1,
            requested_micros: r.try_get("requested_micros").map_err(db_error)?,
            updated_micros: r.try_get("updated_micros").map_err(db_error)?,
            service_code: r.try_get("service_code").map_err(db_error)?,
            next_due_micros: r.try_get("next_due_micros").map_err(db_error)?,
        }))
    }

    /// Counts of the events table: (rows, distinct (tracking_id, seq)) — equal when no event is
    /// duplicated.
    pub async fn event_counts(&self) -> Result<(i64, i64), ApiError> {
        let r = sqlx::query("SELECT count(*) AS n FROM events")
            .fetch_one(&self.pool)
            .await
            .map_err(db_error)?;
        let n: i64 = r.try_get("n").map_err(db_error)?;
        let r = sqlx::query(
            "SELECT count(*) AS n FROM (SELECT DISTINCT tracking_id, seq FROM events) AS d",
        )
        .fetch_one(&self.pool)
        .await
        .map_err(db_error)?;
        let d: i64 = r.try_get("n").map_err(db_error)?;
        Ok((n, d))
    }
}

fn event_of_row(id: u64, row: &AnyRow) -> Result<Event, ApiError> {
    let at: i64 = row.try_get("at_micros").map_err(db_error)?;
    let event: String = row.try_get("event").map_err(db_error)?;
    let role: String = row.try_get("actor_role").map_err(db_error)?;
    let agency: String = row.try_get("actor_agency").map_err(db_error)?;
    let payload: String = row.try_get("payload").map_err(db_error)?;
    Event::from_columns(id, at, &event, &role, Some(&agency), &payload).map_err(|e| {
        tracing::error!(
            case = id,
            code = e.code(),
            "stored event does not read back"
        );
        ApiError::Internal
    })
}

/// The `tracking_id` column of `rows`.
fn ids_of(rows: &[AnyRow]) -> Result<Vec<u64>, ApiError> {
    rows.iter()
        .map(|r| {
            r.try_get::<i64, _>("tracking_id")
                .map(|v| u64::try_from(v).unwrap_or(0))
                .map_err(db_error)
        })
        .collect()
}

/// How a submission's transaction ended.
enum SubmitOutcome {
    /// Committed: the new case's tracking id.
    Created(u64),
    /// The idempotency key was stored by another transaction first (this one rolled back).
    KeyTaken(sqlx::Error),
}

/// A connection back to the pool after a write that ended its transaction (committed, or rolled
/// back on purpose), or closed otherwise (which rolls back whatever it left open): a connection
/// whose transaction failed (an I/O error, a full disk) must never be handed out again, or
/// later writes could run inside a transaction that never commits (acknowledged, then lost). A
/// new connection replaces it.
///
/// The writes use plain `BEGIN` / `COMMIT` statements, not sqlx's `Transaction`: its depth
/// counter only goes down when a `COMMIT` or `ROLLBACK` succeeds, so after a failed rollback
/// (queued when a `Transaction` is dropped) a later `begin` on the connection became a
/// `SAVEPOINT` inside a transaction that never committed. Under a full disk that acknowledged
/// writes SQLite never made.
async fn release(conn: sqlx::pool::PoolConnection<sqlx::Any>, ended: bool) {
    if !ended {
        let _ = conn.close().await;
    }
}

/// Ends the transaction `BEGIN` opened on `tx` with `COMMIT` or `ROLLBACK`.
async fn end(tx: &mut sqlx::AnyConnection, statement: &str) -> Result<(), ApiError> {
    sqlx::query(statement)
        .execute(&mut *tx)
        .await
        .map_err(db_error)?;
    Ok(())
}

/// [`Store::submit`]'s transaction on `conn`.
async fn submit_on(
    backend: Backend,
    conn: &mut sqlx::pool::PoolConnection<sqlx::Any>,
    idem: Option<&IdempotencyRecord>,
    secret_hash: &str,
    decide: impl FnOnce(TrackingId) -> Result<(Event, Projection), ApiError>,
) -> Result<SubmitOutcome, ApiError> {
    let tx: &mut sqlx::AnyConnection = conn;
    sqlx::query(backend.begin())
        .execute(&mut *tx)
        .await
        .map_err(db_error)?;
    let row = sqlx::query(
        "INSERT INTO cases (version, status, open311_status, listed, requested_micros,
         updated_micros, service_code, next_due_micros, secret_hash)
         VALUES (0, 'submitted', 'open', 0, 0, 0, NULL, NULL, $1) RETURNING tracking_id",
    )
    .bind(secret_hash)
    .fetch_one(&mut *tx)
    .await
    .map_err(db_error)?;
    let id: i64 = row.try_get("tracking_id").map_err(db_error)?;
    let id = u64::try_from(id).map_err(|_| ApiError::Internal)?;
    let (event, projection) = decide(TrackingId(id))?;
    insert_event(tx, 0, &event).await?;
    update_projection(tx, id, 0, &projection).await?;
    if let Some(rec) = idem {
        let r = sqlx::query(
            "INSERT INTO idempotency (key_hash, request_hash, tracking_id, secret_enc)
             VALUES ($1, $2, $3, $4)",
        )
        .bind(&rec.key_hash)
        .bind(&rec.request_hash)
        .bind(i64_of(id))
        .bind(&rec.secret_enc)
        .execute(&mut *tx)
        .await;
        if let Err(e) = r {
            if is_unique_violation(&e) {
                end(tx, "ROLLBACK").await?;
                return Ok(SubmitOutcome::KeyTaken(e));
            }
            // The connection is closed, not reused: closing rolls the transaction back.
            return Err(db_error(e));
        }
    }
    end(tx, "COMMIT").await?;
    Ok(SubmitOutcome::Created(id))
}

/// [`Store::append`]'s transaction on `conn`: `false` if the case was no longer at `version`
/// (nothing written).
async fn append_on(
    backend: Backend,
    conn: &mut sqlx::pool::PoolConnection<sqlx::Any>,
    id: u64,
    version: u64,
    events: &[Event],
    projection: &Projection,
) -> Result<bool, ApiError> {
    let tx: &mut sqlx::AnyConnection = conn;
    sqlx::query(backend.begin())
        .execute(&mut *tx)
        .await
        .map_err(db_error)?;
    // The projection first: its row lock (PostgreSQL) orders concurrent writers of the case,
    // and the version check refuses the later ones.
    if !update_projection(tx, id, version, projection).await? {
        end(tx, "ROLLBACK").await?;
        return Ok(false);
    }
    for (i, e) in events.iter().enumerate() {
        insert_event(tx, version + i as u64, e).await?;
    }
    end(tx, "COMMIT").await?;
    Ok(true)
}

async fn insert_event(tx: &mut sqlx::AnyConnection, seq: u64, e: &Event) -> Result<(), ApiError> {
    let [agency, tier, metric, kind, region, channel] = derived(e);
    let r = sqlx::query(INSERT_EVENT)
        .bind(i64_of(e.case.0))
        .bind(i64_of(seq))
        .bind(e.at.timestamp_micros())
        .bind(e.kind.as_str())
        .bind(agency)
        .bind(tier)
        .bind(metric)
        .bind(kind)
        .bind(e.actor.role.as_str())
        .bind(
            e.actor
                .agency
                .as_ref()
                .map_or("", |a| a.as_str())
                .to_string(),
        )
        .bind(region)
        .bind(channel)
        .bind(e.payload())
        .execute(&mut *tx)
        .await;
    match r {
        Ok(_) => Ok(()),
        Err(err) if is_unique_violation(&err) => Err(ApiError::VersionConflict {
            expected: seq,
            actual: seq + 1,
        }),
        Err(err) => Err(db_error(err)),
    }
}

/// Sets the projection of case `id` if it is still at `version`; `false` if it is not.
async fn update_projection(
    tx: &mut sqlx::AnyConnection,
    id: u64,
    version: u64,
    p: &Projection,
) -> Result<bool, ApiError> {
    let r = sqlx::query(
        "UPDATE cases SET version = $1, status = $2, open311_status = $3, listed = $4,
         requested_micros = $5, updated_micros = $6, service_code = $7, next_due_micros = $8
         WHERE tracking_id = $9 AND version = $10",
    )
    .bind(p.version)
    .bind(p.status.clone())
    .bind(p.open311_status.clone())
    .bind(i64::from(p.listed))
    .bind(p.requested_micros)
    .bind(p.updated_micros)
    .bind(p.service_code.clone())
    .bind(p.next_due_micros)
    .bind(i64_of(id))
    .bind(i64_of(version))
    .execute(&mut *tx)
    .await
    .map_err(db_error)?;
    Ok(r.rows_affected() == 1)
}
