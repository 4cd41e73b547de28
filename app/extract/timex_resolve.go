package extract

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"
)

// resolveAll turns matched expressions into Timex values, in text order.
// Anchored expressions ("the day after") take the last day-precision date
// resolved before them, so the order of resolution matters.
func resolveAll(d *document, specs []tspec, pub time.Time) []Timex {
	out := make([]Timex, 0, len(specs))
	dated := !pub.IsZero()
	pub = time.Date(pub.Year(), pub.Month(), pub.Day(), 0, 0, 0, 0, time.UTC)
	lastDay := time.Time{}
	lastDate := time.Time{}                // the last date of day or month precision ("on Sunday", "in May")
	lastYear := 0                          // the year of the last date resolved, at any precision
	lastQuarter, lastQuarterSent := "", -1 // the last quarter named ("2017-Q1") and its sentence
	var clock []bool                       // per output timex: a clock time resolved on the publication day
	var counted []bool                     // per output timex: counted from another day ("Two days later")
	years := yearsOfDays(specs)
	for _, sp := range specs {
		v := ""
		switch sp.kind {
		case kFixed:
			v = sp.value
		case kDate:
			if sp.thatYear && lastYear > 0 {
				sp.y = lastYear
			}
			// "the October 7, 2023, assault … hardest-hit communities on
			// October 7": a day the document gave with its year keeps it
			if y := years[[2]int{sp.m, sp.d}]; sp.y == 0 && !sp.yrelSet && sp.movable == "" && sp.d > 0 && y > 0 {
				sp.y = y
			}
			v = resolveDate(d, sp, pub, dated)
		case kWeekday:
			v = resolveWeekday(d, sp, pub, dated)
		case kRel:
			switch {
			case sp.unit == "Y" && sp.off < 0 && (sp.yearAgo || lastYearOfPeriod(d, sp)) && financial(d, sp) && !yearlyReport(d, sp):
				// "a year ago" in an earnings report: the quarter last
				// reported on, a year before; or the quarter the sentence
				// names ("in the first quarter …, against the same period a
				// year earlier")
				if y, q, ok := strings.Cut(lastQuarter, "-Q"); ok && lastQuarterSent == d.toks[sp.from].Sent && yearNum(y) > 0 {
					v = strconv.Itoa(yearNum(y)+sp.off) + "-Q" + q
					break
				}
				q := sp
				q.unit, q.off = "Q", -1+4*sp.off
				v = resolveRel(q, pub, dated)
			case sp.qnum > 0:
				v = resolveQuarter(d, sp, pub, dated)
			case sp.unit == "SEASONPAST" || sp.seasonByTense:
				v = resolveSeason(d, sp, pub, dated)
			case sp.weekendByTense:
				// with no tense cue, an article of Monday to Wednesday
				// means the weekend just past
				if t := tense(d, sp); dated && (t < 0 || t == 0 && isoWeekday(pub) <= 3) {
					sp.off = -1
					if isoWeekday(pub) >= 6 {
						sp.off = 0
					}
				}
				v = resolveRel(sp, pub, dated)
			default:
				v = resolveRel(sp, pub, dated)
			}
		case kAnchor:
			base := lastDay
			// "in May ... the following month": a month or a year counts
			// from the last date the story named, a month as much as a day
			if sp.unit != "D" && sp.unit != "W" {
				base = lastDate
			}
			if base.IsZero() {
				base = pub
			}
			if sp.unit == "Y" && sp.off == 0 && lastYear > 0 {
				// "later that year": the year the story last named
				v = strconv.Itoa(lastYear)
				break
			}
			if sp.unit == "WD" {
				v = anchoredWeekday(sp, base, dated || !base.Equal(pub))
				break
			}
			v = resolveRel(sp, base, dated || !base.Equal(pub))
		}
		if v == "" {
			continue
		}
		if sp.dayShift != 0 && len(v) >= 10 {
			if t, err := time.Parse("2006-01-02", v[:10]); err == nil {
				v = t.AddDate(0, 0, sp.dayShift).Format("2006-01-02") + v[10:]
			}
		}
		if t, err := time.Parse("2006-01-02", v[:min(10, len(v))]); err == nil {
			lastDay, lastDate = t, t
		} else if t, err := time.Parse("2006-01", v); err == nil && sp.typ == "DATE" {
			lastDate = t
		}
		if len(v) >= 4 && sp.typ != "DURATION" && sp.typ != "SET" {
			if y := yearNum(v[:4]); y > 0 {
				lastYear = y
			}
			// a fiscal quarter "ended Sept. 30" is another calendar quarter:
			// a year back from it is the quarter last reported on
			if len(v) == 7 && v[4:6] == "-Q" && (sp.to >= len(d.toks) || !quarterEnds[d.toks[sp.to].Lower]) {
				lastQuarter, lastQuarterSent = v, d.toks[sp.from].Sent
			}
		}
		start, end := d.toks[sp.from].Start, d.toks[sp.to-1].End
		out = append(out, Timex{Start: start, End: end, Text: d.text[start:end], Type: sp.typ, Value: v, Mod: sp.mod, Confidence: sp.conf})
		clock = append(clock, sp.kind == kRel && sp.typ == "TIME" && strings.HasPrefix(sp.suffix, "T") && len(sp.suffix) == 6)
		counted = append(counted, sp.kind == kAnchor || sp.kind == kRel)
	}
	attachClockTimes(d, out, clock)
	restatedDays(d, out, counted)
	return out
}

