package search

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"dossier/app/analysis"
	"dossier/app/ingest"
	"dossier/assets"
	"dossier/data"
)

// seedDir holds the worked example; tests that need it skip without it.
const seedDir = "../../../shared/corpus/seed"

// mention finds the n-th (0-based) occurrence of text in the analysed text
// of an article and makes it a mention of entity.
func mention(title, body, text string, nth int, name, typ string) data.ExtractedMention {
	full := data.AnalysedText(title, body)
	at := -1
	for i := 0; i <= nth; i++ {
		j := strings.Index(full[at+1:], text)
		if j < 0 {
			return data.ExtractedMention{}
		}
		at += 1 + j
	}
	return data.ExtractedMention{Start: at, End: at + len(text), Text: text, Entity: data.EntityRef{Name: name, Type: typ}, Confidence: 1}
}

// seedStore holds the seed article with the entities of its gold
// annotation, and two FA-KES-like articles that spell names another way.
func seedStore(t *testing.T) (*data.Store, int64) {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join(seedDir, "000_a9d8ce577f5ed5ae.txt"))
	if err != nil {
		t.Skipf("seed article not available: %v", err)
	}
	s, err := data.Open(":memory:", data.CreateIfMissing)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	title := "Regime forces push deeper in rebel-held Hama backed by air campaign to ‘finish off the battle’"
	body := string(raw)
	var ms []data.ExtractedMention
	for _, m := range []struct {
		text, name, typ string
		nth             int
	}{
		{"Al-Lataminah", "Al-Lataminah", "PLACE", 0},
		{"Hay’at Tahrir a-Sham", "Hay'at Tahrir a-Sham", "ORG", 0},
		{"Mohammad Rasheed", "Mohammad Rasheed", "PERSON", 0},
		{"Rasheed", "Mohammad Rasheed", "PERSON", 1},
		{"Free Syrian Army", "Free Syrian Army", "ORG", 0},
		{"FSA", "Free Syrian Army", "ORG", 0},
		{"Halfaya", "Halfaya", "PLACE", 0},
		{"Jabhat a-Nusra", "Jabhat a-Nusra", "ORG", 0},
	} {
		if x := mention(title, body, m.text, m.nth, m.name, m.typ); x.Text != "" {
			ms = append(ms, x)
		}
	}
	fakesTitle := "Airstrikes on Khan Shaykhun and Latamneh"
	fakesBody := "Warplanes struck Khan Shaykhun and the town of Latamneh in the Hama countryside, said Rashid al-Hamwi of the Syrian Observatory. Fighters of Hayat Tahrir al-Sham withdrew."
	fakes := data.Extraction{Mentions: []data.ExtractedMention{
		mention(fakesTitle, fakesBody, "Khan Shaykhun", 1, "Khan Shaykhun", "PLACE"),
		mention(fakesTitle, fakesBody, "Rashid al-Hamwi", 0, "Rashid al-Hamwi", "PERSON"),
	}}
	arts := []data.NewArticle{
		{Title: title, Body: body, Published: "2017-04-24", Source: "Syria Direct", ContentHash: "seed", Tags: []string{"credible"},
			Extraction: &data.Extraction{Mentions: ms}},
		{Title: fakesTitle, Body: fakesBody, Published: "2017-04-04", Source: "nna", ContentHash: "fakes", Extraction: &fakes},
		{Title: "Talks in Geneva", Body: "Delegations met in Geneva to discuss a ceasefire.", Published: "2016-02-01", Source: "reuters", ContentHash: "geneva"},
	}
	out, err := s.InsertArticles(context.Background(), arts)
	if err != nil {
		t.Fatal(err)
	}
	return s, out[0].ID
}

func run(t *testing.T, s *data.Store, q string, opt Options) Result {
	t.Helper()
	res, err := Run(context.Background(), s, q, opt)
	if err != nil {
		t.Fatalf("%q: %v", q, err)
	}
	return res
}

