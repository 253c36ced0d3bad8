//! A case's views in the browser: a front end that holds a case's event log (from its back end)
//! shows each viewer exactly what the core's visibility matrix allows.

use lapor_core::{
    read_event_log, AgencyDirectory, LogErrors, Redactor, SlaPolicy, Viewer, WorkingCalendar, World,
};
use wasm_bindgen::prelude::*;

use crate::convert::{from_json, to_json};
use crate::error::{to_js, wrong_argument};

#[wasm_bindgen(typescript_custom_section)]
const TS: &str = r#"
/** Who looks at a case (the rows of the visibility matrix). */
export type Viewer = "public" | "agency" | "national_admin" | "reporter";
"#;

/// Replays a case's event log (JSON Lines, the first event `submitted`) against the agency
/// directory (a JSON array of agencies, as text or as an array), checking every event exactly
/// as the command that produced it was checked (Indonesia's calendar, the PermenPANRB 62/2018
/// policy), and returns the case as `viewer` may see it: for the agency, an anonymous case has
/// no reporter and every free text redacted with the reporter's identity matched loosely; for
/// the public, nothing beyond existence unless the case was verified and is not confidential.
///
/// Throws `empty_log` for a log without any event, `log_line` for a line that is not an event,
/// `event_rejected` (with `line`, `case` and `reason.code`) for an event no command could have
/// produced, `json` for a bad directory, `unknown_name` for an unknown viewer.
#[wasm_bindgen(js_name = viewCase, unchecked_return_type = "object")]
pub fn view_case(
    #[wasm_bindgen(unchecked_param_type = "string")] event_log: JsValue,
    #[wasm_bindgen(unchecked_param_type = "string | object[]")] directory: JsValue,
    #[wasm_bindgen(unchecked_param_type = "Viewer")] viewer: JsValue,
) -> Result<JsValue, JsValue> {
    let log = event_log
        .as_string()
        .ok_or_else(|| wrong_argument("eventLog", "a string (JSON Lines)"))?;
    let directory = match directory.as_string() {
        Some(s) => s,
        None => to_json(&directory, "directory")?,
    };
    let viewer: Viewer = viewer
        .as_string()
        .ok_or_else(|| wrong_argument("viewer", "a string"))?
        .parse()
        .map_err(|e| to_js(&e))?;
    let js = |e: lapor_core::Error| to_js(&e);
    let directory = AgencyDirectory::from_json(&directory).map_err(js)?;
    let world = World::new(
        directory,
        WorkingCalendar::indonesia(),
        SlaPolicy::permenpanrb_62_2018(),
    )
    .map_err(js)?;
    let log = read_event_log(&log, LogErrors::Stop).map_err(js)?;
    let (case, _) = log.replay_steps(&world.context()).map_err(js)?;
    Ok(from_json(
        &case.view(viewer, &Redactor::default()).to_json(),
    ))
}
