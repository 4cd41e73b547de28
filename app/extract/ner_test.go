package extract

import (
	"maps"
	"strings"
	"testing"
)

// entityOf returns the entity with exactly this text, or nil.
func entityOf(r Result, text string) *Entity {
	for i := range r.Entities {
		if r.Entities[i].Text == text {
			return &r.Entities[i]
		}
	}
	return nil
}

// wantTypes fails t for each name of want that r does not hold with its type.
func wantTypes(t *testing.T, r Result, want map[string]string) {
	t.Helper()
	for name, typ := range want {
		if e := entityOf(r, name); e == nil || e.Type != typ {
			t.Errorf("%q: %+v, want %s", name, e, typ)
		}
	}
}

func TestEntityPatterns(t *testing.T) {
	x := mustNew(t)
	cases := []struct{ text, mention, typ, canonical string }{
		// armed groups named in transliteration
		{"Fighters from Jaish a-Nasr attacked the checkpoint.", "Jaish a-Nasr", "ORG", "Jaish a-Nasr"},
		{"The offensive was led by Liwa al-Haq and its allies.", "Liwa al-Haq", "ORG", "Liwa al-Haq"},
		{"Hay’at Tahrir a-Sham took the town.", "Hay’at Tahrir a-Sham", "ORG", "Hay'at Tahrir al-Sham"},
		{"A spokesman for the Sultan Murad Division said the attack failed.", "Sultan Murad Division", "ORG", "Sultan Murad Division"},
		{"The US-led coalition struck the bridge.", "US-led coalition", "ORG", "US-led coalition"},
		// the part of a body that opens the sentence is no part of its name
		{"Shares of Apple Inc fell 4 percent on Wednesday.", "Apple Inc", "ORG", "Apple Inc"},
		// two bodies joined by "and" are two names
		{"Aiwa Co. and Pioneer Electric Corp. shares fell on Monday.", "Aiwa Co.", "ORG", "Aiwa Co."},
		{"Aiwa Co. and Pioneer Electric Corp. shares fell on Monday.", "Pioneer Electric Corp.", "ORG", "Pioneer Electric Corp."},
		{"Units of the Syrian Democratic Forces and Free Syrian Army clashed.", "Free Syrian Army", "ORG", "Free Syrian Army"},
		// offices are no part of the name
		{"German Chancellor Olaf Scholz told the Bundestag that Berlin would send more air defence systems.", "Olaf Scholz", "PERSON", "Olaf Scholz"},
		// a family name with its article in lower case after the given names
		{"U.S. President Joe Biden spoke with Egyptian President Abdel Fattah el-Sisi on Sunday.", "Abdel Fattah el-Sisi", "PERSON", "Abdel Fattah el-Sisi"},
		// an office only a body has, between its name and its holder's
		{"Sinn Fein leader Gerry Adams met Blair on Monday.", "Sinn Fein", "ORG", "Sinn Fein"},
		{"Trump adviser Kellyanne Conway said so.", "Trump", "PERSON", "Trump"},
		// a people's adjective before "Republic" names a state
		{"The bomb was found in the Irish Republic on Friday.", "Irish Republic", "PLACE", "Irish Republic"},
		// an acronym the text never defines spells the one body's name
		{"The European Central Bank raised rates on Thursday, ECB President Christine Lagarde told reporters.", "ECB", "ORG", "European Central Bank"},
		// a parliament named in its own language
		{"Germany's Bundestag approved the budget on Friday.", "Bundestag", "ORG", "Bundestag"},
		// a listed brand the gazetteer knows as a town
		{"Toyota Motor Corp. and Honda recalled 1.2 million vehicles.", "Honda", "ORG", "Honda"},
		// a listed name that opens a longer one over a particle is left
		// to the tagger
		{"The bank hired Barclays de Zoete Wedd to advise it on the sale.", "Barclays de Zoete Wedd", "ORG", "Barclays de Zoete Wedd"},
		// an office of a department before a name the tagger passed over
		// or ran into
		{"Netanyahu met Secretary of State Antony Blinken in Tel Aviv.", "Antony Blinken", "PERSON", "Antony Blinken"},
		{"Netanyahu met Secretary of Homeland Security Alejandro Mayorkas in Tel Aviv.", "Alejandro Mayorkas", "PERSON", "Alejandro Mayorkas"},
		{"Even Vice President Al Gore broke with the administration over the boy.", "Al Gore", "PERSON", "Al Gore"},
		{"Sultan Qaboos and Field Marshal Khalifa Haftar met in Muscat on Monday to discuss the war.", "Khalifa Haftar", "PERSON", "Khalifa Haftar"},
		// companies named after people, and their legal forms
		{"Analysts at Goldman Sachs and Morgan Stanley cut their forecasts on Monday.", "Morgan Stanley", "ORG", "Morgan Stanley"},
		{"Rolls-Royce and Mercedes-Benz cut jobs, as did Hewlett-Packard.", "Rolls-Royce", "ORG", "Rolls-Royce"},
		{"Shares of Walt Disney Co. fell 3 percent in New York trading.", "Walt Disney Co.", "ORG", "Walt Disney"},
		{"Goldman Sachs Group Inc said on Tuesday its profit rose.", "Goldman Sachs Group Inc", "ORG", "Goldman Sachs"},
		{"Credit Suisse and UBS face a probe by the Swiss regulator.", "Credit Suisse", "ORG", "Credit Suisse"},
		// a patronymic joins the father's name to the person's
		{"Weapons came via the Saudi intelligence chief Prince Bandar bin Sultan and were used in Ghouta.", "Bandar bin Sultan", "PERSON", "Bandar bin Sultan"},
		// a club named by its town and a plural nickname
		{"He played for the Vancouver Canucks before the war.", "Vancouver Canucks", "ORG", "Vancouver Canucks"},
		{"In 1933 he was signed by the St. Louis Eagles and Boston Bruins in turn.", "Boston Bruins", "ORG", "Boston Bruins"},
		{"Real Madrid beat Barcelona 2-1 at the Santiago Bernabeu on Sunday night.", "Real Madrid", "ORG", "Real Madrid"},
		{"Leeds United and Inter Milan both won, while FC Barcelona lost to AC Milan.", "Leeds United", "ORG", "Leeds United"},
		{"Leeds United and Inter Milan both won, while FC Barcelona lost to AC Milan.", "FC Barcelona", "ORG", "FC Barcelona"},
		{"He met Sunderland A.F.C. footballer Dave Buchanan in the gymnasium.", "Sunderland A.F.C.", "ORG", "Sunderland A.F.C."},
		// "As" opening a sentence is no club's "AS"
		{"As Damascus braced for the offensive, residents left the city.", "Damascus", "PLACE", "Damascus"},
		{"The U.S.-led coalition struck the bridge.", "U.S.-led coalition", "ORG", "US-led coalition"},
		// transliterated names and places
		{"Jamad al-Hawamy, a citizen journalist, saw the strikes.", "Jamad al-Hawamy", "PERSON", "Jamad al-Hawamy"},
		{"Shelling hit Deir ez-Zor on Tuesday.", "Deir ez-Zor", "PLACE", "Deir ez-Zor"},
		{"BEIRUT: Shelling resumed overnight.", "BEIRUT", "PLACE", "Beirut"},
		{"Kurdish fighters captured Tall Tawil from the jihadists.", "Tall Tawil", "PLACE", "Tall Tawil"},
		// a monitoring group based in a city: the city is still a place
		{"Airwars, a London-based monitoring group, counted the strikes.", "London", "PLACE", "London"},
		// monitors whose names hold a lower-case word, and their acronyms
		{"Ten civilians died, activist group Raqqa is Being Slaughtered Silently said.", "Raqqa is Being Slaughtered Silently", "ORG", "Raqqa is Being Slaughtered Silently"},
		{"The VDC counted 40 dead.", "VDC", "ORG", "Violations Documentation Center"},
		{"Fighters of Jaish al-Islam and Filaq al-Rahman clashed in Jobar.", "Filaq al-Rahman", "ORG", "Faylaq al-Rahman"},
		{"Colonel Fadlullah Naji of the al-Sham Legion will head the operation.", "al-Sham Legion", "ORG", "Faylaq al-Sham"},
		// a list of places after "the neighborhoods of" that lost its commas
		{"The army hit the neighborhoods of al-Shaar al-Ansari Qazi Askar and Qastal Harami destroying vehicles.", "Qastal Harami", "PLACE", "Qastal Harami"},
		// a name between two places of a list that lost its commas
		{"Warplanes struck militants of the Jaish al-Fatah in Kafr Zita Jub al-Rayan and Kafr Nabudah in Hama.", "Jub al-Rayan", "PLACE", "Jub al-Rayan"},
		// a surname met before the full name, in the body
		{"Officials said on Wednesday that Kerry would travel. US Secretary of State John Kerry will meet Sergei Lavrov in Lausanne.", "Kerry", "PERSON", "John Kerry"},
		// a given name run into the place before, where a comma was lost
		{"The UN representative in Syria Ali al-Zaatari said aid was blocked. Al-Zaatari added that talks go on.", "Ali al-Zaatari", "PERSON", "Ali al-Zaatari"},
		{"The UN representative in Syria Ali al-Zaatari said aid was blocked. Al-Zaatari added that talks go on.", "Al-Zaatari", "PERSON", "Ali al-Zaatari"},
		// a family name without its article is the person named in full
		{"Homs Governor Talal al-Barazi said six died. The car exploded in the town, the agency said according to Barazi.", "Barazi", "PERSON", "Talal al-Barazi"},
		{"Shuhud al-Hussein, a rescuer, saw it. \"We were able to help\" Hussein said.", "Hussein", "PERSON", "Shuhud al-Hussein"},
		// a town the tagger read as a person in a pair, where the text
		// names it a town elsewhere
		{"Residents of two villages Foua and Kafarya left. The process resumed with 3000 people leaving Foua and Kafraya at dawn.", "Kafraya", "PLACE", "Kafraya"},
		// a treaty or a body named for its subject goes on over "on"
		{"They have violated the Convention on Certain Conventional Weapons, the opposition wrote.", "Convention on Certain Conventional Weapons", "ORG", "Convention on Certain Conventional Weapons"},
		// a listed person's name inside a named building is no person
		{"The army held the Housing Project and nearby Al Assad Military Academy after a battle.", "Al Assad Military Academy", "ORG", "Al Assad Military Academy"},
		// a rule's place outweighs two of the tagger's persons
		{"Residents of al-Foua and Kefraya were waiting. At the transit point the buses from al-Foua and Kefraya were waiting. Buses left the villages of al-Foua and Kefraya in Idlib.", "Kefraya", "PLACE", "Kefraya"},
		// the surname with its article, capitalised at a sentence's start
		// or in lower case mid-sentence
		{"A warplane struck a market, civil defense official Leys al-Faris told Anadolu Agency. Al-Faris described the attack as a massacre.", "Al-Faris", "PERSON", "Leys al-Faris"},
		{"A warplane struck a market, civil defense official Leys al-Faris told Anadolu Agency. \"Rescuers are looking for survivors\" al-Faris said.", "al-Faris", "PERSON", "Leys al-Faris"},
	}
	for _, c := range cases {
		r := x.Extract(c.text, monday)
		e := entityOf(r, c.mention)
		if e == nil {
			t.Errorf("%q: %q not found in %+v", c.text, c.mention, r.Entities)
			continue
		}
		if e.Type != c.typ || e.Canonical != c.canonical {
			t.Errorf("%q: %q = %s %q, want %s %q", c.text, c.mention, e.Type, e.Canonical, c.typ, c.canonical)
		}
	}
}

func TestAcronymAndCoreference(t *testing.T) {
	x := mustNew(t)
	text := "Soldiers of the Kurdish Border Guard (KBG) and Mohammad Rasheed crossed the river. " +
		"The KBG later withdrew, Rasheed said."
	r := x.Extract(text, monday)
	var kbg []Entity
	for _, e := range r.Entities {
		if e.Text == "KBG" {
			kbg = append(kbg, e)
		}
	}
	if len(kbg) != 2 {
		t.Fatalf("want both KBG mentions, got %+v", r.Entities)
	}
	for _, e := range kbg {
		if e.Type != "ORG" || e.Canonical != "Kurdish Border Guard" {
			t.Errorf("KBG = %s %q, want ORG \"Kurdish Border Guard\"", e.Type, e.Canonical)
		}
	}
	e := entityOf(r, "Rasheed")
	if e == nil || e.Type != "PERSON" || e.Canonical != "Mohammad Rasheed" {
		t.Errorf("Rasheed = %+v, want PERSON linked to Mohammad Rasheed", e)
	}
}

func TestNormKey(t *testing.T) {
	cases := [][2]string{
		{"Hay’at Tahrir a-Sham", "Hayat Tahrir al-Sham"},
		{"Deir ez-Zor", "Deir Ez Zor"},
		{"Ḩamāh", "Hamah"},
		{"Hama", "Hamma"},
	}
	for _, c := range cases {
		if NormKey(c[0]) != NormKey(c[1]) {
			t.Errorf("NormKey(%q) = %q, NormKey(%q) = %q; want equal", c[0], NormKey(c[0]), c[1], NormKey(c[1]))
		}
	}
	if NormKey("Homs") == NormKey("Hama") {
		t.Error("different names share a key")
	}
}

// TestLatinFoldASCII guards NormKey's shortcut: latinFold leaves every
// ASCII character as it is ('ı' upper-cased gives 'I', mapped to itself).
func TestLatinFoldASCII(t *testing.T) {
	for r := rune(0); r < 0x80; r++ {
		if f, ok := latinFold[r]; ok && f != r {
			t.Errorf("latinFold[%q] = %q", r, f)
		}
	}
}

func TestUserLists(t *testing.T) {
	x := mustNew(t)
	text := "Fighters of the Tiger Forces entered Kafr Nabudah; the regime said Suheil al-Hassan led them. Abu Omar's Brigade left."
	lists := UserLists{
		Watch: []WatchName{{Name: "Tiger Forces", Type: "ORG", Aliases: []string{"Qawat al-Nimr"}}, {Name: "Kafr Nabudah", Type: "PLACE"},
			{Name: "Abu Omar's Brigade", Type: "ORG"}},
		Ignore: []string{"Suheil al-Hassan"},
	}
	r := x.ExtractWith(text, monday, lists)
	if e := entityOf(r, "Kafr Nabudah"); e == nil || e.Type != "PLACE" {
		t.Errorf("watched place not found: %+v", r.Entities)
	}
	if e := entityOf(r, "Tiger Forces"); e == nil || e.Type != "ORG" || e.Confidence != 1 {
		t.Errorf("watched group not found: %+v", r.Entities)
	}
	if e := entityOf(r, "Abu Omar's Brigade"); e == nil || e.Type != "ORG" || e.Confidence != 1 {
		t.Errorf("watched name with an apostrophe not found: %+v", r.Entities)
	}
	if e := entityOf(r, "Suheil al-Hassan"); e != nil {
		t.Errorf("ignored name came back: %+v", e)
	}
	for i := 1; i < len(r.Entities); i++ {
		if r.Entities[i].Start < r.Entities[i-1].End {
			t.Errorf("entities overlap or are out of order: %+v", r.Entities)
		}
	}
}

// "the Observatory" after "the Syrian Observatory for Human Rights" is that
// organisation, whatever the tagger guessed for the lone word.
func TestOrgHeadsFollowTheFullName(t *testing.T) {
	x := mustNew(t)
	text := "The Syrian Observatory for Human Rights said 12 people were killed in Aleppo. " +
		"The Observatory said the toll could rise. Rami Abdel Rahman, who heads the Observatory, spoke from Coventry.\n"
	r := x.Extract(text, monday)
	n := 0
	for _, e := range r.Entities {
		if e.Text == "Observatory" {
			n++
			if e.Type != "ORG" || e.Canonical != "Syrian Observatory for Human Rights" {
				t.Errorf("%q at %d: %s %q, want ORG Syrian Observatory for Human Rights", e.Text, e.Start, e.Type, e.Canonical)
			}
		}
	}
	if n != 2 {
		t.Errorf("found %d of the 2 'Observatory' mentions: %+v", n, r.Entities)
	}
}

// TestEntityRoles covers the post-passes that type a name by its role in
// the sentence: states that act, offices before names, unit ordinals, and
// names of events that are none of the three types.
func TestEntityRoles(t *testing.T) {
	x := mustNew(t)
	cases := []struct{ text, mention, typ string }{
		// a state that acts is a party; a state one is in is a place
		{"The United States strongly condemns the attack.", "United States", "ORG"},
		{"Turkey said the border would stay closed.", "Turkey", "ORG"},
		{"The talks were held in Turkey last week.", "Turkey", "PLACE"},
		{"We appreciate Saudi Arabia’s leadership in convening the meeting.", "Saudi Arabia", "ORG"},
		{"Aid reached the camps inside Syria on Monday.", "Syria", "PLACE"},
		{"The strikes supported the government of Iraq near the city.", "government of Iraq", "ORG"},
		{"The Mass Transit System of Athens, Greece is the largest in the country.", "Greece", "PLACE"},
		{"Partner nations that have conducted strikes include Australia, Canada, and the Netherlands.", "Canada", "ORG"},
		{"Today, the United States and Iraq signed a loan agreement.", "United States", "ORG"},
		{"The guarantee will enable Iraq to access cheaper loans.", "Iraq", "ORG"},
		{"The convoy drove from Syria to Iraq overnight.", "Syria", "PLACE"},
		// the person after an office, not the office
		{"U.S. Secretary of State John Kerry will attend the meeting.", "John Kerry", "PERSON"},
		{"Defence Spokesman Colonel Rajesh Kalia said the army responded.", "Rajesh Kalia", "PERSON"},
		{"I hope you take back what you said at Michael Kovrig in the last thread.", "Michael Kovrig", "PERSON"},
		{"“We trained hard,” said Spc. Lorraine Walsh, a crew chief.", "Lorraine Walsh", "PERSON"},
		// a unit's ordinal belongs to its name
		{"Soldiers of the 3rd Battalion fired the guns.", "3rd Battalion", "ORG"},
	}
	for _, c := range cases {
		r := x.Extract(c.text, monday)
		e := entityOf(r, c.mention)
		if e == nil {
			t.Errorf("%q: %q not found in %+v", c.text, c.mention, r.Entities)
			continue
		}
		if e.Type != c.typ {
			t.Errorf("%q: %q = %s, want %s", c.text, c.mention, e.Type, c.typ)
		}
	}
	// names of operations, prizes and battles are not organisations
	for _, c := range [][2]string{
		{"Coalition aircraft flew sorties for Operation Inherent Resolve.", "Inherent Resolve"},
		{"The club was the first winner of the Stanley Cup in 1893.", "Stanley Cup"},
		{"The regiment fought at the Second Battle of Bull Run.", "Battle of Bull Run"},
	} {
		for _, e := range x.Extract(c[0], monday).Entities {
			if strings.Contains(c[1], e.Text) {
				t.Errorf("%q: %s %q found, want no entity in %q", c[0], e.Type, e.Text, c[1])
			}
		}
	}
}

