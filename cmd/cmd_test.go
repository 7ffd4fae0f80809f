package cmd

import (
	"bytes"
	"flag"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"github.com/mtapi-cli/mtapi/internal/term"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

type run struct {
	stdout, stderr string
	code           int
}

// execute runs mtapi in-process. tty pretends stdout is a terminal; env holds environment variables.
func execute(t *testing.T, stdin string, tty bool, env map[string]string, args ...string) run {
	t.Helper()
	var out, errb bytes.Buffer
	e := Env{
		Stdin:  strings.NewReader(stdin),
		Stdout: &out,
		Stderr: &errb,
		Getenv: func(k string) string { return env[k] },
		// stdout and stderr are a terminal when tty says so; stdin is one when the test gives no input.
		Term:  term.Facts{StdinTTY: stdin == "", StdoutTTY: tty, StderrTTY: tty},
		Build: BuildInfo{Version: "1.2.3", Commit: "abc1234", Date: "2026-11-25T00:00:00Z"},
	}
	code := Main(args, e)
	return run{out.String(), errb.String(), code}
}

func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("..", "testdata", "golden", name)
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run 'go test ./cmd -update' to create it)", err)
	}
	if got != string(want) {
		t.Errorf("%s differs from the golden file (run 'go test ./cmd -update' if the change is intended)\n--- got ---\n%s\n--- want ---\n%s", name, got, want)
	}
}

// The awkward cases of the reference README, one per family.
var decodeInputs = []string{"617020", "601000", "604004", "620004", "62000", "620000", "617003", "607000", "619000",
	"4000", "618003", "4041001", "4041012", "4040500", "-1", "404", "299", "605000", "0", "InvalidUserId",
	"update_date_cannot_be_in_future", "UpdateDateCannotBeInFutur"}

func TestDecodeGolden(t *testing.T) {
	for _, tc := range []struct {
		name string
		tty  bool
		env  map[string]string
		args []string
	}{
		{"decode.plain", false, nil, nil},
		{"decode.styled", true, nil, nil},
		{"decode.nocolor", true, map[string]string{"NO_COLOR": "1"}, nil},
		{"decode.json", false, nil, []string{"--json"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := execute(t, "", tc.tty, tc.env, append(append([]string{"decode"}, tc.args...), decodeInputs...)...)
			if r.code != ExitNotFound {
				t.Errorf("exit %d, want 1 (some inputs are unknown)", r.code)
			}
			golden(t, tc.name, r.stdout)
			golden(t, tc.name+".stderr", r.stderr)
		})
	}
}

func TestRangesGolden(t *testing.T) {
	for _, tc := range []struct {
		name string
		tty  bool
		args []string
	}{
		{"ranges.plain", false, nil},
		{"ranges.styled", true, nil},
		{"ranges.json", false, []string{"--json"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := execute(t, "", tc.tty, nil, append([]string{"ranges"}, tc.args...)...)
			if r.code != 0 {
				t.Fatalf("exit %d: %s", r.code, r.stderr)
			}
			golden(t, tc.name, r.stdout)
		})
	}
}

