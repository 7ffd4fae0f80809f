package e2e

// A person's terminal: tmux panes of several widths, COLUMNS not exported (as in a normal bash), the
// binary run through an interactive shell. Whatever it prints, no line may be wider than the pane.

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/lipgloss"
)

// tmuxCommands are what a person types: cards, tables, search, help, and responses piped in.
var tmuxCommands = []string{
	"mtapi decode 617020 604004 601000 620000 617003 4041012 61702 updatedateshoudbeafter",
	"mtapi 617020 --verbose",
	"mtapi UpdateDateShouldBeAfterPreviousDateAndBeforeNewerDate",
	"mtapi ranges",
	"mtapi ranges 617020",
	"mtapi search future",
	"mtapi search failed",
	"mtapi search --verbose failed -n 3",
	"mtapi --help",
	"mtapi decode --help",
	"mtapi search --help",
	"mtapi headers --help",
	"mtapi headers testdata/headers/real-curl-L.txt",
	"mtapi < testdata/headers/real-curl-i.txt",
	"cat testdata/headers/real-curl-v.txt | mtapi decode",
	"mtapi decode nosuchcodename",
	"mtapi 617020 decode",
	"mtapi decode --jsn 617020",
	"mtapi headers testdata/headers/made-hostile.txt",
	"mtapi completion zsh --help",
	"mtapi version --verbose",
	"mtapi catalogue check",
	"mtapi catalogue import testdata/catalogue/r26.txt",
	"mtapi export --help",
}

func TestTmuxWidths(t *testing.T) {
	tmux := requireTool(t, "tmux", "tmux")
	bin := mtapiBinary(t)
	for _, width := range []int{50, 80, 120, 200} {
		t.Run(fmt.Sprint(width), func(t *testing.T) {
			out := runInTmux(t, tmux, bin, width, tmuxCommands)
			if testing.Verbose() {
				t.Log(out)
			}
			for _, cmd := range tmuxCommands {
				if !strings.Contains(out, "$ "+cmd) {
					t.Errorf("the pane never showed %q", cmd)
				}
			}
			for i, line := range strings.Split(out, "\n") {
				if w := lipgloss.Width(line); w > width && !strings.HasPrefix(line, "$ ") && !strings.Contains(line, "session.sh") {
					t.Errorf("line %d is %d columns wide in a %d-column pane: %q", i+1, w, width, line)
				}
			}
			for _, want := range []string{"UpdateDateCannotBeInFuture", "did you mean", "╭", "617020"} {
				if !strings.Contains(out, want) {
					t.Errorf("the pane lacks %q", want)
				}
			}
			if strings.Contains(out, "COLUMNS=") {
				t.Errorf("COLUMNS leaked into the pane's environment")
			}
		})
	}
}

