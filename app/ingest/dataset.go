package ingest

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"sort"
	"strings"
	"time"
)

// Fields are the document fields a dataset column can be mapped to.
var Fields = []string{"title", "body", "date", "source", "url", "author", "location", "tags"}

// columnNames lists, per field, the column names datasets usually use
// (compared after lower-casing and dropping spaces, '_' and '-').
var columnNames = map[string][]string{
	"title":    {"title", "headline", "articletitle", "heading", "subject", "name"},
	"body":     {"content", "body", "text", "articlecontent", "article", "fulltext", "story", "articletext", "description"},
	"date":     {"date", "published", "publicationdate", "pubdate", "publishedat", "datepublished", "datetime", "timestamp", "publishdate"},
	"source":   {"source", "outlet", "publisher", "site", "sitename", "media", "newspaper", "sourcename"},
	"url":      {"url", "link", "href", "sourceurl", "articleurl", "permalink"},
	"author":   {"author", "byline", "authors", "writer"},
	"location": {"location", "place", "dateline", "city", "country"},
	"tags":     {"label", "labels", "tag", "tags", "category", "categories"},
}

func normColumn(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	return strings.NewReplacer(" ", "", "_", "", "-", "", ".", "").Replace(s)
}

// MapColumns maps dataset columns to document fields: the explicit map
// first, then the usual names. It returns field → column index.
func MapColumns(header []string, explicit map[string]string) (map[string]int, error) {
	m := map[string]int{}
	used := map[int]bool{}
	for field, col := range explicit {
		if !isField(field) {
			return nil, fmt.Errorf("--map: unknown field %q (fields: %s)", field, strings.Join(Fields, ", "))
		}
		idx := -1
		for i, h := range header {
			if h == col || normColumn(h) == normColumn(col) {
				idx = i
				break
			}
		}
		if idx < 0 {
			return nil, fmt.Errorf("--map: no column %q (columns: %s)", col, strings.Join(header, ", "))
		}
		m[field] = idx
		used[idx] = true
	}
	for _, field := range Fields {
		if _, done := m[field]; done {
			continue
		}
		for _, name := range columnNames[field] {
			for i, h := range header {
				if !used[i] && normColumn(h) == name {
					m[field] = i
					used[i] = true
					break
				}
			}
			if _, ok := m[field]; ok {
				break
			}
		}
	}
	if _, ok := m["body"]; !ok {
		return m, fmt.Errorf("no text column found among %q: name it with --map body=COLUMN", header)
	}
	return m, nil
}

func isField(f string) bool {
	for _, x := range Fields {
		if x == f {
			return true
		}
	}
	return false
}

// isFAKES recognises the FA-KES dataset, whose label column says whether an
// article was judged credible (1) or fake (0): that judgement must stay
// visible as a tag, not as a bare digit.
func isFAKES(header []string) bool {
	has := map[string]bool{}
	for _, h := range header {
		has[normColumn(h)] = true
	}
	return has["unitid"] && has["articlecontent"] && (has["labels"] || has["label"])
}

func readCSV(name string, data []byte, opt Options) ([]Document, error) {
	return readDelimited(name, data, ',', opt)
}

func readTSV(name string, data []byte, opt Options) ([]Document, error) {
	return readDelimited(name, data, '\t', opt)
}

func readDelimited(name string, data []byte, sep rune, opt Options) ([]Document, error) {
	text, err := DecodeText(data)
	if err != nil {
		return nil, err
	}
	r := csv.NewReader(strings.NewReader(text))
	r.Comma = sep
	r.FieldsPerRecord = -1
	r.LazyQuotes = true
	header, err := r.Read()
	if err != nil {
		if errors.Is(err, io.EOF) {
			return nil, errors.New("empty dataset")
		}
		return nil, fmt.Errorf("header: %w", err)
	}
	cols, err := MapColumns(header, opt.columnMapFor(name))
	if err != nil {
		return nil, err
	}
	fakes := isFAKES(header)
	var docs []Document
	for row := 1; ; row++ {
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return docs, fmt.Errorf("row %d: %w", row, err)
		}
		values := map[string]string{}
		for i, h := range header {
			if i < len(rec) {
				values[h] = rec[i]
			}
		}
		docs = append(docs, rowDocument(fmt.Sprintf("%s#row=%d", name, row), header, values, cols, fakes))
	}
	return docs, nil
}

// readJSONL reads one JSON object per line; nested values are kept as JSON text.
func readJSONL(name string, data []byte, opt Options) ([]Document, error) {
	text, err := DecodeText(data)
	if err != nil {
		return nil, err
	}
	var docs []Document
	var header []string
	var cols map[string]int
	for n, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		var obj map[string]any
		dec := json.NewDecoder(bytes.NewReader([]byte(line)))
		dec.UseNumber()
		if err := dec.Decode(&obj); err != nil {
			return docs, fmt.Errorf("line %d: not a JSON object: %v", n+1, err)
		}
		values := map[string]string{}
		keys := make([]string, 0, len(obj))
		for k, v := range obj {
			keys = append(keys, k)
			switch x := v.(type) {
			case string:
				values[k] = x
			case nil:
			default:
				b, _ := json.Marshal(x)
				values[k] = string(b)
			}
		}
		sort.Strings(keys)
		if cols == nil || !sameKeys(header, keys) {
			header = keys
			if cols, err = MapColumns(header, opt.columnMapFor(name)); err != nil {
				return docs, fmt.Errorf("line %d: %w", n+1, err)
			}
		}
		docs = append(docs, rowDocument(fmt.Sprintf("%s#line=%d", name, n+1), header, values, cols, false))
	}
	if len(docs) == 0 {
		return nil, errors.New("empty dataset")
	}
	return docs, nil
}