// yearsOfDays maps a month and day the document writes with its year
// ("October 7, 2023") to that year; a day given with two years maps to
// none.
func yearsOfDays(specs []tspec) map[[2]int]int {
	var years map[[2]int]int
	for _, sp := range specs {
		if sp.kind != kDate || sp.y == 0 || sp.yrelSet || sp.d == 0 || sp.movable != "" {
			continue
		}
		if years == nil {
			years = map[[2]int]int{}
		}
		k := [2]int{sp.m, sp.d}
		if y, ok := years[k]; ok && y != sp.y {
			years[k] = -1
		} else if !ok {
			years[k] = sp.y
		}
	}
	return years
}

// restatedDays gives a day counted from another ("Two days later") the
// date the text restates right after it: "Two days later, on Nov. 14, the
// rebels withdrew". The count may start from a day the story named
// earlier for something else; the date written out says which day it is.
func restatedDays(d *document, out []Timex, counted []bool) {
	for i := 0; i+1 < len(out); i++ {
		a, b := out[i], out[i+1]
		if !counted[i] || counted[i+1] || a.Type != "DATE" || b.Type != "DATE" || len(a.Value) != 10 || len(b.Value) != 10 {
			continue
		}
		between := strings.TrimSpace(d.text[a.End:b.Start])
		if between == "," || between == ", on" {
			out[i].Value = b.Value
		}
	}
}

// attachClockTimes moves "10 p.m." from the publication day to the day the
// same sentence names ("on Friday at 10 p.m.").
func attachClockTimes(d *document, out []Timex, clock []bool) {
	lead := -2 // the story's first day (leadDay), found when first needed
	for i := range out {
		if !clock[i] || len(out[i].Value) < 10 {
			continue
		}
		// the nearest day of the sentence: "Date of publication 27 October
		// … around noon on Wednesday" is Wednesday's noon
		// (not the day of a bracket in another zone: "at 2:00 am (2300
		// GMT Monday)" is not Monday's 2 am)
		ti := d.tokenAt(out[i].Start)
		sent, zoned := d.toks[ti].Sent, otherZone(d, ti)
		best, bestDist := -1, 0
		for j := range out {
			if j == i || clock[j] || precisionOf(out[j]) != "day" || d.toks[d.tokenAt(out[j].Start)].Sent != sent {
				continue
			}
			if !zoned && otherZone(d, d.tokenAt(out[j].Start)) {
				continue
			}
			if sayingDay(d, out[i], out[j]) {
				continue
			}
			dist := out[j].Start - out[i].End
			if dist < 0 {
				dist = out[i].Start - out[j].End
			}
			if best < 0 || dist < bestDist {
				best, bestDist = j, dist
			}
		}
		// else the day the sentence before told of ("… killed 20 people
		// early on Friday. The strike hit the village at about 1 a.m."):
		// the story goes on about that day
		if best < 0 && !zoned && sent > 0 {
			for j := i - 1; j >= 0; j-- {
				tj := d.tokenAt(out[j].Start)
				if s := d.toks[tj].Sent; s < sent-1 {
					break
				} else if s == sent-1 && !clock[j] && precisionOf(out[j]) == "day" && !otherZone(d, tj) {
					best = j
					break
				}
			}
		}
		// else the day the story opened with ("A drone strike on Wednesday
		// night killed a commander … The strike hit his vehicle shortly
		// before 9:30 p.m."): the lead's day, not a dateline's or a
		// headline's
		if best < 0 && !zoned {
			if lead == -2 {
				lead = leadDay(d, out, clock)
			}
			if lead >= 0 && lead < i {
				best = lead
			}
		}
		if best >= 0 {
			out[i].Value = out[best].Value[:10] + out[i].Value[10:]
		}
	}
}

// sayingDay is true when day dates the saying of what the clock time is
// in: "The attack took place around 2:00 pm …, the interior ministry said
// in a statement read on state television on Saturday", "police said on
// Saturday that it began at 2 pm".
func sayingDay(d *document, clock, day Timex) bool {
	if day.Start > clock.End {
		for k := d.tokenFrom(clock.End); k < len(d.toks) && d.toks[k].Start < day.Start; k++ {
			if reportingVerbs[d.toks[k].Lower] {
				return true
			}
		}
		return false
	}
	k := d.tokenAt(day.Start) - 1
	if k >= 0 && datePreps[d.toks[k].Lower] {
		k--
	}
	if k < 0 || !reportingVerbs[d.toks[k].Lower] {
		return false
	}
	for k = d.tokenFrom(day.End); k < len(d.toks) && d.toks[k].Start < clock.Start; k++ {
		if d.toks[k].Lower == "that" {
			return true
		}
	}
	return false
}

