package page

import "testing"

// Table tests of nextEntry's steps: where the name and the number are, and what a glued message
// leaves of the name.
func TestEntrySteps(t *testing.T) {
	for _, tt := range []struct {
		s          string
		name, code string // as found by nameBefore and numberAfter around the first '='
	}{
		{"UpdateDateCannotBeInFuture = 617020", "UpdateDateCannotBeInFuture", "617020"},
		{"A=1001", "A", "1001"},
		{"x  =   42 rest", "x", "42"},
		{"9Lives = 5", "Lives", "5"},
		{"Name    = 1", "", "1"}, // more than two blanks: not a name
		{"a = b", "a", ""},
	} {
		eq := indexByte(tt.s, '=')
		ns, ne := nameBefore(tt.s, eq)
		cs, ce := numberAfter(tt.s, eq)
		if tt.s[ns:ne] != tt.name || tt.s[cs:ce] != tt.code {
			t.Errorf("%q: name %q number %q, want %q %q", tt.s, tt.s[ns:ne], tt.s[cs:ce], tt.name, tt.code)
		}
	}
	known := func(code int, name string) bool { return code == 617025 && name == "UpdateStatusHistoryFailed" }
	for _, tt := range []struct {
		before, name string
		code         int
		cut          int
		want         string
		ok           bool
	}{
		{"", "UpdateStatusHistoryFailed", 617025, 0, "UpdateStatusHistoryFailed", true},
		{"The update date.", "dateUpdateStatusHistoryFailed", 617025, 4, "UpdateStatusHistoryFailed", true},
		{"", "failedRetrievingX", 1, 6, "RetrievingX", true},
		{"", "lowercase", 1, 0, "", false},
		{"Enroll User In Service ", "FailedRetrievingServiceByIdFailed", 1, 6, "RetrievingServiceByIdFailed", true},
	} {
		cut, name, ok := cutGlued(tt.before, tt.name, tt.code, known)
		if cut != tt.cut || name != tt.want || ok != tt.ok {
			t.Errorf("cutGlued(%q, %q) = %d %q %v, want %d %q %v", tt.before, tt.name, cut, name, ok, tt.cut, tt.want, tt.ok)
		}
	}
}

func indexByte(s string, c byte) int {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return i
		}
	}
	return -1
}

func TestNest(t *testing.T) {
	for _, tt := range []struct {
		depth int
		tt    tokenType
		want  int
	}{
		{0, startTagToken, 1}, {1, endTagToken, 0}, {0, endTagToken, 0}, {2, selfClosingTagToken, 2},
	} {
		if got := nest(tt.depth, tt.tt); got != tt.want {
			t.Errorf("nest(%d, %v) = %d, want %d", tt.depth, tt.tt, got, tt.want)
		}
	}
}

func TestEntryRuns(t *testing.T) {
	es := []Entry{{Code: 617001}, {Code: 617002}, {Code: 618001}, {Code: 61800}, {Code: 617003}}
	items := []item{
		{kind: kindEntry, entry: 0}, {kind: kindText}, {kind: kindEntry, entry: 1},
		{kind: kindEntry, entry: 2}, {kind: kindText}, {kind: kindEntry, entry: 3}, {kind: kindEntry, entry: 4},
	}
	got := entryRuns(items, es)
	want := []run{{0, 2}, {3, 5}, {6, 6}} // 61800, a typo's short number, stays in its run
	if len(got) != len(want) {
		t.Fatalf("runs %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("runs %v, want %v", got, want)
		}
	}
}
