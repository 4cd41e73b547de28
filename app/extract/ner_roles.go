package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// countryActors retypes a state's name as ORG where the sentence makes it
// a party rather than a location: "the United States supports", "Turkey’s
// government", "U.S. forces". Conflict reporting is mostly about what
// states do; a reader following an actor wants "Iraq signed" next to
// "the Iraqi government", while "in Iraq" and "to Syria" stay places.
func (x *Extractor) countryActors(d *document, spans []espan) []espan {
	for i, s := range spans {
		if s.typ != "PLACE" {
			continue
		}
		if !x.isState(d, s) {
			continue
		}
		sent := d.toks[s.from].Sent
		// a preposition of place before it (across "the"): a location
		if k := s.from - 1; k >= 0 && d.toks[k].Sent == sent {
			if d.toks[k].Lower == "the" && k > 0 && d.toks[k-1].Sent == sent {
				k--
			}
			// "the government of Iraq" is the party itself
			if d.toks[k].Lower == "of" && k > 0 && d.toks[k-1].Sent == sent && govNouns[d.toks[k-1].Lower] && k == s.from-1 {
				spans[i].from, spans[i].typ = k-1, "ORG"
				continue
			}
			if locPreps[d.toks[k].Lower] || placePreps[d.toks[k].Lower] {
				continue
			}
		}
		// "peacekeepers from South Africa, Malawi and Uruguay have been
		// killed": a later member of a list of places after a preposition
		// of place is a location as the first is, whatever verb follows
		if placeListAfterPrep(d, spans, i) {
			continue
		}
		// "Athens, Greece": the state locates the place before it, also
		// one that ends a longer name ("the Mass Transit System of Athens,
		// Greece")
		if i > 0 && spans[i-1].to == s.from-1 && d.toks[s.from-1].Text == "," && (spans[i-1].typ == "PLACE" || x.endsInTown(d, spans[i-1])) {
			continue
		}
		if s.to >= len(d.toks) || d.toks[s.to].Sent != sent {
			continue
		}
		// a possessive ("Iraq’s efforts", "the United States’ message"), a
		// verb or a body of the state, also a listed verb in the present
		// in a headline's capitals ("Turkey Says It Will Not …"; there
		// "Syria United States" is a list of tags, not a past tense, and
		// "Any Deal on Syria Should Be" no act of Syria's)
		next := d.toks[s.to]
		// ("Azerbaijan on Tuesday launched": the verb after a day, when
		// the state opens its clause; "in northwest Syria early on Tuesday
		// killed" is where)
		if k := dayAfter(d, s.to); k > s.to && opensClause(d, s.from) && k < len(d.toks) && d.toks[k].Sent == sent && isLowerWord(d.toks[k].Text) && pastForm(d.toks[k].Lower) && actsNext(d.toks[k].Lower) {
			next = d.toks[k]
		}
		r, _ := utf8.DecodeRuneInString(next.Text)
		if isApos(r) && s.to+1 < len(d.toks) && possessed(d.toks[s.to+1]) || (isLowerWord(next.Text) && actsNext(next.Lower) || headlineVerb(next.Lower) && titleCaseSentence(d, sent)) || infinitiveNext(d, s.to) {
			spans[i].typ = "ORG"
			continue
		}
		// "Coalition nations ... include Australia, Belgium, and the
		// United States": states listed as members are parties
		if memberList(d, spans, i) {
			spans[i].typ = "ORG"
			continue
		}
		// "our ally Turkey", "partner Jordan"
		if k := s.from - 1; k >= 0 && d.toks[k].Sent == sent && allyNouns[d.toks[k].Lower] {
			spans[i].typ = "ORG"
		}
	}
	// "the United States and Iraq signed": a state joined by "and" to a
	// state that acts acts with it
	for i := len(spans) - 2; i >= 0; i-- {
		s, o := spans[i], spans[i+1]
		if s.typ == "PLACE" && o.typ == "ORG" && o.from == s.to+1 && d.toks[s.to].Lower == "and" && d.toks[s.to].Sent == d.toks[o.from].Sent && x.isState(d, s) && x.isState(d, o) {
			spans[i].typ = "ORG"
		}
	}
	return spans
}

// placeListAfterPrep is true when spans[i] is a later member of a list of
// places ("A, B and C", "A and B") whose first member follows a
// preposition of place.
func placeListAfterPrep(d *document, spans []espan, i int) bool {
	j := i
	for j > 0 && spans[j-1].typ == "PLACE" && listJoin(d, spans[j-1].to, spans[j].from) {
		j--
	}
	if j == i {
		return false
	}
	k := spans[j].from - 1
	if k > 0 && d.toks[k].Lower == "the" {
		k--
	}
	return k >= 0 && d.toks[k].Sent == d.toks[spans[i].from].Sent && (locPreps[d.toks[k].Lower] || placePreps[d.toks[k].Lower])
}

// listJoin is true when tokens [from, to) join two members of a list: ",",
// "and", ", and", maybe with "the" after ("Syria and the United States").
func listJoin(d *document, from, to int) bool {
	if to > from && d.toks[to-1].Lower == "the" {
		to--
	}
	switch to - from {
	case 1:
		return d.toks[from].Text == "," || d.toks[from].Lower == "and"
	case 2:
		return d.toks[from].Text == "," && d.toks[from+1].Lower == "and"
	}
	return false
}

// endsInTown is true for a name of several words whose last word is a
// known place but not a state: "the Mass Transit System of Athens".
func (x *Extractor) endsInTown(d *document, s espan) bool {
	last := d.toks[s.to-1].Text
	return s.to-s.from > 1 && x.gaz.lookup(last) != nil && !x.gaz.isState(last)
}

// isState is true when span s names a sovereign state.
func (x *Extractor) isState(d *document, s espan) bool {
	return x.gaz.isState(spanText(d, s))
}

// infinitiveNext is true for "to" and a verb after a state's name: "enable
// Iraq to access", "for Turkey to decide". After a place "to" leads on to
// another place or a determiner ("from Syria to Iraq", "to the border").
func infinitiveNext(d *document, k int) bool {
	if k+1 >= len(d.toks) || d.toks[k].Lower != "to" || d.toks[k+1].Sent != d.toks[k].Sent {
		return false
	}
	w := d.toks[k+1]
	return isLowerWord(w.Text) && !npOpeners[w.Lower] && !placePreps[w.Lower] && !nonActorNext[w.Lower]
}

// npOpeners (determiners and possessives) open a noun phrase, not a verb.
var npOpeners = map[string]bool{
	"the": true, "a": true, "an": true, "his": true, "her": true, "their": true, "its": true, "our": true,
	"my": true, "your": true, "this": true, "that": true, "these": true, "those": true, "some": true,
	"all": true, "both": true, "each": true, "every": true, "another": true, "other": true, "one": true,
}

// placePreps are further prepositions after which a state is a location
// (locPreps holds the common ones).
var placePreps = map[string]bool{
	"inside": true, "across": true, "throughout": true, "within": true, "over": true, "entered": true,
	"via": true, "through": true, "visit": true, "visited": true, "enter": true, "invade": true, "invaded": true,
	"between": true, "beyond": true, "northern": true, "southern": true, "eastern": true, "western": true,
	"central": true, "northeastern": true, "northwestern": true, "southeastern": true, "southwestern": true,
}

// nonActorNext are the lower-case words that may follow a state named as a
// location: conjunctions, prepositions, relative words.
var nonActorNext = map[string]bool{
	"and": true, "or": true, "nor": true, "but": true, "the": true, "a": true, "an": true, "to": true,
	"in": true, "on": true, "at": true, "for": true, "from": true, "with": true, "by": true, "as": true,
	"of": true, "into": true, "than": true, "that": true, "which": true, "where": true, "when": true,
	"while": true, "since": true, "after": true, "before": true, "during": true, "until": true,
	"via": true, "through": true, "over": true, "under": true, "between": true, "among": true,
	"against": true, "about": true, "around": true, "near": true, "across": true, "along": true,
	"toward": true, "towards": true, "up": true, "down": true, "out": true, "off": true,
}

// headlineVerb is a listed verb in the present third person ("Says",
// "Denies", "Urges"): in a Title Case headline the state before it acts.
func headlineVerb(l string) bool {
	return stateVerbs[l] && strings.HasSuffix(l, "s") && l != "is" && l != "was" && l != "has" && l != "does"
}

// actsNext is true for a word after a state's name that makes the state a
// party: a verb ("supports", "condemned", "will") or a noun of the
// state's own bodies and deeds ("forces", "government", "strike").
func actsNext(l string) bool {
	if stateVerbs[l] || stateNouns[l] {
		return true
	}
	if nonActorNext[l] {
		return false
	}
	// a verb in the past ("signed", "agreed"); a present "-s" could as
	// well be a plural noun ("Russia airstrikes"), so those are listed
	return len(l) > 3 && strings.HasSuffix(l, "ed")
}