// leadDay is the index of the first day the body names, past the
// headline, a dateline's date and the page's stamp; -1 if none.
func leadDay(d *document, out []Timex, clock []bool) int {
	// (a first line is a headline when it is short and ends with no full
	// stop; a lead paragraph of its own is no headline)
	head := 0
	if n := strings.IndexByte(d.text, '\n'); n > 0 && n <= 200 && strings.TrimSpace(d.text[n:]) != "" && !strings.HasSuffix(strings.TrimSpace(d.text[:n]), ".") {
		head = n
	}
	for j := range out {
		if out[j].Start < head || clock[j] || precisionOf(out[j]) != "day" || datelineDate(d, out[j]) || isPageStamp(d.text, out[j]) || otherZone(d, d.tokenAt(out[j].Start)) {
			continue
		}
		return j
	}
	return -1
}

func ymd(y, m, dd int) string { return fmt.Sprintf("%04d-%02d-%02d", y, m, dd) }

// tense returns -1 for past, +1 for future, 0 when the sentence gives no
// cue; the cue nearest to the expression wins, so "said on Monday that it
// will" reads Monday as past.
func tense(d *document, sp tspec) int {
	s := d.sents[d.toks[sp.from].Sent]
	best, bestDist := 0, 1<<30
	// a verb after the date tells its tense only within its clause: in
	// "beat Bayern on Wednesday to reach the final, where they will face
	// Dortmund" the "will" is the final's
	// ("In January, American Medical brought in": a date that opens the
	// sentence has its clause after its comma)
	stop := sp.to
	if stop < s.To && d.toks[stop].Text == "," && sp.from-s.From <= 1 {
		stop++
	}
	for stop < s.To && d.toks[stop].Text != "," && d.toks[stop].Text != ";" {
		stop++
	}
	for k := s.From; k < stop; k++ {
		if k >= sp.from && k < sp.to {
			continue
		}
		w := d.toks[k].Lower
		c := 0
		switch {
		case (futureCues[w] || w == "set") && k > s.From+1 && k+1 < s.To && d.toks[k-1].Lower == "been" && d.toks[k-2].Lower == "had" && (d.toks[k+1].Lower == "to" || d.toks[k+1].Lower == "for"):
			// "had been due to expire Friday", "had been scheduled for":
			// the past perfect puts the plan before another past event
			// (it was overtaken), so the date lies behind ("the sale,
			// which had been expected, is part of a plan … by February"
			// is no plan of that kind)
			c = -1
		case w == "set" && k > s.From && auxiliaries[d.toks[k-1].Lower]:
			// "is set for Friday" looks ahead; a bare "set" is mostly the past tense
			c = 1
		case futureCues[w]:
			if w == "next" && k+1 < s.To && d.toks[k+1].Lower == "to" {
				continue // "next to the embassy" is a place
			}
			if w == "next" && k > s.From && determiners[d.toks[k-1].Lower] && k+1 < sp.from {
				// "announced the start of the next phase …, Dec. 10": an
				// ordinal of a noun phrase before the date, not the verb's tense
				continue
			}
			if (w == "plan" || w == "plans") && (k > s.From && determiners[d.toks[k-1].Lower] || k+1 < s.To && planNounNext[d.toks[k+1].Lower]) {
				continue // "announced the plan", "set aside vacation plans,": nouns
			}
			if w == "due" && k+2 < s.To && d.toks[k+1].Lower == "to" && !scheduledVerbs[d.toks[k+2].Lower] {
				continue // "due to the bombing": a cause, not a schedule
			}
			if (w == "until" || w == "till") && sentenceHas(d, s.From, s.To, "had") {
				continue // "until Thursday, they had not": a past deadline
			}
			c = 1
			if (w == "until" || w == "till") && ranUntil(d, s.From, k) {
				c = -1
			}
		case pastCues[w]:
			if (w == "was" || w == "were") && k+1 < s.To && futureCues[d.toks[k+1].Lower] {
				continue // "were planning to", "was due to": the plan tells
			}
			c = -1
			// "held", "made" as participles: "the meeting to be held on
			// Monday" looks ahead; after another auxiliary the auxiliary
			// tells the tense
			if k > s.From && auxiliaries[d.toks[k-1].Lower] {
				if d.toks[k-1].Lower == "be" && k-1 > s.From && d.toks[k-2].Lower == "to" {
					c = 1
				} else {
					continue
				}
			}
		case scheduledPresent[w]:
			// "Arafat and Netanyahu meet Monday", "the summit opens
			// Tuesday": news uses the simple present for what is
			// scheduled. After "to", an auxiliary or a determiner the word
			// is an infinitive or a noun and says nothing.
			if k > s.From {
				p := d.toks[k-1].Lower
				if p == "to" || auxiliaries[p] || determiners[p] || p == "did" || p == "does" || p == "do" {
					continue
				}
			}
			c = 1
		case (pastIrregular[w] || moreIrregularPast[w]) && !presentAlike[w]:
			// "Petro wrote on X late Friday", "fled on Sunday": a past
			// form that is no "-ed"; after an auxiliary it is a
			// participle ("will be sent on Monday") and the auxiliary tells
			if k > s.From && (auxiliaries[d.toks[k-1].Lower] || determiners[d.toks[k-1].Lower]) {
				continue
			}
			c = -1
		case regularPast(w):
			// ("succeed", "proceed", "need" are not past forms)
			// a participle after an auxiliary ("will be named", "is
			// expected") takes its tense from the auxiliary
			if k > s.From && auxiliaries[d.toks[k-1].Lower] {
				continue
			}
			// after a determiner it is an adjective: "an unspecified date"
			if k > s.From && determiners[d.toks[k-1].Lower] {
				continue
			}
			c = -1
		default:
			continue
		}
		dist := sp.from - k
		if k >= sp.to {
			// the verb governing a date mostly comes before it
			dist = 2 * (k - sp.to + 1)
		}
		if dist < bestDist {
			best, bestDist = c, dist
		}
	}
	return best
}

