package extract

import (
	"slices"
	"strings"
	"testing"
	"time"
)

func TestEvents(t *testing.T) {
	x := mustNew(t)
	text := "BEIRUT: Rebels shelled the town of Tall Tawil on Saturday.\n\n" +
		"“The attack was brutal,” commander Ahmad Khalil told Reuters on Monday.\n\n" +
		"Civilians fleeing Tall Tawil on Sunday. Photo courtesy of Qasioun News.\n"
	r := x.Extract(text, monday)
	if len(r.Events) != 2 {
		t.Fatalf("want 2 events (the shelling and the caption), got %+v", r.Events)
	}
	shelling, caption := r.Events[0], r.Events[1]
	if shelling.Date != "2017-04-22" || shelling.Precision != "day" || shelling.Caption {
		t.Errorf("shelling event = %+v", shelling)
	}
	if !strings.Contains(shelling.Summary, "Rebels shelled the town of Tall Tawil") || strings.Contains(shelling.Summary, "Saturday") {
		t.Errorf("summary = %q: want the clause without the date", shelling.Summary)
	}
	if len(shelling.Places) != 1 || shelling.Places[0] != "Tall Tawil" {
		t.Errorf("places = %v, want [Tall Tawil] (the dateline is not where it happened)", shelling.Places)
	}
	if !caption.Caption || caption.Date != "2017-04-23" {
		t.Errorf("caption event = %+v", caption)
	}
	for _, ev := range r.Events {
		if ev.Date == "2017-04-24" {
			t.Errorf("a statement to the press became an event: %+v", ev)
		}
	}
}

// A wire story flattened to one long line has a caption only where a credit
// closes it; the agency of a dateline credits the story, not a photo.
func TestCaptionsInFlattenedStories(t *testing.T) {
	x := mustNew(t)
	filler := strings.Repeat("The offensive drew strong condemnation from rights groups. ", 5)
	text := "Syrians inspect the damage after an airstrike in Idlib on Sunday. (AFP Photo) " +
		"Rebels shelled the town of Tall Tawil on Saturday. " + filler + "\n\n" +
		"BEIRUT (AFP) - Air strikes on a market in Maaret al-Numan killed 12 civilians on Monday.\n" +
		"MOSCOW (AP)_ Presidents Leonid Kuchma and Boris Yeltsin signed a plan on Friday.\n"
	r := x.Extract(text, monday)
	want := map[string]bool{"2017-04-23": true, "2017-04-22": false, "2017-04-24": false, "2017-04-21": false}
	for _, ev := range r.Events {
		caption, ok := want[ev.Date]
		if !ok {
			continue
		}
		delete(want, ev.Date)
		if strings.Contains(ev.Summary, "(A") {
			t.Errorf("summary %q keeps the dateline's agency", ev.Summary)
		}
		if ev.Caption != caption {
			t.Errorf("event %q on %s: caption = %v, want %v", ev.Summary, ev.Date, ev.Caption, caption)
		}
	}
	if len(want) > 0 {
		t.Errorf("missing events on %v: %+v", want, r.Events)
	}
}

// A count over a period is not an event on the period's first day; a state
// that began then is, and an appositive's event has none of the main
// clause's actors.
func TestEventsSinceAndAppositives(t *testing.T) {
	x := mustNew(t)
	text := "Russian aircraft were involved in 31 alleged casualty events in northern Hama since March 21.\n\n" +
		"Dozens of civilians have been killed in Idlib since January.\n\n" +
		"The Syrian Arab Army captured Halfaya on Sunday, a town in the Hama countryside formerly under opposition control since August 2016.\n\n" +
		"Deir ez-Zor, a city with a population of 200,000, has been besieged by the Islamic State since March 2014.\n"
	r := x.Extract(text, monday)
	got := eventsByDate(r)
	for _, tally := range []string{"2017-03-21", "2017-01"} {
		if ev, ok := got[tally]; ok {
			t.Errorf("a tally since %s became an event: %+v", tally, ev)
		}
	}
	capture, ok := got["2017-04-23"]
	if !ok || len(capture.Actors) == 0 || capture.Actors[0] != "Syrian Arab Army" {
		t.Errorf("the capture on Sunday: %+v (want it, with the Syrian Arab Army)", capture)
	}
	control, ok := got["2016-08"]
	if !ok {
		t.Fatalf("the state that began in August 2016 is an event: got %+v", r.Events)
	}
	if len(control.Actors) != 0 {
		t.Errorf("appositive event has the main clause's actors %v", control.Actors)
	}
	if _, ok := got["2014-03"]; !ok {
		t.Errorf("a siege that began in March 2014 is an event, whatever the city's population: got %+v", r.Events)
	}
	wantNoEvents(t, x, monday,
		"Thirteen peacekeepers have been killed in the region since last Thursday.",
		"Twenty-five people have died in the camps since March.",
	)
}

// A name used as a modifier ("FSA-affiliated", "London-based") is not an
// actor or place of the event.
func TestEventsModifierNames(t *testing.T) {
	x := mustNew(t)
	text := "The Free Idlib Army, an FSA-affiliated faction, released a London-based statement on Saturday in Hama.\n"
	r := x.Extract(text, monday)
	if len(r.Events) != 1 {
		t.Fatalf("want one event, got %+v", r.Events)
	}
	ev := r.Events[0]
	for _, a := range ev.Actors {
		if a == "Free Syrian Army" || a == "FSA" {
			t.Errorf("actors %v include the modifier FSA", ev.Actors)
		}
	}
	for _, p := range ev.Places {
		if p == "London" {
			t.Errorf("places %v include the modifier London", ev.Places)
		}
	}
	if len(ev.Actors) == 0 {
		t.Errorf("the Free Idlib Army is the actor: %+v", ev)
	}
}

// "said in a statement on Monday" dates a statement, and a closed
// parenthesis does not cut the subject out of the summary.
func TestEventsStatementsAndParentheses(t *testing.T) {
	x := mustNew(t)
	text := "The Syrian Democratic Forces (SDF), an alliance backed by the coalition, took the town of Tabqa from the Islamic State on Saturday.\n\n" +
		"The army said in a statement on Monday that the road was open.\n" +
		"His successor, Naim Qassem, said in a televised speech Sunday that the group would keep fighting.\n"
	r := x.Extract(text, monday)
	if len(r.Events) != 1 {
		t.Fatalf("want one event (the capture), got %+v", r.Events)
	}
	ev := r.Events[0]
	if ev.Date != "2017-04-22" {
		t.Errorf("event = %+v: want Saturday's capture", ev)
	}
	// the appositive goes, its subject comes back
	if want := "The Syrian Democratic Forces (SDF) took the town of Tabqa from the Islamic State"; ev.Summary != want {
		t.Errorf("summary = %q, want %q", ev.Summary, want)
	}
}

// A short parenthesis (up to six words) after the date does not end the summary when the
// clause goes on in lower case after it, or inside a name ("the Armed
// Forces (Special Powers) Act"); a capital after it (a photo's credit
// before the next sentence) still does.
func TestSummaryKeepsParenthesisAfterDate(t *testing.T) {
	x := mustNew(t)
	for _, c := range []struct{ text, want string }{
		{"On Sunday militants of the Islamic State of Iraq and the Levant (ISIL) terrorist organization killed five civilians in Mouhessen.",
			"Militants of the Islamic State of Iraq and the Levant (ISIL) terrorist organization killed five civilians in Mouhessen"},
		{"Eight civilians were injured on Saturday when terrorists from al-Nusra Front (Qaeda branch in the Levant) shelled neighborhoods in Aleppo city.",
			"Eight civilians were injured when terrorists from al-Nusra Front (Qaeda branch in the Levant) shelled neighborhoods in Aleppo city"},
		{"The Ministry of Home Affairs on Thursday reimposed the Armed Forces (Special Powers) Act in six police station areas.",
			"The Ministry of Home Affairs reimposed the Armed Forces (Special Powers) Act in six police station areas"},
		{"A jet crashed into a marketplace in Ariha on Sunday in the rebel-held town (Reuters Photo) Thirty-five people were killed.",
			"A jet crashed into a marketplace in Ariha in the rebel-held town"},
	} {
		r := x.Extract(c.text, monday)
		if len(r.Events) == 0 || r.Events[0].Summary != c.want {
			t.Errorf("%q: events %+v, want summary %q", c.text, r.Events, c.want)
		}
	}
}

// A scraped page's stamp in front of the first sentence is not part of the
// event's summary.
func TestSummaryDropsPageStamp(t *testing.T) {
	x := mustNew(t)
	r := x.Extract("Published At least 39 people were killed in airstrikes on Idlib on Sunday.", monday)
	if len(r.Events) != 1 || !strings.HasPrefix(r.Events[0].Summary, "At least 39 people were killed") {
		t.Errorf("events: %+v", r.Events)
	}
}

// A page stamp dates the writing: when the sentence has its own day, the
// event takes that day and its summary leaves the stamp out; alone, the
// stamp still dates the lede.
func TestPageStampInEvents(t *testing.T) {
	x := mustNew(t)
	pub := time.Date(2015, 2, 23, 0, 0, 0, 0, time.UTC)
	r := x.Extract("Published February 23 2015 A suicide bomber killed four people in a hospital in Hama on Sunday.", pub)
	if len(r.Events) != 1 || r.Events[0].Date != "2015-02-22" || !strings.HasPrefix(r.Events[0].Summary, "A suicide bomber") {
		t.Errorf("stamp and own day: %+v", r.Events)
	}
	r = x.Extract("Reuters Sunday 9 Oct 2016 Thirty one militants were killed in clashes in northern Syria over the last 24 hours.", pub)
	if len(r.Events) != 1 || r.Events[0].Date != "2016-10-09" {
		t.Errorf("stamp alone: %+v", r.Events)
	}
}

// A scraped page that repeats its lead paragraph gives one event.
func TestEventsRepeatedLead(t *testing.T) {
	x := mustNew(t)
	lead := "Turkish shelling and air strikes killed at least 20 civilians in Syria on Sunday. "
	r := x.Extract("28-08-2016 Turkish Bombardment Kills 20 Civilians. "+lead+lead+"\n", monday)
	n := 0
	for _, ev := range r.Events {
		if strings.HasPrefix(ev.Summary, "Turkish shelling") {
			n++
		}
	}
	if n != 1 {
		t.Errorf("%d events for the repeated lead, want 1: %+v", n, r.Events)
	}
}

// An event at a time of day is dated by its day: the timeline and the store
// place events by calendar date, and "2016-08-17TAF" is none.
func TestEventsTimeOfDay(t *testing.T) {
	x := mustNew(t)
	text := "Jaish al-Islam fighters fired two rocket shells at al-Adawi in Damascus on Wednesday afternoon.\n\n" +
		"Warplanes struck Douma at 7 pm on Tuesday.\n\n" +
		// the same moment in another zone is no second event
		"The truce took effect in Aleppo at midnight on Monday (2100 GMT Sunday).\n"
	r := x.Extract(text, time.Date(2016, 8, 18, 0, 0, 0, 0, time.UTC))
	want := []string{"2016-08-17", "2016-08-16", "2016-08-15"}
	if len(r.Events) != len(want) {
		t.Fatalf("want %d events, got %+v", len(want), r.Events)
	}
	for i, ev := range r.Events {
		if ev.Date != want[i] || ev.Precision != "day" {
			t.Errorf("event %d dated %q (%s), want %s (day)", i, ev.Date, ev.Precision, want[i])
		}
	}
	// the time and the day of "at 7 pm on Tuesday" are one date phrase
	if got := r.Events[1].Summary; got != "Warplanes struck Douma" {
		t.Errorf("summary %q, want %q", got, "Warplanes struck Douma")
	}
}

// A statement to the press is no event ("Sino told journalists on
// Thursday"), a name written in capitals is still the actor it names, and
// the summary loses the whole date phrase ("over the last week").
func TestEventsPressAndDatePhrases(t *testing.T) {
	x := mustNew(t)
	text := "At least 10 people were killed when a DAESH suicide bomber blew himself up in the early hours of Tuesday.\n\n" +
		"Mostly Kurds live in the suburbs of Damascus where the attack occurred Sino told journalists on Thursday.\n\n" +
		"Russia had reduced air raids on the city over the last week.\n"
	r := x.Extract(text, time.Date(2016, 10, 14, 0, 0, 0, 0, time.UTC))
	if len(r.Events) != 2 {
		t.Fatalf("want 2 events (the bombing and the week's raids), got %+v", r.Events)
	}
	if ev := r.Events[0]; ev.Date != "2016-10-11" || len(ev.Actors) != 1 || ev.Actors[0] != "Islamic State" ||
		ev.Summary != "At least 10 people were killed when a DAESH suicide bomber blew himself up" {
		t.Errorf("bombing: %+v", ev)
	}
	if ev := r.Events[1]; ev.Summary != "Russia had reduced air raids on the city" {
		t.Errorf("raids summary %q", ev.Summary)
	}
}

// A date that qualifies a noun stays in the summary: without it the
// sentence loses its sense ("discussed attack").
func TestEventsDateQualifiesNoun(t *testing.T) {
	x := mustNew(t)
	text := "Erdogan and Putin discussed Tuesdays attack in a phone call.\n\nThe gas was used in the April 4 strike on Khan Sheikhoun.\n"
	r := x.Extract(text, time.Date(2017, 4, 6, 0, 0, 0, 0, time.UTC))
	want := []string{"Erdogan and Putin discussed Tuesdays attack in a phone call", "The gas was used in the April 4 strike on Khan Sheikhoun"}
	if len(r.Events) != len(want) {
		t.Fatalf("want %d events, got %+v", len(want), r.Events)
	}
	for i, ev := range r.Events {
		if ev.Summary != want[i] || ev.Date != "2017-04-04" {
			t.Errorf("event %d: %q on %s, want %q on 2017-04-04", i, ev.Summary, ev.Date, want[i])
		}
	}
}

// A clock time a page prints before its headline is not part of what
// happened.
func TestSummaryDropsLeadingClock(t *testing.T) {
	x := mustNew(t)
	text := "20:22 Syrian Coalition Urges UN to Relieve Deir Ezzor Residents on Thursday\n\n" +
		"14:28 54 Killed in Aleppo as Regime Commits Massacre on Wednesday\n\n" +
		"1849 UTC+3 Rebels took Halfaya on Tuesday.\n"
	r := x.Extract(text, time.Date(2016, 9, 2, 0, 0, 0, 0, time.UTC))
	want := []string{"Syrian Coalition Urges UN to Relieve Deir Ezzor Residents", "54 Killed in Aleppo as Regime Commits Massacre", "Rebels took Halfaya"}
	if len(r.Events) != len(want) {
		t.Fatalf("want %d events, got %+v", len(want), r.Events)
	}
	for i, ev := range r.Events {
		if ev.Summary != want[i] {
			t.Errorf("summary %q, want %q", ev.Summary, want[i])
		}
	}
}

