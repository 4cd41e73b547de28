package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// latinFold maps accented Latin letters (as GeoNames and transliterations
// use them) to their base letter.
var latinFold = map[rune]rune{}

func init() {
	groups := map[rune]string{
		'a': "àáâãäåāăąǎạảấầẩẫậắằẳẵặ", 'c': "çćĉċč", 'd': "ďđḍḏ", 'e': "èéêëēĕėęěẹẻẽếềểễệ",
		'g': "ĝğġģǧ", 'h': "ĥħḥḩḫẖ", 'i': "ìíîïĩīĭįıǐịỉ", 'j': "ĵ", 'k': "ķḳ", 'l': "ĺļľŀł",
		'n': "ñńņňṇ", 'o': "òóôõöøōŏőǒọỏốồổỗộớờởỡợ", 'r': "ŕŗřṛ", 's': "śŝşšșṣ", 't': "ţťŧțṭṯ",
		'u': "ùúûüũūŭůűųǔụủứừửữự", 'w': "ŵẁẃẅ", 'y': "ýÿŷỳỵ", 'z': "źżžẓẕ",
	}
	for base, s := range groups {
		for _, r := range s {
			latinFold[r] = base
			latinFold[unicode.ToUpper(r)] = unicode.ToUpper(base)
		}
	}
}

// arabicArticles are the transliterated forms of the Arabic article that
// writers attach, drop or assimilate ("al-Sham", "a-Sham", "ash Sham").
var arabicArticles = map[string]bool{
	"al": true, "el": true, "a": true, "as": true, "ad": true, "ar": true, "az": true,
	"ash": true, "at": true, "an": true, "adh": true, "ath": true, "ul": true,
}

// NormKey is the key under which spelling variants of one name meet: it
// lower-cases, folds diacritics, drops apostrophes of every kind, treats
// hyphens as spaces, drops the Arabic article ("al-", "a-", "el-", "ash-")
// and collapses doubled letters. So "Hay’at Tahrir a-Sham" and
// "Hayat Tahrir al-Sham" share the key "hayat tahrir sham".
func NormKey(name string) string {
	var b strings.Builder
	b.Grow(len(name))
	var prev rune = ' '
	for _, r := range name {
		// latinFold folds no ASCII letter (TestLatinFoldASCII): most names
		// are spared the map look-up
		if r >= utf8.RuneSelf {
			if f, ok := latinFold[r]; ok {
				r = f
			}
		}
		r = unicode.ToLower(r)
		switch {
		case r == '\'' || r == '’' || r == '‘' || r == '`' || r == 'ʿ' || r == 'ʾ' || r == '´' || r == '.':
			continue
		case r == '-' || r == '_' || unicode.IsSpace(r) || r == '/' || r == ',':
			r = ' '
			if prev == ' ' {
				continue
			}
		case r == prev && unicode.IsLetter(r):
			continue // doubled letters: "Hamma" / "Hama"
		}
		b.WriteRune(r)
		prev = r
	}
	// one word, the usual case, needs no splitting: the loop above left
	// no space but ' ' and the article is dropped only before a word
	k := b.String()
	if strings.IndexByte(k, ' ') < 0 {
		return k
	}
	words := strings.Fields(k)
	out := words[:0]
	for i, w := range words {
		if arabicArticles[w] && i+1 < len(words) {
			continue
		}
		out = append(out, w)
	}
	return strings.Join(out, " ")
}
