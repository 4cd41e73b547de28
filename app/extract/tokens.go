package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// token is one word, number or punctuation mark of the text.
type token struct {
	Start, End int    // byte offsets into the text
	Text       string // the text slice itself (no copy)
	Lower      string // lower-cased, curly apostrophes made straight
	Sent       int    // index of the sentence it belongs to
	LineStart  bool   // first token of its line
}

// sentence is a run of tokens [From, To) and its byte span.
type sentence struct {
	From, To   int
	Start, End int
}

// document is the tokenised text that every stage works on.
type document struct {
	text  string
	toks  []token
	sents []sentence

	// where the body repeats the headline: found once, used by the
	// entities (headlineCopies) and the events (afterHeadline)
	repeats     [][2]int
	repeatsRead bool

	// the quotation open before each token (its opening mark's index, -1
	// for none), followed from the start of the line: built on first use
	// by the events (spokenQuote)
	quoteOpen []int

	// the offsets of the text's newlines, built on first use by
	// lineBounds (a flattened report is one long line with many dates)
	newlines []int
}

// abbrevs are words whose trailing period belongs to the word, so that it
// neither ends the sentence nor breaks "Feb. 5" or "Gen. Smith" apart.
var abbrevs = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "gen": true, "col": true, "lt": true,
	"maj": true, "capt": true, "sgt": true, "gov": true, "sen": true, "rep": true, "st": true, "sens": true, "reps": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true, "inc": true, "corp": true,
	"co": true, "ltd": true, "jr": true, "sr": true, "no": true, "vs": true, "prof": true,
	"adm": true, "brig": true, "pres": true, "mt": true, "ft": true, "u.s": true, "u.n": true,
	"a.m": true, "p.m": true, "etc": true, "spc": true, "pfc": true, "pvt": true, "cpl": true,
	"cmdr": true, "cmdt": true, "lt.col": true, "sgt.maj": true, "adj": true, "insp": true, "supt": true,
}

func isApos(r rune) bool { return r == '\'' || r == '’' || r == '‘' }

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// newDocument tokenises text. Words keep inner hyphens ("al-Hawamy",
// "US-led"), inner apostrophes ("Hay’at") and inner periods of initialisms
// ("U.S."); a possessive "’s" and "n't" become tokens of their own, as in
// the training data.
func newDocument(text string) *document {
	d := &document{text: text}
	d.toks = make([]token, 0, len(text)/5)
	lineStart := true
	i := 0
	for i < len(text) {
		r, w := utf8.DecodeRuneInString(text[i:])
		if r == '\n' {
			lineStart = true
			i += w
			continue
		}
		if unicode.IsSpace(r) || r == 0xA0 {
			i += w
			continue
		}
		start := i
		if isWordRune(r) {
			i = scanWord(text, i)
			// "London-based", "FSA-affiliated": the name is a token of its own
			if h := affixSplit(text[start:i]); h > 0 {
				d.addToken(start, start+h, lineStart)
				d.addToken(start+h, start+h+1, false)
				d.addToken(start+h+1, i, false)
				lineStart = false
				continue
			}
		} else {
			i += w
			// a clitic right after a word is one token, "’s" as in the
			// training data: "Syria’s" is Syria + ’s, not Syria + ’ + s
			if isApos(r) && len(d.toks) > 0 && d.toks[len(d.toks)-1].End == start && isClitic(text[i:]) {
				i = scanWord(text, i)
			}
		}
		d.addToken(start, i, lineStart)
		lineStart = false
	}
	d.splitSentences()
	return d
}

// scanWord returns the end of the word that starts at i.
func scanWord(text string, i int) int {
	for i < len(text) {
		r, w := utf8.DecodeRuneInString(text[i:])
		if isWordRune(r) {
			i += w
			continue
		}
		// inner joiners: only when a word character follows
		if r == '-' || r == '.' || r == ',' || isApos(r) || r == ':' || r == '/' {
			n, w2 := utf8.DecodeRuneInString(text[i+w:])
			if !isWordRune(n) || w2 == 0 {
				break
			}
			prev, _ := utf8.DecodeLastRuneInString(text[:i])
			switch {
			case r == '-':
			case r == ',' || r == ':' || r == '/':
				// 1,000 and 10:30 and 24/7, not "Syria,Iraq"
				if !unicode.IsDigit(prev) || !unicode.IsDigit(n) {
					return i
				}
			case r == '.':
				// 3.5 and U.S.; not "end.Next"
				if !(unicode.IsDigit(prev) && unicode.IsDigit(n)) && !initialism(text, i) {
					return i
				}
			default: // apostrophe: split "Syria’s" and "isn't", keep "Hay’at", "O'Brien"
				rest := text[i+w:]
				if isClitic(rest) || (len(rest) >= 1 && rest[0] == 't' && (prev == 'n' || prev == 'N')) {
					return i
				}
			}
			i += w
			continue
		}
		break
	}
	// a trailing period belongs to initialisms and known abbreviations
	if i < len(text) && text[i] == '.' {
		word := text[scanBack(text, i):i]
		lw := strings.ToLower(word)
		// ("a post on X." ends a sentence: the platform, not an initial)
		platform := word == "X" && strings.HasSuffix(text[:i-1], " on ")
		if abbrevs[lw] || (utf8.RuneCountInString(word) == 1 && unicode.IsUpper(rune(word[0])) && !platform) || strings.Count(word, ".") >= 1 && len(word) <= 6 && !unicode.IsDigit(rune(word[0])) {
			return i + 1
		}
	}
	return i
}

