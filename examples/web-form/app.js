// The LAPOR! report form: every check runs in the browser through lapor-wasm (the same rules as
// the server and the mobile apps), before anything leaves the page. Nothing is sent anywhere.
//
// The module is the `web` target of wasm-bindgen; serve the repository root and open
// /examples/web-form/ (scripts/test-wasm.sh builds lapor-wasm/pkg-web).
import init, { validateReport, redact } from "../../lapor-wasm/pkg-web/lapor_wasm.js";

// Texts of the page itself; every finding's message comes from the library, in both languages.
// The two languages are two tables of the same keys on purpose: a translator reads and edits
// them side by side, and a missing key shows at once.
const UI = {
  id: {
    heading: "Sampaikan Laporan Anda", language: "Bahasa", kind: "Klasifikasi laporan",
    kind_complaint: "Pengaduan", kind_aspiration: "Aspirasi",
    kind_information_request: "Permintaan informasi", kind_whistleblowing: "Whistle-blowing",
    title: "Judul laporan", body: "Isi laporan", incident_date: "Tanggal kejadian",
    region_code: "Kode wilayah", anonim: "Anonim", rahasia: "Rahasia",
    reporter_phone: "Nomor telepon (opsional)", reporter_email: "E-mail (opsional)",
    attachments: "Lampiran", submit: "Kirim laporan", findings: "Pemeriksaan",
    preview: "Yang akan dilihat instansi",
    preview_hint: "Anda memilih anonim: identitas dan data pribadi dalam teks disembunyikan.",
    ok: "Laporan siap dikirim (contoh ini tidak mengirim apa pun).",
    blocked: (n) => `Laporan belum dapat dikirim: ${n} kesalahan.`,
    none: "Belum ada temuan.",
  },
  en: {
    heading: "Submit Your Report", language: "Language", kind: "Kind of report",
    kind_complaint: "Complaint", kind_aspiration: "Aspiration",
    kind_information_request: "Information request", kind_whistleblowing: "Whistle-blowing",
    title: "Title", body: "Report text", incident_date: "Incident date",
    region_code: "Region code", anonim: "Anonymous", rahasia: "Confidential",
    reporter_phone: "Phone number (optional)", reporter_email: "E-mail (optional)",
    attachments: "Attachments", submit: "Submit report", findings: "Checks",
    preview: "What the agency will see",
    preview_hint: "You chose anonymous: your identity and the personal data in the text are hidden.",
    ok: "The report is ready to send (this example sends nothing).",
    blocked: (n) => `The report cannot be sent yet: ${n} error(s).`,
    none: "No findings yet.",
  },
};

const $ = (id) => document.getElementById(id);
const TEXT_FIELDS = ["title", "body", "incident_date", "region_code", "reporter_phone", "reporter_email"];
const touched = new Set();
let showAll = false;
let attachments = [];

function lang() {
  return $("lang").value === "en" ? "en" : "id";
}

/** The form as the library reads it (attachments: metadata only, never the files). */
function readForm() {
  const value = (id) => {
    const v = $(id).value.trim();
    return v === "" ? null : v;
  };
  return {
    kind: $("kind").value,
    title: $("title").value,
    body: $("body").value,
    incident_date: value("incident_date"),
    region_code: value("region_code"),
    reporter_phone: value("reporter_phone"),
    reporter_email: value("reporter_email"),
    anonim: $("anonim").checked,
    rahasia: $("rahasia").checked,
    attachments,
  };
}

/** `attachments[1].media_type` → `attachments`. */
function fieldOf(issue) {
  return issue.field.replace(/\[.*$/, "").replace(/\..*$/, "");
}

function render() {
  const ui = UI[lang()];
  const message = (issue) => (lang() === "en" ? issue.messageEn : issue.messageId);
  let result;
  try {
    result = validateReport(readForm());
  } catch (err) {
    // Only a programming error gets here (the form's shape is fixed): show it, never hide it.
    $("status").textContent = `${err.code}: ${err.message}`;
    return null;
  }
  const visible = (issue) => issue.severity === "warning" || showAll || touched.has(fieldOf(issue));
  for (const el of document.querySelectorAll(".msg")) el.replaceChildren();
  for (const id of TEXT_FIELDS) $(id).classList.remove("invalid");
  for (const issue of [...result.errors, ...result.warnings].filter(visible)) {
    const target = $(`msg-${fieldOf(issue)}`);
    const span = document.createElement("span");
    span.className = issue.severity;
    span.dataset.code = issue.code;
    span.textContent = message(issue);
    target?.append(span);
    if (issue.severity === "error") $(fieldOf(issue))?.classList?.add("invalid");
  }
  const list = (ul, issues) =>
    ul.replaceChildren(
      ...issues.map((issue) => {
        const li = document.createElement("li");
        li.dataset.code = issue.code;
        li.textContent = message(issue);
        return li;
      }),
    );
  list($("errors"), result.errors.filter(visible));
  list($("warnings"), result.warnings);
  if (!result.errors.some(visible) && result.warnings.length === 0) {
    const li = document.createElement("li");
    li.className = "hint";
    li.textContent = ui.none;
    $("errors").append(li);
  }
  // What the agency will see when anonim is ticked: the text with personal data redacted.
  const anonymous = $("anonim").checked;
  $("preview-section").hidden = !anonymous;
  if (anonymous) {
    $("preview-title").textContent = redact($("title").value).text;
    $("preview").textContent = redact($("body").value).text;
  }
  return result;
}

function translate() {
  const ui = UI[lang()];
  document.documentElement.lang = lang();
  for (const el of document.querySelectorAll("[data-i18n]")) {
    const text = ui[el.dataset.i18n];
    if (typeof text === "string") el.textContent = text;
  }
  render();
}

await init();

for (const id of TEXT_FIELDS) {
  $(id).addEventListener("input", () => {
    touched.add(id);
    render();
  });
  $(id).addEventListener("blur", () => {
    touched.add(id);
    render();
  });
}
for (const id of ["kind", "anonim", "rahasia"]) {
  $(id).addEventListener("change", () => {
    touched.add(id === "anonim" ? "anonymous" : id === "rahasia" ? "confidential" : id);
    render();
  });
}
$("attachments").addEventListener("change", (e) => {
  attachments = [...e.target.files].map((f) => ({
    name: f.name,
    media_type: f.type || "application/octet-stream",
    size_bytes: f.size,
  }));
  touched.add("attachments");
  render();
});
$("lang").addEventListener("change", translate);
$("report").addEventListener("submit", (e) => {
  e.preventDefault();
  showAll = true;
  const result = render();
  if (!result) return;
  const ui = UI[lang()];
  $("status").textContent = result.valid ? ui.ok : ui.blocked(result.errors.length);
});
translate();
document.body.dataset.ready = "true";
