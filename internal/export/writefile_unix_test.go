//go:build unix

package export

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"syscall"
	"testing"
)

// TestWriteFileKeepsPermissions: a replaced file keeps its mode exactly; a new one gets 0666 less the
// umask, as os.Create gives.
func TestWriteFileKeepsPermissions(t *testing.T) {
	dir := t.TempDir()
	for _, mode := range []os.FileMode{0o600, 0o640, 0o664, 0o755} {
		p := filepath.Join(dir, "f"+strconv.FormatUint(uint64(mode), 8))
		if err := os.WriteFile(p, []byte("old"), 0o600); err != nil {
			t.Fatal(err)
		}
		if err := os.Chmod(p, mode); err != nil {
			t.Fatal(err)
		}
		if err := WriteFile(p, []byte("new")); err != nil {
			t.Fatal(err)
		}
		if st, _ := os.Stat(p); st.Mode().Perm() != mode {
			t.Errorf("mode %o became %o", mode, st.Mode().Perm())
		}
	}
	for _, umask := range []int{0o022, 0o077, 0o002} {
		old := syscall.Umask(umask)
		p := filepath.Join(dir, "new"+strconv.Itoa(umask))
		err := WriteFile(p, []byte("new"))
		syscall.Umask(old)
		if err != nil {
			t.Fatal(err)
		}
		if st, _ := os.Stat(p); st.Mode().Perm() != 0o666&^os.FileMode(umask) {
			t.Errorf("umask %03o: a new file is %o, want %o", umask, st.Mode().Perm(), 0o666&^os.FileMode(umask))
		}
	}
}

// TestWriteFileThroughLinks: a symbolic link stays a link and its target gets the data, also through
// a chain of relative links, and a dangling link creates its target.
func TestWriteFileThroughLinks(t *testing.T) {
	dir := t.TempDir()
	sub := filepath.Join(dir, "sub")
	os.Mkdir(sub, 0o755)
	real := filepath.Join(sub, "real.json")
	os.WriteFile(real, []byte("x"), 0o640)
	must(t, os.Symlink("sub/real.json", filepath.Join(dir, "link1")))
	must(t, os.Symlink("link1", filepath.Join(dir, "link2")))
	must(t, os.Symlink("sub/missing.json", filepath.Join(dir, "dangling")))
	for _, name := range []string{"link1", "link2"} {
		data := []byte("via " + name)
		if err := WriteFile(filepath.Join(dir, name), data); err != nil {
			t.Fatal(err)
		}
		if got, _ := os.ReadFile(real); !bytes.Equal(got, data) {
			t.Errorf("%s: the target holds %q", name, got)
		}
		if st, _ := os.Lstat(filepath.Join(dir, name)); st.Mode()&os.ModeSymlink == 0 {
			t.Errorf("%s is no longer a link", name)
		}
	}
	if st, _ := os.Stat(real); st.Mode().Perm() != 0o640 {
		t.Errorf("the target's mode became %o", st.Mode().Perm())
	}
	if err := WriteFile(filepath.Join(dir, "dangling"), []byte("d")); err != nil {
		t.Fatal(err)
	}
	if got, _ := os.ReadFile(filepath.Join(sub, "missing.json")); string(got) != "d" {
		t.Errorf("a dangling link's target holds %q", got)
	}
	for _, d := range []string{dir, sub} {
		es, _ := os.ReadDir(d)
		for _, e := range es {
			if filepath.Ext(e.Name()) == ".tmp" {
				t.Errorf("temporary file %s left", e.Name())
			}
		}
	}
}

// TestWriteFileSpecial: a FIFO, a character device and a descriptor of the process are written, never
// replaced by a regular file.
func TestWriteFileSpecial(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "ff")
	must(t, syscall.Mkfifo(fifo, 0o600))
	got := make(chan []byte)
	go func() {
		f, err := os.Open(fifo)
		if err != nil {
			got <- nil
			return
		}
		b, _ := io.ReadAll(f)
		f.Close()
		got <- b
	}()
	if err := WriteFile(fifo, []byte("through the fifo")); err != nil {
		t.Fatal(err)
	}
	if b := <-got; string(b) != "through the fifo" {
		t.Errorf("the FIFO's reader got %q", b)
	}
	if st, _ := os.Lstat(fifo); st.Mode()&os.ModeNamedPipe == 0 {
		t.Errorf("the FIFO was replaced: %v", st.Mode())
	}
	if err := WriteFile(os.DevNull, []byte("gone")); err != nil {
		t.Errorf("%s: %v", os.DevNull, err)
	}
	if st, _ := os.Stat(os.DevNull); st.Mode()&os.ModeCharDevice == 0 {
		t.Errorf("%s is no longer a device", os.DevNull)
	}

	// A descriptor name (what -o /dev/stdout is when the shell redirected to a file): the open file
	// is written, not replaced, and what a >> redirect put there stays.
	if _, err := os.Stat("/dev/fd/0"); err != nil {
		t.Skip("no /dev/fd")
	}
	p := filepath.Join(dir, "out.txt")
	must(t, os.WriteFile(p, []byte("kept\n"), 0o644))
	f, err := os.OpenFile(p, os.O_WRONLY|os.O_APPEND, 0)
	must(t, err)
	defer f.Close()
	before, _ := os.Stat(p)
	if err := WriteFile("/dev/fd/"+strconv.Itoa(int(f.Fd())), []byte("new\n")); err != nil {
		t.Fatal(err)
	}
	after, _ := os.Stat(p)
	if b, _ := os.ReadFile(p); string(b) != "kept\nnew\n" || !os.SameFile(before, after) {
		t.Errorf("through /dev/fd: %q, same file %v", b, os.SameFile(before, after))
	}
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}
