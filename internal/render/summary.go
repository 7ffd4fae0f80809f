package render

import (
	"slices"
	"strconv"
	"strings"

	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/lipgloss/table"

	"github.com/mtapi-cli/mtapi/codes"
	"github.com/mtapi-cli/mtapi/internal/decode"
	"github.com/mtapi-cli/mtapi/internal/escape"
	"github.com/mtapi-cli/mtapi/internal/headers"
)

// SummaryRow is one distinct code of `mtapi headers --summary`, with its decoding.
type SummaryRow struct {
	Count  int
	Result decode.Result
}

// SummaryView is what `mtapi headers --summary` shows: totals and one row per distinct code, most
// frequent first.
type SummaryView struct {
	Totals headers.Summary
	Rows   []SummaryRow
}

// SummaryJSON is the document `headers --summary --json` writes.
type SummaryJSON struct {
	SchemaVersion int               `json:"schema_version"`
	Responses     int               `json:"responses"`
	WithStatus    int               `json:"with_status"`
	Invalid       int               `json:"invalid"`
	Dropped       int               `json:"dropped"`
	Other         int               `json:"other"`
	Codes         []SummaryCodeJSON `json:"codes"`
	// InvalidValues lists the first distinct invalid values (headers.MaxSummaryInvalid) with their
	// counts; Invalid counts them all.
	InvalidValues []SummaryValueJSON `json:"invalid_values"`
}

// SummaryValueJSON is one invalid value of SummaryJSON.
type SummaryValueJSON struct {
	Value string `json:"value"`
	Count int    `json:"count"`
}

// SummaryCodeJSON is one row of SummaryJSON.
type SummaryCodeJSON struct {
	Code    int    `json:"code"`
	Count   int    `json:"count"`
	Name    string `json:"name"`
	Message string `json:"message"`
	State   string `json:"state"`
}

// summaryFields returns the name, message and state shown for a code: its trusted entry's, or what
// the decoder says of a code without entries.
func summaryFields(r decode.Result) (name, message, state string) {
	if len(r.Entries) > 0 {
		e := r.Entries[0]
		return e.Name, e.Message, string(e.State)
	}
	switch r.Kind {
	case codes.NotSet:
		name = "NotSet"
	case codes.HTTP:
		name = r.HTTPText()
	}
	return name, r.Explanation(), string(r.Status)
}

// summaryNames are the names a code's row shows: every current name of a number printed with
// several (604004 is CreatingArtifactFailed and RetrievingArtifactFailed), else the one given.
func summaryNames(r decode.Result, name string) []string {
	var names []string
	for _, e := range r.Entries {
		if e.State != codes.Superseded && !slices.Contains(names, e.Name) {
			names = append(names, e.Name)
		}
	}
	if len(names) == 0 {
		return []string{name}
	}
	return names
}

// summaryTable is the summary's table: its headers, the columns shown (COUNT, CODE, NAME, MESSAGE,
// STATE by index) and their styles; under says the NAME column holds the message too.
func (p *Printer) summaryTable(heads []string, cols []int, under bool) *table.Table {
	st := p.st
	return table.New().
		Border(lipgloss.RoundedBorder()).
		BorderStyle(st.border).
		Headers(heads...).
		StyleFunc(func(row, col int) lipgloss.Style {
			s := st.message
			switch c := cols[col]; {
			case row == table.HeaderRow:
				s = st.header
			case c == 1:
				s = st.code
			case c == 2 && !under:
				s = st.name
			case c == 4:
				s = st.meta
			}
			if cols[col] == 0 && row != table.HeaderRow {
				s = s.Align(lipgloss.Right)
			}
			return s.Padding(0, 1)
		})
}

// summaryMessages are the distinct messages of a number's current names, joined.
func summaryMessages(r decode.Result) string {
	var msgs []string
	for _, e := range r.Entries {
		if e.State != codes.Superseded && e.Message != "" && !slices.Contains(msgs, e.Message) {
			msgs = append(msgs, e.Message)
		}
	}
	return strings.Join(msgs, " / ")
}

// Summary writes the summary: a styled table on a terminal, tab-separated records when piped
// (count, code, name, message, state; then "total" records), or one JSON document.
func (p *Printer) Summary(v SummaryView) {
	t := v.Totals
	switch p.opts.Format {
	case JSON:
		j := SummaryJSON{SchemaVersion: SchemaVersion, Responses: t.Responses, WithStatus: t.WithStatus, Invalid: t.Invalid,
			Dropped: t.Dropped, Other: t.Other, Codes: make([]SummaryCodeJSON, 0, len(v.Rows)), InvalidValues: []SummaryValueJSON{}}
		for _, iv := range t.InvalidValues() {
			j.InvalidValues = append(j.InvalidValues, SummaryValueJSON{Value: iv.Value, Count: iv.Count})
		}
		for _, r := range v.Rows {
			name, msg, state := summaryFields(r.Result)
			j.Codes = append(j.Codes, SummaryCodeJSON{Code: r.Result.Code, Count: r.Count, Name: name, Message: msg, State: state})
		}
		p.w.Write(jsonValue(j, ""))
	case Plain:
		for _, r := range v.Rows {
			name, msg, state := summaryFields(r.Result)
			p.tsv(strconv.Itoa(r.Count), strconv.Itoa(r.Result.Code), name, msg, state)
		}
		p.tsv("total", "responses", strconv.Itoa(t.Responses))
		p.tsv("total", "with_status", strconv.Itoa(t.WithStatus))
		p.tsv("total", "invalid", strconv.Itoa(t.Invalid))
		for _, iv := range t.InvalidValues() {
			p.tsv("invalid", strconv.Itoa(iv.Count), escape.String(iv.Value))
		}
		if t.Dropped > 0 {
			p.tsv("total", "dropped", strconv.Itoa(t.Dropped))
		}
		if t.Other > 0 {
			p.tsv("total", "other", strconv.Itoa(t.Other))
		}
	default:
		p.styledSummary(v)
	}
}

