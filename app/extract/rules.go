package extract

import (
	"slices"
	"sort"
	"strings"
	"unicode"
)

// groupHeads begin the names of armed groups of the region in
// transliteration: "Jaish a-Nasr", "Liwa al-Quds", "Harakat Nour al-Din".
var groupHeads = map[string]bool{
	"jaish": true, "jaysh": true, "jeish": true, "jabhat": true, "liwa": true, "liwaa": true, "harakat": true, "ahrar": true,
	"hay'at": true, "hayat": true, "hayaat": true, "kataib": true, "kata'ib": true, "katibat": true, "saraya": true,
	"ansar": true, "jund": true, "faylaq": true, "failaq": true, "firqat": true, "tajammu": true, "tajamu": true,
	"alwiya": true, "alwiyat": true, "fawj": true, "hizb": true, "jamaat": true, "jama'at": true, "quwat": true,
	"asaib": true, "asa'ib": true, "tanzim": true, "majlis": true, "junud": true, "thuwar": true, "usud": true,
}

// placeHeads begin place names of the region: hill, village, monastery,
// spring, mountain, ruin, well, cape, palace, house, bridge, valley, town, castle,
// caravanserai ("Khan Shaykhun", "Khan Younis": a surname Khan comes last),
// fort ("Fort Campbell").
var placeHeads = map[string]bool{
	"khan": true, "fort": true,
	"tal": true, "tall": true, "tel": true, "tell": true, "kafr": true, "kfar": true, "kafar": true, "kefr": true, "deir": true,
	"dayr": true, "ain": true, "ayn": true, "jabal": true, "jebel": true, "jabel": true, "khirbet": true,
	"khirbat": true, "bir": true, "ras": true, "qasr": true, "maarat": true, "ma'arat": true, "beit": true,
	"bayt": true, "jisr": true, "wadi": true, "marj": true, "umm": true, "um": true,
	// suburb ("Dahiyet al-Assad"), well ("Jubb al-Jarrah"), ruin, cairn
	// ("Rasm al-Tawil"), farm, river
	"dahiyet": true, "dahiyat": true, "jubb": true, "kherbet": true, "kherbat": true, "khirbit": true,
	"rasm": true, "mazraat": true, "qassr": true, "nahr": true,
	// spellings of ma'arrat (a town: "Maaret al-Numan", "Maarat Misrin") and
	// qal'at (castle: "Qalaat al-Madiq")
	"maaret": true, "maarrat": true, "ma'arrat": true, "ma’arat": true, "ma’arrat": true, "qalaat": true,
	"qalat": true, "qal'at": true,
	// Israel's collective villages ("Kibbutz Nir Oz", "Moshav Netiv HaAsara")
	"kibbutz": true, "moshav": true,
}

// orgHeads end organisation names: "Free Idlib Army", "Sultan Murad
// Division", "Syrian Observatory for Human Rights" is handled by the list.
var orgHeads = map[string]bool{
	"army": true, "brigade": true, "brigades": true, "battalion": true, "battalions": true, "front": true,
	"forces": true, "movement": true, "council": true, "party": true, "group": true, "division": true,
	"corps": true, "regiment": true, "militia": true, "militias": true, "agency": true, "ministry": true,
	"committee": true, "union": true, "organization": true, "organisation": true, "coalition": true,
	"commission": true, "authority": true, "institute": true, "university": true, "network": true,
	"observatory": true, "alliance": true, "federation": true, "league": true, "association": true,
	"foundation": true, "court": true, "parliament": true, "navy": true, "guard": true, "guards": true,
	"police": true, "unit": true, "units": true, "service": true, "services": true, "company": true,
	"bank": true, "fund": true, "program": true, "programme": true, "office": true, "department": true,
	"assembly": true, "command": true, "inc": true, "corp": true, "corporation": true, "ltd": true,
	"llc": true, "plc": true, "co": true, "airlines": true, "airways": true, "news": true, "times": true,
	"force": true, "wing": true, "squadron": true, "fleet": true, "battery": true, "cartel": true, "gang": true,
	"cooperative": true, "society": true,
}

// placeTails end names of places that no gazetteer of towns lists: roads,
// crossings, camps, bases, districts.
var placeTails = map[string]bool{
	"road": true, "street": true, "highway": true, "motorway": true, "square": true, "airport": true,
	"airbase": true, "airfield": true, "crossing": true, "dam": true, "mountains": true, "valley": true,
	"district": true, "province": true, "governorate": true, "countryside": true, "camp": true,
	"neighbourhood": true, "neighborhood": true, "prison": true, "desert": true, "plain": true,
	"plains": true, "heights": true, "river": true, "lake": true, "island": true, "peninsula": true,
	"base": true, "tower": true, "mosque": true, "cathedral": true, "stadium": true, "bridge": true,
	// waters, land and grounds whose word is no common surname ("Brook",
	// "Marsh", "Mills", "Ridge" and "Bay" are, and stay out)
	"pond": true, "creek": true, "coulee": true, "reservoir": true, "canal": true, "canyon": true,
	"glacier": true, "fjord": true, "lagoon": true, "estuary": true, "oasis": true, "harbour": true,
	"harbor": true, "gym": true, "playfield": true,
}

var ledGroups = map[string]bool{"coalition": true, "coalitions": true, "alliance": true, "forces": true, "force": true}

// nameGlue may sit inside a multi-word name between capitalised words.
var nameGlue = map[string]bool{"of": true, "for": true, "and": true, "the": true, "al": true, "el": true, "a": true, "de": true, "on": true}

// ofNames extends an organisation or a place whose name goes on with "of"
// or "for" and a capitalised name: the tagger, which seldom carries a
// name across a lower-case word, cuts "University | of London", "Council
// | of Europe", "Army | of the Potomac", "Gulf | of Aden", "Institute |
// for Palestinian Studies". The place after "of" is part of the whole,
// not a mention of its own. everyday is true for a word news writes in
// lower case, known for a place the gazetteer knows.
func ofNames(d *document, spans []espan, everyday, known func(string) bool) []espan {
	out := spans[:0]
	for i := 0; i < len(spans); i++ {
		s := spans[i]
		if a, b, ok := twoBodies(d, s, known); ok {
			out = append(out, a, b)
			continue
		}
		prevEnd := 0
		if len(out) > 0 {
			prevEnd = out[len(out)-1].to
		}
		if from := headBeforePiece(d, s, prevEnd, everyday); from < s.from {
			s.from, s.canon = from, ""
			out = append(out, s)
			continue
		}
		head := d.toks[s.to-1].Lower
		if s.prio >= prioActor || !isCap(d.toks[s.from].Text) || !(s.typ == "ORG" && (orgHeads[head] || institutionHeads[head] || onHeads[head]) || s.typ == "PLACE" && placeOfHeads[head]) {
			out = append(out, s)
			continue
		}
		k := s.to
		// "Convention on Certain Conventional Weapons", "Council on
		// Foreign Relations"
		on := k < len(d.toks) && d.toks[k].Lower == "on" && onHeads[head]
		if k+1 >= len(d.toks) || d.toks[k].Lower != "of" && d.toks[k].Lower != "for" && !on || d.toks[k].Sent != d.toks[s.from].Sent {
			out = append(out, s)
			continue
		}
		k++
		if d.toks[k].Lower == "the" && k+1 < len(d.toks) {
			k++
		}
		end := capsRun(d, k, d.toks[s.from].Sent)
		if end == k {
			out = append(out, s)
			continue
		}
		end = ofChain(d, spans[i+1:], end, d.toks[s.from].Sent)
		// the spans inside go: after "of" a place ("University of
		// London"), after "for the" the tagger's piece of the name
		// ("Group for the | Support of Islam and Muslims": an everyday
		// word opens it), after a bare "for" or a name none ("Super League
		// for FC Basel", "League for the St. Louis Eagles" name the club); a
		// listed name, another name, or a span that reaches beyond, keeps
		// the name as it was
		of := d.toks[s.to].Lower == "of" || on
		forThe := !of && s.to+2 < len(d.toks) && d.toks[s.to+1].Lower == "the" && everyday(d.toks[s.to+2].Lower)
		j := i + 1
		for j < len(spans) && spans[j].to <= end && spans[j].prio < prioActor && (of && spans[j].typ == "PLACE" || (forThe || on) && spans[j].typ != "PERSON") {
			j++
		}
		if j < len(spans) && spans[j].from < end {
			out = append(out, s)
			continue
		}
		s.to, s.canon = end, ""
		out = append(out, s)
		i = j - 1
	}
	return out
}

// headBeforePiece is where an organisation starts that the tagger found
// only after "for the" or "of the" ("The Alliance for the | Restoration
// of Peace"): at the body's head before it, with up to three capitalised
// words before the head, none before prevEnd. The piece opens with an
// everyday word; a name of its own ("Division of the | IV Corps") is no
// piece. s.from if s is no such piece.
func headBeforePiece(d *document, s espan, prevEnd int, everyday func(string) bool) int {
	f := s.from
	if s.typ != "ORG" || s.prio >= prioActor || f < 3 || d.toks[f-1].Lower != "the" || d.toks[f-2].Lower != "for" && d.toks[f-2].Lower != "of" ||
		!everyday(d.toks[f].Lower) || orgHeads[d.toks[s.to-1].Lower] {
		return f
	}
	head := f - 3
	if head < prevEnd || d.toks[head].Sent != d.toks[f].Sent || !isCap(d.toks[head].Text) || !orgHeads[d.toks[head].Lower] && !institutionHeads[d.toks[head].Lower] {
		return f
	}
	from := head
	for from > prevEnd && head-from < 3 {
		t := d.toks[from-1]
		if t.Sent != d.toks[f].Sent || !isCap(t.Text) || !isWordTok(t.Text) || stopCaps[t.Lower] || sentenceOpeners[t.Lower] {
			break
		}
		from--
	}
	return from
}

// capsRun is the end of up to four capitalised words from token k in
// sentence sent: the part of a name after its "of" or "for".
func capsRun(d *document, k, sent int) int {
	e := k
	for e < len(d.toks) && e < k+4 && d.toks[e].Sent == sent && isCap(d.toks[e].Text) && isWordTok(d.toks[e].Text) && !stopCaps[d.toks[e].Lower] {
		e++
	}
	return e
}

