#!/usr/bin/env bash
# wasm-bindgen binding (lapor-wasm): builds and optimises the module, checks its size and its
# committed TypeScript types, assembles the npm package (lapor-wasm/pkg), packs it, installs it
# in a scratch project and imports it both ways, runs the node tests and the web form end to end
# in Chromium.
# Runs alone from a clone (`bash scripts/test-wasm.sh`) or as part of scripts/test.sh.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
step "wasm: checking what it needs"
need_wasm_tools
need_npm_tools

# ---------------------------------------------------------------- JS (wasm-bindgen)
# Debian's Chromium for the end-to-end test of examples/web-form (never a browser download).
CHROMIUM=/usr/bin/chromium
need_apt "[ -x $CHROMIUM ]" chromium

step "wasm: build, wasm-bindgen (nodejs + web), wasm-opt"
cargo build --quiet -p lapor-wasm --target wasm32-unknown-unknown --profile release-wasm
WASM=target/wasm32-unknown-unknown/release-wasm/lapor_wasm.wasm
for target in nodejs web; do
    rm -rf "lapor-wasm/pkg-$target"
    wasm-bindgen --target "$target" --out-dir "lapor-wasm/pkg-$target" "$WASM"
done
# Both targets emit the same module: optimise it once. --converge repeats the passes until the
# module stops shrinking (1.5 KB gzipped, 30 s); the producers and target-features sections are
# metadata no browser or bundler reads (234 bytes). --low-memory-unused lets binaryen fold
# constant offsets into loads and stores (1.9 KB gzipped): it assumes no data below address 1024,
# which holds for rustc's wasm32 layout (the stack grows down from 1 MiB to 0, the data sit above
# 1 MiB; only a stack overflow of the whole 1 MiB, already undefined, would reach it).
cmp -s lapor-wasm/pkg-nodejs/lapor_wasm_bg.wasm lapor-wasm/pkg-web/lapor_wasm_bg.wasm \
    || { echo "wasm-bindgen's nodejs and web targets emitted different modules" >&2; exit 1; }
"$WASM_OPT" -Oz --converge --low-memory-unused --strip-producers --strip-target-features \
    lapor-wasm/pkg-web/lapor_wasm_bg.wasm -o lapor-wasm/pkg-web/lapor_wasm_bg.wasm
cp lapor-wasm/pkg-web/lapor_wasm_bg.wasm lapor-wasm/pkg-nodejs/lapor_wasm_bg.wasm
raw=$(wc -c < lapor-wasm/pkg-web/lapor_wasm_bg.wasm)
gz=$(gzip -9c lapor-wasm/pkg-web/lapor_wasm_bg.wasm | wc -c)
# Budget: 372 KiB gzipped. It was 320 KiB until the redactor's round of 6 Dec 2026 (session 8:
# tables of people, RT/RW fields, offices' contact lines), which paid for its 3.5 KB by moving
# word lists out of code, then 322 KiB; the round of 7 Dec 2026 (session 10: table columns and
# Google Form CSV, service lines, regional kin words, thread layouts, signatures, spoken dates
# and numbers) added 4.9 KB of rules with no size saving left to pay for them. The issue's
# target (300 KB) is unmet either way. The size-optimised profile (opt-level z, LTO) took the
# module from 296 KB to 249 KB; viewCase (replay and the visibility matrix in the browser) adds
# 70 KB, so a forms-only module (validation and redaction) would be under 300 KB.
# Sessions 11 and 12 (7 Dec 2026: spoken numbers in pairs, display names, offices' accounts,
# names before their role, sign-offs, flats and lots, OCR'd field names, chat answers) took the
# full module to 343,470 bytes; the budget became 336 KiB when the forms build below met the
# 300 KB target for web forms. Session 13 (7 Dec 2026: HTML pasted from forms, pictographs
# between cues and names, patronymics, birth dates beside names, reported speech, appositives,
# names in capitals; the rounds on the nineteenth corpus) added 2.8 KB with no size saving found
# to pay for it (346,293 bytes): the budget became 340 KiB. The forms build, which web forms load,
# stays under its 300 KB target with 35 KB to spare. Session 14 (7 Dec 2026) added the name
# model's weights (23 KB gzipped; it cut the characters leaked on every corpus never tuned on by
# a quarter to a half): the budget became 372 KiB, and the forms build must still meet its
# 300 KB target. Session 17 (7 Dec 2026) took the full module to 383,797 bytes and the forms
# build to 301,935; dropping the model's weights below one unit (`tests/name_model.rs`, PRUNE:
# the development corpora score the same) paid for it: 373,266 and 291,416 bytes.
echo "lapor_wasm_bg.wasm: $raw bytes raw, $gz bytes gzipped (budget 380928 gzipped)" | tee "$OUT/wasm-size.txt"
[ "$gz" -le 380928 ] || { echo "lapor_wasm_bg.wasm is over the 372 KiB gzipped budget" >&2; exit 1; }

