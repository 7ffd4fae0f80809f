package e2e

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

func TestBrokenPipeIsQuiet(t *testing.T) {
	bash := requireTool(t, "bash", "bash")
	for _, script := range []string{
		`"$MTAPI" ranges | head -1 >/dev/null; echo "${PIPESTATUS[0]}"`,
		`yes 617020 | head -c 4000000 | "$MTAPI" decode - | head -1 >/dev/null; echo "${PIPESTATUS[2]}"`,
	} {
		c := exec.Command(bash, "-c", script)
		c.Env = append(os.Environ(), "MTAPI="+mtapiBinary(t))
		var errb bytes.Buffer
		c.Stderr = &errb
		out, err := c.Output()
		if err != nil {
			t.Fatalf("%s: %v", script, err)
		}
		if got := strings.TrimSpace(string(out)); got != "0" || errb.Len() > 0 {
			t.Errorf("%s: mtapi exit %s, stderr %q; want 0 and nothing", script, got, errb.String())
		}
	}
}

func TestClosedStdin(t *testing.T) {
	bash := requireTool(t, "bash", "bash")
	c := exec.Command(bash, "-c", `"$MTAPI" decode - <&-`)
	c.Env = append(os.Environ(), "MTAPI="+mtapiBinary(t))
	// A closed standard input holds nothing to decode: said like an empty one (exit 2), never a crash.
	out, err := c.CombinedOutput()
	var ee *exec.ExitError
	if !errors.As(err, &ee) || ee.ExitCode() != 2 || !strings.HasPrefix(string(out), "mtapi: nothing to decode") {
		t.Fatalf("closed stdin: %v: %s", err, out)
	}
}

func TestUnreadableFiles(t *testing.T) {
	dir := t.TempDir()
	locked := filepath.Join(dir, "locked.txt")
	if err := os.WriteFile(locked, []byte("mtapistatus: 617020\n"), 0o000); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{{"headers", filepath.Join(dir, "missing.txt")}, {"headers", dir}} {
		r := run(t, "", nil, args...)
		if r.code != 2 || !strings.HasPrefix(r.stderr, "mtapi: cannot read") || !strings.Contains(r.stderr, "hint:") {
			t.Errorf("mtapi %v: exit %d, stderr %q; want 2 and a clear message", args, r.code, r.stderr)
		}
	}
	if os.Geteuid() != 0 { // root reads anything
		r := run(t, "", nil, "headers", locked)
		if r.code != 2 || !strings.Contains(r.stderr, "permission denied") {
			t.Errorf("unreadable file: exit %d, stderr %q", r.code, r.stderr)
		}
	}
}

// TestTerminalOutput checks that a person gets the styled card in colour on a terminal, while the
// same command piped gets plain TSV.
func TestTerminalOutput(t *testing.T) {
	r := runTerminal(t, 100, nil, "decode", "617020", "604004")
	if !strings.Contains(r.stdout, "\x1b[") {
		t.Errorf("no colour on a terminal: %q", r.stdout)
	}
	if strings.Contains(r.stdout, "617020\t") {
		t.Errorf("TSV on a terminal: %q", r.stdout)
	}
	for _, want := range []string{"UpdateDateCannotBeInFuture", "Service Requests", "duplicate", "cannot be told"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("terminal output lacks %q:\n%s", want, r.stdout)
		}
	}
	// NO_COLOR on a terminal keeps the layout and drops the colour.
	r = runTerminal(t, 100, []string{"NO_COLOR=1"}, "decode", "617020")
	if strings.Contains(r.stdout, "\x1b[") || strings.Contains(r.stdout, "617020\t") {
		t.Errorf("NO_COLOR on a terminal: %q", r.stdout)
	}
}

// BenchmarkStartupDecode runs a whole `mtapi decode 617020` process; compare with
// BenchmarkStartupHelloWorld, a Go binary that only prints a line.
func BenchmarkStartupDecode(b *testing.B) {
	bin := mtapiBinary(b)
	for b.Loop() {
		if err := exec.Command(bin, "decode", "617020").Run(); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkStartupHelloWorld(b *testing.B) {
	dir := b.TempDir()
	src := "package main\n\nimport \"os\"\n\nfunc main() { os.Stdout.WriteString(\"hello\\n\") }\n"
	if err := os.WriteFile(filepath.Join(dir, "main.go"), []byte(src), 0o644); err != nil {
		b.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "go.mod"), []byte("module hello\n\ngo 1.26\n"), 0o644); err != nil {
		b.Fatal(err)
	}
	hello := filepath.Join(dir, "hello")
	build := exec.Command("go", "build", "-trimpath", "-o", hello, ".")
	build.Env = append(os.Environ(), "CGO_ENABLED=0")
	build.Dir = dir
	if out, err := build.CombinedOutput(); err != nil {
		b.Fatalf("%v: %s", err, out)
	}
	b.ResetTimer()
	for b.Loop() {
		if err := exec.Command(hello).Run(); err != nil {
			b.Fatal(err)
		}
	}
}
