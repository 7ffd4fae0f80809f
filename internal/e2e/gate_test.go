package e2e

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"
)

// runIn is run with dir as the working directory, so that file names in the output are relative
// and the same on every machine.
func runIn(t testing.TB, dir, stdin string, env []string, args ...string) result {
	t.Helper()
	c := exec.Command(mtapiBinary(t), args...)
	c.Dir = dir
	c.Env = append([]string{"PATH=" + os.Getenv("PATH"), "HOME=" + os.TempDir()}, env...)
	c.Stdin = strings.NewReader(stdin)
	var out, errb bytes.Buffer
	c.Stdout, c.Stderr = &out, &errb
	err := c.Run()
	code := 0
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return result{out.String(), errb.String(), code}
}

// TestGateExitStatus runs the gate on real captures for each exit status, plain and --json: 0 when
// nothing matches (even with no mtapistatus at all), 1 without --fail-on when nothing is found, 2
// for a bad expression or an unreadable input (which wins over a trip), 3 when a response matches.
func TestGateExitStatus(t *testing.T) {
	dir := filepath.Join(root(), "testdata", "headers")
	tests := []struct {
		name string
		code int
		args []string
	}{
		{"gate-0-no-match", 0, []string{"headers", "--fail-on", "901xxx,superseded", "real-curl-i.txt", "real-curl-L.txt"}},
		{"gate-0-no-header", 0, []string{"headers", "--fail-on", "617020", "real-curl-none.txt"}},
		{"gate-1-no-gate", 1, []string{"headers", "real-curl-none.txt"}},
		{"gate-1-report-alone", 1, []string{"headers", "--report", "junit={tmp}/r.xml", "real-curl-none.txt"}},
		{"gate-3-report", 3, []string{"headers", "--fail-on", "617020", "--report", "junit={tmp}/r.xml", "real-curl-L.txt", "made-capture.har"}},
		{"gate-2-bad-word", 2, []string{"headers", "--fail-on", "617020,superceded", "real-curl-i.txt"}},
		{"gate-2-bad-controller", 2, []string{"headers", "--fail-on", "controller=Userz", "real-curl-i.txt"}},
		{"gate-2-unreadable-wins", 2, []string{"headers", "--fail-on", "617020", "real-curl-i.txt", "missing.txt"}},
		{"gate-2-fail-fast-alone", 2, []string{"headers", "--fail-fast", "real-curl-i.txt"}},
		{"gate-2-report-unwritable", 2, []string{"headers", "--fail-on", "617020", "--report", "junit=/nonexistent/dir/r.xml", "real-curl-i.txt"}},
		{"gate-2-report-format", 2, []string{"headers", "--fail-on", "617020", "--report", "xml=r.xml", "real-curl-i.txt"}},
		{"gate-3-code", 3, []string{"headers", "--fail-on", "617020", "real-curl-L.txt"}},
		{"gate-3-none", 3, []string{"headers", "--fail-on", "none", "real-curl-none.txt", "real-curl-i.txt"}},
		{"gate-3-http", 3, []string{"headers", "--fail-on", "http>=400", "made-capture.har"}},
		{"gate-3-fail-fast", 3, []string{"headers", "--fail-on", "current", "--fail-fast", "real-curl-L.txt", "made-capture.har"}},
		{"gate-3-last", 3, []string{"headers", "--fail-on", "http=400", "--last", "real-curl-L.txt"}},
		{"gate-0-last", 0, []string{"headers", "--fail-on", "http=302", "--last", "real-curl-L.txt"}},
		{"gate-3-summary", 3, []string{"headers", "--fail-on", "901002", "--summary", "made-capture.har"}},
	}
	for _, tc := range tests {
		for _, mode := range []string{"plain", "json"} {
			args := tc.args
			if mode == "json" {
				args = append([]string{args[0], "--json"}, args[1:]...)
			}
			t.Run(tc.name+"-"+mode, func(t *testing.T) {
				// {tmp} stands for a directory of the test's own, in the arguments and the output.
				tmp := t.TempDir()
				args := slices.Clone(args)
				for i := range args {
					args[i] = strings.ReplaceAll(args[i], "{tmp}", tmp)
				}
				r := runIn(t, dir, "", nil, args...)
				r.stdout = strings.ReplaceAll(r.stdout, tmp, "{tmp}")
				r.stderr = strings.ReplaceAll(r.stderr, tmp, "{tmp}")
				if r.code != tc.code {
					t.Errorf("exit %d, want %d\n%s", r.code, tc.code, r.transcript())
				}
				if mode == "json" {
					checkJSONStreams(t, r)
				}
				golden(t, tc.name+"-"+mode, r.transcript())
			})
		}
	}
}