// twoBodies splits an organisation the tagger ran over "and" into two
// where the part before names a body by its place and the part after
// ends in a head of its own: "University of Cambridge | and | Oxford
// University". "Department of Health and Human Services" has no place
// before "and" and stays whole.
func twoBodies(d *document, s espan, known func(string) bool) (espan, espan, bool) {
	if s.typ != "ORG" || s.prio >= prioActor || s.to-s.from < 6 {
		return s, s, false
	}
	for k := s.from + 3; k+2 < s.to; k++ {
		if d.toks[k].Lower != "and" || d.toks[k-2].Lower != "of" || !known(d.toks[k-1].Text) {
			continue
		}
		head := d.toks[s.to-1].Lower
		if !isCap(d.toks[k+1].Text) || !orgHeads[head] && !institutionHeads[head] || !orgHeads[d.toks[k-3].Lower] && !institutionHeads[d.toks[k-3].Lower] {
			continue
		}
		a, b := s, s
		a.to, a.canon = k, ""
		b.from, b.canon = k+1, ""
		return a, b, true
	}
	return s, s, false
}

// ofChain carries a name with "of" or "for" on over a second "of",
// "for" or "and" and capitals: "Institute for the Study | of War", "Group
// for the Support of Islam | and Muslims", "Union of Medical Care | and
// Relief Organizations". It stops before a listed name, and after "and"
// before any name of its own ("Council of Europe and | Russia"). end is
// where the name ends so far; later holds the spans after the name's
// first one.
func ofChain(d *document, later []espan, end, sent int) int {
	startsName := func(k int, and bool) bool {
		for _, sp := range later {
			if sp.from == k {
				return sp.prio >= prioActor || and
			}
		}
		return false
	}
	for hop := 0; hop < 3 && end+1 < len(d.toks) && d.toks[end+1].Sent == sent; hop++ {
		glue := d.toks[end].Lower
		if glue != "of" && glue != "for" && glue != "and" {
			break
		}
		m := end + 1
		if glue != "and" && d.toks[m].Lower == "the" && m+1 < len(d.toks) {
			m++
		}
		e := capsRun(d, m, sent)
		if e == m || startsName(m, glue == "and") {
			break
		}
		end = e
	}
	return end
}

// onHeads end the first part of names that go on with "on": treaties and
// the bodies that study a subject.
var onHeads = map[string]bool{
	"convention": true, "conference": true, "commission": true, "committee": true, "council": true,
	"treaty": true, "panel": true,
}

// institutionHeads end names of institutions that orgHeads leaves out.
var institutionHeads = map[string]bool{
	"academy": true, "church": true, "college": true, "school": true, "society": true, "chamber": true,
	"cabinet": true, "bureau": true, "board": true, "tribunal": true, "centre": true, "center": true,
	"diocese": true, "archdiocese": true,
}

// placeOfHeads end the first part of place names that go on with "of":
// "Gulf of Aden", "Republic of Korea", "Isle of Man".
var placeOfHeads = map[string]bool{
	"republic": true, "kingdom": true, "emirate": true, "sultanate": true, "gulf": true, "bay": true,
	"sea": true, "strait": true, "straits": true, "isle": true, "islands": true, "county": true,
}

// groupRuleSpans finds names by the region's naming patterns; known is
// true for a name the gazetteer knows.
func groupRuleSpans(d *document, s sentence, known func(string) bool) []espan {
	var out []espan
	// whether the sentence is a headline, found once and only if asked
	title := -1
	headline := func() bool {
		if title < 0 {
			title = 0
			if headlineCaps(d, d.toks[s.From].Sent) {
				title = 1
			}
		}
		return title == 1
	}
	for i := s.From; i < s.To; i++ {
		t := d.toks[i]
		// "al-Midan neighborhood", "the villages of al-Foua and
		// al-Kefraya": names in lower-case transliteration that the
		// kind of place around them makes places
		if particleName(t.Text) && (i == s.From || !isCap(d.toks[i-1].Text)) {
			if names, end := particlePlaces(d, s, i, known); len(names) > 0 {
				out = append(out, names...)
				i = end - 1
				continue
			}
		}
		if !isCap(t.Text) && !isOrdinal(t.Lower) {
			continue
		}
		// "Operation Inherent Resolve" names a campaign, not the force
		// that runs it: kept from the tagger as a non-entity name
		if t.Lower == "operation" && i+1 < s.To && isCap(d.toks[i+1].Text) {
			j := i + 1
			for j < s.To && j < i+4 && isCap(d.toks[j].Text) {
				j++
			}
			out = append(out, espan{from: i, to: j, typ: "MISC", conf: 0.8, prio: prioRule})
			i = j - 1
			continue
		}
		// Jaish a-Nasr, Jabhat a-Nusra, Hay’at Tahrir a-Sham
		if groupHeads[t.Lower] {
			j := i + 1
			for j < s.To && (isCap(d.toks[j].Text) && !sentenceOpeners[d.toks[j].Lower] || hasParticle(d.toks[j].Lower) || andArticle(d.toks[j].Text) || (nameGlue[d.toks[j].Lower] && j+1 < s.To && (isCap(d.toks[j+1].Text) || hasParticle(d.toks[j+1].Lower)))) {
				j++
			}
			if j > i+1 && !nameGlue[d.toks[j-1].Lower] {
				out = append(out, espan{from: i, to: j, typ: "ORG", conf: 0.9, prio: prioRule})
				i = j - 1
				continue
			}
		}
		// "Tall Tawil", "Kafr Nabl", "Deir Hafer": places named by their kind
		if placeHeads[t.Lower] {
			j := i + 1
			for j < s.To && (isCap(d.toks[j].Text) || hasParticle(d.toks[j].Lower)) && !orgHeads[d.toks[j].Lower] {
				j++
			}
			// a headline's capitals run on past the name: "Deir Ezzor
			// Subjected to …" is the town the gazetteer knows ("Deir Ezzor
			// Military Airport" ends in a kind of place and stays whole)
			if j-i > 2 && !known(d.text[t.Start:d.toks[j-1].End]) && !placeTails[d.toks[j-1].Lower] {
				for e := j - 1; e >= i+2; e-- {
					if known(d.text[t.Start:d.toks[e-1].End]) {
						j = e
						break
					}
				}
			}
			if j > i+1 && j-i <= 4 {
				out = append(out, espan{from: i, to: j, typ: "PLACE", conf: 0.75, prio: prioRule})
				i = j - 1
				continue
			}
		}
		// "Al-Lataminah", "Al-Bab": a town named with the Arabic article,
		// at the start of a sentence or after a locative preposition
		if strings.HasPrefix(t.Text, "Al-") && len(t.Text) > 4 && isCap(t.Text[3:]) &&
			(i == s.From || locPreps[d.toks[i-1].Lower]) && (i+1 >= s.To || !isCap(d.toks[i+1].Text) && !speechVerbs[d.toks[i+1].Lower]) {
			out = append(out, espan{from: i, to: i + 1, typ: "PLACE", conf: 0.55, prio: prioGaz})
			continue
		}
		// "US-led coalition", "Saudi-led coalition" (tokens US - led coalition)
		if i+3 < s.To && d.toks[i+1].Text == "-" && d.toks[i+2].Lower == "led" && ledGroups[d.toks[i+3].Lower] {
			// one name however the leader is written: "U.S.-led" is "US-led"
			canon := ""
			lead, group := strings.ReplaceAll(t.Text, ".", ""), d.toks[i+3].Lower
			if strings.Contains(t.Text, ".") && isAcronym(t.Text) {
				canon = lead + "-led " + group
			}
			// "US-led coalitions strikes", "US-Led Coalition": a scraped
			// possessive and a headline's capitals name the same coalition
			if group == "coalitions" || d.toks[i+2].Text != "led" || isCap(d.toks[i+3].Text) {
				if group != "forces" {
					group = strings.TrimSuffix(group, "s")
				}
				canon = lead + "-led " + group
			}
			// as sure as a listed name: the list's bare "Coalition" must
			// not take the words of a "Saudi-led Coalition"
			out = append(out, espan{from: i, to: i + 4, typ: "ORG", canon: canon, conf: 0.85, prio: prioActor})
			i += 3
			continue
		}
		// capitalised run ending in an organisation head noun, perhaps
		// after a unit's ordinal: "3rd Battalion", "507th Air Refueling Wing"
		j := i
		if isOrdinal(t.Lower) {
			j++
		}
		for j < s.To && (isCap(d.toks[j].Text) || hasParticle(d.toks[j].Lower) || (nameGlue[d.toks[j].Lower] || nameClitic(d, j)) && j+1 < s.To && isCap(d.toks[j+1].Text) && j > i) {
			j++
		}
		// "Castello Road", "Tiyas Military Airfield", "Yarmouk Camp": a run
		// ending in a kind of place is that place, whatever the words
		// before it are ("Castello" alone looks like a surname); the run may
		// have crossed glue ("Castello Road on Sunday")
		if e := placeTailEnd(d, i, j); e > 0 {
			from := i
			if d.toks[from].Lower == "the" {
				from++
			}
			if e-from >= 2 && e-from <= 5 {
				out = append(out, espan{from: from, to: e, typ: "PLACE", conf: 0.8, prio: prioRule})
			}
			i = e - 1
			continue
		}
		headEnded := j > i+1 && orgHeads[strings.TrimSuffix(d.toks[j-1].Lower, ".")] && isCap(d.toks[j-1].Text)
		// the institutions' heads and the names with "of" are read only
		// outside headlines in Title Case, whose capitals run on past a
		// name ("Center of Damascus Shelled", "Coalition Bombs School")
		if !headEnded && j > i+1 && !headline() {
			if institutionHeads[d.toks[j-1].Lower] && isCap(d.toks[j-1].Text) || hallOfFame(d, i, j) || townPaper(d, i, j, known) {
				headEnded = true
			} else if e := headOfEnd(d, i, j, known); e > 0 {
				j, headEnded = e, true
			}
		}
		if headEnded {
			from := i
			// a sentence-initial "The" is not part of the name, nor the part
			// or people of the body that open the sentence ("Shares of |
			// Apple Inc", see partitiveOpeners)
			// nor a word that opens sentences ("But", "Meanwhile",
			// "Several Big Board firms")
			for from+1 < j && (sentenceOpeners[d.toks[from].Lower] || quantityWords[d.toks[from].Lower]) {
				from++
			}
			// nor what comes before an article that no "of" or "and" joins
			// to the name ("In Iraq a Defense Ministry"): "Meanwhile the Idlib Media Center", "Urum al-Kubra
			// the Union of ..."
			for k := from + 1; k+1 < j; k++ {
				if articles[d.toks[k].Lower] && !nameGlue[d.toks[k-1].Lower] {
					from = k + 1
				}
			}
			if from == s.From && partitiveOpeners[d.toks[from].Lower] && d.toks[from+1].Lower == "of" {
				from += 2
				if from < j && d.toks[from].Lower == "the" {
					from++
				}
			}
			// two bodies in one run: "Microsoft Corp. and Apple Inc." is
			// two names where the words before "and" already end in a head
			// ("Bank and Trust Company", one word before it, stays whole)
			for k := from + 2; k+2 < j; k++ {
				if k-from >= 2 && d.toks[k].Lower == "and" && orgHeads[strings.TrimSuffix(d.toks[k-1].Lower, ".")] && isCap(d.toks[k-1].Text) {
					out = append(out, espan{from: from, to: k, typ: "ORG", conf: 0.8, prio: prioRule})
					from = k + 1
				}
			}
			// a place the gazetteer knows whole is no body: "the West Bank"
			if j-from >= 2 && !known(spanText(d, espan{from: from, to: j})) {
				out = append(out, espan{from: from, to: j, typ: "ORG", conf: 0.8, prio: prioRule})
			}
			i = j - 1
		}
	}
	return out
}

