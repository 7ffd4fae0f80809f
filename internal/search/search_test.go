package search

import (
	"slices"
	"strings"
	"testing"

	"github.com/mtapi-cli/mtapi/codes"
)

func TestTopResult(t *testing.T) {
	tests := []struct {
		query string
		top   string
		tier  Tier
	}{
		{"UpdateDateCannotBeInFuture", "UpdateDateCannotBeInFuture", ExactName},
		{"update_date_cannot_be_in_future", "UpdateDateCannotBeInFuture", ExactName},
		{"UpdateDate", "UpdateDateCannotBeInFuture", NamePrefix},
		{"future", "UpdateDateCannotBeInFuture", AllWords},
		{"future date", "UpdateDateCannotBeInFuture", AllWords},
		{"enrol", "EnrollUserInServiceFailed", NamePrefix},
		{"enrolled service", "EnrollmentInServiceRequired", AllWords},
		{"enrolment", "EnrollmentInServiceRequired", FuzzyName},
		{"UpdDateFut", "UpdateDateCannotBeInFuture", FuzzyName},
		{"UpdateDateCanotBeInFuture", "UpdateDateCannotBeInFuture", FuzzyName},
		{"notices", "NoticeStartDateShouldBeBeforeEndDate", NamePrefix},
		{"notces", "NoticeStartDateShouldBeBeforeEndDate", FuzzyName},
		{"province", "InvalidProvince", AllWords},
		{"valid province", "InvalidProvince", AllWords},
		{"artifact not found", "ARTIFACT_NOT_FOUND", ExactName},
		{"artifact found", "ArtifactNoFound", AllWords},
		{"organization", "OrganizationNoFound", NamePrefix},
		{"6170", "RetrievingServiceRequestFailed", CodePrefix},
		{"617xxx", "RetrievingServiceRequestFailed", CodePrefix},
		{"617*", "RetrievingServiceRequestFailed", CodePrefix},
		{"4041", "ServiceRequestNotFound", CodePrefix},
		{"620004", "RetrievingUsersFailed", CodePrefix},
		{"InvalidUserId", "InvalidUserId", ExactName},
		{"user assignment", "UserAssignmentExists", NamePrefix},
		{"assignment already exist", "UserAssignmentExists", AllWords},
		{"usrexists", "UserExistsFailed", FuzzyName},
		{"permission", "GetAppliedPermissionsFailed", AllWords},
		{"virus scan", "", 0},
		{"argument", "ArgumentError", NamePrefix},
		{"missing argument", "ArgumentError", AllWords},
		{"UpdDateFut", "UpdateDateCannotBeInFuture", FuzzyName},
	}
	for _, tt := range tests {
		ms := Search(codes.Default(), tt.query, Options{})
		if tt.top == "" {
			if len(ms) != 0 {
				t.Errorf("%q: %d matches, want none", tt.query, len(ms))
			}
			continue
		}
		if len(ms) == 0 {
			t.Errorf("%q: no match, want %s", tt.query, tt.top)
			continue
		}
		if ms[0].Entry.Name != tt.top || ms[0].Tier != tt.tier {
			var got []string
			for _, m := range ms[:min(5, len(ms))] {
				got = append(got, m.Entry.Name+"/"+m.Tier.String())
			}
			t.Errorf("%q: top %s (%s), want %s (%s); first: %v", tt.query, ms[0].Entry.Name, ms[0].Tier, tt.top, tt.tier, got)
		}
	}
}

func TestDigitsNeverFuzzy(t *testing.T) {
	for _, m := range Search(codes.Default(), "617", Options{}) {
		if m.Tier != CodePrefix || m.Entry.Code/1000 != 617 {
			t.Errorf("617 matched %d %s", m.Entry.Code, m.Entry.Name)
		}
	}
	if n := len(Search(codes.Default(), "617", Options{})); n != 38 {
		t.Errorf("617 matched %d entries, want 38 (29 current + 9 Services placeholders)", n)
	}
	if ms := Search(codes.Default(), "99", Options{}); len(ms) != 0 {
		t.Errorf("99 matched %d entries", len(ms))
	}
}