func findHit(res Result, id int64) (Hit, bool) {
	for _, h := range res.Hits {
		if h.ID == id {
			return h, true
		}
	}
	return Hit{}, false
}

// TestTransliterationFindsSeed: spellings of the seed article's names that
// it does not use find it, approximately, saying why.
func TestTransliterationFindsSeed(t *testing.T) {
	s, seed := seedStore(t)
	cases := []struct {
		q, why string
		approx bool
	}{
		{"Latamneh", "Lataminah", true},              // the article about Al-Lataminah
		{"hayat tahrir al sham", "Tahrir", true},     // Hay’at Tahrir a-Sham
		{"Hayat Tahrir al-Sham", "Tahrir", true},     // the usual English spelling
		{"Rashid", "Mohammad Rasheed", true},         // vowels differ
		{"Mohamad Rashid", "Mohammad Rasheed", true}, // and doubled letters
		{"hts", "Tahrir", true},                      // an abbreviation
		{"Lataminah", "words", false},                // the exact word
		{"Rasheed", "words", false},
	}
	for _, c := range cases {
		res := run(t, s, c.q, Options{})
		h, ok := findHit(res, seed)
		if !ok {
			t.Errorf("%q: seed article not found: %+v", c.q, res.Hits)
			continue
		}
		if h.Approximate != c.approx || !strings.Contains(h.Why, c.why) {
			t.Errorf("%q: approximate=%v why=%q, want %v and %q", c.q, h.Approximate, h.Why, c.approx, c.why)
		}
	}
}

// TestExactBeforeApproximate: an article with the typed spelling comes
// before one found through a variant.
func TestExactBeforeApproximate(t *testing.T) {
	s, seed := seedStore(t)
	for _, q := range []string{"Rashid", "Latamneh"} {
		res := run(t, s, q, Options{})
		if len(res.Hits) < 2 {
			t.Fatalf("%q: %+v", q, res.Hits)
		}
		if res.Hits[0].Approximate || res.Hits[0].ID == seed || res.Hits[0].Why != "words" {
			t.Errorf("%q: first hit %+v, want the exact spelling", q, res.Hits[0])
		}
		for _, h := range res.Hits[1:] {
			if !h.Approximate {
				t.Errorf("%q: exact hit %q after an approximate one", q, h.Title)
			}
		}
	}
}

func TestSuggestions(t *testing.T) {
	s, _ := seedStore(t)
	res := run(t, s, "Rashid", Options{})
	if !containsFold(res.Suggestions, "Mohammad Rasheed") {
		t.Errorf("Rashid suggests %v", res.Suggestions)
	}
	res = run(t, s, "khan shay", Options{AsYouType: true})
	if len(res.Hits) == 0 || !containsFold(res.Suggestions, "Khan Shaykhun") {
		t.Errorf("khan shay: %v %+v", res.Suggestions, res.Hits)
	}
}

// TestEntityFilters: entity: and place: take quoted names with spaces,
// aliases and transliteration variants.
func TestEntityFilters(t *testing.T) {
	s, seed := seedStore(t)
	cases := []struct {
		q        string
		want     int
		hasHint  bool
		wantSeed bool
	}{
		{`entity:"Free Syrian Army"`, 1, false, true},
		{`entity:“free syrian army”`, 1, false, true},
		{`entity:FSA`, 1, false, true},
		{`entity:"Hayat Tahrir al-Sham"`, 1, false, true},
		{`entity:"Mohamad Rashid"`, 1, true, true}, // approximate, said in the hint
		{`place:Lataminah`, 1, false, true},
		{`place:"al Lataminah" regime`, 1, false, true},
		{`place:Latamneh`, 1, true, true},
		{`entity:"Free Syrian Army" Geneva`, 0, true, false},
		{`entity:"Nobody Atall"`, 0, true, false},
	}
	for _, c := range cases {
		res := run(t, s, c.q, Options{})
		exact := 0
		for _, h := range res.Hits {
			if !h.Approximate {
				exact++
			}
		}
		_, got := findHit(res, seed)
		if exact != c.want || got != c.wantSeed || (res.Hint != "") != c.hasHint {
			t.Errorf("%q: %d exact hits (seed %v), hint %q; want %d (seed %v), hint %v", c.q, exact, got, res.Hint, c.want, c.wantSeed, c.hasHint)
		}
	}
}

