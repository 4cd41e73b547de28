package extract

import (
	"bufio"
	"compress/gzip"
	"fmt"
	"io"
	"io/fs"
	"strconv"
	"strings"

	"dossier/assets"
)

// Place is a gazetteer entry: the canonical name of a place, its country
// (ISO 3166 alpha-2) and, for cities, its coordinates.
type Place struct {
	Name     string
	Country  string
	Lat, Lon float64
	Pop      int
	// State is true for sovereign states, which news also writes as
	// parties that act ("Turkey said", "the United States supports").
	State bool
}

// gazetteer maps NormKey(name) of every known spelling to its place.
type gazetteer struct {
	places   map[string]*Place
	prefixes map[string]bool // word prefixes of the keys, for markNames
	maxLen   int             // longest name in words
	lower    map[string]bool // words news writes in lower case (lowerwords.txt.gz)
	// stateStems are the people's adjectives formed by cutting a state's
	// name ("german" from Germany, "kazakh" from Kazakhstan, "afghan" from
	// Afghanistan), found once so that isDemonym needs no lookup
	stateStems map[string]bool
	given      map[string]bool // words that open people's names (givennames.txt.gz)
	// seatPop is the population of the town a hand-listed region took its
	// coordinates from, while the gazetteer loads
	seatPop map[*Place]int
}

const (
	placesFile     = "extract/places.tsv.gz"
	regionsFile    = "extract/regions.tsv"
	lowerWordsFile = "extract/lowerwords.txt.gz"
	givenNamesFile = "extract/givennames.txt.gz"
	// hand-written given names of the region the GMB list lacks; not a
	// tagger feature, so adding one needs no retraining
	regionGivenFile = "extract/givennames-region.txt"
)

// regionPop ranks hand-listed countries and regions above any city of the
// same name ("Georgia", "Lebanon").
const regionPop = 50_000_000

// townPop is the population filed for a hand-listed town: one the city
// gazetteer's 15,000 cut leaves out is a town like its smallest, trusted
// after "in", "near" … or where the tagger also sees a place, and the most
// specific place of an event.
const townPop = 15_000

func loadGazetteer() (*gazetteer, error) {
	g := &gazetteer{places: make(map[string]*Place, 200_000), prefixes: make(map[string]bool, 50_000), seatPop: map[*Place]int{}}
	if err := g.loadRegions(); err != nil {
		return nil, err
	}
	g.stateStems = map[string]bool{}
	for _, p := range g.places {
		name := strings.ToLower(p.Name)
		if !p.State || strings.Contains(name, " ") {
			continue
		}
		for _, end := range []string{"istan", "stan", "y"} {
			if stem, ok := strings.CutSuffix(name, end); ok && len(stem) >= 4 {
				g.stateStems[stem] = true
				break
			}
		}
	}
	var err error
	if g.lower, err = loadWordSet(lowerWordsFile); err != nil {
		return nil, err
	}
	if g.given, err = loadWordSet(givenNamesFile); err != nil {
		return nil, err
	}
	if err := addWordList(g.given, regionGivenFile); err != nil {
		return nil, err
	}
	f, err := assets.Extract.Open(placesFile)
	if err != nil {
		if isNotExist(err) {
			return g, nil // a build without the generated gazetteer still runs
		}
		return nil, err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", placesFile, err)
	}
	if err := g.readPlaces(zr); err != nil {
		return nil, fmt.Errorf("%s: %w", placesFile, err)
	}
	g.seatPop = nil // needed only while the places load
	return g, nil
}

func isNotExist(err error) bool {
	return err != nil && strings.Contains(err.Error(), fs.ErrNotExist.Error())
}

// readPlaces reads "name<TAB>country<TAB>lat<TAB>lon<TAB>pop<TAB>key|key|…",
// the alternate names stored already normalised (NormKey).
func (g *gazetteer) readPlaces(r io.Reader) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		cols := strings.Split(sc.Text(), "\t")
		if len(cols) < 6 {
			continue
		}
		lat, _ := strconv.ParseFloat(cols[2], 64)
		lon, _ := strconv.ParseFloat(cols[3], 64)
		pop, _ := strconv.Atoi(cols[4])
		p := &Place{Name: cols[0], Country: cols[1], Lat: lat, Lon: lon, Pop: pop}
		g.add(cols[0], p)
		for _, k := range strings.Split(cols[5], "|") {
			if k != "" {
				g.addKey(k, p)
			}
		}
	}
	return sc.Err()
}

