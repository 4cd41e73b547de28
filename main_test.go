package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"dossier/app/benchcorpus"
	"dossier/app/cli"
	"dossier/data"
)

// TestMain lets the test binary stand in for the dossier binary: run with
// DOSSIER_AS_MAIN=1 it is main() itself, so the CLI is tested as a real
// subprocess (exit codes, stdout, stderr) without a separate build.
func TestMain(m *testing.M) {
	if os.Getenv("DOSSIER_AS_MAIN") == "1" {
		main()
		os.Exit(0)
	}
	os.Exit(m.Run())
}

type run struct {
	code           int
	stdout, stderr string
}

func dossier(t *testing.T, args ...string) run {
	t.Helper()
	cmd := exec.Command(os.Args[0], args...)
	cmd.Env = append(os.Environ(), "DOSSIER_AS_MAIN=1")
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return run{code, out.String(), errb.String()}
}

const seed = "../shared/corpus/seed/000_a9d8ce577f5ed5ae.txt"

func TestImportThenSearchHalfaya(t *testing.T) {
	if _, err := os.Stat(seed); err != nil {
		t.Skip("development corpus not present: skipping")
	}
	db := filepath.Join(t.TempDir(), "c.dossier")
	r := dossier(t, "import", "--db", db, "--date", "2017-04-24", "--json", seed)
	if r.code != 0 {
		t.Fatalf("import: exit %d, stderr %q", r.code, r.stderr)
	}
	var sum struct {
		Imported   int               `json:"imported"`
		Duplicates int               `json:"duplicates"`
		Failed     []json.RawMessage `json:"failed"`
	}
	if err := json.Unmarshal([]byte(r.stdout), &sum); err != nil {
		t.Fatalf("import --json: %v in %q", err, r.stdout)
	}
	if sum.Imported != 1 || sum.Failed == nil || len(sum.Failed) != 0 {
		t.Errorf("summary %+v from %s", sum, r.stdout)
	}
	if !strings.Contains(r.stdout, `"failed": []`) {
		t.Errorf("failed must be [] when empty: %s", r.stdout)
	}

	r = dossier(t, "search", "--db", db, "--json", "Halfaya")
	if r.code != 0 {
		t.Fatalf("search: exit %d, stderr %q", r.code, r.stderr)
	}
	var hits []map[string]any
	if err := json.Unmarshal([]byte(r.stdout), &hits); err != nil {
		t.Fatalf("search --json: %v in %q", err, r.stdout)
	}
	if len(hits) != 1 {
		t.Fatalf("hits = %v", hits)
	}
	want := "Regime forces push deeper in rebel-held Hama backed by air campaign to ‘finish off the battle’"
	if hits[0]["title"] != want || hits[0]["date"] != "2017-04-24" {
		t.Errorf("hit = %v", hits[0])
	}
	for _, k := range []string{"id", "title", "date", "source", "snippet"} {
		if _, ok := hits[0][k]; !ok {
			t.Errorf("search JSON lacks %q", k)
		}
	}
	if !strings.Contains(hits[0]["snippet"].(string), "Halfaya") {
		t.Errorf("snippet = %q", hits[0]["snippet"])
	}

	// Several words are one query; no match is [] and exit 0.
	r = dossier(t, "search", "--db", db, "--json", "no", "such", "thing")
	if r.code != 0 || strings.TrimSpace(r.stdout) != "[]" {
		t.Errorf("empty search: exit %d, stdout %q", r.code, r.stdout)
	}
	r = dossier(t, "articles", "--db", db, "--json")
	if r.code != 0 || !strings.Contains(r.stdout, `"title": "Regime forces`) {
		t.Errorf("articles: exit %d, stdout %q", r.code, r.stdout)
	}
}