// nameClitic is true for the "'s" of "People's" or "Women's", or of a
// saint, inside a name: "Tigray People's Liberation Front", "Sudan
// People's Liberation Movement", "St. Peter's Square".
func nameClitic(d *document, k int) bool {
	if k == 0 || !isPossessive(d.toks[k].Text) {
		return false
	}
	if p := d.toks[k-1].Text; p == "People" || p == "Women" {
		return true
	}
	return k > 1 && (d.toks[k-2].Text == "St." || d.toks[k-2].Text == "St" || d.toks[k-2].Text == "Saint")
}

// headOfEnd is the end of a body's name that puts its head before "of"
// or "for" and goes on in capitals: "London School of Economics", "Bank
// of England Governor Mark Carney", "Roman Catholic Diocese of Sioux
// City". The tagger, reading the words after "of", makes a place of
// them ("London School") or loses the name. The name takes at most four
// words after "of"; it ends after a place the gazetteer knows ("Council
// of Syria | Hadiya Khalaf Abbas") and before a title, which opens a
// person's name; it goes on over "and" unless a known place follows
// ("Office of Management and Budget", not "Council of Europe and
// Russia"). A company's legal form before "of" names its seat, not the
// company ("Holding PLC of Surrey"). 0 if the run from..to is no such
// name.
func headOfEnd(d *document, from, to int, known func(string) bool) int {
	g := from + 1
	for g < to && d.toks[g].Lower != "of" && d.toks[g].Lower != "for" {
		g++
	}
	head := d.toks[g-1].Lower
	if g+1 >= to || !isCap(d.toks[g-1].Text) || !orgHeads[head] && !institutionHeads[head] || legalForms[strings.TrimSuffix(head, ".")] {
		return 0
	}
	k := g + 1
	if d.toks[k].Lower == "the" {
		k++
	}
	for n := min(3, to-k); n > 0; n-- {
		if known(spanText(d, espan{from: k, to: k + n})) {
			// "Alliance of Sahel States", "League of Arab States": a
			// plural of countries after the place goes with it
			if k+n < to && pluralPolities[d.toks[k+n].Lower] {
				n++
			}
			return k + n
		}
	}
	e, words := k, 0
	for e < to && words < 4 && !titleWords[d.toks[e].Lower] {
		if d.toks[e].Lower == "and" {
			if e+1 >= to || known(d.toks[e+1].Text) {
				break
			}
			e++
			continue
		}
		if !isCap(d.toks[e].Text) && !hasParticle(d.toks[e].Lower) {
			break
		}
		e++
		words++
	}
	if e == k {
		return 0
	}
	return e
}

// headlineCaps is true for a headline in Title Case: a short sentence
// of names ("He attended James High School in Houston") is not one, as
// it has a word of four letters or more in lower case.
func headlineCaps(d *document, si int) bool {
	s := d.sents[si]
	for k := s.From; k < s.To; k++ {
		if t := d.toks[k]; len(t.Text) >= 4 && isWordTok(t.Text) && !isCap(t.Text) && !isDigitStart(t.Text) && !titleSmall[t.Lower] && !headlineSmall[t.Lower] {
			return false
		}
	}
	return titleCaseSentence(d, si)
}

// pluralPolities end a body's name after a place: "Alliance of Sahel
// States".
var pluralPolities = map[string]bool{"states": true, "countries": true, "nations": true, "peoples": true}

var articles = map[string]bool{"the": true, "a": true, "an": true}

// legalForms end a company's name; "of" after one names where it sits.
var legalForms = map[string]bool{"inc": true, "corp": true, "ltd": true, "llc": true, "plc": true, "co": true}

// quantityWords open a sentence before a body's name without being part
// of it: "Several Big Board firms".
var quantityWords = map[string]bool{
	"several": true, "some": true, "many": true, "most": true, "both": true, "all": true, "few": true,
	"other": true, "two": true, "three": true,
}

// headlineSmall are the longer prepositions some headlines leave in
// lower case ("Terrorists Infiltrated Syria from Turkey").
var headlineSmall = map[string]bool{
	"from": true, "with": true, "into": true, "onto": true, "over": true, "upon": true, "near": true,
	"amid": true, "after": true, "about": true, "under": true, "until": true, "during": true,
	"against": true, "between": true, "across": true, "without": true, "toward": true, "towards": true,
}

// townPaper is true for a newspaper named by its town: "Houston
// Chronicle", "Chicago Tribune", "Dallas Morning News". The tagger, seeing
// the town, reads a place. The words before the paper's word, less a
// "Morning" or "Sunday", must be a town the gazetteer knows: "Post" and
// "Journal" end other names too ("Observation Post").
func townPaper(d *document, from, to int, known func(string) bool) bool {
	if !paperWords[d.toks[to-1].Lower] {
		return false
	}
	e := to - 1
	for e > from && paperDays[d.toks[e-1].Lower] {
		e--
	}
	if d.toks[from].Lower == "the" {
		from++
	}
	return e > from && e-from <= 3 && known(spanText(d, espan{from: from, to: e}))
}

var paperWords = map[string]bool{
	"chronicle": true, "tribune": true, "herald": true, "post": true, "globe": true, "gazette": true,
	"journal": true, "telegraph": true, "inquirer": true, "examiner": true, "observer": true,
	"courier": true, "sentinel": true, "dispatch": true, "bulletin": true, "register": true,
	"news": true, "times": true, "star": true, "mail": true, "mirror": true, "independent": true,
}

var paperDays = map[string]bool{"morning": true, "evening": true, "daily": true, "sunday": true, "weekly": true}

// hallOfFame is true for a run of capitals that ends "Hall of Fame" (or
// of Honor): the body that inducts people, not a building, and not a
// person "Hall" and a place "Fame" as the tagger reads it.
func hallOfFame(d *document, from, to int) bool {
	return to-from >= 3 && d.toks[to-3].Lower == "hall" && d.toks[to-2].Lower == "of" && hallHonours[d.toks[to-1].Lower]
}

var hallHonours = map[string]bool{"fame": true, "honor": true, "honour": true}

// partitiveOpeners are the words for a part or the people of a body that
// open a sentence before "of" and its name: "Shares of Apple", "Members of
// the Free Syrian Army", "Thousands of Syrians".
var partitiveOpeners = map[string]bool{
	"shares": true, "members": true, "residents": true, "thousands": true, "hundreds": true, "dozens": true,
	"scores": true, "millions": true, "fighters": true, "supporters": true, "officials": true, "soldiers": true,
	"leaders": true, "families": true, "relatives": true, "citizens": true, "employees": true, "remnants": true,
	"representatives": true, "shareholders": true, "parts": true, "units": true, "elements": true,
}

// speechVerbs after a name make it someone who speaks, not a town:
// "Al-Nujaba announced in a statement".
var speechVerbs = map[string]bool{
	"said": true, "says": true, "announced": true, "claimed": true, "stated": true, "reported": true,
	"added": true, "denied": true, "confirmed": true, "warned": true, "accused": true, "called": true,
	"threatened": true, "vowed": true, "declared": true, "insisted": true,
}

// particleName is true for a word that opens with a lower-case Arabic
// article before a capital: "al-Midan", "ash-Shaddadi", "el-Arish".
func particleName(w string) bool {
	h := strings.IndexByte(w, '-')
	return h >= 2 && h <= 3 && h+1 < len(w) && w[0] >= 'a' && w[0] <= 'z' && hasParticle(strings.ToLower(w)) && isCap(w[h+1:])
}

