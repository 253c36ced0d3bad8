//! `lapor-server-load`: a load client for lapor-server on the loopback interface.
//!
//! ```text
//! lapor-server-load --url http://127.0.0.1:8080 --clients 64 --duration 20 \
//!     --admin-token T --agency-token T --agency dinkes-dumai [--acks acks.jsonl]
//! ```
//!
//! Each client loops until the duration is over: files reports (with an `Idempotency-Key`,
//! retried with the same key when the answer is lost), moves its cases through dispose (national
//! admin), follow-up (agency admin), reply (reporter) and close (national admin), carrying the
//! version it saw, and reads (the case as the admin, as the public, the Open311 request, the
//! Open311 list). Every acknowledged write is appended to `--acks` as
//! `{"tracking_id", "version", "events"}` (what `lapor-server verify --acks` checks after a
//! crash). Connection errors (a server killed on purpose) are counted and waited out. Prints
//! requests per second and the p50 / p99 latency, overall and per kind, and a JSON summary line.

use std::collections::BTreeMap;
use std::io::Write;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use serde_json::{json, Value};

struct Args {
    url: String,
    clients: usize,
    duration: Duration,
    admin: String,
    agency_token: String,
    agency: String,
    acks: Option<String>,
}

fn usage() -> ! {
    eprintln!(
        "usage: lapor-server-load --url http://127.0.0.1:PORT --admin-token T --agency-token T \
         [--agency ID] [--clients N] [--duration SECONDS] [--acks FILE]"
    );
    std::process::exit(2)
}

fn args() -> Args {
    let mut a = Args {
        url: String::new(),
        clients: 64,
        duration: Duration::from_secs(20),
        admin: String::new(),
        agency_token: String::new(),
        agency: "dinkes-dumai".into(),
        acks: None,
    };
    let mut it = std::env::args().skip(1);
    while let Some(k) = it.next() {
        let mut v = || it.next().unwrap_or_else(|| usage());
        match k.as_str() {
            "--url" => a.url = v(),
            "--clients" => a.clients = v().parse().unwrap_or_else(|_| usage()),
            "--duration" => {
                a.duration = Duration::from_secs_f64(v().parse().unwrap_or_else(|_| usage()))
            }
            "--admin-token" => a.admin = v(),
            "--agency-token" => a.agency_token = v(),
            "--agency" => a.agency = v(),
            "--acks" => a.acks = Some(v()),
            _ => usage(),
        }
    }
    let loopback = ["http://127.0.0.1:", "http://localhost:", "http://[::1]:"]
        .iter()
        .any(|p| a.url.starts_with(p));
    if !loopback {
        eprintln!("lapor-server-load: only loopback URLs (http://127.0.0.1:PORT) are allowed");
        std::process::exit(2)
    }
    if a.admin.is_empty() || a.agency_token.is_empty() {
        usage()
    }
    a
}

/// Latencies (µs) and outcomes per request kind.
#[derive(Default)]
struct Stats {
    latencies: BTreeMap<&'static str, Vec<u64>>,
    statuses: BTreeMap<String, u64>,
    transport_errors: u64,
    acked: u64,
}

struct Shared {
    args: Args,
    http: reqwest::Client,
    deadline: Instant,
    acks: Option<Mutex<std::fs::File>>,
}

struct Case {
    id: u64,
    version: u64,
    reporter: String,
    replied: bool,
}

enum Outcome {
    Ok(u16, Value),
    Transport,
}

impl Shared {
    async fn call(
        &self,
        stats: &mut Stats,
        kind: &'static str,
        req: reqwest::RequestBuilder,
    ) -> Outcome {
        let started = Instant::now();
        let resp = req.timeout(Duration::from_secs(10)).send().await;
        let out = match resp {
            Ok(r) => {
                let status = r.status().as_u16();
                match r.bytes().await {
                    Ok(b) => Outcome::Ok(status, serde_json::from_slice(&b).unwrap_or(Value::Null)),
                    Err(_) => Outcome::Transport,
                }
            }
            Err(_) => Outcome::Transport,
        };
        match &out {
            Outcome::Ok(status, _) => {
                stats
                    .latencies
                    .entry(kind)
                    .or_default()
                    .push(started.elapsed().as_micros() as u64);
                *stats
                    .statuses
                    .entry(format!("{kind} {status}"))
                    .or_default() += 1;
            }
            Outcome::Transport => stats.transport_errors += 1,
        }
        out
    }

