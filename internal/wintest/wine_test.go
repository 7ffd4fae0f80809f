// Package wintest runs the Windows build of mtapi under Wine: the .exe a Windows user downloads,
// given the pipes, files and PowerShell captures they would give it. Every case runs the native
// binary too and requires the same bytes and exit status from both, so a Windows-only difference
// (terminal detection, line endings, stdin handling) shows up as a diff.
//
// Cross-building, the shim DLL and a fresh Wine prefix take a while, so the Wine test runs only when
// MTAPI_WINE_TEST is set (.ci/run sets it). Then a missing wine or mingw-w64 skips it on a
// developer's machine and fails it under CI.
package wintest

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
	"unicode/utf16"
)

// switchEnv turns the Wine test on.
const switchEnv = "MTAPI_WINE_TEST"

// runTimeout bounds one run of the binary: Wine's first start in a prefix is the slow one (seconds);
// a hang (a console prompt, a dialog waiting for a display) must fail rather than stall CI.
const runTimeout = 2 * time.Minute

// captures are the hand-made Windows PowerShell 5.1 captures in testdata (see their .cmd files):
// UTF-16LE with a byte-order mark and CRLF, as `>` and Out-File write them. Each holds one response
// whose mtapistatus is 617020.
var captures = []string{
	"made-ps51-iwr.txt",              // Invoke-WebRequest ... > file: the response object, as a list
	"made-ps51-iwr-headers-list.txt", // ... | Format-List StatusCode, StatusDescription, Headers
	"made-ps51-headers-table.txt",    // (Invoke-WebRequest ...).Headers: the Key / Value table
}

// knownGaps are captures that mtapi does not decode yet, with the reason. Their cases run and must
// still fail in the known way: when the parser learns the form, the test fails and asks for the
// entry to be removed, so that the capture is then held to the full checks.
var knownGaps = map[string]string{
	// None now: made-ps51-iwr-headers-list.txt (a Format-List whose only value is in
	// `Headers : {[mtapistatus, 617020], ...}`) decodes since PowerShell's lists are read property
	// by property.
}

// TestCapturesArePowerShellBytes checks the hand-made captures have the shape Windows PowerShell
// gives a file, so that the Wine test feeds mtapi what a user's file holds.
func TestCapturesArePowerShellBytes(t *testing.T) {
	for _, name := range captures {
		b, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.HasPrefix(b, []byte{0xff, 0xfe}) || len(b)%2 != 0 {
			t.Errorf("%s: not UTF-16LE with a byte-order mark", name)
			continue
		}
		units := make([]uint16, 0, len(b)/2)
		for i := 2; i < len(b); i += 2 {
			units = append(units, uint16(b[i])|uint16(b[i+1])<<8)
		}
		text := string(utf16.Decode(units))
		if strings.Count(text, "\n") != strings.Count(text, "\r\n") || !strings.HasSuffix(text, "\r\n") {
			t.Errorf("%s: lines do not all end in CRLF", name)
		}
		if !strings.Contains(text, "617020") {
			t.Errorf("%s: no 617020 in the capture", name)
		}
		cmd, err := os.ReadFile(filepath.Join("testdata", strings.TrimSuffix(name, ".txt")+".cmd"))
		if err != nil || !bytes.Contains(cmd, []byte("Hand-made")) {
			t.Errorf("%s: needs a .cmd next to it saying how it was made (%v)", name, err)
		}
	}
}

// wineCase is one run of mtapi.exe under Wine, compared with the native binary's.
type wineCase struct {
	name     string
	args     []string
	env      []string
	stdin    string
	in       input
	toFile   bool // stdout is a file (`> out.txt`) rather than a pipe
	code     int
	contains []string
	escapes  bool   // the output must be coloured (else it must hold no escape byte)
	gap      string // a known gap (knownGaps): the checks above must fail
}

// toolchain is what the Wine test builds and runs with.
type toolchain struct {
	wine, wineserver, mingw string
	env                     []string // the Wine prefix and quiet settings, for every run
	exe, native, testdata   string
}

