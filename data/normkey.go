package data

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// NormKey folds a name to the key that transliteration variants share, so
// "Hay’at Tahrir a-Sham" and "Hayat Tahrir al-Sham" are one entity:
// lower case, no diacritics, no apostrophes or ayn/hamza marks, hyphens as
// spaces, the Arabic article ("al-", "a-", "el-", "ad-", "ash-", ...) and a
// leading "the" dropped, and doubled letters made single ("Rasheed" and
// "Rashed"). Vowel differences ("Rashid") are left to approximate search.
func NormKey(name string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(name) {
		switch {
		case unicode.Is(unicode.Mn, r):
			// combining marks: diacritics
		case r == '\'' || r == '’' || r == '‘' || r == '`' || r == 'ʿ' || r == 'ʾ' || r == '´':
		case r == '-' || r == '‐' || r == '–' || r == '—' || r == '_' || r == '.':
			b.WriteByte(' ')
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(unicode.ToLower(r))
		default:
			b.WriteByte(' ')
		}
	}
	// Particles go where they are attached by a hyphen, or stand alone in a
	// form that is not an English word; a lone "a" would be a real word.
	words := strings.Fields(b.String())
	hyphenated := hyphenParticles(name)
	out := words[:0]
	for i, w := range words {
		if i == 0 && w == "the" && len(words) > 1 {
			continue
		}
		if len(words) > 1 && (standaloneArticles[w] || hyphenated[i]) {
			continue
		}
		out = append(out, squeeze(w))
	}
	if len(out) == 0 {
		return squeeze(strings.Join(words, " "))
	}
	return strings.Join(out, " ")
}

// arabicArticles are the forms the article takes before sun and moon letters.
var arabicArticles = map[string]bool{
	"al": true, "a": true, "el": true, "ad": true, "ar": true, "as": true, "ash": true,
	"at": true, "az": true, "an": true, "ath": true, "adh": true,
	"ez": true, "es": true, "ed": true, "et": true, "er": true, "esh": true,
}

// standaloneArticles are the article's forms that are not also common
// English words, so they can be dropped when written without a hyphen
// ("Deir ez Zor", "Dayr az Zawr").
var standaloneArticles = map[string]bool{
	"al": true, "el": true, "ad": true, "ash": true, "az": true, "ez": true, "es": true,
	"ed": true, "esh": true, "ath": true, "adh": true, "er": true,
}

// hyphenParticles marks, by word index in the folded name, the words that
// are an Arabic article followed by a hyphen ("a-Sham", "ash-Shaykh").
func hyphenParticles(name string) map[int]bool {
	marks := map[int]bool{}
	idx := 0
	fields := strings.FieldsFunc(norm.NFD.String(name), func(r rune) bool {
		return !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' || unicode.Is(unicode.Mn, r) ||
			r == '\'' || r == '’' || r == '‘' || r == '`' || r == 'ʿ' || r == 'ʾ')
	})
	for _, f := range fields {
		parts := strings.Split(f, "-")
		for j, p := range parts {
			clean := strings.ToLower(strings.Map(func(r rune) rune {
				if unicode.IsLetter(r) || unicode.IsDigit(r) {
					return r
				}
				return -1
			}, p))
			if clean == "" {
				continue
			}
			if j < len(parts)-1 && arabicArticles[clean] {
				marks[idx] = true
			}
			idx++
		}
	}
	return marks
}

// squeeze makes doubled letters single.
func squeeze(w string) string {
	var b strings.Builder
	var last rune
	for i, r := range w {
		if i > 0 && r == last {
			continue
		}
		b.WriteRune(r)
		last = r
	}
	return b.String()
}

// SpellingVariants reports whether two normalised keys spell one name
// with other vowels ("idleb" and "idlib", "kobane" and "kobani",
// "hasakeh" and "hasakah", "mayadeen" and "mayadin"): their consonants,
// after the first letter, are the same. A gazetteer's other name that is
// another word ("Adra" listed for Daraa) is not a variant.
func SpellingVariants(a, b string) bool {
	sa, sb := consonants(a), consonants(b)
	return len(sa) >= 3 && sa == sb
}

// consonants is a key's first letter and then its consonants, without
// spaces, a final "h" after a vowel ("-ah", "-eh"), or "y" and "w" used as
// vowels; doubled letters are made single.
func consonants(key string) string {
	var b strings.Builder
	words := strings.Fields(key)
	for wi, w := range words {
		if n := len(w); n > 2 && w[n-1] == 'h' && isVowel(rune(w[n-2])) {
			w = w[:n-1]
		}
		for i, r := range w {
			if (wi > 0 || i > 0) && (isVowel(r) || r == 'y' || r == 'w') {
				continue
			}
			b.WriteRune(r)
		}
	}
	return squeeze(b.String())
}

func isVowel(r rune) bool {
	switch r {
	case 'a', 'e', 'i', 'o', 'u':
		return true
	}
	return false
}
