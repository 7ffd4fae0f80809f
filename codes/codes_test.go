package codes

import (
	"net/http"
	"strings"
	"testing"
)

// The reference README's counts; the embedded copy must hold every row.
func TestCatalogueCountsMatchReference(t *testing.T) {
	want := map[State]int{Current: 146, Superseded: 16, Duplicate: 8, Placeholder: 2, Typo: 1}
	got := map[State]int{}
	numbers := map[int]bool{}
	for _, e := range Default().Entries() {
		got[e.State]++
		numbers[e.Printed] = true
	}
	for s, n := range want {
		if got[s] != n {
			t.Errorf("state %s: %d rows, want %d", s, got[s], n)
		}
	}
	if n := len(Default().Entries()); n != 173 {
		t.Errorf("%d catalogue rows, want 173", n)
	}
	if n := len(numbers); n != 157 {
		t.Errorf("%d printed numbers, want 157", n)
	}
	if n := len(Default().Controllers()); n != 17 {
		t.Errorf("%d controllers, want 17", n)
	}
	if n := len(Default().Revisions()); n != 27 {
		t.Errorf("%d revisions, want 27", n)
	}
	if Default().LatestRevision() != "r25" {
		t.Errorf("latest revision %q, want r25", Default().LatestRevision())
	}
}

func TestEveryEntryIsWellFormed(t *testing.T) {
	for _, e := range Default().Entries() {
		if e.Name == "" {
			t.Errorf("%d: entry without a name", e.Code)
		}
		if !e.State.Valid() {
			t.Errorf("%d %s: invalid state %q", e.Code, e.Name, e.State)
		}
		if e.firstRev > e.lastRev {
			t.Errorf("%d %s: first revision %s after last %s", e.Code, e.Name, e.FirstRevision, e.LastRevision)
		}
		inRange := e.Controller.Contains(e.Code)
		switch e.State {
		case Superseded:
			if !strings.HasPrefix(e.Note, "superseded by:") {
				t.Errorf("%d %s: superseded note does not say by what: %q", e.Code, e.Name, e.Note)
			}
		case Typo:
			if !inRange || e.Printed == e.Code {
				t.Errorf("%d %s: typo must decode to its intended in-range value (printed %d)", e.Code, e.Name, e.Printed)
			}
		default:
			if !inRange {
				t.Errorf("%d %s (%s): outside its controller's range %d-%d", e.Code, e.Name, e.State, e.Controller.Start, e.Controller.End)
			}
		}
	}
}

func TestControllersDoNotOverlap(t *testing.T) {
	cs := Default().Controllers()
	for i := 1; i < len(cs); i++ {
		if cs[i].Start <= cs[i-1].End {
			t.Errorf("%s overlaps %s", cs[i].Label, cs[i-1].Label)
		}
	}
	for _, c := range cs {
		if strings.HasPrefix(c.Name, "(") {
			t.Errorf("%s: display name is a raw placeholder label", c.Label)
		}
		if strings.HasPrefix(c.Label, "(heading not visible") != c.NameInferred {
			t.Errorf("%s: inferred flag %v disagrees with its label", c.Label, c.NameInferred)
		}
	}
}

func TestClassify(t *testing.T) {
	tests := []struct {
		n    int
		want Kind
	}{
		{-1, NotSet}, {-2, Unknown}, {0, Unknown}, {199, Unknown}, {200, HTTP}, {404, HTTP}, {599, HTTP},
		{600, Unknown}, {4000, Unknown}, {62000, Unknown}, {600999, Unknown}, {601000, ControllerKind},
		{617020, ControllerKind}, {605000, Unknown}, {607000, Unknown}, {622999, ControllerKind},
		{623000, Unknown}, {900999, Unknown}, {901000, Generic}, {902999, Generic}, {903000, Unknown},
		{4039999, Unknown}, {4040000, NotFound}, {4041001, NotFound}, {4049999, NotFound}, {4050000, Unknown},
	}
	for _, tt := range tests {
		if got := Default().Classify(tt.n); got != tt.want {
			t.Errorf("Default().Classify(%d) = %s, want %s", tt.n, got, tt.want)
		}
	}
}

func names(es []Entry) string {
	var s []string
	for _, e := range es {
		s = append(s, e.Name+"/"+string(e.State))
	}
	return strings.Join(s, " ")
}

func TestLookupOrdersTrustedFirst(t *testing.T) {
	tests := []struct {
		n    int
		want string
	}{
		{617020, "UpdateDateCannotBeInFuture/current"},
		{601000, "InvalidUserActivationContext/current InvalidReturnUrl/superseded"},
		{617003, "RetrievingServiceRequestStatusesFailed/current InvalidReturnUrl/superseded"},
		{620001, "UserExistsFailed/current InvalidUserType/superseded"},
		{604004, "CreatingArtifactFailed/duplicate RetrievingArtifactFailed/duplicate"},
		{620004, "RetrievingUsersFailed/typo"},
		{620000, "InvalidUserId/placeholder"},
		{607000, "InvalidServiceRequestId/superseded"},
		{62000, ""},
		{618003, ""},
	}
	for _, tt := range tests {
		if got := names(Default().Lookup(tt.n).Entries); got != tt.want {
			t.Errorf("Default().Lookup(%d) = %q, want %q", tt.n, got, tt.want)
		}
	}
	if es := Default().PrintedAs(62000); len(es) != 1 || es[0].Code != 620004 {
		t.Errorf("Default().PrintedAs(62000) = %v, want the 620004 typo", es)
	}
}

