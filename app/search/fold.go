package search

import (
	"slices"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// tokens splits text the way the FTS5 unicode61 tokenizer does (letters and
// digits, lower case, diacritics removed), so that a word taken from a
// title can be searched for as it is indexed.
func tokens(s string) []string {
	if isASCII(s) {
		return asciiTokens(s)
	}
	var out []string
	var b strings.Builder
	flush := func() {
		if b.Len() > 0 {
			out = append(out, b.String())
			b.Reset()
		}
	}
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(unicode.ToLower(r))
		default:
			flush()
		}
	}
	flush()
	return out
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// asciiTokens is tokens for plain ASCII text, which most titles are,
// without the cost of Unicode normalisation.
func asciiTokens(s string) []string {
	var out []string
	start := -1
	for i := 0; i <= len(s); i++ {
		alnum := i < len(s) && (s[i] >= 'a' && s[i] <= 'z' || s[i] >= 'A' && s[i] <= 'Z' || s[i] >= '0' && s[i] <= '9')
		switch {
		case alnum && start < 0:
			start = i
		case !alnum && start >= 0:
			out = append(out, strings.ToLower(s[start:i]))
			start = -1
		}
	}
	return out
}

// skeleton is the consonant outline of a folded word, the part that
// transliterations of one Arabic name agree on: "latamneh" and "lataminah"
// are both "ltmnh", "rashid" and "rasheed" both "rshd". Vowels (and y and
// w, which transliterate long vowels) after the first letter are dropped,
// q is k, and doubled letters are single; a leading vowel becomes "a"
// ("Idlib", "Edlib").
func skeleton(w string) string {
	var b strings.Builder
	var last rune
	for i, r := range w {
		if i == 0 {
			if strings.ContainsRune("aeiou", r) {
				r = 'a'
			}
		} else if strings.ContainsRune("aeiouyw", r) {
			continue
		}
		if r == 'q' {
			r = 'k'
		}
		if r == last {
			continue
		}
		b.WriteRune(r)
		last = r
	}
	return b.String()
}

// squeezeRunes makes doubled letters single before comparing spellings.
func squeezeRunes(w string) []rune {
	var out []rune
	for _, r := range w {
		if len(out) > 0 && out[len(out)-1] == r {
			continue
		}
		out = append(out, r)
	}
	return out
}

// editDistance is the Levenshtein distance between a and b, giving up
// (returning limit+1) once it must exceed limit.
func editDistance(a, b []rune, limit int) int {
	if d := len(a) - len(b); d > limit || -d > limit {
		return limit + 1
	}
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		best := cur[0]
		for j := 1; j <= len(b); j++ {
			c := prev[j-1]
			if a[i-1] != b[j-1] {
				c = 1 + min(prev[j-1], prev[j], cur[j-1])
			}
			cur[j] = c
			best = min(best, c)
		}
		if best > limit {
			return limit + 1
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// maxEdits is how many single-letter edits a typed word of n letters may
// be from its target: none for short words, where any edit makes another
// word, more for long transliterated names.
func maxEdits(n int) int {
	switch {
	case n < 4:
		return 0
	case n == 4:
		return 1
	case n <= 8:
		return 2
	default:
		return 3
	}
}

// similarWord reports whether a typed word (folded) is an approximate
// spelling of a vocabulary word: close in letters, and with the same
// consonant outline or one consonant off.
func similarWord(typed, word string) (int, bool) {
	a, b := squeezeRunes(typed), squeezeRunes(word)
	limit := maxEdits(len(a))
	if limit == 0 {
		return 0, false
	}
	d := editDistance(a, b, limit)
	if d > limit {
		return d, false
	}
	st, sw := skeleton(typed), skeleton(word)
	if st == sw {
		return d, true
	}
	// Another consonant is a real typo only in a longer word and with
	// the rest spelt right ("Aleppp"); otherwise it is another word.
	if len(a) < 5 || d > 1 || len(st) < 3 || st[0] != sw[0] {
		return d, false
	}
	return d, editDistance([]rune(st), []rune(sw), 1) <= 1
}

// deletions returns s and every string made by deleting one rune from it:
// two strings within one edit share an entry of their deletion sets, so a
// map from deletions finds near neighbours without comparing every word.
func deletions(s string) []string {
	rs := []rune(s)
	out := []string{s}
	for i := range rs {
		out = append(out, string(rs[:i])+string(rs[i+1:]))
	}
	return out
}

// vocabulary is a set of words with a way to find approximate spellings of
// a typed word among them.
type vocabulary struct {
	words map[string]bool
	// sorted lists the words in order, for prefix completion.
	sorted []string
	// near maps every deletion variant of a word's skeleton to the words.
	near map[string][]string
}

func newVocabulary() *vocabulary {
	return &vocabulary{words: map[string]bool{}, near: map[string][]string{}}
}

func (v *vocabulary) add(w string) {
	if v.words[w] || len([]rune(w)) < 3 {
		v.words[w] = true
		return
	}
	v.words[w] = true
	sk := skeleton(w)
	for _, d := range deletions(sk) {
		v.near[d] = append(v.near[d], w)
	}
}

// similar returns the vocabulary words that approximately spell typed,
// closest first, leaving typed itself out.
func (v *vocabulary) similar(typed string) []string {
	if maxEdits(len([]rune(typed))) == 0 {
		return nil
	}
	type cand struct {
		w string
		d int
	}
	var found []cand
	seen := map[string]bool{typed: true}
	for _, d := range deletions(skeleton(typed)) {
		for _, w := range v.near[d] {
			if seen[w] {
				continue
			}
			seen[w] = true
			if dist, ok := similarWord(typed, w); ok {
				found = append(found, cand{w, dist})
			}
		}
	}
	sortBy(found, func(a, b cand) bool { return a.d < b.d || a.d == b.d && a.w < b.w })
	out := make([]string, len(found))
	for i, c := range found {
		out[i] = c.w
	}
	return out
}

// seal sorts the words for completions; call it once all are added.
func (v *vocabulary) seal() {
	v.sorted = v.sorted[:0]
	for w := range v.words {
		v.sorted = append(v.sorted, w)
	}
	slices.Sort(v.sorted)
}

// completions returns up to n+1 words that start with prefix, shortest
// first (the shorter completions of a prefix are usually the common ones).
func (v *vocabulary) completions(prefix string, n int) []string {
	i, _ := slices.BinarySearch(v.sorted, prefix)
	var out []string
	for ; i < len(v.sorted) && strings.HasPrefix(v.sorted[i], prefix); i++ {
		out = append(out, v.sorted[i])
	}
	sortBy(out, func(a, b string) bool { return len(a) < len(b) })
	if len(out) > n+1 {
		out = out[:n+1]
	}
	return out
}