// particlePlaces returns the places of a list of names that starts with
// a lower-case transliterated name at token i ("al-Qusour and al-Joura
// neighborhoods") when a kind of place follows the list or comes before
// it with "of" ("the neighbourhood of al-Waer"), and the token after the
// list. A name that a capitalised word opens ("Bab al-Nayrab") is left to
// the other rules. Scraped lists often lost their commas ("al-Midan
// al-Hamadaniah New Aleppo and al-Muhafaza neighborhoods"), so each
// lower-case name starts a name of its own (listItem says what joins it).
func particlePlaces(d *document, s sentence, i int, known func(string) bool) ([]espan, int) {
	var names []espan
	k := i
	for k < s.To {
		j := listItem(d, s, k, known)
		if j == k {
			break
		}
		names = append(names, espan{from: k, to: j, typ: "PLACE", conf: 0.75, prio: prioRule})
		k = j
		if k+1 < s.To && (d.toks[k].Lower == "and" || d.toks[k].Text == ",") {
			k++
		}
	}
	// a trailing "and" or comma the list stepped over is no part of it
	if k > i && (d.toks[k-1].Lower == "and" || d.toks[k-1].Text == ",") {
		k--
	}
	kindAfter := k < s.To && placeKinds[d.toks[k].Text]
	kindBefore := i >= s.From+2 && d.toks[i-1].Lower == "of" && placeKinds[d.toks[i-2].Lower]
	if len(names) == 0 || !kindAfter && !kindBefore {
		return nil, i + 1
	}
	return names, k
}

// listItem returns the end of the name at token k of a list of places, k
// when there is none. A name is a lower-case name ("al-Midan"), with the
// capitalised words after a word that opens names ("al-Sheikh Maqsoud",
// "al-Bu Kamal") or a second lower-case name the gazetteer knows with it
// ("al-Hajar al-Aswad"); or a short capitalised run with the lower-case
// names after it ("Saif al-Dawleh", "New Aleppo") when the list goes on
// after it. Either takes the adjectives and kinds that follow ("al-Nashwa
// al-Gharbiyeh", "al-Ghab Plain").
func listItem(d *document, s sentence, k int, known func(string) bool) int {
	j := k
	switch t := d.toks[k]; {
	case particleName(t.Text):
		j++
		if nameOpeners[t.Lower] {
			for j < s.To && j < k+3 && isCap(d.toks[j].Text) && isWordTok(d.toks[j].Text) {
				j++
			}
		} else if j < s.To && particleName(d.toks[j].Text) && known(d.text[t.Start:d.toks[j].End]) {
			j++
		}
	case isCap(t.Text) && isWordTok(t.Text):
		for j < s.To && j < k+3 && isCap(d.toks[j].Text) && isWordTok(d.toks[j].Text) {
			j++
		}
		for j < s.To && j < k+5 && particleName(d.toks[j].Text) && !placeAdjectives[d.toks[j].Lower] {
			j++
		}
		if orgHeads[d.toks[j-1].Lower] || j >= s.To || !listGoesOn(d, j) && !placeAdjectives[d.toks[j].Lower] {
			return k
		}
	default:
		return k
	}
	for j < s.To && (placeAdjectives[d.toks[j].Lower] || placeTails[d.toks[j].Lower] && isCap(d.toks[j].Text)) {
		j++
	}
	return j
}

// nameOpeners are lower-case transliterated words that open a name with
// the capitalised words after them: "al-Sheikh Maqsoud", "al-Bu Kamal".
var nameOpeners = map[string]bool{
	"al-sheikh": true, "al-shaykh": true, "al-sayyed": true, "al-sayed": true, "al-sayyida": true,
	"al-bu": true, "al-abu": true, "al-hajj": true, "al-haj": true, "al-imam": true,
}

// placeAdjectives qualify the place name before them: new, old, western,
// eastern, northern, southern, great, small, middle, upper, lower, and
// colours.
var placeAdjectives = map[string]bool{
	"al-jadida": true, "al-jadideh": true, "al-jadidah": true, "al-qadima": true, "al-qadimeh": true,
	"al-qadimah": true, "al-gharbiyeh": true, "al-gharbiya": true, "al-gharbia": true, "al-gharbi": true,
	"al-gharbyia": true, "al-sharqiyeh": true, "al-sharqiya": true, "al-sharqi": true, "al-sharkiyeh": true,
	"al-shamaliyeh": true, "al-shamaliya": true, "al-shamali": true, "al-janoubiyeh": true,
	"al-janoubiya": true, "al-janoubi": true, "al-kubra": true, "al-sughra": true, "al-wusta": true,
	"al-tahtani": true, "al-fawqani": true, "al-kabir": true, "al-saghir": true, "al-kabira": true,
	"al-saghira": true, "al-fouqani": true, "al-foqani": true, "al-fawqa": true, "al-tahta": true,
	// colours: "al-Hizam al-Akhdar" (the Green Belt), "al-Hajar al-Aswad"
	"al-akhdar": true, "al-ahmar": true, "al-homr": true, "al-aswad": true, "al-abyad": true,
}

// listGoesOn is true when token j carries a list of names on: "and", a
// comma, another lower-case name or the kind of place that closes it.
func listGoesOn(d *document, j int) bool {
	t := d.toks[j]
	return t.Lower == "and" || t.Text == "," || particleName(t.Text) || placeKinds[t.Text]
}

// placeTailEnd returns the end of the name in the capitalised run [i, j)
// that closes with a kind of place, or 0: the run's last word, or a word
// that glue ("on", "of", "and") follows. The first such word ends it, so
// that "Lincoln Reservoir and Bobby Morris Playfield" is two places. A
// place tail after an organisation's head ("Army Camp") is not a place's
// name.
func placeTailEnd(d *document, i, j int) int {
	for e := i + 2; e <= j; e++ {
		if e < j && !nameGlue[d.toks[e].Lower] {
			continue
		}
		if placeTails[d.toks[e-1].Lower] && isCap(d.toks[e-1].Text) && !orgHeads[d.toks[e-2].Lower] {
			return e
		}
	}
	return 0
}

// isOrdinal is true for "1st", "2nd", "3rd", "507th".
func isOrdinal(l string) bool {
	n := len(l)
	if n < 3 || l[0] < '0' || l[0] > '9' {
		return false
	}
	for k := 0; k < n-2; k++ {
		if l[k] < '0' || l[k] > '9' {
			return false
		}
	}
	switch l[n-2:] {
	case "st", "nd", "rd", "th":
		return true
	}
	return false
}

// defineAcronyms links "Syrian Arab Army (SAA)": the acronym in brackets
// becomes an alias of the name before it, and every later "SAA" a mention.
func (x *Extractor) defineAcronyms(d *document, spans []espan) []espan {
	var acronymsAt map[string][]int // token indexes of each acronym, built on first use
	var merged []int                // spans taken into the longer name after them
	for k, s := range spans {
		i := s.to
		if i+2 >= len(d.toks) || d.toks[i].Text != "(" || d.toks[i+2].Text != ")" {
			continue
		}
		acr := d.toks[i+1].Text
		// "The Strategic Framework for the Defence of the People of
		// Azawad (CSP-DPA)": the tagger took the tail after the last "of";
		// the name runs back over "for the", "of the" to its first capital
		if s.typ == "ORG" && isAcronym(acr) && !initialsMatch(spanText(d, s), acr) {
			limit := 0
			if k > 0 {
				limit = spans[k-1].to
			}
			if from := longNameStart(d, s.from, limit); from < s.from {
				spans[k].from, spans[k].canon = from, ""
				s = spans[k]
			} else if from := andNameStart(d, s.from, limit); from < s.from && len(acr) >= 3 && strings.HasPrefix(strings.ToUpper(initials(d.text[d.toks[from].Start:d.toks[s.to-1].End])), acr) {
				// "the Armed Conflict Location and | Event Data Project
				// (ACLED)": an "and" joins the name when the acronym spells
				// it (maybe without its last word, "Project")
				spans[k].from, spans[k].canon = from, ""
				s = spans[k]
			} else if k > 0 && spans[k-1].typ == "ORG" && spans[k-1].prio == prioTagger {
				// "the Office | of the High Commissioner for Human Rights
				// (OHCHR)": the tagger cut the name in two; the acronym
				// spells the whole
				prev := spans[k-1]
				lim := 0
				if k > 1 {
					lim = spans[k-2].to
				}
				if from := longNameStart(d, s.from, lim); from <= prev.from && initialsMatch(d.text[d.toks[from].Start:d.toks[s.to-1].End], acr) {
					spans[k].from, spans[k].canon = from, ""
					merged = append(merged, k-1)
					s = spans[k]
				}
			}
		}
		// a group's acronym in brackets right after its name is its own,
		// in whatever language it was made ("the Malian Armed Forces
		// (FAMa)", "… of Azawad (CSP-DPA)"); a person's or a place's must
		// spell the name
		if s.typ == "ORG" {
			if !isAcronym(acr) && !mixedAcronym(acr) || notAcronyms[acr] {
				continue
			}
		} else if !isAcronym(acr) || !initialsMatch(spanText(d, s), acr) {
			continue
		}
		canon := s.canon
		if canon == "" {
			canon = spanText(d, s)
		}
		spans[k].canon = canon
		// the acronym itself, wherever it occurs (a long report defines
		// many: the tokens are indexed once, and the spans, in text
		// order, searched)
		if acronymsAt == nil {
			acronymsAt = map[string][]int{}
			for j, t := range d.toks {
				if isAcronym(t.Text) || mixedAcronym(t.Text) {
					acronymsAt[t.Text] = append(acronymsAt[t.Text], j)
				}
			}
		}
		for _, j := range acronymsAt[acr] {
			relabeled := false
			for m := sort.Search(len(spans), func(m int) bool { return spans[m].from >= j }); m < len(spans) && spans[m].from == j; m++ {
				if spans[m].to == j+1 {
					spans[m].typ, spans[m].canon, relabeled = s.typ, canon, true
				}
			}
			if !relabeled {
				spans = addSpan(spans, espan{from: j, to: j + 1, typ: s.typ, canon: canon, conf: 0.9, prio: prioAlias})
			}
		}
	}
	if len(merged) > 0 {
		out := spans[:0]
		for k, sp := range spans {
			if !slices.Contains(merged, k) {
				out = append(out, sp)
			}
		}
		spans = out
	}
	return spans
}

