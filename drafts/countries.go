package drafts

// Country is a country a recipient can be in.
type Country struct {
	Code     string // ISO 3166-1 alpha-2
	Name     string // Danish name
	EEA      bool   // in the EU/EEA, so no transfer rules apply
	Adequate bool   // the Commission has an adequacy decision (for the US only under the DPF)
}

// Countries lists the countries the answer file accepts.
var Countries = []Country{
	{"DK", "Danmark", true, false},
	{"EEA", "EU/EØS", true, false}, // a region, for recipients named by category
	{"AT", "Østrig", true, false},
	{"BE", "Belgien", true, false},
	{"BG", "Bulgarien", true, false},
	{"HR", "Kroatien", true, false},
	{"CY", "Cypern", true, false},
	{"CZ", "Tjekkiet", true, false},
	{"EE", "Estland", true, false},
	{"FI", "Finland", true, false},
	{"FR", "Frankrig", true, false},
	{"DE", "Tyskland", true, false},
	{"GR", "Grækenland", true, false},
	{"HU", "Ungarn", true, false},
	{"IE", "Irland", true, false},
	{"IT", "Italien", true, false},
	{"LV", "Letland", true, false},
	{"LT", "Litauen", true, false},
	{"LU", "Luxembourg", true, false},
	{"MT", "Malta", true, false},
	{"NL", "Nederlandene", true, false},
	{"PL", "Polen", true, false},
	{"PT", "Portugal", true, false},
	{"RO", "Rumænien", true, false},
	{"SK", "Slovakiet", true, false},
	{"SI", "Slovenien", true, false},
	{"ES", "Spanien", true, false},
	{"SE", "Sverige", true, false},
	{"IS", "Island", true, false},
	{"LI", "Liechtenstein", true, false},
	{"NO", "Norge", true, false},
	{"AD", "Andorra", false, true},
	{"AR", "Argentina", false, true},
	{"CA", "Canada", false, true},
	{"FO", "Færøerne", false, true},
	{"GG", "Guernsey", false, true},
	{"IL", "Israel", false, true},
	{"IM", "Isle of Man", false, true},
	{"JP", "Japan", false, true},
	{"JE", "Jersey", false, true},
	{"NZ", "New Zealand", false, true},
	{"KR", "Sydkorea", false, true},
	{"CH", "Schweiz", false, true},
	{"GB", "Storbritannien", false, true},
	{"UY", "Uruguay", false, true},
	{"US", "USA", false, false},
	{"AU", "Australien", false, false},
	{"BR", "Brasilien", false, false},
	{"CN", "Kina", false, false},
	{"GL", "Grønland", false, false},
	{"IN", "Indien", false, false},
	{"PH", "Filippinerne", false, false},
	{"SG", "Singapore", false, false},
	{"UA", "Ukraine", false, false},
	{"ZA", "Sydafrika", false, false},
}

// CountryByCode finds a country by its code.
func CountryByCode(code string) (Country, bool) {
	for _, c := range Countries {
		if c.Code == code {
			return c, true
		}
	}
	return Country{}, false
}

// InEEA reports whether a code is a known country or region inside the
// EU/EEA. An unknown code is not: it is a validation error, not a transfer.
func InEEA(code string) bool {
	c, ok := CountryByCode(code)
	return ok && c.EEA
}