// A person's name that qualifies a body is not the actor: the body acts.
func TestEventsPersonQualifiesBody(t *testing.T) {
	x := mustNew(t)
	text := "The Assad regime’s jets bombed Douma on Monday.\n\nAssad visited Daraya on Tuesday.\n"
	r := x.Extract(text, time.Date(2016, 8, 17, 0, 0, 0, 0, time.UTC))
	if len(r.Events) != 2 {
		t.Fatalf("want 2 events, got %+v", r.Events)
	}
	if len(r.Events[0].Actors) != 0 {
		t.Errorf("the regime's bombing has actors %v", r.Events[0].Actors)
	}
	if a := r.Events[1].Actors; len(a) != 1 || a[0] != "Bashar al-Assad" {
		t.Errorf("the visit's actors %v", a)
	}
}

// A page's stamp that lost the space between day and year ("Last updated
// at Aug 012016") is a date and the stamp; the dateline in capitals after
// it is no part of the summary, while "U.S." opening a sentence is.
func TestSummaryDropsGluedStampAndDateline(t *testing.T) {
	x := mustNew(t)
	r := x.Extract("Helicopter downed\n\nLast updated at Aug 012016 BEIRUT A Russian military helicopter was shot down over Syria on Monday killing all five people on board.\n\n"+
		"U.S. President Donald Trump ordered missile strikes on Tuesday.\n", time.Date(2016, 8, 3, 0, 0, 0, 0, time.UTC))
	if len(r.Timexes) == 0 || r.Timexes[0].Text != "Aug 012016" || r.Timexes[0].Value != "2016-08-01" {
		t.Fatalf("timexes %+v: want the glued stamp first", r.Timexes)
	}
	if len(r.Events) != 2 {
		t.Fatalf("want 2 events, got %+v", r.Events)
	}
	if ev := r.Events[0]; ev.Date != "2016-08-01" || ev.Summary != "A Russian military helicopter was shot down over Syria killing all five people on board" {
		t.Errorf("helicopter: %+v", ev)
	}
	if ev := r.Events[1]; !strings.HasPrefix(ev.Summary, "U.S. President Donald Trump") {
		t.Errorf("strikes: %+v", ev)
	}
}

// "US-led strikes kill 56" opening a headline is no dateline: an event
// without a place of its own is not placed in the United States, but in
// the one place the headline names, and less surely than by its own words.
func TestHeadlineIsNoDateline(t *testing.T) {
	x := mustNew(t)
	r := x.Extract("US-led strikes kill 56 civilians in Syria\n\nIn June the alliance broke into western districts of the town.\n", time.Date(2016, 7, 19, 0, 0, 0, 0, time.UTC))
	found := false
	for _, ev := range r.Events {
		if ev.Date == "2016-06" {
			found = true
			if strings.Join(ev.Places, "|") != "Syria" || ev.Confidence > 0.8 {
				t.Errorf("June event placed at %v with confidence %.2f, want Syria, less sure", ev.Places, ev.Confidence)
			}
		}
	}
	if !found {
		t.Errorf("no June event: %+v", r.Events)
	}
	// a headline naming two towns says no one place of the story
	r = x.Extract("Shelling hits Aleppo and Homs\n\nIn June the alliance broke into western districts.\n", time.Date(2016, 7, 19, 0, 0, 0, 0, time.UTC))
	for _, ev := range r.Events {
		if ev.Date == "2016-06" && len(ev.Places) > 0 {
			t.Errorf("June event placed at %v", ev.Places)
		}
	}
}

// "Last Update: Friday 23 August 2013" at a page's foot is no event; a
// video "posted Monday" in the story still dates one.
func TestFootStampIsNoEvent(t *testing.T) {
	x := mustNew(t)
	text := "Inspectors pushed for access\n\n" + strings.Repeat("The inspectors waited in Damascus for weeks without answer. ", 8) +
		"The video which was posted Monday on a Facebook page shows two men.\n\n(With AFP and Reuters) Last Update: Friday 23 August 2013 KSA 11:13 - GMT 08:13 5\n"
	r := x.Extract(text, time.Date(2013, 8, 23, 0, 0, 0, 0, time.UTC))
	if len(r.Events) != 1 || r.Events[0].Date != "2013-08-19" {
		t.Errorf("events %+v: want only the video's", r.Events)
	}
}

// The part of a date goes with the date out of the summary: "in the
// first week of July", "at the end of March".
func TestSummaryDropsDatePart(t *testing.T) {
	x := mustNew(t)
	for _, c := range []struct{ text, want string }{
		{"The rebels launched a major offensive in the first week of March to advance the front line.", "The rebels launched a major offensive to advance the front line"},
		{"Fighting erupted at the end of March in Idlib.", "Fighting erupted in Idlib"},
	} {
		r := x.Extract(c.text, monday)
		if len(r.Events) != 1 || r.Events[0].Summary != c.want {
			t.Errorf("%q: events %+v, want summary %q", c.text, r.Events, c.want)
		}
	}
}

// A page's keyword line before the lead ("Tags Syria Idlib gas attack At
// least 72 people …") leaves the summary where the sentence plainly
// starts; where it cannot be told ("… war Government air raids … killed
// at least 27") the summary keeps it rather than start mid-sentence.
func TestSummaryDropsTagsLine(t *testing.T) {
	wantLead(t, tagsLead, []struct{ in, want string }{
		{"Tags Syria Idlib gas attack chlorine At least 72 people were killed", "At least 72 people were killed"},
		{"Tags Madaya Syria hunger siege Three women were killed", "Three women were killed"},
		{"Tags Syria Raqqa Kurds A US-led coalition airstrike killed 18", "A US-led coalition airstrike killed 18"},
		{"Tags Syria Idlib gas attack chlorine Observatory Assad Warplanes carried out a suspected toxic gas attack", "Warplanes carried out a suspected toxic gas attack"},
		{"Tags Syria Ariha war Government air raids killed at least 27 people", "Tags Syria Ariha war Government air raids killed at least 27 people"},
		{"Tagsy Syria At least 5", "Tagsy Syria At least 5"},
	})
}

// wantLead checks that lead cuts each case's input to what it wants.
func wantLead(t *testing.T, lead func(string) int, cases []struct{ in, want string }) {
	t.Helper()
	for _, c := range cases {
		if got := c.in[lead(c.in):]; got != c.want {
			t.Errorf("%q: %q, want %q", c.in, got, c.want)
		}
	}
}

// "the town" in an event without a place of its own is the town the story
// named last, not a province, a country or a "Britain-based" modifier.
func TestEventPlaceFromTheTown(t *testing.T) {
	x := mustNew(t)
	text := "Raids hit the town of Ariha in the northwestern province of Idlib on Monday.\n\n" +
		"The Britain-based Observatory said the town was captured by opposition fighters in March.\n"
	r := x.Extract(text, monday)
	var march *Event
	for i := range r.Events {
		if r.Events[i].Date == "2017-03" {
			march = &r.Events[i]
		}
	}
	if march == nil || len(march.Places) != 1 || march.Places[0] != "Ariha" {
		t.Errorf("March event %+v: want placed in Ariha (all: %+v)", march, r.Events)
	}
}

// Countries are too coarse to tell two events of a day apart, whatever
// NormKey folds ("Russia" is "rusia").
func TestCountryLike(t *testing.T) {
	for _, n := range []string{"Russia", "Syria", "United States"} {
		if !isCountryLike(n) {
			t.Errorf("%s: not country-like", n)
		}
	}
	if isCountryLike("Raqqa") {
		t.Errorf("Raqqa: country-like")
	}
}

// A fact box's items after a full stop ("… demonstrators. - Assad sacked
// …", "* 2011: - In June …") are sentences of their own, and the bullet
// and the year heading leave the summary.
func TestFactBoxItems(t *testing.T) {
	x := mustNew(t)
	text := "Residents said snipers fired on crowds of demonstrators. - Assad sacked the governor of Hama province on July 2 after protests. * 2011: - In June activists said forces killed 60 protesters in the city.\n"
	r := x.Extract(text, time.Date(2011, 8, 1, 0, 0, 0, 0, time.UTC))
	want := map[string]string{"2011-07-02": "Assad sacked the governor of Hama province after protests", "2011-06": "activists said forces killed 60 protesters in the city"}
	for _, ev := range r.Events {
		if w, ok := want[ev.Date]; ok && ev.Summary != w {
			t.Errorf("%s: summary %q, want %q", ev.Date, ev.Summary, w)
		}
		delete(want, ev.Date)
	}
	for date := range want {
		t.Errorf("no event on %s in %+v", date, r.Events)
	}
}

// A byline after a page's stamp, with the headline the page repeats after
// it, and a dateline glued to its dash leave the summary; a sentence that
// opens with "by" or a hyphenated name stays.
func TestSummaryDropsBylineAndDashDateline(t *testing.T) {
	head := "Six Killed in Aleppo Bombing"
	wantLead(t, func(s string) int { return bylineLead(s, head) }, []struct{ in, want string }{
		{"by Asharq Al-Awsat English Six Killed in Aleppo Bombing Six people were killed", "Six people were killed"},
		{"by Nazeer Rida At least 12 Islamist fighters were killed", "At least 12 Islamist fighters were killed"},
		{"by the end of the day, rebels had withdrawn", "by the end of the day, rebels had withdrawn"},
		{"by Reuters", "by Reuters"},
	})
	wantLead(t, dashLead, []struct{ in, want string }{
		{"Beirut- Opposition fractions raged an assault", "Opposition fractions raged an assault"},
		{"Beirut London- Warplanes releasing toxic gas", "Warplanes releasing toxic gas"},
		{"Al-Nusra fighters attacked", "Al-Nusra fighters attacked"},
		{"Pro- and anti-government crowds", "Pro- and anti-government crowds"},
	})
}

// A photo's credit in brackets before the story's first sentence leaves
// the summary; a bracket that is part of the sentence stays.
func TestSummaryDropsCredit(t *testing.T) {
	wantLead(t, creditLead, []struct{ in, want string }{
		{"(TRT World and Agencies) A fragile ceasefire held", "A fragile ceasefire held"},
		{"(AFP Photo) At least 18 civilians were killed", "At least 18 civilians were killed"},
		{"(Photo Smoke is seen following a US airstrike", "(Photo Smoke is seen following a US airstrike"},
		{"(IS) fighters attacked", "(IS) fighters attacked"},
	})
}

// The headline a page repeats before its lead, the agency's credit after
// it and a dateline with its agency ("DAMASCUS (Sputnik)") are no part of
// the event: not of its summary, nor of its actors and places; a dateline's
// place is still the event's when the sentence names none.
func TestEventAfterHeadlineAndDateline(t *testing.T) {
	x := mustNew(t)
	cases := []struct {
		text, summary string
		actors        []string
		places        []string
	}{
		{"Barrel bomb attack kills 11 children in Syrias Aleppo Monitor\n\nBarrel bomb attack kills 11 children in Syrias Aleppo Monitor AFP Eleven children were killed in a barrel bomb attack on a rebel-held neighbourhood of Aleppo on Monday.\n",
			"Eleven children were killed in a barrel bomb attack on a rebel-held neighbourhood of Aleppo", nil, []string{"Aleppo"}},
		{"US strike hits air base\n\nDAMASCUS (Sputnik) The US launched 59 cruise missiles at the airfield in Ash Shairat near Homs on Monday.\n",
			"The US launched 59 cruise missiles at the airfield in Ash Shairat near Homs", []string{"United States"}, []string{"Ash Shairat", "Homs"}},
		{"Strikes continue\n\nBEIRUT (AFP) Warplanes struck again on Monday.\n",
			"Warplanes struck again", nil, []string{"Beirut"}},
	}
	for _, c := range cases {
		r := x.Extract(c.text, monday)
		if len(r.Events) != 1 {
			t.Errorf("%q: events %+v, want one", c.text[:20], r.Events)
			continue
		}
		ev := r.Events[0]
		if ev.Summary != c.summary || strings.Join(ev.Actors, "|") != strings.Join(c.actors, "|") || strings.Join(ev.Places, "|") != strings.Join(c.places, "|") {
			t.Errorf("%q: %q actors %q places %q, want %q %q %q", c.text[:20], ev.Summary, ev.Actors, ev.Places, c.summary, c.actors, c.places)
		}
	}
}

// A news outlet or a monitor reports the event or credits the story: it is
// no actor of the event.
func TestNewsSourcesAreNoActors(t *testing.T) {
	x := mustNew(t)
	r := x.Extract("Air strikes by the US-led coalition killed 21 civilians in Manbij on Monday, the Syrian Observatory for Human Rights said, according to Reuters.\n", monday)
	if len(r.Events) != 1 || strings.Join(r.Events[0].Actors, "|") != "US-led coalition" {
		t.Errorf("events %+v: want one, with the coalition its only actor", r.Events)
	}
	// a monitoring network and a propaganda outlet report; they do not act
	r = x.Extract("The Local Coordination Committees said the Syria Democratic Forces shelled Manbij on Monday, the Aamaq news agency said.\n", monday)
	if len(r.Events) != 1 || strings.Join(r.Events[0].Actors, "|") != "Syrian Democratic Forces" {
		t.Errorf("events %+v: want one, with the SDF its only actor", r.Events)
	}
}

// A page's share buttons and counters are no part of the story, and the
// headlines of the stories it links to tell no event of this one.
func TestEventsSkipPageFurniture(t *testing.T) {
	x := mustNew(t)
	for _, c := range []struct{ text, want string }{
		{"IS car bomb kills 20 in eastern Syria Reuters Friday 21 Apr 2017 Print Tweet Views 1662 An Islamic State car bomb killed 20 people in eastern Syria on Friday.",
			"An Islamic State car bomb killed 20 people"},
		{"Daesh Attacks Deir ez-Zor\n\n18.04.2017(updated 1723 18.04.2017) Get short URL 0 87 Daesh terrorists attacked the city of Deir ez-Zor with rocket shells on Sunday.",
			"Daesh terrorists attacked the city of Deir ez-Zor"},
		{"Slideshow (3 Images) The attack took place at around 3:00 a.m. on Wednesday.", "The attack took place"},
		{"[Click to enlarge] All the factions sent reinforcements to the front on Sunday.", "All the factions sent reinforcements"},
	} {
		r := x.Extract(c.text, monday)
		if len(r.Events) == 0 || !strings.HasPrefix(r.Events[0].Summary, c.want) {
			t.Errorf("%q: events %+v, want a summary opening with %q", c.text, r.Events, c.want)
		}
	}
	tail := "Syrian forces shelled the town of Talbiseh on Saturday. ... 87 Related Turkey Detains 49 Daesh Suspects Ahead of Sunday Vote Syrian Army Frees Territories Near Deir ez-Zor From Daesh"
	for _, ev := range x.Extract(tail, monday).Events {
		if ev.Date != "2017-04-22" {
			t.Errorf("an event from a linked story's headline: %+v", ev)
		}
	}
	// where a list of links runs into the lead, the event is kept but shown
	// as one to check
	lead := "Rebels attack Aleppo AFP Friday 21 Apr 2017 Print Tweet Views 2494 Related Russian US jets had near miss over Syria Syrian rebels launched a major assault on Aleppo on Friday."
	r := x.Extract(lead, monday)
	if len(r.Events) == 0 {
		t.Fatalf("no event in %q", lead)
	}
	if ev := r.Events[0]; strings.Contains(ev.Summary, "Related") || ev.Confidence > 0.65 {
		t.Errorf("event after a list of links = %+v, want it without the list's word and with a low confidence", ev)
	}
}

