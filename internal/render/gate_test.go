package render

import (
	"bytes"
	"encoding/xml"
	"io"
	"os"
	"strings"
	"testing"

	"github.com/mtapi-cli/mtapi/codes"
	"github.com/mtapi-cli/mtapi/internal/decode"
	"github.com/mtapi-cli/mtapi/internal/gate"
	"github.com/mtapi-cli/mtapi/internal/headers"
)

func trip(src string, line int, cond string, values ...string) Trip {
	r := Response{Source: src, Response: headers.Response{Index: 1, Line: line, HTTPStatus: 400, Values: values, Found: len(values) > 0}}
	for _, v := range values {
		r.Results = append(r.Results, decode.ResolveValue(codes.Default(), v))
	}
	t := Trip{Response: r, Trip: gate.Trip{Cond: cond, Value: 0}}
	if len(values) == 0 {
		t.Trip.Value = -1
	}
	return t
}

// TestAnnotation: workflow commands carry the file and line, and nothing from the input can end
// the command's line, close its properties or start a command of its own.
func TestAnnotation(t *testing.T) {
	tests := []struct {
		trip Trip
		want string
	}{
		{trip("e2e/capture.har", 41, "617020", "617020"),
			"::error file=e2e/capture.har,line=41,title=mtapi --fail-on 617020::617020 UpdateDateCannotBeInFuture: Update date cannot be in future."},
		{trip("-", 3, "617020", "617020"),
			"::error line=3,title=mtapi --fail-on 617020::617020 UpdateDateCannotBeInFuture: Update date cannot be in future."},
		{trip("a.txt", 0, "none"),
			"::error file=a.txt,title=mtapi --fail-on none::no mtapistatus header"},
		{trip("x\n::warning::y,line=1:%.txt", 2, "invalid", "a::b%0A\r\n::set-output name=x::1"),
			`::error file=x%0A%3A%3Awarning%3A%3Ay%2Cline=1%3A%25.txt,line=2,title=mtapi --fail-on invalid::"a::b%250A\r\n::set-output name=x::1" is not an integer; an mtapistatus header carries comma-separated integer codes.`},
		{trip("b.txt", 5, "invalid", "\x1b]0;pwned\x07"),
			`::error file=b.txt,line=5,title=mtapi --fail-on invalid::"\x1b]0;pwned\x07" is not an integer; an mtapistatus header carries comma-separated integer codes.`},
		{trip("c.txt", 5, "undocumented", "617998"),
			// (decode's explanation, whose words are decode's)
			"::error file=c.txt,line=5,title=mtapi --fail-on undocumented::617998 "},
	}
	for _, tc := range tests {
		got := tc.trip.Annotation()
		if got != tc.want && !(strings.HasSuffix(tc.want, " ") && strings.HasPrefix(got, tc.want)) {
			t.Errorf("got  %s\nwant %s", got, tc.want)
		}
		if strings.ContainsAny(got, "\n\r\x1b\x07") {
			t.Errorf("raw control character in %q", got)
		}
		if strings.Count(got[:strings.Index(got[2:], "::")+2], "::") != 1 {
			t.Errorf("the properties of %q hold '::'", got)
		}
	}
}

// TestJUnitWellFormed: the report is XML that Go's decoder reads back, counts first, whatever the
// names and values hold; the spool holds the cases, not memory.
func TestJUnitWellFormed(t *testing.T) {
	spool, err := os.CreateTemp(t.TempDir(), "spool")
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	j := NewJUnit(&out, spool, `mtapi headers --fail-on 617020,"<x>"`)
	j.BeginSource("a<&>\"'.har")
	tr := trip("a<&>\"'.har", 7, "617020", "617020", "]]></failure>&amp;\x00\x1b")
	j.Case(&tr.Response, &tr)
	ok := trip("a<&>\"'.har", 9, "", "-1")
	j.Case(&ok.Response, nil)
	j.Unreadable("missing\n.txt", "cannot read \"missing\\n.txt\"")
	tests, failures, err := j.Close()
	if err != nil || tests != 3 || failures != 1 {
		t.Fatalf("Close: %d, %d, %v", tests, failures, err)
	}
	var doc struct {
		Tests  int `xml:"tests,attr"`
		Suites []struct {
			Name  string `xml:"name,attr"`
			Cases []struct {
				Name    string `xml:"name,attr"`
				Failure *struct {
					Message string `xml:"message,attr"`
					Text    string `xml:",chardata"`
				} `xml:"failure"`
			} `xml:"testcase"`
		} `xml:"testsuite"`
	}
	if err := xml.NewDecoder(bytes.NewReader(out.Bytes())).Decode(&doc); err != nil {
		t.Fatalf("not XML: %v\n%s", err, out.String())
	}
	if doc.Tests != 3 || len(doc.Suites) != 2 || doc.Suites[0].Name != "a<&>\"'.har" || doc.Suites[1].Name != `missing\n.txt` {
		t.Fatalf("read back: %+v", doc)
	}
	f := doc.Suites[0].Cases[0].Failure
	if f == nil || f.Message != "617020 UpdateDateCannotBeInFuture: Update date cannot be in future." || !strings.Contains(f.Text, `]]></failure>&amp;\x00\x1b`) {
		t.Errorf("failure: %+v", f)
	}
	if bytes.ContainsAny(out.Bytes(), "\x00\x1b") {
		t.Error("a raw control character reached the report")
	}
	if n, _ := spool.Seek(0, io.SeekEnd); n == 0 {
		t.Error("the cases did not go through the spool")
	}
}
