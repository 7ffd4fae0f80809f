package main

// Completion proven in real shells: each test loads the committed script from completions/ and
// asks the shell to complete `mtapi decode 6170` against the built binary.

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// shell finds a shell, or skips; under CI (CI set) a missing shell fails the test instead, because
// .ci/run installs them.
func shell(t *testing.T, name string) string {
	t.Helper()
	path, err := exec.LookPath(name)
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("%s is not installed; .ci/run installs it", name)
		}
		t.Skipf("%s is not installed", name)
	}
	return path
}

func runShell(t *testing.T, sh string, args ...string) string {
	t.Helper()
	c := exec.Command(sh, args...)
	wd, _ := os.Getwd()
	c.Dir = wd
	c.Env = append(os.Environ(), "PATH="+filepath.Dir(binary)+string(os.PathListSeparator)+os.Getenv("PATH"), "HOME="+t.TempDir())
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

func TestCompletionBash(t *testing.T) {
	sh := shell(t, "bash")
	if _, err := os.Stat("/usr/share/bash-completion/bash_completion"); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("bash-completion is not installed; .ci/run installs it")
		}
		t.Skip("bash-completion is not installed")
	}
	out := runShell(t, sh, "-c", `
source /usr/share/bash-completion/bash_completion
source completions/mtapi.bash
COMP_LINE="mtapi decode 6170"; COMP_POINT=${#COMP_LINE}
COMP_WORDS=(mtapi decode 6170); COMP_CWORD=2; COMP_TYPE=63; COLUMNS=160
__start_mtapi mtapi 6170 decode 2>/dev/null
printf '%s\n' "${COMPREPLY[@]}"`)
	wantCandidates(t, out)
	// COMP_TYPE=63 is bash listing the alternatives (the second TAB), which is when cobra adds the
	// descriptions; a unique candidate comes back bare, ready to insert.
	one := runShell(t, sh, "-c", `
source /usr/share/bash-completion/bash_completion
source completions/mtapi.bash
COMP_LINE="mtapi decode 61702"; COMP_POINT=${#COMP_LINE}
COMP_WORDS=(mtapi decode 61702); COMP_CWORD=2
__start_mtapi mtapi 61702 decode 2>/dev/null
printf '%s\n' "${COMPREPLY[@]}"`)
	if !strings.Contains(one, "617020") {
		t.Errorf("61702 did not complete to 617020: %q", one)
	}
}

func TestCompletionFish(t *testing.T) {
	sh := shell(t, "fish")
	out := runShell(t, sh, "--no-config", "-c", `source completions/mtapi.fish; complete -C "mtapi decode 6170"`)
	wantCandidates(t, out)
	names := runShell(t, sh, "--no-config", "-c", `source completions/mtapi.fish; complete -C "mtapi decode UpdateDate"`)
	if !strings.Contains(names, "UpdateDateCannotBeInFuture\t617020") {
		t.Errorf("names did not complete with their codes:\n%s", names)
	}
}

// zsh is driven as a person would: an interactive shell on a pseudo-terminal (zsh/zpty), with TAB
// pressed after the words.
func TestCompletionZsh(t *testing.T) {
	sh := shell(t, "zsh")
	wd, _ := os.Getwd()
	script := `
zmodload zsh/zpty
zpty z zsh -f -i
zpty -w z 'PS1="READY> "; autoload -Uz compinit; compinit -u -d "$HOME/.zcompdump"; source ` + filepath.Join(wd, "completions", "mtapi.zsh") + `; compdef _mtapi mtapi'
# Wait for the prompt that follows the setup line before typing.
setup=""
for i in {1..100}; do
  sleep 0.1
  while zpty -r -t z line; do setup+=$line; done
  [[ $setup == *$'\n'*READY\>* ]] && break
done
zpty -w -n z $'mtapi decode 6170\t'
out=""
for i in {1..100}; do
  sleep 0.1
  while zpty -r -t z line; do out+=$line; done
  [[ $out == *617029* ]] && break
done
print -r -- "$out"
zpty -d z
`
	start := time.Now()
	out := runShell(t, sh, "-f", "-c", script)
	wantCandidates(t, out)
	t.Logf("zsh completed in %v", time.Since(start))
}

// Completion must stay instant.
func BenchmarkCompleteDecode(b *testing.B) {
	for b.Loop() {
		if err := exec.Command(binary, "__complete", "decode", "6").Run(); err != nil {
			b.Fatal(err)
		}
	}
}