func (g *gazetteer) loadRegions() error {
	b, err := assets.Extract.ReadFile(regionsFile)
	if err != nil {
		return err
	}
	// the file lists the states first, then a "# Regions" comment, then
	// "# Towns"
	states, pop := true, regionPop
	for _, line := range strings.Split(string(b), "\n") {
		if strings.HasPrefix(line, "# Regions") {
			states = false
		}
		if strings.HasPrefix(line, "# Towns") {
			states, pop = false, townPop
		}
		if line == "" || line[0] == '#' {
			continue
		}
		cols := strings.Split(line, "\t")
		p := &Place{Name: cols[0], Pop: pop, State: states}
		if len(cols) > 1 {
			p.Country = cols[1]
		}
		g.add(cols[0], p)
		for _, alt := range cols[min(2, len(cols)):] {
			g.add(alt, p)
		}
	}
	return nil
}

// add files p under name unless a bigger place already has that name.
func (g *gazetteer) add(name string, p *Place) {
	g.addKey(NormKey(name), p)
}

// addKey files p under an already normalised key.
func (g *gazetteer) addKey(k string, p *Place) {
	if k == "" {
		return
	}
	if old, ok := g.places[k]; ok && old.Pop >= p.Pop {
		// (seatPop is nil once loaded, when no town comes any more)
		// a hand-listed province named like its chief town ("Raqqa",
		// "Daraa", "Hasakah") is placed at that town: the biggest of its
		// country's towns of that name
		if old.Pop == regionPop && p.Pop < regionPop && !old.State && old.Country == p.Country && p.Pop > g.seatPop[old] {
			old.Lat, old.Lon = p.Lat, p.Lon
			g.seatPop[old] = p.Pop
		}
		return
	}
	g.places[k] = p
	if n := strings.Count(k, " ") + 1; n > 1 {
		g.maxLen = max(g.maxLen, n)
		addPrefixes(g.prefixes, k)
	}
}

// lookup finds the place a name refers to.
func (g *gazetteer) lookup(name string) *Place {
	return g.places[NormKey(name)]
}

// statePossessive is the state a possessive written without its
// apostrophe names, as scraped text has it ("Syrias", "Turkeys"), or nil.
// Only states: "Homs" is no possessive of a "Hom".
func (g *gazetteer) statePossessive(w string) *Place {
	n := len(w)
	if n < 5 || w[n-1] != 's' || g.places[NormKey(w)] != nil {
		return nil
	}
	if p := g.places[NormKey(w[:n-1])]; p != nil && p.State {
		return p
	}
	return nil
}

// lookupWords finds the place a run of n words names, or for one word a
// state's possessive scraped without its apostrophe; canon is the state's
// name then ("Syrias": Syria), else "".
func (g *gazetteer) lookupWords(name string, n int) (p *Place, canon string) {
	if p = g.lookup(name); p != nil || n != 1 {
		return p, ""
	}
	if p = g.statePossessive(name); p != nil {
		return p, p.Name
	}
	return nil, ""
}

// isState is true when name is a sovereign state (regions.tsv lists them
// first).
func (g *gazetteer) isState(name string) bool {
	p := g.lookup(name)
	return p != nil && p.State
}

// isGiven is true for a word that opens people's names; an accented
// spelling ("José", "François") counts as the plain one the list has
// from English news.
func (g *gazetteer) isGiven(w string) bool {
	if g.given[w] {
		return true
	}
	folded := strings.Map(func(r rune) rune {
		if f, ok := latinFold[r]; ok {
			return f
		}
		return r
	}, w)
	return folded != w && g.given[folded]
}

// LookupPlace returns the gazetteer entry for a place name in any of its
// spellings, or nil.
func (x *Extractor) LookupPlace(name string) *Place {
	return x.gaz.lookup(name)
}

// PlaceLookup loads only the embedded gazetteer and returns its lookup; the
// training tool uses it without needing a tagger model.
func PlaceLookup() (func(name string) *Place, error) {
	g, err := loadGazetteer()
	if err != nil {
		return nil, err
	}
	return g.lookup, nil
}

// loadWordSet reads a gzipped list of words, one a line; a build without
// the file gets an empty set.
// addWordList adds the words of a plain hand-written list (one a line,
// "#" opens a comment line) to set.
func addWordList(set map[string]bool, name string) error {
	b, err := fs.ReadFile(assets.Extract, name)
	if err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	for _, w := range strings.Split(string(b), "\n") {
		if w = strings.TrimSpace(w); w != "" && !strings.HasPrefix(w, "#") {
			set[w] = true
		}
	}
	return nil
}

func loadWordSet(name string) (map[string]bool, error) {
	set := map[string]bool{}
	f, err := assets.Extract.Open(name)
	if err != nil {
		if isNotExist(err) {
			return set, nil
		}
		return nil, err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	b, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	for _, w := range strings.Split(string(b), "\n") {
		if w != "" {
			set[w] = true
		}
	}
	return set, nil
}
