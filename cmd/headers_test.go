package cmd

import (
	"bytes"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/mtapi-cli/mtapi/internal/headers"
	"github.com/mtapi-cli/mtapi/internal/term"
)

// Every capture and sample in testdata/headers has golden plain and JSON outputs; a few have
// styled ones too.
func TestHeadersGolden(t *testing.T) {
	dir := filepath.Join("..", "testdata", "headers")
	ents, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	styled := map[string]bool{"real-curl-L.txt": true, "made-hostile.txt": true, "made-capture.har": true, "real-nghttp-nv-trailer.txt": true, "made-iis-w3c.log": true, "real-curl-glued.txt": true}
	n := 0
	for _, e := range ents {
		name := e.Name()
		if !(strings.HasPrefix(name, "real-") && strings.HasSuffix(name, ".txt") || strings.HasPrefix(name, "made-") && !strings.HasSuffix(name, ".cmd")) {
			continue
		}
		n++
		in, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		t.Run(name, func(t *testing.T) {
			plain := execute(t, string(in), false, nil, "headers")
			js := execute(t, string(in), false, nil, "headers", "--json")
			if plain.code != js.code {
				t.Errorf("exit %d plain, %d JSON", plain.code, js.code)
			}
			if hasControl(plain.stdout) || hasControl(js.stdout) || hasControl(plain.stderr) {
				t.Errorf("raw control characters in the output")
			}
			golden(t, filepath.Join("headers", name+".plain"), plain.stdout)
			golden(t, filepath.Join("headers", name+".json"), js.stdout)
			if styled[name] {
				st := execute(t, string(in), true, nil, "headers")
				golden(t, filepath.Join("headers", name+".styled"), st.stdout)
			}
		})
	}
	if n < 20 {
		t.Errorf("only %d samples in testdata/headers", n)
	}
}

func TestHeadersBehaviour(t *testing.T) {
	tmp := t.TempDir()
	good := filepath.Join(tmp, "good.txt")
	os.WriteFile(good, []byte("HTTP/1.1 400 Bad Request\nmtapistatus: 617020\n\n"), 0o644)
	redirect := filepath.Join(tmp, "redirect.txt")
	os.WriteFile(redirect, []byte("HTTP/1.1 302 Found\nmtapistatus: -1\n\nHTTP/1.1 400 Bad Request\nmtapistatus: 4041001\n\n"), 0o644)
	tests := []struct {
		name  string
		stdin string
		args  []string
		code  int
		out   string
		err   string
	}{
		{"stdin", "mtapistatus: 617020\n", nil, 0, "UpdateDateCannotBeInFuture", ""},
		{"dash", "mtapistatus: 617020\n", []string{"-"}, 0, "UpdateDateCannotBeInFuture", ""},
		{"file", "", []string{good}, 0, good + "\t1\t400\t617020", ""},
		{"several files", "", []string{good, redirect}, 0, redirect + "\t2\t400\t4041001", ""},
		{"--last", "", []string{"--last", redirect}, 0, "\t2\t400\t4041001", ""},
		{"--last json", "", []string{"--last", "--json", redirect}, 0, `"final": true`, ""},
		{"none found", "HTTP/1.1 200 OK\n\n", nil, 1, "no mtapistatus header", ""},
		{"nothing at all", "", nil, 1, "", "no response headers in standard input\n  hint: add -i to curl, or 2>&1 for curl -v"},
		{"unknown value", "mtapistatus: 605000\n", nil, 1, "unknown", ""},
		{"invalid value", "mtapistatus: abc\n", nil, 1, "invalid", ""},
		{"overflow", "mtapistatus: 999999999999999999999999\n", nil, 1, "invalid", ""},
		{"missing file", "", []string{filepath.Join(tmp, "nope")}, 2, "", "cannot read"},
		{"missing file and a good one", "", []string{filepath.Join(tmp, "nope"), good}, 2, "617020", "no such file"},
		{"directory", "", []string{tmp}, 2, "", "is a directory"},
		{"binary", "\x00\x01\x02\x03garbage\x00", nil, 2, "", "standard input is not text"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := execute(t, tt.stdin, false, nil, append([]string{"headers"}, tt.args...)...)
			if r.code != tt.code || !strings.Contains(r.stdout, tt.out) || !strings.Contains(r.stderr, tt.err) {
				t.Errorf("exit %d, stdout %q, stderr %q; want %d, %q, %q", r.code, r.stdout, r.stderr, tt.code, tt.out, tt.err)
			}
		})
	}
	// --last shows only the final response.
	r := execute(t, "", false, nil, "headers", "--last", redirect)
	if strings.Contains(r.stdout, "-1") {
		t.Errorf("--last printed the redirect: %q", r.stdout)
	}
}

