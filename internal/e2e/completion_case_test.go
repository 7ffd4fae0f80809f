package e2e

// Completion in any case, proven in the real shells with their default settings: bash without
// completion-ignore-case, zsh without a matcher-list, fish. Candidates come back as printed
// (UpdateDateCannotBeInFuture, "Not Found"); mtapi's scripts match the typed prefix ignoring case,
// and the shell replaces the word with the candidate.

import (
	"strings"
	"testing"
)

func TestCompletionBashLowerCase(t *testing.T) {
	// Bash's readline default: completion-ignore-case off. The unique candidate is the real name.
	one := bashComplete(t, []string{"mtapi", "decode", "updatedatecannot"}, false)
	if strings.TrimSpace(one) != "UpdateDateCannotBeInFuture" {
		t.Errorf("updatedatecannot completed to %q, want UpdateDateCannotBeInFuture", one)
	}
	for _, word := range []string{"upd", "updatedate", "UPDATEDATE"} {
		many := bashComplete(t, []string{"mtapi", "decode", word}, true)
		for _, want := range []string{"UpdateDateCannotBeInFuture", "UpdateDateShouldBeAfterPreviousDate", "617020"} {
			if !strings.Contains(many, want) {
				t.Errorf("%s<TAB><TAB> lacks %q:\n%s", word, want, many)
			}
		}
	}
	// The shorthand completes codes.
	wantCandidates(t, bashComplete(t, []string{"mtapi", "6170"}, true))
	// Superseded names say so.
	if got := bashComplete(t, []string{"mtapi", "decode", "artifact"}, true); !strings.Contains(got, "ARTIFACT_NOT_FOUND") || !strings.Contains(got, "superseded") {
		t.Errorf("artifact<TAB><TAB> does not mark the superseded name:\n%s", got)
	}
}

func TestCompletionBashController(t *testing.T) {
	for _, words := range [][]string{{"mtapi", "search", "--controller", "not"}, {"mtapi", "ranges", "not"}} {
		if got := bashComplete(t, words, true); !strings.Contains(got, "Not Found") || !strings.Contains(got, "Notices") {
			t.Errorf("%q<TAB><TAB> does not offer Not Found and Notices:\n%s", words, got)
		}
	}
	// A unique candidate is inserted quoted for the shell.
	if got := bashComplete(t, []string{"mtapi", "search", "--controller", `not\ f`}, false); strings.TrimSpace(got) != `Not\ Found` {
		t.Errorf(`--controller not\ f<TAB> gave %q, want Not\ Found`, got)
	}
	// A comma list goes on with its next value.
	if got := bashComplete(t, []string{"mtapi", "search", "--state", "current,"}, false); !strings.Contains(got, "current,duplicate") || strings.Contains(got, "current,current") {
		t.Errorf("--state current,<TAB> gave:\n%s", got)
	}
}

func TestCompletionZshLowerCase(t *testing.T) {
	// zsh -f: no matcher-list; the script's matcher ignores case and the word becomes the name.
	out := screen(zshTab(t, "mtapi decode updatedatecannot", "BeInFuture"))
	if !strings.Contains(out, "mtapi decode UpdateDateCannotBeInFuture") {
		t.Errorf("zsh did not complete updatedatecannot:\n%q", out)
	}
	wantCandidates(t, zshTab(t, "mtapi 6170", "617029"))
}

func TestCompletionZshController(t *testing.T) {
	out := screen(zshTab(t, `mtapi search --controller not\ f`, `Found`))
	if !strings.Contains(out, `--controller Not\ Found`) {
		t.Errorf(`zsh did not complete --controller not\ f to Not\ Found:`+"\n%q", out)
	}
	// The first TAB inserts what the candidates share (Not), the second lists them.
	out = zshTab(t, "mtapi ranges not\t", "Notices")
	if !strings.Contains(screen(out), "mtapi ranges Not") || !strings.Contains(out, "Not Found") || !strings.Contains(out, "Notices") {
		t.Errorf("zsh did not offer Not Found and Notices for ranges not:\n%q", out)
	}
	out = zshTab(t, "mtapi search --state current,", "current,duplicate")
	if !strings.Contains(out, "current,duplicate") {
		t.Errorf("zsh did not go on with --state current,:\n%q", out)
	}
}

func TestCompletionFishLowerCase(t *testing.T) {
	sh := requireTool(t, "fish", "fish")
	complete := func(line string) string {
		return runShell(t, sh, "--no-config", "-c", `source completions/mtapi.fish; complete -C `+shellQuote([]string{line}))
	}
	if out := complete("mtapi decode upd"); !strings.Contains(out, "UpdateDateCannotBeInFuture\t617020") {
		t.Errorf("fish did not complete upd:\n%s", out)
	}
	wantCandidates(t, complete("mtapi 6170"))
	if out := complete("mtapi search --controller not"); !strings.Contains(out, "Not Found\t") {
		t.Errorf("fish did not offer Not Found:\n%s", out)
	}
	if out := complete("mtapi search --state current,"); !strings.Contains(out, "current,duplicate") {
		t.Errorf("fish did not go on with --state current,:\n%s", out)
	}
}

// screen replays what zsh wrote to the terminal, as far as line editing goes (carriage return,
// backspace, cursor right and left, erase), so that a word zsh rewrote in place (upd → Upd…) reads
// as the person sees it. Other escape sequences are dropped.
func screen(out string) string {
	var lines []string
	var line []rune
	col := 0
	put := func(r rune) {
		for len(line) <= col {
			line = append(line, ' ')
		}
		line[col] = r
		col++
	}
	rs := []rune(out)
	for i := 0; i < len(rs); i++ {
		switch r := rs[i]; {
		case r == '\n':
			lines = append(lines, string(line))
			line, col = nil, 0
		case r == '\r':
			col = 0
		case r == '\b':
			col = max(col-1, 0)
		case r == 0x1b && i+1 < len(rs) && rs[i+1] == '[':
			j, n := i+2, 0
			for j < len(rs) && (rs[j] >= '0' && rs[j] <= '9' || rs[j] == ';' || rs[j] == '?') {
				if rs[j] >= '0' && rs[j] <= '9' {
					n = n*10 + int(rs[j]-'0')
				}
				j++
			}
			if j < len(rs) {
				switch rs[j] {
				case 'C':
					col += max(n, 1)
				case 'D':
					col = max(col-max(n, 1), 0)
				case 'K', 'J':
					if col < len(line) {
						line = line[:col]
					}
				}
			}
			i = j
		case r < ' ' || r == 0x7f:
		default:
			put(r)
		}
	}
	return strings.Join(append(lines, string(line)), "\n")
}
