package headers

import (
	"strconv"
	"strings"
)

// Explanation is one step of how an answer came out, for --explain: which reader claimed the
// input, where each message started, and why each mtapistatus value counted or not.
type Explanation struct {
	// Line is the input line, counted from 1 (0: the end of the input).
	Line int
	// Reader is the reader that read it (see Formats).
	Reader string
	// Event is one of "claim", "response", "request", "counted", "passed", "dropped".
	Event string
	// Text is what was read: a status line, a value (as read, not yet split).
	Text string
	// Why says why, in a few plain words.
	Why string
}

// explainer hands explanations to the caller; a nil explainer says nothing (and costs nothing).
type explainer struct {
	fn     func(Explanation)
	reader string
}

func (e *explainer) say(x Explanation) {
	if e == nil {
		return
	}
	if x.Reader == "" {
		x.Reader = e.reader
	}
	if len(x.Text) > maxExplainText {
		x.Text = x.Text[:maxExplainText] + "…"
	}
	e.fn(x)
}

// maxExplainText bounds the text an explanation quotes.
const maxExplainText = 120

// claim says which reader reads the input from line on.
func (e *explainer) claim(line int, reader, why string) {
	if e == nil || reader == e.reader {
		return
	}
	e.reader = reader
	e.say(Explanation{Line: line, Event: "claim", Why: why})
}

func (e *explainer) status(r Record) {
	if e == nil {
		return
	}
	switch r.Role {
	case RoleRequest:
		why := r.Why
		if why == "" {
			why = "a request: nothing in it counts"
		}
		e.say(Explanation{Line: r.Line, Event: "request", Text: r.Status, Why: why})
	case RoleResponse:
		why := "a status line starts a response"
		switch {
		case r.Status == "" && r.Code != 0:
			why = "a status field (" + strconv.Itoa(r.Code) + ") starts a response"
		case r.Status == "":
			why = "a header block with nothing on the request side before it"
		}
		if r.Why != "" {
			why = r.Why
		}
		e.say(Explanation{Line: r.Line, Event: "response", Text: r.Status, Why: why})
	}
}

func (e *explainer) field(r Record, keep bool, why string) {
	if e == nil {
		return
	}
	if !keep {
		e.say(Explanation{Line: r.Line, Event: "passed", Text: string(r.Value), Why: why})
		return
	}
	e.say(Explanation{Line: r.Line, Event: "counted", Text: string(r.Value), Why: "the response's own mtapistatus field"})
}

func (e *explainer) passed(r Record, why string) {
	if e == nil {
		return
	}
	if why == "" {
		why = "on the " + r.Role.String() + " side"
	}
	e.say(Explanation{Line: r.Line, Event: "passed", Text: string(r.Value), Why: why})
}

func (e *explainer) dropped(start Record, v values, why string) {
	if e == nil || !v.found {
		return
	}
	if why == "" {
		why = "not a response"
	}
	e.say(Explanation{Line: v.line, Event: "dropped", Text: start.Status, Why: why})
}

// holder names the reader that holds a text input at this line, from the readers' own state.
func (p *textParser) holder() string {
	switch {
	case p.mode != modeNone:
		return p.table.readerOf(p.mode)
	case p.xml.on:
		return "xml"
	case p.pkt.mode != packetNone:
		return "packets"
	case p.inCIStep:
		return "ci"
	case p.paste.table.on:
		return "tables"
	case p.section != sectionNone:
		return "sections"
	}
	return "http"
}

// explainHolder says when another reader has claimed the lines from this one on.
func (p *textParser) explainHolder() {
	if h := p.holder(); h != p.d.ex.reader {
		why := "its own marker line"
		if h == "http" {
			why = "the reader before it let go: lines are read as HTTP text and log lines"
		}
		p.d.ex.claim(p.lineNo, h, why)
	}
}

// passOver counts a line on the request side or in a body that names the header, and tells
// --explain why it does not count.
func (p *textParser) passOver(b []byte, role Role, why string) {
	if !containsHeaderName(b) {
		return
	}
	p.d.pass(role, p.lineNo)
	if p.d.ex != nil {
		p.d.take(Record{Kind: KindField, Role: role, Value: trimEOL(b), Line: p.lineNo, Why: why})
	}
}

// explainOver tells --explain about text that names the header inside another field's value: it
// is not counted as passed over, since a field's value is never a place a response's header is.
func (p *textParser) explainOver(b []byte, why string) {
	if p.d.ex != nil && containsHeaderName(b) {
		p.d.take(Record{Kind: KindField, Role: RoleOther, Value: trimEOL(b), Line: p.lineNo, Why: why})
	}
}

// counted tells --explain about the values of a message read whole.
func (e *explainer) counted(v *values, why string) {
	if e == nil {
		return
	}
	if why == "" {
		why = "the response's own mtapistatus field, read with its message"
	}
	e.say(Explanation{Line: v.line, Event: "counted", Text: strings.Join(v.list, ", "), Why: why})
}
