#!/usr/bin/env python3
"""Generate the fifteenth synthetic held-out corpus of Indonesian public-service complaints
with gold PII spans (labels and boundaries as in the shared annotation guide).

Standard library only, deterministic (seed 15122026; every record has its own random.Random
seeded from a string "seed-record-style", so PYTHONHASHSEED does not matter).

usage:
  python3 make_fifteenth.py            validate and write fifteenth.jsonl next to this script
  python3 make_fifteenth.py --stats    the same, then print a per-style / per-label table (Markdown)
  python3 make_fifteenth.py --check    rebuild in memory, compare byte-for-byte with the file (exit 1 if different)

Texts are built by appending pieces; a labelled piece records its own offsets as it is appended
(never by searching the finished text).
"""
import sys

sys.dont_write_bytecode = True

import argparse  # noqa: E402
import datetime  # noqa: E402
import hashlib  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import random  # noqa: E402

SEED = 15122026
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "fifteenth.jsonl")
PREFIX = "t15"

LABELS = ["NIK", "KK", "NPWP", "PHONE", "EMAIL", "PLATE", "BANK_ACCOUNT", "PASSPORT",
          "BPJS", "NIP", "PERSON", "ADDRESS", "DATE_OF_BIRTH", "HANDLE"]

# (style, number of texts, of which without PII)
STYLES = [
    ("surat_pembaca", 26, 5),
    ("kronologi", 24, 4),
    ("pinjol", 26, 5),
    ("rs_bpjs", 26, 5),
    ("pmi_haji", 26, 5),
    ("ppdb", 24, 5),
    ("bansos_teks", 20, 4),
    ("bansos_csv", 16, 3),
    ("bank", 24, 5),
    ("siaran", 20, 4),
    ("tulisan_tangan", 20, 4),
    ("telegram", 18, 4),
    ("youtube", 18, 4),
    ("daerah", 24, 6),
    ("pendek", 24, 6),
    ("panjang", 14, 2),
    ("kapital", 16, 3),
    ("kecil", 16, 3),
    ("english", 18, 3),
]

# --------------------------------------------------------------------------------------------
# name pools (all invented combinations; drawn per region)
# --------------------------------------------------------------------------------------------


def W(s):
    return s.split()


NAMES = {
    "jawa": dict(
        m=W("Suparman Ponimin Sugiyanto Slamet Budi Joko Agus Bambang Wahyu Eko Teguh Sutrisno Hadi "
            "Darmaji Sukirno Paijo Tukiman Sarwono Wagiman Purwanto Haryanto Mulyono Suyatno Gunarto "
            "Triyono Rohmat Bayu Yusuf Fajar Ilham Arif Anton Heru Kuncoro Margono Sastro Wiji Jumadi "
            "Karyono Mujiono Ngatijo Samidi Tarno Rizky Sigit Gatot Parjono"),
        f=W("Suparmi Sri Siti Sumarni Wartini Tumini Ngatiyem Painem Sulastri Endang Dewi Rina Ani Yuli "
            "Ratna Wulan Puji Sumiyati Karsinah Partini Suwarni Rukmini Sukarti Marsini Winarsih Kasmirah "
            "Tutik Nanik Umi Anik Indah Fitri Eni Siswati Darmini Ngadinah Tarmi Sekar Ayu Lastri"),
        fm=W("Santoso Wibowo Prasetyo Nugroho Susanto Purnomo Hartono Setiawan Kurniawan Saputra Pratama "
             "Hidayat Wijayanto Sulistyo Sudarsono Widodo Haryono Yulianto Hermawan Firmansyah Ramadhan "
             "Cahyono Sasongko Triwibowo Adiwijaya Pamungkas Wicaksono Nugraha Laksono Hendarto Suryadi "
             "Raharjo Mardiyanto"),
        ff=W("Wahyuni Lestari Wulandari Handayani Permatasari Utami Kusumawati Rahmawati Astuti Suryani "
             "Puspitasari Maharani Anggraini Mulyani Widyastuti Setyaningsih Kartika Susilowati Nurhayati "
             "Purwaningsih Rahayu Pertiwi Safitri Ningsih Hapsari Damayanti Kusumaningrum Indriyani "
             "Novitasari Rahmadani"),
        pre_m=W("Muhammad Ahmad Dwi Tri"), pre_f=W("Siti Sri Nur Dwi Tri"),
    ),
    "sunda": dict(
        m=W("Asep Dede Ujang Cecep Dadang Ade Aep Engkos Iwan Yayan Deden Ajat Entis Odang Jajang Wawan "
            "Nana Rudi Dodi Ayi Apep Usep Kurnia"),
        f=W("Euis Neneng Imas Entin Yeti Iis Teti Cicih Enok Lilis Nining Eneng Popon Icah Tati Dedeh Oom "
            "Nunung Ai Cucu Elis Yoyoh"),
        fm=W("Saepudin Sunarya Suryana Hidayatullah Kusnadi Rohendi Sopandi Permana Supriatna Mulyana "
             "Ruhiyat Sumarna Gunawan Sobari Rukmana"),
        ff=W("Komariah Jubaedah Rohaeti Nurhasanah Maryati Hermawati Rosita Sukmawati Mardiah Ratnasari "
             "Nurjanah Solihat Rosmiati"),
    ),
    "betawi": dict(
        m=W("Jaelani Saaman Rojali Mamat Udin Sarmili Muhidin Sabeni Mansur Asnawi Bachtiar Ridwan Ucup "
            "Jamhari Sarmadi"),
        f=W("Romlah Mursinah Enah Munah Saodah Zubaedah Hindun Rohaye Salamah Maesaroh Mardiyah Nurlela"),
        fm=W("Muhasyim Syafei Nawawi Marzuki Sanusi Ramli"), ff=W("Syafei Nawawi Marzuki"),
    ),
    "madura": dict(
        m=W("Holil Hosnan Marsuki Muzammil Hasyim Sulaiman Mukri Busiri Jamaluddin Fathorrahman Subairi "
            "Sahwan Rofiqi Fauzi Sahri Matrawi"),
        f=W("Maimunah Juhairiyah Sumiati Misnatun Hosniyah Rukayyah Halimah Qomariyah Suhartatik Badriyah "
            "Masruroh Hasanah"),
        fm=W("Hasan Rasyid Sholeh Anwar Effendi Faruk Romli Basri Jakfar Zaini"), ff=W("Hasanah Sholehah"),
    ),
    "batak": dict(
        m=W("Poltak Tigor Togar Binsar Parlindungan Hotman Manahan Sahat Marihot Robert Jonggi Bonar "
            "Parulian Lamhot Saut Mangatas Gomgom Jhonson Ruben Darwin Halomoan"),
        f=W("Hotnida Rosmawati Tiurma Lasma Rumondang Melva Erni Sondang Rotua Tiomsi Riris Hotmauli "
            "Taruli Butet Mariani Sarma Rasmita Lamria"),
        fm=W("Silaban Sitompul Simanjuntak Siregar Nasution Harahap Lubis Hutapea Simatupang Panjaitan "
             "Pardede Sihombing Situmorang Sinaga Manurung Tampubolon Napitupulu Hutagalung Sitorus "
             "Gultom Pasaribu Marpaung Sibarani Simbolon Purba Saragih Damanik Ginting Sembiring Tarigan "
             "Sitepu Barus Munthe Aritonang Rajagukguk Hasibuan Pohan Batubara Lumbantobing Hutabarat "
             "Silalahi Matondang Sianturi Siahaan Perangin-angin"),
    ),
    "nias": dict(
        m=W("Faozisokhi Yasozanolo Sozisokhi Fa'atulo Aroziduhu Temazaro Otanius Foarota Fatolosa "
            "Yamonaha Famahato Atulo Sokhizaro Yupiter"),
        f=W("Fatiani Serlina Rahelia Sabarina Trisnawati Oktaviani Dermawati Filiana Sonia Adilina Sofiana "
            "Hestiani"),
        fm=W("Zebua Harefa Telaumbanua Gulo Halawa Hia Laia Lase Mendrofa Waruwu Zalukhu Ndruru Duha "
             "Bu'ulolo Gea Larosa Hulu Zai Zega Lahagu Baeha Daeli Dachi Giawa Nazara Harita Bawamenewi Fau"),
    ),
    "minang": dict(
        m=W("Zulkifli Afrizal Yusrizal Irwan Syafrizal Hendri Yulizar Rusdi Ilyas Nofrianto Zainal "
            "Darmawan Amril Yondri Masrul"),
        f=W("Yusnidar Rosmaini Yenni Desmawati Syafni Elfi Mardiana Zuraida Rosnawati Fitriyani Nurasni "
            "Yusmaniar Asnidar"),
        fm=W("Chaniago Piliang Koto Tanjung Sikumbang Jambak Guci Pitopang Simabur Bendang Sumagek "
             "Mandailiang"),
    ),
    "aceh": dict(
        m=W("Zulfikar Fauzan Iskandar Syahrul Mukhlis Razali Nasruddin Fakhrurrazi Mahdi Safrizal Hasbi "
            "Juned Bukhari Rahmadi Munzir Taufiq"),
        f=W("Rahmah Fitriani Nurhafni Safriana Maulidawati Khairunnisa Zahra Rosmiati Nurjannah Mutia "
            "Husna Raudhah Intan"),
        fm=W("Abdullah Ibrahim Yusuf Daud Hasyimi Saifullah Ismail Harun Usman Amin Ridwan Sabri"),
    ),
    "melayu": dict(
        m=W("Syahrial Azhar Zulkarnain Mahmud Dedi Firdaus Sazali Tarmizi Yusman Ridho Herman Junaidi "
            "Rizal Amran"),
        f=W("Rohana Zuraidah Maswita Rosmala Yuslina Fauziah Norma Hamidah Asnah Darmawati Suriani "
            "Mairani Lisnawati"),
        fm=W("Syarifuddin Mansyur Hamzah Effendi Ramadhani Bahar Hasibullah Sulaiman"),
        ff=W("Syafitri Oktaviani Febriani Novita Agustina Ramadhani Puspita Yanti Sari Putri"),
    ),
    "bugis": dict(
        m=W("Arsyad Rahman Baso Syamsuddin Hamzah Jufri Nurdin Kaharuddin Amiruddin Ambo Irfan Rusli "
            "Sainal Bahar Muhlis Asri Tajuddin Takdir"),
        f=W("Hasnah Hasnawati Tenri Bunga Besse Nurhaeda Hasriani Marlina Rahmi Rosdiana Nurbaya "
            "Haslinda Jumriah Rahmatia Sunarti Nurhidayah Ica"),
        fm=W("Mappiare Pawelloi Tenriawaru Mattalatta Palallo Lamba Rauf Pangerang Malik Latief "
             "Pettalolo Paewai Tahir Saleh Hamid Yunus Mustari Patiroi Lologau Kadir"),
    ),
    "buton": dict(
        m=W("Muhammad Hasan Ruslan Abdul Gafur Sabaruddin Hamiru Kaimuddin Sirajuddin Rahim"),
        f=W("Nurhayati Marwiah Rahmawati Sitti Hadiati Fatma"),
        fm=W("Sabaruddin Hamiru Kaimuddin Muhidin Sirajuddin Baruddin"),
    ),
    "mandar": dict(
        m=W("Ridwan Syamsul Darwis Ismail Mursalim Arifin Kamaruddin Sahabuddin Hasbullah Alimuddin "
            "Sappe Nasrun"),
        f=W("Hadijah Nurmiati Hasmawati Marwah Nurhayani Aisyah Hadriani Nurbia"),
        fm=W("Djalaluddin Basri Kaco Sahlan Majid Jalil Tammalele"),
    ),
    "toraja": dict(
        m=W("Yohanis Marthen Daud Simon Petrus Markus Frans Elias Samuel Obed Yunus Paulus Rudolf Yakob "
            "Demianus Tandi"),
        f=W("Ruth Yuliana Martha Debora Sarah Elisabeth Agustina Rachel Naomi Lince Dorkas Selvi Ester "
            "Herlina"),
        fm=W("Pasolang Rante Pakiding Palimbong Tandilino Batara Sarungallo Parinding Tangkelangi "
             "Pabendon Bongga Tandiarrang Kondo Allo Sampe Tangke Palayukan Limbong Rombe Salurante "
             "Mangopang Buntu Tulak Tangdilintin Rura"),
    ),
    "dayak": dict(
        m=W("Yohanes Agustinus Dominikus Yakobus Aloysius Ignatius Stefanus Fransiskus Bonifasius "
            "Antonius Yulius Benediktus Kornelis Lambertus Ambrosius Heronimus Laurensius Tiberius"),
        f=W("Kristina Lidya Veronika Margareta Yosefina Katarina Theresia Skolastika Natalia Fransiska "
            "Bernadeta Rosalia Yulita Apolonia"),
        fm=W("Ukat Nyaring Ajang Usun Anyi Tingang Ngabut Lajau Liah Usat Laing Jalung Ding Himang Ngau "
             "Imang Belawing Lawing Jau Ingan Bilung Nyangun Kuleh Sulang Uyang Rangkap Tuah Sahay Dandan "
             "Bungai Asang Nahan Ampun Bangkan Ngawan"),
    ),
    "bali": dict(
        m=W("Astawa Sudarma Suardana Artawan Wirawan Sudiarta Mahardika Widiana Adnyana Suwitra "
            "Darmayasa Budiarta Sukadana Mertayasa Arsana Parwata Sedana Swastika Wiratama Sutama"),
        f=W("Ariani Sukerti Sriani Rusmini Suartini Sumiasih Astiti Ratnadi Suastini Juliantari "
            "Pradnyani Sudiartini Suciati Sukmawati Arini Widiantari"),
    ),
    "sasak": dict(
        m=W("Zaini Fathurrahman Sahnan Mahsun Sahabudin Zaenal Muhsin Saparudin Murdi Hamdani Jayadi "
            "Sapoan Rusdi Munawir"),
        f=W("Hidayati Sahnun Rohimah Saenah Mahnum Rukiah Salmah Hurriyah Nurul Sri Aminah Sukmawati"),
        fm=W("Wirasakti Muhsinun Hamdani Jayadi Ardiansyah Sapoan Zulkarnaen"),
    ),
    "ntt": dict(
        m=W("Yeremias Melkianus Nikodemus Ferdinand Aleksander Bernadus Dominggus Gabriel Marselinus "
            "Kornelius Hendrik Oktovianus Adrianus Seprianus Yosep Arnoldus"),
        f=W("Yosefa Agnes Imelda Florentina Sisilia Margaretha Serlin Orpa Ribka Mersi Maria Yasinta "
            "Emerensiana"),
        fm=W("Ndun Nenoharan Fanggidae Manafe Lay Bire Kana Tefa Nubatonis Seran Bria Tallo Lamury Mesakh "
             "Dethan Benu Nalle Koroh Ratu Lede Riwu Pello Adoe Kolo Laka Sinlae Bani Nope Tanesib Boimau "
             "Mau Kase Ludji Mooy Haning Foenay Nabuasa Sabat Mella Rihi Djami Kedang Wula Kewa Making "
             "Bataona Kelen Witak"),
    ),
    "banjar": dict(
        m=W("Akhmad Syahrani Mahyudin Murjani Saberan Jumberi Hairil Rusmadi Fahmi Arbain Rahmadi"),
        f=W("Noorhayati Mahriani Jubaidah Rusmilawati Hairiah Norlaila Masrah Rahimah Junaidah Salasiah"),
        fm=W("Noor Ansyari Hasanie Bakri Nafarin Rijali Syarwani Hamdi Rasyidi Mahfuzh Riduan"),
    ),
    "minahasa": dict(
        m=W("Jeffry Stenly Ronny Frangky Jimmy Reinhard Alfrets Johny Meidy Fenly Recky Verry Roy"),
        f=W("Stevani Vivi Meity Lenny Deisy Olvie Marlyn Feibe Jeane Syeni Tirsa Grace"),
        fm=W("Lumowa Wowor Mandagi Rumengan Sondakh Pangemanan Kaunang Tumbelaka Lengkong Sumampouw "
             "Rondonuwu Karundeng Mamahit Tangkilisan Runtuwene Supit Lumentut Walewangko Paat Rumondor "
             "Sumual Tooy Wuisan Kawengian Pontoh Tumiwa"),
    ),
    "maluku": dict(
        m=W("Yopi Ongky Izaak Yance Frits Abraham Johanis Nus Max Ely Semuel Husein Abubakar"),
        f=W("Meike Yosina Magdalena Carolina Welmince Henny Costansa Fransina Saartje Salma Nelci"),
        fm=W("Pattiasina Latuconsina Tuasikal Leiwakabessy Sahetapy Pelupessy Tuhumury Wattimena Nanlohy "
             "Huwae Sopacua Ririmasse Rehatta Loppies Manuputty Matakupan Lekahena Talakua Hehanussa "
             "Kakisina Tanamal Wakano Ohorella Marasabessy Tuanaya Sangadji"),
    ),
    "papua": dict(
        m=W("Yosias Marthinus Naftali Yulianus Obaja Yonas Yohan Elieser Otniel Herman Silas Titus "
            "Yeskiel Amos Nehemia Ones Pilipus Dorteus"),
        f=W("Frederika Rosalina Selina Priskila Susana Elsye Merry Yokbeth Fince Mince Regina"),
        fm=W("Wenda Kogoya Tabuni Wonda Murib Rumbiak Wanggai Mandowen Kambuaya Yikwa Mirin Giyai Tebay "
             "Douw Gobay Kayame Rumaropen Ayomi Sawaki Wompere Korwa Krey Mayor Yoku Ohee Hamadi Itaar "
             "Sanggenafa Wakerkwa Karoba Tekege Nawipa Degei Mote Bunai Kobogau Aituarauw Rumainum "
             "Mansoben Wamafma Sroyer Wambrauw"),
    ),
    "tionghoa": dict(
        m=W("Vincent Kevin Andreas Hans Felix Hendra Yohanes William Steven Ferry Budiman Edwin Kelvin"),
        f=W("Meliana Stefani Yenny Sherly Jessica Wendy Irene Cindy Fenny Lily Susanti Lilis Vera"),
        fm=W("Tanuwijaya Halim Tanoto Setiadi Sutanto Tjahjadi Chandra Winata Lukito Sugianto Widjaja "
             "Tanujaya Setiabudi Gunadi Hartanto Wijaya Kusuma Limanto Tedja Salimin"),
        clan=W("Tan Lim Oei Lie Go Ong Kwee Tjoa Liem The Njoo Ang Gouw Khoe Thio Tjhin Bong Lauw Sie Kho "
               "Han Yap Phang Chai Fung Jap"),
        g2m=["Kim Liong", "Hok Seng", "Kiat Fung", "Bun Hui", "Khiun Sen", "Jong Fat", "Tjin Hwa",
             "Swie Tjoen", "Ah Kiong", "Hui Ming"],
        g2f=["Siauw Hwa", "Mei Ling", "Swan Nio", "Giok Tjoe", "Sioe Lan", "Ai Lin", "Fong Kiun",
             "Mei Hwa", "Lian Nio", "Siu Fa"],
    ),
    "arab": dict(
        m=W("Said Umar Ali Hasan Abdullah Salim Alwi Hamid Zein Fuad Segaf Thoha Muhsin Ja'far Haidar "
            "Faris Husein Ahmad"),
        f=W("Fatimah Aisyah Khadijah Nadia Rugayah Mariam Laila Hafsah Sechah Syarifah Nur Zainab"),
        fm=W("Alatas Assegaf Al-Habsyi Alaydrus Bahasuan Shahab Alkaff Bafadhal Bawazier Basalamah "
             "Alhamid Aljufri Baraqbah Alhadar Bachmid Baadillah Alamri Bamualim Badjeber Thalib Syihab "
             "Al-Muhdar Bin-Yahya"),
    ),
    "foreign": dict(
        m=W("Jonathan Daniel Thomas Pieter Liam Rahul Kenji Lucas Matteo Oliver Sebastián François "
            "Jürgen Mateus Ahmed Olumide"),
        f=W("Emily Sophie Akiko Chloé Hannah Priya Ingrid Isabella Zoë Aoife Charlotte Ana"),
        fm=["Miller", "van der Berg", "O'Connor", "Sharma", "Tanaka", "Farouk", "Fernandes", "Müller",
            "Rossi", "Dubois", "Johansson", "Walsh", "Nakamura", "García", "Kowalski", "Okafor", "Brown",
            "Schmidt", "Petersen", "Anderson", "Costa", "Haddad", "Lindqvist", "Moreau"],
    ),
}
BALI_ORDER_M = ["Wayan", "Putu", "Gede", "Made", "Kadek", "Nengah", "Nyoman", "Komang", "Ketut"]
BALI_ORDER_F = ["Luh", "Putu", "Wayan", "Made", "Kadek", "Nyoman", "Komang", "Ketut"]

REGIONS = {
    # region: (weight, kab/kota codes, cities, plate codes)
    "jawa": (22, "3301 3302 3303 3306 3308 3310 3313 3315 3318 3320 3322 3372 3374 3402 3403 3471 "
                 "3501 3504 3507 3509 3515 3573 3578",
             ["Klaten", "Boyolali", "Sleman", "Bantul", "Kebumen", "Madiun", "Ngawi", "Blitar", "Kediri",
              "Tulungagung", "Wonogiri", "Purworejo", "Pati", "Semarang", "Surabaya", "Malang", "Jember",
              "Banyuwangi", "Magelang", "Surakarta"],
             "AD AB AA H K G R L W S AE AG N P"),
    "sunda": (12, "3201 3203 3204 3205 3206 3207 3208 3209 3210 3211 3212 3213 3273 3271 3275 3276 "
                  "3601 3602 3603 3671",
              ["Bandung", "Garut", "Tasikmalaya", "Cianjur", "Sukabumi", "Bogor", "Karawang", "Subang",
               "Sumedang", "Majalengka", "Kuningan", "Bekasi", "Depok", "Serang"],
              "D F T E Z A"),
    "betawi": (4, "3171 3172 3173 3174 3175 3276 3671",
               ["Jakarta Timur", "Jakarta Selatan", "Jakarta Utara", "Jakarta Barat", "Depok", "Bekasi"],
               "B"),
    "madura": (4, "3526 3527 3528 3529", ["Bangkalan", "Sampang", "Pamekasan", "Sumenep"], "M"),
    "batak": (7, "1202 1203 1205 1206 1207 1208 1209 1211 1212 1216 1217 1218 1271 1275 1273",
              ["Medan", "Pematangsiantar", "Tarutung", "Balige", "Sibolga", "Kabanjahe",
               "Padangsidimpuan", "Doloksanggul"], "BK BB"),
    "nias": (2, "1204 1214 1224 1225 1278", ["Gunungsitoli", "Teluk Dalam", "Lahewa"], "BB"),
    "minang": (5, "1301 1303 1304 1306 1371 1375 1377",
               ["Padang", "Bukittinggi", "Payakumbuh", "Solok", "Pariaman", "Batusangkar"], "BA"),
    "aceh": (4, "1101 1103 1106 1107 1108 1111 1171 1173 1174",
             ["Banda Aceh", "Lhokseumawe", "Sigli", "Bireuen", "Meulaboh", "Langsa"], "BL"),
    "melayu": (5, "1401 1471 1571 1671 1601 1871 1801 1971 2171 1771",
               ["Pekanbaru", "Jambi", "Palembang", "Bandar Lampung", "Batam", "Tanjungpinang", "Dumai",
                "Pangkalpinang", "Bengkulu"], "BM BH BG BE BN BD BP"),
    "bugis": (5, "7301 7302 7303 7305 7308 7311 7313 7314 7371 7372 7373",
              ["Makassar", "Watampone", "Parepare", "Sinjai", "Sengkang", "Maros", "Sungguminasa",
               "Bulukumba"], "DD DW"),
    "buton": (2, "7404 7409 7414 7415 7472 7471", ["Baubau", "Kendari", "Raha", "Wangi-Wangi"], "DT"),
    "mandar": (1, "7601 7602 7604 7605 7606", ["Polewali", "Majene", "Mamuju"], "DC"),
    "toraja": (2, "7318 7326", ["Makale", "Rantepao"], "DP"),
    "bali": (4, "5101 5102 5103 5104 5105 5106 5107 5108 5171",
             ["Denpasar", "Gianyar", "Tabanan", "Singaraja", "Amlapura", "Semarapura", "Bangli",
              "Negara"], "DK"),
    "sasak": (3, "5201 5202 5203 5208 5271", ["Mataram", "Praya", "Selong", "Gerung"], "DR"),
    "ntt": (4, "5301 5302 5303 5304 5371 5310 5312",
            ["Kupang", "Soe", "Atambua", "Kefamenanu", "Ende", "Maumere", "Larantuka", "Ba'a",
             "Waingapu"], "DH EB ED"),
    "dayak": (3, "6101 6102 6106 6107 6108 6171 6201 6203 6205 6271 6402 6403 6502",
              ["Pontianak", "Sintang", "Putussibau", "Palangka Raya", "Kuala Kapuas", "Samarinda",
               "Sendawar", "Malinau", "Ngabang"], "KB KH KT KU"),
    "banjar": (2, "6301 6303 6304 6371 6372",
               ["Banjarmasin", "Martapura", "Banjarbaru", "Kandangan", "Amuntai"], "DA"),
    "minahasa": (3, "7102 7105 7106 7171 7172 7173",
                 ["Manado", "Tomohon", "Bitung", "Tondano", "Airmadidi"], "DB DL"),
    "maluku": (2, "8101 8103 8171 8271 8201", ["Ambon", "Masohi", "Tual", "Ternate", "Tobelo"], "DE DG"),
    "papua": (4, "9101 9103 9171 9201 9271 9401 9402 9501 9502 9601 9671",
              ["Jayapura", "Wamena", "Nabire", "Timika", "Biak", "Merauke", "Manokwari", "Sorong"],
              "PA PB"),
    "tionghoa": (5, "3171 3173 3578 1275 6171 2171 3273 3374 1971 6172",
                 ["Jakarta Barat", "Medan", "Pontianak", "Singkawang", "Surabaya", "Semarang", "Batam",
                  "Pangkalpinang"], "B BK KB L H BN"),
    "arab": (3, "3173 3578 3375 3525 3511 1671 3573",
             ["Surabaya", "Jakarta Timur", "Pekalongan", "Gresik", "Bondowoso", "Palembang", "Malang"],
             "L B G W P"),
}

