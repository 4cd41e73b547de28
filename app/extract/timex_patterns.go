package extract

import (
	"strconv"
	"strings"
)

// relWords give the direction of "last month", "next year", "this week".
var relWords = map[string]int{
	"last": -1, "previous": -1, "past": -1, "next": 1, "coming": 1, "following": 1, "this": 0, "current": 0,
}

// calendarUnits are the units that "last"/"next"/"this" turn into a date.
var calendarUnits = map[string]string{
	"week": "W", "month": "M", "year": "Y", "quarter": "Q", "weekend": "WE", "decade": "DE", "century": "CE",
}

// mRelative matches "last month", "next year", "this week", "earlier this
// year", "last Friday", "last April", "last summer", "a year ago",
// "three days ago".
func (m *tm) mRelative(i int) (tspec, bool) {
	sp := tspec{from: i, typ: "DATE", kind: kRel, conf: 0.85}
	j := i
	mod, j2 := m.modAt(j)
	if mod == "START" || mod == "END" || mod == "MID" {
		sp.mod, j = mod, j2
	}
	switch m.w(j) {
	case "earlier", "later":
		if m.w(j+1) == "this" {
			j++
		}
	}
	// "this past weekend": the one just gone, as "last weekend"
	if m.w(j) == "this" && m.w(j+1) == "past" && calendarUnits[m.w(j+2)] == "WE" {
		sp.unit, sp.off, sp.to = "WE", -1, j+3
		return sp, true
	}
	dir, ok := relWords[m.w(j)]
	if ok && m.w(j) != "past" && m.w(j) != "following" && !(m.w(j) == "current" && m.w(j-1) != "the") {
		u := m.w(j + 1)
		// "Last weeks strikes": scraped text drops the apostrophe of
		// "last week's"; "the last weeks" stays a stretch of time
		if n := len(u); n > 4 && u[n-1] == 's' && calendarUnits[u[:n-1]] != "" && m.w(j-1) != "the" && m.possessed(j+2) {
			u = u[:n-1]
		}
		if code := calendarUnits[u]; code != "" {
			if m.inName(j, j+2) {
				return sp, false // the TV programme "This Week"
			}
			sp.unit, sp.off, sp.to = code, dir, j+2
			if m.w(j) == "this" && code == "Q" || m.w(j) == "current" {
				sp.off = 0
			}
			return sp, true
		}
		if wd := weekdayNames[u]; wd > 0 {
			sp.kind, sp.wd, sp.rel, sp.to = kWeekday, wd, dir, j+2
			if p := partOfDay[m.w(j+2)]; p != "" {
				sp.to = j + 3
				sp.suffix, sp.typ = weekdayPart(p)
			}
			return sp, true
		}
		if mo := m.month(j + 1); mo > 0 && (u != "may" || m.raw(j+1) == "May") {
			sp.kind, sp.m, sp.rel, sp.to = kDate, mo, dir, j+2
			// "last Oct. 23"
			if dd := dayNum(m.w(j + 2)); dd > 0 && yearNum(m.w(j+2)) == 0 {
				sp.d, sp.to = dd, j+3
			}
			return sp, true
		}
		if s := seasons[u]; s != "" {
			sp.unit, sp.off, sp.suffix, sp.to = "SEASON", dir, s, j+2
			return sp, true
		}
		if p := partOfDay[u]; p != "" && m.w(j) == "this" {
			sp.typ, sp.unit, sp.off, sp.suffix, sp.to = "TIME", "D", 0, "T"+p, j+2
			return sp, true
		}
	}
	// "year-earlier results", "a year-ago loss": TimeML tags the modifier
	// alone as the date a year back (in earnings news, that quarter)
	if (m.w(j) == "year-earlier" || m.w(j) == "year-ago") && j == i {
		sp.unit, sp.off, sp.to, sp.yearAgo = "Y", -1, j+1, true
		return sp, true
	}
	if m.w(j) == "last" && m.w(j+1) == "night" {
		sp.typ, sp.unit, sp.off, sp.suffix, sp.to = "TIME", "D", -1, "TNI", j+2
		return sp, true
	}
	// "the summer", "the early summer", "this past spring": the season
	// the story is in or just behind, or the coming one in future tense
	{
		k := j
		if m.w(k) == "this" && m.w(k+1) == "past" {
			k++
		}
		if m.w(k) == "the" || m.w(k) == "past" {
			k++
			if md := modWords1[m.w(k)]; (md == "START" || md == "END") && sp.mod == "" {
				sp.mod = md
				k++
			}
			if s := seasons[m.w(k)]; s != "" && m.w(k+1) != "of" && (m.w(k) != "fall" || m.w(k-1) != "the" || m.w(k+1) != "" && !isLetterWord(m.w(k+1))) {
				sp.unit, sp.suffix, sp.to, sp.seasonByTense = "SEASON", s, k+1, true
				if m.w(j) == "this" {
					sp.off = -1
					sp.seasonByTense = false
					sp.unit = "SEASONPAST"
				}
				return sp, true
			}
		}
	}
	// "the weekend": the last one in past tense, the coming one otherwise
	if m.w(j) == "the" && m.w(j+1) == "weekend" {
		sp.unit, sp.to, sp.off = "WE", j+2, 0
		sp.weekendByTense = true
		return sp, true
	}
	// "a year and a half ago", "two and a half years ago": counted in months
	if n, k, ok := m.number(j); ok && n >= 0 {
		u, k2 := m.w(k), k+1
		if m.andAHalf(k) {
			u, k2 = m.w(k+3), k+4
		} else if m.andAHalf(k + 1) {
			k2 = k + 4
		}
		if unitCodes[u] == "Y" && k2 > k+1 && (m.w(k2) == "ago" || m.w(k2) == "earlier") {
			sp.unit, sp.off, sp.to = "M", -(12*n + 6), k2+1
			return sp, true
		}
	}
	// N units ago / N units earlier ("half a month later" is not a month)
	if n, k, ok := m.number(j); ok && !m.shareBefore(j) {
		u := m.w(k)
		// "a fortnight ago": two weeks
		if (u == "fortnight" || u == "fortnights") && n > 0 {
			u, n = "weeks", 2*n
		}
		// ("two weeks later than planned" is how long, not when)
		if code := unitCodes[u]; code != "" && !isTimeUnit(u) && code != "WE" && code != "NI" && (m.w(k+1) == "ago" || m.w(k+1) == "earlier" || m.w(k+1) == "later") && m.w(k+2) != "than" {
			if m.w(k+1) == "later" || m.w(k+1) == "earlier" && (code == "D" || code == "W") {
				// "three days later", "a week earlier": counted from the
				// date the story is at ("a year earlier" compares a
				// period with the same one a year back)
				sp.kind = kAnchor
			}
			if n < 0 {
				sp.value = "PAST_REF"
				sp.kind = kFixed
			} else {
				sp.unit, sp.off = code, -n
				if m.w(k+1) == "later" {
					sp.off = n
				}
				sp.yearAgo = code == "Y" && n == 1
			}
			sp.to = k + 2
			return sp, true
		}
	}
	return sp, false
}

