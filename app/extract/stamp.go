package extract

import (
	"strings"
	"time"
)

// pageStamp finds the date an article stamps itself with near its top:
// a full date with its year that opens with a weekday ("AFP Thursday 24
// Apr 2014", "Mon Jun 20 2016") or follows a publication word or an
// agency ("Published February 23 2015", "Posted on August 12 2016",
// "Reuters Sunday 9 Oct 2016"). A date in the first sentence without
// such a cue ("On March 15 2011 protests began") is history, not a stamp.
func pageStamp(text string, timexes []Timex) (time.Time, bool) {
	for _, t := range timexes {
		if t.Start >= stampTop {
			break
		}
		if isPageStamp(text, t) {
			if day, err := time.Parse("2006-01-02", t.Value); err == nil {
				return day, true
			}
		}
	}
	return time.Time{}, false
}

// stampTop is how far from the top a page stamp may be, in bytes: the
// title and the first line or two.
const stampTop = 400

// isPageStamp is true for a time expression that is the page's stamp.
func isPageStamp(text string, t Timex) bool {
	if t.Start >= stampTop || t.Type != "DATE" || len(t.Value) != 10 || !hasYear(t.Text) {
		return false
	}
	before := strings.ToLower(text[max(0, t.Start-32):t.Start])
	return stampCue(before) || startsWithWeekday(t.Text) && !afterPreposition(before) || numericDate(t.Text)
}

// numericDate is true for a date written in digits only ("18.05.2017",
// "07-08-2013", "4/23/2017"): prose names its dates in words, page
// furniture in digits.
func numericDate(s string) bool {
	digits := 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= '0' && c <= '9':
			digits++
		case c == '.' || c == '-' || c == '/':
		default:
			return false
		}
	}
	return digits >= 6
}

