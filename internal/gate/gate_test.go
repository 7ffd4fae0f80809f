package gate

import (
	"errors"
	"strings"
	"testing"

	"github.com/mtapi-cli/mtapi/codes"
	"github.com/mtapi-cli/mtapi/internal/decode"
	"github.com/mtapi-cli/mtapi/internal/headers"
)

func check(t testing.TB, expr string, resp headers.Response) (Trip, bool) {
	t.Helper()
	e, err := Parse(codes.Default(), expr)
	if err != nil {
		t.Fatalf("Parse(%q): %v", expr, err)
	}
	var results []decode.Result
	for _, v := range resp.Values {
		results = append(results, decode.ResolveValue(codes.Default(), v))
	}
	return e.Check(resp, results)
}

func resp(status int, values ...string) headers.Response {
	return headers.Response{HTTPStatus: status, Values: values, Found: values != nil}
}

func TestCheck(t *testing.T) {
	tests := []struct {
		expr string
		resp headers.Response
		want string // the condition that trips, "" for none
		val  int
	}{
		{"617020", resp(400, "617020"), "617020", 0},
		{"617020", resp(400, "617021"), "", 0},
		{"617020", resp(400, "901002", "617020"), "617020", 1},
		{"901000-902999", resp(400, "901002"), "901000-902999", 0},
		{"901000-902999", resp(400, "903000"), "", 0},
		{"901xxx", resp(400, "901002"), "901xxx", 0},
		{"901xxx", resp(400, "902002"), "", 0},
		{"901XXX", resp(400, "901999"), "901XXX", 0},
		{"404xxxx", resp(404, "4041001"), "404xxxx", 0},
		{"404xxxx", resp(404, "404100"), "", 0},
		{"9xx", resp(200, "900"), "9xx", 0},
		{"9xx", resp(200, "99"), "", 0},
		{"9xx", resp(200, "9000"), "", 0},
		{"6x7020", resp(400, "617020"), "6x7020", 0},
		{"6x7020", resp(400, "617021"), "", 0},
		{"6x7020", resp(400, "-1"), "", 0},
		{"-1", resp(200, "-1"), "-1", 0},
		{"notset", resp(200, "-1"), "notset", 0},
		{"controller=Users", resp(400, "620001"), "controller=Users", 0},
		{"controller=users controller", resp(400, "620001"), "controller=users controller", 0},
		{"controller=Service Requests", resp(400, "617020"), "controller=Service Requests", 0},
		{"controller=service_requests", resp(400, "617999"), "controller=service_requests", 0},
		{"controller=Users", resp(400, "617020"), "", 0},
		{"current", resp(400, "617020"), "current", 0},
		{"superseded", resp(400, "617020"), "", 0},
		// 617001's trusted meaning is current; its superseded placeholder is history.
		{"superseded", resp(400, "617001"), "", 0},
		{"duplicate", resp(400, "604004"), "duplicate", 0},
		{"typo", resp(400, "620004"), "typo", 0},
		{"undocumented", resp(400, "617998"), "undocumented", 0},
		{"unknown", resp(400, "999999"), "unknown", 0},
		{"undocumented", resp(400, "999999"), "", 0},
		{"invalid", resp(400, "abc"), "invalid", 0},
		{"invalid", resp(400, ""), "invalid", 0},
		{"unknown", resp(400, "abc"), "", 0},
		{"none", resp(200), "none", -1},
		{"none", resp(200, "-1"), "", 0},
		{"http>=500", resp(503), "http>=500", -1},
		{"http>=500", resp(499, "617020"), "", 0},
		{"http=409", resp(409, "617020"), "http=409", -1},
		{"http!=200", resp(0), "", 0}, // no status line: no HTTP status to compare
		{"http<400", resp(302), "http<400", -1},
		{"http <= 399", resp(399), "http <= 399", -1},
		{"http>400", resp(400), "", 0},
		// The first matching value wins over a response condition; conditions in order.
		{"http>=400, 617020", resp(400, "617020"), "617020", 0},
		{" current , none ", resp(200), "none", -1},
		{"901xxx,617xxx", resp(400, "617020", "901002"), "617xxx", 0},
	}
	for _, tc := range tests {
		trip, ok := check(t, tc.expr, tc.resp)
		if tc.want == "" {
			if ok {
				t.Errorf("%q on %v: tripped by %+v, want no trip", tc.expr, tc.resp, trip)
			}
			continue
		}
		if !ok || trip.Cond != tc.want || trip.Value != tc.val {
			t.Errorf("%q on %v: got %+v, %v; want %q at %d", tc.expr, tc.resp, trip, ok, tc.want, tc.val)
		}
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		expr, word string
		offset     int
		reason     string
		suggestion string
	}{
		{"617020,superceded", "superceded", 7, "not a condition", "superseded"},
		{"", "", 0, "empty", ""},
		{"617020,,901xxx", "", 7, "empty condition", ""},
		{"617020,", "", 7, "empty condition", ""},
		{"nonee", "nonee", 0, "not a condition", "none"},
		{"controller=Userz", "controller=Userz", 0, "no controller", "controller=Users"},
		{"controler=Users", "controler=Users", 0, "not a condition", "controller=Users"},
		{"http>=5xx", "http>=5xx", 0, "100 to 999", ""},
		{"http~500", "http~500", 0, "compares", ""},
		{"http>=50", "http>=50", 0, "100 to 999", ""},
		{"902999-901000", "902999-901000", 0, "lower code", ""},
		{"90x1y", "90x1y", 0, "mask", ""},
		{"6170 20", "6170 20", 0, "not a code", ""},
		{"current,  foo", "foo", 10, "not a condition", ""},
		{"controller=", "controller=", 0, "needs a controller", ""},
	}
	for _, tc := range tests {
		_, err := Parse(codes.Default(), tc.expr)
		var se *SyntaxError
		if !errors.As(err, &se) {
			t.Errorf("%q: got %v, want a SyntaxError", tc.expr, err)
			continue
		}
		if se.Word != tc.word || se.Offset != tc.offset || !strings.Contains(se.Reason, tc.reason) || se.Suggestion != tc.suggestion {
			t.Errorf("%q: got word %q at %d, %q, suggestion %q; want %q at %d, %q, %q", tc.expr, se.Word, se.Offset, se.Reason, se.Suggestion, tc.word, tc.offset, tc.reason, tc.suggestion)
		}
		if !strings.Contains(se.Error(), tc.word) {
			t.Errorf("%q: the message %q does not name the word", tc.expr, se.Error())
		}
	}
}

