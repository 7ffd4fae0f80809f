package render

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"

	"github.com/mtapi-cli/mtapi/internal/decode"
	"github.com/mtapi-cli/mtapi/internal/escape"
	"github.com/mtapi-cli/mtapi/internal/gate"
	"github.com/mtapi-cli/mtapi/internal/headers"
)

// Response is one response found by `mtapi headers`, with each of its values decoded.
type Response struct {
	// Source is the file name, or "-" for standard input.
	Source   string
	Response headers.Response
	Results  []decode.Result
	// Final marks the last response of its source (known only once the source has ended).
	Final bool
	// FinalUnknown: the response was written from a live stream before its source ended, so
	// whether it is the final one was not known (JSON writes "final": null).
	FinalUnknown bool
	// Trip is why the response matched headers --fail-on, or nil (JSON writes "tripped_by" then).
	Trip *gate.Trip
}

// responseJSON is one response in `headers --json`.
type responseJSON struct {
	Index       int          `json:"index"`
	Source      string       `json:"source"`
	StatusLine  *string      `json:"status_line"`
	HTTPStatus  *int         `json:"http_status"`
	Found       bool         `json:"found"`
	Final       *bool        `json:"final"`
	MtapiStatus []string     `json:"mtapistatus"`
	Dropped     int          `json:"dropped"`
	Results     []resultJSON `json:"results"`
	// TrippedBy is the --fail-on condition the response matched; absent when it matched none.
	TrippedBy string `json:"tripped_by,omitempty"`
}

func responseToJSON(v Response) responseJSON {
	j := responseJSON{Index: v.Response.Index, Source: v.Source, Found: v.Response.Found,
		MtapiStatus: v.Response.Values, Dropped: v.Response.Dropped, Results: make([]resultJSON, 0, len(v.Results))}
	if !v.FinalUnknown {
		final := v.Final
		j.Final = &final
	}
	if j.MtapiStatus == nil {
		j.MtapiStatus = []string{}
	}
	if v.Response.StatusLine != "" {
		s := v.Response.StatusLine
		j.StatusLine = &s
	}
	if v.Response.HTTPStatus != 0 {
		n := v.Response.HTTPStatus
		j.HTTPStatus = &n
	}
	for _, r := range v.Results {
		j.Results = append(j.Results, toJSON(r))
	}
	if v.Trip != nil {
		j.TrippedBy = v.Trip.Cond
	}
	return j
}

// BeginResponses starts the output of `mtapi headers`.
func (p *Printer) BeginResponses() {
	p.beginJSON(`{"schema_version": ` + strconv.Itoa(SchemaVersion) + `, "responses": [`)
}

// EndResponses closes the output of `mtapi headers`.
func (p *Printer) EndResponses() { p.endJSON("]}") }

// source is what the printer remembers about the input whose responses it is writing.
type source struct {
	name string
	// last shows only the final response; JSON marks the final one: both hold one response back.
	last, holdBack bool
	held           *Response
	// lastIndex and lastStatus name the last response written, for the final note.
	lastIndex  int
	lastStatus string
	count      int
}

// BeginSource starts the responses of one input (a file name, or "-"); with last, only its final
// response is shown.
func (p *Printer) BeginSource(name string, last bool) {
	p.src = &source{name: name, last: last, holdBack: last || p.opts.Format == JSON}
}

// Add writes a response of the current source, or holds it back (a copy of it) until the next one
// shows it is not the final one. v is passed by reference only to save copying it on a dense
// stream; Add does not keep it.
func (p *Printer) Add(v *Response) {
	s := p.src
	s.count++
	if s.holdBack {
		if s.held != nil && !s.last {
			p.response(s.held)
		}
		held := *v
		s.held = &held
		return
	}
	p.response(v)
	s.lastIndex, s.lastStatus = v.Response.Index, v.Response.StatusLine
}

// Holding reports whether the current source holds a response back that a live stream may want to
// write before the source ends (JSON, not --last).
func (p *Printer) Holding() bool { return p.src != nil && p.src.held != nil && !p.src.last }

// WriteHeld writes the response the current source holds back, marked as not known to be final: on
// a live stream nothing has followed it for a while, and a person or a script should see it now.
func (p *Printer) WriteHeld() {
	s := p.src
	if s == nil || s.held == nil || s.last {
		return
	}
	s.held.FinalUnknown = true
	p.response(s.held)
	s.held = nil
}

// EndSource writes what the source held back, marked final, and tells a person which response was
// the final one when there were several. It returns how many responses the source had.
func (p *Printer) EndSource() int {
	s := p.src
	p.src = nil
	if s == nil {
		return 0
	}
	if s.held != nil {
		s.held.Final = true
		p.response(s.held)
	}
	if s.count > 1 && !s.holdBack {
		p.finalNote(s.name, s.lastIndex, s.lastStatus)
	}
	return s.count
}

