package e2e

// The README's set-up lines, run as printed by a new user: an empty HOME, the shell the line is
// for, mtapi on the PATH as go install leaves it ($(go env GOPATH)/bin).

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// readmeLine returns the code span of the README that contains marker.
func readmeLine(t *testing.T, marker string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(root(), "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(string(b), "\n") {
		for _, m := range regexp.MustCompile("`([^`]+)`").FindAllStringSubmatch(line, -1) {
			if strings.Contains(m[1], marker) && !strings.HasPrefix(m[1], "`") {
				return m[1]
			}
		}
	}
	t.Fatalf("the README has no set-up line with %q", marker)
	return ""
}

// freshAccount is an empty HOME with mtapi installed where go install puts it, and the environment
// of a shell there.
func freshAccount(t *testing.T) (home string, env []string) {
	t.Helper()
	home = t.TempDir()
	bin := filepath.Join(home, "go", "bin")
	if err := os.MkdirAll(bin, 0o755); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(mtapiBinary(t))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(bin, "mtapi"), data, 0o755); err != nil {
		t.Fatal(err)
	}
	env = append(removeEnv(os.Environ(), "HOME", "PATH", "GOPATH", "MANPATH", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "ZDOTDIR"),
		"HOME="+home, "PATH="+bin+string(os.PathListSeparator)+os.Getenv("PATH"), "GOPATH="+filepath.Join(home, "go"))
	return home, env
}

func shell(t *testing.T, env []string, name string, args ...string) string {
	t.Helper()
	c := exec.Command(name, args...)
	c.Dir = root()
	c.Env = env
	out, err := c.CombinedOutput()
	if err != nil {
		t.Errorf("%s %q: %v\n%s", name, args, err, out)
	}
	return string(out)
}

func TestReadmeSetupFish(t *testing.T) {
	fish := requireTool(t, "fish", "fish")
	line := readmeLine(t, "mtapi completion fish")
	_, env := freshAccount(t)
	shell(t, env, fish, "-c", line)
	out := shell(t, env, fish, "-c", "complete -C 'mtapi decode 61702'")
	if !strings.Contains(out, "617020") {
		t.Errorf("after %q, fish completes nothing: %q", line, out)
	}
}

func TestReadmeSetupZsh(t *testing.T) {
	zsh := requireTool(t, "zsh", "zsh")
	line := readmeLine(t, "mtapi completion zsh")
	home, env := freshAccount(t)
	if err := os.WriteFile(filepath.Join(home, ".zshrc"), []byte(line+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out := shell(t, env, zsh, "-i", "-c", "whence -w _mtapi; print ${_comps[mtapi]}")
	if strings.Contains(out, "not found") || !strings.Contains(out, "_mtapi: function") || !strings.Contains(out, "\n_mtapi") {
		t.Errorf("~/.zshrc with %q does not register the completion:\n%s", line, out)
	}
}

func TestReadmeSetupManPages(t *testing.T) {
	man := requireTool(t, "man", "man-db")
	line := readmeLine(t, "share/man/man1")
	home, env := freshAccount(t)
	shell(t, env, "bash", "-c", line)
	out := strings.TrimSpace(shell(t, env, man, "-w", "mtapi"))
	if !strings.HasPrefix(out, home) {
		t.Errorf("after %q, man -w mtapi is %q, not the installed page", line, out)
	}
	if out := shell(t, env, man, "-w", "mtapi-decode"); !strings.HasPrefix(out, home) {
		t.Errorf("man -w mtapi-decode is %q", out)
	}
}