func TestExitCodes(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "c.dossier")
	good := filepath.Join(dir, "good.txt")
	os.WriteFile(good, []byte("A headline\n\nThe body of a good article."), 0o644)
	bad := filepath.Join(dir, "photo.jpg")
	os.WriteFile(bad, []byte{0xff, 0xd8, 0xff}, 0o644)

	// Partial failure: 3, the good file kept, the bad one named.
	r := dossier(t, "import", "--db", db, "--json", good, bad)
	if r.code != 3 {
		t.Fatalf("partial import: exit %d (%s)", r.code, r.stderr)
	}
	var sum struct {
		Imported int `json:"imported"`
		Failed   []struct{ Path, Error string }
	}
	json.Unmarshal([]byte(r.stdout), &sum)
	if sum.Imported != 1 || len(sum.Failed) != 1 || sum.Failed[0].Path != bad || sum.Failed[0].Error == "" {
		t.Errorf("partial summary: %s", r.stdout)
	}
	// Same file again: a duplicate (unchanged), exit 0.
	r = dossier(t, "import", "--db", db, good)
	if r.code != 0 {
		t.Errorf("re-import: exit %d", r.code)
	}

	missing := filepath.Join(dir, "missing.dossier")
	for _, args := range [][]string{
		{"articles", "--db", missing},
		{"search", "--db", missing, "x"},
	} {
		r := dossier(t, args...)
		if r.code != 1 || !strings.HasPrefix(r.stderr, "dossier: ") || !strings.Contains(r.stderr, missing) || strings.Count(r.stderr, "\n") != 1 {
			t.Errorf("%v: exit %d stderr %q", args, r.code, r.stderr)
		}
	}
	if _, err := os.Stat(missing); err == nil {
		t.Error("a read command created a collection")
	}

	// A foreign file: refused, named, untouched.
	before, _ := os.ReadFile(good)
	r = dossier(t, "articles", "--db", good)
	after, _ := os.ReadFile(good)
	if r.code != 1 || !strings.Contains(r.stderr, "not a Dossier collection") || !bytes.Equal(before, after) {
		t.Errorf("foreign db: exit %d stderr %q", r.code, r.stderr)
	}
	r = dossier(t, "import", "--db", good, good)
	if r.code != 1 {
		t.Errorf("import into a foreign file: exit %d", r.code)
	}

	// Usage errors: 2.
	for _, args := range [][]string{
		{"frobnicate"},
		{"import", "--db", db},
		{"import", "--db", db, "--date", "24/04/2017", good},
		{"search", "--db", db},
		{"articles", "--bogus"},
	} {
		if r := dossier(t, args...); r.code != 2 {
			t.Errorf("%v: exit %d, want 2 (stderr %q)", args, r.code, r.stderr)
		}
	}
}

func TestEmptyCollectionListsAreEmptyArrays(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "c.dossier")
	txt := filepath.Join(dir, "a.txt")
	os.WriteFile(txt, []byte("Title\n\nBody text."), 0o644)
	if r := dossier(t, "import", "--db", db, txt); r.code != 0 {
		t.Fatal(r.stderr)
	}
	r := dossier(t, "search", "--db", db, "--json", "zebra")
	if strings.TrimSpace(r.stdout) != "[]" {
		t.Errorf("search with no hits printed %q", r.stdout)
	}
	r = dossier(t, "search", "--db", db, "--json", "--limit", "0", `"unbalanced`)
	if r.code != 0 {
		t.Errorf("unbalanced quote: exit %d %q", r.code, r.stderr)
	}
}

func TestVersionMatchesFyneApp(t *testing.T) {
	toml, err := os.ReadFile("FyneApp.toml")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(toml), `Version = "`+cli.Version+`"`) {
		t.Errorf("cli.Version %q differs from FyneApp.toml:\n%s", cli.Version, toml)
	}
	r := dossier(t, "version")
	if strings.TrimSpace(r.stdout) != "dossier "+cli.Version {
		t.Errorf("dossier version printed %q", r.stdout)
	}
}

func TestExportSeedTimeline(t *testing.T) {
	if _, err := os.Stat(seed); err != nil {
		t.Skip("development corpus not present: skipping")
	}
	dir := t.TempDir()
	db := filepath.Join(dir, "c.dossier")
	if r := dossier(t, "import", "--db", db, "--date", "2017-04-24", "--source", "Syria Direct", seed); r.code != 0 {
		t.Fatalf("import: %d %s", r.code, r.stderr)
	}
	out := filepath.Join(dir, "timeline.csv")
	r := dossier(t, "timeline", "--db", db, "--entity", "Hayat Tahrir al-Sham", "--entity", "Halfaya", "--from", "2017-04-01", "-o", out)
	if r.code != 0 || r.stdout != "" {
		t.Fatalf("timeline: %d %q %q", r.code, r.stdout, r.stderr)
	}
	b, _ := os.ReadFile(out)
	text := string(b)
	if !strings.HasPrefix(text, "event_id_cnty,event_date,time_precision,") {
		t.Errorf("header: %.80s", text)
	}
	if !strings.Contains(text, ",2017-04-23,1,") || !strings.Contains(text, "Halfaya") || !strings.Contains(text, "Syria Direct") {
		t.Errorf("the Halfaya capture on 2017-04-23 is not exported:\n%s", text)
	}
	if strings.Contains(text, ",2017-03-21,") {
		t.Errorf("--from was not applied:\n%s", text)
	}
	r = dossier(t, "timeline", "--db", db, "--format", "timelinejs")
	if r.code != 0 || !strings.HasPrefix(r.stdout, "Year,Month,Day,Time,End Year") || !strings.Contains(r.stdout, "2017,4,23,") {
		t.Errorf("timelinejs: %d %.200s", r.code, r.stdout)
	}
	r = dossier(t, "timeline", "--db", db, "--entity", "Nobody At All")
	if r.code != 1 || !strings.Contains(r.stderr, "no entity named") {
		t.Errorf("unknown entity: %d %q", r.code, r.stderr)
	}
	r = dossier(t, "entities", "--db", db, "--json", "--type", "ORG")
	if r.code != 0 || !strings.Contains(r.stdout, `"name": "Syrian Arab Army"`) || !strings.Contains(r.stdout, `"SAA"`) {
		t.Errorf("entities: %d %.300s", r.code, r.stdout)
	}
	r = dossier(t, "reextract", "--db", db, "--json")
	if r.code != 0 || !strings.Contains(r.stdout, `"articles": 1`) {
		t.Errorf("reextract: %d %q %q", r.code, r.stdout, r.stderr)
	}
}

