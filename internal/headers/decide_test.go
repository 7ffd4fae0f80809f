package headers

import (
	"fmt"
	"strings"
	"testing"
)

// run feeds records to a decider and renders what it reports.
func run(recs ...Record) string {
	var b strings.Builder
	d := decider{out: func(r Response) error {
		fmt.Fprintf(&b, "#%d %q %d %q line %d;", r.Index, r.StatusLine, r.HTTPStatus, r.Values, r.Line)
		return nil
	}}
	for _, r := range recs {
		d.take(r)
	}
	d.take(Record{Kind: KindEnd})
	return b.String()
}

func status(role Role, line string, code int) Record {
	return Record{Kind: KindStatus, Role: role, Status: line, Code: code, Line: 1}
}

func field(role Role, v string, line int) Record {
	return Record{Kind: KindField, Role: role, Value: []byte(v), Line: line}
}

func TestDecide(t *testing.T) {
	resp, req, other := RoleResponse, RoleRequest, RoleOther
	cases := []struct {
		name string
		recs []Record
		want string
	}{
		{"a response's field counts", []Record{status(resp, "HTTP/1.1 400 Bad Request", 400), field(resp, "617020, 901002", 2)},
			`#1 "HTTP/1.1 400 Bad Request" 400 ["617020" "901002"] line 2;`},
		{"a request's field never does", []Record{status(req, "", 0), field(resp, "555001", 2)}, ""},
		{"a field on the request side never does", []Record{status(resp, "HTTP/1.1 200 OK", 200), field(req, "555001", 2)},
			`#1 "HTTP/1.1 200 OK" 200 [] line 0;`},
		{"a field with no message open never does", []Record{field(resp, "617020", 1)}, ""},
		{"a message after every request was answered never does", []Record{status(other, "", 0), field(resp, "999999", 2)}, ""},
		{"a header block without a status line", []Record{status(resp, "", 0), field(resp, "617020", 3)}, `#1 "" 0 ["617020"] line 3;`},
		{"an empty value is kept", []Record{status(resp, "", 0), field(resp, " ", 1)}, `#1 "" 0 [""] line 1;`},
		{"a name whose value follows", []Record{status(resp, "", 0), {Kind: KindField, NameOnly: true, Line: 4}, {Kind: KindContinuation, Value: []byte("617020")}},
			`#1 "" 0 ["617020"] line 4;`},
		{"a partial value streams on", []Record{status(resp, "", 0), {Kind: KindField, Value: []byte("6170"), Partial: true, Line: 1},
			{Kind: KindContinuation, Value: []byte("20,9"), Partial: true}, {Kind: KindContinuation, Value: []byte("01002")}},
			`#1 "" 0 ["617020" "901002"] line 1;`},
		{"a status ends the message before it", []Record{status(resp, "HTTP/1.1 302 Found", 302), field(resp, "-1", 2), status(resp, "HTTP/1.1 400 Bad Request", 400), field(resp, "617020", 5)},
			`#1 "HTTP/1.1 302 Found" 302 ["-1"] line 2;#2 "HTTP/1.1 400 Bad Request" 400 ["617020"] line 5;`},
	}
	for _, c := range cases {
		if got := run(c.recs...); got != c.want {
			t.Errorf("%s:\n got %s\nwant %s", c.name, got, c.want)
		}
	}
}

// FuzzDecide feeds the decider any sequence of records: it never panics, numbers its responses from
// 1 without gaps, keeps at most MaxValues values of at most MaxValueLen bytes (and "…"), and never
// reports a value that only a request-side or other field carried.
func FuzzDecide(f *testing.F) {
	f.Add([]byte{0, 1, 1, 0, 2, 3}, "617020,901002")
	f.Add([]byte{4, 1, 1, 2, 9}, "555001")
	f.Fuzz(func(t *testing.T, ops []byte, v string) {
		var recs []Record
		for i, op := range ops {
			role := Role(op>>4) % 3
			switch op % 5 {
			case 0:
				recs = append(recs, Record{Kind: KindStatus, Role: role, Status: "HTTP/1.1 200 OK", Code: 200, Line: i + 1})
			case 1:
				recs = append(recs, Record{Kind: KindField, Role: role, Value: []byte(v), Partial: op&8 != 0, Line: i + 1})
			case 2:
				recs = append(recs, Record{Kind: KindContinuation, Value: []byte(v), Partial: op&8 != 0})
			case 3:
				recs = append(recs, Record{Kind: KindEnd})
			case 4:
				recs = append(recs, Record{Kind: KindField, Role: role, NameOnly: true, Line: i + 1})
			}
		}
		next := 1
		d := decider{out: func(r Response) error {
			if r.Index != next {
				t.Fatalf("response %d numbered %d", next, r.Index)
			}
			next++
			if len(r.Values) > MaxValues {
				t.Fatalf("%d values", len(r.Values))
			}
			for _, x := range r.Values {
				if len(strings.TrimSuffix(x, "…")) > MaxValueLen {
					t.Fatalf("value of %d bytes", len(x))
				}
			}
			return nil
		}}
		for _, r := range recs {
			d.take(r)
		}
		d.take(Record{Kind: KindEnd})
	})
}
