package export

import (
	"bytes"
	"encoding/csv"
	"strings"
	"testing"

	"dossier/data"
)

func events() []data.Event {
	lat, lon := 35.26014, -3.5
	return []data.Event{
		{ID: 7, Date: "2017-04-23", Precision: "day", Summary: "=HYPERLINK(\"http://evil\",\"x\")", Sentence: "Troops took\nHalfaya on Sunday.",
			Actors: []string{"Syrian Arab Army", "National Defense Forces", "Hezbollah"}, Places: []data.Place{{Name: "Halfaya", Country: "SY", Latitude: &lat, Longitude: &lon}},
			Source: "@source", ArticleTitle: "-Title", ArticleURL: "http://example.org", Status: "extracted", Confidence: 0.857,
			Reports: []data.Report{{Source: "@source", Title: "-Title"}}},
		{ID: 8, Date: "2017-03-01", Precision: "month", Summary: "Offensive", Actors: []string{"Jaish al-Izza"}, Status: "edited"},
		{ID: 9, Date: "2017-04-17", Precision: "week", Summary: "Airstrikes", Status: "reviewed"},
	}
}

func parse(t *testing.T, b []byte) [][]string {
	t.Helper()
	recs, err := csv.NewReader(bytes.NewReader(b)).ReadAll()
	if err != nil {
		t.Fatalf("not RFC 4180: %v\n%s", err, b)
	}
	return recs
}

func TestACLED(t *testing.T) {
	var b bytes.Buffer
	if err := ACLED(&b, events(), false); err != nil {
		t.Fatal(err)
	}
	recs := parse(t, b.Bytes())
	if strings.Join(recs[0], ",") != "event_id_cnty,event_date,time_precision,event_type,sub_event_type,actor1,assoc_actor_1,actor2,assoc_actor_2,country,admin1,location,latitude,longitude,geo_precision,source,notes,fatalities,source_url,article_title,sentence,status,confidence" {
		t.Fatalf("header %v", recs[0])
	}
	row := map[string]string{}
	for i, h := range recs[0] {
		row[h] = recs[1][i]
	}
	want := map[string]string{"event_id_cnty": "SYR7", "event_date": "2017-04-23", "time_precision": "1", "actor1": "Syrian Arab Army",
		"actor2": "National Defense Forces", "assoc_actor_2": "Hezbollah", "country": "Syria", "location": "Halfaya",
		"latitude": "35.26014", "longitude": "-3.5", "geo_precision": "1", "event_type": "", "fatalities": "",
		"notes": `'=HYPERLINK("http://evil","x")`, "source": "'@source", "article_title": "'-Title",
		"sentence": "Troops took Halfaya on Sunday.", "status": "extracted", "confidence": "0.86"}
	for k, v := range want {
		if row[k] != v {
			t.Errorf("%s = %q, want %q", k, row[k], v)
		}
	}
	if recs[2][len(recs[2])-1] != "" {
		t.Errorf("an edited event has a confidence: %v", recs[2])
	}
	if recs[2][2] != "3" || recs[3][2] != "2" || recs[2][0] != "DOS8" {
		t.Errorf("month/week precision codes: %v / %v", recs[2], recs[3])
	}
}

func TestTimelineJS(t *testing.T) {
	var b bytes.Buffer
	if err := TimelineJS(&b, events(), true); err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(b.Bytes(), []byte{0xEF, 0xBB, 0xBF}) {
		t.Error("no byte-order mark")
	}
	recs := parse(t, bytes.TrimPrefix(b.Bytes(), []byte{0xEF, 0xBB, 0xBF}))
	if got := strings.Join(recs[0], ","); got != "Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background" {
		t.Fatalf("header %s", got)
	}
	if len(recs[0]) != 18 {
		t.Fatalf("%d columns", len(recs[0]))
	}
	day, month, week := recs[1], recs[2], recs[3]
	if day[0] != "2017" || day[1] != "4" || day[2] != "23" || day[8] != "23 April 2017" || day[16] != "Halfaya" || day[9][0] != '\'' {
		t.Errorf("day row %v", day)
	}
	if month[1] != "3" || month[2] != "" || month[8] != "March 2017" || month[16] != "Jaish al-Izza" {
		t.Errorf("month row %v", month)
	}
	if week[2] != "17" || week[6] != "23" {
		t.Errorf("week row (Monday 17 to Sunday 23 April): %v", week)
	}
}

func TestDefuse(t *testing.T) {
	for in, want := range map[string]string{"=1+1": "'=1+1", "+1": "'+1", "-x": "'-x", "@A1": "'@A1", "\tx": "'\tx", "\rx": "'\rx", "ok": "ok", "": ""} {
		if got := Defuse(in); got != want {
			t.Errorf("Defuse(%q) = %q, want %q", in, got, want)
		}
	}
}
