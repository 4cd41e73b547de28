package data

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

// MustOpenStore opens a fresh in-memory collection for a test.
func MustOpenStore(tb testing.TB) *Store {
	tb.Helper()
	s, err := Open(":memory:", CreateIfMissing)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { s.Close() })
	return s
}

func sample(path, body string) NewArticle {
	return NewArticle{Title: "Halfaya falls", Body: body, Published: "2017-04-24", Source: "Syria Direct",
		ContentHash: "h:" + body, Path: path, File: &ImportedFile{Path: path}, Attrs: []Attr{{"label", "credible"}}, Tags: []string{"credible"}}
}

func roundTrip(t *testing.T, s *Store) {
	ctx := context.Background()
	out, err := s.InsertArticles(ctx, []NewArticle{sample("a.txt", "Regime forces took Halfaya on Sunday.")})
	if err != nil {
		t.Fatal(err)
	}
	if len(out) != 1 || out[0].Duplicate || out[0].ID == 0 {
		t.Fatalf("first insert: %+v", out)
	}
	// Same text from another path: stored once, both paths kept, the
	// disagreeing date kept visible as attributes.
	dup := sample("b.txt", "Regime forces took Halfaya on Sunday.")
	dup.Published = "2017-04-25"
	out2, err := s.InsertArticles(ctx, []NewArticle{dup})
	if err != nil {
		t.Fatal(err)
	}
	if !out2[0].Duplicate || out2[0].ID != out[0].ID {
		t.Fatalf("duplicate insert: %+v", out2)
	}
	a, err := s.Article(ctx, out[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	if a.Title != "Halfaya falls" || a.Published != "2017-04-24" || a.Source != "Syria Direct" {
		t.Errorf("article = %+v", a)
	}
	if len(a.Paths) != 2 || a.Paths[0] != "a.txt" || a.Paths[1] != "b.txt" {
		t.Errorf("paths = %v", a.Paths)
	}
	if len(a.Tags) != 1 || a.Tags[0] != "credible" {
		t.Errorf("tags = %v", a.Tags)
	}
	dates := 0
	for _, at := range a.Attrs {
		if at.Key == "date" {
			dates++
		}
	}
	if dates != 2 {
		t.Errorf("disagreeing dates not both kept: %v", a.Attrs)
	}
	hits, err := s.Search(ctx, SearchSpec{Match: `"halfaya"`})
	if err != nil {
		t.Fatal(err)
	}
	if len(hits) != 1 || hits[0].ID != out[0].ID {
		t.Fatalf("search = %+v", hits)
	}
	c, err := s.Counts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if c.Articles != 1 {
		t.Errorf("counts = %+v", c)
	}
	known, err := s.KnownFile(ctx, "a.txt", 0, 0)
	if err != nil || !known {
		t.Errorf("KnownFile = %v, %v", known, err)
	}
}

func TestRoundTripMemory(t *testing.T) {
	roundTrip(t, MustOpenStore(t))
}

func TestRoundTripFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "c.dossier")
	s, err := Open(path, CreateIfMissing)
	if err != nil {
		t.Fatal(err)
	}
	roundTrip(t, s)
	s.Close()

	// Reopened, the data and the schema version are there and nothing is redone.
	s, err = Open(path, MustExist)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var v, fk int
	var mode string
	s.DB().QueryRow("PRAGMA user_version").Scan(&v)
	s.DB().QueryRow("PRAGMA foreign_keys").Scan(&fk)
	s.DB().QueryRow("PRAGMA journal_mode").Scan(&mode)
	if v != SchemaVersion() || fk != 1 || mode != "wal" {
		t.Errorf("user_version=%d foreign_keys=%d journal_mode=%s", v, fk, mode)
	}
	c, _ := s.Counts(context.Background())
	if c.Articles != 1 {
		t.Errorf("after reopen: %+v", c)
	}
}

func TestOpenRefusesMissingAndForeign(t *testing.T) {
	dir := t.TempDir()
	missing := filepath.Join(dir, "none.dossier")
	if _, err := Open(missing, MustExist); !errors.Is(err, ErrNoCollection) {
		t.Errorf("missing: %v", err)
	}
	if _, err := os.Stat(missing); !errors.Is(err, os.ErrNotExist) {
		t.Error("Open created a missing collection")
	}

	text := filepath.Join(dir, "notes.txt")
	os.WriteFile(text, []byte("just some notes, not a database at all, really not one"), 0o644)
	before, _ := os.ReadFile(text)
	if _, err := Open(text, CreateIfMissing); !errors.Is(err, ErrNotCollection) {
		t.Errorf("text file: %v", err)
	}
	after, _ := os.ReadFile(text)
	if string(before) != string(after) {
		t.Error("foreign file was changed")
	}

	// A SQLite database of another program.
	other := filepath.Join(dir, "other.db")
	db, err := sql.Open("sqlite", other)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec("CREATE TABLE t(x)"); err != nil {
		t.Fatal(err)
	}
	db.Close()
	before, _ = os.ReadFile(other)
	if _, err := Open(other, MustExist); !errors.Is(err, ErrNotCollection) {
		t.Errorf("foreign sqlite: %v", err)
	}
	after, _ = os.ReadFile(other)
	if string(before) != string(after) {
		t.Error("foreign database was changed")
	}
}

