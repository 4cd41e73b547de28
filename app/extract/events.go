package extract

import (
	"math"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
)

// reportingVerbs introduce the reporting of a statement: in "X told Syria
// Direct on Monday" the date is when it was said, not when it happened.
var reportingVerbs = map[string]bool{
	"told": true, "tell": true, "tells": true, "said": true, "says": true, "say": true, "reported": true,
	"added": true, "stated": true, "wrote": true, "according": true, "reports": true, "explained": true,
	"confirmed": true, "claimed": true, "noted": true, "quoted": true, "speaking": true, "spoke": true,
}

// captionRe recognises photo-caption lines by their credit.
var captionRe = regexp.MustCompile(`(?i)\b(photo|image|picture)s?\s*(courtesy|credit|by|:)|\bcredit\s*:|\bgetty images\b|\((afp|ap|reuters)( photo)?\)`)

// mayBeCaption is a cheap test that a line could match captionRe: the
// regexp is a tenth of extraction's time when run on every line.
func mayBeCaption(line string) bool {
	for _, w := range captionHints {
		if strings.Contains(line, w) {
			return true
		}
	}
	return false
}

// captionHints are parts of every word captionRe looks for, as written in
// lower case, title case or capitals.
var captionHints = []string{"hoto", "HOTO", "mage", "MAGE", "icture", "ICTURE", "redit", "REDIT", "etty", "ETTY", "(AFP", "(afp", "(Afp", "(AP", "(ap", "(Ap", "(Reuters", "(REUTERS", "(reuters"}

// findEvents turns sentences that state something happening at a resolved
// day, week or month into events. Reported speech, dates inside quotations
// and restatements of an event already found (same date, same most
// specific place) are left out.
func (x *Extractor) findEvents(d *document, ents []Entity, timexes []Timex) []Event {
	var out []Event
	seen := map[string]int{} // date and most specific place -> 1 + the event's index
	// the end of the headline, when a story follows it
	headEnd := strings.IndexByte(d.text, '\n')
	if headEnd < 0 || len(strings.TrimSpace(d.text[headEnd:])) == 0 {
		headEnd = 0
	}
	told := map[string]bool{} // date and summary
	dateline := datelinePlace(d, ents)
	headline := x.headlinePlace(d, ents)
	repeats := d.headlineRepeats()
	lists := nameListCommas(d, ents)
	captions := map[int][][2]int{} // line start -> the captions on that line
	for i, tx := range timexes {
		prec := precisionOf(tx)
		if prec == "" || i > 0 && dayListed(d, timexes[i-1], tx) {
			continue // "April 24 and 25": one event, on the first day
		}
		if i > 0 && sameMoment(d, timexes[i-1], tx) {
			continue // "at 7 pm on Tuesday": one date, told in two parts
		}
		// the summary leaves the whole list of days out
		phrase := tx
		for j := i + 1; j < len(timexes) && dayListed(d, timexes[j-1], timexes[j]); j++ {
			phrase.End = timexes[j].End
		}
		for j := i + 1; j < len(timexes) && sameMoment(d, timexes[j-1], timexes[j]); j++ {
			phrase.End = timexes[j].End // "10am local time (0700 GMT) on Monday"
		}
		// "between April 27 and May 18", "from March 3 to 10"
		if k := d.tokenAt(tx.Start); phrase.End > tx.End && k > 0 && (d.toks[k-1].Lower == "between" || d.toks[k-1].Lower == "from") {
			phrase.Start = d.toks[k-1].Start
		}
		ti := d.tokenAt(tx.Start)
		if ti < 0 || spokenQuote(d, ti) || otherZone(d, ti) {
			continue
		}
		// "said on Sunday they had taken El Fasher": the date is the
		// statement's, and the claim it carries is the news, told as said
		claim := false
		if reportedAt(d, ents, ti) {
			if claim = reportedHappening(d, timexes, i, ti, phrase); !claim {
				continue
			}
		}
		// "AFP Thursday 24 Apr 2014 An air strike … on Thursday": the
		// page's stamp dates the writing; the story's own date, when the
		// sentence has one, dates the event
		if isPageStamp(d.text, tx) && ownDayInSentence(d, ents, timexes, tx) {
			continue
		}
		// "Last Update: Friday 23 August 2013" at a page's foot dates the
		// page; no story follows it
		if tx.Start >= stampTop && lastUpdate(d.text[max(0, tx.Start-32):tx.Start]) {
			continue
		}
		// "KABUL, Dec 11 (Reuters) -": a dateline's date tells when the
		// story was filed; the lead's own date ("on Wednesday") dates
		// what happened
		if datelineDate(d, tx) {
			continue
		}
		// "begins on Tuesday and runs until Thursday": the end of a span
		// whose start the sentence dated is no event of its own
		if ti > 0 && untilWords[d.toks[ti-1].Lower] && i > 0 && precisionOf(timexes[i-1]) != "" {
			if p := d.tokenAt(timexes[i-1].Start); p >= 0 && d.toks[p].Sent == d.toks[ti].Sent {
				continue
			}
		}
		// "Flash Update No. 3 (as of 4 December 2024)": a report's stamp
		if ti > 2 && d.toks[ti-1].Lower == "of" && d.toks[ti-2].Lower == "as" && d.toks[ti-3].Text == "(" {
			continue
		}
		// "Russian Offensive Campaign Assessment, November 18, 2024": a
		// report's title dated after a comma at its end is the report's
		// stamp
		// (or without its year, when the title names a report: "Sudan:
		// Humanitarian Update — El Fasher, 12 May")
		if tx.End <= headEnd && ti > 0 && d.toks[ti-1].Text == "," && strings.TrimSpace(d.text[tx.End:headEnd]) == "" && (hasYear(tx.Text) || reportTitle(d, ti)) {
			continue
		}
		// "North Kivu Flash Update No. 4 (12 March 2025)": so is a full
		// date in brackets that ends the title
		if tx.End <= headEnd && ti > 0 && d.toks[ti-1].Text == "(" && strings.TrimSpace(d.text[tx.End:headEnd]) == ")" && hasYear(tx.Text) {
			continue
		}
		// "data for April": the date qualifies a thing, it does not date a happening
		if ti > 0 && d.toks[ti-1].Lower == "for" || qualifiesPeriodOrDebt(d, ti) || comparedPrice(d, ti) {
			continue
		}
		// "occurred … ahead of the Eid al-Fitr festival": what happened
		// before a day did not happen on it ("before noon" is still that day)
		if tx.Type != "TIME" && beforeDate(d, ti) {
			continue
		}
		s := d.sents[d.toks[ti].Sent]
		// a date of the sentence before this one (not the dateline's)
		// (a page's stamp is one for an "after" clause, whose own date it
		// leaves the clause: "Published August 15 2016 People inspect a damaged
		// building in Idlib after warplanes pounded the city yesterday")
		var dc sentenceDates
		dc.before = i > 0 && timexes[i-1].Start >= s.Start && precisionOf(timexes[i-1]) != "" && !datelineDate(d, timexes[i-1])
		dc.stamped = dc.before && isPageStamp(d.text, timexes[i-1])
		dc.after = i+1 < len(timexes) && timexes[i+1].Start < s.End && precisionOf(timexes[i+1]) != ""
		c := clauseOf(d, s, ti, phrase, lists, ents, dc)
		// a later clause of the sentence with a date of its own ("… on
		// Saturday, in a second day of strikes after a drone attack killed
		// three soldiers in Jordan a week ago") tells another event: its
		// words and names are not this one's
		later := s.To
		if dc.after {
			if nti := d.tokenAt(timexes[i+1].Start); nti > ti {
				// (from the date's last word: "erupted in September after
				// Zambada … was flown to the United States in July")
				p := subordinateStart(d, d.tokenFrom(phrase.End)-1, nti, true)
				if p <= 0 {
					p = participleStart(d, d.tokenFrom(phrase.End), nti)
				}
				// "imposed a total blockade on March 2 and resumed its
				// campaign on March 18": a second verb with a date of its own
				if p <= 0 && !isPageStamp(d.text, tx) {
					p = andVerbStart(d, d.tokenFrom(phrase.End), nti)
				}
				if p > 0 {
					later = p - 1
					if later > c.From && later < c.To {
						c.To = later
					}
				}
			}
		}
		if i > 0 && timexes[i-1].Start >= s.Start {
			c = secondVerbClause(d, c, timexes[i-1], ti)
		}
		from := c.From
		// (the count may be in a subject kept over its appositive: "At
		// least 13 peacekeepers, including nine South Africans, have been
		// killed in fighting since Thursday")
		if tallySince(d, min(from, c.SubjFrom), c.To, ti, d.tokenFrom(phrase.End)) {
			continue
		}
		// an appositive ("…, a town formerly under opposition control since
		// August 2016") describes a noun of the main clause: the main
		// clause's actors did not do what it says
		appositive := from > s.From && (d.toks[from].Lower == "a" || d.toks[from].Lower == "an")
		ev := Event{Start: s.Start, End: s.End, Date: eventDate(tx.Value, prec), Precision: prec, Confidence: 0.5 + 0.4*tx.Confidence}
		// what the summary leaves out before the clause proper (a page
		// stamp, a dateline and its agency, the headline repeated) names
		// neither actors nor the place of the event; a dateline's place
		// is kept to fall back on
		proper, links := afterFurniture(d, afterStamp(d, c, timexes), ti)
		if links == linksToEnd {
			continue // a date in the headline of another story the page links to
		}
		proper = afterDateline(d, afterHeadline(d, afterLostStop(d, proper, ti), repeats, ti), ents)
		skipFrom, skipTo := d.toks[c.From].Start, d.toks[proper.From].Start
		// "UN investigators said aerial bombardment by Syrian forces …":
		// the summary is what was said; those who said it are no actors
		// (the place they speak from may still be the event's: "Activists
		// in rural Idlib said that five people were killed")
		// (but where they said it is not: "told journalists in Juba that
		// the base in Nasir town fell")
		sayerFrom, sayerTo, saidAt := -1, -1, -1
		if k := sayerFrame(d, proper, ti, timexes); k > proper.From {
			sayerFrom, sayerTo = d.toks[proper.From].Start, d.toks[k].Start
			for v := proper.From + 1; v < k && saidAt < 0; v++ {
				if frameVerbs[d.toks[v].Lower] && !determiners[d.toks[v-1].Lower] {
					saidAt = d.toks[v].Start
				}
			}
			proper.startAt(k)
		}
		// a wire dateline that opens the sentence before the clause
		// ("KYIV, Ukraine (AP) — Russian forces …") says where the story
		// was filed, wherever the clause starts
		datelineEnd := s.Start
		if dl := afterDateline(d, clause{From: s.From, To: s.To}, ents); dl.From > s.From && dl.From <= c.From {
			datelineEnd = d.toks[dl.From].Start
		}
		// ", said Thameen Al-Kheetan, a spokesman for the U.N. office in
		// Geneva.": who told it, and where they sit, after the clause
		tail := min(sayerTail(d, s, d.tokenFrom(phrase.End)), later)
		var filedFrom, mainPlaces []string
		var firstPlace string
		lastHome := -1 // the end of the last place that was someone's home
		lo := sort.Search(len(ents), func(k int) bool { return ents[k].Start >= s.Start })
		for _, e := range ents[lo:] {
			if e.Start >= s.End {
				break
			}
			if e.End > s.End || modifierOnly(d.text, e) || e.Type == "PERSON" && namesBody(d, e) {
				continue
			}
			if e.Start >= skipFrom && e.End <= skipTo || e.End <= datelineEnd {
				if e.Type == "PLACE" && isAcronym(strings.ReplaceAll(e.Text, " ", "")) {
					filedFrom = appendUnique(filedFrom, e.Canonical) // "KHAN SHEIKHUN"
				}
				continue
			}
			// an appositive left out of the summary describes its subject:
			// "participating in the Hama offensive" does not place the event
			// (one after a clause with its verb describes the place it
			// ends with: "… were killed in a drone attack on Tower 22, a
			// logistics base in northeastern Jordan …, on Jan. 28")
			if c.SubjTo < c.From && e.Start >= d.toks[c.SubjTo].Start && e.End <= d.toks[c.From].Start && !verbIn(d, c.SubjFrom, c.SubjTo) {
				continue
			}
			if c.Relative && e.Start >= d.toks[c.To].Start || tail < s.To && e.Start >= d.toks[tail].Start {
				continue
			}
			switch e.Type {
			case "PLACE":
				if trailingSayer(d, e) || saidAt >= 0 && e.Start > saidAt && e.End <= sayerTo {
					continue // ", Ukraine's State Emergency Service said"
				}
				if e.Canonical == dateline && isAcronym(strings.ReplaceAll(e.Text, " ", "")) {
					continue // the dateline says where it was written, not where it happened
				}
				// "Scott C. Dayton, 42, of Woodbridge, Virginia, died … in
				// northern Syria": a person's home is not the event's place
				if homeOf(d, e, lastHome) {
					lastHome = e.End
					continue
				}
				// the main clause's places serve a since- or an
				// after-clause only when it names none of its own
				if c.Subordinate && e.Start < d.toks[min(c.SubjFrom, c.From)].Start {
					mainPlaces = appendUnique(mainPlaces, e.Canonical)
					continue
				}
				ev.Places = appendUnique(ev.Places, e.Canonical)
				if firstPlace == "" {
					if p := e.Canonical; !isCountryLike(p) {
						firstPlace = p
					}
				}
			default:
				if appositive && e.Start < d.toks[from].Start || c.Subordinate && e.Start < d.toks[min(c.SubjFrom, c.From)].Start {
					continue
				}
				if e.Start >= sayerFrom && e.End <= sayerTo {
					continue
				}
				if !reportedEntity(d, e) && !newsSources[e.Canonical] && !trailingSayer(d, e) && !facilityName(e.Text) && !namesFacility(d, e) {
					ev.Actors = appendUnique(ev.Actors, e.Canonical)
				}
			}
		}
		if len(ev.Places) == 0 && len(mainPlaces) > 0 {
			ev.Places = mainPlaces
			for _, p := range mainPlaces {
				if firstPlace == "" && !isCountryLike(p) {
					firstPlace = p
				}
			}
		}
		// "in the Syrian capital": the capital is the event's place, before
		// the country. (It does not key restatements: a phrase this loose
		// should not make two events one.)
		if capital := capitalNamed(d, proper.From, proper.To); capital != "" && !slices.Contains(ev.Places, capital) {
			if firstPlace == "" {
				ev.Places = append([]string{capital}, ev.Places...)
			} else {
				ev.Places = append(ev.Places, capital)
			}
		}
		// a dateline's town tells two events of a day apart as well
		for _, p := range filedFrom {
			if firstPlace == "" && !isCountryLike(p) {
				firstPlace = p
			}
		}
		key := tx.Value + "|" + firstPlace
		// the story tells what its headline did, at length and traced to
		// its sentence: its event takes the headline's place
		replaces := -1
		if at := seen[key]; firstPlace != "" && at > 0 {
			if out[at-1].Start >= headEnd || s.Start < headEnd {
				continue
			}
			replaces = at - 1
		}
		if len(ev.Places) == 0 {
			// "pushing into the city": the town the story named last
			ev.Places = x.anaphoricPlace(d, ents, c)
		}
		if len(ev.Actors) == 0 {
			// "The group captured the town of Sake": the group the story
			// named last
			if a := x.groupAnaphor(d, ents, proper); a != "" {
				ev.Actors = []string{a}
			}
		}
		if len(ev.Places) == 0 && len(filedFrom) > 0 {
			ev.Places = filedFrom
			ev.Confidence -= 0.1
		}
		if len(ev.Places) == 0 && dateline != "" {
			ev.Places = []string{dateline}
			ev.Confidence -= 0.1
		}
		// the story's place, from its headline: less sure than the
		// dateline, which says where the reporter was
		if len(ev.Places) == 0 && headline != "" {
			ev.Places = []string{headline}
			ev.Confidence -= 0.15
		}
		// one regexp run per line: a wire story flattened to one long line
		// has many events on it
		from, to := d.lineBounds(tx.Start)
		regions, ok := captions[from]
		if !ok {
			regions = captionRanges(d, from, to)
			captions[from] = regions
		}
		ev.Caption = inRanges(regions, tx.Start)
		ev.Summary = summarize(d, proper, phrase)
		ev.Confidence = eventConfidence(d, c, ev)
		if ev.Confidence < 0 {
			continue // a dated scrap: "Last Update: KSA 16:06", "BEIRUT"
		}
		if claim {
			// it may have happened before the day it was told
			ev.Confidence = math.Max(0.2, ev.Confidence-0.1)
		}
		if links == linksBefore {
			// where the list of links ends and the story begins, nothing
			// tells: the summary may open with other stories' headlines
			ev.Confidence = math.Max(0.2, ev.Confidence-0.3)
		}
		// a scraped page that repeats its lead paragraph tells it once, and
		// a sentence with two dates of one day ("at 7 pm on Tuesday") is
		// one event
		said, once := ev.Date+"|"+ev.Summary, ev.Date+"@"+strconv.Itoa(s.Start)
		if told[said] || told[once] {
			continue
		}
		// a key is taken only by an event kept: the date of a dateline
		// ("KABUL, Dec 11 (Reuters) -"), a dated scrap with no event, must
		// not hide the lead's own "on Wednesday", the same day
		told[said], told[once] = true, true
		if replaces >= 0 {
			out[replaces] = ev
			continue
		}
		out = append(out, ev)
		seen[key] = len(out)
	}
	return dropHeadlineRestatements(d, out)
}

// dropHeadlineRestatements drops the event a headline tells (a scraped
// page repeats its headline after the page's date: "Sun 22 Feb 2015
// Suicide bomber kills 4 in Assad clans hometown.") when the story tells
// the same happening on the same day ("A suicide bomber driving an
// ambulance killed four people on Sunday …"): one happening, one event,
// traced to the story's sentence. A headline whose happening the story
// does not tell that day stays ("22 dead in heavy U.S. raids" beside "the
// strikes were executed …").
func dropHeadlineRestatements(d *document, events []Event) []Event {
	head := headlineText(d)
	if len(head) < 20 || len(events) < 2 {
		return events
	}
	prefix := strings.ToLower(head[:20])
	isHead := func(ev Event) bool { return strings.HasPrefix(strings.ToLower(ev.Summary), prefix) }
	out := events[:0]
	for i, ev := range events {
		drop := false
		if isHead(ev) {
			for j, o := range events {
				if j != i && o.Date == ev.Date && !isHead(o) && sharesHappening(ev.Summary, o.Summary) && samePlaces(ev, o) {
					drop = true
					break
				}
			}
		}
		if !drop {
			out = append(out, ev)
		}
	}
	return out
}

// samePlaces is true when two events share a place or one names none: a
// roundup's headline ("13 citizens killed in terrorist attacks … in
// Aleppo") tells of another town than its story's next item ("Terrorist
// rocket attack injures three civilians in Lattakia countryside").
func samePlaces(a, b Event) bool {
	if len(a.Places) == 0 || len(b.Places) == 0 {
		return true
	}
	for _, p := range a.Places {
		if slices.Contains(b.Places, p) {
			return true
		}
	}
	return false
}

// sharesHappening is true when two summaries name a happening by one word
// stem ("kills" and "killed", "bombing" and "bomb").
func sharesHappening(a, b string) bool {
	stems := map[string]bool{}
	stem := func(w string) string {
		w = strings.ToLower(strings.Trim(w, ".,;:'\"“”()"))
		if len(w) > 4 {
			w = w[:4]
		}
		return w
	}
	for _, w := range strings.Fields(a) {
		if isHappening(strings.ToLower(w)) {
			stems[stem(w)] = true
		}
	}
	for _, w := range strings.Fields(b) {
		if isHappening(strings.ToLower(w)) && stems[stem(w)] {
			return true
		}
	}
	return false
}

// afterStamp starts a clause after a page stamp inside it ("Posted on July
// 2 2016 by …"), so that the summary tells what happened, not when the
// page was written.
func afterStamp(d *document, c clause, timexes []Timex) clause {
	for _, t := range timexes {
		if t.Start >= stampTop {
			break
		}
		if k := d.tokenAt(t.Start); k >= c.From && k < c.To && isPageStamp(d.text, t) {
			end := k
			for end < c.To && d.toks[end].End <= t.End {
				end++
			}
			if end < c.To {
				c.startAt(end)
			}
		}
	}
	return c
}

// dayListed is true when b is the next day of a list or range that a
// opens: "April 24 and 25", "12 and 13 May", "between April 27 and May
// 18", "from March 2011 to June 2016" (both days or both months, a join
// word between them).
func dayListed(d *document, a, b Timex) bool {
	// a part of the day goes with its day: "throughout Friday night and
	// into Saturday morning"
	av, bv := dayOfValue(a.Value), dayOfValue(b.Value)
	if len(av) != len(bv) || len(av) != 10 && len(av) != 7 || a.End >= b.Start {
		return false
	}
	between := strings.TrimSpace(d.text[a.End:b.Start])
	return dayJoins[between] || between == "into" || between == "and into"
}

// dayOfValue is the day of a value with a part of the day
// ("2014-08-15TNI"), else the value.
func dayOfValue(v string) string {
	if len(v) > 10 && v[10] == 'T' && v[4] == '-' {
		return v[:10]
	}
	return v
}

// sameMoment is true when b follows a and tells the same day in its other
// part, a time and its day: "at 7 pm on Tuesday", "on Tuesday at 7 pm".
func sameMoment(d *document, a, b Timex) bool {
	if a.End >= b.Start || len(a.Value) < 10 || len(b.Value) < 10 || a.Value[:10] != b.Value[:10] {
		return false
	}
	between := strings.TrimSpace(d.text[a.End:b.Start])
	// "10am local time (0700 GMT)": the same moment in another zone
	if len(a.Value) > 10 && len(b.Value) > 10 && between == "(" {
		return true
	}
	if len(a.Value) == len(b.Value) {
		return false
	}
	// "(0700 GMT) on Monday": the zone's bracket closes before the day
	between = strings.TrimSpace(strings.TrimPrefix(between, ")"))
	// "at noon local time (0900 GMT) on Thursday": the same moment in
	// another zone, in brackets, between them
	if strings.HasPrefix(between, "(") {
		if end := strings.IndexByte(between, ')'); end > 0 && end < 30 {
			between = strings.TrimSpace(between[end+1:])
		}
	}
	return between == "on" || between == "at" || between == ","
}

// Where afterFurniture found a list of links to other stories.
const (
	noLinks     = iota
	linksBefore // between the clause's start and the date
	linksToEnd  // around the date, running to the end of the text
)