// initialsAcronyms links an acronym the text never defines to the one
// organisation of the document whose initials it spells: "the European
// Central Bank raised rates … ECB President Christine Lagarde", "the
// International Monetary Fund … the IMF". One real-world body, one row;
// an acronym two names spell, or a listed one, is left alone.
func initialsAcronyms(d *document, spans []espan) []espan {
	var acrs []int // spans that are an acronym alone
	for i, s := range spans {
		if s.to-s.from == 1 && s.typ == "ORG" && s.canon == "" && s.prio < prioActor && len(d.toks[s.from].Text) >= 3 && isAcronym(d.toks[s.from].Text) {
			acrs = append(acrs, i)
		}
	}
	if len(acrs) == 0 {
		return spans
	}
	// each organisation's initials, found once: "ECB" -> "European
	// Central Bank" ("" when two bodies spell it)
	byInitials := map[string]string{}
	for _, s := range spans {
		if s.typ != "ORG" || s.to-s.from < 2 {
			continue
		}
		full := s.canon
		if full == "" {
			full = spanText(d, s)
		}
		ini := initials(spanText(d, s))
		if prev, ok := byInitials[ini]; ok && prev != full {
			byInitials[ini] = ""
		} else if !ok {
			byInitials[ini] = full
		}
	}
	for _, i := range acrs {
		acr := strings.ToUpper(strings.ReplaceAll(d.toks[spans[i].from].Text, ".", ""))
		if name := byInitials[acr]; name != "" && name != acr {
			spans[i].canon = name
		}
	}
	return spans
}

// knownAsAdverbs may stand before "known as".
var knownAsAdverbs = map[string]bool{"also": true, "better": true, "more": true, "widely": true, "commonly": true, "popularly": true, "locally": true}

// knownAsNames makes the name a person or a body is "known as" or
// "nicknamed" the same entity: "Mohamed Hamdan Dagalo, known as Hemedti"
// (which the tagger, not knowing the word, read as a place), also after a
// short description ("Jimmy Chérizier, a former police officer known as
// Barbecue"). A listed
// name keeps its own entity.
func knownAsNames(d *document, spans []espan) []espan {
	for k := 0; k < len(spans); k++ {
		s := spans[k]
		if s.typ != "PERSON" && s.typ != "ORG" {
			continue
		}
		i := s.to
		if i < len(d.toks) && (d.toks[i].Text == "," || d.toks[i].Text == "(") {
			i++
			// a description between: "Jimmy Chérizier, a former police
			// officer known as Barbecue"
			if i < len(d.toks) && (d.toks[i].Lower == "a" || d.toks[i].Lower == "an") {
				j := i + 1
				for j < len(d.toks) && j <= i+5 && isLowerWord(d.toks[j].Text) && d.toks[j].Lower != "known" && d.toks[j].Lower != "nicknamed" && !knownAsAdverbs[d.toks[j].Lower] {
					j++
				}
				if j < len(d.toks) && (d.toks[j].Lower == "known" || d.toks[j].Lower == "nicknamed" || knownAsAdverbs[d.toks[j].Lower]) {
					i = j
				}
			}
		}
		if i < len(d.toks) && knownAsAdverbs[d.toks[i].Lower] {
			i++ // "also known as", "better known as"
		}
		switch {
		case i+1 < len(d.toks) && d.toks[i].Lower == "known" && d.toks[i+1].Lower == "as":
			i += 2
		case i < len(d.toks) && d.toks[i].Lower == "nicknamed":
			i++
		default:
			continue
		}
		if i+1 < len(d.toks) && (d.toks[i].Text == "“" || d.toks[i].Text == "\"" || d.toks[i].Text == "'") {
			i++ // known as "Barbecue"
		}
		if i >= len(d.toks) || d.toks[i].Sent != d.toks[s.from].Sent {
			continue
		}
		canon := s.canon
		if canon == "" {
			// (the name without its titles, as the person's row will have
			// it: "Mr. Jimmy Chérizier" is Jimmy Chérizier)
			canon = spanText(d, espan{from: afterTitles(d, s.from, s.to), to: s.to})
		}
		if k+1 < len(spans) && spans[k+1].from == i {
			if t := spans[k+1]; t.prio < prioActor && t.to-t.from <= 3 {
				spans[k+1].typ, spans[k+1].canon = s.typ, canon
			}
			continue
		}
		// a name the tagger did not find: one capitalised word
		if t := d.toks[i]; isCap(t.Text) && isWordTok(t.Text) && !stopCaps[t.Lower] && (i+1 >= len(d.toks) || !isCap(d.toks[i+1].Text)) {
			spans = addSpan(spans, espan{from: i, to: i + 1, typ: s.typ, canon: canon, conf: 0.7, prio: prioAlias})
		}
	}
	return spans
}

// bylinePersons types the writer a byline names a person: "By Jonathan
// Head, South East Asia correspondent" (the tagger, reading "Head" as a
// word, kept "Jonathan" alone). The line opens with "By" and two to four
// capitalised words end at a comma, "and" or the line's end.
func bylinePersons(d *document, spans []espan) []espan {
	for k := 0; k+2 < len(d.toks); k++ {
		t := d.toks[k]
		if t.Text != "By" || !t.LineStart {
			continue
		}
		e := k + 1
		// (not a time: "By Sunday Evening, …")
		for e < len(d.toks) && e <= k+4 && isCap(d.toks[e].Text) && isWordTok(d.toks[e].Text) && weekdayNames[d.toks[e].Lower] == 0 && monthNames[d.toks[e].Lower] == 0 &&
			!d.toks[e].LineStart {
			e++
		}
		end := e >= len(d.toks) || d.toks[e].Text == "," || d.toks[e].Lower == "and" || d.toks[e].LineStart
		if e-k-1 < 2 || !end {
			continue
		}
		out := spans[:0]
		for _, s := range spans {
			if s.from < e && k+1 < s.to && s.prio < prioActor {
				continue
			}
			out = append(out, s)
		}
		spans = addSpan(out, espan{from: k + 1, to: e, typ: "PERSON", conf: 0.8, prio: prioRule})
	}
	return spans
}

// villageKinds open the names of Israel's collective villages, which the
// news also names without the kind.
var villageKinds = map[string]bool{"kibbutz": true, "moshav": true}

// villageTails types the name after "Kibbutz" or "Moshav" a place
// wherever the document names it alone ("Kibbutz Nir Oz … Nir Oz was one
// of the hardest-hit communities": the tagger read a person).
func villageTails(d *document, spans []espan) []espan {
	tails := map[string]bool{}
	for _, s := range spans {
		if s.typ == "PLACE" && s.to-s.from >= 2 && villageKinds[d.toks[s.from].Lower] {
			tails[spanText(d, espan{from: s.from + 1, to: s.to})] = true
		}
	}
	if len(tails) == 0 {
		return spans
	}
	for i, s := range spans {
		if s.typ != "PLACE" && s.prio < prioActor && tails[spanText(d, s)] {
			spans[i].typ = "PLACE"
		}
	}
	return spans
}

// groupKnownAs types the name an armed group is "known as" an
// organisation: "clan militias known as Macawisley", "a militia, known
// as Wagner" (the tagger, not knowing the word, reads a place or a
// person).
func groupKnownAs(d *document, spans []espan) []espan {
	for k := 1; k+2 < len(d.toks); k++ {
		if d.toks[k].Lower != "known" || d.toks[k+1].Lower != "as" {
			continue
		}
		g := k - 1
		if d.toks[g].Text == "," && g > 0 {
			g--
		}
		if w := d.toks[g].Lower; !isLowerWord(d.toks[g].Text) || !forceHeads[w] && !forceHeads[strings.TrimSuffix(w, "s")] && w != "militias" {
			continue
		}
		i := k + 2
		if i+1 < len(d.toks) && (d.toks[i].Text == "“" || d.toks[i].Text == "\"") {
			i++
		}
		found := false
		for n := range spans {
			if s := spans[n]; s.from == i && s.prio < prioActor && s.to-s.from <= 3 {
				spans[n].typ, found = "ORG", true
			}
		}
		if t := d.toks[i]; !found && isCap(t.Text) && isWordTok(t.Text) && !stopCaps[t.Lower] && (i+1 >= len(d.toks) || !isCap(d.toks[i+1].Text)) {
			spans = addSpan(spans, espan{from: i, to: i + 1, typ: "ORG", conf: 0.7, prio: prioRule})
		}
	}
	return spans
}

// bracketNames types a name in brackets right after an organisation's as
// an organisation: it is the same body's other name ("the Kurdish Red
// Crescent (Heyva Sor)", "Jaysh al-Islam (Army of Islam)"), however the
// tagger read the unfamiliar words. The organisation's name may go on for
// a word or two past its span ("the Kurdish Red Crescent Society (Heyva
// Sor)": the list knows "Red Crescent").
func bracketNames(d *document, spans []espan) []espan {
	for k := 1; k < len(spans); k++ {
		a, b := spans[k-1], spans[k]
		if a.typ != "ORG" || b.prio != prioTagger || b.typ == "ORG" || b.typ == "MISC" || b.from <= a.to || b.to >= len(d.toks) {
			continue
		}
		if d.toks[b.from-1].Text != "(" || d.toks[b.to].Text != ")" {
			continue
		}
		// the name may go on past the span ("Red Crescent | Society")
		gap := true
		for j := a.to; j < b.from-1; j++ {
			gap = gap && isCap(d.toks[j].Text) && isWordTok(d.toks[j].Text)
		}
		if gap && b.from-1-a.to <= 2 {
			spans[k].typ = "ORG"
		}
	}
	return spans
}

// mixedAcronym is true for an acronym with a letter or two in lower case
// ("FAMa", "MoD", "DoD"): two capitals first, at most eight letters.
func mixedAcronym(w string) bool {
	if len(w) < 3 || len(w) > 8 || !(w[0] >= 'A' && w[0] <= 'Z' && w[1] >= 'A' && w[1] <= 'Z' || w[0] >= 'A' && w[0] <= 'Z' && w[2] >= 'A' && w[2] <= 'Z') {
		return false
	}
	lower := 0
	for _, r := range w {
		switch {
		case r >= 'a' && r <= 'z':
			lower++
		case r >= 'A' && r <= 'Z':
		default:
			return false
		}
	}
	return lower <= 2 && len(w)-lower >= 2
}