func TestOpenRefusesNewerSchema(t *testing.T) {
	path := filepath.Join(t.TempDir(), "c.dossier")
	s, err := Open(path, CreateIfMissing)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.DB().Exec("PRAGMA user_version=999"); err != nil {
		t.Fatal(err)
	}
	s.Close()
	if _, err := Open(path, MustExist); !errors.Is(err, ErrNewerSchema) {
		t.Errorf("newer schema: %v", err)
	}
}

func TestBatchIsAtomic(t *testing.T) {
	s := MustOpenStore(t)
	ctx := context.Background()
	ctxCancelled, cancel := context.WithCancel(ctx)
	cancel()
	if _, err := s.InsertArticles(ctxCancelled, []NewArticle{sample("x.txt", "one"), sample("y.txt", "two")}); err == nil {
		t.Fatal("cancelled batch succeeded")
	}
	c, _ := s.Counts(ctx)
	if c.Articles != 0 {
		t.Errorf("cancelled batch left %d articles", c.Articles)
	}
}

func TestBackup(t *testing.T) {
	dir := t.TempDir()
	s, err := Open(filepath.Join(dir, "c.dossier"), CreateIfMissing)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	roundTrip(t, s)
	copyPath := filepath.Join(dir, "copy.dossier")
	if err := s.Backup(context.Background(), copyPath); err != nil {
		t.Fatal(err)
	}
	if err := s.Backup(context.Background(), copyPath); err == nil {
		t.Error("a backup overwrote an existing file")
	}
	c, err := Open(copyPath, MustExist)
	if err != nil {
		t.Fatalf("the backup is not a collection: %v", err)
	}
	defer c.Close()
	n, _ := c.Counts(context.Background())
	if n.Articles != 1 {
		t.Errorf("backup holds %+v", n)
	}
}

func TestOneWriterAtATime(t *testing.T) {
	path := filepath.Join(t.TempDir(), "c.dossier")
	a, err := Open(path, CreateIfMissing)
	if err != nil {
		t.Fatal(err)
	}
	if err := a.LockForWriting(); err != nil {
		t.Fatal(err)
	}
	b, err := Open(path, MustExist)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	if err := b.LockForWriting(); !errors.Is(err, ErrInUse) {
		t.Errorf("second writer: %v", err)
	}
	a.Close()
	if err := b.LockForWriting(); err != nil {
		t.Errorf("after the first closed: %v", err)
	}
}

func TestReadOnlyCollection(t *testing.T) {
	path := filepath.Join(t.TempDir(), "c.dossier")
	s, err := Open(path, CreateIfMissing)
	if err != nil {
		t.Fatal(err)
	}
	roundTrip(t, s)
	s.Close()
	before, _ := os.ReadFile(path)

	// What Open does when the file or its folder cannot be written (root,
	// as in CI, can write anything, so the fallback is called directly).
	ro, err := openReadOnly(path)
	if err != nil {
		t.Fatal(err)
	}
	defer ro.Close()
	if !ro.ReadOnly() {
		t.Error("not marked read-only")
	}
	hits, err := ro.Search(context.Background(), SearchSpec{Match: `"halfaya"`})
	if err != nil || len(hits) != 1 {
		t.Errorf("reading a read-only collection: %v %v", hits, err)
	}
	if err := ro.LockForWriting(); !errors.Is(err, ErrReadOnly) {
		t.Errorf("writer on a read-only collection: %v", err)
	}
	if _, err := ro.InsertArticles(context.Background(), []NewArticle{sample("z.txt", "new text")}); err == nil {
		t.Error("a read-only collection took a write")
	}
	after, _ := os.ReadFile(path)
	if string(before) != string(after) {
		t.Error("the read-only collection changed")
	}
	if _, err := os.Stat(path + "-wal"); err == nil {
		t.Error("a WAL file was created beside a read-only collection")
	}
}

func TestBackupBeforeMigration(t *testing.T) {
	path := filepath.Join(t.TempDir(), "old.dossier")
	// A collection as the first version wrote it: schema 1 only.
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	first, err := migrationFS.ReadFile("migrations/0001_init.sql")
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{fmt.Sprintf("PRAGMA application_id=%d", ApplicationID), string(first), "PRAGMA user_version=1",
		`INSERT INTO articles (title, body, content_hash) VALUES ('Old', 'An article from before.', 'h1')`} {
		if _, err := db.Exec(q); err != nil {
			t.Fatal(err)
		}
	}
	db.Close()

	s, err := Open(path, MustExist)
	if err != nil {
		t.Fatalf("migrating: %v", err)
	}
	defer s.Close()
	var v int
	s.DB().QueryRow("PRAGMA user_version").Scan(&v)
	if v != SchemaVersion() {
		t.Errorf("migrated to %d, want %d", v, SchemaVersion())
	}
	b, err := sql.Open("sqlite", path+".v1.bak")
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	var bv, n int
	b.QueryRow("PRAGMA user_version").Scan(&bv)
	b.QueryRow("SELECT count(*) FROM articles").Scan(&n)
	if bv != 1 || n != 1 {
		t.Errorf("backup at schema %d with %d articles, want 1 and 1", bv, n)
	}
	c, _ := s.Counts(context.Background())
	if c.Articles != 1 {
		t.Errorf("the migrated collection lost its article: %+v", c)
	}
}
