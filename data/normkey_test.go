package data

import "testing"

func TestNormKey(t *testing.T) {
	same := [][]string{
		{"Hay’at Tahrir a-Sham", "Hayat Tahrir al-Sham", "Hay'at Tahrir al Sham", "hayat tahrir as-sham"},
		{"Mohammad Rasheed", "Mohammad Rashed"},
		{"Al-Lataminah", "al-Lataminah", "Lataminah"},
		{"Jaish a-Nasr", "Jaish al-Nasr", "Jaish el-Nasr"},
		{"Deir ez-Zor", "Deir ez Zor"},
		{"the Free Syrian Army", "Free Syrian Army", "Free-Syrian Army"},
		{"Ḥalab", "Halab"},
	}
	for _, group := range same {
		want := NormKey(group[0])
		for _, v := range group[1:] {
			if got := NormKey(v); got != want {
				t.Errorf("NormKey(%q) = %q, want %q (as for %q)", v, got, want, group[0])
			}
		}
	}
	different := [][2]string{
		{"Syrian Arab Army", "Syrian Army"},
		{"Idlib", "Homs"},
		{"A Team", "Team"}, // a lone "a" is not an article
	}
	for _, d := range different {
		if NormKey(d[0]) == NormKey(d[1]) {
			t.Errorf("NormKey(%q) == NormKey(%q) = %q", d[0], d[1], NormKey(d[0]))
		}
	}
}

func TestSpellingVariants(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"Idlib", "Idleb", true}, {"Kobane", "Kobani", true}, {"Hasakeh", "Hasakah", true},
		{"Mayadeen", "al-Mayadin", true}, {"Khan Sheikhun", "Khan Shaykhun", true}, {"Tabqa", "Al-Tabqah", true},
		{"Daraa", "Adra", false}, {"Aleppo", "Halab", false}, {"Homs", "Hama", false}, {"Ali", "Ala", false},
	} {
		if got := SpellingVariants(NormKey(c.a), NormKey(c.b)); got != c.want {
			t.Errorf("%s / %s: %v, want %v (%q %q)", c.a, c.b, got, c.want, consonants(NormKey(c.a)), consonants(NormKey(c.b)))
		}
	}
}
