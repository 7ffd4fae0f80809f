package e2e

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode"

	"github.com/charmbracelet/lipgloss"
)

// A case is one run of the binary. Piped cases get pipes on every stream; terminal cases run on a
// pseudo-terminal of the given width with COLUMNS unset.
type testCase struct {
	name     string
	args     []string
	stdin    string
	env      []string
	terminal bool
	width    int
	// contains replaces the golden comparison for output that varies between machines (the Go
	// version in `mtapi --version`).
	contains string
}

func utf16Response() string {
	b := []byte{0xff, 0xfe}
	for _, r := range "HTTP/1.1 400 Bad Request\r\nmtapistatus: 617020\r\n\r\n" {
		b = append(b, byte(r), 0)
	}
	return string(b)
}

var cases = []testCase{
	// Decoding through pipes.
	{name: "decode-one", args: []string{"decode", "617020"}},
	{name: "decode-notset-argument", args: []string{"decode", "-1"}},
	{name: "decode-stdin", args: []string{"decode", "-"}, stdin: "617020\n4041001,-1\n"},
	{name: "decode-empty-stdin", args: []string{"decode", "-"}},
	{name: "decode-whitespace-stdin", args: []string{"decode", "-"}, stdin: " \n\t\r\n"},
	{name: "decode-unknown", args: []string{"decode", "617020", "999999"}},
	{name: "decode-no-arguments", args: []string{"decode"}, terminal: true, width: 80},
	{name: "decode-no-color-piped", args: []string{"decode", "617020"}, env: []string{"NO_COLOR=1"}},
	{name: "decode-forced-colour", args: []string{"decode", "617020"}, env: []string{"CLICOLOR_FORCE=1"}},
	{name: "decode-color-always-beats-no-color", args: []string{"decode", "--color=always", "617020"}, env: []string{"NO_COLOR=1"}},
	{name: "decode-json", args: []string{"decode", "--json", "617020"}},
	{name: "version", args: []string{"--version"}, contains: "catalogue: embedded, 173 entries"},

	// Hostile and odd input.
	{name: "headers-empty", args: []string{"headers"}},
	{name: "headers-whitespace-only", args: []string{"headers"}, stdin: " \n\t \r\n"},
	{name: "headers-binary-garbage", args: []string{"headers"}, stdin: "\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x02\x00>\x00"},
	{name: "headers-1mb-line", args: []string{"headers"}, stdin: "HTTP/1.1 200 OK\nX-Long: " + strings.Repeat("x", 1<<20) + "\nmtapistatus: 617020\n\n"},
	{name: "headers-invalid-utf8", args: []string{"headers"}, stdin: "HTTP/1.1 200 OK\nmtapistatus: 617020,\xff\xfe\xc3\n\n"},
	{name: "headers-utf16-bom", args: []string{"headers"}, stdin: utf16Response()},
	{name: "headers-json-trailing-garbage", args: []string{"headers"}, stdin: `{"mtapistatus": "617020"} }}]] garbage {`},
	{name: "headers-overflow", args: []string{"headers"}, stdin: "mtapistatus: 99999999999999999999999999999\n"},
	{name: "headers-negative-overflow", args: []string{"headers"}, stdin: "mtapistatus: -99999999999999999999999999999\n"},
	{name: "headers-ansi-osc-values", args: []string{"headers"}, stdin: "HTTP/1.1 200 OK\nmtapistatus: abc\x1b[2J\x1b]0;pwned\x07def, \x9b31m\n\n"},
	{name: "decode-escapes-stdin", args: []string{"decode", "-"}, stdin: "\x1b]0;pwned\x07 \x1b[31m"},
	{name: "decode-escapes-argument", args: []string{"decode", "\x1b[2Jfoo"}},
	{name: "decode-bidi-override", args: []string{"decode", "617\u202e020"}},
	{name: "headers-escapes-in-file-name", args: []string{"headers", "/nonexistent/\x1b]0;x\x07"}},

	// What a person sees at a terminal, at three widths.
	{name: "term-decode-50", args: []string{"decode", "617020", "604004"}, terminal: true, width: 50},
	{name: "term-decode-80", args: []string{"decode", "617020", "604004"}, terminal: true, width: 80},
	{name: "term-decode-120", args: []string{"decode", "617020", "604004"}, terminal: true, width: 120},
	{name: "term-decode-no-color", args: []string{"decode", "617020"}, terminal: true, width: 80, env: []string{"NO_COLOR=1"}},
	{name: "term-ranges-50", args: []string{"ranges"}, terminal: true, width: 50},
	{name: "term-ranges-120", args: []string{"ranges"}, terminal: true, width: 120},
	{name: "term-search-50", args: []string{"search", "future"}, terminal: true, width: 50},
	{name: "term-search-120", args: []string{"search", "future"}, terminal: true, width: 120},
	{name: "term-help-50", args: []string{"--help"}, terminal: true, width: 50},
	{name: "term-help-120", args: []string{"--help"}, terminal: true, width: 120},
	{name: "term-decode-help-50", args: []string{"decode", "--help"}, terminal: true, width: 50},
	{name: "term-decode-awkward-50", args: []string{"decode", "601000", "620000", "617003", "4041012"}, terminal: true, width: 50},
	{name: "term-decode-verbose-80", args: []string{"decode", "--verbose", "617020", "601000"}, terminal: true, width: 80},
	{name: "term-decode-unknown-once-80", args: []string{"decode", "updatedateshoudbeafter", "61702"}, terminal: true, width: 80},
	{name: "term-decode-long-name-50", args: []string{"UpdateDateShouldBeAfterPreviousDateAndBeforeNewerDate"}, terminal: true, width: 50},
	{name: "term-ranges-80", args: []string{"ranges"}, terminal: true, width: 80},
	{name: "term-search-failed-80", args: []string{"search", "failed"}, terminal: true, width: 80},
	{name: "term-search-help-80", args: []string{"search", "--help"}, terminal: true, width: 80},
	{name: "term-help-80", args: []string{"--help"}, terminal: true, width: 80},
	{name: "term-headers-50", args: []string{"headers", "../../testdata/headers/real-curl-L.txt"}, terminal: true, width: 50},

	// Forgiving input: responses piped into mtapi and mtapi decode, punctuation, near misses, order.
	{name: "pipe-response-into-mtapi", stdin: testdata("headers/real-curl-i.txt")},
	{name: "pipe-response-into-decode", args: []string{"decode"}, stdin: testdata("headers/real-curl-i.txt")},
	{name: "pipe-verbose-response-into-decode", args: []string{"decode", "-"}, stdin: testdata("headers/real-curl-v.txt")},
	{name: "pipe-wget-into-mtapi", stdin: testdata("headers/real-wget-S.txt")},
	{name: "pipe-header-json-into-decode", args: []string{"decode"}, stdin: testdata("headers/made-mtapi-doc.json")},
	{name: "pipe-no-mtapistatus-into-decode", args: []string{"decode"}, stdin: "HTTP/1.1 200 OK\nContent-Type: text/plain\n\nhello 617020\n"},
	{name: "pipe-codes-into-mtapi", stdin: "617020 -1\n"},
	{name: "decode-trailing-punctuation", args: []string{"decode", "617020.", "617020;", "(617020)"}},
	{name: "decode-near-miss-number", args: []string{"decode", "61702"}},
	{name: "decode-partial-typo", args: []string{"decode", "updatedateshoudbeafter"}},
	{name: "shorthand-wrong-order", args: []string{"617020", "decode"}},
	{name: "unknown-flag-suggestion", args: []string{"decode", "--jsn", "617020"}},
	{name: "search-limit-help", args: []string{"search", "--help"}},
}

