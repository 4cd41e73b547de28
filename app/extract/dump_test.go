package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestDumpSet writes predictions for every document of a prepared evalkit
// set, in-process (much faster than one `dossier extract` per document
// while developing). It runs only when DOSSIER_DUMP_IN and DOSSIER_DUMP_OUT
// name the set folder and the prediction folder.
func TestDumpSet(t *testing.T) {
	in, out := os.Getenv("DOSSIER_DUMP_IN"), os.Getenv("DOSSIER_DUMP_OUT")
	if in == "" || out == "" {
		t.Skip("DOSSIER_DUMP_IN/DOSSIER_DUMP_OUT not set")
	}
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob(filepath.Join(in, "*.txt"))
	for _, f := range files {
		text, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		base := strings.TrimSuffix(f, ".txt")
		dateB, _ := os.ReadFile(base + ".date")
		pub, _ := time.Parse("2006-01-02", strings.TrimSpace(string(dateB)))
		w, err := os.Create(filepath.Join(out, filepath.Base(base)+".json"))
		if err != nil {
			t.Fatal(err)
		}
		if err := x.Extract(string(text), pub).WriteJSON(w); err != nil {
			t.Fatal(err)
		}
		w.Close()
	}
}
