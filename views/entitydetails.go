package views

import (
	"context"
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"dossier/data"
)

// entityDetails is the panel under the sidebar's list: what Dossier knows
// of the selected entity, and the corrections the analyst can make.
type entityDetails struct {
	win     *MainWindow
	content *fyne.Container

	Name    *widget.Label
	Facts   *widget.Label
	Watch   *widget.Button
	profile data.EntityProfile
	seq     uint64
}

func newEntityDetails(m *MainWindow) *entityDetails {
	d := &entityDetails{win: m}
	d.Name = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	d.Name.Wrapping = fyne.TextWrapWord
	d.Facts = widget.NewLabel("")
	d.Facts.Wrapping = fyne.TextWrapWord
	d.Facts.SizeName = theme.SizeNameCaptionText
	d.Watch = widget.NewButtonWithIcon("Watch", theme.VisibilityIcon(), d.onWatch)
	addFilter := widget.NewButtonWithIcon("Add to filter", theme.ContentAddIcon(), func() {
		m.Entities.AddToFilter(d.profile.Entity)
	})
	buttons := container.NewGridWithColumns(2,
		widget.NewButtonWithIcon("Rename…", theme.DocumentCreateIcon(), d.onRename),
		widget.NewButtonWithIcon("Type…", theme.ListIcon(), d.onRetype),
		widget.NewButtonWithIcon("Merge…", theme.ContentAddIcon(), d.onMerge),
		widget.NewButtonWithIcon("Split alias…", theme.ContentCutIcon(), d.onSplit),
		widget.NewButtonWithIcon("Not an entity", theme.DeleteIcon(), d.onHide),
		d.Watch,
	)
	buttons = container.NewVBox(buttons, addFilter)
	d.content = container.NewVBox(widget.NewSeparator(), d.Name, d.Facts, buttons)
	d.content.Hide()
	return d
}

// Show loads and shows an entity's profile (nil hides the panel).
func (d *entityDetails) Show(e *data.Entity) {
	d.seq++
	seq := d.seq
	if e == nil || d.win.store == nil {
		d.content.Hide()
		return
	}
	store, id := d.win.store, e.ID
	background(&d.win.bridge, func(ctx context.Context) (data.EntityProfile, error) {
		return store.Profile(ctx, id)
	}, func(p data.EntityProfile, err error) {
		if seq != d.seq {
			return
		}
		if err != nil {
			d.content.Hide()
			return
		}
		d.profile = p
		d.Name.SetText(fmt.Sprintf("%s  (%s)", p.Name, typeName(p.Type)))
		d.Facts.SetText(profileText(p))
		if p.Watched {
			d.Watch.SetText("Unwatch")
		} else {
			d.Watch.SetText("Watch")
		}
		d.content.Show()
	})
}

func typeName(t string) string {
	switch t {
	case "PERSON":
		return "person"
	case "ORG":
		return "organisation"
	case "PLACE":
		return "place"
	}
	return t
}

func profileText(p data.EntityProfile) string {
	var lines []string
	line := fmt.Sprintf("%s in %s", plural(p.Mentions, "mention"), plural(p.Articles, "article"))
	if p.FirstSeen != "" {
		line += fmt.Sprintf("; seen %s to %s", p.FirstSeen, p.LastSeen)
	}
	lines = append(lines, line)
	if len(p.Aliases) > 0 {
		lines = append(lines, "Also written: "+strings.Join(p.Aliases, ", "))
	}
	if len(p.CoOccurring) > 0 {
		var names []string
		for _, c := range p.CoOccurring {
			names = append(names, fmt.Sprintf("%s (%d)", c.Name, c.Articles))
		}
		lines = append(lines, "Often with: "+strings.Join(names, ", "))
	}
	if p.Latitude != nil && p.Longitude != nil {
		where := fmt.Sprintf("Located at %.4f, %.4f", *p.Latitude, *p.Longitude)
		if p.Country != "" {
			where += " (" + p.Country + ")"
		}
		lines = append(lines, where)
	}
	if p.Watched {
		lines = append(lines, "On your watchlist.")
	}
	return strings.Join(lines, "\n")
}

// apply runs a correction in the background, then reloads what shows it.
func (d *entityDetails) apply(fn func(ctx context.Context, s *data.Store) error) {
	store := d.win.store
	background(&d.win.bridge, func(ctx context.Context) (struct{}, error) {
		return struct{}{}, fn(ctx, store)
	}, func(_ struct{}, err error) {
		if err != nil {
			d.win.showError(err)
			return
		}
		d.win.Entities.Reload()
		d.win.Status.Reload()
		d.win.Articles.Search()
		d.win.Timeline.Reload()
		sel := d.win.Entities.Selected
		d.Show(sel)
	})
}