// stateVerbs are auxiliaries and verbs of statement after which a state is
// the one acting.
var stateVerbs = map[string]bool{
	"is": true, "was": true, "has": true, "have": true, "had": true, "will": true, "would": true,
	"can": true, "could": true, "should": true, "must": true, "may": true, "might": true, "shall": true,
	"does": true, "did": true, "also": true, "strongly": true, "remain": true, "continue": true,
	"said": true, "says": true, "say": true, "told": true, "stands": true, "supports": true, "support": true,
	"agreed": true, "signed": true, "sent": true, "led": true, "took": true, "condemns": true,
	"remains": true, "continues": true, "reaffirms": true, "calls": true, "urges": true, "welcomes": true,
	"wants": true, "plans": true, "seeks": true, "needs": true, "hopes": true, "believes": true,
	"rejects": true, "denies": true, "accuses": true, "claims": true, "controls": true, "sends": true,
	"takes": true, "makes": true, "gives": true, "holds": true, "agrees": true, "announces": true,
	"considers": true, "expects": true, "opposes": true, "recognizes": true, "insists": true,
	"launches": true, "provides": true, "intends": true, "refuses": true, "warns": true, "joins": true,
	"backs": true, "stand": true, "want": true, "need": true, "believe": true, "intend": true,
}

// stateNouns are the bodies, people and deeds a state's name qualifies as
// a party: "U.S. forces", "U.S. assistance". Not "strikes": the seed
// annotation keeps "Russia airstrikes" a place (the airspace it acts in).
var stateNouns = map[string]bool{
	"forces": true, "force": true, "troops": true, "military": true, "army": true, "navy": true,
	"government": true, "officials": true, "official": true, "authorities": true, "leaders": true,
	"leadership": true, "support": true, "assistance": true, "aid": true, "embassy": true, "delegation": true,
	"administration": true, "diplomats": true, "envoy": true, "soldiers": true, "personnel": true,
	"service": true, "commitment": true, "efforts": true, "effort": true, "interests": true,
	"sanctions": true, "pressure": true, "backing": true, "role": true, "policy": true, "partners": true, "allies": true,
}

// govNouns name a state's own bodies: "the government of Iraq".
var govNouns = map[string]bool{"government": true, "governments": true, "authorities": true, "parliament": true, "regime": true, "army": true, "military": true, "forces": true, "leadership": true}

// possessed is true when the word after a state's possessive ("’s" or a
// bare "’") names what the state has as a party ("leadership", "message",
// "efforts"), not a part of its land ("Syria’s northwestern Idlib").
func possessed(w token) bool {
	return stateNouns[w.Lower] || govNouns[w.Lower] || possessions[w.Lower]
}

// possessions are further things a state has as a party.
var possessions = map[string]bool{"message": true, "work": true, "decision": true, "position": true, "demands": true, "response": true, "request": true, "offer": true, "plan": true, "proposal": true, "intervention": true, "campaign": true}

// memberList is true when spans[i], a state, stands in a list that
// follows "include" in a sentence about member nations or partners.
func memberList(d *document, spans []espan, i int) bool {
	sent := d.toks[spans[i].from].Sent
	k := spans[i].from - 1
	j := i - 1
	for k >= d.sents[sent].From {
		l := d.toks[k].Lower
		switch {
		case l == "," || l == "and" || l == "the":
			k--
		case j >= 0 && spans[j].to == k+1 && spans[j].typ != "PERSON":
			k = spans[j].from - 1
			j--
		case includeWords[l]:
			for m := d.sents[sent].From; m < k; m++ {
				if memberNouns[d.toks[m].Lower] {
					return true
				}
			}
			return false
		default:
			return false
		}
	}
	return false
}

var includeWords = map[string]bool{"include": true, "includes": true, "included": true, "including": true}

// memberNouns make a listed state a member of something rather than a
// place: "Coalition nations", "partner countries".
var memberNouns = map[string]bool{"nations": true, "countries": true, "members": true, "partners": true, "allies": true, "states": true, "governments": true}

// allyNouns before a state's name make it a party: "our ally Turkey".
var allyNouns = map[string]bool{"ally": true, "allies": true, "partner": true, "partners": true, "member": true, "members": true}

// isLowerWord is true for a word that starts with a lower-case letter.
func isLowerWord(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}

// strangeName is true for two or three words [from, to) none of which is
// an everyday word or a place: a name the lists do not know.
func strangeName(d *document, from, to int, lookup func(string) *Place, everyday func(string) bool) bool {
	if to-from < 2 || to-from > 3 {
		return false
	}
	for k := from; k < to; k++ {
		if everyday(d.toks[k].Lower) || lookup(d.toks[k].Text) != nil {
			return false
		}
	}
	return true
}

// titledPersons repairs names the tagger fused with an office: "Secretary
// of State Kerry" comes out as ORG "State Kerry", "Special Advisor Thames"
// as ORG, "Navy Senior Chief Petty Officer Scott Dayton" as ORG "Navy
// Senior" beside the person. The office is not part of the name; the
// person after it is.
func titledPersons(d *document, spans []espan, isGiven func(string) bool, lookup func(string) *Place, everyday func(string) bool) []espan {
	out := spans[:0]
	var added []espan // filled after the loop: out shares spans
	for i, s := range spans {
		if s.typ == "PERSON" && s.prio < prioActor {
			// "Maj. Gen. Igor Konashenkov": the person is the name; a
			// title in the span would make a second row for him
			if from := afterTitles(d, s.from, s.to); from > s.from {
				// the full name a "Mr Rasheed" was linked to stays
				if strings.HasPrefix(s.canon, d.toks[s.from].Text) {
					s.canon = ""
				}
				s.from = from
			}
			// "Odesa Oblast Governor Oleh Kiper", "Kharkiv Mayor Ihor
			// Terekhov": an office inside the tagger's person; the name is
			// after it, and the region it serves before it is a place
			if k, place := officeInside(d, s, lookup); k > 0 {
				if place {
					added = append(added, espan{from: s.from, to: k, typ: "PLACE", conf: 0.7, prio: prioRule})
				}
				s.from, s.canon = afterTitles(d, k, s.to), ""
			}
			// "Bishop Phillip Garrigan", "Sir George Thomas": a title
			// that also opens other names is one before a known given
			// name and a surname
			if s.to-s.from >= 3 && ambiguousTitles[d.toks[s.from].Lower] && isGiven(d.toks[s.from+1].Text) {
				s.from, s.canon = s.from+1, ""
			}
			// "Secretary of State Antony Blinken": the office and its
			// department open the tagger's person
			if s.to-s.from >= 5 && officeTitles[strings.TrimSuffix(d.toks[s.from].Lower, ".")] && d.toks[s.from+1].Lower == "of" {
				k := s.from + 2
				for k < s.to && departments[d.toks[k].Lower] {
					k++
				}
				if k > s.from+2 && s.to-k >= 2 {
					s.from, s.canon = k, ""
				}
			}
			// "Secretary of Homeland | Security Alejandro Mayorkas": the
			// tagger's person opens inside the office
			if j := departmentEnd(d, s.from, s.to); j > s.from && j < s.to && officeOfDepartment(d, j-1) {
				s.from, s.canon = j, ""
			}
			// "ECB President Mario Draghi", "IMF chief …": an acronym
			// before the office names the body the person serves; the
			// tagger, having seen few of them, leaves it out
			if k := officeStart(d, s.from); k > 0 && k < s.from && (i == 0 || spans[i-1].to < k) {
				if a := d.toks[k-1]; a.Sent == d.toks[s.from].Sent && len(a.Text) >= 2 && isAcronym(a.Text) && lookup(a.Text) == nil {
					added = append(added, espan{from: k - 1, to: k, typ: "ORG", conf: 0.6, prio: prioRule})
				}
			}
		}
		if s.typ == "PERSON" || s.prio >= prioActor {
			out = append(out, s)
			continue
		}
		// "DR Congo", "General Santos": a state or city the gazetteer
		// knows by the whole name opens with no title
		if s.typ == "PLACE" {
			if p := lookup(spanText(d, s)); p != nil && (p.State || p.Pop >= 100000) {
				out = append(out, s)
				continue
			}
		}
		// "Colonel | Abdul Jabbar al-Okaidi", "Fatah official | Jibril
		// Rajoub": a name of two to four words right after an office or a
		// role is a person, whatever the tagger made of it
		// (also set off after an office in lower case: "Israel's defense
		// minister, Israel Katz, declared")
		k := s.from - 1
		if k > 0 && d.toks[k].Text == "," && !isCap(d.toks[k-1].Text) && isOffice(d.toks[k-1]) && (s.to == len(d.toks) || d.toks[s.to].Text == "," || d.toks[s.to].Text == ".") &&
			lookup(spanText(d, s)) == nil {
			k--
		}
		if s.prio == prioTagger && k >= 0 && d.toks[k].Sent == d.toks[s.from].Sent && (isCap(d.toks[k].Text) && isOffice(d.toks[k]) || !isCap(d.toks[k].Text) && (isOffice(d.toks[k]) || personRoles[d.toks[k].Lower])) &&
			s.to-s.from >= 2 && s.to-s.from <= 4 && personShaped(d, s.from, s.to) && !titleIn(d, s.from, s.to) {
			s.typ, s.canon = "PERSON", ""
			out = append(out, s)
			continue
		}
		from := s.from
		// "Secretary of | State Kerry": the department opens the span
		// (also "Secretary of Homeland | Security Alejandro Mayorkas")
		if j := departmentEnd(d, from, s.to); j > from && officeOfDepartment(d, j-1) {
			from = j
			if from == s.to {
				continue // "Secretary of | State": the office, no name
			}
		}
		// "Special Advisor | Thames", "Lt. Gen. | Smith", "Defence
		// Spokesman Colonel | Rajesh Kalia"; only ambiguous titles
		// ("General Motors") are not enough
		if from == s.from {
			office := false
			for from+1 < s.to {
				l := strings.TrimSuffix(d.toks[from].Lower, ".")
				if !officeTitles[l] && !titleWords[l] && !departments[l] {
					break
				}
				office = office || officeTitles[l]
				from++
			}
			if !office {
				from = s.from
			}
		}
		// "General | Manuel Belgrano", "Professor | Amos Frumkin": a title
		// that alone is ambiguous ("General Motors", "Captain America") is
		// an office when a known given name and a surname follow it
		if from == s.from {
			for from+2 < s.to && isTitle(d.toks[from]) {
				from++
			}
			// (or by two or three words that are neither everyday words
			// nor places: "General Assimi Goita", not "General Motors")
			if from == s.from || !(isGiven(d.toks[from].Text) || strangeName(d, from, s.to, lookup, everyday)) || !personShaped(d, from, s.to) {
				from = s.from
			}
		}
		// "Texas Coach | Darrell Royal", "National Director | Eric Butler": a
		// title inside the span, then a known given name and a surname; what
		// comes before the title qualifies the office, not the person, and
		// stays a place when it is one ("Turkey Archbishop Jacques Hindo")
		if from == s.from {
			for k := s.from + 1; k+1 < s.to; k++ {
				// an unambiguous office ("Homs Governor Talal al-Barazi")
				// needs no known given name after it, only a name of two
				// or three words
				if isTitle(d.toks[k-1]) && (isGiven(d.toks[k].Text) || personOffices[strings.TrimSuffix(d.toks[k-1].Lower, ".")] && s.to-k >= 2 && !titleIn(d, k, s.to)) && s.to-k <= 3 && personShaped(d, k, s.to) {
					from = k
					office := k - 1
					for office > s.from && isTitle(d.toks[office-1]) {
						office--
					}
					if office > s.from && lookup(d.text[d.toks[s.from].Start:d.toks[office-1].End]) != nil {
						added = append(added, espan{from: s.from, to: office, typ: "PLACE", conf: s.conf, prio: prioGaz})
					} else if office == s.from+1 && orgHeads[d.toks[s.from].Lower] {
						// "Parliament Speaker Nabih Berri": the body
						added = append(added, espan{from: s.from, to: office, typ: "ORG", conf: s.conf, prio: prioRule})
					}
					break
				}
			}
		}
		// the person's name starts with a capital ("Professor | of
		// Mathematics" is a chair)
		if from > s.from && from < s.to && s.to-from <= 4 && isCap(d.toks[from].Text) && allCap(d, from, s.to) && !orgHeads[d.toks[s.to-1].Lower] {
			s.from, s.typ = from, "PERSON"
			out = append(out, s)
			continue
		}
		// "Navy Senior" or "Army Lt." right before a person: part of a rank
		last := strings.TrimSuffix(d.toks[s.to-1].Lower, ".")
		if s.typ == "ORG" && (titleWords[last] || rankWords[last]) && i+1 < len(spans) && spans[i+1].typ == "PERSON" && spans[i+1].from <= s.to+1 {
			continue
		}
		out = append(out, s)
	}
	return withSpans(out, added)
}

