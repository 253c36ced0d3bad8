//! `lapor-server`: runs the service (`lapor-server [serve] [--config FILE]`), checks a store
//! after a crash (`lapor-server verify [--config FILE] [--acks FILE]`), or prints the OpenAPI
//! document (`lapor-server openapi`).

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use lapor_server::{app, AppState, Config, Store, SystemClock};
use utoipa::OpenApi;

fn usage() -> ! {
    eprintln!("usage: lapor-server [serve|verify|openapi] [--config FILE] [--acks FILE]");
    std::process::exit(2)
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {}
        _ = term => {}
    }
    tracing::info!("shutting down: finishing the requests in flight");
}

#[tokio::main]
async fn main() {
    // Structured logs on stderr: `key=value` text, or one JSON object per line with
    // LAPOR_LOG_FORMAT=json. Fields are routes, statuses, codes and tracking ids, never bodies.
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info,sqlx=error"));
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_ansi(false);
    if std::env::var("LAPOR_LOG_FORMAT").is_ok_and(|f| f == "json") {
        builder.json().init();
    } else {
        builder.init();
    }
    let mut args = std::env::args().skip(1).peekable();
    let mode = match args.peek().map(String::as_str) {
        Some("serve" | "verify" | "openapi") => args.next().unwrap_or_default(),
        _ => "serve".to_string(),
    };
    let (mut config_path, mut acks_path) = (None::<PathBuf>, None::<PathBuf>);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--config" => config_path = Some(args.next().unwrap_or_else(|| usage()).into()),
            "--acks" => acks_path = Some(args.next().unwrap_or_else(|| usage()).into()),
            _ => usage(),
        }
    }
    if mode == "openapi" {
        println!(
            "{}",
            lapor_server::openapi::ApiDoc::openapi()
                .to_pretty_json()
                .unwrap_or_default()
        );
        return;
    }
    let config = match Config::load(config_path.as_deref()) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("lapor-server: {e}");
            std::process::exit(2)
        }
    };
    let store = match Store::connect(&config.database_url).await {
        Ok(s) => s,
        Err(e) => {
            // The URL may carry a password: say which backend failed, not the URL.
            tracing::error!(error = %e, "cannot open the database");
            std::process::exit(1)
        }
    };
    let state = Arc::new(AppState {
        config,
        store,
        redactor: lapor_core::Redactor::default(),
        clock: Arc::new(SystemClock),
    });
    if mode == "verify" {
        let acks = match &acks_path {
            Some(p) => {
                let text = std::fs::read_to_string(p).unwrap_or_else(|e| {
                    eprintln!("lapor-server: cannot read {}: {e}", p.display());
                    std::process::exit(2)
                });
                text.lines()
                    .filter(|l| !l.trim().is_empty())
                    .filter_map(|l| serde_json::from_str(l).ok())
                    .collect()
            }
            None => Vec::new(),
        };
        match lapor_server::verify::verify(&state, &acks).await {
            Ok(r) => {
                println!("{}", serde_json::to_string(&r).unwrap_or_default());
                std::process::exit(if r.ok() { 0 } else { 1 })
            }
            Err(e) => {
                eprintln!("lapor-server: verify failed: {}", e.code());
                std::process::exit(1)
            }
        }
    }
    let listener = match tokio::net::TcpListener::bind(&state.config.listen).await {
        Ok(l) => l,
        Err(e) => {
            tracing::error!(error = %e, "cannot listen");
            std::process::exit(1)
        }
    };
    let (stop_tx, stop_rx) = tokio::sync::watch::channel(false);
    let clock = if state.config.clock_interval_ms > 0 {
        Some(tokio::spawn(lapor_server::clock::run(
            state.clone(),
            Duration::from_millis(state.config.clock_interval_ms),
            stop_rx,
        )))
    } else {
        None
    };
    tracing::info!(
        listen = %state.config.listen,
        database = ?state.store.backend(),
        tokens = state.config.tokens.len(),
        "lapor-server listening"
    );
    let served = axum::serve(listener, app(state.clone()))
        .with_graceful_shutdown(shutdown_signal())
        .await;
    let _ = stop_tx.send(true);
    if let Some(c) = clock {
        let _ = c.await;
    }
    state.store.close().await;
    if let Err(e) = served {
        tracing::error!(error = %e, "server error");
        std::process::exit(1)
    }
    tracing::info!("stopped");
}
