package search

import (
	"context"
	"strings"
	"testing"

	"dossier/data"
)

func store(t *testing.T) *data.Store {
	t.Helper()
	s, err := data.Open(":memory:", data.CreateIfMissing)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	arts := []data.NewArticle{
		{Title: "Regime forces take Halfaya", Body: "Syrian Arab Army soldiers took control of Halfaya on Sunday. Airstrikes hit Al-Lataminah.", Published: "2017-04-24", Source: "Syria Direct", ContentHash: "1", Tags: []string{"credible"}},
		{Title: "Nerve agent attack in Idlib", Body: "A nerve agent was used in Khan Sheikhoun, Idlib province.", Published: "2017-04-05", Source: "nna", ContentHash: "2", Tags: []string{"fake"}},
		{Title: "Talks in Geneva", Body: "Delegations met in Geneva. The agent of change was diplomacy.", Published: "2016-02-01", Source: "reuters", ContentHash: "3"},
		{Title: "Undated note", Body: "Shelling near Idlib city.", ContentHash: "4"},
	}
	if _, err := s.InsertArticles(context.Background(), arts); err != nil {
		t.Fatal(err)
	}
	if _, err := s.DB().Exec(`UPDATE articles SET starred=1 WHERE content_hash='3'`); err != nil {
		t.Fatal(err)
	}
	return s
}

func titles(t *testing.T, s *data.Store, q string, opt Options) []string {
	t.Helper()
	res, err := Run(context.Background(), s, q, opt)
	if err != nil {
		t.Fatalf("%q: %v", q, err)
	}
	var out []string
	for _, h := range res.Hits {
		out = append(out, h.Title)
	}
	return out
}

func TestOperators(t *testing.T) {
	s := store(t)
	cases := []struct {
		q    string
		want []string
	}{
		{"Halfaya", []string{"Regime forces take Halfaya"}},
		{"halfaya SUNDAY", []string{"Regime forces take Halfaya"}},
		{`"nerve agent"`, []string{"Nerve agent attack in Idlib"}},
		{"agent -nerve", []string{"Talks in Geneva"}},
		{"Geneva OR Halfaya", []string{"Regime forces take Halfaya", "Talks in Geneva"}},
		{"Lataminah", []string{"Regime forces take Halfaya"}}, // al- prefix is its own token
		{"Half*", []string{"Regime forces take Halfaya"}},
		{"Idlib source:nna", []string{"Nerve agent attack in Idlib"}},
		{"Idlib tag:fake", []string{"Nerve agent attack in Idlib"}},
		{"Idlib undated", []string{"Undated note"}},
		{"after:2017-01-01 before:2017-04-10", []string{"Nerve agent attack in Idlib"}},
		{"Idlib after:2017-04-01", []string{"Nerve agent attack in Idlib"}},
		{"Idlib before:2016", []string{}},
		{"before:2016-12-31", []string{"Talks in Geneva"}},
		{`source:"Syria Direct"`, []string{"Regime forces take Halfaya"}},
		{`source:“syria direct” Halfaya`, []string{"Regime forces take Halfaya"}},
		{`source:"Syria Direct" Geneva`, []string{}},
		{"TAG:FAKE", []string{"Nerve agent attack in Idlib"}},
		{"is:starred", []string{"Talks in Geneva"}},
		{"Idlib -shelling", []string{"Nerve agent attack in Idlib"}},
		{`Idlib -"nerve agent"`, []string{"Undated note"}},
		{"Idlib OR Geneva -nerve", []string{"Talks in Geneva", "Undated note"}},
		{`"agent of change"`, []string{"Talks in Geneva"}},
		{"Sun*", []string{"Regime forces take Halfaya"}},
		{"undated", []string{"Undated note"}},
	}
	for _, c := range cases {
		var got []string
		res, err := Run(context.Background(), s, c.q, Options{})
		if err != nil {
			t.Fatalf("%q: %v", c.q, err)
		}
		for _, h := range res.Hits {
			if !h.Approximate {
				got = append(got, h.Title)
			}
		}
		if !sameSet(got, c.want) {
			t.Errorf("%q = %v, want %v", c.q, got, c.want)
		}
	}
}

func TestAsYouTypePrefix(t *testing.T) {
	s := store(t)
	if got := titles(t, s, "Halfa", Options{AsYouType: true}); len(got) != 1 {
		t.Errorf("as-you-type prefix: %v", got)
	}
	// A finished word is not a prefix: the title is then only an approximate match.
	res, err := Run(context.Background(), s, "Halfa ", Options{AsYouType: true})
	if err != nil || len(res.Hits) != 1 || !res.Hits[0].Approximate {
		t.Errorf("finished word: %+v %v", res.Hits, err)
	}
}

