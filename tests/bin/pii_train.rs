//! `pii-train [--check]`: trains the redactor's name model (`lapor-core/src/pii/learned.rs`) on
//! the development corpora of `tests/pii_corpus` ([`lapor_tests::name_model`]) and writes its
//! weights to `lapor-core/src/pii/names.model`; with `--check`, compares them with the committed
//! file instead (exit 1 if they differ). Run it in release mode after changing a rule, a word
//! list or a feature, then rebuild: the model reads what the rules found.

use std::path::PathBuf;

use lapor_tests::name_model::train;

fn main() {
    let check = match std::env::args().nth(1).as_deref() {
        None => false,
        Some("--check") => true,
        Some(_) => fail("usage: pii-train [--check]"),
    };
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let (model, summary) = train(&root.join("pii_corpus")).unwrap_or_else(|e| fail(&e));
    println!("{summary}");
    let path = root.join("../lapor-core/src/pii/names.model");
    if check {
        let committed =
            std::fs::read(&path).unwrap_or_else(|e| fail(&format!("{}: {e}", path.display())));
        if committed != model {
            fail(&format!(
                "{} is not what pii-train gives: run `cargo run --release -p lapor-tests --bin pii-train`",
                path.display()
            ));
        }
        println!("{}: up to date ({} bytes)", path.display(), model.len());
    } else {
        std::fs::write(&path, &model).unwrap_or_else(|e| fail(&format!("{}: {e}", path.display())));
        println!("{}: {} bytes", path.display(), model.len());
    }
}

fn fail(msg: &str) -> ! {
    eprintln!("pii-train: {msg}");
    std::process::exit(1)
}
