package export

import (
	"io"
	"strconv"
	"strings"
	"time"

	"dossier/data"
)

// TimelineJSHeader is the TimelineJS spreadsheet template's header, in its order.
var TimelineJSHeader = []string{"Year", "Month", "Day", "Time", "End Year", "End Month", "End Day", "End Time",
	"Display Date", "Headline", "Text", "Media", "Media Credit", "Media Caption", "Media Thumbnail", "Type",
	"Group", "Background"}

// TimelineJS writes events as rows of the TimelineJS spreadsheet template,
// so the file loads into TimelineJS as it is. Group is the event's lane: its
// place, else its first actor.
func TimelineJS(w io.Writer, events []data.Event, bom bool) error {
	cw := NewWriter(w, TimelineJSHeader, bom)
	for _, e := range events {
		day, err := time.Parse("2006-01-02", e.Date)
		if err != nil {
			continue
		}
		y, m, d := strconv.Itoa(day.Year()), strconv.Itoa(int(day.Month())), strconv.Itoa(day.Day())
		var endY, endM, endD, display string
		switch e.Precision {
		case "year":
			m, d = "", ""
			display = y
		case "month":
			d = ""
			display = day.Format("January 2006")
		case "week":
			end := day.AddDate(0, 0, 6)
			endY, endM, endD = strconv.Itoa(end.Year()), strconv.Itoa(int(end.Month())), strconv.Itoa(end.Day())
			display = "Week of " + day.Format("2 January 2006")
		default:
			display = day.Format("2 January 2006")
		}
		group := ""
		if len(e.Places) > 0 {
			group = e.Places[0].Name
		} else if len(e.Actors) > 0 {
			group = e.Actors[0]
		}
		text := oneLine(e.Sentence)
		for _, r := range e.Reports {
			if r.Title == "" && r.Source == "" {
				continue
			}
			text += " — " + r.Title
			if r.Source != "" {
				text += " (" + r.Source + ")"
			}
		}
		cw.Row(T(y), T(m), T(d), T(""), T(endY), T(endM), T(endD), T(""),
			T(display), T(e.Summary), T(text), T(e.ArticleURL), T(strings.Join(e.Sources(), "; ")), T(""), T(""), T(""),
			T(group), T(""))
	}
	return cw.Close()
}
