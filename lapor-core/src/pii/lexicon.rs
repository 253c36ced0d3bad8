//! Word lists: cue words, honorifics, name particles, the stop-list that ends a name, street
//! designators, months, institutional e-mail and account words, plate region codes.
//!
//! Every lookup is case-insensitive and allocation-free: a word is lower-cased into a small stack
//! buffer (non-ASCII words never match a list, all of which are ASCII).

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

/// A small, fast hasher for the word lists (short ASCII keys, not attacker-chosen collisions
/// that matter: the lists are fixed). The default SipHash dominated the scan's profile.
#[derive(Default, Clone, Copy)]
pub(crate) struct WordHasher(u64);

impl Hasher for WordHasher {
    fn finish(&self) -> u64 {
        // The final mix of MurmurHash3, so that the low bits (the bucket) depend on every byte.
        let mut h = self.0;
        h ^= h >> 33;
        h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
        h ^= h >> 33;
        h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
        h ^ (h >> 33)
    }

    fn write(&mut self, bytes: &[u8]) {
        // Eight bytes at a time (words are short: one to three rounds).
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut w = [0u8; 8];
            w.copy_from_slice(c);
            self.mix(u64::from_le_bytes(w));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut w = [0u8; 8];
            w[..rest.len()].copy_from_slice(rest);
            self.mix(u64::from_le_bytes(w) ^ ((rest.len() as u64) << 59));
        }
    }
}

impl WordHasher {
    fn mix(&mut self, v: u64) {
        self.0 = (self.0.rotate_left(23) ^ v).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

/// Lower-cases an ASCII word of at most 24 bytes into `buf`, as bytes.
pub(crate) fn lower_bytes<'b>(word: &str, buf: &'b mut [u8; 24]) -> Option<&'b [u8]> {
    let bytes = word.as_bytes();
    if bytes.len() > buf.len() || !word.is_ascii() {
        return None;
    }
    for (d, s) in buf.iter_mut().zip(bytes) {
        *d = s.to_ascii_lowercase();
    }
    buf.get(..bytes.len())
}

/// Lower-cases an ASCII word of at most 24 bytes into `buf`.
pub(crate) fn lower<'b>(word: &str, buf: &'b mut [u8; 24]) -> Option<&'b str> {
    let bytes = word.as_bytes();
    if bytes.len() > buf.len() || !word.is_ascii() {
        return None;
    }
    for (d, s) in buf.iter_mut().zip(bytes) {
        *d = s.to_ascii_lowercase();
    }
    std::str::from_utf8(&buf[..bytes.len()]).ok()
}

/// The word lists, each a bit in a word's flags ([`word_flags`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Set {
    /// [`STOP`]
    Stop,
    /// [`HONORIFIC`]
    Honorific,
    /// [`ROLE`]
    Role,
    /// [`KIN`]
    Kin,
    /// [`PLACE_BEFORE_NAME`]
    PlaceBeforeName,
    /// [`STREET_DESIGNATOR`]
    StreetDesignator,
    /// [`HAMLET_DESIGNATOR`]
    HamletDesignator,
    /// [`AREA_WORD`]
    AreaWord,
    /// [`NAME_PARTICLE_LOWER`]
    NameParticleLower,
    /// [`NAME_ABBREV`]
    NameAbbrev,
    /// [`INSTITUTIONAL_LOCAL`]
    InstitutionalLocal,
    /// [`OFFICE`]
    Office,
    /// [`MONTH`]
    Month,
    /// [`PLATE_REGION`]
    PlateRegion,
    /// [`NAME_TOO`]
    NameToo,
    /// [`GIVEN_NAME`]
    GivenName,
    /// [`SURNAME`]
    Surname,
    /// [`HERO`]
    Hero,
    /// [`PERSON_NOUN`]
    PersonNoun,
    /// [`NAME_CUE`]
    NameCue,
    /// The value cues ([`CUE_LISTS`]).
    ValueCue,
    /// [`PLACE`]
    Place,
    /// [`AREA_LEVEL`]
    AreaLevel,
    /// [`INNER_TITLE`]
    InnerTitle,
    /// [`CHINESE_SURNAME`]
    ChineseSurname,
    /// [`BUSINESS`]
    Business,
    /// [`ROLE_HEAD`]
    RoleHead,
    /// [`TERRITORIAL_ROLE`]
    TerritorialRole,
    /// [`ADDRESS_WORD`]
    AddressWord,
    /// [`CONTACT_WORD`]
    ContactWord,
    /// [`ROLE_WORD`]
    RoleWord,
    /// [`FIRST_PERSON`]
    FirstPerson,
    /// [`STREET_END`]
    StreetEnd,
    /// [`BIRTH_ORDER`]
    BirthOrder,
    /// [`NOT_PLATE_AFTER`]
    NotPlateAfter,
    /// [`THANKS`]
    Thanks,
    /// [`CLOSING`]
    Closing,
    /// [`NAME_WORD`]
    NameWord,
    /// [`NAME_AFTER_STRONG`]
    NameAfterStrong,
    /// [`NAME_AFTER_WEAK`]
    NameAfterWeak,
    /// [`AFTER_CLOSING`]
    AfterClosing,
    /// [`NAME_WHOSE`]
    NameWhose,
    /// [`DATE_AGAINST`]
    DateAgainst,
    /// [`PEOPLE_HEAD`]
    PeopleHead,
    /// [`HAND_OVER`]
    HandOver,
    /// [`SUPPLY`]
    Supply,
}

impl Set {
    /// The bit of this list in a word's flags.
    pub(crate) const fn bit(self) -> u64 {
        1 << (self as u64)
    }
}

/// Every list with its words.
const LISTS: [(Set, &str); 45] = [
    (Set::Stop, STOP),
    (Set::Honorific, HONORIFIC),
    (Set::Role, ROLE),
    (Set::Kin, KIN),
    (Set::PlaceBeforeName, PLACE_BEFORE_NAME),
    (Set::StreetDesignator, STREET_DESIGNATOR),
    (Set::HamletDesignator, HAMLET_DESIGNATOR),
    (Set::AreaWord, AREA_WORD),
    (Set::NameParticleLower, NAME_PARTICLE_LOWER),
    (Set::NameAbbrev, NAME_ABBREV),
    (Set::InstitutionalLocal, INSTITUTIONAL_LOCAL),
    (Set::Office, OFFICE),
    (Set::Month, MONTH),
    (Set::PlateRegion, PLATE_REGION),
    (Set::NameToo, NAME_TOO),
    (Set::GivenName, GIVEN_NAME),
    (Set::Surname, SURNAME),
    (Set::Hero, HERO),
    (Set::PersonNoun, PERSON_NOUN),
    (Set::NameCue, NAME_CUE),
    (Set::Place, PLACE),
    (Set::AreaLevel, AREA_LEVEL),
    (Set::InnerTitle, INNER_TITLE),
    (Set::ChineseSurname, CHINESE_SURNAME),
    (Set::Business, BUSINESS),
    (Set::RoleHead, ROLE_HEAD),
    (Set::TerritorialRole, TERRITORIAL_ROLE),
    (Set::AddressWord, ADDRESS_WORD),
    (Set::ContactWord, CONTACT_WORD),
    (Set::RoleWord, ROLE_WORD),
    (Set::FirstPerson, FIRST_PERSON),
    (Set::StreetEnd, STREET_END),
    (Set::BirthOrder, BIRTH_ORDER),
    (Set::NotPlateAfter, NOT_PLATE_AFTER),
    (Set::Thanks, THANKS),
    (Set::Closing, CLOSING),
    (Set::NameWord, NAME_WORD),
    (Set::NameAfterStrong, NAME_AFTER_STRONG),
    (Set::NameAfterWeak, NAME_AFTER_WEAK),
    (Set::AfterClosing, AFTER_CLOSING),
    (Set::NameWhose, NAME_WHOSE),
    (Set::DateAgainst, DATE_AGAINST),
    (Set::PeopleHead, PEOPLE_HEAD),
    (Set::HandOver, HAND_OVER),
    (Set::Supply, SUPPLY),
];

/// All the word lists in one table: lower-case word → the bits of the lists that hold it, with a
/// cheap pre-filter on the length and the first and last letters (most words of a text are in
/// no list). The scan looks each word up once ([`super::scan::Ctx`] keeps the flags per token).
struct Lexicon {
    words: HashMap<&'static [u8], u64, BuildHasherDefault<WordHasher>>,
    /// Per first letter (`a`–`z`, then any other byte), the lengths of the words that start with it.
    lengths: [u32; 27],
    lasts: u32,
}

/// Index of a first letter in [`Lexicon::lengths`].
fn first_index(b: u8) -> usize {
    let b = b.to_ascii_lowercase();
    if b.is_ascii_lowercase() {
        usize::from(b - b'a')
    } else {
        26
    }
}

/// Bit of a lower-case ASCII letter (other bytes share bit 31).
fn letter_bit(b: u8) -> u32 {
    if b.is_ascii_lowercase() {
        1 << (b - b'a')
    } else {
        1 << 31
    }
}

