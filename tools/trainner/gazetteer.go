package main

import (
	"bufio"
	"compress/gzip"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode"

	"dossier/app/extract"
)

// buildGazetteer derives places.tsv.gz from GeoNames cities15000: the
// name, country, coordinates, population and the Latin-script alternate
// names (as NormKey keys) of every city, minus names that are common
// English words.
func buildGazetteer(corpus, out string) error {
	outDir = out
	common, err := commonWords(corpus)
	if err != nil {
		return err
	}
	f, err := os.Open(filepath.Join(corpus, "geonames", "cities15000.txt"))
	if err != nil {
		return err
	}
	defer f.Close()
	of, err := os.Create(filepath.Join(out, "places.tsv.gz"))
	if err != nil {
		return err
	}
	zw, _ := gzip.NewWriterLevel(of, gzip.BestCompression)
	w := bufio.NewWriter(zw)
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<22), 1<<22)
	n := 0
	for sc.Scan() {
		c := strings.Split(sc.Text(), "\t")
		if len(c) < 15 {
			continue
		}
		name, ascii, cc, lat, lon, pop := c[1], c[2], c[8], c[4], c[5], c[14]
		seen := map[string]bool{extract.NormKey(name): true}
		var alts []string
		for _, a := range append([]string{ascii}, strings.Split(c[3], ",")...) {
			a = strings.TrimSpace(a)
			k := extract.NormKey(a)
			if k == "" || seen[k] || !usableName(a) || common[k] {
				continue
			}
			seen[k] = true
			alts = append(alts, k) // stored as keys: New need not normalise them
		}
		if common[extract.NormKey(name)] {
			// the primary name is a common word ("Split", "Mobile"): keep the
			// place for its other names only
			if len(alts) == 0 {
				continue
			}
		}
		sort.Strings(alts)
		fmt.Fprintf(w, "%s\t%s\t%s\t%s\t%s\t%s\n", name, cc, lat, lon, pop, strings.Join(alts, "|"))
		n++
	}
	if err := sc.Err(); err != nil {
		return err
	}
	if err := w.Flush(); err != nil {
		return err
	}
	if err := zw.Close(); err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "gazetteer: %d places\n", n)
	return of.Close()
}

// outDir is where buildGazetteer writes its files.
var outDir = "assets/extract"

// usableName keeps Latin-script names that look like names: capitalised,
// at least three letters, not an all-capitals code like "ALV".
func usableName(s string) bool {
	letters := 0
	upper := 0
	for _, r := range s {
		switch {
		case unicode.IsLetter(r):
			if !unicode.Is(unicode.Latin, r) {
				return false
			}
			letters++
			if unicode.IsUpper(r) {
				upper++
			}
		case r == ' ' || r == '-' || r == '\'' || r == '’' || r == '‘' || r == '`' || r == '.':
		default:
			return false
		}
	}
	first := []rune(s)[0]
	return letters >= 3 && unicode.IsUpper(first) && !(upper == letters && letters <= 4)
}

// commonWords are lower-case words of the GMB news corpus frequent enough
// that a place of that name would mostly be a false alarm.
func commonWords(corpus string) (map[string]bool, error) {
	sents, err := readGMB(corpus)
	if err != nil {
		return nil, err
	}
	low := lowerCounts(sents)
	towns, err := townNames(corpus)
	if err != nil {
		return nil, err
	}
	if err := writeGivenNames(sents, low, towns); err != nil {
		return nil, err
	}
	common := map[string]bool{}
	var words []string
	for w, n := range low {
		if n >= 3 {
			common[extract.NormKey(w)] = true
			words = append(words, w)
		}
	}
	sort.Strings(words)
	return common, writeLowerWords(words)
}

// lowerCounts counts how often each word is written in lower case, not
// counting the first word of a sentence.
func lowerCounts(sents []extract.TaggedSentence) map[string]int {
	low := map[string]int{}
	for _, s := range sents {
		for k, t := range s.Words {
			if k > 0 && t != "" && unicode.IsLower([]rune(t)[0]) {
				low[strings.ToLower(t)]++
			}
		}
	}
	return low
}

// buildGivenNames rewrites only givennames.txt.gz (buildGazetteer writes it
// too, with the other word lists).
func buildGivenNames(corpus, out string) error {
	outDir = out
	sents, err := readGMB(corpus)
	if err != nil {
		return err
	}
	towns, err := townNames(corpus)
	if err != nil {
		return err
	}
	return writeGivenNames(sents, lowerCounts(sents), towns)
}

// writeLowerWords saves the words that news writes in lower case, for the
// tagger's "capitalised only because it starts the sentence" feature.
func writeLowerWords(words []string) error {
	return writeWordList("lowerwords.txt.gz", words)
}

// writeWordList saves words, one a line, gzipped, as the extractor's
// loadWordSet reads them.
func writeWordList(name string, words []string) error {
	f, err := os.Create(filepath.Join(outDir, name))
	if err != nil {
		return err
	}
	zw, _ := gzip.NewWriterLevel(f, gzip.BestCompression)
	if _, err := zw.Write([]byte(strings.Join(words, "\n") + "\n")); err != nil {
		return err
	}
	if err := zw.Close(); err != nil {
		return err
	}
	return f.Close()
}