// TestCommonWordsNewestFirst: when the words are too common to rank, the
// result says so and lists newest first.
func TestCommonWordsNewestFirst(t *testing.T) {
	s, _ := seedStore(t)
	defer func(n int) { rankLimit = n }(rankLimit)
	rankLimit = 1
	res := run(t, s, "Hama", Options{})
	if res.Order != OrderNewestCommon || len(res.Hits) != 2 || res.Hits[0].ID < res.Hits[1].ID {
		t.Errorf("common word: order %q hits %+v", res.Order, res.Hits)
	}
	rankLimit = 1000
	if res := run(t, s, "Hama", Options{}); res.Order != OrderRelevance {
		t.Errorf("rare word: order %q", res.Order)
	}
	if res := run(t, s, "source:nna", Options{}); res.Order != OrderNewest || len(res.Hits) != 1 || res.Hits[0].Why != "filters" {
		t.Errorf("filters only: %+v", res)
	}
}

func TestFacets(t *testing.T) {
	s, _ := seedStore(t)
	fc, err := Facets(context.Background(), s, "Hama", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(fc.Sources) != 2 || len(fc.Years) != 1 || fc.Years[0].Value != "2017" || fc.Years[0].Count != 2 {
		t.Errorf("sources %+v years %+v", fc.Sources, fc.Years)
	}
	if len(fc.Tags) != 1 || fc.Tags[0].Value != "credible" || fc.Tags[0].Count != 1 {
		t.Errorf("tags %+v", fc.Tags)
	}
	found := false
	for _, e := range fc.Entities {
		found = found || e.Value == "Khan Shaykhun" && e.Count == 1 && e.ID != 0
	}
	if !found {
		t.Errorf("entities %+v", fc.Entities)
	}
	fc, err = Facets(context.Background(), s, "Hama source:nna", Options{})
	if err != nil || len(fc.Sources) != 1 || fc.Sources[0].Value != "nna" {
		t.Errorf("narrowed: %+v %v", fc.Sources, err)
	}
}

func TestSnippetMarksMatches(t *testing.T) {
	s, seed := seedStore(t)
	res := run(t, s, "parachute", Options{})
	h, ok := findHit(res, seed)
	if !ok || !strings.Contains(h.Snippet, "\x02parachute\x03") {
		t.Errorf("snippet %q", h.Snippet)
	}
	if got := data.Snippet("Élan vital, and more.", []string{"elan"}, 24); got != "\x02Élan\x03 vital, and more" {
		t.Errorf("folded snippet %q", got)
	}
}

func TestSimilarWords(t *testing.T) {
	v := newVocabulary()
	for _, w := range []string{"lataminah", "rasheed", "halfaya", "shaykhun", "aleppo", "army", "arms"} {
		v.add(w)
	}
	cases := map[string]string{"latamneh": "lataminah", "rashid": "rasheed", "halfya": "halfaya", "sheikhoun": "shaykhun", "alepo": "aleppo"}
	for typed, want := range cases {
		if got := v.similar(typed); len(got) == 0 || got[0] != want {
			t.Errorf("%s ≈ %v, want %s", typed, got, want)
		}
	}
	for _, typed := range []string{"arm", "aim", "idlib"} {
		if got := v.similar(typed); len(got) != 0 {
			t.Errorf("%s ≈ %v, want nothing", typed, got)
		}
	}
}

// TestFakesTypos: on the FA-KES demo articles (real reporting on the war),
// misspelt and differently transliterated places find the articles that
// spell them the usual way.
func TestFakesTypos(t *testing.T) {
	raw, err := assets.Demo.ReadFile("demo/FA-KES-Dataset.csv")
	if err != nil {
		t.Skipf("demo set not available: %v", err)
	}
	docs, err := ingest.ReadBytes("FA-KES-Dataset.csv", raw, ingest.Options{})
	if err != nil {
		t.Fatal(err)
	}
	s, err := data.Open(":memory:", data.CreateIfMissing)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var batch []data.NewArticle
	for _, d := range docs {
		batch = append(batch, data.NewArticle{Title: d.Title, Body: d.Body, Published: d.Date, Source: d.Source,
			ContentHash: ingest.ContentHash(d), Path: d.Path})
	}
	if _, err := s.InsertArticles(context.Background(), batch); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ typed, want string }{
		{"Sheikhoon", "sheikhoun"},
		{"Shaykhoun", "shaykhun"},
		{"Aleppoo", "aleppo"},
		{"Damaskus", "damascus"},
	} {
		res := run(t, s, c.typed, Options{})
		if len(res.Hits) == 0 {
			t.Errorf("%q: nothing found", c.typed)
			continue
		}
		h := res.Hits[0]
		if !h.Approximate || !strings.Contains(h.Why, c.want) || !strings.Contains(h.Snippet, "\x02") {
			t.Errorf("%q: first hit %q why %q snippet %q, want ≈ %s", c.typed, h.Title, h.Why, h.Snippet, c.want)
		}
	}
}

