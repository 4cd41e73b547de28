package ingest

import (
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode"
)

// boilerplate matches whole lines that belong to a page's chrome, not to the
// article: reading-time badges, share bars, newsletter prompts.
var boilerplate = regexp.MustCompile(`(?i)^(\d+\s*(min|mins|minute|minutes)\s+read|share( this)?( article| story| post| page)?( on \w+)?|tweet|print( this)?( article)?|email( this)?( article)?|advertisement|skip to (main )?content|read more|related (articles|stories|posts)|sign up (for|to) our newsletter.*|subscribe( to our newsletter)?|follow us( on \w+)?|click (here )?to share.*|copy link|comments?)[.:!]?$`)

// IsBoilerplate reports whether a single line is page chrome.
func IsBoilerplate(line string) bool {
	return boilerplate.MatchString(strings.TrimSpace(line))
}

// genericTitle matches titles that converters and editors give by default and
// that say nothing about the article.
var genericTitle = regexp.MustCompile(`(?i)^(untitled( document)?|document\d*|new document|microsoft word\s*-.*|.*\.(docx?|odt|pdf|rtf|txt|html?)|title|home|print|no title|\(no subject\))$`)

// IsGenericTitle reports whether a metadata title should be replaced by one
// taken from the text.
func IsGenericTitle(t string) bool {
	t = strings.TrimSpace(t)
	return t == "" || genericTitle.MatchString(t)
}

// datelinePlace matches a news dateline at the start of a paragraph:
// "AMMAN:", "BEIRUT (Reuters) -", "DAMASCUS, Syria —".
var datelinePlace = regexp.MustCompile(`^([A-Z][A-Z'’.\- ]{2,30}[A-Z])(?:,\s*[A-Z][A-Za-z .]{1,30})?\s*(?:\([A-Za-z .]{2,30}\))?\s*(?::|—|–|-{1,2}\s)`)

// Finish applies what all formats share: line endings, boilerplate lines,
// the title (from metadata unless generic, else the first real line), and the
// dateline's date and place when the metadata had none.
func Finish(d *Document) {
	body := strings.ReplaceAll(d.Body, "\r\n", "\n")
	body = strings.ReplaceAll(body, "\r", "\n")

	var kept []string
	for _, line := range strings.Split(body, "\n") {
		line = strings.TrimRightFunc(line, unicode.IsSpace)
		if IsBoilerplate(line) {
			continue
		}
		kept = append(kept, line)
	}

	d.Title = strings.Join(strings.Fields(d.Title), " ")
	if IsGenericTitle(d.Title) {
		d.Title = ""
		// The first real line is the title when it reads like one; it then
		// leaves the body so the reader does not show it twice.
		for i, line := range kept {
			t := strings.TrimSpace(line)
			if t == "" {
				continue
			}
			if isTitleLine(t) {
				d.Title = strings.TrimLeft(t, "# ")
				rest := append(kept[:i:i], kept[i+1:]...)
				// A one-line note keeps its line as its text too.
				if strings.TrimSpace(strings.Join(rest, "")) != "" {
					kept = rest
				}
			} else {
				d.Title = firstSentence(t, 120)
			}
			break
		}
	}
	d.Body = collapseBlankLines(strings.Join(kept, "\n"))

	head := d.Body
	if len(head) > 600 {
		head = head[:600]
	}
	// a page's stamp may be the line taken for its title ("30-04-2016
	// Suicide Bomber Kills Five …")
	if d.Title != "" && !strings.Contains(head, d.Title) {
		head = d.Title + "\n" + head
	}
	if d.Date == "" {
		if t, ok := FindDate(head); ok {
			d.Date = t.Format("2006-01-02")
		}
	}
	if d.Location == "" {
		d.Location = findDatelinePlace(d.Body)
	}
}

// isTitleLine reports whether a first line reads as a headline rather than
// the start of a paragraph: short, and not ending in a full stop.
func isTitleLine(s string) bool {
	if len(s) > 200 {
		return false
	}
	if strings.HasPrefix(s, "#") {
		return true
	}
	return !strings.HasSuffix(s, ".") || len(strings.Fields(s)) < 16
}

// firstSentence cuts a long first paragraph to a readable title.
func firstSentence(s string, max int) string {
	if i := strings.IndexAny(s, ".!?"); i > 20 && i < max {
		return s[:i]
	}
	if len(s) <= max {
		return s
	}
	cut := strings.LastIndex(s[:max], " ")
	if cut < 20 {
		cut = max
	}
	for cut > 0 && !utf8RuneStart(s[cut]) {
		cut--
	}
	return s[:cut] + "…"
}

func utf8RuneStart(b byte) bool { return b&0xC0 != 0x80 }

func collapseBlankLines(s string) string {
	s = strings.Trim(s, "\n")
	for strings.Contains(s, "\n\n\n") {
		s = strings.ReplaceAll(s, "\n\n\n", "\n\n")
	}
	return s
}