// TestKilledImportLosesNothing kills a real import with SIGKILL halfway and
// checks the collection: it opens, passes SQLite's integrity check, holds no
// half-stored article, and importing again completes the rest without
// duplicates.
func TestKilledImportLosesNothing(t *testing.T) {
	if testing.Short() {
		t.Skip("slow: imports a few thousand files")
	}
	dir := t.TempDir()
	src := filepath.Join(dir, "articles")
	g, err := benchcorpus.New(3)
	if err != nil {
		t.Fatal(err)
	}
	const n = 1200
	if _, err := g.WriteFiles(src, n, 3000); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(dir, "c.dossier")
	cmd := exec.Command(os.Args[0], "import", "--progress", "--db", db, src)
	cmd.Env = append(os.Environ(), "DOSSIER_AS_MAIN=1")
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	// The progress lines say when batches are committed: kill without
	// warning once some are, well before the end.
	stored := 0
	lines := bufio.NewScanner(stderr)
	for lines.Scan() {
		var done, total, imported, dups, failed int
		if _, err := fmt.Sscanf(lines.Text(), "progress: %d/%d files, %d imported, %d duplicates, %d failed", &done, &total, &imported, &dups, &failed); err == nil && imported >= 200 {
			stored = imported
			break
		}
	}
	cmd.Process.Kill()
	cmd.Wait()
	if stored == 0 || stored >= n {
		t.Fatalf("killed after %d of %d articles: the test needs a kill in the middle", stored, n)
	}

	s, err := data.Open(db, data.MustExist)
	if err != nil {
		t.Fatalf("collection does not open after kill -9: %v", err)
	}
	var check string
	s.DB().QueryRow("PRAGMA integrity_check").Scan(&check)
	var noPath, unanalysed, ftsRows, articles int
	s.DB().QueryRow(`SELECT count(*) FROM articles WHERE id NOT IN (SELECT article_id FROM article_paths)`).Scan(&noPath)
	s.DB().QueryRow(`SELECT count(*) FROM articles WHERE extracted_at = ''`).Scan(&unanalysed)
	s.DB().QueryRow(`SELECT count(*) FROM articles_fts`).Scan(&ftsRows)
	s.DB().QueryRow(`SELECT count(*) FROM articles`).Scan(&articles)
	s.Close()
	if check != "ok" || noPath != 0 || unanalysed != 0 || ftsRows != articles {
		t.Errorf("after kill -9: integrity %q, %d without path, %d unanalysed, fts %d vs %d articles", check, noPath, unanalysed, ftsRows, articles)
	}

	r := dossier(t, "import", "--db", db, "--json", src)
	if r.code != 0 {
		t.Fatalf("import again: %d %s", r.code, r.stderr)
	}
	var sum struct{ Imported, Duplicates, Unchanged int }
	json.Unmarshal([]byte(r.stdout), &sum)
	s, _ = data.Open(db, data.MustExist)
	defer s.Close()
	c, _ := s.Counts(context.Background())
	if c.Articles != n || sum.Imported+sum.Duplicates+sum.Unchanged != n {
		t.Errorf("after re-import: %d articles (want %d); summary %+v", c.Articles, n, sum)
	}
}

func TestSecondWriterIsRefused(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "c.dossier")
	txt := filepath.Join(dir, "a.txt")
	os.WriteFile(txt, []byte("Title\n\nBody text about Idlib."), 0o644)
	holder, err := data.Open(db, data.CreateIfMissing)
	if err != nil {
		t.Fatal(err)
	}
	if err := holder.LockForWriting(); err != nil {
		t.Fatal(err)
	}
	r := dossier(t, "import", "--db", db, txt)
	if r.code != 1 || !strings.Contains(r.stderr, "open in another Dossier") {
		t.Errorf("second writer: exit %d %q", r.code, r.stderr)
	}
	// Reading while another writes is fine.
	if r := dossier(t, "search", "--db", db, "--json", "Idlib"); r.code != 0 {
		t.Errorf("reader refused: %d %q", r.code, r.stderr)
	}
	holder.Close()
	if r := dossier(t, "import", "--db", db, txt); r.code != 0 {
		t.Errorf("after the first writer closed: %d %q", r.code, r.stderr)
	}
}
