package extract

import "strings"

// surnamedNames repairs a tagger's organisation of several words that
// ends in the surname of someone the document names again by a shorter
// form of the name: "Homs Governor Talal Barazi said ... Barazi said",
// "EU diplomatic chief Federica Mogherini said ... Mogherini said". The
// tagger read the office or the town before the name, or the unfamiliar
// name itself, as a body; the shorter mention shows whose name it is.
//
// The person's name runs from its first known given name (from the first
// word when only name words come before it), else from after the last
// title, else from after a place the document names elsewhere ("in
// Al-Atareb Fahd said" lost the full stop between them); failing all
// three, a short name that can only be a person's ("Federica Mogherini")
// is the person whole. Of the words before the person, a place stays a
// place and a listed actor an organisation; titles and the rest are
// dropped. A tagger's place is split only after a place. Names the
// gazetteer or the actor list know whole ("Khan al-Assad"), or that the
// document names as a place elsewhere ("Sheikh Maqsoud"), keep their type.
func (x *Extractor) surnamedNames(d *document, spans []espan) []espan {
	persons := map[string][]string{} // last word of a person's name -> the names
	places := map[string]bool{}      // the names of places
	for _, s := range spans {
		switch s.typ {
		case "PERSON":
			last := d.toks[s.to-1].Text
			persons[last] = append(persons[last], spanText(d, s))
		case "PLACE":
			places[spanText(d, s)] = true
		}
	}
	if len(persons) == 0 {
		return spans
	}
	out := spans[:0]
	var added []espan // kept apart: out shares spans
	for _, s := range spans {
		p := x.surnamedPerson(d, s, persons, places)
		if p < 0 {
			out = append(out, s)
			continue
		}
		person := s
		person.from, person.typ, person.canon = p, "PERSON", ""
		added = append(added, person)
		if p == s.from {
			continue
		}
		before := s
		before.to, before.canon = p, ""
		for before.to > before.from && isTitle(d.toks[before.to-1]) {
			before.to--
		}
		if before.to == before.from {
			continue
		}
		name := spanText(d, before)
		switch {
		case places[name]:
			before.typ = "PLACE"
		case x.actors.get(name) != nil:
			before.typ = "ORG"
		default:
			continue
		}
		added = append(added, before)
	}
	return withSpans(out, added)
}

// surnamedPerson returns where the person's name starts in span s, or -1
// when s is not a person's name surnamedNames should repair.
func (x *Extractor) surnamedPerson(d *document, s espan, persons map[string][]string, places map[string]bool) int {
	if s.prio != prioTagger || s.typ != "ORG" && s.typ != "PLACE" || s.to-s.from < 2 {
		return -1
	}
	last := d.toks[s.to-1].Text
	if len(last) < 3 || !isCap(last) || isAcronym(last) {
		return -1
	}
	name := spanText(d, s)
	// a shorter mention of the person, the tail of this name ("Barazi",
	// "Talal Barazi"); the same words typed a person elsewhere are the
	// tagger's doubt, not evidence
	shorter := false
	for _, p := range persons[last] {
		shorter = shorter || strings.HasSuffix(name, " "+p)
	}
	if !shorter || places[name] || x.gaz.lookup(name) != nil || x.actors.get(name) != nil {
		return -1
	}
	// a place stays a place unless a place the document names elsewhere
	// opens it ("In Paris Fabius said": a lost full stop); a title before
	// a surname is no evidence there ("Sheikh Maqsoud" is a district)
	if s.typ == "PLACE" {
		return placeThenPerson(d, s, places)
	}
	// from the first known given name, or from the first word when all
	// before it are words of a name too ("Zaradesht Mustafa Fatimi")
	for k := s.from; k < s.to-1; k++ {
		if x.gaz.isGiven(d.toks[k].Text) && personShaped(d, k, s.to) {
			for j := s.from; j < k; j++ {
				t := d.toks[j]
				if isTitle(t) || determiners[t.Lower] || x.gaz.lower[t.Lower] || places[t.Text] || !personShaped(d, j, j+1) {
					return k
				}
			}
			return s.from
		}
	}
	// after the last title
	for k := s.to - 2; k >= s.from; k-- {
		if isTitle(d.toks[k]) {
			if personShaped(d, k+1, s.to) {
				return k + 1
			}
			return -1
		}
	}
	if k := placeThenPerson(d, s, places); k > 0 {
		return k
	}
	if s.to-s.from <= 3 && personShaped(d, s.from, s.to) && !x.gaz.lower[d.toks[s.from].Lower] {
		return s.from
	}
	return -1
}

// placeThenPerson returns where a person's name starts after a place the
// document names elsewhere at the start of s, or -1. The place must be
// one the document names: many given names are towns' names too ("Qasim
// Halabouni").
func placeThenPerson(d *document, s espan, places map[string]bool) int {
	for k := s.to - 1; k > s.from; k-- {
		if places[d.text[d.toks[s.from].Start:d.toks[k-1].End]] && personShaped(d, k, s.to) {
			return k
		}
	}
	return -1
}
