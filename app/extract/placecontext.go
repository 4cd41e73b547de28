package extract

import "strings"

// placeByContext types as a place a short name the tagger called a person
// or an organisation when the words around it say what kind of place it
// is (and as an organisation a name a media word follows): "Salah Eddin
// neighborhood", "Sayeda Zeinab shrine", "the villages of al-Foua and
// Kefraya", "the district of Ramussa". Towns and quarters
// below the gazetteer's size are what conflict reporting is full of, and
// a tagger trained on general news reads an unknown one-word name as a
// surname.
func (x *Extractor) placeByContext(d *document, spans []espan) []espan {
	before := make([]string, len(spans))
	for i, s := range spans {
		before[i] = s.typ
	}
	// a name retyped leaves the canonical name of its old type behind
	// ("in the Zarvin region" is no mention of Zarvin Okoro)
	defer func() {
		for i := range spans {
			if spans[i].typ != before[i] {
				spans[i].canon = ""
			}
		}
	}()
	groups := map[string]bool{} // names of fighters' groups (foreignFighters)
	for i, s := range spans {
		if x.namesGroupKind(d, s) {
			spans[i].typ, spans[i].prio = "ORG", prioRule
			continue
		}
		// "the official news agency Sana": an outlet named like a town
		// the gazetteer knows (not a state: "the agency Syria")
		if s.typ == "PLACE" && s.prio <= prioGaz && s.from > 0 && mediaNoun(d, s.from-1) && !x.gaz.isState(spanText(d, s)) && !hasClitic(d, s.to) {
			spans[i].typ, spans[i].prio, spans[i].canon = "ORG", prioRule, ""
			continue
		}
		// "Fano militiamen seized …": a one-word name before its fighters
		// names their group where it is no place of the countries the
		// article is about (the gazetteer's Fano is in Italy); "Aleppo
		// rebels" are rebels of a place
		if x.foreignFighters(d, spans, i) {
			spans[i].typ, spans[i].prio = "ORG", prioRule
			groups[spanText(d, s)] = true
			continue
		}
		// a place the tagger got right gains the context's weight too, so
		// that it outvotes a guess elsewhere ("Rebels took Ramussa")
		if s.typ == "MISC" || s.prio > prioTagger || s.to-s.from > 3 {
			continue
		}
		if orgHeads[d.toks[s.to-1].Lower] || x.actors.get(spanText(d, s)) != nil {
			continue
		}
		sent := d.toks[s.from].Sent
		// a kind of place written after the name, in lower case
		if s.to < len(d.toks) && d.toks[s.to].Sent == sent && placeKinds[d.toks[s.to].Text] {
			spans[i].typ, spans[i].prio = "PLACE", prioRule
			// "Sheikh Maqsood neighborhood": the title taken off a
			// person's name belongs to the place's
			if k := s.from - 1; k >= 0 && d.toks[k].Sent == sent && isCap(d.toks[k].Text) && isTitle(d.toks[k]) && (i == 0 || spans[i-1].to <= k) {
				spans[i].from, spans[i].canon = k, ""
			}
			continue
		}
		// "the Aamaq news agency", "according to Al-Manar reporter": an
		// outlet, whatever the tagger made of its unknown name
		if s.to < len(d.toks) && d.toks[s.to].Sent == sent && mediaKinds[d.toks[s.to].Text] && s.typ != "ORG" && x.gaz.lookup(spanText(d, s)) == nil {
			spans[i].typ, spans[i].prio = "ORG", prioRule
			continue
		}
		// "Colombia's ELN rebels", "PKK militants": an acronym before its
		// fighters names their group ("US troops" keep their state)
		if s.typ != "ORG" && s.to-s.from == 1 && s.to < len(d.toks) && d.toks[s.to].Sent == sent && fighterWords[d.toks[s.to].Text] &&
			isAcronym(d.toks[s.from].Text) && !x.gaz.isState(spanText(d, s)) {
			spans[i].typ, spans[i].prio = "ORG", prioRule
			continue
		}
		// "the rebel group Fastaqim", "the pro-government daily al-Watan":
		// a name in apposition to a kind of organisation is one
		// (unless a person's name follows where scraping lost the comma:
		// "the monitoring group Rami Abdel Rahman told AFP")
		// ("shipping firm Maersk said": a firm's kind as well)
		if s.typ != "ORG" && s.from > 0 && (groupNouns[d.toks[s.from-1].Text] || firmNouns[d.toks[s.from-1].Text] || kindOfService(d, s.from-1)) && x.gaz.lookup(spanText(d, s)) == nil && !hasClitic(d, s.to) &&
			!x.gaz.isGiven(d.toks[s.from].Text) && !kunyaWords[d.toks[s.from].Lower] {
			spans[i].typ, spans[i].prio = "ORG", prioRule
			continue
		}
		// "Aisby is a village in Lincolnshire", "Jeb el-Kussa, a village
		// south of Jarabulus": the name defined as a kind of place
		if s.typ != "PLACE" && definedAsPlace(d, s.to) && !hasClitic(d, s.to) {
			spans[i].typ, spans[i].prio = "PLACE", prioRule
			continue
		}
		// "Korn is an American rock band", "Nyrstar, a Belgian company"
		if s.typ != "ORG" && definedAsBody(d, s.to) && !hasClitic(d, s.to) && x.gaz.lookup(spanText(d, s)) == nil {
			spans[i].typ, spans[i].prio = "ORG", prioRule
			continue
		}
		// "the town of X", "the villages of A and X", "the district of A, B and X"
		if kindOfBefore(d, spans, i) {
			spans[i].typ, spans[i].prio = "PLACE", prioRule
			continue
		}
		// "rebel-held Atareb", "government-controlled Harasta", "besieged
		// Madaya": only ground is held or besieged
		if s.from > 0 && heldBefore(d, s.from) && !hasClitic(d, s.to) {
			spans[i].typ, spans[i].prio = "PLACE", prioRule
			continue
		}
		// "in Bosra al-Sham Atman al-Hrak and al-Yadouda": a name between
		// two places of a list that lost its commas is a place too
		if s.typ == "PERSON" && x.insidePlaceList(d, spans, i) {
			spans[i].typ = "PLACE"
			continue
		}
		// "al-Foua and Kefraya", "Aazaz and Marea": a one-word name
		// joined to a town (not a state: "Iran and Assad") is a town; so
		// is a kunya without a given name ("Rasm al-Tawil and Abu Qator")
		oneWord := s.to-s.from == 1 && !x.gaz.isGiven(d.toks[s.from].Text)
		kunyaNoGiven := s.to-s.from == 2 && kunyaWords[d.toks[s.from].Lower] && !x.gaz.isGiven(d.toks[s.from+1].Text)
		if s.typ == "PERSON" && (oneWord || kunyaNoGiven) && !hasClitic(d, s.to) && x.joinedToTown(d, spans, i) {
			spans[i].typ = "PLACE"
			continue
		}
		// "strikes in Atareb", "near Marea": the tagger's person after a
		// preposition of place, with no given name to make it someone and
		// not linked to a person the document names in full ("interest in
		// Kopp" after "James Kopp")
		if s.typ == "PERSON" && s.canon == "" && s.from > 0 && (locatives[d.toks[s.from-1].Lower] || x.townAfterSiege(d, s)) && !x.gaz.isGiven(d.toks[s.from].Text) && !hasClitic(d, s.to) {
			spans[i].typ = "PLACE"
			continue
		}
		// "attacked El Fasher": a town the gazetteer knows, named with
		// the Arabic article, which opens no one's name ("Al Gore" is no
		// town)
		if s.typ == "PERSON" && s.to-s.from >= 2 && (d.toks[s.from].Text == "El" || d.toks[s.from].Text == "Al") && !hasClitic(d, s.to) && x.gaz.lookup(spanText(d, s)) != nil {
			spans[i].typ = "PLACE"
			continue
		}
		// "pushed out of Al Bab", "in Al Mayadeen": a town the gazetteer
		// knows, where the tagger saw an organisation ("Liverpool beat
		// Chelsea" keeps its teams)
		if s.typ == "ORG" && s.from > 0 && (locatives[d.toks[s.from-1].Lower] || siegeVerbs[d.toks[s.from-1].Lower] || d.toks[s.from-1].Lower == "on" ||
			s.from > 1 && d.toks[s.from-1].Lower == "of" && d.toks[s.from-2].Lower == "out") &&
			!hasClitic(d, s.to) && x.gaz.lookup(spanText(d, s)) != nil && !x.gaz.isState(spanText(d, s)) {
			spans[i].typ = "PLACE"
		}
	}
	// the group's other mentions ("fighting Fano since the militia …"),
	// but for one a preposition of place puts on the map
	for i, s := range spans {
		if groups[spanText(d, s)] && s.typ != "ORG" && s.prio <= prioGaz && (s.from == 0 || !locatives[d.toks[s.from-1].Lower]) {
			spans[i].typ, spans[i].prio = "ORG", prioRule
		}
	}
	return spans
}

