package extract

import (
	"strings"
)

// dropDemonyms removes spans that are only a people's adjective or plural
// ("Syrian", "the Syrians", "Iraqi", "Western"): they name no person,
// organisation or place (CoNLL would call them MISC), yet capitals make
// the tagger guess one, and in a collection "The Syrian" would become an
// organisation collecting every "Syrians". A longer name keeps its
// demonym ("Syrian Arab Army", "Iraqi Security Forces").
func (x *Extractor) dropDemonyms(d *document, spans []espan) []espan {
	out := spans[:0]
	for _, s := range spans {
		from := s.from
		if s.to-from == 2 && d.toks[from].Lower == "the" {
			from++
		}
		if s.to-from <= 5 && s.prio != prioActor && x.allDemonyms(d, from, s.to) {
			continue // "Syrian", "Sunni Muslim", "Shiite Muslim"
		}
		// "North | Korean leader": the compass word of a demonym the
		// tagger left out
		if s.to-s.from == 1 && s.prio < prioActor && compassWords[d.toks[s.from].Lower] && s.to < len(d.toks) && d.toks[s.to].Sent == d.toks[s.from].Sent && x.compassDemonym(d, s.from) {
			continue
		}
		// "the Meitei community", "Kuki tribes": a people, which none of
		// the three types names
		// (a family is a person's: "the Assad clan"; a place's people are
		// the place's: "Miami community leaders", "in Dumba community")
		if s.to-s.from == 1 && s.prio < prioActor && s.typ != "ORG" && s.to < len(d.toks) && peopleNouns[d.toks[s.to].Text] && !(s.typ == "PERSON" && strings.HasPrefix(d.toks[s.to].Text, "clan")) &&
			x.gaz.lookup(d.toks[s.from].Text) == nil && (s.from == 0 || !placePreps[d.toks[s.from-1].Lower]) && (s.to+1 >= len(d.toks) || !isLowerWord(d.toks[s.to+1].Text)) {
			continue
		}
		out = append(out, s)
	}
	return out
}

// peopleNouns, in lower case after a name, make it a people's.
var peopleNouns = map[string]bool{
	"community": true, "communities": true, "tribe": true, "tribes": true, "tribesmen": true,
	"clan": true, "clans": true, "ethnic": true, "minority": true,
}

// compassWords open the names of states and their peoples: "North
// Korean", "South Sudanese".
var compassWords = map[string]bool{"north": true, "south": true, "east": true, "west": true}

// compassDemonym is true when the word after the compass word at k is a
// people's adjective or noun ("Korean", "Sudanese", "Africans"), not the rest of a
// place's name ("South Sudan").
func (x *Extractor) compassDemonym(d *document, k int) bool {
	w := d.toks[k+1].Text
	if !isCap(w) || x.gaz.lookup(d.toks[k].Text+" "+w) != nil {
		return false
	}
	// (plural too: "nine South Africans")
	one := strings.TrimSuffix(w, "s")
	return x.isDemonym(w) || strings.HasSuffix(one, "an") || strings.HasSuffix(w, "ese")
}

// allDemonyms is true when every token in [from, to) is a people's or a
// creed's adjective, or the "and" between two ("Kurds and Alawites").
func (x *Extractor) allDemonyms(d *document, from, to int) bool {
	for k := from; k < to; k++ {
		if d.toks[k].Lower == "and" && k > from && k+1 < to {
			continue
		}
		if !x.isDemonym(d.toks[k].Text) {
			return false
		}
	}
	return to > from
}

