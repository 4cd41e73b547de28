package extract

import (
	"strconv"
	"strings"
	"time"
	"unicode"
)

// tkind says how a time expression gets its value.
type tkind int

const (
	kFixed   tkind = iota // value known from the words alone (1998-08-07, P3M, PRESENT_REF)
	kDate                 // month and maybe day without a year: the year comes from the anchor and tense
	kWeekday              // a weekday name: the last or next one, by tense
	kRel                  // an offset from the publication date in some unit ("last month")
	kAnchor               // an offset from the date last mentioned ("the day after")
)

// tspec is a time expression found but not yet resolved.
type tspec struct {
	from, to int // token range
	typ      string
	kind     tkind
	value    string
	y, m, d  int    // kDate parts; y == 0 when the text gives no year
	wd       int    // kWeekday: 1..7
	rel      int    // kWeekday/kDate with last/next/this: -1, +1, 0; 2 = none given
	unit     string // kRel/kAnchor: D, W, M, Y, Q, WE, or a season code
	off      int
	suffix   string // part of day, e.g. TNI
	mod      string
	conf     float64

	qnum, qyear    int  // quarters: "the third quarter" (qyear 0: by anchor)
	qprev          bool // "the 1988 quarter": the quarter last reported on, in qyear
	qyoff          int  // "this year's third quarter": year offset
	qyoffSet       bool
	weekendByTense bool   // "the weekend": last or next by tense
	seasonByTense  bool   // "the summer": the latest or the coming one by tense
	movable        string // a holiday whose day moves with the year: its key in movableDay
	yrel           int    // "June last year": year offset from the anchor
	yrelSet        bool
	thatYear       bool // "April of that year": the month in the year the story last named
	yearAgo        bool // "a year ago", "a year earlier", "year-earlier": the same period a year back
	dayShift       int  // "the day before last Tuesday": days to add to the day resolved
}

// tm walks the tokens of one sentence.
type tm struct {
	d      *document
	lo, hi int // sentence token range
}

func (m *tm) w(i int) string {
	if i < m.lo || i >= m.hi {
		return ""
	}
	return m.d.toks[i].Lower
}

func (m *tm) raw(i int) string {
	if i < m.lo || i >= m.hi {
		return ""
	}
	return m.d.toks[i].Text
}

// month returns the month named by token i; "May" and "March" only when
// capitalised, since "may" and "march" are mostly other words.
func (m *tm) month(i int) int {
	mo := monthNames[m.w(i)]
	if mo == 0 {
		return 0
	}
	lw := m.w(i)
	if lw == "may" || lw == "march" || lw == "mar." || lw == "mar" || lw == "dec" || lw == "jan" || lw == "jun" || lw == "jul" || lw == "sept" || lw == "sep" || lw == "aug" || lw == "oct" || lw == "nov" {
		r := m.raw(i)
		if r == "" || !unicode.IsUpper(rune(r[0])) {
			return 0
		}
		// "May" at the start of a sentence is the verb unless a number follows
		if lw == "may" && i == m.lo && dayNum(m.w(i+1)) == 0 {
			return 0
		}
	}
	return mo
}

