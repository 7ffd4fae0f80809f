package render

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/mtapi-cli/mtapi/codes"
	"github.com/mtapi-cli/mtapi/internal/decode"
	"github.com/mtapi-cli/mtapi/internal/escape"
)

// ControllerJSON is a range as the JSON schema shows it.
type ControllerJSON struct {
	Name         string `json:"name"`
	NameInferred bool   `json:"name_inferred"`
	Label        string `json:"label"`
	Start        int    `json:"start"`
	End          int    `json:"end"`
}

// EntryJSON is one catalogue entry as the JSON schema shows it.
type EntryJSON struct {
	Code          int    `json:"code"`
	PrintedCode   int    `json:"printed_code"`
	Name          string `json:"name"`
	Controller    string `json:"controller"`
	Message       string `json:"message"`
	State         string `json:"state"`
	FirstRevision string `json:"first_revision"`
	LastRevision  string `json:"last_revision"`
	Note          string `json:"note"`
}

// ResultJSON is one decoded input: the element of `decode --json` and of each response's results in
// `headers --json`.
type ResultJSON struct {
	Input       string          `json:"input"`
	Found       bool            `json:"found"`
	Kind        string          `json:"kind"`
	Code        *int            `json:"code"`
	Status      string          `json:"status"`
	Controller  *ControllerJSON `json:"controller"`
	Entries     []EntryJSON     `json:"entries"`
	Explanation string          `json:"explanation"`
	Suggestions []string        `json:"suggestions"`
}

// ControllerToJSON converts a catalogue controller; nil stays nil.
func ControllerToJSON(c *codes.Controller) *ControllerJSON {
	if c == nil {
		return nil
	}
	return &ControllerJSON{Name: c.Name, NameInferred: c.NameInferred, Label: c.Label, Start: c.Start, End: c.End}
}

// EntryToJSON converts a catalogue entry.
func EntryToJSON(e codes.Entry) EntryJSON {
	return EntryJSON{Code: e.Code, PrintedCode: e.Printed, Name: e.Name, Controller: e.Controller.Name,
		Message: e.Message, State: string(e.State), FirstRevision: e.FirstRevision, LastRevision: e.LastRevision, Note: e.Note}
}

// ToJSON converts a decode result to its JSON shape.
func ToJSON(r decode.Result) ResultJSON {
	j := ResultJSON{Input: r.Input, Found: r.Found, Kind: string(r.Kind), Status: status(r),
		Controller: ControllerToJSON(r.Controller), Entries: []EntryJSON{}, Explanation: r.Explanation,
		Suggestions: r.Suggestions}
	if j.Suggestions == nil {
		j.Suggestions = []string{}
	}
	if r.HasCode {
		code := r.Code
		j.Code = &code
	}
	for _, e := range r.Entries {
		j.Entries = append(j.Entries, EntryToJSON(e))
	}
	return j
}

// status is the one-word summary: the first entry's state, or the result's own status.
func status(r decode.Result) string {
	if len(r.Entries) > 0 {
		return string(r.Entries[0].State)
	}
	return string(r.Status)
}

// BeginList starts a list of results (the JSON array's opening bracket).
func (p *Printer) BeginList() { p.beginJSON("[") }

// EndList closes the list started by BeginList.
func (p *Printer) EndList() { p.endJSON("]") }

// beginJSON opens a streamed JSON document whose items jsonItem writes.
func (p *Printer) beginJSON(open string) {
	if p.opts.Format == JSON {
		p.w.WriteString(open)
	}
}

// endJSON closes what beginJSON opened.
func (p *Printer) endJSON(close string) {
	if p.opts.Format == JSON {
		if p.items > 0 {
			p.w.WriteString("\n")
		}
		p.w.WriteString(close + "\n")
	}
}

// jsonItem writes one element of a streamed JSON array, indented one level.
func (p *Printer) jsonItem(v any) {
	if p.items > 0 {
		p.w.WriteString(",")
	}
	p.w.WriteString("\n  ")
	p.w.Write(jsonValue(v, "  "))
}

// Result writes one decode result inside a list.
func (p *Printer) Result(r decode.Result) {
	switch p.opts.Format {
	case JSON:
		p.jsonItem(ToJSON(r))
	case Plain:
		p.plainResult(r)
	default:
		if p.items > 0 {
			p.w.WriteString("\n")
		}
		p.w.WriteString(p.Card(r, ""))
	}
	p.items++
}

// plainResult writes one line per entry, or one line for a result without entries:
// input, code, status, name, controller, message.
func (p *Printer) plainResult(r decode.Result) {
	in := escape.String(r.Input)
	for _, row := range plainRows(r) {
		p.tsv(append([]string{in}, row...)...)
	}
}