// groupAdjectives are capitalised adjectives of peoples and creeds that
// are not formed from a state's name.
var groupAdjectives = map[string]bool{
	"western": true, "eastern": true, "arab": true, "arabs": true, "sunni": true, "sunnis": true,
	"shia": true, "shiite": true, "shiites": true, "muslim": true, "muslims": true, "christian": true,
	"christians": true, "kurdish": true, "kurds": true, "alawite": true, "alawites": true, "druze": true,
	"takfiri": true, "takfiris": true, "islamist": true, "islamists": true, "jihadist": true, "jihadists": true,
	"european": true, "europeans": true, "african": true, "asian": true, "turkmen": true, "yazidi": true,
	"yazidis": true, "palestinians": true, "israelis": true, "shi'ite": true, "shi'ites": true,
	"shias": true, "salafi": true, "salafist": true, "salafists": true, "wahhabi": true, "ismaili": true,
	"catholic": true, "catholics": true, "orthodox": true, "jewish": true, "assyrian": true, "assyrians": true,
	"armenian": true, "armenians": true, "circassian": true, "circassians": true, "arabic": true,
	// creeds, faiths and scripts named alone ("converted to Islam", "the
	// Cyrillic alphabet") are no organisation or place either
	"hindu": true, "hindus": true, "buddhist": true, "buddhists": true, "sikh": true, "sikhs": true,
	"protestant": true, "protestants": true, "evangelical": true, "evangelicals": true, "latin": true,
	"slavic": true, "cyrillic": true, "islam": true, "christianity": true, "judaism": true,
	"hinduism": true, "buddhism": true, "catholicism": true, "protestantism": true,
}

// isDemonym is true for a word that is a people's adjective: one of the
// hand-listed group adjectives, or a state's name with a demonym ending
// ("Syrian" from Syria, "Iranian" from Iran, "Iraqi" from Iraq, "Lebanese"
// from Lebanon, "Turkish" from Turkey), plural or not.
func (x *Extractor) isDemonym(w string) bool {
	l := strings.ToLower(w)
	if groupAdjectives[l] {
		return true
	}
	if x.gaz == nil || !isCap(w) || len(l) < 5 {
		return false
	}
	l = strings.TrimSuffix(l, "s")
	state := x.gaz.isState
	switch {
	case strings.HasSuffix(l, "ian") && (state(l[:len(l)-1]) || state(l[:len(l)-3]) || state(l[:len(l)-3]+"y") || state(l[:len(l)-3]+"e")):
		return true // Syrian, Iranian, Italian (Italy), Ukrainian (Ukraine)
	case strings.HasSuffix(l, "an") && state(l[:len(l)-1]):
		return true // American (America), Jamaican
	case strings.HasSuffix(l, "i") && state(l[:len(l)-1]):
		return true // Iraqi, Yemeni, Israeli
	case strings.HasSuffix(l, "ese") && (state(l[:len(l)-3]+"on") || state(l[:len(l)-3]) || state(l[:len(l)-3]+"a")):
		return true // Lebanese, Sudanese, Chinese
	case strings.HasSuffix(l, "ish") && (state(l[:len(l)-3]+"ey") || state(l[:len(l)-3]+"land") || state(l[:len(l)-3]+"en")):
		return true // Turkish, Polish
	case x.gaz.stateStems[l]:
		return true // German (Germany), Kazakh, Afghan, Uzbek
	}
	return stateAdjectives[l]
}

// stateAdjectives are the people's adjectives of states that no suffix
// rule derives from the state's name.
var stateAdjectives = map[string]bool{
	"british": true, "french": true, "dutch": true, "swiss": true, "greek": true, "saudi": true,
	"emirati": true, "danish": true, "swedish": true, "finnish": true, "spanish": true, "irish": true,
	"portuguese": true, "norwegian": true, "belgian": true, "czech": true, "slovak": true, "thai": true,
	"filipino": true, "welsh": true, "scottish": true, "icelandic": true, "peruvian": true,
}

