#!/usr/bin/env python3
"""Regenerate data/countries.tsv, data/country_forms.tsv and data/inputs/major_places.tsv
(the capitals and major cities that count as references to their country; scripts/gen_places.py
merges them into data/places.tsv).

Usage:  python3 scripts/gen_countries.py /path/to/shared/data  [--out DIR]

Inputs (from the shared raw-data folder given as the argument):
  iso3166-1.json                          ISO 3166-1 codes, ISO names, official names
  factbook_2026-01.tsv                    short/long names, abbreviations, nationality
                                          noun/adjective (demonyms), capitals
  geonames_cities_pop50k_or_capital.tsv   capitals (flag) and populations

Hand-written overrides all live in THIS file (no side table), in the UPPER_CASE
constants below: display names, extra names/abbreviations/demonyms/combining forms,
flags, exclusions, the resolution of forms claimed by two countries, and the city
lists (drops, renames, aliases, extra cities and seats). data/blockers.tsv is written
by hand and is not produced here; the script only checks it (if present).

Decisions recorded here (see also the comments next to each table):
  * Bare "Congo" -> COD (DR Congo) with flag `weak`: in current English news "Congo"
    alone mostly means DR Congo, but the Republic of the Congo is also called "Congo";
    weak means it only counts when DR Congo is also named by a non-weak form
    (DRC, DR Congo, Congolese, Kinshasa...). "Congolese" -> COD only.
  * Bare "Korea" -> KOR with flag `weak`; bare "Korean(s)" maps to nothing;
    "South Korean(s)"/"North Korean(s)" map to KOR/PRK.
  * "Dominican(s)" -> DOM (Dominican Republic), not Dominica.
  * "Chinese" -> CHN only (not HKG/MAC); "Dutch" -> NLD only; "French" -> FRA only.
  * "Georgia" and "Georgian(s)" are weak (the US state); "Georgia" also ambiguous.
  * "Man" (Isle of Man) is not a form; "Jersey"/"Guernsey" are weak.
  * "English" is weak (the language); Welsh/Scottish/Scot(s)/Northern Irish -> GBR.
  * Cities: Jerusalem is listed as the capital of ISR as GeoNames and the Factbook do;
    this is a known political choice (most states keep embassies in Tel Aviv).
    East Jerusalem (GeoNames' capital for PS), Ramallah (seat of the Palestinian
    Authority) and Gaza City are listed for PSE. Washington carries `ambiguous`
    (named after a person: "George Washington") but is not weak.
Output files are sorted as data/README.md says; a report is printed at the end and
the script exits non-zero if a check fails.
"""

import argparse
import csv
import html
import json
import os
import re
import sys
import unicodedata
from collections import defaultdict

# --------------------------------------------------------------------------------
# Countries: display names (English news usage). Others: ISO common_name, else name.
# --------------------------------------------------------------------------------
DISPLAY = {
    "BES": "Bonaire, Sint Eustatius and Saba",
    "BHS": "Bahamas",
    "BOL": "Bolivia",
    "BRN": "Brunei",
    "CIV": "Ivory Coast",
    "COD": "DR Congo",
    "COG": "Republic of the Congo",
    "CPV": "Cape Verde",
    "CZE": "Czechia",
    "FLK": "Falkland Islands",
    "FSM": "Micronesia",
    "GBR": "United Kingdom",
    "GMB": "Gambia",
    "IRN": "Iran",
    "KOR": "South Korea",
    "LAO": "Laos",
    "MAC": "Macau",
    "MAF": "Saint Martin",
    "MDA": "Moldova",
    "PCN": "Pitcairn Islands",
    "PRK": "North Korea",
    "PSE": "Palestine",
    "RUS": "Russia",
    "SHN": "Saint Helena",
    "SXM": "Sint Maarten",
    "SYR": "Syria",
    "TUR": "Turkey",
    "TWN": "Taiwan",
    "TZA": "Tanzania",
    "USA": "United States",
    "VAT": "Vatican City",
    "VEN": "Venezuela",
    "VGB": "British Virgin Islands",
    "VIR": "US Virgin Islands",
    "VNM": "Vietnam",
}
EXTRA_COUNTRIES = [("XKX", "XK", "Kosovo")]  # not in ISO 3166-1; user-assigned code

# Factbook GEC code -> ISO2 where the Factbook's own ISO2 column is wrong (lossy for
# the Crown dependencies) or missing (Kosovo). GEC rows in SKIP_GEC are not countries
# of ISO 3166-1 (or are parts we name by hand: Gaza, West Bank, Svalbard, Jan Mayen...).
GEC_FIX = {"gk": "GG", "je": "JE", "im": "IM", "kv": "XK"}
SKIP_GEC = {"at", "cr", "um", "wq", "bq", "ip", "ax", "dx", "ee", "pf", "pg", "jn", "sv",
            "gz", "we", "oo", "xo", "xq", "zh", "zn", "xx", ""}

# ISO / Factbook names never used as a `name` form.
SKIP_NAMES = {
    ("COG", "Congo"),          # bare Congo -> COD weak (see header)
    ("DOM", "Dominican"),      # Factbook junk short name "The Dominican"
    ("VIR", "Virgin Islands"), # shared by VGB and VIR
    ("COD", "DRC"),            # an abbreviation, added as abbr
    ("PSE", "Palestine, State of"),
}