func FuzzHeadersCommand(f *testing.F) {
	f.Add("HTTP/1.1 400 Bad Request\nmtapistatus: 617020,\x1b]0;x\x07\n\n")
	f.Add(`{"mtapistatus": "\u001b[31m617020"}`)
	f.Add("mtapistatus: \xff\xfe\u202e")
	f.Fuzz(func(t *testing.T, in string) {
		for _, args := range [][]string{{"headers"}, {"headers", "--json"}, {"decode", "-"}} {
			r := execute(t, in, false, nil, args...)
			if hasControl(r.stdout) || hasControl(r.stderr) {
				t.Fatalf("mtapi %v: raw control characters in %q / %q", args, r.stdout, r.stderr)
			}
			if r.code < 0 || r.code > 2 {
				t.Fatalf("exit %d", r.code)
			}
			if len(args) > 1 && args[1] == "--json" {
				validateJSONRun(t, "headers", r)
			}
		}
	})
}

// TestHeadersLiveStream feeds mtapi headers through a real pipe with pauses between writes, and
// checks that each response is on the output pipe before the next one is written: plain, styled and
// JSON output; raw responses, bare header lines, inline log lines, JSON lines and HAR entries.
// TestHeadersLiveStream feeds a live pipe chunk by chunk: each response must be written within
// liveLatency of the line that completes it arriving, in plain, styled and JSON output. The form
// of an input is decided from its first lines (headers.lookahead), and a bare header block is
// completed by the line after it, so each chunk ends with the line that completes its responses.
func TestHeadersLiveStream(t *testing.T) {
	const liveLatency = 50 * time.Millisecond
	raw1 := "HTTP/1.1 400 Bad Request\r\nmtapistatus: 617020\r\n\r\n"
	raw2 := "HTTP/1.1 200 OK\r\nmtapistatus: -1\r\n\r\n"
	har1 := "{\"log\":{\"entries\":[\n" + `{"request":{},"response":{"status":400,"headers":[{"name":"mtapistatus","value":"617020"}]}},` + "\n"
	har2 := `{"request":{},"response":{"status":200,"headers":[{"name":"mtapistatus","value":"-1"}]}}` + "\n]}}\n"
	cases := []struct {
		name   string
		args   []string
		tty    bool
		chunks []string
	}{
		{"plain raw", nil, false, []string{raw1, raw2}},
		{"styled raw", nil, true, []string{raw1, raw2}},
		{"json raw", []string{"--json"}, false, []string{raw1, raw2}},
		{"bare header line", nil, false, []string{"mtapistatus: 617020\nINFO next\n", "mtapistatus: -1\nINFO done\n"}},
		{"styled bare header line", nil, true, []string{"mtapistatus: 617020\nINFO next\n", "mtapistatus: -1\nINFO done\n"}},
		{"json bare header line", []string{"--json"}, false, []string{"mtapistatus: 617020\nINFO next\n", "mtapistatus: -1\nINFO done\n"}},
		{"inline log line", nil, false, []string{"2026-11-25 INFO done mtapistatus=617020\n", "2026-11-25 INFO done mtapistatus=-1\n"}},
		{"json inline log line", []string{"--json"}, false, []string{"2026-11-25 INFO headers={'mtapistatus': '617020'}\n", "2026-11-25 INFO headers={'mtapistatus': '-1'}\n"}},
		// A first JSON line may start a document or a log of JSON lines: the second line decides.
		{"json lines", []string{"--json"}, false, []string{`{"mtapistatus":"617020"}` + "\n" + `{"mtapistatus":"901002"}` + "\n", `{"mtapistatus":"-1"}` + "\n"}},
		{"plain json lines", nil, false, []string{`{"mtapistatus":"617020"}` + "\n" + `{"mtapistatus":"901002"}` + "\n", `{"mtapistatus":"-1"}` + "\n"}},
		{"har entries", nil, false, []string{har1, har2}},
		{"json har entries", []string{"--json"}, false, []string{har1, har2}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			// The machine may be busy: a case passes if one of five runs meets the latency.
			var slow []time.Duration
			for range 5 {
				if slow = liveRun(t, tc.args, tc.tty, tc.chunks, slices.Contains(tc.args, "--json")); maxDuration(slow) < liveLatency {
					return
				}
			}
			t.Errorf("responses written %v after the line that completes them (want < %v)", slow, liveLatency)
		})
	}
}