// writeGivenNames saves the words GMB uses to open a person's name of two
// or more words ("Glenn" in "Glenn Greenwald"): a later pass types an
// unknown "at Glenn Greenwald" a person rather than a place.
//
// GMB tags an office as part of the name ("Prime Minister Tony Blair" is
// one person), so the office words are skipped first: words news also
// writes in lower case (low, "prime", "minister", "general") and the
// honorifics that are not ("Sheikh", "Sir"). A word counts when at least
// one more word of the name follows it.
//
// A given name is rarely the opening word of another kind of name. A word
// seen before several different surnames ("William Hague", "William
// Burns") is a given name even if it sometimes opens an organisation or a
// place ("William Foot Foundation"): it may do so under a third as often.
// A word seen before one surname only ("Dow Jones", "Falun Gong") may be
// the first half of a fixed name, so it must open other names under a
// tenth as often. A word GMB writes nowhere but at the start of a person's
// name ("Giuseppe", "Knut", most of them seen once) is a given name too:
// the surname after it shows what it is, and no other use argues against,
// unless it is also the name of a town ("Orlando", "Sandy", "Hama") or
// the word after it is used otherwise too ("Ria Novosti"): one person in
// GMB does not outweigh a city in the news.
func writeGivenNames(sents []extract.TaggedSentence, low map[string]int, towns map[string]bool) error {
	per, otherOpen, seen, inPer := map[string]int{}, map[string]int{}, map[string]int{}, map[string]int{}
	next := map[string]map[string]bool{}
	for _, s := range sents {
		for i, w := range s.Words {
			seen[w]++
			if strings.HasSuffix(s.Tags[i], "-per") {
				inPer[w]++
			}
		}
		for i := 0; i < len(s.Tags); i++ {
			t := s.Tags[i]
			if t != "B-per" {
				if strings.HasPrefix(t, "B-") {
					otherOpen[s.Words[i]]++
				}
				continue
			}
			j := i + 1
			for j < len(s.Tags) && s.Tags[j] == "I-per" {
				j++
			}
			a := i
			for a < j && isHonorific(s.Words[a], low) {
				a++
			}
			if j-a >= 2 {
				w := s.Words[a]
				per[w]++
				if next[w] == nil {
					next[w] = map[string]bool{}
				}
				next[w][s.Words[a+1]] = true
			}
			i = j - 1
		}
	}
	// onlyNamed: every word after w in a person's name is seen nowhere else
	// either (GMB's "Ria Novosti" as a person once, Novosti a place too)
	onlyNamed := func(w string) bool {
		for nx := range next[w] {
			if inPer[nx] != seen[nx] {
				return false
			}
		}
		return true
	}
	var names []string
	for w, n := range per {
		ratio := 10
		if len(next[w]) >= 2 {
			ratio = 3
		}
		if (n >= 2 && otherOpen[w]*ratio <= n || n == seen[w] && !towns[w] && onlyNamed(w)) && len(w) > 2 && unicode.IsUpper([]rune(w)[0]) && strings.ToUpper(w) != w && !isHonorific(w, low) {
			names = append(names, w)
		}
	}
	sort.Strings(names)
	fmt.Fprintf(os.Stderr, "given names: %d\n", len(names))
	return writeWordList("givennames.txt.gz", names)
}

// townNames are the primary, ASCII and one-word Latin alternate names of
// the GeoNames cities.
func townNames(corpus string) (map[string]bool, error) {
	f, err := os.Open(filepath.Join(corpus, "geonames", "cities15000.txt"))
	if err != nil {
		return nil, err
	}
	defer f.Close()
	towns := map[string]bool{}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<22), 1<<22)
	for sc.Scan() {
		c := strings.SplitN(sc.Text(), "\t", 4)
		if len(c) >= 3 {
			towns[c[1]], towns[c[2]] = true, true
		}
		if len(c) == 4 {
			// the spellings news uses too: "Hama" is an alternate of "Hamah"
			for _, a := range strings.Split(strings.SplitN(c[3], "\t", 2)[0], ",") {
				if a != "" && usableName(a) && !strings.Contains(a, " ") {
					towns[a] = true
				}
			}
		}
	}
	return towns, sc.Err()
}

// isHonorific is true for a word of an office or a form of address before a
// name: one news also writes in lower case ("President", "General", "Prime")
// or an honorific that it does not.
func isHonorific(w string, low map[string]int) bool {
	l := strings.ToLower(w)
	return low[l] >= 3 || honorifics[l]
}

// honorifics are forms of address and religious or royal titles that GMB
// counts as part of a person's name and rarely writes in lower case.
var honorifics = map[string]bool{
	"sir": true, "dame": true, "lord": true, "lady": true, "sheikh": true, "sheik": true, "shiekh": true,
	"cardinal": true, "mullah": true, "imam": true, "ayatollah": true, "pope": true, "saint": true,
	"reverend": true, "rev": true, "king": true, "queen": true, "prince": true, "princess": true,
	"emir": true, "sultan": true, "crown": true, "mr.": true, "mrs.": true, "ms.": true, "dr.": true,
}
