package views

import (
	"context"
	"fmt"
	"image/color"
	"sort"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	"github.com/sahilm/fuzzy"

	"dossier/data"
)

// entityTypes are the sidebar's groups, in order, with their headings.
// Organisations come first: armed groups and agencies are what conflict
// researchers follow most.
var entityTypes = []struct{ typ, heading string }{
	{"ORG", "Organisations"}, {"PLACE", "Places"}, {"PERSON", "People"},
}

// EntitiesPane is the sidebar: the collection's people, organisations and
// places with their mention counts, a fuzzy filter, and selection that
// narrows the article list.
type EntitiesPane struct {
	win     *MainWindow
	content fyne.CanvasObject

	FilterEntry *widget.Entry
	Sort        *widget.Select
	List        *widget.List
	Details     *entityDetails
	empty       *widget.Label

	all  []data.Entity // as loaded, most mentioned first
	rows []entityRow   // what the list shows: headings and entities
	seq  uint64

	// Selected is the entity whose details are shown (nil for none).
	Selected *data.Entity
	// Filter narrows the article list and the timeline.
	Filter EntityFilter
}

// entityRow is a heading (entity nil) or an entity.
type entityRow struct {
	heading string
	entity  *data.Entity
}

func newEntitiesPane(m *MainWindow) *EntitiesPane {
	p := &EntitiesPane{win: m}
	p.FilterEntry = widget.NewEntry()
	p.FilterEntry.SetPlaceHolder("Filter entities")
	p.FilterEntry.OnChanged = func(string) { p.rebuild() }
	p.Sort = widget.NewSelect([]string{sortByCount, sortByName}, nil)
	p.Sort.SetSelected(sortByCount)
	p.Sort.OnChanged = func(string) { p.rebuild() }
	p.empty = widget.NewLabel("No entities yet.\n\nThe people, organisations and places " +
		"named in your articles are listed here once the articles have been analysed.")
	p.empty.Wrapping = fyne.TextWrapWord
	p.empty.TextStyle = fyne.TextStyle{Italic: true}
	p.List = widget.NewList(
		func() int { return len(p.rows) },
		func() fyne.CanvasObject {
			name := widget.NewLabel("")
			name.Truncation = fyne.TextTruncateEllipsis
			count := widget.NewLabel("")
			count.SizeName = theme.SizeNameCaptionText
			// Room on the right so the scroll bar does not cover the count.
			gap := canvas.NewRectangle(color.Transparent)
			gap.SetMinSize(fyne.NewSize(theme.Padding()*3, 0))
			return container.NewBorder(nil, nil, nil, container.NewHBox(count, gap), name)
		},
		func(id widget.ListItemID, o fyne.CanvasObject) {
			if id >= len(p.rows) {
				return
			}
			box := o.(*fyne.Container)
			name, count := box.Objects[0].(*widget.Label), box.Objects[1].(*fyne.Container).Objects[0].(*widget.Label)
			row := p.rows[id]
			if row.entity == nil {
				name.TextStyle = fyne.TextStyle{Bold: true}
				name.SetText(row.heading)
				count.SetText("")
				return
			}
			name.TextStyle = fyne.TextStyle{}
			label := row.entity.Name
			if row.entity.Watched {
				label = "★ " + label
			}
			name.SetText(label)
			count.SetText(fmt.Sprint(row.entity.Mentions))
		})
	p.List.OnSelected = func(id widget.ListItemID) {
		if id >= len(p.rows) || p.rows[id].entity == nil {
			p.List.Unselect(id)
			return
		}
		e := *p.rows[id].entity
		p.Selected = &e
		p.Details.Show(p.Selected)
		if !p.Filter.Has(e.ID) {
			// A plain selection filters by this entity alone; "Add to
			// filter" in the details builds a filter of several.
			p.setFilter(EntityFilter{Entities: []data.Entity{e}, All: p.Filter.All})
		}
	}
	title := widget.NewLabelWithStyle("Entities", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	p.Details = newEntityDetails(m)
	top := container.NewVBox(container.NewBorder(nil, nil, widget.NewIcon(theme.AccountIcon()), p.Sort, title), p.FilterEntry)
	p.content = container.NewBorder(top, p.Details.content, nil, nil, container.NewStack(p.List, p.empty))
	return p
}

// Reload reads the entities of the collection again.
func (p *EntitiesPane) Reload() {
	store := p.win.store
	p.seq++
	seq := p.seq
	if store == nil {
		p.all = nil
		p.rebuild()
		return
	}
	background(&p.win.bridge, func(ctx context.Context) ([]data.Entity, error) {
		return store.Entities(ctx, "", 5000)
	}, func(list []data.Entity, err error) {
		if seq != p.seq {
			return
		}
		if err != nil {
			p.win.showError(err)
			return
		}
		p.all = list
		p.rebuild()
	})
}

// AddToFilter adds an entity to the filter (articles and events with it,
// or with it too when matching all).
func (p *EntitiesPane) AddToFilter(e data.Entity) {
	if p.Filter.Has(e.ID) {
		return
	}
	f := p.Filter
	f.Entities = append(append([]data.Entity(nil), f.Entities...), e)
	p.setFilter(f)
}

// SetMatchAll switches the filter between any and all of its entities.
func (p *EntitiesPane) SetMatchAll(all bool) {
	f := p.Filter
	f.All = all
	p.setFilter(f)
}

func (p *EntitiesPane) setFilter(f EntityFilter) {
	p.Filter = f
	p.win.Articles.SetFilter(f)
	p.win.Timeline.SetFilter(f)
}

// ClearSelection removes the entity filter.
func (p *EntitiesPane) ClearSelection() {
	p.Selected = nil
	p.List.UnselectAll()
	p.Details.Show(nil)
	p.setFilter(EntityFilter{All: p.Filter.All})
}

const (
	sortByCount = "By mentions"
	sortByName  = "By name"
)

// rebuild regroups the entities under their headings, keeping only those
// that match the filter (fuzzy: "hts" finds "Hay'at Tahrir al-Sham").
func (p *EntitiesPane) rebuild() {
	keep := p.all
	if f := p.FilterEntry.Text; f != "" {
		keep = nil
		for _, m := range fuzzy.FindFrom(f, entityNames(p.all)) {
			// Letters scattered over a long name are not what was meant.
			if fewRuns(m.MatchedIndexes, len([]rune(f))) || wordStarts(m.Str, m.MatchedIndexes) {
				keep = append(keep, p.all[m.Index])
			}
		}
	}
	if p.Sort.Selected == sortByName && p.FilterEntry.Text == "" {
		keep = append([]data.Entity(nil), keep...)
		sort.SliceStable(keep, func(i, j int) bool { return strings.ToLower(keep[i].Name) < strings.ToLower(keep[j].Name) })
	}
	p.rows = p.rows[:0]
	for _, t := range entityTypes {
		var group []entityRow
		for i := range keep {
			if keep[i].Type == t.typ {
				group = append(group, entityRow{entity: &keep[i]})
			}
		}
		if len(group) > 0 {
			p.rows = append(p.rows, entityRow{heading: fmt.Sprintf("%s (%d)", t.heading, len(group))})
			p.rows = append(p.rows, group...)
		}
	}
	if len(p.all) == 0 {
		p.empty.Show()
	} else {
		p.empty.Hide()
	}
	p.List.Refresh()
}

type entityNames []data.Entity

func (e entityNames) String(i int) string { return e[i].Name }
func (e entityNames) Len() int            { return len(e) }

// fewRuns accepts a fuzzy match whose matched characters fall into few
// runs, as a typed abbreviation ("hts") or a partial name does.
func fewRuns(idx []int, n int) bool {
	runs := 1
	for i := 1; i < len(idx); i++ {
		if idx[i] != idx[i-1]+1 {
			runs++
		}
	}
	return runs <= 1+n/3
}

// wordStarts accepts an abbreviation: every matched character begins a
// word of the name ("hts" for "Hay'at Tahrir al-Sham").
func wordStarts(name string, idx []int) bool {
	b := []byte(name)
	for _, i := range idx {
		if i > 0 && i < len(b) && b[i-1] != ' ' && b[i-1] != '-' && b[i-1] != '\'' {
			return false
		}
	}
	return len(idx) > 0
}