// ranUntil is true when "until" at token k ends a span in the past: right
// after a past verb of going on ("shelling continued until Sunday", "the
// talks went on until the early hours of Friday"). A verb that sets a
// deadline ("extended … until Friday", "postponed until Sunday") may look
// ahead and is left to the other cues.
func ranUntil(d *document, from, k int) bool {
	j := k - 1
	if j > from && (d.toks[j].Lower == "on" || d.toks[j].Lower == "up" || d.toks[j].Lower == "out") {
		j--
	}
	if j < from {
		return false
	}
	v := d.toks[j].Lower
	if deadlineVerbs[v] || j > from && auxiliaries[d.toks[j-1].Lower] {
		return false // "was extended until", "has been closed until"
	}
	return pastCues[v] && !pastNonVerbs[v] || regularPast(v)
}

// presentAlike are irregular past forms spelt as the present ("they hit
// the town every Friday"): they tell no tense.
var presentAlike = map[string]bool{"hit": true, "shut": true, "set": true, "split": true, "quit": true, "dead": true}

// regularPast is true for a past form in "-ed" ("killed", "agreed"); not
// "need", "succeed", "proceed".
func regularPast(w string) bool {
	return len(w) > 4 && strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "eed") || w == "agreed"
}

// deadlineVerbs set the end of something that may lie ahead.
var deadlineVerbs = map[string]bool{
	"extended": true, "postponed": true, "delayed": true, "adjourned": true, "suspended": true,
	"deferred": true, "closed": true, "halted": true, "banned": true, "imposed": true, "renewed": true,
	"prolonged": true, "paused": true,
}

// sentenceHas reports whether word occurs in the token range.
func sentenceHas(d *document, from, to int, word string) bool {
	for k := from; k < to; k++ {
		if d.toks[k].Lower == word {
			return true
		}
	}
	return false
}

// happenedIn are the prepositions that put a past event at a date, where
// "to", "until" or "by" would name a deadline that may still lie ahead.
var happenedIn = map[string]bool{"in": true, "on": true}

// pastNonVerbs are the past cues that are no verb a date could follow:
// adverbs ("ago", "since") and auxiliaries ("had", "did").
var pastNonVerbs = map[string]bool{"ago": true, "last": true, "yesterday": true, "since": true, "had": true, "did": true}

// pastVerbIn reports whether the date at token k follows a past verb and
// "in"/"on" directly: "collapsed in December", "were killed on May 3". The
// sentence's nearest past verb alone does not say so: in "said it will
// redeem the shares on Oct. 31" the date belongs to "redeem".
func pastVerbIn(d *document, k int) bool {
	if k < 2 || !happenedIn[d.toks[k-1].Lower] || d.toks[k-1].Sent != d.toks[k-2].Sent {
		return false
	}
	v := d.toks[k-2].Lower
	past := pastCues[v] && !pastNonVerbs[v] || len(v) > 4 && strings.HasSuffix(v, "ed") && !strings.HasSuffix(v, "eed")
	if !past {
		return false
	}
	if k >= 3 {
		// "is expected in", "to be held on", "will be completed in" look ahead
		p := d.toks[k-3].Lower
		if auxiliaries[p] || p == "will" || p == "would" || p == "not" {
			return false
		}
	}
	return true
}

// opensSentence reports whether the date opens its sentence, bare or after
// "in" / "on" ("In September, the group's leader was killed"): a deadline
// comes after its verb ("extended the offer to Nov. 16"), so an opening date
// in a past-tense sentence is when the thing happened.
func opensSentence(d *document, sp tspec) bool {
	s := d.sents[d.toks[sp.from].Sent]
	switch sp.from - s.From {
	case 0:
		return true
	case 1:
		return happenedIn[d.toks[s.From].Lower]
	}
	return false
}

