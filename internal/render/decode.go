package render

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/mtapi-cli/mtapi/codes"
	"github.com/mtapi-cli/mtapi/internal/decode"
	"github.com/mtapi-cli/mtapi/internal/escape"
)

// controllerJSON is a range as the JSON schema shows it.
type controllerJSON struct {
	Name         string `json:"name"`
	NameInferred bool   `json:"name_inferred"`
	Label        string `json:"label"`
	Start        int    `json:"start"`
	End          int    `json:"end"`
}

// EntryJSON is one catalogue entry as the JSON schema shows it (decode, search and export).
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
	// ControllerInferred says the controller's name was inferred from its codes (its heading was
	// never seen).
	ControllerInferred bool `json:"controller_inferred"`
	// Sources are the copies of the documentation that show the entry.
	Sources string `json:"sources"`
}

// resultJSON is one decoded input: the element of `decode --json` and of each response's results in
// `headers --json`.
type resultJSON struct {
	Input       string          `json:"input"`
	Found       bool            `json:"found"`
	Kind        string          `json:"kind"`
	Code        *int            `json:"code"`
	Status      string          `json:"status"`
	Controller  *controllerJSON `json:"controller"`
	Entries     []EntryJSON     `json:"entries"`
	Explanation string          `json:"explanation"`
	Suggestions []string        `json:"suggestions"`
	// Mentioned says how free text held the result (code, name, message, near-message,
	// near-code); absent for an input given as a code or a name.
	Mentioned  string `json:"mentioned,omitempty"`
	Quote      string `json:"quote,omitempty"`
	Candidates int    `json:"candidates,omitempty"`
}

func controllerToJSON(c *codes.Controller) *controllerJSON {
	if c == nil {
		return nil
	}
	return &controllerJSON{Name: c.Name, NameInferred: c.NameInferred, Label: c.Label, Start: c.Start, End: c.End}
}

// EntryToJSON converts a catalogue entry.
func EntryToJSON(e codes.Entry) EntryJSON {
	return EntryJSON{Code: e.Code, PrintedCode: e.Printed, Name: e.Name, Controller: e.Controller.Name,
		Message: e.Message, State: string(e.State), FirstRevision: e.FirstRevision, LastRevision: e.LastRevision, Note: e.Note,
		ControllerInferred: e.Controller != nil && e.Controller.NameInferred, Sources: e.Sources}
}

// decodeItemJSON is one element of `decode --json`: a result with the schema version (results
// nested in `headers --json` have it at the top of their document instead).
type decodeItemJSON struct {
	SchemaVersion int `json:"schema_version"`
	resultJSON
}

func toJSON(r decode.Result) resultJSON {
	j := resultJSON{Input: r.Input, Found: r.Found, Kind: string(r.Kind), Status: status(r),
		Controller: controllerToJSON(r.Controller), Entries: []EntryJSON{}, Explanation: r.Explanation(),
		Suggestions: r.Suggestions(), Mentioned: string(r.Mention), Quote: r.Quote}
	if r.Candidates > 1 {
		j.Candidates = r.Candidates
	}
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
		p.jsonItem(decodeItemJSON{SchemaVersion, toJSON(r)})
	case Plain:
		p.plainResult(r)
	default:
		if p.items > 0 {
			p.w.WriteString("\n")
		}
		p.w.WriteString(p.card(r, ""))
	}
	p.items++
}

// plainResult writes one line per entry, or one line for a result without entries:
// input, code, status, name, controller, message.
func (p *Printer) plainResult(r decode.Result) { p.w.Write(p.plainRecord(r)) }

// plainRecord returns plainResult's lines. Within one run (one catalogue), a result's record
// depends on its input alone, except an invalid input's, whose explanation words depend on where it
// came from (an argument or a header value): only the others are kept.
func (p *Printer) plainRecord(r decode.Result) []byte {
	keep := r.Status != decode.StatusInvalid
	key := r.Input
	if b, ok := p.plain[key]; ok && keep {
		return b
	}
	in := escape.String(r.Input)
	var b []byte
	for _, row := range plainRows(r) {
		b = appendTSV(b, append([]string{in}, row...)...)
	}
	if p.plain == nil {
		p.plain = map[string][]byte{}
	}
	if keep && len(p.plain) < maxPlain {
		p.plain[key] = b
	}
	return b
}

// maxPlain bounds the records a Printer keeps.
const maxPlain = 4096

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
			name = r.HTTPText()
			ctl = "HTTP"
		}
		if r.Controller != nil {
			ctl = r.Controller.DisplayName()
		}
		return [][]string{{code, string(r.Status), name, ctl, r.Explanation()}}
	}
	rows := make([][]string, 0, len(r.Entries))
	for _, e := range r.Entries {
		rows = append(rows, []string{strconv.Itoa(e.Code), string(e.State), e.Name, e.Controller.DisplayName(), e.Message})
	}
	return rows
}

// gutter is the width of the code column; everything under a code starts there.
const gutter = "        "

