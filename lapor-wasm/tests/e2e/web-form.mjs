// End-to-end test of examples/web-form in Debian's Chromium, driven by playwright-core (never a
// browser download). Serves the repository root on 127.0.0.1 (a free port), opens the form and
// checks: every control labelled, messages tied with aria-describedby, an aria-live status; the
// whole page in English (<title>, lang, hints, status, messages); the tab order; anonim ticked and
// a body holding a NIK and a phone number typed with the keyboard, the personal-data warnings and
// the redacted "what the agency will see" preview; a keyboard submit with the title empty: the
// Indonesian (then English) error, aria-invalid, the focus on the title; axe-core on the first
// page and on the page with errors, in both languages (a serious or critical violation fails,
// the counts per impact are printed); a 390 px phone (one column, no sideways scroll);
// attachments (a refused type, an iPhone HEIC photo); screenshots of the phone and the desktop;
// the benchmark in the page; last, a 5 MB body on Playwright's fake clock: keystrokes run no
// check (the page counts its checks; no wall-clock assertion), one runs after the pause, and the
// preview is cut at 20,000 characters without cutting through a NIK.
//
//   ROOT=$PWD OUT=$PWD/target/test-output node lapor-wasm/tests/e2e/web-form.mjs
// (after scripts/test-wasm.sh built lapor-wasm/pkg). CHROMIUM overrides /usr/bin/chromium.
import assert from "node:assert/strict";
import { createServer } from "node:http";
import { mkdtempSync, mkdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { extname, join, normalize, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = resolve(process.env.ROOT ?? join(fileURLToPath(import.meta.url), "../../../.."));
const OUT = resolve(process.env.OUT ?? join(ROOT, "target/test-output"));
const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";
const { chromium } = createRequire(join(ROOT, "tools/package.json"))("playwright-core");

// A hang must not eat the CI budget.
setTimeout(() => {
  console.error("e2e: timed out after 180 s");
  process.exit(1);
}, 180_000).unref();

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".wasm": "application/wasm",
  ".css": "text/css",
  ".json": "application/json",
};

/** A static server of ROOT, GET only, no path escapes, nothing listed. */
function serve() {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
    let file = normalize(join(ROOT, path));
    if (req.method !== "GET" || (file !== ROOT && !file.startsWith(ROOT + sep))) {
      res.writeHead(403).end();
      return;
    }
    try {
      if (statSync(file).isDirectory()) file = join(file, "index.html");
      const body = readFileSync(file);
      res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((ok) => server.listen(0, "127.0.0.1", () => ok(server)));
}

const server = await serve();
const base = `http://127.0.0.1:${server.address().port}`;
const profile = mkdtempSync(join(tmpdir(), "lapor-chromium-"));
mkdirSync(OUT, { recursive: true });
const context = await chromium.launchPersistentContext(profile, {
  executablePath: CHROMIUM,
  headless: true,
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
  viewport: { width: 1200, height: 1100 },
});
let failed = false;
// axe-core's findings per check: "critical" and "serious" fail the test, the rest are printed.
const AXE = readFileSync(join(ROOT, "tools/node_modules/axe-core/axe.min.js"), "utf8");
const axeSummary = [];
async function axeCheck(page, label) {
  if (!(await page.evaluate(() => typeof window.axe === "object"))) {
    await page.addScriptTag({ content: AXE });
  }
  const { passed, violations } = await page.evaluate(async () => {
    const r = await window.axe.run(document, { resultTypes: ["violations"] });
    return { passed: r.passes.length, violations: r.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? "minor",
      help: v.help,
      nodes: v.nodes.map((n) => n.target.join(" ")),
    })) };
  });
  const counts = { critical: 0, serious: 0, moderate: 0, minor: 0 };
  for (const v of violations) counts[v.impact] += 1;
  axeSummary.push({ label, counts });
  const counted = Object.entries(counts).map(([k, n]) => `${k} ${n}`).join(", ");
  console.log(`e2e: axe ${label}: violations ${counted} (${passed} rules passed)`);
  for (const v of violations) console.log(`e2e:   ${v.impact} ${v.id} (${v.help}): ${v.nodes.join("; ")}`);
  const blocking = violations.filter((v) => v.impact === "critical" || v.impact === "serious");
  assert.deepEqual(blocking, [], `axe: serious or critical violations on ${label}`);
}