fn lexicon() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(|| {
        let mut lex = Lexicon {
            words: HashMap::default(),
            lengths: [0; 27],
            lasts: 0,
        };
        for (set, words) in LISTS {
            for w in words.split_whitespace().map(str::as_bytes) {
                if let Some(&b) = w.first() {
                    lex.lengths[first_index(b)] |= 1 << w.len().min(31);
                }
                lex.lasts |= w.last().map_or(0, |&b| letter_bit(b));
                *lex.words.entry(w).or_default() |= set.bit();
            }
        }
        for (cue, words) in CUE_LISTS {
            let code = CUES
                .iter()
                .position(|&c| c == cue)
                .map_or(0, |i| i as u64 + 1);
            for w in words.split_whitespace().map(str::as_bytes) {
                if let Some(&b) = w.first() {
                    lex.lengths[first_index(b)] |= 1 << w.len().min(31);
                }
                lex.lasts |= w.last().map_or(0, |&b| letter_bit(b));
                *lex.words.entry(w).or_default() |= Set::ValueCue.bit() | code << CUE_SHIFT;
            }
        }
        lex
    })
}

/// The lists (as [`Set`] bits) that hold `word`, in any case; 0 for most words.
pub(crate) fn word_flags(word: &str) -> u64 {
    let lex = lexicon();
    let b = word.as_bytes();
    let (Some(&first), Some(&last)) = (b.first(), b.last()) else {
        return 0;
    };
    if lex.lengths[first_index(first)] & (1 << b.len().min(31)) == 0
        || lex.lasts & letter_bit(last.to_ascii_lowercase()) == 0
    {
        return 0;
    }
    let mut buf = [0u8; 24];
    lower_bytes(word, &mut buf)
        .and_then(|w| lex.words.get(w).copied())
        .unwrap_or(0)
}

/// Defines the constant `$list`: a space-separated word list, tagged [`Set::$set`].
macro_rules! word_set {
    ($fn_name:ident, $set:ident, $list:ident, $doc:literal, $words:literal) => {
        #[doc = $doc]
        const $list: &str = $words;
    };
}

/// Whether `word` (any case) is in the list `set`.
pub(crate) fn in_list(word: &str, set: Set) -> bool {
    word_flags(word) & set.bit() != 0
}

word_set!(
    is_stop,
    Stop,
    STOP,
    "Words that are never part of a person's name: function words, pronouns, kinship and role \
     nouns, institutions and place words, cue words, greetings, frequent complaint vocabulary, \
     months and days.",
    "seleksi operasi sumur keselamatan kpm serikat aliansi mapel produksi postingan balasan pengirim acara pemeriksaan pernyataan bot chatbot asisten user pihak konfirmasi online yamaha honda suzuki kawasaki \
     forum quote tuli kelompok paguyuban komunitas tionghoa keamanan perkenalkan sebaliknya berikut \
     daihatsu toyota mitsubishi nissan wuling vespa henteu teu kersa daek kada kadada handak \
     tabe danke sauhagolo tengkyu tuhan buddhaya gojek grab anteraja ninja shopee tokopedia lazada indrive xpress express \
     notulis notulen tani santi fotokopi fotocopy fc salinan presenter pemirsa redaksi kiriman sesuai geuh swastiastu swastyastu shanti santih hrs lain nomer enik nick sih penelepon penyiar \
     koordinator kelas samaran withheld tag meterai materai dalan sa sekna lae budak mamak kula \
     kulo pambakal silakan silahkan bidang kategori potongan catat domisili negeri dosen bungsu \
     sulung tunggal kandung tiri katolik kristen \
     protestan rahajeng yang yg dan dgn di ke dari dr pada untuk utk dengan oleh atau serta juga karena krn sebab \
     jika kalau klo bila agar supaya sehingga tetapi tapi namun padahal sedangkan walaupun \
     meskipun sejak hingga sampai selama ketika saat waktu setelah sebelum sesudah lalu kemudian \
     akan sudah sdh udah telah belum blm masih msh sedang lagi pun itu ini tersebut tsb sini situ \
     sana ada adalah ialah yaitu yakni merupakan tidak tdk gak ga nggak ngga enggak tak bukan \
     jangan sangat sekali banget amat lebih kurang paling terlalu cukup hanya cuma saja aja semua \
     seluruh setiap tiap para beberapa banyak sedikit bagi tentang terhadap kepada kpd buat sama \
     per via antara atas bawah dalam luar depan belakang samping sekitar dekat jauh apakah \
     bagaimana kenapa mengapa kapan dimana siapa apa berapa mana sebagai selaku sendiri pernah \
     sering selalu kadang baru kemarin besok sekarang kini nanti tadi dulu secara seperti bahwa \
     oh eh ya yah dong deh sih kok pula tolong mohon harap segera maaf permisi hormat tanpa \
     sekitarnya bersama beserta dst dll dsb cs mereka saya sy aku ku kami kita anda dia ia beliau \
     kamu engkau gue gua gw nya mu kalian hamba ayah ibu bapak anak suami istri isteri adik kakak abang \
     kakek nenek paman bibi mertua menantu cucu keponakan sepupu tetangga teman rekan sahabat \
     saudara ipar ortu orang tua keluarga warga pelapor terlapor korban pasien siswa murid \
     mahasiswa pegawai petugas oknum pejabat pengurus pemilik penjual pembeli sopir supir \
     pengemudi kurir pedagang guru dokter bidan perawat polisi tentara satpam kepala ketua \
     sekretaris bendahara staf staff karyawan buruh nelayan petani lansia balita bayi janda yatim \
     rt rw lurah kades camat carik sekdes kadus bupati walikota wali gubernur presiden menteri \
     direktur kapolsek kapolres kapolda babinsa bhabinkamtibmas kadis kabid kasi kasubag kepsek \
     anggota dprd dpr admin min mimin operator pak bu pengelola pimpinan atasan bos manajer kasir \
     teller tukang masyarakat penduduk rakyat peserta nasabah pelanggan penerima pemohon ahli \
     waris pns asn honorer tni polri ojol ojek dinas kantor kelurahan kecamatan desa dusun \
     kabupaten kab kota provinsi prov kel kec pemkot pemkab pemprov pemda pemerintah rsud rsup \
     rsu rs rumah sakit puskesmas posyandu klinik polres polsek polda bank pt cv sd smp sma smk \
     sdn smpn sman smkn mts sekolah universitas kampus pasar jalan jl jln gang gg perum perumahan \
     komplek kompleks komp blok no nomor nmr masjid gereja balai gedung lapangan taman terminal \
     stasiun bandara pelabuhan jembatan sungai kali pantai gunung bpjs bpbd bulog pln pdam dishub \
     dukcapil disdukcapil samsat imigrasi kpu kpk ombudsman lapor kementerian kemensos kemenkes \
     kemendikbud kominfo diskominfo satpol pp uptd upt opd bumn bumd koperasi indonesia negara \
     republik nasional daerah pusat wilayah kawasan barat timur utara selatan tengah raya lama km \
     toko warung kios apotek pondok pesantren yayasan lembaga badan jakarta kantornya dukuh \
     lingkungan nik kk ktp npwp hp wa whatsapp telp tlp telepon telpon email surel rekening rek \
     norek paspor passport nip kis jkn kip pkh bst blt bansos sim stnk bpkb nopol plat ttl lahir \
     tgl tanggal alamat akun ig instagram twitter tiktok fb facebook kontak identitas data nama \
     bernama namanya kartu sertifikat ijazah surat dokumen berkas formulir aplikasi website \
     kendaraan motor mobil truk angkot bus bis yth terhormat halo hallo hai assalamualaikum wr wb \
     salam selamat pagi siang sore malam terima kasih terimakasih makasih tks thanks thx \
     pelayanan layanan publik umum mau ingin hendak bisa dapat harus perlu boleh minta meminta \
     melapor melaporkan laporan mengadu mengadukan pengaduan aduan keluhan mengeluh mengeluhkan \
     menanyakan bertanya tanya tinggal bekerja kerja kehilangan hilang tertunda ditunda terlambat \
     telat rusak mati macet mampet banjir meninggal wafat menikah pindah datang pergi pulang hari \
     minggu bulan tahun jam pukul kecewa keberatan bingung resah khawatir takut marah senang \
     sedih susah sulit mudah mahal murah gratis bayar membayar dibayar biaya tagihan uang dana \
     gaji tunjangan pensiun bantuan merasa dirugikan tertipu ditipu penipuan pungli pungutan liar \
     sopan kasar jelas langsung benar salah baik buruk jelek parah berat ringan besar kecil \
     panjang pendek tinggi rendah penuh kosong terbuka tutup buka pakai memakai menggunakan punya \
     memiliki mempunyai memang dirawat berobat kuliah lulus menunggu dicek cek urus mengurus \
     membuat bikin daftar mendaftar terdaftar tercatat ditolak menolak diterima menerima \
     tersangka pelaku mengenai terkait perihal hal soal masalah kasus kejadian peristiwa lokasi \
     tempat rumahnya kampung sehat tahu tau lihat melihat dengar mendengar kata bilang bicara \
     berkata mengatakan menyatakan asli sah resmi palsu ambil antar angkat bawa beli jual cari \
     coba diam dorong duduk gali ganti hapus hidup hitung ikut isi jaga jatuh jawab jemput \
     kembali kenal kirim kumpul lari lewat lupa main makan masuk minum mulai naik turun nonton \
     panggil pikir pilih pinjam potong putus rasa rawat rekam sewa simpan suruh tanam tarik \
     tangkap tahan tembak tidur tiba tolak tulis tunggu ubah ukur usir antri antre ngantri nunggu \
     transfer setor tagih tunda cabut blokir aktif nonaktif ajukan kena dipungut bantu balas \
     respon respons tanggapi tindak lanjut tindaklanjut ditindak ditindaklanjuti proses diproses \
     selesai beres gagal berhasil sukses ulang sempat terus tetap aman asal bersih kotor bau \
     sayah gitu anu eee imel pinjol subuh pekerjaan diduga dapodik mauliate pemberi kuasa \
     busuk cepat lambat gelap terang sepi ramai rame panas dingin basah kering keras licin miskin \
     kaya muda padat sempit lebar curang jujur korup lalai sibuk capek lelah lapar haus berani \
     kesal heran malu pasrah wajib penting darurat mendesak ilegal hamil cacat difabel \
     disabilitas air listrik lampu jalanan selokan got drainase sampah longsor pohon tiang kabel \
     trotoar parkir tanah lahan sawah kebun obat akta izin pajak pbb retribusi denda honor \
     subsidi beras minyak gas elpiji lpg bbm bensin solar pupuk ongkos aparat kereta pesawat \
     internet sinyal jaringan sistem prosedur syarat antrian antrean jadwal kabar berita video \
     foto bukti saksi pengadilan hukum aturan peraturan kebijakan program proyek pembangunan \
     perbaikan kontraktor material aspal beton semen pasir batu lubang genangan kemacetan \
     kecelakaan kebakaran pencurian korupsi narkoba judi miras premanisme preman ormas demo \
     bising asap limbah polusi debu nyamuk tikus anjing kucing ternak sapi kambing ayam satu dua \
     tiga empat lima enam tujuh delapan sembilan sepuluh puluh ratus ribu juta miliar pertama \
     kedua ketiga hampir sekian semuanya segala berbagai seorang sebuah agak bahkan malah apalagi \
     justru tentu pasti mungkin barangkali kira katanya sepertinya ternyata akhirnya jadi maka \
     demi sekalian begitu begini demikian seharusnya harusnya mestinya semestinya sebenarnya \
     jarang pemberitahuan penjelasan sosialisasi tanggapan jawaban solusi keadilan kepastian \
     perhatian sekadar bertemu ketemu menemui kecamatannya belakangan barusan dahulu anaknya \
     suaminya istrinya ibunya ayahnya tanahnya uangnya datanya orangnya tolonglah mohonlah \
     sekolahnya juni mendapat nyata rasanya sebulan setahun seminggu sehari semalam kemarinnya \
     pensiunan veteran peternak pengusaha wiraswasta mahasiswi santri pkk wanita karang \
     taruna driver pemulung pengamen tunawisma anak-anak ibu-ibu januari februari pebruari maret \
     april mei juli agustus september oktober november nopember desember jan feb mar apr jun jul \
     agu agt ags agst sep sept okt nov des senin selasa rabu kamis jumat sabtu ahad the and of to \
     in is my name from with for at on by this that am are was phone number account please \
     wassalam wassalamualaikum assalamu alaikum collector debt regards pls trims umur usia udh blg bilang \
     menurut oke ok okay iya iyaa betul hm hmm nah wah terakhir utang hutang buku awal tabungan \
     klien regional inspektorat tembusan arsip perwakilan cabang kanwil melalui lewat matur \
     nuwun suwun hatur nuhun punten sampurasun suksma monggo mangga nggih kulo wonten ingkang \
     saking sampun mboten dalem titiang tiyang ulun pian awak nan samo juo indak urang \
     tarimo kasiah horas mejuah tabik wilujeng enjing rumiyin rumiyen badhe nyuwun ngaturaken \
     ttd tertanda sebentar admisi igd poli taspen asabri perumda bapenda bappeda bkpsdm bkd \
     bpkad bpn bps bnn bnpb dpmptsp disnaker dinkes disdik dispenda kemenag kejari kejati \
     damkar basarnas ketenagakerjaan tegur menegur \
     jgn sm jg bs bsk kmrn td tdi bkn spt gk lg nih tuh yaa bgt bngt bener beneran emg emang \
     gmn gimana knp tlg mksh makasi info hub cp japri dm pm gan sis bro guys wkwk wkwkwk hehe \
     haha btw otw sya aq ak dpt msh udah skrg pdhl pdahal krna dlm dri tp trs sdg kl kalo call \
     catatan keterangan status update kronologi hasil judul isi lampiran pesan pertanyaan \
     ringkasan kesimpulan saran permintaan tuntutan harapan note notes \
     marga sekcam angkasa pertamina telkom pelindo pegadaian bulog damri pelni indosat \
     telkomsel anonim anonymous null none dirahasiakan menyusul sent subject kagak sing ngaku bade \
     ngawadul perkawis bapa mama nyak"
);