// TestIndexFollowsCollection: the cached name index is rebuilt when the
// collection changes, so a name added after a search is found by the next.
func TestIndexFollowsCollection(t *testing.T) {
	s, _ := seedStore(t)
	if res := run(t, s, "Abu Kasim", Options{}); len(res.Hits) != 0 {
		t.Fatalf("before: %+v", res.Hits)
	}
	title, body := "Talks resume", "Abu Qasim al-Halabi said the talks would resume."
	ex := data.Extraction{Mentions: []data.ExtractedMention{mention(title, body, "Abu Qasim al-Halabi", 0, "Abu Qasim al-Halabi", "PERSON")}}
	if _, err := s.InsertArticles(context.Background(), []data.NewArticle{{Title: title, Body: body, ContentHash: "new", Extraction: &ex}}); err != nil {
		t.Fatal(err)
	}
	res := run(t, s, "Abu Kasim", Options{})
	if len(res.Hits) != 1 || !res.Hits[0].Approximate || !strings.Contains(res.Hits[0].Why, "Abu Qasim al-Halabi") {
		t.Errorf("after: %+v", res.Hits)
	}
}

// TestSeedWithExtractor: the examples, end to end, with the
// entities the product's own extractor finds in the seed article.
func TestSeedWithExtractor(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join(seedDir, "000_a9d8ce577f5ed5ae.txt"))
	if err != nil {
		t.Skipf("seed article not available: %v", err)
	}
	an, err := analysis.New()
	if err != nil {
		t.Skipf("extractor not available: %v", err)
	}
	s, err := data.Open(":memory:", data.CreateIfMissing)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	title := "Regime forces push deeper in rebel-held Hama backed by air campaign to ‘finish off the battle’"
	art := data.NewArticle{Title: title, Body: string(raw), Published: "2017-04-24", ContentHash: "seed",
		Extraction: an.Analyze(title, string(raw), "2017-04-24")}
	if _, err := s.InsertArticles(context.Background(), []data.NewArticle{art}); err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{"Latamneh", "hayat tahrir al sham", "Rashid"} {
		if res := run(t, s, q, Options{}); len(res.Hits) != 1 || !res.Hits[0].Approximate {
			t.Errorf("%q: %+v", q, res.Hits)
		}
	}
	if res := run(t, s, "Rashid", Options{}); !containsFold(res.Suggestions, "Mohammad Rasheed") {
		t.Errorf("Rashid suggests %v", res.Suggestions)
	}
}