func TestWordMatchesOutrankFuzzyNoise(t *testing.T) {
	ms := Search(codes.Default(), "future", Options{})
	seenFuzzy := false
	for _, m := range ms {
		if m.Tier >= FuzzyName {
			seenFuzzy = true
		} else if seenFuzzy {
			t.Fatalf("word match %s after a fuzzy one", m.Entry.Name)
		}
	}
	// Both entries whose message mentions the future come before anything fuzzy.
	if ms[0].Tier != AllWords || ms[1].Tier != AllWords {
		t.Errorf("first two: %v %v", ms[0].Tier, ms[1].Tier)
	}
}

func TestFilters(t *testing.T) {
	ctl, ok := ParseController(codes.Default(), "notices")
	if !ok || ctl.Start != 612000 {
		t.Fatalf("ParseController(notices) = %v", ctl)
	}
	for _, q := range []string{"", "failed"} {
		for _, m := range Search(codes.Default(), q, Options{Controller: ctl}) {
			if !ctl.Contains(m.Entry.Code) {
				t.Errorf("%q --controller notices gave %d", q, m.Entry.Code)
			}
		}
	}
	for _, in := range []string{"617xxx", "617", "617020", "Service Requests", "service req"} {
		if c, ok := ParseController(codes.Default(), in); !ok || c.Start != 617000 {
			t.Errorf("ParseController(%q) = %v, %v", in, c, ok)
		}
	}
	if c, ok := ParseController(codes.Default(), "4041xxx"); !ok || c.Start != 4040000 {
		t.Errorf("ParseController(4041xxx) = %v", c)
	}
	if _, ok := ParseController(codes.Default(), "nothing"); ok {
		t.Error("ParseController(nothing) matched")
	}
	states, ok := ParseStates("superseded,typo")
	if !ok {
		t.Fatal("ParseStates")
	}
	ms := Search(codes.Default(), "", Options{States: states})
	if len(ms) != 17 {
		t.Errorf("superseded+typo: %d entries, want 17", len(ms))
	}
	if _, ok := ParseStates("bogus"); ok {
		t.Error("ParseStates(bogus) accepted")
	}
	if n := len(Search(codes.Default(), "", Options{})); n != len(codes.Default().Entries()) {
		t.Errorf("empty query: %d entries, want all %d", n, len(codes.Default().Entries()))
	}
}

func TestRangesForEmptyControllers(t *testing.T) {
	if ms := Search(codes.Default(), "virus", Options{}); len(ms) != 0 {
		t.Errorf("virus matched %d entries", len(ms))
	}
	rs := Ranges(codes.Default(), "virus")
	if len(rs) != 1 || rs[0].Name != "Virus Scan" {
		t.Errorf("Ranges(virus) = %v", rs)
	}
}

func BenchmarkSearch(b *testing.B) {
	indexFor(codes.Default())
	for _, q := range []string{"future", "UpdDateFut", "6170"} {
		b.Run(q, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				Search(codes.Default(), q, Options{})
			}
		})
	}
}