word_set!(
    is_honorific,
    Honorific,
    HONORIFIC,
    "Honorifics and titles that introduce a name but are not part of it.",
    "bapak bpk pak ibu ibuk bu sdr sdri sdra saudara saudari mas mbak mba bang kak haji h hj \
     hajjah hajah ustaz ustadz ustad ustadzah ustazah kyai kiai kh dr drg ir drs dra prof tn ny \
     nn nona nyonya tuan om tante mbah eyang cak ning uda uni daeng pdt romo pastor suster kang \
     teh ceu bli mbok koh cik opung ompu gus nyai mr mrs ms miss alm almh almarhum almarhumah \
     aipda aiptu bripka brigadir briptu bripda ipda iptu akp kompol akbp kombes serka sertu \
     serda koptu praka pratu kapten letnan kopral sersan enyak encang encing engkong akong \
     engkoh inang amang ompung julak acil nini uwak wak opa oma tete mak mang bung dadong jero \
     kaka usi ito inyiak angku uwo dik teteh akang raden puang habib bude pakde bulik paklik \
     lik angah dek pa madam mdm sir ners ko ci cici nyong mpok babe etek tanta pace mace brigpol bharada bharatu bharaka abripda abriptu abrip irjen \
     brigjen letda lettu letkol kolonel serma pelda peltu prada kopda kopka"
);

word_set!(
    is_role,
    Role,
    ROLE,
    "Roles that may sit between an honorific and a name (`Pak RT Joko`, `Bu Lurah Sri`).",
    "rt rw lurah kades camat carik sekdes kadus bupati walikota wali gubernur kepala desa dusun \
     kadis kapolsek babinsa kepsek guru dokter bidan ketua satpam sopir supir mantri dukun polisi \
     direktur menteri presiden dosen pendeta sekolah kasi kabid kasubag sekretaris bendahara haji \
     ustadz ustaz kyai wakil kaur kasun kepling kaling kolektor marketing sekcam bayan kamituwo \
     modin kelian pekaseh geuchik keuchik kumtua jaksa hakim notaris"
);

word_set!(
    is_kin,
    Kin,
    KIN,
    "Kinship and relation nouns: `ayah saya X`, `tetangga saya X`.",
    "ayah ibu bapak anak suami istri isteri adik kakak abang kakek nenek paman bibi om tante \
     mertua menantu cucu keponakan sepupu tetangga teman rekan sahabat saudara ipar ortu putra \
     putri pacar kerabat atasan bos majikan mantan almarhum almarhumah kakaknya adiknya anaknya \
     ayahnya ibunya suaminya istrinya father mother son daughter wife husband brother sister \
     uncle aunt neighbour neighbor grandfather grandmother cousin nephew niece dad mom mum \
     grandpa grandma mbah simbah meme \
     apak amak abah \
     ema emak enyak babe uwak indo indoku tanggi tatangga kenalan lae mama bapa uma budak \
     inang amang"
);

word_set!(
    is_place_before_name,
    PlaceBeforeName,
    PLACE_BEFORE_NAME,
    "Words before an honorific or a name particle that make the name a place or an institution \
     (`Jl. Teuku Umar`, `RSUP Dr. Sardjito`).",
    "jl jln jalan gg gang lr lrg lorong rs rsd rsu rsud rsup rsupn rspad rsal rsau rsj rsi rsia rsab \
     sakit universitas univ bandara kereta pesawat \
     stadion masjid museum lapangan taman gedung pelabuhan terminal stasiun makam monumen yayasan \
     sd smp sma smk sdn smpn sman smkn mts mi ma sekolah pondok ponpes kampus institut politeknik \
     akademi puskesmas klinik apotek toko pt cv ud kapal kri komplek kompleks komp perum \
     perumahan desa kelurahan kecamatan kabupaten kota kel kec kab dusun dsn kampung kp asrama \
     rusun galeri pasar hotel wisma aula jembatan bendungan waduk tol kawasan pantai gunung bukit \
     pulau rsj rsk lapas rutan mall plaza tugu graha balai stikes uin iain unit ruang kelas \
     fakultas gelanggang arena cafe kafe restoran rumah pt."
);

