// Package views is Dossier's window: the only package that touches widgets,
// dialogs, menus or fyne.Do. One file per pane or dialog. Work on the
// database and files runs in goroutines that hand their results back with
// fyne.Do; widget state is read on the main goroutine and passed on as values.
// It never imports Fyne's app driver, so its tests run with the test driver.
package views

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"

	"dossier/app/ingest"
	"dossier/app/search"
	"dossier/data"
)

// MainWindow is Dossier's one window: entity sidebar, search and article
// list, reader, and a status line.
type MainWindow struct {
	App    fyne.App
	Window fyne.Window

	// store is the open collection; only the main goroutine changes it.
	store *data.Store

	Entities *EntitiesPane
	Articles *ArticlesPane
	Reader   *ReaderPane
	Timeline *TimelinePane
	Status   *StatusBar
	importer *importRunner
	bridge   bridge
	// tabs holds the reader and the timeline, beside the article list.
	tabs *container.AppTabs

	// Version is shown in the About box.
	Version string
}

// NewMainWindow builds the window's content, menus and shortcuts around an
// open collection (nil shows an empty state until one is opened). Call
// Refresh to load the collection's content into it.
func NewMainWindow(a fyne.App, w fyne.Window, store *data.Store, version string) *MainWindow {
	m := &MainWindow{App: a, Window: w, store: store, Version: version}
	m.Reader = newReaderPane(m)
	m.Timeline = newTimelinePane(m)
	m.Articles = newArticlesPane(m)
	m.Entities = newEntitiesPane(m)
	m.Status = newStatusBar(m)
	m.importer = &importRunner{win: m}

	m.tabs = container.NewAppTabs(
		container.NewTabItemWithIcon("Article", theme.DocumentIcon(), m.Reader.content),
		container.NewTabItemWithIcon("Timeline", theme.HistoryIcon(), m.Timeline.content))
	m.Timeline.OnArticleOpened = func(data.Event) { m.tabs.SelectIndex(0) }
	right := container.NewHSplit(m.Articles.content, m.tabs)
	right.Offset = 0.42
	main := container.NewHSplit(m.Entities.content, right)
	main.Offset = 0.2
	w.SetContent(container.NewBorder(nil, m.Status.content, nil, nil, main))
	w.SetMainMenu(m.buildMenu())
	w.Canvas().AddShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyF, Modifier: fyne.KeyModifierShortcutDefault},
		func(fyne.Shortcut) { m.FocusSearch() })
	w.Canvas().AddShortcut(undoShortcut, func(fyne.Shortcut) { m.Undo() })
	// Ctrl+1 and Ctrl+2 switch between the article and the timeline.
	for i, key := range []fyne.KeyName{fyne.Key1, fyne.Key2} {
		tab := i
		w.Canvas().AddShortcut(&desktop.CustomShortcut{KeyName: key, Modifier: fyne.KeyModifierShortcutDefault},
			func(fyne.Shortcut) { m.tabs.SelectIndex(tab) })
	}
	w.SetOnDropped(func(_ fyne.Position, uris []fyne.URI) { m.importURIs(uris) })
	m.updateTitle()
	m.warmSearch()
	return m
}

// Store returns the open collection (main goroutine only).
func (m *MainWindow) Store() *data.Store { return m.store }

// SetStore switches to another collection; the previous one is closed.
func (m *MainWindow) SetStore(s *data.Store) {
	old := m.store
	m.store = s
	if old != nil && old != s {
		search.Forget(old)
		old.Close()
	}
	m.warmSearch()
	m.Reader.Clear()
	m.updateTitle()
	m.Refresh()
}

// warmSearch builds the approximate-matching index in the background, so
// the first search of a large collection does not wait for it.
func (m *MainWindow) warmSearch() {
	if s := m.store; s != nil {
		go search.Warm(context.Background(), s)
	}
}

// Refresh reloads everything that shows the collection's content.
func (m *MainWindow) Refresh() {
	m.Articles.Search()
	m.Entities.Reload()
	m.Timeline.Reload()
	m.Status.Reload()
}

// FocusSearch puts the keyboard focus in the search box.
func (m *MainWindow) FocusSearch() {
	m.Window.Canvas().Focus(m.Articles.Entry)
}

func (m *MainWindow) updateTitle() {
	title := "Dossier"
	if m.store != nil {
		title += " — " + displayPath(m.store.Path())
	}
	m.Window.SetTitle(title)
}

func (m *MainWindow) buildMenu() *fyne.MainMenu {
	file := fyne.NewMenu("File",
		fyne.NewMenuItem("New Collection…", m.onNewCollection),
		fyne.NewMenuItem("Open Collection…", m.onOpenCollection),
		fyne.NewMenuItem("Back Up Collection…", m.onBackup),
		fyne.NewMenuItemSeparator(),
		fyne.NewMenuItem("Import Files…", m.onImportFiles),
		fyne.NewMenuItem("Import Folder…", m.onImportFolder),
		fyne.NewMenuItemSeparator(),
		fyne.NewMenuItem("Export Timeline…", m.onExportTimeline),
	)
	undo := fyne.NewMenuItem("Undo Last Correction", m.Undo)
	undo.Shortcut = undoShortcut
	edit := fyne.NewMenu("Edit", undo)
	// Fyne adds Quit to the first menu itself.
	help := fyne.NewMenu("Help", fyne.NewMenuItem("About Dossier", m.showAbout))
	return fyne.NewMainMenu(file, edit, help)
}

// runImport starts an import of files and folders in the background with a
// progress bar and Cancel in the status line.
func (m *MainWindow) runImport(paths []string) {
	if m.store == nil {
		m.showError(fmt.Errorf("open or create a collection first"))
		return
	}
	if m.importer.running {
		dialog.ShowInformation("Import running", "Wait for the current import to finish, or cancel it.", m.Window)
		return
	}
	m.importWithMapping(paths)
}

// afterImport refreshes the panes and reports failures.
func (m *MainWindow) afterImport(sum ingest.Summary, err error) {
	m.Refresh()
	if err != nil {
		m.showError(err)
		return
	}
	if len(sum.Failed) > 0 || len(sum.NeedsOCR) > 0 || sum.Cancelled {
		showImportReport(m.Window, sum)
	}
}

// undoShortcut is Ctrl+Z (Cmd+Z on macOS) for the window, outside text fields.
var undoShortcut = &desktop.CustomShortcut{KeyName: fyne.KeyZ, Modifier: fyne.KeyModifierShortcutDefault}

// Undo reverts the latest correction (entity merge, rename, event edit...)
// and says what it undid in the status line.
func (m *MainWindow) Undo() {
	store := m.store
	if store == nil {
		return
	}
	background(&m.bridge, func(ctx context.Context) (string, error) { return store.Undo(ctx) },
		func(action string, err error) {
			if errors.Is(err, data.ErrNothingToUndo) {
				m.Status.Note("Nothing to undo")
				return
			}
			if err != nil {
				m.showError(err)
				return
			}
			m.Refresh()
			if sel := m.Entities.Selected; sel != nil {
				m.Entities.Details.Show(sel)
			}
			if id := m.Reader.Article.ID; id != 0 {
				m.Reader.Show(id, m.Articles.Entry.Text)
			}
			m.Status.Note("Undone: " + strings.ReplaceAll(action, "-", " "))
		})
}