func TestWindowsBinaryUnderWine(t *testing.T) {
	// Under CI=true (.ci/run) the test always runs: there a skip would hide a Windows regression.
	if os.Getenv(switchEnv) == "" && os.Getenv("CI") != "true" {
		t.Skipf("set %s=1 (or CI=true) to cross-build mtapi.exe and run it under Wine (.ci/run does)", switchEnv)
	}
	began := time.Now()
	tc := setUp(t)
	t.Logf("set-up (cross-build, native build, shim DLL, Wine prefix): %v", time.Since(began).Round(time.Millisecond))

	tests := []wineCase{
		{name: "decode", args: []string{"decode", "617020"}, code: 0,
			contains: []string{"617020", "UpdateDateCannotBeInFuture", "Update date cannot be in future."}},
		{name: "unknown code exits 1", args: []string{"decode", "999999999"}, code: 1,
			contains: []string{"999999999", "unknown"}},
		{name: "stdin pipe", args: []string{"decode"}, stdin: "617020\n", in: inputPipe, code: 0,
			contains: []string{"UpdateDateCannotBeInFuture"}},
		{name: "stdin pipe with -", args: []string{"decode", "-"}, stdin: "617020,901002\r\n", in: inputPipe,
			code: 0, contains: []string{"UpdateDateCannotBeInFuture", "901002"}},
		{name: "stdin file", args: []string{"decode"}, stdin: "617020\r\n", in: inputFile, code: 0,
			contains: []string{"UpdateDateCannotBeInFuture"}},
		{name: "stdin null device", args: []string{"decode"}, code: 2},
		{name: "stdout to a file", args: []string{"decode", "617020"}, toFile: true, code: 0,
			contains: []string{"UpdateDateCannotBeInFuture"}},
		// CLICOLOR_FORCE colours piped output: proof that the escape checks can fail and that the
		// environment reaches the Windows process; NO_COLOR then turns the colour off again.
		{name: "CLICOLOR_FORCE colours a pipe", args: []string{"decode", "617020"}, env: []string{"CLICOLOR_FORCE=1"},
			code: 0, escapes: true, contains: []string{"UpdateDateCannotBeInFuture"}},
		{name: "NO_COLOR", args: []string{"decode", "617020"}, env: []string{"CLICOLOR_FORCE=1", "NO_COLOR=1"},
			code: 0, contains: []string{"UpdateDateCannotBeInFuture"}},
		{name: "--color=always", args: []string{"--color=always", "decode", "617020"}, code: 0, escapes: true},
	}
	for _, name := range captures {
		b, err := os.ReadFile(filepath.Join(tc.testdata, name))
		if err != nil {
			t.Fatal(err)
		}
		tests = append(tests,
			wineCase{name: "headers file " + name, args: []string{"headers", name}, code: 0,
				contains: []string{"617020", "UpdateDateCannotBeInFuture"}, gap: knownGaps[name]},
			wineCase{name: "headers pipe " + name, args: []string{"headers"}, stdin: string(b), in: inputPipe,
				code: 0, contains: []string{"617020", "UpdateDateCannotBeInFuture"}, gap: knownGaps[name]},
		)
	}

	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			run := func(windows bool) result {
				return tc.run(t, windows, tt.args, tt.env, tt.stdin, tt.in, tt.toFile)
			}
			started := time.Now()
			win := run(true)
			elapsed := time.Since(started)
			nat := run(false)
			t.Logf("under Wine: %v", elapsed.Round(time.Millisecond))
			var wrong []string
			if win.code != tt.code {
				wrong = append(wrong, fmt.Sprintf("exit %d, want %d", win.code, tt.code))
			}
			for _, want := range tt.contains {
				if !strings.Contains(win.stdout, want) {
					wrong = append(wrong, fmt.Sprintf("stdout lacks %q", want))
				}
			}
			switch {
			case tt.gap != "" && len(wrong) == 0:
				t.Errorf("mtapi.exe %s now decodes a known gap: remove it from knownGaps (%s)", strings.Join(tt.args, " "), tt.gap)
			case tt.gap != "":
				t.Logf("known gap, still failing as expected: %s", tt.gap)
			case len(wrong) > 0:
				t.Errorf("mtapi.exe %s: %s\nstdout:\n%s\nstderr:\n%s", strings.Join(tt.args, " "), strings.Join(wrong, "; "), win.stdout, win.stderr)
			}
			if got := strings.Contains(win.stdout+win.stderr, "\x1b"); got != tt.escapes {
				t.Errorf("mtapi.exe %s: escape bytes in the output: %v, want %v:\n%q", strings.Join(tt.args, " "), got, tt.escapes, win.stdout)
			}
			if win != nat {
				t.Errorf("mtapi.exe and the native mtapi differ for %s:\nexe (exit %d):\n%s%s\nnative (exit %d):\n%s%s",
					strings.Join(tt.args, " "), win.code, win.stdout, win.stderr, nat.code, nat.stdout, nat.stderr)
			}
		})
	}

	// A PowerShell capture holds one response: however many of its properties repeat the header
	// (RawContent, Headers), mtapi reports it once.
	for _, name := range captures {
		t.Run("headers --json "+name, func(t *testing.T) {
			win := tc.run(t, true, []string{"headers", "--json", name}, nil, "", inputNone, false)
			var doc struct {
				Responses []struct {
					MTAPIStatus []string `json:"mtapistatus"`
				} `json:"responses"`
			}
			if err := json.Unmarshal([]byte(win.stdout), &doc); err != nil && knownGaps[name] == "" {
				t.Fatalf("mtapi.exe headers --json %s: exit %d, %v:\n%s%s", name, win.code, err, win.stdout, win.stderr)
			}
			ok := len(doc.Responses) == 1 && strings.Join(doc.Responses[0].MTAPIStatus, ",") == "617020"
			switch gap := knownGaps[name]; {
			case gap != "" && ok:
				t.Errorf("mtapi.exe headers --json %s now decodes a known gap: remove it from knownGaps (%s)", name, gap)
			case gap != "":
				t.Logf("known gap, still failing as expected: %s", gap)
			case !ok:
				t.Errorf("mtapi.exe headers --json %s: want one response with mtapistatus [617020], got %+v", name, doc.Responses)
			}
		})
	}
	// On a terminal (a pty, through script(1), which Wine turns into a console) GetConsoleMode
	// succeeds: the layout is styled (its "·" separators) and coloured in 256 colours, unless
	// NO_COLOR. Wine's console adds its own cursor and line-end bytes, so no byte comparison here.
	script, err := lookPath("script")
	if err != nil {
		missing(t, "script (bsdutils), to run mtapi.exe on a terminal: %v", err)
	}
	colour := regexp.MustCompile(`\x1b\[[0-9;]*38;5;[0-9]+m`)
	for _, tt := range []struct {
		name   string
		env    []string
		colour bool
	}{
		{name: "terminal", colour: true},
		{name: "terminal NO_COLOR", env: []string{"NO_COLOR=1"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			ctx, cancel := context.WithTimeout(context.Background(), runTimeout)
			defer cancel()
			// -e: script exits with the command's status; its stdin is the null device.
			c := exec.CommandContext(ctx, script, "-qec", tc.wine+" "+tc.exe+" decode 617020", "/dev/null")
			// A UTF-8 locale, as a terminal has: Wine's console converts the program's UTF-16
			// to the locale's charset, and a C locale turns "·" into ".".
			c.Env = append(append([]string{"LANG=C.UTF-8"}, tc.env...), tt.env...)
			c.Dir = tc.testdata
			c.WaitDelay = 10 * time.Second
			out, err := c.Output()
			if err != nil {
				t.Fatalf("mtapi.exe decode 617020 on a terminal: %v\n%q", err, out)
			}
			text := string(out)
			for _, want := range []string{"617020", "UpdateDateCannotBeInFuture", "Update date cannot be in future.", "·"} {
				if !strings.Contains(text, want) {
					t.Errorf("mtapi.exe decode 617020 on a terminal: no %q in the styled layout:\n%q", want, text)
				}
			}
			if got := colour.MatchString(text); got != tt.colour {
				t.Errorf("mtapi.exe decode 617020 on a terminal (%v): coloured %v, want %v:\n%q", tt.env, got, tt.colour, text)
			}
		})
	}
	t.Logf("whole Wine test: %v", time.Since(began).Round(time.Millisecond))
}

