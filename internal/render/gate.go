package render

import (
	"strconv"
	"strings"

	"github.com/mtapi-cli/mtapi/internal/decode"
	"github.com/mtapi-cli/mtapi/internal/escape"
	"github.com/mtapi-cli/mtapi/internal/gate"
)

// Trip is a response that tripped `mtapi headers --fail-on`, with what the gate found.
type Trip struct {
	Response
	Trip gate.Trip
}

// Text says in one line why the response tripped the gate: the value's code, name and message
// ("617020 UpdateDateCannotBeInFuture: Update date cannot be in future."), or what the response
// lacked or carried. Text from the input is escaped.
func (t Trip) Text() string {
	if t.Trip.Value >= 0 && t.Trip.Value < len(t.Results) {
		return ValueText(t.Results[t.Trip.Value])
	}
	if !t.Response.Response.Found {
		if s := t.Response.Response.StatusLine; s != "" {
			return "no mtapistatus header (" + escape.String(s) + ")"
		}
		return "no mtapistatus header"
	}
	if s := t.Response.Response.HTTPStatus; s != 0 {
		return "HTTP status " + strconv.Itoa(s)
	}
	return "the response"
}

// ValueText is one decoded value in one line: "617020 UpdateDateCannotBeInFuture: Update date
// cannot be in future." for a documented code, the explanation otherwise.
func ValueText(r decode.Result) string {
	if r.HasCode && len(r.Entries) > 0 {
		e := r.Entries[0]
		s := strconv.Itoa(r.Code) + " " + e.Name
		if e.Message != "" {
			s += ": " + e.Message
		}
		if w := gate.Word(r); w != "current" {
			s += " (" + w + ")"
		}
		return s
	}
	return escape.String(r.Explanation())
}

// Where names the response for people: "capture.har, response 3, line 12".
func (t Trip) Where() string {
	s := "standard input"
	if t.Source != "-" {
		s = escape.String(t.Source)
	}
	s += ", response " + strconv.Itoa(t.Response.Response.Index)
	if l := t.Response.Response.Line; l > 0 {
		s += ", line " + strconv.Itoa(l)
	}
	return s
}

// Annotation is the GitHub Actions workflow command for a tripped response:
// "::error file=capture.har,line=12::617020 UpdateDateCannotBeInFuture: Update date cannot be in
// future.". Standard input has no file; a response without a header line has no line. Every text
// is escaped by the workflow command rules (a newline, '%', and in properties ':' and ',' are
// percent-encoded), then any other control character is made visible, so that no input can end the
// command's line or start a command of its own.
func (t Trip) Annotation() string {
	var b strings.Builder
	b.WriteString("::error")
	sep := " "
	if t.Source != "-" {
		b.WriteString(sep + "file=" + annotationProperty(t.Source))
		sep = ","
	}
	if l := t.Response.Response.Line; l > 0 {
		b.WriteString(sep + "line=" + strconv.Itoa(l))
		sep = ","
	}
	b.WriteString(sep + "title=" + annotationProperty("mtapi --fail-on "+t.Trip.Cond))
	b.WriteString("::")
	b.WriteString(annotationData(t.Text()))
	return b.String()
}

// annotationData escapes a workflow command's message, as the runner's toolkit does.
func annotationData(s string) string {
	s = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace(s)
	return escape.String(s)
}

// annotationProperty escapes a workflow command's property value.
func annotationProperty(s string) string {
	s = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace(s)
	return escape.String(s)
}