func TestLookupNameIsForgiving(t *testing.T) {
	tests := []struct {
		name, want string
	}{
		{"UpdateDateCannotBeInFuture", "UpdateDateCannotBeInFuture/current"},
		{"updatedatecannotbeinfuture", "UpdateDateCannotBeInFuture/current"},
		{"update_date-cannot be.in future", "UpdateDateCannotBeInFuture/current"},
		{"artifact_not_found", "ARTIFACT_NOT_FOUND/superseded"},
		{"InvalidUserId", "InvalidUserId/current InvalidUserId/placeholder InvalidUserId/superseded"},
		{"invalidreturnurl", "InvalidReturnUrl/current InvalidReturnUrl/superseded InvalidReturnUrl/superseded"},
		{"InvalidServiceRequestId", "InvalidServiceRequestId/placeholder InvalidServiceRequestId/superseded"},
		{"NoSuchName", ""},
		{"", ""},
		{strings.Repeat("a", 500), ""},
	}
	for _, tt := range tests {
		if got := names(Default().LookupName(tt.name)); got != tt.want {
			t.Errorf("Default().LookupName(%q) = %q, want %q", tt.name, got, tt.want)
		}
	}
	if es := Default().LookupName("InvalidUserId"); es[0].Code != 601010 || es[1].Code != 620000 || es[2].Code != 619000 {
		t.Errorf("InvalidUserId numbers in order %d %d %d, want 601010 620000 619000", es[0].Code, es[1].Code, es[2].Code)
	}
}

func TestNearest(t *testing.T) {
	tests := []struct{ n, below, above int }{
		{618003, 618002, 618004},
		{601006, 601005, 601007},
		{4041012, 4041011, 4041013},
		{614500, 0, 0},
		{617500, 617029, 0},
		{601000, 0, 601001},
		{700000, 0, 0},
	}
	for _, tt := range tests {
		if b, a := Default().Nearest(tt.n); b != tt.below || a != tt.above {
			t.Errorf("Default().Nearest(%d) = %d, %d, want %d, %d", tt.n, b, a, tt.below, tt.above)
		}
	}
}

func TestHTTPTextMatchesNetHTTP(t *testing.T) {
	for n := HTTPStart; n <= HTTPEnd; n++ {
		if got, want := HTTPText(n), http.StatusText(n); got != want {
			t.Errorf("HTTPText(%d) = %q, net/http says %q; regenerate httptext.go", n, got, want)
		}
	}
}

func TestRangesListEveryFamily(t *testing.T) {
	rs := Default().Ranges()
	if rs[0].Kind != NotSet || rs[1].Kind != HTTP {
		t.Fatalf("first ranges %v %v, want NotSet then HTTP", rs[0].Kind, rs[1].Kind)
	}
	if got := len(rs); got != 19 {
		t.Errorf("%d ranges, want 19", got)
	}
	for _, r := range rs {
		if r.Name == "Invoices" && r.Controller.Implemented != "not-implemented-yet" {
			t.Errorf("Invoices implemented %q", r.Controller.Implemented)
		}
		if r.Name == "Service Requests (inferred name)" && r.Documented != 29 {
			t.Errorf("Service Requests documents %d codes, want 29", r.Documented)
		}
	}
}

func TestParseRejectsBrokenData(t *testing.T) {
	good := func() []string { return []string{catalogueTSV, controllersTSV, revisionsTSV, namesTSV} }
	breakers := map[string]func(d []string){
		"bad state":      func(d []string) { d[0] = strings.Replace(d[0], "\tcurrent\t", "\tcurent\t", 1) },
		"unknown label":  func(d []string) { d[3] = strings.Replace(d[3], "Accounts Controller\t", "Acounts Controller\t", 1) },
		"bad revision":   func(d []string) { d[0] = strings.Replace(d[0], "\tr02\tr02\t", "\tr02\tr99\t", 1) },
		"missing column": func(d []string) { d[1] = strings.Replace(d[1], "\t601999", "", 1) },
	}
	for name, brk := range breakers {
		d := good()
		brk(d)
		if _, err := parse(d[0], d[1], d[2], d[3]); err == nil {
			t.Errorf("%s: parse accepted broken data", name)
		}
	}
	d := good()
	if _, err := parse(d[0], d[1], d[2], d[3]); err != nil {
		t.Fatal(err)
	}
}

var sink Result
var sinkEntries []Entry

func BenchmarkLookup(b *testing.B) {
	Default()
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		sink = Default().Lookup(617020)
	}
}

func BenchmarkLookupName(b *testing.B) {
	Default()
	b.ReportAllocs()
	for b.Loop() {
		sinkEntries = Default().LookupName("update_date_cannot_be_in_future")
	}
}

func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := parse(catalogueTSV, controllersTSV, revisionsTSV, namesTSV); err != nil {
			b.Fatal(err)
		}
	}
}