// trimStatePossessive cuts a state's or a city's possessive written
// without its apostrophe (FA-KES: "Syrias Aleppo", "Syrias army", "Aleppos
// Sheikh Maqsood district") from the front of a longer name: the name is
// what follows, the state or city is a place of its own. A name the
// document gives a person ("Harahs body" after "Khaled Harah") stays his.
func (x *Extractor) trimStatePossessive(d *document, spans []espan) []espan {
	persons := map[string]bool{} // "Harahs body" after "Khaled Harah"
	for _, s := range spans {
		if s.typ == "PERSON" {
			persons[d.toks[s.to-1].Text] = true
		}
	}
	var added []espan
	cut := map[string]bool{} // the names of the spans cut
	for i, s := range spans {
		if s.prio == prioActor {
			continue
		}
		w := d.toks[s.from].Text
		if len(w) < 4 || w[len(w)-1] != 's' || !isCap(w) {
			continue
		}
		p := x.gaz.lookup(w[:len(w)-1])
		if p == nil || !p.State && p.Pop < possessiveCity || x.gaz.lookup(w) != nil || x.actors.get(w) != nil || persons[w[:len(w)-1]] {
			continue // ("Hamas" is no possessive of Hama)
		}
		if !p.State && NormKey(p.Name) != NormKey(w[:len(w)-1]) {
			continue // a city's other name: "Iris Marín" is no "Iri's" (Iksan's)
		}
		if s.to-s.from == 1 {
			// "Syrias" alone: the state
			spans[i].typ, spans[i].canon = "PLACE", p.Name
			continue
		}
		spans[i].from++
		cut[spanText(d, s)], cut[s.canon] = true, true
		spans[i].canon = ""
		if !isCap(d.toks[spans[i].from].Text) {
			spans[i].typ = "MISC" // "Syrias army": no name left
		}
		added = append(added, espan{from: s.from, to: s.from + 1, typ: "PLACE", canon: p.Name, conf: s.conf, prio: prioGaz})
	}
	// a short form propagated from the whole ("the Aleppo region" after
	// "Syrias Aleppo") no longer names it
	for i := range spans {
		if spans[i].canon != "" && cut[spans[i].canon] {
			spans[i].canon = ""
		}
	}
	return withSpans(spans, added)
}

// possessiveCity is the population from which a city's name with an "s"
// glued on is read as its possessive: news writes the possessive of
// cities, rarely of villages.
const possessiveCity = 100000

// splitPlaceState parts a place written before its state without the comma
// (FA-KES captions: "Damascus Syria June 11", "Aleppo Syrias largest
// city"): the town is one place and the state another; so are states
// listed without their commas ("Britain France and the United States").
func (x *Extractor) splitPlaceState(d *document, spans []espan) []espan {
	var added []espan
	for i, s := range spans {
		if s.typ == "MISC" || s.prio >= prioActor || s.to-s.from < 2 || x.gaz.lookup(spanText(d, s)) != nil {
			continue
		}
		// "… in Syria's Aleppo: monitor", a headline that lost its colon:
		// the place, then the source
		if d.toks[s.to-1].Lower == "monitor" {
			if p := x.gaz.lookup(d.text[d.toks[s.from].Start:d.toks[s.to-2].End]); p != nil {
				spans[i].to, spans[i].typ = s.to-1, "PLACE"
				continue
			}
		}
		// "… a political solution in Syria Talks in Tehran are …", "Aleppo
		// Death toll from …", "Syria Airstrikes destroy …", "clashes with
		// Syria Kurds": a heading or headline that lost its line break or
		// colon; the place ends where an everyday word opens what follows
		if p := x.lostBreakPlace(d, s); p != nil {
			spans[i].to, spans[i].typ = s.to-1, "PLACE"
			if p.State {
				spans[i].canon = p.Name
			} else {
				spans[i].canon = ""
			}
			continue
		}
		// cities only in a list that goes on ("Damascus Aleppo and
		// Idleb"): "Washington Metro" is a railway
		// (whatever the tagger made of it: "Aleppo Homs Quneitra and
		// Hasaka" came out a person), or after a preposition of place at the
		// end of a sentence ("rocket attacks on Aleppo Damascus.")
		inList := s.to < len(d.toks) && (d.toks[s.to].Lower == "and" || d.toks[s.to].Text == ",")
		ends := s.to == len(d.toks) || d.toks[s.to].Sent != d.toks[s.from].Sent || sentenceEnds[d.toks[s.to].Text]
		placed := ends && s.from > 0 && (locPreps[d.toks[s.from-1].Lower] || d.toks[s.from-1].Lower == "on")
		if parts := x.stateRun(d, s.from, s.to, inList || placed); len(parts) > 1 {
			// "Britain France and the United States": states listed
			// without their commas; whether each acts is decided later
			spans[i].to, spans[i].canon, spans[i].typ = parts[0].to, parts[0].canon, "PLACE"
			added = append(added, parts[1:]...)
			continue
		}
		// the tagger's type does not matter: both parts are known places
		// of one country ("Aleppo Syrias" came out a person)
		last := d.toks[s.to-1].Text
		state := x.gaz.lookup(last)
		if (state == nil || !state.State) && len(last) > 4 && last[len(last)-1] == 's' {
			state = x.gaz.lookup(last[:len(last)-1])
		}
		if state == nil || !state.State {
			if town, city := x.townInCity(d, s); town > s.from {
				spans[i].to, spans[i].canon, spans[i].typ = town, "", "PLACE"
				added = append(added, espan{from: town, to: s.to, typ: "PLACE", conf: s.conf, prio: prioGaz, canon: city})
			}
			continue
		}
		town := x.gaz.lookup(d.text[d.toks[s.from].Start:d.toks[s.to-2].End])
		if town == nil || town.State || town.Country != state.Country {
			continue
		}
		spans[i].to--
		spans[i].canon, spans[i].typ = town.Name, "PLACE"
		added = append(added, espan{from: s.to - 1, to: s.to, typ: "PLACE", canon: state.Name, conf: s.conf, prio: prioGaz})
	}
	return withSpans(spans, added)
}

