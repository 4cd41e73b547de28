package export

import (
	"io"
	"strings"

	"dossier/data"
)

// EntitiesHeader is the header of the entity list.
var EntitiesHeader = []string{"name", "type", "aliases", "mentions", "articles", "first_seen", "last_seen", "latitude", "longitude"}

// Entities writes the entity list, aliases joined with "; ".
func Entities(w io.Writer, list []data.EntityDetail, bom bool) error {
	cw := NewWriter(w, EntitiesHeader, bom)
	for _, e := range list {
		cw.Row(T(e.Name), T(e.Type), T(strings.Join(e.Aliases, "; ")), I(e.Mentions), I(e.Articles),
			T(e.FirstSeen), T(e.LastSeen), N(e.Latitude), N(e.Longitude))
	}
	return cw.Close()
}
