//! The redactor's quality bar on the annotated corpora under `tests/pii_corpus/`, scored by the
//! one scorer (`tests/pii_score.rs`: exact-span F1, leak, PII-free texts touched; offsets in
//! code points). The corpora's roles and first held-out measures are in
//! `tests/pii_corpus/README.md`.
//!
//! Bar: F1 ≥ 0.92, leak ≤ 3 %, touched ≤ 3 %. A missing corpus fails the test.

use std::path::PathBuf;

use lapor_core::Redactor;
use lapor_tests::pii_score::{predict, read, score, Score};

fn measure(path: &std::path::Path) -> Score {
    let text = std::fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("{} is missing: {e}", path.display()));
    let gold = read(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let redactor = Redactor::default();
    let s = score(&gold, |row| predict(&redactor, &row.text));
    println!(
        "{}: {} texts, exact F1 {:.3}, leak {:.3}, PII-free touched {:.3}",
        path.display(),
        s.texts,
        s.f1,
        s.leak,
        s.touched
    );
    for (id, pred) in &s.touched_ids {
        eprintln!("{id}: PII-free text touched: {pred:?}");
    }
    s
}

fn check(file: &str, (f1, leak, touched): (f64, f64, f64)) {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("pii_corpus")
        .join(file);
    let s = measure(&path);
    assert!(s.texts >= 200, "{file}: too few texts");
    assert!(s.f1 >= f1, "{file}: exact-span F1 {:.3} < {f1}", s.f1);
    assert!(s.leak <= leak, "{file}: leak {:.3} > {leak}", s.leak);
    assert!(
        s.touched <= touched,
        "{file}: {:.3} of PII-free texts touched",
        s.touched
    );
}

/// The bar every corpus is held to.
const BAR: (f64, f64, f64) = (0.92, 0.03, 0.03);

#[test]
fn development_corpus_meets_the_bar() {
    check("holdout.jsonl", BAR);
}

/// The second corpus (`final/final.jsonl`), measured once held out, now a development corpus.
#[test]
fn second_corpus_meets_the_bar() {
    check("final/final.jsonl", BAR);
}

/// The third corpus (`third/third.jsonl`), measured held out twice, now a development corpus.
/// Its leak (3.2 %) is still above the bar's 3 %: this is a regression check at today's level,
/// not a claim that it meets the bar.
#[test]
fn third_corpus_does_not_regress() {
    check("third/third.jsonl", (0.97, 0.035, 0.02));
}

/// The fourth corpus (`fourth/fourth.jsonl`), measured held out, now a development corpus.
#[test]
fn fourth_corpus_meets_the_bar() {
    check("fourth/fourth.jsonl", BAR);
}

/// Never used for tuning: the honest measure of unseen text (see `tests/pii_corpus/README.md`).
#[test]
fn fifth_corpus_meets_the_bar() {
    check("fifth/fifth.jsonl", BAR);
}

/// The sixth corpus (`sixth/sixth.jsonl`: letters, call transcripts, long texts, ALL CAPS,
/// regional languages), measured held out (F1 0.902, leak 0.101), now a development corpus.
#[test]
fn sixth_corpus_meets_the_bar() {
    check("sixth/sixth.jsonl", BAR);
}

/// The seventh corpus (`seventh/seventh.jsonl`: chats, social media, SMS, lower case), never
/// tuned on: only its totals are looked at. Below the bar (first measure F1 0.853, leak 0.139,
/// touched 0.033; 0.900 / 0.056 / 0.050 after two rounds; 0.927 / 0.047 / 0.033 at session
/// 12's start and 0.938 / 0.047 / 0.033 after its rounds on the sixteenth): this holds it to
/// its current level so that no change makes unseen chat-style text worse without notice. It
/// is not a claim that the bar is met.
#[test]
fn seventh_corpus_does_not_regress() {
    check("seventh/seventh.jsonl", (0.93, 0.05, 0.04));
}

/// The eighth corpus (`eighth/eighth.jsonl`: chat exports, social media, reviews, SMS), measured
/// held out (F1 0.782, leak 0.206, touched 0.013), now a development corpus (0.927 / 0.070 /
/// 0.013 after session 11). Below the bar: held to its current level.
#[test]
fn eighth_corpus_does_not_regress() {
    check("eighth/eighth.jsonl", (0.92, 0.075, 0.02));
}

/// The ninth corpus (`ninth/ninth.jsonl`: e-mails, pasted forms, long narratives), never tuned
/// on: measured once held out (F1 0.970, leak 0.024, touched 0.000). Held to that level.
#[test]
fn ninth_corpus_does_not_regress() {
    check("ninth/ninth.jsonl", (0.97, 0.025, 0.01));
}

