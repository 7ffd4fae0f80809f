package render

import (
	"bytes"
	"strings"
	"testing"

	"github.com/charmbracelet/lipgloss"

	"github.com/mtapi-cli/mtapi/codes"
	"github.com/mtapi-cli/mtapi/internal/decode"
	"github.com/mtapi-cli/mtapi/internal/search"
)

func TestJSONEscapesTerminalControls(t *testing.T) {
	got := string(jsonValue(map[string]string{"v": "a\x1b[31m\u009b\u202e\x7f\u2028é"}, ""))
	want := `"v": "a\u001b[31m\u009b\u202e\u007f\u2028é"`
	if !strings.Contains(got, want) {
		t.Errorf("jsonValue = %s, want %s", got, want)
	}
}

// A name is never cut silently: it moves to a line of its own, further left if it must, and only a
// name wider than the whole line is broken, with a hyphen (names decode with any separators).
func TestWrapNeverSplitsNamesSilently(t *testing.T) {
	name := "UpdateDateShouldBeAfterPreviousDateAndBeforeNewerDate"
	for _, w := range []int{10, 20, 42, 53, 60} {
		lines := wrap("see "+name+" now", w)
		joined := strings.Join(lines, " ")
		if w >= len(name) && !strings.Contains(joined, name) {
			t.Errorf("width %d split the name: %q", w, lines)
		}
		if got := strings.NewReplacer(" ", "", "-", "").Replace(joined); got != "see"+name+"now" {
			t.Errorf("width %d lost text: %q", w, lines)
		}
		for _, l := range lines {
			if len(l) > w {
				t.Errorf("width %d: line of %d columns: %q", w, len(l), l)
			}
		}
	}
	if got := wrap("see "+name, 42); got[1] != "UpdateDateShouldBeAfterPreviousDateAnd-" {
		t.Errorf("a name wider than the line breaks between its words, marked: %q", got)
	}
	// A file's path breaks after a slash, and is not marked: a hyphen would read as part of it.
	path := `"/tmp/longdirname_for_the_capture_files_of_a_support_ticket_12345/request-capture.txt":`
	for _, w := range []int{30, 50, 70} {
		lines := Hang("mtapi: ", "no response in "+path+" it shows", w)
		joined := strings.Join(lines, "\n")
		if !strings.Contains(strings.ReplaceAll(joined, "\n", ""), path) {
			t.Errorf("width %d: the path does not join back: %q", w, lines)
		}
		for _, l := range lines {
			if len(l) > w {
				t.Errorf("width %d: line of %d columns: %q", w, len(l), l)
			}
		}
	}
	long := `"/var/log/mtapi/captures/2026-12-07/ticket-48213/response-headers.txt":`
	if got := Hang("mtapi: ", "no response in "+long, 50); len(got) != 3 || got[1] != `"/var/log/mtapi/captures/2026-12-07/ticket-48213/` {
		t.Errorf("a path breaks after a slash: %q", got)
	}
	// Under an indent, a name that does not fit starts further left, whole.
	got := Hang("  hint: ", "did you mean "+name+"?", 60)
	if len(got) != 2 || strings.TrimSpace(got[1]) != name+"?" || len(got[1]) > 60 {
		t.Errorf("Hang = %q", got)
	}
	if got := truncate("Countries and Provinces", 10); got != "Countries…" {
		t.Errorf("truncate = %q", got)
	}
	if got := truncate("short", 10); got != "short" {
		t.Errorf("truncate = %q", got)
	}
}

func TestWrap(t *testing.T) {
	text := "The documentation assigns 604004 to 2 names (CreatingArtifactFailed, RetrievingArtifactFailed) in the same revision."
	for _, l := range wrap(text, 40) {
		if len(l) > 40 && !strings.Contains(l, "RetrievingArtifactFailed)") {
			t.Errorf("line of %d columns: %q", len(l), l)
		}
	}
	if got := strings.Join(wrap(text, 40), " "); got != text {
		t.Errorf("wrap lost words: %q", got)
	}
}

// Nothing a person sees runs past the window's edge, at any width from 20 columns.
func TestStyledFitsEveryWidth(t *testing.T) {
	cat := codes.Default()
	inputs := []string{"617020", "604004", "601000", "620000", "617003", "4041012", "61702", "updatedateshoudbeafter",
		"UpdateDateShouldBeAfterPreviousDateAndBeforeNewerDate", "404", "-1", "\x1b[31m" + strings.Repeat("x", 90)}
	for width := 20; width <= 130; width += 3 {
		for _, verbose := range []bool{false, true} {
			var b bytes.Buffer
			p := New(&b, Options{Format: Styled, Width: width, Verbose: verbose})
			p.Ranges(cat.Ranges())
			p.BeginList()
			for _, in := range inputs {
				p.Result(decode.Resolve(cat, escapeFree(in)))
			}
			p.EndList()
			p.Matches(search.Search(cat, "failed", search.Options{}), 0)
			p.Matches(search.Search(cat, "date", search.Options{}), 0)
			if err := p.Flush(); err != nil {
				t.Fatal(err)
			}
			for i, l := range strings.Split(b.String(), "\n") {
				if w := lipgloss.Width(l); w > width {
					t.Fatalf("width %d (verbose %v): line %d is %d wide: %q", width, verbose, i+1, w, l)
				}
			}
		}
	}
}

// escapeFree keeps test inputs printable; the escaping itself is tested in internal/escape.
func escapeFree(s string) string { return strings.ReplaceAll(s, "\x1b", "") }