// styledSummary draws the summary as a table that fits the width. Every name of a code printed with
// several is shown, one a line. The message wraps in its column; when the window is too narrow for
// a column of its own, it wraps under the name, with the state, so that nothing disappears: only a
// name wider than the whole name column is cut, marked with "…". The totals are prose, wrapped.
func (p *Printer) styledSummary(v SummaryView) {
	st := p.st
	if len(v.Rows) > 0 {
		type row struct{ count, code, name, msg, state string }
		rows := make([]row, len(v.Rows))
		widths := [5]int{len("COUNT"), len("CODE"), len("NAME"), len("MESSAGE"), len("STATE")}
		for i, r := range v.Rows {
			name, msg, state := summaryFields(r.Result)
			names := summaryNames(r.Result, name)
			if len(names) > 1 {
				msg = summaryMessages(r.Result)
			}
			rows[i] = row{strconv.Itoa(r.Count), strconv.Itoa(r.Result.Code), strings.Join(names, "\n"), msg, state}
			for j, s := range []string{rows[i].count, rows[i].code, "", msg, state} {
				widths[j] = max(widths[j], lipgloss.Width(s))
			}
			for _, n := range names {
				widths[2] = max(widths[2], lipgloss.Width(n))
			}
		}
		// Each column has a cell padding of one on either side and one border; the table one more.
		frame := func(cols int) int { return 3*cols + 1 }
		const minMessage = 20
		fixed := widths[0] + widths[1]
		show := [5]bool{true, true, true, true, true}
		under := false // the message and state wrap under the name
		switch room := p.opts.Width - fixed - widths[2] - widths[4] - frame(5); {
		case room >= widths[3]:
		case room >= minMessage:
			widths[3] = room
		default:
			show[3], show[4], under = false, false, true
			widths[2] = max(4, p.opts.Width-fixed-frame(3))
		}
		var heads []string
		var cols []int
		for j, h := range []string{"COUNT", "CODE", "NAME", "MESSAGE", "STATE"} {
			if show[j] {
				if j == 2 && under {
					h = "NAME, MESSAGE"
				}
				heads = append(heads, h)
				cols = append(cols, j)
			}
		}
		tb := p.summaryTable(heads, cols, under)
		for _, r := range rows {
			var name []string
			for _, n := range strings.Split(r.name, "\n") {
				name = append(name, truncate(n, widths[2]))
			}
			cell := map[int]string{0: r.count, 1: r.code, 2: strings.Join(name, "\n"),
				3: strings.Join(wrap(r.msg, widths[3]), "\n"), 4: r.state}
			if under {
				below := r.msg
				if r.state != string(codes.Current) && r.state != "" {
					below = strings.TrimSpace(below + " (" + r.state + ")")
				}
				if below != "" {
					cell[2] += "\n" + strings.Join(wrap(below, widths[2]), "\n")
				}
			}
			var cells []string
			for _, j := range cols {
				cells = append(cells, cell[j])
			}
			tb.Row(cells...)
		}
		p.w.WriteString(tb.Render() + "\n")
	}
	t := v.Totals
	line := summaryPlural(t.Responses, "response") + ", " + strconv.Itoa(t.WithStatus) + " with an mtapistatus header, " +
		summaryPlural(t.Invalid, "invalid value")
	if t.Dropped > 0 {
		line += ", " + strconv.Itoa(t.Dropped) + " values past the limit of " + strconv.Itoa(headers.MaxValues) + " per response"
	}
	if t.Other > 0 {
		line += ", " + strconv.Itoa(t.Other) + " values of further codes not listed"
	}
	if iv := t.InvalidValues(); len(iv) > 0 {
		var vals []string
		for _, v := range iv {
			q := strconv.Quote(escape.String(v.Value))
			if v.Count > 1 {
				q += " ×" + strconv.Itoa(v.Count)
			}
			vals = append(vals, q)
		}
		line += " (" + strings.Join(vals, ", ")
		if t.Invalid > countValues(iv) {
			line += ", and " + summaryPlural(t.Invalid-countValues(iv), "more") + " not listed"
		}
		line += ")"
	}
	for _, l := range wrap(line, p.measure(0)) {
		p.w.WriteString(st.meta.Render(l) + "\n")
	}
}

// countValues is how many values a list of invalid values counts.
func countValues(vs []headers.ValueCount) int {
	n := 0
	for _, v := range vs {
		n += v.Count
	}
	return n
}

func summaryPlural(n int, what string) string {
	if n == 1 {
		return "1 " + what
	}
	return strconv.Itoa(n) + " " + what + "s"
}
