package render

import (
	"bufio"
	"encoding/xml"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/mtapi-cli/mtapi/internal/escape"
)

// JUnit writes the JUnit XML report of `mtapi headers --report junit=FILE`: one test suite per
// input, one test case per response, named by input and position, failed when the response tripped
// the gate, with the decoded code, name and message in the failure; an input that could not be read
// is a test case in error.
//
// A suite's counts come first in its start tag but are known only at the input's end, so the test
// cases are written to a spool file as they come, and the report is put together from it at the
// end: memory stays flat however long the stream, and an interrupted run still gets a whole report
// of what was read.
type JUnit struct {
	out    io.Writer
	spool  io.ReadWriteSeeker
	w      *bufio.Writer // buffers writes to spool
	name   string
	suites []junitSuite
	err    error
}

type junitSuite struct {
	src, name               string
	tests, failures, errors int
	size                    int64 // bytes of the spool that hold its cases
}

// NewJUnit starts a report to out, named name (the command line), spooling test cases to spool.
func NewJUnit(out io.Writer, spool io.ReadWriteSeeker, name string) *JUnit {
	return &JUnit{out: out, spool: spool, w: bufio.NewWriter(spool), name: name}
}

// BeginSource starts the suite of one input ("-" for standard input).
func (j *JUnit) BeginSource(src string) {
	j.suites = append(j.suites, junitSuite{src: src, name: sourceLabel(src)})
}

func sourceLabel(src string) string {
	if src == "-" {
		return "standard input"
	}
	return escape.String(src)
}

func (j *JUnit) suite() *junitSuite {
	if len(j.suites) == 0 {
		j.BeginSource("-")
	}
	return &j.suites[len(j.suites)-1]
}

// Case adds the test case of one response; trip is nil when the response passed the gate.
func (j *JUnit) Case(v *Response, trip *Trip) {
	s := j.suite()
	s.tests++
	var b strings.Builder
	name := "response " + strconv.Itoa(v.Response.Index)
	if l := v.Response.Line; l > 0 {
		name += ", line " + strconv.Itoa(l)
	}
	fmt.Fprintf(&b, "    <testcase classname=%s name=%s", xmlAttr(s.name), xmlAttr(name))
	if v.Source != "-" {
		fmt.Fprintf(&b, " file=%s", xmlAttr(escape.String(v.Source)))
		if l := v.Response.Line; l > 0 {
			fmt.Fprintf(&b, " line=\"%d\"", l)
		}
	}
	if trip == nil {
		b.WriteString("/>\n")
	} else {
		s.failures++
		typ := "--fail-on " + trip.Trip.Cond
		fmt.Fprintf(&b, ">\n      <failure message=%s type=%s>", xmlAttr(trip.Text()), xmlAttr(typ))
		xmlText(&b, failureBody(trip))
		b.WriteString("</failure>\n    </testcase>\n")
	}
	j.write(s, b.String())
}

// failureBody tells everything the response showed: where it was, its status line, each value
// decoded, and the condition it matched.
func failureBody(t *Trip) string {
	var b strings.Builder
	b.WriteString(t.Where() + "\n")
	r := t.Response.Response
	if r.StatusLine != "" {
		b.WriteString(escape.String(r.StatusLine) + "\n")
	} else if r.HTTPStatus != 0 {
		b.WriteString("HTTP status " + strconv.Itoa(r.HTTPStatus) + "\n")
	}
	if !r.Found {
		b.WriteString("no mtapistatus header\n")
	}
	for _, res := range t.Results {
		b.WriteString("mtapistatus " + escape.String(res.Input) + ": " + ValueText(res) + "\n")
	}
	if r.Dropped > 0 {
		fmt.Fprintf(&b, "%d more values not shown\n", r.Dropped)
	}
	b.WriteString("tripped --fail-on " + escape.String(t.Trip.Cond))
	return b.String()
}

// Unreadable adds a test case in error for an input that could not be read.
func (j *JUnit) Unreadable(src, message string) {
	if len(j.suites) == 0 || j.suites[len(j.suites)-1].src != src {
		// (An input that cannot be opened was never begun.)
		j.BeginSource(src)
	}
	s := j.suite()
	s.tests++
	s.errors++
	var b strings.Builder
	fmt.Fprintf(&b, "    <testcase classname=%s name=\"read\">\n      <error message=%s type=\"unreadable_input\"/>\n    </testcase>\n",
		xmlAttr(s.name), xmlAttr(escape.String(message)))
	j.write(s, b.String())
}

func (j *JUnit) write(s *junitSuite, text string) {
	if j.err != nil {
		return
	}
	n, err := j.w.WriteString(text)
	s.size += int64(n)
	j.err = err
}

// Close writes the report: the declaration, the totals, and each suite with its cases copied from
// the spool. It returns the number of test cases and of failures.
func (j *JUnit) Close() (tests, failures int, err error) {
	if j.err == nil {
		j.err = j.w.Flush()
	}
	if j.err == nil {
		_, j.err = j.spool.Seek(0, io.SeekStart)
	}
	if j.err != nil {
		return 0, 0, j.err
	}
	var errs int
	for _, s := range j.suites {
		tests, failures, errs = tests+s.tests, failures+s.failures, errs+s.errors
	}
	out := bufio.NewWriter(j.out)
	fmt.Fprintf(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=%s tests=\"%d\" failures=\"%d\" errors=\"%d\">\n",
		xmlAttr(j.name), tests, failures, errs)
	for _, s := range j.suites {
		fmt.Fprintf(out, "  <testsuite name=%s tests=\"%d\" failures=\"%d\" errors=\"%d\" skipped=\"0\">\n", xmlAttr(s.name), s.tests, s.failures, s.errors)
		if _, err := io.CopyN(out, j.spool, s.size); err != nil {
			return 0, 0, err
		}
		out.WriteString("  </testsuite>\n")
	}
	out.WriteString("</testsuites>\n")
	return tests, failures, out.Flush()
}

// xmlAttr is s as a quoted attribute value.
func xmlAttr(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	_ = xml.EscapeText(&b, []byte(s))
	b.WriteByte('"')
	return b.String()
}

// xmlText writes s as element text, keeping its line breaks as they are.
func xmlText(b *strings.Builder, s string) {
	for line := range strings.Lines(s) {
		text, nl := strings.CutSuffix(line, "\n")
		_ = xml.EscapeText(b, []byte(text))
		if nl {
			b.WriteByte('\n')
		}
	}
}
