package extract

import (
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"
)

// monday is the publication day of the seed article: Monday 2017-04-24.
var monday = time.Date(2017, 4, 24, 0, 0, 0, 0, time.UTC)

// mustNew returns the extractor the tests share: it holds no state
// between calls (the user's lists come with ExtractWith), and loading the
// tagger once per test made the race detector's run of the package take
// over ten minutes.
func mustNew(t testing.TB) *Extractor {
	t.Helper()
	sharedOnce.Do(func() { sharedX, sharedErr = New() })
	if sharedErr != nil {
		t.Fatalf("New: %v", sharedErr)
	}
	return sharedX
}

var (
	sharedOnce sync.Once
	sharedX    *Extractor
	sharedErr  error
)

func TestTimexNormalisation(t *testing.T) {
	x := mustNew(t)
	cases := []struct {
		text, want, typ, value, mod string
		pub                         time.Time
	}{
		{"Rebels took the town on Sunday.", "Sunday", "DATE", "2017-04-23", "", monday},
		{"The group released a statement Saturday.", "Saturday", "DATE", "2017-04-22", "", monday},
		{"Forces were on the offensive on Monday.", "Monday", "DATE", "2017-04-24", "", monday},
		{"The talks will resume on Thursday.", "Thursday", "DATE", "2017-04-27", "", monday},
		{"Airstrikes have hit the area since March 21.", "March 21", "DATE", "2017-03-21", "", monday},
		{"Rebels made gains last month.", "last month", "DATE", "2017-03", "", monday},
		{"The town fell in August 2016.", "August 2016", "DATE", "2016-08", "", monday},
		{"Fighting continued this week.", "this week", "DATE", "2017-W17", "", monday},
		{"Fighting continued last week.", "last week", "DATE", "2017-W16", "", monday},
		{"He arrived yesterday.", "yesterday", "DATE", "2017-04-23", "", monday},
		{"It was the worst for the past three months.", "the past three months", "DURATION", "P3M", "", monday},
		{"More than a month since the battle began.", "More than a month", "DURATION", "P1M", "MORE_THAN", monday},
		{"Dozens of airstrikes hit the towns daily.", "daily", "SET", "P1D", "", monday},
		{"We are now fighting.", "now", "DATE", "PRESENT_REF", "", monday},
		{"The deal was signed on Aug. 7, 1998.", "Aug. 7, 1998", "DATE", "1998-08-07", "", monday},
		{"The election is due in December.", "December", "DATE", "2017-12", "", monday},
		{"The siege began in December.", "December", "DATE", "2016-12", "", monday},
		// a past event in a month just ahead of publication was last year's;
		// a deadline it was moved to may lie ahead
		{"Talks brokered by Saudi Arabia collapsed in May.", "May", "DATE", "2016-05", "", monday},
		{"The fighters were killed on May 3.", "May 3", "DATE", "2016-05-03", "", monday},
		{"The deadline was extended to May 3.", "May 3", "DATE", "2017-05-03", "", monday},
		// "last" as a verb is no part of the stretch
		{"The truce was due to last 72 hours.", "72 hours", "DURATION", "PT72H", "", monday},
		// a verb after the date's clause is another clause's
		{"Madrid beat Bayern on Wednesday to reach the final, where they will face Dortmund.", "Wednesday", "DATE", "2017-04-19", "", monday},
		// "due to" a noun is a cause; "due to" a verb a schedule
		{"The clinic closed due to the bombing on Saturday.", "Saturday", "DATE", "2017-04-22", "", monday},
		{"The truce is due to take effect on Saturday.", "Saturday", "DATE", "2017-04-29", "", monday},
		{"The envoy, Hans Grundberg, is due to brief the council on Thursday.", "Thursday", "DATE", "2017-04-27", "", monday},
		// "since" a month never looks ahead, whatever the verb
		{"The camp has been under siege since May, the UN says.", "May", "DATE", "2016-05", "", monday},
		{"Prices have risen since April.", "April", "DATE", "2017-04", "", monday},
		// a clock time takes the day of its sentence, not the other zone's
		{"The strike hit the school at around 2:00 am (2300 GMT Sunday).", "2:00 am", "TIME", "2017-04-24T02:00", "", monday},
		// a participle after "to be" looks ahead; after "were" it is past
		{"Its assembly meeting is to be held on Thursday.", "Thursday", "DATE", "2017-04-27", "", monday},
		{"The talks were held on Thursday.", "Thursday", "DATE", "2017-04-20", "", monday},
		{"It happened two years ago.", "two years ago", "DATE", "2015", "", monday},
		{"A three-day truce was agreed.", "three-day", "DURATION", "P3D", "", monday},
		{"The conflict of the 1990s.", "the 1990s", "DATE", "199", "", monday},
		// a plain "last year" in earnings news is the year; "a year ago" the quarter
		{"Profit rose to $5 million from $4 million last year.", "last year", "DATE", "2016", "", monday},
		{"Net income was $5 million, up from $4 million a year ago.", "a year ago", "DATE", "2016-Q1", "", monday},
		{"Sales were $3 million, compared with year-earlier sales of $2 million.", "year-earlier", "DATE", "2016-Q1", "", monday},
		// the quarter the sentence names, a year back; a fiscal quarter
		// "ended" some date is not the calendar's
		{"In the third quarter, sales fell 5% from the same period a year earlier.", "a year earlier", "DATE", "2015-Q3", "", monday},
		{"Its fourth quarter ended Sept. 30 fell 50% below the year-earlier $4.5 million.", "year-earlier", "DATE", "2016-Q1", "", monday},
		// a half of a year named by its distance
		{"The company expects earnings to grow in the second half of next year.", "the second half of next year", "DATE", "2018-H2", "", monday},
		{"Sales rose in the first half of the year.", "the first half of the year", "DATE", "2017-H1", "", monday},
		// "at midnight", "at noon": a clock time on the day the sentence names
		{"The ceasefire took effect at midnight on Friday.", "midnight", "TIME", "2017-04-21T24:00", "", monday},
		{"The truce expires at midnight.", "midnight", "TIME", "2017-04-24T24:00", "", monday},
		// a count in a frequency
		{"The agency inspects the sites every two weeks.", "every two weeks", "SET", "P2W", "", monday},
		// a future weekday equal to the publication's weekday is that day
		{"The council will meet Monday to vote.", "Monday", "DATE", "2017-04-24", "", monday},
		// scraped text without apostrophes: a plural weekday or unit before
		// a noun is a possessive; "on Fridays" is a set
		{"The gas used during Tuesdays massacre was sarin.", "Tuesdays", "DATE", "2017-04-18", "", monday},
		{"Protests are held on Fridays.", "Fridays", "SET", "XXXX-WXX-5", "", monday},
		{"It gave no details on Wednesdays blast.", "Wednesdays", "DATE", "2017-04-19", "", monday},
		{"Protests are held on Fridays after prayers.", "Fridays", "SET", "XXXX-WXX-5", "", monday},
		{"Division showed at Wednesdays U.N. Security Council meeting.", "Wednesdays", "DATE", "2017-04-19", "", monday},
		// "Sep" as pages abbreviate it; "Daily" opening a title is no frequency
		{"AFP Saturday 20 Sep 2014 At least 18 jihadists were killed.", "Saturday 20 Sep 2014", "DATE", "2014-09-20", "", monday},
		{"Last weeks strikes hit Idlib.", "Last weeks", "DATE", "2017-W16", "", monday},
		// the simple present of a scheduled event looks ahead; after "to" it is an infinitive
		{"He and Arafat meet separately Friday with Albright.", "Friday", "DATE", "2017-04-28", "", monday},
		{"The summit opens Wednesday in Geneva.", "Wednesday", "DATE", "2017-04-26", "", monday},
		{"He flew to Cairo to meet Mubarak on Saturday.", "Saturday", "DATE", "2017-04-22", "", monday},
		{"The treaty the presidents signed last May is in force.", "last May", "DATE", "2016-05", "", monday},
		{"Police were called Thursday evening.", "Thursday evening", "TIME", "2017-04-20TEV", "", monday},
		{"He met officials Friday morning.", "Friday morning", "DATE", "2017-04-21", "", monday},
		{"Its current position is weak.", "current", "DATE", "PRESENT_REF", "", monday},
		// a clock time with its day is one TIME
		{"The vote is set for 10 p.m. Wednesday.", "10 p.m. Wednesday", "TIME", "2017-04-26T22:00", "", monday},
		{"The offer expires at 5 p.m. EST, May 9.", "5 p.m. EST, May 9", "TIME", "2017-05-09T17:00", "", monday},
		{"They met at noon Saturday.", "noon Saturday", "TIME", "2017-04-22T12:00", "", monday},
		// years in words, as broadcast transcripts write them
		{"It was the winter of nineteen ninety-four.", "the winter of nineteen ninety-four", "DATE", "1994-WI", "", monday},
		{"In nineteen seventy-nine the shah fell.", "nineteen seventy-nine", "DATE", "1979", "", monday},
		{"January nineteen ninety-seven saw another bomb.", "January nineteen ninety-seven", "DATE", "1997-01", "", monday},
		{"By the year two thousand it will be done.", "the year two thousand", "DATE", "2000", "", monday},
		// "the year" in a report is the publication's; "the year ended" a period
		{"Sales for the full year were $6.6 billion.", "the full year", "DATE", "2017", "", monday},
		{"Net income for the year ended March 31 was $5 million.", "the year", "DURATION", "P1Y", "", monday},
		{"Hate groups grew over the past year.", "the past year", "DATE", "2016", "", monday},
		// "next to" is a place, not a future cue
		{"Bombs exploded next to the embassies on Friday.", "Friday", "DATE", "2017-04-21", "", monday},
		// possessives: "year's" is year + 's
		{"Net sales for this year's third quarter were $14 million.", "this year's third quarter", "DATE", "2017-Q3", "", monday},
		{"It could take effect in next year's first quarter.", "next year's first quarter", "DATE", "2018-Q1", "", monday},
		{"U.K. sales for last year's quarter were about $3 million.", "last year's quarter", "DATE", "2016-Q1", "", monday},
		{"They met on New Year's Day.", "New Year's Day", "DATE", "2017-01-01", "", monday},
		// seasons without a year: the latest one begun, or the coming one
		{"Demand was strong through the summer.", "the summer", "DATE", "2016-SU", "", monday},
		{"Prices fell from the levels of the early winter.", "the early winter", "DATE", "2016-WI", "START", monday},
		{"It sold the unit this past spring.", "this past spring", "DATE", "2017-SP", "", monday},
		{"The plant will reopen in the fall.", "the fall", "DATE", "2017-FA", "", monday},
		{"Orangemen march each July from their church.", "each July", "SET", "XXXX-07", "", monday},
		{"In the last twenty four hours, stocks fell.", "the last twenty four hours", "DURATION", "PT24H", "", monday},
		{"The agency extended its deadline until Thursday.", "Thursday", "DATE", "2017-04-27", "", monday},
		{"Prices will fall in the near future.", "the near future", "DATE", "FUTURE_REF", "", monday},
		{"Stocks are cheap these days.", "these days", "DATE", "PRESENT_REF", "", monday},
		{"It was the worst war of the 20th century.", "the 20th century", "DATE", "19", "", monday},
		{"In the nineties, growth was fast.", "the nineties", "DATE", "199", "", monday},
		{"The flight took 5 1/2 hours.", "5 1/2 hours", "DURATION", "PT5H30M", "", monday},
		{"He served two and a half years.", "two and a half years", "DURATION", "P2Y6M", "", monday},
		// a weekday counted within a month; "every other"
		{"The vote was held on the first Monday in May 2016.", "first Monday in May 2016", "DATE", "2016-05-02", "", monday},
		{"Clocks change on the last Sunday of March.", "last Sunday of March", "DATE", "2017-03-26", "", monday},
		{"The board meets every other Thursday.", "every other Thursday", "SET", "XXXX-WXX-4", "", monday},
		// a year's report compares with the year before, a quarter's with
		// the quarter
		{"The company reported earnings for the fiscal year ended June 30, compared with a year earlier.", "a year earlier", "DATE", "2016", "", monday},
		{"Net income rose 5% in the first quarter from a year earlier.", "a year earlier", "DATE", "2016-Q1", "", monday},
		// the week or month of the publication, from within it
		{"Earlier in the week, rebels shelled the airport.", "the week", "DATE", "2017-W17", "", monday},
		{"Later in the month, talks resumed.", "the month", "DATE", "2017-04", "", monday},
		// a season of every year
		{"Every summer, thousands of tourists visit the coast.", "Every summer", "SET", "XXXX-SU", "", monday},
		// "later than planned" says how long, not when
		{"The bridge will reopen two weeks later than planned.", "two weeks", "DURATION", "P2W", "", monday},
		{"The results came a day earlier than expected.", "a day", "DURATION", "P1D", "", monday},
		{"Patrols come every other day.", "every other day", "SET", "P2D", "", monday},
		// a part of every day: no "P1NI", which is no duration
		{"Drones attacked every night last week.", "every night", "SET", "XXXX-XX-XXTNI", "", monday},
		{"Patrols go out every morning.", "every morning", "SET", "XXXX-XX-XXTMO", "", monday},
		// the article before a duration adjective is the noun's
		{"They agreed the 14-day truce.", "14-day", "DURATION", "P14D", "", monday},
		{"It posted the third-quarter results.", "third-quarter", "DATE", "2016-Q3", "", monday},
		// a range of days written as one word is dated by its first day
		{"Talks were held on May 15-24 in Geneva.", "May 15-24", "DATE", "2016-05-15", "", monday},
		{"Jets struck on the night of 14-15 April.", "14-15 April", "DATE", "2017-04-14", "", monday},
		// shares of a unit go into smaller units while they divide exactly
		{"The shelling lasted half an hour.", "half an hour", "DURATION", "PT30M", "", monday},
		{"The siege lasted a quarter of a century.", "a quarter of a century", "DURATION", "P25Y", "", monday},
		{"Talks took three-quarters of an hour.", "three-quarters of an hour", "DURATION", "PT45M", "", monday},
		{"The town was besieged for 1.5 years.", "1.5 years", "DURATION", "P1Y6M", "", monday},
		{"The truce held for two and a half weeks.", "two and a half weeks", "DURATION", "P17DT12H", "", monday},
		{"Two car bombs went off a half-hour apart.", "half-hour", "DURATION", "PT30M", "", monday},
		{"During the last month and a half the troops met.", "the last month and a half", "DURATION", "P1.5M", "", monday},
		{"He left the country a year and a half ago.", "a year and a half ago", "DATE", "2015-10", "", monday},
		{"They ended a day-long strike.", "day-long", "DURATION", "P1D", "", monday},
		{"They ended a decades-long feud.", "decades-long", "DURATION", "PXY", "", monday},
		// a count with "more"/"additional" before its unit, "couple" after "next"
		{"The navy may use the base for at least 20 more years.", "at least 20 more years", "DURATION", "P20Y", "EQUAL_OR_MORE", monday},
		{"The loan may be extended for an additional year.", "an additional year", "DURATION", "P1Y", "", monday},
		{"Over the next couple of years sales should grow.", "the next couple of years", "DURATION", "P2Y", "", monday},
		{"It earned $3 million in the fiscal-first quarter.", "the fiscal-first quarter", "DATE", "2017-Q1", "", monday},
		{"The judge set Friday as the deadline.", "Friday", "DATE", "2017-04-21", "", monday},
		{"The vote is set for Friday.", "Friday", "DATE", "2017-04-28", "", monday},
		{"Earnings will be lower for the last half of 1989 and for 1990.", "the last half of 1989", "DATE", "1989-H2", "", monday},
		{"Growth slowed in the first half of 2016.", "the first half of 2016", "DATE", "2016-H1", "", monday},
		// a list of days of one month
		{"The summit will be held on April 24 and 25.", "25", "DATE", "2017-04-25", "", monday},
		{"Talks were held on 12 and 13 April in Geneva.", "12", "DATE", "2017-04-12", "", monday},
		{"Russian forces attacked near Pokrovsk on March 13 and 14 but did not advance.", "14", "DATE", "2017-03-14", "", monday},
		{"On March 3 and 4, 2016 the talks failed.", "March 3", "DATE", "2016-03-03", "", monday},
		// "the day before" a named day is one expression
		{"The day before last Tuesday's hearing, the relatives met.", "The day before last Tuesday", "DATE", "2017-04-17", "", monday},
		{"It happened the day before yesterday.", "the day before yesterday", "DATE", "2017-04-22", "", monday},
		// "the previous Friday" counts from the day the story is at
		{"The index closed Friday, down 4.5% from the previous Friday.", "the previous Friday", "DATE", "2017-04-14", "", monday},
		{"Talks began on March 6. The following Wednesday they broke down.", "The following Wednesday", "DATE", "2017-03-08", "", monday},
		// "were planning to" looks ahead; "vacation plans," is a noun
		{"Protesters planned a rally in Little Havana on Saturday and were planning to drive to the airport.", "Saturday", "DATE", "2017-04-29", "", monday},
		{"On Friday, when she set aside vacation plans, the team flew out.", "Friday", "DATE", "2017-04-21", "", monday},
		// the past perfect of a plan: overtaken, so behind
		{"The offer had been due to expire Friday evening.", "Friday evening", "TIME", "2017-04-21TEV", "", monday},
		{"The talks had been scheduled to begin on Thursday but were put off.", "Thursday", "DATE", "2017-04-20", "", monday},
		{"The talks are scheduled to begin on Thursday.", "Thursday", "DATE", "2017-04-27", "", monday},
		// an -ed word after a determiner is an adjective, not a past tense
		{"It would be paid on a still unspecified date in September.", "September", "DATE", "2017-09", "", monday},
		{"The thrift announced the plan March 21.", "March 21", "DATE", "2017-03-21", "", monday},
		{"Mr. Schwarz will succeed Mr. Davison Feb. 1, soon after he retires.", "Feb. 1", "DATE", "2018-02-01", "", monday},
		{"He was shot to death last Oct. 23 at his home.", "last Oct. 23", "DATE", "2016-10-23", "", monday},
		// parts of day without a clock hour
		{"In London at mid-afternoon yesterday, shares were up.", "mid-afternoon yesterday", "TIME", "2017-04-23TAF", "", monday},
		{"The judge ruled at midday.", "midday", "TIME", "2017-04-24T12:00", "", monday},
		{"Prices fell overnight.", "overnight", "TIME", "2017-04-23TNI", "", monday},
		{"Officials over the weekend became more open.", "the weekend", "DATE", "2017-W16-WE", "", monday},
		{"The talks will continue over the weekend.", "the weekend", "DATE", "2017-W17-WE", "", monday},
		{"Clashes erupted this past weekend.", "this past weekend", "DATE", "2017-W16-WE", "", monday},
		{"Until Thursday, they had not called him a suspect.", "Thursday", "DATE", "2017-04-20", "", monday},
		{"But a minute and a half later, a pilot called.", "a minute and a half", "DURATION", "PT1M30S", "", monday},
		{"Kirschner earned $376,000 in the 1988 quarter.", "the 1988 quarter", "DATE", "1988-Q1", "", monday},
		{"The wall was built over 2000 years.", "over 2000 years", "DURATION", "P2000Y", "MORE_THAN", monday},
		// the past week/month/decade is a stretch up to now
		{"Food prices almost doubled in the past week.", "the past week", "DURATION", "P1W", "", monday},
		{"Attacks had become routine over the past decade.", "the past decade", "DURATION", "P10Y", "", monday},
		// the end or start of the month or week the story is in
		{"Troops will be in place by the end of the month.", "the end of the month", "DATE", "2017-04", "END", monday},
		{"Schools reopen at the beginning of the week.", "the beginning of the week", "DATE", "2017-W17", "START", monday},
		// hyphenated parts of a month, year or decade
		{"He made the late-November trip.", "late-November", "DATE", "2016-11", "END", monday},
		{"The goal is a 50% share by the mid-1990s.", "the mid-1990s", "DATE", "199", "MID", monday},
		// parts of the day the story is at, and the day after it
		{"Rebels attacked on Friday. The next morning the army withdrew.", "The next morning", "DATE", "2017-04-22", "", monday},
		{"Rebels attacked on Friday. On the following evening the army withdrew.", "the following evening", "TIME", "2017-04-22TEV", "", monday},
		{"Rebels attacked on Friday. In the morning rescuers pulled bodies out.", "the morning", "TIME", "2017-04-21TMO", "", monday},
		{"Rebels attacked on Friday. Later in the day the army withdrew.", "the day", "DATE", "2017-04-21", "", monday},
		{"Rebels attacked on Friday. The name was crossed out that same day.", "that same day", "DATE", "2017-04-21", "", monday},
		{"The convoy will leave at 4 in the morning.", "4 in the morning", "TIME", "2017-04-24T04:00", "", monday},
		{"Shelling began at 9 in the evening.", "9 in the evening", "TIME", "2017-04-24T21:00", "", monday},
		// undated articles keep relative expressions underspecified
		{"Rebels took the town on Sunday.", "Sunday", "DATE", "XXXX-WXX-7", "", time.Time{}},
		{"Airstrikes have hit the area since March 21.", "March 21", "DATE", "XXXX-03-21", "", time.Time{}},
	}
	for _, c := range cases {
		r := x.Extract(c.text, c.pub)
		var got *Timex
		for i := range r.Timexes {
			if r.Timexes[i].Text == c.want {
				got = &r.Timexes[i]
			}
		}
		if got == nil {
			t.Errorf("%q: no timex %q, got %+v", c.text, c.want, r.Timexes)
			continue
		}
		if got.Type != c.typ || got.Value != c.value || got.Mod != c.mod {
			t.Errorf("%q: %q = %s %s %s, want %s %s %s", c.text, c.want, got.Type, got.Value, got.Mod, c.typ, c.value, c.mod)
		}
		if c.text[got.Start:got.End] != got.Text {
			t.Errorf("%q: offsets %d-%d do not give %q", c.text, got.Start, got.End, got.Text)
		}
	}
}

