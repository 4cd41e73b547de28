package data

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"
)

// Extraction is what the extractor found in one article. Offsets are byte
// offsets into the article's analysed text: its title, a blank line ("\n\n")
// and its body, as AnalysedText builds it.
type Extraction struct {
	Mentions []ExtractedMention
	Timexes  []ExtractedTimex
	Events   []ExtractedEvent
}

// AnalysedText is the text extraction runs on and its offsets point into.
func AnalysedText(title, body string) string { return title + "\n\n" + body }

// EntityRef names a real-world entity: its canonical name and type, and for
// places found in the gazetteer, where it is.
type EntityRef struct {
	Name, Type string
	Latitude   *float64
	Longitude  *float64
	Country    string
}

// ExtractedMention is one mention of an entity.
type ExtractedMention struct {
	Start, End int
	Text       string
	Entity     EntityRef
	Confidence float64
}

// ExtractedTimex is one time expression with its TIMEX3 value.
type ExtractedTimex struct {
	Start, End             int
	Text, Type, Value, Mod string
	Confidence             float64
}

// ExtractedEvent is one dated event; Actors and Places are canonical names
// of entities mentioned in the same article.
type ExtractedEvent struct {
	Start, End                         int
	Date, Precision, Summary, Sentence string
	Caption                            bool
	Confidence                         float64
	Actors, Places                     []string
}

// SaveExtraction replaces what extraction stored for an article: mentions,
// time expressions and the events it made. Events the user edited, added
// or reviewed are kept, and so are the user's merges (an alias resolves to
// the entity it was merged into) and "not an entity" rules.
func (s *Store) SaveExtraction(ctx context.Context, articleID int64, ex *Extraction) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	w := newTxWriter(tx)
	defer w.close()
	if err := saveExtraction(ctx, w, articleID, ex); err != nil {
		return err
	}
	return tx.Commit()
}

func saveExtraction(ctx context.Context, w *txWriter, articleID int64, ex *Extraction) error {
	for _, q := range []string{
		`DELETE FROM mentions WHERE article_id=?`,
		`DELETE FROM timexes WHERE article_id=?`,
		`DELETE FROM events WHERE article_id=? AND status='extracted'`,
	} {
		if _, err := w.exec(ctx, q, articleID); err != nil {
			return err
		}
	}
	rejected, err := w.rejectedKeys(ctx)
	if err != nil {
		return err
	}
	byName := map[string]int64{} // canonical name → entity, for this article's events
	for _, m := range ex.Mentions {
		if m.Entity.Type == "PERSON" {
			m.Entity.Name = withoutTitle(m.Entity.Name)
		}
		key := NormKey(m.Entity.Name)
		if key == "" || rejected[key] || rejected[NormKey(m.Text)] {
			continue
		}
		id, ok := byName[m.Entity.Type+"\x00"+m.Entity.Name]
		if !ok {
			if id, err = resolveEntity(ctx, w, m.Entity, key); err != nil {
				return fmt.Errorf("entity %q: %w", m.Entity.Name, err)
			}
			byName[m.Entity.Type+"\x00"+m.Entity.Name] = id
			byName["\x00"+m.Entity.Name] = id
		}
		if _, err := w.exec(ctx, `INSERT INTO mentions (article_id, entity_id, start, end, text, confidence) VALUES (?,?,?,?,?,?)`,
			articleID, id, m.Start, m.End, m.Text, m.Confidence); err != nil {
			return err
		}
		if ak := (aliasKey{id, m.Text}); m.Text != m.Entity.Name && !w.aliases[ak] {
			if _, err := w.exec(ctx, `INSERT OR IGNORE INTO aliases (entity_id, name, norm_key) VALUES (?,?,?)`,
				id, m.Text, NormKey(m.Text)); err != nil {
				return err
			}
			w.aliases[ak] = true
		}
	}
	for _, t := range ex.Timexes {
		if _, err := w.exec(ctx, `INSERT INTO timexes (article_id, start, end, text, type, value, mod, confidence) VALUES (?,?,?,?,?,?,?,?)`,
			articleID, t.Start, t.End, t.Text, t.Type, t.Value, t.Mod, t.Confidence); err != nil {
			return err
		}
	}
	for _, e := range ex.Events {
		date, ok := eventDay(e.Date)
		if !ok {
			continue
		}
		res, err := w.exec(ctx, `INSERT INTO events (article_id, start, end, date, precision, summary, sentence, caption, confidence)
			VALUES (?,?,?,?,?,?,?,?,?)`, articleID, e.Start, e.End, date, e.Precision, e.Summary, e.Sentence, e.Caption, e.Confidence)
		if err != nil {
			return err
		}
		eventID, _ := res.LastInsertId()
		for role, names := range map[string][]string{"actor": e.Actors, "place": e.Places} {
			for _, n := range names {
				id, ok := byName["\x00"+n]
				if !ok {
					id, ok = byName["\x00"+withoutTitle(n)]
				}
				if ok {
					if _, err := w.exec(ctx, `INSERT OR IGNORE INTO event_participants (event_id, entity_id, role) VALUES (?,?,?)`,
						eventID, id, role); err != nil {
						return err
					}
				}
			}
		}
	}
	_, err = w.exec(ctx, `UPDATE articles SET extracted_at=strftime('%Y-%m-%dT%H:%M:%SZ','now') WHERE id=?`, articleID)
	return err
}

