package extract

import (
	"strings"
	"testing"
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