func FuzzSearch(f *testing.F) {
	for _, q := range []string{"future", "UpdDateFut", "617xxx", "617*", "-1", "6170 future", "notices", "", "\xff", "x*"} {
		f.Add(q, "notices", "current")
	}
	f.Fuzz(func(t *testing.T, q, ctl, state string) {
		var o Options
		if c, ok := ParseController(codes.Default(), ctl); ok {
			o.Controller = c
		}
		if s, ok := ParseStates(state); ok {
			o.States = s
		}
		ms := Search(codes.Default(), q, o)
		for i, m := range ms {
			if o.Controller != nil && !o.Controller.Contains(m.Entry.Code) {
				t.Fatalf("%q: %d outside the controller filter", q, m.Entry.Code)
			}
			if i > 0 && ms[i-1].Tier > m.Tier {
				t.Fatalf("%q: tiers out of order", q)
			}
			for _, s := range m.Matched {
				if s.Start < 0 || s.End < s.Start {
					t.Fatalf("%q: bad span %+v", q, s)
				}
			}
		}
		if IsNumeric(q) {
			for _, m := range ms {
				if m.Tier != CodePrefix {
					t.Fatalf("digits %q matched %s by %s", q, m.Entry.Name, m.Tier)
				}
			}
		}
	})
}

func TestSelectRanges(t *testing.T) {
	cat := codes.Default()
	tests := []struct {
		q       string
		first   string
		n       int
		numeric bool
	}{
		{"", "NotSet", 19, false},
		{"617020", "Service Requests (inferred name)", 1, true},
		{"617020.", "Service Requests (inferred name)", 1, true},
		{"-1", "NotSet", 1, true},
		{"617xxx", "Service Requests (inferred name)", 1, true},
		{"605000", "", 0, true},
		{"607xxx", "", 0, true},
		{"notices", "Notices", 1, false},
		{"http", "HTTP", 1, false},
		{"nothing-like-this", "", 0, false},
	}
	for _, tt := range tests {
		rs, numeric := SelectRanges(cat, tt.q)
		if len(rs) != tt.n || numeric != tt.numeric || (tt.n > 0 && rs[0].Name != tt.first) {
			t.Errorf("SelectRanges(%q) = %d ranges (numeric %v), want %d starting %q (numeric %v)", tt.q, len(rs), numeric, tt.n, tt.first, tt.numeric)
		}
	}
}

// TestSelectRangesOfSeveralNumbers: "mtapi ranges 617020 901002" shows the range of each, once.
func TestSelectRangesOfSeveralNumbers(t *testing.T) {
	for _, q := range []string{"617020 901002", "617020,901002", "901002 617020 617021"} {
		rs, numeric := SelectRanges(codes.Default(), q)
		if !numeric || len(rs) != 2 || rs[0].Start != 617000 || rs[1].Start != 901000 {
			t.Errorf("SelectRanges(%q) = %v, %v; want Service Requests then Generic", q, rs, numeric)
		}
	}
}

// TestWholeWordsFirst: a query word found whole (a CamelCase part of a name, a word of a message)
// outranks the same letters inside another word.
func TestWholeWordsFirst(t *testing.T) {
	cat := codes.Default()
	ms := Search(cat, "date", Options{})
	if len(ms) == 0 || ms[0].Entry.Name != "UpdateDateCannotBeInFuture" {
		t.Fatalf("search date: first %v", ms[0].Entry.Name)
	}
	seenPartial := false
	for _, m := range ms {
		if m.Tier != AllWords {
			continue
		}
		whole := false
		for _, p := range NameParts(m.Entry.Name) {
			whole = whole || strings.EqualFold(p, "date")
		}
		whole = whole || slices.Contains(words(m.Entry.Message), "date")
		if whole && seenPartial {
			t.Errorf("%s (date as a whole word) ranks after a name where date is part of another word", m.Entry.Name)
		}
		seenPartial = seenPartial || !whole
	}
	for name, want := range map[string][]string{
		"UpdateDateCannotBeInFuture": {"Update", "Date", "Cannot", "Be", "In", "Future"},
		"ARTIFACT_NOT_FOUND":         {"ARTIFACT", "NOT", "FOUND"},
		"MBUNMissing":                {"MBUN", "Missing"},
		"Api2Key":                    {"Api", "2", "Key"},
	} {
		if got := NameParts(name); !slices.Equal(got, want) {
			t.Errorf("NameParts(%s) = %q, want %q", name, got, want)
		}
	}
}
