// Package export writes what the analyst hands on: timelines as ACLED-style
// or TimelineJS CSV, and the entity list. Every CSV is RFC 4180 and UTF-8
// (optionally with a byte-order mark so spreadsheet programs detect it), and
// safe: a text cell that a spreadsheet would read as a formula is defused.
package export

import (
	"encoding/csv"
	"io"
	"strconv"
)

// Cell is one CSV value. Numeric cells are written as they are; text cells
// are defused against formula injection.
type Cell struct {
	Text    string
	Numeric bool
}

// T is a text cell.
func T(s string) Cell { return Cell{Text: s} }

// N is a numeric cell (empty when v is nil).
func N(v *float64) Cell {
	if v == nil {
		return Cell{Numeric: true}
	}
	return Cell{Text: strconv.FormatFloat(*v, 'f', -1, 64), Numeric: true}
}

// I is an integer cell.
func I(v int) Cell { return Cell{Text: strconv.Itoa(v), Numeric: true} }

// Writer writes a header, then rows, then Close flushes: the encoder shape
// every export shares.
type Writer struct {
	w   *csv.Writer
	err error
}

// NewWriter starts a CSV with its header row; bom prepends a UTF-8
// byte-order mark for spreadsheet programs that need it.
func NewWriter(out io.Writer, header []string, bom bool) *Writer {
	w := &Writer{w: csv.NewWriter(out)}
	if bom {
		_, w.err = out.Write([]byte{0xEF, 0xBB, 0xBF})
	}
	if w.err == nil {
		w.err = w.w.Write(header)
	}
	return w
}

// Row writes one row.
func (w *Writer) Row(cells ...Cell) {
	if w.err != nil {
		return
	}
	rec := make([]string, len(cells))
	for i, c := range cells {
		if c.Numeric {
			rec[i] = c.Text
		} else {
			rec[i] = Defuse(c.Text)
		}
	}
	w.err = w.w.Write(rec)
}

// Close flushes the CSV and reports the first error.
func (w *Writer) Close() error {
	w.w.Flush()
	if w.err != nil {
		return w.err
	}
	return w.w.Error()
}

// Defuse keeps a text cell from running as a formula in a spreadsheet: a
// cell starting with =, +, -, @, a tab or a carriage return gets a leading
// apostrophe, which spreadsheets show as text (OWASP's advice for CSV).
func Defuse(s string) string {
	if s == "" {
		return s
	}
	switch s[0] {
	case '=', '+', '-', '@', '\t', '\r':
		return "'" + s
	}
	return s
}