// findDatelinePlace looks at the first paragraphs for a dateline and returns
// its place in title case ("AMMAN:" gives "Amman").
func findDatelinePlace(body string) string {
	for i, para := range strings.SplitN(body, "\n", 8) {
		if i > 6 {
			break
		}
		m := datelinePlace.FindStringSubmatch(strings.TrimSpace(para))
		if m == nil {
			continue
		}
		return titleCase(m[1])
	}
	return ""
}

func titleCase(s string) string {
	words := strings.Fields(strings.ToLower(s))
	for i, w := range words {
		r := []rune(w)
		r[0] = unicode.ToUpper(r[0])
		words[i] = string(r)
	}
	return strings.Join(words, " ")
}

var (
	monthNames = `(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)`
	dayNames   = `(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)[a-z]*\.?,?\s+`
	// "Wed 05 Apr 2017", "24 April 2017"
	dmyDate = regexp.MustCompile(`\b(?:` + dayNames + `)?(\d{1,2})\s+(` + monthNames + `)\.?,?\s+((?:19|20)\d\d)\b`)
	// "April 24, 2017", "Monday, April 24, 2017"
	mdyDate = regexp.MustCompile(`\b(?:` + dayNames + `)?(` + monthNames + `)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+((?:19|20)\d\d)\b`)
	isoDate = regexp.MustCompile(`\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b`)
	// "30-04-2016", "19.07.2016", "04/05/2017": checked in numericDate
	numDate = regexp.MustCompile(`\b(\d{1,2})([-./])(\d{1,2})([-./])((?:19|20)\d\d)\b`)
)

// FindDate finds the first full date (day, month and year) written in s.
func FindDate(s string) (time.Time, bool) {
	type hit struct {
		at int
		t  time.Time
	}
	var best *hit
	try := func(at int, t time.Time, ok bool) {
		if ok && (best == nil || at < best.at) {
			best = &hit{at, t}
		}
	}
	if m := dmyDate.FindStringSubmatchIndex(s); m != nil {
		t, ok := makeDate(s[m[6]:m[7]], s[m[4]:m[5]], s[m[2]:m[3]])
		try(m[0], t, ok)
	}
	if m := mdyDate.FindStringSubmatchIndex(s); m != nil {
		t, ok := makeDate(s[m[6]:m[7]], s[m[2]:m[3]], s[m[4]:m[5]])
		try(m[0], t, ok)
	}
	if m := isoDate.FindStringSubmatchIndex(s); m != nil {
		t, err := time.Parse("2006-01-02", s[m[0]:m[1]])
		try(m[0], t, err == nil)
	}
	for _, m := range numDate.FindAllStringSubmatchIndex(s, -1) {
		if t, ok := numericDate(s, m); ok {
			try(m[0], t, true)
			break
		}
	}
	if best == nil {
		return time.Time{}, false
	}
	return best.t, true
}

// numericDate reads a numDate match as the extractor reads the same date
// in the text, so that the publication date and the article's own stamp
// agree: a date with dashes or dots is day first ("30-04-2016",
// "19.07.2016", as European and Middle Eastern sites write it), one with
// slashes month first (US "04/05/2017"), the other way round when the
// month would be over 12 ("13/04/2017"; the extractor turns only slashed
// dates round). The two separators must match.
func numericDate(s string, m []int) (time.Time, bool) {
	sep := s[m[4]:m[5]]
	if sep != s[m[8]:m[9]] {
		return time.Time{}, false
	}
	a, _ := strconv.Atoi(s[m[2]:m[3]])
	b, _ := strconv.Atoi(s[m[6]:m[7]])
	y, _ := strconv.Atoi(s[m[10]:m[11]])
	day, month := a, b
	if sep == "/" {
		day, month = b, a
	}
	if month > 12 {
		day, month = month, day
	}
	return calendarDate(y, month, day)
}

// calendarDate is the day y-m-d, or false where the calendar has none
// (month 13, 31 April).
func calendarDate(y, m, d int) (time.Time, bool) {
	if m < 1 || m > 12 || d < 1 {
		return time.Time{}, false
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d {
		return time.Time{}, false
	}
	return t, true
}

func makeDate(year, month, day string) (time.Time, bool) {
	m := monthNumber(month)
	if m == 0 {
		return time.Time{}, false
	}
	var y, d int
	for _, c := range year {
		y = y*10 + int(c-'0')
	}
	for _, c := range day {
		d = d*10 + int(c-'0')
	}
	return calendarDate(y, m, d)
}

func monthNumber(s string) int {
	s = strings.ToLower(s)
	if len(s) < 3 {
		return 0
	}
	for i, m := range []string{"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"} {
		if s[:3] == m {
			return i + 1
		}
	}
	return 0
}
