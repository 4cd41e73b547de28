package cli

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func runExtract(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	env := &Env{Stdin: strings.NewReader(stdin), Stdout: &out, Stderr: &errb}
	code := cmdExtract(env, args)
	return code, out.String(), errb.String()
}

func TestExtractStdin(t *testing.T) {
	code, out, errs := runExtract(t, "Rebels took Halfaya on Sunday.", "--date", "2017-04-24", "-")
	if code != ExitOK {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	var r struct {
		Entities []map[string]any `json:"entities"`
		Timexes  []struct {
			Text, Value string
		} `json:"timexes"`
		Events []map[string]any `json:"events"`
	}
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatalf("output is not JSON: %v\n%s", err, out)
	}
	if len(r.Timexes) != 1 || r.Timexes[0].Value != "2017-04-23" {
		t.Errorf("timexes = %+v, want Sunday = 2017-04-23", r.Timexes)
	}
}

func TestExtractErrors(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "nope.txt")
	code, _, errs := runExtract(t, "", missing)
	if code != ExitFatal || !strings.HasPrefix(errs, "dossier: "+missing+": ") || strings.Count(errs, "\n") != 1 {
		t.Errorf("missing file: exit %d, stderr %q", code, errs)
	}
	if code, _, _ := runExtract(t, ""); code != ExitUsage {
		t.Errorf("no FILE: exit %d, want %d", code, ExitUsage)
	}
	if code, _, _ := runExtract(t, "", "--date", "24/04/2017", "-"); code != ExitUsage {
		t.Errorf("bad --date: exit %d, want %d", code, ExitUsage)
	}
	f := filepath.Join(t.TempDir(), "a.txt")
	os.WriteFile(f, []byte("No dates here."), 0o644)
	code, out, _ := runExtract(t, "", f)
	if code != ExitOK || !strings.Contains(out, `"timexes":[]`) {
		t.Errorf("plain file: exit %d, out %q", code, out)
	}
}

// A UTF-8 file that opens with a byte order mark gets offsets into the
// file as read, mark included, as the contract says.
func TestExtractOffsetsCountByteOrderMark(t *testing.T) {
	text := "\xEF\xBB\xBFRebels took Idlib on Sunday."
	code, out, errs := runExtract(t, text, "--date", "2017-04-24", "-")
	if code != ExitOK {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	var r struct {
		Entities []struct {
			Start, End int
			Text       string
		} `json:"entities"`
	}
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatalf("output is not JSON: %v\n%s", err, out)
	}
	if len(r.Entities) != 1 || text[r.Entities[0].Start:r.Entities[0].End] != "Idlib" {
		t.Errorf("entities %+v do not point at Idlib in the file", r.Entities)
	}
}