// A share of a unit is not the unit, and a share of people is no time.
func TestTimexShares(t *testing.T) {
	x := mustNew(t)
	for text, notWant := range map[string]string{
		"Three quarters of the population live in poverty.": "Three quarters",
		"Three quarters of those killed were civilians.":    "Three quarters",
		"Half a month later the siege ended.":               "a month later",
		"A quarter of a century ago the dam was built.":     "a century ago",
		"The shelling lasted half an hour.":                 "an hour",
	} {
		for _, tx := range x.Extract(text, monday).Timexes {
			if tx.Text == notWant {
				t.Errorf("%q: spurious timex %+v", text, tx)
			}
		}
	}
	// a count of quarters of something is still time
	r := x.Extract("It was profitable after several quarters of losses.", monday)
	if len(r.Timexes) != 1 || r.Timexes[0].Text != "several quarters" {
		t.Errorf("several quarters of losses: got %+v", r.Timexes)
	}
}

// The day after is anchored to the date the text gave last.
func TestTimexAnchored(t *testing.T) {
	x := mustNew(t)
	text := "The offensives began on March 21. A commander spoke the day after the offensives began."
	r := x.Extract(text, monday)
	for _, tx := range r.Timexes {
		if tx.Text == "the day after" {
			if tx.Value != "2017-03-22" {
				t.Errorf("the day after = %s, want 2017-03-22", tx.Value)
			}
			return
		}
	}
	t.Errorf("no 'the day after' in %+v", r.Timexes)
}