func TestDecodeExitCodes(t *testing.T) {
	tests := []struct {
		stdin string
		args  []string
		code  int
		out   string // substring of stdout
		err   string // substring of stderr
	}{
		{"", []string{"decode", "617020"}, 0, "UpdateDateCannotBeInFuture", ""},
		{"", []string{"decode", "-1"}, 0, "notset", ""},
		{"", []string{"decode", "-1,617020"}, 0, "UpdateDateCannotBeInFuture", ""},
		{"", []string{"decode", "--json", "-1"}, 0, `"kind": "notset"`, ""},
		{"", []string{"decode", "-1", "--json"}, 0, `"kind": "notset"`, ""},
		{"", []string{"decode", "--color", "never", "-1"}, 0, "NotSet", ""},
		{"", []string{"decode", "404", "200"}, 0, "Not Found", ""},
		{"", []string{"decode", "617020", "618003"}, 1, "UpdateDateCannotBeInFuture", ""},
		{"", []string{"decode", "nosuchname"}, 1, "unknown", "no code is named"},
		{"", []string{"decode", "UpdateDateCannotBeInFutur"}, 1, "", "did you mean UpdateDateCannotBeInFuture"},
		{"", []string{"decode"}, 2, "", "mtapi: decode needs a code"},
		{"", []string{"decode", "--color", "rainbow", "1"}, 2, "", "--color must be"},
		{"", []string{"decode", "--bogus"}, 2, "", "mtapi: unknown flag: --bogus"},
		{"", []string{"frobnicate"}, 1, "", `mtapi: no code is named "frobnicate"`},
		{"", []string{"serch"}, 2, "", `mtapi: unknown command "serch"`},
		{"", []string{"decod", "617020"}, 2, "", "did you mean 'mtapi decode'?"},
		{"", []string{"617020"}, 0, "UpdateDateCannotBeInFuture", ""},
		{"", []string{"updatedatecannotbeinfuture"}, 0, "617020", ""},
		{"", []string{"617020", "bogus"}, 1, "", `no code is named "bogus"`},
		// Punctuation is not a command's shape: the arguments are text, never an unknown command.
		{"", []string{"617020", "b@gus"}, 0, "UpdateDateCannotBeInFuture", "passed over"},
		{"", []string{"completion", "nope"}, 2, "", `mtapi: completion knows no shell "nope"`},
		{"", []string{"completion"}, 2, "", "mtapi: completion needs a shell"},
		{"", []string{"help", "bogus"}, 2, "", `mtapi: no help for "bogus"`},
		{"", []string{"catalogue", "import"}, 2, "", "mtapi: catalogue import needs FILE...\n  hint: run 'mtapi catalogue import --help'"},
		{"", []string{"catalogue", "chek"}, 2, "", "did you mean 'mtapi catalogue check'?"},
		{"", []string{"version", "extra"}, 2, "", "hint: run 'mtapi version --help'"},
		{"", []string{"decode", "-v", "617020"}, 2, "", "did you mean --verbose"},
		{"", []string{"ranges", "--verbose"}, 2, "", "unknown flag: --verbose"},
		{"", []string{"-1,617020", "404"}, 0, "Not Found", ""},
		{"617020\n", []string{"decode"}, 0, "UpdateDateCannotBeInFuture", ""},
		{"617020\n901002, -1\n", []string{"decode", "-"}, 0, "ArgumentError", ""},
		{"mtapistatus: 617020\n", []string{"decode", "-"}, 0, "UpdateDateCannotBeInFuture", ""},
		{"", []string{"decode", "-"}, 2, "", "nothing to decode"},
		{"\x1b]0;x\x07", []string{"decode", "-"}, 1, "", "no code or message found in standard input"},
		{"", []string{"decode", "mtapistatus: 617020"}, 0, "UpdateDateCannotBeInFuture", ""},
		{"", []string{"ranges", "617020"}, 0, "Service Requests", ""},
		{"", []string{"ranges", "notices"}, 0, "Notices", ""},
		{"", []string{"ranges", "605000"}, 1, "", "no documented range holds 605000"},
		{"", []string{"ranges", "nothing-like-this"}, 1, "", "no range matches"},
		{"", []string{"ranges", "-1"}, 0, "NotSet", ""},
		{"", []string{"ranges", "617xxx"}, 0, "Service Requests", ""},
		{"", []string{"ranges", "4041*"}, 0, "Not Found", ""},
		{"", []string{"ranges", "607xxx"}, 1, "", "no documented range holds 607xxx"},
		{"", []string{"decode", "notset"}, 0, "NotSet", ""},
		{"", []string{"version"}, 0, "catalogue: embedded, 173 entries, newest revision r25", ""},
		{"", []string{"--version"}, 0, "mtapi 1.2.3", ""},
		{"", []string{"version", "--json"}, 0, `"newest_revision": "r25"`, ""},
	}
	for _, tt := range tests {
		r := execute(t, tt.stdin, false, nil, tt.args...)
		if r.code != tt.code || !strings.Contains(r.stdout, tt.out) || !strings.Contains(r.stderr, tt.err) {
			t.Errorf("mtapi %q < %q: exit %d, stdout %q, stderr %q; want exit %d, stdout with %q, stderr with %q",
				tt.args, tt.stdin, r.code, r.stdout, r.stderr, tt.code, tt.out, tt.err)
		}
		if tt.code == ExitUsage && !strings.Contains(r.stderr, "hint:") {
			t.Errorf("mtapi %q: usage error without a hint: %q", tt.args, r.stderr)
		}
		for _, s := range []string{r.stdout, r.stderr} {
			if hasControl(s) {
				t.Errorf("mtapi %q: raw control characters in output %q", tt.args, s)
			}
		}
	}
}