// The hand-listed states have one name however the article writes them.
func TestStatesHaveOneName(t *testing.T) {
	x := mustNew(t)
	text := "US troops left Manbij. The U.S. embassy in Amman was closed, and the United States said talks with Britain and the UK would go on in England.\n"
	r := x.Extract(text, monday)
	want := map[string]string{"US": "United States", "U.S.": "United States", "United States": "United States",
		"Britain": "United Kingdom", "UK": "United Kingdom", "England": "England"}
	for _, e := range r.Entities {
		if w, ok := want[e.Text]; ok {
			if e.Canonical != w {
				t.Errorf("%q: canonical %q, want %q", e.Text, e.Canonical, w)
			}
			delete(want, e.Text)
		}
	}
	if len(want) > 0 {
		t.Errorf("not found: %v in %+v", want, r.Entities)
	}
}

// A one-word name from the actor list is that actor alone, not inside a
// longer name.
func TestListNameInsideALongerName(t *testing.T) {
	x := mustNew(t)
	r := x.Extract("The Griffith Observatory opened in Los Angeles. The Britain-based Observatory said 12 people died.\n", monday)
	sohr := 0
	for _, e := range r.Entities {
		if e.Canonical == "Syrian Observatory for Human Rights" {
			sohr++
			if e.Start < 40 {
				t.Errorf("%q in the Griffith Observatory taken for the Syrian Observatory", e.Text)
			}
		}
	}
	if sohr != 1 {
		t.Errorf("%d mentions of the Syrian Observatory, want 1: %+v", sohr, r.Entities)
	}
	// a whole listed name or a person keeps its canonical name after a capital
	r = x.Extract("Lebanese Hezbollah fought near Qusayr. President Assad spoke.\n", monday)
	canon := map[string]string{}
	for _, e := range r.Entities {
		canon[e.Text] = e.Canonical
	}
	if canon["Hezbollah"] != "Hezbollah" || canon["Assad"] != "Bashar al-Assad" {
		t.Errorf("canonical names %v", canon)
	}
}

// A people's adjective alone is no entity; inside a name it stays.
func TestDemonymsAreNotEntities(t *testing.T) {
	x := mustNew(t)
	text := "The Syrian government denied it. More than four million Syrians have fled. Western nations and Iraqi officials met Russian diplomats. " +
		"The Syrian Arab Army and the Iraqi Security Forces advanced. Sunni Muslim fighters and Shiite Muslim militias clashed.\n"
	r := x.Extract(text, monday)
	for _, e := range r.Entities {
		switch e.Text {
		case "Syrian", "The Syrian", "Syrians", "Western", "Iraqi", "Russian", "Sunni Muslim", "Shiite Muslim":
			t.Errorf("demonym %q tagged %s", e.Text, e.Type)
		}
	}
	found := map[string]bool{}
	for _, e := range r.Entities {
		found[e.Text] = true
	}
	if !found["Syrian Arab Army"] || !found["Iraqi Security Forces"] {
		t.Errorf("names with a demonym lost: %+v", r.Entities)
	}
}

// A state's possessive written without the apostrophe is the state, not
// the front of the next name.
func TestStatePossessiveWithoutApostrophe(t *testing.T) {
	x := mustNew(t)
	r := x.Extract("Russian strikes kill 53 civilians in Syrias Aleppo. Syrias army advanced on Homs.\n", monday)
	got := map[string]string{}
	for _, e := range r.Entities {
		got[e.Text] += e.Type + "/" + e.Canonical + " "
	}
	if got["Aleppo"] != "PLACE/Aleppo " || got["Syria"] != "PLACE/Syria PLACE/Syria " {
		t.Errorf("entities %v", got)
	}
}

// Any name the document (or the lists) knows, written with a possessive
// "s" and no apostrophe, is that name: one row, and the mention ends
// before the "s". Names that merely end in "s" keep it.
func TestPossessiveWithoutApostrophe(t *testing.T) {
	x := mustNew(t)
	text := "Bashar al-Assad spoke. Assads forces and Bashar al-Assads army advanced. Daeshs fighters fled Homs. Thomas Jones met James."
	r := x.Extract(text, monday)
	var got []string
	for _, e := range r.Entities {
		if text[e.Start:e.End] != e.Text {
			t.Errorf("%q: span %d-%d is %q", e.Text, e.Start, e.End, text[e.Start:e.End])
		}
		got = append(got, e.Text+"/"+e.Canonical)
	}
	want := "Bashar al-Assad/Bashar al-Assad Assad/Bashar al-Assad Bashar al-Assad/Bashar al-Assad Daesh/Islamic State Homs/Homs Thomas Jones/Thomas Jones James/James"
	if strings.Join(got, " ") != want {
		t.Errorf("entities\n got %s\nwant %s", strings.Join(got, " "), want)
	}
	// a text that keeps its apostrophes writes plurals with the "s"
	for _, c := range []struct {
		text string
		cut  int
	}{{"The Chamicuro met the Chamicuros near Lima.", 1}, {"The Chamicuro met the Chamicuros near Peter's farm.", 0}} {
		d := newDocument(c.text)
		spans := []espan{nameSpan(t, d, "Chamicuro", 0, "ORG", prioTagger), nameSpan(t, d, "Chamicuros", 0, "ORG", prioTagger)}
		canon := canonicalNames(d, spans)
		if got := x.possessiveNames(d, spans, canon); got[1] != c.cut {
			t.Errorf("%q: cut %d bytes from Chamicuros, want %d", c.text, got[1], c.cut)
		}
	}
}

// Names that open with a lower-case Arabic article are found in the lists
// like any other; inside a longer name the article does not open one.
func TestArticleInitialNames(t *testing.T) {
	x := mustNew(t)
	cases := []entityCase{
		{"A suicide bomber from al-Qaeda killed 25 soldiers.", "ORG al-Qaeda/al-Qaeda"},
		{"Fighters of al-Nusra Front killed 25 soldiers.", "ORG al-Nusra Front/Jabhat al-Nusra"},
		{"Jihadists, notably al-Qaeda-linked groups, expanded.", "ORG al-Qaeda/al-Qaeda"},
		{"Bashar al-Assad spoke on Monday.", "PERSON Bashar al-Assad/Bashar al-Assad"},
		{"US Secretary of State John Kerry spoke.", "PLACE US/United States|PERSON John Kerry/John Kerry"},
		{"The al-Qaeda linked Fatah al-Sham left.", "ORG al-Qaeda/al-Qaeda|ORG Fatah al-Sham/Jabhat al-Nusra"},
	}
	for _, c := range cases {
		var got []string
		for _, e := range x.Extract(c.text, monday).Entities {
			got = append(got, e.Type+" "+e.Text+"/"+e.Canonical)
		}
		if strings.Join(got, "|") != c.want {
			t.Errorf("%q: %q, want %q", c.text, strings.Join(got, "|"), c.want)
		}
	}
}

// A name that goes on with "of" and a place, or "for" and words that are
// no name of their own, is one name.
func TestOfNames(t *testing.T) {
	x := mustNew(t)
	cases := []entityCase{
		{"He studied at the University of London in 1990.", "ORG University of London"},
		{"The Army of the Potomac advanced.", "ORG Army of the Potomac"},
		{"Ships crossed the Gulf of Aden.", "PLACE Gulf of Aden"},
		{"He left the National Hockey League for the St. Louis Eagles.", "ORG National Hockey League|PLACE St. Louis Eagles"},
		{"The Institute for Palestinian Studies published it.", "ORG Institute for Palestinian Studies"},
		// a second "of", "for" or "and" carries the name on
		{"The Institute for the Study of War said Russian units had advanced.", "ORG Institute for the Study of War"},
		{"The Group for the Support of Islam and Muslims claimed the attack.", "ORG Group for the Support of Islam and Muslims"},
		{"The Union of Medical Care and Relief Organizations runs the hospital.", "ORG Union of Medical Care and Relief Organizations"},
		// the tagger's piece after "for the" gets its head back
		{"The Alliance for the Restoration of Peace and Counter-Terrorism was formed in Mogadishu.", "ORG Alliance for the Restoration of Peace and Counter-Terrorism|PLACE Mogadishu"},
		// "and" with a name of its own after it ends the name
		{"Officials said the Council of Europe and Geneva had agreed.", "ORG Council of Europe|PLACE Geneva"},
	}
	checkEntities(t, x, cases)
}

// A small town of the gazetteer's is the person the document names after
// a title and far more often.
func TestPersonOverSmallTown(t *testing.T) {
	x := mustNew(t)
	text := "President Bush on Tuesday said the United States may act. Bush spoke in Maine. " +
		"Bush said he saw no shortcut. King Hussein was carrying a message to Bush from Baghdad. Bush held out hope."
	r := x.Extract(text, monday)
	for _, e := range r.Entities {
		if e.Text == "Bush" && e.Type != "PERSON" {
			t.Errorf("%+v: want the president", e)
		}
	}
}

// Buildings are places, a storm no entity (a brigade named "Storm"
// stays), and a saint's possessive stays inside the name.
func TestBuildingsAndStorms(t *testing.T) {
	x := mustNew(t)
	cases := []entityCase{
		{"Pope Francis celebrated Mass in St. Peter's Square.", "PERSON Francis|PLACE St. Peter's Square"},
		{"Fighters of the Storm of North Brigade shelled the town.", "ORG Storm of North Brigade"},
		{"Tourists returned to the Eiffel Tower.", "PLACE Eiffel Tower"},
		{"Hurricane Milton made landfall near Siesta Key, Florida.", "PLACE Siesta Key|PLACE Florida"},
		// the storm word alone is a town the gazetteer knows
		{"Claims stemming from Hurricane Hugo reduced results.", ""},
		{"The town of Hurricane, Utah, flooded.", "PLACE Hurricane|PLACE Utah"},
	}
	checkEntities(t, x, cases)
}

// A person or a body "known as" another name is one entity under both.
func TestKnownAsNames(t *testing.T) {
	x := mustNew(t)
	r := x.Extract("RSF commander Mohamed Hamdan Dagalo, known as Hemedti, said his forces would stay. Abu Mohammad al-Julani, also known as Ahmed al-Sharaa, entered Damascus. Mr. Jimmy Chérizier, a former police officer known as Barbecue who leads the coalition, spoke.", monday)
	wantKeyed(t, r.Entities, func(e Entity) (string, string) { return e.Text, e.Type + " " + e.Canonical },
		map[string]string{"Hemedti": "PERSON Mohamed Hamdan Dagalo", "Ahmed al-Sharaa": "PERSON Abu Mohammad al-Julani", "Barbecue": "PERSON Jimmy Chérizier"}, false)
}

// Bodies of other wars than Syria's, listed in actors.tsv or (where the
// tagger's training text names them) bodies.tsv, and towns named with
// the Arabic article.
func TestOtherConflicts(t *testing.T) {
	x := mustNew(t)
	cases := []entityCase{
		{"The RSF attacked El Fasher.", "ORG RSF|PLACE El Fasher"},
		{"Israel's Shin Bet security agency arrested two men.", "PLACE Israel|ORG Shin Bet"},
		{"The Committee to Protect Journalists said 12 reporters were killed.", "ORG Committee to Protect Journalists"},
		{"Islamic Jihad's al-Quds Brigades claimed a rocket attack on Sderot.", "ORG Islamic Jihad|ORG al-Quds Brigades|PLACE Sderot"},
		{"Fighters from the Islamic State Sahel Province killed dozens of villagers.", "ORG Islamic State Sahel Province"},
		{"The People's Defence Force units in Magway ambushed a convoy.", "ORG People's Defence Force|PLACE Magway"},
		{"The three juntas formed the Alliance of Sahel States.", "ORG Alliance of Sahel States"},
		// a region named by its kind, an acronym before its fighters, the
		// compass word of a demonym
		{"The Wagner mercenaries withdrew from Mali's Kidal region after Tuareg rebels ambushed them near Tinzaouaten.", "ORG Wagner|PLACE Mali|PLACE Kidal|ORG Tuareg|PLACE Tinzaouaten"},
		{"Colombia's ELN rebels freed the father of Luis Diaz.", "PLACE Colombia|ORG ELN|PERSON Luis Diaz"},
		{"Xi Jinping met North Korean leader Kim Jong Un. He flew to South Sudan.", "PERSON Xi Jinping|PERSON Kim Jong Un|PLACE South Sudan"},
		{"The Trump administration and the Democratic state party disagreed.", "PERSON Trump"},
	}
	checkEntities(t, x, cases)
}

// Bodies whose head is an institution's ("High School", "Diocese",
// "Hall of Fame"), or comes before "of" or "for", are organisations,
// outside headlines in Title Case; a "the" that nothing joins to the name
// starts it afresh.
func TestInstitutionNames(t *testing.T) {
	x := mustNew(t)
	cases := []entityCase{
		{"He attended James High School in Houston.", "ORG James High School|PLACE Houston"},
		{"He was inducted into the Hockey Hall of Fame in 1968.", "ORG Hockey Hall of Fame"},
		{"It is located in the Roman Catholic Diocese of Sioux City.", "ORG Roman Catholic Diocese of Sioux City"},
		{"He studied at the London School of Economics before joining the Bank of Canada.", "ORG London School of Economics|ORG Bank of Canada"},
		{"Bank of England Governor Mark Carney said rates would stay low.", "ORG Bank of England|PERSON Mark Carney"},
		{"The Syrian Association for Missing and Conscience Detainees said 40 were held.", "ORG Syrian Association for Missing and Conscience Detainees"},
		{"Meanwhile the Syrian Air Force bombed Hama.", "ORG Syrian Air Force|PLACE Hama"},
		{"Center of Damascus Shelled 2 Civilians Killed 7 Injured", "PLACE Damascus"},
		{"The State Department and the Office of Management and Budget will make the assessment.", "ORG State Department|ORG Office of Management and Budget"},
		{"In Iraq a Defense Ministry spokesman said 12 were killed.", "PLACE Iraq|ORG Defense Ministry"},
		{"Several Big Board firms are organizing.", "ORG Big Board"},
	}
	checkEntities(t, x, cases)
}

// An acronym before an office names the body the person serves, and a
// name right after an office is a person's.
func TestOfficeNeighbours(t *testing.T) {
	x := mustNew(t)
	cases := []entityCase{
		{"ECB President Mario Draghi said rates would stay low.", "ORG ECB|PERSON Mario Draghi"},
		// a body's one word before the office, and an office with no known given name after it
		{"Amos Hochstein arrived in Beirut for talks with Parliament Speaker Nabih Berri.", "PERSON Amos Hochstein|PLACE Beirut|ORG Parliament|PERSON Nabih Berri"},
		{"US President Donald Trump spoke.", "PLACE US|PERSON Donald Trump"},
		{"The dog was a gift from Rep. Lincoln Diaz-Balart, R-Fla.", "PERSON Lincoln Diaz-Balart|PLACE R-Fla"},
		{"Fatah official Jibril Rajoub said.", "ORG Fatah|PERSON Jibril Rajoub"},
		{"Abdel Fattah al-Sisi met him.", "PERSON Abdel Fattah al-Sisi"},
	}
	checkEntities(t, x, cases)
}

// In a match report, the clubs named by their town or by a name of
// their own are organisations; national sides stay places, and so do
// towns elsewhere in the report.
func TestMatchClubs(t *testing.T) {
	x := mustNew(t)
	cases := []entityCase{
		{"Liverpool beat Everton 2-0 on Saturday.", "ORG Liverpool|ORG Everton"},
		{"Manchester United drew 1-1 with Chelsea.", "ORG Manchester United|ORG Chelsea"},
		{"Arsenal striker Ian Wright scored twice.", "ORG Arsenal|PERSON Ian Wright"},
		{"Leeds 2 Newcastle 3", "ORG Leeds|ORG Newcastle"},
		{"Pakistan beat England by five wickets.", "PLACE Pakistan|PLACE England"},
		{"The team returned to Leeds after the 2-0 win.", "PLACE Leeds"},
		{"Chelsea Clinton visited Leeds on Monday.", "PERSON Chelsea Clinton|PLACE Leeds"},
		{"Juventus and Ajax meet in the Champions League final.", "ORG Juventus|ORG Ajax|ORG Champions League"},
		{"Chelsea Clinton visited the stadium.", "PERSON Chelsea Clinton"},
	}
	checkEntities(t, x, cases)
}

// A stock index named after a company is no entity.
func TestStockIndex(t *testing.T) {
	x := mustNew(t)
	checkEntities(t, x, []entityCase{
		{"The Dow Jones Industrial Average tumbled 39.55 points.", ""},
	})
}

// A newspaper named by its town is an organisation, not the town.
func TestTownPapers(t *testing.T) {
	x := mustNew(t)
	cases := []entityCase{
		{"According to the Houston Chronicle, the plant closed in 1998.", "ORG Houston Chronicle"},
		{"The Los Angeles Times and the Chicago Tribune both ran the story.", "ORG Los Angeles Times|ORG Chicago Tribune"},
		{"The Dallas Morning News named him.", "ORG Dallas Morning News"},
	}
	checkEntities(t, x, cases)
}

// A name ends before an adjective suffix glued to it.
func TestNameBeforeAffix(t *testing.T) {
	x := mustNew(t)
	text := "The Jabhat al-Nusra-linked group attacked.\n"
	r := x.Extract(text, monday)
	if len(r.Entities) != 1 || r.Entities[0].Text != "Jabhat al-Nusra" || text[r.Entities[0].Start:r.Entities[0].End] != "Jabhat al-Nusra" {
		t.Errorf("entities %+v, want Jabhat al-Nusra without -linked", r.Entities)
	}
}

// "Khan X" names a place of the region; a surname Khan comes last.
func TestKhanPlaces(t *testing.T) {
	x := mustNew(t)
	r := x.Extract("Regime jets struck Khan Shaykhun and Khan Tuman. Imran Khan spoke.\n", monday)
	want := map[string]string{"Khan Shaykhun": "PLACE", "Khan Tuman": "PLACE", "Imran Khan": "PERSON"}
	for _, e := range r.Entities {
		if w, ok := want[e.Text]; ok && w == e.Type {
			delete(want, e.Text)
		}
	}
	if len(want) > 0 {
		t.Errorf("not found as expected: %v in %+v", want, r.Entities)
	}
}

