// Package export writes the catalogue in the forms people use outside a terminal: a self-contained
// searchable web page, source files for the portals that call MTAPI (TypeScript, C#, Go), data files
// (JSON, CSV), a Markdown page and the status-code page's own text.
//
// It never chooses the catalogue: callers pass the entries and controllers in Data, so the embedded
// catalogue and one loaded from a directory export the same way. Output is deterministic: sorted, and
// without a timestamp unless Data.Generated is set (from SOURCE_DATE_EPOCH).
package export

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/mtapi-cli/mtapi/codes"
	"github.com/mtapi-cli/mtapi/internal/decode"
)

// Data is the catalogue to export.
type Data struct {
	// Catalogue is where Entries and Controllers come from; explanations are decoded from it.
	Catalogue *codes.Catalogue
	// Entries are every catalogue entry, by code and trusted first within a code (Catalogue.Entries order).
	Entries []codes.Entry
	// Controllers are the documented ranges, by start (Catalogue.Controllers order).
	Controllers []*codes.Controller
	// Revision is the label of the newest documentation revision the catalogue knows.
	Revision string
	// Version is the mtapi version that writes the file.
	Version string
	// Generated, when not zero, is written into the file as its generation time. Leave it zero for
	// reproducible output; cmd sets it from SOURCE_DATE_EPOCH.
	Generated time.Time
}

// Options tune single formats.
type Options struct {
	// Package is the Go package name of the go format (default "mtapistatus").
	Package string
}

// DefaultPackage is the Go package name used when Options.Package is empty.
const DefaultPackage = "mtapistatus"

type writer func(w *bufio.Writer, d Data, o Options) error

var writers = map[string]writer{
	"html": writeHTML,
	"ts":   writeTS,
	"cs":   writeCS,
	"go":   writeGo,
	"json": writeJSON,
	"csv":  writeCSV,
	"md":   writeMarkdown,
	"text": writeText,
}

// Formats lists the format names Render accepts, in the order the help shows them.
func Formats() []string {
	return []string{"html", "ts", "cs", "go", "json", "csv", "md", "text"}
}

// ErrUnknownFormat is returned (wrapped) by Render and Check for a format not in Formats.
var ErrUnknownFormat = errors.New("unknown format")

// ErrBadPackage is returned (wrapped) for a Go package name that is not a lower-case identifier.
var ErrBadPackage = errors.New("not a valid Go package name")

// Check validates the format and options before anything is written.
func Check(format string, o Options) error {
	if _, ok := writers[format]; !ok {
		return fmt.Errorf("%w %q", ErrUnknownFormat, format)
	}
	if o.Package != "" && !goPackageName(o.Package) {
		return fmt.Errorf("%q is %w", o.Package, ErrBadPackage)
	}
	return nil
}