func maxDuration(ds []time.Duration) time.Duration {
	var m time.Duration
	for _, d := range ds {
		m = max(m, d)
	}
	return m
}

// liveRun runs mtapi headers on a pipe, writing the chunks one at a time, and returns how long
// each chunk's last response took to appear in the output.
func liveRun(t *testing.T, args []string, tty bool, chunks []string, jsonOut bool) []time.Duration {
	t.Helper()
	inR, inW, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	outR, outW, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	var errb bytes.Buffer
	e := Env{Stdin: inR, Stdout: outW, Stderr: &errb, Getenv: func(string) string { return "" },
		Term: term.Facts{StdoutTTY: tty}}
	done := make(chan int, 1)
	go func() {
		done <- Main(append([]string{"headers"}, args...), e)
		outW.Close()
	}()
	got := make(chan string, 64)
	go func() {
		buf := make([]byte, 64<<10)
		for {
			n, err := outR.Read(buf)
			if n > 0 {
				got <- string(buf[:n])
			}
			if err != nil {
				close(got)
				return
			}
		}
	}()
	// waitFor reads the output pipe until it holds want, or fails after a few seconds.
	var seen strings.Builder
	waitFor := func(want string) {
		t.Helper()
		deadline := time.After(5 * time.Second)
		for !strings.Contains(seen.String(), want) {
			select {
			case s, ok := <-got:
				if !ok {
					t.Fatalf("output ended without %q: %q", want, seen.String())
				}
				seen.WriteString(s)
			case <-deadline:
				t.Fatalf("%q not written while the input stays open; output so far %q", want, seen.String())
			}
		}
	}
	var took []time.Duration
	wants := []string{"617020", "-1"}
	for i, c := range chunks {
		time.Sleep(20 * time.Millisecond)
		start := time.Now()
		inW.Write([]byte(c))
		if strings.Contains(c, "901002") {
			waitFor("901002")
		}
		waitFor(wants[i])
		took = append(took, time.Since(start))
	}
	inW.Close()
	if code := <-done; code != 0 {
		t.Errorf("exit %d, stderr %q", code, errb.String())
	}
	for s := range got {
		seen.WriteString(s)
	}
	if jsonOut {
		var doc struct {
			Responses []struct {
				Final *bool `json:"final"`
			} `json:"responses"`
		}
		if err := json.Unmarshal([]byte(seen.String()), &doc); err != nil || len(doc.Responses) < 2 {
			t.Fatalf("not one JSON document with the responses (%v): %s", err, seen.String())
		}
	}
	return took
}

