package extract

import "strings"

// splitCoordinated cuts a tagger's span at an "and" that joins two names
// rather than belonging to one: "the neighbourhoods of Sheikh Saeed and
// Shurfa", "Liwa al-Fateh and Liwa Ahrar Helfaya", "Kassem Kassab and
// Qutaiba Ghabash". A tagger trained on news reads a run of capitals across
// "and" as one name when it knows neither part; the reader then finds a
// body called "Sakhur and Sheikh Khodr" among the organisations.
//
// The "and" is part of the name where a name's own glue comes before it
// ("Islamic State of Iraq and the Levant", "Center for Science and
// Culture"), where the name ends in a kind of body or place ("Food and
// Agriculture Organization", "Research and Tests Center", "Army and Armed
// Forces"), or where the lists know the whole ("Bosnia and Herzegovina").
// Each part keeps the tagger's type, but a part the gazetteer knows as a
// place (and that opens with no given name) is one, and a part of an
// "organisation" that opens with a given name is a person; later passes
// (the kinds of place around a list, one type per name) type the parts as
// they would any other name.
func (x *Extractor) splitCoordinated(d *document, spans []espan) []espan {
	var out []espan // nil until a span is split: most documents split none
	for i, s := range spans {
		k := x.coordinationAt(d, s)
		if k < 0 {
			if out != nil {
				out = append(out, s)
			}
			continue
		}
		if out == nil {
			out = append(make([]espan, 0, len(spans)+1), spans[:i]...)
		}
		for _, part := range []espan{{from: s.from, to: k}, {from: k + 1, to: s.to}} {
			part.typ, part.conf, part.prio = s.typ, s.conf, s.prio
			given := x.gaz.isGiven(d.toks[part.from].Text)
			switch {
			case x.gaz.lookup(spanText(d, part)) != nil && !given:
				part.typ = "PLACE"
			case given && part.to-part.from >= 2 && s.typ == "ORG":
				part.typ = "PERSON" // "Kassem Kassab and Qutaiba Ghabash"
			}
			out = append(out, part)
		}
	}
	if out == nil {
		return spans
	}
	return out
}

// documentHeads end the names of laws and treaties, which "and" runs
// through: "Financial Institutions Reform, Recovery and Enforcement Act".
var documentHeads = map[string]bool{
	"act": true, "law": true, "treaty": true, "agreement": true, "accord": true, "accords": true,
	"convention": true, "resolution": true, "bill": true, "charter": true, "protocol": true,
}

// coordinationAt is the token of the "and" that joins two names inside
// span s, or -1.
func (x *Extractor) coordinationAt(d *document, s espan) int {
	if s.prio != prioTagger || s.typ == "MISC" || s.to-s.from < 3 {
		return -1
	}
	last := d.toks[s.to-1].Lower
	headed := orgHeads[last] || institutionHeads[last] || placeTails[last] || placeKinds[last] || documentHeads[last]
	// "Racketeer Influenced and Corrupt Organizations"
	if one := strings.TrimSuffix(last, "s"); one != last && (orgHeads[one] || institutionHeads[one]) {
		return -1
	}
	at := -1
	for k := s.from; k < s.to; k++ {
		switch d.toks[k].Lower {
		case "of", "for", "on", "in", "the", "&":
			if at < 0 {
				return -1 // the name's own glue comes first
			}
		case "and":
			if d.toks[k].Text != "and" {
				return -1 // "Ladies And Gentlemen": a title's capitals
			}
			if at >= 0 {
				return -1 // two: a list, or a name like "Arts and Crafts and …"
			}
			at = k
		}
	}
	if at <= s.from || at >= s.to-1 || !isCap(d.toks[at+1].Text) && !hasParticle(d.toks[at+1].Lower) {
		return -1
	}
	// a head or a kind of place at the end ("Bab al-Salam and Bab al-Hawa
	// Crossing") names the whole, unless the words before "and" end in one
	// of their own: "Lincoln Reservoir and Bobby Morris Playfield" are two
	if headed {
		before := d.toks[at-1].Lower
		if at-s.from < 2 || !(orgHeads[before] || institutionHeads[before] || placeTails[before]) {
			return -1
		}
	}
	if x.listed(spanText(d, s)) {
		return -1
	}
	return at
}