// cardWriter builds one card: lines prefixed by an indent, text wrapped to the printer's width.
type cardWriter struct {
	p      *Printer
	b      strings.Builder
	indent string
}

func (c *cardWriter) line(s string) { c.b.WriteString(c.indent + s + "\n") }

// prose writes text wrapped under the code column in style st.
func (c *cardWriter) prose(text string, render func(...string) string) {
	c.fill(text, len(gutter), c.p.measure(len(c.indent)+len(gutter))+len(gutter), render)
}

// fill writes text wrapped to width columns (after the indent), its lines at column col, or further
// left where a long name needs the room.
func (c *cardWriter) fill(text string, col, width int, render func(...string) string) {
	for _, l := range fill(text, col, col, width, false) {
		if l.start == l.end && !l.hyphen {
			continue
		}
		c.line(strings.Repeat(" ", l.col) + render(l.text(text)))
	}
}

// head writes a code (or an input) and what follows it on the first line, moving what does not fit
// onto the lines below, under the code column; a name too long for that column starts further left
// on a line of its own rather than being cut (see fill).
func (c *cardWriter) head(code string, codeStyle func(...string) string, parts ...styledText) {
	width := c.p.opts.Width - len(c.indent)
	cw := lipglossWidth(code)
	pad := codePad(code)
	cur, w := codeStyle(code)+strings.Repeat(" ", pad), cw+pad
	if w >= width || len(parts) > 0 && cw+pad+lipglossWidth(parts[0].text) > width && cw > len(gutter) {
		// An input too long for the line stands alone.
		c.fill(code, 0, width, codeStyle)
		cur, w = "", 0
	}
	fresh := true // nothing after the code column on this line yet
	for _, part := range parts {
		sep := 2
		if fresh || w == 0 {
			sep = 0
		}
		if pw := lipglossWidth(part.text); w > 0 && w+sep+pw > width && len(gutter)+pw <= width {
			// What fits on a line of its own is not split across two (a badge of several words).
			c.line(strings.TrimRight(cur, " "))
			cur, w, sep = gutter, len(gutter), 0
		}
		first := max(w+sep, len(gutter))
		for k, l := range fill(part.text, first, len(gutter), width, w > 0) {
			text := l.text(part.text)
			if k == 0 {
				if l.start == l.end && !l.hyphen {
					continue // the part starts on the next line
				}
				cur += strings.Repeat(" ", l.col-w) + part.style(text)
				w = l.col + lipglossWidth(text)
				continue
			}
			if w > 0 {
				c.line(strings.TrimRight(cur, " "))
			}
			cur, w = strings.Repeat(" ", l.col)+part.style(text), l.col+lipglossWidth(text)
		}
		fresh = false
	}
	c.line(strings.TrimRight(cur, " "))
}

// codePad is the space after a code in the code column: up to the gutter, at least two spaces, and
// one for a seven-digit code (the not-found family), so that its name lines up with the lines
// under it.
func codePad(code string) int {
	if len(code) == len(gutter)-1 && strings.Trim(code, "-0123456789") == "" {
		return 1
	}
	return max(2, len(gutter)-lipglossWidth(code))
}

type styledText struct {
	text  string
	style func(...string) string
}

// card renders one result for a person: the trusted entry first with its message and controller,
// then the other entries marked with their state, then what is awkward about them. indent prefixes
// every line.
func (p *Printer) card(r decode.Result, indent string) string {
	return p.cardOf(r, indent, true)
}

// cardOf is card; without note, the closing paragraph of what is awkward is left out (the meant
// entry of a typo, whose awkwardness the typo's own line says once).
func (p *Printer) cardOf(r decode.Result, indent string, note bool) string {
	st := p.st
	c := &cardWriter{p: p, indent: indent}
	if m := mentionLine(r); m != "" {
		c.fill(m, 0, p.measure(len(indent)), st.meta.Render)
	}
	if meant, ok := r.Meant(); ok {
		// The entry the page meant leads; the number as printed is not a code, which the line
		// below says once (the meant entry's own note would say the same again).
		c.b.WriteString(p.cardOf(meant, indent, false))
		c.b.WriteString("\n")
		for _, l := range wrap(r.Told(p.opts.Verbose), p.measure(len(indent))) {
			c.line(st.warn.Render(l))
		}
		return c.b.String()
	}
	if len(r.Entries) == 0 {
		p.bareCard(c, r)
		return c.b.String()
	}
	if r.ByName && !strings.EqualFold(r.Input, r.Entries[0].Name) {
		for _, l := range wrap(escape.String(r.Input)+" →", p.measure(len(indent))) {
			c.line(st.meta.Render(l))
		}
	}
	for i, e := range r.Entries {
		if i > 0 {
			c.b.WriteString("\n")
		}
		p.entryCard(c, r, e)
	}
	d := r.Brief()
	if p.opts.Verbose {
		d = r.Detail()
	}
	if d != "" && note {
		c.b.WriteString("\n")
		for _, l := range wrap(d, p.measure(len(indent))) {
			c.line(st.dim.Render(l))
		}
	}
	return c.b.String()
}

