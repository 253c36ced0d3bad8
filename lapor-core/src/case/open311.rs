//! Export of a case as an Open311 GeoReport v2 `service_request`.

use chrono::{DateTime, SecondsFormat, Utc};
use serde::Serialize;

use super::{Case, Context, Holder};
use crate::error::Result;
use crate::lang::Lang;
use crate::pii::Redactor;
use crate::views::PublicContent;

/// A case as an Open311 GeoReport v2 `service_request` (JSON through serde).
///
/// Privacy: an Open311 export is public, so it is built from the case's [`PublicView`]: the
/// description and address are the public view's redacted body and location text (the
/// reporter's identity and anyone's personal data hidden, whatever the flags), and a case whose
/// content is not public (confidential or whistle-blowing, not verified yet, or deleted) exports
/// only its id, status, agency and instants, with the service name `report` (the visibility
/// matrix of `docs/privacy.md`: "existence only"). Nothing about the reporter is ever exported.
///
/// [`PublicView`]: crate::PublicView
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Open311Request {
    /// The tracking id's digits.
    pub service_request_id: String,
    /// `"open"` or `"closed"`.
    pub status: &'static str,
    /// The status's public label (Bahasa Indonesia).
    pub status_notes: String,
    /// The report's kind, and its category id when it has one (`"complaint / jalan"`).
    pub service_name: String,
    /// The category id (Open311's `service_code`), if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub service_code: Option<String>,
    /// See the type's documentation.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The name of the agency holding the case (the national admin's name before disposition).
    pub agency_responsible: String,
    /// Submission instant (RFC 3339).
    pub requested_datetime: String,
    /// Latest event's instant (RFC 3339).
    pub updated_datetime: String,
    /// Due instant of the running completion (or information-request, first-follow-up,
    /// verification) metric, if one runs.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expected_datetime: Option<String>,
    /// The location's free text.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    /// The location's region code, dotted (Open311's `address_id`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub address_id: Option<String>,
    /// Latitude: always absent in exports made by [`Case::to_open311`], because the public view
    /// shows no coordinates (the field exists for Open311 clients that fill it themselves).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lat: Option<f64>,
    /// Longitude: always absent in exports, as `lat`.
    #[serde(rename = "long", skip_serializing_if = "Option::is_none")]
    pub long: Option<f64>,
}

fn rfc3339(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Secs, true)
}

impl Open311Request {
    /// Writes the request as JSON (an object; Open311 lists are arrays of these).
    pub fn to_json(&self) -> String {
        crate::error::to_json(self)
    }
}

impl Case {
    /// The case as an Open311 `service_request` at `now`, its texts passed through `redactor`
    /// as in [`Case::public_view`].
    ///
    /// Errors: calendar errors from the SLA evaluation ([`Case::sla`]).
    pub fn to_open311(
        &self,
        ctx: &Context<'_>,
        now: DateTime<Utc>,
        redactor: &Redactor,
    ) -> Result<Open311Request> {
        let public = match self.public_view(redactor).content {
            PublicContent::Named { content, .. } | PublicContent::Anonymous(content) => {
                Some(content)
            }
            PublicContent::Confidential | PublicContent::NotVerified | PublicContent::Deleted => {
                None
            }
        };
        let agency_responsible = match self.holder() {
            Holder::NationalAdmin => "SP4N-LAPOR! (Admin Nasional)".to_string(),
            Holder::Agency(a) => ctx
                .directory
                .get(a)
                .map_or_else(|_| a.to_string(), |a| a.name.clone()),
        };
        let expected = if self.status.is_closed() {
            None
        } else {
            self.expected(ctx, now)?
        };
        let category = public.as_ref().and_then(|p| p.category.as_ref());
        // The kind too is content: a case the public sees only the existence of is a "report".
        let service_name = match (&public, category) {
            (Some(p), Some(c)) => format!("{} / {}", p.kind.as_str(), c),
            (Some(p), None) => p.kind.as_str().to_string(),
            (None, _) => "report".to_string(),
        };
        Ok(Open311Request {
            service_request_id: self.id.0.to_string(),
            status: self.status.open311(),
            status_notes: self.status.public_label(Lang::Id).to_string(),
            service_name,
            service_code: category.map(|c| c.to_string()),
            description: public.as_ref().map(|p| p.body.clone()),
            agency_responsible,
            requested_datetime: rfc3339(self.submitted_at),
            updated_datetime: rfc3339(self.last_event_at()),
            expected_datetime: expected.map(|m| rfc3339(m.due)),
            address: public.as_ref().and_then(|p| p.location_text.clone()),
            address_id: public
                .as_ref()
                .and_then(|p| p.region)
                .map(|c| c.to_string()),
            // The public view never shows coordinates (a reporter's position may be their home),
            // and the export shows nothing the public view leaves out.
            lat: None,
            long: None,
        })
    }
}
