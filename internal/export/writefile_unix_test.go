//go:build unix

package export

import (
	"bytes"
	"io"
	"os"
	"os/exec"
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
		if os.Getenv("CI") == "true" {
			t.Fatal("no /dev/fd: CI's Linux has it, so this case must run there")
		}
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

// TestWriteFileKeepsOwner: a replaced file keeps its owner and group. Root can give the
// replacement away; another user cannot, and then the file is overwritten in place (run here as
// nobody in a child process), so it still belongs to whom it belonged.
func TestWriteFileKeepsOwner(t *testing.T) {
	if os.Getenv("MTAPI_WRITEFILE_CHILD") != "" {
		// The child: write the path it is given, as the user it runs as.
		if err := WriteFile(os.Getenv("MTAPI_WRITEFILE_CHILD"), []byte("new")); err != nil {
			t.Fatal(err)
		}
		return
	}
	if os.Geteuid() != 0 {
		if os.Getenv("CI") == "true" {
			t.Fatal("needs root to make files another user owns; CI runs as root")
		}
		t.Skip("needs root to make files another user owns")
	}
	const nobody = 65534
	dir, err := os.MkdirTemp("", "owner")
	must(t, err)
	t.Cleanup(func() { os.RemoveAll(dir) })
	must(t, os.Chmod(dir, 0o777))
	ownerOf := func(p string) (int, int) {
		st, err := os.Stat(p)
		must(t, err)
		s := st.Sys().(*syscall.Stat_t)
		return int(s.Uid), int(s.Gid)
	}
	check := func(p string, uid, gid int) {
		t.Helper()
		if u, g := ownerOf(p); u != uid || g != gid {
			t.Errorf("%s: owner %d:%d, want %d:%d", filepath.Base(p), u, g, uid, gid)
		}
		if b, _ := os.ReadFile(p); string(b) != "new" {
			t.Errorf("%s holds %q", filepath.Base(p), b)
		}
	}

	// Root replaces a file nobody owns: the replacement is given to nobody.
	p := filepath.Join(dir, "nobodys.txt")
	must(t, os.WriteFile(p, []byte("old"), 0o644))
	must(t, os.Chown(p, nobody, nobody))
	must(t, WriteFile(p, []byte("new")))
	check(p, nobody, nobody)

	// Nobody writes a file root owns and lets anyone write: nobody cannot give a new file to root,
	// so the old file is written in place and stays root's.
	q := filepath.Join(dir, "roots.txt")
	must(t, os.WriteFile(q, []byte("old content"), 0o666))
	must(t, os.Chmod(q, 0o666))
	// The test binary sits in a directory only root may enter: nobody runs a copy.
	bin := filepath.Join(dir, "export.test")
	self, err := os.ReadFile(os.Args[0])
	must(t, err)
	must(t, os.WriteFile(bin, self, 0o755))
	cmd := exec.Command(bin, "-test.run=^TestWriteFileKeepsOwner$")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "MTAPI_WRITEFILE_CHILD="+q)
	cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: nobody, Gid: nobody}}
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("the child writing as nobody: %v\n%s", err, out)
	}
	check(q, 0, 0)
}
