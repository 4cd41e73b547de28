package search

import (
	"context"
	"slices"
	"strings"
	"sync"
	"time"
	"unicode"

	"github.com/sahilm/fuzzy"

	"dossier/data"
)

// nameIndex is the in-memory vocabulary approximate matching works on: the
// words of every title and entity name (as the FTS5 index spells them; in
// a small collection every indexed word) and every entity name and alias
// with its transliteration-folded key. It is built once per version of the
// collection (data.Store.SearchVersion) and only read afterwards, so
// concurrent searches share it.
type nameIndex struct {
	version string
	words   *vocabulary // FTS tokens of titles, names and aliases (and text)
	names   []nameEntry
	byKey   map[string][]int // whole norm key → names
	byWord  map[string][]int // one word of a norm key → names
	acronym map[string][]int // initials of the norm key ("hts") → names
	keyWord *vocabulary      // the words of every norm key
	folded  foldedNames      // norm keys, for sahilm/fuzzy
	// docs caches term document counts (FTS5 vocabulary) for this version.
	mu   sync.Mutex
	docs map[string]int
}

type nameEntry struct {
	data.SearchName
	words []string
}

type foldedNames []nameEntry

func (f foldedNames) String(i int) string { return f[i].NormKey }
func (f foldedNames) Len() int            { return len(f) }

// bodyVocabularyUpTo is the largest collection (in articles) whose whole
// indexed vocabulary, not only its titles, is read for approximate
// matching: about 200 ms of reading at that size.
const bodyVocabularyUpTo = 5000

// buildIndex reads titles, names and aliases and indexes them.
func buildIndex(ctx context.Context, store *data.Store, version string) (*nameIndex, error) {
	titles, err := store.TitleText(ctx)
	if err != nil {
		return nil, err
	}
	names, err := store.SearchNames(ctx)
	if err != nil {
		return nil, err
	}
	text := []string{titles}
	// A small collection's titles are too few to hold its vocabulary
	// (place names are mostly in the text), and reading every indexed
	// word of it is quick.
	if strings.Count(titles, "\n") < bodyVocabularyUpTo {
		terms, err := store.IndexedTerms(ctx)
		if err != nil {
			return nil, err
		}
		text = append(text, strings.Join(terms, "\n"))
	}
	return newIndex(version, text, names), nil
}

// newIndex indexes texts (one title or word a line) and names.
func newIndex(version string, texts []string, names []data.SearchName) *nameIndex {
	ix := &nameIndex{version: version, words: newVocabulary(), byKey: map[string][]int{},
		byWord: map[string][]int{}, acronym: map[string][]int{}, keyWord: newVocabulary(), docs: map[string]int{}}
	for _, text := range texts {
		// Line by line, so that the ASCII titles take the fast path.
		for t := range strings.Lines(text) {
			for _, w := range tokens(t) {
				ix.words.add(w)
			}
		}
	}
	for _, n := range names {
		if n.NormKey == "" {
			n.NormKey = data.NormKey(n.Name)
		}
		e := nameEntry{SearchName: n, words: strings.Fields(n.NormKey)}
		i := len(ix.names)
		ix.names = append(ix.names, e)
		ix.byKey[n.NormKey] = append(ix.byKey[n.NormKey], i)
		var initials []byte
		for _, w := range uniq(e.words) {
			ix.byWord[w] = append(ix.byWord[w], i)
			ix.keyWord.add(w)
		}
		for _, w := range e.words {
			initials = append(initials, w[0])
		}
		if len(initials) >= 2 {
			ix.acronym[string(initials)] = append(ix.acronym[string(initials)], i)
		}
		for _, w := range tokens(n.Name) {
			ix.words.add(w)
		}
	}
	ix.folded = ix.names
	ix.words.seal()
	ix.keyWord.seal()
	return ix
}

func uniq(ws []string) []string {
	out := make([]string, 0, len(ws))
	for _, w := range ws {
		if !slices.Contains(out, w) {
			out = append(out, w)
		}
	}
	return out
}

