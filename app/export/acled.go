package export

import (
	"fmt"
	"io"
	"strings"

	"dossier/data"
)

// ACLEDHeader is the header of the acled format: ACLED's own column names
// where ACLED has the field, then Dossier's.
var ACLEDHeader = []string{"event_id_cnty", "event_date", "time_precision", "event_type", "sub_event_type",
	"actor1", "assoc_actor_1", "actor2", "assoc_actor_2", "country", "admin1", "location", "latitude", "longitude",
	"geo_precision", "source", "notes", "fatalities",
	"source_url", "article_title", "sentence", "status", "confidence"}

// ACLED writes events one per row in ACLED's layout; an event told by
// several articles (grouped events) lists all their sources. What Dossier
// does not know (event type, admin1, fatalities) stays empty: nothing is
// invented.
func ACLED(w io.Writer, events []data.Event, bom bool) error {
	cw := NewWriter(w, ACLEDHeader, bom)
	for _, e := range events {
		var actor1, actor2, assoc2 string
		if len(e.Actors) > 0 {
			actor1 = e.Actors[0]
		}
		if len(e.Actors) > 1 {
			actor2 = e.Actors[1]
		}
		if len(e.Actors) > 2 {
			assoc2 = strings.Join(e.Actors[2:], "; ")
		}
		var place data.Place
		if len(e.Places) > 0 {
			place = e.Places[0]
		}
		country := countries[place.Country]
		idPrefix := country.iso3
		if idPrefix == "" {
			idPrefix = "DOS"
		}
		geoPrecision := Cell{Numeric: true}
		if place.Name != "" && place.Latitude != nil {
			// 1: the coordinates are the place itself (a town); 3 for a
			// country, whose coordinates are only its middle.
			if isCountryName(place.Name, place.Country) {
				geoPrecision = I(3)
			} else {
				geoPrecision = I(1)
			}
		}
		cw.Row(
			T(fmt.Sprintf("%s%d", idPrefix, e.ID)),
			T(e.Date),
			I(timePrecision(e.Precision)),
			T(""), T(""),
			T(actor1), T(""), T(actor2), T(assoc2),
			T(country.name), T(""), T(place.Name), N(place.Latitude), N(place.Longitude),
			geoPrecision,
			T(strings.Join(e.Sources(), "; ")),
			T(e.Summary),
			Cell{Numeric: true},
			T(e.ArticleURL), T(e.ArticleTitle), T(oneLine(e.Sentence)), T(e.Status), confidenceCell(e),
		)
	}
	return cw.Close()
}

// timePrecision is ACLED's code: 1 day, 2 week, 3 month or coarser.
func timePrecision(p string) int {
	switch p {
	case "day":
		return 1
	case "week":
		return 2
	}
	return 3
}

func isCountryName(name, code string) bool {
	c, ok := countries[code]
	return ok && strings.EqualFold(c.name, name)
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// confidenceCell is the extractor's confidence in an extracted event, so
// that a spreadsheet can sort the uncertain ones first; an event the
// analyst made or edited has none.
func confidenceCell(e data.Event) Cell {
	if e.Status != "extracted" {
		return Cell{Numeric: true}
	}
	return Cell{Text: fmt.Sprintf("%.2f", e.Confidence), Numeric: true}
}