// townInCity parts a town written before the big city whose province it
// lies in, without the comma ("Saraqib Idlib", "Azaz Aleppo", "Tal Abyad
// Raqqa"): it returns where the city's name starts (s.from when span s is
// no such pair) and the city's canonical name. The town must be one the
// gazetteer knows and no everyday word ("New Aleppo", "Old Damascus"),
// the city a big one (listedCityPop) of the same country.
func (x *Extractor) townInCity(d *document, s espan) (int, string) {
	if s.typ == "PERSON" {
		return s.from, "" // "Abu Hassan", "Gregg Brandon": towns too
	}
	for n := 1; n <= 2 && s.to-n > s.from; n++ {
		at := s.to - n
		city := x.gaz.lookup(d.text[d.toks[at].Start:d.toks[s.to-1].End])
		if city == nil || city.State || city.Pop < listedCityPop {
			continue
		}
		if at-s.from == 1 && x.gaz.lower[d.toks[s.from].Lower] {
			return s.from, ""
		}
		town := x.gaz.lookup(d.text[d.toks[s.from].Start:d.toks[at-1].End])
		if town == nil || town.State || town.Country != city.Country {
			continue
		}
		return at, city.Name
	}
	return s.from, ""
}

// lostBreakPlace is the place a span opens with when the span's last word
// is no part of a name but the start of the next sentence or the rest of
// a headline: a capitalised everyday word (not the kind of a place or the
// head of an organisation's name: "Raqqa Province", "Daraa Army") before
// a lower-case word, or a people's name ("Syria Kurds", "Syria British
// scientists"). Nil when the span is a name the lists know whole, or the
// words before the last are no known place.
func (x *Extractor) lostBreakPlace(d *document, s espan) *Place {
	// the tagger's organisations and people are left alone: "the Oakland
	// Athletics signed", "Ken King said"
	if s.typ != "PLACE" || s.to-s.from < 2 || s.to >= len(d.toks) {
		return nil
	}
	last, next := d.toks[s.to-1], d.toks[s.to]
	if !isCap(last.Text) || x.actors.get(spanText(d, s)) != nil {
		return nil
	}
	everyday := x.gaz.lower[last.Lower] && !nameHeadWords(last.Lower) &&
		next.Sent == last.Sent && isWordTok(next.Text) && !isCap(next.Text) && !isDigitStart(next.Text)
	// "Russia Turkey and Iran", "Syria US officials": a list that lost its
	// commas, which stateRun parts
	if !everyday && !x.isDemonym(last.Text) || x.gaz.lookup(last.Text) != nil {
		return nil
	}
	// "University Housing": a town named by an everyday word is no
	// evidence of a place
	if s.to-s.from == 2 && x.gaz.lower[d.toks[s.from].Lower] {
		return nil
	}
	return x.gaz.lookup(d.text[d.toks[s.from].Start:d.toks[s.to-2].End])
}

