// The LAPOR! report form: every check runs in the browser through lapor-wasm (the same rules as
// the server and the mobile apps), before anything leaves the page. Nothing is sent anywhere.
//
// The module is the forms build (`lapor-wasm/forms`: validation and redaction without viewCase,
// a smaller download); serve the repository root and open /examples/web-form/
// (scripts/test-wasm.sh builds the npm package in lapor-wasm/pkg; an app imports
// "lapor-wasm/forms" instead). Every error the library throws is a LaporError with a `code`.
//
// Typing only schedules a check: `validateReport` and the redacted preview run once the citizen
// pauses (DEBOUNCE_MS), so a very long body costs one check per pause, not one per keystroke. A
// change of a select or a checkbox, leaving a field with a check pending, and submitting check at
// once. The preview redacts and shows at most PREVIEW_LIMIT characters and says when it is cut.
// `window.laporForm` counts the checks and redactions (the end-to-end test reads it).
import init, { validateReport, redact, detectPii } from "../../lapor-wasm/pkg/forms/web.js";

const DEBOUNCE_MS = 250;
const PREVIEW_LIMIT = 20_000;
// Personal data straddling the preview's cut must not show half unredacted: the cut moves back
// to the start of a value found in the first PREVIEW_LIMIT + PREVIEW_MARGIN characters.
const PREVIEW_MARGIN = 2_000;

// Texts of the page itself; every finding's message comes from the library, in both languages
// (`messageId` / `messageEn`, shown as they are). The two languages are two tables of the same
// keys on purpose: a translator reads and edits them side by side, and a missing key shows at once.
const UI = {
  id: {
    doc_title: "LAPOR! — Sampaikan Laporan Anda",
    heading: "Sampaikan Laporan Anda", language: "Bahasa",
    form_heading: "Formulir laporan",
    form_hint: "Kolom bertanda * wajib diisi. Tidak ada yang dikirim dari halaman ini.",
    kind: "Klasifikasi laporan",
    kind_complaint: "Pengaduan", kind_aspiration: "Aspirasi",
    kind_information_request: "Permintaan informasi", kind_whistleblowing: "Whistle-blowing",
    title: "Judul laporan", body: "Isi laporan",
    body_hint: "Ceritakan apa, di mana dan kapan. Data pribadi dalam teks disembunyikan bila Anda memilih anonim.",
    incident_date: "Tanggal kejadian",
    region_code: "Kode wilayah",
    region_code_hint: "Contoh: 64.74.01.1001 (provinsi, kabupaten/kota, kecamatan, desa/kelurahan).",
    privacy: "Privasi",
    privacy_hint: "Anonim: instansi tidak melihat identitas Anda. Rahasia: laporan tidak ditampilkan kepada publik.",
    anonim: "Anonim", rahasia: "Rahasia",
    reporter_phone: "Nomor telepon (opsional)", reporter_email: "E-mail (opsional)",
    attachments: "Lampiran", attachments_choose: "Pilih berkas",
    attachments_none: "Belum ada berkas dipilih.",
    attachments_chosen: (n, names) => `${n} berkas: ${names}`,
    attachments_hint: "Foto (JPEG, PNG, WebP, HEIC/HEIF dari iPhone), PDF, video MP4 atau audio MP3; paling banyak 5 berkas, seluruhnya 2 MB. Hanya nama, jenis dan ukuran berkas yang diperiksa.",
    submit: "Kirim laporan", findings: "Pemeriksaan",
    preview: "Yang akan dilihat instansi",
    preview_hint: "Anda memilih anonim: identitas dan data pribadi dalam teks disembunyikan.",
    preview_cut: (shown, total) =>
      `Pratinjau dipotong: hanya ${shown} karakter pertama dari ${total} yang ditampilkan.`,
    ok: "Laporan siap dikirim (contoh ini tidak mengirim apa pun).",
    blocked: (n) => `Laporan belum dapat dikirim: ${n} kesalahan.`,
    summary: (e, w) => `Pemeriksaan: ${e} kesalahan, ${w} peringatan.`,
    none: "Belum ada temuan.",
  },
  en: {
    doc_title: "LAPOR! — Submit Your Report",
    heading: "Submit Your Report", language: "Language",
    form_heading: "Report form",
    form_hint: "Fields marked * are required. Nothing is sent from this page.",
    kind: "Kind of report",
    kind_complaint: "Complaint", kind_aspiration: "Aspiration",
    kind_information_request: "Information request", kind_whistleblowing: "Whistle-blowing",
    title: "Title", body: "Report text",
    body_hint: "Say what happened, where and when. Personal data in the text is hidden if you choose anonymous.",
    incident_date: "Incident date",
    region_code: "Region code",
    region_code_hint: "Example: 64.74.01.1001 (province, regency/city, district, village).",
    privacy: "Privacy",
    privacy_hint: "Anonymous: the agency does not see who you are. Confidential: the report is not shown to the public.",
    anonim: "Anonymous", rahasia: "Confidential",
    reporter_phone: "Phone number (optional)", reporter_email: "E-mail (optional)",
    attachments: "Attachments", attachments_choose: "Choose files",
    attachments_none: "No file chosen.",
    attachments_chosen: (n, names) => `${n} file${n === 1 ? "" : "s"}: ${names}`,
    attachments_hint: "Photos (JPEG, PNG, WebP, HEIC/HEIF from an iPhone), PDF, MP4 video or MP3 audio; at most 5 files, 2 MB in all. Only the files' names, types and sizes are checked.",
    submit: "Submit report", findings: "Checks",
    preview: "What the agency will see",
    preview_hint: "You chose anonymous: your identity and the personal data in the text are hidden.",
    preview_cut: (shown, total) =>
      `Preview cut: only the first ${shown} of ${total} characters are shown.`,
    ok: "The report is ready to send (this example sends nothing).",
    blocked: (n) => `The report cannot be sent yet: ${n} error(s).`,
    summary: (e, w) => `Checks: ${e} error(s), ${w} warning(s).`,
    none: "No findings yet.",
  },
};