func TestTimexNotDates(t *testing.T) {
	x := mustNew(t)
	for _, text := range []string{
		"You may go now.", // "now" is a timex but "may" is not a month
		"They march on the capital.",
		"It cost $2000 to build.",
		"The current system works.", // "the current X" is mostly untagged
		"The current account deficit grew.",
		"Nineteen people died.",
		"Mr. Reupke, 52 years old, resigned.", // ages are left untagged
		"A second group of directors objected.",
		"Sales should rise 8.5% annually.",
		"The fall of the wall changed Europe.",
		"That is important to the future of our peoples.",
		"Overnight rates rose.",
		"The city is 2000 years old.",                      // an age, and not the year 2000
		"Baker, speaking on ABC's \"This Week,\" said so.", // names and titles
		"This is VOA Today.",
		"Daesh kills 33 - Daily Sabah",                          // a title
		"Funds hold more than a quarter of the market.",         // a share
		"The vote is on April 24, and 25 people were arrested.", // a count
	} {
		for _, tx := range x.Extract(text, monday).Timexes {
			if tx.Text == "may" || tx.Text == "march" || tx.Text == "2000" || tx.Text == "current" || tx.Text == "Nineteen" || tx.Text == "52 years" || tx.Text == "A second" || tx.Text == "annually" || tx.Text == "The fall" || tx.Text == "the future" || tx.Text == "Overnight" || tx.Text == "2000 years" || tx.Text == "This Week" || tx.Text == "Today" || tx.Text == "Daily" || tx.Text == "more than a quarter" || tx.Text == "25" {
				t.Errorf("%q: spurious timex %+v", text, tx)
			}
		}
	}
}