func hasYear(s string) bool {
	run := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			run++
			if run == 4 {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}

// startsWithWeekday is true when s opens with a weekday's name or its
// abbreviation ("Sunday 9 Oct 2016", "Mon Jun 20 2016").
func startsWithWeekday(s string) bool {
	w, _, _ := strings.Cut(strings.ToLower(s), " ")
	w = strings.TrimRight(w, ".,")
	return weekdayNames[w] > 0 || weekdayAbbrevs[w] > 0
}

// afterPreposition is true when the text before a date ends with a
// preposition: "on Sunday 9 Oct 2016" dates something told, not the page.
func afterPreposition(before string) bool {
	f := strings.Fields(before)
	if len(f) == 0 {
		return false
	}
	switch f[len(f)-1] {
	case "on", "in", "since", "from", "until", "by", "before", "after", "of":
		return true
	}
	return false
}

// stampWords open a page's publication line ("Published February 23
// 2015", "Posted on August 12 2016"), in lower case.
var stampWords = []string{"date of publication", "publication", "last updated", "last update", "published", "posted", "updated"}

// stampAgencies stand before a wire story's stamp ("AFP Thursday 24 Apr
// 2014", "Reuters Sunday 9 Oct 2016").
var stampAgencies = map[string]bool{"afp": true, "reuters": true, "ap": true, "(ap)": true}

// cueWords are the lower-case words before a date, without the
// punctuation that ends them and a last "on" or "at" ("Posted on",
// "Last updated at").
func cueWords(before string) []string {
	f := strings.Fields(strings.ToLower(strings.TrimRight(before, " :,-–—\u00a0")))
	if len(f) > 0 && (f[len(f)-1] == "on" || f[len(f)-1] == "at") {
		f = f[:len(f)-1]
	}
	return f
}

// lastUpdate is true when the words before a date are a page's "Last
// Update:" or "Last updated at": page furniture wherever it stands, unlike
// "posted" or "published", which stories use too ("the video, posted
// Monday").
func lastUpdate(before string) bool {
	f := cueWords(before)
	n := len(f)
	return n >= 2 && f[n-2] == "last" && strings.HasPrefix(f[n-1], "update")
}

// stampCue is true when the words right before a date (lower case) make it
// the page's stamp: a publication word, perhaps with "on" or "at" ("Last
// updated at Aug 012016"), or an agency.
func stampCue(before string) bool {
	f := cueWords(before)
	if len(f) == 0 {
		return false
	}
	if stampAgencies[f[len(f)-1]] {
		return true
	}
	end := strings.Join(f[max(0, len(f)-3):], " ")
	for _, w := range stampWords {
		if end == w || strings.HasSuffix(end, " "+w) {
			return true
		}
	}
	return false
}

// stampLead is the length of a publication word that opens s ("Published
// At least 39 people …"), with what follows it starting with a capital, or
// 0.
func stampLead(s string) int {
	// a clock time a page prints before its headline: "20:22 Syrian
	// Coalition Urges …", "1849 UTC+3 A total of …"
	if n := clockLead(s); n > 0 {
		return n
	}
	l := strings.ToLower(s)
	for _, w := range stampWords {
		if strings.HasPrefix(l, w+" ") {
			rest := strings.TrimLeft(s[len(w):], " :")
			if rest != "" && isCap(rest) {
				return len(s) - len(rest)
			}
		}
	}
	return 0
}

// tagsLead is the length of a page's keyword line that opens s ("Tags
// Syria Idlib gas attack chlorine At least 72 people were killed …") up
// to where the story's first sentence plainly starts: an article, a
// number or "At least"/"More than". 0 when s opens no keyword line or
// no such start is found (a sentence opening with a name cannot be told
// from the keywords before it).
func tagsLead(s string) int {
	if !strings.HasPrefix(s, "Tags ") {
		return 0
	}
	words := strings.Fields(s)
	at := len("Tags ")
	for i := 1; i < len(words); i++ {
		w := words[i]
		at = strings.Index(s[at:], w) + at
		next := ""
		if i+1 < len(words) {
			next = words[i+1]
		}
		// a lower-case word of a sentence before it: the sentence began
		// earlier, with words that cannot be told from keywords
		if sentenceWords[words[i-1]] {
			return 0
		}
		// the story starts plainly, or with a plural subject and its
		// past verb: "… Assad Warplanes carried out …"
		if i >= 2 && (plainStart(w, next) || isCap(w) && len(w) > 3 && strings.HasSuffix(w, "s") && len(next) > 4 && strings.HasSuffix(next, "ed") && !isCap(next)) {
			return at
		}
		at += len(w)
	}
	return 0
}

// plainStart is true where word w, before next, plainly opens a news
// sentence: an article, a number, "At least", "More than", "Up to".
func plainStart(w, next string) bool {
	return w == "A" || w == "An" || w == "The" ||
		w == "At" && next == "least" || w == "More" && next == "than" || w == "Up" && next == "to" ||
		isDigitStart(w) || isCap(w) && (isCountWord(strings.ToLower(w)) || numberWords[strings.ToLower(w)] > 0)
}

// bylineLead is the length of a byline that opens s after a page's stamp
// ("by Youssef Diab MSF Syrian Regime Used Chemical Weapons in Hama
// Beirut Doctors Without Borders …"), with the headline the page repeats
// after it, up to the story's first sentence; or 0. Without the headline
// repeated, the name runs up to a plain sentence start, as in tagsLead
// ("by Nazeer Rida At least 12 Islamist fighters …").
func bylineLead(s, headline string) int {
	if !strings.HasPrefix(s, "by ") {
		return 0
	}
	if headline != "" {
		if i := strings.Index(s, headline); i > 3 && i <= 60 && !strings.Contains(s[:i], ",") {
			rest := strings.TrimLeft(s[i+len(headline):], " ")
			if rest != "" && (isCap(rest) || isDigitStart(rest)) {
				return len(s) - len(rest)
			}
			return i
		}
	}
	words := strings.Fields(s)
	at := len("by ")
	for i := 1; i < len(words) && i <= 6; i++ {
		w := words[i]
		at = strings.Index(s[at:], w) + at
		next := ""
		if i+1 < len(words) {
			next = words[i+1]
		}
		if i >= 3 && plainStart(w, next) {
			return at
		}
		if !isCap(w) {
			return 0
		}
		at += len(w)
	}
	return 0
}

// dashLead is the length of a dateline glued to its dash that opens s
// ("Beirut- Opposition fractions …", "Beirut London- Warplanes …"): up to
// three capitalised words, the last ending in "-", before a capital; or 0.
func dashLead(s string) int {
	at := 0
	for i := 0; i < 3; i++ {
		sp := strings.IndexByte(s[at:], ' ')
		if sp <= 1 || !isCap(s[at:]) {
			return 0
		}
		w := s[at : at+sp]
		at += sp + 1
		if strings.HasSuffix(w, "-") && len(w) > 2 && !strings.HasSuffix(w, "--") {
			if at < len(s) && isCap(s[at:]) {
				return at
			}
			return 0
		}
		if strings.ContainsAny(w, "-,.:;") {
			return 0
		}
	}
	return 0
}

// titleLead is the length of a scraped page's "title:" label that opens
// s, with the space after it, or 0.
func titleLead(s string) int {
	if len(s) > 7 && strings.EqualFold(s[:6], "title:") && s[6] == ' ' {
		return 7
	}
	return 0
}

// sentenceWords are lower-case words of a sentence that keywords do not
// contain.
var sentenceWords = map[string]bool{
	"a": true, "an": true, "the": true, "at": true, "least": true, "than": true, "of": true, "in": true,
	"on": true, "to": true, "by": true, "was": true, "were": true, "is": true, "are": true, "and": true,
	"with": true, "for": true, "from": true, "killed": true, "that": true, "which": true,
}

// creditLead is the length of a photo's credit in brackets that opens s
// where a caption ran into the story ("(TRT World and Agencies) A fragile
// ceasefire …", "(AFP Photo) At least 18 civilians …"), with the space
// after it, or 0. The credit is short and a capital follows it.
func creditLead(s string) int {
	if !strings.HasPrefix(s, "(") {
		return 0
	}
	end := strings.IndexByte(s, ')')
	if end < 0 || end > 40 || end+2 >= len(s) || s[end+1] != ' ' || !isCap(s[end+2:]) {
		return 0
	}
	return end + 2
}

// headingLead is the length of a year heading in a fact box that opens s
// ("2011: - activists said …"), or 0.
func headingLead(s string) int {
	if len(s) > 5 && isDigits(s[:4]) && s[4] == ':' {
		return 5
	}
	return 0
}

// clockLead is the length of a leading clock time ("20:22 ", "0147 PM ",
// "1849 UTC+3 ", a ticker's "at 0914 ") before a capitalised word or a
// number, or 0.
func clockLead(s string) int {
	// "at 0914 Homs governor says …": a news ticker's time of posting
	if at, ok := strings.CutPrefix(s, "at "); ok && len(at) > 5 && isDigits(at[:4]) && at[4] == ' ' && isCap(at[5:]) {
		if h, m := (at[0]-'0')*10+at[1]-'0', (at[2]-'0')*10+at[3]-'0'; h < 24 && m < 60 {
			return 3 + 5
		}
	}
	first, rest, ok := strings.Cut(s, " ")
	if !ok {
		return 0
	}
	zone, after, cut := strings.Cut(rest, " ")
	zoned := clockZone(strings.ToLower(zone)) || zone == "AM" || zone == "PM"
	h, m, colon := strings.Cut(first, ":")
	switch {
	case colon && len(h) >= 1 && len(h) <= 2 && len(m) == 2 && isDigits(h) && isDigits(m):
	case !colon && len(first) == 4 && isDigits(first) && zoned:
		// four digits alone are a year unless a zone or AM/PM follows
	default:
		return 0
	}
	if zoned && cut {
		rest = after
	}
	if rest == "" || !isCap(rest) && !isDigitStart(rest) {
		return 0
	}
	return len(s) - len(rest)
}
