package codes

import (
	"embed"
	"errors"
	"io"
	"io/fs"
)

//go:embed catalogue.tsv controllers.tsv revisions.tsv names.tsv
var embeddedFS embed.FS

// EmbeddedFS returns the files the embedded catalogue is built from, for writing them out or
// checking them like a directory.
func EmbeddedFS() fs.FS { return embeddedFS }

// maxFileSize bounds what Load reads from one file: the embedded catalogue is about 60 kB, so a
// file a thousand times larger is not a catalogue, and reading it whole would only cost memory.
const maxFileSize = 64 << 20

// Load reads a catalogue from the root of fsys: catalogue.tsv, controllers.tsv and revisions.tsv,
// in the format of the embedded files, and names.tsv if present (without it, short controller names
// are derived from the headings). The catalogue is validated fully before use: on any problem Load
// returns nil and a Problems error that lists every one with its file, line and column.
//
// os.DirFS(dir) loads a directory; EmbeddedFS() the embedded files.
func Load(fsys fs.FS) (*Catalogue, error) {
	c, problems := load1(fsys)
	if len(problems) > 0 {
		return nil, problems
	}
	return c, nil
}

// Check validates the catalogue in fsys as Load does and returns every problem, or nil when the
// catalogue is clean.
func Check(fsys fs.FS) Problems {
	_, problems := load1(fsys)
	return problems
}

func load1(fsys fs.FS) (*Catalogue, Problems) {
	var docs [4]string
	var problems Problems
	hasNames := true
	for i, name := range []string{CatalogueFile, ControllersFile, RevisionsFile, NamesFile} {
		doc, err := readBounded(fsys, name)
		switch {
		case err == nil:
			docs[i] = doc
		case name == NamesFile && errors.Is(err, fs.ErrNotExist):
			hasNames = false
		case errors.Is(err, fs.ErrNotExist):
			problems = append(problems, Problem{File: name, Msg: "missing: a catalogue needs " + CatalogueFile + ", " + ControllersFile + " and " + RevisionsFile})
		default:
			problems = append(problems, Problem{File: name, Msg: err.Error()})
		}
	}
	if len(problems) > 0 {
		return nil, problems
	}
	return build(docs[0], docs[1], docs[2], docs[3], hasNames)
}

func readBounded(fsys fs.FS, name string) (string, error) {
	f, err := fsys.Open(name)
	if err != nil {
		return "", err
	}
	defer f.Close()
	if st, err := f.Stat(); err == nil && st.IsDir() {
		return "", errors.New("is a directory")
	}
	b, err := io.ReadAll(io.LimitReader(f, maxFileSize+1))
	if err != nil {
		return "", errors.New("cannot read: " + err.Error())
	}
	if len(b) > maxFileSize {
		return "", errors.New("larger than 64 MiB: not a catalogue file")
	}
	return string(b), nil
}
