package views

import (
	"context"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"dossier/data"
)

// eventActions are the card's buttons: open the article, and the
// corrections: edit, mark reviewed, split a wrong grouping of reports, tags
// and note, delete. Each correction is undoable with Ctrl+Z.
func (p *TimelinePane) eventActions() fyne.CanvasObject {
	edit := widget.NewButtonWithIcon("Edit", theme.DocumentCreateIcon(), func() {
		if p.Shown != nil {
			p.win.showEditEvent(*p.Shown)
		}
	})
	reviewed := widget.NewButtonWithIcon("Reviewed", theme.ConfirmIcon(), func() {
		if e := p.Shown; e != nil {
			id := e.ID
			p.win.correctEvents(func(ctx context.Context, s *data.Store) error { return s.MarkEventReviewed(ctx, id) })
		}
	})
	split := widget.NewButtonWithIcon("Split", theme.ContentCutIcon(), func() {
		if e := p.Shown; e != nil && len(e.Reports) > 1 {
			var ids []int64
			for _, r := range e.Reports {
				ids = append(ids, r.EventID)
			}
			p.win.correctEvents(func(ctx context.Context, s *data.Store) error { return s.SetEventCluster(ctx, ids, false) })
		}
	})
	del := widget.NewButtonWithIcon("Delete", theme.DeleteIcon(), func() {
		if e := p.Shown; e != nil {
			id := e.ID
			dialog.ShowConfirm("Delete event", "Delete this event? (Ctrl+Z brings it back.)", func(ok bool) {
				if ok {
					p.win.correctEvents(func(ctx context.Context, s *data.Store) error { return s.DeleteEvent(ctx, id) })
				}
			}, p.win.Window)
		}
	})
	merge := widget.NewButtonWithIcon("Merge…", theme.ContentAddIcon(), func() {
		if e := p.Shown; e != nil {
			p.showMergeEvent(*e)
		}
	})
	note := widget.NewButtonWithIcon("Note", theme.InfoIcon(), func() {
		if e := p.Shown; e != nil {
			p.win.showAnnotate("Tags and note: "+e.Summary, data.EventTarget(e.ID))
		}
	})
	for _, b := range []*widget.Button{edit, reviewed, split, merge, del, note} {
		b.Importance = widget.LowImportance
		b.Alignment = widget.ButtonAlignLeading
	}
	// Two columns keep the card narrow, so the table beside it has room
	// for the summaries at a laptop's 1280 pixels.
	return container.NewGridWithColumns(2, p.OpenButton, edit, reviewed, note, merge, split, del)
}

// correctEvents runs an event correction in the background, then reloads
// the timeline.
func (m *MainWindow) correctEvents(fn func(ctx context.Context, s *data.Store) error) {
	store := m.store
	if store == nil {
		return
	}
	background(&m.bridge, func(ctx context.Context) (struct{}, error) { return struct{}{}, fn(ctx, store) },
		func(_ struct{}, err error) {
			if err != nil {
				m.showError(err)
				return
			}
			m.Timeline.Reload()
			m.Status.Reload()
		})
}

// showEditEvent is the form to correct an event's date, precision, summary,
// actors and places.
func (m *MainWindow) showEditEvent(e data.Event) {
	date := widget.NewEntry()
	date.SetText(e.Date)
	date.Validator = func(s string) error {
		if len(strings.TrimSpace(s)) != 10 {
			return errDateFormat
		}
		return nil
	}
	precision := widget.NewSelect([]string{"day", "week", "month", "year"}, nil)
	precision.SetSelected(e.Precision)
	summary := widget.NewMultiLineEntry()
	summary.SetText(e.Summary)
	summary.Wrapping = fyne.TextWrapWord
	summary.SetMinRowsVisible(3)
	actors := widget.NewEntry()
	actors.SetText(strings.Join(e.Actors, ", "))
	var placeList []string
	for _, pl := range e.Places {
		placeList = append(placeList, pl.Name)
	}
	places := widget.NewEntry()
	places.SetText(strings.Join(placeList, ", "))
	items := []*widget.FormItem{
		{Text: "Date", Widget: date, HintText: "YYYY-MM-DD; for a week, month or year its first day"},
		widget.NewFormItem("Precision", precision),
		widget.NewFormItem("Summary", summary),
		{Text: "Actors", Widget: actors, HintText: "Names or aliases, separated by commas"},
		{Text: "Places", Widget: places, HintText: "Names, separated by commas"},
	}
	d := dialog.NewForm("Edit event", "Save", "Cancel", items, func(ok bool) {
		if !ok {
			return
		}
		edit := data.EventEdit{Date: strings.TrimSpace(date.Text), Precision: precision.Selected,
			Summary: summary.Text, Actors: splitNames(actors.Text), Places: splitNames(places.Text)}
		id := e.ID
		m.correctEvents(func(ctx context.Context, s *data.Store) error { return s.EditEvent(ctx, id, edit) })
	}, m.Window)
	d.Resize(fyne.NewSize(560, 0))
	d.Show()
}

func splitNames(s string) []string {
	var out []string
	for _, n := range strings.Split(s, ",") {
		if n = strings.TrimSpace(n); n != "" {
			out = append(out, n)
		}
	}
	return out
}

// showMergeEvent offers the events of the days around an event, to say
// that one of them is the same happening told by another article.
func (p *TimelinePane) showMergeEvent(e data.Event) {
	day, err := time.Parse("2006-01-02", e.Date)
	if err != nil {
		return
	}
	var labels []string
	byLabel := map[string]data.Event{}
	for _, o := range p.Events {
		d, err := time.Parse("2006-01-02", o.Date)
		if err != nil || o.ID == e.ID || d.Sub(day) > 72*time.Hour || day.Sub(d) > 72*time.Hour {
			continue
		}
		l := o.Date + " · " + o.Summary
		if o.Source != "" {
			l += " (" + o.Source + ")"
		}
		labels = append(labels, l)
		byLabel[l] = o
	}
	if len(labels) == 0 {
		dialog.ShowInformation("Merge events", "No other event within three days of this one (in the timeline's current filter).", p.win.Window)
		return
	}
	pick := widget.NewSelect(labels, nil)
	dialog.ShowForm("Same event as…", "Merge", "Cancel", []*widget.FormItem{
		{Text: "Event", Widget: pick, HintText: "They appear once on the timeline, with both reports."},
	}, func(ok bool) {
		other, chosen := byLabel[pick.Selected]
		if !ok || !chosen {
			return
		}
		var ids []int64
		for _, r := range append(e.Reports, other.Reports...) {
			ids = append(ids, r.EventID)
		}
		p.win.correctEvents(func(ctx context.Context, s *data.Store) error { return s.SetEventCluster(ctx, ids, true) })
	}, p.win.Window)
}
