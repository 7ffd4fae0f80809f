package cmd

import (
	"slices"
	"strings"

	"github.com/mtapi-cli/mtapi/internal/escape"
	"github.com/mtapi-cli/mtapi/internal/render"
)

// notice is something said on stderr that does not end the command: a note, a warning, a response
// that tripped the gate. code is its stable name under --json.
type notice struct {
	code, msg, hint string
	input           string
	line            int
	annotation      string
}

// jsonErrors reports whether stderr speaks JSON lines: --json was given, even where the command
// line failed to parse before it was read.
func (a *app) jsonErrors() bool {
	if a.json {
		return true
	}
	if i := slices.Index(a.args, "--"); i >= 0 {
		return slices.Contains(a.args[:i], "--json")
	}
	return slices.Contains(a.args, "--json")
}

// notify says n: under --json as one JSON line, otherwise as say does.
func (a *app) notify(n notice) {
	if !a.jsonErrors() {
		a.say(n.msg, n.hint)
		return
	}
	_, _ = a.env.Stderr.Write(render.NoticeLine(render.Message{Code: n.code, Message: cleanMessage(n.msg), Hint: n.hint,
		Input: escape.String(n.input), Line: n.line, Annotation: n.annotation}))
}

// sayError says the error a command ended with.
func (a *app) sayError(e *exitError) {
	if !a.jsonErrors() {
		a.say(e.msg, e.hint)
		return
	}
	code := e.code
	_, _ = a.env.Stderr.Write(render.ErrorLine(render.Message{Code: errorCode(e), Message: cleanMessage(e.msg), Hint: e.hint,
		Input: escape.String(e.input), ExitStatus: &code}))
}

func cleanMessage(msg string) string { return escape.String(strings.TrimPrefix(msg, "Error: ")) }

// errorCode is e's stable name: its own, or the name of its exit status's kind.
func errorCode(e *exitError) string {
	if e.errCode != "" {
		return e.errCode
	}
	switch e.code {
	case ExitNotFound:
		return "not_found"
	case ExitGate:
		return "gate_tripped"
	case ExitInterrupted:
		return "interrupted"
	}
	return "usage"
}

// note says a notice that has no input word and no line: a shorthand for notify.
func (a *app) note(code, msg, hint string) { a.notify(notice{code: code, msg: msg, hint: hint}) }

// warn says an error that does not end the command at once (an unknown input, an input that cannot
// be read: the others are still decoded); exit is the status it leads to.
func (a *app) warn(code string, exit int, input, msg, hint string) {
	if !a.jsonErrors() {
		a.say(msg, hint)
		return
	}
	_, _ = a.env.Stderr.Write(render.ErrorLine(render.Message{Code: code, Message: cleanMessage(msg), Hint: hint,
		Input: escape.String(input), ExitStatus: &exit}))
}
