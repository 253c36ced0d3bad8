//! One vocabulary (see `docs/README.md`): `as_str()` is always the serde tag, checked here for
//! every enum that has one, through the public API.

use lapor_core::{
    Budget, Channel, Metric, MetricState, PiiKind, ReportKind, Role, Status, Tier, TimeZone, Viewer,
};
use serde::Serialize;

/// The JSON tag of a value: the string itself, or the single key of an object.
fn tag<T: Serialize>(v: &T) -> String {
    match serde_json::to_value(v).unwrap() {
        serde_json::Value::String(s) => s,
        serde_json::Value::Object(m) if m.len() == 1 => m.keys().next().unwrap().clone(),
        other => panic!("no tag in {other}"),
    }
}

#[test]
fn as_str_is_the_serde_tag() {
    for v in Status::ALL {
        assert_eq!(v.as_str(), tag(&v));
    }
    for v in ReportKind::ALL {
        assert_eq!(v.as_str(), tag(&v));
    }
    for v in PiiKind::ALL {
        assert_eq!(v.as_str(), tag(&v));
    }
    for v in Viewer::ALL {
        assert_eq!(v.as_str(), tag(&v));
    }
    for v in [
        Metric::Verification,
        Metric::FirstFollowUp,
        Metric::Completion,
        Metric::InformationRequest,
        Metric::ReplyWindow,
    ] {
        assert_eq!(v.as_str(), tag(&v));
    }
    for v in [
        MetricState::Running,
        MetricState::Paused,
        MetricState::Met,
        MetricState::Breached,
    ] {
        assert_eq!(v.as_str(), tag(&v));
    }
    for v in [
        Tier::Light,
        Tier::Normative,
        Tier::NoFieldCheck,
        Tier::FieldCheck,
    ] {
        assert_eq!(v.as_str(), tag(&v));
    }
    for v in [
        Budget::WorkingDays(1),
        Budget::WorkingHours(1),
        Budget::CalendarDays(1),
    ] {
        assert_eq!(v.as_str(), tag(&v));
    }
    for v in [
        Role::Reporter,
        Role::NationalAdmin,
        Role::AgencyAdmin,
        Role::LiaisonOfficer,
        Role::System,
    ] {
        assert_eq!(v.as_str(), tag(&v));
    }
    for v in [
        Channel::Web,
        Channel::Sms1708,
        Channel::IntegratedApp { name: "x".into() },
        Channel::ManualEntry { source: None },
    ] {
        assert_eq!(v.as_str(), tag(&v));
    }
    for v in TimeZone::ALL {
        // Zones are written in capitals in JSON and named in lower case by `as_str`.
        assert_eq!(v.as_str().to_uppercase(), tag(&v).to_uppercase());
    }
}
