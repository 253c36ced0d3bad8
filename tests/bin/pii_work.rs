//! `pii-work UNIT SIZE`: builds a text of about SIZE bytes from stress unit UNIT repeated and runs
//! `Redactor::detect` on it once (with an identity and added names, so every rule runs);
//! `pii-work --units` prints how many units there are. `tests/pii_linear.rs` runs it under
//! valgrind to count the instructions `detect` takes at two sizes.

use lapor_core::{Identity, PiiKind, Redactor};

/// Texts made of one unit repeated, each shaped to stress one rule: many names (the same and
/// distinct), endless lists, cue words without values, numbers, addresses, obfuscated e-mails,
/// signatures, slash-joined numbers, a single endless word, a run of stars (a masked e-mail's
/// start: found by the `pii_long` fuzz target), an endless dotted domain, and (unit 18, built
/// in `main`) a name spelled letter by letter followed by the same letters spaced.
const UNITS: usize = 19;

fn unit(kind: usize, i: usize) -> String {
    let syllables = ["ba", "ri", "to", "ka", "su", "ne", "mi", "lo", "da", "wi"];
    let mut n = i;
    let mut w = String::new();
    loop {
        w.push_str(syllables[n % 10]);
        n /= 10;
        if n == 0 {
            break;
        }
    }
    let cap = format!("{}{}", w[..1].to_uppercase(), &w[1..]);
    let n = i as u64;
    match kind {
        0 => "Budi Santoso, Siti Aminah, Ahmad Fauzi dan ".into(),
        1 => "saya Budi Santoso bersama Siti Aminah ".into(),
        2 => format!("saya Budi {cap}an dan Siti {cap}ah, "),
        3 if i == 0 => "Penerima: ".into(),
        3 => format!("Budi {cap}an, "),
        4 => format!("{w}@gmail.com {w} [at] yahoo [dot] com "),
        5 => format!("{} ", i % 10),
        6 => format!(
            "NIK/KK {}/{} ",
            3_201_010_101_900_001 + n,
            3_201_012_001_100_001 + n
        ),
        7 => "a.n. Pak ".into(),
        8 => format!("Jl. {cap} No. {i} RT {} RW {} ", i % 20, i % 9),
        9 => format!("Saya {cap} "),
        10 => format!("0812 3456 {:04} – {cap}\n", i % 10_000),
        11 => format!("{}/", 10_000_000 + i),
        12 => format!("{} {} ", w.to_uppercase(), cap),
        13 => "Kel. Sukamaju Kec. Cibeunying ".into(),
        14 => "Budikabaritosantoso".into(),
        16 => "*".into(),
        17 => format!("{w}.{w}-"),
        _ => format!("Bapak {cap} bin {cap}, Ibu {cap} binti {cap}; "),
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("--units") {
        println!("{UNITS}");
        return;
    }
    let (Some(kind), Some(size)) = (
        args.first().and_then(|a| a.parse::<usize>().ok()),
        args.get(1).and_then(|a| a.parse::<usize>().ok()),
    ) else {
        eprintln!("usage: pii-work UNIT SIZE | pii-work --units");
        std::process::exit(2);
    };
    let mut text = String::new();
    if kind == 18 {
        // A name spelled letter by letter, then the same letters spaced: the index of names
        // found must not make every later letter walk the whole spelled name.
        let half = size / 4;
        text.push('A');
        text.push_str(&"-A".repeat(half));
        text.push_str(&" A".repeat(half));
    }
    let mut i = 0;
    while text.len() < size {
        text.push_str(&unit(kind, i));
        i += 1;
    }
    let identity = Identity::default()
        .with_name("Budi Kabarito Santoso")
        .with_number(PiiKind::Nik, "3201010101900001")
        .with_email("budi.santoso@gmail.com")
        .with_address("Jl. Mawar No. 12 RT 3 RW 4");
    let redactor = Redactor::default()
        .with_identity(identity)
        .add_names(["Siti Aminah"]);
    let spans = redactor.detect(&text);
    println!("{} bytes, {} spans", text.len(), spans.len());
}
