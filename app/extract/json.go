package extract

import (
	"encoding/json"
	"io"
)

// The JSON shapes below are the evaluation contract of DESIGN.md: field
// names and order are fixed, lists are never null, "mod" appears only when set.

type jsonEntity struct {
	Start     int     `json:"start"`
	End       int     `json:"end"`
	Text      string  `json:"text"`
	Type      string  `json:"type"`
	Canonical string  `json:"canonical"`
	Conf      float64 `json:"confidence"`
}

type jsonTimex struct {
	Start int     `json:"start"`
	End   int     `json:"end"`
	Text  string  `json:"text"`
	Type  string  `json:"type"`
	Value string  `json:"value"`
	Mod   string  `json:"mod,omitempty"`
	Conf  float64 `json:"confidence"`
}

type jsonEvent struct {
	Start     int      `json:"start"`
	End       int      `json:"end"`
	Date      string   `json:"date"`
	Precision string   `json:"precision"`
	Summary   string   `json:"summary"`
	Actors    []string `json:"actors"`
	Places    []string `json:"places"`
	Caption   bool     `json:"caption"`
	Conf      float64  `json:"confidence"`
}

type jsonResult struct {
	Entities []jsonEntity `json:"entities"`
	Timexes  []jsonTimex  `json:"timexes"`
	Events   []jsonEvent  `json:"events"`
}

// Shift moves every offset by n bytes: for a text that a prefix was cut
// from, such as a file's byte order mark, offsets into the whole.
func (r *Result) Shift(n int) {
	for i := range r.Entities {
		r.Entities[i].Start += n
		r.Entities[i].End += n
	}
	for i := range r.Timexes {
		r.Timexes[i].Start += n
		r.Timexes[i].End += n
	}
	for i := range r.Events {
		r.Events[i].Start += n
		r.Events[i].End += n
	}
}

// WriteJSON writes r as one JSON object in the DESIGN.md contract, followed
// by a newline. Empty lists are written as [] and never as null.
func (r Result) WriteJSON(w io.Writer) error {
	out := jsonResult{
		Entities: make([]jsonEntity, 0, len(r.Entities)),
		Timexes:  make([]jsonTimex, 0, len(r.Timexes)),
		Events:   make([]jsonEvent, 0, len(r.Events)),
	}
	for _, e := range r.Entities {
		out.Entities = append(out.Entities, jsonEntity{e.Start, e.End, e.Text, e.Type, e.Canonical, round3(e.Confidence)})
	}
	for _, t := range r.Timexes {
		out.Timexes = append(out.Timexes, jsonTimex{t.Start, t.End, t.Text, t.Type, t.Value, t.Mod, round3(t.Confidence)})
	}
	for _, ev := range r.Events {
		out.Events = append(out.Events, jsonEvent{ev.Start, ev.End, ev.Date, ev.Precision, ev.Summary,
			nonNil(ev.Actors), nonNil(ev.Places), ev.Caption, round3(ev.Confidence)})
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return enc.Encode(out)
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// round3 keeps confidences readable in the JSON.
func round3(f float64) float64 {
	return float64(int(f*1000+0.5)) / 1000
}
