package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Tags of the entity tagger, BIO over three types.
const (
	tagO = iota
	tagBPer
	tagIPer
	tagBOrg
	tagIOrg
	tagBLoc
	tagILoc
	tagBMisc // other names (events, works, nationalities): found so that
	tagIMisc // they are not mistaken for places, but never output
	nTags
)

var tagNames = [nTags]string{"O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"}

var tagEntityType = [nTags]string{"", "PERSON", "PERSON", "ORG", "ORG", "PLACE", "PLACE", "MISC", "MISC"}

// allowed reports whether tag t may follow tag prev (I-X only continues X).
func allowed(prev, t int) bool {
	switch t {
	case tagIPer:
		return prev == tagBPer || prev == tagIPer
	case tagIOrg:
		return prev == tagBOrg || prev == tagIOrg
	case tagILoc:
		return prev == tagBLoc || prev == tagILoc
	case tagIMisc:
		return prev == tagBMisc || prev == tagIMisc
	}
	return true
}

// Feature templates; the byte is mixed into the hash so that equal strings
// of different templates do not collide.
const (
	fBias byte = iota + 1
	fWord
	fRaw
	fSuf2
	fSuf3
	fSuf4
	fPre3
	fShape
	fShort
	fPrev1
	fNext1
	fPrev2
	fNext2
	fShapeP1
	fShapeN1
	fBiP
	fBiN
	fGaz
	fFirst
	fParticle
	fActor
	fPrevTag
	fPrevTags
	fPrevTagWord
	fShortPN
	fCapRun
	fCommon
	fCommonNext
)

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// hs hashes a template and a string without allocating.
func hs(t byte, s string) uint64 {
	h := uint64(fnvOffset)
	h ^= uint64(t)
	h *= fnvPrime
	return fnvAdd(h, s)
}

// hs2 hashes a template and two strings.
func hs2(t byte, a, b string) uint64 {
	h := hs(t, a)
	h ^= 0xff
	h *= fnvPrime
	return fnvAdd(h, b)
}

// fnvAdd goes on with FNV-1 hash h over the bytes of s.
func fnvAdd(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return h
}

// sentFeats holds what the features of one sentence are computed from.
type sentFeats struct {
	words  []string // as written
	lowers []string
	shapes []string
	shorts []string
	gaz    []byte // 0, 'B' or 'I': inside a gazetteer place name
	actor  []byte // 0, 'B' or 'I': inside a known actor name, as the tagger was trained to see it
	// listed is actor with the names a clitic splits ("People | 's
	// Protection Units") marked too: the names the list finds. It is actor
	// itself in a sentence with no such split name (actorList.splitName).
	// The tagger's feature keeps the marks it was trained on, which miss
	// those names.
	listed []byte
	common []bool // the word is usually written in lower case
	// info holds per word what the tagger reads from the word alone; set
	// only by wordCache.sentFeats, for inference
	info []*wordInfo
}

// lowerWord is the lower-cased form features use: curly apostrophes made
// straight, digits kept.
func lowerWord(w string) string {
	l := strings.ToLower(w)
	if strings.ContainsAny(l, "’‘") {
		l = aposFold.Replace(l)
	}
	return l
}

// wordShape maps letters to X/x and digits to d: "al-Hawamy" → "xx-Xxxxxx";
// the short shape collapses repeats: "xx-Xx".
func wordShape(w string) (string, string) {
	var full, short []byte
	var last byte
	n := 0
	for _, r := range w {
		var c byte
		switch {
		case unicode.IsUpper(r):
			c = 'X'
		case unicode.IsLower(r):
			c = 'x'
		case unicode.IsDigit(r):
			c = 'd'
		default:
			if r < utf8.RuneSelf {
				c = byte(r)
			} else {
				c = '*'
			}
		}
		if n < 8 {
			full = append(full, c)
		}
		n++
		if c != last {
			short = append(short, c)
		}
		last = c
	}
	return string(full), string(short)
}

var particles = []string{"al-", "a-", "el-", "as-", "ash-", "ad-", "ar-", "az-", "at-", "an-", "abu", "bin", "ibn", "bint", "abd"}

// hasParticle is true for a word that starts with a transliterated Arabic
// particle: "al-Homsi", "a-Nasr", "ez-Zor", "bin".
// andArticle is true for a word that opens with the Arabic "and the"
// before a capital: "wal-Muslimin" of "Jama'at Nusrat al-Islam
// wal-Muslimin". It is kept apart from hasParticle, a tagger feature.
func andArticle(w string) bool {
	for _, p := range []string{"wal-", "wa-", "w'al-"} {
		if strings.HasPrefix(w, p) && len(w) > len(p) && isCap(w[len(p):]) {
			return true
		}
	}
	return false
}

