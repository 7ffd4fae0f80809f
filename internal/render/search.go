package render

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/charmbracelet/lipgloss"

	"github.com/mtapi-cli/mtapi/codes"
	"github.com/mtapi-cli/mtapi/internal/search"
)

// SpanJSON is a matched run of one field, in bytes.
type SpanJSON struct {
	Field string `json:"field"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

// MatchJSON is one result of `search --json`: the entry's fields plus how it matched.
type MatchJSON struct {
	EntryJSON
	Score   int        `json:"score"`
	Tier    string     `json:"tier"`
	Matched []SpanJSON `json:"matched"`
}

func fieldText(e codes.Entry, field string) string {
	switch field {
	case "name":
		return e.Name
	case "message":
		return e.Message
	case "controller":
		return e.Controller.Name
	}
	return strconv.Itoa(e.Code)
}

// Matches writes search results; shown of total are displayed (total > shown when limited). Plain
// records: code, state, name, controller, message, score.
func (p *Printer) Matches(ms []search.Match, total int) {
	switch p.opts.Format {
	case JSON:
		out := make([]MatchJSON, len(ms))
		for i, m := range ms {
			out[i] = MatchJSON{EntryJSON: EntryToJSON(m.Entry), Score: m.Score, Tier: m.Tier.String(), Matched: []SpanJSON{}}
			for _, s := range m.Matched {
				text := fieldText(m.Entry, s.Field)
				out[i].Matched = append(out[i].Matched, SpanJSON{s.Field, s.Start, s.End, text[min(s.Start, len(text)):min(s.End, len(text))]})
			}
		}
		p.w.Write(jsonValue(out, ""))
		p.w.WriteByte('\n')
	case Plain:
		for _, m := range ms {
			e := m.Entry
			p.tsv(strconv.Itoa(e.Code), string(e.State), e.Name, e.Controller.DisplayName(), e.Message, strconv.Itoa(m.Score))
		}
	default:
		st := p.st
		for _, m := range ms {
			e := m.Entry
			code := strconv.Itoa(e.Code)
			spans := func(field string) []search.Span {
				var out []search.Span
				for _, s := range m.Matched {
					if s.Field == field {
						out = append(out, s)
					}
				}
				return out
			}
			codeText := highlight(code, spans("code"), st.code, st.match)
			line := codeText + strings.Repeat(" ", max(2, 9-len(code))) + highlight(e.Name, spans("name"), st.name, st.match)
			if e.State != codes.Current {
				line += "  " + st.badge.Render(stateLabel(e))
			}
			line += "  " + highlight(e.Controller.Name, spans("controller"), st.meta, st.match)
			p.w.WriteString(line + "\n")
			if e.Message != "" {
				p.w.WriteString("         " + highlight(e.Message, spans("message"), st.message, st.match) + "\n")
			}
		}
		if total > len(ms) {
			p.w.WriteString(st.dim.Render(fmt.Sprintf("%d of %d matches; --limit 0 shows all", len(ms), total)) + "\n")
		}
	}
}

// highlight renders s in base style with the spans (byte offsets) in match style.
func highlight(s string, spans []search.Span, base, match lipgloss.Style) string {
	var b strings.Builder
	at := 0
	for _, sp := range spans {
		start, end := min(max(sp.Start, at), len(s)), min(sp.End, len(s))
		if start >= end {
			continue
		}
		if start > at {
			b.WriteString(base.Render(s[at:start]))
		}
		b.WriteString(match.Render(s[start:end]))
		at = end
	}
	if at < len(s) {
		b.WriteString(base.Render(s[at:]))
	}
	return b.String()
}