// "Syria’s" is two tokens, Syria and ’s, as in the training data.
func TestPossessiveCliticIsOneToken(t *testing.T) {
	d := newDocument("Syria’s army and Iraq's forces.")
	var got []string
	for _, k := range d.toks {
		got = append(got, k.Text)
	}
	want := []string{"Syria", "’s", "army", "and", "Iraq", "'s", "forces", "."}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("tokens %q, want %q", got, want)
	}
}

// Places no town gazetteer lists are named by their kind ("Castello
// Road", "Hmeimim Air Base"); the longest listed actor names are found
// whole; platforms are organisations.
func TestPlaceTailsAndLongListNames(t *testing.T) {
	x := mustNew(t)
	cases := []struct{ text, mention, typ string }{
		{"Government forces cut Castello Road on Sunday.", "Castello Road", "PLACE"},
		{"Jets took off from Hmeimim Air Base.", "Hmeimim Air Base", "PLACE"},
		{"Refugees returned to Yarmouk Camp.", "Yarmouk Camp", "PLACE"},
		{"The Organization for the Prohibition of Chemical Weapons said.", "Organization for the Prohibition of Chemical Weapons", "ORG"},
		{"Activists posted the video on Instagram and Skype.", "Instagram", "ORG"},
		{"Al-Nusra fighters attacked the village.", "Al-Nusra", "ORG"},
		{"Soldiers returned to Fort Campbell, Kentucky.", "Fort Campbell", "PLACE"},
	}
	for _, c := range cases {
		r := x.Extract(c.text, monday)
		e := entityOf(r, c.mention)
		if e == nil || e.Type != c.typ {
			t.Errorf("%q: want %s %q, got %+v", c.text, c.typ, c.mention, r.Entities)
		}
	}
}

// Scraped news loses apostrophes and commas and keeps page furniture; what
// is left must still make one row per entity.
func TestScrapedTextArtifacts(t *testing.T) {
	x := mustNew(t)
	text := "Russian Defense Ministry spokesman Maj. Gen. Igor Konashenkov said on Tuesday that it was over. " +
		"A man inspects the site in Damascus Syria June 11 2016. The Assads regime and ISISs fighters fought. " +
		"The Kurds and Alawites fled. Tags Syria Aleppo Russia. Related News Iraqs vote violations. " +
		"Konashenkov affirmed it. A village controlled by Isis was hit. Britain France and the United States objected. " +
		"The spokesman for Al-Qaedas affiliate was killed. (TRT World and Agencies) A bomb blast hit Qamishli. Raids hit the Southern parts of Idlib province. Shells hit Damascus Aleppo and Idleb. Aleppo Syrias largest city before it was engulfed by fighting in 2012 is divided. Source TRTWorld and agencies\n" +
		"Seven were injured in attacks in Damascus its countryside Aleppo Homs Quneitra and Hasaka. Thirteen were killed in rocket attacks on Aleppo Damascus. " +
		"Another deal in Damascus Meanwhile in Damascus reports emerged. Clashes hit Sheikh Said district. Rebels took Deir ez-Zor According to the Observatory.\n" +
		"Jets bombed Maaret al-Numan and Maarat Misrin. Clashes erupted in Idlib A man was killed.\n" +
		"Two civilians injured in a mortar attack on Bab Touma Terrorists targeted Bab Touma neighborhood.\n" +
		"Alabdah: Deir Ezzor Subjected to Twofold Suffering Because of Assad Regime. Rebels shelled Deir Ezzor Military Airport.\n" +
		"ISIS Continues to Displace Locals in Rural Deir Ezzor\n"
	r := x.Extract(text, monday)
	want := map[string]string{"Igor Konashenkov": "Igor Konashenkov", "Damascus": "Damascus", "Syria": "Syria",
		"Assad": "Bashar al-Assad", "ISIS": "Islamic State", "Konashenkov": "Igor Konashenkov", "Isis": "Islamic State",
		"Britain": "United Kingdom", "France": "France", "Al-Qaeda": "al-Qaeda", "TRTWorld": "TRT World", "TRT World": "TRT World",
		"Homs": "Homs", "Quneitra": "Quneitra", "Hasaka": "Hasakah", "Sheikh Said": "Sheikh Said", "Deir ez-Zor": "Deir ez-Zor",
		"Maaret al-Numan": "Maaret al-Numan", "Maarat Misrin": "Maarat Misrin", "Idlib": "Idlib"}
	got := map[string]string{}
	for _, e := range r.Entities {
		got[e.Text] = e.Canonical
		if strings.HasPrefix(e.Text, "Maar") && e.Type != "PLACE" {
			t.Errorf("%q tagged %s", e.Text, e.Type)
		}
		switch e.Text {
		case "Maj. Gen. Igor Konashenkov", "Damascus Syria", "Damascus Aleppo", "Aleppo Syrias", "Source TRTWorld", "TRT World and Agencies", "Southern", "Britain France", "Kurds and Alawites", "Tags Syria Aleppo Russia", "Related News Iraqs",
			"Aleppo Homs Quneitra", "Aleppo Homs", "Aleppo Damascus", "Damascus Meanwhile", "Deir ez-Zor According", "Idlib A", "Bab Touma Terrorists", "Deir Ezzor Subjected", "Displace":
			t.Errorf("%q tagged %s", e.Text, e.Type)
		}
	}
	for text, canon := range want {
		if got[text] != canon {
			t.Errorf("%q: canonical %q, want %q (all: %+v)", text, got[text], canon, r.Entities)
		}
	}
	if _, ok := got["Deir Ezzor Military Airport"]; !ok {
		t.Errorf("no Deir Ezzor Military Airport in %v", got)
	}
}

// A later mention by a two-word family name is the person named in full.
func TestTwoWordFamilyName(t *testing.T) {
	x := mustNew(t)
	r := x.Extract("Rami Abdel Rahman, head of the Observatory, said 20 died. Abdel Rahman said the toll would rise.", monday)
	e := entityOf(r, "Abdel Rahman")
	if e == nil || e.Type != "PERSON" || e.Canonical != "Rami Abdel Rahman" {
		t.Errorf("Abdel Rahman: %+v", r.Entities)
	}
}

// The words around a small town say it is a place; one such mention
// decides the name's type in the whole article.
func TestPlaceByContext(t *testing.T) {
	x := mustNew(t)
	text := "Fighters from the Shia villages of al-Foua and Kefraya left. Strikes hit the southern district of Ramussa. " +
		"Rockets hit Salah Eddin neighborhood in Aleppo city. Rebels took Ramussa on August 6. Putin and Erdogan met. " +
		"Aid reached Sarmada and Dana sub-districts.\n"
	r := x.Extract(text, monday)
	want := map[string]string{"Kefraya": "PLACE", "Ramussa": "PLACE", "Salah Eddin": "PLACE", "Putin": "PERSON", "Erdogan": "PERSON", "Dana": "PLACE"}
	for _, e := range r.Entities {
		if w, ok := want[e.Text]; ok && e.Type != w {
			t.Errorf("%q at %d: %s, want %s", e.Text, e.Start, e.Type, w)
		}
	}
	for name := range want {
		if entityOf(r, name) == nil {
			t.Errorf("%q not found: %+v", name, r.Entities)
		}
	}
}

// A given name is a person where a town's other name ("Ahmad" for Al
// Ahmadi) or a "<Name> Lake" rule would make it a place; a gas listed as
// no entity does not hide a town spelled like it.
func TestGivenNamesOverPlaces(t *testing.T) {
	x := mustNew(t)
	r := x.Extract("A witness named Ahmad said the blast was huge. It prompted outrage from UNICEF director Anthony Lake. "+
		"Kurdish fighters infiltrated Sarrin. Sarin is a nerve agent.", monday)
	want := map[string]string{"Ahmad": "PERSON", "Anthony Lake": "PERSON", "Sarrin": ""}
	for _, e := range r.Entities {
		if w, ok := want[e.Text]; ok && w != "" && e.Type != w {
			t.Errorf("%q: %s, want %s", e.Text, e.Type, w)
		}
		delete(want, e.Text)
		if e.Text == "Sarin" {
			t.Errorf("the gas is an entity: %+v", e)
		}
	}
	if len(want) > 0 {
		t.Errorf("not found: %v in %+v", want, r.Entities)
	}
}

// A surname's lower-case particle does not cut a person in two, and a
// place run into a listed name stands on its own.
func TestParticleNamesAndRunIns(t *testing.T) {
	x := mustNew(t)
	r := x.Extract("Manuel de la Torre arrived. UN envoy for Syria Staffan de Mistura said so. De Mistura met Lavrov. "+
		"Observatory head Rami Abdulrahman said 20 died. Beirut AFP Observatory director Rami Abdel Rahman said. ISs fighters and the UNs envoy fled. "+
		"Syria chemical attack: EUs Mogherini . Assad Putin Erdogan Rouhani met in Sochi.", monday)
	want := map[string]string{"Manuel de la Torre": "Manuel de la Torre", "Syria": "Syria", "Staffan de Mistura": "Staffan de Mistura",
		"De Mistura": "Staffan de Mistura", "Lavrov": "Sergei Lavrov", "Rami Abdulrahman": "Rami Abdel Rahman",
		"AFP": "Agence France-Presse", "Observatory": "Syrian Observatory for Human Rights", "IS": "Islamic State", "UN": "United Nations",
		"Mogherini": "Mogherini", "EU": "European Union", "Putin": "Vladimir Putin", "Erdogan": "Recep Tayyip Erdogan"}
	got := map[string]string{}
	for _, e := range r.Entities {
		got[e.Text] = e.Canonical
	}
	for text, canon := range want {
		if got[text] != canon {
			t.Errorf("%q: canonical %q, want %q (all: %+v)", text, got[text], canon, r.Entities)
		}
	}
}

// Titles alone are no one, in prose or in a list of commanders written
// with every word capitalised; a body named with a title word stays.
func TestTitlesAndCommanderLists(t *testing.T) {
	x := mustNew(t)
	r := x.Extract("The unit was led by Brigadier General Philip M. Drew until 1986. The Turkish General Staff said so.\n\n"+
		"Unknown , 1 June 1985 ; Major General John C. Scheidt Jr. , 15 July 1985 ; Brigadier General Philip M. Drew , 12 August 1986 ; Brigadier General John A. Corder .\n", monday)
	var persons []string
	for _, e := range r.Entities {
		if e.Type == "PERSON" {
			persons = append(persons, e.Text)
		}
	}
	if want := "Philip M. Drew|John C. Scheidt Jr.|Philip M. Drew|John A. Corder"; strings.Join(persons, "|") != want {
		t.Errorf("persons %q, want %s", persons, want)
	}
	if e := entityOf(r, "General Staff"); e == nil || e.Type != "ORG" {
		t.Errorf("General Staff: %+v", e)
	}
}

// Every sovereign state is in the gazetteer, the small ones too: "a Fiji
// Indian" made the state a person for the whole article.
func TestSmallStates(t *testing.T) {
	x := mustNew(t)
	for _, name := range []string{"Fiji", "Bahamas", "Timor-Leste", "Vatican City", "Eswatini", "Papua New Guinea", "Trinidad and Tobago"} {
		if !x.gaz.isState(name) {
			t.Errorf("%s is no state in the gazetteer", name)
		}
	}
	for _, name := range []string{"British Columbia", "Kansas", "Euphrates", "Central Asia"} {
		if x.gaz.lookup(name) == nil || x.gaz.isState(name) {
			t.Errorf("%s: want a place that is no state", name)
		}
	}
	// a state's possessive as scraped text writes it, not a town's name
	for w, want := range map[string]string{"Syrias": "Syria", "Turkeys": "Turkey", "Homs": "", "Idlibs": "", "Aleppos": ""} {
		got := ""
		if p := x.gaz.statePossessive(w); p != nil {
			got = p.Name
		}
		if got != want {
			t.Errorf("statePossessive(%q) = %q, want %q", w, got, want)
		}
	}
	r := x.Extract("Charan Jeath Singh is a Fiji Indian who has been involved in politics in Fiji . The SDF launched the Wrath of Euphrates operation east of the Euphrates .", monday)
	if e := entityOf(r, "Euphrates"); e == nil || e.Type != "PLACE" || e.Start < 130 {
		t.Errorf("Euphrates: %+v (the operation's name is no place)", r.Entities)
	}
	for _, e := range r.Entities {
		if e.Text == "Fiji" && e.Type == "PERSON" {
			t.Errorf("Fiji a person: %+v", r.Entities)
		}
	}
}

// An everyday word that opens a sentence is no organisation or place on
// its own ("Civil defence teams", "North of Aleppo"), nor is a wire
// story's label ("Factbox:"); a person stays.
func TestEverydayOpeners(t *testing.T) {
	x := mustNew(t)
	r := x.Extract("Civil defence teams prevented civilians from leaving. North of Aleppo city the clashes went on.\n\n"+
		"Factbox: Syrias city of Hama site of new assault\n\nGordon Brown came. Brown said so.\n", monday)
	got := map[string]string{}
	for _, e := range r.Entities {
		got[e.Text] = e.Type
	}
	r2 := x.Extract("Air strikes kill 12 in rebel-held areas of Syrias Aleppo Monitor\n\nAir strikes killed 12 people in Aleppo on Thursday, a monitor said.\n", monday)
	for _, e := range r2.Entities {
		if e.Text != "Syria" && e.Text != "Aleppo" || e.Type != "PLACE" {
			t.Errorf("headline with its source: %+v", r2.Entities)
		}
	}
	for _, bad := range []string{"Civil", "North", "Factbox"} {
		if typ, ok := got[bad]; ok {
			t.Errorf("%q tagged %s", bad, typ)
		}
	}
	if got["Brown"] != "PERSON" || got["Aleppo"] != "PLACE" {
		t.Errorf("entities %v", got)
	}
}

// "IS" is the Islamic State, except in a line written in capitals.
func TestIslamicStateAcronym(t *testing.T) {
	x := mustNew(t)
	r := x.Extract("The coalition launched an air war against IS in Syria.\n\nWHERE IS THE AID\n", monday)
	var found []Entity
	for _, e := range r.Entities {
		if e.Text == "IS" {
			found = append(found, e)
		}
	}
	if len(found) != 1 || found[0].Type != "ORG" || found[0].Canonical != "Islamic State" || found[0].Start != 42 {
		t.Errorf("IS: %+v", found)
	}
}

// A name that opens with an article is found again where the tagger
// missed it, also right after a date ("on Wednesday al-Adawi").
func TestPropagateArticleNames(t *testing.T) {
	x := mustNew(t)
	r := x.Extract("Rebels targeted on Wednesday al-Adawi residential area in Damascus. Two shells fell in al-Adawi area.\n", monday)
	n := 0
	for _, e := range r.Entities {
		if e.Text == "al-Adawi" && e.Type == "PLACE" {
			n++
		}
	}
	if n != 2 {
		t.Errorf("want al-Adawi twice as a place, got %+v", r.Entities)
	}
}

// A family name after a courtesy or an office ("Mr Rasheed", "Mr.
// Rasheed") is the person named in full before; a ruler's title goes with
// a given name, so "King Hussein" is not Saddam Hussein.
func TestTitledSurnameMentions(t *testing.T) {
	x := mustNew(t)
	text := "Mohammad Rasheed fled on Monday. Mr Rasheed spoke later. Saddam Hussein invaded Kuwait. King Hussein met Bush. Mr. Hussein left.\n"
	r := x.Extract(text, monday)
	want := map[int]string{} // byte offset -> canonical name
	for _, c := range []struct{ mention, canon string }{
		{"Mr Rasheed", "Mohammad Rasheed"}, {"King Hussein", "Hussein"}, {"Mr. Hussein", "Saddam Hussein"},
	} {
		at := strings.Index(text, c.mention)
		want[at+strings.IndexByte(c.mention, ' ')+1] = c.canon
	}
	for _, e := range r.Entities {
		if w, ok := want[e.Start]; ok {
			delete(want, e.Start)
			if e.Canonical != w {
				t.Errorf("%q at %d is %q, want %q", e.Text, e.Start, e.Canonical, w)
			}
		}
	}
	if len(want) > 0 {
		t.Errorf("mentions not found at %v: %+v", want, r.Entities)
	}
}

// A tagger's person right after a preposition of place is a place, unless
// a given name opens it or a possessive follows it.
func TestLocativePlaces(t *testing.T) {
	x := mustNew(t)
	cases := []struct{ text, span, want string }{
		{"Three air strikes hit the market in Hamdaniyeh west of Aleppo.", "Hamdaniyeh", "PLACE"},
		{"Shelling continued near Twlol al-Hawa on Sunday.", "Twlol al-Hawa", "PLACE"},
		{"IS advanced on the towns of Azaz and nearby Marea.", "Marea", "PLACE"},
		{"The group released it via the Qasioun news agency.", "Qasioun", "ORG"},
		{"A member of the rebel group Tajamu told Reuters.", "Tajamu", "ORG"},
		{"The head of the monitoring group Rami Abdel Rahman told AFP.", "Rami Abdel Rahman", "PERSON"},
		{"He believed in Lessing's play.", "Lessing", "PERSON"},
		{"They were in Ahmed Hassan company.", "Ahmed Hassan", "PERSON"},
		{"He spoke to Hamdaniyeh by phone.", "Hamdaniyeh", "PERSON"},
		// held or besieged ground
		{"Strikes on rebel-held Atareb killed 12.", "Atareb", "PLACE"},
		{"Aid reached besieged Madaya.", "Madaya", "PLACE"},
		// a town the gazetteer knows, after a verb done to towns
		{"Warplanes struck Douma on Tuesday.", "Douma", "PLACE"},
		{"Warplanes struck Rashidin on Tuesday.", "Rashidin", "PERSON"}, // unknown to the gazetteer: the tagger decides
		{"Police arrested Douma on Tuesday.", "Douma", "PERSON"},
	}
	for _, c := range cases {
		d := newDocument(c.text)
		got := x.placeByContext(d, []espan{nameSpan(t, d, c.span, 0, "PERSON", prioTagger)})
		if got[0].typ != c.want {
			t.Errorf("%q: %q became %s, want %s", c.text, c.span, got[0].typ, c.want)
		}
	}
	// an organisation the tagger saw where the gazetteer knows a town
	for _, c := range []struct{ text, span, want string }{
		{"Fighters pushed the militants out of Al Bab on Monday.", "Al Bab", "PLACE"},
		{"Shelling hit the town south of Al Mayadeen.", "Al Mayadeen", "PLACE"},
		{"He said Al Bab was the next target.", "Al Bab", "ORG"},
		{"Rebels captured Al Bab.", "Al Bab", "PLACE"},
		{"Turkey vowed to capture Al Bab.", "Al Bab", "PLACE"},
		{"The weapons were used on Al Bab.", "Al Bab", "PLACE"},
		{"Jets Kill 47 Militants in Northern Syrian City of Al Tabqah", "Al Tabqah", "PLACE"},
	} {
		d := newDocument(c.text)
		got := x.placeByContext(d, []espan{nameSpan(t, d, c.span, 0, "ORG", prioTagger)})
		if got[0].typ != c.want {
			t.Errorf("%q: %q became %s, want %s", c.text, c.span, got[0].typ, c.want)
		}
	}
}

