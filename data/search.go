package data

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Orders a search can use. Ranking by relevance (bm25) reads every match,
// which is slow for a word found in most of a large collection (about
// 7.5 µs a match); the other orders stop after one page of matches.
const (
	OrderRelevance = "relevance"
	// OrderNewest lists by publication date, undated last. With a Match it
	// still looks every match up once (some 45 ms for a word in all of
	// 100,000 articles), without ranking any.
	OrderNewest = "newest"
	// OrderRecent lists the most recently stored articles first: the
	// cheapest order of all, since FTS5 reads its doclists backwards.
	OrderRecent = "recent"
)

// SearchSpec is a compiled search: FTS5 expressions built by package
// search (never raw user input) and metadata filters bound as parameters.
type SearchSpec struct {
	Match   string // FTS5 expression the article must match; "" lists all
	Exclude string // FTS5 expression the article must not match
	Source  string // source contains (case-insensitive)
	Tag     string
	Entity  string // an entity name or alias mentioned in the article
	// EntityMatch, when set, replaces the name lookup of Entity: the article
	// must mention one of these entities (resolved by package search,
	// which knows transliteration variants).
	EntityMatch []int64
	// EntityIDs narrows to articles mentioning any of these entities (all
	// of them with AllEntities).
	EntityIDs   []int64
	AllEntities bool
	Place       string // a PLACE entity mentioned, or the filing location
	// PlaceMatch, like EntityMatch, holds the place entities Place resolved
	// to; the filing location is still compared with Place.
	PlaceMatch []int64
	After      string // published on or after, YYYY-MM-DD
	Before     string // published on or before
	Undated    bool
	Starred    bool
	Exclusions []int64 // article ids to leave out (already shown)
	// Order is OrderRelevance (the default when there is a Match),
	// OrderNewest (the default without) or OrderRecent.
	Order string
	Limit int
	// Highlight are the folded words marked in snippets ("word", or
	// "prefix*").
	Highlight []string
}

// where builds the FROM/WHERE part shared by Search and the facet counts:
// the articles (alias a) that satisfy spec.
func (spec SearchSpec) where() (string, []any) { return spec.whereFor(false) }

