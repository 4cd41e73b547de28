package extract

// Word lists of the time-expression tagger. Keys are lower-case with
// straight apostrophes, as in token.Lower.

var monthNames = map[string]int{
	"january": 1, "jan": 1, "jan.": 1, "february": 2, "feb": 2, "feb.": 2,
	"march": 3, "mar.": 3, "april": 4, "apr": 4, "apr.": 4, "may": 5,
	"june": 6, "jun.": 6, "jun": 6, "july": 7, "jul.": 7, "jul": 7, "mar": 3, "august": 8, "aug": 8, "aug.": 8,
	"september": 9, "sept": 9, "sept.": 9, "sep.": 9, "sep": 9, "october": 10, "oct": 10, "oct.": 10,
	"november": 11, "nov": 11, "nov.": 11, "december": 12, "dec": 12, "dec.": 12,
}

// weekdays are numbered as in ISO 8601 (Monday 1 … Sunday 7).
var weekdayNames = map[string]int{
	"monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7,
	"mon.": 1, "tue.": 2, "tues.": 2, "wed.": 3, "thu.": 4, "thurs.": 4, "fri.": 5, "sat.": 6, "sun.": 7,
}

// weekdayAbbrevs are accepted only capitalised and before a date
// ("Tue 05 Jul 2016"): "sun", "sat" and "wed" are words too.
var weekdayAbbrevs = map[string]int{"mon": 1, "tue": 2, "tues": 2, "wed": 3, "thu": 4, "thurs": 4, "fri": 5, "sat": 6, "sun": 7}

var numberWords = map[string]int{
	"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
	"fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
	"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
	"hundred": 100, "half": 0, "dozen": 12, "couple": 2,
}

// vagueNumbers give an X in the value: "several years" is PXY.
var vagueNumbers = map[string]bool{"few": true, "several": true, "many": true, "some": true, "numerous": true}

var ordinalWords = map[string]int{
	"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
}

// unitCodes maps a unit word to its TIMEX3 duration letter(s); time units
// need the T of P…T… durations.
var unitCodes = map[string]string{
	"second": "S", "seconds": "S", "minute": "M", "minutes": "M", "hour": "H", "hours": "H",
	"day": "D", "days": "D", "week": "W", "weeks": "W", "month": "M", "months": "M",
	"year": "Y", "years": "Y", "decade": "DE", "decades": "DE", "century": "CE", "centuries": "CE",
	"quarter": "Q", "quarters": "Q", "weekend": "WE", "weekends": "WE", "night": "NI", "nights": "NI",
}

func isTimeUnit(u string) bool {
	return u == "second" || u == "seconds" || u == "minute" || u == "minutes" || u == "hour" || u == "hours"
}

var partOfDay = map[string]string{
	"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI",
}

var seasons = map[string]string{
	"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI",
}

// modWords put a TIMEX3 mod on the expression they precede.
var modWords1 = map[string]string{
	"early": "START", "late": "END", "mid": "MID", "over": "MORE_THAN", "nearly": "LESS_THAN",
	"almost": "LESS_THAN", "about": "APPROX", "around": "APPROX", "some": "APPROX",
	"approximately": "APPROX", "roughly": "APPROX", "under": "LESS_THAN",
}

var modWords2 = map[[2]string]string{
	{"more", "than"}: "MORE_THAN", {"less", "than"}: "LESS_THAN", {"at", "least"}: "EQUAL_OR_MORE",
	{"up", "to"}: "EQUAL_OR_LESS", {"fewer", "than"}: "LESS_THAN", {"no", "more"}: "EQUAL_OR_LESS",
	{"the", "end"}: "END", {"the", "beginning"}: "START", {"the", "start"}: "START", {"the", "middle"}: "MID",
}

// setWords are frequencies (TIMEX3 SET).
var setWords = map[string]string{
	"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "yearly": "P1Y", "annually": "P1Y",
	"nightly": "P1D", "hourly": "PT1H",
}

