// Package term owns the terminal: whether each standard stream is one, the colour profile and the
// width, decided once at start-up; nothing else in mtapi probes the terminal.
package term

import (
	"fmt"
	"os"
	"strconv"
	"strings"

	xterm "golang.org/x/term"
)

// DefaultWidth is the width assumed when neither the window nor COLUMNS tells it.
const DefaultWidth = 80

// Facts are what the process's standard streams are. Probe finds them on the real streams; tests
// give them directly.
type Facts struct {
	StdinTTY, StdoutTTY, StderrTTY bool
	// Width is the window's width in columns as the terminal reports it, 0 when unknown.
	Width int
}

// Probe asks the real streams once. A stream that cannot be asked (a pipe, /dev/null, a closed
// descriptor, a handle Wine cannot describe) is not a terminal: any error means "no".
func Probe(stdin, stdout, stderr *os.File) Facts {
	f := Facts{StdinTTY: isTerminal(stdin), StdoutTTY: isTerminal(stdout), StderrTTY: isTerminal(stderr)}
	// The output's window decides; when stdout is piped, stderr's window is still the person's.
	for _, s := range []struct {
		file *os.File
		tty  bool
	}{{stdout, f.StdoutTTY}, {stderr, f.StderrTTY}, {stdin, f.StdinTTY}} {
		if !s.tty {
			continue
		}
		if w, _, err := xterm.GetSize(int(s.file.Fd())); err == nil && w > 0 {
			f.Width = w
			break
		}
	}
	return f
}

func isTerminal(f *os.File) bool {
	if f == nil {
		return false
	}
	defer func() { _ = recover() }() // a broken handle must mean "not a terminal", never a crash
	return xterm.IsTerminal(int(f.Fd()))
}

// Terminal is the decisions made once from the Facts and the environment.
type Terminal struct {
	facts  Facts
	getenv func(string) string
	width  int
}

// New decides the width: COLUMNS when it holds a positive number (a person's explicit choice),
// else the window's width, else DefaultWidth.
func New(f Facts, getenv func(string) string) *Terminal {
	if getenv == nil {
		getenv = func(string) string { return "" }
	}
	t := &Terminal{facts: f, getenv: getenv, width: DefaultWidth}
	if n, err := strconv.Atoi(getenv("COLUMNS")); err == nil && n > 0 {
		t.width = n
	} else if f.Width > 0 {
		t.width = f.Width
	}
	return t
}

// Width is the number of columns output for a person may use.
func (t *Terminal) Width() int { return t.width }

// StdinTTY reports whether standard input is a terminal (a person typing, not a pipe).
func (t *Terminal) StdinTTY() bool { return t.facts.StdinTTY }

// StdoutTTY reports whether standard output is a terminal.
func (t *Terminal) StdoutTTY() bool { return t.facts.StdoutTTY }

// StderrTTY reports whether standard error is a terminal.
func (t *Terminal) StderrTTY() bool { return t.facts.StderrTTY }

// Layout is how an output is written.
type Layout int

// The layouts.
const (
	// Plain is one tab-separated record per line, for pipes and scripts.
	Plain Layout = iota
	// Styled is cards and tables for a person.
	Styled
	// JSON is the documented machine-readable schema.
	JSON
)

// Profile is the layout and colouring of standard output.
type Profile struct {
	Layout Layout
	Color  bool
	// Colors is how many colours Color may use: 256, or 16 on a terminal whose TERM says it has no
	// more (xterm, linux, screen), decided from the environment so that nothing queries the terminal.
	Colors int
	Width  int
}

// Output decides standard output's profile from the --json and --color flags:
//
//   - --json wins: JSON, never coloured.
//   - --color=always or CLICOLOR_FORCE (set, not "0") force the styled layout in colour, even when
//     piped; an explicit --color=always beats NO_COLOR, as a command-line flag beats the environment.
//   - --color=never, NO_COLOR (set, non-empty) or TERM=dumb turn colour off; on a terminal the layout
//     stays styled.
//   - otherwise: styled and coloured on a terminal, plain when piped.
func (t *Terminal) Output(jsonOut bool, color string) (Profile, error) {
	p := Profile{Width: t.width}
	switch color {
	case "auto", "always", "never":
	default:
		return p, fmt.Errorf("--color must be auto, always or never, not %q", color)
	}
	if jsonOut {
		p.Layout = JSON
		return p, nil
	}
	tty := t.facts.StdoutTTY
	force := t.getenv("CLICOLOR_FORCE")
	forced := color == "always" || (color == "auto" && force != "" && force != "0")
	// TERM=dumb (Emacs' shell, some CI consoles) shows escape codes as text: no colour unless asked.
	noColor := color == "never" || (color == "auto" && (t.getenv("NO_COLOR") != "" || t.getenv("TERM") == "dumb" && !forced))
	switch {
	case color == "always":
		p.Layout, p.Color = Styled, true
	case noColor:
		if tty {
			p.Layout = Styled
		}
	case forced, tty:
		p.Layout, p.Color = Styled, true
	}
	if p.Color {
		p.Colors = t.colors()
	}
	return p, nil
}

// colors is what the terminal's TERM and COLORTERM promise, whatever turned colour on: --color=always
// and CLICOLOR_FORCE give the same profile, piped or not, since the bytes end up on that terminal.
func (t *Terminal) colors() int {
	term, ct := t.getenv("TERM"), t.getenv("COLORTERM")
	switch {
	case term == "", term == "dumb", ct == "truecolor", ct == "24bit",
		strings.Contains(term, "256color"), strings.Contains(term, "direct"):
		return 256
	}
	return 16
}
