package extract

import (
	"strings"
	"unicode/utf8"

	"dossier/assets"
)

const actorsFile = "extract/actors.tsv"

// companiesFile lists companies the tagger reads as people ("Goldman
// Sachs"); unlike the actors, it is no tagger feature, so it may grow
// without a retrain.
const companiesFile = "extract/companies.tsv"

// bodiesFile lists organisations the tagger misreads whose names its
// training text holds: listing them among the actors would retrain the
// tagger (which moved the dev sets' scores by up to 0.008 when tried),
// so they are found like the companies, without being a feature.
const bodiesFile = "extract/bodies.tsv"

// actor is a well-known organisation or person of conflict reporting (or,
// typed MISC, a name that is neither, such as an operation) with
// the names it goes by, so that acronyms like "FSA" or "SDF" are found and
// linked to one canonical name even where the text never spells them out.
type actor struct {
	Name  string
	Type  string   // ORG, PERSON or MISC (known, never output)
	Names []string // every name as listed, Name first
}

// actorList maps NormKey of every name and alias to its actor; acronyms
// are kept case-sensitive so that "IS" is not the verb "is".
type actorList struct {
	byKey    map[string]*actor
	exact    map[string]*actor
	prefixes map[string]bool
	maxLen   int
	// clitics are the keys of the names' words that the tokenizer splits
	// at the apostrophe ("peoples" of "People's Protection Units",
	// "workers" of "Kurdistan Workers' Party"): only a sentence with one
	// of them needs the second, clitic-aware marking of sentFeats.listed
	clitics map[string]bool
	// firsts are the first words of the names, in lower case (lowerWord),
	// for a cheap test of whether a sentence may hold one
	firsts map[string]bool
}

// addClitics records in set the keys of name's words that end in an
// apostrophe or "'s".
func addClitics(set map[string]bool, name string) {
	for _, w := range strings.Fields(name) {
		i := strings.IndexAny(w, "'’‘")
		if i <= 0 {
			continue
		}
		_, size := utf8.DecodeRuneInString(w[i:])
		if rest := strings.ToLower(w[i+size:]); rest == "" || rest == "s" {
			set[NormKey(w)] = true
		}
	}
}

func loadActors() (*actorList, error) {
	return loadActorFile(actorsFile)
}

// loadActorFile reads one list from files in the format of actors.tsv.
func loadActorFile(files ...string) (*actorList, error) {
	l := newActorList()
	for _, file := range files {
		b, err := assets.Extract.ReadFile(file)
		if err != nil {
			return nil, err
		}
		l.addLines(string(b))
	}
	return l, nil
}

// addLines adds the names of a list's lines to l.
func (l *actorList) addLines(list string) {
	for _, line := range strings.Split(list, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) < 2 {
			continue
		}
		names := append([]string{cols[0]}, cols[2:]...)
		a := &actor{Name: cols[0], Type: cols[1], Names: names}
		for _, n := range names {
			if n == "" {
				continue
			}
			l.addName(a, n)
		}
	}
}

func newActorList() *actorList {
	return &actorList{byKey: map[string]*actor{}, exact: map[string]*actor{}, prefixes: map[string]bool{}, clitics: map[string]bool{}, firsts: map[string]bool{}}
}

// addName makes n one of a's names: an acronym as written, any other name
// by its NormKey, with the prefixes and clitics markNames looks for.
func (l *actorList) addName(a *actor, n string) {
	if isAcronym(n) {
		l.exact[n] = a
	} else {
		l.byKey[NormKey(n)] = a
		addPrefixes(l.prefixes, NormKey(n))
		addClitics(l.clitics, n)
	}
	if w := strings.Fields(n); len(w) > 0 {
		l.firsts[lowerWord(w[0])] = true
	}
	l.maxLen = max(l.maxLen, strings.Count(n, " ")+1)
}

// has is true when the words ws, of NormKey k, are a name of the list
// (markNames' test): one word as get finds it, acronyms too.
func (l *actorList) has(k string, ws []string) bool {
	if len(ws) == 1 {
		return l.get(ws[0]) != nil
	}
	return l.byKey[k] != nil
}

// get finds the actor a name refers to, or nil.
func (l *actorList) get(name string) *actor {
	if a := l.exact[name]; a != nil {
		return a
	}
	if isAcronym(name) {
		// a name written in capitals ("DAESH", "HEZBOLLAH") is the name,
		// though no acronym the list knows; short ones may be other
		// acronyms
		if len(name) >= 5 && isLetters(name) {
			return l.byKey[NormKey(name)]
		}
		return nil
	}
	if a := l.byKey[NormKey(name)]; a != nil {
		return a
	}
	if a := l.titledAcronym(name); a != nil {
		return a
	}
	return l.possessive(name)
}

// titledAcronym finds the acronym a one-word name spells in the British
// house style that writes acronyms said as words with one capital ("Nato",
// "Unicef", "Unrwa", "Monusco"): four letters or more, lest "Isil"'s
// shorter kin be words, and not a listed given name ("Sana", "Sams").
func (l *actorList) titledAcronym(name string) *actor {
	if len(name) < 4 || len(name) > 8 || name[0] < 'A' || name[0] > 'Z' || titledAcronymNames[name] {
		return nil
	}
	for i := 1; i < len(name); i++ {
		if name[i] < 'a' || name[i] > 'z' {
			return nil
		}
	}
	return l.exact[strings.ToUpper(name)]
}

// titledAcronymNames are words that look like a listed acronym written
// in the British style but are mostly something else: a person's name.
var titledAcronymNames = map[string]bool{"Sana": true, "Sams": true}

// spelled is true when name is one of a's names as listed (any case).
func (a *actor) spelled(name string) bool {
	for _, n := range a.Names {
		if strings.EqualFold(n, name) {
			return true
		}
	}
	return false
}

// possessive finds the actor of a one-word possessive written without its
// apostrophe, as scraped text has it ("Assads regime", "ISISs fighters"):
// the word less its final "s" must be a listed name.
func (l *actorList) possessive(name string) *actor {
	n := len(name)
	if n < 3 || name[n-1] != 's' || strings.Contains(name, " ") {
		return nil
	}
	stem := name[:n-1]
	if a := l.exact[stem]; a != nil {
		return a // "ISs fighters"
	}
	if n < 4 {
		return nil
	}
	if isAcronym(stem) {
		return nil
	}
	return l.byKey[NormKey(stem)]
}

// isLetters is true for a word of ASCII letters only.
func isLetters(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i] | 0x20; c < 'a' || c > 'z' {
			return false
		}
	}
	return s != ""
}

// isAcronym is true for all-capital words such as "SAA" or "U.S." (two or
// more capitals, no lower-case letters).
func isAcronym(s string) bool {
	caps := 0
	for _, r := range s {
		switch {
		case r >= 'A' && r <= 'Z':
			caps++
		case r == '.' || r == '-' || r == '&' || (r >= '0' && r <= '9'):
		default:
			return false
		}
	}
	return caps >= 2
}