# Extra names (kind `name`): aliases, short names, former names still in use.
EXTRA_NAMES = {
    "ALA": ["Åland", "Åland Islands"],
    "ARE": ["United Arab Emirates"],
    "ATF": ["French Southern and Antarctic Lands", "Kerguelen Islands"],
    "BES": ["Bonaire", "Caribbean Netherlands", "Sint Eustatius"],
    "BHS": ["Bahamas"],
    "BIH": ["Bosnia", "Bosnia-Herzegovina"],
    "BLM": ["Saint-Barthélemy", "St Barts", "St. Barts", "St Barths", "St. Barths"],
    "BRN": ["Brunei"],
    "CCK": ["Cocos Islands", "Cocos (Keeling) Islands", "Keeling Islands"],
    "CHN": ["China"],
    "CIV": ["Ivory Coast", "Côte d'Ivoire"],
    "COD": ["DR Congo", "Democratic Republic of Congo", "Democratic Republic of the Congo",
            "Congo-Kinshasa", "Congo"],
    "COG": ["Republic of Congo", "Republic of the Congo", "Congo Republic", "Congo-Brazzaville"],
    "CPV": ["Cape Verde", "Cabo Verde"],
    "CZE": ["Czech Republic"],
    "FLK": ["Falklands", "Malvinas", "Islas Malvinas"],
    "FRO": ["Faroes", "Faeroe Islands"],
    "FSM": ["Micronesia"],
    "GBR": ["Britain", "Great Britain", "England", "Scotland", "Wales", "Northern Ireland"],
    "GIN": ["Guinea-Conakry"],
    "GNB": ["Guinea Bissau"],
    "HKG": ["Hong Kong SAR"],
    "IOT": ["Chagos Islands", "Chagos Archipelago"],
    "IRL": ["Republic of Ireland"],
    "KNA": ["St Kitts and Nevis", "St. Kitts and Nevis"],
    "KOR": ["Korea", "Republic of Korea"],
    "LAO": ["Lao PDR"],
    "LCA": ["St Lucia", "St. Lucia"],
    "MAC": ["Macao", "Macau SAR"],
    "MAF": ["Saint-Martin"],
    "MKD": ["Macedonia"],
    "MMR": ["Burma"],
    "NLD": ["Holland"],
    "NZL": ["Aotearoa"],
    "PCN": ["Pitcairn"],
    "PRK": ["Democratic People's Republic of Korea"],
    "PSE": ["Palestine", "State of Palestine", "Gaza", "Gaza Strip", "West Bank",
            "Palestinian territories", "occupied Palestinian territory",
            "occupied Palestinian territories"],
    "RUS": ["Russia", "Russian Federation"],
    "SGS": ["South Georgia", "South Sandwich Islands"],
    "SHN": ["St Helena", "St. Helena", "Tristan da Cunha"],
    "SJM": ["Svalbard", "Jan Mayen", "Svalbard and Jan Mayen"],
    "SPM": ["St Pierre and Miquelon", "St. Pierre and Miquelon"],
    "STP": ["São Tomé and Príncipe"],
    "SWZ": ["Swaziland"],
    "TCA": ["Turks and Caicos"],
    "TLS": ["East Timor"],
    "TUR": ["Türkiye", "Republic of Türkiye"],
    "TWN": ["Republic of China", "Chinese Taipei"],
    "UMI": ["US Minor Outlying Islands", "Wake Island", "Johnston Atoll", "Palmyra Atoll",
            "Baker Island", "Howland Island", "Jarvis Island", "Kingman Reef",
            "Navassa Island", "Midway Atoll"],
    "USA": ["America", "United States of America"],
    "VAT": ["Vatican", "Holy See"],
    "VCT": ["St Vincent and the Grenadines", "St. Vincent and the Grenadines"],
    "VIR": ["U.S. Virgin Islands", "United States Virgin Islands"],
    "VNM": ["Viet Nam"],
    "XKX": ["Kosovo", "Republic of Kosovo"],
}

# Abbreviations: Factbook values are accepted only if listed here (its field is
# noisy: "AS", "PR", "VI", "NL", "CH", "RSA", "FDRE"...). Hand additions below.
# Seats of government that news uses for the government itself ("the Kremlin said").
METONYMS = {
    "USA": ["White House", "Pentagon", "State Department", "USAID"],
    "RUS": ["Kremlin"],
    "GBR": ["Downing Street"],
    "FRA": ["Élysée Palace"],
}
for _iso, _forms in METONYMS.items():
    EXTRA_NAMES.setdefault(_iso, []).extend(_forms)

# Forms that name two countries at once: each country gets the row.
BOTH = {("KOR", "PRK"): ["both Koreas", "two Koreas"]}
for _isos, _forms in BOTH.items():
    for _iso in _isos:
        EXTRA_NAMES.setdefault(_iso, []).extend(_forms)

ALLOWED_FACTBOOK_ABBR = {"DRC", "UAE", "ROK", "DPRK", "PRC", "PNG", "BiH", "NZ", "US", "USA",
                         "UK", "CNMI", "BVI", "FSM", "TAAF", "BIOT", "HK"}
EXTRA_ABBR = {
    "ARE": ["UAE", "U.A.E."],
    "CHN": ["PRC"],
    "COD": ["DRC"],
    "GBR": ["UK", "U.K."],
    "KOR": ["ROK"],
    "PRK": ["DPRK"],
    "SAU": ["KSA"],
    "USA": ["US", "U.S.", "USA", "U.S.A."],
}