func hasParticle(l string) bool {
	for _, p := range particles {
		if strings.HasPrefix(l, p) {
			return true
		}
	}
	// any other article of two or three letters: "ez-", "es-", "ed-"
	if h := strings.IndexByte(l, '-'); h >= 2 && h <= 3 && h+1 < len(l) && (l[0] == 'e' || l[0] == 'a' || l[0] == 'u') {
		return true
	}
	return false
}

func newSentFeats(words []string, g *gazetteer, actors *actorList) *sentFeats {
	n := len(words)
	s := &sentFeats{words: words, lowers: make([]string, n), shapes: make([]string, n), shorts: make([]string, n), common: make([]bool, n)}
	for i, w := range words {
		s.lowers[i] = lowerWord(w)
		s.shapes[i], s.shorts[i] = wordShape(w)
		if g != nil {
			s.common[i] = g.lower[s.lowers[i]]
		}
	}
	s.markLists(g, actors)
	return s
}

// markLists sets gaz, actor and listed: the gazetteer's and the actor
// list's names in the sentence.
func (s *sentFeats) markLists(g *gazetteer, actors *actorList) {
	words := s.words
	n := len(words)
	s.gaz, s.actor = zeroed(s.gaz, n), zeroed(s.actor, n)
	key := s.wordKeys()
	if g != nil {
		markNames(words, key, s.gaz, g.maxLen, g.prefixes, false, func(k string, ws []string) bool {
			_, ok := g.places[k]
			return ok || len(ws) == 1 && g.statePossessive(ws[0]) != nil
		})
	}
	s.listed = s.actor
	if actors != nil {
		has := actors.has
		markNames(words, key, s.actor, actors.maxLen, actors.prefixes, false, has)
		if actors.splitName(words) {
			s.listed = make([]byte, n)
			markNames(words, key, s.listed, actors.maxLen, actors.prefixes, true, has)
		}
	}
}

// wordKeys returns NormKey of the sentence's word i, computed when a name
// run first reaches the word (most words never start or continue a
// capitalised run) and kept for the other lists' runs.
func (s *sentFeats) wordKeys() func(i int) string {
	var keys []string
	var done []bool
	return func(i int) string {
		if s.info != nil {
			return s.info[i].normKey(s.words[i]) // the same word, the same key
		}
		if keys == nil {
			keys, done = make([]string, len(s.words)), make([]bool, len(s.words))
		}
		if !done[i] {
			keys[i], done[i] = NormKey(s.words[i]), true
		}
		return keys[i]
	}
}

// zeroed returns n zero bytes, in b's array if it is large enough.
func zeroed(b []byte, n int) []byte {
	if cap(b) < n {
		return make([]byte, n)
	}
	b = b[:n]
	clear(b)
	return b
}

// capAfterArticle is true for a name that opens with a lower-case Arabic
// article: "al-Qaeda", "al-Nusra Front", "a-Sham", "el-Bab".
func capAfterArticle(w string) bool {
	h := strings.IndexByte(w, '-')
	if h < 1 || h > 3 || !hasParticle(lowerWord(w)) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(w[h+1:])
	return unicode.IsUpper(r)
}

// markNames marks the longest runs of capitalised words whose joined
// NormKey satisfies has. prefixes holds the word prefixes of all known
// keys, so a run stops growing as soon as no name can start that way.
// With clitics, a clitic joins the word before it ("People | 's").
func markNames(words []string, key func(int) string, marks []byte, maxLen int, prefixes map[string]bool, clitics bool, has func(string, []string) bool) {
	// the longest listed names ("Organisation for the Prohibition of Chemical
	// Weapons") have seven words; the prefix check stops most runs early
	maxLen = min(maxLen, 8)
	for i := 0; i < len(words); {
		r, _ := utf8.DecodeRuneInString(words[i])
		// a name may open with an article ("al-Nusra Front"), unless a
		// capitalised word before it opens it ("Bashar al-Assad")
		if !unicode.IsUpper(r) && !(capAfterArticle(words[i]) && (i == 0 || !isCap(words[i-1]))) {
			i++
			continue
		}
		matched := 0
		cur := ""
		end := i + maxLen
		for j := i + 1; j <= min(len(words), end); j++ {
			k := key(j - 1)
			// a clitic ("People | 's", "Workers | '") belongs to the word
			// before it, as NormKey reads the name written whole, and is
			// not one of the name's words
			clitic := clitics && j-1 > i && startsWithApos(words[j-1])
			if clitic {
				end++
			}
			if k == "" && !clitic {
				break
			}
			last, _ := utf8.DecodeRuneInString(words[j-1])
			lastOK := unicode.IsUpper(last) || unicode.IsDigit(last) || j-1 == i || hasParticle(lowerWord(words[j-1])) || andArticle(words[j-1])
			if arabicArticles[k] && j-1 > i {
				continue // "al" between words is dropped, as NormKey does
			}
			switch {
			case cur == "":
				cur = k
			case clitic:
				cur += k
			default:
				cur += " " + k
			}
			if lastOK && has(cur, words[i:j]) {
				matched = j - i
			}
			if !prefixes[cur] && !(clitics && j < len(words) && startsWithApos(words[j])) {
				break
			}
		}
		if matched == 0 {
			i++
			continue
		}
		marks[i] = 'B'
		for k := i + 1; k < i+matched; k++ {
			marks[k] = 'I'
		}
		i += matched
	}
}