// resolveDate gives "March 21" a year: the publication year, moved back or
// forward one year when the tense says the date must lie on that side of
// the publication date.
func resolveDate(d *document, sp tspec, pub time.Time, dated bool) string {
	if sp.yrelSet && dated {
		sp.y = pub.Year() + sp.yrel
	}
	if sp.movable == "easterweek" && sp.y > 0 {
		return easterWeek(sp.y)
	}
	if sp.movable != "" && sp.y > 0 {
		sp.m, sp.d = movableDay(sp.movable, sp.y)
	}
	if sp.movable != "" && sp.y == 0 && !dated {
		return "XXXX-XX-XX" // the day moves with a year nobody gave
	}
	if sp.y > 0 {
		if sp.d > 0 {
			return ymd(sp.y, sp.m, sp.d) + sp.suffix
		}
		return fmt.Sprintf("%04d-%02d", sp.y, sp.m)
	}
	if !dated {
		if sp.d > 0 {
			return fmt.Sprintf("XXXX-%02d-%02d", sp.m, sp.d) + sp.suffix
		}
		return fmt.Sprintf("XXXX-%02d", sp.m)
	}
	if v := namedDayOf(d, sp, pub); v != "" {
		return v
	}
	y := pub.Year()
	if sp.movable != "" {
		sp.m, sp.d = movableDay(sp.movable, y)
	}
	dd := sp.d
	if dd == 0 {
		dd = 1
	}
	cand := time.Date(y, time.Month(sp.m), dd, 0, 0, 0, 0, time.UTC)
	pubMonth := time.Date(pub.Year(), pub.Month(), 1, 0, 0, 0, 0, time.UTC)
	cmpBase := pub
	if sp.d == 0 {
		cmpBase = pubMonth
	}
	t := 0
	if sp.rel == 2 {
		t = tense(d, sp)
	}
	since := afterSince(d, sp)
	switch {
	case since && sp.rel != 1:
		// "has been under siege since May" in March: a time that began
		// before the writing, whatever the verb's tense
		if cand.After(cmpBase) {
			y--
		}
	case sp.rel == -1: // "last April": the one before the publication month
		if !cand.Before(cmpBase) {
			y--
		}
	case sp.rel == 1: // "next April"
		if !cand.After(cmpBase) {
			y++
		}
	case t < 0:
		// a past-tense sentence may still name a date a little ahead as a
		// deadline ("extended the offer to Nov. 16"): only a date well
		// ahead is last year's. A date the past verb happened in or on
		// ("the talks collapsed in December") cannot lie ahead at all.
		ahead := 90 * 24 * time.Hour
		if pastVerbIn(d, sp.from) || opensSentence(d, sp) {
			ahead = 0
		}
		if cand.Sub(cmpBase) > ahead {
			y--
		}
	case t > 0:
		// and a future one a date a little behind ("due Jan. 14")
		if cmpBase.Sub(cand) > 45*24*time.Hour {
			y++
		}
	case sp.rel == 0:
		// "this September": the publication year
	default:
		// no tense: news mostly looks back, so a date well ahead is last year's
		if cand.Sub(cmpBase) > 62*24*time.Hour {
			y--
		}
	}
	if sp.movable == "easterweek" {
		return easterWeek(y)
	}
	if sp.movable != "" {
		sp.m, sp.d = movableDay(sp.movable, y) // the year may have moved
	}
	if sp.d > 0 {
		return ymd(y, sp.m, sp.d) + sp.suffix // a clock time: "5 p.m. Nov. 9"
	}
	return fmt.Sprintf("%04d-%02d", y, sp.m)
}

// resolveWeekday picks the weekday before or after the publication date by
// tense: in an article of Monday 2017-04-24, past-tense "on Sunday" is
// 2017-04-23 and "on Monday" is the day itself.
func resolveWeekday(d *document, sp tspec, pub time.Time, dated bool) string {
	if !dated {
		return "XXXX-WXX-" + strconv.Itoa(sp.wd) + sp.suffix
	}
	cur := isoWeekday(pub)
	diff := sp.wd - cur // days from pub to that weekday in the same ISO week
	var off int
	switch sp.rel {
	case -1:
		off = diff
		if off >= 0 {
			off -= 7
		}
	case 1:
		off = diff
		if off <= 0 {
			off += 7
		}
	case 0:
		off = diff
	default:
		t := possessiveDay(d, sp)
		if t == 0 {
			t = tense(d, sp)
		}
		if t > 0 {
			// "will meet Thursday" in a Thursday article is that day:
			// TimeML reads the publication's own weekday as the day itself
			off = diff
			if off < 0 {
				off += 7
			}
		} else {
			off = diff
			if off > 0 {
				off -= 7
			}
		}
	}
	return pub.AddDate(0, 0, off).Format("2006-01-02") + sp.suffix
}

// possessiveDay tells the side of a weekday that owns a noun ("Wednesday's
// ruling"): a thing already done, whatever the sentence's verbs say ("said
// they would look for ways to get around Wednesday's ruling"), unless the
// words before it look ahead to it ("ahead of Sunday's vote"). It returns
// 0 when the weekday is no possessive.
func possessiveDay(d *document, sp tspec) int {
	end := d.toks[sp.to-1].End
	rest := d.text[end:]
	if !strings.HasPrefix(rest, "'s") && !strings.HasPrefix(rest, "’s") && !strings.HasPrefix(rest, " 's") {
		return 0
	}
	s := d.sents[d.toks[sp.from].Sent]
	for k := sp.from - 1; k >= s.From && k >= sp.from-3; k-- {
		if aheadOfDay[d.toks[k].Lower] {
			return 1
		}
	}
	return -1
}

// aheadOfDay are the words before a possessive weekday that put it ahead.
var aheadOfDay = map[string]bool{"ahead": true, "upcoming": true, "awaiting": true, "await": true, "until": true, "till": true, "next": true, "toward": true, "towards": true}

func isoWeekday(t time.Time) int {
	wd := int(t.Weekday())
	if wd == 0 {
		return 7
	}
	return wd
}

func isoWeek(t time.Time) string {
	y, w := t.ISOWeek()
	return fmt.Sprintf("%04d-W%02d", y, w)
}

