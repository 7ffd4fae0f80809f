package render

import (
	"bytes"
	"encoding/json"
)

// SchemaVersion is the version of every JSON document mtapi writes: each document carries it as
// "schema_version" (in each element of the arrays decode, search and ranges write; at the top of the
// others), and each schema in docs/schemas/ names it in its $id. A change that a reader of the
// previous version could not read raises it.
const SchemaVersion = 1

// Message is an error or a notice on stderr, as --json writes it: one JSON object per line,
// {"schema_version": 1, "error": {...}} or {"schema_version": 1, "notice": {...}}. Code is a stable
// lower_snake_case name (docs/json.md lists them with the exit status each leads to).
type Message struct {
	Code    string `json:"code"`
	Message string `json:"message"`
	Hint    string `json:"hint,omitempty"`
	// Input is the word of the input or of the command line the message is about.
	Input string `json:"input,omitempty"`
	// ExitStatus is the status an error ends mtapi with.
	ExitStatus *int `json:"exit_status,omitempty"`
	// Line is where in Input the message points (a tripped response's header).
	Line int `json:"line,omitempty"`
	// Annotation is the GitHub Actions workflow command for a tripped response, where
	// GITHUB_ACTIONS=true: a step can print it (jq -r '.notice.annotation // empty').
	Annotation string `json:"annotation,omitempty"`
}

// ErrorLine is an error as one line of JSON, with its newline.
func ErrorLine(m Message) []byte { return messageLine("error", m) }

// NoticeLine is a notice as one line of JSON, with its newline.
func NoticeLine(m Message) []byte { return messageLine("notice", m) }

type errorLine struct {
	SchemaVersion int      `json:"schema_version"`
	Error         *Message `json:"error,omitempty"`
	Notice        *Message `json:"notice,omitempty"`
}

func messageLine(kind string, m Message) []byte {
	l := errorLine{SchemaVersion: SchemaVersion}
	if kind == "error" {
		l.Error = &m
	} else {
		l.Notice = &m
	}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false) // "http>=500" stays readable
	if err := enc.Encode(l); err != nil {
		// A Message holds only strings and numbers.
		panic(err)
	}
	return b.Bytes()
}
