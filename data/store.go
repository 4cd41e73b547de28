// Package data holds Dossier's domain types and its store: one SQLite file per
// collection (modernc.org/sqlite, pure Go), opened in WAL mode with foreign
// keys on, its schema built by the embedded, versioned migrations in
// migrations/. Queries return plain structs; nothing here knows about widgets.
package data

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	_ "modernc.org/sqlite" // registers the "sqlite" driver
)

// ApplicationID marks a SQLite file as a Dossier collection ("DOSS").
const ApplicationID = 0x444F5353

//go:embed migrations/*.sql
var migrationFS embed.FS

// ErrNotCollection is returned when a file exists but is not a Dossier collection.
var ErrNotCollection = errors.New("not a Dossier collection")

// ErrNoCollection is returned when a collection file is missing and may not be created.
var ErrNoCollection = errors.New("no such collection")

// ErrNewerSchema is returned for a collection written by a newer Dossier.
var ErrNewerSchema = errors.New("collection was made by a newer version of Dossier")

// Mode says whether Open may create a missing collection.
type Mode int

const (
	// MustExist refuses a missing file (every command but import).
	MustExist Mode = iota
	// CreateIfMissing creates a new collection when the file does not exist.
	CreateIfMissing
)

// Store is an open collection.
type Store struct {
	db       *sql.DB
	path     string
	lock     *os.File // held while this process writes (LockForWriting)
	readOnly bool
}

// ReadOnly reports whether the collection was opened for reading only
// (its file or folder cannot be written).
func (s *Store) ReadOnly() bool { return s.readOnly }

// ErrReadOnly is returned when a read-only collection is asked to change.
var ErrReadOnly = errors.New("the collection is read-only (no permission to write it or its folder): open a copy to change it")

// writable reports whether this process may write the collection and
// create the WAL files beside it.
func writable(path string) bool {
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		return false
	}
	f.Close()
	probe, err := os.CreateTemp(filepath.Dir(path), ".dossier-probe-*")
	if err != nil {
		return false
	}
	probe.Close()
	os.Remove(probe.Name())
	return true
}