// personRoles are the roles, in lower case, that news puts before a
// person's name ("Fatah official Jibril Rajoub") beyond the offices of
// titleWords ("rebel commander …"), which isOffice already counts.
var personRoles = map[string]bool{
	"official": true, "activist": true, "journalist": true, "analyst": true, "researcher": true,
	"founder": true, "lawmaker": true, "legislator": true, "negotiator": true, "mediator": true,
	"diplomat": true,
}

// officeStart is the first of the titles right before token k ("ECB |
// President | Mario Draghi"); k when there are none.
func officeStart(d *document, k int) int {
	for k > 0 && isCap(d.toks[k-1].Text) && isTitle(d.toks[k-1]) {
		k--
	}
	return k
}

// personOffices are offices that open no other names ("General
// Electric", "Major League" do): a name of two or three words after one
// is a person's.
var personOffices = map[string]bool{
	"governor": true, "mayor": true, "minister": true, "spokesman": true, "spokeswoman": true,
	"spokesperson": true, "ambassador": true, "envoy": true, "officer": true, "adviser": true,
	"advisor": true, "commander": true, "senator": true, "judge": true, "secretary-general": true,
	"speaker": true, "president": true, "chancellor": true, "premier": true,
}

// titleIn is true when a word of tokens [from, to) is a title ("Deputy
// National Security Adviser": no name after "Deputy").
func titleIn(d *document, from, to int) bool {
	for k := from; k < to; k++ {
		if isTitle(d.toks[k]) {
			return true
		}
	}
	return false
}

// patronymics join a given name to the father's: "Bandar bin Sultan".
var patronymics = map[string]bool{"bin": true, "ibn": true, "bint": true}

// patronymicJoin is true when span s and the span after it are one
// person's name joined by a patronymic, whatever the tagger made of either
// part: "Prince Bandar | bin Sultan" (the patronymic opens the father's
// person), "Bandar | bin | Sultan" (it stands between them), "Bandar bin |
// Sultan" (it ends the first). Listed names and non-entities keep theirs.
func patronymicJoin(d *document, s, next espan) bool {
	if s.prio >= prioActor || next.prio >= prioActor || s.typ == "MISC" || next.typ == "MISC" {
		return false
	}
	short := next.to-next.from <= 2
	endsIn := patronymics[d.toks[s.to-1].Text] && next.from == s.to && short
	before := s.to < len(d.toks) && patronymics[d.toks[s.to].Text] && d.toks[s.to].Sent == d.toks[s.from].Sent &&
		(next.from == s.to && next.typ == "PERSON" || next.from == s.to+1 && short)
	return endsIn || before
}

// placeParticles join the two words of a Portuguese or Spanish place's
// name: "Mocimboa da Praia", "Mar del Plata".
var placeParticles = map[string]bool{"da": true, "do": true, "dos": true, "das": true, "de": true, "del": true}

// joinNameParts mends a person's name the tagger cut in two: around a
// nickname in quotes ("Col. John “J.D.” Dorrian", "William Mailes
// "Cowboy" Cowley"), and a known given name it left apart from the
// surname right after it ("Secretary of Defense Ash | Carter"). The
// nickname stays in the mention; canonicalNames leaves it out of the name.
func joinNameParts(d *document, spans []espan, isGiven func(string) bool) []espan {
	out := spans[:0]
	for i := 0; i < len(spans); i++ {
		s := spans[i]
		if i+1 < len(spans) && patronymicJoin(d, s, spans[i+1]) {
			s.to, s.typ, s.canon = spans[i+1].to, "PERSON", ""
			i++
		}
		// "Mocimboa | da | Praia", "Foz | do | Iguaçu": a place's particle
		// cut it in two
		if t := i + 1; s.typ == "PLACE" && t < len(spans) && spans[t].typ == "PLACE" && spans[t].from == s.to+1 && placeParticles[d.toks[s.to].Text] &&
			s.prio < prioActor && spans[t].prio < prioActor && d.toks[spans[t].from].Sent == d.toks[s.from].Sent {
			s.to, s.canon = spans[t].to, ""
			i++
		}
		// "Irish | Republic", "Islamic | Republic": a people's or a
		// creed's adjective before "Republic" names a state
		if t := i + 1; s.typ == "MISC" && s.prio < prioActor && t < len(spans) && spans[t].from == s.to && spans[t].to == s.to+1 &&
			d.toks[s.to].Text == "Republic" && spans[t].prio < prioActor {
			s.to, s.typ, s.canon, s.prio = spans[t].to, "PLACE", "", prioRule
			i++
		}
		if s.typ != "PERSON" || s.prio >= prioActor {
			out = append(out, s)
			continue
		}
		// "John | “J.D.” | Dorrian"
		if k := s.to; k+2 < len(d.toks) && (d.toks[k].Text == "“" || d.toks[k].Text == "\"") {
			close := k + 1
			for close < len(d.toks) && close <= k+3 && !isCloser(d.toks[close].Text) {
				close++
			}
			sur := close + 1
			if close <= k+3 && close > k+1 && close < len(d.toks) && allCap(d, k+1, close) && sur < len(d.toks) && d.toks[sur].Sent == d.toks[s.from].Sent &&
				isCap(d.toks[sur].Text) && isWordTok(d.toks[sur].Text) && !stopCaps[d.toks[sur].Lower] {
				end := sur + 1
				// the spans inside and the surname's own span go
				for i+1 < len(spans) && spans[i+1].from < end+1 && spans[i+1].prio < prioActor {
					if spans[i+1].from >= sur {
						end = max(end, spans[i+1].to)
					}
					i++
				}
				// the name without the nickname: canonicalNames
				s.to, s.canon = end, ""
				out = append(out, s)
				continue
			}
		}
		// "Staffan | de | Mistura", "Manuel | de la | Torre": a surname's
		// particle in lower case cut the tagger's person in two
		if i+1 < len(spans) && isGiven(d.toks[s.from].Text) && spans[i+1].prio < prioActor && spans[i+1].to-spans[i+1].from <= 2 &&
			d.toks[spans[i+1].from].Sent == d.toks[s.from].Sent && (spans[i+1].typ == "PERSON" || s.to-s.from == 1) {
			k := s.to
			for k < spans[i+1].from && k < s.to+2 && nameParticles[d.toks[k].Text] {
				k++
			}
			if k > s.to && k == spans[i+1].from {
				s.to, s.canon = spans[i+1].to, ""
				i++
				out = append(out, s)
				continue
			}
		}
		// "Abdel Fattah | el-Sisi": a family name with its article in
		// lower case, left out after the given names
		if k := s.to; k < len(d.toks) && d.toks[k].Sent == d.toks[s.from].Sent && articledSurname(d.toks[k].Text) &&
			(i+1 >= len(spans) || spans[i+1].from > k) {
			s.to, s.canon = k+1, ""
		}
		// "Ash | Carter"
		if s.to-s.from == 1 && i+1 < len(spans) && spans[i+1].from == s.to && spans[i+1].typ == "PERSON" &&
			spans[i+1].prio < prioActor && spans[i+1].to-spans[i+1].from <= 2 && isGiven(d.toks[s.from].Text) {
			s.to, s.canon = spans[i+1].to, ""
			i++
		}
		out = append(out, s)
	}
	return out
}

