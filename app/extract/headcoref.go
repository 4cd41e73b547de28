package extract

import (
	"strings"
)

// headCoref links "the Observatory" to the "Syrian Observatory for Human
// Rights" named earlier in the same document, and "the Front" to the "Nusra
// Front": news names an organisation in full once and then by its head
// noun after "the". The tagger sees a lone capitalised word and guesses
// (FA-KES shows "Observatory" as a person, an organisation and a place);
// the document says which organisation it is.
//
// A head counts only when one organisation of the document has it and it
// follows an article or a hyphenated modifier ("the Observatory said", "an
// Observatory toll", "the Britain-based Observatory"), so "Army" joins the
// one army named before, while a second army or a longer name is left
// alone.
func headCoref(d *document, spans []espan) []espan {
	heads := map[string]string{} // head word -> canonical name ("" when ambiguous)
	firstAt := map[string]int{}  // head word -> token where its full name starts
	for _, s := range spans {
		if s.typ != "ORG" || s.to-s.from < 2 {
			continue
		}
		h := orgHead(d, s)
		if h < 0 {
			continue
		}
		w := d.toks[h].Text
		name := s.canon
		if name == "" {
			name = spanText(d, s)
		}
		if prev, ok := heads[w]; ok && prev != name && NormKey(prev) != NormKey(name) {
			heads[w] = ""
			continue
		}
		if _, ok := heads[w]; !ok {
			heads[w] = name
			firstAt[w] = s.from
		}
	}
	if len(heads) == 0 {
		return spans
	}
	covered := make([]int, len(d.toks)) // span index + 1 covering each token
	for i, s := range spans {
		for k := s.from; k < s.to; k++ {
			covered[k] = i + 1
		}
	}
	var added []espan
	for k := 1; k < len(d.toks); k++ {
		name := heads[d.toks[k].Text]
		if name == "" || k <= firstAt[d.toks[k].Text] || d.toks[k].LineStart {
			continue
		}
		// after an article or a "-based"/"-led" modifier only: elsewhere a
		// lone capitalised head is as often another name
		if prev := d.toks[k-1]; prev.Sent != d.toks[k].Sent || !(prev.Lower == "the" || prev.Lower == "an" || prev.Lower == "a" || strings.Contains(prev.Lower, "-")) {
			continue
		}
		// a longer capitalised name goes on ("the Observatory Hotel")
		if k+1 < len(d.toks) && d.toks[k+1].Sent == d.toks[k].Sent && isCap(d.toks[k+1].Text) {
			continue
		}
		switch c := covered[k]; {
		case c == 0:
			added = append(added, espan{from: k, to: k + 1, typ: "ORG", canon: name, conf: 0.8, prio: prioTagger})
		case spans[c-1].from == k && spans[c-1].to == k+1 && spans[c-1].prio <= prioTagger:
			// the tagger's lone guess at the same word: the document knows
			// better (a list's or the gazetteer's name is no guess: "the
			// Aleppo region" after a run-on "Syrias Aleppo")
			spans[c-1].typ, spans[c-1].canon = "ORG", name
		}
	}
	return withSpans(spans, added)
}

// orgHead is the token of an organisation's head noun: the word before
// "of" or "for" ("Observatory" in "Syrian Observatory for Human Rights",
// "Ministry" in "Ministry of Defence"), else the last word ("Front" in
// "Nusra Front"). -1 when that word is not a capitalised word.
func orgHead(d *document, s espan) int {
	h := s.to - 1
	for k := s.from + 1; k < s.to; k++ {
		if l := d.toks[k].Lower; l == "of" || l == "for" {
			h = k - 1
			break
		}
	}
	t := d.toks[h].Text
	if !isCap(t) || isAcronym(t) || len(t) < 4 {
		return -1
	}
	return h
}