/// The tenth corpus (`tenth/tenth.jsonl`: call transcripts with values read out, voice
/// dictation, social threads, lists and pipe tables, older writers, formal letters), measured
/// once held out (F1 0.895, leak 0.120, touched 0.195), then the development corpus of the
/// round that read values out and laid names out in tables and threads (0.953 / 0.040 / 0.049
/// after it). Below the bar's leak: held to its current level.
#[test]
fn tenth_corpus_does_not_regress() {
    check("tenth/tenth.jsonl", (0.95, 0.045, 0.05));
}

/// The eleventh corpus (`eleventh/eleventh.jsonl`: petitions with signatory lists, forwarded
/// e-mails and portal exports, third-person narratives with names from every region, very short
/// and very long texts, regional languages, OCR damage, unusual value forms, 92 PII-free texts
/// full of look-alikes), written from the annotation guide alone: measured once held out (F1
/// 0.907, leak 0.070, touched 0.174; only totals looked at), then the development corpus of the
/// round that read tables, RT/RW fields and offices' contact lines (0.980 / 0.024 / 0.022;
/// 0.985 / 0.018 / 0.022 after the round on the twelfth).
#[test]
fn eleventh_corpus_does_not_regress() {
    check("eleventh/eleventh.jsonl", (0.98, 0.02, 0.03));
}

/// The twelfth corpus (`twelfth/twelfth.jsonl`: hotline tickets with field labels in many
/// spellings, letters, e-mails, chats, transcripts, ten regional phrasings, addresses broken
/// across lines, 90 PII-free texts of look-alikes), written from the annotation guide alone:
/// measured once held out (F1 0.933, leak 0.047, touched 0.233; only totals and per-label
/// figures looked at), 0.937 / 0.046 / 0.178 after the round on the eleventh, then the
/// development corpus of the round that finds a name's words mentioned alone, lots after a
/// block, plates after `plat nomor`, a form's RT/RW at the next line, the names after a
/// village's officials, the family name `The` and Batak `tubu` (0.962 / 0.026 / 0.178 after
/// it; 0.974 / 0.020 / 0.000 after session 10). Held to that level.
#[test]
fn twelfth_corpus_does_not_regress() {
    check("twelfth/twelfth.jsonl", (0.97, 0.025, 0.01));
}

/// The thirteenth corpus (`thirteenth/thirteenth.jsonl`: spreadsheet exports, e-mail threads
/// with quoted replies, forwarded WhatsApp messages, voice notes, X/Facebook/Instagram threads,
/// RT letters, OCR'd forms, ten regional languages, 80 PII-free texts dense with look-alikes),
/// written from the annotation guide alone: measured held out at F1 0.901, leak 0.065, touched
/// 0.400, then the development corpus of session 10 (0.965 / 0.034 / 0.075 at its end). Held
/// to that level.
#[test]
fn thirteenth_corpus_does_not_regress() {
    check("thirteenth/thirteenth.jsonl", (0.96, 0.04, 0.08));
}

/// The fourteenth corpus (`fourteenth/fourteenth.jsonl`: letters with letterheads and signature
/// blocks, call-centre transcripts, group chats, comment threads, forum posts, third-person
/// reports, petitions, land disputes, code-mixed regional texts, OCR damage, ALL CAPS,
/// English, 80 PII-free texts), written from the annotation guide alone: measured held out at
/// F1 0.928, leak 0.063, touched 0.150 (the code at session 10's start), then the development
/// corpus of that session's second round (0.976 / 0.019 / 0.037 at its end). Held to that
/// level.
#[test]
fn fourteenth_corpus_does_not_regress() {
    check("fourteenth/fourteenth.jsonl", (0.97, 0.025, 0.04));
}

/// The fifteenth corpus (`fifteenth/fifteenth.jsonl`: reader letters, police-style
/// chronologies, online-loan collection, hospital and BPJS complaints, migrant workers' and
/// pilgrims' passports, social-assistance lists as text and CSV, radio call-ins, handwritten
/// letters, Telegram and YouTube threads, nine regional languages, 80 PII-free texts), written
/// from the annotation guide alone by a helper that read neither the redactor, its docs nor
/// the earlier corpora: measured held out at F1 0.919, leak 0.070, touched 0.138 (the code at
/// session 10's start), 0.949 / 0.055 / 0.050 after that session's rounds on the thirteenth and
/// fourteenth and 0.956 / 0.047 / 0.050 at its end, totals and per-label figures only; then the
/// development corpus of session 11 (0.988 / 0.016 / 0.000 after it). Held to that level.
#[test]
fn fifteenth_corpus_does_not_regress() {
    check("fifteenth/fifteenth.jsonl", (0.98, 0.02, 0.01));
}

