package views

import (
	"strings"

	"dossier/data"
)

// EntityFilter is the sidebar's selection that narrows the article list
// and the timeline: one or several entities, matched any or all.
type EntityFilter struct {
	Entities []data.Entity
	All      bool // articles/events must mention every entity, not any
}

// IDs returns the entities' ids.
func (f EntityFilter) IDs() []int64 {
	ids := make([]int64, len(f.Entities))
	for i, e := range f.Entities {
		ids[i] = e.ID
	}
	return ids
}

// Empty reports whether nothing is selected.
func (f EntityFilter) Empty() bool { return len(f.Entities) == 0 }

// Has reports whether an entity is in the filter.
func (f EntityFilter) Has(id int64) bool {
	for _, e := range f.Entities {
		if e.ID == id {
			return true
		}
	}
	return false
}

// Label names the filter: "Jabhat al-Nusra", "Idlib or Hama", "Idlib and HTS".
func (f EntityFilter) Label() string {
	names := make([]string, len(f.Entities))
	for i, e := range f.Entities {
		names[i] = e.Name
	}
	join := " or "
	if f.All {
		join = " and "
	}
	return strings.Join(names, join)
}
