package render

import (
	"strings"
	"testing"
)

func TestJSONEscapesTerminalControls(t *testing.T) {
	got := string(jsonValue(map[string]string{"v": "a\x1b[31m\u009b\u202e\x7f\u2028é"}, ""))
	want := `"v": "a\u001b[31m\u009b\u202e\u007f\u2028é"`
	if !strings.Contains(got, want) {
		t.Errorf("jsonValue = %s, want %s", got, want)
	}
}

func TestWrapCutsLongWords(t *testing.T) {
	name := "UpdateDateShouldBeAfterPreviousDateAndBeforeNewerDate"
	for _, w := range []int{10, 20, 42} {
		lines := wrap("see "+name+" now", w)
		if got := strings.ReplaceAll(strings.Join(lines, ""), " ", ""); got != "see"+name+"now" {
			t.Errorf("width %d lost text: %q", w, lines)
		}
		for _, l := range lines {
			if len(l) > w {
				t.Errorf("width %d: line of %d columns: %q", w, len(l), l)
			}
		}
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
