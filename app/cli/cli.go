// Package cli is Dossier's command line: one function per subcommand, all
// following the conventions of DESIGN.md (flags before arguments, --db that
// only import may create, JSON lists that are [] when empty, one-line errors
// starting "dossier: ", exit codes 0/1/2/3). It is run by main.go and, as a
// real subprocess, by the tests.
package cli

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"dossier/data"
)

// Exit codes.
const (
	ExitOK      = 0
	ExitFatal   = 1
	ExitUsage   = 2
	ExitPartial = 3
)

// Env is where a command reads and writes; tests substitute buffers.
type Env struct {
	Stdin          io.Reader
	Stdout, Stderr io.Writer
}

// errorf prints one "dossier: ..." line on stderr and returns code.
func (e *Env) errorf(code int, format string, args ...any) int {
	msg := fmt.Sprintf(format, args...)
	msg = strings.ReplaceAll(msg, "\n", " ")
	fmt.Fprintf(e.Stderr, "dossier: %s\n", msg)
	return code
}

type command struct {
	name, usage, help string
	run               func(env *Env, args []string) int
}

// commands lists the subcommands; a function rather than a variable because
// the commands' own usage messages refer back to it.
func commands() []command {
	return []command{
		{"import", "import --db FILE [--date YYYY-MM-DD] [--source NAME] [--json] [--map field=COL,...] PATH...", "import files and folders into a collection (created if missing)", cmdImport},
		{"articles", "articles --db FILE [--json] [--limit N]", "list the articles of a collection", cmdArticles},
		{"search", "search --db FILE [--json] [--limit N] QUERY", "search a collection", cmdSearch},
		{"timeline", "timeline --db FILE [--entity NAME]... [--from D] [--to D] [--format acled|timelinejs] [--bom] [-o FILE]", "export the events as CSV", cmdTimeline},
		{"entities", "entities --db FILE [--type T] [--json] [--bom] [-o FILE]", "list the entities with aliases, counts, dates seen and coordinates", cmdEntities},
		{"reextract", "reextract --db FILE [--json]", "run extraction again on every article, keeping the user's corrections", cmdReextract},
		{"extract", "extract [--date YYYY-MM-DD] FILE|-", "print the entities, time expressions and events of one file as JSON", cmdExtract},
	}
}

// WindowDB reports whether args ask for the window rather than a
// subcommand (no arguments, or only --db FILE), and which collection to open.
func WindowDB(args []string) (db string, window bool) {
	switch {
	case len(args) == 0:
		return "", true
	case len(args) == 2 && (args[0] == "--db" || args[0] == "-db"):
		return args[1], true
	case len(args) == 1 && (strings.HasPrefix(args[0], "--db=") || strings.HasPrefix(args[0], "-db=")):
		_, v, _ := strings.Cut(args[0], "=")
		return v, true
	}
	return "", false
}

// Run runs the subcommand named by args[0] and returns the exit code.
func Run(env *Env, args []string) int {
	if len(args) == 0 {
		usage(env.Stderr)
		return ExitUsage
	}
	name := args[0]
	if name == "help" || name == "-h" || name == "--help" {
		usage(env.Stdout)
		return ExitOK
	}
	if name == "version" || name == "--version" {
		fmt.Fprintln(env.Stdout, "dossier", Version)
		return ExitOK
	}
	for _, c := range commands() {
		if c.name == name {
			return c.run(env, args[1:])
		}
	}
	env.errorf(ExitUsage, "unknown command %q (try: dossier help)", name)
	return ExitUsage
}

// Version is the program version; it must equal FyneApp.toml's (a test checks).
const Version = "0.1.0"

func usage(w io.Writer) {
	fmt.Fprintln(w, "Dossier: an offline workbench for reviewing news.")
	fmt.Fprintln(w, "\nUsage:\n  dossier [--db FILE]            open the window")
	for _, c := range commands() {
		fmt.Fprintf(w, "  dossier %s\n      %s\n", c.usage, c.help)
	}
}

// newFlags makes a FlagSet whose errors go to env.Stderr in the usual form.
func newFlags(env *Env, name string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	fs.Usage = func() {
		for _, c := range commands() {
			if c.name == name {
				fmt.Fprintf(env.Stderr, "usage: dossier %s\n", c.usage)
			}
		}
		fs.PrintDefaults()
	}
	return fs
}

// parse parses flags; it returns an exit code to stop with, or -1 to go on.
func parse(fs *flag.FlagSet, args []string) int {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return ExitOK
		}
		return ExitUsage
	}
	return -1
}

// openDB opens an existing collection, with the error message every command
// but import gives for a missing or foreign file.
func openDB(env *Env, path string) (*data.Store, int) {
	if path == "" {
		return nil, env.errorf(ExitUsage, "--db FILE is required")
	}
	s, err := data.Open(path, data.MustExist)
	if err != nil {
		return nil, env.errorf(ExitFatal, "%s", describeOpenError(path, err))
	}
	return s, -1
}

func describeOpenError(path string, err error) string {
	switch {
	case errors.Is(err, data.ErrNoCollection):
		return path + ": no such collection (create one with: dossier import --db " + path + " FILES)"
	case errors.Is(err, os.ErrPermission):
		return path + ": permission denied"
	}
	return err.Error()
}

// output returns the writer for -o FILE (or stdout) and a function that
// closes it and reports a write error.
func output(env *Env, path string) (io.Writer, func() int, int) {
	if path == "" || path == "-" {
		return env.Stdout, func() int { return ExitOK }, -1
	}
	f, err := os.Create(path)
	if err != nil {
		return nil, nil, env.errorf(ExitFatal, "%s: %v", path, err)
	}
	return f, func() int {
		if err := f.Close(); err != nil {
			return env.errorf(ExitFatal, "%s: %v", path, err)
		}
		return ExitOK
	}, -1
}

func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}