// Weapons named by acronym are no organisations.
func TestWeaponAcronymsAreNotEntities(t *testing.T) {
	x := mustNew(t)
	r := x.Extract("He used suicide vehicles, IEDs and chemical weapons. Four VBIEDs and two UAVs were destroyed. Sarin is a nerve agent, as is VX.", monday)
	if len(r.Entities) != 0 {
		t.Errorf("entities: %+v", r.Entities)
	}
}

// A hand-listed province named like its chief town is placed at the town,
// so that both spellings of Hasakah are one place with coordinates.
func TestProvincesHaveTheirTownsCoordinates(t *testing.T) {
	x := mustNew(t)
	for _, name := range []string{"Raqqa", "Daraa", "Deir ez-Zor", "Latakia"} {
		if p := x.LookupPlace(name); p == nil || p.Lat == 0 || p.Country != "SY" {
			t.Errorf("%s: %+v", name, p)
		}
	}
	a, b := x.LookupPlace("Hasakah"), x.LookupPlace("Hasakeh")
	if a == nil || b == nil || a.Lat != b.Lat || a.Lon != b.Lon {
		t.Errorf("Hasakah %+v, Hasakeh %+v", a, b)
	}
	if p := x.LookupPlace("Syria"); p == nil || p.Lat != 0 {
		t.Errorf("a state takes no town's coordinates: %+v", p)
	}
}

// nameSpan is a candidate over the nth (from 0) occurrence of phrase in
// the document, for testing the post passes without the tagger.
func nameSpan(t *testing.T, d *document, phrase string, nth int, typ string, prio int) espan {
	t.Helper()
	at := -1
	for n := 0; n <= nth; n++ {
		k := strings.Index(d.text[at+1:], phrase)
		if k < 0 {
			t.Fatalf("%q: occurrence %d of %q not found", d.text, nth, phrase)
		}
		at += 1 + k
	}
	s := espan{from: -1, typ: typ, prio: prio, conf: 0.8}
	for k, tok := range d.toks {
		if tok.Start == at {
			s.from = k
		}
		if s.from >= 0 && tok.End == at+len(phrase) {
			s.to = k + 1
			return s
		}
	}
	t.Fatalf("%q: %q is not on token boundaries", d.text, phrase)
	return s
}

// A tagger's organisation or place that opens with a known given name and
// is shaped like a person's name is a person; one with an organisation's
// head word, a function word or too many words is not.
func TestGivenNamePersons(t *testing.T) {
	x := mustNew(t)
	cases := []struct{ text, name, typ, want string }{
		{"The book was written by William Foot in 1950.", "William Foot", "ORG", "PERSON"},
		{"Politicians such as Tony Blair backed the war.", "Tony Blair", "ORG", "PERSON"},
		{"He met Manuel de la Pazuela there.", "Manuel de la Pazuela", "ORG", "PERSON"},
		{"Shelling hit near Charles Haddad on Monday.", "Charles Haddad", "PLACE", "PERSON"},
		{"The song is by José Pedro Silva.", "José Pedro Silva", "ORG", "PERSON"},
		{"He played with the Dave Matthews Band for years.", "Dave Matthews Band", "ORG", "ORG"},
		{"A grant came from the John Smith Foundation.", "John Smith Foundation", "ORG", "ORG"},
		{"She joined Charles Schwab and Co in 2001.", "Charles Schwab and Co", "ORG", "ORG"},
		{"Fighters of Ali Abu Bakr Omar Hassan Brigades advanced.", "Ali Abu Bakr Omar Hassan", "ORG", "ORG"},
		{"He was born in Santa Barbara.", "Santa Barbara", "PLACE", "PLACE"},
		{"They rowed up the Charles River at dawn.", "Charles River", "PLACE", "PLACE"},
		{"The Jackson Heights Gang was arrested.", "Jackson Heights Gang", "ORG", "ORG"},
		{"She was briefed by Anthony Lake of UNICEF.", "Anthony Lake", "ORG", "PERSON"},
	}
	for _, c := range cases {
		d := newDocument(c.text)
		s := nameSpan(t, d, c.name, 0, c.typ, prioTagger)
		got := x.givenNamePersons(d, []espan{s})
		if got[0].typ != c.want {
			t.Errorf("%q: %s %q became %s, want %s", c.text, c.typ, c.name, got[0].typ, c.want)
		}
	}
}

// A kunya with a nisba names a fighter, whatever the tagger thought; a
// kunya alone is as often a town.
func TestKunyaPersons(t *testing.T) {
	x := mustNew(t)
	cases := []struct{ text, span, typ, want string }{
		{"Abu Jandal al-Kuwaiti was killed near Tabqa.", "Abu Jandal al-Kuwaiti", "ORG", "PERSON Abu Jandal al-Kuwaiti"},
		{"The commander Abu Hajar al-Hadrami fled.", "Abu Hajar al-Hadrami", "PLACE", "PERSON Abu Hajar al-Hadrami"},
		{"Fighters came from Kazakhstan Abu Islam al-Kazaki said.", "Kazakhstan Abu Islam al-Kazaki", "ORG", "PLACE Kazakhstan|PERSON Abu Islam al-Kazaki"},
		{"A message from Abu Mohammad arrived.", "Abu Mohammad", "ORG", "PERSON Abu Mohammad"},
		// places and groups keep their type
		{"Strikes hit Abu Kamal on Monday.", "Abu Kamal", "PLACE", "PLACE Abu Kamal"},
		{"Shelling hit Abu al-Duhur airbase.", "Abu al-Duhur", "PLACE", "PLACE Abu al-Duhur"},
		{"The Abu Omar al-Shishani Brigade attacked.", "Abu Omar al-Shishani Brigade", "ORG", "ORG Abu Omar al-Shishani Brigade"},
		{"Residents of Abu Qasayeb fled.", "Abu Qasayeb", "ORG", "ORG Abu Qasayeb"},
	}
	for _, c := range cases {
		d := newDocument(c.text)
		s := nameSpan(t, d, c.span, 0, c.typ, prioTagger)
		var got []string
		for _, g := range x.kunyaPersons(d, []espan{s}) {
			got = append(got, g.typ+" "+spanText(d, g))
		}
		if strings.Join(got, "|") != c.want {
			t.Errorf("%q: %s %q became %q, want %q", c.text, c.typ, c.span, strings.Join(got, "|"), c.want)
		}
	}
}

// A person's name keeps no form of address before a given name, and a
// chapter of a charter is no name at all.
func TestAddressAndSectionNames(t *testing.T) {
	x := mustNew(t)
	cases := []struct{ text, span, typ, want string }{
		{"Bishop Phillip Joseph Garrigan was installed.", "Bishop Phillip Joseph Garrigan", "PERSON", "PERSON Phillip Joseph Garrigan"},
		{"Sir George Alan Thomas won.", "Sir George Alan Thomas", "PERSON", "PERSON George Alan Thomas"},
		{"Bishop Garrigan spoke.", "Bishop Garrigan", "PERSON", "PERSON Bishop Garrigan"},
		{"Action under Chapter VII of the Charter.", "Chapter VII", "PERSON", ""},
		{"They invoked Article 51 on Monday.", "Article 51", "ORG", ""},
		{"Chapter House Books printed it.", "Chapter House Books", "ORG", "ORG Chapter House Books"},
		{"Alawites follow an offshoot of Shiite Islam.", "Shiite Islam", "PLACE", ""},
		{"Islam Alloush spoke for the group.", "Islam Alloush", "PERSON", "PERSON Islam Alloush"},
		// a law's long name goes on past the tagger's span
		{"Kopp violated the Freedom of Access to Clinic Entrances Act, they said.", "Freedom of Access", "ORG", ""},
		{"The accession of the Republic of Korea to the Paris Agreement was welcomed.", "Republic of Korea", "PLACE", "PLACE Republic of Korea"},
	}
	for _, c := range cases {
		d := newDocument(c.text)
		spans := []espan{nameSpan(t, d, c.span, 0, c.typ, prioTagger)}
		spans = titledPersons(d, spans, x.gaz.isGiven, x.gaz.lookup, func(w string) bool { return x.gaz.lower[w] })
		spans = otherNames(d, spans)
		var got []string
		for _, g := range spans {
			got = append(got, g.typ+" "+spanText(d, g))
		}
		if strings.Join(got, "|") != c.want {
			t.Errorf("%q: %s %q became %q, want %q", c.text, c.typ, c.span, strings.Join(got, "|"), c.want)
		}
	}
}

// A nickname in quotes does not cut a person's name in two; the name
// leaves it out.
func TestNicknames(t *testing.T) {
	x := mustNew(t)
	cases := []entityCase{
		{"“We will strike,” said Col. John “J.D.” Dorrian, the spokesperson.", "John “J.D.” Dorrian/John Dorrian"},
		{"The drummer William Mailes \"Cowboy\" Cowley joined in 1990.", "William Mailes \"Cowboy\" Cowley/William Mailes Cowley"},
		{"Officials met Ahmed “the sheikh” Hassan on Monday.", ""},
	}
	for _, c := range cases {
		got := ""
		for _, e := range x.Extract(c.text, monday).Entities {
			if e.Type == "PERSON" && strings.ContainsAny(e.Text, "“\"") {
				got = e.Text + "/" + e.Canonical
			}
		}
		if got != c.want {
			t.Errorf("%q: person %q, want %q", c.text, got, c.want)
		}
	}
}

// An ambiguous title ("General", "Professor") before a known given name and
// a surname is an office; the person is the name after it.
func TestTitledGivenNames(t *testing.T) {
	x := mustNew(t)
	cases := []struct{ text, span, want, typ string }{
		{"General Manuel Belgrano led the army north.", "General Manuel Belgrano", "Manuel Belgrano", "PERSON"},
		{"Colonel Ali Hassan was killed.", "Colonel Ali Hassan", "Ali Hassan", "PERSON"},
		{"Professor William Burns wrote the report.", "Professor William Burns", "William Burns", "PERSON"},
		// full-form ranks are offices whatever name follows
		{"Colonel Baltasar Cardenas held the pass.", "Colonel Baltasar Cardenas", "Baltasar Cardenas", "PERSON"},
		{"Professor Amos Frumkin led the dig.", "Professor Amos Frumkin", "Amos Frumkin", "PERSON"},
		{"He was Professor of Mathematics there.", "Professor of Mathematics", "Professor of Mathematics", "ORG"},
		// no given name, or no surname after it: still the organisation
		{"General Motors Company cut jobs.", "General Motors Company", "General Motors Company", "ORG"},
		{"General Electric Capital lent more.", "General Electric Capital", "General Electric Capital", "ORG"},
		{"Captain Charles arrived.", "Captain Charles", "Captain Charles", "ORG"},
		{"General John Company Limited filed.", "General John Company Limited", "General John Company Limited", "ORG"},
	}
	for _, c := range cases {
		d := newDocument(c.text)
		s := nameSpan(t, d, c.span, 0, "ORG", prioTagger)
		got := titledPersons(d, []espan{s}, x.gaz.isGiven, x.gaz.lookup, func(w string) bool { return x.gaz.lower[w] })
		if len(got) != 1 || spanText(d, got[0]) != c.want || got[0].typ != c.typ {
			t.Errorf("%q: %q became %+v, want %s %q", c.text, c.span, got, c.typ, c.want)
		}
	}
}

// A mention by a person's surname is that person, whatever the gazetteer
// or the tagger says, unless the word names a state or a big city, or the
// "person" is the tagger running a place into a name.
func TestSurnameMentions(t *testing.T) {
	x := mustNew(t)
	type sp struct {
		phrase string
		nth    int
		typ    string
		prio   int
	}
	cases := []struct {
		text      string
		spans     []sp
		mention   int // index in spans of the mention checked
		typ, name string
	}{
		{"Manuel Belgrano led the army. Belgrano won at Tucuman.",
			[]sp{{"Manuel Belgrano", 0, "PERSON", prioTagger}, {"Belgrano", 1, "PLACE", prioGaz}}, 1, "PERSON", "Manuel Belgrano"},
		// the surname first, the full name later: one sense per discourse
		{"Cardenas held the pass. Baltasar Cardenas was a colonel.",
			[]sp{{"Cardenas", 0, "ORG", prioTagger}, {"Baltasar Cardenas", 0, "PERSON", prioTagger}}, 0, "PERSON", "Baltasar Cardenas"},
		// two people of one surname: a person, but not one of them
		{"Ken Norton met Ed Norton. Norton won.",
			[]sp{{"Ken Norton", 0, "PERSON", prioTagger}, {"Ed Norton", 0, "PERSON", prioTagger}, {"Norton", 2, "PLACE", prioGaz}}, 2, "PERSON", ""},
		// states and big cities keep their sense
		{"Michael Jordan spoke. Jordan closed its border.",
			[]sp{{"Michael Jordan", 0, "PERSON", prioTagger}, {"Jordan", 1, "PLACE", prioGaz}}, 1, "PLACE", ""},
		{"Jack London wrote it. London is large.",
			[]sp{{"Jack London", 0, "PERSON", prioTagger}, {"London", 1, "PLACE", prioGaz}}, 1, "PLACE", ""},
		// a place run into a name, or a name also typed a place
		{"Homs Akrameh is a district. Akrameh was hit.",
			[]sp{{"Homs Akrameh", 0, "PERSON", prioTagger}, {"Akrameh", 1, "PLACE", prioTagger}}, 1, "PLACE", ""},
		{"Shark Island won. He surfed at Shark Island. Island waves.",
			[]sp{{"Shark Island", 0, "PERSON", prioTagger}, {"Shark Island", 1, "PLACE", prioTagger}, {"Island", 2, "PLACE", prioTagger}}, 2, "PLACE", ""},
		{"Saraqib Idlib was shelled. Idlib burned.",
			[]sp{{"Saraqib Idlib", 0, "PERSON", prioTagger}, {"Idlib", 1, "PLACE", prioGaz}}, 1, "PLACE", ""},
		// a name run twice is no person's name and surname
		{"Asharq Al-Awsat Asharq Al-Awsat is a daily. Asharq Al-Awsat said so.",
			[]sp{{"Asharq Al-Awsat Asharq Al-Awsat", 0, "PERSON", prioTagger}, {"Asharq Al-Awsat", 2, "ORG", prioTagger}}, 1, "ORG", ""},
		{"They hit Western Saikoul. Saikoul fell.",
			[]sp{{"Western Saikoul", 0, "PERSON", prioTagger}, {"Saikoul", 1, "PLACE", prioTagger}}, 1, "PLACE", ""},
		// a town yields to a given name only
		{"Park Zandvoort hosted the race. Zandvoort is by the sea.",
			[]sp{{"Park Zandvoort", 0, "PERSON", prioTagger}, {"Zandvoort", 1, "PLACE", prioGaz}}, 1, "PLACE", ""},
		// the actor list knows better
		{"Manuel Belgrano spoke. Belgrano agreed.",
			[]sp{{"Manuel Belgrano", 0, "PERSON", prioTagger}, {"Belgrano", 1, "ORG", prioActor}}, 1, "ORG", ""},
	}
	for _, c := range cases {
		d := newDocument(c.text)
		var spans []espan
		for _, s := range c.spans {
			spans = append(spans, nameSpan(t, d, s.phrase, s.nth, s.typ, s.prio))
		}
		got := x.surnameMentions(d, spans)[c.mention]
		if got.typ != c.typ || got.typ == "PERSON" && got.canon != c.name {
			t.Errorf("%q: %q = %s %q, want %s %q", c.text, spanText(d, got), got.typ, got.canon, c.typ, c.name)
		}
	}
}

// A title inside a span before a known given name and a surname starts the
// person; a place before the title stays a place. The spans after it are
// kept as they were.
func TestTitleInsideSpan(t *testing.T) {
	x := mustNew(t)
	cases := []struct {
		text, span string
		want       []string // "TYPE text" of the resulting spans
	}{
		{"Advisory National Director Eric Butler resigned in Aleppo.", "Advisory National Director Eric Butler", []string{"PERSON Eric Butler", "PLACE Aleppo"}},
		{"Turkey Archbishop Jacques Behnan Hindo said so in Aleppo.", "Turkey Archbishop Jacques Behnan Hindo", []string{"PLACE Turkey", "PERSON Jacques Behnan Hindo", "PLACE Aleppo"}},
		// no given name after the title: left alone
		{"The Texas Coach Association met in Aleppo.", "Texas Coach Association", []string{"ORG Texas Coach Association", "PLACE Aleppo"}},
	}
	for _, c := range cases {
		d := newDocument(c.text)
		spans := []espan{nameSpan(t, d, c.span, 0, "ORG", prioTagger), nameSpan(t, d, "Aleppo", 0, "PLACE", prioGaz)}
		var got []string
		for _, g := range titledPersons(d, spans, x.gaz.isGiven, x.gaz.lookup, func(w string) bool { return x.gaz.lower[w] }) {
			got = append(got, g.typ+" "+spanText(d, g))
		}
		if strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("%q: got %q, want %q", c.text, got, c.want)
		}
	}
}

