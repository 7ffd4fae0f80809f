package decode

import (
	"errors"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/mtapi-cli/mtapi/codes"
)

func TestTokens(t *testing.T) {
	tests := []struct {
		arg  string
		want []string
	}{
		{"617020", []string{"617020"}},
		{"617020,901002", []string{"617020", "901002"}},
		{" 617020 , 901002 ", []string{"617020", "901002"}},
		{"mtapistatus: 617020", []string{"617020"}},
		{"MtApiStatus:617020,-1", []string{"617020", "-1"}},
		{`"mtapistatus": "617020"`, []string{"617020"}},
		{"mtapistatus", nil},
		{"update date cannot be in future", []string{"update date cannot be in future"}},
		{"617020 901002", []string{"617020", "901002"}},
		{"'617020'", []string{"617020"}},
		{"[617020, 4041001]", []string{"617020", "4041001"}},
		{"", nil},
		{",,,", nil},
	}
	for _, tt := range tests {
		if got := Tokens(tt.arg, isName); !slices.Equal(got, tt.want) {
			t.Errorf("Tokens(%q) = %q, want %q", tt.arg, got, tt.want)
		}
	}
}

func scanAll(t *testing.T, in string) []string {
	t.Helper()
	var got []string
	if err := Scan(strings.NewReader(in), func(s []byte, _ bool) error { got = append(got, string(s)); return nil }); err != nil {
		t.Fatal(err)
	}
	return got
}

func TestScan(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"617020\n901002\n", []string{"617020", "901002"}},
		{"617020,901002", []string{"617020", "901002"}},
		{"mtapistatus: 617020\r\nmtapistatus: -1\r\n", []string{"617020", "-1"}},
		{"  \n\t ", nil},
		{"", nil},
		{strings.Repeat("9", 1<<20), []string{strings.Repeat("9", MaxToken) + "…"}},
	}
	for _, tt := range tests {
		if got := scanAll(t, tt.in); !slices.Equal(got, tt.want) {
			t.Errorf("Scan(%.40q) = %.80q, want %.80q", tt.in, got, tt.want)
		}
	}
}

type failingReader struct{}

func (failingReader) Read([]byte) (int, error) { return 0, errors.New("boom") }

func TestScanReportsReadErrors(t *testing.T) {
	if err := Scan(failingReader{}, func([]byte, bool) error { return nil }); err == nil {
		t.Fatal("read error swallowed")
	}
	stop := errors.New("stop")
	if err := Scan(strings.NewReader("1 2 3"), func([]byte, bool) error { return stop }); err != stop {
		t.Fatalf("emit error not returned: %v", err)
	}
}

