package data

import "context"

// Entities returns the visible entities with their mention and article
// counts, most mentioned first: those mentioned somewhere, and those on the
// watchlist. typ filters by type when not empty.
func (s *Store) Entities(ctx context.Context, typ string, limit int) ([]Entity, error) {
	if limit <= 0 {
		limit = 1000
	}
	rows, err := s.db.QueryContext(ctx, `SELECT e.id, e.name, e.type, e.watched, e.latitude, e.longitude, e.country,
			count(m.id), count(DISTINCT m.article_id)
		FROM entities e LEFT JOIN mentions m ON m.entity_id = e.id
		WHERE e.hidden = 0 AND (? = '' OR e.type = ?)
		GROUP BY e.id HAVING count(m.id) > 0 OR e.watched = 1 ORDER BY count(m.id) DESC, e.name LIMIT ?`, typ, typ, limit)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	list := []Entity{}
	for rows.Next() {
		var e Entity
		if err := rows.Scan(&e.ID, &e.Name, &e.Type, &e.Watched, &e.Latitude, &e.Longitude, &e.Country, &e.Mentions, &e.Articles); err != nil {
			return nil, err
		}
		list = append(list, e)
	}
	return list, rows.Err()
}

// EntityDetail is an entity with what the entity list and export show.
type EntityDetail struct {
	Entity
	FirstSeen, LastSeen string // publication dates of the first and last article mentioning it
}

// EntityDetails returns visible entities with their aliases and the first
// and last publication dates of the articles that mention them.
func (s *Store) EntityDetails(ctx context.Context, typ string) ([]EntityDetail, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT e.id, e.name, e.type, e.latitude, e.longitude, e.country,
			count(m.id), count(DISTINCT m.article_id),
			coalesce(min(nullif(a.published, '')), ''), coalesce(max(nullif(a.published, '')), '')
		FROM entities e JOIN mentions m ON m.entity_id = e.id JOIN articles a ON a.id = m.article_id
		WHERE e.hidden = 0 AND (? = '' OR e.type = ?)
		GROUP BY e.id ORDER BY count(m.id) DESC, e.name`, typ, typ)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	list := []EntityDetail{}
	byID := map[int64]int{}
	for rows.Next() {
		var d EntityDetail
		if err := rows.Scan(&d.ID, &d.Name, &d.Type, &d.Latitude, &d.Longitude, &d.Country, &d.Mentions, &d.Articles, &d.FirstSeen, &d.LastSeen); err != nil {
			return nil, err
		}
		byID[d.ID] = len(list)
		list = append(list, d)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	rows.Close()
	arows, err := s.db.QueryContext(ctx, `SELECT entity_id, name FROM aliases ORDER BY entity_id, name`)
	if err != nil {
		return nil, err
	}
	defer arows.Close()
	for arows.Next() {
		var id int64
		var name string
		if err := arows.Scan(&id, &name); err != nil {
			return nil, err
		}
		if i, ok := byID[id]; ok && name != list[i].Name {
			list[i].Aliases = append(list[i].Aliases, name)
		}
	}
	return list, arows.Err()
}

// FindEntities returns the ids of the entities a name or alias designates
// (case and transliteration folded, hidden ones excluded).
func (s *Store) FindEntities(ctx context.Context, name string) ([]int64, error) {
	return s.ids(ctx, `SELECT DISTINCT e.id FROM entities e LEFT JOIN aliases a ON a.entity_id = e.id
		WHERE e.hidden = 0 AND (e.norm_key = ? OR a.norm_key = ? OR e.name = ? COLLATE NOCASE OR a.name = ? COLLATE NOCASE)`,
		NormKey(name), NormKey(name), name, name)
}