// Render returns d in format. Its errors are about the content (a format, a package name, an entry
// the format cannot hold), never about where the output goes: it is all in memory (the largest
// format, html, is under MaxPageSize) so a refusal writes nothing, and a caller can tell a file it
// cannot write from a catalogue it cannot export.
func Render(format string, d Data, o Options) ([]byte, error) {
	if err := Check(format, o); err != nil {
		return nil, err
	}
	if o.Package == "" {
		o.Package = DefaultPackage
	}
	var b bytes.Buffer
	bw := bufio.NewWriterSize(&b, 64<<10)
	if err := writers[format](bw, d, o); err != nil {
		return nil, err
	}
	if err := bw.Flush(); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// WriteFile writes data to path as an editor saves a file. A regular file (or a new one) is replaced
// atomically: data goes into a temporary file in the same directory, synced, then renamed over it,
// so a reader or a crash never sees half a file and a failure leaves the old file in place. The
// replacement keeps the old file's permissions and owner; a new file gets 0666 less the umask, as
// os.Create does. Where the replacement cannot take the old owner (only root may give a file away),
// the file is overwritten in place instead, as editors do: its owner matters more than atomicity. A symbolic link is followed and its target replaced, so the link stays a link. Anything that
// is not a regular file (a FIFO, a terminal, /dev/null) and the process's own descriptors
// (/dev/stdout, /dev/fd/N, /proc/self/fd/N) are written directly: renaming over them would replace
// the device or the link instead of writing to it.
func WriteFile(path string, data []byte) error {
	if st, err := os.Stat(path); err == nil && !st.Mode().IsRegular() {
		if st.IsDir() {
			return errors.New("it is a directory")
		}
		return writeInPlace(path, data)
	}
	target, direct, err := resolveLinks(path)
	if err != nil {
		return err
	}
	if direct {
		return writeInPlace(path, data)
	}
	return replaceFile(target, data)
}

// resolveLinks follows path's symbolic links to the file they name, which need not exist yet (a
// dangling link is written through, creating its target). direct reports a path through /proc or
// /dev/fd: a descriptor of this process, which must be written, not replaced.
func resolveLinks(path string) (target string, direct bool, err error) {
	for range 40 {
		if isDescriptorPath(path) {
			return path, true, nil
		}
		st, err := os.Lstat(path)
		if err != nil || st.Mode()&os.ModeSymlink == 0 {
			// A regular or missing file; any other error shows when the file is created.
			return path, false, nil
		}
		link, err := os.Readlink(path)
		if err != nil {
			return "", false, err
		}
		if !filepath.IsAbs(link) {
			// Not filepath.Join: cleaning "dir/../x" lexically is wrong when dir is itself a link.
			link = filepath.Dir(path) + string(filepath.Separator) + link
		}
		path = link
	}
	return "", false, errors.New("too many levels of symbolic links")
}

// isDescriptorPath reports the names of an open descriptor: /dev/stdout, /dev/stderr, /dev/fd/N
// and /proc/PID/fd/N (/proc/self/fd/N).
func isDescriptorPath(p string) bool {
	if p == "/dev/stdout" || p == "/dev/stderr" || strings.HasPrefix(p, "/dev/fd/") {
		return true
	}
	rest, ok := strings.CutPrefix(p, "/proc/")
	if !ok {
		return false
	}
	_, fd, _ := strings.Cut(rest, "/")
	return strings.HasPrefix(fd, "fd/")
}

// writeInPlace writes to a file that must not be replaced. O_APPEND: a descriptor the shell opened
// with >> keeps what it holds, and one opened with > is empty anyway.
func writeInPlace(path string, data []byte) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_APPEND, 0)
	if err != nil {
		return unwrapPath(err)
	}
	if _, err := f.Write(data); err != nil {
		f.Close()
		return unwrapPath(err)
	}
	return unwrapPath(f.Close())
}

// replaceFile atomically replaces (or creates) the regular file target with data.
func replaceFile(target string, data []byte) (err error) {
	dir := filepath.Dir(target)
	perm, old := os.FileMode(0o666), fs.FileInfo(nil)
	if st, err := os.Stat(target); err == nil {
		perm, old = st.Mode().Perm(), st
	}
	f, err := createTemp(dir, filepath.Base(target))
	if err != nil {
		return fmt.Errorf("cannot create a file in %s: %w", dir, unwrapPath(err))
	}
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(f.Name())
		}
	}()
	if old != nil && !takeOwner(f, old) {
		f.Close()
		os.Remove(f.Name())
		return overwrite(target, data)
	}
	// An existing file's permissions exactly, whatever the umask; before the data is written, so
	// a private file's contents are never readable under wider ones. After the owner: chown clears
	// the set-user-ID bits.
	if old != nil {
		if err = f.Chmod(perm); err != nil {
			return unwrapPath(err)
		}
	}
	if _, err = f.Write(data); err != nil {
		return unwrapPath(err)
	}
	// Without the sync a crash soon after the rename can leave an empty file where the old one was.
	if err = f.Sync(); err != nil {
		return unwrapPath(err)
	}
	if err = f.Close(); err != nil {
		return unwrapPath(err)
	}
	if err = os.Rename(f.Name(), target); err != nil {
		return unwrapPath(err)
	}
	// The rename itself is durable once the directory is synced; not every system can open a
	// directory for that (Windows), and the file is already complete, so a failure here is ignored.
	if d, derr := os.Open(dir); derr == nil {
		d.Sync()
		d.Close()
	}
	return nil
}

// takeOwner gives the new file f the owner of the file it replaces, and reports false if it cannot.
func takeOwner(f *os.File, old fs.FileInfo) bool {
	uid, gid, ok := owner(old)
	if !ok {
		return true
	}
	st, err := f.Stat()
	if err != nil {
		return false
	}
	if u, g, _ := owner(st); u == uid && g == gid {
		return true
	}
	return f.Chown(uid, gid) == nil
}