// mDuration matches "three days", "the past three months", "more than a
// month", "10-year", "several years", "for years".
// lastVerbBefore make the "last" after them a verb: "to last", "will last".
var lastVerbBefore = map[string]bool{"to": true, "will": true, "would": true, "could": true, "may": true, "might": true, "should": true, "can": true, "did": true, "not": true}

func (m *tm) mDuration(i int) (tspec, bool) {
	sp := tspec{from: i, typ: "DURATION", kind: kFixed, conf: 0.8}
	mod, j := m.modAt(i)
	if mod == "START" || mod == "END" || mod == "MID" {
		mod, j = "", i
	}
	sp.mod = mod
	if m.w(j) == "the" || m.w(j) == "a" && (m.w(j+1) == "further" || m.w(j+1) == "full") {
		j++
	}
	lead := false
	switch m.w(j) {
	case "past", "last", "next", "coming", "previous", "first", "final", "following", "further", "full", "recent", "another", "entire":
		// "due to last 72 hours", "will last two days": the verb is no
		// part of the stretch
		if j == i && m.w(j) == "last" && i > 0 && lastVerbBefore[m.w(i-1)] {
			return sp, false
		}
		j++
		lead = true
	}
	// "half an hour", "a quarter of a century", "three-quarters of an
	// hour", "1.5 years": a share of one unit
	if n, f, k, ok := m.fractionOfUnit(j); ok {
		if nx := m.w(k + 1); nx == "ago" || nx == "earlier" || nx == "later" {
			return sp, false
		}
		sp.to, sp.value = k+1, fracDuration(n, f, m.w(k))
		return sp, true
	}
	// hyphenated: "three-day", "10-year", "16-hour", "half-hour"
	if a, b, ok := strings.Cut(m.w(j), "-"); ok && !strings.Contains(b, "-") {
		if code := unitCodes[b]; code != "" && code != "WE" && code != "NI" && !strings.HasSuffix(b, "s") {
			if a == "half" {
				sp.to, sp.value = j+1, fracDuration(0, fraction{1, 2}, b)
				return sp, true
			}
			n, ok1 := numberWords[a]
			if !ok1 {
				n, ok1 = atoi(a), isDigits(a)
			}
			if ok1 && n > 0 && a != "a" && a != "an" {
				sp.to, sp.value = j+1, durValue(n, b)
				// "the 14-day truce": the article is the noun's, as
				// TimeBank marks it ("a 16-hour", "the 30-day": the
				// adjective alone)
				if !lead && sp.mod == "" && j == i+1 && m.w(i) == "the" {
					sp.from = j
				}
				return sp, true
			}
		}
	}
	// "day-long", "decades-long": an adjective of duration
	if a, b, ok := strings.Cut(m.w(j), "-"); ok && b == "long" {
		if code := unitCodes[a]; code != "" && code != "WE" && code != "NI" {
			n := 1
			if strings.HasSuffix(a, "s") {
				n = -1
			}
			sp.to, sp.value = j+1, durValue(n, a)
			return sp, true
		}
	}
	n, k, ok := m.number(j)
	if ok && m.shareBefore(j) {
		return sp, false
	}
	if !ok && lead && m.w(j) == "couple" && m.w(j+1) == "of" {
		// "the next couple of years": "a couple of" without its article
		n, k, ok = 2, j+2, true
	}
	if ok && m.w(k) == "-" { // "three - day"
		k++
	}
	// "20 more years", "an additional year", "two extra days": the
	// count still measures the stretch
	if ok && (m.w(k) == "more" || m.w(k) == "additional" || m.w(k) == "extra") && unitCodes[m.w(k+1)] != "" {
		k++
	}
	var part fraction // of a unit after the count: "two and a half years"
	if ok && n >= 0 && m.andAHalf(k) {
		k += 3
		part = fraction{1, 2}
	} else if ok && n >= 0 && m.w(k) == "1/2" {
		k++ // "5 1/2 hours"
		part = fraction{1, 2}
	}
	u := m.w(k)
	if ok && unitCodes[u] != "" && u != "weekend" && u != "weekends" && u != "night" && u != "nights" {
		if nx := m.w(k + 1); (nx == "ago" || nx == "earlier" || nx == "later") && m.w(k+2) != "than" {
			return sp, false
		}
		// "a year" after a money amount is a rate, not a duration
		if (m.w(j) == "a" || m.w(j) == "an" || m.w(j) == "per") && (isDigitStart(m.w(j-1)) || m.w(j-1) == "times" || m.w(j-1) == "once" || m.w(j-1) == "twice") {
			return sp, false
		}
		// "a quarter of the market", "three quarters of the population"
		// are shares, not months ("a quarter of the year", "the first
		// two quarters of 1990" and "several quarters of losses" are time)
		if u == "quarter" && m.w(k+1) == "of" {
			n := k + 2
			if m.w(n) == "the" {
				n++
			}
			if unitCodes[m.w(n)] == "" {
				return sp, false
			}
		}
		if u == "quarters" && n == 3 && m.w(k+1) == "of" && shareOfWords[m.w(k+2)] && unitCodes[m.w(k+3)] == "" && yearNum(m.w(k+3)) == 0 {
			return sp, false
		}
		// "52 years old" is an age, which the news corpora leave untagged
		if m.w(k+1) == "old" || m.w(k+1) == "of" && m.w(k+2) == "age" {
			return sp, false
		}
		// "the 1988 quarter" is that year's quarter, not 1988 quarters
		if yearNum(m.w(j)) > 0 && !strings.HasSuffix(u, "s") {
			return sp, false
		}
		// "a second group" is an ordinal, not one second
		if n == 1 && (u == "second" || u == "minute") && (m.w(j) == "a" || m.w(j) == "an") && !lead && sp.mod == "" {
			if nx := m.w(k + 1); isLetterWord(nx) && nx != "or" && nx != "and" && nx != "later" && nx != "ago" && nx != "earlier" {
				return sp, false
			}
		}
		// a plain "a day"/"one year" is weaker evidence than "three days"
		if n == 1 && !lead && sp.mod == "" {
			sp.conf = 0.6
		}
		sp.to, sp.value = k+1, durValue(n, u)
		// "a minute and a half"
		if part.den == 0 && n >= 0 && m.andAHalf(k+1) {
			part, sp.to = fraction{1, 2}, k+4
		}
		if part.den != 0 {
			sp.value = fracDuration(n, part, u)
		}
		return sp, true
	}
	// "the past year and a half", "the last month and a half": a
	// stretch up to now, not last year's date
	if !ok && lead && unitCodes[u] != "" && !strings.HasSuffix(u, "s") && m.andAHalf(j+1) {
		sp.to, sp.value = j+4, fracDuration(1, fraction{1, 2}, u)
		return sp, true
	}
	// "the past week", "over the past decade": the stretch up to now.
	// ("the past year" is matched as last year's date, as TimeBank has it.)
	if !ok && m.w(j-1) == "past" && (u == "week" || u == "month" || u == "decade" || u == "century") && m.poss(j+1) == 0 {
		sp.to, sp.value = j+1, durValue(1, u)
		return sp, true
	}
	// bare plural units: "for years", "in recent months", "years"
	if !ok && strings.HasSuffix(u, "s") && unitCodes[u] != "" && u != "weekends" && u != "nights" && u != "seconds" {
		if lead || m.w(j-1) == "for" || m.w(j-1) == "recent" || m.w(j-1) == "within" {
			if m.w(j-1) == "recent" && !lead {
				sp.from = j - 1
			}
			sp.to, sp.value, sp.conf = j+1, durValue(-1, u), 0.6
			return sp, true
		}
	}
	if lead && m.w(j) == "" {
		return sp, false
	}
	return sp, false
}