// foreignFighters is true for span i, a one-word name the tagger or the
// gazetteer typed a person or a place, written before a word for fighters
// ("Fano militiamen", "Fano fighters"), when the name is neither a state,
// a people ("Kurdish fighters") nor a given name, and the gazetteer
// places it, if at all, in no country the article's other places are in.
func (x *Extractor) foreignFighters(d *document, spans []espan, i int) bool {
	s := spans[i]
	if s.to-s.from != 1 || s.typ == "ORG" || s.typ == "MISC" || s.to >= len(d.toks) || d.toks[s.to].Sent != d.toks[s.from].Sent ||
		!fighterWords[d.toks[s.to].Text] || isAcronym(d.toks[s.from].Text) {
		return false
	}
	name := spanText(d, s)
	if x.stateOrPeople(name) || hasClitic(d, s.to) || x.actors.get(name) != nil {
		return false
	}
	p := x.gaz.lookup(name)
	if p == nil {
		// a name the gazetteer does not know is a place where another of
		// its mentions is one ("attack Efrin fighters" after "in Efrin")
		for j, o := range spans {
			if j != i && o.typ == "PLACE" && spanText(d, o) == name {
				return false
			}
		}
		return true
	}
	for _, o := range spans {
		if o.typ != "PLACE" || spanText(d, o) == name {
			continue
		}
		if q := x.gaz.lookup(spanText(d, o)); q != nil && q.Country == p.Country {
			return false
		}
	}
	return true
}

// stateOrPeople is true for a word before "fighters" that names no group:
// a state, a state's possessive scraped without its apostrophe ("Syrias"),
// a people ("Kurdish") or a given name.
func (x *Extractor) stateOrPeople(w string) bool {
	return x.gaz.isState(w) || x.gaz.statePossessive(w) != nil || x.isDemonym(w) || x.gaz.isGiven(w)
}

// joinedToTown is true when span i and a town next to it are joined by
// "and" or a comma in one sentence: "al-Foua and Kefraya", "Marea, Azaz".
// The town must be one the lists or rules know, not the tagger's guess
// ("the background on Rastus and Pete").
func (x *Extractor) joinedToTown(d *document, spans []espan, i int) bool {
	s := spans[i]
	town := func(o espan) bool {
		return o.typ == "PLACE" && o.prio > prioTagger && !x.gaz.isState(spanText(d, o)) && d.toks[o.from].Sent == d.toks[s.from].Sent
	}
	joins := func(k int) bool { return d.toks[k].Lower == "and" || d.toks[k].Text == "," }
	if i > 0 && spans[i-1].to == s.from-1 && joins(s.from-1) && town(spans[i-1]) {
		return true
	}
	return i+1 < len(spans) && spans[i+1].from == s.to+1 && joins(s.to) && town(spans[i+1])
}

// insidePlaceList is true when span i comes right after a place with
// nothing between them (a list that lost its commas) and "and" a place
// follows it: "Bosra al-Sham Atman al-Hrak and al-Yadouda". The place
// before must not be a state or a region ("natives of the North Caucasus
// Abu Omar al-Shishani … and Salahuddin al-Shishani" ends with a person).
func (x *Extractor) insidePlaceList(d *document, spans []espan, i int) bool {
	s := spans[i]
	if i == 0 || i+1 >= len(spans) || s.to >= len(d.toks) || d.toks[s.to].Lower != "and" {
		return false
	}
	prev, next := spans[i-1], spans[i+1]
	if prev.to != s.from || prev.typ != "PLACE" || next.from != s.to+1 || next.typ != "PLACE" || x.gaz.isState(spanText(d, prev)) {
		return false
	}
	sent := d.toks[s.from].Sent
	return d.toks[prev.from].Sent == sent && d.toks[next.from].Sent == sent
}

// definedAsPlace is true when the words from token k define the name
// before them as a kind of place: "is a village in", "was a small town
// near", ", a village south of", "a hamlet within" (scraped text may lose
// the comma). The kind must end its phrase: "is a village elder" and "a
// city official" are people.
func definedAsPlace(d *document, k int) bool {
	kind, ok := definedAs(d, k, placeKinds, kindPhraseEnds, 2)
	return ok && !strings.HasSuffix(kind, "s") && kind != "area"
}

// definedAsBody is true when the words from token k define the name
// before them as a kind of organisation: "is an American rock band",
// ", a British multinational company based in", "was a record label".
func definedAsBody(d *document, k int) bool {
	_, ok := definedAs(d, k, bodyKinds, bodyPhraseEnds, 3)
	return ok
}

// definedAs finds a definition by one of kinds from token k (see
// definedKind) whose kind ends its phrase: the sentence or a capital
// follows, or one of ends ("a village in", "a band from").
func definedAs(d *document, k int, kinds, ends map[string]bool, max int) (string, bool) {
	kind, next := definedKind(d, k, kinds, max)
	if kind == "" {
		return "", false
	}
	return kind, next >= len(d.toks) || d.toks[next].Sent != d.toks[k-1].Sent || !isLowerWord(d.toks[next].Text) || ends[d.toks[next].Lower]
}