// A tagger's organisation that ends in the surname of a person the
// document names again is that person, with the office and town before
// the name cut off; a place the document names stays a place.
func TestSurnamedNames(t *testing.T) {
	x := mustNew(t)
	type sp struct {
		phrase string
		nth    int
		typ    string
	}
	cases := []struct {
		text string
		in   []sp
		want []string // "TYPE text" in text order
	}{
		{"Shells hit Homs. Homs Governor Talal Barazi said so. Barazi said more.",
			[]sp{{"Homs", 0, "PLACE"}, {"Homs Governor Talal Barazi", 0, "ORG"}, {"Barazi", 1, "PERSON"}},
			[]string{"PLACE Homs", "PLACE Homs", "PERSON Talal Barazi", "PERSON Barazi"}},
		{"EU chief Federica Mogherini said so. Mogherini said more.",
			[]sp{{"Federica Mogherini", 0, "ORG"}, {"Mogherini", 1, "PERSON"}},
			[]string{"PERSON Federica Mogherini", "PERSON Mogherini"}},
		{"The groom Zaradesht Mustafa Fatimi hails from Hassakeh. Fatimi works for a party.",
			[]sp{{"Zaradesht Mustafa Fatimi", 0, "ORG"}, {"Fatimi", 1, "PERSON"}},
			[]string{"PERSON Zaradesht Mustafa Fatimi", "PERSON Fatimi"}},
		// a place the document names, and the same words typed a person
		// elsewhere, are no evidence
		{"Shells hit Sheikh Maqsoud. Sheikh Maqsoud was hit. Sheikh Maqsoud is calm.",
			[]sp{{"Sheikh Maqsoud", 0, "PLACE"}, {"Sheikh Maqsoud", 1, "ORG"}, {"Maqsoud", 2, "PERSON"}},
			[]string{"PLACE Sheikh Maqsoud", "ORG Sheikh Maqsoud", "PERSON Maqsoud"}},
		{"Cesaroni Design built it. Cesaroni Design won.",
			[]sp{{"Cesaroni Design", 0, "ORG"}, {"Cesaroni Design", 1, "PERSON"}},
			[]string{"ORG Cesaroni Design", "PERSON Cesaroni Design"}},
		// a given name that is also a town's name opens no place
		{"Qasim Halabouni said so. Halabouni said more.",
			[]sp{{"Qasim Halabouni", 0, "ORG"}, {"Halabouni", 1, "PERSON"}},
			[]string{"PERSON Qasim Halabouni", "PERSON Halabouni"}},
	}
	for _, c := range cases {
		d := newDocument(c.text)
		var spans []espan
		for _, s := range c.in {
			spans = append(spans, nameSpan(t, d, s.phrase, s.nth, s.typ, prioTagger))
		}
		var got []string
		for _, s := range x.surnamedNames(d, spans) {
			got = append(got, s.typ+" "+spanText(d, s))
		}
		if strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("%q:\n got %q\nwant %q", c.text, got, c.want)
		}
	}
}

// Lower-case transliterated names before or after a kind of place are
// places, one per name even where scraping lost the list's commas; words
// that open names, adjectives and names the gazetteer knows whole keep a
// name together, and a name a capital opens is left to the other rules.
func TestParticlePlaces(t *testing.T) {
	x := mustNew(t)
	cases := []struct {
		text string
		want []string
	}{
		{"Shells hit al-Midan neighborhood in Aleppo.", []string{"al-Midan"}},
		{"Mortars fell on al-Shaghour al-Abbasiyyeen and al-Qassaa neighborhoods.", []string{"al-Shaghour", "al-Abbasiyyeen", "al-Qassaa"}},
		{"Rockets hit al-Midan al-Hamadaniah New Aleppo and al-Muhafaza neighborhoods.", []string{"al-Midan", "al-Hamadaniah", "New Aleppo", "al-Muhafaza"}},
		{"Troops entered the neighbourhood of al-Waer on Monday.", []string{"al-Waer"}},
		{"Shells hit al-Sheikh Maqsoud neighborhood.", []string{"al-Sheikh Maqsoud"}},
		{"Jets struck al-Nashwa al-Gharbiyeh village.", []string{"al-Nashwa al-Gharbiyeh"}},
		{"Clashes spread to al-Sakhoor and Saif al-Dawleh districts.", []string{"al-Sakhoor", "Saif al-Dawleh"}},
	}
	for _, c := range cases {
		var got []string
		for _, e := range x.Extract(c.text, monday).Entities {
			if e.Type == "PLACE" && e.Text != "Aleppo" {
				got = append(got, e.Text)
			}
		}
		if strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("%q: places %q, want %q", c.text, got, c.want)
		}
	}
	// no kind of place: the words stay unread ("the so-called al-Hisbah")
	for _, e := range x.Extract("The so-called al-Hisbah detained a woman.", monday).Entities {
		if e.Type == "PLACE" {
			t.Errorf("al-Hisbah: spurious place %q", e.Text)
		}
	}
}

// Scraped possessives, bracketed other names and comma-less lists of
// states: "Aleppos Sheikh Maqsood" is Aleppo and the district (a person's
// "Harahs" stays his), "Sheikh Maqsood neighborhood" keeps its "Sheikh",
// "(Heyva Sor)" after an organisation is one, and "Saudi Arabia Turkey and
// Qatar" are three states.
func TestScrapedNamesAndLists(t *testing.T) {
	x := mustNew(t)
	text := "Shells hit Aleppos Sheikh Maqsood district. Gas rose over Sheikh Maqsood neighborhood. " +
		"The Kurdish Red Crescent Society (Heyva Sor) confirmed it. Damascus accuses Saudi Arabia Turkey and Qatar of arming them. " +
		"Rescuer Khaled Harah died. Harahs body was found."
	got := map[string]string{}
	for _, e := range x.Extract(text, monday).Entities {
		got[e.Text] = e.Type
	}
	for name, typ := range map[string]string{"Aleppo": "PLACE", "Sheikh Maqsood": "PLACE", "Heyva Sor": "ORG", "Saudi Arabia": "PLACE", "Turkey": "PLACE", "Qatar": "PLACE"} {
		if got[name] != typ {
			t.Errorf("%q: %q, want %s (all: %v)", name, got[name], typ, got)
		}
	}
	for _, name := range []string{"Maqsood", "Saudi Arabia Turkey and Qatar", "Aleppos Sheikh Maqsood"} {
		if _, ok := got[name]; ok {
			t.Errorf("%q should not be an entity: %v", name, got)
		}
	}
	if got["Harahs"] == "PLACE" {
		t.Errorf("Harahs: a person's possessive became a place: %v", got)
	}
}

// "-led" coalitions are one name however a headline or a scraped
// possessive writes them, and the list's bare "Coalition" (the US-led
// one) does not take the words of another.
func TestLedCoalitions(t *testing.T) {
	x := mustNew(t)
	for _, c := range []struct{ text, name, canon string }{
		{"The US-Led Coalition bombed a school.", "US-Led Coalition", "US-led coalition"},
		{"US-led coalitions strikes killed 10.", "US-led coalition", "US-led coalition"},
		{"The Saudi-led Coalition struck Sanaa.", "Saudi-led Coalition", "Saudi-led coalition"},
	} {
		found := false
		for _, e := range x.Extract(c.text, monday).Entities {
			if e.Text == c.name {
				found = true
				if e.Type != "ORG" || e.Canonical != c.canon {
					t.Errorf("%q: %+v, want ORG %s", c.text, e, c.canon)
				}
			}
		}
		if !found {
			t.Errorf("%q: no %q in %+v", c.text, c.name, x.Extract(c.text, monday).Entities)
		}
	}
}

// A one-word name the tagger took for a person, joined by "and" or a
// comma to a town, is a town; joined to a state it stays a person.
func TestJoinedToTown(t *testing.T) {
	x := mustNew(t)
	for _, c := range []struct {
		text, place, name, want string
	}{
		{"Buses from Aleppo and Kefraya were waiting.", "Aleppo", "Kefraya", "PLACE"},
		{"Shells hit Kefraya, Aleppo and Idlib.", "Aleppo", "Kefraya", "PLACE"},
		{"Iran and Salloum agreed.", "Iran", "Salloum", "PERSON"},
	} {
		d := newDocument(c.text)
		p := nameSpan(t, d, c.place, 0, "PLACE", prioGaz)
		n := nameSpan(t, d, c.name, 0, "PERSON", prioTagger)
		spans := []espan{p, n}
		if n.from < p.from {
			spans = []espan{n, p}
		}
		for _, s := range x.placeByContext(d, spans) {
			if spanText(d, s) == c.name && s.typ != c.want {
				t.Errorf("%q: %s is %s, want %s", c.text, c.name, s.typ, c.want)
			}
		}
	}
}

// A listed name whose possessive lost its apostrophe is still found whole:
// "Bashar al Assads forces" is one person, "Fatah al-Shams attacks" the
// Nusra Front (not the Palestinian Fatah), and "Jeish" opens a group's
// name like "Jaish".
func TestListedPossessives(t *testing.T) {
	x := mustNew(t)
	for _, c := range []struct{ text, name, typ, canon string }{
		{"Russia backed regime leader Bashar al Assads forces last year.", "Bashar al Assad", "PERSON", "Bashar al-Assad"},
		{"Civilians were killed in Fatah al-Shams mortar attacks.", "Fatah al-Sham", "ORG", "Jabhat al-Nusra"},
		{"Fighters of Jeish al-Islam attacked.", "Jeish al-Islam", "ORG", "Jeish al-Islam"},
	} {
		var got []Entity
		for _, e := range x.Extract(c.text, monday).Entities {
			if e.Type != "PLACE" {
				got = append(got, e)
			}
		}
		if len(got) == 0 || got[len(got)-1].Text != c.name || got[len(got)-1].Type != c.typ || got[len(got)-1].Canonical != c.canon {
			t.Errorf("%q: %+v, want %s %q (%s)", c.text, got, c.typ, c.name, c.canon)
		}
	}
}

// An office before a name of two or three words makes it a person even
// without a known given name ("Homs Governor Talal al-Barazi"), the town
// before the office a place; an office alone names no one ("Deputy
// National Security Adviser"). A name with the article that speaks is no
// town ("Al-Nujaba announced").
func TestOfficesAndSpeakers(t *testing.T) {
	x := mustNew(t)
	got := map[string]string{}
	for _, e := range x.Extract("SANA quoted Homs Governor Talal al-Barazi as saying so. Al-Nujaba announced in a statement that its forces advanced.", monday).Entities {
		got[e.Text] = e.Type
	}
	for name, typ := range map[string]string{"Talal al-Barazi": "PERSON", "Homs": "PLACE"} {
		if got[name] != typ {
			t.Errorf("%q: %q, want %s (all %v)", name, got[name], typ, got)
		}
	}
	if got["Al-Nujaba"] == "PLACE" {
		t.Errorf("Al-Nujaba: a speaker typed a place (all %v)", got)
	}
	d := newDocument("Deputy National Security Adviser said so.")
	for _, s := range titledPersons(d, []espan{nameSpan(t, d, "Deputy National Security Adviser", 0, "ORG", prioTagger)}, x.gaz.isGiven, x.gaz.lookup, func(w string) bool { return x.gaz.lower[w] }) {
		if s.typ == "PERSON" {
			t.Errorf("an office alone became the person %q", spanText(d, s))
		}
	}
}

// A surname in the headline is the person the body names in full later;
// a bare surname first met in the body keeps its own first reading.
func TestHeadlineSurname(t *testing.T) {
	x := mustNew(t)
	r := x.Extract("Blaming Assad Trump says Syria attack cannot be tolerated\n\nPresident Donald Trump declared on Wednesday that the attack cannot be tolerated. Trump said more.\n", monday)
	n := 0
	for _, e := range r.Entities {
		if e.Text == "Trump" {
			n++
			if e.Canonical != "Donald Trump" {
				t.Errorf("%+v: want Donald Trump", e)
			}
		}
	}
	if n != 2 {
		t.Errorf("want 2 mentions of Trump, got %d in %+v", n, r.Entities)
	}
}

// The region's given names the GMB list lacks come from the hand list:
// "Talal" and "Qasim" open people's names.
func TestRegionGivenNames(t *testing.T) {
	x := mustNew(t)
	for _, n := range []string{"Talal", "Qasim", "Zakaria", "Rupert"} {
		if !x.gaz.isGiven(n) {
			t.Errorf("%s: not a given name", n)
		}
	}
	d := newDocument("Homs official Talal Barrazi said so.")
	spans := x.givenNamePersons(d, []espan{nameSpan(t, d, "Talal Barrazi", 0, "ORG", prioTagger)})
	if spans[0].typ != "PERSON" {
		t.Errorf("Talal Barrazi: %s, want PERSON", spans[0].typ)
	}
}

// A heading or headline that lost its line break or colon leaves an
// everyday word or a people's name after a place: the place ends there
// ("Syria Talks in Tehran are", "Aleppo Death toll", "Syria Kurds
// Monitor"), while names whose last word heads them ("Raqqa Province",
// "Hama Media center"), lists that lost their commas ("Russia Turkey and
// Iran") and the tagger's organisations ("the Oakland Athletics") stay.
func TestPlaceBeforeLostBreak(t *testing.T) {
	x := mustNew(t)
	text := "Summit calls for political solution in Syria Talks in Tehran are a last effort. " +
		"Damage was done to public properties. Aleppo Death toll from rocket attacks rose.\n" +
		"Scores of IS jihadists killed fighting Syria Kurds Monitor\n" +
		"Car bomb kills 34 in Syrias Hama State media said. Rebels advanced in Raqqa Province on Monday. " +
		"Head of the Hama Media center spoke. A deal brokered by Russia Turkey and Iran held. " +
		"Fans cheered as the Oakland Athletics signed a pitcher."
	got := map[string]string{}
	for _, e := range x.Extract(text, monday).Entities {
		got[e.Text] = e.Type
	}
	for _, name := range []string{"Syria Talks", "Aleppo Death", "Syria Kurds", "Hama State"} {
		if typ, ok := got[name]; ok {
			t.Errorf("%q tagged %s: %v", name, typ, got)
		}
	}
	for name, typ := range map[string]string{"Syria": "PLACE", "Aleppo": "PLACE", "Hama": "PLACE", "Raqqa Province": "PLACE",
		"Turkey": "PLACE", "Iran": "PLACE", "Oakland Athletics": "ORG"} {
		if got[name] != typ {
			t.Errorf("%q: %q, want %s (all: %v)", name, got[name], typ, got)
		}
	}
}

// A Title Case headline that the page repeats at the start of its body,
// inside a longer sentence, is read as a headline there too: capitals say
// nothing about names ("Regime Air Raids"); the Arabic article still opens
// one ("Al Tabqah"); a number written out is no name ("Thirty Killed").
func TestHeadlineCopies(t *testing.T) {
	x := mustNew(t)
	for _, c := range []struct {
		text string
		want []string // entities, in order
	}{
		{"35 Civilians Killed in Regime Air Raids on Rural Aleppo\n\nFriday 21 November 2014 10:13 35 Civilians Killed in Regime Air Raids on Rural Aleppo The opposition said that the regime bombed Al Bab.",
			[]string{"Aleppo", "Aleppo", "Al Bab"}},
		{"Forces Kill 47 Militants in Northern Syrian City of Al Tabqah\n\nForces Kill 47 Militants in Northern Syrian City of Al Tabqah The Kurdish forces advanced.",
			[]string{"Al Tabqah", "Al Tabqah", "Kurdish forces"}}, // a body, see TestDemonymBodies
		{"Thirty Killed in Syrian Strikes on Damascus Suburb Town\n\nThirty Killed in Syrian Strikes on Damascus Suburb Town Thirty people died on Monday.",
			[]string{"Damascus", "Damascus"}},
		// a participle opening a name in a headline is no part of it
		{"Regime Escalates Attacks on Besieged Alwaer District in Homs\n\nShelling hit the district of Alwaer in Homs.",
			[]string{"Homs", "Alwaer", "Homs"}},
	} {
		var got []string
		for _, e := range x.Extract(c.text, monday).Entities {
			got = append(got, e.Text)
		}
		if strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("%q: entities %q, want %q", c.text[:30], got, c.want)
		}
	}
}

// A town written before the big city of its province without the comma is
// two places ("Saraqib Idlib", "Azaz Aleppo"); a person's name made of
// towns ("Abu Hassan") and an everyday word before a city ("New Aleppo")
// stay as they are.
func TestTownBeforeCity(t *testing.T) {
	x := mustNew(t)
	text := "Russian strikes kill 20 in Saraqib Idlib\n\nShells fell on Azaz Aleppo on Monday. Abu Hassan said so. Fighting raged in New Aleppo."
	got := map[string]string{}
	for _, e := range x.Extract(text, monday).Entities {
		got[e.Text] = e.Type
	}
	for name, typ := range map[string]string{"Saraqib": "PLACE", "Idlib": "PLACE", "Azaz": "PLACE", "Aleppo": "PLACE", "Abu Hassan": "PERSON", "New Aleppo": "PLACE"} {
		if got[name] != typ {
			t.Errorf("%q: %q, want %s (all: %v)", name, got[name], typ, got)
		}
	}
	for _, name := range []string{"Saraqib Idlib", "Azaz Aleppo"} {
		if _, ok := got[name]; ok {
			t.Errorf("%q is one entity: %v", name, got)
		}
	}
}

// A sign-off of reporters and editors ("Manar/Manal/Ghossoun") or a
// picture's credit ("REUTERS/Stringer") names no one.
func TestSlashCredits(t *testing.T) {
	x := mustNew(t)
	text := "Shells hit Aleppo on Monday. REUTERS/Stringer A fighter walks past rubble. M. al-Frieh/H.\nManar/Manal/Ghossoun\n"
	for _, e := range x.Extract(text, monday).Entities {
		if strings.Contains(e.Text, "/") {
			t.Errorf("credit %q tagged %s", e.Text, e.Type)
		}
	}
	if !gluedSlash("Manar/Manal") || !gluedSlash("Qabas/ Manal") || gluedSlash("KaVo / Gendex") {
		t.Error("gluedSlash: a slash after a word is a credit's, a spaced one a name's")
	}
}

// A one-word name the tagger sees as a town right after "at" and as a
// person elsewhere, as often, is the town in every mention.
func TestTiedNameAfterLocativeIsTown(t *testing.T) {
	x := mustNew(t)
	text := "IS said after Tuesdays assault at Shaer in Homs province that it held the field. An earlier attack by IS fighters on Shaer left 270 people dead."
	n := 0
	for _, e := range x.Extract(text, monday).Entities {
		if e.Text == "Shaer" {
			n++
			if e.Type != "PLACE" {
				t.Errorf("%+v: want a place", e)
			}
		}
	}
	if n != 2 {
		t.Errorf("found Shaer %d times, want 2", n)
	}
}

// A town the gazetteer knows is a place as the object of a verb of war,
// where the tagger alone saw a person or nothing: "airstrikes hit Douma".
func TestTownAfterVerbOfWar(t *testing.T) {
	x := mustNew(t)
	for _, c := range []struct{ text, town string }{
		{"Airstrikes hit Douma on Sunday.", "Douma"},
		{"Airstrikes hit Azaz last week.", "Azaz"},
		{"Government forces shelled Binnish on Monday.", "Binnish"},
		{"Airstrikes hit Talbiseh on Friday.", "Talbiseh"},
	} {
		found := false
		for _, e := range x.Extract(c.text, monday).Entities {
			if e.Text == c.town {
				found = true
				if e.Type != "PLACE" {
					t.Errorf("%q: %+v, want a place", c.text, e)
				}
			}
		}
		if !found {
			t.Errorf("%q: %s not found", c.text, c.town)
		}
	}
}