func (d *entityDetails) onRename() {
	p := d.profile
	entry := widget.NewEntry()
	entry.SetText(p.Name)
	dialog.ShowForm("Rename "+p.Name, "Rename", "Cancel", []*widget.FormItem{
		{Text: "Name", Widget: entry, HintText: "The old name stays as an alias, so later imports still find it."},
	}, func(ok bool) {
		if ok && strings.TrimSpace(entry.Text) != p.Name {
			name := strings.TrimSpace(entry.Text)
			d.apply(func(ctx context.Context, s *data.Store) error { return s.RenameEntity(ctx, p.ID, name) })
		}
	}, d.win.Window)
}

func (d *entityDetails) onRetype() {
	p := d.profile
	types := []string{"PERSON", "ORG", "PLACE"}
	sel := widget.NewRadioGroup(types, nil)
	sel.SetSelected(p.Type)
	dialog.ShowForm("Type of "+p.Name, "Change", "Cancel", []*widget.FormItem{widget.NewFormItem("Type", sel)}, func(ok bool) {
		if ok && sel.Selected != p.Type {
			typ := sel.Selected
			d.apply(func(ctx context.Context, s *data.Store) error { return s.SetEntityType(ctx, p.ID, typ) })
		}
	}, d.win.Window)
}

func (d *entityDetails) onMerge() {
	p := d.profile
	var names []string
	ids := map[string]int64{}
	for _, e := range d.win.Entities.all {
		if e.ID != p.ID {
			label := fmt.Sprintf("%s (%s, %d)", e.Name, typeName(e.Type), e.Mentions)
			names = append(names, label)
			ids[label] = e.ID
		}
	}
	pick := widget.NewSelectEntry(names)
	pick.SetPlaceHolder("Type to find the other entity")
	pick.OnChanged = func(s string) {
		// Narrow the choices as the user types (case-insensitive contains).
		var keep []string
		for _, n := range names {
			if strings.Contains(strings.ToLower(n), strings.ToLower(s)) {
				keep = append(keep, n)
			}
			if len(keep) == 50 {
				break
			}
		}
		pick.SetOptions(keep)
	}
	dialog.ShowForm("Merge into "+p.Name, "Merge", "Cancel", []*widget.FormItem{
		{Text: "Entity", Widget: pick, HintText: "Its mentions and aliases move to " + p.Name + "; it is then gone."},
	}, func(ok bool) {
		other, found := ids[pick.Text]
		if !ok {
			return
		}
		if !found {
			d.win.showError(fmt.Errorf("no entity %q: choose one from the list", pick.Text))
			return
		}
		d.apply(func(ctx context.Context, s *data.Store) error { return s.MergeEntities(ctx, p.ID, []int64{other}) })
	}, d.win.Window)
}

func (d *entityDetails) onSplit() {
	p := d.profile
	if len(p.Aliases) == 0 {
		dialog.ShowInformation("No aliases", p.Name+" has no other names to split off.", d.win.Window)
		return
	}
	sel := widget.NewSelect(p.Aliases, nil)
	dialog.ShowForm("Split an alias off "+p.Name, "Split", "Cancel", []*widget.FormItem{
		{Text: "Alias", Widget: sel, HintText: "It becomes an entity of its own, with the mentions written that way."},
	}, func(ok bool) {
		if ok && sel.Selected != "" {
			alias := sel.Selected
			d.apply(func(ctx context.Context, s *data.Store) error { _, err := s.SplitAlias(ctx, p.ID, alias); return err })
		}
	}, d.win.Window)
}

func (d *entityDetails) onHide() {
	p := d.profile
	dialog.ShowConfirm("Not an entity", fmt.Sprintf("Hide %q everywhere and never extract it again?", p.Name), func(ok bool) {
		if ok {
			d.win.Entities.ClearSelection()
			d.apply(func(ctx context.Context, s *data.Store) error { return s.HideEntity(ctx, p.ID) })
		}
	}, d.win.Window)
}

func (d *entityDetails) onWatch() {
	p := d.profile
	d.apply(func(ctx context.Context, s *data.Store) error { return s.SetWatched(ctx, p.ID, !p.Watched) })
}