// durValue writes a TIMEX3 duration: P3M, PT2H, PXY.
func durValue(n int, unit string) string {
	code := unitCodes[unit]
	num := "X"
	if n >= 0 {
		num = strconv.Itoa(n)
	}
	switch code {
	case "Q": // quarters are written in months (ISO 8601 has no Q duration)
		if n >= 0 {
			return "P" + strconv.Itoa(3*n) + "M"
		}
		return "PXM"
	case "DE":
		if n >= 0 {
			return "P" + strconv.Itoa(10*n) + "Y"
		}
		return "PXY" // "for decades": some number of years, as TimeBank writes it
	case "CE":
		if n >= 0 {
			return "P" + strconv.Itoa(100*n) + "Y"
		}
		return "PXC"
	}
	if isTimeUnit(unit) {
		return "PT" + num + code
	}
	return "P" + num + code
}

// andAHalf is true for "and a half" from token k.
func (m *tm) andAHalf(k int) bool {
	return m.w(k) == "and" && m.w(k+1) == "a" && m.w(k+2) == "half"
}

// shareBefore is true when the count at j is a share's unit: the "a"
// of "half a month" or "a quarter of a century".
func (m *tm) shareBefore(j int) bool {
	if m.w(j) != "a" && m.w(j) != "an" {
		return false
	}
	p := m.w(j - 1)
	return p == "half" || p == "of" && (m.w(j-2) == "quarter" || m.w(j-2) == "quarters" || m.w(j-2) == "three-quarters")
}

// shareOfWords open the whole a share is taken of: "three quarters of
// the population", "of those killed", "of them".
var shareOfWords = map[string]bool{"the": true, "those": true, "them": true, "these": true, "all": true, "its": true, "their": true, "our": true, "his": true, "her": true}

// fraction is num/den of a unit; den 0 is none.
type fraction struct{ num, den int }