    fn ack(&self, stats: &mut Stats, id: u64, version: u64, events: &Value) {
        stats.acked += 1;
        if let Some(f) = &self.acks {
            let line = json!({"tracking_id": id, "version": version, "events": events});
            if let Ok(mut f) = f.lock() {
                // One write per line, straight to the file: the checker reads what was
                // acknowledged even if this process dies next.
                let _ = f.write_all(format!("{line}\n").as_bytes());
            }
        }
    }

    fn url(&self, path: &str) -> String {
        format!("{}{path}", self.args.url.trim_end_matches('/'))
    }
}

fn report(client: usize, n: u64) -> Value {
    let categories = [
        "kesehatan.puskesmas",
        "infrastruktur.jalan",
        "air",
        "pendidikan",
    ];
    json!({
        "kind": "complaint",
        "title": format!("Laporan beban {client}-{n}: layanan terganggu"),
        "body": format!("Pelapor beban nomor {client}-{n} melaporkan layanan yang terganggu sejak pekan lalu di kelurahan."),
        "incident_date": "2026-02-27",
        "channel": "web",
        "category": categories[(client + n as usize) % categories.len()],
        "location": {"text": "Kelurahan Dumai Kota", "region": "14.72.01"},
        "privacy": {"anonim": n % 2 == 0},
        "reporter": {"name": "Pelapor Uji", "phone": "081200000000"}
    })
}

/// A small deterministic generator (xorshift), per client.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

async fn client(shared: Arc<Shared>, n: usize) -> Stats {
    let mut stats = Stats::default();
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15 ^ (n as u64 + 1).wrapping_mul(0x1000_0000_01B3));
    let mut cases: Vec<Case> = Vec::new();
    let mut filed = 0u64;
    let a = &shared.args;
    while Instant::now() < shared.deadline {
        let roll = rng.next() % 100;
        if roll < 25 || cases.is_empty() {
            filed += 1;
            let key = format!("load-{}-{n}-{filed}", std::process::id());
            let body = report(n, filed).to_string();
            // Retried with the same key while the answer is lost: never a second case.
            loop {
                let req = shared
                    .http
                    .post(shared.url("/api/v1/cases"))
                    .header("content-type", "application/json")
                    .header("idempotency-key", &key)
                    .body(body.clone());
                match shared.call(&mut stats, "submit", req).await {
                    Outcome::Ok(s, v) if s == 200 || s == 201 => {
                        let id = v["tracking_id"].as_u64().unwrap_or(0);
                        shared.ack(&mut stats, id, 1, &json!(["submitted"]));
                        cases.push(Case {
                            id,
                            version: 1,
                            reporter: v["reporter_token"].as_str().unwrap_or("").to_string(),
                            replied: false,
                        });
                        break;
                    }
                    Outcome::Ok(..) => break,
                    Outcome::Transport => {
                        if Instant::now() >= shared.deadline {
                            break;
                        }
                        tokio::time::sleep(Duration::from_millis(200)).await;
                    }
                }
            }
        } else if roll < 65 {
            let i = (rng.next() % cases.len() as u64) as usize;
            let c = &cases[i];
            let status = match shared
                .call(
                    &mut stats,
                    "read",
                    shared
                        .http
                        .get(shared.url(&format!("/api/v1/cases/{}", c.id)))
                        .bearer_auth(&a.admin),
                )
                .await
            {
                Outcome::Ok(200, v) => {
                    let version = v["version"].as_u64().unwrap_or(c.version);
                    let replied = v["view"]["replies"]
                        .as_array()
                        .is_some_and(|r| !r.is_empty());
                    (
                        v["view"]["status"].as_str().unwrap_or("").to_string(),
                        version,
                        replied,
                    )
                }
                _ => continue,
            };
            let (status, version, replied) = status;
            let (token, command): (String, Value) = match status.as_str() {
                "submitted" => (
                    a.admin.clone(),
                    json!({"command": "dispose", "agency": a.agency}),
                ),
                "disposed" => (
                    a.agency_token.clone(),
                    json!({"command": "follow_up", "text": "Petugas sudah dijadwalkan ke lokasi."}),
                ),
                "in_progress" if !replied && !c.replied => (
                    c.reporter.clone(),
                    json!({"command": "reply", "text": "Terima kasih atas tindak lanjutnya."}),
                ),
                "in_progress" => (a.admin.clone(), json!({"command": "close"})),
                _ => {
                    cases.swap_remove(i);
                    continue;
                }
            };
            let req = shared
                .http
                .post(shared.url(&format!("/api/v1/cases/{}/commands", c.id)))
                .bearer_auth(token)
                .header("content-type", "application/json")
                .body(json!({"expected_version": version, "command": command}).to_string());
            let id = c.id;
            if let Outcome::Ok(200, v) = shared.call(&mut stats, "command", req).await {
                let version = v["version"].as_u64().unwrap_or(0);
                shared.ack(&mut stats, id, version, &v["events"]);
                cases[i].version = version;
                if command["command"] == "reply" {
                    cases[i].replied = true;
                }
            }
        } else {
            let c = &cases[(rng.next() % cases.len() as u64) as usize];
            let (kind, req) = match rng.next() % 4 {
                0 => (
                    "read",
                    shared
                        .http
                        .get(shared.url(&format!("/api/v1/cases/{}", c.id))),
                ),
                1 => (
                    "read",
                    shared
                        .http
                        .get(shared.url(&format!("/api/v1/cases/{}", c.id)))
                        .bearer_auth(&c.reporter),
                ),
                2 => (
                    "open311",
                    shared
                        .http
                        .get(shared.url(&format!("/open311/v2/requests/{}.json", c.id))),
                ),
                _ => (
                    "open311_list",
                    shared
                        .http
                        .get(shared.url("/open311/v2/requests.json?status=open&page_size=20")),
                ),
            };
            shared.call(&mut stats, kind, req).await;
        }
        // A client whose server is gone waits instead of spinning.
        if stats.transport_errors > 0 && stats.transport_errors % 8 == 0 {
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }
    stats
}