// scanBack finds the start of the word ending at i (used only for short words).
func scanBack(text string, i int) int {
	j := i
	for j > 0 {
		r, w := utf8.DecodeLastRuneInString(text[:j])
		if !isWordRune(r) && r != '.' {
			break
		}
		j -= w
	}
	return j
}

// initialism reports whether the period at i sits inside "U.S." or "a.m.".
func initialism(text string, i int) bool {
	// single letter before and after the period
	if i < 1 || i+2 > len(text) {
		return false
	}
	before := i == 1 || !isWordRune(rune(text[i-2]))
	if i >= 2 && text[i-2] == '.' {
		before = true
	}
	after := i+2 >= len(text) || text[i+2] == '.'
	return before && after && isWordRune(rune(text[i-1])) && isWordRune(rune(text[i+1]))
}

var aposFold = strings.NewReplacer("’", "'", "‘", "'")

func (d *document) addToken(start, end int, lineStart bool) {
	t := d.text[start:end]
	low := strings.ToLower(t)
	if strings.ContainsAny(low, "’‘") {
		low = aposFold.Replace(low)
	}
	d.toks = append(d.toks, token{Start: start, End: end, Text: t, Lower: low, LineStart: lineStart})
}

// splitSentences cuts at line breaks and at . ! ? that are followed by a
// token starting a new sentence.
func (d *document) splitSentences() {
	from := 0
	flush := func(to int) {
		if to > from {
			d.sents = append(d.sents, sentence{From: from, To: to, Start: d.toks[from].Start, End: d.toks[to-1].End})
			for k := from; k < to; k++ {
				d.toks[k].Sent = len(d.sents) - 1
			}
		}
		from = to
	}
	for k := range d.toks {
		if k > from && d.toks[k].LineStart {
			flush(k)
		}
		t := d.toks[k].Text
		if t == "." || t == "!" || t == "?" {
			// closing quotes and brackets stay with the sentence they end
			end := k + 1
			for end < len(d.toks) && !d.toks[end].LineStart && isCloser(d.toks[end].Text) {
				end++
			}
			if end < len(d.toks) && !d.toks[end].LineStart {
				r, _ := utf8.DecodeRuneInString(d.toks[end].Text)
				// a list's dash or star after the full stop opens the next
				// item ("… demonstrators. - Assad sacked …")
				bullet := isBullet(d.toks[end].Text) && end+1 < len(d.toks) && (isCap(d.toks[end+1].Text) || isDigitStart(d.toks[end+1].Text))
				if !unicode.IsUpper(r) && !isOpener(d.toks[end].Text) && !unicode.IsDigit(r) && !bullet {
					continue
				}
			}
			flush(end)
		}
	}
	flush(len(d.toks))
}

func isBullet(s string) bool { return s == "-" || s == "–" || s == "—" || s == "*" || s == "•" }

func isCloser(s string) bool {
	return s == "”" || s == "\"" || s == "’" || s == "'" || s == ")" || s == "]"
}

// isPossessive is true for the possessive token "'s" or "’s".
func isPossessive(s string) bool { return s == "'s" || s == "’s" }

func isOpener(s string) bool { return s == "“" || s == "\"" || s == "‘" || s == "(" || s == "[" }

// isClitic is true when rest starts with an English clitic that ends the
// word: "’s", "’ve", "’ll", "’re", "’d", "’m".
func isClitic(rest string) bool {
	for _, c := range []string{"s", "ve", "ll", "re", "d", "m"} {
		if len(rest) >= len(c) && strings.EqualFold(rest[:len(c)], c) {
			if len(rest) == len(c) {
				return true
			}
			r, _ := utf8.DecodeRuneInString(rest[len(c):])
			if !isWordRune(r) {
				return true
			}
		}
	}
	return false
}

// nameAffixes end compounds whose first part is a name ("Russian-backed",
// "US-led", "London-based").
var nameAffixes = map[string]bool{
	"affiliated": true, "backed": true, "led": true, "based": true, "held": true, "controlled": true,
	"linked": true, "allied": true, "aligned": true, "run": true, "born": true, "owned": true,
	"supported": true, "sponsored": true, "dominated": true, "occupied": true, "administered": true,
	"funded": true, "armed": true, "trained": true, "made": true, "style": true, "era": true,
	"friendly": true, "leaning": true, "brokered": true, "bound": true, "area": true, "centric": true,
}

// affixSplit returns the offset of the hyphen before a name affix in word,
// or 0 when the word is not such a compound. The name may open with an
// Arabic article: "al-Qaeda-linked".
func affixSplit(word string) int {
	h := strings.LastIndexByte(word, '-')
	if h <= 0 || !nameAffixes[strings.ToLower(word[h+1:])] {
		return 0
	}
	r, _ := utf8.DecodeRuneInString(word)
	if !unicode.IsUpper(r) && !capAfterArticle(word[:h]) {
		return 0
	}
	return h
}
