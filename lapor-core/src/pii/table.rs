//! Tables of people: a header row names the columns (`No | Nama | NIK | RT/RW | Tgl Lahir`), and
//! the rows under it hold one person each. A cell's header is its cue: the cells under `Nama`
//! are names, under `RT/RW` or `Alamat` where the person lives, under `Tgl Lahir` or `TTL` dates
//! of birth, whatever the cell says by itself.
//!
//! Three ways of writing a table are read: pipes (`| Nama | NIK |`, Markdown), semicolons
//! (`nama;nik;hp`, a CSV export) and tabs or runs of spaces (a table pasted from a spreadsheet).
//! One pass over the tokens; a table ends at the first line that is not a row of its kind.

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
}

/// How a row separates its cells.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Sep {
    Pipe,
    Semicolon,
    Wide,
}

/// The cells of a header or data row are at most this many (wider rows are read up to it).
const MAX_COLUMNS: usize = 12;

/// Whether token `k` separates cells in a row of `sep`.
fn is_sep(ctx: &Ctx, k: usize, sep: Sep) -> bool {
    match sep {
        Sep::Pipe => ctx.toks.get(k).is_some_and(|t| t.kind == Tk::Punct('|')),
        Sep::Semicolon => ctx.toks.get(k).is_some_and(|t| t.kind == Tk::Punct(';')),
        Sep::Wide => false,
    }
}

/// The cells (token ranges, separators left out) of the line starting at token `a` (ending
/// before `b`), for a row of `sep`: at most [`MAX_COLUMNS`] cells, an empty cell (`;;`) empty.
fn cells(ctx: &Ctx, a: usize, b: usize, sep: Sep) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut k = a;
    if sep == Sep::Pipe {
        // The leading pipe opens the first cell.
        k += 1;
    }
    let mut start = k;
    while k < b && out.len() < MAX_COLUMNS {
        let cell_ends = match sep {
            Sep::Wide => k > start && ctx.gap(k) == Gap::Wide,
            _ => is_sep(ctx, k, sep),
        };
        if cell_ends {
            out.push((start, k));
            start = if sep == Sep::Wide { k } else { k + 1 };
        }
        k += 1;
    }
    if start < b && out.len() < MAX_COLUMNS {
        out.push((start, b));
    }
    out
}

/// The separator a line is written with, if it is a row: a leading pipe; two semicolons or
/// more; or two wide gaps or more (a tab between cells).
fn row_sep(ctx: &Ctx, a: usize, b: usize) -> Option<Sep> {
    if is_sep(ctx, a, Sep::Pipe) {
        return Some(Sep::Pipe);
    }
    let semicolons = (a..b).filter(|&k| is_sep(ctx, k, Sep::Semicolon)).count();
    if semicolons >= 2 {
        return Some(Sep::Semicolon);
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
            "lengkap" | "full" => {}
            _ if ctx.cue_at(k) == Some(Cue::Dob) => column = Column::Birth,
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
        let sep = row_sep(ctx, a, b);
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
        let words = (s..e).all(|k| {
            matches!(
                ctx.toks.get(k).map(|t| t.kind),
                Some(Tk::Word | Tk::Punct('/' | '.' | '_' | '|' | ';' | '(' | ')' | '-'))
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
            [("m. arfah", Column::Name), ("BUDI", Column::Name)]
        );
    }

    #[test]
    fn a_cell_ends_at_its_tables_separator() {
        // Two spaces inside a pipe cell, a semicolon inside a tab cell: still one cell.
        assert_eq!(
            marked("| No | Nama | HP |\n| 1 | Budi  Santoso | 0812 |"),
            [("Budi  Santoso", Column::Name)]
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
        // A table ends at a line that is not one of its rows.
        assert!(marked("No\tNama\tHP\nCatatan: Budi datang.").is_empty());
    }
}
