package main

// End-to-end robustness: hostile and odd input through the real binary.

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
)

// rawControls reports control or format characters other than newline and tab; sgr allows colour
// sequences (ESC [ ... m) and nothing else.
func rawControls(s string, sgr bool) bool {
	for i := 0; i < len(s); i++ {
		if sgr && s[i] == 0x1b && i+1 < len(s) && s[i+1] == '[' {
			j := i + 2
			for j < len(s) && (s[j] >= '0' && s[j] <= '9' || s[j] == ';') {
				j++
			}
			if j < len(s) && s[j] == 'm' {
				i = j
				continue
			}
			return true
		}
	}
	for _, r := range s {
		if r == '\n' || r == '\t' || (sgr && r == 0x1b) {
			continue
		}
		if unicode.Is(unicode.Cc, r) || unicode.Is(unicode.Cf, r) {
			return true
		}
	}
	return false
}

func TestHostileInput(t *testing.T) {
	oneMB := "HTTP/1.1 200 OK\nX-Long: " + strings.Repeat("x", 1<<20) + "\nmtapistatus: 617020\n\n"
	utf16 := []byte{0xff, 0xfe}
	for _, r := range "HTTP/1.1 400 Bad Request\r\nmtapistatus: 617020\r\n\r\n" {
		utf16 = append(utf16, byte(r), 0)
	}
	tests := []struct {
		name  string
		stdin string
		args  []string
		code  int
		out   string
		err   string
	}{
		{"empty", "", []string{"headers"}, 1, "", "no response headers"},
		{"whitespace only", " \n\t \r\n", []string{"headers"}, 1, "", "no response headers"},
		{"binary garbage", "\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x02\x00>\x00", []string{"headers"}, 2, "", "is not text"},
		{"1 MB single line", oneMB, []string{"headers"}, 0, "617020\tcurrent", ""},
		{"invalid UTF-8", "HTTP/1.1 200 OK\nmtapistatus: 617020,\xff\xfe\xc3\n\n", []string{"headers"}, 1, `\xff\xfe\xc3`, ""},
		{"UTF-16 with BOM", string(utf16), []string{"headers"}, 0, "UpdateDateCannotBeInFuture", ""},
		{"JSON with trailing garbage", `{"mtapistatus": "617020"} }}]] garbage {`, []string{"headers"}, 0, "UpdateDateCannotBeInFuture", ""},
		{"overflow", "mtapistatus: 99999999999999999999999999999\n", []string{"headers"}, 1, "too large", ""},
		{"negative overflow", "mtapistatus: -99999999999999999999999999999\n", []string{"headers"}, 1, "too large", ""},
		{"ANSI and OSC in values", "HTTP/1.1 200 OK\nmtapistatus: abc\x1b[2J\x1b]0;pwned\x07def, \x9b31m\n\n", []string{"headers"}, 1, "invalid", ""},
		{"escapes in decode input", "\x1b]0;pwned\x07 \x1b[31m", []string{"decode", "-"}, 1, `\x1b`, ""},
		{"escapes in arguments", "", []string{"decode", "\x1b[2Jfoo"}, 1, `\x1b`, `"\x1b"`},
		{"bidi override", "", []string{"decode", "617\u202e020"}, 1, `\u202e`, ""},
		{"escapes in an unknown file name", "", []string{"headers", "/nonexistent/\x1b]0;x\x07"}, 2, "", `\x1b]0;x\x07`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := mtapi(t, tt.stdin, nil, tt.args...)
			if r.code != tt.code || !strings.Contains(r.stdout, tt.out) || !strings.Contains(r.stderr, tt.err) {
				t.Errorf("exit %d, stdout %.300q, stderr %.300q; want %d, %q, %q", r.code, r.stdout, r.stderr, tt.code, tt.out, tt.err)
			}
			if rawControls(r.stdout, false) || rawControls(r.stderr, false) {
				t.Errorf("raw control characters reached the output: %.300q %.300q", r.stdout, r.stderr)
			}
			// The same through the styled layout: only colour sequences may appear.
			rc := mtapi(t, tt.stdin, []string{"CLICOLOR_FORCE=1"}, tt.args...)
			if rawControls(rc.stdout, true) || rawControls(rc.stderr, false) {
				t.Errorf("styled output let a control sequence through: %.300q", rc.stdout)
			}
		})
	}
}

func TestUnreadableFiles(t *testing.T) {
	dir := t.TempDir()
	locked := filepath.Join(dir, "locked.txt")
	os.WriteFile(locked, []byte("mtapistatus: 617020\n"), 0o000)
	for _, args := range [][]string{{"headers", filepath.Join(dir, "missing.txt")}, {"headers", dir}} {
		r := mtapi(t, "", nil, args...)
		if r.code != 2 || !strings.HasPrefix(r.stderr, "mtapi: cannot read") || !strings.Contains(r.stderr, "hint:") {
			t.Errorf("mtapi %v: exit %d, stderr %q; want 2 and a clear message", args, r.code, r.stderr)
		}
	}
	if os.Geteuid() != 0 { // root reads anything
		r := mtapi(t, "", nil, "headers", locked)
		if r.code != 2 || !strings.Contains(r.stderr, "permission denied") {
			t.Errorf("unreadable file: exit %d, stderr %q", r.code, r.stderr)
		}
	}
}

// TestTerminalOutput runs mtapi under a pseudo-terminal (util-linux script) and checks that a person
// gets the styled card in colour, while the same command piped gets plain TSV.
func TestTerminalOutput(t *testing.T) {
	scriptPath, err := exec.LookPath("script")
	if err != nil {
		t.Skip("script (util-linux) is not installed")
	}
	c := exec.Command(scriptPath, "-qec", binary+" decode 617020 604004", "/dev/null")
	c.Env = append(os.Environ(), "TERM=xterm-256color", "COLUMNS=100")
	c.Env = removeEnv(c.Env, "NO_COLOR", "CLICOLOR_FORCE")
	var out bytes.Buffer
	c.Stdout = &out
	c.Stdin = strings.NewReader("")
	if err := c.Run(); err != nil {
		t.Fatalf("script: %v\n%s", err, out.String())
	}
	s := out.String()
	if !strings.Contains(s, "\x1b[") {
		t.Errorf("no colour on a terminal: %q", s)
	}
	if strings.Contains(s, "617020\t") {
		t.Errorf("TSV on a terminal: %q", s)
	}
	for _, want := range []string{"UpdateDateCannotBeInFuture", "Service Requests (inferred name)", "duplicate", "cannot be told"} {
		if !strings.Contains(s, want) {
			t.Errorf("terminal output lacks %q:\n%s", want, s)
		}
	}
	// NO_COLOR on a terminal keeps the layout and drops the colour.
	c = exec.Command(scriptPath, "-qec", binary+" decode 617020", "/dev/null")
	c.Env = append(removeEnv(os.Environ(), "CLICOLOR_FORCE"), "NO_COLOR=1", "TERM=xterm-256color")
	out.Reset()
	c.Stdout = &out
	c.Run()
	if strings.Contains(out.String(), "\x1b[") || strings.Contains(out.String(), "617020\t") {
		t.Errorf("NO_COLOR on a terminal: %q", out.String())
	}
}

func removeEnv(env []string, names ...string) []string {
	var out []string
	for _, kv := range env {
		keep := true
		for _, n := range names {
			if strings.HasPrefix(kv, n+"=") {
				keep = false
			}
		}
		if keep {
			out = append(out, kv)
		}
	}
	return out
}