// definedKind reads "is a", "was an", ", a" (or a bare "a", where scraped
// text lost the comma) and up to max words before a noun of kinds from
// token k: the noun and the index after it, or "".
func definedKind(d *document, k int, kinds map[string]bool, max int) (string, int) {
	sent := func(j int) bool { return j < len(d.toks) && d.toks[j].Sent == d.toks[k-1].Sent }
	if sent(k) && d.toks[k].Text == "," {
		k++
	} else if sent(k) && (d.toks[k].Lower == "is" || d.toks[k].Lower == "was") {
		k++
	}
	// "is the largest city in", "the second-biggest rebel group": a
	// superlative makes "the" define as "a" does ("is the city's mayor"
	// defines nobody's kind)
	superlative := sent(k) && d.toks[k].Lower == "the" && sent(k+1) && isSuperlative(d.toks[k+1].Lower)
	if !sent(k) || d.toks[k].Lower != "a" && d.toks[k].Lower != "an" && !superlative {
		return "", k
	}
	k++
	// "a small", "a predominantly Kurdish", "an American rock": words that
	// qualify the kind, no phrase of their own ("a member of the group",
	// "a spokesman for participating faction" define people)
	for n := 0; n < max && sent(k) && isWordTok(d.toks[k].Text) && !kinds[d.toks[k].Lower] && !nameGlue[d.toks[k].Lower] && !phraseWords[d.toks[k].Lower]; n++ {
		k++
	}
	if !sent(k) || !kinds[d.toks[k].Lower] {
		return "", k
	}
	return d.toks[k].Lower, k + 1
}

// isSuperlative is true for "largest", "biggest", "second-largest" and the
// like (not "west", "rest", "interest").
func isSuperlative(w string) bool {
	if i := strings.LastIndexByte(w, '-'); i >= 0 {
		w = w[i+1:]
	}
	return superlatives[w]
}

// superlatives rank a place or body among its kind.
var superlatives = map[string]bool{
	"largest": true, "biggest": true, "oldest": true, "smallest": true, "richest": true, "poorest": true,
	"busiest": true, "strongest": true, "most": true, "main": true, "only": true, "northernmost": true,
	"southernmost": true, "easternmost": true, "westernmost": true,
}

// phraseWords open a phrase of their own inside a definition.
var phraseWords = map[string]bool{
	"in": true, "to": true, "with": true, "or": true, "by": true, "from": true, "at": true, "as": true,
	"that": true, "which": true, "who": true, "member": true, "spokesman": true, "leader": true,
}

// bodyKinds are the nouns that define a name as an organisation.
var bodyKinds = map[string]bool{
	"band": true, "company": true, "corporation": true, "firm": true, "label": true, "newspaper": true,
	"magazine": true, "airline": true, "manufacturer": true, "retailer": true, "publisher": true,
	"broadcaster": true, "charity": true, "militia": true, "faction": true, "club": true, "conglomerate": true,
	"organization": true, "organisation": true, "party": true, "agency": true, "bank": true, "group": true,
}

// bodyPhraseEnds may follow the kind in a definition: "a band from",
// "a company based in", "a group that".
var bodyPhraseEnds = map[string]bool{
	"based": true, "founded": true, "formed": true, "from": true, "in": true, "that": true, "which": true,
	"whose": true, "with": true, "and": true, "headquartered": true, "operating": true, "owned": true,
	"established": true, "created": true, "active": true,
}

// kindPhraseEnds may follow the kind in a definition: "a village in",
// "a town south of", "a hamlet within".
var kindPhraseEnds = map[string]bool{
	"in": true, "of": true, "near": true, "on": true, "within": true, "outside": true, "about": true,
	"some": true, "located": true, "situated": true, "which": true, "that": true, "where": true,
	"and": true, "with": true, "north": true, "south": true, "east": true, "west": true,
	"northeast": true, "northwest": true, "southeast": true, "southwest": true, "close": true,
}

// kindOfBefore is true when "<kind of place> of" comes right before span
// i, or before a list of names that ends with it (its commas may be lost).
func kindOfBefore(d *document, spans []espan, i int) bool {
	k, j := spans[i].from-1, i-1 // j: the span before, if the list steps onto it
	for {
		if k < 1 {
			return false
		}
		if d.toks[k].Lower == "of" {
			// "the town of", also in a headline's capitals ("City of")
			return placeKinds[d.toks[k-1].Lower]
		}
		// a place right before it where scraping lost the comma: "the
		// neighborhoods of al-Shaar al-Ansari Qazi Askar and Qastal Harami"
		if j >= 0 && spans[j].to == k+1 && spans[j].typ == "PLACE" {
			k = spans[j].from - 1
			j--
			continue
		}
		// step back over one earlier name of the list and its "and" or ","
		// (a name the tagger missed too: "al-Foua")
		if d.toks[k].Lower != "and" && d.toks[k].Text != "," {
			return false
		}
		if j >= 0 && spans[j].to == k {
			k = spans[j].from - 1
			j--
			continue
		}
		m := k - 1
		for m > 0 && m > k-4 && (isCap(d.toks[m].Text) || hasParticle(d.toks[m].Lower)) {
			m--
		}
		if m == k-1 {
			return false
		}
		k = m
	}
}

// groupNouns are lower-case kinds of organisation that a name in
// apposition follows ("the rebel group Fastaqim", "the daily al-Watan").
var groupNouns = map[string]bool{
	"group": true, "faction": true, "militia": true, "movement": true, "organisation": true,
	"organization": true, "agency": true, "newspaper": true, "daily": true, "channel": true,
	"broadcaster": true, "outlet": true, "website": true, "brigade": true, "coalition": true,
}

// firmNouns are lower-case kinds of business a company's name follows in
// apposition ("shipping firm Maersk", "defence contractor Raytheon", "the
// airline Lufthansa"). They are no heads of names (groupNouns are). Not
// "carrier": "the carrier Dwight D. Eisenhower" is a ship.
var firmNouns = map[string]bool{
	"firm": true, "company": true, "airline": true, "insurer": true, "lender": true,
	"contractor": true, "conglomerate": true, "manufacturer": true, "maker": true, "operator": true,
	"giant": true, "retailer": true, "broker": true, "miner": true,
}

// mediaNoun is true for the noun of an outlet at token k ("the official
// news agency Sana", "the daily Tishreen"): a town's name after it is the
// outlet's (a state's is not: "the agency Syria").
func mediaNoun(d *document, k int) bool {
	switch d.toks[k].Text {
	case "agency", "newspaper", "daily", "channel", "broadcaster", "outlet", "website":
		return true
	}
	return false
}

// mediaKinds are the lower-case nouns after an outlet's name ("Aamaq news
// agency", "Al-Manar reporter"); after a place they would name its local
// paper, so a known place keeps its type.
var mediaKinds = map[string]bool{
	"news": true, "agency": true, "newspaper": true, "channel": true, "broadcaster": true,
	"reporter": true, "correspondent": true, "website": true, "daily": true, "tv": true,
}

