// Package plainlocale gives Fyne a locale it can parse when the system has
// none. Under LANG=C or POSIX (containers, cron, CI) Fyne logs "Error
// parsing user locale C" on stderr while its packages initialise, which would
// break the command line's promise of one error line. Dossier speaks English
// there anyway, so this package, imported for its side effect by main,
// states that before Fyne looks.
//
// It works because Go initialises packages in import-path order among those
// whose imports are ready: "dossier/..." sorts before "fyne.io/...", and this
// package imports only os and strings.
package plainlocale

import (
	"os"
	"strings"
)

func init() {
	// The first of these that is set is the one the locale comes from.
	for _, key := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		v := os.Getenv(key)
		if v == "" {
			continue
		}
		if base, _, _ := strings.Cut(v, "."); base == "C" || base == "POSIX" {
			os.Setenv(key, "en_US.UTF-8")
		}
		return
	}
	os.Setenv("LANG", "en_US.UTF-8")
}
