package views

import (
	"context"
	"fmt"
	"strings"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"dossier/data"
)

// sentenceSpan is a sentence of an article with its offsets in the
// analysed text.
type sentenceSpan struct {
	start, end int
	text       string
}

// articleSentences splits an article's body into sentences: a full stop,
// question or exclamation mark followed by a space, or a line break, ends
// one. Offsets point into the analysed text (title, blank line, body).
func articleSentences(a data.Article) []sentenceSpan {
	base := len(a.Title) + 2
	body := a.Body
	var out []sentenceSpan
	start := 0
	emit := func(end int) {
		t := strings.TrimSpace(body[start:end])
		if len(t) > 20 {
			lead := strings.Index(body[start:end], t)
			out = append(out, sentenceSpan{base + start + lead, base + start + lead + len(t), t})
		}
		start = end
	}
	for i := 0; i < len(body); i++ {
		switch body[i] {
		case '\n':
			emit(i)
		case '.', '?', '!':
			if i+1 == len(body) || body[i+1] == ' ' || body[i+1] == '\n' {
				emit(i + 1)
			}
		}
	}
	if start < len(body) {
		emit(len(body))
	}
	return out
}

// showAddEvent adds an event by hand from a sentence of the article in the
// reader; it is marked manual and re-extraction never touches it.
func (m *MainWindow) showAddEvent(a data.Article) {
	sentences := articleSentences(a)
	if len(sentences) == 0 {
		dialog.ShowInformation("No sentences", "This article has no text to take an event from.", m.Window)
		return
	}
	labels := make([]string, len(sentences))
	byLabel := map[string]sentenceSpan{}
	for i, s := range sentences {
		l := s.text
		if utf8.RuneCountInString(l) > 90 {
			l = string([]rune(l)[:90]) + "…"
		}
		l = fmt.Sprintf("%d. %s", i+1, l)
		labels[i] = l
		byLabel[l] = s
	}
	sentence := widget.NewSelect(labels, nil)
	summary := widget.NewMultiLineEntry()
	summary.Wrapping = fyne.TextWrapWord
	summary.SetMinRowsVisible(3)
	sentence.OnChanged = func(l string) {
		if summary.Text == "" {
			summary.SetText(byLabel[l].text)
		}
	}
	date := widget.NewEntry()
	date.SetText(a.Published)
	date.SetPlaceHolder("YYYY-MM-DD")
	precision := widget.NewSelect([]string{"day", "week", "month", "year"}, nil)
	precision.SetSelected("day")
	actors, places := widget.NewEntry(), widget.NewEntry()
	d := dialog.NewForm("Add an event", "Add", "Cancel", []*widget.FormItem{
		widget.NewFormItem("Sentence", sentence),
		{Text: "Date", Widget: date, HintText: "YYYY-MM-DD; for a week, month or year its first day"},
		widget.NewFormItem("Precision", precision),
		widget.NewFormItem("Summary", summary),
		{Text: "Actors", Widget: actors, HintText: "Names, separated by commas"},
		{Text: "Places", Widget: places, HintText: "Names, separated by commas"},
	}, func(ok bool) {
		s, chosen := byLabel[sentence.Selected]
		if !ok || !chosen {
			return
		}
		edit := data.EventEdit{Date: strings.TrimSpace(date.Text), Precision: precision.Selected, Summary: summary.Text,
			Actors: splitNames(actors.Text), Places: splitNames(places.Text)}
		id := a.ID
		m.correctEvents(func(ctx context.Context, st *data.Store) error {
			_, err := st.AddEvent(ctx, id, s.start, s.end, edit)
			return err
		})
	}, m.Window)
	d.Resize(fyne.NewSize(640, 0))
	d.Show()
}