// namesGroupKind is true for a name, typed a person or a place, right
// before the kind of group it names. "The state-run Sana agency", "RIA
// news agency": a town's name before "agency" is an agency's all the same
// (a town has no agency of its own in the news). "The Hazzm movement",
// "the Baath party": a party's or movement's name may be a town's too.
// "Sawaiq al-Rahman brigade": a brigade or militia is named after a
// martyr, but one named after its town ("the Tal Abyad brigade") leaves
// the town a town. A state keeps its type before all of them ("US
// agency", "the Iran party" are the state's).
func (x *Extractor) namesGroupKind(d *document, s espan) bool {
	if s.typ == "ORG" || s.typ == "MISC" || s.prio > prioGaz || s.to >= len(d.toks) || d.toks[s.to].Sent != d.toks[s.from].Sent || hasClitic(d, s.to) {
		return false
	}
	name := spanText(d, s)
	if x.gaz.isState(name) {
		return false
	}
	next := d.toks[s.to].Text
	switch {
	case agencyNext(d, s.to), next == "party", next == "movement":
		return true
	case namedGroupKinds[next]:
		return x.gaz.lookup(name) == nil
	}
	return false
}

// agencyNext is true when token k opens "agency" or "news agency".
func agencyNext(d *document, k int) bool {
	if d.toks[k].Text == "news" && k+1 < len(d.toks) && d.toks[k+1].Sent == d.toks[k].Sent {
		k++
	}
	return d.toks[k].Text == "agency"
}

// namedGroupKinds are the lower-case kinds of armed group a name the
// gazetteer does not know names when it comes before them.
var namedGroupKinds = map[string]bool{
	"brigade": true, "brigades": true, "battalion": true, "militia": true, "faction": true,
}

// placeKinds are the lower-case nouns of kinds of places.
var placeKinds = map[string]bool{
	"neighborhood": true, "neighbourhood": true, "neighborhoods": true, "neighbourhoods": true,
	"island": true, "islands": true, "parish": true,
	"district": true, "districts": true, "town": true, "towns": true, "village": true, "villages": true,
	"province": true, "countryside": true, "suburb": true, "suburbs": true, "city": true, "region": true,
	"shrine": true, "governorate": true, "municipality": true, "hamlet": true, "quarter": true,
	"hill": true, "hills": true, "mountain": true, "square": true, "roundabout": true, "street": true,
	"outskirts": true, "river": true, "valley": true, "desert": true, "mountains": true, "plain": true,
	"plains": true, "lake": true, "dam": true, "airport": true, "airbase": true, "crossing": true,
	"highway": true, "cities": true, "area": true, "areas": true, "provinces": true, "governorates": true,
	"subdistrict": true, "subdistricts": true, "sub-district": true, "sub-districts": true, // UN reports' "Dana sub-district"
	// "south of Al Mayadeen": a bearing from a place
	"north": true, "south": true, "east": true, "west": true, "northeast": true, "northwest": true,
	"southeast": true, "southwest": true,
}

// siegeVerbs are done to towns, and their object, when the gazetteer
// knows the name, is the place: "warplanes struck Douma", "rebels captured
// Azaz", "families fled Aleppo". People are shot, killed or arrested,
// seldom shelled or captured by name, but a tagger trained on general news
// reads an unknown town after a verb as its human object. These verbs
// trust a gazetteer name (placeTrusted) and make a town of the tagger's
// person or organisation after them.
var siegeVerbs = map[string]bool{
	"struck": true, "hit": true, "shelled": true, "bombed": true, "bombarded": true, "pounded": true,
	"besieged": true, "encircled": true, "surrounded": true, "captured": true, "recaptured": true,
	"retook": true, "seized": true, "stormed": true, "overran": true, "liberated": true, "entered": true,
	"raided": true, "evacuated": true, "fled": true,
	"shelling": true, "bombing": true, "besieging": true, "pounding": true, "capturing": true,
	"retaking": true, "seizing": true, "liberating": true, "storming": true, "bombarding": true,
	"capture": true, "recapture": true, "retake": true, "seize": true, "liberate": true, "storm": true,
	"encircle": true, "besiege": true, "shell": true, "bombard": true,
	// taking ground, and the present tense of headlines ("Rebels Seize
	// Town", "Kurdish Militia Take Manbij", "Jets Pound Idlib")
	"take": true, "took": true, "taking": true, "enter": true, "enters": true, "entering": true,
	"captures": true, "recaptures": true, "retakes": true, "seizes": true, "storms": true,
	"liberates": true, "encircles": true, "besieges": true, "shells": true, "bombs": true,
	"pounds": true, "pound": true, "strike": true, "strikes": true, "hits": true, "raid": true, "raids": true,
}

// townAfterSiege is true for a one-word person span right after a siege
// verb that the gazetteer knows as a town.
func (x *Extractor) townAfterSiege(d *document, s espan) bool {
	return s.to-s.from == 1 && siegeVerbs[d.toks[s.from-1].Lower] && x.gaz.lookup(spanText(d, s)) != nil
}

// heldWord is a modifier that says who holds a place: "rebel-held",
// "IS-controlled", "besieged".
func heldWord(w string) bool {
	return strings.HasSuffix(w, "-held") || strings.HasSuffix(w, "-controlled") || strings.HasSuffix(w, "-besieged") || w == "besieged"
}

// heldBefore is true when a held word ends just before token k, also one
// whose holder the tokenizer split off as a name ("IS-held Dabiq" is IS,
// "-", "held").
func heldBefore(d *document, k int) bool {
	w := d.toks[k-1].Lower
	if heldWord(w) {
		return true
	}
	return k >= 3 && (w == "held" || w == "controlled" || w == "besieged") && d.toks[k-2].Text == "-" && d.toks[k-2].End == d.toks[k-1].Start
}

// locatives are prepositions that put what follows on the map: people
// are seldom "in" or "near" someone.
var locatives = map[string]bool{"in": true, "near": true, "outside": true, "inside": true, "around": true, "into": true, "toward": true, "towards": true, "nearby": true}

// hasClitic is true when token k is a possessive clitic ("'s", also
// spaced off as in tokenised text: "Lessing 's"): "in Smith's view" is
// about the person.
func hasClitic(d *document, k int) bool {
	if k >= len(d.toks) {
		return false
	}
	switch d.toks[k].Lower {
	case "'s", "’s", "'", "’":
		return true
	}
	return false
}