/// The sixteenth corpus (`sixteenth/sixteenth.jsonl`: SMS to 1708, voice notes with numbers
/// spoken in words, X threads, Instagram DMs, forwarded e-mail chains, village minutes with
/// attendance tables, utility, courier, transport, tax, civil-service, Hajj and bank complaints,
/// regional languages, 80 PII-free texts), written from the annotation guide alone: measured
/// held out at F1 0.871, leak 0.158, touched 0.175 (session 11's start), unchanged by that
/// session's round on the fifteenth, then the development corpus of sessions 11 and 12 (spoken
/// numbers in pairs and spoken birth years, display names in mail headers, offices' accounts,
/// names before their role in brackets, sign-offs, flats and lots): 0.984 / 0.017 / 0.013.
#[test]
fn sixteenth_corpus_does_not_regress() {
    check("sixteenth/sixteenth.jsonl", (0.975, 0.025, 0.025));
}

/// The seventeenth corpus (`seventeenth/seventeenth.jsonl`: reports by intermediaries, case
/// handlers' notes and dispositions, JSON/CSV/key=value exports pasted as text, mediation records
/// with parties and witnesses, school complaints, numbered aid lists, typos and odd value forms,
/// ALL CAPS, lower case, eight regional languages, English, 80 PII-free texts), written from the
/// annotation guide alone and **never tuned on**: measured held out at F1 0.935, leak 0.048,
/// touched 0.037 (session 12's start), 0.941 / 0.039 / 0.062 after that session's rounds on the
/// sixteenth, 0.946 / 0.037 / 0.062 after its round on the eighteenth and 0.949 / 0.035 / 0.062
/// after session 13's rounds, totals and per-label figures only; 0.955 / 0.023 / 0.062 with
/// session 14's name model (trained on the development corpora only). Below the bar: held to
/// that level.
#[test]
fn seventeenth_corpus_does_not_regress() {
    check("seventeenth/seventeenth.jsonl", (0.95, 0.03, 0.075));
}

/// The eighteenth corpus (`eighteenth/eighteenth.jsonl`: police-style statements, powers of
/// attorney and domicile letters, OCR'd screenshots and KTP/KK scans, chatbot logs, WhatsApp
/// broadcasts, marketplace and online-loan scams, hospital complaints, bilingual texts by
/// migrant workers, eight regional languages, 80 PII-free texts), written from the annotation
/// guide alone: measured held out at F1 0.915, leak 0.059, touched 0.100 (session 12's start)
/// and 0.929 / 0.037 / 0.100 after that session's rounds on the sixteenth, then the
/// development corpus of its last round (OCR'd field names, KTP fields, chatbots, parties in
/// fields, names before where they live, chat answers, broadcasts): 0.984 / 0.016 / 0.037.
#[test]
fn eighteenth_corpus_does_not_regress() {
    check("eighteenth/eighteenth.jsonl", (0.975, 0.025, 0.06));
}

/// The nineteenth corpus (`nineteenth/nineteenth.jsonl`: constituent meetings, press releases,
/// app support tickets, HTML and Markdown pasted from forms, PDF copies, glued mobile typing,
/// inheritance disputes, transport, proxies, English forms, names of many traditions, threads,
/// 80 PII-free texts), written from the annotation guide alone: measured held out at F1 0.952,
/// leak 0.048, touched 0.062 (session 13's start, and unchanged by that session's first rules),
/// then the development corpus of its round (pictographs between cue and name, HTML, Arabic
/// patronymics, birth dates beside names, reported speech, appositives, staff of an office,
/// signatories, names in capitals, plates): 0.978 / 0.022 / 0.025.
#[test]
fn nineteenth_corpus_meets_the_bar() {
    check("nineteenth/nineteenth.jsonl", (0.97, 0.03, 0.03));
}

/// The twentieth corpus (`twentieth/twentieth.jsonl`: Ombudsman complaints, schools, health,
/// land, police, workers, social aid, voice notes, e-mails, forms, regional languages, chats,
/// 80 PII-free texts), written from the annotation guide alone and **never tuned on**: measured
/// held out at F1 0.971, leak 0.027, touched 0.050 at session 13's start and 0.972 / 0.025 /
/// 0.050 after its rounds, totals and per-label figures only; 0.975 / 0.016 / 0.050 with
/// session 14's name model (trained on the development corpora only). Touched above the bar:
/// held to that level.
#[test]
fn twentieth_corpus_does_not_regress() {
    check("twentieth/twentieth.jsonl", (0.97, 0.02, 0.06));
}