# Demonyms not in (or badly written in) the Factbook nationality fields.
EXTRA_DEMONYMS = {
    "ARE": ["Emirati", "Emiratis"],
    "AUS": ["Aussie", "Aussies"],
    "AZE": ["Azeri", "Azeris"],
    "BGD": ["Bangladeshis"],
    "BIH": ["Bosnians"],
    "BLR": ["Belarusians"],
    "CIV": ["Ivorian", "Ivorians", "Ivoirian", "Ivoirians"],
    "COM": ["Comorian", "Comorians"],
    "CPV": ["Cape Verdean", "Cape Verdeans"],
    "CYP": ["Greek Cypriot", "Greek Cypriots", "Turkish Cypriot", "Turkish Cypriots"],
    "GBR": ["English", "Scottish", "Scot", "Scots", "Welsh", "Northern Irish", "Brit", "Brits"],
    "HKG": ["Hong Konger", "Hong Kongers", "Hongkonger", "Hongkongers"],
    "HRV": ["Croatians"],
    "KAZ": ["Kazakh", "Kazakhs"],
    "KGZ": ["Kyrgyz"],
    "KOR": ["South Korean", "South Koreans"],
    "LAO": ["Laotians"],
    "LUX": ["Luxembourgish"],
    "MAC": ["Macanese"],
    "MKD": ["Macedonians", "North Macedonian", "North Macedonians"],
    "NPL": ["Nepalese", "Nepalis"],
    "PHL": ["Filipina", "Filipinas"],
    "PRK": ["North Korean", "North Koreans"],
    "PSE": ["Palestinian", "Palestinians"],
    "SAU": ["Saudi Arabians"],
    "SRB": ["Serbians"],
    "SVK": ["Slovaks", "Slovakian", "Slovakians"],
    "SVN": ["Slovenians"],
    "SWZ": ["Swazi", "Swazis"],
    "THA": ["Thais"],
    "TJK": ["Tajik", "Tajiks"],
    "TKM": ["Turkmen"],
    "TLS": ["East Timorese"],
    "TWN": ["Taiwanese"],
    "UZB": ["Uzbek", "Uzbeks", "Uzbekistanis"],
    "XKX": ["Kosovar", "Kosovars", "Kosovan", "Kosovans"],
}
# Demonyms dropped wherever they come from (Factbook noise or ambiguous).
DROP_DEMONYMS = {"Korean", "Koreans", "Congo", "Channel Islander", "Channel Islanders",
                 "Falkland Island", "Chuukese", "Kosraen", "Kosraens", "Pohnpeian",
                 "Pohnpeians", "Yapese", "Norfolk Islander", "Norfolk Islanders"}
DROP_DEMONYMS_FOR = {  # (iso3, form): a form that belongs to another country
    ("COG", "Congolese"), ("HKG", "Chinese"), ("HKG", "Hong Kong"), ("MAC", "Chinese"),
    ("ABW", "Dutch"), ("CUW", "Dutch"), ("SPM", "French"), ("SPM", "Frenchman"),
    ("SPM", "Frenchmen"), ("SPM", "Frenchwoman"), ("SPM", "Frenchwomen"),
    ("DMA", "Dominican"), ("DMA", "Dominicans"),
}
# Factbook adjective "Norfolk Islander(s)" is fine as a noun: re-add it once.
EXTRA_DEMONYMS.setdefault("NFK", []).extend(["Norfolk Islander", "Norfolk Islanders"])

COMBINING = {
    "CHN": ["Sino-"], "DEU": ["Germano-"], "ESP": ["Hispano-"], "FRA": ["Franco-"],
    "GBR": ["Anglo-"], "IND": ["Indo-"], "ITA": ["Italo-"], "JPN": ["Nippo-"],
    "PRT": ["Luso-"], "RUS": ["Russo-"], "TUR": ["Turco-"], "GRC": ["Greco-"],
    "AUT": ["Austro-"],
}

# Flags by surface form (applied whatever the country/kind).
FORM_FLAGS = {
    "Chad": "ambiguous", "Jordan": "ambiguous", "Turkey": "ambiguous",
    "Niger": "ambiguous", "Guinea": "ambiguous", "Georgia": "ambiguous;weak",
    "Georgian": "weak", "Georgians": "weak",
    "Jersey": "ambiguous;weak", "Guernsey": "weak",
    "Holland": "ambiguous", "Wales": "ambiguous", "Welsh": "ambiguous",
    "Montserrat": "ambiguous",
    "Korea": "weak", "Congo": "weak",
    "Micronesia": "weak", "Micronesian": "weak", "Micronesians": "weak",
    "Réunion": "weak", "Saint Martin": "weak",
    "English": "weak",
    "Pole": "ambiguous", "Finn": "ambiguous", "Dane": "ambiguous", "Scot": "ambiguous",
    "Brit": "ambiguous", "Lao": "ambiguous", "Dominican": "ambiguous",
}

# A form claimed by several countries: the winner. Any other unresolved duplicate is
# an error.
PREFER = {}

