#!/usr/bin/env bash
# Part of scripts/test.sh (which installs the shared tools first and sets ROOT, OUT, KOTLINC,
# WASM_OPT, TSC and step()); not meant to be run on its own.
set -euo pipefail
cd "$ROOT"

# ---------------------------------------------------------------- Kotlin / Swift (uniffi)
step "uniffi: build lapor-ffi and generate Kotlin, Swift and Python sources"
cargo build --quiet -p lapor-ffi
GEN="$OUT/uniffi"
rm -rf "$GEN"
cargo run --quiet -p lapor-ffi --bin uniffi-bindgen -- generate \
    --library target/debug/liblapor_ffi.so \
    --language kotlin --language swift --language python \
    --no-format --out-dir "$GEN" >/dev/null
for f in uniffi/lapor/lapor.kt lapor.swift laporFFI.h laporFFI.modulemap lapor.py; do
    [ -s "$GEN/$f" ] || { echo "uniffi did not generate $f" >&2; exit 1; }
done
echo "generated: $(cd "$GEN" && find . -type f | sort | tr '\n' ' ')"

step "Kotlin: compile the generated bindings and the JUnit tests, run them on the JVM"
JARS=/usr/share/java/jna.jar:/usr/share/java/junit4.jar:/usr/share/java/hamcrest-core.jar:/usr/share/java/gson.jar
"$KOTLINC" -nowarn "$GEN/uniffi/lapor/lapor.kt" lapor-ffi/tests/kotlin/*.kt \
    -cp "$JARS" -d "$OUT/kotlin-tests.jar" 2>&1 | grep -v '^warning: unable to find kotlin-stdlib' || true
[ -s "$OUT/kotlin-tests.jar" ] || { echo "kotlinc failed" >&2; exit 1; }
classes=$(cd lapor-ffi/tests/kotlin && ls *Test.kt | sed 's/\.kt$//' | tr '\n' ' ')
java -Djna.library.path="$ROOT/target/debug" -Dlapor.vectors="$ROOT/tests/vectors" \
    -cp "$OUT/kotlin-tests.jar:$JARS:$ROOT/tools/node_modules/kotlin-compiler/lib/kotlin-stdlib.jar" \
    org.junit.runner.JUnitCore $classes