// "Secretary-General" is a title, cut from the person it precedes, and a
// person after "UN Secretary-General" stays a person when the list takes
// "UN".
func TestSecretaryGeneral(t *testing.T) {
	x := mustNew(t)
	for _, c := range []struct{ text, person string }{
		{"Secretary-General Ban Ki-moon said on Monday he was alarmed.", "Ban Ki-moon"},
		{"UN Secretary-General Antonio Guterres said on Monday he was alarmed.", "Antonio Guterres"},
	} {
		found := false
		for _, e := range x.Extract(c.text, monday).Entities {
			if e.Type == "PERSON" {
				found = e.Text == c.person
			}
		}
		if !found {
			t.Errorf("%q: want the person %q, got %+v", c.text, c.person, x.Extract(c.text, monday).Entities)
		}
	}
}

// A listed name the tokenizer splits at its apostrophe ("People | 's",
// "Workers | '") is found whole, with straight or curly apostrophes.
func TestListedNamesWithClitics(t *testing.T) {
	x := mustNew(t)
	text := "The Kurdistan Workers' Party denied it. Meanwhile, the People's Protection Units accused Ankara. " +
		"The Women’s Protection Units fought.\n"
	r := x.Extract(text, monday)
	for _, name := range []string{"Kurdistan Workers' Party", "People's Protection Units", "Women’s Protection Units"} {
		e := entityOf(r, name)
		if e == nil || e.Type != "ORG" {
			t.Errorf("%q: %+v, want an ORG (entities %+v)", name, e, r.Entities)
		}
	}
}

// An untagged name with an Arabic article after "in" or "near" is a place,
// unless the list knows it, an organisation's head follows, or it is where
// a report was published.
func TestArticledPlaces(t *testing.T) {
	x := mustNew(t)
	text := "Nineteen explosions were heard during the air strikes in al-Shadadi. The bombs hit a camp near al-Habeet on Wednesday. " +
		"Fighters in al-Qaeda were killed. According to a report in al-Monitor the groups merged. " +
		"Clashes erupted near al-Furqan Brigade positions.\n"
	r := x.Extract(text, monday)
	for _, name := range []string{"al-Shadadi", "al-Habeet"} {
		if e := entityOf(r, name); e == nil || e.Type != "PLACE" {
			t.Errorf("%q: %+v, want a place (entities %+v)", name, e, r.Entities)
		}
	}
	for _, name := range []string{"al-Qaeda", "al-Monitor", "al-Furqan Brigade"} {
		if e := entityOf(r, name); e != nil && e.Type == "PLACE" {
			t.Errorf("%q is no place: %+v", name, e)
		}
	}
}

// A town before a plural is a club only where "the" or a club before it
// says so, and the plural is no event, accord or kind of place.
func TestTownBeforePluralIsNoClub(t *testing.T) {
	x := mustNew(t)
	for _, c := range []struct{ text, plural string }{
		{"Death toll from airstrikes in Aleppo Rises to 70.", "Rises"},
		{"He lives in the Colorado Springs area.", ""},
		{"Officials blamed the Paris Attacks on the group.", "Attacks"},
	} {
		r := x.Extract(c.text, monday)
		for _, e := range r.Entities {
			if e.Type == "ORG" && (c.plural == "" || strings.HasSuffix(e.Text, c.plural)) {
				t.Errorf("%q: %q is an organisation", c.text, e.Text)
			}
		}
	}
}

// A listed company inside a longer name is no name of its own.
func TestCompanyInsideALongerName(t *testing.T) {
	x := mustNew(t)
	for _, c := range []struct{ text, company string }{
		{"The song was played on Radio Disney every hour last week.", "Disney"},
		{"The Dow Jones Industrial Average fell 120 points on Friday.", "Dow Jones"},
	} {
		r := x.Extract(c.text, monday)
		if e := entityOf(r, c.company); e != nil {
			t.Errorf("%q: %q found alone: %+v", c.text, c.company, r.Entities)
		}
	}
}

// entityCase is a text and the entities wanted from it, as "TYPE text"
// joined by "|" in text order.
type entityCase struct{ text, want string }

// checkEntities extracts each case's text and compares the entities.
// wantKeyed checks that the items keyed as in want have want's value,
// and that each key of want is found; with all, an item whose key want
// lacks is an error too.
func wantKeyed[T any](t *testing.T, items []T, kv func(T) (key, value string), want map[string]string, all bool) {
	t.Helper()
	want = maps.Clone(want)
	for _, it := range items {
		k, v := kv(it)
		w, ok := want[k]
		if !ok && all {
			t.Errorf("%s: %s, want none", k, v)
		}
		if ok && v != w {
			t.Errorf("%s: %s, want %s", k, v, w)
		}
		delete(want, k)
	}
	for k := range want {
		t.Errorf("no %q in %+v", k, items)
	}
}

func checkEntities(t *testing.T, x *Extractor, cases []entityCase) {
	t.Helper()
	for _, c := range cases {
		var got []string
		for _, e := range x.Extract(c.text, monday).Entities {
			got = append(got, e.Type+" "+e.Text)
		}
		if strings.Join(got, "|") != c.want {
			t.Errorf("%q: %q, want %q", c.text, strings.Join(got, "|"), c.want)
		}
	}
}

// Missions named for where they serve are one body, their acronym in
// brackets an alias; offices before a name are no body ("U.S.
// Attorney"); a cartel is a body; a place's particle joins its two words;
// an article before "Government of" is no part of the name; a dateline's
// town in capitals has its name in title case.
func TestMissionsOfficesAndParticles(t *testing.T) {
	x := mustNew(t)
	cases := []entityCase{
		{"The United Nations Support Mission in Libya (UNSMIL) called for calm.", "ORG United Nations Support Mission in Libya|ORG UNSMIL"},
		{"The U.N. Assistance Mission in Afghanistan condemned the bombing.", "ORG U.N. Assistance Mission in Afghanistan"},
		{"The African Union Support and Stabilization Mission in Somalia (AUSSOM) took over.", "ORG African Union Support and Stabilization Mission in Somalia|ORG AUSSOM"},
		// a force somewhere, no name
		{"The Russian Air Force in Syria struck Idlib.", "ORG Russian Air Force|PLACE Syria|PLACE Idlib"},
		{"U.S. Attorney Damian Williams said he would appeal.", "PERSON Damian Williams"},
		{"He led the Sinaloa Cartel for years.", "ORG Sinaloa Cartel"},
		{"The insurgency began in Mocimboa da Praia.", "PLACE Mocimboa da Praia"},
		{"The Government of National Unity said it won.", "ORG Government of National Unity"},
	}
	checkEntities(t, x, cases)
	r := x.Extract("UNSMIL said so. Abdul Ghani al-Kikli, better known as Ghnewa, was killed.\n\nNEW YORK, June 26 (Reuters) - A judge ruled.", monday)
	wantKeyed(t, r.Entities, func(e Entity) (string, string) { return e.Text, e.Type + " " + e.Canonical },
		map[string]string{"Ghnewa": "PERSON Abdul Ghani al-Kikli", "NEW YORK": "PLACE New York"}, false)
}

// A name the text treats as a company is one in every mention ("Shares of
// Nokia" over the gazetteer's town, "Starbucks said on Monday it would"
// over the tagger's person), but "Merkel said it was time" and a person
// the text names in full keep their type; a person the tagger left out
// after an office is found; an office with its department opens no name.
func TestCompaniesAndOfficesByContext(t *testing.T) {
	x := mustNew(t)
	cases := []entityCase{
		{"Nokia said it would cut jobs. Shares of Nokia fell.", "ORG Nokia|ORG Nokia"},
		{"Starbucks said on Monday it would close 500 stores. Analysts said Starbucks would gain.", "ORG Starbucks|ORG Starbucks"},
		{"In London, Pfizer shares rose 3%.", "PLACE London|ORG Pfizer"},
		{"Thales's chief executive spoke to investors on Monday.", "ORG Thales"},
		{"Merkel said on Monday it was time to act.", "PERSON Merkel"},
		{"Prime Minister Benjamin Netanyahu spoke. Netanyahu said it would hit back.", "PERSON Benjamin Netanyahu|PERSON Netanyahu"},
		{"Talks went on. Dutch PM Mark Rutte spoke. He left.", "PERSON Mark Rutte"},
		{"U.S. Secretary of State Antony Blinken will travel to Egypt.", "PLACE U.S.|PERSON Antony Blinken|PLACE Egypt"},
		{"Shares listed on the Nasdaq fell as the Nasdaq Composite slid.", "ORG Nasdaq"},
	}
	checkEntities(t, x, cases)
	r := x.Extract("DEIR AL-BALAH, Gaza Strip (AP) — An airstrike hit a school.", monday)
	wantKeyed(t, r.Entities, func(e Entity) (string, string) { return e.Text, e.Type + " " + e.Canonical },
		map[string]string{"DEIR AL-BALAH": "PLACE Deir Al-Balah"}, false)
}

// An aircraft's model number makes it a machine, not a person, whatever
// the tagger made of its capitals.
func TestModelNumberIsNoPerson(t *testing.T) {
	x := mustNew(t)
	r := x.Extract("The wing flew the P-51 Mustang , 1944 -- 1945 .\nF-94 Starfire , 1952 -- 1954 ; F-86 Sabre , 1953 -- 1954 .\n", monday)
	for _, e := range r.Entities {
		if e.Type == "PERSON" {
			t.Errorf("%q is no person", e.Text)
		}
	}
}

// An everyday word that opens a quoted sentence is no name: `"Army units
// advanced …`, `"Civil defence teams …`.
func TestEverydayOpenerAfterQuote(t *testing.T) {
	x := mustNew(t)
	for _, text := range []string{
		`The ministry gave no figures. "Army units advanced again into Zuhur where they executed a sweep" the statement said.`,
		`A doctor spoke to us. "Civil defence teams prevented civilians from approaching the area" he said.`,
	} {
		for _, e := range x.Extract(text, monday).Entities {
			if e.Text == "Army" || e.Text == "Civil" {
				t.Errorf("%q: %s %q is no name", text, e.Type, e.Text)
			}
		}
	}
}

// A portfolio before its office ("Syrian Information Minister") and the
// "Civil" of "Civil defence" are no bodies; a body before its spokesman is.
func TestPortfolioIsNoBody(t *testing.T) {
	x := mustNew(t)
	r := x.Extract("Syrian Information Minister Omran al-Zoubi said the allegations were false. Civil defence teams in Aleppo recovered six bodies.", monday)
	for _, e := range r.Entities {
		if e.Text == "Information" || e.Text == "Civil" {
			t.Errorf("%s %q is no name", e.Type, e.Text)
		}
	}
	found := false
	for _, e := range r.Entities {
		found = found || e.Type == "PERSON" && e.Text == "Omran al-Zoubi"
	}
	if !found {
		t.Errorf("want PERSON Omran al-Zoubi, got %+v", r.Entities)
	}
}

// The account name a page prints after an embedded post's author is no
// entity; an agency's credit before a date is.
func TestSocialHandleIsNoEntity(t *testing.T) {
	x := mustNew(t)
	r := x.Extract("Rescuers pulled a girl from the rubble. The White Helmets (SyriaCivilDef) June 12 2016. OCHA Syria (OCHASyria) June 10 2016. BEIRUT (AFP) March 12 2016 Rebels shelled Aleppo.", monday)
	var afp bool
	for _, e := range r.Entities {
		if e.Text == "SyriaCivilDef" || e.Text == "OCHASyria" {
			t.Errorf("%s %q is an account name", e.Type, e.Text)
		}
		afp = afp || e.Text == "AFP"
	}
	if !afp {
		t.Errorf("the credit AFP was lost: %+v", r.Entities)
	}
}

// A head noun links a lone tagger guess to the organisation the document
// named, never a gazetteer's place: "the Aleppo region" after a run-on
// "Syrias Aleppo" stays the city.
func TestHeadCorefSparesPlaces(t *testing.T) {
	x := mustNew(t)
	r := x.Extract("At least 15 people were killed in fresh air strikes and artillery fire on rebel-held areas of Syrias Aleppo on Wednesday a monitor said. Konashenkov said the air force did not bomb the convoy in the Aleppo region last month.", monday)
	for _, e := range r.Entities {
		if e.Text == "Aleppo" && (e.Type != "PLACE" || e.Canonical != "Aleppo") {
			t.Errorf("Aleppo at %d: %s %q, want the PLACE Aleppo", e.Start, e.Type, e.Canonical)
		}
	}
}

// The Syrian towns the city gazetteer leaves out are listed by hand, as
// towns with their country and no guessed position: "Atareb is in the west
// of Aleppo province" names a town, not a person.
func TestHandListedTowns(t *testing.T) {
	x := mustNew(t)
	for _, c := range []struct{ text, town string }{
		{"Atareb is in the west of Aleppo province in an area held by rebels.", "Atareb"},
		{"Madaya evacuees said they heard the blast.", "Madaya"},
		{"Marea is a stronghold of the Islamic Front.", "Marea"},
	} {
		found := false
		for _, e := range x.Extract(c.text, monday).Entities {
			if e.Text == c.town {
				found = e.Type == "PLACE"
				if !found {
					t.Errorf("%q: %s %s, want a PLACE", c.text, e.Type, e.Text)
				}
			}
		}
		if !found {
			t.Errorf("%q: town %s not found as a PLACE", c.text, c.town)
		}
		p := x.gaz.lookup(c.town)
		if p == nil || p.Country != "SY" || p.Lat != 0 || p.Lon != 0 || p.State || p.Pop != townPop {
			t.Errorf("%s in the gazetteer: %+v, want a Syrian town without a position", c.town, p)
		}
	}
}

// Weapons and aircraft are no entities, though the tagger reads them as
// people or towns.
func TestWeaponsAreNoEntities(t *testing.T) {
	x := mustNew(t)
	r := x.Extract("Russia confirmed that six Tupolev warplanes struck Raqqa. The US fired 59 Tomahawk missiles. Rebels fired Grad rockets. "+
		"A US Predator drone was in the area, and Russian Tupolev bombers too.", monday)
	for _, e := range r.Entities {
		switch e.Text {
		case "Tupolev", "Tomahawk", "Grad", "Predator":
			t.Errorf("%s %q is a weapon", e.Type, e.Text)
		}
	}
}

// A name before the kind of group it names is the group's, a town's name
// before "agency", "party" or "movement" too; a known town before
// "brigade" and a state before any of them keep their type.
func TestNameBeforeGroupKind(t *testing.T) {
	x := mustNew(t)
	r := x.Extract("Six had been killed, the state-run Sana agency said. The Hazzm movement and the Baath party disagreed. "+
		"Fighters of the Sawaiq al-Rahman brigade shelled the town. The Tal Abyad brigade withdrew. A US agency said so.", monday)
	want := map[string]string{"Sana": "ORG", "Hazzm": "ORG", "Baath": "ORG", "Sawaiq al-Rahman": "ORG", "Tal Abyad": "PLACE", "US": "PLACE"}
	for name, typ := range want {
		e := entityOf(r, name)
		if e == nil {
			t.Errorf("%q not found: %+v", name, r.Entities)
		} else if e.Type != typ {
			t.Errorf("%q: %s, want %s", name, e.Type, typ)
		}
	}
}

// Hills, squares and streets are places, and so is a town "regime-besieged".
func TestHillsSquaresAndBesiegedTowns(t *testing.T) {
	x := mustNew(t)
	r := x.Extract("The army regained Trax hill on Monday. Shells hit the east of al- Tulabieh square. "+
		"A convoy left regime-besieged al-Zabadani near the capital.", monday)
	for _, name := range []string{"Trax", "Tulabieh", "al-Zabadani"} {
		if e := entityOf(r, name); e == nil || e.Type != "PLACE" {
			t.Errorf("%q: %+v, want a place", name, e)
		}
	}
}

// A plural acronym is a kind of thing ("told MPs", "NGOs"), unless a name
// defines it in brackets.
func TestPluralAcronymsAreNoNames(t *testing.T) {
	x := mustNew(t)
	r := x.Extract("Johnson told MPs in the parliament. Several NGOs and IDPs were there. "+
		"Units in the Air Defense Direction Centers (ADDCs) stood by.", monday)
	for _, name := range []string{"MPs", "NGOs", "IDPs"} {
		if e := entityOf(r, name); e != nil {
			t.Errorf("%q is no name: %+v", name, e)
		}
	}
	if entityOf(r, "ADDCs") == nil {
		t.Errorf("ADDCs, defined in brackets, lost: %+v", r.Entities)
	}
}

// An "and" that joins two names splits the tagger's run of capitals; one
// that is part of a name does not.
func TestCoordinatedNamesSplit(t *testing.T) {
	x := mustNew(t)
	r := x.Extract("Fighting raged in the neighborhoods of Sheikh Saeed and Shurfa on Monday. "+
		"Strikes hit the towns of Akhtarin and Dabiq. "+
		"The Food and Agriculture Organization warned, as did the Islamic State of Iraq and the Levant. "+
		"He travelled to Bosnia and Herzegovina.", monday)
	wantTypes(t, r, map[string]string{"Sheikh Saeed": "PLACE", "Shurfa": "PLACE", "Akhtarin": "PLACE", "Dabiq": "PLACE",
		"Food and Agriculture Organization": "ORG", "Islamic State of Iraq and the Levant": "ORG", "Bosnia and Herzegovina": "PLACE"})
}

// A state's army or government named by its people's adjective is an
// organisation; a creed's adjective names no body, and a people alone is
// no name.
func TestDemonymBodies(t *testing.T) {
	x := mustNew(t)
	r := x.Extract("The Syrian army recaptured the town. Iraqi security forces entered Mosul. "+
		"The Turkish government denied it, and Kurdish forces withdrew. Sunni forces and Syrians fled. "+
		"British, German and Afghan troops left Germany for the Kazakh capital.", monday)
	for _, name := range []string{"Syrian army", "Iraqi security forces", "Turkish government", "Kurdish forces", "Afghan troops"} {
		if e := entityOf(r, name); e == nil || e.Type != "ORG" {
			t.Errorf("%q: %+v, want an organisation", name, e)
		}
	}
	// a scraped possessive ends the name, which leaves its "s" out
	r2 := x.Extract("The Syrian armys advance continued. The Syrian regimes forces shelled Douma.", monday)
	wantTypes(t, r2, map[string]string{"Syrian army": "ORG", "Syrian regime": "ORG"})
	if e := entityOf(r, "Syrian army"); e != nil && e.Canonical != "Syrian Arab Army" {
		t.Errorf("Syrian army named %q, want the listed Syrian Arab Army", e.Canonical)
	}
	for _, name := range []string{"Sunni forces", "Syrians", "British", "German", "Kazakh"} {
		if e := entityOf(r, name); e != nil {
			t.Errorf("%q is no organisation: %+v", name, e)
		}
	}
	if e := entityOf(r, "Germany"); e == nil || e.Type != "PLACE" {
		t.Errorf("Germany: %+v, want the place", e)
	}
}