fn percentile(sorted: &[u64], p: f64) -> f64 {
    if sorted.is_empty() {
        return 0.0;
    }
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i.min(sorted.len() - 1)] as f64 / 1000.0
}

#[tokio::main]
async fn main() {
    let args = args();
    let http = reqwest::Client::builder()
        .pool_max_idle_per_host(args.clients)
        .no_proxy()
        .build()
        .unwrap_or_else(|e| {
            eprintln!("lapor-server-load: {e}");
            std::process::exit(1)
        });
    let acks = args.acks.as_ref().map(|p| {
        Mutex::new(
            std::fs::OpenOptions::new()
                .create(true)
                .append(true)
                .open(p)
                .unwrap_or_else(|e| {
                    eprintln!("lapor-server-load: cannot open {p}: {e}");
                    std::process::exit(2)
                }),
        )
    });
    let clients = args.clients;
    let duration = args.duration;
    let started = Instant::now();
    let shared = Arc::new(Shared {
        deadline: started + duration,
        args,
        http,
        acks,
    });
    let tasks: Vec<_> = (0..clients)
        .map(|n| tokio::spawn(client(shared.clone(), n)))
        .collect();
    let mut total = Stats::default();
    for t in tasks {
        if let Ok(s) = t.await {
            for (k, v) in s.latencies {
                total.latencies.entry(k).or_default().extend(v);
            }
            for (k, v) in s.statuses {
                *total.statuses.entry(k).or_default() += v;
            }
            total.transport_errors += s.transport_errors;
            total.acked += s.acked;
        }
    }
    let elapsed = started.elapsed().as_secs_f64();
    let mut all: Vec<u64> = total.latencies.values().flatten().copied().collect();
    all.sort_unstable();
    let rps = all.len() as f64 / elapsed;
    println!(
        "{} clients, {:.1} s: {} requests, {:.0} req/s, p50 {:.2} ms, p99 {:.2} ms; {} writes acknowledged, {} transport errors",
        clients,
        elapsed,
        all.len(),
        rps,
        percentile(&all, 0.5),
        percentile(&all, 0.99),
        total.acked,
        total.transport_errors
    );
    let mut kinds = serde_json::Map::new();
    for (k, mut v) in total.latencies {
        v.sort_unstable();
        println!(
            "  {k:<13} {:>7} requests  p50 {:>7.2} ms  p99 {:>7.2} ms",
            v.len(),
            percentile(&v, 0.5),
            percentile(&v, 0.99)
        );
        kinds.insert(
            k.into(),
            json!({"requests": v.len(), "p50_ms": percentile(&v, 0.5), "p99_ms": percentile(&v, 0.99)}),
        );
    }
    let server_errors: u64 = total
        .statuses
        .iter()
        .filter(|(k, _)| k.ends_with(" 500") || k.ends_with(" 502"))
        .map(|(_, v)| v)
        .sum();
    for (k, v) in &total.statuses {
        println!("  status {k}: {v}");
    }
    println!(
        "{}",
        json!({
            "summary": true, "clients": clients, "seconds": elapsed, "requests": all.len(),
            "rps": rps, "p50_ms": percentile(&all, 0.5), "p99_ms": percentile(&all, 0.99),
            "acknowledged": total.acked, "transport_errors": total.transport_errors,
            "server_errors_500": server_errors, "statuses": total.statuses, "kinds": kinds,
        })
    );
}