# --------------------------------------------------------------------------------
# Cities
# --------------------------------------------------------------------------------
# GeoNames rows (iso2, GeoNames name) left out: city districts/boroughs, counties
# counted as cities, junk rows, common words, people's names, and names another
# famous place owns. Victoria (SYC) and Male (MDV) are capitals left out on purpose
# (common words); Kingston (NFK) loses to Kingston (JAM).
CITY_DROP = {
    ("SC", "Victoria"), ("MV", "Male"), ("NF", "Kingston"), ("US", "Phoenix"),
    ("NG", "Aba"), ("IN", "Kota"), ("IN", "Teni"), ("VN", "Huế"), ("MX", "León de los Aldama"),
    ("PK", "Hyderabad"), ("VE", "Valencia"), ("HU", "Pest"),
    ("US", "Brooklyn"), ("US", "Queens"), ("US", "Manhattan"), ("US", "The Bronx"),
    ("HK", "Hong Kong"), ("HK", "Kowloon"), ("HK", "New Territories"), ("HK", "Hong Kong Island"),
    ("CN", "Puxi"), ("CN", "Pudong"), ("CN", "Minhang"), ("CN", "Songjiang"), ("CN", "Jiading"),
    ("CN", "Putuo"), ("CN", "Yangpu"), ("CN", "Xuhui"), ("CN", "Qingpu"), ("CN", "Baoshan"),
    ("CN", "Luohu District"), ("CN", "Bao'an"), ("CN", "Wuzhong"), ("CN", "Guankou"),
    ("CN", "Heshan"), ("CN", "Fengxiang"), ("CN", "Zhu Cheng City"),
    ("MX", "Iztapalapa"), ("MX", "Gustavo Adolfo Madero"),
    ("IN", "Najafgarh"), ("IN", "Shivaji Nagar"), ("IN", "Rasapūdipalem"), ("IN", "Kallakurichi"),
    ("IN", "Nowrangapur"), ("IN", "Dombivali"), ("IN", "Kalyān"), ("IN", "Virār"), ("IN", "Pimpri"),
    ("PK", "Bannu"), ("KE", "Kakamega"), ("ID", "Jepara"), ("PH", "Budta"), ("PH", "Malingao"),
    ("GN", "Camayenne"), ("CI", "Abobo"),
    ("IQ", "Al Mawşil al Jadīdah"), ("IQ", "Al Başrah al Qadīmah"), ("LB", "Ra’s Bayrūt"),
}
# GeoNames name -> (English news name, aliases). Aliases: only spellings news uses.
CITY_RENAME = {
    ("US", "New York City"): ("New York", "New York City;NYC"),
    ("US", "Washington"): ("Washington", "Washington, D.C.;Washington DC;Washington D.C."),
    ("MM", "Nay Pyi Taw"): ("Naypyidaw", "Naypyitaw;Nay Pyi Taw"),
    ("MN", "Ulan Bator"): ("Ulaanbaatar", "Ulan Bator"),
    ("SA", "Makkah"): ("Mecca", "Makkah"),
    ("SA", "Madinah"): ("Medina", "Madinah"),
    ("IQ", "Basrah"): ("Basra", "Basrah"),
    ("DE", "Köln"): ("Cologne", "Köln"),
    ("RU", "Nizhniy Novgorod"): ("Nizhny Novgorod", ""),
    ("KR", "Goyang-si"): ("Goyang", ""),
    ("CN", "Xi’an"): ("Xi'an", ""),
    ("CN", "Tai’an"): ("Tai'an", ""),
    ("CN", "Lu’an"): ("Lu'an", ""),
    ("CN", "Ürümqi"): ("Urumqi", "Ürümqi"),
    ("EG", "Shubrā al Khaymah"): ("Shubra El Kheima", ""),
    ("MX", "Santiago de Querétaro"): ("Querétaro", ""),
    ("MX", "Ecatepec de Morelos"): ("Ecatepec", ""),
    ("MX", "Ciudad Nezahualcoyotl"): ("Nezahualcóyotl", ""),
    ("UA", "Zaporizhzhya"): ("Zaporizhzhia", "Zaporizhia;Zaporozhye"),
    ("UA", "Mykolayiv"): ("Mykolaiv", ""),
    ("ET", "Mek'ele"): ("Mekelle", ""),
    ("AF", "Kandahār"): ("Kandahar", ""),
    ("PS", "Gaza"): ("Gaza City", ""),
    ("DE", "Frankfurt am Main"): ("Frankfurt", ""),
    ("PH", "Davao"): ("Davao", "Davao City"),
    ("PH", "Zamboanga"): ("Zamboanga", "Zamboanga City"),
    ("TR", "İzmir"): ("Izmir", ""),
    ("IN", "Ghāziābād"): ("Ghaziabad", ""),
    ("IN", "Rājkot"): ("Rajkot", ""),
    ("IN", "Thāne"): ("Thane", ""),
    ("VN", "Cần Thơ"): ("Can Tho", ""),
    ("VN", "Biên Hòa"): ("Bien Hoa", ""),
}
# Aliases by final name (added to whatever the row has).
CITY_ALIASES = {
    "Kyiv": "Kiev", "Mumbai": "Bombay", "Kolkata": "Calcutta", "Chennai": "Madras",
    "Beijing": "Peking", "Yangon": "Rangoon", "Ho Chi Minh City": "Saigon",
    "Bengaluru": "Bangalore", "Visakhapatnam": "Vizag", "Odesa": "Odessa",
    "Kharkiv": "Kharkov", "Luhansk": "Lugansk", "Astana": "Nur-Sultan",
    "Chattogram": "Chittagong", "Prayagraj": "Allahabad", "Vadodara": "Baroda",
    "Gqeberha": "Port Elizabeth", "Saint Petersburg": "St Petersburg;St. Petersburg",
    "Rostov-on-Don": "Rostov", "Sanaa": "Sana'a", "Fes": "Fez", "Marrakesh": "Marrakech",
    "New Taipei City": "New Taipei", "Tbilisi": "", "Hanoi": "Ha Noi",
    "Ashgabat": "Ashkhabad", "Chisinau": "Kishinev", "Hodeidah": "Hudaydah",
    "Mexico City": "", "Nuku'alofa": "", "Montréal": "", "Zürich": "",
}
# City flags by final name. People's names / person-named cities: ambiguous;
# names that are also common words or other places: weak.
CITY_FLAGS = {
    "Washington": "ambiguous", "Houston": "ambiguous", "Dallas": "ambiguous",
    "Sydney": "ambiguous", "Melbourne": "ambiguous", "Brisbane": "ambiguous",
    "Adelaide": "ambiguous", "Wellington": "ambiguous", "Salvador": "ambiguous",
    "Trujillo": "ambiguous", "Kobe": "ambiguous", "Kawasaki": "ambiguous", "Jos": "ambiguous",
    "Georgetown": "ambiguous", "Kingston": "ambiguous", "Medina": "ambiguous",
    "Sofia": "ambiguous", "Moroni": "ambiguous", "Sucre": "ambiguous", "Nanyang": "ambiguous",
    "Sanya": "ambiguous", "Port Louis": "ambiguous", "Charlotte Amalie": "ambiguous",
    "Santiago": "ambiguous;weak", "Hamilton": "ambiguous;weak", "Douglas": "ambiguous;weak",
    "Stanley": "ambiguous;weak", "Jamestown": "ambiguous;weak", "Saint-Denis": "ambiguous;weak",
    "The Valley": "weak", "West Island": "weak", "Plymouth": "weak", "Cayenne": "weak",
    "Saipan": "", "Ciudad de la Paz": "",
}
# Cities added by hand: (name, iso3, kind, aliases). Capitals and seats missing from
# GeoNames' capital flag, second capitals, and cities of 300,000+ (or diplomatic
# venues) that world news names often.
EXTRA_CITIES = [
    # capitals / seats of government
    ("Cape Town", "ZAF", "capital", ""), ("Bloemfontein", "ZAF", "capital", ""),
    ("The Hague", "NLD", "capital", ""),
    ("Ramallah", "PSE", "capital", ""), ("Gaza City", "PSE", "city", ""),
    ("Malabo", "GNQ", "capital", ""), ("Cotonou", "BEN", "capital", ""),
    ("Bujumbura", "BDI", "city", ""), ("Abidjan", "CIV", "city", ""),
    ("Dar es Salaam", "TZA", "city", ""), ("Lobamba", "SWZ", "capital", ""),
    ("Putrajaya", "MYS", "capital", ""),
    ("Sri Jayawardenepura Kotte", "LKA", "capital", "Kotte"),
    ("La Paz", "BOL", "capital", ""),
    ("Kralendijk", "BES", "capital", ""), ("Saint Peter Port", "GGY", "capital", "St Peter Port"),
    ("Hagåtña", "GUM", "capital", "Agana"), ("Nouméa", "NCL", "capital", ""),
    ("Ngerulmud", "PLW", "capital", ""), ("Asunción", "PRY", "capital", ""),
    ("Lomé", "TGO", "capital", ""), ("Nuku'alofa", "TON", "capital", ""),
    ("Port Vila", "VUT", "capital", ""), ("Mata-Utu", "WLF", "capital", ""),
    ("Willemstad", "CUW", "capital", ""), ("Yaoundé", "CMR", "capital", ""),
    ("San José", "CRI", "capital", "San Jose"), ("Astana", "KAZ", "capital", ""),
    ("Ulaanbaatar", "MNG", "capital", ""), ("Brasília", "BRA", "capital", ""),
    ("Tórshavn", "FRO", "capital", ""),
    ("Grytviken", "SGS", "capital", ""), ("Bogotá", "COL", "capital", "Bogota"),
    ("Saint John's", "ATG", "capital", "St John's;St. John's"),
    ("Saint George's", "GRD", "capital", "St George's;St. George's"),
    ("Reykjavík", "ISL", "capital", ""), ("São Tomé", "STP", "capital", ""),
    # often in world news (>= 300,000 people) or diplomatic venues
    ("Davos", "CHE", "city", ""), ("Geneva", "CHE", "city", ""), ("Zürich", "CHE", "city", ""),
    ("Strasbourg", "FRA", "city", ""), ("Marseille", "FRA", "city", ""), ("Lyon", "FRA", "city", ""),
    ("Sharm el-Sheikh", "EGY", "city", "Sharm El Sheikh"),
    ("Tel Aviv", "ISR", "city", ""),
    ("Frankfurt", "DEU", "city", ""), ("Naples", "ITA", "city", ""), ("Turin", "ITA", "city", ""),
    ("Valencia", "ESP", "city", ""), ("Rotterdam", "NLD", "city", ""), ("Antwerp", "BEL", "city", ""),
    ("Manchester", "GBR", "city", ""), ("Glasgow", "GBR", "city", ""),
    ("Edinburgh", "GBR", "city", ""), ("Liverpool", "GBR", "city", ""),
    ("Cardiff", "GBR", "city", ""), ("Belfast", "GBR", "city", ""),
    ("Vancouver", "CAN", "city", ""),
    ("San Francisco", "USA", "city", ""), ("Boston", "USA", "city", ""), ("Miami", "USA", "city", ""),
    ("Seattle", "USA", "city", ""), ("Atlanta", "USA", "city", ""), ("Detroit", "USA", "city", ""),
    ("Las Vegas", "USA", "city", ""), ("Honolulu", "USA", "city", ""), ("Denver", "USA", "city", ""),
    ("Dnipro", "UKR", "city", ""), ("Zaporizhzhia", "UKR", "city", ""), ("Lviv", "UKR", "city", ""),
    ("Mariupol", "UKR", "city", ""), ("Donetsk", "UKR", "city", ""), ("Luhansk", "UKR", "city", ""),
    ("Mykolaiv", "UKR", "city", ""), ("Sevastopol", "UKR", "city", ""),
    ("Simferopol", "UKR", "city", ""),
    ("Sochi", "RUS", "city", ""), ("Vladivostok", "RUS", "city", ""),
    ("Kaliningrad", "RUS", "city", ""), ("Belgorod", "RUS", "city", ""), ("Kursk", "RUS", "city", ""),
    ("Homs", "SYR", "city", ""), ("Latakia", "SYR", "city", ""),
    ("Najaf", "IRQ", "city", ""), ("Sulaymaniyah", "IRQ", "city", ""),
    ("Qom", "IRN", "city", ""), ("Ahvaz", "IRN", "city", ""), ("Bandar Abbas", "IRN", "city", ""),
    ("Hodeidah", "YEM", "city", ""), ("Benghazi", "LBY", "city", ""),
    ("Kandahar", "AFG", "city", ""), ("Goma", "COD", "city", ""), ("Bukavu", "COD", "city", ""),
    ("Mekelle", "ETH", "city", ""), ("Port Sudan", "SDN", "city", ""),
    ("Bulawayo", "ZWE", "city", ""), ("Marrakesh", "MAR", "city", ""), ("Oran", "DZA", "city", ""),
    ("Culiacán", "MEX", "city", ""), ("Nagasaki", "JPN", "city", ""),
]
# GeoNames cities of 1,000,000+ are all taken (less CITY_DROP); this is the threshold.
MILLION = 1_000_000