// articledSurname is true for a family name written with the Arabic
// article in lower case: "el-Sisi", "al-Assad", "as-Sadr".
func articledSurname(w string) bool {
	h := strings.IndexByte(w, '-')
	return h >= 2 && h <= 3 && h+1 < len(w) && (w[0] == 'a' || w[0] == 'e') && isCap(w[h+1:]) && hasParticle(w)
}

// withoutNickname is a person's name as written, less a nickname in
// quotes inside it.
func withoutNickname(d *document, s espan) string {
	var words []string
	quoted, nick := false, false
	for k := s.from; k < s.to; k++ {
		switch t := d.toks[k].Text; {
		case k > s.from && !quoted && (t == "“" || t == "\""):
			quoted, nick = true, true
		case quoted && (t == "”" || t == "\""):
			quoted = false
		case !quoted:
			words = append(words, d.text[d.toks[k].Start:d.toks[k].End])
		}
	}
	if !nick || quoted || len(words) == 0 {
		return spanText(d, s)
	}
	return strings.Join(words, " ")
}

// officeInside finds an office between the words of a person's span
// that has a name of two words or more after it ("Odesa Oblast | Governor
// | Oleh Kiper"): k is the office's first word, 0 when there is none.
// place is true when the words before it are a place the gazetteer knows,
// also with a capitalised kind of region after it ("Odesa Oblast").
// "Martin Luther King Jr." has no name after its "King".
func officeInside(d *document, s espan, lookup func(string) *Place) (k int, place bool) {
	for k = s.from + 1; k+2 < s.to; k++ {
		if !isOffice(d.toks[k]) || !isCap(d.toks[k].Text) || isOffice(d.toks[k-1]) {
			continue
		}
		from := afterTitles(d, k, s.to)
		if from == k || s.to-from < 2 || !personShaped(d, from, s.to) {
			return 0, false
		}
		before := espan{from: s.from, to: k}
		if lookup(spanText(d, before)) == nil && (k-s.from < 2 || !regionKinds[d.toks[k-1].Lower] || lookup(spanText(d, espan{from: s.from, to: k - 1})) == nil) {
			return k, false
		}
		return k, true
	}
	return 0, false
}

// afterTitles returns the first token of a person's name in [from, to)
// after the titles in front of it ("Maj. Gen. | Igor Konashenkov"); from
// when there are none, or when nothing but titles would be left.
func afterTitles(d *document, from, to int) int {
	k := from
	for k+1 < to && isOffice(d.toks[k]) {
		k++
	}
	if k > from && isCap(d.toks[k].Text) && !isOffice(d.toks[k]) {
		return k
	}
	return from
}

// isOffice is true for a word that is a title wherever it stands.
func isOffice(t token) bool {
	return isTitleWord(t) || officeTitles[strings.TrimSuffix(t.Lower, ".")]
}

// isTitleWord is true for a form of address, abbreviated or not ("Gen.",
// "General").
func isTitleWord(t token) bool {
	return titleWords[strings.TrimSuffix(t.Lower, ".")]
}

// isTitle is true for a word of an office or a form of address, which
// may also be ambiguous (ambiguousTitles).
func isTitle(t token) bool {
	return isOffice(t) || ambiguousTitles[t.Lower]
}

// ambiguousTitles are offices and forms of address that titleWords leaves
// out because they also open other names ("Professor Green", "Sir Francis
// Drake Hotel"); before a known given name they are titles.
var ambiguousTitles = map[string]bool{
	"prof.": true, "sir": true, "dame": true, "lord": true, "lady": true,
	"bishop": true, "archbishop": true, "cardinal": true, "rabbi": true, "father": true,
	"reverend": true, "rev.": true, "brother": true, "sister": true, "coach": true,
}

// officeTitles name an office unambiguously: what follows is a person (or
// a department and then a person).
var officeTitles = map[string]bool{
	"secretary": true, "ambassador": true, "advisor": true, "adviser": true, "spokesman": true,
	"spokeswoman": true, "spokesperson": true, "minister": true, "senator": true, "envoy": true,
	"undersecretary": true, "secretary-general": true, "under-secretary-general": true, "lt": true, "gen": true, "col": true, "capt": true, "sgt": true,
	"spc": true, "maj": true, "adm": true, "brig": true, "cmdr": true, "pfc": true, "dr": true,
	"mr": true, "mrs": true, "ms": true,
	// the full forms of the ranks abbreviated above; "General", "Major" and
	// "Captain" open other names too ("General Motors", "Major League",
	// "Captain America") and need a given name after them (ambiguousTitles)
	"colonel": true, "lieutenant": true, "sergeant": true, "corporal": true, "admiral": true,
	"brigadier": true, "professor": true,
}

// rankWords are parts of military ranks that titleWords leaves out.
var rankWords = map[string]bool{"petty": true, "officer": true, "chief": true, "senior": true, "master": true, "command": true, "warrant": true}

// departments follow "Secretary of" or "Minister of": "State", "Defense".
var departments = map[string]bool{
	"state": true, "defense": true, "defence": true, "foreign": true, "affairs": true, "interior": true,
	"justice": true, "treasury": true, "energy": true, "health": true, "commerce": true, "homeland": true,
	"security": true, "finance": true, "information": true, "economy": true, "war": true, "labor": true,
	"agriculture": true, "education": true, "transportation": true, "the": true, "army": true, "navy": true,
	"air": true, "force": true,
}

// otherNames drops names of events, prizes, laws and campaigns that the
// tagger (trained mostly on news with few of them) calls organisations or
// places: "Stanley Cup", "Glastonbury Festival", "Battle of the Bulge",
// "Immigration Act". They are names, but of none of the three types.
func otherNames(d *document, spans []espan) []espan {
	out := spans[:0]
	for _, s := range spans {
		if s.prio < prioActor && s.typ != "PERSON" && s.to-s.from >= 2 && isCap(d.toks[s.to-1].Text) {
			first, last := d.toks[s.from].Lower, strings.TrimSuffix(d.toks[s.to-1].Lower, ".")
			hasOrgHead := false
			for k := s.from; k < s.to; k++ {
				hasOrgHead = hasOrgHead || orgHeads[d.toks[k].Lower]
			}
			// (a law is one even named for a body: "the Armed Forces Act")
			if (miscHeads[last] || religions[last] && s.to-s.from == 2 || miscStarts[first] && d.toks[s.from+1].Lower == "of") && (!hasOrgHead || last == "act") {
				continue
			}
		}
		// "the Armed Forces | (Special Powers) Act": a bracket inside a
		// law's name
		if s.prio < prioActor && s.typ != "PERSON" && lawAfterBracket(d, s.to) {
			continue
		}
		// "Freedom of Access | to Clinic Entrances Act": the head of a
		// law's long name comes after the span
		if s.prio == prioTagger && s.typ != "PERSON" && connectedName(d, s) && documentGoesOn(d, s.to) {
			continue
		}
		// "Hurricane Milton", "Typhoon Haiyan": a storm, named like a
		// person or a town
		// (also the storm word alone before the name: "Hurricane | Hugo",
		// where the gazetteer knows a town Hurricane)
		if s.prio < prioActor && (stormWords[d.toks[s.from].Lower] && isCap(d.toks[s.from].Text) && (s.to-s.from >= 2 ||
			s.to < len(d.toks) && d.toks[s.to].Sent == d.toks[s.from].Sent && isCap(d.toks[s.to].Text) && isWordTok(d.toks[s.to].Text)) ||
			s.from > 0 && stormWords[d.toks[s.from-1].Lower] && isCap(d.toks[s.from-1].Text)) {
			continue
		}
		// "Chapter VII", "Article 51": a part of a charter or a law
		if s.prio < prioActor && s.to-s.from == 2 && sectionWords[d.toks[s.from].Lower] && isNumeral(d.toks[s.from+1].Text) {
			continue
		}
		// "Battle of | Bull Run": the place names the battle here
		if s.prio < prioActor && s.from >= 2 && d.toks[s.from-1].Lower == "of" && miscStarts[d.toks[s.from-2].Lower] && isCap(d.toks[s.from-2].Text) {
			continue
		}
		out = append(out, s)
	}
	return out
}