// dayNum parses "21", "21st", "3rd" as a day of month.
func dayNum(s string) int {
	s = strings.TrimRight(s, ",")
	for _, suf := range []string{"st", "nd", "rd", "th"} {
		s = strings.TrimSuffix(s, suf)
	}
	if len(s) == 0 || len(s) > 2 || !isDigits(s) {
		return 0
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 1 || n > 31 {
		return 0
	}
	return n
}

// dayOrRangeStart parses a day of month, or a range of days written as
// one word ("15-24" in "May 15-24", "14-15" in "the night of 14-15
// April") as its first day: TIMEX3 has no value for a range, and the
// timeline places what happened over it at its start.
func dayOrRangeStart(s string) int {
	if d := dayNum(s); d > 0 {
		return d
	}
	for _, dash := range []string{"-", "–"} {
		if a, b, ok := strings.Cut(s, dash); ok {
			if d1, d2 := dayNum(a), dayNum(b); d1 > 0 && d2 > d1 {
				return d1
			}
		}
	}
	return 0
}

// yearNum parses a four-digit year (or "'98" style two digits).
func yearNum(s string) int {
	if len(s) != 4 || !isDigits(s) {
		return 0
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 1800 || n > 2100 {
		return 0
	}
	return n
}

// number parses a count at token i: digits, number words, "a few".
// It returns the value (-1 for vague: X), and the index after it.
func (m *tm) number(i int) (int, int, bool) {
	w := m.w(i)
	if w == "" {
		return 0, i, false
	}
	if (w == "a" || w == "the") && vagueNumbers[m.w(i+1)] {
		return -1, i + 2, true
	}
	if vagueNumbers[w] {
		return -1, i + 1, true
	}
	// "twenty four hours": a tens word and a unit word written apart
	if n, ok := numberWords[w]; ok && n >= 20 && n < 100 && n%10 == 0 {
		if u, ok := numberWords[m.w(i+1)]; ok && u >= 1 && u <= 9 && m.w(i+1) != "a" && m.w(i+1) != "an" {
			return n + u, i + 2, true
		}
	}
	if n, ok := numberWords[w]; ok && w != "half" && w != "hundred" {
		if w == "a" && m.w(i+1) == "couple" && m.w(i+2) == "of" {
			return 2, i + 3, true
		}
		if w == "couple" {
			return 0, i, false
		}
		return n, i + 1, true
	}
	if n, ok := compoundNumber(w); ok {
		return n, i + 1, true
	}
	if isDigitStart(w) {
		if n, err := strconv.Atoi(strings.ReplaceAll(w, ",", "")); err == nil && n >= 0 && n < 10000 {
			return n, i + 1, true
		}
	}
	return 0, i, false
}

// spelledYear reads a year written out as broadcast transcripts do:
// "nineteen ninety-six", "nineteen eighty four", "two thousand". It
// returns the year and the index after it, or 0.
func (m *tm) spelledYear(i int) (int, int) {
	w := m.w(i)
	if w == "two" && m.w(i+1) == "thousand" {
		k := i + 2
		if m.w(k) == "and" {
			k++
		}
		if n, ok := numberWords[m.w(k)]; ok && n >= 1 && n < 20 && m.w(k) != "a" && m.w(k) != "an" {
			return 2000 + n, k + 1
		}
		return 2000, i + 2
	}
	if w != "nineteen" && w != "eighteen" {
		return 0, i
	}
	century := 1900
	if w == "eighteen" {
		century = 1800
	}
	nx := m.w(i + 1)
	if n, ok := compoundNumber(nx); ok {
		return century + n, i + 2
	}
	if n, ok := numberWords[nx]; ok && n >= 10 && n < 100 && nx != "dozen" {
		if n%10 == 0 && n >= 20 {
			if u, ok := numberWords[m.w(i+2)]; ok && u >= 1 && u <= 9 && m.w(i+2) != "a" && m.w(i+2) != "an" {
				return century + n + u, i + 3
			}
		}
		return century + n, i + 2
	}
	return 0, i
}

// clockZone is true for a time zone or "hrs" after a four-digit clock time.
func clockZone(w string) bool {
	for _, z := range []string{"utc", "gmt", "hrs", "hours", "local"} {
		if w == z || strings.HasPrefix(w, z+"+") || strings.HasPrefix(w, z+"-") {
			return true
		}
	}
	return false
}

// yearAt reads a year in digits or words at token i.
func (m *tm) yearAt(i int) (int, int) {
	if y := yearNum(m.w(i)); y > 0 {
		return y, i + 1
	}
	return m.spelledYear(i)
}

// compoundNumber reads "twenty-five".
func compoundNumber(w string) (int, bool) {
	a, b, ok := strings.Cut(w, "-")
	if !ok {
		return 0, false
	}
	x, ok1 := numberWords[a]
	y, ok2 := numberWords[b]
	if ok1 && ok2 && x >= 20 && y < 10 && y > 0 {
		return x + y, true
	}
	return 0, false
}

// findTimexes tags and resolves every time expression of the document.
func (x *Extractor) findTimexes(d *document, pub time.Time) []Timex {
	var specs []tspec
	for _, s := range d.sents {
		m := &tm{d: d, lo: s.From, hi: s.To}
		for i := s.From; i < s.To; {
			if !mayStartTimex(d.toks[i].Lower) {
				i++
				continue
			}
			sp, ok := m.matchAt(i)
			if !ok {
				i++
				continue
			}
			if before, ok := m.dayBefore(sp, specs); ok {
				specs = append(specs, before)
			}
			specs = append(specs, sp)
			i = sp.to
			if after, ok := m.dayAfter(sp); ok {
				if sp.y == 0 && after.y > 0 {
					specs[len(specs)-1].y = after.y // "March 3 and 4, 2016"
				}
				specs = append(specs, after)
				i = after.to
			}
		}
	}
	return resolveAll(d, specs, pub)
}

// dayJoins join the days of a list or range: "April 24 and 25", "12 and 13
// May", "March 3 to 10" (events use them for ranges of months too).
var dayJoins = map[string]bool{"and": true, "or": true, "to": true, "through": true, "-": true, "–": true, "&": true}

// dayAfter finds the bare day number that follows date sp in a list ("April
// 24 and 25"): a date of the same month and year. The word after the
// number must end the phrase ("and 25 people" is a count).
func (m *tm) dayAfter(sp tspec) (tspec, bool) {
	k := sp.to
	if sp.kind != kDate || sp.d == 0 || sp.m == 0 || sp.typ != "DATE" || !dayJoins[m.w(k)] {
		return tspec{}, false
	}
	n := m.w(k + 1)
	dd := dayNum(n)
	if dd <= sp.d || yearNum(n) > 0 {
		return tspec{}, false
	}
	next := sp
	next.from, next.to, next.d, next.mod = k+1, k+2, dd, ""
	// "March 3 and 4, 2016": the year is both days'
	y := k + 2
	if m.w(y) == "," {
		y++
	}
	if yr := yearNum(m.w(y)); yr > 0 && sp.y == 0 {
		next.y, next.to = yr, y+1
		return next, true
	}
	if !dayListEnd(m.w(k + 2)) {
		return tspec{}, false
	}
	return next, true
}

// dayBefore finds the bare day number before a day-first date in a list
// ("12 and 13 May"), which the month after it names too.
func (m *tm) dayBefore(sp tspec, specs []tspec) (tspec, bool) {
	j := sp.from
	if sp.kind != kDate || sp.d == 0 || sp.m == 0 || sp.typ != "DATE" || dayNum(m.w(j)) != sp.d || j-2 < m.lo || !dayJoins[m.w(j-1)] {
		return tspec{}, false
	}
	dd := dayNum(m.w(j - 2))
	if dd == 0 || dd >= sp.d || yearNum(m.w(j-2)) > 0 || len(specs) > 0 && specs[len(specs)-1].to > j-2 {
		return tspec{}, false
	}
	// "between 10 and 12 May", "on 12 and 13 May": a number after a
	// preposition, not part of a count ("killed 12 and wounded 13")
	if p := m.w(j - 3); p != "on" && p != "between" && p != "from" && p != "of" && p != "," {
		return tspec{}, false
	}
	prev := sp
	prev.from, prev.to, prev.d, prev.mod = j-2, j-1, dd, ""
	return prev, true
}

// dayListEnd is true for the word after the last day of a list: the end of
// the phrase, not a noun the number counts.
func dayListEnd(w string) bool {
	switch w {
	case "", ",", ".", ";", ":", ")", "in", "at", "when", "respectively", "during", "while", "as", "before", "after", "and", "to", "but":
		return true
	}
	return false
}

// matchAt tries every pattern at token i and keeps the longest match.
func (m *tm) matchAt(i int) (tspec, bool) {
	best := tspec{}
	found := false
	for _, f := range []func(int) (tspec, bool){m.mDate, m.mRelative, m.mDuration, m.mDeictic, m.mSet, m.mRef, m.mTime, m.mAnchor, m.mQuarter, m.mHalf, m.mHoliday, m.mNthWeekday, m.mTheYear, m.mDayPart} {
		if sp, ok := f(i); ok && (!found || sp.to > best.to) {
			best, found = sp, true
		}
	}
	// (modifiers such as "early", "more than", "the end of" are matched by
	// the patterns themselves, through modAt)
	return best, found
}

// modAt looks for a mod phrase starting at token i and returns it with
// the index after it.
func (m *tm) modAt(i int) (string, int) {
	if mod, ok := modWords2[[2]string{m.w(i), m.w(i + 1)}]; ok {
		if mod == "END" || mod == "START" || mod == "MID" {
			if m.w(i+2) == "of" {
				return mod, i + 3
			}
			return "", i
		}
		return mod, i + 2
	}
	if mod, ok := modWords1[m.w(i)]; ok {
		if m.w(i) == "over" && (m.w(i+1) == "the" || m.w(i+1) == "past" || m.w(i+1) == "next") {
			return "", i // "over the past 20 years" is "during", not "more than"
		}
		return mod, i + 1
	}
	return "", i
}

// mDate matches calendar dates: "March 21", "21 March 2017", "August 2016",
// "Aug. 7, 1998", "2017-04-23", "1990", "the 1990s", weekdays, "mid-November".
func (m *tm) mDate(i int) (tspec, bool) {
	sp := tspec{from: i, typ: "DATE", conf: 0.9, rel: 2}
	mod, j := m.modAt(i)
	if mod == "MORE_THAN" || mod == "LESS_THAN" || mod == "EQUAL_OR_MORE" || mod == "EQUAL_OR_LESS" || mod == "APPROX" {
		mod, j = "", i
	}
	sp.mod = mod
	w := m.w(j)
	// ISO dates are one token: 2017-04-23 or 2017-04
	if len(w) == 10 && w[4] == '-' && w[7] == '-' {
		if y, mo, dd := yearNum(w[:4]), atoi(w[5:7]), atoi(w[8:]); y > 0 && mo >= 1 && mo <= 12 && dd >= 1 && dd <= 31 {
			sp.to, sp.kind, sp.value = j+1, kFixed, w
			return sp, true
		}
	}
	// US numeric dates 4/23/2017
	if parts := strings.Split(w, "/"); len(parts) == 3 {
		mo, dd, y := atoi(parts[0]), atoi(parts[1]), atoi(parts[2])
		if mo > 12 && dd <= 12 {
			mo, dd = dd, mo // 23/04/2017: day first, as much of the world writes it
		}
		if len(parts[2]) == 2 {
			y += 1900
			if y < 1950 {
				y += 100
			}
		}
		if mo >= 1 && mo <= 12 && dd >= 1 && dd <= 31 && y >= 1900 && y <= 2100 {
			sp.to, sp.kind, sp.value = j+1, kFixed, ymd(y, mo, dd)
			return sp, true
		}
	}
	// day-first numeric dates, as Europe and the Middle East write them
	// (18.05.2017, 07-08-2013): news pages stamp themselves so
	for _, sep := range []string{".", "-"} {
		parts := strings.Split(w, sep)
		if len(parts) != 3 || len(parts[0]) > 2 || len(parts[1]) > 2 || len(parts[2]) != 4 || !isDigits(parts[0]) || !isDigits(parts[1]) {
			continue
		}
		dd, mo, y := atoi(parts[0]), atoi(parts[1]), yearNum(parts[2])
		if y > 0 && mo >= 1 && mo <= 12 && dd >= 1 && dd <= 31 {
			sp.to, sp.kind, sp.value = j+1, kFixed, ymd(y, mo, dd)
			return sp, true
		}
	}
	// "mid-November", "mid-2016", "mid-1990s", and the hyphenated
	// "late-November trip", "early-2016"
	if pre, rest, ok := strings.Cut(m.w(j+1), "-"); w == "the" && ok && hyphenMods[pre] != "" && decadeOf(rest) > 0 {
		w, j = m.w(j+1), j+1 // "the mid-1990s"
	}
	if pre, rest, ok := strings.Cut(w, "-"); ok && hyphenMods[pre] != "" {
		mod := hyphenMods[pre]
		if mo := monthNames[rest]; mo > 0 {
			sp.to, sp.kind, sp.m, sp.mod = j+1, kDate, mo, mod
			if y := yearNum(m.w(j + 1)); y > 0 {
				sp.y, sp.to = y, j+2
			}
			return sp, true
		}
		if y := yearNum(rest); y > 0 {
			sp.to, sp.kind, sp.value, sp.mod = j+1, kFixed, strconv.Itoa(y), mod
			return sp, true
		}
		if dec := decadeOf(rest); dec > 0 {
			sp.to, sp.kind, sp.value, sp.mod = j+1, kFixed, strconv.Itoa(dec), mod
			return sp, true
		}
	}
	// "Tue 05 Jul 2016", "Wed, March 1"
	if wd := weekdayAbbrevs[w]; wd > 0 && isCap(m.raw(j)) {
		k := j + 1
		if m.w(k) == "," || m.w(k) == "." {
			k++
		}
		if d2, ok := m.mDate(k); ok && d2.kind == kDate && d2.d > 0 {
			d2.from = i
			return d2, true
		}
	}
	// a plural weekday: "on Fridays" is every Friday, while "Tuesdays
	// massacre" is scraped text's "Tuesday's massacre"
	if n := len(w); n > 6 && w[n-1] == 's' && weekdayNames[w[:n-1]] > 0 && isCap(m.raw(j)) {
		wd := weekdayNames[w[:n-1]]
		// "at Wednesdays U.N. Security Council meeting": after a
		// preposition of one time, a name may follow the possessive too
		oneTime := (m.w(j-1) == "at" || m.w(j-1) == "after" || m.w(j-1) == "since" || m.w(j-1) == "following") && isCap(m.raw(j+1))
		// ("details on Wednesdays blast" too: a plural after "on" is
		// every such day only where no noun follows, "on Fridays after
		// prayers")
		if (m.possessed(j+1) || oneTime) && m.w(j-1) != "every" {
			sp.to, sp.kind, sp.wd, sp.rel = j+1, kWeekday, wd, 2
			return sp, true
		}
		sp.to, sp.typ, sp.kind, sp.value = j+1, "SET", kFixed, "XXXX-WXX-"+strconv.Itoa(wd)
		return sp, true
	}
	// weekday, optionally followed by a date or a part of day
	if wd := weekdayNames[w]; wd > 0 {
		k := j + 1
		if m.w(k) == "," {
			k++
		}
		if d2, ok := m.mDate(k); ok && d2.kind != kWeekday && (d2.kind == kDate && d2.d > 0 || d2.kind == kFixed && len(d2.value) == 10) {
			d2.from = i
			return d2, true
		}
		sp.to, sp.kind, sp.wd, sp.rel = j+1, kWeekday, wd, 2
		if p := partOfDay[m.w(j+1)]; p != "" {
			sp.to = j + 2
			sp.suffix, sp.typ = weekdayPart(p)
		}
		return sp, true
	}
	// Month [Day][,] [Year]
	if mo := m.month(j); mo > 0 {
		sp.kind, sp.m, sp.to = kDate, mo, j+1
		k := j + 1
		if g := m.w(k); len(g) == 6 && isDigits(g) && dayNum(g[:2]) > 0 && yearNum(g[2:]) > 0 {
			// "Aug 012016": a page's stamp that lost the space between
			// the day and the year
			sp.d, sp.y, sp.to = dayNum(g[:2]), yearNum(g[2:]), k+1
			return sp, true
		}
		if dd := dayOrRangeStart(m.w(k)); dd > 0 && yearNum(m.w(k)) == 0 {
			sp.d, sp.to = dd, k+1
			k++
			if m.w(k) == "," {
				k++
			}
		} else if m.w(k) == "of" || m.w(k) == "," {
			k++
		}
		if y, n := m.yearAt(k); y > 0 {
			sp.y, sp.to = y, n
		} else if off, ok := relWords[m.w(sp.to)]; ok && m.w(sp.to+1) == "year" && m.w(sp.to) != "past" && m.w(sp.to) != "following" && m.w(sp.to) != "current" {
			// "June last year", "January this year"
			sp.yrel, sp.yrelSet, sp.to = off, true, sp.to+2
			return sp, true
		} else if w := m.w(sp.to); sp.d == 0 && (w == "of" || w == "that" || w == "the") && thatYearAt(m, sp.to) > 0 {
			// "in April of that year", "in June the same year"
			sp.thatYear, sp.to = true, thatYearAt(m, sp.to)
			return sp, true
		}
		if sp.d == 0 && sp.y == 0 && !strings.HasSuffix(m.w(j), ".") && len(m.w(j)) <= 4 && m.w(j) != "may" && m.w(j) != "june" && m.w(j) != "july" {
			return sp, false // "Jan" alone is a name, not January
		}
		if sp.d == 0 && sp.y == 0 {
			// a bare month name is a date only in a date-like context
			prev := m.w(i - 1)
			if !unicode.IsUpper(rune(m.raw(j)[0])) || (m.w(j) == "may" || m.w(j) == "march") && !dateContext[prev] {
				return sp, false
			}
			sp.conf = 0.75
		}
		return sp, true
	}
	// Day Month [Year]
	if dd := dayOrRangeStart(w); dd > 0 {
		k := j + 1
		if m.w(k) == "of" {
			k++
		}
		if mo := m.month(k); mo > 0 {
			sp.kind, sp.m, sp.d, sp.to = kDate, mo, dd, k+1
			if y := yearNum(m.w(k + 1)); y > 0 {
				sp.y, sp.to = y, k+2
			} else if m.w(k+1) == "," && yearNum(m.w(k+2)) > 0 {
				sp.y, sp.to = yearNum(m.w(k+2)), k+3
			}
			return sp, true
		}
	}
	// years and decades
	k := j
	if w == "the" {
		k++
	}
	yw := m.w(k)
	if dec := decadeOf(yw); dec > 0 {
		sp.to, sp.kind, sp.value = k+1, kFixed, strconv.Itoa(dec)
		return sp, true
	}
	if y := yearNum(yw); y > 0 && k == j {
		prev, next := m.w(j-1), m.w(j+1)
		if prev == "$" || prev == "£" || prev == "€" || next == "%" || next == "percent" || prev == "no." || prev == "number" || unitCodes[next] != "" && next != "second" {
			return sp, false
		}
		// "1849 UTC+3", "0630 GMT", "1900 hrs": a clock time in military style
		if clockZone(next) {
			return sp, false
		}
		if next == "," || next == "." || next == "" || !isDigitStart(next) {
			sp.to, sp.kind, sp.value = j+1, kFixed, strconv.Itoa(y)
			if m.w(j-1) == "fiscal" && sp.mod == "" {
				sp.from = j - 1
			}
			// a season before the year: "summer 2016"
			return sp, true
		}
	}
	// "the 20th century", "the 11th century": TIMEX3 writes the century
	// by its first two digits (19 for 1900-1999)
	if m.w(k+1) == "century" {
		if c := atoi(strings.TrimRight(yw, "stndrh")); c >= 1 && c <= 21 && len(yw) > 2 && isDigitStart(yw) {
			sp.to, sp.kind, sp.value = k+2, kFixed, pad2(c-1)
			return sp, true
		}
	}
	// "the nineties": a decade in words
	if k > j {
		if d := decadeWords[yw]; d > 0 {
			sp.to, sp.kind, sp.value = k+1, kFixed, strconv.Itoa(190+d)
			return sp, true
		}
	}
	// season [of] year: "summer 2016", "the summer of 2016"
	if s := seasons[yw]; s != "" {
		n := k + 1
		if m.w(n) == "of" {
			n++
		}
		if y, n2 := m.yearAt(n); y > 0 {
			sp.to, sp.kind, sp.value = n2, kFixed, strconv.Itoa(y)+"-"+s
			return sp, true
		}
	}
	// a year in words, "nineteen ninety-six", or "the year 2000"
	if yw == "year" && k > j {
		if y, n := m.yearAt(k + 1); y > 0 {
			sp.to, sp.kind, sp.value = n, kFixed, strconv.Itoa(y)
			return sp, true
		}
	}
	if k == j && (yw == "nineteen" || yw == "eighteen") {
		if y, n := m.spelledYear(k); y > 0 {
			sp.to, sp.kind, sp.value = n, kFixed, strconv.Itoa(y)
			return sp, true
		}
	}
	return sp, false
}

// weekdayPart gives the value suffix and type of "Friday evening": TimeML
// news annotation writes the part of day (2000-01-05TEV) for evening and
// afternoon, but mostly keeps "Friday morning" and "Friday night" (often
// annotated as just "Friday") a plain date.
func weekdayPart(p string) (string, string) {
	if p == "MO" || p == "NI" {
		return "", "DATE"
	}
	return "T" + p, "TIME"
}

// decadeOf is the TIMEX3 value of a decade written "1990s" (199), or 0.
func decadeOf(w string) int {
	y := yearNum(strings.TrimSuffix(w, "s"))
	if !strings.HasSuffix(w, "s") || y == 0 || y%10 != 0 {
		return 0
	}
	return y / 10
}

// hyphenMods are the prefixes that join a month, year or decade with a
// hyphen: "mid-November", "late-1990s", "early-2016".
var hyphenMods = map[string]string{"mid": "MID", "early": "START", "late": "END"}

// decadeWords name the decades of the 1900s: "the nineties" is 199.
var decadeWords = map[string]int{
	"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7, "eighties": 8, "nineties": 9,
}

// dateContext are words after which a bare "May" or "March" is a month.
var dateContext = map[string]bool{
	"in": true, "since": true, "until": true, "till": true, "by": true, "of": true, "from": true,
	"to": true, "through": true, "during": true, "before": true, "after": true, "early": true,
	"late": true, "mid": true, "last": true, "next": true, "this": true, "between": true, "and": true,
	"on": true, "throughout": true, "end": true, "beginning": true,
}

func isDigitStart(s string) bool { return s != "" && s[0] >= '0' && s[0] <= '9' }

func atoi(s string) int {
	if !isDigits(s) {
		return 0
	}
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0
	}
	return n
}

// timexStarts holds every word a time expression may begin with; the
// patterns are tried only there, which keeps the tagger fast.
var timexStarts = map[string]bool{}

func init() {
	for _, m := range []map[string]int{monthNames, weekdayNames, weekdayAbbrevs, numberWords, ordinalWords, relWords} {
		for w := range m {
			timexStarts[w] = true
		}
	}
	for _, m := range []map[string]string{modWords1, setWords, refWords, unitCodes, seasons, partOfDay} {
		for w := range m {
			timexStarts[w] = true
		}
	}
	for w := range weekdayNames {
		if !strings.HasSuffix(w, ".") {
			timexStarts[w+"s"] = true // "on Fridays", "Tuesdays massacre"
		}
	}
	for k := range modWords2 {
		timexStarts[k[0]] = true
	}
	for w := range vagueNumbers {
		timexStarts[w] = true
	}
	for w := range holidayStarts {
		timexStarts[w] = true
	}
	for _, w := range []string{"today", "yesterday", "tomorrow", "tonight", "the", "in", "every", "each", "per",
		"earlier", "later", "fiscal", "recent", "year-earlier", "year-ago", "new", "noon", "midnight", "these", "midday", "mid-afternoon", "midafternoon", "mid-morning", "midmorning", "overnight", "that"} {
		timexStarts[w] = true
	}
}

// mayStartTimex is a quick filter before the patterns run at a token.
func mayStartTimex(w string) bool {
	if w == "" {
		return false
	}
	if isDigitStart(w) || timexStarts[w] || strings.HasPrefix(w, "mid-") {
		return true
	}
	if a, _, ok := strings.Cut(w, "-"); ok {
		return timexStarts[a] || isDigitStart(a)
	}
	return false
}

// thatYearAt is the end of "of that year", "that year", "of the same
// year" or "the same year" from token k, or 0.
func thatYearAt(m *tm, k int) int {
	if m.w(k) == "of" {
		k++
	}
	switch {
	case m.w(k) == "that" && m.w(k+1) == "year":
		return k + 2
	case (m.w(k) == "the" || m.w(k) == "that") && m.w(k+1) == "same" && m.w(k+2) == "year":
		return k + 3
	}
	return 0
}