// eventDay turns a TIMEX3 value of day, week, month or year precision into
// the first day of that period (YYYY-MM-DD), which is how events are sorted.
func eventDay(v string) (string, bool) {
	switch {
	// a time of day after the date ("2016-08-17TAF") does not move the day
	case len(v) >= 10 && v[4] == '-' && v[7] == '-' && (len(v) == 10 || v[10] == 'T'):
		return v[:10], true
	case len(v) == 7 && v[4] == '-':
		return v + "-01", true
	case len(v) == 4:
		return v + "-01-01", true
	case len(v) == 8 && v[4] == '-' && v[5] == 'W':
		var year, week int
		if _, err := fmt.Sscanf(v, "%4d-W%2d", &year, &week); err != nil || week < 1 || week > 53 {
			return "", false
		}
		// ISO weeks start on Monday; week 1 holds 4 January.
		jan4 := time.Date(year, 1, 4, 0, 0, 0, 0, time.UTC)
		monday := jan4.AddDate(0, 0, -((int(jan4.Weekday())+6)%7)+(week-1)*7)
		return monday.Format("2006-01-02"), true
	}
	return "", false
}

// resolveEntity finds the entity a name belongs to, or creates it. Aliases
// are looked up first, so a name the user merged into another entity keeps
// going there.
func resolveEntity(ctx context.Context, w *txWriter, ref EntityRef, key string) (int64, error) {
	cacheKey := ref.Type + "\x00" + key
	if id, ok := w.entities[cacheKey]; ok {
		return id, nil
	}
	var id int64
	// A name the user corrected (merged, retyped, renamed) leads to the
	// corrected entity whatever type the tagger gives it.
	err := w.scan(ctx, `SELECT e.id FROM aliases a JOIN entities e ON e.id=a.entity_id
		WHERE a.norm_key=? AND (e.type=? OR a.origin='user')
		ORDER BY e.type=? DESC, a.origin='user' DESC, e.id LIMIT 1`, []any{key, ref.Type, ref.Type}, &id)
	if errors.Is(err, sql.ErrNoRows) {
		err = w.scan(ctx, `SELECT id FROM entities WHERE norm_key=? AND type=?`, []any{key, ref.Type}, &id)
	}
	if errors.Is(err, sql.ErrNoRows) && ref.Type == "PLACE" && ref.Latitude != nil && ref.Longitude != nil {
		// Another spelling of a gazetteer place the collection already
		// has ("Idleb" for Idlib, "Kobane" for Kobani): the same town, one
		// row; the spelling becomes an alias. Only vowels may differ: the
		// gazetteer's other names include other words and errors.
		var known string
		err = w.scan(ctx, `SELECT id, norm_key FROM entities WHERE type='PLACE' AND latitude=? AND longitude=? AND hidden=0 ORDER BY id LIMIT 1`,
			[]any{*ref.Latitude, *ref.Longitude}, &id, &known)
		if err == nil && !SpellingVariants(known, key) {
			err = sql.ErrNoRows // a gazetteer's other name for another town ("Adra" for Daraa)
		}
		if err == nil {
			_, err = w.exec(ctx, `INSERT OR IGNORE INTO aliases (entity_id, name, norm_key) VALUES (?,?,?)`, id, ref.Name, key)
		}
	}
	if errors.Is(err, sql.ErrNoRows) && len(key) > 4 && strings.HasSuffix(key, "s") {
		// Text stripped of apostrophes (FA-KES writes "Assads", "SANAs"): a
		// possessive of a known entity is that entity.
		// The tagger may type the possessive differently ("Syrias" as an
		// organisation): the known entity's own type wins.
		err = w.scan(ctx, `SELECT id FROM entities WHERE norm_key=? AND hidden=0 ORDER BY type=? DESC, id LIMIT 1`,
			[]any{key[:len(key)-1], ref.Type}, &id)
		if errors.Is(err, sql.ErrNoRows) {
			// or of a short name already linked to an entity ("Assads" when
			// "Assad" is an alias of Bashar al-Assad)
			err = w.scan(ctx, `SELECT e.id FROM aliases a JOIN entities e ON e.id=a.entity_id
				WHERE a.norm_key=? AND e.hidden=0 ORDER BY e.type=? DESC, e.id LIMIT 1`,
				[]any{key[:len(key)-1], ref.Type}, &id)
		}
	}
	if errors.Is(err, sql.ErrNoRows) {
		var res sql.Result
		res, err = w.exec(ctx, `INSERT INTO entities (name, type, norm_key, latitude, longitude, country) VALUES (?,?,?,?,?,?)`,
			strings.TrimSpace(ref.Name), ref.Type, key, ref.Latitude, ref.Longitude, ref.Country)
		if err != nil {
			return 0, err
		}
		if id, err = res.LastInsertId(); err != nil {
			return 0, err
		}
		_, err = w.exec(ctx, `INSERT OR IGNORE INTO aliases (entity_id, name, norm_key) VALUES (?,?,?)`, id, ref.Name, key)
	}
	if err != nil {
		return 0, err
	}
	w.entities[cacheKey] = id
	return id, nil
}

