// Package e2e runs the built mtapi binary as a user would: through pipes, a pseudo-terminal and real
// shells. The binary is built once per test process, as a release is (static, no cgo), and every
// case of the table in cases_test.go is pinned by a golden file under testdata/e2e (go test
// ./internal/e2e -update rewrites them).
package e2e

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/e2e")

// root is the module's directory: the package lives two levels below it.
func root() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "..", "..")
}

var (
	buildOnce sync.Once
	binPath   string
	buildErr  error
	buildDir  string
)

func TestMain(m *testing.M) {
	flag.Parse()
	code := m.Run()
	if buildDir != "" {
		os.RemoveAll(buildDir)
	}
	os.Exit(code)
}

// mtapiBinary returns the path of the mtapi binary under test, building it on first use.
func mtapiBinary(t testing.TB) string {
	t.Helper()
	buildOnce.Do(func() {
		buildDir, buildErr = os.MkdirTemp("", "mtapi-e2e")
		if buildErr != nil {
			return
		}
		binPath = filepath.Join(buildDir, "mtapi")
		// Built as a release is (static, no cgo), so that start-up benchmarks measure what users run.
		build := exec.Command("go", "build", "-trimpath", "-o", binPath, ".")
		build.Dir = root()
		build.Env = append(os.Environ(), "CGO_ENABLED=0")
		if out, err := build.CombinedOutput(); err != nil {
			buildErr = fmt.Errorf("building mtapi: %v\n%s", err, out)
		}
	})
	if buildErr != nil {
		t.Fatal(buildErr)
	}
	return binPath
}

// result is what one run of the binary did.
type result struct {
	stdout, stderr string
	code           int
}

// run starts the binary with args, stdin and a minimal environment (PATH, HOME and env), as a pipe
// on every stream.
func run(t testing.TB, stdin string, env []string, args ...string) result {
	t.Helper()
	c := exec.Command(mtapiBinary(t), args...)
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

// runTerminal runs the binary on a pseudo-terminal of the given width (util-linux script), with
// COLUMNS unset so that mtapi has to ask the terminal. Standard error is merged into the terminal,
// as a person sees it; the exit code is the binary's.
func runTerminal(t testing.TB, width int, env []string, args ...string) result {
	t.Helper()
	script := requireTool(t, "script", "bsdutils")
	cmdline := fmt.Sprintf("stty cols %d rows 50; %s", width, shellQuote(append([]string{mtapiBinary(t)}, args...)))
	c := exec.Command(script, "-qefc", cmdline, "/dev/null")
	c.Env = append([]string{"PATH=" + os.Getenv("PATH"), "HOME=" + os.TempDir(), "TERM=xterm-256color"}, env...)
	c.Stdin = strings.NewReader("")
	var out bytes.Buffer
	c.Stdout, c.Stderr = &out, &out
	err := c.Run()
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	// The terminal turns every newline into CRLF.
	return result{stdout: strings.ReplaceAll(out.String(), "\r\n", "\n"), code: code}
}

func shellQuote(args []string) string {
	q := make([]string, len(args))
	for i, a := range args {
		q[i] = "'" + strings.ReplaceAll(a, "'", `'\''`) + "'"
	}
	return strings.Join(q, " ")
}

// requireTool finds a program, or skips; under CI=true a missing program fails the test instead,
// because .ci/run installs it.
func requireTool(t testing.TB, name, pkg string) string {
	t.Helper()
	path, err := exec.LookPath(name)
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("%s is not installed; .ci/run installs the Debian package %s", name, pkg)
		}
		t.Skipf("%s is not installed (Debian package %s)", name, pkg)
	}
	return path
}

// golden compares got with testdata/e2e/name.golden, or rewrites it under -update.
func golden(t *testing.T, name string, got string) {
	t.Helper()
	path := filepath.Join(root(), "testdata", "e2e", name+".golden")
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./internal/e2e -update to create it)", err)
	}
	if string(want) != got {
		t.Errorf("output differs from %s (go test ./internal/e2e -update rewrites it)\n--- want\n%s\n--- got\n%s", path, want, got)
	}
}

// transcript is the golden form of a run: exit code, then standard output, then standard error.
func (r result) transcript() string {
	return fmt.Sprintf("exit: %d\n--- stdout\n%s--- stderr\n%s", r.code, r.stdout, r.stderr)
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