// checkJSONStreams: under --json, standard output is one JSON document (or nothing) and every line
// of standard error is a JSON object with schema_version and an error or a notice.
func checkJSONStreams(t *testing.T, r result) {
	t.Helper()
	if strings.TrimSpace(r.stdout) != "" && !json.Valid([]byte(r.stdout)) {
		t.Errorf("stdout is not JSON:\n%s", r.stdout)
	}
	for line := range strings.Lines(r.stderr) {
		var m map[string]json.RawMessage
		if err := json.Unmarshal([]byte(line), &m); err != nil {
			t.Errorf("stderr line is not JSON: %q", line)
			continue
		}
		_, isErr := m["error"]
		_, isNotice := m["notice"]
		if _, ok := m["schema_version"]; !ok || isErr == isNotice {
			t.Errorf("stderr line lacks schema_version or one of error and notice: %q", line)
		}
	}
}

// TestGateAnnotations: where GITHUB_ACTIONS=true each tripped response is a workflow command with the
// file and line of its header, and nothing from the input can end the command or start another:
// newlines, "::" and '%' in values and in file names are percent-encoded.
func TestGateAnnotations(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"plain.txt":             "HTTP/1.1 400 Bad Request\nContent-Type: x\nmtapistatus: 617020\n\n",
		"50%,a:b.txt":           "HTTP/1.1 400 Bad Request\nmtapistatus: 901002\n\n",
		"x\n::error::pwned.txt": "\n\nHTTP/1.1 400 Bad Request\nmtapistatus: 617020\n\n",
		"inject.txt":            "HTTP/1.1 400 Bad Request\nmtapistatus: %0A::warning::x, 50%25, a::b\n\n",
	}
	for name, body := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	names := []string{"plain.txt", "50%,a:b.txt", "x\n::error::pwned.txt", "inject.txt"}
	env := []string{"GITHUB_ACTIONS=true"}
	r := runIn(t, dir, "", env, append([]string{"headers", "--fail-on", "617020,901002,invalid"}, names...)...)
	if r.code != 3 {
		t.Fatalf("exit %d\n%s", r.code, r.transcript())
	}
	var commands []string
	for line := range strings.Lines(r.stderr) {
		if strings.HasPrefix(line, "::") {
			commands = append(commands, strings.TrimSuffix(line, "\n"))
		}
	}
	want := []string{
		"::error file=plain.txt,line=3,title=mtapi --fail-on 617020::617020 UpdateDateCannotBeInFuture: Update date cannot be in future.",
		"::error file=50%25%2Ca%3Ab.txt,line=2,title=mtapi --fail-on 901002::901002 ArgumentError: Operation you tried to perform came across argument related error - such as missing argument or invalid value",
		"::error file=x%0A%3A%3Aerror%3A%3Apwned.txt,line=4,title=mtapi --fail-on 617020::617020 UpdateDateCannotBeInFuture: Update date cannot be in future.",
	}
	if len(commands) != 4 {
		t.Fatalf("got %d workflow commands, want 4:\n%s", len(commands), r.stderr)
	}
	for i, w := range want {
		if commands[i] != w {
			t.Errorf("command %d:\n got %s\nwant %s", i, commands[i], w)
		}
	}
	// The injected value: its '%' is encoded, so the runner decodes it back to the text as given,
	// and its "::" stays inside the message.
	inj := commands[3]
	if !strings.HasPrefix(inj, "::error file=inject.txt,line=2,title=mtapi --fail-on invalid::") || !strings.Contains(inj, "%250A::warning::x") {
		t.Errorf("injection attempt: %s", inj)
	}
	for _, c := range commands {
		if strings.Count(c, "\n") > 0 || strings.ContainsAny(c, "\r\x1b") {
			t.Errorf("raw control character in %q", c)
		}
	}
	// Every line of stderr is a command or mtapi's own words: none starts a command of the input's.
	for line := range strings.Lines(r.stderr) {
		if !strings.HasPrefix(line, "::error ") && !strings.HasPrefix(line, "mtapi: ") && !strings.HasPrefix(line, "  hint: ") {
			t.Errorf("stray stderr line %q", line)
		}
	}

	// Under --json the annotations travel in the notices, and stderr stays JSON lines.
	r = runIn(t, dir, "", env, "headers", "--json", "--fail-on", "617020", "plain.txt")
	checkJSONStreams(t, r)
	if !strings.Contains(r.stderr, `"annotation":"::error file=plain.txt,line=3,title=mtapi --fail-on 617020::617020 UpdateDateCannotBeInFuture: Update date cannot be in future."`) {
		t.Errorf("--json: no annotation in the notice:\n%s", r.stderr)
	}
}