word_set!(
    is_street_designator,
    StreetDesignator,
    STREET_DESIGNATOR,
    "Street, complex and hamlet designators that start an address.",
    "jl jln jalan gg gang lr lrg lorong perum perumahan komp kompleks komplek btn dusun dsn jorong kp \
     kampung asrama apartemen apt rusun rusunawa griya villa vila cluster klaster dukuh banjar \
     lingk lingkungan link"
);

word_set!(
    is_hamlet_designator,
    HamletDesignator,
    HAMLET_DESIGNATOR,
    "Designators of a hamlet or complex, where RT/RW alone (without a house number) makes an \
     address.",
    "dusun dsn jorong kp kampung perum perumahan komp kompleks komplek btn dukuh banjar lingk \
     lingkungan rusun rusunawa asrama griya link"
);

word_set!(
    is_area_word,
    AreaWord,
    AREA_WORD,
    "Area-level words that end an address (`Kel.`, `Kec.`, `Desa`…) — never inside one.",
    "kel kelurahan kec kecamatan desa ds kab kabupaten kota kodya prov provinsi kode pos kodepos \
     nagari distrik gampong rt rw km kilometer dekat depan belakang samping sebelah seberang arah menuju simpang \
     perempatan pertigaan ujung sepanjang sekitar kawasan wilayah kelurahannya daerah yang dan di \
     ke dari sejak mohon sudah tidak masih belum ada itu ini tersebut saya kami nomor no nmr blok \
     kav kavling rumah karena untuk dengan pada atau naik rusak mampet banjir gelap mati macet \
     jalan"
);

word_set!(
    is_name_particle_lower,
    NameParticleLower,
    NAME_PARTICLE_LOWER,
    "Lower-case particles inside a name: Arabic `bin`/`binti`, Batak `br`/`boru`, Dutch `van`, \
     Portuguese `da` / `dos` (Flores and Timor: `Aloysius da Costa`).",
    "bin binti bt br boru van der de al el dg da dos"
);

word_set!(
    is_name_abbrev,
    NameAbbrev,
    NAME_ABBREV,
    "Abbreviated name parts written with a dot: `Muh.`, `Abd.`, `St.` (Sitti), `Moh.`, Minang \
     `Dt.` (Datuak, an adat title inside the name).",
    "muh moh mhd muhd mhmd abd st sy syech nur ach ahm fx yb th ag ign ig dt"
);

word_set!(
    is_institutional_local,
    InstitutionalLocal,
    INSTITUTIONAL_LOCAL,
    "E-mail local parts of an office, not a person (`pengaduan@`, `info@`, `humas@`).",
    "pengaduan info informasi humas admin administrator cs halo hallo contact kontak layanan kring \
     helpdesk support sekretariat setda redaksi ppid noreply no-reply customercare callcenter \
     hello office kantor pelayanan care customer service marketing sales hrd hr recruitment \
     rekrutmen lapor aduan inbox mail webmaster postmaster tu tatausaha umum dinas bpbd dukcapil \
     disdukcapil kominfo diskominfo puskesmas rsud sekolah desa kelurahan kecamatan pemkot pemkab \
     pemprov kontakkami hubungi privacy legal media press ombudsman bantuan help keluhan saran \
     feedback"
);

word_set!(
    is_office,
    Office,
    OFFICE,
    "Offices and services whose phone numbers are not a person's.",
    "kantor kelurahan kecamatan dinas center centre hotline layanan pengaduan puskesmas rs rsud \
     rsup polsek polres polda pemadam damkar ambulans ambulan pln pdam cs customer service \
     informasi darurat posko sekretariat humas kementerian samsat imigrasi klinik apotek sekolah \
     kampus balai pemkot pemkab pemprov kominfo bpbd basarnas ombudsman lapor toko pt cv \
     callcenter fax faks kelurahannya kantornya instansi kemenag dukcapil disdukcapil bpjs \
     dinsos dinkes disdik dishub kemensos kemenkes bapenda satpol bpn bappeda disnaker badan \
     inspektorat pengadilan kejaksaan rektorat kanim lbh universitas politeknik poltekkes \
     institut akademi satgas pusdalops"
);

word_set!(
    is_month,
    Month,
    MONTH,
    "Month names and abbreviations (Indonesian and English).",
    "januari februari pebruari maret april mei juni juli agustus september oktober november \
     nopember desember jan feb peb mar apr jun jul agu agt ags agst agus aug sep sept okt oct nov \
     nop des dec january february march may june july august october december"
);

word_set!(
    is_plate_region,
    PlateRegion,
    PLATE_REGION,
    "Vehicle plate region codes (Polri): one or two letters.",
    "a b d e f g h k l m n p r s t w z aa ab ad ae ag ba bb bd be bg bh bk bl bm bn bp da db dc \
     dd de dg dh dk dl dm dn dp dr ds dt dw ea eb ed kb kh kt ku pa pb pg ps pt py ri"
);

word_set!(
    is_name_too,
    NameToo,
    NAME_TOO,
    "Stop words that are also given names or name parts (`Cucu Sumiati`, `Lim Mei Ling`, \
     `Maruli Tua Sihombing`): inside a name when capitalised and followed by a further name word.",
    "cucu mei juni juli april tua muda putri putra sehat selamat bulan cahaya intan melati bunga \
     indah mawar untung sabar kasih"
);

/// Institutional words inside a social-media handle (`@lapor1708`, `@pln_123`,
/// `@humas_polri`): such accounts are not a natural person.
pub(crate) fn is_institutional_handle(handle: &str) -> bool {
    // One string, not an array of them (the pointers of an array do not compress).
    const LONG: &str =
        "lapor humas dinas dinsos dinkes disdik dishub dukcapil kominfo kemen pemkot pemkab \
         pemprov pemda polri polda polres polsek bpbd bpjs pdam ombudsman kpk kpu bawaslu \
         satpol puskesmas rsud samsat imigrasi pertamina telkom indihome jasamarga kemensos \
         kemenkes setneg setkab presiden jokowi prabowo gubernur bupati walikota dprd kelurahan \
         kecamatan official_ _official_ gov info bnpb bmkg bulog kai121 kai_121 pln bri bni \
         mandiri bankbca halobca goid kabupaten provinsi pemerintah damkar basarnas tni dpr \
         kemdikbud kemnaker kemenag kemenkeu kemlu kemendagri kemenpan ditjen pupr bpn atr ojk \
         ojkindonesia bp2mi bpom bkn bps bnn bappeda bappenas sapawarga commuterline \
         transjakarta posindonesia jne jnt sicepat anteraja kai mrt damri pelni pt dki prov \
         helpdesk puslapdik taspen asabri korlantas kemdikti ri";
    // A government account ends with `RI` in capitals: `@Kemdikbud_RI`, `@DitjenPajakRI`.
    let raw = handle.trim_start_matches('@');
    // A company's customer-care account: `@TokopediaCare`, `@xl_care`.
    if raw.len() > 4 && (raw.ends_with("Care") || raw.to_ascii_lowercase().ends_with("_care")) {
        return true;
    }
    if raw.ends_with("_RI")
        || raw
            .strip_suffix("RI")
            .and_then(|r| r.chars().last())
            .is_some_and(|c| c.is_ascii_lowercase())
    {
        return true;
    }
    let mut buf = [0u8; 24];
    let Some(h) = lower(raw, &mut buf) else {
        return false;
    };
    LONG.split_whitespace().any(|w| {
        if w.len() <= 3 {
            // Short acronyms only as a whole part: `pln_123`, `kpk_ri`, not `apln`; or in
            // capitals before a capitalised word (`DKIJakarta`, `PT_TransJakarta`).
            h.split(|c: char| !c.is_ascii_alphabetic())
                .any(|part| part == w)
                || (h.starts_with(w)
                    && h[w.len()..]
                        .bytes()
                        .next()
                        .map_or(true, |c| !c.is_ascii_alphabetic()))
                || (raw.len() > w.len()
                    && raw.as_bytes()[..w.len()].eq_ignore_ascii_case(w.as_bytes())
                    && raw.as_bytes()[..=w.len()]
                        .iter()
                        .all(u8::is_ascii_uppercase))
        } else {
            h.contains(w)
        }
    })
}

/// What a cue word before a value says about it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Cue {
    Nik,
    Kk,
    Npwp,
    Phone,
    Bank,
    Passport,
    Bpjs,
    Card,
    Nip,
    Dob,
    Plate,
    /// A word that makes the number something else (amount, regulation, ticket, SPBU, NPSN,
    /// km, postal code, customer number).
    NotPii,
    /// A date word that is not a birth date (`sejak`, `kejadian`).
    NotDob,
}