func (p *Printer) response(v *Response) {
	switch p.opts.Format {
	case JSON:
		p.jsonItem(responseToJSON(*v))
	case Plain:
		if !v.Response.Found && v.Response.Dropped == 0 && len(v.Results) == 0 {
			p.plainNone(v)
			break
		}
		src := escape.String(v.Source)
		idx := strconv.Itoa(v.Response.Index)
		status := ""
		if v.Response.HTTPStatus != 0 {
			status = strconv.Itoa(v.Response.HTTPStatus)
		}
		if !v.Response.Found {
			p.tsv(src, idx, status, "", "", "none", "", "", "no mtapistatus header")
		}
		// Each value's lines are decode's record of it (kept from value to value: a stream
		// repeats its codes), each after the response's own fields.
		prefix := appendTSV(p.scratch[:0], src, idx, status)
		prefix[len(prefix)-1] = '\t'
		p.scratch = prefix
		for _, r := range v.Results {
			for rows := p.plainRecord(r); len(rows) > 0; {
				i := bytes.IndexByte(rows, '\n') + 1
				p.w.Write(prefix)
				p.w.Write(rows[:i])
				rows = rows[i:]
			}
		}
		if v.Response.Dropped > 0 {
			p.tsv(src, idx, status, "", "", "dropped", "", "", fmt.Sprintf("%d more values not shown (limit %d per response)", v.Response.Dropped, headers.MaxValues))
		}
	default:
		p.styledResponse(*v)
	}
	p.items++
}

// plainNone writes the record of a response without the header, as Response's tsv calls would, by
// appending to the output buffer: on a dense stream most responses are these, and formatting each
// through tsv cost more than reading it. The source's field is escaped once per source.
func (p *Printer) plainNone(v *Response) {
	if v.Source != p.plainSrc || p.plainSrcField == "" {
		p.plainSrc = v.Source
		p.plainSrcField = flattenField(escape.String(v.Source))
	}
	b := p.scratch[:0]
	b = append(b, p.plainSrcField...)
	b = append(b, '\t')
	b = strconv.AppendInt(b, int64(v.Response.Index), 10)
	b = append(b, '\t')
	if v.Response.HTTPStatus != 0 {
		b = strconv.AppendInt(b, int64(v.Response.HTTPStatus), 10)
	}
	b = append(b, "\t\t\tnone\t\t\tno mtapistatus header\n"...)
	p.w.Write(b)
	p.scratch = b
}

func (p *Printer) styledResponse(v Response) {
	st := p.st
	if p.items > 0 {
		p.w.WriteString("\n")
	}
	head := "response " + strconv.Itoa(v.Response.Index)
	if v.Response.StatusLine != "" {
		head += " · " + escape.String(v.Response.StatusLine)
	} else if v.Response.HTTPStatus != 0 {
		head += " · HTTP " + strconv.Itoa(v.Response.HTTPStatus)
	}
	src := ""
	if v.Source != "-" && v.Source != "" {
		src = escape.String(v.Source)
	}
	if lipglossWidth(head)+2+lipglossWidth(src) <= p.opts.Width || src == "" {
		for _, l := range wrap(head, p.opts.Width) {
			p.w.WriteString(st.header.Render(l))
			if src != "" {
				p.w.WriteString(st.meta.Render("  " + src))
			}
			p.w.WriteString("\n")
		}
	} else {
		for _, l := range wrap(head, p.opts.Width) {
			p.w.WriteString(st.header.Render(l) + "\n")
		}
		for _, l := range wrap(src, p.opts.Width-2) {
			p.w.WriteString("  " + st.meta.Render(l) + "\n")
		}
	}
	if !v.Response.Found {
		p.w.WriteString("  " + st.warn.Render("no mtapistatus header") + "\n")
		return
	}
	vals := make([]string, len(v.Response.Values))
	for i, s := range v.Response.Values {
		vals[i] = escape.String(s)
	}
	line := "mtapistatus: " + strings.Join(vals, ", ")
	if v.Response.Dropped > 0 {
		line += fmt.Sprintf(" … and %d more values not shown", v.Response.Dropped)
	}
	for _, l := range wrap(line, p.measure(2)) {
		p.w.WriteString("  " + st.meta.Render(l) + "\n")
	}
	for _, r := range v.Results {
		p.w.WriteString("\n")
		p.w.WriteString(p.card(r, "  "))
	}
}

// finalNote tells a person which response was the final one when a source held several.
func (p *Printer) finalNote(source string, index int, statusLine string) {
	if p.opts.Format != Styled {
		return
	}
	note := fmt.Sprintf("final response: %d", index)
	if statusLine != "" {
		note += " (" + escape.String(statusLine) + ")"
	}
	if source != "-" {
		note += " of " + escape.String(source)
	}
	p.w.WriteString("\n")
	for _, l := range wrap(note, p.measure(0)) {
		p.w.WriteString(p.st.dim.Render(l) + "\n")
	}
}