// articledPlaces adds the places the tagger left untagged after a
// preposition of place where the name opens with an Arabic article: "air
// strikes in al-Shadadi", "a camp near al-Habeet". Villages and quarters
// below the gazetteer's size are written so, and a tagger trained on
// general news has never seen them; after "in" or "near" such a name is
// a place unless the actor list knows it ("in al-Qaeda's ranks") or an
// organisation's head ends or follows it ("near al-Furqan Brigade
// positions"). "A report in al-Monitor" names an outlet.
func (x *Extractor) articledPlaces(d *document, spans []espan) []espan {
	covered := coveredTokens(len(d.toks), spans)
	for k := 1; k < len(d.toks); k++ {
		t := d.toks[k]
		if covered[k] || !capAfterArticle(t.Text) || !locatives[d.toks[k-1].Lower] || d.toks[k-1].Sent != t.Sent {
			continue
		}
		if k >= 2 && writingNouns[d.toks[k-2].Lower] {
			continue
		}
		end := k + 1
		for end < len(d.toks) && end < k+3 && !covered[end] && d.toks[end].Sent == t.Sent && (capAfterArticle(d.toks[end].Text) || isCap(d.toks[end].Text) && !isAcronym(d.toks[end].Text)) {
			end++
		}
		if end < len(d.toks) && orgHeads[d.toks[end].Lower] || orgHeads[d.toks[end-1].Lower] ||
			x.actors.get(d.text[t.Start:d.toks[end-1].End]) != nil || x.actors.get(t.Text) != nil {
			continue // "near al-Furqan Brigade positions", "in al-Nusra front lines"
		}
		spans = addSpan(spans, espan{from: k, to: end, typ: "PLACE", conf: 0.6, prio: prioRule})
		k = end - 1
	}
	return spans
}

// kindedPlaces finds a place the tagger and the gazetteer both missed by
// the kind of region written after it in lower case: "Mali's Kidal
// region", "the Sagaing region", "the Hasakah governorate". One or two capitalised
// words that no span covers, not opening the sentence, not a demonym
// ("the Kurdish region") and not a listed name.
func (x *Extractor) kindedPlaces(d *document, spans []espan) []espan {
	covered := coveredTokens(len(d.toks), spans)
	for k := 1; k+1 < len(d.toks); k++ {
		if !regionKinds[d.toks[k].Text] || covered[k-1] || !isCap(d.toks[k-1].Text) || !isWordTok(d.toks[k-1].Text) || d.toks[k-1].Sent != d.toks[k].Sent {
			continue
		}
		from := k - 1
		if from-1 >= 0 && !covered[from-1] && isCap(d.toks[from-1].Text) && isWordTok(d.toks[from-1].Text) && d.toks[from-1].Sent == d.toks[k].Sent {
			from--
		}
		s := d.sents[d.toks[k].Sent]
		if from == s.From || isCap(d.toks[from-1].Text) && isWordTok(d.toks[from-1].Text) {
			continue // a sentence's first word, or a longer run of capitals
		}
		name := d.text[d.toks[from].Start:d.toks[k-1].End]
		if x.allDemonyms(d, from, k) || x.actors.get(name) != nil || stopCaps[d.toks[from].Lower] || sentenceOpeners[d.toks[from].Lower] || x.regionAdjective(d.toks[k-1]) {
			continue
		}
		spans = addSpan(spans, espan{from: from, to: k, typ: "PLACE", conf: 0.6, prio: prioRule})
	}
	// "the town of Pont-Sondé", "the village of Dumba": a name no one
	// found after the kind of a town is the town's
	for k := 2; k+1 < len(d.toks); k++ {
		if d.toks[k].Lower != "of" || !townKinds[d.toks[k-1].Text] || d.toks[k-2].Lower != "the" {
			continue
		}
		to := k + 1
		for to < len(d.toks) && to <= k+3 && !covered[to] && d.toks[to].Sent == d.toks[k].Sent && isCap(d.toks[to].Text) && isWordTok(d.toks[to].Text) {
			to++
		}
		if to == k+1 || to < len(d.toks) && covered[to] && d.toks[to].Sent == d.toks[k].Sent {
			continue // nothing, or the start of a name someone found
		}
		first := d.toks[k+1]
		if name := d.text[first.Start:d.toks[to-1].End]; stopCaps[first.Lower] || sentenceOpeners[first.Lower] || monthNames[first.Lower] > 0 || x.actors.get(name) != nil || x.allDemonyms(d, k+1, to) {
			continue
		}
		spans = addSpan(spans, espan{from: k + 1, to: to, typ: "PLACE", conf: 0.6, prio: prioRule})
	}
	return spans
}

// adminAreas types the areas of a state's administration that the tagger
// reads as bodies: "Kukawa Local Government Area of Borno State" (a
// Nigerian district, and the state it lies in) and the tagger's body
// after "the governor of" that is no institution ("the governor of Norte
// de Santander"; not "the governor of the Central Bank"), and the
// tagger's person with the kind of region after it ("Momo division").
func (x *Extractor) adminAreas(d *document, spans []espan) []espan {
	var added []espan
	for i, s := range spans {
		// "the senior divisional officer for Momo division": a name with
		// the kind of region after it is no person
		if s.typ == "PERSON" && s.prio == prioTagger && s.to-s.from <= 2 && s.to < len(d.toks) && (regionKinds[d.toks[s.to].Text] || d.toks[s.to].Text == "division") {
			spans[i].typ, spans[i].canon, spans[i].prio = "PLACE", "", prioRule
			continue
		}
		if s.prio >= prioActor || s.typ == "PERSON" {
			continue
		}
		for k := s.from + 1; k+3 <= s.to; k++ {
			if d.toks[k].Text != "Local" || d.toks[k+1].Text != "Government" || d.toks[k+2].Text != "Area" {
				continue
			}
			end := k + 3
			if end+1 < s.to && d.toks[end].Lower == "of" {
				added = append(added, espan{from: end + 1, to: s.to, typ: "PLACE", conf: 0.8, prio: prioRule})
			}
			spans[i].to, spans[i].typ, spans[i].canon, spans[i].prio = end, "PLACE", "", prioRule
			break
		}
		last := d.toks[s.to-1].Lower
		// "Nasir County, Upper Nile State": an area after a place and a
		// comma, or one the gazetteer knows without its kind ("Khojavend
		// District"; not "Fairmont State", "Ohio State": a university)
		if kind := d.toks[s.to-1].Text; s.typ == "ORG" && s.prio == prioTagger && s.to-s.from >= 2 && areaKinds[kind] &&
			(i > 0 && spans[i-1].typ == "PLACE" && spans[i-1].to+1 == s.from && d.toks[s.from-1].Text == "," ||
				kind != "State" && x.gaz.lookup(d.text[d.toks[s.from].Start:d.toks[s.to-2].End]) != nil) {
			spans[i].typ, spans[i].canon, spans[i].prio = "PLACE", "", prioRule
			continue
		}
		if s.typ == "ORG" && s.prio == prioTagger && s.from >= 2 && d.toks[s.from-1].Lower == "of" && d.toks[s.from-2].Lower == "governor" &&
			!orgHeads[last] && !institutionHeads[last] && !isAcronym(d.toks[s.from].Text) && !x.givenIn(d, s) {
			spans[i].typ, spans[i].prio = "PLACE", prioRule
		}
	}
	return withSpans(spans, added)
}

// areaKinds end the names of a state's administrative areas.
var areaKinds = map[string]bool{
	"State": true, "Province": true, "County": true, "Region": true, "District": true, "Governorate": true,
	"Oblast": true, "Prefecture": true,
}