// notAcronyms are capitals in brackets after a name that do not spell it:
// the news agencies a story credits ("… Free Syrian Army (AFP)") and
// religious honorifics ("Sayyeda Zainab (AS)", "(PBUH)").
var notAcronyms = map[string]bool{
	"AFP": true, "AP": true, "UPI": true, "DPA": true, "ANSA": true, "EFE": true,
	"AS": true, "PBUH": true, "SAW": true, "SAWS": true, "RA": true, "SWT": true,
}

// longNameStart is the first token of the long name whose tail starts at
// token from, when capitalised words joined by "of", "for", "the", "and"
// stand right before it (after limit, within the sentence, past no one
// who holds an office, "President of the …", and not counting an opening
// "The"); from when none do, or when no "of" or "for" joins them.
func longNameStart(d *document, from, limit int) int {
	best, joined := from, false
	sent := d.toks[from].Sent
	for j := from - 1; j >= limit && j > from-10 && d.toks[j].Sent == sent; j-- {
		t := d.toks[j]
		switch {
		case t.Text == t.Lower && longNameJoins[t.Lower]:
			joined = joined || t.Lower == "of" || t.Lower == "for"
			continue
		case isCap(t.Text) && isWordTok(t.Text) && t.Lower != "the" && !officeHolders[t.Lower]:
			if joined {
				best = j
			}
			continue
		}
		break
	}
	if best < from && d.toks[best].Text == d.toks[best].Lower {
		return from
	}
	return best
}

// andNameStart is the first token of the capitalised words joined by
// "and" (or "&") that end right before token from, past limit; from when
// no "and" joins any.
func andNameStart(d *document, from, limit int) int {
	best, joined := from, false
	for j := from - 1; j >= limit && j > from-8 && d.toks[j].Sent == d.toks[from].Sent; j-- {
		t := d.toks[j]
		if t.Lower == "and" || t.Text == "&" {
			joined = true
			continue
		}
		if !isCap(t.Text) || !isWordTok(t.Text) || t.Lower == "the" {
			break
		}
		if joined {
			best = j
		}
	}
	return best
}

// officeHolders are titles of people that "of" ties to a body: "the
// President of the Syrian National Coalition (SNC)" names a person and the
// body after "of".
var officeHolders = map[string]bool{
	"president": true, "minister": true, "secretary": true, "general": true, "commander": true, "chief": true,
	"director": true, "leader": true, "head": true, "spokesman": true, "spokeswoman": true, "spokesperson": true,
	"ambassador": true, "envoy": true, "governor": true, "mayor": true, "chairman": true, "chairwoman": true,
	"king": true, "prince": true, "emir": true, "member": true, "members": true,
}

// longNameJoins join the capitalised words of a long name in lower case.
var longNameJoins = map[string]bool{"of": true, "for": true, "the": true, "and": true}

// initialsMatch is true when acr is made of the initials of name's words,
// allowing for skipped function words: "Syrian Arab Army" → SAA.
func initialsMatch(name, acr string) bool {
	ini := initials(name)
	return ini != "" && strings.EqualFold(ini, strings.ReplaceAll(acr, ".", ""))
}

// initials are the first letters of a name's capitalised words, in
// capitals ("Syrian Arab Army" -> "SAA"; words split at spaces and
// hyphens).
func initials(name string) string {
	var ini []byte
	for _, w := range strings.FieldsFunc(name, func(r rune) bool { return r == ' ' || r == '-' }) {
		if w != "" && isCap(w) {
			ini = append(ini, w[0])
		}
	}
	return strings.ToUpper(string(ini))
}

// coveredTokens marks the tokens of a text of n tokens that spans hold.
func coveredTokens(n int, spans []espan) []bool {
	covered := make([]bool, n)
	for _, s := range spans {
		for k := s.from; k < s.to; k++ {
			covered[k] = true
		}
	}
	return covered
}

// addSpan inserts s unless it overlaps an existing span; spans stay sorted.
func addSpan(spans []espan, s espan) []espan {
	for _, o := range spans {
		if s.from < o.to && o.from < s.to {
			return spans
		}
	}
	k := 0
	for k < len(spans) && spans[k].from < s.from {
		k++
	}
	spans = append(spans, espan{})
	copy(spans[k+1:], spans[k:])
	spans[k] = s
	return spans
}

// propagate applies the document's own names to the places the tagger
// missed: a later "Rasheed" after "Mohammad Rasheed", or another "Airwars".
func propagate(d *document, spans []espan, timexes []Timex) []espan {
	type known struct {
		typ, canon string
		conf       float64
		headline   bool // met first in the headline, before the body names it in full
	}
	names := map[string]known{}
	headline := strings.IndexByte(d.text, '\n')
	for _, s := range spans {
		t := spanText(d, s)
		if s.typ == "PERSON" && s.to-s.from >= 2 {
			// the full name without its titles: "Konashenkov" after "Maj.
			// Gen. Igor Konashenkov" is Igor Konashenkov
			t := withoutNickname(d, espan{from: afterTitles(d, s.from, s.to), to: s.to})
			// (also over a bare surname met earlier, in a headline:
			// "Trump says …" before "President Donald Trump declared")
			last := d.toks[s.to-1].Text
			if old, ok := names[last]; (!ok || old.headline && old.typ == "PERSON" && old.canon == "") && isCap(last) {
				names[last] = known{"PERSON", t, s.conf * 0.9, false}
			}
			// a family name with its article is named without it too:
			// "Barazi" after "Talal al-Barazi"
			if bare := withoutArticle(last); bare != "" {
				if _, ok := names[bare]; !ok {
					names[bare] = known{"PERSON", t, s.conf * 0.9, false}
				}
			}
			// a two-word family name: "Abdel Rahman" after "Rami Abdel Rahman"
			if s.to-s.from >= 3 && isCap(d.toks[s.to-2].Text) {
				tail := d.text[d.toks[s.to-2].Start:d.toks[s.to-1].End]
				if _, ok := names[tail]; !ok {
					names[tail] = known{"PERSON", t, s.conf * 0.9, false}
				}
			}
		}
		if s.conf >= 0.7 && len(t) > 2 {
			if _, ok := names[t]; !ok {
				names[t] = known{s.typ, s.canon, s.conf * 0.9, d.toks[s.from].Start < headline}
			}
		}
	}
	inTx := timexTokens(d, timexes)
	inTimex := func(k int) bool { return inTx[k] }
	covered := coveredTokens(len(d.toks), spans)
	var added []espan
	for k := range d.toks {
		t := d.toks[k].Text
		// a name may open with an article: "al-Adawi" again
		if !isCap(t) && !capAfterArticle(t) {
			continue
		}
		// try the longest known name starting here (names are at most 6 words)
		for n := min(6, len(d.toks)-k); n >= 1; n-- {
			if d.toks[k+n-1].Sent != d.toks[k].Sent {
				continue
			}
			surface := d.text[d.toks[k].Start:d.toks[k+n-1].End]
			kn, ok := names[surface]
			if !ok || inTimex(k) {
				continue
			}
			// a name continues into a capitalised neighbour: then it is a
			// different, longer name ("Syria" in "Syria Direct")
			if k+n < len(d.toks) && isCap(d.toks[k+n].Text) && d.toks[k+n].Sent == d.toks[k].Sent {
				break
			}
			if k > 0 && isCap(d.toks[k-1].Text) && !inTimex(k-1) && d.toks[k-1].Sent == d.toks[k].Sent && !d.toks[k].LineStart {
				break
			}
			free := true
			for m := k; m < k+n; m++ {
				free = free && !covered[m]
			}
			if free {
				for m := k; m < k+n; m++ {
					covered[m] = true
				}
				added = append(added, espan{from: k, to: k + n, typ: kn.typ, canon: kn.canon, conf: kn.conf, prio: prioTagger})
			}
			break
		}
	}
	spans = withSpans(spans, added)
	// a person mention by family name takes the full name it abbreviates,
	// however the article is written ("Al-Zaatari" after "Ali al-Zaatari")
	// (keyed by NormKey of the family name: one or two last words; a key
	// two different people share links to neither)
	byKey := map[string]string{}
	for _, s := range spans {
		if s.typ != "PERSON" || s.to-s.from < 2 {
			continue
		}
		// a person's name of two to four words ("TV Barazi", "Oil-rich
		// Hasake" and two people run together are no full names)
		from := afterTitles(d, s.from, s.to)
		if n := s.to - from; n < 2 || n > 4 || isAcronym(d.toks[from].Text) || !personShaped(d, from, s.to) || compoundWord(d.toks[from].Text) {
			continue
		}
		full := withoutNickname(d, espan{from: from, to: s.to})
		for _, tail := range []string{d.toks[s.to-1].Text, d.text[d.toks[s.to-2].Start:d.toks[s.to-1].End]} {
			if tail == full {
				continue
			}
			k := NormKey(tail)
			if old, ok := byKey[k]; ok && old != full {
				byKey[k] = "" // two people of that name
			} else if k != "" {
				byKey[k] = full
			}
		}
	}
	for i, s := range spans {
		// (without its titles: "Mr Rasheed" is Rasheed; but a ruler's
		// title goes with a given name: "King Hussein" is not Saddam)
		from := afterTitles(d, s.from, s.to)
		if from > s.from && rulerTitles[d.toks[from-1].Lower] {
			continue
		}
		if s.typ == "PERSON" && s.to-from <= 2 && s.canon == "" {
			t := d.text[d.toks[from].Start:d.toks[s.to-1].End]
			full := ""
			if kn, ok := names[t]; ok && kn.typ == "PERSON" && kn.canon != "" {
				full = kn.canon
			} else {
				full = byKey[NormKey(t)]
			}
			if full != "" && full != t {
				spans[i].canon = full
			}
		}
	}
	return spans
}

// rulerTitles come before a given name, not a family name: "King
// Hussein", "Prince Hassan", "Sheikh Tamim".
var rulerTitles = map[string]bool{
	"king": true, "queen": true, "prince": true, "princess": true, "emir": true, "sultan": true,
	"sheikh": true, "pope": true, "shah": true,
}