// seasonMonths gives the first and last month of a season code.
var seasonMonths = map[string][2]int{"SP": {3, 5}, "SU": {6, 8}, "FA": {9, 11}, "WI": {12, 2}}

// resolveRel applies an offset in a calendar unit to base.
// anchoredWeekday is the weekday sp.wd nearest before (sp.off -1) or after
// (+1) the day base, never base itself: "the previous Friday" after a
// Friday is the one a week earlier.
func anchoredWeekday(sp tspec, base time.Time, dated bool) string {
	if !dated {
		return "XXXX-WXX-" + strconv.Itoa(sp.wd) + sp.suffix
	}
	t := base.AddDate(0, 0, sp.off)
	for isoWeekday(t) != sp.wd {
		t = t.AddDate(0, 0, sp.off)
	}
	return t.Format("2006-01-02") + sp.suffix
}

func resolveRel(sp tspec, base time.Time, dated bool) string {
	if !dated {
		switch sp.unit {
		case "D":
			if sp.off == 0 && sp.suffix == "" {
				return "PRESENT_REF"
			}
			return "XXXX-XX-XX" + sp.suffix
		case "W":
			return "XXXX-WXX"
		case "WE":
			return "XXXX-WXX-WE"
		case "M":
			return "XXXX-XX"
		case "Q":
			return "XXXX-QX"
		case "SEASON":
			return "XXXX-" + sp.suffix
		case "Y":
			return "XXXX" + sp.suffix
		default:
			return "XXXX"
		}
	}
	switch sp.unit {
	case "D":
		return base.AddDate(0, 0, sp.off).Format("2006-01-02") + sp.suffix
	case "W":
		return isoWeek(base.AddDate(0, 0, 7*sp.off))
	case "WE":
		return isoWeek(base.AddDate(0, 0, 7*sp.off)) + "-WE"
	case "M":
		t := time.Date(base.Year(), base.Month(), 1, 0, 0, 0, 0, time.UTC).AddDate(0, sp.off, 0)
		return t.Format("2006-01")
	case "Y":
		return strconv.Itoa(base.Year()+sp.off) + sp.suffix
	case "Q":
		q := (int(base.Month())-1)/3 + sp.off
		y := base.Year()
		for q < 0 {
			q += 4
			y--
		}
		for q > 3 {
			q -= 4
			y++
		}
		return fmt.Sprintf("%04d-Q%d", y, q+1)
	case "DE":
		return strconv.Itoa(base.Year()/10 + sp.off)
	case "CE":
		return strconv.Itoa(base.Year()/100 + sp.off)
	case "SEASON":
		y := base.Year()
		sm := seasonMonths[sp.suffix]
		mo := int(base.Month())
		switch {
		case sp.off < 0 && mo <= sm[1] && sp.suffix != "WI":
			y--
		case sp.off > 0 && mo >= sm[0] && sp.suffix != "WI":
			y++
		}
		return strconv.Itoa(y) + "-" + sp.suffix
	}
	return ""
}

// resolveSeason gives "the summer" a year: the latest season that has
// begun by the publication date ("this past spring" always), or the next
// one when the sentence looks ahead.
func resolveSeason(d *document, sp tspec, pub time.Time, dated bool) string {
	if !dated {
		return "XXXX-" + sp.suffix
	}
	sm := seasonMonths[sp.suffix]
	y, mo := pub.Year(), int(pub.Month())
	begun := mo >= sm[0]
	if sp.suffix == "WI" {
		// winter starts in December; in January and February the winter
		// under way is named by the year it began
		begun = mo == 12
		if mo <= 2 {
			return strconv.Itoa(y-1) + "-WI"
		}
	}
	if sp.unit == "SEASON" && tense(d, sp) > 0 {
		if mo > sm[1] && sp.suffix != "WI" {
			y++
		}
		return strconv.Itoa(y) + "-" + sp.suffix
	}
	if !begun {
		y--
	}
	return strconv.Itoa(y) + "-" + sp.suffix
}

// movableDay is the month and day of a movable holiday (a key of
// movableHolidays' values) in year y.
// nthWeekday computes mNthWeekday's "n:weekday:month" in year y: the
// n-th such weekday of the month, or its last for n = -1 (weekdays ISO,
// Monday 1 to Sunday 7).
func nthWeekday(key string, y int) (month, day int) {
	parts := strings.Split(key, ":")
	if len(parts) != 3 {
		return 0, 0
	}
	n, _ := strconv.Atoi(parts[0])
	wd, _ := strconv.Atoi(parts[1])
	mo, _ := strconv.Atoi(parts[2])
	target := time.Weekday(wd % 7)
	if n < 0 {
		last := time.Date(y, time.Month(mo)+1, 0, 0, 0, 0, 0, time.UTC)
		return mo, last.Day() - (int(last.Weekday())-int(target)+7)%7
	}
	first := time.Date(y, time.Month(mo), 1, 0, 0, 0, 0, time.UTC)
	return mo, 1 + (int(target)-int(first.Weekday())+7)%7 + 7*(n-1)
}