// fractionOfUnit matches a share of one unit at j: "half a day", "half
// an hour", "a quarter of a century", "three quarters of an hour",
// "three-quarters of an hour", or a decimal count, "1.5 years". It
// returns the whole count, the share and the index of the unit.
func (m *tm) fractionOfUnit(j int) (int, fraction, int, bool) {
	isUnit := func(k int) bool {
		c := unitCodes[m.w(k)]
		return c != "" && c != "WE" && c != "NI"
	}
	article := func(k int) bool { return m.w(k) == "a" || m.w(k) == "an" }
	if m.w(j) == "half" && article(j+1) && isUnit(j+2) && !strings.HasSuffix(m.w(j+2), "s") {
		return 0, fraction{1, 2}, j + 2, true
	}
	var f fraction
	k := j
	switch {
	case article(j) && m.w(j+1) == "quarter":
		f, k = fraction{1, 4}, j+2
	case m.w(j) == "three" && (m.w(j+1) == "quarters" || m.w(j+1) == "-" && m.w(j+2) == "quarters"):
		f, k = fraction{3, 4}, j+2+boolInt(m.w(j+1) == "-")
	case m.w(j) == "three-quarters":
		f, k = fraction{3, 4}, j+1
	}
	if f.den != 0 {
		if m.w(k) == "of" && article(k+1) && isUnit(k+2) && !strings.HasSuffix(m.w(k+2), "s") {
			return 0, f, k + 2, true
		}
		return 0, fraction{}, j, false
	}
	// "1.5 years", "2.25 hours"
	if whole, dec, ok := strings.Cut(m.w(j), "."); ok && isDigits(whole) && isDigits(dec) && len(dec) <= 2 && isUnit(j+1) {
		den := 10
		if len(dec) == 2 {
			den = 100
		}
		if n := atoi(whole); n < 10000 {
			return n, fraction{atoi(dec), den}, j + 1, true
		}
	}
	return 0, fraction{}, j, false
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// fracDuration writes n and a share of a unit as a TIMEX3 duration.
// TimeBank writes "a minute and a half" as PT1M30S, so the share goes into
// the smaller units while they divide it exactly ("two and a half years"
// P2Y6M, "half an hour" PT30M, "2.5 weeks" P17DT12H, "a quarter of a
// century" P25Y); what no smaller unit divides ("half a month") stays a
// decimal of its unit, as ISO 8601 allows in the last component.
func fracDuration(n int, f fraction, unit string) string {
	if f.den == 0 || f.num == 0 {
		return durValue(n, unit)
	}
	// amounts are p/den units; decades, centuries and quarters are
	// counted in the unit durValue writes them in
	p, den := n*f.den+f.num, f.den
	code, timeUnit := unitCodes[unit], isTimeUnit(unit)
	switch code {
	case "CE":
		p, code = p*100, "Y"
	case "DE":
		p, code = p*10, "Y"
	case "Q":
		p, code = p*3, "M"
	case "W":
		if p%den != 0 {
			p, code = p*7, "D" // ISO 8601 does not mix weeks with days
		}
	}
	type step struct {
		code     string
		timeUnit bool
		factor   int
	}
	// the next smaller unit and how many of it make one of this
	next := map[step]step{
		{"Y", false, 0}: {"M", false, 12},
		{"D", false, 0}: {"H", true, 24},
		{"H", true, 0}:  {"M", true, 60},
		{"M", true, 0}:  {"S", true, 60},
	}
	var date, clock strings.Builder
	for {
		out := &date
		if timeUnit {
			out = &clock
		}
		whole, rest := p/den, p%den
		nx, ok := next[step{code, timeUnit, 0}]
		if rest != 0 && !ok {
			out.WriteString(strconv.FormatFloat(float64(p)/float64(den), 'f', -1, 64) + code)
			break
		}
		if whole > 0 {
			out.WriteString(strconv.Itoa(whole) + code)
		}
		if rest == 0 {
			break
		}
		p, code, timeUnit = rest*nx.factor, nx.code, nx.timeUnit
	}
	v := "P" + date.String()
	if clock.Len() > 0 {
		v += "T" + clock.String()
	}
	return v
}

// showNouns after a capitalised "Today" make it a title.
var showNouns = map[string]bool{"programme": true, "program": true, "show": true, "newspaper": true, "podcast": true}

// mDeictic matches today, yesterday, tomorrow, tonight and their parts of day.
func (m *tm) mDeictic(i int) (tspec, bool) {
	sp := tspec{from: i, typ: "DATE", kind: kRel, unit: "D", conf: 0.95}
	j := i
	if mod, j2 := m.modAt(i); mod == "START" || mod == "END" {
		sp.mod, j = mod, j2
	}
	switch m.w(j) {
	case "today":
		if m.inName(j, j+1) && isCap(m.raw(j-1)) {
			return sp, false // "USA Today", "VOA Today": a name
		}
		// "BBC Radio 4's Today programme", "the Today show": a title
		if j > m.lo && isCap(m.raw(j)) && (m.w(j-1) == "'s" || m.w(j-1) == "the" || showNouns[m.w(j+1)]) {
			return sp, false
		}
		sp.off = 0
	case "yesterday":
		sp.off = -1
	case "tomorrow":
		sp.off = 1
	case "tonight":
		sp.off, sp.suffix, sp.typ = 0, "TNI", "TIME"
	default:
		return sp, false
	}
	sp.to = j + 1
	if p := partOfDay[m.w(j+1)]; p != "" && sp.suffix == "" {
		sp.to, sp.suffix, sp.typ = j+2, "T"+p, "TIME"
	}
	return sp, true
}

// mSet matches frequencies: "daily", "every week", "each year".
func (m *tm) mSet(i int) (tspec, bool) {
	sp := tspec{from: i, typ: "SET", kind: kFixed, conf: 0.8}
	w := m.w(i)
	if v := setWords[w]; v != "" {
		// "rise 8.5% annually", "10,000 units annually": a rate, left
		// untagged by annotators
		if w == "annually" || w == "yearly" {
			for k := i - 1; k >= i-3 && k >= m.lo; k-- {
				if isDigitStart(m.w(k)) || m.w(k) == "%" || m.w(k) == "percent" {
					return sp, false
				}
			}
		}
		// "Daily Sabah", "the Daily Star": a title, not a frequency
		if isCap(m.raw(i)) && isCap(m.raw(i+1)) {
			return sp, false
		}
		// "daily" before a noun is an adjective that still names a frequency
		sp.to, sp.value = i+1, v
		return sp, true
	}
	if w == "every" || w == "each" || w == "per" {
		// "every other day" is every second one; "every other Thursday"
		// is the word after "other"
		u, end, other := m.w(i+1), i+2, false
		if u == "other" {
			u, end, other = m.w(i+2), i+3, true
		}
		// "every two weeks", "every few months": the count goes in the
		// value (P2W, PXM)
		if n, k, ok := m.number(i + 1); ok && n != 1 && w == "every" && unitCodes[m.w(k)] != "" && strings.HasSuffix(m.w(k), "s") {
			sp.to, sp.value = k+1, durValue(n, m.w(k))
			return sp, true
		}
		// ("every night" is a part of day, below: no "P1NI")
		if code := unitCodes[u]; code != "" && code != "NI" && !strings.HasSuffix(u, "s") {
			sp.to, sp.value = end, durValue(1, u)
			if other {
				sp.value = durValue(2, u)
			}
			if u == "weekend" {
				sp.value = "XXXX-WXX-WE"
			}
			return sp, true
		}
		if wd := weekdayNames[u]; wd > 0 {
			sp.to, sp.value = end, "XXXX-WXX-"+strconv.Itoa(wd)
			return sp, true
		}
		// "each July": that month of every year
		if mo := m.month(i + 1); mo > 0 && u != "other" {
			sp.to, sp.value = i+2, "XXXX-"+pad2(mo)
			return sp, true
		}
		// "every morning": that part of any day (TimeML's
		// XXXX-XX-XXTMO)
		if p := partOfDay[u]; p != "" && !other {
			sp.to, sp.value = i+2, "XXXX-XX-XXT"+p
			return sp, true
		}
		// "every summer": that season of every year
		if se := seasons[u]; se != "" && !other {
			sp.to, sp.value = i+2, "XXXX-"+se
			return sp, true
		}
	}
	return sp, false
}

// mRef matches now, recently, soon, the past, the future.
func (m *tm) mRef(i int) (tspec, bool) {
	sp := tspec{from: i, typ: "DATE", kind: kFixed, conf: 0.7}
	w := m.w(i)
	// "current" as an adjective ("its current position") is PRESENT_REF
	// in TimeML; "the current quarter/year" is a calendar date matched
	// elsewhere, "then current" looks back, and "the current system" is
	// mostly left untagged by annotators
	if w == "current" {
		nx := m.w(i + 1)
		if nx == "" || unitCodes[nx] != "" || nx == "fiscal" || nx == "period" || nx == "account" || nx == "accounts" || !isLetterWord(nx) || m.w(i-1) == "then" || m.w(i-1) == "the" {
			return sp, false
		}
		sp.to, sp.value = i+1, "PRESENT_REF"
		return sp, true
	}
	if w == "these" && m.w(i+1) == "days" {
		sp.to, sp.value = i+2, "PRESENT_REF" // "these days" is the present
		return sp, true
	}
	if v := refWords[w]; v != "" {
		// "now" inside "right now" or "just now" is still the present
		sp.to, sp.value = i+1, v
		return sp, true
	}
	if w == "the" || w == "in" {
		j := i
		if w == "in" {
			j++
			if m.w(j) != "the" {
				return sp, false
			}
		}
		switch m.w(j + 1) {
		case "future":
			if m.w(j+2) == "of" {
				return sp, false // "the future of our peoples" is a topic, not a time
			}
			sp.from, sp.to, sp.value = j, j+2, "FUTURE_REF"
			return sp, true
		case "near", "short":
			// "in the near future", "in the short term": TimeML FUTURE_REF
			if nx := m.w(j + 2); nx == "future" || nx == "term" {
				sp.from, sp.to, sp.value = j, j+3, "FUTURE_REF"
				return sp, true
			}
		case "past":
			if _, _, isNum := m.number(j + 2); isNum || unitCodes[m.w(j+2)] != "" {
				return sp, false
			}
			sp.from, sp.to, sp.value = j, j+2, "PAST_REF"
			return sp, true
		}
	}
	return sp, false
}

// mTime matches clock times: "10:30 a.m.", "3 p.m.", "14:00".
// clockPreps are the words before a bare hour that make it a clock time.
var clockPreps = map[string]bool{"at": true, "by": true, "until": true, "around": true, "before": true, "after": true, "from": true, "till": true}

func (m *tm) mTime(i int) (tspec, bool) {
	sp := tspec{from: i, typ: "TIME", kind: kRel, unit: "D", conf: 0.85}
	w := m.w(i)
	h, mi := -1, 0
	// "10am", "3.30pm", "9pm": the hour fused to its half of the day, as
	// British papers write it; "0700 GMT", a wire's hours and minutes
	if fh, fm, ok := fusedClock(w); ok {
		return m.clockTail(sp, i, i+1, fh, fm)
	}
	// (not "10:35 a.m. (0735 GMT)": the same moment restated, which
	// TimeBank leaves unmarked)
	// nor a page's stamp with its zone's offset ("1849 UTC+3")
	if len(w) == 4 && isDigits(w) && (m.w(i+1) == "gmt" || m.w(i+1) == "utc") && m.w(i-1) != "(" && m.w(i-1) != "[" && !strings.HasPrefix(m.raw(i+2), "+") {
		if fh, fm := atoi(w[:2]), atoi(w[2:]); fh <= 23 && fm <= 59 {
			return m.clockTail(sp, i, i+1, fh, fm)
		}
	}
	if a, b, ok := strings.Cut(w, ":"); ok && len(b) == 2 {
		h, mi = atoi(a), atoi(b)
		if a == "" || h > 24 || mi > 59 {
			return sp, false
		}
	} else if n := atoi(w); n >= 1 && n <= 12 {
		h = n
	} else if w == "noon" || w == "midnight" {
		// "noon Thursday": a clock time only with the day it falls on
		h = 12
		if w == "midnight" {
			h = 24
		}
		if d2, ok := m.clockDay(i+1, h, 0); ok {
			d2.from = i
			return d2, true
		}
		// "at midnight", "until noon": a clock time after a word that makes
		// it one, on the day the sentence names ("at midnight on Friday",
		// attachClockTimes) or else the publication's
		if clockPreps[m.w(i-1)] {
			sp.to, sp.suffix = i+1, "T"+pad2(h)+":00"
			if m.w(i+1) == "local" && m.w(i+2) == "time" {
				sp.to = i + 3 // "noon local time (0900 GMT)"
			}
			return sp, true
		}
		return sp, false
	} else {
		return sp, false
	}
	k := i + 1
	switch m.w(k) {
	case "a.m.", "am", "a.m":
		if h == 12 {
			h = 0
		}
		k++
	case "p.m.", "pm", "p.m":
		if h < 12 {
			h += 12
		}
		k++
	default:
		// "at 4 in the morning", "by 9 in the evening": the hour with its
		// part of day, after a word that makes the number a time
		if p := partOfDay[m.w(k+2)]; p != "" && p != "NI" && m.w(k) == "in" && m.w(k+1) == "the" && clockPreps[m.w(i-1)] && !strings.Contains(w, ":") {
			if p != "MO" && h < 12 {
				h += 12
			}
			if p == "MO" && h == 12 {
				h = 0
			}
			k += 3
			break
		}
		if !strings.Contains(w, ":") {
			return sp, false
		}
		// bare 10:30 needs a clock word nearby to be a time, not a score
		nx := m.w(k)
		if nx != "gmt" && nx != "utc" && nx != "local" && nx != "hours" && m.w(i-1) != "at" && m.w(i-1) != "by" && m.w(i-1) != "until" {
			return sp, false
		}
	}
	return m.clockTail(sp, i, k, h, mi)
}

// clockTail ends a clock time h:mi that opens at token i and goes on at
// token k: its zone ("GMT", "local time") and the day after it.
func (m *tm) clockTail(sp tspec, i, k, h, mi int) (tspec, bool) {
	switch m.w(k) {
	case "gmt", "utc", "est", "edt", "et", "pst":
		k++
	case "local":
		if m.w(k+1) == "time" {
			k += 2
		}
	}
	// "10 p.m. Wednesday", "5 p.m. EST, Nov. 9": the time on that day
	if d2, ok := m.clockDay(k, h, mi); ok {
		d2.from = i
		return d2, true
	}
	sp.to = k
	sp.suffix = "T" + pad2(h) + ":" + pad2(mi)
	return sp, true
}

// fusedClock reads "10am", "9pm", "3.30pm", "10:30am" as a 24-hour clock.
func fusedClock(w string) (h, mi int, ok bool) {
	var pm bool
	switch {
	case strings.HasSuffix(w, "am"):
		w = w[:len(w)-2]
	case strings.HasSuffix(w, "pm"):
		w, pm = w[:len(w)-2], true
	default:
		return 0, 0, false
	}
	hs, ms, minutes := strings.Cut(w, ".")
	if !minutes {
		hs, ms, minutes = strings.Cut(w, ":")
	}
	if hs == "" || len(hs) > 2 || !isDigits(hs) || minutes && (len(ms) != 2 || !isDigits(ms)) {
		return 0, 0, false
	}
	h = atoi(hs)
	if minutes {
		mi = atoi(ms)
	}
	if h < 1 || h > 12 || mi > 59 {
		return 0, 0, false
	}
	if pm && h < 12 {
		h += 12
	}
	if !pm && h == 12 {
		h = 0
	}
	return h, mi, true
}

// clockDay matches the day right after a clock time (an optional comma
// between) and returns it as a TIME with the clock time in its value.
func (m *tm) clockDay(k, h, mi int) (tspec, bool) {
	return m.dayWithSuffix(k, "T"+pad2(h)+":"+pad2(mi))
}

// dayWithSuffix matches the day right after a time of day and returns it
// as a TIME whose value carries suffix ("T22:00", "TAF").
func (m *tm) dayWithSuffix(k int, suffix string) (tspec, bool) {
	if m.w(k) == "," {
		k++
	}
	d2, ok := m.mDate(k)
	if !ok || !(d2.kind == kWeekday || d2.kind == kDate && d2.d > 0 && d2.movable == "" || d2.kind == kFixed && len(d2.value) == 10) {
		d2, ok = m.mDeictic(k)
		if !ok || d2.suffix != "" || d2.from != k {
			return d2, false
		}
	}
	if d2.mod != "" || d2.from != k {
		return d2, false
	}
	d2.typ, d2.suffix = "TIME", suffix
	if d2.kind == kFixed {
		d2.value += d2.suffix
	}
	return d2, true
}

// mTheYear matches "the year", "the full year", "the current fiscal
// year" and "the past year". In news these name the publication's year
// ("sales for the full year"), and "the past year" the year before it;
// "the year ended March 31" is a reporting period, a duration of one year.
func (m *tm) mTheYear(i int) (tspec, bool) {
	sp := tspec{from: i, typ: "DATE", kind: kRel, unit: "Y", conf: 0.6}
	j := i
	if mod, j2 := m.modAt(i); mod == "START" || mod == "END" || mod == "MID" {
		sp.mod, j = mod, j2
	}
	if m.w(j) != "the" {
		return sp, false
	}
	j++
	past := false
	switch m.w(j) {
	case "full", "entire", "whole":
		j++
	case "current":
		j++
	case "past", "latest":
		past = true
		j++
	}
	if m.w(j) == "fiscal" {
		j++
	}
	// "the end of the month", "the start of the week": the month or week
	// the story is in. A bare "the month" is mostly "the month of
	// Ramadan" or a stretch of time, so it needs the modifier.
	if (m.w(j) == "month" || m.w(j) == "week") && sp.mod != "" && !past && m.w(j+1) != "of" && m.poss(j+1) == 0 {
		sp.unit, sp.to = calendarUnits[m.w(j)], j+1
		return sp, true
	}
	if m.w(j) != "year" {
		return sp, false
	}
	switch m.w(j + 1) {
	case "'s", "'", "before", "after", "earlier", "ago", "later", "-", "of", "in":
		return sp, false
	case "ended", "ending", "to":
		if sp.mod != "" || past {
			return sp, false
		}
		sp.typ, sp.kind, sp.value, sp.to = "DURATION", kFixed, "P1Y", j+1
		return sp, true
	}
	if past {
		sp.off = -1
	}
	sp.to = j + 1
	return sp, true
}

// mDayPart matches times of day that name no clock hour: "midday",
// "mid-afternoon yesterday", "overnight". TimeML writes them as the day
// with a part-of-day suffix (T12:00, TAF, TNI).
func (m *tm) mDayPart(i int) (tspec, bool) {
	sp := tspec{from: i, typ: "TIME", kind: kRel, unit: "D", conf: 0.7}
	w, k := m.w(i), i+1
	suffix := ""
	switch w {
	case "midday":
		suffix = "T12:00"
	case "mid-afternoon", "midafternoon":
		suffix = "TAF"
	case "mid-morning", "midmorning":
		suffix = "TMO"
	case "mid":
		if p := partOfDay[m.w(i+1)]; p == "AF" || p == "MO" || p == "EV" {
			suffix, k = "T"+p, i+2
		}
	case "overnight":
		// the night before the story's day
		suffix, sp.off = "TNI", -1
	}
	if suffix == "" {
		return sp, false
	}
	if d2, ok := m.dayWithSuffix(k, suffix); ok {
		d2.from = i
		return d2, true
	}
	// "overnight" only as the adverb closing a clause ("prices fell
	// overnight"), not the adjective of "overnight rates"
	if w == "overnight" && (!isLetterWord(m.w(i-1)) || m.w(i-1) == "the" || isLetterWord(m.w(i+1))) {
		return sp, false
	}
	sp.to, sp.suffix = k, suffix
	return sp, true
}

// mAnchor matches "the day after", "the next day", "a week later": dates
// counted from the last date the text mentioned.
func (m *tm) mAnchor(i int) (tspec, bool) {
	sp := tspec{from: i, typ: "DATE", kind: kAnchor, conf: 0.6}
	w0, w1, w2 := m.w(i), m.w(i+1), m.w(i+2)
	// "later that year", "earlier that day", "that year": the date the
	// story is at; a bare "that day" is too often a phrase ("that day's
	// trading"), so it needs the "earlier"/"later"
	j := i
	if w0 == "earlier" || w0 == "later" {
		j++
	}
	// "that same day" is as sure as "the same day"
	if w0 == "that" && w1 == "same" && w2 == "day" && m.poss(i+3) == 0 {
		sp.unit, sp.to = "D", i+3
		return sp, true
	}
	if m.w(j) == "that" && (m.w(j+1) == "year" || m.w(j+1) == "day" && j > i) && m.poss(j+2) == 0 {
		sp.unit, sp.to = "D", j+2
		if m.w(j+1) == "year" {
			sp.unit = "Y"
		}
		return sp, true
	}
	// "That evening, Turkish artillery shelled …", "later that night":
	// a part of the day the story is at (not "that morning's session")
	if p := partOfDay[m.w(j+1)]; m.w(j) == "that" && p != "" && m.w(j+1) != "overnight" && m.poss(j+2) == 0 &&
		(j > i || !isLetterWord(m.w(i-1)) || m.w(i-1) == "on" || m.w(i-1) == "by" || m.w(i-1) == "until" || m.w(i-1) == "during") {
		sp.typ, sp.unit, sp.suffix, sp.to = "TIME", "D", "T"+p, j+2
		return sp, true
	}
	if w0 != "the" {
		return sp, false
	}
	// "the previous Friday", "the following Wednesday": that weekday
	// before or after the day the story is at, not the publication day
	if wd := weekdayNames[w2]; wd > 0 && (w1 == "previous" || w1 == "preceding" || w1 == "following") {
		sp.unit, sp.wd, sp.off, sp.to = "WD", wd, 1, i+3
		if w1 != "following" {
			sp.off = -1
		}
		if p := partOfDay[m.w(i+3)]; p != "" {
			sp.to = i + 4
			sp.suffix, sp.typ = weekdayPart(p)
		}
		return sp, true
	}
	unit := calendarUnits[w1]
	if unit == "" && w1 == "day" {
		unit = "D"
	}
	if unit != "" && unit != "WE" {
		off := 0
		switch w2 {
		case "after":
			off = 1
		case "before":
			off = -1
		}
		if off != 0 {
			// "the day before last Tuesday's hearing", "the day after
			// March 3": a day from the date named, in one expression
			if inner, ok := m.matchAt(i + 3); ok && unit == "D" && dayPrecise(inner) {
				inner.from, inner.dayShift = i, off
				return inner, true
			}
			sp.unit, sp.off, sp.to = unit, off, i+3
			return sp, true
		}
	}
	// "the next morning", "the following evening": the day after the one
	// the story is at, with the part of day written as for weekdays
	if p := partOfDay[w2]; p != "" && w2 != "overnight" && (w1 == "next" || w1 == "following") {
		sp.unit, sp.off, sp.to = "D", 1, i+3
		sp.suffix, sp.typ = weekdayPart(p)
		return sp, true
	}
	if (w1 == "next" || w1 == "following" || w1 == "previous") && (w2 == "day" || calendarUnits[w2] != "") {
		u := calendarUnits[w2]
		if w2 == "day" {
			u = "D"
		}
		if u == "WE" || u == "" {
			return sp, false
		}
		sp.unit, sp.off, sp.to = u, 1, i+3
		if w1 == "previous" {
			sp.off = -1
		}
		return sp, true
	}
	// "in the morning", "during the evening": that part of the day the
	// story is at ("in the morning of May 3" is the date's)
	if p := partOfDay[w1]; p != "" && w1 != "overnight" && w2 != "of" && m.poss(i+2) == 0 && (m.w(i-1) == "in" || m.w(i-1) == "during" || m.w(i-1) == "throughout") && !m.clockBefore(i-1) {
		sp.typ, sp.unit, sp.off, sp.suffix, sp.to = "TIME", "D", 0, "T"+p, i+2
		return sp, true
	}
	// "later in the day", "throughout the day": the day the story is at
	if w1 == "day" && m.poss(i+2) == 0 && w2 != "of" && w2 != "when" && (m.w(i-1) == "in" && (m.w(i-2) == "later" || m.w(i-2) == "earlier") || m.w(i-1) == "throughout") {
		sp.unit, sp.off, sp.to = "D", 0, i+2
		return sp, true
	}
	if w1 == "same" && w2 == "day" {
		sp.unit, sp.off, sp.to = "D", 0, i+3
		return sp, true
	}
	// "earlier in the week", "later in the month": the week or month of
	// the publication (a year-ago figure before it is no anchor: "delayed
	// earlier in the year" after "than a year ago" is this year)
	if (w1 == "week" || w1 == "month" || w1 == "year") && m.poss(i+2) == 0 && w2 != "of" && w2 != "when" && w2 != "before" && w2 != "after" &&
		m.w(i-1) == "in" && (m.w(i-2) == "later" || m.w(i-2) == "earlier") {
		sp.kind, sp.unit, sp.off, sp.to = kRel, calendarUnits[w1], 0, i+2
		return sp, sp.unit != ""
	}
	return sp, false
}

// clockBefore is true when the word before token k is a bare hour, as in
// "4 in the morning", which mTime reads whole.
func (m *tm) clockBefore(k int) bool {
	n := atoi(m.w(k - 1))
	return n >= 1 && n <= 12
}

// dayPrecise is true for a pattern that names one day: "March 3", "last
// Tuesday", "yesterday".
func dayPrecise(sp tspec) bool {
	switch sp.kind {
	case kDate:
		return sp.d > 0
	case kWeekday:
		return true
	case kRel, kAnchor:
		return sp.unit == "D"
	case kFixed:
		return len(sp.value) == 10
	}
	return false
}

// inName is true when every word of tokens [from, to) is capitalised in
// the middle of a sentence after a capitalised word or an opening quote,
// as in a title or a name ("ABC's \"This Week\"", "USA Today"), where the
// words are no time expression.
func (m *tm) inName(from, to int) bool {
	if from <= m.lo {
		return false
	}
	for k := from; k < to; k++ {
		if !isCap(m.raw(k)) {
			return false
		}
	}
	prev := m.raw(from - 1)
	if prev == "``" || prev == "\"" || prev == "“" {
		return from-1 > m.lo // a quoted title, not a quote opening the sentence
	}
	return isCap(prev)
}

// poss returns how many tokens a possessive "'s" at i takes (the
// tokenizer keeps "'s" whole), 0 when there is none.
func (m *tm) poss(i int) int {
	if m.w(i) == "'s" {
		return 1
	}
	return 0
}

// isLetterWord is true for a token that starts with a letter.
// possessed is true when token k is a lower-case word that can be the
// thing a possessive owns ("Tuesdays massacre", "last weeks strikes"), not
// a function word that would make the plural a plain plural.
func (m *tm) possessed(k int) bool {
	w := m.raw(k)
	return w != "" && w[0] >= 'a' && w[0] <= 'z' && !notPossessed[w]
}

// notPossessed are the words after which a plural is just a plural.
var notPossessed = map[string]bool{
	"and": true, "or": true, "to": true, "in": true, "at": true, "on": true, "of": true, "for": true,
	"from": true, "with": true, "by": true, "the": true, "a": true, "an": true, "is": true, "are": true,
	"was": true, "were": true, "when": true, "while": true, "after": true, "before": true, "until": true,
	"ago": true, "later": true, "earlier": true, "that": true, "as": true, "than": true, "have": true,
	"had": true, "has": true, "will": true, "would": true, "since": true, "into": true, "through": true,
}

func isLetterWord(s string) bool {
	return s != "" && (s[0] >= 'a' && s[0] <= 'z' || s[0] >= 'A' && s[0] <= 'Z')
}

func pad2(n int) string {
	if n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}

// yearOffsets count a year named by its distance from the publication's:
// "next year", "the year".
var yearOffsets = map[string]int{"this": 0, "the": 0, "next": 1, "last": -1}

// mHalf matches a half of a named year: "the first half of 2017" is
// 2017-H1, "the last half of 1989" 1989-H2, "the second half of next
// year" the year after the publication's, H2.
func (m *tm) mHalf(i int) (tspec, bool) {
	sp := tspec{from: i, typ: "DATE", kind: kFixed, conf: 0.85}
	j := i
	if m.w(j) == "the" {
		j++
	}
	h := ""
	switch m.w(j) {
	case "first", "early":
		h = "H1"
	case "second", "last", "latter", "final":
		h = "H2"
	}
	if h == "" || m.w(j+1) != "half" || m.w(j+2) != "of" {
		return sp, false
	}
	// "the second half of next year", "the first half of the year": the
	// year counted from the publication
	if off, ok := yearOffsets[m.w(j+3)]; ok && m.w(j+4) == "year" {
		sp.to, sp.kind, sp.unit, sp.off, sp.suffix = j+5, kRel, "Y", off, "-"+h
		return sp, true
	}
	y := yearNum(m.w(j + 3))
	if y == 0 {
		return sp, false
	}
	sp.to, sp.value = j+4, strconv.Itoa(y)+"-"+h
	return sp, true
}

// mQuarter matches fiscal quarters: "the third quarter", "third-quarter",
// "the fiscal first quarter", "the latest quarter", "the year-earlier
// quarter".
func (m *tm) mQuarter(i int) (sp tspec, ok bool) {
	sp = tspec{from: i, typ: "DATE", kind: kRel, unit: "Q", conf: 0.8}
	j := i
	yoff, hasYoff := 0, false
	// "this year's third quarter", "next year's first quarter"
	if off, ok := relWords[m.w(j)]; ok && m.w(j+1) == "year" && m.poss(j+2) > 0 {
		yoff, hasYoff = off, true
		j += 2 + m.poss(j+2)
	} else if m.w(j) == "the" || m.w(j) == "this" || m.w(j) == "last" || m.w(j) == "next" {
		j++
	}
	if m.w(j) == "comparable" || m.w(j) == "corresponding" {
		j++
	}
	if m.w(j) == "year-ago" || m.w(j) == "year-earlier" {
		if q := ordinalWords[m.w(j+1)]; q > 0 || strings.HasSuffix(m.w(j+1), "-quarter") {
			yoff, hasYoff = -1, true
			j++
		}
	}
	year := 0
	if y := yearNum(m.w(j)); y > 0 {
		year = y
		j++
		// "the 1988 quarter", "the 1989 period": that year's reported quarter
		if m.w(j) == "quarter" || m.w(j) == "period" {
			sp.to, sp.qyear, sp.qprev = j+1, y, true
			sp.qnum = 1
			return sp, true
		}
	}
	defer func() {
		// "the third quarter of 1984"
		if sp.qnum > 0 && m.w(sp.to) == "of" && yearNum(m.w(sp.to+1)) > 0 {
			sp.qyear = yearNum(m.w(sp.to + 1))
			sp.to += 2
		}
		if hasYoff && sp.qnum > 0 {
			sp.qyoff, sp.qyoffSet = yoff, true
		}
	}()
	if m.w(j) == "fiscal" {
		j++
	}
	w := m.w(j)
	if a, b, ok := strings.Cut(w, "-"); ok && b == "quarter" {
		if q := ordinalWords[a]; q > 0 {
			sp.to, sp.qnum, sp.qyear = j+1, q, year
			// "the third-quarter results": an adjective, whose article
			// is the noun's (as TimeBank marks it)
			if m.w(i) == "the" && !hasYoff && year == 0 {
				sp.from = i + 1
			}
			return sp, true
		}
		if a == "year" || a == "year-earlier" || a == "year-ago" {
			return sp, false
		}
	}
	// "the fiscal-first quarter"
	w = strings.TrimPrefix(w, "fiscal-")
	if q := ordinalWords[w]; q > 0 && m.w(j+1) == "quarter" {
		sp.to, sp.qnum, sp.qyear = j+2, q, year
		return sp, true
	}
	switch w {
	case "latest", "most", "current", "past", "year-earlier", "year-ago", "comparable":
		k := j + 1
		if w == "most" && m.w(k) == "recent" {
			k++
		}
		if m.w(k) == "quarter" || m.w(k) == "period" && (w == "latest" || w == "year-earlier" || w == "year-ago") {
			sp.to = k + 1
			sp.off = -1 // the quarter last reported on
			if w == "year-earlier" || w == "year-ago" {
				sp.off = -5
			}
			if w == "current" {
				sp.off = 0
			}
			return sp, true
		}
	case "quarter":
		if hasYoff {
			// "last year's quarter": the quarter last reported on, that many years back
			sp.to, sp.off = j+1, -1+4*yoff
			return sp, true
		}
		if m.w(i) == "the" || m.w(i) == "this" || m.w(i) == "last" || m.w(i) == "next" {
			sp.to = j + 1
			sp.off = map[string]int{"the": -1, "this": 0, "last": -1, "next": 1}[m.w(i)]
			return sp, true
		}
	}
	return sp, false
}

// holidays with a fixed date; Thanksgiving is computed.
var holidays = map[string][2]int{
	"christmas": {12, 25}, "christmas day": {12, 25}, "christmas eve": {12, 24},
	"new year's day": {1, 1}, "new year's eve": {12, 31}, "independence day": {7, 4},
	"valentine's day": {2, 14}, "halloween": {10, 31}, "boxing day": {12, 26},
	"veterans day": {11, 11}, "veterans' day": {11, 11}, "armistice day": {11, 11}, "remembrance day": {11, 11},
	"bastille day": {7, 14}, "may day": {5, 1}, "st. patrick's day": {3, 17}, "saint patrick's day": {3, 17},
	"juneteenth": {6, 19}, "canada day": {7, 1}, "australia day": {1, 26}, "anzac day": {4, 25},
}

var holidayStarts = map[string]bool{"christmas": true, "new": true, "independence": true, "valentine's": true,
	"valentine": true, "halloween": true, "boxing": true, "thanksgiving": true, "easter": true, "good": true, "eid": true,
	"veterans": true, "armistice": true, "remembrance": true, "bastille": true, "may": true, "st.": true, "saint": true,
	"juneteenth": true, "canada": true, "australia": true, "anzac": true, "memorial": true, "labor": true,
	"martin": true, "mlk": true, "presidents": true, "president's": true, "mother's": true, "father's": true,
	"mother": true, "father": true, "columbus": true, "palm": true, "orthodox": true}

// movableHolidays are the holidays whose day moves with the year, by their
// words without spaces or hyphens; movableDay computes them.
var movableHolidays = map[string]string{
	"thanksgiving": "thanksgiving", "thanksgivingday": "thanksgiving",
	"easter": "easter", "eastersunday": "easter", "easterweek": "easterweek", "eastermonday": "eastermonday", "goodfriday": "goodfriday",
	"palmsunday": "palmsunday", "orthodoxeaster": "orthodoxeaster",
	"eidalfitr": "fitr", "eidulfitr": "fitr", "eidelfitr": "fitr",
	"eidaladha": "adha", "eiduladha": "adha", "eideladha": "adha",
	// the American holidays set on a weekday of a month
	"memorialday": "nth:-1:1:5", "laborday": "nth:1:1:9", "columbusday": "nth:2:1:10",
	"martinlutherkingday": "nth:3:1:1", "martinlutherkingjr.day": "nth:3:1:1", "mlkday": "nth:3:1:1",
	"presidentsday": "nth:3:1:2", "presidents'day": "nth:3:1:2", "president'sday": "nth:3:1:2",
	"mother'sday": "nth:2:7:5", "father'sday": "nth:3:7:6",
}

// holidayKey writes a holiday's words as movableHolidays keys them (built
// once: a Replacer is costly to build, and "May" opens many phrases).
var holidayKey = strings.NewReplacer(" ", "", "-", "")

// mNthWeekday matches a weekday counted within a month: "the last Sunday
// of March", "the first Monday in May 2019". Read apart, "last Sunday"
// would be the Sunday before the publication.
func (m *tm) mNthWeekday(i int) (tspec, bool) {
	sp := tspec{from: i, typ: "DATE", kind: kDate, conf: 0.8, rel: 2}
	n := ordinalWords[m.w(i)]
	if m.w(i) == "last" {
		n = -1
	}
	wd := weekdayNames[m.w(i+1)]
	if n == 0 || wd == 0 || m.w(i+2) != "of" && m.w(i+2) != "in" {
		return sp, false
	}
	mo := m.month(i + 3)
	if mo == 0 {
		return sp, false
	}
	sp.m, sp.to = mo, i+4
	if y, k := m.yearAt(i + 4); y > 0 {
		sp.y, sp.to = y, k
	}
	sp.movable = "nth:" + strconv.Itoa(n) + ":" + strconv.Itoa(wd) + ":" + strconv.Itoa(mo)
	return sp, true
}

// mHoliday matches named days: "Christmas", "New Year's Day", "Thanksgiving",
// "Easter", "Eid al-Adha".
func (m *tm) mHoliday(i int) (tspec, bool) {
	sp := tspec{from: i, typ: "DATE", kind: kDate, conf: 0.8, rel: 2}
	if !isCap(m.raw(i)) || !holidayStarts[m.w(i)] {
		return sp, false
	}
	// (no further than the sentence: words past its end read as "", and
	// "Good Friday" ending a headline took three words of the next line)
	for n := min(5, m.hi-i); n >= 1; n-- {
		var parts []string
		for k := i; k < i+n; k++ {
			parts = append(parts, m.w(k))
		}
		name := strings.Join(parts, " ")
		name = strings.ReplaceAll(strings.ReplaceAll(strings.ReplaceAll(name, " ' s", "'s"), " 's", "'s"), "s '", "s'")
		// "May Day" is a holiday only with both capitals ("in May day
		// labourers …")
		if parts[0] == "may" && (n < 2 || !isCap(m.raw(i+1))) {
			continue
		}
		if md, ok := holidays[name]; ok {
			sp.to, sp.m, sp.d = i+n, md[0], md[1]
			return sp, true
		}
		if key, ok := movableHolidays[holidayKey.Replace(name)]; ok {
			// "Easter" alone also opens "Easter Island", "Easter Rising":
			// a capitalised word after it makes another name
			if n == 1 && isCap(m.raw(i+1)) {
				return sp, false
			}
			sp.to, sp.movable = i+n, key
			return sp, true
		}
	}
	return sp, false
}
