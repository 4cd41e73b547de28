package export

// countries maps ISO 3166 alpha-2 codes (as the gazetteer gives them) to
// the alpha-3 code ACLED's event ids start with and the country name its
// `country` column holds, for the countries this field's reporting names
// most. Others leave the country empty rather than guess.
var countries = map[string]struct{ iso3, name string }{
	"SY": {"SYR", "Syria"}, "IQ": {"IRQ", "Iraq"}, "TR": {"TUR", "Turkey"}, "LB": {"LBN", "Lebanon"},
	"JO": {"JOR", "Jordan"}, "IL": {"ISR", "Israel"}, "PS": {"PSE", "Palestine"}, "IR": {"IRN", "Iran"},
	"SA": {"SAU", "Saudi Arabia"}, "YE": {"YEM", "Yemen"}, "EG": {"EGY", "Egypt"}, "LY": {"LBY", "Libya"},
	"AF": {"AFG", "Afghanistan"}, "RU": {"RUS", "Russia"}, "UA": {"UKR", "Ukraine"}, "US": {"USA", "United States"},
	"GB": {"GBR", "United Kingdom"}, "FR": {"FRA", "France"}, "DE": {"DEU", "Germany"}, "QA": {"QAT", "Qatar"},
	"AE": {"ARE", "United Arab Emirates"}, "KW": {"KWT", "Kuwait"}, "BH": {"BHR", "Bahrain"}, "OM": {"OMN", "Oman"},
	"SD": {"SDN", "Sudan"}, "SO": {"SOM", "Somalia"}, "ML": {"MLI", "Mali"}, "NG": {"NGA", "Nigeria"},
	"PK": {"PAK", "Pakistan"}, "IN": {"IND", "India"}, "CN": {"CHN", "China"}, "GE": {"GEO", "Georgia"},
	"AM": {"ARM", "Armenia"}, "AZ": {"AZE", "Azerbaijan"}, "CY": {"CYP", "Cyprus"}, "GR": {"GRC", "Greece"},
	"IT": {"ITA", "Italy"}, "ES": {"ESP", "Spain"}, "BE": {"BEL", "Belgium"}, "NL": {"NLD", "Netherlands"},
	"CH": {"CHE", "Switzerland"}, "AT": {"AUT", "Austria"}, "SE": {"SWE", "Sweden"}, "TN": {"TUN", "Tunisia"},
	"DZ": {"DZA", "Algeria"}, "MA": {"MAR", "Morocco"},
}
