//! The 38 provinces of the national synthetic directory: three regencies each (the first three
//! codes of the Kemendagri list, Kepmendagri 300.2.2-2430/2025), and a rough population weight
//! (millions × 10, rounded mid-2020s figures: for the volumes of synthetic data only, not a
//! statistic).

/// (province code, population weight, three (regency code, name)).
pub(super) type NationalProvince = (&'static str, u16, [(&'static str, &'static str); 3]);

pub(super) const NATIONAL: [NationalProvince; 38] = [
    (
        "11",
        56,
        [
            ("11.01", "Kabupaten Aceh Selatan"),
            ("11.02", "Kabupaten Aceh Tenggara"),
            ("11.03", "Kabupaten Aceh Timur"),
        ],
    ),
    (
        "12",
        156,
        [
            ("12.01", "Kabupaten Tapanuli Tengah"),
            ("12.02", "Kabupaten Tapanuli Utara"),
            ("12.03", "Kabupaten Tapanuli Selatan"),
        ],
    ),
    (
        "13",
        58,
        [
            ("13.01", "Kabupaten Pesisir Selatan"),
            ("13.02", "Kabupaten Solok"),
            ("13.03", "Kabupaten Sijunjung"),
        ],
    ),
    (
        "14",
        67,
        [
            ("14.01", "Kabupaten Kampar"),
            ("14.02", "Kabupaten Indragiri Hulu"),
            ("14.03", "Kabupaten Bengkalis"),
        ],
    ),
    (
        "15",
        37,
        [
            ("15.01", "Kabupaten Kerinci"),
            ("15.02", "Kabupaten Merangin"),
            ("15.03", "Kabupaten Sarolangun"),
        ],
    ),
    (
        "16",
        88,
        [
            ("16.01", "Kabupaten Ogan Komering Ulu"),
            ("16.02", "Kabupaten Ogan Komering Ilir"),
            ("16.03", "Kabupaten Muara Enim"),
        ],
    ),
    (
        "17",
        21,
        [
            ("17.01", "Kabupaten Bengkulu Selatan"),
            ("17.02", "Kabupaten Rejang Lebong"),
            ("17.03", "Kabupaten Bengkulu Utara"),
        ],
    ),
    (
        "18",
        94,
        [
            ("18.01", "Kabupaten Lampung Selatan"),
            ("18.02", "Kabupaten Lampung Tengah"),
            ("18.03", "Kabupaten Lampung Utara"),
        ],
    ),
    (
        "19",
        15,
        [
            ("19.01", "Kabupaten Bangka"),
            ("19.02", "Kabupaten Belitung"),
            ("19.03", "Kabupaten Bangka Selatan"),
        ],
    ),
    (
        "21",
        22,
        [
            ("21.01", "Kabupaten Bintan"),
            ("21.02", "Kabupaten Karimun"),
            ("21.03", "Kabupaten Natuna"),
        ],
    ),
    (
        "31",
        107,
        [
            ("31.01", "Kabupaten Administrasi Kepulauan Seribu"),
            ("31.71", "Kota Administrasi Jakarta Pusat"),
            ("31.72", "Kota Administrasi Jakarta Utara"),
        ],
    ),
    (
        "32",
        503,
        [
            ("32.01", "Kabupaten Bogor"),
            ("32.02", "Kabupaten Sukabumi"),
            ("32.03", "Kabupaten Cianjur"),
        ],
    ),
    (
        "33",
        379,
        [
            ("33.01", "Kabupaten Cilacap"),
            ("33.02", "Kabupaten Banyumas"),
            ("33.03", "Kabupaten Purbalingga"),
        ],
    ),
    (
        "34",
        38,
        [
            ("34.01", "Kabupaten Kulon Progo"),
            ("34.02", "Kabupaten Bantul"),
            ("34.03", "Kabupaten Gunungkidul"),
        ],
    ),
    (
        "35",
        418,
        [
            ("35.01", "Kabupaten Pacitan"),
            ("35.02", "Kabupaten Ponorogo"),
            ("35.03", "Kabupaten Trenggalek"),
        ],
    ),
    (
        "36",
        124,
        [
            ("36.01", "Kabupaten Pandeglang"),
            ("36.02", "Kabupaten Lebak"),
            ("36.03", "Kabupaten Tangerang"),
        ],
    ),
    (
        "51",
        44,
        [
            ("51.01", "Kabupaten Jembrana"),
            ("51.02", "Kabupaten Tabanan"),
            ("51.03", "Kabupaten Badung"),
        ],
    ),
    (
        "52",
        56,
        [
            ("52.01", "Kabupaten Lombok Barat"),
            ("52.02", "Kabupaten Lombok Tengah"),
            ("52.03", "Kabupaten Lombok Timur"),
        ],
    ),
    (
        "53",
        57,
        [
            ("53.01", "Kabupaten Kupang"),
            ("53.02", "Kabupaten Timor Tengah Selatan"),
            ("53.03", "Kabupaten Timor Tengah Utara"),
        ],
    ),
    (
        "61",
        56,
        [
            ("61.01", "Kabupaten Sambas"),
            ("61.02", "Kabupaten Mempawah"),
            ("61.03", "Kabupaten Sanggau"),
        ],
    ),
    (
        "62",
        28,
        [
            ("62.01", "Kabupaten Kotawaringin Barat"),
            ("62.02", "Kabupaten Kotawaringin Timur"),
            ("62.03", "Kabupaten Kapuas"),
        ],
    ),
    (
        "63",
        42,
        [
            ("63.01", "Kabupaten Tanah Laut"),
            ("63.02", "Kabupaten Kotabaru"),
            ("63.03", "Kabupaten Banjar"),
        ],
    ),
    (
        "64",
        40,
        [
            ("64.01", "Kabupaten Paser"),
            ("64.02", "Kabupaten Kutai Kartanegara"),
            ("64.03", "Kabupaten Berau"),
        ],
    ),
    (
        "65",
        7,
        [
            ("65.01", "Kabupaten Bulungan"),
            ("65.02", "Kabupaten Malinau"),
            ("65.03", "Kabupaten Nunukan"),
        ],
    ),
    (
        "71",
        27,
        [
            ("71.01", "Kabupaten Bolaang Mongondow"),
            ("71.02", "Kabupaten Minahasa"),
            ("71.03", "Kabupaten Kepulauan Sangihe"),
        ],
    ),
    (
        "72",
        32,
        [
            ("72.01", "Kabupaten Banggai"),
            ("72.02", "Kabupaten Poso"),
            ("72.03", "Kabupaten Donggala"),
        ],
    ),
    (
        "73",
        95,
        [
            ("73.01", "Kabupaten Kepulauan Selayar"),
            ("73.02", "Kabupaten Bulukumba"),
            ("73.03", "Kabupaten Bantaeng"),
        ],
    ),
    (
        "74",
        28,
        [
            ("74.01", "Kabupaten Kolaka"),
            ("74.02", "Kabupaten Konawe"),
            ("74.03", "Kabupaten Muna"),
        ],
    ),
    (
        "75",
        12,
        [
            ("75.01", "Kabupaten Gorontalo"),
            ("75.02", "Kabupaten Boalemo"),
            ("75.03", "Kabupaten Bone Bolango"),
        ],
    ),
    (
        "76",
        15,
        [
            ("76.01", "Kabupaten Pasangkayu"),
            ("76.02", "Kabupaten Mamuju"),
            ("76.03", "Kabupaten Mamasa"),
        ],
    ),
    (
        "81",
        19,
        [
            ("81.01", "Kabupaten Maluku Tengah"),
            ("81.02", "Kabupaten Maluku Tenggara"),
            ("81.03", "Kabupaten Kepulauan Tanimbar"),
        ],
    ),
    (
        "82",
        14,
        [
            ("82.01", "Kabupaten Halmahera Barat"),
            ("82.02", "Kabupaten Halmahera Tengah"),
            ("82.03", "Kabupaten Halmahera Utara"),
        ],
    ),
    (
        "91",
        11,
        [
            ("91.03", "Kabupaten Jayapura"),
            ("91.05", "Kabupaten Kepulauan Yapen"),
            ("91.06", "Kabupaten Biak Numfor"),
        ],
    ),
    (
        "92",
        6,
        [
            ("92.02", "Kabupaten Manokwari"),
            ("92.03", "Kabupaten Fak Fak"),
            ("92.06", "Kabupaten Teluk Bintuni"),
        ],
    ),
    (
        "93",
        5,
        [
            ("93.01", "Kabupaten Merauke"),
            ("93.02", "Kabupaten Boven Digoel"),
            ("93.03", "Kabupaten Mappi"),
        ],
    ),
    (
        "94",
        15,
        [
            ("94.01", "Kabupaten Nabire"),
            ("94.02", "Kabupaten Puncak Jaya"),
            ("94.03", "Kabupaten Paniai"),
        ],
    ),
    (
        "95",
        15,
        [
            ("95.01", "Kabupaten Jayawijaya"),
            ("95.02", "Kabupaten Pegunungan Bintang"),
            ("95.03", "Kabupaten Yahukimo"),
        ],
    ),
    (
        "96",
        6,
        [
            ("96.01", "Kabupaten Sorong"),
            ("96.02", "Kabupaten Sorong Selatan"),
            ("96.03", "Kabupaten Raja Ampat"),
        ],
    ),
];
