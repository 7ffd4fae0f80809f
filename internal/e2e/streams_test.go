package e2e

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
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
// BenchmarkStartupFloor, the yardstick of issue 13 and scripts/bench.sh, and BenchmarkStartupHelloWorld,
// a Go binary that only prints a line. Each reports cpu-ns/op besides wall time: on a busy machine a
// process waits for a core, which inflates its wall time but not its CPU time.
func BenchmarkStartupDecode(b *testing.B) {
	runStartup(b, mtapiBinary(b), "decode", "617020")
}

// BenchmarkStartupFloor runs the floor our required dependencies set: the program scripts/bench.sh
// builds from scripts/floor.go.txt, which links only cobra + lipgloss v1 (the versions in our go.mod)
// and prints one styled line.
func BenchmarkStartupFloor(b *testing.B) {
	src, err := os.ReadFile(filepath.Join(root(), "scripts", "floor.go.txt"))
	if err != nil {
		b.Fatal(err)
	}
	mod, err := os.ReadFile(filepath.Join(root(), "go.mod"))
	if err != nil {
		b.Fatal(err)
	}
	sum, err := os.ReadFile(filepath.Join(root(), "go.sum"))
	if err != nil {
		b.Fatal(err)
	}
	_, rest, _ := strings.Cut(string(mod), "\n")
	floor := buildProgram(b, map[string]string{"main.go": string(src), "go.mod": "module floor\n" + rest, "go.sum": string(sum)}, "GOFLAGS=-mod=mod")
	runStartup(b, floor, "decode", "617020")
}

func BenchmarkStartupHelloWorld(b *testing.B) {
	src := "package main\n\nimport \"os\"\n\nfunc main() { os.Stdout.WriteString(\"hello\\n\") }\n"
	hello := buildProgram(b, map[string]string{"main.go": string(src), "go.mod": "module hello\n\ngo 1.26\n"})
	runStartup(b, hello)
}

// buildProgram writes files into a directory and builds them as mtapi's start-up benchmarks build
// it (static, no cgo), returning the binary.
func buildProgram(b *testing.B, files map[string]string, env ...string) string {
	dir := b.TempDir()
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			b.Fatal(err)
		}
	}
	bin := filepath.Join(dir, "prog")
	build := exec.Command("go", "build", "-trimpath", "-o", bin, ".")
	build.Env = append(append(os.Environ(), "CGO_ENABLED=0"), env...)
	build.Dir = dir
	if out, err := build.CombinedOutput(); err != nil {
		b.Fatalf("%v: %s", err, out)
	}
	return bin
}

// runStartup runs bin with args, its output discarded, once per iteration, and reports the CPU time
// (user + system) of a run.
func runStartup(b *testing.B, bin string, args ...string) {
	var cpu time.Duration
	n := 0
	for b.Loop() {
		c := exec.Command(bin, args...)
		if err := c.Run(); err != nil {
			b.Fatal(err)
		}
		cpu += c.ProcessState.UserTime() + c.ProcessState.SystemTime()
		n++
	}
	b.ReportMetric(float64(cpu.Nanoseconds())/float64(n), "cpu-ns/op")
}
