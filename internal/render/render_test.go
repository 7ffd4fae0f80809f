package render

import (
	"strings"
	"testing"
)

func TestChoose(t *testing.T) {
	env := func(kv ...string) func(string) string {
		m := map[string]string{}
		for i := 0; i+1 < len(kv); i += 2 {
			m[kv[i]] = kv[i+1]
		}
		return func(k string) string { return m[k] }
	}
	tests := []struct {
		name   string
		json   bool
		color  string
		tty    bool
		getenv func(string) string
		format Format
		colour bool
		width  int
	}{
		{"pipe", false, "auto", false, env(), Plain, false, 80},
		{"terminal", false, "auto", true, env(), Styled, true, 80},
		{"terminal NO_COLOR", false, "auto", true, env("NO_COLOR", "1"), Styled, false, 80},
		{"empty NO_COLOR is unset", false, "auto", true, env("NO_COLOR", ""), Styled, true, 80},
		{"pipe CLICOLOR_FORCE", false, "auto", false, env("CLICOLOR_FORCE", "1"), Styled, true, 80},
		{"CLICOLOR_FORCE=0", false, "auto", false, env("CLICOLOR_FORCE", "0"), Plain, false, 80},
		{"NO_COLOR beats CLICOLOR_FORCE", false, "auto", false, env("NO_COLOR", "1", "CLICOLOR_FORCE", "1"), Plain, false, 80},
		{"--color always beats NO_COLOR", false, "always", false, env("NO_COLOR", "1"), Styled, true, 80},
		{"--color never on a terminal", false, "never", true, env("CLICOLOR_FORCE", "1"), Styled, false, 80},
		{"--json", true, "always", true, env(), JSON, false, 80},
		{"COLUMNS", false, "auto", true, env("COLUMNS", "120"), Styled, true, 120},
		{"bad COLUMNS", false, "auto", true, env("COLUMNS", "wide"), Styled, true, 80},
	}
	for _, tt := range tests {
		o, err := Choose(tt.json, tt.color, tt.tty, tt.getenv)
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		if o.Format != tt.format || o.Color != tt.colour || o.Width != tt.width {
			t.Errorf("%s: got %+v, want format %d colour %v width %d", tt.name, o, tt.format, tt.colour, tt.width)
		}
	}
	if _, err := Choose(false, "sometimes", true, env()); err == nil {
		t.Error("--color sometimes accepted")
	}
}

func TestJSONEscapesTerminalControls(t *testing.T) {
	got := string(jsonValue(map[string]string{"v": "a\x1b[31m\u009b\u202e\x7f\u2028é"}, ""))
	want := `"v": "a\u001b[31m\u009b\u202e\u007f\u2028é"`
	if !strings.Contains(got, want) {
		t.Errorf("jsonValue = %s, want %s", got, want)
	}
}

func TestWrap(t *testing.T) {
	text := "The documentation assigns 604004 to 2 names (CreatingArtifactFailed, RetrievingArtifactFailed) in the same revision."
	for _, l := range wrap(text, 40) {
		if len(l) > 40 && !strings.Contains(l, "RetrievingArtifactFailed)") {
			t.Errorf("line of %d columns: %q", len(l), l)
		}
	}
	if got := strings.Join(wrap(text, 40), " "); got != text {
		t.Errorf("wrap lost words: %q", got)
	}
}