// A list of days of one month is one event, on its first day, and the
// summary leaves the whole list out.
func TestEventsDayList(t *testing.T) {
	x := mustNew(t)
	r := x.Extract("Rebels shelled the town of Talbiseh on April 20 and 21, killing ten people.", monday)
	if len(r.Events) != 1 || r.Events[0].Date != "2017-04-20" || strings.ContainsAny(r.Events[0].Summary, "0123456789") || strings.HasSuffix(r.Events[0].Summary, " and") {
		t.Errorf("events = %+v, want one on 2017-04-20 without the days in its summary", r.Events)
	}
}

// A date phrase leaves the summary whole: its preposition ("by", "until
// early"), the part of the day ("on the evening of") and a range of months.
func TestSummaryDropsWholeDatePhrase(t *testing.T) {
	x := mustNew(t)
	for _, c := range []struct{ text, want string }{
		{"The truce came into force in Aleppo on the evening of Monday, April 17.", "The truce came into force in Aleppo"},
		{"The violence comes despite an extension until early Tuesday of a truce in Aleppo.", "The violence comes despite an extension of a truce in Aleppo"},
		{"The SNHR said that 12679 people died of torture in Syria from March 2011 to June 2016.", "12679 people died of torture in Syria"},
		// a range or part of a date that opens the sentence, and the
		// approximate dates of UN situation reports and wires
		{"On the night of 12 to 13 April, airstrikes hit residential areas in Darat Izza.", "Airstrikes hit residential areas in Darat Izza"},
		{"Between 1 and 14 April 2017, some 142,000 people were displaced from southern Idlib.", "Some 142,000 people were displaced from southern Idlib"},
		{"In the first two weeks of April, at least 100 civilians were killed in Idlib.", "At least 100 civilians were killed in Idlib"},
		{"The raids hit the town of Maaret al-Numan shortly after 10:00 am (0700 GMT), wounding dozens.", "The raids hit the town of Maaret al-Numan"},
		{"The convoy is to reach Douma on or around 20 April.", "The convoy is to reach Douma"},
		// a word's clock time on the day the sentence names, and its
		// preposition, go too: one event, on that day
		{"Date of publication 23 April 2017 Airstrikes hit a school complex in the town of Hass around noon on Thursday, rescuers said.", "Airstrikes hit a school complex in the town of Hass"},
		{"The attack was carried out at around noon local time (0900 GMT) on Thursday and caused choking among those nearby.", "The attack was carried out and caused choking among those nearby"},
		{"Eleven civilians were killed by air raids after midnight on Saturday in the Bab al-Nasr area.", "Eleven civilians were killed by air raids in the Bab al-Nasr area"},
		// a date that is the subject stays
		{"Sunday was the fourth day of intense air raids on Aleppo.", "Sunday was the fourth day of intense air raids on Aleppo"},
		{"Mid-April saw the heaviest bombardment of the Idlib countryside.", "Mid-April saw the heaviest bombardment of the Idlib countryside"},
		// a span run into a day: "into" goes with the day
		{"Heavy shelling continued into the early hours of Sunday.", "Heavy shelling continued"},
		{"The school had been hit twice before, most recently on Sunday.", "The school had been hit twice before"},
		{"Fighting lasted all night and into Sunday with air strikes along the front.", "Fighting lasted all night with air strikes along the front"},
		{"The strikes began in the small hours of Saturday.", "The strikes began"},
		// the second thing said, and a subject with two descriptions
		{"Residents said fighters entered the eastern districts, and that heavy shelling continued on Sunday.", "Heavy shelling continued"},
		{"But that standoff became less important on Sunday, after the talks.", "That standoff became less important"},
		{"The RSF, led by Mohamed Hamdan Dagalo, widely known as Hemedti, has been at war with the army since April 2023.", "The RSF has been at war with the army"},
		// (the second description where the clause seemed to begin, and a
		// verb whose clause the place's description interrupts)
		{"The RSF, led by Mohamed Hamdan Dagalo, widely known as Hemedti, has besieged the city since May 2024.", "The RSF has besieged the city"},
		// a date set off by commas before a participle leaves one comma
		{"Armed gangs overran the town of Mirebalais, in central Haiti, on Sunday, freeing more than 500 inmates.", "Armed gangs overran the town of Mirebalais, in central Haiti, freeing more than 500 inmates"},
		{"The RSF, led by Mohamed Hamdan Dagalo, known as Hemedti, has besieged El Fasher, the last major city in Darfur still held by the army, since May 2024.", "The RSF, led by Mohamed Hamdan Dagalo, known as Hemedti, has besieged El Fasher"},
	} {
		r := x.Extract(c.text, monday)
		if len(r.Events) != 1 || r.Events[0].Summary != c.want {
			t.Errorf("%q: events %+v, want one with summary %q", c.text, r.Events, c.want)
		}
	}
}

// "Later in the day" and "Earlier on Sunday" leave the summary whole; a
// capitalised "Earlier" after a headline the page ran into the sentence
// starts the event, and the headline's names are no actors.
func TestEventsEarlierLater(t *testing.T) {
	x := mustNew(t)
	for _, c := range []struct{ text, want string }{
		{"Airstrikes hit Douma on Sunday. Later in the day, rebels shelled the airport of Damascus.", "Rebels shelled the airport of Damascus"},
		{"Rebels seized the base in Raqqa on Sunday. Earlier on Sunday the Syrian air force had bombed areas around the base.", "The Syrian air force had bombed areas around the base"},
		{"All Crew Members Dead Earlier on Sunday Igor Konashenkov said that the US forces had reduced their operation in Iraq.", "Igor Konashenkov said that the US forces had reduced their operation in Iraq"},
		{"DAMASCUS (Sputnik) Earlier on Sunday SANA news agency reported about ten casualties in Raqqa.", "SANA news agency reported about ten casualties in Raqqa"},
		{"In a press release issued earlier on Tuesday the coalition called upon the Security Council to act.", "In a press release issued earlier the coalition called upon the Security Council to act"},
	} {
		r := x.Extract(c.text, monday)
		ev := r.Events[len(r.Events)-1]
		if ev.Summary != c.want {
			t.Errorf("%q: last event %+v, want summary %q", c.text, ev, c.want)
		}
	}
}

// The commas of places written with their country ("in Dar es Salaam,
// Tanzania, and Nairobi, Kenya, on Aug. 7") are inside the clause, and
// "at about" and "as of" go with the date.
func TestSummaryPlaceListsAndApproximateDates(t *testing.T) {
	x := mustNew(t)
	for _, c := range []struct{ text, want string }{
		{"Nearly simultaneous bombings at U.S. embassies in Dar es Salaam, Tanzania, and Nairobi, Kenya, on Aug. 7 killed 258 people, including 12 Americans.", "Nearly simultaneous bombings at U.S. embassies in Dar es Salaam, Tanzania, and Nairobi, Kenya, killed 258 people"},
		{"The blast in Nairobi occurred at about 10:35 a.m. Friday, toppling a building.", "The blast in Nairobi occurred"},
		{"Assets as of Sept. 30 fell to $2.46 billion from $2.77 billion.", "Assets fell to $2.46 billion from $2.77 billion"},
		{"Sales increased in the quarter ended Sept. 30 to $747.8 million from $623.5 million.", "Sales increased in the quarter to $747.8 million from $623.5 million"},
	} {
		r := x.Extract(c.text, monday)
		if len(r.Events) == 0 || r.Events[0].Summary != c.want {
			t.Errorf("%q: events %+v, want the first with summary %q", c.text, r.Events, c.want)
		}
	}
}

// A "known as" or "who"/"which" phrase between commas after the subject
// describes it: the summary keeps the subject and leaves the phrase out.
func TestSummaryKeepsSubjectBeforeRelativeClause(t *testing.T) {
	x := mustNew(t)
	for _, c := range []struct{ text, want string }{
		{"Kurdish-led Syrian Democratic Forces, known as SDF, have been closing in on Raqqa since June.", "Kurdish-led Syrian Democratic Forces have been closing in on Raqqa"},
		{"MindSpring, which provided the space for the site, closed it on Thursday for violating its policies.", "MindSpring closed it for violating its policies"},
		{"The monitor, based in Coventry, England, said 40 people were killed in Douma on Sunday.", "The monitor said 40 people were killed in Douma"},
		// the date inside the relative clause: the subject did it
		{"The Saudi-led coalition, which intervened in Yemen's civil war in March 2015, has largely halted air strikes.", "The Saudi-led coalition intervened in Yemen's civil war"},
		// a description closed before the date's own phrase
		{"The RSF has been fighting the Sudanese Armed Forces (SAF), led by General Abdel Fattah al-Burhan, since April 2015.", "The RSF has been fighting the Sudanese Armed Forces (SAF)"},
		// a participle with its agent, a short name renaming a noun
		{"A Kenyan-led police mission, backed by the United Nations and funded by Washington, has struggled to contain the violence since it arrived in March.", "A Kenyan-led police mission has struggled to contain the violence since it arrived"},
		// (a sayer with its name set off frames what was said, as a bare
		// one does)
		{"The UN mission, MONUSCO, said three peacekeepers were killed on Sunday.", "Three peacekeepers were killed"},
		// an appositive that opens the clause the date is in
		{"Rebels including Hayat Tahrir al-Sham, an alliance led by the former Nusra Front, launched the offensive on March 21, coming close to Hama.", "Rebels including Hayat Tahrir al-Sham launched the offensive"},
		// a relative clause on an object tells of that object
		{"He met the leader of the armed group, which attacked the small town near the border on Sunday.", "The armed group attacked the small town near the border"},
	} {
		r := x.Extract(c.text, monday)
		if len(r.Events) != 1 || r.Events[0].Summary != c.want {
			t.Errorf("%q: events %+v, want one with summary %q", c.text, r.Events, c.want)
		}
	}
}

// A relative clause on the subject dates what the subject did, and the
// main clause after it names neither that event's actors nor its place;
// the main clause, dated apart, keeps its subject over the relative
// clause and its date's comma.
func TestRelativeClauseEvents(t *testing.T) {
	x := mustNew(t)
	r := x.Extract("Senior General Min Aung Hlaing, who seized power in a coup on February 1, 2021, met Chinese Foreign Minister Wang Yi in Naypyitaw last month.", monday)
	wantKeyed(t, r.Events, func(ev Event) (string, string) {
		return ev.Date, ev.Summary + "|" + strings.Join(ev.Actors, ",") + "|" + strings.Join(ev.Places, ",")
	}, map[string]string{
		"2021-02-01": "Senior General Min Aung Hlaing seized power in a coup|Min Aung Hlaing|",
		"2017-03":    "Senior General Min Aung Hlaing met Chinese Foreign Minister Wang Yi in Naypyitaw|Min Aung Hlaing,Wang Yi|Naypyitaw",
	}, true)
}

// "The Syrian capital" places the event in Damascus; "capital markets"
// are money.
func TestEventPlaceFromCapital(t *testing.T) {
	x := mustNew(t)
	r := x.Extract("A suicide bomber blew himself up inside a police station in the Syrian capital on Monday, killing 18 people.", monday)
	if len(r.Events) != 1 || len(r.Events[0].Places) == 0 || r.Events[0].Places[0] != "Damascus" {
		t.Errorf("events %+v, want one placed in Damascus", r.Events)
	}
	r = x.Extract("Investors fled the Turkish capital markets on Monday after the coup attempt.", monday)
	for _, ev := range r.Events {
		if slices.Contains(ev.Places, "Ankara") {
			t.Errorf("capital markets placed an event in Ankara: %+v", ev)
		}
	}
}

// A wire dateline with its date or state before the agency ("ISTANBUL,
// March 4 (Reuters) - …") is no part of the summary.
func TestSummaryDropsWireDateline(t *testing.T) {
	x := mustNew(t)
	for _, text := range []string{
		"ISTANBUL, March 4 (Reuters) - Syrian rebels shot down a jet over Idlib on Saturday.",
		"AMMAN, Jordan, March 4 (Reuters) - Syrian rebels shot down a jet over Idlib on Saturday.",
		"IDLIB, Syria — Syrian rebels shot down a jet over Idlib on Saturday.",
		"BEIRUT, Republic of Lebanon (Reuters) - Syrian rebels shot down a jet over Idlib on Saturday.",
		// a town with an accent or hyphens in capitals is a dateline too
		"BOGOTÁ, Colombia — Syrian rebels shot down a jet over Idlib on Saturday.",
		"PORT-AU-PRINCE, Oct 4 (Reuters) - Syrian rebels shot down a jet over Idlib on Saturday.",
	} {
		r := x.Extract(text, monday)
		if len(r.Events) != 1 || r.Events[0].Summary != "Syrian rebels shot down a jet over Idlib" {
			t.Errorf("%q: events %+v, want one without the dateline", text, r.Events)
		}
	}
}

// A closing quotation mark cut from the summary leaves no space before
// the comma after it.
func TestSummaryQuoteBeforeComma(t *testing.T) {
	x := mustNew(t)
	r := x.Extract(`The offensive, dubbed "Operation Olive Branch", began on 20 January with air strikes.`, monday)
	if len(r.Events) != 1 || r.Events[0].Summary != "The offensive, dubbed Operation Olive Branch, began with air strikes" {
		t.Errorf("events %+v, want one whose comma follows the name", r.Events)
	}
}

// A wire dateline's date is the day the story was filed: the lead's own
// date of the same day makes the event, with the subject back over its
// appositive.
func TestLeadOnTheDatelineDay(t *testing.T) {
	x := mustNew(t)
	wed := time.Date(2024, 12, 11, 0, 0, 0, 0, time.UTC)
	r := x.Extract("Minister killed in Kabul\n\nKABUL, Dec 11 (Reuters) - Khalil Haqqani, the Taliban's minister for refugees and an uncle of the interior minister Sirajuddin Haqqani, was killed in a suicide bombing in Kabul on Wednesday, officials said.", wed)
	if len(r.Events) != 1 || r.Events[0].Date != "2024-12-11" || r.Events[0].Summary != "Khalil Haqqani was killed in a suicide bombing in Kabul" ||
		!slices.Equal(r.Events[0].Actors, []string{"Khalil Haqqani"}) || !slices.Equal(r.Events[0].Places, []string{"Kabul"}) {
		t.Errorf("events %+v, want Haqqani's killing on 2024-12-11 in Kabul", r.Events)
	}
	// a dateline that lost its comma ("MOSCOW October 18 (RIA Novosti) -")
	// opens no summary
	r = x.Extract("MOSCOW October 18 (RIA Novosti) - Ten civilians were killed by airstrikes in Hasakah on Saturday.", time.Date(2014, 10, 18, 0, 0, 0, 0, time.UTC))
	if len(r.Events) != 1 || r.Events[0].Summary != "Ten civilians were killed by airstrikes in Hasakah" {
		t.Errorf("events %+v, want one without the dateline", r.Events)
	}
}