// "later that year" and "earlier that day" take the date last named.
func TestTimexThatYear(t *testing.T) {
	x := mustNew(t)
	wantTimexValues(t, x.Extract("He went to Cuba in 1998 and returned later that year. The offensive began on March 2. Earlier that day, shelling stopped.", monday),
		map[string]string{"later that year": "1998", "Earlier that day": "2017-03-02"})
}

// wantTimexValues checks that each text in want is a time expression of r
// with that value.
func wantTimexValues(t *testing.T, r Result, want map[string]string) {
	t.Helper()
	wantKeyed(t, r.Timexes, func(tx Timex) (string, string) { return tx.Text, tx.Value }, want, false)
}

// "the following month" counts from the month the text named last, also
// when a day was named before it; "the day after" still counts from a day.
func TestTimexFollowingMonth(t *testing.T) {
	x := mustNew(t)
	wantTimexValues(t, x.Extract("The blast on Sunday killed 32. An offensive in February saw IS encircle Marea, but rebels pushed it back the following month. The ceasefire began on March 2 and collapsed the day after.", monday),
		map[string]string{"the following month": "2017-03", "the day after": "2017-03-03"})
}

// A day counted from another takes the date the text restates after it.
func TestTimexRestatedDay(t *testing.T) {
	x := mustNew(t)
	wantTimexValues(t, x.Extract("The trial is expected to begin on May 2. Two days later, on April 14, the rebels withdrew.", monday),
		map[string]string{"Two days later": "2017-04-14", "May 2": "2017-05-02"})
}