const $ = (id) => document.getElementById(id);
const TEXT_FIELDS = ["title", "body", "incident_date", "region_code", "reporter_phone", "reporter_email"];
/** The library's field names whose input has another id. */
const INPUT_OF = { anonymous: "anonim", confidential: "rahasia" };
/** Media types by extension, for files the browser gives no type (HEIC/HEIF on most desktops). */
const TYPE_OF_EXTENSION = {
  heic: "image/heic", heif: "image/heif", jpg: "image/jpeg", jpeg: "image/jpeg",
  png: "image/png", webp: "image/webp", pdf: "application/pdf", mp4: "video/mp4", mp3: "audio/mpeg",
};

// Counters for the end-to-end test (a check of a 5 MB body must not run per keystroke).
const stats = { validations: 0, redactions: 0, redactedChars: 0 };
window.laporForm = stats;

const touched = new Set();
let showAll = false;
let attachments = [];
let timer = null;
/** The last check: `{valid, issues}` from validateReport, or `{failure}` on a thrown error. */
let last = null;
/** The last preview: `{title, body, shown, total}` (redacted texts), or null when not anonymous. */
let preview = null;
/** What the status line says: null, `{key: "summary"}`, `{key: "ok"}` or `{key: "blocked"}`. */
let status = null;

const lang = () => ($("lang").value === "en" ? "en" : "id");
const ui = () => UI[lang()];
const message = (issue) => (lang() === "en" ? issue.messageEn : issue.messageId);
const number = (n) => n.toLocaleString(lang() === "en" ? "en" : "id");

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

/** The input of a library field, if the form has one. */
function inputOf(field) {
  return $(INPUT_OF[field] ?? field);
}

/**
 * `text` redacted, at most PREVIEW_LIMIT characters of it (never cut inside a value found, nor
 * inside a surrogate pair): `{text, shown, total}` in characters of the input.
 */
function redactedPreview(text) {
  let cut = text.length;
  if (text.length > PREVIEW_LIMIT) {
    cut = PREVIEW_LIMIT;
    for (const span of detectPii(text.slice(0, PREVIEW_LIMIT + PREVIEW_MARGIN))) {
      if (span.start < cut && span.end > cut) cut = span.start;
    }
    const code = text.charCodeAt(cut - 1);
    if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
  }
  stats.redactions += 1;
  stats.redactedChars += cut;
  return { text: redact(text.slice(0, cut)).text, shown: cut, total: text.length };
}

/** Runs the library's checks and the preview now, then redraws. */
function check() {
  clearTimeout(timer);
  timer = null;
  stats.validations += 1;
  try {
    last = validateReport(readForm());
  } catch (err) {
    // Only a programming error gets here (the form's shape is fixed): show it, never hide it.
    last = { failure: `${err.code}: ${err.message}` };
  }
  if ($("anonim").checked) {
    const title = redactedPreview($("title").value);
    const body = redactedPreview($("body").value);
    preview = { title: title.text, body: body.text, shown: body.shown, total: body.total };
  } else {
    preview = null;
  }
  // The form changed since a submit's verdict: the status line goes back to the summary.
  status = { key: "summary" };
  paint();
  return last;
}

/** A check after the citizen stops typing for DEBOUNCE_MS. */
function schedule() {
  clearTimeout(timer);
  timer = setTimeout(check, DEBOUNCE_MS);
}

/** The visible errors (a field's errors show once it was touched, all after a submit). */
function visibleIssues() {
  const issues = last?.issues ?? [];
  return issues.filter(
    (i) => i.severity === "warning" || showAll || touched.has(fieldOf(i)),
  );
}

