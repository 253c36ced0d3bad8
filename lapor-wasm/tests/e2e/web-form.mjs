// End-to-end test of examples/web-form in Debian's Chromium, driven by playwright-core (never a
// browser download). Serves the repository root on 127.0.0.1 (a free port), opens the form,
// types a body holding a NIK and a phone number with anonim ticked, and checks the personal-data
// warnings and the redacted "what the agency will see" preview; leaves the title empty and checks
// the Indonesian (then English) error; saves a screenshot; then runs the benchmark in the page.
//
//   ROOT=$PWD OUT=$PWD/target/test-output node lapor-wasm/tests/e2e/web-form.mjs
// (after scripts/test-wasm.sh built lapor-wasm/pkg-web). CHROMIUM overrides /usr/bin/chromium.
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

  // Anonim, and a body with a NIK and a phone number; the title stays empty.
  await page.check("#anonim");
  await page.fill("#incident_date", "2025-11-20");
  await page.fill("#region_code", "32.73");
  await page.locator("#body").pressSequentially(
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
  console.log(`e2e: warnings and redacted preview shown: ${JSON.stringify(preview)}`);

  // The title was never touched: submitting shows the Indonesian error.
  await page.click("#submit");
  const titleError = page.locator('#msg-title .error[data-code="title_required"]');
  await titleError.waitFor({ timeout: 10_000 });
  assert.equal(await titleError.textContent(), "Judul laporan wajib diisi.");
  assert.match(await page.textContent("#status"), /belum dapat dikirim/);
  assert.equal(await page.locator("#body").evaluate((el) => el.classList.contains("invalid")), false);
  await page.screenshot({ path: join(OUT, "web-form.png"), fullPage: true });
  console.log(`e2e: Indonesian title error shown; screenshot ${join(OUT, "web-form.png")}`);

  // English, and back.
  await page.selectOption("#lang", "en");
  assert.equal(await titleError.textContent(), "The title is required.");
  assert.equal(await page.textContent('[data-i18n="preview"]'), "What the agency will see");
  await page.selectOption("#lang", "id");

  // Unticking anonim hides the preview and turns the warnings into pii_in_text.
  await page.uncheck("#anonim");
  assert.equal(await page.isVisible("#preview-section"), false);
  await page.locator('#warnings li[data-code="pii_in_text"]').first().waitFor({ timeout: 10_000 });

  // Attachments: metadata only; a wrong file type is refused.
  await page.setInputFiles("#attachments", [
    { name: "foto.jpg", mimeType: "image/jpeg", buffer: Buffer.alloc(2048, 1) },
    { name: "virus.exe", mimeType: "application/x-msdownload", buffer: Buffer.from("MZ") },
  ]);
  await page
    .locator('#msg-attachments .error[data-code="attachment_type_not_allowed"]')
    .waitFor({ timeout: 10_000 });

  // Fixing everything makes the form valid.
  await page.setInputFiles("#attachments", []);
  await page.fill("#title", "Jalan berlubang di depan SDN 3");
  await page.click("#submit");
  assert.match(await page.textContent("#status"), /siap dikirim/);
  assert.equal(await page.locator("#errors li[data-code]").count(), 0);
  assert.deepEqual(problems, []);
  console.log("e2e: English switch, anonim off, attachments and a valid submission checked");

  // The benchmark, in the page (same code as lapor-wasm/bench/bench.mjs).
  const rows = await page.evaluate(async () => {
    const bench = await import("/lapor-wasm/bench/bench-core.mjs");
    const lapor = await import("/lapor-wasm/pkg-web/lapor_wasm.js");
    await lapor.default();
    return bench.formatBench(bench.runBench(lapor, { minMs: 400 }), "chromium");
  });
  for (const line of rows) console.log(line);
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
