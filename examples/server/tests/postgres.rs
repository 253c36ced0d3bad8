//! The store scenarios on a real PostgreSQL server: `DATABASE_URL=postgres://…` (set by
//! `scripts/test-server.sh`, which starts one). Without it each test says it skips and passes.

mod common;

use common::*;

#[path = "common/scenarios.rs"]
mod scenarios;

#[tokio::test]
async fn lifecycle() {
    if let Some(url) = postgres_url("pg::lifecycle").await {
        scenarios::lifecycle(&url).await;
    }
}

#[tokio::test]
async fn stale_version() {
    if let Some(url) = postgres_url("pg::stale_version").await {
        scenarios::stale_version(&url).await;
    }
}

#[tokio::test]
async fn idempotent_submit() {
    if let Some(url) = postgres_url("pg::idempotent_submit").await {
        scenarios::idempotent_submit(&url).await;
    }
}

#[tokio::test]
async fn bad_input() {
    if let Some(url) = postgres_url("pg::bad_input").await {
        scenarios::bad_input(&url).await;
    }
}

#[tokio::test]
async fn clock() {
    if let Some(url) = postgres_url("pg::clock").await {
        scenarios::clock(&url).await;
    }
}

#[tokio::test]
async fn open311() {
    if let Some(url) = postgres_url("pg::open311").await {
        scenarios::open311(&url).await;
    }
}