// documentGoesOn is true when the name before token k goes on over a
// lower-case "to", "of", "for", "on", "in" or "against" and capitalised
// words to the head of a law's or a treaty's name: "Freedom of Access |
// to Clinic Entrances Act". ("the" and "and" end the run: "Israel | to
// the Paris Agreement", "Russia | and Paris Agreement" are no names.)
func documentGoesOn(d *document, k int) bool {
	if k >= len(d.toks) || k == 0 || !nameConnectors[d.toks[k].Text] {
		return false
	}
	last := -1
	for j := k; j < len(d.toks) && j < k+8 && d.toks[j].Sent == d.toks[k-1].Sent; j++ {
		t := d.toks[j]
		if nameConnectors[t.Text] && j+1 < len(d.toks) && isCap(d.toks[j+1].Text) {
			continue
		}
		if !isCap(t.Text) || !isWordTok(t.Text) {
			break
		}
		last = j
	}
	return last > k && miscHeads[d.toks[last].Lower]
}

// lawAfterBracket is true when a bracket of capitalised words at token k
// is followed by "Act" or another head of a document's name: "(Special
// Powers) Act".
func lawAfterBracket(d *document, k int) bool {
	if k >= len(d.toks) || d.toks[k].Text != "(" {
		return false
	}
	for j := k + 1; j < len(d.toks) && j < k+6; j++ {
		switch t := d.toks[j]; {
		case t.Text == ")":
			return j > k+1 && j+1 < len(d.toks) && miscHeads[d.toks[j+1].Lower] && isCap(d.toks[j+1].Text)
		case !isCap(t.Text) || !isWordTok(t.Text):
			return false
		}
	}
	return false
}

// connectedName is true for a name of words joined by a lower-case
// connector ("Freedom of Access"), the shape of a law's long name; a
// state or a body that opens a headline ("Saudi Arabia to Join Paris
// Agreement") has none.
func connectedName(d *document, s espan) bool {
	for k := s.from + 1; k < s.to-1; k++ {
		if nameConnectors[d.toks[k].Text] {
			return true
		}
	}
	return false
}

// nameConnectors join the words of a long name in lower case.
var nameConnectors = map[string]bool{"to": true, "of": true, "for": true, "on": true, "in": true, "against": true}

// miscHeads end the names of events, prizes and documents.
var miscHeads = map[string]bool{
	"cup": true, "trophy": true, "prize": true, "award": true, "awards": true, "festival": true,
	"bowl": true, "championship": true, "championships": true, "olympics": true, "war": true,
	"campaign": true, "act": true, "treaty": true, "agreement": true, "accord": true, "accords": true,
	"communique": true, "communiqué": true, "revolution": true, "offensive": true, "prix": true,
	"tournament": true, "medal": true, "declaration": true, "resolution": true, "protocol": true,
}

// stormWords name a storm before its name.
var stormWords = map[string]bool{"hurricane": true, "typhoon": true, "cyclone": true}

// religions end names of branches of a faith ("Shiite Islam"); "Islam"
// is also a given name ("Islam Alloush"), so it is no miscHead.
var religions = map[string]bool{"islam": true, "christianity": true, "judaism": true, "catholicism": true}

// sectionWords open the name of a part of a document: "Chapter VII".
var sectionWords = map[string]bool{"chapter": true, "article": true, "section": true, "paragraph": true, "clause": true}

// isNumeral is true for a number in digits or in Roman numerals.
func isNumeral(w string) bool {
	if w == "" {
		return false
	}
	digits, roman := true, true
	for _, r := range w {
		digits = digits && r >= '0' && r <= '9'
		roman = roman && strings.ContainsRune("IVXLC", r)
	}
	return digits || roman
}

// miscStarts open them: "Battle of ...", "Siege of ...", "Treaty of ...".
var miscStarts = map[string]bool{"battle": true, "siege": true, "treaty": true, "war": true, "cessation": true, "declaration": true}

// consistentTypes gives every tagger mention of one name the type more of
// its mentions have: a document rarely uses one name for a person and an
// organisation, and the tagger's local context is sometimes too thin to
// tell ("Ford" after "the"). A tie changes nothing.
func (x *Extractor) consistentTypes(d *document, spans []espan) []espan {
	votes := map[string]map[string]int{}
	for _, s := range spans {
		if s.typ == "MISC" {
			continue
		}
		t := spanText(d, s)
		if votes[t] == nil {
			votes[t] = map[string]int{}
		}
		// a type the gazetteer gave outweighs the tagger's guess
		// elsewhere in the document; one the list, a rule or the context
		// gave outweighs two ("the villages of al-Foua and Kefraya …
		// buses from al-Foua and Kefraya")
		switch {
		case s.prio >= prioRule:
			votes[t][s.typ] += 3
		case s.prio > prioTagger:
			votes[t][s.typ] += 2
		default:
			votes[t][s.typ]++
		}
	}
	// the last words of the people the document names in full, and the
	// names the tagger called a place right after "in", "near", "at" … or
	// a kind of place ("two pro-regime villages Foua and Kafarya")
	surnames, placedAt := map[string]bool{}, map[string]bool{}
	for _, s := range spans {
		if s.typ == "PLACE" && s.from > 0 && (locatives[d.toks[s.from-1].Lower] || d.toks[s.from-1].Lower == "at" || placeKinds[d.toks[s.from-1].Text]) {
			placedAt[spanText(d, s)] = true
		}
		if s.typ == "PERSON" {
			if s.to-s.from >= 2 {
				surnames[d.toks[s.to-1].Text] = true
			}
			if bare := withoutArticle(d.toks[s.to-1].Text); bare != "" {
				surnames[bare] = true // "Faris" after "(Leys) el-Faris"
			}
		}
	}
	// the people the document names after a title ("President | Bush")
	titled := map[string]bool{}
	for _, s := range spans {
		if s.typ == "PERSON" && s.from > 0 && isTitle(d.toks[s.from-1]) {
			titled[spanText(d, s)] = true
		}
	}
	for i, s := range spans {
		// "a message to Bush": a small town of the gazetteer's is the
		// person the document names after a title and far more often
		if t := spanText(d, s); s.prio == prioGaz && s.typ == "PLACE" && s.to-s.from == 1 && (titled[t] || surnames[t]) &&
			votes[t]["PERSON"] >= 4 && votes[t]["PERSON"] >= 2*votes[t]["PLACE"] && !x.wellKnownPlace(t) {
			spans[i].typ = "PERSON"
			continue
		}
		if s.prio != prioTagger || s.typ == "MISC" {
			continue
		}
		t := spanText(d, s)
		v := votes[t]
		best := s.typ
		for typ, n := range v {
			if n > v[best] || n == v[best] && typ < best && typ != s.typ && n > v[s.typ] {
				best = typ
			}
		}
		// a one-word name the tagger saw as a place and as a person as
		// often, once right after "at", "in", "near" or a kind of place
		// ("assault at Shaer in Homs province … an attack on Shaer",
		// "villages Foua and Kafarya … leaving Foua and Kafraya") or one
		// the gazetteer knows, is a town: no given name, nobody of that
		// surname
		if best == "PERSON" && s.to-s.from == 1 && v["PLACE"] == v["PERSON"] && (placedAt[t] || x.gaz.lookup(t) != nil) && !surnames[t] && !x.gaz.isGiven(t) {
			best = "PLACE"
		}
		spans[i].typ = best
	}
	// "leaving Foua and Kafraya": a one-word person named once, no given
	// name nor anyone's surname nor after a title, joined by "and" to a
	// one-word town (no state: "Kerry and U.S. Secretary of Defense") the
	// document names as a town again or the gazetteer knows is a town too
	// (the tagger reads such a pair as one kind)
	placed := map[string]int{} // how often each name is now a place
	for _, s := range spans {
		if s.typ == "PLACE" {
			placed[spanText(d, s)]++
		}
	}
	paired := func(a, b espan) bool {
		town, ok := pairedPlace(d, a, b)
		name := spanText(d, town)
		return ok && !x.gaz.isState(name) && (placed[name] > 1 || x.gaz.lookup(name) != nil)
	}
	for i, s := range spans {
		if s.prio != prioTagger || s.typ != "PERSON" || s.to-s.from != 1 {
			continue
		}
		t := spanText(d, s)
		if surnames[t] || x.gaz.isGiven(t) || votes[t]["PERSON"] > 1 || s.from > 0 && isTitle(d.toks[s.from-1]) {
			continue
		}
		if i > 0 && paired(spans[i-1], s) || i+1 < len(spans) && paired(s, spans[i+1]) {
			spans[i].typ = "PLACE"
		}
	}
	return spans
}