func TestTimexAnchoredLater(t *testing.T) {
	x := mustNew(t)
	r := x.Extract("The siege began on March 2. Three days later the town fell.", monday)
	for _, tx := range r.Timexes {
		if tx.Text == "Three days later" {
			if tx.Value != "2017-03-05" {
				t.Errorf("Three days later = %s, want 2017-03-05", tx.Value)
			}
			return
		}
	}
	t.Errorf("no 'Three days later' in %+v", r.Timexes)
}

// Holidays resolve to their day in the year the sentence's tense picks;
// the movable ones are computed for that year.
func TestTimexHolidays(t *testing.T) {
	x := mustNew(t)
	sep2016 := time.Date(2016, 9, 20, 0, 0, 0, 0, time.UTC)
	cases := []struct {
		text, want, value string
		pub               time.Time
	}{
		{"The truce began on Christmas Day.", "Christmas Day", "2016-12-25", monday},
		{"Pope Francis presided over the Easter mass in Rome.", "Easter", "2017-04-16", monday},
		{"Crowds gathered on Good Friday.", "Good Friday", "2017-04-14", monday},
		{"Missiles struck as people gathered on Palm Sunday.", "Palm Sunday", "2017-04-09", monday},
		{"A truce was declared for Orthodox Easter.", "Orthodox Easter", "2016-05-01", sep2016},
		{"They prayed as Easter week began.", "Easter week", "2017-W15", monday},
		{"Crowds gathered on Easter Monday.", "Easter Monday", "2016-03-28", sep2016},
		{"A ceasefire was declared for Eid al-Adha.", "Eid al-Adha", "2016-09-12", sep2016},
		{"People were shopping before the Eid al-Fitr festival.", "Eid al-Fitr", "2016-07-06", sep2016},
		{"Families met after Thanksgiving.", "Thanksgiving", "2016-11-24", monday},
		{"Fighting paused for Eid al-Fitr.", "Eid al-Fitr", "XXXX-XX-XX", time.Time{}},
		// the American holidays on a weekday of a month, and more fixed ones
		{"The parade was held on Memorial Day.", "Memorial Day", "2016-05-30", sep2016},
		{"Schools reopened after Labor Day.", "Labor Day", "2016-09-05", sep2016},
		{"Offices close on Martin Luther King Day.", "Martin Luther King Day", "2017-01-16", monday},
		{"Florists were busy before Mother's Day.", "Mother's Day", "2017-05-14", monday},
		{"Protesters will gather on Columbus Day.", "Columbus Day", "2016-10-10", sep2016},
		{"Workers marched on May Day.", "May Day", "2016-05-01", sep2016},
		{"Ceremonies were held on Veterans Day.", "Veterans Day", "2016-11-11", monday},
	}
	for _, c := range cases {
		r := x.Extract(c.text, c.pub)
		if len(r.Timexes) != 1 || r.Timexes[0].Text != c.want || r.Timexes[0].Value != c.value {
			t.Errorf("%q: got %+v, want %q = %s", c.text, r.Timexes, c.want, c.value)
		}
		for _, e := range r.Entities {
			if e.Text == "Easter" {
				t.Errorf("%q: the holiday is an entity: %+v", c.text, e)
			}
		}
	}
	// "Easter Island" is a place, no date
	r := x.Extract("He sailed to Easter Island.", monday)
	if len(r.Timexes) != 0 {
		t.Errorf("Easter Island: %+v", r.Timexes)
	}
}