// Summaries: a date phrase between commas takes its commas along, a
// "from" left dangling goes, and a relative clause holding the date gives
// its subject back even when the clause opened at the subject.
func TestSummaryDatePhraseEdges(t *testing.T) {
	x := mustNew(t)
	pub := time.Date(2025, 7, 8, 0, 0, 0, 0, time.UTC)
	wantSummaries(t, x, pub, map[string]string{
		"The last strike, in June 2023, lasted three days and led to cancellations, NHS England said.":                "The last strike lasted three days and led to cancellations",
		"Junior doctors in England will walk out for five days from 25 July.":                                         "Junior doctors in England will walk out for five days",
		"The insurgency, which began in October 2017 in the port town of Mocimboa da Praia, has killed 5,000 people.": "The insurgency began in the port town of Mocimboa da Praia",
		// a count of time's hedge goes with it
		"Attacks on the highway sharply increased less than two weeks ago with more planes flying.": "Attacks on the highway sharply increased with more planes flying",
		"The army began an offensive nearly two weeks ago to take the suburb.":                      "The army began an offensive to take the suburb",
	})
}

// The end of a span a sentence dated ("begins on Tuesday and runs until
// Thursday") is no event of its own; a clock time restated in another
// zone and its day are one date phrase.
func TestSpanEndAndZonedClock(t *testing.T) {
	x := mustNew(t)
	r := x.Extract("The summit begins on Tuesday and runs until Thursday.", monday)
	if len(r.Events) != 1 || r.Events[0].Date != "2017-04-25" || r.Events[0].Summary != "The summit begins and runs until Thursday" {
		t.Errorf("events %+v, want one on Tuesday", r.Events)
	}
	r = x.Extract("The missiles hit five cities shortly after 10am local time (0700 GMT) on Monday.", monday)
	if len(r.Events) != 1 || r.Events[0].Summary != "The missiles hit five cities" {
		t.Errorf("events %+v, want one without the clock times", r.Events)
	}
}

// What happened before a day ("ahead of the Eid al-Fitr festival", "before
// the April 4 attack") did not happen on it; "before noon" is still the day.
func TestEventsBeforeADate(t *testing.T) {
	x := mustNew(t)
	pub := time.Date(2016, 7, 5, 0, 0, 0, 0, time.UTC)
	wantNoEvents(t, x, pub,
		"The attack occurred in the neighbourhood of Salihiah ahead of the Eid al-Fitr festival.",
		"Warplanes dropped nerve agents on Hama before the April 4 attack.",
		"Shops were crowded prior to Friday's strikes.",
	)
	r := x.Extract("Rebels shelled Salihiah on Monday before noon.", pub)
	if len(r.Events) != 1 || r.Events[0].Date != "2016-07-04" {
		t.Errorf("before noon: want one event on 2016-07-04, got %+v", r.Events)
	}
}

// A quotation that reports in the third person states what happened, as the
// same words outside quotes would; one that speaks in the first or second
// person is an interview's words. A statement's posting ("said in an audio
// recording posted on YouTube on August 25") is no event either.
func TestEventsInQuotations(t *testing.T) {
	x := mustNew(t)
	pub := time.Date(2015, 7, 17, 0, 0, 0, 0, time.UTC)
	text := `The assault began on Wednesday. "Dozens of shells fell overnight Wednesday on Fuaa and Kafraya" the Observatory said.`
	r := x.Extract(text, pub)
	if len(r.Events) != 2 || r.Events[1].Date != "2015-07-15" || !strings.HasPrefix(r.Events[1].Summary, "Dozens of shells fell") {
		t.Errorf("third-person quotation: want its event on 2015-07-15, got %+v", r.Events)
	}
	wantNoEvents(t, x, pub,
		`The assault began. "Our April tracking suggests Russia will lead again" the director said.`,
		`"We will prepare a thousand rockets" he said in an audio recording posted on YouTube on July 12.`,
	)
}

// A unit after "last", "next" or "this" is singular, so a scraped "months
// vote" is a possessive: the date qualifies the noun and stays in the summary.
func TestSummaryKeepsScrapedUnitPossessive(t *testing.T) {
	x := mustNew(t)
	r := x.Extract("Assad faces two little known challengers in next months vote and is expected to win.", time.Date(2014, 5, 19, 0, 0, 0, 0, time.UTC))
	want := "Assad faces two little known challengers in next months vote and is expected to win"
	if len(r.Events) != 1 || r.Events[0].Summary != want {
		t.Errorf("want one event %q, got %+v", want, r.Events)
	}
}

// "starting from 1600 GMT" leaves the summary whole, not its "starting from".
func TestSummaryDropsStartingFrom(t *testing.T) {
	x := mustNew(t)
	r := x.Extract("Strikes hit the town starting from Monday, the army said.", time.Date(2016, 9, 14, 0, 0, 0, 0, time.UTC))
	if len(r.Events) != 1 || strings.Contains(r.Events[0].Summary, "starting") {
		t.Errorf("want one event without 'starting from', got %+v", r.Events)
	}
}

// Speaking to the press by phone on a day is the reporting of a
// statement, not an event of that day.
func TestStatementByPhoneIsNoEvent(t *testing.T) {
	x := mustNew(t)
	wantNoEvents(t, x, monday,
		`"The regime is burning the land," said Abu Yousef, a spokesman for Ahrar al-Sham, speaking by phone on Sunday.`,
		`Three people were wounded, a medic told AFP over the phone on Sunday.`,
	)
}

// A date phrase before a sentence's first comma is no subject: the
// clause of a second date in the sentence does not open with it.
func TestOpeningDateIsNoSubject(t *testing.T) {
	x := mustNew(t)
	r := x.Extract("On April 4, a suspected sarin attack killed 87 people in Khan Sheikhoun, prompting Donald Trump to order a missile strike on the Shayrat air base two days later.", monday)
	if len(r.Events) != 2 || r.Events[1].Summary != "Prompting Donald Trump to order a missile strike on the Shayrat air base" {
		t.Errorf("want the second event's own clause, got %+v", r.Events)
	}
}

// A night that runs "into" the next morning is one event, on its first
// day, and its summary leaves both parts out.
func TestNightIntoMorningIsOneEvent(t *testing.T) {
	x := mustNew(t)
	r := x.Extract("The Observatory said the jihadists clashed throughout Friday night and into Saturday morning with the regime troops in the Qalamun region.", monday)
	if len(r.Events) != 1 || r.Events[0].Date != "2017-04-21" || strings.Contains(r.Events[0].Summary, "into") {
		t.Errorf("want one event on Friday without the span, got %+v", r.Events)
	}
}

// The source a report is credited to is not an actor of the event, with
// an article or a descriptor before its name as well as without.
func TestEventsAccordingToTheSource(t *testing.T) {
	x := mustNew(t)
	for _, text := range []string{
		"Russian airstrikes killed 12 civilians in Idlib on Sunday, according to the Syrian Civil Defense.",
		"Russian airstrikes killed 12 civilians in Idlib on Sunday, according to the UN.",
		"Russian airstrikes killed 12 civilians in Idlib on Sunday, according to the Britain-based Syrian Civil Defense.",
		"Russian airstrikes killed 12 civilians in Idlib on Sunday, the Syrian Civil Defense told the UN.",
	} {
		r := x.Extract(text, monday)
		if len(r.Events) != 1 {
			t.Errorf("%q: events %+v, want one", text, r.Events)
			continue
		}
		for _, a := range r.Events[0].Actors {
			if a == "UN" || a == "United Nations" || strings.Contains(a, "Civil Defense") && !strings.Contains(text, "Defense told") {
				t.Errorf("%q: actors %v include the source", text, r.Events[0].Actors)
			}
		}
	}
}

// The one who tells of an event after a comma takes no part in it, and a
// wire dateline's state is where the story was filed, not a place of the
// event; the dateline's town takes the text's own spelling.
func TestEventsTrailingSayerAndDateline(t *testing.T) {
	x := mustNew(t)
	r := x.Extract("The Rapid Support Forces seized the city of Wad Madani in Gezira state last December, the United Nations said.", monday)
	if len(r.Events) != 1 || slices.Contains(r.Events[0].Actors, "United Nations") || !slices.Contains(r.Events[0].Actors, "Rapid Support Forces") {
		t.Errorf("trailing sayer: %+v", r.Events)
	}
	r = x.Extract("KYIV, Ukraine (AP) — Russian forces launched a massive drone and missile attack on Kyiv overnight, killing at least 12 people.", monday)
	if len(r.Events) != 1 || !slices.Equal(r.Events[0].Places, []string{"Kyiv"}) {
		t.Errorf("dateline: %+v", r.Events)
	}
	for _, e := range r.Entities {
		if e.Type == "PLACE" && strings.EqualFold(e.Text, "Kyiv") && e.Canonical != "Kyiv" {
			t.Errorf("%+v: want the text's spelling Kyiv", e)
		}
	}
}

// Reporting clauses and appositives around the date: the sayer after a
// comma with an office is no actor, an article after a comma-set date
// opens the sayer's clause, a name set off by commas leaves its subject in
// the summary, and "said here Friday" dates a statement.
func TestEventsReportingShapes(t *testing.T) {
	x := mustNew(t)
	r := x.Extract("The Senate on Tuesday passed the bill, sending it to the House of Representatives, Majority Leader Chuck Schumer said.", monday)
	if len(r.Events) != 1 || slices.Contains(r.Events[0].Actors, "Chuck Schumer") {
		t.Errorf("sayer with an office: %+v", r.Events)
	}
	r = x.Extract("Hurricane Ian made landfall near Fort Myers, Florida, on Wednesday afternoon, the National Hurricane Center said.", monday)
	if len(r.Events) != 1 || r.Events[0].Summary != "Hurricane Ian made landfall near Fort Myers, Florida" {
		t.Errorf("comma-set date before the sayer: %+v", r.Events)
	}
	r = x.Extract("The group's leader, Abu Mohammad al-Julani, said the offensive began on Sunday.", monday)
	if len(r.Events) != 1 || !strings.HasPrefix(r.Events[0].Summary, "The group's leader, Abu Mohammad al-Julani,") {
		t.Errorf("appositive name: %+v", r.Events)
	}
	r = x.Extract("Hungary's accession to NATO has changed the balance in Europe, Prime Minister Viktor Orban said here Friday.", monday)
	if len(r.Events) != 0 {
		t.Errorf("a statement made here: %+v", r.Events)
	}
}

// A date that ends the period a figure is for, sets a debt's maturity or
// dates a figure compared with is no event; a rise on a day still is, and
// a period opening the sentence is set off by its comma like a date.
func TestEventsPeriodsDebtsAndPrices(t *testing.T) {
	x := mustNew(t)
	pub := time.Date(1989, 10, 26, 0, 0, 0, 0, time.UTC)
	wantNoEvents(t, x, pub,
		"Reed said that net income for the six months ended Sept. 30 slipped 5% to 89.7 million pounds.",
		"The company holds $150 million of convertible debentures due March 1, 2011.",
		"The dollar soared against the pound, which was at $1.5765 compared with $1.6145 Wednesday.",
		"The dollar rose to 142.10 yen from 141.85 late Wednesday.",
	)
	if r := x.Extract("The index rose to 2,650 from 2,600 on Friday.", pub); len(r.Events) != 1 {
		t.Errorf("a rise on a day: %+v", r.Events)
	}
	r := x.Extract("In the quarter ended July 31, Jayark had an average of 5.6 million shares outstanding.", pub)
	if want := "In the quarter, Jayark had an average of 5.6 million shares outstanding"; len(r.Events) != 1 || r.Events[0].Summary != want {
		t.Errorf("a period opening the sentence: %+v, want summary %q", r.Events, want)
	}
}

// A sentence that opens with a preposition or a subordinator and a phrase
// ending in the date and a comma goes on to its main clause; a "since"
// clause with a verb of its own is the dated happening itself.
func TestEventsOpeningAdverbial(t *testing.T) {
	x := mustNew(t)
	pub := time.Date(1989, 11, 2, 0, 0, 0, 0, time.UTC)
	wantSummaries(t, x, pub, map[string]string{
		"In New York Stock Exchange composite trading yesterday, Intelogic shares rose 37.5 cents to close at $2.75.": "In New York Stock Exchange composite trading, Intelogic shares rose 37.5 cents to close at $2.75",
		"Since the decision was announced Oct. 5, the relatives have said they will appeal.":                          "The decision was announced",
	})
}

// Phrases set off by commas inside a clause do not end it: a prepositional
// phrase before the verb, a parenthetical adverb, an opening phrase that
// runs on a little past its date.
func TestEventsParentheticals(t *testing.T) {
	x := mustNew(t)
	wantSummaries(t, x, monday, map[string]string{
		"On Sunday, police in the Comoros archipelago, off the Tanzanian coast, raided two homes.":                         "Police in the Comoros archipelago, off the Tanzanian coast, raided two homes",
		"More than two-thirds of the systems shipped, meanwhile, were products introduced in April.":                       "More than two-thirds of the systems shipped, meanwhile, were products introduced",
		"In Sunday's debate against Vacco, Spitzer attacked him for failing to enforce a court order.":                     "In Sunday's debate against Vacco, Spitzer attacked him for failing to enforce a court order",
		"Since KKR bought RJR in February for $25 billion of debt, it has agreed to sell nearly $5 billion of RJR assets.": "Since KKR bought RJR for $25 billion of debt, it has agreed to sell nearly $5 billion of RJR assets",
	})
}

// A person's age and home set off by commas leave the subject in the
// summary; a statement's issuing dates the statement, whoever tells of it.
func TestEventsAgeHomeAndIssuedStatements(t *testing.T) {
	x := mustNew(t)
	pub := time.Date(2016, 11, 26, 0, 0, 0, 0, time.UTC)
	r := x.Extract("Army Spc. Scott C. Dayton, 42, of Woodbridge, Virginia, died Nov. 24 in northern Syria.", pub)
	if want := "Army Spc. Scott C. Dayton, 42, of Woodbridge, Virginia, died in northern Syria"; len(r.Events) != 1 || r.Events[0].Summary != want ||
		!slices.Equal(r.Events[0].Places, []string{"Syria"}) {
		t.Errorf("age and home: %+v, want summary %q placed in Syria alone", r.Events, want)
	}
	wantNoEvents(t, x, pub,
		"According to a DoD news release issued Nov. 24, the soldier died.",
		"A video posted online on Thursday showed armed men in the desert.",
	)
}

// Bodies listed or named with the unit above them, by a comma or a dash,
// break no clause.
func TestEventsUnitNamesInOneClause(t *testing.T) {
	x := mustNew(t)
	pub := time.Date(2016, 10, 27, 0, 0, 0, 0, time.UTC)
	r := x.Extract("A cool, hazy morning greeted the Jordan Armed Forces – Arab Army as they welcomed Soldiers visiting from 3rd Battalion, 321st Field Artillery Regiment for a live-fire exercise October 25-26, 2016.", pub)
	if len(r.Events) != 1 || !strings.HasPrefix(r.Events[0].Summary, "A cool, hazy morning greeted the Jordan Armed Forces – Arab Army") {
		t.Errorf("events %+v", r.Events)
	}
}

// A weekday that names its rite stays in the summary.
func TestEventsWeekdayRite(t *testing.T) {
	x := mustNew(t)
	r := x.Extract("Protesters marched after Friday prayers in Homs.", monday)
	if len(r.Events) != 1 || r.Events[0].Summary != "Protesters marched after Friday prayers in Homs" || r.Events[0].Date != "2017-04-21" {
		t.Errorf("events %+v", r.Events)
	}
}

