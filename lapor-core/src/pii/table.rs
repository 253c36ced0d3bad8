//! Tables of people: a header row names the columns (`No | Nama | NIK | RT/RW | Tgl Lahir`), and
//! the rows under it hold one person each. A cell's header is its cue: the cells under `Nama`
//! are names, under `RT/RW` or `Alamat` where the person lives, under `Tgl Lahir` or `TTL` dates
//! of birth, whatever the cell says by itself.
//!
//! Four ways of writing a table are read: pipes (`| Nama | NIK |`, Markdown), semicolons
//! (`nama;nik;hp`, a CSV export), quoted cells between commas (`"Nama","NIK"`, a Google Form
//! export) and tabs or runs of spaces (a table pasted from a spreadsheet). In the two CSV forms a
//! quoted cell may hold the separator and line breaks. One pass over the tokens; a table ends at
//! the first line that is not a row of its kind.

use super::lexicon::{self, Cue};
use super::scan::Ctx;
use super::token::{Gap, Tk};

/// What the header says a column holds (the mark on the first token of each data cell).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Column {
    /// Not a data cell's first token, or a column of nothing the rules need.
    None,
    /// `Nama`, `Name`, `nama_pelapor`.
    Name,
    /// `RT/RW`, `Alamat`, `Domisili`.
    Address,
    /// `Tgl Lahir`, `Tanggal Lahir`, `TTL`, `Lahir`.
    Birth,
    /// A value's cue word: `NIK`, `No. KK`, `No. BPJS`, `No. HP`, `NPWP`. The column decides
    /// between values of one shape (a NIK and a KK are both 16 digits).
    Value(Cue),
}

/// How a row separates its cells.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Sep {
    Pipe,
    Semicolon,
    /// `"…","…"`: commas between quoted cells, or between cells with no space around them.
    Comma,
    Wide,
}

/// The cells of a header or data row are at most this many (wider rows are read up to it).
const MAX_COLUMNS: usize = 12;

/// Whether token `k` separates cells in a row of `sep`.
fn is_sep(ctx: &Ctx, k: usize, sep: Sep) -> bool {
    match sep {
        Sep::Pipe => ctx.toks.get(k).is_some_and(|t| t.kind == Tk::Punct('|')),
        Sep::Semicolon => ctx.toks.get(k).is_some_and(|t| t.kind == Tk::Punct(';')),
        Sep::Comma => ctx.toks.get(k).is_some_and(|t| t.kind == Tk::Punct(',')),
        Sep::Wide => false,
    }
}

fn is_quote(ctx: &Ctx, k: usize) -> bool {
    ctx.toks.get(k).is_some_and(|t| t.kind == Tk::Punct('"'))
}

/// The cells (token ranges, separators and a CSV cell's quotes left out) of the row starting
/// at token `a` (ending before `b`), for a row of `sep`: at most [`MAX_COLUMNS`] cells, an empty
/// cell (`;;`) empty. In a CSV row a separator inside quotes is the cell's own text.
fn cells(ctx: &Ctx, a: usize, b: usize, sep: Sep) -> Vec<(usize, usize)> {
    let csv = matches!(sep, Sep::Semicolon | Sep::Comma);
    let unquote = |(mut s, mut e): (usize, usize)| {
        if csv && e > s + 1 && is_quote(ctx, s) && is_quote(ctx, e - 1) {
            s += 1;
            e -= 1;
        }
        (s, e)
    };
    let mut out = Vec::new();
    let mut k = a;
    if sep == Sep::Pipe && is_sep(ctx, a, Sep::Pipe) {
        // The leading pipe opens the first cell.
        k += 1;
    }
    let mut start = k;
    let mut quoted = false;
    while k < b && out.len() < MAX_COLUMNS {
        if csv && is_quote(ctx, k) {
            quoted = !quoted;
        }
        let cell_ends = match sep {
            Sep::Wide => k > start && ctx.gap(k) == Gap::Wide,
            _ => !quoted && is_sep(ctx, k, sep),
        };
        if cell_ends {
            out.push(unquote((start, k)));
            start = if sep == Sep::Wide { k } else { k + 1 };
            // Tabs beyond the first leave cells empty (`ROHMAT<TAB><TAB>0812…`: no e-mail).
            if sep == Sep::Wide {
                let tabs = ctx.gap_text(k).matches('\t').count();
                for _ in 1..tabs {
                    out.push((k, k));
                }
            }
        }
        k += 1;
    }
    if start < b && out.len() < MAX_COLUMNS {
        out.push(unquote((start, b)));
    }
    out
}