// overwrite writes data over the regular file target in place, keeping its owner, permissions and
// links.
func overwrite(target string, data []byte) error {
	f, err := os.OpenFile(target, os.O_WRONLY|os.O_TRUNC, 0)
	if err != nil {
		return unwrapPath(err)
	}
	if _, err := f.Write(data); err != nil {
		f.Close()
		return unwrapPath(err)
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return unwrapPath(err)
	}
	return unwrapPath(f.Close())
}

// createTemp is os.CreateTemp with mode 0666, so that a new file's permissions follow the umask as
// os.Create's do (os.CreateTemp always makes 0600).
func createTemp(dir, base string) (*os.File, error) {
	seed := uint64(time.Now().UnixNano()) ^ uint64(os.Getpid())<<32
	for i := uint64(0); ; i++ {
		name := filepath.Join(dir, "."+base+"."+strconv.FormatUint(seed+i*7919, 36)+".tmp")
		f, err := os.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o666)
		if err == nil || !errors.Is(err, fs.ErrExist) || i == 100 {
			return f, err
		}
	}
}

// unwrapPath drops an *os.PathError's operation and path: the caller names the file in its words.
func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// header is the first lines every generated source file carries, as plain lines without comment
// markers.
func header(d Data, format string) []string {
	lines := []string{
		fmt.Sprintf("MTAPI status codes: %d entries, documentation revision %s.", len(d.Entries), d.Revision),
		"Written by mtapi " + d.Version + " (mtapi export --format " + format + ").",
	}
	if !d.Generated.IsZero() {
		lines = append(lines, "Generated "+d.Generated.UTC().Format(time.RFC3339)+".")
	}
	return lines
}

// ModellingRule is how the source formats (ts, cs, go) keep every entry reachable although an enum
// cannot hold one name twice. It is printed at the top of each generated file and in the README.
var ModellingRule = []string{
	"Modelling rule: each name is one member, bound to the number decode gives it first - a current,",
	"duplicate or typo entry (a typo at its intended number), else a placeholder. Two names printed on",
	"one number (duplicates) are two members with the same value. Every other entry - a superseded name,",
	"or a further number of a name (InvalidUserId is also a placeholder at 620000) - is an alias member",
	"named Name_Code (InvalidUserId_620000), documented, and marked deprecated when superseded. The",
	"lookup table holds every entry, aliases included, by code and trusted first.",
}

// member is one enum member or constant of the source formats.
type member struct {
	Ident string
	Entry codes.Entry
	// Alias is true for every member that is not its name's primary binding.
	Alias bool
}

// primary reports whether e can be its name's primary member: anything but superseded history.
func primaryRank(e codes.Entry) int {
	switch e.State {
	case codes.Current, codes.Duplicate, codes.Typo:
		return 0
	case codes.Placeholder:
		return 1
	}
	return -1
}

// members applies ModellingRule. ident turns a name into a valid identifier of the language; a clash
// after that (two names that differ only in characters the language cannot hold) is resolved by
// suffixes, deterministically.
func members(entries []codes.Entry, ident func(string) string, reserved ...string) []member {
	best := map[string]int{} // name -> index of its primary entry
	for i, e := range entries {
		r := primaryRank(e)
		if r < 0 {
			continue
		}
		if j, ok := best[e.Name]; !ok || r < primaryRank(entries[j]) {
			best[e.Name] = i
		}
	}
	out := make([]member, len(entries))
	taken := map[string]bool{}
	for _, r := range reserved {
		taken[r] = true
	}
	// Primaries take their plain name first, so that an alias can never steal it.
	order := make([]int, 0, len(entries))
	for i, e := range entries {
		if j, ok := best[e.Name]; ok && j == i {
			order = append(order, i)
		}
	}
	for i, e := range entries {
		if j, ok := best[e.Name]; !ok || j != i {
			order = append(order, i)
		}
	}
	for _, i := range order {
		e := entries[i]
		j, ok := best[e.Name]
		alias := !ok || j != i
		id := ident(e.Name)
		if alias {
			id = ident(e.Name + "_" + codeSuffix(e.Code))
		}
		if taken[id] {
			id = ident(e.Name + "_" + codeSuffix(e.Code))
		}
		for n := 2; taken[id]; n++ {
			id = ident(e.Name+"_"+codeSuffix(e.Code)) + "_" + strconv.Itoa(n)
		}
		taken[id] = true
		out[i] = member{Ident: id, Entry: e, Alias: alias}
	}
	return out
}

