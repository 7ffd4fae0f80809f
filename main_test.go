package main

// End-to-end tests: they build the real binary once and run it as a user would, through pipes and
// shells.

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

var binary string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "mtapi-e2e")
	if err != nil {
		panic(err)
	}
	binary = filepath.Join(dir, "mtapi")
	// Built as a release is (static, no cgo), so that start-up benchmarks measure what users run.
	build := exec.Command("go", "build", "-trimpath", "-o", binary, ".")
	build.Env = append(os.Environ(), "CGO_ENABLED=0")
	build.Stderr = os.Stderr
	if err := build.Run(); err != nil {
		panic("building mtapi: " + err.Error())
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

type result struct {
	stdout, stderr string
	code           int
}

func mtapi(t testing.TB, stdin string, env []string, args ...string) result {
	t.Helper()
	c := exec.Command(binary, args...)
	c.Env = append([]string{"PATH=" + os.Getenv("PATH"), "HOME=" + os.TempDir()}, env...)
	c.Stdin = strings.NewReader(stdin)
	var out, errb bytes.Buffer
	c.Stdout, c.Stderr = &out, &errb
	err := c.Run()
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return result{out.String(), errb.String(), code}
}

func TestBinaryDecode(t *testing.T) {
	tests := []struct {
		name  string
		stdin string
		env   []string
		args  []string
		code  int
		out   string
		err   string
	}{
		{"one code", "", nil, []string{"decode", "617020"}, 0,
			"617020\t617020\tcurrent\tUpdateDateCannotBeInFuture\tService Requests (inferred name)\tUpdate date cannot be in future.\n", ""},
		{"NotSet as a bare argument", "", nil, []string{"decode", "-1"}, 0, "-1\t-1\tnotset\tNotSet", ""},
		{"stdin", "617020\n4041001,-1\n", nil, []string{"decode", "-"}, 0, "4041001\t4041001\tcurrent\tServiceRequestNotFound", ""},
		{"empty stdin", "", nil, []string{"decode", "-"}, 0, "", ""},
		{"whitespace stdin", " \n\t\r\n", nil, []string{"decode", "-"}, 0, "", ""},
		{"unknown", "", nil, []string{"decode", "617020", "999999"}, 1, "999999\t999999\tunknown", ""},
		{"bad usage", "", nil, []string{"decode"}, 2, "", "mtapi: decode"},
		{"NO_COLOR piped", "", []string{"NO_COLOR=1"}, []string{"decode", "617020"}, 0, "617020\t617020\tcurrent", ""},
		{"forced colour", "", []string{"CLICOLOR_FORCE=1"}, []string{"decode", "617020"}, 0, "\x1b[", ""},
		{"--color always beats NO_COLOR", "", []string{"NO_COLOR=1"}, []string{"decode", "--color=always", "617020"}, 0, "\x1b[", ""},
		{"json", "", nil, []string{"decode", "--json", "617020"}, 0, `"name": "UpdateDateCannotBeInFuture"`, ""},
		{"version", "", nil, []string{"--version"}, 0, "catalogue: embedded, 173 entries", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := mtapi(t, tt.stdin, tt.env, tt.args...)
			if r.code != tt.code || !strings.Contains(r.stdout, tt.out) || !strings.Contains(r.stderr, tt.err) {
				t.Errorf("exit %d, stdout %q, stderr %q; want exit %d, stdout with %q, stderr with %q", r.code, r.stdout, r.stderr, tt.code, tt.out, tt.err)
			}
		})
	}
}

func TestBinaryBrokenPipeIsQuiet(t *testing.T) {
	for _, script := range []string{
		`"$MTAPI" ranges | head -1 >/dev/null; echo "${PIPESTATUS[0]}"`,
		`yes 617020 | head -c 4000000 | "$MTAPI" decode - | head -1 >/dev/null; echo "${PIPESTATUS[2]}"`,
	} {
		c := exec.Command("bash", "-c", script)
		c.Env = append(os.Environ(), "MTAPI="+binary)
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

func TestBinaryClosedStdin(t *testing.T) {
	c := exec.Command("bash", "-c", `"$MTAPI" decode - <&-`)
	c.Env = append(os.Environ(), "MTAPI="+binary)
	out, err := c.CombinedOutput()
	if err != nil {
		t.Fatalf("closed stdin: %v: %s", err, out)
	}
}

// BenchmarkStartupDecode runs a whole `mtapi decode 617020` process; compare with
// BenchmarkStartupHelloWorld, a Go binary that only prints a line.
func BenchmarkStartupDecode(b *testing.B) {
	for b.Loop() {
		c := exec.Command(binary, "decode", "617020")
		if err := c.Run(); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkStartupHelloWorld(b *testing.B) {
	dir := b.TempDir()
	src := filepath.Join(dir, "main.go")
	os.WriteFile(src, []byte("package main\n\nimport \"os\"\n\nfunc main() { os.Stdout.WriteString(\"hello\\n\") }\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "go.mod"), []byte("module hello\n\ngo 1.26\n"), 0o644)
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