// openReadOnly opens a collection that cannot be written (a shared drive,
// a colleague's copy): SQLite's immutable mode reads it without the WAL
// files a normal open would create. It must be at the current schema.
func openReadOnly(path string) (*Store, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	u := url.URL{Scheme: "file", Path: abs, RawQuery: "mode=ro&immutable=1&_pragma=foreign_keys(1)"}
	db, err := sql.Open("sqlite", u.String())
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	var v int
	if err := db.QueryRow("PRAGMA user_version").Scan(&v); err != nil {
		db.Close()
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if v != SchemaVersion() {
		db.Close()
		if v > SchemaVersion() {
			return nil, fmt.Errorf("%s: %w (schema %d)", path, ErrNewerSchema, v)
		}
		return nil, fmt.Errorf("%s: a read-only collection from an older Dossier (schema %d): open a writable copy to update it", path, v)
	}
	return &Store{db: db, path: path, readOnly: true}, nil
}

// Path returns the collection's file path (":memory:" for a test store).
func (s *Store) Path() string { return s.path }

// DB exposes the handle for packages that run their own queries (search).
func (s *Store) DB() *sql.DB { return s.db }

// Close closes the collection and releases the write lock.
func (s *Store) Close() error {
	err := s.db.Close()
	if s.lock != nil {
		s.lock.Close()
		s.lock = nil
	}
	return err
}

// Open opens the collection at path, creating it when mode allows and it is
// missing, and migrates it to the current schema. A file that is not a
// Dossier collection, or is from a newer version, is refused and left as it was.
func Open(path string, mode Mode) (*Store, error) {
	if path == ":memory:" {
		return openMemory()
	}
	fi, err := os.Stat(path)
	isNew := false
	switch {
	case errors.Is(err, os.ErrNotExist):
		if mode != CreateIfMissing {
			return nil, fmt.Errorf("%s: %w", path, ErrNoCollection)
		}
		isNew = true
	case err != nil:
		return nil, fmt.Errorf("%s: %w", path, err)
	case fi.IsDir():
		return nil, fmt.Errorf("%s: is a folder, %w", path, ErrNotCollection)
	case fi.Size() == 0:
		return nil, fmt.Errorf("%s: empty file, %w", path, ErrNotCollection)
	}
	if strings.ContainsAny(path, "?#") {
		return nil, fmt.Errorf("%s: collection paths may not contain '?' or '#'", path)
	}
	if !isNew {
		if err := checkHeader(path); err != nil {
			return nil, err
		}
	}
	if !isNew && !writable(path) {
		return openReadOnly(path)
	}
	// foreign_keys and busy_timeout are per connection, so they go in the DSN
	// that every pooled connection is opened with.
	db, err := sql.Open("sqlite", path+"?_pragma=foreign_keys(1)&_pragma=busy_timeout(10000)&_pragma=wal_autocheckpoint(8192)")
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	s := &Store{db: db, path: path}
	if err := s.setup(context.Background(), isNew); err != nil {
		db.Close()
		if isNew {
			os.Remove(path)
		}
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return s, nil
}

// checkHeader reads the first bytes of an existing file so that a foreign
// file is refused before SQLite is given a chance to touch it.
func checkHeader(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	defer f.Close()
	head := make([]byte, 100)
	if _, err := f.ReadAt(head, 0); err != nil {
		return fmt.Errorf("%s: %w", path, ErrNotCollection)
	}
	if string(head[:16]) != "SQLite format 3\x00" {
		return fmt.Errorf("%s: %w", path, ErrNotCollection)
	}
	// The application ID is a big-endian integer at offset 68 of the header.
	appID := uint32(head[68])<<24 | uint32(head[69])<<16 | uint32(head[70])<<8 | uint32(head[71])
	if appID != ApplicationID {
		return fmt.Errorf("%s: %w (a SQLite database of another program)", path, ErrNotCollection)
	}
	return nil
}

func openMemory() (*Store, error) {
	db, err := sql.Open("sqlite", ":memory:?_pragma=foreign_keys(1)")
	if err != nil {
		return nil, err
	}
	// Each connection to :memory: is its own database: keep exactly one.
	db.SetMaxOpenConns(1)
	s := &Store{db: db, path: ":memory:"}
	if err := s.setup(context.Background(), true); err != nil {
		db.Close()
		return nil, err
	}
	return s, nil
}

func (s *Store) setup(ctx context.Context, isNew bool) error {
	if isNew {
		// Before WAL is on, so the mark lands in the file's own header at
		// once: another process checks it there before opening the file.
		if _, err := s.db.ExecContext(ctx, fmt.Sprintf("PRAGMA application_id=%d", ApplicationID)); err != nil {
			return err
		}
	}
	if s.path != ":memory:" {
		// WAL lets the window read while an import writes.
		if _, err := s.db.ExecContext(ctx, "PRAGMA journal_mode=WAL"); err != nil {
			return err
		}
		if _, err := s.db.ExecContext(ctx, "PRAGMA synchronous=NORMAL"); err != nil {
			return err
		}
	}
	return s.migrate(ctx)
}

type migration struct {
	version int
	name    string
	sql     string
}

func loadMigrations() ([]migration, error) {
	entries, err := fs.ReadDir(migrationFS, "migrations")
	if err != nil {
		return nil, err
	}
	var ms []migration
	for _, e := range entries {
		num, _, ok := strings.Cut(e.Name(), "_")
		v, err := strconv.Atoi(num)
		if !ok || err != nil {
			return nil, fmt.Errorf("migration %q: name must start with a number", e.Name())
		}
		b, err := migrationFS.ReadFile(path.Join("migrations", e.Name()))
		if err != nil {
			return nil, err
		}
		ms = append(ms, migration{v, e.Name(), string(b)})
	}
	sort.Slice(ms, func(i, j int) bool { return ms[i].version < ms[j].version })
	return ms, nil
}

// SchemaVersion is the schema version this build writes.
func SchemaVersion() int {
	ms, err := loadMigrations()
	if err != nil || len(ms) == 0 {
		return 0
	}
	return ms[len(ms)-1].version
}

func (s *Store) migrate(ctx context.Context) error {
	ms, err := loadMigrations()
	if err != nil {
		return err
	}
	var current int
	if err := s.db.QueryRowContext(ctx, "PRAGMA user_version").Scan(&current); err != nil {
		return err
	}
	latest := ms[len(ms)-1].version
	if current > latest {
		return fmt.Errorf("%w (schema %d; this build knows up to %d): update Dossier to open it", ErrNewerSchema, current, latest)
	}
	if current > 0 && current < latest && s.path != ":memory:" {
		// A copy of the collection as it was, before anything changes it.
		backup := fmt.Sprintf("%s.v%d.bak", s.path, current)
		if _, err := os.Stat(backup); errors.Is(err, os.ErrNotExist) {
			if _, err := s.db.ExecContext(ctx, "VACUUM INTO ?", backup); err != nil {
				return fmt.Errorf("backup before migration: %w", err)
			}
		}
	}
	for _, m := range ms {
		if m.version <= current {
			continue
		}
		tx, err := s.db.BeginTx(ctx, nil)
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, m.sql); err != nil {
			tx.Rollback()
			return fmt.Errorf("migration %s: %w", m.name, err)
		}
		if _, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA user_version=%d", m.version)); err != nil {
			tx.Rollback()
			return err
		}
		if err := tx.Commit(); err != nil {
			return fmt.Errorf("migration %s: %w", m.name, err)
		}
	}
	return nil
}

// Backup writes a consistent copy of the collection to path while it stays
// open and in use (SQLite's VACUUM INTO reads one snapshot). path must not
// exist yet.
func (s *Store) Backup(ctx context.Context, path string) error {
	if _, err := os.Stat(path); err == nil {
		return fmt.Errorf("%s: already exists", path)
	}
	if _, err := s.db.ExecContext(ctx, "VACUUM INTO ?", path); err != nil {
		os.Remove(path)
		return fmt.Errorf("backup to %s: %w", path, err)
	}
	return nil
}