// testdata returns a file under the module's testdata directory, for piping into a case.
func testdata(name string) string {
	b, err := os.ReadFile(filepath.Join(root(), "testdata", name))
	if err != nil {
		panic(err) // a missing fixture is a broken checkout
	}
	return string(b)
}

func TestCases(t *testing.T) {
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var r result
			if tc.terminal {
				r = runTerminal(t, tc.width, tc.env, tc.args...)
			} else {
				r = run(t, tc.stdin, tc.env, tc.args...)
			}
			if tc.contains != "" {
				if r.code != 0 || !strings.Contains(r.stdout, tc.contains) {
					t.Errorf("exit %d, stdout %q; want 0 and %q", r.code, r.stdout, tc.contains)
				}
			} else {
				golden(t, tc.name, r.transcript())
			}
			coloured := tc.terminal || hasEnv(tc.env, "CLICOLOR_FORCE=1") || contains(tc.args, "--color=always")
			if rawControls(r.stdout, coloured) || rawControls(r.stderr, false) {
				t.Errorf("raw control characters reached the output: %.300q %.300q", r.stdout, r.stderr)
			}
			if tc.terminal {
				for i, line := range strings.Split(r.stdout, "\n") {
					if w := lipgloss.Width(line); w > tc.width {
						t.Errorf("line %d is %d columns wide in a %d-column terminal: %q", i+1, w, tc.width, line)
					}
				}
			}
		})
	}
}

// TestStyledNeverLetsControlsThrough runs every piped case again with colour forced: only colour
// sequences may appear on stdout, nothing raw on stderr.
func TestStyledNeverLetsControlsThrough(t *testing.T) {
	for _, tc := range cases {
		if tc.terminal {
			continue
		}
		r := run(t, tc.stdin, append([]string{"CLICOLOR_FORCE=1"}, tc.env...), tc.args...)
		if rawControls(r.stdout, true) || rawControls(r.stderr, false) {
			t.Errorf("%s: styled output let a control sequence through: %.300q %.300q", tc.name, r.stdout, r.stderr)
		}
	}
}

func hasEnv(env []string, kv string) bool { return contains(env, kv) }

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

var sgr = regexp.MustCompile(`\x1b\[[0-9;]*m`)

// rawControls reports control or format characters other than newline and tab; with sgr, colour
// sequences (ESC [ … m) are allowed and nothing else.
func rawControls(s string, allowSGR bool) bool {
	if allowSGR {
		s = sgr.ReplaceAllString(s, "")
	}
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
