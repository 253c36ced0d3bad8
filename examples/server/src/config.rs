//! Configuration: a TOML file (path in `LAPOR_CONFIG` or `--config`), then environment variables
//! over it. Every field is optional; without any configuration the server listens on
//! 127.0.0.1:8080, keeps its data in `lapor.db` (SQLite, WAL) and knows no token, so only the
//! public and reporters (with their tracking id's secret) can use it.
//!
//! ```toml
//! listen = "127.0.0.1:8080"
//! database_url = "sqlite://lapor.db"        # or postgres://user@host:port/db
//! jurisdiction_id = "lapor.go.id"
//! directory = "agencies.json"               # agency directory (core JSON); default: the sample
//! categories = "categories.json"            # category tree; default: the sample
//! calendar = "calendar.json"                # a whole WorkingCalendar (core JSON); default: built in
//! official_years = ["2028.json"]            # official years loaded into the calendar
//! policy = "policy.json"                    # SLA policy; default: PermenPANRB 62/2018
//! clock_interval_ms = 30000                 # how often due cases are advanced
//!
//! [[tokens]]
//! sha256 = "9f86d0…"                        # hex SHA-256 of the token (or `token = "…"`)
//! role = "agency_admin"                     # national_admin, agency_admin, liaison_officer
//! agency = "dinkes-dumai"                   # for the two agency roles
//! ```
//!
//! Paths are relative to the file's directory. Environment: `LAPOR_CONFIG`, `DATABASE_URL`,
//! `LAPOR_LISTEN`, `LAPOR_JURISDICTION_ID`, `LAPOR_CLOCK_INTERVAL_MS`.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use lapor_core::{Actor, AgencyDirectory, CategoryTree, Role, SlaPolicy, WorkingCalendar, World};
use serde::Deserialize;
use sha2::{Digest, Sha256};

/// The built-in sample directory (the repository's `examples/data/agencies.json`).
pub const SAMPLE_AGENCIES: &str = include_str!("../../data/agencies.json");
/// The built-in sample category tree (`examples/data/categories.json`).
pub const SAMPLE_CATEGORIES: &str = include_str!("../../data/categories.json");

/// The configuration file, as written.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileConfig {
    /// Address to listen on.
    pub listen: Option<String>,
    /// `sqlite://…` or `postgres://…`.
    pub database_url: Option<String>,
    /// Open311 `jurisdiction_id`.
    pub jurisdiction_id: Option<String>,
    /// Agency directory JSON file.
    pub directory: Option<PathBuf>,
    /// Category tree JSON file.
    pub categories: Option<PathBuf>,
    /// Whole working calendar JSON file.
    pub calendar: Option<PathBuf>,
    /// Official years JSON files loaded into the calendar.
    #[serde(default)]
    pub official_years: Vec<PathBuf>,
    /// SLA policy JSON file.
    pub policy: Option<PathBuf>,
    /// Clock task period in milliseconds (0: no clock task).
    pub clock_interval_ms: Option<u64>,
    /// Largest request body in bytes.
    pub max_body_bytes: Option<usize>,
    /// Bearer tokens.
    #[serde(default)]
    pub tokens: Vec<TokenConfig>,
}

/// One bearer token of the configuration.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TokenConfig {
    /// The token itself (prefer `sha256`).
    pub token: Option<String>,
    /// The hex SHA-256 of the token.
    pub sha256: Option<String>,
    /// `national_admin`, `agency_admin` or `liaison_officer`.
    pub role: String,
    /// The agency, for the two agency roles.
    pub agency: Option<String>,
}

/// The configuration, resolved.
#[derive(Debug, Clone)]
pub struct Config {
    /// Address to listen on.
    pub listen: String,
    /// Database URL.
    pub database_url: String,
    /// Open311 jurisdiction id.
    pub jurisdiction_id: String,
    /// Clock task period (milliseconds, 0 for none).
    pub clock_interval_ms: u64,
    /// Largest request body in bytes.
    pub max_body_bytes: usize,
    /// Token hashes (SHA-256) to actors.
    pub tokens: HashMap<[u8; 32], Actor>,
    /// Directory, calendar, policy and categories.
    pub world: World,
}