// canonicalNames gives each span the name of its entity: the list or
// acronym name when known, else the first spelling in the document that
// shares its NormKey, with all-capital datelines ("AMMAN") title-cased.
func canonicalNames(d *document, spans []espan) []string {
	first := map[string]string{}
	out := make([]string, len(spans))
	// a dateline's town in capitals takes the article's own spelling
	// ("DAR ES SALAAM" is "Dar es Salaam" where the text writes it so)
	spelled := map[string]string{}
	for _, s := range spans {
		if t := spanText(d, s); s.typ == "PLACE" && s.canon == "" && !inCapitals(strings.ReplaceAll(t, " ", "")) {
			if k := NormKey(t); spelled[k] == "" {
				spelled[k] = t
			}
		}
	}
	for i, s := range spans {
		if s.canon != "" {
			out[i] = s.canon
			continue
		}
		t := spanText(d, s)
		if s.typ == "PERSON" {
			t = withoutNickname(d, s)
		}
		// a dateline's town in capitals, of one word or more ("NEW YORK");
		// a short one only as the text spells it ("KYIV" … "Kyiv"), as
		// four capitals may be initials ("DPRK")
		if nospace := strings.ReplaceAll(t, " ", ""); inCapitals(nospace) && s.typ == "PLACE" {
			if sp := spelled[NormKey(t)]; sp != "" {
				t = sp
			} else if len(nospace) > 4 {
				t = titleCase(spanText(d, s))
			}
		}
		k := s.typ + "|" + NormKey(t)
		if f, ok := first[k]; ok {
			out[i] = f
			continue
		}
		first[k] = t
		out[i] = t
	}
	return out
}

// inCapitals is true for a name written in capitals: an acronym or a
// dateline's town, accents and all ("BOGOTÁ").
func inCapitals(s string) bool { return isAcronym(s) || allCapitals(s) }

// titleCase writes a name in capitals with a capital opening each word
// and each part after a hyphen ("DEIR AL-BALAH" is "Deir Al-Balah").
func titleCase(s string) string {
	b := []byte(strings.ToLower(s))
	for i := range b {
		if i == 0 || b[i-1] == ' ' || b[i-1] == '-' {
			b[i] = byte(unicode.ToUpper(rune(b[i])))
		}
	}
	return string(b)
}

// withoutArticle is a name word without its Arabic article ("Barazi" for
// "al-Barazi", "Hamadi" for "El-Hamadi"), or "" when it has none or too
// little is left to be a name.
func withoutArticle(w string) string {
	if !hasParticle(lowerWord(w)) {
		return ""
	}
	h := strings.IndexByte(w, '-')
	if h < 1 || h > 3 || len(w)-h-1 < 3 || !isCap(w[h+1:]) || strings.Contains(w[h+1:], "-") {
		return ""
	}
	return w[h+1:]
}

// compoundWord is true for a capitalised word joined to a lower-case one
// ("Oil-rich", "Kurdish-led"), which opens no person's name ("Jean-Marc",
// "Abdel-Rahman" and "al-Assad" are names).
func compoundWord(w string) bool {
	h := strings.IndexByte(w, '-')
	if h < 1 || h+1 >= len(w) || hasParticle(lowerWord(w)) {
		return false
	}
	c := w[h+1]
	return c >= 'a' && c <= 'z'
}

// teamSpans finds clubs named by their town: with a club's word before or
// after it ("Real Madrid", "Leeds United", "Sunderland A.F.C.") or with a
// plural nickname ("the Vancouver Canucks", "St. Louis Cardinals", "the
// Toronto Blue Jays"). The gazetteer sees the town and the tagger, from it,
// a place. A nickname needs "the" or a club just named before it, outside
// headlines in Title Case; plurals that name a kind of place ("Colorado
// Springs"), an event or accord ("Paris Attacks") or people ("Aleppo
// Residents") make no club.
func (x *Extractor) teamSpans(d *document, si int) []espan {
	s := d.sents[si]
	var out []espan
	title := -1 // computed once, when a candidate is seen
	lastEnd := -1
	for i := s.From; i < s.To; i++ {
		if !isCap(d.toks[i].Text) || i > s.From && isCap(d.toks[i-1].Text) {
			continue
		}
		// the short ones in capitals only: "AS Roma", not "As Damascus braced"
		if clubPrefixes[d.toks[i].Lower] && (len(d.toks[i].Text) > 2 || d.toks[i].Text == strings.ToUpper(d.toks[i].Text)) {
			if p, k := x.townAt(d, s, i+1); p != nil && (d.toks[i].Lower != "real" || p.Country == "ES") && (k == s.To || !isCap(d.toks[k].Text)) {
				out = append(out, espan{from: i, to: k, typ: "ORG", conf: 0.8, prio: prioRule})
				lastEnd, i = k, k-1
				continue
			}
		}
		// most capitalised words are no club's town: look the town up only
		// after "the" or a club, or before a club's word
		nick := i > s.From && (d.toks[i-1].Text == "the" || lastEnd == i-1 && (d.toks[i-1].Lower == "and" || d.toks[i-1].Text == ","))
		if !nick && !clubSuffixNear(d, s, i) {
			continue
		}
		p, k := x.townAt(d, s, i)
		if p == nil {
			continue
		}
		if clubSuffixes[strings.TrimSuffix(d.toks[k].Lower, ".")] && (k+1 == s.To || !isCap(d.toks[k+1].Text)) {
			out = append(out, espan{from: i, to: k + 1, typ: "ORG", conf: 0.8, prio: prioRule})
			lastEnd, i = k+1, k
			continue
		}
		// "the" makes the club ("against the Jacksonville Suns"), or a club
		// just named ("the St. Louis Eagles and Boston Bruins"): without
		// either, scraped headlines read as clubs ("in Aleppo Rises to 70")
		if !nick {
			continue
		}
		j := k
		for j < s.To && j < k+2 && isCap(d.toks[j].Text) && isWordTok(d.toks[j].Text) {
			j++
		}
		if j < s.To && isCap(d.toks[j].Text) || x.gaz.isGiven(d.toks[k].Text) {
			continue
		}
		last := d.toks[j-1].Lower
		if j == k || len(last) < 4 || !strings.HasSuffix(last, "s") || strings.HasSuffix(last, "ss") || notNicknames[last] ||
			orgHeads[last] || sentenceOpeners[last] || x.gaz.lookup(spanText(d, espan{from: i, to: j})) != nil || x.gaz.lookup(d.toks[j-1].Text) != nil {
			continue
		}
		if title < 0 {
			title = 0
			if titleCaseSentence(d, si) {
				title = 1
			}
		}
		if title == 1 {
			continue
		}
		out = append(out, espan{from: i, to: j, typ: "ORG", conf: 0.7, prio: prioRule})
		lastEnd, i = j, j-1
	}
	return out
}

// clubSuffixNear is true when one of the three words after token i is a
// club's word ("United", "FC").
func clubSuffixNear(d *document, s sentence, i int) bool {
	for k := i + 1; k < s.To && k <= i+3; k++ {
		if clubSuffixes[strings.TrimSuffix(d.toks[k].Lower, ".")] {
			return true
		}
	}
	return false
}

// townAt finds a town named from token i, the longest name first, and
// returns it with the end of its name, which is not the sentence's end; a
// state is no town, nor a given name ("Gary Jones") or a common word
// ("Will António Guterres") of one word.
func (x *Extractor) townAt(d *document, s sentence, i int) (*Place, int) {
	for n := 3; n >= 1; n-- {
		k := i + n
		if k >= s.To {
			continue
		}
		if n > 1 && !isCap(d.toks[k-1].Text) {
			continue
		}
		p, _ := x.gaz.lookupWords(spanText(d, espan{from: i, to: k}), n)
		if p == nil || p.State || p.Pop >= regionPop || n == 1 && (x.gaz.isGiven(d.toks[i].Text) || len(d.toks[i].Text) < 4 || x.gaz.lower[d.toks[i].Lower]) {
			continue
		}
		return p, k
	}
	return nil, 0
}

// clubPrefixes open and clubSuffixes close a football club's name around
// its town: "FC Barcelona", "Inter Milan", "Leeds United", "Sunderland
// A.F.C.". "Real" makes a club of a Spanish town only.
var clubPrefixes = map[string]bool{
	"fc": true, "ac": true, "as": true, "ss": true, "real": true, "atletico": true, "atlético": true, "sporting": true,
	"olympique": true, "dynamo": true, "dinamo": true, "spartak": true, "cska": true, "lokomotiv": true,
	"borussia": true, "inter": true, "racing": true, "bayern": true, "bayer": true, "hertha": true,
	"werder": true, "eintracht": true, "sparta": true, "slavia": true, "steaua": true,
}

var clubSuffixes = map[string]bool{
	"united": true, "fc": true, "f.c": true, "afc": true, "a.f.c": true, "cf": true, "hotspur": true,
	"wanderers": true, "rovers": true, "albion": true, "athletic": true,
}

// notNicknames are plurals after a town's name that make no club: kinds of
// place, events, accords and talks, documents, and groups of people.
var notNicknames = map[string]bool{
	"springs": true, "falls": true, "hills": true, "heights": true, "islands": true, "isles": true, "mountains": true,
	"plains": true, "fields": true, "lakes": true, "gardens": true, "towers": true, "woods": true, "keys": true,
	"flats": true, "rapids": true, "sands": true, "highlands": true, "lowlands": true, "territories": true,
	"provinces": true, "districts": true, "villages": true, "towns": true, "suburbs": true, "outskirts": true,
	"environs": true, "docks": true, "markets": true, "streets": true, "valleys": true, "parks": true,
	"estates": true, "farms": true, "barracks": true, "shores": true, "banks": true, "waters": true, "ruins": true,
	"caves": true, "gates": true, "walls": true, "marshes": true, "neighborhoods": true, "neighbourhoods": true,
	"countrysides": true, "camps": true, "bases": true, "airports": true, "heads": true, "roads": true,
	"talks": true, "accords": true, "agreements": true, "conventions": true, "protocols": true, "negotiations": true,
	"olympics": true, "games": true, "awards": true, "elections": true, "meetings": true, "summits": true,
	"conferences": true, "declarations": true, "resolutions": true, "principles": true, "communiques": true,
	"attacks": true, "bombings": true, "explosions": true, "blasts": true, "massacres": true, "killings": true,
	"protests": true, "riots": true, "strikes": true, "airstrikes": true, "raids": true, "operations": true,
	"offensives": true, "battles": true, "wars": true, "clashes": true, "sieges": true, "ceasefires": true,
	"truces": true, "trials": true, "papers": true, "files": true, "leaks": true, "documents": true,
	"people": true, "citizens": true, "locals": true, "inhabitants": true, "refugees": true, "fighters": true,
	"forces": true, "troops": true, "officials": true, "authorities": true, "governors": true, "councils": true,
	"news": true, "times": true, "arabs": true, "kurds": true, "christians": true, "muslims": true, "alawites": true,
	"sunnis": true, "shias": true, "druze": true, "tribes": true, "clans": true, "families": true,
}

