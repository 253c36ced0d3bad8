#!/usr/bin/env bash
# uniffi binding (lapor-ffi): generates Kotlin, Swift and Python sources from the built library,
# runs the Kotlin JUnit tests and the Kotlin example on the JVM, prepares the Swift package's
# sources (compiled only on a Mac: no Swift compiler here), and prints the size of the stripped
# release-ffi library.
# Runs alone from a clone (`bash scripts/test-kotlin.sh`) or as part of scripts/test.sh.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
step "kotlin: checking what it needs"
need_jvm
need_npm_tools

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
STDLIB="$ROOT/tools/node_modules/kotlin-compiler/lib/kotlin-stdlib.jar"
rm -f "$OUT/kotlin-tests.jar" "$OUT/kotlin-example.jar"
"$KOTLINC" -nowarn "$GEN/uniffi/lapor/lapor.kt" lapor-ffi/tests/kotlin/*.kt \
    -cp "$JARS" -d "$OUT/kotlin-tests.jar" 2>&1 | grep -v '^warning: unable to find kotlin-stdlib' || true
[ -s "$OUT/kotlin-tests.jar" ] || { echo "kotlinc failed" >&2; exit 1; }
classes=$(cd lapor-ffi/tests/kotlin && ls *Test.kt | sed 's/\.kt$//' | tr '\n' ' ')
java -Djna.library.path="$ROOT/target/debug" -Dlapor.vectors="$ROOT/tests/vectors" \
    -cp "$OUT/kotlin-tests.jar:$JARS:$STDLIB" \
    org.junit.runner.JUnitCore $classes

step "Kotlin example (examples/kotlin): validate a form, print a case timeline"
"$KOTLINC" -nowarn "$GEN/uniffi/lapor/lapor.kt" examples/kotlin/*.kt \
    -cp /usr/share/java/jna.jar -d "$OUT/kotlin-example.jar" 2>&1 | grep -v '^warning: unable to find kotlin-stdlib' || true
[ -s "$OUT/kotlin-example.jar" ] || { echo "kotlinc failed on the example" >&2; exit 1; }
java -Djna.library.path="$ROOT/target/debug" \
    -cp "$OUT/kotlin-example.jar:/usr/share/java/jna.jar:$STDLIB" \
    MainKt examples/data/agencies.json > "$OUT/kotlin-example.txt"
grep -q "Belum Ditindaklanjuti" "$OUT/kotlin-example.txt" || { cat "$OUT/kotlin-example.txt"; exit 1; }
echo "example printed $(wc -l < "$OUT/kotlin-example.txt") lines (target/test-output/kotlin-example.txt)"

step "Swift: generate the package sources (lapor-ffi/swift; compiled and tested on macOS only)"
PROFILE=dev lapor-ffi/swift/generate.sh
ls lapor-ffi/swift/Sources/*/

step "size: lapor-ffi with the release-ffi profile (opt-level s, LTO, 1 codegen unit, stripped, unwinding)"
cargo build --quiet -p lapor-ffi --lib --profile release-ffi
SO=target/release-ffi/liblapor_ffi.so
bytes=$(stat -c %s "$SO")
echo "liblapor_ffi.so (release-ffi, stripped): $bytes bytes ($(awk "BEGIN{printf \"%.2f\", $bytes/1048576}") MiB)" \
    | tee "$OUT/ffi-size.txt"
[ "$bytes" -lt $((5 * 1024 * 1024)) ] || { echo "liblapor_ffi.so is over 5 MiB" >&2; exit 1; }
