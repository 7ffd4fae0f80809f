package e2e

// Completion in any case, proven in the real shells with their default settings: bash without
// completion-ignore-case, zsh without a matcher-list, fish. Names decode in any case, so candidates
// come back in the case the person typed.

import (
	"strings"
	"testing"
)

func TestCompletionBashLowerCase(t *testing.T) {
	// Bash's readline default: completion-ignore-case off. The unique candidate is inserted as typed.
	one := bashComplete(t, []string{"mtapi", "decode", "updatedatecannot"}, false)
	if strings.TrimSpace(one) != "updatedatecannotBeInFuture" {
		t.Errorf("updatedatecannot completed to %q, want updatedatecannotBeInFuture", one)
	}
	many := bashComplete(t, []string{"mtapi", "decode", "updatedate"}, true)
	for _, want := range []string{"updatedateCannotBeInFuture", "updatedateShouldBeAfterPreviousDate", "617020"} {
		if !strings.Contains(many, want) {
			t.Errorf("updatedate<TAB><TAB> lacks %q:\n%s", want, many)
		}
	}
	// The shorthand completes codes.
	wantCandidates(t, bashComplete(t, []string{"mtapi", "6170"}, true))
	// Superseded names say so.
	if got := bashComplete(t, []string{"mtapi", "decode", "artifact"}, true); !strings.Contains(got, "artifact_NOT_FOUND") || !strings.Contains(got, "superseded") {
		t.Errorf("artifact<TAB><TAB> does not mark the superseded name:\n%s", got)
	}
}

func TestCompletionZshLowerCase(t *testing.T) {
	// zsh -f: no matcher-list, so matching is case-sensitive; the word is completed in place.
	out := zshTab(t, "mtapi decode updatedatecannot", "updatedatecannotBeInFuture")
	if !strings.Contains(out, "updatedatecannotBeInFuture") {
		t.Errorf("zsh did not complete updatedatecannot:\n%q", out)
	}
	wantCandidates(t, zshTab(t, "mtapi 6170", "617029"))
}

func TestCompletionFishLowerCase(t *testing.T) {
	sh := requireTool(t, "fish", "fish")
	out := runShell(t, sh, "--no-config", "-c", `source completions/mtapi.fish; complete -C "mtapi decode updatedate"`)
	if !strings.Contains(out, "updatedateCannotBeInFuture\t617020") {
		t.Errorf("fish did not complete updatedate:\n%s", out)
	}
	wantCandidates(t, runShell(t, sh, "--no-config", "-c", `source completions/mtapi.fish; complete -C "mtapi 6170"`))
}
