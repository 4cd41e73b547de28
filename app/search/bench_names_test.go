package search

import (
	"fmt"
	"math/rand"
	"sort"
	"testing"
	"time"

	"dossier/data"
)

// generatedNames makes n entity names the way a large conflict collection
// has them: people (given and family names with the Arabic article spelt
// several ways), armed groups and places, plus the seed article's names.
func generatedNames(n int) []data.SearchName {
	rng := rand.New(rand.NewSource(5))
	given := []string{"Mohammad", "Mohamed", "Muhammad", "Ahmad", "Ahmed", "Abdullah", "Omar", "Umar", "Khaled", "Khalid",
		"Hassan", "Hussein", "Ali", "Yusuf", "Youssef", "Ibrahim", "Mustafa", "Mahmoud", "Samir", "Walid", "Jamal", "Eyad",
		"Iyad", "Fadi", "Rami", "Bashar", "Hafez", "Maher", "Nour", "Rania", "Layla", "Fatima", "Zainab", "Abu Mohammad"}
	family := []string{"Rasheed", "Haddad", "Homsi", "Halabi", "Khatib", "Masri", "Shami", "Hamwi", "Idlibi", "Zoubi",
		"Assad", "Jolani", "Baghdadi", "Qassem", "Hariri", "Tlass", "Makhlouf", "Shishakli", "Atassi", "Kurdi", "Darwish",
		"Saleh", "Najjar", "Hawamy", "Aboud", "Issa", "Mousa", "Yassin", "Bakkour", "Othman"}
	particle := []string{"", "al-", "Al-", "el-", "a-", "ad-"}
	groups := []string{"Jaish", "Liwa", "Harakat", "Jabhat", "Kataib", "Ahrar", "Faylaq", "Firqat", "Tajamu", "Saraya"}
	places := []string{"Lataminah", "Halfaya", "Khan Shaykhun", "Maarat al-Numan", "Saraqib", "Jisr al-Shughur", "Taftanaz",
		"Kafr Nabl", "Ariha", "Deir ez-Zor", "Abu Kamal", "Mayadin", "Tadmur", "Qaryatayn", "Rastan", "Talbiseh"}
	var out []data.SearchName
	add := func(name, typ string) {
		out = append(out, data.SearchName{EntityID: int64(len(out) + 1), Entity: name, Type: typ, Name: name,
			NormKey: data.NormKey(name), Articles: rng.Intn(40)})
	}
	for _, s := range []struct{ n, t string }{{"Mohammad Rasheed", "PERSON"}, {"Hay'at Tahrir a-Sham", "ORG"},
		{"Free Syrian Army", "ORG"}, {"Al-Lataminah", "PLACE"}, {"Khan Shaykhun", "PLACE"}} {
		add(s.n, s.t)
	}
	for len(out) < n {
		switch k := rng.Intn(10); {
		case k < 6:
			add(fmt.Sprintf("%s %s%s", given[rng.Intn(len(given))], particle[rng.Intn(len(particle))], family[rng.Intn(len(family))])+
				suffix(rng), "PERSON")
		case k < 8:
			add(fmt.Sprintf("%s %s%s", groups[rng.Intn(len(groups))], particle[rng.Intn(len(particle))], family[rng.Intn(len(family))])+
				suffix(rng), "ORG")
		default:
			add(fmt.Sprintf("%s %s", places[rng.Intn(len(places))], []string{"North", "South", "al-Jadida", "Camp", "District"}[rng.Intn(5)])+
				suffix(rng), "PLACE")
		}
	}
	return out
}

// suffix makes most generated names distinct, as real names are.
func suffix(rng *rand.Rand) string {
	if rng.Intn(3) == 0 {
		return ""
	}
	return fmt.Sprintf(" %c%d", 'A'+rune(rng.Intn(26)), rng.Intn(1000))
}

var nameQueries = []string{"Rashid", "Mohamad Rashid", "hts", "khan shay", "Latamneh", "hayat tahrir al sham",
	"Free Syrian Army", "Deir al-Zour", "Khalid Haddad", "Jaish al-Homsi", "tahrsham"}

// BenchmarkFuzzyNames50k reports the latency of approximate name lookups
// (folded keys, approximate spellings, abbreviations, partial names) over
// 50,000 entity names and aliases, and how long the index takes to build.
func BenchmarkFuzzyNames50k(b *testing.B) {
	names := generatedNames(50000)
	start := time.Now()
	ix := newIndex("bench", nil, names)
	build := time.Since(start)
	var lat []time.Duration
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for rep := 0; rep < 20; rep++ {
			for _, q := range nameQueries {
				start := time.Now()
				ix.lookupNames(q, "", 5)
				lat = append(lat, time.Since(start))
			}
		}
	}
	b.StopTimer()
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	b.ReportMetric(float64(lat[len(lat)/2].Microseconds())/1000, "p50-ms")
	b.ReportMetric(float64(lat[len(lat)*95/100].Microseconds())/1000, "p95-ms")
	b.ReportMetric(float64(build.Microseconds())/1000, "build-ms")
	for _, q := range nameQueries {
		var got []string
		for _, m := range ix.lookupNames(q, "", 3) {
			got = append(got, m.Entity)
		}
		b.Logf("%-22q → %q", q, got)
	}
}