// A relative clause with the date is about the person named before it,
// also after a description set off by commas.
func TestEventsRelativeClauseOnAPerson(t *testing.T) {
	x := mustNew(t)
	r := x.Extract("\"I haven't seen a pattern yet,\" said Patricia Hurt, the Essex County prosecutor, who created the task force on Tuesday.", monday)
	if len(r.Events) != 1 || r.Events[0].Summary != "Patricia Hurt who created the task force" || !slices.Equal(r.Events[0].Actors, []string{"Patricia Hurt"}) {
		t.Errorf("events %+v", r.Events)
	}
}

// A second verb whose subject "and" left out takes the sentence's subject.
func TestEventsElidedSubject(t *testing.T) {
	x := mustNew(t)
	pub := time.Date(1999, 4, 10, 0, 0, 0, 0, time.UTC)
	wantSummaries(t, x, pub, map[string]string{
		"Kopp's car was spotted in Slepian's neighborhood before the shooting, and was found abandoned at the Newark, N.J., airport in December.": "Kopp's car was found abandoned at the Newark, N.J., airport",
	})
}

// A clause cut after "and" or "but" reads without it.
func TestSummaryDropsLeadingConjunction(t *testing.T) {
	x := mustNew(t)
	r := x.Extract("But Sinn Fein leader Gerry Adams kept his party out pending meetings on Sunday.", monday)
	if len(r.Events) != 1 || r.Events[0].Summary != "Sinn Fein leader Gerry Adams kept his party out pending meetings" {
		t.Errorf("events %+v", r.Events)
	}
}

// A name set off by commas before the verb stays in the summary with its
// subject; a statement "released late on Monday" is a report, not an event.
func TestEventsAppositiveSubjectAndLateStatement(t *testing.T) {
	x := mustNew(t)
	pub := time.Date(2024, 4, 17, 0, 0, 0, 0, time.UTC)
	wantSummaries(t, x, pub, map[string]string{
		"The United Nations envoy for Yemen, Hans Grundberg, is due to brief the Security Council on Thursday.":            "The United Nations envoy for Yemen, Hans Grundberg, is due to brief the Security Council",
		"In Cape Town, South Africa, police spokesman Rod Beer said the police arrested Mohamed on Friday at the airport.": "In Cape Town, South Africa, police spokesman Rod Beer said the police arrested Mohamed at the airport",
	})
	wantNoEvents(t, x, pub,
		"Two people were killed in the shelling, the Syrian Observatory for Human Rights said late on Monday.",
		"The army denied the claim in a statement released late on Monday.",
		"The ministry said early on Tuesday that the talks would go on.",
	)
}

// "Overnight into Thursday" goes with its day; a participle with its agent
// set off by commas ("the school, run by the UN agency …,") describes the
// noun before it, also when it does not end in "-ed".
func TestSummaryOvernightAndReducedRelative(t *testing.T) {
	x := mustNew(t)
	pub := time.Date(2024, 11, 28, 0, 0, 0, 0, time.UTC)
	wantSummaries(t, x, pub, map[string]string{
		"Russian drones and missiles pounded Ukraine's power grid overnight into Thursday, officials said.":                "Russian drones and missiles pounded Ukraine's power grid",
		"The strike hit the Abu Hussein school, run by the UN agency for Palestinian refugees (UNRWA), at around 2:00 am.": "The strike hit the Abu Hussein school",
	})
}

// wantSummaries checks that each text gives one event with the summary
// wanted.
func wantSummaries(t *testing.T, x *Extractor, pub time.Time, want map[string]string) {
	t.Helper()
	for text, w := range want {
		r := x.Extract(text, pub)
		if len(r.Events) != 1 || r.Events[0].Summary != w {
			t.Errorf("%q: events %+v, want summary %q", text, r.Events, w)
		}
	}
}

// wantSummaryAmong checks that each text gives, among its events, one
// with the summary wanted.
func wantSummaryAmong(t *testing.T, x *Extractor, pub time.Time, cases []struct{ text, want string }) {
	t.Helper()
	for _, c := range cases {
		var got []string
		for _, e := range x.Extract(c.text, pub).Events {
			got = append(got, e.Summary)
		}
		if !slices.Contains(got, c.want) {
			t.Errorf("%q: summaries %q, want %q", c.text, got, c.want)
		}
	}
}

// wantDatedSummaries checks that each text gives exactly the events
// wanted, each written as its date, a space and its summary.
func wantDatedSummaries(t *testing.T, x *Extractor, pub time.Time, want map[string][]string) {
	t.Helper()
	for text, w := range want {
		var got []string
		for _, e := range x.Extract(text, pub).Events {
			got = append(got, e.Date+" "+e.Summary)
		}
		if !slices.Equal(got, w) {
			t.Errorf("%q: events %q, want %q", text, got, w)
		}
	}
}

// wantNoEvents checks that no text gives an event.
func wantNoEvents(t *testing.T, x *Extractor, pub time.Time, texts ...string) {
	t.Helper()
	for _, text := range texts {
		if r := x.Extract(text, pub); len(r.Events) != 0 {
			t.Errorf("%q: want no event, got %+v", text, r.Events)
		}
	}
}

// A statement dated by its report carries an event when what it reports
// is a happening told in the past ("said on Sunday they had taken …"); a
// plan, a quotation or a claim with a date of its own does not, and the
// claim is less sure than a dated happening.
func TestReportedClaims(t *testing.T) {
	x := mustNew(t)
	for _, c := range []struct {
		text, date, summary string
	}{
		{"The Rapid Support Forces said on Sunday they had taken full control of El Fasher, after an 18-month siege that the United Nations says has left thousands trapped.",
			"2017-04-23", "The Rapid Support Forces said they had taken full control of El Fasher"},
		{"The monitor reported Saturday that air strikes killed dozens of people in al-Quria.",
			"2017-04-22", "The monitor reported that air strikes killed dozens of people in al-Quria"},
		{"State television said on Tuesday that five people had been killed in rocket attacks on Aleppo.",
			"2017-04-18", "State television said that five people had been killed in rocket attacks on Aleppo"},
		{"The ministry said on Wednesday it would raise the attack at the Security Council.", "", ""},
		{"The envoy said on Wednesday the talks were on the right track.", "", ""},
		{"The commander told Syria Direct on Monday, \"we captured the hill.\"", "", ""},
		{"Eyad al-Homsi, a spokesman for Jaish a-Nasr, told Syria Direct the day after the offensives began.", "", ""},
		{"The army said on Monday that rebels had shelled the town on Saturday.", "2017-04-22", "Rebels had shelled the town"},
	} {
		r := x.Extract(c.text, monday)
		if c.date == "" {
			if len(r.Events) != 0 {
				t.Errorf("%q: want no event, got %+v", c.text, r.Events)
			}
			continue
		}
		if len(r.Events) != 1 || r.Events[0].Date != c.date || r.Events[0].Summary != c.summary {
			t.Errorf("%q: events %+v, want one on %s: %q", c.text, r.Events, c.date, c.summary)
			continue
		}
		if ev := r.Events[0]; c.date == "2017-04-23" && (ev.Confidence > 0.85 || slices.Contains(ev.Actors, "United Nations")) {
			t.Errorf("claim %+v: want less confidence than a dated happening, and the UN (who says) no actor", ev)
		}
	}
}

// "until" after a past verb of going on ends a span behind the article's
// day; a deadline set ("extended … until") or a plan looks ahead.
func TestUntilAfterPastVerb(t *testing.T) {
	x := mustNew(t)
	for _, c := range []struct{ text, want string }{
		{"Shelling continued until Sunday.", "2017-04-23"},
		{"The strikes went on until the early hours of Sunday.", "2017-04-23"},
		{"The fighting lasted until Sunday.", "2017-04-23"},
		{"The truce lasts until Sunday.", "2017-04-30"},
		{"The government extended the curfew until Sunday.", "2017-04-30"},
		{"The curfew will last until Sunday.", "2017-04-30"},
	} {
		r := x.Extract(c.text, monday)
		if len(r.Timexes) != 1 || r.Timexes[0].Value != c.want {
			t.Errorf("%q: timexes %+v, want %s", c.text, r.Timexes, c.want)
		}
	}
}

// The one who tells of an event after a comma is no actor, with an office
// in lower case before the name or an owner before it, and the owner is
// no place; a list of subjects stays the actors. A linking adverb that
// opens the clause leaves the summary.
func TestTrailingSayersWithOffices(t *testing.T) {
	x := mustNew(t)
	for _, c := range []struct {
		text, summary  string
		actors, places []string
	}{
		{"A Russian missile slammed into an apartment building in Dnipro on Tuesday, killing at least 12 people, regional Gov. Serhii Lysak said.",
			"A Russian missile slammed into an apartment building in Dnipro", nil, []string{"Dnipro"}},
		{"Rescuers were searching the rubble in Dnipro late Tuesday, Ukraine's State Emergency Service said.",
			"Rescuers were searching the rubble in Dnipro", nil, []string{"Dnipro"}},
		{"An aid convoy operated by the World Food Programme was turned back at the Erez crossing on Saturday, the agency's spokesperson Abeer Etefa said.",
			"An aid convoy operated by the World Food Programme was turned back at the Erez crossing", []string{"World Food Programme"}, []string{"Erez"}},
		{"Meanwhile, Sandy Berger and defense secretary William Cohen announced plans to travel on Tuesday.",
			"Sandy Berger and defense secretary William Cohen announced plans to travel", []string{"Sandy Berger", "William Cohen"}, nil},
	} {
		r := x.Extract(c.text, monday)
		if len(r.Events) != 1 {
			t.Errorf("%q: want one event, got %+v", c.text, r.Events)
			continue
		}
		ev := r.Events[0]
		if ev.Summary != c.summary || !slices.Equal(ev.Actors, c.actors) || c.places != nil && !slices.Equal(ev.Places, c.places) {
			t.Errorf("%q: got %q %v %v, want %q %v %v", c.text, ev.Summary, ev.Actors, ev.Places, c.summary, c.actors, c.places)
		}
	}
}

// A situation report: a list item's bullet opens no scrap, a tally since
// a date that opens the clause is no event, "(as of …)" stamps the report,
// a border crossing is a place and a struck hospital no actor.
func TestSituationReport(t *testing.T) {
	x := mustNew(t)
	text := "Syria: Flash Update No. 3 - Escalation in North-West Syria (as of 24 April 2017)\n\n" +
		"HIGHLIGHTS\n" +
		"- Since 17 April, more than 115,000 people have been displaced in Idleb.\n" +
		"- On 22 April, airstrikes hit Idleb city, killing at least 11 civilians.\n" +
		"- The Bab al-Hawa border crossing remains open; 42 trucks crossed on 23 April.\n\n" +
		"On 21 April, aircraft struck several locations in Idleb governorate, including the Idleb University Hospital.\n" +
		"Since April 18, the rebels have held the town.\n"
	r := x.Extract(text, monday)
	got := eventsByDate(r)
	for date, want := range map[string]string{
		"2017-04-22": "Airstrikes hit Idleb city",
		"2017-04-23": "The Bab al-Hawa border crossing remains open; 42 trucks crossed",
		"2017-04-21": "Aircraft struck several locations in Idleb governorate",
		"2017-04-18": "The rebels have held the town",
	} {
		if got[date].Summary != want {
			t.Errorf("event on %s = %q, want %q", date, got[date].Summary, want)
		}
	}
	for _, date := range []string{"2017-04-24", "2017-04-17"} {
		if ev, ok := got[date]; ok {
			t.Errorf("want no event on %s (a report's stamp, a tally), got %+v", date, ev)
		}
	}
	if ev := got["2017-04-23"]; !slices.Equal(ev.Places, []string{"Bab al-Hawa"}) {
		t.Errorf("crossing event places %v, want Bab al-Hawa", ev.Places)
	}
	if ev := got["2017-04-21"]; len(ev.Actors) != 0 {
		t.Errorf("struck hospital is an actor: %v", ev.Actors)
	}
	if s := summarizeText(t, x, "Rebels were killed in battles (since Monday) against ISIL in Markada on Sunday."); strings.Contains(s, "(") {
		t.Errorf("summary keeps an emptied parenthesis: %q", s)
	}
}

func summarizeText(t *testing.T, x *Extractor, text string) string {
	t.Helper()
	r := x.Extract(text, monday)
	if len(r.Events) == 0 {
		t.Fatalf("%q: no event", text)
	}
	return r.Events[0].Summary
}

// A headline the page repeats after its date tells the lead's happening:
// one event, the story's. A headline whose happening the story tells of
// another town, or not at all, keeps its event.
func TestHeadlineRestatement(t *testing.T) {
	x := mustNew(t)
	sunday := time.Date(2015, 2, 23, 0, 0, 0, 0, time.UTC)
	text := "Suicide bomber kills 4 in Assad clans hometown\n\n" +
		"Sun 22 Feb 2015 Suicide bomber kills 4 in Assad clans hometown. A suicide bomber driving an ambulance killed four people on Sunday in an attack on a hospital in Qardaha, a monitoring group said.\n"
	r := x.Extract(text, sunday)
	if len(r.Events) != 1 || !strings.HasPrefix(r.Events[0].Summary, "A suicide bomber driving an ambulance killed four people") {
		t.Errorf("want the lead's event only, got %+v", r.Events)
	}
	text = "13 citizens killed in terrorist attacks on neighborhoods in Aleppo\n\n" +
		"Sun 22 Feb 2015 13 citizens killed in terrorist attacks on neighborhoods in Aleppo. A terrorist rocket attack injured three civilians in Lattakia countryside on Sunday.\n"
	if r := x.Extract(text, sunday); len(r.Events) != 2 {
		t.Errorf("a roundup's headline about another town: want two events, got %+v", r.Events)
	}
}

// The clause a date belongs to: a "since" clause with its own verb holds
// the date, not the main clause ("has relied on Russian fighters since
// French forces withdrew in August 2022"; after "after" the date may be
// either verb's, and the sentence stays whole); a long subject
// with its acronym in brackets and an appositive keeps the subject; a
// place phrase set off by commas before a closing date stays inside its
// clause.
func TestEventClauseOfTheDate(t *testing.T) {
	x := mustNew(t)
	for text, want := range map[string]string{
		"The junta led by Colonel Assimi Goita has relied on Russian fighters since French forces withdrew in August 2022.":                                                               "French forces withdrew",
		"Rebels entered the town after government troops pulled out on Sunday.":                                                                                                           "Rebels entered the town after government troops pulled out",
		"The Myanmar National Democratic Alliance Army (MNDAA), one of three groups in the Three Brotherhood Alliance, said its fighters took full control of the town late on Saturday.": "The Myanmar National Democratic Alliance Army (MNDAA) said its fighters took full control of the town",
		"Since the war began in March 2011, more than 500,000 people have been killed.":                                                                                                   "The war began",
		"Gangs have expanded into the Artibonite since the assassination of President Jovenel Moise in July 2021.":                                                                        "The assassination of President Jovenel Moise",
		"Rebels said they killed dozens of soldiers in fighting near the town of Tinzaouaten, close to the border with Algeria, last week.":                                               "Rebels said they killed dozens of soldiers in fighting near the town of Tinzaouaten, close to the border with Algeria",
	} {
		if got := summarizeText(t, x, text); got != want {
			t.Errorf("%q\n summary %q\n want    %q", text, got, want)
		}
	}
	r := x.Extract("The junta led by Colonel Assimi Goita has relied on Russian fighters since French forces withdrew in August 2022.", monday)
	if len(r.Events) != 1 || len(r.Events[0].Actors) != 1 || r.Events[0].Actors[0] != "French forces" {
		t.Errorf("the withdrawal's actors: %+v, want French forces only", r.Events)
	}
	// a date right after "since" is the main clause's: no clause of its own
	if got := summarizeText(t, x, "The army has shelled the town since Sunday, when rebels entered it."); got != "The army has shelled the town" && got != "" {
		t.Logf("since-date summary: %q", got)
	}
}