func TestHeadersSummary(t *testing.T) {
	log := filepath.Join("..", "testdata", "headers", "real-nginx-access.txt")
	in, err := os.ReadFile(log)
	if err != nil {
		t.Fatal(err)
	}
	in = append(in, "mtapistatus: abc, 617020\n"...)
	plain := execute(t, string(in), false, nil, "headers", "--summary")
	js := execute(t, string(in), false, nil, "headers", "--summary", "--json")
	styled := execute(t, string(in), true, nil, "headers", "--summary")
	for i, r := range []run{plain, js, styled} {
		if r.code != 1 || i < 2 && hasControl(r.stdout) {
			t.Errorf("exit %d (want 1: an invalid value), output %q", r.code, r.stdout)
		}
	}
	golden(t, filepath.Join("headers", "summary.plain"), plain.stdout)
	golden(t, filepath.Join("headers", "summary.json"), js.stdout)
	golden(t, filepath.Join("headers", "summary.styled"), styled.stdout)
	var doc struct {
		Responses, WithStatus, Invalid int
		Codes                          []struct{ Code, Count int }
	}
	if err := json.Unmarshal([]byte(strings.ReplaceAll(js.stdout, "with_status", "withstatus")), &doc); err != nil {
		t.Fatal(err)
	}
	// Seven responses: six log lines (one with "mtapistatus=-") and the header line.
	if doc.Responses != 7 || doc.WithStatus != 6 || doc.Invalid != 1 || len(doc.Codes) == 0 || doc.Codes[0].Code != 617020 || doc.Codes[0].Count != 4 {
		t.Errorf("summary %+v", doc)
	}
	if !strings.HasPrefix(plain.stdout, "4\t617020\tUpdateDateCannotBeInFuture\t") {
		t.Errorf("plain summary does not start with the most frequent code: %q", plain.stdout)
	}

	r := execute(t, string(in), false, nil, "headers", "--summary", "--last")
	if r.code != 2 || !strings.Contains(r.stderr, "--summary and --last cannot be combined") || r.stdout != "" {
		t.Errorf("--summary --last: exit %d, stderr %q", r.code, r.stderr)
	}
}

// TestHeadersMessages covers the outputs of issue 9's rules at the command: dropped values are
// reported in plain and JSON output, input without header structure gets a hint, nesting too deep
// is an error.
func TestHeadersMessages(t *testing.T) {
	many := "HTTP/1.1 400 Bad Request\nmtapistatus: " + strings.Repeat("617020,", 1005) + "\n\n"
	r := execute(t, many, false, nil, "headers")
	if r.code != 1 || !strings.Contains(r.stdout, "\tdropped\t\t\t5 more values not shown (limit 1000 per response)") {
		t.Errorf("plain: exit %d, no dropped record in %q", r.code, r.stdout[max(0, len(r.stdout)-300):])
	}
	r = execute(t, many, false, nil, "headers", "--json")
	if r.code != 1 || !strings.Contains(r.stdout, `"dropped": 5`) {
		t.Errorf("json: exit %d, no dropped count", r.code)
	}
	r = execute(t, "HTTP/1.1 400 Bad Request\nmtapistatus: 617020 ,, 901002\n\n", false, nil, "headers")
	if r.code != 0 || strings.Count(r.stdout, "\n") != 2 {
		t.Errorf("empty list element: exit %d, %q", r.code, r.stdout)
	}
	r = execute(t, "no status here\n", false, nil, "headers")
	if r.code != 1 || !strings.Contains(r.stderr, "hint: add -i to curl, or 2>&1 for curl -v") {
		t.Errorf("curl -s body: exit %d, stderr %q", r.code, r.stderr)
	}
	r = execute(t, strings.Repeat("[", 2_000_000), false, nil, "headers")
	if r.code != 2 || !strings.Contains(r.stderr, "nests brackets deeper than 10000 levels") || hasControl(r.stderr) {
		t.Errorf("deep nesting: exit %d, stderr %q", r.code, r.stderr)
	}
}

// countingWriter counts the writes that reach it.
type countingWriter struct{ writes, bytes int }

func (w *countingWriter) Write(b []byte) (int, error) {
	w.writes++
	w.bytes += len(b)
	return len(b), nil
}