/** Redraws the findings, the fields' state, the preview and the status line from `last`. */
function paint() {
  const t = ui();
  for (const el of document.querySelectorAll(".msg")) el.replaceChildren();
  for (const el of document.querySelectorAll("#report [aria-invalid]")) el.removeAttribute("aria-invalid");
  const shown = visibleIssues();
  const errors = shown.filter((i) => i.severity === "error");
  const warnings = shown.filter((i) => i.severity === "warning");
  for (const issue of shown) {
    const field = fieldOf(issue);
    const span = document.createElement("span");
    span.className = issue.severity;
    span.dataset.code = issue.code;
    span.textContent = message(issue);
    $(`msg-${field}`)?.append(span);
    if (issue.severity === "error") inputOf(field)?.setAttribute("aria-invalid", "true");
  }
  const list = (ul, issues) =>
    ul.replaceChildren(
      ...issues.map((issue) => {
        const li = document.createElement("li");
        li.dataset.code = issue.code;
        const input = inputOf(fieldOf(issue));
        if (input) {
          // A link to the field: the findings double as an error summary for the keyboard.
          const a = document.createElement("a");
          a.href = `#${input.id}`;
          a.textContent = message(issue);
          a.addEventListener("click", (e) => {
            e.preventDefault();
            input.focus();
          });
          li.append(a);
        } else {
          li.textContent = message(issue);
        }
        return li;
      }),
    );
  list($("errors"), errors);
  list($("warnings"), warnings);
  if (errors.length === 0 && warnings.length === 0) {
    const li = document.createElement("li");
    li.className = "hint";
    li.textContent = t.none;
    $("errors").append(li);
  }

  $("attachments-chosen").textContent =
    attachments.length === 0
      ? t.attachments_none
      : t.attachments_chosen(attachments.length, attachments.map((a) => a.name).join(", "));

  // What the agency will see when anonim is ticked: the text with personal data redacted.
  $("preview-section").hidden = preview === null;
  if (preview) {
    $("preview-title").textContent = preview.title;
    $("preview").textContent = preview.body;
    const cut = preview.shown < preview.total;
    $("preview-cut").hidden = !cut;
    $("preview-cut").textContent = cut ? t.preview_cut(number(preview.shown), number(preview.total)) : "";
  }

  // The status line is the page's live region: assigned only when its text changes, so that a
  // screen reader announces a change, not every check.
  let text = "";
  if (last?.failure) text = last.failure;
  else if (status?.key === "ok") text = t.ok;
  else if (status?.key === "blocked") text = t.blocked(errors.length);
  else if (status?.key === "summary" && (errors.length || warnings.length))
    text = t.summary(errors.length, warnings.length);
  if ($("status").textContent !== text) $("status").textContent = text;
}

/** Every text of the page in the chosen language; the findings are redrawn, not re-checked. */
function translate() {
  const t = ui();
  document.documentElement.lang = lang();
  for (const el of document.querySelectorAll("[data-i18n]")) {
    const text = t[el.dataset.i18n];
    if (typeof text === "string") el.textContent = text;
  }
  document.title = t.doc_title;
  paint();
}

await init();

for (const id of TEXT_FIELDS) {
  $(id).addEventListener("input", () => {
    touched.add(id);
    schedule();
  });
  $(id).addEventListener("blur", () => {
    const first = !touched.has(id);
    touched.add(id);
    if (timer !== null) check();
    else if (first) paint();
  });
}
for (const id of ["kind", "anonim", "rahasia"]) {
  $(id).addEventListener("change", () => {
    touched.add(id === "anonim" ? "anonymous" : id === "rahasia" ? "confidential" : id);
    check();
  });
}
$("attachments").addEventListener("change", (e) => {
  attachments = [...e.target.files].map((f) => {
    const extension = f.name.includes(".") ? f.name.split(".").pop().toLowerCase() : "";
    return {
      name: f.name,
      media_type: f.type || TYPE_OF_EXTENSION[extension] || "application/octet-stream",
      size_bytes: f.size,
    };
  });
  touched.add("attachments");
  check();
});
// The drawn button opens the picker for the mouse; the keyboard reaches the input itself.
$("attachments-button").addEventListener("click", () => $("attachments").click());
$("lang").addEventListener("change", translate);
$("report").addEventListener("submit", (e) => {
  e.preventDefault();
  showAll = true;
  const result = check();
  if (result.failure) return;
  status = { key: result.valid ? "ok" : "blocked" };
  paint();
  if (!result.valid) {
    // Focus the first field (in the page's order) that has an error.
    const invalid = [...document.querySelectorAll('#report [aria-invalid="true"]')];
    (invalid[0] ?? $("errors").querySelector("a") ?? $("findings-heading")).focus();
  }
});
translate();
check();
document.body.dataset.ready = "true";