// afterFurniture starts a clause after the share buttons and counters a
// scraped page leaves before its story ("Print Tweet Views 1662 An Islamic
// State car bomb …", "Get short URL 0 87 Kurdish-led Syrian Democratic
// Forces …") when they come before the date at token ti. A "Related" list
// of other stories' headlines after a counter ("Views 2494 Related",
// "87 Related", "(1881) Related") is furniture too, but its end is not
// marked: before the date, the clause starts after the word and says so
// (linksBefore); a list with no full stop from before the date to the end
// of the text holds the date in a headline (linksToEnd).
func afterFurniture(d *document, c clause, ti int) (clause, int) {
	from, links := -1, noLinks
	// the buttons may follow the date when the date is the page's stamp
	// ("Reuters Friday 17 Nov 2017 Print Tweet Views 1662 An Islamic …"):
	// the scan goes on until the story's first lower-case word
	for k := c.From; k < c.To && (k < ti || !isLowerWord(d.toks[k].Text)); k++ {
		t := d.toks[k].Text
		switch {
		case t == "Tweet" && k > 0 && d.toks[k-1].Text == "Print":
			from = k + 1
		case t == "URL" && k > 1 && d.toks[k-1].Text == "short" && d.toks[k-2].Text == "Get":
			from = k + 1
		case t == "Views" && k+1 < c.To && isDigits(d.toks[k+1].Text) && from == k:
			from = k + 2
		case t == "Slideshow" && k+4 < c.To && d.toks[k+1].Text == "(" && isDigits(d.toks[k+2].Text) && pictureWords[d.toks[k+3].Lower] && d.toks[k+4].Text == ")":
			from = k + 5 // "Slideshow (3 Images) The attack took place …"
		case t == "[" && k+4 < c.To && d.toks[k+1].Lower == "click" && d.toks[k+2].Lower == "to" && d.toks[k+4].Text == "]":
			from = k + 5 // "[Click to enlarge] All the factions sent …"
		case t == "Related" && k < ti && k > 0 && (isDigits(d.toks[k-1].Text) || d.toks[k-1].Text == ")") && k+1 < len(d.toks) && isCap(d.toks[k+1].Text):
			from, links = k+1, linksBefore
		}
		// the counters after "URL": "0 87"
		for from == k+1 && from < c.To && isDigits(d.toks[from].Text) && t != "Related" {
			from++
		}
	}
	if links == linksBefore {
		end := ti
		for end < len(d.toks) && d.toks[end].Text != "." {
			end++
		}
		if end == len(d.toks) {
			return c, linksToEnd
		}
	}
	if from < 0 || from >= c.To {
		return c, links
	}
	c.startAt(from)
	return c, links
}

// pictureWords count a gallery's pictures: "Slideshow (3 Images)".
var pictureWords = map[string]bool{"images": true, "image": true, "photos": true, "photo": true, "pictures": true}

// anaphoricPlace is the place "the city", "the town" or "the village" in
// clause c refers to: the last town the text named before it (countries
// and regions are no towns, nor a modifier such as "Britain-based"); "the
// region" or "the province" refers to the last place named as one ("Cabo
// Delgado province"). Nil when the clause has no such words or no such
// place came before.
func (x *Extractor) anaphoricPlace(d *document, ents []Entity, c clause) []string {
	at, region := -1, false
	for k := c.From; k+1 < c.To; k++ {
		if d.toks[k].Lower == "the" && (townNouns[d.toks[k+1].Lower] || provinceWords[d.toks[k+1].Lower]) {
			at, region = d.toks[k].Start, provinceWords[d.toks[k+1].Lower]
			break
		}
	}
	if at < 0 {
		return x.attackPlace(d, ents, c)
	}
	// "attacked communities in the region": the region the story named
	// as one ("the northeastern Catatumbo region")
	for i := sort.Search(len(ents), func(i int) bool { return ents[i].Start >= at }) - 1; i >= 0; i-- {
		if e := ents[i]; region && e.Type == "PLACE" && provinceMention(d.text, e) || !region && x.townMention(d, e) {
			return []string{e.Canonical}
		}
	}
	return nil
}

// townMention is true for a place entity that "the town" or "the strike"
// may refer back to: a town, not a state, a country, a big region, a
// province or a modifier ("Britain-based").
func (x *Extractor) townMention(d *document, e Entity) bool {
	if e.Type != "PLACE" || modifierOnly(d.text, e) || provinceMention(d.text, e) {
		return false
	}
	p := x.gaz.lookup(e.Canonical)
	return p == nil || !p.State && !isCountryLike(e.Canonical) && p.Pop < regionPop
}

// provinceMention is true for a place named as a province or region
// ("Homs province", "the province of Aleppo", "the central region of
// Hama"), which "the town" does not refer to.
func provinceMention(text string, e Entity) bool {
	after := strings.Fields(text[e.End:min(len(text), e.End+24)])
	if len(after) > 0 && provinceWords[strings.ToLower(strings.Trim(after[0], ".,;:"))] {
		return true
	}
	before := strings.Fields(strings.ToLower(text[max(0, e.Start-24):e.Start]))
	n := len(before)
	return n >= 2 && before[n-1] == "of" && provinceWords[before[n-2]]
}

var provinceWords = map[string]bool{
	"province": true, "provinces": true, "governorate": true, "region": true, "countryside": true,
}

// townNouns refer back to a town: "the city", "the town".
var townNouns = map[string]bool{"city": true, "town": true, "village": true}

// attackPlace is the place of the attack "The strike", "The attack" or
// "The raid" opening clause c refers to: the town named after the same
// word in one of the two sentences before ("an Israeli air strike that
// killed 21 people in the village of Aitou. The strike on Monday hit …").
// Nil when the clause opens otherwise or no town was named so.
func (x *Extractor) attackPlace(d *document, ents []Entity, c clause) []string {
	if c.From+1 >= c.To || d.toks[c.From].Lower != "the" || !attackNouns[d.toks[c.From+1].Lower] {
		return nil
	}
	noun := d.toks[c.From+1].Lower
	sent := d.toks[c.From].Sent
	for back := 1; back <= 2 && sent-back >= 0; back++ {
		s := d.sents[sent-back]
		for k := s.From; k < s.To; k++ {
			if d.toks[k].Lower != noun {
				continue
			}
			lo := sort.Search(len(ents), func(i int) bool { return ents[i].Start >= d.toks[k].End })
			for _, e := range ents[lo:] {
				if e.Start >= s.End {
					break
				}
				if x.townMention(d, e) {
					return []string{e.Canonical}
				}
			}
		}
	}
	return nil
}

// groupAnaphor is the armed group "the group" (or "the armed group",
// "the militia") opening clause c as its subject stands for: the last
// organisation named in the sentences before, within three, that is a
// listed actor or named as a force ("… Brigade", "… Front"), not a news
// source ("The M23 is one of about 100 armed groups … On January 23, the
// group captured the town of Sake" is M23's; a group of relatives after
// "the State Department" is none); "" when there is none.
func (x *Extractor) groupAnaphor(d *document, ents []Entity, c clause) string {
	k := c.From
	// past a date phrase that opens the clause: "On January 23, the group …"
	if datePreps[d.toks[k].Lower] || timeOpeners[d.toks[k].Lower] {
		for j := k + 1; j < c.To && j <= k+6; j++ {
			if d.toks[j].Text == "," {
				k = j + 1
				break
			}
		}
	}
	if k+2 >= c.To || d.toks[k].Lower != "the" {
		return ""
	}
	k++
	if groupKinds[d.toks[k].Lower] {
		k++
	}
	if k+1 >= c.To || !groupNounsAnaphoric[d.toks[k].Lower] || !isLowerWord(d.toks[k+1].Text) || d.toks[k+1].Lower == "of" || d.toks[k+1].Lower == "that" || d.toks[k+1].Lower == "which" {
		return ""
	}
	at, sent := d.toks[c.From].Start, d.toks[c.From].Sent
	for i := sort.Search(len(ents), func(i int) bool { return ents[i].Start >= at }) - 1; i >= 0; i-- {
		e := ents[i]
		if d.toks[d.tokenAt(e.Start)].Sent < sent-3 {
			break
		}
		if e.Type != "ORG" || newsSources[e.Canonical] || modifierOnly(d.text, e) {
			continue
		}
		// (a listed body that is a ministry, an office or the UN is none)
		head := strings.ToLower(lastWord(e.Canonical))
		if a := x.actors.get(e.Canonical); forceHeads[head] || !orgHeads[head] && head != "nations" && a != nil && a.Type == "ORG" {
			return e.Canonical
		}
	}
	return ""
}

// forceHeads end the names of armed forces and groups.
var forceHeads = map[string]bool{
	"army": true, "brigade": true, "brigades": true, "battalion": true, "front": true, "forces": true,
	"movement": true, "militia": true, "group": true, "corps": true, "guard": true, "guards": true,
	"force": true, "resistance": true, "mobilization": true, "mobilisation": true,
}

// reportWords name a periodical report, whose title carries its date.
var reportWords = map[string]bool{
	"assessment": true, "update": true, "report": true, "briefing": true, "bulletin": true, "sitrep": true,
	"digest": true, "overview": true, "snapshot": true, "brief": true, "dashboard": true,
}

// reportTitle is true when the headline before token ti names a report
// in title case ("Russian Offensive Campaign Assessment", "Humanitarian
// Update"): a headline telling a happening has a verb in lower case.
func reportTitle(d *document, ti int) bool {
	named := false
	for k := ti - 1; k >= 0; k-- {
		t := d.toks[k]
		if lowerVerb(t) {
			return false
		}
		named = named || reportWords[t.Lower] && t.Text != t.Lower
	}
	return named
}

// verbIn is true when tokens [from, to) hold a verb in lower case: an
// auxiliary or a past form.
func verbIn(d *document, from, to int) bool {
	for k := from; k < to; k++ {
		if lowerVerb(d.toks[k]) {
			return true
		}
	}
	return false
}

// groupNounsAnaphoric stand for an armed group named before.
var groupNounsAnaphoric = map[string]bool{"group": true, "militia": true}

// groupKinds say what kind of group "the … group" is.
var groupKinds = map[string]bool{
	"armed": true, "militant": true, "jihadist": true, "rebel": true, "extremist": true, "insurgent": true,
	"islamist": true, "terrorist": true, "paramilitary": true,
}

// attackNouns name an attack a later sentence may refer back to.
var attackNouns = map[string]bool{
	"strike": true, "attack": true, "raid": true, "bombing": true, "airstrike": true, "blast": true,
	"explosion": true, "shelling": true, "ambush": true, "assault": true,
}

// afterDateline starts a clause after a dateline in capitals that lost
// its colon ("BEIRUT A Russian military helicopter …", "KHAN SHEIKHUN
// Syria A suspected chemical attack …") or goes on to the wire's date and
// agency ("ISTANBUL, March 4 (Reuters) - …"): the place the story was
// filed from is no part of what happened.
func afterDateline(d *document, c clause, ents []Entity) clause {
	k := c.From
	for k < c.To && len(d.toks[k].Text) >= 3 && allCapitals(d.toks[k].Text) {
		k++
	}
	if k == c.From || !placeAt(d, ents, c.From, k) {
		return c
	}
	// two datelines in one: "DUBAI/WASHINGTON, Feb 4 (Reuters) -"
	if k+1 < c.To && d.toks[k].Text == "/" && d.toks[k].Start == d.toks[k-1].End {
		j := k + 1
		for j < c.To && len(d.toks[j].Text) >= 3 && allCapitals(d.toks[j].Text) {
			j++
		}
		if j > k+1 && placeAt(d, ents, k+1, j) {
			k = j
		}
	}
	// the dateline's state: "KHAN SHEIKHUN Syria"
	if k+1 < c.To && placeAt(d, ents, k, k+1) && isCap(d.toks[k+1].Text) {
		k++
	}
	// the wire's date or state between commas before the agency:
	// "ISTANBUL, March 4 (Reuters) - …", "DAMASCUS, Syria (AP) — …"
	// ("MOSCOW October 18 (RIA Novosti) - …" lost its comma)
	if k < c.To && (d.toks[k].Text == "," || monthNames[d.toks[k].Lower] > 0) {
		j := k + 1
		// ("GOMA, Democratic Republic of Congo (Reuters)", "GOMA,
		// Democratic Republic of Congo, Jan 27 (Reuters)")
		for j < c.To && j < k+9 && (isCap(d.toks[j].Text) || isDigits(d.toks[j].Text) || d.toks[j].Text == "," || d.toks[j].Text == "." || d.toks[j].Lower == "of" && j > k+1) {
			j++
		}
		if j > k+1 && j+2 < c.To && (d.toks[j].Text == "(" || isBullet(d.toks[j].Text)) {
			k = j // "YANGON, Myanmar — …" has no agency
		}
	}
	// the agency after it: "DAMASCUS (Sputnik) The US launched …"
	if k+2 < c.To && d.toks[k].Text == "(" {
		end := k + 1
		for end < c.To && end < k+5 && d.toks[end].Text != ")" {
			end++
		}
		if end+1 < c.To && d.toks[end].Text == ")" {
			k = end + 1
		}
	}
	for k < c.To && (isBullet(d.toks[k].Text) || d.toks[k].Text == "_") {
		k++ // "BEIRUT — …", AP's "MOSCOW (AP)_ …"
	}
	if k >= c.To || !isCap(d.toks[k].Text) {
		return c
	}
	c.startAt(k)
	return c
}

// afterLostStop starts a clause at a capitalised "Earlier" or "Later"
// inside it, before the date at token ti: "… Warplane Crashes in Syria
// All Crew Members Dead Earlier in the day Konashenkov said", "DAMASCUS
// (Sputnik) Earlier in the day SANA reported". The page lost
// the full stop before it, and what stands before is a headline or a
// credit, not part of the sentence that tells the event.
func afterLostStop(d *document, c clause, ti int) clause {
	for k := c.From + 1; k < ti && k < c.To; k++ {
		if t := d.toks[k].Text; (t == "Earlier" || t == "Later") && (isWordTok(d.toks[k-1].Text) || d.toks[k-1].Text == ")") {
			c.startAt(k)
		}
	}
	return c
}

// afterHeadline starts a clause after the headline the page repeats at the
// start of its body without a break ("Death toll in bomb attack on Syria
// evacuees hits 43 Monitor At least 43 people were killed Saturday …"),
// when the date at token ti comes after it: the headline is no part of
// the sentence that tells the event.
func afterHeadline(d *document, c clause, repeats [][2]int, ti int) clause {
	for _, r := range repeats {
		if (c.From >= r[0] || bylineTo(d, c.From, r[0])) && c.From < r[1] && r[1] < c.To && isCap(d.toks[r[1]].Text) {
			from := r[1]
			// the agency's credit between headline and lead: "… Monitor
			// AFP Eleven children were killed …"
			if wireCredits[d.toks[from].Text] && from+1 < c.To && isCap(d.toks[from+1].Text) {
				from++
			}
			if from >= ti {
				continue // nothing but the date after it: the headline is the event
			}
			c.startAt(from)
		}
	}
	return c
}

// headlineText is the document's first line, when it is a line of its
// own: the headline a scraped page may repeat.
func headlineText(d *document) string {
	end := strings.IndexByte(d.text, '\n')
	if end < 0 {
		return ""
	}
	return strings.TrimSpace(d.text[:end])
}

// bylineTo is true when tokens [from, to) are a short byline: "by" and
// a capitalised name ("Posted on August 10 2016 by Youssef Diab Russians
// and the Syrian Regime Use …", the headline repeated after it), whose
// name is the reporter's, not an actor's.
func bylineTo(d *document, from, to int) bool {
	if to-from < 2 || to-from > 6 || d.toks[from].Lower != "by" {
		return false
	}
	for k := from + 1; k < to; k++ {
		if !isCap(d.toks[k].Text) {
			return false
		}
	}
	return true
}