// A sayer put after the clause, verb first (", said X, a spokesman for the
// U.N. office in Geneva"), names neither actors nor the event's place; a
// platform a statement was posted on is no actor.
func TestSayerAfterTheClause(t *testing.T) {
	x := mustNew(t)
	r := x.Extract("The attack happened early Thursday and was carried out by the Gran Grif gang, which controls much of the Artibonite region, said Thameen Al-Kheetan, a spokesman for the U.N. office in Geneva.", monday)
	if len(r.Events) != 1 {
		t.Fatalf("events %+v, want one", r.Events)
	}
	ev := r.Events[0]
	if !slices.Equal(ev.Actors, []string{"Gran Grif"}) || slices.Contains(ev.Places, "Geneva") {
		t.Errorf("actors %v places %v: want the gang only, and not Geneva", ev.Actors, ev.Places)
	}
	r = x.Extract("Wagner acknowledged the losses in a message on Telegram on Monday, saying its commander had been killed.", monday)
	if len(r.Events) != 1 || slices.Contains(r.Events[0].Actors, "Telegram") {
		t.Errorf("events %+v: Telegram is no actor", r.Events)
	}
}

// Wire leads from the Congo and Lebanon: a three-part dateline goes from
// the summary; examples set off by commas ("including nine South
// Africans") leave the tally its count; a place's examples belong to the
// clause before them; a sayer named before "said," with another clause
// after it takes its names out of the event.
func TestWireLeadsCongoLebanon(t *testing.T) {
	x := mustNew(t)
	pub := time.Date(2025, 1, 27, 0, 0, 0, 0, time.UTC)
	text := "GOMA, Democratic Republic of Congo, Jan 27 (Reuters) - Rwanda-backed M23 rebels said on Monday they had captured Goma, the largest city in eastern Congo.\n\n" +
		"At least 13 peacekeepers and foreign soldiers, including nine South Africans, have been killed in fighting since Thursday, according to officials.\n\n" +
		"The group has since taken swathes of North Kivu province, including the mining town of Rubaya in April 2024.\n\n" +
		"Israeli air strikes on the town of Nabatieh killed at least 12 people on Sunday, Lebanon's health ministry said, as Hezbollah said it fired rockets at a military base near Haifa.\n"
	r := x.Extract(text, pub)
	got := eventsByDate(r)
	for date, want := range map[string]string{
		"2025-01-27": "Rwanda-backed M23 rebels said they had captured Goma",
		"2024-04":    "The group has since taken swathes of North Kivu province, including the mining town of Rubaya",
		"2025-01-26": "Israeli air strikes on the town of Nabatieh killed at least 12 people",
	} {
		if got[date].Summary != want {
			t.Errorf("event on %s = %q, want %q", date, got[date].Summary, want)
		}
	}
	if ev, ok := got["2025-01-23"]; ok {
		t.Errorf("a tally since Thursday became an event: %+v", ev)
	}
	if ev := got["2025-01-26"]; len(ev.Actors) != 0 || slices.Contains(ev.Places, "Haifa") {
		t.Errorf("the strikes' actors %v places %v: Hezbollah and Haifa are another clause's", ev.Actors, ev.Places)
	}
	if e := entityOf(r, "South"); e != nil {
		t.Errorf("South of South Africans is an entity: %+v", e)
	}
	r = x.Extract("Israeli drones hit a training camp of the Golani Brigade near Binyamina on Sunday.", monday)
	if e := entityOf(r, "Golani Brigade"); e == nil || e.Type != "ORG" {
		t.Errorf("Golani Brigade = %+v, want ORG (not the listed Golani)", e)
	}
}

// What a response answered is the dated happening ("a response to Israeli
// strikes on Beirut on Thursday that killed 22 people"); a sayer named
// before "said," with another clause after it takes that clause's names
// out, but not a participle that goes on with the event; another date's
// year after its comma stays in the summary.
func TestAnsweredHappeningsAndSayers(t *testing.T) {
	x := mustNew(t)
	wantSummaries(t, x, monday, map[string]string{
		"Hezbollah claimed the drone attack in a statement, saying it was a response to Israeli strikes on Beirut on Thursday that killed 22 people.": "Israeli strikes on Beirut that killed 22 people",
		"The militants fired rockets at Sderot in retaliation for an Israeli raid on Jenin on Monday.":                                                "An Israeli raid on Jenin",
		"Last month, the U.N. Security Council extended the mission's mandate until October 2, 2025.":                                                 "The U.N. Security Council extended the mission's mandate until October 2, 2025",
	})
	r := x.Extract("Hezbollah claimed the drone attack in a statement, saying it was a response to Israeli strikes on Beirut on Thursday that killed 22 people.", monday)
	if len(r.Events) != 1 || len(r.Events[0].Actors) != 0 {
		t.Errorf("the strikes' actors: %+v, want none (Hezbollah answered them)", r.Events)
	}
	r = x.Extract("Gunfire rang out across the city overnight and into Monday morning, residents said, and some Congolese soldiers were seen handing their weapons to U.N. peacekeepers at the border with Rwanda.", monday)
	if len(r.Events) != 1 || len(r.Events[0].Actors) != 0 || slices.Contains(r.Events[0].Places, "Rwanda") {
		t.Errorf("gunfire event %+v: the clause after the sayer names no actor or place of it", r.Events)
	}
	r = x.Extract("Rebels shelled the town on Sunday, residents said, killing 12 people in the Salaheddin district of Aleppo.", monday)
	if len(r.Events) != 1 || !slices.Contains(r.Events[0].Places, "Aleppo") {
		t.Errorf("shelling event %+v: the participle after the sayer goes on with the event", r.Events)
	}
}

// An "after" clause with a date of its own, after the main clause's date,
// is another event with its own names; the main clause's event keeps
// neither its words nor its names. Two datelines in one leave the
// summary, and a firm named after its kind is an organisation.
func TestAfterClauseWithItsOwnDate(t *testing.T) {
	x := mustNew(t)
	pub := time.Date(2024, 2, 4, 0, 0, 0, 0, time.UTC)
	text := "DUBAI/WASHINGTON, Feb 4 (Reuters) - The United States and Britain struck 36 Houthi targets across Yemen on Saturday, the Pentagon said, " +
		"in a second day of major strikes against the Iran-backed group after a drone attack killed three U.S. soldiers in Jordan a week ago.\n\n" +
		"Shipping firm Maersk said on January 5 it would pause all sailings through the Red Sea.\n"
	r := x.Extract(text, pub)
	got := eventsByDate(r)
	if ev := got["2024-02-03"]; ev.Summary != "The United States and Britain struck 36 Houthi targets across Yemen" || slices.Contains(ev.Places, "Jordan") {
		t.Errorf("Saturday's strikes: %+v", ev)
	}
	if ev := got["2024-W04"]; ev.Summary != "A drone attack killed three U.S. soldiers in Jordan" || !slices.Equal(ev.Places, []string{"Jordan"}) {
		t.Errorf("last week's drone attack: %+v", ev)
	}
	if e := entityOf(r, "Maersk"); e == nil || e.Type != "ORG" {
		t.Errorf("Maersk = %+v, want ORG", e)
	}
	// without a date of the main clause before it, the "after" clause
	// stays in the sentence
	wantSummaries(t, x, monday, map[string]string{
		"Rebels entered the town after government troops pulled out on Sunday.": "Rebels entered the town after government troops pulled out",
	})
}

// A report's title dated at its end is its stamp; the story's lead takes
// the place of its headline's event of the same day and town; a holiday a
// verb celebrates stays in the summary; a source "according to the
// Russian Ministry of Defense (MoD)" is no actor, nor is its acronym.
func TestReportTitlesHeadlinesAndHolidays(t *testing.T) {
	x := mustNew(t)
	pub := time.Date(2024, 11, 18, 0, 0, 0, 0, time.UTC)
	r := x.Extract("Russian Offensive Campaign Assessment, November 18, 2024\n\n"+
		"Ukrainian forces struck a Russian ammunition depot in Bryansk Oblast on November 19, according to the Russian Ministry of Defense (MoD).\n", pub)
	if len(r.Events) != 1 || r.Events[0].Date != "2024-11-19" || len(r.Events[0].Actors) != 1 || r.Events[0].Actors[0] != "Ukrainian forces" {
		t.Errorf("events %+v: want only the strike, by Ukrainian forces", r.Events)
	}
	pub = time.Date(2025, 5, 12, 0, 0, 0, 0, time.UTC)
	r = x.Extract("Sudan: Humanitarian Update — El Fasher, 12 May\n\n"+
		"On 6 May, a drone strike hit the fuel depot at Port Sudan.\n", pub)
	if len(r.Events) != 1 || r.Events[0].Date != "2025-05-06" {
		t.Errorf("events %+v: want only the strike, not the report's title", r.Events)
	}
	pub = time.Date(2025, 4, 14, 0, 0, 0, 0, time.UTC)
	r = x.Extract("Russian missile strike on Sumy kills 34 on Palm Sunday\n\n"+
		"KYIV, Ukraine (AP) — Two Russian ballistic missiles slammed into the heart of the northern Ukrainian city of Sumy as people gathered to celebrate Palm Sunday, killing 34 people, officials said.\n", pub)
	want := "Two Russian ballistic missiles slammed into the heart of the northern Ukrainian city of Sumy as people gathered to celebrate Palm Sunday"
	if len(r.Events) != 1 || r.Events[0].Summary != want || r.Events[0].Date != "2025-04-13" {
		t.Errorf("events %+v: want the lead's, %q", r.Events, want)
	}
}

// eventsByDate indexes a result's events by their date (the last one of a
// date wins).
func eventsByDate(r Result) map[string]Event {
	got := map[string]Event{}
	for _, ev := range r.Events {
		got[ev.Date] = ev
	}
	return got
}

// A comma that closes a date phrase opening the sentence sets off no
// sayer: the one who speaks or acts after it is the event's actor.
func TestActorAfterOpeningDatePhrase(t *testing.T) {
	x := mustNew(t)
	for _, c := range []struct{ text, actor string }{
		{"On Wednesday, Prime Minister Benjamin Netanyahu told the Knesset that the war would continue.", "Benjamin Netanyahu"},
		{"Last week, the RSF announced a rival government in Nyala, a move condemned by the African Union.", "Rapid Support Forces"},
		{"In a televised address on Sunday, Vladimir Putin announced a partial mobilisation.", "Vladimir Putin"},
	} {
		r := x.Extract(c.text, monday)
		if len(r.Events) != 1 || !slices.Contains(r.Events[0].Actors, c.actor) {
			t.Errorf("%q: events %+v, want one with actor %q", c.text, r.Events, c.actor)
		}
	}
	// a sayer after the event's words is still no actor
	r := x.Extract("Rebels seized the town of Tabqa on Sunday, the Syrian Observatory for Human Rights said.", monday)
	if len(r.Events) != 1 || slices.Contains(r.Events[0].Actors, "Syrian Observatory for Human Rights") {
		t.Errorf("trailing sayer: events %+v", r.Events)
	}
	// nor is one who denies it in a relative clause
	r = x.Extract("On Saturday, it said its forces had captured the village of Basivka, a claim that Ukraine's General Staff denied.", monday)
	if len(r.Events) != 1 || len(r.Events[0].Actors) != 0 {
		t.Errorf("denial: events %+v, want one without actors", r.Events)
	}
}

// A participle clause with a date of its own ("…, killing its leader … on
// September 27") is another event: its names are not the first one's.
// "The strike" takes the town where the story's strike before it hit.
func TestParticipleClauseAndAttackPlace(t *testing.T) {
	x := mustNew(t)
	r := x.Extract("Israel escalated its campaign against the group last month, killing its longtime leader Hassan Nasrallah in an air strike on Beirut's southern suburbs on September 27.", monday)
	byDate := eventsByDate(r)
	if ev, ok := byDate["2017-03"]; !ok || slices.Contains(ev.Actors, "Hassan Nasrallah") {
		t.Errorf("last month: %+v, want an event without Nasrallah (all: %+v)", ev, r.Events)
	}
	if ev, ok := byDate["2016-09-27"]; !ok || !slices.Contains(ev.Actors, "Hassan Nasrallah") {
		t.Errorf("September 27: %+v, want an event with Nasrallah (all: %+v)", ev, r.Events)
	}
	r = x.Extract("Hezbollah fired rockets after an Israeli air strike killed 21 people in the village of Aitou in northern Lebanon. The strike on Sunday hit a residential building.", monday)
	if ev, ok := eventsByDate(r)["2017-04-23"]; !ok || len(ev.Places) == 0 || ev.Places[0] != "Aitou" {
		t.Errorf("the strike: %+v, want it placed in Aitou (all: %+v)", ev, r.Events)
	}
}

// A relative clause ending the sentence with a date of its own tells of
// the noun before it: the summary is that noun and the clause, not the
// main clause that the date does not date; a subject relative ("which
// was", "who visited") reads as the noun's own clause.
func TestTrailingRelativeClauseEvents(t *testing.T) {
	x := mustNew(t)
	for _, c := range []struct{ text, want string }{
		{"Rebels seized the base, which was recaptured by the army in March 2016.", "The base was recaptured by the army"},
		{"They sank two ships and seized a third, the Galaxy Leader, whose crew was released in January 2017.", "The Galaxy Leader, whose crew was released"},
		{"Rebels seized Tabqa, which the army retook on Sunday.", "Tabqa, which the army retook"},
		{"Analysts expect a possible acquisition by Thermo Electron, which agreed to buy the unit in February 2016.", "A possible acquisition by Thermo Electron, which agreed to buy the unit"},
		{"Putin sent a message to Trump through US Special Envoy Steve Witkoff, who visited Moscow on March 13.", "US Special Envoy Steve Witkoff visited Moscow"},
		// a relative clause on the subject, with the main clause after it
		{"The insurgency, which began in October 2016 in the port town of Mocimboa da Praia, has killed thousands.", "The insurgency began in the port town of Mocimboa da Praia"},
	} {
		r := x.Extract(c.text, monday)
		if len(r.Events) != 1 || r.Events[0].Summary != c.want {
			t.Errorf("%q: events %+v, want one with summary %q", c.text, r.Events, c.want)
		}
	}
	// the antecedent, as the clause's subject, is its actor; the main
	// clause's are not
	r := x.Extract("Putin sent a message to Trump through US Special Envoy Steve Witkoff, who visited Moscow on March 13.", monday)
	if len(r.Events) != 1 || !slices.Equal(r.Events[0].Actors, []string{"Steve Witkoff"}) {
		t.Errorf("events %+v: want Steve Witkoff the only actor", r.Events)
	}
}

