package views

import (
	"context"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"dossier/data"
)

// showAddEntity adds an entity by hand (a name the tagger missed): it goes
// on the watchlist, so this and every later article analysed finds it.
func (m *MainWindow) showAddEntity(a data.Article) {
	name := widget.NewEntry()
	name.SetPlaceHolder("Name as written in the article")
	typ := widget.NewRadioGroup([]string{"PERSON", "ORG", "PLACE"}, nil)
	typ.SetSelected("ORG")
	typ.Horizontal = true
	dialog.ShowForm("Add an entity", "Add", "Cancel", []*widget.FormItem{
		widget.NewFormItem("Name", name),
		widget.NewFormItem("Type", typ),
	}, func(ok bool) {
		if !ok || strings.TrimSpace(name.Text) == "" {
			return
		}
		n, t := strings.TrimSpace(name.Text), typ.Selected
		store, runner := m.store, m.importer
		background(&m.bridge, func(ctx context.Context) (struct{}, error) {
			if _, err := store.AddEntity(ctx, n, t); err != nil {
				return struct{}{}, err
			}
			return struct{}{}, reanalyse(ctx, store, runner, a.ID)
		}, m.afterArticleChange(a.ID))
	}, m.Window)
	m.Window.Canvas().Focus(name)
}

// showEditArticle opens the form to correct an article's title, date,
// source and URL. A new date re-resolves the article's relative dates
// ("on Sunday") and rebuilds its events.
func (m *MainWindow) showEditArticle(a data.Article) {
	title := widget.NewEntry()
	title.SetText(a.Title)
	date := widget.NewEntry()
	date.SetText(a.Published)
	date.SetPlaceHolder("YYYY-MM-DD")
	date.Validator = func(s string) error {
		if s == "" {
			return nil
		}
		_, err := time.Parse("2006-01-02", strings.TrimSpace(s))
		if err != nil {
			return errDateFormat
		}
		return nil
	}
	source := widget.NewEntry()
	source.SetText(a.Source)
	url := widget.NewEntry()
	url.SetText(a.URL)
	items := []*widget.FormItem{
		widget.NewFormItem("Title", title),
		{Text: "Published", Widget: date, HintText: "The day the article appeared; relative dates in it are resolved against it."},
		widget.NewFormItem("Source", source),
		widget.NewFormItem("URL", url),
	}
	d := dialog.NewForm("Edit article details", "Save", "Cancel", items, func(ok bool) {
		if !ok {
			return
		}
		edit := data.ArticleEdit{Title: strings.TrimSpace(title.Text), Published: strings.TrimSpace(date.Text),
			Source: strings.TrimSpace(source.Text), URL: strings.TrimSpace(url.Text)}
		m.saveArticleEdit(a, edit)
	}, m.Window)
	d.Resize(fyne.NewSize(560, 0))
	d.Show()
	if a.Published == "" {
		m.Window.Canvas().Focus(date)
	}
}

type dateFormatError struct{}

func (dateFormatError) Error() string { return "use the form YYYY-MM-DD" }

var errDateFormat error = dateFormatError{}

// saveArticleEdit stores an edit and, when the date changed, analyses the
// article again so its relative dates and events follow the new date.
func (m *MainWindow) saveArticleEdit(a data.Article, e data.ArticleEdit) {
	store := m.store
	runner := m.importer
	background(&m.bridge, func(ctx context.Context) (struct{}, error) {
		if err := store.EditArticle(ctx, a.ID, e); err != nil {
			return struct{}{}, err
		}
		if e.Published == a.Published && e.Title == a.Title {
			return struct{}{}, nil
		}
		return struct{}{}, reanalyse(ctx, store, runner, a.ID)
	}, m.afterArticleChange(a.ID))
}

// reanalyse runs extraction again on one article, with the collection's
// watchlist, after a change that affects it (its date, a watched name).
// It runs in the caller's goroutine, never the main one.
func reanalyse(ctx context.Context, store *data.Store, runner *importRunner, id int64) error {
	an, err := runner.model(ctx, store)
	if err != nil {
		return err
	}
	a, err := store.Article(ctx, id)
	if err != nil {
		return err
	}
	ex, err := an.AnalyzeSafe(a.Title, a.Body, a.Published)
	if err != nil {
		return err
	}
	return store.SaveExtraction(ctx, id, ex)
}

// afterArticleChange reports an error, or refreshes the window and shows
// the changed article again.
func (m *MainWindow) afterArticleChange(id int64) func(struct{}, error) {
	return func(_ struct{}, err error) {
		if err != nil {
			m.showError(err)
			return
		}
		m.Refresh()
		m.Reader.Show(id, m.Articles.Entry.Text)
	}
}

// showAnnotate edits the tags and note of an article or an event.
func (m *MainWindow) showAnnotate(title string, target data.Target) {
	store := m.store
	background(&m.bridge, func(ctx context.Context) (data.Annotation, error) { return store.Annotation(ctx, target) },
		func(a data.Annotation, err error) {
			if err != nil {
				m.showError(err)
				return
			}
			tags := widget.NewEntry()
			tags.SetText(strings.Join(a.Tags, ", "))
			tags.SetPlaceHolder("credible, to check, ...")
			note := widget.NewMultiLineEntry()
			note.SetText(a.Note)
			note.Wrapping = fyne.TextWrapWord
			note.SetMinRowsVisible(5)
			d := dialog.NewForm(title, "Save", "Cancel", []*widget.FormItem{
				{Text: "Tags", Widget: tags, HintText: "Separated by commas; search them with tag:NAME"},
				widget.NewFormItem("Note", note),
			}, func(ok bool) {
				if !ok {
					return
				}
				edit := data.Annotation{Tags: splitNames(tags.Text), Note: note.Text}
				background(&m.bridge, func(ctx context.Context) (struct{}, error) {
					return struct{}{}, store.Annotate(ctx, target, edit)
				}, func(_ struct{}, err error) {
					if err != nil {
						m.showError(err)
						return
					}
					if id := m.Reader.Article.ID; id != 0 {
						m.Reader.Show(id, m.Articles.Entry.Text)
					}
				})
			}, m.Window)
			d.Resize(fyne.NewSize(520, 0))
			d.Show()
		})
}