// A name ending in a body's head that the gazetteer knows whole is a
// place: "the West Bank" is no bank.
func TestKnownPlaceEndingInBodyHead(t *testing.T) {
	x := mustNew(t)
	r := x.Extract("Israeli troops entered the West Bank town of Hebron. The World Bank said so.", monday)
	wantTypes(t, r, map[string]string{"West Bank": "PLACE", "World Bank": "ORG"})
}

// Places named by their kind in Arabic (suburb, well, ruin, cairn) are
// places; "Umm" before a given name is a mother's kunya; a kunya with no
// given name in a list of towns is a town.
func TestArabicPlaceKindsAndKunyas(t *testing.T) {
	x := mustNew(t)
	r := x.Extract("An AFP correspondent who visited Dahiyet al-Assad saw deserted streets. "+
		"Clashes erupted in Jubb al-Jarrah and Kherbet Hajam. "+
		"Army units eliminated terrorists in Rasm al-Tawil and Abu Qator. "+
		"Umm Ahmed, a mother of three, told Syria Direct she fled Umm Batna.", monday)
	wantTypes(t, r, map[string]string{"Dahiyet al-Assad": "PLACE", "Jubb al-Jarrah": "PLACE", "Kherbet Hajam": "PLACE",
		"Abu Qator": "PLACE", "Umm Ahmed": "PERSON", "Umm Batna": "PLACE"})
}

// A town held by a group written as a name ("IS-held Dabiq") is a place;
// an outlet named like a town after its kind ("the news agency Sana") is
// the outlet.
func TestHeldByNameAndOutletNamedLikeTown(t *testing.T) {
	x := mustNew(t)
	r := x.Extract("Rebels are 12km southeast of IS-held Dabiq which they are pushing towards. "+
		"The official Syrian news agency Sana quoted a military source.", monday)
	wantTypes(t, r, map[string]string{"Dabiq": "PLACE", "Sana": "ORG"})
}

// An office before a surname alone makes a person when lower case follows
// it; in a Title Case run it does not.
func TestOfficeBeforeSurnameAlone(t *testing.T) {
	x := mustNew(t)
	r := x.Extract("Knox Thames, the Special Advisor to Ambassador Saperstein for Religious Minorities, will travel. "+
		"The Minister Said the Economy Lost.", monday)
	if e := entityOf(r, "Saperstein"); e == nil || e.Type != "PERSON" {
		t.Errorf("Saperstein: %+v, want a person", e)
	}
	if e := entityOf(r, "Said"); e != nil {
		t.Errorf("Said is no person: %+v", e)
	}
}

// A rank's class ("1st Class") is no model number: the name after it is
// the person.
func TestRankClassBeforeName(t *testing.T) {
	x := mustNew(t)
	r := x.Extract("We mourn the loss of one of our own, Navy Special Warfare Operator 1st Class Charles H. Keating IV, who was killed yesterday in northern Iraq. The F-86 Sabre flew.", monday)
	if e := entityOf(r, "Charles H. Keating IV"); e == nil || e.Type != "PERSON" {
		t.Errorf("Charles H. Keating IV: %+v, want a person; got %+v", e, r.Entities)
	}
	for _, e := range r.Entities {
		if e.Type == "PERSON" && strings.Contains(e.Text, "86") {
			t.Errorf("a machine is no person: %+v", e)
		}
	}
}

// A name the actor list knows takes the list's name whatever source found
// it.
func TestListedNameFromTagger(t *testing.T) {
	x := mustNew(t)
	r := x.Extract("Fighters of Al Qaeda and Al Nusra attacked the town.", monday)
	for text, want := range map[string]string{"Al Qaeda": "al-Qaeda", "Al Nusra": "Jabhat al-Nusra"} {
		if e := entityOf(r, text); e == nil || e.Canonical != want {
			t.Errorf("%q: %+v, want the listed name %q", text, e, want)
		}
	}
}

// A town after a verb of taking ground is a place, also in a headline's
// present tense, where every word is capitalised.
func TestTownAfterHeadlineVerb(t *testing.T) {
	x := mustNew(t)
	r := x.Extract("Turkey Says It Will Not Let Kurdish Militia Take Manbij\n\nThe talks went on.", monday)
	wantTypes(t, r, map[string]string{"Manbij": "PLACE"})
}

// A surname the tagger read as a people's word (MISC) is the person named
// in full earlier.
func TestSurnameTaggedMisc(t *testing.T) {
	x := mustNew(t)
	r := x.Extract("Delwyn J. Langejans is an innovative American luthier .\n"+
		"A descendant of farmer immigrants from Bentheim , Germany , Langejans was born and raised in Holland , Michigan .\n"+
		"After his naval discharge , Langejans took a job at Meyer Music in Holland .\n", monday)
	n := 0
	for _, e := range r.Entities {
		if e.Text == "Langejans" && e.Type == "PERSON" && e.Canonical == "Delwyn J. Langejans" {
			n++
		}
	}
	if n != 2 {
		t.Errorf("want both later Langejans as the person, got %+v", r.Entities)
	}
}

// Waters and grounds named by their kind are places; two such names
// joined by "and" are two, each ending in its own kind.
func TestWatersAndGroundsByKind(t *testing.T) {
	x := mustNew(t)
	r := x.Extract("The park includes Lincoln Reservoir and Bobby Morris Playfield . "+
		"The stream flows from Hancock Pond into Sandy Creek near Davis Gym .", monday)
	wantTypes(t, r, map[string]string{"Lincoln Reservoir": "PLACE", "Bobby Morris Playfield": "PLACE",
		"Hancock Pond": "PLACE", "Sandy Creek": "PLACE", "Davis Gym": "PLACE"})
}

// A name defined as a kind of place is one ("Aisby is a village in …",
// "Jeb el-Kussa, a village south of …", "the island of Divar"); a person
// with a title that holds such a word is not ("a village elder").
func TestNameDefinedAsPlace(t *testing.T) {
	x := mustNew(t)
	r := x.Extract("Aisby is a village in the English county of Lincolnshire . "+
		"Shells hit Jeb el-Kussa, a village south of Jarabulus. The island of Divar lies in Goa . "+
		"Ahmed is a village elder in Idlib. Smith was a city official.", monday)
	wantTypes(t, r, map[string]string{"Aisby": "PLACE", "Jeb el-Kussa": "PLACE", "Divar": "PLACE", "Ahmed": "PERSON", "Smith": "PERSON"})
	// and as a kind of organisation; a person's own phrase is no kind
	r = x.Extract("Korn is an American nu metal band from Bakersfield . Nyrstar , a Belgian multinational company based in Zurich , said so. "+
		"Eyad al-Homsi, a spokesman for participating faction Jaish a-Nasr, told Syria Direct.", monday)
	wantTypes(t, r, map[string]string{"Korn": "ORG", "Nyrstar": "ORG", "Eyad al-Homsi": "PERSON"})
}

// A faith or a script named alone is no entity.
func TestFaithsAndScriptsAreNoEntities(t *testing.T) {
	x := mustNew(t)
	r := x.Extract("He converted to Islam in 611 . The name is written in Cyrillic . Hindu and Buddhist temples stand in Goa .", monday)
	for _, name := range []string{"Islam", "Cyrillic", "Hindu", "Buddhist"} {
		if e := entityOf(r, name); e != nil {
			t.Errorf("%q is no entity: %+v", name, e)
		}
	}
	wantTypes(t, r, map[string]string{"Goa": "PLACE"})
}

// A state before a listed verb in the present in a Title Case headline
// acts ("Turkey Says …"); before a modal or a capitalised word ending in
// "-ed" it does not ("… Deal on Syria Should Be …", "Tags Syria United
// States").
func TestStateActsInHeadline(t *testing.T) {
	x := mustNew(t)
	r := x.Extract("Turkey Says It Will Not Let Kurdish Militia Take Manbij\n\nThe talks went on.", monday)
	wantTypes(t, r, map[string]string{"Turkey": "ORG"})
	r = x.Extract("Opposition Insists Any Deal on Syria Should Be of UN Nature\n\nThe talks went on.", monday)
	wantTypes(t, r, map[string]string{"Syria": "PLACE"})
}

// A company named in full with its legal form is the same company named
// short, without it or by its own first word; a person named in full keeps
// the word, and a first word that is an everyday word or a given name
// stands for nothing.
func TestCompanyShortNames(t *testing.T) {
	x := mustNew(t)
	text := "Cineplex Odeon Corp. directors said the chairman is weighing a bid. " +
		"The board said the executives would offer C$16.40 a share for all of Cineplex's shares. Cineplex said it would reply.\n\n" +
		"Waxman Industries Inc. said holders had converted notes. Waxman sells hardware products.\n\n" +
		"General Motors Corp. said General Mark Milley would visit.\n\n" +
		"Eberhard Faber GmbH was sold; Faber-Castell USA took the brand.\n"
	r := x.Extract(text, monday)
	n := 0
	for _, e := range r.Entities {
		switch e.Text {
		case "Cineplex", "Waxman":
			n++
			if e.Type != "ORG" || !strings.HasSuffix(e.Canonical, "Corp.") && !strings.HasSuffix(e.Canonical, "Inc.") {
				t.Errorf("%q at %d: %s %q, want the company", e.Text, e.Start, e.Type, e.Canonical)
			}
		case "General":
			t.Errorf("%q at %d is an entity", e.Text, e.Start)
		}
	}
	if n != 3 {
		t.Errorf("found %d short mentions of the companies, want 3: %+v", n, r.Entities)
	}
	wantTypes(t, r, map[string]string{"Eberhard Faber GmbH": "ORG", "Faber-Castell USA": "ORG", "Mark Milley": "PERSON"})

	// a family name the document gives a person is no company's short form
	r = x.Extract("Roy Disney said Walt Disney Co. would grow. Disney said so again.", monday)
	for _, e := range r.Entities {
		if e.Text == "Disney" && e.Canonical == "Walt Disney Co." {
			t.Errorf("%+v: a person's family name became the company", e)
		}
	}
}

// A person named in full is the same person named by the surname, also
// when a word of the name is a town and a title says it is a name, and by
// the given name alone where a person's name can stand.
func TestPersonNamedShort(t *testing.T) {
	x := mustNew(t)
	r := x.Extract("Dr. Barnett Slepian was shot at his home in October.\n\nA jogger saw the car near Slepian's home ten days before.\n", monday)
	var n int
	for _, e := range r.Entities {
		if e.Text == "Slepian" {
			n++
			if e.Type != "PERSON" || e.Canonical != "Barnett Slepian" {
				t.Errorf("%+v, want the doctor", e)
			}
		}
	}
	if n != 1 {
		t.Errorf("found %d mentions of Slepian alone, want 1: %+v", n, r.Entities)
	}

	text := "The boy, Elian Gonzalez, was rescued at sea in November.\n\n" +
		"In Havana, Elian's father joined the rally.\n\n" +
		"Zarvin Okoro, the governor, said the plan would work.\n\nFighting spread to the Zarvin on Monday.\n"
	r = x.Extract(text, monday)
	n = 0
	for _, e := range r.Entities {
		switch e.Text {
		case "Elian":
			n++
			if e.Type != "PERSON" || e.Canonical != "Elian Gonzalez" {
				t.Errorf("%+v, want the boy", e)
			}
		case "Zarvin":
			if e.Type != "PLACE" {
				t.Errorf("%+v: a given name after 'in' is read as the person", e)
			}
		}
	}
	if n != 1 {
		t.Errorf("found %d mentions of Elian alone, want 1: %+v", n, r.Entities)
	}
}

// The lower-case kind after a name types it: an outlet ("newspaper",
// "news agency", an Arabic name's "channel") makes a body, a camp, road or
// crossing a place; a country's outlet, an everyday word, a group's camp
// and a road between two places are left as they were. A dateline's short
// town in capitals takes the gazetteer's spelling.
func TestNamesByKind(t *testing.T) {
	x := mustNew(t)
	cases := []entityCase{
		{"The pro-government Al-Watan newspaper reported the clashes.", "ORG Al-Watan"},
		{"The Global New Light of Myanmar newspaper said the vote was fair.", "ORG Global New Light of Myanmar"},
		{"The Al-Ikhbariya channel showed the convoy.", "ORG Al-Ikhbariya"},
		{"Thousands fled to the Abu Shouk camp near El Fasher.", "PLACE Abu Shouk|PLACE El Fasher"},
		{"Rebels cut the Castello road north of Aleppo.", "PLACE Castello|PLACE Aleppo"},
		{"Troops stormed the Al Fawwar camp south of Hebron.", "PLACE Al Fawwar|PLACE Hebron"},
		// left alone
		{"The daily Star newspaper said the strikes hit Idlib.", "ORG Star|PLACE Idlib"},
		{"CBS television said the strikes hit Idlib.", "ORG CBS|PLACE Idlib"},
		{"Syria TV said the strikes hit Idlib.", "PLACE Syria|PLACE Idlib"},
		{"The jets bombed an ISIS camp near Raqqa.", "ORG ISIS|PLACE Raqqa"},
		{"Rebels cut the Damascus-Beirut highway.", ""},
		{"The English-language magazine closed.", ""},
	}
	checkEntities(t, x, cases)
	r := x.Extract("ADEN, Yemen (Reuters) - Separatists took the port.", monday)
	wantKeyed(t, r.Entities, func(e Entity) (string, string) { return e.Text, e.Type + " " + e.Canonical },
		map[string]string{"ADEN": "PLACE Aden"}, false)
}

// A wire story's credits name its journalists, whom the tagger may read as
// a body; a name between "the" and a building's kind in lower case is the
// building's, not the person's it was named after.
func TestCreditsAndNamedBuildings(t *testing.T) {
	x := mustNew(t)
	cases := []entityCase{
		{"(Reporting by Khalid Abdelaziz; Writing by Nafisa Eltahir; Editing by Alex Richardson)", "PERSON Khalid Abdelaziz|PERSON Nafisa Eltahir|PERSON Alex Richardson"},
		{"(Reporting by Mohammed Ghobari in Aden and Jana Choukeir in Dubai; Editing by Hugh Lawson)", "PERSON Mohammed Ghobari|PLACE Aden|PERSON Jana Choukeir|PLACE Dubai|PERSON Hugh Lawson"},
		{"The strike hit the Abu Hussein school in Jabalia.", "ORG Abu Hussein|PLACE Jabalia"},
		{"Israeli forces raided the Kamal Adwan hospital in Beit Lahia.", "ORG Israeli forces|ORG Kamal Adwan|PLACE Beit Lahia"},
		// a person the story names stays one, apart from the school
		{"Abu Hussein said the Abu Hussein school was hit.", "PERSON Abu Hussein|ORG Abu Hussein"},
	}
	checkEntities(t, x, cases)
}

// Later members of a list of places after a preposition of place stay
// places whatever verb follows; "the largest city in" defines a place as
// "a city in" does; a state the gazetteer knows whole ("DR Congo") opens
// with no title and takes its one name.
func TestPlaceListsSuperlativesAndWholeStates(t *testing.T) {
	x := mustNew(t)
	cases := []entityCase{
		{"Peacekeepers from South Africa, Malawi and Uruguay have been killed in the fighting.", "PLACE South Africa|PLACE Malawi|PLACE Uruguay"},
		{"Aid workers in Syria and Iraq have been kidnapped.", "PLACE Syria|PLACE Iraq"},
		{"Goma is the largest city in eastern Congo.", "PLACE Goma|PLACE Congo"},
		// left alone: a state that acts, a person's office, a group ranked
		{"Russia and China vetoed the resolution.", "ORG Russia|ORG China"},
		{"Smith is the city's mayor.", "PERSON Smith"},
		{"Hamas is the largest militant group in Gaza.", "ORG Hamas|PLACE Gaza"},
		{"Fighting spread in DR Congo last year.", "PLACE DR Congo"},
	}
	checkEntities(t, x, cases)
	r := x.Extract("Refugees fled to DR Congo. Aid reached the Democratic Republic of Congo.", monday)
	wantKeyed(t, r.Entities, func(e Entity) (string, string) { return e.Text, e.Type + " " + e.Canonical },
		map[string]string{"DR Congo": "PLACE Democratic Republic of the Congo", "Democratic Republic of Congo": "PLACE Democratic Republic of the Congo"}, false)
}

// A name after a possessive the tagger ran into its owner's name is found
// on its own when the list knows the owner; a speaker of plain names
// after a comma is a person, whose given name the lists may not know; a
// group that speaks stays a group.
func TestPossessedAndSayerNames(t *testing.T) {
	x := mustNew(t)
	for _, c := range []struct{ text, name, typ string }{
		{"The army shelled the town on Friday, the World Health Organization's Tedros Adhanom Ghebreyesus said.", "Tedros Adhanom Ghebreyesus", "PERSON"},
		{"The army shelled the town on Friday, Tedros Adhanom Ghebreyesus said.", "Tedros Adhanom Ghebreyesus", "PERSON"},
		{"Rebels shelled the town, Human Rights Watch said.", "Human Rights Watch", "ORG"},
		{"Rebels shelled the town, Jaish al-Izza said.", "Jaish al-Izza", "ORG"},
		{"On London's Stock Exchange, Reuters shares rose five pence.", "Stock Exchange", "ORG"},
	} {
		r := x.Extract(c.text, monday)
		found := false
		for _, e := range r.Entities {
			if e.Text == c.name {
				found = true
				if e.Type != c.typ {
					t.Errorf("%q: %s is %s, want %s", c.text, c.name, e.Type, c.typ)
				}
			}
		}
		if !found {
			t.Errorf("%q: %s not found in %+v", c.text, c.name, r.Entities)
		}
	}
}

// "a post on X." ends its sentence: the platform is no initial; "George
// W. Bush" keeps his.
func TestPlatformXEndsSentence(t *testing.T) {
	for _, c := range []struct {
		text  string
		sents int
	}{
		{"Tedros said in a post on X. Medecins Sans Frontieres said it had run out of supplies.", 2},
		{"The envoy met George W. Bush in Washington.", 1},
	} {
		if d := newDocument(c.text); len(d.sents) != c.sents {
			t.Errorf("%q: %d sentences, want %d", c.text, len(d.sents), c.sents)
		}
	}
}

