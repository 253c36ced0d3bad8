//! The uniffi binding generator, built from the workspace so its version matches the library's.
//!
//! `cargo run -p lapor-ffi --bin uniffi-bindgen -- generate --library <liblapor_ffi.so> --language kotlin --out-dir <dir>`
//!
//! After uniffi has written the Kotlin file, three edits give Kotlin users the error contract
//! uniffi's templates cannot express (each edit checks that it found what it expects, so a
//! uniffi upgrade that changes the generated code stops here instead of shipping unpatched
//! bindings):
//!
//! 1. `LaporException` declares `code`, `category`, `messageId`, `messageEn` and `fields` on the
//!    base class (the subclasses override them), so `catch (e: LaporException) { e.code }`
//!    compiles without a `when`; and `message` is `messageEn` instead of uniffi's dump of every
//!    field.
//! 2. A string holding a lone UTF-16 surrogate (an Android length filter cutting an emoji) is a
//!    `LaporException.Parse` with the core's `invalid_unicode` code and messages, instead of
//!    `java.nio.charset.MalformedInputException` escaping the error contract.
//! 3. Enum cases without fields are `data object`s, so `Holder.NationalAdmin` prints as
//!    `NationalAdmin` rather than `Holder$NationalAdmin@396a51ab`.

use std::path::PathBuf;
use std::process::ExitCode;

use lapor_core::{Error as CoreError, Lang};

fn main() -> ExitCode {
    let out_dir = out_dir(std::env::args().collect());
    uniffi::uniffi_bindgen_main();
    let Some(dir) = out_dir else {
        return ExitCode::SUCCESS;
    };
    let kt = dir.join("uniffi/lapor/lapor.kt");
    if !kt.exists() {
        return ExitCode::SUCCESS;
    }
    let result = std::fs::read_to_string(&kt)
        .map_err(|e| e.to_string())
        .and_then(|text| patch_kotlin(&text))
        .and_then(|text| std::fs::write(&kt, text).map_err(|e| e.to_string()));
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("uniffi-bindgen: cannot patch {}: {e}", kt.display());
            ExitCode::FAILURE
        }
    }
}

/// The `--out-dir` argument.
fn out_dir(args: Vec<String>) -> Option<PathBuf> {
    let mut it = args.into_iter();
    while let Some(a) = it.next() {
        if a == "--out-dir" || a == "-o" {
            return it.next().map(PathBuf::from);
        }
        if let Some(v) = a.strip_prefix("--out-dir=") {
            return Some(PathBuf::from(v));
        }
    }
    None
}

/// The common fields of every `LaporException` subclass, as uniffi writes them.
const COMMON: [(&str, &str); 5] = [
    ("code", "kotlin.String"),
    ("category", "kotlin.String"),
    ("messageId", "kotlin.String"),
    ("messageEn", "kotlin.String"),
    ("fields", "Map<kotlin.String, kotlin.String>"),
];

/// The three edits of the module documentation.
fn patch_kotlin(text: &str) -> Result<String, String> {
    const HEAD: &str = "sealed class LaporException: kotlin.Exception() {";
    const END: &str =
        "companion object ErrorHandler : UniffiRustCallStatusErrorHandler<LaporException>";
    let start = text.find(HEAD).ok_or("no `sealed class LaporException`")?;
    let end = start
        + text[start..]
            .find(END)
            .ok_or("no LaporException.ErrorHandler")?;
    let mut block = text[start..end].to_string();
    let families = block.matches(") : LaporException() {").count();
    if families == 0 {
        return Err("no LaporException subclass".into());
    }
    // 1. The base class declares the common fields; each subclass overrides them.
    let mut base = String::from(HEAD);
    base.push_str(
        "\n    /** Stable snake_case code of the error, the same in every binding. */\
         \n    abstract val code: kotlin.String\
         \n    /** The family: parse, directory, not_found, validation, calendar, transition, permission. */\
         \n    abstract val category: kotlin.String\
         \n    /** The message in Bahasa Indonesia. */\
         \n    abstract val messageId: kotlin.String\
         \n    /** The message in English (also `message`). */\
         \n    abstract val messageEn: kotlin.String\
         \n    /** The core error's own fields, by name (numbers and nested values as JSON text). */\
         \n    abstract val fields: Map<kotlin.String, kotlin.String>\n",
    );
    block = replace_exactly(&block, HEAD, &base, 1)?;
    for (name, ty) in COMMON {
        let field = format!("        val `{name}`: {ty}");
        let over = format!("        override val `{name}`: {ty}");
        block = replace_exactly(&block, &field, &over, families)?;
    }
    let dump = "get() = \"code=${ `code` }, category=${ `category` }, messageId=${ `messageId` }, messageEn=${ `messageEn` }, fields=${ `fields` }\"";
    block = replace_exactly(&block, dump, "get() = messageEn", families)?;
    let mut out = format!("{}{}{}", &text[..start], block, &text[end..]);

    // 2. A lone surrogate is a typed error, with the core's code and messages.
    const ENCODE: &str = "        return Charsets.UTF_8.newEncoder().run {\n            onMalformedInput(CodingErrorAction.REPORT)\n            encode(CharBuffer.wrap(value))\n        }";
    let e = CoreError::InvalidUnicode;
    let typed = format!(
        "        try {{\n{ENCODE}\n        }} catch (e: java.nio.charset.CharacterCodingException) {{\n            throw LaporException.{family}(\"{code}\", \"{category}\", \"{id}\", \"{en}\", emptyMap())\n        }}",
        family = family_of(e.category()),
        code = e.code(),
        category = e.category(),
        id = kotlin_literal(&e.message(Lang::Id)),
        en = kotlin_literal(&e.message(Lang::En)),
    );
    out = replace_exactly(&out, ENCODE, &typed, 1)?;

    // 3. Cases without fields print their name.
    let mut lines: Vec<String> = Vec::new();
    for line in out.lines() {
        let object = line
            .strip_prefix("    object ")
            .filter(|rest| rest.ends_with("()") && rest.contains(" : "));
        lines.push(match object {
            Some(rest) => format!("    data object {rest}"),
            None => line.to_string(),
        });
    }
    let mut patched = lines.join("\n");
    patched.push('\n');
    Ok(patched)
}

/// `text` with `from` replaced by `to`, which must occur exactly `count` times.
fn replace_exactly(text: &str, from: &str, to: &str, count: usize) -> Result<String, String> {
    let found = text.matches(from).count();
    if found != count {
        return Err(format!("expected {count} of {from:?}, found {found}"));
    }
    Ok(text.replace(from, to))
}

/// The `LaporException` subclass of a core category (the variant names of `LaporError`).
fn family_of(category: &str) -> &'static str {
    match category {
        "parse" => "Parse",
        "directory" => "Directory",
        "not_found" => "NotFound",
        "calendar" => "Calendar",
        "transition" => "Transition",
        "permission" => "Permission",
        _ => "Validation",
    }
}

/// `s` as the inside of a Kotlin string literal.
fn kotlin_literal(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '$' => out.push_str("\\$"),
            '\n' => out.push_str("\\n"),
            c => out.push(c),
        }
    }
    out
}
