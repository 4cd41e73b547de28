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