// missing reports a tool the test cannot run without: a skip on a developer's machine, a failure
// under CI=true, where .ci/run installs it.
func missing(t *testing.T, format string, args ...any) {
	t.Helper()
	if os.Getenv("CI") == "true" {
		t.Fatalf(format+" (CI=true: .ci/run installs wine64 and gcc-mingw-w64-x86-64-win32)", args...)
	}
	t.Skipf(format, args...)
}

// lookPath finds the first of names that is on PATH or is an existing absolute path.
func lookPath(names ...string) (string, error) {
	for _, n := range names {
		if filepath.IsAbs(n) {
			if fi, err := os.Stat(n); err == nil && !fi.IsDir() {
				return n, nil
			}
			continue
		}
		if p, err := exec.LookPath(n); err == nil {
			return p, nil
		}
	}
	return "", errors.New("none of " + strings.Join(names, ", ") + " found")
}

func setUp(t *testing.T) *toolchain {
	t.Helper()
	tc := &toolchain{}
	var err error
	// Debian's wine64 package puts the 64-bit loader in /usr/lib/wine and no wine64 on PATH; its
	// /usr/bin/wine (package wine) is a wrapper that warns about the missing 32-bit half.
	if tc.wine, err = lookPath("wine64", "/usr/lib/wine/wine64", "wine"); err != nil {
		missing(t, "wine: %v", err)
	}
	if tc.wineserver, err = lookPath("wineserver", "/usr/lib/wine/wineserver64", "/usr/lib/wine/wineserver"); err != nil {
		missing(t, "wineserver: %v", err)
	}
	if tc.mingw, err = lookPath("x86_64-w64-mingw32-gcc"); err != nil {
		missing(t, "mingw-w64 C compiler: %v", err)
	}
	if tc.testdata, err = filepath.Abs("testdata"); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	root, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}

	// The binaries, built as a release builds them (static, trimmed).
	tc.exe = filepath.Join(dir, "mtapi.exe")
	tc.native = filepath.Join(dir, "mtapi")
	step(t, root, []string{"GOOS=windows", "GOARCH=amd64", "CGO_ENABLED=0"}, "go", "build", "-trimpath", "-o", tc.exe, ".")
	step(t, root, []string{"CGO_ENABLED=0"}, "go", "build", "-trimpath", "-o", tc.native, ".")

	// A fresh prefix, so the test proves what a clean machine gives. No display and no Mono or
	// Gecko: Wine would offer to install them in a dialog. WINEDEBUG=-all keeps Wine's own
	// diagnostics out of the streams the test compares.
	prefix := filepath.Join(dir, "prefix")
	tc.env = []string{
		"PATH=" + os.Getenv("PATH"),
		"HOME=" + dir,
		"WINEPREFIX=" + prefix,
		"WINEDEBUG=-all",
		"WINEDLLOVERRIDES=mscoree,mshtml=",
		"WINEARCH=win64",
		"TMPDIR=" + dir, // Wine's server socket directory (wine-XXXXXX) goes with the test's files
	}
	// The Wine server outlives the last Wine process by a few seconds; stop it before the prefix
	// is removed (cleanups run last-registered first, so before t.TempDir's).
	t.Cleanup(func() {
		c := exec.Command(tc.wineserver, "-k")
		c.Env = tc.env
		_ = c.Run()
		c = exec.Command(tc.wineserver, "-w")
		c.Env = tc.env
		_ = c.Run()
	})
	// A persistent Wine server, started first: otherwise each run starts one, which lingers a few
	// seconds after the run, holding the run's output pipe open (so every run took ~2.5 s instead
	// of tens of milliseconds). It gets no pipes of ours; the cleanup above stops it.
	began := time.Now()
	if err := os.Mkdir(prefix, 0o755); err != nil {
		t.Fatal(err)
	}
	server := exec.Command(tc.wineserver, "-p")
	server.Env = tc.env
	if err := server.Run(); err != nil { // it forks into the background and returns
		t.Fatalf("%s -p: %v", tc.wineserver, err)
	}
	step(t, dir, tc.env, tc.wine, "wineboot", "--init")
	t.Logf("Wine prefix created in %v", time.Since(began).Round(time.Millisecond))

	// The Go runtime (1.24+) needs ProcessPrng from bcryptprimitives.dll, which Wine 8 lacks; the
	// shim (shim/processprng.c) supplies it.
	dll := filepath.Join(prefix, "drive_c", "windows", "system32", "bcryptprimitives.dll")
	if _, err := os.Stat(filepath.Dir(dll)); err != nil {
		t.Fatalf("the Wine prefix has no system32: %v", err)
	}
	step(t, dir, nil, tc.mingw, "-shared", "-O2", "-s", "-o", dll, filepath.Join(root, "internal", "wintest", "shim", "processprng.c"), "-ladvapi32")
	return tc
}