// Western Easter by the computus, and the arithmetic Islamic calendar
// within a day of every observed Eid in the table (it stands in for the
// years the table does not hold).
func TestMovableHolidays(t *testing.T) {
	for y, want := range map[int]string{2000: "2000-04-23", 2008: "2008-03-23", 2016: "2016-03-27", 2017: "2017-04-16", 2019: "2019-04-21", 2038: "2038-04-25"} {
		if got := easterSunday(y).Format("2006-01-02"); got != want {
			t.Errorf("Easter %d = %s, want %s", y, got, want)
		}
	}
	for y, want := range map[int]string{2017: "2017-04-16", 2021: "2021-05-02", 2022: "2022-04-24", 2023: "2023-04-16", 2024: "2024-05-05", 2025: "2025-04-20"} {
		if got := orthodoxEaster(y).Format("2006-01-02"); got != want {
			t.Errorf("Orthodox Easter %d = %s, want %s", y, got, want)
		}
	}
	for y, o := range observedEids {
		for feast, md := range o {
			want, _ := time.Parse("2006-01-02", fmt.Sprintf("%04d-%s", y, md))
			hm, hd := eidHijri[feast].month, eidHijri[feast].day
			got := tabularInYear(y, hm, hd)
			if diff := got.Sub(want).Hours() / 24; diff < -1 || diff > 1 {
				t.Errorf("tabular Hijri %02d-%02d in %d = %s, observed %s", hm, hd, y, got.Format("2006-01-02"), want.Format("2006-01-02"))
			}
		}
	}
	if got := islamicFeast(2030, eidAdha).Format("2006-01-02"); got < "2030-04-12" || got > "2030-04-14" {
		t.Errorf("Eid al-Adha 2030 from the tabular calendar = %s", got)
	}
}

