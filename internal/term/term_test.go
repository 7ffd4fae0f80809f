package term

import (
	"os"
	"testing"
)

func env(kv ...string) func(string) string {
	m := map[string]string{}
	for i := 0; i+1 < len(kv); i += 2 {
		m[kv[i]] = kv[i+1]
	}
	return func(k string) string { return m[k] }
}

func TestOutput(t *testing.T) {
	tests := []struct {
		name   string
		json   bool
		color  string
		tty    bool
		getenv func(string) string
		layout Layout
		colour bool
	}{
		{"pipe", false, "auto", false, env(), Plain, false},
		{"terminal", false, "auto", true, env(), Styled, true},
		{"terminal NO_COLOR", false, "auto", true, env("NO_COLOR", "1"), Styled, false},
		{"terminal TERM=dumb", false, "auto", true, env("TERM", "dumb"), Styled, false},
		{"TERM=dumb with --color always", false, "always", true, env("TERM", "dumb"), Styled, true},
		{"empty NO_COLOR is unset", false, "auto", true, env("NO_COLOR", ""), Styled, true},
		{"pipe CLICOLOR_FORCE", false, "auto", false, env("CLICOLOR_FORCE", "1"), Styled, true},
		{"CLICOLOR_FORCE=0", false, "auto", false, env("CLICOLOR_FORCE", "0"), Plain, false},
		{"NO_COLOR beats CLICOLOR_FORCE", false, "auto", false, env("NO_COLOR", "1", "CLICOLOR_FORCE", "1"), Plain, false},
		{"--color always beats NO_COLOR", false, "always", false, env("NO_COLOR", "1"), Styled, true},
		{"--color never on a terminal", false, "never", true, env("CLICOLOR_FORCE", "1"), Styled, false},
		{"--json", true, "always", true, env(), JSON, false},
	}
	for _, tt := range tests {
		p, err := New(Facts{StdoutTTY: tt.tty}, tt.getenv).Output(tt.json, tt.color)
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		if p.Layout != tt.layout || p.Color != tt.colour {
			t.Errorf("%s: got %+v, want layout %d colour %v", tt.name, p, tt.layout, tt.colour)
		}
	}
	if _, err := New(Facts{}, env()).Output(false, "sometimes"); err == nil {
		t.Error("--color sometimes accepted")
	}
}

func TestWidth(t *testing.T) {
	tests := []struct {
		name   string
		window int
		getenv func(string) string
		want   int
	}{
		{"nothing known", 0, env(), 80},
		{"window", 132, env(), 132},
		{"COLUMNS beats the window", 132, env("COLUMNS", "50"), 50},
		{"bad COLUMNS", 0, env("COLUMNS", "wide"), 80},
		{"zero COLUMNS", 61, env("COLUMNS", "0"), 61},
		{"nil getenv", 0, nil, 80},
	}
	for _, tt := range tests {
		if got := New(Facts{Width: tt.window}, tt.getenv).Width(); got != tt.want {
			t.Errorf("%s: width %d, want %d", tt.name, got, tt.want)
		}
	}
}

func TestProbePipes(t *testing.T) {
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	defer w.Close()
	if f := Probe(r, w, w); f.StdinTTY || f.StdoutTTY || f.StderrTTY || f.Width != 0 {
		t.Errorf("pipes probed as %+v", f)
	}
	if f := Probe(nil, nil, nil); f != (Facts{}) {
		t.Errorf("nil files probed as %+v", f)
	}
}

func TestColors(t *testing.T) {
	tests := []struct {
		tty    bool
		getenv func(string) string
		want   int
	}{
		{true, env("TERM", "xterm-256color"), 256},
		{true, env("TERM", "xterm"), 16},
		{true, env("TERM", "xterm", "COLORTERM", "truecolor"), 256},
		{true, env("TERM", "linux"), 16},
		// Forced colour gets what the terminal promises, as --color=always does.
		{false, env("TERM", "xterm-256color", "CLICOLOR_FORCE", "1"), 256},
		{false, env("TERM", "xterm", "CLICOLOR_FORCE", "1"), 16},
		{true, env("TERM", "xterm", "NO_COLOR", "1"), 0},
	}
	for _, tt := range tests {
		p, err := New(Facts{StdoutTTY: tt.tty}, tt.getenv).Output(false, "auto")
		if err != nil || p.Colors != tt.want {
			t.Errorf("tty %v: %d colours (%v), want %d", tt.tty, p.Colors, err, tt.want)
		}
		if tt.want == 0 {
			continue
		}
		if always, _ := New(Facts{StdoutTTY: tt.tty}, tt.getenv).Output(false, "always"); always.Colors != p.Colors {
			t.Errorf("tty %v: --color=always gives %d colours, the environment %d", tt.tty, always.Colors, p.Colors)
		}
	}
}
