package data

import (
	"errors"
	"fmt"
	"os"
)

// ErrInUse is returned when another Dossier is writing to a collection.
var ErrInUse = errors.New("the collection is open in another Dossier: close it there first")

// LockForWriting claims the collection for this process, so two Dossiers
// never write to one collection at once (reading commands do not need it).
// The lock lives beside the collection in FILE.lock and ends with Close or
// with the process.
func (s *Store) LockForWriting() error {
	if s.readOnly {
		return fmt.Errorf("%s: %w", s.path, ErrReadOnly)
	}
	if s.path == ":memory:" || s.lock != nil {
		return nil
	}
	f, err := os.OpenFile(s.path+".lock", os.O_CREATE|os.O_RDWR, 0o644)
	if err != nil {
		return fmt.Errorf("%s: %w", s.path, err)
	}
	if err := lockFile(f); err != nil {
		f.Close()
		return fmt.Errorf("%s: %w", s.path, err)
	}
	s.lock = f
	return nil
}