// A four-digit clock time before a time zone is no year: a wire's time
// ("0630 GMT", on the day of the sentence before: the page's stamp), or
// no date at all in a page's stamp ("1849 UTC+3").
func TestTimexClockNotYear(t *testing.T) {
	x := mustNew(t)
	r := x.Extract("August 22 2013 1849 UTC+3 A total of 1500 people died. The attack came at 0630 GMT. In 1949 the treaty was signed.", monday)
	var got []string
	for _, tx := range r.Timexes {
		got = append(got, tx.Text+"="+tx.Value)
	}
	if want := "August 22 2013=2013-08-22 0630 GMT=2013-08-22T06:30 1949=1949"; strings.Join(got, " ") != want {
		t.Errorf("timexes %v, want %s", got, want)
	}
}

// Day-first numeric dates, as European and Middle Eastern pages stamp
// themselves, and such a date at the top is the page's stamp.
func TestTimexDayFirstNumeric(t *testing.T) {
	x := mustNew(t)
	text := "Get short URL 28.04.2017 MOSCOW (Sputnik) Fighting went on. Posted 07-08-2013 by the desk. Version 1.2 was out in 2016.\n"
	r := x.Extract(text, time.Time{})
	var got []string
	for _, tx := range r.Timexes {
		got = append(got, tx.Text+"="+tx.Value)
	}
	if want := "28.04.2017=2017-04-28 07-08-2013=2013-08-07 2016=2016"; strings.Join(got, " ") != want {
		t.Errorf("timexes %v, want %s", got, want)
	}
	if day, ok := pageStamp(text, r.Timexes); !ok || day.Format("2006-01-02") != "2017-04-28" {
		t.Errorf("page stamp %v %v, want 2017-04-28", day, ok)
	}
}

// "April of that year" is April of the year last named; a capitalised
// "Today" in a programme's title is no date.
func TestThatYearMonthAndTodayTitle(t *testing.T) {
	x := mustNew(t)
	wantTimexValues(t, x.Extract("He was arrested in February 2022 and extradited in April of that year. She arrived in 2019 and left in June the same year.", monday),
		map[string]string{"April of that year": "2022-04", "June the same year": "2019-06"})
	r := x.Extract("He told BBC Radio 4's Today programme that members had lost patience.", monday)
	for _, tx := range r.Timexes {
		t.Errorf("timex %+v in a programme's title", tx)
	}
}

// British papers fuse the hour to its half of the day ("10am", "3.30pm");
// wires give hours and minutes in GMT ("0700 GMT").
func TestFusedClockTimes(t *testing.T) {
	x := mustNew(t)
	wantTimexValues(t, x.Extract("It began at 10am, paused at 3.30pm and ended at 0400 GMT. The curfew starts at 12pm.", monday),
		map[string]string{"10am": "2017-04-24T10:00", "3.30pm": "2017-04-24T15:30", "0400 GMT": "2017-04-24T04:00", "12pm": "2017-04-24T12:00"})
}

// A weekday owning a noun ("Wednesday's ruling") is a day gone by, whatever
// modal the sentence has, unless the words before it look ahead; a "next"
// that orders a noun phrase ("the next phase") says nothing of the tense.
func TestPossessiveWeekdayAndNextPhase(t *testing.T) {
	x := mustNew(t)
	cases := []struct{ text, want string }{
		{"Relatives said they would look for ways to get around Wednesday's ruling.", "Wednesday=2017-04-19"},
		{"Thousands rallied ahead of Thursday's vote.", "Thursday=2017-04-27"},
		{"The forces announced the start of the next phase of their operation, Dec. 10.", "Dec. 10=2016-12-10"},
		{"The next round of talks will open Dec. 10.", "Dec. 10=2017-12-10"},
	}
	for _, c := range cases {
		wantTimexPairs(t, x, c.text, monday, c.want)
	}
}

// A month that opens a past-tense sentence is when the thing happened, so
// it lies behind the publication date even when it is only weeks ahead in
// the calendar; after the verb it may still be a deadline.
func TestOpeningMonthInPastSentence(t *testing.T) {
	x := mustNew(t)
	pub := time.Date(2015, 7, 15, 0, 0, 0, 0, time.UTC)
	cases := []struct{ text, want string }{
		{"In September the group's leader was killed in a similar bombing.", "September=2014-09"},
		{"September was the deadliest month.", "September=2014-09"},
		{"The company extended the offer to September 1.", "September 1=2015-09-01"},
	}
	for _, c := range cases {
		wantTimexPairs(t, x, c.text, pub, c.want)
	}
}

// wantTimexPairs checks the time expressions of text, written as
// "text=value" pairs joined by spaces.
func wantTimexPairs(t *testing.T, x *Extractor, text string, pub time.Time, want string) {
	t.Helper()
	var got []string
	for _, tx := range x.Extract(text, pub).Timexes {
		got = append(got, tx.Text+"="+tx.Value)
	}
	if strings.Join(got, " ") != want {
		t.Errorf("%q: timexes %v, want %s", text, got, want)
	}
}

// A holiday that ends a headline stops there: its words were read past
// the sentence's end (as empty words), the date ran into the next line,
// and the dateline check sliced past the line and panicked.
func TestHolidayEndingALine(t *testing.T) {
	x := mustNew(t)
	r := x.Extract("Crowds gathered on Good Friday\n\nKYIV, Ukraine (AP) - Two missiles hit Sumy.\n", monday)
	if len(r.Timexes) != 1 || r.Timexes[0].Text != "Good Friday" {
		t.Errorf("timexes %+v, want Good Friday alone", r.Timexes)
	}
}