ISO2_FIX = {"XK": "XKX"}


def die(msg):
    print("ERROR: " + msg, file=sys.stderr)
    sys.exit(1)


def fold(s):
    """Accent-folded lower-case key (the matcher folds accents and case)."""
    s = s.replace("’", "'")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).lower()


def clean_name(s):
    """A Factbook/ISO name usable as a form, or None."""
    s = html.unescape(s or "").strip()
    s = s.split(";")[0].strip()
    if not s or s.lower() in ("none", "na") or "(" in s or "," in s:
        return None
    if s.startswith(("the ", "The ")):
        s = s[4:]
    return s


def parse_demonyms(s):
    """Split a Factbook nationality field into clean forms ("Afghan(s)" -> Afghan, Afghans)."""
    s = html.unescape(s or "")
    s = re.split(r";\s*note\b", s)[0]
    s = re.sub(r"\((?:singular and plural|singular|plural|colloquial|collective plural|"
               r"US citizens|US nationals)\)", "", s)
    s = re.sub(r"\(or ([^)]*)\)", r", \1", s)
    out, junk = [], []
    for part in re.split(r",|;|/|\bor\b", s):
        p = " ".join(part.split())
        if not p or p.lower() in ("none", "na"):
            continue
        m = re.fullmatch(r"(.+?) ?\((s|men|women)\)", p)
        if m:
            base, suf = m.group(1), m.group(2)
            out.append(base)
            if suf == "s":
                out.append(base + "s")
            elif suf == "men" and base.endswith("man"):
                out.append(base[:-3] + "men")
            elif suf == "women" and base.endswith("woman"):
                out.append(base[:-5] + "women")
            continue
        if "(" in p or ")" in p or not p[0].isalpha():
            junk.append(p)
            continue
        out.append(p)
    return out, junk


