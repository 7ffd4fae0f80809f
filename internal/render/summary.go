package render

import (
	"strconv"

	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/lipgloss/table"

	"github.com/mtapi-cli/mtapi/codes"
	"github.com/mtapi-cli/mtapi/internal/decode"
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

// Summary writes the summary: a styled table on a terminal, tab-separated records when piped
// (count, code, name, message, state; then "total" records), or one JSON document.
func (p *Printer) Summary(v SummaryView) {
	t := v.Totals
	switch p.opts.Format {
	case JSON:
		j := SummaryJSON{SchemaVersion: SchemaVersion, Responses: t.Responses, WithStatus: t.WithStatus, Invalid: t.Invalid,
			Dropped: t.Dropped, Other: t.Other, Codes: make([]SummaryCodeJSON, 0, len(v.Rows))}
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

// styledSummary draws the summary as a table that fits the width, as the ranges table does: the
// message column shrinks first, cut with "…"; a narrower window loses the message, then the state
// column, and only then are names cut: a whole name is what a person looks up. The totals are prose, wrapped.
func (p *Printer) styledSummary(v SummaryView) {
	st := p.st
	if len(v.Rows) > 0 {
		type row struct{ count, code, name, msg, state string }
		rows := make([]row, len(v.Rows))
		widths := [5]int{len("COUNT"), len("CODE"), len("NAME"), len("MESSAGE"), len("STATE")}
		for i, r := range v.Rows {
			name, msg, state := summaryFields(r.Result)
			rows[i] = row{strconv.Itoa(r.Count), strconv.Itoa(r.Result.Code), name, msg, state}
			for j, s := range []string{rows[i].count, rows[i].code, name, msg, state} {
				widths[j] = max(widths[j], lipgloss.Width(s))
			}
		}
		// Each column has a cell padding of one on either side and one border; the table one more.
		frame := func(cols int) int { return 3*cols + 1 }
		const minMessage = 12
		fixed := widths[0] + widths[1]
		show := [5]bool{true, true, true, true, true}
		switch room := p.opts.Width - fixed - widths[2] - widths[4] - frame(5); {
		case room >= widths[3]:
		case room >= minMessage:
			widths[3] = room
		default:
			show[3] = false
			if p.opts.Width-fixed-widths[4]-frame(4) >= widths[2] {
				break
			}
			show[4] = false
			widths[2] = max(4, min(widths[2], p.opts.Width-fixed-frame(3)))
		}
		var heads []string
		var cols []int
		for j, h := range []string{"COUNT", "CODE", "NAME", "MESSAGE", "STATE"} {
			if show[j] {
				heads = append(heads, h)
				cols = append(cols, j)
			}
		}
		tb := table.New().
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
				case c == 2:
					s = st.name
				case c == 4:
					s = st.meta
				}
				if cols[col] == 0 && row != table.HeaderRow {
					s = s.Align(lipgloss.Right)
				}
				return s.Padding(0, 1)
			})
		for _, r := range rows {
			all := []string{r.count, r.code, r.name, r.msg, r.state}
			var cells []string
			for _, j := range cols {
				cells = append(cells, truncate(all[j], widths[j]))
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
	for _, l := range wrap(line, p.measure(0)) {
		p.w.WriteString(st.meta.Render(l) + "\n")
	}
}

func summaryPlural(n int, what string) string {
	if n == 1 {
		return "1 " + what
	}
	return strconv.Itoa(n) + " " + what + "s"
}