// A day news names by its date long after ("the October 7 attack" in a
// story about Gaza, "the September 11 attacks") is that day, not the last
// October 7 before the story; without such a word, or in a story about
// something else, the date is resolved as any other.
func TestNamedDays(t *testing.T) {
	x := mustNew(t)
	pub := time.Date(2025, 4, 15, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct{ text, want string }{
		{"The war in Gaza began with the October 7 attack on southern Israel.", "2023-10-07"},
		{"Hamas has held hostages since Oct. 7, officials said.", "2023-10-07"},
		{"The September 11 attacks changed the region.", "2001-09-11"},
		{"On October 7, crowds gathered in Tel Aviv to mark the day.", "2024-10-07"},
		{"Since October 7, prices in Lagos have doubled.", "2024-10-07"},
	} {
		r := x.Extract(c.text, pub)
		if len(r.Timexes) != 1 || r.Timexes[0].Value != c.want {
			t.Errorf("%q: timexes %+v, want one of value %s", c.text, r.Timexes, c.want)
		}
	}
}

// "That evening" is a part of the day the story is at, and "a week
// earlier", like "three days later", counts from that day; "a year
// earlier" still compares with the publication's year ago, and "that
// morning's session" is no time.
func TestThatEveningAndWeekEarlier(t *testing.T) {
	x := mustNew(t)
	pub := time.Date(2019, 6, 1, 0, 0, 0, 0, time.UTC)
	wantTimexPairs(t, x, "On April 2, a car bomb exploded in Azaz. That evening, Turkish artillery shelled Tal Rifaat. A week earlier, the SDF had accused Ankara of preparing an offensive. Trading in that morning's session was thin.", pub,
		"April 2=2019-04-02 That evening=2019-04-02TEV A week earlier=2019-W13")
}

// "A fortnight ago" is two weeks back.
func TestFortnightAgo(t *testing.T) {
	x := mustNew(t)
	r := x.Extract("A fortnight ago, the ceasefire collapsed.", time.Date(2025, 3, 12, 0, 0, 0, 0, time.UTC))
	if len(r.Timexes) != 1 || r.Timexes[0].Value != "2025-W09" {
		t.Errorf("timexes %+v, want A fortnight ago = 2025-W09", r.Timexes)
	}
}

// A past form without "-ed" ("wrote", "fled") tells the past as "said"
// does, nearer the date than a "will" inside the quotation; as a
// participle after an auxiliary it leaves the tense to the auxiliary.
func TestIrregularPastTense(t *testing.T) {
	x := mustNew(t)
	pub := time.Date(2025, 1, 20, 0, 0, 0, 0, time.UTC) // a Monday
	cases := []struct{ text, want string }{
		{`"The ELN has chosen the path of war and it will have war," Petro wrote on X late Friday.`, "late Friday=2025-01-17"},
		{"Thousands who will not return fled on Friday.", "Friday=2025-01-17"},
		{"Reinforcements will be sent on Friday.", "Friday=2025-01-24"},
	}
	for _, c := range cases {
		wantTimexPairs(t, x, c.text, pub, c.want)
	}
}

// A clock time with no day in its sentence or the one before is on the
// day the story opened with, not the publication day; a wire dateline's
// date and a page stamp are no story's day.
func TestClockTimeOnTheLeadDay(t *testing.T) {
	x := mustNew(t)
	thu := time.Date(2024, 2, 8, 0, 0, 0, 0, time.UTC)
	wantTimexPairs(t, x, "BAGHDAD, Feb 8 (Reuters) - A drone strike on Wednesday night killed a senior commander in eastern Baghdad. The officials identified the commander as Abu Baqir al-Saadi. The strike hit his vehicle shortly before 9:30 p.m., they said.", thu,
		"Feb 8=2024-02-08 Wednesday night=2024-02-07 9:30 p.m.=2024-02-07T21:30")
	fri := thu.AddDate(0, 0, 1)
	wantTimexPairs(t, x, "Jihadists kill soldiers\n\nBAMAKO, Feb 9 (Reuters) - Islamist militants killed 30 soldiers late on Thursday, sources said. The army said it repelled the attack. A local official said the militants arrived at around 6 p.m.", fri,
		"Feb 9=2024-02-09 Thursday=2024-02-08 6 p.m.=2024-02-08T18:00")
}

// A month and day the document gave with its year keep that year when
// named again without it ("the October 7, 2023, assault … on October 7");
// a day given with two years keeps none of them.
func TestDayKeepsTheYearGiven(t *testing.T) {
	x := mustNew(t)
	pub := time.Date(2025, 6, 12, 0, 0, 0, 0, time.UTC)
	wantTimexPairs(t, x, "Hamas led the October 7, 2023, assault on Kibbutz Nir Oz. Nir Oz was one of the hardest-hit communities on October 7.", pub,
		"October 7, 2023=2023-10-07 October 7=2023-10-07")
	wantTimexPairs(t, x, "Talks failed on March 5, 2016 and on March 5, 2019. They resumed on March 5.", pub,
		"March 5, 2016=2016-03-05 March 5, 2019=2019-03-05 March 5=2025-03-05")
}