# The forms build (no `cases` feature, so no viewCase): what a web form loads, the package's
# `lapor-wasm/forms` entry. Target: at most 300 KB (300,000 bytes) gzipped.
cargo build --quiet -p lapor-wasm --target wasm32-unknown-unknown --profile release-wasm --no-default-features
rm -rf lapor-wasm/pkg-forms
wasm-bindgen --target web --out-dir lapor-wasm/pkg-forms "$WASM"
"$WASM_OPT" -Oz --converge --low-memory-unused --strip-producers --strip-target-features \
    lapor-wasm/pkg-forms/lapor_wasm_bg.wasm -o lapor-wasm/pkg-forms/lapor_wasm_bg.wasm
forms_raw=$(wc -c < lapor-wasm/pkg-forms/lapor_wasm_bg.wasm)
forms_gz=$(gzip -9c lapor-wasm/pkg-forms/lapor_wasm_bg.wasm | wc -c)
echo "forms build lapor_wasm_bg.wasm: $forms_raw bytes raw, $forms_gz bytes gzipped (target 300000 gzipped)" | tee -a "$OUT/wasm-size.txt"
[ "$forms_gz" -le 300000 ] || { echo "the forms build is over 300 KB gzipped" >&2; exit 1; }

step "wasm: the committed TypeScript types match the generated ones, and type-check (types.check.ts, types.misuse.ts)"
diff -u lapor-wasm/types/lapor_wasm.d.ts lapor-wasm/pkg-web/lapor_wasm.d.ts \
    || { echo "lapor-wasm/types/lapor_wasm.d.ts is stale: copy lapor-wasm/pkg-web/lapor_wasm.d.ts over it" >&2; exit 1; }
"$TSC" -p lapor-wasm/tests/tsconfig.json

step "wasm: the npm package (lapor-wasm/pkg): npm pack, install in a scratch project, import and type-check"
node lapor-wasm/js/assemble.mjs
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
(cd lapor-wasm/pkg && npm pack --json --ignore-scripts --pack-destination "$scratch") > "$scratch/pack.json"
tarball=$(node -e 'const [p] = require(process.argv[1]); console.log(`${p.filename} ${p.size} ${p.unpackedSize} ${p.entryCount}`)' "$scratch/pack.json")
read -r tgz packed unpacked entries <<< "$tarball"
echo "npm package $tgz: $packed bytes packed, $unpacked bytes unpacked, $entries files" | tee -a "$OUT/wasm-size.txt"
mkdir "$scratch/app"
cp lapor-wasm/tests/package/* "$scratch/app/"
echo '{"name": "lapor-wasm-scratch", "private": true}' > "$scratch/app/package.json"
# A local tarball without dependencies: no registry needed.
(cd "$scratch/app" && npm install --offline --no-audit --no-fund --ignore-scripts --loglevel=error "../$tgz")
(cd "$scratch/app" && node import.mjs && node require.cjs) | tee "$OUT/wasm-npm.txt"
for resolution in nodenext node16; do
    "$TSC" -p "$scratch/app/tsconfig.node.json" --module "$resolution" --moduleResolution "$resolution"
    echo "tsc ($resolution): import (types.mts) and require (types.cts) type-check" | tee -a "$OUT/wasm-npm.txt"
done
"$TSC" -p "$scratch/app/tsconfig.web.json"
echo "tsc (bundler): the web flavour (types.web.ts, with init) type-checks" | tee -a "$OUT/wasm-npm.txt"

step "wasm: node --test"
LAPOR_WASM_PKG="$ROOT/lapor-wasm/pkg" node --test lapor-wasm/tests/

step "wasm: examples/web-form in Chromium (playwright-core), and the benchmark in the page"
ROOT="$ROOT" OUT="$OUT" CHROMIUM="$CHROMIUM" node lapor-wasm/tests/e2e/web-form.mjs 2>&1 | tee "$OUT/wasm-e2e.txt"

step "wasm: benchmark in node (µs per call, ratio to a plain-JS baseline; no assertion)"
BENCH_MS=300 LAPOR_WASM_PKG="$ROOT/lapor-wasm/pkg" node lapor-wasm/bench/bench.mjs | tee "$OUT/wasm-bench.txt"