// allCapitals is true for a word of capital letters only ("BEIRUT",
// "BOGOTÁ", "PORT-AU-PRINCE" with its inner hyphens; not "U.S.").
func allCapitals(w string) bool {
	for i, r := range w {
		if r == '-' && i > 0 && i < len(w)-1 {
			continue
		}
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return w != ""
}

// placeAt is true when tokens [from, to) are exactly a place entity.
func placeAt(d *document, ents []Entity, from, to int) bool {
	start, end := d.toks[from].Start, d.toks[to-1].End
	for _, e := range ents {
		if e.Start == start && e.End == end && e.Type == "PLACE" {
			return true
		}
	}
	return false
}

// ownDayInSentence is true when the sentence of the page stamp stamp has
// another day-precision date that is not reported speech.
func ownDayInSentence(d *document, ents []Entity, timexes []Timex, stamp Timex) bool {
	sent := d.toks[d.tokenAt(stamp.Start)].Sent
	for _, o := range timexes {
		if o.Start == stamp.Start || precisionOf(o) != "day" {
			continue
		}
		k := d.tokenAt(o.Start)
		if k < 0 || d.toks[k].Sent != sent || reportedAt(d, ents, k) {
			continue
		}
		return true
	}
	return false
}

// precisionOf maps a DATE value to the precision of an event date, or ""
// when it is not a calendar date (durations, PRESENT_REF, years alone).
func precisionOf(tx Timex) string {
	if tx.Type != "DATE" && tx.Type != "TIME" {
		return ""
	}
	v := tx.Value
	switch {
	case len(v) >= 10 && isDigits(v[:4]) && v[4] == '-' && isDigits(v[5:7]) && v[7] == '-' && isDigits(v[8:10]):
		return "day"
	case len(v) == 8 && isDigits(v[:4]) && v[5] == 'W':
		return "week"
	case len(v) == 7 && isDigits(v[:4]) && isDigits(v[5:7]):
		return "month"
	}
	return ""
}

// eventDate is the calendar part of a date: an event "on Wednesday
// afternoon" (2016-08-17TAF) or "at 7 pm" (2016-08-17T19:00) happened on
// 2016-08-17, and the timeline places events by day.
func eventDate(v, prec string) string {
	if prec == "day" {
		return v[:10]
	}
	return v
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// tokenFrom is the first token that starts at or after byte off
// (len(d.toks) when none does).
func (d *document) tokenFrom(off int) int {
	lo, hi := 0, len(d.toks)
	for lo < hi {
		m := (lo + hi) / 2
		if d.toks[m].Start < off {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// tokenAt returns the index of the token starting at byte offset off, or
// -1.
func (d *document) tokenAt(off int) int {
	if k := d.tokenFrom(off); k < len(d.toks) && d.toks[k].Start == off {
		return k
	}
	return -1
}

// spokenQuote is true when token ti sits inside a quotation that speaks in
// the first or second person ("Our April tracking suggests …", "We will
// …"): an interview's words, whose dates tell what the speaker thinks or
// plans. A quotation that reports in the third person ("Dozens of shells
// fell overnight Wednesday …" the Observatory said) states what happened,
// as the same words outside quotes would. The quotation is followed from
// the start of the line, not of the sentence: a straight quote that opens
// a sentence stays with the full stop before it (`said. "Our …`).
func spokenQuote(d *document, ti int) bool {
	if d.quoteOpen == nil {
		d.quoteOpen = make([]int, len(d.toks))
		open := -1
		for k, t := range d.toks {
			if t.LineStart {
				open = -1
			}
			d.quoteOpen[k] = open
			switch t.Text {
			case "“":
				open = k
			case "”":
				open = -1
			case "\"":
				if open >= 0 {
					open = -1
				} else {
					open = k
				}
			}
		}
	}
	open := d.quoteOpen[ti]
	if open < 0 {
		return false
	}
	for k := open + 1; k < len(d.toks) && !(k > open+1 && d.toks[k].LineStart); k++ {
		switch t := d.toks[k].Text; {
		case t == "”" || t == "\"":
			return false
		case speakerWords[d.toks[k].Lower]:
			return true
		}
	}
	return false
}

// speakerWords are the pronouns by which a quotation speaks for its speaker
// or to its listener.
var speakerWords = map[string]bool{
	"i": true, "me": true, "my": true, "mine": true, "we": true, "us": true, "our": true, "ours": true,
	"you": true, "your": true, "yours": true,
}

// otherZone is true when the date at token ti sits in a parenthesis that
// tells the time of the sentence in another zone: "took effect at midnight
// on Thursday (2200 GMT Wednesday)" happened once, on Thursday.
func otherZone(d *document, ti int) bool {
	sent := d.toks[ti].Sent
	open := -1
	for k := ti - 1; k >= 0 && k >= ti-4 && d.toks[k].Sent == sent; k-- {
		if d.toks[k].Text == ")" {
			return false
		}
		if d.toks[k].Text == "(" {
			open = k
			break
		}
	}
	if open < 0 {
		return false
	}
	for k := open + 1; k < len(d.toks) && k <= open+6 && d.toks[k].Text != ")"; k++ {
		if clockZone(d.toks[k].Lower) {
			return true
		}
	}
	return false
}

// reportedAt is true when the date at token ti dates a statement: a
// reporting verb, maybe followed by its addressee, just before it
// ("told Syria Direct on Monday", "said on Sunday", "said Saturday").
func reportedAt(d *document, ents []Entity, ti int) bool {
	s := d.sents[d.toks[ti].Sent]
	k := ti - 1
	// "said late Monday", "in a statement released late on Monday"
	partOfDay := func() {
		if k >= s.From && (d.toks[k].Lower == "late" || d.toks[k].Lower == "early") {
			k--
		}
	}
	partOfDay()
	if k >= s.From && (d.toks[k].Lower == "on" || d.toks[k].Lower == "at" || d.toks[k].Lower == "in") {
		k--
	}
	partOfDay()
	// where it was said: "said here Friday", "told reporters there on
	// Monday", "spoke to journalists in Maiduguri on Monday"
	if k > s.From && (d.toks[k].Lower == "here" || d.toks[k].Lower == "there") {
		k--
	} else if m := k; m > s.From && isCap(d.toks[m].Text) && isWordTok(d.toks[m].Text) {
		for m > s.From && m > k-3 && isCap(d.toks[m].Text) && isWordTok(d.toks[m].Text) {
			m--
		}
		if m > s.From && (d.toks[m].Lower == "in" || d.toks[m].Lower == "at") && audienceWords[d.toks[m-1].Lower] {
			k = m - 1
		}
	}
	// a statement's posting: "said in an audio recording posted on YouTube
	// on August 25", "in a video published online Monday"
	j := k
	if j >= s.From && d.toks[j].Lower == "online" {
		j--
	} else {
		m := j
		for n := 0; n < 3 && m >= s.From && (isCap(d.toks[m].Text) || channelWords[d.toks[m].Lower]); n++ {
			m--
		}
		if m < j && m >= s.From && d.toks[m].Lower == "on" {
			j = m - 1
		}
	}
	// (a statement's issuing dates the statement, whoever tells of it:
	// "according to a DoD news release issued Nov. 24")
	if j-1 >= s.From && publishedWords[d.toks[j].Lower] && statementNouns[d.toks[j-1].Lower] {
		return true
	}
	// the channel of the statement: "said in a statement on Monday",
	// "told reporters in an interview Sunday", "said in a televised
	// speech Wednesday"
	if k-2 >= s.From && statementNouns[d.toks[k].Lower] {
		a := k - 1
		if a-2 >= s.From && isLowerWord(d.toks[a].Text) && !channelOwners[d.toks[a].Lower] {
			a-- // one adjective
		}
		if channelOwners[d.toks[a].Lower] && a-1 >= s.From && d.toks[a-1].Lower == "in" {
			k = a - 2
		}
	}
	// the medium: "speaking by phone on Sunday", "told AFP over the
	// phone Monday", "said via WhatsApp"
	if k-1 >= s.From && mediumWords[d.toks[k].Lower] {
		a := k - 1
		if d.toks[a].Lower == "the" && a-1 >= s.From {
			a--
		}
		if p := d.toks[a].Lower; p == "by" || p == "over" || p == "via" {
			k = a - 1
		}
	}
	// skip the addressee: a named entity or up to three capitalised words,
	// or the press ("told journalists on Thursday")
	for n := 0; n < 4 && k >= s.From && (isCap(d.toks[k].Text) || audienceWords[d.toks[k].Lower]) && !reportingVerbs[d.toks[k].Lower]; n++ {
		k--
	}
	// "spoke to journalists", "talking to reporters"
	if k > s.From && d.toks[k].Lower == "to" && spokeWords[d.toks[k-1].Lower] {
		k--
	}
	return k >= s.From && (reportingVerbs[d.toks[k].Lower] || spokeWords[d.toks[k].Lower])
}

// spokeWords speak to an audience after "to".
var spokeWords = map[string]bool{"spoke": true, "speaking": true, "talked": true, "talking": true, "speaks": true}

// reportedHappening is true when the statement dated at timexes[i] carries
// a happening told in the past ("said on Sunday that five people had been
// killed", "reported Saturday air strikes killed dozens in al-Quria"): a
// wire lead's news is that claim, and the report's day is the only day it
// has. A claim that is a quotation, a plan ("it would raise …", "will
// send") or that has a date of its own is not.
func reportedHappening(d *document, timexes []Timex, i, ti int, phrase Timex) bool {
	k := d.tokenFrom(phrase.End)
	if k >= len(d.toks) || d.toks[k].Sent != d.toks[ti].Sent {
		return false
	}
	sent := d.toks[k].Sent
	// "told Syria Direct the day after the offensives began": what
	// follows anchors the date, it is not what was said
	if anchorWords[d.toks[k].Lower] || k > 0 && anchorWords[d.toks[k-1].Lower] {
		return false
	}
	if d.toks[k].Lower == "that" {
		k++
	}
	for j := i + 1; j < len(timexes); j++ {
		if t := d.tokenAt(timexes[j].Start); t >= 0 && d.toks[t].Sent == sent && precisionOf(timexes[j]) != "" {
			return false // the claim's own date dates it
		}
	}
	for n := 0; k < len(d.toks) && d.toks[k].Sent == sent && n < 25; k, n = k+1, n+1 {
		w := d.toks[k].Lower
		switch {
		case n == 0 && (w == "“" || w == "\"" || w == "," || w == "in" || w == "citing"):
			return false // a quotation, or more about the statement
		case plannedWords[w] || w == "“" || w == "\"" || reportingVerbs[w] || w == "adding" || w == "saying":
			return false
		case n > 0 && pastHappening(w):
			return true
		}
	}
	return false
}

// anchorWords tie a date to another happening: "the day after …", "hours
// before …".
var anchorWords = map[string]bool{
	"after": true, "before": true, "since": true, "when": true, "as": true, "while": true, "until": true,
	"following": true, "during": true, "of": true,
}

// plannedWords tell of what is meant or may happen, not of what did.
var plannedWords = map[string]bool{
	"will": true, "would": true, "could": true, "may": true, "might": true, "should": true, "plans": true,
	"planned": true, "intends": true, "aims": true, "aimed": true, "wants": true, "must": true, "can": true,
	"if": true,
}

// pastHappening is a happening word in a past form: "killed", "seized",
// "took", "struck".
func pastHappening(w string) bool {
	if !isHappening(w) {
		return false
	}
	return strings.HasSuffix(w, "ed") || pastIrregular[w]
}

var pastIrregular = map[string]bool{
	"took": true, "taken": true, "fled": true, "shot": true, "hit": true, "met": true, "held": true,
	"began": true, "won": true, "lost": true, "fell": true, "left": true, "sent": true, "struck": true,
	"retook": true, "fought": true, "blew": true, "blown": true, "shut": true, "dead": true,
}

// modifierSuffixes turn a name into an adjective about someone else:
// "an FSA-affiliated faction", "a London-based monitor", "the US-led
// coalition". The name is neither an actor nor the place of the event.
var modifierSuffixes = []string{"-affiliated", "-backed", "-led", "-linked", "-allied", "-supported", "-based", "-sponsored", "-aligned", "-funded", "-run"}

func modifierOnly(text string, e Entity) bool {
	rest := text[e.End:]
	for _, suf := range modifierSuffixes {
		if len(rest) >= len(suf) && strings.EqualFold(rest[:len(suf)], suf) {
			return true
		}
	}
	return false
}

// audienceWords name whom a statement is made to.
var audienceWords = map[string]bool{
	"reporters": true, "journalists": true, "press": true, "media": true, "correspondents": true,
	"lawmakers": true, "the": true, "a": true, "news": true, "conference": true, "agency": true,
	"television": true, "tv": true, "radio": true, "state": true, "local": true,
}

// bodyNouns are the bodies a person's name may qualify: "the Assad
// regime", "the Trump administration", "Haftar forces".
var bodyNouns = map[string]bool{
	"regime": true, "regime's": true, "regime’s": true, "regimes": true, "government": true, "government's": true,
	"government’s": true, "administration": true, "administration's": true, "administration’s": true,
	"forces": true, "loyalists": true, "troops": true, "militias": true,
}

// namesBody is true for a person's name that qualifies a body after it:
// the body acts, not the person ("The Assad regime's latest offensive").
func namesBody(d *document, e Entity) bool {
	// the first token after the name, past a possessive clitic
	k := d.tokenFrom(e.End)
	for k < len(d.toks) && (d.toks[k].Text == "'s" || d.toks[k].Text == "’s" || d.toks[k].Text == "'" || d.toks[k].Text == "’") {
		k++
	}
	return k < len(d.toks) && bodyNouns[d.toks[k].Lower]
}

// statementNouns are the channels a statement is made in.
var statementNouns = map[string]bool{
	"statement": true, "interview": true, "report": true, "speech": true, "briefing": true,
	"communique": true, "tweet": true, "post": true, "message": true, "video": true,
	"recording": true, "release": true, "announcement": true, "update": true, "bulletin": true,
	"letter": true, "address": true,
}

// channelOwners open the channel of a statement: "in a statement", "in
// its weekly update".
var channelOwners = map[string]bool{"a": true, "an": true, "its": true, "their": true, "his": true, "her": true}

// mediumWords carry a statement: "told AFP by telephone".
var mediumWords = map[string]bool{
	"phone": true, "telephone": true, "satphone": true, "skype": true, "whatsapp": true, "email": true,
	"e-mail": true, "text": true, "messenger": true, "telegram": true, "twitter": true,
}

// publishedWords put a statement out: "a video posted on YouTube on Monday".
var publishedWords = map[string]bool{
	"posted": true, "published": true, "broadcast": true, "aired": true, "uploaded": true, "released": true,
	"issued": true, "read": true, // "a statement read on state television"
}

// channelWords name, in lower case, where a statement was put out: "on
// state television", "on national radio", "on social media".
var channelWords = map[string]bool{
	"television": true, "tv": true, "radio": true, "media": true, "state": true, "national": true,
	"social": true, "public": true,
}

// reportedEntity is true for the addressee of a report ("told Syria Direct"):
// the outlet is not an actor of the event.
func reportedEntity(d *document, e Entity) bool {
	ti := d.tokenAt(e.Start)
	// an acronym in brackets goes with the name before it: "according to
	// the Russian Ministry of Defense (MoD)"
	if ti > 1 && d.toks[ti-1].Text == "(" {
		j := ti - 2
		for j > 0 && (isCap(d.toks[j].Text) || longNameJoins[d.toks[j].Text] || isPossessive(d.toks[j].Text)) && d.toks[j].Lower != "the" {
			j--
		}
		ti = j + 1
	}
	// "according to the UN", "told the Britain-based Observatory": an
	// article or a source's descriptor between the verb and the name
	// leaves it the one reported to or quoted
	for ti > 0 {
		switch {
		case determiners[d.toks[ti-1].Lower]:
			ti--
		case ti > 2 && sourceDescriptorTails[d.toks[ti-1].Lower] && d.toks[ti-2].Text == "-":
			ti -= 3
		case ti > 1 && isCap(d.toks[ti-1].Text) && determiners[d.toks[ti-2].Lower] && ownerAdjective(d.toks[ti-1].Text):
			ti-- // "according to the Russian Ministry of Defense"
		case ti > 1 && isLowerWord(d.toks[ti-1].Text) && determiners[d.toks[ti-2].Lower] && !pastForm(d.toks[ti-1].Lower) && !reportingVerbs[d.toks[ti-1].Lower]:
			ti-- // "according to a member of the local People's Defense Force"
		case ti > 2 && memberLinks[d.toks[ti-1].Lower] && (speakerWord(d.toks[ti-2]) || d.toks[ti-2].Lower == "member" || d.toks[ti-2].Lower == "members"):
			ti -= 2 // "according to a member of …", "told a spokesman for …"
		default:
			return (d.toks[ti-1].Lower == "told" || d.toks[ti-1].Lower == "tell" || d.toks[ti-1].Lower == "tells" || d.toks[ti-1].Lower == "to" && ti > 1 && reportingVerbs[d.toks[ti-2].Lower])
		}
	}
	return false
}

// trailingSayer is true for the subject of a reporting verb set off by a
// comma (or opening a relative clause) after the event's words ("… seized the city last December, the
// United Nations said"): it tells of the event and takes no part in it.
func trailingSayer(d *document, e Entity) bool {
	first, next := d.tokenAt(e.Start), d.tokenFrom(e.End)
	if first <= 0 || next >= len(d.toks) || d.toks[next].Sent != d.toks[first].Sent {
		return false
	}
	// the owner of the one who says: ", Ukraine's State Emergency Service
	// said"
	if isPossessive(d.toks[next].Text) && next+1 < len(d.toks) {
		j := next + 1
		for j < len(d.toks) && j <= next+4 && isCap(d.toks[j].Text) && isWordTok(d.toks[j].Text) {
			j++
		}
		if j == next+1 || j >= len(d.toks) {
			return false
		}
		next = j
	}
	// the body's own speaker between it and the verb: ", a Taliban
	// spokesman said", ", Taliban spokesman Zabihullah Mujahid said", ",
	// an army official told AFP"
	if j := speakerAfter(d, next); j > next {
		next = j
	}
	if v := d.toks[next].Lower; !reportingVerbs[v] && v != "announced" && v != "denied" {
		return false
	}
	// "the", an office, the body's name before the name: ", the United
	// Nations said", ", Majority Leader Chuck Schumer said", ", ECB
	// President Christine Lagarde told reporters", ", regional Gov. Serhii
	// Lysak said", ", Ukraine's State Emergency Service said"
	k := first
	relative := func(k int) bool { return d.toks[k].Lower == "that" || d.toks[k].Lower == "which" }
	// (a word in lower case only as an office or before one: "regional
	// Gov.", "defense secretary"; not "and", "when", "of")
	office := func(j int) bool {
		t := d.toks[j]
		if isLowerWord(t.Text) && !determiners[t.Lower] {
			// (", the agency's spokesperson Abeer Etefa said")
			return !coordinators[t.Lower] && (isOffice(t) || isTitle(d.toks[j+1]) || isPossessive(d.toks[j+1].Text))
		}
		return determiners[t.Lower] || isCap(t.Text) && (isWordTok(t.Text) || isTitleWord(t)) || isPossessive(t.Text)
	}
	for n := 0; k > 0 && n < 5 && d.toks[k-1].Sent == d.toks[first].Sent && !relative(k-1) && office(k-1); n++ {
		k--
	}
	// or a relative clause's sayer: "an 18-month siege that the United
	// Nations says has left …"
	if k > 0 && relative(k-1) {
		return true
	}
	// (a comma that closes a phrase opening the sentence sets off no
	// sayer: "On Wednesday, Prime Minister Benjamin Netanyahu told the
	// Knesset …" tells what Netanyahu did)
	return k > 0 && d.toks[k-1].Text == "," && !openingPhraseEnds(d, k-1)
}

// speakerAfter is the token after a speaker for a body named just before
// token k: one or two words for the speaker in lower case ("spokesman",
// "military official"), then perhaps the speaker's name ("Zabihullah
// Mujahid"); k when no such speaker follows.
func speakerAfter(d *document, k int) int {
	j := k
	for j < len(d.toks) && j < k+2 && isLowerWord(d.toks[j].Text) && speakerWord(d.toks[j]) {
		j++
	}
	if j == k {
		return k
	}
	for n := 0; j < len(d.toks) && n < 4 && isCap(d.toks[j].Text) && isWordTok(d.toks[j].Text); n++ {
		j++
	}
	if j >= len(d.toks) || d.toks[j].Sent != d.toks[k].Sent {
		return k
	}
	return j
}

// speakerWord is true for a word for one who speaks for a body: an
// office, a role or a speaker noun ("spokesman", "official", "sources").
func speakerWord(t token) bool {
	return isOffice(t) || personRoles[t.Lower] || speakerNouns[t.Lower]
}

// speakerNouns speak for a body after its name: "a Taliban spokesman",
// "a police source", "army officials", or say what it is.
var speakerNouns = map[string]bool{
	"officials": true, "source": true, "sources": true, "spokesmen": true, "commander": true, "commanders": true,
	"representative": true, "statement": true,
	// the kind of body after its name: ", the Civil Defence agency said"
	"agency": true, "ministry": true, "office": true, "authority": true, "department": true, "service": true,
}

// sayerFrame is the first token of the reported clause when clause c
// opens with who said it and the date at token ti is in what was said:
// "UN investigators said | aerial bombardment … were causing …",
// "Activists told AFP that | five people were killed on Monday"; c.From
// when it does not. A pronoun after the verb keeps the frame: in "The
// Nusra Front said it was behind the bombing" the sayer is the doer.
func sayerFrame(d *document, c clause, ti int, timexes []Timex) int {
	limit := min(ti, c.From+16)
	for p := c.From + 1; p < limit; p++ {
		t := d.toks[p]
		// "Lt. Col. Jhun Nadela, spokesperson of the 101st Infantry
		// Brigade, said …", "Its spokesman, Pal Mai Deng, said …": the
		// sayer described between commas
		if t.Text == "," {
			if e := sayerAppositiveEnd(d, c.From, p, limit); e > 0 {
				p = e
				continue
			}
		}
		if t.Text == "," || t.Text == ";" || t.Lower == "that" || t.Lower == "who" || t.Lower == "which" || t.Lower == "and" {
			return c.From
		}
		if !frameVerbs[t.Lower] {
			// the sayer is a noun phrase: no verb of its own ("Fighting
			// resumed after the SDF said …"); a participle after an
			// article is an adjective ("the armed groups said")
			if pastForm(t.Lower) && !determiners[d.toks[p-1].Lower] && !isCap(t.Text) || elidedSubjectVerbs[t.Lower] {
				return c.From
			}
			continue
		}
		// a quotation's sayer ("'' said a message that was read …") and
		// a sayer after the verb are no frame; after an article the word
		// is an adjective ("a reported airstrike")
		if !isWordTok(d.toks[p-1].Text) && d.toks[p-1].Text != "," || !isWordTok(d.toks[c.From].Text) {
			return c.From
		}
		if determiners[d.toks[p-1].Lower] {
			continue
		}
		q := p + 1
		if t.Lower == "told" {
			for q < limit && q < p+5 && (isCap(d.toks[q].Text) && isWordTok(d.toks[q].Text) || d.toks[q].Lower == "the" || listenerNouns[d.toks[q].Lower]) {
				q++
			}
			if q == p+1 {
				return c.From
			}
		}
		// "said in a statement", "said in a statement to SANA"
		if q+2 < limit && d.toks[q].Lower == "in" && determiners[d.toks[q+1].Lower] && statementNouns[d.toks[q+2].Lower] {
			q += 3
			if q+1 < limit && d.toks[q].Lower == "to" && isCap(d.toks[q+1].Text) {
				q += 2
				for q < limit && listenerNouns[d.toks[q].Lower] {
					q++ // "to SANA reporter"
				}
			}
		}
		// the saying's own date and adverbs before "that": "said last
		// month that", "said on Monday the town fell", "said earlier today
		// that", "said separately that"
		r, dated := q, false
		for n := 0; n < 3 && r < limit; n++ {
			if w := d.toks[r].Lower; frameAdverbs[w] || isLowerWord(w) && strings.HasSuffix(w, "ly") {
				r++
				continue
			}
			at := r
			if datePreps[d.toks[r].Lower] {
				at++
			}
			if at == ti {
				return c.From // "told Syria Direct on Monday": the date is the saying's
			}
			if at >= limit {
				break
			}
			// (timexes are in text order: one search, not a scan per event)
			n := sort.Search(len(timexes), func(n int) bool { return timexes[n].Start >= d.toks[at].Start })
			if n == len(timexes) || timexes[n].Start != d.toks[at].Start || timexes[n].End > d.toks[limit].Start {
				break
			}
			r, dated = d.tokenFrom(timexes[n].End), true
		}
		if r == ti || r+1 == ti && datePreps[d.toks[r].Lower] {
			return c.From // "said earlier today": the date is the saying's
		}
		if r < limit && d.toks[r].Lower == "that" || dated {
			q = r
		}
		if q < limit && d.toks[q].Lower == "that" {
			q++
		} else if !plainFrameVerbs[t.Lower] {
			return c.From // "reported the airstrikes": a thing, not what was said
		}
		// "said after the bombing that …": what was said follows "that"
		if frameAdverbials[d.toks[q].Lower] && !atLeast(d, q) {
			k := q + 1
			for k < limit && k < q+7 && d.toks[k].Lower != "that" && d.toks[k].Text != "," {
				k++
			}
			if k >= limit || d.toks[k].Lower != "that" {
				return c.From // "told reporters in the Rose Garden"
			}
			q = k + 1
		}
		// (what was said opens with its subject: not a pronoun or "the
		// company" naming the sayer again, "An IBM spokeswoman said the
		// company told customers …", nor a verb, "in a report issued
		// Wednesday that …")
		if q >= ti || q+2 >= c.To || subjectPronouns[d.toks[q].Lower] || ownerPronouns[d.toks[q].Lower] || !isWordTok(d.toks[q].Text) ||
			isLowerWord(d.toks[q].Text) && pastForm(d.toks[q].Lower) ||
			d.toks[q].Lower == "the" && sayerAnaphors[d.toks[q+1].Lower] {
			return c.From
		}
		return q
	}
	return c.From
}

// frameVerbs tell what someone said before what they said; the others
// than plainFrameVerbs only with "that" after them ("reported the
// airstrikes" reports a thing).
var frameVerbs = map[string]bool{"said": true, "says": true, "told": true, "reported": true, "stated": true, "added": true}

// plainFrameVerbs need no "that" before what was said.
var plainFrameVerbs = map[string]bool{"said": true, "says": true, "told": true}

// frameAdverbs come between a verb of saying and "that": "said earlier that".
var frameAdverbs = map[string]bool{"earlier": true, "later": true, "also": true, "again": true, "too": true, "here": true, "there": true}

// frameAdverbials open a phrase between a verb of saying and what was
// said: "said after the bombing that", "said in a letter that".
var frameAdverbials = map[string]bool{
	"in": true, "at": true, "during": true, "after": true, "before": true, "when": true, "as": true, "while": true,
	"on": true, "with": true, "by": true, "about": true, "from": true, "to": true, "through": true, "via": true,
}

// sayerAnaphors name a sayer again after "the": "the company", "the group".
var sayerAnaphors = map[string]bool{
	"company": true, "group": true, "firm": true, "ministry": true, "army": true, "military": true, "militia": true,
	"movement": true, "organization": true, "organisation": true, "agency": true, "bank": true, "party": true,
	"government": true, "observatory": true, "monitor": true, "coalition": true, "alliance": true, "concern": true,
}

// ownerPronouns make the sayer the owner of what was said: "the company
// said its offering was declared effective".
var ownerPronouns = map[string]bool{"its": true, "their": true, "his": true, "her": true, "our": true, "my": true}

// listenerNouns are told things: "told reporters that".
var listenerNouns = map[string]bool{"reporters": true, "reporter": true, "correspondent": true, "journalists": true, "agency": true, "news": true, "press": true}

// timeOpeners open a time phrase that may lead a sentence: "Earlier this
// week,", "Yesterday,".
var timeOpeners = map[string]bool{
	"earlier": true, "later": true, "yesterday": true, "today": true, "next": true, "this": true,
	"overnight": true, "meanwhile": true,
}

// openingPhraseEnds is true when the comma at token c closes a short
// phrase that opens its sentence and tells no happening of its own: "On
// Wednesday,", "In a televised address late on Monday,".
func openingPhraseEnds(d *document, c int) bool {
	from := d.sents[d.toks[c].Sent].From
	if opens := openingAdverbial(d, from) || datedSince(d.toks[from]) || timeOpeners[d.toks[from].Lower]; c-from > 8 || !opens {
		return false
	}
	for k := from + 1; k < c; k++ {
		// (a participle after an article is an adjective: "a televised
		// address")
		if d.toks[k].Text == "," || pastForm(d.toks[k].Lower) && !determiners[d.toks[k-1].Lower] || elidedSubjectVerbs[d.toks[k].Lower] {
			return false
		}
	}
	return true
}

// accordingAt is true when ", according to" opens at token k.
func accordingAt(d *document, k int) bool {
	return k+2 < len(d.toks) && d.toks[k].Text == "," && accordingTo(d, k+1)
}

// accordingTo is true when "according to" opens at token k.
func accordingTo(d *document, k int) bool {
	return k+1 < len(d.toks) && d.toks[k].Lower == "according" && d.toks[k+1].Lower == "to"
}

// memberLinks join one who speaks to the body they speak for: "a member
// of", "a spokesman for", "an official with".
var memberLinks = map[string]bool{"of": true, "for": true, "with": true, "from": true, "at": true, "in": true}

// facilityName is true for the name of a building the tagger reads as an
// organisation ("Idleb University Hospital", "the Saudi Hospital"): in
// war news it is struck, shelled or evacuated, and does nothing itself.
func facilityName(name string) bool {
	last := strings.ToLower(name[strings.LastIndexByte(name, ' ')+1:])
	return facilityKinds[last] || last == "prison" || last == "airport" || last == "palace"
}

// namesFacility is true for a name before a building's kind in lower case
// ("raided Kamal Adwan hospital", "the Al-Shifa hospital"): the building's
// name, whoever it was named after.
func namesFacility(d *document, e Entity) bool {
	k := d.tokenFrom(e.End)
	return k > 0 && k < len(d.toks) && d.toks[k].Sent == d.toks[k-1].Sent && facilityKinds[d.toks[k].Text]
}

// sourceDescriptorTails end the compounds that describe a source before
// its name: "London-based", "English-language", "state-run".
var sourceDescriptorTails = map[string]bool{
	"based": true, "language": true, "run": true, "owned": true, "affiliated": true,
}

// newsSources are the outlets and monitors, by canonical name (the actor
// list's, and a few agencies the list leaves out because the tagger's
// training text names them). They are never an event's actors: they are the source of the news,
// not actors in it. They report ("the Observatory said", "according to
// Reuters", "with the SOHR saying", "the Observatory has estimated") or
// credit a picture or a story ("REUTERS/Stringer", "(TRT World and
// Agencies)", "… in Raqqa SANA Aircrafts of the coalition …"); of the
// 386 FA-KES events that listed one as an actor, none had it do what the
// event tells.
var newsSources = map[string]bool{
	"Syrian Observatory for Human Rights": true, "Syrian Network for Human Rights": true, "Airwars": true,
	"Raqqa is Being Slaughtered Silently": true, "Violations Documentation Center": true, "Local Coordination Committees": true,
	"Amaq News Agency": true, "The New Arab": true, "Daily Sabah": true, "RIA Novosti": true, "Press TV": true, "Interfax": true,
	"SANA": true, "Syria Direct": true, "Enab Baladi": true, "Reuters": true, "Associated Press": true,
	"Agence France-Presse": true, "Al Jazeera": true, "Al Arabiya": true, "BBC": true, "CNN": true,
	"Sputnik": true, "Russia Today": true, "TASS": true, "Anadolu Agency": true, "The New York Times": true,
	"The Washington Post": true, "The Guardian": true, "TRT World": true,
	"Institute for the Study of War": true, "Committee to Protect Journalists": true,
	// the platforms a statement was posted on
	"Telegram": true, "Twitter": true, "X": true, "Facebook": true, "YouTube": true, "Instagram": true,
	"TikTok": true, "WhatsApp": true, "Truth Social": true,
}

// sayerTail is the comma that opens a sayer put after the clause, verb
// first (", said Thameen Al-Kheetan, a spokesman for the U.N. office in
// Geneva.", ", said a statement from the Defence Ministry"), or name first
// with more after it (", the ministry said, as …"), at or after token
// after in sentence s; s.To if there is none. The names in it tell
// who told the news and where they sit, not who did what where.
func sayerTail(d *document, s sentence, after int) int {
	// ", according to the governor of Norte de Santander province,
	// William Villamizar": a source, its office and its seat
	for k := max(after, s.From+3); k+3 < s.To; k++ {
		if accordingAt(d, k) {
			return k
		}
	}
	for k := max(after, s.From+3); k+2 < s.To; k++ {
		if d.toks[k].Text != "," || (d.toks[k+1].Lower != "said" && d.toks[k+1].Lower != "says") {
			continue
		}
		n := d.toks[k+2]
		if isCap(n.Text) || determiners[n.Lower] || isOffice(n) {
			return k
		}
	}
	// or name first, when a clause of another happening follows: "… on
	// Sunday, Lebanon's health ministry said, as Hezbollah said it fired
	// rockets at a base near Haifa"
	// (", residents said, and some soldiers were seen …"; not ", residents
	// said, killing 12 people", which goes on with the event)
	for k := max(after, s.From+3); k+3 < s.To; k++ {
		if d.toks[k].Text != "," || !isCap(d.toks[k+1].Text) && !determiners[d.toks[k+1].Lower] && !isLowerWord(d.toks[k+1].Text) {
			continue
		}
		for j := k + 2; j < s.To && j <= k+7; j++ {
			if clauseBreak(d.toks[j].Text) {
				break
			}
			if w := d.toks[j].Lower; w == "said" || w == "says" {
				if j+2 < s.To && d.toks[j+1].Text == "," && clauseAfterSayer[d.toks[j+2].Lower] {
					return k
				}
				break
			}
		}
	}
	// or name first, ending the sentence: "…, residents and a United
	// Nations official said.", "…, the United Nations human rights office
	// said on Friday.", "…, the military's media wing, Inter-Services
	// Public Relations (ISPR), said, adding that …"; the last comma that
	// opens one, as a place may be written with commas before it ("at
	// Newark, N.J., International Airport, the FBI said")
	for k := s.To - 3; k >= max(after, s.From+3); k-- {
		if d.toks[k].Text == "," && !openingPhraseEnds(d, k) && closingSayer(d, s, k) {
			return k
		}
	}
	return s.To
}

// closingSayer is true when the comma at token k opens a sayer named
// before its verb that ends sentence s: a noun phrase of at most a dozen
// words (names, offices, "known as", an appositive between commas) and a
// verb of saying, then at most a short phrase ("on Friday", "in a
// statement Monday") or a clause that is no longer the event (", adding
// that …"). A phrase with a verb, a preposition of place or time or a
// participle ("…, killing three civilians, the ministry said") is more
// of the event.
func closingSayer(d *document, s sentence, k int) bool {
	saying := func(w string) bool { return reportingVerbs[w] || w == "announced" }
	j := k + 1
	for ; j < s.To && j <= k+13; j++ {
		t := d.toks[j]
		if saying(t.Lower) {
			break
		}
		switch {
		case t.Text == "," || t.Text == "(" || t.Text == ")" || isPossessive(t.Text) || determiners[t.Lower] || t.Lower == "and" || t.Lower == "of" || t.Lower == "for":
		case t.Lower == "known" && j+1 < s.To && d.toks[j+1].Lower == "as":
			j++
		// a body and its seat: "the Emergency Response Room in El Fasher"
		case (t.Lower == "in" || t.Lower == "at") && j > k+1 && j+1 < s.To && isCap(d.toks[j-1].Text) && isCap(d.toks[j+1].Text) && !determiners[d.toks[j+1].Lower]:
		case isCap(t.Text) && isWordTok(t.Text):
		case isLowerWord(t.Text) && !pastForm(t.Lower) && !auxiliaries[t.Lower] && !sayerBreaks[t.Lower] && (!strings.HasSuffix(t.Lower, "ing") || t.Lower == "peacekeeping" || t.Lower == "ruling"):
		default:
			return false
		}
	}
	if j >= s.To || j == k+1 || !saying(d.toks[j].Lower) || d.toks[j-1].Lower == "and" {
		return false
	}
	// what follows the verb
	rest := j + 1
	if rest < s.To && d.toks[rest].Text == "," {
		return rest+1 < s.To && clauseAfterSayer[d.toks[rest+1].Lower]
	}
	for n := rest; n < s.To; n++ {
		// (a listener and the terms may follow: "…, a member of the local
		// People's Defense Force told The Associated Press on condition of
		// anonymity for fear of reprisals.")
		if t := d.toks[n]; t.Text == "," || t.Lower == "that" || pastForm(t.Lower) && !isCap(t.Text) || n-rest > 12 {
			return false
		}
	}
	return true
}

// sayerBreaks end a sayer's noun phrase: a preposition of place or time,
// a relative or a conjunction of clauses.
var sayerBreaks = map[string]bool{
	"on": true, "in": true, "at": true, "with": true, "by": true, "from": true, "to": true, "after": true,
	"before": true, "during": true, "when": true, "while": true, "as": true, "into": true, "near": true,
	"that": true, "who": true, "which": true, "where": true, "but": true, "or": true, "not": true,
	"than": true, "since": true, "until": true, "against": true, "over": true, "under": true,
}

// clauseAfterSayer open what follows a sayer's "said," when it is no
// longer the event: another clause or another statement.
var clauseAfterSayer = map[string]bool{
	"as": true, "and": true, "while": true, "but": true, "adding": true, "although": true, "though": true,
	"whereas": true, "even": true,
}

// datelinePlace is the place of an all-capitals dateline ("AMMAN:"), the
// default place of the article's events.
func datelinePlace(d *document, ents []Entity) string {
	for _, e := range ents {
		if e.Type == "PLACE" && inCapitals(e.Text) {
			ti := d.tokenAt(e.Start)
			// "US-led strikes kill 56" opens a headline, not a dateline
			if ti >= 0 && d.toks[ti].LineStart && (ti+1 >= len(d.toks) || d.toks[ti+1].Text != "-") {
				return e.Canonical
			}
		}
	}
	return ""
}

// headlinePlace is the one place a headline (the text's first line, when
// a body follows) is about: its only place below the level of a state
// ("Four medics killed in strike on clinic near Aleppo"), else its only
// state ("Ahrar al-Sham leader killed in Syria"). Empty when there is no
// headline or it names two places of one level ("Damascus, Aleppo and
// Idleb"): then the story's place is not one.
func (x *Extractor) headlinePlace(d *document, ents []Entity) string {
	end := strings.IndexByte(d.text, '\n')
	if end < 0 || strings.TrimSpace(d.text[end:]) == "" {
		return ""
	}
	var towns, states []string
	for _, e := range ents {
		if e.Start >= end {
			break
		}
		if e.Type != "PLACE" || modifierOnly(d.text, e) {
			continue
		}
		if p := x.gaz.lookup(e.Canonical); p != nil && p.State || isCountryLike(e.Canonical) {
			states = appendUnique(states, e.Canonical)
		} else {
			towns = appendUnique(towns, e.Canonical)
		}
	}
	switch {
	case len(towns) == 1:
		return towns[0]
	case len(towns) == 0 && len(states) == 1:
		return states[0]
	}
	return ""
}

// isCountryLike is true for names that are too coarse to tell two events
// apart (countries and regions are hand-listed, cities come from GeoNames).
func isCountryLike(name string) bool {
	return countryish[NormKey(name)]
}

// countryish is keyed by NormKey, which folds doubled letters ("Russia"
// is "rusia").
var countryish = func() map[string]bool {
	m := map[string]bool{}
	for _, n := range []string{"Syria", "Iraq", "Russia", "Turkey", "Iran", "Lebanon", "Jordan", "Israel", "Yemen", "Libya", "Egypt", "United States", "US"} {
		m[NormKey(n)] = true
	}
	return m
}()

// lineBounds is the byte span of the line holding off, without its newline.
func (d *document) lineBounds(off int) (from, to int) {
	if d.newlines == nil {
		d.newlines = make([]int, 0, 64)
		for k := 0; k < len(d.text); {
			n := strings.IndexByte(d.text[k:], '\n')
			if n < 0 {
				break
			}
			d.newlines = append(d.newlines, k+n)
			k += n + 1
		}
	}
	// the first newline at or after off ends the line; the one before starts it
	i := sort.SearchInts(d.newlines, off)
	from, to = 0, len(d.text)
	if i > 0 {
		from = d.newlines[i-1] + 1
	}
	if i < len(d.newlines) {
		to = d.newlines[i]
	}
	return from, to
}

// shortCaptionLine is the longest line taken whole as a caption when it
// holds a credit: a caption paragraph of a sentence or two ("Smoke rises
// over Idlib on Sunday. Rebels say … (AFP)"). A longer line is a story,
// often a whole wire story flattened to one line, and only the sentence
// its credit closes is a caption.
const shortCaptionLine = 300

// captionRanges are the byte spans of photo captions on the line
// [from, to): the sentence a credit closes ("… Aleppo on July 21 2015.
// (AFP Photo) At least 18 civilians were killed …", "… on Sunday. Photo
// courtesy of Victory Qawem."), or a caption that follows its label
// ("Photo: rebels in Idlib on Sunday"). An agency in a dateline ("BEIRUT
// (AFP) - Air strikes …") credits the story, not a photo.
func captionRanges(d *document, from, to int) [][2]int {
	line := d.text[from:to]
	if !mayBeCaption(line) {
		return nil
	}
	var out [][2]int
	for _, m := range captionRe.FindAllStringIndex(line, -1) {
		cs, ce := from+m[0], from+m[1]
		if d.text[cs] == '(' && datelineCredit(d.text[ce:to]) {
			continue
		}
		if to-from <= shortCaptionLine {
			return [][2]int{{from, to}}
		}
		k := d.tokenFrom(cs)
		start, end := cs, ce
		if k > 0 && d.toks[k-1].Start >= from {
			start = max(from, d.sents[d.toks[k-1].Sent].Start)
		} else if d.text[cs] != '(' && k < len(d.toks) {
			end = min(to, d.sents[d.toks[k].Sent].End)
		}
		out = append(out, [2]int{start, end})
	}
	return out
}

// beforeDate reports whether the date at token ti follows "before", "ahead
// of" or "prior to" (a "the" or "this" between them allowed).
func beforeDate(d *document, ti int) bool {
	k := ti - 1
	if k >= 0 && (d.toks[k].Lower == "the" || d.toks[k].Lower == "this") {
		k--
	}
	if k < 0 || d.toks[k].Sent != d.toks[ti].Sent {
		return false
	}
	switch d.toks[k].Lower {
	case "before":
		return true
	case "of":
		return k > 0 && d.toks[k-1].Lower == "ahead"
	case "to":
		return k > 0 && d.toks[k-1].Lower == "prior"
	}
	return false
}

// untilWords open the end of a span of time.
var untilWords = map[string]bool{"until": true, "till": true, "through": true, "to": true}

// datelineDate is true for the date of a dateline: an agency's credit
// in brackets and a dash follow it ("MOSCOW October 18 (RIA Novosti) -"),
// or a dash alone where it ends a short run of words opening the line
// ("YANGON, Myanmar, Dec. 1 — ").
func datelineDate(d *document, tx Timex) bool {
	from, to := d.lineBounds(tx.Start)
	if tx.End > to {
		return false // a date across lines is no dateline's
	}
	after := d.text[tx.End:to]
	if rest := strings.TrimLeft(after, " \t"); strings.HasPrefix(rest, "(") {
		if c := strings.IndexByte(rest, ')'); c > 1 && c < 40 {
			return datelineCredit(rest[c+1:])
		}
		return false
	}
	// a dateline is a few words: a long line before the date (a whole
	// report flattened to one line) is none, and is not split into words
	if tx.Start-from > maxDatelineBytes {
		return false
	}
	before := d.text[from:tx.Start]
	return len(strings.Fields(before)) <= 5 && strings.Contains(before, ",") && isCap(strings.TrimSpace(before)) &&
		datelineCredit(after) && !strings.HasPrefix(strings.TrimLeft(after, " \t"), ":")
}

// maxDatelineBytes bounds the five words of a dateline before its date
// ("YANGON, Myanmar, Dec. 1 —").
const maxDatelineBytes = 120

// datelineCredit is true when the text after an agency's name in brackets
// opens with the dash or colon of a dateline: "(AFP) - ", "(Reuters): ",
// AP's "(AP)_ ".
func datelineCredit(after string) bool {
	after = strings.TrimLeft(after, " \t")
	for _, dash := range []string{"-", "–", "—", ":", "_"} {
		if strings.HasPrefix(after, dash) {
			return true
		}
	}
	return false
}

// inRanges is true when off lies in one of the spans.
func inRanges(spans [][2]int, off int) bool {
	for _, r := range spans {
		if off >= r[0] && off < r[1] {
			return true
		}
	}
	return false
}

func appendUnique(list []string, s string) []string {
	for _, x := range list {
		if x == s {
			return list
		}
	}
	return append(list, s)
}

// sentenceDates tells what other dates a date's sentence has.
type sentenceDates struct {
	before  bool // a date before it (not the dateline's)
	stamped bool // that date is a page's stamp
	after   bool // a date after it
}

// clause is the token range [From, To) of the clause of a sentence that
// holds a date, and, when that clause follows an appositive ("The SDF, an
// alliance backed by the coalition, took Tabqa on Saturday"), the range
// [SubjFrom, SubjTo) of the subject the appositive cut off (else empty).
type clause struct {
	SubjFrom, SubjTo, From, To int
	// Relative is set for a relative clause on the subject ("X, who
	// seized power in 2021, met Y"): the main clause after it names
	// neither the event's actors nor its place
	Relative bool
	// Subordinate is set for a clause under "since" (or "after" …) that
	// holds the date: the main clause before it does not name the event's
	// actors, and its places only stand in when the clause names none (they
	// are mostly the story's: "killed in Syria since the conflict began in
	// 2011")
	Subordinate bool
}

// startAt starts the clause at token k, past what stood before it (a
// stamp, a dateline, a headline); a subject kept from before k goes too.
func (c *clause) startAt(k int) {
	c.From = k
	if c.SubjTo <= k {
		c.SubjFrom, c.SubjTo = k, k
	}
}

// clauseOf finds the clause of sentence s that holds the date at token ti,
// without a dateline ("AMMAN:"); dc tells what other dates the sentence
// has.
func clauseOf(d *document, s sentence, ti int, tx Timex, lists map[int]bool, ents []Entity, dc sentenceDates) clause {
	start := s.From
	if s.To-start > 2 && isAcronym(d.toks[start].Text) && d.toks[start+1].Text == ":" {
		start += 2
	}
	// "According to the military, Abd al-Hadi Sabah, a company commander
	// …, was killed in a strike on Tuesday": the source opening the
	// sentence is no part of the clause, whose subject follows it
	if start+3 < ti && accordingTo(d, start) {
		for k := start + 2; k < ti && k <= start+12; k++ {
			if d.toks[k].Text == "," {
				start = k + 1
				break
			}
		}
	}
	// a list item's bullet: "- On 2 December, airstrikes hit …"
	for start+1 < s.To && start < ti && isBullet(d.toks[start].Text) {
		start++
	}
	// the subject opens after a dateline ("KABUL, Dec 11 (Reuters) -"),
	// whose commas set off no appositive and end no clause ("GOMA,
	// Democratic Republic of Congo, Jan 27 (Reuters) -")
	if after := afterDateline(d, clause{From: start, To: s.To}, ents); after.From < ti {
		start = after.From
	}
	from, to := clauseRange(d, start, s.To, ti, tx, lists)
	// "Niger has been ruled by a military junta since July 2023, when
	// General Abdourahamane Tiani overthrew elected president Mohamed
	// Bazoum.": the when-clause after the date tells what happened then
	if w, e := whenAfterDate(d, s, tx); w > 0 {
		return clause{SubjFrom: w, SubjTo: w, From: w, To: e, Subordinate: true}
	}
	// "… seized a third, the Galaxy Leader, whose crew was released in
	// January 2025.": a relative clause that ends the sentence with a date
	// of its own tells of the noun before it, not of the main clause
	// (a source after it does not count: "…, which began in October 2017,
	// according to the U.N. refugee agency")
	// (one the main clause's verb follows is on its subject: see
	// insertionClause)
	if r := relativeOpen(d, max(from, start+1), ti); r > 0 && (to >= s.To-1 || accordingAt(d, to)) && relativeInsertEnd(d, r-1, s.To) == 0 {
		np := relativeAntecedent(d, start, r-1, lists)
		if d.toks[r].Lower == "who" {
			np = personAntecedent(d, ents, start, r-1)
		}
		if n := d.toks[r+1]; np > 0 && d.toks[r].Lower != "whose" && isLowerWord(n.Text) && !determiners[n.Lower] && !subjectPronouns[n.Lower] && !prepositionIn(d, np, r-1) {
			// the antecedent is the subject: "Steve Witkoff visited Moscow"
			// (not an object: "Tabqa, which the army retook"; nor a noun
			// phrase with two nouns the clause may tell of: "A possible
			// acquisition by Thermo Electron, which agreed to purchase …")
			return clause{SubjFrom: np, SubjTo: r - 1, From: r + 1, To: to, Subordinate: true}
		}
		if np > 0 {
			return clause{SubjFrom: np, SubjTo: np, From: np, To: to, Subordinate: true}
		}
	}
	// "Talks … began in November 2022 in Caracas and produced a bilateral
	// ceasefire that expired in August 2024": when the main clause has a
	// date of its own before it, a that-clause ending the sentence with
	// its own date tells of the noun before it
	// (not a page's stamp: "Date of publication 4 April 2017 At least 72
	// people … were killed in an airstrike that released toxic gas … on
	// Tuesday")
	if dc.before && !dc.stamped && to >= s.To-1 {
		if np, r := thatAntecedent(d, max(from, start+1), ti); np > 0 {
			return clause{SubjFrom: np, SubjTo: r, From: r + 1, To: to, Subordinate: true}
		}
	}
	// "… voiced alarm at the killings in Haiti, where at least 1,617 people
	// were killed between January and March": the where-clause tells its
	// own happening, at the place before it (the main clause's places
	// stand in for its own)
	if w := whereOpen(d, max(from, start+1), ti); w > 0 && to >= s.To-1 {
		return clause{SubjFrom: w + 1, SubjTo: w + 1, From: w + 1, To: to, Subordinate: true}
	}
	// "has relied on Russian fighters since French forces withdrew in
	// August 2022": the date is the since-clause's, and what the main
	// clause says holds from then on
	// (opening the sentence, it ends at its comma: "Since the war began
	// in March 2011, more than …"). When the main clause has a date of its
	// own before it, so does an "after"/"before" clause: "struck 36
	// targets on Saturday … after a drone attack killed three soldiers in
	// Jordan a week ago"
	// "… in what New Delhi called a response to the April 22 attack on
	// tourists in Pahalgam, in which 26 people were killed": a date that
	// names a happening past the clause's start dates that happening
	// (only when the sentence has a date of its own for the rest: "The
	// gas was used in the April 4 strike on Khan Sheikhoun" tells that
	// strike)
	if det, e := datedHappening(d, from, s.To, ti, tx); det > 0 && (dc.before && !dc.stamped || dc.after) {
		return clause{SubjFrom: det, SubjTo: det, From: det, To: e, Subordinate: true}
	}
	// "The strike came days after Moscow and Kyiv agreed to a partial
	// halt … on March 25": all the main clause says is when it came
	if p := cameLinkStart(d, from, ti); p > 0 {
		return clause{SubjFrom: p, SubjTo: p, From: p, To: to, Subordinate: true}
	}
	if p := subordinateStart(d, from, ti, dc.before); p > 0 {
		// ("… since the revolt began in March 2011 and nine million have
		// been driven from their homes": a clause of its own after "and")
		end := d.tokenFrom(tx.End)
		// (an "after" clause ends with its date: "captured while fleeing
		// after the ISIL terrorists overran Tabqa airbase on Sunday were
		// executed")
		for end < to && !clauseBreak(d.toks[end].Text) && !newClauseAt(d, end, to) && d.toks[p-1].Lower == "since" {
			end++
		}
		return clause{SubjFrom: p, SubjTo: p, From: p, To: min(end, to), Subordinate: true}
	}
	// "saying it was a response to Israeli strikes on Beirut on Thursday
	// that killed 22 people": what was answered is the dated happening
	if p := answeredStart(d, from, ti); p > 0 {
		return clause{SubjFrom: p, SubjTo: p, From: p, To: to, Subordinate: true}
	}
	c := clause{SubjFrom: from, SubjTo: from, From: from, To: to}
	if r, ok := insertionClause(d, start, from, to, ti, tx, lists); ok {
		return r
	}
	// "Kopp's car was spotted near the house, and was found abandoned at
	// the airport in December": the second verb's subject is the
	// sentence's, a few words before its first verb
	if from > start+1 && from+1 < to && coordinators[d.toks[from].Lower] && elidedSubjectVerbs[d.toks[from+1].Lower] {
		for j := start + 1; j < from && j <= start+8; j++ {
			if d.toks[j].Text == "," {
				break
			}
			if elidedSubjectVerbs[d.toks[j].Lower] {
				c.SubjFrom, c.SubjTo, c.From = start, j, from+1
				return c
			}
		}
	}
	// "Fano, a loose network of ethnic Amhara militias, fought alongside
	// federal troops …, but turned against the government in April 2023":
	// a past form after "but" or "and" has the sentence's subject, set off
	// from its appositive
	if from > start+1 && from+1 < to && (d.toks[from].Lower == "but" || d.toks[from].Lower == "and") && d.toks[from-1].Text == "," && lowerVerb(d.toks[from+1]) && !elidedSubjectVerbs[d.toks[from+1].Lower] {
		if e := shortSubjectEnd(d, start, from); e > start {
			c.SubjFrom, c.SubjTo, c.From = start, e, from+1
			return c
		}
	}
	// "…, said Patricia Hurt, the Essex County prosecutor, who created the
	// task force on Tuesday": the person the relative clause is about
	// stands before it, maybe with a description between
	// (the date in the relative clause: in "Abdulghani al-Kikli, known
	// as Ghnewa, who led the SSA, was killed on Monday" the date is the
	// main clause's, whose subject opens the sentence)
	if from > start+1 && d.toks[from].Lower == "who" && d.toks[from-1].Text == "," && !verbAfterComma(d, from, ti) {
		if a, b := personBefore(d, ents, start, from-1); b > a {
			c.SubjFrom, c.SubjTo = a, b
			return c
		}
	}
	// an appositive (see appositiveOpeners) after a short subject and
	// closed by a comma before the date: the clause is the subject and
	// what follows the appositive
	// (an acronym in brackets after the subject's name does not count:
	// "The Myanmar National Democratic Alliance Army (MNDAA), one of …,")
	// nor do the words of a long name past its first: "The Strategic
	// Framework for the Defence of the People of Azawad (CSP-DPA), an
	// alliance of …,")
	j, bracketed := start+1, 0
	for j < ti && j-start-bracketed <= 8 && d.toks[j].Text != "," {
		if c := closingParen(d, j, min(ti, j+6)); d.toks[j].Text == "(" && c > 0 {
			bracketed += c + 1 - j
			j = c + 1
			continue
		}
		if e := entityEndAt(d, ents, j); e > j+1 && e < ti {
			bracketed += e - j - 1
			j = e
			continue
		}
		j++
	}
	// a phrase opening with a preposition is no subject: in "On April 4,
	// a sarin attack killed 87 people in Khan Sheikhoun, prompting …" the
	// words before the first comma are a date
	// ("At least 17 peacekeepers, including 13 from …," opens with a
	// number, not a preposition)
	if j >= ti || j-start-bracketed > 8 || j+1 >= ti || datePreps[d.toks[start].Lower] && !atLeast(d, start) {
		return c
	}
	describes, named := describesBefore(d, j+1, ti)
	if !describes {
		return c
	}
	k := j + 2
	for k < ti && (d.toks[k].Text != "," || lists[k] || k+1 < ti && yearNum(d.toks[k+1].Text) > 0) {
		k++ // "based in Cupertino, California,", "on February 1, 2021,": the place's or the date's comma is no end
	}
	// a second description after the first: "The RSF, led by Mohamed
	// Hamdan Dagalo, widely known as Hemedti, has …"
	// (clauseRange may have kept the whole sentence, or started the
	// clause at the second description: "widely known as Hemedti, has
	// besieged …")
	firstEnd := k
	for k+2 < ti && (from > k || from <= j+1) {
		if more, named := describesBefore(d, k+1, ti); !more || named {
			break
		}
		e := k + 2
		for e < ti && (d.toks[e].Text != "," || lists[e]) {
			e++
		}
		if e >= ti {
			break
		}
		k = e
	}
	if k < ti && (from <= j+1 || from > firstEnd && from <= k+1) {
		c.SubjFrom, c.SubjTo, c.From = start, j, k+1
		if named {
			c.SubjFrom, c.SubjTo, c.From = start, start, start
		}
	}
	return c
}

// participleStart is the first token of a participle clause set off by a
// comma between tokens from and to ("…, killing its longtime leader
// Hassan Nasrallah in a massive air strike … on September 27"), or 0.
func participleStart(d *document, from, to int) int {
	for k := from; k+1 < to; k++ {
		if d.toks[k].Text == "," {
			if participleWord(d.toks[k+1]) {
				return k + 1
			}
		}
	}
	return 0
}

// participleWord is true for a present participle in lower case that may
// open a clause: "killing", "freeing" (not "king" or "ring").
func participleWord(t token) bool {
	return t.Text == t.Lower && len(t.Lower) > 5 && strings.HasSuffix(t.Lower, "ing")
}

// nameGoesOn is true when the parenthesis [open, shut] sits inside a
// name, capitals on both sides ("the Armed Forces (Special Powers) Act"),
// and is no photo's credit ("Ariha (Reuters Photo) Thirty-five people").
func nameGoesOn(d *document, open, shut int) bool {
	if open == 0 || !isCap(d.toks[open-1].Text) || !isCap(d.toks[shut+1].Text) {
		return false
	}
	return !captionRe.MatchString(d.text[d.toks[open].Start:d.toks[shut].End]) && !strings.Contains(strings.ToLower(d.text[d.toks[open].Start:d.toks[shut].End]), "photo")
}

// relativeOpen is the token of the "which" or "whose" after a comma that
// opens the relative clause holding token ti (none of the clause's own
// breaks between), searched from token from on; else 0.
func relativeOpen(d *document, from, ti int) int {
	for k := ti - 1; k >= from && k > 0; k-- {
		if clauseBreak(d.toks[k].Text) {
			return 0
		}
		if (d.toks[k].Lower == "which" || d.toks[k].Lower == "whose" || d.toks[k].Lower == "who") && d.toks[k-1].Text == "," {
			return k
		}
	}
	return 0
}

// prepositionIn is true when tokens [from, to) hold a preposition in
// lower case.
func prepositionIn(d *document, from, to int) bool {
	for k := from; k < to; k++ {
		if t := d.toks[k]; isLowerWord(t.Text) && (datePreps[t.Lower] || memberLinks[t.Lower] || t.Lower == "by") {
			return true
		}
	}
	return false
}

// thatAntecedent finds a subject relative "that" before the date at ti
// ("a bilateral ceasefire that expired in …"): the start of its noun
// phrase (from its article, up to four words before "that") and the
// "that"; 0, 0 when there is none.
func thatAntecedent(d *document, from, ti int) (int, int) {
	for r := ti - 1; r > from; r-- {
		if clauseBreak(d.toks[r].Text) {
			return 0, 0
		}
		if d.toks[r].Lower != "that" || !lowerVerb(d.toks[r+1]) || !isLowerWord(d.toks[r-1].Text) || lowerVerb(d.toks[r-1]) || reportingVerbs[d.toks[r-1].Lower] {
			continue
		}
		for j := r - 1; j >= from && j >= r-4; j-- {
			// ("Ahrar al-Sham was among the opposition groups that
			// agreed …": the subject is one of them)
			if t := d.toks[j]; determiners[t.Lower] && d.toks[j-1].Lower != "among" {
				return j, r
			} else if !isLowerWord(t.Text) && !isCap(t.Text) || datePreps[t.Lower] || memberLinks[t.Lower] {
				break
			}
		}
		return 0, 0
	}
	return 0, 0
}

// personAntecedent is the start of the person named, with the titles
// before the name, right before the comma of a who-clause ("through US
// Special Envoy Steve Witkoff, who visited Moscow on March 13"), or 0.
func personAntecedent(d *document, ents []Entity, start, comma int) int {
	end := d.toks[comma].Start
	// (the entities are in order of their starts: the one ending at the
	// comma is among the last few that start before it)
	for i, n := sort.Search(len(ents), func(i int) bool { return ents[i].Start >= end })-1, 0; i >= 0 && n < 3; i, n = i-1, n+1 {
		if ents[i].End != end || ents[i].Type != "PERSON" {
			continue
		}
		j := d.tokenAt(ents[i].Start)
		for j-1 > start && isCap(d.toks[j-1].Text) && isWordTok(d.toks[j-1].Text) && j > comma-7 {
			j--
		}
		return j
	}
	return 0
}

// boundWords before a date make it a bound or a name, not the time of
// the clause's happening.
// ("in contrast to April, when …")
var boundWords = map[string]bool{"since": true, "until": true, "till": true, "of": true, "from": true, "to": true}

// emptyHappening is true when the verb before the date at ti tells only
// that something happened ("The attack … took place on Wednesday
// afternoon, when a jet dropped bombs"): the when-clause tells what.
func emptyHappening(d *document, ti int) bool {
	p := ti - 1
	if p > 0 && datePreps[d.toks[p].Lower] {
		p--
	}
	switch w := d.toks[p].Lower; {
	case w == "occurred" || w == "happened":
		return true
	case w == "place" && p > 0:
		v := d.toks[p-1].Lower
		return v == "took" || v == "takes"
	}
	return false
}

// whenAfterDate is the clause [w, e) that ", when" opens right after
// the date tx and that runs to the end of sentence s with a
// verb in the past ("since July 2023, when General Tiani overthrew …");
// (0, 0) if none.
func whenAfterDate(d *document, s sentence, tx Timex) (int, int) {
	// (not after a clock time: "The missiles hit the city center at about
	// 10:15 a.m., when streets were crowded" tells the happening in the
	// main clause, and the when-clause how things stood; a date opening
	// the sentence has its main clause after the when-clause: "In 2011,
	// when protests erupted, Assad …")
	// (nor after a date the main clause is told at: "al-Sudani met Erdogan
	// in Ankara in March, when the two countries agreed …" tells the
	// meeting; a date after "since", "until" or "of" marks a state's
	// bounds or names a thing)
	k, ti := d.tokenFrom(tx.End), d.tokenAt(tx.Start)
	if k <= 0 || k+2 >= s.To || d.toks[k].Text != "," || d.toks[k+1].Lower != "when" || ti-s.From <= 2 || strings.Contains(tx.Value, ":") || !boundWords[d.toks[ti-1].Lower] && !emptyHappening(d, ti) {
		return 0, 0
	}
	e, verb := k+2, false
	for ; e < s.To && d.toks[e].Text != "." && d.toks[e].Text != ";"; e++ {
		if clauseBreak(d.toks[e].Text) && d.toks[e].Text != "," || d.toks[e].Lower == "when" {
			return 0, 0
		}
		verb = verb || pastForm(d.toks[e].Lower) && isLowerWord(d.toks[e].Text)
	}
	if !verb || e-(k+2) < 3 {
		return 0, 0
	}
	return k + 2, e
}

// whereOpen is the token of a ", where" that opens a clause holding the
// date at ti after a place's name, or 0.
func whereOpen(d *document, from, ti int) int {
	for k := ti - 1; k >= from && k > 1; k-- {
		if clauseBreak(d.toks[k].Text) {
			return 0
		}
		if d.toks[k].Lower == "where" && d.toks[k-1].Text == "," && isCap(d.toks[k-2].Text) && isWordTok(d.toks[k-2].Text) && k+2 < ti {
			return k
		}
	}
	return 0
}

// relativeAntecedent is the first token of the noun phrase before the
// comma at token comma that a relative clause after it is about: a phrase
// set off by commas ("a third, the Galaxy Leader,") or the words from the
// nearest article ("the base"); 0 when none is found within six words
// (the commas of a list of names, token indexes in lists, do not count).
func relativeAntecedent(d *document, start, comma int, lists map[int]bool) int {
	for j, reach := comma-1, comma-6; j > start && j >= reach; j-- {
		t := d.toks[j]
		// "a curfew in Latakia, Tartous and Homs, which remained in
		// place": the places listed are words of the noun phrase
		if lists[j] {
			reach--
			continue
		}
		if isCap(t.Text) {
			reach-- // names do not count
		}
		if t.Text == "," {
			if j+1 < comma && (determiners[d.toks[j+1].Lower] || isCap(d.toks[j+1].Text)) {
				return j + 1
			}
			return 0
		}
		if clauseBreak(t.Text) {
			return 0
		}
		// ("$3,500 a share": "a" as "per" opens no noun phrase)
		if determiners[t.Lower] && !(t.Lower == "a" && j > 0 && strings.ContainsAny(d.toks[j-1].Text, "0123456789")) {
			return j
		}
	}
	// a name right before the comma: "Rebels seized Tabqa, which …"
	// (not a date: "seized Tabqa on Saturday, which …")
	j := comma
	for j-1 > start && isCap(d.toks[j-1].Text) && isWordTok(d.toks[j-1].Text) && !datedSince(d.toks[j-1]) && j > comma-4 {
		j--
	}
	if j < comma && !datedSince(d.toks[j-1]) {
		return j
	}
	return 0
}

// answeredStart is the first token of the happening that a response, a
// retaliation or a revenge answered, when the date at ti dates it ("in
// retaliation for an attack on Sunday that killed …", "a response to
// Israeli strikes on Beirut on Thursday"); else 0. The answer came after
// it, undated.
func answeredStart(d *document, from, ti int) int {
	happening := false
	for p := ti - 1; p > from && p > ti-12; p-- {
		t := d.toks[p]
		if clauseBreak(t.Text) || t.Text == ")" {
			return 0
		}
		if p-1 > from && answerNouns[d.toks[p-1].Lower+" "+t.Lower] {
			// "in response to the attack on Friday": a bare "the attack"
			// is the one told before, and the date may well be the
			// answer's; a longer name or a relative clause after the
			// date ties the date to it
			if happening && p+1 < ti && (datePhraseStart(d, p+1, ti)-(p+1) >= 3 || relativeAfter(d, ti)) {
				return p + 1
			}
			return 0
		}
		happening = happening || isHappening(t.Lower)
	}
	return 0
}

// relativeAfter is true when a relative clause follows the date at ti
// ("on Thursday that killed 22 people").
func relativeAfter(d *document, ti int) bool {
	k := ti + 1
	for k < len(d.toks) && k < ti+5 && d.toks[k].Sent == d.toks[ti].Sent && d.toks[k].Lower != "that" && d.toks[k].Lower != "which" {
		if clauseBreak(d.toks[k].Text) || d.toks[k].Text == "." {
			return false
		}
		k++
	}
	return k < len(d.toks) && k < ti+5 && (d.toks[k].Lower == "that" || d.toks[k].Lower == "which")
}

// answerNouns, with their preposition, name an answer to something that
// happened before.
var answerNouns = map[string]bool{
	"response to": true, "retaliation for": true, "revenge for": true, "reprisal for": true,
	"reprisals for": true, "retribution for": true, "answer to": true,
}

// entityEndAt is the token after the entity that starts at token k, or k
// when none does.
func entityEndAt(d *document, ents []Entity, k int) int {
	at := d.toks[k].Start
	i := sort.Search(len(ents), func(i int) bool { return ents[i].Start >= at })
	if i < len(ents) && ents[i].Start == at {
		return d.tokenFrom(ents[i].End)
	}
	return k
}

// subordinateStart is the first token of a clause under "since" (or,
// with afterToo, "after" or "before"; "when" tells the same moment) that runs up to the date at
// ti with a verb of its own in the past ("since it took
// power in a coup in February 2021", "Since the decision was announced
// Jan. 5"), or a happening it names by a noun right after its article
// ("since the assassination of President Jovenel Moïse in July 2021"), or
// 0. A date right after "since" starts a period of the main clause instead
// ("besieged since March 2014"), as does another noun ("since the start of
// the war in 2011"); a pronoun subject ("since it arrived in
// March") keeps the sentence whole.
func subordinateStart(d *document, from, ti int, afterToo bool) int {
	verb := false
	for p, reach := ti-1, ti-14; p >= from && p > reach; p-- {
		w := d.toks[p].Lower
		switch {
		// (an "after" right after a comma opens its clause inside the
		// sentence: "…, at Maputo's request, after insurgents overran the
		// port town of Palma in March that year")
		case w == "since" || afterToo && (p > from || p > 0 && d.toks[p-1].Text == "," && d.toks[p-1].Sent == d.toks[p].Sent) && (w == "after" || w == "before"):
			// "has struggled … since it arrived in March": a pronoun
			// alone says nothing; its clause needs the main one
			// "have since lost", "since being defeated": an adverb, or a
			// clause without a subject
			next := d.toks[p+1].Lower
			if p > 0 && (elidedSubjectVerbs[d.toks[p-1].Lower] || d.toks[p-1].Lower == "ever") || pastForm(next) || strings.HasSuffix(next, "ing") {
				return 0
			}
			if verb && p+2 < ti && !subjectPronouns[next] && !datedSince(d.toks[p+1]) && (w == "since" || !mainVerbAfter(d, p+1, ti)) {
				return p + 1
			}
			// "since the assassination of President Jovenel Moïse in July
			// 2021": a happening named by a noun
			if w == "since" && !verb && (next == "the" || next == "a" || next == "an") && p+2 < ti && isHappening(d.toks[p+2].Lower) {
				return p + 1
			}
			return 0
		case w == "," && asideOpen(d, p, from) > 0:
			// "since gunmen killed 26 people, most of them Hindu
			// tourists, at a meadow …", "after Ismael Zambada, a
			// co-founder of the cartel, was flown to the United States in
			// July": the aside does not count
			j := asideOpen(d, p, from)
			reach -= p - j
			p = j
		case clauseBreak(d.toks[p].Text) || d.toks[p].Text == "(" || d.toks[p].Text == ")" || w == "but":
			return 0
		case pastForm(w):
			verb = true
		case isCap(d.toks[p].Text) && p > from && isCap(d.toks[p-1].Text) || quoteMarks[d.toks[p].Text]:
			// a long name or a nickname in quotes counts as one word:
			// "after Ismael "El Mayo" Zambada … was flown"
			reach--
		}
	}
	return 0
}

// mainVerbAfter is true when an auxiliary follows the first verb of the
// clause in [from, to): the main clause's verb, where scraping lost the
// commas ("captured while fleeing after the ISIL terrorists overran Tabqa
// airbase were executed during the night").
func mainVerbAfter(d *document, from, to int) bool {
	first := -1
	for j := from; j < to; j++ {
		if first < 0 && pastForm(d.toks[j].Lower) {
			first = j
			continue
		}
		if first >= 0 && elidedSubjectVerbs[d.toks[j].Lower] {
			return true
		}
	}
	return false
}

// newClauseAt is true when "and" at token k joins a clause with a verb of
// its own within a few words ("and nine million have been driven"), and at
// any "but".
func newClauseAt(d *document, k, to int) bool {
	switch d.toks[k].Lower {
	case "but":
		return true
	case "and":
	default:
		return false
	}
	for j := k + 1; j < to && j <= k+8; j++ {
		if elidedSubjectVerbs[d.toks[j].Lower] {
			return true
		}
		if clauseBreak(d.toks[j].Text) {
			return false
		}
	}
	return false
}

// datedSince is true when the word after "since" opens a date ("since
// October 18 but officials told a briefing Friday"): the period is the
// main clause's, and the later date another clause's.
func datedSince(t token) bool {
	w := t.Lower
	return monthNames[w] > 0 && isCap(t.Text) || weekdayNames[w] > 0 || isDigits(w) || w == "last" || w == "early" || w == "mid" || w == "late"
}

// subjectPronouns stand for a subject named elsewhere.
var subjectPronouns = map[string]bool{"it": true, "they": true, "he": true, "she": true, "we": true, "i": true, "this": true, "that": true}

// pastForm is true for a verb in the past tense or a past participle.
func pastForm(w string) bool {
	return regularPast(w) || pastCues[w] && !pastNonVerbs[w] || pastIrregular[w] || moreIrregularPast[w]
}

// moreIrregularPast are past forms of verbs of conflict reporting that
// neither end in "-ed" nor are listed as cues of the past tense.
var moreIrregularPast = map[string]bool{
	"withdrew": true, "overran": true, "broke": true, "became": true, "drove": true, "swept": true,
	"overthrew": true, "rose": true, "ran": true, "gave": true, "got": true, "seen": true, "won": true,
	"fought": true, "brought": true, "caught": true, "stood": true, "wrote": true, "spoke": true,
	"chose": true, "froze": true, "led": true, "built": true, "split": true, "quit": true, "set": true,
}

// elidedSubjectVerbs open a clause whose subject "and" left out ("…, and
// was found abandoned"); the first of them in the sentence ends its
// subject.
var elidedSubjectVerbs = map[string]bool{
	"was": true, "were": true, "is": true, "are": true, "has": true, "have": true, "had": true,
	"will": true, "would": true,
}

// personBefore is the token range of the person named right before the
// comma at token k, or before a description set off by commas there
// (", the Essex County prosecutor,"); (0, 0) if none.
func personBefore(d *document, ents []Entity, start, k int) (int, int) {
	ends := func(end int) (int, int) {
		for _, e := range ents {
			if e.Type == "PERSON" && end > start && e.End == d.toks[end-1].End {
				if a := d.tokenAt(e.Start); a >= start {
					return a, end
				}
			}
		}
		return 0, 0
	}
	if a, b := ends(k); b > a {
		return a, b
	}
	// a description of a few words in lower case or capitals after an
	// article: ", the Essex County prosecutor"
	j := k - 1
	for j > start && j >= k-7 && d.toks[j].Text != "," {
		j--
	}
	if j > start && d.toks[j].Text == "," && articles[d.toks[j+1].Lower] {
		return ends(j)
	}
	return 0, 0
}

// insertionClause mends a clause that clauseRange began inside a phrase
// set off by commas, [from, …):
//   - a relative clause on the sentence's subject that holds the date:
//     "The Saudi-led coalition, which intervened in Yemen's civil war in
//     March 2015, has halted air strikes" is the coalition's
//     intervention, so the subject comes back in place of "which";
//   - a description closed before the date's own phrase: in "The RSF has
//     fought the army, led by General Burhan, since April 2023" the date
//     belongs to what comes before the description.
//
// The relative clause needs a subject of a few words that opens the
// sentence and a comma after the date with the main verb after it, so
// that "He met the leader of the group, which attacked the town on
// Sunday" keeps "which …" as it was.
func insertionClause(d *document, start, from, to, ti int, tx Timex, lists map[int]bool) (clause, bool) {
	// a clause that clauseRange began at the subject may hold the relative
	// clause whole: "The insurgency, which began in October 2017 in the
	// port town of …, has killed"
	// (past an opening phrase: "In November 2022, Captain Ibrahim
	// Traoré, who seized power in a coup on 30 September 2022, …")
	if from == start {
		first := start
		for j := start + 1; j+1 < ti && j <= first+8; j++ {
			if d.toks[j].Text == "," {
				if w := d.toks[j+1].Lower; w == "which" || w == "who" {
					from = j + 1
				} else if first == start && openingPhraseAt(d, start, j) {
					first = j + 1
					continue
				}
				break
			}
		}
	}
	if from <= start+1 || from >= ti || d.toks[from-1].Text != "," {
		return clause{}, false
	}
	seg := from - 1 // where the phrase before the comma begins
	for seg > start && !(clauseBreak(d.toks[seg-1].Text) && !lists[seg-1]) {
		seg--
		// "the Sudanese Armed Forces (SAF)": a parenthesis goes whole
		if d.toks[seg].Text == ")" {
			seg = parenOpen(d, seg, start)
		}
	}
	if seg == from-1 {
		return clause{}, false
	}
	// a phrase that opens with its verb has its subject before the
	// descriptions set off by commas: "The RSF, led by Mohamed Hamdan
	// Dagalo, known as Hemedti, has besieged El Fasher, the last …, since
	// May 2024" keeps "The RSF" and what describes it
	if seg > start && (elidedSubjectVerbs[d.toks[seg].Lower] || pastForm(d.toks[seg].Lower)) {
		seg = start
	}
	// the comma that closes the phrase before the date
	k := from + 1
	for k < ti && (d.toks[k].Text != "," || lists[k]) {
		k++
	}
	open := d.toks[from].Lower
	if k < ti {
		if describes, named := describesBefore(d, from, ti); describes && datePhraseStart(d, k+1, ti) == k+1 {
			if named {
				return clause{SubjFrom: seg, SubjTo: seg, From: seg, To: to}, true
			}
			return clause{SubjFrom: seg, SubjTo: from - 1, From: k + 1, To: to}, true
		}
		return clause{}, false
	}
	// (an acronym in brackets is no word of the subject: "The Kenyan-led
	// Multinational Security Support (MSS) mission, which arrived …")
	words := from - 1 - seg
	for j := seg; j < from-1; j++ {
		if d.toks[j].Text == "(" || d.toks[j].Text == ")" || j > seg && d.toks[j-1].Text == "(" {
			words--
		}
	}
	// (an opening phrase may stand before the subject: "In November
	// 2022, Captain Ibrahim Traoré, who seized power in a coup on 30
	// September 2022, launched …")
	if open != "which" && open != "who" || seg != start && !openingPhraseAt(d, start, seg-1) || words > 8 {
		return clause{}, false
	}
	// the main clause goes on after the relative one with its verb
	e := ti
	for e < len(d.toks) && d.toks[e].Start < tx.End {
		e++
	}
	for e < len(d.toks) && d.toks[e].Sent == d.toks[ti].Sent && (d.toks[e].Text != "," || lists[e]) {
		if d.toks[e].Text == "." || d.toks[e].Text == ";" {
			return clause{}, false
		}
		e++
	}
	if e+1 >= len(d.toks) || d.toks[e+1].Sent != d.toks[ti].Sent || !isLowerWord(d.toks[e+1].Text) || coordinators[d.toks[e+1].Lower] {
		return clause{}, false
	}
	return clause{SubjFrom: seg, SubjTo: from - 1, From: from + 1, To: min(to, e), Relative: true}, true
}

// describesBefore is true when the phrase after a comma at token k
// describes what comes before it: it opens with an appositive opener, a
// participle with its agent ("backed by the United Nations", "led by
// General Burhan"), or is a name of a few words closed by a comma that
// names a noun in lower case ("His successor, Naim Qassem, said"; in
// "AMMAN, Jordan, March 4" the name is a dateline's). named is true for
// the name: it is no description to drop but the subject's own name, so
// the clause keeps it. ti bounds the look.
func describesBefore(d *document, k, ti int) (describes, named bool) {
	w := d.toks[k].Lower
	// "widely known as Hemedti", "locally called …": an adverb first
	if strings.HasSuffix(w, "ly") && k+2 < ti && (appositiveOpeners[d.toks[k+1].Lower] || d.toks[k+1].Lower == "called") {
		return true, false
	}
	// "one of three groups in the alliance"
	if appositiveOpeners[w] || w == "one" && k+1 < ti && d.toks[k+1].Lower == "of" || (strings.HasSuffix(w, "ed") || irregularParticiples[w]) && k+1 < ti && d.toks[k+1].Lower == "by" {
		return true, false
	}
	// "At least 17 peacekeepers, including 13 from South Africa, have
	// been killed", "Rwandan troops, deployed in Cabo Delgado since July
	// 2021, were sent": a part of the subject, or where it stands
	if w == "including" && k+1 < ti || (regularPast(w) || irregularParticiples[w]) && k+1 < ti && participlePreps[d.toks[k+1].Lower] {
		return true, false
	}
	if k < 2 || !isLowerWord(d.toks[k-2].Text) {
		return false, false
	}
	e := k
	for e < ti && e < k+4 && isCap(d.toks[e].Text) && isWordTok(d.toks[e].Text) {
		e++
	}
	named = e > k && e < ti && d.toks[e].Text == ","
	return named, named
}

// shortSubjectEnd is the end of the sentence's subject opening at start,
// up to six words before its first verb or the comma of an appositive
// after it; 0 when the sentence opens otherwise (a preposition, an
// adverb, a long phrase) or no verb comes before token to.
func shortSubjectEnd(d *document, start, to int) int {
	if datePreps[d.toks[start].Lower] || openingAdverbial(d, start) || !isCap(d.toks[start].Text) {
		return 0
	}
	end := 0
	for j := start + 1; j < to && j <= start+24; j++ {
		t := d.toks[j]
		if t.Text == "," && end == 0 {
			end = j
		}
		if lowerVerb(t) && !determiners[d.toks[j-1].Lower] && d.toks[j-1].Text != "-" {
			if end == 0 {
				end = j
			}
			if end-start > 6 || reportingVerbs[t.Lower] {
				return 0
			}
			return end
		}
	}
	return 0
}

// relativeInsertEnd is the comma that closes a relative clause opened by
// ", who" or ", which" at comma k, when the verb of the clause it sits in
// follows that comma ("…, who seized power in a coup on 30 September
// 2022, launched …"); 0 otherwise.
func relativeInsertEnd(d *document, k, to int) int {
	if d.toks[k].Text != "," || k+2 >= to || d.toks[k+1].Lower != "who" && d.toks[k+1].Lower != "which" {
		return 0
	}
	for j := k + 2; j+1 < to && j <= k+24; j++ {
		switch d.toks[j].Text {
		case ",":
			if n := d.toks[j+1]; lowerVerb(n) && !reportingVerbs[n.Lower] {
				return j
			}
			return 0
		case ".", ";", "(", "—", "–":
			return 0
		}
	}
	return 0
}

// participleIn is true when tokens [from, to) hold a participle in -ing
// that opens a clause ("killing", "leaving").
func participleIn(d *document, from, to int) bool {
	for k := from; k < to; k++ {
		if participleWord(d.toks[k]) {
			return true
		}
	}
	return false
}

// datedHappening finds a happening named with its date after "the",
// in the sentence before token to but not opening the clause at from ("a response to the
// April 22 attack on tourists in Pahalgam", "who led the October 7, 2023,
// assault on Kibbutz Nir Oz"): the article and the end of the noun
// phrase, with a relative clause "in which …" after it; 0, 0 when the
// date at ti names none.
func datedHappening(d *document, from, to, ti int, tx Timex) (int, int) {
	// (a calendar date: "the Tuesday attack" is mostly the story's own,
	// told again)
	det := ti - 1
	if det <= from+1 || d.toks[det].Lower != "the" || !hasYear(tx.Text) && !namesMonth(tx.Text) {
		return 0, 0
	}
	n := d.tokenFrom(tx.End)
	if n > 0 && n+1 < to && d.toks[n].Text == "," {
		n++ // "the October 7, 2023, assault"
	}
	if n <= ti || n >= to || !isLowerWord(d.toks[n].Text) || !isHappening(d.toks[n].Lower) || lowerVerb(d.toks[n]) {
		return 0, 0
	}
	e := n + 1
	for e < to && !clauseBreak(d.toks[e].Text) && d.toks[e].Text != "." && !lowerVerb(d.toks[e]) && !relativeWords[d.toks[e].Lower] && d.toks[e].Lower != "including" {
		e++
	}
	if e+2 < to && d.toks[e].Text == "," && d.toks[e+1].Lower == "in" && d.toks[e+2].Lower == "which" {
		for e += 3; e < to && !clauseBreak(d.toks[e].Text) && d.toks[e].Text != "."; e++ {
		}
	}
	return det, e
}

// namesMonth is true when text has a month's name.
func namesMonth(text string) bool {
	for _, w := range strings.Fields(text) {
		if monthNames[strings.ToLower(strings.Trim(w, ".,"))] > 0 {
			return true
		}
	}
	return false
}

// cameLinkStart is the first token of the clause after "came after",
// "came days after", "comes as", "came shortly before" in a short main
// clause before the date at ti ("The ceasefire came after India launched
// missile strikes … early on Wednesday"); 0 when there is none.
func cameLinkStart(d *document, from, ti int) int {
	for v := from + 1; v < ti && v <= from+6; v++ {
		if w := d.toks[v].Lower; w != "came" && w != "comes" && w != "come" || !isLowerWord(d.toks[v].Text) {
			continue
		}
		j := v + 1
		for j < ti && j <= v+3 && (linkMeasures[d.toks[j].Lower] || isDigits(d.toks[j].Text) || isCountWord(d.toks[j].Lower)) {
			j++
		}
		if w := d.toks[j].Lower; j+2 >= ti || w != "after" && w != "as" && w != "before" {
			return 0
		}
		for k := j + 1; k < ti; k++ {
			if clauseBreak(d.toks[k].Text) {
				return 0
			}
		}
		return j + 1
	}
	return 0
}

// linkMeasures say how long after: "days after", "a week after", "shortly
// before".
var linkMeasures = map[string]bool{
	"a": true, "an": true, "day": true, "days": true, "hours": true, "hour": true, "week": true, "weeks": true,
	"month": true, "months": true, "shortly": true, "just": true, "only": true, "soon": true, "minutes": true,
	"less": true, "than": true, "more": true,
}

// openingPhraseAt is true when the comma at k closes a phrase that opens
// the sentence at start before its subject: up to three words without a
// verb ("Two months later,"), or up to six after a preposition ("In
// November 2022,").
func openingPhraseAt(d *document, start, k int) bool {
	if k <= start || d.toks[k].Text != "," || verbIn(d, start, k) {
		return false
	}
	return k-start <= 3 || k-start <= 6 && datePreps[d.toks[start].Lower]
}

// coordinators join a clause to the one before; after a relative clause's
// comma they start no main verb.
var coordinators = map[string]bool{"and": true, "but": true, "or": true, "while": true, "as": true, "then": true}

// capitals are the capitals news names by the country's adjective: "the
// Syrian capital" is Damascus.
var capitals = map[string]string{
	"syrian": "Damascus", "iraqi": "Baghdad", "lebanese": "Beirut", "turkish": "Ankara", "jordanian": "Amman",
	"iranian": "Tehran", "russian": "Moscow", "egyptian": "Cairo", "saudi": "Riyadh", "yemeni": "Sanaa",
	"libyan": "Tripoli", "afghan": "Kabul", "ukrainian": "Kyiv", "british": "London", "french": "Paris",
	"german": "Berlin", "qatari": "Doha", "emirati": "Abu Dhabi", "kuwaiti": "Kuwait City", "omani": "Muscat",
	"bahraini": "Manama", "sudanese": "Khartoum", "american": "Washington", "u.s.": "Washington",
}

// capitalNamed is the capital a "the Syrian capital" in tokens [from, to)
// names, or "". "The Syrian capital market" is money, no place.
func capitalNamed(d *document, from, to int) string {
	for k := from + 2; k < to; k++ {
		if d.toks[k].Lower != "capital" || d.toks[k-2].Lower != "the" {
			continue
		}
		if k+1 < len(d.toks) && capitalNouns[d.toks[k+1].Lower] {
			continue
		}
		if c := capitals[d.toks[k-1].Lower]; c != "" {
			return c
		}
	}
	return ""
}

// capitalNouns make "capital" money: "capital market", "capital flight".
var capitalNouns = map[string]bool{
	"market": true, "markets": true, "punishment": true, "gains": true, "flight": true, "spending": true,
	"expenditure": true, "investment": true, "investments": true, "controls": true, "account": true,
	"inflows": true, "outflows": true, "requirements": true, "ratio": true, "stock": true,
}

// appositiveOpeners open a phrase between commas that describes the
// subject before it: "Syrian Democratic Forces, known as SDF, have been
// closing in", "Assad, who spoke on TV, said".
var appositiveOpeners = map[string]bool{
	"a": true, "an": true, "the": true, "known": true, "also": true, "formerly": true, "who": true, "which": true,
	"based": true, "headquartered": true, // "The company, based in Cupertino, said"
}

// clauseRange narrows [from, to) to the clause around the date at token
// ti, between clause breaks. The commas of a list of places (token
// indexes in lists) break nothing.
func clauseRange(d *document, from, to, ti int, tx Timex, lists map[int]bool) (int, int) {
	for k := ti - 1; k > from; k-- {
		// a parenthesis closed before the date ("the Syrian Democratic
		// Forces (SDF)") is part of its clause: jump over it whole
		if d.toks[k].Text == ")" {
			k = parenOpen(d, k, from)
			continue
		}
		// ", meanwhile," inside the clause: jump over it whole
		if d.toks[k].Text == "," && k-2 > from && parentheticalAdverbs[d.toks[k-1].Lower] && d.toks[k-2].Text == "," {
			k -= 2
			continue
		}
		// "The United Nations envoy for Yemen, Hans Grundberg, is due to
		// brief …": the comma closing a name set off before the verb is
		// inside the clause, as the one opening it is
		if j := appositiveOpen(d, k, from, ti); j > 0 {
			k = j
			continue
		}
		// "At least 13 peacekeepers, including nine South Africans, have
		// been killed …": the examples set off by commas are the subject's
		if j := includingOpen(d, k, from); j > 0 {
			k = j
			continue
		}
		// "More than 100 people, most of them soldiers, were killed …": a
		// quantifier's aside on the subject
		if j := asideOpen(d, k, from); j > 0 {
			k = j
			continue
		}
		// "a missile attack on Kryvyi Rih, President Volodymyr Zelenskyy's
		// hometown, killed 20 people": a description set off before the
		// verb
		if j := describedBeforeVerb(d, k, from); j > 0 {
			k = j
			continue
		}
		// "… has since taken swathes of North Kivu province, including the
		// mining town of Rubaya in April 2024": the examples belong to the
		// clause before them
		// (a phrase after the comma that opens with a preposition and has
		// no verb goes on with the clause before it: "… killed a Hamas
		// commander who led the assault on Nir Oz, in an airstrike in the
		// southern Gaza Strip earlier this week")
		// (nor does the comma that closes a date's year: "the October 7,
		// 2023, assault")
		if clauseBreak(d.toks[k].Text) && !lists[k] && k-from > 3 && ti-k > 6 && !appositiveName(d, k, ti) && !placeAsideBeforeDate(d, k, ti) && d.toks[k+1].Lower != "including" &&
			!(k > 2 && d.toks[k].Text == "," && yearNum(d.toks[k-1].Text) > 0 && d.toks[k-2].Text == "," && isDigits(d.toks[k-3].Text)) &&
			!(d.toks[k].Text == "," && datePreps[d.toks[k+1].Lower] && !verbIn(d, k+1, ti) && !participleIn(d, k+1, ti)) {
			from = k + 1
			break
		}
	}
	for k := ti + 1; k < to; k++ {
		// a short parenthesis after the date ("the Islamic State of Iraq
		// and the Levant (ISIL) terrorist organization killed") is part of
		// the clause too, when the clause goes on in lower case after it;
		// a capital after it starts something else, as after a photo's
		// credit ("… in Ariha (Reuters Photo) Thirty-five people")
		// (a capital after it goes on with a name it sits in: "reimposed
		// the Armed Forces (Special Powers) Act in six police station
		// areas")
		if d.toks[k].Text == "(" {
			if c := closingParen(d, k, min(to, k+8)); c > 0 && c+1 < to && (isLowerWord(d.toks[c+1].Text) || nameGoesOn(d, k, c)) {
				k = c
				continue
			}
		}
		if d.toks[k].End <= tx.End || lists[k] {
			continue // "Monday, April 17": the date's own comma
		}
		// another date's comma before its year: "extended the mandate
		// until October 2, 2025"
		if d.toks[k].Text == "," && k+1 < to && yearNum(d.toks[k+1].Text) > 0 && (isDigits(d.toks[k-1].Text) || monthNames[d.toks[k-1].Lower] > 0) {
			continue
		}
		// "The Aug. 7, 1998, bombings killed more than 200 people": the
		// comma after a year that names a happening is the date's
		if d.toks[k].Text == "," && d.toks[k-1].End == tx.End && hasYear(tx.Text) && ti > 0 && d.toks[ti-1].Lower == "the" && datesNoun(d, ti, tx) {
			continue
		}
		if clauseBreak(d.toks[k].Text) || d.toks[k].Text == "." {
			// "On Sunday, rebels shelled …", "Later in the day, …": a
			// date phrase that opens the clause is set off by a comma
			// from what happened then
			// (tx may be a list of days with what opens it: "Between 1
			// and 14 February, …")
			// ("Two months later, on 24 August, the group killed …",
			// "Meanwhile, on 24 August, …": a short opener before it)
			if d.toks[k].Text == "," && d.toks[k-1].End == tx.End && (datePhraseStart(d, from, ti) == from || periodPhraseStart(d, from, ti) == from || d.toks[from].Start == tx.Start || openingAdverbial(d, from) || openingPhraseAt(d, from, datePhraseStart(d, from, ti)-1)) {
				continue
			}
			// "In Sunday's debate against Vacco, Spitzer attacked him":
			// the opening phrase runs on a little past its date
			if d.toks[k].Text == "," && k-ti <= 8 && openingAdverbial(d, from) && firstComma(d, from, k, lists) {
				continue
			}
			// "police in the Comoros archipelago, off the Tanzanian
			// coast, raided two homes", "Louis Freeh, on an official visit
			// to Mexico, asked …": a phrase set off by commas before the verb
			if j := parentheticalEnd(d, k, to); j > 0 {
				k = j
				continue
			}
			// "In November 2022, Captain Ibrahim Traoré, who seized power
			// in a coup on 30 September 2022, launched a campaign": a
			// relative clause on the subject, its verb after it
			if j := relativeInsertEnd(d, k, to); j > 0 {
				k = j
				continue
			}
			// "The last strike, in June 2023, lasted three days": a date
			// phrase set off by commas inside the clause, whose verb
			// follows
			// (an article after it opens a new subject: "… near Fort
			// Myers, Florida, on Wednesday, the Hurricane Center said")
			// (nor does a sayer: "… on Friday evening, regional governor
			// Serhiy Lysak said")
			if d.toks[k].Text == "," && d.toks[k-1].End == tx.End && k+1 < to && isLowerWord(d.toks[k+1].Text) && !coordinators[d.toks[k+1].Lower] && !articles[d.toks[k+1].Lower] &&
				!sayerNext(d, k+1, to) {
				if p := datePhraseStart(d, from, ti); p-1 > from && d.toks[p-1].Text == "," && datePreps[d.toks[p].Lower] {
					continue
				}
			}
			to = k
			break
		}
	}
	return from, to
}

// secondVerbClause gives the clause c of the date at token ti the
// subject of the verb before it when the date dates the second of two
// verbs, each with its date (prev, earlier in the sentence): "Israel
// imposed a total blockade on the enclave on March 2 and resumed its
// military campaign on March 18" tells "Israel resumed its military
// campaign" on March 18. A subject that says something is a sayer's frame
// ("The Observatory says the fighting flared up … on Sunday and continued
// into Monday" stays whole), and a stamp or a dateline dates no verb.
func secondVerbClause(d *document, c clause, prev Timex, ti int) clause {
	if c.SubjFrom != c.From || datelineDate(d, prev) || isPageStamp(d.text, prev) {
		return c
	}
	p := andVerbStart(d, d.tokenFrom(prev.End), ti)
	if p <= c.From {
		return c
	}
	for v := c.From + 1; v < d.tokenAt(prev.Start); v++ {
		w := d.toks[v]
		if reportingVerbs[w.Lower] {
			break
		}
		// ("Britain-based", "the armed groups": adjectives)
		if lowerVerb(w) && d.toks[v-1].Text != "-" && !determiners[d.toks[v-1].Lower] && d.toks[v-1].End < w.Start {
			c.SubjTo, c.From = v, p
			break
		}
	}
	return c
}

// lowerVerb is true for a verb in lower case: an auxiliary or a past form.
func lowerVerb(t token) bool {
	return isLowerWord(t.Text) && (elidedSubjectVerbs[t.Lower] || pastForm(t.Lower))
}

// andVerbStart is the verb in the past after an "and" between tokens
// from and to, with no other break between ("… on March 2 and resumed
// its campaign on March 18"), or 0.
//
// Not inside a relative clause ("The air strikes which began Saturday and
// continued Sunday killed 45 civilians"), nor a participle with its agent
// ("Heartbroken and outraged by the images"), nor one whose clause the
// later date is not in ("swept across Iraq and proclaimed a caliphate but
// regime forces this week advanced").
func andVerbStart(d *document, from, to int) int {
	s := d.sents[d.toks[from].Sent]
	for k := s.From; k < from; k++ {
		if relativeWords[d.toks[k].Lower] {
			return 0
		}
	}
	for k := from; k+1 < to; k++ {
		t := d.toks[k]
		if t.Text == "." || t.Text == ";" || t.Text == "(" || t.Lower == "but" || relativeWords[t.Lower] {
			return 0
		}
		if t.Lower != "and" {
			continue
		}
		n := k + 1
		if frameAdverbs[d.toks[n].Lower] || d.toks[n].Lower == "then" {
			n++
		}
		if n+1 < to && isLowerWord(d.toks[n].Text) && pastForm(d.toks[n].Lower) && d.toks[n+1].Lower != "by" {
			for j := n + 1; j < to; j++ {
				if d.toks[j].Lower == "but" || d.toks[j].Text == ";" {
					return 0
				}
			}
			return n
		}
	}
	return 0
}

// relativeWords open a relative clause.
var relativeWords = map[string]bool{"which": true, "who": true, "whose": true, "that": true}

// verbAfterComma is true when a comma between tokens from and to is
// followed by a verb: the main clause goes on after a phrase set off.
func verbAfterComma(d *document, from, to int) bool {
	for j := from; j+1 < to; j++ {
		if w := d.toks[j+1]; d.toks[j].Text == "," && (elidedSubjectVerbs[w.Lower] || pastForm(w.Lower) && isLowerWord(w.Text)) {
			return true
		}
	}
	return false
}

// sayerAppositiveEnd is the comma closing a description or a name set
// off after a short sayer opening a clause at from, whose opening comma is
// token k, when a verb of saying follows it: "Lt. Col. Jhun Nadela, | spokesperson
// of the 101st Infantry Brigade, | said"; else 0.
func sayerAppositiveEnd(d *document, from, k, limit int) int {
	if k-from > 6 {
		return 0
	}
	for j := from; j < k; j++ {
		if w := d.toks[j].Lower; elidedSubjectVerbs[w] || pastForm(w) && !isCap(d.toks[j].Text) || !isWordTok(d.toks[j].Text) && w != "." {
			return 0
		}
	}
	for j := k + 1; j < limit && j <= k+10; j++ {
		t := d.toks[j]
		if t.Text == "," {
			if j > k+1 && j+1 < limit && frameVerbs[d.toks[j+1].Lower] {
				return j
			}
			return 0
		}
		if clauseBreak(t.Text) || elidedSubjectVerbs[t.Lower] || pastForm(t.Lower) && !isCap(t.Text) {
			return 0
		}
	}
	return 0
}

// sayerNext is true when the words from token k are who said it and the
// verb of saying: "regional governor Serhiy Lysak said", "police said".
func sayerNext(d *document, k, to int) bool {
	for j := k; j < to && j < k+7; j++ {
		t := d.toks[j]
		if reportingVerbs[t.Lower] {
			return j > k
		}
		if !(isCap(t.Text) && isWordTok(t.Text) || isLowerWord(t.Text) && (speakerWord(t) || sayerAdjectives[t.Lower] || t.Lower == "police" || t.Lower == "residents" || t.Lower == "witnesses")) {
			return false
		}
	}
	return false
}

// sayerAdjectives qualify a sayer's office: "regional governor", "local
// officials".
var sayerAdjectives = map[string]bool{
	"regional": true, "local": true, "provincial": true, "military": true, "security": true, "senior": true,
	"government": true, "district": true, "city": true, "state": true, "medical": true, "health": true,
}

// describedBeforeVerb is the comma that opens a description without a
// verb, set off by commas, whose closing comma at token k stands right
// before a verb in the past ("Kryvyi Rih, President Volodymyr Zelenskyy's
// hometown, killed", "the village, on Ramree island, took"); else 0.
func describedBeforeVerb(d *document, k, from int) int {
	if d.toks[k].Text != "," || k+1 >= len(d.toks) || !isLowerWord(d.toks[k+1].Text) || !pastForm(d.toks[k+1].Lower) || elidedSubjectVerbs[d.toks[k+1].Lower] {
		return 0
	}
	for j := k - 1; j > from && j > k-9; j-- {
		t := d.toks[j]
		if clauseBreak(t.Text) {
			// (or a phrase of place: "The attack on Kyauk Ni Maw village,
			// on Ramree island, took place …")
			// (or an office: "Lt. Col. Jhun Nadela, spokesperson of the
			// 101st Infantry Brigade, said")
			if t.Text == "," && j+1 < k && (isCap(d.toks[j+1].Text) || determiners[d.toks[j+1].Lower] || asideOpeners[d.toks[j+1].Lower] || speakerWord(d.toks[j+1])) && d.sents[t.Sent].From < j {
				return j
			}
			return 0
		}
		if pastForm(t.Lower) || elidedSubjectVerbs[t.Lower] || coordinators[t.Lower] {
			return 0
		}
	}
	return 0
}

// includingOpen is the comma that opens ", including …," or ", among them
// …," closed by the comma at token k, when it stands after from; else 0.
func includingOpen(d *document, k, from int) int {
	if d.toks[k].Text != "," {
		return 0
	}
	for j := k - 1; j > from && j > k-10; j-- {
		if clauseBreak(d.toks[j].Text) {
			if d.toks[j].Text == "," && (d.toks[j+1].Lower == "including" || d.toks[j+1].Lower == "among") {
				return j
			}
			return 0
		}
	}
	return 0
}

// placeAsideBeforeDate is true when the comma at token k opens a phrase
// of place or a description, without a verb, that a second comma closes
// right before the date at ti: "fighting near the town of Tinzaouaten,
// close to the border with Algeria, last week". The date is the clause's
// before the phrase.
func placeAsideBeforeDate(d *document, k, ti int) bool {
	// the closing comma may stand before the date's preposition: ", in
	// the north of the country, on February 25, 2024"
	c := ti - 1
	if c > k && datePreps[d.toks[c].Lower] {
		c--
	}
	if d.toks[k].Text != "," || c <= k+1 || d.toks[c].Text != "," || !asideOpeners[d.toks[k+1].Lower] {
		return false
	}
	for j := k + 1; j < c; j++ {
		if clauseBreak(d.toks[j].Text) || d.toks[j].Text == ")" || pastForm(d.toks[j].Lower) || elidedSubjectVerbs[d.toks[j].Lower] {
			return false
		}
	}
	return true
}

// asideOpeners open a phrase of place or a description set off by commas.
var asideOpeners = map[string]bool{
	"close": true, "near": true, "not": true, "just": true, "about": true, "some": true, "north": true,
	"south": true, "east": true, "west": true, "northeast": true, "northwest": true, "southeast": true,
	"southwest": true, "outside": true, "along": true, "off": true, "across": true, "inside": true,
	"on": true, "in": true, "a": true, "an": true, "the": true,
}

// qualifiesPeriodOrDebt is true when the date at token ti ends the
// accounting period a figure is for or sets a debt's maturity: "net
// income for the quarter ended July 31", "for the fiscal year ending June
// 30", "debentures due March 1, 2011". It names the thing; nothing
// happened on it.
func qualifiesPeriodOrDebt(d *document, ti int) bool {
	if ti < 2 {
		return false
	}
	prev, noun := d.toks[ti-1].Lower, d.toks[ti-2].Lower
	switch prev {
	case "ended", "ending":
		// only a period a figure is "for" ("net income for the six
		// months ended Sept. 30"): "Sales increased in the quarter ended
		// Sept. 30" tells of the quarter
		if !periodNouns[noun] {
			return false
		}
		for k := ti - 3; k >= 0 && k >= ti-6 && d.toks[k].Sent == d.toks[ti].Sent; k-- {
			if d.toks[k].Lower == "for" {
				return true
			}
			if !isLowerWord(d.toks[k].Text) && !isDigits(d.toks[k].Text) {
				return false
			}
		}
		return false
	case "due", "maturing":
		return debtNouns[noun]
	}
	return false
}

// periodNouns are the accounting periods a date can end.
var periodNouns = map[string]bool{
	"quarter": true, "year": true, "period": true, "months": true, "weeks": true, "half": true, "month": true,
}

// debtNouns are the debts a date can make due.
var debtNouns = map[string]bool{
	"debentures": true, "notes": true, "bonds": true, "securities": true, "debt": true, "loans": true, "loan": true,
	"bills": true, "certificates": true, "obligations": true, "issue": true,
}

// comparedPrice is true when the date at token ti dates a price or a
// figure a report compares with ("the pound was at $1.5765 compared with
// $1.6145 Wednesday", "to 142.10 yen from 141.85 late Wednesday"): the
// figure is the day's, no happening.
func comparedPrice(d *document, ti int) bool {
	k := ti - 1
	on := k >= 0 && d.toks[k].Lower == "on"
	if k >= 0 && (on || d.toks[k].Lower == "late" || d.toks[k].Lower == "early") {
		k--
	}
	if k < 1 || !isDigitStart(strings.TrimPrefix(d.toks[k].Text, "$")) && d.toks[k-1].Text != "$" {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-3 && d.toks[j].Sent == d.toks[ti].Sent; j-- {
		switch d.toks[j].Lower {
		case "with", "versus", "vs", "vs.":
			return true
		case "from":
			// "rose to 2,650 from 2,600 on Friday" may date the rise;
			// the wire's bare "from 1.6145 late Wednesday" is the level
			return !on
		}
	}
	return false
}

// parentheticalAdverbs stand between commas inside a clause: "More than
// two-thirds of the systems shipped, meanwhile, were …".
var parentheticalAdverbs = map[string]bool{
	"meanwhile": true, "however": true, "though": true, "also": true, "too": true, "moreover": true,
	"nevertheless": true, "instead": true, "still": true, "therefore": true, "furthermore": true,
}

// firstComma is true when no comma stands between tokens from and k but
// those of a list of names or a place with its country.
func firstComma(d *document, from, k int, lists map[int]bool) bool {
	for j := from; j < k; j++ {
		if d.toks[j].Text == "," && !lists[j] {
			return false
		}
	}
	return true
}

// parentheticalEnd is the closing comma of a prepositional phrase set off
// by the comma at token k when a verb in lower case follows it ("…
// archipelago, off the Tanzanian coast, raided two homes"), else 0.
func parentheticalEnd(d *document, k, to int) int {
	if d.toks[k].Text != "," || k+1 >= to {
		return 0
	}
	// "when the farmers, mostly fishermen and rice growers, were working
	// near …": a quantifier's aside on the noun before the verb
	if quantifierAsides[d.toks[k+1].Text] {
		for j := k + 2; j < to && j <= k+9; j++ {
			if clauseBreak(d.toks[j].Text) || d.toks[j].Text == "." {
				if d.toks[j].Text == "," && j+1 < to && quantifierAsideCloses(d, j+1) {
					return j
				}
				return 0
			}
		}
		return 0
	}
	if !parentheticalPreps[d.toks[k+1].Text] {
		return 0
	}
	for j := k + 2; j < to && j <= k+9; j++ {
		switch d.toks[j].Text {
		case ",":
			if n := j + 1; n < to && isLowerWord(d.toks[n].Text) && !articles[d.toks[n].Lower] && !coordinators[d.toks[n].Lower] &&
				!parentheticalPreps[d.toks[n].Text] && !determiners[d.toks[n].Lower] && d.toks[n].Lower != "which" && d.toks[n].Lower != "who" {
				return j
			}
			return 0
		case ".", ";", "(", "—", "–":
			return 0
		}
	}
	return 0
}

// quantifierAsides open an aside on how many or which of a noun: ",
// mostly fishermen and rice growers,", ", most of them soldiers,".
var quantifierAsides = map[string]bool{
	"mostly": true, "mainly": true, "largely": true, "chiefly": true, "primarily": true, "many": true,
	"most": true, "all": true, "both": true, "predominantly": true,
}

// quantifierAsideCloses is true when token n, after the comma closing a
// quantifier's aside, goes on with the clause the aside stands in: its
// verb ("were killed", "killed") or a phrase of place ("gunmen killed 26
// people, most of them Hindu tourists, at a meadow near Pahalgam").
func quantifierAsideCloses(d *document, n int) bool {
	w := d.toks[n].Lower
	return elidedSubjectVerbs[w] || pastForm(w) && !reportingVerbs[w] || parentheticalPreps[d.toks[n].Text]
}

// quoteMarks open or close a quotation.
var quoteMarks = map[string]bool{"\"": true, "“": true, "”": true}

// asideOpen is the comma that opens a quantifier's aside or a
// description after an article, set off by commas, whose closing comma is
// token k and stands before a verb or (for the quantifier) a phrase of
// place; else 0.
func asideOpen(d *document, k, from int) int {
	if j := quantifierAsideOpen(d, k, from); j > 0 {
		return j
	}
	if d.toks[k].Text != "," || k+1 >= len(d.toks) {
		return 0
	}
	if w := d.toks[k+1]; !elidedSubjectVerbs[w.Lower] && !(pastForm(w.Lower) && isLowerWord(w.Text) && !reportingVerbs[w.Lower]) {
		return 0
	}
	for j := k - 1; j > from && j >= k-9; j-- {
		t := d.toks[j]
		if clauseBreak(t.Text) {
			if t.Text == "," && j+2 < k && articles[d.toks[j+1].Lower] {
				return j
			}
			return 0
		}
		if elidedSubjectVerbs[t.Lower] || pastForm(t.Lower) && isLowerWord(t.Text) {
			return 0
		}
	}
	return 0
}

// quantifierAsideOpen is the comma that opens a quantifier's aside whose
// closing comma is token k ("More than 100 people, most of them soldiers,
// were killed …"), when it stands after from; else 0.
func quantifierAsideOpen(d *document, k, from int) int {
	if d.toks[k].Text != "," || k+1 >= len(d.toks) || !quantifierAsideCloses(d, k+1) {
		return 0
	}
	for j := k - 1; j > from && j >= k-8; j-- {
		if clauseBreak(d.toks[j].Text) {
			if d.toks[j].Text == "," && quantifierAsides[d.toks[j+1].Text] {
				return j
			}
			return 0
		}
	}
	return 0
}

// parentheticalPreps open a phrase set off by commas inside a clause (in
// lower case: a capital opens something else).
var parentheticalPreps = map[string]bool{
	"on": true, "in": true, "off": true, "at": true, "near": true, "from": true, "with": true, "like": true,
	"along": true, "outside": true, "inside": true, "after": true, "during": true, "despite": true,
}

// openingAdverbial is true when the clause at token from opens its
// sentence with a preposition or a subordinator: a phrase ending in the
// date and a comma is then set off from the main clause after it ("In New
// York Stock Exchange composite trading yesterday, Intelogic closed at …",
// "Since the decision was announced Jan. 5, the relatives …").
func openingAdverbial(d *document, from int) bool {
	return d.sents[d.toks[from].Sent].From == from && adverbialOpeners[d.toks[from].Lower]
}

// adverbialOpeners open a phrase or a clause that leads into the main one.
var adverbialOpeners = map[string]bool{
	"in": true, "under": true, "at": true, "on": true, "during": true, "after": true, "before": true,
	"since": true, "following": true, "amid": true, "when": true, "while": true, "as": true, "until": true,
	"by": true, "through": true, "throughout": true, "with": true, "despite": true, "once": true,
}

// periodPhraseStart is the first token of the period the date at ti ends
// ("In the quarter ended July 31", "during the six months ending June
// 30"), or ti when the date ends none. Such a phrase opening the sentence
// is set off by its comma like a date ("In the quarter ended July 31,
// Jayark had …"); the summary keeps the period ("Sales increased in the
// quarter").
func periodPhraseStart(d *document, from, ti int) int {
	w := func(k int) string {
		if k < from {
			return ""
		}
		return d.toks[k].Lower
	}
	if (w(ti-1) != "ended" && w(ti-1) != "ending") || !periodNouns[w(ti-2)] {
		return ti
	}
	k := ti - 2
	for n := 0; n < 3 && (dateOrdinals[w(k-1)] || isDigits(w(k-1)) || isCountWord(w(k-1)) || w(k-1) == "fiscal"); n++ {
		k--
	}
	if w(k-1) == "the" || w(k-1) == "its" {
		k--
	}
	if datePreps[w(k-1)] {
		k--
	}
	return k
}

// homeOf is true for a place that gives a person's home between commas:
// ", of Woodbridge," and the state after it (", Virginia,", when the place
// before ended at prevHome).
func homeOf(d *document, e Entity, prevHome int) bool {
	k := d.tokenAt(e.Start)
	if k < 2 {
		return false
	}
	after := d.tokenFrom(e.End)
	if after >= len(d.toks) || d.toks[after].Text != "," {
		return false
	}
	if d.toks[k-1].Lower == "of" && d.toks[k-2].Text == "," {
		return true
	}
	return d.toks[k-1].Text == "," && prevHome >= 0 && d.toks[k-1].Start >= prevHome && d.tokenFrom(prevHome) == k-1
}

// appositiveName is true when the comma at token k opens a name set off by
// commas before the verb ("its chief executive, Tim Cook, would visit
// Beijing"): the clause's subject stands before it.
func appositiveName(d *document, k, ti int) bool {
	if d.toks[k].Text != "," {
		return false
	}
	// a person's age or home set off by commas ("Scott C. Dayton, 42, of
	// Woodbridge, Virginia, died"): the subject stands before it
	if k+2 < ti && isDigits(d.toks[k+1].Text) && d.toks[k+2].Text == "," {
		return true
	}
	if k+3 < ti && d.toks[k+1].Lower == "of" && isCap(d.toks[k+2].Text) {
		for j := k + 3; j < ti && j < k+9; j++ {
			if d.toks[j].Text == "," && j+1 < ti && isLowerWord(d.toks[j+1].Text) && !articles[d.toks[j+1].Lower] {
				return true
			}
			if !isCap(d.toks[j].Text) && d.toks[j].Text != "," && d.toks[j].Text != "." {
				break
			}
		}
	}
	j := k + 1
	for j < ti && j < k+5 && (isCap(d.toks[j].Text) && isWordTok(d.toks[j].Text) || hasParticle(d.toks[j].Lower)) {
		j++
	}
	return j > k+1 && j+1 < ti && d.toks[j].Text == "," && isLowerWord(d.toks[j+1].Text) && !articles[d.toks[j+1].Lower] && !coordinators[d.toks[j+1].Lower]
}

// irregularParticiples are past participles that do not end in "-ed":
// "the Abu Hussein school, run by the UN agency …," describes the school.
// atLeast is true for "at least" or "at most" at token k.
func atLeast(d *document, k int) bool {
	return d.toks[k].Lower == "at" && k+1 < len(d.toks) && (d.toks[k+1].Lower == "least" || d.toks[k+1].Lower == "most")
}

// participlePreps after a participle that follows a subject's comma
// say where it stands or whence it came: "deployed in", "sent to".
var participlePreps = map[string]bool{
	"in": true, "to": true, "at": true, "near": true, "from": true, "on": true, "since": true, "across": true,
	"along": true, "inside": true, "around": true, "for": true, "with": true,
}

var irregularParticiples = map[string]bool{
	"run": true, "led": true, "held": true, "built": true, "made": true, "known": true, "owned": true,
	"shown": true, "seen": true, "taken": true, "given": true, "written": true, "hit": true, "set": true,
	"kept": true, "brought": true, "sent": true, "won": true, "shot": true, "struck": true, "thrown": true,
}

// appositiveOpen is the comma that opens the name set off by commas whose
// closing comma is token k ("its envoy, Hans Grundberg, is due to …"), when
// it stands after from, or 0.
func appositiveOpen(d *document, k, from, ti int) int {
	if d.toks[k].Text != "," {
		return 0
	}
	j := k - 1
	for j > from && j > k-5 && (isCap(d.toks[j].Text) && isWordTok(d.toks[j].Text) || hasParticle(d.toks[j].Lower)) {
		j--
	}
	if j < k-1 && j > from && d.toks[j].Text == "," && appositiveName(d, j, ti) {
		return j
	}
	return 0
}

// parenOpen is the "(" that opens the parenthesis closed at token k,
// looking back no further than from+1 (then from).
func parenOpen(d *document, k, from int) int {
	for k > from+1 && d.toks[k-1].Text != "(" {
		k--
	}
	return k - 1
}

// nameListCommas are the commas of places written with their country or
// listed ("in Dar es Salaam, Tanzania, and Nairobi, Kenya, on Aug. 7"),
// and of bodies listed or named with the unit above them ("Russia's
// allies, Iran and Hezbollah", "Soldiers from 3rd Battalion, 321st Field
// Artillery Regiment"). A comma between the end of a name and the start of
// another of its type (or "and"/"or" and another) is inside the phrase,
// not between clauses.
func nameListCommas(d *document, ents []Entity) map[int]bool {
	starts, ends := map[int]string{}, map[int]string{}
	for _, e := range ents {
		if e.Type != "PLACE" && e.Type != "ORG" {
			continue
		}
		k := d.tokenAt(e.Start)
		if k < 0 {
			continue
		}
		starts[k] = e.Type
		for k < len(d.toks) && d.toks[k].End <= e.End {
			k++
		}
		ends[k] = e.Type // the token after the name's last one
	}
	out := map[int]bool{}
	for k, typ := range ends {
		// (a dash too: "the Jordan Armed Forces – Arab Army")
		if k >= len(d.toks) || d.toks[k].Text != "," && d.toks[k].Text != "–" && d.toks[k].Text != "—" {
			continue
		}
		n := k + 1
		if n < len(d.toks) && (d.toks[n].Lower == "and" || d.toks[n].Lower == "or") {
			n++
		}
		if starts[n] == typ {
			out[k] = true
		}
	}
	return out
}

// closingParen returns the token of the ")" that closes the "(" at token
// k before token to, or -1.
func closingParen(d *document, k, to int) int {
	for j := k + 1; j < to; j++ {
		switch d.toks[j].Text {
		case ")":
			return j
		case "(", ".":
			return -1
		}
	}
	return -1
}

// tallySince is true for a count over a period that starts at the date
// ("31 alleged casualty events in northern Hama since March 21", "at least
// 300 killed since January"): the things counted happened all through the
// period, not on its first day, so the date does not date an event. A
// state that began then ("under opposition control since August 2016")
// has no count and stays an event.
func tallySince(d *document, from, to, ti, after int) bool {
	if ti == 0 || d.toks[ti-1].Lower != "since" {
		return false
	}
	// the count before the date, or in the subject after it where the
	// date opens the clause ("Since 27 November, more than 115,000 people
	// have been displaced"; not "Since April 21 regime forces have
	// intensified attacks, killing scores")
	end := ti - 1
	if ti-1 <= from {
		end = after
		for end < to && !elidedSubjectVerbs[d.toks[end].Lower] {
			end++
		}
	}
	for k := from; k < end; k++ {
		if k >= ti-1 && k < after {
			continue // "since" and the date's own numbers
		}
		if isDigits(strings.ReplaceAll(d.toks[k].Text, ",", "")) || isCountWord(d.toks[k].Lower) {
			if k > from && determiners[d.toks[k-1].Lower] {
				continue // "the two forces" counts no one
			}
			if !sizeOfPlace(d, from, k) {
				return true
			}
		}
	}
	return false
}

// sizeOfPlace is true when the number at token k gives the size of a
// place ("a population of 165,000", "home to some 60,000 people"), which
// describes it and counts nothing that happened.
func sizeOfPlace(d *document, from, k int) bool {
	for j := k - 1; j >= from && j >= k-3; j-- {
		if l := d.toks[j].Lower; l == "population" || l == "home" || l == "inhabitants" || l == "residents" {
			return true
		}
	}
	return false
}

// isCountWord is true for a written-out number of two or more ("two",
// "thirteen", "twenty-five") or a quantity word of a tally ("dozens").
func isCountWord(w string) bool {
	if countWords[w] || numberWords[w] >= 2 {
		return true
	}
	tens, units, ok := strings.Cut(w, "-")
	return ok && numberWords[tens] >= 20 && numberWords[units] >= 1 && units != "a" && units != "an"
}

// countWords are the quantity words of a tally; numberWords has the
// numbers.
var countWords = map[string]bool{
	"dozens": true, "hundreds": true, "thousands": true, "scores": true,
	"dozen": true, "hundred": true, "thousand": true, "million": true, "millions": true,
}

// dateIsSubject is true when a verb follows the date phrase tx that opens
// a clause ending before token to: the date is what the clause is about.
func dateIsSubject(d *document, tx Timex, to int) bool {
	k := d.tokenFrom(tx.End)
	return k < to && subjectVerbs[d.toks[k].Text]
}

// subjectVerbs follow a date that is a clause's subject.
var subjectVerbs = map[string]bool{
	"is": true, "was": true, "were": true, "are": true, "saw": true, "sees": true, "marked": true, "marks": true,
	"became": true, "becomes": true, "remains": true, "remained": true, "brought": true, "witnessed": true,
}

// summarize is the clause (with its subject, when an appositive stood
// between them) without the date phrase itself and quotation marks.
func summarize(d *document, c clause, tx Timex) string {
	var b strings.Builder
	lastEnd := 0
	// the preposition and article of the date phrase go with it: "on
	// Tuesday", "over the last week", "in the early hours of Tuesday"
	ti := d.tokenAt(tx.Start)
	lead := datePhraseStart(d, c.From, ti)
	// a date that qualifies a noun stays: "Tuesday's massacre", "the
	// Tuesday strike" (the summary would lose the noun's sense without it)
	// and so does a date that is the clause's subject: "Sunday was the
	// fourth day of raids", "Mid-April saw the heaviest bombardment"
	if datesNoun(d, ti, tx) || lead == c.From && dateIsSubject(d, tx, c.To) {
		tx = Timex{Start: -1, End: -1}
		lead = len(d.toks)
	}
	// "for five days from 25 July": a "from" left dangling at the clause's
	// end or before a preposition goes too (not before a noun the date
	// qualifies: "reeling from last months loss")
	if after := d.tokenFrom(tx.End); tx.Start >= 0 && lead-1 > c.From && d.toks[lead-1].Lower == "from" && (d.toks[lead-2].Lower == "starting" || d.toks[lead-2].Lower == "beginning") {
		lead -= 2 // "carried out starting from 1600 GMT": the whole adverb goes
	} else if tx.Start >= 0 && lead > c.From && d.toks[lead-1].Lower == "from" && (after >= c.To || !isLowerWord(d.toks[after].Text) || datePreps[d.toks[after].Lower] || d.toks[after].Lower == "for") {
		lead--
	}
	// a date phrase set off by commas takes them along: "The last strike,
	// in June 2023, lasted three days"
	open, shut := -1, -1
	if after := d.tokenFrom(tx.End); tx.Start >= 0 && lead-1 > c.From && d.toks[lead-1].Text == "," && after > 0 && after < c.To && d.toks[after].Text == "," {
		open, shut = lead-1, after
		// (one comma stays before a participle's clause: "overran the
		// town of Mirebalais, in central Haiti, on Monday, freeing …")
		if n := after + 1; n < c.To && participleWord(d.toks[n]) {
			shut = -1
		}
	}
	// the time in another zone in brackets goes with the time: "around
	// 2:00 pm (1300 GMT)"
	zoneFrom, zoneTo := -1, -1
	if after := d.tokenFrom(tx.End); tx.Start >= 0 && after > 0 && after < c.To && d.toks[after].Text == "(" {
		if e := closingParen(d, after, min(c.To, after+6)); e > 0 {
			for k := after + 1; k < e; k++ {
				if clockZone(d.toks[k].Lower) {
					zoneFrom, zoneTo = after, e
				}
			}
		}
	}
	for k := c.SubjFrom; k < c.To; k++ {
		if k == c.SubjTo {
			k = c.From
		}
		t := d.toks[k]
		if t.Start >= tx.Start && t.End <= tx.End || k >= lead && t.Start < tx.Start || k == open || k == shut || k >= zoneFrom && k <= zoneTo {
			continue
		}
		if quoteMarks[t.Text] {
			// quotation marks cut out of context only confuse; a closing
			// one leaves the comma after it where it was ("Branch",)
			if lastEnd == t.Start {
				lastEnd = t.End
			}
			continue
		}
		// (a comma goes with the word before it, also where the words
		// between were cut: "In the quarter, Jayark had …")
		if b.Len() > 0 && lastEnd < t.Start && t.Text != "," && t.Text != ";" {
			b.WriteByte(' ')
		}
		b.WriteString(t.Text)
		lastEnd = t.End
	}
	// a parenthesis the date filled leaves nothing: "… in North-West
	// Syria ( )"
	sum := b.String()
	if strings.Contains(sum, "( )") || strings.Contains(sum, "()") {
		sum = strings.Join(strings.Fields(strings.ReplaceAll(strings.ReplaceAll(sum, "( )", ""), "()", "")), " ")
	}
	sum = strings.TrimSpace(strings.Trim(sum, " ,;:—–-“”\"*•"))
	// "killed at least 40 Palestinians across the Gaza Strip overnight
	// and on Thursday": the date's "and" goes with it
	for _, c := range []string{" and", " or"} {
		if strings.HasSuffix(sum, c) {
			sum = strings.TrimSpace(strings.Trim(strings.TrimSuffix(sum, c), " ,;:"))
		}
	}
	// a scraped page's stamp before the first sentence ("Published At
	// least 39 people were killed") is not part of what happened
	sum = sum[stampLead(sum):]
	sum = sum[bylineLead(sum, headlineText(d)):]
	sum = sum[dashLead(sum):]
	sum = sum[titleLead(sum):]
	// a clause cut after "and" or "but" ("But Sinn Fein leader Gerry Adams
	// kept his party out …") reads as a sentence of its own without it
	// so does one opening with a linking adverb: "Meanwhile, Ukrainian
	// forces shot down …"
	for _, lead := range []string{"Meanwhile, ", "However, ", "Separately, ", "Elsewhere, ", "Also, ", "In addition, ", "Moreover, "} {
		if rest, ok := strings.CutPrefix(sum, lead); ok && len(rest) > 20 {
			sum = rest
			break
		}
	}
	for _, lead := range []string{"And ", "and ", "But ", "but "} {
		if rest, ok := strings.CutPrefix(sum, lead); ok && len(rest) > 20 {
			sum = rest
			// "Residents said …, and that heavy shelling continued":
			// the second thing said, told as a sentence of its own
			// ("But that standoff became …" keeps its demonstrative: no
			// one says it)
			if rest, ok := strings.CutPrefix(sum, "that "); ok && len(rest) > 15 && saidBefore(d, c.From) {
				sum = rest
			}
			break
		}
	}
	// a clause cut from a sentence after its opening date ("On Sunday at
	// least 68 civilians …") reads as a sentence of its own in the timeline
	if len(sum) > 1 && sum[0] >= 'a' && sum[0] <= 'z' && sum[1] != '-' {
		sum = string(sum[0]-'a'+'A') + sum[1:]
	}
	sum = sum[tagsLead(sum):]
	sum = strings.TrimLeft(sum[headingLead(sum):], " -–—*•")
	sum = sum[creditLead(sum):]
	if len(sum) > 200 {
		cut := strings.LastIndexByte(sum[:200], ' ')
		if cut > 0 {
			sum = sum[:cut] + "…"
		}
	}
	return sum
}

// saidBefore is true when a reporting verb comes before token k in its
// sentence.
func saidBefore(d *document, k int) bool {
	if k >= len(d.toks) {
		return false
	}
	for j := d.sents[d.toks[k].Sent].From; j < k; j++ {
		if reportingVerbs[d.toks[j].Lower] {
			return true
		}
	}
	return false
}

// datesNoun is true for a date that modifies the noun after it: a
// possessive ("Tuesday's attack", "Tuesdays attack" as scraped) or a date
// between an article and a lower-case word ("the Tuesday strike").
func datesNoun(d *document, ti int, tx Timex) bool {
	end := ti
	for end < len(d.toks) && d.toks[end].End <= tx.End {
		end++
	}
	if end == ti {
		return false
	}
	last := d.toks[end-1].Lower
	if strings.HasSuffix(last, "'s") || strings.HasSuffix(last, "’s") || hasClitic(d, end) {
		return true
	}
	if n := len(last); n > 1 && last[n-1] == 's' && weekdayNames[last[:n-1]] > 0 {
		return true
	}
	// "in next months vote", "last weeks attack": a unit after "last",
	// "next" or "this" is singular, so its "s" is a lost "'s"
	if unitPossessive[last] && end-2 >= ti && (d.toks[end-2].Lower == "last" || d.toks[end-2].Lower == "next" || d.toks[end-2].Lower == "this") &&
		end < len(d.toks) && isLowerWord(d.toks[end].Text) && d.toks[end].Sent == d.toks[ti].Sent {
		return true
	}
	// "after Friday prayers": the day's rite, named by it
	if end == ti+1 && weekdayNames[d.toks[ti].Lower] > 0 && end < len(d.toks) && weekdayRites[d.toks[end].Lower] {
		return true
	}
	// "gathered to celebrate Palm Sunday", "to mark Eid al-Fitr": a
	// holiday a verb takes as its object is what was done, not when
	if ti > 0 && holidayStarts[d.toks[ti].Lower] && isCap(d.toks[ti].Text) && celebrationVerbs[d.toks[ti-1].Lower] {
		return true
	}
	art := ti > 0 && (d.toks[ti-1].Lower == "the" || d.toks[ti-1].Lower == "a")
	// "the October 7, 2023, assault": the year's comma before the noun
	if art && end+1 < len(d.toks) && d.toks[end].Text == "," && hasYear(tx.Text) && isLowerWord(d.toks[end+1].Text) && isHappening(d.toks[end+1].Lower) && !lowerVerb(d.toks[end+1]) {
		return true
	}
	return art && end < len(d.toks) && isWordTok(d.toks[end].Text) && !isCap(d.toks[end].Text) && d.toks[end].Sent == d.toks[ti].Sent
}

// weekdayRites are what a weekday names without an article: "Friday
// prayers", "Sunday mass", "the paper's Saturday edition".
var weekdayRites = map[string]bool{
	"prayers": true, "prayer": true, "sermon": true, "sermons": true, "mass": true, "service": true,
	"services": true, "edition": true,
}

// unitPossessive are the units whose scraped possessive reads as a plural.
var unitPossessive = map[string]bool{"weeks": true, "months": true, "years": true}

// datePreps are the prepositions of a date phrase.
// ownerAdjective is true for a people's adjective that says whose body a
// name is ("the Russian Ministry of Defense", "the Syrian Observatory").
// (By its ending: "-an", "-ish", "-ese", "-i"; the name after it is the
// entity, so a town's name here would rarely mislead.)
func ownerAdjective(w string) bool {
	return strings.HasSuffix(w, "an") || strings.HasSuffix(w, "ish") || strings.HasSuffix(w, "ese") || strings.HasSuffix(w, "i")
}

// celebrationVerbs take a holiday as their object.
var celebrationVerbs = map[string]bool{
	"celebrate": true, "celebrated": true, "celebrating": true, "mark": true, "marked": true, "marking": true,
	"observe": true, "observed": true, "observing": true, "commemorate": true, "commemorated": true,
	"commemorating": true,
}

var datePreps = map[string]bool{
	"on": true, "in": true, "since": true, "at": true, "over": true, "during": true, "throughout": true, "within": true,
	"by": true, "until": true, "till": true, // "killed by 6 p.m.", "an extension until early Tuesday"
}

// datePhraseStart is the first token of the phrase that the date at token
// ti ends: "on Tuesday", "over the last week", "in the early hours of
// Tuesday", "early Tuesday". An article alone stays ("ahead of the Eid
// festival": the date names the festival).
func datePhraseStart(d *document, from, ti int) int {
	w := func(k int) string {
		if k < from {
			return ""
		}
		return d.toks[k].Lower
	}
	// "in the early hours of Sunday", "into the small hours of Saturday"
	if w(ti-1) == "of" && w(ti-2) == "hours" && smallHours[w(ti-3)] && w(ti-4) == "the" {
		if datePreps[w(ti-5)] || w(ti-5) == "into" {
			return ti - 5
		}
		return ti - 4
	}
	// "in the first week of July", "during the last days of May", "at
	// the end of March": the part of the date goes with it
	if w(ti-1) == "of" && datePartNouns[w(ti-2)] {
		k := ti - 2
		// "the first two weeks of February", "the last 10 days of May"
		if (isDigits(w(k-1)) || isCountWord(w(k-1))) && dateOrdinals[w(k-2)] {
			k--
		}
		if dateOrdinals[w(k-1)] {
			k--
		}
		if w(k-1) == "the" {
			k--
		}
		if datePreps[w(k-1)] {
			k--
		}
		return k
	}
	if w(ti-1) == "early" || w(ti-1) == "late" {
		if datePreps[w(ti-2)] || w(ti-2) == "from" {
			return ti - 2 // "until early Tuesday", "from late Sunday"
		}
		return ti - 1
	}
	k := ti
	if w(k-1) == "the" {
		k--
	}
	// "less than two weeks ago", "for more than a month", "nearly three
	// years ago": the measure's hedge goes with it, or "less than" dangles
	withPrep := func(k int) int {
		if datePreps[w(k-1)] || w(k-1) == "for" {
			return k - 1
		}
		return k
	}
	if w(k-1) == "than" && (w(k-2) == "less" || w(k-2) == "more" || w(k-2) == "fewer") {
		return withPrep(k - 2)
	}
	if measureHedges[w(k-1)] && (isDigits(w(ti)) || isCountWord(w(ti)) || w(ti) == "a" || w(ti) == "an") {
		return withPrep(k - 1)
	}
	// "at about 10:35 a.m.", "at around noon", "as of Monday"
	if (w(k-1) == "about" || w(k-1) == "around" || w(k-1) == "approximately") && datePreps[w(k-2)] {
		k--
	}
	if w(k-1) == "of" && w(k-2) == "as" {
		return k - 2
	}
	// "on or around 20 February", "on or before Friday"
	if approximators[w(k-1)] && w(k-2) == "or" && datePreps[w(k-3)] {
		return k - 3
	}
	// "in Idlib province around noon on Wednesday": the approximator alone
	// is the date's preposition
	if w(k-1) == "around" || w(k-1) == "approximately" {
		return k - 1
	}
	// "shortly after 10:00 am", "just before midnight"
	if (w(k-1) == "after" || w(k-1) == "before") && closeBy[w(k-2)] {
		return k - 2
	}
	// "pounded the grid overnight into Thursday": the night goes with the
	// day it ran into, or "overnight into" dangles
	if (w(k-1) == "into" || w(k-1) == "to") && w(k-2) == "overnight" {
		return k - 2
	}
	// "killed by air raids after midnight": a clock time's preposition
	if (w(k-1) == "after" || w(k-1) == "before") && clockWords[w(ti)] {
		return k - 1
	}
	// "for the quarter ended Sept. 30", "the week ending Friday": the
	// period's end goes with its date
	if (w(k-1) == "ended" || w(k-1) == "ending") && (unitCodes[w(k-2)] != "" || w(k-2) == "period" || w(k-2) == "half") {
		return k - 1
	}
	// "fighting went on into Sunday", "lasted all night and into Sunday"
	if w(k-1) == "into" {
		if w(k-2) == "and" {
			return k - 2
		}
		return k - 1
	}
	if datePreps[w(k-1)] {
		switch w(k - 2) {
		case "early", "late", "overnight": // "late on Sunday", "Overnight on April 6"
			return k - 2
		case "recently":
			// "hit twice before, most recently on September 10"
			if w(k-3) == "most" {
				return k - 3
			}
		case "later", "earlier":
			// "Later in the day, ...", "Earlier on Sunday the air force
			// ...": the adverb opening the clause goes too ("a statement
			// issued earlier on Tuesday" keeps it, or the verb would dangle)
			if k-2 == from || !isWordTok(d.toks[k-3].Text) {
				return k - 2
			}
		}
		return k - 1
	}
	return ti
}

// smallHours are the words of "the early hours of Sunday", "the small
// hours of …", "the wee hours of …".
var smallHours = map[string]bool{"early": true, "small": true, "wee": true, "first": true, "late": true}

// measureHedges qualify a count of time: "nearly three years ago".
var measureHedges = map[string]bool{"nearly": true, "almost": true, "roughly": true, "some": true, "barely": true}

// approximators follow "on or" before a date: "on or around 20 February".
var approximators = map[string]bool{"around": true, "about": true, "before": true, "after": true}

// clockWords are the times of day written as words.
var clockWords = map[string]bool{"midnight": true, "noon": true, "midday": true, "dawn": true, "dusk": true}

// closeBy are the adverbs of "shortly after 10:00 am", "just before dawn".
var closeBy = map[string]bool{"shortly": true, "just": true, "soon": true, "immediately": true, "right": true}

// datePartNouns name a part of a date ("the first week of July"), and
// dateOrdinals the part.
var datePartNouns = map[string]bool{
	"week": true, "weeks": true, "days": true, "day": true, "half": true, "part": true, "end": true,
	"beginning": true, "start": true, "middle": true, "months": true,
	"morning": true, "afternoon": true, "evening": true, "night": true, // "on the evening of Monday"
}

var dateOrdinals = map[string]bool{
	"first": true, "second": true, "third": true, "fourth": true, "last": true, "final": true,
	"early": true, "late": true, "closing": true, "opening": true,
}

func clauseBreak(t string) bool {
	return t == "," || t == ";" || t == "—" || t == "–" || t == "("
}

// eventConfidence adjusts an event's confidence, which starts from its
// date's, by what the clause says: a word of something happening
// ("killed", "clashes", "signed") makes it likelier an event; a clause
// without one ("the area is home to Christians"), a clause too short to
// say anything, or one with no actor and no place of its own makes it
// likelier a date attached to a description. The analyst sees the
// uncertain ones marked and checks those first. A scrap of a few words
// with no happening in it is no event: it returns -1.
func eventConfidence(d *document, c clause, ev Event) float64 {
	conf := ev.Confidence
	happening := false
	for k := c.SubjFrom; k < c.To && !happening; k++ {
		if k == c.SubjTo {
			k = c.From // the subject and the clause, not the appositive between
		}
		happening = isHappening(d.toks[k].Lower)
	}
	words := len(strings.Fields(ev.Summary))
	// (a clause under "since" has its subject and verb: "since
	// hostilities there worsened last week")
	if !happening && words < 4 && !c.Subordinate {
		return -1 // no event at all
	}
	if happening {
		conf += 0.05
	} else {
		conf -= 0.2
	}
	if words < 5 {
		conf -= 0.1
	}
	if len(ev.Actors) == 0 && len(ev.Places) == 0 {
		conf -= 0.1
	}
	return math.Max(0.2, math.Min(0.95, conf))
}

// isHappening is true for a word that names something happening: an
// attack, a death, a capture, a meeting, an agreement.
func isHappening(w string) bool {
	if happeningWords[w] {
		return true
	}
	for _, st := range happeningStems {
		if strings.HasPrefix(w, st) {
			return true
		}
	}
	return false
}

var happeningWords = map[string]bool{
	"hit": true, "hits": true, "met": true, "meet": true, "meets": true, "held": true, "hold": true, "took": true,
	"take": true, "takes": true, "taken": true, "fled": true, "flee": true, "shot": true, "died": true, "dead": true,
	"death": true, "deaths": true, "fire": true, "fired": true, "blast": true, "blasts": true, "raid": true,
	"raids": true, "truce": true, "toll": true, "talks": true, "vote": true, "voted": true, "began": true,
	"begin": true, "begins": true, "started": true, "ended": true, "opened": true, "closed": true, "freed": true,
	"won": true, "lost": true, "fell": true, "crossed": true, "entered": true, "dropped": true, "downed": true,
	"crashed": true, "visited": true, "arrived": true, "left": true, "returned": true, "sent": true,
}

// happeningStems are the beginnings of longer words of happening
// ("kill", "killed", "killing"; "shell", "shelled", "shelling").
var happeningStems = []string{
	"kill", "wound", "injur", "attack", "strik", "struck", "airstrike", "bomb", "shell", "clash", "fight",
	"fought", "captur", "recaptur", "seiz", "retook", "storm", "advanc", "launch", "explo", "destroy",
	"target", "besieg", "siege", "evacuat", "arrest", "execut", "kidnap", "abduct", "releas", "signed",
	"agree", "agreement", "announc", "declar", "withdr", "collaps", "elect", "protest", "demonstrat",
	"massacre", "ceasefire", "cease-fire", "offensive", "assault", "ambush", "bombard", "barrage",
	"liberat", "martyr", "casualt", "suicide", "gassed", "poison", "deliver", "convoy", "shoot", "crash",
	"surrender", "defect", "invad", "invasion", "occup", "raze", "burn", "blew", "blown", "detonat",
	"mortar", "rocket", "missile", "drone", "landmine", "sniper", "assassinat", "behead", "hostage",
	"pound", "pummel", "hammer", "repel", "repuls", "operation", "battle", "combat", "slit", "establish",
	"escap", "dispatch", "join", "cancel", "visit", "resign", "appoint", "sentenc", "convict", "approv",
	"adopt", "reject", "veto", "evict", "displac", "rescu", "deploy", "sanction", "impos", "expel", "mobiliz",
	"mobilis", "shut", "erupt", "interven", "escalat",
}