func codeSuffix(n int) string {
	if n < 0 {
		return "M" + strconv.Itoa(-n)
	}
	return strconv.Itoa(n)
}

// identifier maps a name to [A-Za-z_][A-Za-z0-9_]*, replacing every other character with '_' and
// prefixing "S" where the name does not start with a letter.
func identifier(name string) string {
	var b strings.Builder
	for i := 0; i < len(name); i++ {
		c := name[i]
		if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' {
			b.WriteByte(c)
		} else {
			b.WriteByte('_')
		}
	}
	s := b.String()
	if s == "" || !(s[0] >= 'a' && s[0] <= 'z' || s[0] >= 'A' && s[0] <= 'Z') {
		s = "S" + s
	}
	return s
}

// memberDoc is the one-line documentation of a member.
func memberDoc(m member) string {
	e := m.Entry
	var parts []string
	if e.Message != "" {
		parts = append(parts, e.Message)
	}
	where := controllerName(e.Controller)
	switch e.State {
	case codes.Current:
		parts = append(parts, "("+where+")")
	case codes.Duplicate:
		parts = append(parts, "("+where+"; duplicate: the documentation prints another name with this number)")
	case codes.Typo:
		parts = append(parts, fmt.Sprintf("(%s; typo: the documentation printed it as %d)", where, e.Printed))
	case codes.Placeholder:
		parts = append(parts, "("+where+"; placeholder: listed as not implemented yet)")
	case codes.Superseded:
		s := "(" + where + "; superseded, history only"
		if by := supersededBy(e); by != "" {
			s += "; " + by
		}
		parts = append(parts, s+")")
	}
	if m.Alias && e.State != codes.Superseded {
		parts = append(parts, "Alias: the name "+e.Name+" is bound to another number.")
	}
	return strings.Join(parts, " ")
}

func controllerName(c *codes.Controller) string {
	if c == nil {
		return ""
	}
	return c.Name
}

// supersededBy is where a superseded entry went, as decode says it.
// inferred reports whether an entry's controller name was inferred from its codes.
func inferred(e codes.Entry) bool { return e.Controller != nil && e.Controller.NameInferred }

func supersededBy(e codes.Entry) string { return decode.SupersededBy(e) }

// group is one section of the html and md formats: a documented range and the entries whose number it
// holds, or (Controller nil) the entries no range holds.
type group struct {
	Controller *codes.Controller
	Entries    []codes.Entry
}

// groups sorts the entries into the ranges holding their numbers, in range order, current entries
// first in each; entries outside every range come last.
func groups(d Data) []group {
	out := make([]group, 0, len(d.Controllers)+1)
	var outside []codes.Entry
	byCtl := map[*codes.Controller][]codes.Entry{}
	for _, e := range d.Entries {
		c := holder(d.Controllers, e.Code)
		if c == nil {
			outside = append(outside, e)
			continue
		}
		byCtl[c] = append(byCtl[c], e)
	}
	cs := append([]*codes.Controller(nil), d.Controllers...)
	sort.SliceStable(cs, func(a, b int) bool { return cs[a].Start < cs[b].Start })
	for _, c := range cs {
		out = append(out, group{Controller: c, Entries: currentFirst(byCtl[c])})
	}
	// Numbers no range holds are history (4000): after every range.
	if len(outside) > 0 {
		out = append(out, group{Entries: currentFirst(outside)})
	}
	return out
}

// currentFirst orders a group's entries as a reader looks for them: what the numbers mean now
// (current, duplicate, typo and placeholder entries, by code), then the history (superseded
// entries, by code).
func currentFirst(es []codes.Entry) []codes.Entry {
	out := make([]codes.Entry, 0, len(es))
	for _, history := range []bool{false, true} {
		for _, e := range es {
			if (e.State == codes.Superseded) == history {
				out = append(out, e)
			}
		}
	}
	return out
}

func holder(cs []*codes.Controller, n int) *codes.Controller {
	for _, c := range cs {
		if c.Contains(n) {
			return c
		}
	}
	return nil
}

// commentText makes s safe inside a one-line comment of any of the source languages.
func commentText(s string) string {
	s = strings.Map(func(r rune) rune {
		if r < 0x20 || r == 0x7f || r == '\u2028' || r == '\u2029' || r == '\u0085' {
			return ' '
		}
		return r
	}, s)
	return strings.ReplaceAll(s, "*/", "* /")
}