// A gang or cartel named after a place is a group: "the Santa Rosa de
// Lima gang" (the name's Spanish "de" inside), "the Sinaloa cartel".
func TestGangsNamedAfterPlaces(t *testing.T) {
	x := mustNew(t)
	for _, c := range []struct{ text, name string }{
		{"Police blamed the Santa Rosa de Lima gang for the attack.", "Santa Rosa de Lima"},
		{"The Sinaloa cartel is fighting for the border.", "Sinaloa"},
	} {
		r := x.Extract(c.text, monday)
		if len(r.Entities) != 1 || r.Entities[0].Text != c.name || r.Entities[0].Type != "ORG" {
			t.Errorf("%q: entities %+v, want the ORG %s", c.text, r.Entities, c.name)
		}
	}
}

// A group's acronym in brackets right after its name is its alias even
// when it spells the name in another language ("FAMa", "CSP-DPA"), and a
// long name the tagger cut after its last "of" runs back to its first
// capital. Agencies' credits and honorifics in brackets are no acronyms.
func TestForeignAcronymsAndLongNames(t *testing.T) {
	x := mustNew(t)
	text := "The Strategic Framework for the Defence of the People of Azawad (CSP-DPA), an alliance of mostly Tuareg armed groups, " +
		"said its fighters had ambushed a convoy of the Malian Armed Forces (FAMa). The CSP-DPA said FAMa troops fled. " +
		"Twin blasts hit a checkpoint on the road to Sayyeda Zainab (AS) near Damascus."
	r := x.Extract(text, monday)
	for short, long := range map[string]string{
		"CSP-DPA": "Strategic Framework for the Defence of the People of Azawad",
		"FAMa":    "Malian Armed Forces",
	} {
		found := false
		for _, e := range r.Entities {
			if e.Text == short {
				found = true
				if e.Type != "ORG" || e.Canonical != long {
					t.Errorf("%s = %s %q, want ORG %q", short, e.Type, e.Canonical, long)
				}
			}
		}
		if !found {
			t.Errorf("%s not found: %+v", short, r.Entities)
		}
	}
	if e := entityOf(r, "AS"); e != nil {
		t.Errorf("an honorific is an entity: %+v", e)
	}
}

// The tagger's one-word body that ends a list of places after a
// preposition of place is a place; a weapon's acronym is no body.
func TestPlaceListsAndWeaponAcronyms(t *testing.T) {
	x := mustNew(t)
	r := x.Extract("Russian forces recently advanced near Kupyansk, Toretsk, and Kurakhove. Ukraine struck a depot with US-provided ATACMS missiles.", monday)
	if e := entityOf(r, "Kurakhove"); e == nil || e.Type != "PLACE" {
		t.Errorf("Kurakhove = %+v, want PLACE", e)
	}
	if e := entityOf(r, "ATACMS"); e != nil {
		t.Errorf("ATACMS = %+v, want no entity", e)
	}
}

// The British style writes acronyms said as words with one capital
// ("Nato", "Unrwa"): they are the listed bodies, linked to the acronym.
// Burmese names, which have no surname, are people though the tagger
// reads "San" as the start of a place.
func TestTitledAcronymsAndBurmeseNames(t *testing.T) {
	x := mustNew(t)
	r := x.Extract("The UN agency for Palestinian refugees, Unrwa, said on Monday that Nato and Unicef had been told. Sana Mir was there. The military ousted the government of Aung San Suu Kyi in February 2021.", monday)
	wantTypes(t, r, map[string]string{"Unrwa": "ORG", "Nato": "ORG", "Unicef": "ORG", "Sana Mir": "PERSON", "Aung San Suu Kyi": "PERSON"})
	if e := entityOf(r, "Unrwa"); e == nil || e.Canonical != "UNRWA" {
		t.Errorf("Unrwa: %+v, want canonical UNRWA", e)
	}
}

// A village or township the tagger does not know is found by its kind
// written after it, and "the village of" keeps an unknown name whole.
func TestVillageNames(t *testing.T) {
	x := mustNew(t)
	r := x.Extract("The attack on Kyauk Ni Maw village, on Ramree island, took place on Wednesday. Jets later bombed the village of Kyauk Ni Maw again. The Kurdish village was shelled.", monday)
	wantTypes(t, r, map[string]string{"Kyauk Ni Maw": "PLACE", "Ramree": "PLACE"})
	for _, e := range r.Entities {
		if e.Text == "Kyauk" || e.Text == "Ni Maw" || e.Text == "Kurdish" {
			t.Errorf("piece of a name or a demonym found: %+v", e)
		}
	}
	// a name nothing else found after "the town of" is the town
	r = x.Extract("Gang members killed 70 people in the town of Pont-Sondé. The village of Kurdish farmers was shelled.", monday)
	wantTypes(t, r, map[string]string{"Pont-Sondé": "PLACE"})
	if e := entityOf(r, "Kurdish"); e != nil {
		t.Errorf("a demonym after the village of: %+v", e)
	}
}

// An ambiguous title ("General") before a name of words that are neither
// everyday words nor places is an office before a person; before "Motors"
// or "Assembly" it opens a body's name.
func TestGeneralBeforeUnknownName(t *testing.T) {
	x := mustNew(t)
	r := x.Extract("Mali's ruling junta, led by General Assimi Goita, seized power. Shares of General Motors rose after the General Assembly voted.", monday)
	wantTypes(t, r, map[string]string{"Assimi Goita": "PERSON", "General Motors": "ORG", "General Assembly": "ORG"})
}

// A group is found by its fighters written after its name, also one the
// gazetteer has as a town in another country (Fano, Italy) and one the
// tagger read as a people; a place of the article's own country before
// "rebels" stays a place, and so do numbers and peoples.
func TestGroupsNamedByTheirFighters(t *testing.T) {
	x := mustNew(t)
	r := x.Extract("Fano militiamen seized the town of Debre Tabor in Ethiopia's Amhara region. The government has been fighting Fano since the militia turned against it. "+
		"Clashes erupted between M23 and FARDC-allied Wazalendo fighters near Goma in Congo. Aleppo rebels shelled Hama in Syria. Thirteen militants and Kurdish fighters were killed.", monday)
	wantTypes(t, r, map[string]string{"Fano": "ORG", "Wazalendo": "ORG", "Aleppo": "PLACE", "Debre Tabor": "PLACE"})
	for _, e := range r.Entities {
		if e.Text == "Fano" && e.Type != "ORG" || e.Text == "Thirteen" || e.Text == "Kurdish" {
			t.Errorf("%+v: want Fano an ORG in every mention, no number or people", e)
		}
	}
}

// An office between the words of a person's name splits it: the name is
// after the office, the region it serves before it a place. A listed
// body's name that goes on with the head of an institution is another,
// longer name ("Ethiopian National Defense Force" is not the Syrian
// militia listed as "National Defense").
func TestOfficeInsideNameAndLongerBodies(t *testing.T) {
	x := mustNew(t)
	r := x.Extract("Odesa Oblast Governor Oleh Kiper said the attack damaged a school. Dnipropetrovsk Oblast Governor Serhii Lysak reported that a drone hit Nikopol. "+
		"The Ethiopian National Defense Force (ENDF) shelled the area. The National Defense Forces entered Homs.", monday)
	wantTypes(t, r, map[string]string{"Oleh Kiper": "PERSON", "Serhii Lysak": "PERSON", "Dnipropetrovsk Oblast": "PLACE", "Odesa Oblast": "PLACE",
		"Ethiopian National Defense Force": "ORG"})
	if e := entityOf(r, "ENDF"); e == nil || e.Canonical != "Ethiopian National Defense Force" {
		t.Errorf("ENDF: %+v, want the Ethiopian force", e)
	}
	if e := entityOf(r, "National Defense Forces"); e == nil || e.Canonical != "National Defense Forces" {
		t.Errorf("National Defense Forces: %+v, want the listed militia", e)
	}
}

// The Arabic article of a listed name written apart in lower case is
// part of the name: "the al Qaeda-linked group".
func TestListedNameWithArticleApart(t *testing.T) {
	x := mustNew(t)
	r := x.Extract("The al Qaeda-linked group said its fighters had overrun the base.", monday)
	if e := entityOf(r, "al Qaeda"); e == nil || e.Canonical != "al-Qaeda" {
		t.Errorf("entities %+v: want al Qaeda, the listed al-Qaeda", r.Entities)
	}
}

// A camp named before what it is for ("the Abu Shouk displacement camp")
// is a place; a name after a kind of service ("Israel's ambulance service
// Magen David Adom") is the service, but not after "the service".
func TestCampsAndServices(t *testing.T) {
	x := mustNew(t)
	r := x.Extract("Shells struck the Abu Shouk displacement camp and the al-Wafideen refugee camp. Israel's ambulance service Magen David Adom said a man was wounded. "+
		"The hospital runs the last ambulance service in rural Aleppo, director of the service Taysir Hammoud said.", monday)
	wantTypes(t, r, map[string]string{"Abu Shouk": "PLACE", "al-Wafideen": "PLACE", "Magen David Adom": "ORG", "Taysir Hammoud": "PERSON"})
}

// An acronym in brackets that spells a name the tagger cut in two ("the
// Office | of the High Commissioner for Human Rights (OHCHR)") makes the
// whole one name.
func TestAcronymJoinsCutName(t *testing.T) {
	x := mustNew(t)
	r := x.Extract("According to the Office of the High Commissioner for Human Rights (OHCHR), vigilante groups killed 100 people.", monday)
	if e := entityOf(r, "OHCHR"); e == nil || e.Canonical != "Office of the High Commissioner for Human Rights" {
		t.Errorf("entities %+v: want OHCHR for the whole Office of the High Commissioner for Human Rights", r.Entities)
	}
	if e := entityOf(r, "Office"); e != nil {
		t.Errorf("%+v: a piece of the name", e)
	}
}

// An acronym that spells the words an "and" joins to a name the tagger
// cut ("the Armed Conflict Location and | Event Data Project (ACLED)")
// makes them one name; an "and" between two bodies does not ("Syria and
// the Syrian Democratic Forces (SDF)").
func TestAcronymJoinsAndName(t *testing.T) {
	x := mustNew(t)
	r := x.Extract("The conflict has killed more than 4,000 people, according to the Armed Conflict Location and Event Data Project (ACLED).", monday)
	if e := entityOf(r, "ACLED"); e == nil || e.Canonical != "Armed Conflict Location and Event Data Project" {
		t.Errorf("entities %+v: want ACLED for the whole name", r.Entities)
	}
	r = x.Extract("Clashes between Syria and the Syrian Democratic Forces (SDF) continued.", monday)
	wantTypes(t, r, map[string]string{"Syria": "PLACE", "Syrian Democratic Forces": "ORG"})
}

// A name that goes on with the Arabic "and the" ("Jama'at Nusrat
// al-Islam wal-Muslimin") is found whole, and an Iraqi militia named
// after a listed body ("Kataib Hezbollah", "Hezbollah al-Nujaba") is
// another group than the listed one.
func TestArabicAndArticleAndMilitiaNames(t *testing.T) {
	x := mustNew(t)
	r := x.Extract("The al Qaeda-linked group Jama'at Nusrat al-Islam wal-Muslimin claimed the attack. A drone killed a Kataib Hezbollah commander, and Hezbollah al-Nujaba fighters fired rockets, as did the Islamic Resistance in Iraq.", monday)
	want := map[string]string{
		"Jama'at Nusrat al-Islam wal-Muslimin": "Jama'at Nusrat al-Islam wal-Muslimin",
		"Kataib Hezbollah":                     "Kataib Hezbollah",
		"Hezbollah al-Nujaba":                  "Harakat Hezbollah al-Nujaba",
		"Islamic Resistance in Iraq":           "Islamic Resistance in Iraq",
	}
	for text, canon := range want {
		if e := entityOf(r, text); e == nil || e.Canonical != canon || e.Type != "ORG" {
			t.Errorf("%s: %+v, want the ORG %s", text, e, canon)
		}
	}
}

// A group's short name that opens its listed name ("Wagner" of the Wagner
// Group) after an unknown capitalised word is a surname ("Foreign Minister
// Thérèse Kayikwamba Wagner"), and after a people's adjective still the
// group ("Russian Wagner fighters"); a given name ending in "s" is no
// city's possessive by the city's other name ("Iris Marín" is no "Iri's",
// Iksan's).
func TestSurnameLikeGroupAndGivenNameLikePossessive(t *testing.T) {
	x := mustNew(t)
	r := x.Extract("Congo's Foreign Minister Thérèse Kayikwamba Wagner accused Rwanda. Russian Wagner fighters left Mali. Colombia's ombudsman, Iris Marín, said five were dead.", monday)
	wantTypes(t, r, map[string]string{"Thérèse Kayikwamba Wagner": "PERSON", "Iris Marín": "PERSON"})
	if e := entityOf(r, "Wagner"); e == nil || e.Canonical != "Wagner Group" {
		t.Errorf("Russian Wagner fighters: %+v, want the Wagner Group", e)
	}
}

// A Nigerian "Local Government Area" and the state it lies in are places,
// and so is the tagger's body after "the governor of" that is no
// institution ("Norte de Santander"; not "the Central Bank of Nigeria").
func TestAdministrativeAreas(t *testing.T) {
	x := mustNew(t)
	r := x.Extract("Gunmen killed 40 farmers in Kukawa Local Government Area of Borno State. The violence displaced 11,000 people, according to the governor of Norte de Santander, William Villamizar. The governor of the Central Bank of Nigeria spoke.", monday)
	wantTypes(t, r, map[string]string{"Kukawa Local Government Area": "PLACE", "Borno State": "PLACE", "Norte de Santander": "PLACE", "William Villamizar": "PERSON", "Central Bank of Nigeria": "ORG"})
}

// A name set off after an office in lower case is a person even when it
// opens with a country's name ("Israel's defense minister, Israel Katz,");
// a body named for a place's people is one name ("South Sudan People's
// Defence Forces", "Sudan People's Liberation Movement-in-Opposition");
// an area after a place and a comma is a place ("Nasir County, Upper Nile
// State").
func TestOfficeAppositivePeoplesBodiesAndAreas(t *testing.T) {
	x := mustNew(t)
	r := x.Extract("Israel's defense minister, Israel Katz, declared a state of emergency. The South Sudan People's Defence Forces (SSPDF) base fell. The Sudan People's Liberation Movement-in-Opposition (SPLM-IO) denied it. The clashes in Nasir County, Upper Nile State, went on.", monday)
	wantTypes(t, r, map[string]string{"Israel Katz": "PERSON", "South Sudan People's Defence Forces": "ORG", "Sudan People's Liberation Movement-in-Opposition": "ORG", "Upper Nile State": "PLACE"})
	for _, e := range r.Entities {
		if e.Text == "Sudan" || e.Text == "South Sudan" {
			t.Errorf("%+v: want the place inside the body's name", e)
		}
	}
}

// A state that opens its clause and acts after a day is a party
// ("Azerbaijan on Tuesday launched"; not "in northwest Syria early on
// Tuesday killed"); "the Cooperative for the Development of Congo" is one
// body; a name with the kind of region after it is a place ("Momo
// division"); a name with a Spanish plural article is a gang ("Los
// Chapitos"); a surname after a full name with a nickname in quotes is the
// person ("Ismael "El Mayo" Zambada … Zambada").
func TestActingStateCooperativeDivisionGangAndNickname(t *testing.T) {
	x := mustNew(t)
	r := x.Extract(`Azerbaijan on Tuesday launched an operation. Airstrikes on a village in northwest Syria early on Tuesday killed 12 people. CODECO, short for the Cooperative for the Development of Congo, is an armed group. The gunmen stormed Mbengwi, said Simon Emile Mooh, the senior divisional officer for Momo division. The violence erupted after Ismael "El Mayo" Zambada was flown to the United States. Since then, the faction loyal to Zambada has been battling Los Chapitos. Guests included Harry Turtledove, Los Hermanos Hernandez and Art Widner.`, monday)
	wantTypes(t, r, map[string]string{"Azerbaijan": "ORG", "Syria": "PLACE", "Cooperative for the Development of Congo": "ORG", "Momo": "PLACE", "Zambada": "PERSON", "Los Chapitos": "ORG", "Los Hermanos Hernandez": "PERSON"})
}

// A unit's number after its head word is part of its name: "Hezbollah's
// Unit 3900" (the tagger stopped at "Unit").
func TestNumberedUnit(t *testing.T) {
	x := mustNew(t)
	r := x.Extract("The military said it had killed Hassan Bdeir, a member of Hezbollah's Unit 3900.", monday)
	wantTypes(t, r, map[string]string{"Unit 3900": "ORG"})
}

// "Shelling" opening a sentence is no part of a camp's name; the name a
// group of militias is "known as" is a body; a people before "community"
// or "tribes" is none of the three types (a place's community is the
// place's); the names of a list before "camps" are camps; an unknown given
// name between a title and a surname is the person's; a law named for a
// body is no body.
func TestCampsGroupsPeoplesGivenNamesAndLaws(t *testing.T) {
	x := mustNew(t)
	r := x.Extract("Shelling of Abu Shouk camp killed at least 35 civilians. They clashed with clan militias known as Macawisley. "+
		"The six, all members of the Meitei community, were abducted. Miami community leaders protested. "+
		"Famine was confirmed in Zamzam, Abu Shouk and Al Salam camps. Turkish President Tayyip Erdogan met him. "+
		"The ministry reimposed the Armed Forces (Special Powers) Act in Jiribam. The Defence Forces Act was amended.", monday)
	wantTypes(t, r, map[string]string{"Abu Shouk": "PLACE", "Macawisley": "ORG", "Miami": "PLACE", "Zamzam": "PLACE", "Al Salam": "PLACE", "Tayyip Erdogan": "PERSON", "Jiribam": "PLACE"})
	for _, e := range r.Entities {
		if strings.Contains(e.Text, "Shelling") || e.Text == "Meitei" || strings.Contains(e.Text, "Forces") {
			t.Errorf("%+v: want no such entity", e)
		}
	}
}

// A byline's writer is a person, whole ("By Jonathan Head, South East Asia
// correspondent": the tagger kept "Jonathan"); a time after "By" is none.
func TestBylinePerson(t *testing.T) {
	x := mustNew(t)
	r := x.Extract("Myanmar earthquake: Death toll passes 3,000\n\nBy Jonathan Head, South East Asia correspondent, Mandalay\n\nBy Sunday Evening, rescuers had reached Sagaing.\n", monday)
	wantTypes(t, r, map[string]string{"Jonathan Head": "PERSON"})
	for _, e := range r.Entities {
		if strings.Contains(e.Text, "Sunday") {
			t.Errorf("%+v: want no entity", e)
		}
	}
}
