package data

// Article is one stored article with everything the reader shows.
type Article struct {
	ID        int64
	Title     string
	Body      string
	Published string // YYYY-MM-DD or "" when undated
	Source    string
	URL       string
	Author    string
	Location  string
	NeedsOCR  bool
	Starred   bool
	CopyOf    int64 // near-duplicate group leader, 0 when none
	Paths     []string
	Attrs     []Attr
	Tags      []string
}

// Attr is one metadata value of an article; a key may hold several values
// when duplicate imports disagreed.
type Attr struct {
	Key   string
	Value string
}

// ArticleSummary is an article as the list shows it.
type ArticleSummary struct {
	ID        int64
	Title     string
	Published string
	Source    string
	Snippet   string // search snippet, with matches between \x02 and \x03
}

// NewArticle is what the import pipeline hands to the store.
type NewArticle struct {
	Title, Body, Published, Source, URL, Author, Location string
	NeedsOCR                                              bool
	ContentHash                                           string
	SimHash                                               uint64
	Path                                                  string
	// File, when set, is recorded as fully imported once this article is
	// stored: the importer sets it on the last document read from a file.
	File  *ImportedFile
	Attrs []Attr
	Tags  []string
	// Extraction, when set, is stored with a new article (not a duplicate).
	Extraction *Extraction
}

// InsertOutcome says what became of one NewArticle.
type InsertOutcome struct {
	ID        int64
	Duplicate bool // the text was already stored; only the path and metadata were added
}

// Entity is one real-world person, organisation or place in the collection.
type Entity struct {
	ID        int64
	Name      string
	Type      string // PERSON, ORG or PLACE
	Aliases   []string
	Mentions  int
	Articles  int
	Hidden    bool
	Watched   bool
	Latitude  *float64
	Longitude *float64
	Country   string
}

// Counts are the totals the status line shows.
type Counts struct {
	Articles int
	Undated  int
	Entities int
	Events   int
}

// ImportedFile identifies a file by path, size and modification time.
type ImportedFile struct {
	Path        string
	Size, MTime int64
}