/// The separator a line is written with, if it is a row: a leading pipe; two semicolons or
/// more; or two wide gaps or more (a tab between cells).
fn row_sep(ctx: &Ctx, a: usize, b: usize) -> Option<Sep> {
    // A leading pipe (Markdown), or two pipes or more between cells (`No | Nama | Alamat`).
    if is_sep(ctx, a, Sep::Pipe) || (a + 1..b).filter(|&k| is_sep(ctx, k, Sep::Pipe)).count() >= 2 {
        return Some(Sep::Pipe);
    }
    let semicolons = (a..b).filter(|&k| is_sep(ctx, k, Sep::Semicolon)).count();
    if semicolons >= 2 {
        return Some(Sep::Semicolon);
    }
    // `"…","…","…`: a quote opens the line, and two cells or more close with `",`.
    let quoted_commas = (a + 1..b)
        .filter(|&k| is_sep(ctx, k, Sep::Comma) && is_quote(ctx, k - 1) && ctx.glued(k))
        .count();
    // Or commas with no space around them, two or more (`nama,tgl_lahir,alamat`,
    // `Timestamp,Nama,Email,Tgl Lahir`): prose puts a space after its commas (a line of decimal
    // numbers read as a row has no header column, so it marks nothing).
    let bare_commas = (a + 1..b)
        .filter(|&k| is_sep(ctx, k, Sep::Comma) && ctx.glued(k) && ctx.glued(k + 1))
        .count();
    if is_quote(ctx, a) && quoted_commas >= 2 || bare_commas >= 2 {
        return Some(Sep::Comma);
    }
    let wide = (a + 1..b).filter(|&k| ctx.gap(k) == Gap::Wide).count();
    (wide >= 2).then_some(Sep::Wide)
}

/// What a header cell (tokens `a..b`) names. A name column is a person's: `Nama`, `Nama
/// Lengkap`, `Nama Kepala Keluarga`, `nama_pelapor` (the other words are person or function
/// words), not `Nama Kegiatan` or `Nama Toko`.
fn header_column(ctx: &Ctx, a: usize, b: usize) -> Column {
    let mut column = Column::None;
    for k in (a..b).filter(|&k| ctx.is_word(k)) {
        match ctx.s(k).to_ascii_lowercase().as_str() {
            "nama" | "name" | "nm" | "penandatangan" => column = Column::Name,
            "alamat" | "almt" | "address" | "domisili" | "rw" => column = Column::Address,
            // `nama_kpm`: the beneficiary family's (keluarga penerima manfaat) name.
            "lengkap" | "full" | "kpm" => {}
            _ if ctx.cue_at(k) == Some(Cue::Dob) => column = Column::Birth,
            // `No. KK`; but `Nama KK` (the household head's name) is a name.
            _ if ctx
                .cue_at(k)
                .is_some_and(|c| !matches!(c, Cue::NotPii | Cue::NotDob)) =>
            {
                if column != Column::Name {
                    column = ctx.cue_at(k).map_or(Column::None, Column::Value);
                }
            }
            _ if !ctx.in_set(k, lexicon::Set::Business)
                && (ctx.in_set(k, lexicon::Set::Stop)
                    || ctx.in_set(k, lexicon::Set::Kin)
                    || ctx.in_set(k, lexicon::Set::PersonNoun)) => {}
            _ => return Column::None,
        }
    }
    column
}

