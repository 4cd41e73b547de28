package views

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"

	"dossier/app/ingest"
	"dossier/data"
)

// CollectionExt is the file extension of Dossier collections.
const CollectionExt = ".dossier"

// OpenDemoOnStart fills a newly created default collection with the demo set.
func (m *MainWindow) OpenDemoOnStart() {
	if m.store != nil {
		m.importer.startDemo(m.store)
	}
}

func (m *MainWindow) onNewCollection() {
	d := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if err != nil || w == nil {
			m.showErrorIf(err)
			return
		}
		path := w.URI().Path()
		w.Close()
		// The dialog created an empty file; a collection needs it gone.
		os.Remove(path)
		if !strings.HasSuffix(path, CollectionExt) {
			path += CollectionExt
		}
		m.openCollection(path, data.CreateIfMissing)
	}, m.Window)
	d.SetFileName("research" + CollectionExt)
	d.SetFilter(storage.NewExtensionFileFilter([]string{CollectionExt}))
	d.Show()
}

func (m *MainWindow) onOpenCollection() {
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil || r == nil {
			m.showErrorIf(err)
			return
		}
		path := r.URI().Path()
		r.Close()
		m.openCollection(path, data.MustExist)
	}, m.Window)
	d.SetFilter(storage.NewExtensionFileFilter([]string{CollectionExt}))
	d.Show()
}

// openCollection opens a collection file in the background and switches to it.
func (m *MainWindow) openCollection(path string, mode data.Mode) {
	background(&m.bridge, func(context.Context) (*data.Store, error) {
		s, err := data.Open(path, mode)
		if err != nil {
			return nil, err
		}
		if err := s.LockForWriting(); err != nil && !errors.Is(err, data.ErrReadOnly) {
			s.Close()
			return nil, err
		}
		return s, nil
	},
		func(s *data.Store, err error) {
			if err != nil {
				m.showError(err)
				return
			}
			m.SetStore(s)
			if s.ReadOnly() {
				m.ShowReadOnlyNotice()
			}
		})
}

func (m *MainWindow) onImportFiles() {
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil || r == nil {
			m.showErrorIf(err)
			return
		}
		path := r.URI().Path()
		r.Close()
		m.runImport([]string{path})
	}, m.Window)
	d.SetFilter(storage.NewExtensionFileFilter(ingest.SupportedExtensions()))
	d.Show()
}

func (m *MainWindow) onImportFolder() {
	dialog.ShowFolderOpen(func(dir fyne.ListableURI, err error) {
		if err != nil || dir == nil {
			m.showErrorIf(err)
			return
		}
		m.runImport([]string{dir.Path()})
	}, m.Window)
}

// importURIs imports files and folders dropped on the window.
func (m *MainWindow) importURIs(uris []fyne.URI) {
	var paths []string
	for _, u := range uris {
		if u.Scheme() == "file" {
			paths = append(paths, u.Path())
		}
	}
	if len(paths) > 0 {
		m.runImport(paths)
	}
}

func (m *MainWindow) showError(err error) {
	dialog.ShowError(err, m.Window)
}

func (m *MainWindow) showErrorIf(err error) {
	if err != nil && !errors.Is(err, context.Canceled) {
		m.showError(err)
	}
}

// displayPath shortens a path under the home folder to "~/...".
func displayPath(p string) string {
	if home, err := os.UserHomeDir(); err == nil && home != "" {
		if rel, err := filepath.Rel(home, p); err == nil && !strings.HasPrefix(rel, "..") {
			return filepath.Join("~", rel)
		}
	}
	return p
}

// ShowStartError tells the user why the collection could not be opened at
// start; the window stays usable to open or create another one.
func (m *MainWindow) ShowStartError(err error) {
	dialog.ShowError(errors.Join(err, errors.New("use File › Open Collection… or New Collection… to continue")), m.Window)
}

// onBackup writes a consistent copy of the open collection while it stays in use.
func (m *MainWindow) onBackup() {
	if m.store == nil {
		return
	}
	d := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if err != nil || w == nil {
			m.showErrorIf(err)
			return
		}
		path := w.URI().Path()
		w.Close()
		// The dialog created an empty file; the backup must write a new one.
		os.Remove(path)
		store := m.store
		background(&m.bridge, func(ctx context.Context) (struct{}, error) {
			return struct{}{}, store.Backup(ctx, path)
		}, func(_ struct{}, err error) {
			if err != nil {
				m.showError(err)
				return
			}
			dialog.ShowInformation("Backup written", "A copy of the collection is in "+displayPath(path)+".", m.Window)
		})
	}, m.Window)
	d.SetFileName(strings.TrimSuffix(filepath.Base(m.store.Path()), CollectionExt) + "-backup" + CollectionExt)
	d.Show()
}

// ShowReadOnlyNotice says that the open collection can be read but not
// changed (no permission to write it or its folder).
func (m *MainWindow) ShowReadOnlyNotice() {
	m.Status.Note("Read-only collection: browse and export; imports and corrections need a writable copy")
	dialog.ShowInformation("Read-only collection", "This collection cannot be changed here (no permission to write it or its folder).\n"+
		"You can search, read and export; to import or correct, open a copy (File › Back Up Collection… makes one).", m.Window)
}
