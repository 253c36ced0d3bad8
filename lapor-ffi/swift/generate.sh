#!/usr/bin/env bash
# Builds liblapor_ffi and generates the Swift package's sources from it (uniffi library mode):
#   Sources/Lapor/lapor.swift, Sources/laporFFI/laporFFI.h, Sources/laporFFI/module.modulemap
# Generated files are not committed. Run from anywhere; PROFILE=release by default (the
# package links ../../target/release). scripts/test-kotlin.sh runs it on Linux to check that
# the sources are produced; compiling them needs a Mac.
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
PROFILE=${PROFILE:-release}
cd "$ROOT"
cargo build --quiet -p lapor-ffi --profile "$PROFILE"
dir=$PROFILE; [ "$PROFILE" = dev ] && dir=debug
lib=target/$dir/liblapor_ffi.so
[ -f "$lib" ] || lib=target/$dir/liblapor_ffi.dylib
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cargo run --quiet -p lapor-ffi --bin uniffi-bindgen -- generate --library "$lib" \
    --language swift --no-format --out-dir "$tmp" >/dev/null
mkdir -p "$HERE/Sources/Lapor" "$HERE/Sources/laporFFI"
cp "$tmp/lapor.swift" "$HERE/Sources/Lapor/lapor.swift"
cp "$tmp/laporFFI.h" "$HERE/Sources/laporFFI/laporFFI.h"
# SwiftPM looks for `module.modulemap` in a system library target.
cp "$tmp/laporFFI.modulemap" "$HERE/Sources/laporFFI/module.modulemap"
for f in Sources/Lapor/lapor.swift Sources/laporFFI/laporFFI.h Sources/laporFFI/module.modulemap; do
    [ -s "$HERE/$f" ] || { echo "missing $f" >&2; exit 1; }
done
echo "Swift sources generated in lapor-ffi/swift/Sources (from $lib)"