func TestTooManyConditions(t *testing.T) {
	_, err := Parse(codes.Default(), strings.Repeat("1,", MaxConditions)+"1")
	var se *SyntaxError
	if !errors.As(err, &se) || !strings.Contains(se.Reason, "more than") {
		t.Fatalf("got %v", err)
	}
}

// FuzzParse: any expression parses or fails with a SyntaxError whose word is the input's at its
// offset, and a parsed one checks any response without panicking.
func FuzzParse(f *testing.F) {
	for _, s := range []string{"617020", "901xxx,617020", "901000-902999", "controller=Users", "http>=500", "none",
		"superseded,typo", "-1", "404xxxx", "controller=Service Requests,http!=200", " , ", "x", "http>=", "1-", "--1", "9999999999999999999"} {
		f.Add(s, "617020")
	}
	f.Fuzz(func(t *testing.T, expr, value string) {
		e, err := Parse(codes.Default(), expr)
		if err != nil {
			var se *SyntaxError
			if !errors.As(err, &se) {
				t.Fatalf("%q: %v is not a SyntaxError", expr, err)
			}
			if se.Offset < 0 || se.Offset > len(expr) || !strings.HasPrefix(expr[se.Offset:], se.Word) {
				t.Fatalf("%q: word %q is not at offset %d", expr, se.Word, se.Offset)
			}
			return
		}
		if e.String() != expr {
			t.Fatalf("String() = %q, want %q", e.String(), expr)
		}
		r := headers.Response{HTTPStatus: 400, Values: []string{value}, Found: true}
		trip, ok := e.Check(r, []decode.Result{decode.ResolveValue(codes.Default(), value)})
		if ok && !strings.Contains(expr, trip.Cond) {
			t.Fatalf("%q tripped by %q, which it does not hold", expr, trip.Cond)
		}
	})
}

// BenchmarkCheck: the gate's decision for a response of two values against an expression of each
// kind, the per-response cost --fail-on adds to mtapi headers.
func BenchmarkCheck(b *testing.B) {
	e, err := Parse(codes.Default(), "901xxx,controller=Users,superseded,unknown,none,http>=500,404xxxx,617000-617010")
	if err != nil {
		b.Fatal(err)
	}
	r := headers.Response{HTTPStatus: 400, Values: []string{"617020", "618001"}, Found: true}
	results := []decode.Result{decode.ResolveValue(codes.Default(), "617020"), decode.ResolveValue(codes.Default(), "618001")}
	b.ReportAllocs()
	for b.Loop() {
		if _, ok := e.Check(r, results); ok {
			b.Fatal("tripped")
		}
	}
}