JAWA_LIKE = {"jawa", "sunda", "betawi", "madura", "arab", "tionghoa"}
KEL_JAWA = W("Sukamaju Mekarsari Sidomulyo Karangrejo Tanjungsari Sumbersari Margomulyo Sukajadi Kebonsari "
             "Panggungrejo Tamanan Bojongsari Mulyorejo Wonorejo Tegalsari Sindangsari Karanganyar Kertajaya "
             "Sidorejo Purwosari Pasirjaya Jatimulya Kebonagung Ngestiharjo Cibeureum Gedangan")
KEL_LUAR = ["Suka Damai", "Harapan Jaya", "Tanjung Baru", "Sungai Raya", "Bukit Indah", "Air Putih",
            "Batu Putih", "Padang Baru", "Talang Jaya", "Kampung Baru", "Labuhan Baru", "Tanah Merah",
            "Teluk Indah", "Mekar Jaya", "Lembah Sari", "Pasir Putih", "Air Itam", "Bukit Datuk", "Batu Ampar",
            "Sido Makmur", "Tanjung Sari", "Bontobaru", "Lapangan Baru", "Suka Maju"]
KEC_JAWA = W("Ngemplak Ceper Kalasan Cibeunying Banguntapan Kedungkandang Semampir Karangmalang Sukasari "
             "Gunungsari Wonosari Kartasura Mlati Pakisaji Cileungsi Sumberrejo Kaliwungu")
KEC_LUAR = ["Kota Utara", "Kota Selatan", "Kota Timur", "Kota Barat", "Kota Tengah", "Pesisir Utara",
            "Pesisir Selatan", "Sungai Raya", "Bukit Raya", "Tanjung Harapan", "Batu Ampar", "Lembah Hijau",
            "Danau Indah", "Teluk Jaya", "Gunung Sari", "Padang Tengah"]
REG_BPD = {"jawa": ["Bank Jateng", "Bank Jatim"], "ntt": ["Bank NTT"], "papua": ["Bank Papua"],
           "dayak": ["Bank Kalbar"], "bugis": ["Bank Sulselbar"], "mandar": ["Bank Sulselbar"],
           "toraja": ["Bank Sulselbar"], "minang": ["Bank Nagari"], "aceh": ["Bank Aceh Syariah"],
           "batak": ["Bank Sumut"], "nias": ["Bank Sumut"], "bali": ["BPD Bali"], "sasak": ["Bank NTB Syariah"],
           "minahasa": ["Bank SulutGo"], "maluku": ["Bank Maluku Malut"]}
ISLAND_ROADS = {
    "sumatra": ["Jl. Lintas Sumatra", "Jl. Lintas Timur", "Jl. Lintas Barat"],
    "jawa": ["Jl. Raya Pantura", "Jl. Raya Solo–Yogya", "Jl. Raya Bogor", "Jl. Raya Cianjur–Sukabumi"],
    "sulawesi": ["Jl. Trans Sulawesi", "Jl. Poros Makassar–Maros"], "kalimantan": ["Jl. Trans Kalimantan"],
    "papua": ["Jl. Trans Papua"], "ntt": ["Jl. Timor Raya"], "bali": ["Jl. Raya Denpasar–Gilimanuk"],
    "lombok": ["Jl. Raya Mataram–Labuhan Lombok"]}
REG_ISLAND = {"batak": "sumatra", "minang": "sumatra", "aceh": "sumatra", "melayu": "sumatra",
              "jawa": "jawa", "sunda": "jawa", "betawi": "jawa", "madura": "jawa", "arab": "jawa",
              "tionghoa": "jawa", "bugis": "sulawesi", "buton": "sulawesi", "mandar": "sulawesi",
              "toraja": "sulawesi", "minahasa": "sulawesi", "dayak": "kalimantan", "banjar": "kalimantan",
              "papua": "papua", "ntt": "ntt", "bali": "bali", "sasak": "lombok"}
STREETS = W("Kenanga Melati Mawar Flamboyan Cempaka Anggrek Dahlia Teratai Nangka Mangga Rambutan Durian "
            "Salak Merpati Cendrawasih Kutilang Rajawali Elang Nusantara Pelita Bhakti Swadaya Sawo Jambu "
            "Belimbing Cemara Beringin Pinang Kemuning Sukun Waru Randu Asem Gading Delima Nuri Parkit "
            "Kakatua Pala Lada Cengkeh Damai Sejahtera Harapan Mufakat Rukun Pemuda Lestari Makmur "
            "Kopi Kamboja Seroja Bougenville Tanjung")
GANGS = ["Mawar III", "Masjid", "Buntu", "Sawo II", "Delima 4", "Langgar", "Kelinci", "Swadaya 2",
         "Kramat", "Sentosa", "Haji Naim", "H. Sa'aman", "Mushola", "Rambutan 1", "Pisang", "Kelor"]
COMPLEXES = [("Perum", "Griya Asri"), ("Perum", "Bumi Mas Permai"), ("Perum", "Citra Indah"),
             ("Komp.", "Bumi Asri"), ("Komp.", "Villa Mutiara"), ("BTN", "Kolhua"), ("BTN", "Hamzy"),
             ("BTN", "Pao-Pao Permai"), ("Perum", "Taman Sari"), ("Perum", "Graha Indah"),
             ("Komp.", "Pondok Hijau"), ("Perum", "Bukit Sejahtera"), ("Komp.", "Griya Pratama"),
             ("Perumnas", "Bumi Indah"), ("Perum", "Puri Kencana"), ("BTN", "Antang Jaya")]
DUSUNS = W("Krajan Sumberejo Karanganyar Ngemplak Sidorejo Wonosari Tegalrejo Kebonagung Gunungsari "
           "Mekarsari Montong Karangbaru Pancor Lendangre Bagekdewe Kalirejo Ngasem Tanjungrejo")
KAMPUNGS = W("Cibeureum Cikaret Babakan Sukamulya Cipeundeuy Cilame Rawabebek Kebonkelapa Pasirjambu")
LORONGS = ["Sei Tawar", "Kemuning", "Keluarga", "Pipa", "Lampoh Keude", "Tanjung Sari", "Amal"]

HERO_ROADS = ["Jl. Teuku Umar", "Jl. Jenderal Sudirman", "Jl. Diponegoro", "Jl. Gatot Subroto",
              "Jl. Sultan Hasanuddin", "Jl. Cut Nyak Dien", "Jl. Ahmad Yani", "Jl. Imam Bonjol",
              "Jl. Pattimura", "Jl. Sisingamangaraja", "Jl. Frans Kaisiepo", "Jl. Dr. Wahidin Sudirohusodo",
              "Jl. Ki Hajar Dewantara", "Jl. R.A. Kartini", "Jl. I Gusti Ngurah Rai", "Jl. Andi Djemma",
              "Jl. R.E. Martadinata", "Jl. Pangeran Antasari", "Jl. Tjilik Riwut", "Jl. El Tari",
              "Jl. Sam Ratulangi", "Jl. Teuku Nyak Arief", "Jl. Letjen Suprapto", "Jl. Dr. Soetomo",
              "Jl. Yos Sudarso", "Jl. Hang Tuah", "Jl. Sultan Agung", "Jl. Raden Intan"]
HOSPITALS = ["RSUP Dr. Sardjito", "RSUD dr. Zainoel Abidin", "RSUD Dr. Soetomo",
             "RSUP Dr. Wahidin Sudirohusodo", "RSUD Prof. Dr. W. Z. Johannes", "RSUP Prof. Dr. R. D. Kandou",
             "RSUD Dr. H. Abdul Moeloek", "RSUP Dr. M. Djamil", "RSUD Ulin", "RSUP Prof. Ngoerah",
             "RSUD Dr. Soedarso", "RSUD Jayapura", "RSUP H. Adam Malik", "RSCM", "RSUD Dr. Moewardi",
             "RSUD Dr. Iskak", "RSUD Sultan Syarif Mohamad Alkadrie", "RSUD Dr. M. Haulussy",
             "RSUD Kabupaten", "RSUD Andi Makkasau", "RSUD Lakipadada"]
AIRPORTS = ["Bandara Soekarno-Hatta", "Bandara Juanda", "Bandara I Gusti Ngurah Rai",
            "Bandara Sultan Hasanuddin", "Bandara Kualanamu", "Bandara Zainuddin Abdul Madjid",
            "Bandara El Tari", "Bandara Sentani", "Bandara Sultan Iskandar Muda", "Bandara Adi Soemarmo"]
PINJOL_APPS = ["DanaKilat", "UangCepat88", "PinjamKu", "KasCair", "DompetRia", "RupiahGo", "TunaiPlus",
               "DanaSegar", "KreditMudah", "SakuKita", "CairDulu", "DuitNow.id"]
BANKS = ["BRI", "BCA", "BNI", "Mandiri", "BSI", "BTN", "CIMB Niaga", "Bank Jatim", "Bank Jateng",
         "Bank NTT", "Bank Papua", "Bank Kalbar", "Bank Sulselbar", "Bank Nagari", "Bank Aceh Syariah",
         "Bank Sumut", "BPD Bali", "Bank NTB Syariah", "Bank SulutGo", "Bank Maluku Malut"]
HOTLINES = ["112", "110", "119", "123", "165", "1708", "1500200", "157", "129", "1500400"]
INST_EMAILS = ["pengaduan@lapor.go.id", "konsumen@ojk.go.id", "humas@bp2mi.go.id",
               "pengaduan@disdukcapil.go.id", "layanan@kemenag.go.id", "halo@pdam-tirta.co.id",
               "cs@danakilat.co.id", "pengaduan@kemdikbud.go.id", "care@bankjateng.co.id",
               "info@rsud-kabupaten.go.id"]
INST_HANDLES = ["@lapor1708", "@pln_123", "@bpjskesehatan_ri", "@ojkindonesia", "@kemenag_ri",
                "@bp2mi_ri", "@humaspolri", "@dukcapil_kemendagri", "@pdamtirta_official",
                "@kemensosri", "@kemdikbud.ri"]
REGS = ["UU No. 25 Tahun 2009 tentang Pelayanan Publik", "Perpres 76/2013", "UU 27/2022 tentang PDP",
        "Permenkes No. 28 Tahun 2014", "Perpres 82/2018", "PP No. 96 Tahun 2012",
        "UU No. 18 Tahun 2017", "PMA No. 8 Tahun 2018", "Permensos No. 1 Tahun 2018",
        "Permendikbud No. 1 Tahun 2021", "POJK 10/POJK.05/2022", "UU No. 24 Tahun 2013",
        "Perpres 96/2018", "PP 47/2021", "Permendagri 108/2019", "UU No. 14 Tahun 2008"]

MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
          "Oktober", "November", "Desember"]
MONTHS_S = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
DAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
DIGIT_WORDS = {"0": "nol", "1": "satu", "2": "dua", "3": "tiga", "4": "empat", "5": "lima",
               "6": "enam", "7": "tujuh", "8": "delapan", "9": "sembilan"}

MOBILE_PREFIXES = ["0811", "0812", "0813", "0821", "0822", "0823", "0851", "0852", "0853", "0814",
                   "0815", "0816", "0855", "0856", "0857", "0858", "0817", "0818", "0819", "0859",
                   "0877", "0878", "0831", "0832", "0833", "0838", "0895", "0896", "0897", "0898",
                   "0899", "0881", "0882", "0883", "0887", "0888", "0889"]
LANDLINES = [("021", 8), ("021", 7), ("022", 7), ("0274", 6), ("0361", 6), ("031", 7), ("024", 7),
             ("0341", 6), ("061", 7), ("0411", 6), ("0380", 6), ("0561", 6), ("0967", 6), ("0911", 6),
             ("0431", 6), ("0751", 6), ("0651", 6), ("0370", 6)]


# --------------------------------------------------------------------------------------------
# the text builder: pieces are appended, labelled pieces record their offsets as they go
# --------------------------------------------------------------------------------------------

class Doc:
    def __init__(self, case=None):
        self.buf = []
        self.n = 0
        self.spans = []   # (start, end, label, inserted value)
        self.case = case

    def _tx(self, s):
        if self.case == "upper":
            return s.upper()
        if self.case == "lower":
            return s.lower()
        return s

    def w(self, *parts):
        for p in parts:
            if p is None or p == "":
                continue
            if isinstance(p, list):
                self.w(*p)
            elif isinstance(p, tuple):
                val, lab = p
                val = self._tx(val)
                self.spans.append((self.n, self.n + len(val), lab, val))
                self.buf.append(val)
                self.n += len(val)
            else:
                s = self._tx(p)
                self.buf.append(s)
                self.n += len(s)
        return self

    def text(self):
        return "".join(self.buf)


class Person:
    pass


import unicodedata  # noqa: E402

PARTICLES = {"i", "ni", "br", "boru", "bin", "binti", "van", "der", "muh", "abd", "st", "moh", "la",
             "wa", "ode", "luh", "al"}


def ascii_fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if not unicodedata.combining(ch))