// nameHeadWords end names of places, buildings and bodies: "Raqqa
// Province", "Hama Media Center", "Mallah Farms", "Hajjah Hospital", "U.S.
// Congress".
func nameHeadWords(w string) bool {
	return orgHeads[w] || placeTails[w] || placeKinds[w] || institutionHeads[w] || groupNouns[w] ||
		mediaKinds[w] || placeOfHeads[w] || ledGroups[w] || buildingWords[w]
}

// buildingWords end the names of buildings, sites, institutions and
// landforms that the other lists of name heads leave out.
var buildingWords = map[string]bool{
	"media": true, "hospital": true, "mosque": true, "station": true, "hotel": true, "market": true,
	"stadium": true, "palace": true, "bridge": true, "church": true, "tower": true, "building": true,
	"farm": true, "farms": true, "gate": true, "park": true, "hall": true, "congress": true,
	"senate": true, "embassy": true, "consulate": true, "government": true, "administration": true,
	"museum": true, "library": true, "port": true, "harbour": true, "harbor": true, "mall": true,
	"railroad": true, "railway": true, "line": true, "plateau": true, "dock": true, "docks": true,
	"junction": true, "canal": true, "pass": true, "springs": true, "falls": true, "beach": true,
	"coast": true, "hill": true, "hills": true, "ridge": true, "forest": true, "field": true,
	"fields": true, "garden": true, "gardens": true, "cemetery": true, "zone": true, "range": true,
}

var sentenceEnds = map[string]bool{".": true, "!": true, "?": true, ";": true}

// listedCityPop is the population from which a city name in a run of
// names is taken for the city: smaller towns share their names with too
// many other words.
const listedCityPop = 100000

// stateRun cuts [from, to) into state names of one to three words,
// longest first, with "and" or a comma between two, or returns nil when
// some part is not a state. With
// cities, large cities count too ("in Damascus Aleppo and Idleb").
func (x *Extractor) stateRun(d *document, from, to int, cities bool) []espan {
	var parts []espan
	for k := from; k < to; {
		n := min(3, to-k)
		for ; n > 0; n-- {
			p := x.gaz.lookup(d.text[d.toks[k].Start:d.toks[k+n-1].End])
			if p != nil && p.State {
				parts = append(parts, espan{from: k, to: k + n, typ: "PLACE", canon: p.Name, conf: 0.9, prio: prioGaz})
				break
			}
			// a city keeps the article's spelling (no canon)
			if p != nil && cities && p.Pop >= listedCityPop {
				parts = append(parts, espan{from: k, to: k + n, typ: "PLACE", conf: 0.9, prio: prioGaz})
				break
			}
		}
		if n == 0 {
			return nil
		}
		k += n
		// a span that ran over the list's last "and" ("Saudi Arabia
		// Turkey and Qatar")
		if k+1 < to && (d.toks[k].Lower == "and" || d.toks[k].Text == ",") {
			k++
		}
	}
	return parts
}

// givenAfterPlace moves a given name the tagger ran into the place before a
// person back to the person, where scraping lost the comma between them:
// "in Syria Ali al-Zaatari said" is Syria and Ali al-Zaatari. The place
// without the name must be one the gazetteer knows, and the whole not.
func (x *Extractor) givenAfterPlace(d *document, spans []espan) []espan {
	for i := 0; i+1 < len(spans); i++ {
		a, b := spans[i], spans[i+1]
		if a.typ != "PLACE" || b.typ != "PERSON" || a.prio != prioTagger || a.to != b.from || a.to-a.from < 2 {
			continue
		}
		last := d.toks[a.to-1].Text
		if !x.gaz.isGiven(last) || x.gaz.lookup(spanText(d, a)) != nil {
			continue
		}
		rest := espan{from: a.from, to: a.to - 1}
		if x.gaz.lookup(spanText(d, rest)) == nil {
			continue
		}
		spans[i].to, spans[i].canon = a.to-1, ""
		spans[i+1].from, spans[i+1].canon = b.from-1, ""
	}
	return spans
}