// bareCard is the card of a number or name without entries: what it is (NotSet, an HTTP status,
// undocumented, invalid or unknown), the range holding it, why, and what to try instead.
func (p *Printer) bareCard(c *cardWriter, r decode.Result) {
	st := p.st
	var head styledText
	switch {
	case r.Kind == codes.NotSet:
		head = styledText{"NotSet", st.good.Render}
	case r.Kind == codes.HTTP:
		head = styledText{"HTTP " + strconv.Itoa(r.Code) + " " + r.HTTPText(), st.name.Render}
	case r.Status == decode.StatusUndocumented:
		head = styledText{"not in the documented catalogue", st.warn.Render}
	case r.Status == decode.StatusInvalid:
		head = styledText{"invalid input", st.bad.Render}
	default:
		head = styledText{"unknown", st.bad.Render}
	}
	parts := []styledText{head}
	switch r.Kind {
	case codes.NotSet:
		parts = append(parts, styledText{"no status set", st.meta.Render})
	case codes.HTTP:
		parts = append(parts, styledText{"http", st.meta.Render})
	}
	if r.HasCode {
		c.head(strconv.Itoa(r.Code), st.code.Render, parts...)
	} else {
		in := escape.String(r.Input)
		if in == "" {
			in = `""`
		}
		c.head(in, st.code.Render, parts...)
	}
	if r.Controller != nil {
		c.prose(p.rangeLine(r.Controller), st.meta.Render)
	}
	c.prose(r.Told(p.opts.Verbose), st.dim.Render)
	switch sug := r.Suggestions(); {
	case len(sug) > 0:
		c.prose("did you mean: "+strings.Join(sug, ", "), st.meta.Render)
	case r.ByName && r.Status == decode.StatusUnknown && r.SearchFinds:
		c.prose("hint: mtapi search "+searchArg(r.Input), st.meta.Render)
	}
}

// entryCard is one entry's part of a card: code, name and badge, the message (or what superseded
// it), where it is listed, and with --verbose its revisions, sources and note.
func (p *Printer) entryCard(c *cardWriter, r decode.Result, e codes.Entry) {
	st := p.st
	parts := []styledText{{e.Name, st.name.Render}}
	if e.State != codes.Current {
		parts = append(parts, styledText{stateLabel(e), st.badge.Render})
	}
	c.head(strconv.Itoa(e.Code), st.code.Render, parts...)
	switch by := r.Superseded(e); {
	case e.Message != "":
		c.prose(e.Message, st.message.Render)
	case by != "":
		c.prose(by, st.dim.Render)
	default:
		c.prose("(no message documented)", st.dim.Render)
	}
	where := p.rangeLine(e.Controller)
	if decode.ListedElsewhere(e) {
		// The heading an entry was printed under is provenance: only verbose cards name it.
		where = ""
		if p.opts.Verbose {
			where = "listed under " + p.controllerName(e.Controller)
		}
	}
	if p.opts.Verbose {
		where = strings.TrimPrefix(where+" · "+revisionSpan(e), " · ")
	}
	if where != "" {
		c.prose(where, st.meta.Render)
	}
	if p.opts.Verbose {
		if e.Sources != "" {
			c.prose("sources: "+e.Sources, st.dim.Render)
		}
		if e.Note != "" {
			c.prose("note: "+e.Note, st.dim.Render)
		}
	}
}

// mentionLine says how free text held a message found in it, or "".
func mentionLine(r decode.Result) string {
	q := escape.String(r.Quote)
	switch {
	case q == "":
		return ""
	case r.Mention == decode.MentionMessage && r.Candidates > 1:
		return fmt.Sprintf("the text says “%s”, the message of %d codes: which one was meant cannot be told", q, r.Candidates)
	case r.Mention == decode.MentionMessage:
		return "the text says “" + q + "”"
	case r.Mention == decode.MentionNearMessage && r.Candidates > 1:
		return fmt.Sprintf("the text says “%s”, close to %d messages: which one was meant cannot be told", q, r.Candidates)
	case r.Mention == decode.MentionNearMessage:
		return "the text says “" + q + "”, close to this message"
	}
	return ""
}

// searchArg quotes a name for a command line when it holds spaces.
func searchArg(s string) string {
	s = escape.String(s)
	if strings.ContainsAny(s, " \t'\"") {
		return escape.Quote(s)
	}
	return s
}

// controllerName is the name a card shows: the inferred-name label only when verbose.
func (p *Printer) controllerName(c *codes.Controller) string {
	if p.opts.Verbose {
		return c.DisplayName()
	}
	return c.Name
}

func (p *Printer) rangeLine(c *codes.Controller) string {
	return fmt.Sprintf("%s · %d–%d", p.controllerName(c), c.Start, c.End)
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