// TestHeadersFileIsNotFlushedPerResponse checks that a regular file's responses are written in large
// blocks: the output is flushed only when mtapi has to read more input, not per response.
func TestHeadersFileIsNotFlushedPerResponse(t *testing.T) {
	path := filepath.Join(t.TempDir(), "log.txt")
	var b strings.Builder
	for i := 0; i < 10000; i++ {
		b.WriteString("10.0.0.1 - - [25/Nov/2026:10:00:00 +0000] \"GET /x HTTP/1.1\" 400 9 mtapistatus=617020\n")
	}
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{{"headers", path}, {"headers", "--json", path}} {
		var out countingWriter
		e := Env{Stdin: strings.NewReader(""), Stdout: &out, Stderr: io.Discard, Getenv: func(string) string { return "" }}
		if code := Main(args, e); code != 0 {
			t.Fatalf("%v: exit %d", args, code)
		}
		if max := out.bytes/(32<<10) + b.Len()/(64<<10) + 4; out.writes > max {
			t.Errorf("%v: %d writes for 10000 responses (%d bytes), want at most %d", args, out.writes, out.bytes, max)
		}
	}
}

// --formats lists the reader table; --format forces a reader; --explain says why, on stderr.
func TestHeadersFormatsAndExplain(t *testing.T) {
	for _, c := range []struct {
		name string
		tty  bool
		args []string
	}{
		{"headers-formats.plain", false, []string{"headers", "--formats"}},
		{"headers-formats.json", false, []string{"headers", "--formats", "--json"}},
		{"headers-formats.styled", true, []string{"headers", "--formats"}},
	} {
		r := execute(t, "", c.tty, nil, c.args...)
		if r.code != 0 || r.stderr != "" {
			t.Errorf("%v: exit %d, stderr %q", c.args, r.code, r.stderr)
		}
		golden(t, c.name, r.stdout)
	}

	in, err := os.ReadFile(filepath.Join("..", "testdata", "headers", "real-paste-email-reply-curl-v.txt"))
	if err != nil {
		t.Fatal(err)
	}
	plain := execute(t, string(in), false, nil, "headers")
	ex := execute(t, string(in), false, nil, "headers", "--explain")
	if ex.stdout != plain.stdout || ex.code != plain.code {
		t.Errorf("--explain changed the answer:\n%s\nwant\n%s", ex.stdout, plain.stdout)
	}
	if hasControl(ex.stderr) {
		t.Errorf("raw control characters in --explain")
	}
	golden(t, "headers-explain.stderr", ex.stderr)
	js := execute(t, string(in), false, nil, "headers", "--explain", "--json")
	validateStderr(t, js.stderr)
	if !strings.Contains(js.stderr, `"event":"counted"`) {
		t.Errorf("--explain --json says nothing counted:\n%s", js.stderr)
	}

	// A JSON document read as HTTP text holds no header line; read as JSON it does.
	doc := `{"mtapistatus": "617020"}`
	if r := execute(t, doc, false, nil, "headers", "--format", "http"); r.code != ExitNotFound {
		t.Errorf("--format http on JSON: exit %d\n%s", r.code, r.stdout)
	}
	if r := execute(t, doc, false, nil, "headers", "--format", "json"); r.code != 0 || !strings.Contains(r.stdout, "617020") {
		t.Errorf("--format json: exit %d\n%s", r.code, r.stdout)
	}
	r := execute(t, doc, false, nil, "headers", "--format", "nope")
	if r.code != ExitUsage || !strings.Contains(r.stderr, `unknown format "nope"`) || !strings.Contains(r.stderr, "--formats") {
		t.Errorf("--format nope: exit %d, stderr %q", r.code, r.stderr)
	}
	comp := execute(t, "", false, nil, "__complete", "headers", "--format", "")
	for _, f := range headers.Formats() {
		if !strings.Contains(comp.stdout, f.Name+"\t"+f.About) {
			t.Errorf("--format completion lacks %s", f.Name)
		}
	}
}
