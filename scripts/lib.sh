# Shared by scripts/test.sh and scripts/test-{kotlin,python,wasm}.sh (sourced, not run): the
# repository root, the output directory, step(), as_root(), and one function per tool that
# installs it only where it is missing (so a second run installs nothing). Each test script
# sources this file and calls the installs it needs, so it also runs alone from a fresh clone.

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
OUT="$ROOT/target/test-output"
mkdir -p "$OUT"
export CARGO_TERM_COLOR="${CARGO_TERM_COLOR:-never}"
WASM_BINDGEN_VERSION=0.2.130
KOTLINC="$ROOT/tools/node_modules/kotlin-compiler/bin/kotlinc"
WASM_OPT="$ROOT/tools/node_modules/.bin/wasm-opt"
TSC="$ROOT/tools/node_modules/.bin/tsc"
PY="$ROOT/.venv/bin/python"
cd "$ROOT"

step() { printf '\n==> %s\n' "$*"; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

# need_apt CHECK PACKAGE [CHECK PACKAGE…]: installs each Debian PACKAGE whose CHECK (a shell
# test, run with eval) fails, in one apt-get call.
need_apt() {
    local missing=()
    while [ $# -ge 2 ]; do
        eval "$1" >/dev/null 2>&1 || missing+=("$2")
        shift 2
    done
    if [ ${#missing[@]} -gt 0 ]; then
        echo "installing (apt): ${missing[*]}"
        as_root apt-get update -qq
        DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "${missing[@]}" >/dev/null
    fi
}

# rustfmt and clippy.
need_rust_components() {
    rustup component list --installed 2>/dev/null | grep -q '^rustfmt' || rustup component add rustfmt
    rustup component list --installed 2>/dev/null | grep -q '^clippy' || rustup component add clippy
}

# The JVM side of the Kotlin tests: a JDK, JNA, JUnit 4, Gson.
need_jvm() {
    need_apt 'command -v javac' default-jdk-headless \
        '[ -f /usr/share/java/jna.jar ]' libjna-java \
        '[ -f /usr/share/java/junit4.jar ]' junit4 \
        '[ -f /usr/share/java/gson.jar ]' libgoogle-gson-java
}

# Node.js, npm, and the npm packages under tools/node_modules (the Kotlin compiler, binaryen's
# wasm-opt, TypeScript, playwright-core), reinstalled when the lock file changes.
need_npm_tools() {
    need_apt 'command -v node' nodejs 'command -v npm' npm
    if ! cmp -s tools/package-lock.json tools/node_modules/.lapor-installed-lock 2>/dev/null; then
        (cd tools && npm ci --no-audit --no-fund --loglevel=error)
        cp tools/package-lock.json tools/node_modules/.lapor-installed-lock
    fi
}

# The wasm32 target and wasm-bindgen-cli at the version the crate pins.
need_wasm_tools() {
    rustup target list --installed | grep -qx wasm32-unknown-unknown \
        || rustup target add wasm32-unknown-unknown
    if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
        cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
    fi
}

# A Python venv in .venv with maturin and pytest.
need_venv() {
    need_apt "python3 -c 'import ensurepip, venv'" python3-venv
    [ -x "$PY" ] || python3 -m venv "$ROOT/.venv"
    "$PY" -c 'import maturin, pytest' 2>/dev/null \
        || "$PY" -m pip install -q "maturin>=1.9.4,<2" "pytest>=7"
}