def load(shared):
    iso = json.load(open(os.path.join(shared, "iso3166-1.json"), encoding="utf-8"))["3166-1"]
    with open(os.path.join(shared, "factbook_2026-01.tsv"), encoding="utf-8") as f:
        fb = list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    with open(os.path.join(shared, "geonames_cities_pop50k_or_capital.tsv"), encoding="utf-8") as f:
        gn = list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    return iso, fb, gn


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("shared")
    ap.add_argument("--out", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data"))
    args = ap.parse_args()
    iso, fb, gn = load(args.shared)
    out = os.path.normpath(args.out)
    problems = []

    # ---- countries
    countries = {}
    iso2_to_3 = dict(ISO2_FIX)
    for c in iso:
        a3, a2 = c["alpha_3"], c["alpha_2"]
        name = DISPLAY.get(a3) or c.get("common_name") or c["name"]
        countries[a3] = (a2, name)
        iso2_to_3[a2] = a3
    for a3, a2, name in EXTRA_COUNTRIES:
        countries[a3] = (a2, name)
        iso2_to_3[a2] = a3
    if len(countries) != 250:
        die(f"expected 250 countries, got {len(countries)}")
    for a3, (a2, name) in countries.items():
        if "," in name or "(" in name:
            if a3 not in ("BES", "CCK"):
                problems.append(f"display name with comma/paren: {a3} {name}")

    # ---- forms: (form, iso3, kind)
    forms = set()

    def add(form, a3, kind, src):
        form = " ".join(form.split())
        if not form:
            return
        if a3 not in countries:
            die(f"unknown iso3 {a3} for {form} ({src})")
        forms.add((form, a3, kind))

    for c in iso:
        a3 = c["alpha_3"]
        for key in ("name", "common_name", "official_name"):
            n = clean_name(c.get(key))
            if n and (a3, n) not in SKIP_NAMES:
                add(n, a3, "name", "iso")
    for a3, (a2, name) in countries.items():
        add(name, a3, "name", "display")

    fb_by3 = {}
    rejected_abbr, junk_dem = [], []
    for r in fb:
        gec = (r.get("gec") or "").strip()
        if gec in SKIP_GEC:
            continue
        a2 = GEC_FIX.get(gec) or (r.get("iso2") or "").strip()
        if not a2 or a2 not in iso2_to_3:
            continue
        a3 = iso2_to_3[a2]
        if a3 in fb_by3:
            problems.append(f"two Factbook rows for {a3}: {fb_by3[a3]} and {gec}")
        fb_by3[a3] = gec
        for key in ("short", "long"):
            n = clean_name(r.get(key))
            if n and (a3, n) not in SKIP_NAMES:
                add(n, a3, "name", "factbook")
        ab = html.unescape(r.get("abbrev") or "")
        for tok in re.split(r"\s+or\s+|[,;]", ab):
            tok = re.sub(r"\(.*?\)", "", tok).strip()
            if not tok:
                continue
            if tok in ALLOWED_FACTBOOK_ABBR:
                add(tok, a3, "abbr", "factbook")
            else:
                rejected_abbr.append(f"{a3}:{tok}")
        for key in ("nat_noun", "nat_adj"):
            dems, junk = parse_demonyms(r.get(key))
            junk_dem += [f"{a3}:{j}" for j in junk]
            for d in dems:
                add(d, a3, "demonym", "factbook")

    for table, kind in ((EXTRA_NAMES, "name"), (EXTRA_ABBR, "abbr"),
                        (EXTRA_DEMONYMS, "demonym"), (COMBINING, "combining")):
        for a3, lst in table.items():
            for f in lst:
                add(f, a3, kind, "hand")

    # clean: drop excluded demonyms; demonyms equal to a name of the same country;
    # forms equal to a name of another kind for the same country keep the name kind.
    names_by3 = defaultdict(set)
    for f, a3, k in forms:
        if k == "name":
            names_by3[a3].add(f)
    cleaned = set()
    for f, a3, k in forms:
        if k == "demonym" and (f in DROP_DEMONYMS or (a3, f) in DROP_DEMONYMS_FOR
                               or f in names_by3[a3]):
            continue
        if k == "name" and (a3, f) in SKIP_NAMES:
            continue
        cleaned.add((f, a3, k))
    forms = cleaned

    # duplicates: one surface form (case- and accent-folded) -> several countries
    by_key = defaultdict(set)
    for f, a3, k in forms:
        by_key[fold(f)].add(a3)
    dups = {k: v for k, v in by_key.items() if len(v) > 1}
    resolved = []
    both = {fold(f): set(isos) for isos, fs in BOTH.items() for f in fs}
    for key, isos in sorted(dups.items()):
        if both.get(key) == isos:
            continue
        win = PREFER.get(key)
        if win is None:
            problems.append(f"form maps to several countries: {key!r} -> {sorted(isos)}")
            continue
        forms = {(f, a3, k) for f, a3, k in forms if fold(f) != key or a3 == win}
        resolved.append(f"{key} -> {win} (dropped {sorted(isos - {win})})")
    # same form twice for one country with two kinds: keep the first of name/abbr/demonym
    order = {"name": 0, "abbr": 1, "demonym": 2, "combining": 3}
    best = {}
    for f, a3, k in forms:
        cur = best.get((f, a3))
        if cur is None or order[k] < order[cur]:
            best[(f, a3)] = k
    rows_forms = []
    used_flags = set()
    for (f, a3), k in best.items():
        fl = FORM_FLAGS.get(f, "")
        if fl:
            used_flags.add(f)
        if f != f.strip() or "\t" in f:
            problems.append(f"bad form {f!r}")
        if k == "combining" and not f.endswith("-"):
            problems.append(f"combining form without hyphen: {f}")
        rows_forms.append((f, a3, k, fl))
    for f in FORM_FLAGS:
        if f not in used_flags:
            problems.append(f"flag for absent form {f!r}")
    rows_forms.sort(key=lambda r: (r[1], r[2], r[0]))

    # ---- cities
    cap_by2 = {}
    cands = {}  # folded name -> list of (priority, pop, name, iso3, kind, aliases)
    gn_pop = {}
    for r in gn:
        a2, nm = r["countrycode"], r["name"]
        pop = int(r["population"] or 0)
        key = (a2, nm)
        gn_pop[key] = max(pop, gn_pop.get(key, 0))
        if r["is_capital"] == "1":
            if a2 not in cap_by2 or pop > cap_by2[a2][1]:
                cap_by2[a2] = (nm, pop)
    picked = {}
    for r in gn:
        a2, nm = r["countrycode"], r["name"]
        pop = int(r["population"] or 0)
        is_cap = cap_by2.get(a2, (None,))[0] == nm
        if not (is_cap or pop >= MILLION):
            continue
        if (a2, nm) in CITY_DROP:
            continue
        if a2 not in iso2_to_3:
            problems.append(f"city {nm}: unknown country {a2}")
            continue
        name, aliases = CITY_RENAME.get((a2, nm), (nm, ""))
        key = (iso2_to_3[a2], name)
        if key in picked and picked[key][1] >= pop:
            continue
        picked[key] = (name, pop, "capital" if is_cap else "city", aliases)
    all_rows = []
    for (a3, _), (name, pop, kind, aliases) in picked.items():
        all_rows.append([1, pop, name, a3, kind, aliases])
    for name, a3, kind, aliases in EXTRA_CITIES:
        if a3 not in countries:
            die(f"city {name}: unknown iso3 {a3}")
        all_rows.append([2, 10**12, name, a3, kind, aliases])
    # merge same (name, iso3): hand row wins for kind if it says capital
    merged = {}
    for pr, pop, name, a3, kind, aliases in all_rows:
        k = (fold(name), a3)
        if k in merged:
            m = merged[k]
            if kind == "capital":
                m[4] = "capital"
            m[5] = ";".join(x for x in dict.fromkeys((m[5] + ";" + aliases).split(";")) if x)
            m[1] = max(m[1], pop) if pr == 1 else m[1]
        else:
            merged[k] = [pr, pop if pr == 1 else 0, name, a3, kind, aliases]
    # one row per name across the file: keep the bigger (hand rows were vetted)
    by_name = defaultdict(list)
    for k, m in merged.items():
        by_name[k[0]].append(m)
    city_dups = []
    final = []
    for key, ms in by_name.items():
        if len(ms) > 1:
            ms.sort(key=lambda m: (-m[0], -m[1]))
            city_dups.append(f"{ms[0][2]}: kept {ms[0][3]}, dropped {[m[3] for m in ms[1:]]}")
        final.append(ms[0])
    rows_cities = []
    for pr, pop, name, a3, kind, aliases in final:
        al = [a for a in aliases.split(";") if a]
        extra = CITY_ALIASES.get(name, "")
        al += [a for a in extra.split(";") if a]
        al = [a for a in dict.fromkeys(al) if fold(a) != fold(name)]
        rows_cities.append((name, a3, kind, ";".join(al), CITY_FLAGS.get(name, "")))
    rows_cities.sort(key=lambda r: (r[1], r[0]))

    # city checks: aliases unique; names vs country forms of other countries
    seen = {}
    for name, a3, kind, al, fl in rows_cities:
        for s in [name] + [a for a in al.split(";") if a]:
            k = fold(s)
            if k in seen and seen[k] != a3:
                problems.append(f"city form {s!r} used for {seen[k]} and {a3}")
            seen[k] = a3
    form_iso = {fold(f): a3 for f, a3, k, fl in rows_forms}
    city_vs_form = []
    for k, a3 in seen.items():
        if k in form_iso and form_iso[k] != a3:
            problems.append(f"city form {k!r} ({a3}) is a country form of {form_iso[k]}")
        elif k in form_iso:
            city_vs_form.append(k)
    caps = {r[1] for r in rows_cities if r[2] == "capital"}
    no_cap = sorted(a3 for a3 in countries if a3 not in caps)

    # ---- write
    def write(path, header, rows, comments=()):
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write("# " + header + "\n")
            for c in comments:
                f.write("# " + c + "\n")
            for r in rows:
                f.write("\t".join(r) + "\n")

    gen = "generated by scripts/gen_countries.py from ISO 3166-1, CIA World Factbook 2026-01 and GeoNames (CC BY 4.0); edit the script, not this file"
    write(os.path.join(out, "countries.tsv"), "iso3\tiso2\tname",
          [(a3, a2, n) for a3, (a2, n) in sorted(countries.items())], [gen])
    write(os.path.join(out, "country_forms.tsv"), "form\tiso3\tkind\tflags", rows_forms, [gen])
    write(os.path.join(out, "inputs", "major_places.tsv"), "name\tiso3\tkind\taliases\tflags", rows_cities, [
        gen,
        "Jerusalem is listed as the capital of ISR (as GeoNames and the Factbook do): a known political choice.",
        "East Jerusalem, Ramallah (seat of the Palestinian Authority) and Gaza City are listed for PSE.",
    ])

    # blockers (hand-written): check format and sort
    bpath = os.path.join(out, "blockers.tsv")
    nblock = 0
    if os.path.exists(bpath):
        brows = [l.rstrip("\n") for l in open(bpath, encoding="utf-8") if l.strip() and not l.startswith("#")]
        nblock = len(brows)
        bforms = [l.split("\t")[0] for l in brows]
        if bforms != sorted(bforms):
            problems.append("blockers.tsv not sorted by form")
        if len(set(map(fold, bforms))) != len(bforms):
            problems.append("blockers.tsv has duplicate forms (the matcher ignores case after the capitals)")
        for l in brows:
            if l.count("\t") != 1 or l.split("\t")[0] != l.split("\t")[0].strip():
                problems.append(f"blockers.tsv bad row {l!r}")
        for b in bforms:
            if fold(b) in form_iso or fold(b) in seen:
                problems.append(f"blocker {b!r} is itself a country form or city")

    # ---- report
    kinds = defaultdict(int)
    for r in rows_forms:
        kinds[r[2]] += 1
    print(f"countries.tsv      {len(countries)} rows")
    print(f"country_forms.tsv  {len(rows_forms)} rows " + ", ".join(f"{k}={v}" for k, v in sorted(kinds.items())))
    print(f"  flagged forms: {sum(1 for r in rows_forms if r[3])}")
    print(f"inputs/major_places.tsv         {len(rows_cities)} rows (capital={sum(1 for r in rows_cities if r[2]=='capital')}, "
          f"city={sum(1 for r in rows_cities if r[2]=='city')}, with aliases={sum(1 for r in rows_cities if r[3])})")
    print(f"blockers.tsv       {nblock} rows (hand-written; checked)")
    print(f"countries without a capital row ({len(no_cap)}): {' '.join(no_cap)}")
    print(f"Factbook abbreviations rejected: {' '.join(sorted(set(rejected_abbr)))}")
    print(f"Factbook demonym fragments rejected: {' | '.join(sorted(set(junk_dem)))}")
    print(f"form duplicates resolved: {resolved or 'none'}")
    print(f"city name duplicates resolved ({len(city_dups)}): " + "; ".join(sorted(city_dups)))
    print(f"city names that are also a country form of the same country: {' '.join(sorted(city_vs_form))}")
    if problems:
        print("\nPROBLEMS:")
        for p in problems:
            print("  " + p)
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