// Mention is a stored mention, for highlighting in the reader.
type Mention struct {
	Start, End int
	Type       string
	EntityID   int64
	Name       string
	Confidence float64
}

// ArticleMentions returns the mentions of an article in text order.
func (s *Store) ArticleMentions(ctx context.Context, articleID int64) ([]Mention, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT m.start, m.end, e.type, e.id, e.name, m.confidence FROM mentions m
		JOIN entities e ON e.id=m.entity_id WHERE m.article_id=? AND e.hidden=0 ORDER BY m.start`, articleID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Mention
	for rows.Next() {
		var m Mention
		if err := rows.Scan(&m.Start, &m.End, &m.Type, &m.EntityID, &m.Name, &m.Confidence); err != nil {
			return nil, err
		}
		out = append(out, m)
	}
	return out, rows.Err()
}

// Timex is a stored time expression, for highlighting in the reader.
type Timex struct {
	Start, End  int
	Type, Value string
}

// ArticleTimexes returns the time expressions of an article in text order.
func (s *Store) ArticleTimexes(ctx context.Context, articleID int64) ([]Timex, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT start, end, type, value FROM timexes WHERE article_id=? ORDER BY start`, articleID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Timex
	for rows.Next() {
		var t Timex
		if err := rows.Scan(&t.Start, &t.End, &t.Type, &t.Value); err != nil {
			return nil, err
		}
		out = append(out, t)
	}
	return out, rows.Err()
}

// personTitles are the titles news writing puts before a name; the person
// is the same with or without them ("President Barack Obama", "Obama").
var personTitles = []string{"president", "prime minister", "foreign minister", "defence minister", "defense minister",
	"minister", "vice president", "general", "gen.", "colonel", "col.", "major", "brigadier", "lieutenant",
	"commander", "sheikh", "king", "prince", "emir", "dr.", "dr", "mr.", "mr", "mrs.", "mrs", "ms.", "ms", "sen.", "senator"}

// withoutTitle drops a leading title from a person's name, keeping at least
// one word of the name.
func withoutTitle(name string) string {
	lower := strings.ToLower(name)
	for _, t := range personTitles {
		if strings.HasPrefix(lower, t+" ") {
			rest := strings.TrimSpace(name[len(t)+1:])
			if rest != "" {
				return withoutTitle(rest)
			}
		}
	}
	return name
}