/// The value cues, each with its words (lower case, one token each; two-word cues are in
/// [`pair_cue`]). A word is in one list only (a test checks it). The lexicon gives each word the
/// [`Set::ValueCue`] bit and its cue's number ([`cue_of`]), so a token's flags, looked up once
/// when the text is scanned, say which cue it is.
const CUE_LISTS: [(Cue, &str); 13] = [
    (Cue::Nik, "ktp nik ektp kependudukan"),
    (Cue::Kk, "kk"),
    (Cue::Npwp, "npwp pajak"),
    (
        Cue::Phone,
        "hp wa fax nmr sms tel tlp wha faks nohp telp tlfn tlpn phone kontak mobile ponsel \
         telfon telpon hubungi selular seluler telepon whatsap whatsapp dihubungi handphone \
         landline cellphone",
    ),
    (
        Cue::Bank,
        "bca bjb bni bpd bri bsi btn rek bank btpn cimb ocbc niaga norek panin jenius account \
         bukopin danamon mandiri maybank permata seabank muamalat rekening sinarmas",
    ),
    (Cue::Passport, "paspor pasport passport"),
    (Cue::Bpjs, "jkn kis bpjs askes jamkesmas kesehatan"),
    (Cue::Card, "card kartu"),
    (Cue::Nip, "asn nip pns nipppk"),
    (
        Cue::Dob,
        "dob lhr ttl born lair birth lahia lahir labir lekad miyos tubu birthday kelahiran \
         dilahirkan tgllahir lahlr lohir birthdate lhir lahr lhar",
    ),
    (
        Cue::Plate,
        "bus plat tnkb truk mobil motor nopol pelat angkot polisi platnya mobilnya motornya \
         nopolnya kendaraan kendaraannya bernopol scooter motorbike motorcycle vehicle plate car",
    ),
    (
        Cue::NotPii,
        "km pp rp se sk uu hal idr nib nim nis npm pmk pos sim ayat bpkb imei kode nisn npsn \
         resi spbu stnk aduan biaya harga idpel mesin meter order pasal perda perka tarif \
         tiket faktur inpres kepmen perbup pergub permen perwal rangka rupiah serial ticket \
         undang halaman invoice keppres laporan perpres pesanan sebesar senilai tracking \
         pelanggan permenkes permenpan permendagri",
    ),
    (
        Cue::NotDob,
        "jam batas mulai pukul sejak wafat hingga sampai kemarin menikah tenggat terjadi \
         deadline diajukan kejadian meninggal dilaporkan diserahkan",
    ),
];

/// Where a word's cue sits in its flags: the cue's index in [`CUES`] plus one (0: no cue).
const CUE_SHIFT: u32 = 48;

/// The bits of a word's flags that say which value cue it is.
pub(crate) const CUE_BITS: u64 = Set::ValueCue.bit() | 0xf << CUE_SHIFT;

/// Every cue, in the order of [`Cue`]'s variants.
const CUES: [Cue; 13] = [
    Cue::Nik,
    Cue::Kk,
    Cue::Npwp,
    Cue::Phone,
    Cue::Bank,
    Cue::Passport,
    Cue::Bpjs,
    Cue::Card,
    Cue::Nip,
    Cue::Dob,
    Cue::Plate,
    Cue::NotPii,
    Cue::NotDob,
];

/// The cue of a word with these flags ([`word_flags`]), if it is one.
pub(crate) fn cue_of(flags: u64) -> Option<Cue> {
    let code = (flags >> CUE_SHIFT) & 0xf;
    usize::try_from(code)
        .ok()
        .and_then(|c| c.checked_sub(1))
        .and_then(|c| CUES.get(c).copied())
}

/// The cue of one word, in any case (the scan reads a token's from its flags: `Ctx::cue_at`).
#[cfg(test)]
pub(crate) fn word_cue(w: &str) -> Option<Cue> {
    cue_of(word_flags(w))
}

