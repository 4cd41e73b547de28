package views

import (
	"context"
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"dossier/data"
)

// StatusBar is the line at the bottom: collection counts, and while an
// import runs its progress with a Cancel button.
type StatusBar struct {
	win     *MainWindow
	content fyne.CanvasObject

	Counts *widget.Label
	// Notice says what just happened ("Undone: merge entities").
	Notice *widget.Label
	// Undated lists the articles without a publication date in one click,
	// so the user can give each one.
	Undated  *widget.Hyperlink
	Progress *widget.ProgressBar
	Activity *widget.Label
	Cancel   *widget.Button
	busy     *fyne.Container
	seq      uint64
}

func newStatusBar(m *MainWindow) *StatusBar {
	s := &StatusBar{win: m}
	s.Counts = widget.NewLabel("")
	s.Notice = widget.NewLabel("")
	s.Notice.TextStyle = fyne.TextStyle{Italic: true}
	s.Undated = widget.NewHyperlink("", nil)
	s.Undated.OnTapped = func() {
		m.Articles.Entry.SetText("undated")
		m.FocusSearch()
	}
	s.Undated.Hide()
	s.Progress = widget.NewProgressBar()
	s.Activity = widget.NewLabel("")
	s.Activity.Truncation = fyne.TextTruncateEllipsis
	s.Cancel = widget.NewButton("Cancel", nil)
	bar := container.NewGridWrap(fyne.NewSize(220, s.Progress.MinSize().Height), s.Progress)
	s.busy = container.NewBorder(nil, nil, bar, s.Cancel, s.Activity)
	s.busy.Hide()
	s.content = container.NewBorder(widget.NewSeparator(), nil, container.NewHBox(s.Counts, s.Undated, s.Notice), nil, s.busy)
	return s
}

// Reload recounts the collection.
func (s *StatusBar) Reload() {
	store := s.win.store
	s.seq++
	seq := s.seq
	if store == nil {
		s.Counts.SetText("No collection open")
		return
	}
	background(&s.win.bridge, func(ctx context.Context) (data.Counts, error) { return store.Counts(ctx) },
		func(c data.Counts, err error) {
			if seq != s.seq {
				return
			}
			if err != nil {
				s.Counts.SetText("Could not count: " + err.Error())
				return
			}
			s.Counts.SetText(countsText(c))
			if c.Undated > 0 {
				s.Undated.SetText(fmt.Sprintf("%d undated: set their dates", c.Undated))
				s.Undated.Show()
			} else {
				s.Undated.Hide()
			}
		})
}

func countsText(c data.Counts) string {
	return fmt.Sprintf("%s · %s · %s", plural(c.Articles, "article"), plural(c.Entities, "entity"), plural(c.Events, "event"))
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	switch word {
	case "entity":
		return fmt.Sprintf("%d entities", n)
	case "other copy":
		return fmt.Sprintf("%d other copies", n)
	case "match":
		return fmt.Sprintf("%d matches", n)
	}
	return fmt.Sprintf("%d %ss", n, word)
}

// ShowBusy shows the progress area with a Cancel action.
func (s *StatusBar) ShowBusy(text string, cancel func()) {
	s.Activity.SetText(text)
	s.Progress.SetValue(0)
	s.Cancel.OnTapped = cancel
	s.Cancel.Enable()
	s.busy.Show()
}

// SetProgress updates the progress area.
func (s *StatusBar) SetProgress(fraction float64, text string) {
	s.Progress.SetValue(fraction)
	s.Activity.SetText(text)
}

// HideBusy hides the progress area.
func (s *StatusBar) HideBusy() { s.busy.Hide() }

// Note shows a short notice in the status line until the next one.
func (s *StatusBar) Note(text string) { s.Notice.SetText(text) }
