//! The OpenAPI document, generated from the handlers' annotations (`utoipa`) and served at
//! `/openapi.json`.

use axum::http::StatusCode;
use axum::response::Response;
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::{Modify, OpenApi};

use crate::api::{
    CaseResponse, CommandRequest, CommandResponse, Health, ReportDoc, SlaResponse, SubmitResponse,
    TimelineEntry, TimelineResponse,
};
use crate::error::{json_response, ErrorBody};
use crate::open311::{Open311Created, Open311RequestDoc, Open311Service, Open311ServiceDefinition};

/// The document.
#[derive(OpenApi)]
#[openapi(
    info(title = "lapor-server", description = "SP4N-LAPOR! reference agency back end: the case API and Open311 GeoReport v2. Errors are typed JSON (code, category, message_id, message_en, fields)."),
    paths(
        crate::api::healthz,
        crate::api::submit,
        crate::api::get_case,
        crate::api::command,
        crate::api::timeline,
        crate::api::sla,
        crate::open311::services,
        crate::open311::service_definition,
        crate::open311::create_request,
        crate::open311::list_requests,
        crate::open311::get_request,
    ),
    components(schemas(
        ErrorBody, Health, ReportDoc, crate::api::LocationDoc, crate::api::PrivacyDoc, crate::api::ReporterDoc, SubmitResponse, CaseResponse, CommandRequest, CommandResponse,
        TimelineEntry, TimelineResponse, SlaResponse, Open311Service, Open311ServiceDefinition,
        Open311Created, Open311RequestDoc
    )),
    modifiers(&Bearer),
    tags((name = "cases", description = "The case API"),
         (name = "open311", description = "Open311 GeoReport v2 (public view only)"),
         (name = "operations", description = "Health"))
)]
pub struct ApiDoc;

struct Bearer;

impl Modify for Bearer {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(HttpBuilder::new().scheme(HttpAuthScheme::Bearer).build()),
        );
    }
}

/// `GET /openapi.json`.
pub async fn document() -> Response {
    json_response(StatusCode::OK, &ApiDoc::openapi())
}