// splitName is true when the tokenizer split a listed name's word at its
// apostrophe somewhere in words ("People | 's").
func (l *actorList) splitName(words []string) bool {
	for k := 1; k < len(words); k++ {
		if startsWithApos(words[k]) && l.clitics[NormKey(words[k-1]+words[k])] {
			return true
		}
	}
	return false
}

func startsWithApos(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return isApos(r)
}

// addPrefixes records the word prefixes of key ("deir", "deir ez" for
// "deir ez zor") in set.
func addPrefixes(set map[string]bool, key string) {
	for i := 0; i < len(key); i++ {
		if key[i] == ' ' {
			set[key[:i]] = true
		}
	}
}

// static emits the features of token i that do not depend on earlier tags.
func (s *sentFeats) static(i int, emit func(uint64)) {
	at := func(k int) string {
		if k < 0 {
			return "<s>"
		}
		if k >= len(s.words) {
			return "</s>"
		}
		return s.lowers[k]
	}
	shapeAt := func(k int) string {
		if k < 0 || k >= len(s.words) {
			return "-"
		}
		return s.shorts[k]
	}
	l := s.lowers[i]
	emit(hs(fBias, ""))
	emit(hs(fWord, l))
	emit(hs(fRaw, s.words[i]))
	if n := len(l); n > 3 {
		emit(hs(fSuf2, l[n-2:]))
		emit(hs(fSuf3, l[n-3:]))
		if n > 4 {
			emit(hs(fSuf4, l[n-4:]))
		}
		emit(hs(fPre3, l[:3]))
	}
	emit(hs(fShape, s.shapes[i]))
	emit(hs(fShort, s.shorts[i]))
	emit(hs(fPrev1, at(i-1)))
	emit(hs(fNext1, at(i+1)))
	emit(hs(fPrev2, at(i-2)))
	emit(hs(fNext2, at(i+2)))
	emit(hs(fShapeP1, shapeAt(i-1)))
	emit(hs(fShapeN1, shapeAt(i+1)))
	emit(hs2(fShortPN, shapeAt(i-1)+"|"+s.shorts[i], shapeAt(i+1)))
	emit(hs2(fBiP, at(i-1), l))
	emit(hs2(fBiN, l, at(i+1)))
	emit(hs2(fGaz, string(rune('0'+s.gaz[i])), s.shorts[i]))
	emit(hs2(fActor, string(rune('0'+s.actor[i])), ""))
	if i == 0 {
		emit(hs(fFirst, s.shorts[i]))
	}
	// a capitalised everyday word: a sentence start or a title, rarely a name
	if s.common[i] {
		first := "0"
		if i == 0 {
			first = "1"
		}
		emit(hs2(fCommon, first, s.shorts[i]))
	}
	if i+1 < len(s.words) && s.common[i+1] {
		emit(hs2(fCommonNext, s.shorts[i], s.shorts[i+1]))
	}
	if hasParticle(l) {
		emit(hs(fParticle, ""))
	}
	// length of the run of capitalised words this token sits in
	run := 1
	for k := i - 1; k >= 0 && s.shorts[k] != "" && s.shorts[k][0] == 'X'; k-- {
		run++
	}
	for k := i + 1; k < len(s.words) && s.shorts[k] != "" && s.shorts[k][0] == 'X'; k++ {
		run++
	}
	if s.shorts[i] != "" && s.shorts[i][0] == 'X' {
		emit(hs(fCapRun, string(rune('0'+min(run, 5)))))
	}
}

// The features that depend on the tags already chosen: the previous tag,
// the previous two, and the previous tag with the word (see wordHist).

func prevTagFeat(p1 int) uint64 { return hs(fPrevTag, tagNames[p1]) }

func prevTagsFeat(p1, p2 int) uint64 { return hs2(fPrevTags, tagNames[p1], tagNames[p2]) }

// wordHist hashes the word of the previous-tag × word feature; the model
// keeps one row of weights per word for all previous tags.
func (s *sentFeats) wordHist(i int) uint64 { return hs(fPrevTagWord, s.lowers[i]) }