// A body's speaker after it ("a Taliban spokesman said", "Taliban
// spokesman Zabihullah Mujahid said") tells of the event: the body is no
// actor in it. A dated report title in brackets is no event.
func TestBodySpeakerIsNoActor(t *testing.T) {
	x := mustNew(t)
	pub := time.Date(2025, 6, 12, 0, 0, 0, 0, time.UTC)
	r := x.Extract("Democratic Republic of the Congo: North Kivu Flash Update No. 4 (12 March 2025)\n\n"+
		"A suicide bomber struck a crowded market on Thursday, killing at least 11 people, a Taliban spokesman said. "+
		"Gunmen stormed a school in Herat on Wednesday, Taliban spokesman Zabihullah Mujahid said. "+
		"Taliban fighters seized a border post on Tuesday, an army official told AFP.\n", pub)
	got := eventsByDate(r)
	if len(r.Events) != 3 {
		t.Fatalf("events %+v: want three, none of the report's title", r.Events)
	}
	for _, day := range []string{"2025-06-12", "2025-06-11"} {
		if ev := got[day]; len(ev.Actors) != 0 {
			t.Errorf("%s: actors %v, want none (the Taliban only speak)", day, ev.Actors)
		}
	}
	if ev := got["2025-06-10"]; len(ev.Actors) != 1 || ev.Actors[0] != "Taliban" {
		t.Errorf("2025-06-10: actors %v, want the Taliban", ev.Actors)
	}
}

// A sentence that opens with who said it tells, in its summary, what was
// said; the sayers are no actors. A pronoun or "the company" after the
// verb names the sayer again, and a thing reported is no statement: the
// frame stays.
func TestSayerFrameLeftOut(t *testing.T) {
	x := mustNew(t)
	for _, c := range []struct{ text, summary, notActor string }{
		{"UN investigators said aerial bombardment by Syrian forces killed 20 people in Idlib on Sunday.", "Aerial bombardment by Syrian forces killed 20 people in Idlib", "United Nations"},
		{"Residents said at least 30 people were killed in drone strikes on Monday.", "At least 30 people were killed in drone strikes", ""},
		{"The Ethiopian Human Rights Commission said last month that federal forces had killed dozens of civilians in Merawi in January.", "Federal forces had killed dozens of civilians in Merawi", "Ethiopian Human Rights Commission"},
		{"A source at Aleppo police command said in a statement to SANA reporter that terrorists shelled al-Midan on Sunday.", "Terrorists shelled al-Midan", ""},
		{"Reports said earlier that the Syrian Army pushed ISIS back from Palmyra on Sunday.", "The Syrian Army pushed ISIS back from Palmyra", ""},
		{"The Nusra Front said it carried out a twin bombing in Homs on Sunday.", "The Nusra Front said it carried out a twin bombing in Homs", ""},
		{"An IBM spokeswoman said the company stopped shipping the product on Sunday.", "An IBM spokeswoman said the company stopped shipping the product", ""},
		{"The Observatory reported the airstrikes in Idlib on Sunday.", "The Observatory reported the airstrikes in Idlib", ""},
		{"Syrians inspect the damage following a reported airstrike in Aleppo on Sunday.", "Syrians inspect the damage following a reported airstrike in Aleppo", ""},
		{"The president told reporters in the Rose Garden on Sunday.", "The president told reporters in the Rose Garden", ""},
	} {
		r := x.Extract(c.text, monday)
		if len(r.Events) != 1 || r.Events[0].Summary != c.summary {
			t.Errorf("%q: events %+v, want one with summary %q", c.text, r.Events, c.summary)
			continue
		}
		if c.notActor != "" && slices.Contains(r.Events[0].Actors, c.notActor) {
			t.Errorf("%q: actors %v, want no %s (it only said so)", c.text, r.Events[0].Actors, c.notActor)
		}
	}
}

// A name before a building's kind in lower case names the building, not
// an actor: "Troops raided Kamal Adwan hospital".
func TestFacilityNameIsNoActor(t *testing.T) {
	x := mustNew(t)
	r := x.Extract("Israeli troops raided Kamal Adwan hospital in Beit Lahiya on Sunday.", monday)
	if len(r.Events) != 1 || slices.Contains(r.Events[0].Actors, "Kamal Adwan") {
		t.Errorf("events %+v: want one, with no Kamal Adwan among its actors", r.Events)
	}
}

// The body a source speaks for ("according to a member of the local
// People's Defense Force (PDF)") is no actor, nor its acronym; a clock
// time in the sentence after a dated one is on that day.
func TestSourceMemberAndClockTimeOfDayBefore(t *testing.T) {
	x := mustNew(t)
	pub := time.Date(2025, 7, 12, 0, 0, 0, 0, time.UTC)
	r := x.Extract("An airstrike killed at least 20 people sheltering in a monastery in Sagaing Region early on Friday, residents said.\n\n"+
		"The strike hit Lin Ta Lu village at about 1 a.m., according to a member of the local People's Defense Force (PDF).\n", pub)
	for _, tx := range r.Timexes {
		if tx.Text == "1 a.m." && tx.Value != "2025-07-11T01:00" {
			t.Errorf("1 a.m.: %s, want Friday's (2025-07-11T01:00)", tx.Value)
		}
	}
	for _, ev := range r.Events {
		if len(ev.Actors) != 0 || ev.Date != "2025-07-11" {
			t.Errorf("event %+v: want Friday's, with no actor (the PDF only told of it)", ev)
		}
	}
}

// A palace is taken, not taking: "the Republican Palace" is no actor.
func TestPalaceIsNoActor(t *testing.T) {
	x := mustNew(t)
	r := x.Extract("In Khartoum, the army recaptured the Republican Palace on Sunday.", monday)
	if len(r.Events) != 1 || slices.Contains(r.Events[0].Actors, "Republican Palace") {
		t.Errorf("events %+v: want one, without the palace among its actors", r.Events)
	}
}

// ", the Civil Defence agency said": the kind of body after its name
// still makes it the sayer.
func TestBodyKindSayerIsNoActor(t *testing.T) {
	x := mustNew(t)
	r := x.Extract("A home in the Jabalia refugee camp was hit by an air strike on Sunday, the Civil Defence agency said.", monday)
	if len(r.Events) != 1 || len(r.Events[0].Actors) != 0 {
		t.Errorf("events %+v: want one with no actor", r.Events)
	}
}

// A where-clause after a place with its own date tells its own
// happening, at that place; the main clause's sayers are not its actors.
func TestWhereClauseEvent(t *testing.T) {
	x := mustNew(t)
	pub := time.Date(2025, 4, 11, 0, 0, 0, 0, time.UTC)
	r := x.Extract("UN rights chief Volker Türk voiced alarm at the surge in killings by gangs in Haiti, where at least 1,617 people were killed in March.", pub)
	ev := eventsByDate(r)["2025-03"]
	if ev.Summary != "At least 1,617 people were killed" || len(ev.Actors) != 0 || !slices.Contains(ev.Places, "Haiti") {
		t.Errorf("events %+v: want March's killings in Haiti, with no actor", r.Events)
	}
}

// A sayer after the comma that closes a date phrase ends the clause:
// "…, including nine children, on Friday evening, regional governor
// Serhiy Lysak said" is no part of what happened.
func TestSayerAfterDatePhraseComma(t *testing.T) {
	x := mustNew(t)
	pub := time.Date(2025, 4, 5, 0, 0, 0, 0, time.UTC)
	r := x.Extract("A Russian missile strike on Kryvyi Rih killed 18 people, including nine children, on Friday evening, regional governor Serhiy Lysak said on Saturday.", pub)
	if ev := eventsByDate(r)["2025-04-04"]; ev.Summary != "A Russian missile strike on Kryvyi Rih killed 18 people, including nine children" || slices.Contains(ev.Actors, "Serhiy Lysak") {
		t.Errorf("events %+v: want Friday's strike without the governor who told of it", r.Events)
	}
}

// A dateline's town in capitals with an accent is named as a town is
// written ("BOGOTÁ" is Bogotá) and is the place of an event that names
// none.
func TestAccentedDatelinePlace(t *testing.T) {
	x := mustNew(t)
	r := x.Extract("BOGOTÁ, Colombia — The talks began on Saturday.", monday)
	if len(r.Events) != 1 || strings.Join(r.Events[0].Places, ",") != "Bogotá" {
		t.Errorf("events %+v, want one placed in Bogotá", r.Events)
	}
}

// A sayer named before its verb at the end of the sentence is no actor
// and no place of the event, however it is described ("residents and a
// United Nations official", "the United Nations human rights office",
// "the military's media wing, Inter-Services Public Relations (ISPR)");
// a place written with commas before it stays the event's, and so does
// a clause of the event between the comma and the sayer.
func TestEventsClosingSayer(t *testing.T) {
	x := mustNew(t)
	cases := []struct {
		text, actors, places string
	}{
		{"M23 rebels seized the airport in Goma on Tuesday, residents and a United Nations official said.", "M23", "Goma"},
		{"Members of the Gran Grif gang killed at least 70 people in the town of Pont-Sondé on Thursday, the United Nations human rights office said on Friday.", "Gran Grif", "Pont-Sondé"},
		{"The siege ended in Bolan on Wednesday evening, the military's media wing, Inter-Services Public Relations (ISPR), said, adding that all 33 attackers had been killed.", "", "Bolan"},
		{"Kopp's car was discovered last month at Newark, N.J., International Airport, the FBI said.", "Kopp", "Newark,N.J.,International Airport"},
		{"Troops shelled Idlib on Tuesday, killing three civilians, the Syrian army said.", "", "Idlib"},
	}
	for _, c := range cases {
		r := x.Extract(c.text, monday)
		if len(r.Events) != 1 || strings.Join(r.Events[0].Actors, ",") != c.actors || strings.Join(r.Events[0].Places, ",") != c.places {
			t.Errorf("%q: events %+v, want actors %q, places %q", c.text, r.Events, c.actors, c.places)
		}
	}
}

// A subject's comma-set part ("including 13 from South Africa, Malawi and
// Uruguay") or a participle saying where it stands ("deployed in Cabo
// Delgado since July 2021", "advertised in today's editions") leaves the
// summary and the subject stays before the verb; "At least 17 …" is no
// opening phrase of place.
func TestSummarySubjectOverItsParts(t *testing.T) {
	x := mustNew(t)
	cases := []struct{ text, want string }{
		{"At least 17 peacekeepers and foreign soldiers, including 13 from South Africa, Malawi and Uruguay, were killed in the fighting on Sunday.", "At least 17 peacekeepers and foreign soldiers were killed in the fighting"},
		{"Rwandan troops, deployed in Cabo Delgado since July 2021 to support the army, were sent to the area on Sunday night.", "Rwandan troops were sent to the area"},
		{"The offer, advertised in today's editions of The Wall Street Journal, is scheduled to expire on Friday.", "The offer is scheduled to expire"},
		// the relative clause's subject may be longer by an acronym in brackets
		{"The Kenyan-led Multinational Security Support (MSS) mission, which arrived in the country in June, has about 400 officers on the ground.", "The Kenyan-led Multinational Security Support (MSS) mission arrived in the country"},
	}
	wantSummaryAmong(t, x, monday, cases)
}

// "…, according to Mr Zulum, who spoke to journalists in Maiduguri on
// Monday" dates a statement, no event; a quantifier's aside on the
// subject ("the farmers, mostly fishermen and rice growers, were
// working") stays inside the clause.
func TestSpokeToJournalistsAndQuantifierAside(t *testing.T) {
	x := mustNew(t)
	pub := time.Date(2025, 1, 13, 0, 0, 0, 0, time.UTC)
	r := x.Extract("The attack happened on Sunday afternoon when the farmers, mostly fishermen and rice growers, were working near the shores of Lake Chad, according to Mr Zulum, who spoke to journalists in Maiduguri on Monday.", pub)
	if len(r.Events) != 1 || r.Events[0].Date != "2025-01-12" || r.Events[0].Summary != "The attack happened when the farmers, mostly fishermen and rice growers, were working near the shores of Lake Chad" {
		t.Errorf("events %+v, want only Sunday's attack, whole", r.Events)
	}
}

// "The group" opening an event's clause is the armed group the story
// named last (a listed one, or one named as a force); after a ministry
// or a department it is no one.
func TestGroupAnaphorActor(t *testing.T) {
	x := mustNew(t)
	pub := time.Date(2025, 1, 28, 0, 0, 0, 0, time.UTC)
	r := x.Extract("The M23 is one of about 100 armed groups in eastern Congo. On January 23, the group captured the town of Sake.", pub)
	if len(r.Events) != 1 || !slices.Equal(r.Events[0].Actors, []string{"M23"}) {
		t.Errorf("events %+v, want the M23 for actor", r.Events)
	}
	r = x.Extract("The State Department said the relatives had visas. The group might come to Washington on Friday.", pub)
	if len(r.Events) != 1 || len(r.Events[0].Actors) != 0 {
		t.Errorf("events %+v, want no actor", r.Events)
	}
}

// An appositive after a clause that has its verb describes the place the
// clause ends with, and its places are the event's; one after a bare
// subject describes the subject and places nothing.
func TestObjectAppositivePlaces(t *testing.T) {
	x := mustNew(t)
	pub := time.Date(2024, 2, 8, 0, 0, 0, 0, time.UTC)
	r := x.Extract("Three American soldiers were killed in a drone attack on Tower 22, a logistics base in northeastern Jordan near the Syrian border, on Jan. 28.", pub)
	if len(r.Events) != 1 || !slices.Equal(r.Events[0].Places, []string{"Jordan"}) {
		t.Errorf("events %+v, want the attack placed in Jordan", r.Events)
	}
	r = x.Extract("Rwandan troops, deployed in Cabo Delgado to support the army, were sent to the area on Sunday night.", pub)
	if len(r.Events) != 1 || len(r.Events[0].Places) != 0 {
		t.Errorf("events %+v, want no place from the subject's description", r.Events)
	}
}

// A quantifier's aside on a noun ("More than 100 people, most of them
// soldiers, were killed") stays inside its clause, before its verb or a
// phrase of place; a phrase of place set off before "on" and the date
// leaves the clause whole; a sayer described between commas frames what
// was said.
func TestAsidesInsideTheClause(t *testing.T) {
	x := mustNew(t)
	pub := time.Date(2025, 5, 13, 0, 0, 0, 0, time.UTC)
	cases := []struct{ text, want string }{
		{"More than 100 people, most of them soldiers, were killed in a large-scale jihadist attack on the northern town of Djibo on Sunday.", "More than 100 people, most of them soldiers, were killed in a large-scale jihadist attack on the northern town of Djibo"},
		{"Tensions have soared since gunmen killed 26 people, most of them Hindu tourists, at a meadow near Pahalgam on April 22.", "Gunmen killed 26 people, most of them Hindu tourists, at a meadow near Pahalgam"},
		{"Human Rights Watch accused soldiers of killing at least 223 civilians in the villages of Nondin and Soro, in the north of the country, on February 25, 2024.", "Human Rights Watch accused soldiers of killing at least 223 civilians in the villages of Nondin and Soro, in the north of the country"},
		{"Lt. Col. Jhun Nadela, spokesperson of the 101st Infantry Brigade, said the soldiers were fired upon in Barangay Tumahubong at around 9:15 a.m. on Wednesday.", "The soldiers were fired upon in Barangay Tumahubong"},
		{"Its spokesman, Pal Mai Deng, said security forces had surrounded the residence in Juba on Wednesday.", "Security forces had surrounded the residence in Juba"},
	}
	wantSummaryAmong(t, x, pub, cases)
}

