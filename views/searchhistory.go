package views

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// Preference keys of the search history, kept by Fyne per user.
const (
	prefRecentSearches = "search.recent"
	prefSavedSearches  = "search.saved"
	maxRecentSearches  = 12
)

// searchHistory remembers the recent and saved searches and offers them
// from a menu beside the search box.
type searchHistory struct {
	pane   *ArticlesPane
	button *widget.Button
}

func newSearchHistory(p *ArticlesPane) *searchHistory {
	h := &searchHistory{pane: p}
	h.button = widget.NewButtonWithIcon("", theme.HistoryIcon(), h.showMenu)
	h.button.Importance = widget.LowImportance
	return h
}

func (h *searchHistory) prefs() fyne.Preferences { return h.pane.win.App.Preferences() }

// Recent returns the recent searches, newest first.
func (h *searchHistory) Recent() []string { return h.prefs().StringList(prefRecentSearches) }

// Saved returns the saved searches.
func (h *searchHistory) Saved() []string { return h.prefs().StringList(prefSavedSearches) }

// remember records a search the user ran (typed and paused on, or opened a
// result of), newest first, without repeats.
func (h *searchHistory) remember(q string) {
	q = strings.TrimSpace(q)
	if q == "" {
		return
	}
	list := []string{q}
	for _, r := range h.Recent() {
		if r != q && len(list) < maxRecentSearches {
			list = append(list, r)
		}
	}
	h.prefs().SetStringList(prefRecentSearches, list)
}

// save keeps a search for good.
func (h *searchHistory) save(q string) {
	q = strings.TrimSpace(q)
	if q == "" {
		return
	}
	saved := h.Saved()
	for _, s := range saved {
		if s == q {
			return
		}
	}
	h.prefs().SetStringList(prefSavedSearches, append(saved, q))
}

func (h *searchHistory) showMenu() {
	var items []*fyne.MenuItem
	run := func(q string) func() {
		return func() {
			h.pane.Entry.SetText(q)
			h.pane.win.FocusSearch()
		}
	}
	if q := strings.TrimSpace(h.pane.Entry.Text); q != "" {
		items = append(items, fyne.NewMenuItem("Save this search", func() { h.save(q) }), fyne.NewMenuItemSeparator())
	}
	if saved := h.Saved(); len(saved) > 0 {
		items = append(items, &fyne.MenuItem{Label: "Saved searches", Disabled: true})
		for _, q := range saved {
			items = append(items, fyne.NewMenuItem("★ "+q, run(q)))
		}
		items = append(items, fyne.NewMenuItemSeparator())
	}
	if recent := h.Recent(); len(recent) > 0 {
		items = append(items, &fyne.MenuItem{Label: "Recent searches", Disabled: true})
		for _, q := range recent {
			items = append(items, fyne.NewMenuItem(q, run(q)))
		}
	}
	if len(items) == 0 {
		items = append(items, &fyne.MenuItem{Label: "No searches yet", Disabled: true})
	}
	c := h.pane.win.Window.Canvas()
	pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(h.button).Add(fyne.NewPos(0, h.button.Size().Height))
	widget.ShowPopUpMenuAtPosition(fyne.NewMenu("", items...), c, pos)
}