// runInTmux types the commands into bash in a detached tmux pane of the given width and returns the
// pane's whole history with wrapped lines joined (capture-pane -J), so a line wider than the pane
// shows as one long line.
func runInTmux(t *testing.T, tmux, bin string, width int, commands []string) string {
	t.Helper()
	dir := t.TempDir()
	sock := filepath.Join(dir, "tmux.sock")
	script := filepath.Join(dir, "session.sh")
	var b strings.Builder
	b.WriteString("unset COLUMNS LINES NO_COLOR CLICOLOR_FORCE\nexport PATH=" + filepath.Dir(bin) + ":$PATH\ncd " + shellQuote([]string{root()}) + "\n")
	for _, c := range commands {
		b.WriteString("printf '$ %s\\n' " + shellQuote([]string{c}) + "\n" + c + "\n")
	}
	b.WriteString("echo __DONE__\n")
	if err := os.WriteFile(script, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	tm := func(args ...string) (string, error) {
		c := exec.Command(tmux, append([]string{"-S", sock, "-f", "/dev/null"}, args...)...)
		c.Env = append(removeEnv(os.Environ(), "COLUMNS", "LINES", "TMUX"), "TERM=xterm-256color")
		out, err := c.CombinedOutput()
		return string(out), err
	}
	// An interactive bash, as a person has; it exports no COLUMNS.
	if out, err := tm("new-session", "-d", "-x", fmt.Sprint(width), "-y", "50", "bash --norc --noprofile -i"); err != nil {
		t.Fatalf("tmux new-session: %v\n%s", err, out)
	}
	defer tm("kill-server")
	if out, err := tm("set-option", "-g", "history-limit", "20000"); err != nil {
		t.Fatalf("tmux: %v\n%s", err, out)
	}
	if out, err := tm("send-keys", "-t", "0", "source "+script, "Enter"); err != nil {
		t.Fatalf("tmux send-keys: %v\n%s", err, out)
	}
	deadline := time.Now().Add(20 * time.Second)
	for {
		out, err := tm("capture-pane", "-p", "-J", "-S", "-", "-E", "-", "-t", "0")
		if err != nil {
			t.Fatalf("tmux capture-pane: %v\n%s", err, out)
		}
		if strings.Contains(out, "\n__DONE__") {
			return out
		}
		if time.Now().After(deadline) {
			t.Fatalf("the session did not finish in 20 s:\n%s", out)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// TestTmuxOneCtrlD: at a terminal, `mtapi decode -` and `mtapi headers -` end at the first Ctrl-D
// even when nothing was typed. (bufio.Reader hands a terminal's end of input over only once; a
// look at the input's start used to take it, and a second Ctrl-D was needed.)
func TestTmuxOneCtrlD(t *testing.T) {
	tmux := requireTool(t, "tmux", "tmux")
	bin := mtapiBinary(t)
	dir := t.TempDir()
	sock := filepath.Join(dir, "tmux.sock")
	tm := func(args ...string) (string, error) {
		c := exec.Command(tmux, append([]string{"-S", sock, "-f", "/dev/null"}, args...)...)
		c.Env = append(removeEnv(os.Environ(), "COLUMNS", "LINES", "TMUX"), "TERM=xterm-256color")
		out, err := c.CombinedOutput()
		return string(out), err
	}
	if out, err := tm("new-session", "-d", "-x", "100", "-y", "40", "bash --norc --noprofile -i"); err != nil {
		t.Fatalf("tmux new-session: %v\n%s", err, out)
	}
	defer tm("kill-server")
	wait := func(want string, n int) string {
		deadline := time.Now().Add(10 * time.Second)
		for {
			out, err := tm("capture-pane", "-p", "-J", "-S", "-", "-E", "-", "-t", "0")
			if err != nil {
				t.Fatalf("tmux capture-pane: %v\n%s", err, out)
			}
			if strings.Count(out, want) >= n {
				return out
			}
			if time.Now().After(deadline) {
				t.Fatalf("the pane never showed %q %d times after one Ctrl-D:\n%s", want, n, out)
			}
			time.Sleep(100 * time.Millisecond)
		}
	}
	for i, cmd := range []string{"decode -", "headers -"} {
		if out, err := tm("send-keys", "-t", "0", shellQuote([]string{bin})+" "+cmd+"; echo __rc=$?", "Enter"); err != nil {
			t.Fatalf("tmux send-keys: %v\n%s", err, out)
		}
		wait("press", 1+i) // the notice that it reads the terminal
		if out, err := tm("send-keys", "-t", "0", "C-d"); err != nil {
			t.Fatalf("tmux send-keys: %v\n%s", err, out)
		}
		wait("\n__rc=", 1+i)
	}
}

// TestTmuxEmail: an e-mail pasted at an 80-column terminal, piped in or as an argument, shows only
// the card of the message it quotes, and one line on stderr saying what was passed over.
func TestTmuxEmail(t *testing.T) {
	tmux := requireTool(t, "tmux", "tmux")
	bin := mtapiBinary(t)
	for _, cmd := range []string{"mtapi < testdata/pastes/email.txt", `mtapi "$(cat testdata/pastes/email.txt)"`} {
		out := runInTmux(t, tmux, bin, 80, []string{cmd})
		_, shown, _ := strings.Cut(out, "$ "+cmd+"\n")
		shown, _, _ = strings.Cut(shown, "__DONE__")
		if testing.Verbose() {
			t.Log(shown)
		}
		var stderr, cards []string
		for _, line := range strings.Split(shown, "\n") {
			switch {
			case strings.HasPrefix(line, "mtapi: "):
				stderr = append(stderr, line)
			case len(line) > 0 && line[0] >= '0' && line[0] <= '9':
				cards = append(cards, strings.Fields(line)[0])
			}
			if w := lipgloss.Width(line); w > 80 {
				t.Errorf("%s: a line is %d columns wide: %q", cmd, w, line)
			}
		}
		if len(cards) == 0 || cards[0] != "617020" || strings.Contains(shown, "unknown") || strings.Contains(shown, "601234") || strings.Contains(shown, "617123") {
			t.Errorf("%s: the pane shows cards %q, want only 617020:\n%s", cmd, cards, shown)
		}
		if len(stderr) != 1 || !strings.Contains(stderr[0], "passed over") {
			t.Errorf("%s: stderr lines %q, want one saying what was passed over", cmd, stderr)
		}
	}
}
