package cli

import (
	"context"
	"io"
	"strings"
	"time"

	"dossier/app/export"
	"dossier/data"
)

// stringList is a repeatable flag.
type stringList []string

func (s *stringList) String() string     { return strings.Join(*s, ", ") }
func (s *stringList) Set(v string) error { *s = append(*s, v); return nil }

func cmdTimeline(env *Env, args []string) int {
	fs := newFlags(env, "timeline")
	db := fs.String("db", "", "collection file")
	var entities stringList
	fs.Var(&entities, "entity", "only events with this entity (name or alias; repeat for any of several)")
	from := fs.String("from", "", "first day `YYYY-MM-DD` (inclusive)")
	to := fs.String("to", "", "last day `YYYY-MM-DD` (inclusive)")
	format := fs.String("format", "acled", "acled or timelinejs")
	out := fs.String("o", "", "write to `FILE` instead of stdout")
	bom := fs.Bool("bom", false, "start the CSV with a UTF-8 byte-order mark (for spreadsheet programs)")
	if code := parse(fs, args); code >= 0 {
		return code
	}
	if fs.NArg() > 0 {
		return env.errorf(ExitUsage, "timeline: unexpected argument %q", fs.Arg(0))
	}
	for _, d := range []struct{ flag, v string }{{"--from", *from}, {"--to", *to}} {
		if d.v != "" {
			if _, err := time.Parse("2006-01-02", d.v); err != nil {
				return env.errorf(ExitUsage, "timeline: %s %q: want YYYY-MM-DD", d.flag, d.v)
			}
		}
	}
	var write func(io.Writer, []data.Event, bool) error
	switch *format {
	case "acled":
		write = export.ACLED
	case "timelinejs":
		write = export.TimelineJS
	default:
		return env.errorf(ExitUsage, "timeline: --format %q: want acled or timelinejs", *format)
	}
	store, code := openDB(env, *db)
	if store == nil {
		return code
	}
	defer store.Close()
	ctx := context.Background()
	filter := data.EventFilter{From: *from, To: *to, Grouped: true}
	for _, name := range entities {
		ids, err := store.FindEntities(ctx, name)
		if err != nil {
			return env.errorf(ExitFatal, "%s: %v", *db, err)
		}
		if len(ids) == 0 {
			return env.errorf(ExitFatal, "%s: no entity named %q", *db, name)
		}
		filter.EntityIDs = append(filter.EntityIDs, ids...)
	}
	events, err := store.Events(ctx, filter)
	if err != nil {
		return env.errorf(ExitFatal, "%s: %v", *db, err)
	}
	w, closeOut, code := output(env, *out)
	if w == nil {
		return code
	}
	if err := write(w, events, *bom); err != nil {
		closeOut()
		return env.errorf(ExitFatal, "write: %v", err)
	}
	return closeOut()
}

func cmdEntities(env *Env, args []string) int {
	fs := newFlags(env, "entities")
	db := fs.String("db", "", "collection file")
	typ := fs.String("type", "", "only PERSON, ORG or PLACE")
	asJSON := fs.Bool("json", false, "print JSON instead of CSV")
	out := fs.String("o", "", "write to `FILE` instead of stdout")
	bom := fs.Bool("bom", false, "start the CSV with a UTF-8 byte-order mark")
	if code := parse(fs, args); code >= 0 {
		return code
	}
	if fs.NArg() > 0 {
		return env.errorf(ExitUsage, "entities: unexpected argument %q", fs.Arg(0))
	}
	t := strings.ToUpper(*typ)
	if t != "" && t != "PERSON" && t != "ORG" && t != "PLACE" {
		return env.errorf(ExitUsage, "entities: --type %q: want PERSON, ORG or PLACE", *typ)
	}
	store, code := openDB(env, *db)
	if store == nil {
		return code
	}
	defer store.Close()
	list, err := store.EntityDetails(context.Background(), t)
	if err != nil {
		return env.errorf(ExitFatal, "%s: %v", *db, err)
	}
	w, closeOut, code := output(env, *out)
	if w == nil {
		return code
	}
	if *asJSON {
		type entityJSON struct {
			Name      string   `json:"name"`
			Type      string   `json:"type"`
			Aliases   []string `json:"aliases"`
			Mentions  int      `json:"mentions"`
			Articles  int      `json:"articles"`
			FirstSeen string   `json:"first_seen"`
			LastSeen  string   `json:"last_seen"`
			Latitude  *float64 `json:"latitude"`
			Longitude *float64 `json:"longitude"`
		}
		rows := make([]entityJSON, len(list))
		for i, e := range list {
			aliases := e.Aliases
			if aliases == nil {
				aliases = []string{}
			}
			rows[i] = entityJSON{e.Name, e.Type, aliases, e.Mentions, e.Articles, e.FirstSeen, e.LastSeen, e.Latitude, e.Longitude}
		}
		err = writeJSON(w, rows)
	} else {
		err = export.Entities(w, list, *bom)
	}
	if err != nil {
		closeOut()
		return env.errorf(ExitFatal, "write: %v", err)
	}
	return closeOut()
}
