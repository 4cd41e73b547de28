package views

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"dossier/app/ingest"
)

// noColumn is the choice for a field that no column holds.
const noColumn = "(none)"

// unmappedDatasets previews the dataset files among paths (files given
// directly, not inside folders) and returns those whose columns Dossier
// could not map by their names.
func unmappedDatasets(paths []string) (map[string]ingest.DatasetPreview, error) {
	out := map[string]ingest.DatasetPreview{}
	for _, p := range paths {
		if !ingest.IsDataset(p) {
			continue
		}
		fi, err := os.Stat(p)
		if err != nil || fi.IsDir() || fi.Size() > ingest.MaxFileSize {
			continue // the import reports it
		}
		data, err := os.ReadFile(p)
		if err != nil {
			continue
		}
		prev, err := ingest.PreviewDataset(p, data, 5)
		if err == nil && !prev.Complete {
			out[p] = prev
		}
	}
	return out, nil
}

// importWithMapping asks for the column mapping of each dataset that needs
// one, then imports everything.
func (m *MainWindow) importWithMapping(paths []string) {
	background(&m.bridge, func(context.Context) (map[string]ingest.DatasetPreview, error) {
		return unmappedDatasets(paths)
	}, func(need map[string]ingest.DatasetPreview, err error) {
		if err != nil {
			m.showError(err)
			return
		}
		maps := map[string]map[string]string{}
		var ask func(rest []string)
		ask = func(rest []string) {
			if len(rest) == 0 {
				m.importer.start(m.store, paths, ingest.Options{FileColumnMaps: maps})
				return
			}
			path := rest[0]
			m.showMappingDialog(path, need[path], func(mapping map[string]string, ok bool) {
				if !ok {
					// Skipped: it is not imported, and the others go on.
					paths = without(paths, path)
				} else {
					maps[path] = mapping
				}
				ask(rest[1:])
			})
		}
		var order []string
		for _, p := range paths {
			if _, ok := need[p]; ok {
				order = append(order, p)
			}
		}
		ask(order)
	})
}

func without(list []string, drop string) []string {
	var out []string
	for _, s := range list {
		if s != drop {
			out = append(out, s)
		}
	}
	return out
}

// showMappingDialog lets the user say which column holds which field of a
// dataset, with its first rows to judge by.
func (m *MainWindow) showMappingDialog(path string, prev ingest.DatasetPreview, done func(map[string]string, bool)) {
	options := append([]string{noColumn}, prev.Columns...)
	selects := map[string]*widget.Select{}
	var items []*widget.FormItem
	for _, field := range ingest.Fields {
		sel := widget.NewSelect(options, nil)
		sel.SetSelected(noColumn)
		if col, ok := prev.Mapping[field]; ok {
			sel.SetSelected(col)
		}
		selects[field] = sel
		label := strings.ToUpper(field[:1]) + field[1:]
		if field == "body" {
			label = "Text (required)"
		}
		items = append(items, widget.NewFormItem(label, sel))
	}
	table := widget.NewTable(
		func() (int, int) { return len(prev.Rows) + 1, len(prev.Columns) },
		func() fyne.CanvasObject {
			l := widget.NewLabel("")
			l.Truncation = fyne.TextTruncateEllipsis
			return l
		},
		func(id widget.TableCellID, o fyne.CanvasObject) {
			l := o.(*widget.Label)
			if id.Row == 0 {
				l.TextStyle = fyne.TextStyle{Bold: true}
				l.SetText(prev.Columns[id.Col])
				return
			}
			l.TextStyle = fyne.TextStyle{}
			row := prev.Rows[id.Row-1]
			if id.Col < len(row) {
				l.SetText(strings.Join(strings.Fields(row[id.Col]), " "))
			} else {
				l.SetText("")
			}
		})
	for c := range prev.Columns {
		table.SetColumnWidth(c, 160)
	}
	intro := widget.NewLabel(fmt.Sprintf("Dossier could not tell which columns of %s hold the articles. "+
		"Choose at least the text column; columns left unmapped are kept as article details.", filepath.Base(path)))
	intro.Wrapping = fyne.TextWrapWord
	preview := container.NewBorder(widget.NewLabelWithStyle("First rows", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}), nil, nil, nil, table)
	content := container.NewBorder(container.NewVBox(intro, widget.NewForm(items...)), nil, nil, nil, preview)
	d := dialog.NewCustomConfirm("Map dataset columns", "Import", "Skip this file", content, func(ok bool) {
		mapping := map[string]string{}
		for field, sel := range selects {
			if sel.Selected != "" && sel.Selected != noColumn {
				mapping[field] = sel.Selected
			}
		}
		if ok && mapping["body"] == "" {
			dialog.ShowInformation("Text column needed", "Choose the column that holds the article text.", m.Window)
			m.showMappingDialog(path, prev, done)
			return
		}
		done(mapping, ok)
	}, m.Window)
	d.Resize(fyne.NewSize(760, 620))
	d.Show()
}