// givenIn is true when a word of span s is a given name: "the governor
// of Homs Talal Barazi" runs the place into the governor's name.
func (x *Extractor) givenIn(d *document, s espan) bool {
	for k := s.from; k < s.to; k++ {
		if x.gaz.isGiven(d.toks[k].Text) {
			return true
		}
	}
	return false
}

// townKinds are the kinds of a town or a part of one that "the … of"
// names.
var townKinds = map[string]bool{
	"town": true, "village": true, "city": true, "hamlet": true, "district": true, "neighbourhood": true,
	"neighborhood": true, "municipality": true, "commune": true, "locality": true, "settlement": true,
	"suburb": true, "township": true,
}

// fighterGroups finds a group the tagger and the lists both missed by its
// fighters written after it: "FARDC-allied Wazalendo fighters", "Fano
// militiamen". One capitalised word that no span covers, not an everyday
// word, a people ("Kurdish fighters"), an adjective ("Islamist
// militants"), a given name or a place the gazetteer knows, after no
// other capitalised word.
func (x *Extractor) fighterGroups(d *document, spans []espan) []espan {
	// the tagger's one-word MISC is open to it too: it reads an unknown
	// name before "fighters" as a people's adjective
	misc := map[int]int{}
	var named []espan
	for i, s := range spans {
		if s.typ == "MISC" && s.prio == prioTagger && s.to-s.from == 1 {
			misc[s.from] = i
			continue
		}
		named = append(named, s)
	}
	covered := coveredTokens(len(d.toks), named)
	var added []espan
	for k := 0; k+1 < len(d.toks); k++ {
		t := d.toks[k]
		if covered[k] || !fighterWords[d.toks[k+1].Text] || d.toks[k+1].Sent != t.Sent || !isCap(t.Text) || !isWordTok(t.Text) {
			continue
		}
		if k > 0 && d.toks[k-1].Sent == t.Sent && isCap(d.toks[k-1].Text) && isWordTok(d.toks[k-1].Text) && !x.regionAdjective(d.toks[k-1]) {
			continue // part of a longer run of capitals
		}
		// (nor a number, an adverb or a stance: "Thirteen militants",
		// "Lately", "Anti-Damascus fighters")
		if x.gaz.lower[t.Lower] || stopCaps[t.Lower] || sentenceOpeners[t.Lower] || x.regionAdjective(t) || x.isDemonym(t.Text) ||
			numberWords[t.Lower] > 0 || vagueNumbers[t.Lower] || strings.HasSuffix(t.Lower, "ly") || strings.Contains(t.Text, "-") ||
			x.stateOrPeople(t.Text) || x.gaz.lookup(t.Text) != nil || hasClitic(d, k+1) {
			continue
		}
		if i, ok := misc[k]; ok {
			spans[i].typ, spans[i].prio, spans[i].conf = "ORG", prioRule, 0.6
			continue
		}
		added = append(added, espan{from: k, to: k + 1, typ: "ORG", conf: 0.6, prio: prioRule})
	}
	return withSpans(spans, added)
}

// fighterWords name a group's fighters after its name.
var fighterWords = map[string]bool{
	"rebels": true, "fighters": true, "militants": true, "militiamen": true, "insurgents": true,
	"guerrillas": true, "jihadists": true, "gunmen": true,
}

// regionAdjective is true for a word before a region's kind that
// describes the region instead of naming it: an everyday word ("Central"),
// an adjective's ending ("Islamic", "Islamized", "Northern"), or a
// compound in lower case after its hyphen ("Kurdish-populated") or of
// places ("the Afghanistan-Pakistan region").
func (x *Extractor) regionAdjective(t token) bool {
	if x.gaz.lower[t.Lower] {
		return true
	}
	for _, suf := range []string{"ic", "ed", "ish", "ese", "ern", "ian"} {
		if strings.HasSuffix(t.Lower, suf) {
			return true
		}
	}
	parts := strings.Split(t.Text, "-")
	if len(parts) < 2 {
		return false
	}
	places := 0
	for _, p := range parts[1:] {
		if !isCap(p) {
			return true
		}
	}
	for _, p := range parts {
		if x.gaz.lookup(p) != nil {
			places++
		}
	}
	return places == len(parts)
}

// regionKinds name a region after its name, in lower case ("state" and
// "county" also qualify other nouns: "the Democratic state party").
var regionKinds = map[string]bool{
	"region": true, "province": true, "governorate": true, "district": true, "oblast": true,
	"prefecture": true,
}

// writingNouns name a piece of writing: "a report in al-Monitor" is in an
// outlet, not a place.
var writingNouns = map[string]bool{
	"report": true, "article": true, "interview": true, "editorial": true, "column": true, "op-ed": true,
	"published": true, "wrote": true, "writing": true, "statement": true,
}

// companiesByContext makes a name the text treats as a company once an
// organisation in every mention: "shares of Nokia", "Pfizer shares",
// "Nike's chief executive", "Starbucks said on Monday it would". A
// tagger that never saw the name reads it as a person before "said", and
// the gazetteer's town of Nokia as a place. A state keeps its type
// ("Russia said it would"), and so does a listed name.
func (x *Extractor) companiesByContext(d *document, spans []espan) []espan {
	// the last words of the people the document names in full or with a
	// title: "Netanyahu said it would hit back" speaks for a state
	surnames := map[string]bool{}
	for _, s := range spans {
		if s.typ == "PERSON" && (s.to-s.from >= 2 || s.from > 0 && isTitle(d.toks[s.from-1])) {
			for k := s.from + 1; k < s.to; k++ {
				surnames[spanText(d, espan{from: k, to: s.to})] = true // "Rahman", "Abdel Rahman"
			}
			if s.to-s.from == 1 {
				surnames[spanText(d, s)] = true
			}
		}
	}
	firms := map[string]bool{}
	for _, s := range spans {
		if s.typ == "PERSON" && surnames[spanText(d, s)] {
			continue
		}
		if s.typ != "MISC" && s.prio < prioActor && s.to-s.from <= 3 && x.companyCue(d, s) && !x.gaz.isState(spanText(d, s)) {
			firms[spanText(d, s)] = true
		}
	}
	if len(firms) == 0 {
		return spans
	}
	for i, s := range spans {
		if s.typ != "ORG" && s.typ != "MISC" && s.prio < prioActor && firms[spanText(d, s)] {
			spans[i].typ, spans[i].prio = "ORG", prioRule
		}
	}
	return spans
}

