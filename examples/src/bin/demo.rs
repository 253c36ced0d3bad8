//! The main demo: `cargo run -p lapor-examples --bin lapor-demo`.
//!
//! Loads the embedded sample data set (300 reports from Kota Dumai, Kabupaten Musi Rawas,
//! Kabupaten Kutai Timur, Kabupaten Penajam Paser Utara and Kota Bontang, with their agencies)
//! and prints a summary.

fn main() {
    let sample = match lapor_examples::Sample::load() {
        Ok(sample) => sample,
        Err(e) => {
            eprintln!("sample data set: {e}");
            std::process::exit(1);
        }
    };
    let mut out = std::io::stdout().lock();
    if let Err(e) = lapor_examples::demo::run(&sample, &mut out) {
        eprintln!("demo: {e}");
        std::process::exit(1);
    }
}