/// The data cells of every table (token ranges) with their column ([`Column`]).
pub(crate) fn mark(ctx: &Ctx) -> Vec<(usize, usize, Column)> {
    let mut marks = Vec::new();
    // The table being read: its separator and its columns.
    let mut table: Option<(Sep, Vec<Column>)> = None;
    let n = ctx.toks.len();
    let mut a = 0;
    while a < n {
        // The line `a..b`.
        let mut b = a + 1;
        while b < n && ctx.gap(b) != Gap::Line {
            b += 1;
        }
        // A CSV row goes on past the line breaks inside a quoted cell (at most 20 lines; a quote
        // left open longer is a stray one, and the row is its own line).
        if let Some((Sep::Semicolon | Sep::Comma, _)) = table {
            let mut open = (a..b).filter(|&k| is_quote(ctx, k)).count() % 2 == 1;
            let mut e = b;
            let mut lines = 0;
            while open && e < n && lines < 20 {
                lines += 1;
                open ^= is_quote(ctx, e);
                e += 1;
                while e < n && ctx.gap(e) != Gap::Line {
                    open ^= is_quote(ctx, e);
                    e += 1;
                }
            }
            if !open {
                b = e;
            }
        }
        // In a table pasted from a spreadsheet, a row with empty cells may show a single gap.
        let sep = row_sep(ctx, a, b).or_else(|| {
            (matches!(table, Some((Sep::Wide, _)))
                && (a + 1..b).any(|k| ctx.gap(k) == Gap::Wide && ctx.gap_text(k).contains('\t')))
            .then_some(Sep::Wide)
        });
        match (&table, sep) {
            (Some((tsep, columns)), Some(s)) if *tsep == s => {
                for ((start, end), column) in cells(ctx, a, b, s).into_iter().zip(columns) {
                    // `-` is an empty cell (or the rule under a Markdown header).
                    let empty =
                        start == end || ctx.toks.get(start).map(|t| t.kind) == Some(Tk::Punct('-'));
                    if *column != Column::None && !empty {
                        marks.push((start, end, *column));
                    }
                }
            }
            (_, Some(s)) => {
                table = header(ctx, a, b, s).map(|columns| (s, columns));
            }
            (_, None) => table = None,
        }
        a = b;
    }
    marks
}