// companyCue is true when the words around span s make it a company:
// "shares of X", "a stake in X", "chief executive of X", "X shares",
// "X's chief executive", and, for the tagger's person, "X said on Monday
// it would". A big town keeps its type ("Tokyo shares fell", "chief
// executive of Toledo, Ohio-based Meridian"), and a person has a stake
// and shares of his own ("Asher Edelman's stake").
func (x *Extractor) companyCue(d *document, s espan) bool {
	w := func(k int) string {
		if k < 0 || k >= len(d.toks) || d.toks[k].Sent != d.toks[s.from].Sent {
			return ""
		}
		return d.toks[k].Lower
	}
	f, t := s.from, s.to
	if p := x.gaz.lookup(spanText(d, s)); p != nil && p.Pop >= 100000 {
		return false
	}
	switch w(f - 1) {
	case "of":
		if ofCompany[w(f-2)] || w(f-2) == "executive" && w(f-3) == "chief" || w(f-2) == "officer" && w(f-3) == "executive" {
			return true
		}
	case "in":
		if w(f-2) == "stake" || w(f-2) == "shares" {
			return true
		}
	}
	// "Sinn Fein leader Gerry Adams", "Paribas chairman Michel
	// Francois-Poncet": an office only a body has, then its holder's name
	// (not a town's: "Saraqib commander …"; not a person's aide: "Trump
	// adviser …")
	if bodyOffices[w(t)] && isLowerWord(d.toks[t].Text) && t+1 < len(d.toks) && w(t+1) != "" && isCap(d.toks[t+1].Text) && x.gaz.lookup(spanText(d, s)) == nil {
		return true
	}
	if w(t) == "'s" {
		if w(t+1) == "ceo" || w(t+1) == "chief" && w(t+2) == "executive" || w(t+1) == "shareholders" {
			return true
		}
	} else if (w(t) == "shares" || w(t) == "stock") && !marketNouns[w(t+1)] {
		return true
	}
	// "X said on Monday it would": a person is no "it"
	if s.typ != "PERSON" || s.prio != prioTagger || !reportingVerbs[w(t)] && w(t) != "announced" || f > 0 && isTitle(d.toks[f-1]) {
		return false
	}
	// the "it" right after the verb and its date: "said on Monday it",
	// not "said the opposition was focusing its efforts"
	for k := t + 1; k <= t+5 && w(k) != ""; k++ {
		if isCap(d.toks[k].Text) && weekdayNames[w(k)] == 0 || w(k) == "the" || w(k) == "a" {
			return false
		}
		switch w(k) {
		case "its":
			return true
		case "it":
			// "it would cut jobs", not "it was time" nor "said it himself"
			v := w(k + 1)
			if v == "had" || v == "has" {
				return w(k+2) != "been"
			}
			return companyVerbs[v] && w(k+2) != "be"
		case "he", "she", "his", "her", "that", ",":
			return false
		}
	}
	return false
}

// bodyOffices are the offices, in lower case after a name, that only a
// company, a party or a group has.
var bodyOffices = map[string]bool{
	"leader": true, "chairman": true, "chairwoman": true, "chief": true, "ceo": true, "president": true,
	"founder": true, "boss": true, "secretary-general": true,
}

// ofCompany are what a company has, before "of" its name.
var ofCompany = map[string]bool{
	"shares": true, "stock": true, "shareholders": true, "stockholders": true, "subsidiary": true, "unit": true,
}

// marketNouns after "X shares" or "X stock" make X a market's town:
// "the London stock exchange".
var marketNouns = map[string]bool{"exchange": true, "exchanges": true, "market": true, "markets": true, "index": true, "indices": true, "prices": true}

// companyVerbs follow the "it" of a company's statement.
var companyVerbs = map[string]bool{
	"would": true, "will": true, "could": true, "plans": true, "planned": true, "expects": true, "expected": true,
	"intends": true, "aims": true, "agreed": true, "reached": true, "signed": true, "cut": true, "raised": true,
}

// namesByKind types a name by the kind of thing written after it in lower
// case, which says more than the name's own look: an outlet ("the
// pro-government Al-Watan newspaper", "the Aamaq news agency", "Al-Manar
// TV") is an organisation, and a camp, road or crossing ("the Abu Shouk
// camp", "the Castello road") a place. A tagger that never saw the name
// reads it as a person or a group, or misses it. Listed names keep their
// type, and an acronym or a group's name before "camp" is the group's
// ("an ISIS camp", "a Wagner camp").
func (x *Extractor) namesByKind(d *document, spans []espan) []espan {
	for k := 1; k < len(d.toks); k++ {
		typ := kindOfName(d, k)
		if typ == "" {
			continue
		}
		from, to := x.nameBeforeKind(d, k)
		if from == to {
			continue
		}
		if typ == "-" {
			spans = namesakeNoPerson(d, spans, from, to)
			continue
		}
		name := d.text[d.toks[from].Start:d.toks[to-1].End]
		if to-from == 1 && x.gaz.lower[d.toks[from].Lower] {
			continue // "State news agency", "Opposition website"
		}
		gang := d.toks[k].Lower == "gang" || d.toks[k].Lower == "cartel"
		if typ == "ORG" && !gang && x.gaz.lookup(name) != nil {
			continue // "a UK newspaper", "Syria TV": the country's
		}
		if typ == "ORG" && !gang && !outletWords[d.toks[k].Lower] && !capAfterArticle(d.toks[from].Text) && !hasParticle(d.toks[from].Lower) {
			continue // "CBS television": only an Arabic name is sure to be the channel's
		}
		if typ == "PLACE" && (placeCompound(x, d, from, to) || isAcronym(d.toks[to-1].Text) || orgHeads[d.toks[to-1].Lower] || from > 0 && (d.toks[from-1].Lower == "a" || d.toks[from-1].Lower == "an")) {
			continue
		}
		keep := true
		for _, s := range spans {
			// a listed name, or one already typed so ("Al-Manar TV" with its kind)
			if s.from < to && from < s.to && (s.prio >= prioActor || s.typ == typ && s.from <= from && s.to >= to) {
				keep = false
			}
		}
		if !keep {
			continue
		}
		out := spans[:0]
		for _, s := range spans {
			if !(s.from < to && from < s.to) {
				out = append(out, s)
			}
		}
		spans = addSpan(out, espan{from: from, to: to, typ: typ, conf: 0.7, prio: prioRule})
	}
	return spans
}

// kindOfService is true for "service" at token k after the kind of
// service ("Israel's ambulance service Magen David Adom", "the security
// service Shin Bet"), not after an article ("director of the service
// Taysir Hammoud said").
func kindOfService(d *document, k int) bool {
	return k > 0 && d.toks[k].Text == "service" && isLowerWord(d.toks[k-1].Text) && !determiners[d.toks[k-1].Lower] && d.toks[k-1].Sent == d.toks[k].Sent
}

// campKinds say what a camp is for, between its name and "camp": not a
// group's ("an ISIS training camp").
var campKinds = map[string]bool{"displacement": true, "refugee": true, "idp": true, "displaced": true, "detention": true}