// pairedPlace returns the one of a and b that is no person, and true when
// "and" alone joins them and that one is a one-word place.
func pairedPlace(d *document, a, b espan) (espan, bool) {
	other := a
	if a.typ == "PERSON" {
		other = b
	}
	return other, a.to+1 == b.from && d.toks[a.to].Lower == "and" && other.typ == "PLACE" && other.to-other.from == 1
}

// givenNamePersons types a tagger's place or organisation of two to four
// words that opens with a known given name as a person: "at Glenn
// Greenwald" is someone the preposition made look like a place, "by
// William Foot" or "such as Tony Blair" someone the preposition made look
// like an organisation (the tagger learnt "by" and "such as" before
// companies and groups). Names the gazetteer knows stay places; an
// organisation stays one when it has an organisation's head word ("John
// Smith Foundation", "Ali Brigade") or a word that is not part of a
// person's name ("of", "&").
func (x *Extractor) givenNamePersons(d *document, spans []espan) []espan {
	for i, s := range spans {
		// "Anthony Lake": the rule that reads "<Name> Lake" as a lake
		// does not know given names
		if s.prio == prioRule && s.typ == "PLACE" && s.to-s.from == 2 && d.toks[s.to-1].Lower == "lake" && x.gaz.isGiven(d.toks[s.from].Text) {
			spans[i].typ, spans[i].prio = "PERSON", prioTagger
			continue
		}
		// "(Reporting by Khalid Abdelaziz; Writing by Nafisa Eltahir)": a
		// wire story's credits name its journalists, whose given names
		// the lists may not know
		if s.prio == prioTagger && (s.typ == "ORG" || s.typ == "PLACE") && s.to-s.from >= 2 && s.to-s.from <= 3 &&
			personShaped(d, s.from, s.to) && inCredit(d, s.from) && x.gaz.lookup(spanText(d, s)) == nil && x.actors.get(spanText(d, s)) == nil {
			spans[i].typ = "PERSON"
			continue
		}
		// ", the World Health Organization's Tedros Adhanom Ghebreyesus
		// said": two or three plain names that speak after a comma or a
		// body's possessive are a person, whose given name the lists may
		// not know (a group's name has a head word or an "al-")
		if s.prio == prioTagger && s.typ == "ORG" && x.sayerName(d, s) {
			spans[i].typ = "PERSON"
			continue
		}
		if s.prio != prioTagger || s.to-s.from < 2 || !x.gaz.isGiven(d.toks[s.from].Text) || namedBuilding(d, s.from, s.to) {
			continue
		}
		if x.gaz.lookup(spanText(d, s)) != nil {
			continue
		}
		switch {
		case s.typ == "PLACE" && allCap(d, s.from, s.to) && personShaped(d, s.from, s.to),
			s.typ == "ORG" && s.to-s.from <= 4 && personShaped(d, s.from, s.to) && x.actors.get(spanText(d, s)) == nil:
			spans[i].typ = "PERSON"
		}
	}
	return spans
}

// sayerName is true for span s of two or three plain capitalised words,
// none a head word of an organisation or an article ("al-"), right after
// a comma or a possessive and right before "said" or "told", that neither
// the gazetteer nor the actor list knows.
func (x *Extractor) sayerName(d *document, s espan) bool {
	if n := s.to - s.from; n < 2 || n > 3 || s.from == 0 || s.to >= len(d.toks) {
		return false
	}
	if p := d.toks[s.from-1].Text; p != "," && !isPossessive(p) {
		return false
	}
	if v := d.toks[s.to].Lower; v != "said" && v != "told" && v != "says" {
		return false
	}
	for k := s.from; k < s.to; k++ {
		w := d.toks[k].Text
		if hasParticle(d.toks[k].Lower) || allCapitals(w) || strings.ContainsAny(w, "-'’.") || x.isDemonym(w) {
			return false
		}
	}
	name := spanText(d, s)
	return personShaped(d, s.from, s.to) && x.gaz.lookup(name) == nil && x.actors.get(name) == nil
}

// inCredit reports whether token k stands in a story's credit line, after
// "Reporting by", "Writing by", "Editing by" and the like, with only
// other names and "and" or commas between.
func inCredit(d *document, k int) bool {
	sent := d.toks[k].Sent
	for j := k - 1; j > 0 && j >= k-12 && d.toks[j].Sent == sent; j-- {
		t := d.toks[j]
		if t.Lower == "by" {
			return creditWords[d.toks[j-1].Lower] && d.toks[j-1].Sent == sent
		}
		// (where each reporter was: "Reporting by Mohammed Ghobari in
		// Aden and Jana Choukeir in Dubai")
		if !(isCap(t.Text) && isWordTok(t.Text)) && t.Lower != "and" && t.Text != "," && t.Lower != "in" {
			return false
		}
	}
	return false
}

// creditWords open a credit line before "by".
var creditWords = map[string]bool{
	"reporting": true, "writing": true, "editing": true, "compiled": true, "edited": true,
	"written": true, "translated": true, "translation": true,
}

// kunyaPersons types a tagger's organisation or place of the shape "Abu
// Jandal al-Kuwaiti" as a person. A kunya ("Abu", "Umm": father, mother
// of) with a nisba ("al-Kuwaiti": the one from Kuwait) is how fighters of
// the region's armed groups are named, and the tagger, which saw few of
// them, reads "Abu ... al-..." like an organisation's name. Without the
// nisba the kunya is as often a place ("Abu Kamal", "Abu Dhabi"), so only
// a known given name after it ("Abu Mohammad") is enough. A place the
// gazetteer knows run into the name ("Kazakhstan Abu Islam al-Kazaki", a
// list that lost its commas) is split off as the place.
func (x *Extractor) kunyaPersons(d *document, spans []espan) []espan {
	var added []espan
	for i, s := range spans {
		// the place rule reads "Umm" as a place's head ("Umm Batna"); a
		// given name after it makes a mother's kunya ("Umm Ahmed")
		umm := s.prio == prioRule && s.typ == "PLACE" && kunyaWords[d.toks[s.from].Lower]
		if s.prio != prioTagger && !umm || s.typ == "PERSON" || s.typ == "MISC" || namedBuilding(d, s.from, s.to) {
			continue // ("the Abu Hussein school" is the school's)
		}
		k := s.from
		for k < s.to-1 && !kunyaWords[d.toks[k].Lower] {
			k++
		}
		n := s.to - k
		if k == s.to-1 || n > 4 || !isCap(d.toks[k+1].Text) || !personShaped(d, k, s.to) {
			continue
		}
		last := d.toks[s.to-1].Lower
		nisba := n >= 3 && hasParticle(last) && strings.HasSuffix(last, "i")
		given := n == 2 && (s.typ == "ORG" || umm) && x.gaz.isGiven(d.toks[k+1].Text)
		if !nisba && !given || x.gaz.lookup(spanText(d, espan{from: k, to: s.to})) != nil {
			continue
		}
		if k > s.from {
			place := espan{from: s.from, to: k}
			if x.gaz.lookup(spanText(d, place)) == nil {
				continue
			}
			place.typ, place.conf, place.prio = "PLACE", s.conf, s.prio
			added = append(added, place)
		}
		spans[i].from, spans[i].typ = k, "PERSON"
	}
	return withSpans(spans, added)
}

// kunyaWords open a kunya.
var kunyaWords = map[string]bool{"abu": true, "abou": true, "umm": true, "um": true}

// personShaped is true when tokens [from, to) can all be words of a
// person's name: capitalised words, initials ("J."), Arabic particles and
// the nobiliary particles of European names ("Díaz de Vivar", "van Gogh"),
// and no organisation's head word.
func personShaped(d *document, from, to int) bool {
	for k := from; k < to; k++ {
		t := d.toks[k]
		if orgHeads[strings.TrimSuffix(t.Lower, ".")] || miscHeads[t.Lower] || namesakeHeads[t.Lower] {
			return false
		}
		if !(isCap(t.Text) && isWordTok(t.Text)) && !hasParticle(t.Lower) && !nameParticles[t.Lower] {
			return false
		}
	}
	return true
}

// opensClause is true when the name at token k, maybe after "the", opens
// its sentence or a clause.
func opensClause(d *document, k int) bool {
	if k > 0 && d.toks[k-1].Lower == "the" {
		k--
	}
	if k == 0 || d.sents[d.toks[k].Sent].From == k {
		return true
	}
	switch d.toks[k-1].Lower {
	case ",", "and", "that", "but", "while", "after", "as", "when", "-", "—", "–", "_":
		return true
	}
	return false
}