/// The columns of the header row `a..b`, if it is one: three cells or more, every one words
/// only, one of them a column the rules need.
fn header(ctx: &Ctx, a: usize, b: usize, sep: Sep) -> Option<Vec<Column>> {
    let cells = cells(ctx, a, b, sep);
    if cells.len() < 3 {
        return None;
    }
    let mut columns = Vec::with_capacity(cells.len());
    for (s, e) in cells {
        // Words, and numbers after them (`NIK (16 digit)`).
        let words = ctx.is_word(s)
            && (s..e).all(|k| {
                matches!(
                    ctx.toks.get(k).map(|t| t.kind),
                    Some(
                        Tk::Word
                            | Tk::Num
                            | Tk::Punct('/' | '.' | '_' | '|' | ';' | '(' | ')' | '-' | '?')
                    )
                )
            });
        if !words {
            return None;
        }
        columns.push(header_column(ctx, s, e));
    }
    columns
        .iter()
        .any(|c| *c != Column::None)
        .then_some(columns)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn marked(text: &str) -> Vec<(&str, Column)> {
        let ctx = Ctx::new(text);
        mark(&ctx)
            .into_iter()
            .map(|(a, b, c)| (&text[ctx.toks[a].start..ctx.toks[b - 1].end], c))
            .collect()
    }

    #[test]
    fn three_ways_of_writing_a_table() {
        let tabs = "No\tNama\tRT/RW\tTgl Lahir\n1\tSiti Aminah\t002/008\t18-03-1960\n\nLain.";
        assert_eq!(
            marked(tabs),
            [
                ("Siti Aminah", Column::Name),
                ("002/008", Column::Address),
                ("18-03-1960", Column::Birth)
            ]
        );
        let pipes = "| No | Nama | Alamat |\n|----|----|----|\n| 1 | Tumirah | RT 1 RW 13 |";
        assert_eq!(
            marked(pipes),
            [("Tumirah", Column::Name), ("RT 1 RW 13", Column::Address)]
        );
        let csv = "nama;nik;hp;isi\nm. arfah;7372222504690129;0812;lampu\nBUDI;;0813;idem";
        assert_eq!(
            marked(csv),
            [
                ("m. arfah", Column::Name),
                ("7372222504690129", Column::Value(Cue::Nik)),
                ("0812", Column::Value(Cue::Phone)),
                ("BUDI", Column::Name),
                ("0813", Column::Value(Cue::Phone))
            ]
        );
        // Quoted cells between commas, a separator and a line break inside one.
        let form = "\"Waktu\",\"Nama\",\"No. KK\",\"Isi\"\n\"1/9/24 10:00\",\"Budi\",\
                    \"3105332911193938\",\"Jalan rusak, \nparah\"\n\"2/9/24\",\"Siti\",\"\",\"-\"";
        assert_eq!(
            marked(form),
            [
                ("Budi", Column::Name),
                ("3105332911193938", Column::Value(Cue::Kk)),
                ("Siti", Column::Name)
            ]
        );
        // Commas with no space around them (a CSV export without quotes); prose is no table.
        let bare = "Timestamp,Nama,Email,Tgl Lahir,Kota\n2024-05-11 21:47:48,Heru Purnomo,h@x.id,02/11/1965,Wates";
        assert_eq!(
            marked(bare),
            [
                ("Heru Purnomo", Column::Name),
                ("02/11/1965", Column::Birth)
            ]
        );
        assert!(marked("Nama, NIK, alamat, dan HP saya\nBudi, 3273, Jl. A, 0812").is_empty());
        // A quoted semicolon cell over two lines: the row after it is still read.
        let semi = "waktu;nama;hp\n1/9;Budi;\"a;\nb\"\n2/9;Siti;0812";
        assert_eq!(
            marked(semi),
            [
                ("Budi", Column::Name),
                ("a;\nb", Column::Value(Cue::Phone)),
                ("Siti", Column::Name),
                ("0812", Column::Value(Cue::Phone))
            ]
        );
    }

    #[test]
    fn a_cell_ends_at_its_tables_separator() {
        // Two spaces inside a pipe cell, a semicolon inside a tab cell: still one cell.
        assert_eq!(
            marked("| No | Nama | HP |\n| 1 | Budi  Santoso | 0812 |"),
            [
                ("Budi  Santoso", Column::Name),
                ("0812", Column::Value(Cue::Phone))
            ]
        );
        assert_eq!(
            marked("No\tNama\tAlamat\n1\tSiti; Aminah\tRT 1 RW 2"),
            [
                ("Siti; Aminah", Column::Name),
                ("RT 1 RW 2", Column::Address)
            ]
        );
    }

    #[test]
    fn not_tables() {
        // Two cells, or a header with numbers, or no column the rules need.
        assert!(marked("Nama\t: Budi\nNIK\t: 3201").is_empty());
        assert!(marked("No\tNama\t2024\tHP\n1\tBudi\t5\t0812").is_empty());
        assert!(marked("Kode\tUraian\tJumlah\nA1\tSemen\t5").is_empty());
        // A name column is a person's.
        assert!(marked("No\tNama Kegiatan\tTanggal\n1\tRapat Warga\t18-03-2024").is_empty());
        // `Nama KK` is the household head's name.
        assert_eq!(
            marked("No\tNama KK\tAlamat\n1\tSiti\tRT 1"),
            [("Siti", Column::Name), ("RT 1", Column::Address)]
        );
        // A table ends at a line that is not one of its rows.
        assert!(marked("No\tNama\tHP\nCatatan: Budi datang.").is_empty());
    }
}
