package revise

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/mtapi-cli/mtapi/codes"
	"github.com/mtapi-cli/mtapi/internal/codesfmt"
)

// catalogue is a catalogue as editable rows, in the shape of its files.
type catalogue struct {
	revs []codes.Revision
	ctls []*ctlRow
	rows []*entryRow
}

type ctlRow struct {
	label                      string
	start, end                 int
	implemented                codes.Implemented
	first, last, sources, note string
	short                      string
	inferred                   bool
	isNew                      bool
	newLabel                   string
	newStart, newEnd           int
}

// rangeNow is the range the controller has after the page's headings.
func (c *ctlRow) rangeNow() (int, int) {
	if c.newLabel != "" {
		return c.newStart, c.newEnd
	}
	return c.start, c.end
}

type entryRow struct {
	printed, code                              int
	name                                       string
	ctl                                        *ctlRow
	message, state, first, last, sources, note string
	prevLast                                   string
}

func fromCatalogue(c *codes.Catalogue) *catalogue {
	cat := &catalogue{revs: slices.Clone(c.Revisions())}
	byPtr := map[*codes.Controller]*ctlRow{}
	for _, ctl := range c.Controllers() {
		r := &ctlRow{label: ctl.Label, start: ctl.Start, end: ctl.End, implemented: ctl.Implemented,
			first: ctl.FirstRevision, last: ctl.LastRevision, sources: ctl.Sources, note: ctl.Note,
			short: ctl.Name, inferred: ctl.NameInferred}
		byPtr[ctl] = r
		cat.ctls = append(cat.ctls, r)
	}
	for _, e := range c.Entries() {
		cat.rows = append(cat.rows, &entryRow{printed: e.Printed, code: e.Code, name: e.Name, ctl: byPtr[e.Controller],
			message: e.Message, state: string(e.State), first: e.FirstRevision, last: e.LastRevision,
			sources: e.Sources, note: e.Note, prevLast: e.LastRevision})
	}
	return cat
}

// namesHeader is the comment that opens names.tsv.
const namesHeader = `# Short display names for the controllers of controllers.tsv (which is kept byte-identical to the reference).
# inferred=yes marks a name the documentation never printed: the heading was never visible and the name is
# inferred from the codes, as the reference note for that controller says.
`

// files writes the catalogue as its four TSV files, in the reference's order: entries by the number
// they decode from, then name; controllers by range; revisions oldest first.
func (cat *catalogue) files() map[string][]byte {
	var b bytes.Buffer
	out := map[string][]byte{}
	line := func(fields ...string) {
		for i, f := range fields {
			if i > 0 {
				b.WriteByte('\t')
			}
			b.WriteString(tsvField(f))
		}
		b.WriteByte('\n')
	}
	take := func(name string) {
		out[name] = bytes.Clone(b.Bytes())
		b.Reset()
	}

	line(codesfmt.Columns(codes.CatalogueFile)...)
	rows := slices.Clone(cat.rows)
	sortRows(rows)
	for _, r := range rows {
		line(strconv.Itoa(r.printed), r.name, r.ctl.label, r.message, r.state, r.first, r.last, r.sources, r.note)
	}
	take(codes.CatalogueFile)

	ctls := slices.Clone(cat.ctls)
	slices.SortStableFunc(ctls, func(a, b *ctlRow) int { return a.start - b.start })
	line(codesfmt.Columns(codes.ControllersFile)...)
	for _, c := range ctls {
		line(c.label, strconv.Itoa(c.start), strconv.Itoa(c.end), string(c.implemented), c.first, c.last, c.sources, c.note)
	}
	take(codes.ControllersFile)

	line(codesfmt.Columns(codes.RevisionsFile)...)
	for _, r := range cat.revs {
		line(r.Label, r.Source, r.WhatChanged, r.Evidence, r.Confidence)
	}
	take(codes.RevisionsFile)

	b.WriteString(namesHeader)
	line(codesfmt.Columns(codes.NamesFile)...)
	for _, c := range ctls {
		inferred := "no"
		if c.inferred {
			inferred = "yes"
		}
		line(c.label, c.short, inferred)
	}
	take(codes.NamesFile)
	return out
}

// tsvField keeps a field on its line: the format has no quoting, so tabs and line breaks become
// spaces.
func tsvField(s string) string {
	if strings.ContainsAny(s, "\t\r\n") {
		return strings.NewReplacer("\t", " ", "\r", " ", "\n", " ").Replace(s)
	}
	return s
}

// mapFS serves the written files from memory, so that they are validated by the very loader that
// --catalogue uses before anything reaches the disk. (testing/fstest.MapFS would do, but linking
// the testing packages into the binary costs every start-up their initialisation.)
func mapFS(files map[string][]byte) fs.FS { return memFS(files) }

type memFS map[string][]byte

func (m memFS) Open(name string) (fs.File, error) {
	data, ok := m[name]
	if !ok {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrNotExist}
	}
	return &memFile{Reader: bytes.NewReader(data), name: name, size: int64(len(data))}, nil
}

type memFile struct {
	*bytes.Reader
	name string
	size int64
}

func (f *memFile) Stat() (fs.FileInfo, error) { return memInfo{f}, nil }
func (f *memFile) Close() error               { return nil }

type memInfo struct{ f *memFile }

func (i memInfo) Name() string       { return i.f.name }
func (i memInfo) Size() int64        { return i.f.size }
func (i memInfo) Mode() fs.FileMode  { return 0o444 }
func (i memInfo) ModTime() time.Time { return time.Time{} }
func (i memInfo) IsDir() bool        { return false }
func (i memInfo) Sys() any           { return nil }

// Write puts the files into dir (created if missing). Each file is written to a temporary file in
// dir and renamed over the old one only once every file is written and synced, so a failure while
// writing leaves the old catalogue in place, and a reader never sees a half-written file.
func Write(dir string, files map[string][]byte) (err error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	names := make([]string, 0, len(files))
	for name := range files {
		names = append(names, name)
	}
	slices.Sort(names)
	temps := map[string]string{}
	defer func() {
		for _, t := range temps {
			os.Remove(t)
		}
	}()
	for _, name := range names {
		f, err := os.CreateTemp(dir, "."+name+".*.tmp")
		if err != nil {
			return err
		}
		temps[name] = f.Name()
		_, werr := f.Write(files[name])
		serr := f.Sync()
		cerr := f.Close()
		if err := errors.Join(werr, serr, cerr); err != nil {
			return fmt.Errorf("writing %s: %w", name, err)
		}
		if err := os.Chmod(f.Name(), 0o644); err != nil {
			return err
		}
	}
	// Refuse before the first rename what would make a later one fail, so the files are replaced
	// together or not at all in every case but a failing disk.
	for _, name := range names {
		if st, err := os.Lstat(filepath.Join(dir, name)); err == nil && !st.Mode().IsRegular() {
			return fmt.Errorf("%s is not a regular file", filepath.Join(dir, name))
		}
	}
	for _, name := range names {
		if err := os.Rename(temps[name], filepath.Join(dir, name)); err != nil {
			return err
		}
		delete(temps, name)
	}
	return nil
}