/// The twenty-first corpus (`twentyfirst/twentyfirst.jsonl`: Dukcapil, pensions, immigration,
/// tax, village funds, lawyers' letters, disability and elderly care, disaster lists, campuses,
/// KUA, forwarded bank and telco complaints, transcribed handwriting, social posts, SMS, long and
/// short texts; 398 dates of birth in many written forms; 80 PII-free texts full of near-misses),
/// written from the annotation guide alone: measured held out at F1 0.955, leak 0.049, touched
/// 0.212 (session 15), then the development corpus of that session's round: 0.964 / 0.037 /
/// 0.087; in the name model's training since session 16 (0.992 / 0.006 / 0.062, a training-set
/// figure). Touched above the bar: held to that level.
#[test]
fn twentyfirst_corpus_does_not_regress() {
    check("twentyfirst/twentyfirst.jsonl", (0.98, 0.01, 0.07));
}

/// The twenty-second corpus (`twentysecond/twentysecond.jsonl`: school admissions, land, prison
/// visits, labour, utilities, transport, voter lists, health, interview transcripts, forms with
/// English labels, Markdown and JSON, regional languages, ALL CAPS, lower case, long and short
/// texts; 80 PII-free texts), written from the annotation guide alone: measured held out at F1
/// 0.969, leak 0.025, touched 0.125 (session 16, `dccb01e`), then the development corpus of
/// that session's last rounds: 0.983 / 0.011 / 0.013. Not in the name model's training.
#[test]
fn twentysecond_corpus_meets_the_bar() {
    check("twentysecond/twentysecond.jsonl", (0.975, 0.02, 0.02));
}

/// The twenty-third corpus (`twentythird/twentythird.jsonl`: WhatsApp groups, agencies'
/// replies, numbers that are no personal data, eastern Indonesia, hard name forms, comments,
/// English, spreadsheet rows, OCR'd cards, key=value and URLs, businesses, villages, hospitals,
/// universities, SMS, long letters; 80 PII-free texts), written from the annotation guide
/// alone: measured held out at F1 0.922, leak 0.046, touched 0.125 (session 17, `054106f`), then
/// the development corpus of that session's rounds: 0.950 / 0.024 / 0.050. Not in the name
/// model's training. Below the project's target (F1 0.97, leak 2 %): held to its level.
#[test]
fn twentythird_corpus_does_not_regress() {
    check("twentythird/twentythird.jsonl", (0.945, 0.028, 0.06));
}

/// The twenty-fourth corpus (`twentyfourth/twentyfourth.jsonl`: civil-registry corrections,
/// recruitment, vehicle tax, police services, marriage, pensions, scholarships, 112 calls,
/// writers with little schooling, unusual Unicode, neighbours, workplaces, utilities, chat
/// exports, bilingual texts, regional languages; 80 PII-free texts), written from the
/// annotation guide alone: measured held out at F1 0.951, leak 0.029, touched 0.087 (session
/// 18, `2fbbf77`), then the development corpus of that session's round: 0.976 / 0.012 / 0.000.
/// Not in the name model's training.
#[test]
fn twentyfourth_corpus_meets_the_bar() {
    check("twentyfourth/twentyfourth.jsonl", (0.97, 0.02, 0.01));
}

/// Any other annotated corpus in the same format (one that must not be copied into the
/// repository): `LAPOR_PII_CORPUS=path cargo test -p lapor-tests --test pii_quality -- --ignored`.
/// Prints the scores; fails if the variable is unset or the file cannot be read.
#[test]
#[ignore = "needs an external annotated corpus: set LAPOR_PII_CORPUS and run with --ignored"]
fn external_corpus_scores() {
    let path = std::env::var_os("LAPOR_PII_CORPUS")
        .expect("LAPOR_PII_CORPUS must name an annotated JSON Lines corpus");
    let s = measure(std::path::Path::new(&path));
    assert!(s.texts > 0, "no texts");
}

/// The committed weights of the name model are what training on the development corpora gives
/// (`cargo run --release -p lapor-tests --bin pii-train` writes them): a rule, word list or
/// feature changed without retraining fails here.
#[test]
fn the_name_model_is_trained_from_the_development_corpora() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let (trained, summary) =
        lapor_tests::name_model::train(&root.join("pii_corpus")).unwrap_or_else(|e| panic!("{e}"));
    println!("{summary}");
    let committed =
        std::fs::read(root.join("../lapor-core/src/pii/names.model")).expect("names.model");
    assert!(
        trained == committed,
        "lapor-core/src/pii/names.model is stale: run `cargo run --release -p lapor-tests --bin pii-train`"
    );
}
