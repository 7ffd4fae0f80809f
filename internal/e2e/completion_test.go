package e2e

// Completion proven in real shells: each test loads the committed script from completions/ and asks
// the shell to complete against the built binary.

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"
)

// runShell runs a shell in the module's directory with the binary first on PATH.
func runShell(t *testing.T, sh string, args ...string) string {
	t.Helper()
	c := exec.Command(sh, args...)
	c.Dir = root()
	c.Env = append(os.Environ(), "PATH="+filepath.Dir(mtapiBinary(t))+string(os.PathListSeparator)+os.Getenv("PATH"), "HOME="+t.TempDir())
	out, err := c.CombinedOutput()
	if err != nil {
		t.Logf("%s: %v", sh, err)
	}
	return string(out)
}

var codeRE = regexp.MustCompile(`6170[0-9][0-9]`)

func wantCandidates(t *testing.T, out string) {
	t.Helper()
	got := map[string]bool{}
	for _, m := range codeRE.FindAllString(out, -1) {
		got[m] = true
	}
	if len(got) != 29 {
		t.Fatalf("completed %d distinct 6170xx codes, want 29 (617001-617029):\n%s", len(got), out)
	}
	if !strings.Contains(out, "UpdateDateCannotBeInFuture") {
		t.Errorf("descriptions missing:\n%s", out)
	}
}

// bashComplete asks bash (with bash-completion and the committed script) for the candidates of a
// command line whose last word is being completed; listing says whether it is the second TAB
// (COMP_TYPE=63), when cobra adds descriptions.
func bashComplete(t *testing.T, words []string, listing bool) string {
	t.Helper()
	sh := requireTool(t, "bash", "bash")
	if _, err := os.Stat("/usr/share/bash-completion/bash_completion"); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("bash-completion is not installed; .ci/run installs it")
		}
		t.Skip("bash-completion is not installed")
	}
	compType := ""
	if listing {
		compType = "COMP_TYPE=63; COLUMNS=160"
	}
	line := strings.Join(words, " ")
	cur, prev := words[len(words)-1], words[len(words)-2]
	return runShell(t, sh, "-c", `
source /usr/share/bash-completion/bash_completion
source completions/mtapi.bash
COMP_LINE=`+shellQuote([]string{line})+`; COMP_POINT=${#COMP_LINE}
COMP_WORDS=(`+shellQuote(words)+`); COMP_CWORD=`+itoa(len(words)-1)+`; `+compType+`
__start_mtapi mtapi `+shellQuote([]string{cur, prev})+` 2>/dev/null
printf '%s\n' "${COMPREPLY[@]}"`)
}

func itoa(n int) string { return strconv.Itoa(n) }

func TestCompletionBash(t *testing.T) {
	wantCandidates(t, bashComplete(t, []string{"mtapi", "decode", "6170"}, true))
	// A unique candidate comes back bare, ready to insert.
	if one := bashComplete(t, []string{"mtapi", "decode", "61702"}, false); !strings.Contains(one, "617020") {
		t.Errorf("61702 did not complete to 617020: %q", one)
	}
}

func TestCompletionFish(t *testing.T) {
	sh := requireTool(t, "fish", "fish")
	out := runShell(t, sh, "--no-config", "-c", `source completions/mtapi.fish; complete -C "mtapi decode 6170"`)
	wantCandidates(t, out)
	names := runShell(t, sh, "--no-config", "-c", `source completions/mtapi.fish; complete -C "mtapi decode UpdateDate"`)
	if !strings.Contains(names, "UpdateDateCannotBeInFuture\t617020") {
		t.Errorf("names did not complete with their codes:\n%s", names)
	}
}

// zshTab drives an interactive zsh on a pseudo-terminal (zsh/zpty) as a person would: the typed
// words, then TAB; it returns what the terminal showed once until appears (or after 10 s).
func zshTab(t *testing.T, typed, until string) string {
	t.Helper()
	sh := requireTool(t, "zsh", "zsh")
	script := `
zmodload zsh/zpty
zpty z zsh -f -i
zpty -w z 'PS1="READY> "; autoload -Uz compinit; compinit -u -d "$HOME/.zcompdump"; source ` + filepath.Join(root(), "completions", "mtapi.zsh") + `; compdef _mtapi mtapi'
# Wait for the prompt that follows the setup line before typing.
setup=""
for i in {1..100}; do
  sleep 0.1
  while zpty -r -t z line; do setup+=$line; done
  [[ $setup == *$'\n'*READY\>* ]] && break
done
zpty -w -n z ` + shellQuote([]string{typed}) + `$'\t'
out=""
for i in {1..100}; do
  sleep 0.1
  while zpty -r -t z line; do out+=$line; done
  [[ $out == *` + shellQuote([]string{until}) + `* ]] && break
done
print -r -- "$out"
zpty -d z
`
	start := time.Now()
	out := runShell(t, sh, "-f", "-c", script)
	t.Logf("zsh answered in %v", time.Since(start))
	return out
}

func TestCompletionZsh(t *testing.T) {
	wantCandidates(t, zshTab(t, "mtapi decode 6170", "617029"))
}

// Completion must stay instant.
func BenchmarkCompleteDecode(b *testing.B) {
	bin := mtapiBinary(b)
	for b.Loop() {
		if err := exec.Command(bin, "__complete", "decode", "6").Run(); err != nil {
			b.Fatal(err)
		}
	}
}