class Ctx:
    """Random helpers and value formatters for one record."""

    def __init__(self, rng, case=None):
        self.r = rng
        self.d = Doc(case)
        self.used_full = set()
        self.used_short = set()
        self.home = None

    # ---- random helpers
    def ch(self, seq):
        return self.r.choice(seq)

    def p(self, prob):
        return self.r.random() < prob

    def ri(self, a, b):
        return self.r.randint(a, b)

    def wc(self, options, weights):
        return self.r.choices(options, weights)[0]

    def digits(self, n, first_nonzero=False):
        s = "".join(str(self.ri(0, 9)) for _ in range(n))
        if first_nonzero and s[0] == "0":
            s = str(self.ri(1, 9)) + s[1:]
        return s

    def w(self, *parts):
        self.d.w(*parts)

    # ---- places
    def region(self, allow=None):
        names = [k for k in REGIONS if allow is None or k in allow]
        return self.r.choices(names, [REGIONS[k][0] for k in names])[0]

    def city(self, reg):
        return self.ch(REGIONS[reg][2])

    def kel(self, reg=None):
        if reg is None:
            return self.ch(KEL_JAWA + KEL_LUAR)
        return self.ch(KEL_JAWA if reg in JAWA_LIKE else KEL_LUAR)

    def kec(self, reg=None):
        if reg is None:
            return self.ch(KEC_JAWA + KEC_LUAR)
        return self.ch(KEC_JAWA if reg in JAWA_LIKE else KEC_LUAR)

    def area(self, reg, city=None):
        city = city or self.city(reg)
        k = self.ri(0, 5)
        if k == 0:
            return f", Kel. {self.kel(reg)}, Kec. {self.kec(reg)}, {city}"
        if k == 1:
            return f", Desa {self.kel(reg)}, Kec. {self.kec(reg)}"
        if k == 2:
            return f", {self.kel(reg)}, {city} {self.ri(20, 99)}{self.ri(100, 999)}"
        if k == 3:
            return f", Kec. {self.kec(reg)}, {city}"
        if k == 4:
            return f" Kelurahan {self.kel(reg)} {city}"
        return f", {city}"

    def trunk(self, reg=None):
        isl = REG_ISLAND.get(reg)
        if isl and (self.p(.55) or reg in ("tionghoa", "arab", "betawi")):
            return self.ch(ISLAND_ROADS[isl])
        cities = REGIONS[reg][2] if reg in REGIONS else ["Kota", "Kabupaten"]
        a = self.ch(cities)
        b = self.ch([x for x in cities if x != a] or ["perbatasan"])
        return f"jalan provinsi ruas {a}–{b}"

    def bank_for(self, reg=None):
        if reg in REG_BPD and self.p(.25):
            return self.ch(REG_BPD[reg])
        return self.ch(BANKS[:7])

    def set_home(self, reg):
        self.home = (reg, self.ch(REGIONS[reg][1].split()), "%02d" % self.ri(1, 24))

    # ---- people
    def person(self, reg=None, sex=None, age=(22, 75), pns=False, born=None):
        if reg is None:
            reg = self.region()
        if sex is None:
            sex = self.ch("LP")
        P = Person()
        P.reg, P.sex = reg, sex
        for _ in range(40):
            full, short = self.make_name(reg, sex)
            toks = full.split()
            if any(a == b for a, b in zip(toks, toks[1:])):
                continue
            if full not in self.used_full and short not in self.used_short:
                break
        self.used_full.add(full)
        self.used_short.add(short)
        P.full, P.short = full, short
        if born is not None:
            y0, y1 = born
        else:
            y0, y1 = 2024 - age[1], 2024 - age[0]
        y = self.ri(y0, y1)
        P.dob = datetime.date(y, 1, 1) + datetime.timedelta(days=self.ri(0, 364))
        P.age = 2024 - y
        if reg == "foreign":
            P.nik = P.kk = None
        else:
            code4 = self.ch(REGIONS[reg][1].split())
            kec = "%02d" % self.ri(1, 24)
            if self.home and self.home[0] == reg and self.p(.85):
                code4, kec = self.home[1], self.home[2]
            dd = P.dob.day + (40 if sex == "P" else 0)
            P.nik = f"{code4}{kec}{dd:02d}{P.dob.month:02d}{P.dob.year % 100:02d}{self.ri(1, 2400):04d}"
            iss = datetime.date(2008, 1, 1) + datetime.timedelta(days=self.ri(0, 6000))
            P.kk = f"{code4}{kec}{iss.day:02d}{iss.month:02d}{iss.year % 100:02d}{self.ri(1, 9999):04d}"
        P.pns = pns
        return P

    def make_name(self, reg, sex):
        N = NAMES[reg]
        g = self.ch(N["m"] if sex == "L" else N["f"])
        fams = N.get("fm", []) if (sex == "L" or "ff" not in N) else N["ff"]

        def fam():
            f = self.ch(fams)
            return f.replace("Bin-", "bin ")
        x = self.r.random()
        if reg == "jawa":
            if x < .35:
                return g, g
            if x < .85:
                return f"{g} {fam()}", g
            pre = self.ch(N["pre_m"] if sex == "L" else N["pre_f"])
            if pre == g:
                return f"{g} {fam()}", g
            return f"{pre} {g} {fam()}", g
        if reg in ("sunda", "melayu", "mandar", "banjar"):
            if x < .4:
                return g, g
            if x < .85 or reg not in ("mandar", "banjar"):
                return f"{g} {fam()}", g
            return (f"Muhammad {g}", g) if sex == "L" else (f"Siti {g}", g)
        if reg == "betawi":
            if x < .4:
                return g, g
            if x < .6:
                return (f"Muhammad {g}", g) if sex == "L" else (f"Siti {g}", g)
            if x < .8:
                return f"{g} {fam()}", g
            father = self.ch(N["m"])
            return f"{g} {'bin' if sex == 'L' else 'binti'} {father}", g
        if reg == "madura":
            if sex == "L":
                if x < .3:
                    return f"Moh. {g}", g
                if x < .45:
                    return f"Abd. {g}", g
                if x < .75:
                    return g, g
                return f"{g} {fam()}", g
            if x < .35:
                return f"Siti {g}", g
            return g, g
        if reg == "batak":
            marga = self.ch(N["fm"])
            if sex == "L":
                if x < .15:
                    g2 = self.ch(N["m"])
                    if g2 != g:
                        return f"{g} {g2} {marga}", g
                return f"{g} {marga}", (marga if self.p(.3) else g)
            if x < .7:
                return f"{g} {self.ch(['br.', 'br', 'boru', 'br.'])} {marga}", g
            return f"{g} {marga}", g
        if reg == "minang":
            if x < .5:
                return g, g
            if x < .7:
                return f"{g} {fam()}", g
            g2 = self.ch(N["m"] if sex == "L" else N["f"])
            return (f"{g} {g2}", g) if g2 != g else (g, g)
        if reg == "aceh":
            if sex == "L":
                if x < .2:
                    return f"Teuku {g} {fam()}", g
                if x < .3:
                    return f"Tengku {g}", g
                if x < .55:
                    return f"Muhammad {g}", g
                if x < .75:
                    return g, g
                return f"{g} {fam()}", g
            if x < .25:
                return f"Cut {g}", g
            if x < .7:
                return g, g
            return f"{g} {fam()}", g
        if reg == "bugis":
            if sex == "L":
                if x < .35:
                    return (f"Andi {g} {fam()}" if self.p(.5) else f"Andi {g}"), g
                if x < .55:
                    return f"Muh. {g}", g
                if x < .65:
                    return f"Abd. {g}", g
                return f"{g} {fam()}", g
            if x < .3:
                return f"Andi {g}", g
            if x < .55:
                return f"St. {g}", g
            if x < .8:
                return g, g
            return f"{g} {fam()}", g
        if reg == "buton":
            if sex == "L":
                if x < .75:
                    return (f"La Ode {g} {fam()}" if self.p(.5) else f"La Ode {g}"), g
                return f"{g} {fam()}", g
            if x < .75:
                return f"Wa Ode {g}", g
            return g, g
        if reg == "toraja":
            if x < .7:
                return f"{g} {fam()}", g
            if x < .9:
                a, b = fam(), fam()
                return (f"{g} {a} {b}", g) if a != b else (f"{g} {a}", g)
            return g, g
        if reg == "bali":
            name = g
            if sex == "L":
                order = self.ch(BALI_ORDER_M)
                if x < .6:
                    return f"I {order} {name}", self.ch([order, name])
                if x < .72:
                    return f"I Gusti {self.ch(['Ngurah', 'Bagus', 'Made', 'Ketut'])} {name}", name
                if x < .84:
                    return f"Ida Bagus {order} {name}", name
                if x < .92:
                    return f"Anak Agung Gede {name}", name
                return f"{self.ch(['Cokorda Gede', 'I Dewa Gede', 'I Dewa Made'])} {name}", name
            order = self.ch(BALI_ORDER_F)
            if x < .6:
                if order == "Luh":
                    return f"Ni Luh {self.ch(['Putu', 'Gede', 'Made', 'Ketut'])} {name}", name
                return f"Ni {order} {name}", self.ch([order, name])
            if x < .72:
                return f"I Gusti Ayu {self.ch(['Putu', 'Made', 'Ketut'])} {name}", name
            if x < .84:
                return f"Ida Ayu {self.ch(['Putu', 'Made', 'Nyoman'])} {name}", name
            if x < .92:
                return f"Anak Agung Ayu {name}", name
            return f"{self.ch(['Cokorda Istri', 'Desak Made', 'Desak Putu'])} {name}", name
        if reg == "sasak":
            if sex == "L":
                if x < .35:
                    return (f"Lalu {g} {fam()}" if self.p(.4) else f"Lalu {g}"), g
                if x < .7:
                    return g, g
                return f"{g} {fam()}", g
            if x < .35:
                return f"Baiq {g}", g
            return g, g
        if reg == "ntt":
            if sex == "P" and x < .15:
                return f"Maria {g} {fam()}", g
            if x < .9:
                return f"{g} {fam()}", g
            a, b = fam(), fam()
            return (f"{g} {a} {b}", g) if a != b else (f"{g} {a}", g)
        if reg == "tionghoa":
            if x < .4:
                g2 = self.ch(N["g2m"] if sex == "L" else N["g2f"])
                return f"{self.ch(N['clan'])} {g2}", g2
            return f"{g} {fam()}", g
        if reg == "arab":
            fm = fam()
            if x < .3:
                father = self.ch(NAMES["arab"]["m"])
                if father != g:
                    return f"{g} {'bin' if sex == 'L' else 'binti'} {father} {fm}", g
            if sex == "L" and x < .5:
                return f"Muhammad {g} {fm}", g
            return f"{g} {fm}", g
        # nias, dayak, minahasa, maluku, papua, foreign
        return f"{g} {fam()}", g

    # ---- labelled values: each returns (value, label) or a list of parts
    def nm(self, P):
        return (P.full, "PERSON")

    def sn(self, P):
        return (P.short, "PERSON")

    def hon(self, P, formal=False):
        if P.sex == "L":
            return "Bapak" if formal else self.ch(["Pak", "Pak", "Bapak"])
        return "Ibu" if formal else self.ch(["Bu", "Bu", "Ibu"])

    def group16(self, d, form):
        if form == "sp":
            return " ".join(d[i:i + 4] for i in range(0, 16, 4))
        if form == "dash":
            return "-".join(d[i:i + 4] for i in range(0, 16, 4))
        if form == "dot":
            return f"{d[0:2]}.{d[2:4]}.{d[4:6]}.{d[6:12]}.{d[12:16]}"
        return d

    def nik(self, P, form=None):
        f = form or self.wc(["plain", "sp", "dash", "dot", "typo"], [57, 14, 11, 13, 4])
        d = P.nik
        if f == "typo":
            i = self.ri(6, 15)
            if self.p(.5):
                d = d[:i] + d[i + 1:]
            else:
                d = d[:i] + d[i] + d[i:]
            return (d, "NIK")
        return (self.group16(d, f), "NIK")

    def kk(self, P, form=None):
        f = form or self.wc(["plain", "sp", "dash", "dot"], [65, 15, 10, 10])
        return (self.group16(P.kk, f), "KK")

    def npwp(self, P=None, form=None):
        f = form or self.wc(["old", "plain15", "z16", "nik"], [45, 18, 15, 22])
        if f == "nik" and P is not None and P.nik:
            return (P.nik, "NPWP")
        a = "%02d" % self.ri(4, 9)
        b, c, e = self.digits(3), self.digits(3), self.digits(3)
        dd = self.digits(1)
        if f == "plain15":
            return (a + b + c + dd + e + "000", "NPWP")
        if f == "z16":
            return ("0" + a + b + c + dd + e + "000", "NPWP")
        return (f"{a}.{b}.{c}.{dd}-{e}.000", "NPWP")

    def mobile_digits(self):
        return self.ch(MOBILE_PREFIXES) + self.digits(self.ch([7, 8, 8, 8, 9]))

    def phone(self, kind=None, form=None, paren=True):
        if kind is None:
            kind = "mobile"
        elif kind == "any":
            kind = "land" if self.p(.3) else "mobile"
        if kind == "foreign":
            return (self.foreign_phone(), "PHONE")
        if kind == "land":
            code, n = self.ch(LANDLINES)
            num = self.digits(n, first_nonzero=True)
            opts = ["dash", "plain"] + (["paren", "paren_split"] if paren else [])
            f = self.ch(opts)
            if f == "paren":
                return (f"({code}) {num}", "PHONE")
            if f == "paren_split":
                return (f"({code}) {num[:3]}-{num[3:]}" if n == 6 else f"({code}) {num[:3]} {num[3:]}",
                        "PHONE")
            if f == "dash":
                return (f"{code}-{num}", "PHONE")
            return (f"{code} {num}", "PHONE")
        full = self.mobile_digits()
        pre, rest = full[:4], full[4:]
        nat = full[1:]
        forms = ["plain", "dash", "space", "dot", "+62sp", "+62", "62", "3332"]
        weights = [30, 18, 14, 5, 8, 10, 5, 4]
        if paren:
            forms.append("(+62)")
            weights.append(4)
        f = form or self.wc(forms, weights)
        if len(rest) == 7:
            g = [rest[:3], rest[3:]]
        else:
            g = [rest[:4], rest[4:]]
        if f == "plain":
            return (full, "PHONE")
        if f == "dash":
            return ("-".join([pre] + g), "PHONE")
        if f == "space":
            return (" ".join([pre] + g), "PHONE")
        if f == "dot":
            return (".".join([pre] + g), "PHONE")
        if f == "+62sp":
            return ("+62 " + nat[:3] + "-" + "-".join(g), "PHONE")
        if f == "+62":
            return ("+62" + nat, "PHONE")
        if f == "62":
            return ("62" + nat, "PHONE")
        if f == "(+62)":
            return ("(+62) " + nat[:3] + " " + " ".join(g), "PHONE")
        if len(full) == 12:
            return (f"{full[:4]} {full[4:7]} {full[7:10]} {full[10:]}", "PHONE")
        return (" ".join([pre] + g), "PHONE")

    def foreign_phone(self, country=None):
        c = country or self.ch(["my", "sa", "hk", "tw", "sg", "kr", "jp", "au", "nl", "ae", "qa", "bn"])
        d = self.digits
        if c == "my":
            return self.ch([f"+60 1{self.ri(1, 9)}-{d(3)} {d(4)}", f"+601{self.ri(1, 9)}{d(7)}",
                            f"+60 1{self.ri(1, 9)} {d(3)} {d(4)}"])
        if c == "sa":
            return self.ch([f"+966 5{self.ri(0, 9)} {d(3)} {d(4)}", f"+9665{self.ri(0, 9)}{d(7)}",
                            f"00966 5{self.ri(0, 9)}{d(7)}"])
        if c == "hk":
            return self.ch([f"+852 {self.ch('569')}{d(3)} {d(4)}", f"+852{self.ch('569')}{d(7)}"])
        if c == "tw":
            return self.ch([f"+886 9{d(2)} {d(3)} {d(3)}", f"+886-9{d(2)}-{d(3)}-{d(3)}",
                            f"09{d(2)}-{d(3)}-{d(3)}"])
        if c == "sg":
            return f"+65 {self.ch('89')}{d(3)} {d(4)}"
        if c == "kr":
            return f"+82 10-{d(4)}-{d(4)}"
        if c == "jp":
            return self.ch([f"+81 90-{d(4)}-{d(4)}", f"+81 80 {d(4)} {d(4)}"])
        if c == "au":
            return f"+61 4{d(2)} {d(3)} {d(3)}"
        if c == "nl":
            return f"+31 6 {d(8)}"
        if c == "ae":
            return f"+971 5{self.ch('0256')} {d(3)} {d(4)}"
        if c == "qa":
            return f"+974 {self.ch('3567')}{d(3)} {d(4)}"
        return f"+673 {self.ch('78')}{d(2)} {d(3)}"

    def spoken_phone(self):
        full = self.mobile_digits()
        groups = [full[:4], full[4:8], full[8:]]
        words = []
        for gi, grp in enumerate(groups):
            ws = []
            for j, ch in enumerate(grp):
                if ch == "0" and gi == 0 and j == 0 and self.p(.6):
                    ws.append("kosong")
                else:
                    ws.append(DIGIT_WORDS[ch])
            words.append(" ".join(ws))
        return (", ".join(words), "PHONE")

    def name_tokens(self, P):
        toks = []
        for t in ascii_fold(P.full).replace("'", "").replace("-", " ").split():
            t = "".join(ch for ch in t.lower() if ch.isalpha())
            if t and t not in PARTICLES:
                toks.append(t)
        return toks or ["warga"]

    def email(self, P, domain=None):
        t = self.name_tokens(P)
        first, last = t[0], t[-1]
        yy = "%02d" % (P.dob.year % 100)
        nn = str(self.ri(1, 99))
        pats = [f"{first}.{last}{nn}", f"{first}{last}", f"{first}_{last}", f"{first}{yy}",
                f"{last}.{first}", f"{first[0]}{last}{yy}", f"{first}.{last}", f"{first}{P.dob.day:02d}{P.dob.month:02d}",
                f"{first}{last}{P.dob.year}"]
        local = self.ch(pats)
        if first == last:
            local = self.ch([f"{first}{yy}", f"{first}.{nn}", f"{first}{P.dob.year}"])
        dom = domain or self.wc(["gmail.com", "yahoo.com", "yahoo.co.id", "ymail.com", "outlook.com",
                                 "hotmail.com", "icloud.com", "proton.me", "rocketmail.com"],
                                [50, 12, 10, 4, 7, 5, 5, 3, 4])
        return (f"{local}@{dom}", "EMAIL")

    def handle(self, P):
        t = self.name_tokens(P)
        first, last = t[0], t[-1]
        yy = "%02d" % (P.dob.year % 100)
        pats = [f"{first}_{last}{yy}", f"{first}.{last}", f"{first}{last}", f"{first}{yy}_",
                f"real{first}{last[:3]}", f"{first}.{self.ri(1, 999)}", f"{last}_{first}",
                f"{first}{last}{self.ri(10, 99)}", f"its{first}"]
        h = self.ch(pats).strip("._")
        if first == last:
            h = self.ch([f"{first}{yy}", f"{first}_{self.ri(1, 99)}", f"official.{first}"])
        return ("@" + h[:22], "HANDLE")

    def plate(self, reg=None, form=None):
        codes = REGIONS[reg][3].split() if reg in REGIONS else ["B"]
        code = self.ch(codes)
        num = str(self.ri(1000, 9999)) if self.p(.8) else str(self.ri(1, 999))
        letters = "ABCDEFGHJKLMNPRSTUVWXYZ"
        suf = "".join(self.ch(letters) for _ in range(self.wc([1, 2, 3], [12, 44, 44])))
        f = form or self.wc(["sp", "tight", "dash", "low"], [66, 13, 12, 9])
        if f == "tight":
            return (f"{code}{num}{suf}", "PLATE")
        if f == "dash":
            return (f"{code}-{num}-{suf}", "PLATE")
        if f == "low":
            return (f"{code} {num} {suf}".lower(), "PLATE")
        return (f"{code} {num} {suf}", "PLATE")

    def acct(self, bank):
        d = self.digits
        if bank == "BRI":
            v = f"{d(4)}-01-{d(6)}-{d(2)}-{d(1)}"
            return (v if self.p(.6) else v.replace("-", ""), "BANK_ACCOUNT")
        if bank == "Mandiri":
            v = f"1{d(2)}-00-{d(7)}-{d(1)}"
            return (v if self.p(.5) else v.replace("-", ""), "BANK_ACCOUNT")
        if bank == "BTN":
            v = "0" + d(15)
            return (v if self.p(.7) else " ".join(v[i:i + 4] for i in range(0, 16, 4)), "BANK_ACCOUNT")
        if bank == "CIMB Niaga":
            return ("70" + d(self.ch([11, 12])), "BANK_ACCOUNT")
        if bank == "BSI":
            return ("7" + d(9), "BANK_ACCOUNT")
        v = d(10, first_nonzero=self.p(.5))
        if bank == "BCA" and self.p(.25):
            v = f"{v[:3]}-{v[3:6]}-{v[6:]}"
        return (v, "BANK_ACCOUNT")

    def passport(self, form=None, letter=None):
        L_ = letter or self.wc(["B", "C", "A", "E", "X"], [30, 30, 8, 10, 22])
        num = self.digits(7, first_nonzero=True)
        f = form or self.wc(["tight", "space"], [70, 30])
        return (f"{L_}{num}" if f == "tight" else f"{L_} {num}", "PASSPORT")

    def bpjs(self, form=None):
        v = "000" + self.digits(10, first_nonzero=True)
        f = form or self.wc(["plain", "grp"], [65, 35])
        if f == "grp":
            return (f"{v[:4]} {v[4:8]} {v[8:12]} {v[12]}", "BPJS")
        return (v, "BPJS")

    def nip(self, P, form=None):
        b = P.dob
        y = self.ri(b.year + 22, min(b.year + 36, 2023))
        m = self.ch([1, 1, 3, 3, 4, 12, 6, 2, 10])
        sx = "1" if P.sex == "L" else "2"
        ser = "%03d" % self.ri(1, 9)
        f = form or self.wc(["sp", "plain"], [58, 42])
        a = f"{b.year}{b.month:02d}{b.day:02d}"
        if f == "sp":
            return (f"{a} {y}{m:02d} {sx} {ser}", "NIP")
        return (f"{a}{y}{m:02d}{sx}{ser}", "NIP")

    def dob(self, P, form=None):
        d = P.dob
        f = form or self.wc(["long", "long0", "dash", "slash", "short", "dot", "iso", "nopad", "yy"],
                            [30, 8, 18, 12, 8, 6, 4, 8, 6])
        if f == "long":
            v = f"{d.day} {MONTHS[d.month - 1]} {d.year}"
        elif f == "long0":
            v = f"{d.day:02d} {MONTHS[d.month - 1]} {d.year}"
        elif f == "dash":
            v = f"{d.day:02d}-{d.month:02d}-{d.year}"
        elif f == "slash":
            v = f"{d.day:02d}/{d.month:02d}/{d.year}"
        elif f == "short":
            v = f"{d.day} {MONTHS_S[d.month - 1]} {d.year}"
        elif f == "dot":
            v = f"{d.day:02d}.{d.month:02d}.{d.year}"
        elif f == "iso":
            v = f"{d.year}-{d.month:02d}-{d.day:02d}"
        elif f == "nopad":
            v = f"{d.day}-{d.month}-{d.year}"
        elif f == "yy":
            v = f"{d.day:02d}/{d.month:02d}/{d.year % 100:02d}"
        elif f == "en":
            v = f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}"
        elif f == "en2":
            v = f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}"
        else:
            raise ValueError(f)
        return (v, "DATE_OF_BIRTH")

    def dob_phrase(self, P, lang="id"):
        """A cue + the birth date (place of birth outside the span)."""
        city = self.city(P.reg) if P.reg in REGIONS else "Jakarta"
        if lang == "en":
            k = self.ri(0, 2)
            if k == 0:
                return ["born on ", self.dob(P, "en")]
            if k == 1:
                return ["DOB ", self.dob(P, "iso")]
            return ["date of birth ", self.dob(P, "en2")]
        k = self.ri(0, 8)
        if k == 0:
            return ["lahir di ", city, " tgl ", self.dob(P, self.ch(["nopad", "dash"]))]
        if k == 1:
            return ["tgl lhr: ", self.dob(P, self.ch(["yy", "yy", "yy", "slash"]))]
        if k == 2:
            return ["TTL ", city, " ", self.dob(P, "long")]
        if k == 3:
            return ["TTL: ", city, ", ", self.dob(P, self.ch(["dash", "slash", "long", "long0"]))]
        if k == 4:
            return ["kelahiran ", self.dob(P, "long")]
        if k == 5:
            return ["tanggal lahir ", self.dob(P)]
        if k == 6:
            return ["lahir ", self.dob(P, self.ch(["long", "dash", "short"]))]
        if k == 7:
            return ["tgl. lahir ", self.dob(P, self.ch(["dot", "slash", "iso"]))]
        return ["lahir di ", city, ", ", self.dob(P, self.ch(["long", "short", "dash"]))]

    # ---- addresses
    def rtrw(self):
        rt, rw = self.ri(1, 15), self.ri(1, 12)
        k = self.ri(0, 6)
        return [f"RT {rt:02d}/RW {rw:02d}", f"RT {rt:03d} RW {rw:03d}", f"RT.{rt:02d}/RW.{rw:02d}",
                f"RT {rt} RW {rw}", f"Rt {rt:02d} Rw {rw:02d}", f"RT {rt:03d}/RW {rw:03d}",
                f"RT/RW {rt:03d}/{rw:03d}"][k]

    def houseno(self):
        n = self.ri(1, 120)
        k = self.ri(0, 6)
        return [f"No. {n}", f"No.{n}", f"no {n}", f"No. {n}{self.ch('ABC')}", f"nomor {n}", f"No. {n}",
                f"No {n}"][k]

    def addr(self, reg=None, kind=None):
        if kind is None:
            opts = ["jl", "jl", "jlgg", "gg", "perum"]
            if reg in ("jawa", "sunda", "sasak", "madura", "banjar", "bali"):
                opts += ["dusun", "dusun"]
            if reg in ("sunda", "betawi"):
                opts += ["kp", "kp", "gg"]
            if reg in ("melayu", "aceh"):
                opts += ["lr", "lr"]
            if reg in ("ntt", "bugis", "buton", "mandar", "toraja"):
                opts += ["btn", "btn"]
            kind = self.ch(opts)
        sep = self.ch([", ", " ", ", "])
        if kind == "jl":
            v = f"{self.ch(['Jl.', 'Jl.', 'Jln.', 'Jalan', 'JL.'])} {self.ch(STREETS)} {self.houseno()}"
            if self.p(.6):
                v += sep + self.rtrw()
        elif kind == "jlgg":
            v = f"Jl. {self.ch(STREETS)} Gg. {self.ch(GANGS)} {self.houseno()}"
            if self.p(.7):
                v += ", " + self.rtrw()
        elif kind == "gg":
            v = f"Gg. {self.ch(GANGS)} {self.houseno()} {self.rtrw()}"
        elif kind == "perum":
            t, nm = self.ch([c for c in COMPLEXES if c[0] != "BTN"])
            v = f"{t} {nm} Blok {self.ch('ABCDEFGHJK')}{self.ri(1, 12)} No. {self.ri(1, 40)}"
            if self.p(.3):
                v += sep + self.rtrw()
        elif kind == "btn":
            t, nm = self.ch([c for c in COMPLEXES if c[0] == "BTN"])
            v = f"BTN {nm} Blok {self.ch('ABCDEFGH')}{self.ch(['', '/'])}{self.ri(1, 30)}"
            if self.p(.5):
                v += sep + self.rtrw()
        elif kind == "dusun":
            v = f"{self.ch(['Dusun', 'Dsn.', 'Dusun'])} {self.ch(DUSUNS)} {self.rtrw()}"
        elif kind == "kp":
            v = f"Kp. {self.ch(KAMPUNGS)} {self.rtrw()}"
        elif kind == "lr":
            v = f"Lr. {self.ch(LORONGS)} {self.houseno()} {self.rtrw()}"
        else:
            raise ValueError(kind)
        return (v, "ADDRESS")

    # ---- near-misses (plain text, never labelled)
    def rp(self, lo=50_000, hi=5_000_000):
        if hi <= 20_000:
            step = 500
        elif hi <= 200_000:
            step = 5_000
        elif hi <= 2_000_000:
            step = 25_000
        elif hi <= 20_000_000:
            step = 250_000
        else:
            step = 1_000_000
        v = self.ri(max(1, lo // step), max(1, hi // step)) * step
        dots = f"{v:,}".replace(",", ".")
        forms = [f"Rp {dots}", f"Rp{dots}", f"Rp. {dots},-", f"Rp {dots}"]
        if v >= 1_000_000 and v % 100_000 == 0:
            js = f"{v / 1_000_000:.1f}".rstrip("0").rstrip(".").replace(".", ",")
            forms += [f"Rp{js} juta", f"Rp {js} juta", f"{js} juta"]
        elif v < 1_000_000 and v % 1000 == 0:
            forms += [f"Rp {v // 1000} ribu", f"Rp{v // 1000}rb", f"{v // 1000}rb"]
        return self.ch(forms)

    def ticket(self):
        k = self.ri(0, 2)
        if k == 0:
            return f"#{self.digits(7, True)}"
        if k == 1:
            return f"nomor laporan {self.digits(8, True)}"
        return f"tiket {self.ticket16()}"

    def ticket16(self):
        y = self.ch([2023, 2024, 2025])
        return f"{y}{self.ri(1, 12):02d}{self.ri(1, 28):02d}{self.digits(8)}"

    def spbu(self):
        return f"SPBU {self.ri(11, 74)}.{self.ri(101, 999)}.{self.ri(1, 99):02d}"

    def npsn(self):
        return f"NPSN {self.ri(10100000, 69999999)}"

    def km(self):
        return self.ch([f"km {self.ri(2, 180)}", f"KM {self.ri(2, 90)}+{self.ri(1, 9)}00", f"Km. {self.ri(3, 60)}"])

    def idate(self, y0=2023, y1=2025):
        return datetime.date(y0, 1, 1) + datetime.timedelta(days=self.ri(0, 365 * (y1 - y0) + 280))

    def fdate(self, d, style=None):
        k = style if style is not None else self.ri(0, 4)
        if k == 0:
            return f"{d.day} {MONTHS[d.month - 1]} {d.year}"
        if k == 1:
            return f"{DAYS[d.weekday()]}, {d.day} {MONTHS[d.month - 1]} {d.year}"
        if k == 2:
            return f"{d.day}/{d.month}/{d.year}"
        if k == 3:
            return f"{d.day:02d}-{d.month:02d}-{d.year}"
        return f"tanggal {d.day} {MONTHS[d.month - 1]}"

    def reg(self):
        return self.ch(REGS)

    def hotline(self):
        return self.ch(HOTLINES)

    def hero_road(self):
        return self.ch(HERO_ROADS)

    def hospital(self, reg=None, city=None):
        if reg in REGIONS and self.p(.4):
            return f"RSUD {city or self.city(reg)}"
        return self.ch(HOSPITALS)

    def count(self, unit=None):
        u = unit or self.ch(["peserta", "warga", "KK", "jamaah", "siswa", "penerima", "orang"])
        return f"{self.ri(12, 480)} {u}"

    def nopii_cue(self, kind="nik"):
        return self.ch({
            "nik": ["NIK saya sudah dicek di 3 aplikasi dan hasilnya tetap tidak terdaftar",
                    "NIK dan KK sudah saya lampirkan waktu daftar",
                    "NIK saya sudah dicek di aplikasi Cek Bansos dan tetap tidak muncul",
                    "data KTP sudah difotokopi dua kali"],
            "bpjs": ["nomor BPJS sudah saya kirim lewat DM", "nomor kartu JKN sudah dicek di aplikasi Mobile JKN",
                     "NIK saya sudah dicek di 3 aplikasi"],
            "rek": ["nomor rekening sudah saya serahkan ke bagian kemahasiswaan", "no HP saya ada di lampiran berkas",
                    "NIK dan KK sudah saya unggah dua kali"],
            "bank": ["nomor rekening dan no HP sudah saya berikan ke CS", "NIK saya sudah diverifikasi ulang di cabang",
                     "data KTP sudah difotokopi dua kali"],
        }[kind])


# --------------------------------------------------------------------------------------------
# shared bits for the styles
# --------------------------------------------------------------------------------------------

def cap(s):
    return s[:1].upper() + s[1:]


def zone(reg):
    if reg in ("papua", "maluku"):
        return "WIT"
    if reg in ("bali", "sasak", "ntt", "bugis", "buton", "mandar", "toraja", "minahasa", "banjar"):
        return "WITA"
    return "WIB"


CALLNAMES = ["Ucok", "Bedul", "Gondrong", "Kribo", "Item", "Botak", "Codet", "Jabrik", "Acong", "Bogel",
             "Tole", "Kempot"]
RELS_L = ["suami", "ayah", "kakak", "adik", "anak", "paman", "kakek", "mertua", "ipar"]
RELS_P = ["istri", "ibu", "kakak", "adik", "anak", "bibi", "nenek", "mertua", "ipar"]
POLICE_RANKS = ["Bripka", "Brigpol", "Aipda", "Aiptu", "Ipda", "Iptu", "AKP", "Bripda"]
MOTORS = ["Honda Beat", "Honda Vario 125", "Yamaha NMAX", "Yamaha Mio", "Honda Supra X", "Suzuki Satria",
          "Honda Scoopy", "Yamaha Jupiter Z"]
COLORS = ["hitam", "merah", "putih", "biru", "abu-abu", "hitam doff"]
UNIVS = ["Universitas Hasanuddin", "Universitas Nusa Cendana", "UIN Ar-Raniry", "Universitas Cenderawasih",
         "Universitas Sriwijaya", "Universitas Mataram", "Universitas Udayana", "Universitas Tanjungpura",
         "Universitas Pattimura", "Universitas Jember", "Universitas Syiah Kuala", "Politeknik Negeri Kupang"]
EMPLOYERS = {
    "tw": ["Lin Chih-ming", "Chen Mei-hua", "Wang Shu-fen", "Huang Chien-hung", "Tsai Ya-ting"],
    "hk": ["Wong Ka-ming", "Chan Siu-ling", "Leung Wai-man", "Cheung Mei-yee"],
    "my": ["Rahman bin Yusof", "Tan Ah Kow", "Siti Aishah binti Omar", "Lim Chee Keong"],
    "sa": ["Abdullah Al-Qahtani", "Fahad Al-Harbi", "Saad Al-Otaibi", "Nasser Al-Dossari"],
    "sg": ["Lim Wei Jie", "Ng Siew Ling", "Goh Chun Hao"],
}
COUNTRIES = {"tw": "Taiwan", "hk": "Hong Kong", "my": "Malaysia", "sa": "Arab Saudi", "sg": "Singapura"}


def school(c):
    return c.ch([f"SMP Negeri {c.ri(1, 12)}", f"SMA Negeri {c.ri(1, 9)}", f"SD Inpres {c.ri(1, 40)}",
                 f"SMK Negeri {c.ri(1, 6)}", f"MTs Negeri {c.ri(1, 5)}", f"SD Negeri {c.ri(1, 60)}"])


def rel_of(c, P):
    return c.ch(RELS_L if P.sex == "L" else RELS_P)


def pp_phrase(c, pp=None):
    pp = pp or c.passport()
    k = c.ri(0, 6)
    return [["paspor no. ", pp], ["No Paspor:", pp], ["nomor paspor ", pp], ["passport number ", pp],
            ["(paspor ", pp, ")"], ["paspor ", pp], ["No. Paspor: ", pp]][k]


def misspell(c, name):
    toks = name.split(" ")
    t = toks[0]
    if len(t) < 4 or not t.isalpha():
        return None
    i = c.ri(1, len(t) - 2)
    repl = c.ch([x for x in "aeiounmrs" if x != t[i].lower()])
    toks[0] = t[:i] + repl + t[i + 1:]
    return " ".join(toks)


def spelled(P):
    for t in [P.short] + P.full.split():
        if t.isalpha() and 4 <= len(t) <= 11:
            return "-".join(t.upper())
    return None


# --------------------------------------------------------------------------------------------
# style 1: Surat Pembaca (reader letters)
# --------------------------------------------------------------------------------------------

SP_TITLES = {
    "pdam": ["Air PDAM Mati, Tagihan Jalan Terus", "PDAM Tak Kunjung Datang"],
    "ektp": ["KTP-el Tak Kunjung Jadi", "Blangko Habis Terus?"],
    "samsat": ["Pungutan Liar di Samsat", "Bayar Pajak Kok Ada ‘Uang Jasa’"],
    "bus": ["Tarif Bus Naik Seenaknya", "Kondektur Tak Beretika"],
    "ptsl": ["PTSL Katanya Gratis", "Sertifikat Tanah Berbayar"],
    "dinas": ["Mobil Dinas untuk Belanja", "Pelat Merah di Hari Libur"],
    "rsud": ["Pelayanan RSUD Mengecewakan", "Pasien JKN Dinomorduakan"],
    "sampah": ["Sampah Menumpuk di Pusat Kota", "Kota Bersih Hanya Slogan"],
    "pajak": ["Coretax Menyulitkan Pensiunan", "NIK Jadi NPWP, Akun Terkunci"],
    "pensiun": ["Pensiun Guru Terlambat", "Taspen Lamban"],
}


def st_surat_pembaca(c, nopii):
    reg = c.region()
    city = c.city(reg)
    topic = c.ch(list(SP_TITLES))
    title = c.ch(SP_TITLES[topic])
    h = c.ri(0, 3)
    if h == 0:
        c.w("SURAT PEMBACA\n", title, "\n\n")
    elif h == 1:
        c.w("“", title, "”\n\n")
    elif h == 2:
        c.w("Suara Pembaca – ", title, "\n\n")
    if h == 3 or c.p(.5):
        c.w(c.ch(["Redaksi Yth.,\n", "Yth. Redaksi,\n", "Kepada Redaksi yang terhormat,\n"]))
    rep = c.person(reg, age=(28, 74))
    d = c.idate()
    if topic == "pdam":
        c.w(f"Sudah {c.ri(4, 19)} hari air PDAM di lingkungan kami di {city} tidak mengalir. Warga RT "
            f"{c.ri(1, 12):02d} terpaksa membeli air tangki {c.rp(50_000, 150_000)} per 1.000 liter. Anehnya, tagihan bulan "
            f"{MONTHS[d.month - 1]} tetap datang utuh. Saya sudah menelepon call center dan mendapat nomor aduan "
            f"{c.ticket().replace('nomor laporan ', '').replace('tiket ', '')}, tetapi sampai surat ini ditulis belum ada petugas yang datang.")
        if not nopii:
            off = c.person(reg)
            c.w(" Petugas yang menerima aduan saya di kantor cabang, ", c.hon(off), " ", c.nm(off),
                ", hanya berkata “nanti diteruskan ke bagian teknik”.")
    elif topic == "ektp":
        c.w(f"Saya melakukan perekaman KTP-el di Disdukcapil {city} pada {c.fdate(d, 0)}. Sudah "
            f"{c.ri(3, 9)} bulan KTP saya belum dicetak dengan alasan blangko kosong. Padahal "
            f"{c.ch(['UU No. 24 Tahun 2013', 'Perpres 96/2018'])} jelas mengatur bahwa pelayanan adminduk tidak dipungut biaya.")
        if not nopii:
            off = c.person(reg)
            c.w(" Seorang petugas loket bernama ", c.nm(off), " justru menawarkan “jalur cepat” dengan biaya ",
                c.rp(100_000, 500_000), ".")
            if c.p(.6):
                c.w(" NIK saya, ", c.nik(rep), ", bahkan sudah berstatus “sudah cetak” di sistem.")
        else:
            c.w(" " + cap(c.nopii_cue()) + ".")
    elif topic == "samsat":
        c.w("Ketika membayar pajak tahunan sepeda motor")
        if not nopii:
            c.w(" bernopol ", c.plate(reg))
        c.w(f" di Samsat {city} pada {c.fdate(d, 1)}, saya dimintai “uang jasa” {c.rp(20_000, 100_000)} tanpa kuitansi.")
        if not nopii:
            off = c.person(reg)
            c.w(f" Yang meminta adalah petugas loket {c.ri(1, 6)} bernama ", c.nm(off),
                ". Ketika saya menolak, ", c.hon(off), " ", c.sn(off), " menahan STNK saya hampir satu jam.")
        else:
            c.w(f" Antrean di loket {c.ri(1, 6)} saja sudah dua jam.")
    elif topic == "bus":
        c2 = c.ch([x for x in REGIONS[reg][2] if x != city] or [city])
        fare = c.ri(8, 30) * 5000
        fare2 = fare + c.ri(3, 12) * 5000
        c.w(f"Bus jurusan {city}–{c2} menaikkan tarif dari {c.rp(fare, fare)} menjadi {c.rp(fare2, fare2)} tanpa pengumuman resmi.")
        if not nopii:
            k = c.person(c.region(), sex="L")
            c.w(" Kondektur bus bernomor polisi ", c.plate(reg), f" yang saya tumpangi pada {c.fdate(d, 0)}, "
                "seorang pria yang dipanggil Bang ", c.sn(k), ", malah membentak penumpang lansia yang bertanya.")
        else:
            c.w(f" Di terminal bahkan tidak ada papan tarif, padahal {c.reg()} mewajibkan standar pelayanan dipublikasikan.")
    elif topic == "ptsl":
        c.w(f"Program PTSL di desa kami dipungut {c.rp(400_000, 2_500_000)} per bidang, padahal SKB 3 Menteri hanya membolehkan "
            f"Rp 150.000 untuk wilayah Jawa–Bali. Jumlahnya ada {c.count('bidang')}.")
        if not nopii:
            kd = c.person(reg)
            c.w(" Uang dikumpulkan oleh Kepala Dusun, ", c.hon(kd, True), " ", c.nm(kd), ", di rumahnya di ",
                c.addr(reg), c.area(reg), ". Ketika ditanya, ", c.hon(kd), " ", c.sn(kd),
                " berkata itu sudah “kesepakatan warga”.")
        else:
            c.w(" Ketika ditanya, kepala dusun berkata itu sudah “kesepakatan warga”.")
    elif topic == "dinas":
        c.w(f"Pada {c.fdate(d, 1)} pukul 10.15 saya melihat mobil dinas berpelat merah")
        if not nopii:
            c.w(" ", c.plate(reg))
        c.w(f" dipakai mengangkut belanjaan di pasar {city}. Mobil itu dibeli dengan uang rakyat.")
        if not nopii:
            st = c.person(reg)
            c.w(" Pengemudinya saya kenali sebagai ", c.nm(st), ", staf di kantor kecamatan.")
        else:
            c.w(" Hari itu hari Minggu, bukan hari kerja.")
    elif topic == "rsud":
        hosp = c.hospital()
        c.w(f"Ibu saya dirawat di {hosp} sejak {c.fdate(d, 0)}. Sebagai peserta JKN kelas 3, kami diminta "
            f"membeli sendiri obat seharga {c.rp(150_000, 1_500_000)} di apotek luar.")
        if not nopii:
            pat = c.person(reg, sex="P", age=(60, 85))
            doc = c.person(c.region())
            c.w(" Ibu saya, ", c.nm(pat), ", No. BPJS ", c.bpjs(), ", ", c.dob_phrase(pat),
                ", tiga hari tidak dikunjungi dokter penanggung jawab, dr. ", c.nm(doc), ".")
        else:
            c.w(" Keluhan sudah saya sampaikan ke 165, tetapi belum ada jawaban.")
    elif topic == "sampah":
        c.w(f"Tumpukan sampah di {c.hero_road()} dekat pasar sudah {c.ri(5, 14)} hari tidak diangkut. "
            f"Baunya sampai ke {c.hospital()} yang hanya berjarak 200 meter.")
        if not nopii:
            rt = c.person(reg, sex="L")
            c.w(" Ketua RT kami, Pak ", c.nm(rt), ", sudah tiga kali menyurati dinas tanpa jawaban.")
        else:
            c.w(f" Retribusi sampah tetap ditarik {c.rp(10_000, 50_000)} per bulan.")
    elif topic == "pajak":
        c.w("Saya pensiunan. Sejak NIK dipadankan menjadi NPWP (PMK 112/2022), akun pajak saya tidak bisa dibuka "
            f"dan pelaporan SPT tahun {d.year - 1} gagal terus.")
        if not nopii:
            c.w(" NPWP lama saya ", c.npwp(rep, c.ch(["old", "plain15", "z16"])), ", sedangkan NIK saya ",
                c.nik(rep), ".")
            if c.p(.5):
                off = c.person(reg)
                c.w(" Petugas KPP yang melayani, ", c.nm(off), ", menyarankan saya datang lagi bulan depan.")
        else:
            c.w(" Petugas KPP menyarankan saya datang lagi bulan depan. " + cap(c.nopii_cue()) + ".")
    else:  # pensiun
        c.w(f"Ayah saya pensiunan guru SD. Sejak {MONTHS[d.month - 1]} {d.year}, uang pensiunnya terlambat "
            f"hampir dua bulan.")
        if not nopii:
            fa = c.person(reg, sex="L", born=(1952, 1963))
            c.w(" Nama ayah saya ", c.nm(fa), ", NIP ", c.nip(fa), ", ", c.dob_phrase(fa), ".")
        else:
            c.w(f" Menurut kantor cabang, berkas sudah dikirim ke pusat dengan {c.ticket()}.")
    c.w("\n\n", c.ch(["Mohon perhatian pihak terkait.", "Terima kasih atas dimuatnya surat ini.",
                      "Semoga ada tindak lanjut.", "Kami menunggu jawaban resmi."]))
    if nopii:
        c.w(c.ch(["\n\n(Nama dan alamat lengkap ada pada Redaksi)", f"\n\nWarga {city}",
                  f"\n\nSeorang pensiunan guru di {city}", f"\n\nPelanggan setia, {city}"]))
        return
    k = c.ri(0, 4)
    if k == 0:
        c.w("\n\n", c.nm(rep), "\n", c.addr(reg), c.area(reg, city), "\nNIK ", c.nik(rep), "\nHP ", c.phone())
        if c.p(.3):
            c.w("\nTelp. rumah ", c.phone("land"))
    elif k == 1:
        c.w("\n\n", c.nm(rep), "\n", c.addr(reg), ", ", city, "\nNo. KTP: ", c.nik(rep))
    elif k == 2:
        c.w("\n\n", c.nm(rep), ", ", city, "\nKTP ", c.nik(rep))
    elif k == 3:
        c.w("\n\nHormat saya,\n", c.nm(rep), "\n", c.addr(reg), c.area(reg), "\nTelp. ", c.phone("any"),
            "\nEmail: ", c.email(rep))
    else:
        c.w("\n\n", c.nm(rep), " – ", c.addr(reg), c.area(reg), " (KTP ", c.nik(rep), ")")


# --------------------------------------------------------------------------------------------
# style 2: police-report-like chronology (BAP style)
# --------------------------------------------------------------------------------------------

def st_kronologi(c, nopii):
    reg = c.region()
    city = c.city(reg)
    d = c.idate()
    c.w(c.ch(["KRONOLOGI KEJADIAN\n\n", "Kronologis singkat:\n", "URAIAN KEJADIAN\n\n", "Kronologi\n\n", ""]))

    def opening_at(h0, h1):
        hh, mm = c.ri(h0, h1), c.ch([0, 5, 10, 15, 20, 30, 40, 45, 50])
        return (f"Pada hari {DAYS[d.weekday()]} tanggal {d.day} {MONTHS[d.month - 1]} {d.year} sekira pukul "
                f"{hh:02d}.{mm:02d} {zone(reg)}, ")
    opening = opening_at(6, 23)
    lp = f"LP/B/{c.ri(12, 980)}/{ROMAN[d.month - 1]}/{d.year}/SPKT/POLRES {city.upper()}"
    if nopii:
        k = c.ri(0, 2)
        if k == 0:
            c.w(opening, f"terjadi kecelakaan beruntun di {c.trunk(reg)} {c.km()} yang melibatkan sebuah truk "
                f"tangki, dua mobil pribadi, dan tiga sepeda motor. Tiga orang luka berat dibawa ke {c.hospital()}. "
                f"Menurut warga, lampu penerangan di ruas tersebut sudah mati sejak {MONTHS[c.ri(0, 11)]} {d.year - 1} "
                f"dan sudah pernah diadukan dengan {c.ticket()}.\n\n")
        elif k == 1:
            c.w(opening, f"kotak amal masjid di lingkungan RT {c.ri(1, 9):02d} dibobol orang tidak dikenal. "
                f"Uang yang hilang diperkirakan {c.rp(1_000_000, 8_000_000)}. Rekaman CCTV sudah diserahkan ke Polsek {c.kec(reg)} "
                f"pada hari yang sama.\n\n")
        else:
            c.w(opening, f"terjadi kebakaran di pasar {city} yang menghanguskan {c.ri(12, 80)} kios. "
                f"Mobil pemadam baru tiba 50 menit kemudian karena hidran di {c.hero_road()} tidak berfungsi. "
                f"Kerugian pedagang ditaksir {c.rp(200_000_000, 2_000_000_000)}.\n\n")
        c.w(f"Laporan resmi sudah dibuat dengan Nomor: {lp}, tetapi sampai {c.fdate(d + datetime.timedelta(days=c.ri(30, 200)), 0)} belum ada "
            f"perkembangan. Kami mohon {c.ch(['Propam', 'Kapolres', 'Ombudsman'])} memantau penanganannya.\n\n"
            "Identitas pelapor tidak dicantumkan atas permintaan yang bersangkutan.")
        return
    rep = c.person(reg, age=(19, 66))
    k = c.ri(0, 4)
    accused = None
    if k == 0:
        comp = c.person(reg)
        c.w(opening, "saya ", c.nm(rep), " bersama ", rel_of(c, comp), " saya ", c.nm(comp),
            " memarkir sepeda motor ", c.ch(MOTORS), " warna ", c.ch(COLORS), " nopol ", c.plate(reg),
            f" di halaman minimarket di {c.hero_road()}. Sekira 20 menit kemudian motor tersebut sudah tidak ada. "
            "Menurut keterangan juru parkir yang biasa dipanggil ")
        jk = c.person(reg, sex="L")
        c.w(c.sn(jk), ", motor dibawa dua orang laki-laki yang datang berboncengan dengan motor lain bernopol ",
            c.plate(reg), ".\n\n")
        witnesses = [comp, jk]
    elif k == 1:
        seller = c.person(c.region())
        bank = c.bank_for()
        h = c.handle(seller)
        c.w(opening, "saya ", c.nm(rep), " membeli telepon genggam melalui media sosial dari akun ", h,
            f". Setelah sepakat harga {c.rp(1_500_000, 9_000_000)}, saya mentransfer uang ke rekening {bank} ", c.acct(bank),
            " a.n. ", c.nm(seller), ". Setelah uang terkirim, nomor penjual ", c.phone(),
            " tidak aktif lagi dan akun ", (h[0], "HANDLE"), " memblokir saya.\n\n")
        accused = seller
        witnesses = [c.person(reg)]
    elif k == 2:
        owner = c.person(reg)
        perp = c.person(reg, sex="L", age=(20, 50))
        w1, w2 = c.person(reg), c.person(reg)
        c.w(opening, "saya ", c.nm(rep), " sedang duduk di warung milik ", c.nm(owner),
            ". Tiba-tiba datang ", c.nm(perp), " alias ", (c.ch(CALLNAMES), "PERSON"), f" (±{perp.age} tahun) yang tinggal di ",
            c.addr(reg), c.area(reg), ", lalu langsung memukul wajah saya dua kali. Kejadian itu dilihat oleh ",
            c.nm(w1), " dan ", c.nm(w2), ".\n\n")
        accused = perp
        witnesses = [w1, w2]
    elif k == 3:
        pns = c.person(reg, age=(27, 56), pns=True)
        c.w(opening_at(8, 13), "saya ", c.nm(rep), " datang ke kantor kelurahan untuk mengurus surat keterangan ahli waris. "
            "Staf pelayanan bernama ", c.nm(pns), " (NIP ", c.nip(pns), f") meminta uang {c.rp(300_000, 1_500_000)} agar surat "
            "“cepat selesai”. Karena tidak punya uang sebanyak itu, saya hanya memberi Rp 100.000 yang diterima "
            "langsung oleh ", c.hon(pns), " ", c.sn(pns), " di mejanya.\n\n")
        accused = pns
        witnesses = [c.person(reg)]
    else:
        drv = c.person(c.region(), sex="L")
        c.w(opening, "saya ", c.nm(rep), " mengendarai sepeda motor ", c.plate(reg), f" dari arah {city}. Di ",
            f"{c.trunk(reg)} {c.km()}, sepeda motor saya ditabrak dari belakang oleh mobil pikap bernopol ",
            c.plate(c.region()), " yang dikemudikan oleh ", c.nm(drv),
            f". Pengemudi sempat turun, lalu melarikan diri. Saya dibawa warga ke {c.hospital()}.\n\n")
        accused = drv
        witnesses = [c.person(reg)]
    cop, cop2 = c.person(c.region()), c.person(c.region())
    d2 = d + datetime.timedelta(days=c.ri(0, 3))
    c.w(f"Atas kejadian tersebut, pada {c.fdate(d2, 0)} saya melapor ke SPKT Polres {city} dan dibuatkan Laporan "
        f"Polisi Nomor: {lp}. Laporan saya diterima oleh {c.ch(POLICE_RANKS)} ", c.nm(cop), ".")
    if c.p(.6):
        c.w(f" Namun hingga hari ini belum ada SP2HP, dan ketika saya menanyakan ke penyidik pembantu, "
            f"{c.ch(POLICE_RANKS)} ", c.nm(cop2), ", saya hanya disuruh menunggu.")
    if accused is not None and c.p(.6):
        c.w(" Padahal Sdr. ", c.sn(accused), " masih terlihat bebas berkeliaran.")
    c.w("\n\n")
    if c.p(.55):
        c.w("Saksi-saksi:\n")
        for i, wi in enumerate(witnesses, 1):
            c.w(f"{i}. ", c.nm(wi))
            if c.p(.6):
                c.w(", HP ", c.phone())
            else:
                c.w(", alamat ", c.addr(wi.reg))
            c.w("\n")
        c.w("\n")
    c.w("Demikian kronologi ini saya buat dengan sebenar-benarnya.\n\n", city, ", ",
        c.fdate(d2 + datetime.timedelta(days=c.ri(20, 90)), 0), "\nPelapor,\n\nttd\n\n",
        (rep.full.upper(), "PERSON") if c.p(.5) else c.nm(rep))
    if c.p(.75):
        c.w("\nNIK. ", c.nik(rep))
    if c.p(.35):
        c.w("\n", c.addr(reg), c.area(reg))


# --------------------------------------------------------------------------------------------
# style 3: online-loan (pinjol) debt collectors
# --------------------------------------------------------------------------------------------

THREATS = ["Bayar hari ini atau data kamu kami sebar ke semua kontak!!",
           "Kami tahu alamat kantor anda, jangan sampai kami datang 😡",
           "Siap2 viral ya, foto KTP kamu sudah kami edit",
           "Jatuh tempo jam 12 siang. Lewat 1 menit denda Rp100rb",
           "Keluarga kamu sudah kami hubungi satu per satu. Malu ga?"]


def st_pinjol(c, nopii):
    reg = c.region()
    app = c.ch(PINJOL_APPS)
    d = c.idate()
    if nopii:
        k = c.ri(0, 2)
        if k == 0:
            c.w(f"Aplikasi {app} menagih dengan kata-kata kasar sejak {c.fdate(d, 0)}. Bunga {c.ch(['0,8', '1', '1,5', '2'])}% "
                f"per hari dan denda {c.rp(10_000, 100_000)} per hari keterlambatan. Ini jelas melanggar {c.ch(['POJK 10/POJK.05/2022', 'UU 27/2022 tentang PDP'])}. "
                f"Saya sudah lapor ke OJK lewat 157{c.ch([' dan email konsumen@ojk.go.id', ''])} ({c.ticket()}). Di grup korban ada "
                f"{c.count('orang')} dengan keluhan yang sama. Tolong aplikasi ini diblokir.")
        elif k == 1:
            c.w(f"Mohon info, apakah {app} terdaftar di OJK? Saya dapat SMS penawaran pinjaman {c.rp(1_000_000, 10_000_000)} “cair 5 menit "
                "tanpa BI checking”. Setahu saya aplikasi legal hanya boleh mengakses kamera, mikrofon, dan lokasi. "
                f"{cap(c.nopii_cue())}, jadi saya khawatir data saya sudah bocor.")
        else:
            debt = c.ri(5, 20) * 100_000
            c.w(f"Lapor, min. Ada DC {app} yang datang ke kampung kami tiap sore, teriak-teriak di depan rumah warga "
                f"RT {c.ri(1, 9):02d}. Sudah {c.count('warga')} yang jadi korban. Katanya tunggakan {c.rp(debt, debt)} "
                f"bisa jadi {c.rp(debt * 4, debt * 4)} dalam sebulan. Akun resmi @ojkindonesia sudah kami tag tapi belum dibalas. 🙏")
        return
    v = c.person(reg, age=(20, 48))
    k = c.ri(0, 4)
    if k == 0:
        loan = c.ri(5, 40) * 100_000
        c.w(c.ch(["Saya ", "Perkenalkan, saya ", "Nama saya "]), c.nm(v), ", ",
            c.ch(["korban pinjol ilegal", "nasabah aplikasi", "pengguna aplikasi"]), f" {app}. "
            f"Tanggal {c.fdate(d, 2)} saya pinjam {c.rp(loan, loan)}, tenor 7 hari, tapi yang cair cuma {c.rp(loan * 7 // 10, loan * 7 // 10)}. "
            "Belum jatuh tempo saya sudah diteror DC.\n\nBukti yang saya lampirkan:\n")
        dc = c.person(c.region())
        c.w("[Tangkapan layar 1] Chat WA dari ", c.phone(), ": “", c.ch(THREATS), "”\n")
        c.w(f"[Tangkapan layar 2] Telepon masuk {c.ri(12, 80)} kali dari ", c.phone("any"),
            ", yang mengaku bernama ", c.nm(dc), f" dari “divisi legal” {app}.\n")
        c.w("[Tangkapan layar 3] Foto KTP saya (NIK ", c.nik(v), ") disebar ke grup WA keluarga dengan tulisan “DPO PENIPU”.\n")
        if c.p(.5):
            c.w("[Tangkapan layar 4] Akun IG ", c.handle(c.person(c.region())), " memposting foto saya.\n")
        r = c.person(reg)
        c.w("\nMereka juga menghubungi ", rel_of(c, r), " saya, ", c.nm(r), ", di nomor ", c.phone(),
            ", dan atasan saya di kantor. Saya ditagih oleh ", c.sn(dc), " setiap jam. "
            f"Sudah lapor ke OJK 157 ({c.ticket()}). Kontak saya: ", c.phone(), " 🙏")
    elif k == 1:
        debtor = c.person(reg, age=(19, 40))
        dc1, dc2 = c.person(c.region()), c.person(c.region())
        c.w("Saya bukan peminjam, tapi nomor saya (", c.phone(paren=False), ") dijadikan kontak darurat oleh ",
            rel_of(c, debtor), " saya, ", c.nm(debtor), f", di aplikasi {app}. Setiap hari saya ditagih oleh ",
            c.nm(dc1), " dan ", c.nm(dc2), " dengan kata-kata kasar.\nNomor penagih: ", c.phone(), ", ",
            c.phone(), ", dan ", c.phone(), ".\nDia juga mengancam datang ke rumah saya di ", c.addr(reg),
            c.area(reg), ". Padahal ", c.sn(debtor), f" sudah mencicil {c.rp(500_000, 3_000_000)}.")
    elif k == 2:
        hr = c.person(c.region())
        c.w(f"Data pribadi saya dipakai orang untuk pinjam di {c.ri(2, 7)} aplikasi. Yang saya tahu: NIK ",
            c.nik(v), ", No. KK ", c.kk(v), ", dan NPWP ", c.npwp(v), " muncul di SLIK OJK atas nama saya, ",
            c.nm(v), ". Email notifikasi pencairan masuk ke ", c.email(v),
            ". Saya curiga data bocor waktu melamar kerja lewat akun ", c.handle(hr),
            " yang mengaku HRD. Saya sudah lapor ke patrolisiber, nomor laporan ", c.ticket16(), ".")
    elif k == 3:
        dc = c.person(c.region(), sex="L")
        mom = c.person(reg, sex="P", age=(55, 80))
        c.w("Kemarin dua orang DC lapangan datang ke rumah ibu saya di ", c.addr(reg), c.area(reg),
            " pakai motor ", c.plate(reg), ". Salah satunya memperkenalkan diri sebagai ", c.nm(dc),
            ". Mereka memotret rumah dan bilang akan “pasang spanduk”. Ibu saya, ", c.nm(mom),
            f", sudah {mom.age} tahun dan punya darah tinggi. Utang saya di {app} cuma {c.rp(500_000, 3_000_000)}. Saya ",
            c.nm(v), ", bisa dihubungi di ", c.phone(), ".")
    else:
        dc = c.person(c.region())
        c.w("Saya dapat email ancaman dari ", c.email(dc), " yang melampirkan foto KTP saya. Isinya:\n\n“",
            c.ch(THREATS), "”\n\nPengirimnya menandatangani sebagai ", c.nm(dc), f", “Tim Remedial {app}”. "
            "Nomor yang bisa dihubungi katanya ", c.phone(), ". Saya ", c.nm(v), ", NIK ", c.nik(v),
            ", mohon perlindungan.")


# --------------------------------------------------------------------------------------------
# style 4: hospital and BPJS complaints
# --------------------------------------------------------------------------------------------

def st_rs_bpjs(c, nopii):
    reg = c.region()
    city = c.city(reg)
    hosp = c.hospital(reg, city)
    d = c.idate()
    if nopii:
        k = c.ri(0, 2)
        if k == 0:
            c.w(f"Antrean pendaftaran pasien BPJS di {hosp} dimulai jam 04.30, nomor antrean dibagikan jam 06.00 "
                f"dan langsung habis. Pasien lansia usia 70–80 tahun harus berdiri berjam-jam. Sudah saya sampaikan "
                f"ke care center 165 ({c.ticket()}) tapi jawabannya hanya “akan dievaluasi”.")
        elif k == 1:
            c.w(f"Apakah benar peserta JKN kelas 3 harus membayar obat di luar Fornas? Di {hosp} kami diminta "
                f"{c.rp(200_000, 2_000_000)} untuk obat jantung. Menurut {c.ch(['Perpres 82/2018', 'Permenkes No. 28 Tahun 2014'])} "
                f"tidak boleh ada iur biaya untuk obat yang diresepkan dokter. {cap(c.nopii_cue('bpjs'))}, statusnya aktif.")
        else:
            c.w(f"IGD {hosp} malam {c.fdate(d, 1)} hanya dijaga satu dokter untuk {c.count('pasien')}. "
                f"Ambulans desa kami menunggu {c.ri(2, 5)} jam di halaman. Mohon Dinas Kesehatan {city} "
                f"menambah tenaga jaga malam.")
        return
    k = c.ri(0, 4)
    if k == 0:
        pat = c.person(reg, age=(30, 88))
        rep = c.person(reg, age=(20, 60))
        c.w(f"Saya ingin melaporkan pelayanan {hosp} terhadap {rel_of(c, pat)} saya.\n\nData pasien\n"
            "Nama     : ", c.nm(pat), "\nNIK      : ", c.nik(pat), "\nNo. BPJS : ", c.bpjs(), "\n")
        if c.p(.5):
            c.w("Tgl lahir: ", c.dob(pat), "\n")
        else:
            c.w("TTL      : ", c.city(reg), ", ", c.dob(pat), "\n")
        c.w("Alamat   : ", c.addr(reg), c.area(reg), "\n\n")
        if c.p(.5):
            c.w(f"Pasien datang ke IGD pada {c.fdate(d, 0)} pukul 02.00 dengan sesak napas, tetapi ditolak dengan "
                f"alasan kamar kelas 3 penuh. Kami disarankan pindah ke VIP dengan biaya {c.rp(750_000, 2_500_000)} per malam. "
                "Padahal menurut Perpres 82/2018 peserta tidak boleh ditarik biaya tambahan.")
        else:
            doc, nurse = c.person(c.region()), c.person(c.region(), sex="P")
            c.w("Selama dirawat, dokter penanggung jawab, dr. ", c.nm(doc), ", Sp.PD, hanya visit satu kali dalam "
                "4 hari. Perawat jaga bernama ", c.nm(nurse), " membentak pasien ketika minta ganti infus.")
        c.w("\n\nPelapor: ", c.nm(rep), " (keluarga), HP ", c.phone())
    elif k == 1:
        pat = c.person(reg, age=(40, 90))
        c.w(c.ch(["Ibu", "Nenek", "Mertua"] if pat.sex == "P" else ["Ayah", "Kakek", "Mertua"]), " saya, ", c.nm(pat), ", ", c.dob_phrase(pat),
            ", peserta JKN-KIS no. kartu ", c.bpjs(), f", dipulangkan paksa dari {hosp} pada hari ketiga karena "
            "“jatah INA-CBG sudah habis”, padahal masih demam 39 derajat. ")
        if c.p(.5):
            c.w(f"Usia beliau {pat.age} tahun. ")
        c.w("Mohon ditindaklanjuti. Saya bisa dihubungi di ", c.phone(), ".")
    elif k == 2:
        v = c.person(reg, age=(20, 70))
        c.w("Kartu BPJS saya ", c.bpjs(), " tiba-tiba nonaktif padahal saya peserta PBI. NIK ", c.nik(v), ", ",
            c.dob_phrase(v), f". Saat berobat di Puskesmas saya disuruh bayar umum {c.rp(50_000, 350_000)}. Petugas BPJS di kantor "
            "cabang yang melayani saya, ")
        st = c.person(c.region())
        c.w(c.hon(st), " ", c.nm(st), ", bilang data saya dihapus dari DTKS. Saya ", c.nm(v), ".")
    elif k == 3:
        wife = c.person(reg, sex="P", age=(20, 38))
        baby = c.person(reg, born=(2024, 2024))
        baby.dob = d.replace(year=2024) if not (d.month == 2 and d.day == 29) else d.replace(day=28, year=2024)
        fam_ = c.person(reg, sex="L", age=(22, 45))
        fam_.kk = wife.kk
        c.w("Anak kedua kami lahir di ", hosp, " pada ", c.dob(baby, c.ch(["long", "dash", "slash"])),
            " (operasi caesar). Di gelang bayi tertulis “By. Ny. ", c.nm(wife), "”. Sampai usia 28 hari bayi belum "
            "didaftarkan sebagai peserta JKN, padahal KK kami ", c.kk(wife), " sudah diperbarui. Istri saya, ",
            c.sn(wife), ", No. BPJS ", c.bpjs(), ". Saya ", c.nm(fam_), ", HP ", c.phone(), ".")
    else:
        nurse = c.person(reg, age=(26, 55), pns=True)
        pat = c.person(reg, age=(50, 85))
        c.w(f"Di ruang rawat inap {hosp}, perawat bernama ", c.nm(nurse), " (NIP ", c.nip(nurse),
            ") meminta “uang rokok” Rp 50.000 setiap ganti sif. Pasien atas nama ", c.nm(pat), ", ",
            c.dob_phrase(pat), ", ", c.hon(pat, True).lower(), " saya sendiri. Kalau tidak diberi, bel "
            "pasien tidak dijawab. Bukti rekaman ada pada saya.")


# --------------------------------------------------------------------------------------------
# style 5: migrant workers (PMI) and Hajj/Umrah pilgrims
# --------------------------------------------------------------------------------------------

def st_pmi_haji(c, nopii):
    reg = c.region(("jawa", "sunda", "madura", "sasak", "ntt", "bugis", "betawi", "melayu", "aceh", "minang",
                    "bali", "banjar", "arab"))
    city = c.city(reg)
    d = c.idate()
    if nopii:
        k = c.ri(0, 3)
        if k == 0:
            c.w(f"Biaya penempatan ke Taiwan diminta Rp 35 juta oleh P3MI di {city}, padahal menurut UU No. 18 Tahun "
                f"2017 banyak komponen biaya yang tidak boleh dibebankan ke calon PMI. Ada {c.count('calon PMI')} dari "
                f"kecamatan kami yang sudah menyetor. Jadwal terbang CI 762 diundur tiga kali tanpa kejelasan.")
        elif k == 1:
            emb, port = c.ch([("SOC", "Bandara Adi Soemarmo"), ("SUB", "Bandara Juanda"),
                              ("JKG", "Bandara Soekarno-Hatta"), ("UPG", "Bandara Sultan Hasanuddin"),
                              ("LOP", "Bandara Zainuddin Abdul Madjid"), ("BTH", "Bandara Hang Nadim")])
            c.w(f"Jamaah haji kloter {c.ri(1, 60)} embarkasi {emb} "
                f"tertahan 9 jam di {port} karena penerbangan SV {c.ri(5001, 5399)} terlambat. Dari "
                f"{c.count('jamaah')}, ada 41 lansia di atas 80 tahun yang tidak diberi makan. Mohon Kemenag "
                "mengevaluasi maskapai.")
        elif k == 2:
            c.w(f"Travel umrah di {city} menawarkan paket {c.rp(14_000_000, 20_000_000)}, jauh di bawah biaya referensi. Menurut "
                f"PMA No. 8 Tahun 2018, travel wajib punya izin PPIU. Ada {c.count('jamaah')} yang sudah membayar "
                f"lunas sejak {MONTHS[d.month - 1]} {d.year - 1}. Kami sudah kirim aduan ke layanan@kemenag.go.id.")
        else:
            c.w(f"Antrean permohonan paspor di Kantor Imigrasi {city} penuh sampai {MONTHS[d.month - 1]}. Kuota "
                f"M-Paspor hanya {c.ri(40, 120)} per hari, padahal banyak calon PMI yang kontraknya menunggu. "
                f"Mohon ada layanan tambahan di hari Sabtu.")
        return
    k = c.ri(0, 4)
    cc = c.ch(list(COUNTRIES))
    if k == 0:
        pmi = c.person(reg, age=(21, 45))
        sp = c.person(reg)
        fam_ = c.person(reg)
        c.w("Saya ", c.nm(pmi), f", PMI di {COUNTRIES[cc]} sejak {c.ri(2015, 2023)}. ")
        pp = c.passport()
        c.w(c.ch([["Paspor saya (no. ", pp, ")"], ["Paspor asli saya nomor ", pp], ["Paspor saya, ", pp, ","],
                  ["Paspor saya No. ", pp]]),
            f" ditahan oleh majikan sejak {MONTHS[d.month - 1]}. Sponsor yang merekrut saya di kampung bernama ",
            c.nm(sp), " (HP ", c.phone(paren=False), "). Nomor saya di sini ", (c.foreign_phone(cc), "PHONE"),
            ". Tolong bantu, saya mau pulang. Keluarga saya di ", city, ": ", rel_of(c, fam_), " ", c.nm(fam_),
            ", ", c.phone(), ".")
    elif k == 1:
        pmi = c.person(reg, age=(21, 45))
        ag = c.person(reg)
        emp = c.ch(EMPLOYERS[cc])
        c.w(rel_of(c, pmi).capitalize(), " saya, ", c.nm(pmi), " (No Paspor:", c.passport(), "), bekerja sebagai ",
            c.ch(["perawat lansia", "ART", "buruh pabrik", "ABK"]), f" di {COUNTRIES[cc]} sejak {c.ri(2016, 2023)}. "
            f"Sejak {MONTHS[d.month - 1]} kami hilang kontak. Nomor terakhirnya ", (c.foreign_phone(cc), "PHONE"),
            " tidak aktif. Majikannya bernama ", (emp, "PERSON"), ". Agen yang memberangkatkan, ", c.nm(ag),
            ", hanya bilang “sabar”. Kami sudah lapor ke ", c.ch(["BP2MI dan humas@bp2mi.go.id", "posko BP2MI",
                                                             "Disnaker kabupaten", "BP2MI lewat hotline"]), ".")
    elif k == 2:
        owner = c.person(reg)
        coord = c.person(reg)
        travel = c.ch(["PT Amanah Safar Mandiri", "PT Cahaya Haramain", "PT Barokah Umrah Nusantara",
                       "PT Nur Arafah Wisata"])
        c.w(f"Kami {c.ri(20, 150)} jamaah umrah {travel} gagal berangkat {c.fdate(d, 0)}. Pemilik travel, ",
            c.nm(owner), ", tidak bisa dihubungi sejak paspor kami dikumpulkan. Nomor HP-nya ", c.phone(),
            f" sudah tidak aktif. Biaya per orang {c.rp(25_000_000, 45_000_000)}. Berikut sebagian jamaah yang paspornya ditahan:\n\n"
            "| No | Nama | No. Paspor |\n|---|---|---|\n")
        for i in range(1, c.ri(3, 5) + 1):
            j = c.person(reg, age=(30, 78))
            c.w(f"| {i} | ", c.nm(j), " | ", c.passport(), " |\n")
        c.w("\nKoordinator jamaah: ", c.nm(coord), ", ", c.phone(), ".")
    elif k == 3:
        jh = c.person(reg, age=(55, 85))
        off = c.person(c.region())
        kt = c.person(reg, sex="L")
        c.w(c.ch(["Ibu", "Nenek"] if jh.sex == "P" else ["Ayah", "Kakek"]), " saya, ", c.nm(jh), f", jamaah haji kloter {c.ri(1, 60)} embarkasi "
            f"{c.ch(['SOC', 'SUB', 'JKG', 'UPG', 'BTH', 'LOP', 'BDJ'])}, ", c.dob_phrase(jh), ", ", pp_phrase(c),
            ", terpisah dari rombongan di Madinah. Petugas kloter, ", c.nm(off), ", tidak bisa dihubungi di ",
            (c.foreign_phone("sa"), "PHONE"), ". Ketua regu, ", c.hon(kt), " ",
            c.nm(kt), f", juga tidak tahu. Usia beliau {jh.age} tahun.")
    else:
        pmi = c.person(reg, sex="P", age=(21, 40))
        cc = c.ch(["hk", "sg", "tw"])
        emp = c.ch(EMPLOYERS[cc])
        c.w("Data di kontrak kerja (Employment Contract) saya:\nName: ", (pmi.full.upper(), "PERSON"),
            "\nPassport No.: ", c.passport(), "\nDate of Birth: ", c.dob(pmi, c.ch(["en", "en2", "slash"])),
            "\nEmployer: ", (emp, "PERSON"), "\nEmployer tel: ", (c.foreign_phone(cc), "PHONE"),
            f"\n\nGaji saya dipotong agen {c.ri(5, 9)} bulan berturut-turut, total {c.ri(9, 30)} ribu "
            f"{'HKD' if cc == 'hk' else ('SGD' if cc == 'sg' else 'NTD')}. Mohon BP2MI membantu. WA saya ",
            (c.foreign_phone(cc), "PHONE"), ".")


# --------------------------------------------------------------------------------------------
# style 6: school admission (PPDB) and scholarships
# --------------------------------------------------------------------------------------------

def st_ppdb(c, nopii):
    reg = c.region()
    city = c.city(reg)
    d = c.idate()
    sch = school(c)
    if nopii:
        k = c.ri(0, 2)
        if k == 0:
            c.w(f"PPDB {sch} {city} ({c.npsn()}) jalur zonasi tahun {d.year} tidak transparan. Kuota zonasi "
                f"50 persen, tetapi yang diumumkan hanya {c.count('siswa')}. Banyak siswa yang rumahnya kurang "
                f"dari 500 meter justru tersingkir, sedangkan ada yang berjarak 2,4 km diterima. Menurut "
                f"Permendikbud No. 1 Tahun 2021, hasil seleksi harus diumumkan terbuka. Aduan kami: {c.ticket()}.")
        elif k == 1:
            c.w(f"Pengumuman KIP Kuliah di {c.ch(UNIVS)} sudah diundur tiga kali. Kuota tahun ini "
                f"{c.count('mahasiswa')}, tetapi belum ada satu pun yang menerima biaya hidup {c.rp(4_000_000, 7_000_000)} per semester. "
                f"Batas pembayaran UKT tanggal {d.day} {MONTHS[d.month - 1]}. {cap(c.nopii_cue('rek'))}.")
        else:
            c.w(f"Sekolah {sch} meminta sumbangan pembangunan {c.rp(1_000_000, 5_000_000)} per siswa baru dan seragam "
                f"{c.rp(500_000, 1_500_000)}. Padahal sekolah negeri dilarang memungut biaya. Ada {c.count('wali murid')} yang "
                f"keberatan tetapi takut anaknya dipersulit. Pengaduan ke " + c.ch(["pengaduan@kemdikbud.go.id", "dinas pendidikan", "komite sekolah"]) + " belum dibalas.")
        return
    k = c.ri(0, 4)
    parent = c.person(reg, age=(30, 55))
    child = c.person(reg, born=(2009, 2018))
    if k == 0:
        c.w("Anak saya ", c.nm(child), " (lahir ", c.dob(child), f") tidak lolos PPDB {sch} {city} ({c.npsn()}) "
            "jalur zonasi, padahal rumah kami di ", c.addr(reg), f" hanya {c.ri(150, 700)} meter dari sekolah. "
            "Yang diterima justru siswa yang rumahnya 3 km. Data orang tua: ", c.nm(parent), ", NIK ",
            c.nik(parent), ", No. KK ", c.kk(parent), ", HP ", c.phone(), ".")
    elif k == 1:
        c.w("KK kami (", c.kk(parent), f") diterbitkan ulang bulan {MONTHS[d.month - 1]} karena pindah alamat, "
            "sehingga dianggap belum satu tahun dan anak saya, ", c.nm(child), ", dialihkan ke sekolah lain. "
            "Padahal kami sudah tinggal di ", c.addr(reg), " sejak 2015. Saya ", c.nm(parent),
            ", wali murid, bisa dihubungi di ", c.phone(), " atau ", c.email(parent), ".")
    elif k == 2:
        stu = c.person(reg, born=(2002, 2006))
        adm = c.person(reg)
        c.w("Saya ", c.nm(stu), f", mahasiswa penerima KIP Kuliah di {c.ch(UNIVS)}. Dana biaya hidup semester "
            f"ini {c.rp(4_000_000, 7_000_000)} belum cair sejak {MONTHS[d.month - 1]}. Admin bagian kemahasiswaan, ", c.hon(adm),
            " ", c.nm(adm), ", selalu bilang “tunggu dari pusat”. Email saya ", c.email(stu), ", WA ", c.phone(), ".")
    elif k == 3:
        ks = c.person(reg, age=(40, 58), pns=True)
        c.w(f"Dana PIP anak-anak di {sch} dipotong {c.rp(50_000, 200_000)} per siswa oleh kepala sekolah, ", c.nm(ks),
            ", S.Pd., NIP ", c.nip(ks), ". Anak saya ", c.nm(child), f" hanya menerima {c.rp(250_000, 700_000)}. "
            "Wali murid lain, ", c.nm(c.person(reg)), ", juga mengalami hal yang sama. Saya ", c.nm(parent), ", ",
            c.phone("any"), ".")
    else:
        op = c.person(reg)
        c.w(f"Ada {c.count('siswa')} titipan di PPDB {sch}. Operator sekolah bernama ", c.nm(op),
            f" mengaku bisa mengatur nilai dengan imbalan {c.rp(3_000_000, 15_000_000)}. Nomornya ", c.phone(),
            ". Anak saya, ", c.nm(child), ", ", c.dob_phrase(child), ", nilai rapornya 89 tapi tetap tersingkir. "
            "Saya ", c.nm(parent), ".")


# --------------------------------------------------------------------------------------------
# style 7: social-assistance lists pasted as plain text
# --------------------------------------------------------------------------------------------

NOTES = ["janda, lansia", "disabilitas", "buruh tani", "tinggal sendiri", "rumah tidak layak huni",
         "lansia 78 th", "yatim", "sakit stroke", "pemulung", "nelayan kecil"]


def st_bansos_teks(c, nopii):
    reg = c.region()
    city = c.city(reg)
    d = c.idate()
    prog = c.ch(["BLT-DD", "PKH", "BPNT", "BLT El Nino", "bantuan sembako"])
    c.set_home(reg)
    if nopii:
        c.w(f"Rekap warga yang belum menerima {prog} tahap {c.ri(1, 4)} (per {c.fdate(d, 0)}):\n")
        for i in range(1, c.ri(4, 7) + 1):
            c.w(f"- RT {i:02d}{' ' * c.ri(1, 4)}: {c.ri(3, 40)} KK\n")
        c.w(f"\nTotal {c.ri(60, 240)} KK, sedangkan di desa sebelah sudah cair sejak {MONTHS[d.month - 1]}. "
            f"Besaran {c.rp(200_000, 900_000)} per tahap. Menurut {c.ch(['Permensos No. 1 Tahun 2018', 'Permendagri 108/2019'])} "
            f"penyaluran harus tepat waktu. Kami sudah lapor ke 1708 ({c.ticket()}).")
        return
    c.w(c.ch([f"Daftar warga RT {c.ri(1, 12):02d} yang belum menerima {prog} tahap {c.ri(1, 4)}:\n",
              f"Berikut nama2 warga miskin yg TIDAK dapat {prog} padahal layak:\n",
              f"Data penerima {prog} di desa kami yang dicoret tanpa alasan ({MONTHS[d.month - 1]} {d.year}):\n",
              "Nama-nama lansia yang tidak masuk DTKS:\n"]))
    upper = c.p(.5)
    fmt = c.ri(0, 3)
    for i in range(1, c.ri(3, 6) + 1):
        P = c.person(reg, age=(25, 88))
        name = (P.full.upper(), "PERSON") if upper else c.nm(P)
        pad = c.ch(["  ", "   ", "\t", " ", "    "])
        if fmt == 0:
            c.w(f"{i}.{c.ch([' ', '  '])}", name, pad, "NIK ", c.nik(P), pad, c.addr(reg), "\n")
        elif fmt == 1:
            c.w(f"{i}.  ", name, " ,  ", c.nik(P), "  , ", c.ch(NOTES), "\n")
        elif fmt == 2:
            c.w(f"{i}) ", name, f" ({P.age} th) - ", c.addr(reg), " - NIK:", c.nik(P), "\n")
        else:
            c.w(f"{i}. ", name, "\t", c.nik(P), "\t", c.ch(NOTES), "\n")
    c.w("\n")
    if c.p(.5):
        kr = c.person(reg)
        c.w("Sementara yang dapat malah keluarga perangkat desa, misalnya ", c.nm(kr), " yang punya mobil ",
            c.plate(reg), ". ")
    if c.p(.7):
        pd = c.person(reg)
        c.w("Sudah kami sampaikan ke pendamping, ", c.hon(pd), " ", c.nm(pd), " (", c.phone(paren=False),
            f"), tetapi tidak ada jawaban. Besaran bantuan {c.rp(200_000, 900_000)} per tahap. ")
    rep = c.person(reg)
    c.w("\nPelapor: ", c.nm(rep), f", Ketua RT {c.ri(1, 12):02d}", c.ch([".", ", HP "]))
    if c.d.buf[-1].endswith("HP "):
        c.w(c.phone())


# --------------------------------------------------------------------------------------------
# style 8: social-assistance lists as CSV with a header
# --------------------------------------------------------------------------------------------

def st_bansos_csv(c, nopii):
    reg = c.region()
    c.set_home(reg)
    d = c.idate()
    c.w(c.ch(["Ini data KPM yg dicoret, saya copas dari excel desa:\n\n", "Lampiran (format CSV):\n\n",
              "Data dari operator SIKS-NG desa kami:\n\n", ""]))
    if nopii:
        sep = c.ch([",", ";"])
        c.w(sep.join(["desa", "jumlah_kpm", "sudah_cair", "belum_cair", "nominal"]), "\n")
        for _ in range(c.ri(4, 7)):
            tot = c.ri(40, 260)
            done = c.ri(0, tot)
            c.w(sep.join([c.kel(reg), str(tot), str(done), str(tot - done), c.ch(["600000", "300000", "900000"])]), "\n")
        c.w(f"\nSumber: rekap pendamping per {c.fdate(d, 3)}. Aduan sudah masuk dengan {c.ticket()}. "
            "Mohon dijelaskan kenapa desa kami paling rendah realisasinya.")
        return
    sep = c.ch([",", ";"])
    kind = c.ri(0, 3)
    if kind == 0:
        cols = ["no", "nama", "nik", "no_kk", "alamat", "keterangan"]
    elif kind == 1:
        cols = ["NO", "NAMA", "NIK", "ALAMAT", "HP", "STATUS"]
    elif kind == 2:
        cols = ["id", "nama", "nik", "tgl_lahir", "alamat", "ket"]
    else:
        cols = ["no", "nama_kpm", "nik", "rekening_bsi", "keterangan"]
    c.w(sep.join(cols), "\n")
    upper = c.p(.5)
    for i in range(1, c.ri(3, 6) + 1):
        P = c.person(reg, age=(25, 85))
        row = [str(i), sep, (P.full.upper(), "PERSON") if upper else c.nm(P), sep, c.nik(P, "plain"), sep]
        if kind == 0:
            a = c.addr(reg)
            row += [c.kk(P, "plain"), sep] + (['"', a, '"'] if sep == "," and "," in a[0] else [a]) + \
                   [sep, c.ch(["belum cair", "dicoret", "NIK tidak valid", "ganda", "layak"])]
        elif kind == 1:
            a = c.addr(reg)
            ph = c.phone("mobile", c.ch(["plain", "plain", "62"]))
            row += (['"', a, '"'] if sep == "," and "," in a[0] else [a]) + [sep] + \
                   (["'", ph] if c.p(.3) else [ph]) + \
                   [sep, c.ch(["TIDAK LAYAK?", "BELUM CAIR", "DICORET", "MENINGGAL?"])]
        elif kind == 2:
            a = c.addr(reg)
            row += [c.dob(P, c.ch(["slash", "dash", "iso"])), sep] + \
                   (['"', a, '"'] if sep == "," and "," in a[0] else [a]) + [sep, c.ch(["lansia", "disabilitas", "janda", ""])]
        else:
            row += [c.acct("BSI"), sep, c.ch(["dana tidak masuk", "rekening salah nama", "saldo 0"])]
        c.w(*row, "\n")
    if c.p(.5):
        op = c.person(reg)
        c.w("\nKolom keterangan diisi operator desa, ", c.nm(op), f", tanggal {c.fdate(d, 3)}.")
    c.w(f"\nMohon dicek, total {c.count('KPM')} di desa kami bermasalah.")


# --------------------------------------------------------------------------------------------
# style 9: fintech and bank complaints
# --------------------------------------------------------------------------------------------

BANK_HOTLINES = {"BCA": "Halo BCA 1500888", "BRI": "BRI 14017", "Mandiri": "Mandiri 14000",
                 "BNI": "BNI 1500046", "BSI": "BSI 14040", "BTN": "BTN 1500286"}


def cc_masked(c):
    a = c.ch(["4", "5"]) + c.digits(3)
    b = c.digits(4)
    return c.ch([f"{a} **** **** {b}", f"{a}-xxxx-xxxx-{b}", f"berakhiran {b}", f"{a} {c.digits(2)}** **** {b}"])


def st_bank(c, nopii):
    reg = c.region()
    city = c.city(reg)
    d = c.idate()
    if nopii:
        k = c.ri(0, 2)
        b = c.ch(list(BANK_HOTLINES))
        if k == 0:
            c.w(f"Biaya admin bulanan rekening {b} saya naik jadi Rp 15.000 tanpa pemberitahuan. Kartu debit "
                f"{cc_masked(c)} juga kena biaya penggantian Rp 25.000 padahal rusak karena mesin ATM. Sudah telepon "
                f"{BANK_HOTLINES[b]}, nomor pengaduan {c.ticket16()}, tapi jawabannya template.")
        elif k == 1:
            c.w(f"Mesin ATM {b} di {c.hero_road()} sudah tiga kali menelan kartu dalam sebulan. Antrean di cabang "
                f"{city} untuk ganti kartu sampai {c.count('orang')} per hari. Mohon OJK menegur; sesuai POJK 22/2023 "
                "pengaduan harus diselesaikan paling lama 10 hari kerja.")
        else:
            c.w(f"Saya transfer {c.rp(100_000, 5_000_000)} lewat m-banking pada {c.fdate(d, 1)}, saldo terpotong tapi dana tidak "
                f"sampai. Sudah {c.ri(8, 30)} hari kerja belum dikembalikan. {cap(c.nopii_cue('bank'))}. Kartu kredit "
                f"{cc_masked(c)} saya bahkan ikut diblokir.")
        return
    rep = c.person(reg, age=(22, 70))
    k = c.ri(0, 5)
    if k == 0:
        b1, b2 = c.bank_for(), c.bank_for()
        sc = c.person(c.region())
        c.w("Saya ", c.nm(rep), f", nasabah {b1} dengan rekening ", c.acct(b1), f". Pada {c.fdate(d, 0)} saya tertipu "
            f"jual beli online dan mentransfer {c.rp(500_000, 10_000_000)} ke rekening {b2} ", c.acct(b2), " a.n. ", c.nm(sc),
            f". Saya sudah lapor ke {BANK_HOTLINES.get(b2, 'call center bank')} dan diberi {c.ticket()}, tetapi "
            f"katanya rekening penipu tidak bisa diblokir tanpa LP polisi. Menurut grup korban, rekening itu sudah "
            f"dipakai menipu {c.count('orang')}. HP saya ", c.phone(), ".")
    elif k == 1:
        b = c.bank_for(reg)
        cs = c.person(reg)
        c.w(f"Saldo di rekening {b} saya ", c.acct(b), " a.n. ", c.nm(rep), f" berkurang {c.rp(1_000_000, 25_000_000)} lewat "
            f"{c.ri(2, 9)} transaksi yang tidak saya lakukan pada {c.fdate(d, 0)}. Kartu debit {cc_masked(c)} "
            f"masih ada di tangan saya. Di cabang {city} saya dilayani oleh ", c.nm(cs),
            " yang bilang itu “kelalaian nasabah”. Permintaan rekaman CCTV ATM ditolak.")
    elif k == 2:
        mk = c.person(reg)
        c.w("Angsuran KPR saya dibayar tiap bulan lewat autodebet dari rekening BTN ", c.acct("BTN"),
            ", tetapi di SLIK tercatat kolektibilitas 5. NIK saya ", c.nik(rep), " dan NPWP ", c.npwp(rep),
            ". Marketing perumahan, ", c.nm(mk), ", dan pengembang lepas tangan. Rumah di ", c.addr(reg, "perum"),
            c.area(reg), " sampai sekarang belum bersertifikat.")
    elif k == 3:
        ew = c.ch(["DANA", "OVO", "GoPay", "ShopeePay", "LinkAja"])
        c.w(f"Akun {ew} saya dengan nomor ", c.phone("mobile", c.ch(["plain", "dash"])), " a.n. ", c.nm(rep),
            f" dibekukan sepihak, saldo {c.rp(100_000, 5_000_000)} tidak bisa ditarik. Sudah kirim foto KTP dan selfie tiga kali, "
            f"tiket {c.ticket16()}, tapi jawabannya selalu “sedang diproses”. Email saya ", c.email(rep), ".")
    elif k == 4:
        dc = c.person(c.region())
        c.w(f"Saya ditagih kartu kredit {cc_masked(c)} untuk transaksi luar negeri yang tidak pernah saya lakukan. "
            "Kolektor bernama ", c.nm(dc), " menelepon dari ", c.phone(),
            " dan mengancam datang ke kantor saya di ", c.addr(reg, c.ch(["jl", "jlgg"])), c.area(reg), ". Data saya: ",
            c.nm(rep), ", NPWP ", c.npwp(rep), ", email ", c.email(rep), ".")
    else:
        mom = c.person(reg, sex="P", age=(50, 80))
        oth = c.person(reg)
        c.w("Dana PKH ibu saya, ", c.nm(mom), ", ternyata masuk ke rekening BRI ", c.acct("BRI"), " a.n. ",
            c.nm(oth), ", bukan rekening KKS ibu saya. Petugas bank hanya menyarankan lapor ke Dinsos. Rekening ibu "
            "saya sendiri BRI ", c.acct("BRI"), " a.n. ", c.sn(mom), ". Saya ", c.nm(rep), ", ", c.phone(), ".")


# --------------------------------------------------------------------------------------------
# style 10: radio / TV call-in transcripts
# --------------------------------------------------------------------------------------------

def st_siaran(c, nopii):
    reg = c.region()
    city = c.city(reg)
    d = c.idate()
    tv = c.p(.3)
    prog = c.ch(["Halo Bupati", "Suara Warga", "Dialog Pelayanan Publik", "Sapa Pendengar", "Bincang Kota"])
    station = (c.ch([f"TVRI {city}", f"{city} TV", "TV Kabel Desa"]) if tv else
               c.ch([f"Radio Suara {city} FM", f"RRI Pro 1 {city}", f"Radio Komunitas {c.kel(reg)} FM"]))
    host, caller = ("Presenter", "Pemirsa") if tv else ("Penyiar", "Penelepon")
    c.w(f"[Transkrip acara “{prog}” {station}, {c.fdate(d, 0)}]\n\n")
    topic = c.ch(["ktp", "pdam", "jalan", "bansos"])
    unit = c.ch({"ktp": ["Kabid Pelayanan Disdukcapil", "Kadis Dukcapil"], "pdam": ["Direktur PDAM", "Kabag Humas PDAM"],
                 "jalan": ["Kadis PUPR", "Kabid Bina Marga"], "bansos": ["Kepala Dinas Sosial", "Koordinator PKH"]}[topic])
    comp = {"ktp": "KTP saya sudah enam bulan belum jadi, katanya blangko habis terus.",
            "pdam": "air PDAM sudah tiga hari mati, tapi tagihannya naik.",
            "jalan": f"jalan di {c.hero_road()} berlubang besar, kemarin ada yang jatuh.",
            "bansos": "nama ibu saya hilang dari daftar PKH, padahal tahun lalu masih dapat."}[topic]
    if nopii:
        c.w(f"{host}: Selamat pagi, Sahabat! Kita sudah tersambung dengan penelepon berikutnya. Dengan siapa di mana?\n"
            f"{caller}: Pagi, Mas. Saya dari RT {c.ri(1, 9):02d} saja, tidak usah sebut nama, ya.\n"
            f"{host}: Baik, silakan.\n"
            f"{caller}: Mau melaporkan, {comp} Sudah lapor ke 1708 juga, {c.ticket()}.\n"
            f"Narasumber ({unit}): Terima kasih. Kami catat, tim kami akan cek paling lambat {c.fdate(d + datetime.timedelta(days=c.ri(2, 7)), 1)}. "
            f"{c.ch(['Untuk aduan bisa juga lewat ' + c.ch(INST_HANDLES) + ' atau ' + c.ch(INST_EMAILS[:4]) + '.', 'Aduan juga bisa lewat kanal LAPOR! di 1708.', 'Silakan juga datang ke loket pengaduan.'])}\n"
            f"{host}: Oke, terima kasih. Kita putar satu lagu dulu.")
        return
    P = c.person(reg, age=(25, 75))
    staff = c.person(reg)
    c.w(f"{host}: Selamat pagi, Sahabat! Penelepon berikutnya sudah tersambung. Dengan siapa di mana?\n"
        f"{caller}: Pagi, Mas. Saya ", c.sn(P) if c.p(.6) else c.nm(P), f" dari {c.kel(reg)}.\n"
        f"{host}: Silakan, {c.hon(P)} ", c.sn(P), ".\n"
        f"{caller}: Mau melaporkan, {comp}\n"
        f"Narasumber ({unit}): Baik, {c.hon(P)}. Boleh saya minta nama lengkap dan nomor yang bisa dihubungi?\n"
        f"{caller}: Nama saya ", c.nm(P))
    sp = spelled(P)
    if sp and c.p(.7):
        c.w(", dieja ", (sp, "PERSON"))
    c.w(". Nomornya ")
    if c.p(.45):
        c.w(c.spoken_phone())
    else:
        c.w(c.phone("mobile", c.ch(["space", "plain", "dash"])))
    c.w(".\n")
    if topic == "bansos" and c.p(.7):
        mom = c.person(reg, sex="P", age=(55, 85))
        c.w(f"{caller}: Nama ibu saya ", c.nm(mom), ", NIK-nya ", c.nik(mom), ".\n")
    elif topic == "jalan" and c.p(.5):
        c.w(f"{caller}: Rumah saya persis di depannya, di ", c.addr(reg), ".\n")
    elif c.p(.35):
        c.w(f"{caller}: Alamat saya ", (c.rtrw(), "ADDRESS"), f", {c.kel(reg)}, dekat masjid.\n")
    elif c.p(.5):
        lurah = c.person(reg, sex="L")
        c.w(f"{caller}: Sudah saya sampaikan ke Pak Lurah ", c.sn(lurah), ", tapi katanya bukan wewenangnya.\n")
    c.w(f"Narasumber ({unit}): Terima kasih, nanti petugas kami, {c.hon(staff)} ", c.nm(staff),
        f", akan menghubungi {c.hon(P)} ", c.sn(P), ".\n"
        f"{host}: Baik, terima kasih, {c.hon(P)}. Penelepon berikutnya…")


# --------------------------------------------------------------------------------------------
# style 11: handwritten letters, transcribed
# --------------------------------------------------------------------------------------------

def broken_phone(c):
    full = c.mobile_digits()
    a, b, rest = full[:4], full[4:8], full[8:]
    return (c.ch([f"{a} {b}\n{rest}", f"{a}-{b}-\n{rest}", f"{a}\n{b} {rest}"]), "PHONE")


def st_tulisan_tangan(c, nopii):
    reg = c.region()
    city = c.city(reg)
    d = c.idate()
    c.w(c.ch(["[Transkrip surat tulisan tangan, difoto dan dikirim oleh pelapor. Ejaan sesuai aslinya.]\n\n",
              "[surat tulisan tangan – disalin oleh admin]\n\n", "(Salinan surat tangan)\n\n"]))
    role = c.ch([f"Bupati {city}", "Kepala Dinas Sosial", f"Camat {c.kec(reg)}", "Kepala Kantor Pos",
                 "Ketua DPRD"])
    c.w(f"Kpd Yth.\nBpk. {role}\ndi-\n     Tempat\n\nDengan hormat,\n")
    if nopii:
        c.w(f"Kami warga RT {c.ri(1, 9):02d} mengadukan bahwa jembatan gantung\ndi dekat {c.ch(['SD Inpres', 'MTs Negeri', 'SD Negeri'])} "
            f"{c.ri(1, 30)} sudah ~~miring~~ putus satu talinya sejak\n{c.fdate(d, 0)}. Anak2 sekolah "
            f"terpaksa lewat sungai [tidak terbaca] kalau air naik.\nSudah pernah kami sampaikan waktu "
            f"Musrenbang tahun {d.year - 1}\ntapi belum ada tanggapan. Dana yang dibutuhkan kira2 {c.rp(50_000_000, 300_000_000)}.\n\n"
            "Demikian surat ini kami buat, atas perhatian Bapak kami ucapkan\nterima kasih.\n\n"
            f"{city}, {d.day}-{d.month}-{d.year}\nHormat kami,\nWarga RT {c.ri(1, 9):02d} ({c.ri(18, 60)} tanda tangan terlampir)")
        return
    rep = c.person(reg, age=(45, 85))
    c.w(c.ch(["Saya yg bertanda tangan di bawah\nini :\n", "Saya yang ber-\ntanda tangan di bawah ini:\n"]))
    ms = misspell(c, rep.full) if c.p(.3) else None
    c.w("Nama      : ")
    if ms:
        c.w("~~", (ms, "PERSON"), "~~ ", c.nm(rep), "\n")
    else:
        c.w(c.nm(rep), "\n")
    c.w(f"Umur      : {rep.age} thn\nPekerjaan : {c.ch(['tani', 'IRT', 'pensiunan', 'buruh', 'dagang'])}\n"
        "Alamat    : ", c.addr(reg), "\n            ", c.area(reg, city).lstrip(", "), "\n")
    if c.p(.6):
        c.w("No. HP    : ", broken_phone(c) if c.p(.5) else c.phone(), "\n")
    c.w("\n")
    k = c.ri(0, 2)
    if k == 0:
        hus = c.person(reg, sex="L" if rep.sex == "P" else "P", age=(55, 90))
        c.w("Mengadukan bahwa ~~bantuan~~ uang pensiun almarhum\n", "suami" if rep.sex == "P" else "istri",
            " saya ", c.nm(hus), " sudah 4 bulan tidak\ncair. Menurut petugas [tidak terbaca]\nkarena data ahli "
            f"waris belum lengkap. Padahal sudah saya serahkan ~~tgl 5~~ tgl 6\n{MONTHS[d.month - 1]} ke kantor pos.")
    elif k == 1:
        nb = c.person(reg, sex="L")
        c.w("Mengadukan bahwa tanah pekarangan saya diserobot oleh\ntetangga saya ", c.nm(nb),
            " yang memindahkan patok\nsejauh 2 meter. Sudah dimediasi di kantor desa ~~dua~~ tiga kali tapi\n",
            c.sn(nb), " tidak mau datang.")
    else:
        tpk = c.person(reg)
        c.w("Mengadukan bantuan bedah rumah (RTLH) yang dipotong\n", c.ch(["Rp 2 jt", "Rp 1.500.000", "Rp 3jt"]),
            " oleh ketua TPK ", c.nm(tpk), ". Bahan yg datang\ncuma semen [tidak terbaca] sak dan seng 10 lembar.")
    if c.p(.5):
        ch = c.person(reg, age=(20, 45))
        c.w("\nKalau perlu bisa hub. anak saya ", c.nm(ch), " di no ", broken_phone(c), "\n")
    c.w(f"\n\nDemikian surat ini saya buat, atas perhatian Bapak saya ucapkan\nterima kasih.\n\n"
        f"{city}, {d.day}-{d.month}-{d.year}\nHormat saya,\n\n")
    c.w(c.ch(["   ttd\n\n", "   [cap jempol]\n\n", "   [tanda tangan]\n\n"]), "(", c.nm(rep), ")")


# --------------------------------------------------------------------------------------------
# style 12: Telegram channel posts
# --------------------------------------------------------------------------------------------

def views(c):
    return c.ch([f"{c.ri(1, 9)}.{c.ri(1, 9)}K", str(c.ri(120, 990)), f"{c.ri(10, 40)}K"])


def st_telegram(c, nopii):
    reg = c.region()
    city = c.city(reg)
    d = c.idate()
    chan = f"@info{c.ch(['warga', 'bansos', 'kota', 'desa'])}_{city.lower().replace(' ', '').replace(chr(39), '')}"
    if nopii:
        k = c.ri(0, 1)
        if k == 0:
            c.w(f"📢 JADWAL PENCAIRAN BLT-DD TAHAP {c.ri(1, 4)}\n🗓 {c.fdate(d, 1)}\n📍 Balai Desa {c.kel(reg)}\n"
                f"⏰ 08.00–12.00 {zone(reg)}\n\nSyarat: bawa KTP asli & KK asli (bukan fotokopi).\n"
                f"Besaran: Rp 300.000/bulan x 3 bulan.\nKPM: {c.count('KK')}.\n\nInfo: {chan}\n#BLTDD #{city.replace(' ', '')}")
        else:
            c.w(f"⚠️ HATI-HATI ⚠️\nBeredar pesan berantai soal “pendaftaran bansos online” berhadiah {c.rp(600_000, 3_000_000)}. "
                f"Itu HOAKS. Pendaftaran DTKS hanya lewat desa/kelurahan.\n\nCek resmi: {c.ch(INST_HANDLES)} "
                f"atau hotline 1708.\n\n👁 {views(c)}  🔁 Forwarded from {chan}")
        return
    k = c.ri(0, 5)
    if k == 4:
        sc = c.person(reg, age=(22, 45))
        b = c.bank_for(reg)
        c.w("🚨 AWAS PENIPU ARISAN ONLINE 🚨\n\nNama: ", c.nm(sc), "\nNIK: ", c.nik(sc), "\nAlamat: ", c.addr(reg),
            c.area(reg, city), "\nNo WA: ", c.phone(), "\nIG: ", c.handle(sc), f"\nRek: {b} ", c.acct(b), " a.n. ",
            c.sn(sc), f"\n\nKorban sudah {c.ri(8, 60)} orang, total kerugian {c.rp(20_000_000, 400_000_000)}. "
            f"Yang merasa jadi korban silakan japri admin, laporan polisi sedang disiapkan.\n\n👁 {views(c)}")
        return
    if k == 5:
        rec = c.person(c.region(), sex="L")
        c.w("‼️ INFO LOKER ‼️\nDibutuhkan 20 orang untuk kerja di pabrik Jepang, gaji 25 juta/bulan. Hubungi ",
            c.hon(rec, True), " ", c.nm(rec), " WA ", c.phone(), f". Biaya proses {c.rp(5_000_000, 20_000_000)}.\n\n"
            "—\n⚠️ Catatan admin: info di atas kami terima dari anggota dan TIDAK TERVERIFIKASI. Menurut BP2MI, "
            "penempatan resmi ke Jepang tidak lewat perorangan. Yang sudah transfer ke ", c.sn(rec),
            " silakan lapor ke kami.")
        return
    if k == 0:
        sc, sc2, vic = c.person(c.region()), c.person(c.region()), c.person(reg, sex="P", age=(45, 80))
        b = c.bank_for()
        c.w(f"📢 INFO WARGA {city.upper()}\n🗓 {c.fdate(d, 0)}\n\n⚠️ WASPADA PENIPUAN BANSOS ⚠️\n"
            "Beredar pesan WA dari nomor ", c.phone(), " yang mengaku petugas Dinsos bernama ", c.nm(sc),
            f". Modusnya minta transfer “biaya aktivasi” {c.rp(50_000, 300_000)} ke rekening {b} ", c.acct(b), " a.n. ",
            c.nm(sc2), ".\nSudah ada korban, salah satunya ", c.hon(vic), " ", c.nm(vic), f" warga {c.kel(reg)}.\n\n"
            "Pencairan bansos TIDAK dipungut biaya. Aduan resmi: ", c.ch(["1708 / pengaduan@lapor.go.id", "1708",
                                                                     "kantor desa atau 1708"]), "\n\n"
            f"#bansos #waspada\n👁 {views(c)}  🔁 {c.ri(10, 300)}")
    elif k == 1:
        ow = c.person(reg)
        adm = c.person(reg)
        c.w(f"🔎 DITEMUKAN DOMPET\nDitemukan dompet coklat di depan {c.hospital()} berisi KTP a.n. ", c.nm(ow),
            " (NIK ", c.nik(ow), "), SIM, dan STNK motor ", c.plate(reg),
            ".\nYang merasa memiliki silakan hubungi admin ", c.handle(adm), " atau WA ", c.phone(), ".\n\n#infowarga")
    elif k == 2:
        snd = c.person(reg)
        adm = c.person(reg)
        off = c.person(reg)
        c.w(f"Forwarded from {chan}\n\n🗣 SUARA WARGA\n“Petugas kelurahan atas nama ", c.nm(off),
            f" minta uang {c.rp(100_000, 500_000)} untuk surat pindah. Katanya biar cepat. Ini pungli kan?”\n— kiriman ",
            c.handle(snd), "\n\nKirim aduanmu ke admin ", c.handle(adm), " (japri) 📩")
    else:
        el = c.person(reg, age=(65, 88))
        kid = c.person(reg, age=(25, 50))
        c.w(f"🙏 MOHON BANTU SHARE 🙏\nTelah hilang sejak {c.fdate(d, 1)}: ", c.nm(el), f" ({el.age} th), ",
            c.dob_phrase(el), ", warga ", c.addr(reg), c.area(reg), ".\nCiri-ciri: memakai sarung kotak-kotak, "
            f"agak pikun.\nBila menemukan hubungi {rel_of(c, kid)} ", c.nm(kid), " ", c.phone(), f".\n\n👁 {views(c)}")


# --------------------------------------------------------------------------------------------
# style 13: YouTube comment threads
# --------------------------------------------------------------------------------------------

YT_TITLES = ["Viral! Warga Protes Bansos Salah Sasaran", "Jalan Rusak Puluhan Tahun, Warga Tanam Pisang",
             "Kades Diduga Potong BLT, Warga Geruduk Balai Desa", "Pasien BPJS Ditolak Rumah Sakit?",
             "Korban Pinjol Ilegal Buka Suara"]


def ytime(c):
    return c.ch([f"{c.ri(1, 23)} jam yang lalu", f"{c.ri(1, 6)} hari yang lalu", f"{c.ri(1, 3)} minggu yang lalu",
                 "1 bulan yang lalu"])


def st_youtube(c, nopii):
    reg = c.region()
    title = c.ch(YT_TITLES)
    chanel = c.ch(["Kanal Berita Nusantara", "Liputan Desa TV", "Warta Rakyat", "Suara Kampung Official"])
    if nopii:
        c.w(f"Saya lampirkan komentar warga di video “{title}” ({chanel}), nama akun tidak saya sertakan:\n\n"
            f"— “Di tempat kami juga sama, {c.count('KK')} belum dapat padahal sudah didata sejak {c.ri(2020, 2023)}.”\n"
            f"— “Jalan {c.km()} itu tiap musim hujan jadi kolam 😭”\n"
            f"— “Sudah lapor ke 1708 tapi {c.ticket()} statusnya masih ‘diproses’.”\n"
            f"— “{c.ch(['min ' + c.ch(INST_HANDLES) + ' tolong dibaca ini', 'pemda kemana aja??', 'semoga cepat ditangani 🙏'])}”\n\n"
            f"Mohon pemerintah daerah menindaklanjuti. Video sudah ditonton {c.ri(20, 900)} ribu kali.")
        return
    c.w(f"💬 Komentar di video “{title}” – {chanel}\n\n")
    users = [c.person(c.region()) for _ in range(c.ri(2, 4))]
    handles = [c.handle(u) for u in users]
    for i, (u, h) in enumerate(zip(users, handles)):
        indent = "    ↳ " if i > 0 and c.p(.6) else ""
        c.w(indent, h, f" • {ytime(c)}\n", "    " if indent else "")
        k = c.ri(0, 4)
        if i > 0 and c.p(.4):
            c.w((handles[0][0], "HANDLE"), " ")
        if k == 0:
            kd = c.person(reg, sex=c.ch("LP"))
            c.w("Ini di kampung saya. Kades ", c.nm(kd), " memang dari dulu begitu, bansos dibagi ke keluarganya dulu.")
        elif k == 1:
            mom = c.person(reg, sex="P", age=(50, 85))
            c.w("bener kak, ibu saya ", c.nm(mom), " juga dicoret padahal janda.")
        elif k == 2:
            x = c.person(reg, sex="L")
            c.w("Yang nyuruh bayar 2 juta itu namanya ", c.nm(x), ", rumahnya di ", c.addr(reg), ", semua orang tahu.")
        elif k == 3:
            sc = c.person(c.region())
            c.w("Alhamdulillah saya sudah dibantu cairkan oleh Bapak ", c.nm(sc), ", hubungi WA beliau ", c.phone(),
                " 🙏🙏")
        else:
            sc = c.person(c.region())
            b = c.bank_for()
            c.w(f"Saya korban juga. Rekening penipunya {b} ", c.acct(b), " a.n. ", c.nm(sc), ", tolong viralkan!!")
        c.w(f"\n{'    ' if indent else ''}👍 {c.ri(0, 900)}   Balas\n\n")
    c.w(f"(disalin oleh pelapor dari kolom komentar, {c.fdate(c.idate(), 0)})")


# --------------------------------------------------------------------------------------------
# style 14: regional languages / mixed
# --------------------------------------------------------------------------------------------

LANG_REGION = {"aceh": "aceh", "madura": "madura", "sasak": "sasak", "toraja": "toraja", "dayak": "dayak",
               "nias": "nias", "mandar": "mandar", "kupang": "ntt", "betawi": "betawi"}


def st_daerah(c, nopii):
    lang = c.ch(list(LANG_REGION))
    reg = LANG_REGION[lang]
    city = c.city(reg)
    d = c.idate()
    road = f"{c.trunk(reg)} {c.km()}"
    tk = c.ticket()
    if nopii:
        t = {
            "aceh": f"Assalamualaikum. Jalan u gampong kamoe di {road} reuloh that, ka dua thon hana geupeugot. "
                    f"Watee ujeun, aneuk sikula hana jeut jak u sikula. Ka kamoe lapor u 1708 ({tk}), tapi hana "
                    f"jaweueban. Leubeh {c.count('KK')} di gampong nyoe teuhambat. Teurimong geunaseh.",
            "madura": f"Assalamualaikum. Jalan ka pasar {city} e {c.km()} rosak parah, bânnya' sepeda motor "
                      f"ghâgghâr. Ampon lapor ka 1708 ({tk}) tape ta' bâdâ jawaban. Padahal anggaran ampon "
                      f"{c.rp(500_000_000, 3_000_000_000)}. Mator sakalangkong.",
            "sasak": f"Tabe'. Jalan leq {road} rusak, ndek wah diperbaiki sejak {d.year - 1}. Bangket kami kekurangan "
                     f"aiq, {c.count('KK')} kena dampak. Tiang wah lapor {tk}. Tampi asih.",
            "toraja": f"Kurre sumanga'. Lalan lako tondok kami ({road}) rusak, tae' na bisa dilalui oto ke allo "
                      f"uran. Mane male lapor lako 1708 ({tk}). Anak sikola {c.ri(30, 120)} tau tae' nabisa lako sikola.",
            "dayak": f"Salamat. Jalan lewu kami hong {road} rusak, dia tau ilalu oto amun musim barat. "
                     f"Harga semen naik sampai {c.rp(90_000, 250_000)} per sak. Kami jadi lapor {tk}. Tarima kasih.",
            "nias": f"Ya'ahowu. Lala ba {road} no abakha, lö nifaigi. Ono sekola {c.ri(40, 150)} lö tola möi ba "
                    f"sekola na te'u. Sauhagölö ena'ö ifaigi pemerintah. ({tk})",
            "mandar": f"Tabe'. Jalan di {road} andiang diperbaiki, mapaccing mi tau lao di pasar. Sudah lapor di "
                      f"1708 ({tk}). Tarima kasi.",
            "kupang": f"Jalan {road} su rusak parah. Oto sonde bisa lewat kalo hujan. Botong su lapor ke 1708 ({tk}), "
                      f"ma sonde ada tanggapan sampe sekarang. Anak sekolah {c.ri(30, 200)} orang jalan kaki jauh.",
            "betawi": f"Got di {c.hero_road()} mampet udeh sebulan, tiap ujan aer masuk rumah warga RT "
                      f"{c.ri(1, 9):02d}. Udeh lapor ke JAKI, {tk}, kagak ade nyang dateng. Tolongin dong.",
        }[lang]
        if c.p(.5) and lang in ("nias", "kupang", "aceh", "betawi"):
            t = {
                "nias": f"Ya'ahowu. Listrik PLN mate tölu kali ba sara minggu ba banua ma'ö, ono sekola lö tola "
                        f"mamaca ba zi bongi. Ma lapor ba 123 ({tk}), lö hadia tanggapan. Sauhagölö.",
                "kupang": f"Lampu jalan di {c.hero_road()} su mati dari bulan {MONTHS[d.month - 1]}. Malam-malam "
                          f"botong takut lewat, su ada {c.ri(2, 6)} orang jatoh dari motor. Botong su lapor ({tk}).",
                "aceh": f"Assalamualaikum. Ie PDAM di gampong kamoe ka {c.ri(5, 20)} uroe hana ile. Rekening "
                        f"teutap geutagih {c.rp(60_000, 150_000)}. Ka kamoe lapor ({tk}). Teurimong geunaseh.",
                "betawi": f"Lampu PJU di {c.hero_road()} mati udeh dua minggu, gelap banget. Ibu-ibu pulang "
                          f"pengajian pada takut. Udeh lapor {tk}, kagak ade kabar.",
            }[lang]
        c.w(t)
        return
    rep = c.person(reg, age=(22, 70))
    mom = c.person(reg, sex="P", age=(55, 85))
    off = c.person(reg)
    if lang == "aceh":
        c.w("Assalamualaikum. Lon nyoe ", c.nm(rep), f", ureueng Gampong {c.kel(reg)}, {city}. Bantuan PKH keu mak lon, ",
            c.nm(mom), ", ka lhee buleuen hana trok, padahai nama geuh na lam DTKS. NIK mak lon ", c.nik(mom),
            ". Lon ka lon jak u kantor keuchik, tapi geupeugah “tanyong keudeh bak pendamping”. Pendamping PKH, ",
            c.hon(off), " ", c.nm(off), ", hana geujaweueb telepon. Neutulong beu geupeureksa. HP lon ", c.phone(),
            ". Teurimong geunaseh.")
    elif lang == "madura":
        c.w("Assalamualaikum. Kaula ", c.nm(rep), f", oreng {c.kel(reg)}, {city}. Bantuan BLT kaula ampon tello bulan "
            "ta' cair. Ce'na petugas desa, ", c.hon(off), " ", c.nm(off), ", data kaula ‘ta' valid’. NIK kaula ",
            c.nik(rep), ", KK ", c.kk(rep), ". Ngereng epareksa. Mator sakalangkong.\nHP: ", c.phone())
    elif lang == "sasak":
        kd = c.person(reg, sex="L")
        c.w("Tabe'. Tiang ", c.nm(rep), ", warge ", c.addr(reg), c.area(reg), ". Inaq tiang, ", c.nm(mom),
            ", ndek narak bantuan PKH malik sejak ", MONTHS[d.month - 1], ". Pas tiang tanyaq leq kantor desa, Kadus ",
            c.nm(kd), " bebase: “ndek araq kuota”. Padahal NIK inaq tiang ", c.nik(mom),
            " wah terdaftar. Tampi asih.")
    elif lang == "toraja":
        c.w("Kurre sumanga'. Aku ", c.nm(rep), f", to dio tondok {c.kel(reg)}, {city}. Indo'ku, ", c.nm(mom),
            ", tae' natarima bantuan BPJS PBI, nakua petugas kartunna ‘nonaktif’. No. kartu ", c.bpjs(), ", NIK ",
            c.nik(mom), f". Mane male lako rumah sakit, napatu' bayar {c.rp(500_000, 5_000_000)}. Kurre sumanga' ke dipatarru'. ",
            c.phone("any"))
    elif lang == "dayak":
        c.w("Salamat. Aku ", c.nm(rep), f", uluh lewu {c.kel(reg)}, {city}. Sertifikat tanah ku dia hanjulu sampai, "
            f"padahal jadi bayar {c.rp(1_000_000, 5_000_000)} akan petugas desa ", c.nm(off), ". Huma ku hong ", c.addr(reg),
            ". Telepon ku ", c.phone(), ". Tarima kasih.")
    elif lang == "nias":
        kd = c.person(reg, sex="L")
        c.w("Ya'ahowu. Ya'o ", c.nm(rep), f", ba banua {c.kel(reg)}, {city}. Ina-gu, ", c.nm(mom),
            ", lö mendrima bantuan PKH mendrua fakhe. NIK ina-gu ", c.nik(mom), ". Ba kantor desa, Kades ", c.nm(kd),
            " imane: “Lö hadia.” Sauhagölö. No HP-gu ", c.phone(), ".")
    elif lang == "mandar":
        kd = c.person(reg, sex="L")
        c.w("Tabe', iyau ", c.nm(rep), f", tau di {c.kel(reg)}, {city}. Andiang lao di'e bantuan BPNT, padahal NIK-u ",
            c.nik(rep), ". Mua' ditanya Kades, ", c.hon(kd), " ", c.nm(kd), ", nauanna ‘sabar’. Tarima kasi.\nWA: ",
            c.phone())
    elif lang == "kupang":
        c.w("Beta ", c.nm(rep), ", tinggal di ", c.addr(reg), c.area(reg), f". Beta su lapor dari bulan "
            f"{MONTHS[d.month - 1]} soal air PDAM yang sonde jalan, ma sonde ada tanggapan. Petugas yang datang, ",
            c.hon(off), " ", c.nm(off), f", cuma bilang “sabar sa, kaka”. Botong satu RT su beli air tangki "
            f"{c.rp(100_000, 300_000)} satu kali. Beta pung HP ", c.phone(), ". Tolong bantu ko.")
    else:
        c.w("Aye ", c.nm(rep), ", tinggal di ", c.addr(reg), c.area(reg), ". Udeh tiga bulan sertifikat rumah aye "
            f"kagak kelar-kelar di kelurahan. Katenye musti bayar {c.rp(2_000_000, 10_000_000)} ke ", c.nm(off),
            ", nyang ngaku orang dalem. Nomornye ", c.phone(), ". Kagak bener entu, Pak.")


# --------------------------------------------------------------------------------------------
# style 15: very short texts (< 80 characters)
# --------------------------------------------------------------------------------------------

def st_pendek(c, nopii):
    reg = c.region()
    if nopii:
        t = c.ch([f"Lampu PJU di {c.hero_road()} mati sejak 3 Maret. Mohon dicek.",
                  f"Tiket #{c.digits(7, True)} belum direspons sudah 14 hari.",
                  f"Jalan berlubang di km {c.ri(5, 90)} arah {c.city(reg)}, 3 motor jatuh.",
                  f"Air PDAM keruh lagi, warga RT {c.ri(1, 9):02d} beli galon Rp6.000.",
                  "NIK saya sudah dicek di 3 aplikasi, tetap tdk terdaftar.",
                  "Antrean Samsat 4 jam, loket cuma 2 yang buka.",
                  f"{c.spbu()} jual pertalite pakai jeriken tiap malam.",
                  f"PKH tahap 2 belum cair, {c.ri(40, 300)} KK menunggu.",
                  f"Parkir di {c.ch(['RSUD Dr. Soetomo', 'RSUP Dr. Sardjito', 'RSUD Ulin'])} ditarik Rp10rb, kok mahal?"])
        c.w(t)
        return
    P = c.person(reg)
    k = c.ri(0, 18)
    if k == 18:
        c.w("Alamat saya ", (c.rtrw(), "ADDRESS"), ", mohon petugas PLN datang.")
    elif k == 0:
        c.w("BPJS ibu saya ", c.bpjs(), " nonaktif, tolong dibantu.")
    elif k == 1:
        c.w("Pungli di kantor desa oleh ", c.sn(P) if len(P.full) > 22 else c.nm(P), ", Rp50rb per surat.")
    elif k == 2:
        c.w("Hubungi saya di ", c.phone(), ", kasus sudah 2 bulan.")
    elif k == 3:
        c.w("Mobil dinas ", c.plate(reg), " dipakai antar anak sekolah.")
    elif k == 4:
        c.w("NIK ", c.nik(P), " tidak terbaca di SIKS-NG. Mohon dicek.")
    elif k == 5:
        c.w("Paspor ", c.passport(), " ditahan agensi. Tolong.")
    elif k == 6:
        c.w("Rek BRI ", c.acct("BRI"), " a.n. ", c.sn(P), " blm terima PKH")
    elif k == 7:
        c.w(c.handle(P), " sebar foto KTP saya. Tolong ditindak.")
    elif k == 8:
        c.w("Mohon balas ke ", c.email(P), " ya.")
    elif k == 9:
        Q = c.person(reg, pns=True, age=(30, 55))
        c.w("Sdr. ", c.sn(Q), " (NIP ", c.nip(Q), ") minta uang pelicin.")
    elif k == 10:
        c.w("KK ", c.kk(P), " ditolak PPDB, kenapa?")
    elif k == 11:
        c.w("Ibu saya lahir ", c.dob(P, c.ch(["long", "dash"])), ", kok di KTP beda?")
    elif k == 12:
        c.w("NPWP ", c.npwp(P), " terblokir di Coretax.")
    elif k == 13:
        c.w("Tetangga di ", c.addr(reg, c.ch(["jl", "gg"])), " bakar sampah tiap malam.")
    elif k == 14:
        c.w("Kemarin ", c.sn(P), " datang tagih lagi. Tolong.")
    elif k == 15:
        c.w("Pelapor: ", c.sn(P), ", ", c.phone())
    elif k == 16:
        c.w("WA saya ", c.phone(), " — mohon dihubungi.")
    else:
        c.w("min, ", c.sn(P), " jadi korban pinjol 😭")


# --------------------------------------------------------------------------------------------
# style 16: long texts (2–4 KB) naming many people
# --------------------------------------------------------------------------------------------

def st_panjang(c, nopii):
    reg = c.region()
    city = c.city(reg)
    kel, kec = c.kel(reg), c.kec(reg)
    d = c.idate()
    y = d.year
    c.set_home(reg)
    if nopii:
        hosp = c.hospital()
        c.w(f"Kepada Yth. Ombudsman RI Perwakilan Provinsi\nTembusan: Dinas Kesehatan {city}; Direktur {hosp}\n\n"
            f"Perihal: Pengaduan pelayanan rawat jalan dan IGD {hosp}\n\nDengan hormat,\n\n"
            f"Kami, forum warga peduli kesehatan di {city}, menyampaikan pengaduan atas penurunan mutu pelayanan "
            f"di {hosp} sejak awal tahun {y}. Pengaduan ini disusun dari {c.ri(40, 90)} kesaksian pasien dan keluarga "
            f"yang kami kumpulkan selama {c.ri(2, 5)} bulan.\n\n"
            f"1. Antrean rawat jalan. Nomor antrean dibagikan mulai pukul 05.00 dan habis sebelum pukul 06.30. "
            f"Kuota poli penyakit dalam hanya {c.ri(40, 80)} pasien per hari, padahal kunjungan rata-rata "
            f"{c.ri(120, 200)} pasien. Pasien lansia usia 70–85 tahun harus datang sejak subuh.\n\n"
            f"2. Biaya tambahan. Peserta JKN kelas 3 diminta membeli obat di apotek luar dengan biaya "
            f"{c.rp(100_000, 500_000)} sampai {c.rp(1_000_000, 3_000_000)}. Menurut Perpres 82/2018 dan Permenkes No. 28 Tahun 2014, peserta tidak "
            f"boleh dibebani iur biaya untuk obat yang masuk Fornas.\n\n"
            f"3. IGD. Pada malam {c.fdate(c.idate(), 1)} hanya ada satu dokter jaga untuk {c.count('pasien')}. Ambulans "
            f"dari puskesmas di {c.km()} jalan provinsi menunggu lebih dari tiga jam. Pengaduan melalui care center "
            f"165 tercatat dengan {c.ticket()}, lalu melalui LAPOR! dengan tiket {c.ticket16()}, tetapi keduanya "
            f"masih berstatus “diproses”.\n\n"
            f"4. Parkir dan kantin. Tarif parkir naik menjadi Rp 5.000 untuk motor tanpa dasar peraturan daerah. "
            f"Kantin di lantai dasar menjual air mineral Rp 8.000 per botol.\n\n"
            f"5. Informasi publik. Maklumat pelayanan dan standar pelayanan tidak dipasang di ruang tunggu, "
            f"bertentangan dengan UU No. 25 Tahun 2009 tentang Pelayanan Publik dan UU No. 14 Tahun 2008. "
            f"Permintaan informasi tertulis kami tanggal {c.fdate(c.idate(), 0)} tidak dijawab dalam 10 hari kerja.\n\n"
            f"Kami memohon Ombudsman melakukan pemeriksaan, menambah tenaga jaga malam di IGD, dan memastikan "
            f"peserta JKN tidak dipungut biaya tambahan. Kami juga meminta agar identitas para pemberi kesaksian "
            f"dilindungi; daftar nama dan kontak ada pada kami dan hanya akan diserahkan kepada pemeriksa.\n\n"
            f"Atas perhatiannya kami ucapkan terima kasih.\n\n{city}, {c.fdate(c.idate(), 0)}\n"
            f"Forum Warga Peduli Kesehatan {city}\n(surel: info@rsud-kabupaten.go.id ditembuskan)")
        return
    if c.p(.7):
        kades, sekdes, bend = c.person(reg), c.person(reg), c.person(reg)
        anak, ipar, cvo = c.person(reg), c.person(reg), c.person(reg)
        kaur, w1, w2 = c.person(reg), c.person(reg), c.person(reg)
        kasi, pdp, r1 = c.person(reg, pns=True, age=(30, 56)), c.person(reg), c.person(reg)
        bank = c.bank_for(reg)
        cv = c.ch(["CV Maju Bersama", "CV Karya Mandiri", "CV Tiga Saudara", "CV Bumi Lestari"])
        c.w(f"Kepada Yth. Inspektorat Kabupaten {city}\nTembusan: Kejaksaan Negeri {city}; Camat {kec}\n\n"
            f"Perihal: Pengaduan dugaan penyalahgunaan Dana Desa {kel} Tahun Anggaran {y - 1}–{y}\n\n"
            f"Dengan hormat,\nKami yang bertanda tangan di bawah ini, warga Desa {kel}, Kecamatan {kec}, menyampaikan "
            "pengaduan sebagai berikut.\n\n")
        c.w(f"1. Kepala Desa {kel}, ", c.nm(kades), f", sejak dilantik pada {y - 4} tidak pernah memasang baliho "
            "APBDes. Sekretaris desa, ", c.nm(sekdes), ", dan bendahara, ", c.nm(bend),
            ", selalu mengatakan dokumen APBDes “rahasia”, padahal UU No. 14 Tahun 2008 mewajibkan keterbukaan.\n\n")
        c.w(f"2. Pengadaan mobil operasional desa senilai {c.rp(180_000_000, 350_000_000)} pada {MONTHS[d.month - 1]} {y - 1} dilakukan "
            "tanpa musyawarah. Mobil pikap bernopol ", c.plate(reg), " itu justru dipakai sehari-hari oleh anak "
            "Kepala Desa, ", c.nm(anak), ", untuk berjualan. Mobil kedua, ", c.plate(reg),
            ", terdaftar atas nama usaha milik adik ipar Kades, ", c.nm(ipar), ".\n\n")
        c.w(f"3. Seluruh proyek fisik (rabat beton 1,2 km dan dua unit drainase) dikerjakan oleh {cv} milik ",
            c.nm(cvo), " (NPWP ", c.npwp(cvo, c.ch(["old", "plain15"])), f") dengan pembayaran ke rekening {bank} ",
            c.acct(bank), " a.n. ", c.sn(cvo), ". Rabat beton sudah retak sebelum tiga bulan.\n\n")
        c.w(f"4. BLT-DD tahap {c.ri(1, 3)} dipotong Rp 50.000 per KPM oleh Kaur Keuangan, ", c.hon(kaur), " ",
            c.nm(kaur), ". Warga yang protes, seperti ", c.nm(w1), " dan ", c.nm(w2),
            ", justru dicoret pada tahap berikutnya.\n\n")
        c.w(f"5. Kami sudah melapor ke kantor kecamatan pada {c.fdate(d, 0)}. Laporan diterima oleh Kasi "
            "Pemerintahan, ", c.nm(kasi), ", NIP ", c.nip(kasi), ", yang menyarankan agar masalah “diselesaikan "
            "secara kekeluargaan”. Pendamping desa, ", c.nm(pdp), " (HP ", c.phone(paren=False),
            "), juga tidak menindaklanjuti.\n\n")
        if c.p(.6):
            c.w("6. Setelah rapat tersebut, rumah salah satu pelapor, ", c.nm(r1), ", di ", c.addr(reg), c.area(reg),
                ", didatangi orang tidak dikenal pada malam hari. ", c.sn(r1), f" sudah melapor ke Polsek {kec}.\n\n")
        if c.p(.6):
            pen = c.person(reg)
            c.w("7. Tanah kas desa seluas 2 hektare disewakan oleh Kepala Desa kepada ", c.nm(pen),
                f" sejak {y - 2} tanpa peraturan desa. Uang sewa {c.rp(20_000_000, 90_000_000)} per tahun tidak pernah "
                "masuk ke rekening kas desa. Menurut keterangan ", c.sn(pen), " sendiri, uang sewa dibayar tunai ke "
                "rumah Kades di ", c.addr(reg), ".\n\n")
        c.w(f"Kami memohon audit investigatif atas Dana Desa tahun {y - 1}–{y} dan perlindungan identitas pelapor "
            "sesuai UU 27/2022 tentang PDP.\n\nHormat kami,\n")
    else:
        spon = c.person(reg, sex="L")
        ag = c.person(c.region())
        c.w(f"Kepada Yth. Kepala BP2MI\nTembusan: Polda; Dinas Tenaga Kerja {city}\n\n"
            f"Perihal: Pengaduan kolektif dugaan TPPO terhadap warga {kel}, Kecamatan {kec}\n\n"
            "Dengan hormat,\nKami keluarga para pekerja migran yang diberangkatkan secara nonprosedural "
            f"pada {MONTHS[d.month - 1]} {y - 1} menyampaikan pengaduan sebagai berikut.\n\n"
            "1. Perekrutan dilakukan oleh sponsor lapangan bernama ", c.nm(spon), " (HP ", c.phone(paren=False),
            ") yang datang ke rumah-rumah warga dan menjanjikan gaji 1.800 ringgit per bulan di Malaysia. Setiap "
            f"calon pekerja diminta menyetor {c.rp(5_000_000, 20_000_000)}. ", c.sn(spon), " bekerja sama dengan ", c.nm(ag),
            " yang mengaku staf perusahaan penempatan.\n\n"
            "2. Para pekerja diberangkatkan lewat jalur laut tanpa visa kerja. Paspor mereka ditahan oleh majikan. "
            "Daftar pekerja yang kami ketahui:\n")
        for i in range(1, c.ri(4, 8) + 1):
            P = c.person(reg, age=(19, 42))
            c.w(f"   {i}. ", c.nm(P), ", ", pp_phrase(c), ", ", c.dob_phrase(P), ", nomor di Malaysia ",
                (c.foreign_phone("my"), "PHONE"), "\n")
        c.w("\n3. Sejak tiga bulan terakhir komunikasi terputus. Salah satu pekerja sempat mengirim pesan suara "
            "bahwa mereka bekerja 16 jam sehari dan tidak digaji.\n\n"
            "4. Kami sudah melapor ke Polres setempat dan ke pos pelayanan BP2MI, tetapi baru diberi tanda terima "
            f"({c.ticket()}).\n\nMohon BP2MI berkoordinasi dengan KBRI Kuala Lumpur untuk memulangkan mereka.\n\n"
            "Hormat kami, perwakilan keluarga:\n")
    for i in range(1, c.ri(4, 11) + 1):
        P = c.person(reg, age=(25, 70))
        c.w(f"{i}. ", c.nm(P), ", NIK ", c.nik(P), ", HP ", c.phone())
        if c.p(.5):
            c.w(", ", c.addr(reg))
        c.w("\n")


# --------------------------------------------------------------------------------------------
# styles 17 and 18: ALL CAPS and all lower case (generic complaints, case applied to every piece)
# --------------------------------------------------------------------------------------------

def st_generic(c, nopii, chatty):
    reg = c.region()
    city = c.city(reg)
    d = c.idate()
    if nopii:
        k = c.ri(0, 2)
        if k == 0:
            t = (f"min tolong dong jalan di {c.trunk(reg)} {c.km()} rusak parah udh 2 thn, sdh lapor {c.ticket()} "
                 f"tp gak ada tindakan. apa harus ada korban dulu?? warga rt {c.ri(1, 9):02d} tiap hari lewat situ"
                 if chatty else
                 f"JALAN DI {c.trunk(reg)} {c.km()} RUSAK PARAH SUDAH 2 TAHUN!!! SUDAH LAPOR {c.ticket()} TIDAK "
                 f"ADA TINDAKAN. APA HARUS ADA KORBAN DULU??? ANGGARAN {c.rp(500_000_000, 5_000_000_000)} KEMANA?")
        elif k == 1:
            t = (f"listrik padam 3x seminggu di wilayah kami, pln cuma bilang gangguan. udh lapor ke 123 dan "
                 f"@pln_123 tp ga dibales. kulkas warga pd rusak. tolong min"
                 if chatty else
                 "LISTRIK PADAM 3X SEMINGGU DI WILAYAH KAMI. PLN HANYA BILANG GANGGUAN. SUDAH LAPOR KE 123 DAN "
                 f"@PLN_123 TIDAK DIBALAS. KERUGIAN WARGA SUDAH {c.rp(5_000_000, 50_000_000)}!!!")
        else:
            t = (f"{c.spbu().lower()} tiap malam jual pertalite ke jeriken, antrean motor sampai {c.km().lower()}. "
                 f"nik saya sudah dicek di 3 aplikasi, tetep gak bisa beli solar subsidi. gmn ini"
                 if chatty else
                 f"{c.spbu()} SETIAP MALAM MENJUAL PERTALITE KE JERIKEN. SUDAH {c.count('HARI')} DIBIARKAN. "
                 "NIK SAYA SUDAH DICEK DI 3 APLIKASI TETAP TIDAK BISA BELI SOLAR SUBSIDI.")
        c.w(t)
        return
    rep = c.person(reg, age=(20, 70))
    k = c.ri(0, 5)
    if k == 0:
        off = c.person(reg)
        if chatty:
            c.w("min sy ", c.nm(rep), f" warga {c.kel(reg)}, ngurus ktp di kecamatan dimintain {c.rp(50_000, 300_000)} sama "
                "petugas namanya ", c.nm(off), ". kalo gak bayar disuruh balik minggu depan. ini pungli kan? "
                "nik sy ", c.nik(rep), " hp ", c.phone())
        else:
            c.w("SAYA ", c.nm(rep), f" WARGA {c.kel(reg)}. NGURUS KTP DI KECAMATAN DIMINTA {c.rp(50_000, 300_000)} OLEH PETUGAS "
                "BERNAMA ", c.nm(off), ". KALAU TIDAK BAYAR DISURUH BALIK MINGGU DEPAN. INI PUNGLI!! NIK SAYA ",
                c.nik(rep), " HP ", c.phone())
    elif k == 1:
        mom = c.person(reg, sex="P", age=(60, 85))
        if chatty:
            c.w("ibu sy ", c.nm(mom), " (", c.dob_phrase(mom), ") udh 2 thn gak dapet pkh padahal janda. nik ",
                c.nik(mom), " kk ", c.kk(mom), ". tolong dicek ya min 🙏")
        else:
            c.w("IBU SAYA ", c.nm(mom), " (", c.dob_phrase(mom), ") SUDAH 2 TAHUN TIDAK DAPAT PKH PADAHAL JANDA. "
                "NIK ", c.nik(mom), " KK ", c.kk(mom), ". TOLONG DICEK!!!")
    elif k == 2:
        jk = c.person(reg, sex="L")
        hosp = c.hospital()
        if chatty:
            c.w(f"jukir liar di depan {hosp} minta {c.rp(5_000, 20_000)}, motor sy ", c.plate(reg, "low"),
                " digores krn sy nolak bayar. jukirnya biasa dipanggil ", c.sn(jk), ". sy ", c.nm(rep), ", ",
                c.phone())
        else:
            c.w(f"JUKIR LIAR DI DEPAN {hosp} MINTA {c.rp(5_000, 20_000)}. MOTOR SAYA ", c.plate(reg),
                " DIGORES KARENA SAYA TOLAK. JUKIRNYA BIASA DIPANGGIL ", c.sn(jk), ". SAYA ", c.nm(rep), ", HP ",
                c.phone())
    elif k == 3:
        nb = c.person(reg)
        if chatty:
            c.w("tetangga sy ", c.nm(nb), " di ", c.addr(reg), " buka bengkel las sampe jam 2 malem, udh ditegur rt "
                "gak mempan. sy ", c.nm(rep), ", tinggal di ", c.addr(reg), ". tolong ditertibkan")
        else:
            c.w("TETANGGA SAYA ", c.nm(nb), " DI ", c.addr(reg), " BUKA BENGKEL LAS SAMPAI JAM 2 MALAM. SUDAH "
                "DITEGUR RT TIDAK MEMPAN. SAYA ", c.nm(rep), ", ", c.addr(reg), c.area(reg))
    elif k == 4:
        gr = c.person(reg, pns=True, age=(28, 58))
        sch = school(c)
        if chatty:
            c.w("anak sy dipukul guru namanya ", c.nm(gr), ", nip ", c.nip(gr), f", di {sch.lower()}. sy ortunya, ",
                c.nm(rep), ", wa ", c.phone(), ". mohon ditindak")
        else:
            c.w("ANAK SAYA DIPUKUL GURU BERNAMA ", c.nm(gr), ", NIP ", c.nip(gr), f". SEKOLAHNYA {sch}. SAYA ORANG "
                "TUANYA, ", c.nm(rep), ", HP ", c.phone())
    else:
        if chatty:
            c.w("npwp sy ", c.npwp(rep), " kok dobel sm nik ", c.nik(rep), " di coretax?? udh email ke kpp tp gak "
                "dibales. bales ke ", c.email(rep), " aja ya")
        else:
            c.w("NPWP SAYA ", c.npwp(rep), " TERBLOKIR SETELAH PEMADANAN NIK ", c.nik(rep), ". SUDAH 3X KE KPP "
                "TIDAK ADA SOLUSI. BALAS KE EMAIL ", c.email(rep))


def st_kapital(c, nopii):
    st_generic(c, nopii, chatty=False)


def st_kecil(c, nopii):
    st_generic(c, nopii, chatty=True)


# --------------------------------------------------------------------------------------------
# style 19: English / English-mixed
# --------------------------------------------------------------------------------------------

NATIONALITIES = ["British", "Australian", "Dutch", "German", "French", "Japanese", "Korean", "American",
                 "Italian", "Swedish", "Irish", "Indian"]


def st_english(c, nopii):
    d = c.idate()
    if nopii:
        k = c.ri(0, 2)
        if k == 0:
            c.w(f"The road to the airport past {c.hero_road()} has had no street lights from km 3 to km 7 since "
                f"{MONTHS_EN[d.month - 1]} {d.year}. Two scooter accidents this month alone. Reported via LAPOR! "
                f"({c.ticket()}){c.ch([' and tagged ' + c.ch(INST_HANDLES), ''])}, no response yet.")
        elif k == 1:
            c.w(f"Visa on arrival fees are now IDR 500,000 and the e-VOA site crashed again at {c.ch(AIRPORTS)} on "
                f"{d.day} {MONTHS_EN[d.month - 1]}. About {c.ri(150, 600)} passengers queued for two hours. "
                "Nobody answered the immigration hotline.")
        else:
            c.w(f"Is it legal for a hospital to ask foreigners for a deposit of IDR 10 million before emergency "
                f"treatment? This happened at {c.hospital()} on {MONTHS_EN[d.month - 1]} {d.day}, {d.year}. "
                "Under UU No. 25 Tahun 2009 emergency care should come first. Please clarify.")
        return
    k = c.ri(0, 4)
    if k == 0:
        fo = c.person("foreign", age=(25, 65))
        ll = c.person("bali")
        c.w("Hello, I'm ", c.nm(fo), f", a {c.ch(NATIONALITIES)} citizen living in Bali on a KITAS. My landlord, ",
            c.nm(ll), f", is refusing to return my deposit of IDR {c.ri(5, 40)},000,000. I rented the house at ",
            c.addr("bali", c.ch(["jl", "jlgg"])), c.area("bali"), f" from {MONTHS_EN[d.month - 1]} {d.year - 1}. "
            "When I asked, ", c.sn(ll), " said I had “damaged the garden”. My passport number is ", c.passport(),
            " and my WhatsApp is ", c.phone(c.ch(["foreign", "mobile"])), ". Email: ", c.email(fo), ".")
    elif k == 1:
        reg = c.region()
        mom = c.person(reg, sex="P", age=(55, 85))
        sis = c.person(reg, sex="P", age=(25, 50))
        me = c.person(reg, age=(25, 50))
        c.w(f"I'm writing from {c.ch(['Rotterdam', 'Sydney', 'Osaka', 'Dubai', 'Toronto', 'Taipei'])} on behalf of "
            "my mother, ", c.nm(mom), ", ", c.dob_phrase(mom, "en"), ", NIK ", c.nik(mom),
            ". Her BPJS card (", c.bpjs(), f") was deactivated while she was in hospital in {c.city(reg)}. My sister ",
            c.nm(sis), " has been queuing at the BPJS office for days. You can reach me at ", c.phone("foreign"),
            " or ", c.email(me), ". — ", c.nm(me))
    elif k == 2:
        reg = c.region()
        dad = c.person(reg, sex="L", age=(55, 80))
        sc = c.person(c.region(), sex="L")
        b = c.bank_for()
        c.w("Guys please help 🙏 my dad ", c.nm(dad), " (DOB ", c.dob(dad, "iso"), ") got scammed by someone "
            "claiming to be from the tax office. The guy, ", c.nm(sc), ", called from ", c.phone(),
            " and asked for his NPWP ", c.npwp(dad), " and the OTP. Sekarang rekening ", b, " ", c.acct(b),
            f" papa kosong. Already reported to the bank, tiket {c.ticket16()}.")
    elif k == 3:
        dr = c.person("bali", sex="L")
        c.w(f"On {MONTHS_EN[d.month - 1]} {d.day} our driver, in a car with plate ", c.plate("bali"),
            ", charged us IDR 1,500,000 for a trip agreed at 400k. He gave his name as ", c.sn(dr),
            " and his phone number as ", c.phone("any"), ". When we refused, he left our luggage at the roadside near "
            "Bandara I Gusti Ngurah Rai. Tourist police said to report here.")
    else:
        fo = c.person("foreign", age=(20, 35))
        st = c.person(c.region())
        c.w("My name is ", c.nm(fo), " (passport ", c.passport(), f"), an exchange student at {c.ch(UNIVS)}. "
            "A staff member of the international office, ", c.nm(st), ", asked me for an “admin fee” of "
            "IDR 2,000,000 to process my study permit, paid in cash. My contact: ", c.email(fo), ", ",
            c.phone("mobile"), ". Is this fee official?")


# --------------------------------------------------------------------------------------------
# corpus assembly, validation, statistics
# --------------------------------------------------------------------------------------------

STYLE_FN = {name: globals()["st_" + name] for name, _, _ in STYLES}
CASE = {"kapital": "upper", "kecil": "lower"}


def schedule():
    items = []
    for name, n, k in STYLES:
        items += [(name, True)] * k + [(name, False)] * (n - k)
    random.Random(f"{SEED}-schedule").shuffle(items)
    return items


def acceptable(style, text, spans, nopii):
    if not nopii and not spans:
        return False
    if style == "pendek" and len(text) >= 80:
        return False
    if style == "panjang" and not (2048 <= len(text.encode("utf-8")) <= 4096):
        return False
    return True


def build_one(i, style, nopii):
    rng = random.Random(f"{SEED}-{i:04d}-{style}")
    for _ in range(200):
        c = Ctx(rng, CASE.get(style))
        STYLE_FN[style](c, nopii)
        text = c.d.text()
        if acceptable(style, text, c.d.spans, nopii):
            break
    else:
        raise RuntimeError(f"could not build record {i} ({style})")
    rec = {"id": f"{PREFIX}-{i:04d}-{style}", "text": text,
           "spans": [{"start": s, "end": e, "label": lab} for s, e, lab, _ in c.d.spans]}
    return rec, [v for _, _, _, v in c.d.spans]


def build():
    recs, vals = [], []
    for i, (style, nopii) in enumerate(schedule(), 1):
        r, v = build_one(i, style, nopii)
        recs.append(r)
        vals.append(v)
    return recs, vals


def validate(recs, vals):
    errors = []
    counts = {lab: 0 for lab in LABELS}
    ids = set()
    n_nopii = 0
    for r, vs in zip(recs, vals):
        rid, text, spans = r["id"], r["text"], r["spans"]
        if rid in ids:
            errors.append(f"{rid}: duplicate id")
        ids.add(rid)
        style = rid.split("-", 2)[2]
        if not spans:
            n_nopii += 1
        if style == "pendek" and len(text) >= 80:
            errors.append(f"{rid}: short text has {len(text)} characters")
        if style == "panjang" and not (2048 <= len(text.encode("utf-8")) <= 4096):
            errors.append(f"{rid}: long text has {len(text.encode('utf-8'))} bytes")
        prev_end = 0
        for s, v in zip(spans, vs):
            st, en, lab = s["start"], s["end"], s["label"]
            if lab not in counts:
                errors.append(f"{rid}: unknown label {lab}")
                continue
            counts[lab] += 1
            if not (0 <= st < en <= len(text)):
                errors.append(f"{rid}: span out of range {s}")
                continue
            if st < prev_end:
                errors.append(f"{rid}: overlapping or unsorted span {s}")
            prev_end = en
            seg = text[st:en]
            if seg != v:
                errors.append(f"{rid}: span text {seg!r} != inserted {v!r}")
            if seg != seg.strip():
                errors.append(f"{rid}: whitespace at span edge {seg!r}")
            if st > 0 and text[st - 1].isalnum():
                errors.append(f"{rid}: span glued on the left {seg!r}")
            if en < len(text) and text[en].isalnum():
                errors.append(f"{rid}: span glued on the right {seg!r}")
    total = sum(n for _, n, _ in STYLES)
    if len(recs) != total:
        errors.append(f"{len(recs)} records, expected {total}")
    want_nopii = sum(k for _, _, k in STYLES)
    if n_nopii != want_nopii:
        errors.append(f"{n_nopii} texts without PII, expected {want_nopii}")
    for lab, n in counts.items():
        if n < 10:
            errors.append(f"label {lab} appears only {n} times")
    if errors:
        raise SystemExit("validation failed:\n  " + "\n  ".join(errors[:40]))
    return counts


def serialise(recs):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs).encode("utf-8")


def name_pool_sizes():
    given, family = set(), set()
    for reg, N in NAMES.items():
        for key in ("m", "f", "g2m", "g2f"):
            given.update(N.get(key, []))
        for key in ("fm", "ff", "clan"):
            family.update(N.get(key, []))
    given.update(BALI_ORDER_M + BALI_ORDER_F)
    for v in EMPLOYERS.values():
        for n in v:
            given.add(n.split()[-1] if " bin" in n else n.split()[0])
    return len(given), len(family)


def stats(recs):
    out = []
    head = ["style", "texts", "no PII", "spans"] + LABELS
    out.append("| " + " | ".join(head) + " |")
    out.append("|" + "---|" + "---:|" * (len(head) - 1))
    tot = {h: 0 for h in head[1:]}
    for name, _, _ in STYLES:
        rows = [r for r in recs if r["id"].endswith("-" + name)]
        row = {"texts": len(rows), "no PII": sum(1 for r in rows if not r["spans"]),
               "spans": sum(len(r["spans"]) for r in rows)}
        for lab in LABELS:
            row[lab] = sum(1 for r in rows for s in r["spans"] if s["label"] == lab)
        for h in head[1:]:
            tot[h] += row[h]
        out.append("| " + " | ".join([name] + [str(row[h]) for h in head[1:]]) + " |")
    out.append("| **total** | " + " | ".join(f"**{tot[h]}**" for h in head[1:]) + " |")
    pii = [r for r in recs if r["spans"]]
    nonascii = sum(1 for r in pii if any(ord(ch) > 127 for ch in r["text"][:r["spans"][-1]["start"]]))
    astral = sum(1 for r in pii if any(ord(ch) > 0xFFFF for ch in r["text"][:r["spans"][-1]["start"]]))
    g, f = name_pool_sizes()
    out.append("")
    out.append(f"PII texts with a non-ASCII character before at least one span: {nonascii} of {len(pii)}; "
               f"with an astral-plane character (emoji) before at least one span: {astral}.")
    out.append(f"Name pools: {g} distinct given names, {f} distinct family/clan names.")
    return "\n".join(out)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--stats", action="store_true", help="print a per-style / per-label table (Markdown)")
    ap.add_argument("--check", action="store_true", help="rebuild in memory and compare with the file on disk")
    a = ap.parse_args()
    recs, vals = build()
    validate(recs, vals)
    data = serialise(recs)
    if a.check:
        try:
            with open(OUT, "rb") as f:
                disk = f.read()
        except FileNotFoundError:
            print(f"{OUT} does not exist", file=sys.stderr)
            sys.exit(1)
        if disk != data:
            print("DIFFERENT: rebuilt corpus does not match fifteenth.jsonl", file=sys.stderr)
            sys.exit(1)
        print(f"OK: fifteenth.jsonl matches the generator ({len(recs)} records, sha256 "
              f"{hashlib.sha256(data).hexdigest()})")
        return
    with open(OUT, "wb") as f:
        f.write(data)
    print(f"wrote {OUT}: {len(recs)} records, sha256 {hashlib.sha256(data).hexdigest()}")
    if a.stats:
        print()
        print(stats(recs))


if __name__ == "__main__":
    main()
