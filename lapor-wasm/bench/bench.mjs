// Node benchmark of lapor-wasm: µs per call of validateReport, redact and detectPii on a typical
// form with a 2,000-character body, against plain-JS baselines in the same run.
//
//   node lapor-wasm/bench/bench.mjs            (after scripts/test-wasm.sh assembled lapor-wasm/pkg)
//   LAPOR_WASM_PKG=/path/to/package/dir node lapor-wasm/bench/bench.mjs
import { createRequire } from "node:module";
import { runBench, formatBench, typicalForm } from "./bench-core.mjs";

const require = createRequire(import.meta.url);
// The package as `require("lapor-wasm")` loads it (its main, node.cjs).
const lapor = require(process.env.LAPOR_WASM_PKG ?? "../pkg");
const minMs = Number(process.env.BENCH_MS ?? 500);
const form = typicalForm();
console.log(`form body: ${form.body.length} characters; ${minMs} ms per measurement`);
for (const line of formatBench(runBench(lapor, { minMs }), "node")) console.log(line);