func TestResolve(t *testing.T) {
	tests := []struct {
		in       string
		found    bool
		kind     codes.Kind
		code     int
		first    string // first entry name, or status
		explains string // substring of the explanation
	}{
		{"617020", true, codes.ControllerKind, 617020, "UpdateDateCannotBeInFuture", ""},
		{"-1", true, codes.NotSet, -1, "notset", "NotSet"},
		{"404", true, codes.HTTP, 404, "http", "HTTP 404 Not Found"},
		{"299", true, codes.HTTP, 299, "http", "no standard meaning"},
		{"4041001", true, codes.NotFound, 4041001, "ServiceRequestNotFound", ""},
		{"4041012", false, codes.NotFound, 4041012, "undocumented", "Nearest documented: 4041011 DocumentNotFound, 4041013 MetadataStructureNotFound"},
		{"4040500", false, codes.NotFound, 4040500, "undocumented", "reserved for sub-statuses"},
		{"618003", false, codes.ControllerKind, 618003, "undocumented", "Services, 618000-618999"},
		{"614123", false, codes.ControllerKind, 614123, "undocumented", "Only the range's heading was seen"},
		{"902500", false, codes.Generic, 902500, "undocumented", "Generic"},
		{"605000", false, codes.Unknown, 605000, "unknown", "No documented controller"},
		{"0", false, codes.Unknown, 0, "unknown", "not a documented code"},
		{"-7", false, codes.Unknown, -7, "unknown", "only negative status is -1"},
		{"62000", false, codes.Unknown, 62000, "unknown", "typo for 620004"},
		{"620004", true, codes.ControllerKind, 620004, "RetrievingUsersFailed", "printed RetrievingUsersFailed as 62000"},
		{"604004", true, codes.ControllerKind, 604004, "CreatingArtifactFailed", "assigns 604004 to 2 names"},
		{"601000", true, codes.ControllerKind, 601000, "InvalidUserActivationContext", "Formerly InvalidReturnUrl (superseded, revision r01)"},
		{"617003", true, codes.ControllerKind, 617003, "RetrievingServiceRequestStatusesFailed", "Services placeholder"},
		{"620000", true, codes.ControllerKind, 620000, "InvalidUserId", "placeholder"},
		{"607000", true, codes.Unknown, 607000, "InvalidServiceRequestId", "No current entry for 607000; no documented controller"},
		{"619000", true, codes.ControllerKind, 619000, "InvalidUserId", "Service Settings, 619000-619999 range, of which only the heading was seen"},
		{"4000", true, codes.Unknown, 4000, "ARTIFACT_NOT_FOUND", "No current entry"},
		{"619001", true, codes.ControllerKind, 619001, "InvalidUserType", "Formerly InvalidUserType, listed under Users (superseded, revision seed-old)"},
		{"99999999999999999999999", false, codes.Unknown, 0, "invalid", "too large"},
		{"NotSet", true, codes.NotSet, -1, "notset", "NotSet"},
		{"updatedatecannotbeinfuture", true, codes.ControllerKind, 617020, "UpdateDateCannotBeInFuture", ""},
		{"InvalidUserId", true, codes.ControllerKind, 601010, "InvalidUserId", "printed at 3 numbers"},
		{"CreatingArtifactFailed", true, codes.ControllerKind, 604004, "CreatingArtifactFailed", "also documented as RetrievingArtifactFailed"},
		{"UpdateDateCannotBeInFutur", false, codes.Unknown, 0, "unknown", "No code is named"},
		{"\x1b[31m", false, codes.Unknown, 0, "invalid", `\x1b[31m`},
	}
	for _, tt := range tests {
		r := Resolve(codes.Default(), tt.in)
		first := string(r.Status)
		if len(r.Entries) > 0 {
			first = r.Entries[0].Name
		}
		if r.Found != tt.found || r.Kind != tt.kind || r.Code != tt.code || first != tt.first {
			t.Errorf("Resolve(%q) = found %v kind %s code %d first %s; want %v %s %d %s", tt.in, r.Found, r.Kind, r.Code, first, tt.found, tt.kind, tt.code, tt.first)
		}
		if !strings.Contains(r.Explanation(), tt.explains) {
			t.Errorf("Resolve(%q) explanation %q lacks %q", tt.in, r.Explanation(), tt.explains)
		}
	}
}

func TestSuggest(t *testing.T) {
	tests := []struct{ in, want string }{
		{"UpdateDateCannotBeInFutur", "UpdateDateCannotBeInFuture"},
		{"InvalidUserID", "InvalidUserId"},
		{"OrganizationNotFound", "OrganizationNoFound"},
	}
	for _, tt := range tests {
		got := Suggest(codes.Default(), tt.in, 3)
		if len(got) == 0 || got[0] != tt.want {
			t.Errorf("Suggest(%q) = %q, want %q first", tt.in, got, tt.want)
		}
	}
	if got := Suggest(codes.Default(), "zzzzqqqq", 3); len(got) != 0 {
		t.Errorf("Suggest(nonsense) = %q, want none", got)
	}
}

// Every catalogue row decodes as documented: by its number it is among the entries, by its name too.
func TestEveryRowDecodes(t *testing.T) {
	for _, e := range codes.Default().Entries() {
		r := Resolve(codes.Default(), strings.ToLower(e.Name))
		if !r.Found || !slices.ContainsFunc(r.Entries, func(x codes.Entry) bool { return x.Code == e.Code }) {
			t.Errorf("name %s does not decode to %d", e.Name, e.Code)
		}
		byNum := Resolve(codes.Default(), strconv.Itoa(e.Code))
		if !byNum.Found || !slices.ContainsFunc(byNum.Entries, func(x codes.Entry) bool { return x.Name == e.Name }) {
			t.Errorf("number %d does not list %s", e.Code, e.Name)
		}
	}
}