func TestColorChoice(t *testing.T) {
	const esc = "\x1b["
	tests := []struct {
		name      string
		tty       bool
		env       map[string]string
		args      []string
		wantColor bool
		wantTSV   bool
	}{
		{"pipe", false, nil, nil, false, true},
		{"tty", true, nil, nil, true, false},
		{"tty NO_COLOR", true, map[string]string{"NO_COLOR": "1"}, nil, false, false},
		{"pipe CLICOLOR_FORCE", false, map[string]string{"CLICOLOR_FORCE": "1"}, nil, true, false},
		{"pipe CLICOLOR_FORCE=0", false, map[string]string{"CLICOLOR_FORCE": "0"}, nil, false, true},
		{"tty --color never", true, nil, []string{"--color", "never"}, false, false},
		{"pipe --color always", false, nil, []string{"--color=always"}, true, false},
		{"--color always beats NO_COLOR", false, map[string]string{"NO_COLOR": "1"}, []string{"--color=always"}, true, false},
		{"tty --json", true, nil, []string{"--json"}, false, false},
	}
	for _, tt := range tests {
		r := execute(t, "", tt.tty, tt.env, append([]string{"decode", "617020"}, tt.args...)...)
		if got := strings.Contains(r.stdout, esc); got != tt.wantColor {
			t.Errorf("%s: colour %v, want %v: %q", tt.name, got, tt.wantColor, r.stdout)
		}
		if got := strings.HasPrefix(r.stdout, "617020\t"); got != tt.wantTSV {
			t.Errorf("%s: TSV %v, want %v: %q", tt.name, got, tt.wantTSV, r.stdout)
		}
	}
}

// hasControl reports raw control or format characters other than newline and tab.
func hasControl(s string) bool {
	for _, r := range s {
		if r == '\n' || r == '\t' {
			continue
		}
		if unicode.Is(unicode.Cc, r) || unicode.Is(unicode.Cf, r) {
			return true
		}
	}
	return false
}

// BenchmarkMainDecode is the in-process part of `mtapi decode 617020`: building the command tree,
// parsing flags, the first catalogue lookup (after the first iteration, a cached one) and rendering.
func BenchmarkMainDecode(b *testing.B) {
	env := Env{Stdin: strings.NewReader(""), Stdout: io.Discard, Stderr: io.Discard, Getenv: func(string) string { return "" }}
	for b.Loop() {
		if code := Main([]string{"decode", "617020"}, env); code != 0 {
			b.Fatal(code)
		}
	}
}

// BenchmarkDecodeStream is `mtapi decode -` over a piped list of codes (scripts/bench.sh runs the
// same over a million against awk): each distinct code is resolved and formatted once.
func BenchmarkDecodeStream(b *testing.B) {
	var in strings.Builder
	list := []string{"617020", "901002", "-1", "4041001", "601000", "618010", "999999", "404"}
	for i := 0; i < 100_000; i++ {
		in.WriteString(list[i%len(list)])
		in.WriteByte('\n')
	}
	data := in.String()
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		env := Env{Stdin: strings.NewReader(data), Stdout: io.Discard, Stderr: io.Discard, Getenv: func(string) string { return "" }}
		Main([]string{"decode", "-"}, env)
	}
}