// matchClubs finds the clubs of a match report, named by their town or by
// a name of their own: "Liverpool beat Everton 2-0", "drew 1-1 with
// Chelsea", "Arsenal striker Ian Wright", "Leeds 2 Newcastle 3". The
// gazetteer, and the tagger after it, read the towns as places and
// "Chelsea" as a person. Only a sentence with a score or a player's role
// is a match report, and only a name next to a verb of the match, a
// score or a role is a club; states stay places, as national sides
// are written ("Pakistan beat England").
func (x *Extractor) matchClubs(d *document, si int) []espan {
	s := d.sents[si]
	// "Leeds 2 Newcastle 3": a line of names and goals alone
	resultLine, numbers := true, 0
	for k := s.From; k < s.To; k++ {
		t := d.toks[k].Text
		if isNumeral(t) {
			numbers++
		} else if !isCap(t) && isWordTok(t) {
			resultLine = false
		}
	}
	resultLine = resultLine && numbers >= 2 && numbers*2 >= s.To-s.From-1
	report, sport := resultLine, false
	for k := s.From; k < s.To; k++ {
		report = report || isScore(d, k) || playerRoles[d.toks[k].Lower] && !officeRoles[d.toks[k].Lower]
		sport = sport || sportWords[d.toks[k].Lower]
	}
	if !report && !sport {
		return nil
	}
	var out []espan
	for i := s.From; i < s.To; i++ {
		if !isCap(d.toks[i].Text) || i > s.From && isCap(d.toks[i-1].Text) {
			continue
		}
		k, famous := 0, famousClubs[d.toks[i].Lower]
		if famous {
			k = i + 1
		} else if p, e := x.townAt(d, s, i); p != nil && report {
			k = e
		}
		if k == 0 || k < s.To && isCap(d.toks[k].Text) && !playerRoles[d.toks[k].Lower] {
			continue
		}
		// a club that is no town needs no match around it, only sport:
		// "Juventus and Ajax meet in the Champions League final"
		if famous && sport {
			out = append(out, espan{from: i, to: k, typ: "ORG", conf: 0.75, prio: prioRule})
			continue
		}
		if !report {
			continue
		}
		before, after := "", ""
		if i > s.From {
			before = d.toks[i-1].Lower
		}
		if k < s.To {
			after = d.toks[k].Lower
		}
		// "with", "to", "against" only after the match: "drew 1-1 with
		// Chelsea", not "returned to London"
		afterMatch := false
		for b := max(s.From, i-5); b < i-1; b++ {
			afterMatch = afterMatch || matchVerbs[d.toks[b].Lower] || isScore(d, b)
		}
		if matchVerbs[after] || playerRoles[after] || matchBefore[before] || opponentPreps[before] && afterMatch || isScore(d, k) ||
			resultLine && k < s.To && isNumeral(d.toks[k].Text) {
			out = append(out, espan{from: i, to: k, typ: "ORG", conf: 0.75, prio: prioRule})
		}
		i = k - 1
	}
	return out
}

// isScore is true for a score at token k: "2-0" as one token or three.
func isScore(d *document, k int) bool {
	if k >= len(d.toks) {
		return false
	}
	goals := func(t string) bool { return len(t) >= 1 && len(t) <= 2 && isDigitStart(t) && isNumeral(t) }
	if a, b, ok := strings.Cut(d.toks[k].Text, "-"); ok && goals(a) && goals(b) {
		return true
	}
	return k+2 < len(d.toks) && goals(d.toks[k].Text) && d.toks[k+1].Text == "-" && goals(d.toks[k+2].Text)
}

// matchVerbs follow the club that plays: "Liverpool beat".
var matchVerbs = map[string]bool{
	"beat": true, "beats": true, "defeated": true, "drew": true, "draw": true, "lost": true, "lose": true,
	"edged": true, "thrashed": true, "routed": true, "crushed": true, "hammered": true, "won": true,
	"win": true, "held": true, "overcame": true, "downed": true,
}

// matchBefore come before the club played against: "beat Everton", "drew
// with Chelsea", "lost to Roma".
var matchBefore = map[string]bool{
	"beat": true, "beats": true, "defeated": true, "v": true, "vs": true, "v.": true, "vs.": true,
	"edged": true, "thrashed": true, "routed": true, "crushed": true, "hammered": true, "overcame": true,
	"downed": true,
}

// opponentPreps come before the other club after the match's verb or
// score (see matchClubs).
var opponentPreps = map[string]bool{"with": true, "to": true, "against": true}

// officeRoles are playerRoles that other news uses too ("the bank's
// manager", "a coach carrying refugees"): they make no match report
// alone.
var officeRoles = map[string]bool{"coach": true, "manager": true, "captain": true, "forward": true}

// playerRoles are the roles of a club's people: "Arsenal striker Ian Wright".
var playerRoles = map[string]bool{
	"striker": true, "midfielder": true, "goalkeeper": true, "defender": true, "winger": true,
	"forward": true, "coach": true, "manager": true, "captain": true, "playmaker": true,
}

// sportWords make a sentence one about sport, where a famous club named
// alone is the club (see matchClubs).
var sportWords = map[string]bool{
	"league": true, "cup": true, "final": true, "semi-final": true, "match": true, "derby": true,
	"season": true, "championship": true, "title": true, "fixture": true, "kickoff": true,
	"club": true, "squad": true, "stadium": true, "goal": true, "goals": true, "scored": true,
}

// famousClubs are clubs that bear no town's name and that news names
// alone; each is a club only in a match report or a sentence about
// sport (see matchClubs).
var famousClubs = map[string]bool{
	"arsenal": true, "chelsea": true, "everton": true, "tottenham": true, "juventus": true, "ajax": true,
	"benfica": true, "celtic": true, "rangers": true, "anderlecht": true, "feyenoord": true,
	"galatasaray": true, "fenerbahce": true, "besiktas": true, "lazio": true, "sampdoria": true,
	"fiorentina": true, "schalke": true, "psv": true, "olympiakos": true, "panathinaikos": true,
	"napoli": true, "atalanta": true, "villarreal": true, "boca": true, "flamengo": true,
}

// missionNames joins a mission or force named for the place it serves
// into one body: "United Nations Support Mission in Libya (UNSMIL)", "the
// U.N. Assistance Mission in Afghanistan", "African Union Support and
// Stabilization Mission in Somalia". The tagger sees the UN and the state
// apart, and the words between as nothing. An international body opens the
// name, or its acronym follows in brackets: "the Russian Air Force in
// Syria" is a force somewhere, no name.
func missionNames(d *document, spans []espan) []espan {
	for k := 1; k+2 < len(d.toks); k++ {
		if d.toks[k].Text != "Mission" && d.toks[k].Text != "Force" || d.toks[k+1].Lower != "in" {
			continue
		}
		sent := d.toks[k].Sent
		p := k + 2
		if d.toks[p].Lower == "the" {
			p++
		}
		pi := slices.IndexFunc(spans, func(s espan) bool { return s.from == p })
		if pi < 0 || spans[pi].typ != "PLACE" || d.toks[spans[pi].to-1].Sent != sent {
			continue
		}
		end := spans[pi].to
		// capitalised words before the head, "and" between two of them
		from := k
		for from > 0 && k-from < 8 {
			t := d.toks[from-1]
			if t.Sent != sent {
				break
			}
			if isCap(t.Text) && isWordTok(t.Text) && !stopCaps[t.Lower] {
				from--
				continue
			}
			if t.Lower == "and" && from < k && from >= 2 && isCap(d.toks[from-2].Text) {
				from--
				continue
			}
			break
		}
		if d.toks[from].Lower == "and" {
			from++
		}
		if from == k {
			continue
		}
		bracketed := end+2 < len(d.toks) && d.toks[end].Text == "(" && d.toks[end+2].Text == ")" && isAcronym(d.toks[end+1].Text)
		if !bracketed && !internationalBody(d, from) {
			continue
		}
		// a span reaching out of the name keeps things as they are
		kept, whole := spans[:0:0], true
		for _, s := range spans {
			switch {
			case s.to <= from || s.from >= end:
				kept = append(kept, s)
			case s.from < from || s.to > end:
				whole = false
			}
		}
		if !whole {
			continue
		}
		spans = addSpan(kept, espan{from: from, to: end, typ: "ORG", conf: 0.9, prio: prioRule})
		k = end
	}
	return spans
}

// internationalBody is true when token i opens the name of the UN, the
// African or European Union, NATO or the OSCE.
func internationalBody(d *document, i int) bool {
	switch d.toks[i].Lower {
	case "un", "u.n.", "eu", "au", "nato", "osce":
		return true
	case "united", "african", "european":
		if i+1 < len(d.toks) {
			n := d.toks[i+1].Lower
			return n == "nations" || n == "union"
		}
	}
	return false
}

// acronymLetters is true when the letters of acr come in order in name,
// the first its first letter: a body's acronym takes more than initials
// ("UNSMIL", "AUSSOM" for "African Union Support and Stabilization Mission
// in Somalia").
func acronymLetters(name, acr string) bool {
	acr = strings.ToLower(strings.ReplaceAll(acr, ".", ""))
	name = strings.ToLower(name)
	if len(acr) < 3 || name == "" || name[0] != acr[0] {
		return false
	}
	j := 0
	for i := 0; i < len(name) && j < len(acr); i++ {
		if name[i] == acr[j] {
			j++
		}
	}
	return j == len(acr)
}