// nameMatch is an entity found by one of its names.
type nameMatch struct {
	EntityID int64
	Entity   string
	Type     string
	Name     string // the name or alias that matched
	Exact    bool   // the folded keys are equal
	Cost     int    // letters off; lower is better
	Articles int
	// Covered is the share of the name's words that were typed (1 for an
	// abbreviation): a single common word names no entity in particular.
	Covered float64
}

// lookupNames finds the entities whose name or alias approximately matches
// text: equal folded keys first, then names whose words each approximately
// match a typed word (in order), then typed abbreviations and partial
// names. At most limit entities, best first. typ, when set, keeps one type.
func (ix *nameIndex) lookupNames(text, typ string, limit int) []nameMatch {
	key := data.NormKey(text)
	if key == "" {
		return nil
	}
	best := map[int64]nameMatch{}
	typed := strings.Fields(key)
	acronym := false
	consider := func(i int, exact bool, cost int) {
		e := ix.names[i]
		if typ != "" && e.Type != typ {
			return
		}
		m := nameMatch{EntityID: e.EntityID, Entity: e.Entity, Type: e.Type, Name: e.Name, Exact: exact, Cost: cost, Articles: e.Articles,
			Covered: min(1, float64(len(typed))/float64(max(1, len(e.words))))}
		if acronym {
			m.Covered = 1
		}
		if old, ok := best[e.EntityID]; ok && (old.Exact && !exact || old.Exact == exact && old.Cost <= cost) {
			return
		}
		best[e.EntityID] = m
	}
	for _, i := range ix.byKey[key] {
		consider(i, true, 0)
	}
	// Each typed word, as itself or an approximate spelling, with its cost.
	options := make([]map[string]int, len(typed))
	for k, w := range typed {
		options[k] = map[string]int{w: 0}
		for _, v := range ix.keyWord.similar(w) {
			d, _ := similarWord(w, v)
			options[k][v] = max(d, 1)
		}
		// A partial name ("khan shay"): words the typed one begins.
		if len(w) >= 3 {
			for _, v := range ix.keyWord.completions(w, 32) {
				if _, ok := options[k][v]; !ok {
					options[k][v] = 1 + (len(v)-len(w))/4
				}
			}
		}
	}
	// Candidates are the names holding an option of the rarest typed word.
	var cands []int
	for k := range typed {
		var c []int
		for v := range options[k] {
			c = append(c, ix.byWord[v]...)
		}
		if k == 0 || len(c) < len(cands) {
			cands = c
		}
	}
	for _, i := range cands {
		if cost, ok := wordsInOrder(typed, options, ix.names[i].words); ok {
			consider(i, false, cost+len(ix.names[i].words)-len(typed))
		}
	}
	// Abbreviations ("hts") and partial names ("khan shay").
	compactKey := strings.ReplaceAll(key, " ", "")
	if len(typed) == 1 && len(compactKey) >= 2 && len(compactKey) <= 6 {
		acronym = true
		for _, i := range ix.acronym[compactKey] {
			consider(i, false, 1)
		}
		acronym = false
	}
	// The subsequence matcher reads every name, so it is the last resort,
	// for what the folded words did not find ("tahrsham").
	if len(best) == 0 && len([]rune(key)) >= 3 {
		for _, m := range fuzzy.FindFromNoSort(key, ix.folded) {
			if wordStarts(ix.names[m.Index].NormKey, m.MatchedIndexes) {
				consider(m.Index, false, 2+len(ix.names[m.Index].NormKey)-len(key))
			}
		}
	}
	out := make([]nameMatch, 0, len(best))
	for _, m := range best {
		out = append(out, m)
	}
	sortBy(out, func(a, b nameMatch) bool {
		if a.Exact != b.Exact {
			return a.Exact
		}
		if a.Cost != b.Cost {
			return a.Cost < b.Cost
		}
		if a.Articles != b.Articles {
			return a.Articles > b.Articles
		}
		return a.Entity < b.Entity
	})
	if len(out) > limit {
		out = out[:limit]
	}
	return out
}

// wordsInOrder matches every typed word to a later word of the name (as
// itself or one of its approximate spellings) and returns the total cost.
func wordsInOrder(typed []string, options []map[string]int, words []string) (int, bool) {
	cost, j := 0, 0
	for k := range typed {
		found := false
		for ; j < len(words); j++ {
			if c, ok := options[k][words[j]]; ok {
				cost += c
				found = true
				j++
				break
			}
		}
		if !found {
			return 0, false
		}
	}
	return cost, true
}