// TestGateStream: on a stream that stays open (tail -f), each response that trips the gate is told
// as it comes, and the exit status is 3 at the end of input; --fail-fast ends the run at the first
// trip without waiting for the end.
func TestGateStream(t *testing.T) {
	for _, failFast := range []bool{false, true} {
		args := []string{"headers", "--fail-on", "901xxx"}
		if failFast {
			args = append(args, "--fail-fast")
		}
		c := exec.Command(mtapiBinary(t), args...)
		c.Env = []string{"PATH=" + os.Getenv("PATH")}
		in, err := c.StdinPipe()
		if err != nil {
			t.Fatal(err)
		}
		errPipe, err := c.StderrPipe()
		if err != nil {
			t.Fatal(err)
		}
		c.Stdout = io.Discard
		if err := c.Start(); err != nil {
			t.Fatal(err)
		}
		lines := make(chan string, 16)
		go func() {
			sc := bufio.NewScanner(errPipe)
			for sc.Scan() {
				lines <- sc.Text()
			}
			close(lines)
		}()
		io.WriteString(in, "127.0.0.1 - - \"GET /a\" 200 mtapistatus=617020\n127.0.0.1 - - \"GET /b\" 400 mtapistatus=901002\n")
		select {
		case l := <-lines:
			if !strings.Contains(l, "901002 ArgumentError") {
				t.Errorf("first stderr line %q", l)
			}
		case <-time.After(10 * time.Second):
			t.Fatal("the trip was not told before the end of input")
		}
		if !failFast {
			in.Close()
		}
		done := make(chan error, 1)
		go func() { done <- c.Wait() }()
		select {
		case err := <-done:
			var ee *exec.ExitError
			if !errors.As(err, &ee) || ee.ExitCode() != 3 {
				t.Errorf("fail-fast %v: %v, want exit 3", failFast, err)
			}
		case <-time.After(10 * time.Second):
			c.Process.Kill()
			t.Fatalf("fail-fast %v: mtapi did not end", failFast)
		}
		in.Close()
	}
}

// TestGateInterrupt: Ctrl-C on a stream still writes the report of what was read, and exits 130.
func TestGateInterrupt(t *testing.T) {
	dir := t.TempDir()
	report := filepath.Join(dir, "report.xml")
	c := exec.Command(mtapiBinary(t), "headers", "--fail-on", "617020,-1", "--report", "junit="+report)
	c.Env = []string{"PATH=" + os.Getenv("PATH")}
	in, err := c.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	errPipe, err := c.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	c.Stdout = io.Discard
	if err := c.Start(); err != nil {
		t.Fatal(err)
	}
	defer in.Close()
	io.WriteString(in, "HTTP/1.1 400 Bad Request\nmtapistatus: 617020\n\nHTTP/1.1 200 OK\nmtapistatus: -1\n\n")
	// Both responses trip the gate: once both are told, both were read.
	sc := bufio.NewScanner(errPipe)
	for _, want := range []string{"617020", "-1"} {
		if !sc.Scan() || !strings.Contains(sc.Text(), want) {
			t.Fatalf("no trip told for %s: %q", want, sc.Text())
		}
	}
	c.Process.Signal(syscall.SIGINT)
	var rest bytes.Buffer
	for sc.Scan() {
		rest.WriteString(sc.Text() + "\n")
	}
	err = c.Wait()
	var ee *exec.ExitError
	if !errors.As(err, &ee) || ee.ExitCode() != 130 {
		t.Fatalf("got %v, want exit 130; stderr:\n%s", err, rest.String())
	}
	b, err := os.ReadFile(report)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(b, []byte(`tests="2" failures="2"`)) || !bytes.HasSuffix(b, []byte("</testsuites>\n")) {
		t.Errorf("report after Ctrl-C:\n%s", b)
	}
	if !strings.Contains(rest.String(), "interrupted") {
		t.Errorf("stderr does not say it was interrupted:\n%s", rest.String())
	}
	if left, _ := filepath.Glob(filepath.Join(dir, ".mtapi-report-*")); len(left) > 0 {
		t.Errorf("spool left behind: %v", left)
	}
}

// TestCompletionFailOn: the shells offer --fail-on's words.
func TestCompletionFailOn(t *testing.T) {
	if got := strings.TrimSpace(bashComplete(t, []string{"mtapi", "headers", "--fail-on", "supers"}, false)); got != "superseded" {
		t.Errorf("bash: --fail-on supers completed to %q", got)
	}
	sh := requireTool(t, "fish", "fish")
	out := runShell(t, sh, "--no-config", "-c", `source completions/mtapi.fish; complete -C "mtapi headers --fail-on 617020,contr"`)
	if !strings.Contains(out, "617020,controller=") {
		t.Errorf("fish: --fail-on 617020,contr offers:\n%s", out)
	}
}