// whereFor builds where(); lean leaves the articles table out of the FROM
// (the matches come from the FTS index alone) and tests article columns
// through their indexes, so counting every match of a common word never
// reads the articles themselves.
func (spec SearchSpec) whereFor(lean bool) (string, []any) {
	var q strings.Builder
	var args []any
	switch {
	case spec.Match != "" && lean:
		q.WriteString(`(SELECT rowid AS id FROM articles_fts WHERE articles_fts MATCH ?) a WHERE 1`)
		args = append(args, spec.Match)
	case spec.Match != "":
		q.WriteString(`articles_fts JOIN articles a ON a.id = articles_fts.rowid WHERE articles_fts MATCH ?`)
		args = append(args, spec.Match)
	default:
		q.WriteString(`articles a WHERE 1`)
	}
	// column writes a condition on the article's own columns (written
	// with the prefix "c."), tested in lean mode on the index that covers
	// the column when there is one.
	column := func(index, cond string, vals ...any) {
		if lean {
			from := `articles`
			if index != "" {
				from += ` INDEXED BY ` + index
			}
			q.WriteString(` AND a.id IN (SELECT id FROM ` + from + ` WHERE ` + strings.ReplaceAll(cond, "c.", "") + `)`)
		} else {
			q.WriteString(` AND ` + strings.ReplaceAll(cond, "c.", "a."))
		}
		args = append(args, vals...)
	}
	if spec.Exclude != "" {
		q.WriteString(` AND a.id NOT IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)`)
		args = append(args, spec.Exclude)
	}
	if spec.Source != "" {
		column("articles_source", `c.source LIKE '%' || ? || '%' ESCAPE '\'`, likeEscape(spec.Source))
	}
	if spec.Tag != "" {
		q.WriteString(` AND a.id IN (SELECT at.article_id FROM article_tags at JOIN tags t ON t.id=at.tag_id WHERE t.name = ?)`)
		args = append(args, spec.Tag)
	}
	mentionsAny := func(ids []int64) string {
		for _, id := range ids {
			args = append(args, id)
		}
		return `SELECT article_id FROM mentions WHERE entity_id IN (` + placeholders(len(ids)) + `)`
	}
	switch {
	case len(spec.EntityMatch) > 0:
		q.WriteString(` AND a.id IN (` + mentionsAny(spec.EntityMatch) + `)`)
	case spec.Entity != "":
		q.WriteString(` AND a.id IN (SELECT m.article_id FROM mentions m JOIN entities e ON e.id=m.entity_id
			WHERE e.hidden=0 AND (e.norm_key = ? OR e.name = ? COLLATE NOCASE
			OR e.id IN (SELECT entity_id FROM aliases WHERE norm_key = ? OR name = ? COLLATE NOCASE)))`)
		k := NormKey(spec.Entity)
		args = append(args, k, spec.Entity, k, spec.Entity)
	}
	switch {
	case len(spec.EntityIDs) > 0 && spec.AllEntities:
		for _, id := range spec.EntityIDs {
			q.WriteString(` AND a.id IN (` + mentionsAny([]int64{id}) + `)`)
		}
	case len(spec.EntityIDs) > 0:
		q.WriteString(` AND a.id IN (` + mentionsAny(spec.EntityIDs) + `)`)
	}
	switch {
	case len(spec.PlaceMatch) > 0:
		q.WriteString(` AND (a.id IN (SELECT id FROM articles WHERE location = ? COLLATE NOCASE) OR a.id IN (`)
		args = append(args, spec.Place)
		q.WriteString(mentionsAny(spec.PlaceMatch) + `))`)
	case spec.Place != "":
		q.WriteString(` AND (a.id IN (SELECT id FROM articles WHERE location = ? COLLATE NOCASE) OR a.id IN (SELECT m.article_id FROM mentions m JOIN entities e ON e.id=m.entity_id
			WHERE e.type='PLACE' AND e.hidden=0 AND (e.norm_key = ? OR e.name = ? COLLATE NOCASE
			OR e.id IN (SELECT entity_id FROM aliases WHERE norm_key = ? OR name = ? COLLATE NOCASE))))`)
		k := NormKey(spec.Place)
		args = append(args, spec.Place, k, spec.Place, k, spec.Place)
	}
	if spec.After != "" {
		column("articles_published", `c.published >= ?`, spec.After)
	}
	if spec.Before != "" {
		column("articles_published", `c.published <> '' AND c.published <= ?`, spec.Before)
	}
	if spec.Undated {
		column("articles_published", `c.published = ''`)
	}
	if spec.Starred {
		column("", `c.starred = 1`)
	}
	if len(spec.Exclusions) > 0 {
		q.WriteString(` AND a.id NOT IN (` + placeholders(len(spec.Exclusions)) + `)`)
		for _, id := range spec.Exclusions {
			args = append(args, id)
		}
	}
	if lean || spec.Match != "" {
		// The unary plus keeps SQLite from driving the loop by these
		// lists and looking each id up in the FTS index, which re-runs the
		// match for every one; the lists are then read once and tested.
		return strings.ReplaceAll(q.String(), "a.id IN (", "+a.id IN ("), args
	}
	return q.String(), args
}

func placeholders(n int) string {
	return strings.TrimSuffix(strings.Repeat("?,", n), ",")
}