// step runs a set-up command and fails the test with its output if it fails. The output goes to a
// file, not a pipe: wineboot leaves Wine's services running, and they inherit its streams.
func step(t *testing.T, dir string, env []string, name string, args ...string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	c := exec.CommandContext(ctx, name, args...)
	c.Dir = dir
	c.Env = append(os.Environ(), env...)
	if env != nil && strings.HasPrefix(env[0], "PATH=") {
		c.Env = env // a Wine run: only the settings given, so no DISPLAY reaches Wine
	}
	out := tempFile(t, "step-output", "")
	defer out.Close()
	c.Stdout, c.Stderr = out, out
	if err := c.Run(); err != nil {
		b, _ := os.ReadFile(out.Name())
		t.Fatalf("%s %s: %v\n%s", name, strings.Join(args, " "), err, b)
	}
}

type result struct {
	stdout, stderr string
	code           int
}

type input int

const (
	inputNone input = iota // os/exec's default: the null device
	inputPipe              // a pipe, as `echo 617020 | mtapi decode` gives
	inputFile              // a redirected file, as `mtapi decode < codes.txt` gives
)

// run runs mtapi.exe under Wine (windows) or the native mtapi, in testdata, with a clean
// environment plus env, so that no NO_COLOR or COLUMNS of the developer's leaks in.
func (tc *toolchain) run(t *testing.T, windows bool, args, env []string, stdin string, in input, toFile bool) result {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), runTimeout)
	defer cancel()
	var c *exec.Cmd
	if windows {
		c = exec.CommandContext(ctx, tc.wine, append([]string{tc.exe}, args...)...)
		c.Env = append(append([]string{}, tc.env...), env...)
	} else {
		c = exec.CommandContext(ctx, tc.native, args...)
		c.Env = append([]string{"PATH=" + os.Getenv("PATH"), "HOME=" + t.TempDir()}, env...)
	}
	c.Dir = tc.testdata
	c.WaitDelay = 10 * time.Second
	switch in {
	case inputPipe:
		c.Stdin = strings.NewReader(stdin) // os/exec feeds a reader through a pipe
	case inputFile:
		f := tempFile(t, "stdin", stdin)
		defer f.Close()
		c.Stdin = f
	}
	var out, errb bytes.Buffer
	c.Stderr = &errb
	var outFile *os.File
	if toFile {
		outFile = tempFile(t, "stdout", "")
		defer outFile.Close()
		c.Stdout = outFile
	} else {
		c.Stdout = &out
	}
	err := c.Run()
	code := 0
	var ee *exec.ExitError
	switch {
	case errors.As(err, &ee):
		code = ee.ExitCode()
	case err != nil:
		t.Fatalf("running %s: %v", strings.Join(c.Args, " "), err)
	}
	if ctx.Err() != nil {
		t.Fatalf("%s: timed out after %v", strings.Join(c.Args, " "), runTimeout)
	}
	if toFile {
		b, err := os.ReadFile(outFile.Name())
		if err != nil {
			t.Fatal(err)
		}
		out.Write(b)
	}
	return result{out.String(), errb.String(), code}
}

func tempFile(t *testing.T, name, content string) *os.File {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	f, err := os.OpenFile(p, os.O_RDWR, 0)
	if err != nil {
		t.Fatal(err)
	}
	return f
}