// plainRows are the code, status, name, controller and message columns of a result: one row per
// entry, or one row saying what the number is.
func plainRows(r decode.Result) [][]string {
	if len(r.Entries) == 0 {
		code, name, ctl := "", "", ""
		if r.HasCode {
			code = strconv.Itoa(r.Code)
		}
		switch r.Kind {
		case codes.NotSet:
			name = "NotSet"
		case codes.HTTP:
			name = codes.HTTPText(r.Code)
			ctl = "HTTP"
		}
		if r.Controller != nil {
			ctl = r.Controller.DisplayName()
		}
		return [][]string{{code, string(r.Status), name, ctl, r.Explanation}}
	}
	rows := make([][]string, 0, len(r.Entries))
	for _, e := range r.Entries {
		rows = append(rows, []string{strconv.Itoa(e.Code), string(e.State), e.Name, e.Controller.DisplayName(), e.Message})
	}
	return rows
}

// Card renders one result for a person: the trusted entry first with its message and controller,
// then the other entries marked with their state, then the explanation. indent prefixes every line.
func (p *Printer) Card(r decode.Result, indent string) string {
	st := p.st
	var b strings.Builder
	const gutter = "        "
	line := func(s string) { b.WriteString(indent + s + "\n") }
	codeCol := func(n int) string {
		s := strconv.Itoa(n)
		return st.code.Render(s) + strings.Repeat(" ", max(2, len(gutter)-len(s)))
	}
	textWidth := p.opts.Width - len(gutter) - len(indent)

	if len(r.Entries) == 0 {
		head := ""
		switch {
		case r.Kind == codes.NotSet:
			head = st.good.Render("NotSet") + st.meta.Render("  no status set")
		case r.Kind == codes.HTTP:
			head = st.name.Render("HTTP "+strconv.Itoa(r.Code)+" "+codes.HTTPText(r.Code)) + st.meta.Render("  http")
		case r.Status == decode.StatusUndocumented:
			head = st.warn.Render("not in the documented catalogue")
		case r.Status == decode.StatusInvalid:
			head = st.bad.Render("invalid input")
		default:
			head = st.bad.Render("unknown")
		}
		if r.HasCode {
			line(codeCol(r.Code) + head)
		} else {
			in := escape.String(r.Input)
			if in == "" {
				in = `""`
			}
			line(st.code.Render(in) + "  " + head)
		}
		if r.Controller != nil {
			line(gutter + st.meta.Render(rangeLine(r.Controller)))
		}
		for _, l := range wrap(r.Explanation, textWidth) {
			line(gutter + st.dim.Render(l))
		}
		if len(r.Suggestions) > 0 {
			line(gutter + st.meta.Render("did you mean: "+strings.Join(r.Suggestions, ", ")))
		}
		return b.String()
	}

	if r.ByName && !strings.EqualFold(r.Input, r.Entries[0].Name) {
		line(st.meta.Render(escape.String(r.Input) + " →"))
	}
	for i, e := range r.Entries {
		head := codeCol(e.Code) + st.name.Render(e.Name)
		if e.State != codes.Current {
			head += "  " + st.badge.Render(stateLabel(e))
		}
		if i > 0 {
			b.WriteString("\n")
		}
		line(head)
		if e.Message != "" {
			for _, l := range wrap(e.Message, textWidth) {
				line(gutter + st.message.Render(l))
			}
		} else if by := supersededBy(e); by != "" {
			for _, l := range wrap(by, textWidth) {
				line(gutter + st.dim.Render(l))
			}
		} else {
			line(gutter + st.dim.Render("(no message documented)"))
		}
		where := rangeLine(e.Controller)
		if !e.Controller.Contains(e.Code) {
			// Placeholders and moved sections: the heading it was listed under no longer holds it.
			where = "listed under " + e.Controller.DisplayName()
		}
		line(gutter + st.meta.Render(where+" · "+revisionSpan(e)))
	}
	if r.Detail != "" {
		b.WriteString("\n")
		for _, l := range wrap(r.Detail, textWidth+len(gutter)) {
			line(st.dim.Render(l))
		}
	}
	return b.String()
}

// supersededBy is the head of a superseded entry's note: "superseded by: InvalidUserActivationContext
// = 601000", without the reading's details.
func supersededBy(e codes.Entry) string {
	if e.State != codes.Superseded || !strings.HasPrefix(e.Note, "superseded by:") {
		return ""
	}
	n := e.Note
	if i := strings.Index(n, " ("); i > 0 {
		n = n[:i]
	}
	if i := strings.Index(n, ". "); i > 0 {
		n = n[:i]
	}
	return strings.TrimSuffix(n, ".")
}

func rangeLine(c *codes.Controller) string {
	return fmt.Sprintf("%s · %d–%d", c.DisplayName(), c.Start, c.End)
}

func stateLabel(e codes.Entry) string {
	switch e.State {
	case codes.Placeholder:
		return "placeholder (not implemented yet)"
	case codes.Typo:
		return fmt.Sprintf("typo: printed as %d", e.Printed)
	}
	return string(e.State)
}

func revisionSpan(e codes.Entry) string {
	if e.FirstRevision == e.LastRevision {
		return "seen in " + e.FirstRevision
	}
	return "seen " + e.FirstRevision + "–" + e.LastRevision
}