/// The cue of a two-word phrase (both lower case), if any: `kartu keluarga`, `no ktp`,
/// `nomor induk`, `atas nama` is not numeric.
pub(crate) fn pair_cue(first: &str, second: &str) -> Option<Cue> {
    Some(match (first, second) {
        ("kartu", "keluarga") | ("no", "kk") | ("family", "card") => Cue::Kk,
        ("nomor", "induk") | ("induk", "kependudukan") | ("national", "id") => Cue::Nik,
        ("tax", "id") => Cue::Npwp,
        ("induk", "pegawai") => Cue::Nip,
        ("tanggal" | "tgl", "lahir") => Cue::Dob,
        // The birth certificate is a document: a date near it is when it was applied for.
        ("akta" | "akte", "kelahiran") => Cue::NotDob,
        ("nomor" | "no" | "bernomor", "polisi") => Cue::Plate,
        ("nomor" | "no", "surat") => Cue::NotPii,
        ("kode", "pos") => Cue::NotPii,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_before_a_name_pass_the_scan_look() {
        for w in NAME_AFTER_STRONG
            .split_whitespace()
            .chain(NAME_AFTER_WEAK.split_whitespace())
        {
            assert!(
                may_take_name_after(w.chars().count(), w.as_bytes()[0]),
                "{w}"
            );
        }
    }

    #[test]
    fn every_first_person_word_is_a_name_cue() {
        // `names::after_cues` looks at a word only when the name-cue list holds it.
        for w in FIRST_PERSON.split_whitespace() {
            assert!(in_list(w, Set::NameCue), "{w}");
        }
    }

    #[test]
    fn the_lists_leave_room_for_the_cue_code() {
        // Every list's bit sits below the cue's number in a word's flags.
        let top = LISTS
            .iter()
            .map(|(set, _)| *set as u32)
            .chain([Set::ValueCue as u32])
            .max();
        assert!(top.is_some_and(|t| t < CUE_SHIFT));
    }

    #[test]
    fn every_cue_word_has_one_cue() {
        let mut seen = std::collections::HashSet::new();
        for (cue, words) in CUE_LISTS {
            for w in words.split_whitespace() {
                assert!(seen.insert(w), "{w} is in two cue lists");
                assert_eq!(word_cue(w), Some(cue), "{w}");
                assert!(in_list(w, Set::ValueCue));
                // One token each: small letters only.
                assert!(w.bytes().all(|b| b.is_ascii_lowercase()), "{w}");
            }
        }
        assert_eq!(
            seen.len(),
            CUE_LISTS
                .iter()
                .map(|(_, w)| w.split_whitespace().count())
                .sum::<usize>()
        );
        assert_eq!(word_cue("NIK"), Some(Cue::Nik));
        assert_eq!(word_cue("miyos"), Some(Cue::Dob));
        assert_eq!(word_cue("budi"), None);
        assert!(!in_list("Budi", Set::ValueCue));
        // A cue word keeps its other lists (`lahir` is a stop word too).
        assert!(in_list("lahir", Set::Stop) && word_cue("lahir") == Some(Cue::Dob));
        assert_eq!(pair_cue("kartu", "keluarga"), Some(Cue::Kk));
        assert_eq!(pair_cue("nomor", "surat"), Some(Cue::NotPii));
    }

    #[test]
    fn lookups_are_case_insensitive() {
        assert!(in_list("Yang", Set::Stop));
        assert!(in_list("YANG", Set::Stop));
        assert!(!in_list("Budi", Set::Stop));
        assert!(!in_list("Ponimin", Set::Stop));
        assert!(in_list("Bapak", Set::Honorific));
        assert!(in_list("HJ", Set::Honorific));
        assert!(in_list("Jl", Set::StreetDesignator));
        assert!(in_list("Okt", Set::Month));
        assert!(in_list("DK", Set::PlateRegion));
        assert!(!in_list("UU", Set::PlateRegion));
        assert!(!in_list("Ëlise", Set::Stop));
        assert!(!in_list(
            "averyveryveryverylongwordthatdoesnotfit",
            Set::Stop
        ));
    }

    #[test]
    fn institutional_handles() {
        assert!(is_institutional_handle("@lapor1708"));
        assert!(is_institutional_handle("@LAPOR1708"));
        assert!(is_institutional_handle("@pln_123"));
        assert!(is_institutional_handle("@humas_polri"));
        assert!(!is_institutional_handle("@weni.official"));
        assert!(!is_institutional_handle("@tioridapurba"));
        assert!(!is_institutional_handle("@budi_santoso88"));
        assert!(!is_institutional_handle("@apln"));
        assert!(is_institutional_handle("@taspen_official"));
        assert!(is_institutional_handle("@kemdiktisaintek.ri"));
        assert!(is_institutional_handle("@korlantas_signal"));
        assert!(!is_institutional_handle("@rinai_hujan"));
        // An officer's own account is a person's.
        assert!(!is_institutional_handle("@polisiganteng"));
    }

    #[test]
    fn cues() {
        assert_eq!(word_cue("nik"), Some(Cue::Nik));
        assert_eq!(word_cue("rp"), Some(Cue::NotPii));
        assert_eq!(pair_cue("kartu", "keluarga"), Some(Cue::Kk));
        assert_eq!(word_cue("budi"), None);
    }
}

word_set!(
    is_given_name,
    GivenName,
    GIVEN_NAME,
    "Common Indonesian given names (Javanese, Sundanese, Batak, Minang, Bugis, Balinese, \
     Christian, Chinese-Indonesian, Arabic-origin), written from general knowledge. A capitalised \
     run of name words that starts with one of them reads as a person's name. Words that are also \
     ordinary vocabulary (`Indah`, `Bunga`, `Putri`, `Jaya`) are left out.",
    "agus budi bambang joko slamet sri siti dewi rina wahyu eko dwi hadi hari heru hendra hendro \
     iwan yudi yuli yulia yuni yanti yati yayuk sutrisno sugeng sumarno suparman supriyadi \
     suprapto sutarno sukirman sukardi sumardi suwarno tukiman ngatijo paijo sarmi sarinah \
     sumiati suminah tuminah painem parmi wagiman wagiyo warsito wiwik endang ratna retno rini \
     rita anik anis ninik nunuk tutik titik tuti umi wulan yeni yenny yuyun puji purwanto \
     susanto susilo sulastri suharto sutanto subagyo sudarmo sudarsono sugiarto sugianto adi \
     agung andi anton arif aris arief benny bowo danang dani dian dimas doni dodi edi edy erwin \
     fajar feri ferry gilang guntur hendri indra irwan lukman mulyadi nanang novi nur nurul rudi \
     rudy ruslan sandi sigit taufik teguh tono toni wawan wahyudi yoga yogi yusuf zainal asep \
     ujang dede cecep dadang dadan deden euis iis enok neneng nining elis imas iyus ucup aep \
     engkos enjang oman omay rohman yayat yadi hendi wendi rahmat maruli sahat togar poltak tigor \
     bonar martua hotman tiur butet ucok yusrizal syafrizal zulkifli zulfikar syamsul rusli \
     asril nasrul darmawan efendi effendi rizal nofrizal erianto jasman syafri syamsuddin \
     burhanuddin nasaruddin saharuddin tajuddin hamzah baso besse sitti putu made wayan nyoman \
     ketut kadek komang gede nengah yohanes johanes yohana johana maria marta paulus petrus \
     yosef yosep yoseph yakobus markus lukas matius thomas tomas stefanus fransiskus agustinus \
     antonius benediktus bernadus dominikus ignatius kornelius kristian kristina kristin \
     magdalena elisabet elisabeth agnes angela anastasia imanuel immanuel samuel gabriel rafael \
     mikael michael david jefri jeffry rikardo ricky robert frans hendrik willem albert alfons \
     yunus yosua yeremia debora ester priskila lidia febri marthen melkias obaja nikolas \
     nikodemus zakeus yance oktovianus benyamin kasimirus siprianus aloysius gregorius \
     wilhelmus hironimus yustinus muhammad muhamad mohammad mohamad ahmad achmad abdul abdullah \
     abdurrahman ali usman hasan husein husin hussein ibrahim ismail ilyas idris musa harun \
     sulaiman hamid rahman rahim hidayat fatimah khadijah zainab maryam halimah aminah salmah \
     rohmah sofyan syaiful saiful syahrul fauzi fauzan faisal fahri rizki rizka reza rendi \
     rendy randi riski rio roni ronny rosa rosita rosmini sarah selvi silvia sinta susi susan \
     susanti suryani tania tari tina tini vina vivi wati wenny widya winarti yohan yuliani \
     yuliati yulianti yunita zaenal zulkarnain nining ningsih nia nisa novia nanda lina lisa \
     lilis linda lia leni lani kiki kurnia kartini juwita jumiati jamilah irma indri ika ida \
     ibnu hana haryanto hartini hasanah helmi henny herman heri hesti evi eva erna ernawati erni \
     elly eli dina desi deni dewanto darmi citra cici bella ayu astuti asih arini anita anisa \
     anggi angga andri andre andika amir alfian aldi ahmadi adit aditya abdi wahid wahyuni \
     triyono tarmizi sutisna sumarni sukarti subekti suhendra suherman suhardi sugiono sudirjo \
     sriyani slamat siswanto samsul samsudin rusdi rosidah ridwan ratih purnama priyanto \
     prasetyo paryono nurhadi nuraini nugraha muslimin mulyono marwan mardiyah kusnadi kasmin \
     kasim juned jono jumadi ismail inah hamdani gunadi firdaus fikri fadli dewantoro daryono \
     cahyono budiman bachtiar ardi andreas anwar aminah amin akbar ahmadi agustina agustin ade \
     yanto darto karto parto wiryo sukirno sukino sumadi tukijo tugiman tumini jumini juminten \
     sukijan paimin painah ngadiman ngatiyem kliwon legiman lasmi lastri marni mursid sakinah \
     siswoyo waginah wakijo warno warsini wartini yatno dimyati dirgantara dimitri dirhamsyah"
);

word_set!(
    is_surname,
    Surname,
    SURNAME,
    "Common Indonesian family names and marga (Batak, Minahasa, Maluku, Papua, NTT, \
     Chinese-Indonesian, Javanese and Sundanese last names), written from general knowledge. A \
     capitalised run of name words that ends with one of them reads as a person's name.",
    "siregar nasution harahap lubis hasibuan simanjuntak sitompul hutagalung hutapea sihombing \
     silaban simatupang sinaga situmorang sitorus pardede manurung panjaitan pasaribu simbolon \
     sembiring ginting tarigan purba saragih damanik girsang nainggolan napitupulu marpaung \
     matondang siahaan sianturi simamora sihotang tambunan tampubolon lumbantobing lumbangaol \
     hutabarat hutauruk aritonang rajagukguk gultom naibaho sidabutar sidauruk samosir sinurat \
     silalahi manullang sagala sibarani pakpahan butarbutar nababan batubara daulay rangkuti \
     pulungan dalimunthe ritonga sumampouw mandagi wowor tambuwun lontoh rondonuwu sondakh \
     sumual walangitan warouw kaunang kawilarang mamahit pandean runtuwene tangkilisan \
     tumbelaka wenas lengkong lumintang rotty supit tuwaidan pinontoan paat pangkey \
     pattiradjawane latuconsina tuasikal ohorella pattinasarany sahetapy manuhutu siahaya \
     tehupeiory pelupessy huwae lewerissa sapulette wattimena tomasoa wanggai yoku waromi \
     kogoya tabuni wonda murib enembe karubaba rumbewas mandowen ayomi sawaki korwa kafiar awom \
     sroyer wayoi rumkorem yikwa magai gobai pigai tebai degei pekei fanggidae tefa nenobais \
     manafe ndoen dethan lakapu nubatonis taneo tualaka tanuwijaya wijaya widjaja gunawan halim \
     salim santoso tanoto kusuma hadinata lukito tjandra liem oey kwee tjoa setiawan kurniawan \
     hidayat saputra saputri wibowo nugroho prasetyo prasetya wijayanto handayani lestari \
     rahayu wulandari permana hermawan firmansyah suryana sumirat kusnadi mulyana sopandi \
     sukmana saepudin susilowati purnamasari hutasoit sirait panggabean simorangkir hutajulu \
     pohan harianja ompusunggu manik bangun sinulingga perangin-angin pinem kaban barus surbakti \
     kembaren tamba sitanggang munthe sinambela tobing marbun situngkir hombing sihite \
     setiadi budiman hartono susanti kartika rachman rahman hakim syahputra siswanto \
     wicaksono utomo sutanto piliang sikumbang chaniago caniago jambak pilieng"
);

word_set!(
    is_hero,
    Hero,
    HERO,
    "Name words of national heroes and figures that streets, airports, hospitals and \
     universities are named after (`Ahmad Yani`, `Gatot Subroto`, `Ngurah Rai`): a run of capitals \
     with one of them and no person cue is a place.",
    "yani subroto sudirman diponegoro bonjol hasanuddin pattimura antasari thamrin kartini \
     sutomo soetomo soekarno sukarno hatta juanda wahidin sudirohusodo soepomo supratman \
     dewantara gajah mada hayam wuruk sisingamangaraja rasuna fachrudin gunawarman tendean \
     perdanakusuma adisucipto adisutjipto rai kusumanegara cokroaminoto tjokroaminoto \
     ratulangi monginsidi martadinata riyadi sumoharjo sartika dhien dien kartasasmita \
     mangkunegara hamengkubuwono djuanda tirtayasa natsir hamka sjahrir syahrir wolter \
     malahayati asyari dahlan kahar muzakir"
);

word_set!(
    is_person_noun,
    PersonNoun,
    PERSON_NOUN,
    "Roles and occupations that a person's name is put in apposition to (`Operator sekolah, \
     X,`) or follows with `-nya` (`Pengemudinya X`).",
    "petugas staf staff operator pemilik penilai bendahara kasir koordinator penyidik satpam \
     guru dokter bidan perawat sekdes oknum pengemudi sopir supir tetangga atasan mandor \
     kontraktor pemimpin pimpinan ketua kepala pengurus pendamping penarik pelaksana pengawas \
     panitia pegawai karyawan kurir agen makelar calo rentenir penagih pengelola pengacara \
     notaris bos manajer penjual pedagang pemborong tukang kades lurah camat kadus sekcam wali \
     asn pns honorer representative penyuluh pembina pelatih sekretaris direktur kepsek admin \
     teller marketing debt collector kolektor juru kaur kasi kabid kasubag ustadz ustaz \
     pendeta polisi penjaga pemandu penanggung penyelenggara pengantar pengepul tengkulak \
     bidannya gurunya pemiliknya pemohon penerima peserta pasien nasabah pelanggan korban \
     saksi klien guy officer employer landlord driver clerk pekerja buruh bayi kids child \
     children neighbour neighbor tenant nurse teacher friend colleague"
);

word_set!(
    is_name_cue,
    NameCue,
    NAME_CUE,
    "Words that may introduce a name besides the role words of [`ROLE_HEAD`], honorifics, kin \
     words and words in `-nya`: a cheap pre-check before the name-cue rule (`names::cue_at`).",
    "nama namanya namaku bernama berinisial pelapor terlapor pengadu name identitas a an saya sy \
     aku kami \
     ku kula i'm mama bapa mamak adikku kakakku suamiku istriku ayahku ibuku anakku sa nami \
     namo jeneng jenengku jenenge asmane kulo abdi tiang titiang ulun beta gue ane aye ambo \
     named signature si lon ulon kaula am ya'o iyau iyya sebagai as alias als saksi penerima \
     pemesan korban pelaku mengaku ini sengko engko sayah sya aq gw simkuring"
);

word_set!(
    is_first_person,
    FirstPerson,
    FIRST_PERSON,
    "`saya` and its spellings and regional forms: Javanese `kula` / `kulo`, Nias `ya'o`, Mandar \
     and Bugis `iyau` / `iyya`, Sundanese `abdi` / \
     `simkuring`, Balinese `tiang` / `titiang`, Banjar `ulun`, Minang `ambo`, eastern `beta` / \
     `sa`, Madurese `sengko'` / `engko'`, Betawi `gue` / `ane` / `aye`, chat `gw` / `aq`, English `I'm`.",
    "saya sayah sy sya aq aku ku gw gue ane aye kula kulo abdi simkuring ambo tiang titiang \
     ulun beta sa i'm lon ulon kaula ya'o iyau iyya sengko engko"
);

word_set!(
    is_street_end,
    StreetEnd,
    STREET_END,
    "Words that end a street's name besides the area levels: the parts of an address after the \
     name and the function words of the sentence around it.",
    "kode pos kodepos rt rw km kilometer di ke dari dan yang itu ini tersebut karena untuk \
     dengan pada atau saya kami sejak"
);

word_set!(
    is_birth_order,
    BirthOrder,
    BIRTH_ORDER,
    "The second word of a Balinese name particle after `I` / `Ni`: birth-order names and caste \
     titles (`Ni Luh`, `I Made`, `I Gusti`, `I Dewa`).",
    "luh made wayan putu kadek komang nyoman ketut nengah gusti dewa gede ketu"
);

word_set!(
    is_not_plate_after,
    NotPlateAfter,
    NOT_PLATE_AFTER,
    "Words after which a letter-digit code is a block, room, class or type, not a plate (`Blok \
     B 12 A`, `Kelas A 1 B`), or a booking or voucher code (`Kode booking G7687X`).",
    "blok no nomor kav lantai lt ruang kelas unit tower gedung golongan gol tipe type seri booking \
     kode voucher promo"
);

word_set!(
    is_thanks,
    Thanks,
    THANKS,
    "Thanks and requests that end a message after the writer's name (`… Budi. Thanks`).",
    "thanks thank thx tks trims trmks makasih terimakasih pls please mksh"
);

word_set!(
    is_closing,
    Closing,
    CLOSING,
    "One-word closings before a signature (`Salam,` / `Suksma,` / `Regards,`).",
    "salam wassalam regards terimakasih makasih hormatku suksma maturnuwun thanks trims tks thx \
     mksh"
);

word_set!(
    is_name_word,
    NameWord,
    NAME_WORD,
    "Words that say a name follows (`nama`, `bernama`, `pelapor`), also Javanese and Sundanese \
     `nami` / `jeneng` / `asmane`, Minang `namo`, and on the phone `panjangnya` (`Semi, \
     panjangnya Semuel Tuhumury`).",
    "nama namanya namaku bernama berinisial pelapor terlapor pengadu name nami namo jeneng \
     jenengku \
     jenenge asmane panjangnya lengkapnya named signature"
);

word_set!(
    is_name_after_strong,
    NameAfterStrong,
    NAME_AFTER_STRONG,
    "Prepositions and verbs after which capitalised words are surely a person (`milik Budi`, \
     `oleh Sri`, `menemui Pak …`, `Menurut Debora, …`); the verbs of reported speech (`\"…,\" \
     ujar Suminah`, `tutur Sarinah`, `imbuh Markus`); passive verbs whose agent follows without \
     `oleh` (`dijual Jumberi Rifani`, `dipukul Yanto`, `dikemudikan Syahrial`); Javanese `dening` \
     (= `oleh`).",
    "milik punya suruhan ttd oleh kepada kpd menemui melaporkan mengadukan dikelola dimiliki \
     menurut rumah kata ppat ujar ujarnya tutur tuturnya ucap ungkap ungkapnya imbuh imbuhnya \
     terang papar paparnya tegas tegasnya keluh keluhnya kisah kisahnya dijual dikuasai diambil \
     dipukul ditipu diancam dibentak dimarahi dihina dipalak diperas disuruh dianiaya ditampar \
     ditendang dilecehkan digelapkan dikemudikan dikendarai diklaim dening"
);

/// The cheap look `names::after_prepositions` takes before looking a word up: every word of
/// [`NAME_AFTER_STRONG`] and [`NAME_AFTER_WEAK`] passes it (a test checks, so a longer word added
/// to a list is not silently skipped).
pub(crate) fn may_take_name_after(chars: usize, first: u8) -> bool {
    (3..=11).contains(&chars)
        && matches!(
            first.to_ascii_lowercase(),
            b'm' | b'p' | b's' | b't' | b'o' | b'k' | b'd' | b'b' | b'a' | b'u' | b'r' | b'i'
        )
}

word_set!(
    is_name_after_weak,
    NameAfterWeak,
    NAME_AFTER_WEAK,
    "Prepositions after which capitalised words may be a person (`bersama Budi`, `dari Sri`).",
    "dari bersama dengan adalah biasanya sama untuk utk"
);

word_set!(
    is_after_closing,
    AfterClosing,
    AFTER_CLOSING,
    "Particles and words of address after a closing (`Matur nuwun sanget.`, `Makasih min.`, \
     `Terima kasih banyak, Pak.`).",
    "sanget min lah banyak ya kak pak bu mas mbak"
);

word_set!(
    is_place,
    Place,
    PLACE,
    "The words of Indonesia's province, regency and city names (the Kemendagri region list, \
     levels 1 and 2), without the generic ones (`Barat`, `Raya`, `Kepulauan`) and those that are \
     also given names or family names (`Bima`, `Agam`, `Intan`, `Tanjung`, `Samosir`): a capitalised place is no person (`Kepala Dinas \
     Pendidikan Banyumas`, `Kendari, 2 Juli 2024`, `Tembusan: Ketua DPRD Denpasar`).",
    "aceh alor ambon anambas asahan asmat badung balangan bali balikpapan bandung banggai \
     bangka bangkalan bangli banjar banjarbaru banjarmasin banjarnegara bantaeng banten bantul \
     banyuasin banyumas banyuwangi barito barru batam batang batanghari bedagai bekasi belitung \
     bengkalis bengkayang bengkulu berau biaro binjai bintan bintuni bireuen bitung blitar \
     blora boalemo bogor bojonegoro bolaang bolango bombana bondowoso bontang boven boyolali \
     brebes bukittinggi buleleng bulukumba bulungan bumbu buol buton ciamis cianjur cilacap \
     cilegon cimahi cirebon dairi deiyai demak denpasar depok dharmasraya digoel dogiyai dompu \
     donggala dumai enim enrekang flores garut gayo gianyar gorontalo gowa gresik grobogan \
     gunungkidul gunungsitoli halmahera hasundutan humbang ilir indragiri indramayu jabung \
     jakarta jambi jawa jayapura jayawijaya jember jembrana jeneponto jepara jombang kaimana \
     kalimantan kampar kapuas karanganyar karangasem karawang karimun kartanegara katingan \
     kayong kebumen kediri keerom kendal kendari kepahiang kerinci ketapang klaten klungkung \
     kolaka komering konawe kotabaru kotamobagu kotawaringin kuantan kudus kuningan kupang \
     kutai labuhanbatu lamandau lamongan lampung landak langkat langsa lawas lebak lebong \
     lematang lembata lhokseumawe linggau lombok lues lumajang luwu madiun magelang magetan \
     mahakam majalengka majene makassar malaka malang malinau maluku mamasa mamberamo mamuju \
     manado mandailing manggarai manokwari mappi maros mataram maybrat medan melawi mempawah \
     mentawai merangin meranti merauke mesuji mimika minahasa mojokerto mongondow morotai \
     morowali moutong muaro mukomuko murung musi nabire nagan nagekeo natuna ndao nduga ngada \
     nganjuk ngawi nias numfor nunukan ogan pacitan padang padangsidimpuan pakpak palangkaraya \
     palembang palopo pamekasan pandeglang pangandaran pangkajene pangkal paniai papua parepare \
     pariaman parigi pasaman pasangkayu paser pasuruan payakumbuh pegunungan pekalongan \
     pekanbaru pelalawan pemalang pematangsiantar penajam penukal pesawaran pesisir pidie \
     pinrang pohuwato polewali ponorogo pontianak poso prabumulih pringsewu probolinggo progo \
     purbalingga purwakarta purworejo raijua rappang rawas rembang riau rokan salatiga \
     samarinda sambas sampang sanggau sangihe sarmi sarolangun sawahlunto sekadau \
     selayar seluma semarang serang serdang seruyan siak sibolga sidenreng sidoarjo sijunjung \
     sikka simalungun simeulue singingi singkawang singkil sinjai sintang situbondo sleman \
     solok soppeng sorong sragen subang subulussalam sukabumi sukamara sukoharjo sulawesi \
     sumatera sumba sumbawa sumedang sumenep sungai supiori surabaya surakarta tabalong tabanan \
     tagulandang takalar talaud taliabu tambrauw tamiang tana tangerang tanggamus tanimbar \
     tanjungbalai tapanuli tapin tarakan tasikmalaya tebing tegal teluk temanggung \
     tenggara ternate tidore tidung timor tinggi toba tojo toli tolikara tomohon toraja \
     trenggalek tual tuban tulang tulungagung wajo wakatobi waropen wondama wonogiri wonosobo \
     yahukimo yalimo yapen yogyakarta"
);

word_set!(
    is_area_level,
    AreaLevel,
    AREA_LEVEL,
    "The words that name an area level (`Kel.`, `Kecamatan`, `Desa`, `Kota`, `Nagari`): a \
     capitalised word after one names an area, and one ends a street name.",
    "kel kelurahan kec kecamatan desa ds kab kabupaten kota kodya prov provinsi nagari distrik \
     gampong"
);

word_set!(
    is_inner_title,
    InnerTitle,
    INNER_TITLE,
    "Titles written inside a name, between two name words: Bugis `Daeng`, Minang `Datuak`, \
     `Malin`, `Sutan`.",
    "daeng datuak datuk malin sutan marah bagindo rajo sidi"
);

word_set!(
    is_chinese_surname,
    ChineseSurname,
    CHINESE_SURNAME,
    "Common Chinese-Indonesian family names that keep their own spelling in a full name (`Tan \
     Kok Liang`).",
    "tan ong liem lim go oei oey kwee kwik tjoa tjio thio tio lie liauw khoe kho goh njoo siauw \
     tjan phoa sie teo wong chen"
);

word_set!(
    is_business,
    Business,
    BUSINESS,
    "Words after `nama` that name a business, product, place or institution, not a person \
     (`nama usaha`, `nama toko`).",
    "usaha toko warung perusahaan pt cv ud merek merk brand produk barang aplikasi program \
     sekolah desa kelurahan kampung jalan kapal grup group instansi kantor bank koperasi \
     yayasan pabrik kios restoran rumah"
);

word_set!(
    is_role_head,
    RoleHead,
    ROLE_HEAD,
    "Role and occupation words that introduce a name directly (`Lurah X`, `sopir X`, `oknum \
     X`).",
    "lurah kades camat sekdes kadus kasun carik kepling kapolsek babinsa sekna pambakal kepala \
     ketua juru dokter sopir \
     supir driver pengemudi kurir oknum collector kolektor staf staff petugas pelaksana \
     pengawas mandor satpam pemilik dipanggil kontraktor rentenir bendahara sekcam bidan \
     koordinator penyidik operator notaris jaksa hakim direktur kepsek guru perawat pegawai \
     agen pengelola panitia pendamping debitur kasir teller kaur kasi kabid kadis pekaseh \
     kelian geuchik keuchik kumtua bayan kamituwo modin tukang manajer penagih wali kapolres \
     kasatpol danramil dosen abk klien masinis kondektur kernet nakhoda nahkoda pramugari \
     pramugara porter disopiri dibonceng ditemani dijemput"
);

word_set!(
    is_territorial_role,
    TerritorialRole,
    TERRITORIAL_ROLE,
    "Roles of a territory, usually followed by the territory rather than a name (`Camat \
     Coblong`, `Bapak Bupati Palu`; after an honorific, a village's own officials are followed \
     by their name: see `names::cue_at`).",
    "lurah kades camat bupati walikota wali gubernur kadus kepala carik sekdes sekcam kapolsek \
     kapolres kasun kepling"
);

word_set!(
    is_address_word,
    AddressWord,
    ADDRESS_WORD,
    "Words of address before a chat sender's display name that are not part of it (`bunda`, \
     `mpok`, `koh`).",
    "bunda mpok mbah mama papa om tante ci koh uni uda"
);

word_set!(
    is_contact_word,
    ContactWord,
    CONTACT_WORD,
    "Words that ask to contact someone before a name and a phone number (`hub X 0818…`, `CP \
     X`).",
    "hub hubungi kontak cp call japri"
);

word_set!(
    is_role_word,
    RoleWord,
    ROLE_WORD,
    "Role words besides [`ROLE_HEAD`] that an area word can qualify (`wali nagari`, `bidan \
     desa`, `kader posyandu`).",
    "kepala wali petugas ketua bidan perangkat aparat staf staff sekretaris pegawai operator \
     bendahara kaur kasi pendamping kader guru pj plt"
);

word_set!(
    is_name_whose,
    NameWhose,
    NAME_WHOSE,
    "Words between `nama` and a name that say whose name it is or where it is written (`Nama di \
     paspor: X`, `Nama KK X`, `Nama wajib pajak X`, `nama sesuai KTP: X`, `nama Tionghoa X`).",
    "di sesuai ktp kk paspor passport wajib pajak wp pemilik penerima peserta pasien siswa murid \
     kepala keluarga nasabah debitur pemohon tertanggung pengirim tionghoa cina china mandarin \
     baptis"
);

word_set!(
    is_date_against,
    DateAgainst,
    DATE_AGAINST,
    "Words that set a second date against a date of birth just before it: the same birth date as \
     written somewhere else or corrected (`lahir 09-09-1966 tp di KTP ditulis 09-09-1969`, \
     `tertulis 01-07-1970 padahal 01-07-1971`).",
    "tapi tp tetapi namun padahal bukan seharusnya harusnya semestinya mestinya sebenarnya \
     aslinya tertulis ditulis tercatat dicatat terdaftar didata menjadi jadi diubah berubah \
     tertera keliru salah bukannya beda berbeda but instead written should"
);

word_set!(
    is_people_head,
    PeopleHead,
    PEOPLE_HEAD,
    "Words that head a list of people besides the person nouns (`Saksi-saksi: 1. X 2. Y`, `Ahli \
     waris:`, `Peserta rapat: X, Y, dan Z.`), or that a name is put in apposition to (`Warga \
     lain, Tukijo, menguatkan`).",
    "saksi saksi-saksi waris peserta anggota hadirin korban penerima pemohon undangan warga"
);

word_set!(
    is_hand_over,
    HandOver,
    HAND_OVER,
    "Verbs of handing a thing over, after which `ke` names who took it (`mobil itu sudah saya \
     jual ke Maulidar`, `motornya dititipkan ke Yanto`), as `kepada` does after any verb.",
    "jual dijual menjual kujual jualkan dijualkan serahkan diserahkan menyerahkan titip \
     titipkan dititipkan menitipkan oper dioper operkan alihkan dialihkan mengalihkan hibahkan \
     dihibahkan menghibahkan wariskan diwariskan mewariskan pinjamkan dipinjamkan meminjamkan \
     gadaikan digadaikan menggadaikan berikan diberikan memberikan kasihkan dikasihkan"
);

word_set!(
    is_supply,
    Supply,
    SUPPLY,
    "What a utility supplies to a house, before its name (`Air PDAM di Jl. …`, `Listrik PLN di \
     …`, `Meteran PLN di …`): the address after is the house's, not the office's.",
    "air listrik gas lampu meteran meter pipa jaringan sinyal aliran saluran tagihan sambungan \
     kabel tiang token"
);