// wordStarts accepts a subsequence match whose every run of matched
// characters begins at the start of a word: an abbreviation or the first
// letters of the name's words, not letters scattered through it.
func wordStarts(s string, idx []int) bool {
	if len(idx) == 0 {
		return false
	}
	for k, i := range idx {
		if k > 0 && idx[k-1] == i-1 {
			continue
		}
		if i > 0 && !unicode.IsSpace(rune(s[i-1])) {
			return false
		}
	}
	return true
}

// termDocs returns the number of articles containing a term, cached for
// the index's version of the collection.
func (ix *nameIndex) termDocs(ctx context.Context, store *data.Store, term string, prefix bool) (int, error) {
	k := term
	if prefix {
		k += "*"
	}
	ix.mu.Lock()
	n, ok := ix.docs[k]
	ix.mu.Unlock()
	if ok {
		return n, nil
	}
	n, err := store.TermDocs(ctx, term, prefix)
	if err != nil {
		return 0, err
	}
	ix.mu.Lock()
	ix.docs[k] = n
	ix.mu.Unlock()
	return n, nil
}

// indexCache keeps one index per open store, rebuilt when the collection's
// search version changes. It is shared by every search of the process
// because the window and the CLI hold a store, not a search engine.
var indexCache = struct {
	sync.Mutex
	byStore  map[*data.Store]*nameIndex
	building map[*data.Store]bool
	used     map[*data.Store]time.Time
}{byStore: map[*data.Store]*nameIndex{}, building: map[*data.Store]bool{}, used: map[*data.Store]time.Time{}}

// bigIndex is the size (titles and names) above which a stale index keeps
// serving while a new one is built in the background, so that searching
// during an import does not rebuild on every keystroke.
const bigIndex = 20000

// maxCachedStores bounds the cache: stores that were closed are dropped
// when others are opened.
const maxCachedStores = 4

// indexFor returns the store's index for the current version of the
// collection, building it when missing.
func indexFor(ctx context.Context, store *data.Store) (*nameIndex, error) {
	version, err := store.SearchVersion(ctx)
	if err != nil {
		return nil, err
	}
	c := &indexCache
	c.Lock()
	ix := c.byStore[store]
	c.used[store] = time.Now()
	if ix != nil && ix.version == version {
		c.Unlock()
		return ix, nil
	}
	if ix != nil && len(ix.names)+len(ix.words.words) > bigIndex {
		if !c.building[store] {
			c.building[store] = true
			go func() {
				fresh, err := buildIndex(context.Background(), store, version)
				c.Lock()
				defer c.Unlock()
				delete(c.building, store)
				if err == nil {
					c.byStore[store] = fresh
				}
			}()
		}
		c.Unlock()
		return ix, nil
	}
	c.Unlock()
	fresh, err := buildIndex(ctx, store, version)
	if err != nil {
		return nil, err
	}
	c.Lock()
	defer c.Unlock()
	c.byStore[store] = fresh
	for len(c.byStore) > maxCachedStores {
		var oldest *data.Store
		for s := range c.byStore {
			if s != store && (oldest == nil || c.used[s].Before(c.used[oldest])) {
				oldest = s
			}
		}
		delete(c.byStore, oldest)
		delete(c.used, oldest)
	}
	return fresh, nil
}

// Forget drops what is cached for a store; the window calls it when it
// closes a collection.
func Forget(store *data.Store) {
	c := &indexCache
	c.Lock()
	defer c.Unlock()
	delete(c.byStore, store)
	delete(c.used, store)
}

// Warm builds the approximate-matching index of a collection ahead of the
// first search (the window calls it after opening a collection), so the
// first search does not pay for reading every title.
func Warm(ctx context.Context, store *data.Store) error {
	_, err := indexFor(ctx, store)
	return err
}

// sortBy sorts s stably by less.
func sortBy[T any](s []T, less func(a, b T) bool) {
	slices.SortStableFunc(s, func(a, b T) int {
		switch {
		case less(a, b):
			return -1
		case less(b, a):
			return 1
		}
		return 0
	})
}