// refWords are deictic references without a calendar value.
var refWords = map[string]string{
	"now": "PRESENT_REF", "currently": "PRESENT_REF", "presently": "PRESENT_REF",
	"recently": "PAST_REF", "lately": "PAST_REF",
}

// futureCues and pastCues decide the tense of a sentence, which decides
// whether "Monday" or "March 21" means the last or the next one.
var futureCues = map[string]bool{
	"will": true, "'ll": true, "shall": true, "won't": true, "tomorrow": true, "next": true,
	"upcoming": true, "scheduled": true, "expected": true, "plans": true, "planned": true,
	"going": true, "due": true, "intends": true, "coming": true, "would": true,
	"soon": true, "plan": true, "aims": true, "payable": true, "effective": true,
	"hopes": true, "planning": true, "resume": true,
	"until": true, "till": true, // "extended the offer until Friday": a deadline ahead
}

var pastCues = map[string]bool{
	"was": true, "were": true, "had": true, "did": true, "said": true, "told": true, "took": true,
	"made": true, "went": true, "came": true, "began": true, "left": true, "killed": true,
	"ago": true, "last": true, "yesterday": true, "since": true, "fell": true, "met": true, "held": true,
	"announced": true, "reported": true, "launched": true, "released": true, "struck": true,
}

// scheduledPresent are simple-present verbs that, governing a day, name
// what is scheduled: "meet Monday", "opens Tuesday", "votes on Sunday".
var scheduledPresent = map[string]bool{
	"meet": true, "meets": true, "visits": true, "travels": true, "begins": true, "starts": true,
	"opens": true, "votes": true, "arrives": true, "leaves": true, "returns": true, "hosts": true,
	"heads": true, "resumes": true, "convenes": true, "reconvenes": true, "expires": true, "ends": true,
}

// scheduledVerbs after "due to" make it a schedule ("due to expire on
// Friday", "due to take effect Monday"); any other word makes it a cause
// ("due to the bombing on Saturday", "due to security concerns"), which
// says nothing about tense. News uses "due to" far more often as a cause.
var scheduledVerbs = map[string]bool{
	"be": true, "take": true, "begin": true, "start": true, "end": true, "expire": true, "resume": true,
	"meet": true, "hold": true, "open": true, "close": true, "arrive": true, "visit": true, "travel": true,
	"return": true, "leave": true, "go": true, "come": true, "sign": true, "vote": true, "decide": true,
	"rule": true, "announce": true, "release": true, "publish": true, "report": true, "deliver": true,
	"attend": true, "speak": true, "address": true, "testify": true, "appear": true, "hear": true,
	"discuss": true, "consider": true, "review": true, "debate": true, "present": true, "submit": true,
	"launch": true, "lunch": true, "receive": true, "hand": true, "face": true, "give": true, "make": true,
	"host": true, "convene": true, "reconvene": true, "complete": true, "finish": true, "run": true,
	"fly": true, "set": true, "stand": true, "sit": true, "graduate": true, "retire": true, "step": true,
	"brief": true, "unveil": true, "chair": true, "tour": true, "resign": true, "join": true, "sail": true,
	"depart": true, "inaugurate": true, "conclude": true, "issue": true, "name": true, "play": true,
}

// auxiliaries before a participle: "is expected", "will be held".
var auxiliaries = map[string]bool{
	"be": true, "been": true, "being": true, "is": true, "are": true, "am": true, "'s": true, "to": true,
	"has": true, "have": true, "get": true, "gets": true, "got": true,
}

// determiners before an -ed word make it an adjective ("a planned
// merger", "the expanded offer"), which says nothing about tense.
var determiners = map[string]bool{
	"a": true, "an": true, "the": true, "its": true, "their": true, "his": true, "her": true,
	"our": true, "this": true, "that": true, "these": true, "those": true, "still": true,
}
