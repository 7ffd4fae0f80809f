package render

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/mtapi-cli/mtapi/internal/decode"
	"github.com/mtapi-cli/mtapi/internal/escape"
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
}

// ResponseJSON is one response in `headers --json`.
type ResponseJSON struct {
	Index       int          `json:"index"`
	Source      string       `json:"source"`
	StatusLine  *string      `json:"status_line"`
	HTTPStatus  *int         `json:"http_status"`
	Found       bool         `json:"found"`
	Final       *bool        `json:"final"`
	MtapiStatus []string     `json:"mtapistatus"`
	Dropped     int          `json:"dropped"`
	Results     []ResultJSON `json:"results"`
}

func responseToJSON(v Response) ResponseJSON {
	j := ResponseJSON{Index: v.Response.Index, Source: v.Source, Found: v.Response.Found,
		MtapiStatus: v.Response.Values, Dropped: v.Response.Dropped, Results: make([]ResultJSON, 0, len(v.Results))}
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
		j.Results = append(j.Results, ToJSON(r))
	}
	return j
}

// BeginResponses starts the output of `mtapi headers`.
func (p *Printer) BeginResponses() { p.beginJSON(`{"responses": [`) }

// EndResponses closes the output of `mtapi headers`.
func (p *Printer) EndResponses() { p.endJSON("]}") }

// Response writes one response. Plain records, one per value and entry (or one for a response
// without the header): source, response index, HTTP status, value, code, status, name, controller,
// message.
func (p *Printer) Response(v Response) {
	switch p.opts.Format {
	case JSON:
		p.jsonItem(responseToJSON(v))
	case Plain:
		src := escape.String(v.Source)
		idx := strconv.Itoa(v.Response.Index)
		status := ""
		if v.Response.HTTPStatus != 0 {
			status = strconv.Itoa(v.Response.HTTPStatus)
		}
		if !v.Response.Found {
			p.tsv(src, idx, status, "", "", "none", "", "", "no mtapistatus header")
		}
		for _, r := range v.Results {
			for _, row := range plainRows(r) {
				p.tsv(append([]string{src, idx, status, escape.String(r.Input)}, row...)...)
			}
		}
		if v.Response.Dropped > 0 {
			p.tsv(src, idx, status, "", "", "dropped", "", "", fmt.Sprintf("%d more values not shown (limit %d per response)", v.Response.Dropped, headers.MaxValues))
		}
	default:
		p.styledResponse(v)
	}
	p.items++
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
	if v.Source != "-" && v.Source != "" {
		head += st.meta.Render("  " + escape.String(v.Source))
	}
	p.w.WriteString(st.header.Render(head) + "\n")
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
	p.w.WriteString("  " + st.meta.Render(line) + "\n")
	for _, r := range v.Results {
		p.w.WriteString("\n")
		p.w.WriteString(p.Card(r, "  "))
	}
}

// FinalNote tells a person which response was the final one when a source held several.
func (p *Printer) FinalNote(source string, v Response) {
	if p.opts.Format != Styled {
		return
	}
	note := fmt.Sprintf("final response: %d", v.Response.Index)
	if v.Response.StatusLine != "" {
		note += " (" + escape.String(v.Response.StatusLine) + ")"
	}
	if source != "-" {
		note += " of " + escape.String(source)
	}
	p.w.WriteString("\n" + p.st.dim.Render(note) + "\n")
}
