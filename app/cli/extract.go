package cli

import (
	"bytes"
	"io"
	"os"
	"time"

	"dossier/app/extract"
	"dossier/app/ingest"
)

// cmdExtract implements `dossier extract [--date YYYY-MM-DD] FILE|-`: it
// prints the entities, time expressions and events of one file as the JSON
// object of the evaluation contract in DESIGN.md.
func cmdExtract(env *Env, args []string) int {
	fs := newFlags(env, "extract")
	date := fs.String("date", "", "publication date `YYYY-MM-DD` that relative dates resolve against")
	if code := parse(fs, args); code >= 0 {
		return code
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return ExitUsage
	}
	var pub time.Time
	if *date != "" {
		t, err := time.Parse("2006-01-02", *date)
		if err != nil {
			return env.errorf(ExitUsage, "--date %q: want YYYY-MM-DD", *date)
		}
		pub = t
	}
	name := fs.Arg(0)
	var data []byte
	var err error
	if name == "-" {
		data, err = io.ReadAll(env.Stdin)
	} else {
		data, err = os.ReadFile(name)
	}
	if err != nil {
		return env.errorf(ExitFatal, "%s: %v", name, describeReadError(err))
	}
	text, err := ingest.DecodeText(data)
	if err != nil {
		return env.errorf(ExitFatal, "%s: %v", name, err)
	}
	x, err := extract.New()
	if err != nil {
		return env.errorf(ExitFatal, "%s: loading the extraction model: %v", name, err)
	}
	r := x.Extract(text, pub)
	// offsets count the bytes of the file as read: a UTF-8 byte order
	// mark, which decoding drops, still comes first in it
	if bytes.HasPrefix(data, utf8BOM) {
		r.Shift(len(utf8BOM))
	}
	if err := r.WriteJSON(env.Stdout); err != nil {
		return env.errorf(ExitFatal, "%s: writing output: %v", name, err)
	}
	return ExitOK
}

// utf8BOM is the byte order mark some editors write at the start of UTF-8 files.
var utf8BOM = []byte{0xEF, 0xBB, 0xBF}

// describeReadError drops the path that *PathError repeats.
func describeReadError(err error) error {
	if pe, ok := err.(*os.PathError); ok {
		return pe.Err
	}
	return err
}