/** Presses Tab until `#id` has the focus (at most 40 times); returns the ids passed. */
async function tabTo(page, id) {
  const passed = [];
  for (let k = 0; k < 40; k++) {
    await page.keyboard.press("Tab");
    const at = await page.evaluate(() => document.activeElement?.id ?? "");
    if (passed.at(-1) !== at) passed.push(at); // a date input is one stop per part
    if (at === id) return passed;
  }
  throw new Error(`Tab never reached #${id}: ${passed.join(" → ")}`);
}

const fieldState = (page, id) =>
  page.locator(`#${id}`).evaluate((el) => ({
    invalid: el.getAttribute("aria-invalid"),
    describedby: (el.getAttribute("aria-describedby") ?? "").split(/\s+/),
  }));

try {
  const page = context.pages()[0] ?? (await context.newPage());
  const problems = [];
  page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
  page.on("console", (m) => m.type() === "error" && problems.push(`console.error: ${m.text()}`));
  // Nothing may leave 127.0.0.1: the form works offline.
  await page.route("**/*", (route) =>
    route.request().url().startsWith(base) ? route.continue() : route.abort(),
  );

  await page.goto(`${base}/examples/web-form/`);
  await page.waitForSelector("body[data-ready=true]", { timeout: 20_000 });
  console.log(`e2e: ${await context.browser()?.version?.() ?? "chromium"} loaded ${base}/examples/web-form/`);

  // Every control has a <label>; each field's messages are tied to it.
  const unlabelled = await page.evaluate(() =>
    [...document.querySelectorAll("input, select, textarea")]
      .filter((el) => el.labels.length === 0)
      .map((el) => el.id),
  );
  assert.deepEqual(unlabelled, []);
  for (const [id, msg] of [
    ["kind", "msg-kind"], ["title", "msg-title"], ["body", "msg-body"],
    ["incident_date", "msg-incident_date"], ["region_code", "msg-region_code"],
    ["anonim", "msg-anonymous"], ["rahasia", "msg-confidential"],
    ["reporter_phone", "msg-reporter_phone"], ["reporter_email", "msg-reporter_email"],
    ["attachments", "msg-attachments"],
  ]) {
    assert.ok((await fieldState(page, id)).describedby.includes(msg), `#${id} aria-describedby ${msg}`);
  }
  assert.equal(await page.getAttribute("#status", "aria-live"), "polite");
  const accept = (await page.getAttribute("#attachments", "accept")).split(",");
  for (const t of ["image/heic", "image/heif", ".heic", ".heif"]) assert.ok(accept.includes(t), t);

  // Both languages, before anything is typed: every visible text follows the switch.
  assert.equal(await page.getAttribute("html", "lang"), "id");
  await axeCheck(page, "initial page, id");
  await page.selectOption("#lang", "en");
  assert.equal(await page.getAttribute("html", "lang"), "en");
  assert.equal(await page.title(), "LAPOR! — Submit Your Report");
  assert.match(await page.textContent("#hint-region_code"), /^Example: 64\.74\.01\.1001/);
  assert.equal(await page.textContent('label[for="title"]'), "Title *");
  assert.equal(await page.textContent("#submit"), "Submit report");
  assert.equal(await page.textContent("#attachments-button"), "Choose files");
  assert.equal(await page.textContent("#attachments-chosen"), "No file chosen.");
  await axeCheck(page, "initial page, en");
  await page.selectOption("#lang", "id");
  assert.equal(await page.title(), "LAPOR! — Sampaikan Laporan Anda");
  assert.match(await page.textContent("#hint-region_code"), /^Contoh: 64\.74\.01\.1001/);

  // Keyboard only: the tab order is the form's order.
  await page.locator("body").focus();
  const order = await tabTo(page, "submit");
  assert.deepEqual(order, [
    "lang", "kind", "title", "body", "incident_date", "region_code", "anonim", "rahasia",
    "reporter_phone", "reporter_email", "attachments", "submit",
  ]);

  // Anonim (Space), and a body with a NIK and a phone number, typed; the title stays empty.
  await page.fill("#incident_date", "2025-11-20");
  await page.fill("#region_code", "32.73");
  await tabTo(page, "anonim");
  await page.keyboard.press("Space");
  assert.ok(await page.isChecked("#anonim"));
  await tabTo(page, "body");
  await page.keyboard.type(
    "Jalan di depan rumah saya rusak parah. NIK saya 3273056010900009, HP 0812-3456-7890.",
    { delay: 2 },
  );
  const nikWarning = page.locator('#warnings li[data-code="pii_in_text_anonymous"]', { hasText: "NIK" });
  await nikWarning.waitFor({ timeout: 10_000 });
  assert.equal(
    await nikWarning.first().textContent(),
    "Teks laporan Anda memuat NIK; NIK akan disembunyikan dari instansi.",
  );
  await page
    .locator('#warnings li[data-code="pii_in_text_anonymous"]', { hasText: "nomor telepon" })
    .waitFor({ timeout: 10_000 });
  assert.ok(await page.isVisible("#preview-section"), "the preview shows when anonim is ticked");
  const preview = await page.textContent("#preview");
  assert.match(preview, /NIK saya \[NIK\], HP \[PHONE\]\./);
  assert.ok(!preview.includes("3273056010900009") && !preview.includes("3456-7890"), preview);
  assert.equal(await page.isVisible("#preview-cut"), false);
  console.log(`e2e: warnings and redacted preview shown: ${JSON.stringify(preview)}`);

  // Submitting with the keyboard: the Indonesian error, and the focus on the first invalid field.
  await tabTo(page, "submit");
  await page.keyboard.press("Enter");
  const titleError = page.locator('#msg-title .error[data-code="title_required"]');
  await titleError.waitFor({ timeout: 10_000 });
  assert.equal(await titleError.textContent(), "Judul laporan wajib diisi.");
  assert.match(await page.textContent("#status"), /belum dapat dikirim/);
  assert.equal(await page.evaluate(() => document.activeElement?.id), "title");
  assert.equal((await fieldState(page, "title")).invalid, "true");
  assert.equal((await fieldState(page, "body")).invalid, null);
  await axeCheck(page, "errors shown, id");
  await page.screenshot({ path: join(OUT, "web-form-desktop.png"), fullPage: true });
  console.log(`e2e: Indonesian title error shown, focus on #title; screenshot ${join(OUT, "web-form-desktop.png")}`);

  // English, and back: the messages, the status line, the hints and <title> follow.
  await page.selectOption("#lang", "en");
  assert.equal(await titleError.textContent(), "The title is required.");
  assert.match(await page.textContent("#status"), /cannot be sent yet/);
  assert.equal(await page.textContent('[data-i18n="preview"]'), "What the agency will see");
  assert.match(await page.textContent("#hint-attachments"), /HEIC/);
  assert.equal(await page.title(), "LAPOR! — Submit Your Report");
  assert.match(await nikWarning.first().textContent(), /NIK/);
  assert.doesNotMatch(await nikWarning.first().textContent(), /Teks laporan/);
  await axeCheck(page, "errors shown, en");
  await page.selectOption("#lang", "id");
  assert.match(await page.textContent("#status"), /belum dapat dikirim/);

  // A 390 px phone: one column, nothing wider than the screen.
  await page.setViewportSize({ width: 390, height: 844 });
  const layout = await page.evaluate(() => {
    const form = document.getElementById("report").getBoundingClientRect();
    const aside = document.querySelector("aside").getBoundingClientRect();
    return {
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth: window.innerWidth,
      formWidth: form.width,
      asideBelow: aside.top >= form.bottom,
    };
  });
  assert.ok(layout.scrollWidth <= layout.innerWidth, `sideways scroll at 390 px: ${JSON.stringify(layout)}`);
  assert.ok(layout.asideBelow && layout.formWidth >= 340, `one column at 390 px: ${JSON.stringify(layout)}`);
  await page.screenshot({ path: join(OUT, "web-form-phone.png"), fullPage: true });
  console.log(`e2e: 390 px: ${JSON.stringify(layout)}; screenshot ${join(OUT, "web-form-phone.png")}`);
  await page.setViewportSize({ width: 1200, height: 1100 });

  // Fixing the title (typed where the focus went) clears its error and aria-invalid.
  await page.keyboard.type("Jalan berlubang di depan SDN 3");
  await page.waitForFunction(() => !document.getElementById("title").hasAttribute("aria-invalid"));
  assert.equal(await page.locator("#msg-title .error").count(), 0);

  // Unticking anonim hides the preview and turns the warnings into pii_in_text.
  await page.uncheck("#anonim");
  assert.equal(await page.isVisible("#preview-section"), false);
  await page.locator('#warnings li[data-code="pii_in_text"]').first().waitFor({ timeout: 10_000 });

  // Attachments: metadata only; a wrong file type is refused and marks the input invalid. The
  // drawn button opens the file chooser (the mouse), and so does Space on the input (the keyboard).
  const [mouseChooser] = await Promise.all([
    page.waitForEvent("filechooser", { timeout: 10_000 }),
    page.click("#attachments-button"),
  ]);
  await mouseChooser.setFiles([
    { name: "foto.jpg", mimeType: "image/jpeg", buffer: Buffer.alloc(2048, 1) },
    { name: "virus.exe", mimeType: "application/x-msdownload", buffer: Buffer.from("MZ") },
  ]);
  assert.equal(await page.textContent("#attachments-chosen"), "2 berkas: foto.jpg, virus.exe");
  await page
    .locator('#msg-attachments .error[data-code="attachment_type_not_allowed"]')
    .waitFor({ timeout: 10_000 });
  assert.equal((await fieldState(page, "attachments")).invalid, "true");
  // An iPhone photo (HEIC; the form names the type when the browser gives none) is accepted.
  // Chromium on a loaded machine now and then ignores a picker request that comes right after
  // the previous picker closed (seen once in four runs of the whole script, never alone); a citizen
  // would press the key again, and so does the test, at most three times.
  await page.focus("#attachments");
  let keyboardChooser = null;
  for (let attempt = 1; attempt <= 3 && !keyboardChooser; attempt++) {
    [keyboardChooser] = await Promise.all([
      page.waitForEvent("filechooser", { timeout: 5_000 }).catch(() => null),
      page.keyboard.press("Space"),
    ]);
    if (!keyboardChooser) console.log(`e2e: no file chooser after Space (attempt ${attempt})`);
  }
  assert.ok(keyboardChooser, "Space on the focused file input opens the file chooser");
  await keyboardChooser.setFiles([
    { name: "IMG_0001.HEIC", mimeType: "", buffer: Buffer.alloc(2048, 1) },
  ]);
  assert.equal(await page.locator("#msg-attachments .error").count(), 0);

  // Fixing everything makes the form valid.
  await page.setInputFiles("#attachments", []);
  await page.fill("#title", "Jalan berlubang di depan SDN 3");
  await page.click("#submit");
  assert.match(await page.textContent("#status"), /siap dikirim/);
  assert.equal(await page.locator("#errors li[data-code]").count(), 0);
  assert.equal(await page.locator('#report [aria-invalid="true"]').count(), 0);
  assert.deepEqual(problems, []);
  console.log("e2e: English switch, title fixed, anonim off, attachments and a valid submission checked");

  // The benchmark, in the page (same code as lapor-wasm/bench/bench.mjs), on the module the
  // form loads (the forms build).
  const rows = await page.evaluate(async () => {
    const bench = await import("/lapor-wasm/bench/bench-core.mjs");
    const lapor = await import("/lapor-wasm/pkg/forms/web.js");
    await lapor.default();
    return bench.formatBench(bench.runBench(lapor, { minMs: 400 }), "chromium");
  });
  for (const line of rows) console.log(line);

  // A 5 MB body, with the page's timers on Playwright's fake clock (installed last: the benchmark
  // needs the real one): typing only schedules the check, which runs once after a pause; the
  // preview is cut, never through a NIK. No wall-clock measure: the page counts its checks.
  await page.clock.install();
  await page.goto(`${base}/examples/web-form/`);
  await page.waitForSelector("body[data-ready=true]", { timeout: 20_000 });
  // Installed, the fake clock still flows with real time: on a loaded machine a pause between
  // two keystrokes into a 5 MB field can outlast the debounce and run a check. Paused, timers
  // fire only when runFor says.
  const fakeNow = await page.evaluate(() => Date.now());
  await page.clock.pauseAt(fakeNow + 1_000);
  await page.check("#anonim");
  await page.locator("#body").evaluate((el) => {
    const nik = "NIK 3273056010900009 ";
    let head = "Laporan panjang. ";
    while (head.length < 19_990 - 4) head += "Jalan rusak. ";
    head = head.slice(0, 19_990 - 4) + nik; // the NIK itself spans the 20,000th character
    el.value = head + "Jalan rusak dan berlubang.\n".repeat(Math.ceil((5_000_000 - head.length) / 27));
    el.dispatchEvent(new Event("input", { bubbles: true }));
  });
  const stats = () => page.evaluate(() => ({ ...window.laporForm }));
  const before = await stats();
  await page.clock.runFor(1_000);
  const once = await stats();
  assert.equal(once.validations, before.validations + 1, "one check after the pause");
  assert.ok(once.redactedChars - before.redactedChars <= 20_000 + 200, "the preview redacts at most 20,000 characters");
  await page.locator('#msg-body .error[data-code="body_too_long"]').waitFor({ timeout: 10_000 });
  const bigPreview = await page.textContent("#preview");
  assert.ok(bigPreview.length <= 20_000, `preview of ${bigPreview.length} characters`);
  assert.ok(!/327305|0900009/.test(bigPreview), "no part of the NIK at the cut");
  assert.match(await page.textContent("#preview-cut"), /Pratinjau dipotong: hanya 19\.990 karakter pertama dari 5\.0\d\d\.\d\d\d/);
  await page.locator("#body").focus();
  await page.keyboard.press("Control+End");
  const keys = "abcdefghij";
  const typingStart = Date.now();
  await page.keyboard.type(keys);
  const typingMs = Date.now() - typingStart;
  const typed = await stats();
  assert.equal(typed.validations, once.validations, `${keys.length} keystrokes ran no check`);
  await page.clock.runFor(1_000);
  const after = await stats();
  assert.equal(after.validations, typed.validations + 1, "one check once the typing stops");
  assert.ok((await page.inputValue("#body")).endsWith(keys));
  assert.deepEqual(problems, []);
  console.log(
    `e2e: 5 MB body: ${keys.length} keystrokes (${typingMs} ms, for information), ` +
      `checks ${JSON.stringify({ before: before.validations, afterPause: once.validations, afterTyping: typed.validations, afterSecondPause: after.validations })}`,
  );
  console.log(`e2e: axe summary: ${axeSummary.map((s) => `${s.label}: ${JSON.stringify(s.counts)}`).join("; ")}`);
  console.log("e2e: passed");
} catch (e) {
  failed = true;
  console.error(e);
  try {
    const page = context.pages()[0];
    await page?.screenshot({ path: join(OUT, "web-form-failure.png"), fullPage: true });
    console.error(`e2e: failure screenshot ${join(OUT, "web-form-failure.png")}`);
  } catch {}
} finally {
  await context.close();
  server.close();
  rmSync(profile, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
