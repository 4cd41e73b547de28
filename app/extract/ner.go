package extract

import (
	"math"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// espan is an entity candidate over tokens [from, to).
type espan struct {
	from, to int
	typ      string
	canon    string
	conf     float64
	prio     int // which source wins an overlap: higher first
}

// Priorities of the entity sources: the user-independent lists and the
// regional naming rules know better than the statistical tagger.
const (
	prioWeakGaz = 0
	prioTagger  = 1
	prioGaz     = 2
	prioRule    = 3
	prioActor   = 4
	prioAlias   = 5
)

// findEntities tags every sentence, adds what the rules and lists find,
// resolves overlaps, propagates names through the document and links
// mentions to canonical names.
func (x *Extractor) findEntities(d *document, timexes []Timex) []Entity {
	var cands []espan
	// the word cache is this call's: see wordCache
	wc := newWordCache(x.tagger, x.gaz)
	defer wc.release()
	var words []string // as f, reused from sentence to sentence
	for si, s := range d.sents {
		words = resize(words, s.To-s.From)
		for k := range words {
			words[k] = d.toks[s.From+k].Text
		}
		f := wc.sentFeats(words, x.actors)
		tags, margins := x.tagger.tag(f, wc)
		var sc []espan
		sc = append(sc, possessedSpans(d, taggerSpans(tags, margins, s.From), x.gaz.isGiven)...)
		sc = append(sc, x.listSpans(d, f, s.From)...)
		sc = append(sc, x.otherListSpans(f, s.From)...)
		sc = append(sc, groupRuleSpans(d, s, func(n string) bool { return x.gaz.lookup(n) != nil })...)
		sc = append(sc, x.teamSpans(d, si)...)
		sc = append(sc, x.matchClubs(d, si)...)
		sc = unitsNamedForPeople(d, sc)
		cands = append(cands, supportPlaces(d, sc)...)
	}
	cands = x.trimHeadlines(d, cands)
	spans := resolveOverlaps(d, cands, timexes, func(w string) bool { return x.gaz.lower[w] })
	spans = peoplesNames(d, spans)
	spans = numberedUnits(d, spans)
	spans = x.splitCoordinated(d, spans)
	spans = x.givenAfterPlace(d, spans)
	spans = joinNameParts(d, spans, x.gaz.isGiven)
	spans = givenBeforeListed(d, spans)
	spans = ofNames(d, spans, func(w string) bool { return x.gaz.lower[w] }, func(n string) bool { return x.gaz.lookup(n) != nil })
	spans = namedAfterKindOf(d, spans)
	spans = missionNames(d, spans)
	spans = x.defineAcronyms(d, spans)
	spans = bracketNames(d, spans)
	spans = knownAsNames(d, spans)
	spans = groupKnownAs(d, spans)
	spans = x.articledPlaces(d, spans)
	spans = x.kindedPlaces(d, spans)
	spans = x.namesByKind(d, spans)
	spans = x.adminAreas(d, spans)
	spans = x.pluralArticleGroups(d, spans)
	spans = propagate(d, spans, timexes)
	spans = headCoref(d, spans)
	spans = cleanSpans(d, spans)
	spans = x.fighterGroups(d, spans)
	spans = x.dropEverydayOpeners(d, spans)
	spans = x.dropDemonyms(d, spans)
	spans = x.demonymBodies(d, spans)
	spans = x.trimStatePossessive(d, spans)
	spans = x.splitPlaceState(d, spans)
	spans = titledPersons(d, spans, x.gaz.isGiven, x.gaz.lookup, func(w string) bool { return x.gaz.lower[w] })
	spans = titledUntagged(d, spans, x.gaz.isGiven, func(w string) bool { return x.gaz.lower[w] }, x.isDemonym)
	spans = titledGivenNames(d, spans, func(w string) bool { return x.gaz.lower[w] }, x.isDemonym, x.gaz.lookup)
	spans = otherNames(d, spans)
	spans = x.givenNamePersons(d, spans)
	spans = x.kunyaPersons(d, spans)
	spans = x.surnameMentions(d, spans)
	spans = x.placeByContext(d, spans)
	spans = x.companiesByContext(d, spans)
	spans = x.companyShortNames(d, spans)
	spans = initialsAcronyms(d, spans)
	spans = x.surnamedNames(d, spans)
	spans = placeListMembers(d, spans)
	spans = villageTails(d, spans)
	spans = bylinePersons(d, spans)
	spans = x.consistentTypes(d, spans)
	spans = x.countryActors(d, spans)
	return x.toEntities(d, spans)
}

// placeListMembers makes a place of the tagger's lone one-word guess of a
// body or a person that a list of places after a preposition of place
// ends with: "advanced near Kupyansk, Toretsk, and Kurakhove" had
// Kurakhove a body. Acronyms stay what they were.
//
// The list has two places or more before it, it is their last member
// after "and", and no capital follows it: "in Damascus and Tom Miles in
// Geneva" and "New Hampshire, Representative Tom DeLay" are no such lists.
func placeListMembers(d *document, spans []espan) []espan {
	for i, s := range spans {
		if (s.typ != "ORG" && s.typ != "PERSON") || s.prio != prioTagger || s.to-s.from != 1 || isAcronym(d.toks[s.from].Text) ||
			i < 2 || spans[i-2].typ != "PLACE" || !listJoin(d, spans[i-2].to, spans[i-1].from) || d.toks[s.from-1].Lower != "and" {
			continue
		}
		if s.to < len(d.toks) && d.toks[s.to].Sent == d.toks[s.from].Sent && (isCap(d.toks[s.to].Text) || isPossessive(d.toks[s.to].Text)) {
			continue
		}
		if placeListAfterPrep(d, spans, i) {
			spans[i].typ = "PLACE"
		}
	}
	return spans
}

// unitsNamedForPeople lets a unit's name the rules found outrank a listed
// person's name inside it: "the Golani Brigade" is a brigade, not the
// HTS leader the list knows as "Golani"; so is "the Abu Amara Battalion".
func unitsNamedForPeople(d *document, sc []espan) []espan {
	for i, u := range sc {
		if u.typ != "ORG" || u.prio != prioRule || !unitHeads[d.toks[u.to-1].Lower] || !isCap(d.toks[u.to-1].Text) {
			continue
		}
		for _, p := range sc {
			// (the person and the head word only: a run-on "Staffan De
			// Mistura Southern Front" is two names)
			if p.typ == "PERSON" && p.prio == prioActor && u.from == p.from && p.to == u.to-1 {
				sc[i].prio = prioActor
				break
			}
		}
	}
	return sc
}

// unitHeads end the names of armed units, which are often named for a
// person.
var unitHeads = map[string]bool{
	"brigade": true, "brigades": true, "battalion": true, "battalions": true, "division": true,
	"regiment": true, "corps": true, "company": true, "squadron": true, "front": true,
}

// taggerSpans turns BIO tags into spans; the confidence grows with the
// tagger's weakest margin inside the span.
func taggerSpans(tags []int, margins []float32, base int) []espan {
	var out []espan
	for i := 0; i < len(tags); {
		t := tags[i]
		if t == tagO || (t != tagBPer && t != tagBOrg && t != tagBLoc && t != tagBMisc) {
			i++
			continue
		}
		j := i + 1
		minM := margins[i]
		for j < len(tags) && tags[j] == t+1 {
			minM = min(minM, margins[j])
			j++
		}
		conf := 1 / (1 + math.Exp(-float64(minM)/2))
		out = append(out, espan{from: base + i, to: base + j, typ: tagEntityType[t], conf: conf, prio: prioTagger})
		i = j
	}
	return out
}

// possessedSpans adds, for a tagger span that runs over a possessive
// ("World Health Organization's Tedros Adhanom Ghebreyesus"), the name
// after it as a candidate of its own: where the list knows the owner's
// name better, the tagger's long span loses to it, and the possessed name
// would be lost with it. A plain name is a person; one with an
// organisation's head word ("Russia's Defence Ministry") keeps the
// type. A person's name has a known given name or speaks ("… Organization's
// Tedros Adhanom Ghebreyesus said"); "London's Stock Exchange" does not.
// A name the possessive is part of ("People's Protection Units") keeps
// the long span, which nothing outranks.
func possessedSpans(d *document, spans []espan, isGiven func(string) bool) []espan {
	n := len(spans)
	for i := 0; i < n; i++ {
		s := spans[i]
		for k := s.from + 1; k < s.to-1; k++ {
			if !isPossessive(d.toks[k].Text) {
				continue
			}
			typ := s.typ
			if s.to-(k+1) <= 4 && personShaped(d, k+1, s.to) && (isGiven(d.toks[k+1].Text) || s.to < len(d.toks) && (speechVerbs[d.toks[s.to].Lower] || d.toks[s.to].Lower == "told")) {
				typ = "PERSON"
			}
			spans = append(spans, espan{from: k + 1, to: s.to, typ: typ, conf: s.conf * 0.9, prio: prioTagger})
			break
		}
	}
	return spans
}

// pluralArticleGroups makes a body of the tagger's person named with a
// Spanish plural article: "Los Chapitos", "Los Zetas", "Las Chimoltrufias"
// are gangs and cartels, no one's name; "Los Angeles" is the gazetteer's,
// and "Los Hermanos Hernandez", with a surname, brothers.
func (x *Extractor) pluralArticleGroups(d *document, spans []espan) []espan {
	for i, s := range spans {
		if s.typ == "PERSON" && s.prio <= prioTagger && s.to-s.from == 2 && (d.toks[s.from].Text == "Los" || d.toks[s.from].Text == "Las") && x.gaz.lookup(spanText(d, s)) == nil {
			spans[i].typ, spans[i].canon = "ORG", ""
		}
	}
	return spans
}

// townParts are the kinds of the parts of a town.
var townParts = map[string]bool{
	"district": true, "neighbourhood": true, "neighborhood": true, "quarter": true, "suburb": true,
}

// peoplesNames joins a place and the body named for its people after it:
// "South Sudan | People's Defence Forces", "Sudan | People's | Liberation
// Movement-in-Opposition". The tagger, reading the possessive as a
// boundary, makes a place and a body of one name (or leaves the possessed
// word out); a place owns a body with no "People's" between them.
func peoplesNames(d *document, spans []espan) []espan {
	out := spans[:0]
	for i := 0; i < len(spans); i++ {
		s := spans[i]
		if s.typ == "PLACE" && i+1 < len(spans) && spans[i+1].typ == "ORG" {
			o := spans[i+1]
			k := s.to // the possessed word, in the body's name or between
			if k+1 < len(d.toks) && peoplesWords[d.toks[k].Text] && isPossessive(d.toks[k+1].Text) && (o.from == k || o.from == k+2) && o.to > k+2 {
				out = append(out, espan{from: s.from, to: o.to, typ: "ORG", conf: max(s.conf, o.conf), prio: max(s.prio, o.prio)})
				i++
				continue
			}
		}
		out = append(out, s)
	}
	return out
}

// numberedUnits adds its number to a unit the tagger cut before it:
// "Hezbollah's Unit | 3900", "Israel's Unit | 8200".
func numberedUnits(d *document, spans []espan) []espan {
	for i, s := range spans {
		k := s.to
		if s.typ != "ORG" || k >= len(d.toks) || d.toks[k].Sent != d.toks[s.from].Sent || !isDigits(d.toks[k].Text) || d.toks[k].Start != d.toks[k-1].End+1 {
			continue
		}
		if head := d.toks[k-1]; isCap(head.Text) && (unitHeads[head.Lower] || head.Lower == "unit") && (i+1 == len(spans) || spans[i+1].from > k) {
			spans[i].to, spans[i].canon = k+1, ""
		}
	}
	return spans
}

// peoplesWords name a people in the names of their parties and armies.
var peoplesWords = map[string]bool{"People": true, "Peoples": true, "Workers": true, "Women": true}

// listSpans are the names found in the actor list and the gazetteer.
func (x *Extractor) listSpans(d *document, f *sentFeats, base int) []espan {
	var out []espan
	for _, marks := range [][]byte{f.listed, f.gaz} {
		for i := 0; i < len(marks); {
			if marks[i] != 'B' {
				i++
				continue
			}
			j := i + 1
			for j < len(marks) && marks[j] == 'I' {
				j++
			}
			name := strings.Join(f.words[i:j], " ")
			if &marks[0] == &f.listed[0] {
				a := x.actors.get(joinClitics(f.words[i:j]))
				// a longer listed name whose last word lost its possessive
				// apostrophe: "Fatah al-Shams mortar attacks" is Fatah al-Sham,
				// not the Palestinian Fatah
				if j < len(f.words) {
					if w := f.words[j]; len(w) > 3 && strings.HasSuffix(w, "s") {
						if b := x.actors.get(name + " " + w[:len(w)-1]); b != nil {
							a, j = b, j+1
						}
					}
				}
				// a one-word non-entity counts only as written: "Sarrin" (a
				// town) folds to the same key as "Sarin" (a gas)
				if a != nil && a.Type == "MISC" && j-i == 1 && !a.spelled(name) {
					a = nil
				}
				// nor is a one-word name between a given name and another
				// part of a name: "Abdel Fattah al-Sisi" holds no Fatah
				if a != nil && j-i == 1 && i > 0 && j < len(f.words) && x.gaz.isGiven(f.words[i-1]) && (isCap(f.words[j]) || hasParticle(f.lowers[j])) {
					a = nil
				}
				// a person's name inside a named building or street ("Al
				// Assad Military Academy", "Assad University Hospital")
				if a != nil && a.Type == "PERSON" && namesakeAfter(f.words, j) {
					a = nil
				}
				// nor the start of another body's longer name: "Ethiopian
				// National Defense Force" is not the Syrian militia listed
				// as "National Defense"
				if a != nil && a.Type == "ORG" && j < len(f.words) && isCap(f.words[j]) && bodyHeads[f.lowers[j]] {
					a = nil
				}
				// nor a group's short name that opens its listed name
				// after another capitalised word: "Foreign Minister Thérèse
				// Kayikwamba Wagner" is a person, not the Wagner Group
				if a != nil && a.Type == "ORG" && j-i == 1 && shortFirstName(a, name) && i > 0 && isCap(f.words[i-1]) && isWordTok(f.words[i-1]) &&
					!sentenceOpeners[f.lowers[i-1]] && !x.isDemonym(f.words[i-1]) && x.gaz.lookup(f.words[i-1]) == nil && x.actors.get(f.words[i-1]) == nil {
					a = nil
				}
				// "al Qaeda" with the article in lower case and a space:
				// the article is part of the name
				if a != nil && i > 0 && f.words[i-1] == "al" && x.actors.get("al "+name) == a {
					i--
				}
				if a != nil && !x.shouted(f.words, i, j) {
					if x.longerNameBefore(a, f.words, i, j) {
						// "the Griffith Observatory", "Thomson Reuters": another
						// name of the same kind, not the listed actor
						out = append(out, espan{from: base + i - 1, to: base + j, typ: a.Type, conf: 0.7, prio: prioActor})
					} else {
						out = append(out, espan{from: base + i, to: base + j, typ: a.Type, canon: a.Name, conf: 0.95, prio: prioActor})
					}
				}
			} else if p, canon := x.gaz.lookupWords(name, j-i); p != nil {
				sp := espan{from: base + i, to: base + j, typ: "PLACE", canon: canon, conf: placeConf(p), prio: prioGaz}
				// a given name that is also some town's other name ("Ahmad"
				// for Al Ahmadi) is a person unless a preposition puts it on
				// the map
				given := j-i == 1 && p.Pop < regionPop && NormKey(name) != NormKey(p.Name) && x.gaz.isGiven(f.words[i]) && (i == 0 || !locPreps[f.lowers[i-1]])
				if given || !placeTrusted(p, f, i, j) {
					// kept only where the tagger also sees a place (see supportPlaces)
					sp.prio = prioWeakGaz
				}
				out = append(out, sp)
			}
			i = j
		}
	}
	return out
}

// otherListSpans are the names of the company and body lists in a
// sentence, as sure as the actor list's: "Goldman Sachs" is no person,
// "Shin Bet" no place.
func (x *Extractor) otherListSpans(f *sentFeats, base int) []espan {
	var marks []byte
	key := f.wordKeys()
	var out []espan
	for i, w := range f.words {
		// most sentences name no company: mark only from a word that may
		// open one
		if marks == nil && (!isCap(w) || !x.others.firsts[f.lowers[i]]) {
			continue
		}
		if marks == nil {
			marks = make([]byte, len(f.words))
			markNames(f.words, key, marks, x.others.maxLen, x.others.prefixes, false, x.others.has)
		}
		if marks[i] != 'B' {
			continue
		}
		j := i + 1
		for j < len(marks) && marks[j] == 'I' {
			j++
		}
		if a := x.others.get(strings.Join(f.words[i:j], " ")); a != nil {
			// the company's legal form goes with it ("Walt Disney Co."); a
			// longer name it opens is left to the tagger ("Nestle Foods",
			// "Dow Jones Industrial Average", "Airbus A320")
			// (two of them: "Goldman Sachs Group Inc")
			forms := 0
			for forms < 2 && j < len(f.words) && companyForms[strings.TrimSuffix(f.lowers[j], ".")] {
				j, forms = j+1, forms+1
			}
			// (also over a name's particle: "Barclays de Zoete Wedd")
			if forms == 0 && j < len(f.words) && (isCap(f.words[j]) || nameParticles[f.lowers[j]] && j+1 < len(f.words) && isCap(f.words[j+1])) {
				continue
			}
			// nor is a name that ends in it ("Radio Disney"); a weapon or an
			// index is one after its maker's state or its city ("a US
			// Predator drone", "Russian Sukhoi jets", "Tokyo Nikkei")
			if i > 0 && isCap(f.words[i-1]) && !sentenceOpeners[f.lowers[i-1]] && a.Type != "MISC" {
				continue
			}
			out = append(out, espan{from: base + i, to: base + j, typ: a.Type, canon: a.Name, conf: 0.9, prio: prioActor})
		}
	}
	return out
}

// pluralAcronym is true for two to five capitals and a plural "s":
// "MPs", "NGOs".
func pluralAcronym(t string) bool {
	n := len(t) - 1
	if n < 2 || n > 5 || t[n] != 's' {
		return false
	}
	for i := 0; i < n; i++ {
		if t[i] < 'A' || t[i] > 'Z' {
			return false
		}
	}
	return true
}

// companyForms are the legal forms written after a company's name.
var companyForms = map[string]bool{
	"inc": true, "corp": true, "corporation": true, "co": true, "company": true, "ltd": true, "llc": true,
	"plc": true, "ag": true, "sa": true, "s.a": true, "se": true, "nv": true, "n.v": true, "gmbh": true, "group": true,
	"holdings": true,
}

// joinClitics joins words with spaces, but a clitic to the word before
// it: "People 's Protection Units" is the name "People's Protection Units".
func joinClitics(words []string) string {
	var b strings.Builder
	for i, w := range words {
		if i > 0 && !startsWithApos(w) {
			b.WriteByte(' ')
		}
		b.WriteString(w)
	}
	return b.String()
}

// shouted is true for a two-letter acronym ("IS", "UN") among words in
// capitals that are no acronyms the list knows: "WHERE IS THE AID" is a
// headline in capitals, not the Islamic State.
func (x *Extractor) shouted(words []string, i, j int) bool {
	if j-i != 1 || len(words[i]) != 2 {
		return false
	}
	for _, k := range []int{i - 1, j} {
		if k >= 0 && k < len(words) && len(words[k]) >= 3 && isAcronym(words[k]) && x.actors.exact[words[k]] == nil {
			return true
		}
	}
	return false
}

// shortFirstName is true when name, one word, is the first word of the
// actor's longer name ("Wagner" of "Wagner Group"): a word that is as
// often a surname.
func shortFirstName(a *actor, name string) bool {
	return !isAcronym(name) && len(a.Name) > len(name) && strings.EqualFold(a.Name[:len(name)], name) && a.Name[len(name)] == ' '
}

// longerNameBefore is true when a one-word alias that is the head noun of
// a listed organisation ("Observatory" of the Syrian Observatory for Human
// Rights, "Coalition") has a capitalised modifier before it that makes
// another name: "the Griffith Observatory", "the Syrian Arab Coalition".
// Names that are the whole name ("Reuters", "Lebanese Hezbollah" is
// Hezbollah), people ("President Assad"), acronyms, and articles or
// hyphenated modifiers ("Britain-based", "US-Led") before it do not make
// another name.
func (x *Extractor) longerNameBefore(a *actor, words []string, i, j int) bool {
	w := words[i]
	// (a name's first word is no head noun: "Russian Wagner" is the
	// Wagner Group)
	if j-i != 1 || i == 0 || a.Type != "ORG" || isAcronym(w) || strings.EqualFold(w, a.Name) ||
		!strings.Contains(strings.ToLower(a.Name), strings.ToLower(w)) || shortFirstName(a, w) {
		return false
	}
	prev := words[i-1]
	if !isCap(prev) || strings.Contains(prev, "-") || nameAffixes[strings.ToLower(prev)] {
		return false
	}
	// a wire service's credit before it: "(AFP) Observatory director Rami
	// Abdel Rahman" scraped without its parenthesis ("the Counter-ISIL
	// Coalition" is another name)
	if wireCredits[prev] {
		return false
	}
	return !sentenceOpeners[strings.ToLower(prev)]
}

// namesakeAfter is true when the word at j, or the one after a qualifier
// there, is the head of a thing named after a person: a building, a
// street, a school ("… Academy", "… Military Academy", "… University
// Hospital"). Only a qualifier may come between, or a Title Case headline
// ("Assad Regime Bombs School") would hide the person.
func namesakeAfter(words []string, j int) bool {
	head := func(k int) bool {
		if k >= len(words) || !isCap(words[k]) {
			return false
		}
		w := strings.ToLower(words[k])
		return namesakeHeads[w] || institutionHeads[w] || w == "university"
	}
	return head(j) || j < len(words) && namesakeQualifiers[strings.ToLower(words[j])] && head(j+1)
}

// bodyHeads end the name of an institution or a force; after a listed
// name in capitals they make it part of another, longer name.
var bodyHeads = map[string]bool{
	"force": true, "forces": true, "army": true, "corps": true, "command": true, "ministry": true,
	"council": true, "commission": true, "committee": true, "authority": true, "agency": true,
}

// namesakeQualifiers come between a namesake's name and its head.
var namesakeQualifiers = map[string]bool{
	"military": true, "university": true, "national": true, "international": true, "memorial": true,
	"general": true, "central": true, "public": true, "sports": true, "medical": true, "teaching": true,
	"children's": true, "air": true, "naval": true, "high": true,
}

// wireCredits are the agencies whose credit opens a story: "(AFP) —".
var wireCredits = map[string]bool{"AFP": true, "AP": true, "Reuters": true, "REUTERS": true, "SANA": true, "Xinhua": true, "Anadolu": true, "TASS": true, "UPI": true, "dpa": true}

// sentenceOpeners are capitalised function words that start a sentence or
// headline without being part of the name after them, nor of the name
// before them.
var sentenceOpeners = map[string]bool{
	"the": true, "a": true, "an": true, "in": true, "on": true, "at": true, "by": true, "for": true,
	"from": true, "with": true, "and": true, "but": true, "as": true, "when": true, "after": true,
	"says": true, "said": true, "says:": true, "this": true, "that": true, "its": true, "his": true,
	"their": true, "our": true, "if": true, "while": true, "meanwhile": true, "according": true,
	"however": true, "moreover": true, "furthermore": true, "separately": true, "elsewhere": true,
	"meantime": true, "nevertheless": true,
	// the people news sentences open with ("… on Bab Touma Terrorists
	// targeted …"): no name ends in them
	"terrorists": true, "militants": true, "rebels": true, "residents": true, "activists": true,
	"witnesses": true, "gunmen": true, "jihadists": true, "civilians": true,
}

// placeTrusted keeps gazetteer hits that are unlikely to be a person or a
// capitalised common word: countries and regions, big cities, and places
// after a locative preposition.
func placeTrusted(p *Place, f *sentFeats, i, j int) bool {
	if p.Pop >= regionPop {
		return true
	}
	prev := ""
	if i > 0 {
		prev = f.lowers[i-1]
	}
	if locPreps[prev] || siegeVerbs[prev] {
		return true
	}
	// a dateline: "AMMAN:", "BEIRUT —" at the start of a line
	if i == 0 && isAcronym(f.words[0]) && j < len(f.words) && datelineMarks[f.words[j]] {
		return true
	}
	return p.Pop >= 200_000
}

var datelineMarks = map[string]bool{":": true, ",": true, "-": true, "—": true, "–": true, "(": true}

var locPreps = map[string]bool{"in": true, "at": true, "near": true, "from": true, "to": true, "into": true, "outside": true, "of": true, "towards": true, "toward": true, "around": true}

func placeConf(p *Place) float64 {
	if p.Pop >= regionPop {
		return 0.9
	}
	return 0.6 + 0.3*math.Min(1, math.Log10(float64(p.Pop+1))/7)
}

// resolveOverlaps keeps, among overlapping candidates, the one of highest
// priority (then the longest), and drops those inside time expressions; a
// tagger's person whose head a listed name took keeps its rest, unless
// that is one everyday word (common reports those).
func resolveOverlaps(d *document, cands []espan, timexes []Timex, common func(string) bool) []espan {
	sort.SliceStable(cands, func(a, b int) bool {
		if cands[a].prio != cands[b].prio {
			return cands[a].prio > cands[b].prio
		}
		return cands[a].to-cands[a].from > cands[b].to-cands[b].from
	})
	taken := timexTokens(d, timexes)
	var out []espan
	for _, c := range cands {
		free := true
		for k := c.from; k < c.to; k++ {
			if taken[k] {
				free = false
				break
			}
		}
		if !free {
			// a listed name that took the head of the tagger's person
			// leaves the person: "EUs Mogherini" is the EU's Mogherini
			k := c.from
			for k < c.to && taken[k] {
				k++
			}
			// the tagger's organisation "UN Secretary-General Antonio
			// Guterres" whose head the list took is an office and a person
			if c.typ == "ORG" && c.prio == prioTagger && k > c.from && k+1 < c.to && isOffice(d.toks[k]) && isCap(d.toks[c.to-1].Text) {
				c.typ = "PERSON"
			}
			// (not an everyday word left over: "Lavrov | Reveals", "Units")
			if c.typ != "PERSON" || c.prio != prioTagger || k == c.from || k == c.to || !isCap(d.toks[k].Text) || c.to-k == 1 && common(d.toks[k].Lower) {
				continue
			}
			if slices.Contains(taken[k:c.to], true) {
				continue
			}
			c.from = k
		}
		for k := c.from; k < c.to; k++ {
			taken[k] = true
		}
		out = append(out, c)
	}
	sort.Slice(out, func(a, b int) bool { return out[a].from < out[b].from })
	return out
}

// withSpans adds spans a pass found to the document's spans, keeping them
// in text order.
func withSpans(spans, added []espan) []espan {
	if len(added) == 0 {
		return spans
	}
	spans = append(spans, added...)
	sort.SliceStable(spans, func(a, b int) bool { return spans[a].from < spans[b].from })
	return spans
}

// spanText is the text a span covers, as written.
func spanText(d *document, s espan) string {
	return d.text[d.toks[s.from].Start:d.toks[s.to-1].End]
}

func isCap(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// pageChrome is true when token i opens a piece of web-page furniture.
func pageChrome(d *document, i int) bool {
	switch d.toks[i].Text {
	case "Tags", "FacebookComment":
		return true
	case "Related", "Latest", "Breaking", "Read", "More":
		return i+1 < len(d.toks) && (d.toks[i+1].Text == "News" || d.toks[i+1].Text == "More" || d.toks[i+1].Text == "Stories")
	}
	return false
}

// endsBeforeSentence is true for a capitalised sentence opener ending
// span s, but not "Said" ("Sheikh Said" is a district of Aleppo) nor an
// initial "A" ("Thomas A. Edison", "Triple A"): "A" only before a
// lower-case word ("Idlib A man was killed").
func endsBeforeSentence(d *document, s espan) bool {
	t := d.toks[s.to-1]
	if !isCap(t.Text) || !sentenceOpeners[t.Lower] || strings.HasPrefix(t.Lower, "sa") {
		return false
	}
	if t.Lower == "a" {
		return s.to < len(d.toks) && isWordTok(d.toks[s.to].Text) && !isCap(d.toks[s.to].Text) && !isDigitStart(d.toks[s.to].Text)
	}
	return true
}

// isInitial is true for a capital letter with or without its full stop.
func isInitial(w string) bool {
	w = strings.TrimSuffix(w, ".")
	return len(w) == 1 && w[0] >= 'A' && w[0] <= 'Z'
}

// dropEverydayOpeners drops a tagger's organisation or place that is one
// everyday word opening a sentence before a lower-case word: "Civil
// defence teams", "Factbox: Syria's city". A person stays ("Brown said").
// A kind of outlet alone ("TV") goes too.
func (x *Extractor) dropEverydayOpeners(d *document, spans []espan) []espan {
	out := spans[:0]
	for _, s := range spans {
		t := d.toks[s.from]
		if s.prio == prioTagger && s.typ != "PERSON" && s.to-s.from == 1 && x.gaz.lower[t.Lower] &&
			opensSentenceAt(d, s.from) && s.to < len(d.toks) && !isCap(d.toks[s.to].Text) {
			continue
		}
		// "Syrian Information Minister": a portfolio before its office is
		// no body; nor is the "Civil" of "Civil defence teams"
		if s.prio == prioTagger && s.typ != "PERSON" && s.to-s.from == 1 && x.gaz.lower[t.Lower] &&
			s.to < len(d.toks) && portfolioNext[d.toks[s.to].Lower] {
			continue
		}
		// "Syrian state TV said": a kind of outlet alone names none
		if s.prio == prioTagger && s.to-s.from == 1 && mediaKinds[t.Lower] {
			continue
		}
		out = append(out, s)
	}
	return out
}

// socialHandle is true for the account name a page prints after the
// author of an embedded post, before the post's date: one word in brackets
// with a capital inside it after a small letter ("(DailySabah) September
// 23 2016", "(OCHASyria) June 10"). A credit in capitals ("(AFP) March
// 12") or a plain name ("(Reuters)") is no handle.
func socialHandle(d *document, k int) bool {
	if k == 0 || k+2 >= len(d.toks) || d.toks[k-1].Text != "(" || d.toks[k+1].Text != ")" {
		return false
	}
	inner, lower := false, false
	for i, r := range d.toks[k].Text {
		switch {
		case unicode.IsLower(r):
			lower = true
		case unicode.IsUpper(r) && i > 0 && lower:
			inner = true
		case unicode.IsUpper(r) && i > 0 && !lower && !inner:
			// "OCHASyria": a run of capitals that ends in a word
			inner = i > 1 && strings.IndexFunc(d.toks[k].Text[i:], unicode.IsLower) > 0
		}
	}
	if !inner || !lower {
		return false
	}
	next := d.toks[k+2].Lower
	_, month := monthNames[strings.TrimSuffix(next, ".")]
	return month || isDigitStart(next)
}

// portfolioNext follow an everyday word that names a portfolio or a
// service, not a body: "Information Minister", "Civil defence". ("a Sun
// spokesman" names its body, so offices in general do not count.)
var portfolioNext = map[string]bool{
	"minister": true, "ministers": true, "minister's": true, "secretary": true, "commissioner": true,
	"defence": true, "defense": true,
}

// opensSentenceAt reports whether token k is the first word of its
// sentence or line, past a quotation's opening mark (`"Army units
// advanced …`).
func opensSentenceAt(d *document, k int) bool {
	if k > 0 && isOpener(d.toks[k-1].Text) && d.toks[k-1].Sent == d.toks[k].Sent && !d.toks[k].LineStart {
		k--
	}
	return k == 0 || d.toks[k-1].Sent != d.toks[k].Sent || d.toks[k].LineStart
}

// onlyTitles is true for a span made of forms of address alone ("General
// Staff" is a body, though "Staff Sergeant" is a rank).
func onlyTitles(d *document, s espan) bool {
	if d.toks[s.to-1].Lower == "staff" {
		return false
	}
	for k := s.from; k < s.to; k++ {
		if !isTitleWord(d.toks[k]) {
			return false
		}
	}
	return true
}

// cleanSpans drops spans that cannot be names: no capital letter anywhere
// (the tagger's rare lower-case guesses) or a lone function word.
func cleanSpans(d *document, spans []espan) []espan {
	out := spans[:0]
	for _, s := range spans {
		t := spanText(d, s)
		hasCap := false
		for _, r := range t {
			if unicode.IsUpper(r) {
				hasCap = true
				break
			}
		}
		// nor a number written out ("Thirty Killed in …" cut to "Thirty")
		if !hasCap || stopCaps[strings.ToLower(t)] || numberWords[strings.ToLower(t)] > 1 {
			continue
		}
		// "Follow Us", "About Us": the pronoun, not the United States
		if t == "Us" {
			continue
		}
		// a plural acronym is a kind of thing, not a name: "told MPs",
		// "NGOs", "IDPs", "DJs" (a listed actor keeps its name, and so does
		// one a name defines in brackets: "Air Defense Direction Centers
		// (ADDCs)")
		if s.to-s.from == 1 && s.prio < prioActor && pluralAcronym(t) && (s.from == 0 || d.toks[s.from-1].Text != "(") {
			continue
		}
		// an embedded post's account: "The White Helmets (SyriaCivilDef)
		// June 12 2016"
		if s.to-s.from == 1 && socialHandle(d, s.from) {
			continue
		}
		// a model number makes a machine, not a person: "F-86 Sabre",
		// "KC-135R Stratotanker"
		if s.typ == "PERSON" && s.prio <= prioTagger && strings.ContainsAny(t, "0123456789") {
			// a rank's class is no model number: "Special Warfare
			// Operator 1st Class Charles H. Keating IV" is Charles H.
			// Keating IV
			k := s.to - 1
			for k > s.from && d.toks[k].Lower != "class" {
				k--
			}
			if k <= s.from || !isOrdinal(d.toks[k-1].Lower) || s.to-(k+1) < 2 || strings.ContainsAny(spanText(d, espan{from: k + 1, to: s.to}), "0123456789") {
				continue
			}
			s.from, s.canon = k+1, ""
			t = spanText(d, s)
		}
		// a trailing possessive or punctuation token is not part of a name,
		// nor a leading lower-case word ("northwest Syria")
		for s.to-1 > s.from && (!isWordTok(d.toks[s.to-1].Text) || nameGlue[d.toks[s.to-1].Text] || endsBeforeSentence(d, s) || d.toks[s.to-1].Text == "Tags") {
			s.to-- // nor a dangling "for" or "of" ("Institute for"), nor the
			// first word of the next sentence where scraping lost the full
			// stop ("Damascus Meanwhile", "Damascus Countryside An army
			// unit"), nor the keyword line a page appends ("Al Mayadin Tags")
		}
		// (the article of a listed name written apart stays: "al Qaeda")
		for s.to-1 > s.from && !isCap(d.toks[s.from].Text) && !hasParticle(d.toks[s.from].Lower) && !isOrdinal(d.toks[s.from].Lower) &&
			!(s.prio == prioActor && d.toks[s.from].Text == "al") {
			s.from++
		}
		for s.from < s.to-1 && !isWordTok(d.toks[s.from].Text) {
			s.from++
		}
		// "The Government of National Unity": a body's article opening a
		// sentence is no part of its name (a band's is: "The Ramones")
		if s.prio == prioTagger && s.to-s.from >= 4 && d.toks[s.from].Text == "The" && d.toks[s.from+2].Lower == "of" &&
			(orgHeads[d.toks[s.from+1].Lower] || institutionHeads[d.toks[s.from+1].Lower] || d.toks[s.from+1].Lower == "government") {
			s.from++
		}
		// a sign-off of reporters and editors ("Manar/Manal/Ghossoun",
		// "R. Milhem / Ghossoun/H.") or a picture's credit
		// ("REUTERS/Stringer") is no mention of a person or organisation
		if s.typ != "PLACE" && gluedSlash(spanText(d, s)) {
			continue // ("KaVo / Gendex", "ESC / POS" are names)
		}
		// "in the Southern parts": a direction alone is no name
		if s.to-s.from == 1 && directions[d.toks[s.from].Text] {
			continue
		}
		// a title alone names nobody (nor a place: "Spc." is no town), nor
		// do titles alone ("Brigadier General" before the name)
		if onlyTitles(d, s) && (s.typ == "PERSON" || s.prio <= prioGaz || s.prio == prioTagger) {
			continue
		}
		if !isWordTok(d.toks[s.from].Text) {
			continue
		}
		// web-page furniture left in scraped text ("Tags Syria Aleppo",
		// "Related News Iraqs vote", "Latest News We wont spam you"):
		// keywords and links, not mentions
		if pageChrome(d, s.from) {
			continue
		}
		// "(TRT World and Agencies)": a credit line; the outlet is the name
		if s.to-s.from >= 3 && d.toks[s.to-1].Lower == "agencies" && d.toks[s.to-2].Lower == "and" {
			s.to, s.canon = s.to-2, ""
		}
		// "Source TRTWorld and agencies" (a credit line that lost its
		// colon): the outlet is the name, "Source" is not part of it
		if s.to-s.from >= 2 && (d.toks[s.from].Text == "Source" || d.toks[s.from].Text == "Sources") {
			s.from, s.canon = s.from+1, ""
			if s.typ == "PERSON" && s.to-s.from == 1 {
				s.typ = "ORG"
			}
		}
		// a photo credit names a photographer or an outlet, never a place
		if s.typ == "PLACE" && s.from >= 2 && (d.toks[s.from-1].Lower == "of" && d.toks[s.from-2].Lower == "courtesy" ||
			d.toks[s.from-1].Lower == "by" && (d.toks[s.from-2].Lower == "photo" || d.toks[s.from-2].Lower == "photos")) {
			s.typ = "ORG"
		}
		out = append(out, s)
	}
	return out
}

// gluedSlash is true when a slash follows a word without a space: "Manar/
// Manal", "Qabas/ Manal", "REUTERS/Stringer" (not "KaVo / Gendex").
func gluedSlash(t string) bool {
	for i := 1; i+1 < len(t); i++ {
		if t[i] == '/' && t[i-1] != ' ' {
			return true
		}
	}
	return false
}

func isWordTok(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// titleWords precede names without being part of them.
var titleWords = map[string]bool{
	"president": true, "gen": true, "general": true, "col": true, "colonel": true, "lt": true,
	"lieutenant": true, "maj": true, "major": true, "capt": true, "captain": true, "sgt": true,
	"sergeant": true, "spc": true, "dr": true, "mr": true, "mrs": true, "ms": true, "minister": true,
	"prime": true, "secretary": true, "ambassador": true, "commander": true, "spokesman": true,
	"spokeswoman": true, "sheikh": true, "king": true, "prince": true, "queen": true, "pope": true,
	"senator": true, "sen": true, "rep": true, "sens": true, "reps": true, "senators": true, "gov": true, "governor": true, "mayor": true,
	"brig": true, "adm": true, "admiral": true, "deputy": true, "foreign": true, "defense": true,
	"defence": true, "chief": true, "envoy": true, "judge": true, "imam": true, "emir": true,
	"pvt": true, "private": true, "cpl": true, "corporal": true, "staff": true, "senior": true,
	"special": true, "advisor": true, "adviser": true, "director": true, "leader": true,
	"petty": true, "officer": true, "cmdr": true, "pfc": true, "spokesperson": true, "brigadier": true,
	"attorney": true, "prosecutor": true, "magistrate": true, "pm": true,
	"secretary-general": true, "under-secretary-general": true, "vice-president": true, "president-elect": true,
	"chancellor": true, "premier": true, "chairman": true, "chairwoman": true, "speaker": true, "vice": true,
	"ayatollah": true, "field": true, "marshal": true, "ceo": true,
}

// directions are the compass adjectives, names only as part of one
// ("Eastern Ghouta").
var directions = map[string]bool{"Northern": true, "Southern": true, "Eastern": true, "Western": true, "Central": true, "Northeastern": true, "Northwestern": true, "Southeastern": true, "Southwestern": true}

// stopCaps are capitalised words that are never names on their own.
var stopCaps = map[string]bool{
	"the": true, "a": true, "an": true, "he": true, "she": true, "it": true, "we": true, "they": true,
	"i": true, "mr": true, "mr.": true, "mrs.": true, "this": true, "that": true, "photo": true, "share": true,
	"read": true, "min": true, "regime": true, "rebel": true, "rebels": true, "government": true,
	"our": true, "their": true, "his": true, "her": true, "its": true, "my": true, "your": true,
	"you": true, "there": true, "these": true, "those": true, "if": true, "but": true, "and": true,
	"factbox": true, "analysis": true, "update": true, "breaking": true, "exclusive": true, "watch": true,
}

// toEntities writes the spans as Entities with canonical names.
func (x *Extractor) toEntities(d *document, spans []espan) []Entity {
	canon := canonicalNames(d, spans)
	for i, s := range spans {
		// "US", "U.S." and "America" are the United States: the hand-listed
		// states and regions give their one name (GeoNames' city names are
		// left as the article spells them, which readers know better)
		// (not a town's part of the same name: "the Salah al-Din
		// district" of Tripoli is no Iraqi province)
		if s.canon == "" && (s.typ == "PLACE" || s.typ == "ORG") && !(s.to < len(d.toks) && townParts[d.toks[s.to].Text]) {
			if p := x.gaz.lookup(spanText(d, s)); p != nil && p.Pop == regionPop {
				canon[i] = p.Name
			}
		}
		// a dateline's short town in capitals that the text spells no
		// other way ("ADEN, Yemen (Reuters) -") is the gazetteer's city;
		// canonicalNames leaves four capitals alone, as they may be
		// initials, but a city of this size is not
		if s.typ == "PLACE" && isAcronym(canon[i]) && len(canon[i]) <= 4 {
			if p := x.gaz.lookup(canon[i]); p != nil && p.Pop >= 100000 && !isAcronym(p.Name) {
				canon[i] = p.Name
			}
		}
		// a name the actor list knows, found by another source ("Al
		// Nusra" read by the tagger), takes the list's name
		if s.canon == "" && s.typ != "PLACE" && s.typ != "MISC" {
			if a := x.actors.get(spanText(d, s)); a != nil && a.Type == s.typ {
				canon[i] = a.Name
			}
		}
	}
	cut := x.possessiveNames(d, spans, canon)
	out := make([]Entity, 0, len(spans))
	for i, s := range spans {
		if s.typ == "MISC" {
			continue
		}
		start, end := d.toks[s.from].Start, d.toks[s.to-1].End-cut[i]
		// "Jabhat al-Nusra-linked": the name ends before its adjective suffix
		name := canon[i]
		if cut := affixCut(d.text[start:end]); cut > 0 {
			end = start + cut
			if c := affixCut(name); c > 0 {
				name = name[:c]
			}
		}
		out = append(out, Entity{Start: start, End: end, Text: d.text[start:end], Type: s.typ, Canonical: name, Confidence: s.conf})
	}
	return out
}

// possessiveNames links a name written with its possessive "s" but
// without the apostrophe (FA-KES lost every apostrophe: "Assads forces",
// "the Coalitions strikes") to the name itself, when the document names it
// elsewhere with the same type or it is a state or a listed actor: the
// entity is that one, and the mention ends before the "s". Only a text
// without a single apostrophe lost them: elsewhere "Longhorns" after
// "Longhorn" is a plural. It returns how many bytes to cut from each
// span's end.
func (x *Extractor) possessiveNames(d *document, spans []espan, canon []string) []int {
	cut := make([]int, len(spans))
	if strings.ContainsAny(d.text, "'’ʼ") {
		return cut
	}
	named := map[string]string{}
	for i, s := range spans {
		if s.typ != "MISC" {
			named[s.typ+"|"+NormKey(spanText(d, s))] = canon[i]
		}
	}
	for i, s := range spans {
		t := spanText(d, s)
		last := d.toks[s.to-1].Text
		if s.typ == "MISC" || len(last) < 4 && !(len(last) == 3 && x.actors.exact[last[:2]] != nil) || last[len(last)-1] != 's' || !isCap(d.toks[s.from].Text) && !capAfterArticle(d.toks[s.from].Text) || last[len(last)-2] == 's' {
			continue
		}
		bare := t[:len(t)-1]
		known := named[s.typ+"|"+NormKey(bare)]
		if p := x.gaz.lookup(bare); known == "" && s.typ != "PERSON" && p != nil && p.State && x.gaz.lookup(t) == nil {
			known = p.Name
		}
		if a := x.actors.get(bare); known == "" && a != nil && a.Type == s.typ {
			if whole := x.actors.get(t); whole == nil || whole == a {
				known = a.Name
			}
		}
		if known == "" && NormKey(lastWord(canon[i])) == NormKey(lastWord(bare)) {
			known = canon[i] // "Syrias", already the state Syria; "Assads", Bashar al-Assad
		}
		if known == "" && s.typ == "ORG" && scrapedPossessiveHeads[strings.ToLower(last)] {
			known = bare // "the Syrian regimes forces" (demonymBodies)
		}
		if known == "" {
			continue
		}
		cut[i] = 1
		if s.canon == "" {
			canon[i] = known
		}
	}
	return cut
}

// givenBeforeListed joins a tagger's person to the listed person right
// after it whose name it opens, across an Arabic article written apart:
// "Bashar al Assads forces", where the list found only "Assads" (the
// possessive without its apostrophe hid the whole name from it).
func givenBeforeListed(d *document, spans []espan) []espan {
	out := spans[:0]
	for i := 0; i < len(spans); i++ {
		s := spans[i]
		if i+1 < len(spans) && s.typ == "PERSON" && s.prio == prioTagger {
			n := spans[i+1]
			gap := n.from - s.to
			if n.typ == "PERSON" && n.prio == prioActor && n.canon != "" && (gap == 0 || gap == 1 && nameGlue[d.toks[s.to].Lower]) &&
				strings.HasPrefix(NormKey(n.canon), NormKey(spanText(d, s))+" ") {
				n.from = s.from
				out = append(out, n)
				i++
				continue
			}
		}
		out = append(out, s)
	}
	return out
}

// lastWord is the last space-separated word of name.
func lastWord(name string) string {
	return name[strings.LastIndexByte(name, ' ')+1:]
}

// affixCut is the length of name without a trailing adjective suffix
// ("-linked", "-backed": the nameAffixes), or 0 when it has none.
func affixCut(name string) int {
	i := strings.LastIndexByte(name, '-')
	if i <= 0 || !nameAffixes[strings.ToLower(name[i+1:])] {
		return 0
	}
	return i
}

// supportPlaces promotes a gazetteer name the tagger also tags (in part) as
// a place, so "Tal Afar" wins over the tagger's "Tal"; the other weak
// gazetteer names are dropped.
func supportPlaces(d *document, cands []espan) []espan {
	out := cands[:0]
	for _, c := range cands {
		if c.prio == prioWeakGaz || c.prio == prioGaz {
			// a place name inside a longer name the tagger found ("North
			// Carolina", "Battle of Fredericksburg") is part of that name
			inside := false
			for _, o := range cands {
				if o.prio == prioTagger && o.from <= c.from && c.to <= o.to && o.to-o.from > c.to-c.from && allCap(d, o.from, c.from) && allCap(d, c.to, o.to) &&
					!outranked(cands, o, c) {
					inside = true
					break
				}
			}
			if inside {
				continue
			}
		}
		if c.prio == prioWeakGaz {
			// "Mali's Kidal region", "the Donetsk region": a kind of place
			// in lower case after the name says it is one, where the
			// tagger missed it
			ok := c.to < len(d.toks) && d.toks[c.to].Sent == d.toks[c.from].Sent && placeKinds[d.toks[c.to].Text]
			for _, o := range cands {
				if o.prio == prioTagger && o.typ == "PLACE" && o.from < c.to && c.from < o.to {
					ok = true
					break
				}
			}
			if !ok {
				continue
			}
			c.prio = prioGaz
		}
		out = append(out, c)
	}
	return out
}

// outranked is true when a listed or ruled name other than c takes part of
// the tagger's span o: "Syria Staffan de Mistura" loses to the listed
// person, so the place inside it stands on its own.
func outranked(cands []espan, o, c espan) bool {
	for _, q := range cands {
		if q.prio > prioGaz && q.from < o.to && o.from < q.to && (q.to <= c.from || q.from >= c.to) {
			return true
		}
	}
	return false
}

// timexTokens marks the tokens that lie inside a time expression.
func timexTokens(d *document, timexes []Timex) []bool {
	in := make([]bool, len(d.toks))
	for _, t := range timexes {
		for k := d.tokenAt(t.Start); k >= 0 && k < len(d.toks) && d.toks[k].End <= t.End; k++ {
			in[k] = true
		}
	}
	return in
}

// allCap is true when tokens [from, to) are capitalised or name glue.
func allCap(d *document, from, to int) bool {
	for k := from; k < to; k++ {
		if !isCap(d.toks[k].Text) && !nameGlue[d.toks[k].Lower] && !hasParticle(d.toks[k].Lower) {
			return false
		}
	}
	return true
}

// trimHeadlines cuts tagger spans in Title Case lines ("Syria Confirms
// Airstrike Near Raqqa School") at the first everyday word: there,
// capitals say nothing about names.
func (x *Extractor) trimHeadlines(d *document, cands []espan) []espan {
	copies := headlineCopies(d)
	inCopy := func(c espan) bool {
		for _, r := range copies {
			if c.from >= r[0] && c.from < r[1] {
				return true
			}
		}
		return false
	}
	out := cands[:0]
	for _, c := range cands {
		if c.prio != prioTagger || !titleCaseSentence(d, d.toks[c.from].Sent) && !inCopy(c) {
			out = append(out, c)
			continue
		}
		// a title is an everyday word that a name follows: "Major General
		// John C. Scheidt Jr." in a list of commanders
		from := c.from
		for c.typ == "PERSON" && from < c.to-1 && isTitleWord(d.toks[from]) {
			from++
		}
		// everyday words before the name are no part of it ("on Rural
		// Aleppo", "Killed Notorious Al-Nusra Emir"); the name ends at the
		// next (the Arabic article, written "al" in running text, opens
		// names: "City of Al Tabqah")
		everyday := func(t token) bool {
			if x.gaz.lower[t.Lower] && t.Lower != "al" && t.Lower != "el" {
				return true
			}
			// a participle the lists do not know ("Besieged Alwaer
			// District", "Fighting for Key Aleppo Road"), not a given name
			// ("Khaled") nor a hyphened one ("US-Led Coalition")
			return len(t.Lower) > 5 && (strings.HasSuffix(t.Lower, "ed") || strings.HasSuffix(t.Lower, "ing")) &&
				!strings.Contains(t.Lower, "-") && !x.gaz.isGiven(t.Text) && !x.listed(t.Text)
		}
		lead := from
		for from < c.to && everyday(d.toks[from]) {
			if l := d.toks[from].Lower; l == "of" || l == "for" {
				from = c.to // "University of Pennsylvania": one name
				break
			}
			from++
		}
		to := from
		for to < c.to && !everyday(d.toks[to]) {
			to++
		}
		if to == from {
			continue // everyday words only: no name here
		}
		// after everyday words, only a name the lists know: capitals alone
		// make "Destroys" or "Cookie" no name
		if from > lead && !x.listed(d.text[d.toks[from].Start:d.toks[to-1].End]) {
			continue
		}
		// "ISIS Continues to Displace Locals": a word the lists do not
		// know after "to" in a headline is a verb
		if to-from == 1 && from > 0 && d.toks[from-1].Lower == "to" && !x.listed(d.toks[from].Text) {
			continue
		}
		// a person's surname after an initial may be an everyday word
		// ("Philip M. Drew")
		if c.typ == "PERSON" && to == c.to-1 && to-from >= 2 && isInitial(d.toks[to-1].Text) && x.gaz.isGiven(d.toks[from].Text) {
			to = c.to
		}
		c.from, c.to = from, to
		out = append(out, c)
	}
	return out
}

// listed is true for a name the gazetteer or the actor list knows.
func (x *Extractor) listed(name string) bool {
	return x.gaz.lookup(name) != nil || x.actors.get(name) != nil
}

// headlineCopies are the token ranges where the body repeats a Title Case
// headline inside a longer sentence ("Friday 21 November 2014 10:13 35
// Civilians Killed in Regime Air Raids on Rural Aleppo The Syrian National
// said …"): there, as in the headline, capitals say nothing about names.
func headlineCopies(d *document) [][2]int {
	if len(d.sents) < 2 || !titleCaseSentence(d, 0) {
		return nil
	}
	return d.headlineRepeats()
}

// headlineRepeats are the token ranges where the body repeats the
// headline, the text's first line; searched for once per document.
func (d *document) headlineRepeats() [][2]int {
	if !d.repeatsRead {
		d.repeats, d.repeatsRead = findHeadlineRepeats(d), true
	}
	return d.repeats
}

func findHeadlineRepeats(d *document) [][2]int {
	if len(d.sents) < 2 {
		return nil
	}
	end := strings.IndexByte(d.text, '\n')
	if end < 0 || d.sents[0].End > end {
		return nil
	}
	head := d.text[d.sents[0].Start:d.sents[0].End]
	var out [][2]int
	for at := end; ; {
		k := strings.Index(d.text[at:], head)
		if k < 0 {
			return out
		}
		from := d.tokenAt(at + k)
		at += k + len(head)
		if from < 0 {
			continue
		}
		to := from
		for to < len(d.toks) && d.toks[to].End <= at {
			to++
		}
		out = append(out, [2]int{from, to})
	}
}

// titleCaseSentence is true for headline-style sentences in which nearly
// every word other than short function words is capitalised.
func titleCaseSentence(d *document, si int) bool {
	s := d.sents[si]
	words, caps := 0, 0
	for k := s.From; k < s.To; k++ {
		t := d.toks[k]
		if !isWordTok(t.Text) || isDigitStart(t.Text) || nameGlue[t.Lower] || titleSmall[t.Lower] {
			continue
		}
		words++
		if isCap(t.Text) {
			caps++
		}
	}
	return words >= 4 && caps*10 >= words*8
}

// titleSmall are the words Title Case leaves in lower case.
var titleSmall = map[string]bool{"in": true, "to": true, "at": true, "by": true, "with": true, "from": true, "as": true, "or": true, "but": true, "an": true, "is": true}
