// Package extract finds what a news article is about: the people,
// organisations and places it names, the time expressions it uses (TIMEX3,
// resolved against the publication date and the tense of the sentence) and
// the dated events it reports. It is pure Go and offline: the tagger model,
// the gazetteer and the word lists are embedded in the binary (package
// assets), so New needs no files and Extract needs nothing but the text.
package extract

import (
	"time"
)

// Entity is one mention of a person, organisation or place.
// Start and End are UTF-8 byte offsets into the text (End exclusive).
type Entity struct {
	Start, End int
	Text       string
	Type       string // PERSON, ORG or PLACE
	// Canonical is the name of the real-world entity the mention refers to
	// within the article: "Mohammad Rasheed" for a later "Rasheed",
	// "Syrian Arab Army" for "SAA" when the text defines the acronym.
	Canonical  string
	Confidence float64
}

// Timex is one TIMEX3 time expression with its normalised value.
type Timex struct {
	Start, End int
	Text       string
	Type       string // DATE, TIME, DURATION or SET
	Value      string // e.g. 2017-04-23, 2017-W16, P3M, PRESENT_REF
	Mod        string // e.g. MORE_THAN, START; empty when none
	Confidence float64
}

// Event is a sentence stating that something happened at a resolved date.
// Start and End span the sentence.
type Event struct {
	Start, End int
	Date       string // TIMEX3 value of day, week, month or year precision
	Precision  string // day, week, month or year
	Summary    string
	Actors     []string // canonical PERSON/ORG names
	Places     []string // canonical PLACE names
	Caption    bool     // the sentence is a photo caption
	Confidence float64
}

// Result is everything Extract found in one text, each list in text order.
type Result struct {
	Entities []Entity
	Timexes  []Timex
	Events   []Event
}

// Extractor holds the loaded model and gazetteer. It is read-only after New,
// so one Extractor may serve concurrent Extract calls.
type Extractor struct {
	tagger *tagger
	gaz    *gazetteer
	actors *actorList
	// others are the names of companies.tsv and bodies.tsv: found like
	// the actors, but no tagger feature, so that they may grow without
	// retraining the tagger (see otherListSpans)
	others *actorList
}

// New loads the embedded tagger model and gazetteer.
func New() (*Extractor, error) {
	g, err := loadGazetteer()
	if err != nil {
		return nil, err
	}
	t, err := loadTagger()
	if err != nil {
		return nil, err
	}
	a, err := loadActors()
	if err != nil {
		return nil, err
	}
	o, err := loadActorFile(companiesFile, bodiesFile)
	if err != nil {
		return nil, err
	}
	return &Extractor{tagger: t, gaz: g, actors: a, others: o}, nil
}

// Extract finds entities, time expressions and events in text. pub is the
// publication date that relative expressions are resolved against; when it
// is zero they get underspecified values such as XXXX-WXX-7.
func (x *Extractor) Extract(text string, pub time.Time) Result {
	doc := newDocument(text)
	r := Result{}
	r.Timexes = x.findTimexes(doc, pub)
	r.Entities = x.findEntities(doc, r.Timexes)
	r.Events = x.findEvents(doc, r.Entities, r.Timexes)
	return r
}

// ExtractStamped is Extract for a stored article, whose own page stamp
// ("Reuters Sunday 9 Oct 2016", "Published February 23 2015") is a truer
// publication date than the one it was imported with when the two
// disagree: a dataset's date column may be something else (FA-KES: the
// date of the event the article was matched to, off by days to years for
// one article in four), and "on Saturday" means the Saturday before the
// stamp. Only the time expressions are resolved again: the names do not
// depend on the date. It returns the date the text was resolved against.
func (x *Extractor) ExtractStamped(text string, pub time.Time) (Result, time.Time) {
	doc := newDocument(text)
	r := Result{}
	r.Timexes = x.findTimexes(doc, pub)
	if stamp, ok := pageStamp(text, r.Timexes); ok && !stamp.Equal(pub) {
		pub = stamp
		r.Timexes = x.findTimexes(doc, pub)
	}
	r.Entities = x.findEntities(doc, r.Timexes)
	r.Events = x.findEvents(doc, r.Entities, r.Timexes)
	return r, pub
}