// Search returns the articles that satisfy spec, best bm25 rank first when
// there is a Match and the order is relevance (title matches weigh five
// times body matches), newest first otherwise. Snippets mark the Highlight
// terms between \x02 and \x03.
func (s *Store) Search(ctx context.Context, spec SearchSpec) ([]ArticleSummary, error) {
	if spec.Limit <= 0 {
		spec.Limit = 50
	}
	if spec.Order == "" {
		spec.Order = OrderRelevance
		if spec.Match == "" {
			spec.Order = OrderNewest
		}
	}
	where, args := spec.where()
	var page string
	switch {
	case spec.Match != "" && spec.Order == OrderRelevance:
		page = `SELECT a.id FROM ` + where + ` ORDER BY bm25(articles_fts, 5.0, 1.0) LIMIT ?`
	case spec.Match != "" && spec.Order == OrderRecent:
		// FTS5 walks its doclists backwards and stops after one page.
		page = `SELECT a.id FROM ` + where + ` ORDER BY articles_fts.rowid DESC LIMIT ?`
	case spec.Match != "":
		// Newest first walks the publication-date index from the end and
		// stops after one page; the matches are only looked up (the "+"
		// keeps SQLite from driving the loop by them), never ranked. The
		// index puts undated articles ('') last.
		where, args = spec.withoutMatchJoin()
		page = `SELECT a.id FROM articles a INDEXED BY articles_published WHERE +a.id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?) AND ` +
			where + ` ORDER BY a.published DESC, a.id DESC LIMIT ?`
	default:
		page = `SELECT a.id FROM ` + where + ` ORDER BY a.published DESC, a.id DESC LIMIT ?`
	}
	args = append(args, spec.Limit)
	ids, err := s.ids(ctx, page, args...)
	if err != nil || len(ids) == 0 {
		return []ArticleSummary{}, err
	}
	// Snippets are made here for the page only: FTS5's snippet() in a query
	// restricted to a few rowids re-runs the whole match for each of them,
	// which for a prefix of common words costs as much as the search.
	pos := make(map[int64]int, len(ids))
	idArgs := make([]any, len(ids))
	for i, id := range ids {
		pos[id] = i
		idArgs[i] = id
	}
	rows, err := s.db.QueryContext(ctx, `SELECT id, title, published, source, body FROM articles WHERE id IN (`+placeholders(len(ids))+`)`, idArgs...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	list := make([]ArticleSummary, len(ids))
	for rows.Next() {
		var a ArticleSummary
		var body string
		if err := rows.Scan(&a.ID, &a.Title, &a.Published, &a.Source, &body); err != nil {
			return nil, err
		}
		a.Snippet = Snippet(body, spec.Highlight, 24)
		list[pos[a.ID]] = a
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	// An article deleted between the two queries leaves a zero row.
	out := list[:0]
	for _, a := range list {
		if a.ID != 0 {
			out = append(out, a)
		}
	}
	return out, nil
}

func (s *Store) ids(ctx context.Context, query string, args ...any) ([]int64, error) {
	rows, err := s.db.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		ids = append(ids, id)
	}
	return ids, rows.Err()
}

// Snippet returns about n words of text around the first of terms found in
// it, with every term found marked between \x02 and \x03 and "…" where
// text was cut. Terms are folded as the FTS5 tokenizer folds words (lower
// case, no diacritics); a term ending in "*" matches as a prefix. Without
// terms, or when none occurs, it returns the start of the text.
func Snippet(text string, terms []string, n int) string {
	type tok struct{ start, end int }
	var toks []tok
	first := -1
	matched := map[int]bool{}
	inWord := false
	start := 0
	flush := func(end int) {
		t := tok{start, end}
		if len(terms) > 0 && matchesTerm(foldToken(text[t.start:t.end]), terms) {
			matched[len(toks)] = true
			if first < 0 {
				first = len(toks)
			}
		}
		toks = append(toks, t)
	}
	for i, r := range text {
		word := unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
		switch {
		case word && !inWord:
			start, inWord = i, true
		case !word && inWord:
			inWord = false
			flush(i)
		}
	}
	if inWord {
		flush(len(text))
	}
	if len(toks) == 0 {
		return ""
	}
	from := 0
	if first > 0 {
		from = max(0, first-n/4)
	}
	to := min(len(toks), from+n)
	var b strings.Builder
	if from > 0 {
		b.WriteString("…")
	}
	for i := from; i < to; i++ {
		if i > from {
			writeCollapsed(&b, text[toks[i-1].end:toks[i].start])
		}
		w := text[toks[i].start:toks[i].end]
		if matched[i] {
			b.WriteString("\x02" + w + "\x03")
		} else {
			b.WriteString(w)
		}
	}
	if to < len(toks) {
		b.WriteString("…")
	}
	return b.String()
}

// writeCollapsed writes the text between two words with each run of
// white space (line breaks included) as one space.
func writeCollapsed(b *strings.Builder, sep string) {
	space := false
	for _, r := range sep {
		if unicode.IsSpace(r) {
			space = true
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	if space {
		b.WriteByte(' ')
	}
}

// foldToken folds a word as the FTS5 unicode61 tokenizer with
// remove_diacritics does.
func foldToken(w string) string {
	ascii := true
	for i := 0; i < len(w); i++ {
		if w[i] >= 0x80 {
			ascii = false
			break
		}
	}
	if ascii {
		return strings.ToLower(w)
	}
	var b strings.Builder
	for _, r := range norm.NFD.String(w) {
		if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

func matchesTerm(w string, terms []string) bool {
	for _, t := range terms {
		if p, ok := strings.CutSuffix(t, "*"); ok {
			if strings.HasPrefix(w, p) {
				return true
			}
		} else if w == t {
			return true
		}
	}
	return false
}

// withoutMatchJoin is where() for a query that looks the matches up
// itself: the conditions only, the MATCH argument first.
func (spec SearchSpec) withoutMatchJoin() (string, []any) {
	m := spec.Match
	spec.Match = ""
	where, args := spec.where()
	where = strings.TrimPrefix(where, `articles a WHERE `)
	return where, append([]any{m}, args...)
}

func likeEscape(s string) string {
	return strings.NewReplacer(`\`, `\\`, "%", `\%`, "_", `\_`).Replace(s)
}

// TermDocs returns how many articles contain an indexed term (lower case,
// without diacritics, as the FTS5 tokenizer stores it), read from the FTS5
// vocabulary instead of from the matches. For a prefix it sums the counts
// of the first terms that start with it, and reports at least cap when
// there are more such terms than it looked at.
func (s *Store) TermDocs(ctx context.Context, term string, prefix bool) (int, error) {
	var n int
	if !prefix {
		err := s.db.QueryRowContext(ctx, `SELECT coalesce(sum(doc), 0) FROM articles_fts_vocab WHERE term = ?`, term).Scan(&n)
		return n, err
	}
	const maxTerms = 64
	var terms int
	err := s.db.QueryRowContext(ctx, `SELECT count(*), coalesce(sum(doc), 0) FROM
		(SELECT doc FROM articles_fts_vocab WHERE term >= ? AND term < ? LIMIT ?)`, term, term+"\U0010FFFF", maxTerms).Scan(&terms, &n)
	if terms == maxTerms {
		n = max(n, 1<<30)
	}
	return n, err
}

// CountMatches counts the articles matching an FTS5 expression, stopping
// at upTo: a bounded walk of the index, with nothing ranked or read.
func (s *Store) CountMatches(ctx context.Context, match string, upTo int) (int, error) {
	var n int
	err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? LIMIT ?)`, match, upTo).Scan(&n)
	return n, err
}

// SearchVersion returns a token that changes whenever something search
// caches could change: articles and their index, entities, aliases and the
// corrections history. It reads a handful of rows, so it can be asked
// before every search.
func (s *Store) SearchVersion(ctx context.Context) (string, error) {
	var maxArticle, maxEntity, maxAlias, maxHistory, aliases int64
	var structure []byte
	err := s.db.QueryRowContext(ctx, `SELECT
		(SELECT coalesce(max(id), 0) FROM articles),
		(SELECT coalesce(max(id), 0) FROM entities),
		(SELECT coalesce(max(id), 0) FROM aliases),
		(SELECT count(*) FROM aliases),
		(SELECT coalesce(max(id), 0) FROM history),
		(SELECT block FROM articles_fts_data WHERE id = 10)`).Scan(&maxArticle, &maxEntity, &maxAlias, &aliases, &maxHistory, &structure)
	if err != nil {
		return "", err
	}
	// The FTS5 structure record (row 10 of its data table) is rewritten on
	// every change to the index, so it also catches edited and deleted articles.
	h := sha256.Sum256(structure)
	return fmt.Sprintf("%d.%d.%d.%d.%d.%s", maxArticle, maxEntity, maxAlias, aliases, maxHistory, hex.EncodeToString(h[:8])), nil
}

// SearchName is one name an entity goes by (its own or an alias), for the
// approximate name index.
type SearchName struct {
	EntityID int64
	Entity   string // the entity's canonical name
	Type     string
	Name     string
	NormKey  string
	Articles int // articles mentioning the entity
}

// SearchNames returns every visible entity's names and aliases.
func (s *Store) SearchNames(ctx context.Context) ([]SearchName, error) {
	rows, err := s.db.QueryContext(ctx, `WITH counts(entity_id, n) AS (
			SELECT entity_id, count(DISTINCT article_id) FROM mentions GROUP BY entity_id)
		SELECT e.id, e.name, e.type, e.name, e.norm_key, coalesce(c.n, 0)
		FROM entities e LEFT JOIN counts c ON c.entity_id = e.id WHERE e.hidden = 0
		UNION ALL
		SELECT e.id, e.name, e.type, al.name, al.norm_key, coalesce(c.n, 0)
		FROM aliases al JOIN entities e ON e.id = al.entity_id LEFT JOIN counts c ON c.entity_id = e.id
		WHERE e.hidden = 0 AND al.name <> e.name`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	list := []SearchName{}
	for rows.Next() {
		var n SearchName
		if err := rows.Scan(&n.EntityID, &n.Entity, &n.Type, &n.Name, &n.NormKey, &n.Articles); err != nil {
			return nil, err
		}
		list = append(list, n)
	}
	return list, rows.Err()
}

// TitleText returns every article's title, one a line, for the
// approximate vocabulary. It reads the title index, not the articles, and
// returns one string because a row per title costs more than the reading.
func (s *Store) TitleText(ctx context.Context) (string, error) {
	var text string
	err := s.db.QueryRowContext(ctx, `SELECT coalesce(group_concat(title, char(10)), '') FROM articles INDEXED BY articles_title`).Scan(&text)
	return text, err
}

// IndexedTerms returns every term of the full-text index. It reads the
// whole index (some 40 µs per article), so it is for small collections.
func (s *Store) IndexedTerms(ctx context.Context) ([]string, error) {
	return s.strings(ctx, `SELECT term FROM articles_fts_vocab`)
}

// FacetCount is one value of a facet and how many matching articles have it.
type FacetCount struct {
	Value string
	ID    int64 // the entity's id, for the entity facet
	Count int
}

// SearchFacets counts, over every article that satisfies spec (its Limit
// and Order are ignored), the articles per source, tag, year and entity
// (the top limit entities).
func (s *Store) SearchFacets(ctx context.Context, spec SearchSpec, limit int) (sources, tags, years, entities []FacetCount, err error) {
	if limit <= 0 {
		limit = 20
	}
	where, args := spec.whereFor(true)
	cte := `WITH hits(id) AS (SELECT a.id FROM ` + where + `) `
	run := func(q string, extra ...any) ([]FacetCount, error) {
		rows, err := s.db.QueryContext(ctx, cte+q, append(append([]any{}, args...), extra...)...)
		if err != nil {
			return nil, err
		}
		defer rows.Close()
		out := []FacetCount{}
		for rows.Next() {
			var f FacetCount
			if err := rows.Scan(&f.Value, &f.ID, &f.Count); err != nil {
				return nil, err
			}
			out = append(out, f)
		}
		return out, rows.Err()
	}
	// Source and year are counted from their indexes (which hold the
	// rowid), so the articles themselves, bodies and all, are never read.
	if sources, err = run(`SELECT source, 0, count(*) FROM articles INDEXED BY articles_source
		WHERE id IN (SELECT id FROM hits) GROUP BY source ORDER BY count(*) DESC, source LIMIT ?`, limit); err != nil {
		return
	}
	if tags, err = run(`SELECT t.name, t.id, count(*) FROM hits JOIN article_tags at ON at.article_id = hits.id
		JOIN tags t ON t.id = at.tag_id GROUP BY t.id ORDER BY count(*) DESC, t.name LIMIT ?`, limit); err != nil {
		return
	}
	if years, err = run(`SELECT substr(published, 1, 4), 0, count(*) FROM articles INDEXED BY articles_published
		WHERE id IN (SELECT id FROM hits) GROUP BY 1 ORDER BY 1 DESC`); err != nil {
		return
	}
	entities, err = run(`SELECT e.name, e.id, count(DISTINCT m.article_id) FROM hits JOIN mentions m ON m.article_id = hits.id
		JOIN entities e ON e.id = m.entity_id WHERE e.hidden = 0
		GROUP BY e.id ORDER BY 3 DESC, e.name LIMIT ?`, limit)
	return
}