// dayAfter is the token after a day named from token k ("on Tuesday",
// "late on Friday", "on Sunday night"), or k when none is.
func dayAfter(d *document, k int) int {
	j := k
	if j < len(d.toks) && (d.toks[j].Lower == "late" || d.toks[j].Lower == "early") {
		j++
	}
	if j < len(d.toks) && d.toks[j].Lower == "on" {
		j++
	}
	if j >= len(d.toks) || weekdayNames[d.toks[j].Lower] == 0 {
		return k
	}
	j++
	if j < len(d.toks) && partOfDay[d.toks[j].Lower] != "" {
		j++
	}
	return j
}

// nicknamedShape is personShaped for a name that may hold a nickname in
// quotes: "Ismael "El Mayo" Zambada", "Joaquín "El Chapo" Guzmán".
func nicknamedShape(d *document, from, to int) bool {
	for k := from; k < to; k++ {
		if !quoteMarks[d.toks[k].Text] && !personShaped(d, k, k+1) {
			return false
		}
	}
	return true
}

// bigCity is the population from which a city's name keeps its sense
// against a person of that surname in the same document.
const bigCity = 1000000

// namesakeHeads end names of bands, teams, buildings and places that are
// named after a person ("Dave Matthews Band", "Charles River", "Jackson
// Heights"): the whole is no person. orgHeads has the organisations of
// conflict news. Words that are also common surnames ("Hall", "Hill",
// "Lake", "House", "Church": Anthony Lake, Christopher Hill) are left out:
// after a known given name they are more often the person.
var namesakeHeads = map[string]bool{
	"band": true, "orchestra": true, "quartet": true, "trio": true, "ensemble": true, "club": true,
	"team": true, "school": true, "college": true, "academy": true, "hospital": true, "centre": true,
	"center": true, "stadium": true, "arena": true, "museum": true, "library": true, "street": true,
	"avenue": true, "road": true, "bridge": true, "airport": true, "memorial": true, "records": true,
	"studios": true, "trust": true, "society": true, "brothers": true, "sons": true, "hotel": true,
	"mosque": true, "square": true, "river": true, "island": true, "islands": true, "valley": true,
	"county": true, "creek": true, "heights": true, "falls": true, "canyon": true, "railroad": true,
	"railway": true, "canal": true, "dam": true, "province": true, "district": true, "city": true,
	"village": true, "mountains": true,
}

// nameParticles are the lower-case words inside European family names.
var nameParticles = map[string]bool{
	"de": true, "da": true, "do": true, "dos": true, "das": true, "del": true, "della": true, "di": true,
	"van": true, "von": true, "der": true, "den": true, "du": true, "des": true, "la": true, "le": true, "y": true,
}

// surnameMentions types a later (or earlier) mention of a person by the
// last word or words of the name as that person: one sense per discourse.
// After "Manuel Belgrano" the gazetteer's town "Belgrano" and the tagger's
// "Cárdenas" place are the general and the colonel. The name must open
// with a known given name or at least not with an everyday word ("Park
// Zandvoort" is a circuit, "Western Saikoul" a village). States keep their
// sense: in conflict news "Jordan" is the country even when a Michael
// Jordan is quoted. So do cities large enough that news names them far
// more often than anyone of that name ("London" after "Jack London").
func (x *Extractor) surnameMentions(d *document, spans []espan) []espan {
	// a name the document also gives another type ("Shark Island" the
	// person and the place) is no evidence
	mixed := map[string]bool{}
	for _, s := range spans {
		if s.typ != "PERSON" && s.typ != "MISC" {
			mixed[spanText(d, s)] = true
		}
	}
	type person struct {
		name  string // "" when two people share the words
		sure  bool   // some name with these words opens like a person's name
		given bool   // the words are only ever a given name
	}
	tails := map[string]person{} // last word(s) of a person's name -> the person
	for _, s := range spans {
		// (a title before the name says it is one, whatever town its
		// words are: "Dr. Barnett Slepian")
		titled := s.from > 0 && isTitle(d.toks[s.from-1]) && isCap(d.toks[s.from-1].Text)
		if s.typ != "PERSON" || s.to-s.from < 2 || !nicknamedShape(d, s.from, s.to) || mixed[spanText(d, s)] || !titled && x.placeInside(d, s) {
			continue
		}
		name := s.canon
		if name == "" {
			name = spanText(d, s)
		}
		// a known given name or at least no everyday word ("Park")
		sure := x.gaz.isGiven(d.toks[s.from].Text) || !x.gaz.lower[d.toks[s.from].Lower]
		add := func(tail string, given bool) {
			p, ok := tails[tail]
			if ok && p.name != name {
				p.name = ""
			} else {
				p.name = name
			}
			p.sure = p.sure || sure
			p.given = given && (!ok || p.given)
			tails[tail] = p
		}
		for k := s.from + 1; k < s.to; k++ {
			// (not a name run twice: "Asharq Al-Awsat Asharq Al-Awsat")
			if tail := d.text[d.toks[k].Start:d.toks[s.to-1].End]; isCap(d.toks[k].Text) && len(d.toks[k].Text) >= 3 && !strings.HasPrefix(name, tail+" ") {
				add(tail, false)
			}
		}
		// "Elian's father" after "Elian Gonzalez": news names a child,
		// and sometimes an adult, by the given name; only a word that is
		// no place and no everyday word counts, of a name of two or three
		// words that is no company's ("Esselte AB")
		if first := d.toks[s.from]; s.to-s.from <= 3 && len(first.Text) >= 3 && isCap(first.Text) && !x.gaz.lower[first.Lower] && x.gaz.lookup(first.Text) == nil &&
			!isTitle(first) && strings.Count(name, first.Text) == 1 && !companySuffixes[strings.TrimSuffix(d.toks[s.to-1].Lower, ".")] {
			add(first.Text, true)
		}
		// "Barazi" after "Talal al-Barazi"
		if bare := withoutArticle(d.toks[s.to-1].Text); bare != "" {
			add(bare, false)
			// "Al-Faris" opening a sentence after "Leys al-Faris"
			if last := d.toks[s.to-1].Text; !isCap(last) {
				add(strings.ToUpper(last[:1])+last[1:], false)
			}
		}
	}
	if len(tails) == 0 {
		return spans
	}
	spans = particleSurnames(d, spans, func(tail string) bool { p, ok := tails[tail]; return ok && p.name != "" })
	for i, s := range spans {
		// (the tagger's MISC too: "Langejans was born" after "Delwyn J.
		// Langejans", a surname it read as a people's word)
		if s.typ == "PERSON" || s.typ == "MISC" && s.prio != prioTagger || s.prio > prioGaz || s.to-s.from > 2 {
			continue
		}
		t := spanText(d, s)
		p, ok := tails[t]
		if !ok {
			continue
		}
		if x.wellKnownPlace(t) || s.canon != "" && x.wellKnownPlace(s.canon) {
			continue
		}
		// a tagger's person that opens with an everyday word ("Park
		// Zandvoort", "Western Saikoul") is more likely a place
		if !p.sure {
			continue
		}
		// a given name alone is read only where a person's name can stand:
		// not after an article or a preposition of place ("in the Ilocos",
		// "at Shearson"), and not where the tagger saw a body
		if p.given && (s.typ == "ORG" || s.from > 0 && (articles[d.toks[s.from-1].Lower] || locatives[d.toks[s.from-1].Lower] || d.toks[s.from-1].Lower == "at" || d.toks[s.from-1].Lower == "to")) {
			continue
		}
		spans[i].typ, spans[i].canon = "PERSON", p.name
	}
	return spans
}

// particleSurnames finds a person named again by a surname that opens
// with its article in lower case ("al-Faris said" after "Leys al-Faris"):
// the tagger, which leans on capitals, passes such a word by. Only the
// word exactly as the full name wrote it counts.
func particleSurnames(d *document, spans []espan, onePerson func(tail string) bool) []espan {
	byWord := map[string]string{} // "al-Faris" -> the person's name
	for _, s := range spans {
		if s.typ != "PERSON" || s.to-s.from < 2 {
			continue
		}
		last := d.toks[s.to-1].Text
		if isCap(last) || withoutArticle(last) == "" {
			continue
		}
		if !onePerson(strings.ToUpper(last[:1]) + last[1:]) {
			continue // two people share it, or the name was no person's
		}
		name := s.canon
		if name == "" {
			name = spanText(d, s)
		}
		if prev, ok := byWord[last]; ok && prev != name {
			name = "" // two people share it
		}
		byWord[last] = name
	}
	if len(byWord) == 0 {
		return spans
	}
	covered := coveredTokens(len(d.toks), spans)
	var added []espan
	for k, t := range d.toks {
		// not inside a longer name ("Sawaiq al-Rahman brigade")
		if k > 0 && d.toks[k-1].Sent == t.Sent && isCap(d.toks[k-1].Text) {
			continue
		}
		if name := byWord[t.Text]; name != "" && !covered[k] {
			added = append(added, espan{from: k, to: k + 1, typ: "PERSON", canon: name, conf: 0.7, prio: prioTagger})
		}
	}
	return withSpans(spans, added)
}