// kindOfName is the type of a name that the lower-case kind at token k
// gives the name before it, or "".
func kindOfName(d *document, k int) string {
	w := d.toks[k].Lower
	if d.toks[k].Text != w && w != "tv" {
		return ""
	}
	switch {
	case outletWords[w] || w == "tv" || w == "television" || w == "channel":
		return "ORG"
	case w == "news" && k+1 < len(d.toks) && d.toks[k+1].Text == "agency":
		return "ORG"
	case w == "gang" || w == "cartel":
		return "ORG" // "the Santa Rosa de Lima gang", "the Sinaloa cartel": named after a place
	// (a village or township the tagger does not know: "on Kyauk Ni Maw
	// village", "in Ann township")
	case w == "camp" || w == "road" || w == "highway" || w == "crossing" || w == "village" || w == "township" || w == "hamlet":
		return "PLACE"
	// (the last of a list: "Zamzam, Abu Shouk and Al Salam camps")
	case (w == "camps" || w == "villages") && k > 1 && d.toks[k-1].Sent == d.toks[k].Sent && listBefore(d, k):
		return "PLACE"
	case w == "border" && k+1 < len(d.toks) && (d.toks[k+1].Lower == "crossing" || d.toks[k+1].Lower == "gate" || d.toks[k+1].Lower == "post"):
		return "PLACE" // "the Bab al-Hawa border crossing"
	case campKinds[w] && k+1 < len(d.toks) && (d.toks[k+1].Lower == "camp" || d.toks[k+1].Lower == "site"):
		return "PLACE" // "the Abu Shouk displacement camp", "Bulengo displacement site"
	case facilityKinds[w]:
		return "-"
	}
	return ""
}

// listBefore is true when a name right before token k ends a list of
// names: "…, Abu Shouk and Al Salam camps".
func listBefore(d *document, k int) bool {
	for j := k - 1; j > 0 && j >= k-4; j-- {
		if !isCap(d.toks[j].Text) {
			return d.toks[j].Lower == "and" && j < k-1
		}
	}
	return false
}

// facilityKinds are buildings named after a person, whose name before the
// kind in lower case is no mention of that person ("the Abu Hussein
// school", "the Kamal Adwan hospital").
var facilityKinds = map[string]bool{
	"school": true, "hospital": true, "mosque": true, "clinic": true, "stadium": true, "church": true,
}

// namesakeNoPerson retypes the tagger's person that is exactly the name
// [from, to) of a building after "the" as the building's organisation,
// as the tagger reads most of them: the building was named after someone,
// who is not in the story. A name the document gives elsewhere as a
// person stays.
func namesakeNoPerson(d *document, spans []espan, from, to int) []espan {
	if !namedBuilding(d, from, to) {
		return spans
	}
	name := spanText(d, espan{from: from, to: to})
	persons := 0
	for _, s := range spans {
		if s.typ == "PERSON" && spanText(d, s) == name {
			persons++
		}
	}
	for i, s := range spans {
		if s.from == from && s.to == to && s.typ == "PERSON" && s.prio == prioTagger && persons == 1 {
			spans[i].typ = "ORG"
		}
	}
	return spans
}

// namedBuilding is true when the name [from, to) stands between "the" and
// a building's kind in lower case ("the Abu Hussein school").
func namedBuilding(d *document, from, to int) bool {
	return from > 0 && d.toks[from-1].Lower == "the" && to < len(d.toks) && facilityKinds[d.toks[to].Text]
}

// outletWords name a kind of outlet after its name in lower case.
var outletWords = map[string]bool{
	"newspaper": true, "daily": true, "weekly": true, "magazine": true, "tabloid": true, "broadcaster": true,
}

// nameBeforeKind is the run of capitalised words (with Arabic articles,
// an inner "of" or a Spanish or Portuguese "de") right before token k, without an opening article or
// people's adjective ("the Lebanese Al-Manar TV"): from == to when there
// is none.
func (x *Extractor) nameBeforeKind(d *document, k int) (from, to int) {
	sent := d.toks[k].Sent
	from, to = k, k
	for j := k - 1; j >= 0 && j >= k-5 && d.toks[j].Sent == sent; j-- {
		t, l := d.toks[j].Text, d.toks[j].Lower
		inner := j+1 < k && isCap(d.toks[j+1].Text) && j > 0 && isCap(d.toks[j-1].Text)
		if isCap(t) && isWordTok(t) && capsAfterHyphens(t) && kindOfName(d, j) == "" || capAfterArticle(t) || (l == "of" || l == "al" || l == "el" || placeParticles[l]) && inner {
			from = j
			continue
		}
		break
	}
	for from < to && (articles[d.toks[from].Lower] || x.isDemonym(d.toks[from].Text) || sentenceOpeners[d.toks[from].Lower]) {
		from++
	}
	// "Shelling of Abu Shouk camp": a word news writes in lower case,
	// capitalised only as the sentence's first, is no part of the name
	if from+2 < to && (from == 0 || d.toks[from-1].Sent != sent) && x.gaz.lower[d.toks[from].Lower] && d.toks[from+1].Lower == "of" {
		from += 2
	}
	return from, to
}

// capsAfterHyphens is false for a compound whose later part is in lower
// case: "English-language", "Kurdish-led" describe, they do not name.
func capsAfterHyphens(w string) bool {
	parts := strings.Split(w, "-")
	for _, p := range parts[1:] {
		if p != "" && !isCap(p) {
			return false
		}
	}
	return true
}

// placeCompound is true when a word of the name joins places with a
// hyphen ("the Hasaka-Qamishli road", "the Damascus-Beirut highway"):
// the road runs between two places and is not a third.
func placeCompound(x *Extractor, d *document, from, to int) bool {
	for k := from; k < to; k++ {
		parts := strings.Split(d.toks[k].Text, "-")
		if len(parts) < 2 || capAfterArticle(d.toks[k].Text) {
			continue
		}
		if x.gaz.lookup(parts[0]) != nil || x.gaz.lookup(parts[len(parts)-1]) != nil || k+1 < to {
			return true
		}
	}
	return false
}

// namedAfterKindOf joins the tagger's pieces of one unknown name after
// "the village of", "the town of" …: "the village of Kyauk Ni Maw" came
// out as the place "Kyauk" and the person "Ni Maw". Pieces that touch,
// with no word between, of four words at most and not all places, are one
// place.
func namedAfterKindOf(d *document, spans []espan) []espan {
	out := spans[:0]
	for i := 0; i < len(spans); i++ {
		s := spans[i]
		if s.prio == prioTagger && s.from >= 2 && d.toks[s.from-1].Lower == "of" && placeKinds[d.toks[s.from-2].Text] {
			j := i
			for j+1 < len(spans) && spans[j+1].from == spans[j].to && spans[j+1].prio == prioTagger &&
				spans[j+1].to-s.from <= 4 && d.toks[spans[j+1].from].Sent == d.toks[s.from].Sent {
				j++
			}
			// (places side by side are a list that lost its commas: "the
			// towns of Arbin Kafarbatna Jisreen Otoya")
			mixed := false
			for _, p := range spans[i : j+1] {
				mixed = mixed || p.typ != "PLACE"
			}
			if j > i && mixed {
				s.to, s.typ, s.canon = spans[j].to, "PLACE", ""
				for _, p := range spans[i+1 : j+1] {
					s.conf = min(s.conf, p.conf)
				}
				i = j
			}
		}
		out = append(out, s)
	}
	return out
}