func sameKeys(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func rowDocument(path string, header []string, values map[string]string, cols map[string]int, fakes bool) Document {
	get := func(field string) string {
		if i, ok := cols[field]; ok {
			return strings.TrimSpace(values[header[i]])
		}
		return ""
	}
	d := Document{Path: path, Title: get("title"), Body: get("body"), Source: get("source"),
		URL: get("url"), Author: get("author"), Location: get("location")}
	if raw := get("date"); raw != "" {
		if t, ok := ParseDate(raw); ok {
			d.Date = t.Format("2006-01-02")
		} else {
			d.SetAttr("date (unparsed)", raw)
		}
	}
	if tags := get("tags"); tags != "" {
		if fakes {
			switch tags {
			case "1":
				tags = "credible"
			case "0":
				tags = "fake"
			}
		}
		d.Tags = append(d.Tags, tags)
	}
	mapped := map[int]bool{}
	for _, i := range cols {
		mapped[i] = true
	}
	for i, h := range header {
		if !mapped[i] {
			d.SetAttr(strings.ToLower(strings.TrimSpace(h)), strings.TrimSpace(values[h]))
		}
	}
	return d
}

// ParseDate reads the date formats datasets and metadata use: ISO dates and
// timestamps, US month/day/year (two- or four-digit year; day/month when the
// first number cannot be a month), and written dates ("April 24, 2017").
func ParseDate(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	for _, layout := range []string{time.RFC3339, "2006-01-02T15:04:05", "2006-01-02 15:04:05", "2006-01-02", "2006/01/02",
		time.RFC1123Z, time.RFC1123, "Mon, 2 Jan 2006 15:04:05 -0700", "2 Jan 2006 15:04:05 -0700", "20060102"} {
		if t, err := time.Parse(layout, s); err == nil {
			return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC), true
		}
	}
	var a, b, y int
	if n, _ := fmt.Sscanf(s, "%d/%d/%d", &a, &b, &y); n == 3 {
		if y < 100 {
			y += 2000
			if y > time.Now().Year()+1 {
				y -= 100
			}
		}
		month, day := a, b
		if a > 12 {
			month, day = b, a
		}
		return calendarDate(y, month, day)
	}
	return FindDate(s)
}

// DatasetPreview is the start of a dataset, for the column-mapping dialog.
type DatasetPreview struct {
	Columns []string
	Rows    [][]string
	// Mapping is the automatic mapping, field → column name.
	Mapping map[string]string
	// Complete is false when no text column was recognised: the user must
	// say which column holds the article text.
	Complete bool
}

// IsDataset reports whether a file name is a dataset (one article per row).
func IsDataset(name string) bool {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".csv", ".tsv", ".tab", ".jsonl", ".ndjson":
		return true
	}
	return false
}

// PreviewDataset reads a dataset's columns, its first rows and the mapping
// Dossier would use.
func PreviewDataset(name string, data []byte, rows int) (DatasetPreview, error) {
	var p DatasetPreview
	text, err := DecodeText(data)
	if err != nil {
		return p, err
	}
	switch strings.ToLower(filepath.Ext(name)) {
	case ".jsonl", ".ndjson":
		for _, line := range strings.Split(text, "\n") {
			if strings.TrimSpace(line) == "" {
				continue
			}
			var obj map[string]any
			if err := json.Unmarshal([]byte(line), &obj); err != nil {
				return p, fmt.Errorf("not a JSON object: %v", err)
			}
			if p.Columns == nil {
				for k := range obj {
					p.Columns = append(p.Columns, k)
				}
				sort.Strings(p.Columns)
			}
			row := make([]string, len(p.Columns))
			for i, c := range p.Columns {
				if v, ok := obj[c]; ok && v != nil {
					row[i] = fmt.Sprint(v)
				}
			}
			p.Rows = append(p.Rows, row)
			if len(p.Rows) >= rows {
				break
			}
		}
	default:
		r := csv.NewReader(strings.NewReader(text))
		if ext := strings.ToLower(filepath.Ext(name)); ext == ".tsv" || ext == ".tab" {
			r.Comma = '\t'
		}
		r.FieldsPerRecord = -1
		r.LazyQuotes = true
		if p.Columns, err = r.Read(); err != nil {
			return p, fmt.Errorf("header: %w", err)
		}
		for len(p.Rows) < rows {
			rec, err := r.Read()
			if err != nil {
				break
			}
			p.Rows = append(p.Rows, rec)
		}
	}
	cols, err := MapColumns(p.Columns, nil)
	p.Complete = err == nil
	p.Mapping = map[string]string{}
	for field, i := range cols {
		p.Mapping[field] = p.Columns[i]
	}
	return p, nil
}