impl Config {
    /// The world (directory, calendar, policy, categories).
    pub fn world(&self) -> &World {
        &self.world
    }
}

/// A configuration problem (the message names the file or field, never a token).
#[derive(Debug)]
pub struct ConfigError(pub String);

impl std::fmt::Display for ConfigError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for ConfigError {}

fn read(base: &Path, p: &Path, what: &str) -> Result<String, ConfigError> {
    let path = base.join(p);
    std::fs::read_to_string(&path)
        .map_err(|e| ConfigError(format!("{what}: cannot read {}: {e}", path.display())))
}

/// SHA-256 of a text.
pub fn sha256(text: &str) -> [u8; 32] {
    Sha256::digest(text.as_bytes()).into()
}

fn parse_hex32(s: &str) -> Option<[u8; 32]> {
    let s = s.trim();
    if s.len() != 64 {
        return None;
    }
    let mut out = [0u8; 32];
    for (i, b) in out.iter_mut().enumerate() {
        *b = u8::from_str_radix(s.get(2 * i..2 * i + 2)?, 16).ok()?;
    }
    Some(out)
}

impl Config {
    /// Loads the file named by `path` (or `LAPOR_CONFIG`), then the environment.
    pub fn load(path: Option<&Path>) -> Result<Config, ConfigError> {
        let env_path = std::env::var_os("LAPOR_CONFIG").map(PathBuf::from);
        let path = path.map(Path::to_path_buf).or(env_path);
        let (file, base) = match &path {
            Some(p) => {
                let text = std::fs::read_to_string(p).map_err(|e| {
                    ConfigError(format!("config: cannot read {}: {e}", p.display()))
                })?;
                let file: FileConfig = toml::from_str(&text)
                    .map_err(|e| ConfigError(format!("config {}: {}", p.display(), e.message())))?;
                let base = p.parent().map(Path::to_path_buf).unwrap_or_default();
                (file, base)
            }
            None => (FileConfig::default(), PathBuf::new()),
        };
        Config::from_file(file, &base, |k| std::env::var(k).ok())
    }