func movableDay(key string, y int) (month, day int) {
	if rest, ok := strings.CutPrefix(key, "nth:"); ok {
		return nthWeekday(rest, y)
	}
	var t time.Time
	switch key {
	case "thanksgiving": // the fourth Thursday of November
		first := time.Date(y, 11, 1, 0, 0, 0, 0, time.UTC)
		return 11, 1 + (int(time.Thursday)-int(first.Weekday())+7)%7 + 21
	case "easter", "easterweek":
		t = easterSunday(y)
	case "goodfriday":
		t = easterSunday(y).AddDate(0, 0, -2)
	case "palmsunday":
		t = easterSunday(y).AddDate(0, 0, -7)
	case "orthodoxeaster":
		t = orthodoxEaster(y)
	case "eastermonday":
		t = easterSunday(y).AddDate(0, 0, 1)
	case "fitr":
		t = islamicFeast(y, eidFitr)
	case "adha":
		t = islamicFeast(y, eidAdha)
	}
	return int(t.Month()), t.Day()
}

// orthodoxEaster is the Easter Sunday of the Orthodox churches: the
// Julian computus (Meeus), moved to the Gregorian calendar (13 days apart
// from 1900 to 2099).
func orthodoxEaster(y int) time.Time {
	a, b, c := y%4, y%7, y%19
	d := (19*c + 15) % 30
	e := (2*a + 4*b - d + 34) % 7
	month := (d + e + 114) / 31
	day := (d+e+114)%31 + 1
	return time.Date(y, time.Month(month), day, 0, 0, 0, 0, time.UTC).AddDate(0, 0, 13)
}

// easterWeek is the ISO week that ends on Easter Sunday (Holy Week).
func easterWeek(y int) string {
	yy, w := easterSunday(y).ISOWeek()
	return fmt.Sprintf("%04d-W%02d", yy, w)
}

// easterSunday is Western Easter by the Gregorian computus (the anonymous
// algorithm published in Nature, 1876).
func easterSunday(y int) time.Time {
	a, b, c := y%19, y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	day := (h+l-7*m+114)%31 + 1
	return time.Date(y, time.Month(month), day, 0, 0, 0, 0, time.UTC)
}

// observedEids are the first days of Eid al-Fitr and Eid al-Adha as
// announced in Saudi Arabia, which most of the region follows; sighting
// the new moon moves them a day from any arithmetic calendar.
var observedEids = map[int][2]string{
	2010: {"09-10", "11-16"}, 2011: {"08-30", "11-06"}, 2012: {"08-19", "10-26"},
	2013: {"08-08", "10-15"}, 2014: {"07-28", "10-04"}, 2015: {"07-17", "09-24"},
	2016: {"07-06", "09-12"}, 2017: {"06-25", "09-01"}, 2018: {"06-15", "08-21"},
	2019: {"06-04", "08-11"}, 2020: {"05-24", "07-31"}, 2021: {"05-13", "07-20"},
	2022: {"05-02", "07-09"}, 2023: {"04-21", "06-28"}, 2024: {"04-10", "06-16"},
	2025: {"03-30", "06-06"}, 2026: {"03-20", "05-27"},
}

// The feasts in observedEids' order, and their Hijri month and day.
const (
	eidFitr = iota
	eidAdha
)

var eidHijri = [2]struct{ month, day int }{eidFitr: {10, 1}, eidAdha: {12, 10}}

// islamicFeast is the Gregorian first day of a feast (eidFitr, eidAdha)
// in year y: the observed date where known, else the tabular Islamic
// calendar's, which is right within a day.
func islamicFeast(y, feast int) time.Time {
	if o, ok := observedEids[y]; ok {
		t, _ := time.Parse("2006-01-02", fmt.Sprintf("%04d-%s", y, o[feast]))
		return t
	}
	return tabularInYear(y, eidHijri[feast].month, eidHijri[feast].day)
}

// tabularInYear is the Gregorian date in year y of day d of Hijri month m
// by the tabular calendar. 33 Hijri years pass in 32 solar ones, so the
// Hijri year is near (y-622)*33/32; in the rare solar year that holds the
// day twice, the first.
func tabularInYear(y, m, d int) time.Time {
	hy := (y - 622) * 33 / 32
	for k := hy - 2; k <= hy+2; k++ {
		if t := tabularHijri(k, m, d); t.Year() == y {
			return t
		}
	}
	return tabularHijri(hy, m, d)
}

// tabularHijri converts a date of the arithmetic (civil) Islamic calendar:
// 30-year cycles of 10,631 days with 11 leap years, months of 30 and 29
// days, epoch 16 July 622 (Julian).
func tabularHijri(y, m, d int) time.Time {
	days := d + (59*(m-1)+1)/2 + (y-1)*354 + (3+11*y)/30
	// day 1 of the Hijri calendar is 0622-07-19 proleptic Gregorian
	return time.Date(622, 7, 18, 0, 0, 0, 0, time.UTC).AddDate(0, 0, days)
}

