package e2e

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestREADMEExamples runs every example of the README's ```console blocks ("$ command" and the
// output below it) with the built binary as mtapi, on a 100-column terminal without colour, from
// the module's directory, and wants the output the README shows: the examples cannot drift.
func TestREADMEExamples(t *testing.T) {
	readme, err := os.ReadFile(filepath.Join(root(), "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	examples := consoleExamples(string(readme))
	// The README promises five everyday examples with their real output.
	if len(examples) < 5 {
		t.Fatalf("the README has %d console examples, want at least 5", len(examples))
	}
	script := requireTool(t, "script", "bsdutils")
	requireTool(t, "bash", "bash")
	bin := t.TempDir()
	if err := os.Symlink(mtapiBinary(t), filepath.Join(bin, "mtapi")); err != nil {
		t.Fatal(err)
	}
	for _, ex := range examples {
		t.Run(ex.command, func(t *testing.T) {
			cmdline := fmt.Sprintf("stty cols 100 rows 50; bash -c %s", shellQuote([]string{ex.command}))
			c := exec.Command(script, "-qefc", cmdline, "/dev/null")
			c.Dir = root()
			c.Env = []string{"PATH=" + bin + ":" + os.Getenv("PATH"), "HOME=" + os.TempDir(), "TERM=xterm-256color", "NO_COLOR=1"}
			c.Stdin = strings.NewReader("")
			var out bytes.Buffer
			c.Stdout, c.Stderr = &out, &out
			c.Run() // the exit code is not the example's point; its output is
			got := trimLines(strings.ReplaceAll(out.String(), "\r\n", "\n"))
			if want := trimLines(ex.output); got != want {
				t.Errorf("README.md line %d: $ %s\nprints\n%s\nthe README shows\n%s", ex.line, ex.command, got, want)
			}
		})
	}
}

type example struct {
	line            int
	command, output string
}

// consoleExamples reads the "$ command" lines of ```console blocks and the output after each.
func consoleExamples(md string) []example {
	var out []example
	in := false
	for i, l := range strings.Split(md, "\n") {
		switch {
		case strings.HasPrefix(l, "```console"):
			in = true
		case in && strings.HasPrefix(l, "```"):
			in = false
		case in && strings.HasPrefix(l, "$ "):
			out = append(out, example{line: i + 1, command: strings.TrimPrefix(l, "$ ")})
		case in && len(out) > 0:
			out[len(out)-1].output += l + "\n"
		}
	}
	return out
}

// trimLines drops trailing blanks on each line and blank lines at the end.
func trimLines(s string) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " \t")
	}
	return strings.TrimRight(strings.Join(lines, "\n"), "\n")
}

func TestConsoleExamples(t *testing.T) {
	md := "text\n```console\n$ mtapi 1\nout 1\n\n$ mtapi 2 | cat\nout 2\n```\n```text\n$ not this\n```\n"
	got := consoleExamples(md)
	if len(got) != 2 || got[0].command != "mtapi 1" || got[0].output != "out 1\n\n" || got[1].command != "mtapi 2 | cat" || got[1].line != 6 {
		t.Errorf("consoleExamples = %+v", got)
	}
}