    /// Resolves a parsed file (paths relative to `base`), with `env` over it.
    pub fn from_file(
        file: FileConfig,
        base: &Path,
        env: impl Fn(&str) -> Option<String>,
    ) -> Result<Config, ConfigError> {
        let directory = match &file.directory {
            Some(p) => read(base, p, "directory")?,
            None => SAMPLE_AGENCIES.to_string(),
        };
        let directory = AgencyDirectory::from_json(&directory)
            .map_err(|e| ConfigError(format!("directory: {e}")))?;
        let categories = match &file.categories {
            Some(p) => read(base, p, "categories")?,
            None => SAMPLE_CATEGORIES.to_string(),
        };
        let categories = CategoryTree::from_json(&categories)
            .map_err(|e| ConfigError(format!("categories: {e}")))?;
        let mut calendar = match &file.calendar {
            Some(p) => WorkingCalendar::from_json(&read(base, p, "calendar")?)
                .map_err(|e| ConfigError(format!("calendar: {e}")))?,
            None => WorkingCalendar::indonesia(),
        };
        for p in &file.official_years {
            calendar
                .load_official_years(&read(base, p, "official_years")?)
                .map_err(|e| ConfigError(format!("official_years: {e}")))?;
        }
        let policy = match &file.policy {
            Some(p) => SlaPolicy::from_json(&read(base, p, "policy")?)
                .map_err(|e| ConfigError(format!("policy: {e}")))?,
            None => SlaPolicy::permenpanrb_62_2018(),
        };
        let mut tokens = HashMap::new();
        for (i, t) in file.tokens.iter().enumerate() {
            let hash = match (&t.token, &t.sha256) {
                (Some(tok), None) if tok.len() >= 16 => sha256(tok),
                (Some(_), None) => {
                    return Err(ConfigError(format!(
                        "tokens[{i}]: a token must have at least 16 characters"
                    )))
                }
                (None, Some(h)) => parse_hex32(h).ok_or_else(|| {
                    ConfigError(format!("tokens[{i}].sha256: expected 64 hex digits"))
                })?,
                _ => {
                    return Err(ConfigError(format!(
                        "tokens[{i}]: give exactly one of `token` and `sha256`"
                    )))
                }
            };
            let actor = match (t.role.as_str(), &t.agency) {
                ("national_admin", None) => Actor::national_admin(),
                ("agency_admin" | "liaison_officer", Some(a)) => {
                    directory.get(&a.as_str().into()).map_err(|_| {
                        ConfigError(format!("tokens[{i}].agency: not in the directory"))
                    })?;
                    if t.role == "agency_admin" {
                        Actor::agency_admin(a.as_str())
                    } else {
                        Actor::liaison(a.as_str())
                    }
                }
                ("national_admin", Some(_)) => {
                    return Err(ConfigError(format!(
                        "tokens[{i}]: a national admin acts for no agency"
                    )))
                }
                ("agency_admin" | "liaison_officer", None) => {
                    return Err(ConfigError(format!(
                        "tokens[{i}]: the role needs an agency"
                    )))
                }
                _ => {
                    return Err(ConfigError(format!(
                        "tokens[{i}].role: expected national_admin, agency_admin or liaison_officer"
                    )))
                }
            };
            debug_assert!(actor.role != Role::Reporter);
            if tokens.insert(hash, actor).is_some() {
                return Err(ConfigError(format!("tokens[{i}]: the same token twice")));
            }
        }
        let world = World::new(directory, calendar, policy)
            .map_err(|e| ConfigError(format!("calendars: {e}")))?
            .with_categories(categories);
        let parse_u64 = |k: &str, v: String| {
            v.parse::<u64>()
                .map_err(|_| ConfigError(format!("{k}: expected a whole number")))
        };
        let clock_interval_ms = match env("LAPOR_CLOCK_INTERVAL_MS") {
            Some(v) => parse_u64("LAPOR_CLOCK_INTERVAL_MS", v)?,
            None => file.clock_interval_ms.unwrap_or(30_000),
        };
        Ok(Config {
            listen: env("LAPOR_LISTEN")
                .or(file.listen)
                .unwrap_or_else(|| "127.0.0.1:8080".into()),
            database_url: env("DATABASE_URL")
                .or(file.database_url)
                .unwrap_or_else(|| "sqlite://lapor.db".into()),
            jurisdiction_id: env("LAPOR_JURISDICTION_ID")
                .or(file.jurisdiction_id)
                .unwrap_or_else(|| "lapor.go.id".into()),
            clock_interval_ms,
            max_body_bytes: file.max_body_bytes.unwrap_or(256 * 1024),
            tokens,
            world,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::auth::hex;

    fn tok(
        token: Option<&str>,
        sha: Option<&str>,
        role: &str,
        agency: Option<&str>,
    ) -> TokenConfig {
        TokenConfig {
            token: token.map(Into::into),
            sha256: sha.map(Into::into),
            role: role.into(),
            agency: agency.map(Into::into),
        }
    }

    fn resolve(tokens: Vec<TokenConfig>) -> Result<Config, ConfigError> {
        Config::from_file(
            FileConfig {
                tokens,
                ..FileConfig::default()
            },
            Path::new("."),
            |_| None,
        )
    }

    #[test]
    fn no_configuration_means_no_token() {
        let c = resolve(Vec::new()).unwrap();
        assert!(c.tokens.is_empty());
        assert_eq!(c.listen, "127.0.0.1:8080");
        assert!(c.database_url.starts_with("sqlite://"));
        assert!(c.world().categories().is_some());
    }

    #[test]
    fn tokens_by_value_or_hash() {
        let hash = hex(&sha256("a-long-enough-token-1"));
        let c = resolve(vec![
            tok(Some("a-long-enough-token-0"), None, "national_admin", None),
            tok(None, Some(&hash), "liaison_officer", Some("pkm-dumai-1")),
        ])
        .unwrap();
        assert_eq!(
            c.tokens[&sha256("a-long-enough-token-0")],
            Actor::national_admin()
        );
        assert_eq!(
            c.tokens[&sha256("a-long-enough-token-1")],
            Actor::liaison("pkm-dumai-1")
        );
    }

    #[test]
    fn bad_tokens_are_refused_without_quoting_them() {
        for (t, what) in [
            (
                tok(Some("short"), None, "national_admin", None),
                "16 characters",
            ),
            (
                tok(Some("a-long-enough-token-0"), None, "mayor", None),
                "role",
            ),
            (
                tok(Some("a-long-enough-token-0"), None, "agency_admin", None),
                "needs an agency",
            ),
            (
                tok(
                    Some("a-long-enough-token-0"),
                    None,
                    "agency_admin",
                    Some("nowhere"),
                ),
                "not in the directory",
            ),
            (
                tok(
                    Some("a-long-enough-token-0"),
                    None,
                    "national_admin",
                    Some("pem-dumai"),
                ),
                "no agency",
            ),
            (tok(None, Some("xyz"), "national_admin", None), "64 hex"),
            (tok(None, None, "national_admin", None), "exactly one"),
        ] {
            let err = resolve(vec![t]).unwrap_err().0;
            assert!(err.contains(what), "{err}");
            assert!(!err.contains("a-long-enough-token-0"), "{err}");
        }
        let twice = vec![
            tok(Some("a-long-enough-token-0"), None, "national_admin", None),
            tok(Some("a-long-enough-token-0"), None, "national_admin", None),
        ];
        assert!(resolve(twice).unwrap_err().0.contains("twice"));
    }

    #[test]
    fn environment_over_the_file() {
        let c = Config::from_file(
            FileConfig {
                listen: Some("127.0.0.1:1".into()),
                ..FileConfig::default()
            },
            Path::new("."),
            |k| match k {
                "LAPOR_LISTEN" => Some("127.0.0.1:2".into()),
                "DATABASE_URL" => Some("postgres://x@127.0.0.1/db".into()),
                "LAPOR_CLOCK_INTERVAL_MS" => Some("0".into()),
                _ => None,
            },
        )
        .unwrap();
        assert_eq!(c.listen, "127.0.0.1:2");
        assert_eq!(c.database_url, "postgres://x@127.0.0.1/db");
        assert_eq!(c.clock_interval_ms, 0);
    }

    #[test]
    fn a_configuration_file_is_read_with_its_paths() {
        let dir = std::env::temp_dir().join(format!("lapor-server-config-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(
            dir.join("agencies.json"),
            r#"[{"id": "pemkot", "name": "Pemkot", "level": "regency", "regions": ["64.74"]}]"#,
        )
        .unwrap();
        std::fs::write(
            dir.join("policy.json"),
            r#"{"reply_window": {"working_days": 5}}"#,
        )
        .unwrap();
        std::fs::write(
            dir.join("lapor.toml"),
            "directory = \"agencies.json\"\npolicy = \"policy.json\"\n[[tokens]]\ntoken = \"pemkot-admin-token-123\"\nrole = \"agency_admin\"\nagency = \"pemkot\"\n",
        )
        .unwrap();
        let c = Config::load(Some(&dir.join("lapor.toml"))).unwrap();
        assert_eq!(c.world().directory().len(), 1);
        assert_eq!(c.tokens.len(), 1);
        std::fs::write(dir.join("bad.toml"), "listen = 1\nunknown = true\n").unwrap();
        assert!(Config::load(Some(&dir.join("bad.toml"))).is_err());
        let _ = std::fs::remove_dir_all(&dir);
    }
}