// resolveQuarter gives "the third quarter" its year: the publication
// year, or the year before when a past-tense sentence names a quarter that
// has not begun yet.
func resolveQuarter(d *document, sp tspec, pub time.Time, dated bool) string {
	if sp.qprev {
		q := sp.qnum
		if dated {
			q = (int(pub.Month())-1)/3 + 0 // the quarter before the publication's
			if q == 0 {
				q = 4
			}
		}
		return fmt.Sprintf("%04d-Q%d", sp.qyear, q)
	}
	if sp.qyear > 0 {
		return fmt.Sprintf("%04d-Q%d", sp.qyear, sp.qnum)
	}
	if !dated {
		return fmt.Sprintf("XXXX-Q%d", sp.qnum)
	}
	if sp.qyoffSet {
		return fmt.Sprintf("%04d-Q%d", pub.Year()+sp.qyoff, sp.qnum)
	}
	y := pub.Year()
	cur := (int(pub.Month())-1)/3 + 1
	if sp.qnum > cur && tense(d, sp) < 0 {
		y--
	}
	return fmt.Sprintf("%04d-Q%d", y, sp.qnum)
}

// lastYearOfPeriod is true for "last year" that names the same period a
// year back ("the corresponding period last year", "last year's quarter");
// a plain "last year" in an earnings report is still the whole year.
func lastYearOfPeriod(d *document, sp tspec) bool {
	prev := ""
	if sp.from > 0 {
		prev = d.toks[sp.from-1].Lower
	}
	m := &tm{d: d, lo: 0, hi: len(d.toks)}
	n := m.poss(sp.to)
	next := m.w(sp.to + n)
	return prev == "period" || prev == "quarter" || n > 0 && (next == "quarter" || next == "period")
}

// quarterEnds follow a fiscal quarter and its closing date.
var quarterEnds = map[string]bool{"ended": true, "ending": true, "ends": true, "through": true}

// financial is true in sentences about quarterly results, where "a year
// ago" and "last year" mean the same quarter of the year before.
func financial(d *document, sp tspec) bool {
	s := d.sents[d.toks[sp.from].Sent]
	for k := s.From; k < s.To; k++ {
		switch d.toks[k].Lower {
		case "quarter", "quarterly", "cents", "earned", "earnings", "profit", "revenue", "sales", "net":
			return true
		}
	}
	return false
}

// yearlyReport is true when the sentence of sp reports on a whole year
// ("for the fiscal year ended June 30", "full-year sales", "annual
// profit"): its "a year earlier" is the year before, not a quarter.
func yearlyReport(d *document, sp tspec) bool {
	s := d.sents[d.toks[sp.from].Sent]
	for k := s.From; k < s.To; k++ {
		switch d.toks[k].Lower {
		case "fiscal", "annual", "full-year", "yearly":
			return k+1 >= s.To || d.toks[k+1].Lower != "quarter"
		case "full":
			if k+1 < s.To && d.toks[k+1].Lower == "year" {
				return true
			}
		}
	}
	return false
}

// planNounNext are the words after which "plan"/"plans" is a noun ("set
// aside vacation plans, …", "plans for a truce"), not the verb of a
// schedule ("plans a speech", "plans to meet").
var planNounNext = map[string]bool{
	",": true, ".": true, ";": true, ":": true, "for": true, "of": true, "and": true, "or": true,
	"is": true, "are": true, "was": true, "were": true, "had": true, "have": true, "that": true,
}

// afterSince is true for an expression right after "since" in its sentence.
func afterSince(d *document, sp tspec) bool {
	return sp.from > 0 && d.toks[sp.from-1].Lower == "since" && d.toks[sp.from-1].Sent == d.toks[sp.from].Sent
}

// namedDay is a day news names by its date alone, without the year, long
// after: "the October 7 attack" in a story about Gaza is Hamas's attack of
// 2023, not the last October 7 before the story.
type namedDay struct {
	y, m, d int
	// words one of which the document must hold; none: any document
	context []string
}

// namedDays are facts of the news (historical dates), not of a corpus.
var namedDays = []namedDay{
	{2023, 10, 7, []string{"Hamas", "Gaza", "Israel", "Israeli"}},
	{2001, 9, 11, nil},
}

// namedDayNouns name what happened on a named day after its date.
var namedDayNouns = map[string]bool{
	"attack": true, "assault": true, "massacre": true, "raid": true, "incursion": true, "onslaught": true,
	"attacker": true, "rampage": true, "hostage": true,
}

// namedDayOf resolves a month and day without a year that names a day in
// namedDays: written before a word for the attack ("the Oct. 7 attack",
// "the September 11 attacks"), or after "since" where the document is
// about it ("since October 7"), in a story from after the next day. ""
// when it names no such day.
func namedDayOf(d *document, sp tspec, pub time.Time) string {
	if sp.d == 0 || sp.rel != 2 || sp.suffix != "" {
		return ""
	}
	for _, n := range namedDays {
		if n.m != sp.m || n.d != sp.d || !pub.After(time.Date(n.y, time.Month(n.m), n.d+1, 0, 0, 0, 0, time.UTC)) {
			continue
		}
		if n.context != nil && !slices.ContainsFunc(n.context, func(w string) bool { return strings.Contains(d.text, w) }) {
			continue
		}
		after := sp.to < len(d.toks) && d.toks[sp.to].Sent == d.toks[sp.from].Sent && namedDayNouns[strings.TrimSuffix(d.toks[sp.to].Lower, "s")]
		if after || afterSince(d, sp) && n.context != nil {
			return ymd(n.y, n.m, n.d)
		}
	}
	return ""
}