func FuzzScan(f *testing.F) {
	for _, s := range []string{"617020", "mtapistatus: 617020, -1", "a,b;c", "\xff\xfe6\x001", strings.Repeat("x", 300)} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		err := Scan(strings.NewReader(in), func(tokb []byte, _ bool) error {
			tok := string(tokb)
			if tok == "" {
				t.Fatal("empty token")
			}
			if len(tok) > MaxToken+len("…") {
				t.Fatalf("token of %d bytes", len(tok))
			}
			if !strings.HasSuffix(tok, "…") && !strings.Contains(strings.ToLower(in), strings.ToLower(strings.Trim(tok, "\"'`"))) {
				t.Fatalf("token %q not in input", tok)
			}
			Resolve(codes.Default(), tok)
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		for _, tok := range Tokens(in, isName) {
			Resolve(codes.Default(), tok)
		}
	})
}

func BenchmarkSuggest(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		Suggest(codes.Default(), "UpdateDateCannotBeInFutur", 3)
	}
}

func BenchmarkResolveUnknownName(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		Resolve(codes.Default(), "somewordfromalog")
	}
}

func isName(s string) bool { return IsName(codes.Default(), s) }

func TestForgivingNumbers(t *testing.T) {
	cat := codes.Default()
	for _, in := range []string{"617020.", "617020;", "(617020)", "617020,", "'617020'"} {
		if r := Resolve(cat, in); !r.Found || r.Code != 617020 {
			t.Errorf("Resolve(%q) = found %v code %d, want 617020", in, r.Found, r.Code)
		}
	}
	tests := []struct {
		in   string
		want string // among the suggestions
	}{
		{"61702", "617020"},
		{"6170200", "617020"},
		{"617920", "617020"},
		{"671020", "617020"},
		{"62000", "620004"},
		{"618003", "618002"},
	}
	for _, tt := range tests {
		r := Resolve(cat, tt.in)
		if r.Found || !slices.Contains(r.Suggestions(), tt.want) {
			t.Errorf("Resolve(%q) suggests %q, want %s among them", tt.in, r.Suggestions(), tt.want)
		}
	}
	if r := Resolve(cat, "61702"); len(r.Suggestions()) == 0 || r.Suggestions()[0] != "617020" {
		t.Errorf("61702 suggests %q, want 617020 first", r.Suggestions())
	}
}

func TestSuggestPartialTypos(t *testing.T) {
	got := Suggest(codes.Default(), "updatedateshoudbeafter", 3)
	if len(got) < 2 {
		t.Fatalf("updatedateshoudbeafter suggests %q", got)
	}
	for _, g := range got[:2] {
		if !strings.HasPrefix(g, "UpdateDateShouldBeAfter") {
			t.Errorf("updatedateshoudbeafter suggests %q, want the UpdateDateShouldBeAfter… names first", got)
		}
	}
}

func BenchmarkResolveUndocumentedNumber(b *testing.B) {
	cat := codes.Default()
	b.ReportAllocs()
	for b.Loop() {
		Resolve(cat, "618003")
	}
}

func TestNotCodes(t *testing.T) {
	cat := codes.Default()
	for in, want := range map[string]bool{
		"<html>Nov GMT hello world</html>\n":         true,
		"HTTP/1.1 200 OK":                            true,
		"Internal Server Error\n":                    true,
		"hello world this is a body 617020":          true,
		"617020 4041001\n":                           false,
		"617020 -1 UpdateDateCannotBeInFuture foo\n": false,
		"update date cannot be in future\n":          false,
		"updatedateshoudbeafter\n":                   false,
		"":                                           false,
	} {
		if got := NotCodes(cat, in); got != want {
			t.Errorf("NotCodes(%q) = %v, want %v", in, got, want)
		}
	}
}

func TestLooksLikeName(t *testing.T) {
	for in, want := range map[string]bool{
		"UpdateDate": true, "updatedateshoudbeafter": true, "update_date": true, "frobnicate": true,
		"61702x": false, "b@gus": false, "ab": false, "x1234567": false,
	} {
		if got := LooksLikeName(in); got != want {
			t.Errorf("LooksLikeName(%q) = %v, want %v", in, got, want)
		}
	}
}