func TestApproximateTitles(t *testing.T) {
	s := store(t)
	res, err := Run(context.Background(), s, "Halfya", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Hits) == 0 || !res.Hits[0].Approximate || res.Hits[0].Title != "Regime forces take Halfaya" {
		t.Errorf("misspelt Halfya: %+v", res.Hits)
	}
}

// TestHostileQueries: any input gives results or an empty list, never an
// error, and never changes the database.
func TestHostileQueries(t *testing.T) {
	s := store(t)
	hostile := []string{
		// unbalanced quotes and lone operators
		`"`, `""`, `"unbalanced`, `-`, `--`, `- -`, `OR`, `OR OR`, `a OR`, `OR b`, `*`, `**`, `-*`,
		`"a" "b" "`, `-"nerve agent"`, `-"`, `"*`, `*"`, `""""`, `“unbalanced`, `”`, `OR -`, `-OR`, `- OR -`,
		`halfaya OR OR idlib`, `(((`, `)`, `a AND`, `NOT`, `a NOT b`, `x AND OR y`, `-halfaya`, `-halfaya -idlib`,
		// FTS5 syntax
		`NEAR(a b)`, `NEAR("a" "b", 2)`, `title:halfaya`, `{title body}: halfaya`, `{a b}`, `^halfaya`, `halfaya + idlib`,
		`*halfaya`, `col:val:val`, `rowid:1`, `articles_fts:x`, `halfaya*idlib`, `"halfaya" * "idlib"`, `a:`, `:a`, `:`,
		// SQL fragments
		`'); DROP TABLE articles; --`, `" OR 1=1 --`, `'; DELETE FROM articles; --`, `1; UPDATE articles SET title='x'`,
		`%`, `_`, `\`, `%' OR '1'='1`, `' UNION SELECT sql FROM sqlite_master --`, `source:'; DROP TABLE tags; --`,
		`tag:%`, `tag:'`, `source:%_%`, `entity:' OR 1=1 --`, `place:"; DROP TABLE entities; --"`,
		// filters without or with odd values
		`after:`, `after:notadate`, `before:2017-13-45`, `after:2017-02-30`, `before:0000-00-00`, `source:`, `entity:"`,
		`entity:"Free Syrian`, `place:"`, `place:""`, `source:""`, `entity:`, `undated undated`, `is:starred is:starred`,
		// odd text
		"\x00", "halfaya\x00idlib", `أحمد`, `ḥalab`, "   ", "\u200f\u200e", "🙂", "a\tb\nc", "café",
		strings.Repeat("halfaya ", 300), strings.Repeat("x", 5000), strings.Repeat(`"`, 101), strings.Repeat("-a ", 200),
		strings.Repeat("a OR ", 200),
	}
	before, err := s.SearchVersion(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range hostile {
		res, err := Run(context.Background(), s, q, Options{})
		if err != nil {
			t.Errorf("%q: %v", q, err)
		}
		if len(res.Hits) == 0 && res.Hint == "" {
			t.Errorf("%q: an empty list without a hint", q)
		}
		if res.Hits == nil || res.Suggestions == nil {
			t.Errorf("%q: nil lists", q)
		}
		if _, err := Facets(context.Background(), s, q, Options{}); err != nil {
			t.Errorf("%q (facets): %v", q, err)
		}
		if _, err := Run(context.Background(), s, q, Options{AsYouType: true}); err != nil {
			t.Errorf("%q (as you type): %v", q, err)
		}
	}
	c, err := s.Counts(context.Background())
	if err != nil || c.Articles != 4 {
		t.Errorf("database changed: %+v %v", c, err)
	}
	if after, err := s.SearchVersion(context.Background()); err != nil || after != before {
		t.Errorf("database changed: version %s, was %s (%v)", after, before, err)
	}
}

func TestParse(t *testing.T) {
	q := Parse(`"exact phrase" -bad word* OR other source:sana after:2017`, false)
	if len(q.Groups) != 2 || len(q.Excluded) != 1 || q.Filters.Source != "sana" || q.Filters.After != "2017-01-01" {
		t.Fatalf("%+v", q)
	}
	if got := q.FTS(); got != `("exact phrase" AND "word"*) OR ("other")` {
		t.Errorf("FTS = %s", got)
	}
	if q := Parse(`"open`, false); q.Hint == "" {
		t.Error("no hint for an unbalanced quote")
	}
}

func sameSet(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	m := map[string]int{}
	for _, x := range a {
		m[x]++
	}
	for _, x := range b {
		m[x]--
	}
	for _, v := range m {
		if v != 0 {
			return false
		}
	}
	return true
}
