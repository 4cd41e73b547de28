package extract

import "strings"

// companySuffixes end a company's full name: its legal form. ("Group" and
// "Company" are left out: "the Islamic State group", "a Trading Company".)
var companySuffixes = map[string]bool{
	"inc": true, "corp": true, "corporation": true, "co": true, "ltd": true, "llc": true, "llp": true,
	"plc": true, "gmbh": true, "ag": true, "sa": true, "s.a": true, "nv": true, "n.v": true, "pty": true,
	"limited": true, "ab": true, "oy": true, "oyj": true, "asa": true, "spa": true, "s.p.a": true, "bv": true,
	"kk": true, "bancorp": true, "bancshares": true,
}

// companyShortNames types the short forms of a company the document names
// in full with its legal form: "Cineplex Odeon Corp." is then "Cineplex
// Odeon" and "Cineplex", and "Travelers Corp." is "Travelers". Business
// news names a firm in full once and short after; the tagger reads a lone
// unknown word before "said" or "'s" as a person (TimeBank had "Cineplex"
// a person ten times in one story). The first word stands for the company
// only when it is no everyday word, given name, people's adjective or
// place ("General Motors Corp." does not make every "General" a company),
// and a short form two companies or a person of the document share is
// left alone. A listed name is never retyped; a town the gazetteer knows
// is, where the document names a company so in full ("Woodbridge Co." …
// "Woodbridge said").
func (x *Extractor) companyShortNames(d *document, spans []espan) []espan {
	short := map[string]string{} // short form -> the company's name ("" when shared)
	note := func(form, name string) {
		if prev, ok := short[form]; ok && prev != name {
			short[form] = ""
			return
		}
		short[form] = name
	}
	for i, s := range spans {
		if s.to-s.from < 2 || !companySuffixes[strings.TrimSuffix(d.toks[s.to-1].Lower, ".")] || s.typ == "MISC" {
			continue
		}
		if s.typ != "ORG" {
			// the tagger's person or place with a legal form is the
			// company ("Eberhard Faber GmbH")
			if s.prio >= prioActor || !isCap(d.toks[s.to-1].Text) {
				continue
			}
			spans[i].typ = "ORG"
		}
		end := s.to - 1
		if d.toks[end-1].Text == "," { // "Acme, Inc."
			end--
		}
		if end <= s.from || !isCap(d.toks[s.from].Text) {
			continue
		}
		name := s.canon
		if name == "" {
			name = spanText(d, s)
		}
		note(spanText(d, espan{from: s.from, to: end}), name)
		if first := d.toks[s.from]; end-s.from >= 2 && x.ownWord(first) {
			note(first.Text, name)
		}
	}
	// a company's arm in a market is named by the company and the state's
	// initials ("Faber-Castell USA"); a person's name never ends in them.
	// (A state's full name may: "Dion Jordan", "John Ireland". After a
	// given name, the initials open the next sentence of a scraped
	// caption: "Photo/Felipe Dana US forces …")
	for i, s := range spans {
		if last := d.toks[s.to-1].Text; s.typ == "PERSON" && s.prio < prioActor && s.to-s.from >= 2 &&
			isAcronym(last) && x.gaz.isState(last) && !x.gaz.isGiven(d.toks[s.from].Text) {
			spans[i].typ = "ORG"
		}
	}
	if len(short) == 0 {
		return spans
	}
	for _, s := range spans {
		// a person named in full (not a short form the tagger took for one)
		if _, isShort := short[spanText(d, s)]; s.typ == "PERSON" && s.to-s.from >= 2 && !isShort {
			for k := s.from; k < s.to; k++ {
				if _, ok := short[d.toks[k].Text]; ok {
					short[d.toks[k].Text] = "" // "Disney" after "Roy Disney" and "Walt Disney Co."
				}
			}
		}
	}
	covered := coveredTokens(len(d.toks), spans)
	for i, s := range spans {
		if s.prio >= prioActor || s.typ == "ORG" && s.canon != "" {
			continue
		}
		// one company, one row: an organisation already typed takes the
		// full name as well
		if name := short[spanText(d, s)]; name != "" {
			spans[i].typ, spans[i].canon, spans[i].prio = "ORG", name, max(s.prio, prioRule)
		}
	}
	// a one-word short form the tagger passed over ("Cineplex's shares")
	var added []espan
	for k, t := range d.toks {
		if covered[k] || !isCap(t.Text) {
			continue
		}
		name := short[t.Text]
		if name == "" {
			continue
		}
		// part of a longer capitalised name ("Cineplex Odeon Theatres")
		if k+1 < len(d.toks) && d.toks[k+1].Sent == t.Sent && isCap(d.toks[k+1].Text) ||
			k > 0 && d.toks[k-1].Sent == t.Sent && isCap(d.toks[k-1].Text) && !d.toks[k].LineStart && !sentenceOpeners[d.toks[k-1].Lower] {
			continue
		}
		added = append(added, espan{from: k, to: k + 1, typ: "ORG", canon: name, conf: 0.7, prio: prioRule})
	}
	return withSpans(spans, added)
}

// ownWord is true for a capitalised word that is only a name: no everyday
// word, given name, people's adjective, state or known place.
func (x *Extractor) ownWord(t token) bool {
	return isCap(t.Text) && isWordTok(t.Text) && len(t.Text) >= 3 && !x.gaz.lower[t.Lower] && !x.gaz.isGiven(t.Text) &&
		!x.isDemonym(t.Text) && x.gaz.lookup(t.Text) == nil
}