// A relative clause on the subject without the date, and a name given
// before it, leave the main clause its subject ("Abdulghani al-Kikli,
// known as Ghnewa, who led the SSA, was killed on Monday"); a town's part
// named like a province is the town's ("the Salah al-Din district"); the
// place where a sayer told it is not the event's ("told journalists in
// Juba that …").
func TestSubjectOverDescriptionsAndSayersPlace(t *testing.T) {
	x := mustNew(t)
	pub := time.Date(2025, 5, 13, 0, 0, 0, 0, time.UTC)
	r := x.Extract("Abdulghani al-Kikli, known as Ghnewa, who led the Stability Support Apparatus (SSA), was killed on Monday evening at a military base in the Salah al-Din district, two security sources told Reuters.", pub)
	if len(r.Events) != 1 || r.Events[0].Summary != "Abdulghani al-Kikli was killed at a military base in the Salah al-Din district" || !slices.Equal(r.Events[0].Places, []string{"Salah al-Din"}) {
		t.Errorf("events %+v, want al-Kikli killed in the Salah al-Din district", r.Events)
	}
	r = x.Extract("Information Minister Michael Makuei Lueth told journalists in Juba that the garrison in Nasir town fell to the White Army on Tuesday.", pub)
	if len(r.Events) != 1 || !slices.Equal(r.Events[0].Places, []string{"Nasir"}) {
		t.Errorf("events %+v, want the fall placed in Nasir only", r.Events)
	}
}

// A description after an article set off before the verb ("Zambada, a
// co-founder of the cartel, was flown") stays inside its clause, so an
// "after" clause with its own date is its own event and leaves the main
// clause; a relative clause after a list of places is about the noun
// before the list.
func TestDescribedSubjectAndListBeforeRelative(t *testing.T) {
	x := mustNew(t)
	pub := time.Date(2025, 2, 3, 0, 0, 0, 0, time.UTC)
	wantDatedSummaries(t, x, pub, map[string][]string{
		"The violence erupted in September after Ismael Zambada, a co-founder of the cartel, was flown to the United States in July.": {"2024-09 The violence erupted", "2024-07 Ismael Zambada, a co-founder of the cartel, was flown to the United States"},
		"Authorities imposed a curfew in Latakia, Tartous and Homs, which remained in place on Saturday.":                             {"2025-02-01 A curfew in Latakia, Tartous and Homs, which remained in place"},
	})
}

// A ", when" clause after a date tells what happened then ("since July
// 2023, when General Tiani overthrew …"; not after a date the main clause
// happened at, "met … in April 2024, when …"); a clock time is not on the day a
// statement about it was read ("… the interior ministry said in a
// statement read on state television on Saturday"), which dates no event,
// and its time in another zone in brackets leaves the summary with it.
func TestWhenClauseClockTimeAndStatementRead(t *testing.T) {
	x := mustNew(t)
	pub := time.Date(2025, 3, 22, 0, 0, 0, 0, time.UTC)
	r := x.Extract("Niger has been ruled by a military junta since July 2023, when General Abdourahamane Tiani overthrew elected president Mohamed Bazoum.", pub)
	if len(r.Events) != 1 || r.Events[0].Summary != "General Abdourahamane Tiani overthrew elected president Mohamed Bazoum" {
		t.Errorf("events %+v, want the coup", r.Events)
	}
	// (a main clause told at the date keeps it, unless all it tells is
	// that something took place)
	wantDatedSummaries(t, x, pub, map[string][]string{
		"Iraqi Prime Minister Mohammed Shia al-Sudani met Turkish President Tayyip Erdogan in Ankara in April 2024, when the two countries agreed to cooperate against the PKK.": {"2024-04 Iraqi Prime Minister Mohammed Shia al-Sudani met Turkish President Tayyip Erdogan in Ankara"},
		"The attack on Kyauk Ni Maw village took place on Wednesday afternoon, when a jet dropped bombs that started a fire.":                                                    {"2025-03-19 A jet dropped bombs that started a fire"},
		"Exiles were freed, in contrast to April 2000, when two Cuban exile leaders were arrested.":                                                                              {"2000-04 Two Cuban exile leaders were arrested"},
	})
	r = x.Extract("Forty-four civilians were killed on Friday when jihadists attacked a mosque in Fambita. The attack took place around 2:00 pm (1300 GMT) in the rural commune of Kokorou, the interior ministry said in a statement read on state television on Saturday.", pub)
	var got []string
	for _, e := range r.Events {
		got = append(got, e.Date+" "+e.Summary)
	}
	want := []string{"2025-03-21 Forty-four civilians were killed when jihadists attacked a mosque in Fambita", "2025-03-21 The attack took place in the rural commune of Kokorou"}
	if !slices.Equal(got, want) {
		t.Errorf("events %q, want %q", got, want)
	}
}

// Two verbs of one subject, each with its date, are two events, the second
// with the first's subject ("Israel imposed a total blockade on March 2
// and resumed its campaign on March 18"), but not inside a relative clause
// or behind a sayer; a date's "and" goes with it; a when-clause after a
// clock time tells how things stood, not what happened.
func TestSecondVerbWithItsOwnDate(t *testing.T) {
	x := mustNew(t)
	pub := time.Date(2025, 5, 15, 0, 0, 0, 0, time.UTC)
	wantDatedSummaries(t, x, pub, map[string][]string{
		"Israel imposed a total blockade on the enclave on March 2 and resumed its military campaign on March 18, ending a two-month ceasefire.": {"2025-03-02 Israel imposed a total blockade on the enclave", "2025-03-18 Israel resumed its military campaign"},
		"The air strikes which began Saturday and continued Sunday killed 45 civilians in and around Aleppo.":                                    {"2025-05-10 The air strikes which began and continued Sunday killed 45 civilians in and around Aleppo", "2025-05-11 The air strikes which began Saturday and continued killed 45 civilians in and around Aleppo"},
		"The Observatory says the fighting flared up in Deir el-Zour province on Sunday and continued into Monday.":                              {"2025-05-11 The fighting flared up in Deir el-Zour province", "2025-05-12 The fighting flared up in Deir el-Zour province on Sunday and continued"},
		"Israeli air strikes killed at least 40 Palestinians across the Gaza Strip overnight and on Thursday.":                                   {"2025-05-15 Israeli air strikes killed at least 40 Palestinians across the Gaza Strip overnight"},
		"The missiles hit the city center at about 10:15 a.m. on Sunday, when streets were crowded with churchgoers.":                            {"2025-05-11 The missiles hit the city center"},
	})
}

// A sayer that ends the sentence may tell it to a listener on terms of
// their own: "…, a member of the local People's Defense Force told The
// Associated Press on condition of anonymity for fear of reprisals." names
// no actor.
func TestClosingSayerWithListenerAndTerms(t *testing.T) {
	x := mustNew(t)
	pub := time.Date(2025, 4, 13, 0, 0, 0, 0, time.UTC)
	r := x.Extract("Jet fighters bombed Lel Ma village in Tabayin township around 2 p.m. on Saturday, a member of the local People's Defense Force told The Associated Press on condition of anonymity for fear of reprisals.", pub)
	if len(r.Events) != 1 || len(r.Events[0].Actors) != 0 {
		t.Errorf("events %+v, want one with no actor", r.Events)
	}
}

// Who told of an event after its clause is no actor in it, nor is the
// place they speak from its place: ", according to the governor of Norte
// de Santander province, William Villamizar", ", the Emergency Response
// Room in El Fasher reported"; a statement "in its weekly update on
// Tuesday" is no event.
func TestSourcesAfterTheClause(t *testing.T) {
	x := mustNew(t)
	pub := time.Date(2025, 5, 12, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		text   string
		places []string
	}{
		{"The ELN attacked communities near Tibu on Thursday, according to the governor of Norte de Santander province, William Villamizar.", []string{"Tibu"}},
		{"On 10 May, artillery shells struck the Abu Shouk camp, killing at least 35 civilians, the Emergency Response Room in El Fasher reported.", []string{"Abu Shouk"}},
		{"The attacks on Saturday targeted villages near Palma, the Cabo Ligado project said in its weekly update on Monday.", []string{"Palma"}},
	} {
		r := x.Extract(c.text, pub)
		if len(r.Events) != 1 || !slices.Equal(r.Events[0].Places, c.places) || slices.ContainsFunc(r.Events[0].Actors, func(a string) bool { return a != "ELN" && a != "National Liberation Army" }) {
			t.Errorf("%q: events %+v, want one at %v, its sources no actors", c.text, r.Events, c.places)
		}
	}
}

// "The region" or "the province" refers back to the last place named as
// one; a town named since is not it.
func TestRegionAnaphor(t *testing.T) {
	x := mustNew(t)
	pub := time.Date(2025, 1, 20, 0, 0, 0, 0, time.UTC)
	r := x.Extract("BOGOTA, Jan 20 (Reuters) - Fighting in the northeastern Catatumbo region has displaced thousands, who fled toward Cucuta. "+
		"The ELN attacked communities in the region on Thursday, officials said.\n", pub)
	if len(r.Events) != 1 || !slices.Equal(r.Events[0].Places, []string{"Catatumbo"}) {
		t.Errorf("events %+v: want the attack in Catatumbo", r.Events)
	}
}

// A clause of its own with its own date tells its own event, whatever
// opens it: an "after" right after a comma ("…, after insurgents overran
// the port town of Palma in March that year"); a verb after ", but" with
// the sentence's subject; a relative clause before a source; a that-clause
// ending a sentence whose main clause has a date of its own (not a page's
// stamp, nor one of a group named first: "X was among the groups that
// agreed …").
func TestOwnClausesOwnDates(t *testing.T) {
	x := mustNew(t)
	pub := time.Date(2025, 9, 9, 0, 0, 0, 0, time.UTC)
	wantDatedSummaries(t, x, pub, map[string][]string{
		"Rwanda deployed about 1,000 soldiers to Cabo Delgado in July 2021, at Maputo's request, after insurgents overran the port town of Palma in March that year, killing dozens.":     {"2021-07 Rwanda deployed about 1,000 soldiers to Cabo Delgado", "2021-03 Insurgents overran the port town of Palma"},
		"Fano, a loose network of ethnic Amhara militias, fought alongside federal troops during the war in the northern Tigray region, but turned against the government in April 2023.": {"2023-04 Fano turned against the government"},
		"More than 600,000 people remain displaced by the conflict, which began in October 2017, according to the U.N. refugee agency UNHCR.":                                             {"2017-10 The conflict began"},
		"Talks with the ELN began in November 2022 in Caracas and produced a bilateral ceasefire that expired in August 2024.":                                                            {"2022-11 Talks with the ELN began in Caracas", "2024-08 A bilateral ceasefire expired"},
	})
	pub = time.Date(2017, 4, 4, 0, 0, 0, 0, time.UTC)
	wantDatedSummaries(t, x, pub, map[string][]string{
		"Date of publication 4 April 2017 At least 72 people were killed in an airstrike that released toxic gas on the town of Khan Sheikhun on Tuesday.": {"2017-04-04 At least 72 people were killed in an airstrike that released toxic gas on the town of Khan Sheikhun"},
		"Rebels shelled the city on Sunday, and Ahrar al-Sham was among the groups that agreed to join the ceasefire on Monday.":                           {"2017-04-02 Rebels shelled the city", "2017-04-03 Ahrar al-Sham was among the groups that agreed to join the ceasefire"},
	})
}

// A short phrase opening the sentence before its date ("Two months later,
// on 24 August, the group killed …") or before its subject ("In November
// 2022, Captain Ibrahim Traoré, who seized power in a coup on 30
// September 2022, launched …") leaves the clause whole, and a relative
// clause on the subject with a date of its own is that date's event.
func TestOpeningPhrases(t *testing.T) {
	x := mustNew(t)
	pub := time.Date(2024, 10, 15, 0, 0, 0, 0, time.UTC)
	wantDatedSummaries(t, x, pub, map[string][]string{
		"Meanwhile, on 24 August, the group killed hundreds of civilians around the town of Barsalogho.": {"2024-08-24 Meanwhile the group killed hundreds of civilians around the town of Barsalogho"},
		"In November 2022, Captain Ibrahim Traoré, who seized power in a coup on 30 September 2022, launched a campaign to recruit volunteers.": {
			"2022-11 Captain Ibrahim Traoré, who seized power in a coup on 30 September 2022, launched a campaign to recruit volunteers",
			"2022-09-30 Captain Ibrahim Traoré seized power in a coup"},
	})
}

// A happening named with its calendar date ("the April 22 attack on
// tourists in Pahalgam, in which 26 people were killed") in a sentence
// that has a date of its own for the rest is that date's event, named by
// its noun phrase; "came after", "came as" tell only when: the clause
// after them is the event; "Overnight on April 6" is one date phrase.
func TestDatedHappeningsAndLinks(t *testing.T) {
	x := mustNew(t)
	pub := time.Date(2025, 6, 12, 0, 0, 0, 0, time.UTC)
	wantDatedSummaries(t, x, pub, map[string][]string{
		"The ceasefire came after India launched missile strikes on nine sites in Pakistan early on Wednesday, in what New Delhi called a response to the April 22 attack on tourists in Pahalgam, in which 26 people were killed.": {
			"2025-06-11 India launched missile strikes on nine sites in Pakistan", "2025-04-22 The April 22 attack on tourists in Pahalgam, in which 26 people were killed"},
		"The IDF said Thursday it had killed a Hamas commander who led the October 7, 2023, assault on Kibbutz Nir Oz, in an airstrike in the southern Gaza Strip earlier this week.": {
			"2023-10-07 The October 7, 2023, assault on Kibbutz Nir Oz",
			"2025-W24 The IDF said Thursday it had killed a Hamas commander who led the October 7, 2023, assault on Kibbutz Nir Oz, in an airstrike in the southern Gaza Strip"},
		"The strike came as Israeli negotiators traveled to Doha on Wednesday for a new round of ceasefire talks.": {"2025-06-11 Israeli negotiators traveled to Doha for a new round of ceasefire talks"},
		"Overnight on June 6, Russian drones struck Kyiv, killing one person.":                                     {"2025-06-06 Russian drones struck Kyiv"},
		"Freeh spoke. The Aug. 7, 1998, bombings killed more than 200 people, including 12 Americans.":             {"1998-08-07 The Aug. 7, 1998, bombings killed more than 200 people"},
		// (a source opening the sentence goes, its subject stays)
		"According to the military, Abd al-Hadi Sabah, a company commander in Hamas's Khan Younis Brigade, was killed in a strike on Tuesday.": {"2025-06-10 Abd al-Hadi Sabah was killed in a strike"},
		// (without a date of its own the sentence tells that happening)
		"The gas was used in the April 4 strike on Khan Sheikhoun.": {"2025-04-04 The gas was used in the April 4 strike on Khan Sheikhoun"},
	})
	r := x.Extract("The October 7, 2023, assault on Kibbutz Nir Oz killed a quarter of its residents. Nir Oz was one of the hardest-hit communities.", pub)
	wantTypes(t, r, map[string]string{"Kibbutz Nir Oz": "PLACE", "Nir Oz": "PLACE"})
}