// wellKnownPlace is true for a state or a big city.
func (x *Extractor) wellKnownPlace(name string) bool {
	p := x.gaz.lookup(name)
	return p != nil && (p.State || p.Pop >= bigCity)
}

// placeInside is true when a word of person span s before its last is a
// place of the gazetteer and no given name: the tagger ran a place into
// the name ("Homs Akrameh", "Saraqib Idlib"), which then says nothing
// about the words after it.
func (x *Extractor) placeInside(d *document, s espan) bool {
	for k := s.from; k < s.to-1; k++ {
		w := d.toks[k].Text
		if x.gaz.isGiven(w) {
			continue
		}
		if x.gaz.lookup(w) != nil {
			return true
		}
	}
	return false
}

// titledUntagged finds a person the tagger left out after a title: a
// title and a known given name, or an office that only people hold, and a
// surname ("Dutch PM Mark Rutte spoke.",
// where the tagger, in a sentence this short, saw "Dutch PM" as a
// nationality's phrase and nobody after it). A tagger's phrase of that
// kind over the name ends before it. Everyday words are no surname: a
// headline in title case ("Minister Says Economy Lost") names nobody.
func titledUntagged(d *document, spans []espan, isGiven, everyday, demonym func(string) bool) []espan {
	var added []espan
	for k := 0; k+2 < len(d.toks); k++ {
		// "Secretary of State | Antony Blinken": an office of a
		// department only people hold
		department := officeOfDepartment(d, k) && !departments[d.toks[k+1].Lower]
		if !isTitle(d.toks[k]) && !department || !isCap(d.toks[k].Text) || !isCap(d.toks[k+1].Text) || d.toks[k+2].Sent != d.toks[k].Sent ||
			isTitle(d.toks[k+1]) || stopCaps[d.toks[k+1].Lower] || !personShaped(d, k+1, k+2) || demonym(d.toks[k+1].Text) ||
			!isGiven(d.toks[k+1].Text) && !personOffices[d.toks[k].Lower] && d.toks[k].Lower != "pm" && !department {
			continue
		}
		end := k + 2
		for end < k+4 && end < len(d.toks) && d.toks[end].Sent == d.toks[k].Sent && isCap(d.toks[end].Text) && isWordTok(d.toks[end].Text) &&
			!stopCaps[d.toks[end].Lower] && personShaped(d, end, end+1) {
			end++
		}
		// an office and a surname alone ("to Ambassador Saperstein for
		// …") when lower case follows, so that no Title Case run goes on
		single := end == k+2 && personOffices[d.toks[k].Lower] && (end >= len(d.toks) || !isCap(d.toks[end].Text)) &&
			weekdayNames[d.toks[k+1].Lower] == 0 && monthNames[d.toks[k+1].Lower] == 0
		if end == k+2 && !single || everyday(d.toks[end-1].Lower) {
			continue // the surname is no everyday word ("Minister Says Economy Lost")
		}
		free := true
		for i, s := range spans {
			if s.from < end && k+1 < s.to {
				if s.typ != "MISC" || s.from > k {
					free = false
					break
				}
				spans[i].to = k + 1 // "Dutch PM | Mark Rutte"
			}
		}
		if free {
			added = append(added, espan{from: k + 1, to: end, typ: "PERSON", conf: 0.7, prio: prioTagger})
			k = end - 1
		}
	}
	for _, a := range added {
		spans = addSpan(spans, a)
	}
	return spans
}

// titledGivenNames widens a person the tagger found to the unknown given
// name between it and a title: "Turkish President Tayyip | Erdogan" is
// Tayyip Erdogan (the tagger, not knowing the word, took only the
// surname, as the list of actors knows it).
func titledGivenNames(d *document, spans []espan, everyday, demonym func(string) bool, lookup func(string) *Place) []espan {
	for i, s := range spans {
		g := s.from - 1
		if s.typ != "PERSON" || s.prio > prioActor || g < 1 || d.toks[g].Sent != d.toks[s.from].Sent || i > 0 && spans[i-1].to > g {
			continue
		}
		t := d.toks[g]
		if !isCap(t.Text) || !isWordTok(t.Text) || isTitle(t) || stopCaps[t.Lower] || everyday(t.Lower) || demonym(t.Text) || lookup(t.Text) != nil ||
			!personShaped(d, g, g+1) || !isTitle(d.toks[g-1]) || !isCap(d.toks[g-1].Text) {
			continue
		}
		spans[i].from = g
	}
	return spans
}

// departmentEnd is the first token from `from` on (before `to`) that is no
// department's word.
func departmentEnd(d *document, from, to int) int {
	for from < to && departments[d.toks[from].Lower] {
		from++
	}
	return from
}

// officeOfDepartment is true when token k ends a capitalised office of a
// department: "Secretary of State", "Secretary of Homeland Security",
// "Minister of Foreign Affairs".
func officeOfDepartment(d *document, k int) bool {
	j := k
	for j > 0 && departments[d.toks[j].Lower] && d.toks[j].Lower != "the" && isCap(d.toks[j].Text) {
		j--
	}
	return j < k && j >= 1 && d.toks[j].Lower == "of" && d.toks[j-1].Sent == d.toks[k].Sent &&
		isCap(d.toks[j-1].Text) && officeTitles[strings.TrimSuffix(d.toks[j-1].Lower, ".")]
}

// stateBodyHeads end a state's body named by its people's adjective:
// "the Syrian army", "Iraqi forces", "the Turkish government".
var stateBodyHeads = map[string]bool{
	"army": true, "military": true, "forces": true, "troops": true, "government": true, "regime": true,
	"navy": true, "police": true, "authorities": true, "army's": true, "army’s": true, "government's": true,
	"government’s": true, "regime's": true, "regime’s": true, "military's": true, "military’s": true,
}

// scrapedPossessiveHeads are the possessives of stateBodyHeads as scraped
// pages write them, without the apostrophe ("the Syrian armys advance"):
// they end the name, whose entity leaves the "s" out (possessiveNames).
var scrapedPossessiveHeads = map[string]bool{"armys": true, "governments": true, "regimes": true, "militarys": true}

// stateBodyQualifiers may stand between the adjective and the head:
// "Iraqi security forces", "Syrian government troops", "the Syrian Arab
// army" is a name the lists know.
var stateBodyQualifiers = map[string]bool{
	"security": true, "government": true, "armed": true, "special": true, "ground": true, "border": true,
	"opposition": true, "regime": true, "military": true, "regular": true, "interim": true, "air": true,
	"federal": true, "naval": true, "elite": true, "army": true,
}

// demonymBodies adds a state's armed forces or government named by its
// people's adjective, which war reporting uses far more often than the
// body's proper name: "the Syrian army recaptured", "Iraqi security
// forces entered Mosul", "the Iranian government denied". Analysts count
// them as actors (as re3d's annotators do: "Iraqi forces", "the Syrian
// government"). The adjective must come from a state's name (or be
// "Kurdish"): "Sunni forces" name no body. A possessive ends the name
// ("the Syrian army's 4th Division").
func (x *Extractor) demonymBodies(d *document, spans []espan) []espan {
	var added []espan
	next := 0 // the first span not wholly before token k
	for k := 0; k+1 < len(d.toks); k++ {
		for next < len(spans) && spans[next].to <= k {
			next++
		}
		if next < len(spans) && spans[next].from <= k {
			continue // inside a name already
		}
		w := d.toks[k].Text
		l := d.toks[k].Lower
		if !isCap(w) || strings.HasSuffix(l, "s") && !stateAdjectives[l] || groupAdjectives[l] && l != "kurdish" {
			continue
		}
		end := 0
		for j := k + 1; j < len(d.toks) && j <= k+3 && d.toks[j].Sent == d.toks[k].Sent; j++ {
			t := d.toks[j].Lower
			if !isLowerWord(d.toks[j].Text) {
				break
			}
			if stateBodyHeads[t] || scrapedPossessiveHeads[t] || t == "force" && d.toks[j-1].Lower == "air" {
				end = j + 1
				if strings.ContainsAny(t, "'’") || scrapedPossessiveHeads[t] {
					break // a possessive ends the name
				}
			}
			if !stateBodyQualifiers[t] && !stateBodyHeads[t] {
				break
			}
		}
		// (the adjective is tested last: isDemonym allocates)
		if end == 0 || next < len(spans) && spans[next].from < end || !x.isDemonym(w) {
			continue
		}
		sp := espan{from: k, to: end, typ: "ORG", conf: 0.7, prio: prioRule}
		if a := x.actors.get(spanText(d, sp)); a != nil && a.Type == "ORG" {
			sp.canon = a.Name // "the Syrian army" is the Syrian Arab Army
		}
		added = append(added, sp)
	}
	return withSpans(spans, added)
}
